"""`cxkit new` from a team's own templates: `[new] templates = "templates"` (tester46 #2, the template half).

An agency keeps house templates beside its shared config (`house/templates/journey.yaml`); each client's config
`extend`s the house file, and `cxkit new` starts from the house template of the kind asked for, in the
document's language first (`persona.pl.yaml`), filling `{name}`, `{id}`, `{today}`, `{lang}` and `{persona}`.
A template that is no valid document once filled, or holds an unknown placeholder, is exit 2 at its line and
column and nothing is written; a kind with no template gets cxkit's own, with a note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agency_helpers import house_and_client
from conftest import run_cli

JOURNEY_TEMPLATE = """\
# House journey template: one stage to start from, owned by the client's team
kind: journey
id: {id}
name: {name}
lang: {lang}
persona: {persona}
owner: "TODO: the client's CX lead"
goal: "TODO: what '{name}' is for, in the customer's words"
reviewed: {today}
stages:
  - id: need
    name: Need
    doing: "TODO: what the customer does"
    emotion: 0
"""

PERSONA_TEMPLATE_PL = """\
kind: persona
id: {id}
name: {name}
lang: pl
owner: "TODO: zespół CX klienta"
summary: "TODO: kim jest {name} i co chce załatwić"
goals:
  - text: "TODO: cel w słowach klientki"
    sources: [wywiady]
sources:
  - id: wywiady
    type: interview
    date: {today}
"""

PERSONA_TEMPLATE_EN = PERSONA_TEMPLATE_PL.replace("lang: pl", "lang: en").replace("zespół CX klienta", "the client's CX team")


def _agency(root: Path, lang: str, templates: dict[str, str]) -> Path:
    """house_and_client, the house's config naming its templates/ (holding ``templates``, name: text); the
    client has an empty journeys/ too."""
    client = house_and_client(root, 'fail-level = "warning"\n\n[new]\ntemplates = "templates"\n', lang)
    (root / "house" / "templates").mkdir()
    for name, text in templates.items():
        (root / "house" / "templates" / name).write_text(text, encoding="utf-8")
    (client / "journeys").mkdir()
    return client


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_new_journey_starts_from_the_house_template_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    client = _agency(tmp_path, lang, {"journey.yaml": JOURNEY_TEMPLATE})
    monkeypatch.chdir(client)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    result = run_cli("new", "journey", 'Moving home: the "quick" way', "--persona", "maureen-prepay", "--no-input")
    assert result.exception is None and result.exit_code == 0, result.stderr
    assert result.stdout == "journeys/moving-home-the-quick-way.yaml\n"
    written = (client / "journeys" / "moving-home-the-quick-way.yaml").read_text(encoding="utf-8")
    assert written.startswith("# House journey template")
    assert "\nid: moving-home-the-quick-way\n" in written
    assert '\nname: "Moving home: the \\"quick\\" way"\n' in written  # quoted as the YAML around it needs
    assert f"\nlang: {lang}\n" in written and "\npersona: maureen-prepay\n" in written
    assert "\nreviewed: 2026-12-07\n" in written
    from cxkit.api import load

    document = load(client / "journeys" / "moving-home-the-quick-way.yaml")
    assert document.model is not None and document.model.name == 'Moving home: the "quick" way'
    # Inside double quotes the name is escaped for them, and reads back as typed.
    assert document.model.goal == "TODO: what 'Moving home: the \"quick\" way' is for, in the customer's words"


def test_the_documents_language_picks_its_template_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    client = _agency(tmp_path, "pl", {"persona.pl.yaml": PERSONA_TEMPLATE_PL, "persona.yaml": PERSONA_TEMPLATE_EN})
    monkeypatch.chdir(client)
    polish = run_cli("new", "persona", "Halina Wróbel", "--no-input")
    assert polish.exit_code == 0, polish.stderr
    assert 'summary: "TODO: kim jest Halina Wróbel i co chce załatwić"' in (client / "personas" / "halina-wrobel.yaml").read_text(encoding="utf-8")
    english = run_cli("new", "persona", "Tom Reid", "--lang", "en", "--no-input")
    assert english.exit_code == 0, english.stderr
    text = (client / "personas" / "tom-reid.yaml").read_text(encoding="utf-8")
    assert "owner: \"TODO: the client's CX team\"" in text and "\nlang: en\n" in text


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "cxkit: note: ../../house/templates has no negative-persona.yaml template; cxkit's own is used\n"),
    ("pl", "cxkit: uwaga: w ../../house/templates nie ma szablonu negative-persona.yaml; użyto szablonu cxkit\n"),
])
def test_a_kind_without_a_house_template_gets_cxkits_own_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             lang: str, note: str) -> None:
    client = _agency(tmp_path, lang, {"journey.yaml": JOURNEY_TEMPLATE})
    monkeypatch.chdir(client)
    result = run_cli("new", "negative-persona", "Janusz Okazja", "--no-input")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(note), result.stderr
    assert "# Negative persona" in (client / "personas" / "janusz-okazja.yaml").read_text(encoding="utf-8") or \
        "negatywn" in (client / "personas" / "janusz-okazja.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(("lang", "template", "said"), [
    ("en", JOURNEY_TEMPLATE.replace("emotion: 0", "emotion: 7"),
     "cxkit: ../../house/templates/journey.yaml:14:14: the team's template is no valid journey (cxkit new wrote "
     "nothing): 'stages[need].emotion' is 7"),
    ("pl", JOURNEY_TEMPLATE.replace("emotion: 0", "emotion: 7"),
     "cxkit: ../../house/templates/journey.yaml:14:14: szablon zespołu nie jest poprawnym dokumentem journey (cxkit "
     "new nic nie zapisał): `stages[need].emotion` wynosi 7; emocja mieści się w zakresie od -2"),  # as lint says it
    ("en", JOURNEY_TEMPLATE.replace('"TODO: the client\'s CX lead"', "{owner}"),
     "cxkit: ../../house/templates/journey.yaml:7:8: unknown placeholder {owner} in the template; cxkit fills {name}, "
     "{id}, {today}, {lang}, {persona}\n"),
    ("pl", JOURNEY_TEMPLATE.replace('"TODO: the client\'s CX lead"', "{owner}"),
     "cxkit: ../../house/templates/journey.yaml:7:8: nieznany symbol zastępczy {owner} w szablonie; cxkit wypełnia "
     "{name}, {id}, {today}, {lang}, {persona}\n"),
    ("en", JOURNEY_TEMPLATE.replace("kind: journey", "kind: persona"),
     "cxkit: ../../house/templates/journey.yaml:2:1: the team's template is no valid journey (cxkit new wrote nothing): "
     "its kind is 'persona', not journey\n"),
    ("en", JOURNEY_TEMPLATE.replace("  - id: need", "  - id: need\n   bad: [indent"),
     "cxkit: ../../house/templates/journey.yaml:12:4: the team's template is no valid journey (cxkit new wrote "
     "nothing): "),
    ("pl", JOURNEY_TEMPLATE.replace("  - id: need", "  - id: need\n   bad: [indent"),
     "cxkit: ../../house/templates/journey.yaml:12:4: szablon zespołu nie jest poprawnym dokumentem journey (cxkit "
     "new nic nie zapisał): nieprawidłowy YAML: `bad:` jest wcięty o jedną spację mniej niż `id:`"),
])
def test_a_broken_house_template_writes_nothing_and_says_where_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   lang: str, template: str, said: str) -> None:
    client = _agency(tmp_path, lang, {"journey.yaml": template})
    monkeypatch.chdir(client)
    result = run_cli("new", "journey", "Moving home", "--no-input")
    assert result.exception is None and result.exit_code == 2 and result.stdout == "", result.stderr
    assert result.stderr.startswith(said), result.stderr
    assert list((client / "journeys").iterdir()) == []


def test_the_house_template_never_overwrites_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    client = _agency(tmp_path, "en", {"journey.yaml": JOURNEY_TEMPLATE})
    monkeypatch.chdir(client)
    (client / "journeys" / "moving-home.yaml").write_text("# mine\n", encoding="utf-8")
    result = run_cli("new", "journey", "Moving home", "--no-input")
    assert result.exit_code == 1
    assert (client / "journeys" / "moving-home.yaml").read_text(encoding="utf-8") == "# mine\n"


@pytest.mark.parametrize(("lang", "table", "said"), [
    ("en", '[new]\ntemplatez = "templates"\n', "cxkit: cxkit.toml:4:1: unknown key 'new.templatez'; did you mean 'templates'?\n"),
    ("pl", '[new]\ntemplatez = "templates"\n', "cxkit: cxkit.toml:4:1: nieznany klucz `new.templatez`; czy chodziło o `templates`?\n"),
    ("en", "[new]\ntemplates = 3\n", "cxkit: cxkit.toml:4:1: bad value for 'new.templates': it takes a folder in quotes"),
])
def test_a_wrong_new_table_is_a_located_config_error_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                         table: str, said: str) -> None:
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n\n{table}', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("new", "persona", "Tom Reid", "--no-input")
    assert result.exit_code == 2 and result.stderr.startswith(said), result.stderr


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "cxkit: cxkit.toml:4:1: [new] templates names szablony, which is not a folder"),
    ("pl", "cxkit: cxkit.toml:4:1: [new] templates wskazuje szablony, a to nie jest folder"),
])
def test_a_templates_folder_that_is_missing_is_said_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                        said: str) -> None:
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n\n[new]\ntemplates = "szablony"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("new", "persona", "Tom Reid", "--no-input")
    assert result.exit_code == 2 and result.stderr.startswith(said), result.stderr
    assert not (tmp_path / "personas" / "tom-reid.yaml").exists()


def test_new_help_names_the_templates_setting_s40() -> None:
    result = run_cli("new", "--help")
    assert "[new] templates" in " ".join(result.stdout.split())


@pytest.mark.parametrize(("lang", "name", "slug"), [
    ("en", "Maureen O'Hara: \"quick\" top-up # prepay", "maureen-o-hara-quick-top-up-prepay"),
    ("pl", "Halina \"Szybka\": przelew # 2", "halina-szybka-przelew-2"),
])
def test_a_placeholder_in_a_block_text_is_filled_as_typed_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               lang: str, name: str, slug: str) -> None:
    # A block scalar's lines are the team's own text: no quotes added, no apostrophe read as one, no comment.
    template = (PERSONA_TEMPLATE_PL if lang == "pl" else PERSONA_TEMPLATE_EN).replace(
        'summary: "TODO: kim jest {name} i co chce załatwić"\n',
        "summary: >-\n  {name}\n  (the client's words on {name}, from the kick-off)\n")
    assert "summary: >-" in template
    client = _agency(tmp_path, lang, {"persona.yaml": template})
    monkeypatch.chdir(client)
    result = run_cli("new", "persona", name, "--no-input")
    assert result.exception is None and result.exit_code == 0, result.stderr
    written = (client / "personas" / f"{slug}.yaml").read_text(encoding="utf-8")
    assert f"summary: >-\n  {name}\n  (the client's words on {name}, from the kick-off)\n" in written, written
    from cxkit.yamlio import load_bytes

    assert load_bytes(written.encode("utf-8")).data["summary"] == f"{name} (the client's words on {name}, from the kick-off)"


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "cxkit: ../../house/templates/persona.yaml: the team's template is no regular file (cxkit new wrote nothing)\n"),
    ("pl", "cxkit: ../../house/templates/persona.yaml: szablon zespołu nie jest zwykłym plikiem (cxkit new nic nie "
           "zapisał)\n"),
])
def test_a_template_that_is_no_regular_file_is_said_not_passed_over_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                         lang: str, said: str) -> None:
    # A folder (or a pipe, a link to a device) named persona.yaml was passed over with "has no persona.yaml".
    client = _agency(tmp_path, lang, {})
    (tmp_path / "house" / "templates" / "persona.yaml").mkdir()
    monkeypatch.chdir(client)
    result = run_cli("new", "persona", "Tom Reid", "--no-input")
    assert result.exception is None and result.exit_code == 2 and result.stderr == said, result.stderr
    assert not list((client / "personas").iterdir())


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "cxkit: ../../house/templates/persona.yaml:1:1: the team's template is no valid persona (cxkit new wrote "
           "nothing): it has no kind: persona\n"),
    ("pl", "brak w nim pola kind: persona\n"),
])
def test_a_template_with_no_kind_says_so_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str) -> None:
    # Another tool's YAML in the folder (a CI workflow) was "its kind is None".
    client = _agency(tmp_path, lang, {"persona.yaml": "on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n"})
    monkeypatch.chdir(client)
    result = run_cli("new", "persona", "Tom Reid", "--no-input")
    assert result.exception is None and result.exit_code == 2, result.stderr
    assert result.stderr.endswith(said) and "None" not in result.stderr, result.stderr
    assert not list((client / "personas").iterdir())
