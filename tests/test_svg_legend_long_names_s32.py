"""A long journey's legend takes two columns only where that makes it shorter (session 32).

From 16 stages the SVG curve's legend may be laid out in two columns of about 55 characters each. A
bank's stage names are often longer than that ("Wizyta numer 3 w oddziale banku spółdzielczego z …"):
each wraps in a column where it fits the full width, so two columns were no shorter than one (taller
for an odd number of stages) and every entry read over two lines. Such a legend keeps one column.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import run_cli

SVG = "{http://www.w3.org/2000/svg}"
LEVELS = (-1, 0, 1, 2, -2)
LONG = "Wizyta numer {i} w oddziale banku spółdzielczego w sprawie kredytu hipotecznego"
SHORT = "Wizyta numer {i}"


def journey(count: int, name: str) -> str:
    text = f"kind: journey\nid: kredyt-{count}\nname: Kredyt hipoteczny\npersona: kasia\nlang: pl\nstages:\n"
    for i in range(1, count + 1):
        text += f"  - id: etap-{i}\n    name: {name.format(i=i)}\n    emotion: {LEVELS[i % 5]}\n"
    return text


def legend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int, name: str) -> tuple[list[str], int]:
    """The x of each stage's legend entry, and the image's height."""
    root = tmp_path / "ws"
    root.mkdir()
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (root / "kredyt.yaml").write_text(journey(count, name), encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "100")
    result = run_cli("render", "kredyt.yaml", "-f", "svg")
    assert result.exit_code == 0 and result.exception is None, result.stderr
    svg = ET.fromstring(result.stdout.split("\n", 2)[2])
    xs = [t.get("x") for t in svg.iter(f"{SVG}text") if re.match(r"\d+\. Wizyta", "".join(t.itertext()))]
    assert len(xs) == count
    return xs, int(svg.get("height"))


@pytest.mark.parametrize("count", [16, 17])
def test_long_names_keep_one_column(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    xs, _height = legend(tmp_path, monkeypatch, count, LONG)
    assert set(xs) == {"80"}


def test_short_names_of_17_stages_take_two_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    xs, height = legend(tmp_path, monkeypatch, 17, SHORT)
    assert xs[:9] == ["80"] * 9 and len(set(xs[9:])) == 1 and xs[9] != "80"
    assert height < 420  # nine lines under the plot, not seventeen
