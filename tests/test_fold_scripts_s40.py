"""A forced `--layout table` folds an over-long word with "-" only in scripts that hyphenate (review of
ce567177, session 40).

Chinese, Japanese and Korean text, full-width and half-width forms, and Thai break between any two
characters and never take a hyphen at a line break: "顧客体-" / "験の改-" reads as a stray minus, and the
note "words wider than their column are folded with a "-"" would name a fold the reader does not get.
Such a run is cut at the column's edge as before, and counts as no word to keep whole. Polish, English,
Cyrillic and Greek words are still folded with the mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.render.terminal import FOLD_MARK, break_token
from snapshot_helpers import render_cli


@pytest.mark.parametrize("text", [
    "顧客体験の改善についての検討",  # Japanese (kanji and hiragana)
    "客户体验改进方案讨论",  # Chinese
    "고객경험개선에대한검토",  # Korean (Hangul): no hyphen at a break either
    "ＡＢＣＤＥＦＧＨ",  # full-width Latin
    "ﾊﾝｶｸｶﾀｶﾅﾊﾝｶｸ",  # half-width katakana
    "กรงเทพมหนคร",  # Thai letters (here without vowel marks, so each is a letter)
])
def test_a_run_of_a_script_without_hyphens_is_cut_without_a_mark_s40(text: str) -> None:
    lines = break_token(text, 6, mark_folds=True)
    assert len(lines) > 1
    assert not any(line.endswith(FOLD_MARK) for line in lines), lines
    assert "".join(lines) == text


@pytest.mark.parametrize(("text", "width", "expected"), [
    ("przekierowanie", 8, ["przekie-", "rowanie"]),
    ("Перепланирование", 8, ["Перепла-", "нирован-", "ие"]),
    ("αβγδεζηθικλμ", 6, ["αβγδε-", "ζηθικ-", "λμ"]),
])
def test_words_of_hyphenating_scripts_are_still_folded_with_the_mark_s40(text: str, width: int,
                                                                         expected: list[str]) -> None:
    assert break_token(text, width, mark_folds=True) == expected


JOURNEY = """\
kind: journey
id: keiko-renews-contract
name: Keiko renews her contract
lang: en
persona: keiko-office-manager
goal: Renew the yearly support contract before it lapses
stages:
  - id: notice
    name: Gets the notice
    emotion: 0
    doing: Reads the renewal e-mail
    thinking: 契約更新の手続きはオンラインで完結するのか
  - id: renew
    name: Renews online
    emotion: 1
    doing: Pays by card
    feeling: 手続きが簡単で安心した
"""

PERSONA = """\
kind: persona
id: keiko-office-manager
name: Keiko Tanaka
lang: en
summary: Office manager of a 12-person design studio in Osaka; renews its software contracts.
"""


def test_a_forced_table_with_a_japanese_sentence_says_nothing_of_folded_words_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The English words fit at 60 columns; the Japanese sentences wrap between characters, as
    Japanese does. Before: each line of them ended with "-" and stderr said words were folded."""
    ws = tmp_path / "ws"
    (ws / "journeys").mkdir(parents=True)
    (ws / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (ws / "personas").mkdir()
    (ws / "journeys" / "j.yaml").write_text(JOURNEY, encoding="utf-8")
    (ws / "personas" / "p.yaml").write_text(PERSONA, encoding="utf-8")
    code, out, err = render_cli(ws, monkeypatch, "journeys/j.yaml", "--layout", "table", columns=60)
    assert code == 0 and err == "", err
    rows = [line for line in out.splitlines() if line.startswith("│") and line.count("│") > 2]
    cells = [cell.strip() for row in rows for cell in row.split("│")[1:-1]]
    assert any("契約" in cell for cell in cells) and any("安心" in cell for cell in cells)
    assert not [cell for cell in cells if cell.endswith(FOLD_MARK) and not cell.isascii()], cells
