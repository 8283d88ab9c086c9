"""What the machine formats add to a finding's ``path:line:column``: the document it is in, the place
in the document's data, and where the value it points at ends.

A lint run works these out for each finding of a document rule while it holds the parsed document
(:func:`placed`), only when a machine format asked for them, and the cache keeps them in the
finding's row (:attr:`cxkit.lint.finding.Finding.at`).  A cross-file rule's finding at a document's
id or at a negative persona's trait gets them from the document's summary, worked out in the same
parse (:func:`summary_places`).  A finding still without them (a suppression comment's, one the
summary does not know, one cached by a text run) has them read from its file when the report is
written, each such file once.  The document and the
place in its data are named as `cxkit review`'s JSON names them (its code finds them), so a
finding of `cxkit lint -f json` and of `cxkit review -f json` are keyed alike.

The end is known where the finding points at the start of a value, a key or a list item (most
findings do): its ``end_line`` is the line of the node's last character, ``end_column`` the column
just after that character (1-based, in characters, as SARIF's ``endColumn``), trailing blanks and
line breaks of a `|` or `>` block left out.  A finding that points inside a text (a word of it) or
at a file that could not be read has no end.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from ...docpath import Kept, format_path, id_text, item_id, refs
from ...visible import raw_name
from ..finding import Finding

if TYPE_CHECKING:  # the YAML parser is imported only to read a file: a report from the cache needs none
    from array import array

    from ruamel.yaml.nodes import Node

    from ...yamlio import LoadedYAML


@dataclass(frozen=True, slots=True)
class Located:
    """``document``: the document's ``id`` as text (None without one); ``data_path``: the place in its
    data (``stages[research].emotion``; "" for the document as a whole; None when the file could not be
    read as YAML); ``end_line``/``end_column``: see the module's docstring (None when not known)."""

    document: str | None = None
    data_path: str | None = None
    end_line: int | None = None
    end_column: int | None = None


NOWHERE = Located()
#: The text of paths not to be read from disk while a report is written: see :func:`reading`.
_BUFFERS: ContextVar[Mapping[str, bytes]] = ContextVar("located_buffers", default={})


@contextlib.contextmanager
def reading(path: str, data: bytes) -> Iterator[None]:
    """While the report is written, the finding path ``path`` (as shown) is ``data``, not the file
    there: a document linted from stdin, whose saved file (if any) is an older version."""
    token = _BUFFERS.set({**_BUFFERS.get(), path: data})
    try:
        yield
    finally:
        _BUFFERS.reset(token)


@dataclass(slots=True)
class _File:
    loaded: LoadedYAML | None
    document: str | None
    #: (line, column), 1-based -> (rank, node, shown path) of the node that starts there and
    #: `cxkit review` would take for a finding there (None: not there).  Filled as findings ask
    #: (see :func:`_starting_at`), or for every node at once for a document with anchors.
    starts: dict[tuple[int, int], tuple[tuple[int, int], Node, str] | None]
    lines: list[str] | None = None
    #: Every node's start is in ``starts`` (a document with anchors: its aliases repeat nodes elsewhere).
    whole: bool = True


def _read(path: str, buffers: Mapping[str, bytes]) -> _File:
    raw = buffers.get(path)
    if raw is None:
        from ...limits import MAX_FILE_BYTES

        import os

        try:
            if not os.path.isfile(raw_name(path)):  # a FIFO or a device: opening it may never return
                return _File(None, None, {})
            with open(raw_name(path), "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        except (OSError, ValueError):
            return _File(None, None, {})
    from ...yamlio import load_bytes

    return _index(load_bytes(raw))


def _index(loaded: LoadedYAML) -> _File:
    """The nodes of a document read, by where they start."""
    if loaded.root is None:
        return _File(None, None, {})
    data = loaded.data
    document = id_text(data.get("id")) if isinstance(data, dict) else None
    starts: dict[tuple[int, int], tuple[tuple[int, int], Node, str] | None] = {}
    if "&" not in loaded.text:  # no anchor, so no alias: each node is once in the tree, in the text's order
        return _File(loaded, document, starts, whole=False)
    from ...diff.review import _walk  # the diff package only for a document with anchors

    for node, shown, _stable, _at, priority, depth in _walk(loaded.root, data, (), (), (), 0):
        where = (node.start_mark.line + 1, node.start_mark.column + 1)
        rank = (priority, depth)
        held = starts.get(where)
        if held is None or rank > held[0]:
            starts[where] = (rank, node, format_path(shown))
    return _File(loaded, document, starts)


def _starting_at(loaded: LoadedYAML, line: int, column: int) -> tuple[tuple[int, int], Node, str] | None:
    """What :func:`_index` keeps for the 0-based position (``line``, ``column``) of a document without
    anchors, found by going down the one branch that can hold a node starting there: the nodes of a
    key's value, or of a list item, start before the next key or item does.  The nodes met on the way
    are taken in the order and with the rank `cxkit review`'s walk gives them."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    where = (line, column)
    best: tuple[tuple[int, int], Node, tuple[Any, ...]] | None = None

    def take(node: Node, priority: int) -> None:
        nonlocal best
        mark = node.start_mark
        if (mark.line, mark.column) == where and (best is None or (priority, depth) > best[0]):
            best = ((priority, depth), node, shown)

    node, data, shown, depth = loaded.root, loaded.data, (), 0
    while True:
        if isinstance(node, MappingNode):
            pair = None
            for knode, vnode in node.value:
                if not isinstance(knode, ScalarNode) or knode.value == "<<":
                    continue
                if (knode.start_mark.line, knode.start_mark.column) > where:
                    break
                pair = knode, vnode
            if pair is None:
                break
            knode, vnode = pair
            data = data.get(knode.value) if isinstance(data, dict) else None
            shown, depth = shown + (knode.value,), depth + 1
            take(knode, 1)
            if not isinstance(vnode, MappingNode):
                take(vnode, 1)
            node = vnode
        elif isinstance(node, SequenceNode):
            index = -1
            for k, inode in enumerate(node.value):
                if (inode.start_mark.line, inode.start_mark.column) > where:
                    break
                index = k
            if index < 0:
                break
            items = data if isinstance(data, list) and len(data) == len(node.value) else [None] * len(node.value)
            shown, depth = shown + (refs(items)[index],), depth + 1
            node, data = node.value[index], items[index]
            take(node, 2)
        else:
            break
    return None if best is None else (best[0], best[1], format_path(best[2]))


def _last_leaf(node: Node) -> Node:
    """The node whose end is ``node``'s end: a block mapping or list ends where its last value does."""
    from ruamel.yaml.nodes import MappingNode, SequenceNode

    while isinstance(node, (MappingNode, SequenceNode)) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, MappingNode) else last
    return node


def _end(file: _File, node: Node) -> tuple[int, int] | None:
    """(end_line, end_column) of ``node``: its last character's line and the column after it."""
    from ruamel.yaml.nodes import ScalarNode

    node = _last_leaf(node)
    line, column = node.end_mark.line, node.end_mark.column
    if isinstance(node, ScalarNode) and node.style not in ("|", ">") and column > 0:
        return line + 1, column + 1
    if file.lines is None:
        file.lines = file.loaded.text.split("\n") if file.loaded is not None else []
    lines = file.lines
    # A block text (or a collection written in flow style over lines) may end past line breaks and blanks.
    text = lines[line][:column] if line < len(lines) else ""
    while not text.strip():
        line -= 1
        if line < 0 or line < node.start_mark.line:
            return None
        text = lines[line]
    return line + 1, len(text.rstrip()) + 1


def _place(file: _File, f: Finding) -> Located:
    if file.loaded is None:
        return NOWHERE
    if file.loaded.empty_item_at(f.line, f.column + 1):
        # At the dash of a list item written as a dash alone (`- `): its empty value starts after the
        # dash and has no width, so the finding covers the dash (see LoadedYAML.locate).
        after = replace(f, column=f.column + 1)
        found = _place(file, after)
        return replace(found, end_line=f.line, end_column=f.column + 1) if found.data_path is not None else found
    where = (f.line, f.column)
    if file.whole or where in file.starts:
        held = file.starts.get(where)
    else:
        held = file.starts[where] = _starting_at(file.loaded, f.line - 1, f.column - 1)
    if held is None:
        from ...diff.review import _locate

        return Located(file.document, _locate(file.loaded, f.line, f.column)[0])
    end = _end(file, held[1])
    return Located(file.document, held[2], *(end or (None, None)))


#: In :func:`summary_places`' numbers: a place left to :func:`_place` (the file is read for it).
NOT_PLACED = 0xFFFFFFFF


def summary_places(loaded: LoadedYAML, ident_at: tuple[int, int] | None,
                   traits: list[tuple[tuple[str, ...], int, list[Node] | None, int, int]] | None) -> array[int] | None:
    """What a document's summary keeps so that a cross-file rule's finding at its id or at one of its
    traits gets the place :func:`_place` gives it, without the file being read and parsed again after
    the run (trait-overlap's findings are on hundreds of files of a big workspace).

    ``ident_at``: the 1-based start of the id's value (None: no id); ``traits``: each trait's keys
    (``("goals",)``, ``("psychographics", "values")``), index in its list, the item nodes of that list
    (the first list under those keys, as the data keeps the first of duplicate keys; None when not
    known) and 1-based start, or None for none.  The numbers: the id value's end line and column,
    then (``traits`` given) each trait's end line and column and its index in its list.
    :data:`NOT_PLACED` as the line leaves the place to :func:`_place`; 0, 0 is a place without an end.

    The walk of :func:`_starting_at` goes down the keys to the item starting there (keys and items
    are in the text's order, a value lies between its key and the next one) and takes it, a list item
    ranking above every key and value on the way; the place is then its keys and index, and its end.
    Left to :func:`_place`: a document with anchors (aliases repeat nodes), a trait that is not where
    its item starts (a `text:` key written after another key), an item named by its id, and an item
    that may be an empty item's dash (a plain value or key starting with "-").  None for a document
    that is no mapping or has anchors."""
    from array import array

    root = loaded.root
    if root is None or root.id != "mapping" or "&" in loaded.text:
        return None
    file = _File(loaded, None, {}, whole=False)
    out = array("I")

    def end(node: Node, line: int, column: int) -> tuple[int, int] | None:
        """``node``'s end as _place gives it (0, 0 for none); None where _place takes (``line``,
        ``column``) for the dash of an empty list item, as only a plain text starting with "-" can be."""
        first = node.value[0][0] if node.id == "mapping" and node.value else node
        if (first.id != "scalar" or (first.style not in ("'", '"', "|", ">") and first.value[:1] == "-")) \
                and loaded.empty_item_at(line, column + 1):
            return None
        if node.id == "scalar" and node.style not in ("|", ">") and node.end_mark.column > 0:
            return node.end_mark.line + 1, node.end_mark.column + 1  # as _end does, without its lines
        return _end(file, node) or (0, 0)

    found = None
    if ident_at is not None:
        for knode, vnode in root.value:
            if knode.id == "scalar" and knode.value == "id":  # the first: the one the data keeps
                if vnode.id == "scalar" and (vnode.start_mark.line + 1, vnode.start_mark.column + 1) == ident_at:
                    found = end(vnode, *ident_at)
                break
    out.extend(found if found is not None else (NOT_PLACED, 0))
    if traits is None:
        return out
    data = loaded.data
    for keys, k, items, line, col in traits:
        item = items[k] if items is not None and k < len(items) else None
        found = None
        if item is None:
            pass
        elif item.id == "scalar":  # the trait is where it starts (see cxkit.workspace._text_mark)
            style = item.style
            if style not in ("|", ">") and (style in ("'", '"') or item.value[:1] != "-"):
                mark = item.end_mark
                if mark.column > 0:  # the usual trait, as end() finds it, only sooner
                    out.extend((mark.line + 1, mark.column + 1, k))
                    continue
            found = end(item, line, col)
        elif item.start_mark.line + 1 == line and item.start_mark.column + 1 == col:
            if item.id == "mapping":
                held = data
                for key in keys:
                    held = held.get(key) if isinstance(held, dict) else None
                # The walk names an item by its id where its data has one, or by its place in the file.
                if not (isinstance(held, list) and len(held) == len(items)
                        and (isinstance(held, Kept) or item_id(held[k]) is not None)):
                    found = end(item, line, col)
        out.extend((NOT_PLACED, 0, 0) if found is None else (*found, k))
    return out


def placed(loaded: LoadedYAML, findings: list[Finding]) -> list[Finding]:
    """``findings`` of the document ``loaded`` (as the lint run read it), each with its place in it
    (:attr:`Finding.at`): what the machine formats write, worked out while the document is parsed."""
    if not findings:
        return findings
    file = _index(loaded)
    return [replace(f, at=_at(_place(file, f))) for f in findings]


_UNKNOWN = (None, None, None, None)


def _at(where: Located) -> tuple[str | None, str | None, int | None, int | None]:
    if where is NOWHERE:
        return _UNKNOWN
    return (where.document, where.data_path, where.end_line, where.end_column)


def with_places(findings: Sequence[Finding]) -> Sequence[Finding]:
    """``findings``, each with its place (:attr:`Finding.at`): those the run could not place while it held
    their document (a cross-file rule's, a suppression comment's) read from their files, each file once.
    A list when some had none; else ``findings`` themselves."""
    if all(f.at is not None for f in findings):
        return findings
    return list(each_placed(findings))


def each_placed(findings: Sequence[Finding]) -> Iterator[Finding]:
    """:func:`with_places`' findings one at a time."""
    located = locate_all(findings)
    return (f if f.at is not None else replace(f, at=_at(where)) for f, where in zip(findings, located))


def locate_all(findings: Iterable[Finding], buffers: Mapping[str, bytes] | None = None) -> list[Located]:
    """Each finding's :class:`Located`: as the run worked it out (:attr:`Finding.at`), else read from
    its file, each file once.  ``buffers``: the text of a path that is not to be read from disk
    (default: those :func:`reading` names)."""
    if not isinstance(findings, Sequence):  # a sequence (a run's spilled findings) is read as it is
        findings = list(findings)
    out: list[Located] = [NOWHERE] * len(findings)
    by_path: dict[str, list[int]] = {}
    for i, f in enumerate(findings):
        if f.at is not None:
            out[i] = Located(*f.at)
        else:
            by_path.setdefault(f.path, []).append(i)
    for path, indexes in by_path.items():  # one file's parse held at a time, not every file's at once
        file = _read(path, _BUFFERS.get() if buffers is None else buffers)
        for i in indexes:
            out[i] = _place(file, findings[i])
        del file
    return out


def finding_dict(f: Finding, at: Located) -> dict[str, Any]:
    """A finding as `cxkit lint -f json` writes it."""
    return {
        "path": raw_name(f.path),
        "line": f.line,
        "column": f.column,
        "end_line": at.end_line,
        "end_column": at.end_column,
        "code": f.code,
        "rule": f.rule,
        "severity": f.severity.name,
        "message": f.message,
        "document": at.document,
        "data_path": at.data_path,
    }
