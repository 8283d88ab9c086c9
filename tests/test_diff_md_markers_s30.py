"""Markdown word diffs read aloud: removed and added words are named in words.

NVDA and JAWS do not announce <del>/<ins> in browse mode by default, so `Worried<del> and
alone</del>` in a pull-request comment was heard as "Worried and alone", the removed words as if
they were still there. The text format's `[-…-]`/`{+…+}` markers are no better at NVDA's default
punctuation level, which reads none of their characters; the Markdown says "(removed: “…”)" and
"(added: “…”)" instead (test_diff_md_words_s31.py).
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app

BEFORE = """\
kind: journey
id: zaneta-kredyt
name: "Żaneta applies for a mortgage online"
lang: en
persona: zaneta-lecka
stages:
  - id: need
    name: Need
    feeling: "Worried and alone"
    emotion: -1
  - id: applying
    name: Applying
    feeling: "Humiliated"
    thinking: "Czy zdążę przed marcem?"
    emotion: -2
"""


def _diff(tmp_path: Path, after: str, fmt: str) -> str:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(BEFORE, encoding="utf-8")
    new.write_text(after, encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", "-f", fmt, str(old), str(new)], env={"NO_COLOR": "1"})
    assert result.exit_code == 1, result.output
    return result.stdout


def test_a_removed_and_an_added_word_are_said_in_words(tmp_path: Path) -> None:
    after = BEFORE.replace("Worried and alone", "Worried").replace('"Humiliated"', '"Humiliated and angry"')
    md = _diff(tmp_path, after, "markdown")
    assert "Feeling: Worried (removed: “and alone”)" in md
    assert "Feeling: Humiliated (added: “and angry”)" in md


def test_a_replaced_polish_word_is_said_in_the_documents_language(tmp_path: Path) -> None:
    after = BEFORE.replace("Czy zdążę przed marcem?", "Czy zdążę przed kwietniem?")
    md = _diff(tmp_path, after, "markdown")
    text = _diff(tmp_path, after, "text")
    # The journey is `lang: en`, so the words are English around its one Polish line.
    assert "przed (removed: “marcem”; added: “kwietniem”)?" in md
    assert "przed [-marcem-]{+kwietniem+}?" in text  # guard: the text format keeps its markers
