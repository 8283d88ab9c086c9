"""The CSV export: a document as a table to open in Google Sheets, Excel or LibreOffice Calc.

A journey is its grid as people read it on the wall: a row per aspect (Goal, Touchpoints, Emotion,
…), a column per stage, the aspect's label (in the document's language) in the first column and
"N. stage name" in the first row. A persona or a negative persona is a table of two columns,
field and value. A cell's entries are joined by line breaks inside the cell, which spreadsheets
show as lines; a list's entries each start with "• ", as the other exports list them.

How the file is written, and why:

- UTF-8 with a byte-order mark: Excel on Windows reads a CSV without one in the system's code page
  (cp1250 in Poland), and "Wójcik" becomes "WÃ³jcik"; Google Sheets and LibreOffice read UTF-8
  either way and drop the mark.
- A comma between fields, every field quoted, rows ended by CR LF (RFC 4180). Excel set to Polish
  expects ``;`` when a CSV is opened by a double click, and shows each row in one column; a
  workspace whose readers open it so sets ``[render] csv-separator = ";"`` (or ``--csv-separator``),
  a tab is the third choice (:data:`SEPARATORS`). Data → From Text/CSV (Dane → Z pliku
  tekstowego/CSV) detects any of them. docs/render.md says so.
- A cell that a spreadsheet would run as a formula (one starting with ``=``, ``+``, ``-``, ``@``, a
  tab or a carriage return, or their full-width forms, even after blanks: a touchpoint
  ``+48 22 123 45 67``, a line pasted as ``=HYPERLINK(…)``) starts with an apostrophe, the mark spreadsheets take as "text follows", so an export shared
  with executives never runs what someone typed into a YAML file. An emotion is written word
  first, "bardzo źle (-2)", so that no cell of cxkit's own needs the mark.
- A journey's grid ends with rows a sheet made for it before had not, so that a sheet or a script
  reading the rows and columns it knows reads the same ones: each stage's emotion as a bare
  number (-2 to 2, a :class:`Number`, which a spreadsheet reads as one and can chart as the
  emotion curve), then the journey's name and its persona's name (with the id), each in the
  second column of its row, the row's other cells empty, so every row has as many fields.
"""

from __future__ import annotations

import csv
import io

from ..model import JourneyMap, NegativePersona, Persona, Stage
from . import content
from .content import Entry
from .labels import Labels, signed

#: What opens a CSV file written by cxkit: a byte-order mark (see the module's docstring).
BOM = "\ufeff"

#: The characters that may separate the fields (``[render] csv-separator``, ``--csv-separator``), each
#: with its name in messages: the comma of RFC 4180 (the default), the semicolon that Excel set to
#: Polish (and other languages that write decimals with a comma) expects on a double click, and a tab.
SEPARATORS = {",": "a comma", ";": "a semicolon", "\t": "a tab"}

#: The characters a spreadsheet takes as the start of a formula when a cell begins with one, with
#: their full-width forms (``＝1+1``), which Excel set to an East Asian language reads alike.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

#: The most characters a cell of Excel holds, counted as Excel counts them (UTF-16 code units). A
#: longer cell is cut, and ends in "…": what Excel would do with the rest is not the table's.
CELL_LIMIT = 32_767

#: Rows of a journey whose cells are lists (each entry on a line of its own, after "• ").
_TEXT_ROWS = ("goal", "doing", "thinking", "feeling")


def inert(cell: str) -> str:
    """``cell`` as a spreadsheet shows it as text: with an apostrophe before a formula's first character,
    also when blanks come first (`` =1+1``, a no-break space and then ``=``), which an import may trim."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) or cell.lstrip().startswith(FORMULA_STARTS) else cell


def within_limit(cell: str) -> str:
    """``cell``, cut to :data:`CELL_LIMIT` and ended in "…" when it is longer."""
    units = cell.encode("utf-16-le")
    if len(units) <= 2 * CELL_LIMIT:
        return cell
    return units[:2 * (CELL_LIMIT - 1)].decode("utf-16-le", errors="ignore") + "…"


def _entry(entry: Entry) -> str:
    """One entry as plain text, its lines kept (a spreadsheet shows a line break in a cell)."""
    lines = [" ".join(line.split()) for line in content.shown(entry.plain()).splitlines()]
    return "\n".join(line for line in lines if line)


def _entries(entries: list[Entry], bullets: bool = True) -> str:
    if not bullets and len(entries) == 1:
        return _entry(entries[0])
    return "\n".join(f"• {_entry(e)}" for e in entries)


def emotion(level: int | None, labels: Labels) -> str:
    """An emotion in words and as its number: "bardzo źle (-2)", "positive (+1)"."""
    if level is None:
        return labels.emotion(None)
    return f"{labels.emotion(level)} ({signed(level)})"


def _stage_cell(stage: Stage, row: str, labels: Labels) -> str:
    if row == "emotion":
        return emotion(stage.emotion, labels)
    return _entries(content.stage_entries(stage, row, labels), bullets=row not in _TEXT_ROWS)


class Number(str):
    """A cell of cxkit's own that holds a whole number (an emotion, ``-2``): written as it is, without
    the apostrophe :func:`inert` puts before a ``-``, which would make a spreadsheet read it as text."""


def _cell(cell: str) -> str:
    if isinstance(cell, Number):
        return str(cell)
    return within_limit(inert(cell.replace("\r\n", "\n").replace("\r", "\n")))


def _text(rows: list[list[str]], separator: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    for row in rows:
        writer.writerow([_cell(cell) for cell in row])
    return BOM + out.getvalue()


def journey(model: JourneyMap, stages: list[Stage], labels: Labels, separator: str = ",",
            persona_name: str | None = None) -> str:
    """A journey's grid: a row per aspect that holds something, a column per stage shown, ``separator``
    between the fields (see :data:`SEPARATORS`); then, after every row it had before, each stage's
    emotion as a number, the journey's name and its persona's (``persona_name``, else its id)."""
    numbers = {s.id: i + 1 for i, s in enumerate(model.stages)}  # places in the journey, as every view numbers them
    header = [labels["stage"]] + [f"{numbers[s.id]}. {' '.join(content.shown(str(s.name)).split())}" for s in stages]
    rows = [[labels[row]] + [_stage_cell(s, row, labels) for s in stages] for row in content.journey_rows(stages, content.CSV_ROWS)]
    if any(s.emotion is not None for s in stages):
        rows.append([labels["emotion.number"]] + [Number(s.emotion) if s.emotion is not None else "" for s in stages])
    blank = [""] * (len(stages) - 1)
    rows.append([_capital(labels["journey"]), _one_line(content.name_line(model.name)), *blank])
    persona = str(model.persona)
    if persona_name and persona_name.strip():
        persona = f"{_one_line(content.name_line(persona_name))} ({persona})"
    rows.append([labels["persona_ref"], persona, *blank])
    return _text([header, *rows], separator)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _one_line(text: str) -> str:
    return " ".join(content.shown(text).split())


def _kind(model: Persona | NegativePersona, labels: Labels) -> str:
    word = labels[model.kind]
    return word[:1].upper() + word[1:]


def persona(model: Persona | NegativePersona, labels: Labels, separator: str = ",") -> str:
    """A persona or negative persona as two columns, field and value, in the order its card reads."""
    rows: list[list[str]] = [[_kind(model, labels), content.name_line(model.name)], [labels["source.id"], str(model.id)]]
    rows.append([labels["reviewed.last"], model.reviewed.isoformat() if model.reviewed else labels["reviewed.never"]])
    if model.owner:
        rows.append([labels["owner"], " ".join(str(model.owner).split())])
    if model.status not in (None, "active"):  # a persona not in use says so, as its card does
        rows.append([labels["lifecycle"], labels["lifecycle." + model.status]])
    if model.summary:
        rows.append([labels["summary"], "\n".join(content.text_lines(model.summary))])
    if model.quote:
        rows.append([labels["quote"], "\n".join(content.text_lines(model.quote))])
    sections = content.persona_sections(model)
    negative = ("reasons", "substitutes", "purchase_triggers", "abandon_triggers")  # first, as on the card
    for name, entries in sections:
        if name in negative:
            rows.append([labels.heading(name, model), _entries(entries)])
    for key, value in content.demographic_rows(model):
        rows.append([labels[key], " ".join(value.split())])
    for name, entries in content.psychographic_sections(model):
        rows.append([labels[name], _entries(entries)])
    for name, entries in sections:
        if name not in negative:
            rows.append([labels[name], _entries(entries)])
    sources = content.source_rows(model, labels)
    if sources:
        rows.append([labels["sources"], "\n".join(_source(r, labels) for r in sources)])
    return _text(rows, separator)


def _source(row: dict[str, str], labels: Labels) -> str:
    """A source on one line: "wywiady-2026 · interview · 2026-03-02 · n=12 · note (link)"."""
    bits = [row["id"], row["type"], row["date"], f"{labels['source.n']}={row['n']}" if row["n"] else "", row["note"]]
    line = " · ".join(b for b in bits if b)
    return f"{line} ({row['link']})" if row["link"] else line
