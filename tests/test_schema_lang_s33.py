"""The schema an editor reads for completion and hover: every field a user writes has a description
and an example (in English, or in Polish with `cxkit schema --lang pl`), and a key lint reads as
another word for a field (`cele`, `etapy`, `punkty_styku`, `pains`) is refused with lint's advice.
The language changes no keyword that validates: both schemas accept exactly the same documents."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.model.schema import json_schema
from cxkit.model.schema_pl import POLISH
from cxkit.model.validate import validate
from cxkit.scaffold import editor
from cxkit.yamlio import load_bytes

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").rglob("*.yaml"))
#: Hover text only: what the language changes.
ANNOTATIONS = {"description", "examples", "errorMessage"}


def model_objects(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each model's object schema (a trait's and a touchpoint's are a branch of an anyOf) by its name."""
    out = {}
    for name, node in schema["$defs"].items():
        for candidate in [node, *node.get("anyOf", ())]:
            if candidate.get("additionalProperties") is False and "properties" in candidate:
                out[name] = candidate
    return out


def fields(obj: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in obj["properties"].items() if not v.get("doNotSuggest")}


def without(node: Any, keys: set[str]) -> Any:
    if isinstance(node, dict):
        return {k: without(v, keys) for k, v in node.items() if k not in keys}
    if isinstance(node, list):
        return [without(v, keys) for v in node]
    return node


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_every_field_has_a_description_and_a_valid_example(lang: str) -> None:
    schema = json_schema(None, lang)
    objects = model_objects(schema)
    assert {"Persona", "NegativePersona", "JourneyMap", "Stage", "Demographics", "Opportunity"} <= set(objects)
    missing, bad = [], []
    for name, obj in objects.items():
        assert obj.get("description"), name
        for field, prop in fields(obj).items():
            if not prop.get("description") or not prop.get("examples"):
                missing.append(f"{name}.{field}")
                continue
            check = Draft202012Validator({"$defs": schema["$defs"], **prop}, format_checker=FormatChecker())
            bad += [f"{name}.{field}: {ex!r}" for ex in prop["examples"] if list(check.iter_errors(ex))]
    assert missing == [] and bad == []


def test_polish_text_covers_every_field_and_names_none_that_is_gone() -> None:
    en, pl = model_objects(json_schema(None, "en")), model_objects(json_schema(None, "pl"))
    wanted = {name for name in en} | {f"{name}.{field}" for name, obj in en.items() for field in fields(obj)}
    shared = {f"NegativePersona.{f}" for f in fields(en["Persona"])} - {"NegativePersona.kind"}
    assert set(POLISH) == wanted - shared
    for name, obj in pl.items():
        for field, prop in fields(obj).items():
            assert prop["description"] != en[name]["properties"][field]["description"], f"{name}.{field}"
    assert pl["Stage"]["properties"]["feeling"]["description"] == "Co klient czuje i dlaczego."


@pytest.mark.parametrize("kind", [None, "persona", "negative-persona", "journey"])
def test_the_language_changes_no_keyword_that_validates(kind: str | None) -> None:
    en, pl = json_schema(kind, "en"), json_schema(kind, "pl")
    assert en != pl
    assert without(en, ANNOTATIONS) == without(pl, ANNOTATIONS)


def lint_advice(word: str, model: str) -> str:
    """The message lint gives for ``word`` written as a key of ``model``."""
    persona = {"kind": "persona", "id": "ola", "name": "Ola"}
    journey = {"kind": "journey", "id": "j", "name": "J", "persona": "ola", "stages": [{"id": "s", "name": "S"}]}
    docs = {
        "Persona": (persona, ()), "NegativePersona": ({**persona, "kind": "negative-persona"}, ()),
        "JourneyMap": (journey, ()), "Stage": (journey, ("stages", 0)),
        "Demographics": ({**persona, "demographics": {}}, ("demographics",)),
        "Psychographics": ({**persona, "psychographics": {}}, ("psychographics",)),
        "Source": ({**persona, "sources": [{"id": "w", "type": "interview"}]}, ("sources", 0)),
        "Opportunity": ({**journey, "stages": [{"id": "s", "name": "S", "opportunities": [{"action": "A"}]}]},
                        ("stages", 0, "opportunities", 0)),
        "Touchpoint": ({**journey, "stages": [{"id": "s", "name": "S", "touchpoints": [{"channel": "web"}]}]},
                       ("stages", 0, "touchpoints", 0)),
        "Trait": ({**persona, "goals": [{"text": "T"}]}, ("goals", 0)),
    }
    data, where = copy.deepcopy(docs[model][0]), docs[model][1]
    holder = data
    for step in where:
        holder = holder[step]
    holder[word] = "x"
    model_found, issues = validate(data)
    assert model_found is None, f"lint accepts {word!r} in {model}"
    return " ".join(i.message for i in issues)


def test_each_other_word_is_refused_with_the_field_lint_names() -> None:
    """Every key the schema lists as another word for a field: lint refuses it too and names that field."""
    objects = model_objects(json_schema(None, "en"))
    checked = 0
    for name, obj in objects.items():
        for word, prop in obj["properties"].items():
            if not prop.get("doNotSuggest"):
                continue
            assert prop["not"] == {}
            field = prop["errorMessage"].split("did you mean '")[1].split("'")[0]
            assert field in obj["properties"]
            advice = lint_advice(word, name)  # "beside 'stages'" where the document holds the field already
            if (word, field) == ("title", "name") and name in ("Persona", "NegativePersona"):
                # A persona's `title:` beside its `name:` (which lint_advice's persona has) is a job title (session 39,
                # tests/test_kind_and_field_words_s39.py); an editor, which cannot see the name, says 'name'.
                assert advice == "unknown field 'title'; did you mean 'demographics.occupation'?", (name, advice)
                checked += 1
                continue
            assert f"did you mean '{field}'" in advice or f"beside '{field}'" in advice, (name, word, advice)
            checked += 1
    assert checked > 100


@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize(("kind", "key", "field"), [("persona", "cele", "goals"), ("journey", "etapy", "stages"),
                                                     ("persona", "pains", "pain_points")])
def test_an_editor_says_what_lint_says_of_a_polish_key(lang: str, kind: str, key: str, field: str) -> None:
    path = next(p for p in EXAMPLES if f"kind: {kind}\n" in p.read_text(encoding="utf-8"))
    data = load_bytes(path.read_bytes()).data
    data = json.loads(json.dumps(data, default=str))
    data[key] = data.pop(field)
    errors = list(Draft202012Validator(json_schema(None, lang), format_checker=FormatChecker()).iter_errors(data))
    assert errors, "the schema accepts what lint rejects"
    assert validate(data)[0] is None
    said = json_schema(None, lang)["$defs"]["Persona" if kind == "persona" else "JourneyMap"]["properties"][key]
    assert f"'{field}'" in said["errorMessage"] and said["doNotSuggest"] is True
    assert ("chodziło o" in said["errorMessage"]) == (lang == "pl")


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_every_example_document_is_valid_in_either_language(lang: str) -> None:
    check = Draft202012Validator(json_schema(None, lang), format_checker=FormatChecker())
    for path in EXAMPLES:
        data = json.loads(json.dumps(load_bytes(path.read_bytes()).data, default=str))
        assert not list(check.iter_errors(data)), path


def test_cxkit_schema_lang_pl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = CliRunner().invoke(app, ["schema", "--lang", "pl", "journey"])
    assert result.exit_code == 0, result.output
    stage = json.loads(result.stdout)["$defs"]["Stage"]["properties"]
    assert stage["doing"]["description"] == "Co klient robi, tak jak to zaobserwowano."
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["schema", "--lang", "pl", "-o", "schema/cxkit.json"])
    assert result.exit_code == 0, result.output
    written = json.loads((tmp_path / "schema/cxkit.json").read_text(encoding="utf-8"))
    assert "`cxkit schema --lang pl -o schema/cxkit.json` writes cxkit's over it" in written["$comment"]
    assert editor._origin(written) == "current"  # a Polish copy is this cxkit's schema: no stale-schema note
    assert CliRunner().invoke(app, ["schema", "--lang", "de"]).exit_code == 2


def test_init_in_a_polish_workspace_writes_the_polish_schema_and_keeps_it(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "zespol"
    root.mkdir()
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["init", "--lang", "pl", "--no-examples", "--editor", "vscode"])
    assert result.exit_code == 0, result.output
    written = json.loads((root / "schema/cxkit.json").read_text(encoding="utf-8"))
    assert written["$defs"]["Persona"]["properties"]["goals"]["description"].startswith("Co chce osiągnąć")
    assert "cxkit schema --lang pl -o schema/cxkit.json" in written["$comment"]
    again = CliRunner().invoke(app, ["init", "--lang", "pl", "--no-examples", "--editor", "vscode"])
    assert "schema/cxkit.json (up to date)" in again.stdout, again.stdout


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_an_unmarked_copy_in_either_language_is_known_as_cxkits(lang: str) -> None:
    assert editor._digest(json.loads(editor.schema_text(lang))) in editor._EARLIER
