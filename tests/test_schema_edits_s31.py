"""`cxkit init --editor vscode` never writes over a schema or settings the team made its own.

Before: re-running init replaced a `schema/cxkit.json` the team had edited (their own `segment`
values), reporting `updated`; a `yaml.schemas` key written `./schema/cxkit.json`, or the per-kind
`schema/persona.json` and `schema/journey.json` the README suggested, got `schema/cxkit.json` beside
it (each document checked twice); and a lint of several workspaces noted no stale schema.  Now a
schema cxkit writes carries a digest of its content: one that still matches (or an unmarked copy of
an earlier cxkit's) is written again after an upgrade, an edited one is left with a note on how to
regenerate it; equivalent mappings are recognised; each workspace's schema is noted on its own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.scaffold import editor

PERSONA = """\
kind: persona
id: ola-nowak
name: Ola Nowak
lang: pl
summary: Zamawia zakupy na cały tydzień w niedzielę wieczorem, z aplikacji, do paczkomatu.
goals:
  - Mieć zamówienie w paczkomacie w poniedziałek przed 8:00
"""


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    return tmp_path


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def _schema(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _older() -> dict:
    """The schema as an earlier cxkit made it: one definition fewer."""
    old = json.loads(editor.schema_text())
    old["$defs"].pop(next(iter(old["$defs"])))
    return old


def test_an_edited_schema_is_left_alone_and_not_noted(here: Path):
    """Fails before: init wrote cxkit's schema over the team's (`updated`), and lint called it old."""
    assert _run("init", "--lang", "pl", "--no-examples", "--editor", "vscode").exit_code == 0
    (here / "personas/ola.yaml").write_text(PERSONA, encoding="utf-8")
    path = here / "schema/cxkit.json"
    ours = _schema(path)
    ours["$defs"]["Persona"]["properties"]["segment"] = {"enum": ["Rodziny z dziećmi", "Seniorzy"]}
    edited = json.dumps(ours, ensure_ascii=False, indent=2) + "\n"
    path.write_text(edited, encoding="utf-8")
    result = _run("init", "--editor", "vscode")
    assert ("skipped  schema/cxkit.json (edited since cxkit wrote it, so init leaves it as it is; "
            "`cxkit schema --lang pl -o schema/cxkit.json` writes this cxkit's schema over it)") in result.stdout
    assert path.read_text(encoding="utf-8") == edited
    assert "schema" not in _run("lint", "--no-cache").stderr


def test_an_older_schema_as_cxkit_wrote_it_is_written_again(here: Path):
    """Guard: the digest matches, so an upgrade refreshes it; its layout is no edit either."""
    (here / "schema").mkdir()
    (here / "schema/cxkit.json").write_text(json.dumps(json.loads(editor.marked(json.dumps(_older()))), indent=4),
                                            encoding="utf-8")
    assert "updated  schema/cxkit.json (written for this cxkit)" in _run("init", "--lang", "pl", "--no-examples").stdout
    written = _schema(here / "schema/cxkit.json")
    assert written.pop("$comment").startswith("Written by cxkit (cxkit-schema-digest ")
    assert written == json.loads(editor.schema_text())
    assert "skipped  schema/cxkit.json (up to date)" in _run("init").stdout


def test_an_unmarked_schema_is_cxkits_only_when_an_earlier_cxkit_wrote_it(here: Path, monkeypatch: pytest.MonkeyPatch):
    """Fails before for the edited copy; a copy from before the mark is refreshed, this cxkit's gets the mark."""
    (here / "schema").mkdir()
    path = here / "schema/cxkit.json"
    old = _older()
    monkeypatch.setattr(editor, "_EARLIER", frozenset({editor._digest(old)}))
    path.write_text(json.dumps(old, indent=2), encoding="utf-8")
    assert "updated  schema/cxkit.json (written for this cxkit)" in _run("init", "--lang", "en", "--no-examples").stdout
    path.write_text(editor.schema_text(), encoding="utf-8")  # `cxkit schema > schema/cxkit.json`
    assert "updated  schema/cxkit.json (marked as cxkit's" in _run("init").stdout
    assert "cxkit-schema-digest" in path.read_text(encoding="utf-8")
    old["title"] = "cxkit document"
    old["description"] = "Nasze dokumenty CX"
    path.write_text(json.dumps(old, indent=2), encoding="utf-8")
    assert "skipped  schema/cxkit.json (edited since cxkit wrote it" in _run("init").stdout


def test_schema_o_writes_over_an_edited_copy_with_the_mark(here: Path):
    """Guard: the command the note names does what it says."""
    (here / "schema").mkdir()
    (here / "schema/cxkit.json").write_text('{"title": "cxkit document", "nasze": true}\n', encoding="utf-8")
    assert _run("schema", "-o", "schema/cxkit.json").exit_code == 0
    written = _schema(here / "schema/cxkit.json")
    assert "`cxkit schema -o schema/cxkit.json` writes cxkit's over it" in written.pop("$comment")
    assert written == json.loads(_run("schema").stdout)


@pytest.mark.parametrize("key", ["./schema/cxkit.json", "${workspaceFolder}/schema/cxkit.json"])
def test_an_existing_mapping_of_the_schema_is_not_doubled(here: Path, key: str):
    """Fails before: `schema/cxkit.json` was added beside the key already there."""
    (here / ".vscode").mkdir()
    settings = json.dumps({"yaml.schemas": {key: ["personas/**/*.yaml"]}}, indent=4) + "\n"
    (here / ".vscode/settings.json").write_text(settings, encoding="utf-8")
    result = _run("init", "--lang", "pl", "--no-examples", "--editor", "vscode")
    assert f"skipped  .vscode/settings.json (already maps documents to {key})" in result.stdout
    assert (here / ".vscode/settings.json").read_text(encoding="utf-8") == settings


def test_per_kind_schemas_get_no_second_mapping(here: Path):
    """Fails before: VS Code was set to check each persona against two schemas."""
    (here / ".vscode").mkdir()
    settings = json.dumps({"yaml.schemas": {"schema/persona.json": ["personas/**/*.yaml"],
                                            "schema/journey.json": ["journeys/**/*.yaml"]}}, indent=4) + "\n"
    (here / ".vscode/settings.json").write_text(settings, encoding="utf-8")
    result = _run("init", "--lang", "pl", "--no-examples", "--editor", "vscode")
    assert ("skipped  .vscode/settings.json (already maps documents to cxkit's schema/persona.json, "
            "schema/journey.json; init adds no second mapping beside them") in result.stdout
    assert '"schema/cxkit.json": [' in result.stdout  # what to put in their place, shown
    assert (here / ".vscode/settings.json").read_text(encoding="utf-8") == settings


def test_each_workspace_of_a_lint_run_gets_its_own_stale_schema_note(here: Path):
    """Fails before: a lint of several workspaces noted none of their schemas."""
    for client in ("klient-a", "klient-b"):
        assert _run("init", client, "--lang", "pl", "--no-examples", "--editor", "vscode").exit_code == 0
        (here / client / "personas/ola.yaml").write_text(PERSONA, encoding="utf-8")
        (here / client / "schema/cxkit.json").write_text(editor.marked(json.dumps(_older())), encoding="utf-8")
    err = _run("lint", "klient-a", "klient-b", "--no-cache").stderr
    for client in ("klient-a", "klient-b"):
        assert (f"cxkit: note: {client}/schema/cxkit.json is not the schema of this cxkit (an older one wrote it)"
                in err), err
