"""`cxkit render DIR` exits on a broken file as `cxkit lint` does under the same config (session 40).

Since session 39 a paragraph of notes in `personas/` is CX001/CX002, so `cxkit render personas/` of a
legacy workspace exited 1.  Exit 1 is right where lint fails on the file (the overview is made, some input
was bad), but render exited 1 also where the team's config says the file fails nothing: `per-file-ignores`
or `ignore` of its rule, `fail-level = "never"`, where `cxkit lint` exits 0 and says nothing of it.  Now render
asks lint's question of those files: the exit code is lint's, a located line on stderr only where lint shows
one, and the overview (terminal, Markdown, HTML, JSON's `not_read`) still lists every file it could not show.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from doc_folder_helpers import KASIA, MAYA, NOTES_EN, NOTES_PL


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "personas").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def workspace(ws: Path, lang: str, extra: str = "") -> None:
    (ws / "cxkit.toml").write_text(f'paths = ["personas"]\nlang = "{lang}"\n{extra}', encoding="utf-8")
    if lang == "pl":
        (ws / "personas" / "kasia-zielinska.yaml").write_text(KASIA, encoding="utf-8")
        (ws / "personas" / "notatki-kasia.yaml").write_text(NOTES_PL, encoding="utf-8")
    else:
        (ws / "personas" / "maya-commuter.yaml").write_text(MAYA, encoding="utf-8")
        (ws / "personas" / "maya-notes.yaml").write_text(NOTES_EN, encoding="utf-8")


def render(*args: str) -> tuple[int, dict, str]:
    result = run_cli("render", "personas/", "-f", "json", *args)
    assert result.exception is None, repr(result.exception)
    return result.exit_code, json.loads(result.stdout), result.stderr


def lint_code() -> int:
    result = run_cli("lint", "--no-cache", "--select", "CX0")  # a prefix keeps the configured `ignore`
    assert result.exception is None, repr(result.exception)
    return result.exit_code


def test_a_broken_file_lint_fails_on_exits_1_with_its_located_line_s40(ws: Path) -> None:
    workspace(ws, "pl")
    code, page, err = render()
    assert (code, lint_code()) == (1, 1)
    assert [(b["path"], b["line"], b["column"], b["code"]) for b in page["not_read"]] == [
        ("personas/notatki-kasia.yaml", 2, 20, "CX001")]
    assert err.startswith("personas/notatki-kasia.yaml:2:20: error CX001 nieprawidłowy YAML")


@pytest.mark.parametrize(("lang", "extra", "path"), [
    ("pl", '\n[per-file-ignores]\n"personas/notatki-*.yaml" = ["yaml-syntax"]\n', "personas/notatki-kasia.yaml"),
    ("en", 'ignore = ["CX001"]\n', "personas/maya-notes.yaml"),
])
def test_a_file_the_config_silences_exits_0_and_is_still_listed_s40(ws: Path, lang: str, extra: str, path: str) -> None:
    workspace(ws, lang, extra)
    code, page, err = render()
    assert (code, lint_code()) == (0, 0)
    assert [b["path"] for b in page["not_read"]] == [path]  # the reader still learns the overview lacks it
    assert err == ""  # lint shows nothing of it either


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_fail_level_never_exits_0_and_still_says_where_s40(ws: Path, lang: str) -> None:
    workspace(ws, lang, 'fail-level = "never"\n')
    code, page, err = render()
    assert (code, lint_code()) == (0, 0)
    assert len(page["not_read"]) == 1
    assert ":2:" in err and " error CX001 " in err  # lint prints it too, and exits 0


def test_the_terminal_overview_exits_as_lint_does_s40(ws: Path) -> None:
    workspace(ws, "en", 'fail-level = "never"\n')
    result = run_cli("render", "personas/")
    assert result.exit_code == 0
    assert "maya-notes.yaml:2:16" in result.stdout  # listed under the overview
