"""cxkit's supported Python API: read documents and lint them from Python.

>>> from cxkit.api import load, lint
>>> doc = load("journeys/pawel-kupuje-sluchawki-otwarte.yaml")
>>> [(s.id, s.emotion) for s in doc.model.stages]            # doctest: +SKIP
>>> findings = lint(["personas", "journeys"], select=["ALL"])  # doctest: +SKIP

Only the names in ``__all__`` are the API, with the promise docs/python-api.md makes; every other
module of the package is cxkit's inside and may change in any release.  Importing this module
is cheap: the YAML reader, the models and the rules are imported on the first call.
"""

from __future__ import annotations

import operator
import os
from _thread import allocate_lock  # threading.Lock, without importing threading with the API
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence, Union

if TYPE_CHECKING:
    from .lint.finding import Finding
    from .model import JourneyMap, NegativePersona, Persona

__all__ = ["CxkitError", "Document", "Finding", "lint", "lint_text", "load"]

PathLike = Union[str, "os.PathLike[str]"]

#: The rules whose findings say a file could not be read as a document: what :func:`load` reports.
_READING_RULES = ("read-error", "yaml-syntax", "schema")


#: The modules every call imports first, as packages that import their own submodules among them: imported
#: by :func:`_ready`, once, in one thread (see there).
_FIRST_IMPORTS = ("cxkit.model", "cxkit.model.validate", "cxkit.yamlio", "cxkit.config", "cxkit.discovery",
                  "cxkit.lint.rules", "cxkit.lint.engine", "cxkit.lint.formats.located")
_READY = False
_READY_LOCK = allocate_lock()


def _ready() -> None:
    """Import what every call imports first, once, in one thread: calls made at once from several threads
    of a fresh process (an editor's host) wait here for the first to import them instead of importing
    them side by side.  Side by side, a thread that imports a package's submodule (`cxkit.model.common`)
    while another runs the package's own module, which imports that submodule, can each wait for the
    other, which Python's import system breaks by failing one import.  The modules a call imports
    later (the lint cache, the baseline) are imported from one place each, by the import statement."""
    global _READY
    if _READY:
        return
    with _READY_LOCK:
        if not _READY:
            from importlib import import_module

            for name in _FIRST_IMPORTS:
                import_module(name)
            _READY = True


class CxkitError(Exception):
    """What `cxkit` would report with exit 2: a path that is not there, a broken config, an unknown rule."""


@dataclass(frozen=True)
class Document:
    """One file as cxkit reads it.

    ``model`` is the validated document (:class:`cxkit.model.Persona`, ``NegativePersona`` or
    ``JourneyMap``), or None when the file does not fit the format; ``data`` is the YAML as plain
    Python values (None when the YAML cannot be read); ``problems`` are the findings that say why
    (rules read-error, yaml-syntax and schema, with their lines and columns, as `cxkit lint` gives
    them).  :meth:`position` says where a value is written.
    """

    path: str
    data: Any
    model: "Persona | NegativePersona | JourneyMap | None"
    problems: "list[Finding]" = field(default_factory=list)
    _loaded: Any = field(default=None, repr=False, compare=False)

    @property
    def kind(self) -> str | None:
        """``persona``, ``negative-persona`` or ``journey``; None when the file does not say one cxkit knows."""
        kind = self.data.get("kind") if isinstance(self.data, dict) else None
        return kind if kind in ("persona", "negative-persona", "journey") else None

    @property
    def id(self) -> str | None:
        value = self.data.get("id") if isinstance(self.data, dict) else None
        return value if isinstance(value, str) else None

    @property
    def ok(self) -> bool:
        """Whether the file is a valid document: read, and fitting the format."""
        return self.model is not None and not self.problems

    def position(self, *path: str | int) -> tuple[int, int]:
        """The 1-based (line, column) where the value at ``path`` is written; for a key of a mapping, the key's place.

        ``path``: keys and list indexes, ``position("stages", 2, "emotion")``; a list item that has an ``id`` may be
        named by it, as a finding's :attr:`~cxkit.lint.finding.Finding.data_path` names it:
        ``position("stages", "post-purchase", "emotion")``, or that whole path as one string,
        ``position("stages[post-purchase].emotion")``.  No ``path``: where the document starts.
        Raises :class:`KeyError` when the document has no value there (a key or an id it lacks, an index past
        its list, a file whose YAML cannot be read): no place is made up for it.
        """
        parts: tuple[Any, ...] = path
        if len(path) == 1 and isinstance(path[0], str) and not _holds_key(self.data, path[0]):
            parts = _parsed_place(path[0])
        indexes = _resolved(self.data, parts, self.path)
        if self._loaded is None:  # a Document made by hand, not by load()
            if indexes:
                raise KeyError(f"{self.path} was not read by load(): it has no places")
            return (1, 1)
        line, column = self._loaded.locate(indexes)
        return (line, column)


def _holds_key(data: Any, key: str) -> bool:
    return isinstance(data, dict) and key in data


#: One step of a place as a finding's data_path writes it: `.key`, `key` first, `[id]`, `[3]`, `["quoted"]`.
_STEP = r'(?:\.?([A-Za-z0-9_-]+)|\[("(?:[^"\\]|\\.)*"|[^\]]*)\])'


def _parsed_place(text: str) -> tuple[Any, ...]:
    """``stages[post-purchase].opportunities[0].action`` as ("stages", "post-purchase", "opportunities", 0, "action"):
    an unquoted number in brackets is an index, anything else a key or an id (see :mod:`cxkit.docpath`)."""
    import json
    import re

    parts: list[Any] = []
    at = 0
    step = re.compile(_STEP)
    while at < len(text):
        found = step.match(text, at)
        if found is None or found.end() == at or (found.group(1) is not None and text[at] != "." and at):
            raise KeyError(f"{text!r} is no place in a document: write it as a finding's data_path does "
                           "(stages[post-purchase].emotion), or give its keys and indexes one by one")
        key, inside = found.group(1), found.group(2)
        if key is not None:
            parts.append(key)
        elif inside.startswith('"'):
            parts.append(json.loads(inside))
        else:
            parts.append(int(inside) if inside.isdigit() else inside)
        at = found.end()
    return tuple(parts)


def _resolved(data: Any, parts: "tuple[Any, ...]", shown: str) -> list[Any]:
    """``parts`` as the keys and indexes the YAML reader locates: an id given for a list item becomes its index.
    :class:`KeyError`, naming the place as a data_path would, when the document has no value at one of them."""
    from .docpath import Item, format_path, item_id

    out: list[Any] = []
    named: list[Any] = []
    node = data
    for part in parts:
        if isinstance(part, bool) or not isinstance(part, (str, int)):
            raise TypeError(f"position: each part of the path is a key or id (str) or an index (int), not "
                            f"{type(part).__name__}")
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            out.append(part)
            named.append(part)
            node = node[part]
            continue
        if isinstance(node, list):
            if isinstance(part, int) and 0 <= part < len(node):
                index = part
            else:
                index = next((i for i, item in enumerate(node) if item_id(item) == str(part)), None) \
                    if isinstance(part, str) else None
            if index is not None:
                out.append(index)
                named.append(Item(index, item_id(node[index])))  # by its id where it has one, as data_path
                node = node[index]
                continue
            missing = Item(part, None) if isinstance(part, int) else Item(-1, part)
        else:
            missing = part if isinstance(part, str) else Item(part, None)
        where = format_path([*named, missing]) if named or isinstance(missing, str) else str(missing)
        if data is None:
            raise KeyError(f"{shown}: its YAML cannot be read, so it has no {where}")
        size = f" (the list has {len(node)} items)" if isinstance(node, list) and isinstance(part, int) else ""
        raise KeyError(f"{shown} has no {where}{size}")
    return out


def load(path: PathLike, *, config: PathLike | None = None) -> Document:
    """Read one document as `cxkit lint` does: its YAML (safely: no tags, no aliases that multiply),
    its model, and the problems that keep it from being one.

    ``config``: the cxkit.toml or pyproject.toml to read (as `--config`); by default the one
    nearest the file, which gives the documents' default language.  Raises :class:`CxkitError`
    when the path is not there or the config is broken; a file that is not a valid document is
    no error: its ``problems`` say why.
    """
    shown = _path_arg(path, "path")
    _ready()
    readable = _load_arg(shown)
    problems = lint([shown], select=_READING_RULES, config=config)
    from .limits import MAX_FILE_BYTES
    from .model.validate import validate
    from .yamlio import load_bytes

    try:
        with open(readable, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise CxkitError(f"{shown}: {exc.strerror or exc}") from None
    loaded = load_bytes(raw)
    model = None
    if isinstance(loaded.data, dict) and not loaded.problems:
        model, _issues = validate(loaded.data, extensions="x-" in loaded.text)
    return Document(path=shown, data=loaded.data, model=model, problems=problems, _loaded=loaded)


def lint(
    paths: PathLike | Iterable[PathLike],
    *,
    select: str | Sequence[str] | None = None,
    config: PathLike | None = None,
    jobs: int | None = 1,
    cache: bool = False,
    baseline: "bool | PathLike" = False,
) -> "list[Finding]":
    """Lint files and folders as `cxkit lint PATHS` does, and return the findings in its order, each with
    its :attr:`Finding.end_line`, ``end_column``, ``document`` and ``data_path`` as `cxkit lint -f json` writes them.

    ``select``: rule codes, names or prefixes, as `--select` (default: the config's selection);
    ``config``: as `--config` (default: the config nearest the paths); ``jobs``: worker processes
    (1: none; None: as many as the machine's cores allow); ``cache``: read and write the lint cache
    beside the config, as the command does (off by default: a library call writes no files).
    Every finding is reported, whatever the config's `fail-level`; :attr:`Finding.severity` says
    how serious each is.  ``baseline``: False (the default), every finding, whatever the config's
    `baseline` records; True, without the findings the config's baseline records, as the command
    leaves them out; a path, without those that baseline file records (as `--baseline FILE`).
    Raises :class:`CxkitError` on what the command reports with exit 2 (a baseline file that is not there
    too, before any file is linted) and on a path given as bytes; :class:`TypeError`, naming the argument,
    on a value of a type the signature does not take.
    One path, or one rule for ``select``, may be given alone: ``lint("personas", select="CX101")``
    is ``lint(["personas"], select=["CX101"])``, not their letters.
    """
    shown = _paths_arg(paths)
    select = _select_arg(select)
    jobs = _jobs_arg(jobs)
    config = _config_arg(config)
    _ready()
    from .clock import ClockError
    from .config import ConfigError, load_config
    from .discovery import UsageError
    from .lint.engine import lint as run
    from .lint.plugins import distrust
    from .lint.selection import Selection

    try:
        if not shown:
            raise UsageError("give at least one file or folder to lint")
        distrust([*shown, *([os.fspath(config)] if config is not None else [])])  # no plugin from their checkouts
        settings = load_config(Path(os.fspath(config)) if config is not None else None, near=shown)
        selection = Selection(select=tuple(select)) if select else Selection()
        _refuse_unknown_rules(select, shown)
        option = _baseline_option(baseline)
        # Read before the run: a baseline that is not there (or broken) is told at once, not after linting.
        try:
            recorded = _baseline_read(settings, option[0]) if option is not None else None
        except ConfigError:
            _told_before_the_baseline(shown, settings, selection)  # what the command tells first, if any
            raise
        findings = _with_places(run(shown, settings, selection, jobs=_alone_or(jobs), cache=cache, places=True).findings)
        if recorded is not None:
            findings = _not_in_baseline(findings, recorded)
        return findings
    except (ConfigError, UsageError, ClockError) as exc:
        raise CxkitError(str(exc)) from None


def lint_text(
    text: str | bytes,
    path: PathLike | None = None,
    *,
    select: str | Sequence[str] | None = None,
    config: PathLike | None = None,
    baseline: "bool | PathLike" = True,
    cache: bool = False,
) -> "list[Finding]":
    """Lint a document that is not saved (an editor's buffer) as `cxkit lint - --stdin-filename PATH` does.

    ``path``: where the document is (or will be) saved: it chooses the config, `per-file-ignores`, and
    the workspace whose other files the cross-file rules read, with ``text`` standing in for the file
    there; the findings are shown under it.  Without it the document has no workspace: it is linted
    under the current folder's config and the cross-file rules are not run.  ``select`` and ``config``
    as for :func:`lint`; ``baseline``: with a path and a baseline in force (the config's `baseline`;
    a path here: that file), the findings it records for that file are left out, as the command leaves
    them out (False: every finding); ``cache``:
    the other files' results come from the lint cache beside the config and go there (the text's own
    never do).  Each finding has its :attr:`Finding.end_line`, ``end_column``, ``document`` and
    ``data_path``, as `cxkit lint -f json` writes them.  Raises :class:`CxkitError` and :class:`TypeError`
    as :func:`lint` does.
    """
    data = _text_arg(text)
    saved = _path_arg(path, "path") if path is not None else None
    config = _config_arg(config)
    _ready()
    from .clock import ClockError
    from .config import ConfigError, load_config
    from .discovery import UsageError, nearest_existing
    from .lint.buffer import lint_buffer
    from .lint.plugins import distrust
    from .lint.selection import Selection

    select = _select_arg(select)
    try:
        if saved is not None and not saved.strip():
            raise UsageError("path: the value is empty; give the path the document is saved under, or None")
        if saved is not None and "\0" in saved:
            raise UsageError(f"path: {saved!r} holds a NUL character, which no file name can; give the path the "
                             "document is saved under, or None")
        if saved is not None:
            from .cliutil import refuse_folder_name

            refuse_folder_name(saved, "path")  # as `--stdin-filename personas` is refused
        option = _baseline_option(baseline)
        if saved is None and option is not None and option[0] is not None:
            raise UsageError("baseline: a document with no path is matched with a baseline by its file: give path, "
                             "or leave the baseline file out")
        if saved is None:
            option = None
        # A text with no path is linted under the current folder's config: its checkout is the one linted.
        distrust([*([saved] if saved is not None else [] if config is not None else [os.curdir]),
                  *([os.fspath(config)] if config is not None else [])])
        settings = load_config(Path(os.fspath(config)) if config is not None else None,
                               near=[nearest_existing(saved)] if saved is not None else ())
        selection = Selection(select=tuple(select)) if select else Selection()
        _refuse_unknown_rules(select, [])
        try:
            recorded = _baseline_read(settings, option[0]) if option is not None else None
        except ConfigError:
            _told_before_the_baseline([], settings, selection)  # an unknown rule is told first, as by the command
            raise
        run = lint_buffer(data, saved, settings, selection, places=True, cache=cache)
        assert run is not None  # every buffer is checked: nothing asked otherwise
        findings = _with_places(run.findings, run.shown, data)
        if recorded is not None:
            findings = _not_in_baseline(findings, recorded, {run.shown: data})
        return findings
    except (ConfigError, UsageError, ClockError) as exc:
        raise CxkitError(str(exc)) from None


def _with_places(findings: "list[Finding]", shown: str | None = None, data: bytes = b"") -> "list[Finding]":
    """``findings``, each with its place as lint JSON gives it; those of the text ``data`` (shown as ``shown``)
    from that text, not from the file there."""
    import dataclasses

    from .lint.formats.located import locate_all

    if all(f.at is not None for f in findings):
        return list(findings)
    located = locate_all(findings, {shown: data} if shown is not None else {})
    return [dataclasses.replace(f, at=(at.document, at.data_path, at.end_line, at.end_column))
            for f, at in zip(findings, located)]


def _baseline_option(baseline: Any) -> "tuple[str | None] | None":
    """The ``baseline`` argument as `--baseline`: None for none (false); a one-tuple of the file a path names,
    or of None (the config's baseline) for true."""
    from .discovery import UsageError

    if isinstance(baseline, (str, bytes, os.PathLike)):
        named = os.fspath(baseline)
        if not isinstance(named, str):
            raise UsageError(f"baseline: {named!r} is bytes; give the baseline file's path as a str or pathlib.Path, "
                             "True or False")
        if not named.strip():
            raise UsageError("baseline: the value is empty; give the baseline file, True or False")
        if "\0" in named:
            raise UsageError(f"baseline: {named!r} holds a NUL character, which no file name can; give the baseline "
                             "file, True or False")
        return (named,)
    return (None,) if baseline else None


def _baseline_read(settings: Any, option: str | None) -> "tuple[Any, Any] | None":
    """The baseline in force (``option``: the file, as `--baseline`; None: the config's) and its entries, read
    now: a file that is not there or is broken raises before anything is linted.  None when there is none."""
    from .config import ConfigError
    from .lint.baseline import BaselineError, plan, read

    with_baseline = plan(settings, option, False, False)
    if with_baseline is None or with_baseline.read_from is None:
        return None
    try:
        return with_baseline, read(with_baseline.read_from, with_baseline.shown)
    except BaselineError as exc:
        raise ConfigError(str(exc)) from None


def _refuse_unknown_rules(select: "list[str] | None", paths: list[str]) -> None:
    """Raise what `cxkit lint PATHS --select RULES` reports of a rule ``select`` names that none is, in its words with
    the argument's name (`select: unknown rule 'CX999'; ...`); a path that names nothing, which the command tells
    first, before it."""
    if not select:
        return
    from .cliutil import refuse_unknown_rules
    from .config import ConfigError
    from .discovery import missing_path

    try:
        refuse_unknown_rules(select, "select")
    except ConfigError:
        for given in paths:
            if not os.path.lexists(given):
                raise missing_path(given) from None
        raise


def _told_before_the_baseline(paths: list[str], settings: Any, selection: Any) -> None:
    """Raise what `cxkit lint PATHS --baseline FILE` reports before a baseline it cannot read: a path that names
    nothing, then an unknown rule or option (the run would raise them; asked only once the baseline failed)."""
    from .discovery import missing_path
    from .lint.engine import build_ruleset

    for given in paths:
        if not os.path.lexists(given):
            raise missing_path(given)
    build_ruleset(settings, selection)


def _not_in_baseline(findings: "list[Finding]", recorded: "tuple[Any, Any]",
                     buffers: "dict[str, bytes] | None" = None) -> "list[Finding]":
    """``findings`` without those the baseline ``recorded`` (its plan and entries) records for their file; its other
    entries are left alone.  ``buffers``: texts of findings' paths not read from disk."""
    from .lint.baseline import match

    with_baseline, entries = recorded
    outcome = match(findings, entries, with_baseline.folder, lambda key: False, with_baseline.stored, dict(buffers or {}))
    return [f for f, known in zip(findings, outcome.known) if not known]


def _path_arg(value: Any, name: str) -> str:
    """``value`` (argument ``name``) as the path the command would be given: a str or a path object; bytes is
    refused with :class:`CxkitError` (as a baseline given as bytes is), any other type with :class:`TypeError`."""
    named = os.fspath(value) if isinstance(value, (str, bytes, os.PathLike)) else None
    if isinstance(named, str):
        return named
    if isinstance(named, bytes):
        raise CxkitError(f"{name}: {named!r} is bytes; give the path as a str or pathlib.Path "
                         "(os.fsdecode turns a file name's bytes into one)")
    raise TypeError(f"{name}: expected a path (str or pathlib.Path), not {type(value).__name__}")


def _paths_arg(paths: Any) -> list[str]:
    """:func:`lint`'s ``paths``: one path, or an iterable of them (not a str's letters), each as :func:`_path_arg`."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        return [_path_arg(paths, "paths")]
    try:
        each = iter(paths)  # any iterable, a sequence with only __getitem__ too (as the list comprehension took it)
    except TypeError:
        raise TypeError(f"paths: expected a path or an iterable of paths (str or pathlib.Path), not "
                        f"{type(paths).__name__}") from None
    return [_path_arg(p, "paths") for p in each]


def _select_arg(select: Any) -> "list[str] | None":
    """``select``: None, one rule, or rules, each a str (a code, a name or a prefix), split at commas as `--select`
    splits them; none at all (``[]``, ``""``, ``","``) is refused with `--select ""`'s words."""
    if select is None:
        return None
    if isinstance(select, str):
        return _rules_named([select])
    try:
        each = iter(select) if not isinstance(select, (bytes, bytearray)) else None
    except TypeError:
        each = None
    if each is not None:
        select = list(each)
        wrong = next((s for s in select if not isinstance(s, str)), None)
        if wrong is None:
            return _rules_named(select)
        raise TypeError(f"select: each rule is a str (a code, a name or a prefix: \"CX101\", \"pseudo-profiling\"), "
                        f"not {type(wrong).__name__} ({wrong!r})")
    raise TypeError(f"select: expected a rule or a list of rules (str), not {type(select).__name__}")


def _rules_named(values: list[str]) -> list[str]:
    """The rules ``values`` name, each split at commas as `--select a,b` is; :class:`CxkitError` with the words
    `--select ""` is refused with when they name none (every rule would run, as if select were not given)."""
    from .cliutil import SOME_RULES, split_names
    from .discovery import UsageError

    try:
        named = list(split_names(values or [""], "select", SOME_RULES))
    except UsageError as exc:
        raise CxkitError(str(exc)) from None
    return named


def _jobs_arg(jobs: Any) -> int | None:
    """``jobs``: None, or an int: any integer type (NumPy's int64: what has ``__index__``), as an int; 0 is None
    (as many as the cores allow), as `-j 0` is, and a number below 0 is refused, as `-j -1` is.  A bool is
    refused with the other types, though Python counts it an int: ``jobs=False`` would be 0, every core, the
    opposite of what it says, and ``jobs=True`` 1, no worker process."""
    if jobs is None:
        return None
    try:
        if isinstance(jobs, bool):
            raise TypeError
        number = operator.index(jobs)
    except TypeError:
        said = f"{type(jobs).__name__} ({jobs})" if isinstance(jobs, bool) else type(jobs).__name__
        raise TypeError(f"jobs: expected an int (1: no worker process) or None (as many as the cores allow), "
                        f"not {said}") from None
    if number < 0:
        raise CxkitError(f"jobs: must be 0 or more, not {number}")
    return number or None


def _alone_or(jobs: int | None) -> int | None:
    """``jobs``, or 1 (no worker process) while another thread of the program is running and workers would be
    forked (Linux): a fork has a copy of every lock the program's other threads held at that instant, never let
    go in it; a worker that then imports a module another thread was importing (a plugin rule's lazy import, a
    module of the program's own) waits for ever, and the call with it.  A worker started by spawn (macOS,
    Windows) is a new interpreter, which holds no such lock.  The findings are the same either way."""
    if jobs == 1:
        return jobs
    import sys

    threading = sys.modules.get("threading")  # not imported: no thread was started through it
    if threading is None or threading.active_count() <= 1:
        return jobs
    import multiprocessing

    return 1 if "fork" in multiprocessing.get_all_start_methods() else jobs  # as the engine chooses


def _config_arg(config: Any) -> str | None:
    """``config`` as `--config` takes it: None (look for one), or a path; an empty one, or a folder, is refused in
    its words with the argument's name."""
    if config is None:
        return None
    named = _path_arg(config, "config")
    from .cliutil import config_option
    from .discovery import UsageError

    try:
        config_option(named, "config")
    except UsageError as exc:
        raise CxkitError(str(exc)) from None
    if os.path.exists(named) and not os.path.isfile(named):  # as load_config tells `--config personas`
        raise CxkitError(f"{Path(named)}: not a file; config takes a cxkit.toml or pyproject.toml")
    return named


def _load_arg(shown: str) -> str:
    """The file :func:`load` reads for ``shown``: that file, or the file ``shown`` names with a slash after it
    (`personas/ola.yaml/`, which `cxkit lint` lints as the file); :class:`CxkitError` when there is none, with the
    words `cxkit lint` says of a path that names nothing (a "did you mean" too), and saying so of a folder."""
    if os.path.isfile(shown):
        return shown
    bare = shown.rstrip("/" + os.sep)
    if bare and bare != shown and os.path.isfile(bare):
        return bare
    from .discovery import EMPTY_PATH, display_path, missing_path

    if not shown:
        raise CxkitError(EMPTY_PATH)
    if os.path.isdir(shown):
        raise CxkitError(f"{display_path(shown)}: is a folder; load reads one document: name a file in it "
                         "(lint() checks a whole folder)")
    if not os.path.lexists(shown):
        raise CxkitError(str(missing_path(shown)))
    raise CxkitError(f"{display_path(shown)}: not a regular file; load reads one document from a file")


def _text_arg(text: Any) -> bytes:
    """:func:`lint_text`'s ``text`` as bytes: a str (as UTF-8), or anything bytes() reads as a buffer (bytes,
    bytearray, memoryview, an mmap of the file, an array of bytes); not a number, which bytes() would turn into NULs."""
    if isinstance(text, str):
        return text.encode("utf-8")
    try:
        view = memoryview(text)
    except TypeError:
        raise TypeError(f"text: the document's text as a str or UTF-8 bytes, not {type(text).__name__}") from None
    with view:  # released at once: an mmap given here can be closed after the call
        return view.tobytes()


def __getattr__(name: str) -> Any:
    if name == "Finding":  # the lint finding's class, imported when asked for
        from .lint.finding import Finding

        return Finding
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
