"""`render -o x.csv` tells a CSV a spreadsheet saved again from cxkit's own by the whole file (session 37).

Session 36 refused to replace a cxkit CSV export that a spreadsheet saved again (its edits would be
lost), but told cxkit's own export by its first cells alone: `"Etap";"1. …` quoted, in any separator.
A save whose first cells still read so (LibreOffice's "quote all text cells" with rows ended by LF, a
`;` save from Excel that quoted its header row, a file whose byte-order mark a tool dropped) was taken
for cxkit's own and replaced without a word.  Now a file is cxkit's own only when it is written
throughout as cxkit writes a CSV: UTF-8 after a byte-order mark, every field quoted, one separator,
each row ended by CR LF (a file longer than the 8 KiB read may stop anywhere).  cxkit's own exports,
in every separator and longer than 8 KiB, are still replaced without --force; an Excel "Unicode text"
save (UTF-16) is named as such.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

from claim_helpers import claim_journey

ENV = {"COLUMNS": "100", "NO_COLOR": "1"}

#: The hotline stage's `doing` is a block of two lines, one with quotes: fields a CSV must quote.
JOURNEY = claim_journey("""\
    doing: |
      Czeka 25 minut na konsultanta; podaje numer polisy, dwa razy
      Pyta: "czy to już zgłoszone?"
""")

PERSONA = """\
kind: persona
id: krystyna-zolkiewska
name: Krystyna Żółkiewska
lang: pl
summary: Emerytowana księgowa z Lublina, która zgłasza szkodę z OC sprawcy pierwszy raz w życiu.
goals:
  - Odebrać auto z warsztatu przed wyjazdem do córki, bez dopłaty z własnej kieszeni
"""

# The workspace is Polish, and so is the refusal (session 38; test_polish_notes_s38 has the English one).
REFUSED = ("cxkit: {name}: wygląda na eksport CSV z cxkit zapisany ponownie w arkuszu kalkulacyjnym ({how}), więc może "
           "zawierać wprowadzone tam zmiany; zapis eksportu zastąpiłby ten plik — podaj w -o inny plik albo dodaj --force, "
           "by go zastąpić\n")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "szkoda.yaml").write_text(JOURNEY, encoding="utf-8")
    (tmp_path / "krystyna.yaml").write_text(PERSONA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _render(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["render", *args], env=ENV)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.stdout, result.stderr


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def _resave(path: Path, raw_rows: list[list[str]], *, separator: str, quote: str, end: str, mark: bool,
            encoding: str = "utf-8") -> bytes:
    """``raw_rows`` written as a spreadsheet saves them: ``quote`` "all", "header" (the first row only, then
    where a field needs it) or "needed"; rows ended by ``end``; a byte-order mark or none."""
    def field(text: str, quoted: bool) -> str:
        needs = any(ch in text for ch in (separator, '"', "\n", "\r"))
        return '"' + text.replace('"', '""') + '"' if quoted or needs else text

    lines = [separator.join(field(cell, quote == "all" or (quote == "header" and i == 0)) for cell in row)
             for i, row in enumerate(raw_rows)]
    raw = (("\ufeff" if mark else "") + end.join(lines) + end).encode(encoding)
    path.write_bytes(raw)
    return raw


@pytest.mark.parametrize(("doc", "name"), [("szkoda.yaml", "mapa.csv"), ("krystyna.yaml", "krystyna.csv")])
@pytest.mark.parametrize(("how", "separator", "quote", "end", "mark", "said"), [
    ("excel-pl-quoted-header", ";", "header", "\r\n", True, "średnik między polami"),
    ("libreoffice-quote-all-lf", ",", "all", "\n", False, "przecinek między polami"),
    ("quote-all-crlf-mark-dropped", ",", "all", "\r\n", False, "przecinek między polami"),
    ("quote-all-lf-with-mark", "\t", "all", "\n", True, "tabulator między polami"),
])
def test_a_save_whose_first_cells_look_like_cxkits_is_refused(ws, doc, name, how, separator, quote, end, mark, said):
    assert _render(doc, "-o", name)[0] == 0
    saved = _resave(ws / name, _rows(ws / name), separator=separator, quote=quote, end=end, mark=mark)
    code, out, err = _render(doc, "-o", name)
    assert (code, out) == (2, ""), how  # before: 0, the spreadsheet's file replaced without a word
    assert err == REFUSED.format(name=name, how=said), how
    assert (ws / name).read_bytes() == saved
    assert _render(doc, "-o", name, "--force")[0] == 0  # --force still replaces it


def test_an_excel_unicode_text_save_is_named_by_its_encoding(ws):
    assert _render("szkoda.yaml", "-o", "mapa.csv")[0] == 0
    rows = _rows(ws / "mapa.csv")
    saved = _resave(ws / "mapa.csv", rows, separator="\t", quote="needed", end="\r\n", mark=True, encoding="utf-16-le")
    code, _, err = _render("szkoda.yaml", "-o", "mapa.csv")
    assert code == 2
    # before: "is not a previous cxkit export", as if it were any file
    assert err == REFUSED.format(name="mapa.csv", how="tabulator między polami, tekst w kodowaniu UTF-16")
    assert (ws / "mapa.csv").read_bytes() == saved


@pytest.mark.parametrize("separator", [",", ";", "tab"])
def test_cxkits_own_exports_are_replaced_without_force(ws, separator):
    """Guards: an export of cxkit's, in each separator, a persona's and a journey's, and one longer than the
    8 KiB read, cut inside a field that holds quotes and a line break."""
    for doc, name in (("szkoda.yaml", "mapa.csv"), ("krystyna.yaml", "krystyna.csv")):
        assert _render(doc, "-o", name, "--csv-separator", separator) == (0, "", "")
        assert _render(doc, "-o", name, "--csv-separator", "," if separator != "," else ";") == (0, "", "")
    long_doing = "\n".join(f'Dzwoni po raz {n}: "gdzie jest kosztorys?"; czeka {n * 5} minut' for n in range(1, 400))
    (ws / "dluga.yaml").write_text(JOURNEY.replace(
        "    doing: |\n", "    doing: |\n" + "".join(f"      {line}\n" for line in long_doing.splitlines())),
        encoding="utf-8")
    assert _render("dluga.yaml", "-o", "dluga.csv", "--csv-separator", separator) == (0, "", "")
    size = (ws / "dluga.csv").stat().st_size
    assert size > 3 * 8192
    assert _render("dluga.yaml", "-o", "dluga.csv", "--csv-separator", separator) == (0, "", "")


def test_every_place_the_8_kib_read_may_stop_is_read_as_cxkits_own():
    """The check of a file longer than what is read, at each byte of a row that holds doubled quotes, a
    separator, a line break and CR LF: never a false refusal."""
    from cxkit.render.run import _csv_as_cxkit_writes

    text = '"Etap";"1. Zgłoszenie"\r\n"Działania";"Pyta: ""czy to już?""; czeka\n25 minut"\r\n"Emocje";"źle (-1)"\r\n'
    assert _csv_as_cxkit_writes(text, ";", cut=False)
    for end in range(1, len(text)):
        assert _csv_as_cxkit_writes(text[:end], ";", cut=True), repr(text[:end])
    assert not _csv_as_cxkit_writes(text[:40], ";", cut=False)  # a file that ends there is no whole export
    assert not _csv_as_cxkit_writes(text.replace("\r\n", "\n"), ";", cut=True)
    assert not _csv_as_cxkit_writes(text.replace('"Emocje"', "Emocje"), ";", cut=True)
    assert not _csv_as_cxkit_writes(text, ",", cut=True)


def test_a_research_teams_sheet_is_still_no_export(ws):
    (ws / "badanie.csv").write_text('"Persona";"Segment"\r\n"Ola";"B2B"\r\n', encoding="utf-8-sig")
    code, _, err = _render("szkoda.yaml", "-o", "badanie.csv")
    assert code == 2 and "badanie.csv: nie jest wcześniejszym eksportem cxkit;" in err
