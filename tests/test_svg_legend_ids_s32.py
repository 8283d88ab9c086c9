"""The SVG curve's ids are its own, and a long journey's legend has two columns (session 32).

Two curves exported with `-o krzywa.svg` and inlined in one page (a wiki, a report) shared the ids
`curve-title` and `curve-desc`, so a screen reader read the first curve's title for both. The ids now
start with the journey's id and a digest of what the image says: different for two journeys or two
selections of one, the same bytes for the same journey. A journey of more than 15 stages listed them
in one tall column under the curve; it now gets two.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import run_cli

SVG = "{http://www.w3.org/2000/svg}"
LEVELS = (-1, 0, 1, 2, -2)


def journey(ident: str, name: str, count: int) -> str:
    text = f"kind: journey\nid: {ident}\nname: {name}\npersona: kasia\nlang: pl\nstages:\n"
    for i in range(1, count + 1):
        text += f"  - id: etap-{i}\n    name: Wizyta {i} w oddziale banku\n    emotion: {LEVELS[i % 5]}\n"
    return text


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    root.mkdir()
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "100")
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    for ident, count in (("kasia-konto", 6), ("kasia-kredyt", 6), ("dluga-15", 15), ("dluga-20", 20)):
        (root / f"{ident}.yaml").write_text(journey(ident, f"Kasia i {ident}", count), encoding="utf-8")
    return root


def svg(*args: str) -> ET.Element:
    result = run_cli("render", *args, "-f", "svg")
    assert result.exit_code == 0 and result.exception is None, result.stderr
    return ET.fromstring(result.stdout.split("\n", 2)[2])


def ids(root: ET.Element) -> list[str]:
    return [e.get("id") for e in root.iter() if e.get("id")]


def test_two_curves_in_one_page_have_ids_of_their_own(ws: Path) -> None:
    konto, kredyt = svg("kasia-konto.yaml"), svg("kasia-kredyt.yaml")
    part = svg("kasia-konto.yaml", "--stage", "2,3")
    for root in (konto, kredyt, part):
        named = root.get("aria-labelledby").split()
        assert named == ids(root) and len(named) == 2  # the title and the description, named by their ids
        assert named[0].startswith("cxkit-curve-") and named[0].endswith("-title")
    assert "cxkit-curve-kasia-konto-" in konto.get("aria-labelledby")
    assert not set(ids(konto)) & set(ids(kredyt)) and not set(ids(konto)) & set(ids(part))


def test_the_ids_are_the_same_every_time(ws: Path) -> None:
    assert ids(svg("kasia-konto.yaml")) == ids(svg("kasia-konto.yaml"))


def legend_columns(root: ET.Element) -> list[str]:
    """The x of each legend line (the lines that name a stage with its value)."""
    return [t.get("x") for t in root.iter(f"{SVG}text") if re.match(r"\d+\. Wizyta", "".join(t.itertext()))]


def test_a_journey_of_20_stages_lists_them_in_two_columns(ws: Path) -> None:
    root = svg("dluga-20.yaml")
    xs = legend_columns(root)
    assert len(xs) == 20 and xs[:10] == ["80"] * 10 and len(set(xs[10:])) == 1 and xs[10] != "80"
    # ten lines of 14 units under the plot, not twenty
    assert int(root.get("height")) < 420


def test_a_journey_of_15_stages_keeps_one_column(ws: Path) -> None:
    assert set(legend_columns(svg("dluga-15.yaml"))) == {"80"}
