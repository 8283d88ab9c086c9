"""`cxkit schema`: valid JSON Schema, in step with the models, the examples and the committed copies."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from conftest import JOURNEY_EN, JOURNEY_PL, NEGATIVE_PL, PERSONA_EN, PERSONA_PL, run_cli
from cxkit.model.validate import validate
from cxkit.yamlio import load_bytes, load_text

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "docs" / "schema"
EXAMPLES = sorted(p for p in (ROOT / "examples").rglob("*") if p.suffix in (".yaml", ".yml")) if (ROOT / "examples").is_dir() else []

#: committed file -> `cxkit schema` arguments
COPIES = {
    "cxkit.json": [],
    "persona.json": ["persona"],
    "negative-persona.json": ["negative-persona"],
    "journey.json": ["journey"],
}
REGENERATE = (
    "regenerate the committed copies with:\n"
    "  cxkit schema > docs/schema/cxkit.json\n"
    "  for k in persona negative-persona journey; do cxkit schema $k > docs/schema/$k.json; done\n"
    "(or run this test with CXKIT_REGENERATE_SCHEMA=1) and review the diff"
)


def schema_output(*args: str) -> str:
    result = run_cli("schema", *args)
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def validator(*args: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads(schema_output(*args)), format_checker=FormatChecker())


@pytest.mark.parametrize("args", list(COPIES.values()), ids=list(COPIES))
def test_schema_command_prints_a_valid_draft_2020_12_schema(args):
    schema = json.loads(schema_output(*args))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "cxkit " + (args[0] if args else "document")


def test_schema_of_an_unknown_kind_is_a_usage_error():
    result = run_cli("schema", "persna")
    assert result.exit_code == 2
    assert "persna" in result.stderr


@pytest.mark.parametrize("name", list(COPIES))
def test_committed_copy_equals_the_command_output(name):
    output = schema_output(*COPIES[name])
    path = SCHEMA_DIR / name
    if os.environ.get("CXKIT_REGENERATE_SCHEMA"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(output, encoding="utf-8")
    assert path.is_file(), f"{path.relative_to(ROOT)} is missing; {REGENERATE}"
    assert path.read_text(encoding="utf-8") == output, f"{path.relative_to(ROOT)} is out of date; {REGENERATE}"


@pytest.mark.skipif(not EXAMPLES, reason="examples/ holds no YAML yet")
@pytest.mark.parametrize("path", EXAMPLES, ids=[str(p.relative_to(ROOT)) for p in EXAMPLES])
def test_bundled_examples_validate_against_the_schema(path):
    loaded = load_bytes(path.read_bytes())
    assert loaded.problems == []
    errors = [e.message for e in validator().iter_errors(loaded.data)]
    assert errors == []
    kind_errors = [e.message for e in validator(loaded.data["kind"]).iter_errors(loaded.data)]
    assert kind_errors == []


DOCUMENTS = {"persona-pl": PERSONA_PL, "negative-pl": NEGATIVE_PL, "journey-pl": JOURNEY_PL, "persona-en": PERSONA_EN, "journey-en": JOURNEY_EN}


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_documents_the_models_accept_the_schema_accepts(name):
    data = load_text(DOCUMENTS[name]).data
    assert validate(data)[1] == []
    assert [e.message for e in validator().iter_errors(data)] == []
    assert [e.message for e in validator(data["kind"]).iter_errors(data)] == []


MISTAKES = {
    "unknown top-level field": (PERSONA_PL, "behaviours:", "behaviors:"),
    "unknown field in a stage": (JOURNEY_PL, "    feeling: Ciekawość", "    feelings: Ciekawość"),
    "emotion above +2": (JOURNEY_PL, "emotion: 2\n", "emotion: 7\n"),
    "emotion below -2": (JOURNEY_PL, "emotion: -1\n", "emotion: -3\n"),
    "emotion as text": (JOURNEY_PL, "emotion: -1\n", "emotion: '-1'\n"),
    "bad source type": (PERSONA_PL, "type: survey", "type: ankieta"),
    "non-slug id": (PERSONA_PL, "id: tomek-audiofil", "id: Tomek Audiofil"),
    "missing name": (NEGATIVE_PL, "name: Janusz Okazja\n", ""),
    "missing stages": (JOURNEY_EN, "stages:", "x-stages:"),
    "bad kind": (PERSONA_EN, "kind: persona", "kind: persna"),
    "bad lang": (PERSONA_EN, "lang: en", "lang: de"),
    "sample size zero": (PERSONA_EN, "n: 120", "n: 0"),
}


@pytest.mark.parametrize("name", list(MISTAKES))
def test_mistakes_the_models_reject_the_schema_rejects(name):
    text, old, new = MISTAKES[name]
    assert old in text
    data = load_text(text.replace(old, new, 1)).data
    assert validate(data)[1], "the model accepted it"
    assert list(validator().iter_errors(data)), "the schema accepted it"


def test_extension_keys_are_allowed_by_the_schema():
    data = load_text(JOURNEY_EN.replace("  - id: awareness\n", "  - id: awareness\n    x-miro: https://miro.example/board\n") + "x-jira: CX-7\n").data
    assert validate(data)[1] == []
    assert list(validator("journey").iter_errors(data)) == []


def test_numbers_in_text_fields_are_accepted_by_both_schema_and_models():
    text = (
        "kind: persona\nid: marek-hydraulik\nname: Marek\n"
        "demographics:\n  income: 14000\n  household: 4\n"
        "goals:\n  - 2026\n"
        "sources:\n  - id: wywiady\n    type: interview\n    date: 2026-09-14\n"
    )
    data = load_text(text).data
    model, issues = validate(data)
    assert issues == [] and model.demographics.income == "14000"
    errors = list(validator("persona").iter_errors(json.loads(json.dumps(data, default=str))))
    assert errors == []


def test_a_number_as_a_touchpoint_is_accepted_by_both_schema_and_models():
    data = load_text(JOURNEY_EN).data
    data["stages"][0]["touchpoints"] = [112, 4.5, "web"]
    data["stages"][0]["barriers"] = [42]
    assert validate(data)[1] == []
    assert list(validator("journey").iter_errors(data)) == []
    assert list(validator().iter_errors(data)) == []


AGREE_ON = {
    # (kind, where, value): the models and the schema accept or reject it alike
    "slug written as a whole number": ("persona", ("id",), 2026, True),
    "slug written as a negative number": ("persona", ("id",), -1, False),
    "slug written as a decimal": ("journey", ("stages", 0, "id"), 1.5, False),
    "cited source id as a decimal": ("journey", ("stages", 0, "barriers"), [{"text": "x", "sources": [2.5]}], False),
    "age as a whole number": ("persona", ("demographics", "age"), 38, True),
    "age as a range": ("persona", ("demographics", "age"), "30 – 40", True),
    "age as a decimal": ("persona", ("demographics", "age"), 29.5, False),
    "age above 120": ("persona", ("demographics", "age"), 130, False),
    "age as text that is no range": ("persona", ("demographics", "age"), "thirty", False),
    "blank trait": ("persona", ("goals",), ["  "], False),
    "blank touchpoint": ("journey", ("stages", 0, "touchpoints"), ["\u00a0"], False),
}


@pytest.mark.parametrize("name", list(AGREE_ON))
def test_models_and_schema_agree_on_numbers_and_blanks(name):
    kind, where, value, accepted = AGREE_ON[name]
    data = load_text(PERSONA_EN if kind == "persona" else JOURNEY_EN).data
    node = data
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = value
    assert (validate(data)[1] == []) is accepted, "the model"
    assert (list(validator(kind).iter_errors(data)) == []) is accepted, "the schema"


def test_a_number_is_still_not_a_date_or_an_enum_in_the_schema():
    data = {"kind": "persona", "id": "x", "name": "X", "reviewed": 20261001,
            "sources": [{"id": "s", "type": 5}]}
    assert validate(data)[1] != []
    assert len(list(validator("persona").iter_errors(data))) >= 2


# --- the schema's patterns read as the models do, in the regex dialect of JSON Schema -----------
# Editors and CI validate with ECMA-262 regexes (ajv, with the `u` flag), whose `\s`, `\d` and `$`
# differ from Python's and from pydantic's: run them in node where it is installed.

_NODE = shutil.which("node")


def _ecma_blanks(pattern: str) -> list[int]:
    script = (
        "const re = new RegExp(process.argv[1], 'u'); const out = [];"
        "for (let c = 0; c <= 0x10FFFF; c++) {"
        "  if (c >= 0xD800 && c <= 0xDFFF) continue;"
        "  if (!re.test(String.fromCodePoint(c))) out.push(c); }"
        "console.log(JSON.stringify(out));"
    )
    done = subprocess.run([_NODE, "-e", script, pattern], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout)


def _ecma_matches(pattern: str, values: list[str]) -> list[bool]:
    script = "const re = new RegExp(process.argv[1], 'u'); console.log(JSON.stringify(JSON.parse(process.argv[2]).map(v => re.test(v))));"
    done = subprocess.run([_NODE, "-e", script, pattern, json.dumps(values)], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout)


def _patterns(node: object) -> set[str]:
    if isinstance(node, dict):
        found = {node["pattern"]} if isinstance(node.get("pattern"), str) else set()
        return found.union(*(_patterns(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_patterns(v) for v in node))
    return set()


@pytest.mark.skipif(_NODE is None, reason="node is not installed")
def test_the_not_blank_pattern_finds_the_same_blanks_as_the_models():
    from cxkit.model.common import NOT_BLANK_PATTERN

    assert NOT_BLANK_PATTERN in _patterns(json.loads((SCHEMA_DIR / "cxkit.json").read_text(encoding="utf-8")))
    python_blanks = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and not chr(c).strip()]
    assert _ecma_blanks(NOT_BLANK_PATTERN) == python_blanks  # U+FEFF is text, U+0085 a blank, in both


@pytest.mark.skipif(_NODE is None, reason="node is not installed")
def test_the_age_pattern_reads_ages_as_the_models_do():
    from pydantic import TypeAdapter, ValidationError

    from cxkit.model.persona import Age

    schema = json.loads((SCHEMA_DIR / "persona.json").read_text(encoding="utf-8"))
    [pattern] = [p for p in _patterns(schema) if "[0-9]{1,3}" in p]
    ages = ["30-40", "30 – 40", " 65+ ", "65 +", "\ufeff30-40", "30-40\n", "\u008530-40", "\u0663\u0660-\u0664\u0660",
            "３０-４０", "30-40-50", "1000-2000", "+65", "30\u200b-40"]
    adapter = TypeAdapter(Age)

    def model_reads(value: str) -> bool:
        try:
            adapter.validate_python(value)
        except ValidationError:
            return False
        return True

    # Low above high, or above 120, only the model refuses; none of these is such an age.
    assert _ecma_matches(pattern, ages) == [model_reads(a) for a in ages]
    assert [model_reads(a) for a in ages[:4]] == [True] * 4
