"""A file path wider than its column in the terminal view parts after a `.` (`podcastow.` over `yaml`)
once its `/`, `-` and `_` joints are used up, rather than lose its last letters to the next line
(`podcastow.yam` over `l`): a forced `--layout table` squeezes stage columns that narrow (session 27).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.render.terminal import break_token
from snapshot_helpers import render_cli

JOURNEY_PL = """\
kind: journey
id: zakup
name: Zakup
lang: pl
persona: agnieszka
stages:
  - id: porownanie-ofert
    name: Porównanie
    doing: Sprawdza personas/agnieszka-studio-podcastow.yaml i nieprawidłowościach
  - id: decyzja
    name: Decyzja
    doing: Kupuje
  - id: dostawa
    name: Dostawa
    doing: Odbiera
  - id: zwrot
    name: Zwrot
    doing: Oddaje
"""

JOURNEY_EN = """\
kind: journey
id: switch
name: Switching
lang: en
persona: dan
stages:
  - id: compare
    name: Compare
    doing: Reads notes/invoicing_requirements.markdown first
  - id: trial
    name: Trial
    doing: Tries
  - id: buy
    name: Buy
    doing: Pays
"""


@pytest.fixture()
def ws(tmp_path: Path) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "zakup.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    (tmp_path / "journeys" / "switch.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    return tmp_path


def _column(out: str, index: int) -> list[str]:
    """The texts of one column of the table's rows, line by line."""
    cells = [line.split("│") for line in out.splitlines() if line.startswith("│")]
    return [row[index].strip() for row in cells if len(row) > index]


def test_a_polish_path_parts_after_its_dot_in_a_forced_table(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 40: a forced table now gives a column its widest part of a path first, so at 69 columns
    `podcastow.yaml` is whole on its line (it was `podcastow.` over `yaml`, the column squeezed to 12);
    the part after the dot is what a column too narrow for it still gets (break_token, below)."""
    code, out, err = render_cli(ws, monkeypatch, "journeys/zakup.yaml", "--layout", "table", columns=69)
    assert code == 0, err
    column = _column(out, 2)
    at = column.index("Sprawdza personas/")
    assert column[at:at + 3] == ["Sprawdza personas/", "agnieszka-studio-", "podcastow.yaml i"]
    assert "podcastow.yam" not in out.replace("podcastow.yaml", "")
    lines = break_token("Sprawdza personas/agnieszka-studio-podcastow.yaml i", 12)
    assert lines == ["Sprawdza", "personas/", "agnieszka-", "studio-", "podcastow.", "yaml i"]


def test_an_english_path_parts_after_its_dot(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/switch.yaml", "--layout", "table", columns=60)
    assert code == 0, err
    column = _column(out, 2)
    assert "invoicing_" in column and "requirements." in column
    assert any(line.startswith("markdown") for line in column)


def test_prose_and_the_stage_headings_break_as_before(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: a word of prose with no path in it is kept whole where the table has room for it (69 columns,
    session 40: it was cut `nieprawidłowo` over `ściach`), and folded visibly where it has not (66: the
    forced table's narrowest), and the headings keep their number."""
    code, out, err = render_cli(ws, monkeypatch, "journeys/zakup.yaml", "--layout", "table", columns=69)
    assert code == 0 and err == "", err
    assert "nieprawidłowościach" in _column(out, 2)
    assert "2. Decyzja" in out and "3. Dostawa" in out
    code, out, err = render_cli(ws, monkeypatch, "journeys/zakup.yaml", "--layout", "table", columns=66)
    assert code == 0 and "words wider than their column are folded" in err
    column = _column(out, 2)
    at = column.index("nieprawidłowościa-")
    assert column[at + 1] == "ch" and "2. Decyzja" in out
