"""`cxkit diff` and `cxkit review` over several workspaces: each side planned as `cxkit lint` plans a run.

A repository may hold a workspace per client (`zoo/cxkit.toml`, `browar/cxkit.toml`).  `cxkit lint`
lints every file under the nearest config above it (:mod:`cxkit.lint.workspaces`); a revision is no
folder on disk, so its files and config files are laid out in a temporary folder and the same
planner runs there: each side of a comparison is split by the config files that side holds.

A side holding no config file but the one in force (the usual single workspace) is read as before,
without any of this: the config files are picked out of the listing git already gave.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import posixpath
import re
import sys
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from ..config import CONFIG_FILE, PYPROJECT, Config, ConfigError
from ..fsutil import temporary_folder

if TYPE_CHECKING:
    from ..lint.workspaces import Part
    from .git import Repo

#: The names a config file may have (a `pyproject.toml` counts when it holds a [tool.cxkit] table).
CONFIG_NAMES = (CONFIG_FILE, PYPROJECT)

#: True while the configuration was named with `--config`: as `cxkit lint --config FILE`, one workspace.
_NAMED: ContextVar[bool] = ContextVar("cxkit_diff_config_named", default=False)


@contextlib.contextmanager
def config_named(named: bool) -> Iterator[None]:
    """Within it, a configuration named with `--config` keeps every side one workspace, as lint does."""
    token = _NAMED.set(named)
    try:
        yield
    finally:
        _NAMED.reset(token)


def config_was_named() -> bool:
    """Whether the configuration in force was named with `--config` (not found next to the paths)."""
    return _NAMED.get()


def folder_files(root: str, config: Config) -> tuple[list[Any], list[tuple[str, str]]]:
    """The files under the folder ``root`` (one side of `cxkit diff OLD/ NEW/`) and those that cannot
    be read, each workspace's under its own config, as `cxkit lint ROOT` plans the run: a client
    folder with a `cxkit.toml` of its own is read under its `paths` and `exclude`. One walk when the
    folder is one workspace; one workspace under `--config`, as for lint.

    A client's config that is not valid is noted on stderr, and its folder is read as part of the
    workspace around it (as a revision's is when the working tree has no valid one)."""
    from ..config import load_config
    from ..discovery import discover
    from ..workspace import display_path

    if _NAMED.get():
        return discover([root], config)
    from ..lint.workspaces import Part, merge_found, named_parts, plan

    found: dict[int, tuple[list[Any], list[tuple[str, str]]]] = {}
    before: dict[int, tuple[Config, list[str] | None]] = {}
    noted: set[str] = set()

    def note(problem: ConfigError, folder: str) -> None:
        if str(problem) not in noted:
            noted.add(str(problem))
            if config.lang == "pl":  # the language of the config around, the one read instead
                sys.stderr.write(f"cxkit: uwaga: {problem.pl or problem}; obszar roboczy w {display_path(folder)} jest "
                                 "czytany z konfiguracją, która go obejmuje\n")
                return
            sys.stderr.write(f"cxkit: note: {problem}; the workspace in {display_path(folder)} is read with "
                             "the configuration around it\n")

    def scan(part: Part) -> list[str]:
        before.setdefault(id(part.config), (part.config, part.config.nested))
        part.config.nested = []
        files, cannot = discover(part.targets, part.config)
        usable: list[str] = []
        for folder in part.config.nested:
            try:
                load_config(None, Path(folder), check_rules=False)
            except ConfigError as exc:
                note(exc, folder)
                more, more_cannot = discover([folder], dataclasses.replace(part.config, nested=None))
                files = files + more
                cannot = cannot + more_cannot
                continue
            usable.append(folder)
        found[id(part)] = (files, cannot)
        return usable

    try:
        try:
            first = named_parts([root], config)
        except ConfigError as exc:  # the folder's own config: it is read under the one in force
            note(exc, root)
            first = None
        parts = plan(first or [Part(config, [root])], scan, warn=False)
    finally:
        for settings, nested in before.values():  # the config in force is used on
            settings.nested = nested
    return merge_found(parts, found)


def other_configs(paths: list[str], config: Config, cwd: Path) -> list[Config | None]:
    """For each of ``paths`` (in the working tree), the config of the other workspace it lies in
    (found as `cxkit lint` finds it, from the path up), else None; all None under `--config`."""
    if _NAMED.get():
        return [None] * len(paths)
    from ..config import elsewhere, load_config

    out: list[Config | None] = []
    for nearest in elsewhere(paths, config, cwd):
        try:
            out.append(load_config(None, nearest.parent, check_rules=False) if nearest is not None else None)
        except ConfigError:
            out.append(None)  # told when the side is read
    return out


def _own_file(repo: Repo, config: Config) -> str | None:
    """The file of ``config`` as a path from the repository's top; None for the defaults or a file outside."""
    if config.source is None:
        return None
    return _from_top(repo, Path(config.source))


def _from_top(repo: Repo, path: Path) -> str | None:
    top = os.path.realpath(repo.top)
    full = os.path.join(os.path.realpath(os.path.dirname(os.path.abspath(path))), os.path.basename(path))
    rel = os.path.relpath(full, top)
    if rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel):
        return None
    return rel.replace(os.sep, "/")


def _root_from_top(repo: Repo, config: Config) -> str | None:
    """The folder of ``config`` as a path from the top ("." for the top); None when outside the repository."""
    top = os.path.realpath(repo.top)
    rel = os.path.relpath(os.path.realpath(config.root), top)
    if rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel):
        return None
    return rel.replace(os.sep, "/")


def _under(path: str, folder: str) -> bool:
    return folder == "." or path == folder or path.startswith(folder + "/")


def config_candidates(repo: Repo, listed: Iterable[str], paths: list[str], config: Config) -> list[str]:
    """The config files (paths from the top) that may split a side into workspaces.

    ``listed``: the side's files under ``paths`` (from the top); those named as a config file
    are candidates.  So are the folders above a named path, up to the folder of ``config`` when
    the path lies in it (`cxkit review main zoo/personas` from the top is zoo's), as lint walks
    up from a named path.  Not ``config``'s own file.  None at all when `--config` named it.
    """
    if _NAMED.get():
        return []
    own = _own_file(repo, config)
    root = _root_from_top(repo, config)
    # One in the folder of the config in force is never another workspace's (`pyproject.toml` beside `cxkit.toml`).
    out = [f for f in listed if posixpath.basename(f) in CONFIG_NAMES and f != own
           and (posixpath.dirname(f) or ".") != root]
    for p in paths:
        full = posixpath.normpath(posixpath.join(repo.prefix, p.replace(os.sep, "/")))
        if full.startswith("../") or full == "..":
            continue
        within = root is None or _under(full, root)
        folder = full
        while folder not in (".", ""):
            folder = posixpath.dirname(folder) or "."
            if within and root is not None and _under(root, folder):
                break  # the config in force is found first, at its folder or above
            for name in CONFIG_NAMES:
                found = name if folder == "." else f"{folder}/{name}"
                if found != own:
                    out.append(found)
    return list(dict.fromkeys(out))


def read_configs(candidates: list[str], read: Callable[[list[str]], dict[str, bytes]]) -> dict[str, bytes]:
    """The candidates a side holds, by ``read`` (paths from the top -> bytes), those that are
    config files: a `cxkit.toml`, a `pyproject.toml` with a [tool.cxkit] table (as lint judges it)."""
    if not candidates:
        return {}
    found = read(candidates)
    out = {full: raw for full, raw in found.items() if posixpath.basename(full) == CONFIG_FILE}
    pyprojects = {full: raw for full, raw in found.items()
                  if full not in out and (b"cxkit" in raw or raw.startswith((b"\xff\xfe", b"\xfe\xff")))}
    if pyprojects:
        from ..config import _has_cxkit_table

        with temporary_folder("cxkit-config-") as tmp:
            for full, raw in pyprojects.items():
                copy = Path(tmp) / PYPROJECT
                copy.write_bytes(raw)
                if _has_cxkit_table(copy):
                    out[full] = raw
    return out


def extended_files(configs: dict[str, bytes], read: Callable[[list[str]], dict[str, bytes]]) -> dict[str, bytes]:
    """The files in the repository (paths from the top -> bytes, by ``read``) that ``configs`` name in
    `extend`, and those these extend in turn, that are not among ``configs``: laid out beside them in a
    side's copy, so that each config there is read with what it extends on that side, as lint reads it."""
    import tomllib

    out: dict[str, bytes] = {}
    todo = list(configs.items())
    while todo:
        full, raw = todo.pop()
        try:
            table = tomllib.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
            continue
        if posixpath.basename(full) == PYPROJECT:
            table = table.get("tool", {}).get("cxkit", {}) if isinstance(table.get("tool"), dict) else {}
        value = table.get("extend") if isinstance(table, dict) else None
        if not isinstance(value, str) or not value.strip():
            continue
        target = posixpath.normpath(posixpath.join(posixpath.dirname(full), value.strip().replace("\\", "/")))
        if target.startswith(("../", "/")) or target in ("..", ".") or target in configs or target in out:
            continue  # outside the repository: lint reads it where it lies
        found = read([target]).get(target)
        if found is not None:
            out[target] = found
            todo.append((target, found))
    return out


#: An `extend = "…"` or `extend = '…'` assignment at the start of a line.
_EXTEND_LINE = re.compile(r"""^([ \t]*extend[ \t]*=[ \t]*)("(?:[^"\\\n]|\\.)*"|'[^'\n]*')""", re.MULTILINE)


def _extend_of(full: str, text: str) -> Any:
    """The `extend` value of the config file ``full`` (from the top) whose text is ``text``; None when unread."""
    import tomllib

    try:
        table = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return None
    if posixpath.basename(full) == PYPROJECT:
        tool = table.get("tool")
        table = tool.get("cxkit") if isinstance(tool, dict) else None
    return table.get("extend") if isinstance(table, dict) else None


def anchored(configs: dict[str, bytes], top: str | os.PathLike[str]) -> dict[str, bytes]:
    """``configs`` (paths from the top -> content) with each `extend` that leads out of the repository
    (``top``) written as the absolute path of the file it names there.

    A side is laid out in a temporary folder, where `../../../shared.toml` would be read from wherever
    that folder lies (TMPDIR); so written, a copy reads the same base file that the real config does.
    A file whose `extend` cannot be rewritten for certain is kept as it is."""
    real_top = os.path.realpath(top)
    out: dict[str, bytes] = {}
    for full, raw in configs.items():
        out[full] = raw
        bom = raw.startswith(b"\xef\xbb\xbf")
        try:
            text = raw[3 if bom else 0:].decode("utf-8")
        except UnicodeDecodeError:
            continue
        value = _extend_of(full, text)
        if not isinstance(value, str) or not value.strip():
            continue
        written = value.strip().replace("\\", "/")
        if not posixpath.normpath(posixpath.join(posixpath.dirname(full), written)).startswith("../"):
            continue  # in the repository (laid out beside it), or absolute already
        target = os.path.normpath(os.path.join(real_top, posixpath.dirname(full), written))
        literal = json.dumps(target, ensure_ascii=False)
        for match in _EXTEND_LINE.finditer(text):
            rewritten = text[:match.start(2)] + literal + text[match.end(2):]
            if _extend_of(full, rewritten) == target:
                out[full] = (b"\xef\xbb\xbf" if bom else b"") + rewritten.encode("utf-8")
                break
    return out


def revision_reader(repo: Repo, commit: str) -> Callable[[list[str]], dict[str, bytes]]:
    """Files of ``commit`` (``""``: the index) by their paths from the top."""
    def read(fulls: list[str]) -> dict[str, bytes]:
        specs = {full: f"{commit}:{full}" for full in fulls if "\n" not in full}
        blobs = repo.blobs(list(specs.values()))
        return {full: blobs[spec] for full, spec in specs.items() if spec in blobs}

    return read


def worktree_reader(repo: Repo) -> Callable[[list[str]], dict[str, bytes]]:
    """Files of the working tree by their paths from the top; one outside a sparse checkout (marked
    skip-worktree) as the index holds it, as git reads it (see :meth:`Repo.skipped`)."""
    def read(fulls: list[str]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        skipped: dict[str, tuple[str, str]] | None = None
        for full in fulls:
            path = Path(repo.top) / full
            if skipped is None:
                skipped = repo.skipped()
            if full in skipped:
                out.update({full: raw for raw in repo.blobs([skipped[full][1]]).values()})
                continue
            try:
                if path.is_file():
                    out[full] = path.read_bytes()
            except OSError:
                continue
        return out

    return read


def usable_configs(
    configs: dict[str, bytes], label: str, fallback: Callable[[list[str]], dict[str, bytes]] | None,
    *, staged: bool = False,
) -> dict[str, bytes]:
    """``configs`` without those that are not valid there: a revision's config file that is not
    valid is noted on stderr, and its workspace is read with the working tree's version of it
    (``fallback``), else as part of the workspace around it.  ``staged``: the index's, named as
    git names a staged file (``:browar/cxkit.toml``)."""
    from ..config import load_config
    from ..workspace import display_path

    out: dict[str, bytes] = {}
    with temporary_folder("cxkit-config-") as tmp:
        for full, raw in configs.items():
            copy = Path(tmp) / posixpath.basename(full)
            copy.write_bytes(raw)
            try:
                load_config(copy, follow_extend=False)  # alone here: what it extends is checked where it lies
            except ConfigError as exc:
                folder = display_path(posixpath.dirname(full) or ".")
                problem = str(exc).replace(str(copy), f":{full}" if staged else f"{label}:{full}")
                instead = fallback([full]).get(full) if fallback is not None else None
                how = "the working tree's" if instead is not None else "the configuration around it"
                side = "the index" if staged else f"'{label}'"
                sys.stderr.write(f"cxkit: note: {problem}; the workspace in {folder} is read in {side} with {how}\n")
                if instead is not None:
                    out[full] = instead
                continue
            out[full] = raw
    return out


def side_root(repo: Repo, config: Config, tmp: Path) -> tuple[Path, Config]:
    """Where the repository's top lies in the temporary folder ``tmp``, and ``config`` moved there.

    A config outside the repository (`--config ~/ci.toml`, or one above it): its folder holds
    the real working tree and more, which must not join the side. The side's workspace is the
    repository as git has it on that side. A config above the repository keeps its place above
    the copy, so that its anchored `exclude` and `per-file-ignores` patterns mean what lint reads.
    """
    top = tmp.resolve()
    try:
        rel_root = config.root.resolve().relative_to(repo.top.resolve())
        return top, dataclasses.replace(config, root=top / rel_root)
    except ValueError:
        try:
            top = top / repo.top.resolve().relative_to(config.root.resolve())
        except ValueError:
            pass
        return top, dataclasses.replace(config, root=tmp.resolve())


def lay_out(top: Path, files: dict[str, bytes]) -> None:
    """Write ``files`` (path from the top -> content) under ``top``; a path that would leave it is skipped."""
    real = top.resolve()
    for full, raw in files.items():
        target = top / full
        if real not in target.resolve().parents:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if not os.path.lexists(target):
            target.write_bytes(raw)


def plan_side(targets: list[str], config: Config, top: Path) -> tuple[list[Part], Part | None]:
    """The workspaces a `cxkit lint` of ``targets`` (from the current folder, inside the laid-out
    side under ``top``) takes in, each with its config and paths, as lint plans them.

    ``config`` is the side's config in force, its root under ``top``; its own file is written at
    its root so that the planner knows it as the config in force. Its part (returned beside the
    parts, None when no path is left to it) has ``config`` (its real file named in messages);
    those of the others are read from the copies.
    """
    from ..lint.workspaces import Part, listed_nested, named_parts, plan

    planning = dataclasses.replace(config, nested=None)
    if config.source is not None and config.source_bytes is not None:
        copy = config.root / Path(config.source).name
        copy.parent.mkdir(parents=True, exist_ok=True)
        if not os.path.lexists(copy):
            copy.write_bytes(config.source_bytes)
        planning = dataclasses.replace(config, source=copy, nested=None)
    first = named_parts(targets, planning) or [Part(planning, list(targets))]
    real = os.path.realpath(top)
    stray = [p for p in first if not _within(os.path.realpath(p.config.root), real)]
    if stray:
        # A config above the laid-out side is no config of this side: its paths stay with the one in force.
        first = [p for p in first if p not in stray]
        own = next((p for p in first if p.config is planning), None)
        if own is None:
            own = Part(planning, [])
            first.insert(0, own)
        own.targets += [t for p in stray for t in p.targets]
    parts = plan(first, listed_nested, warn=False)
    own: Part | None = None
    for part in parts:
        if part.config is planning:
            part.config = dataclasses.replace(config, nested=[])
            own = part
        part.config.nested = []  # its scans pass over the other workspaces' folders
    return parts, own


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def planned_files(
    repo: Repo, files: Iterable[str], configs: dict[str, bytes], paths: list[str], config: Config,
    links: dict[str, str] | None = None,
) -> set[str]:
    """The files (paths from the top) a `cxkit lint` of ``paths`` would take from a side holding
    ``files`` and the config files ``configs``: each under its own workspace's `paths` and `exclude`.
    ``links``: the symbolic links among ``files``, each with the file it leads to on that side (from
    the top); `exclude` matches a link by both paths, as lint's scan does."""
    from ..discovery import discover, is_excluded

    out: set[str] = set()
    with temporary_folder("cxkit-diff-") as tmp:
        top, side = side_root(repo, config, Path(tmp))
        lay_out(top, {full: b"" for full in files})
        lay_out(top, configs)
        here = top / repo.prefix
        here.mkdir(parents=True, exist_ok=True)
        targets = [os.path.relpath(os.path.normpath(here / p), here) for p in paths]
        targets = [t for t in targets if os.path.lexists(here / t)]
        if not targets:
            return out
        with contextlib.chdir(here):
            for part in plan_side(targets, side, top)[0]:
                found, _unreadable = discover(part.targets, part.config)
                for t in found:
                    full = os.path.relpath(os.path.normpath(os.path.join(here, t.fs_path)), top).replace(os.sep, "/")
                    there = (links or {}).get(full)
                    if there is not None and part.config.exclude and is_excluded(
                            os.path.relpath(top / there, part.config.root).replace(os.sep, "/"), part.config.exclude):
                        continue  # a link into a folder its workspace leaves out is that folder's file
                    out.add(full)
    return out
