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


#: The languages `cxkit schema --lang` writes the descriptions in (the models' English, or schema_pl's Polish).
SCHEMA_LANGS = ("en", "pl")


def json_schema(kind: str | None = None, lang: str = "en") -> dict[str, Any]:
    """The JSON Schema of one kind, or of any cxkit document when ``kind`` is None; its descriptions and
    examples in ``lang`` (one of :data:`SCHEMA_LANGS`). The language changes no keyword that validates."""
    if kind is not None:
        schema = MODELS[kind].model_json_schema()
        title = f"cxkit {kind}"
        root = MODELS[kind].__name__
    else:
        union = Annotated[Union[tuple(MODELS.values())], Field(discriminator="kind")]  # type: ignore[misc]
        schema = TypeAdapter(union).json_schema()
        title = "cxkit document"
        root = None
    schema = _numbers_as_text(schema)
    for name, node in [(root, schema), *schema.get("$defs", {}).items()]:
        if name is not None:
            _annotate(name, node, lang)
    return {"$schema": SCHEMA_DIALECT, "$id": schema_id(kind), "title": title,
            **{k: v for k, v in schema.items() if k != "title"}}


def _model_object(node: dict[str, Any]) -> dict[str, Any] | None:
    """The object schema of a model in ``node`` (a trait's and a touchpoint's are one branch of an
    ``anyOf`` that also takes plain text), or None for a node that is no model (an enum)."""
    for candidate in [node, *node.get("anyOf", ())]:
        if isinstance(candidate, dict) and candidate.get("additionalProperties") is False and "properties" in candidate:
            return candidate
    return None


def _annotate(model: str, node: dict[str, Any], lang: str) -> None:
    """Give the model ``model``'s schema ``node`` its hover text in ``lang``, and the keys lint knows as
    another word for one of its fields (`cele` for `goals`), each still refused, with lint's advice."""
    found = _model_object(node)
    if found is None:
        return
    properties = found["properties"]
    if lang == "pl":
        from .schema_pl import polish

        said = polish(model)
        if said is not None:
            found["description"] = said[0]
        for field, prop in properties.items():
            said = polish(model, field)
            if said is not None:
                prop["description"], prop["examples"] = said[0], said[1]
    if "kind" in properties:
        properties["kind"]["errorMessage"] = _KIND_MESSAGE[lang]
    for word, field in _other_words(properties):
        properties[word] = {"not": {}, "errorMessage": _WORD_MESSAGE[lang].format(word=word, field=field),
                            "doNotSuggest": True}


#: What an editor says of a key lint reads as another word for a field (`errorMessage` and `doNotSuggest`
#: are read by VS Code's and yaml-language-server's schema support, and passed over by other validators).
_WORD_MESSAGE = {
    "en": "unknown field '{word}'; did you mean '{field}'? (field names are in English; `cxkit fmt --fix` renames it)",
    "pl": "nieznane pole '{word}'; chodziło o '{field}'? (nazwy pól są po angielsku; `cxkit fmt --fix` je poprawi)",
}
_KIND_MESSAGE = {
    "en": "kind is persona, negative-persona or journey, in lower case; a team's own word for one (cjm, mapa, "
          "negatywna, Persona) is an error that `cxkit fmt --fix` corrects",
    "pl": "kind to persona, negative-persona albo journey, małymi literami; własne słowo zespołu (cjm, mapa, "
          "negatywna, Persona) to błąd, który poprawia `cxkit fmt --fix`",
}


def _other_words(properties: dict[str, Any]) -> list[tuple[str, str]]:
    """The keys lint reads as another word for one of ``properties`` (Polish `cele`, `punkty_styku`;
    English `pains`), each with that field, as its "did you mean" names it: the first of the words'
    fields the mapping has. A word spelt with spaces is listed with `_` too, as written in YAML."""
    from .validate import _FIELD_WORDS, _POLISH_FIELDS

    out: dict[str, str] = {}
    for table in (_POLISH_FIELDS, _FIELD_WORDS):
        for said, fields in table.items():
            field = next((f for f in fields if f in properties), None)
            if field is None:
                continue
            for word in dict.fromkeys((said, said.replace(" ", "_"))):
                if word not in properties and not word.startswith("x-"):
                    out.setdefault(word, field)
    return sorted(out.items())


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
