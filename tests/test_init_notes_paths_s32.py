"""Two notes of init's workspaces name the file they mean as the rest of the output does.

- The stale-schema note `cxkit lint` gives for a workspace outside the current folder
  (`cd a && cxkit lint ../b .`) showed b's schema by its absolute path, while the findings above it
  named `../b/personas/ola.yaml`: it now says `../b/schema/cxkit.json`, in its command too.
- The commented-out `lang` of a config `init` writes under another config named the config of the
  folder above as the one that sets it, even when that one only extends a third that does
  (`../cxkit.toml` for a market under a group's config with no `lang`): it now names the config
  that sets it (`../../cxkit.toml`).
"""

from __future__ import annotations

import json
import subprocess

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.scaffold import editor
from git_helpers import needs_git

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
def here(tmp_path, monkeypatch):
    folder = tmp_path / "agencja"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    return folder


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def _older_schema() -> str:
    """The schema as an earlier cxkit wrote it: one definition fewer, marked as cxkit's."""
    old = json.loads(editor.schema_text())
    old["$defs"].pop(next(iter(old["$defs"])))
    return editor.marked(json.dumps(old))


def test_the_stale_schema_note_names_a_workspace_beside_the_current_one_from_here(here, monkeypatch):
    for client in ("klient-a", "klient-b"):
        assert run("init", client, "--lang", "pl", "--no-examples", "--editor", "vscode").exit_code == 0
        (here / client / "personas/ola.yaml").write_text(PERSONA, encoding="utf-8")
        (here / client / "schema/cxkit.json").write_text(_older_schema(), encoding="utf-8")
    monkeypatch.chdir(here / "klient-a")
    result = run("lint", "../klient-b", ".", "--no-cache")
    assert "../klient-b/personas/ola.yaml:" in result.stdout  # how lint names that workspace's files
    assert ("cxkit: note: ../klient-b/schema/cxkit.json is not the schema of this cxkit (an older one wrote it), "
            "so the editor checks fields against old rules; `cxkit schema -o ../klient-b/schema/cxkit.json` "
            "writes it again\n") in result.stderr, result.stderr
    assert str(here) not in result.stderr
    # Guard: the workspace here is named as before.
    assert "cxkit: note: schema/cxkit.json is not the schema of this cxkit" in result.stderr


@needs_git
def test_the_inherited_lang_names_the_config_that_sets_it_through_a_chain(here):
    subprocess.run(["git", "init", "-q"], cwd=here, check=True, capture_output=True)
    (here / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (here / "grupa").mkdir()
    (here / "grupa" / "cxkit.toml").write_text('extend = "../cxkit.toml"\nfail-level = "error"\n', encoding="utf-8")
    assert run("init", "grupa/rynek", "--no-examples").exit_code == 0
    written = (here / "grupa" / "rynek" / "cxkit.toml").read_text(encoding="utf-8")
    assert 'extend = "../cxkit.toml"' in written
    assert '\n# lang = "pl"  (as ../../cxkit.toml sets it, unless set here)\n' in written, written
    assert "(as ../cxkit.toml sets it" not in written.split("# lang =", 1)[1].split("\n", 1)[0]


@needs_git
def test_a_lang_set_by_the_folder_above_is_named_as_before(here):
    """Guard: the config of the folder above sets `lang` itself."""
    subprocess.run(["git", "init", "-q"], cwd=here, check=True, capture_output=True)
    (here / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert run("init", "rynek-uk", "--no-examples").exit_code == 0
    written = (here / "rynek-uk" / "cxkit.toml").read_text(encoding="utf-8")
    assert '\n# lang = "en"  (as ../cxkit.toml sets it, unless set here)\n' in written, written
