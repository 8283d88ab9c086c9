"""The semantic comparison of two documents, and of two sets of documents.

Works on plain loaded data (dicts, lists, scalars), so a document that does
not fit the format can still be compared.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, NamedTuple

from ..visible import raw_name, visible_line
from .match import (
    MOVED_ALIKE, Held, Kept, equality_key, flatten, inner_items, is_template, item_id, labels, list_items, list_name, movable,
    moved_items, one_of_copies, pair_items, pair_moved, refs, same, similarity,
)
from .model import ADDED, CHANGED, MOVED, REMOVED, Change, DiffResult, Doc, DocumentDiff, Item, Part, format_path

_KEY_NAME = re.compile(r"[^.\[\]]+\Z")


@dataclass(frozen=True)
class Options:
    """How to compare.

    ``exclude`` holds key names (``reviewed``, ``x-*``), which match that key
    anywhere, or path globs (``stages[*].metrics``), which match a whole path;
    ``*`` stands for one key or id, ``**`` for any run of the path.
    """

    ignore_order: bool = False
    exclude: tuple[str, ...] = ()
    #: What the ``exclude`` patterns met in the documents compared (filled as they are compared).
    use: "ExcludeUse" = field(default_factory=lambda: ExcludeUse(), compare=False, repr=False)
    #: The lists of stages too long for ids swapped or passed round to be looked for (filled as
    #: documents are compared; see :func:`match.pair_items`), for a note.
    unweighed: list["Unweighed"] = field(default_factory=list, compare=False, repr=False)
    #: The files git finds renamed between the two sides (by similarity), each (old, new) as a
    #: Doc's ``file`` names them: a document left over in one is paired with the other's, of the
    #: same kind, whatever its id, so that an id changed with the rename is a change of `id`.
    renamed: frozenset[tuple[str, str]] = field(default=frozenset(), compare=False, repr=False)


@dataclass
class Unweighed:
    """A journey whose stages changed under their ids in too great a number for stages that swapped
    their ids (or passed them round) to be looked for: each stage was compared with what its id named."""

    path: str
    document: str = ""
    file: str = ""

    def note(self, pl: bool = False) -> str:
        if pl:  # a workspace whose config says `lang = "pl"`
            return (f"{self.file} ({visible_line(self.document)}): pod swoimi id zmieniło się więcej etapów, niż cxkit "
                    f"zestawia, więc w `{self.path}` nie szuka etapów, które zamieniły się id albo je sobie przekazały: "
                    "każdy etap jest porównany z tym, co jego id oznaczało wcześniej")
        return (f"{self.file} ({visible_line(self.document)}): more stages changed under their ids than cxkit "
                "weighs, so stages that swapped their ids or passed them round are not looked for in "
                f"`{self.path}`: each stage is compared with what its id named before")


@dataclass
class ExcludeUse:
    """The ``exclude`` patterns that left something out, and the keys and paths the documents
    compared hold (to suggest one for a pattern that matched nothing)."""

    matched: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)
    paths: set[str] = field(default_factory=set)
    #: The `name` of each list item that has an id and a name -> those ids (`Zakup` -> {`purchase`}):
    #: a path glob that names a stage by its name is told its id.
    names: dict[str, set[str]] = field(default_factory=dict)

    def unmatched(self, patterns: Iterable[str]) -> list[tuple[str, str | None]]:
        """Each pattern that left nothing out, with the key or path it is closest to (None when none is close)."""
        import difflib

        out: list[tuple[str, str | None]] = []
        for pattern in dict.fromkeys(p.strip() for p in patterns if p.strip()):
            if pattern in self.matched:
                continue
            if _KEY_NAME.match(pattern):
                near = difflib.get_close_matches(pattern, sorted(self.keys), n=1, cutoff=_CLOSE)
                out.append((pattern, near[0] if near else None))
            else:
                out.append((pattern, self._mended(pattern)))
        return out

    def _mended(self, pattern: str) -> str | None:
        """``pattern`` with a key or id (or two) written as the documents have it, such that it
        matches a path they hold: the closest spelling (`emotoin` -> `emotion`, `purchse` -> `purchase`), or
        the id of the item whose `name` was written (`stages[Zakup]` -> `stages[purchase]`).  None
        when no key or id close to what was written makes it match: the rest of the path being
        alike is no reason to suggest another stage."""
        tokens = _path_tokens(pattern)
        if tokens is None:
            return None
        keys: set[str] = set()
        ids: set[str] = set()
        for path in self.paths:
            for kind, text, _start, _end in _path_tokens(path) or ():
                (ids if kind == "item" else keys).add(text)
        folded_names: dict[str, set[str]] = {}
        for name, owners in self.names.items():
            folded_names.setdefault(_fold(name), set()).update(owners)
        # For each key or id written, the spellings it may have meant: (likeness, start, end, spelling).
        fixes: list[list[tuple[float, int, int, str]]] = []
        for kind, text, start, end in tokens:
            if "*" in text or "?" in text:
                continue  # a glob, not a spelling to mend
            typed = _fold(text)
            options: dict[str, float] = {}
            for known in ids if kind == "item" else keys:
                score = _likeness(typed, _fold(known))
                if score >= _CLOSE and known != text:
                    options[known] = max(options.get(known, 0.0), score)
            if kind == "item":
                for name, owners in folded_names.items():
                    score = _likeness(typed, name)
                    if score >= _CLOSE:
                        for known in owners:
                            if known != text:
                                options[known] = max(options.get(known, 0.0), score)
            mine = []
            for known, score in options.items():
                if kind == "item":
                    spelled = str(Item(0, known))[1:-1]
                elif _KEY_NAME.match(known) and "*" not in known and "?" not in known:
                    spelled = known
                else:
                    continue
                mine.append((score, start, end, spelled))
            if mine:
                fixes.append(sorted(mine, key=lambda f: (-f[0], f[3]))[:3])
        # One key or id mended, or two (`stgaes[zakup]`), the likest first.
        found: list[tuple[float, str]] = []
        for n, first in enumerate(fixes):
            for a in first:
                found.append((a[0], pattern[:a[1]] + a[3] + pattern[a[2]:]))
                for second in fixes[n + 1:]:
                    for b in second:
                        found.append((a[0] * b[0], pattern[:a[1]] + a[3] + pattern[a[2]:b[1]] + b[3] + pattern[b[2]:]))
        for _score, candidate in sorted(found, key=lambda c: (-c[0], c[1])):
            if malformed_exclude(candidate) is not None:
                continue
            regex = re.compile(_glob_regex(candidate))
            if any(regex.fullmatch(path) for path in self.paths):
                return candidate
        return None


#: How alike (difflib's ratio, case and accents aside) a key or id must be to what was written to be suggested.
_CLOSE = 0.75


def _likeness(a: str, b: str) -> float:
    import difflib

    if a == b:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.ratio() if matcher.real_quick_ratio() >= _CLOSE and matcher.quick_ratio() >= _CLOSE else 0.0


def _fold(text: str) -> str:
    """``text`` without case and accents, as someone may type a stage's name: `Świadomość` -> `swiadomosc`."""
    import unicodedata

    text = text.casefold().replace("ł", "l")
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _path_tokens(path: str) -> list[tuple[str, str, int, int]] | None:
    """The keys and items of a path or glob as written: (``key`` or ``item``, its text, where the
    text starts and ends in ``path``); an item's text is its id or index, a quoted one unquoted.
    None when it is no path (a malformed glob)."""
    import json

    out: list[tuple[str, str, int, int]] = []
    i = 0
    while i < len(path):
        if path[i] == "[":
            quoted = re.match(_QUOTED + r"\]", path[i + 1:])
            close = i + quoted.end() if quoted else path.find("]", i)
            if close < 0:
                return None
            text = path[i + 1:close]
            if quoted:
                try:
                    text = json.loads(text)
                except ValueError:
                    return None
            out.append(("item", text, i + 1, close))
            i = close + 1
            continue
        if path[i] == ".":
            i += 1
        end = i
        while end < len(path) and path[end] not in ".[":
            end += 1
        out.append(("key", path[i:end], i, end))
        i = end
    return out


def malformed_exclude(pattern: str) -> str | None:
    """What is wrong with an ``exclude`` pattern, or None: a `[` never closed, a `]` never opened,
    an empty key or id (`stages..x`, `stages[]`), or a key written straight after a `]`."""
    pattern = pattern.strip()
    if _KEY_NAME.match(pattern):
        return None
    i, opened = 0, -1
    while i < len(pattern):
        ch = pattern[i]
        if opened >= 0:
            if ch == '"':
                end = i + 1
                while end < len(pattern) and pattern[end] != '"':
                    end += 2 if pattern[end] == "\\" else 1
                if end >= len(pattern):
                    return f"the quote at column {i + 1} is never closed"
                i = end
            elif ch == "[":
                return f"a '[' at column {i + 1} inside the brackets opened at column {opened + 1}"
            elif ch == "]":
                if i == opened + 1:
                    return f"the brackets at column {opened + 1} hold no id (write [*] for any item)"
                opened = -1
                if i + 1 < len(pattern) and pattern[i + 1] not in ".[":
                    return f"a key straight after the ']' at column {i + 1} (write '.' between them)"
        elif ch == "[":
            if i == 0:
                return "it starts with '[' (a path starts with a key: stages[*])"
            opened = i
        elif ch == "]":
            return f"the ']' at column {i + 1} closes no '['"
        elif ch == "." and (i == 0 or i + 1 == len(pattern) or pattern[i + 1] in ".["):
            return f"an empty key at the '.' at column {i + 1}"
        i += 1
    if opened >= 0:
        mended = _closed(pattern, opened)
        return f"the '[' at column {opened + 1} is never closed" + (f" ({mended})" if mended else "")
    return None


def _closed(pattern: str, opened: int) -> str | None:
    """``pattern`` with the bracket opened at ``opened`` closed where it was most likely meant to
    be: before the key that follows the id (`stages[awareness.emotion` -> `stages[awareness].emotion`),
    at the end (`stages[zakup` -> `stages[zakup]`), with `*` for an id never written (`stages[` ->
    `stages[*]`); None when that spelling is no valid glob either."""
    inside = pattern[opened + 1:]
    quoted = re.match(_QUOTED, inside)
    dot = inside.find(".", quoted.end() if quoted else 0)
    # `sources[v1.2`: a dot inside an id (a version) is no key that follows it.
    if dot >= 0 and inside[dot + 1:dot + 2].isalpha():
        mended = pattern[:opened + 1] + (inside[:dot] or "*") + "]" + inside[dot:]
    else:
        mended = pattern[:opened + 1] + (inside or "*") + "]"
    return mended if malformed_exclude(mended) is None else None


class Excluder:
    """Decides whether a place in a document is left out of the comparison, and records in
    ``use`` which patterns did and what the documents hold."""

    def __init__(self, patterns: Iterable[str], use: ExcludeUse | None = None) -> None:
        self.names: list[str] = []
        self.regexes: list[tuple[str, re.Pattern[str]]] = []
        for pattern in patterns:
            pattern = pattern.strip()
            if not pattern:
                continue
            if _KEY_NAME.match(pattern):
                self.names.append(pattern)
            else:
                self.regexes.append((pattern, re.compile(_glob_regex(pattern))))
        self.use = use

    def __bool__(self) -> bool:
        return bool(self.names or self.regexes)

    def __call__(self, parts: tuple[Part, ...]) -> bool:
        if not parts:
            return False
        last = parts[-1]
        use = self.use
        out = False
        if self.names and isinstance(last, str):
            if use is not None:
                use.keys.add(last)
            for name in self.names:
                if fnmatch.fnmatchcase(last, name):
                    out = True
                    if use is None:
                        return True
                    use.matched.add(name)
        if self.regexes:
            path = format_path(parts)
            if use is not None:
                use.paths.add(path)
            for pattern, regex in self.regexes:
                if regex.fullmatch(path):
                    out = True
                    if use is None:
                        return True
                    use.matched.add(pattern)
        return out


#: An id or key written as a JSON string in a path (`["team.lead"]`, `["2024"]`).
_QUOTED = r'"(?:[^"\\]|\\.)*"'


def _glob_regex(pattern: str) -> str:
    """A path glob as a regex over formatted paths.

    ``*`` is one key or id however the path writes it: `stages[*]` takes `[v1.2]` and
    `["a b"]`, `x-notes.*` takes `x-notes["team.lead"]`; ``**`` any run of the path.
    """
    out: list[str] = []
    i = 0
    inside = False  # between "[" and "]": an id or an index
    while i < len(pattern):
        ch = pattern[i]
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if inside:
            if ch == "]":
                inside = False
                out.append(r"\]")
            elif ch == "*":
                whole = pattern[i - 1] == "[" and pattern[i + 1:i + 2] == "]"
                out.append(f'(?:{_QUOTED}|[^\\[\\]"]*)' if whole else r'[^\[\]"]*')
            elif ch == "?":
                out.append(r'[^\[\]"]')
            else:
                out.append(re.escape(ch))
            i += 1
            continue
        if ch == "[":
            inside = True
            out.append(r"\[")
        elif ch == "*":
            after_dot = i > 0 and pattern[i - 1] == "."
            whole = (i == 0 or after_dot) and (i + 1 == len(pattern) or pattern[i + 1] in ".[")
            if whole:
                if after_dot:
                    out.pop()  # the "." is part of the key's own spelling
                dot = r"\." if after_dot else ""
                out.append(f"(?:{dot}[^.\\[\\]]*|\\[{_QUOTED}\\])")
            else:
                out.append(r"[^.\[\]]*")
        elif ch == "?":
            out.append(r"[^.\[\]]")
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out)


def prune(value: Any, excluded: Callable[[tuple[Part, ...]], bool], parts: tuple[Part, ...] = ()) -> Any:
    """A copy of ``value`` without the excluded places."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            p = parts + (k,)
            if not excluded(p):
                out[k] = prune(v, excluded, p)
        return out
    if isinstance(value, list):
        kept = Kept()
        use = excluded.use if isinstance(excluded, Excluder) and excluded.regexes else None
        for v, r in zip(value, refs(value)):
            if use is not None and r.id is not None and isinstance(v, dict) and isinstance(v.get("name"), str):
                use.names.setdefault(v["name"], set()).add(r.id)
            if not excluded(parts + (r,)):
                kept.append(prune(v, excluded, parts + (r,)))
                kept.origin.append(r.index)
        return kept
    return value


#: The keys whose values the format reads as numbers: `emotion: 1` and `+1` are one value there.
_NUMBER_FIELDS = frozenset({"emotion", "n", "age"})


def key_order(old: dict[Any, Any], new: dict[Any, Any]) -> list[Any]:
    """The keys of two versions of a mapping in the order a diff lists them: the new version's
    order, each key only the old one has right after the key it followed there."""
    new_pos = {k: n for n, k in enumerate(new)}
    events: list[tuple[tuple[int, int, int], Any]] = [((n, 0, 0), k) for n, k in enumerate(new)]
    anchor = -1
    for o, k in enumerate(old):
        if k in new_pos:
            anchor = new_pos[k]
        else:
            events.append(((anchor, 1, o), k))
    events.sort(key=lambda e: e[0])
    return [k for _key, k in events]


def item_order(old_count: int, new_count: int, pairs: Iterable[tuple[int, int]]) -> list[tuple[str, int]]:
    """The items of two versions of a list in the order a diff lists them, as ("pair", new index),
    ("add", new index) or ("remove", old index): the new version's order, each item only the old
    one has right after the paired item it followed there."""
    paired_old = dict(pairs)
    of_new = set(paired_old.values())
    events: list[tuple[tuple[int, int, int], str, int]] = [
        ((j, 0, 0), "pair" if j in of_new else "add", j) for j in range(new_count)
    ]
    anchor = -1
    for i in range(old_count):
        if i in paired_old:
            anchor = paired_old[i]
        else:
            events.append(((anchor, 1, i), "remove", i))
    events.sort(key=lambda e: e[0])
    return [(what, k) for _key, what, k in events]


def _respelled(old: Any, new: Any, parts: tuple[Part, ...]) -> bool:
    """An equal number written another way where the format reads it as text.

    `income: 3.500` (zł, three and a half thousand) and `3.5`, or a trait `1.10` and `1.100`,
    are different text to every reader, though the same number to YAML.  Numbers the format
    reads as numbers, and the user's own `x-` data, compare by value.
    """
    if not (isinstance(old, (int, float)) and isinstance(new, (int, float))) or isinstance(old, bool) or isinstance(new, bool):
        return False
    if str(old) == str(new):
        return False
    return reads_text(parts)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _same_text(old: Any, new: Any, parts: tuple[Part, ...]) -> bool:
    """A number and a string written alike (`1.10` and `"1.10"`) where the format reads text:
    the same text, quoted or not."""
    if not ((_number(old) and isinstance(new, str)) or (isinstance(old, str) and _number(new))):
        return False
    return str(old) == str(new) and reads_text(parts)


def reads_text(parts: tuple[Part, ...]) -> bool:
    """Whether the format reads a number at ``parts`` as the text written (a trait, `income`).

    Numbers under `emotion`, `age`, a source's `n` and the user's own `x-` keys are numbers.
    """
    keys = [p for p in parts if isinstance(p, str)]
    if any(k.startswith("x-") for k in keys):
        return False
    return not keys or keys[-1] not in _NUMBER_FIELDS


def _stages(parts: tuple[Part, ...]) -> bool:
    """Whether ``parts`` is a journey's list of stages (where an id may be given to another stage)."""
    return parts == ("stages",)


class _Loose(NamedTuple):
    """An item removed or added that may have moved (see :meth:`_Differ._relocate_alike`)."""

    #: The index of the change that removed or added it (or the list, or the item, holding it).
    change: int
    #: Its index in a list removed or added with its key; None for an item removed or added itself.
    k: int | None
    parts: tuple[Part, ...]
    value: Any
    #: Inside an item removed or added whole (a stage's opportunity), whose change stays.
    inner: bool


class _Differ:
    def __init__(self, options: Options) -> None:
        self.options = options
        self.changes: list[Change] = []
        #: The two documents compared (None in a differ of one moved value): a stage added or
        #: removed whole offers its items as moved only then (see :meth:`_relocate_alike`).
        self.roots: tuple[Any, Any] | None = None

    def emit(self, op: str, parts: tuple[Part, ...], old: Any = None, new: Any = None, **extra: Any) -> None:
        self.changes.append(Change(op, format_path(parts), old, new, parts=parts, **extra))

    def walk(self, old: Any, new: Any, parts: tuple[Part, ...]) -> None:
        if isinstance(old, dict) and isinstance(new, dict):
            self._map(old, new, parts)
        elif isinstance(old, list) and isinstance(new, list):
            self._list(old, new, parts)
        elif not same(old, new):
            if not _same_text(old, new, parts):
                self.emit(CHANGED, parts, old, new)
        elif _respelled(old, new, parts):
            self.emit(CHANGED, parts, str(old), str(new))  # text there: shown and given as the text

    def _map(self, old: dict[Any, Any], new: dict[Any, Any], parts: tuple[Part, ...]) -> None:
        for k in key_order(old, new):
            p = parts + (k,)
            if k in old and k in new:
                self.walk(old[k], new[k], p)
            elif k in old:
                self.emit(REMOVED, p, old[k], None)
            else:
                self.emit(ADDED, p, None, new[k])

    def _list(self, old: list[Any], new: list[Any], parts: tuple[Part, ...]) -> None:
        stages = _stages(parts)
        unweighed = (lambda: self.options.unweighed.append(Unweighed(format_path(parts)))) if stages else None
        pairs = pair_items(old, new, as_text=reads_text(parts), stages=stages, unweighed=unweighed)
        old_refs, new_refs = refs(old), refs(new)
        if not self.options.ignore_order:
            moved = moved_items(pairs)
            if moved is not None:
                old_labels, new_labels = labels(old, new)
                old_order = [old_labels[i] for i, _j in pairs]
                if _crossed(pairs, old_labels, new_labels):
                    # Ids swapped (`etap-1` is now what `etap-2` was): the new order by the old
                    # names, else both orders would read alike; the `id` changes follow.
                    new_order = [old_labels[i] for i, _j in sorted(pairs, key=lambda p: p[1])]
                else:
                    new_order = [new_labels[j] for _i, j in sorted(pairs, key=lambda p: p[1])]
                self.emit(
                    MOVED, parts, old_order, new_order,
                    old_order=old_order, new_order=new_order,
                    moved_items=[old_labels[i] for i in moved], kind="order",
                    order_pairs=tuple((old_refs[i].index, new_refs[j].index) for i, j in pairs),
                )
        of_new = {j: i for i, j in pairs}
        for what, k in item_order(len(old), len(new), pairs):
            if what == "pair":
                self.walk(old[of_new[k]], new[k], parts + (new_refs[k],))
            elif what == "add":
                self.emit(ADDED, parts + (new_refs[k],), None, new[k])
            else:
                self.emit(REMOVED, parts + (old_refs[k],), old[k], None)

    def relocate(self) -> None:
        """Turn a removal and an addition of the same value elsewhere into one move.

        An item with an ``id`` that left one list for a list of the same name elsewhere (an
        opportunity moved to another stage) is the same item even when edited on the way:
        one move, then its own changes.
        """
        removed: dict[Any, list[int]] = {}
        for n, c in enumerate(self.changes):
            if c.op == REMOVED and movable(c.old) and c.parts:
                removed.setdefault(equality_key(c.old), []).append(n)
        if not removed:
            return
        drop: set[int] = set()
        respelled: dict[int, list[Change]] = {}
        self._relocate_equal(removed, drop, respelled)
        self._relocate_renamed_keys(drop, respelled)
        self._relocate_by_id(drop, respelled)
        replaced = self._relocate_alike(drop)
        if drop or respelled or replaced:
            self.changes = [
                x for n, c in enumerate(self.changes) if n not in drop
                for x in (*replaced.get(n, (c,)), *respelled.get(n, ()))
            ]

    def _relocate_alike(self, drop: set[int]) -> dict[int, list[Change]]:
        """An item without an id (an opportunity) that left a list for a list of the same name
        elsewhere, edited on the way: one move, then its own changes (see :func:`pair_moved`).

        A list removed or added with its key (a stage's last opportunity moved out, the first one
        moved in) offers its items: its change is then told item by item.  A stage removed or added
        whole (an item with an id) offers the items of its lists too (an opportunity moved into a
        stage the change adds): the stage's change stays whole, and the move is told after it (at
        the item's new place) or instead of the item's addition (from a stage removed).  Returns the
        changes that stand for a change, by its index (dropped ones are added to ``drop``).
        """
        gone: list[_Loose] = []
        came: list[_Loose] = []
        common: list[Held | None] = [None, None]
        for n, c in enumerate(self.changes):
            if n in drop or c.op not in (REMOVED, ADDED) or not c.parts:
                continue
            value = c.old if c.op == REMOVED else c.new
            into = gone if c.op == REMOVED else came
            if isinstance(c.parts[-1], Item):
                into.append(_Loose(n, None, c.parts, value, False))
                inner = inner_items(c.parts, value) if self.roots is not None else []
                if inner:
                    side = 0 if c.op == REMOVED else 1
                    held = common[side]
                    if held is None:
                        held = common[side] = list_items(self.roots[side])  # type: ignore[index]
                    # An item the side holds twice or more (the same opportunity in every stage
                    # of a template) is no item that moved: which copy would it be?
                    into.extend(_Loose(n, None, p, v, True) for p, v in inner
                                if held.items[(list_name(p), equality_key(v))] <= 1)
            elif isinstance(value, list) and value:
                # Its items: mappings (an opportunity), or plain values (a barrier) met again elsewhere.
                for k, ref in enumerate(refs(value)):
                    into.append(_Loose(n, k, c.parts + (ref,), value[k], False))
        if not gone or not came:
            return {}

        def entry(x: _Loose) -> tuple[str, Any, Any]:
            return (list_name(x.parts), x.parts[:-1], x.value)

        pairs = pair_moved([entry(x) for x in gone], [entry(x) for x in came])
        # A plain value (a barrier) moves into a list that stays or out of one: two lists removed and
        # added whole that share a value (`goals` gone, `roles` come) are two lists, not a move.
        pairs = [(a, b) for a, b in pairs
                 if isinstance(gone[a].value, dict) or gone[a].k is None or came[b].k is None]
        # An item of a stage added or removed whole that holds a placeholder (TODO) is the
        # template's, nobody's moved content (weighed only for the pairs found: it costs an import).
        # One whose `action` had a word replaced never pairs (see pair_moved).
        pairs = [(a, b) for a, b in pairs
                 if not ((gone[a].inner or came[b].inner) and is_template(gone[a].value, came[b].value))]
        if pairs and self.roots is not None:
            # One of the copies the old side holds of an item (the template's touchpoint, the same in
            # every stage), edited on the way, is no move either: which copy would it be?
            held_old = common[0]
            if held_old is None:
                held_old = common[0] = list_items(self.roots[0])
            pairs = [(a, b) for a, b in pairs
                     if not one_of_copies(list_name(gone[a].parts), gone[a].value, came[b].value, held_old)]
        if not pairs:
            return {}
        came_from = {b: a for a, b in pairs}
        moved_gone = {a for a, _b in pairs}
        replaced: dict[int, list[Change]] = {}
        for b, x in enumerate(came):
            a = came_from.get(b)
            if a is None:
                if x.k is not None and any(came_from.get(y) is not None for y, e in enumerate(came) if e.change == x.change):
                    replaced.setdefault(x.change, []).append(Change(ADDED, format_path(x.parts), None, x.value, parts=x.parts))
                continue
            old_parts, old_value = gone[a].parts, gone[a].value
            # Into an item added whole: that addition stays, the move follows it.
            out = replaced.setdefault(x.change, [self.changes[x.change]] if x.inner else [])
            out.append(Change(MOVED, format_path(x.parts), format_path(old_parts), format_path(x.parts),
                              parts=x.parts, value=x.value, kind="path"))
            inner_differ = _Differ(self.options)
            inner_differ.walk(old_value, x.value, x.parts)
            inner_differ.relocate()
            out.extend(inner_differ.changes)
        for a, x in enumerate(gone):
            if a in moved_gone:
                if x.inner:
                    continue  # out of an item removed whole: that removal stays
                if x.k is None or all(y in moved_gone for y, e in enumerate(gone) if e.change == x.change):
                    drop.add(x.change)
                continue
            if x.k is not None and any(y in moved_gone for y, e in enumerate(gone) if e.change == x.change):
                replaced.setdefault(x.change, []).append(Change(REMOVED, format_path(x.parts), x.value, None, parts=x.parts))
        return replaced

    def _relocate_renamed_keys(self, drop: set[int], inner_changes: dict[int, list[Change]]) -> None:
        """A key renamed in its mapping and its value edited on the way (`pain_ponts` corrected to
        `pain_points`, one item edited with it): one move, then the value's own changes, when the two
        names are one spelling apart and the values mostly alike (see :func:`renamed_key`), and no
        other key removed or added there could be the one."""
        gone = [n for n, c in enumerate(self.changes)
                if c.op == REMOVED and n not in drop and c.parts and isinstance(c.parts[-1], str)]
        came = [n for n, c in enumerate(self.changes) if c.op == ADDED and c.parts and isinstance(c.parts[-1], str)]
        if not gone or not came:
            return
        found = []
        for n in gone:
            old = self.changes[n]
            for m in came:
                new = self.changes[m]
                if old.parts[:-1] == new.parts[:-1] and renamed_key(old.parts[-1], new.parts[-1], old.old, new.new):
                    found.append((n, m))
        for n, m in found:
            if sum(1 for a, b in found if a == n or b == m) > 1:
                continue  # which of them was renamed?
            inner = self._moved(m, self.changes[m], n, drop)
            if inner is None:
                continue
            inner.relocate()
            if inner.changes:
                inner_changes[m] = inner.changes

    def _relocate_by_id(self, drop: set[int], inner_changes: dict[int, list[Change]]) -> None:
        removed: dict[tuple[str, str], list[int]] = {}
        for n, c in enumerate(self.changes):
            key = _id_key(c, c.old) if c.op == REMOVED and n not in drop else None
            if key is not None:
                removed.setdefault(key, []).append(n)
        if not removed:
            return
        for n, c in enumerate(self.changes):
            key = _id_key(c, c.new) if c.op == ADDED else None
            bucket = removed.get(key) if key is not None else None
            if not bucket:
                continue
            inner = self._moved(n, c, bucket.pop(0), drop)
            if inner is None:
                continue
            inner.relocate()
            if inner.changes:
                inner_changes[n] = inner.changes

    def _moved(self, n: int, c: Change, m: int, drop: set[int]) -> "_Differ | None":
        """Make addition ``n`` a move from removal ``m`` unless both sit in one list (a reorder,
        reported as such); the differences between the two, not yet relocated."""
        gone = self.changes[m]
        if gone.parts[:-1] == c.parts[:-1] and isinstance(c.parts[-1], Item):
            return None  # a reorder within one list; a key renamed in one mapping is a move
        drop.add(m)
        self.changes[n] = Change(MOVED, c.path, gone.path, c.path, parts=c.parts, value=c.new, kind="path")
        inner = _Differ(self.options)
        inner.walk(gone.old, c.new, c.parts)
        return inner

    def _relocate_equal(self, removed: dict[Any, list[int]], drop: set[int], respelled: dict[int, list[Change]]) -> None:
        for n, c in enumerate(self.changes):
            if c.op != ADDED or not movable(c.new) or not c.parts:
                continue
            bucket = removed.get(equality_key(c.new))
            while bucket and bucket[0] in drop:
                bucket.pop(0)
            if not bucket:
                continue
            # Equal as data, yet a number the format reads as text may be written another way.
            inner = self._moved(n, c, bucket.pop(0), drop)
            if inner is not None and inner.changes:
                respelled[n] = inner.changes


#: How alike (difflib's ratio, case and accents aside) two key names must be to be one key renamed.
_RENAMED_KEY = 0.85
#: The share of a list's items (a mapping's keys) a renamed key's value must keep unchanged.
_KEPT_VALUE = 0.5


def renamed_key(old_key: str, new_key: str, old: Any, new: Any) -> bool:
    """Whether a key removed and a key added in one mapping are one key renamed and its value
    edited: the names one spelling apart (`pain_ponts` and `pain_points`, at least
    :data:`_RENAMED_KEY` alike), the values both lists or both mappings that keep at least half of
    what they hold (:data:`_KEPT_VALUE`), not equal (an equal value is a move already).  Two keys
    merely alike (`goals` and `roles`) holding other things are no rename."""
    if old_key == new_key or _likeness(_fold(old_key), _fold(new_key)) < _RENAMED_KEY:
        return False
    if isinstance(old, list) and isinstance(new, list) and old and new:
        left = Counter(equality_key(v) for v in old)
        kept = sum(min(n, left[k]) for k, n in Counter(equality_key(v) for v in new).items() if k in left)
        return kept >= _KEPT_VALUE * max(len(old), len(new))
    if isinstance(old, dict) and isinstance(new, dict) and old and new:
        kept = sum(1 for k, v in new.items() if k in old and equality_key(old[k]) == equality_key(v))
        return kept >= _KEPT_VALUE * max(len(old), len(new))
    return False


def _id_key(change: Change, value: Any) -> tuple[str, str] | None:
    """(list name, id) of a whole list item with a unique id, for finding it in another list."""
    last = change.parts[-1] if change.parts else None
    if not isinstance(last, Item) or last.id is None or item_id(value) != last.id:
        return None
    return (list_name(change.parts), last.id)


def _crossed(pairs: list[tuple[int, int]], old_labels: list[Any], new_labels: list[Any]) -> bool:
    """Whether an item of the new side is named as another item was on the old side (ids swapped)."""
    try:
        named = {old_labels[i]: i for i, _j in pairs}
        return any(named.get(new_labels[j], i) != i for i, j in pairs)
    except TypeError:  # a label that cannot be hashed: no order by old names
        return False


def compare_values(old: Any, new: Any, options: Options = Options()) -> list[Change]:
    """The changes that turn ``old`` into ``new``, in document order."""
    excluder = Excluder(options.exclude, options.use)
    if excluder:
        old, new = prune(old, excluder), prune(new, excluder)
    differ = _Differ(options)
    differ.roots = (old, new)
    differ.walk(old, new, ())
    differ.relocate()
    return differ.changes


def compare_pair(
    old: Doc | None,
    new: Doc | None,
    options: Options = Options(),
    document: str | None = None,
    *,
    renames: bool = True,
) -> DocumentDiff:
    """Compare two versions of one document (either side may be missing).

    With ``renames`` a different file name on the two sides is reported as a
    move; comparing two named files turns that off.
    """
    doc_id = document or (new.id if new else None) or (old.id if old else None) or (new or old).file  # type: ignore[union-attr]
    result = DocumentDiff(doc_id, old, new)
    excluder = Excluder(options.exclude, options.use)

    def value(doc: Doc) -> Any:
        return prune(doc.data, excluder) if excluder else doc.data

    if old is None and new is not None:
        result.changes.append(Change(ADDED, "", None, value(new)))
    elif new is None and old is not None:
        result.changes.append(Change(REMOVED, "", value(old), None))
    elif old is not None and new is not None:
        if renames and old.file != new.file:
            result.changes.append(Change(MOVED, "", old.file, new.file, kind="file"))
        before = len(options.unweighed)
        result.changes.extend(compare_values(old.data, new.data, options))
        for note in options.unweighed[before:]:
            note.document, note.file = doc_id, result.file
        result.changes.extend(suppression_changes(old.text, new.text))
    # A document without an id is named by its file: in JSON by the file's real name, as `file` is.
    by_file = doc_id == (new or old).file and not document and not ((new and new.id) or (old and old.id))  # type: ignore[union-attr]
    for change in result.changes:
        change.document = raw_name(doc_id) if by_file else doc_id
        change.file = result.file
    return result


#: A `# cxkit: disable=…` or `disable-file=…` comment, as lint reads one (see cxkit.lint.engine):
#: a carriage return alone ends a line for YAML and for lint, so a comment may open a line after one.
_SUPPRESSION = re.compile(r"(?:^|(?<=[ \t\r]))#[ \t]*cxkit:[ \t]*(disable(?:-file)?[ \t]*=[^\r\n#]*)", re.IGNORECASE | re.MULTILINE)


def suppression_changes(old_text: str, new_text: str) -> list[Change]:
    """The `# cxkit: disable` comments one side of a document has and the other has not: no value
    changes, but lint's verdict does (`disable-file=ALL` silences every rule), so a reviewer of the
    diff (and of git's diff driver) must see them. Each is a change at its comment, ``kind`` "comment"."""
    if "cxkit" not in old_text and "cxkit" not in new_text:
        return []
    before, after = _suppression_comments(old_text), _suppression_comments(new_text)
    went, came = before - after, after - before
    return [*(Change(REMOVED, comment, comment, None, kind="comment") for comment in sorted(went.elements())),
            *(Change(ADDED, comment, None, comment, kind="comment") for comment in sorted(came.elements()))]


def suppression_lines(text: str, spelling: str) -> set[int]:
    """The lines (from 1, as lint counts them: a carriage return alone ends one too) of ``text`` that hold the
    `# cxkit: disable` comment spelt ``spelling`` as :func:`suppression_changes` spells it."""
    out: set[int] = set()
    for m in _SUPPRESSION.finditer(text):
        if "# cxkit: " + " ".join(m.group(1).split()) == spelling:
            out.add(1 + len(_LINE_END.findall(text, 0, m.start())))
    return out


_LINE_END = re.compile(r"\r\n|\r|\n")


def _suppression_comments(text: str) -> Counter[str]:
    """The `# cxkit: disable` comments of a document's ``text``, each as one spelling.

    Only a YAML comment counts, as for lint (engine.parse_suppressions): the same words inside a
    value (`quote: 'a # cxkit: disable=ALL'`, a line of a block value) are text and silence nothing.
    The document is composed only when its text holds such words (rare), to tell the two apart."""
    found = list(_SUPPRESSION.finditer(text))
    if not found:
        return Counter()
    from ..yamlio import in_value, load_text

    loaded = load_text(text)
    inside = in_value(loaded.root, loaded.text) if loaded.root is not None else None
    return Counter("# cxkit: " + " ".join(m.group(1).split()) for m in found if inside is None or not inside(m.start()))


#: How alike two documents left unpaired by id and by file must be to be one document renamed
#: (its id, its file or both): the share of their values that are equal, each value at the same
#: key (list positions aside) and weighted by its length, so that short values many documents
#: share (`lang: pl`, a date, a source's `type`) weigh little against the text that says who it is.
RENAMED_DOCUMENT = 0.8
#: Above this many pairs of unpaired documents of one kind, each document is compared only with
#: those that share one of its longest values (a bounded number of them).
_ALL_PAIRS = 2_500
_KEY_VALUES = 3
_MAX_SHARING = 50


_PLACEHOLDERS_SEEN: dict[str, bool] = {}


def _is_placeholder(text: str) -> bool:
    """Whether ``text`` holds a template placeholder (TODO, "<slot>", "…", what the `placeholder`
    rule finds): a value nobody wrote yet, which says nothing about whose document it is."""
    found = _PLACEHOLDERS_SEEN.get(text)
    if found is None:
        from ..lint.rules.hygiene import placeholder_at

        found = placeholder_at(text) is not None
        if len(_PLACEHOLDERS_SEEN) < 4096:  # a template's values recur in every draft
            _PLACEHOLDERS_SEEN[text] = found
    return found


def _unfilled(item: dict[Any, Any]) -> bool:
    """A list item (a trait, a source, a stage, an opportunity) whose own text is mostly
    placeholders: the template's item, unfilled.  What else it holds at its own level (the
    sources a TODO trait cites, a TODO source's `type`, a TODO stage's name) is the template's too."""
    filled = unfilled = 0
    for value in item.values():
        if isinstance(value, str):
            if _is_placeholder(value):
                unfilled += len(value)
            else:
                filled += len(value)
    return unfilled > 0 and unfilled >= filled


def _leaves(data: Any) -> Counter[tuple[tuple[str, ...], str]]:
    """The values of a document as (keys, text), list positions left out; its own `id` and `kind`
    left out, and so are placeholders and what an unfilled item holds at its own level (see
    :func:`_unfilled`): two drafts of one template share all of that and are not one document."""
    out: Counter[tuple[tuple[str, ...], str]] = Counter()

    def walk(value: Any, keys: tuple[str, ...]) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if not keys and k in ("id", "kind"):
                    continue
                walk(v, keys + (str(k),))
        elif isinstance(value, list):
            for v in value:
                if isinstance(v, dict) and _unfilled(v):
                    # Only the item's own values: an item nested in it is judged on its own.
                    for k, inner in v.items():
                        if isinstance(inner, dict) or (isinstance(inner, list) and any(isinstance(x, dict) for x in inner)):
                            walk(inner, keys + (str(k),))
                else:
                    walk(v, keys)
        elif isinstance(value, bool):
            out[(keys, "true" if value else "false")] += 1
        elif value is None:
            out[(keys, "")] += 1
        elif isinstance(value, str) and _is_placeholder(value):
            return
        else:
            out[(keys, str(value).rstrip("\n"))] += 1

    walk(data, ())
    return out


class _Shape:
    """A document's values and their weights, for :func:`document_similarity`."""

    __slots__ = ("leaves", "total")

    def __init__(self, data: Any) -> None:
        self.leaves = _leaves(data)
        self.total = sum((len(text) + 1) * n for (_keys, text), n in self.leaves.items())


def document_similarity(old: Any, new: Any) -> float:
    """How alike two documents' data are, 0 to 1: the weight of the values they share (each value
    at the same keys, weighing its length plus one) over the average weight of both; `id` and
    `kind` are left out, and so are placeholders (see :func:`_leaves`).  1.0 when only the id
    (or nothing) differs; 0.0 when either holds nothing but placeholders."""
    return _similarity(_Shape(old), _Shape(new))


def _similarity(a: _Shape, b: _Shape) -> float:
    if not a.total or not b.total:
        return 0.0
    small, large = (a.leaves, b.leaves) if len(a.leaves) <= len(b.leaves) else (b.leaves, a.leaves)
    shared = sum((len(leaf[1]) + 1) * min(n, large[leaf]) for leaf, n in small.items() if leaf in large)
    return 2 * shared / (a.total + b.total)


def _pair_similar(old_left: list[Doc], new_left: list[Doc], *, same_id: bool) -> list[tuple[Doc, Doc]]:
    """Documents left unpaired that are one document renamed: of the same kind (with ``same_id``,
    copies of one id only) and at least :data:`RENAMED_DOCUMENT` alike, the most alike pair first
    (ties by file name).  Only documents of one kind are compared, and past :data:`_ALL_PAIRS`
    pairs only those sharing one of their longest values, so time stays bounded."""
    def group(doc: Doc) -> tuple[str, str | None] | None:
        if doc.kind is None or (same_id and doc.id is None):
            return None
        return (doc.kind, doc.id if same_id else None)

    olds: dict[tuple[str, str | None], list[Doc]] = {}
    news: dict[tuple[str, str | None], list[Doc]] = {}
    for docs, into in ((old_left, olds), (new_left, news)):
        for d in sorted(docs, key=lambda d: d.file):
            key = group(d)
            if key is not None:
                into.setdefault(key, []).append(d)
    candidates: list[tuple[float, str, str, int, int, Doc, Doc]] = []
    for key in sorted(k for k in olds if k in news):
        group_old, group_new = olds[key], news[key]
        shapes_old = [_Shape(d.data) for d in group_old]
        shapes_new = [_Shape(d.data) for d in group_new]
        for i, j in _compared(shapes_old, shapes_new):
            a, b = shapes_old[i], shapes_new[j]
            # The shared weight is at most the smaller total: skip what cannot reach the threshold.
            if 2 * min(a.total, b.total) < RENAMED_DOCUMENT * (a.total + b.total):
                continue
            score = _similarity(a, b)
            if score >= RENAMED_DOCUMENT:
                candidates.append((score, group_old[i].file, group_new[j].file, i, j, group_old[i], group_new[j]))
    # Among pairs equally alike, one within a folder first (a client's file renamed in its own
    # folder, not paired with a copy another client got), then by file name.
    candidates.sort(key=lambda c: (-c[0], -_shared_folders(c[1], c[2]), c[1], c[2]))
    pairs: list[tuple[Doc, Doc]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _score, _of, _nf, _i, _j, old, new in candidates:
        if id(old) in used_old or id(new) in used_new:
            continue
        used_old.add(id(old))
        used_new.add(id(new))
        pairs.append((old, new))
    return pairs


def _shared_folders(a: str, b: str) -> int:
    """How many leading folders the files ``a`` and ``b`` have in common."""
    n = 0
    for x, y in zip(a.replace("\\", "/").split("/")[:-1], b.replace("\\", "/").split("/")[:-1]):
        if x != y:
            break
        n += 1
    return n


def _compared(old: list[_Shape], new: list[_Shape]) -> list[tuple[int, int]]:
    """The pairs of documents to compare: all of them, or past :data:`_ALL_PAIRS` those where the
    old one holds one of the new one's :data:`_KEY_VALUES` longest values (a value more than
    :data:`_MAX_SHARING` old documents hold says nothing)."""
    if len(old) * len(new) <= _ALL_PAIRS:
        return [(i, j) for j in range(len(new)) for i in range(len(old))]
    holders: dict[tuple[tuple[str, ...], str], list[int]] = {}
    for i, shape in enumerate(old):
        for leaf in shape.leaves:
            holders.setdefault(leaf, []).append(i)
    out: list[tuple[int, int]] = []
    for j, shape in enumerate(new):
        longest = sorted(shape.leaves, key=lambda leaf: (-len(leaf[1]), leaf))[:_KEY_VALUES]
        seen: set[int] = set()
        for leaf in longest:
            held = holders.get(leaf, [])
            if len(held) <= _MAX_SHARING:
                seen.update(held)
        out.extend((i, j) for i in sorted(seen))
    return out


def _ids_taken_over(by_id: list[tuple[Doc, Doc]], old_docs: list[Doc], new_docs: list[Doc]) -> set[int]:
    """The pairs of ``by_id`` (documents of one id in two files) that are an id another file took
    over, not a document renamed: the file either came from is still on the other side, holding a
    document of the same kind at least :data:`RENAMED_DOCUMENT` alike and more alike than the pair.
    `halina.yaml` changing its id from `halina` to `halina-w` while `olena.yaml` takes `halina` is
    two ids changed in place; a file renamed with its id kept (its old file gone, or holding a
    document less alike) stays renamed.

    A pair is undone only when the document that file holds is free to pair with it by file:
    paired by id with no other, or in such a pair undone too (two files that swapped their ids).
    """
    old_at = {d.file: d for d in old_docs}
    new_at = {d.file: d for d in new_docs}
    shapes: dict[int, _Shape] = {}

    def alike(a: Doc, b: Doc) -> float:
        for d in (a, b):
            if id(d) not in shapes:
                shapes[id(d)] = _Shape(d.data)
        return _similarity(shapes[id(a)], shapes[id(b)])

    pair_of = {id(d): k for k, pair in enumerate(by_id) for d in pair}
    reasons: dict[int, list[Doc]] = {}
    for k, (old, new) in enumerate(by_id):
        if old.file == new.file:
            continue
        stay = new_at.get(old.file), old_at.get(new.file)
        if stay[0] is None and stay[1] is None:
            continue  # a file renamed, its old name gone and its new one new: nothing to weigh
        held = alike(old, new)
        found = []
        for there, a, b in ((stay[0], old, stay[0]), (stay[1], stay[1], new)):
            if there is None or a.kind != b.kind:
                continue
            score = alike(a, b)
            if score >= RENAMED_DOCUMENT and score > held:
                found.append(there)
        if found:
            reasons[k] = found
    changed = True
    while changed:
        changed = False
        for k in list(reasons):
            if not any(id(d) not in pair_of or pair_of[id(d)] in reasons for d in reasons[k]):
                del reasons[k]
                changed = True
    return set(reasons)


def _ids_given_away(
    by_id: list[tuple[Doc, Doc]], undone: set[int], old_docs: list[Doc], new_docs: list[Doc]
) -> set[int]:
    """The pairs of ``by_id`` whose id was given to another document while the one that had it
    moved to a new id: the two versions of the id are less than :data:`RENAMED_DOCUMENT` alike, and
    exactly one document of the same kind under an id the old side does not have is at least that
    alike to the old version, and more alike.  `ola` (Ola Nowak) becoming `ola-nowak` in a new
    file, unchanged, while a new persona Ola Kowalska takes `id: ola` is Ola Nowak renamed and a
    new persona, not Ola Nowak rewritten into Ola Kowalska.  Two versions of an id alike, or no
    document under a new id like the old one (or two), keep their pair."""
    old_ids = {d.id for d in old_docs if d.id is not None}
    fresh = [d for d in new_docs if d.id is not None and d.id not in old_ids]
    if not fresh:
        return set()
    shapes: dict[int, _Shape] = {}

    def shape(doc: Doc) -> _Shape:
        if id(doc) not in shapes:
            shapes[id(doc)] = _Shape(doc.data)
        return shapes[id(doc)]

    out: set[int] = set()
    for k, (old, new) in enumerate(by_id):
        if k in undone or old.data == new.data or not any(d.kind == old.kind for d in fresh):
            continue
        held = _similarity(shape(old), shape(new))
        if held >= RENAMED_DOCUMENT:
            continue
        alike = [d for d in fresh if d.kind == old.kind and _similarity(shape(old), shape(d)) >= RENAMED_DOCUMENT]
        if len(alike) == 1:
            out.add(k)
    return out


def compare_workspaces(old_docs: list[Doc], new_docs: list[Doc], options: Options = Options()) -> list[DocumentDiff]:
    """Pair documents by ``id``, then by file, then by content, and compare each pair.

    A file renamed or moved with its id kept is one document that moved, not a
    removal and an addition, unless a file it came from or went to still holds a document
    more like it (an id another file took over, see :func:`_ids_taken_over`).  Documents left over are paired by file (an id
    changed in place); then copies of one id (a duplicated id), then any two of
    one kind, by similarity (:data:`RENAMED_DOCUMENT`): a document whose id and
    file were renamed together is one document, its `id` changed.  A pair by file
    whose ids differ and that is not that alike gives way when either document is
    one renamed elsewhere.
    """
    pairs: list[tuple[Doc | None, Doc | None]] = []
    old_left = list(old_docs)
    new_left = list(new_docs)

    def unique_ids(docs: list[Doc]) -> dict[str, Doc]:
        seen: dict[str, list[Doc]] = {}
        for d in docs:
            if d.id is not None:
                seen.setdefault(d.id, []).append(d)
        return {k: v[0] for k, v in seen.items() if len(v) == 1}

    new_by_id = unique_ids(new_left)
    by_id: list[tuple[Doc, Doc]] = []
    for ident, old in unique_ids(old_left).items():
        new = new_by_id.get(ident)
        if new is not None:
            by_id.append((old, new))
    undone = _ids_taken_over(by_id, old_docs, new_docs)
    given = _ids_given_away(by_id, undone, old_docs, new_docs)
    undone |= given
    # A pair given away is not paired by its file either: the id (and file) went to another person.
    away = {(id(by_id[k][0]), id(by_id[k][1])) for k in given}
    for k, (old, new) in enumerate(by_id):
        if k in undone:
            continue
        pairs.append((old, new))
        old_left.remove(old)
        new_left.remove(new)
    new_by_file = {d.file: d for d in new_left}
    # A file whose id changed and whose document has little in common with the old one is paired
    # by file only if neither document is one renamed elsewhere: a persona moved to another file
    # with a new id, and a new one written in its old file, are a move and an addition.
    held: list[tuple[Doc, Doc]] = []
    for old in list(old_left):
        new = new_by_file.get(old.file)
        if new is None or (id(old), id(new)) in away:
            continue
        if old.id != new.id and (old.kind != new.kind or document_similarity(old.data, new.data) < RENAMED_DOCUMENT):
            held.append((old, new))
            continue
        pairs.append((old, new))
        old_left.remove(old)
        new_left.remove(new)
    if options.renamed and old_left and new_left:
        # A file git finds renamed (by its content) whose document changed its id on the way: one document.
        # Only an id changed: git pairs copies of one document in any folders, and a document that kept its
        # id is paired below by similarity, within its own folder first (not with a copy another client got).
        new_in = {d.file: d for d in new_left}
        for old in list(old_left):
            new = next((new_in[after] for before, after in options.renamed
                        if before == old.file and after in new_in), None)
            if new is None or new.kind != old.kind or new.id == old.id \
                    or sum(d.file == old.file for d in old_left) != 1 or sum(d.file == new.file for d in new_left) != 1:
                continue
            pairs.append((old, new))
            old_left.remove(old)
            new_left.remove(new)
            del new_in[new.file]
    for same_id in (True, False):
        if old_left and new_left:
            similar = _pair_similar(old_left, new_left, same_id=same_id)
            pairs.extend(similar)
            taken = {id(d) for pair in similar for d in pair}
            old_left = [d for d in old_left if id(d) not in taken]
            new_left = [d for d in new_left if id(d) not in taken]
    for old, new in held:
        if any(d is old for d in old_left) and any(d is new for d in new_left):
            pairs.append((old, new))
            old_left = [d for d in old_left if d is not old]
            new_left = [d for d in new_left if d is not new]
    pairs.extend((old, None) for old in old_left)
    pairs.extend((None, new) for new in new_left)
    diffs = [compare_pair(old, new, options) for old, new in pairs]
    diffs.sort(key=lambda d: (natural_key(d.file), natural_key(d.document)))
    return diffs


_DIGIT_RUN = re.compile(r"([0-9]+)")


def natural_key(text: str) -> tuple[Any, ...]:
    """``text`` to sort by as people read it: a run of digits by its number (`p5`, `p8`, `p10`,
    `persona-2.yaml` before `persona-10.yaml`), the rest by code point as before. Texts that read
    as the same numbers (`p05`, `p5`) keep a fixed order, by the text itself."""
    parts = _DIGIT_RUN.split(text)
    # A number of any length, compared without int(): by its digits past leading zeros, shorter first.
    return tuple((len(p.lstrip("0")), p.lstrip("0")) if i % 2 else p for i, p in enumerate(parts)), text


class StageMove(NamedTuple):
    """A stage that left one journey for another, unchanged (see :func:`stages_moved`)."""

    #: The document it left, and its place (``("stages", Item)``) there on the old side.
    source: DocumentDiff
    old: tuple[Part, ...]
    #: The document it went to, and its place there on the new side.
    target: DocumentDiff
    new: tuple[Part, ...]


def stages_moved(documents: list[DocumentDiff], options: Options | None = None) -> list[StageMove]:
    """Turn a stage removed from one journey and added, unchanged or edited, to another into a move.

    Splitting a long journey (a stage moved into another journey's file, kept or new) or
    merging two is a move of the stage, not one stage removed and another added: each side's
    change becomes a ``moved`` entry (kind ``document``, ``old`` and ``new`` the journeys it
    left and went to), and `cxkit review` carries its findings over.  Only a stage with an id
    (unique in both lists) equal on both sides counts, and only when one stage removed and
    one added hold that content: a stage merely alike, or one of two copies, is no move.  A
    journey removed or added whole offers its stages too; one that left or joined the
    workspace does not (its file is still there).

    A stage edited on the way (removed from one journey's list and added to another's, not with
    a journey removed or added whole) is that stage moved when it keeps its id, is the only stage
    of that id removed and the only one added, and is at least :data:`MOVED_ALIKE` alike (the
    text of its values, as an opportunity moved to another stage): its edits follow the move
    in the journey it went to, compared as ``options`` say.  Returns the moves found.
    """
    names = Counter(d.document for d in documents)
    gone: dict[Any, list[tuple[DocumentDiff, int | None, tuple[Part, ...], Any]]] = {}
    came: dict[Any, list[tuple[DocumentDiff, int | None, tuple[Part, ...], Any]]] = {}
    for d in documents:
        if d.left or d.joined:
            continue
        for n, c in enumerate(d.changes):
            if c.op not in (ADDED, REMOVED):
                continue
            into = came if c.op == ADDED else gone
            value = c.new if c.op == ADDED else c.old
            if c.path == "":
                stages = value.get("stages") if isinstance(value, dict) else None
                if isinstance(stages, list):
                    for ref, stage in zip(refs(stages), stages):
                        if _movable_stage(ref, stage):
                            into.setdefault(equality_key(stage), []).append((d, None, ("stages", ref), stage))
            elif len(c.parts) == 2 and c.parts[0] == "stages" and isinstance(c.parts[1], Item):
                if _movable_stage(c.parts[1], value):
                    into.setdefault(equality_key(value), []).append((d, n, c.parts, value))
    moves: list[StageMove] = []
    #: The (document, change index) entries moved unchanged: not weighed again as edited.
    used: set[tuple[int, int | None]] = set()
    for key, left in gone.items():
        arrived = came.get(key, [])
        if len(left) != 1 or len(arrived) != 1:
            continue  # none, or which copy went where?
        (source, n_old, old_parts, stage), (target, n_new, new_parts, _same) = left[0], arrived[0]
        if source is target or source.document == target.document or names[source.document] > 1 \
                or names[target.document] > 1:
            continue
        for doc, n, parts in ((source, n_old, old_parts), (target, n_new, new_parts)):
            template = doc.changes[n] if n is not None else doc.changes[0]
            move = Change(MOVED, format_path(parts), source.document, target.document, parts=parts, value=stage,
                          kind="document", document=template.document, file=template.file)
            if n is not None:
                doc.changes[n] = move
            else:
                doc.changes.append(move)
        moves.append(StageMove(source, old_parts, target, new_parts))
        used.update({(id(source), n_old), (id(target), n_new)})
    moves += _stages_moved_edited(gone, came, used, names, options or Options())
    return moves


def _stages_moved_edited(
    gone: dict[Any, list[tuple[DocumentDiff, int | None, tuple[Part, ...], Any]]],
    came: dict[Any, list[tuple[DocumentDiff, int | None, tuple[Part, ...], Any]]],
    used: set[tuple[int, int | None]], names: Counter[str], options: Options,
) -> list[StageMove]:
    """The stages :func:`stages_moved` pairs as moved and edited on the way: by id, alike enough."""
    def free(table: dict[Any, list[tuple[DocumentDiff, int | None, tuple[Part, ...], Any]]]) -> dict[str, list[Any]]:
        by_id: dict[str, list[Any]] = {}
        for entries in table.values():
            for entry in entries:
                doc, n, parts, _stage = entry
                item = parts[1]
                assert isinstance(item, Item) and item.id is not None
                by_id.setdefault(item.id, []).append(entry)
        return by_id

    went, arrived = free(gone), free(came)
    moves: list[StageMove] = []
    edits: dict[int, tuple[DocumentDiff, dict[int, list[Change]]]] = {}
    for ident, out in went.items():
        into = arrived.get(ident, [])
        if len(out) != 1 or len(into) != 1:
            continue  # none, or which of them went where?
        (source, n_old, old_parts, old_stage), (target, n_new, new_parts, new_stage) = out[0], into[0]
        if n_old is None or n_new is None or (id(source), n_old) in used or (id(target), n_new) in used:
            continue
        if source is target or source.document == target.document or names[source.document] > 1 \
                or names[target.document] > 1:
            continue
        # Ids like `etap-2` repeat across journeys: the stage must keep its name (a typo put right
        # aside), and the rest of it, its id left out, be alike.
        if not _name_kept(old_stage, new_stage) or similarity(_without_id(old_stage), _without_id(new_stage)) < MOVED_ALIKE:
            continue
        inner = _Differ(options)
        inner.walk(old_stage, new_stage, new_parts)
        inner.relocate()
        for change in inner.changes:
            change.document, change.file = target.changes[n_new].document, target.changes[n_new].file
        for doc, n, parts, after in ((source, n_old, old_parts, []), (target, n_new, new_parts, inner.changes)):
            template = doc.changes[n]
            move = Change(MOVED, format_path(parts), source.document, target.document, parts=parts, value=new_stage,
                          kind="document", document=template.document, file=template.file)
            edits.setdefault(id(doc), (doc, {}))[1][n] = [move, *after]
        moves.append(StageMove(source, old_parts, target, new_parts))
    for doc, replaced in edits.values():
        doc.changes = [x for n, c in enumerate(doc.changes) for x in replaced.get(n, [c])]
    return moves


def _without_id(stage: dict[str, Any]) -> str:
    """The text of a stage's values but its id, for how alike two stages of one id are."""
    return flatten({k: v for k, v in stage.items() if k != "id"})


def _name_words(stage: dict[str, Any]) -> str:
    name = stage.get("name")
    return " ".join(re.sub(r"[\W_]+", " ", name.casefold()).split()) if isinstance(name, str) else ""


def _name_kept(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether a stage kept its name: the same words (case, spacing and punctuation aside), one word
    more or fewer ("Wypłata całego odszkodowania"), or a typo put right, at most one character in
    ten edited and the numbers in it the same ("Oczekiwnie" -> "Oczekiwanie"); not a word
    replaced ("Oczekiwanie na polisę" -> "Oczekiwanie na umowę")."""
    a, b = _name_words(old), _name_words(new)
    if a == b:
        return True
    if not a or not b or re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False
    short, long = sorted((a.split(), b.split()), key=len)
    if len(long) == len(short) + 1 and any(long[:n] + long[n + 1:] == short for n in range(len(long))):
        return True
    limit = max(1, max(len(a), len(b)) // 10)
    return abs(len(a) - len(b)) <= limit and _edits(a, b, limit) <= limit


def _edits(a: str, b: str, limit: int) -> int:
    """The characters to insert, delete or replace to turn ``a`` into ``b``; more than ``limit`` once it is."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > limit:
            return limit + 1
    return row[-1]


def _movable_stage(ref: Item, stage: Any) -> bool:
    """A stage known by its id, unique in its list."""
    return isinstance(stage, dict) and ref.id is not None and item_id(stage) == ref.id


#: How long an item's label (its `name`, `action`, a touchpoint's description) may be before it is cut.
_LABEL_LENGTH = 40


@dataclass(slots=True)
class LabelledChange(Change):
    """A change as JSON gives it, with ``item_labels``: what names each item without an id on its
    path (`stages[s1].opportunities[0]` -> its `action`), where the index alone says nothing."""

    labels: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        out = Change.as_dict(self)
        if self.labels:
            out["item_labels"] = dict(self.labels)
        return out


#: Brackets and quotes a label cut short must not leave open, with what closes each.
_OPENERS = {"(": ")", "[": "]", "{": "}", "„": "”", "“": "”", "«": "»"}


def _unclosed(text: str) -> list[tuple[int, str]]:
    """The brackets and quotes ``text`` opens and does not close: (where, what would close it)."""
    stack: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if stack and ch == stack[-1][1]:
            stack.pop()
        elif ch == '"':
            stack.append((i, '"'))
        elif ch in _OPENERS:
            stack.append((i, _OPENERS[ch]))
    return stack


def item_label(value: Any, *, balanced: bool = False, whole: bool = False) -> str | None:
    """What names a list item without an id (an opportunity, a touchpoint) for a reader: its `name`
    or `action`, a touchpoint's channel and description, else its first text; cut short, unless
    ``whole`` (JSON's: a script or a screen reader's user needs the name itself, not its first words
    and an ellipsis).  With ``balanced`` (the label text and markdown show), a cut leaves no bracket
    or quote open: it comes before the first one left open when enough is left, else the ellipsis is
    followed by their closers."""
    if not isinstance(value, dict) or item_id(value) is not None:
        return None
    text: Any = None
    for key in ("name", "action"):
        if isinstance(value.get(key), str) and value[key].strip():
            text = value[key]
            break
    if text is None and isinstance(value.get("description"), str) and value["description"].strip():
        channel, text = value.get("channel"), value["description"]
        if isinstance(channel, str) and channel.strip():
            text = f"{channel}: {text}"
    if text is None:
        text = next((v for v in value.values() if isinstance(v, str) and v.strip()), None)
    if text is None:
        return None
    # Its lines joined by spaces (a `|` block's too), not written as "\\n"; other controls shown.
    text = visible_line(" ".join(text.split()))
    if whole or len(text) <= _LABEL_LENGTH:
        return text
    cut = text[:_LABEL_LENGTH - 1]
    # At a word's end when there is one in the second half: "po akceptacji…", not "po akceptacji kosz…".
    space = cut.rfind(" ")
    short = (cut[:space] if space > _LABEL_LENGTH // 2 else cut).rstrip(" ,;:")
    left_open = _unclosed(short) if balanced else []
    if not left_open:
        return short + "…"
    head = short[:left_open[0][0]].rstrip(" ,;:")
    if len(head) >= _LABEL_LENGTH // 2:  # "Pokazać datę dostawy…", not "Pokazać datę dostawy (np. „środa…"
        return head + "…"
    return short + "…" + "".join(closer for _at, closer in reversed(left_open))


def enclosing_labels(doc: DocumentDiff, change: Change, *, balanced: bool = False,
                     whole: bool = False) -> list[tuple[int, str]]:
    """The items without an id a change lies inside (not the item it adds or removes whole), as
    (their position in ``change.parts``, their label), read from the document's new version
    (``balanced``, ``whole``: as :func:`item_label` takes them)."""
    if doc.new is None or len(change.parts) < 2:
        return []
    out: list[tuple[int, str]] = []
    data: Any = doc.new.data
    for n, part in enumerate(change.parts[:-1]):
        if isinstance(part, Item):
            if not isinstance(data, list) or not 0 <= part.index < len(data):
                return out
            data = data[part.index]
            if part.id is None:
                label = item_label(data, balanced=balanced, whole=whole)
                if label is not None:
                    out.append((n, label))
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return out
    return out


def labelled(result: DiffResult, *, as_json: bool = False) -> DiffResult:
    """``result`` with each change inside a list item without an id naming that item: in its path,
    beside the index (`stages[s1].opportunities[0] ("Czat w aplikacji 24/7").owner`) for text and
    markdown (cut at about 40 characters), or ``as_json`` in an ``item_labels`` field, whole, the path
    left as it is.  An item the line before has just shown whole, moved there, is not named again."""
    documents = []
    for doc in result.documents:
        changes: list[Change] = []
        shown: str | None = None  # the place of the item a `moved` entry just showed
        for c in doc.changes:
            found = enclosing_labels(doc, c, balanced=not as_json, whole=as_json)
            if shown is not None and found and format_path(c.parts[:found[-1][0] + 1]) == shown:
                found = [x for x in found if format_path(c.parts[:x[0] + 1]) != shown]
            if c.op == MOVED and c.kind == "path":
                shown = c.path
            if not found:
                changes.append(c)
                continue
            if as_json:
                fields = {f: getattr(c, f) for f in Change.__dataclass_fields__}
                names = {format_path(c.parts[:n + 1]): label for n, label in found}
                changes.append(LabelledChange(**fields, labels=names))
                continue
            path = ""
            at = dict(found)
            for n, part in enumerate(c.parts):
                path = format_path(c.parts[:n + 1]) if not path else path + format_path(("x", part))[1:]
                if n in at:
                    # A quote inside the label escaped, so the one after it is the label's end.
                    path += ' ("{}")'.format(at[n].replace("\\", "\\\\").replace('"', '\\"'))
            changes.append(dataclasses.replace(c, path=path))
        documents.append(dataclasses.replace(doc, changes=changes))
    return dataclasses.replace(result, documents=documents)
