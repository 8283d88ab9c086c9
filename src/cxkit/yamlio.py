"""Reading YAML safely and fast, keeping the position of every value.

cxkit composes YAML into nodes with ruamel.yaml's C parser and turns the nodes
into plain Python data itself.  No tag ever constructs an object, aliases are
shared rather than copied and their expanded size is capped, nesting depth and
file size are capped, and every problem becomes a located :class:`LoadProblem`
instead of an exception.
"""

from __future__ import annotations

import codecs
import functools
import operator
import re
import unicodedata
from itertools import chain, pairwise, product
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from ruamel.yaml.cyaml import CParser
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent, SequenceStartEvent,
    StreamEndEvent,
)
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.resolver import BaseResolver
from ruamel.yaml.scanner import ScannerError

from .limits import MAX_FILE_BYTES

MAX_DEPTH = 200
MAX_NODES = 100_000
#: Parser events by what they are, for the walks that read a file's events (not by class name).
_START_EVENTS = (MappingStartEvent, SequenceStartEvent)
_END_EVENTS = (MappingEndEvent, SequenceEndEvent)
_NODE_EVENTS = (ScalarEvent, AliasEvent, MappingStartEvent, SequenceStartEvent)

_STD = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    _STD + t for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
)
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+\Z")
_INT_OTHER = re.compile(r"0o[0-7]+\Z|0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_SPECIAL_FLOATS = {
    ".inf": float("inf"), ".Inf": float("inf"), ".INF": float("inf"),
    "+.inf": float("inf"), "+.Inf": float("inf"), "+.INF": float("inf"),
    "-.inf": float("-inf"), "-.Inf": float("-inf"), "-.INF": float("-inf"),
    ".nan": float("nan"), ".NaN": float("nan"), ".NAN": float("nan"),
}
_NUMERIC_START = frozenset("0123456789-+.")
# Lines end where an editor ends them (YAML 1.2): at \n, \r\n or \r, never at U+0085, U+2028 or U+2029,
# which the C parser (YAML 1.1) would take for line ends if it ever saw them (see shield_non_breaks).
_LINE_BREAK = re.compile("\r\n|[\r\n]")
_NOT_BREAKS = "\x85\u2028\u2029"
# Flow brackets and compact nested block sequences are the only ways to nest
# deeply in a small file; indentation-based nesting grows the file quadratically.
_DASH_HINT = re.compile(r"-[ \t]+-")
_QUESTION_HINT = re.compile(r"\?[ \t]")


def _nesting_hints(text: str) -> int:
    """How many places could open a nesting level on their own line: ``[``, ``{``, ``- -``, ``? ``.

    Only a text with more of them than MAX_DEPTH can be nested that deep, so
    only such a text pays for an event-by-event depth check before composing.
    A bracket is counted with str.count; the others by patterns that open with
    their one character, which re finds as fast: a two-character str.count, or
    four substring tests for the dashes, would each scan the whole text again,
    on every file read.  Matches are counted, never listed: a file of nothing
    but `- -` must not become a list of a million texts.
    """
    hints = text.count("[") + text.count("{")
    for pattern in (_QUESTION_HINT, _DASH_HINT):
        hints += sum(1 for _ in pattern.finditer(text))
    return hints


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """Something that kept a file from loading cleanly, with a 1-based position."""

    line: int
    column: int
    message: str


@dataclass(slots=True)
class LoadedYAML:
    """The result of reading one file: plain data, the node tree, and problems.

    ``data`` is ``None`` when the file could not be read as a single YAML
    document; ``problems`` then says why.  ``root`` keeps ruamel.yaml's nodes so
    any value can be located later without paying for it up front.
    """

    text: str
    data: Any = None
    root: Node | None = None
    problems: list[LoadProblem] = field(default_factory=list)
    #: The plain (unquoted) values written over more than one line, each with what holds it: its
    #: list (a SequenceNode) or its key (a ScalarNode).  Rare: YAML joins such lines into one text,
    #: so a list item indented one space too far becomes part of the item above (see the
    #: `merged-list-item` rule).  Noted while converting (one comparison of line numbers a plain
    #: value, no walk of its own), so the rule that reads them does nothing for a file without any.
    wrapped: list[tuple[ScalarNode, Node]] | tuple[()] = ()
    #: Where each line of ``text`` starts, made on the first :meth:`empty_item_at` (then one lookup a call).
    line_starts: list[int] | None = field(default=None, repr=False, compare=False)

    def locate(self, path: tuple[Any, ...] | list[Any], *, key: bool = True) -> tuple[int, int]:
        """Return the 1-based (line, column) of the value at ``path``.

        For a mapping entry the key's position is returned (``key=True``), since
        that is where an author looks for ``emotion: 7``.  A path that does not
        exist resolves to its deepest existing ancestor.  A list item written as a
        dash alone (``- `` with nothing after it) is at its dash: its empty value has
        no width an editor could underline.
        """
        line, column = locate(self.root, path, key=key)
        return (line, column - 1) if self.empty_item_at(line, column) else (line, column)

    def empty_item_at(self, line: int, column: int) -> bool:
        """Whether the 1-based (``line``, ``column``) is where the empty value of a list item written as
        a dash alone starts: right after its ``-``, with nothing but blanks or a comment after it."""
        if column < 2:
            return False
        starts = self.line_starts
        if starts is None:
            starts = self.line_starts = [0]
        if line > len(starts):
            # Found as far as a call asks, once a document (from the top each time was quadratic in its
            # keys): most calls ask for a line near the top (a document's id, a journey's persona).
            find = self.text.find
            at = find("\n", starts[-1])
            while at >= 0:
                starts.append(at + 1)
                if len(starts) >= line:
                    break
                at = find("\n", at + 1)
        if not 0 < line <= len(starts):
            return False
        start = starts[line - 1]
        end = self.text.find("\n", start)
        text = self.text[start:end if end >= 0 else len(self.text)].rstrip("\r")
        rest = text[column - 1:].strip()
        return text[column - 2:column - 1] == "-" and text[:column - 2].strip() in ("", "-") and (
            not rest or rest.startswith("#"))

    def locate_in(self, path: tuple[Any, ...] | list[Any], offset: int, *, exact: bool = False) -> tuple[int, int]:
        """Where character ``offset`` of the text value at ``path`` is written: in its line for a
        `|` or `>` value or a quoted or plain one written over several lines, else (a value on one
        line, or one whose reading cannot be retraced) the value's start.  ``exact``: in a value on
        one line too (a character the finding is about, not a word of it)."""
        return (
            locate_in_block(self.root, self.text, path, offset)
            or locate_in_flow(self.root, self.text, path, offset, exact=exact)
            or locate(self.root, path, key=False)
        )


def locate(root: Node | None, path: tuple[Any, ...] | list[Any], *, key: bool = True) -> tuple[int, int]:
    if root is None:
        return (1, 1)
    node: Node = root
    mark = node.start_mark
    for part in path:
        if isinstance(node, MappingNode) and isinstance(part, str):
            found = _entry(node, part)
            if found is None:
                break
            k, v = found
            mark = k.start_mark if key else v.start_mark
            node = v
        elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            mark = node.start_mark
        else:
            break
    return (mark.line + 1, mark.column + 1)


_BREAKS = re.compile("\r\n|\r|\n")


def node_at(root: Node | None, path: tuple[Any, ...] | list[Any]) -> Node | None:
    """The node at ``path`` (every part of it found), or None; an alias is the node it names."""
    node = root
    for part in path:
        if isinstance(node, MappingNode) and isinstance(part, str):
            found = _entry(node, part)
            node = found[1] if found is not None else None
        elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
        else:
            return None
    return node


def locate_in_block(root: Node | None, text: str, path: tuple[Any, ...] | list[Any], offset: int) -> tuple[int, int] | None:
    """1-based (line, column) of character ``offset`` of the `|` or `>` value at ``path``, or None.

    A block value's lines are written below its key, so a finding about a word in its third
    line belongs there, not at the `|`.  The value's text is found line by line in the source:
    each written line (without its indentation) must follow the one before with only spaces and
    line breaks between them (what folding and indentation make of them), else None.
    """
    node = node_at(root, path)
    if not isinstance(node, ScalarNode) or node.style not in ("|", ">") or not isinstance(node.value, str):
        return None
    value = node.value
    if not 0 <= offset < len(value):
        return None
    lines = _BREAKS.split(text)
    at = 0
    for number in range(node.start_mark.line + 1, min(node.end_mark.line + 1, len(lines))):
        written = lines[number]
        content = written.lstrip(" ")
        if not content:
            continue
        start = value.find(content, at)
        if start < 0 or value[at:start].strip(" \n"):
            return None
        if start <= offset < start + len(content):
            return number + 1, len(written) - len(content) + offset - start + 1
        at = start + len(content)
    return None


def locate_in_flow(
    root: Node | None, text: str, path: tuple[Any, ...] | list[Any], offset: int, *, exact: bool = False
) -> tuple[int, int] | None:
    """1-based (line, column) of character ``offset`` of the plain or quoted value at ``path``, or None.

    Only for a value written over several lines (one on a single line is found at its start), or
    any with ``exact``.
    The value is read again from its written stretch as the parser reads it (escapes, `''`,
    line breaks folded to a space or kept as blank lines, blanks around them dropped), keeping
    where each character came from; if that reading is not exactly the parsed value, None.
    """
    node = node_at(root, path)
    if not isinstance(node, ScalarNode) or node.style not in (None, "", "'", '"') or not isinstance(node.value, str):
        return None
    start, end = node.start_mark, node.end_mark
    if (start.line == end.line and not exact) or not 0 <= offset < len(node.value):
        return None
    read = _flow_reading(text, start.index, end.index, node.style or "")
    if read is None or read[0] != node.value:
        return None
    at = read[1][offset]
    last_break = None
    lines = 0
    for last_break in _BREAKS.finditer(text, start.index, at):
        lines += 1
    if last_break is None:
        return start.line + 1, start.column + at - start.index + 1
    return start.line + lines + 1, at - last_break.end() + 1


_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
    "e": "\x1b", " ": " ", '"': '"', "/": "/", "'": "'", "\\": "\\", "N": "\x85", "_": "\xa0",
    "L": "\u2028", "P": "\u2029",
}
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}


def _flow_reading(text: str, a: int, b: int, style: str) -> tuple[str, list[int]] | None:
    """The value of the plain or quoted scalar written in ``text[a:b]`` and, for each of its
    characters, the index in ``text`` it was read from; None for what cannot be read so."""
    if style:
        if b - a < 2 or text[a] != style or text[b - 1] != style:
            return None
        a, b = a + 1, b - 1
    out: list[str] = []
    where: list[int] = []
    i = a
    while i < b:
        joined = False  # a line break escaped with a backslash: the lines join with nothing between
        while i < b and text[i] not in " \t\r\n":
            c = text[i]
            if style == "'" and c == "'":
                if i + 1 >= b or text[i + 1] != "'":
                    return None
                out.append("'")
                where.append(i)
                i += 2
            elif style == '"' and c == "\\":
                if i + 1 >= b:
                    return None
                e = text[i + 1]
                if e in "\r\n":
                    i += 3 if text[i + 1:i + 3] == "\r\n" else 2
                    joined = True
                    break
                where.append(i)  # an escape stands where its backslash does
                if e in _HEX_ESCAPES:
                    digits = text[i + 2:i + 2 + _HEX_ESCAPES[e]]
                    if len(digits) != _HEX_ESCAPES[e] or not all(d in "0123456789abcdefABCDEF" for d in digits):
                        return None
                    code = int(digits, 16)
                    if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
                        return None
                    out.append(chr(code))
                    i += 2 + len(digits)
                elif e in _ESCAPES:
                    out.append(_ESCAPES[e])
                    i += 2
                else:
                    return None
            else:
                out.append(c)
                where.append(i)
                i += 1
        blanks: list[int] = []
        first_break: int | None = None
        breaks: list[int] = []
        while i < b and text[i] in " \t\r\n":
            if text[i] in " \t":
                if not joined and first_break is None:
                    blanks.append(i)
                i += 1
                continue
            if joined or first_break is not None:
                breaks.append(i)
            else:
                first_break = i
                blanks = []  # blanks before a line break are dropped
            i += 2 if text[i:i + 2] == "\r\n" else 1
        if first_break is not None and not breaks:
            out.append(" ")
            where.append(first_break)
        elif first_break is not None or joined:
            out += ["\n"] * len(breaks)  # each blank line is kept as a line break
            where += breaks
        else:
            out += [text[j] for j in blanks]
            where += blanks
    return "".join(out), where


# A mapping this long is indexed once (name -> first key and value) instead of read in order for
# each name asked: one finding per unknown key in 200,000 keys would otherwise read it 200,000 times.
_INDEXED_FROM = 64
_INDEXES_KEPT = 8  # the last few long mappings asked about; each entry holds its node, so its id stays its own
_indexes: dict[int, tuple[MappingNode, int, dict[str, tuple[Node, Node]], list[Node]]] = {}


def _mapping_index(node: MappingNode) -> tuple[dict[str, tuple[Node, Node]], list[Node]]:
    """A long mapping's first (key, value) per plain or quoted name, and the values it merges (`<<`)."""
    kept = _indexes.get(id(node))
    if kept is not None and kept[0] is node and kept[1] == len(node.value):
        return kept[2], kept[3]
    index: dict[str, tuple[Node, Node]] = {}
    merged: list[Node] = []
    for k, v in node.value:
        if isinstance(k, ScalarNode) and isinstance(k.value, str):
            if k.value == "<<" and not k.style:
                merged.append(v)
            else:
                index.setdefault(k.value, (k, v))
    while len(_indexes) >= _INDEXES_KEPT:
        del _indexes[next(iter(_indexes))]
    _indexes[id(node)] = (node, len(node.value), index, merged)
    return index, merged


def _entry(node: MappingNode, part: str, seen: set[int] | None = None) -> tuple[Node, Node] | None:
    """The (key, value) nodes of ``part`` in a mapping, or in what it merges (`<<: *base`), as the loader reads it."""
    if len(node.value) >= _INDEXED_FROM:
        index, merged = _mapping_index(node)
        if part in index:
            return index[part]
    else:
        merged = []
        for k, v in node.value:
            if isinstance(k, ScalarNode):
                if k.value == part and not (part == "<<" and not k.style):
                    return k, v
                if k.value == "<<" and not k.style:
                    merged.append(v)
    if not merged:
        return None
    seen = set() if seen is None else seen
    seen.add(id(node))  # each mapping searched once, however often it is merged
    for v in merged:
        for m in v.value if isinstance(v, SequenceNode) else [v]:
            if isinstance(m, MappingNode) and id(m) not in seen:
                found = _entry(m, part, seen)
                if found is not None:
                    return found
    return None


def scalar_nodes(root: Node | None) -> Iterator[ScalarNode]:
    """Every scalar node of a composed tree, keys included, each once (an alias is the same node)."""
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            yield node
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            for k, v in node.value:
                stack.extend((k, v))


_BREAK = re.compile("\r\n|[\r\n]")


def scalar_spans(root: Node | None, text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``text`` of every scalar's data in a composed tree, sorted.

    A block value (`|`, `>`) starts on the line after its header: a comment on
    the header line (`summary: |  # note`) is a comment, not data.
    """
    spans = []
    for node in scalar_nodes(root):
        start, end = node.start_mark.index, node.end_mark.index
        if node.style in ("|", ">"):
            header_end = _BREAK.search(text, start, end)
            start = header_end.end() if header_end is not None else start
        spans.append((start, end))
    spans.sort()
    return spans


def in_value(root: Node | None, text: str) -> Callable[[int], bool]:
    """Whether an offset of ``text`` lies in a value of its composed tree (see :func:`scalar_spans`).

    What tells a comment from a `#` in a quoted or block value, for fmt and for suppressions.
    """
    from bisect import bisect_right

    spans = scalar_spans(root, text)
    starts = [a for a, _b in spans]

    def inside(at: int) -> bool:
        i = bisect_right(starts, at) - 1
        return i >= 0 and spans[i][0] <= at < spans[i][1]

    return inside


def decode(raw: bytes) -> tuple[str | None, LoadProblem | None]:
    """Decode file bytes as UTF-8 (or UTF-16/32 with a byte-order mark)."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    elif raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return raw.decode("utf-32"), None
        except UnicodeDecodeError:
            return None, LoadProblem(1, 1, "the file starts with a UTF-32 byte-order mark but is not valid UTF-32")
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, LoadProblem(1, 1, "the file starts with a UTF-16 byte-order mark but is not valid UTF-16")
    if b"\x00" in raw[:4096] and _looks_like_utf16(raw[:4096]):
        # ASCII text in UTF-16 is valid UTF-8 full of NULs; name the real cause.
        return None, LoadProblem(
            1, 1, "the file looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)"
        )
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        # Windows-1250 or -1252 (0xA3 is Ł in one, £ in the other): weighed, only for a file that is not
        # UTF-8, in the same words as for a config file.
        from .legacy_encoding import not_utf8

        return None, LoadProblem(*not_utf8(raw, exc.start))


def _looks_like_utf16(head: bytes) -> bool:
    """:func:`cxkit.legacy_encoding.looks_like_utf16`, imported only for a file whose head holds a NUL."""
    from .legacy_encoding import looks_like_utf16

    return looks_like_utf16(head)


def load_bytes(raw: bytes, *, size: int | None = None) -> LoadedYAML:
    """Read one YAML document from bytes; never raises for bad input.

    ``size`` is the file's full size when ``raw`` holds only its beginning.
    """
    size = len(raw) if size is None else max(size, len(raw))
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // 1048576
        # Just past the cap (or a stream read only that far), "4.0 MiB, over the 4 MiB limit" would read as a slip.
        shown = f"{size / 1048576:.1f}"
        how_big = "is" if shown == f"{limit:.1f}" else f"is {shown} MiB,"
        return LoadedYAML(
            text="",
            problems=[LoadProblem(1, 1, f"the file {how_big} over cxkit's {limit} MiB limit for one document; split it")],
        )
    text, problem = decode(raw)
    if text is None:
        return LoadedYAML(text="", problems=[problem] if problem else [])
    return load_text(text)


def load_text(text: str) -> LoadedYAML:
    """Read one YAML document from text; never raises for bad input."""
    result = LoadedYAML(text=text)
    if "\x00" in text:
        line, col = _position(text, text.index("\x00"))
        result.problems.append(LoadProblem(line, col, "the file contains a NUL byte; it is not a text file"))
        return result
    restore = None
    parsed = text
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        parsed, restore = shield_non_breaks(text)
        if restore is None:  # a hostile file: no stand-in is free, and guessing would misplace every position
            first = min(i for i in (text.find(c) for c in _NOT_BREAKS) if i >= 0)
            line, col = _position(text, first)
            result.problems.append(LoadProblem(
                line, col, f"U+{ord(text[first]):04X} in a file that uses every private-use character; cxkit cannot read it"
            ))
            return result
    try:
        try:
            root = _compose(parsed)
        except MarkedYAMLError as exc:
            tail = _empty_documents_after(parsed, exc)
            laid = _lay_out_tab_comments(parsed, exc) if tail is None and "\t" in parsed else None
            if tail is not None:
                # A last `---` with nothing after it (generated YAML ends so): no second document.
                parsed = parsed[:tail]
                root = _compose(parsed)
            elif laid is None:
                raise
            else:
                parsed, root, end = laid  # the same length, line for line: every position stays
                parsed = parsed[:end]  # what YAML 1.2 reads as the document: its lines keep their positions
                if root is None:
                    root = _compose(parsed)  # what the parser says of it: the file's problem
    except _StopConversion as too_deep:
        result.problems.append(too_deep.problem)
        return result
    except MarkedYAMLError as exc:
        result.problems.append(_marked_problem(exc, text))
        return result
    except ReaderError as exc:
        result.problems.append(_reader_problem(exc, parsed))  # its offsets are into what the parser read
        return result
    except YAMLError as exc:  # pragma: no cover - unmarked parser errors are rare
        result.problems.append(LoadProblem(1, 1, f"invalid YAML: {exc}"))
        return result
    except RecursionError:
        result.problems.append(LoadProblem(1, 1, f"the YAML is nested more than {MAX_DEPTH} levels deep"))
        return result
    if root is None:
        result.problems.append(LoadProblem(1, 1, _nothing_written(text)))
        return result
    if restore is not None:
        _restore_non_breaks(root, restore)
    result.root = root
    converter = _Converter(careful="&" in text or "!" in text)
    try:
        data = converter.convert(root, 0)
    except _StopConversion as stop:
        result.problems.extend(converter.problems)
        result.problems.append(stop.problem)
        result.root = None
        return result
    result.problems.extend(converter.problems)
    if converter.wrapped:
        result.wrapped = converter.wrapped
    if data is None:
        # `---` or `~` alone: a document with nothing in it.
        line, col = _pos(root) if root.value else (1, 1)
        result.problems.append(LoadProblem(line, col, "the document is empty; expected a YAML mapping with a `kind` key"))
    result.data = data
    return result


#: What may follow a document's end without being another document: `---` or `...` lines (a comment after
#: them), blank lines and comments.
_EMPTY_DOCUMENTS = re.compile(r"(?:(?:---|\.\.\.)?[ \t]*(?:#[^\r\n]*)?(?:\r?\n|\Z))*\Z")


def _empty_documents_after(text: str, exc: MarkedYAMLError) -> int | None:
    """Where the first document of ``text`` ends when the parser's "expected a single document" stops at a
    `---` after which there are only empty documents (:data:`_EMPTY_DOCUMENTS`), else None."""
    mark = exc.problem_mark
    if mark is None or not (exc.context and "expected a single document" in exc.context):
        return None
    at = mark.index
    if text[at:at + 3] != "---" or not _EMPTY_DOCUMENTS.match(text, at):
        return None
    return at


def _nothing_written(text: str) -> str:
    """What a file that holds no YAML node says: empty, or (a new file's `# yaml-language-server: ...`
    line, a template's notes) comments and no document."""
    if any(line.lstrip().startswith("#") for line in text.splitlines()):
        return "the file holds only comments and no document; expected a YAML mapping with a `kind` key"
    return "the file is empty; expected a YAML mapping with a `kind` key"


# Escapes that could spell a stand-in in a double-quoted value ("\uE000"); a stand-in must be in no value.
_CODE_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))")
# Private-use code points, the Basic Multilingual Plane's first: one code point each, so columns stay.
_STAND_IN_RANGES = (range(0xE000, 0xF900), range(0xF0000, 0xFFFFE), range(0x100000, 0x10FFFE))


def shield_non_breaks(text: str) -> tuple[str, dict[int, str] | None]:
    """The text with U+0085, U+2028 and U+2029 swapped for private-use stand-ins, and the way back.

    The C parser follows YAML 1.1, where these end a line; YAML 1.2 and every
    editor read them as ordinary characters.  Left alone, one pasted from a
    word processor into a comment breaks a valid file, and one anywhere moves
    every later position a line down.  A stand-in is one code point too, so
    columns and offsets stay as they are; it is one that neither the text nor
    any escape in it holds, so putting the real characters back is exact.
    Returns ``(text, None)`` only for a text that holds every private-use
    character there is (over 137,000 of them).
    """
    taken: set[int] = set()
    if "\\u" in text or "\\U" in text:
        taken = {int(a or b, 16) for a, b in _CODE_ESCAPE.findall(text)}
    stand_ins: list[str] = []
    present: set[str] | None = None
    for code in chain.from_iterable(_STAND_IN_RANGES):
        if code in taken:
            continue
        char = chr(code)
        if present is None and char in text:
            # Taken: from here on one pass over the text, not one scan per candidate (a
            # hostile file holding them all after megabytes of text would take minutes).
            present = set(text)
        if present is not None and char in present:
            continue
        stand_ins.append(char)
        if len(stand_ins) == len(_NOT_BREAKS):
            break
    else:
        return text, None
    there = dict(zip(map(ord, _NOT_BREAKS), stand_ins))
    back = dict(zip(map(ord, stand_ins), _NOT_BREAKS))
    return text.translate(there), back


def _restore_non_breaks(root: Node, back: dict[int, str]) -> None:
    """Put the real characters back into every scalar (keys included) of a composed tree."""
    stand_ins = "".join(map(chr, back))
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node.__class__ is ScalarNode or isinstance(node, ScalarNode):
            value = node.value
            if isinstance(value, str) and any(c in value for c in stand_ins):
                node.value = value.translate(back)
            continue
        if id(node) in seen:  # an alias: the same node again
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            for pair in node.value:
                stack.extend(pair)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)


def _compose(text: str) -> Node | None:
    """The composed tree of ``text``: the parser's errors are raised, too deep a nesting as :class:`_StopConversion`."""
    if _nesting_hints(text) > MAX_DEPTH:
        too_deep = _depth_problem(text)
        if too_deep is not None:
            raise _StopConversion(too_deep)
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    except ScannerError as exc:
        if not anchor_name_refused(text, exc) or (readable := readable_anchor_names(text)) == text:
            raise
    finally:
        loader.dispose()
    return _compose(readable)  # the same length, name for name: every position stays


# An anchor (`&ból`) or alias (`*ból`) where a node may start; YAML 1.2 takes any run of characters but
# blanks and `,[]{}` for its name.  A `:` that ends it before a blank is the key's (`*ból: x`), as the
# C parser reads `*a: x`.  No name here holds a quote: in `"liczy się *cena*"` or `'Zamówić &szybko'`
# the word touching the closing quote is text, and swapping it would take the quote away with it.
_NAME_TOKEN = re.compile(r"(?<![^\s\[{,])([&*])([^\s,\[\]{}\"']+?)(?=:?(?:[\s,\[\]{}]|\Z))")
_PARSER_NAME = re.compile(r"[A-Za-z0-9_-]+\Z")
_NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"


def anchor_name_refused(text: str, exc: MarkedYAMLError) -> bool:
    """Whether the C parser refused an anchor or alias name that YAML allows (`&ból`, `*klient.b2b`):
    it takes only ASCII letters, digits, `-` and `_`."""
    mark = exc.problem_mark
    if mark is None or exc.context not in ("while scanning an anchor", "while scanning an alias"):
        return False
    char = text[mark.index:mark.index + 1]
    return bool(char) and not char.isspace() and char not in ",[]{}"


def readable_anchor_names(text: str) -> str:
    """``text`` with each anchor and alias name the C parser refuses (`&ból`, `*ból`) swapped for an
    ASCII name of the same length that no other anchor has, so every position stays.

    Names are not data: the tree is the same.  A `&ból` or `*ból` inside a quoted or block value, or
    a comment, is text: the parser's events tell which are anchors and aliases, and the others keep
    their characters.  Past a place the parser refuses for another reason, every such name is swapped:
    the parser stops there all the same.
    """
    found = [m for m in _NAME_TOKEN.finditer(text) if not _PARSER_NAME.match(m.group(2))]
    if not found:
        return text
    taken = {m.group(2) for m in _NAME_TOKEN.finditer(text)}
    swap: dict[str, str] = {}
    # The ASCII names of each length, in turn: each is tried once, however many names a file has.
    fresh: dict[int, Iterator[tuple[str, ...]]] = {}
    for m in found:
        name = m.group(2)
        if name in swap:
            continue
        names = fresh.setdefault(len(name), product(_NAME_CHARS, repeat=len(name)))
        for chars in names:
            stand_in = "".join(chars)
            if stand_in not in taken:
                taken.add(stand_in)
                swap[name] = stand_in
                break
        # else: more one-letter names than letters: left to the parser's refusal
    found = [m for m in found if m.group(2) in swap]
    swapped = _swap_names(text, found, swap)
    # Which of the swapped places the parser reads as an anchor or an alias.
    real: set[int] = set()
    names = set(swap.values())
    read = 0  # where the last event the parser gave starts
    parser = CParser(swapped)
    try:
        while (event := parser.get_event()) is not None:
            read = at = event.start_mark.index
            anchor = getattr(event, "anchor", None)
            if anchor in names:
                real.add(at if event.__class__ is AliasEvent else swapped.find("&" + anchor, at))
    except YAMLError:
        real.update(m.start() for m in found if m.start() >= read)
    finally:
        parser.dispose()
    return _swap_names(text, [m for m in found if m.start() in real], swap)


def _swap_names(text: str, found: list[re.Match[str]], swap: dict[str, str]) -> str:
    out, last = [], 0
    for m in found:
        out += [text[last:m.start(2)], swap[m.group(2)]]
        last = m.end(2)
    out.append(text[last:])
    return "".join(out)


# A comment line whose blanks before the `#` hold a tab (`\t# note`, `  \t# note`), or a line of
# nothing but blanks that hold a tab (`\t`, `  \t `), which YAML 1.2 reads as a comment line with no
# text (l-comment): the match ends at the `#`, or where the line ends.  Blanks with a tab are written
# one way only (spaces, the first tab, then any blanks): `[ \t]*\t[ \t]*` tried every split of a long
# run of blanks, and 100,000 tabs before a value took minutes.
_TAB_COMMENT = re.compile(r"(?<![^\r\n]) *\t[ \t]*(?:#|(?=[\r\n]|\Z))")
# A line of nothing but blanks that hold a tab.
_TAB_BLANK_LINE = re.compile(r"(?<![^\r\n]) *\t[ \t]*(?=[\r\n]|\Z)")
# What the layout changes, found in one scan (see _lay_out): a line of blanks with a tab, with the
# lines of blanks after it and the blanks and `#` of a comment line after those, or the blanks and
# `#` of a comment line whose blanks hold a tab.  Each match holds only blanks, line breaks and `#`.
_LAY_ALL = re.compile(
    r"(?<![^\r\n])( *\t[ \t]*(?:#|(?:(?:\r\n|\r|\n)[ \t]*(?=[\r\n]|\Z))*(?=[\r\n]|\Z)(?:(?:\r\n|\r|\n)[ \t]*#)?))"
)
# ... of the comment lines only (where the blank lines keep their tabs), of the blank lines only.
_LAY_COMMENTS = re.compile(r"(?<![^\r\n])( *\t[ \t]*#)")
_LAY_BLANKS = re.compile(r"(?<![^\r\n])( *\t[ \t]*(?:(?:\r\n|\r|\n)[ \t]*(?=[\r\n]|\Z))*(?=[\r\n]|\Z))")
# How many times a file's comment lines indented with tabs are laid out and read (see _lay_out_tab_comments).
_TAB_COMMENT_ROUNDS = 8


def tab_comments_laid_out(text: str) -> str:
    """``text`` as :func:`load_text` reads it: a space for each tab before the `#` of the comment
    lines, and in the blank lines, whose tabs the parser refused (see :func:`_lay_out_tab_comments`);
    else ``text`` as it is."""
    return tab_lines_laid_out(text)[0]


def tab_lines_laid_out(text: str) -> tuple[str, int]:
    """:func:`tab_comments_laid_out`, and where the document ends for YAML 1.2: the offset of the
    line from which on the file holds only comment and blank lines after a block value's last
    line (see :func:`_document_end`), else ``len(text)``."""
    if "\t" not in text or _TAB_COMMENT.search(text) is None:
        return text, len(text)
    try:
        _compose(text)
    except MarkedYAMLError as exc:
        laid = _lay_out_tab_comments(text, exc)
        return (text, len(text)) if laid is None else (laid[0], laid[2])
    except (YAMLError, RecursionError, _StopConversion):
        pass
    return text, len(text)


def _refused_comment(text: str, exc: MarkedYAMLError) -> bool:
    """Whether the parser refused a tab in the blanks before a comment (`\\t# note` on a line of its
    own) or in a line of nothing but blanks (`\\t`, `  \\t `, left by an editor's auto-indent).

    The C parser (YAML 1.1) takes a tab at the start of a line for indentation
    and refuses it, saying one of three things (no token starts with it, it
    violates a plain value's indentation, a block value expects a space there);
    YAML 1.2 lets tabs separate a comment from the start of its line, and a
    line of blanks is such a comment line with no text (`l-comment`).
    """
    mark = exc.problem_mark
    problem = exc.problem or ""
    if not isinstance(exc, ScannerError) or mark is None or ("tab" not in problem and "cannot start" not in problem):
        return False
    at = mark.index
    if text[at:at + 1] != "\t":
        return False
    start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    line = _TAB_COMMENT.match(text, start)
    return line is not None and at < line.end()


def _lay_out_tab_comments(text: str, exc: MarkedYAMLError) -> tuple[str, Node | None, int] | None:
    """``text`` with a space for each tab before the `#` of its comment lines, and in its blank lines,
    once the parser refused one.

    A line of blanks and a comment (`\\t# note`) is valid YAML 1.2, and so is a
    line of nothing but blanks (`\\t`, `  \\t `): a comment line with no text,
    wherever a comment line may stand; the C parser refuses their tabs.  From
    the line it refused (``exc``) on, every such line gets a space for each
    tab, so every column and offset stays.  All at once, in one read, because
    a line at a time (lay out the refused line, read again, and so on) would
    read a file with 100,000 of them 100,000 times.  Both end the same: a line
    the parser lets through is one in a flow collection, where a tab and a
    space read alike, or one inside a value, where they do not and which must
    keep its tabs.  So a laid-out line that lies in a value of the result gets
    its tabs back and the text is read again, a few rounds at most: a comment
    line whose `#` does (a block value's line, a quoted value going on over
    lines, where tab and `#` are text), a blank line that starts in one (a
    block value's line, which may be a tab; an empty line that would join the
    lines of an unquoted value or of a block value, where YAML 1.2 takes only
    spaces).  Should the parser then refuse such a line, it is what one at a
    time would have come to too: with spaces the line would have become part
    of a value (`notes: |` indented by two, then `\\t\\t# note` or `\\t`), so its
    tab is reported as before.  Except at the end of the file: there YAML 1.2
    reads a blank line that ends a block value, and every line after it, as
    comment lines after the document (see :func:`_document_end`), so the text
    is read up to that line.

    The lines that get their tabs back are kept as stretches of the text (a
    value's, for every laid-out line in it; one the parser read before it
    stopped, for its blank lines), never line by line: the layout is a regex
    scan per stretch (:func:`_lay_out`) and the search for laid-out lines in a
    value a comparison of the value's stretch of both texts, so a file of two
    million tab-blank lines costs a few scans, not a Python step per line.

    Returns the text to read, its tree (None when reading it fails: the file's
    problem is then what the parser says of that text) and where its document
    ends (``len(text)`` but for that case), or None when ``exc`` is about
    something else, or the rounds ran out.
    """
    if not _refused_comment(text, exc):
        return None
    start = max(text.rfind("\n", 0, exc.problem_mark.index), text.rfind("\r", 0, exc.problem_mark.index)) + 1
    restored: list[tuple[int, int]] = []  # stretches whose laid-out lines got their tabs back
    restored_blanks: list[tuple[int, int]] = []  # ... whose blank lines did
    end = len(text)
    for _round in range(_TAB_COMMENT_ROUNDS):
        laid, laid_all = _lay_out(text, start, end, restored, restored_blanks)
        read = laid if end == len(text) else laid[:end]
        try:
            root = _compose(read)
        except YAMLError:
            # A blank line laid out at the top of a block value can make the parser stop further on
            # (`notes: |`, then `  \t `, then `  Tekst.`: the spaces would be more than the value's
            # indentation): such a line was part of a value read before the parser stopped, and gets
            # its tabs back like one in a value of a whole tree.
            blanks_laid: str | None = None
            keep = []
            for a, b in _values_read(read):
                if not _changed(laid, text, a, b):
                    continue
                lo, hi = _starts_in(text, a, b)
                if blanks_laid is None:  # the text with only this round's laid-out blank lines laid out
                    blanks_laid = "".join(
                        text[p:q] if not lays else _lay(text[p:q], _LAY_BLANKS)
                        for p, q, lays in _pieces(laid_all, len(text))
                    )
                if blanks_laid[lo:hi] != text[lo:hi]:
                    keep.append((lo, hi))
            if not keep:
                # Refused again (a line given its tabs back) or wrong further on: what the parser says
                # of this text is what it would say being told of one refused line at a time.
                return laid, None, end
            restored_blanks += keep
            continue
        except (RecursionError, _StopConversion):
            return laid, None, end
        if root is None:
            return laid, None, end
        keep = []
        for a, b in scalar_spans(root, laid) if laid != text else ():  # nothing laid out: in no value
            if laid[a:b] == text[a:b] and text[a - 1] not in " \t" and text[b - 1] not in " \t":
                continue  # no blanks around it: :func:`_changed` would look no further (a fast path)
            if _changed(laid, text, a, b):
                lo, hi = _probes_in(text, a, b)
                if lo < hi and laid[lo:hi] != text[lo:hi]:
                    keep.append((lo, hi))
        if not keep:
            keep = _comments_after_block_values(text, laid, root) if laid != text else []
            if not keep:
                return laid, root, end
        if end == len(text):
            # A blank line that ends a block value at the end of the file ends the document: the
            # blank lines laid out this round in a value are where to look for it.
            end = _document_end(text, root, _intersect(_merge(keep), laid_all))
        restored += keep
    return None


def _comments_after_block_values(text: str, laid: str, root: Node) -> list[tuple[int, int]]:
    """The laid-out comment lines that come right after a block value's lines (only lines of
    spaces between), with more of the document after them: each one's stretch, to get its tabs back.

    YAML 1.2 ends a block value with its empty lines and trailing comments (`l-chomped-empty`),
    whose first comment line has fewer spaces than the value's indentation and then its `#`
    (`l-trail-comments(n) ::= s-indent(<n) c-nb-comment-text b-comment l-comment*`): no tab
    before it.  Nothing else may stand between a block value and what follows it in its
    collection, so such a line is no YAML: given its tab back, it is reported where its tab is
    (the parser, too, wants a space there), as a tab-blank line there is.  After a comment line
    that starts with spaces (`l-comment*`), and at the end of the file, where the document ends
    before it and it is a comment line after the document (`l-comment` in `l-yaml-stream`), it
    is a comment.  The parser ends a block value where the first line with more than spaces
    starts, so the line starts where the value ends.
    """
    found = []
    tail = None
    for node in scalar_nodes(root):
        if node.style not in ("|", ">"):
            continue
        at = node.end_mark.index
        if not at or text[at - 1] not in "\r\n":
            continue
        line = _TAB_COMMENT.match(text, at)
        if line is None or text[line.end() - 1] != "#" or laid[at:line.end()] == text[at:line.end()]:
            continue
        if tail is None:
            tail = _comment_lines_from(text)
        if at < tail:
            found.append((at, _line_end(text, at)))
    return found


def _lay(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with a space for each tab in what ``pattern`` (one group around the whole) finds:
    one scan, and the matches changed all at once, not one Python step each."""
    parts = pattern.split(text)
    if len(parts) == 1:
        return text
    # A match holds blanks, line breaks and `#` only: NUL joins and parts them again.
    parts[1::2] = "\x00".join(parts[1::2]).replace("\t", " ").split("\x00")
    return "".join(parts)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, overlapping and touching stretches joined."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _lay_out(
    text: str, start: int, end: int, restored: list[tuple[int, int]], restored_blanks: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the comment and blank lines from ``start`` to ``end`` laid out (a space for each
    tab before their `#`, or in them), but none in ``restored`` and no blank line in ``restored_blanks``;
    and the stretches where every such line is laid out.

    The stretches' ends are where lines start or end, so each scan sees whole lines.
    """
    every, blanks = _merge(restored), _merge(restored_blanks)
    cuts = {start, end}
    for lo, hi in chain(every, blanks):
        if lo < end and hi > start:
            cuts.update((max(lo, start), min(hi, end)))
    points = sorted(cuts)
    out = [text[:start]]
    laid_all = []
    i = j = 0  # the first of `every` and of `blanks` that ends after the piece's start: one sweep
    for p, q in pairwise(points):
        while i < len(every) and every[i][1] <= p:
            i += 1
        while j < len(blanks) and blanks[j][1] <= p:
            j += 1
        piece = text[p:q]
        if i < len(every) and every[i][0] <= p:
            out.append(piece)
        elif j < len(blanks) and blanks[j][0] <= p:
            out.append(_lay(piece, _LAY_COMMENTS))
        else:
            out.append(_lay(piece, _LAY_ALL))
            laid_all.append((p, q))
    out.append(text[end:])
    return "".join(out), _merge(laid_all)


def _pieces(spans: list[tuple[int, int]], length: int) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, inside)`` for the stretches of ``range(length)`` in and between sorted, disjoint ``spans``."""
    at = 0
    for lo, hi in spans:
        if at < lo:
            yield at, lo, False
        yield lo, hi, True
        at = hi
    if at < length:
        yield at, length, False


def _intersect(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches in both of two sorted lists of disjoint stretches."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def _blanks_from(text: str, at: int) -> int:
    """The start of ``at``'s line when only blanks stand before ``at`` on it, else ``at``."""
    k = at
    while k and text[k - 1] in " \t":
        k -= 1
    return k if k == 0 or text[k - 1] in "\r\n" else at


def _line_end(text: str, at: int) -> int:
    """Where the line holding ``at`` ends (before its line break)."""
    found = _BREAK.search(text, at)
    return found.start() if found is not None else len(text)


def _changed(laid: str, text: str, a: int, b: int) -> bool:
    """Whether the layout changed anything around ``text[a:b]``: in it, in the blanks before it on a
    line that starts with them, or in a blank line that starts in it and goes on after it.

    Cheap (a comparison, and a walk back over blanks): what tells the few values a laid-out line
    lies in from all the others before their lines are looked for.
    """
    lo, hi = _blanks_from(text, a), b
    k = _blanks_from(text, b)
    if a <= k < b:
        hi = _line_end(text, b)
    return laid[lo:hi] != text[lo:hi]


def _probes_in(text: str, a: int, b: int) -> tuple[int, int]:
    """The stretch of whole lines holding every comment line whose `#` and every blank line whose
    start lies in ``text[a:b]`` (see :func:`_lay_out_tab_comments`), and no other such line.

    Its ends are where a line starts or ends.  The stretch may hold other lines (with content),
    which the layout never changes.
    """
    if a and text[a - 1] not in "\r\n":
        k = _blanks_from(text, a)
        if k < a:  # `a` in the blanks a line starts with: in, if they end in a `#` (it is at `a` or after)
            line = _TAB_COMMENT.match(text, k)
            lo = line.end() if line is not None and text[line.end() - 1] != "#" else k
        else:
            lo = _line_end(text, a)  # after content: the line is none of them
    else:
        lo = a
    if b and text[b - 1] not in "\r\n":
        k = _blanks_from(text, b)
        if k < b:  # `b` in the blanks a line starts with: in, if it is a blank line
            line = _TAB_COMMENT.match(text, k)
            hi = line.end() if line is not None and text[line.end() - 1] != "#" else k
        else:
            hi = _line_end(text, b)  # after content: a comment line's `#` is before `b`
    else:
        hi = b
    return lo, max(lo, hi)


def _starts_in(text: str, a: int, b: int) -> tuple[int, int]:
    """The stretch of whole lines holding every blank line that starts in ``text[a:b]``, and no other
    blank line; its ends are where a line starts or ends."""
    if a and text[a - 1] not in "\r\n":
        k = _blanks_from(text, a)
        line = _TAB_BLANK_LINE.match(text, k) if k < a else None
        lo = line.end() if line is not None else (k if k < a else _line_end(text, a))
    else:
        lo = a
    if b and text[b - 1] not in "\r\n":
        k = _blanks_from(text, b)
        line = _TAB_BLANK_LINE.match(text, k) if k < b else None
        hi = line.end() if line is not None else (k if k < b else _line_end(text, b))
    else:
        hi = b
    return lo, max(lo, hi)


# A block value's header: its indicator, with the indentation and chomping indicators, at the end
# of its line (a comment may follow).
_BLOCK_HEADER = re.compile(r"[|>]([0-9+-]*)[ \t]*(?:#[^\r\n]*)?\Z")
_NOT_SPACE = re.compile(r"[^ \r\n]")


def _document_end(text: str, root: Node, laid: list[tuple[int, int]]) -> int:
    """Where YAML 1.2 ends the document of ``text``, given the stretches (sorted, disjoint; their
    ends where lines start or end) whose blank lines with tabs a block value of ``root`` (the text
    read with their tabs laid out) took in: at the first of them that starts less indented than the
    value's lines, when the file holds only comment and blank lines from there on; else ``len(text)``.

    Inside a block value an empty line holds spaces only (`l-empty`), so such a line is none of
    the value's lines, and the value ends before it.  With more of the document to come, the
    line stands where YAML allows nothing (its tab is reported); at the end of the file it and
    the lines after it are comment lines after the document (`l-comment` in `l-yaml-stream`).
    A line that starts with the value's indentation is a line of the value, tab and all.  The
    indentation is the number in the header (`|2`) more than the collection's the value is in,
    as the parser reads it; else that of the value's first line with content, so a value whose
    first line is this one (YAML 1.2 would take the indentation from it) is left to the parser.

    The lines are found by regex scans over the stretches, never one Python step per line.
    """
    length = len(text)
    if not laid:
        return length
    tail = _comment_lines_from(text)
    first_blank = _first_line(text, laid, _TAB_BLANK_LINE, tail, length)
    if first_blank is None:
        return length
    found_block = _block_holding(root, first_blank)
    if found_block is None:
        return length
    block, parent, key = found_block
    begin, stop = block.start_mark.index, block.end_mark.index
    header_end = _BREAK.search(text, begin, stop)
    if header_end is None:
        return length
    header = _BLOCK_HEADER.search(text, begin, header_end.start())
    if header is None:
        return length
    number = "".join(c for c in header.group(1) if c.isdigit())
    if number:
        # `|2`: the value's lines are indented by that many spaces more than the collection it is in
        # (the parser's rule: as many spaces as the number when it is in none).
        outer = _collection_indent(text, parent, key, block)
        if outer is None:
            return length  # a collection whose indentation its nodes do not tell: left to the parser
        indent = outer + int(number) if outer >= 0 else int(number)
    else:
        first = _NOT_SPACE.search(text, header_end.end(), first_blank)
        if first is None:
            return length
        indent = first.start() - (max(text.rfind("\n", 0, first.start()), text.rfind("\r", 0, first.start())) + 1)
    if indent <= 0:
        return length
    # A blank line with a tab after fewer spaces than the value's indentation.
    less = re.compile(rf"(?<![^\r\n])(?! {{{indent}}}) *\t[ \t]*(?=[\r\n]|\Z)")
    found = _first_line(text, laid, less, first_blank, stop)
    return found if found is not None else length


def _block_holding(root: Node, at: int) -> tuple[ScalarNode, Node | None, Node | None] | None:
    """The block value (`|`, `>`) of a composed tree whose written stretch holds offset ``at``
    (neither its start nor its end), with the collection it is in and its key there (None when
    there is none), or None."""
    stack: list[tuple[Node, Node | None, Node | None]] = [(root, None, None)]
    seen: set[int] = set()
    while stack:
        node, parent, key = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            if node.style in ("|", ">") and node.start_mark.index < at < node.end_mark.index:
                return node, parent, key
        elif isinstance(node, SequenceNode):
            stack.extend((item, node, None) for item in node.value)
        elif isinstance(node, MappingNode):
            for k, v in node.value:
                stack.extend(((k, node, None), (v, node, k)))
    return None


def _collection_indent(text: str, parent: Node | None, key: Node | None, block: Node) -> int | None:
    """The indentation of the block collection ``block`` is in (the column of its keys or dashes),
    -1 when it is in none, or None when its nodes do not tell it (an anchor or tag before it)."""
    if parent is None:
        return -1
    if isinstance(parent, MappingNode) and key is not None and key.start_mark.line == block.start_mark.line:
        return key.start_mark.column  # `key: |2`, the key written where the mapping's keys start
    if text[parent.start_mark.index:parent.start_mark.index + 1] in ("-", "?"):
        return parent.start_mark.column  # the first dash (`- |2`) or explicit key of the collection
    if isinstance(parent, MappingNode) and parent.value and parent.start_mark.index == parent.value[0][0].start_mark.index:
        return parent.start_mark.column
    return None


def _first_line(text: str, spans: list[tuple[int, int]], pattern: re.Pattern[str], start: int, stop: int) -> int | None:
    """The start of the first line ``pattern`` matches in one of ``spans`` (sorted, disjoint, their ends
    where lines start or end), from ``start`` (a line's start) on and before ``stop``, or None."""
    for lo, hi in spans:
        if hi <= start:
            continue
        if lo >= stop:
            break
        found = pattern.search(text, max(lo, start), hi)
        if found is not None:
            return found.start() if found.start() < stop else None
    return None


#: The first character of a line with content (neither blank nor a comment), read from the line's end
#: in the reversed text: its blanks, then the line break before it (or the start of the text).
_CONTENT_START_REVERSED = re.compile(r"[^ \t\r\n#][ \t]*(?=[\r\n]|\Z)")


def _comment_lines_from(text: str) -> int:
    """The offset of the first of the lines at the end of ``text`` that hold only blanks or a comment.

    One regex scan of the reversed text, from the file's end to its last line with content: a
    forward search tried every line's start, and 40,000 empty lines before a last value took
    minutes (walking back a line at a time cost a Python step per line).
    """
    found = _CONTENT_START_REVERSED.search(text[::-1])
    if found is None:
        return 0  # nothing but blank and comment lines
    return _next_line_start(text, len(text) - 1 - found.start())


def _next_line_start(text: str, at: int) -> int:
    """Where the line after the one holding ``at`` starts, or ``len(text)`` for the last line."""
    found = _BREAK.search(text, at)
    return found.end() if found is not None else len(text)


def _values_read(text: str) -> list[tuple[int, int]]:
    """Like :func:`scalar_spans`, for the values the parser read before it stopped at a problem in ``text``."""
    parser = CParser(text)
    spans = []
    try:
        while True:
            event = parser.get_event()
            if event is None or isinstance(event, StreamEndEvent):
                break
            if isinstance(event, ScalarEvent):
                begin, end = event.start_mark.index, event.end_mark.index
                if event.style in ("|", ">"):
                    header_end = _BREAK.search(text, begin, end)
                    begin = header_end.end() if header_end is not None else begin
                spans.append((begin, end))
    except YAMLError:
        pass
    finally:
        parser.dispose()
    spans.sort()
    return spans


#: A line git wrote for a merge conflict it left to the author: `<<<<<<< HEAD`, `|||||||` (the common
#: ancestor, with merge.conflictStyle diff3), `=======`, `>>>>>>> branch`.  Always at the start of a line.
_CONFLICT_MARKER = re.compile(r"(?<![^\r\n])(<{7}|\|{7}|={7}|>{7})(?=[ \t\r\n]|\Z)")
#: How many marker lines a message names.
_MARKERS_NAMED = 6


def _conflict_problem(text: str) -> LoadProblem | None:
    """The unresolved merge conflict a file that failed to parse holds, at its first marker line, or None.

    Looked for only once the parser has refused the file (a marker line at the start of a line
    is no YAML a document can hold), so a file that reads costs nothing.
    """
    if not any(marker in text for marker in ("<<<<<<<", "=======", ">>>>>>>", "|||||||")):
        return None
    found = [(m.start(), m.group(1)) for m in _CONFLICT_MARKER.finditer(text)]
    if not found:
        return None
    named = []
    line, at = 1, 0
    for index, marker in found[:_MARKERS_NAMED]:
        line += len(_LINE_BREAK.findall(text, at, index))
        at = index
        named.append(f"{line} `{marker}`")
    more = f", and {len(found) - _MARKERS_NAMED} more" if len(found) > _MARKERS_NAMED else ""
    first = _position(text, found[0][0])[0]
    if len(found) == 1:
        return LoadProblem(first, 1, (
            f"a merge conflict marker is left in the file (line {named[0]}): delete the marker line, and check "
            "that what is left around it is what you meant to keep"
        ))
    base = " (and the common ancestor's lines from `|||||||` to `=======`)" if any(m == "|" * 7 for _, m in found) else ""
    return LoadProblem(first, 1, (
        f"unresolved merge conflict markers (line {', '.join(named)}{more}): keep one side (or both items) "
        f"and delete the marker lines{base}"
    ))


def _marked_problem(exc: MarkedYAMLError, text: str | None = None) -> LoadProblem:
    if text is not None:
        conflict = _conflict_problem(text)
        if conflict is not None:
            return conflict
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    # The parser's own line, which may be the one past the end of the file: the hints that read the
    # file again, mended, compare where that reading stops with this, in the parser's terms.  The
    # clamped one is where the problem is shown.
    parsed_line = line
    if text is not None:
        line, col = _clamp(text, line, col)
    if text is not None and isinstance(exc, ScannerError) and anchor_name_refused(text, exc):
        # readable_anchor_names swaps every such name for an ASCII one of the same length: this one
        # is left because the file has more names of its length than there are ASCII names.
        refused = next((m for m in _NAME_TOKEN.finditer(_line_of(text, line)) if m.start(2) <= col - 1 < m.end(2)), None)
        size = len(refused.group(2)) if refused is not None else 0
        if refused is not None and len(
            {m.group(2) for m in _NAME_TOKEN.finditer(text) if len(m.group(2)) == size}
        ) > len(_NAME_CHARS) ** size:
            sigil, name = refused.group(1), refused.group(2)
            return LoadProblem(line, refused.start(1) + 1, (
                f"cxkit cannot read the anchor name `{sigil}{_cut(name, 40)}`: it reads at most "
                f"{len(_NAME_CHARS) ** size} different {size}-character anchor names in a file when some are beyond "
                "ASCII letters and digits, and this file has more; give this anchor a longer name, and the aliases "
                "that mean it the same"
            ))
    what = exc.problem or exc.context or "invalid YAML"
    context_mark = exc.context_mark
    if exc.context and exc.problem and "expected a single document" in exc.context:
        what = "the file holds more than one YAML document; cxkit expects one document per file"
    elif (
        exc.context and "quoted scalar" in exc.context and context_mark is not None
        and any(end in (exc.problem or "") for end in ("end of stream", "document indicator"))
    ):
        # The end of the file is no help to the author; the opening quote is.
        if text is not None and (unclosed := _opened_quote(text, context_mark.line, context_mark.column)) is not None:
            return LoadProblem(*unclosed)
        line, col = context_mark.line + 1, context_mark.column + 1
        what = "this quoted value is never closed; add the closing quote"
    elif exc.context and "duplicate anchor" in exc.context and context_mark is not None:
        # YAML lets a later anchor of the same name take over; the reader refuses it.
        name = _ANCHOR_AT.match(_line_of(text, line), col - 1)
        anchor = f"&{_cut(name.group(1))} " if name is not None else ""
        return LoadProblem(line, col, (
            f"the anchor {anchor}is defined a second time here (first on line {context_mark.line + 1}); "
            "cxkit accepts each anchor name once: rename one of them (and the aliases that mean it)"
        ))
    elif exc.context and "quoted scalar" in exc.context:
        what = f"{exc.problem} in a double-quoted value; write a backslash as \\\\ or use single quotes"
    elif exc.problem == "found undefined alias" and text is not None and mark is not None:
        return LoadProblem(line, col, _undefined_alias_message(text, mark.index))
    elif (
        exc.problem == "found unexpected ':'" and "plain scalar" in (exc.context or "")
        and context_mark is not None and mark is not None and context_mark.line == mark.line
    ):
        # YAML 1.2 reads `[https://a.pl/x]` as one value; the fast reader cxkit uses (YAML 1.1) refuses it.
        line, col = _clamp(text, context_mark.line + 1, context_mark.column + 1) if text is not None else (line, col)
        value = _FLOW_VALUE.match(_line_of(text, line), col - 1)
        written = value.group(0).rstrip(" \t") if value is not None else ""
        if written:
            # Double quotes read backslashes as escapes (`C:\temp` would hold a tab): single quotes then.
            plain = '"' not in written and "\\" not in written
            quoted = f'"{written}"' if plain else "'" + written.replace("'", "''") + "'"
            return LoadProblem(line, col, (
                f"invalid YAML: the unquoted value {_cut(written)} holds a ':' inside [ ] or {{ }}, where "
                f"cxkit's YAML reader takes it for a key; put it in quotes: {_copyable(quoted)}"
            ))
    elif _char_at(text, line, col) == "\t":
        what = "a tab character here; YAML indents with spaces, never tabs"
    elif (
        exc.problem == "block sequence entries are not allowed in this context" and text is not None
        and (spaced := _SPACED_MINUS.match(_line_of(text, line), col - 1)) is not None
    ):
        # `emotion: - 1`: the space after the minus makes a list item of the number, where a value stands.
        number = spaced.group(1)
        return LoadProblem(line, col, (
            f"invalid YAML: the space after the minus makes `- {number}` a list item, which cannot stand here; "
            f"for a negative number write `-{number}`"
        ))
    elif text is not None and (nbsp := _nbsp_problem(text, parsed_line)) is not None:
        return nbsp
    elif text is not None and mark is not None and (unclosed := _unclosed_quote(text, mark.line)) is not None:
        # The parser read on from a quote left open into the next lines, and stopped lines later.
        return LoadProblem(*unclosed)
    elif text is not None and (bullet := _bullet_item(text, exc)) is not None:
        # `• text:` or `-text:`: read as a key, which the advice on the lines below it would mislead.
        return LoadProblem(*bullet)
    elif (hint := _quoting_hint(exc, _line_of(text, line), col)) is not None:
        return LoadProblem(line, hint[0], f"invalid YAML: {hint[1]}")
    elif (
        exc.problem == "mapping values are not allowed in this context" and text is not None and line > 1
        and _at_a_key(text, line - 1)
        and (missing := _missing_colon(text, line - 1, _indent_of(_line_of(text, line)), _MISSING_SPACE_FORMS)) is not None
    ):
        # `age 32`, `age:32`, `owner "Zespół UX"` as a mapping's first key: read with the next line as one text.
        return LoadProblem(line - 1, missing[0], f"invalid YAML: {missing[1]}")
    elif (
        exc.problem == "mapping values are not allowed in this context" and text is not None
        and (hinted := _indent_hint(text, line, col)) is not None
    ):
        # At the key (or dash) whose indentation is the fix, as other indentation advice is; at the ': '
        # when quoting is.
        return LoadProblem(line, hinted[1] or col, f"invalid YAML: {hinted[0]}")
    elif (
        exc.problem == "could not find expected ':'" and text is not None and context_mark is not None
        and (dash := _dash_without_space(text, context_mark.line + 1, context_mark.column)) is not None
    ):
        # `-Kupić buty` below `- Kupić sukienkę`: the reader took it for a key, and gave up a line later.
        return LoadProblem(context_mark.line + 1, context_mark.column + 1, f"invalid YAML: {dash}")
    elif (
        exc.problem == "could not find expected ':'" and text is not None and context_mark is not None
        and (missing := _missing_colon(text, context_mark.line + 1, context_mark.column)) is not None
    ):
        # The key without its colon is the line to mend, not the one after it where the reader gave up.
        return LoadProblem(context_mark.line + 1, missing[0], f"invalid YAML: {missing[1]}")
    elif (
        exc.problem == "mapping values are not allowed in this context" and text is not None and line > 1
        and (missing := _missing_colon(text, line - 1, _indent_of(_line_of(text, line)))) is not None
    ):
        # The first key of a mapping without its colon: the reader took it and the next line for one text.
        return LoadProblem(line - 1, missing[0], f"invalid YAML: {missing[1]}")
    elif (
        exc.problem in ("did not find expected key", "did not find expected '-' indicator",
                        "could not find expected ':'")
        and text is not None and (block := _block_text_hint(text, parsed_line)) is not None
    ):
        # A line of a `|` or `>` text a space off the text's other lines: told at the line to indent.
        return LoadProblem(block[0], block[1], f"invalid YAML: {block[2]}")
    elif (
        exc.problem == "did not find expected key" and exc.context == "while parsing a block mapping"
        and text is not None and context_mark is not None
        and (told := _deeper_key_hint(text, line, col, context_mark.column + 1)) is not None
    ):
        return LoadProblem(line, col, f"invalid YAML: {told}")
    elif (
        (exc.problem, exc.context) in (("did not find expected key", "while parsing a block mapping"),
                                       ("did not find expected '-' indicator", "while parsing a block collection"))
        and text is not None and (told := _misaligned_hint(text, line, col)) is not None
    ):
        return LoadProblem(line, col, f"invalid YAML: {told}")
    elif exc.context and exc.problem:
        what = f"{exc.problem} ({exc.context})"
        if context_mark is not None:
            started = (context_mark.line + 1, context_mark.column + 1)
            started = _clamp(text, *started) if text is not None else started
            if started[0] != line:
                what += f"; it started on line {started[0]}, column {started[1]}"
    return LoadProblem(line, col, f"invalid YAML: {what}")


def _undefined_alias_message(text: str, at: int) -> str:
    """What to do about the alias at offset ``at`` that names no anchor: which anchors there are, and where."""
    alias = _NAME_TOKEN.match(text, at)
    if alias is None or alias.group(1) != "*":
        return "invalid YAML: found undefined alias"
    name = alias.group(2)
    before: list[str] = []
    after: list[str] = []
    for m in _NAME_TOKEN.finditer(text):
        if m.group(1) == "&":
            (before if m.start() < at else after).append(m.group(2))
    said = f"invalid YAML: the alias *{_cut(name, 40)} names no anchor"
    if name in after:
        return f"{said} above it: its anchor &{_cut(name, 40)} comes later, and an alias must follow its anchor; move the anchored value up"
    if not before:
        return f"{said}: the file defines none before it (an anchor is written &name before a value)"
    import difflib

    near = difflib.get_close_matches(name, before, n=1, cutoff=0.6)
    if near:
        return f"{said}; did you mean *{_cut(near[0], 40)}?"
    shown = ", ".join(f"&{_cut(n, 30)}" for n in dict.fromkeys(before[:5]))
    return f"{said}; the anchors above it are {shown}"


#: Characters that look like a space but are none to YAML, as word processors, chat apps and input
#: methods paste them: the no-break space (Word, Outlook, Teams, Excel), the narrow one and the
#: figure space (Polish and French typesetting of numbers), the typographic widths (en, em, thin,
#: hair...) and the ideographic space of a CJK input method: Unicode's space separators but the
#: ordinary space and the Ogham mark, which shows.  YAML reads them as text, never as indentation.
#: The one list of them: :mod:`cxkit.model.validate` tells the same ones at the start of a key or an item.
LOOKALIKE_SPACES = "\xa0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
#: What the messages guess about where a look-alike space came from.
PASTED_HINT = "(pasted from a word processor?)"
_LOOKALIKES = LOOKALIKE_SPACES  # inside a regex's [...]: none of them is special there
_LOOKALIKE_SPACE = re.compile(f"[{_LOOKALIKES}]")
#: A look-alike space where YAML needs an ordinary one: after a key's colon, or in the indentation
#: before a key or a dash.  The first two find such lines in the whole text, at a line's start.
_LINE_START = r"(?:^|(?<=\r))"
_NBSP_AFTER_KEY = re.compile(
    rf"{_LINE_START}[ ]*(?:-[ ]+)*([^\s#\-\[\]{{}}\"'&*!|>%@`][^:#\r\n]*?):([{_LOOKALIKES}])", re.MULTILINE
)
_NBSP_LEAD = re.compile(rf"{_LINE_START}[ \-{_LOOKALIKES}]*[{_LOOKALIKES}]", re.MULTILINE)
_NBSP_INDENT = re.compile(rf"[ {_LOOKALIKES}]*(?:-[ {_LOOKALIKES}]+)*")


def spaces_named(chars: str) -> str:
    """"a no-break space (U+00A0)", "2 no-break spaces (U+00A0)", "3 look-alike spaces (U+00A0, U+3000)"."""
    kinds = list(dict.fromkeys(chars))
    codes = ", ".join(f"U+{ord(c):04X}" for c in kinds)
    if len(kinds) > 1:
        return f"{len(chars)} look-alike spaces ({codes})"
    name = unicodedata.name(kinds[0], "space").lower()  # "no-break space", "ideographic space"
    if len(chars) == 1:
        return f"{'an' if name[0] in 'aeiou' else 'a'} {name} ({codes})"
    return f"{len(chars)} {name}s ({codes})"


def _nbsp_problem(text: str, line: int) -> LoadProblem | None:
    """A look-alike space (most often a no-break space) where YAML needs an ordinary space, on the
    error's ``line`` or a line above: YAML takes `name:\xa0Zofia` for one plain value and an indent
    of no-break spaces for text, then stops a line or more later with a message that names neither,
    or quotes the line as if it were indented.  A candidate is the cause only when the file, with
    ordinary spaces there, reads past ``line``: a no-break space that is text ("Uwaga:\xa0ważne" in
    a trait) is left alone.  Lines pasted together (each indented with them) are named together.
    Only a file that failed gets here; the nearest few candidates each cost one more reading of the
    file.  None when there is none."""
    if _LOOKALIKE_SPACE.search(text) is None:
        return None
    keys = list(_NBSP_AFTER_KEY.finditer(text))
    leads = list(_NBSP_LEAD.finditer(text))
    # Each such line's number, where it starts and what it holds, counted once over the text.
    starts = sorted({m.start() for m in keys} | {m.start() for m in leads})
    number_at: dict[int, int] = {}
    start_of: dict[int, int] = {}
    rows: dict[int, str] = {}
    number, at = 1, 0
    for start in starts:
        number += text.count("\n", at, start) if "\r" not in text else len(_LINE_BREAK.findall(text, at, start))
        at = start
        number_at[start], start_of[number] = number, start
        end = _LINE_BREAK.search(text, start)
        rows[number] = text[start:end.start() if end is not None else len(text)]
    # Lines indented with look-alikes, before content: {line number: their indexes in the line}.
    indented: dict[int, list[int]] = {}
    for m in leads:
        row = rows[number_at[m.start()]]
        lead = _NBSP_INDENT.match(row).group(0)  # type: ignore[union-attr]  # matches every row
        if row[len(lead):len(lead) + 1] not in ("", "#"):
            found = [k.start() for k in _LOOKALIKE_SPACE.finditer(lead)]
            if found:
                indented[number_at[m.start()]] = found

    def spaced(places: list[tuple[int, list[int]]], wide: bool = False) -> str:
        """The text with ordinary spaces at ``places``; ``wide``: two for a full-width one (U+3000)."""
        pieces, done = [], 0
        for at in sorted(start_of[number] + index for number, indexes in places for index in indexes):
            pieces += [text[done:at], "  " if wide and unicodedata.east_asian_width(text[at]) in "FW" else " "]
            done = at + 1
        pieces.append(text[done:])
        return "".join(pieces)

    def indent_message(number: int, indexes: list[int], wide: bool) -> str:
        chars = "".join(rows[number][i] for i in indexes)
        if len(chars) == 1:
            return (f"{spaces_named(chars)} in the indentation {PASTED_HINT}; YAML indents with ordinary spaces: "
                    f"replace it with {'two spaces' if wide else 'a space'}")
        where = "this line starts with" if indexes[0] == 0 else "the indentation of this line holds"
        return (f"{where} {spaces_named(chars)} {PASTED_HINT}, which YAML does not read as indentation; replace "
                f"them with ordinary spaces{' (two for each full-width one)' if wide else ''}")

    # A block pasted in one go: every line of it is indented so, and only all of them mended read on.
    if len(indented) > 1 and min(indented) <= line and _reads_past(spaced(list(indented.items())), line):
        numbers = list(indented)
        first = numbers[0]
        chars = "".join(dict.fromkeys(rows[n][i] for n in numbers for i in indented[n]))
        kinds = ", ".join(f"U+{ord(c):04X}" for c in chars)
        name = "look-alike spaces" if len(chars) > 1 else unicodedata.name(chars, "space").lower() + "s"
        shown = ", ".join(map(str, numbers[:-1] if len(numbers) <= 6 else numbers[:5]))
        last = f"and {numbers[-1]}" if len(numbers) <= 6 else f"and {len(numbers) - 5} more"
        return LoadProblem(first, indented[first][0] + 1, (
            f"invalid YAML: lines {shown} {last} are indented with {name} ({kinds}) {PASTED_HINT}, which YAML does "
            "not read as indentation; replace them with ordinary spaces"
        ))
    # The nearest lines above the error first; on one line, the key's colon before the indentation.
    candidates: list[tuple[int, int, list[int], str]] = []
    for key in keys:
        number = number_at[key.start()]
        if number <= line:
            name = _cut(key.group(1).strip(), 40)
            candidates.append((-number, 0, [key.start(2) - key.start()], (
                f"{spaces_named(key.group(2))} after `{name}:` {PASTED_HINT}; YAML needs an ordinary space after a "
                "key's colon: replace it with a space")))
    candidates += [(-number, 1, indexes, "") for number, indexes in indented.items() if number <= line]
    for back, _order, indexes, what in sorted(candidates, key=lambda c: c[:2])[:4]:
        number = -back
        # A full-width space (an ideographic one) is as wide as two: one space in its place may not align.
        for wide in (False, True) if not what and any(
            unicodedata.east_asian_width(rows[number][i]) in "FW" for i in indexes
        ) else (False,):
            if _reads_past(spaced([(number, indexes)], wide), line):
                what = what or indent_message(number, indexes, wide)
                return LoadProblem(number, indexes[0] + 1, f"invalid YAML: {what}")
    return None


def _reads_past(text: str, line: int) -> bool:
    """Whether the parser reads ``text`` without an error on or before ``line`` (1-based)."""
    parser = CParser(text)
    try:
        while parser.get_event() is not None:
            pass
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return mark is not None and mark.line + 1 > line
    except YAMLError:
        return False
    finally:
        parser.dispose()
    return True


def _indent_hint(text: str, line: int, col: int) -> tuple[str, int | None] | None:
    """What to do when a `key:` (or a `- item: x` line) at ``line`` is read as more of the unquoted
    value above it: the line is indented more than the key (or list item) that value belongs to, so
    YAML goes on reading the value there, where no key can start.  None for any other cause.
    With the advice, the column to report it at when that is not ``col`` (the ': '): the key to
    align, or the dash to indent.

    Reads the file's events again up to the error (only a file that failed pays for it) to find the
    value the parser was reading and what holds it: a key of a block mapping, or a block list.
    """
    row = _line_of(text, line)
    body = row.lstrip(" ")
    dash = body[:1] == "-" and body[1:2] in (" ", "\t")
    start = len(row) - len(body) + (1 if dash else 0)  # where the would-be key starts: after a dash
    name = row[start:col - 1].strip(" \t")
    if not name or name[0] in "\"'[{&*!?|>#%@`":
        return None
    found = _value_read_at(text, line)
    if found is None:
        return None
    value, key, seq = found
    what = f"`{_cut(name, 40)}:`"
    if key is not None:
        owner = f"`{_cut(str(key.value), 40)}:`"
        key_line, key_col = key.start_mark.line + 1, key.start_mark.column + 1
        if dash:
            return (f"this `- ` line is indented under {owner} (line {key_line}), which already has a value, "
                    f"so YAML reads the line as more of that value, where {what} cannot start a key; move the "
                    "item under the list it belongs to, indented like that list's items"), None
        if not _field_like(name):
            return (f"this line is read as more of the unquoted value of {owner} (line {key_line}), where the "
                    f"': ' starts a key none can stand; put the whole value in quotes"), None
        told = (f"this line is indented more than {owner} above it (line {key_line}), so YAML reads it as more "
                f"of that key's value, where {what} cannot start a key; align {what} with {owner} (column {key_col})")
        if value.start_mark.line + 1 < line - 1 or value.start_mark.line != key.start_mark.line:
            told += f", or, if the line is text, put the whole value of {owner} in quotes"  # a value over lines
        return told, start + 1
    assert seq is not None
    item_line, dash_col = value.start_mark.line + 1, seq.start_mark.column + 1
    if dash:
        return (f"this `- ` line is indented more than the item above (line {item_line}), so YAML reads it as "
                f"more of that item's text, where {what} cannot start a key; indent it like the item above "
                f"(its dash in column {dash_col})"), start
    if not _field_like(name):
        return (f"this line is read as more text of the list item on line {item_line}, where the ': ' starts "
                "a key none can stand; put the whole item in quotes"), None
    # A list written at its key's own column (`touchpoints:` then `- Google` under it), and the line deeper
    # than the dashes but short of the item's text: a key of the mapping above the list, a space off.
    keys = [(column, last) for mapping, column, last in _open_blocks_above(text, line) or () if mapping]
    if keys and isinstance(keys[-1][1], ScalarEvent) and keys[-1][0] == dash_col and start < value.start_mark.column:
        column, last = keys[-1]
        owner = f"`{_cut(str(last.value), 40)}:`"
        return (f"{what} is indented {_spaces_word(start + 1 - column)} more than {owner} above it (line "
                f"{last.start_mark.line + 1}), so YAML reads it as more text of the list item on line {item_line}, "
                f"where it cannot start a key; align {what} with {owner} (column {column})"), start + 1
    return (f"this line is indented under the list item on line {item_line}, so YAML reads it as more of "
            f"that item's text, where {what} cannot start a key; if the item has keys, give its text a key too "
            f"(`- text: ...` for a trait, `- action: ...` for an opportunity) and align {what} with it; if the "
            "line is text, put the whole item in quotes"), None


def _deeper_key_hint(text: str, line: int, col: int, column: int) -> str | None:
    """What to do when a `key:` at ``line`` is indented deeper than the keys of the mapping it
    follows (which start in ``column``), with a comment or a blank line between them, so that it
    ends the value above instead of being read into it: align it with the key above. None when the
    line is no such key."""
    row = _line_of(text, line)
    name = _key_at(row[col - 1:])
    if col <= column or name is None:
        return None
    for above in range(line - 1, 0, -1):
        prior = _line_of(text, above)
        body = prior.lstrip(" ")
        if not body.strip() or body.lstrip().startswith("#"):
            continue
        key = body.split(":", 1)[0].strip()
        if len(prior) - len(body) + 1 != column or body.startswith("-") or not _field_like(key):
            return None
        return (f"`{_cut(name, 40)}:` is indented more than `{_cut(key, 40)}:` above it (line {above}), so it "
                f"cannot start a key of that mapping; align `{_cut(name, 40)}:` with `{_cut(key, 40)}:` (column {column})")
    return None


def _key_at(body: str) -> str | None:
    """The field-like key ``body`` starts with (`emotion: -1`, `notes:`), or None: a `:` starts a
    key only before a blank or the line's end, so `https://allegro.pl` or `emotion:-1` is text."""
    name, colon, rest = body.partition(":")
    name = name.rstrip(" \t")
    if not colon or rest[:1] not in ("", " ", "\t", "\r", "\n") or not _field_like(name):
        return None
    return name


def _spaces_word(n: int) -> str:
    return "one space" if n == 1 else f"{n} spaces"


def _open_blocks_above(text: str, line: int) -> list[tuple[bool, int, Any]] | None:
    """The block collections open on the lines above ``line`` (1-based), outermost first, as the
    author sees them there: ``(is_mapping, column of its keys or dashes, its last key or item)``.
    Collections the parser closed because of ``line`` itself (its smaller indent) are still open
    here.  None when a flow collection is open or the file holds nothing readable above ``line``.
    Only a file that failed pays for this reading."""
    if "\t" in text:
        text = _LAY_BLANKS.sub(_spaces, _LAY_COMMENTS.sub(_spaces, text))
    parser = CParser(text)
    stack: list[list[Any]] = []  # per open collection: [start event, children so far, first child, last key or item]
    try:
        while True:
            event = parser.get_event()
            if event is None or event.start_mark.line + 1 >= line:
                break
            if isinstance(event, _NODE_EVENTS):
                if stack:
                    top = stack[-1]
                    if top[1] % 2 == 0 or isinstance(top[0], SequenceStartEvent):
                        top[2] = top[2] or event
                        top[3] = event
                    top[1] += 1
                if isinstance(event, _START_EVENTS):
                    stack.append([event, 0, None, None])
            elif isinstance(event, _END_EVENTS):
                stack.pop()
    except YAMLError:
        pass
    finally:
        parser.dispose()
    if not stack or any(entry[0].flow_style for entry in stack):
        return None
    found: list[tuple[bool, int, Any]] = []
    for start, _count, first, last in stack:
        if first is None:
            continue
        mapping = isinstance(start, MappingStartEvent)
        # A list's dash is where its start event is; a mapping's keys are where its first key is.
        column = first.start_mark.column + 1 if mapping else start.start_mark.column + 1
        found.append((mapping, column, last))
    return found


def _misaligned_hint(text: str, line: int, col: int) -> str | None:
    """What to do when a `key:` (or a `- ` item) at ``line``, column ``col``, is a space or two off
    the keys (or dashes) above it, after a nested list or mapping: between two levels, it belongs to
    none, and the parser stops with "did not find expected key" or "expected '-' indicator".  Names
    the nearest key (or item) above to align it with; None for any other cause."""
    row = _line_of(text, line)
    body = row[col - 1:]
    dash = body[:1] == "-" and body[1:2] in (" ", "\t", "")
    if not dash:
        name = _key_at(body)
        if len(row) - len(row.lstrip(" ")) != col - 1 or name is None:
            return None
    elif len(row) - len(row.lstrip(" ")) != col - 1:
        return None
    blocks = _open_blocks_above(text, line)
    if not blocks:
        return None
    levels = [(column, last) for mapping, column, last in blocks if mapping != dash]
    if not levels or any(column == col for column, _last in levels):
        return None
    if dash and any(mapping and column == col for mapping, column, _last in blocks):
        return None  # a `- ` where a mapping's key stands: a list under a key that has a value, or a key left out
    if not dash and any(not isinstance(last, ScalarEvent) for _column, last in levels):
        return None  # a mapping with a complex key (`? [a, b]`)
    # The nearest column; between two equally near, the inner one (the lines just above) first.
    levels.sort(key=lambda level: abs(level[0] - col))
    best = abs(levels[0][0] - col)
    near = sorted((level for level in levels if abs(level[0] - col) == best), key=lambda level: -level[0])
    column, last = near[0]
    off = col - column
    how = f"indented {_spaces_word(abs(off))} {'more' if off > 0 else 'less'} than"
    if dash:
        told = (f"this `- ` item is {how} the item above it (line {last.start_mark.line + 1}), so it belongs to no "
                f"list; align its dash with that item's (column {column})")
    else:
        what, key = f"`{_cut(name, 40)}:`", f"`{_cut(str(last.value), 40)}:`"
        told = (f"{what} is {how} {key} above it (line {last.start_mark.line + 1}), so it cannot start a key of that "
                f"mapping; align {what} with {key} (column {column})")
    if len(near) > 1:
        other_column, other = near[1]
        told += (f", or with `{_cut(str(other.value), 40)}:` (line {other.start_mark.line + 1}, column {other_column}) "
                 "if it belongs there" if not dash else
                 f", or with the item on line {other.start_mark.line + 1} (column {other_column}) if it belongs there")
    return told


_BLOCK_INDICATOR = re.compile(r"[|>][0-9+-]*")
#: A key with nothing after its colon (or only a comment): its value is the block below it.
_OPENS_BLOCK = re.compile(r"[^:#]+:[ \t]*(?:#.*)?[\r\n]*")


def _block_text_hint(text: str, line: int) -> tuple[int, int, str] | None:
    """(line, column, advice) when the parser stopped at ``line`` (1-based) because a line of a `|`
    or `>` text above it is indented a space or two less than the text's other lines (the text
    ends there, and the line is read as a key, a list item or nothing), or because the text's first
    line is indented more than the lines after it (YAML takes the first line's indentation for the
    whole text).  Told at the line to indent, with the spaces the text keeps.  Only when the file,
    so indented, reads past ``line``; a line that holds a `key:` and after which no text follows is
    left to the alignment advice (it is more likely a key a space off).  None for any other cause.

    Reads the file's events again up to the error (only a file that failed pays for it), and the
    file once more, mended, to be sure."""
    if "\t" in text:
        text = _LAY_BLANKS.sub(_spaces, _LAY_COMMENTS.sub(_spaces, text))
    walked = _walk_to_error(text)
    if walked is None:
        return None
    last, key, seq, stack = walked
    holder = key if key is not None else seq  # the key of a mapping's value, or the list of an item
    if (
        not isinstance(last, ScalarEvent) or last.style not in ("|", ">") or holder is None
        or not stack or stack[-1][0].flow_style or last.end_mark.column != 0
    ):
        return None
    pieces = re.split("(\r\n|\r|\n)", text)
    rows = pieces[0::2]
    header_row = rows[last.start_mark.line]
    indicator = _BLOCK_INDICATOR.search(header_row, last.start_mark.column)
    if indicator is None or any(c.isdigit() for c in indicator.group(0)):
        return None  # an explicit indentation (`|2`) says how deep the text is: not this slip
    header = header_row[last.start_mark.column:indicator.end()]
    stop = last.end_mark.line  # 0-based: the line that ended the text
    if not last.start_mark.line < stop < len(rows) or stop + 1 > line:
        return None
    body = [n for n in range(last.start_mark.line + 1, stop) if rows[n].strip(" ")]
    ended = rows[stop]
    short = _indent_of(ended)
    if not body or not ended.strip(" ") or ended.lstrip(" ").startswith("#"):
        return None
    keep = _indent_of(rows[body[0]])
    owner = holder.start_mark.column  # the key's column, or the list's dash's
    def placed(row: str) -> bool:  # a `key:` or a `- ` item, as a line of the mapping or list would be
        return _key_at(row.lstrip(" ")) is not None or row.lstrip(" ")[:2] in ("- ", "-")

    looks_placed = placed(ended)
    if not short < keep or (short <= owner and looks_placed):
        return None
    if looks_placed and _OPENS_BLOCK.fullmatch(ended.lstrip(" ")) is not None:
        # `goals:` a space off after a text, its list under it: a key to align (told elsewhere), not text.
        return None
    # The lines written as deep as the one that ended the text, and whether the text goes on after them;
    # a key or item at the column of the text's own key is the next of those, not more text.
    run = [stop]
    n = stop + 1
    while n < len(rows) and (not rows[n].strip(" ") or _indent_of(rows[n]) == short):
        if rows[n].strip(" "):
            if short <= owner and placed(rows[n]):
                break
            run.append(n)
        n += 1
    resumes = n < len(rows) and _indent_of(rows[n]) == keep
    if not resumes and looks_placed:
        return None  # `emotion: -1` or `- item` a space off the keys or items after a text: told elsewhere
    # The text's first line alone deeper than the lines after it: that line is the one off.
    first_off = len(body) == 1 and not resumes and short > owner and (len(run) > 1 or short == owner + 2)
    fixed, target = (body, short) if first_off else (run, keep)
    mended = list(pieces)
    for n in fixed:
        mended[2 * n] = " " * target + rows[n].lstrip(" ")
    if not _reads_past("".join(mended), line):
        return None
    if isinstance(holder, SequenceStartEvent):
        what = f"the `- {header}` text of the list item on line {last.start_mark.line + 1}"
    else:
        what = f"the `{_cut(str(holder.value), 40)}: {header}` text (line {last.start_mark.line + 1})"
    if first_off:
        after = f"lines {stop + 1}-{run[-1] + 1}" if len(run) > 1 else f"line {stop + 1}"
        return body[0] + 1, keep + 1, (
            f"the first line of {what} is indented {_spaces_word(keep - short)} more than {after} after it, and "
            f"YAML takes the first line's indentation for the whole text, so the text ends at line {stop + 1}; "
            f"indent this line with {_spaces_word(short)}, as the others are (its text in column {short + 1})"
        )
    these, them, their = ((f"lines {stop + 1}-{run[-1] + 1} are", "them", "their") if len(run) > 1
                          else ("this line is", "it", "its"))
    return stop + 1, short + 1, (
        f"{these} indented {_spaces_word(keep - short)} less than the other lines of {what}, so YAML ends the "
        f"text above {them} and cannot read {them}; indent {them} with {_spaces_word(keep)}, as every line of "
        f"that text must be ({their} text in column {keep + 1})"
    )


def _value_read_at(text: str, line: int) -> tuple[Any, Any, Any] | None:
    """The unquoted value the parser was reading when it stopped on ``line`` (1-based), begun on an
    earlier line, with its key (a value of a block mapping) or its list (an item of a block list):
    ``(value, key, None)`` or ``(value, None, list)``; None for anything else."""
    if "\t" in text:
        # Comment and blank lines indented with tabs, which the loader reads laid out (a space for
        # each tab, so every position stays), would stop this reading at the first of them.
        text = _LAY_BLANKS.sub(_spaces, _LAY_COMMENTS.sub(_spaces, text))
    walked = _walk_to_error(text)
    if walked is None:
        return None
    last, key, seq, stack = walked
    if (
        not isinstance(last, ScalarEvent) or last.style or (key is None and seq is None)
        or not last.start_mark.line < line - 1 <= last.end_mark.line
    ):
        return None
    holder = stack[-1][0] if stack else None
    if holder is None or holder.flow_style:
        return None
    return last, key, seq


def _walk_to_error(text: str) -> tuple[Any, Any, Any, list[list[Any]]] | None:
    """Read ``text``'s parser events up to its error: ``(last, key, seq, stack)``, where ``last`` is
    the last node event read (None when a collection ended after it), ``key`` the key event of the
    mapping value that node is, or ``seq`` the start event of the list it is an item of (the other
    None), and ``stack`` the collections still open, each ``[its start event, events in it so far,
    its last key]``.  None when ``text`` reads to its end.  For :func:`_block_text_hint` and
    :func:`_value_read_at`: only a file that failed pays for this reading."""
    parser = CParser(text)
    stack: list[list[Any]] = []
    last: Any = None
    key: Any = None
    seq: Any = None
    try:
        while True:
            event = parser.get_event()
            if event is None:
                return None
            if isinstance(event, _NODE_EVENTS):
                last, key, seq = event, None, None
                if stack:
                    top = stack[-1]
                    if isinstance(top[0], MappingStartEvent):
                        if top[1] % 2 == 0:
                            top[2] = event
                        else:
                            key = top[2]
                    else:
                        seq = top[0]
                    top[1] += 1
                if isinstance(event, _START_EVENTS):
                    stack.append([event, 0, None])
            elif isinstance(event, _END_EVENTS):
                stack.pop()
                last = None
            elif isinstance(event, StreamEndEvent):
                return None
    except YAMLError:
        pass
    finally:
        parser.dispose()
    return last, key, seq, stack


def _spaces(m: re.Match[str]) -> str:
    return m.group(0).replace("\t", " ")


def _single_quoted(value: str) -> str:
    """``value`` as a single-quoted YAML value (no escapes there: a quote is doubled)."""
    return "'" + value.replace("'", "''") + "'"


#: Quotes word processors type (Polish „…”, English “…” and ‘…’, «…»): letters to YAML, which quotes only with " and '.
TYPOGRAPHIC_QUOTES = "„“”‚‘’«»"
_TYPOGRAPHIC_QUOTES_RE = re.compile(f"[{TYPOGRAPHIC_QUOTES}]")


def straight_quotes_advice(straight: str, kept: str) -> str:
    """The advice for a value quoted with typographic quotes: ``straight`` (the value in straight
    quotes, or "" when it cannot be offered), or ``kept`` (the whole value quoted, its typographic
    quotes kept in the text)."""
    plain = f"{straight}, or " if straight else ""
    return f"use straight quotes: {plain}{kept} to keep the typographic ones in the text"


def _quoting_hint(exc: MarkedYAMLError, row: str, col: int) -> tuple[int, str] | None:
    """(column, message) for the two mistakes that quoting the whole value mends, or None.

    - Text after a value's closing quote (`- "Dostawa" w 24 h`, `name: "Ola" Nowak`, an item
      of `[...]`): a quoted value ends at its quote.  Reported at the opening quote.
    - A `: ` inside an unquoted value (`summary: Mówi, że...: woli dzwonić`): it starts a key
      where none can stand.
    """
    problem = exc.problem or ""
    at = col - 1
    if not row or not 0 < at <= len(row):
        return None
    if "mapping values are not allowed" in problem and row[at:at + 1] == ":":
        body = row.lstrip(" ")
        indent = len(row) - len(body)
        while body.startswith("- "):  # list items, nested ones too (`- - a: b: c`)
            rest = body[2:].lstrip(" ")
            indent += len(body) - len(rest)
            body = rest
        if body[:1] in ("'", '"', "?", "{", "["):
            return None  # a quoted or complex key: where its value starts is not told by a ': '
        key = row.find(": ", indent)
        if key < 0 or key >= at:
            return None
        # `- text: Cel: odebrać leki`: a field's value is quoted, not the field; `- Kupuje: leki: tanio`
        # (no field name: a trait's text) is quoted whole.
        if row[:indent].strip().startswith("-") and not _field_like(row[indent:key]):
            start = indent
        else:
            start = key + 2 + (len(row[key + 2:]) - len(row[key + 2:].lstrip(" ")))
        comment = _COMMENT_START.search(row, at)
        value = row[start:comment.start() if comment else len(row)].rstrip(" \t")
        if not value or value[0] in "\"'[{" or value.endswith(":"):
            return None  # a `#` after `: ` began a comment: quoting the rest would drop it
        if value[0] in TYPOGRAPHIC_QUOTES:
            # `name: „Ola: kocha modę”`: she did quote it, with quotes YAML reads as letters.
            inner = value[1:-1] if len(value) > 2 and value[-1] in TYPOGRAPHIC_QUOTES else ""
            straight = f'"{inner}"' if '"' not in inner and "\\" not in inner else _single_quoted(inner)
            plain = _copyable(straight) if inner and not _TYPOGRAPHIC_QUOTES_RE.search(inner) else ""
            return col, (f"the ': ' here starts a key where none can stand: {value[0]} is a typographic quote, "
                         f"which YAML reads as text, not as a quote; "
                         f"{straight_quotes_advice(plain, _copyable(_single_quoted(value)))}")
        return col, (f"the ': ' here, inside an unquoted value, starts a key where none can stand; "
                     f"put the whole value in quotes: {_copyable(_single_quoted(value))}")
    if not problem.startswith(("did not find expected", "expected <block end>", "expected ',' or")):
        return None
    k = at
    while k > 0 and row[k - 1] in " \t":
        k -= 1
    if k == 0 or row[k - 1] not in "\"'":
        return None
    quote = row[k - 1]
    start = row.rfind(quote, 0, k - 1)
    # Past the quotes the value holds: `''` in single quotes, `\"` in double ones.
    while start > 0 and (row[start - 1] == quote == "'" or quote == '"' and row[start - 1] == "\\"):
        start = row.rfind(quote, 0, start - 1 if quote == "'" else start)
    if start < 0 or row[at:at + 1] in ("", "#", ",", "]", "}"):
        return None
    before = row[:start]
    in_flow = before.count("[") > before.count("]") or before.count("{") > before.count("}")
    if quote == '"' and "\\" in row[start:at] or quote == "'" and "''" in row[start:k]:
        return None  # escapes inside: the text meant is not the text written
    if in_flow:
        ends = [i for i in (row.find(c, at) for c in ",]}") if i >= 0]
        end = min(ends) if ends else len(row)
    else:
        comment = _COMMENT_START.search(row, at)
        end = comment.start() if comment else len(row)
    value = row[start:end].rstrip(" \t")
    if len(value) > 2 and value.endswith(quote):
        # `- 'Ola's shop'`, `- "Kupuje "tanio" i szybko"`: the quotes around it were meant, the one inside ends it.
        inner = value[1:-1]
        if quote == "'" and '"' not in inner and "\\" not in inner:
            fixed = f'"{inner}"'
        else:
            fixed = _single_quoted(inner)
        kind = "single" if quote == "'" else "double"
        return start + 1, (f"a {kind} quote inside this quoted value ends it early; "
                           f"write the value as {_copyable(fixed)}")
    if quote == "'" and k - 1 > start + 1 and row[k - 2].isalpha() and row[k:k + 1].isalpha() and value.count("'") == 2:
        # `quote: 'Don't worry, it fits`: an apostrophe inside a word, in a value opened with one, ended it.
        inner = value[1:]
        fixed = f'"{inner}"' if '"' not in inner and "\\" not in inner else _single_quoted(inner)
        return start + 1, (f"the apostrophe in `{_cut(row[start + 1:k + 1].split()[-1], 40)}` ends this single-quoted "
                           f"value early; write the value as {_copyable(fixed)}")
    return start + 1, (f"this value starts with a quote, so it ends at the closing quote and the text after it "
                       f"cannot follow; to keep the quotes in the text, put the whole value in single quotes: "
                       f"{_copyable(_single_quoted(value))}")


#: A key that names a field (`text`, `name`, `x-notatki`, `właściciel`, `źródła`), not the first words of
#: a trait: a letter of any script, then letters, digits, `_` or `-`, and the accents of letters
#: written decomposed (`s` + U+0301 for `ś`, as some Mac apps save it); lowercase (:func:`_field_like`).
_FIELD_KEY = re.compile(r"[^\W\d_][\w\u0300-\u036f-]*")


def _field_like(name: str) -> bool:
    """Whether ``name`` is written as a field's key is: `emocje_ść`, `x-źródła`, not `Kupuje`, `iPhone` or `24h`."""
    return _FIELD_KEY.fullmatch(name) is not None and not any(c.isupper() for c in name)


#: A comment after a value: `#` after a space or a tab.
_COMMENT_START = re.compile(r"[ \t]#")


# An unquoted value in a flow collection: up to its comma, bracket or brace, the `: ` of a key or a
# ` #` comment. Only spaces and tabs separate tokens in YAML (a no-break space is part of the value).
_FLOW_VALUE = re.compile(r"[^,\[\]{}]*?(?=[ \t]*(?:[,\]}]|$)|[ \t]+#|:[ \t]|:$)")
# The reader points at a node's first property: a tag may come before the anchor (`!!str &a`).
_ANCHOR_AT = re.compile(r"(?:![^\s,\[\]{}]*[ \t]+)?&([^\s,\[\]{}]+)")


#: A key written without its colon, and its value: `lang pl`, `  name Etap zakupu`.
_NO_COLON = re.compile(r"( *)([^\W\d][\w\u0300-\u036f-]*)([ \t]+)([^\s:#'\"\[{&*!|>%@`-][^:#]*?)[ \t]*")
#: The same with a quoted value (`owner "Zespół UX"`), a colon without its space (`owner:"Zespół UX"`,
#: `lang:pl`), or no value at all (`goals`, its items on the lines below).
_NO_COLON_QUOTED = re.compile(r"( *)([^\W\d][\w\u0300-\u036f-]*)([ \t]+)(\"[^\"]*\"|'[^']*')[ \t]*")
_NO_SPACE = re.compile(r"( *)([^\W\d][\w\u0300-\u036f-]*):([^\s:/].*?)[ \t]*")
_MISSING_SPACE_FORMS = (_NO_COLON, _NO_COLON_QUOTED, _NO_SPACE)
_BARE_KEY = re.compile(r"( *)([^\W\d][\w\u0300-\u036f-]*)[ \t]*")
#: The dash (or dashes) that starts a list item, and the spaces after it.
_ITEM_DASH = re.compile(r" *(?:- +)+")


@functools.lru_cache(maxsize=1)
def _field_names() -> frozenset[str]:
    """Every key the document formats know (`kind`, `goals`, `emotion` ...); loaded only for a file that failed."""
    from .model import journey, persona  # noqa: F401 - their models are the subclasses walked below
    from .model.common import CxModel

    names: set[str] = set()
    todo: list[type] = [CxModel]
    while todo:
        model = todo.pop()
        todo.extend(model.__subclasses__())
        names.update(field.alias or name for name, field in model.model_fields.items())  # type: ignore[attr-defined]
    return frozenset(names)


def _indent_of(row: str) -> int:
    return len(row) - len(row.lstrip(" "))


def _at_a_key(text: str, line: int) -> bool:
    """Whether line ``line`` (1-based) stands where a key can: a list item, the first line under a `key:` that
    opens a block, or a line indented like the one above it.  Not a line indented under `summary: Kasia lubi`,
    which is more of that value's text."""
    row = _line_of(text, line)
    if _ITEM_DASH.match(row):
        return True
    above = line - 1
    while above > 0 and (not (prev := _line_of(text, above)).strip() or prev.lstrip().startswith("#")):
        above -= 1
    if above < 1:
        return True
    prev = _line_of(text, above)
    opened = _COMMENT_START.sub("", prev).rstrip(" \t")
    return opened.endswith(":") or _indent_of(prev) == _indent_of(row) or bool(_ITEM_DASH.match(prev))


def _missing_colon(
    text: str, line: int, indent: int, forms: tuple[re.Pattern[str], ...] | None = None,
) -> tuple[int, str] | None:
    """A key at ``line`` written without its colon (`lang pl`), at the indentation ``indent`` (0-based)
    of the keys around it: the column the colon belongs at, and what to write.  None for any other line."""
    row = _line_of(text, line)
    if (item := _ITEM_DASH.match(row)) is not None:
        # `  - text "Mieć 4 pary"`: the key of a list item's mapping stands past its dash, where its keys align.
        row = " " * item.end() + row[item.end():]
    for pattern in forms or (_NO_COLON, _NO_COLON_QUOTED, _NO_SPACE, _BARE_KEY):
        match = pattern.fullmatch(row)
        if match is not None:
            break
    if match is None or len(match.group(1)) != indent:
        return None
    if match.group(2) not in _field_names() and not match.group(2).startswith("x-"):
        return None  # a line of text where a key should be ("Ola lubi biegać") is no key missing its colon
    key = match.group(2)
    # The line to write is never cut: it is what the author copies.
    if pattern is _BARE_KEY:
        return indent + len(key) + 1, (
            f"`{_cut(key, 40)}` needs a colon after it, so YAML cannot read it as a key; write `{key}:` "
            "(its items or fields go on the lines below it, indented)"
        )
    # `lang pl`, `owner "Zespół UX"`, `age:32`: one message, whichever of the colon and the space is missing.
    value = match.group(3) if pattern is _NO_SPACE else match.group(4)
    return indent + len(key) + 1, (
        f"`{_cut(key, 40)}` needs a colon and a space after it, so YAML cannot read it as a key; "
        f"write `{key}: {value}`"
    )


def _dash_without_space(text: str, line: int, column: int) -> str | None:
    """For a list item typed without the space after its dash (`-Kupić buty`, at ``column``, 0-based,
    of ``line``) among items that have it: what to write.  None for any other line (`-5`, `--`)."""
    row = _line_of(text, line)
    if row[:column].strip() or not row[column:column + 1] == "-" or row[column + 1:column + 2] in ("", " ", "\t", "-"):
        return None
    if row[column + 1].isdigit() or row[column + 1] == ".":
        return None  # a negative number
    # An item above it at the same column, written `- `: the list it was meant to join.
    for above in range(line - 1, 0, -1):
        prev = _line_of(text, above)
        if not prev.strip() or prev.lstrip().startswith("#") or _indent_of(prev) > column:
            continue
        if _indent_of(prev) < column or not prev[column:].startswith("- "):
            return None
        item = row[column + 1:].rstrip(" \t")
        return f"a list item needs a space after its dash: write `- {_copyable(item)}`"
    return None


#: A line that holds one value (`key: ...` or `- ...`), where a value's next line would start.
_VALUE_LINE = re.compile(r"( *)(?:- +)*(?:[^\s#'\"\[{][^:#]*:[ \t]+)?([\"'])")
#: A line that starts a key or a list item: what follows a value written on one line.
_STRUCTURE_LINE = re.compile(r"( *)(?:-(?:[ \t]|$)|[^\s#'\"\-][^:#'\"]*:(?:[ \t]|$))")


def _unclosed_quote(text: str, error_line: int) -> tuple[int, int, str] | None:
    """A quoted value opened on its line and never closed there, that the parser read on into the lines below
    until a quote there closed it, just before where it stopped (``error_line``, 0-based): its line and column,
    and what to do.  A quoted value the author wrote over several lines goes on with text, not with a
    `key:` or a `- ` item at its own indentation; it is not this.  None for any other problem."""
    last = None
    # As the reader read it: the tabs of comment lines laid out (same length, same positions).
    parser = CParser(tab_comments_laid_out(text) if "\t" in text else text)
    try:
        while True:
            event = parser.get_event()
            if event is None or isinstance(event, StreamEndEvent):
                break
            if isinstance(event, ScalarEvent) and event.style in ("'", '"') and event.start_mark.line != event.end_mark.line:
                last = event
    except YAMLError:
        pass
    finally:
        parser.dispose()
    if last is None or last.end_mark.line != error_line:
        return None
    opened = _opened_quote(text, last.start_mark.line, last.start_mark.column)
    return opened if opened is not None else _closed_by_next_value(text, last)


def _closed_by_next_value(text: str, scalar: Any) -> tuple[int, int, str] | None:
    """A quoted value written over several lines that the author left open, whose "closing" quote is the one
    that opens the value of a later key or item (`summary: "`): its line and column, and where to close it,
    at the end of the last line before that key.  None when the quote that closes it stands anywhere else."""
    number, column = scalar.start_mark.line + 1, scalar.start_mark.column
    row = _line_of(text, number)
    opened = _VALUE_LINE.match(row)
    if opened is None or opened.start(2) != column:
        return None
    closing_line = scalar.end_mark.line + 1
    closer = _VALUE_LINE.match(_line_of(text, closing_line))
    if (
        closer is None or closer.start(2) != scalar.end_mark.column - 1
        or len(closer.group(1)) > len(row) - len(row.lstrip(" -"))
    ):
        return None
    last = closing_line - 1
    while last > number and not _line_of(text, last).strip():
        last -= 1
    quote = opened.group(2)
    ends = _line_of(text, last).rstrip(" \t")
    return number, column + 1, (
        f"invalid YAML: the value on line {number} opens a quote ({quote}) that is never closed, so YAML reads "
        f"the lines below it as part of the value, up to the quote that opens the value on line {closing_line}; "
        f"close it where the value ends, at the end of line {last}: {ends.strip()}{quote}"
    )


def _opened_quote(text: str, line: int, column: int) -> tuple[int, int, str] | None:
    """For a quote at ``line`` and ``column`` (0-based) never closed on its line: where it is and what to
    write, when the line holds one value and the next line starts a key or an item.  None otherwise."""
    number = line + 1
    row = _line_of(text, number)
    opened = _VALUE_LINE.match(row)
    if opened is None or opened.start(2) != column:
        return None
    below = _line_of(text, number + 1)
    follows = _STRUCTURE_LINE.match(below)
    if follows is None or len(follows.group(1)) > len(row) - len(row.lstrip(" -")):  # more: a line of the value
        return None
    quote = opened.group(2)
    closed = row.rstrip(" \t") + quote
    return number, column + 1, (
        f"invalid YAML: the value on line {number} opens a quote ({quote}) that is never closed, so YAML reads "
        f"the lines below it as part of the value; close it at the end of the line: {closed.strip()}"
    )


#: What a word processor or a notes app starts a list item with, or a dash without its space (`-text:`).
_BULLETS = "•·–—▪◦‣●*"
_BULLET_ITEM = re.compile(rf"( *)([{_BULLETS}])[ \t\u00a0]+(\S.*)|( *)-([^\s\d.\-].*)")


def _bullet_item(text: str, exc: MarkedYAMLError) -> tuple[int, int, str] | None:
    """The item started with `•`, `–`, `·` (pasted) or `-` without a space, at the line where the mapping or
    list the parser was reading starts, or where it stopped: its line and column, and what to write."""
    for mark in (exc.context_mark, exc.problem_mark):
        if mark is None:
            continue
        number = mark.line + 1
        row = _line_of(text, number)
        found = _BULLET_ITEM.fullmatch(row.rstrip(" \t"))
        if found is None:
            continue
        if found.group(2):
            rest = found.group(3)
            return number, len(found.group(1)) + 1, (
                f"invalid YAML: `{found.group(2)}` is not a list marker in YAML {PASTED_HINT}; start the item with "
                f"`- ` (a hyphen and a space): - {_copyable(rest)}"
            )
        rest = found.group(5)
        return number, len(found.group(4)) + 1, (
            f"invalid YAML: a list item needs a space after its dash: write `- {_copyable(rest)}`"
        )
    return None


#: A dash, spaces and a number, alone on the rest of the line (a comment may follow): `emotion: - 1`, written
#: for `emotion: -1`, where YAML reads a list item that cannot stand after a key on its line.
_SPACED_MINUS = re.compile(r"-[ \t]+(\d+(?:\.\d+)?)[ \t]*(?:#.*)?$")


def _line_of(text: str | None, line: int) -> str:
    """Line ``line`` (1-based) of ``text``, or '' when there is none."""
    if not text or line < 1:
        return ""
    rows = _LINE_BREAK.split(text, line)
    return rows[line - 1] if len(rows) >= line else ""


def _reader_problem(exc: ReaderError, text: str) -> LoadProblem:
    """A character YAML forbids (a form feed, an escape code pasted from a terminal), located."""
    char = exc.character if isinstance(exc.character, int) else None
    index = text.find(chr(char)) if char is not None else -1
    if index < 0:
        # The reader counts UTF-8 bytes; turn that into characters.
        index = len(text.encode("utf-8")[: max(exc.position, 0)].decode("utf-8", errors="ignore"))
    line, col = _position(text, index)
    what = f"the control character U+{char:04X}" if char is not None else "a character"
    return LoadProblem(line, col, f"invalid YAML: {what} is not allowed in YAML text; remove it")


def _clamp(text: str, line: int, col: int) -> tuple[int, int]:
    """Keep a position on a line that exists: the parser puts the end of the file on
    the line after the last one (after its final line break, or with none), which no
    editor can show.  Such a position goes to the end of the last line that holds
    anything: that is where the file stops, and what the author has to finish."""
    rows = _LINE_BREAK.split(text)
    if len(rows) > 1 and rows[-1] == "":
        rows.pop()  # the break that ends the last line opens no line of its own
    if line > len(rows):
        last = next((i for i in range(len(rows) - 1, -1, -1) if rows[i].strip()), len(rows) - 1)
        return last + 1, len(rows[last].rstrip()) + 1
    return line, max(1, min(col, len(rows[line - 1]) + 1))


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based (line, column) of ``text[index]``, counting lines as editors do."""
    before = text[:index]
    if "\r" not in before:
        return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1
    breaks = _LINE_BREAK.findall(before)
    last = max(before.rfind("\n"), before.rfind("\r"))
    return len(breaks) + 1, index - last


def _char_at(text: str | None, line: int, col: int) -> str:
    """The character at a 1-based position, or '' when there is none."""
    row = _line_of(text, line)
    return row[col - 1] if 0 < col <= len(row) else ""


def _depth_problem(text: str) -> LoadProblem | None:
    """Walk parser events (not the recursive composer) to find excessive nesting."""
    loader = CParser(text)
    depth = 0
    try:
        while True:
            event = loader.get_event()
            if event is None:
                return None
            if isinstance(event, _START_EVENTS):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    return LoadProblem(
                        mark.line + 1, mark.column + 1, f"the YAML is nested more than {MAX_DEPTH} levels deep"
                    )
            elif isinstance(event, _END_EVENTS):
                depth -= 1
            elif isinstance(event, StreamEndEvent):
                return None
    except MarkedYAMLError as exc:
        if _refused_comment(text, exc):
            return None  # a comment line indented with tabs: laid out by the caller, then walked again
        if isinstance(exc, ScannerError) and anchor_name_refused(text, exc) and (
            readable := readable_anchor_names(text)
        ) != text:
            return _depth_problem(readable)
        return _marked_problem(exc, text)
    except YAMLError:  # pragma: no cover
        return None
    finally:
        loader.dispose()


class _StopConversion(Exception):
    def __init__(self, problem: LoadProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _pos(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


_SCALAR_TAG = BaseResolver.DEFAULT_SCALAR_TAG
_SEQ_TAG = BaseResolver.DEFAULT_SEQUENCE_TAG
_MAP_TAG = BaseResolver.DEFAULT_MAPPING_TAG
_DEFAULT_TAGS = {ScalarNode: _SCALAR_TAG, SequenceNode: _SEQ_TAG, MappingNode: _MAP_TAG}


class _Loader(CParser):
    """The C composer without Python-side tag resolution: cxkit resolves scalars itself.

    Built on the bare C parser rather than CBaseLoader, whose constructor and
    resolver refer back to the loader: that cycle kept every file's node tree
    alive until the garbage collector came by.
    """

    def resolve(self, kind: Any, value: Any, implicit: Any, _tags: dict = _DEFAULT_TAGS) -> Any:  # noqa: ARG002
        return _tags[kind]

    # The composer calls these around every node to track a path cxkit does not resolve by.
    # Built-ins that take the same arguments and do nothing spare a Python call per node,
    # about 7% of composing a file: `operator.is_(parent, index)` and `tuple()`.
    descend_resolver = staticmethod(operator.is_)
    ascend_resolver = staticmethod(tuple)


class _Converter:
    """Turn composed nodes into plain data without constructing tagged objects.

    ``careful`` mode (the text has anchors or tags) tracks shared nodes, charges
    aliases their expanded size and reports tags; plain documents take the
    lean path, which is what nearly every persona file is.
    """

    __slots__ = ("problems", "budget", "done", "active", "careful", "wrapped")

    def __init__(self, careful: bool) -> None:
        self.problems: list[LoadProblem] = []
        self.wrapped: list[tuple[ScalarNode, Node]] = []
        self.budget = MAX_NODES
        self.done: dict[int, tuple[Any, int]] = {}
        self.active: set[int] = set()
        self.careful = careful

    def _too_deep(self, node: Node) -> _StopConversion:
        line, col = _pos(node)
        return _StopConversion(LoadProblem(line, col, f"the YAML is nested more than {MAX_DEPTH} levels deep"))

    def _spend(self, node: Node, amount: int) -> None:
        self.budget -= amount
        if self.budget < 0:
            line, col = _pos(node)
            raise _StopConversion(
                LoadProblem(
                    line, col,
                    f"the document expands to more than {MAX_NODES:,} values (aliases that multiply, "
                    "as in a 'billion laughs' file); cxkit stopped reading it",
                )
            )

    def _check_tag(self, node: Node) -> None:
        tag = str(node.ctag)
        if tag not in _ALLOWED_TAGS and tag != "!":
            line, col = _pos(node)
            self.problems.append(
                LoadProblem(line, col, f"the YAML tag {_cut(_short_tag(tag))} is not allowed; cxkit never constructs tagged objects")
            )

    def convert(self, node: Node, depth: int) -> Any:
        cls = node.__class__
        if cls is ScalarNode:
            if node.ctag is not _SCALAR_TAG:
                self._check_tag(node)
                return _scalar(node)
            return node.value if node.style else _implicit(node.value)
        if depth > MAX_DEPTH:
            raise self._too_deep(node)
        if not self.careful:
            return self._seq(node, depth) if cls is SequenceNode else self._mapping(node, depth)
        key = id(node)
        seen = self.done.get(key)
        if seen is not None:
            # An alias: share the value, but charge its expanded size so
            # multiplying aliases cannot smuggle in a huge document.
            self._spend(node, seen[1])
            return seen[0]
        if key in self.active:
            line, col = _pos(node)
            raise _StopConversion(LoadProblem(line, col, "an alias refers to a collection that contains it (a recursive alias)"))
        if node.ctag is not (_SEQ_TAG if cls is SequenceNode else _MAP_TAG):
            self._check_tag(node)
        self.active.add(key)
        before = self.budget
        self._spend(node, 1)
        value = self._seq(node, depth) if cls is SequenceNode else self._mapping(node, depth)
        self.active.discard(key)
        self.done[key] = (value, before - self.budget)
        return value

    def _seq(self, node: SequenceNode, depth: int) -> list[Any]:
        out: list[Any] = []
        append = out.append
        careful = self.careful
        for item in node.value:
            if item.__class__ is ScalarNode and item.ctag is _SCALAR_TAG:
                if item.style:
                    append(item.value)
                else:
                    if item.start_mark.line != item.end_mark.line:
                        self.wrapped.append((item, node))  # rare: a plain value written over lines
                    append(_implicit(item.value))
                if careful:
                    self._spend(item, 1)
            else:
                append(self.convert(item, depth + 1))
        return out

    def _mapping(self, node: MappingNode, depth: int) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        merges: list[tuple[Node, Any]] = []
        careful = self.careful
        for knode, vnode in node.value:
            if knode.__class__ is not ScalarNode:
                line, col = _pos(knode)
                self.problems.append(LoadProblem(line, col, "a mapping key must be a plain value, not a list or mapping"))
                continue
            if careful and knode.ctag is not _SCALAR_TAG:
                self._check_tag(knode)  # a tag on a key is as unwelcome as on a value
            k = knode.value
            if k == "<<" and not knode.style:
                merges.append((vnode, self.convert(vnode, depth + 1)))
                continue
            if k in out:
                self._duplicate(node, knode, k)
                continue
            if vnode.__class__ is ScalarNode and vnode.ctag is _SCALAR_TAG:
                if vnode.style:
                    out[k] = vnode.value
                else:
                    if vnode.start_mark.line != vnode.end_mark.line:
                        self.wrapped.append((vnode, knode))  # rare: a plain value written over lines
                    out[k] = _implicit(vnode.value)
                if careful:
                    self._spend(vnode, 1)
            else:
                out[k] = self.convert(vnode, depth + 1)
        for vnode, merged in merges:
            for part in merged if isinstance(merged, list) else [merged]:
                if isinstance(part, dict):
                    for k, v in part.items():
                        out.setdefault(k, v)
                else:
                    line, col = _pos(vnode)
                    self.problems.append(LoadProblem(line, col, "a merge key (<<) needs a mapping or a list of mappings"))
        return out

    def _duplicate(self, node: MappingNode, knode: ScalarNode, k: str) -> None:
        first = next(kn for kn, _ in node.value if kn.__class__ is ScalarNode and kn.value == k)
        line, col = _pos(knode)
        self.problems.append(
            LoadProblem(
                line, col,
                f"duplicate key '{_cut(k)}' (first defined on line {first.start_mark.line + 1}); YAML tools disagree on which value counts, so keep one",
            )
        )


def _cut(text: str, limit: int = 60) -> str:
    """Long keys and tags shortened, so a hostile file cannot flood the report."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: How long a value a message offers to copy may be: any line a person wrote, not a hostile file's megabyte.
_COPYABLE = 2000


def _copyable(text: str) -> str:
    """A value rewritten for the author to copy: whole, never cut to fit a line (a cut one, copied,
    would lose the end of the text); only past :data:`_COPYABLE` characters cut, and said so."""
    return text if len(text) <= _COPYABLE else text[: _COPYABLE - 1] + "… (cut: the value is too long to show)"


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_STD):] if tag.startswith(_STD) else tag


def _scalar(node: ScalarNode) -> Any:
    """The value of a scalar with an explicit tag (``!!int 5``, ``!!str 5``, ``!foo``)."""
    value: str = node.value
    if node.style:  # quoted or block scalars are always text
        return value
    tag = str(node.ctag)
    if tag == _STD + "null":
        return None
    if tag in _ALLOWED_TAGS and tag not in (_STD + "str", _STD + "int", _STD + "float", _STD + "bool"):
        return value
    if tag == _STD + "str":
        return value
    return _implicit(value)


_MAYBE_SPECIAL = frozenset("0123456789-+.~nNtTfF")
#: Longer plain scalars are never read as numbers (a 1,000-digit hexadecimal one has about 1,200 decimal digits).
_MAX_NUMBER_CHARS = 1000


class _Written:
    """A number written another way than Python would print it (`007`, `0x10`, `3.500`, `1e3`).

    It is the number, yet shows as written: where a document means text
    (an id, a trait, `income: 3.500`), the text is what the author typed.
    """

    _number: type

    def __new__(cls, value: Any, written: str) -> Any:
        number = super().__new__(cls, value)  # type: ignore[call-arg]
        number.written = written
        return number

    def __str__(self) -> str:
        return self.written  # type: ignore[attr-defined]

    def __format__(self, spec: str) -> str:
        return self.written if not spec else super().__format__(spec)  # type: ignore[attr-defined]

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self._number(self), self.written))  # type: ignore[attr-defined]


class WrittenInt(_Written, int):
    _number = int


class WrittenFloat(_Written, float):
    _number = float


def _implicit(value: str) -> Any:
    """Resolve a plain scalar by the YAML 1.2 core schema (dates stay text)."""
    if not value:
        return None
    if value[0] not in _MAYBE_SPECIAL:
        return value
    if value in _NULLS:
        return None
    b = _BOOLS.get(value)
    if b is not None:
        return b
    if value[0] in _NUMERIC_START:
        if len(value) > _MAX_NUMBER_CHARS:
            # Python refuses to turn an int of over 4,300 digits into text (and back) anyway, so
            # a number this long stays the text it is: no persona counts in such figures.
            return value
        if _INT.match(value):
            number = int(value)
            return number if str(number) == value else WrittenInt(number, value)
        if _FLOAT.match(value):
            real = float(value)
            return real if repr(real) == value else WrittenFloat(real, value)
        if _INT_OTHER.match(value):
            return WrittenInt(int(value[2:], 8 if value[1] == "o" else 16), value)
        special = _SPECIAL_FLOATS.get(value)
        if special is not None:
            return WrittenFloat(special, value)  # where text is meant, `.Inf` is what was typed, not "inf"
    return value


#: What a value written without quotes is read as (a number, true/false, nothing, or text), for rules.
implicit_value = _implicit
