"""JSON Schema of the file format, generated from the models."""

from __future__ import annotations

from typing import Annotated, Any, Union

from pydantic import Field, TypeAdapter

from . import MODELS
from .common import NOT_BLANK_PATTERN, SLUG_PATTERN

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: Python's `$` (the jsonschema library) also matches before a final line break, which ECMA-262's
#: and pydantic's do not: a slug refuses a line break on its own, in the portable regex subset
#: (no lookahead, which RE2-based validators cannot compile).
LINE_BREAK_TEXT = {"type": "string", "pattern": "\n"}


def json_schema(kind: str | None = None) -> dict[str, Any]:
    """The JSON Schema of one kind, or of any cxkit document when ``kind`` is None."""
    if kind is not None:
        schema = MODELS[kind].model_json_schema()
        title = f"cxkit {kind}"
    else:
        union = Annotated[Union[tuple(MODELS.values())], Field(discriminator="kind")]  # type: ignore[misc]
        schema = TypeAdapter(union).json_schema()
        title = "cxkit document"
    return {"$schema": SCHEMA_DIALECT, "$id": schema_id(kind), "title": title,
            **{k: v for k, v in _numbers_as_text(schema).items() if k != "title"}}


#: The version of the file format the schema describes (docs/format.md: format v1).
FORMAT_VERSION = 1


def schema_id(kind: str | None = None) -> str:
    """The schema's ``$id``: a name, not an address to fetch, of the kind and the format version it
    describes (``urn:cxkit:schema:persona:1``; ``document`` for the schema of any kind)."""
    return f"urn:cxkit:schema:{kind or 'document'}:{FORMAT_VERSION}"


def _numbers_as_text(node: Any) -> Any:
    """Let text fields take numbers as cxkit reads them (`income: 14000` is the text "14000").

    Dates, enums and constants stay strings only.  A slug takes a whole number
    from 0 up of no more digits than a slug has characters (`id: 2026` reads as the
    slug "2026"; `-1` or `1.5` read as text that is no slug); a pattern applies to
    strings alone in JSON Schema.  Any other string with a pattern of its own (an
    age range) stays a string: cxkit reads no number as such a string.
    """
    if isinstance(node, list):
        return [_numbers_as_text(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _numbers_as_text(value) for key, value in node.items()}
    if out.get("type") == "string" and not ({"format", "enum", "const"} & out.keys()):
        if out.get("pattern") == SLUG_PATTERN:
            out["type"], out["minimum"] = ["string", "integer"], 0
            out["not"] = dict(LINE_BREAK_TEXT)
            if "maxLength" in out:
                out["maximum"] = 10 ** out["maxLength"] - 1  # as many digits as a slug has characters
        elif "pattern" not in out or out["pattern"] == NOT_BLANK_PATTERN:
            out["type"] = ["string", "number"]
    return out
