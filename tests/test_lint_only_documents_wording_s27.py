"""`cxkit lint --only-documents` given nothing a folder scan would check says so as `cxkit fmt` does.

A pre-commit hook passes `drafts/szkic-oli.yaml` (a draft `exclude` leaves out): lint said "Nothing to
check: no cxkit documents found." although the draft is a document; fmt said "Nothing to format: no
file named is a cxkit document that `exclude` leaves in.", which is true.  lint now says the same
(and, for a buffer on stdin, names its path as fmt does).  Other formats and the exit code stay.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

SZKIC_PL = """\
kind: persona
id: ola-szkic
name: Ola Wiśniewska
lang: pl
goals:
  - Chce porównać słuchawki w jednym miejscu, zanim pójdzie do salonu
"""

MKDOCS = "site_name: Persony zespołu\nnav:\n  - index.md\n"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('exclude = ["drafts/"]\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "szkic-oli.yaml").write_text(SZKIC_PL, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    return tmp_path


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("named", [("drafts/szkic-oli.yaml",), ("drafts/szkic-oli.yaml", "mkdocs.yml")])
def test_a_hook_given_only_what_it_skips_says_so_as_fmt_does(ws: Path, named: tuple[str, ...]) -> None:
    code, out, err = run("lint", "--only-documents", *named)
    assert (code, out, err) == (0, "Nothing to check: no file named is a cxkit document that `exclude` leaves in.\n", "")
    fmt = run("fmt", "--only-documents", *named)
    assert fmt[2] == "Nothing to format: no file named is a cxkit document that `exclude` leaves in.\n"


def test_a_buffer_at_an_excluded_path_is_named(ws: Path) -> None:
    code, out, _err = run("lint", "-", "--stdin-filename", "drafts/szkic-oli.yaml", "--only-documents", stdin=SZKIC_PL)
    assert (code, out) == (0, "Nothing to check: drafts/szkic-oli.yaml is not a cxkit document that `exclude` leaves in.\n")


def test_guard_quiet_and_json_are_unchanged(ws: Path) -> None:
    assert run("lint", "--only-documents", "-q", "drafts/szkic-oli.yaml") == (0, "", "")
    code, out, _ = run("lint", "--only-documents", "--format", "json", "drafts/szkic-oli.yaml")
    assert (code, json.loads(out)) == (0, [])


def test_guard_an_empty_folder_still_says_no_documents_found(ws: Path) -> None:
    (ws / "puste").mkdir()
    code, out, _ = run("lint", "--only-documents", "puste")
    assert (code, out) == (0, "Nothing to check: no cxkit documents found.\n")
