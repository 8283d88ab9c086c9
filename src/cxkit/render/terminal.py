"""Terminal views: persona cards, journey tables or stacked panels, and a folder overview.

Everything a user wrote goes in as :class:`rich.text.Text`, never as markup, so
square brackets in a persona's quote stay text.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from typing import Any, Iterable, Iterator

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.panel import Panel
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from ..model import JourneyMap, NegativePersona, Persona, Stage
from . import content
from .content import Entry, OverviewRow, kind_total
from .curve import DOT, LEVELS, axis_label, chart_cells, chart_rows, fit_slot, x_axis
from .labels import Labels, signed

#: Narrowest readable journey column; below it the stages are stacked.
MIN_STAGE_WIDTH = 16
#: Narrowest column a forced ``--layout table`` gets; below it the table would be cut off.
MIN_FORCED_STAGE_WIDTH = 7
#: Cards go side by side (and a card splits into two columns) from this width up.
SIDE_BY_SIDE_WIDTH = 100
#: The folder overview shows a column per count and one for the file from this width up.
WIDE_OVERVIEW = 120
#: Below this many columns for names, ids and paths the overview folds its counts into one column.
MIN_OVERVIEW_NAME = 24

EMOTION_STYLE = {-2: "bold red", -1: "red", 0: "yellow", 1: "green", 2: "bold green"}
#: Set while a view is built and printed with ``--layout stacked``: no symbol that a screen reader
#: reads aloud for nothing where the plain value stands beside it — no ``●`` before an emotion
#: (``0 neutral``), no ``→`` before an opportunity's owner, due date and status.
PLAIN_SYMBOLS: ContextVar[bool] = ContextVar("PLAIN_SYMBOLS", default=False)
_HEADING = "bold cyan"
_NEG_HEADING = "bold magenta"
_NEGATIVE_FIELDS = {"reasons", "substitutes", "purchase_triggers", "abandon_triggers"}


# --- small pieces -----------------------------------------------------------------------------

def one_line(text: str) -> str:
    """Names go into titles and headers: tabs and line breaks would tear the frame."""
    return " ".join(text.split())


def paragraph(text: str) -> str:
    """A summary, a quote or a goal: its author's lines (a `|` block's), each wrapped on its own."""
    return "\n".join(content.text_lines(text))


def name_fits_title(name: str, kind_label: str, width: int) -> bool:
    """Whether a name and the kind label fit together in the top border of a ``width``-wide panel."""
    from rich.cells import cell_len

    room = width - 4 - 2 - 2 - cell_len(kind_label)  # corners, padding and the gap before the label
    return cell_len(one_line(name)) <= room


def panel_title(name: str, kind_label: str, kind_style: str, width: int) -> Text:
    """A card's title: the name and the kind label, or the kind label alone when the name would
    not fit beside it — the name then opens the card whole (:func:`name_heading`), never cut."""
    if not name_fits_title(name, kind_label, width):
        return Text(kind_label, style=kind_style, overflow="ellipsis")
    return Text.assemble((one_line(name), "bold"), ("  " + kind_label, kind_style), overflow="ellipsis")


def name_heading(name: str, kind_label: str, width: int) -> Text | None:
    """The name as the card's first line when it does not fit in the title (None when it does)."""
    if name_fits_title(name, kind_label, width):
        return None
    return Text(one_line(name), style="bold", overflow="fold")


def stage_name_fits_title(name: str, place: str, width: int) -> bool:
    """Whether ``3/7 · name`` fits in the top border of a ``width``-wide stage panel."""
    from rich.cells import cell_len

    room = width - 4 - 2  # corners and the space either side of the title
    return cell_len(f"{place} · {one_line(name)}") <= room


def id_fits_subtitle(ident: str, width: int) -> bool:
    """Whether an id fits in the bottom border of a ``width``-wide panel (rich cuts it silently)."""
    from rich.cells import cell_len

    return cell_len(ident) + 2 <= width - 4  # corners and a space either side


def id_subtitle(ident: str, width: int) -> Text | None:
    return Text(ident, style="dim") if id_fits_subtitle(ident, width) else None


# Printed as it is, a separator is drawn as nothing or as a break rich does not know of.
shown = content.shown


def shown_path(path: str) -> str:
    """A file or folder name as the view prints it: a byte that is not UTF-8 as ``\\udcb3``.

    Laid out as the lone surrogate Python reads such a byte as, the name counted one cell for what
    the output stream then writes as six, and every frame line holding it stuck out five columns.
    """
    return content.with_lone_surrogates_escaped(path)


#: Where a token with no space may break, best first: after a "/" (a path's folders), then after
#: a "-" or "_" (an id's or a file name's words). Only a part longer than the line is cut.
_BREAK_LEVELS = (" ", "/", "-_")
#: A file path (a ``/`` in it, or a YAML file's name; no web address): after an id's joints, its
#: file's name breaks after a ``.`` too (``podcastow.`` / ``yaml``), so that a name wider than the
#: line is parted where a reader sees a joint rather than cut a letter from its end
#: (``podcastow.yam`` / ``l``). A folder's name (``cxkit.toml/``) is cut as before (:func:`_joints`).
_PATH_BREAK_LEVELS = (*_BREAK_LEVELS, ".")
_PATH = re.compile(r"/|\.ya?ml\b", re.I)


def _joints(part: str, chars: str, width: int | None = None) -> list[str]:
    """``part`` split after ``chars`` (:func:`_split_after`), but a path's folder (a part that ends in
    ``/``) not at its dots: only a file's name parts from its extension. Breaking a line (``width``
    given), a folder's name that is wider than the line even without its ``/`` parts at its dots
    too (``ankiety.`` / ``2026/``) rather than lose its last letters (``ankiety.202`` / ``6/``);
    one that fits without its ``/`` is cut before the ``/`` as before (``cxkit.toml`` /
    ``/halina.md``), and an e-mail address's (``ania@firma.pl/``) keeps the cut it had."""
    if chars == "." and part.endswith("/"):
        from rich.cells import cell_len

        if width is None or "@" in part or cell_len(part[:-1]) <= width:
            return [part]
    return _split_after(part, chars)

#: A web address (``https://…``, ``www.…``, a host such as ``sklep.example.com``: whatever
#: :data:`content.URL` finds, as the exports do): it breaks after a ``/``, then after the ``?``,
#: ``&`` or ``#`` of its query, then after a ``-`` or ``_``, then after a ``.``, ``=``, ``,`` or
#: ``;`` — where a reader sees its joints — and is cut mid-word only when a part alone is wider
#: than the line.
_URL_BREAK_LEVELS = (" ", "/", "?&#", "-_", ".=,;+")


def _levels(token: str) -> tuple[str, ...]:
    """Where ``token`` (a stretch without spaces) may break: at a web address's joints, or an id's and a path's."""
    if content.URL.search(token):
        return _URL_BREAK_LEVELS
    return _PATH_BREAK_LEVELS if _PATH.search(token) else _BREAK_LEVELS


#: A space no line breaks at: between a number's groups of thousands ("18 400", "1 250 000"),
#: before the currency, unit or multiplier after it ("400 zł", "12 %", "3 pkt", "15 km", "20 tys.",
#: "1,2 mln"), after a multiplier before its currency ("20 tys. zł", "3 mln PLN") and after a
#: currency sign written before the number ("£ 20", "$ 5"), as Polish (and English) writes amounts,
#: distances and percentages: never "niższą o 20" / "zł". Only the view holds them: the text, and
#: every export, keep the spaces the author wrote.
_UNITS = r"zł|PLN|EUR|USD|GBP|CHF|pkt|km|m²|m2|tys\.|mln|mld|€|\$|£|%|‰"
_HELD_SPACE = re.compile(rf"(?<=\d) (?=\d{{3}}(?!\d))|(?<=\d) (?=(?:{_UNITS})(?!\w))"
                         r"|(?:(?<=\d tys\.)|(?<=\d mln)|(?<=\d mld)) (?=(?:zł|PLN|EUR|USD|GBP|CHF)(?!\w))"
                         r"|(?:(?<=^[£$€])|(?<=[\s(\[][£$€])) (?=\d)")


#: Most cells a status of a few words may take to be held whole (``w toku``, ``in progress``).
_SHORT_STATUS = 12


def _meta_holds() -> re.Pattern[str]:
    """Where an opportunity's line (``→ Zespół CRM · do 2028-12-15 · w toku``) holds its spaces:
    between ``do`` / ``due`` and the date after it, and inside a status of a few words (at most
    :data:`_SHORT_STATUS` cells), as cxkit writes them there — an item after the ``→`` that starts
    the line or after a ``·``, the status at the line's end. The same words in a text break as any."""
    from rich.cells import cell_len

    from .labels import _ALL

    words = {shown for table in _ALL.values() for key, shown in table.items() if key.startswith("status.")}
    short = sorted((w for w in words if " " in w and cell_len(w) <= _SHORT_STATUS), key=len, reverse=True)
    due = sorted({Labels(lang)["due"] for lang in _ALL}, key=len, reverse=True)
    start = r"(?:(?<=· )|(?<=→ ))"
    status = rf"{start}(?P<status>{'|'.join(map(re.escape, short))})(?=[ \t]*$)" if short else r"(?!)"
    return re.compile(rf"{start}(?:{'|'.join(map(re.escape, due))})(?P<due> )(?=\d{{4}}-\d{{2}}-\d{{2}}(?!\d))|{status}",
                      re.MULTILINE)


_META_HOLDS = _meta_holds()


def _held_spaces(text: str, meta: bool = True) -> set[int]:
    """Where ``text`` has a space no line should break at: an amount's (:data:`_HELD_SPACE`) and,
    with ``meta``, those of an opportunity's due date and short status (:data:`_META_HOLDS`)."""
    held = {m.start() for m in _HELD_SPACE.finditer(text)}
    if meta:
        for m in _META_HOLDS.finditer(text):
            if m.group("due"):
                held.add(m.start("due"))
            else:
                held.update(m.start("status") + i for i, c in enumerate(m.group("status")) if c == " ")
    return held


def _space_pieces(text: str, chars: str, meta: bool = True) -> list[str]:
    """:func:`_split_after` at spaces (and ``chars``), held spaces (:func:`_held_spaces`) left whole.

    ``meta=False`` holds an amount's spaces alone: what a column is measured by, so that a due date
    and a status kept on one line where they fit never make a column wider than before."""
    held = _held_spaces(text, meta)
    pieces: list[str] = []
    pos = 0
    for piece in _split_after(text, chars):
        if pieces and pos - 1 in held:
            pieces[-1] += piece
        else:
            pieces.append(piece)
        pos += len(piece)
    return pieces


def _least_pieces(text: str, *, urls: bool = True) -> list[str]:
    """The parts of ``text`` that no line break may split (each token split at all its joints);
    without ``urls``, those of its web addresses left out."""
    pieces: list[str] = []
    for token in _space_pieces(text, "\n ", meta=False):
        if not urls and _levels(token) is _URL_BREAK_LEVELS:
            continue
        parts = [token]
        for chars in _levels(token)[1:]:
            parts = [p for part in parts for p in _joints(part, chars)]
        pieces.extend(parts)
    return pieces or [""]


def _split_after(text: str, chars: str) -> list[str]:
    """``text`` in pieces that each end just after one of ``chars`` (the last piece: the rest)."""
    pieces: list[str] = []
    start = 0
    for i, char in enumerate(text):
        if char in chars:
            pieces.append(text[start:i + 1])
            start = i + 1
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _scheme_with_host(parts: list[str], width: int) -> list[str]:
    """A web address's pieces after each ``/`` with its scheme held to its host: ``https://`` at
    the end of a line reads as a link to nowhere, and the host on the next as a word of the text.
    A host too long for the line still breaks after its ``.`` (``https://lookerstudio.``); in a
    column narrower than that, the scheme stands alone rather than a word being cut — whole, never
    ``https:/`` over ``/lookerstudio.``."""
    from rich.cells import cell_len

    if len(parts) > 2 and parts[0].endswith(":/") and parts[1] == "/":
        glued = parts[0] + parts[1] + parts[2]
        least = glued
        for chars in _URL_BREAK_LEVELS[2:]:
            least = _split_after(least, chars)[0]
        if cell_len(least.rstrip()) <= width:
            return [glued, *parts[3:]]
        return [parts[0] + parts[1], *parts[2:]]
    return parts


def chop_escaped(text: str, width: int) -> list[str]:
    """``text`` (a part of a web address with no joint left) in lines of at most ``width`` cells,
    cut between its characters but never inside a percent-escape: ``%C5%BC`` is one character
    (ż), and ``%C`` at the end of a line over ``5%BC`` reads as nothing and copies as garbage. An
    escaped character wider than the line on its own is cut between its escapes, and only an
    escape wider than the line (a column under three cells) anywhere."""
    from rich.cells import cell_len, chop_cells

    atoms: list[str] = []
    pos = 0
    for match in content.ESCAPED_CHAR.finditer(text):
        atoms.extend(text[pos:match.start()])
        escaped = match.group(0)
        if len(escaped) <= width:
            atoms.append(escaped)
        else:
            atoms.extend(escaped[i:i + 3] for i in range(0, len(escaped), 3))
        pos = match.end()
    atoms.extend(text[pos:])
    lines = [""]
    for atom in atoms:
        if lines[-1] and cell_len(lines[-1] + atom) > width:
            lines.append("")
        lines[-1] += atom
    return [chunk for line in lines for chunk in (chop_cells(line, width) if cell_len(line) > width else [line])]


#: What ends the line of a word folded because it is wider than its column (``circumstan-`` /
#: ``ces``): a cut the reader sees, never a word silently parted as if it were two.
FOLD_MARK = "-"
#: A word (letters, perhaps in quotes or brackets, perhaps with a comma or stop after it) that
#: :func:`break_token` folds with :data:`FOLD_MARK` where it must be cut.
_WORD = re.compile(r"[\"'„“”‘’«»(\[]*[^\W\d_]+[\"'”“’‘»«)\].,;:!?…]*", re.UNICODE)


def _unhyphenated(text: str) -> bool:
    """Whether ``text`` holds letters of a script that breaks a line between any two of them and
    never with a hyphen (Chinese, Japanese, Korean, their full- and half-width forms, Thai, Lao,
    Khmer, Myanmar): such a run is cut at the line's end without :data:`FOLD_MARK`, and is no
    word a table column must keep whole."""
    import unicodedata

    return any(unicodedata.east_asian_width(c) in "WFH" or "\u0e00" <= c <= "\u0eff" or "\u1000" <= c <= "\u109f"
               or "\u1780" <= c <= "\u17ff" for c in text if not c.isascii())


def _fold_word(piece: str, width: int) -> list[str] | None:
    """``piece`` (a word wider than ``width`` cells) in lines that each but the last end with
    :data:`FOLD_MARK`; None for anything but a word (a number, an id, a code) or a line too
    narrow for a letter and the mark, which are cut as before."""
    from rich.cells import cell_len, chop_cells

    word = piece.rstrip()
    if width < 3 or not _WORD.fullmatch(word) or _unhyphenated(word):
        return None
    lines: list[str] = []
    while cell_len(word) > width:
        head = chop_cells(word, width - len(FOLD_MARK))[0]
        rest = word[len(head):]
        if cell_len(rest) <= width and sum(c.isalpha() for c in rest) == 1 and len(head) > 2:
            # never one letter alone under its word: "ści-" / "ach", not "ścia-" / "h"
            head = head[:-1]
        lines.append(head + FOLD_MARK)
        word = word[len(head):]
    return [*lines, word + piece[len(piece.rstrip()):]]


def break_token(text: str, width: int, *, mark_folds: bool = False) -> list[str]:
    """Lines of at most ``width`` cells that break ``text`` at spaces, then after ``/``, then after ``-`` or ``_``.

    rich wraps at spaces only and cuts a longer word anywhere (``grazyna-zamawia-leki-na-recept|e``);
    an id or a path reads far better broken where it has a natural joint
    (``grazyna-zamawia-leki-`` / ``na-recepte``). A part with no joint that is still longer than
    the line is cut, as rich would; with ``mark_folds`` (prose, :func:`break_text`), a word of
    letters that is cut ends each of its lines but the last with :data:`FOLD_MARK`, so the cut
    is seen (``circumstan-`` / ``ces``, not ``circumstan`` / ``ces``). Ids and paths never get
    one: the mark would read as a joint they do not have.
    """
    return _break_lines(text, width, mark_folds)[0]


def _break_lines(text: str, width: int, mark_folds: bool = False) -> tuple[list[str], set[int]]:
    """:func:`break_token`'s lines, and the indexes of those that end with a :data:`FOLD_MARK` it added."""
    from rich.cells import cell_len, chop_cells

    width = max(width, 1)
    lines: list[str] = []
    folded: set[int] = set()
    current = ""

    def place(piece: str, level: int, levels: tuple[str, ...]) -> None:
        nonlocal current
        if cell_len((current + piece).rstrip()) <= width:
            current += piece
            return
        if cell_len(piece.rstrip()) <= width:
            if current.strip():
                lines.append(current.rstrip())
            current = piece.lstrip() if current.strip() else piece
            return
        if " " in piece.rstrip():
            # Held spaces (``do 2028-12-15``, ``1 250 000 zł``) wider than the line: broken at
            # those spaces, rather than mid-word or inside the date.
            for part in _split_after(piece, " "):
                place(part, 0, _levels(part))
            return
        for deeper in range(level + 1, len(levels)):
            parts = _joints(piece, levels[deeper], width)
            if levels is _URL_BREAK_LEVELS and levels[deeper] == "/":
                parts = _scheme_with_host(parts, width)
            if len(parts) > 1:
                for part in parts:
                    place(part, deeper, levels)
                return
        if current.strip():
            lines.append(current.rstrip())
        word = _fold_word(piece, width) if mark_folds and levels is _BREAK_LEVELS and level == 0 else None
        if word is not None:
            folded.update(range(len(lines), len(lines) + len(word) - 1))
            lines.extend(word[:-1])
            current = word[-1]
            return
        chunks = chop_escaped(piece, width) if levels is _URL_BREAK_LEVELS else chop_cells(piece, width)
        lines.extend(chunk.rstrip() for chunk in chunks[:-1])
        current = chunks[-1]

    for piece in _space_pieces(text, _BREAK_LEVELS[0]):
        if piece.rstrip() == "·" and cell_len((current + piece).rstrip()) > width:
            # A "·" between items (``→ Zespół CRM · do 2028-12-15 · w toku``) with no room left on
            # the line: the break separates the items, and the "·" is dropped there rather than
            # starting the next line, where it would read as a bullet. Where the line has room it
            # stays at its end, after the item before it.
            if current.strip():
                lines.append(current.rstrip())
            current = ""
            continue
        place(piece, 0, _levels(piece))
    lines.append(current.rstrip())
    return lines, folded


class Breakable:
    """An id or a file path that breaks at its joints, never mid-word while a joint will do (:func:`break_token`)."""

    def __init__(self, text: str, style: str = "") -> None:
        self.text = text
        self.style = style

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        from rich.cells import cell_len

        least = max((cell_len(p.rstrip()) for p in _least_pieces(self.text)), default=1)
        return Measurement(min(least, options.max_width), min(cell_len(self.text), options.max_width))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = break_token(self.text, options.max_width)
        yield Text("\n".join(lines), style=self.style, overflow="fold")


def break_text(text: Text, width: int) -> Text:
    """``text``, styles kept, broken into lines as :func:`break_token` breaks its plain text; a word
    wider than the line is folded with :data:`FOLD_MARK` at the cut, in the style of its letters."""
    out: list[Text] = []
    for line in text.split("\n", allow_blank=True):
        plain, pos = line.plain, 0
        cuts: list[tuple[int, int]] = []
        pieces, folded = _break_lines(plain, width, mark_folds=True)
        for i, piece in enumerate(pieces):
            if i in folded:
                piece = piece[:-len(FOLD_MARK)]
            start = plain.find(piece, pos) if piece else pos
            if start < 0:  # never expected: every line is a stretch of the text; keep it unbroken
                return text
            cuts.append((start, start + len(piece)))
            pos = start + len(piece)
        parts = _cut(line, cuts)
        for i in folded:  # the mark in its word's style: a bold lead's cut is bold
            part = parts[i] = parts[i].copy()
            end = len(part.plain)
            styles = [span.style for span in part.spans if span.start < end <= span.end]
            part.append(FOLD_MARK)
            for style in styles:
                part.stylize(style, end, end + len(FOLD_MARK))
        out.extend(parts)
    joined = Text("\n", style=text.style).join(out)
    joined.overflow = "fold"
    return joined


def _cut(line: Text, cuts: list[tuple[int, int]]) -> list[Text]:
    """The stretches ``cuts`` (in order, not overlapping) of ``line``, styles kept, as ``line[a:b]``
    gives each: divided once, since each slice of a rich Text copies all of it (a 100 kB field
    on 2,000 lines was cut 2,000 times)."""
    inner = sorted({at for cut in cuts for at in cut if 0 < at < len(line.plain)})
    starts = dict(zip([0, *inner], line.divide(inner) if inner else [line[0:len(line.plain)]]))
    return [
        starts[a] if a < b else Text("", style=line.style, justify=line.justify, overflow=line.overflow)
        for a, b in cuts
    ]


class BreakableText:
    """Styled text (a trait with its cited sources, a source's line) whose words break at spaces,
    and a word longer than the line — a source id, a path, a URL — after its ``/``, ``-`` or ``_``
    (:func:`break_token`), not wherever the line ends as rich would cut it."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        from rich.cells import cell_len

        least = max((cell_len(p.rstrip()) for p in _least_pieces(self.text.plain)), default=1)
        most = max((cell_len(line) for line in self.text.plain.split("\n")), default=1)
        return Measurement(min(least, options.max_width), min(max(most, least), options.max_width))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield break_text(linked(self.text), options.max_width)


#: A web address as a link target: up to a space or a bracket, without the punctuation a sentence ends on.
_LINK = re.compile(r"\bhttps?://[^\s()<>\[\]{}\"'`]+")


def linked(text: Text) -> Text:
    """``text`` with each web address in it made a link (OSC 8) to itself, so that on a terminal
    it stays one address you can click, however many lines it folds over. Off a terminal (a pipe,
    ``-o``) rich writes no escape codes, links neither: the text is the same."""
    found = [(m.start(), m.group(0).rstrip(".,;:!?")) for m in _LINK.finditer(text.plain)]
    if not found:
        return text
    text = text.copy()
    for start, url in found:
        text.stylize(Style(link=url), start, start + len(url))
    return text


#: Holds a stage's number to the first word of its name; shown as a space (see :class:`StageHeading`).
_GLUE = "\u00a0"


def stage_heading_text(number: int, name: str) -> str:
    """``3. Jazda próbna`` with the number glued to the first word, so no line break comes between them."""
    return f"{number}.{_GLUE}{one_line(name)}"


def stage_heading_least(number: int, name: str) -> int:
    """The cells a stage's heading needs so that no word of it is cut: its widest word (a word
    with ``/``, ``-`` or ``_`` in it may break just after them), and the number with the first word,
    which never part (``2. Finansowanie``). A name is never cut, in a table heading as in a panel's title."""
    from rich.cells import cell_len

    pieces = [stage_heading_text(number, name)]
    for chars in _BREAK_LEVELS:
        pieces = [p for piece in pieces for p in _split_after(piece, chars)]
    return max(cell_len(p.rstrip()) for p in pieces)


class StageHeading(Breakable):
    """A stage's number and name heading a table column: ``2. Finansowanie i dopłata``.

    The name wraps at its spaces (then at its ``/``, ``-`` or ``_`` joints), but the number stays
    with the first word: never a ``2.`` on a line of its own above the name. A column is given at
    least :func:`stage_heading_least` cells, so the number and the word fit side by side and no
    word of the name is cut.
    """

    def __init__(self, number: int, name: str, style: str = "bold") -> None:
        super().__init__(stage_heading_text(number, name), style)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = break_token(self.text, options.max_width)
        yield Text("\n".join(lines).replace(_GLUE, " "), style=self.style, overflow="fold")


def prose(text: str, style: str = "") -> BreakableText:
    """A summary, a quote or a goal, wrapped as a trait is (:class:`BreakableText`): an amount stays
    on one line with its currency or unit (:data:`_HELD_SPACE`: "20 zł", not "20" / "zł"), which
    rich's own wrapping, at every space, would part."""
    return BreakableText(Text(text, style=style))


def entry_text(entry: Entry) -> Text:
    text = Text()
    if entry.lead:
        text.append(one_line(entry.lead), style="bold")
        if entry.text:
            text.append(": ")
    text.append(shown(entry.text).replace("\t", " "))  # a tab typed in a value: rich's table measured it as nothing
    if entry.sources:
        text.append(f" [{', '.join(entry.sources)}]", style="dim")
    if entry.meta:
        # Read aloud, "·" is "middle dot" between the owner, the due date and the status: a comma there.
        meta = shown(entry.meta).replace(" · ", ", ") if PLAIN_SYMBOLS.get() else f"→ {shown(entry.meta)}"
        # The owner, due date and status are what a reader asks about: in the theme's own text colour
        # (dim was the palest text on a dark theme, under 4.5:1), set apart by the arrow and italics.
        text.append(f"\n{meta}", style="italic")
    return text


def entry_list(entries: list[Entry], *, bullet: str = "•") -> RenderableType:
    """Items with a hanging indent, so wrapped lines stay under their text."""
    if len(entries) == 1 and not bullet:
        return BreakableText(entry_text(entries[0]))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column(overflow="fold")
    for entry in entries:
        grid.add_row(bullet, BreakableText(entry_text(entry)))
    return grid


def section(title: str, body: RenderableType, *, style: str = _HEADING) -> Group:
    return Group(Text(title, style=style), body)


def emotion_text(level: int | None, labels: Labels) -> Text:
    if level is None:
        return Text(labels.emotion(None), style="dim")
    words = (f"{signed(level)} {labels.emotion(level)}", EMOTION_STYLE[level])
    return Text.assemble(words) if PLAIN_SYMBOLS.get() else Text.assemble((DOT + " ", EMOTION_STYLE[level]), words)


class EmotionCell:
    """One stage's spot on the curve inside a journey table: five rows, a dot at the level.

    Cells of neighbouring stages share the rows, so the dots read as one curve.
    """

    def __init__(self, level: int | None, labels: Labels) -> None:
        self.level = level
        self.labels = labels

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(3, options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        center = (width - 1) // 2
        for level in LEVELS:
            if level == 0:
                base = Style(dim=True)
                left, right = "┄" * center, "┄" * (width - center - 1)
            else:
                base = Style()
                left, right = " " * center, " " * (width - center - 1)
            if self.level == level:
                yield Segment(left, base)
                yield Segment(DOT, console.get_style(EMOTION_STYLE[level]))
                yield Segment(right, base)
            else:
                yield Segment(left + ("┄" if level == 0 else " ") + right, base)
            yield Segment.line()
        label = f"{signed(self.level)} {self.labels.emotion(self.level)}" if self.level is not None else "?"
        style = EMOTION_STYLE.get(self.level, "dim") if self.level is not None else "dim"
        yield from console.render(Text(label, style=style, justify="center"), options)


def curve_chart(levels: list[int | None], names: list[str], width: int, labels: Labels,
                numbers: list[int] | None = None) -> RenderableType:
    """The stacked layout's emotion curve: a step chart with numbered stages and a legend.

    ``numbers``: each stage's place in the journey (``--stage`` may pick 1, 4 and 6), as the stage
    panels below number them; else 1, 2, 3…
    """
    from rich.cells import cell_len

    numbers = numbers if numbers is not None else list(range(1, len(levels) + 1))

    lines: list[Text] = []
    # Too many stages for one chart line at this width: the curve goes on in a second chart
    # (and a third…) below, never in lines the terminal would wrap into a jumble.
    for part in chart_rows(len(levels), width - 4):
        if lines:
            lines.append(Text(""))
        chunk = [levels[i] for i in part]
        slot = fit_slot(len(chunk), width - 4)
        for level, cells in zip(LEVELS, chart_cells(chunk, slot)):
            # Only the axis and the grid are faint: the dots and the lines between them are the
            # curve, drawn as the table view's and the panels' dots are (a faint dot fades out on a projector).
            line = Text()
            line.append(f"{axis_label(level)} {'┼' if level == 0 else '│'}", style="dim")
            for char, kind in cells:
                if kind.startswith("dot:"):
                    line.append(char, style=EMOTION_STYLE[int(kind[4:])])
                elif kind == "line":
                    line.append(char)
                else:
                    line.append(char, style="dim")
            line.rstrip()
            lines.append(line)
        lines.append(Text("     " + x_axis(len(chunk), max(slot, 3), numbers=[numbers[i] for i in part]), style="dim"))
    # Legend items never break inside: "6 Odbiór i dostawa -1" stays on one line.
    room = max(width - 4, 20)
    legend: list[Text] = []  # its lines: a few items side by side, or one item too long for a line
    for number, name, level in zip(numbers, names, levels):
        # The number holds to the name's first word and the level to its last (_GLUE): an item
        # longer than the line wraps inside its name, never leaving "(+1)" or "7" on a line alone.
        # The level in brackets: after a name that ends in a number ("Visit 2 (0)") it is no part of it.
        item = Text.assemble((f"{number}{_GLUE}", "bold"), name,
                             (f"{_GLUE}({signed(level)})", EMOTION_STYLE.get(level, "dim") if level is not None else "dim"))
        # Cells, not characters: a CJK or emoji name takes two columns a character.
        if cell_len(item.plain) > room:
            # Its lines after the first start under the name, not under the number: the next
            # number on the left edge is the next stage.
            indent = cell_len(f"{number} ")
            first = break_text(item, room).split("\n")[0]
            rest = item[len(first.plain):]
            rest = rest[len(rest.plain) - len(rest.plain.lstrip(" ")):]
            legend.append(first)
            legend.extend(Text(" " * indent) + line for line in break_text(rest, room - indent).split("\n"))
            legend.append(Text())  # nothing goes beside it
        elif legend and legend[-1].plain and cell_len(legend[-1].plain) + 2 + cell_len(item.plain) <= room:
            legend[-1].append("  ")
            legend[-1].append_text(item)
        else:
            legend.append(item)
    for line in legend:
        line.plain = line.plain.replace(_GLUE, " ")  # the same length: every style stays where it was
    lines.extend(line for line in legend if line.plain)
    return Panel(Group(*lines), title=Text(labels["curve"], style="bold"), title_align="left",
                 box=box.ROUNDED, padding=(0, 1))


def sources_block(model: Any, labels: Labels, *, warn_when_empty: bool) -> RenderableType | None:
    """Each source on one line (id, type, date, sample size, how often cited), its note below."""
    rows = content.source_rows(model, labels)
    if not rows:
        return section(labels["sources"], Text(labels["no_sources"], style="yellow")) if warn_when_empty else None
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column(overflow="fold")
    for row in rows:
        line = Text(row["id"], style="bold")
        meta = [row["type"], row["date"], f"n={row['n']}" if row["n"] else "", f"{labels['cited_by']} {row['cited']}×"]
        joint = ", " if PLAIN_SYMBOLS.get() else " · "
        line.append(joint + joint.join(m for m in meta if m))
        note = " ".join(filter(None, [row["note"], f"({row['link']})" if row["link"] else ""]))
        if note:
            line.append("\n" + shown(note), style="dim")
        grid.add_row("•", BreakableText(line))
    return section(labels["sources"], grid)


# --- persona cards ----------------------------------------------------------------------------

class PersonaCard:
    """A persona or negative persona as a card; two columns inside when there is room."""

    def __init__(self, model: Persona | NegativePersona, labels: Labels, path: str = "", *, stacked: bool = False) -> None:
        self.model = model
        self.labels = labels
        self.path = path
        #: One column whatever the width (``--layout stacked``): read line by line, two columns interleave.
        self.stacked = stacked

    def _sections(self) -> list[RenderableType]:
        """The blocks that go into the card's columns, in reading order."""
        labels, model = self.labels, self.model
        blocks: list[RenderableType] = []
        for name, entries in content.persona_sections(model):
            if name in _NEGATIVE_FIELDS:
                blocks.append(section(labels.heading(name, model), entry_list(entries), style=_NEG_HEADING))
        demo = content.demographic_rows(model)
        if demo and self.stacked:
            # One "Label: value" line a field, as the stacked journey's "Doing: …": read aloud, a padded
            # column ("Age        34") runs label and value together, and a colon says where one ends.
            lines = [BreakableText(Text.assemble((f"{labels[key]}: ", "bold"), shown(value))) for key, value in demo]
            blocks.append(section(labels["demographics"], Group(*lines)))
        elif demo:
            # a link (`location: https://…/maps/…`) breaks at its joints
            rows = [(labels[key], BreakableText(Text(shown(value)))) for key, value in demo]
            blocks.append(section(labels["demographics"], LabelledRows(rows, padding=1)))
        for name, entries in content.psychographic_sections(model):
            blocks.append(section(f"{labels['psychographics']}: {labels[name]}", entry_list(entries)))
        for name, entries in content.persona_sections(model):
            if name not in _NEGATIVE_FIELDS:
                blocks.append(section(labels[name], entry_list(entries)))
        return blocks

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        labels, model = self.labels, self.model
        width = options.max_width
        parts: list[RenderableType] = []
        heading = name_heading(model.name, labels[model.kind], width)
        if heading is not None:  # a long name: shown whole here, the title keeps the kind
            parts.append(heading)
        if model.summary:
            parts.append(prose(paragraph(model.summary)))
        if model.quote:
            # One interview turn per line of a `|` block stays one per line, all inside the marks.
            quote = paragraph(model.quote)
            opening, closing = ("„", "”") if labels.lang == "pl" else ("“", "”")
            # The author's own marks ("„Zanim kupię…”", "\"Before I buy…\""), around the whole quote or
            # around each of its lines ("„Ma pani kod?”" over "„Nie wchodzi.”"): not twice.
            if _quoted(quote) or all(_quoted(line) for line in quote.splitlines()):
                opening = closing = ""
            else:  # quotes inside it take the inner marks: „Nie mam czasu na »nowe funkcje«”
                quote = inner_quotes(quote, labels.lang)
            parts.append(Padding(hanging_quote(f"{opening}{quote}{closing}"), (0, 0, 0, 2)))
        blocks = self._sections()
        inner = width - 4
        if inner >= SIDE_BY_SIDE_WIDTH - 4 and len(blocks) > 1 and not self.stacked:
            gap = 3
            left_w = (inner - gap) // 2
            right_w = inner - gap - left_w

            def height(block: RenderableType, w: int) -> int:
                return len(console.render_lines(block, options.update(width=w), pad=False)) + 1

            split = _balanced_split([height(b, left_w) for b in blocks], [height(b, right_w) for b in blocks])
            cols = Table.grid(padding=0)
            cols.add_column(width=left_w)
            cols.add_column(width=gap)
            cols.add_column(width=right_w)
            cols.add_row(_spaced(blocks[:split]), Text(""), _spaced(blocks[split:]))
            parts.append(cols)
        else:
            parts.extend(blocks)
        parts.append(sources_block(model, labels, warn_when_empty=True))
        facts = [f"{labels['reviewed.last']}: {model.reviewed.isoformat() if model.reviewed else labels['reviewed.never']}"]
        if model.owner:
            facts.append(f"{labels['owner']}: {one_line(model.owner)}")
        if model.status not in (None, "active"):
            facts.append(f"{labels['lifecycle']}: {labels['lifecycle.' + model.status]}")
        if self.path:
            facts.append(shown_path(self.path))
        if not id_fits_subtitle(model.id, width) and not self.stacked:  # a long id goes in the footer, not cut in the border
            facts.append(model.id)
        # An id or a path longer than the line breaks at its joints (Breakable), never mid-word.
        if self.stacked:
            # One fact a line, as the journey's header has them: the path starts its own line, so
            # on a narrow terminal it is not cut after "Owner: Team ·" with its first folder.
            parts.append(Group(*(Breakable(fact, "dim") for fact in facts)))
        else:
            parts.append(Breakable(" · ".join(facts), "dim"))
        negative = isinstance(model, NegativePersona)
        if self.stacked:
            # One fact a line and no frame: a screen reader reads a border as "vertical line" on
            # every line. The name first, then its kind and id, as the folder overview lists them.
            head: list[RenderableType] = [Text(one_line(model.name), style="bold", overflow="fold"),
                                          Breakable(f"{labels[model.kind]}, {model.id}")]
            if heading is not None:
                parts.remove(heading)
            yield _spaced([Group(*head), *parts])
            return
        title = panel_title(model.name, labels[model.kind], "magenta" if negative else "cyan", width)
        yield Panel(
            _spaced(parts),
            title=title,
            title_align="left",
            subtitle=id_subtitle(model.id, width),
            subtitle_align="right",
            box=box.HEAVY if negative else box.ROUNDED,
            border_style="magenta" if negative else "cyan",
            padding=(0, 1),
            width=width,
        )


def _balanced_split(left: list[int], right: list[int]) -> int:
    """Where to cut blocks into two columns (order kept) so the taller column is shortest.

    ``left`` and ``right`` are each block's height at the left and right column width.
    """
    best, best_height = 1, None
    for cut in range(1, len(left)):
        taller = max(sum(left[:cut]), sum(right[cut:]))
        if best_height is None or taller < best_height:
            best, best_height = cut, taller
    return best


def _spaced(parts: Iterable[RenderableType]) -> Group:
    """Blocks with one blank line between them."""
    out: list[RenderableType] = []
    for part in parts:
        if out:
            out.append(Text(""))
        out.append(part)
    return Group(*out)


def persona_view(model: Persona | NegativePersona, labels: Labels, path: str = "", *, stacked: bool = False) -> RenderableType:
    return PersonaCard(model, labels, path, stacked=stacked)


def against_view(persona: Any, persona_labels: Labels, persona_path: str,
                 negative: Any, negative_labels: Labels, negative_path: str, width: int,
                 *, stacked: bool = False) -> RenderableType:
    """A persona and a negative persona: side by side when wide, one under the other when not
    (and always with ``stacked``, each card in one column: a screen reader reads line by line)."""
    left = PersonaCard(persona, persona_labels, persona_path, stacked=stacked)
    right = PersonaCard(negative, negative_labels, negative_path, stacked=stacked)
    if width < SIDE_BY_SIDE_WIDTH or stacked:
        return Group(left, Text(""), right)
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(ratio=1)
    grid.add_column(ratio=1)
    grid.add_row(left, right)
    return grid


# --- journeys ---------------------------------------------------------------------------------

def _frame_width(stage_count: int, label_width: int) -> int:
    """The columns a journey table takes besides its stage columns: the row labels, borders and padding."""
    columns = stage_count + 1
    return label_width + (columns + 1) + 2 * columns


def table_width(stage_count: int, label_width: int, stage_width: int = MIN_STAGE_WIDTH) -> int:
    """The columns a journey table needs for ``stage_count`` stages ``stage_width`` cells wide."""
    return _frame_width(stage_count, label_width) + stage_count * stage_width


def table_fits(stage_count: int, label_width: int, width: int, stage_width: int = MIN_STAGE_WIDTH) -> bool:
    """Whether ``stage_count`` columns of ``stage_width`` (:data:`MIN_STAGE_WIDTH`) fit beside the row labels."""
    return table_width(stage_count, label_width, stage_width) <= width


def _label_width(stages: list[Stage], labels: Labels) -> int:
    from rich.cells import cell_len

    return max((cell_len(labels[r]) for r in content.journey_rows(stages)), default=8)


_ISO_DATE = re.compile(r"(?<![0-9])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])")
#: Cells an ISO date takes (2027-01-15): a stage column is never narrower while one is shown.
DATE_WIDTH = 10


def _unbreakable_width(stages: list[Stage], labels: Labels) -> int:
    """The widest token a stage column must hold whole: a date (an opportunity's due date, or one
    in the text) and the longest part of a stage id between its ``-`` and ``_`` joints."""
    from rich.cells import cell_len

    widest = 0
    for stage in stages:
        parts = _split_after(stage.id, "-_")
        widest = max([widest] + [cell_len(p) for p in parts])
        texts = [e.text + " " + e.meta for row in content.journey_rows([stage]) if row != "emotion"
                 for e in content.stage_entries(stage, row, labels)]
        if any(_ISO_DATE.search(t) for t in texts):
            widest = max(widest, DATE_WIDTH)
    return widest


def _numbers(stages: list[Stage], numbers: dict[str, int] | None) -> dict[str, int]:
    """Each stage's place in its journey (``numbers``), else in ``stages``."""
    return numbers if numbers is not None else {s.id: i + 1 for i, s in enumerate(stages)}


def _stage_leasts(layout: str, stages: list[Stage], labels: Labels, numbers: dict[str, int]) -> list[int]:
    """The narrowest column each stage takes in the table: 16 cells (7 for a forced table), and
    never less than a date or an id's longest part in it, which would otherwise be cut mid-word,
    nor than the widest word of its name, or its number with the first word (``2. Finansowanie``),
    which never part: a name is never cut."""
    least = MIN_FORCED_STAGE_WIDTH if layout == "table" else MIN_STAGE_WIDTH
    return [max(least, _unbreakable_width([stage], labels), stage_heading_least(numbers[stage.id], stage.name))
            for stage in stages]


def _whole_width(layout: str, stages: list[Stage], labels: Labels, numbers: dict[str, int]) -> int:
    """The columns the journey table of ``stages`` takes with every word in it whole (:func:`_word_widths`)."""
    leasts = _stage_leasts(layout, stages, labels, numbers)
    return _frame_width(len(stages), _label_width(stages, labels)) + sum(
        max([least, *_word_widths(stage, labels)]) for least, stage in zip(leasts, stages))


def _needed_width(layout: str, stages: list[Stage], labels: Labels, numbers: dict[str, int]) -> int:
    """The columns the narrowest journey table of ``stages`` takes."""
    return _frame_width(len(stages), _label_width(stages, labels)) + sum(_stage_leasts(layout, stages, labels, numbers))


def _word_widths(stage: Stage, labels: Labels) -> list[int]:
    """The cells each word in a stage's cells takes (an id or a path counted by its parts between
    joints, where it may break; a list item's with the bullet before it), its emotion's words too:
    its column keeps a word whole when it is at least that wide. A web address is no word to keep
    whole: it breaks at its many joints, and its escapes would ask for columns no table has."""
    from rich.cells import cell_len

    # a run of Chinese or Japanese breaks between any two characters: it asks for its widest one
    return [indent + (cell_len(p.rstrip()) if not _unhyphenated(p) else max(cell_len(c) for c in p.strip()))
            for indent, p in _stage_pieces(stage, labels)]


def _stage_pieces(stage: Stage, labels: Labels) -> Iterator[tuple[int, str]]:
    """The pieces of a stage's cells that no line break may split (:func:`_least_pieces`), web addresses
    left out, each with the cells before it in its column (2 for a list item's bullet)."""
    for row in content.journey_rows([stage]):
        if row == "emotion":
            texts, indent = [labels.emotion(stage.emotion)], 0
        elif row in ("goal", "doing", "thinking", "feeling"):
            texts, indent = [entry_text(e).plain for e in content.stage_entries(stage, row, labels)[:1]], 0
        else:  # "• " and the item: entry_list's bullet column and its padding
            texts, indent = [entry_text(e).plain for e in content.stage_entries(stage, row, labels)], 2
        for text in texts:
            yield from ((indent, p) for p in _least_pieces(text, urls=False) if p.strip())


def _cut_unmarked(stage: Stage, labels: Labels, width: int) -> bool:
    """Whether a column ``width`` cells wide cuts one of the stage's pieces that is no word (an id with
    digits, a number, a code): :func:`break_token` carries it on to the next line without :data:`FOLD_MARK`,
    which would read as one of its own joints (`wywiady-2026-` is no id the document has)."""
    from rich.cells import cell_len

    return any(indent + cell_len(p.rstrip()) > width and not _unhyphenated(p) and not _WORD.fullmatch(p.strip())
               for indent, p in _stage_pieces(stage, labels))


def _word_needs(stages: list[Stage], labels: Labels) -> list[int]:
    """The cells each stage's column needs so that no word in its cells is cut (:func:`_word_widths`)."""
    return [max(_word_widths(stage, labels), default=0) for stage in stages]


def _label_least(stages: list[Stage], labels: Labels) -> int:
    """The row labels' column at its narrowest: the widest word of a label (``Punkty`` / ``styku``)."""
    from rich.cells import cell_len

    return max((cell_len(w) for r in content.journey_rows(stages) for w in labels[r].split()), default=8)


class TablePlan:
    """How a journey table is laid out: each stage column's width, the row labels' column, the padding.

    ``label_width``: None keeps each label on one line (the column as wide as the widest label);
    a number lets a label of two words wrap at its space. ``tight``: one cell of padding in a
    column, on its left, instead of one each side. ``folded``: the stages (indexes) with a word
    wider than their column, which is folded at the cut with :data:`FOLD_MARK`; ``whole``: the
    width the table needs for every word to stay whole (padding as usual).
    """

    def __init__(self, widths: list[int], *, label_width: int | None = None, tight: bool = False,
                 folded: list[int] | None = None, whole: int = 0) -> None:
        self.widths = widths
        self.label_width = label_width
        self.tight = tight
        self.folded = folded or []
        self.whole = whole


def _frame(stage_count: int, label_width: int, tight: bool) -> int:
    """:func:`_frame_width`, with ``tight`` one cell of padding a column instead of two."""
    columns = stage_count + 1
    return label_width + (columns + 1) + (1 if tight else 2) * columns


def _shared(leasts: list[int], words: list[list[int]], room: int) -> list[int]:
    """Widths from ``leasts`` up, within ``room``, that cut as few words as the room allows
    (``words``: the cells of each column's, :func:`_word_widths`); the room left after that goes
    first to a column with a word still cut (the one short of the most cells first), so that the
    word takes as few lines as it may, then it is shared so that the columns are as even as it
    allows, the narrowest first and the leftmost on a tie. Where every column can have its widest
    word, each has it."""
    needs = [max([least, *ws]) for least, ws in zip(leasts, words)]
    widths = needs if sum(needs) <= room else _fewest_cuts(leasts, words, room)
    for i in sorted(range(len(widths)), key=lambda i: widths[i] - needs[i]):  # a cut word: in as few lines as may be
        widths[i] += max(0, min(needs[i] - widths[i], room - sum(widths)))
    for _ in range(room - sum(widths)):  # at most MAX_WIDTH cells, one at a time
        widths[widths.index(min(widths))] += 1
    return widths


def _fewest_cuts(leasts: list[int], words: list[list[int]], room: int) -> list[int]:
    """Column widths from ``leasts`` up, ``room`` cells in all at most, under which the fewest
    words are wider than their column: each column's width is its least or one of its words',
    and the best is found column by column (for each number of spare cells used so far, the
    fewest words cut; of equals, the first found, which gives the left columns the less)."""
    spare = room - sum(leasts)
    cuts: dict[int, int] = {0: 0}  # spare cells used so far -> the fewest words cut
    steps: list[dict[int, tuple[int, int]]] = []  # per column: used -> (used before it, its width)
    for least, ws in zip(leasts, words):
        options = [(width, sum(1 for w in ws if w > width))
                   for width in sorted({least, *(w for w in ws if least < w <= least + spare)})]
        nxt: dict[int, int] = {}
        back: dict[int, tuple[int, int]] = {}
        for used, so_far in cuts.items():
            for width, cut in options:
                more = used + width - least
                if more > spare:
                    break
                if more not in nxt or so_far + cut < nxt[more]:
                    nxt[more] = so_far + cut
                    back[more] = (used, width)
        cuts = nxt
        steps.append(back)
    fewest = min(cuts.values())
    used = min(u for u, c in cuts.items() if c == fewest)
    widths: list[int] = []
    for back in reversed(steps):
        used, width = back[used]
        widths.append(width)
    return widths[::-1]


def table_plan(layout: str, stages: list[Stage], labels: Labels, width: int,
               numbers: dict[str, int] | None = None) -> TablePlan | None:
    """How a journey table ``width`` columns wide is laid out (None: its stages do not fit; see
    :func:`choose_layout`, which this never overrules).

    Every column gets what it needs (:func:`_stage_leasts`); then, room allowing, each its
    widest word (:func:`_word_needs`), so that no word is cut; the room left is shared so that
    the columns are as even as that allows. A forced ``--layout table`` whose words do not fit
    so gives way first in the row labels (a label of two words on two lines), then in its
    padding (one cell a column, not two), before any word is cut; a word still wider than its
    column is folded visibly (``circumstan-`` / ``ces``), and :func:`fold_note` says so.
    """
    numbers = _numbers(stages, numbers)
    leasts = _stage_leasts(layout, stages, labels, numbers)
    label_width = _label_width(stages, labels)
    room = width - _frame(len(stages), label_width, False)
    # A forced table gives way in its labels and padding before a column goes below its least (below):
    # it is shown while its columns' leasts fit in the tightest frame, not only in the roomy one.
    tightest = width - _frame(len(stages), _label_least(stages, labels), True) if layout == "table" else room
    if not stages or sum(leasts) > tightest:
        return None
    words = [_word_widths(stage, labels) for stage in stages]
    needs = [max([least, *ws]) for least, ws in zip(leasts, words)]
    whole = _frame(len(stages), label_width, False) + sum(needs)  # as _whole_width
    if sum(needs) <= room or layout != "table":  # the auto table keeps its frame: its choice is made
        widths = _shared(leasts, words, room)
        return TablePlan(widths, folded=[i for i, (w, n) in enumerate(zip(widths, needs)) if w < n], whole=whole)
    label_least = _label_least(stages, labels)
    tries = [(label_least, False), (label_width, True), (label_least, True)]
    for shrunk, tight in tries:
        inner = width - _frame(len(stages), shrunk, tight)
        if sum(needs) <= inner:
            return TablePlan(_shared(leasts, words, inner), label_width=shrunk if shrunk < label_width else None,
                             tight=tight, whole=whole)
    inner = width - _frame(len(stages), label_least, True)
    widths = _shared(leasts, words, inner)
    return TablePlan(widths, label_width=label_least if label_least < label_width else None, tight=True,
                     folded=[i for i, (w, n) in enumerate(zip(widths, needs)) if w < n], whole=whole)


def stage_widths(layout: str, stages: list[Stage], labels: Labels, width: int,
                 numbers: dict[str, int] | None = None) -> list[int] | None:
    """Each stage column's width in a journey table ``width`` columns wide (None: they do not fit).

    Every column gets what it needs (:func:`_stage_leasts`); the room left goes first to the
    words of its cells and is then shared so that the columns are as even as that allows
    (:func:`table_plan`). A stage whose heading needs a few more cells gets them from the others,
    rather than the whole table giving way to stacked panels.
    """
    plan = table_plan(layout, stages, labels, width, numbers)
    return plan.widths if plan is not None else None


def choose_layout(layout: str, stages: list[Stage], labels: Labels, width: int,
                  numbers: dict[str, int] | None = None) -> str:
    """``table`` or ``stacked``: what ``--layout`` asks for, as far as it can be shown whole.

    ``auto`` takes the table when every stage column gets :data:`MIN_STAGE_WIDTH` cells. A forced
    ``table`` is kept down to :data:`MIN_FORCED_STAGE_WIDTH` cells a stage, its row labels and padding
    at their tightest (:func:`table_plan`); narrower, the terminal would cut the columns off, so the
    stages are stacked (see :func:`layout_note`).
    """
    if layout in ("stacked", "panels"):
        return "stacked"
    return "table" if stage_widths(layout, stages, labels, width, numbers) is not None else "stacked"


def layout_note(layout: str, stages: list[Stage], labels: Labels, width: int,
                numbers: dict[str, int] | None = None, *, polish: bool = False) -> str | None:
    """Why a forced ``--layout table`` is shown stacked, and what would show it (None when it is not); in
    Polish for a ``lang = "pl"`` workspace (``polish``), as :func:`fold_note`."""
    if layout != "table" or choose_layout(layout, stages, labels, width, numbers) == "table":
        return None
    # The width the table needs with every word whole (:func:`table_plan`): the one the note asks
    # for then shows the table without another note, of words folded (:func:`fold_note`).
    needed = max(_needed_width(layout, stages, labels, _numbers(stages, numbers)), _whole_width(layout, stages, labels,
                                                                                               _numbers(stages, numbers)))
    if polish:
        remedy = f"użyj --width {needed} lub więcej albo wybierz mniej etapów (--stage)" if needed <= MAX_WIDTH else \
            f"to więcej, niż cxkit rysuje ({MAX_WIDTH}); wybierz mniej etapów (--stage)"
        what = (f"etapy ({len(stages)}) nie mieszczą się obok siebie", "pokazano je jeden pod drugim") \
            if len(stages) != 1 else ("etap nie mieści się", "pokazano go bez tabeli")
        return (f"--layout table: {what[0]} w {width} kolumnach (tabela potrzebuje {needed}); {what[1]} — {remedy}")
    count = f"{len(stages)} stages do" if len(stages) != 1 else "1 stage does"
    # --width goes up to MAX_WIDTH: past it, only fewer stages make a table.
    remedy = f"use --width {needed} or more, or fewer stages with --stage" if needed <= MAX_WIDTH else \
        f"that is wider than cxkit renders ({MAX_WIDTH}); pick fewer stages with --stage"
    return (f"--layout table: {count} not fit side by side in {width} columns (the table needs {needed}); "
            f"showing them stacked instead — {remedy}")


def fold_note(layout: str, stages: list[Stage], labels: Labels, width: int,
              numbers: dict[str, int] | None = None, *, polish: bool = False) -> str | None:
    """What a forced ``--layout table`` says once when a word in it is wider than its column can
    be (None when every word is whole, and for ``auto``, whose choice is its own): the table is
    wider than the page, the word is folded, and the stacked view reads better."""
    if layout != "table":
        return None
    plan = table_plan(layout, stages, labels, width, numbers)
    if plan is None or not plan.folded:
        return None
    whole = plan.whole
    # An id or a number cut goes on without the mark (see :func:`_cut_unmarked`): the note says so.
    unmarked = any(_cut_unmarked(stages[i], labels, plan.widths[i]) for i in plan.folded)
    if polish:
        wider = f"--width {whole}" if whole <= MAX_WIDTH else "mniej etapów (--stage)"
        ids = ", a identyfikatory i liczby szersze niż kolumna przechodzą do następnego wiersza bez niego" if unmarked else ""
        return (f"--layout table: tabela, w której każde słowo jest całe, potrzebuje {whole} kolumn, a strona ma "
                f"{width}; słowa szersze niż ich kolumna są dzielone znakiem „{FOLD_MARK}”{ids} — czytelniej będzie z "
                f"--layout stacked (albo z {wider})")
    wider = f"--width {whole}" if whole <= MAX_WIDTH else "fewer stages (--stage)"
    ids = ", and ids and numbers wider than their column go on to the next line without one" if unmarked else ""
    return (f"--layout table: the table needs {whole} columns to keep every word whole, wider than the page's "
            f"{width}; words wider than their column are folded with a \"{FOLD_MARK}\"{ids} — --layout stacked reads "
            f"better (or {wider})")


#: The fewest columns a value is given beside its label in the stacked view; with fewer (a 20-column page:
#: "Krzywa emocji: " leaves 5) the value starts on the line below its label, as wide as the page.
VALUE_ROOM = 14
#: How far a value under its label is indented.
UNDER_LABEL = 2


class LabelledRows:
    """Rows of a label (bold) and its value: side by side, every further line of a value starting under its
    first, so it reads as part of the same field; or, where that leaves a value fewer than :data:`VALUE_ROOM`
    columns (the stacked view at 20 columns), each label on its own line and its value below it, indented
    by :data:`UNDER_LABEL`, so that no word is cut into syllables ("Świad" / "omość")."""

    def __init__(self, rows: list[tuple[str, RenderableType]], *, padding: int = 0) -> None:
        self.rows = rows
        self.padding = padding

    def _grid(self) -> Table:
        grid = Table.grid(padding=(0, self.padding))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for label, value in self.rows:
            grid.add_row(Text(label), value)  # cxkit's words, never read as markup
        return grid

    def _beside(self, width: int) -> bool:
        from rich.cells import cell_len

        return width - max(cell_len(label) for label, _value in self.rows) - self.padding >= VALUE_ROOM

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not self.rows or self._beside(options.max_width):
            yield self._grid()
            return
        for label, value in self.rows:
            yield Text(label.rstrip(), style="bold")
            yield Padding(value, (0, 0, 0, UNDER_LABEL))  # indented: told from the next label without bold too

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self._grid())


def _labelled(label: str, value: str) -> RenderableType:
    """``label`` in bold, then ``value`` (:class:`LabelledRows`)."""
    return LabelledRows([(label, Text(value))])


def _journey_header(journey: JourneyMap, stages: list[Stage], labels: Labels, persona_name: str | None,
                    path: str, width: int) -> RenderableType:
    lines: list[RenderableType] = []
    heading = name_heading(journey.name, labels["journey"], width)
    if heading is not None:  # a long name: shown whole here, the title keeps the kind
        lines.append(heading)
    who = Text.assemble((f"{labels['persona_ref']}: ", "bold"))
    who.append(f"{one_line(persona_name)} ({journey.persona})" if persona_name else journey.persona)
    lines.append(who)
    if journey.goal:
        lines.append(LabelledRows([(f"{labels['goal']}: ", prose(paragraph(journey.goal)))]))
    if journey.summary:
        lines.append(prose(paragraph(journey.summary)))
    meta = Text(style="dim")
    if len(stages) != len(journey.stages):
        # The stages' numbers in the whole map ("Stage 5 of 7"), as their panels number them: a count (1/7) read as one.
        meta.append(content.stages_label(journey, stages, labels, "part"))
    else:
        meta.append(f"{labels['stages']}: {len(stages)}")
    meta.append(f" · {labels['reviewed.last']}: {journey.reviewed.isoformat() if journey.reviewed else labels['reviewed.never']}")
    if journey.owner:
        meta.append(f" · {labels['owner']}: {one_line(journey.owner)}")
    if journey.status not in (None, "active"):
        meta.append(f" · {labels['lifecycle']}: {labels['lifecycle.' + journey.status]}")
    if path:
        meta.append(f" · {shown_path(path)}")
    if not id_fits_subtitle(journey.id, width):  # a long id goes in the text, not cut in the border
        meta.append(f" · {journey.id}")
    lines.append(Breakable(meta.plain, "dim"))  # a long id or path breaks at its joints, never mid-word
    return Panel(Group(*lines), title=panel_title(journey.name, labels["journey"], "cyan", width),
                 title_align="left", subtitle=id_subtitle(journey.id, width), subtitle_align="right",
                 box=box.ROUNDED, border_style="cyan", padding=(0, 1))


def _cell(stage: Stage, row: str, labels: Labels) -> RenderableType:
    if row == "emotion":
        return EmotionCell(stage.emotion, labels)
    entries = content.stage_entries(stage, row, labels)
    if not entries:
        return Text("")
    if row in ("goal", "doing", "thinking", "feeling"):
        return BreakableText(entry_text(entries[0]))
    return entry_list(entries)


def journey_table(stages: list[Stage], labels: Labels, numbers: dict[str, int], widths: list[int] | None = None,
                  plan: TablePlan | None = None) -> Table:
    """Stages as columns, one row per aspect; the emotion row draws the curve.

    ``widths``: each stage column's (:func:`stage_widths`); without them the columns share the
    width evenly. ``plan`` (:func:`table_plan`): the widths, and how the row labels and the
    padding give way in a narrow forced table.
    """
    rows = content.journey_rows(stages)
    if plan is not None:
        widths = plan.widths
    tight = plan is not None and plan.tight
    table = Table(box=box.ROUNDED, show_lines=True, expand=True, padding=(0, 0, 0, 1) if tight else (0, 1),
                  show_header=True)
    if plan is not None and plan.label_width is not None:  # a label of two words may take two lines
        table.add_column("", style="bold", width=plan.label_width)
    else:
        table.add_column("", style="bold", no_wrap=True)
    for i, stage in enumerate(stages):
        head = Group(StageHeading(numbers[stage.id], stage.name), Breakable(stage.id, "dim"))
        if widths is not None:
            table.add_column(head, width=widths[i], overflow="fold")
        else:
            table.add_column(head, ratio=1, min_width=MIN_STAGE_WIDTH, overflow="fold")
    for row in rows:
        if row == "emotion" and len(stages) == 1:
            # One stage draws no curve: its five-line chart would be blank lines and a dot to read
            # through before "-2 very negative"; the value alone, as a stage panel writes it.
            table.add_row(Text(labels[row], style="bold"), emotion_text(stages[0].emotion, labels))
            continue
        table.add_row(Text(labels[row], style="bold"), *[_cell(s, row, labels) for s in stages])
    if not rows:  # stages with only an id and a name: say so, rather than end the table on a bare rule
        table.add_row(Text(""), *[_nothing_recorded(labels) for _ in stages])
    return table


def _nothing_recorded(labels: Labels) -> Text:
    """What a stage with only an id and a name shows: dim, as a missing emotion is."""
    return Text(labels["stage_empty"], style="dim", overflow="fold")


def stage_panel(stage: Stage, number: int, total: int, labels: Labels, width: int | None = None) -> Panel:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    rows = content.journey_rows([stage])
    for row in rows:
        if row == "emotion":
            grid.add_row(labels[row], emotion_text(stage.emotion, labels))
        else:
            grid.add_row(labels[row], _cell(stage, row, labels))
    fits = width is None or id_fits_subtitle(stage.id, width)
    if not fits:  # a long id goes in the panel, not cut in the border
        grid.add_row(labels["stage"], Breakable(stage.id, "dim"))
    level = stage.emotion
    border = EMOTION_STYLE.get(level, "white") if level is not None else "white"
    place = f"{number}/{total}"
    lines: list[RenderableType] = []
    if width is not None and not stage_name_fits_title(stage.name, place, width):
        # a long name: the title keeps the stage's place, the name opens the panel whole
        lines.append(Text(one_line(stage.name), style="bold", overflow="fold"))
        title = Text(place, style="dim")
    else:
        title = Text.assemble((f"{place} · ", "dim"), (one_line(stage.name), "bold"), overflow="ellipsis")
    if not rows:  # only an id and a name: an empty panel would look like a rendering fault
        lines.append(_nothing_recorded(labels))
    if grid.row_count:
        lines.append(grid)
    body: RenderableType = lines[0] if len(lines) == 1 else Group(*lines)
    return Panel(body, title=title, title_align="left", subtitle=Text(stage.id, style="dim") if fits else None,
                 subtitle_align="right", box=box.ROUNDED, border_style=border, padding=(0, 1))


def _linear_header(journey: JourneyMap, stages: list[Stage], labels: Labels, persona_name: str | None,
                   path: str) -> list[RenderableType]:
    """A journey's header under ``--layout stacked``: one fact a line, no frame, no ``·`` between facts."""
    lines: list[RenderableType] = [Text(one_line(journey.name), style="bold", overflow="fold"),
                                   Breakable(f"{labels['journey']}, {journey.id}")]
    who = f"{one_line(persona_name)} ({journey.persona})" if persona_name else journey.persona
    lines.append(_labelled(f"{labels['persona_ref']}: ", who))
    if journey.goal:
        lines.append(LabelledRows([(f"{labels['goal']}: ", prose(paragraph(journey.goal)))]))
    if journey.summary:
        lines.append(prose(paragraph(journey.summary)))
    if len(stages) != len(journey.stages):
        lines.append(Text(content.stages_label(journey, stages, labels, "part")))
    else:
        lines.append(Text(f"{labels['stages']}: {len(stages)}"))
    lines.append(Text(f"{labels['reviewed.last']}: {journey.reviewed.isoformat() if journey.reviewed else labels['reviewed.never']}"))
    if journey.owner:
        lines.append(_labelled(f"{labels['owner']}: ", one_line(journey.owner)))
    if journey.status not in (None, "active"):
        lines.append(_labelled(f"{labels['lifecycle']}: ", labels["lifecycle." + journey.status]))
    if path:
        lines.append(Breakable(shown_path(path)))
    return lines


def curve_line(stages: list[Stage], labels: Labels, numbers: dict[str, int], width: int) -> RenderableType:
    """The emotion curve as words, for ``--layout stacked``: ``Emotion curve: 1 Need (-1), 2 …``.

    The chart's legend is its text equivalent; read line by line, the chart itself is box
    drawings, so the linear view gives the legend alone, before the stages it sums up. Its lines
    break between stages, never inside one that fits a line ("(+2)" stays with its stage)."""
    from rich.cells import cell_len

    label = f"{labels['curve']}: "
    # Beside the label, or under it when beside it is too narrow (:class:`LabelledRows`).
    room = width - cell_len(label) if width - cell_len(label) >= VALUE_ROOM else width - UNDER_LABEL
    room = max(room, 20 - UNDER_LABEL)
    items = [f"{numbers[s.id]} {one_line(s.name)} ({signed(s.emotion)})" for s in stages]
    lines: list[str] = []
    for i, item in enumerate(items):
        item += "," if i < len(items) - 1 else ""
        if lines and cell_len(lines[-1]) + 1 + cell_len(item) <= room:
            lines[-1] += " " + item
        else:
            lines.append(item)
    return _labelled(label, "\n".join(lines))


def linear_stage(stage: Stage, number: int, total: int, labels: Labels) -> RenderableType:
    """One stage under ``--layout stacked``: a heading (``Stage 3 of 5: Applying (applying)``), then
    one field a line, its label first; no frame, no column a screen reader would interleave."""
    from ..lint.polish import out_of

    heading = labels["part.one"].format(numbers=number, total=total, of_total=out_of(total))
    lines: list[RenderableType] = [Text(f"{heading}: {one_line(stage.name)} ({stage.id})", style="bold",
                                        overflow="fold")]
    rows = content.journey_rows([stage])
    for row in rows:
        if row == "emotion":
            lines.append(Text.assemble((f"{labels[row]}: ", "bold"), emotion_text(stage.emotion, labels)))
            continue
        entries = content.stage_entries(stage, row, labels)
        if row in ("goal", "doing", "thinking", "feeling") and len(entries) == 1:
            line = Text.assemble((f"{labels[row]}: ", "bold"), entry_text(entries[0]))
            lines.append(BreakableText(line))
        else:
            lines.append(Text(f"{labels[row]}:", style="bold"))
            lines.append(entry_list(entries))
    if not rows:
        lines.append(_nothing_recorded(labels))
    return Group(*lines)


def _linear_journey(journey: JourneyMap, stages: list[Stage], labels: Labels, numbers: dict[str, int],
                    persona_name: str | None, path: str, width: int) -> RenderableType:
    parts: list[RenderableType] = [Group(*_linear_header(journey, stages, labels, persona_name, path))]
    if any(s.emotion is not None for s in stages):
        parts.append(curve_line(stages, labels, numbers, width))
    parts.extend(linear_stage(stage, numbers[stage.id], len(journey.stages), labels) for stage in stages)
    sources = sources_block(journey, labels, warn_when_empty=False)
    if sources is not None:
        parts.append(sources)
    return _spaced(parts)


def journey_view(journey: JourneyMap, stages: list[Stage], labels: Labels, *, layout: str, width: int,
                 persona_name: str | None = None, path: str = "") -> RenderableType:
    """A journey map: header, then the stages as table columns or as stacked panels.

    ``--layout stacked`` asked for (the screen-reader view) gives no panels at all: one column of
    plain lines, the curve as its legend line (:func:`_linear_journey`)."""
    numbers = {s.id: i + 1 for i, s in enumerate(journey.stages)}
    if layout == "stacked":
        return _linear_journey(journey, stages, labels, numbers, persona_name, path, width)
    plan = table_plan(layout, stages, labels, width, numbers) if layout != "panels" else None
    parts: list[RenderableType] = [_journey_header(journey, stages, labels, persona_name, path, width)]
    if plan is not None:
        parts.append(journey_table(stages, labels, numbers, plan=plan))
    else:
        if any(s.emotion is not None for s in stages):
            parts.append(curve_chart([s.emotion for s in stages], [one_line(s.name) for s in stages], width, labels,
                                     [numbers[s.id] for s in stages]))
        for stage in stages:
            parts.append(stage_panel(stage, numbers[stage.id], len(journey.stages), labels, width))
    sources = sources_block(journey, labels, warn_when_empty=False)
    if sources is not None:
        parts.append(Padding(sources, (0, 1)))
    return Group(*parts)


# --- folder overview --------------------------------------------------------------------------

def _count(value: int | None) -> str:
    return "–" if value is None else str(value)


def _count_columns_fit(rows: list[OverviewRow], labels: Labels, width: int) -> bool:
    """Whether a column per count still leaves the document column room for ids and paths (weighed
    with the opportunities' short heading: see :func:`_opportunities_label`)."""
    from rich.cells import cell_len

    kind = max([cell_len(labels["kind"])] + [cell_len(labels.own(r.lang)[r.kind]) for r in rows])
    counts = sum(cell_len(labels[key]) for key in ("traits", "sources", "stages", "opps"))
    reviewed = _reviewed_width(rows, labels)
    frame = 8 + 7 * 2  # seven columns: eight borders and a space either side of each column
    return width - frame - kind - counts - reviewed >= MIN_OVERVIEW_NAME


def _longest_name(rows: list[OverviewRow]) -> int:
    """The widest id or file name (as the document column shows it) of the overview's rows."""
    from rich.cells import cell_len

    return max([cell_len(r.id) for r in rows] + [cell_len(shown_path(r.path)) for r in rows], default=0)


def _narrow_room(rows: list[OverviewRow], labels: Labels, width: int, *, dated: bool) -> int:
    """The document column's cells in the narrow overview: beside a counts column and a review-date
    column, or (``dated``) beside the counts alone, the date under them."""
    from rich.cells import cell_len

    counts = max([cell_len(labels["counts"])] + [cell_len(labels.own(r.lang)[r.kind]) for r in rows]
                 + [cell_len(f"{labels[k].lower()} 999") for k in ("traits", "sources", "stages", "opps")])
    if dated:
        return width - (3 + 2 * 2) - max(counts, _reviewed_width(rows, labels))
    return width - (4 + 3 * 2) - counts - _reviewed_width(rows, labels)


#: The narrowest document column the narrow overview keeps beside a separate review-date column.
MIN_NARROW_NAME = 12


def _reviewed_column_fits(rows: list[OverviewRow], labels: Labels, width: int) -> bool:
    """Whether the narrow overview's three columns leave the names :data:`MIN_NARROW_NAME` cells, and
    every id and file name whole where the date under the counts would (an id broken over two lines,
    "aisha-screen-reader-" / "claimant", is read aloud as two words and copied as two)."""
    room = _narrow_room(rows, labels, width, dated=False)
    if room < MIN_NARROW_NAME:
        return False
    longest = _longest_name(rows)
    return room >= longest or _narrow_room(rows, labels, width, dated=True) < longest


def _reviewed_width(rows: list[OverviewRow], labels: Labels) -> int:
    """The review-date column's width: a date, its heading, or a row's "never reviewed" in the row's language."""
    from rich.cells import cell_len

    never = [cell_len(labels.own(r.lang)["not_reviewed"]) for r in rows if not r.reviewed]
    return max([cell_len(labels["reviewed"]), 10] + never)


def _counts_line_width(labels: Labels, opps: str = "opps") -> int:
    """The narrow overview's widest count line (``źródła 999``) and its heading."""
    from rich.cells import cell_len

    return max([cell_len(labels["counts"])] + [cell_len(f"{labels[k].lower()} 999")
                                                for k in ("traits", "sources", "stages", opps)])


def _opportunities_label(rows: list[OverviewRow], labels: Labels, width: int, layout: str, dated_counts: bool) -> str:
    """The label key of the overview's opportunities count: the whole word (``usprawnienia 2``,
    ``Opportunities``) where there is room for it, else its short form (``uspr. 2``, ``Opps``).

    Room means nothing wraps that did not wrap with the short form: a count line of the narrow
    layout fits the column its kind and other counts already make that wide ("persona negatywna"
    is wider than "usprawnienia 999"), or the document column keeps its longest line (name, id,
    path; up to 60 cells) beside it; a column's heading, when every column can be as wide as its
    widest cell and the document column as its longest line.
    """
    from rich.cells import cell_len

    whole = "opportunities"
    if dated_counts:
        return "opps"
    lines = [r.id for r in rows] + [one_line(r.name) for r in rows] + [f"→ {one_line(r.persona)}" for r in rows if r.persona]
    if layout != "wide":
        lines += [shown_path(r.path) for r in rows]
    needed = max([MIN_OVERVIEW_NAME if layout != "narrow" else MIN_NARROW_NAME]
                 + [min(60, cell_len(line)) for line in lines])
    kind = max([cell_len(labels["kind"])] + [cell_len(labels.own(r.lang)[r.kind]) for r in rows])
    reviewed = _reviewed_width(rows, labels)
    if layout == "narrow":
        column = max(kind, _counts_line_width(labels))
        full = max(column, _counts_line_width(labels, whole))
        return whole if full == column or width - (4 + 3 * 2) - full - reviewed >= needed else "opps"
    counts = sum(cell_len(labels[key]) for key in ("traits", "sources", "stages", whole))
    columns = 8 if layout == "wide" else 7
    room = width - (columns + 1 + columns * 2) - kind - counts - reviewed
    if layout == "wide":
        room -= max([cell_len(labels["file"])] + [cell_len(shown_path(r.path)) for r in rows])
    return whole if room >= needed else "opps"


def overview_view(rows: list[OverviewRow], labels: Labels, width: int, title: str) -> RenderableType:
    """Every persona, negative persona and journey in a folder, with key counts and review dates.

    Wide terminals get a column per count and one for the file; middle widths
    put the file under the name; narrow ones fold the counts into one column.
    """
    table = Table(box=box.ROUNDED, expand=width < WIDE_OVERVIEW, padding=(0, 1), show_lines=True)
    layout = "wide" if width >= WIDE_OVERVIEW else ("medium" if _count_columns_fit(rows, labels, width) else "narrow")
    # Below ~50 columns a date column beside the counts leaves the names no room at all:
    # the review date then goes under the counts.
    dated_counts = layout == "narrow" and not _reviewed_column_fits(rows, labels, width)
    # "Usprawnienia" where there is room for it: "uspr. 2" is a riddle to a reader.
    opps = _opportunities_label(rows, labels, width, layout, dated_counts)
    # A kind of two words ("persona negatywna", "negative persona") is never split over two lines:
    # read line by line, "persona" alone beside the name says the opposite of what the row is.
    # Its column takes the room from the document column, whose ids and paths break at their joints.
    table.add_column(labels["document"], overflow="fold", ratio=1)
    if layout == "narrow":
        table.add_column(f"{labels['counts']}\n{labels['reviewed']}" if dated_counts else labels["counts"],
                         no_wrap=True)
    else:
        table.add_column(labels["kind"], no_wrap=True)
        for key in ("traits", "sources", "stages", opps):
            table.add_column(labels[key], justify="right", no_wrap=True)
    if not dated_counts:
        table.add_column(labels["reviewed"], no_wrap=True)
    if layout == "wide":
        table.add_column(labels["file"], overflow="fold")
    for row in rows:
        lines: list[RenderableType] = [Text(one_line(row.name), style="bold", overflow="fold"), Breakable(row.id, "dim")]
        if row.persona:
            # an id (a persona not found) breaks at its joints: `aisha-screen-reader-` / `claimant`, not `…-cla` / `imant`
            lines.append(Breakable(f"→ {one_line(row.persona)}", "cyan"))
        if layout != "wide":
            lines.append(Breakable(shown_path(row.path), "dim"))
        doc = Group(*lines)
        # The row's own words (its kind, "never reviewed") in its language, as its own view has them.
        own = labels.own(row.lang)
        reviewed = Text(row.reviewed.isoformat()) if row.reviewed else Text(own["not_reviewed"], style="yellow")
        kind = Text(own[row.kind], style={"persona": "cyan", "negative-persona": "magenta", "journey": "green"}.get(row.kind, ""))
        if row.status:  # retired or a draft: said under its kind, not counted as current unsaid (see kind_total)
            kind.append(f"\n{own['lifecycle.' + row.status]}", style="yellow")
        if layout == "narrow":
            if row.kind == "journey":
                counts = (f"{labels['sources'].lower()} {row.sources}\n{labels['stages'].lower()} {row.stages}\n"
                          f"{labels[opps].lower()} {row.opportunities}")
            else:
                counts = f"{labels['traits'].lower()} {row.traits}\n{labels['sources'].lower()} {row.sources}"
            if dated_counts:
                table.add_row(doc, Text.assemble(kind, "\n", counts, "\n", reviewed))
            else:
                table.add_row(doc, Text.assemble(kind, "\n", counts), reviewed)
            continue
        cells = [doc, kind, _count(row.traits), _count(row.sources), _count(row.stages), _count(row.opportunities), reviewed]
        if layout == "wide":
            cells.append(Breakable(shown_path(row.path), "dim"))
        table.add_row(*cells)
    totals = Text(style="dim")
    for i, kind_name in enumerate(("persona", "negative-persona", "journey")):
        totals.append(("" if i == 0 else " · ") + kind_total(rows, kind_name, labels))
    # Broken as an item list is: a "·" stays after the count before it, never heads a line.
    return Group(Text(shown_path(title), style="bold"), table, BreakableText(totals))


def overview_list(rows: list[OverviewRow], labels: Labels, title: str) -> RenderableType:
    """The folder overview in one column (``--layout stacked``): a block of short lines per
    document, its name first, then its kind and id, its counts, review date and file. Read line by
    line, the table's cells of several columns interleave; here every line says one thing."""
    parts: list[RenderableType] = [Text(shown_path(title), style="bold")]
    for row in rows:
        own = labels.own(row.lang)
        status = f" ({own['lifecycle.' + row.status]})" if row.status else ""
        lines: list[RenderableType] = [Text(one_line(row.name), style="bold", overflow="fold"),
                                       Breakable(f"{own[row.kind]}{status}, {row.id}")]
        if row.persona:
            lines.append(Breakable(f"{labels['persona_ref']}: {one_line(row.persona)}"))
        keys = ("sources", "stages", "opportunities") if row.kind == "journey" else ("traits", "sources")
        values = {"traits": row.traits, "sources": row.sources, "stages": row.stages, "opportunities": row.opportunities}
        counts = ", ".join(f"{labels[k]}: {_count(values[k])}" for k in keys)
        lines.append(Breakable(counts))
        never = labels.own(row.lang)["reviewed.never"]
        lines.append(Text(f"{labels['reviewed.last']}: {row.reviewed.isoformat() if row.reviewed else never}"))
        lines.append(Breakable(shown_path(row.path)))
        parts.append(Group(*lines))
    totals = ", ".join(kind_total(rows, k, labels) for k in ("persona", "negative-persona", "journey"))
    parts.append(Breakable(totals))
    return _spaced(parts)


class NoFaint:
    """``renderable`` without faint (SGR 2) text: many high-contrast terminal themes draw faint as
    a low-contrast grey, yet ids, dates, owners and sources are shown faint. Used with
    ``--layout stacked`` and with ``NO_COLOR``; bold, italic and the text itself stay."""

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        off = Style(dim=False)
        for segment in console.render(self.renderable, options):
            if segment.style is not None and segment.style.dim and not segment.control:
                yield Segment(segment.text, segment.style + off)
            else:
                yield segment


def broken_view(broken: list[Any], labels: Labels, title: str | None = None) -> RenderableType:
    """A folder's files that could not be read: each file's first problem, ``path:line:col``, then why."""
    from ..visible import visible_line

    # Under the overview's table a blank line sets the list apart; alone, the folder's title heads it.
    lines: list[RenderableType] = [Text(shown_path(title), style="bold") if title is not None else Text("")]
    lines.append(Text(labels["broken"].format(count=len(broken)), style="bold red", overflow="fold"))
    for b in broken:
        lines.append(Text.assemble(("✗ ", "red"), (f"{shown_path(b.path)}:{b.line}:{b.column}", "bold"),
                                   f" {b.code} {visible_line(b.message)}", overflow="fold"))
    return Group(*lines)


#: The widest page cxkit lays out: wider adds only blank space, and `COLUMNS=99999999` would
#: build lines of that many cells for every row.
MAX_WIDTH = 1000
#: The narrowest page: what `--width` accepts at least, and what a narrower terminal or COLUMNS gets.
MIN_WIDTH = 40
#: The narrowest page of the stacked view (plain lines, no frame): a 30-column terminal (400% zoom) gets
#: its own width, not 40 columns it wraps again.
STACKED_MIN_WIDTH = 20


def _columns_variable() -> int | None:
    """``COLUMNS`` as a number of columns (None when unset or not a whole number).

    A whole number counts however small: `COLUMNS=0` and `COLUMNS=-5` (a script's sum gone below
    zero) ask for less room than there is, and get the narrowest page like `COLUMNS=3` — rich
    alone would skip a signed value and lay out 80 columns, or the terminal's width. Anything
    else (empty, `abc`, `80px`) says nothing about the width and is left out, as if unset.
    """
    import os
    import re

    value = os.environ.get("COLUMNS", "").strip()
    return int(value) if re.fullmatch(r"[+-]?[0-9]+", value) else None


def clamp_width(width: int, least: int = MIN_WIDTH) -> int:
    """A width of the page cxkit lays out: ``least`` (:data:`MIN_WIDTH`) to :data:`MAX_WIDTH`."""
    return min(max(width, least), MAX_WIDTH)


def make_console(stream: Any, width: int | None, *, color: bool | None = None, least: int = MIN_WIDTH) -> Console:
    """A console for ``stream``; colour only on a terminal (or with FORCE_COLOR, see :mod:`cxkit.colour`)
    and never with NO_COLOR set.

    The page is ``width`` (``--width``) columns wide, else ``COLUMNS`` when it is a whole number,
    else the terminal's width (80 off a terminal), always within ``least`` (:data:`MIN_WIDTH`; the
    stacked view, which has no frame to keep whole, :data:`STACKED_MIN_WIDTH`) to :data:`MAX_WIDTH`.
    """
    from ..colour import color_system, terminal

    wanted = width if width is not None else _columns_variable()
    if wanted is not None:
        # `COLUMNS=0` would print nothing at all, `COLUMNS=3` a letter a line, 99999999 run out of memory.
        wanted = clamp_width(wanted, least)
    console = Console(
        file=stream,
        width=wanted,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
        force_terminal=terminal(stream, color),
        no_color=None if color is None else not color,
        color_system=color_system(color),
    )
    if console.is_dumb_terminal and wanted is not None:
        # On a terminal with TERM=dumb (or unknown) rich lays out 80 columns whatever it is told;
        # there --width, then COLUMNS, count as on any terminal (80 stays when neither is given).
        console.size = (wanted, console.height)
    if wanted is None and console.width != clamp_width(console.width, least):  # the terminal's own width
        console.width = clamp_width(console.width, least)
    return console


def page_width(console: Console) -> int:
    return max(console.width, 20)


#: Quotation marks an author may open and close a quote with, in Polish and English typography.
_OPENING_MARKS = "\"'„“”‘’«»‚"
_CLOSING_MARKS = "\"'”“’‘»«"


def hanging_quote(quote: str) -> RenderableType:
    """A quote whose opening mark hangs: every line, wrapped or the author's next one, starts under
    the first letter after the mark, not under the mark. A line the author opened with a mark of its
    own (one turn per line, each in marks) hangs that mark the same way."""
    rows = [(line[0], line[1:]) if line[:1] in _OPENING_MARKS else ("", line) for line in quote.split("\n")]
    if not any(mark for mark, _text in rows):
        return prose(quote, "italic")
    grid = Table.grid(padding=0)
    grid.add_column(no_wrap=True, width=1, style="italic")
    grid.add_column(overflow="fold", style="italic")
    for mark, text in rows:
        grid.add_row(mark, prose(text, "italic"))
    return grid


#: The marks of a quote within a quote, by the language's marks around the whole: Polish „…” holds
#: »…«, English “…” holds ‘…’. A pair of the outer marks inside a quote cxkit wraps becomes these,
#: so that no „ opens inside a „…” (plain "…" and the author's other marks stay as written).
_INNER_MARKS = {"pl": ("»", "«"), "en": ("‘", "’")}
_INNER_PAIRS = {"pl": re.compile(r"„([^„”\n]*)”"), "en": re.compile(r"“([^“”\n]*)”")}


def inner_quotes(text: str, lang: str) -> str:
    """``text`` with each quotation in the language's outer marks inside it in its inner marks
    (``„nowe funkcje”`` becomes ``»nowe funkcje«`` in Polish, ``“new features”`` becomes ``‘new features’``
    in English), for a quote cxkit is about to put in the outer marks."""
    opening, closing = _INNER_MARKS.get(lang, _INNER_MARKS["en"])
    pairs = _INNER_PAIRS.get(lang, _INNER_PAIRS["en"])
    third = _THIRD_MARKS.get(lang, _THIRD_MARKS["en"])
    # A quote within it that holds one of its own (»najtańsze« in „Kupuj »najtańsze«”) takes the
    # third level there, or »Kupuj »najtańsze«« would open twice.
    nested = re.compile(f"{opening}([^{opening}{closing}\n]*){closing}")
    return pairs.sub(lambda m: f"{opening}{nested.sub(lambda n: f'{third[0]}{n.group(1)}{third[1]}', m.group(1))}{closing}", text)


_THIRD_MARKS = {"pl": ("‚", "’"), "en": ("“", "”")}


def _quoted(text: str) -> bool:
    """Whether ``text`` is already wrapped in quotation marks."""
    # `"Szybko" czy "tanio"` opens and closes with a mark, yet is two quotes in one: not wrapped.
    return len(text) >= 2 and text[0] in _OPENING_MARKS and text[-1] in _CLOSING_MARKS and not (
        set(text[1:-1]) & {text[0], text[-1]}
    )
