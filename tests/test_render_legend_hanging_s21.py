"""The stacked layout's curve legend: a stage name too long for a line wraps under the name, not
under its number, so the left edge holds only the stages' numbers, in order (a wrapped line that
started there read as another stage)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from snapshot_helpers import check_snapshot, render_cli

NAMES = [
    "Pierwsza myśl o zmianie operatora po podwyżce abonamentu o 20 zł 💸",
    "Porównywanie ofert na stronach operatorów i w wyszukiwarkach",
    "Rozmowa z konsultantem 📞",
    "Podpisanie umowy przez kuriera",
    "Oczekiwanie na technika",
    "Instalacja światłowodu w mieszkaniu w kamienicy",
    "Pierwsza faktura",
    "Reklamacja 😡",
    "Wypowiedzenie starej umowy w Netii",
    "Polecenie sąsiadce z trzeciego piętra, która też płaci za wolny internet",
    "Odnowienie",
    "Zgłoszenie awarii w weekend",
]


def _journey() -> str:
    text = ("kind: journey\nid: halina-swiatlowod\nname: Halina zmienia operatora na światłowód\n"
            "persona: halina-swiatlowod\nlang: pl\nstages:\n")
    for i, name in enumerate(NAMES):
        text += f"  - id: etap-{i + 1}\n    name: {json.dumps(name, ensure_ascii=False)}\n"
        if i not in (3, 7):
            text += f"    emotion: {(-2, -1, 0, 1, 2)[i % 5]}\n"
    return text


def _legend(out: str) -> list[str]:
    """The legend's lines inside the curve's frame, without the border and its padding."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("│ 1 Pierwsza"))
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("╰"))
    return [line[2:-2].rstrip() for line in lines[start:end]]


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_a_wrapped_legend_item_starts_its_next_lines_under_the_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")  # its own workspace: no persona of another test
    (tmp_path / "swiatlowod.yaml").write_text(_journey(), encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "swiatlowod.yaml", "--layout", "panels", columns=columns)
    assert code == 0, err
    legend = _legend(out)
    # At the left edge, only numbers; with the items beside them, each stage's once, in order.
    items = [int(n) for line in legend if not line.startswith(" ") for n in re.findall(r"(?:^|  )(\d+) ", line)]
    assert items == list(range(1, len(NAMES) + 1)), legend
    assert all(re.match(r"\d+ ", line) for line in legend if not line.startswith(" ")), legend
    # A wrapped line is indented as far as its item's name starts ("1 " → 2, "10 " → 3).
    number = 0
    for line in legend:
        if not line.startswith(" "):
            number = int(re.findall(r"(?:^|  )(\d+) ", line)[-1])
        else:
            assert re.match(rf" {{{len(str(number)) + 1}}}\S", line), (number, line)
    assert {cell_len(line) for line in out.splitlines()} == {columns}
    if columns == 40:
        check_snapshot("s21-legend-hanging-40", out)
