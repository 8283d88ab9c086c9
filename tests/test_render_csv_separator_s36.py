"""The CSV export's separator for Excel set to Polish (session 36, fixAA36).

Polish Excel expects ";" between the fields of a CSV opened by a double click, and showed every
row of cxkit's comma-separated grid in column A. A workspace now sets `[render] csv-separator =
";"` (or a render passes `--csv-separator`), validated at its line; `-o` replaces cxkit's own CSV
in any separator, and a CSV export that a spreadsheet saved again (";" and Windows-1250, or
commas and quotes of its own) is still refused without --force, with a message that says so.
Each export is parsed back with the csv module.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

from claim_helpers import claim_journey

ENV = {"COLUMNS": "100", "NO_COLOR": "1"}

JOURNEY = claim_journey("    doing: Czeka 25 minut na konsultanta; podaje numer polisy, dwa razy\n", """\
    opportunities:
      - action: Wyjaśnić amortyzację w kosztorysie, z kwotą w złotych
        owner: Dział likwidacji szkód (Jan Kowalczyk)
        due: 2027-03-31
""")

PERSONA_EN = """\
kind: persona
id: dan-plumber
name: Dan Hughes
lang: en
summary: Self-employed plumber in Leeds who claims on his van insurance once a year.
goals:
  - Get the van back on the road within a week, without paying twice for the excess
"""

GRID = [
    ["Etap", "1. Zgłoszenie szkody na infolinii", "2. Dopłata za amortyzację", "3. Odbiór auta z warsztatu"],
    ["Punkty styku", "• infolinia", "• list polecony", "• warsztat"],
    ["Działania", "Czeka 25 minut na konsultanta; podaje numer polisy, dwa razy", "", ""],
    ["Emocje", "bardzo źle (-2)", "bardzo źle (-2)", "dobrze (+1)"],
    ["Bariery", "", "• - 35% amortyzacji części, bez wyjaśnienia", ""],
    ["Usprawnienia", "", "• Wyjaśnić amortyzację w kosztorysie, z kwotą w złotych (Dział likwidacji szkód "
                         "(Jan Kowalczyk) · do 2027-03-31)", ""],
]


def _workspace(folder: Path, render: str = "") -> Path:
    (folder / "cxkit.toml").write_text('lang = "pl"\n' + render, encoding="utf-8")
    (folder / "journeys").mkdir()
    (folder / "journeys" / "szkoda.yaml").write_text(JOURNEY, encoding="utf-8")
    (folder / "dan.yaml").write_text(PERSONA_EN, encoding="utf-8")
    return folder


def _render(folder: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["render", *args], env=ENV)
    return result.exit_code, result.stdout, result.stderr


def _rows(raw: bytes, separator: str) -> list[list[str]]:
    assert raw.startswith("\ufeff".encode())  # the byte-order mark Excel needs, whatever the separator
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=separator))


def test_a_polish_workspace_writes_semicolons_and_the_grid_parses_back_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_workspace(tmp_path, '\n[render]\ncsv-separator = ";"\n'))
    code, _, err = _render(tmp_path, "journeys/szkoda.yaml", "-o", "mapa.csv")
    assert code == 0 and err == ""
    raw = (tmp_path / "mapa.csv").read_bytes()
    assert raw.startswith('\ufeff"Etap";"1. Zgłoszenie szkody na infolinii";"2. Dopłata'.encode())
    assert b"\r\n" in raw and raw.count(b'","') == 0
    rows = _rows(raw, ";")
    # (session 40: the emotions as numbers, the journey and its persona follow the grid's rows)
    assert rows[:len(GRID)] == GRID
    assert rows[len(GRID)] == ["Emocje (od -2 do +2)", "-2", "-2", "1"]
    assert [row[0] for row in rows[len(GRID) + 1:]] == ["Ścieżka", "Persona"]

    # --csv-separator wins over the config, for one export; the previous export is replaced without --force.
    code, _, err = _render(tmp_path, "journeys/szkoda.yaml", "-o", "mapa.csv", "--csv-separator", ",")
    assert code == 0 and err == ""
    assert _rows((tmp_path / "mapa.csv").read_bytes(), ",") == rows
    code, _, err = _render(tmp_path, "journeys/szkoda.yaml", "-o", "mapa.csv", "--csv-separator", "tab")
    assert code == 0 and err == ""
    assert _rows((tmp_path / "mapa.csv").read_bytes(), "\t") == rows
    code, _, err = _render(tmp_path, "journeys/szkoda.yaml", "-o", "mapa.csv")  # back to the config's ";"
    assert code == 0 and err == "" and _rows((tmp_path / "mapa.csv").read_bytes(), ";") == rows

    # An English persona's two columns, in the same workspace, with the same separator.
    code, _, err = _render(tmp_path, "dan.yaml", "-o", "dan.csv")
    assert code == 0 and err == ""
    assert (tmp_path / "dan.csv").read_bytes().startswith('\ufeff"Persona";"Dan Hughes"\r\n"Id";"dan-plumber"\r\n'.encode())
    code, _, err = _render(tmp_path, "dan.yaml", "-o", "dan.csv", "--csv-separator", ",")
    assert code == 0 and err == ""  # cxkit's own persona CSV, in another separator: replaced


def test_a_semicolon_from_a_config_that_is_extended(tmp_path: Path) -> None:
    (tmp_path / "firma.toml").write_text('[render]\ncsv-separator = ";"\n', encoding="utf-8")
    _workspace(tmp_path, 'extend = "firma.toml"\n')
    code, out, _ = _render(tmp_path, str(tmp_path / "journeys" / "szkoda.yaml"), "-f", "csv")
    assert code == 0 and out.startswith('\ufeff"Etap";"1. ')
    shown = CliRunner().invoke(app, ["lint", "--show-settings", str(tmp_path / "journeys")], env=ENV).stdout
    assert '  [render] csv-separator = ";"\n' in shown
    data = json.loads(CliRunner().invoke(app, ["lint", "--show-settings", "-f", "json", str(tmp_path / "journeys")],
                                         env=ENV).stdout)
    assert data[0]["render"] == {"csv-separator": ";"}


# The workspace is Polish, and since session 37 so are these errors (test_polish_notes_s37 has the English ones).
@pytest.mark.parametrize(("toml", "message"), [
    ('[render]\ncsv-separator = "tab"\n',
     "cxkit.toml:3:1: zła wartość `render.csv-separator`: to ma być jeden znak: \",\" (domyślny), \";\" (dla Excela po "
     "polsku, który go oczekuje, gdy CSV otwiera się dwuklikiem) albo \"\\t\" (tabulator), a nie \"tab\" (tabulator "
     "zapisuje się jako \"\\t\")"),
    ('[render]\ncsv-separator = "|"\n', 'a nie "|"'),
    ('[render]\ncsv-separator = [";"]\n', "cxkit.toml:3:1: zła wartość `render.csv-separator`: to ma być jeden znak"),
    ('[render]\ncsv_separator = ";"\n', "cxkit.toml:3:1: nieznany klucz `render.csv_separator`; czy chodziło o `csv-separator`?"),
    ('csv-separator = ";"\n', "cxkit.toml:2:1: nieznany klucz `csv-separator`; to ustawienie polecenia render: zapisz go "
                              "w [render], np. [render] z csv-separator = ';'"),
])
def test_a_bad_separator_in_the_config_is_a_located_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          toml: str, message: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, toml))
    code, out, err = _render(tmp_path, "journeys/szkoda.yaml", "-f", "csv")
    assert code == 2 and out == ""
    assert message in err
    assert "Traceback" not in err


def test_a_bad_separator_on_the_command_line_and_one_for_another_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_workspace(tmp_path))
    code, out, err = _render(tmp_path, "journeys/szkoda.yaml", "-f", "csv", "--csv-separator", "|")
    assert code == 2 and out == ""
    # A Polish workspace: refused in Polish since session 41 (the English twin: test_polish_review_s41.py).
    assert "--csv-separator '|': przyjmuje ',' (domyślny), ';' (dla Excela po polsku) albo tab" in err
    code, out, err = _render(tmp_path, "journeys/szkoda.yaml", "-f", "html", "--csv-separator", ";")
    assert code == 0 and out.startswith("<!DOCTYPE html>")
    # A Polish workspace: said in Polish since session 40.
    assert err.splitlines()[0] == "cxkit: --csv-separator: rozdziela pola eksportu CSV; w eksporcie HTML nie ma znaczenia"


def _saved_by_excel(path: Path, separator: str, encoding: str) -> bytes:
    """``path`` as a spreadsheet saves it again: its own separator, quotes only where a field needs them."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(rows)
    raw = out.getvalue().encode(encoding)
    path.write_bytes(raw)
    return raw


def test_a_csv_export_saved_again_by_polish_excel_is_named_as_such_and_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_workspace(tmp_path))
    assert _render(tmp_path, "journeys/szkoda.yaml", "-o", "mapa.csv")[0] == 0
    saved = _saved_by_excel(tmp_path / "mapa.csv", ";", "cp1250")
    assert saved.startswith("Etap;1. Zgłoszenie szkody na infolinii;".encode("cp1250"))
    code, out, err = _render(tmp_path, "journeys/szkoda.yaml", "-o", "mapa.csv")
    assert code == 2
    # The workspace is Polish, and so is the refusal (session 38; test_polish_notes_s38 has the English one).
    assert err == ("cxkit: mapa.csv: wygląda na eksport CSV z cxkit zapisany ponownie w arkuszu kalkulacyjnym (średnik "
                   "między polami, tekst w kodowaniu Windows-1250), więc może zawierać wprowadzone tam zmiany; zapis "
                   "eksportu zastąpiłby ten plik — podaj w -o inny plik albo dodaj --force, by go zastąpić\n")
    assert (tmp_path / "mapa.csv").read_bytes() == saved  # left as it was
    assert _render(tmp_path, "journeys/szkoda.yaml", "-o", "mapa.csv", "--force")[0] == 0
    assert _rows((tmp_path / "mapa.csv").read_bytes(), ",")[0][0] == "Etap"

    # An English persona's CSV saved again in UTF-8 with commas (Google Sheets' download): said too.
    assert _render(tmp_path, "dan.yaml", "-o", "dan.csv")[0] == 0
    _saved_by_excel(tmp_path / "dan.csv", ",", "utf-8")
    code, _, err = _render(tmp_path, "dan.yaml", "-o", "dan.csv")
    assert code == 2 and "wygląda na eksport CSV z cxkit zapisany ponownie w arkuszu kalkulacyjnym (przecinek między polami)" in err

    # A research team's sheet is still "no previous cxkit export".
    (tmp_path / "badanie.csv").write_text("Persona;Segment\r\nOla;B2B\r\n", encoding="cp1250")
    code, _, err = _render(tmp_path, "journeys/szkoda.yaml", "-o", "badanie.csv")
    assert code == 2 and "badanie.csv: nie jest wcześniejszym eksportem cxkit;" in err
