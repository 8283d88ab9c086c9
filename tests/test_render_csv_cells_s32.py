"""`cxkit render -f csv`: cells from a pull request that a spreadsheet could still run as a formula,
and a cell longer than Excel holds. A value with blanks before its `=` (a no-break space survives
the YAML and a persona's name keeps it), a full-width `＝`/`＋`/`＠`, and a pasted 40,000-character
text must reach the sheet as text, and the table must keep its shape."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from snapshot_helpers import render_cli

WNIOSEK = """\
kind: journey
id: wniosek
name: Wniosek o kartę
persona: ola
lang: pl
stages:
  - id: zlozenie
    name: Złożenie wniosku
    goal: "＝HYPERLINK(\\"http://zly.example/\\";\\"Kliknij\\")"
    doing: "＋48 22 123 45 67"
    thinking: "＠SUMA(A1:A9)"
  - id: decyzja
    name: Decyzja
    goal: "－2+3"
"""

OLA = """\
kind: persona
id: ola
name: "\\u00a0=HYPERLINK(\\"http://zly.example/\\")"
lang: pl
summary: Ola składa wniosek wieczorem, z telefonu.
"""


def _rows(raw: str) -> list[list[str]]:
    assert raw.startswith("\ufeff")
    return list(csv.reader(io.StringIO(raw[1:], newline="")))


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    (root / "wniosek.yaml").write_text(WNIOSEK, encoding="utf-8")
    (root / "ola.yaml").write_text(OLA, encoding="utf-8")
    return root


def test_full_width_formula_marks_are_escaped(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = render_cli(workspace, monkeypatch, "wniosek.yaml", "-f", "csv")
    assert code == 0
    rows = {row[0]: row[1:] for row in _rows(out)}
    assert rows["Cel"] == ["'＝HYPERLINK(\"http://zly.example/\";\"Kliknij\")", "'－2+3"]
    assert rows["Działania"][0] == "'＋48 22 123 45 67"
    assert rows["Myśli"][0] == "'＠SUMA(A1:A9)"


def test_blanks_before_an_equals_sign_do_not_hide_a_formula(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = render_cli(workspace, monkeypatch, "ola.yaml", "-f", "csv")
    assert code == 0
    rows = _rows(out)
    assert rows[0] == ["Persona", "'\u00a0=HYPERLINK(\"http://zly.example/\")"]  # the name as written, marked


def test_a_cell_longer_than_excel_holds_is_cut(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 20,000 "ż" and 10,000 emoji: 40,000 characters, 50,000 UTF-16 units, as Excel counts them.
    long = "ż" * 20_000 + "😀" * 10_000 + "=HYPERLINK(\\\"http://zly.example/\\\")"
    (workspace / "dlugi.yaml").write_text(WNIOSEK.replace("name: Decyzja", f'name: Decyzja\n    doing: "{long}"'),
                                          encoding="utf-8")
    code, _out, _err = render_cli(workspace, monkeypatch, "dlugi.yaml", "-o", "dlugi.csv")
    assert code == 0
    rows = _rows((workspace / "dlugi.csv").read_bytes().decode("utf-8"))
    assert [len(row) for row in rows] == [3] * len(rows)  # the table keeps its shape
    cell = {row[0]: row[1:] for row in rows}["Działania"][1]
    assert len(cell.encode("utf-16-le")) // 2 == 32_767
    assert cell.startswith("ż" * 20_000) and cell.endswith("😀…")
    assert "HYPERLINK" not in cell


def test_a_research_sheet_headed_persona_is_not_taken_for_an_export(workspace: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # R's write.csv (and Python's QUOTE_ALL) quote every field: a team's own sheet of personas.
    sheet = '"Persona","Segment","Share"\r\n"Ola","Young urban","34%"\r\n"Dan","Bonus hunter","12%"\r\n'
    (workspace / "segmenty.csv").write_text(sheet, encoding="utf-8", newline="")
    code, _out, err = render_cli(workspace, monkeypatch, "ola.yaml", "-o", "segmenty.csv")
    assert code == 2 and "--force" in err
    assert (workspace / "segmenty.csv").read_bytes().decode("utf-8") == sheet
    # cxkit's own export of a persona (a name with quotes, written doubled) is still replaced without it.
    (workspace / "ola2.yaml").write_text(OLA.replace('name: "', 'name: "Ola \\"Nocna\\" ').replace("id: ola", "id: ola2"),
                                         encoding="utf-8")
    assert render_cli(workspace, monkeypatch, "ola2.yaml", "-o", "ola.csv")[0] == 0
    assert render_cli(workspace, monkeypatch, "ola.yaml", "-o", "ola.csv")[0] == 0
    assert _rows((workspace / "ola.csv").read_text(encoding="utf-8"))[1] == ["Id", "ola"]
