"""Showing a diff: text for the terminal, JSON for tools, markdown for pull requests."""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import posixpath
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, NamedTuple, TextIO

from ..gfm import plain
from ..visible import NoWorkflowCommands, has_controls, json_visible, no_workflow_commands, raw_name, visible, visible_line
from ..yamlio import WrittenFloat, WrittenInt

from .compare import enclosing_labels, reads_text
from .match import OverBudget as _OverBudget
from .match import budgeted_matcher as _budgeted_matcher
from .model import ADDED, CHANGED, JOINED, LEFT, MOVED, REMOVED, Change, DiffResult, DocumentDiff, Item, Part, format_path

#: Strings longer than this, or with more than one word, get a word-level diff.
PROSE_LENGTH = 60
#: A word diff's tokens: blanks, words (with the combining marks a decomposed letter is written
#: with), and any other sign with what joins it into one character on screen: a flag's two
#: letters, an emoji's skin tone, variation selector or keycap, and emoji joined by U+200D.
_TOKENS = re.compile(
    r"\s+|[\w'’\u0300-\u036f-]+|[\U0001F1E6-\U0001F1FF]{2}"
    r"|[^\w\s](?:[\u0300-\u036f\ufe0e\ufe0f\u20e3\U0001F3FB-\U0001F3FF]|\u200d[^\w\s])*",
    re.UNICODE,
)
_NEEDS_QUOTES = re.compile(
    r"""^$|^\s|\s$|^[-?:,\[\]{}#&*!|>'"%@`]|: |\s#|\n|\t"""
    r"""|^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|no|on|off)$"""
    r"""|^[-+]?(?:\.?[0-9][0-9_.:eE+-]*|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN|0x[0-9a-fA-F]+|0o[0-7]+)$"""
)
_FLOW_SPECIAL = re.compile(r"[,\[\]{}]")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_KIND_NAMES = {"persona": "persona", "negative-persona": "negative persona", "journey": "journey"}


# --- shared helpers -------------------------------------------------------

def is_prose(old: Any, new: Any) -> bool:
    """Two strings worth a word-level diff: long, or more than one word."""
    if not (isinstance(old, str) and isinstance(new, str)):
        return False
    return any(len(s) > PROSE_LENGTH or len(s.split()) > 1 for s in (old, new))


#: Below this share of its words kept (by length) in the shorter of two texts, both are shown
#: whole, old and new, not interleaved word by word: a value rewritten reads as two sentences,
#: not as a puzzle.  Words only added (or only taken out) keep their word diff.
REWRITTEN = 0.5


def rewritten(old: str, new: str) -> bool:
    """Whether two texts share so little that a word diff would interleave them: the words (and
    signs) the word diff keeps, by length, are less than :data:`REWRITTEN` of the shorter text's."""
    return _rewritten(word_diff(old, new))


def _interleaved(old: str, new: str) -> list[tuple[str, str]] | None:
    """The :func:`word_diff` of two texts, None when they are :func:`rewritten` (shown whole instead)."""
    ops = word_diff(old, new)
    return None if _rewritten(ops) else ops


def _rewritten(ops: list[tuple[str, str]]) -> bool:
    """:func:`rewritten`, from the word diff already made."""
    kept = 0
    sizes = {"-": 0, "+": 0}
    for op, text in ops:
        size = len("".join(text.split()))
        if op == "=":
            kept += size
        else:
            sizes[op] += size
    shorter = min(kept + sizes["-"], kept + sizes["+"])
    return shorter > 0 and kept < REWRITTEN * shorter


def _shown_whole_long(old: Any, new: Any) -> bool:
    """Prose shown whole that is too long to read as `old → new` on one line: `old:` and `new:` lines."""
    return is_prose(old, new) and max(len(old), len(new)) > PROSE_LENGTH


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Segments ``(op, text)`` with op ``=``, ``-`` or ``+``, word by word (in bounded time: see
    :data:`WORD_DIFF_BUDGET`)."""
    return list(_word_diff(old, new))


@functools.lru_cache(maxsize=32)
def _word_diff(old: str, new: str) -> tuple[tuple[str, str], ...]:
    """:func:`word_diff`, kept for the few values a format asks about twice (Markdown's legend)."""
    # Block scalars end with a newline that only adds noise to the display.
    a, b = _TOKENS.findall(visible(old.rstrip("\n"))), _TOKENS.findall(visible(new.rstrip("\n")))
    # Each run: (kept text, None) or (what went, what came).
    runs: list[tuple[str, str | None]] = []
    for tag, i1, i2, j1, j2 in _token_opcodes(a, b):
        kept = tag == "equal"
        run = ("".join(a[i1:i2]), None if kept else "".join(b[j1:j2]))
        # Two words replaced with only a blank between them are one run (`[-24 godziny-]{+48 godzin+}`,
        # not `[-24-]{+48+} [-godziny-]{+godzin+}`); a line break between them stays.
        if (not kept and run[0] and run[1] and len(runs) >= 2 and runs[-1][1] is None
                and not runs[-1][0].strip() and "\n" not in runs[-1][0] and runs[-2][0] and runs[-2][1]):
            blank = runs.pop()[0]
            went, came = runs.pop()
            run = (went + blank + run[0], f"{came}{blank}{run[1]}")
        runs.append(run)
    out: list[tuple[str, str]] = []
    for went, came in runs:
        if came is None:
            out.append(("=", went))
            continue
        if went:
            out.append(("-", went))
        if came:
            out.append(("+", came))
    return tuple(out)


#: How much matching a word diff may do, in steps of difflib's longest-match search (one step: one
#: place in the new text where a token of the old one also stands; about 70 ns each).  A value of
#: about 200 words even with every third word changed, or of about 800 with a few changes, takes
#: less and gets the exact word diff.
#: A pasted transcript of thousands of words would take minutes (each search walks every blank of
#: the text, and it searches once per change), so past this the common start and end are set aside
#: and the middle is matched by its words alone, within the same budget again; past that too, the
#: changed middle is shown as removed and added whole.  So one value costs well under a second.
WORD_DIFF_BUDGET = 2_000_000


def _token_opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes of two token lists, or, when they would take more than
    :data:`WORD_DIFF_BUDGET`, :func:`_large_opcodes`."""
    try:
        return _budgeted_matcher(a, b, WORD_DIFF_BUDGET).get_opcodes()
    except _OverBudget:
        return _large_opcodes(a, b)


def _large_opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes of two long token lists in bounded time: the common start and end are kept; in the
    middle the words alone are matched (blanks follow the words they stand between), and when even
    that is over :data:`WORD_DIFF_BUDGET` the middle is one replacement."""
    end = 0
    while end < min(len(a), len(b)) and a[-1 - end] == b[-1 - end]:
        end += 1
    a_end, b_end = len(a) - end, len(b) - end
    start = 0
    while start < min(a_end, b_end) and a[start] == b[start]:
        start += 1
    if start and a[start - 1].isspace():
        start -= 1  # the blank goes with the word after it, as in the exact diff (" bardzo" added)
    ops: list[tuple[str, int, int, int, int]] = [("equal", 0, start, 0, start)]
    a_words = [i for i in range(start, a_end) if not a[i].isspace()]
    b_words = [j for j in range(start, b_end) if not b[j].isspace()]
    try:
        blocks = _budgeted_matcher([a[i] for i in a_words], [b[j] for j in b_words],
                                   WORD_DIFF_BUDGET).get_matching_blocks()
    except _OverBudget:
        blocks = []
    # Each matched word is an anchor; what stands between two anchors is kept if it is the same
    # on both sides, else replaced (its own common start and end kept).
    i, j = start, start
    for wi, wj, size in blocks:
        for k in range(size):
            ai, bj = a_words[wi + k], b_words[wj + k]
            ops += _gap_opcodes(a, b, i, ai, j, bj)
            ops.append(("equal", ai, ai + 1, bj, bj + 1))
            i, j = ai + 1, bj + 1
    ops += _gap_opcodes(a, b, i, a_end, j, b_end)
    ops.append(("equal", a_end, len(a), b_end, len(b)))
    merged: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if merged and (merged[-1][0] == "equal") == (op[0] == "equal"):
            last = merged.pop()
            op = (op[0], last[1], op[2], last[3], op[4])
        merged.append(op)
    return [(_tag(*op[1:]) if op[0] != "equal" else "equal", *op[1:]) for op in merged]


def _gap_opcodes(a: list[str], b: list[str], i1: int, i2: int, j1: int,
                 j2: int) -> list[tuple[str, int, int, int, int]]:
    """Opcodes for a[i1:i2] against b[j1:j2], no word of which is matched: their common end and
    start are kept (the end first, so that a word added after a blank is shown with the blank
    before it, as the exact diff shows it), the rest replaced."""
    end = 0
    while i2 - end > i1 and j2 - end > j1 and a[i2 - 1 - end] == b[j2 - 1 - end]:
        end += 1
    start = 0
    while i1 + start < i2 - end and j1 + start < j2 - end and a[i1 + start] == b[j1 + start]:
        start += 1
    return [("equal", i1, i1 + start, j1, j1 + start),
            (_tag(i1 + start, i2 - end, j1 + start, j2 - end), i1 + start, i2 - end, j1 + start, j2 - end),
            ("equal", i2 - end, i2, j2 - end, j2)]


def _tag(i1: int, i2: int, j1: int, j2: int) -> str:
    return "replace" if i1 < i2 and j1 < j2 else "delete" if i1 < i2 else "insert"


#: Spaces that look like a space, or like nothing, as a changed word shows them (not the joiners
#: U+200C and U+200D: an emoji family or a ligature in some scripts is written with them).
_ODD_SPACES = {"\u00a0": "⍽", "\u202f": "⍽", "\u2007": "⍽", "\u200b": "\\u200b", "\u2060": "\\u2060",
               "\ufeff": "\\ufeff"}
_ODD_SPACE = re.compile("[" + "".join(_ODD_SPACES) + "]")
#: Blanks as a changed run of nothing but blanks shows them.
_BLANK_MARKS = {" ": "·", "\t": "→", "\n": "↵", "\r": "\\r"}


def shown_change(text: str) -> str:
    """A changed run of a word diff (what went, what came) as a reader can see it: a no-break space
    is ``⍽`` and a zero-width one its escape (``\\u200b``); a run of nothing but blanks (a space
    turned into a line break, blanks added at the end of a line) shows each blank, ``·`` a space,
    ``→`` a tab, ``↵`` a line break, where ``[- -]{+ +}`` would show nothing at all."""
    if _ODD_SPACE.search(text):
        text = _ODD_SPACE.sub(lambda m: _ODD_SPACES[m.group()], text)
    if text and not text.strip():
        return "".join(_BLANK_MARKS.get(ch, ch) for ch in text)
    return text


def normalization_note(old: Any, new: Any) -> str | None:
    """What changed between two texts that are the same letters in another Unicode form (an editor
    that saves `ę` as `e` and a combining ogonek, NFD): said in words, as a word diff of the two
    would show the same word twice.  None for any other change."""
    if not (isinstance(old, str) and isinstance(new, str)) or old == new:
        return None
    if unicodedata.normalize("NFC", old) != unicodedata.normalize("NFC", new):
        return None
    letters = sorted({ch for ch in unicodedata.normalize("NFC", old + new) if unicodedata.normalize("NFD", ch) != ch})
    shown = ", ".join(letters[:8]) + (", …" if len(letters) > 8 else "")
    return (f"the same text, its letters written in another Unicode form ({_form(old)} → {_form(new)}"
            + (f": {shown}" if shown else "") + ")")


def _form(text: str) -> str:
    if unicodedata.is_normalized("NFC", text):
        return "NFC"
    return "NFD" if unicodedata.is_normalized("NFD", text) else "mixed"


def scalar(value: Any) -> str:
    """A scalar written as YAML would read it back (strings quoted only when needed)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (WrittenInt, WrittenFloat)):
        return str(value)  # as the author wrote it: `+1`, `3.500`, `0x10`
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        return repr(value)
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if (_NEEDS_QUOTES.search(text) or has_controls(text)) and not _DATE.match(text):
        return visible(json.dumps(text, ensure_ascii=False))  # JSON escapes C0 controls; visible() the rest
    return visible(text)


def inline(value: Any, limit: int = 70) -> str | None:
    """A value on one line, or None when it needs a block.

    Only short lists of scalars stay on one line (``[web, app]``); mappings
    always get a block.
    """
    if isinstance(value, dict):
        return "{}" if not value else None
    if isinstance(value, list):
        if any(isinstance(v, (dict, list)) or (isinstance(v, str) and "\n" in v) for v in value):
            return None
        text = "[" + ", ".join(_flow(v) for v in value) + "]"
        return text if len(text) <= limit else None
    if isinstance(value, str) and "\n" in value.rstrip("\n"):
        return None
    return scalar(value)


def _flow(value: Any) -> str:
    text = scalar(value)
    if isinstance(value, str) and text == value and _FLOW_SPECIAL.search(value):
        return json.dumps(value, ensure_ascii=False)
    return text


def yaml_lines(value: Any, indent: int = 0) -> list[str]:
    """A value as indented YAML-like lines, for reading."""
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return [pad + "{}"]
        lines: list[str] = []
        for k, v in value.items():
            key = scalar(k)
            one = _inline_child(v)
            if one is not None:
                lines.append(f"{pad}{key}: {one}")
            else:
                lines.append(f"{pad}{key}:" + (" |" if isinstance(v, str) else ""))
                lines.extend(yaml_lines(v, indent + 2))
        return lines
    if isinstance(value, list):
        if not value:
            return [pad + "[]"]
        lines = []
        for v in value:
            one = _inline_child(v)
            if one is not None:
                lines.append(f"{pad}- {one}")
            else:
                sub = yaml_lines(v, indent + 2)
                if isinstance(v, str):
                    lines.append(f"{pad}- |")
                    lines.extend(sub)
                else:
                    lines.append(f"{pad}- {sub[0].lstrip()}")
                    lines.extend(sub[1:])
        return lines
    if isinstance(value, str) and "\n" in value:
        return [pad + line for line in value.rstrip("\n").split("\n")]
    return [pad + scalar(value)]


def _inline_child(value: Any) -> str | None:
    if isinstance(value, (dict, list)):
        return "{}" if value == {} else "[]" if value == [] else None
    if isinstance(value, str) and "\n" in value.rstrip("\n"):
        return None
    return scalar(value)


def jsonable(value: Any) -> Any:
    """Data safe for strict JSON: non-finite floats become their YAML spelling."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return scalar(value)
    return value


def as_written(value: Any, parts: tuple[Any, ...]) -> Any:
    """``value`` at ``parts`` with each number the format reads as text given as the text written.

    `1.10` in a trait list is the text "1.10", not the number 1.1; a number written as JSON
    would write it (`2`, `1.5`) stays a number, and so do numbers the format reads as numbers
    (`emotion`, `age`, a source's `n`, your own `x-` keys).
    """
    if isinstance(value, dict):
        return {k: as_written(v, parts + (k,)) for k, v in value.items()}
    if isinstance(value, list):
        return [as_written(v, parts) for v in value]
    if isinstance(value, (WrittenInt, WrittenFloat)) and reads_text(parts):
        return str(value)
    return value


def change_json(change: Change) -> dict[str, Any]:
    """A change as strict JSON, numbers that are text given as written (see ``as_written``)."""
    out = change.as_dict()
    parts = change.parts
    for key in ("old", "new", "old_order", "new_order", "moved_items", "value"):
        if key in out:
            out[key] = as_written(out[key], parts)
    return jsonable(out)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def frame_lang(doc: DocumentDiff, default: str | None = None) -> str:
    """The language of the words a diff says about one document (its status, its changes' bullets):
    the document's own (:func:`document_lang`) when cxkit has words in it, else English."""
    lang = document_lang(doc, default)
    return lang if lang in ("pl", "en") else "en"


def diff_lang(result: DiffResult) -> str:
    """The language a diff's own sentences are written in: that of the documents that differ when
    they share one (see :func:`document_lang`), else the configuration's `lang`, else English."""
    langs = {document_lang(d, result.lang) for d in result.changed}
    lang = langs.pop() if len(langs) == 1 else result.lang or "en"
    return lang if lang in ("pl", "en") else "en"


def pl_plural(n: int, one: str, few: str, many: str) -> str:
    """The Polish form for ``n``: ``one`` for 1, ``few`` for 2-4, 22-24, 32-34… (but 12-14 take
    ``many``), ``many`` for the rest: 1 zmiana, 2 zmiany, 5 zmian, 12 zmian, 22 zmiany."""
    if n == 1:
        return one
    return few if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else many


#: A diff's own words in Polish, for documents written in Polish; the English ones are in the code.
#: A document's status, counted (a document is masculine: 1 zmieniony, 2 zmienione, 5 zmienionych).
_PL_WORDS = {
    "changed": ("zmieniony", "zmienione", "zmienionych"),
    "renamed": ("przeniesiony", "przeniesione", "przeniesionych"),
    "added": ("dodany", "dodane", "dodanych"),
    "removed": ("usunięty", "usunięte", "usuniętych"),
    JOINED: ("dołączył do obszaru roboczego", "dołączyły do obszaru roboczego", "dołączyło do obszaru roboczego"),
    LEFT: ("opuścił obszar roboczy", "opuściły obszar roboczy", "opuściło obszar roboczy"),
}
#: A change's operation as the bullets of Markdown name it.
_OP_WORDS = {"en": {}, "pl": {CHANGED: "zmieniono", REMOVED: "usunięto", ADDED: "dodano", MOVED: "przeniesiono"}}
_SIDE_WORDS = {"en": {}, "pl": {"working copy": "kopia robocza", "staged": "indeks (staged)"}}
_STATUS_SUFFIX = {
    "en": {"added": " (added)", "removed": " (removed)", "renamed": " (renamed)",
           LEFT: " (left the workspace)", JOINED: " (joined the workspace)"},
    "pl": {"added": " (dodany)", "removed": " (usunięty)", "renamed": " (przeniesiony)",
           LEFT: " (opuścił obszar roboczy)", JOINED: " (dołączył do obszaru roboczego)"},
}
#: "Nowa ścieżka „…”", "Usunięta persona „…”": a kind's noun and the ending its adjective takes.
_PL_KINDS = {"persona": ("persona", "a"), "negative-persona": ("persona negatywna", "a"), "journey": ("ścieżka", "a")}


#: A diff's own words about a change and about the diff as a whole, by language (English for any
#: other); ``{…}`` are filled in.  Polish "było:"/"jest:" keep the width of "old:"/"new:".
_SAID = {
    "en": {
        "same": "No semantic differences.",
        "order": "order changed", "order.moved": "{items} moved", "more": "… and {n} more",
        "old": "old:", "new": "new:", "from": "moved from {place}", "stage": "from journey {source} to journey {target}",
        "moved": "moved", "to": "to", "in": "in", "to.copy": "to the working copy",
        "joined": "{what} joined the workspace: already in {where}, outside what the configuration compared there "
                  "(`paths`, `exclude`){edited}{unread}",
        "joined.edited": ", and edited since",
        "left": "{what} left the workspace: still in {where}, outside what the configuration compares ({kept}){edited}{unread}",
        "left.edited": ", and edited there", "unread": "; its version in {where} could not be read",
        "kept.client": "`{key}` in {file}, a client config the change adds or edits",
        "kept.added": "Left out of the workspace by {kept}; the configs as {base} has them compare it.",
        "side.working tree": "the working tree", "side.index": "the index",
        "binary": "binary file, not compared", "binary.in": " (in {where})",
        "unmatched": "{glob} matches no file on either side",
        "comment.added": "suppression comment added: lint stops reporting what it silences",
        "comment.removed": "suppression comment removed: lint reports what it silenced",
        "comment.md.added": "a suppression comment: lint stops reporting what it silences",
        "comment.md.removed": "a suppression comment: lint reports what it silenced",
        "comment.added.used": "suppression comment added: lint reports less",
        "comment.md.added.used": "a suppression comment: lint reports less",
        "comment.added.unused": "suppression comment added: it silences nothing; lint reports it as unused-suppression",
        "comment.removed.unused": "suppression comment removed: it silenced nothing",
        "comment.md.added.unused": "a suppression comment that silences nothing: lint reports it as unused-suppression",
        "comment.md.removed.unused": "a suppression comment that silenced nothing",
        "not_compared": "Not compared", "side.before": "before", "side.after": "after",
        "not_compared.line": "These files could not be read on one side, so their changes are not shown:",
    },
    "pl": {
        "same": "Brak różnic w treści.",
        "order": "zmieniono kolejność", "order.moved": "przeniesiono: {items}", "more": "… i jeszcze {n}",
        "old": "było:", "new": "jest:", "from": "poprzednio {place}", "stage": "ze ścieżki {source} do ścieżki {target}",
        "moved": "przeniesiono", "to": "na", "in": "w", "to.copy": "na kopię roboczą",
        "joined": "{what}: dołączono do obszaru roboczego; już w {where}, poza tym, co porównywała tam konfiguracja "
                  "(`paths`, `exclude`){edited}{unread}",
        "joined.edited": ", a od tamtej pory zmieniono treść",
        "left": "{what}: poza obszarem roboczym; nadal w {where}, poza tym, co porównuje konfiguracja ({kept}){edited}{unread}",
        "left.edited": ", a treść tam zmieniono", "unread": "; wersji w {where} nie udało się odczytać",
        "kept.client": "`{key}` w {file}, konfiguracji klienta, którą zmiana dodaje lub zmienia",
        "kept.added": "Poza obszarem roboczym z powodu {kept}; konfiguracje w wersji {base} porównują ten plik.",
        "side.working tree": "kopii roboczej", "side.index": "indeksie",
        "binary": "plik binarny, nie porównano", "binary.in": " (w {where})",
        "unmatched": "{glob} nie pasuje do żadnego pliku po żadnej ze stron",
        "comment.added": "dodano komentarz wyłączający regułę: lint przestaje zgłaszać to, co wycisza",
        "comment.removed": "usunięto komentarz wyłączający regułę: lint znów zgłasza to, co wyciszał",
        "comment.md.added": "komentarz wyłączający regułę: lint przestaje zgłaszać to, co wycisza",
        "comment.md.removed": "komentarz wyłączający regułę: lint znów zgłasza to, co wyciszał",
        "comment.added.used": "dodano komentarz wyłączający regułę: lint zgłasza mniej",
        "comment.md.added.used": "komentarz wyłączający regułę: lint zgłasza mniej",
        "comment.added.unused": "dodano komentarz wyłączający regułę: niczego nie wycisza; lint zgłasza go jako unused-suppression",
        "comment.removed.unused": "usunięto komentarz wyłączający regułę: niczego nie wyciszał",
        "comment.md.added.unused": "komentarz wyłączający regułę, który niczego nie wycisza: lint zgłasza go jako unused-suppression",
        "comment.md.removed.unused": "komentarz wyłączający regułę, który niczego nie wyciszał",
        "not_compared": "Nie porównano", "side.before": "przed", "side.after": "po",
        "not_compared.line": "Tych plików nie udało się odczytać po jednej stronie, więc ich zmian nie pokazano:",
    },
}


def comment_key(c: Change, lead: str = "comment") -> str:
    """The phrase (:data:`_SAID`) that says what a suppression comment added or removed does: ``lead`` ("comment",
    "comment.md") with `.added` or `.removed`, and `.unused` where `cxkit review` found that it silences (or silenced)
    nothing, `.used` for one added that silences a finding there; `cxkit diff`, which lints nothing, claims neither
    (:attr:`Change.silences` None)."""
    key = f"{lead}.{'added' if c.op == ADDED else 'removed'}"
    if c.silences is False:
        return key + ".unused"
    if c.silences and c.op == ADDED:
        return key + ".used"
    return key


def phrase(key: str, lang: str, /, **values: Any) -> str:
    """One of the diff's own phrases (:data:`_SAID`) in ``lang``, English for a language cxkit has
    no words in, with ``values`` filled in."""
    text = _SAID.get(lang, _SAID["en"])[key]
    return text.format(**values) if values else text


def op_word(op: str, lang: str) -> str:
    """A change's operation in words for the diff's language (:func:`diff_lang`): ``changed``, or
    ``zmieniono`` in Polish."""
    return _OP_WORDS.get(lang, {}).get(op, op)


def side_word(plain: str, lang: str) -> str:
    """A side of the comparison in plain words (``working copy``, ``staged``) in the diff's language."""
    return _SIDE_WORDS.get(lang, {}).get(plain, plain)


def status_suffix(status: str, lang: str, doc: DocumentDiff | None = None) -> str:
    """What follows a document's heading for its status: `` (added)``, `` (dodany)``; "" when changed.
    A file ``doc`` moved to another folder under its own name is `` (moved)`` in English, not renamed
    (Polish says *przeniesiony* of both)."""
    if (status == "renamed" and lang != "pl" and doc is not None and doc.old is not None and doc.new is not None
            and posixpath.dirname(doc.old.file) != posixpath.dirname(doc.new.file)
            and posixpath.basename(doc.old.file) == posixpath.basename(doc.new.file)):
        return " (moved)"
    return _STATUS_SUFFIX.get(lang, _STATUS_SUFFIX["en"]).get(status, "")


def _summary_pl(differ: list[DocumentDiff], counts: dict[str, int], inner: int) -> str:
    """:func:`summary_line` in Polish: `2 dokumenty różnią się (1 zmieniony, 1 dodany); 7 zmian w dokumentach.`
    The verb follows the number as the noun does: 1 dokument różni się, 3 dokumenty różnią się,
    5 dokumentów różni się."""
    parts = [f"{counts[s]} {pl_plural(counts[s], *_PL_WORDS[s])}"
             for s in ("changed", "renamed", "added", "removed", JOINED, LEFT) if counts.get(s)]
    n = len(differ)
    head = f"{n} {pl_plural(n, 'dokument', 'dokumenty', 'dokumentów')} {pl_plural(n, 'różni się', 'różnią się', 'różni się')}"
    where = "w dokumencie" if n == 1 else "w dokumentach"
    tail = f"; {inner} {pl_plural(inner, 'zmiana', 'zmiany', 'zmian')} {where}" if inner else ""
    return f"{head} ({', '.join(parts)}){tail}."


def described_document(doc: DocumentDiff, status: str, lang: str) -> str:
    """A document added or removed, as plain text in the diff's language: ``new journey "Kasia
    zakłada konto"``, ``nowa ścieżka „Kasia zakłada konto”`` (Markdown escapes it, and its
    sentence starts it with a capital)."""
    if lang != "pl":
        return f"{'new' if status == 'added' else 'removed'} {_describe_document(doc)}"
    side = doc.new or doc.old
    noun, ending = _PL_KINDS.get(getattr(side, "kind", None) or "", ("dokument", "y"))
    word = ("now" if status == "added" else "usunięt") + ending
    name = f" „{visible_line(side.name)}”" if side is not None and side.name else ""
    return f"{word} {noun}{name}"


def summary_line(result: DiffResult) -> str:
    """``2 documents differ (1 changed, 1 added); 6 changes``; in Polish when the documents that
    differ are (see :func:`diff_lang`): ``2 dokumenty różnią się (1 zmieniony, 1 dodany); 6 zmian``."""
    differ = result.changed
    if not differ:
        return phrase("same", diff_lang(result))
    counts: dict[str, int] = {}
    for d in differ:
        status = d.status if d.status != "unchanged" else "changed"
        counts[status] = counts.get(status, 0) + 1
    parts = [f"{counts[s]} {s}" for s in ("changed", "renamed", "added", "removed") if counts.get(s)]
    if counts.get(JOINED):
        parts.append(f"{counts[JOINED]} joined the workspace")
    if counts.get(LEFT):
        parts.append(f"{counts[LEFT]} left the workspace")
    inner = sum(1 for d in differ for _c in _inner(d))
    if diff_lang(result) == "pl":
        return _summary_pl(differ, counts, inner)
    tail = f"; {_plural(inner, 'change')} inside documents" if inner else ""
    verb = "differs" if len(differ) == 1 else "differ"
    return f"{_plural(len(differ), 'document')} {verb} ({', '.join(parts)}){tail}."


def _describe_document(doc: DocumentDiff) -> str:
    side = doc.new or doc.old
    assert side is not None
    kind = _KIND_NAMES.get(side.kind or "", side.kind or "document")
    name = f' "{visible_line(side.name)}"' if side.name else ""
    return f"{kind}{name}"


def side_in(label: str, lang: str = "en", code: Callable[[str], str] | None = None) -> str:
    """A side of a comparison as a sentence names it after "in" (`in the working tree`, `w kopii
    roboczej`, `in 'main'`); ``code``: how a revision is written (quoted in text)."""
    if label in ("working tree", "index"):
        return phrase(f"side.{label}", lang)
    return code(label) if code is not None else f"'{visible_line(label)}'"


def _outside_sentence(doc: DocumentDiff, label: str, *, joined: bool, markdown: bool = False, lang: str = "en") -> str:
    """What a document outside the workspace on one side is: one that left it (its file still there
    on the new side, ``label``) is not removed; one that joined it (its file already there on the old
    side) is not added. In ``lang``, the document's (:func:`frame_lang`)."""
    if lang == "pl":
        side = doc.new or doc.old
        noun = _PL_KINDS.get(getattr(side, "kind", None) or "", ("dokument", "y"))[0]
        what = noun + (f" „{visible_line(side.name)}”" if side is not None and side.name else "")
    else:
        what = _describe_document(doc)
    where = side_in(label, lang, md_code if markdown else None)
    if markdown:
        what = md_text(what[:1].upper() + what[1:])
    # Edited on the way in (or out): the changes that follow are between the file as each side holds it.
    edited = next(_inner(doc), None) is not None
    # That version could not be read (broken YAML): what changed in it is not known, not nothing.
    unread = phrase("unread", lang, where=where) if any(
        c.path == "" and c.op in (LEFT, JOINED) and c.unread for c in doc.changes) else ""
    if joined:
        return phrase("joined", lang, what=what, where=where, edited=phrase("joined.edited", lang) if edited else "",
                      unread=unread)
    return phrase("left", lang, what=what, where=where, kept=_kept_out_by(doc, markdown, lang),
                  edited=phrase("left.edited", lang) if edited else "", unread=unread)


def kept_out_sentence(doc: DocumentDiff, base: str, lang: str, *, markdown: bool = False) -> str:
    """What a review says under a document the change adds that a client config it adds or edits leaves
    out (``doc.kept_out``), in ``lang``: `Left out of the workspace by `exclude` in …; the configs as
    'main' has them compare it.` (``base``: the old side's label)."""
    return phrase("kept.added", lang, kept=_kept_out_by(doc, markdown, lang),
                  base=_md_label(base, lang) if markdown else side_in(base, lang))


def _kept_out_by(doc: DocumentDiff, markdown: bool, lang: str = "en") -> str:
    """What leaves a document out of the new side: the keys that may, or the client config the change
    brought and its key (see ``DocumentDiff.kept_out``)."""
    if doc.kept_out is None:
        return "`paths`, `exclude`"
    key, file = doc.kept_out
    shown = md_code(file) if markdown else f"'{visible_line(file)}'"
    return phrase("kept.client", lang, key=key, file=shown)


class FolderMove(NamedTuple):
    """Documents moved, and nothing else, from one folder to another under the same file names."""

    old: str
    new: str
    documents: list[DocumentDiff]


def folder_moves(result: DiffResult) -> dict[int, FolderMove | None]:
    """The documents a folder move carried (`git mv personas/excel personas/arkusze`), by ``id()``:
    the first of each folder move maps to its :class:`FolderMove`, the others to None (not shown on
    their own).  Two documents or more that only changed folder, keeping their file names, from one
    folder to the same other one make a folder move; the human formats give it one line, and JSON
    keeps every document."""
    groups: dict[tuple[str, str], list[DocumentDiff]] = {}
    for doc in result.documents:
        if doc.status != "renamed" or doc.old is None or doc.new is None or any(True for _ in _inner(doc)):
            continue
        (old_dir, old_name), (new_dir, new_name) = posixpath.split(doc.old.file), posixpath.split(doc.new.file)
        if old_name == new_name and old_dir != new_dir:
            groups.setdefault((old_dir, new_dir), []).append(doc)
    found: dict[int, FolderMove | None] = {}
    for (old_dir, new_dir), docs in groups.items():
        if len(docs) >= 2:
            found.update((id(doc), None) for doc in docs)
            found[id(docs[0])] = FolderMove(old_dir, new_dir, docs)
    return found


def folder_move_words(move: FolderMove, lang: str, code: Callable[[str], str] = str, arrow: str = "→") -> str:
    """`personas/excel/ → personas/arkusze/ (35 files)`, in the words of ``lang``; ``arrow``: what
    stands between the two (a word when read aloud)."""
    n = len(move.documents)
    count = f"{n} {pl_plural(n, 'plik', 'pliki', 'plików')}" if lang == "pl" else _plural(n, "file")
    return f"{code(_folder(move.old))} {arrow} {code(_folder(move.new))} ({count})"


def _folder(path: str) -> str:
    return f"{path}/" if path else "./"


def _inner(doc: DocumentDiff) -> Iterator[Change]:
    """The changes inside a document (not its own addition, removal or rename), a stage's fields in the
    order render shows them (see :func:`_in_stage_order`)."""
    inside = [c for c in doc.changes
              if not (c.path == "" and (c.op in (ADDED, REMOVED, LEFT, JOINED) or (c.op == MOVED and c.kind == "file")))]
    for c in _in_stage_order(inside):
        yield _from_default(c)


#: A stage's `metrics` and `opportunities` in the order render's journey map shows them (``content.JOURNEY_ROWS``:
#: metrics first, as docs/format.md, the templates and `cxkit fmt` order them; a test holds the two to agree).
#: Only these two, whose order render changed: a stage's other fields are shown in the order the document has
#: them, as they always were.  Written here rather than read from ``render.content``, whose import builds the
#: document models (pydantic): the git diff driver never needs them (test_startup_models_s39).
STAGE_RANK = {"metrics": 0, "opportunities": 1}


def _stage_rank() -> dict[str, int]:
    return STAGE_RANK


def _in_stage_order(changes: list[Change]) -> list[Change]:
    """``changes`` (in the document's order, as JSON keeps them) with those of one stage's metrics and
    opportunities in the order render shows those rows (:func:`_stage_rank`), each in a place one of them had:
    a journey written with its opportunities above its metrics reads in the diff as on the map. Every other
    change (a stage's `name`, its `barriers`, an `x-` field, another stage's) keeps its place."""
    rank = _stage_rank()
    places: dict[Any, list[int]] = {}
    for n, c in enumerate(changes):
        p = c.parts
        if len(p) >= 3 and p[0] == "stages" and isinstance(p[1], Item) and isinstance(p[2], str) and p[2] in rank:
            places.setdefault((p[1].index, p[1].id), []).append(n)
    out = list(changes)
    for at in places.values():
        for n, c in zip(at, sorted((changes[n] for n in at), key=lambda c: rank[c.parts[2]])):
            out[n] = c
    return out


#: A document's `status` (persona, negative persona, journey) when it says none: active, as the models say.
_LIFECYCLE_DEFAULT = "active"
_LIFECYCLES = ("draft", "active", "retired")


def _from_default(c: Change) -> Change:
    """``c``, or, for a document's `status` written or taken out, the change it is to a reader: from the
    default or back to it (`Status: aktywna → wycofana`, not `+ Status: retired`), as every view shows it."""
    if tuple(c.parts) != ("status",) or c.kind or c.op not in (ADDED, REMOVED):
        return c
    value = c.new if c.op == ADDED else c.old
    if value not in _LIFECYCLES or value == _LIFECYCLE_DEFAULT:
        return c
    old, new = (_LIFECYCLE_DEFAULT, value) if c.op == ADDED else (value, _LIFECYCLE_DEFAULT)
    return dataclasses.replace(c, op=CHANGED, old=old, new=new)


# --- places named as render names them -------------------------------------

#: Between the steps of a place: `3. Wdrożenie (wdrozenie) › Bariery #2`.
STEP = " › "
_PATH_STEP = re.compile(r'\.?([A-Za-z0-9_-]+)|\[("(?:[^"\\]|\\.)*"|[^\]]*)\]')


def document_lang(doc: DocumentDiff, default: str | None = None) -> str:
    """The language of a document as render decides it: its `lang`, else guessed from its words,
    else ``default`` (the configuration's `lang`), else English."""
    from ..langs import lang_code
    from ..workspace import guess_lang

    side = doc.new or doc.old
    if side is None:
        return default or "en"
    data = side.data
    declared = lang_code(data.get("lang")) if isinstance(data, dict) else None
    return guess_lang(side.text or "", declared, default)


def parse_path(text: str) -> list[Part] | None:
    """A path as :func:`format_path` writes it, back in parts (an item's index unknown, -1, when it is
    named by id); None when ``text`` is no such path."""
    parts: list[Part] = []
    at = 0
    while at < len(text):
        m = _PATH_STEP.match(text, at)
        if m is None or m.end() == at or (m.group(1) is not None and at and text[at] != "."):
            return None
        at = m.end()
        if m.group(1) is not None:
            parts.append(m.group(1))
            continue
        inner = m.group(2)
        if inner.startswith('"'):
            try:
                inner = json.loads(inner)
            except ValueError:
                return None
            parts.append(Item(-1, inner))  # a quoted key or a quoted id: the data tells (see Namer)
        elif inner.isdigit():
            parts.append(Item(int(inner)))
        else:
            parts.append(Item(-1, inner))
    return parts


class Namer:
    """Names the places of one document's changes as render shows them, in the document's language:
    a stage by its number, name and id (`3. Wdrożenie (wdrozenie)`), a field by its heading
    (`love_points`: "Zachwyty"), an item without an id by its position from 1 (`Bariery #2`), and an
    emotion with its words (`-1 (źle)`).  ``text`` writes words of the document, ``code`` an id;
    ``lang``: the configuration's `lang` (see :func:`document_lang`)."""

    def __init__(self, doc: DocumentDiff, text: Callable[[str], str], code: Callable[[str], str],
                 lang: str | None = None) -> None:
        from ..render.labels import Labels

        self.doc = doc
        self.labels = Labels(document_lang(doc, lang))
        self.text, self.code = text, code
        #: How the steps of a place are joined: `Demografia › Dochód`; read aloud (:meth:`spoken`),
        #: in words: `Income in Demographics`, `Demografia, Dochód`.
        self.join: Callable[[list[str]], str] = STEP.join
        #: What stands before a list item's number: `Bariery #2`; read aloud in Polish, `Bariery nr 2`.
        self.number_mark = "#"

    def spoken(self) -> "Namer":
        """This namer, its places said in words for a screen reader: a symbol such as `›` is read as
        "single right-pointing angle quotation mark", or skipped, losing where the change is."""
        if self.labels.lang == "pl":
            # Polish declines what follows "w" (`w usprawnieniu nr 1 na etapie…`), which a heading used as a
            # label cannot be ("Właściciel w Usprawnienia #1 w 2. Decyzja"): the path is read as it is
            # shown, outermost first, a comma for each `›`, and "nr" for the `#` read "krzyżyk":
            # `2. Decyzja, Usprawnienia nr 1, Właściciel`.
            self.join = ", ".join
            self.number_mark = "nr "
            return self
        word = f" {phrase('in', self.labels.lang)} "
        self.join = lambda steps: word.join(reversed(steps))
        return self

    def place(self, c: Change) -> str:
        """Where change ``c`` is, the item labels the path shows kept (see :func:`compare.labelled`)."""
        if not c.parts:
            return self.code(c.path or "(document)")
        first, other = (self.doc.old, self.doc.new) if c.op == REMOVED else (self.doc.new, self.doc.old)
        return self._either(list(c.parts), first, other, self._item_labels(c))

    def old_place(self, path: str) -> str:
        """A path on the old side (where a value moved from), named; as written when it cannot be read."""
        parts = parse_path(path)
        if not parts:
            return self.code(path)
        return self._either(parts, self.doc.old, self.doc.new, {})

    def _either(self, parts: list[Part], first: Any, other: Any, item_labels: dict[int, str]) -> str:
        """``parts`` named from the side ``first`` (a Doc), or from ``other`` where ``first`` lacks an
        item they pass through (a stage that went to another journey is named as it was)."""
        found = [True]
        shown = self.named(parts, first.data if first is not None else None, item_labels, found)
        if not found[0] and other is not None:
            again = [True]
            second = self.named(parts, other.data, item_labels, again)
            if again[0]:
                return second
        return shown

    def _item_labels(self, c: Change) -> dict[int, str]:
        """The labels :func:`compare.labelled` put in ``c``'s path, by their place in ``c.parts``."""
        found = enclosing_labels(self.doc, c, balanced=True) if " (\"" in c.path else []
        return {n: label for n, label in found
                if ' ("{}")'.format(label.replace("\\", "\\\\").replace('"', '\\"')) in c.path}

    def field(self, key: str, holder: str | None = None) -> str:
        """Field ``key``'s heading; ``holder``: the list whose item holds it (`opportunities`)."""
        label = self.labels.field(key, holder)
        return self.text(label) if label is not None else self.code(key)

    def known(self, key: str) -> bool:
        """Whether a view names field ``key`` (`channel`, `description`), as opposed to a team's own."""
        return self.labels.field(key) is not None

    def named(self, parts: list[Part], data: Any, item_labels: dict[int, str], found: list[bool] | None = None) -> str:
        """``parts`` named, read in ``data``; ``found[0]`` is set False when an item is not there."""
        steps: list[str] = []
        for n, part in enumerate(parts):
            if not isinstance(part, Item):
                if isinstance(data, list):  # a quoted id read as a key (see parse_path)
                    part = Item(-1, part)
                else:
                    steps.append(self.field(part, _holder(parts[:n])))
                    data = data.get(part) if isinstance(data, dict) else None
                    continue
            if part.id is not None and isinstance(data, dict):  # a quoted key, not an id
                steps.append(self.field(part.id))
                data = data.get(part.id)
                continue
            at, item = _find(data, part)
            if at is None and found is not None:
                found[0] = False
            if not steps:  # no document is a list, but a path may say so
                steps.append("")
            if parts[n - 1:n] == ["stages"] and n == 1:
                # A stage that holds the change is named as it is now; a stage removed is named as it was.
                shown = self._stage_now(at, item, part) if n < len(parts) - 1 else (at, item)
                steps[-1] = self._stage(*shown, part)
            elif part.id is not None:
                steps[-1] += f" ({self.code(part.id)})"
            else:
                # As code in markdown, where `#2` would link to issue 2.
                steps[-1] += " " + self.code(f"{self.number_mark}{(at if at is not None else part.index) + 1}")
                if n in item_labels:
                    opening, closing = ("„", "”") if self.labels.lang == "pl" else ("“", "”")
                    steps[-1] += f" {opening}{self.text(item_labels[n])}{closing}"
            data = item
        return self.join(steps)

    def _stage_now(self, at: int | None, item: Any, part: Item) -> tuple[int | None, Any]:
        """A stage with an id as the new side has it, where it still is, so that every line of its changes
        names it alike (a barrier removed from it, a place in it a value moved from); else as read."""
        new = self.doc.new.data if self.doc.new is not None else None
        if part.id is not None and isinstance(new, dict):
            now_at, now = _find(new.get("stages"), part)
            if now_at is not None:
                return now_at, now
        return at, item

    def _stage(self, at: int | None, item: Any, part: Item) -> str:
        number = f"{(at if at is not None else part.index) + 1}."
        name = item.get("name") if isinstance(item, dict) else None
        name = " ".join(visible_line(name).split()) if isinstance(name, str) and name.strip() else None
        if name is None:
            return f"{self.text(self.labels['stage'])} {number[:-1]}" + (f" ({self.code(part.id)})" if part.id else "")
        shown = f"{number} {self.text(name)}"
        if part.id is not None and part.id.casefold() != name.casefold():
            shown += f" ({self.code(part.id)})"
        return shown

    def stage_order(self, c: Change) -> tuple[list[str], list[str], list[str]] | None:
        """A journey's stages reordered (``c``, an order of `stages`), named as every other line names
        them, by number, name and id: the old order as the old side had it (its names, its places:
        `1., 2., 3.` as it stood, a stage the change removes or renames included), the new order as the
        new side has it (a stage added included), and those that moved as they are now. An id that
        changed, or ids swapped between stages, are no matter: each side is read by its own places (see
        ``Change.order_pairs``). None for another list, or when a side holds no list of stages."""
        if c.parts != ("stages",) or self.doc.new is None or self.doc.old is None:
            return None
        old_stages, new_stages = _stages_of(self.doc.old.data), _stages_of(self.doc.new.data)
        if old_stages is None or new_stages is None:
            return None
        old = self._all_stages(old_stages)
        new = self._all_stages(new_stages)
        moved = self._moved_stages(c, old_stages, new_stages)
        if moved is None:
            return None
        return old, new, moved

    def _all_stages(self, stages: list[Any]) -> list[str]:
        """Every stage of one side, numbered by its place there (from 1) and named as it is there."""
        from .match import refs

        return [self._stage(at, item, ref) for at, (item, ref) in enumerate(zip(stages, refs(stages)))]

    def _moved_stages(self, c: Change, old_stages: list[Any], new_stages: list[Any]) -> list[str] | None:
        """The stages that moved, each named where it is now: found through the places paired (an id
        changed on the way is no matter), else by id; None when one cannot be found."""
        from .match import moved_items, refs

        new_refs = refs(new_stages)
        if c.order_pairs:
            paired = dict(c.order_pairs)
            at_old = moved_items(list(c.order_pairs)) or []
            if all(0 <= paired[i] < len(new_stages) for i in at_old):
                return [self._stage(paired[i], new_stages[paired[i]], new_refs[paired[i]]) for i in at_old]
        # Without the places paired (a change made by hand), the ids are trusted only when the new
        # order reads in order on the new side: ids swapped between stages would name other stages.
        found = [_find(new_stages, Item(-1, str(v)))[0] if isinstance(v, str) else None for v in c.new_order or []]
        if any(at is None for at in found) or found != sorted(found):
            return None
        named: list[str] = []
        for ident in c.moved_items or []:
            at, item = _find(new_stages, Item(-1, str(ident))) if isinstance(ident, str) else (None, None)
            if at is None:
                return None
            named.append(self._stage(at, item, new_refs[at]))
        return named

    def value(self, c: Change, value: Any, shown: str) -> str:
        """``shown`` (a value of ``c`` as written), or an emotion as render writes it, with its words:
        `+1 (dobrze)`."""
        if (c.parts and c.parts[-1] == "emotion" and isinstance(value, int) and not isinstance(value, bool)
                and -2 <= value <= 2):
            from ..render.labels import signed

            level = int(value)  # `-02` is -2, shown as written
            number = str(value) if isinstance(value, WrittenInt) else signed(level)
            return f"{self.code(number)} ({self.text(self.labels.emotion(level))})"
        if c.parts and c.parts[-1] == "status" and isinstance(value, str) and value in _STATUSES:
            return self.text(self.labels.status(value))  # `w toku`, as render shows it
        if tuple(c.parts) == ("status",) and isinstance(value, str) and value in _LIFECYCLES:
            return self.text(self.labels[f"lifecycle.{value}"])  # a document's: `wycofana`, as its card says
        return shown


#: An opportunity's statuses, shown in words as render shows them (`in-progress`: "w toku").
_STATUSES = ("idea", "planned", "in-progress", "done")


def _find(data: Any, part: Item) -> tuple[int | None, Any]:
    """The item ``part`` names in list ``data`` and its position: by id, else by index."""
    if not isinstance(data, list):
        return None, None
    if part.id is not None:
        from .match import item_id

        for k, v in enumerate(data):
            if item_id(v) == part.id:
                return k, v
        return None, None
    return (part.index, data[part.index]) if 0 <= part.index < len(data) else (None, None)


def _holder(parts: Any) -> str | None:
    """The list whose item ``parts`` ends at (`opportunities` for `stages[a].opportunities[0]`), else None."""
    return parts[-2] if len(parts) >= 2 and isinstance(parts[-1], Item) and isinstance(parts[-2], str) else None


def _stages_of(data: Any) -> list[Any] | None:
    """A journey's list of stages, None when ``data`` holds none."""
    stages = data.get("stages") if isinstance(data, dict) else None
    return stages if isinstance(stages, list) else None


def plain_namer(doc: DocumentDiff, lang: str | None = None) -> Namer:
    """A :class:`Namer` for the terminal: words and ids as they are, control characters shown."""
    return Namer(doc, visible_line, visible_line, lang)


# --- JSON -----------------------------------------------------------------

def not_compared_json(side: str, file: str, problems: list[Any]) -> dict[str, Any]:
    """A file one side could not read, as an entry of the changes array (``op``: ``not-compared``).

    It has every field a change has (``document``, ``kind``, ``old`` and ``new`` are null: nothing was
    read), the side it could not be read on and its problems as `cxkit lint -f json` writes them.
    """
    return {
        "op": "not-compared", "document": None, "file": raw_name(file), "path": "", "old": None, "new": None,
        "side": side,
        "problems": [{"path": raw_name(p.where), "line": p.line, "column": p.column, "code": p.code, "rule": p.rule,
                      "severity": "error", "message": p.message} for p in problems],
        "kind": None,
    }


def render_json(result: DiffResult, stream: TextIO) -> None:
    """An array of changes: ``op``, ``document``, ``file``, ``path``, ``old``, ``new`` (and more for moves).

    The files a side could not read follow the changes, one ``not-compared`` entry each.
    """
    items = []
    for doc in result.documents:
        hints = stage_hints(doc)
        for c in doc.changes:
            item = with_kind(change_json(c), doc)
            if id(c) in hints:  # `"merged_into": "decyzja"`, `"split_from": "umowa"` (see stage_hints)
                item[hints[id(c)][0]] = hints[id(c)][1]
            items.append(item)
    items += [not_compared_json(*entry) for entry in result.not_compared]
    stream.write(json_visible(json.dumps(items, ensure_ascii=False, indent=2)) + "\n")


def with_kind(item: dict[str, Any], doc: DocumentDiff) -> dict[str, Any]:
    """A change of ``doc`` with the document's ``kind`` last (``persona``, ``negative-persona``,
    ``journey``: the new side's, else the old side's; ``null`` when it has none), so a report can
    count personas and journeys without reading the files."""
    side = doc.new or doc.old
    return {**item, "kind": side.kind if side is not None else None}


# --- stat -----------------------------------------------------------------

#: A document's changes counted by operation, as ``--stat`` words them; Polish nouns take their forms
#: by number (1 zmiana, 2 zmiany, 5 zmian).
_STAT_WORDS = {
    "en": {CHANGED: "changed", ADDED: "added", REMOVED: "removed", MOVED: "moved"},
    "pl": {CHANGED: ("zmiana", "zmiany", "zmian"), ADDED: ("dodanie", "dodania", "dodań"),
           REMOVED: ("usunięcie", "usunięcia", "usunięć"), MOVED: ("przeniesienie", "przeniesienia", "przeniesień")},
}


def stat_counts(doc: DocumentDiff, lang: str) -> str:
    """The changes inside ``doc`` counted by operation: ``2 changed, 1 added``; in Polish ``2 zmiany,
    1 dodanie``; "" when there are none (a document added, removed or only renamed)."""
    counts: dict[str, int] = {}
    for c in _inner(doc):
        op = c.op if c.op in (CHANGED, ADDED, REMOVED, MOVED) else CHANGED
        counts[op] = counts.get(op, 0) + 1
    words = _STAT_WORDS["pl" if lang == "pl" else "en"]
    parts = []
    for op in (CHANGED, ADDED, REMOVED, MOVED):
        n = counts.get(op)
        if n:
            word = words[op]
            parts.append(f"{n} {pl_plural(n, *word) if isinstance(word, tuple) else word}")
    return ", ".join(parts)


def _files_moved(n: int, lang: str) -> str:
    """A folder move's count in ``cxkit diff --stat``: ``35 files moved``, ``35 plików przeniesionych``."""
    if lang == "pl":
        return f"{n} {pl_plural(n, 'plik', 'pliki', 'plików')} {pl_plural(n, 'przeniesiony', 'przeniesione', 'przeniesionych')}"
    return f"{_plural(n, 'file')} moved"


def stat_lines(result: DiffResult) -> list[str]:
    """``cxkit diff --stat``: one line per document that differs, its file (old → new when it moved)
    and, after a ``|`` aligned, its status when it is not only changed (``added``, ``moved``) and its
    changes counted (:func:`stat_counts`); one line per folder moved with its files, as the text view
    folds it (:func:`folder_moves`); a line per file not compared; then the summary line.
    In the diff's language (:func:`diff_lang`): ``dodany``, ``2 zmiany, 1 dodanie``."""
    lang = diff_lang(result)
    rows: list[tuple[str, str]] = []
    moves = folder_moves(result)
    for doc in result.changed:
        if id(doc) in moves:
            # A folder moved with its files, as the text view folds it: one line, its files counted.
            move = moves[id(doc)]
            if move is not None:
                rows.append((f"{visible_line(_folder(move.old))} → {visible_line(_folder(move.new))}",
                             _files_moved(len(move.documents), lang)))
            continue
        status = doc.status
        name = visible_line(doc.file)
        if status == "renamed" and doc.old is not None and doc.new is not None:
            name = f"{visible_line(doc.old.file)} → {visible_line(doc.new.file)}"
        said = [status_suffix(status, lang, doc).strip(" ()"), stat_counts(doc, lang)]
        rows.append((name, ", ".join(word for word in said if word)))
    for _side, file, _problems in result.not_compared:
        rows.append((visible_line(file), phrase("not_compared", lang).lower()))
    width = min(max((len(name) for name, _ in rows), default=0), 60)
    lines = [f" {name.ljust(width)} | {counts}".rstrip() for name, counts in rows]
    return lines + [summary_line(result)]


# --- text -----------------------------------------------------------------

_STYLE = {ADDED: "green", REMOVED: "red", CHANGED: "yellow", MOVED: "cyan"}
_MARK = {ADDED: "+", REMOVED: "-", CHANGED: "~", MOVED: "↕"}


def render_text(result: DiffResult, stream: TextIO, *, color: bool | None = None, header: str | None = None, summary: bool = True,
                spoken: bool | None = None) -> None:
    """Changes grouped by document, coloured when the stream is a terminal (and NO_COLOR is unset).

    NO_COLOR (set and not empty) is no colour at all, as git's color.diff=never: not even bold or
    faint, also on a terminal and with FORCE_COLOR; only ``color=True`` asked for outright wins.
    ``spoken``: changed words are named in words, as in Markdown (``(removed: “x”)``), not marked
    ``[-x-]{+y+}``; by default when :func:`for_screen_reader` says the output is read aloud.
    """
    import os

    from rich.console import Console

    from ..colour import color_system, isatty, terminal

    if color is None and os.environ.get("NO_COLOR"):
        color = False
    # A value's line (or a wrapped row) that a CI runner would read as a command is shown escaped.
    out = NoWorkflowCommands(stream)
    console = Console(
        file=out, highlight=False, soft_wrap=True, emoji=False, markup=False,
        force_terminal=terminal(stream, color) if color is not False else None, no_color=True if color is False else None,
        # No colour asked for (git's color.diff=never, NO_COLOR): no bold or dim either.
        color_system=color_system(color),
    )
    colored = console.color_system is not None and not console.no_color
    # On a terminal each line is wrapped to its width under its own indent, and a long paragraph
    # shows the words around its changes; piped, every change stays whole on its line (for grep).
    fit = isatty(stream)
    if spoken is None:
        spoken = for_screen_reader(stream)

    def emit(text: Any, hang: int) -> None:
        for row in (_hanging(text, console.width, hang) if fit else [text]):
            console.print(row)

    try:
        _text_body(result, console, emit, colored, fit, header, summary, spoken)
    finally:
        out.finish()


def for_screen_reader(stream: TextIO) -> bool:
    """Whether the text format is set up to be read aloud, as render's ``stacked`` layout is chosen:
    ``CXKIT_LAYOUT=stacked`` (the standing choice a screen-reader user sets for every view), or,
    with ``CXKIT_LAYOUT`` unset, a person at a terminal that calls itself dumb (``TERM=dumb`` or
    ``unknown``, as Emacs and so Emacspeak), ``stream`` that terminal or piped from it to a file or
    ``less`` (:func:`cxkit.colour.at_dumb_terminal`). Any other ``CXKIT_LAYOUT`` keeps the markers,
    as does a run with no terminal (a CI log, a git hook's script)."""
    from ..colour import read_aloud

    return read_aloud(stream)


def _text_body(result: DiffResult, console: Any, emit: Callable[[Any, int], None], colored: bool, fit: bool,
               header: str | None, summary: bool, spoken: bool = False) -> None:
    from rich.text import Text

    if header:
        emit(Text(header, style="bold"), 0)
    first = True
    moves = folder_moves(result)
    # The diff's language reads every document that differs: once per render, not once per move.
    lang = diff_lang(result) if any(move is not None for move in moves.values()) else "en"
    for doc in result.documents:
        if not doc.changes or (id(doc) in moves and moves[id(doc)] is None):
            continue
        if not first:
            console.print()
        first = False
        move = moves.get(id(doc))
        if move is not None:
            emit(Text(folder_move_words(move, lang, arrow=phrase("to", lang) if spoken else "→"), style="cyan"), 4)
            continue
        status = doc.status
        doc_lang = frame_lang(doc, result.lang)
        line = Text()
        # Read aloud, no "+"/"-": the line says in words that the document was added or removed.
        if status in ("added", JOINED) and not spoken:
            line.append("+ ", style="green bold")
        elif status in ("removed", LEFT) and not spoken:
            line.append("- ", style="red bold")
        line.append(visible_line(doc.document), style="bold")  # an id is document text: shown, not obeyed
        if status == "renamed":
            assert doc.old is not None and doc.new is not None
            arrow = phrase("to", doc_lang) if spoken else "→"  # read aloud: "a.yaml to b.yaml", not "right arrow"
            line.append(f"  {doc.old.file} {arrow} {doc.new.file}", style="cyan")
            line.append(status_suffix(status, doc_lang, doc), style="dim")
        elif doc.file != doc.document:
            line.append(f"  {doc.file}", style="dim")
        if status in ("added", "removed"):
            line.append(f"  {described_document(doc, status, doc_lang)}", style="green" if status == "added" else "red")
        elif status == LEFT:
            line.append(f"  {_outside_sentence(doc, result.new_label, joined=False, lang=doc_lang)}", style="red")
        elif status == JOINED:
            line.append(f"  {_outside_sentence(doc, result.old_label, joined=True, lang=doc_lang)}", style="green")
        emit(line, 4)
        if status == "added" and doc.kept_out is not None:
            emit(Text(f"  {kept_out_sentence(doc, result.old_label, doc_lang)}", style="dim"), 4)
        notes = {**stage_hint_notes(doc, visible, doc_lang), **renumbered_notes(doc.changes, visible, doc_lang)}
        namer = plain_namer(doc, result.lang)
        if spoken:
            namer.spoken()
        for change in _inner(doc):
            lines = _text_change(change, colored, console.width, notes.get(id(change)), namer, fit, spoken)
            for n, out in enumerate(lines):
                # A change's first line hangs under its value; a block's lines under their own text.
                emit(out, len(_CHANGE_INDENT) if n == 0 else _lead(out.plain) + 2)
    if summary:
        if not first:
            console.print()
        emit(Text(summary_line(result), style="dim" if result else "green"), 2)
    if result.not_compared:
        console.print()
        emit(Text(not_compared_heading(result), style="bold red"), 2)
        said_in = findings_lang(result)
        for _side, _file, problems in result.not_compared:
            for problem in problems:
                emit(Text(f"  {problem_said(problem, said_in)}"), 4)


#: Where a change's value goes when it does not follow its path (`old:` and `new:`, a block).
_CHANGE_INDENT = "      "
#: The words kept on either side of a change when a long paragraph is shortened on a terminal.
CONTEXT_WORDS = 6


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _hanging(text: Any, width: int, hang: int) -> list[Any]:
    """``text`` (a rich Text, perhaps of several lines) in rows of at most ``width`` cells, broken
    between words; the rows after a line's first are indented by ``hang`` (a line after the first
    by its own indent), so that nothing runs back to the left margin and hides the structure."""
    from rich.text import Text

    if not isinstance(text, Text):
        return [text]
    rows: list[Any] = []
    for n, line in enumerate(text.split("\n", allow_blank=True)):
        rows.extend(_wrap_line(line, width, hang if n == 0 else _lead(line.plain)))
    return rows


def _wrap_line(line: Any, width: int, hang: int) -> list[Any]:
    from rich.cells import cell_len
    from rich.text import Text

    plain = line.plain
    if cell_len(plain) <= width or width - hang < 20:
        return [line]
    breaks: list[int] = []
    start, prefix = 0, 0
    for ws, we in _wrap_words(plain, width - hang):
        while cell_len(plain[start:we]) + prefix > width:
            if ws > start and cell_len(plain[ws:we]) + hang <= width:
                start = ws  # the word opens the next row
            else:  # a word longer than a row (an address) is cut where the row ends
                k = start + 1
                while k < we and cell_len(plain[start:k + 1]) + prefix <= width:
                    k += 1
                start = k
                ws = max(ws, k)
            breaks.append(start)
            prefix = hang
    pieces = line.divide(breaks)
    out: list[Any] = []
    for n, piece in enumerate(pieces):
        piece.rstrip()
        if n == 0:
            out.append(piece)
            continue
        row = Text(" " * hang)
        row.append_text(piece)
        out.append(row)
    return out


#: A word, where a changed run (`[-2 500-]`, `{+3 000+}`) counts as one with the words it touches.
_MARKED_WORD = re.compile(r"(?:\[-.*?-\]|\{\+.*?\+\}|\S)+")


def _wrap_words(plain: str, room: int) -> Iterator[tuple[int, int]]:
    """The spans :func:`_wrap_line` may break between: words, a changed run kept whole with the words
    it touches (a deleted "2 500" is not read across two rows), unless it is longer than ``room``,
    when it breaks between its own words as any text does."""
    from rich.cells import cell_len

    for m in _MARKED_WORD.finditer(plain):
        if cell_len(m.group()) <= room or not any(ch.isspace() for ch in m.group()):
            yield m.span()
        else:
            for w in re.finditer(r"\S+", m.group()):
                yield m.start() + w.start(), m.start() + w.end()


def _shortened(ops: list[tuple[str, str]], keep: int = CONTEXT_WORDS) -> list[tuple[str, str]]:
    """A word diff with the long unchanged runs between its changes cut to ``keep`` words on each
    side of a change, an ellipsis (``…``, op ``…``) standing for what is left out."""
    out: list[tuple[str, str]] = []
    for n, (op, text) in enumerate(ops):
        tokens = re.split(r"(\s+)", text) if op == "=" and "\n" not in text else None
        words = [k for k, t in enumerate(tokens or []) if t and not t.isspace()]
        first, last = n == 0, n == len(ops) - 1
        if tokens is None or len(words) <= keep * (1 if first or last else 2) + 2:
            out.append((op, text))
            continue
        if not first:
            out.append(("=", "".join(tokens[:words[keep - 1] + 1]) + " "))
        out.append(("…", "…"))
        if not last:
            out.append(("=", " " + "".join(tokens[words[-keep]:])))
    return out


def _text_change(c: Change, colored: bool, width: int = 80, note: str | None = None, namer: Namer | None = None,
                 short: bool = False, spoken: bool = False) -> list[Any]:
    """The lines of one change; an order fits its lines to ``width`` (the terminal's, or COLUMNS).
    ``note``: said after the path (see :func:`renumbered_notes`); ``namer``: names the place as
    render does (else it is the path as written); ``short``: a paragraph longer than two rows of
    ``width`` shows only the words around its changes (see :func:`_shortened`); ``spoken``: a
    changed run is named in words (see :func:`_md_word_change`), not marked."""
    from rich.text import Text

    style = _STYLE[c.op]
    lang = namer.labels.lang if namer else "en"
    arrow = f" {phrase('to', lang)} " if spoken else " → "  # read aloud: "Ola to Ola Nowak", not "right arrow"
    head = Text("  ")
    # Read aloud, a symbol says nothing ("tilde"): the change is named as Markdown names it.
    head.append(f"{op_word(c.op, lang)}: " if spoken else _MARK[c.op] + " ", style=style + " bold")
    head.append(namer.place(c) if namer else visible(c.path) or "(document)", style="bold")
    if note:
        head.append(f" ({note})", style="dim")
    lines: list[Any] = [head]
    indent = _CHANGE_INDENT
    if c.kind == "comment":  # a suppression comment: what lint reports changes, no value does
        head.append(f" ({phrase(comment_key(c), lang)})", style="dim")
        return lines
    if c.op == MOVED:
        if c.kind == "order":
            # Items are written as YAML flow items (`"Tanio, szybko"` quoted): a comma inside a
            # trait must not read as two items.
            head.append(f": {phrase('order', lang)}", style=style)
            room = width - head.cell_len - len(f" ({phrase('order.moved', lang, items='')})")
            stages = namer.stage_order(c) if namer else None
            # A stage's name is long: one is named however narrow the line, three ids otherwise.
            moved = (_listed(stages[2], room, fewest=1, lang=lang) if stages
                     else _listed([_flow(v) for v in c.moved_items or []], room, lang=lang))
            if moved:
                head.append(f" ({phrase('order.moved', lang, items=moved)})", style="dim")
            old_label, new_label = phrase("old", lang), phrase("new", lang)
            if stages:
                lines.extend(_named_order_lines(stages[0], indent, old_label, "red" if colored else "", width))
                lines.extend(_named_order_lines(stages[1], indent, new_label, "green" if colored else "", width))
                return lines
            lines.extend(_order_lines(c.old_order or [], indent, old_label, "red" if colored else "", width))
            lines.extend(_order_lines(c.new_order or [], indent, new_label, "green" if colored else "", width))
        elif c.kind == "path":
            place = namer.old_place(str(c.old)) if namer else visible(str(c.old))
            head.append(f": {phrase('from', lang, place=place)}", style=style)
            lines.extend(_text_value(c.value, indent, "", head))
        elif c.kind == "document":
            # A stage moved to another journey: the same words under the journey it left and under
            # the one it joined (its edits on the way follow there), naming both as journeys, so
            # that neither reads as a path or a position in the list.
            head.append(f": {phrase('moved', lang)} {stage_moved_words(visible(str(c.old)), visible(str(c.new)), lang)}",
                        style=style)
        else:
            head.append(f": {c.old}{arrow}{c.new}", style=style)
        return lines
    same_letters = normalization_note(c.old, c.new) if c.op == CHANGED else None
    if same_letters is not None:
        head.append(f": {same_letters}", style=style)
        return lines
    words = _interleaved(c.old, c.new) if c.op == CHANGED and is_prose(c.old, c.new) else None
    if words is not None:
        head.append(": ")
        if short and max(len(c.old), len(c.new)) > 2 * (width - len(indent)):
            words = _shortened(words)
        if spoken:
            for op, text in _said_word_runs(words, namer.labels.lang if namer else "en", str):
                text = text.replace("\n", "\n" + indent)
                head.append(text, style="dim" if op == "…" else "")
            return lines
        for op, text in words:
            if op == "…":
                head.append(text, style="dim")
                continue
            if op != "=":
                text = shown_change(text)
            # Keep multi-line prose under its path instead of at the left margin.
            text = text.replace("\n", "\n" + indent)
            if op == "=":
                head.append(text)
            elif colored:
                # The markers stay in colour too: an eye that tells no red from green, or a screen
                # reader set to speak brackets (NVDA's default level does not: for a screen reader
                # the words are named, see for_screen_reader), reads which words went and which came.
                opening, closing, style = ("[-", "-]", "red") if op == "-" else ("{+", "+}", "green")
                head.append(opening, style=style)
                head.append(text, style=f"{style} {'strike' if op == '-' else 'underline'}")
                head.append(closing, style=style)
            else:
                head.append(f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
        return lines
    if c.op == CHANGED:
        old, new = inline(c.old), inline(c.new)
        if old is not None and new is not None and not _shown_whole_long(c.old, c.new):
            head.append(": ")
            head.append(namer.value(c, c.old, old) if namer else old, style="red")
            head.append(arrow)
            head.append(namer.value(c, c.new, new) if namer else new, style="green")
            return lines
        head.append(":")
        lines.extend(_text_value(c.old, indent, phrase("old", lang) + " ", None, "red"))
        lines.extend(_text_value(c.new, indent, phrase("new", lang) + " ", None, "green"))
        return lines
    value = c.new if c.op == ADDED else c.old
    listed = _text_list(value, namer, _field_key(c.parts), indent, style, bullet="" if spoken else "• ") \
        if namer is not None else None
    if listed is not None:
        # A whole list added or removed: its items as an item added to a list shows, not as YAML.
        if isinstance(listed, str):
            head.append(": ")
            head.append(listed, style=style)
            return lines
        head.append(":")
        return lines + listed
    one = inline(value)
    if namer and one is not None:
        head.append(": ")
        head.append(namer.value(c, value, one), style=style)
        return lines
    fields = (_text_fields(value, namer, _holder(c.parts), indent, style, bullet="" if spoken else "• ")
              if namer is not None else None)
    if fields is not None:
        head.append(":")
        return lines + fields
    lines.extend(_text_value(value, indent, "", head, style))
    return lines


def _text_fields(value: Any, namer: Namer, holder: str | None, indent: str, style: str,
                 bullet: str = "• ") -> list[Any] | None:
    """An added or removed stage (or touchpoint, or other mapping) as its fields, one a line, named as
    Markdown and render name them (`Nazwa: Ankieta NPS`, `Emocje: 0 (neutralnie)`, `Kanał: sms`), in
    the document's language; a text of several lines under its field. None when a field holds more
    (see :func:`mapping_fields`): the mapping is then shown as YAML, every key in it. ``bullet``: before
    each item of a list of several (none read aloud, where a screen reader would name the symbol)."""
    from rich.text import Text

    fields = mapping_fields(value, namer.known, holder)
    if fields is None:
        return None

    def shown(one: Shown) -> str:
        said = said_nested(namer, one, lambda key, value: _text_field_value(namer, key, value))
        return f"{shown_key(namer, one)}: {said}" if one.named else said

    out: list[Any] = []
    for key, entries in fields:
        said = "; ".join(entry_said(entry, shown) for entry in entries)
        label = f"{indent}{namer.field(key, holder)}:"
        if len(entries) > 1:
            # A list of several (barriers, touchpoints): an item a line, as render's terminal view lists
            # them, not joined by "; " into one line that an item holding ";" would cut wrongly.
            out.append(Text(label, style=style))
            for entry in entries:
                first, *more = entry_said(entry, shown).split("\n")
                out.append(Text(f"{indent}  {bullet}{first}", style=style))
                out.extend(Text(f"{indent}  {' ' * len(bullet)}{line}", style=style) for line in more)
        elif "\n" in said:
            out.append(Text(label, style=style))
            out.extend(Text(f"{indent}  {line}", style=style) for line in said.split("\n"))
        else:
            out.append(Text(f"{label} {said}", style=style))
    return out


def _field_key(parts: Any) -> str | None:
    """The field a change's place ends at (`opportunities` for `stages[a].opportunities`), else None."""
    return parts[-1] if parts and isinstance(parts[-1], str) else None


def _listable(value: Any, key: str | None) -> bool:
    """Whether a whole list added or removed at field ``key`` is shown item by item (see :func:`_text_list`):
    a list of texts (or other scalars) and flat mappings; not one holding lists, nor an empty one."""
    return (key is not None and isinstance(value, list) and bool(value)
            and not any(isinstance(item, list) for item in value))


def _text_list(value: Any, namer: Namer, key: str | None, indent: str, style: str,
               bullet: str = "• ") -> "str | list[Any] | None":
    """A whole list added or removed (`barriers:` or `opportunities:` a stage did not have) as its items, the way
    an item added to a list is shown (`Działanie: …`), not as YAML: one text alone is the string to write after
    the place; else the lines, a text an item (``bullet`` before it) and a mapping its fields, each item of several
    under its number (`#2:`) when one is a mapping.  None when it is no such list, or an item's fields hold more
    (see :func:`mapping_fields`): shown as YAML then."""
    from rich.text import Text

    if not _listable(value, key):
        return None
    assert key is not None
    many = len(value) > 1
    numbered = many and any(isinstance(item, dict) for item in value)
    if not many and not isinstance(value[0], dict):
        said = _text_field_value(namer, key, value[0])
        if "\n" not in said:
            return said
    out: list[Any] = []
    for n, item in enumerate(value, 1):
        if isinstance(item, dict):
            fields = _text_fields(item, namer, key, indent + "  " if numbered else indent, style, bullet)
            if fields is None:
                return None
            if numbered:
                out.append(Text(f"{indent}#{n}:", style=style))
            out.extend(fields)
            continue
        first, *more = _text_field_value(namer, key, item).split("\n")
        lead = f"#{n}: " if numbered else bullet if many else ""
        out.append(Text(f"{indent}{lead}{first}", style=style))
        out.extend(Text(f"{indent}{' ' * len(lead)}{line}", style=style) for line in more)
    return out


def _text_field_value(namer: Namer, key: str, value: Any) -> str:
    """One value of an added mapping in the text view: an emotion or a status in words (as Markdown
    writes them), a text as it is (its line breaks kept), else as YAML writes it."""
    if key == "emotion" and isinstance(value, int) and not isinstance(value, bool) and -2 <= value <= 2:
        from ..render.labels import signed

        return f"{signed(value)} ({namer.labels.emotion(value)})"
    if key == "status" and value in _STATUSES:
        return namer.labels.status(value)
    if isinstance(value, str):
        return "\n".join(visible_line(line) for line in value.rstrip("\n").split("\n"))
    return scalar(value)


def stage_moved_words(source: str, target: str, lang: str = "en") -> str:
    """How a stage moved to another journey is said, under either journey: from where to where."""
    return phrase("stage", lang, source=source, target=target)


#: The fewest moved items named before "… and N more", however narrow the terminal.
_FEWEST_NAMED = 3
#: The most moved items a markdown comment names (it has no width to fill).
_MD_NAMED = 12
#: The characters a line of a reorder in Markdown shows (its code spans' backticks and its escapes not
#: counted) before each side is listed item by item: about what a pull-request comment shows on one line.
_MD_ORDER_WIDTH = 100


def _md_width(markdown: str) -> int:
    """The columns a line of Markdown shows, near enough: without its backticks and backslashes."""
    from rich.cells import cell_len

    return cell_len(markdown.replace("`", "").replace("\\", ""))


def _md_order_lines(label: str, items: list[str], *, named: bool) -> list[str]:
    """One side of a reordered list in Markdown (``items`` as Markdown: stages ``named``, `1. Świadomość
    (`swiadomosc`)`, else ids as code): one list item when it fits in :data:`_MD_ORDER_WIDTH` and no
    stage's name holds a comma, else the label and an item a line below it, as the text lists them. An
    item's leading `1.` is escaped, or it would open a numbered list of its own."""
    one = f"  - {label} {', '.join(items)}"
    if _md_width(one) <= _MD_ORDER_WIDTH and not (named and any("," in item for item in items)):
        return [one]
    return [f"  - {label}", *("    - " + _MD_LEADING_NUMBER.sub(r"\1\\.", item) for item in items)]


_MD_LEADING_NUMBER = re.compile(r"^(\d+)\.")


def _listed(items: list[str], room: int, fewest: int = _FEWEST_NAMED, lang: str = "en") -> str:
    """``items`` joined with commas, cut to what fits in ``room`` columns (never fewer than ``fewest``
    of them) and ended with "… and N more" (in ``lang``): a big reshuffle is not one line of hundreds
    of ids."""
    from rich.cells import cell_len

    shown: list[str] = []
    used = 0
    for n, item in enumerate(items):
        rest = len(items) - n - 1
        more = ", " + phrase("more", lang, n=rest) if rest else ""
        cost = cell_len(item) + (2 if shown else 0)
        if len(shown) >= fewest and used + cost + cell_len(more) > room:
            return ", ".join(shown) + ", " + phrase("more", lang, n=len(items) - n)
        shown.append(item)
        used += cost
    return ", ".join(shown)


def renumbered_notes(changes: list[Change], code: Callable[[str], str], lang: str = "en") -> dict[int, str]:
    """Notes for the items removed or added whose id another item of the list took or gave up
    (stages numbered `etap-N` renumbered around one removed or inserted), by ``id()`` of the change:
    `- stages[etap-2]` and then `~ stages[etap-2].id: etap-3 → etap-2` are two stages, and the
    removal says so ("etap-2 now names the stage that was etap-3"; in Polish, ``lang`` "pl", "teraz
    etap-2 to dawny etap-3", as the rest of the document's lines are). ``code`` writes an id."""
    taken: dict[tuple[str, str], str] = {}  # (the list's path, an id given to another item) -> that item's old id
    given: dict[tuple[str, str], str] = {}  # (the list's path, an id an item gave up) -> its new id
    for c in changes:
        if c.op == CHANGED and len(c.parts) >= 2 and c.parts[-1] == "id" and isinstance(c.parts[-2], Item) \
                and c.old is not None and c.new is not None:
            where = format_path(c.parts[:-2])
            taken[(where, str(c.new))] = str(c.old)
            given[(where, str(c.old))] = str(c.new)
    if not taken:
        return {}
    notes: dict[int, str] = {}
    for c in changes:
        if c.op not in (ADDED, REMOVED) or not c.parts or not isinstance(c.parts[-1], Item) or c.parts[-1].id is None:
            continue
        where, ident = format_path(c.parts[:-1]), c.parts[-1].id
        what = "stage" if c.parts[-2:-1] == ("stages",) else "item"
        if c.op == REMOVED and (where, ident) in taken:
            if lang == "pl":  # "dawny" fits a stage (etap) and an item (element) alike
                notes[id(c)] = f"teraz {code(ident)} to dawny {code(taken[(where, ident)])}"
            else:
                notes[id(c)] = f"{code(ident)} now names the {what} that was {code(taken[(where, ident)])}"
        elif c.op == ADDED and (where, ident) in given:
            if lang == "pl":
                notes[id(c)] = f"dawny {code(ident)} to teraz {code(given[(where, ident)])}"
            else:
                notes[id(c)] = f"the {what} that was {code(ident)} is {code(given[(where, ident)])} now"
    return notes


#: A stage's fields whose texts tell where its content went: a text a team writes once per stage, not a
#: question every stage repeats (`thinking`, `feeling`, `goal` are left out for that reason).
_STAGE_CONTENT = ("touchpoints", "doing", "barriers", "pain_points", "love_points", "metrics", "opportunities")


def _stage_content(stage: Any) -> set[str]:
    """The texts of a stage's touchpoints, doing, barriers and the like, folded, for :func:`stage_hints`."""
    out: set[str] = set()
    if not isinstance(stage, dict):
        return out
    for key in _STAGE_CONTENT:
        value = stage.get(key)
        for item in value if isinstance(value, list) else [value] if value is not None else []:
            if isinstance(item, dict):
                item = " – ".join(str(v) for k, v in item.items() if k in ("channel", "description", "text", "action"))
            text = " ".join(str(item).split()).casefold()
            if text:
                out.add(text)
    return out


def stage_hints(doc: DocumentDiff) -> dict[int, tuple[str, str]]:
    """For a journey's stage removed whose content (touchpoints, barriers, doing…) mostly reappears in another
    stage that did not hold it before: ("merged_into", that stage's id); for a stage added whose content mostly
    was another stage's before: ("split_from", its id); by ``id()`` of the change. Mostly: at least two texts
    and half of the stage's, and one stage alone the best match; a stage that shares nothing, or a text or
    two with several, gets no hint."""
    old = _stages_of(doc.old.data) if doc.old is not None else None
    new = _stages_of(doc.new.data) if doc.new is not None else None
    if not old or not new:
        return {}
    from .match import item_id

    before = {item_id(s): _stage_content(s) for s in old if item_id(s) is not None}
    after = {item_id(s): _stage_content(s) for s in new if item_id(s) is not None}
    # A text two stages held before (a channel every stage lists: `Aplikacja mobilna`, `Infolinia`; a barrier
    # pasted into each) tells nothing of where a stage went: only a text one stage held is weighed.
    held: dict[str, int] = {}
    for texts in before.values():
        for text in texts:
            held[text] = held.get(text, 0) + 1
    hints: dict[int, tuple[str, str]] = {}
    for c in doc.changes:
        if c.op not in (ADDED, REMOVED) or len(c.parts) != 2 or c.parts[0] != "stages" or not isinstance(c.parts[1], Item):
            continue
        if c.op == REMOVED:
            named = _named_into(c.old, old, new, c.parts[1].id)
            if named is not None:
                hints[id(c)] = ("merged_into", named)
                continue
        own = {text for text in _stage_content(c.old if c.op == REMOVED else c.new) if held.get(text, 0) < 2}
        if len(own) < 2:
            continue
        if c.op == REMOVED:  # what the other stages gained holds this one's texts
            found = {sid: own & (texts - before.get(sid, set())) for sid, texts in after.items() if sid != c.parts[1].id}
        else:  # what another stage held before holds this one's texts
            found = {sid: own & texts for sid, texts in before.items() if sid != c.parts[1].id}
        ranked = sorted(found.items(), key=lambda kv: -len(kv[1]))
        if not ranked:
            continue
        best, shared = ranked[0]
        runner_up = len(ranked[1][1]) if len(ranked) > 1 else 0
        if len(shared) >= 2 and 2 * len(shared) >= len(own) and len(shared) > runner_up:
            hints[id(c)] = ("merged_into" if c.op == REMOVED else "split_from", str(best))
    return _no_replacements(hints, before, after)


def _no_replacements(hints: dict[int, tuple[str, str]], before: dict[Any, set[str]],
                     after: dict[Any, set[str]]) -> dict[int, tuple[str, str]]:
    """``hints`` without those of a stage replaced by one other (its id and most of its texts rewritten:
    `c` removed, `inv` added with c's touchpoints), which is neither a merge nor a split: a stage merged into
    a stage added counts only when two or more went into it, and a stage split from a stage removed only
    when two or more came out of it."""
    into: dict[str, int] = {}
    out_of: dict[str, int] = {}
    for kind, stage in hints.values():
        counts = into if kind == "merged_into" else out_of
        counts[stage] = counts.get(stage, 0) + 1
    kept = {}
    for key, (kind, stage) in hints.items():
        if kind == "merged_into" and stage not in before and into[stage] < 2:
            continue
        if kind == "split_from" and stage not in after and out_of[stage] < 2:
            continue
        kept[key] = (kind, stage)
    return kept


def _name_words(stage: Any) -> set[str]:
    name = stage.get("name") if isinstance(stage, dict) else None
    return {w for w in re.findall(r"\w+", str(name or "").casefold()) if len(w) >= 3}


def _named_into(removed: Any, old: list[Any], new: list[Any], removed_id: str | None) -> str | None:
    """The one other stage whose name took the removed stage's in (`Decyzja kredytowa` renamed `Weryfikacja BIK i
    decyzja kredytowa` beside `Weryfikacja zdolności… w BIK` removed): the words its name gained, two or more, all
    from the removed stage's name; None when no stage or several do."""
    from .match import item_id

    words = _name_words(removed)
    was = {item_id(s): _name_words(s) for s in old}
    found = []
    for stage in new:
        sid = item_id(stage)
        if sid is None or sid == removed_id or sid not in was:
            continue
        gained = _name_words(stage) - was[sid]
        if len(gained) >= 2 and gained <= words:
            found.append(str(sid))
    return found[0] if len(found) == 1 else None


def stage_hint_notes(doc: DocumentDiff, code: Callable[[str], str], lang: str = "en") -> dict[int, str]:
    """:func:`stage_hints` said beside the change: "merged into stage `decyzja`", "wydzielony z etapu `umowa`"."""
    said = {"merged_into": ("merged into stage {s}", "włączony do etapu {s}"),
            "split_from": ("split from stage {s}", "wydzielony z etapu {s}")}
    return {key: said[kind][lang == "pl"].format(s=code(stage)) for key, (kind, stage) in stage_hints(doc).items()}


def _order_lines(order: list[Any], indent: str, label: str, style: str, width: int = 80) -> list[Any]:
    """One side of a reordered list: a flow list (`[swiadomosc, zakup]`) when it fits on a line of
    ``width`` columns, else one item per line, as a YAML block list; never items joined with bare commas."""
    from rich.text import Text

    one = inline(order, limit=max(width - len(indent) - len(label) - 1, 20))
    if one is not None:
        return [Text(f"{indent}{label} {one}", style=style)]
    return [Text(indent + label, style=style), *(Text(line, style=style) for line in yaml_lines(order, len(indent) + 2))]


def _named_order_lines(names: list[str], indent: str, label: str, style: str, width: int = 80) -> list[Any]:
    """One side of a journey's stages reordered, each named (`1. Świadomość (awareness)`): on one line
    when it fits in ``width`` columns and no name holds a comma, else one stage a line."""
    from rich.cells import cell_len
    from rich.text import Text

    one = f"{indent}{label} {', '.join(names)}"
    if cell_len(one) <= width and not any("," in n for n in names):
        return [Text(one, style=style)]
    return [Text(indent + label, style=style), *(Text(f"{indent}  {n}", style=style) for n in names)]


def _text_value(value: Any, indent: str, label: str, head: Any, style: str = "") -> list[Any]:
    """A value after ``head`` when it fits on the line, else as a block below."""
    from rich.text import Text

    one = inline(value)
    if one is not None:
        if head is not None:
            head.append(": ")
            head.append(one, style=style)
            return []
        return [Text(indent + label + one, style=style)]
    out: list[Any] = []
    if head is not None:
        head.append(":")
    else:
        out.append(Text(indent + label.rstrip(), style=style))
    sub = indent + ("  " if label else "")
    out.extend(Text(line, style=style) for line in yaml_lines(value, len(sub)))
    return out


# --- markdown -------------------------------------------------------------

# "$" opens GitHub's inline maths; "&" an entity ("&amp;" would show as "&").
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#$&])")


def md_text(text: str) -> str:
    """Text safe inside a markdown paragraph or list item."""
    # A bare link, an address or ":tada:" stays text in a pull-request comment too.
    return plain(_MD_SPECIAL.sub(r"\\\1", visible(text)).replace("\n", "<br>"))


def md_message(text: str, *, in_table: bool = False) -> str:
    """One of cxkit's messages (a finding's, a note's) in a Markdown paragraph, list item or (``in_table``)
    table cell: the spans it writes in backticks as code, the rest as escaped text (:func:`md_text`)."""
    from ..gfm import message_parts

    out = []
    for is_code, piece in message_parts(text):
        if is_code:
            out.append(md_code(piece).replace("|", "\\|") if in_table else md_code(piece))
        else:
            out.append(md_text(piece).replace("\\|", "&#124;") if in_table else md_text(piece))
    return "".join(out)


def md_code(text: str) -> str:
    """An inline code span that survives backticks in the text."""
    text = visible(text).replace("\n", " ")
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _md_block(value: Any, indent: str) -> list[str]:
    body = yaml_lines(value)
    longest = max((len(m) for line in body for m in re.findall(r"`+", line)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{indent}{fence}yaml", *(indent + line for line in body), f"{indent}{fence}"]


def write_markdown(lines: list[str], stream: TextIO) -> None:
    """Write ``markdown_lines``' output (perhaps amended by the caller): one line each, a newline at the end.

    A line of a code block (a multi-line value) that a CI runner would read as a command, when the
    comment is also printed in a job's log, is shown escaped (:func:`no_workflow_commands`)."""
    stream.write(no_workflow_commands("\n".join(lines) + "\n"))


def markdown_lines(result: DiffResult, *, level: int = 2, title: str | None = "cxkit diff") -> list[str]:
    h = "#" * level
    out: list[str] = []
    lang = diff_lang(result)
    if title:
        out += [f"{h} {title}: {_md_label(result.old_label, lang)} → {_md_label(result.new_label, lang)}", ""]
    out += [summary_line(result), ""]
    if any(word for doc in result.documents for c in _inner(doc) for word in _md_word_runs(c)):
        out += [_WORD_LEGEND[lang], ""]
    moves = folder_moves(result)
    for doc in result.documents:
        if not doc.changes or (id(doc) in moves and moves[id(doc)] is None):
            continue
        move = moves.get(id(doc))
        if move is not None:
            out += [f"{h}# {folder_move_words(move, lang, md_code)}", ""]
            continue
        status = doc.status
        where = md_code(doc.file)
        if status == "renamed":
            assert doc.old is not None and doc.new is not None
            where = f"{md_code(doc.old.file)} → {md_code(doc.new.file)}"
        # A document's own part (its status, its bullets) is in its language, as its field names are.
        doc_lang = frame_lang(doc, result.lang)
        title_line = md_code(doc.document) if where == md_code(doc.document) else f"{md_code(doc.document)} · {where}"
        out += [f"{h}# {title_line}{status_suffix(status, doc_lang, doc)}", ""]
        if status in ("added", "removed"):
            said = described_document(doc, status, doc_lang)
            out += [f"{md_text(said[:1].upper() + said[1:])}.", ""]
            if doc.kept_out is not None:
                out += [kept_out_sentence(doc, result.old_label, doc_lang, markdown=True), ""]
        elif status == LEFT:
            out += [f"{_outside_sentence(doc, result.new_label, joined=False, markdown=True, lang=doc_lang)}.", ""]
        elif status == JOINED:
            out += [f"{_outside_sentence(doc, result.old_label, joined=True, markdown=True, lang=doc_lang)}.", ""]
        notes = {**stage_hint_notes(doc, md_code, doc_lang), **renumbered_notes(doc.changes, md_code, doc_lang)}
        namer = Namer(doc, md_text, md_code, result.lang)
        items = [line for c in _inner(doc) for line in _md_change(c, notes.get(id(c)), namer)]
        if items:
            out += items + [""]
    if result.not_compared:
        out += _md_not_compared(result, h)
    return out


def findings_lang(result: DiffResult) -> str:
    """The language of the lint lines a diff repeats (a file it cannot read: CX000, CX001): the workspace's
    (`lang` of its config), as `cxkit lint` there says them, on stderr and in the output alike; not the
    documents' language, which the diff's own sentences follow (:func:`diff_lang`): a finding's words follow
    the workspace, as review's findings do, so an English workspace's lines stay English beside Polish
    documents and a Polish workspace's are Polish beside English ones."""
    return "pl" if result.lang == "pl" else "en"


def problem_said(problem: Any, lang: str) -> str:
    """A file's located problem (`x.yaml:3:1: error CX001 …`) in ``lang`` (see :func:`findings_lang`): in Polish, the
    message the lint of a Polish workspace gives it (see :func:`cxkit.lint.polish_reader.in_polish`), or the
    English one whole where no Polish form of it is known; the code, rule and place as they are."""
    if lang == "pl":
        from dataclasses import replace as replaced

        from ..lint.polish_reader import in_polish

        twin = in_polish(problem.rule, problem.message)
        if twin is not None:
            return str(replaced(problem, message=twin))
    return str(problem)


def not_compared_heading(result: DiffResult) -> str:
    # A file neither side can read (changed: an unchanged one is only a note) is one file, listed for each side.
    files = [file for _side, file, _problems in result.not_compared]
    n, both = len(set(files)), len(files) - len(set(files))
    if diff_lang(result) == "pl":
        where = "po jednej stronie" if not both else "po obu stronach" if both == n else "po jednej lub obu stronach"
        # "Nie porównano 1 pliku / 2 plików / 5 plików": the genitive, one form past 1.
        return (f"Nie porównano {n} {'pliku' if n == 1 else 'plików'}: nie udało się "
                f"{'go' if n == 1 else 'ich'} odczytać {where}, więc {'jego' if n == 1 else 'ich'} zmian nie pokazano:")
    where = "on one side" if not both else "on either side" if both == n else "on one side or both"
    return (f"Not compared: {_plural(n, 'file')} could not be read {where}, so "
            f"{'its' if n == 1 else 'their'} changes are not shown:")


def _md_not_compared(result: DiffResult, h: str) -> list[str]:
    lang = diff_lang(result)
    out = [f"{h}# {phrase('not_compared', lang)}", "", phrase("not_compared.line", lang), ""]
    for side, _file, problems in result.not_compared:
        for p in problems:
            which = phrase("side.before" if side == "before" else "side.after", lang)
            message = p.message
            if findings_lang(result) == "pl":  # the workspace's language, as lint's lines (not the headings')
                from ..lint.polish_reader import in_polish

                message = in_polish(p.rule, p.message) or message
            out.append(f"- {md_code(f'{p.where}:{p.line}:{p.column}')} ({which}): "
                       f"{p.code} {md_message(visible_line(message))}")
    return out + [""]


#: How a heading names the sides git has no name of its own for: in plain words, not git's.
PLAIN_SIDES = {"working tree": "working copy", "index": "staged"}


def _md_label(text: str, lang: str = "en") -> str:
    plain = PLAIN_SIDES.get(text)
    return md_text(side_word(plain, lang)) if plain is not None else md_code(text)


#: Said once under a Markdown diff's summary when a change is shown word by word.
_WORD_LEGEND = {"en": "Changed words are given in brackets where they changed: (removed: “…”), (added: “…”).",
                "pl": "Zmienione słowa podano w nawiasach w miejscu zmiany: (usunięto: „…”), (dodano: „…”)."}
#: How a Markdown word diff names a removed and an added run, and the quotes around it, by language.
_WORD_CHANGE = {"en": ("removed", "added", "“", "”"), "pl": ("usunięto", "dodano", "„", "”")}


def _md_word_change(went: str, came: str, lang: str, escape: Callable[[str], str] = md_text) -> str:
    """One changed run of a Markdown word diff in words: `(usunięto: „marcem”; dodano: „kwietniem”)`.

    Words, not the text format's `[-x-]{+y+}`: NVDA at its default punctuation level reads none of
    `[ ] { } -`, so the removed words were heard as present, and GitLab turns the markers into a red
    or green span with the markers hidden (colour alone). HTML (<del>/<ins>) is no better: a screen
    reader does not announce it, and pasted into Confluence or Notion the tags show as text. Words in
    brackets read the same in every renderer, aloud, and with no colour. The text format says it
    the same way for a screen reader, with ``escape`` ``str`` (see :func:`for_screen_reader`)."""
    removed, added, opening, closing = _WORD_CHANGE.get(lang, _WORD_CHANGE["en"])

    def quoted(text: str) -> str:
        return f"{opening}{escape(shown_change(text.strip() or text))}{closing}"

    said = ([f"{removed}: {quoted(went)}"] if went else []) + ([f"{added}: {quoted(came)}"] if came else [])
    return f"({'; '.join(said)})"


def _said_word_runs(words: list[tuple[str, str]], lang: str, escape: Callable[[str], str]) -> list[tuple[str, str]]:
    """A word diff with each changed run said in words (:func:`_md_word_change`): pieces ``("=", kept
    text)``, ``("said", "(removed: “x”)")``, ``("…", "…")`` for what a shortened one leaves out;
    ``escape`` is applied to the text (``md_text`` in Markdown, ``str`` in the text format)."""
    pieces: list[tuple[str, str]] = []
    went = came = ""
    for n, (op, text) in enumerate(words):
        if op == "-":
            went = text
        elif op == "+":
            came = text
        if op in ("=", "…") or n + 1 == len(words) or words[n + 1][0] in ("=", "…"):
            if went or came:  # a removed run, an added one, or one replaced by the other
                before = pieces[-1][1] if pieces else ""
                after = words[n + 1][1] if n + 1 < len(words) else ""
                # A space between the bracket and a word it would touch, none inside brackets
                # or quotes of the text (`Koszt ((usunięto: „PLN”; dodano: „EUR”))`) or before a stop.
                if before and not before[-1].isspace() and before[-1] not in "(„“«":
                    pieces.append(("=", " "))
                pieces.append(("said", _md_word_change(went, came, lang, escape)))
                if after and not after[0].isspace() and after[0] not in ".,;:!?)…”»":
                    pieces.append(("=", " "))
                went = came = ""
            if op == "=":
                pieces.append(("=", escape(text)))
            elif op == "…":
                pieces.append(("…", text))
    return pieces


def _md_word_runs(c: Change) -> list[tuple[str, str]]:
    """The runs of ``c``'s word diff in Markdown that are removed or added, none when it has none."""
    if c.op != CHANGED or c.kind == "comment" or not is_prose(c.old, c.new):
        return []
    if normalization_note(c.old, c.new) is not None:
        return []
    return [w for w in _interleaved(c.old, c.new) or [] if w[0] != "="]


class Shown(NamedTuple):
    """One value of an added mapping's field as a reader is shown it: ``key`` tells how to show it
    (an emotion, a status), ``named`` whether its key is written before it (`koszt: 5`).  ``value`` is
    a plain value, or what an item holds besides (a barrier's `sources`, a list of ids; any list or
    mapping), which :func:`said_nested` says.  ``own``: the value is in a team's `x-` field, whose keys
    are its own (an `owner` there is no opportunity's owner): each key written as it is, never left out
    or put in a view's words."""

    key: str
    value: Any
    named: bool
    own: bool = False


def shown_key(namer: "Namer", one: Shown) -> str:
    """``one``'s key before its value: as a view names it (`Opiekun`), or as written in a team's `x-` field."""
    return namer.code(one.key) if one.own else namer.field(one.key)


def mapping_fields(value: Any, known: Callable[[str], bool],
                   holder: str | None = None) -> list[tuple[str, list[list[Shown]]]] | None:
    """An added or removed stage (or other mapping) as its fields, the one walk the formats share:
    for each field (an `id` beside a `name` left out) its key and its entries, an entry being the
    values shown together: a plain value, or a mapping of a list (a touchpoint: `push –
    Podsumowanie…`, its empty values left out), whose keys ``known`` to a reader are not written and
    whose others are (`kanał – koszt: 5`).  What such an item holds besides (a barrier's `sources`, an
    opportunity's own `x-` list) is one value of the entry, said by :func:`said_nested` (`[wywiady-2026]`,
    `Zgłoszenia: JIRA-12, JIRA-14`); a field holding a mapping is one entry of its named values.  None
    only when ``value`` is no mapping, or an empty one.  A stage (``holder`` `stages`) has its metrics and
    opportunities in the order render shows them, as :func:`_in_stage_order` orders a stage's changes."""
    if not isinstance(value, dict) or not value:
        return None
    fields: list[tuple[str, list[list[Shown]]]] = []
    items = list(value.items())
    if holder == "stages":
        rank = _stage_rank()
        at = [n for n, (key, _item) in enumerate(items) if key in rank]
        for n, pair in zip(at, sorted((items[n] for n in at), key=lambda pair: rank[pair[0]])):
            items[n] = pair
    for key, item in items:
        if key == "id" and "name" in value:
            continue
        entries: list[list[Shown]] = []
        own = str(key).startswith("x-")  # a team's field: its keys as written, every one (see Shown)
        if isinstance(item, dict):  # a field holding a mapping: its values, each named
            entries.append([Shown(str(k), v, True, own) for k, v in item.items() if v not in (None, "")])
        for entry in item if isinstance(item, list) else [] if isinstance(item, dict) else [item]:
            if isinstance(entry, dict):
                entries.append([Shown(str(k), v, own or isinstance(v, (dict, list)) and str(k) != "sources"
                                      or not known(str(k)), own)
                                for k, v in entry.items() if v not in (None, "", [], {})])
            else:
                entries.append([Shown(str(key), entry, False, own)])
        fields.append((str(key), entries))
    return fields


def said_nested(namer: "Namer", one: Shown, said: Callable[[str, Any], str]) -> str:
    """``one``'s value as a line of text, however deep: a plain value as ``said`` says it (escaped, in
    words), a trait's `sources` as render cites them (`[wywiady-2026, ankieta-nps]`), another list its
    items joined by commas, a mapping its values each named, in parentheses (`(Kanał: sms, Opis: …)`),
    so that no reader is shown YAML for an item that holds more than texts, and no key is left out."""
    value = one.value
    own = one.own or one.key.startswith("x-")  # inside a team's `x-` field: its keys and values as written
    if isinstance(value, list):
        items = [said_nested(namer, Shown(one.key, v, False, own), said) for v in value]
        if one.key == "sources" and not own and all(not isinstance(v, (dict, list)) for v in value):
            return f"[{', '.join(items)}]"
        return ", ".join(items)
    if isinstance(value, dict):
        inner = ", ".join(f"{shown_key(namer, Shown(str(k), v, True, own))}: "
                          f"{said_nested(namer, Shown(str(k), v, False, own), said)}"
                          for k, v in value.items() if v not in (None, ""))
        return f"({inner})"
    return said("" if own else one.key, value)


def entry_said(entry: list[Shown], shown: Callable[[Shown], str]) -> str:
    """An entry's values on one line, as :func:`mapping_fields` walks them: joined by dashes
    (`sms – Przypomnienie o racie`), a trait's sources after its text as render cites them
    (`Brak statusu wniosku [cc-analityka-2026]`)."""
    out = ""
    for n, one in enumerate(entry):
        said = shown(one)
        cited = one.key == "sources" and not one.named and isinstance(one.value, list)
        out += (" " if cited else " – ") + said if n else said
    return out


def _md_fields(value: Any, namer: Namer, holder: str | None = None) -> list[str] | None:
    """An added or removed stage (or other mapping) as its fields, one bullet each, as render names
    them (`Emocje: +1 (dobrze)`, `Punkty styku: push – Podsumowanie…`), not as YAML; None when a
    field holds more (see :func:`mapping_fields`)."""
    fields = mapping_fields(value, namer.known, holder)
    if fields is None:
        return None

    def shown(one: Shown) -> str:
        said = said_nested(namer, one, lambda key, value: _md_field_value(namer, key, value))
        return f"{shown_key(namer, one)}: {said}" if one.named else said

    return [f"  - {namer.field(key, holder)}: {'; '.join(entry_said(entry, shown) for entry in entries)}"
            for key, entries in fields]


def _md_list(value: Any, namer: Namer, key: str | None) -> "str | list[str] | None":
    """:func:`_text_list` in Markdown: one text alone after the place, else a bullet an item (a mapping's fields
    bullets under it, or under its number, `#2`, when several items are and one is a mapping)."""
    if not _listable(value, key):
        return None
    assert key is not None
    many = len(value) > 1
    numbered = many and any(isinstance(item, dict) for item in value)
    if not many and not isinstance(value[0], dict):
        return _md_field_value(namer, key, value[0])
    out: list[str] = []
    for n, item in enumerate(value, 1):
        said = None if isinstance(item, dict) else _md_field_value(namer, key, item)
        if numbered:
            out.append(f"  - {md_code(f'#{n}')}:" + (f" {said}" if said is not None else ""))
        if isinstance(item, dict):
            fields = _md_fields(item, namer, key)
            if fields is None:
                return None
            out.extend("  " + line for line in fields) if numbered else out.extend(fields)
        elif not numbered:
            out.append(f"  - {said}")
    return out


def _md_field_value(namer: Namer, key: str, value: Any) -> str:
    """One value of an added mapping: an emotion or a status in words, prose as text, else code."""
    if key == "emotion" and isinstance(value, int) and not isinstance(value, bool) and -2 <= value <= 2:
        from ..render.labels import signed

        return f"{signed(value)} ({md_text(namer.labels.emotion(value))})"
    if key == "status" and value in _STATUSES:
        return md_text(namer.labels.status(value))
    return md_text(value) if isinstance(value, str) else md_code(scalar(value))


def _md_value(value: Any, plain: bool | None = None) -> str | None:
    """A value on one line of markdown, None when it needs a block: prose as text, else as code
    (``plain`` decides for both sides of a change, see :func:`_md_plain`)."""
    one = inline(value)
    if one is None:
        return None
    if plain is None:
        plain = _md_plain(value)
    return md_text(value) if plain and isinstance(value, str) else md_code(one)


def _md_plain(*values: Any) -> bool:
    """Whether values are shown as text, not as code: when each is a string written as it is, and
    one is prose (has a space); decided once for the old and the new value of a change, so both
    read alike (`Rozważanie` → `Porównanie w salonie` is text on both sides)."""
    written = all(isinstance(v, str) and "\n" not in v and inline(v) == v for v in values)
    return written and any(" " in v for v in values)


def _md_change(c: Change, note: str | None = None, namer: Namer | None = None) -> list[str]:
    place = namer.place(c) if namer else md_code(c.path or "(document)")
    op = op_word(c.op, namer.labels.lang) if namer is not None else c.op
    head = f"- **{op}** {place}" + (f" ({note})" if note else "")
    lang = namer.labels.lang if namer is not None else "en"
    if c.kind == "comment":  # a suppression comment (see _text_change)
        return [f"- **{op}** {md_code(c.path)} ({phrase(comment_key(c, 'comment.md'), lang)})"]
    if c.op == MOVED:
        if c.kind == "order":
            stages = namer.stage_order(c) if namer else None
            if stages:
                named, old_order, new_order = stages[2], stages[0], stages[1]
            else:
                named = [md_code(scalar(v)) for v in c.moved_items or []]
                old_order = [md_code(scalar(v)) for v in c.old_order or []]
                new_order = [md_code(scalar(v)) for v in c.new_order or []]
            head = f"{head}: {phrase('order', lang)}"
            olds = _md_order_lines(phrase("old", lang), old_order, named=bool(stages))
            news = _md_order_lines(phrase("new", lang), new_order, named=bool(stages))
            if len(olds) > 1 or len(news) > 1:  # the orders listed in full below: the moved cut to the line
                room = _MD_ORDER_WIDTH - _md_width(head) - len(f" ({phrase('order.moved', lang, items='')})")
                moved = _listed(named, room, fewest=1, lang=lang)
            else:
                moved = ", ".join(named[:_MD_NAMED])
                if len(named) > _MD_NAMED:
                    moved += ", " + phrase("more", lang, n=len(named) - _MD_NAMED)
            return [head + (f" ({phrase('order.moved', lang, items=moved)})" if moved else ""), *olds, *news]
        if c.kind == "path":
            source = namer.old_place(str(c.old)) if namer else md_code(str(c.old))
            one = _md_value(c.value)
            if one is not None:
                return [f"{head}: {phrase('from', lang, place=source)}: {one}"]
            return [f"{head}: {phrase('from', lang, place=source)}:", *_md_block(c.value, "  ")]
        if c.kind == "document":
            return [f"{head}: {stage_moved_words(md_code(str(c.old)), md_code(str(c.new)), lang)}"]
        return [f"{head}: {md_code(str(c.old))} → {md_code(str(c.new))}"]
    same_letters = normalization_note(c.old, c.new) if c.op == CHANGED else None
    if same_letters is not None:
        return [f"{head}: {md_text(same_letters)}"]
    words = _interleaved(c.old, c.new) if c.op == CHANGED and is_prose(c.old, c.new) else None
    if words is not None:
        said = _said_word_runs(words, namer.labels.lang if namer else "en", md_text)
        return [f"{head}: {''.join(text for _op, text in said)}"]
    if c.op == CHANGED:
        plain = _md_plain(c.old, c.new)
        old, new = _md_value(c.old, plain), _md_value(c.new, plain)
        if old is not None and new is not None and not _shown_whole_long(c.old, c.new):
            if namer:
                old, new = namer.value(c, c.old, old), namer.value(c, c.new, new)
            return [f"{head}: {old} → {new}"]
        lines = [f"{head}:"]
        lines += [f"  - old: {old}"] if old is not None else ["  - old:", *_md_block(c.old, "    ")]
        lines += [f"  - new: {new}"] if new is not None else ["  - new:", *_md_block(c.new, "    ")]
        return lines
    value = c.new if c.op == ADDED else c.old
    listed = _md_list(value, namer, _field_key(c.parts)) if namer is not None else None
    if listed is not None:  # a whole list added or removed: item by item, as in the text (see _text_list)
        return [f"{head}: {listed}"] if isinstance(listed, str) else [f"{head}:", *listed]
    one = _md_value(value)
    if one is not None:
        return [f"{head}: {namer.value(c, value, one) if namer else one}"]
    fields = _md_fields(value, namer, _holder(c.parts)) if namer is not None else None
    if fields is not None:
        return [f"{head}:", *fields]
    return [f"{head}:", *_md_block(value, "  ")]


# --- what the git driver shows instead of a diff --------------------------

#: ``DriverNote.status``: git passed one path of a merge conflict, a symbolic link, or a file not read as a document.
UNMERGED, LINK, NOT_COMPARED = "unmerged", "link", "not-compared"

_MODE = re.compile(r"[0-7]{6}\Z")


def git_mode(mode: str) -> str | None:
    """A mode as git passes it to a diff driver (``100644``), None for the side a file is missing
    on (git passes ``.``) or anything that is no mode."""
    return mode if _MODE.match(mode) else None


def file_status_lines(old_mode: str | None, new_mode: str | None) -> list[str]:
    """What git's own header says of a file beyond its name: ``new file mode 100644``, ``deleted
    file mode 100644``, or ``old mode 100644`` and ``new mode 100755``; nothing for a file that is
    on both sides with one mode (or when neither side has one: an unmerged path, a call by hand)."""
    if old_mode is None and new_mode is not None:
        return [f"new file mode {new_mode}"]
    if new_mode is None and old_mode is not None:
        return [f"deleted file mode {old_mode}"]
    if old_mode is not None and new_mode is not None and old_mode != new_mode:
        return [f"old mode {old_mode}", f"new mode {new_mode}"]
    return []


def file_status_sentence(old_mode: str | None, new_mode: str | None, code: Callable[[str], str] = str) -> str | None:
    """:func:`file_status_lines` as a sentence for markdown (`New file, mode 100644.`), None when there is none."""
    if old_mode is None and new_mode is not None:
        return f"New file, mode {code(new_mode)}."
    if new_mode is None and old_mode is not None:
        return f"Deleted file, mode {code(old_mode)}."
    if old_mode is not None and new_mode is not None and old_mode != new_mode:
        return f"Mode changed: {code(old_mode)} → {code(new_mode)}."
    return None


@dataclass
class DriverNote:
    """What `cxkit diff --git-driver` shows for a file it does not compare as documents.

    ``path`` and ``new_path`` are display paths (as git names them, control characters
    escaped); ``problems`` (diff.sources.Problem) say why a file was not compared; the texts
    are the two sides as read, for the line diff shown instead, if any.
    """

    status: str
    path: str
    new_path: str
    problems: list[Any] = field(default_factory=list)
    old_text: str = ""
    new_text: str = ""
    binary: bool = False
    too_large: bool = False
    #: A file git passed could not be read (its ``problems`` say which and why): no line diff either.
    unreadable: bool = False
    #: The modes git passed (``100644``); None for the side the file is missing on (added, deleted).
    old_mode: str | None = None
    new_mode: str | None = None

    def shows_lines(self) -> bool:
        """Whether a line diff is shown instead of a semantic one (a link's, even when it is empty)."""
        if self.unreadable:
            return False
        if self.status != NOT_COMPARED:
            return self.status == LINK
        # Equal texts make an empty line diff: an empty file added, or a mode changed alone.
        return not (self.binary or self.too_large) and self.old_text != self.new_text

    def line_diff(self, name: Callable[[str], str] = str) -> str | None:
        """The line diff shown instead of a semantic one (names through ``name``), None when none is."""
        if not self.shows_lines():
            return None
        from ..fmt import unified_diff

        return unified_diff(name(self.path), self.old_text, self.new_text, name(self.new_path))

    def message(self, name: Callable[[str], str] = str) -> str:
        """What is shown instead of a diff, as one sentence; paths through ``name``."""
        if self.status == UNMERGED:
            return f"Unmerged path {name(self.path)}"
        if self.unreadable:
            return "a file git passed could not be read, so there is no line diff either"
        if self.status == LINK:
            return (f"{name(self.new_path)} is a symbolic link on one side or both, not a document; "
                    "showing what it points to as a line diff")
        if self.binary:
            return f"Binary files {name('a/' + self.path)} and {name('b/' + self.new_path)} differ"
        if self.too_large:
            # Only the beginning was read: a line diff of it could show no change where there is one.
            return "too large for a line diff here; `git diff --no-ext-diff` shows the change"
        if not self.shows_lines():
            # An empty file added (or one whose mode alone changed): a promised line diff never came.
            return "no line differs either"
        return "showing a line diff instead"


def render_driver_note(note: DriverNote, stream: TextIO, output_format: str) -> None:
    """``note`` as ``text``, ``json`` or ``markdown``."""
    if output_format == "json":
        render_driver_note_json(note, stream)
        return
    out = NoWorkflowCommands(stream)  # a context line of the line diff (" ::error::…") is no command
    try:
        if output_format == "markdown":
            render_driver_note_markdown(note, out)  # type: ignore[arg-type]
        else:
            render_driver_note_text(note, out)  # type: ignore[arg-type]
    finally:
        out.finish()


def render_driver_note_text(note: DriverNote, stream: TextIO) -> None:
    """A header as git's, the problems, then the line diff or what stands for it; document text shown, not obeyed."""
    if note.status == UNMERGED:
        stream.write(f"* {note.message()}\n")
        return
    stream.write(f"cxkit diff a/{note.path} b/{note.new_path}\n")
    stream.writelines(line + "\n" for line in file_status_lines(note.old_mode, note.new_mode))
    for problem in note.problems:
        stream.write(f"cxkit: cannot compare semantically: {visible(str(problem))}\n")
    # "Binary files ... differ" is git's own wording, so it goes without the prefix.
    stream.write(("" if note.binary and note.status == NOT_COMPARED else "cxkit: ") + note.message() + "\n")
    lines = note.line_diff()
    if lines:
        # Document text, so control characters are shown, not obeyed (a CR of a CRLF file too, as git's ^M).
        stream.write(visible(lines))


def render_driver_note_json(note: DriverNote, stream: TextIO) -> None:
    """One JSON object (a diff is an array): ``status``, the files, markers, ``problems``, ``message``, ``line_diff``.

    Names are real names and text is as read: JSON escapes control characters.
    """
    payload = {
        "status": note.status,
        "file": raw_name(note.new_path),
        "old_file": raw_name(note.path),
        "new_file": raw_name(note.new_path),
        "unmerged": note.status == UNMERGED,
        "link": note.status == LINK,
        "binary": note.binary,
        "too_large": note.too_large,
        "old_mode": note.old_mode,
        "new_mode": note.new_mode,
        "problems": [
            {"path": raw_name(p.where), "line": p.line, "column": p.column, "code": p.code, "rule": p.rule,
             "severity": "error", "message": p.message}
            for p in note.problems
        ],
        "message": note.message(raw_name),
        "line_diff": note.line_diff(raw_name),
    }
    stream.write(json_visible(json.dumps(payload, ensure_ascii=False, indent=2)) + "\n")


def render_driver_note_markdown(note: DriverNote, stream: TextIO, *, level: int = 2) -> None:
    """A heading as a diff's, the problems as a list, the line diff in a fenced ``diff`` block."""
    h = "#" * level
    if note.status == UNMERGED:
        out = [f"{h} cxkit diff: {md_code(note.path)}", "", f"Unmerged path {md_code(note.path)}: not compared.", ""]
        stream.write("\n".join(out) + "\n")
        return
    out = [f"{h} cxkit diff: {md_code('a/' + note.path)} → {md_code('b/' + note.new_path)}", ""]
    status = file_status_sentence(note.old_mode, note.new_mode, md_code)
    if status:
        out += [status, ""]
    if note.problems:
        out += ["Cannot compare semantically:", ""]
        out += [f"- {md_code(str(p))}" for p in note.problems]
        out += [""]
    lines = note.line_diff()
    sentence = note.message(md_code)
    out += [sentence[:1].upper() + sentence[1:] + (":" if lines else "."), ""]
    if lines:
        shown = visible(lines)
        # Split at line feeds only: a NEL or U+2028 inside a line is no line break to a diff or to markdown.
        body = shown.removesuffix("\n").split("\n")
        # A context line " ```" would close a three-backtick fence: the fence outruns every run inside.
        longest = max((len(m) for line in body for m in re.findall(r"`+", line)), default=0)
        fence = "`" * max(3, longest + 1)
        out += [f"{fence}diff", *body, fence, ""]
    stream.write("\n".join(out) + "\n")


__all__ = [
    "DriverNote", "is_prose", "markdown_lines", "md_code", "md_text", "render_driver_note", "render_json",
    "render_text", "rewritten", "scalar", "summary_line", "word_diff", "write_markdown", "yaml_lines",
]
