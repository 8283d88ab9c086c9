"""`cxkit fmt`: one canonical layout for every document, so diffs show content, not churn.

Keys follow the order of the format docs for each kind, the author's own keys
(``x-…`` and anything unknown) follow the known ones in their original order,
mappings are indented by two spaces with sequences indented under their key,
and dates are written as dates.  Every comment, every value and the author's
quoting survive: the file is edited in ruamel.yaml's round-trip mode, and a
comment moves together with the key it stands above.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import difflib
import io
import itertools
import math
import re
import sys
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from ruamel.yaml import YAML
from ruamel.yaml.anchor import Anchor
from ruamel.yaml.comments import CommentedMap, CommentedSeq, merge_attrib
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.emitter import RoundTripEmitter
from ruamel.yaml.error import CommentMark
from ruamel.yaml.events import MappingStartEvent
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.tag import Tag
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken

from .fmt_outcome import FileOutcome  # here as before; its own module lets a run the fmt cache answers skip this one
from .yamlio import (
    LoadedYAML, WrittenFloat, WrittenInt, anchor_name_refused, in_value, load_text, readable_anchor_names,
    scalar_nodes, shield_non_breaks, tab_lines_laid_out,
)

# --- canonical key order (the order of docs/format.md) -------------------------------------------

PERSONA_KEYS = (
    "kind", "id", "name", "lang", "owner", "status", "summary", "demographics", "psychographics",
    "goals", "needs", "pain_points", "motivations", "behaviours", "channels", "expectations", "quote",
    "reasons", "substitutes", "purchase_triggers", "abandon_triggers", "sources", "reviewed",
)
JOURNEY_KEYS = ("kind", "id", "name", "lang", "owner", "status", "persona", "other_personas", "goal", "summary", "reviewed",
                "sources", "stages")
STAGE_KEYS = (
    "id", "name", "goal", "touchpoints", "doing", "thinking", "feeling", "emotion",
    "barriers", "pain_points", "love_points", "metrics", "opportunities",
)
SOURCE_KEYS = ("id", "type", "date", "n", "link", "note")
OPPORTUNITY_KEYS = ("action", "owner", "due", "status")
DEMOGRAPHIC_KEYS = ("age", "gender", "location", "education", "occupation", "income", "household")
PSYCHOGRAPHIC_KEYS = ("values", "interests", "personality", "lifestyle", "attitudes")
TRAIT_KEYS = ("text", "sources")
TOUCHPOINT_KEYS = ("channel", "description")

_PERSONA_TRAIT_LISTS = (
    "goals", "needs", "pain_points", "motivations", "behaviours", "channels", "expectations",
    "reasons", "substitutes", "purchase_triggers", "abandon_triggers",
)


@dataclass(frozen=True)
class Shape:
    """How to order one mapping, and the shapes of the values below it."""

    order: tuple[str, ...]
    children: dict[str, "Shape | ListOf"] = field(default_factory=dict)
    dates: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ListOf:
    """A sequence whose items all have one shape."""

    item: Shape


_TRAIT = ListOf(Shape(TRAIT_KEYS))
_SOURCE = Shape(SOURCE_KEYS, dates=frozenset({"date"}))
_PERSONA = Shape(
    PERSONA_KEYS,
    children={
        "demographics": Shape(DEMOGRAPHIC_KEYS),
        "psychographics": Shape(PSYCHOGRAPHIC_KEYS, children={k: _TRAIT for k in PSYCHOGRAPHIC_KEYS}),
        **{k: _TRAIT for k in _PERSONA_TRAIT_LISTS},
        "sources": ListOf(_SOURCE),
    },
    dates=frozenset({"reviewed"}),
)
_STAGE = Shape(
    STAGE_KEYS,
    children={
        "touchpoints": ListOf(Shape(TOUCHPOINT_KEYS)),
        "barriers": _TRAIT,
        "pain_points": _TRAIT,
        "love_points": _TRAIT,
        "metrics": _TRAIT,
        "opportunities": ListOf(Shape(OPPORTUNITY_KEYS, dates=frozenset({"due"}))),
    },
)
_JOURNEY = Shape(
    JOURNEY_KEYS, children={"sources": ListOf(_SOURCE), "stages": ListOf(_STAGE)}, dates=frozenset({"reviewed"})
)

SHAPES: dict[str, Shape] = {"persona": _PERSONA, "negative-persona": _PERSONA, "journey": _JOURNEY}

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
# Blank lines, comments and `%YAML` directives before a `---`: kept as written, above the laid-out
# document (ruamel would drop a comment above a directive, or move one after the `---`).
_EXPLICIT_START = re.compile(r"\A(?:[ \t]*(?:#[^\n]*)?\n|%YAML[ \t][^\n]*\n)*---(?:[ \t]|$)", re.MULTILINE)
# The document end marker, at the start of a line; in a valid one-document file only blank
# lines, comments and more end markers follow it.
_DOCUMENT_END = re.compile(r"^\.\.\.(?:[ \t]|$)", re.MULTILINE)
# Blanks at the end of a marker line (`... `, `--- `), a directive (`%YAML 1.2 `) or a blank line, above
# `---` or below `...`: dropped, as after a value.  A comment's text is kept as written.
_TRAILING_BLANKS = re.compile(r"^((?:\.\.\.|---|%[^\n#]*?)?)[ \t]+$", re.MULTILINE)
_LINE_END = re.compile(r"\r\n?")
# A `---` line that holds no node, only blanks and maybe a comment.
_MARKER_LINE = re.compile(r"---[ \t]+#[^\n]*\n(?:[ \t]*\n)*")
# What may follow a document end: blank lines, comments and further `...` lines (YAML allows
# several, and lint reads such a file; fmt keeps them as written).
_BLANK_OR_COMMENT = re.compile(r"(?:(?:\.\.\.(?=[ \t\n]|\Z))?[ \t]*(?:#[^\n]*)?(?:\n|\Z))*\Z")
# A `---` (or `...`) line after the first line, and what may follow the end of the one document: only empty
# documents (`---` and `...` lines, blank lines, comments), which lint reads as no second document. A `...`
# before the last `---` (`...`, `# x`, `---`) starts the tail too, or the writer would drop it or its comment.
_LATER_START = re.compile(r"(?<=\n)(?:---|\.\.\.)(?=[ \t\n]|\Z)")
_EMPTY_DOCUMENTS = re.compile(r"(?:(?:---|\.\.\.)?[ \t]*(?:#[^\n]*)?(?:\n|\Z))*\Z")


class FormatError(Exception):
    """The text could not be formatted; ``line``/``column`` are 1-based.

    ``rule`` is ``yaml-syntax`` when the file is not valid YAML (or not one cxkit reads), and
    ``fmt-layout`` when it is valid but fmt cannot lay it out as it is (a comment it cannot place).
    """

    def __init__(self, line: int, column: int, message: str, rule: str = "yaml-syntax") -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message
        self.rule = rule


class _Verbatim(str):
    """A plain key that ruamel would read as a number, a bool or null (`+0:`, `-0e0:`, `True:`),
    where cxkit reads every key as text: kept as that text and written as it was, not as `0`,
    `-0.0` or `true` (nor taken for a duplicate of another spelling of the same number).
    Also an integer too long for Python to read, and a value shaped like a date that is no
    real date (`2026-02-30`), which cxkit reads as text too."""

    tag: str
    anchor: Any = None


_STD = "tag:yaml.org,2002:"
_INT_TAG = _STD + "int"
_FLOAT_TAG = _STD + "float"
_BOOL_TAG = _STD + "bool"
_NULL_TAG = _STD + "null"
_TIMESTAMP_TAG = _STD + "timestamp"
_NOT_TEXT_TAGS = frozenset((_INT_TAG, _FLOAT_TAG, _BOOL_TAG, _NULL_TAG))


def _anchor(name: str | None) -> Any:
    """ruamel's anchor for a value written with ``&name``: written again, and aliases stay aliases."""
    if name is None:
        return None
    anchor = Anchor()
    anchor.value, anchor.always_dump = name, True
    return anchor


def _explicit_tag(node: ScalarNode) -> bool:
    """Whether the node was written with a tag (`!!float -0e0`), not resolved from its text."""
    if getattr(node.ctag, "handle", None) is not None:
        return True
    mark = node.start_mark
    buffer = getattr(mark, "buffer", None)
    return not isinstance(buffer, str) or _properties(buffer, mark.index)[0] is not None  # `!<tag:…>`


class _WrittenTag(Tag):
    """A tag written as the author wrote it (`!!null`, `!<tag:yaml.org,2002:int>`, `!`), and always
    written: equal to no other tag, so ruamel's writer neither drops it nor quotes the value."""

    def __init__(self, written: str) -> None:
        super().__init__(suffix=written)
        self.written = written

    def __eq__(self, other: Any) -> bool:
        return other is self

    def __hash__(self) -> int:
        return id(self)

    @property
    def trval(self) -> str:  # type: ignore[override]
        return self.written

    def startswith(self, prefix: str) -> bool:
        return False  # ruamel's writer turns a tag that starts with `!!` into its own, then drops it

    value = trval  # type: ignore[assignment]


class _RawQuoted(str):
    """A value written exactly as the author wrote it, where ruamel would write it another way:
    a double-quoted one with an escape (`"\\u200b"`, `"\\x41"`, `"\\/"`), for which ruamel
    would write the character itself (an invisible one, a zero-width or no-break space, would
    vanish from sight); a plain or quoted one with a tab in it, which ruamel would write as `\\t`
    in double quotes; and a plain or quoted value on several lines, which ruamel would join."""

    raw: str
    style: str
    anchor: Any = None


def _raw_quoted(node: ScalarNode) -> _RawQuoted | None:
    """The value of such a node, kept as written; else None."""
    mark = node.start_mark
    buffer = getattr(mark, "buffer", None)
    if node.style not in ('"', "'", None, "") or not isinstance(buffer, str):
        return None
    start = _properties(buffer, mark.index)[2]
    raw = buffer[start:node.end_mark.index]
    if not node.style:
        tabbed = _PLAIN_WITH_TAB.get()
        if tabbed is not None and start in tabbed[1]:
            # A plain value with a tab, read with a stand-in for each: the tabs back, written as it was.
            value = _RawQuoted(node.value.replace(tabbed[0], "\t"))
            value.raw, value.style, value.anchor = tabbed[1][start], "", _anchor(node.anchor)
            return value
        # A value on several lines (plain or quoted): ruamel would join them into one.
        if "\n" not in raw or not node.value:
            return None
    elif not (len(raw) >= 2 and raw[0] == raw[-1] == node.style):
        return None
    elif "\t" not in raw and "\n" not in raw and (node.style == "'" or "\\" not in raw):
        return None  # one line, nothing ruamel would write another way
    value = _RawQuoted(node.value)
    value.raw, value.style, value.anchor = raw, node.style or "", _anchor(node.anchor)
    return value


#: The plain values on one line with a tab in them (`- Nie pasuje\trozmiarem`, typed in Notepad), which
#: ruamel's reader refuses: :func:`_lay_out_tabs` gives it each with a stand-in character for its tabs
#: (the same length, so every column stays), and this says which character and where each value
#: starts in that text, with the value as written.  They are written back so, never as `"…\t…"`.
_PLAIN_WITH_TAB: ContextVar[tuple[str, dict[int, str]] | None] = ContextVar("_PLAIN_WITH_TAB", default=None)


class _Tagged:
    """A value written with an explicit tag (`!!null abc`, `!!int 3`, `!!str |`), kept exactly as
    written: tag, text, quotes or block, and anchor.  ruamel would build a value of its own and
    write that back without the tag (`!!null abc` as an empty value, losing "abc"); cxkit reads
    the value from the text and the tag, so the same text and tag keep the same value."""

    def __init__(self, node: ScalarNode, tag: str, anchor: str | None) -> None:
        self.value: str = _raw_quoted(node) or node.value
        self.style: str | None = node.style
        self.tag = tag
        self.anchor = _anchor(anchor)


class _TaggedKey(str):
    """A key written with an explicit tag (`!!int 12:`), kept as written; the text it holds,
    as cxkit reads every key as text (so `!!str kind:` is still the `kind` key)."""

    tagged: _Tagged


# A tag that ends where a node's anchor starts (`!!null &a abc`, where ruamel's node starts at the `&`).
_TAG_BEFORE = re.compile(r"(?:^|(?<=[\s\[{,:?-]))(!<[^>\n]*>|![^\s,\[\]{}]*)\s+\Z")


def _written_tag(node: ScalarNode) -> str | None:
    """The tag written on a scalar, as written (`!!null`, `!<tag:yaml.org,2002:null>`, `!`); None if none."""
    mark = node.start_mark
    buffer = getattr(mark, "buffer", None)
    if not isinstance(buffer, str):
        return None
    tag = _properties(buffer, mark.index)[0]
    if tag is None and node.anchor is not None:
        before = _TAG_BEFORE.search(buffer, max(0, mark.index - 2048), mark.index)
        if before is not None:
            tag = before.group(1)
    if tag is None and getattr(node.ctag, "handle", None) is not None:
        tag = node.ctag.handle + node.ctag.suffix
    return tag


def _empty_tag(node: ScalarNode) -> str | None:
    """The tag of an empty plain value, written before it (its node starts at the next token).

    None in a flow collection or as a key (`[!!str , b]`, `!!null : b`): ruamel would write the
    tag against the next token (`!!str,`), and its own value for the tag is the same data.
    """
    end = node.end_mark
    buffer = getattr(end, "buffer", None)
    if not isinstance(buffer, str):
        return None
    after = buffer[end.index:end.index + 256].lstrip(" \t")
    if after[:1] in (",", "]", "}", ":"):
        return None
    if getattr(node.ctag, "handle", None) is not None:  # the parser's own reading of the tag
        return node.ctag.handle + node.ctag.suffix
    return _written_tag(node)


class _Constructor(RoundTripConstructor):
    """ruamel's round-trip reader, with plain keys that are not text read as the text they are,
    and values with an explicit tag kept as written."""

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        if isinstance(node, ScalarNode) and node not in self.constructed_objects:
            key = id(node) in self.__dict__.setdefault("_key_nodes", set())
            tag = _empty_tag(node) if node.value == "" and not node.style else _written_tag(node)
            if tag is not None and key:
                written = _TaggedKey(node.value)
                written.tagged = _Tagged(node, tag, node.anchor)
                self.constructed_objects[node] = written
            elif tag is not None:
                self.constructed_objects[node] = _Tagged(node, tag, node.anchor)
            else:
                raw = _raw_quoted(node)
                if raw is not None:
                    self.constructed_objects[node] = raw
        elif isinstance(node, (MappingNode, SequenceNode)) and node not in self.constructed_objects:
            # Only the tag ruamel read as the node's own: a block mapping starts where its first
            # key does, and that key's tag (`!!str name:`) is not the mapping's.
            ctag = node.ctag
            tag = ctag.handle + ctag.suffix if getattr(ctag, "handle", None) is not None else None
            data = super().construct_object(node, deep)
            if tag is not None and isinstance(data, (CommentedMap, CommentedSeq)):
                data.yaml_set_ctag(_WrittenTag(tag))  # `!!map {…}`: ruamel would drop the tag
            if node.anchor and isinstance(data, (CommentedMap, CommentedSeq)) and not _has_anchor(data):
                # ruamel's reader drops an anchor whose name looks like one its writer makes up
                # (`&id001`, also PyYAML's), to name it afresh at the first alias: the shared
                # block then moved below its aliases.  The author's name is kept, as any other.
                data.yaml_set_anchor(node.anchor, always_dump=True)
            return data
        return super().construct_object(node, deep)

    def construct_mapping(self, node: Any, maptyp: Any, deep: bool = False) -> Any:  # type: ignore[override]
        keys = self.__dict__.setdefault("_key_nodes", set())
        for key_node, _value in node.value:
            keys.add(id(key_node))
            if (isinstance(key_node, ScalarNode) and not key_node.style and key_node.value
                    and key_node.tag in _NOT_TEXT_TAGS and key_node not in self.constructed_objects
                    and not _explicit_tag(key_node)):
                key = _Verbatim(key_node.value)
                key.tag, key.anchor = key_node.tag, _anchor(key_node.anchor)
                self.constructed_objects[key_node] = key
        return super().construct_mapping(node, maptyp, deep)

    def construct_yaml_int(self, node: Any) -> Any:
        try:
            return super().construct_yaml_int(node)
        except ValueError:
            # Python turns no int of over 4,300 digits into text or back; cxkit reads a plain
            # value that long as text, and so does fmt: it is written back as it was.
            limit = sys.get_int_max_str_digits()
            if node.style or not limit or len(node.value) <= limit:
                raise
            value = _Verbatim(node.value)
            value.tag, value.anchor = _INT_TAG, _anchor(node.anchor)
            return value

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:  # type: ignore[override]
        try:
            return super().construct_yaml_timestamp(node, values)
        except (ValueError, OverflowError):
            # A plain value shaped like a date that is none (`2026-02-30`, `0000-01-01`,
            # `2026-01-01 25:00`): lint reads it as text and reports it where it is written; fmt
            # writes it back as it was instead of refusing the whole file at 1:1.
            value = _Verbatim(node.value)
            value.tag, value.anchor = _TIMESTAMP_TAG, _anchor(node.anchor)
            return value


_Constructor.add_constructor(_INT_TAG, _Constructor.construct_yaml_int)  # the table holds the base class's function
_Constructor.add_constructor(_TIMESTAMP_TAG, _Constructor.construct_yaml_timestamp)


class _WrittenIntOut(int):
    """An int ruamel would write another way (`+5` as 5, `-007` as -07): written as it was."""

    written: str
    anchor: Any = None  # ruamel's Anchor when the number has one (`&a +0`): written, and aliases stay aliases


class _WrittenFloatOut(float):
    """A float ruamel would write another way (`1e400` as .inf, `.NaN` as .nan): written as it was."""

    written: str
    anchor: Any = None


class _WrittenOut:
    """A plain null or bool ruamel would write another way (`~` and `null` as nothing, `True` as
    true): written as it was."""

    def __init__(self, tag: str, written: str, anchor: Any) -> None:
        self.tag, self.written, self.anchor = tag, written, anchor


class _Representer(RoundTripRepresenter):
    """ruamel's round-trip writer with fmt's own values: fmt's subclass, so that registering
    them changes nothing for any other user of ruamel in the same process."""

    def represent_data(self, data: Any) -> Any:
        alias = not self.ignore_aliases(data) and id(data) in self.represented_objects
        node = super().represent_data(data)
        if alias and type(node) in _SEALED:
            # An alias (`*app`) is the anchor's node written once more: ruamel would set the
            # comments of the alias's place on that node, and so take the anchor's own (`x-ops:
            # &ops  # shared`) away from it.  An alias is written without comments of its own.
            comment = node.comment
            node.__class__ = _SEALED[type(node)]
            if comment is not None:
                _NODE_COMMENT.__set__(node, _SealedList(comment))
        return node


_NODE_COMMENT = Node.__dict__["comment"]  # the slot that holds a node's comments


def _sealed(cls: type) -> type:
    """``cls`` with comments that can be read but no longer set (the node is fully represented)."""

    def get(node: Any) -> Any:
        return _NODE_COMMENT.__get__(node, cls)

    def ignore(node: Any, value: Any) -> None:
        pass

    return type(f"_Sealed{cls.__name__}", (cls,), {"__slots__": (), "comment": property(get, ignore)})


_SEALED = {cls: _sealed(cls) for cls in (ScalarNode, SequenceNode, MappingNode)}


class _SealedList(list):
    """A sealed node's comments: ruamel's writer sets the items of an alias's place there too."""

    def __setitem__(self, index: Any, value: Any) -> None:
        pass


_Representer.add_representer(
    _Verbatim, lambda r, data: r.represent_scalar(data.tag, str(data), anchor=data.anchor))
_Representer.add_representer(
    _WrittenIntOut, lambda r, data: r.represent_scalar(_INT_TAG, data.written, anchor=data.anchor))
_Representer.add_representer(
    _RawQuoted, lambda r, data: r.represent_scalar(_STD + "str", data, style=data.style, anchor=data.anchor))
_Representer.add_representer(
    _WrittenOut, lambda r, data: r.represent_scalar(data.tag, data.written, anchor=data.anchor))
_Representer.add_representer(_TaggedKey, lambda r, data: r.represent_data(data.tagged))
_Representer.add_representer(
    _Tagged, lambda r, data: r.represent_scalar(_WrittenTag(data.tag), data.value, style=data.style, anchor=data.anchor))
_Representer.add_representer(
    _WrittenFloatOut, lambda r, data: r.represent_scalar(_FLOAT_TAG, data.written, anchor=data.anchor))


class _Emitter(RoundTripEmitter):
    """ruamel's round-trip writer, which writes a kept tag as the author wrote it."""

    # ruamel writes a key of 128 characters or more as an explicit `? key` on a line of its own;
    # YAML allows a plain `key:` of up to 1024, and the author wrote it so.
    MAX_SIMPLE_KEY_LENGTH = 1000

    def write_post_comment(self, event: Any) -> bool:
        written = super().write_post_comment(event)
        if written and isinstance(event, MappingStartEvent):
            # A comment after a list item's dash (`- # note`) ends its line: the item's keys
            # each start a line of their own (ruamel's writer would, after a comment above the
            # list, write the second key on the line of the first).
            self.no_newline = False
        return written

    def write_pre_comment(self, event: Any) -> bool:
        comments = event.comment[1] if event.comment else None
        if comments and any(isinstance(c, _BlockHeader) for c in comments):
            # A list item's `|  # note`: written on the block's header line (process_scalar
            # takes it from there), not above the dash.
            tokens = [c for c in comments if not isinstance(c, _BlockHeader)]
            if not tokens:
                return False
            event.comment[1] = tokens
            try:
                return super().write_pre_comment(event)
            finally:
                event.comment[1] = comments
        return super().write_pre_comment(event)

    def prepare_tag(self, ctag: Any) -> Any:
        if isinstance(ctag, _WrittenTag):
            return ctag.written
        return super().prepare_tag(ctag)

    def _write_raw(self, text: _RawQuoted) -> None:
        # Each line as written; a continuation line's leading blanks are not part of the
        # value, so it is indented where this writer indents one of its own.
        first, *rest = text.raw.split("\n")
        self.write_indicator(first, True)
        for line in rest:
            self.write_line_break()
            body = line.lstrip(" \t")
            if body:
                pad = " " * max(self.indent or 0, 1)
                self.column = len(pad) + len(body)
                self.stream.write(pad + body)
        self.whitespace = self.indention = False

    def write_double_quoted(self, text: Any, split: Any = True) -> None:
        if isinstance(text, _RawQuoted):
            self._write_raw(text)
        else:
            super().write_double_quoted(text, split)

    def write_plain(self, text: Any, split: Any = True) -> None:
        if isinstance(text, _RawQuoted):
            self._write_raw(text)
        else:
            super().write_plain(text, split)

    def write_single_quoted(self, text: Any, split: Any = True) -> None:
        if isinstance(text, _RawQuoted):
            self._write_raw(text)
        else:
            super().write_single_quoted(text, split)

    def choose_scalar_style(self) -> Any:
        if isinstance(self.event.value, _RawQuoted):
            return self.event.value.style
        if isinstance(self.event.ctag, _WrittenTag) and not self.event.style:
            return ""  # plain as written (`[!!null, b]`): quotes would make it text
        return super().choose_scalar_style()


class _BlockHeader(str):
    """The comment on the header line of a list item's block value (`- |  # note`).

    ruamel's reader keeps it with the list item as text, where its writer expects comment
    tokens: the writer then dropped every comment of the list's items (it calls ``reset``
    on each).  As this, it is written back on the header line, as for a key's block value."""

    def reset(self) -> None:
        pass


def _keep_block_headers(data: Any) -> None:
    """Mark each list item's block header comment as a :class:`_BlockHeader`."""
    for obj in _each_once(data, (CommentedMap, CommentedSeq), _data_children):
        if not isinstance(obj, CommentedSeq):
            continue
        for index, entry in obj.ca.items.items():
            if (entry and entry[1] and isinstance(index, int) and index < len(obj)
                    and isinstance(obj[index], (LiteralScalarString, FoldedScalarString))):
                marked = [_BlockHeader(c) if type(c) is str else c for c in entry[1]]
                # ruamel's writer takes the header comment from the first place only: after a
                # comment on a line of its own that ended the item above (ruamel keeps it here
                # too, before the header), it would be lost.
                entry[1] = ([c for c in marked if isinstance(c, _BlockHeader)]
                            + [c for c in marked if not isinstance(c, _BlockHeader)])


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.Representer = _Representer
    yaml.Emitter = _Emitter
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 2**31 - 1  # never re-wrap an author's long sentence, however long
    yaml.allow_unicode = True
    return yaml


def format_text(text: str) -> str:
    """Return ``text`` in cxkit's canonical layout; raise :class:`FormatError` if it cannot.

    ``text`` must hold one cxkit document (a mapping with a known ``kind``).
    """
    parsed = _PARSED.get()
    if parsed is not None and parsed[0] == text and laid_out_already(text, parsed[1]):
        return text  # laid out already, as the tree lint's parser built of it shows: no round trip
    result = _format_merged(text)
    if result != text:
        # fmt's output is canonical: formatted again, it stays as it is (else `fmt --check` would
        # refuse the file fmt itself wrote).  Checked only when something changed: proven from the
        # tree lint's parser builds of it (a few ms) when the result is in the plain subset
        # :func:`laid_out_already` proves, as nearly every file is; else by a second round trip
        # (some 20 ms a file: a third of the cost of a file fmt changes).
        if laid_out_already(result, load_text(result).root):
            return result
        quiet = _NOTES.set(None)  # the notes are the first layout's
        try:
            again = _format_merged(result)
        except FormatError as exc:
            again = f"refused ({exc.message})"
        finally:
            _NOTES.reset(quiet)
        if again != result:
            raise FormatError(1, 1, "cxkit fmt would lay this file out in a form it would lay out another way the "
                              "next time; left untouched (please report it)", "fmt-layout")
    return result


def _format_merged(text: str) -> str:
    """:func:`_format_once`, the mappings that merge another (`<<: *base`) in canonical order too;
    should that layout fail its checks, with those mappings' keys as written (as before)."""
    if "<<" not in text:
        return _format_once(text)
    notes = _NOTES.get()
    said = len(notes) if notes is not None else 0
    try:
        return _format_once(text, merges=True)
    except FormatError:
        if notes is not None:
            del notes[said:]  # the notes of the layout given up
        return _format_once(text)


def _format_once(text: str, merges: bool = False) -> str:
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        # Ordinary characters (YAML 1.2), which the parser would take for line ends: laid out
        # as stand-ins and put back, so a pasted U+2028 neither breaks the file nor moves.
        shielded, back = shield_non_breaks(text)
        if back is not None:
            return _format_flows(shielded, merges).translate(back)
    return _format_flows(text, merges)


def _format_flows(text: str, merges: bool = False) -> str:
    """:func:`_format_text`, each flow list or mapping written over several lines in block style (see
    :func:`_unfold_wrapped_flows`); should that layout fail its checks (a comment after the closing `]` that
    the block layout would move), with those collections joined onto one line, as fmt wrote them before."""
    notes = _NOTES.get()
    said = len(notes) if notes is not None else 0
    unfolded: list[bool] = []
    token = _UNFOLD.set(unfolded)
    try:
        return _format_text(text, merges)
    except FormatError:
        if not any(unfolded):
            raise
    finally:
        _UNFOLD.reset(token)
    if notes is not None:
        del notes[said:]  # the notes of the layout given up
    token = _UNFOLD.set(None)
    try:
        return _format_text(text, merges)
    finally:
        _UNFOLD.reset(token)


#: Set by :func:`_format_flows`: a list to say whether a flow collection was unfolded in, or None: none is.
_UNFOLD: ContextVar[list[bool] | None] = ContextVar("cxkit_fmt_unfold", default=None)


def _format_text(text: str, merges: bool = False) -> str:
    from ruamel.yaml.error import MarkedYAMLError

    # Laid out with LF; the file's line end (the most common one, CR LF or a lone CR included,
    # which the parser reads as breaks too) is put back.  Every end is an LF before anything
    # looks for lines: a `...` after a lone CR must not pass unseen.
    ending = "\n"
    source = text
    if "\r" in text:
        crlf = text.count("\r\n")
        ending = max((text.count("\n") - crlf, "\n"), (crlf, "\r\n"), (text.count("\r") - crlf, "\r"))[1]
        source = _LINE_END.sub("\n", text)
    # `...` and the comments after it belong to no node, so the loader would drop them: they
    # are kept as written, after the laid-out document.
    tail = ""
    end = _DOCUMENT_END.search(source)
    if end is not None:
        after = source.find("\n", end.start())
        if after < 0 or _BLANK_OR_COMMENT.match(source, after + 1):
            source, tail = source[: end.start()], source[end.start():]
            tail = _TRAILING_BLANKS.sub(r"\1", tail)
    if not tail and "---" in source:
        # So do empty documents at the end (a last `---`, as generated YAML ends), which lint reads as none.
        last = next((m.start() for m in _LATER_START.finditer(source) if _EMPTY_DOCUMENTS.match(source, m.start())), None)
        if last is not None:
            source, tail = source[:last], _TRAILING_BLANKS.sub(r"\1", source[last:])
    # Likewise the comments above a `---` (a yaml-language-server schema line, say): kept as written.
    head = ""
    start = _EXPLICIT_START.match(source)
    if start is not None:
        cut = source.rfind("---", 0, start.end())  # the marker ends the match, maybe with a space after it
        marker = _MARKER_LINE.match(source, cut)
        if marker is not None:
            # A `---` line with nothing but a comment after it is kept as written too: ruamel
            # would move the comment to a line of its own below the marker.
            cut = marker.end()
        if cut > 0:
            head, source = source[:cut], source[cut:]
            head = _TRAILING_BLANKS.sub(r"\1", head)
    above = head.count("\n")  # lines set aside above a `---`: positions count them
    yaml = _yaml()
    original = source
    old = load_text(original)  # the file as lint reads it: what the layout must keep
    if old.root is None and old.problems and "\t" in original and old.problems[0].message.endswith(_TAB_INDENT):
        # A file indented with tabs (Notepad, a paste from Word): YAML reads none of it.  Every indented line led by
        # tabs alone (spaces after them only, as under a list item's dash) reads one way: a tab a level, laid out
        # as 2 spaces.  Any other mix of tabs and spaces is left to a person, told how.
        untabbed = _tabs_as_levels(original)
        if untabbed is None:
            problem = old.problems[0]
            raise FormatError(problem.line + above, problem.column, problem.message + MIXED_TABS)
        retry = load_text(untabbed)
        if retry.root is not None:
            original = source = untabbed
            old = retry
    if old.root is None and old.problems:
        # ruamel's reader takes a few files lint's refuses (an anchor defined twice): the
        # file's problem is told as lint tells it, where it is, not as a failed layout at 1:1.
        whole = load_text(head + original) if above else old  # positions and lines as the file has them
        problem = whole.problems[0] if whole.problems else old.problems[0]
        raise FormatError(problem.line + (above if whole is old else 0), problem.column, problem.message)
    if old.wrapped:  # a plain value written over lines: rare
        _refuse_merged_items(old, above)
    if old.root is not None and _SUPPRESSION.search(original):
        _check_joined_suppressions(old, above)
    _LIFTED_ABOVE_FIRST.set(0)
    if "#" in source and old.root is not None:
        source = _lift_value_comments(source, old.root)
    if "\t" in source:
        source = _indent_tab_comments(source)
    try:
        try:
            data = yaml.load(source)
        except MarkedYAMLError as exc:
            # ruamel's scanner refuses tabs that YAML 1.2 (and the parser lint uses) allow: between
            # tokens and inside unquoted values.  Laid out another way, the result is still checked
            # against the file as it was.
            laid_out = _lay_out_tabs(source) if "\t" in source else None
            if laid_out is None:
                raise  # the parser lint uses refuses it too: invalid YAML
            untabbed, back, plain = laid_out
            if untabbed == source:
                if not _at_tab(untabbed, exc):
                    raise
                raise _tab_refused(source, exc, back, above) from None
            reset = _PLAIN_WITH_TAB.set(plain)
            try:
                data = _yaml().load(untabbed)
            except MarkedYAMLError as again:
                if not _at_tab(untabbed, again):
                    raise exc from None  # not a tab after all: the error as the file has it
                raise _tab_refused(source, again, back, above) from None
            finally:
                _PLAIN_WITH_TAB.reset(reset)
            source = untabbed
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        raise FormatError(line + above, col, f"invalid YAML: {exc.problem or exc.context}") from None
    except FormatError:
        raise
    except Exception as exc:  # noqa: BLE001 - ruamel's constructors raise KeyError, IndexError... on odd tagged values
        tag = _TAG.search(source)
        if tag is not None:
            line, col = _line_col(source, tag.start(1))
            raise FormatError(line + above, col,
                              f"cannot lay out the value tagged {tag.group(1)}: {type(exc).__name__}: {exc}",
                              "fmt-layout") from None
        raise FormatError(1, 1, f"cannot format: {exc}", "fmt-layout") from None
    if not isinstance(data, CommentedMap):
        raise FormatError(1, 1, "a cxkit document is a YAML mapping with a `kind` key")
    kind = old.data.get("kind") if isinstance(old.data, dict) else None  # as lint reads it (`kind: !!str persona`)
    shape = SHAPES.get(kind) if isinstance(kind, str) else None
    if shape is None:
        raise FormatError(1, 1, "not a cxkit document (unknown `kind`)")
    unfold = _UNFOLD.get()
    if unfold is not None and ("[" in source or "{" in source) and old.root is not None:
        comments = list(_comment_starts(old.text, in_value(old.root, old.text))) if "#" in old.text else []
        unfold.append(_unfold_wrapped_flows(old.root, data, old.text, comments))
    if "&" in source and _ALIAS_THEN_COMMENT.search(source):  # an alias needs an anchor
        _check_alias_comments(source, above)
    if "?" in source:
        _check_empty_keys(data, source, above)
        if "#" in source:
            _check_explicit_key_comments(data, source, above)
    if "&" in source and "#" in source:
        _anchor_line_comments(data)
    before = _comment_lines(data)
    if "&" in source:  # an anchor is written `&name`: without one, no tree walk
        _keep_anchors(data)
    if "#" in source and ("|" in source or ">" in source):
        _keep_block_headers(data)
    _keep_written(data, old.root, original, lambda text: yaml.resolver.resolve(ScalarNode, text, (True, False)))
    try:
        if "&" in source:
            _mark_aliases(data)
        _apply(data, shape, None, source.split("\n"), 0, "&" in source, merges)
    except _WideSuppression as exc:
        comment, key_line = exc.args
        rows = source.split("\n")[:key_line]  # the comment stands above the key's line (ruamel's, 0-based)
        line = next((i for i in range(len(rows) - 1, -1, -1) if rows[i].strip() == comment), 0) + 1
        col = (rows[line - 1].index(comment) + 1) if line <= len(rows) and comment in rows[line - 1] else 1
        raise FormatError(line + above, col, "cxkit fmt would move the key below this suppression to the top of its "
                          "list item, where a comment on a line of its own reaches every key of the item, and no "
                          "other place is free (another suppression or comment is on the key's line); left untouched "
                          "— write one suppression, at the end of the key's line, then run fmt again",
                          "fmt-layout") from None
    yaml.explicit_start = bool(_EXPLICIT_START.match(source))
    # ruamel writes `[{channel: web}]` as `[channel: web]`; the braces stay, unless the author
    # wrote a one-pair mapping in a list without them.
    yaml.brace_single_entry_mapping_in_flow_sequence = not _compact_pairs(old.root, original)
    out = io.StringIO()
    try:
        yaml.dump(data, out)
    except Exception as exc:  # noqa: BLE001 - ruamel's writer fails on a few odd values (`&a -0e0`)
        # The one known case is a float with an exponent and no dot, zero or below the smallest.
        odd = _EXPONENT_ONLY.search(source)
        if odd is None:
            raise FormatError(1, 1, f"cxkit could not lay this file out ({type(exc).__name__}: "
                              f"{exc}); left untouched (please report it)", "fmt-layout") from None
        line, col = _line_col(source, odd.start(1))
        raise FormatError(line + above, col, "cxkit cannot lay out this number: the YAML writer it uses fails on "
                          "a float with an exponent and no dot; left untouched — write it with a dot (-0.0e0) "
                          "or in quotes", "fmt-layout") from None
    result = out.getvalue().lstrip("\n")  # ruamel drops leading blank lines on the next read anyway
    if result.endswith("\n...\n"):
        # ruamel ends the document after a kept (|+) last value, so that a next document could
        # follow; a cxkit file holds one, and the blank lines at its end are the value's with or
        # without the marker.  The author's own marker, if any, is in ``tail``.
        result = result[:-4]
    elif tail and not result.endswith("\n"):
        result += "\n"
    if _DASH_ONLY.search(result):
        result = _strip_dash_lines(result)
    if result == source and source is original:
        # Already laid out (the usual case in CI): nothing to verify or align.  The text as written,
        # unless it mixes line ends (all become its most common one) or the lines set aside above
        # `---` or below `...` ended in blanks.
        whole = head + result + tail
        return whole if ending == "\n" else whole.replace("\n", ending)
    kept = [(comment, line + above, col) for comment, line, col in _comments(original, old.root)]
    try:
        again = _verify(old, above, result, before, kept, False)  # the places: once aligned
    except FormatError as exc:
        node = _node_at(old.root, exc.line - above, exc.column) if "changing this value" in exc.message else None
        if node is None:
            raise
        if node.style == ">" and re.search(r"(?:\A|\n)\t", node.value):
            # ruamel's writer takes only a space, not a tab, for the start of a line that keeps
            # its line breaks, and adds a blank line around it.
            raise FormatError(exc.line, exc.column, "cxkit cannot lay out this folded (>) value: a line of it starts "
                              "with a tab, and the YAML writer it uses would add line breaks around that line; left "
                              "untouched — write the value as a literal block (|) or in double quotes with \\t "
                              "for the tab", "fmt-layout") from None
        tag = _properties(original, node.start_mark.index)[0]
        if tag is not None:
            # ruamel builds real values for explicit tags (!!float 1 -> 1.0)
            raise FormatError(exc.line, exc.column, f"cxkit cannot lay out a value with an explicit tag "
                              f"({tag}) without changing it; write the value without the tag", "fmt-layout") from None
        raise
    try:
        aligned = _align_comments(source, result, data, again)
    except Exception:  # noqa: BLE001 - alignment is cosmetic; the verified layout stands
        aligned = result
    placed = False
    if aligned != result:
        try:
            _verify(old, above, aligned, before, kept)
            result, placed = aligned, True
        except FormatError:
            pass
    if not placed:
        # Not aligned: the comments must stand where they stood all the same.
        _check_places(old, above, result, load_text(result))
    if _SUPPRESSION.search(original):
        _check_suppressions(old, above, load_text(result))
    result = head + result + tail
    return result if ending == "\n" else result.replace("\n", ending)


def _unfold_wrapped_flows(node: Any, data: Any, text: str, comments: list[int], depth: int = 0) -> bool:
    """Write in block style each flow list or mapping (`[…]`, `{…}`) the author wrote over several lines:
    ruamel's writer would join it onto one line, however long (a journey's `stages: [{…},` over three lines
    became one line of 337 characters).  One written on one line stays a flow collection on one line, so a
    wrapped list of one-line mappings becomes a list of them, an item a line, much as it was written.
    One with a comment inside, or after it on its last line (`  Biegać]  # z wywiadu`), stays as it is (the
    layout ruamel's writer gives such a comment is fmt's own; block style would move the latter).
    ``node`` is the file's node as lint's reader built it in ``text``, ``data`` the same value as ruamel's
    loader built it, ``comments`` where the file's comments start (a `#` in a quoted value or a link is text: no comment).
    Whether any was changed."""
    if depth > 200 or not isinstance(node, (MappingNode, SequenceNode)):
        return False
    changed = False
    if isinstance(data, (CommentedMap, CommentedSeq)) and node.flow_style and node.end_mark.line > node.start_mark.line:
        if comments:
            stop = text.find("\n", node.end_mark.index)
            if any(node.start_mark.index < at < (stop if stop >= 0 else len(text)) for at in comments):
                return False
        data.fa.set_block_style()
        changed = True
    if isinstance(node, SequenceNode) and isinstance(data, CommentedSeq):
        for child, value in zip(node.value, data):
            changed = _unfold_wrapped_flows(child, value, text, comments, depth + 1) or changed
    elif isinstance(node, MappingNode) and isinstance(data, CommentedMap):
        for key, child in node.value:
            if isinstance(key, ScalarNode) and not key.tag.endswith(":merge") and key.value in data:
                changed = _unfold_wrapped_flows(child, data[key.value], text, comments, depth + 1) or changed
    return changed


def _refuse_merged_items(old: LoadedYAML, above: int) -> None:
    """Leave a file alone in which YAML read a list item as more text of the value above it (lint's CX006,
    merged-list-item: `reviewed: 2025-11-20` over `    - Wants…`).  Laid out, that line would be indented as
    the value's next line, two spaces in, so that it looks even more like a list item while it is none; which
    list it belongs to (or whether the dash is part of the text) is the author's call, so fmt does not guess.
    Raises lint's own message (in Polish in a Polish workspace), at the line lint reports."""
    from .cliutil import RUN_IN_POLISH
    from .lint.rules.layout import _message, _message_pl

    text = old.text
    silenced: Callable[[int], bool] = lambda _line: False
    if _SUPPRESSION.search(text):
        # A line lint does not report (`# cxkit: disable=merged-list-item`: the dash belongs to the text) is
        # the author's call made: laid out as any value written over lines.
        from .lint.engine import parse_suppressions
        from .lint.rule import all_rules

        said = parse_suppressions(text, all_rules(), old.root)
        if said.file.keys() & {"merged-list-item", "all"}:
            return
        silenced = lambda line: any(names & {"merged-list-item", "all"} for _l, _c, names in said.lines.get(line, ()))
    for node, holder in old.wrapped:
        rows = text[node.start_mark.index:node.end_mark.index].split("\n")
        for number, row in enumerate(rows[1:], node.start_mark.line + 2):
            body = row.lstrip(" \t")
            if body[:1] == "-" and body[1:2] in ("", " ", "\t") and not silenced(number):
                said = (_message_pl if RUN_IN_POLISH.get() else _message)(node, holder, body)
                raise FormatError(number + above, len(row) - len(body) + 1,
                                  said + ("; fmt zostawia plik bez zmian do tego czasu" if RUN_IN_POLISH.get()
                                          else "; fmt leaves the file as it is until then"), "merged-list-item")


# Where lint may find a `# cxkit: disable=…` (its own regex decides which count).
_SUPPRESSION = re.compile(r"#[ \t]*cxkit", re.IGNORECASE)


def _line_anchors(root: Any, starts: dict[tuple[Any, ...], tuple[int, Any]] | None = None,
                  ) -> dict[int, set[tuple[Any, ...]]]:
    """What each line (1-based) of a text holds, as fmt cannot move it: keys and scalar values
    by their path, and each line of a value on several lines by its place in the value.

    A mapping (a list item, the document) starts on its first key's line, which fmt changes:
    it is left out, unless lint reports something about the mapping itself there (``starts``,
    from :func:`_mapping_findings`: a missing required field), which a suppression on that
    line silences."""
    out: dict[int, set[tuple[Any, ...]]] = {}
    for path, (line, _first) in (starts or {}).items():
        out.setdefault(line, set()).add(("start", path))

    def value(node: Any, path: tuple[Any, ...]) -> None:
        start, end = node.start_mark.line, node.end_mark.line
        if node.style in ("|", ">"):
            out.setdefault(start + 1, set()).add(("value", path))
            last = end if node.end_mark.column else end - 1  # a block ends at the start of the next line
            for line in range(start + 1, last + 1):
                out.setdefault(line + 1, set()).add(("line", path, line - start))
        else:
            for line in range(start, end + 1):
                out.setdefault(line + 1, set()).add(("line", path, line - start) if end > start else ("value", path))

    for node, path in _walk_nodes(root):
        if isinstance(node, MappingNode):
            for key, child in node.value:
                name = key.value if isinstance(key, ScalarNode) else ("?", key.start_mark.index)
                out.setdefault(key.start_mark.line + 1, set()).add(("key", (*path, name)))
                if isinstance(child, ScalarNode):
                    value(child, (*path, name))
        elif isinstance(node, SequenceNode):
            for i, item in enumerate(node.value):
                if isinstance(item, ScalarNode):
                    value(item, (*path, i))
    return out


def _walk_nodes(root: Any) -> Iterator[tuple[Any, tuple[Any, ...]]]:
    """Every mapping and list of lint's tree with its path, each once (an alias is its anchor's node)."""
    seen: set[int] = set()
    todo = [(root, ())]
    while todo:
        node, path = todo.pop()
        if id(node) in seen or not isinstance(node, (MappingNode, SequenceNode)):
            continue
        seen.add(id(node))
        yield node, path
        if isinstance(node, MappingNode):
            todo.extend((child, (*path, key.value if isinstance(key, ScalarNode) else ("?", key.start_mark.index)))
                        for key, child in node.value)
        else:
            todo.extend((item, (*path, i)) for i, item in enumerate(node.value))


def _mapping_findings(loaded: LoadedYAML) -> dict[tuple[Any, ...], tuple[int, Any]]:
    """The mappings lint reports a schema finding about at their own start (a list item or the
    document missing a required field): path -> (the 1-based line the mapping starts on, its
    first key)."""
    from .model.validate import validate
    from .yamlio import _entry

    if not isinstance(loaded.data, dict) or not isinstance(loaded.root, MappingNode):
        return {}
    _model, issues = validate(loaded.data, extensions="x-" in loaded.text)
    out: dict[tuple[Any, ...], tuple[int, Any]] = {}
    for issue in issues:
        # Where lint's `locate` puts the finding: the start of the node it ends at, or a key.
        node: Any = loaded.root
        at: Any = node
        path: tuple[Any, ...] = ()
        for part in issue.path:
            if isinstance(node, MappingNode) and isinstance(part, str):
                found = _entry(node, part)
                if found is None:
                    break
                node = found[1]
                at = None if issue.at_key else node
            elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = at = node.value[part]
            else:
                break
            path = (*path, part)
        if isinstance(at, MappingNode) and at.value and at is node:
            first = at.value[0][0]
            out[path] = (at.start_mark.line + 1, first.value if isinstance(first, ScalarNode) else None)
    return out


def _suppression_reach(
    loaded: LoadedYAML, starts: dict[tuple[Any, ...], tuple[int, Any]] | None = None,
) -> dict[tuple[int, int], tuple[str, frozenset[tuple[Any, ...]]]]:
    """Each `# cxkit: disable=…` of a text, as lint reads it: (line, column) -> (its text, what it reaches)."""
    from .lint.engine import parse_suppressions
    from .lint.rule import all_rules

    sup = parse_suppressions(loaded.text, all_rules(), loaded.root)
    anchors = _line_anchors(loaded.root, starts)
    rows = loaded.text.split("\n")
    reach: dict[tuple[int, int], set[tuple[Any, ...]]] = {}
    for target, entries in sup.lines.items():
        for line, col, _names in entries:
            reach.setdefault((line, col), set()).update(anchors.get(target, ()))
    return {(line, col): (rows[line - 1][col - 1:].rstrip() if line <= len(rows) else "", frozenset(found))
            for (line, col), found in reach.items()}


_MOVED_START = (
    "cxkit fmt cannot lay this file out without changing what this suppression applies to: lint reports "
    "what is wrong with {what} itself (a missing required field) on its first line, line {start} (`{first}:`), "
    "and fmt would put `{later}:` first, so the suppression would silence that finding where it did not, or no "
    "longer silence it; left untouched — write `{later}:` first yourself, with the suppression at the end "
    "of the line it is for (the first line, to silence what lint says of {what}), then run fmt again")
_JOINED = ("cxkit fmt cannot lay this file out without changing what this suppression applies to (lint would "
           "report other findings); left untouched — a key and a value on two lines are written on one: write "
           "them so, or put the suppression at the end of the line it is for, then run fmt again")


def _check_joined_suppressions(old: LoadedYAML, above: int) -> None:
    """Refuse, before any layout, a suppression that reaches a key's line or its value's line,
    not both, where the value stands on a line below the key (`name:` / `TODO`): fmt writes
    them on one line, where it would reach both."""
    from .lint.engine import parse_suppressions
    from .lint.rule import all_rules

    split: dict[int, int] = {}  # key line <-> value line (1-based), for each such entry
    for node, _path in _walk_nodes(old.root):
        if isinstance(node, MappingNode) and not node.flow_style:
            for key, value in node.value:
                if (isinstance(value, ScalarNode) and value.style not in ("|", ">")
                        and value.start_mark.line > key.end_mark.line):
                    split[key.start_mark.line + 1] = value.start_mark.line + 1
                    split[value.start_mark.line + 1] = key.start_mark.line + 1
    if not split:
        return
    reach: dict[tuple[int, int], set[int]] = {}
    for target, entries in parse_suppressions(old.text, all_rules(), old.root).lines.items():
        for line, col, _names in entries:
            reach.setdefault((line, col), set()).add(target)
    for (line, col), targets in sorted(reach.items()):
        if any(target in split and split[target] not in targets for target in targets):
            raise FormatError(line + above, col, _JOINED, "fmt-layout")


def _check_suppressions(old: LoadedYAML, above: int, new: LoadedYAML) -> None:
    """Refuse a layout where a `# cxkit: disable=…` reaches other keys or values than it did:
    lint would then report other findings than before."""
    starts, now_starts = _mapping_findings(old), _mapping_findings(new)
    have = Counter(_suppression_reach(new, now_starts).values())
    for (line, col), said in sorted(_suppression_reach(old, starts).items()):
        if have[said] <= 0:
            for path, (start, first) in starts.items():
                later = now_starts.get(path, (0, first))[1]
                if later != first and (("start", path) in said[1] or ("key", (*path, later)) in said[1]):
                    # The finding about the mapping itself moves to the line of the key fmt puts first.
                    what = "the list item" if path and isinstance(path[-1], int) else "the mapping" if path else "the document"
                    raise FormatError(line + above, col, _MOVED_START.format(
                        what=what, first=first, later=later, start=start + above), "fmt-layout")
            raise FormatError(line + above, col, "cxkit fmt cannot lay this file out without changing what this "
                              "suppression applies to (lint would report other findings); left untouched (please "
                              "report it; putting the suppression at the end of the line it is for may help)",
                              "fmt-layout")
        have[said] -= 1


#: How many comment lines :func:`_lift_value_comments` put above the file's first key (from between the key
#: and its value): the key's, not the file's header, though they open the file now (see :func:`_pop_start`).
_LIFTED_ABOVE_FIRST: ContextVar[int] = ContextVar("fmt_lifted_above_first", default=0)


def _first_key_start(root: Any) -> int | None:
    """Where the first key of the file's top mapping starts (None: the file is no block mapping)."""
    if isinstance(root, MappingNode) and not root.flow_style and root.value:
        return root.value[0][0].start_mark.index
    return None


def _lift_value_comments(text: str, root: Any) -> str:
    """``text`` with each comment line between a key and its value (`name:` / `# note` /
    `Bartek`) moved above the key, indented like it.

    YAML allows comment lines there; ruamel's reader keeps them nowhere when the value is a
    scalar, so fmt would lose them.  Above the key the comment still speaks of that key (and
    moves with it).  The blank lines between the key and its value go.
    """
    from ruamel.yaml.nodes import Node

    moves: list[tuple[int, int, int, int]] = []  # (key line start, key column, gap start, gap end)
    for node in _each_once(root, (MappingNode, SequenceNode), _node_children):
        if not isinstance(node, MappingNode) or node.flow_style:
            continue
        for key, value in node.value:
            if not isinstance(key, Node) or not isinstance(value, Node):
                continue
            start = value.start_mark.index
            if start < key.end_mark.index:
                # An alias (`x-cytat:` / `# note` / `*cytat`): its node is where its anchor is.
                start = _alias_at(text, key.end_mark.index)[0]
            elif not isinstance(value, ScalarNode) or value.style in ("|", ">"):
                continue
            if text.count("\n", key.end_mark.index, start) == 0:
                continue
            gap_start = text.find("\n", key.end_mark.index)
            if gap_start < 0 or gap_start >= start:
                continue
            line_start = text.rfind("\n", 0, key.start_mark.index) + 1
            if text[line_start:key.start_mark.index].strip(" -"):
                continue  # a key after something else on its line (`- &a name:`): left as it is
            moves.append((line_start, key.start_mark.index - line_start, gap_start + 1,
                          text.rfind("\n", 0, start) + 1))
    first = _first_key_start(root)
    for line_start, column, gap_start, gap_end in sorted(moves, reverse=True):
        lines = text[gap_start:gap_end].split("\n")[:-1]
        comments = [line.lstrip(" \t") for line in lines if line.lstrip(" \t").startswith("#")]
        if not comments:
            continue
        if line_start + column == first:
            # Above the file's first key they would read as the file's header: they are the key's.
            _LIFTED_ABOVE_FIRST.set(len(comments))
        rest = ""  # the gap holds blank lines besides the comments: no data, and no place above the key
        key_at = line_start + column
        dashes = text[line_start:key_at]
        if dashes.strip():
            # The first key of a list item (`- text:`): the comment goes after the dash, the
            # key to the next line, where the item's other keys start.
            lifted = dashes.rstrip(" ") + " " + comments[0] + "\n"
            lifted += "".join(" " * column + comment + "\n" for comment in comments[1:]) + " " * column
        else:
            lifted = "".join(" " * column + comment + "\n" for comment in comments) + dashes
        text = text[:line_start] + lifted + text[key_at:gap_start] + rest + text[gap_end:]
    return text


# A line of nothing but sequence dashes with blanks after them: ruamel writes an empty list
# item as `- ` (a trailing space that editors and pre-commit hooks would strip again).
_DASH_ONLY = re.compile(r"^([ ]*-(?:[ ]+-)*)[ ]+$", re.MULTILINE)


def _strip_dash_lines(result: str) -> str:
    from ruamel.yaml.cyaml import CBaseLoader

    loader = CBaseLoader(result)
    try:
        root = loader.get_single_node()
    except Exception:  # noqa: BLE001 - left as it is: the check that follows reports the layout
        return result
    finally:
        loader.dispose()
    inside: set[int] = set()  # the lines of a multi-line value are the author's, blanks and all
    for node in scalar_nodes(root):
        end = node.end_mark.line if node.end_mark.column else node.end_mark.line - 1  # a block ends at a line's start
        inside.update(range(node.start_mark.line + 1, end + 1))
    lines = result.split("\n")
    for i, line in enumerate(lines):
        if i not in inside:
            m = _DASH_ONLY.match(line)
            if m is not None:
                lines[i] = m.group(1)
    return "\n".join(lines)


def _each_once(root: Any, kinds: tuple[type, ...], children: Callable[[Any], Iterable[Any]]) -> Iterator[Any]:
    """Every container of ``kinds`` under ``root``, each once: an alias shares its anchor's node."""
    seen: set[int] = set()
    todo = [root]
    while todo:
        obj = todo.pop()
        if id(obj) in seen or not isinstance(obj, kinds):
            continue
        seen.add(id(obj))
        yield obj
        todo.extend(children(obj))


def _node_children(node: Any) -> Iterable[Any]:
    return [part for pair in node.value for part in pair] if isinstance(node, MappingNode) else node.value


def _compact_pairs(root: Any, text: str) -> bool:
    """Whether a flow list in ``text`` holds a mapping written without braces (`[a: 1]`)."""
    for node in _each_once(root, (MappingNode, SequenceNode), _node_children):
        if isinstance(node, SequenceNode) and node.flow_style:
            for item in node.value:
                if isinstance(item, MappingNode):
                    at = _properties(text, item.start_mark.index)[2]
                    if text[at:at + 1] != "{":
                        return True
    return False


def _check_empty_keys(data: Any, source: str, above: int) -> None:
    """Refuse, where it is, a key with no text (`?` with nothing after it): lint reads it as an
    empty key, and ruamel's writer would write it as `null:`, a key named "null"."""
    for node in _each_once(data, (CommentedMap, CommentedSeq), _data_children):
        if isinstance(node, CommentedMap) and None in node:
            line, col = _pos(node.lc.key, None) or (0, 0)
            rows = source.split("\n")
            row = rows[line] if line < len(rows) else ""
            mark = row.rfind("?", 0, col + 1)
            raise FormatError(line + 1 + above, (mark if mark >= 0 else col) + 1,
                              "cxkit fmt cannot lay out a key with no text (`?` with nothing after it): the YAML "
                              "writer it uses would name it `null`; left untouched — name the key (your own keys "
                              "start with x-) or remove it, then run fmt again", "fmt-layout")


def _check_explicit_key_comments(data: Any, source: str, above: int) -> None:
    """Refuse, where it is, a comment between an explicit key and its value (`? key  # note`
    or a comment line before the `:`): ruamel's writer drops the `?` and writes the comment
    between the key and its colon, which is no longer YAML."""
    for node in _each_once(data, (CommentedMap, CommentedSeq), _data_children):
        if not isinstance(node, CommentedMap):
            continue
        for key, entry in node.ca.items.items():
            token = entry[0] if isinstance(entry, list) and entry else None
            if not isinstance(token, CommentToken):
                continue
            if not isinstance(key, str) or "\n" in key or len(key) >= _Emitter.MAX_SIMPLE_KEY_LENGTH:
                continue  # written as an explicit `? key` again, its comment with it
            rows = source.split("\n")
            line = token.start_mark.line if token.start_mark is not None else 0
            while line < len(rows) - 1 and "#" not in rows[line]:
                line += 1  # a token that starts with a line break: its comment is on a later line
            col = rows[line].find("#") + 1 if line < len(rows) and "#" in rows[line] else 1
            raise FormatError(line + 1 + above, col, "cxkit fmt cannot keep a comment between an explicit key (`? key`) "
                              "and its value (`: value`): the YAML writer it uses would break the key; left untouched "
                              "— move the comment above the `?` line or to the end of the value's line, then run fmt "
                              "again", "fmt-layout")


def _data_children(obj: Any) -> Iterable[Any]:
    # With the mappings of `<<: &base {…}`, which ruamel keeps beside the mapping's own values.
    values = obj.values() if isinstance(obj, CommentedMap) else obj
    return [*values, *(getattr(obj, merge_attrib, None) or ())]


def _keep_anchors(data: Any) -> None:
    """Write every anchor of a list or mapping, not only the ones an alias uses: ruamel drops
    an anchor no alias refers to (yet), and the author's `&name` with it."""
    for obj in _each_once(data, (CommentedMap, CommentedSeq), _data_children):
        anchor = obj.yaml_anchor()
        if anchor is not None and anchor.value:
            anchor.always_dump = True


# What may be an alias with a comment after it on its line (the parser tells for sure).
_ALIAS_THEN_COMMENT = re.compile(r"\*[^\s,\[\]{}]+[ \t]+#")


def _check_alias_comments(source: str, above: int) -> None:
    """Refuse a comment at the end of a line that ends in an alias (`touchpoints: *app  # note`).

    The YAML writer fmt uses writes nothing after an alias: the comment would land on a line of
    its own, above the next key, and go wherever that key goes."""
    try:
        events = list(_yaml().parse(source))
    except Exception:  # noqa: BLE001 - not for this check to judge: the load reports it
        return
    for event in events:
        if type(event).__name__ != "AliasEvent" or event.end_mark is None:
            continue
        after = re.match(r"[ \t]+#", source[event.end_mark.index:])
        if after is None:
            continue
        line, col = _line_col(source, event.end_mark.index + after.end() - 1)
        raise FormatError(line + above, col, f"the file is valid, but cxkit fmt cannot keep a comment at the end of a line "
                          f"that ends in an alias (*{event.anchor}): the YAML writer it uses writes none after an "
                          "alias, so the comment would move to the next line; left untouched — move the comment to a "
                          "line of its own above the key or the list item, then run fmt again", "fmt-layout")


def _anchor_line_comments(data: Any) -> None:
    """Keep a comment at the end of a `key: &name` line whose block list or mapping starts on the
    next line (`x-wspolne: &ops  # shared ideas`) on that line.

    ruamel stores it as a comment on a line of its own above the first item, and writes it
    there; without the anchor (`key:  # note`) it is the key's end-of-line comment.  Stored
    the way it is without the anchor, it is written where it was."""
    for obj in _each_once(data, (CommentedMap, CommentedSeq), _data_children):
        if not isinstance(obj, CommentedMap):
            continue
        for key, entry in list(obj.ca.items.items()):
            value = obj.get(key) if key in obj else None
            if (not isinstance(value, (CommentedMap, CommentedSeq)) or _flow(value) or not _has_anchor(value)
                    or not isinstance(entry, list) or len(entry) < 4 or entry[2] is not None or not entry[3]):
                continue
            first = entry[3][0]
            at = _pos(obj.lc.key, key)
            mark = getattr(first, "start_mark", None)
            if (not isinstance(first, CommentToken) or at is None or mark is None or mark.line != at[0]
                    or not first.value.startswith("#")):
                continue
            rest = list(entry[3][1:]) or None
            entry[2], entry[3] = first, rest
            comment = value.ca.comment
            if comment is not None and len(comment) > 1 and comment[1] and comment[1][0] is first:
                value.ca.comment = [first, rest]


def _node_at(root: Any, line: int, column: int) -> Any:
    """The scalar of lint's tree that starts at a 1-based (line, column), if any."""
    for node in scalar_nodes(root):
        if (node.start_mark.line + 1, node.start_mark.column + 1) == (line, column):
            return node
    return None


def _in_flow(old: LoadedYAML, at: int) -> bool:
    """Whether an offset of ``old``'s text lies inside a flow list or mapping (`[…]`, `{…}`)."""
    return any(node.flow_style and node.start_mark.index < at < node.end_mark.index
               for node in _each_once(old.root, (MappingNode, SequenceNode), _node_children))


def _lost_comment(old: LoadedYAML, line: int, column: int, above: int) -> FormatError:
    """The refusal for a comment the layout would lose, at its 1-based place in ``old``'s text."""
    text = old.text
    at = sum(len(part) + 1 for part in text.split("\n")[:line - 1]) + column - 1
    in_flow = _in_flow(old, at)
    below = re.match(r"[^\n]*\n(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*(?:-[ \t]+)*<<[ \t]*:", text[at:])
    # A list item that is an alias (`- *app`) after an item that ends in a flow list or an alias.
    alias_item = re.match(r"[^\n]*\n(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*-[ \t]+(\*[^\s,\[\]{}]+)[ \t]*(?:\n|$)", text[at:])
    if alias_item and not re.search(r"(?:[\]}]|\*[^\s,\[\]{}#]+)[ \t]*\n(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*\Z",
                                    text[:at - column + 1]):
        alias_item = None
    if in_flow:
        hint = ("it stands inside a flow list or mapping ([…] or {…}), where the YAML writer fmt uses keeps "
                "no comment; move it to a line of its own above the key, or write the list one `- item` a line")
    elif below is not None:
        # After a flow list or an alias, ruamel's reader keeps no comment above a `<<:` merge key.
        hint = ("it stands above a merge key (`<<:`), where the YAML reader fmt uses keeps no comment after a "
                "flow list or an alias; move it above the key before it, or write the `<<:` line first in its "
                "mapping, with the comment above it")
    elif alias_item is not None:
        # ruamel's reader keeps no comment there either: it is gone before fmt sees the file.
        hint = (f"it stands above a list item that is an alias (`- {alias_item.group(1)}`), where the YAML "
                "reader fmt uses keeps no comment after a flow list or an alias; move it above the list's key, "
                "or write the flow list before it one `- item` a line")
    else:
        hint = ("the YAML writer fmt uses cannot place it there; move it to a line of its own above the key "
                "it speaks of (and please report it)")
    return FormatError(line + above, column, "the file is valid, but cxkit fmt cannot lay it out without losing "
                       f"this comment; left untouched: {hint}, then run fmt again", "fmt-layout")


def _check_places(old: LoadedYAML, above: int, result: str, new: LoadedYAML) -> None:
    """Refuse output in which a comment left the key, list item, line or end it belongs to."""
    aliases: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    have = Counter(place for place, _at in _comment_places(result, new.root, aliases))
    text = old.text
    for place, at in _comment_places(text, old.root):
        if have[place] <= 0 and have[aliases.get(place, place)] > 0:
            place = aliases[place]  # above the key that is now its list item's first, above the dash
        if have[place] <= 0:
            line, col = _line_col(text, at)
            if _in_flow(old, at):
                # ruamel's writer keeps it, but on a line of its own after the item it ended.
                raise FormatError(line + above, col, "the file is valid, but cxkit fmt could not lay it out without "
                                  "moving this comment away from the item it belongs to; left untouched: it stands "
                                  "inside a flow list or mapping ([…] or {…}), where the YAML writer fmt uses puts a "
                                  "comment on a line of its own; move it to a line of its own above the list's key, "
                                  "or write the list one `- item` a line, then run fmt again", "fmt-layout")
            raise FormatError(line + above, col, "the file is valid, but cxkit fmt could not lay it out without moving "
                              "this comment away from the key it belongs to; left untouched (please report it; "
                              "moving the comment to a line of its own above its key may help)", "fmt-layout")
        have[place] -= 1


def _verify(
    old: LoadedYAML, above: int, result: str, comments_before: list[str], kept: list[tuple[str, int, int]],
    places: bool = True,
) -> CommentedMap:
    """Refuse any output that would change a value or lose a comment; return the output's tree.

    ``old`` is the source as lint reads it, ``above`` the lines set aside above
    its `---`.  ``kept`` are the source's comments found by :func:`_comments`:
    read from the text itself, they also cover comments ruamel keeps in no
    node (inside a flow collection, after a flow mapping), which
    ``comments_before`` cannot.
    """
    new = load_text(result)
    was, now = _spelled(old.data, old.root), _spelled(new.data, new.root)
    if new.problems or was != now:
        where = _first_difference(was, now) if not new.problems else ()
        line, col = old.locate(where, key=False) if where else (1 - above, 1)  # (1, 1) of the file
        raise FormatError(line + above, col, "cxkit could not lay this file out without changing "
                          f"{'this value' if where else 'its data'}; left untouched (please report it)", "fmt-layout")
    have = Counter(text for text, _line, _col in _comments(result, new.root))
    for text, line, col in kept:
        if have[text] <= 0:
            raise _lost_comment(old, line - above, col, above)
        have[text] -= 1
    if places:
        # Each comment still stands where it stood: above the same key or list item, at the end
        # of the same line's entry, at the start or the end of the same mapping or list.
        _check_places(old, above, result, new)
    try:
        again = _load_written(result)
    except Exception:  # noqa: BLE001 - the layout is not one ruamel reads back: never a traceback
        raise FormatError(1, 1, "cxkit could not lay this file out in a form it reads back; left untouched "
                          "(please report it)", "fmt-layout") from None
    if sorted(_comment_lines(again)) != sorted(comments_before):
        raise FormatError(1, 1, "the file is valid, but cxkit fmt could not lay it out without moving a comment out of "
                          "place; left untouched (please report it)", "fmt-layout")
    return again


def _load_written(result: str) -> Any:
    """fmt's output read back by ruamel's reader: a plain value with a tab in it, which fmt keeps as
    written, read through :func:`_lay_out_tabs` as the source was."""
    from ruamel.yaml.error import MarkedYAMLError

    try:
        return _yaml().load(result)
    except MarkedYAMLError:
        laid_out = _lay_out_tabs(result) if "\t" in result else None
        if laid_out is None or not laid_out[2][1]:
            raise
        reset = _PLAIN_WITH_TAB.set(laid_out[2])
        try:
            return _yaml().load(laid_out[0])
        finally:
            _PLAIN_WITH_TAB.reset(reset)


# A node's properties (a tag, an anchor) where the node starts: `!!float &a .NaN`.
_PROPERTY = re.compile(r"(!<[^>\n]*>|![^\s,\[\]{}]*|&[^\s,\[\]{}]+)(?:[ \t]+|\n[ \t]*|\Z)")


def _properties(text: str, at: int) -> tuple[str | None, str | None, int]:
    """The tag and the anchor written at the start of a node (each None if there is none),
    and where the node's content starts, after them and the blanks that follow them."""
    tag = anchor = None
    while at < len(text) and text[at] in "!&":
        m = _PROPERTY.match(text, at)
        if m is None:
            break
        if m.group(1)[0] == "!":
            tag = m.group(1)
        else:
            anchor = m.group(1)[1:]
        at = m.end()
    return tag, anchor, at


def _keep_written(laid: Any, root: Any, text: str, resolve: Callable[[str], Any]) -> None:
    """Write every plain number, null and bool in ruamel's tree ``laid`` as ``text`` has it.

    ``root`` is lint's node tree of ``text``.  ruamel keeps `007`, `0x10` and `3.500` as
    written but not a sign (`+5`, `-0`), an overflowing exponent, `.NaN` or `.Inf`, and
    it reads `+0x1F` as a number where cxkit reads text: each plain number is written
    back as the author wrote it, its anchor kept, and a value an alias shares stays one
    value.  ``resolve`` gives the tag ruamel's reader finds for a plain text.
    """
    done: dict[int, Any] = {}  # lint's node -> what its value became (an alias is the same node)
    seen: set[int] = set()

    def kept(value: Any, node: Any) -> Any:
        if (not (value is None or isinstance(value, (int, float, _dt.date)))
                or not isinstance(node, ScalarNode) or node.style):
            return None
        if id(node) in done:
            return done[id(node)]
        tag, anchor, _content = _properties(text, node.start_mark.index)
        if isinstance(value, _dt.date):
            if anchor is None or tag is not None:
                return None
            # A date with an anchor (`reviewed: &checked 2026-10-01`): ruamel's date keeps none,
            # so the `&name` would be dropped and each alias written as a copy or under a made-up
            # name (`&id001`).  Written as it was, its anchor with it.
            out = _Verbatim(node.value)
            out.tag, out.anchor = _TIMESTAMP_TAG, _anchor(anchor)
            done[id(node)] = out
            return out
        if not node.value:
            if value is not None or anchor is None:
                return None
            # An empty value with an anchor (`x: &a`): ruamel drops the anchor, and its aliases
            # with it.
            done[id(node)] = _WrittenOut(_NULL_TAG, "", _anchor(anchor))
            return done[id(node)]
        resolved = str(resolve(node.value))
        if value is None or isinstance(value, bool) or resolved == _BOOL_TAG:
            # ruamel writes a null as an empty value and a bool as true or false: the author's
            # `~`, `null`, `NULL` or `True` is kept.
            if tag is not None or resolved not in (_NULL_TAG, _BOOL_TAG) or node.value in ("true", "false"):
                return None
            done[id(node)] = _WrittenOut(resolved, node.value, _anchor(anchor))
            return done[id(node)]
        want = _INT_TAG if isinstance(value, int) else _FLOAT_TAG
        if resolved not in (_INT_TAG, _FLOAT_TAG) or (tag is not None and resolved != want):
            return None  # `!!float 1`: written as it is, it would need the tag in quotes' company
        out = (_WrittenIntOut if resolved == _INT_TAG else _WrittenFloatOut)(value)
        out.written = node.value
        out.anchor = _anchor(anchor)
        done[id(node)] = out
        return out

    def walk(laid: Any, node: Any) -> None:
        if id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(laid, dict) and isinstance(node, MappingNode):
            pairs = [(k.value, v) for k, v in node.value
                     if isinstance(k, ScalarNode) and not (k.value == "<<" and not k.style)]
        elif isinstance(laid, list) and isinstance(node, SequenceNode) and len(laid) == len(node.value):
            pairs = list(enumerate(node.value))
        else:
            return
        for key, child in pairs:
            if isinstance(laid, dict) and key not in laid:
                continue
            value = laid[key]
            out = kept(value, child)
            if out is not None:
                laid[key] = out
                if isinstance(out, _WrittenOut) and not out.written and isinstance(laid, CommentedMap):
                    at = _pos(laid.lc.key, key)
                    if at is not None:
                        empty[at[0]] = (laid, key)
            else:
                walk(value, child)

    empty: dict[int, tuple[CommentedMap, Any]] = {}  # the line of `key: &name` with no value -> its place
    walk(laid, root)
    if empty:
        _claim_eol_comments(laid, empty)


def _claim_eol_comments(data: Any, empty: dict[int, tuple[CommentedMap, Any]]) -> None:
    """Give each empty value with an anchor (`age: &age  # to ask`) the comment at the end of its
    line: ruamel stores it above the next key (or at the end of a mapping, maybe an outer one)
    and would write it on a line of its own there."""
    for obj in _each_once(data, (CommentedMap, CommentedSeq), _data_children):
        holders = [entry[1] for entry in obj.ca.items.values() if isinstance(entry, list) and len(entry) > 1]
        for holder in [*holders, obj.ca.end]:
            token = holder[0] if isinstance(holder, list) and holder else None
            mark = getattr(token, "start_mark", None)
            if not isinstance(token, CommentToken) or mark is None or mark.line not in empty:
                continue
            if "\n" in token.value.rstrip("\n") or not token.value.startswith("#"):
                continue  # more lines than the end of that line: left as ruamel has them
            node, key = empty.pop(mark.line)
            own = node.ca.items.setdefault(key, [None, None, None, None])
            if own[2] is None:
                holder.pop(0)
                own[2] = token


def _spelled(value: Any, node: Any = None) -> Any:
    """Data with every number as its type and spelling: what fmt must keep, beyond equal values.

    ``node`` is the value's node in lint's tree: `.NaN` and `.inf` are plain floats in
    the data, so their spelling comes from there (and NaN, equal to nothing, compares).
    """
    if isinstance(value, dict):
        nodes: dict[Any, Any] = {}
        if isinstance(node, MappingNode):
            for k, v in node.value:
                if isinstance(k, ScalarNode):
                    nodes.setdefault(k.value, v)
        return {k: _spelled(v, nodes.get(k)) for k, v in value.items()}
    if isinstance(value, list):
        items = node.value if isinstance(node, SequenceNode) and len(node.value) == len(value) else [None] * len(value)
        return [_spelled(v, n) for v, n in zip(value, items)]
    if isinstance(value, (WrittenInt, WrittenFloat)):
        return (type(value).__name__, value.written)
    if isinstance(value, float) and not math.isfinite(value):
        return ("float", node.value if isinstance(node, ScalarNode) else repr(value))
    return value


def _first_difference(old: Any, new: Any, path: tuple[Any, ...] = ()) -> tuple[Any, ...]:
    """The path of the first value that differs between two loaded documents (``()``: the whole)."""
    if isinstance(old, dict) and isinstance(new, dict) and old.keys() == new.keys():
        for key, value in old.items():
            if value != new[key]:
                return _first_difference(value, new[key], (*path, key))
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (a, b) in enumerate(zip(old, new)):
            if a != b:
                return _first_difference(a, b, (*path, index))
    return path


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _align_comments(source: str, result: str, before: CommentedMap, after: CommentedMap) -> str:
    """Indent each full-line comment like the line it was written against.

    ruamel.yaml keeps a comment's column, so re-indented content would leave
    comments at the old depth.  A comment aligned with the next line goes where
    that line went; one indented deeper goes where the nearest earlier line of
    its old depth went; anything else stays as it is.
    """
    src, out = source.split("\n"), result.split("\n")
    depths: dict[int, set[int]] = {}  # output line -> indentations its nodes had in the source
    # output line -> {a key's column in the source: its column in the output}, for a key after a
    # list item's dash (`- channel: web`), whose column is not its line's indentation
    keys: dict[int, dict[int, int]] = {}

    def pair(orig: tuple[int, int] | None, new: tuple[int, int] | None, key: bool = False) -> None:
        if orig is not None and new is not None and orig[0] < len(src):
            depths.setdefault(new[0], set()).add(_indent(src[orig[0]]))
            if key:
                keys.setdefault(new[0], {}).setdefault(orig[1], new[1])

    def walk(old: Any, new: Any, seen: set[int]) -> None:
        if id(new) in seen:
            return
        seen.add(id(new))
        if isinstance(old, CommentedMap) and isinstance(new, CommentedMap):
            if getattr(old, merge_attrib, None) or getattr(new, merge_attrib, None):
                return
            for key in new:
                if key in old:
                    pair(_pos(old.lc.key, key), _pos(new.lc.key, key), True)
                    walk(old[key], new[key], seen)
        elif isinstance(old, CommentedSeq) and isinstance(new, CommentedSeq) and len(old) == len(new):
            for i in range(len(new)):
                pair(_pos(old.lc.item, i), _pos(new.lc.item, i))
                walk(old[i], new[i], seen)

    walk(before, after, set())
    skip = _scalar_lines(result)
    lines = list(out)
    for i, line in enumerate(out):
        if i in skip or not line.lstrip().startswith("#"):
            continue
        col = _indent(line)
        nxt = next((j for j in range(i + 1, len(out)) if out[j].strip() and not out[j].lstrip().startswith("#")), None)
        if nxt is None and col == 0:
            continue  # a note at the start of a line at the end of the file: the file's, not the last list's
        if nxt is not None and col in depths.get(nxt, ()):
            lines[i] = " " * _indent(out[nxt]) + line.lstrip(" ")
            continue
        if nxt is not None and nxt in depths and col < max(depths[nxt]):
            continue
        for j in range(i - 1, -1, -1):
            if col in depths.get(j, ()):
                lines[i] = " " * _indent(out[j]) + line.lstrip(" ")
                break
            if col in keys.get(j, ()):
                # At the column of a list item's key (`- channel: web` / `  # note`): at its new column.
                lines[i] = " " * keys[j][col] + line.lstrip(" ")
                break
    return "\n".join(lines)


def _pos(lookup: Any, key: Any) -> tuple[int, int] | None:
    try:
        found = lookup(key)
    except (KeyError, IndexError, TypeError, AttributeError):
        return None
    return (int(found[0]), int(found[1])) if found is not None else None


# A float written with an exponent and no dot (`-0e0`, `-1e-400`), where a value or key may start.
_EXPONENT_ONLY = re.compile(r"(?:^|[\s\[{,:?-])([-+]?\d+[eE][-+]?\d+)(?=\s*(?:$|[,\]}:#]))", re.MULTILINE)
# Blanks that hold a tab: one at a line's end (group 1) goes, any other tab becomes a space.
_TABBED_BLANKS = re.compile(r"([ \t]*\t[ \t]*)$|\t", re.MULTILINE)
_DOUBLE_QUOTED_ESCAPES = {"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n"}


def _indent_tab_comments(source: str) -> str:
    """``source`` with each comment line indented with tabs indented with spaces like the line below it,
    and each blank line that holds tabs (an editor's auto-indent) empty.

    YAML 1.2 lets tabs stand before a comment on a line of its own, and in a
    line of nothing but blanks (a comment line with no text), and lint reads
    such lines as comments and blank lines (see yamlio's tab_lines_laid_out);
    ruamel's scanner refuses the tabs.  A tab has no width in YAML, so fmt
    writes the comment where the next line that is neither blank nor a comment
    starts, the line it stands above (at the start of the line at the end of
    the file), as it does with any comment aligned with that line; a blank
    line is written empty, like any blank line.  Only the lines lint reads as
    comments or blank lines change: a tab and `#` in a block or quoted value,
    and a line of a block value that holds a tab, are text and stay.  Every
    other line keeps its number and its columns.

    At the end of the file, a blank line with a tab that ends a block value
    ends the document for YAML 1.2 (see yamlio's _document_end): from there on
    the comments start their lines and the blank lines go, as the value above
    would otherwise take them in (`|+` keeps its blank lines).
    """
    laid, end = tab_lines_laid_out(source)
    if laid == source and end == len(source):
        return source
    was, now = source.split("\n"), laid.split("\n")
    out: list[str | None] = list(now)
    below = 0  # the indentation of the next line that is neither blank nor a comment
    at = len(source) + 1  # where line i starts, counted from the end
    for i in range(len(now) - 1, -1, -1):
        line = now[i]
        at -= len(was[i]) + 1
        text = line.lstrip(" \t")
        if at >= end:  # after the document: comments at the start of their lines, no blank lines
            out[i] = was[i].lstrip(" \t") or ("" if i == len(now) - 1 else None)
        elif line != was[i]:
            out[i] = " " * below + text if text else ""
        elif text and not text.startswith("#"):
            below = _indent(line)
    return "\n".join(line for line in out if line is not None)


def _at_tab(text: str, exc: Any) -> bool:
    """Whether ruamel's error is about a tab: its problem says so, or its mark is on one."""
    mark = exc.problem_mark
    return "'\\t'" in str(exc.problem) or (mark is not None and text[mark.index:mark.index + 1] == "\t")


#: The end of lint's message for a tab where YAML wants indentation (yamlio's).
_TAB_INDENT = "a tab character here; YAML indents with spaces, never tabs"
#: What fmt adds to it for a file whose indentation it cannot read one way.
MIXED_TABS = ("; this file's indentation mixes tabs and spaces, so `cxkit fmt` cannot tell which lines are nested "
              "in which: indent every line with spaces, 2 a level")


#: A line whose value is a block scalar (`summary: |`, `- >-`, `notes: |+  # z wywiadu`): its text follows on the
#: lines indented more, where what comes after the text's own indentation, a tab or a `#`, is text.
_BLOCK_START = re.compile(r"(?:|.*?:[ \t]+|-[ \t]+)[|>](?P<digit>[+-]?[1-9]|[1-9][+-])?[+-]?[ \t]*(?:#.*)?\Z")


def _tabs_as_levels(text: str) -> str | None:
    """``text`` with each tab that leads a line written as 2 spaces, when every indented line is led by tabs
    (spaces may follow them, as under a list item's dash, never precede or come between them); None when
    some line is indented with spaces alone or with a tab after a space, or none with a tab.

    A block scalar's text keeps what follows its own indentation (the tabs of its first line): a further tab
    and a line that starts with `#` are its text.  A comment line led by tabs is indented as its neighbours;
    one led otherwise is left as it is (its indentation means nothing)."""
    lines = text.split("\n")
    tabbed = False
    # A block scalar's line's tabs, its text's (from its first line), and the column its text must pass: the key's
    # (`- text: >-` at 4 once laid out), or the dash's of a list item that is the text.
    block: tuple[int, int | None, int] | None = None
    for i, line in enumerate(lines):
        body = line.lstrip(" \t")
        lead = line[: len(line) - len(body)]
        tabs = len(lead) - len(lead.lstrip("\t"))
        if block is not None:
            start, indent, owner = block
            if not body.strip(" \t\r"):  # a blank line of the text: its first tabs, if it has them, are indentation
                if indent is not None and tabs >= indent:
                    lines[i] = " " * max(2 * indent, owner + 2) + line[indent:]
                continue
            if tabs > start:
                if indent is None:
                    block = (start, indent := tabs, owner)
                if tabs < indent:
                    return None  # less indented than the text's first line: YAML would end the text here
                lines[i] = " " * max(2 * indent, owner + 2) + line[indent:]
                tabbed = True
                continue
            block = None
        if not body.strip(" \t\r"):
            continue  # a blank line: fmt drops its blanks
        if body.startswith("#"):
            if tabs and "\t" not in lead[tabs:]:
                lines[i] = "  " * tabs + line[tabs:]  # a comment indented as the lines around it
            continue
        if lead:
            if tabs == 0 or "\t" in lead[tabs:]:
                return None
            tabbed = True
            lines[i] = "  " * tabs + line[tabs:]
        if (start_of := _BLOCK_START.match(body.rstrip("\r"))) is not None:
            if start_of["digit"]:
                return None  # `|2`: an indentation counted in spaces, which no tab layout keeps
            dashes = re.match(r"(?:-[ \t]+)*", body)[0]
            column = len(lines[i]) - len(body) + len(dashes)
            if body[len(dashes):].startswith(("|", ">")) and dashes:
                column -= len(dashes) - len(dashes.rstrip(" \t")) + 1  # the text is the item: its dash's column
            block = (tabs, None, column)
    return "\n".join(lines) if tabbed else None


def _tab_refused(source: str, exc: Any, back: Callable[[int], int], above: int) -> FormatError:
    """A tab YAML allows where cxkit cannot lay it out (an unquoted value with a tag or an anchor)."""
    mark = exc.problem_mark or exc.context_mark
    line, col = _line_col(source, back(mark.index)) if mark is not None else (1, 1)
    return FormatError(line + above, col, "cxkit cannot lay out the tab here; "
                       "write spaces, or put the value in double quotes with \\t for the tab", "fmt-layout")


def _lay_out_tabs(source: str) -> tuple[str, Callable[[int], int], tuple[str, dict[int, str]]] | None:
    """``source`` with the tabs ruamel's scanner refuses laid out another way, the way back, and the
    plain values on one line read with a stand-in for their tabs (for :data:`_PLAIN_WITH_TAB`).

    YAML 1.2, and the parser lint uses, allow tabs between tokens and inside
    an unquoted value (a row pasted from a spreadsheet).  The first become
    spaces (or go, at a line's end), which keeps every column; a value with a
    tab on one line, without a tag or an anchor, is read with a stand-in for each
    tab and written back as it was; any other is written in double quotes, the
    tab as ``\\t``, which keeps its data.
    Tabs in quoted and block values and in comments stay as they are.  The
    function returned maps a position in the result to one in ``source``.
    None when the parser lint uses refuses the text too.
    """
    from bisect import bisect_right

    from ruamel.yaml.cyaml import CBaseLoader
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    def read(text: str) -> Any:
        loader = CBaseLoader(text)
        try:
            return loader.get_single_node()
        finally:
            loader.dispose()

    try:
        try:
            root = read(source)
        except MarkedYAMLError as exc:
            # An anchor named `&ból`: read with the name swapped for one of the same length, as lint reads it.
            if not anchor_name_refused(source, exc) or (readable := readable_anchor_names(source)) == source:
                raise
            root = read(readable)
    except YAMLError:
        return None
    edits: list[tuple[int, int, str, str | None]] = []  # what to replace, with what, and a value as written
    # A character the file does not hold, to stand in for the tabs of a plain value on one line
    # (the private-use characters it holds found in one pass, not one pass for each).
    held = set(_PRIVATE_USE.findall(source))
    stand_in = next((c for c in map(chr, range(0xE000, 0xF900)) if c not in held), None)
    resolver = _yaml().resolver
    for node in scalar_nodes(root):
        start, end = node.start_mark.index, node.end_mark.index
        written = source[start:end]
        # A plain value (neither quoted nor block) with a tab in it.  Its tag and anchor, if any,
        # stay in front of the quotes (a tab after them becomes a space).
        if not node.style and "\t" in written:
            at = _properties(source, start)[2] if written[:1] in ("!", "&") else start
            if at > end or source[at:at + 1] == "#":
                continue  # a comment between the anchor and the value: left for ruamel to judge
            content = source[at:end]
            # Kept as written only when ruamel's writer reads it back as text: a date, a tab, a time
            # (`2026-01-01<TAB>10:00:00`, pasted from two columns) would be a timestamp to it.
            if (stand_in and at == start and "\t" in content and "\n" not in content and "\r" not in content
                    and resolver.resolve(ScalarNode, content, (True, False)) == _STD + "str"):
                edits.append((start, end, content.replace("\t", stand_in), content))
                continue
            if "\t" in content:
                content = '"' + "".join(_DOUBLE_QUOTED_ESCAPES.get(c, c) for c in node.value) + '"'
            edits.append((start, end, source[start:at].replace("\t", " ") + content, None))
    # A block value's header line (`|-  # note`) holds no data: its tabs are laid out too.
    in_scalar = in_value(root, source)

    comments = list(_comment_starts(source, in_scalar))
    for m in _TABBED_BLANKS.finditer(source):
        at = m.start()
        i = bisect_right(comments, at) - 1
        if (i >= 0 and "\n" not in source[comments[i]:at]) or in_scalar(at + m.group(0).find("\t")):
            continue  # in a comment or a value: the author's
        edits.append((m.start(), m.end(), "" if m.group(1) is not None else " ", None))
    edits.sort(key=lambda edit: edit[:3])
    out, last, length = [], 0, 0
    applied: list[tuple[int, int, int, int]] = []  # where each edit's text starts in the result, its length, what it replaced
    plain: dict[int, str] = {}
    for start, end, text, as_written in edits:
        if start < last:
            continue  # blanks that end where a quoted value starts: already written
        out += [source[last:start], text]
        length += start - last
        if as_written is not None:
            plain[length] = as_written
        applied.append((length, len(text), start, end))
        length += len(text)
        last = end
    out.append(source[last:])
    result_starts = [edit[0] for edit in applied]

    def back(index: int) -> int:
        i = bisect_right(result_starts, index) - 1
        if i < 0:
            return index
        at, written, start, end = applied[i]
        return start if index < at + written else end + index - at - written

    return "".join(out), back, (stand_in or "", plain)


_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_COMMENT_START = re.compile(r"(?:^|(?<=[ \t]))#", re.MULTILINE)


def _comment_starts(text: str, inside: Callable[[int], bool]) -> Iterator[int]:
    """Where each comment of ``text`` starts: a `#` at the start of a line or after a space or tab
    that lies in no value (``inside``, from the composed tree) and in no comment before it on its
    line (`# kanał #sprzęt` is one comment, `name: "nr #3"  # zob. #4` holds one)."""
    comment_end = -1
    for m in _COMMENT_START.finditer(text):
        at = m.start()
        if at < comment_end or inside(at):
            continue
        end = text.find("\n", at)
        comment_end = len(text) if end < 0 else end
        yield at
# An explicit tag where a value or key may start: !!float, !custom, !<tag:yaml.org,2002:int>.
_TAG = re.compile(r"(?:^|[\s\[{,:?-])(!(?:<[^>\n]*>|[^\s,\[\]{}]*))", re.MULTILINE)


def _line_col(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _comments(text: str, root: Any) -> list[tuple[str, int, int]]:
    """Every comment in ``text`` as (its text, line, column), read from the text, not from a tree.

    A `#` starts a comment at the start of a line or after a space or tab,
    unless it lies in a scalar: the composed ``root`` gives every scalar's span.
    """
    inside = in_value(root, text)  # a block value's header line holds comments, not data
    out = []
    for at in _comment_starts(text, inside):  # not inside a value (a block scalar's line, a quoted "#")
        end = text.find("\n", at)
        line, col = _line_col(text, at)
        out.append((text[at:end if end >= 0 else len(text)].rstrip(), line, col))
    return out


@dataclass
class _Entry:
    """A key of a mapping or an item of a list in lint's tree of a text, for :func:`_comment_places`."""

    start: int  # where the entry starts: its key, or its dash in a block list
    path: tuple[Any, ...]
    column: int
    container: tuple[Any, ...]
    first: bool  # the first entry of its mapping or list
    content: int  # where its value starts
    empty: bool = False  # a list item with no value (`-`)
    scalar: bool = False  # its value is a scalar


def _entries(root: Any, text: str) -> list[_Entry]:
    """Every key and list item of lint's tree ``root`` of ``text``, in the order they start."""
    out: list[_Entry] = []
    seen: set[int] = set()

    def dash(at: int) -> int:
        # The dash of a block list's item: the first `-` from ``at`` on, past blanks and comments.
        while at < len(text):
            ch = text[at]
            if ch == "-":
                return at
            if ch == "#":
                end = text.find("\n", at)
                at = len(text) if end < 0 else end
            elif ch in " \t\r\n":
                at += 1
            else:
                break
        return at

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        if id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node, MappingNode):
            for i, (key, value) in enumerate(node.value):
                name = key.value if isinstance(key, ScalarNode) else ("?", key.start_mark.index)
                at = key.start_mark.index
                aliased = id(value) in seen  # an alias is written like a scalar, where the anchor is not
                content = _alias_at(text, key.end_mark.index)[0] if aliased else value.start_mark.index
                out.append(_Entry(at, (*path, name), _line_col(text, at)[1] - 1, path, i == 0, content,
                                  scalar=aliased or isinstance(value, ScalarNode)))
                walk(value, (*path, name))
        elif isinstance(node, SequenceNode):
            last = node.start_mark.index
            after = last + 1  # in a flow list: after the `[` or the item before
            for i, item in enumerate(node.value):
                if id(item) in seen:
                    start, end = _alias_at(text, dash(last) + 1 if not node.flow_style else after)
                    at = start if node.flow_style else min(dash(last), start)
                    last = after = end
                    out.append(_Entry(at, (*path, i), _line_col(text, at)[1] - 1, path, i == 0, start, False, True))
                    continue
                at = item.start_mark.index
                after = item.end_mark.index
                if not node.flow_style:
                    at = min(dash(last), at)
                    last = item.end_mark.index
                empty = isinstance(item, ScalarNode) and not item.value and not item.style
                out.append(_Entry(at, (*path, i), _line_col(text, at)[1] - 1, path, i == 0, item.start_mark.index, empty,
                                  isinstance(item, ScalarNode)))
                walk(item, (*path, i))

    walk(root, ())
    out.sort(key=lambda e: e.start)
    return out


_ALIAS = re.compile(r"\*[^\s,\[\]{}]+")


def _alias_at(text: str, at: int) -> tuple[int, int]:
    """Where the alias (`*app`) written from ``at`` on (past blanks, comments, a colon, a dash or
    a comma) starts and ends.  lint's tree gives an alias its anchor's node, which starts where
    the anchor is written, not where the alias is."""
    while at < len(text) and text[at] in " \t\r\n,[{:-#":
        if text[at] == "#":
            end = text.find("\n", at)
            at = len(text) if end < 0 else end
        else:
            at += 1
    found = _ALIAS.match(text, at)
    return (at, found.end()) if found is not None else (at, at)


def _comment_places(
    text: str, root: Any, aliases: dict[tuple[Any, ...], tuple[Any, ...]] | None = None,
) -> list[tuple[tuple[Any, ...], int]]:
    """Where each comment of ``text`` belongs, as fmt moves comments: (its text and place, offset).

    A comment at the end of a line belongs to the entry (key or list item) that starts last before
    it.  A comment on a line of its own (or after a list item's dash, with the item's first key
    below) belongs to the key or item below it when it is indented no deeper than that
    key or item, and so does every comment after it above that key; one directly above the first
    key of a mapping or list, after any blank line, likewise; above a blank line it stays at the
    start of the mapping or list (at the top of the file: the file's header).  Any other comment
    ends the content above it.
    """
    from bisect import bisect_right

    inside = in_value(root, text)
    entries = _entries(root, text)
    starts = [e.start for e in entries]
    out: list[tuple[tuple[Any, ...], int]] = []
    cut_for: set[int] = set()  # entries a comment above them already goes with
    for at in _comment_starts(text, inside):
        end = text.find("\n", at)
        comment = text[at:end if end >= 0 else len(text)].rstrip()
        line_start = text.rfind("\n", 0, at) + 1
        column = at - line_start
        i = bisect_right(starts, at)
        prev = entries[i - 1] if i > 0 else None
        nxt = entries[i] if i < len(entries) else None
        after_dash = prev is not None and text[prev.start:at].strip() == "-"
        if after_dash and not prev.empty and prev.content > at and _OWN_LINE_DIRECTIVE.match(comment):
            # `- # cxkit: disable=…` with the item below: lint reads it for the dash's line alone,
            # and fmt keeps it there whichever key comes first.
            out.append((("dash", comment, prev.path), at))
            continue
        if after_dash and prev.empty:
            # `- # note` on an item with no value: ruamel writes the note below the dash.
            out.append((("item", comment, prev.path), at))
            continue
        if text[line_start:at].strip() and not (after_dash and prev.content > at):
            out.append((("eol", comment, prev.path if prev is not None else ()), at))
            if aliases is not None and prev is not None and _OWN_LINE_DIRECTIVE.match(comment):
                # A suppression above a key written at the end of its line, where it reaches that
                # line (and its block) alone, as it did: fmt does so for a list item's first key.
                aliases[("before", comment, prev.path)] = out[-1][0]
            continue
        if prev is not None and prev.scalar and not prev.empty and prev.content > at:
            # Between a key or a dash and its value (`name:` / `# note` / `Bartek`): fmt writes
            # it above the key or the dash.
            out.append((("before", comment, prev.path), at))
            continue
        if "\t" in text[line_start:at]:
            column = nxt.column if nxt is not None else 0  # fmt indents it like the line below it
        if prev is not None and prev.empty and column > prev.column and prev.content >= line_start:
            out.append((("item", comment, prev.path), at))
            continue
        if nxt is not None and nxt.first:
            gap = text[at:nxt.start]
            block = "" if after_dash else text[_comment_block_start(text, line_start, inside):end if end >= 0 else len(text)]
            run = re.split(_BLANK_LINE, text[_comment_block_start(text, line_start, inside):nxt.start])[-1]
            # A blank line: an empty one, or one with a tab (fmt empties it); ruamel's reader
            # drops a line of spaces below a comment.
            if _OWN_LINE_DIRECTIVE.search(block):
                # A `# cxkit: disable=…` on a line of its own at or above it applies to the key's line.
                cut_for.add(i)
                place: tuple[Any, ...] = ("before", comment, nxt.path)
            elif re.search(_BLANK_LINE, gap):
                place = ("start", comment, nxt.container)
            elif not nxt.container and not after_dash and (_MODELINE.search(run) or _opens_the_file(
                    text[_comment_block_start(text, line_start, inside):nxt.start])):
                place = ("start", comment, nxt.container)  # the file's header
                if aliases is not None:
                    aliases[("before", comment, nxt.path)] = place  # a key's comments, with it at the top now
            elif column <= nxt.column or i in cut_for or after_dash:
                cut_for.add(i)
                place = ("before", comment, nxt.path)
            else:
                place = ("start", comment, nxt.container)
        elif nxt is not None and (column <= nxt.column or i in cut_for):
            cut_for.add(i)
            place = ("before", comment, nxt.path)
        else:
            # After the content above it; which mapping or list it ends depends on its
            # indentation, which fmt changes: told apart from the other places only.
            place = ("end", comment)
        if aliases is not None and place[0] == "before" and nxt is not None and isinstance(nxt.path[-1], int):
            # Above the dash of a list item whose first key is on the dash's line: the line of
            # that key too (lint reads a comment there as one above that key's line).
            key = entries[i + 1] if i + 1 < len(entries) else None
            if (key is not None and key.path[:-1] == nxt.path and key.first
                    and "\n" not in text[nxt.start:key.start]):
                aliases[("before", comment, key.path)] = place
        out.append((place, at))
    return out


# A blank line (an empty one, or one with a tab, which fmt empties).
_BLANK_LINE = re.compile(r"\n(?:[ \t]*\t[ \t]*)?\r?\n")
# A `# cxkit: disable=…` comment (not `disable-file=`), as lint reads one; on a line of its own
# it applies to the next line with content.
_OWN_LINE_DIRECTIVE = re.compile(r"^[ \t]*#[ \t]*cxkit(?:[ \t]*:[ \t]*|[ \t]+)disable[ \t]*=", re.IGNORECASE | re.MULTILINE)
# What makes a comment block at the top of the file its header: an editor's modeline
# (`# yaml-language-server: $schema=…`), a `# cxkit: disable-file=…`, which speaks of the file, or
# an empty comment line between paragraphs (`#`), as in the header `cxkit new` writes: a note on
# one key is not written in paragraphs.
_MODELINE = re.compile(r"^[ \t]*#[ \t]*(?:yaml-language-server[ \t]*:|cxkit(?:[ \t]*:[ \t]*|[ \t]+)disable-file[ \t]*=|$)",
                       re.IGNORECASE | re.MULTILINE)


def _opens_the_file(run: str) -> bool:
    """Whether ``run``, the comment and blank lines above the file's first key, opens the file as one
    block: no comment above a blank line in it.  Such a block is the file's header (`# Persona z
    warsztatu 2026-11 — do weryfikacji` above `name:`), whatever it says, and stays at the top; below
    a header and a blank line, the lines directly above the first key are that key's."""
    return all(not piece.strip() for piece in re.split(_BLANK_LINE, run)[:-1])


def _comment_block_start(text: str, line_start: int, inside: Callable[[int], bool]) -> int:
    """Where the run of comment and blank lines that holds the line starting at ``line_start`` begins."""
    at = line_start
    while at > 0:
        above = text.rfind("\n", 0, at - 1) + 1
        line = text[above:at - 1]
        body = line.lstrip(" \t")
        if body and not (body.startswith("#") and not inside(above + len(line) - len(body))):
            break
        at = above
    return at


def _scalar_lines(text: str) -> set[int]:
    """0-based lines inside multi-line scalars (block scalars above all): never comments."""
    from ruamel.yaml.cyaml import CBaseLoader

    loader = CBaseLoader(text)
    try:
        root = loader.get_single_node()
    finally:
        loader.dispose()
    lines: set[int] = set()
    rows = text.split("\n")
    for node in scalar_nodes(root):
        if node.end_mark.line > node.start_mark.line:
            inside = range(node.start_mark.line + 1, node.end_mark.line + 1)
            if node.style in ("|", ">") and node.start_mark.line < len(rows):
                # A block ends where its comments start: a line indented no deeper than the
                # header's (`doing: >-`, `- |`) is not text of it.
                header = _indent(rows[node.start_mark.line])
                inside = [i for i in inside if i < len(rows) and (not rows[i].strip() or _indent(rows[i]) > header)]
            lines.update(inside)
    return lines


def _comment_lines(node: Any) -> list[str]:
    """Every comment line in the tree (text after `#`, stripped); for the safety check."""
    seen: set[int] = set()
    out: list[str] = []

    def tokens(obj: Any) -> Any:
        if isinstance(obj, CommentToken):
            yield obj
        elif isinstance(obj, str):
            yield obj  # a block value's header comment (`|  # note`)
        elif isinstance(obj, (list, tuple)):
            for item in obj:
                yield from tokens(item)

    def walk(obj: Any) -> None:
        if isinstance(obj, (CommentedMap, CommentedSeq)):
            ca = obj.ca
            for tok in tokens([ca.comment, list(ca.items.values()), ca.end]):
                if id(tok) in seen:
                    continue
                seen.add(id(tok))
                for line in (tok if isinstance(tok, str) else tok.value).split("\n"):
                    stripped = line.strip()
                    if stripped.startswith("#"):
                        out.append(stripped)
            for child in obj.values() if isinstance(obj, CommentedMap) else obj:
                walk(child)

    walk(node)
    return out


# --- walking the tree --------------------------------------------------------------------------

def _apply(node: Any, shape: Shape | ListOf, parent: tuple[Any, Any] | None = None,
           lines: list[str] | None = None, depth: int = 0, anchored: bool = False, merges: bool = False) -> None:
    """Lay out ``node``; ``parent`` is the (mapping, key) or (list, index) that holds it, if any.

    ``lines`` are the source's lines, which tell a comment on a list item's dash line (`- # note`).
    ``depth`` counts the mappings and lists around ``node``: a list's dash is written at twice it.
    ``anchored`` tells that the file has anchors (`&name`): keys are then ordered so that none
    moves below a key that aliases it.  ``merges``: a mapping that merges another (`<<: *base`)
    is ordered too (see :func:`_reorder`).
    """
    if isinstance(shape, ListOf):
        if isinstance(node, CommentedSeq):
            node._cxkit_dash = 2 * depth  # type: ignore[attr-defined]
            for index, item in enumerate(node):
                if _is_alias(node, index):
                    continue  # `- *app`: laid out where its anchor is, written here as the alias
                if isinstance(item, CommentedMap) and not _flow(node) and not _flow(item):
                    _claim_item_start(node, index, lines or [])
                    _apply(item, shape.item, (node, index), lines, depth + 1, anchored, merges)
                else:
                    _apply(item, shape.item, None, lines, depth + 1, anchored, merges)
        return
    if not isinstance(node, CommentedMap):
        return
    for key, child in shape.children.items():
        if key in node and not _is_alias(node, key):
            _apply(node[key], child, (node, key), lines, depth + 1, anchored, merges)
    for key in shape.dates:
        value = node.get(key)
        if isinstance(value, str) and _ISO_DATE.match(value) and not _has_anchor(value) and not _is_alias(node, key):
            # (A value with an anchor, or an alias, stays as written: a new date in its place
            # would drop the `&name`, and every `*name` would become a copy.)
            try:
                node[key] = _dt.date.fromisoformat(value)
            except ValueError:
                pass  # not a real date: the schema check reports it, fmt keeps the text
    _reorder(node, shape.order, parent, anchored, merges)


def _flow(node: Any) -> bool:
    return bool(node.fa.flow_style()) if isinstance(node, (CommentedMap, CommentedSeq)) else False


def _reorder(node: CommentedMap, order: tuple[str, ...], parent: tuple[Any, Any] | None = None,
             anchored: bool = False, merges: bool = False) -> None:
    """Put keys in canonical order, carrying each key's comments with it.

    A mapping that merges another (`<<: *base`) is ordered only with ``merges`` and when the
    `<<` is its first key: it stays first, with the comments above it, and the mapping's own keys
    follow in order (which of them overrides a merged key does not depend on the order).  A `<<`
    written below a key keeps the mapping as written.
    """
    merge = getattr(node, merge_attrib, None)
    if merge and (not merges or getattr(merge, "merge_pos", None) != 0):
        return
    # Its own keys: a merged key is written only at the `<<`.
    keys = [k for k in node.keys() if k in node._ok] if merge else list(node.keys())
    if not keys:
        return
    rank = {k: i for i, k in enumerate(order)}
    written = {k: i for i, k in enumerate(keys)}  # not keys.index: a mapping may hold 200,000 keys
    meant = _meant_ranks(keys, rank)
    wanted = sorted(keys, key=lambda k: (0, rank[k], 0) if isinstance(k, str) and k in rank
                    else (0, meant[k], 1, written[k]) if k in meant else (1, 0, written[k]))
    if anchored and wanted != keys:
        canonical = wanted
        wanted = _anchors_first(node, keys, wanted)
        if wanted != canonical:
            _note_kept_for_anchors(node, canonical, wanted, rank)
    if wanted == keys:
        return
    column = _key_column(node, keys)
    # The comment lines above each key (and after the last one) are cut out first ...
    leads: dict[Any, list[str]] = {}
    if wanted[0] != keys[0] and not merge:
        # Those above the first key are kept with the mapping, not with a key: cut out too.
        # (Above a `<<` that comes first, they are the merge's, and stay.)
        leads[keys[0]] = _pop_start(node, column, parent)
    for i, key in enumerate(keys):
        if i > 0 or merge:
            leads[key] = leads.get(key, []) + _pop_before(node, key)
        tail = _pop_tail(node, key, column)
        if i + 1 < len(keys):
            leads[keys[i + 1]] = tail
        else:
            end = tail
    # ... then the keys move, and the lines go back above the same keys.
    for key in wanted:
        node.move_to_end(key)
    for i, key in enumerate(wanted):
        lines = leads.get(key, [])
        if not lines:
            continue
        if i == 0 and not merge:
            _add_start_comment(node, lines, parent)
        else:
            _set_before(node, key, lines)
    if end:
        _push_tail(node, wanted[-1], end)


#: How many keys of a mapping that cxkit does not know are looked up as a field's name in other words
#: or misspelt (as the schema looks up so many): past these, a flood of keys is no author's slip.
_MEANT_LOOKUPS = 200


def _meant_ranks(keys: Iterable[Any], rank: dict[str, int]) -> dict[Any, int]:
    """The place (in ``rank``) of the field each key the mapping's order does not know stands for, as the
    schema's "did you mean" tells it (`cele` -> `goals`, `Stages` -> `stages`): such a key is laid out where
    its field goes, so renaming it later moves nothing.  A key of the author's own (`x-`...), or one that
    names no field, is not in the result."""
    from .model.validate import meant_field

    found: dict[Any, int] = {}
    looked = 0
    for key in keys:
        if not isinstance(key, str) or key in rank or key.startswith("x-"):
            continue
        looked += 1
        if looked > _MEANT_LOOKUPS:
            break
        field_meant = meant_field(key, rank)
        if field_meant is not None:
            found[key] = rank[field_meant]
    return found


#: The notes of the layout being worked out (see :func:`format_text`), None when no one collects them.
_NOTES: ContextVar[list[str] | None] = ContextVar("_NOTES", default=None)


def _note_kept_for_anchors(node: CommentedMap, canonical: list[Any], wanted: list[Any], rank: dict[str, int]) -> None:
    """Say that the keys of ``node`` stay out of the documented order (``canonical``) to keep an anchor
    above its aliases: `cxkit fmt` would otherwise leave the file out of order without a word.  Of a key
    the order does not know (``rank``), such as a block of shared definitions in the author's own `x-`
    key above the stages that use it (the layout docs/scaffolding.md shows), nothing is said: it has no
    documented place to be out of."""
    notes = _NOTES.get()
    if notes is None:
        return
    at = {key: i for i, key in enumerate(canonical)}
    for i, key in enumerate(wanted):
        below = [k for k in wanted[i + 1:] if at[k] < at[key]]
        if not below or not (isinstance(key, str) and key in rank):
            continue
        anchor = getattr(getattr(node[key], "anchor", None), "value", None)
        held = f"the anchor &{anchor}, which a key below uses (*{anchor})" if isinstance(anchor, str) else \
            "an anchor (&name) that a key below uses"
        others = ", ".join(f"'{k}'" for k in below[:3]) + (" ..." if len(below) > 3 else "")
        notes.append(f"left '{key}' above {others}, out of the documented order: it holds {held}, and YAML needs "
                     "an anchor before its aliases; for the documented order, write the value in the first key "
                     "that uses it, with the anchor there")


def _anchors_first(node: CommentedMap, keys: list[Any], wanted: list[Any]) -> list[Any]:
    """``wanted`` (the canonical order of ``keys``), with every key that holds an anchor moved up
    to just above the first key that aliases it, if it would come below it.

    YAML writes an anchor (`&app`) before its aliases (`*app`): a shared block (`x-common:`)
    put below the stage that aliases it would be written in the stage instead, in flow style
    (`[&app {channel: app, …}]`), its comments lost, and the block itself become an alias.  The
    canonical order is kept otherwise, so the result is the same when laid out again.
    """
    first: dict[int, Any] = {}  # an anchored value -> the key (in the file's order) that holds it first
    needs: dict[Any, list[Any]] = {key: [] for key in keys}
    for key in keys:
        for held in _anchored_values(key, node[key]):
            holder = first.setdefault(held, key)
            if holder != key and holder not in needs[key]:
                needs[key].append(holder)
    if not any(needs.values()):
        return wanted
    at = {key: i for i, key in enumerate(wanted)}
    out: list[Any] = []
    placed: set[Any] = set()

    def place(key: Any) -> None:
        if key in placed:
            return
        placed.add(key)
        for holder in sorted(needs[key], key=at.__getitem__):
            place(holder)
        out.append(key)

    for key in wanted:
        place(key)
    return out


def _mark_aliases(root: Any) -> None:
    """Note, on each list and mapping, the places where a value is an alias (`*app`), not its
    anchor (`&app`): the first place in the file's order holds the anchor.  ruamel gives both
    places one and the same value, so without the note the layout of an alias's place would
    reach into the anchored block elsewhere (take its comments, reorder it for this place).
    Keys are never moved below a key that aliases them (:func:`_anchors_first`), so the first
    place stays first."""
    first: dict[int, tuple[Any, Any]] = {id(root): (None, None)}  # a value -> its anchor's place
    todo: list[tuple[Any, Any, Any]] = [(None, None, root)]
    while todo:
        holder, key, obj = todo.pop()
        if holder is not None:
            if isinstance(obj, (CommentedMap, CommentedSeq)) or _has_anchor(obj):
                if id(obj) in first:
                    if key is not None:
                        marks = getattr(holder, "_cxkit_aliases", None)
                        if marks is None:
                            marks = holder._cxkit_aliases = set()
                        marks.add(key)
                        _drop_shared_comments(holder, key, *first[id(obj)])
                    continue
                first[id(obj)] = (holder, key)
        if isinstance(obj, CommentedMap):
            merges = getattr(obj, merge_attrib, None) or ()
            sequence = getattr(merges, "sequence", None)
            # `<<: [*etap, *zle]` is a list of aliases, whose places ruamel gives the anchors' comments too.
            parts = [(obj, None, sequence)] if sequence is not None else [(obj, None, merged) for merged in merges]
            parts += [(obj, k, v) for k, v in obj.items()]
        elif isinstance(obj, CommentedSeq):
            parts = [(obj, i, v) for i, v in enumerate(obj)]
        else:
            continue
        todo.extend(reversed(parts))


def _drop_shared_comments(holder: Any, key: Any, anchor_holder: Any, anchor_key: Any) -> None:
    """Take from an alias's place the comments ruamel copied there from its anchor's.

    ruamel keeps the comment after a scalar (`quote: &q Tekst` / `# note` / `name: *q`) with the
    scalar's node, which an alias shares: the same comment token lands at every alias too, and
    would be written once more there."""
    if anchor_holder is None:
        return
    try:
        mine, theirs = holder.ca.items.get(key), anchor_holder.ca.items.get(anchor_key)
    except AttributeError:
        return
    if not mine or not theirs:
        return
    def tokens(slot: Any) -> list[Any]:
        return list(slot) if isinstance(slot, list) else [slot] if slot is not None else []

    shared = {id(token) for slot in theirs for token in tokens(slot)}
    for i, slot in enumerate(mine):
        if isinstance(slot, list):
            kept = [token for token in slot if id(token) not in shared]
            mine[i] = kept or None
        elif slot is not None and id(slot) in shared:
            mine[i] = None


def _is_alias(container: Any, key: Any) -> bool:
    """Whether ``container[key]`` is written as an alias (see :func:`_mark_aliases`)."""
    marks = getattr(container, "_cxkit_aliases", None)
    return marks is not None and key in marks


def _anchored_values(*roots: Any) -> Iterator[int]:
    """The ids of the values under ``roots`` (keys too) that carry an anchor, each once: what an
    alias elsewhere may share.  A mapping's `<<:` merges count as its values."""
    seen: set[int] = set()
    todo = list(reversed(roots))
    while todo:
        obj = todo.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if _has_anchor(obj):
            yield id(obj)
        if isinstance(obj, CommentedMap):
            todo.extend(reversed([part for pair in obj.items() for part in pair]
                                 + list(getattr(obj, merge_attrib, None) or ())))
        elif isinstance(obj, CommentedSeq):
            todo.extend(reversed(obj))


def _has_anchor(obj: Any) -> bool:
    try:
        anchor = obj.yaml_anchor() if hasattr(obj, "yaml_anchor") else getattr(obj, "anchor", None)
    except Exception:  # noqa: BLE001 - a value of an odd type: holds no anchor of ruamel's
        return False
    return bool(getattr(anchor, "value", None))


def _key_column(node: CommentedMap, keys: list[Any]) -> int:
    try:
        return int(node.lc.key(keys[0])[1])
    except (AttributeError, KeyError, TypeError, IndexError):
        return 0


def _slot_index(container: Any) -> int:
    return 2 if isinstance(container, CommentedMap) else 0


def _tail_location(container: Any, key: Any) -> tuple[Any, Any]:
    """The container and key whose comment slot holds what follows this entry's content."""
    value = container[key]
    if _is_alias(container, key):
        return container, key  # `*app` ends on its own line: the anchored block's comments stay there
    if isinstance(value, CommentedMap) and len(value) and not _flow(value) and not getattr(value, merge_attrib, None):
        return _tail_location(value, list(value.keys())[-1])
    if isinstance(value, CommentedSeq) and len(value) and not _flow(value):
        return _tail_location(value, len(value) - 1)
    return container, key


def _has_eol_part(container: Any, key: Any) -> bool:
    # After a block scalar (| or >) the comment token has no end-of-line part.
    return not isinstance(container[key], (LiteralScalarString, FoldedScalarString))


def _split_token(value: str, eol: bool) -> tuple[str | None, list[str]]:
    if eol:
        head, sep, rest = value.partition("\n")
        if not sep:
            return head, []
    else:
        head, rest = None, value
    lines = rest.split("\n")
    if rest.endswith("\n") or rest == "":
        lines.pop()
    return head, lines


def _join_token(head: str | None, lines: list[str]) -> str:
    body = "".join(line + "\n" for line in lines)
    return body if head is None else head + "\n" + body


def _tail_ends(container: Any, key: Any) -> list[Any]:
    """The lists and mappings that end where this entry's content does, innermost first."""
    value = container[key]
    if _is_alias(container, key):
        return []
    if isinstance(value, CommentedMap) and len(value) and not _flow(value) and not getattr(value, merge_attrib, None):
        return [*_tail_ends(value, list(value.keys())[-1]), value]
    if isinstance(value, CommentedSeq) and len(value) and not _flow(value):
        return [*_tail_ends(value, len(value) - 1), value]
    return []


def _pop_tail(node: CommentedMap, key: Any, column: int) -> list[str]:
    """Cut the lines after an entry's content that belong to whatever comes next.

    They are in the comment slot of the entry's last line, and in the end comments of the
    lists and mappings that end with it (ruamel keeps a comment after a list whose last item
    ends in a flow list there).
    """
    moved = _pop_tail_slot(node, key, column)
    for inner in _tail_ends(node, key):
        end = inner.ca.end
        if not end or not all(isinstance(token, CommentToken) for token in end):
            continue
        lines = _lines_of(end)
        cut = 0 if moved else next((i for i, line in enumerate(lines)
                                    if line.lstrip().startswith("#") and _indent(line) <= column), len(lines))
        while cut > 0 and not lines[cut - 1].strip():
            cut -= 1
        if cut == len(lines):
            continue
        moved = moved + lines[cut:]
        inner.ca.end = [CommentToken(_join_token(None, lines[:cut]), CommentMark(0), None)] if lines[:cut] else []
    return moved


def _pop_tail_slot(node: CommentedMap, key: Any, column: int) -> list[str]:
    container, ckey = _tail_location(node, key)
    entry = container.ca.items.get(ckey)
    index = _slot_index(container)
    token = entry[index] if entry else None
    if not isinstance(token, CommentToken):
        return []
    eol = _has_eol_part(container, ckey)
    value, pad = token.value, 0
    if not eol and value.startswith("#"):
        # After a block value the token starts at its comment: the blanks in front of it are in
        # its column (without them, the comment lands at the start of its line, off its place).
        pad = getattr(token, "column", 0) or 0
        value = " " * pad + value
    head, lines = _split_token(value, eol)
    cut = len(lines)
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith("#") and len(line) - len(stripped) <= column:
            cut = i
            break
    while cut > 0 and not lines[cut - 1].strip():
        cut -= 1
    if cut == len(lines):
        return []
    kept, moved = lines[:cut], lines[cut:]
    if kept and pad:
        kept[0] = kept[0][pad:]  # the token keeps its column
    if (head is None or not head.strip()) and not kept:
        entry[index] = None
    else:
        token.value = _join_token(head, kept)
    return moved


def _push_tail(node: CommentedMap, key: Any, lines: list[str]) -> None:
    container, ckey = _tail_location(node, key)
    index = _slot_index(container)
    entry = container.ca.items.setdefault(ckey, [None, None, None, None])
    token = entry[index]
    eol = _has_eol_part(container, ckey)
    if isinstance(token, CommentToken):
        head, kept = _split_token(token.value, eol)
        token.value = _join_token(head, kept + lines)
    else:
        entry[index] = CommentToken(_join_token("" if eol else None, lines), CommentMark(0), None)


def _pop_before(node: CommentedMap, key: Any) -> list[str]:
    """Cut comment lines ruamel stored in front of a key (it does so after flow collections)."""
    entry = node.ca.items.get(key)
    if not entry or not entry[1]:
        return []
    lines: list[str] = []
    for token in entry[1]:
        if isinstance(token, CommentToken):
            value = token.value
            if value.startswith("#"):
                # The token starts at its comment: the blanks in front of it are in its column.
                value = " " * (getattr(token, "column", 0) or 0) + value
            lines.extend(_split_token(value, False)[1])
    entry[1] = None
    return lines


def _set_before(node: CommentedMap, key: Any, lines: list[str]) -> None:
    entry = node.ca.items.setdefault(key, [None, None, None, None])
    entry[1] = [CommentToken(_join_token(None, lines), CommentMark(0), None)]


def _lines_of(tokens: Any) -> list[str]:
    """The lines of a list of comment tokens ruamel keeps in front of something, each with its indentation."""
    lines: list[str] = []
    for token in tokens or ():
        if isinstance(token, CommentToken):
            value = token.value
            if value.startswith("#"):
                value = " " * (getattr(token, "column", 0) or 0) + value
            lines.extend(_split_token(value, False)[1])
    return lines


def _start_split(lines: list[str], column: int, top: bool = False, dash: bool = False) -> tuple[list[str], list[str]]:
    """The lines at the start of a mapping: (those that stay there, those that belong to its first key).

    The comment lines directly above the first key belong to it: those after the last
    blank line, from the first one indented no deeper than the keys on (as for any
    other key).  Lines above a blank line stay at the start of the mapping; at the top
    of the file (``top``) they are its header, and so are the lines directly above the
    first key when they hold an editor's modeline (`# yaml-language-server: …`) or a
    `# cxkit: disable-file=…`, or when no comment stands above a blank line: the block
    that opens the file.

    A `# cxkit: disable=…` comment on a line of its own applies to the next line with
    content, the key's: it goes with the key, and so does every comment after it, wherever
    it stands; a blank line stays between what stays and the key.  ``dash``: the first
    line stood after a list item's dash, where such a comment applies to that line only.
    """
    start = 0
    for i, line in enumerate(lines):
        if not line.strip():
            start = i + 1
    if top and (any(_MODELINE.match(line) for line in lines[start:]) or not any(line.strip() for line in lines[:start])):
        # The file's header: with a modeline, or the block that opens the file (see :func:`_opens_the_file`).
        start = len(lines)
    directive = next((i for i, line in enumerate(lines) if _OWN_LINE_DIRECTIVE.match(line) and not (dash and i == 0)),
                     len(lines))
    if directive < start:
        kept = lines[:directive]
        if kept and kept[-1].strip() and any(not line.strip() for line in lines[directive:]):
            kept.append("")  # apart from the content, as it was: a header stays one
        return kept, [line for line in lines[directive:] if line.strip()]
    cut = next((i for i in range(start, len(lines)) if _indent(lines[i]) <= column), len(lines))
    return lines[:cut], lines[cut:]


def _claim_item_start(seq: CommentedSeq, index: int, lines: list[str]) -> None:
    """Hand the comments after a list item's dash (`- # note` and the lines below it, above
    the item's first key) to the item's mapping, so they are written after the dash again.

    ruamel keeps them with the list item and writes them above the dash, where a comment
    speaks of the item and no longer of its first key.  Comments above the dash stay.
    """
    entry = seq.ca.items.get(index)
    item = seq[index]
    if not entry or not entry[1] or item.ca.comment is not None and item.ca.comment[0] is not None:
        return
    keys = list(item.keys())
    column = _key_column(item, keys) if keys else 0
    # After an item before it, ruamel keeps the comments above the dash and those after it in
    # one list: those above stay there, for the item; the rest, from the dash's line on, are the item's.
    above_dash = _above_dash(entry[1], lines)
    tokens = entry[1][above_dash:]
    mine = [t for t in tokens if isinstance(t, CommentToken) and (getattr(t, "column", 0) or 0) >= column]
    if not mine or len(mine) != len(tokens):
        return  # a comment above the dash among them: left as ruamel has it
    first = mine[0]
    line = getattr(getattr(first, "start_mark", None), "line", None)
    on_dash = (isinstance(line, int) and 0 <= line < len(lines) and lines[line].lstrip(" ").startswith("-")
               and "\n" not in first.value.rstrip("\n"))
    if not on_dash and isinstance(line, int) and 0 < line <= len(lines):
        # Not after the dash (`-` alone on the line above, past comments and blank lines), but
        # above it, after the item before (one that ends in a flow list): left where it is.
        above = next((row.strip() for row in reversed(lines[:line]) if row.strip() and not row.lstrip().startswith("#")), "")
        if above != "-" and not (_has_anchor(item) and re.fullmatch(r"-[ \t]+&[^ \t]+", above)):
            return
    head = first.value.rstrip("\n") if on_dash else ""
    body = _lines_of(mine[1:] if on_dash else mine)
    # After an anchor (`- &wybor  # note`) the comment stays at its column on the dash's line.
    column = (getattr(first, "column", 0) or 0) if head and _has_anchor(item) else 0
    item.ca.comment = [CommentToken(_join_token(head, body), CommentMark(column), None), None]
    entry[1] = entry[1][:above_dash] or None
    _drop_empty_slot(seq, index)


def _above_dash(tokens: list[Any], lines: list[str]) -> int:
    """How many of the comment ``tokens`` ruamel keeps in front of a list item stand above its dash,
    when some stand after it too (`# note` on a line of its own, then `- # note` on the dash's line
    or below a `-` alone); 0 otherwise, and when the lines do not tell."""
    rows = [getattr(getattr(t, "start_mark", None), "line", None) for t in tokens]
    if len(tokens) < 2 or not all(isinstance(row, int) and 0 <= row < len(lines) for row in rows):
        return 0
    dash = next((row for row in range(rows[0], len(lines)) if lines[row].lstrip(" ").startswith("-")), None)
    if dash is None:
        return 0
    return next((i for i, row in enumerate(rows) if row >= dash), 0)


def _drop_empty_slot(seq: CommentedSeq, index: int) -> None:
    # An empty slot of a list item makes ruamel's writer put the item mapping's second key on
    # the line of its first when the mapping has a comment after the dash.
    entry = seq.ca.items.get(index)
    if entry is not None and not any(entry):
        del seq.ca.items[index]


def _pop_start(node: CommentedMap, column: int, parent: tuple[Any, Any] | None) -> list[str]:
    """Cut the comment lines directly above a mapping's first key (see :func:`_start_split`).

    ruamel keeps them with the mapping: at the top of the file in its start comment,
    below `key:` in the parent's slots for that key (the end-of-line one too, whose own
    comment stays on the `key:` line), in a list item after its dash.
    """
    if parent is not None and isinstance(parent[0], CommentedSeq):
        comment = node.ca.comment
        token = comment[0] if comment is not None else None
        if not isinstance(token, CommentToken):
            return []
        head, body = _split_token(token.value, True)
        lines = ([" " * column + head] if head and head.strip() else []) + body
        if head and _has_anchor(node) and not _OWN_LINE_DIRECTIVE.match(head):
            # `- &wybor  # note`: the comment ends the line of the dash and the anchor (as it
            # would `key: &wybor  # note`), whichever key comes first below them.
            kept, moved = _start_split(lines[1:], column)
            kept = lines[:1] + kept
        elif head and _OWN_LINE_DIRECTIVE.match(head):
            # `- # cxkit: disable=…`: lint reads it as applying to the dash's line alone (where
            # the item's first key may not even stand); it stays there, as it is read.
            kept, moved = _start_split(lines[1:], column)
            kept = lines[:1] + kept
        else:
            kept, moved = _start_split(lines, column, dash=bool(head and head.strip()))
        if not kept:
            comment[0] = None
        elif head and head.strip():
            token.value = _join_token(head, kept[1:])
        else:
            token.value = _join_token("", kept)
        return moved
    if parent is not None:
        holder, key = parent
        entry = holder.ca.items.get(key)
        if entry is None:
            comment = node.ca.comment or [None, None]
            entry = holder.ca.items.setdefault(key, [None, None, comment[0], comment[1]])
        token = entry[2]
        head, body = _split_token(token.value, True) if isinstance(token, CommentToken) else (None, [])
        lines = body + _lines_of(entry[3])
        kept, moved = _start_split(lines, column)
        if not moved:
            return []
        entry[3] = None
        if isinstance(token, CommentToken) and (head or kept):
            token.value = _join_token(head or "", kept)  # the same token: an end-of-line comment keeps its column
        else:
            entry[2] = CommentToken(_join_token("", kept), CommentMark(0), None) if kept else None
        node.ca.comment = None
        return moved
    comment = node.ca.comment
    if comment is None or not comment[1]:
        return []
    lines = _lines_of(comment[1])
    own = _LIFTED_ABOVE_FIRST.get()  # lifted from between the first key and its value: the key's
    kept, moved = _start_split(lines[:len(lines) - own], column, top=True)
    moved += lines[len(lines) - own:]
    comment[1] = [CommentToken(_join_token(None, kept), CommentMark(0), None)] if kept else []
    return moved


def _add_start_comment(node: CommentedMap, lines: list[str], parent: tuple[Any, Any] | None) -> None:
    """Comment lines for a key that moved to the top of its mapping."""
    if parent is not None and isinstance(parent[0], CommentedSeq):
        # In a list item: on lines of their own above the dash, after any comment already
        # there.  The dash's line is the key's line now, and a comment on a line of its own
        # speaks of the next line: lint reads a `# cxkit: disable=…` there as applying to that
        # line, not one after the dash (`- # cxkit: …`), which applies to the dash's line alone.
        directives = [i for i, line in enumerate(lines) if _OWN_LINE_DIRECTIVE.match(line)]
        if len(directives) == 1 and _add_eol_comment(node, next(iter(node)), lines[directives[0]].strip()):
            # Above the dash, a suppression would reach the item's other keys too (lint reads a
            # comment there as one for the whole item): at the end of the key's line, it reaches
            # that line and its block, as above the key.
            lines = lines[:directives[0]] + lines[directives[0] + 1:]
        elif directives:
            raise _WideSuppression(lines[directives[-1]].strip(), (_pos(node.lc.key, next(iter(node))) or (0, 0))[0])
        while lines and not lines[0].strip():
            lines = lines[1:]  # blank lines between the comments above and the key: no place above a dash
        if not lines:
            return
        comment = node.ca.comment
        token = comment[0] if comment else None
        if isinstance(token, CommentToken) and _split_token(token.value, True)[0]:
            # A comment stays on the dash's line (`- # cxkit: …`): the key starts the next line,
            # and its comments go between the two, as in the file.
            head, kept = _split_token(token.value, True)
            token.value = _join_token(head, kept + lines)
            return
        seq, index = parent
        dash = getattr(seq, "_cxkit_dash", None)
        if index > 0 and isinstance(dash, int) and _ends_in_block(seq[index - 1]):
            # Written as they are, lines indented like the item's keys would be read as more
            # text of a `|` or `>` value that ends the item before: indented like the dash.
            lines = [" " * dash + line.lstrip(" ") if line.strip() else line for line in lines]
        entry = seq.ca.items.setdefault(index, [None, None, None, None])
        token = CommentToken(_join_token(None, lines), CommentMark(0), None)
        if entry[1]:
            entry[1].append(token)
        else:
            entry[1] = [token]
        return
    if parent is not None:
        # Below `key:` of the parent mapping: ruamel emits the parent's slots for that key,
        # and ignores the mapping's own start comment once the key has comments above it.
        holder, key = parent
        entry = holder.ca.items.setdefault(key, [None, None, None, None])
        token = entry[2]
        if isinstance(token, CommentToken):
            head, kept = _split_token(token.value, True)
            token.value = _join_token(head, kept + lines)
        elif entry[3]:
            entry[3].append(CommentToken(_join_token(None, lines), CommentMark(0), None))
        else:
            entry[2] = CommentToken(_join_token("", lines), CommentMark(0), None)
        return
    if node.ca.comment is None:
        node.ca.comment = [None, []]
    if node.ca.comment[1] is None:
        node.ca.comment[1] = []
    node.ca.comment[1].append(CommentToken(_join_token(None, lines), CommentMark(0), None))


def _ends_in_block(value: Any, depth: int = 0) -> bool:
    """Whether ``value``, as it is laid out now, ends in a `|` or `>` block value."""
    if isinstance(value, (LiteralScalarString, FoldedScalarString)):
        return True
    if isinstance(value, _Tagged):
        return value.style in ("|", ">")
    if depth > 200 or not isinstance(value, (CommentedMap, CommentedSeq)) or not value or _flow(value):
        return False
    last = next(reversed(value)) if isinstance(value, CommentedMap) else len(value) - 1
    return not _is_alias(value, last) and _ends_in_block(value[last], depth + 1)


class _WideSuppression(Exception):
    """A `# cxkit: disable=…` above a key that moves to the top of its list item, where fmt
    has no place for it that reaches that key's line alone (``args``: the comment, and the
    key's 0-based line in the text ruamel read)."""


def _add_eol_comment(node: CommentedMap, key: Any, comment: str) -> bool:
    """Write ``comment`` at the end of the line of ``key``, whose value is a one-line scalar or
    a `|`/`>` block (on its header line); False, and nothing done, where that cannot be done:
    the line has a comment already, or the value is a list, a mapping or on several lines."""
    value = node[key]
    entry = node.ca.items.get(key)
    if isinstance(value, (LiteralScalarString, FoldedScalarString)):
        if getattr(value, "comment", None) or (entry and entry[3]):
            return False
        value.comment = "  " + comment  # ruamel writes it after the block's indicator
        node.ca.items.setdefault(key, [None, None, None, None])[3] = [value.comment]
        return True
    if isinstance(value, (CommentedMap, CommentedSeq, _Tagged)) or "\n" in getattr(value, "raw", ""):
        return False
    if isinstance(value, str) and "\n" in value and not isinstance(value, _RawQuoted):
        return False  # written on several lines
    token = entry[2] if entry else None
    if token is not None and not (isinstance(token, CommentToken) and token.value.startswith("\n")):
        return False
    rest = token.value if token is not None else "\n"
    node.ca.items.setdefault(key, [None, None, None, None])[2] = CommentToken(" " + comment + rest, CommentMark(0), None)
    return True


def unified_diff(path: str, before: str, after: str, new_path: str | None = None, *, quote: bool = False) -> str:
    """A unified diff between the file as it is and as `cxkit fmt` would write it (or any two texts).

    A last line without a line break is marked the way `diff` and `git apply` expect.  With
    ``quote``, the paths are real names, and one holding a control character, a double quote
    or a backslash is quoted as git quotes it, so that the patch applies; one holding a space
    ends in a tab, as git writes it, so that `patch` reads the whole name.
    """
    names = ("a/" + path, "b/" + (new_path or path))
    if quote:
        names = (patch_name(names[0]) + ("\t" if " " in names[0] else ""),
                 patch_name(names[1]) + ("\t" if " " in names[1] else ""))
    lines = difflib.unified_diff(_lines(before), _lines(after), fromfile=names[0], tofile=names[1])
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


_C_ESCAPES = {"\a": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f", "\r": "\\r",
              '"': '\\"', "\\": "\\\\"}
_NEEDS_QUOTES = re.compile('[\x00-\x1f\x7f"\\\\\udc80-\udcff]')


def patch_name(name: str) -> str:
    """A file name for a patch header: as it is, or in double quotes with C escapes, which
    `git apply` and GNU patch read back (a byte that is not UTF-8 becomes its octal escape)."""
    if _NEEDS_QUOTES.search(name) is None:
        return name
    out = []
    for ch in name:
        code = ord(ch)
        if ch in _C_ESCAPES:
            out.append(_C_ESCAPES[ch])
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\{code:03o}")
        elif 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for a byte that is not UTF-8
            out.append(f"\\{code - 0xDC00:03o}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _lines(text: str) -> list[str]:
    """Lines ended by \\n only: str.splitlines would also cut at U+2028 and friends inside a value."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


# --- files -------------------------------------------------------------------------------------

_BOM = "\ufeff"
# The byte-order marks lint reads a file by (yamlio's decode), UTF-32 first: its little-endian
# mark starts with UTF-16's.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _not_ours(display: str, doc: Any) -> FileOutcome:
    """Skip YAML that is not a cxkit document, but report a misspelt kind as lint does."""
    from .named import shaped_like_document
    from .workspace import claims_cxkit_kind

    data = doc.data if doc is not None else None
    # A misspelt kind, `Kind:`, a persona that lost its `kind:` line, or one written as a list item
    # (`- kind: persona`): lint reports these, so fmt does.
    if not ((isinstance(data, dict) and claims_cxkit_kind(doc.loaded, b""))
            or (isinstance(data, list) and shaped_like_document(data, doc.loaded.text, b""))):
        return FileOutcome(display, "skipped")
    problems = []
    for issue in doc.issues:
        line, col = issue.position(doc.loaded)
        problems.append((line, col, "schema", issue.message))
    return FileOutcome(display, "error", problems=problems) if problems else FileOutcome(display, "skipped")


def _pasted_key(doc: Any) -> tuple[int, int, str, str] | None:
    """The schema's finding on a key that starts with look-alike spaces (`\xa0\xa0age:` pasted under
    `demographics:`) or a list item whose dash is followed by one (`-\xa0Założyć konto`), located,
    or None.  Laid out, such a key would be moved to the end of its mapping as an unknown field,
    away from the line it was meant to be indented under, and the item joined to its key's line."""
    from .model.validate import pasted_spaces

    for issue in doc.issues:
        key = issue.path[-1] if issue.path else None
        value: Any = doc.loaded.data
        for part in issue.path:
            try:
                value = value[part]
            except (KeyError, IndexError, TypeError):
                value = None
                break
        pasted_key = isinstance(key, str) and issue.code == "unknown_field" and pasted_spaces(key)
        pasted_dash = isinstance(value, str) and value.startswith("-") and pasted_spaces(value[1:])
        if pasted_key or (pasted_dash and issue.code == "list_type"):
            line, col = issue.position(doc.loaded)
            return (line, col, "schema", f"{issue.message}; the file is left as it is until then")
    return None


# --- already laid out? ----------------------------------------------------------------------------
#
# Most files a CI job checks are laid out already, and proving that with the round trip (ruamel's
# pure-Python reader and writer) costs some 15 ms a file.  :func:`laid_out_already` proves it from
# the node tree lint's C parser has built anyway: it writes the tree out the way fmt's writer would,
# for a plain subset of YAML only (block mappings and lists, keys in canonical order, one-line
# values that the writer keeps as they are, `|`/`>` values, one-line flow lists, comment lines
# above the first key, a comment after a key that opens a block), and compares that with the text.  Equal, the text holds nothing else (no
# anchor, tag, `---`), so the round trip would give it back unchanged.  Comments and blank lines
# the writer gives back where they stand are taken over as they are (see :func:`_take_gap`): the
# guiding comments between the keys of a `cxkit new` document, say.  Anything outside the subset,
# or any difference at all, says "not proven" and the file takes the full round trip.

# The characters a one-line value may hold to be written back as it is: printable ones, without
# the invisible ones (zero-width and bidi marks, odd spaces) and line separators fmt treats apart.
_ODD_CHARACTER = re.compile(
    "[^\x20-\x7e\xa1-\xac\xae-\u1fff\u2010-\u2027\u2030-\u205e\u2070-\ud7ff\ue000-\ufefe\uff00-\ufffd"
    "\U00010000-\U0010fffd]"
)
# What keeps a one-line value from being written plain: an indicator first (or `---`, `...`),
# `: ` or ` #` inside, `:` last, or a space at either end.
_NOT_PLAIN = re.compile(r"\A(?:[-?:,\[\]{}#&*!|>'\"%@`\s]|\.\.\.)|: |\s#|:\Z|\s\Z")
# A comment line at the top of the file, above the first key, as fmt's writer gives it back.
_HEADER_COMMENT = re.compile(r"#(?:[ ][^\r\n\t]*[^\s])?\Z")
_FLOW_INDICATOR = re.compile(r"[,\[\]{}]")
_DECIMAL = re.compile(r"(?:0|[1-9][0-9]*)\Z")
# Numbers written back as written: `7`, `-2`, `4.5`.
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?\Z")
_STR_TAG = _STD + "str"
# The writer puts a long key on a line of its own as an explicit `? key` (at some 995 characters,
# tag included: see _Emitter.MAX_SIMPLE_KEY_LENGTH); keys longer than this take the round trip.
_LONG_KEY = 128
_BLOCK_HEADERS = {"|": ("|", "|-"), ">": (">", ">-")}


#: The text :func:`format_file` is laying out and the node tree lint's parser built of it, for
#: :func:`format_text` to tell a file laid out already without the round trip.
_PARSED: ContextVar[tuple[str, Any] | None] = ContextVar("_PARSED", default=None)


class _NotProven(Exception):
    """The text is outside the subset :func:`laid_out_already` proves."""


def laid_out_already(text: str, root: Any) -> bool:
    """Whether ``text`` (whose node tree, as lint's parser read it, is ``root``) is certain to be
    what fmt would write for it: True only when proven; False also for "cannot tell"."""
    if not isinstance(root, MappingNode) or not text.endswith("\n") or "\t" in text:
        return False
    ending = "\n"
    if "\r" in text:
        if not (text.count("\r") == text.count("\r\n") == text.count("\n")):
            return False  # mixed line ends: fmt makes them one
        ending = "\r\n"
    kind = next((v.value for k, v in root.value if isinstance(k, ScalarNode) and k.value == "kind"
                 and isinstance(v, ScalarNode)), None)
    shape = SHAPES.get(kind) if kind is not None else None
    if shape is None:
        return False
    lines = text.split(ending)
    # Comment lines above the first key (what the file is, how to fill it in), and blank lines
    # between them and below them: written back as they are.  Blank lines above the first comment
    # line are not (the writer drops them).
    out = list(itertools.takewhile(lambda line: not line or _HEADER_COMMENT.match(line), lines))
    if out and (root.start_mark.line != len(out) or not out[0]
                or any(_SUPPRESSION.search(line) or _ODD_CHARACTER.search(line) for line in out)):
        return False
    closed: list[int] = []
    try:
        _prove_mapping(root, shape, 0, "", lines, out, closed)
        _take_gap(lines, out, 0, closed, last=True)
    except _NotProven:
        return False
    return len(out) == len(lines) - 1 and ending.join(out) + ending == text


# A comment line between two entries (or at the end), as the writer gives it back: `#`, then a
# space and something not blank, nothing after it; no tab.
_GAP_COMMENT = re.compile(r"([ ]*)(#(?:[ ][^\r\n\t]*[^\s])?)\Z")


def _take_gap(lines: list[str], out: list[str], column: int, closed: list[int], last: bool = False) -> None:
    """Take over the comment lines and blank lines that stand where ``out`` has got to in
    ``lines``, before an entry (a key or a list item's dash) at ``column``, or at the end of the file.

    The writer gives back a comment line as it stands when it is indented like the entry below it,
    or like the entries of a block that has just ended above it (``closed``: those blocks'
    columns); a comment line indented otherwise, or not as plain, is not proven.  A blank line
    is a line with nothing on it, not the last line of the file.
    """
    columns = (column, *closed)
    closed.clear()
    end = len(lines) - 1  # the empty string after the file's last line end
    while len(out) < end:
        line = lines[len(out)]
        if not line:
            if last and all(not rest for rest in lines[len(out):end]):
                raise _NotProven  # blank lines at the end of the file
            out.append(line)
            continue
        comment = _GAP_COMMENT.match(line)
        if comment is None:
            if line.lstrip(" ").startswith("#"):
                raise _NotProven
            return
        if (len(comment.group(1)) not in columns or _SUPPRESSION.search(line)
                or _ODD_CHARACTER.search(line)):
            raise _NotProven
        out.append(line)


def _with_comment(line: str, written: str) -> str:
    """The file's ``line`` when it is ``written`` and a comment after it (`emotion: 0  # -2..+2`),
    as the writer gives such a line back; else ``written``."""
    if len(line) > len(written) and line.startswith(written + " "):
        comment = _GAP_COMMENT.match(line, len(written) + 1)
        if (comment is not None and not _SUPPRESSION.search(line, len(written))
                and not _ODD_CHARACTER.search(line, len(written))):
            return line
    return written


_RESOLVER: Any = None


def _resolved(value: str) -> str:
    """The tag fmt's reader gives a plain value written ``value``."""
    global _RESOLVER
    if _RESOLVER is None:
        _RESOLVER = _yaml().resolver
    return str(_RESOLVER.resolve(ScalarNode, value, (True, False)))


def _plain(value: str, flow: bool = False, key: bool = False) -> str:
    """``value`` as fmt writes a plain one-line value that holds it, or :class:`_NotProven`."""
    if not key and _NUMBER.match(value):
        tag = _resolved(value)
        if tag == _INT_TAG or (tag == _FLOAT_TAG and "." in value):
            return value
        raise _NotProven
    if (not value or "\n" in value or _NOT_PLAIN.search(value) or _ODD_CHARACTER.search(value)
            or (flow and _FLOW_INDICATOR.search(value))):
        raise _NotProven
    tag = _resolved(value)
    if tag == _STR_TAG or (not key and tag == _INT_TAG and _DECIMAL.match(value)):
        return value
    if not key and tag == _TIMESTAMP_TAG and _ISO_DATE.match(value):
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            raise _NotProven from None
        return value
    raise _NotProven


def _one_line(node: Any, date: bool = False) -> str:
    """A scalar written on one line, as fmt writes it back."""
    if not isinstance(node, ScalarNode) or node.anchor is not None:
        raise _NotProven
    value = node.value
    if not node.style:
        if date and not _ISO_DATE.match(value):
            raise _NotProven
        return _plain(value)
    if date or not value or "\n" in value or _ODD_CHARACTER.search(value):
        raise _NotProven
    if node.style == "'":
        return "'" + value.replace("'", "''") + "'"
    if node.style == '"' and '"' not in value and "\\" not in value:
        return '"' + value + '"'
    raise _NotProven


def _prove_mapping(node: Any, shape: Shape | None, indent: int, first: str, lines: list[str], out: list[str],
                   closed: list[int]) -> None:
    """Write a block mapping as fmt would (its first line starts with ``first``, a list item's dash)."""
    if not isinstance(node, MappingNode) or node.flow_style or not node.value or node.anchor is not None:
        raise _NotProven
    rank = {k: i for i, k in enumerate(shape.order)} if shape is not None else {}
    last: tuple[int, int] = (-1, 0)
    seen: set[str] = set()
    meant: dict[Any, int] | None = None
    pad = " " * indent
    for i, (key_node, value) in enumerate(node.value):
        if not isinstance(key_node, ScalarNode) or key_node.style or key_node.anchor is not None:
            raise _NotProven
        key = _plain(key_node.value, key=True)
        if key in seen or key == "<<" or len(key) > _LONG_KEY:
            raise _NotProven
        seen.add(key)
        # Canonical order: the known keys in the documented order (a key that stands for one, where it
        # goes), then the author's own.
        if key in rank:
            at = (rank[key], 0)
        else:
            if meant is None:
                meant = _meant_ranks((_plain(k.value, key=True) for k, _v in node.value
                                      if isinstance(k, ScalarNode)), rank)
            at = (meant[key], 1) if key in meant else (len(rank), 1)
        if at < last or (at == last and at[1] == 0):
            raise _NotProven
        last = at
        if i > 0 or (indent and not first):  # the file's first key: after the comment lines above it
            _take_gap(lines, out, indent, closed)
        head = (first or pad if i == 0 else pad) + key + ":"
        child = shape.children.get(key) if shape is not None else None
        if isinstance(value, ScalarNode) and value.style in ("|", ">"):
            _prove_block(value, head, indent + 2, lines, out)
        elif isinstance(value, ScalarNode):
            written = head + " " + _one_line(value, date=shape is not None and key in shape.dates)
            out.append(_with_comment(lines[len(out)], written) if len(out) < len(lines) else written)
        elif isinstance(value, SequenceNode) and value.flow_style:
            if not value.value or value.anchor is not None:
                raise _NotProven
            out.append(head + " [" + ", ".join(_flow_item(item) for item in value.value) + "]")
        elif isinstance(value, SequenceNode):
            out.append(_with_comment(lines[len(out)], head) if len(out) < len(lines) else head)
            _prove_list(value, child.item if isinstance(child, ListOf) else None, indent + 2, lines, out, closed)
        else:
            out.append(_with_comment(lines[len(out)], head) if len(out) < len(lines) else head)
            _prove_mapping(value, child if isinstance(child, Shape) else None, indent + 2, "", lines, out, closed)
    closed.append(indent)


def _flow_item(node: Any) -> str:
    if not isinstance(node, ScalarNode) or node.style or node.anchor is not None:
        raise _NotProven
    return _plain(node.value, flow=True)


def _prove_list(node: Any, item: Shape | None, indent: int, lines: list[str], out: list[str], closed: list[int]) -> None:
    if not node.value or node.anchor is not None:
        raise _NotProven
    dash = " " * indent + "- "
    for value in node.value:
        _take_gap(lines, out, indent, closed)
        if isinstance(value, MappingNode):
            _prove_mapping(value, item, indent + 2, dash, lines, out, closed)
        elif isinstance(value, ScalarNode) and value.style not in ("|", ">"):
            written = dash + _one_line(value)
            out.append(_with_comment(lines[len(out)], written) if len(out) < len(lines) else written)
        else:
            raise _NotProven
    closed.append(indent)


def _prove_block(node: Any, head: str, indent: int, lines: list[str], out: list[str]) -> None:
    """A `|` or `>` value (clipped or stripped), each line of it indented by ``indent``, none more,
    none blank, none ending in a blank: written back line for line."""
    if node.anchor is not None:
        raise _NotProven
    start = node.start_mark.line
    end = node.end_mark.line + (1 if node.end_mark.column else 0)  # the line after its last one
    if not 0 <= start < end <= len(lines) or start != len(out):
        raise _NotProven
    header = lines[start].rpartition(" ")[2]
    if header not in _BLOCK_HEADERS[node.style]:
        raise _NotProven
    pad = " " * indent
    body = lines[start + 1:end]
    if not body:
        raise _NotProven
    for line in body:
        if (not line.startswith(pad) or line[indent:indent + 1] in ("", " ") or line[-1:].isspace()
                or _ODD_CHARACTER.search(line)):
            raise _NotProven
    texts = [line[indent:] for line in body]
    value = ("\n" if node.style == "|" else " ").join(texts) + ("" if header.endswith("-") else "\n")
    if value != node.value:
        raise _NotProven
    out.append(head + " " + header)
    out.extend(body)


def format_file(target: Any, config: Any, content: bytes | None = None, fix: bool = False) -> FileOutcome:
    """Work out the canonical text of one discovered file; never writes.

    ``content``: the document's bytes, read already (at most one past the size cap), for a
    document that is in no file (`cxkit fmt -` reads it from stdin); ``target`` then only names it.
    ``fix``: first make the fixes the schema's messages state (`cxkit fmt --fix`, :mod:`cxkit.fixes`).
    """
    if fix:
        return _fixed_file(target, config, content)
    doc, refused = _read_for_layout(target, config, content)
    if refused is not None:
        return refused
    try:
        raw = target.fs_path.read_bytes() if content is None else content
    except OSError as exc:
        return FileOutcome(target.display, "error", problems=[(1, 1, "read-error", f"cannot read the file: {exc.strerror or exc}")])
    codec, mark = next(((name, bom) for bom, name in _WIDE_BOMS if raw.startswith(bom)), ("utf-8", b""))
    try:
        text = raw[len(mark):].decode(codec)
    except UnicodeDecodeError as exc:  # lint reads the same bytes: not expected here
        return FileOutcome(target.display, "error", problems=[
            (1, 1, "read-error", f"cannot read the file as {codec.upper()}: {exc.reason}; left untouched")])
    bom = text.startswith(_BOM)
    body = text[1:] if bom else text
    parsed = _PARSED.set((body, doc.loaded.root) if doc.loaded.text == body else None)
    notes: list[str] = []
    collecting = _NOTES.set(notes)
    try:
        after = format_text(body)
    except FormatError as exc:
        return FileOutcome(target.display, "error", problems=[(exc.line, exc.column, exc.rule, exc.message)])
    finally:
        _PARSED.reset(parsed)
        _NOTES.reset(collecting)
    after = _BOM + after if bom else after
    status = "unchanged" if after == text else "changed"
    moved = _moved_unknown(doc, after) if status == "changed" else ()
    return FileOutcome(target.display, status, before=text, after=after, codec=codec, mark=mark, moved=moved,
                       notes=tuple(dict.fromkeys(notes)))


def _read_for_layout(target: Any, config: Any, content: bytes | None) -> tuple[Any, FileOutcome | None]:
    """The document :func:`format_file` lays out, or (None and) the outcome it reports without laying
    anything out: skipped (no cxkit document), or an error of reading it."""
    from .workspace import load_document

    doc, hits, read_error = load_document(target, config, None if content is None else (content, len(content)))
    if hits and not read_error and target.explicit:
        from .named import claims_document

        # A named file that does not parse (mkdocs.yml's `!!python/name:` tags, a Helm template's
        # `{{ }}`) is left alone, as a folder scan leaves it, unless it says it is a cxkit document:
        # the pre-commit hook hands fmt every changed YAML file of the repository.
        if not claims_document(target, content):
            return None, FileOutcome(target.display, "skipped")
    if hits and not read_error and all(h.message.endswith(_TAB_INDENT) for h in hits):
        # Indented with tabs: laid out when they read one way (a tab a level: _format_text does it), else told how.
        doc, hits = _untabbed_document(target, config, content, hits)
    if hits:
        rule = "read-error" if read_error else "yaml-syntax"
        return None, FileOutcome(target.display, "error",
                                 problems=[(h.line, h.column, rule, h.message) for h in hits])
    if doc is None or doc.kind is None:
        return None, _not_ours(target.display, doc)
    if (pasted := _pasted_key(doc)) is not None:
        return None, FileOutcome(target.display, "error", problems=[pasted])
    return doc, None


def _untabbed_document(target: Any, config: Any, content: bytes | None, hits: list[Any]) -> tuple[Any, list[Any]]:
    """The document of a file indented with tabs (lint's ``hits`` say where), read with a tab a level
    (:func:`_tabs_as_levels`), and no hits; else (None and) the hits, the first told that the tabs mix with spaces."""
    from dataclasses import replace as replaced

    from .workspace import load_document

    try:
        raw = target.fs_path.read_bytes() if content is None else content
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None, hits
    untabbed = _tabs_as_levels(text.replace("\r\n", "\n"))
    if untabbed is None:
        return None, [replaced(hits[0], message=hits[0].message + MIXED_TABS), *hits[1:]]
    encoded = untabbed.encode("utf-8")
    doc, again, _error = load_document(target, config, (encoded, len(encoded)))
    return (doc, []) if not again else (None, hits)


def _fixed_file(target: Any, config: Any, content: bytes | None) -> FileOutcome:
    """:func:`format_file` of the file with the fixes the schema's messages state made first."""
    return _fixed(target, config, content)[0]


def fixed_findings(target: Any, config: Any, content: bytes | None = None) -> set[tuple[int, int, str]]:
    """The `schema` findings (line, column, message, as `cxkit lint` places and words them) that `cxkit fmt
    --fix` fixes in the file: :func:`_fixed_file`'s own decision, none when it would write nothing (the
    fixed text cannot be laid out, no cxkit document).  Nothing is written."""
    # Of the file as written, only whether it is skipped counts here (its layout is not what is written
    # then), so it is read and not laid out; the fixed text is laid out, as it decides whether anything is
    # written, and only when a fix made is a finding's.
    _doc, refused = _read_for_layout(target, config, content)
    before = refused if refused is not None else FileOutcome(target.display, "unchanged")
    outcome, fixes = _fixed(target, config, content, before)
    if outcome.status not in ("unchanged", "changed") or not outcome.fixes:
        return set()
    return {fix.finding for fix in fixes if fix.finding is not None}


def _fixed(target: Any, config: Any, content: bytes | None,
           before: FileOutcome | None = None) -> tuple[FileOutcome, list[Any]]:
    """:func:`_fixed_file`'s outcome and the fixes it made (:class:`cxkit.fixes.Fix`; none when the outcome
    holds none of them).  ``before``: the outcome of the file as written, when known without laying it
    out (:func:`fixed_findings`); the fixed text is then laid out only when a fix made is a finding's."""
    from .fixes import fix_text

    laid_out = format_file(target, config, content) if before is None else before
    if laid_out.status == "skipped":
        return laid_out, []  # no cxkit document (`kind: Persona` beside an `apiVersion`): nothing to fix either
    try:
        raw = target.fs_path.read_bytes() if content is None else content
        codec, mark = next(((name, bom) for bom, name in _WIDE_BOMS if raw.startswith(bom)), ("utf-8", b""))
        text = raw[len(mark):].decode(codec)
    except (OSError, UnicodeDecodeError):
        return laid_out, []  # reported as fmt reports it
    bom = text.startswith(_BOM)
    body = text[1:] if bom else text
    fixed, fixes, left = fix_text(body)
    if not fixes or (before is not None and all(fix.finding is None for fix in fixes)):
        laid_out.left = left
        return laid_out, []
    outcome = format_file(target, config, mark + ((_BOM if bom else "") + fixed).encode(codec))
    if outcome.status not in ("unchanged", "changed"):
        return outcome, []
    outcome.before = text
    outcome.status = "unchanged" if outcome.after == text else "changed"
    outcome.fixes, outcome.left = len(fixes), left
    return outcome, fixes


def _moved_unknown(doc: Any, after: str) -> tuple[tuple[str, str | None], ...]:
    """The unknown keys (`cele:`, a Polish field name) that ``after`` puts below other keys than the
    file had above them: the documented order puts the known keys first.  Read again only for a
    file with an unknown key."""
    unknown = [i for i in doc.issues if i.code == "unknown_field" and isinstance(i.field, str) and i.path]
    if not unknown:
        return ()
    from .yamlio import load_text

    laid = load_text(after.lstrip(_BOM)).data
    moved = []
    for issue in unknown:
        before_map, after_map = _mapping_at(doc.data, issue.path[:-1]), _mapping_at(laid, issue.path[:-1])
        key = issue.field
        if before_map is None or after_map is None or key not in before_map or key not in after_map:
            continue
        above_before, above_after = list(before_map), list(after_map)
        # The author's own `x-` keys, which the layout puts last, do not count.
        if _not_own(above_before[:above_before.index(key)]) != _not_own(above_after[:above_after.index(key)]):
            # A key that stands for a field the mapping has (`opis` beside `summary`) is put after that field.
            from .model.validate import meant_field

            beside = None if issue.meant else meant_field(key, [k for k in after_map if isinstance(k, str) and k != key])
            moved.append((key, issue.meant or (f"={beside}" if beside else None)))
    return tuple(moved)


def _not_own(keys: list[Any]) -> set[Any]:
    return {k for k in keys if not (isinstance(k, str) and k.startswith("x-"))}


def _mapping_at(data: Any, path: tuple[Any, ...]) -> dict[Any, Any] | None:
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data if isinstance(data, dict) else None
