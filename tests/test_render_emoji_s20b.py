"""Emoji made of several characters — a variation selector (❤️, 1️⃣) or a zero-width-joiner sequence
(👩‍⚕️, 👨‍👩‍👧‍👦) — in the terminal view (tester3 F12).

Terminals draw these at different widths, which no file can tell, so cxkit does not guess (see
docs/render.md, "Emoji made of several characters"). What cxkit does guarantee is checked here: every
line of a frame measures the width it was rendered for, by the same count rich lays it out with, and
no emoji is split across two lines (a line that starts with a joiner, a selector or a keycap mark
would draw a broken picture). With rich 14, which cxkit accepted before it required rich 15, six of
these fail: it measured and folded such an emoji character by character, leaving a family's joiner
at the end of one line and the rest of the family on the next."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from snapshot_helpers import render_cli

FAMILY = "👨\u200d👩\u200d👧\u200d👦"
NURSE = "👩\u200d⚕\ufe0f"
HEART = "❤\ufe0f"
KEYCAPS = "".join(f"{digit}\ufe0f\u20e3" for digit in "123456789")

PERSONA = f"""\
kind: persona
id: ela-pielegniarka
name: Ela Nowak {NURSE}
lang: pl
summary: Pielęgniarka {NURSE} z Lublina, która {HEART} zamawia leki dla rodziny {FAMILY} i ocenia aptekę od 1️⃣ do 5️⃣.
quote: |
  — {HEART * 3} Szybka dostawa!
  — {FAMILY * 24}
goals:
  - Ocenić aptekę w skali {KEYCAPS * 4} {HEART}{NURSE}
"""

JOURNEY = f"""\
kind: journey
id: ela-zamawia
name: Ela zamawia leki {HEART}
persona: ela-pielegniarka
lang: pl
stages:
  - id: koszyk
    name: Koszyk {FAMILY}
    emotion: 1
    doing: Dodaje leki dla {FAMILY * 6} i płaci BLIKiem {HEART * 5}
  - id: dostawa
    name: Dostawa 1️⃣
    emotion: -1
    thinking: Czy kurier {NURSE * 7} zdąży przed dyżurem?
"""

BROKEN_STARTS = ("\u200d", "\ufe0f", "\u20e3")


def _check(out: str, width: int) -> None:
    lines = out.splitlines()
    assert lines
    assert [cell_len(line) for line in lines] == [width] * len(lines), out
    for line in lines:
        inner = line[1:].lstrip(" │┃")
        assert not inner.startswith(BROKEN_STARTS), f"an emoji split across lines: {line!r}"
        assert not line.rstrip(" │┃╮╯").endswith("\u200d"), f"an emoji split across lines: {line!r}"
    assert FAMILY in out and NURSE in out and HEART in out, "the author's emoji are shown as written"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "ela.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "zamawia.yaml").write_text(JOURNEY, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("columns", [40, 47, 60, 100])
def test_a_card_with_joined_emoji_measures_its_width_on_every_line(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "ela.yaml", columns=columns)
    assert code == 0, err
    _check(out, columns)


@pytest.mark.parametrize(("layout", "columns"), [("table", 40), ("table", 60), ("panels", 60), ("auto", 100)])
def test_a_journey_with_joined_emoji_measures_its_width_on_every_line(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, layout: str, columns: int) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "zamawia.yaml", "--layout", layout, columns=columns)
    assert code == 0, err
    _check(out, columns)
