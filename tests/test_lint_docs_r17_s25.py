"""What README and `cxkit lint --help` say of the session-25 stdin and quiet options is what they do
(review17 R17-7): each statement is checked against a run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

README = " ".join((Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8").split())

ANNA = """kind: persona
id: anna-nowak
name: Anna Nowak
lang: pl
goals:
  - Kupić rower gravel do 6000 zł przed majówką
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    work = tmp_path / "sklep"
    (work / "personas").mkdir(parents=True)
    monkeypatch.chdir(work)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (work / "cxkit.toml").write_text('lang = "pl"\nexclude = ["szkice"]\n', encoding="utf-8")
    (work / "personas" / "anna.yaml").write_text(ANNA, encoding="utf-8")
    return work


def run(*args: str, data: str = "") -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["lint", *args], input=data.encode("utf-8"))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def help_of(option: str) -> str:
    """The option's help, which --help prints."""
    import typer.main

    lint = typer.main.get_command(app).commands["lint"]
    (param,) = [p for p in lint.params if option in p.opts]
    return param.help


def test_quiet_help_names_statistics_as_it_acts_on_it(ws: Path) -> None:
    assert "--statistics" in help_of("--quiet")
    clean = ("--no-cache", "--statistics", "--select", "read-error", "personas")
    assert run(*clean)[1] == "Wszystko w porządku (sprawdzono 1 dokument w 1 pliku).\n"
    assert run(*clean, "-q")[1] == ""


def test_stdin_filename_matches_exclude_only_with_only_documents(ws: Path) -> None:
    assert "exclude, with --only-documents" in help_of("--stdin-filename")
    assert "(and `exclude`, with `--only-documents`)" in README
    draft = ANNA.replace("anna-nowak", "anna-szkic")
    code, out, _err = run("-f", "json", "-", "--stdin-filename", "szkice/anna.yaml", data=draft)
    assert code == 1 and {f["path"] for f in json.loads(out)} == {"szkice/anna.yaml"}  # linted: exclude not asked
    assert run("-", "--stdin-filename", "szkice/anna.yaml", "--only-documents", data=draft)[:2] == (
        0, "Nie ma czego sprawdzać: szkice/anna.yaml nie jest dokumentem cxkit, którego nie wyklucza `exclude`.\n",
    )


def test_readme_says_what_an_excluded_buffer_prints(ws: Path) -> None:
    assert ("and the text format says ``Nothing to check: szkice/anna.yaml is not a cxkit document that `exclude` "
            "leaves in.``; `json` prints `[]`") in README
    assert "prints nothing and exits 0" not in README
    got = run("-f", "json", "-", "--stdin-filename", "notatki.txt", "--only-documents", data="Wywiady\n")
    assert got[:2] == (0, "[]\n")


def test_a_path_in_no_workspace_is_linted_in_the_current_folders_one(ws: Path) -> None:
    assert "a path in no workspace given from a folder in one is linted in that folder's workspace" in README
    assert "or outside any workspace, the document is linted alone" not in README
    elsewhere = ws.parent / "gdzie-indziej" / "anna.yaml"
    code, out, _err = run("-f", "json", "-", "--stdin-filename", str(elsewhere), data=ANNA)
    assert code == 1 and "CX003" in {f["code"] for f in json.loads(out)}  # a duplicate of personas/anna.yaml
