"""`cxkit diff` and `cxkit review` read the workspace's `lang` as `cxkit render` does (session 28).

Before: text and markdown named places in the document's language, but the configuration's
`lang = "pl"` never reached the formatter, so a short journey whose words decide nothing (stage
names like "Start" and "KSeF") read `Emotion: -2 (very negative)` in a Polish workspace while
`cxkit render` of the same file said `Emocje`.  Now the order is render's: the document's
`lang:`, else its words, else the configuration's `lang`, else English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from git_helpers import Repo

#: Nothing in it is a Polish or an English word cxkit counts: the workspace's `lang` decides.
SHORT = """\
kind: journey
id: ksef-start
name: KSeF
persona: ewa-ksiegowa
stages:
  - id: start
    name: Start
    emotion: -2
  - id: ksef
    name: KSeF
    emotion: 1
"""

#: English words decide, whatever the workspace says (render reads it in English too).
ENGLISH = """\
kind: journey
id: sarah-first-invoice
name: Sarah sends her first invoice
persona: sarah-contractor
stages:
  - id: signup
    name: Sign-up
    doing: Creates an account and enters her tax number
    feeling: Hopeful but unsure about the Polish forms
    emotion: -2
"""


def _workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, doc: str, config: str | None = 'lang = "pl"\n') -> Repo:
    repo = Repo(tmp_path / "biuro")
    if config is not None:
        repo.write("cxkit.toml", config)
    repo.write("journeys/sciezka.yaml", doc)
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "ścieżka")
    repo.write("journeys/sciezka.yaml", doc.replace("emotion: -2", "emotion: -1"))
    monkeypatch.chdir(repo.root)
    monkeypatch.setenv("COLUMNS", "100")
    return repo


def _run(*args: str) -> str:
    result = run_cli(*args)
    assert result.exception is None, repr(result.exception)
    return result.stdout


def test_text_diff_uses_the_configured_lang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _workspace(tmp_path, monkeypatch, SHORT)
    out = _run("diff", "HEAD")
    assert "  ~ 1. Start › Emocje: -2 (bardzo źle) → -1 (źle)\n" in out
    assert "Emotion" not in out


def test_markdown_diff_uses_the_configured_lang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _workspace(tmp_path, monkeypatch, SHORT)
    out = _run("diff", "HEAD", "--format", "markdown")
    assert "- **zmieniono** 1. Start › Emocje: `-2` (bardzo źle) → `-1` (źle)\n" in out


def test_review_uses_the_configured_lang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _workspace(tmp_path, monkeypatch, SHORT)
    out = _run("review", "main", "--format", "markdown")
    assert "- **zmieniono** 1. Start › Emocje: `-2` (bardzo źle) → `-1` (źle)\n" in out


def test_render_and_diff_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _workspace(tmp_path, monkeypatch, SHORT)
    assert "Emocje" in _run("render", "journeys/sciezka.yaml")
    assert "Emocje" in _run("diff", "HEAD")


def test_declared_lang_beats_the_configured_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _workspace(tmp_path, monkeypatch, SHORT.replace("name: KSeF\npersona", "name: KSeF\nlang: en\npersona"))
    assert "  ~ 1. Start › Emotion: -2 (very negative) → -1 (negative)\n" in _run("diff", "HEAD")


def test_words_beat_the_configured_lang_as_in_render(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _workspace(tmp_path, monkeypatch, ENGLISH)
    assert "Emotion" in _run("render", "journeys/sciezka.yaml")
    assert "› Emotion: -2 (very negative) → -1 (negative)" in _run("diff", "HEAD")


def test_without_a_configured_lang_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _workspace(tmp_path, monkeypatch, SHORT, config=None)
    assert "  ~ 1. Start › Emotion: -2 (very negative) → -1 (negative)\n" in _run("diff", "HEAD")
