"""`cxkit init --editor vscode`: the schema in the workspace and VS Code's settings (session 30).

VS Code's YAML extension checks fields while a researcher types only when `.vscode/settings.json`
maps the documents to a schema; init wrote neither.  Now `--editor vscode` writes
`schema/cxkit.json` (what `cxkit schema` prints) and maps the persona and journey folders to it,
merging into a settings file only when it is plain JSON written back unchanged; `cxkit init` and
`cxkit schema -o` write the schema again after an upgrade, and `cxkit lint` notes an old one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

GLOBS = ["personas/**/*.yaml", "personas/**/*.yml", "journeys/**/*.yaml", "journeys/**/*.yml"]


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def _printed_schema(lang: str = "en") -> dict:
    """`cxkit schema --lang LANG`: init writes the schema in the workspace's language (`init --lang pl`: Polish)."""
    return json.loads(_run("schema", "--lang", lang).stdout)


def _as_written(path: Path) -> dict:
    """The schema in ``path`` without the mark cxkit writes beside it (see test_schema_edits_s31.py)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("$comment", None)
    return data


def _older(old: dict) -> str:
    """``old`` as an earlier cxkit wrote it: with its mark, unedited since."""
    from cxkit.scaffold.editor import marked

    return marked(json.dumps(old))


def test_editor_vscode_writes_the_schema_and_the_settings(here: Path):
    """Fails before: no --editor option (exit 2), and neither file."""
    result = _run("init", "--lang", "pl", "--no-examples", "--editor", "vscode")
    assert result.exit_code == 0, result.output
    assert "created  schema/cxkit.json" in result.stdout
    assert "created  .vscode/settings.json" in result.stdout
    assert _as_written(here / "schema/cxkit.json") == _printed_schema("pl")
    settings = json.loads((here / ".vscode/settings.json").read_text(encoding="utf-8"))
    assert settings == {"yaml.schemas": {"schema/cxkit.json": GLOBS}}
    # The workspace still lints clean of anything the two files could add.
    assert _run("lint", "--no-cache", "--format", "json").stdout.strip() == "[]"


def test_plain_json_settings_get_the_key_merged_and_nothing_else_changed(here: Path):
    """Fails before: no --editor option."""
    (here / ".vscode").mkdir()
    before = '{\n    "editor.tabSize": 2,\n    "files.eol": "\\n"\n}\n'
    (here / ".vscode/settings.json").write_text(before, encoding="utf-8")
    result = _run("init", "--lang", "en", "--no-examples", "--editor", "vscode")
    assert "updated  .vscode/settings.json" in result.stdout, result.stdout
    after = (here / ".vscode/settings.json").read_text(encoding="utf-8")
    assert after.startswith('{\n    "editor.tabSize": 2,\n    "files.eol": "\\n",\n    "yaml.schemas": {\n')
    assert json.loads(after) == {"editor.tabSize": 2, "files.eol": "\n", "yaml.schemas": {"schema/cxkit.json": GLOBS}}
    # Run again: nothing to add.
    assert "skipped  .vscode/settings.json (already maps" in _run("init", "--editor", "vscode").stdout


@pytest.mark.parametrize("text", [
    '{\n  // the team\'s settings\n  "editor.tabSize": 2,\n}\n',  # comments and a trailing comma (JSONC)
    '{"editor.tabSize": 2}\n',  # another layout: rewriting it would change lines the team did not
])
def test_settings_that_cannot_be_written_back_as_they_are_are_never_touched(here: Path, text: str):
    """Fails before: no --editor option."""
    (here / ".vscode").mkdir()
    (here / ".vscode/settings.json").write_text(text, encoding="utf-8")
    result = _run("init", "--lang", "en", "--no-examples", "--editor", "vscode")
    assert result.exit_code == 0
    assert "printed  .vscode/settings.json (" in result.stdout
    assert '"schema/cxkit.json": [' in result.stdout  # what to add, shown
    assert (here / ".vscode/settings.json").read_text(encoding="utf-8") == text


def test_a_folder_with_vscode_settings_is_offered_the_option(here: Path):
    """Fails before: init said nothing of editors."""
    (here / ".vscode").mkdir()
    result = _run("init", "--lang", "en", "--no-examples")
    assert "offered  .vscode/ (VS Code can check fields" in result.stdout
    assert "`cxkit init --editor vscode`" in result.stdout
    assert not (here / "schema").exists()


def test_without_vscode_init_says_nothing_of_editors(here: Path):
    """Guard: the output of a plain init is as it was."""
    result = _run("init", "--lang", "en", "--no-examples")
    assert "editor" not in result.stdout and "schema" not in result.stdout


def test_an_old_schema_is_noted_by_lint_and_refreshed_by_init_and_schema_o(here: Path):
    """Fails before: lint said nothing, and `cxkit schema -o` was no option."""
    assert _run("init", "--lang", "en", "--no-examples", "--editor", "vscode").exit_code == 0
    assert _run("new", "persona", "Ola Nowak").exit_code == 0
    old = _printed_schema()
    old["$defs"].pop(next(iter(old["$defs"])))  # a field an older cxkit did not know
    (here / "schema/cxkit.json").write_text(_older(old), encoding="utf-8")
    lint = _run("lint", "--no-cache")
    assert lint.exit_code == 1  # the template's placeholders
    assert lint.stderr.count("\n") == 1 and lint.stderr.startswith(
        "cxkit: note: schema/cxkit.json is not the schema of this cxkit"), lint.stderr
    assert "`cxkit schema -o schema/cxkit.json` writes it again" in lint.stderr
    assert _run("lint").stderr == lint.stderr  # a run the cache answers says it too
    written = _run("schema", "-o", "schema/cxkit.json")
    assert written.exit_code == 0 and written.stdout == ""
    assert _as_written(here / "schema/cxkit.json") == _printed_schema()
    assert "schema" not in _run("lint", "--no-cache").stderr
    (here / "schema/cxkit.json").write_text(_older(old), encoding="utf-8")
    assert "updated  schema/cxkit.json" in _run("init").stdout  # an upgrade: init writes it again
    assert "schema" not in _run("lint", "--no-cache").stderr


def test_a_warm_run_knows_the_answer_without_making_the_schema(here: Path, monkeypatch: pytest.MonkeyPatch):
    """Guard: making the schema loads the document models, which a run the cache answers does not need;
    the answer is kept in the cache folder, by cxkit's code and the file's bytes."""
    import cxkit.scaffold.editor as editor

    assert _run("init", "--lang", "en", "--no-examples", "--editor", "vscode").exit_code == 0
    assert _run("new", "persona", "Ola Nowak").exit_code == 0
    old = _printed_schema()
    old["$defs"].pop(next(iter(old["$defs"])))
    (here / "schema/cxkit.json").write_text(_older(old), encoding="utf-8")
    first = _run("lint").stderr
    assert "note: schema/cxkit.json is not the schema" in first
    assert _run("lint").stderr == first  # the run that made the cache folder keeps no memo in it: this one does

    def made(path):
        raise AssertionError("the schema was made again")

    monkeypatch.setattr(editor, "is_stale", made)
    assert _run("lint").stderr == first


def test_a_schema_that_is_not_cxkits_is_neither_noted_nor_replaced(here: Path):
    """Guard: a team's own file of that name is left alone."""
    (here / "schema").mkdir()
    own = '{"title": "our schema"}\n'
    (here / "schema/cxkit.json").write_text(own, encoding="utf-8")
    result = _run("init", "--lang", "en", "--no-examples", "--editor", "vscode")
    assert "skipped  schema/cxkit.json (already exists and is not cxkit's schema" in result.stdout
    assert _run("new", "persona", "Ola Nowak").exit_code == 0
    assert (here / "schema/cxkit.json").read_text(encoding="utf-8") == own
    assert "schema" not in _run("lint", "--no-cache").stderr


def test_schema_o_refuses_a_link(here: Path):
    """Fails before: no -o option."""
    (here / "target.json").write_text("x", encoding="utf-8")
    (here / "link.json").symlink_to(here / "target.json")
    result = _run("schema", "-o", "link.json")
    assert result.exit_code == 2
    assert "cannot write link.json: it is a symbolic link" in result.stderr
    assert (here / "target.json").read_text(encoding="utf-8") == "x"
