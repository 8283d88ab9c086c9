"""Session 31: `cxkit render DIR --title TEXT` titles a folder's HTML and Markdown export, so that
several teams' exports on one intranet are told apart (a browser's tab, a screen reader's page
title). Without it the workspace's export stays titled "Overview", whatever the checkout's folder is
called, so an export CI regenerates does not change with the folder it runs in."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """\
kind: persona
id: zaneta-lecka
name: Żaneta Łęcka
lang: pl
summary: Analityczka z Łodzi, niewidoma, korzysta z NVDA. Chce złożyć wniosek o kredyt bez wizyty w oddziale.
goals:
  - Złożyć wniosek o kredyt hipoteczny przez internet
"""

TITLE = "Kredyty hipoteczne – zespół CX"


def _workspace(root: Path) -> Path:
    (root / "personas").mkdir(parents=True)
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (root / "personas" / "zaneta-lecka.yaml").write_text(PERSONA, encoding="utf-8")
    return root


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.chdir(_workspace(tmp_path / "kredyty-cx"))
    return tmp_path / "kredyty-cx"


def _render(*args: str) -> tuple[str, str]:
    result = run_cli("render", *args)
    assert result.exception is None and result.exit_code == 0, result.stderr
    return result.stdout, result.stderr


def test_title_names_the_html_page_and_its_heading(workspace: Path) -> None:
    page, err = _render(".", "-f", "html", "--title", TITLE)
    assert f"<title>{TITLE}</title>" in page and f"<h1>{TITLE}</h1>" in page
    assert err == ""


@pytest.mark.parametrize("fmt", ["markdown", "markdown-plain"])
def test_title_heads_the_markdown_exports(workspace: Path, fmt: str) -> None:
    text, _err = _render(".", "-f", fmt, "--title", "Kredyty\n  hipoteczne")
    assert text.startswith("# Kredyty hipoteczne\n\n")  # one line, its spaces as one


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_an_export_titled_so_is_replaced_by_the_next_run(workspace: Path, fmt: str) -> None:
    # CI regenerates the committed export with the same command: -o must know it for its own.
    _render(".", "--title", TITLE, "-o", f"zestawienie.{fmt}")
    _render(".", "--title", "Kredyty", "-o", f"zestawienie.{fmt}")
    _render(".", "-o", f"zestawienie.{fmt}")
    assert "Zestawienie" in (workspace / f"zestawienie.{fmt}").read_text(encoding="utf-8")


def test_a_page_of_ones_own_is_still_not_replaced(workspace: Path) -> None:
    (workspace / "notatki.md").write_text("# Kredyty\n\nNasze notatki ze spotkania.\n", encoding="utf-8")
    result = run_cli("render", ".", "--title", "Kredyty", "-o", "notatki.md")
    assert result.exit_code == 2 and "--force" in result.stderr
    assert (workspace / "notatki.md").read_text(encoding="utf-8").endswith("ze spotkania.\n")


def test_without_a_title_the_workspace_export_does_not_depend_on_its_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: two checkouts in folders of different names write the same bytes."""
    pages = []
    for folder in ("cx-personas", "pr-42-worktree"):
        monkeypatch.chdir(_workspace(tmp_path / folder))
        pages.append(_render(".", "-f", "html")[0])
    assert pages[0] == pages[1] and "<title>Zestawienie</title>" in pages[0]


def test_title_where_it_titles_nothing_is_said_and_ignored(workspace: Path) -> None:
    # One document's export takes it since session 40 (tests/test_render_single_title_s40.py); JSON does not.
    out, err = _render("personas/zaneta-lecka.yaml", "-f", "json", "--title", TITLE)
    assert err == "cxkit: --title: nadaje tytuł eksportowi HTML albo Markdown; w eksporcie JSON nie ma znaczenia\n"  # a Polish workspace (s40)
    _out, err = _render(".", "-f", "json", "--title", TITLE)
    assert err == "cxkit: --title: nadaje tytuł eksportowi HTML albo Markdown; w eksporcie JSON nie ma znaczenia\n"  # a Polish workspace (s40)


def test_an_empty_title_is_a_usage_error(workspace: Path) -> None:
    result = run_cli("render", ".", "-f", "html", "--title", "  ")
    assert result.exit_code == 2 and result.exception is None
    assert "--title: give the text of the title" in result.stderr
