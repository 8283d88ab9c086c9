"""`cxkit fmt --fix`: the schema problems whose fix cxkit's own messages state, fixed in the text.

Only fixes that cannot change what the document says are made, each exactly as the schema's message
states it:

- a key that stands for a field, renamed to it (`cele:` → `goals:`, `Stages:` → `stages:`,
  `persona_id:` → `persona:`), when the mapping does not hold that field already; not a slip that
  is another word (`status:` for `stages`, `note:` for `quote`: see :func:`cxkit.model.validate.renamed_to`),
  nor a key renamed to a date field that holds no date (a source's English `data: CRM export`);
- `kind` written in the team's words (`kind: cjm` beside `etapy:`, `kind: negatywna`), or under
  another key (`typ: persona`, `Kind: persona`), made cxkit's; not a kind written as one of cxkit's
  whose family the keys contradict (`kind: Journey` over a persona's keys: a person decides);
- a date written by hand that names one day (`14.03.2024`, `5 października 2023`, `2024-3-7`)
  written as YYYY-MM-DD; never one that reads two ways (`05/12/2026`), a period, a quarter or
  a month without its day;
- a whole number written in quotes where the field is a number (`emotion: "-2"`, `n: "14"`), or
  with a typographic minus (`emotion: −1`), written as a number;
- an age written with its unit (`age: 32-36 lat`, `age: 35 years`) written without it; never an age
  written as approximate (`ok. 35 lat`), which only the research can make exact.

Each fix replaces the key or the value where it is written, and nothing else: comments, anchors,
the order of keys, quoting elsewhere and line ends stay as they are.  The text after each round of
fixes is read again and must hold exactly the data expected (the same keys in the same order, the
fixed values), or the fix is not made.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import typing
from dataclasses import dataclass, replace
from typing import Any

from pydantic import BaseModel
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .lint.fixable import may_fix
from .model import MODELS
from .model.validate import SchemaIssue, meant_kind, near_miss_kind, renamed_to, stated_date, validate
from .yamlio import load_text

#: Rounds of fixing: a kind first (the schema checks nothing else of a document of an unknown kind),
#: then the keys (a key renamed is checked as its field), then the values.
_ROUNDS = 4


@dataclass(frozen=True)
class Fix:
    """One fix made: where (1-based, in the text it was made in) and what.

    ``finding``: the `schema` finding `cxkit lint` shows for the text given to :func:`fix_text` that the
    fix makes, as (line, column, message); None for a problem lint did not show there (one an earlier
    fix brought to light: a date under `etapy:`, checked once the key is `stages:`)."""

    line: int
    column: int
    what: str
    finding: tuple[int, int, str] | None = None


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    written: str  # the new text of the key or value
    path: tuple[Any, ...]  # the data path of the key or value
    key: bool  # a key renamed (else a value replaced)
    new: Any  # the new key, or the value as read
    fix: Fix
    issue: SchemaIssue  # the problem it fixes


def fix_text(text: str) -> tuple[str, list[Fix], int]:
    """``text`` with the fixes the schema's messages state made, the fixes, and how many schema
    findings are left (0 for a file that cannot be read: `cxkit fmt` reports it)."""
    fixes: list[Fix] = []
    left = 0
    silenced: set[tuple[tuple[Any, ...], str]] = set()
    # The problems lint shows for the text as given, by data path and message, and that text as read.
    shown: dict[tuple[tuple[Any, ...], str], SchemaIssue] = {}
    first: Any = None
    for _round in range(_ROUNDS):
        loaded = load_text(text)
        if loaded.root is None or not isinstance(loaded.data, dict):
            return text, fixes, 0
        _model, issues = validate(loaded.data)
        if first is None:
            first = loaded
            shown = {(issue.path, issue.message): issue for issue in issues}
            silenced = _silenced(loaded, issues)
        # A problem a `# cxkit: disable=schema` silences is the author's to keep (`cele:` kept on purpose):
        # not fixed, and not left to fix either, as `cxkit lint` does not show it.
        issues = [issue for issue in issues if (issue.path, issue.message) not in silenced]
        left = len(issues)
        edits = _planned(loaded, issues)
        if not edits:
            break
        done = _made(text, loaded.data, edits)
        if done is None:
            # One of them reads otherwise than expected: each is tried alone, and kept only as expected.
            done, kept = text, []
            for edit in edits:
                one = _made(done, load_text(done).data, [edit])
                if one is not None:
                    done = one[0]
                    kept.append(edit)
            if not kept:
                break
            done = (done, kept)
        text = done[0]
        fixes.extend(_told(edit, shown, first) for edit in done[1])
    else:
        loaded = load_text(text)
        left = len(validate(loaded.data)[1]) if isinstance(loaded.data, dict) else 0
    return text, fixes, left


def _silenced(loaded: Any, issues: list[SchemaIssue]) -> set[tuple[tuple[Any, ...], str]]:
    """The problems (data path, message) of the text read as ``loaded`` that a `# cxkit: disable=…` or
    `disable-file=…` comment naming `schema` (or `all`) silences, as `cxkit lint` silences their findings."""
    from .lint.engine import mentions_cxkit, parse_suppressions

    if not issues or not mentions_cxkit(loaded.text):
        return set()
    from .lint.rule import all_rules

    sup = parse_suppressions(loaded.text, all_rules(), loaded.root)

    def names_schema(names: Any) -> bool:
        return "schema" in names or "all" in names

    if names_schema(sup.file):
        return {(issue.path, issue.message) for issue in issues}
    return {(issue.path, issue.message) for issue in issues
            if any(names_schema(names) for _line, _col, names in sup.lines.get(issue.position(loaded)[0], ()))}


def _told(edit: "_Edit", shown: dict[tuple[tuple[Any, ...], str], SchemaIssue], first: Any) -> Fix:
    """``edit``'s fix, with the finding lint shows for the text first given that it fixes (see :attr:`Fix.finding`)."""
    issue = shown.get((edit.issue.path, edit.issue.message))
    if issue is None:
        return edit.fix
    line, col = issue.position(first)
    return replace(edit.fix, finding=(line, col, issue.message))


def _made(text: str, data: Any, edits: list["_Edit"]) -> tuple[str, list["_Edit"]] | None:
    """``text`` with ``edits`` made, if it then reads as ``data`` with them (else None)."""
    spans = sorted(edits, key=lambda e: e.start)
    if any(a.end > b.start for a, b in zip(spans, spans[1:])):
        return None
    out = text
    for edit in reversed(spans):
        out = out[:edit.start] + edit.written + out[edit.end:]
    expected = _copy(data)
    for edit in edits:
        if not _change(expected, edit):
            return None
    got = load_text(out)
    if got.root is None or got.problems or not _same(got.data, expected):
        return None
    return out, edits


def _copy(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _copy(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_copy(v) for v in data]
    return data


def _change(data: Any, edit: "_Edit") -> bool:
    """Make ``edit`` in the plain ``data``; False when its path is not there."""
    holder = data
    for part in edit.path[:-1]:
        try:
            holder = holder[part]
        except (KeyError, IndexError, TypeError):
            return False
    last = edit.path[-1]
    if not isinstance(holder, dict) and not (isinstance(holder, list) and isinstance(last, int)):
        return False
    if edit.key:
        if not isinstance(holder, dict) or last not in holder or edit.new in holder:
            return False
        items = [(edit.new if k == last else k, v) for k, v in holder.items()]
        holder.clear()
        holder.update(items)
        return True
    try:
        holder[last] = edit.new
    except (IndexError, TypeError):
        return False
    return True


def _same(a: Any, b: Any) -> bool:
    """Equal, the keys of every mapping in the same order too."""
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def _entry(root: Node, path: tuple[Any, ...]) -> tuple[ScalarNode | None, Node] | None:
    """The key node (None for a list item) and the value node at ``path``, or None."""
    node: Node = root
    key: ScalarNode | None = None
    for part in path:
        if isinstance(node, MappingNode) and isinstance(part, str):
            found = [(k, v) for k, v in node.value if isinstance(k, ScalarNode) and k.tag.endswith(":str")
                     and k.value == part]
            if len(found) != 1:
                return None
            key, node = found[0]
        elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            key, node = None, node.value[part]
        else:
            return None
    return key, node


def _written_as(text: str, node: Node, value: str) -> bool:
    """Whether ``node`` is written as ``value`` alone, plain or in simple quotes (no anchor, tag, escape)."""
    if not isinstance(node, ScalarNode) or node.start_mark.line != node.end_mark.line:
        return False
    written = text[node.start_mark.index:node.end_mark.index]
    return written in (value, f"'{value}'", f'"{value}"') and "\\" not in written


def _read_as(written: str) -> Any:
    """The value ``written`` reads as, as a value of a mapping."""
    return load_text(f"v: {written}\n").data["v"]


def _planned(loaded: Any, issues: list[SchemaIssue]) -> list[_Edit]:
    """The fixes the messages of ``issues`` state, as edits of the text ``loaded`` was read from."""
    edits: list[_Edit] = []
    renamed: set[tuple[tuple[Any, ...], str]] = set()  # (mapping's path, new key) this round
    for issue in issues:
        if not may_fix(issue.message):
            continue  # the gate `cxkit lint` also reads its findings through, to mark those fixed
        edit = _key_fix(loaded, issue, renamed) or _value_fix(loaded, issue)
        if edit is not None:
            edits.append(edit)
    return edits


def _key_fix(loaded: Any, issue: SchemaIssue, renamed: set[tuple[tuple[Any, ...], str]]) -> _Edit | None:
    """A key renamed as the issue's "did you mean" states it, or None."""
    if not issue.path or not isinstance(issue.path[-1], str):
        return None
    key = issue.path[-1]
    if issue.code == "unknown_field" and issue.meant is not None:
        if not renamed_to(key, issue.meant):
            return None  # a slip that is another word (`status` for `stages`, `note` for `quote`): a person decides
        new = issue.meant
    elif len(issue.path) == 1 and issue.message.startswith(f"unknown key {key!r}; did you mean 'kind'?"):
        new = "kind"  # `Kind: persona`, `typ: persona`
    else:
        return None
    parent = issue.path[:-1]
    holder = loaded.data
    for part in parent:
        try:
            holder = holder[part]
        except (KeyError, IndexError, TypeError):
            return None
    if not isinstance(holder, dict) or new in holder or (parent, new) in renamed:
        return None  # the field is there already (or another key is renamed to it): a person merges them
    if new in _date_fields() and not _reads_as_date(holder.get(key)):
        return None  # `data: CRM export` in a source: Polish for `date` only when it holds one
    found = _entry(loaded.root, issue.path)
    if found is None or found[0] is None or not _written_as(loaded.text, found[0], key):
        return None
    node = found[0]
    renamed.add((parent, new))
    line, col = node.start_mark.line + 1, node.start_mark.column + 1
    return _Edit(node.start_mark.index, node.end_mark.index, new, issue.path, True, new,
                 Fix(line, col, f"renamed '{key}' to '{new}'"), issue)


def _value_fix(loaded: Any, issue: SchemaIssue) -> _Edit | None:
    """A value written as the issue's message states it, or None."""
    if issue.at_key or not issue.path:
        return None
    found = _entry(loaded.root, issue.path)
    if found is None:
        return None
    node = found[1]
    value = node.value if isinstance(node, ScalarNode) else None
    if not isinstance(value, str) or not _written_as(loaded.text, node, value):
        return None
    new = _stated_value(loaded.data, issue, value)
    if new is None:
        return None
    line, col = node.start_mark.line + 1, node.start_mark.column + 1
    return _Edit(node.start_mark.index, node.end_mark.index, new, issue.path, False, _read_as(new),
                 Fix(line, col, f"wrote {'.'.join(map(str, issue.path))}: {new} for {value.strip()!r}"), issue)


def _stated_value(data: Any, issue: SchemaIssue, value: str) -> str | None:
    """The value the issue's message says to write instead of ``value``, when it states exactly one."""
    message = issue.message
    field = issue.path[-1]
    if issue.path == ("kind",):
        kind = meant_kind(data)
        if kind is None or f"did you mean '{kind}'?" not in message:
            return None
        written = near_miss_kind(value)
        if written is not None and _FAMILY[written] != _FAMILY[kind]:
            return None  # `kind: Journey` over a persona's keys: the word and the keys disagree, a person decides
        return kind
    if "expected a date written as YYYY-MM-DD, got" in message:
        day = stated_date(value)
        return day.isoformat() if day is not None and f"; did you mean {day.isoformat()}?" in message else None
    if field == "age" and "; write it without " in message:
        # `age: 32-36 lat`, `age: 35 years`: the age with its unit left out, as the message writes it.
        from .model.persona import parse_age

        said = message.rpartition(": age: ")[2]
        if parse_age(said) is not None and said in value:
            return said if not said.isdigit() else str(int(said))
        return None
    if "must be a whole number" in message and isinstance(field, str):
        said = value.strip()
        # ASCII digits only, as the messages read them: `"²"` and `"１"` are no number YAML reads.
        if _WHOLE.fullmatch(said) and message.endswith(f"; remove the quotes: {field}: {int(said)}"):
            return str(int(said))
        digits = said[1:].strip()
        if said[:1] in "−–—" and _DIGITS.fullmatch(digits) and message.endswith(f"write -{digits}"):
            return f"-{int(digits)}"
    return None


#: The kinds that are one family: a persona written `kind: Persona` whose keys are a negative persona's
#: (`powody:`) is made one; a journey's word over a persona's keys (or the other way) is left to a person.
_FAMILY = {"persona": "persona", "negative-persona": "persona", "journey": "journey"}


def _reads_as_date(value: Any) -> bool:
    """Whether ``value`` is a date, read by YAML or written as one day by hand (`14.03.2024`)."""
    return isinstance(value, _dt.date) or stated_date(value) is not None


@functools.lru_cache(maxsize=1)
def _date_fields() -> frozenset[str]:
    """The names of the fields whose value is a date (`date`, `reviewed`, `due`), read from the models."""
    names: set[str] = set()
    seen: set[type] = set()

    def walk(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation in seen:
                return
            seen.add(annotation)
            for name, info in annotation.model_fields.items():
                if _holds_date(info.annotation):
                    names.add(info.alias or name)
                walk(info.annotation)
            return
        for arg in typing.get_args(annotation):
            walk(arg)

    for model in MODELS.values():
        walk(model)
    return frozenset(names)


def _holds_date(annotation: Any) -> bool:
    if annotation is _dt.date:
        return True
    return any(_holds_date(arg) for arg in typing.get_args(annotation))


_DIGITS = re.compile(r"[0-9]+")
_WHOLE = re.compile(r"[-+]?[0-9]+")
