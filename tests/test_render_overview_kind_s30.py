"""The folder overview never splits a two-word kind over two lines.

Read line by line, `│ Grzegorz Wiśniewski │ persona │ 5 │ …` then `│ grzegorz-wisniewski │
negatywna │` announced a negative persona as a "persona" (the opposite), its qualifier coming
after five numbers. English had the same split (`negative` / `persona`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapshot_helpers import check_snapshot, render_cli

NEGATIVE_PL = """\
kind: negative-persona
id: grzegorz-wisniewski
name: "Grzegorz Wiśniewski"
lang: pl
summary: "Inwestor z Warszawy, który kupuje piąte mieszkanie na wynajem."
reasons:
  - "Procedura 21 dni jest dla niego za długa"
reviewed: 2026-11-30
"""

NEGATIVE_EN = """\
kind: negative-persona
id: bargain-hunter-with-a-long-identifier
name: "Gary the Coupon Collector"
lang: en
summary: "Buys only with a discount code and leaves when the code fails."
reasons:
  - "Will not pay the list price"
"""

PERSONA_PL = """\
kind: persona
id: zaneta-lecka
name: "Żaneta Łęcka"
lang: pl
summary: "Analityczka CX, niewidoma, pracuje z czytnikiem NVDA."
goals:
  - "Złożyć wniosek o kredyt bez wizyty w oddziale"
reviewed: 2026-11-30
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "kredyty"  # the overview's title names the folder
    folder = root / "personas"
    folder.mkdir(parents=True)
    (folder / "grzegorz-wisniewski.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    (folder / "bargain-hunter-with-a-long-identifier.yaml").write_text(NEGATIVE_EN, encoding="utf-8")
    (folder / "zaneta-lecka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    return root


@pytest.mark.parametrize("columns", [40, 60, 100, 119])
def test_a_two_word_kind_stays_on_one_line(ws: Path, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    code, out, err = render_cli(ws, monkeypatch, ".", columns=columns)
    assert (code, err) == (0, "")
    cells = [cell.strip() for line in out.splitlines() for cell in line.split("│")]
    assert "persona negatywna" in cells and "negative persona" in cells
    assert "negatywna" not in cells and "negative" not in cells
    assert "…" not in out
    if columns == 100:
        check_snapshot("s30-overview-kind-whole-100", out)
