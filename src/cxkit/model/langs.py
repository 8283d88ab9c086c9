"""The type of a document's `lang` (see :mod:`cxkit.langs`)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator, WithJsonSchema

from ..langs import ISO_639_1_PATTERN, check_lang


#: A document's `lang`: an ISO 639-1 code, any case ("de", "CS"); held in lower case.
LangCode = Annotated[str, BeforeValidator(check_lang), WithJsonSchema({
    "type": "string", "pattern": ISO_639_1_PATTERN, "not": {"type": "string", "pattern": "\n"},
    "description": "ISO 639-1 code of the text's language (pl, en, de, cs, uk, ...); cxkit reads the words of "
                   "Polish and English only. Guessed when absent.",
})]

