"""A journey stage with only an id and a name (a stage sketched in a workshop, to be filled in
later) says so in the terminal view, in the document's language, rather than drawing an empty
panel (stacked layout) or a table that ends on a bare rule (table layout, only such stages)."""

from __future__ import annotations

import pytest

from snapshot_helpers import check_snapshot, render_cli

JOURNEY_PL = """\
kind: journey
id: zakup-auta
name: Zakup auta w salonie
persona: marta-kowalska
lang: pl
stages:
  - id: poszukiwania
    name: Poszukiwania
    goal: Znaleźć kombi do 80 tys. zł z pewnym przebiegiem
    emotion: 1
  - id: jazda-probna
    name: Jazda próbna
  - id: finansowanie
    name: Finansowanie i dopłata
    barriers:
      - Leasing konsumencki wymaga zaświadczenia o dochodach
    emotion: -1
"""

JOURNEY_EN = """\
kind: journey
id: first-order
name: First order online
persona: tom-baker
lang: en
stages:
  - id: browse
    name: Browse the catalogue
    doing: Compares three dog foods by price per kilo
  - id: checkout
    name: Checkout
"""

PERSONA_PL = """\
kind: persona
id: marta-kowalska
name: Marta Kowalska
lang: pl
summary: Księgowa z Poznania, szuka pierwszego auta rodzinnego.
"""

EMPTY_PL = "nic jeszcze nie zapisano dla tego etapu"
EMPTY_EN = "nothing recorded for this stage yet"


@pytest.fixture
def workspace(tmp_path):
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys" / "zakup.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    (tmp_path / "journeys" / "order.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    (tmp_path / "personas" / "marta.yaml").write_text(PERSONA_PL, encoding="utf-8")
    return tmp_path


def _panel(out: str, title: str) -> list[str]:
    """The lines of the stacked panel whose title holds ``title``, borders included."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("╭") and title in line)
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("╰"))
    return lines[start:end + 1]


@pytest.mark.parametrize("columns", [60, 100])
def test_a_polish_stage_with_only_a_name_says_nothing_is_recorded_yet_when_stacked(workspace, monkeypatch, columns):
    code, out, err = render_cli(workspace, monkeypatch, "journeys/zakup.yaml", "--layout", "panels", columns=columns)
    assert code == 0, err
    panel = _panel(out, "Jazda próbna")
    assert len(panel) == 3, "\n".join(panel)  # top, the line, bottom: not an empty panel
    assert EMPTY_PL in panel[1]
    # Stages with content show it, not the line.
    assert EMPTY_PL not in "\n".join(_panel(out, "Poszukiwania") + _panel(out, "Finansowanie"))
    check_snapshot(f"s20-empty-stage-stacked-pl-{columns}", out)


def test_an_english_stage_with_only_a_name_says_so_in_english(workspace, monkeypatch):
    code, out, err = render_cli(workspace, monkeypatch, "journeys/order.yaml", "--layout", "panels", columns=60)
    assert code == 0, err
    panel = _panel(out, "Checkout")
    assert EMPTY_EN in panel[1] and EMPTY_PL not in out
    check_snapshot("s20-empty-stage-stacked-en-60", out)


def test_a_long_stage_name_opens_the_panel_and_the_line_follows_it(workspace, monkeypatch):
    long_name = "Jazda próbna po mieście i trasie szybkiego ruchu z doradcą"
    (workspace / "journeys" / "zakup.yaml").write_text(
        JOURNEY_PL.replace("name: Jazda próbna", f"name: {long_name}"), encoding="utf-8")
    code, out, err = render_cli(workspace, monkeypatch, "journeys/zakup.yaml", "--layout", "panels", columns=60)
    assert code == 0, err
    panel = _panel(out, "2/3")
    body = [line.strip("│ ") for line in panel[1:-1]]
    assert body[-1] == EMPTY_PL, panel
    assert "Jazda próbna" in body[0]


def test_a_table_of_only_such_stages_says_so_under_each_heading(workspace, monkeypatch):
    code, out, err = render_cli(workspace, monkeypatch, "journeys/zakup.yaml", "--stage", "jazda-probna",
                                "--layout", "table", columns=60)
    assert code == 0, err
    assert EMPTY_PL in out
    check_snapshot("s20-empty-stage-table-pl-60", out)


def test_a_table_with_other_stages_filled_keeps_blank_cells_as_before(workspace, monkeypatch):
    # Guard: in a table a stage's empty cell is blank (its missing emotion a dim "?"), as for any field.
    code, out, err = render_cli(workspace, monkeypatch, "journeys/zakup.yaml", "--layout", "table", columns=100)
    assert code == 0, err
    assert EMPTY_PL not in out
    assert "?" in out
