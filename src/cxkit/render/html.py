"""HTML export: one self-contained, printable file.

No scripts, no external styles, fonts or images; a Content-Security-Policy
forbids the browser to fetch anything.  Every piece of document text is
escaped.  Links in ``sources`` are shown as text, never followed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from html import escape
from typing import Any, Iterable, Optional, Sequence, Tuple

from ..model import JourneyMap, NegativePersona, Persona, Stage
from . import content
from .content import PART_STAGES, Entry, OverviewRow, name_line, stage_parts  # parts: the Markdown export splits alike
from .labels import Labels, signed

#: Each level's colour: a badge's background under white text, and the curve's label on white, so
#: every one has a contrast of at least 4.5:1 with white (WCAG AA for text of any size).
EMOTION_COLOR = {-2: "#c62828", -1: "#b45300", 0: "#76761f", 1: "#2e7d32", 2: "#1b5e20"}
#: The same on a dark page (a browser set to dark): the curve's labels in these, each with a contrast of
#: at least 4.5:1 with the dark background; the badges keep their colours under white text.
EMOTION_COLOR_DARK = {-2: "#ff8a80", -1: "#ffb74d", 0: "#d6d66b", 1: "#81c784", 2: "#a5d6a7"}
_NEGATIVE = ("reasons", "substitutes", "purchase_triggers", "abandon_triggers")

CSS = """
:root { --ink:#1d232b; --muted:#5f6b7a; --line:#d5dbe3; --soft:#f4f6f9; --accent:#0f6e8c; --neg:#9c2a72;
        --bg:#fff; --warn-ink:#8a5a00; --warn-bg:#fff4d6; color-scheme: light dark; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
       color: var(--ink); background: var(--bg); overflow-wrap: break-word; }
main { max-width: 1600px; margin: 0 auto; padding: 24px 28px 40px; }
h1 { font-size: 1.7rem; margin: .2rem 0 .4rem; }
h2 { font-size: 1.35rem; margin: .1rem 0 .3rem; }
/* One document alone on a page: its name is the page's h1 and its sections h2, looking as they do on a page of many. */
article > h1 { font-size: 1.35rem; margin: .1rem 0 .3rem; }
h3, h2.sub { font-size: .82rem; text-transform: uppercase; letter-spacing: .06em; color: var(--accent); margin: 0 0 .3rem; }
section { padding-top: .8rem; }
.kind { font-size: .78rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0; }
.meta, .path { color: var(--muted); font-size: .85rem; }
.summary { max-width: 70rem; }
code, .id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; }
ul { margin: .2rem 0 .4rem; padding-left: 1.1rem; }
li { margin: .15rem 0; }
.cite { color: var(--muted); font-size: .78rem; }
.opp-meta { display: block; color: var(--muted); font-size: .8rem; }
/* An ISO date never splits at its hyphens ("due 2027-02-" over "15" reads as a month). */
.date { white-space: nowrap; }
/* Read by a screen reader, not shown: the name of the grid's corner cell, each table's caption. */
.hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%);
          white-space: nowrap; }
.partial { color: var(--warn-ink); font-size: .85rem; margin: .2rem 0; }
a.stage-link { color: inherit; text-decoration: none; }
a.stage-link:hover, a.stage-link:focus { text-decoration: underline; }
/* A journey of many stages comes in parts of a few stages each, each with its curve and its grid. */
.stage-part { margin-top: 18px; }
.stage-part > h3, .stage-part > h2.sub { margin: 0 0 .2rem; }
.lead { font-weight: 600; }
blockquote { margin: .6rem 0; padding: .4rem .9rem; border-left: 4px solid var(--accent); background: var(--soft);
             font-style: italic; }
.card { border: 1px solid var(--line); border-top: 5px solid var(--accent); border-radius: 10px; padding: 16px 20px;
        margin: 0 0 24px; break-inside: avoid; }
.card.negative { border-top-color: var(--neg); }
.card.negative h3.negative, .card.negative h2.negative { color: var(--neg); }
.card .sections { columns: 2 24rem; column-gap: 2.2rem; }
.card .sections > section { break-inside: avoid; }
.demo { border-collapse: collapse; }
.demo th { text-align: left; padding: 2px 12px 2px 0; color: var(--muted); font-weight: 600; vertical-align: top; }
.demo td { padding: 2px 0; }
table.sources, table.overview { border-collapse: collapse; width: 100%; font-size: .88rem; margin-top: .3rem; }
table.sources th, table.sources td, table.overview th, table.overview td {
  border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
/* A long word or URL wraps rather than widening the page; in these tables, which size their columns
   by content, "anywhere" also lets the column holding it be narrower than the word. */
table.sources td:last-child, table.overview th.doc, table.overview td:last-child, .demo td {
  overflow-wrap: anywhere; }
/* A row's header cell (its source id, its document) reads as the plain cell it looks like. */
table.sources tbody th, table.overview tbody th { font-weight: normal; }
table.overview a { color: var(--accent); text-decoration: none; }
table.sources td.num, table.overview td.num { text-align: right; font-variant-numeric: tabular-nums; }
/* A date never splits at its hyphens ("2026-10-" over "14"); a source id of a usual length stays
   whole where the card has room, and otherwise breaks only at its joints ("-", "_", "/"). */
table.sources td.date { white-space: nowrap; }
table.sources th.sid.whole { white-space: nowrap; }
.pair table.sources th.sid.whole { white-space: normal; }
.warning { color: var(--warn-ink); background: var(--warn-bg); padding: 4px 8px; border-radius: 6px; }
.pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 24px; align-items: start; }
.pair .card .sections { columns: 1; }
.journey-doc { margin: 0 0 40px; }
.curve { margin: 12px 0 16px; border: 1px solid var(--line); border-radius: 10px; padding: 8px 12px; overflow-x: auto; }
.curve svg { width: 100%; height: auto; display: block; min-width: var(--least-width, 0); }
.grid-wrap { overflow-x: auto; }
/* Columns share the width, yet a stage keeps 9rem: seven stages fit a 1280-pixel window; with more
   the grid scrolls in .grid-wrap. */
table.journey { border-collapse: separate; border-spacing: 0; width: 100%; table-layout: fixed; font-size: .86rem;
  min-width: calc(9.5rem + var(--stages, 1) * 9rem); }
table.journey th, table.journey td { border-right: 1px solid var(--line); border-bottom: 1px solid var(--line);
  padding: 6px 8px; vertical-align: top; min-width: 9rem; }
table.journey thead th, table.journey thead .corner { background: var(--soft); position: sticky; top: 0; text-align: left; }
table.journey thead th .id { display: block; color: var(--muted); font-weight: normal; }
table.journey tbody th { width: 9.5rem; min-width: 8rem; text-align: left; color: var(--muted); background: var(--soft); }
table.journey col.label { width: 9.5rem; }
table.journey ul { padding-left: 1rem; }
.emo { display: inline-block; max-width: 100%; padding: 1px 8px; border-radius: 999px; color: #fff; font-weight: 600; }
.emo-m2 { background: #c62828; } .emo-m1 { background: #b45300; } .emo-0 { background: #76761f; }
.emo-p1 { background: #2e7d32; } .emo-p2 { background: #1b5e20; }
hr.doc { border: 0; border-top: 2px solid var(--line); margin: 32px 0; }
footer { color: var(--muted); font-size: .78rem; margin-top: 32px; }
.table-wrap { overflow-x: auto; }
@media (max-width: 900px) { .pair { grid-template-columns: minmax(0, 1fr); } main { padding: 14px; }
  table.sources th.sid.whole { white-space: normal; }
  /* Six columns, a whole date among them, are wider than a narrow screen: the table scrolls, not the page. */
  table.sources { display: block; overflow-x: auto; } table.sources td:last-child { min-width: 12rem; } }
/* On a phone a row of the sources or the overview table is a card of its own: the id (the document)
   heads it, each other value follows its column's name, a note or a file name gets the whole width. */
@media (max-width: 640px) { .card { padding: 12px 14px; }
  table.sources, table.overview, table.sources tbody, table.overview tbody, table.sources tr, table.overview tr {
    display: block; width: 100%; }
  /* The header row is out of sight, not out of a screen reader's table: it still names each cell's
     column, so the label the card shows beside a value is left unread (its alternative text is ""). */
  table.sources thead, table.overview thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
  table.sources tr, table.overview tr { border-bottom: 1px solid var(--line); padding: 6px 0; }
  table.sources td, table.overview td, table.sources tbody th, table.overview tbody th { display: block; border: 0;
    padding: 1px 0 1px 6.5rem; position: relative; text-align: left; min-width: 0; }
  table.sources td::before, table.overview td::before { content: attr(data-label); content: attr(data-label) / "";
    position: absolute; left: 0; width: 6rem; color: var(--muted); font-size: .8rem; line-height: 1.6;
    overflow-wrap: anywhere; }
  table.sources td.num, table.overview td.num { text-align: left; }
  table.sources td:empty, table.overview td.none { display: none; }
  table.sources th.sid, table.overview th.doc { padding-left: 0; } table.sources th.sid { font-weight: 600; }
  table.sources td.note, table.overview td.file { padding-left: 0; }
  table.sources td.note::before, table.overview td.file::before { position: static; display: block; width: auto; }
  /* A journey's grid scrolls sideways under narrower row names that stay at the left edge: the
     reader always sees which row a cell is in, and more of the stage beside it. */
  table.journey { min-width: calc(var(--row-names, 7.5rem) + var(--stages, 1) * 11rem); }
  table.journey col.label, table.journey tbody th { width: var(--row-names, 7.5rem); min-width: var(--row-names, 7.5rem); }
  table.journey tbody th, table.journey thead .corner { position: sticky; left: 0; z-index: 1; }
  table.journey thead .corner { z-index: 2; } }
/* Printing: landscape, on whatever paper the reader picks (A4, A3, Letter). A journey of many stages
   is in parts of a few stages each, each part with its curve and its row names, so no table is
   squeezed until its columns break words letter by letter. */
@media print {
  :root { color-scheme: light; }
  @page { size: landscape; margin: 10mm; }
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  .grid-wrap, .curve { overflow: visible; }
  .curve svg { min-width: 0; }
  /* The grid in points as the body is: its .86rem printed 10.3pt, and seven Polish columns on A4
     broke words ("Doświadczeni" over "e po zakupie"). */
  table.journey { min-width: 0; font-size: 8.5pt; }
  table.journey th, table.journey td { min-width: 0; padding: 4px 6px; }
  table.journey .opp-meta, table.journey .cite { font-size: 8pt; }
  /* Browsers leave out background colours in print: the emotion pills keep theirs. */
  .emo { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  table.journey thead th, table.journey thead .corner { position: static; }
  .curve, table.journey tr { break-inside: avoid; }
  .journey-doc, .card { break-after: auto; }
  a { color: inherit; text-decoration: none; }
  .stage-part > h3, .stage-part > h2.sub { break-after: avoid; }
  /* A card longer than what is left of a page breaks between its sections (kept whole), not before
     it: a card kept whole left a page with the title alone, and one with the card's last line. */
  .card { break-inside: auto; }
  h1, .kind { break-after: avoid; }
  .card > .meta { break-before: avoid; }
  /* A journey's file is named in its header line on paper, not under its grid: Chromium does not keep
     a line after a table with it, and a grid that filled its last page left a page of the path alone. */
  .journey-doc > .path { display: none; }
  .journey-doc > .meta > .print-path::after { content: " · " attr(data-path); }
  /* A persona beside its negative persona, as on a wide screen, on any paper: the point of the pair. */
  .pair { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 5mm; }
  /* Paper does not scroll: a sources table wider than its card wraps its notes instead. */
  table.sources { display: table; overflow: visible; } table.sources td:last-child { min-width: 0; }
  .pair table.sources td:last-child { overflow-wrap: break-word; min-width: 7em; }
  .pair table.sources th, .pair table.sources td { padding: 3px 4px; }
  /* A folder's documents each begin a page; the rule between them is for the screen. */
  main > article { break-before: page; }
  hr.doc { display: none; }
  /* Portrait paper (a browser's default; Safari's always) leaves a stage about 80 pixels: the row
     names take less, a word breaks at a syllable in the page's language (its lang) only where it is
     wider than its cell, and an emotion's pill breaks between its words, never inside one. (Print
     media queries cannot tell portrait from landscape: browsers test them against the default paper.) */
  table.journey col.label, table.journey tbody th { width: 6.5rem; min-width: 0; }
  /* The grid's type shrinks with the room a stage has on the paper (down to 7pt), so a long word
     ("wynagrodzenia") fits a stage's column: a query on the grid's box, which knows the paper. */
  .grid-wrap { container-type: inline-size; }
  table.journey { font-size: clamp(7pt, (100cqi - 6.5rem) / var(--stages, 1) / 9, 8.5pt); }
  table.journey td, table.journey th, .card { hyphens: auto; -webkit-hyphens: auto; }
  .emo { overflow-wrap: normal; hyphens: manual; -webkit-hyphens: manual; }
  /* A handout has no use for a stage's id (its link is the screen's): its number and name head it. */
  table.journey thead th .id { display: none; }
}
"""

#: A browser set to dark gets a dark page: every text colour keeps a contrast of at least 4.5:1 with
#: its background there too. Screens only: a printout stays black on white. The curve's drawing
#: names its colours in attributes (for a viewer that shows the SVG alone), which these rules override.
DARK_CSS = """
@media screen and (prefers-color-scheme: dark) {
  :root { --ink:#e6e9ee; --muted:#a7b1be; --line:#3a434f; --soft:#1f252d; --accent:#6cc9e8; --neg:#f08bc8;
          --bg:#14181d; --warn-ink:#f2c46d; --warn-bg:#3a2e12; }
  .curve line[stroke="#c9d1db"] { stroke: #4a5562; }
  .curve line[stroke="#8a96a6"] { stroke: #7d8896; }
  .curve text[fill="#5f6b7a"] { fill: var(--muted); }
  .curve text[fill="#1d232b"] { fill: var(--ink); }
  .curve path[stroke="#0f6e8c"] { stroke: var(--accent); }
  .curve circle { stroke: var(--bg); }
""" + "".join(f'  .curve text[fill="{EMOTION_COLOR[level]}"] {{ fill: {EMOTION_COLOR_DARK[level]}; }}\n'
              for level in sorted(EMOTION_COLOR)) + "}\n"

#: Windows' contrast themes (forced colours) replace the page's colours with the theme's, but not an
#: SVG's: the curve's words and lines take the theme's text colour as the page's text does, and an
#: emotion's pill, whose background the theme removes, keeps its outline.
FORCED_COLORS_CSS = """
@media (forced-colors: active) {
  .curve text[fill] { fill: CanvasText; }
  .curve line[stroke], .curve path[stroke] { stroke: CanvasText; }
  .curve circle { stroke: Canvas; }
  .emo { border: 1px solid CanvasText; }
}
"""

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def esc(text: str) -> str:
    # A pasted separator (or NEL) as an ordinary line feed, which in HTML reads as a space.
    return escape(content.shown(text), quote=True)


#: An ISO date (2027-02-15) standing on its own in text, as escaped HTML holds it.
_DATE = re.compile(r"(?<![\w-])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![\w-])")


def dated(html: str) -> str:
    """Escaped ``html`` with each ISO date in a ``<span class="date">``, which never breaks: a
    browser folds a line at a hyphen, and "due 2027-02-" over "15" reads as a month."""
    return _DATE.sub(r'<span class="date">\g<0></span>', html)


def text_html(text: str) -> str:
    """``text`` escaped, each web address in it with a ``<wbr>`` after its joints (``/``, ``?``,
    ``&``, ``#``, ``=``, and a ``.`` of its host; the scheme stays with the host) and around each
    percent-escaped character (``%C5%BC``), so that a browser folds an address too long for its
    cell or card where a reader sees them, not mid-word (``operator.p`` over ``l/…``) nor inside an
    escape. A ``<wbr>`` is no character: the address reads, copies and searches the same."""
    out, pos = [], 0
    for match in content.URL.finditer(text):
        url = match.group(0)
        cuts = content.url_cuts(url, "/?&#=", host_dots=True)
        out.append(dated(esc(text[pos:match.start()])))
        out.append("<wbr>".join(esc(url[a:b]) for a, b in zip([0, *cuts], [*cuts, len(url)])))
        pos = match.end()
    out.append(dated(esc(text[pos:])))
    return "".join(out)


def _flow(text: str) -> str:
    """A summary, a quote or a goal as one paragraph; its author's lines (a ``|`` block's: one
    interview turn per line) end with ``<br>``, as the terminal and the Markdown export keep them, and
    a line after the first keeps its indentation (a nested point), as a trait's does."""
    return _lines(text)


def _lines(text: str) -> str:
    """A trait, a cell or a value with its author's line breaks kept as ``<br>``, as Markdown keeps them.

    The lines are :func:`content.paragraph_lines`' (the Markdown export's too): a paragraph break is
    ``<br><br>``, and a line after the first keeps its indentation as no-break spaces; each line is
    escaped on its own, so nothing but the ``<br>`` and the ``&nbsp;`` is markup.
    """
    return "<br>".join(content.paragraph_lines(text, text_html, "&nbsp;"))


def _emo_class(level: int) -> str:
    return "emo-" + ("0" if level == 0 else ("p" if level > 0 else "m") + str(abs(level)))


def _entry(entry: Entry) -> str:
    out = ""
    if entry.lead:
        # A channel may be an address (www.orange.pl): it folds at its joints as one in the text does.
        out += f'<span class="lead">{text_html(entry.lead)}</span>' + (": " if entry.text else "")
    out += _lines(entry.text)
    if entry.sources:
        out += f' <span class="cite">[{esc(", ".join(entry.sources))}]</span>'
    if entry.meta:
        out += f'<span class="opp-meta">{dated(esc(entry.meta))}</span>'
    return out


def _list(entries: list[Entry]) -> str:
    return "<ul>" + "".join(f"<li>{_entry(e)}</li>" for e in entries) + "</ul>"


def _section(title: str, body: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<section><h3{attr}>{esc(title)}</h3>{body}</section>"


#: A source id up to this long stays on one line in a card's sources table on a wide screen.
WHOLE_ID = 32


def _id_class(ident: str) -> str:
    return "sid whole" if len(ident) <= WHOLE_ID else "sid"


def _sources(model: object, labels: Labels, *, warn_when_empty: bool = True) -> str:
    rows = content.source_rows(model, labels)
    if not rows and not warn_when_empty:
        return ""
    if not rows:
        return _section(labels["sources"], f'<p class="warning">{esc(labels["no_sources"])}</p>')
    keys = ("source.id", "source.type", "source.date", "source.n", "cited_by", "source.note")
    head = _head(labels[k] for k in keys)
    # Each cell names its column (data-label): on a phone a row is a card, the names beside the values.
    name = {k: esc(labels[k]) for k in keys}
    body = []
    for r in rows:
        note = text_html(r["note"])
        if r["link"]:
            note += f' <span class="path">({text_html(r["link"])})</span>'
        body.append(
            f'<tr role="row"><th role="rowheader" scope="row" class="{_id_class(r["id"])}"><code>{esc(r["id"])}</code></th>'
            f'<td role="cell" data-label="{name["source.type"]}">{esc(r["type"])}</td>'
            f'<td role="cell" class="date" data-label="{name["source.date"]}">{esc(r["date"])}</td>'
            f'<td role="cell" class="num" data-label="{name["source.n"]}">{esc(r["n"])}</td>'
            f'<td role="cell" class="num" data-label="{name["cited_by"]}">{esc(r["cited"])}</td>'
            f'<td role="cell" class="note" data-label="{name["source.note"]}">{note}</td></tr>'
        )
    rows_html = "\n".join(body)
    caption = _caption(f"{labels['sources']}: {name_line(getattr(model, 'name', ''))}")
    return _section(labels["sources"], f'<table role="table" class="sources">{caption}{head}\n'
                                       f'<tbody role="rowgroup">\n{rows_html}\n</tbody></table>')


def _caption(text: str) -> str:
    """A table's name, read by a screen reader when it comes to the table ("Sources: Anna, table with
    3 rows"), not shown: the heading above the table says the same to the eye."""
    return f'<caption class="hidden">{esc(text)}</caption>'


def _head(names: Iterable[str]) -> str:
    """A card table's header row, each ``<th scope="col">``, with the roles a table's parts have.

    On a phone the sources and the overview are laid out as cards (``display: block``), and some
    browsers (Safari's VoiceOver) then no longer read them as a table: the explicit roles keep a
    table, its rows, column headers and cells for a screen reader whatever the layout. The header
    row is hidden from sight there, not from a screen reader, which still names each value's column
    (the card shows the same name beside it, from the cell's ``data-label``).
    """
    cells = "".join(f'<th role="columnheader" scope="col">{esc(name)}</th>' for name in names)
    return f'<thead role="rowgroup"><tr role="row">{cells}</tr></thead>'


#: A document's anchors on a page: its own ``id``, and the bare document id when that is kept too.
Anchor = Tuple[str, Optional[str]]


def anchors(docs: Sequence[Any]) -> list[Anchor]:
    """Anchors for documents (anything with ``kind`` and ``id``) in page order, unique on the page.

    A document's own anchor is its kind and id (``persona-joanna``, ``journey-zakup``), so a
    persona and a journey that share an id never share an anchor; a second document of one kind
    with the same id (another file) gets ``-2``, a third ``-3``, in page order.  The bare id — the
    anchor exports had before — stays as a second target wherever no other document on the page
    claims it, so links already made to it keep working.
    """
    own = [f"{d.kind}-{d.id}" for d in docs]
    taken = set(own)
    out: list[str] = []
    for anchor in own:
        if anchor in out:
            number = 2
            while f"{anchor}-{number}" in taken:
                number += 1
            anchor = f"{anchor}-{number}"
            taken.add(anchor)
        out.append(anchor)
    ids = Counter(d.id for d in docs)
    return [(anchor, d.id if ids[d.id] == 1 and d.id not in taken else None) for anchor, d in zip(out, docs)]


def _own_anchor(kind: str, ident: str) -> str:
    """A document's anchor on a page of its own (``journey-zakup``); :func:`anchors` on a page of many."""
    return f"{kind}-{ident}"


def stage_anchors(docs: Sequence[Any], doc_anchors: Sequence[Anchor]) -> list[dict[str, str]]:
    """Each document's stage anchors (a stage's id → its anchor; none for a persona), unique on the page.

    A stage's anchor is its journey's anchor and its id (:func:`stage_anchor`), which another
    document's anchor can be: journeys ``zakup`` (stage ``platnosc``) and ``zakup-stage-platnosc``
    would both be ``journey-zakup-stage-platnosc``, and so can two stages of two journeys
    (``zakup`` with ``a-stage-b``, ``zakup-stage-a`` with ``b``). A document's anchors come first
    and never change, as the overview links to them; then the first stage, in page order, keeps an
    anchor met twice, and a stage whose anchor was taken gets ``-2`` (``-3``…): the first number no
    anchor on the page has, nor the plain anchor of another stage, so no other anchor changes.
    """
    plain = [[(stage.id, stage_anchor(own, stage)) for stage in getattr(doc, "stages", ())]
             for doc, (own, _alias) in zip(docs, doc_anchors)]
    documents = {own for own, _alias in doc_anchors} | {alias for _own, alias in doc_anchors if alias}
    taken = documents | {anchor for stages in plain for _id, anchor in stages}
    given: set[str] = set()
    out: list[dict[str, str]] = []
    for stages in plain:
        mine: dict[str, str] = {}
        for ident, anchor in stages:
            if anchor in documents or anchor in given:
                number = 2
                while f"{anchor}-{number}" in taken:
                    number += 1
                anchor = f"{anchor}-{number}"
                taken.add(anchor)
            given.add(anchor)
            mine[ident] = anchor
        out.append(mine)
    return out


def _article(cls: str, kind: str, ident: str, anchor: Anchor | None, lang: str, page_lang: str | None) -> str:
    """An article's opening tag with its anchor; the bare id, when kept, as an empty target inside.

    A document in another language than the page's (a Polish persona in an English folder's
    export) says so with its own ``lang``, so that screen readers, hyphenation and spell checks
    read it as what it is.
    """
    own, alias = anchor if anchor is not None else (_own_anchor(kind, ident), ident)
    inner = f'<span id="{esc(alias)}"></span>' if alias else ""
    own_lang = f' lang="{esc(lang)}"' if page_lang is not None and lang != page_lang else ""
    return f'<article class="{cls}" id="{esc(own)}"{own_lang}>{inner}'


def persona(model: Persona | NegativePersona, labels: Labels, path: str = "", anchor: Anchor | None = None,
            page_lang: str | None = None) -> str:
    """A persona card; a negative persona's reasons come first. ``page_lang``: the language of the
    page it goes on, when that may differ from the card's."""
    negative = isinstance(model, NegativePersona)
    parts = [_article(f'card {"negative" if negative else "persona"}', model.kind, model.id, anchor,
                      labels.lang, page_lang),
             f'<p class="kind">{esc(labels[model.kind])} · <span class="id">{esc(model.id)}</span></p>',
             f"<h2>{esc(name_line(model.name))}</h2>"]
    if model.summary:
        parts.append(f'<p class="summary">{_flow(model.summary)}</p>')
    if model.quote:
        parts.append(f"<blockquote>{_flow(model.quote)}</blockquote>")
    sections = []
    for name, entries in content.persona_sections(model):
        if name in _NEGATIVE:
            sections.append(_section(labels.heading(name, model), _list(entries), "negative"))
    demo = content.demographic_rows(model)
    if demo:
        # Each field's name heads its row, so a screen reader says "Wiek: 34", not "34" alone.
        rows = "".join(f'<tr><th scope="row">{esc(labels[k])}</th><td>{_lines(v)}</td></tr>' for k, v in demo)
        caption = _caption(f"{labels['demographics']}: {name_line(model.name)}")
        sections.append(_section(labels["demographics"], f'<table class="demo">{caption}{rows}</table>'))
    for name, entries in content.psychographic_sections(model):
        sections.append(_section(f"{labels['psychographics']}: {labels[name]}", _list(entries)))
    for name, entries in content.persona_sections(model):
        if name not in _NEGATIVE:
            sections.append(_section(labels[name], _list(entries)))
    parts.append(f'<div class="sections">{"".join(sections)}</div>')
    parts.append(_sources(model, labels))
    meta = [f"{labels['reviewed.last']}: {model.reviewed.isoformat() if model.reviewed else labels['reviewed.never']}"]
    if model.owner:
        meta.append(f"{labels['owner']}: {model.owner}")
    if (lifecycle := content.lifecycle_line(model, labels)) is not None:  # "Status: wycofana": not in use
        meta.append(lifecycle)
    if path:
        meta.append(path)
    parts.append(f'<p class="meta">{dated(esc(" · ".join(meta)))}</p>')
    parts.append("</article>")
    return "\n".join(parts)


# Advance widths, in SVG units, of 12-unit bold text in a wide sans-serif (DejaVu Sans Bold, which
# is wider than most system fonts): a curve's label is wrapped to its stage's slot by these estimates,
# as no font metrics are at hand when the page is written.
_NARROW = set("iljI.,:;'|!`")
_SLIM = set("ftr()[]{}- /\\\"")
_WIDE = set("mwMW@%&…")


def _char_width(char: str) -> float:
    """An estimate, on the high side, of how wide ``char`` is drawn at 12 units, weight 600."""
    if char in _NARROW:
        return 4.4
    if char in _SLIM:
        return 5.9
    if char in _WIDE:
        return 12.6
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 12.6
    if char.isupper():
        return 9.6
    return 8.0


def _label_width(text: str) -> float:
    """An estimate, on the high side, of how wide ``text`` is drawn at 12 units, weight 600."""
    return sum(_char_width(char) for char in text)


def _curve_label(stages: list[Stage], labels: Labels, numbers: dict[str, int]) -> str:
    """The curve's accessible name: its title and each stage's value, which a screen reader cannot
    see in the drawing ("Emotion curve: 1. Apply: -1 bad; 2. Wait: no emotion recorded")."""
    values = [f"{numbers[s.id]}. {name_line(s.name)}: "
              + (labels.emotion(None) if s.emotion is None else f"{signed(s.emotion)} {labels.emotion(s.emotion)}")
              for s in stages]
    return f"{labels['curve']}: " + "; ".join(values)


def curve_svg(stages: list[Stage], labels: Labels, numbers: dict[str, int], *, names: str = "auto") -> str:
    """The emotion curve as inline SVG: levels -2..+2, one point per stage, gaps where unknown.

    Stage names are wrapped under their points, never cut (on paper there is no hover to show the
    rest), or listed in a numbered legend under the chart when one would need more than three
    lines (see :func:`svg.draw`, which also draws the ``-o curve.svg`` file); ``names="numbers"``
    numbers the points only, for the curve of a whole journey over its parts, which name them. The
    drawing is never shrunk below three quarters of its size, so with many stages it scrolls
    instead of getting unreadable. Between two stages that are not neighbours in the journey
    (``--stage 12,22``) the line stops, and a dashed mark says which stages are left out there.
    One element a line, so a changed stage is a few changed lines.
    """
    from .svg import draw

    return draw(stages, labels, numbers, names=names)


def _cell(stage: Stage, row: str, labels: Labels) -> str:
    if row == "emotion":
        if stage.emotion is None:
            return f'<span class="meta">{esc(labels.emotion(None))}</span>'
        return f'<span class="emo {_emo_class(stage.emotion)}">{esc(signed(stage.emotion))} {esc(labels.emotion(stage.emotion))}</span>'
    entries = content.stage_entries(stage, row, labels)
    if not entries:
        return ""
    if len(entries) == 1 and row in ("goal", "doing", "thinking", "feeling"):
        return _entry(entries[0])
    return _list(entries)


# On a phone a journey's row names take 7.5rem, or what the longest word among them needs: a row
# name wraps between its words ("Punkty styku"), never inside one ("Usprawnieni" over "a").
_PHONE_ROW_NAMES = 7.5  # rem
_ROW_NAME_FONT = 0.86  # rem: the grid's font size (table.journey); row names are bold
_ROW_NAME_BOX = 17 / 16  # rem: the cell's padding (8 px each side) and its right border (1 px)
_ROW_NAME_MARGIN = 1.1  # the width estimates are near a wide font's (DejaVu Sans Bold), not above all fonts


def _row_names_width(rows: Sequence[str], labels: Labels) -> str:
    """``; --row-names: <width>rem`` for a journey grid whose row names' longest word is wider than
    the phone's 7.5rem column leaves room for, else nothing (the stylesheet's 7.5rem holds)."""
    words = [word for row in rows for word in labels[row].split()]
    if not words:
        return ""
    word_em = max(_label_width(word) for word in words) / 12
    needed = word_em * _ROW_NAME_FONT * _ROW_NAME_MARGIN + _ROW_NAME_BOX
    if needed <= _PHONE_ROW_NAMES:
        return ""
    # Rounded up to a twentieth of a rem; never wider than a wide screen's 9.5rem.
    return f"; --row-names: {min(9.5, math.ceil(needed * 20) / 20):g}rem"


def stage_anchor(own: str, stage: Stage) -> str:
    """A stage's anchor on the page: its journey's anchor and its id (``journey-zakup-stage-platnosc``)."""
    return f"{own}-stage-{stage.id}"


def _grid(stages: list[Stage], rows: list[str], labels: Labels, numbers: dict[str, int], targets: dict[str, str],
          *, row_names: str, caption: str) -> str:
    """The stages as a table, one row and one cell a line, so that a change to one stage is a few
    short lines in a committed export. Each stage's head is its anchor (``targets``: a stage's id →
    its anchor), its number a link to it; ``row_names``: the style's ``--row-names`` part, if any;
    ``caption``: the table's name for a screen reader (its journey's name, the part's stages)."""
    lines = [f'<table class="journey" style="--stages: {len(stages)}{row_names}">{_caption(caption)}',
             f'<colgroup><col class="label">{"<col>" * len(stages)}</colgroup>',
             # The corner is no header (the WAI pattern of a table with two headers): as a `th` in
             # `thead` it was read as the column header of the row names ("Stage, Goal").
             f'<thead><tr><td class="corner"><span class="hidden">{esc(labels["stage"])}</span></td>']
    for s in stages:
        target = targets[s.id]
        where = f' id="{esc(target)}"'
        # The name keeps its author's line breaks, as the cells below it do (and the Markdown header).
        # The link's name says where it leads (a links list read "1.", "2.", …), and the id, shown
        # for the eye, is not read again with the column's name at every cell.
        link_name = f'{labels["stage_link"]}: {numbers[s.id]}. {name_line(s.name)}'
        lines.append(f'<th scope="col"{where}><a class="stage-link" href="#{esc(target)}" '
                     f'title="{esc(labels["stage_link"])}" aria-label="{esc(link_name)}">{numbers[s.id]}.</a> '
                     f'{_lines(s.name)}<span class="id" aria-hidden="true">{esc(s.id)}</span></th>')
    lines.append("</tr></thead>")
    lines.append("<tbody>")
    for row in rows:
        lines.append(f'<tr><th scope="row">{esc(labels[row])}</th>')
        lines.extend(f"<td>{_cell(s, row, labels)}</td>" for s in stages)
        lines.append("</tr>")
    if not rows:  # stages with only an id and a name: say so, as the terminal does, not an empty body
        # The row is headed as every row is, for a screen reader; like the corner cell, it shows nothing.
        lines.append(f'<tr><th scope="row"><span class="hidden">{esc(labels["stage_contents"])}</span></th>')
        lines.extend(f'<td><span class="meta">{esc(labels["stage_empty"])}</span></td>' for _ in stages)
        lines.append("</tr>")
    lines.append("</tbody></table>")
    return "\n".join(lines)


def _printed_path(path: str) -> str:
    """An empty span that names a journey's file at the end of its header line on paper, where the
    print styles write it (the path under the grid is the screen's), or "" without a path."""
    return f'<span class="print-path" data-path="{esc(path)}"></span>' if path else ""


def journey(model: JourneyMap, stages: list[Stage], labels: Labels, persona_name: str | None = None, path: str = "",
            anchor: Anchor | None = None, page_lang: str | None = None,
            stage_targets: dict[str, str] | None = None) -> str:
    """A journey map: header, SVG emotion curve, and the stages as a grid (``page_lang`` as for :func:`persona`;
    ``stage_targets``: its stages' anchors on a page of many, from :func:`stage_anchors`).

    A journey of more than :data:`PART_STAGES` stages comes in parts of a few stages each (see
    :func:`stage_parts`), each titled "Stages 1–5 of 25" over its own curve and grid: one grid of
    25 stages scrolled sideways on a screen, and printed it was squeezed into the page's width,
    its words broken letter by letter, one row a page.
    """
    numbers = {s.id: i + 1 for i, s in enumerate(model.stages)}
    own = anchor[0] if anchor is not None else _own_anchor(model.kind, model.id)
    targets = stage_targets or {s.id: stage_anchor(own, s) for s in model.stages}
    who = f"{name_line(persona_name)} ({model.persona})" if persona_name else model.persona
    meta = [f"{labels['persona_ref']}: {who}",
            f"{labels['reviewed.last']}: {model.reviewed.isoformat() if model.reviewed else labels['reviewed.never']}"]
    if model.other_personas:  # the rest of a buying committee, by id
        meta.insert(1, f"{labels['other_personas']}: {', '.join(model.other_personas)}")
    if model.owner:
        meta.append(f"{labels['owner']}: {model.owner}")
    if (lifecycle := content.lifecycle_line(model, labels)) is not None:  # "Status: wycofana": not in use
        meta.append(lifecycle)
    parts = [_article("journey-doc", model.kind, model.id, anchor, labels.lang, page_lang),
             f'<p class="kind">{esc(labels["journey"])} · <span class="id">{esc(model.id)}</span></p>',
             f"<h2>{esc(name_line(model.name))}</h2>",
             f'<p class="meta">{dated(esc(" · ".join(meta)))}{_printed_path(path)}</p>']
    partial = content.partial_line(model, stages, labels)
    if partial is not None:  # a few stages must not pass for the whole map
        parts.append(f'<p class="partial">{esc(partial)}</p>')
    if model.goal:
        parts.append(f'<p class="summary"><strong>{esc(labels["goal"])}:</strong> {_flow(model.goal)}</p>')
    if model.summary:
        parts.append(f'<p class="summary">{_flow(model.summary)}</p>')
    chunks = stage_parts(len(stages))
    # The curve and the grid each under a heading of their own, as a persona's sections are: a screen
    # reader's user moves by headings, and below the journey's name there was none to move to.
    if len(chunks) > 1 and any(s.emotion is not None for s in stages):
        # The whole journey's curve over its parts: a dip across two parts shows as one line.
        parts.append(f"<h3>{esc(labels['curve'])}</h3>")
        parts.append(f'<figure class="curve whole">\n{curve_svg(stages, labels, numbers, names="numbers")}\n</figure>')
    elif len(chunks) == 1 and any(s.emotion is not None for s in stages):
        parts.append(f"<h3>{esc(labels['curve'])}</h3>")
    # Every part has the journey's rows, so that its pages read alike (a row empty in a part stays).
    shown_rows = content.journey_rows(stages)
    row_names = _row_names_width(shown_rows, labels)
    for chunk in chunks:
        part = [stages[i] for i in chunk]
        caption = f"{labels['stages']}: {name_line(model.name)}"
        if len(chunks) > 1:
            title = content.stages_label(model, part, labels, "part")
            parts.append(f'<section class="stage-part">\n<h3>{esc(title)}</h3>')
            caption = f"{title}: {name_line(model.name)}"
        if any(s.emotion is not None for s in part):
            parts.append(f'<figure class="curve">\n{curve_svg(part, labels, numbers)}\n</figure>')
        if len(chunks) == 1:  # a journey in parts has each part's title (h3) over its grid
            parts.append(f"<h3>{esc(labels['stages'])}</h3>")
        grid = _grid(part, shown_rows, labels, numbers, targets, row_names=row_names, caption=caption)
        parts.append(f'<div class="grid-wrap">\n{grid}\n</div>')
        if len(chunks) > 1:
            parts.append("</section>")
    sources = _sources(model, labels, warn_when_empty=False)
    if sources:
        parts.append(sources)
    if path:
        parts.append(f'<p class="path">{esc(path)}</p>')
    parts.append("</article>")
    return "\n".join(parts)


#: A heading of a document's own (its name h2, its sections h3), as written for a page of many, with
#: whatever attributes its opening tag has (what a document says is escaped: no tag of its own).
_DOC_HEADING = re.compile(r"<(/?)h([23])(\s[^<>]*)?>")
#: The class attribute of an opening tag's attributes (` id="cele" class="negative"`).
_CLASS = re.compile(r'(\sclass=")([^"]*)"')


def _one_up(match: re.Match[str]) -> str:
    closing, level, attributes = match.group(1), int(match.group(2)), match.group(3) or ""
    if closing:
        return f"</h{level - 1}>"
    if level == 3:  # a section: styled as on a page of many, by the class "sub"
        cls = _CLASS.search(attributes)
        if cls is None:
            attributes += ' class="sub"'
        else:
            classes = " ".join(filter(None, ["sub", cls.group(2)]))
            attributes = f'{attributes[:cls.start()]}{cls.group(1)}{classes}"{attributes[cls.end():]}'
    return f"<h{level - 1}{attributes}>"  # the name: styled as the article's h1


def page(body: str, labels: Labels, title: str, *, single: bool = False) -> str:
    """A complete HTML document around ``body``.

    ``single``: ``body`` is one persona or journey, whose name then heads the page as its h1 and
    whose sections are h2 — a screen reader's user goes to the h1 first — looking as on a page of many.
    """
    if single:
        body = _DOC_HEADING.sub(_one_up, body)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(labels.lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        '<meta name="generator" content="cxkit render">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}{DARK_CSS}{FORCED_COLORS_CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def titled_page(body: str, labels: Labels, title: str, name: str) -> str:
    """One document under a title of the team's (`--title "Northwest Power"`: a handout for a client): the title
    is the page's h1 and the document's name its h2, as on a page of many; the tab reads the title and the name."""
    return page(f"<h1>{esc(title)}</h1>\n{body}", labels, f"{title}: {name}")


def against_page(persona_model: Persona, persona_labels: Labels, persona_path: str,
                 negative: NegativePersona, negative_labels: Labels, negative_path: str) -> str:
    """A persona and a negative persona side by side (one under the other on narrow screens)."""
    title = f"{persona_labels['against']}: {name_line(persona_model.name)} / {name_line(negative.name)}"
    first, second = anchors([persona_model, negative])
    body = (f"<h1>{esc(title)}</h1>\n<div class=\"pair\">\n"
            f"{persona(persona_model, persona_labels, persona_path, first, page_lang=persona_labels.lang)}\n"
            f"{persona(negative, negative_labels, negative_path, second, page_lang=persona_labels.lang)}\n</div>")
    return page(body, persona_labels, title)


def _count(value: int | None, label: str) -> str:
    """A count's cell; one that does not apply (a persona's stages) is marked so a phone can leave it out."""
    cls = "num none" if value is None else "num"
    return f'<td role="cell" class="{cls}" data-label="{esc(label)}">{"–" if value is None else value}</td>'


def _broken_list(broken: Sequence[Any], labels: Labels) -> str:
    """A folder's files that could not be read: a heading, then ``path:line:col`` and why, one item each."""
    from ..visible import visible_line

    if not broken:
        return ""
    items = "".join(f'<li><code>{esc(f"{b.path}:{b.line}:{b.column}")}</code> '
                    f'{esc(f"{b.code} {visible_line(b.message)}")}</li>' for b in broken)
    heading = esc(labels["broken"].format(count=len(broken)))
    return f'\n<h2 class="warning">{heading}</h2>\n<ul class="broken">{items}</ul>'


def overview_page(rows: list[OverviewRow], labels: Labels, title: str, parts: list[str], path: str = "",
                  broken: Sequence[Any] = ()) -> str:
    """A folder: an overview table linking to every document below it, then the files that could not be read."""
    if not rows and broken:
        return page(f"<h1>{esc(title)}</h1>{_broken_list(broken, labels)}", labels, title)
    if not rows:
        return page(f"<h1>{esc(title)}</h1><p>{esc(labels['empty'].format(path=path or title))}</p>", labels, title)
    keys = ("document", "kind", "traits", "sources", "stages", "opportunities", "reviewed", "file")
    head = _head(labels[k] for k in keys)
    # Each cell names its column (data-label): on a phone a row is a card, the names beside the values.
    name = {k: esc(labels[k]) for k in keys}
    body = []
    for r, (anchor, _alias) in zip(rows, anchors(rows)):
        # The arrow is for the eye; a screen reader, which read it as "right arrow", hears "Persona:".
        persona_line = (f'<br><span class="meta"><span aria-hidden="true">→</span>'
                        f'<span class="hidden">{esc(labels["persona_ref"])}:</span> {esc(name_line(r.persona))}</span>'
                        if r.persona else "")
        # A name in another language than the page's is read (aloud, hyphenated) in its own; so are
        # the row's kind and "never reviewed", which are in the document's language too.
        own = labels.own(r.lang)
        own_lang = f' lang="{esc(own.lang)}"' if own.lang != labels.lang else ""
        reviewed = (dated(esc(r.reviewed.isoformat())) if r.reviewed
                    else f'<span class="warning"{own_lang}>{esc(own["not_reviewed"])}</span>')
        kind = f"<span{own_lang}>{esc(own[r.kind])}</span>" if own_lang else esc(own[r.kind])
        if r.status:  # retired or a draft: said in its row, as on its card (content.lifecycle_line)
            kind += f'<br><span class="warning"{own_lang}>{esc(own["lifecycle." + r.status])}</span>'
        body.append(
            f'<tr role="row"><th role="rowheader" scope="row" class="doc"{own_lang}><a href="#{esc(anchor)}">'
            f'<strong>{esc(name_line(r.name))}</strong></a><br><code>{esc(r.id)}</code>{persona_line}</th>'
            f'<td role="cell" data-label="{name["kind"]}">{kind}</td>{_count(r.traits, labels["traits"])}'
            f'{_count(r.sources, labels["sources"])}{_count(r.stages, labels["stages"])}'
            f'{_count(r.opportunities, labels["opportunities"])}'
            f'<td role="cell" data-label="{name["reviewed"]}">{reviewed}</td>'
            f'<td role="cell" class="file" data-label="{name["file"]}"><code>{esc(r.path)}</code></td></tr>'
        )
    # Only the table scrolls sideways when it is wider than the screen, never the page.
    rows_html = "\n".join(body)  # a row a line: a document changed is a line changed in a committed export
    table = (f'<div class="table-wrap"><table role="table" class="overview">{_caption(labels["caption.overview"])}{head}\n'
             f'<tbody role="rowgroup">\n{rows_html}\n</tbody></table></div>')
    docs = '\n<hr class="doc">\n'.join(parts)
    return page(f"<h1>{esc(title)}</h1>\n{table}{_broken_list(broken, labels)}\n<hr class=\"doc\">\n{docs}", labels, title)
