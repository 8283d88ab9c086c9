"""Session 31: `cxkit render DIR --title TEXT` is text a CI job may take from a branch's or a merge
request's title, so its control characters are shown, never obeyed, as a document's name is; and
`-o` knows a titled overview export by the overview's own table head under the title, not by any
table whose first columns happen to be called Document and Kind — a team's own Markdown page
(`# Nasze dokumenty` over `| Dokument | Rodzaj | Uwagi |`) is refused without --force."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from test_render_export_title_s31 import _workspace  # Żaneta's persona in a Polish workspace, as the --title tests make it

#: A team's own index of its documents, kept by hand: a heading, then a table of its own.
OWN_PAGE = """\
# Nasze dokumenty CX

| Dokument | Rodzaj | Właściciel | Uwagi |
|---|---|---|---|
| Persona Żanety | persona | Ania Kowalska | do przeglądu w marcu, po wywiadach w Łodzi |

Notatki zespołu, pisane ręcznie; nie nadpisywać.
"""


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "kredyty-cx"
    _workspace(root)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("fmt", ["html", "markdown", "markdown-plain"])
def test_control_characters_of_a_title_are_shown_not_written(workspace: Path, fmt: str) -> None:
    # A merge request titled with a terminal's "set the window title" sequence and a bell.
    result = run_cli("render", ".", "-f", fmt, "--title", "Kredyty \x1b]0;pwned\x07 zespół\x1b[2J CX")
    assert result.exception is None and result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "x1b" in result.stdout and "pwned" in result.stdout and "x07" in result.stdout  # shown as escapes


def test_a_page_of_ones_own_under_any_heading_is_not_replaced(workspace: Path, tmp_path: Path) -> None:
    own = tmp_path / "dokumenty.md"
    own.write_text(OWN_PAGE, encoding="utf-8")
    result = run_cli("render", ".", "-o", str(own), "--title", "Kredyty hipoteczne")
    assert result.exit_code == 2 and result.exception is None
    assert "dodaj --force, by go zastąpić" in result.stderr  # a Polish workspace: the refusal is Polish (f4830380)
    assert own.read_text(encoding="utf-8") == OWN_PAGE


@pytest.mark.parametrize("fmt", ["markdown", "markdown-plain"])
def test_a_titled_export_is_still_replaced_without_force(workspace: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "zestawienie.md"
    first = run_cli("render", ".", "-f", fmt, "-o", str(out), "--title", "Kredyty hipoteczne – zespół CX")
    assert first.exit_code == 0, first.stderr
    again = run_cli("render", ".", "-f", fmt, "-o", str(out), "--title", "Kredyty: zespół CX (nowy)")
    assert again.exit_code == 0, again.stderr
    assert out.read_text(encoding="utf-8").startswith("# Kredyty: zespół CX (nowy)\n\n")


def test_a_workspace_export_without_a_title_is_still_replaced(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "zestawienie.md"
    assert run_cli("render", ".", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Zestawienie\n\n| Dokument | Rodzaj |")
    assert run_cli("render", ".", "-o", str(out), "--title", "Kredyty").exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Kredyty\n\n")
