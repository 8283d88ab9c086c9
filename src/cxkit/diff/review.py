"""`cxkit review`: what a change does to the documents and to the lint picture.

Findings of the base and of the working tree are matched by rule, document
(its ``id``, else its file) and the place in the document's data, so a finding
that only moved lines (because text above it changed) is neither new nor fixed.
A place on the branch is first taken back to the place in BASE that `cxkit diff`
pairs it with (a list item edited, moved to another list, its id renamed), so a
finding on an item the diff pairs is the same finding.  A workspace finding is
matched on what it is about, not on the file it happens to be reported on; a
`duplicate-id` finding, reported on every copy, is matched by the copy's file, and so
are the other findings of copies of a duplicated id.

Each side is linted with its own configuration.  A finding the branch still has but
silences (a `# cxkit: disable` comment, the configuration) where BASE did not is
"suppressed", never "fixed"; a finding of a file the other side cannot read is
"not compared", neither fixed nor introduced.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import posixpath
import re
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import AbstractSet, Any, Callable, Iterator, Mapping, Sequence, TextIO

from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..cliutil import shell_word
from ..visible import json_visible, no_workflow_commands, raw_name
from ..config import Config
from ..limits import MAX_FILE_BYTES
from ..lint.finding import Finding, Severity
from ..discovery import is_excluded
from ..fsutil import temporary_folder
from ..workspace import UsageError, display_path
from ..yamlio import LoadedYAML, load_bytes
from .compare import (
    Options, StageMove, compare_workspaces, item_order, key_order, labelled, reads_text, stages_moved,
)
from .formats import diff_lang, markdown_lines, md_code, md_message, md_text, phrase, pl_plural, side_word, summary_line
from .git import GitEnvironmentError, GitError, Repo
from .match import (
    Held, equality_key, id_text, inner_items, is_template, item_id, label, list_items, list_name, movable,
    one_of_copies, pair_items, pair_moved, refs,
)
from .model import DiffResult, Doc, DocumentDiff, Item, Part, format_path
from .sources import (
    Problem, mark_joined, mark_left, moved_out_of_reach, revision_side, say_sparse, settle_emptied, unchanged_unread,
    unread_renames, with_renamed, worktree_side,
)
from .workspaces import config_was_named

REVIEW_MARKER = "<!-- cxkit-review -->"
#: The shape of `cxkit review -f json` and its version: keys are only added within a version (docs/machine-output.md).
REVIEW_FORMAT = "cxkit-review/1"
_DIGITS = re.compile(r"\d+")
#: How the review under way runs the linter (see :func:`run_review`): the worker processes (None:
#: every core), whether it uses the lint cache, and the store of per-file results kept for this run
#: alone. None outside a review: one linting as `cxkit lint --no-cache` does.
_LINTING: ContextVar[tuple[int | None, bool, Any] | None] = ContextVar("review_linting", default=None)


@dataclass(slots=True)
class Placed:
    """A finding with the document and the place in its data it speaks of."""

    finding: Finding
    document: str
    where: str
    key: tuple[str, str, str, str]
    #: ``where`` in words, as `cxkit diff` names places (`2. Decyzja › Usprawnienia #1 › Właściciel`, a
    #: list item counted from 1), for the reports people read; None: ``where`` as it is. JSON keeps
    #: ``where`` (`data_path`, counted from 0), see :func:`_name_places`.
    named: str | None = None
    #: ``named`` as Markdown writes it (an id and `#1` as code, so that `#1` links to no issue).
    named_md: str | None = None
    #: ``named`` read aloud, innermost first in words (`Właściciel w Usprawnienia #1 w 2. Decyzja`), as
    #: the diff says a place for a screen reader (see ``formats.Namer.spoken``).
    named_spoken: str | None = None

    @property
    def place(self) -> str:
        """Where the finding is in its document, as the reports people read say it."""
        return self.named if self.named is not None else self.where

    def as_dict(self) -> dict[str, Any]:
        # lint JSON's keys but the end of the value, which review's JSON does not say (its place is `data_path`)
        out = {k: v for k, v in self.finding.as_dict().items() if k not in ("end_line", "end_column")}
        # A document without an id is named by its file: by its real name, as `path` is.
        out["document"] = out["path"] if self.document == self.finding.path else self.document
        out["data_path"] = self.where
        return out


@dataclass(slots=True)
class Review:
    """The whole review: the diff, the findings on both sides, and what moved."""

    base: str
    commit: str
    diff: DiffResult
    unreadable: list[Problem]
    before: list[Placed]
    after: list[Placed]
    introduced: list[Placed] = field(default_factory=list)
    fixed: list[Placed] = field(default_factory=list)
    fail_level: str = "warning"
    #: Findings still there on the branch but silenced there and not in BASE (a comment, the config).
    suppressed: list[Silenced] = field(default_factory=list)
    #: Findings in a file that could not be read on the other side: ("before" or "after", finding).
    not_compared: list[tuple[str, Placed]] = field(default_factory=list)
    #: How the configuration of BASE and of the working tree differ.
    config: ConfigChange | None = None
    #: ``unreadable`` with the side each file could not be read on: ("before" or "after", problem).
    unreadable_sides: list[tuple[str, Problem]] = field(default_factory=list)
    #: How the config files of the other workspaces the review took in differ (a client's
    #: `cxkit.toml` under the top); None when both sides are one workspace.
    workspace_configs: list[ConfigChange] | None = None
    #: Over several workspaces whose configured fail levels differ: the level each introduced
    #: finding's file is judged by (its client's, as `cxkit lint` from the top); ``fail_level`` for the rest.
    fail_levels: dict[str, str] | None = None
    #: The commit the working tree is at (HEAD), None when not known; ``edited``: whether the working
    #: tree holds edits of the files reviewed that HEAD has not got (see :meth:`Repo.uncommitted`).
    head: str | None = None
    edited: bool = False
    #: For each `missing-negative-persona` finding introduced (by its file) because the change emptied
    #: its workspace's negative persona(s): those files (see :func:`_emptied_negative`).
    emptied_negative: dict[str, list[str]] = field(default_factory=dict)
    #: The working tree's configured `fail-level` when BASE's, stricter, judged the review instead (`never` on
    #: the branch, `warning` in BASE: a change does not loosen the gate it is judged by); None otherwise.
    loosened: str | None = None
    #: The notes `cxkit lint` of the working tree gives on its config (a pattern in the wrong case, a
    #: misnamed config file: see :mod:`cxkit.confignotes`), without the `cxkit: note: ` lead.  Shown
    #: on stderr and in the Markdown comment, not in the JSON.
    config_notes: list[str] = field(default_factory=list)
    #: What the review could not read of the checkout (a git submodule not checked out, or without the
    #: commit BASE records for it: see :mod:`cxkit.diff.submodules`), in the review's language. Shown on
    #: stderr and in the Markdown, text and HTML, not in the JSON.
    checkout_notes: list[str] = field(default_factory=list)
    #: The documents whose traits or emotions changed while `reviewed` did not (see :mod:`cxkit.diff.reviewed`): each
    #: file and its note, in the review's language. Shown after the verdict in the text, Markdown and HTML reports,
    #: not in the JSON; no finding.
    reviewed_notes: list[tuple[str, str]] = field(default_factory=list)
    #: The `per-file-ignores` patterns of BASE's configuration that silenced findings the change
    #: introduces (see :func:`silenced_in_base`): the commonest cause after files are moved.
    silenced_in_base: list[dict[str, Any]] = field(default_factory=list)
    #: The files of ``unreadable`` that hold the same bytes on both sides (old file -> new file: most
    #: keep their name, some only moved): the change did not touch them.  The text and Markdown name
    #: them by their count only (see :meth:`touched_unreadable`); the JSON keeps them, marked `unchanged`.
    untouched: dict[str, str] = field(default_factory=dict)
    #: (BASE's, the branch's) `similar-personas` findings that are neither introduced nor fixed and have no
    #: counterpart on the other side (see :attr:`Outcome.kept_on_pairs`): said by :func:`pairs_note`.
    kept_on_pairs: tuple[int, int] = (0, 0)

    def is_untouched(self, side: str, problem: Problem) -> bool:
        """Whether ``problem`` (of ``side``, "before" or "after") is in a file the change did not touch."""
        return problem.file in (self.untouched if side == "before" else self.untouched.values())

    @property
    def touched_unreadable(self) -> list[Problem]:
        """``unreadable`` without the files the change did not touch (see ``untouched``)."""
        if not self.untouched:
            return self.unreadable
        return [p for side, p in self.unreadable_sides if not self.is_untouched(side, p)]

    @property
    def failing(self) -> list[Placed]:
        if self.fail_levels is not None:
            out = []
            for p in self.introduced:
                level = self.fail_levels.get(p.finding.path, self.fail_level)
                if level != "never" and p.finding.severity >= Severity[level]:
                    out.append(p)
            return out
        if self.fail_level == "never":
            return []
        threshold = Severity[self.fail_level]
        return [p for p in self.introduced if p.finding.severity >= threshold]

    #: `review --fail-on-suppressed`: findings the change silences fail it too, at the fail level.
    fail_on_suppressed: bool = False

    @property
    def failing_suppressed(self) -> list[Silenced]:
        """The findings the change silences (a comment, a setting, a config it brings) that fail the review
        with ``fail_on_suppressed``, judged at the level an introduced finding of their file would be."""
        if not self.fail_on_suppressed:
            return []
        out = []
        for s in self.suppressed:
            level = (self.fail_levels or {}).get(s.placed.finding.path, self.fail_level)
            if level != "never" and s.placed.finding.severity >= Severity[level]:
                out.append(s)
        return out

    #: The findings of ``not_compared`` on the branch's side that the working tree's baseline records (the
    #: `baseline` of its config, as `cxkit lint` reads it): lint does not report them, so they fail nothing.
    baselined: list[Placed] = field(default_factory=list)
    #: Whether the working tree's config names a baseline (`baseline`): what the verdict advises to record them.
    baseline_configured: bool = False

    @property
    def failing_revealed(self) -> list[Placed]:
        """The branch's findings in files BASE could not read or check (a document the change mends: a
        misspelt key renamed, a YAML error corrected) at or above the fail level, that the baseline does
        not record.  The change did not introduce them, so they are not compared; but `cxkit lint` of the
        branch reports them, so they fail the review: a gate that passed them would let lint turn red
        after the merge.  Judged at the level an introduced finding of their file would be."""
        hidden = {id(p) for p in self.baselined}
        out = []
        for side, p in self.not_compared:
            if side != "after" or id(p) in hidden:
                continue
            level = (self.fail_levels or {}).get(p.finding.path, self.fail_level)
            if level != "never" and p.finding.severity >= Severity[level]:
                out.append(p)
        return out

    @property
    def failed(self) -> bool:
        return bool(self.failing) or bool(self.failing_suppressed) or bool(self.failing_revealed)


@dataclass(slots=True)
class Silenced:
    """A finding lint finds on the branch but does not report, and what keeps it out.

    ``by`` is ``{"by": "comment", "comment": "disable=RULE", "line": N}`` (in the finding's
    file) or ``{"by": "config", "key": "ignore", "file": "cxkit.toml"}`` (``ignore``,
    ``select``, ``rules.RULE`` with ``enabled = false``, ``per-file-ignores``, ``exclude``, ``paths``).
    ``reported_in_base``: BASE reported it, so the change silenced a finding that was shown.
    """

    placed: Placed
    by: dict[str, Any]
    reported_in_base: bool = False

    def as_dict(self) -> dict[str, Any]:
        out = self.placed.as_dict()
        out["suppressed_by"] = dict(self.by)
        out["reported_in_base"] = self.reported_in_base
        return out


@dataclass(slots=True)
class ConfigChange:
    """The configuration each side was linted with, when they differ.

    ``base`` and ``working_tree`` name the files (None: no file, the defaults); ``changed``
    lists the settings that differ (``ignore``, ``rules.stale-review``); ``base_error`` says
    why BASE's own file could not be used (BASE is then linted with the working tree's).
    """

    base: str | None
    working_tree: str | None
    changed: list[str] = field(default_factory=list)
    base_error: str | None = None
    #: A client's config moved to another folder while the documents stayed where they were: what its
    #: `paths` and `exclude` take in is read from its new folder (not in JSON: ``changed`` names them).
    alone: bool = False
    #: The files the config `extend`s that the change edited, when the config's own file is as BASE
    #: has it (`zespol.toml`, extended by `cxkit.toml`): they are what changed.
    extended: list[str] = field(default_factory=list)
    #: ``base_error``'s Polish twin, where the config's error has one (not in JSON, which keeps the English).
    base_error_pl: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out = {"base": self.base, "working_tree": self.working_tree, "changed": list(self.changed), "base_error": self.base_error}
        if self.extended:
            out["changed_files"] = list(self.extended)  # only then: the config's own file did not change
        return out


# --- where in the document is a finding -------------------------------------

#: A place in a document's data: keys, and list items by their index in the file.
Place = tuple[str | int, ...]


def _walk(
    node: Node, data: Any, shown: tuple[Part, ...], stable: tuple[Part, ...], at: Place, depth: int
) -> Iterator[tuple[Node, tuple[Part, ...], tuple[Part, ...], Place, int, int]]:
    """Every node with its path as shown (ids or indices), a stable path (ids or item text) and
    its place (keys and indices).

    Yields (node, shown, stable, place, priority, depth); a list item's own position
    outranks its first key, which starts at the same place.
    """
    if isinstance(node, MappingNode):
        for knode, vnode in node.value:
            if not isinstance(knode, ScalarNode) or knode.value == "<<":
                continue
            key = knode.value
            child = data.get(key) if isinstance(data, dict) else None
            s, t, a = shown + (key,), stable + (key,), at + (key,)
            yield knode, s, t, a, 1, depth + 1
            if not isinstance(vnode, MappingNode):
                yield vnode, s, t, a, 1, depth + 1
            yield from _walk(vnode, child, s, t, a, depth + 1)
    elif isinstance(node, SequenceNode):
        items = data if isinstance(data, list) and len(data) == len(node.value) else [None] * len(node.value)
        shown_refs = refs(items)
        for idx, (inode, item) in enumerate(zip(node.value, items)):
            ident = item_id(item)
            stable_ref = Item(idx, ident if ident is not None else str(label(item)) if item is not None else None)
            s, t, a = shown + (shown_refs[idx],), stable + (stable_ref,), at + (idx,)
            yield inode, s, t, a, 2, depth + 1
            yield from _walk(inode, item, s, t, a, depth + 1)


def _locate(loaded: LoadedYAML | None, line: int, column: int) -> tuple[str, str, Place]:
    """(shown path, stable path, place) of the value a 1-based position points at; empty for the document."""
    if loaded is None or loaded.root is None:
        return "", "", ()
    found: tuple[Any, ...] = ("", "", ())
    exact: tuple[int, int] | None = None
    exact_paths = found
    on_line: tuple[int, int] | None = None
    line_paths = found
    inside: int = -1
    inside_paths = found
    for node, shown, stable, at, priority, depth in _walk(loaded.root, loaded.data, (), (), (), 0):
        start, end = node.start_mark, node.end_mark
        if start.line + 1 == line and start.column + 1 == column:
            rank = (priority, depth)
            if exact is None or rank > exact:
                exact, exact_paths = rank, (format_path(shown), format_path(stable), at)
        elif start.line + 1 == line:
            rank = (depth, -start.column)
            if on_line is None or rank > on_line:
                on_line, line_paths = rank, (format_path(shown), format_path(stable), at)
        elif start.line + 1 < line <= end.line + 1 and depth > inside:
            inside, inside_paths = depth, (format_path(shown), format_path(stable), at)
    if exact is not None:
        return exact_paths
    if on_line is not None:
        return line_paths
    return inside_paths


def place(loaded: LoadedYAML | None, line: int, column: int) -> tuple[str, str]:
    """(shown path, stable path) of the value a 1-based position points at; empty for the document."""
    shown, stable, _at = _locate(loaded, line, column)
    return shown, stable


def _trait_place(at: Place) -> Place:
    """A trait written `{text: ..., sources: [...]}` is its text: a finding on the text of a
    list item is a finding on the item, whichever way the trait is written on each side."""
    if len(at) >= 2 and at[-1] == "text" and isinstance(at[-2], int):
        return at[:-1]
    return at


def _place_text(at: Place) -> str:
    return format_path(tuple(Item(p) if isinstance(p, int) else p for p in at))


# --- the same place in BASE ----------------------------------------------------

#: Stands first in the parent place of an item whose list the branch removed: that list has no
#: place on the branch, so its own old place (after this mark) stands for it.
_GONE = "\x00gone"

@dataclass(slots=True)
class _Loose:
    """A key or list item on one side only, before moves are found (as the diff's added or removed)."""

    at: Place  # its place on its own side
    parent: Place  # the place, on the branch, of the map or list it is in (or left)
    value: Any
    list_id: tuple[str, str] | None  # (list name, id) of a list item with an id unique in its list


class _Pairing:
    """Which place of a document in BASE each place of its version on the branch is.

    The places are paired as `cxkit diff` pairs them: map keys by name, list items as
    its item pairing does (by id, name, equal value, then similarity), and a value or
    an item with an id that left one place for another as one moved value.  A place
    with no counterpart (a key or an item the branch added) is not in :attr:`to_old`.
    """

    def __init__(self, old: Any, new: Any) -> None:
        self.to_old: dict[Place, Place] = {(): ()}
        self._roots = (old, new)
        self._common: list[Held | None] = [None, None]
        self._pair(old, new, (), ())

    def __call__(self, at: Place) -> Place | None:
        return self.to_old.get(at)

    def _pair(self, old: Any, new: Any, old_at: Place, new_at: Place) -> None:
        loose: list[tuple[str, _Loose]] = []
        self._walk(old, new, old_at, new_at, loose)
        self._relocate(loose)

    def _walk(self, old: Any, new: Any, old_at: Place, new_at: Place, loose: list[tuple[str, _Loose]]) -> None:
        self.to_old[new_at] = old_at
        # In the order the diff lists its changes: what a move pairs first follows it.
        if isinstance(old, dict) and isinstance(new, dict):
            for k in key_order(old, new):
                if k in old and k in new:
                    self._walk(old[k], new[k], old_at + (k,), new_at + (k,), loose)
                elif k in old:
                    loose.append(("removed", _Loose(old_at + (k,), new_at, old[k], None)))
                else:
                    loose.append(("added", _Loose(new_at + (k,), new_at, new[k], None)))
        elif isinstance(old, list) and isinstance(new, list):
            keys = tuple(p for p in new_at if isinstance(p, str))
            pairs = pair_items(old, new, as_text=reads_text(keys), stages=keys == ("stages",))
            old_refs, new_refs = refs(old), refs(new)
            name = keys[-1] if keys else ""
            of_new = {j: i for i, j in pairs}
            for what, k in item_order(len(old), len(new), pairs):
                if what == "pair":
                    self._walk(old[of_new[k]], new[k], old_at + (of_new[k],), new_at + (k,), loose)
                elif what == "add":
                    ident = new_refs[k].id
                    listed = (name, ident) if ident is not None and item_id(new[k]) == ident else None
                    loose.append(("added", _Loose(new_at + (k,), new_at, new[k], listed)))
                else:
                    ident = old_refs[k].id
                    listed = (name, ident) if ident is not None and item_id(old[k]) == ident else None
                    loose.append(("removed", _Loose(old_at + (k,), new_at, old[k], listed)))

    def _relocate(self, loose: list[tuple[str, _Loose]]) -> None:
        """Pair a value removed in one place and added in another, as the diff's moves do:
        an equal value first, then a list item by its id in a list of the same name."""
        removed = [x for op, x in loose if op == "removed"]
        added = [x for op, x in loose if op == "added"]
        if not removed or not added:
            return
        gone: set[int] = set()
        moved: set[int] = set()
        by_value: dict[Any, list[int]] = {}
        for n, x in enumerate(removed):
            if movable(x.value):
                by_value.setdefault(equality_key(x.value), []).append(n)
        for m, x in enumerate(added):
            if not movable(x.value):
                continue
            bucket = by_value.get(equality_key(x.value))
            while bucket and bucket[0] in gone:
                bucket.pop(0)
            if not bucket:
                continue
            n = bucket.pop(0)
            if removed[n].parent == x.parent and isinstance(x.at[-1], int):
                continue  # a reorder within one list: the diff pairs those items already (a key renamed moved)
            gone.add(n)
            moved.add(m)
            self._pair(removed[n].value, x.value, removed[n].at, x.at)
        by_id: dict[tuple[str, str], list[int]] = {}
        for n, x in enumerate(removed):
            if n not in gone and x.list_id is not None:
                by_id.setdefault(x.list_id, []).append(n)
        for m, x in enumerate(added):
            bucket = by_id.get(x.list_id) if m not in moved and x.list_id is not None else None
            if not bucket:
                continue
            n = bucket.pop(0)
            if removed[n].parent == x.parent:
                continue
            gone.add(n)
            moved.add(m)
            self._pair(removed[n].value, x.value, removed[n].at, x.at)
        # An item without an id moved to a list of the same name and edited (an opportunity): a
        # list removed or added with its key offers its items, as in the diff.
        inner: set[Place] = set()  # the places of the items of a stage added or removed whole

        def items(loose: list[_Loose], taken: set[int], removal: bool) -> list[tuple[Place, Any, Any]]:
            out: list[tuple[Place, Any, Any]] = []
            for n, x in enumerate(loose):
                if n in taken:
                    continue
                if isinstance(x.at[-1], int):
                    out.append((x.at, x.parent, x.value))
                    # A stage removed or added whole offers the items of its lists, as in the diff
                    # (an item its side holds twice or more, a template's, is no move).
                    side = 0 if removal else 1
                    for keys, item in inner_items((), x.value):
                        if self._common[side] is None:
                            self._common[side] = list_items(self._roots[side])
                        if self._common[side].items[(list_name(keys), equality_key(item))] > 1:  # type: ignore[union-attr]
                            continue
                        at = x.at + tuple(p if isinstance(p, str) else p.index for p in keys)
                        inner.add(at)
                        out.append((at, at[:-1] if not removal else (_GONE,) + at[:-1], item))
                elif isinstance(x.value, list):
                    # A list removed has no place on the branch: its own old place stands for it.
                    parent = (_GONE,) + x.at if removal else x.at
                    out.extend((x.at + (k,), parent, v) for k, v in enumerate(x.value))
            return out

        def entry(item: tuple[Place, Any, Any]) -> tuple[str, Any, Any]:
            return (list_name(item[0]), item[1], item[2])

        left, came = items(removed, gone, True), items(added, moved, False)
        if left and came:
            for a, b in pair_moved([entry(x) for x in left], [entry(x) for x in came]):
                if (left[a][0] in inner or came[b][0] in inner) and is_template(left[a][2], came[b][2]):
                    # A template's item (TODO) in a stage added or removed whole: no move, as in the diff.
                    continue
                if self._common[0] is None:
                    self._common[0] = list_items(self._roots[0])
                if one_of_copies(entry(left[a])[0], left[a][2], came[b][2], self._common[0]):
                    continue  # one of the copies of a template's item, edited: no move, as in the diff
                self._pair(left[a][2], came[b][2], left[a][0], came[b][0])


def _document_of(loaded: LoadedYAML | None, file: str) -> str:
    """A document's name as `cxkit diff` keys it: its ``id`` as text (`id: 123` is "123", as
    lint reads it), else its file."""
    data = loaded.data if loaded is not None else None
    ident = id_text(data.get("id")) if isinstance(data, dict) else None
    return ident or file


#: Workspace rules that report a finding on the very document and value it is about (a
#: journey's `persona` reference, a negative persona's trait or id, an example's id): matched as a
#: document's findings, so that one journey's finding is never taken for another's of the same
#: persona, nor one example's for another's.  The other workspace rules are matched on what their
#: message names (:func:`_subject`): `duplicate-id` (on every copy, naming the others),
#: `missing-negative-persona` (on the first persona in file order: about the whole workspace) and
#: `similar-personas` (on the later persona of a pair: matched on its pairs).
#: `tests/test_review_workspace_rules_s34.py` fails when a new workspace rule is in neither group.
_REPORTED_ON_ITS_SUBJECT = frozenset({
    "unknown-persona", "journey-for-negative-persona", "journey-for-retired-persona", "trait-overlap",
    "mirrored-negative-persona", "init-example",
})
#: The document "name" of a workspace finding matched on what it is about, never a document's.
_WORKSPACE = "\x00workspace"
#: Before the file (as BASE has it) of a `duplicate-id` finding: each copy's finding is its file's.
_COPY = "\x00copy:"
#: Before a place on the branch that BASE does not have (a key or an item the branch added).
_NEW_PLACE = "\x00new:"
_QUOTED_NAME = re.compile(r"'([^'\n]*)'")
#: The document "name" of a `similar-personas` finding matched on its similar pairs (see :func:`_pair_findings`).
_PAIRS = "\x00pairs"


def _scopes() -> dict[str, str]:
    from ..lint.rule import all_rules

    return {name: cls.scope for name, cls in all_rules().items()}


@dataclass(slots=True)
class Counterparts:
    """What the diff paired between BASE and the branch, for placing the branch's findings:
    by file on the branch, the BASE document's name when it differs and both versions'
    data; and the document ids the branch renamed (new -> old)."""

    names: dict[str, str] = field(default_factory=dict)
    versions: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)
    #: The file in BASE of each document on the branch the diff paired (renamed or not).
    files: dict[str, str] = field(default_factory=dict)
    #: Ids several documents share on either side (a duplicated id): their findings are each copy's own.
    copies: set[str] = field(default_factory=set)
    #: The branch's file of each document whose id the branch renamed -> (its id, its id in BASE).
    renamed_at: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: The stages on the branch that came, unchanged, from another journey of BASE (see
    #: :func:`compare.stages_moved`): by file on the branch, (its index there, the BASE document as
    #: BASE's findings name it, its index in it).
    stages_from: dict[str, list[tuple[int, str, int]]] = field(default_factory=dict)
    _pairings: dict[str, _Pairing] = field(default_factory=dict)

    def moved_stage(self, file: str, at: Place) -> tuple[str, Place] | None:
        """(the BASE document, the place in it) of a place on the branch inside a stage that
        came unchanged from another journey; None elsewhere."""
        if len(at) < 2 or at[0] != "stages":
            return None
        for new_index, document, old_index in self.stages_from.get(file, ()):
            if at[1] == new_index:
                return document, ("stages", old_index) + at[2:]
        return None

    def pairing(self, file: str) -> _Pairing | None:
        if file not in self.versions:
            return None
        if file not in self._pairings:
            self._pairings[file] = _Pairing(*self.versions[file])
        return self._pairings[file]


def counterparts(
    diff: DiffResult,
    links: tuple[AbstractSet[str], AbstractSet[str]] = (frozenset(), frozenset()),
    sides: tuple[Sequence[Doc], Sequence[Doc]] | None = None,
    moves: Sequence[StageMove] = (),
) -> Counterparts:
    """What ``diff`` paired: every document present on both sides (its places are paired when
    a finding on the branch needs them).

    ``sides``: every document BASE and the branch read, those of files the other side cannot
    read included (lint finds them, and their copies' findings must not be taken for each
    other's); the diff's own documents without it.  ``links``: the files of BASE and of the
    branch that are links to another file of their side, which are that file, not copies of its id.
    """
    out = Counterparts(names=_base_names(diff))
    if sides is None:
        sides = ([d.old for d in diff.documents if d.old is not None], [d.new for d in diff.documents if d.new is not None])
    for docs, linked in zip(sides, links):
        counts = Counter(d.id for d in docs if d.id and d.file not in linked)
        out.copies.update(ident for ident, n in counts.items() if n > 1)
    for d in diff.documents:
        if d.old is None or d.new is None:
            continue
        out.versions[d.new.file] = (d.old.data, d.new.data)
        out.files[d.new.file] = d.old.file
        if d.old.id and d.new.id and d.old.id != d.new.id:
            out.ids[d.new.id] = d.old.id
            out.renamed_at[d.new.file] = (d.new.id, d.old.id)
    for move in moves:
        was, now = move.source.old, move.target.new
        if was is None or now is None:
            continue
        # Named as BASE's findings of that document are (see :func:`_placed`): a copy's by its file too.
        name = was.id or was.file
        if name in out.copies:
            name = f"{name}{_COPY}{was.file}"
        old_item, new_item = move.old[1], move.new[1]
        assert isinstance(old_item, Item) and isinstance(new_item, Item)
        out.stages_from.setdefault(now.file, []).append((new_item.index, name, old_item.index))
    return out


def _subject(f: Finding, scopes: dict[str, str], renamed: dict[str, str]) -> str | None:
    """What a workspace finding is about, when that is not the file it is reported on: the ids
    its message names (quoted; a renamed id by its BASE id), none for the whole workspace.

    `missing-negative-persona` sits on the first persona in file order, `similar-personas` on
    the later of the two: a file added, removed or renamed elsewhere moves them to another file
    without changing what they say.  `duplicate-id` sits on every copy, and its message lists
    the other copies, so a copy added or removed elsewhere changes what every copy's finding
    says: :func:`_placed` matches it by the copy's file (as BASE has it), with this subject.
    """
    if scopes.get(f.rule) != "workspace" or f.rule in _REPORTED_ON_ITS_SUBJECT:
        return None
    named = sorted({renamed.get(name, name) for name in _QUOTED_NAME.findall(f.english_message)})
    return json.dumps(named, ensure_ascii=False)


def _placed(
    findings: list[Finding], texts: dict[str, LoadedYAML | None], paired: Counterparts | None = None,
    copies: AbstractSet[str] = frozenset(), similar: dict[str, tuple[str, str, list[str]]] | None = None,
    workspaces: dict[str, str] | None = None,
) -> list[Placed]:
    """Findings with their places.

    BASE's findings are placed in BASE's data.  The branch's are given with ``paired``
    (what the diff paired): a document the diff paired with a BASE document of another
    name (its id or file changed) is matched as that document, and a place in it as the
    place in BASE the diff pairs it with; a place BASE has no counterpart of is new.
    A document whose id several documents share (``copies`` for BASE, ``paired.copies``
    for the branch) is named by its id and its file as BASE has it, so that one copy's
    finding is never taken for another's.  A `similar-personas` finding on a persona ``similar``
    holds (by its file: its id and the ids of every earlier persona it is similar to) is keyed on
    those pairs, a renamed id by its BASE id.  ``workspaces``: the workspace (its folder from the
    top) of each finding's file, when the side is several: a workspace finding is its workspace's.
    """
    if paired is not None:
        copies = paired.copies
    scopes = _scopes()
    # Over several workspaces an id the branch renamed is renamed in its own workspace only: a
    # client's `marta` becoming `marta-k` says nothing of another client's `marta-k`.
    renames: dict[str, dict[str, str]] | None = None
    if paired is not None and workspaces is not None:
        renames = {}
        for file, (new_id, old_id) in paired.renamed_at.items():
            renames.setdefault(workspaces.get(file, ""), {})[new_id] = old_id
    out = []
    for f in findings:
        loaded = texts.get(f.path)
        shown, _stable, at = _locate(loaded, f.line, f.column)
        document = _document_of(loaded, f.path)
        # Keyed on the English message: a Polish twin's words follow its numbers (`14 miesięcy`, `22 miesiące`)
        # and a workspace may change its `lang`, where the finding stays the same one.
        message = _DIGITS.sub("#", f.english_message)
        if renames is not None:
            renamed = renames.get(workspaces.get(f.path, ""), {}) if workspaces is not None else {}
        else:
            renamed = paired.ids if paired is not None else {}
        subject = _subject(f, scopes, renamed)
        if f.rule == "similar-personas" and similar and f.path in similar:
            # Keyed on every pair it stands for, not the one pair its message names: an edit
            # elsewhere changes which earlier persona is the closest without changing any pair.
            me, closest, earlier = similar[f.path]
            me = renamed.get(me, me)
            named = sorted((me, renamed.get(closest, closest)))
            pairs = sorted({tuple(sorted((me, renamed.get(q, q)))) for q in earlier})
            # Over several workspaces the pairs are its workspace's: `marta` and `jan` of one client
            # are not the `marta` and `jan` of another.
            mine = [named, pairs] if workspaces is None else [named, pairs, workspaces.get(f.path, "")]
            about = json.dumps(mine, ensure_ascii=False)
            out.append(Placed(f, document, shown, (f.rule, _PAIRS, about, message)))
            continue
        if subject is not None and f.rule == "duplicate-id":
            # Each copy's own finding: the copy the branch added is introduced, the one it
            # removed fixed; the others stay, though their messages list other copies now.
            file_as = paired.files.get(f.path, f.path) if paired is not None else f.path
            # Over several workspaces, its workspace's: a copy moved to another client is another's copy.
            copy = _COPY + file_as if workspaces is None else f"{_COPY}{file_as}\x00{workspaces.get(f.path, '')}"
            out.append(Placed(f, document, shown, (f.rule, copy, subject, message)))
            continue
        if subject is not None:
            # In a review over several workspaces, a workspace finding is its workspace's (each client has its own).
            about = _WORKSPACE if workspaces is None else f"{_WORKSPACE}\x00{workspaces.get(f.path, '')}"
            out.append(Placed(f, document, shown, (f.rule, about, subject, message)))
            continue
        at = _trait_place(at)
        where = _place_text(at)
        moved = paired.moved_stage(f.path, at) if paired is not None else None
        if moved is not None:
            # In a stage that came unchanged from another journey: that journey's finding in BASE.
            document_as, old_at = moved
            out.append(Placed(f, document, shown, (f.rule, document_as, _place_text(old_at), message)))
            continue
        if paired is not None:
            document_as = paired.names.get(f.path, document)
            pairing = paired.pairing(f.path)
            if pairing is not None:
                old_at = pairing(at)
                where = _place_text(old_at) if old_at is not None else _NEW_PLACE + where
        else:
            document_as = document
        if document_as in copies:
            file_as = paired.files.get(f.path, f.path) if paired is not None else f.path
            document_as = f"{document_as}{_COPY}{file_as}"
        out.append(Placed(f, document, shown, (f.rule, document_as, where, message)))
    return out


def _name_places(items: list[Placed], texts: dict[str, LoadedYAML | None], lang: str | None) -> None:
    """Name each finding's place as `cxkit diff` names the places of its changes, in the document's
    language (``lang``: the configuration's): `stages[decyzja].opportunities[0].owner` is `2. Decyzja ›
    Usprawnienia #1 › Właściciel`, so the text, Markdown and HTML reports count a list's
    items from 1 as the changes beside them do. One namer a file."""
    from .formats import Namer, md_code, md_text, parse_path, plain_namer

    namers: dict[str, Any] = {}
    for p in items:
        parts = parse_path(p.where) if p.where else None
        if not parts:
            continue
        file = p.finding.path
        if file not in namers:
            loaded = texts.get(file)
            data = loaded.data if loaded is not None else None
            doc = DocumentDiff(p.document, None, Doc(file, data, loaded.text)) if loaded is not None else None
            namers[file] = ((plain_namer(doc, lang), Namer(doc, md_text, md_code, lang),
                             plain_namer(doc, lang).spoken())
                            if doc is not None and isinstance(data, dict) else None)
        if namers[file] is not None:
            plain, markdown, spoken = namers[file]
            p.named = plain.named(parts, plain.doc.new.data, {})
            p.named_md = markdown.named(parts, markdown.doc.new.data, {})
            p.named_spoken = spoken.named(parts, spoken.doc.new.data, {})


def _base_names(diff: DiffResult) -> dict[str, str]:
    """The file of each working-tree document the diff paired with a base document of another
    name (a new id, or a new file when it has none) -> that base document's name."""
    out: dict[str, str] = {}
    for d in diff.documents:
        if d.old is None or d.new is None:
            continue
        old_name, new_name = d.old.id or d.old.file, d.new.id or d.new.file
        if old_name != new_name:
            out[d.new.file] = old_name
    return out


def match_findings(before: list[Placed], after: list[Placed]) -> tuple[list[Placed], list[Placed]]:
    """(introduced, fixed): findings of one side with no counterpart on the other.

    Findings pair first on rule, document, place and message (numbers aside),
    then on rule, document and place alone: a problem still at the same place
    whose wording changed (another suggestion, another value) is still there.
    """
    _pairs, left_before, left_after = _pair_findings(before, after)
    return [after[j] for j in left_after], [before[i] for i in left_before]


def _pair_findings(before: list[Placed], after: list[Placed]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """(pairs of indices, indices of ``before`` left, indices of ``after`` left), as :func:`match_findings` pairs.

    A `similar-personas` finding keyed on its pairs of similar personas (:data:`_PAIRS`) is left
    (introduced, or fixed) only when the pair its message names (its persona and the closest
    earlier one) is in no such finding of the other side: a pair that was not similar before, or
    is no longer.  The persona a finding is on and the one it names change with edits and renames
    elsewhere; the pairs do not.  (A finding is not left for a pair it holds beside the one it
    names: sharpening one persona of a templated set would call the finding of every other one
    fixed.)
    """
    left_before = list(range(len(before)))
    left_after = list(range(len(after)))
    pairs: list[tuple[int, int]] = []
    for key_of in (lambda p: p.key, lambda p: p.key[:3]):
        wanted: dict[tuple[str, ...], list[int]] = {}
        for i in left_before:
            wanted.setdefault(key_of(before[i]), []).append(i)
        still_after = []
        for j in left_after:
            bucket = wanted.get(key_of(after[j]))
            if bucket:
                pairs.append((bucket.pop(0), j))
            else:
                still_after.append(j)
        left_after = still_after
        left_before = sorted(i for bucket in wanted.values() for i in bucket)
    if any(before[i].key[1] == _PAIRS for i in left_before) or any(after[j].key[1] == _PAIRS for j in left_after):
        pairs, left_before, left_after = _pair_similar_sets(before, after, pairs, left_before, left_after)
    return pairs, left_before, left_after


def _similar_pairs(p: Placed) -> set[tuple[str, ...]]:
    """Every pair of similar personas a `similar-personas` finding stands for (after its
    workspace, in a review of several)."""
    about = json.loads(p.key[2])
    return {(*about[2:], *pair) for pair in about[1]}


def _named_pair(p: Placed) -> tuple[str, ...]:
    """The pair a `similar-personas` finding's message names: its persona and the closest earlier
    one (after its workspace, in a review of several)."""
    about = json.loads(p.key[2])
    return (*about[2:], *about[0])


def _pair_similar_sets(
    before: list[Placed], after: list[Placed], pairs: list[tuple[int, int]], left_before: list[int], left_after: list[int]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """The similar-personas findings :func:`_pair_findings` left, matched on their pairs."""
    def union(side: list[Placed]) -> set[tuple[str, ...]]:
        return {pair for p in side if p.key[1] == _PAIRS for pair in _similar_pairs(p)}

    had, has = union(before), union(after)
    rest_before = [i for i in left_before if before[i].key[1] != _PAIRS or _named_pair(before[i]) not in has]
    rest_after = [j for j in left_after if after[j].key[1] != _PAIRS or _named_pair(after[j]) not in had]
    # Each finding kept on both sides is paired with one of the other side that shares a pair, where
    # there is one left (the caller tells a suppressed finding BASE reported by these pairs).
    kept_after = [j for j in left_after if after[j].key[1] == _PAIRS and j not in rest_after]
    out = list(pairs)
    for i in left_before:
        if before[i].key[1] != _PAIRS or i in rest_before:
            continue
        mine = _similar_pairs(before[i])
        for j in kept_after:
            if mine & _similar_pairs(after[j]):
                out.append((i, j))
                kept_after.remove(j)
                break
    return out, rest_before, rest_after


@dataclass(slots=True)
class Outcome:
    """What the change did to the findings: each finding of either side in one of these lists (or unchanged)."""

    introduced: list[Placed]
    fixed: list[Placed]
    suppressed: list[Silenced]
    not_compared: list[tuple[str, Placed]]
    #: Findings introduced that BASE found and silenced (a comment, `per-file-ignores`), each with how.
    was_silenced: list[tuple[Placed, Silenced]] = field(default_factory=list)
    #: (BASE's, the branch's) `similar-personas` findings neither introduced nor fixed nor paired with one
    #: of the other side: they stand for pairs similar on both sides (see :func:`_pair_similar_sets`).
    kept_on_pairs: tuple[int, int] = (0, 0)


def classify(
    before: list[Placed],
    after: list[Placed],
    silenced_before: Sequence[Silenced] = (),
    silenced_after: Sequence[Silenced] = (),
    unread_before: AbstractSet[str] = frozenset(),
    unread_after: AbstractSet[str] = frozenset(),
    lost_before: AbstractSet[str] = frozenset(),
    lost_after: AbstractSet[str] = frozenset(),
    unchecked_before: AbstractSet[str] | Mapping[str, AbstractSet[str]] = frozenset(),
    unchecked_after: AbstractSet[str] | Mapping[str, AbstractSet[str]] = frozenset(),
    *,
    several: bool = False,
) -> Outcome:
    """Sort the findings of both sides into introduced, fixed, suppressed and not compared.

    - A finding of a file that could not be read on the other side (not valid YAML there)
      cannot be matched: it is "not compared" (the `yaml-syntax` finding itself, on the side
      that cannot be read, is introduced or fixed as any other).  So is a workspace finding
      about documents (`duplicate-id`, `similar-personas`) that names one the other side
      cannot read: ``lost_before`` holds the ids of the branch's documents in files BASE
      cannot read, ``lost_after`` those of BASE's documents in files the branch cannot read.
      Over ``several`` workspaces each is a (workspace folder, id) pair, and a finding is not
      compared only when the document it names is lost in its own workspace: another client's
      document of that id says nothing of it.
    - A document that does not fit the format on one side (a `schema` error) is not checked
      by the document rules there, so their findings of its version on the other side cannot
      be matched either: ``unchecked_before`` holds BASE's files whose document does not fit
      on the branch, ``unchecked_after`` the branch's files whose document does not fit in BASE;
      given as a mapping, each file with the rules lint ran whole there all the same (a half-valid
      document: :func:`_unchecked`), whose findings are compared as any.  Nor can a `similar-personas` or `trait-overlap` finding that is on or names such a file:
      lint reads no traits of a document that does not fit, so it drops out of their comparisons.
    - A BASE finding that the branch no longer reports but still finds, silenced by a
      comment or the configuration, is suppressed, not fixed.
    - A finding silenced on the branch that was not silenced in BASE (a new one, silenced
      from the start) is suppressed too; one silenced on both sides is no news.
    """
    paired_up, left_before, left_after = _pair_findings(before, after)
    introduced, gone = [after[j] for j in left_after], [before[i] for i in left_before]
    # Kept on their pairs without a finding of the other side: the counts differ by these.
    kept_on_pairs = (len(before) - len(paired_up) - len(left_before), len(after) - len(paired_up) - len(left_after))
    not_compared: list[tuple[str, Placed]] = []
    scopes = _scopes() if unchecked_before or unchecked_after else {}

    def uncompared(
        p: Placed, unread_here: AbstractSet[str], unread_there: AbstractSet[str], lost: AbstractSet[str],
        unchecked: AbstractSet[str] | Mapping[str, AbstractSet[str]],
    ) -> bool:
        if unchecked and any(path in unchecked and not _ran_there(p.finding, unchecked, path)
                             for path in _judged_files(p.finding, scopes)):
            return True
        if p.key[1] == _PAIRS:
            # Matched on its pairs of similar personas: not compared when one of them cannot be read.
            return bool(lost) and any(_lost(name, p, lost) for pair in json.loads(p.key[2])[1] for name in pair)
        if p.key[1].startswith((_WORKSPACE, _COPY)):
            # Matched on what it is about: on the ids it names (a `duplicate-id` on its own file too).
            if lost and any(_lost(name, p, lost) for name in json.loads(p.key[2])):
                return True
            if p.key[1].startswith(_WORKSPACE):
                return False
        return p.finding.path in unread_there and p.finding.path not in unread_here

    def _lost(name: str, p: Placed, lost: AbstractSet[Any]) -> bool:
        return ((_key_workspace(p), name) if several else name) in lost

    kept: list[Placed] = []
    for p in introduced:
        if uncompared(p, unread_after, unread_before, lost_before, unchecked_after):
            not_compared.append(("after", p))
        else:
            kept.append(p)
    introduced, kept = kept, []
    for p in gone:
        if uncompared(p, unread_before, unread_after, lost_after, unchecked_before):
            not_compared.append(("before", p))
        else:
            kept.append(p)
    gone = kept
    silenced_after = list(silenced_after)
    pairs, left_gone, left_silenced = _pair_findings(gone, [s.placed for s in silenced_after])
    suppressed = [dataclasses.replace(silenced_after[j], reported_in_base=True) for _i, j in pairs]
    # The very finding (same file, place, rule and message) silenced on the branch under another
    # workspace than BASE's (a client's folder left out of the top's new `paths`): suppressed, not fixed too.
    def same(p: Placed) -> tuple[str, str, int, int, str]:
        return (p.finding.rule, p.finding.path, p.finding.line, p.finding.column, p.finding.english_message)

    waiting: dict[tuple[str, str, int, int, str], list[int]] = {}
    for j in left_silenced:
        waiting.setdefault(same(silenced_after[j].placed), []).append(j)
    still_gone = []
    for i in left_gone:
        found = waiting.get(same(gone[i]))
        if found:
            j = found.pop(0)
            suppressed.append(dataclasses.replace(silenced_after[j], reported_in_base=True))
            left_silenced = [k for k in left_silenced if k != j]
        else:
            still_gone.append(i)
    left_gone = still_gone
    fixed = [gone[i] for i in left_gone]
    rest = [silenced_after[j] for j in left_silenced]
    _pairs, _left, new = _pair_findings([s.placed for s in silenced_before], [s.placed for s in rest])
    suppressed += [rest[j] for j in new]
    suppressed.sort(key=lambda s: (s.placed.finding.path, s.placed.finding.line, s.placed.finding.column, s.placed.finding.code))
    # A finding BASE silenced that the branch reports (its file moved out of a `per-file-ignores`
    # pattern): introduced by the documented rule, and said why (see :func:`silenced_in_base`).
    silenced_before = list(silenced_before)
    was, _left, _new = _pair_findings([s.placed for s in silenced_before], introduced)
    return Outcome(introduced, fixed, suppressed, not_compared, [(introduced[j], silenced_before[i]) for i, j in was],
                   kept_on_pairs)


def _key_workspace(p: Placed) -> str:
    """The workspace (its folder from the top) a workspace finding of a review over several is
    keyed on (see :func:`_placed`); "" for any other."""
    if p.key[1] == _PAIRS:
        about = json.loads(p.key[2])
        return about[2] if len(about) > 2 else ""
    if p.key[1].startswith((_WORKSPACE, _COPY)) and "\x00" in p.key[1][1:]:
        return p.key[1].rsplit("\x00", 1)[1]
    return ""


# --- running ----------------------------------------------------------------

def _load_files(paths: set[str], read: Any) -> dict[str, LoadedYAML | None]:
    out: dict[str, LoadedYAML | None] = {}
    for path in paths:
        raw = read(path)
        out[path] = load_bytes(raw) if raw is not None else None
    return out


def _read_disk(path: str | Path) -> bytes | None:
    try:
        return Path(path).read_bytes()
    except OSError:
        return None


def _mirror(
    top: Path, files: dict[str, Path | bytes], links: dict[str, str] | None = None, dead: dict[str, str] | None = None,
) -> None:
    """Lay ``files`` (path from the repository top -> a file on disk, or content) out under ``top``.

    ``links`` maps a file that is a symbolic link to the file it leads to (paths from the
    top); one whose target is laid out too becomes a link to it, so that lint reads the
    file once, as it does in the working tree.  ``dead``: the side's links that lead to no
    file (see :meth:`Repo.dead_links`), laid out as they are, so that lint reports each as
    its checkout's lint would (a file it cannot read).
    """
    links = links or {}
    for full, to in (dead or {}).items():
        led = posixpath.normpath(posixpath.join(posixpath.dirname(full), to.replace(os.sep, "/")))
        target = top / full
        if full in files or os.path.isabs(to) or led == ".." or led.startswith("../") \
                or top.resolve() not in target.resolve().parents:
            continue  # never a link out of the temporary folder
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.symlink(to, target)
        except OSError:
            pass  # no symlinks here: lint sees no file, as before
    linked = {full: to for full, to in links.items() if to in files and to not in links and to != full}
    # A file that links lead to is laid out as a file, not a link itself: of one file's names, lint
    # shows its own, not a link's, which it can tell only when the file is no link here either.
    led_to = set(linked.values())
    for full, source in files.items():
        target = top / full
        if top.resolve() not in target.resolve().parents:
            continue  # a path that would escape the temporary folder
        target.parent.mkdir(parents=True, exist_ok=True)
        if full in linked:
            try:
                os.symlink(os.path.relpath(top / linked[full], target.parent), target)
                continue
            except OSError:
                pass  # no symlinks here: a copy, as below
        if isinstance(source, bytes):
            target.write_bytes(source)
            continue
        # A file is linked, not copied (lint reads at most MAX_FILE_BYTES + 1 of it): a hard link, a
        # file as in the checkout, whose results the lint cache keeps under the same key (a symbolic
        # link's would name where it leads), else a symbolic link. A link whose target is not laid out
        # (outside the paths) is copied: lint reads it as a file of its own.
        if not source.is_symlink() and full not in led_to:
            try:
                os.link(source.resolve(), target)
                continue
            except OSError:
                pass  # another file system, or no hard links there
            try:
                os.symlink(source.resolve(), target)
                continue
            except OSError:
                pass  # no symlinks here (Windows without the right): a copy, as below
        try:
            with open(source, "rb") as fh:
                target.write_bytes(fh.read(MAX_FILE_BYTES + 1))
        except OSError:
            continue  # unreadable or gone since git listed it


def _side_store(repo: Repo, top: Path, config: Config) -> Any:
    """The per-file results review's run of the workspace of ``config`` (in the copy of a side laid
    out at ``top``) uses: the lint cache of that workspace in the checkout, or the run's own store
    when the cache is off or the checkout has no such workspace.  A file checked under the same
    config, path and bytes has the same results in the copy and in the checkout, and on either side:
    BASE's files the branch left as they were are answered from the working tree's run."""
    from ..lint.cache import cache_dir, open_store

    linting = _LINTING.get()
    if linting is None:
        return None
    _jobs, cache, memory = linting
    rel = os.path.relpath(config.root, top)
    real = config.root if rel == os.pardir or rel.startswith(os.pardir + os.sep) else Path(repo.top) / rel
    if not cache or not real.is_dir() or (config.source is not None and not (real / config.source.name).is_file()):
        # A workspace the working tree no longer has (BASE's alone): no cache folder is made for it.
        return memory
    return open_store(cache_dir(Path(os.path.normpath(real))))


def _lint_side(
    repo: Repo,
    files: dict[str, Path | bytes],
    paths: list[str],
    config: Config,
    links: dict[str, str] | None = None,
    *,
    ruleset: Any = None,
    suppressed: list[Any] | None = None,
    similar: dict[str, tuple[str, str, list[str]]] | None = None,
    configs: dict[str, bytes] | None = None,
    own_only: bool = False,
    workspaces: dict[str, str] | None = None,
    dead: dict[str, str] | None = None,
    checked: dict[str, frozenset[str] | None] | None = None,
) -> list[Finding]:
    """Lint exactly ``files`` (what git has on one side) under ``paths``, in a temporary copy of the tree.

    Findings carry their paths as seen from the current folder, as `cxkit lint` would show them;
    so do those put in ``suppressed`` (the findings comments and `per-file-ignores` silence).
    ``similar`` receives, by the path a `similar-personas` finding is on, its persona's id and the
    ids of every earlier persona it is similar to.  ``configs``: the side's config files of other
    workspaces (see :class:`Side`), each of which is linted under its own, as `cxkit lint` plans
    a run; ``own_only``: only the workspace of ``config`` (which ``ruleset`` is for); ``workspaces``
    receives the workspace (its folder from the top) of each file a finding is on; ``dead``: the side's
    links that lead to no file, which lint reports as files it cannot read (see :func:`_mirror`);
    ``checked`` receives, by shown path, what lint checked of each file: None for all of it, else (a
    document that does not fit the format) the rules that ran whole on what fits (see :func:`_unchecked`).
    """
    from ..lint.engine import lint
    from ..lint.rules.personas import similar_sets
    from .workspaces import lay_out, plan_side, side_root

    with temporary_folder("cxkit-review-") as tmp:
        # A config outside the repository keeps its place (see side_root): its folder is not the side's.
        top, side_config = side_root(repo, config, Path(tmp))
        _mirror(top, files, links, dead)
        if configs:
            lay_out(top, configs)
        here = top / repo.prefix
        targets = [os.path.normpath(here / p) for p in paths]
        targets = [os.path.relpath(t, here) for t in targets if os.path.lexists(t)]
        if not targets:
            return []
        # Linted from the folder the user is in, so that every path it shows, in messages that
        # name another file too, reads as `cxkit lint` would show it, not as the temporary copy.
        here.mkdir(parents=True, exist_ok=True)  # the user's folder may hold no file of this side
        silenced: list[Any] | None = [] if suppressed is not None else None
        jobs = (_LINTING.get() or (None, False, None))[0]
        sink: dict[str, tuple[str, str, list[str]]] = {}
        runs: list[Any] = []
        token = similar_sets.set(sink)
        try:
            with contextlib.chdir(here):
                folders = [side_config.root]
                if configs:
                    parts, own = plan_side(targets, side_config, top)
                    folders = [part.config.root for part in parts]
                    found = []
                    for part in parts:
                        if own_only and part is not own:
                            continue
                        rules = ruleset if part is own else None
                        start = len(silenced) if silenced is not None else 0
                        run = lint(part.targets, part.config, ruleset=rules, suppressed=silenced, jobs=jobs,
                                   store=_side_store(repo, top, part.config))
                        got = run.findings
                        runs.append(run)
                        found += got
                        if workspaces is not None:
                            folder = os.path.relpath(part.config.root, top).replace(os.sep, "/")
                            more = [s[0] for s in silenced[start:]] if silenced is not None else []
                            for f in [*got, *more]:
                                workspaces.setdefault(f.path, folder)
                    found.sort(key=lambda f: (f.path, f.line, f.column, f.code))
                else:
                    run = lint(targets, side_config, ruleset=ruleset, suppressed=silenced, jobs=jobs,
                               store=_side_store(repo, top, side_config))
                    found = run.findings
                    runs.append(run)
                    if workspaces is not None:  # one workspace on this side, several on the other
                        folder = os.path.relpath(side_config.root, top).replace(os.sep, "/")
                        for f in [*found, *(s[0] for s in silenced or ())]:
                            workspaces.setdefault(f.path, folder)
            if workspaces is not None:
                # Every file's workspace, not only those a finding is on (whose id it renamed, say):
                # the deepest folder of a config planned that holds it.
                for full in files:
                    folder = _holding(full, [os.path.relpath(root, top).replace(os.sep, "/") for root in folders])
                    if folder is not None:
                        workspaces.setdefault(display_path(os.path.relpath(top / full, here)), folder)
        finally:
            similar_sets.reset(token)

        def shown_path(path: str) -> str:
            return display_path(os.path.relpath(here / raw_name(path), here))

        def shown(f: Finding) -> Finding:
            if f.related:
                # The files the message names too, in the same form (review finds their documents by it).
                related = tuple(r._replace(path=shown_path(r.path)) for r in f.related)
                return dataclasses.replace(f, path=shown_path(f.path), related=related)
            return dataclasses.replace(f, path=shown_path(f.path))

        if similar is not None:
            for path, sets in sink.items():
                similar.setdefault(shown_path(path), sets)  # the side's own run, made first, counts
        if workspaces:
            for path in list(workspaces):
                workspaces.setdefault(shown_path(path), workspaces[path])

        if suppressed is not None and silenced:
            suppressed.extend((shown(f), how, line) for f, how, line in silenced)
        if checked is not None:
            for run in runs:
                for path in run.linted or ():
                    checked.setdefault(shown_path(path), None)
                for path, ran in (run.unchecked or {}).items():
                    checked[shown_path(path)] = ran
        return [shown(f) for f in found]


def _checked_by_config(
    repo: Repo, config: Config, present: dict[str, Path], clients: dict[str, bytes],
) -> list[tuple[Any, list[str]]]:
    """Each config in force in the working tree with the files checked under it, as shown (for the notes
    of :mod:`cxkit.confignotes`): ``config``, and each client config of ``clients`` (paths from the top) with
    the files of its folder, as `cxkit lint` from here pairs them.  A client config that cannot be read
    gets no notes."""
    from ..config import ConfigError, load_config

    loaded: dict[str, Any] = {}
    for full in sorted(clients):
        try:
            loaded[posixpath.dirname(full) or "."] = load_config(repo.top / full, check_rules=False)
        except (ConfigError, OSError, ValueError):
            continue
    own: list[str] = []
    theirs: dict[str, list[str]] = {folder: [] for folder in loaded}
    for full, source in present.items():
        folder = _holding(full, [f for f in loaded if f != "."]) if loaded else None
        (theirs[folder] if folder is not None else own).append(display_path(os.path.relpath(source, repo.cwd)))
    return [(config, sorted(set(own)))] + [(loaded[folder], sorted(set(theirs[folder])))
                                          for folder in sorted(loaded) if folder != "."]


def _holding(full: str, roots: list[str]) -> str | None:
    """The deepest of ``roots`` (workspace folders from the top: `zoo`, `.`, or `..` for one above
    the repository) that holds the file ``full`` (a path from the top); None when none does."""
    def depth(root: str) -> tuple[int, int]:
        parts = root.split("/")
        if root == ".":
            return (1, 0)
        if all(part == os.pardir for part in parts):
            return (2, len(parts))  # above the top: the nearest first
        return (0, -len(parts))

    for root in sorted(set(roots), key=depth):
        parts = root.split("/")
        if root == "." or all(part == os.pardir for part in parts) or full == root or full.startswith(root + "/"):
            return root
    return None


def _worktree_links(repo: Repo, present: dict[str, Path]) -> dict[str, str]:
    """The files of ``present`` that are symbolic links, each with the path from the top of the file it leads to."""
    top = os.path.realpath(repo.top)
    out: dict[str, str] = {}
    for full, source in present.items():
        if not source.is_symlink():
            continue
        real = os.path.realpath(source)
        rel = os.path.relpath(real, top)
        if rel != os.pardir and not rel.startswith(os.pardir + os.sep) and not os.path.isabs(rel):
            out[full] = rel.replace(os.sep, "/")
    return out


def _sparse_files(repo: Repo, paths: list[str]) -> dict[str, bytes]:
    """The YAML files under ``paths`` outside the working tree's sparse checkout (marked skip-worktree), by
    path from the top, as the index holds them: git reads them so, and so does the working tree's side."""
    skipped = {full: blob for name, (full, blob) in repo.skipped(paths).items() if _is_yaml(name)}
    if not skipped:
        return {}
    blobs = repo.blobs(list(skipped.values()))
    return {full: blobs[blob] for full, blob in skipped.items() if blob in blobs}


def _is_yaml(path: str) -> bool:
    return path.lower().endswith((".yaml", ".yml"))


def run_review(
    base: str, paths: list[str], config: Config, options: Options, fail_level: str, *, named: bool = True,
    configured_level: bool = False, jobs: int | None = None, cache: bool = True,
) -> Review:
    """Diff BASE against the working tree and lint both sides (see :func:`_review`).

    The linting goes as `cxkit lint` goes: ``jobs`` worker processes (None: every core) and, with
    ``cache``, each workspace's lint cache, read and written once.  Every file BASE has with the
    bytes, path and config the working tree has is checked once, cache or not.
    """
    from ..lint.cache import memory_store, one_store_per_folder

    token = _LINTING.set((jobs, cache, memory_store()))
    try:
        with one_store_per_folder():
            return _review(base, paths, config, options, fail_level, named=named, configured_level=configured_level)
    finally:
        _LINTING.reset(token)


def _review(
    base: str, paths: list[str], config: Config, options: Options, fail_level: str, *, named: bool = True,
    configured_level: bool = False,
) -> Review:
    """Diff BASE against the working tree and lint both sides.

    Both sides are the files git sees: BASE's tree, and the working tree's
    tracked files plus new ones it does not ignore (a file named on the command
    line counts even when ignored), so a git-ignored draft is never reported
    as introduced.  ``paths`` are the paths named on the command line (``named``)
    and then read on both sides, or the working tree's configured ones: BASE's
    side is then read under the `paths` of BASE's own configuration.
    """
    try:
        repo = Repo()
    except GitEnvironmentError as exc:  # said as it is: git is there, and refuses (or is pointed astray)
        raise UsageError(str(exc)) from None
    except GitError as exc:
        raise UsageError(f"{exc}; cxkit review compares BASE with the working tree of a git repository") from None
    commit = repo.commit(base)
    if commit is None:
        raise UsageError(repo.unknown(base))
    # An absolute path would escape the temporary copies; git takes relative ones just as well.
    paths = [os.path.relpath(p) if os.path.isabs(p) else p for p in paths]
    given, paths = paths, repo.inside(paths)
    for typed, p in zip(given, paths):
        if not os.path.lexists(p) and not repo.tree(commit, [p]):
            from .run import with_near  # only on this error path

            raise with_near(f"{display_path(typed)}: no such path in the working tree or in '{base}'", typed)
    if named:  # a file named that git finds renamed since BASE: its name there is read too, as in `cxkit diff`
        paths = with_renamed(repo, paths, paths, commit, None)
    # Each side is read and linted as its own checkout would be: BASE with BASE's configuration
    # (its `exclude`, and its `paths` when none are named).
    base_config, change = _base_config(repo, commit, base, config)
    loosened = None
    if configured_level:
        # The level from the config: the branch's own config must not loosen the gate it is judged
        # by (`fail-level = "never"` in the same pull request), so BASE's counts when it is stricter.
        own, fail_level = fail_level, min(fail_level, base_config.fail_level, key=_LEVEL_ORDER.index)
        loosened = own if own != fail_level else None
    base_paths = paths if named or base_config is config else _configured_paths(repo, base_config, paths)
    from .run import excluded_named, nothing_compared, say_excluded

    excluded = excluded_named(repo, config, given, paths, (commit,), named=named)
    old = revision_side(repo, base, commit, base_paths, base_config)
    new = worktree_side(repo, paths, config)
    say_sparse(new, config.lang)
    if excluded.everything(old, new):
        # As `cxkit lint drafts` and `cxkit diff BASE -- drafts`: a report of nothing is no pass.
        raise UsageError(nothing_compared(excluded, f"cxkit review {shell_word(base)} --"))
    say_excluded(excluded)
    # A file that cannot be read on one side is "not compared": its document there is neither
    # removed nor added, also when it moved into that file (renamed and broken, or mended), or was emptied.
    settle_emptied(old, new)
    unread_after = new.unread | moved_out_of_reach(old, new)  # BASE's files the branch cannot compare
    unread_before = old.unread | moved_out_of_reach(new, old)  # the branch's files BASE cannot compare
    old_docs = [d for d in old.docs if d.file not in unread_after]
    new_docs = [d for d in new.docs if d.file not in unread_before]
    from .run import git_renames

    # A file git finds renamed whose document changed its id on the way is one document, as in `cxkit diff`.
    renamed = git_renames(repo, commit, None)
    if renamed:
        options = dataclasses.replace(options, renamed=renamed)
    diff = DiffResult(compare_workspaces(old_docs, new_docs, options), base, "working tree", lang=config.lang)
    mark_left(diff.documents, new, options)  # still in the working tree, outside what its configuration takes in
    mark_joined(diff.documents, old, options)  # in BASE already, outside what its configuration took in
    moves = stages_moved(diff.documents, options)  # a stage moved to another journey carries its findings

    def from_top(name: str) -> str:
        return posixpath.normpath(posixpath.join(repo.prefix, name.replace(os.sep, "/")))

    present = {from_top(n): repo.cwd / n for n in repo.worktree(paths) if _is_yaml(n)}
    for p in paths:
        if os.path.isfile(p):
            present.setdefault(from_top(os.path.normpath(p)), repo.cwd / p)
    # Files outside a sparse checkout: not on disk, linted as the index holds them (see worktree_side).
    sparse = _sparse_files(repo, paths)
    present.update({full: repo.cwd / name for name, (full, _blob) in repo.skipped(paths).items() if full in sparse})
    # A submodule's files, which lint scans as any folder's: on each side, so that a persona kept there is found.
    from .submodules import submodule_files, unread_note

    subs = submodule_files(repo, paths, commit)
    for full, source in subs.worktree.items():
        present.setdefault(full, source)
    links = _worktree_links(repo, present)
    after_suppressed: list[Any] = []
    similar_after: dict[str, tuple[str, str, list[str]]] = {}
    # Over several workspaces (on either side), each workspace finding is its workspace's.
    several = bool(old.configs or new.configs or subs.worktree_configs or subs.base_configs)
    ws_after: dict[str, str] | None = {} if several else None
    ws_before: dict[str, str] | None = {} if several else None
    dead_after = repo.dead_links(paths)  # links to no file: lint reports each (a file it cannot read)
    checked_after: dict[str, frozenset[str] | None] = {}
    after_findings = _lint_side(
        repo, {**present, **sparse}, paths, config, links, suppressed=after_suppressed, similar=similar_after,
        configs={**new.extended, **new.configs, **subs.worktree_configs}, workspaces=ws_after, dead=dead_after,
        checked=checked_after,
    )
    after_findings += _emptied_findings(new, config, after_findings)
    # Files the branch still has under BASE's `paths` but no longer under its own: silenced by `paths`.
    outside: dict[str, Path] = {}
    if base_paths != paths:
        outside = {from_top(n): repo.cwd / n for n in repo.worktree(base_paths) if _is_yaml(n)}
        outside = {full: source for full, source in outside.items() if full not in present}
    by_config = _silenced_by_config(
        repo, {**present, **sparse}, paths, config, base_config, links, similar_after, {**new.extended, **new.configs}, ws_after, dead_after
    )
    outside_configs = new.configs
    if outside and old.configs:
        # A client the top's new `paths` leave out keeps its config on the branch: its files are linted under it.
        from .workspaces import anchored, worktree_reader

        kept = anchored(worktree_reader(repo)([full for full in old.configs if full not in new.configs]), repo.top)
        outside_configs = {**new.configs, **kept} if kept else new.configs
    by_config += _silenced_by_paths(
        repo, present, outside, base_paths, config, similar_after, outside_configs, ws_after
    )
    after_off = _silenced(after_suppressed, by_config, config, after_findings)
    # Findings name files as shown (a control character escaped): read them back by that name.
    shown = {display_path(os.path.relpath(source, repo.cwd)): source for source in (*present.values(), *outside.values())}
    sparse_shown = {display_path(os.path.relpath(present[full], repo.cwd)): raw for full, raw in sparse.items()}

    def read_after(p: str) -> bytes | None:
        return sparse_shown[p] if p in sparse_shown else _read_disk(shown.get(p, p))

    after_texts = _load_files({f.path for f in after_findings} | {f.path for f, _by in after_off}, read_after)
    tree = repo.tree(commit, base_paths)
    blobs = repo.blobs([f.blob for f in tree])
    base_files: dict[str, Path | bytes] = {f.full: blobs[f.blob] for f in tree if _is_yaml(f.full) and f.blob in blobs}
    base_files.update({full: raw for full, raw in subs.base.items() if full not in base_files})
    base_links = {f.full: f.target for f in tree if f.target is not None}
    # A link to a file of its side is that file, read once by lint: no copy of its id.
    through_links = (
        {display_path(f.display) for f in tree if f.target is not None and f.target in base_files},
        {display_path(os.path.relpath(present[full], repo.cwd)) for full, to in links.items() if to in present},
    )
    paired = counterparts(diff, through_links, (old.docs, new.docs), moves)
    # A file renamed that neither side can read is one file: its `yaml-syntax` finding is the same.
    paired.names.update(unread_renames(old, new))
    # A client's folder moved with its config (`git mv browar browar-sklep`) is the same workspace.
    alone: set[str] = set()  # client configs moved to another folder, their documents left where they were
    moved = _moved_configs(old.configs, new.configs, paired.files, from_top, alone) if several else {}
    if new.configs:
        # What a client config the change adds or edits keeps out, judged by the configs as BASE has them.
        kept_out = _silenced(
            [], _silenced_by_workspace_configs(
                repo, {**present, **sparse}, paths, config, links, new.configs, old.configs, new.extended,
                after_findings + [f for f, _how, _line in after_suppressed], {n: o for o, n in moved.items()}, dead_after,
            ), config, after_findings,
        )
        if kept_out:
            after_texts.update(_load_files({f.path for f, _by in kept_out} - set(after_texts), read_after))
            after_off += kept_out
    after = _placed(after_findings, after_texts, paired, similar=similar_after, workspaces=ws_after)
    silenced_after = [
        Silenced(p, by)
        for p, (_f, by) in zip(
            _placed([f for f, _by in after_off], after_texts, paired, similar=similar_after, workspaces=ws_after),
            after_off,
        )
    ]
    _name_places([*after, *(s.placed for s in silenced_after)], after_texts, config.lang)

    before_suppressed: list[Any] = []
    similar_before: dict[str, tuple[str, str, list[str]]] = {}
    dead_before = repo.dead_links(base_paths, commit)
    checked_before: dict[str, frozenset[str] | None] = {}
    before_findings = _lint_side(
        repo, base_files, base_paths, base_config, base_links, suppressed=before_suppressed, similar=similar_before,
        configs={**old.extended, **old.configs, **subs.base_configs}, workspaces=ws_before, dead=dead_before,
        checked=checked_before,
    )
    before_off = _silenced(
        before_suppressed,
        _silenced_by_config(
            repo, base_files, base_paths, base_config, config, base_links, similar_before, {**old.extended, **old.configs}, ws_before,
            dead_before,
        ),
        base_config, before_findings,
    )
    if moved and ws_before is not None:
        folders = {posixpath.dirname(o) or ".": posixpath.dirname(n) or "." for o, n in moved.items()}
        for name, folder in ws_before.items():
            ws_before[name] = _moved_folder(folder, folders)
    by_display = {display_path(f.display): blobs.get(f.blob) for f in tree}
    by_display.update({display_path(os.path.relpath(Path(repo.top) / full, repo.cwd)): raw for full, raw in subs.base.items()})
    before_texts = _load_files({f.path for f in before_findings} | {f.path for f, _by in before_off}, by_display.get)
    before = _placed(before_findings, before_texts, copies=paired.copies, similar=similar_before, workspaces=ws_before)
    silenced_before = [
        Silenced(p, by)
        for p, (_f, by) in zip(
            _placed([f for f, _by in before_off], before_texts, copies=paired.copies, similar=similar_before,
                    workspaces=ws_before),
            before_off,
        )
    ]
    _name_places([*before, *(s.placed for s in silenced_before)], before_texts, base_config.lang)

    if subs.unread:
        # A side without a submodule's files cannot tell a persona missing from one kept there: no such finding.
        from .submodules import LOOKUP_RULES

        before = [p for p in before if p.finding.rule not in LOOKUP_RULES]
        after = [p for p in after if p.finding.rule not in LOOKUP_RULES]
    per_client = several and ws_after is not None and ws_before is not None
    lost_before = _lost_ids(new.docs, unread_before, ws_after if per_client else None)
    lost_after = _lost_ids(old.docs, unread_after, ws_before if per_client else None)
    unchecked_before, unchecked_after = _unchecked(
        paired, old_docs, new_docs, [p.finding for p in before] + [f for f, _by in before_off],
        [p.finding for p in after] + [f for f, _by in after_off], checked_before, checked_after,
    )
    outcome = classify(
        before, after, silenced_before, silenced_after, unread_before, unread_after, lost_before, lost_after,
        unchecked_before, unchecked_after, several=several,
    )
    outcome.introduced = _renamed_persona_hints(outcome.introduced, paired, new.docs, ws_after)
    levels = None
    if several and configured_level and ws_after is not None:
        # As `cxkit lint` from the top: each client's files at its own `fail-level`, BASE's when stricter
        # (a client the change adds was judged by the level around it in BASE).
        after_levels, before_levels = _config_levels(new.configs), _config_levels(old.configs)
        back = {posixpath.dirname(n) or ".": posixpath.dirname(o) or "." for o, n in moved.items()}
        levels = {}
        for p in outcome.introduced:
            folder = ws_after.get(p.finding.path)
            if folder is None or folder not in after_levels:
                continue
            was = before_levels.get(back.get(folder, folder), fail_level)
            levels[p.finding.path] = min(after_levels[folder], was, key=_LEVEL_ORDER.index)
        if all(level == fail_level for level in levels.values()) and all(
                level == fail_level for level in after_levels.values()):
            levels = None  # one level for all: said as before
    if new.configs:
        _add_kept_out(diff, repo, present, new, old, moved, base_config, base_paths, options)
    from ..confignotes import config_notes

    # From the files lint's scan checks, as `cxkit lint` says them: not a hidden folder's (a CI workflow).
    notes = config_notes(_checked_by_config(repo, config, {f: s for f, s in present.items() if f in new.taken}, new.configs))
    notes += _baseline_growths(repo, commit, base, config, new.configs)
    _judge_comments(diff, {"after": (after_findings, after_suppressed), "before": (before_findings, before_suppressed)})
    return Review(
        base, commit, diff, old.problems + new.problems, before, after, outcome.introduced, outcome.fixed,
        fail_level, outcome.suppressed, outcome.not_compared, change,
        [("before", p) for p in old.problems] + [("after", p) for p in new.problems],
        _workspace_configs(repo, *_held_configs(repo, commit, old.configs, new.configs), moved, alone)
        if old.configs or new.configs else None,
        levels, head=repo.commit("HEAD"), edited=repo.uncommitted(paths), loosened=loosened if levels is None else None,
        emptied_negative=_emptied_negative(old, new, outcome.introduced, ws_after), config_notes=notes,
        checkout_notes=[note for note in [unread_note(subs, diff_lang(diff))] if note],
        reviewed_notes=_reviewed_notes(diff, diff_lang(diff)),
        untouched=unchanged_unread(old, new),
        silenced_in_base=silenced_in_base(outcome.was_silenced, base_config, config, _committed_text(repo, commit, base_config)),
        kept_on_pairs=outcome.kept_on_pairs,
        baselined=_baselined(config, after, [p for side, p in outcome.not_compared if side == "after"]),
        baseline_configured=config.baseline is not None,
    )


def _judge_comments(diff: DiffResult, sides: dict[str, tuple[list[Finding], list[Any]]]) -> None:
    """Say of each suppression comment the change adds (removes) whether it silences a finding on the branch (in
    BASE) or nothing (:attr:`Change.silences`), from that side's lint: its findings and those comments silenced
    (``sides``: "after" and "before", each (findings, suppressed)).  Silencing only the report about itself
    (`disable=CX101,CX005` with no CX101 finding) is silencing nothing; a comment neither silencing a finding nor
    reported as unused (unused-suppression turned off) stays not known."""
    from .compare import suppression_lines

    for d in diff.documents:
        for c in d.changes:
            if c.kind != "comment":
                continue
            doc = d.new if c.op == "added" else d.old
            if doc is None or not doc.text:
                continue
            lines = suppression_lines(doc.text, c.path)
            if not lines:
                continue
            findings, suppressed = sides["after" if c.op == "added" else "before"]
            path = display_path(doc.file)
            stale = {f.line for f in [*findings, *(f for f, _how, _line in suppressed)]
                     if f.rule == "unused-suppression" and f.path == path and f.line in lines}
            if any(f.path == path and how != "per-file-ignores" and line in lines
                   and not (f.rule == "unused-suppression" and f.line in lines) for f, how, line in suppressed):
                c.silences = True
            elif stale:
                c.silences = False


def _reviewed_notes(diff: DiffResult, lang: str) -> list[tuple[str, str]]:
    """The notes of :mod:`cxkit.diff.reviewed`: traits or emotions changed, `reviewed` not."""
    from .reviewed import reviewed_notes

    return reviewed_notes(diff, lang)


def _baseline_growths(repo: Repo, commit: str, base: str, config: Config, configs: dict[str, bytes]) -> list[str]:
    """:func:`_baseline_growth` of the run's config and of each workspace config the working tree's scan took in
    (``configs``, by their paths from the top): a review from a monorepo's top notes the growth of each team's
    own baseline, the one `cxkit lint` from the top filters that team by; a file several configs name (through
    `extend`), once."""
    from ..config import ConfigError, load_config

    out: list[str] = []
    seen: set[str] = set()
    for full in [None, *sorted(configs)]:
        if full is None:
            each: Config | None = config
        else:
            try:
                each = load_config(Path(repo.top) / full, check_rules=False)
            except (ConfigError, OSError):
                continue  # noted when the side was read
        if each is None or each.baseline is None:
            continue
        key = os.path.normcase(os.path.realpath(each.baseline))
        if key not in seen:
            seen.add(key)
            out += _baseline_growth(repo, commit, base, each)
    return out


def _baseline_growth(repo: Repo, commit: str, base: str, config: Config) -> list[str]:
    """A note when the working tree's baseline (its config's `baseline`, a file in the repository) records more
    findings than BASE's version of the file: findings the branch recorded rather than fixed, which `cxkit lint`
    will not report once it is merged.  The gate is not changed by it (the review judges what the change
    introduces); the note makes the added debt visible.  None without a baseline, or one BASE cannot be compared."""
    if config.baseline is None:
        return []
    import tempfile

    from ..confignotes import _note
    from ..lint.baseline import BaselineError, read

    file = Path(config.baseline)
    try:
        full = Path(os.path.realpath(file)).relative_to(os.path.realpath(repo.top)).as_posix()
        now = read(file, str(file))
        held = [f for f in repo.tree(commit, [os.path.relpath(os.path.realpath(file), os.path.realpath(repo.cwd))])
                if f.full == full]
        if not held:
            return []  # a baseline the branch adds: every finding it records is the branch's, as the file says
        with tempfile.TemporaryDirectory() as folder:
            was_file = Path(folder) / "base.json"
            was_file.write_bytes(repo.blobs([held[0].blob])[held[0].blob])
            was = read(was_file, str(was_file))
    except (BaselineError, GitError, GitEnvironmentError, OSError, ValueError, KeyError):
        return []
    added = now - was  # per entry, the findings it records beyond BASE's count
    n = sum(added.values())
    if not n:
        return []
    by_rule: dict[str, int] = {}
    for key, count in added.items():
        by_rule[key.rule] = by_rule.get(key.rule, 0) + count
    rules = ", ".join(f"{count} {rule}" for rule, count in sorted(by_rule.items(), key=lambda rc: (-rc[1], rc[0])))
    shown = full  # from the repository's top, as the pull request shows it
    if config.lang == "pl":
        from ..lint.polish import counted

        return [_note(config, f"ta zmiana dopisuje {counted(n, 'zgłoszenie', 'zgłoszenia', 'zgłoszeń')} do pliku bazowego "
                              f"{shown} ({rules}) względem {base}: zapisane zamiast poprawionych; po scaleniu `cxkit lint` "
                              f"{'go' if n == 1 else 'ich'} nie zgłosi")]
    return [_note(config, f"this change records {n} more finding{'' if n == 1 else 's'} in the baseline {shown} than "
                          f"{base} ({rules}): recorded rather than fixed; once merged, `cxkit lint` does not report "
                          f"{'it' if n == 1 else 'them'}")]


def _baselined(config: Config, after: list[Placed], revealed: list[Placed]) -> list[Placed]:
    """The findings of ``revealed`` (the branch's, not compared: see :attr:`Review.failing_revealed`) that
    the working tree's baseline records, matched as `cxkit lint` matches the branch's findings (``after``,
    all it reports) against it.  None without a baseline, or with one that cannot be read (lint stops on
    it with exit 2, and the review says nothing of it)."""
    if not revealed or config.baseline is None:
        return []
    from ..config import ConfigError
    from ..lint import baseline

    try:
        run_plan = baseline.plan(config, None, False, False)
        if run_plan is None:
            return []
        known = baseline.apply(run_plan, [p.finding for p in after]).known
    except (baseline.BaselineError, ConfigError, OSError, ValueError):
        return []
    recorded = {id(p) for p, hidden in zip(after, known) if hidden}
    return [p for p in revealed if id(p) in recorded]


def _repo_path(repo: Repo, source: Path | str) -> str | None:
    """The path of the file at ``source`` from the top of ``repo``, "/" between folders; None when it is outside."""
    rel = os.path.relpath(os.path.realpath(source), os.path.realpath(repo.top)).replace(os.sep, "/")
    return None if rel.startswith("../") else rel


def _committed_bytes(repo: Repo, commit: str, rel: str) -> bytes | None:
    """The bytes of the file at ``rel`` (see :func:`_repo_path`) as ``commit`` has it; None: it has no such file."""
    files = [f for f in repo.tree(commit, [rel]) if f.full == rel]
    return repo.blobs([files[0].blob]).get(files[0].blob) if files else None


def _committed_text(repo: Repo, commit: str, config: Config) -> str | None:
    """The text of ``config``'s file as ``commit`` has it (None: no file, or not in the repository)."""
    rel = _repo_path(repo, config.source) if config.source is not None else None
    raw = _committed_bytes(repo, commit, rel) if rel is not None else None
    return raw.decode("utf-8", "replace") if raw is not None else None


def _written_at(text: str | None, pattern: str) -> int | None:
    """The line of ``text`` (a TOML file) whose key is ``pattern``, quoted, or None."""
    for number, line in enumerate((text or "").splitlines(), 1):
        if line.lstrip().startswith((f'"{pattern}"', f"'{pattern}'")):
            return number
    return None


def silenced_in_base(
    was: list[tuple[Placed, Silenced]], base: Config, config: Config, base_text: str | None = None,
) -> list[dict[str, Any]]:
    """The `per-file-ignores` patterns of BASE's config (``base``) that silenced findings the change
    introduces, each once: ``key`` and ``pattern`` as written, ``place`` (``cxkit.toml:6:1``),
    ``findings`` (how many) and ``kept`` (whether the working tree's config, ``config``, still has it:
    then it matches none of those findings' files now, moved out of it).  ``base_text``: BASE's
    config file as BASE has it, where a pattern it writes itself is looked for (the working tree's
    file may have lost it)."""
    from .. import globs
    from ..config import ConfigError, pattern_origin, pattern_place
    from ..lint.engine import resolve_selector
    from ..lint.rule import all_rules

    known = all_rules()
    compiled = {pattern: globs.compile_globs((pattern,)) for pattern in base.per_file_ignores}

    def rules(selectors: list[str]) -> set[str]:
        out: set[str] = set()
        for selector in selectors:
            try:
                out.update(resolve_selector(selector, known))
            except ConfigError:
                continue
        return out

    counts: Counter[str] = Counter()
    for _placed, silenced in was:
        if silenced.by.get("key") != "per-file-ignores":
            continue
        finding = silenced.placed.finding
        names = [globs.fold(rel) for rel in globs.config_names(raw_name(finding.path), str(base.root))]
        for pattern, selectors in base.per_file_ignores.items():
            glob = compiled[pattern]
            if glob is not None and any(glob.fullmatch(name) for name in names) and finding.rule in rules(selectors):
                counts[pattern] += 1
                break
    out = []
    for pattern, n in counts.items():
        owner, key, said = pattern_origin(base, "per-file-ignores", pattern)
        place = pattern_place(base, "per-file-ignores", pattern)
        line = _written_at(base_text, said) if owner is base else None
        if line is not None and base.source is not None:
            place = f"{_shown(base)}:{line}:1"
        out.append({"key": key, "pattern": said, "place": place,
                    "findings": n, "kept": pattern in config.per_file_ignores})
    return out


def silenced_in_base_lines(review: Review, lang: str = "en") -> list[str]:
    """The sentence (Markdown) for each of ``review.silenced_in_base``: why findings of files that
    only moved are introduced; in Polish with ``lang`` "pl"."""
    out = []
    for entry in review.silenced_in_base:
        n = entry["findings"]
        where = entry["place"].rsplit(":", 1)[0] if entry["place"].count(":") >= 2 else entry["place"]
        if lang == "pl":
            head = (f"{n} {pl_plural(n, 'uwaga była wyciszona', 'uwagi były wyciszone', 'uwag było wyciszonych')} "
                    f"w {md_code(review.base)} przez {md_code(entry['key'])} {md_code(repr(entry['pattern']))} "
                    f"({md_code(where)})")
            files = "jej pliku" if n == 1 else "żadnego z ich plików"
            tail = (f"który w kopii roboczej nie pasuje do {files}; popraw wzorzec" if entry["kept"]
                    else "którego konfiguracja kopii roboczej już nie ma")
            out += [f"**Konfiguracja:** {head}, {tail}.", ""]
            continue
        head = (f"{n} {'finding was' if n == 1 else 'findings were'} silenced in {md_code(review.base)} by "
                f"{md_code(entry['key'])} {md_code(repr(entry['pattern']))} ({md_code(where)})")
        tail = ("which matches none of their files in the working tree; update the pattern" if entry["kept"]
                else "which the working tree's configuration no longer has")
        out += [f"**Configuration:** {head}, {tail}.", ""]
    return out


def _add_kept_out(
    diff: DiffResult, repo: Repo, present: dict[str, Path], new: Any, old: Any, moved: dict[str, str],
    base_config: Config, base_paths: list[str], options: Options,
) -> None:
    """The documents a client config the change adds or edits leaves out of the working tree's side,
    which BASE's configs would compare, in ``diff`` with the config that does it.

    A document BASE had is already there, as one that left the workspace: it is told which config.
    One the change adds was nowhere: the diff read the working tree with the new config, and the
    Changes section said "No semantic differences" while its findings were listed as suppressed.
    Now it is an added document, said to be left out by that config.
    """
    from ..workspace import claims_cxkit_kind
    from .sources import _scanned

    moved_from = {n: o for o, n in moved.items()}
    was = {full: old.configs.get(moved_from.get(full, full)) for full in new.configs}
    changed = sorted(((posixpath.dirname(full) or ".", full) for full, raw in new.configs.items() if was[full] != raw),
                     key=lambda fc: -len(fc[0]))
    if not changed:
        return
    compared = {d.file for d in new.docs} | set(new.unread)
    by_file = {doc.old.file: doc for doc in diff.documents if doc.left and doc.old is not None}
    in_base = {d.file for d in old.docs}
    added: list[Doc] = []
    how: dict[str, tuple[str, str]] = {}
    for full, source in sorted(present.items()):
        owner = next(((folder, cfg) for folder, cfg in changed if folder == "." or full.startswith(folder + "/")), None)
        shown = display_path(os.path.relpath(source, repo.cwd))
        if owner is None or shown in compared:
            continue
        folder, cfg = owner
        rel = posixpath.relpath(full, folder)
        key = _keeping_key(new.configs[cfg], was[cfg], rel, "")
        if key not in ("exclude", "extend-exclude", "paths"):
            continue
        if was[cfg] is not None and _config_leaves_out(was[cfg], rel):
            continue  # BASE's version of the config left it out too (its `exclude`, or `paths` without it)
        config_file = display_path(os.path.relpath(os.path.join(repo.top, cfg), repo.cwd))
        if shown in by_file:
            _mark_kept_out(by_file[shown], (key, config_file))
            continue
        if shown in in_base or not _scanned(os.path.relpath(source, repo.cwd), repo, base_config, base_paths, worktree=True):
            continue  # BASE had it outside what it compared, or its top config leaves it out anyway
        raw = _read_disk(source)
        if raw is None:
            continue
        loaded = load_bytes(raw)
        if loaded.problems or not isinstance(loaded.data, dict) or not claims_cxkit_kind(loaded, raw):
            continue
        added.append(Doc(shown, loaded.data, raw.decode("utf-8", "replace")))
        how[shown] = (key, config_file)
    if not added:
        return
    for doc in compare_workspaces([], added, options):
        if doc.new is not None and doc.new.file in how:
            _mark_kept_out(doc, how[doc.new.file])
            diff.documents.append(doc)


def _config_leaves_out(raw: bytes, rel: str) -> bool:
    """Whether a workspace config (its bytes) leaves the file ``rel`` (from the config's folder) out of
    what it compares: an `exclude` or `extend-exclude` pattern matches it, or `paths` names folders and
    files none of which holds it."""
    import tomllib

    if _keeping_key(raw, raw, rel, "") in ("exclude", "extend-exclude"):
        return True
    try:
        table = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    if "tool" in table:
        table = table.get("tool", {}).get("cxkit", {})
    paths = table.get("paths") if isinstance(table, dict) else None
    if not isinstance(paths, list) or not paths or not all(isinstance(p, str) for p in paths):
        return False
    named = [posixpath.normpath(p.replace("\\", "/")) for p in paths]
    return not any(n == "." or rel == n or rel.startswith(n + "/") for n in named)


def _mark_kept_out(doc: DocumentDiff, how: tuple[str, str]) -> None:
    """Say on ``doc`` and on its own change (added, left) what leaves it out: (key, config file)."""
    doc.kept_out = how
    for c in doc.changes:
        if c.path == "" and c.op in ("added", "left"):
            c.kept_out = how


def _emptied_negative(old: Any, new: Any, introduced: list[Placed], workspaces: dict[str, str] | None) -> dict[str, list[str]]:
    """The negative personas of BASE the change emptied, for each `missing-negative-persona` finding
    introduced in their workspace (by its file; ``workspaces``: each finding's file's workspace, when
    the review spans several). Both findings are introduced (lint of the branch reports both: the
    workspace lacks a negative persona now), but they are one slip, and the report says so."""
    emptied = [d.file for d in old.docs if d.kind == "negative-persona" and d.file in new.empty and d.file in new.unread]
    if not emptied:
        return {}
    out: dict[str, list[str]] = {}
    for p in introduced:
        if p.finding.rule != "missing-negative-persona":
            continue
        mine = [f for f in emptied if workspaces is None or workspaces.get(f) == workspaces.get(p.finding.path)]
        if mine:
            out[p.finding.path] = mine
    return out


def _emptied_findings(new: Any, config: Config, found: list[Finding]) -> list[Finding]:
    """The `yaml-syntax` finding ("the file is empty") of each document the change emptied (see
    :func:`settle_emptied`) that lint's folder scan did not report (``found``): it reports one in the
    workspace's persona and journey folders only, so one elsewhere is linted here as `cxkit lint FILE`
    lints it, and the review fails on it as on a broken file."""
    reported = {f.path for f in found if f.rule == "yaml-syntax"}
    files = sorted(f for f in new.empty if f in new.unread and f not in reported)
    if not files:
        return []
    from ..lint.engine import lint

    return [f for f in lint(files, config, jobs=1).findings if f.rule == "yaml-syntax"]


def _renamed_persona_hints(
    introduced: list[Placed], paired: Counterparts, docs: Sequence[Doc], workspaces: dict[str, str] | None,
) -> list[Placed]:
    """An `unknown-persona` finding the change introduced on an id it renamed says what the id is
    now: "this change renamed persona 'priya' to 'priya-shah' (personas/priya-shah.yaml)", in place
    of lint's own guess (a persona whose id is spelled alike, often another one)."""
    kinds = {d.file: d.kind for d in docs}
    renamed: dict[str, list[tuple[str, str]]] = {}
    for file, (new_id, old_id) in paired.renamed_at.items():
        if kinds.get(file) in ("persona", "negative-persona"):
            renamed.setdefault(old_id, []).append((new_id, file))
    if not renamed:
        return introduced
    out = []
    for p in introduced:
        f = p.finding
        # Read in English (a Polish workspace's finding keeps its English message beside the Polish one).
        named = _QUOTED_NAME.findall(f.english_message) if f.rule == "unknown-persona" else []
        mine = [(new_id, file) for new_id, file in renamed.get(named[0], [])
                if workspaces is None or workspaces.get(file, "") == workspaces.get(f.path, "")] if named else []
        if len(mine) == 1 and f"'{mine[0][0]}'" not in f.english_message:
            note = f"; this change renamed persona '{named[0]}' to '{mine[0][0]}' ({mine[0][1]})"
            # The rename is the suggestion: lint's guess by spelling (another persona) is left out.
            missing = f"persona '{named[0]}' does not exist in the workspace"
            message, related = f.english if f.english is not None else (f.message, f.related)
            if message.startswith(missing):
                message, related = missing, ()  # the places the guess named went with it
            if f.english is None:
                p = dataclasses.replace(p, finding=dataclasses.replace(f, message=message + note, related=related))
            else:
                brak = f"persona „{named[0]}” nie istnieje w obszarze roboczym"
                said, where = (brak, ()) if f.message.startswith(brak) else (f.message, f.related)
                said += f"; ta zmiana przemianowała personę „{named[0]}” na „{mine[0][0]}” ({mine[0][1]})"
                p = dataclasses.replace(p, finding=dataclasses.replace(f, message=said, related=where,
                                                                       english=(message + note, related)))
        out.append(p)
    return out


def _held_configs(
    repo: Repo, commit: str, before: dict[str, bytes], after: dict[str, bytes],
) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """``before`` and ``after`` (the client configs each side's scan took in) with the config files
    of one that the other side holds although its scan did not take them in (a client left out of
    the top config's new `paths`): a file on both sides is neither removed nor added."""
    from .workspaces import anchored, revision_reader, worktree_reader

    before, after = dict(before), dict(after)
    only_before = [full for full in before if full not in after]
    only_after = [full for full in after if full not in before]
    if only_before:
        after.update(anchored(worktree_reader(repo)(only_before), repo.top))
    if only_after:
        before.update(anchored(revision_reader(repo, commit)(only_after), repo.top))
    return before, after


def _config_levels(configs: dict[str, bytes]) -> dict[str, str]:
    """The configured `fail-level` of each workspace (its folder from the top) whose config file is in ``configs``."""
    from ..config import ConfigError, load_config

    out: dict[str, str] = {}
    with temporary_folder("cxkit-review-level-") as tmp:
        for full, raw in configs.items():
            copy = Path(tmp) / full
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(raw)
            try:
                out[posixpath.dirname(full) or "."] = load_config(copy, check_rules=False).fail_level
            except ConfigError:
                continue  # noted when the side was read
    return out


def _moved_configs(
    before: dict[str, bytes], after: dict[str, bytes], files: dict[str, str], from_top: Callable[[str], str],
    alone: set[str] | None = None,
) -> dict[str, str]:
    """The config files of other workspaces that moved with their folder (path from the top in
    BASE -> in the working tree): one BASE has and the working tree has not, paired with one of the
    same name the working tree added, when most of the documents of its folder that the diff paired
    (``files``: the branch's file -> BASE's) are in the new one's folder; and one renamed in its
    folder (`cxkit.toml` to `pyproject.toml`), paired with the one the working tree added there.

    ``alone`` gets the BASE configs paired so whose documents mostly stayed where they were (the
    config moved into a subfolder of its own, `browar/cxkit.toml` to `browar/personas/cxkit.toml`):
    the same workspace for its findings, but its `paths` and `exclude` now read from another folder."""
    removed = [full for full in before if full not in after and posixpath.dirname(full)]
    added = [full for full in after if full not in before and posixpath.dirname(full)]
    if not removed or not added:
        return {}
    pairs = [(from_top(old_file), from_top(new_file)) for new_file, old_file in files.items()]
    out: dict[str, str] = {}
    for full in removed:
        # Renamed in its folder (`cxkit.toml` to a `pyproject.toml` [tool.cxkit] table): the same
        # workspace, its documents where they were.
        same = [a for a in added if posixpath.dirname(a) == posixpath.dirname(full) and a not in out.values()]
        if same:
            out[full] = same[0]
    for full in sorted(removed, key=lambda f: -f.count("/")):  # a nested client's config first
        if full in out:
            continue
        folder = posixpath.dirname(full)
        went = [n for o, n in pairs if _under_folder(o, folder)]
        votes = Counter(
            a for n in went for a in added
            if a not in out.values() and posixpath.basename(a) == posixpath.basename(full)
            and _under_folder(n, posixpath.dirname(a))
        )
        if votes:
            best, count = max(votes.items(), key=lambda item: (item[1], item[0].count("/")))
            if 2 * count > len(went):
                out[full] = best
                if alone is not None:
                    new_folder = posixpath.dirname(best)
                    carried = sum(1 for o, n in pairs if _under_folder(o, folder) and _under_folder(n, new_folder)
                                  and n[len(new_folder):] == o[len(folder):])
                    if 2 * carried <= count:
                        alone.add(full)  # its documents stayed: the config went to another folder
    return out


def _under_folder(path: str, folder: str) -> bool:
    return path.startswith(folder + "/")


def _lost_ids(docs: Sequence[Any], unread: AbstractSet[str], workspaces: dict[str, str] | None) -> set[Any]:
    """The ids of the documents in ``docs`` whose files the other side cannot read; with ``workspaces``
    (several clients), each as (workspace, id): a document lost in zoo says nothing of browar's
    document of the same id."""
    if workspaces is None:
        return {d.id for d in docs if d.file in unread and d.id}
    return {(workspaces.get(d.file, ""), d.id) for d in docs if d.file in unread and d.id}


def _moved_folder(folder: str, moved: dict[str, str]) -> str:
    """``folder`` (a workspace's, from the top) where it is in the working tree, ``moved`` naming the folders that moved."""
    for old in sorted(moved, key=len, reverse=True):
        if folder == old or folder.startswith(old + "/"):
            return moved[old] + folder[len(old):]
    return folder


def _workspace_configs(
    repo: Repo, before: dict[str, bytes], after: dict[str, bytes], moved: dict[str, str] | None = None,
    alone: AbstractSet[str] = frozenset(),
) -> list[ConfigChange]:
    """How the config files of the workspaces under the one in force differ between BASE and the
    working tree (paths from the top -> content on each side): added, removed, moved with their
    folder (``moved``: BASE's path -> the working tree's; listed when a setting changed too), or
    with settings changed.  One moved to another folder without its documents (``alone``) is
    listed whatever its settings: its `paths` and `exclude` (named as changed when set) now read
    from another folder, and the files its workspace holds are others."""
    from ..config import PYPROJECT, ConfigError, _has_cxkit_table, load_config
    from ..discovery import excluded_above

    out: list[ConfigChange] = []
    with temporary_folder("cxkit-review-config-") as tmp:
        def read(full: str, raw: bytes | None, side: str) -> Config | None:
            if raw is None:
                return None
            copy = Path(tmp) / side / full
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(raw)
            if copy.name == PYPROJECT and not _has_cxkit_table(copy):
                return None
            try:
                return load_config(copy, check_rules=False)
            except ConfigError:
                try:  # an `extend` of a file not laid out here: its own settings
                    return load_config(copy, check_rules=False, follow_extend=False)
                except ConfigError:
                    return None  # noted when the side was read

        for side, held in (("before", before), ("after", after)):  # so that one's `extend` finds another
            for full, raw in held.items():
                (Path(tmp) / side / full).parent.mkdir(parents=True, exist_ok=True)
                (Path(tmp) / side / full).write_bytes(raw)
        moved = moved or {}
        for full in sorted(set(before) | set(after)):
            if full in moved or full in moved.values():
                if full in moved:
                    old, new = read(full, before[full], "before"), read(moved[full], after[moved[full]], "after")
                    changed = _changed_settings(old, new) if old is not None and new is not None else []
                    if full in alone and old is not None and new is not None:
                        # The same text, another folder: what it takes in is not the same.
                        changed = sorted(set(changed) | {k for k in ("exclude", "paths") if getattr(new, k)})
                    if changed or full in alone:
                        out.append(ConfigChange(_shown_path(Path(repo.top) / full),
                                                _shown_path(Path(repo.top) / moved[full]), changed,
                                                alone=full in alone))
                continue
            if before.get(full) == after.get(full):
                continue
            old, new = read(full, before.get(full), "before"), read(full, after.get(full), "after")
            if new is not None and excluded_above(str(Path(repo.top) / full)) is not None:
                new = None  # in a folder a config around it excludes (an archived client's): no workspace
            if old is None and new is None:
                continue
            shown = _shown_path(Path(repo.top) / full)
            changed = _changed_settings(old, new) if old is not None and new is not None else []
            if old is not None and new is not None and not changed:
                continue
            out.append(ConfigChange(shown if old is not None else None, shown if new is not None else None, changed))
    return out


#: Workspace rules that compare the traits of documents, which lint reads only from a document
#: that fits the format: one with a `schema` error drops out of their comparisons.
_BY_TRAITS = frozenset({"similar-personas", "trait-overlap", "mirrored-negative-persona"})


def _ran_there(f: Finding, unchecked: AbstractSet[str] | Mapping[str, AbstractSet[str]], path: str) -> bool:
    """Whether the rule of ``f`` (the rule a stale `disable=RULE` names, for `unused-suppression`) ran whole on
    the other side's document of ``path``, which does not fit the format there (:func:`_unchecked`): lint
    checked that document with it, so ``f`` is compared as any finding.  Never for a rule comparing traits
    across files, nor for `all`."""
    ran = unchecked.get(path) if isinstance(unchecked, Mapping) else None
    if not ran or f.rule in _BY_TRAITS:
        return False
    if f.rule == "unused-suppression":
        named = _stale_rule(f.english_message)
        return named is not None and named != "all" and named in ran
    return f.rule in ran


def _judged_files(f: Finding, scopes: dict[str, str]) -> tuple[str, ...]:
    """The files whose documents must fit the format for ``f`` to be found: its own, for a document
    rule's finding; its own and those its message names, for a rule comparing traits across files
    (`similar-personas` names the persona it is like, `trait-overlap` the persona sharing the trait,
    `mirrored-negative-persona` the persona mirrored)."""
    if f.rule in _BY_TRAITS:
        return (f.path, *(r.path for r in f.related))
    return (f.path,) if _by_document_rules(f, scopes) else ()


def _by_document_rules(f: Finding, scopes: dict[str, str]) -> bool:
    """Whether ``f`` is judged by the document rules, which lint runs only on a document that fits
    the format: their own findings, and a stale `disable=RULE` comment naming one (or `all`)."""
    if scopes.get(f.rule) == "document":
        return True
    if f.rule == "unused-suppression":
        named = _stale_rule(f.english_message)  # a Polish workspace's report keeps its English twin
        return named is not None and (named == "all" or scopes.get(named) == "document")
    return False


def _unchecked(
    paired: Counterparts, old_docs: list[Any], new_docs: list[Any], before: list[Finding], after: list[Finding],
    checked_old: dict[str, frozenset[str] | None] | None = None,
    checked_new: dict[str, frozenset[str] | None] | None = None,
) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(BASE's files whose document does not fit the format on the branch, the branch's files
    whose document does not fit it in BASE), among those a finding needs to fit (:func:`_judged_files`):
    the file of a document rule's finding, the files a `similar-personas`, `trait-overlap` or
    `mirrored-negative-persona` finding is on and names.

    lint runs the document rules only on a document that fits the format (no `schema` error), and
    reads no traits of one that does not: a finding of one side's version is neither fixed nor
    introduced by the other's being unfit, nor a pair of similar personas or a shared trait by one
    of the two documents being unfit on the other side.

    Each such file comes with the rules lint ran whole on the other side's document all the same (``checked_old``,
    ``checked_new``: each side's :func:`_lint_side` ``checked``): a half-valid document (a source's bad `type`)
    is checked by the rules that read none of the fields its schema errors touch, so their findings of it are
    compared as lint reports them (pseudo-profiling of a persona whose source says `type: observation`).  One
    lint checked whole after all (its schema error silenced, the rules run on the rest) is no such file.
    """
    from ..model.validate import validate

    scopes = _scopes()
    old_of = dict(paired.files)
    new_of = {old: new for new, old in old_of.items()}
    olds = {d.file: d for d in old_docs}
    news = {d.file: d for d in new_docs}
    fits: dict[int, bool] = {}

    def unfit(doc: Any) -> bool:
        if id(doc) not in fits:
            fits[id(doc)] = validate(doc.data)[0] is not None
        return not fits[id(doc)]

    def blind(findings: list[Finding], there: dict[str, str], docs: dict[str, Any],
              checked: dict[str, frozenset[str] | None] | None) -> dict[str, frozenset[str]]:
        out: dict[str, frozenset[str]] = {}
        seen: set[str] = set()
        for f in findings:
            for path in _judged_files(f, scopes):
                if path in seen:
                    continue
                seen.add(path)
                doc = docs.get(there.get(path, ""))
                if doc is not None and unfit(doc):
                    ran = checked.get(doc.file, frozenset()) if checked is not None and doc.file in checked else frozenset()
                    if ran is not None:
                        out[path] = ran
        return out

    return blind(before, new_of, news, checked_new), blind(after, old_of, olds, checked_old)


# --- configuration: each side's own -------------------------------------------

def _configured_paths(repo: Repo, own: Config, current: list[str]) -> list[str]:
    """The `paths` of a side's own configuration ``own``, from the current folder, as git names
    them (``current``: the working tree's, when ``own`` names the same); else the current folder.
    Those outside the repository are left out: a revision holds no files there."""
    if not own.paths:
        return ["."]
    named = [os.path.relpath(own.root / p) for p in own.paths]
    inside = [p for p in named if repo._from_here(p) is not None]
    return repo.inside(inside) if inside else current


_CONFIG_KEYS = (
    ("paths", "paths"), ("exclude", "exclude"), ("select", "select"), ("ignore", "ignore"),
    ("extend_select", "extend-select"), ("per_file_ignores", "per-file-ignores"), ("fail_level", "fail-level"),
    ("lang", "lang"), ("persona_dir", "persona-dir"), ("journey_dir", "journey-dir"),
)


def _changed_settings(old: Config, new: Config) -> list[str]:
    """The settings (as written in the file) whose values differ; each rule table by its own key."""
    out = [key for name, key in _CONFIG_KEYS if getattr(old, name) != getattr(new, name)]
    for key in sorted(set(old.rules) | set(new.rules)):
        if old.rules.get(key) != new.rules.get(key):
            out.append(f"rules.{key}")
    return out


def _shown_path(path: Path | str) -> str:
    return display_path(os.path.relpath(path))


#: Fail levels from the strictest (fails on any finding) to the loosest (never fails).
_LEVEL_ORDER = ("info", "warning", "error", "never")


def _base_config(
    repo: Repo, commit: str, base: str, config: Config, near: Path | None = None,
) -> tuple[Config, ConfigChange | None]:
    """The configuration BASE is linted with: the one BASE's own checkout would use, and how it differs.

    Found as `cxkit lint` finds it, in BASE's tree: the nearest `cxkit.toml` (or `pyproject.toml`
    with a `[tool.cxkit]` table) from the current folder up to the top of the repository, or,
    for a file given with `--config` inside the repository, that file as BASE has it.  None
    there: a config above the repository (the same for both sides), else the defaults.  A
    config file BASE has but that is not valid there leaves BASE with the working tree's.
    ``near``: a folder looked from first (up to the top), as lint looks from the path it is given.
    """
    from ..config import CONFIG_FILE, PYPROJECT, ConfigError, _has_cxkit_table, find_config, load_config
    from .workspaces import anchored, extended_files, revision_reader

    top = Path(os.path.realpath(repo.top))

    def in_repo(path: Path) -> str | None:
        full = Path(os.path.realpath(path.parent)) / path.name
        try:
            rel = full.relative_to(top).as_posix()
        except ValueError:
            return None
        return None if rel.startswith("../") else rel

    source = Path(config.source) if config.source is not None else None
    elsewhere = source is not None and find_config(Path.cwd()) != source.resolve()
    # Only a file named with `--config` is that file as BASE has it; one found next to the named
    # paths (`cxkit review main personas`, personas/cxkit.toml) is looked for in BASE as lint finds
    # it there: from that folder up, then from the current folder up.
    explicit = elsewhere and config_was_named()
    candidates: list[str] = []
    if explicit:
        assert source is not None
        rel = in_repo(source)
        if rel is None:
            return config, None  # outside the repository: the same file for both sides
        candidates.append(rel)
    else:
        here = Path(os.path.realpath(repo.cwd))
        starts = [here]
        if elsewhere:
            assert source is not None
            starts.insert(0, Path(os.path.realpath(source.parent)))
        if near is not None:
            starts.insert(0, Path(os.path.realpath(near)))
        for start in starts:
            for folder in (start, *start.parents):
                try:
                    rel_folder = folder.relative_to(top).as_posix()
                except ValueError:
                    break
                for name in (CONFIG_FILE, PYPROJECT):
                    candidate = name if rel_folder == "." else f"{rel_folder}/{name}"
                    if candidate not in candidates:
                        candidates.append(candidate)
    specs = {c: f"{commit}:{c}" for c in candidates if "\n" not in c}
    blobs = repo.blobs(list(specs.values()))
    found: Config | None = None
    shown_base: str | None = None
    with temporary_folder("cxkit-review-config-") as tmp:
        for rel in candidates:
            raw = blobs.get(specs.get(rel, ""))
            if raw is None:
                continue
            name = posixpath.basename(rel)
            copy = Path(tmp) / rel  # in its folder, with the files it `extend`s on that side around it
            laid = {rel: raw, **extended_files({rel: raw}, revision_reader(repo, commit))}
            for full, data in anchored(laid, repo.top).items():
                (Path(tmp) / full).parent.mkdir(parents=True, exist_ok=True)
                (Path(tmp) / full).write_bytes(data)
            if not explicit and name == PYPROJECT and not _has_cxkit_table(copy):
                continue
            real = top / rel
            shown_base = _shown_path(real)
            try:
                loaded = load_config(copy)
            except ConfigError as exc:
                problem = str(exc).replace(str(copy), f"{base}:{shown_base}")
                twin = exc.pl.replace(str(copy), f"{base}:{shown_base}") if exc.pl else None
                return config, ConfigChange(shown_base, _shown(config), [], problem, base_error_pl=twin)
            found = dataclasses.replace(loaded, root=real.parent, source=real)
            break
    if found is None:
        if explicit:
            found = Config(root=Path.cwd())
        else:
            above = find_config(top.parent)
            if above is not None and source is not None and above == source.resolve():
                return config, None
            try:
                found = load_config(above) if above is not None else Config(root=Path.cwd())
            except ConfigError as exc:
                return config, ConfigChange(_shown(Config(root=top, source=above)), _shown(config), [], str(exc),
                                            base_error_pl=exc.pl)
            shown_base = _shown(found)
    changed = _changed_settings(found, config)
    if not changed and shown_base == _shown(config):
        return found, None
    moved = _moved_away(found, config)
    if moved:
        # The same workspace's config in another folder (`cxkit.toml` into `personas/`): its `paths`
        # and `exclude`, when set, now read from there, so they take in other files, whatever its text.
        taken = set(changed) | {key for key in ("paths", "exclude") if getattr(config, key)}
        changed = [key for _name, key in _CONFIG_KEYS if key in taken] + [k for k in changed if k.startswith("rules.")]
    extended = _extended_edited(repo, commit, config) if shown_base == _shown(config) and not moved else []
    return found, ConfigChange(shown_base, _shown(config), changed, alone=moved, extended=extended)


def _extended_edited(repo: Repo, commit: str, config: Config) -> list[str]:
    """The files ``config`` extends (as shown) whose bytes differ from ``commit``'s, when its own file's
    do not: the file that changed is one it extends.  [] when its own file changed, or none it extends did.
    The working tree's side of :func:`cxkit.diff.run._extended_changed`."""
    from .run import _extended_changed

    return _extended_changed(repo, config, commit, None)


def _moved_away(base: Config, config: Config) -> bool:
    """Whether BASE's config file is gone from the working tree, whose config in force is a file in
    another folder: the config moved (`git mv cxkit.toml personas/`), seen from where it went."""
    if base.source is None or config.source is None:
        return False
    old, new = Path(base.source), Path(config.source)
    try:
        return old.parent.resolve() != new.parent.resolve() and not old.exists()
    except OSError:
        return False


def _shown(config: Config) -> str | None:
    return _shown_path(config.source) if config.source is not None else None


def side_config(
    repo: Repo, commit: str, label: str, config: Config, near: Path | None = None, pl: bool = False,
) -> tuple[Config, str | None]:
    """The configuration a revision's own checkout would use (``commit`` "" for the index), found
    as :func:`_base_config` finds BASE's (from ``near`` first, when given), and why it could not be
    used (then ``config`` is given); ``pl``: why in Polish, where the config's error has a Polish twin."""
    found, change = _base_config(repo, commit, label, config, near)
    if change is None:
        return found, None
    return found, (change.base_error_pl or change.base_error) if pl else change.base_error


def _off_key(rule: str, config: Config) -> str:
    """The setting that keeps ``rule`` from running under ``config``: `ignore`, a rule table's
    `enabled = false`, or `select` (the rule not among those selected)."""
    from ..config import ConfigError
    from ..lint.engine import resolve_selector
    from ..lint.rule import all_rules

    known = all_rules()

    def names(selector: str) -> list[str]:
        try:
            return resolve_selector(selector.strip(), known)
        except ConfigError:
            return []

    if any(rule in names(sel) for sel in config.ignore):
        return "ignore"
    for key, table in config.rules.items():
        if isinstance(table, dict) and table.get("enabled") is False and rule in names(key):
            return f"rules.{key}"
    return "select"


#: An unused-suppression finding about a comment that names one rule: `'disable=RULE' suppresses nothing ...`,
#: the rule as the comment spells it (`CX101`, `Pseudo-Profiling`).
_STALE_COMMENT = re.compile(r"'disable(?:-file)?=([\w-]+)' suppresses nothing")


def _stale_rule(message: str) -> str | None:
    """The rule a stale `# cxkit: disable=RULE` comment names, from its unused-suppression message."""
    m = _STALE_COMMENT.match(message)
    if m is None:
        return None
    from ..lint.engine import comment_rule
    from ..lint.rule import all_rules

    return comment_rule(m.group(1), all_rules())


def _silenced_by_config(
    repo: Repo,
    files: dict[str, Path | bytes],
    paths: list[str],
    own: Config,
    other: Config,
    links: dict[str, str] | None,
    similar: dict[str, tuple[str, str, list[str]]] | None = None,
    configs: dict[str, bytes] | None = None,
    workspaces: dict[str, str] | None = None,
    dead: dict[str, str] | None = None,
) -> list[tuple[Finding, dict[str, Any]]]:
    """Findings a side's configuration keeps out that the other side's would not.

    Rules the other side runs and this one does not (`ignore`, `select`, `enabled = false`)
    are run here on their own, and files this side's `exclude` adds are linted: what they
    find is silenced by the configuration.  Only in the workspace of ``own`` when the side
    holds others (``configs``): theirs are not this configuration's doing.  ``dead``: the
    side's links to no file (see :func:`_lint_side`).
    """
    from ..lint.engine import RuleSet, build_ruleset

    out: list[tuple[Finding, dict[str, Any]]] = []
    if own is other:
        return out
    file = _shown(own)
    own_rules, other_rules = build_ruleset(own), build_ruleset(other)
    extra = {name: active for name, active in other_rules.active.items() if name not in own_rules.active}
    if extra:
        silenced: list[Any] = []
        # Alone, unless unused-suppression is one of them: it judges a comment by the rules that run.
        # It judges a `disable=RULE` only while RULE runs, so a stale comment naming a rule this side
        # turns off is silenced by that setting: run unused-suppression beside the extra rules too.
        unused = "unused-suppression"
        if unused in extra:
            run = {**own_rules.active, **extra}
        elif unused in own_rules.active:
            run = {**extra, unused: own_rules.active[unused]}
        else:
            run = extra
        found = _lint_side(
            repo, files, paths, own, links, ruleset=RuleSet(run, own_rules.known), suppressed=silenced, similar=similar,
            configs=configs, own_only=True, workspaces=workspaces,
        )
        for f in [*found, *(s[0] for s in silenced)]:
            if f.rule in extra:
                out.append((f, {"by": "config", "key": _off_key(f.rule, own), "file": file}))
            elif f.rule == unused and (named := _stale_rule(f.english_message)) in extra:
                out.append((f, {"by": "config", "key": _off_key(named, own), "file": file}))
    if any(p not in other.exclude for p in own.exclude):
        shared = [p for p in own.exclude if p in other.exclude]
        silenced = []
        found = _lint_side(
            repo, files, paths, dataclasses.replace(own, exclude=shared), links, suppressed=silenced, similar=similar,
            configs=configs, own_only=True, workspaces=workspaces, dead=dead,
        )
        root = Path(os.path.realpath(own.root))
        for f in [*found, *(s[0] for s in silenced)]:
            full = os.path.join(repo.cwd, raw_name(f.path))
            real = Path(os.path.realpath(os.path.dirname(full))) / os.path.basename(full)
            try:
                rel = real.relative_to(root).as_posix()
            except ValueError:
                continue
            if is_excluded(rel, own.exclude):
                out.append((f, {"by": "config", "key": "exclude", "file": file}))
    return out


def _silenced_by_workspace_configs(
    repo: Repo,
    files: dict[str, Path | bytes],
    paths: list[str],
    config: Config,
    links: dict[str, str] | None,
    after: dict[str, bytes],
    before: dict[str, bytes],
    extended: dict[str, bytes],
    reported: list[Finding],
    moved_from: dict[str, str] | None = None,
    dead: dict[str, str] | None = None,
) -> list[tuple[Finding, dict[str, Any]]]:
    """Findings in the folders of workspace configs (a client's `cxkit.toml` under the top) that the
    change adds or edits, which those configs keep out: the branch's files linted once more with the
    configs as BASE has them there (one the change adds taken away, one it edits as it was; one that
    moved with its folder, ``moved_from``: its path now -> in BASE, as BASE had it), and what only
    that run finds is silenced by the config the change brought, named with the key that does it.

    A pull request could add `personas/agencja/cxkit.toml` with `exclude = ["**"]` beside a new
    document: its own config would then hide it from the review it is judged by.
    """
    moved_from = moved_from or {}
    was = {full: before.get(moved_from.get(full, full)) for full in after}
    changed = sorted(full for full, raw in after.items() if was[full] != raw)
    if not changed:
        return []
    as_base = {full: raw for full, raw in after.items() if full not in changed}
    for full in changed:
        if was[full] is not None:  # BASE's file, by its own name (`cxkit.toml` renamed `pyproject.toml`), in today's folder
            old = moved_from.get(full, full)
            as_base[posixpath.join(posixpath.dirname(full), posixpath.basename(old))] = was[full]
    folders = sorted(((posixpath.dirname(full) or ".", full) for full in changed), key=lambda fc: -len(fc[0]))

    def governed(full: str) -> bool:
        return any(folder == "." or full.startswith(folder + "/") for folder, _cfg in folders)

    # Copied, not linked to the working tree's file: there the config the change brought lies beside
    # it, and a link is also matched by the `exclude` of the workspace it leads into.
    copies = {full: _read_disk(source) if isinstance(source, Path) and governed(full) else source
              for full, source in files.items()}
    copies = {full: source for full, source in copies.items() if source is not None}
    found = _lint_side(repo, copies, paths, config, links, configs={**extended, **as_base}, dead=dead)
    seen = {(f.path, f.line, f.column, f.code) for f in reported}
    out: list[tuple[Finding, dict[str, Any]]] = []
    for f in found:
        if (f.path, f.line, f.column, f.code) in seen:
            continue
        full = posixpath.normpath(posixpath.join(repo.prefix, raw_name(f.path).replace(os.sep, "/")))
        owner = next(((folder, cfg) for folder, cfg in folders if folder == "." or full.startswith(folder + "/")), None)
        if owner is None:
            continue  # a finding elsewhere (a workspace rule's, of the folder around): not this config's doing
        folder, cfg = owner
        key = _keeping_key(after[cfg], was[cfg], posixpath.relpath(full, folder), f.rule)
        if key is None:
            continue  # a rule's option changed (`max-age-months`): fixed, as for the top config
        shown = display_path(os.path.relpath(os.path.join(repo.top, cfg), repo.cwd))
        out.append((f, {"by": "config", "key": key, "file": shown}))
    return out


def _keeping_key(raw: bytes, was: bytes | None, rel: str, rule: str) -> str | None:
    """The key of a workspace config (its bytes ``raw``; ``was``: as BASE had it, None for a new one) that
    keeps the finding of ``rule`` on the file ``rel`` (from the config's folder) out of the review; None
    when only a rule's options changed, which the top config's changes count as fixing, not silencing."""
    import tomllib

    def table(data: bytes | None) -> dict[str, Any]:
        try:
            parsed = tomllib.loads(data.decode("utf-8")) if data is not None else {}
        except (UnicodeDecodeError, tomllib.TOMLDecodeError):
            return {}
        return parsed.get("tool", {}).get("cxkit", {}) if "tool" in parsed else parsed

    now, then = table(raw), table(was)
    for key in ("exclude", "extend-exclude"):
        patterns = now.get(key)
        if isinstance(patterns, list) and all(isinstance(p, str) for p in patterns) and is_excluded(rel, patterns):
            return key
    for key in ("paths", "ignore", "select", "extend-select", "per-file-ignores", "extend"):
        if key in now and now.get(key) != then.get(key):
            return key
    rules_now, rules_then = now.get("rules"), then.get("rules")
    table_now = rules_now.get(rule) if isinstance(rules_now, dict) else None
    table_then = rules_then.get(rule) if isinstance(rules_then, dict) else None
    enabled = (table_now.get("enabled") if isinstance(table_now, dict) else None,
               table_then.get("enabled") if isinstance(table_then, dict) else None)
    if enabled[0] is False and enabled[1] is not False:
        return f"rules.{rule}"
    return None


def _silenced_by_paths(
    repo: Repo, present: dict[str, Path], outside: dict[str, Path], base_paths: list[str], config: Config,
    similar: dict[str, tuple[str, str, list[str]]] | None = None, configs: dict[str, bytes] | None = None,
    workspaces: dict[str, str] | None = None,
) -> list[tuple[Finding, dict[str, Any]]]:
    """Findings in files the branch still has under BASE's `paths` (``outside``) that its own
    `paths` leave out: linted with the branch's configuration, each silenced by `paths`."""
    if not outside:
        return []
    files: dict[str, Path | bytes] = {**present, **outside}
    links = _worktree_links(repo, {**present, **outside})
    silenced: list[Any] = []
    found = _lint_side(
        repo, files, base_paths, config, links, suppressed=silenced, similar=similar, configs=configs,
        workspaces=workspaces,
    )
    left_out = {display_path(os.path.relpath(source, repo.cwd)) for source in outside.values()}
    by = {"by": "config", "key": "paths", "file": _shown(config)}
    return [(f, dict(by)) for f in [*found, *(s[0] for s in silenced)] if f.path in left_out]


def _silenced(
    suppressed: list[Any], by_config: list[tuple[Finding, dict[str, Any]]], config: Config, reported: list[Finding]
) -> list[tuple[Finding, dict[str, Any]]]:
    """What the engine reported silenced (comments, `per-file-ignores`) and what the configuration keeps out.

    A finding the side does report is not silenced (a file named on the command line is
    linted even where `exclude` would leave it out).
    """
    shown = set(reported)
    by_config = [(f, by) for f, by in by_config if f not in shown]
    out: list[tuple[Finding, dict[str, Any]]] = []
    for f, how, line in suppressed:
        if how == "per-file-ignores":
            out.append((f, {"by": "config", "key": how, "file": _shown(config)}))
        else:
            out.append((f, {"by": "comment", "comment": how, "line": line}))
    return out + by_config


# --- reports ------------------------------------------------------------------

#: Review's own words in every format (text, Markdown, and the HTML page through
#: ``review_html._page_words``), in the language of the documents that differ (see :func:`diff_lang`),
#: English for any other; lint's own messages stay English.
REVIEW_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "lint": "Lint:", "introduced": "Findings introduced", "suppressed": "Findings suppressed",
        "fixed": "Findings fixed", "not_compared": "Not compared", "changes": "Changes",
        "config_notes": "Config notes:", "config_note": "Config note:", "suppressed_label": "Suppressed:",
        "checkout_note": "Checkout note:",
        "reviewed_note": "Reviewed date:",
        "severity": "Severity", "rule": "Rule", "where": "Where", "message": "Message",
        "silenced_by": "Silenced by", "in_base": "In BASE", "reported": "reported", "new": "new",
        "silenced_by.text": "silenced by", "in_base.text": "in BASE",
        "unreadable": "These files could not be read, so their changes are not shown{see}:", "see": " (see the findings)",
        "unreadable.text": "Files that could not be read, so their changes are not shown",
        "not_fixed.line": "Findings in {base} of files the working tree cannot read or check (not counted as fixed):",
        "not_introduced.line": "Findings in the working tree of files {base} cannot read or check (not counted as introduced, "
                               "but cxkit lint reports them):",
        "suppressed.fail": "With `--fail-on-suppressed` those at or above the fail level fail the review.",
        "suppressed.pass": "Suppressed findings do not fail the review.",
        "in": "in", "configuration": "the configuration", "line": "line {n}",
        # where a finding is, in text: `(in 2. Decision › Opportunities #1 › Owner)`
        "in.place": "in",
        "edited": "with uncommitted edits", "only_edited": "uncommitted edits",
        "not_fixed": "Not counted as fixed", "not_introduced": "Not counted as introduced",
        # diff's note on files neither side can read that the change did not touch (diff.run._unread_notes).
        "unread.same": "the file is the same on both sides", "unread.moved": "the file only moved here from {was}",
        "unread.one": "{problem}; {how}, so nothing in it changed", "unread.only": " ({moved} of them only moved)",
        "unread.many": "{n} files that cannot be read are the same on both sides{only}, so nothing in them changed; "
                       "{command} lists them",
    },
    "pl": {
        "lint": "Sprawdzenie:", "introduced": "Nowe uwagi", "suppressed": "Wyciszone uwagi",
        "fixed": "Naprawione uwagi", "not_compared": "Nie porównano", "changes": "Zmiany",
        "config_notes": "Notatki o konfiguracji:", "config_note": "Notatka o konfiguracji:", "suppressed_label": "Wyciszone:",
        "checkout_note": "Uwaga o kopii roboczej:",
        "reviewed_note": "Data przeglądu:",
        "severity": "Poziom", "rule": "Reguła", "where": "Miejsce", "message": "Komunikat",
        "silenced_by": "Wyciszona przez", "in_base": "W BASE", "reported": "zgłaszana", "new": "nowa",
        "silenced_by.text": "wyciszona przez", "in_base.text": "w BASE",
        "unreadable": "Tych plików nie udało się odczytać, więc ich zmian nie pokazano{see}:", "see": " (zob. uwagi)",
        "unreadable.text": "Tych plików nie udało się odczytać, więc ich zmian nie pokazano",
        "not_fixed.line": "Uwagi w {base} do plików, których w kopii roboczej nie można odczytać ani sprawdzić "
                          "(nieliczone jako naprawione):",
        "not_introduced.line": "Uwagi w kopii roboczej do plików, których w {base} nie można odczytać ani sprawdzić "
                               "(nieliczone jako nowe, ale cxkit lint je zgłasza):",
        "suppressed.fail": "Z `--fail-on-suppressed` te na progu `fail-level` lub wyższym dają wynik niezaliczony.",
        "suppressed.pass": "Wyciszone uwagi nie wpływają na wynik.",
        "in": "w", "configuration": "konfiguracji", "line": "wiersz {n}",
        "in.place": "miejsce:",
        "edited": "z niezatwierdzonymi zmianami", "only_edited": "niezatwierdzone zmiany",
        "not_fixed": "Nieliczone jako naprawione", "not_introduced": "Nieliczone jako nowe",
        "unread.same": "plik jest taki sam po obu stronach", "unread.moved": "plik tylko przeniesiono tu z {was}",
        "unread.one": "{problem}; {how}, więc nic się w nim nie zmieniło",
        "unread.only": " ({moved} z nich tylko przeniesiono)",
        "unread.many": "{n} {files} nie można odczytać, {same} po obu stronach{only}, więc nic się w nich "
                       "nie zmieniło; {command} je wymienia",
    },
}
#: A count of findings in Polish, by severity and by what happened to them (a finding, *uwaga*, is feminine).
_PL_COUNTED = {
    Severity.error: ("błąd", "błędy", "błędów"), Severity.warning: ("ostrzeżenie", "ostrzeżenia", "ostrzeżeń"),
    Severity.info: ("informacja", "informacje", "informacji"),
    "fixed": ("naprawiona", "naprawione", "naprawionych"), "suppressed": ("wyciszona", "wyciszone", "wyciszonych"),
    "not_compared": ("nieporównana", "nieporównane", "nieporównanych"),
}


def review_words(review: Review) -> dict[str, str]:
    """Review's own words for ``review``: Polish when its verdict is (see :func:`result_lines`), else English."""
    return REVIEW_WORDS["pl"] if diff_lang(review.diff) == "pl" else REVIEW_WORDS["en"]


def _pl_count(n: int, what: Any) -> str:
    return f"{n} {pl_plural(n, *_PL_COUNTED[what])}"


def _severity_counts(items: list[Placed], lang: str = "en") -> str:
    counts = Counter(p.finding.severity for p in items)
    severities = [s for s in (Severity.error, Severity.warning, Severity.info) if counts[s]]
    if lang == "pl":
        parts = [_pl_count(counts[s], s) for s in severities]
    else:
        parts = [f"{counts[s]} {s.name}{'s' if counts[s] != 1 else ''}" for s in severities]
    return f" ({', '.join(parts)})" if parts else ""


def _cell(text: str) -> str:
    """A finding's message in a table cell: its code spans as code, its text escaped (:func:`md_message`)."""
    return md_message(text, in_table=True)


def _cell_code(text: str) -> str:
    """Inline code in a table cell: GFM splits cells at a "|" even inside code, unless escaped."""
    return md_code(text).replace("|", "\\|")


def _where(p: Placed) -> str:
    f = p.finding
    where = _cell_code(f"{f.path}:{f.line}:{f.column}")
    if p.named_md is not None:
        if p.named_md:  # a "|" in a name or an id escaped alike in text and in code, as GFM tables read it
            where += " · " + p.named_md.replace("\\|", "|").replace("|", "\\|")
    elif p.where:
        where += f" · {_cell_code(p.where)}"
    return where


@dataclass(frozen=True, slots=True)
class FindingRow:
    """One row of a findings table, as data (the Markdown and the HTML report lay it out): the
    finding, ``where`` its place in the document's data (`stages[decision].emotion`, "" for none),
    and ``emptied`` the files whose emptying introduced it (see :func:`_emptied_negative`)."""

    placed: Placed
    where: str
    emptied: tuple[str, ...] = ()

    @property
    def location(self) -> str:
        f = self.placed.finding
        return f"{f.path}:{f.line}:{f.column}"


def finding_rows(items: list[Placed], review: Review | None = None) -> list[FindingRow]:
    """The rows of a findings table in the report's order (file, line, column, code); with ``review``,
    a finding introduced by a file the change emptied names those files."""
    rows = []
    for p in sorted(items, key=lambda p: (p.finding.path, p.finding.line, p.finding.column, p.finding.code)):
        emptied = _emptied_files(review, p) if review is not None else []
        rows.append(FindingRow(p, p.where, tuple(emptied)))
    return rows


def _finding_table(items: list[Placed], review: Review | None = None, w: dict[str, str] = REVIEW_WORDS["en"]) -> list[str]:
    """A findings table, its head in ``w``'s words; with ``review``, a finding introduced by a file the change emptied says so."""
    lines = [f"| {w['severity']} | {w['rule']} | {w['where']} | {w['message']} |", "|---|---|---|---|"]
    for row in finding_rows(items, review):
        f = row.placed.finding
        why = _emptied_cause(review, row.placed) if row.emptied and review is not None else ""
        lines.append(f"| {f.severity.name} | {_cell_code(f.rule)} {f.code} | {_where(row.placed)} | {_cell(f.message)}{why} |")
    return lines


def _emptied_files(review: Review, p: Placed) -> list[str]:
    """The negative persona files whose emptying introduced `missing-negative-persona` finding ``p``."""
    if p.finding.rule != "missing-negative-persona":
        return []
    return list(review.emptied_negative.get(p.finding.path) or ())


def _emptied_cause(review: Review, p: Placed) -> str:
    """After `missing-negative-persona` introduced because the change emptied the workspace's negative
    persona(s) (see :func:`_emptied_negative`): the emptied files, whose own rows say they are empty."""
    files = _emptied_files(review, p)
    if not files:
        return ""
    one = len(files) == 1
    named = ", ".join(_cell_code(f) for f in files)
    return (f"; it follows from emptying {named}, {'the negative persona' if one else 'the negative personas'} "
            f"in {_cell_code(review.base)} (see {'its' if one else 'their'} `yaml-syntax` row): filling "
            f"{'it' if one else 'them'} in again settles both")


def _suppressed_table(items: list[Silenced], w: dict[str, str] = REVIEW_WORDS["en"]) -> list[str]:
    head = " | ".join(w[key] for key in ("severity", "rule", "where", "silenced_by", "in_base", "message"))
    lines = [f"| {head} |", "|---|---|---|---|---|---|"]
    for s in items:
        f = s.placed.finding
        seen = w["reported"] if s.reported_in_base else w["new"]
        lines.append(
            f"| {f.severity.name} | {_cell_code(f.rule)} {f.code} | {_where(s.placed)} | {_cell_how(s, w)} | {seen} | {_cell(f.message)} |"
        )
    return lines


def silenced_by_words(s: Silenced) -> tuple[str, str]:
    """What silences ``s``, as (code, words): (`# cxkit: disable=RULE`, "line 4") for a comment,
    (`ignore`, "cxkit.toml") for a setting (words "" when the configuration has no file)."""
    if s.by.get("by") == "comment":
        return "# cxkit: " + str(s.by["comment"]), f"line {s.by['line']}"
    return str(s.by.get("key")), str(s.by.get("file") or "")


def _cell_how(s: Silenced, w: dict[str, str] = REVIEW_WORDS["en"]) -> str:
    if s.by.get("by") == "comment":
        return f"{_cell_code('# cxkit: ' + str(s.by['comment']))} ({w['line'].format(n=s.by['line'])})"
    file = s.by.get("file")
    return f"{_cell_code(str(s.by.get('key')))} {w['in']} {_cell_code(file) if file else w['configuration']}"


def _config_lines(review: Review) -> list[str]:
    """The **Configuration:** lines (Markdown): what the change does to the configuration; in Polish
    (**Konfiguracja:**) for a Polish review."""
    lang = "pl" if review_words(review) is REVIEW_WORDS["pl"] else "en"
    return _config_change_lines(review.config, review.base, lang) + [
        line for change in review.workspace_configs or () for line in _workspace_config_lines(change, review.base, lang)
    ] + silenced_in_base_lines(review, lang)


def _workspace_config_lines(change: ConfigChange, base_name: str, lang: str = "en") -> list[str]:
    """A config file of another workspace under the one in force (a client's) that the change adds, removes or edits."""
    base = md_code(base_name)
    keys = f" ({', '.join(md_code(k) for k in change.changed)})" if change.changed else ""
    old, new = change.base, change.working_tree
    if lang == "pl":
        return [f"**Konfiguracja:** {_workspace_config_pl(change, base, keys)}.", ""]
    if old is None and new is not None:
        what = (f"{md_code(new)} added: its folder is a workspace of its own in the working tree; in {base} its "
                "files are linted with the configuration around them")
    elif old is not None and new is None and not os.path.isdir(posixpath.dirname(old) or "."):
        what = f"{md_code(old)} removed with its folder: in {base} the files there are linted with it"
    elif old is not None and new is None:
        what = (f"{md_code(old)} removed: in the working tree its folder's files are linted with the configuration "
                f"around them, in {base} with {md_code(old)}")
    elif old != new and change.alone:
        folder = posixpath.dirname(new or "") or "."
        what = (f"{md_code(old or '')} → {md_code(new or '')} (moved to another folder, its documents left where they "
                f"were){', changed' + keys if keys else ''}: in the working tree its `paths` and `exclude` are read "
                f"from {md_code(folder)}, so its workspace may take in other files than in {base}, which is linted with "
                f"its own version of it")
    elif old != new:
        how = "renamed in its folder" if posixpath.dirname(old or "") == posixpath.dirname(new or "") else "moved with its folder"
        what = (f"{md_code(old or '')} → {md_code(new or '')} ({how}), changed{keys}: {base} is "
                "linted with its own version of it, the working tree with this one")
    else:
        what = f"{md_code(new or '')} changed{keys}: {base} is linted with its own version of it, the working tree with this one"
    return [f"**Configuration:** {what}.", ""]


def _workspace_config_pl(change: ConfigChange, base: str, keys: str) -> str:
    """:func:`_workspace_config_lines`' sentence in Polish."""
    old, new = change.base, change.working_tree
    if old is None and new is not None:
        return (f"dodano {md_code(new)}: w kopii roboczej jego folder jest osobnym obszarem roboczym; w {base} pliki "
                "tego folderu sprawdza się z konfiguracją nadrzędną")
    if old is not None and new is None and not os.path.isdir(posixpath.dirname(old) or "."):
        return f"usunięto {md_code(old)} razem z folderem: w {base} pliki tego folderu sprawdza się z nim"
    if old is not None and new is None:
        return (f"usunięto {md_code(old)}: w kopii roboczej pliki jego folderu sprawdza się z konfiguracją nadrzędną, "
                f"w {base} z {md_code(old)}")
    if old != new and change.alone:
        folder = posixpath.dirname(new or "") or "."
        return (f"{md_code(old or '')} → {md_code(new or '')} (przeniesiony do innego folderu, jego dokumenty zostały "
                f"na miejscu){', zmieniony' + keys if keys else ''}: w kopii roboczej jego `paths` i `exclude` czyta "
                f"się względem {md_code(folder)}, więc jego obszar roboczy może objąć inne pliki niż w {base}, gdzie "
                "sprawdza się je z jego własną wersją")
    if old != new:
        how = ("zmieniona nazwa w tym samym folderze" if posixpath.dirname(old or "") == posixpath.dirname(new or "")
               else "przeniesiony razem z folderem")
        return (f"{md_code(old or '')} → {md_code(new or '')} ({how}), zmieniony{keys}: {base} sprawdza się z jego "
                "własną wersją, kopię roboczą z obecną")
    return f"zmieniono {md_code(new or '')}{keys}: {base} sprawdza się z jego własną wersją, kopię roboczą z obecną"


def _config_change_pl(change: ConfigChange, base: str) -> str:
    """:func:`_config_change_lines`' sentence in Polish."""
    if change.base_error is not None:
        error = change.base_error_pl or change.base_error  # its Polish twin where it has one (`nieprawidłowy TOML`)
        return (f"{md_code(change.base or '?')} w {base} jest tam niepoprawny ({md_message(error)}); {base} "
                "sprawdzono z konfiguracją kopii roboczej, więc nie pokazano, co zmiana robi z konfiguracją")
    keys = f" ({', '.join(md_code(k) for k in change.changed)})" if change.changed else ""
    old, new = change.base, change.working_tree
    if old is None and new is not None:
        return (f"dodano {md_code(new)}{keys}: {base} sprawdza się z ustawieniami domyślnymi (nie ma tam pliku "
                f"konfiguracji), kopię roboczą z {md_code(new)}")
    if old is not None and new is None:
        return (f"usunięto {md_code(old)}{keys}: {base} sprawdza się z jego {md_code(old)}, kopię roboczą z "
                "ustawieniami domyślnymi")
    if old != new and change.alone:
        folder = posixpath.dirname(new or "")
        where = md_code(folder) if folder else "bieżącego folderu"
        changed = f", zmieniony{keys}" if keys else ""
        return (f"{md_code(old or '')} → {md_code(new or '')} (przeniesiony do innego folderu){changed}: w kopii "
                f"roboczej jego `paths` i `exclude` czyta się względem {where}, więc obszar roboczy może objąć inne "
                f"pliki niż w {base}, który sprawdza się z {md_code(old or '')} w tamtej wersji")
    if old != new:
        return (f"{md_code(old or '')} → {md_code(new or '')}{keys}: {base} sprawdza się z {md_code(old or '')} w "
                f"tamtej wersji, kopię roboczą z {md_code(new or '')}")
    if change.extended:
        n = len(change.extended)
        files = ", ".join(md_code(f) for f in change.extended)
        return (f"{files} ({pl_plural(n, 'rozszerzany', 'rozszerzane', 'rozszerzane')} przez {md_code(new or '')}) "
                f"{pl_plural(n, 'zmieniony', 'zmienione', 'zmienione')}{keys}: {base} sprawdza się z "
                f"{'jego' if n == 1 else 'ich'} własną wersją, kopię roboczą z obecną")
    return f"zmieniono {md_code(new or '')}{keys}: {base} sprawdza się z jego własną wersją, kopię roboczą z obecną"


def _config_change_lines(change: ConfigChange | None, base_name: str, lang: str = "en") -> list[str]:
    if change is None:
        return []
    base = md_code(base_name)
    if lang == "pl":
        return [f"**Konfiguracja:** {_config_change_pl(change, base)}.", ""]
    if change.base_error is not None:
        return [
            f"**Configuration:** {base}'s {md_code(change.base or '?')} is not valid there ({md_message(change.base_error)}); "
            f"{base} was linted with the working tree's configuration, so what the change does to the "
            "configuration is not shown.",
            "",
        ]
    keys = f" ({', '.join(md_code(k) for k in change.changed)})" if change.changed else ""
    old, new = change.base, change.working_tree
    if old is None and new is not None:
        what = f"{md_code(new)} added{keys}: {base} is linted with the defaults (it has no config file), the working tree with {md_code(new)}"
    elif old is not None and new is None:
        what = f"{md_code(old)} removed{keys}: {base} is linted with its {md_code(old)}, the working tree with the defaults"
    elif old != new and change.alone:
        folder = posixpath.dirname(new or "")
        where = md_code(folder) if folder else "the current folder"
        changed = f", changed{keys}" if keys else ""
        what = (f"{md_code(old or '')} → {md_code(new or '')} (moved to another folder){changed}: "
                f"in the working tree its `paths` and `exclude` are read from {where}, so the workspace may take "
                f"in other files than in {base}, which is linted with {md_code(old or '')} as it has it")
    elif old != new:
        what = f"{md_code(old or '')} → {md_code(new or '')}{keys}: {base} is linted with {md_code(old or '')} as it has it, the working tree with {md_code(new or '')}"
    elif change.extended:
        files = ", ".join(md_code(f) for f in change.extended)
        what = (f"{files} (extended by {md_code(new or '')}) changed{keys}: {base} is linted with its own version of "
                f"{'it' if len(change.extended) == 1 else 'them'}, the working tree with this one")
    else:
        what = f"{md_code(new or '')} changed{keys}: {base} is linted with its own version of it, the working tree with this one"
    return [f"**Configuration:** {what}.", ""]


def review_heading(review: Review, code: Callable[[str], str] = md_code, spoken: bool = False) -> str:
    """The two sides of a review with their commits, short, so that a comment says what it was run on:
    `` `main...` (1a2b3c4) → working copy (5d6e7f8) ``, ``(5d6e7f8 with uncommitted edits)`` when the
    working tree differs from HEAD in the files reviewed (a bare hash: GitHub links it to the commit);
    in Polish for a Polish review (``→ kopia robocza``). ``spoken``: read aloud, the arrow in words
    (``main (1a2b3c4) to the working copy``, ``na kopię roboczą``)."""
    w = review_words(review)
    now = review.head[:7] if review.head else None
    if review.edited:
        now = f"{now} {w['edited']}" if now else w["only_edited"]
    lang = "pl" if w is REVIEW_WORDS["pl"] else "en"
    to = phrase("to.copy", lang) if spoken else f"→ {side_word('working copy', lang)}"
    return f"{code(review.base)} ({review.commit[:7]}) {to}" + (f" ({now})" if now else "")


def result_lines(review: Review) -> list[str]:
    """The verdict, one ``**Result:**`` line (two when the change silences what fails), in the
    language of the documents that differ, as the diff below it (see :func:`diff_lang`): Polish
    documents get ``**Wynik:**`` and Polish plurals. ``cxkit review -f text`` says the same lines
    without Markdown."""
    silenced = review.failing_suppressed
    if diff_lang(review.diff) == "pl":
        return _result_lines_pl(review, silenced)
    out: list[str] = []
    revealed = review.failing_revealed
    quiet = not silenced and not revealed  # nothing else fails: "passes" is said
    if review.fail_levels is not None:
        # Each client at its own fail level, as `cxkit lint` from the top.
        each = f"its client's `fail-level`, `{review.fail_level}` elsewhere"
        if review.failing:
            out.append(
                f"**Result:** fails: {len(review.failing)} finding{'s' if len(review.failing) != 1 else ''} "
                f"introduced at or above the fail level of {'their' if len(review.failing) != 1 else 'its'} "
                f"workspace ({each})."
            )
        elif quiet:
            out.append(f"**Result:** passes: no findings introduced at or above the fail level of their workspace ({each}).")
    elif review.fail_level == "never":
        out.append("**Result:** passes (the fail level is `never`).")
    elif review.failing:
        out.append(
            f"**Result:** fails: {len(review.failing)} finding{'s' if len(review.failing) != 1 else ''} "
            f"at `{review.fail_level}` level or above introduced."
        )
    elif quiet:
        out.append(f"**Result:** passes: no findings at `{review.fail_level}` level or above introduced.")
    if review.loosened and out and review.fail_levels is None:
        out[-1] = (f"{out[-1][:-1]} (the `fail-level` of {md_code(review.base)}, stricter than this branch's "
                   f"`{review.loosened}`: a change does not loosen the gate it is judged by).")
    if revealed:
        n = len(revealed)
        level = "the fail level" if review.fail_levels is not None else f"`{review.fail_level}` level"
        out.append(
            f"**Result:** fails: {n} finding{'s' if n != 1 else ''} at {level} or above in files "
            f"{md_code(review.base)} cannot read or check (see **Not compared**): the change did not introduce "
            f"{'them' if n != 1 else 'it'}, but `cxkit lint` reports {'them' if n != 1 else 'it'} after it; fix "
            f"{'them' if n != 1 else 'it'}, or "
            + ("record them in the baseline with `cxkit lint --write-baseline --no-baseline`." if review.baseline_configured
               else "record them in a baseline (`baseline` in `cxkit.toml`, see docs/adopting.md).")
        )
    if silenced:
        out.append(
            f"**Result:** fails (`--fail-on-suppressed`): {len(silenced)} finding{'s' if len(silenced) != 1 else ''} "
            f"at or above the fail level silenced by the change (a comment or the configuration it brings)."
        )
    return out


def _uwagi(n: int, case: str = "nominative") -> str:
    """``n`` lint findings in Polish: 1 nowa uwaga, 2 nowe uwagi, 5 nowych uwag; or the accusative
    without "new": 1 uwagę, 2 uwagi, 5 uwag."""
    if case == "accusative":
        return f"{n} {pl_plural(n, 'uwagę', 'uwagi', 'uwag')}"
    return f"{n} {pl_plural(n, 'nowa uwaga', 'nowe uwagi', 'nowych uwag')}"


def _result_lines_pl(review: Review, silenced: list[Silenced]) -> list[str]:
    """:func:`result_lines` for Polish documents."""
    out: list[str] = []
    failing = len(review.failing)
    revealed = len(review.failing_revealed)
    quiet = not silenced and not revealed
    if review.fail_levels is not None:
        each = f"próg `fail-level` klienta, gdzie indziej `{review.fail_level}`"
        if failing:
            out.append(f"**Wynik:** niezaliczony: {_uwagi(failing)} na poziomie progu swojego obszaru roboczego "
                       f"lub wyższym ({each}).")
        elif quiet:
            out.append(f"**Wynik:** zaliczony: brak nowych uwag na poziomie progu swojego obszaru roboczego "
                       f"lub wyższym ({each}).")
    elif review.fail_level == "never":
        out.append("**Wynik:** zaliczony (próg `fail-level` to `never`).")
    elif failing:
        out.append(f"**Wynik:** niezaliczony: {_uwagi(failing)} na poziomie `{review.fail_level}` lub wyższym.")
    elif quiet:
        out.append(f"**Wynik:** zaliczony: brak nowych uwag na poziomie `{review.fail_level}` lub wyższym.")
    if review.loosened and out and review.fail_levels is None:
        out[-1] = (f"{out[-1][:-1]} (próg `fail-level` z {md_code(review.base)}, surowszy niż `{review.loosened}` "
                   "tej gałęzi: zmiana nie łagodzi progu, którym jest oceniana).")
    if revealed:
        level = "progu" if review.fail_levels is not None else f"`{review.fail_level}`"
        them = "ją" if revealed == 1 else "je"
        out.append(
            f"**Wynik:** niezaliczony: {revealed} {pl_plural(revealed, 'uwaga', 'uwagi', 'uwag')} na poziomie {level} "
            f"lub wyższym w plikach, których w {md_code(review.base)} nie można odczytać ani sprawdzić (zob. "
            f"**Nie porównano**): zmiana {'jej' if revealed == 1 else 'ich'} nie wprowadziła, ale `cxkit lint` "
            f"{them} po niej zgłasza; popraw {them} albo zapisz {them} w pliku bazowym "
            + ("poleceniem `cxkit lint --write-baseline --no-baseline`." if review.baseline_configured
               else "(klucz `baseline` w `cxkit.toml`, zob. docs/adopting.md).")
        )
    if silenced:
        out.append(f"**Wynik:** niezaliczony (`--fail-on-suppressed`): zmiana wycisza {_uwagi(len(silenced), 'accusative')} "
                   "na poziomie progu lub wyższym (komentarzem `# cxkit: disable` albo konfiguracją, którą wnosi).")
    return out


def unreadable_message(review: Review, problem: Problem) -> str:
    """The message of a file the review could not read, as its list says it: in Polish in a Polish workspace
    (the lint twin `cxkit lint` gives it there, see :func:`cxkit.diff.formats.findings_lang`), or English whole
    where its form has no Polish twin; English in any other workspace."""
    from .formats import findings_lang

    if findings_lang(review.diff) == "pl":
        from ..lint.polish_reader import in_polish

        return in_polish(problem.rule, problem.message) or problem.message
    return problem.message


def untouched_line(review: Review, code: Callable[[str], str] = str) -> str:
    """One line for the files neither side can read that the change did not touch (see ``Review.untouched``)."""
    n = len(review.untouched)
    moved = sum(1 for was, now in review.untouched.items() if was != now)
    only = f" ({moved} of {'them' if n != 1 else 'it'} only moved)" if moved else ""
    rules = sorted({p.rule for side, p in review.unreadable_sides if review.is_untouched(side, p)}) or ["yaml-syntax"]
    if review_words(review) is REVIEW_WORDS["pl"]:
        # 1 plik … jest taki sam, 2 pliki … są takie same, 5 plików … jest takich samych.
        only = (" (tylko go przeniesiono)" if n == 1 else f" ({moved} z nich tylko przeniesiono)") if moved else ""
        files = f"{n} {pl_plural(n, 'plik, którego', 'pliki, których', 'plików, których')} nie można odczytać, "
        same = pl_plural(n, "jest taki sam", "są takie same", "jest takich samych")
        them = "go" if n == 1 else "ich"
        return (f"{files}{same} po obu stronach{only}: zmiana {them} nie dotyczy, więc {them} nie wymieniono; "
                f"{code('cxkit lint --select ' + ','.join(rules))} {'go' if n == 1 else 'je'} wymienia.")
    files = "1 file that cannot be read is" if n == 1 else f"{n} files that cannot be read are"
    return (f"{files} the same on both sides{only}: the change did not touch {'them' if n != 1 else 'it'}, so "
            f"{'they are' if n != 1 else 'it is'} not listed; {code('cxkit lint --select ' + ','.join(rules))} "
            f"lists {'them' if n != 1 else 'it'}.")


def lint_counts(review: Review, lang: str = "en", code: Callable[[str], str] = str) -> str:
    """The counts of the review's findings, one sentence: `2 findings introduced (2 warnings), 4 fixed,
    5 not compared; 457 before, 460 after.`; with ``lang`` "pl", in Polish: `2 nowe uwagi
    (2 ostrzeżenia), 4 naprawione, 5 nieporównanych; 457 przed zmianą, 460 po zmianie.`  Then, when
    `similar-personas` findings matched on their pairs make the counts differ, :func:`pairs_note`
    (a rule's name through ``code``)."""
    n_in, n_fix = len(review.introduced), len(review.fixed)
    n_sup, n_nc = len(review.suppressed), len(review.not_compared)
    note = pairs_note(review, lang, code)
    note = f" {note}" if note else ""
    if lang == "pl":
        parts = [_uwagi(n_in) + _severity_counts(review.introduced, "pl"), _pl_count(n_fix, "fixed")]
        parts += [_pl_count(n, what) for n, what in ((n_sup, "suppressed"), (n_nc, "not_compared")) if n]
        return f"{', '.join(parts)}; {len(review.before)} przed zmianą, {len(review.after)} po zmianie.{note}"
    also = f", {n_sup} suppressed" if n_sup else ""
    also += f", {n_nc} not compared" if n_nc else ""
    return (f"{n_in} finding{'s' if n_in != 1 else ''} introduced{_severity_counts(review.introduced)}, "
            f"{n_fix} fixed{also}; {len(review.before)} before, {len(review.after)} after.{note}")


def pairs_note(review: Review, lang: str = "en", code: Callable[[str], str] = str) -> str:
    """Why before + introduced - fixed is not after, when `similar-personas` findings are the cause
    (see :attr:`Review.kept_on_pairs`); "" when they are not.

    Such a finding is matched on the pairs of similar personas it stands for, not one to one: a
    persona deleted or sharpened fixes every finding that named it, while the pairs left similar
    are said again, on the branch, by findings that name another persona of theirs (neither new
    nor fixed).  The counts cannot add up then without calling an unchanged pair new or fixed: the
    note says by how many they differ, and why."""
    had, has = review.kept_on_pairs
    n = has - had
    if not n:
        return ""
    rule = code("similar-personas")
    if lang == "pl":
        more = f"o {_uwagi(abs(n), 'accusative')} {'więcej' if n > 0 else 'mniej'}"
        if n > 0:
            return (f"Reguła {rule} porównuje pary podobnych person, nie pojedyncze uwagi: po zmianie ma {more} "
                    "o parach podobnych już przed zmianą (jej uwagi sprzed zmiany o tych parach wskazywały inną "
                    "personę). Takie uwagi nie są ani nowe, ani naprawione.")
        return (f"Reguła {rule} porównuje pary podobnych person, nie pojedyncze uwagi: po zmianie ma {more} "
                "o parach nadal podobnych (jej uwagi po zmianie o tych parach wskazują inną personę). "
                "Takie uwagi nie są ani naprawione, ani nowe.")
    count = f"{abs(n)} {'more' if n > 0 else 'fewer'} finding{'s' if abs(n) != 1 else ''}"
    if n > 0:
        return (f"{rule} is matched on pairs of similar personas, not finding by finding: after the change it "
                f"has {count} on pairs that were already similar before it (its findings of those pairs then "
                "named another persona). Such findings are neither introduced nor fixed.")
    return (f"{rule} is matched on pairs of similar personas, not finding by finding: after the change it has "
            f"{count} on pairs still similar (its findings of those pairs name another persona now). Such "
            "findings are neither fixed nor introduced.")


def render_review_markdown(review: Review, stream: TextIO) -> None:
    """The pull-request comment: verdict, findings introduced and fixed, then the changes."""
    w = review_words(review)
    polish = w is REVIEW_WORDS["pl"]
    out: list[str] = [REVIEW_MARKER, f"## cxkit review: {review_heading(review)}", ""]
    n_sup = len(review.suppressed)
    unreadable = review.touched_unreadable
    out.append(f"**{w['lint']}** {lint_counts(review, 'pl' if polish else 'en', md_code)}")
    out.append("")
    out += _config_lines(review)
    if review.config_notes:
        # As `cxkit lint` says them on stderr: a config that does not do what it was written for.
        out += [f"**{w['config_notes']}**", "", *(f"- {md_message(note)}" for note in review.config_notes), ""]
    out += [line for note in review.checkout_notes for line in (f"**{w['checkout_note']}** {md_message(note)}", "")]
    out += result_lines(review)
    out.append("")
    if review.suppressed:
        # Always shown: a reviewer must see what the change silenced.
        verdict = w["suppressed.fail"] if review.fail_on_suppressed else w["suppressed.pass"]
        if polish:
            # As the HTML page says it: no verb after the number, none with BASE's gender.
            out.append(
                f"**{w['suppressed_label']}** uwagi nadal obecne, ale wyciszone (komentarzem `# cxkit: disable` albo "
                f"w konfiguracji) tam, gdzie w {md_code(review.base)} nie były wyciszone: "
                f"{n_sup} {pl_plural(n_sup, 'uwaga', 'uwagi', 'uwag')}; zob. niżej. {verdict}"
            )
        else:
            out.append(
                f"**Suppressed:** {n_sup} finding{'s' if n_sup != 1 else ''} still there but silenced (by a "
                f"`# cxkit: disable` comment or the configuration) where {md_code(review.base)} did not silence "
                f"{'them' if n_sup != 1 else 'it'}; see below. {verdict}"
            )
        out.append("")
    # After the verdict (and what the suppressed findings do to it): a note on one document, for its author to
    # act on, not part of what decides the result.
    out += [line for file, note in review.reviewed_notes
            for line in (f"**{w['reviewed_note']}** {md_code(file)}: {md_message(note)}", "")]
    introduced = _finding_table(review.introduced, review, w) if review.introduced else []
    suppressed = _suppressed_table(review.suppressed, w) if review.suppressed else []
    fixed = _finding_table(review.fixed, w=w) if review.fixed else []
    not_before = [p for side, p in review.not_compared if side == "before"]
    not_after = [p for side, p in review.not_compared if side == "after"]
    uncompared: list[str] = []
    if not_before:
        uncompared += [w["not_fixed.line"].format(base=md_code(review.base)), "", *_finding_table(not_before, w=w), ""]
    if not_after:
        uncompared += [w["not_introduced.line"].format(base=md_code(review.base)), "", *_finding_table(not_after, w=w), ""]
    if review.diff:
        # A change inside an item without an id (an opportunity, a touchpoint) names the item.
        changes = markdown_lines(labelled(review.diff), level=3, title=None)
    elif unreadable:
        # Nothing differs in what was compared, but a file could not be: said, not "No semantic differences."
        from .run import uncompared_headline

        changes = [uncompared_headline([p.file or p.where for p in unreadable], md_code, diff_lang(review.diff)), ""]
    else:
        changes = [summary_line(review.diff), ""]
    tail: list[str] = []
    if unreadable or uncompared:
        tail += [f"### {w['not_compared']}", ""]
    if unreadable:
        # "See the findings" only when a table above names one of them: lint does not report every
        # file the comparison could not read (a named link that loops is passed over).
        tabled = {p.finding.path for p in (*review.introduced, *review.fixed, *(s.placed for s in review.suppressed),
                                           *(p for _, p in review.not_compared))}
        see = w["see"] if any((p.file or p.where) in tabled for p in unreadable) else ""
        tail += [w["unreadable"].format(see=see), ""]
        tail += [f"- {md_code(f'{p.where}:{p.line}:{p.column}')}: {md_message(unreadable_message(review, p))}"
                 for p in unreadable]
        tail.append("")
    if review.untouched:
        tail += [untouched_line(review, md_code), ""]
    # Within GitHub's limit: the findings introduced first, then those suppressed, those fixed,
    # those not compared, then the changes; each part past its share is cut at a row or a change
    # and says how many are not shown.
    room = COMMENT_LIMIT - _size(out + tail) - 5 * 40
    need = [_size(introduced), _size(suppressed), _size(fixed), _size(uncompared), _size(changes)]
    shares = []
    for i, fraction in enumerate((0.6, 0.6, 0.5, 0.5, 1.0)):
        later = sum(need[i + 1:])
        share = need[i] if need[i] + later <= room else max(min(need[i], int(room * fraction)), room - later)
        shares.append(share)
        room -= min(share, need[i])
    command = md_code(f"cxkit review {review.base} -f json")
    lang = "pl" if polish else "en"
    if introduced:
        out += [f"### {w['introduced']}", "", *_fit_table(introduced, shares[0], command, lang), ""]
    if suppressed:
        out += [f"### {w['suppressed']}", "", *_fit_table(suppressed, shares[1], command, lang), ""]
    if fixed:
        out += [f"### {w['fixed']}", "", *_fit_table(fixed, shares[2], command, lang), ""]
    if uncompared:
        tail += _fit_uncompared(uncompared, shares[3], command, lang)
    out += [f"### {w['changes']}", ""]
    out += _fit_changes(changes, shares[4], review.base, lang) + tail
    while out and out[-1] == "":
        out.pop()
    # Also printed in a job's log: a line there (a fenced value's) must not read as a runner's command.
    stream.write(no_workflow_commands("\n".join(out) + "\n"))


#: GitHub refuses a comment of over 65,536 characters; the report stays under it with room to spare.
COMMENT_LIMIT = 60_000


def _size(lines: list[str]) -> int:
    return sum(len(line) + 1 for line in lines)


def _not_shown(hidden: int, command: str, lang: str, changes: bool = False) -> str:
    """The line closing a part of the comment cut to fit GitHub's limit; in Polish with ``lang`` "pl"
    (pominięto 1 uwagę, 2 uwagi, 5 uwag; 1 zmianę, 2 zmiany, 5 zmian)."""
    if lang == "pl":
        what = pl_plural(hidden, *(("zmianę", "zmiany", "zmian") if changes else ("uwagę", "uwagi", "uwag")))
        return (f"_Pominięto {hidden} {what}, by komentarz zmieścił się w limicie rozmiaru GitHuba; {command} "
                f"{'pokazuje' if changes else 'wymienia'} wszystkie._")
    if changes:
        return (f"_{hidden} more change{'s' if hidden != 1 else ''} not shown, to keep this comment within GitHub's size "
                f"limit; {command} shows them all._")
    return (f"_{hidden} more finding{'s' if hidden != 1 else ''} not shown, to keep this comment within GitHub's size "
            f"limit; {command} lists them all._")


def _fit_table(lines: list[str], budget: int, command: str, lang: str = "en") -> list[str]:
    """A findings table cut after a whole row to fit ``budget``, saying how many rows are not shown."""
    if _size(lines) <= budget:
        return lines
    note_room = 200
    used = _size(lines[:2])  # the header and its rule are always kept
    keep = 2
    for line in lines[2:]:
        if used + len(line) + 1 > budget - note_room:
            break
        used += len(line) + 1
        keep += 1
    hidden = len(lines) - keep
    return lines[:keep] + [
        "",
        _not_shown(hidden, command, lang),
    ]


def _fit_uncompared(lines: list[str], budget: int, command: str, lang: str = "en") -> list[str]:
    """The not-compared findings (a sentence and a table per side) cut after a whole row to fit
    ``budget``, saying how many rows are not shown; a sentence or a table head never goes without a row."""
    if _size(lines) <= budget:
        return lines

    def is_row(line: str) -> bool:
        return line.startswith("| ") and not line.startswith(("| Severity |", "| Poziom |"))

    out: list[str] = []
    used, hidden, full = 0, 0, False
    for n, line in enumerate(lines):
        if not full:
            upto = next((k for k in range(n, len(lines)) if is_row(lines[k])), len(lines) - 1)
            full = used + _size(lines[n:upto + 1]) > budget - 200
        if full:
            hidden += is_row(line)
            continue
        out.append(line)
        used += len(line) + 1
    while out and out[-1] == "":
        out.pop()
    return out + [
        "",
        _not_shown(hidden, command, lang),
        "",
    ]


def _fit_changes(lines: list[str], budget: int, base: str, lang: str = "en") -> list[str]:
    """The changes section cut to fit ``budget``: after a whole document, or after a whole change
    of the document that does not fit (never inside a YAML block, never a heading left bare)."""
    if _size(lines) <= budget:
        return lines
    # The summary, then per document: its heading (and an added or removed document's
    # sentence), then each change with the lines that belong to it.
    prefix: list[str] = []
    docs: list[tuple[list[str], list[list[str]]]] = []
    for line in lines:
        if line.startswith("#### "):
            docs.append(([line], []))
        elif not docs:
            prefix.append(line)
        elif line.startswith("- **"):
            docs[-1][1].append([line])
        elif docs[-1][1]:
            docs[-1][1][-1].append(line)
        else:
            docs[-1][0].append(line)
    room = budget - 300  # for the note
    kept, used, hidden, full = list(prefix), _size(prefix), 0, False
    for head, items in docs:
        whole = _size(head) + sum(map(_size, items))
        if not full and used + whole <= room:
            kept += head
            for item in items:
                kept += item
            used += whole
            continue
        shown: list[str] = []
        taken = 0
        if not full and items:
            size = used + _size(head)
            for item in items:
                if size + _size(item) > room:
                    break
                shown += item
                size += _size(item)
                taken += 1
            if taken:
                kept += head + shown
                used = size
        hidden += max(1, len(items)) - taken  # an added or removed document is one change
        full = True
    while kept and kept[-1] == "":
        kept.pop()
    return kept + [
        "",
        _not_shown(hidden, md_code(f"cxkit diff {base}"), lang, changes=True),
        "",
    ]


def _unreadable_json(side: str, problem: Problem, base: str) -> dict[str, Any]:
    """A file one side could not be read in, as `cxkit lint -f json` writes a finding, with its ``side``.

    ``path`` is the file's real name in the workspace: BASE's side is located as `BASE:PATH` in
    the lint line, and the ``side`` says which it is here.
    """
    where = problem.where
    if side == "before" and where.startswith(f"{base}:"):
        where = where[len(base) + 1:]
    return {
        "side": side, "path": raw_name(where), "line": problem.line, "column": problem.column,
        "code": problem.code, "rule": problem.rule, "severity": "error", "message": problem.message,
    }


def render_review_json(review: Review, stream: TextIO) -> None:
    """The review as one JSON object: base, verdict, introduced, fixed, changes."""
    from .formats import change_json

    failing_revealed = review.failing_revealed
    failing = {id(p) for p in failing_revealed}
    payload = {
        "format": REVIEW_FORMAT,
        "base": review.base,
        "commit": review.commit,
        "fail_level": review.fail_level,
        # The working tree's configured level when BASE's, stricter, judged the review (``fail_level`` is
        # then BASE's, as the Result line says); None when the level judged is the branch's own.
        "branch_fail_level": review.loosened,
        "failed": review.failed,
        "fail_on_suppressed": review.fail_on_suppressed,
        "failing_suppressed": len(review.failing_suppressed),
        # The branch's findings in files BASE could not read or check that fail the review (see Review.failing_revealed).
        "failing_not_compared": len(failing_revealed),
        "introduced": [p.as_dict() for p in review.introduced],
        "fixed": [p.as_dict() for p in review.fixed],
        "suppressed": [s.as_dict() for s in review.suppressed],
        "findings_before": len(review.before),
        "findings_after": len(review.after),
        "changes": [change_json(c) for c in labelled(review.diff, as_json=True).changes],
        # The lint lines, kept as docs/diff.md has long promised them; `not_compared_files` is the same, structured.
        "not_compared": [str(p) for p in review.unreadable],
        "not_compared_files": [{**_unreadable_json(side, p, review.base), "unchanged": review.is_untouched(side, p)}
                               for side, p in review.unreadable_sides],
        "not_compared_findings": [{**p.as_dict(), "side": side, "fails": id(p) in failing}
                                  for side, p in review.not_compared],
        "config": review.config.as_dict() if review.config is not None else None,
        "silenced_in_base": [dict(entry) for entry in review.silenced_in_base],
    }
    if review.workspace_configs is not None:
        # Only when the review took in workspaces of their own (clients' configs under the top).
        payload["workspace_configs"] = [c.as_dict() for c in review.workspace_configs]
    if review.fail_levels is not None:
        # Only when the clients' fail levels differ: the level each introduced finding's file was judged by.
        payload["fail_levels"] = dict(sorted(review.fail_levels.items()))
    had, has = review.kept_on_pairs
    if had != has:
        # Only when they make the counts differ (see :func:`pairs_note`): findings_before + introduced - fixed
        # + after - before of these is findings_after (suppressed and not compared findings aside).
        payload["kept_on_pairs"] = {"before": had, "after": has, "note": pairs_note(review, "pl" if diff_lang(review.diff) == "pl" else "en")}
    stream.write(json_visible(json.dumps(payload, ensure_ascii=False, indent=2)) + "\n")
