"""The text format works out the diff's language once per render, not once per folder moved.

`cxkit diff` and `cxkit review -f text` of a change that moved many folders spent most of their
time guessing languages: the words a folder move is said in ("personas/ → persony/b2c/ (33 pliki)")
follow the language of the documents that differ, and that was worked out anew for each folder
moved, over every document that differs: 78 folders × 541 documents took 42,814 guesses and made
the text format eight times slower than JSON on a big change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit.workspace
from cxkit.cli import app

FOLDERS = ("klienci", "partnerzy", "serwis", "sprzedaz", "windykacja", "zgloszenia")


def _persona(folder: str, k: int) -> str:
    return (f"kind: persona\nid: {folder}-{k}\nname: Klientka {k} z działu {folder}\nlang: pl\n"
            f"role: Zgłasza szkodę komunikacyjną przez aplikację\ngoals:\n  - Dostać wypłatę w tydzień\n")


@pytest.fixture()
def moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for folder in FOLDERS:
        for k in range(4):
            for side, where in (("old", folder), ("new", f"archiwum/{folder}")):
                path = tmp_path / side / where / f"p{k}.yaml"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(_persona(folder, k), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    return tmp_path


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    guess = cxkit.workspace.guess_lang
    calls = [0]

    def counting(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return guess(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cxkit.workspace, "guess_lang", counting)
    return calls


def test_folders_moved_guess_each_documents_language_a_few_times_only(
    moved: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _counted(monkeypatch)
    result = CliRunner().invoke(app, ["diff", "old", "new"])
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line]
    assert lines[:2] == ["klienci/ → archiwum/klienci/ (4 pliki)", "partnerzy/ → archiwum/partnerzy/ (4 pliki)"]
    assert lines[-1] == "24 dokumenty różnią się (24 przeniesione)."
    # 24 documents: a guess or two each (the summary, the moves' words), not one per folder moved.
    assert calls[0] <= 2 * 24, calls[0]


def test_the_text_is_what_json_and_markdown_say_in_the_same_words(moved: Path) -> None:
    text = CliRunner().invoke(app, ["diff", "old", "new"]).output
    markdown = CliRunner().invoke(app, ["diff", "old", "new", "-f", "md"]).output
    for folder in FOLDERS:
        assert f"{folder}/ → archiwum/{folder}/ (4 pliki)" in text
        assert f"`{folder}/` → `archiwum/{folder}/` (4 pliki)" in markdown
