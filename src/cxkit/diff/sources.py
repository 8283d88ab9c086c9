"""The two sides of a diff: files, folders, a git revision or the working tree."""

from __future__ import annotations

import os
import posixpath
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..config import Config
from ..gitutil import LFS_POINTER_READ, LFS_POINTER_SCANNED, is_lfs_pointer
from ..globs import config_names, config_rel
from ..workspace import YAML_SUFFIXES, Target, UsageError, display_path, read_target
# lint's own scan tests (excluded? meant to be ours?), so a diff skips and reports what lint does.
from ..lint.finding import problem_line
from ..workspace import claims_cxkit_kind, is_excluded, unread_identity
from ..yamlio import load_bytes
from .git import LINK_OUT, WHERE_NO_REVISION, GitError, Repo, TreeFile
from .compare import Options, compare_values
from .model import ADDED, JOINED, LEFT, REMOVED, Doc, DocumentDiff


@dataclass(frozen=True, slots=True)
class Problem:
    """A document that could not be read, located for the user."""

    where: str
    line: int
    column: int
    message: str
    code: str = "CX001"
    rule: str = "yaml-syntax"
    #: The file as a Doc's ``file`` names it (``where`` without the side's prefix); "" when unknown.
    file: str = ""
    #: The whole side is in doubt (an unresolved merge conflict in the index): nothing is compared.
    fatal: bool = False

    def __str__(self) -> str:
        return problem_line(self.where, self.line, self.column, self.code, self.rule, self.message)


@dataclass(slots=True)
class Side:
    """The documents of one side of a diff, and those that could not be read."""

    label: str
    docs: list[Doc] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: The files (named as a Doc's ``file``) that could not be read as a document.
    unread: set[str] = field(default_factory=set)
    #: The id each file of ``unread`` that is not valid YAML says it has, by its top-level `id:` line.
    unread_ids: dict[str, str] = field(default_factory=dict)
    #: The config files (path from the top -> content) that split the side into workspaces; none: one workspace.
    configs: dict[str, bytes] = field(default_factory=dict)
    #: The files in the repository those configs `extend` (not configs of workspaces): laid out with them.
    extended: dict[str, bytes] = field(default_factory=dict)
    #: Reads files of the side by their names as a Doc's ``file`` has them, whether or not the side's
    #: configuration takes them in (name -> content; a file the side does not hold is left out).
    holds: Callable[[list[str]], dict[str, bytes]] | None = field(default=None, repr=False)
    #: The files a scan found that are empty (nothing but blanks and comments), each with its problem:
    #: no document, unless the old side holds one there (see :func:`settle_emptied`).
    empty: dict[str, Problem] = field(default_factory=dict)
    #: The files a scan found that are binary (an image saved as `.yaml`): no document, not compared.
    binary: list[str] = field(default_factory=list)
    #: The working tree's files the side took (paths from the top): named, or met by a scan as `cxkit lint`
    #: scans (not hidden, not excluded), whatever they hold; the files whose folders the config notes look in.
    taken: set[str] = field(default_factory=set)
    #: The working tree's files outside its sparse checkout (marked skip-worktree), as shown: read as the
    #: index holds them, as git reads them, not missing (see :meth:`Repo.skipped`).
    sparse: list[str] = field(default_factory=list)


def mark_left(documents: list[DocumentDiff], new: Side, options: Options) -> None:
    """Mark the removed documents whose file ``new`` still holds, as a cxkit document, outside what
    its configuration compares (a new `paths` or `exclude`, a client's): they left the workspace,
    and were not removed.  A file named on the command line is read on both sides, so it is never one.
    What was edited in such a file on the way out is told after it, as changes (compared as ``options`` say)."""
    _mark_outside(documents, new, options, gone=True)


def mark_joined(documents: list[DocumentDiff], old: Side, options: Options) -> None:
    """Mark the added documents whose file ``old`` held too, as a cxkit document, outside what its
    configuration compared (a new `paths` or `exclude`, a client's, let it in): they joined the
    workspace, and were not added.  What was edited in such a file on the way in is told after it,
    as changes.  The mirror of :func:`mark_left`."""
    _mark_outside(documents, old, options, gone=False)


def _mark_outside(documents: list[DocumentDiff], side: Side, options: Options, *, gone: bool) -> None:
    """:func:`mark_left` (``gone``: the removed documents, ``side`` the new one) or
    :func:`mark_joined` (the added documents, ``side`` the old one)."""
    compared = {doc.file for doc in side.docs} | side.unread  # a file the side compares holds another document
    outside: list[tuple[DocumentDiff, Doc]] = []
    for d in documents:
        here, there = (d.old, d.new) if gone else (d.new, d.old)
        if here is not None and there is None and here.file not in compared:
            outside.append((d, here))
    if not outside or side.holds is None:
        return
    found = side.holds([here.file for _d, here in outside])
    was, now = (REMOVED, LEFT) if gone else (ADDED, JOINED)
    for d, here in outside:
        raw = found.get(here.file)
        if raw is None:
            continue
        loaded = load_bytes(raw)
        if not claims_cxkit_kind(loaded, raw):
            continue
        if gone:
            d.left = True
        else:
            d.joined = True
        mark = None
        for c in d.changes:
            if c.path == "" and c.op == was:
                c.op = now
                mark = c
        if mark is None:
            continue
        if loaded.data is None or loaded.problems:
            mark.unread = "after" if gone else "before"  # said with it: nothing of that version is compared
            continue
        # The file as the other side holds it, outside its workspace: what was edited in it is shown.
        before, after = (here.data, loaded.data) if gone else (loaded.data, here.data)
        unweighed = len(options.unweighed)
        edits = compare_values(before, after, options)
        for c in edits:
            c.document, c.file = mark.document, mark.file
        # A journey too long for swapped ids to be looked for: its note names it, as its changes do.
        for note in options.unweighed[unweighed:]:
            note.document, note.file = mark.document, mark.file
        d.changes.extend(edits)


def read_file(path: str | os.PathLike[str]) -> tuple[bytes, int]:
    """A file's bytes (capped like lint's) and its full size; raises OSError for pipes and devices."""
    return read_target(Target(Path(path), display_path(str(path)), explicit=True))


#: How files that are no text begin: images, PDF, ZIP (an office document), gzip.
_BINARY_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF-", b"PK\x03\x04", b"\x1f\x8b")
_BINARY_PROBE = 8000  # how far git looks for a NUL byte to call a file binary
_MARKS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")  # UTF-16 and UTF-32 byte-order marks


def is_binary(raw: bytes) -> bool:
    """Whether a file is binary, as git would call it, and no text in any encoding a document is read
    in: it begins as an image, a PDF or a ZIP does, or holds a NUL byte near its start without
    being UTF-16 or UTF-32 text (which a byte-order mark announces, or its first bytes show)."""
    if raw.startswith(_BINARY_SIGNATURES):
        return True
    head = raw[:_BINARY_PROBE]
    if b"\0" not in head or head.startswith(_MARKS):
        return False
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        text = head[:len(head) - len(head) % 4].decode(encoding, "replace")
        readable = sum(1 for ch in text if ch in "\r\n\t" or (ch.isprintable() and ch != "\ufffd"))
        if text and readable >= 0.95 * len(text):
            return False
    return True


#: What a diff says of a binary file: it holds no document, and nothing of it is compared.
BINARY = "binary file, not compared"


def read_document(raw: bytes, file: str, where: str, side: Side, *, explicit: bool, size: int | None = None) -> None:
    """Load one file into ``side``: a document, a problem, or (when scanning) nothing if it is not ours.

    ``size`` is the file's full size when ``raw`` holds only its beginning.  A binary file (see
    :func:`is_binary`) named on the command line is a problem that says so; one a scan finds is
    noted in ``side.binary``, as no document.
    """
    if raw[:8] == b"version " and is_lfs_pointer(raw):
        # A document kept in Git LFS, checked out without it: not compared as the pointer's three lines (that
        # would tell the document as replaced by a line of text), and not passed over in a scan either.
        message = LFS_POINTER_READ if explicit else LFS_POINTER_READ + LFS_POINTER_SCANNED
        side.problems.append(Problem(where, 1, 1, message, "CX000", "read-error", file=file))
        side.unread.add(file)
        return
    if is_binary(raw):
        if explicit:
            side.problems.append(Problem(where, 1, 1, BINARY, "CX000", "read-error", file=file))
            side.unread.add(file)
        else:
            side.binary.append(file)
        return
    loaded = load_bytes(raw, size=size)
    data = loaded.data
    if not explicit and not claims_cxkit_kind(loaded, raw):
        if data is None and loaded.problems and _blank(loaded.text) and (loaded.text or not raw.strip()):
            # (No text read from bytes that are there: too large or not text, not empty.)
            p = loaded.problems[0]
            side.empty[file] = Problem(where, p.line, p.column, p.message, file=file)
        return
    if data is None or loaded.problems:
        # A duplicate key, a list as a key or an unknown tag leaves data that is not what the
        # file says (the later key dropped): comparing it could hide a change, so it is refused.
        for p in loaded.problems or []:
            side.problems.append(Problem(where, p.line, p.column, p.message, file=file))
        side.unread.add(file)
        _kind, ident = unread_identity(raw)
        if ident is not None:
            side.unread_ids[file] = ident
        return
    side.docs.append(Doc(file, data, loaded.text))


def _blank(text: str) -> bool:
    """Whether a file's text holds nothing but blanks and comments."""
    return all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())


def settle_emptied(old: Side, new: Side) -> None:
    """Make each empty file of ``new`` that ``old`` holds as a document (or as a file it cannot read) a
    file ``new`` cannot read: a document emptied (an editor that crashed, a bad merge) is not compared,
    as a file broken is, rather than removed, and its findings are not fixed.  An empty file ``old``
    did not hold, or held empty too, stays no document; one ``old`` held empty and the change filled
    in is a document added, its findings introduced."""
    held = {d.file for d in old.docs} | old.unread
    for file, problem in new.empty.items():
        if file in held and file not in new.unread:
            new.problems.append(problem)
            new.unread.add(file)


def moved_out_of_reach(side: Side, other: Side) -> set[str]:
    """The files of ``side`` whose document ``other`` moved into a file it cannot read.

    A file renamed and broken in one change (or mended while renamed) is not compared:
    its `id:` line, read as text, names a document the other side has in a file this side
    no longer has, and no document this side can read has that id.  That document is
    neither removed nor added, as it is not when the file kept its name.
    """
    if not other.unread_ids:
        return set()
    readable = {d.id for d in other.docs if d.id}
    present = {d.file for d in other.docs} | other.unread
    ids = {ident for ident in other.unread_ids.values() if ident not in readable}
    return {d.file for d in side.docs if d.id in ids and d.file not in present}


def unread_renames(old: Side, new: Side) -> dict[str, str]:
    """Files neither side can read that are one file renamed: new file -> old file.

    Both name the same id by their `id:` line, read as text, and only one file on each side
    does; the old file is gone from the new side and the new one was not on the old side.
    """
    def by_id(side: Side, other: Side) -> dict[str, str]:
        present = {d.file for d in other.docs} | other.unread
        found: dict[str, list[str]] = {}
        for file, ident in side.unread_ids.items():
            found.setdefault(ident, []).append(file)
        return {ident: files[0] for ident, files in found.items() if len(files) == 1 and files[0] not in present}

    olds, news = by_id(old, new), by_id(new, old)
    return {news[ident]: file for ident, file in olds.items() if ident in news}


def unchanged_unread(old: Side, new: Side) -> dict[str, str]:
    """The files neither side can read that hold the same bytes on both: old file -> new file.

    Most keep their name; one only moved (`git mv`), known by its `id:` line (see
    :func:`unread_renames`), maps to its new name.  Nothing in them changed, so they are not
    "not compared": the change did not touch them.
    """
    if old.holds is None or new.holds is None:
        return {}
    pairs = {file: file for file in sorted(old.unread & new.unread)}
    pairs.update((was, now) for now, was in unread_renames(old, new).items() if was not in pairs)
    if not pairs:
        return {}
    before, after = old.holds(sorted(pairs)), new.holds(sorted(set(pairs.values())))
    return {was: now for was, now in pairs.items() if was in before and before[was] == after.get(now)}


def file_side(path: str, label: str | None = None) -> Side:
    """One named file; any YAML, not only cxkit documents."""
    disp = display_path(path)
    side = Side(label or disp)
    try:
        raw, size = read_file(path)
    except OSError as exc:
        raise UsageError(f"{disp}: cannot read: {exc.strerror or exc}") from None
    read_document(raw, disp, disp, side, explicit=True, size=size)
    return side


def folder_side(root: str, config: Config) -> Side:
    """The cxkit documents under a folder, named relative to it."""
    from .workspaces import folder_files

    side = Side(display_path(root))
    targets, unreadable = folder_files(root, config)  # each client folder under its own config, as lint reads it
    for where, message in unreadable:
        side.problems.append(Problem(where, 1, 1, message, "CX000", "read-error"))
    for target in targets:
        rel = display_path(os.path.relpath(target.fs_path, root))
        try:
            raw, size = read_target(target)
        except OSError as exc:
            side.problems.append(Problem(target.display, 1, 1, f"cannot read the file: {exc.strerror or exc}", "CX000",
                                         "read-error", file=rel))
            side.unread.add(rel)
            continue
        read_document(raw, rel, target.display, side, explicit=False, size=size)
    side.holds = lambda names: _read_files({n: Path(root) / n for n in names})
    return side


def _read_files(files: dict[str, Path]) -> dict[str, bytes]:
    """The files of ``files`` (name -> where on disk) that can be read, by name."""
    out: dict[str, bytes] = {}
    for name, path in files.items():
        try:
            if path.is_file():
                out[name] = read_file(path)[0]
        except OSError:
            continue
    return out


def _blob_reader(repo: Repo, listing: Callable[[list[str]], list[TreeFile]]) -> Callable[[list[str]], dict[str, bytes]]:
    """Files of a revision or the index (``listing`` lists them) by their names as shown."""
    def read(names: list[str]) -> dict[str, bytes]:
        files = [f for f in listing(names) if display_path(f.display) in names]
        contents = repo.blobs([f.blob for f in files])
        return {display_path(f.display): contents[f.blob] for f in files if f.blob in contents}

    return read


def _norm(path: str) -> str:
    return posixpath.normpath(path.replace(os.sep, "/"))


def _relative(repo: Repo, paths: list[str]) -> list[str]:
    """``paths`` relative to the current folder, as git lists the files under them."""
    return [os.path.relpath(p, repo.cwd) if os.path.isabs(p) else p for p in paths]


def _named_files(paths: list[str]) -> set[str]:
    """The paths as given, normalised like the names git lists (``./a/../b.yaml`` is ``b.yaml``)."""
    return {_norm(p) for p in paths}


def _scanned(path: str, repo: Repo, config: Config, paths: list[str], target: str | None = None, *,
             worktree: bool = False) -> bool:
    """A YAML file a folder scan would look at: not hidden, not excluded by the config.

    As with `cxkit lint`, only the part of the path below the folder it was
    named under is looked at for hidden folders: ``cxkit diff HEAD -- .drafts/``
    compares the drafts.  `exclude` matches a symbolic link by its own path and by that
    of the file it leads to, as lint's scan does: on the side it is on, so ``target`` (from
    the top) for a link of a revision or the index, the link on disk for the working tree
    (``worktree``), and never the working tree's link for a revision's file.
    """
    if not path.lower().endswith(YAML_SUFFIXES):
        return False
    parts = _below(_norm(path), paths).split("/")
    if any(p.startswith(".") and p not in (".", "..") for p in parts):
        return False
    if not config.exclude:
        return True
    root = str(config.root.resolve())
    full = os.path.join(repo.cwd, path)
    if worktree:
        names = config_names(full, root)
    else:
        names = (config_rel(full, root),) + ((config_rel(os.path.join(repo.top, target), root),) if target else ())
    return not any(is_excluded(rel, config.exclude) for rel in names)


def _below(path: str, paths: list[str]) -> str:
    """``path`` without the longest named folder it is in."""
    best = ""
    for p in paths:
        folder = _norm(p)
        if folder == ".":
            continue
        if path.startswith(folder + "/") and len(folder) > len(best):
            best = folder
    return path[len(best) + 1:] if best else path


def revision_side(
    repo: Repo, rev: str, commit: str, paths: list[str], config: Config, keep: Callable[[str], bool] | None = None
) -> Side:
    """The cxkit documents of a commit under ``paths``.

    A file named in ``paths`` is read whatever its name or folder (hidden,
    excluded) and whatever it holds, as `cxkit lint` reads a named file.
    ``keep``: the test a file (as git lists it) passes to be read, from globs and exclusions
    among the paths (see :mod:`cxkit.diff.pathspec`); None: every file under ``paths``.
    """
    side = Side(rev)
    paths = _relative(repo, paths)
    unfollowed: dict[str, str] = {}
    files = _pathspec_kept(repo.tree(commit, paths, unfollowed), keep)
    _named_links(side, unfollowed, paths, keep, f"{rev}:")
    planned = _planned(side, repo, files, paths, config, _revision_read(repo, commit, files), rev)
    _read_blobs(side, repo, _kept(files, repo, config, paths, planned), f"{rev}:")
    side.holds = _blob_reader(repo, lambda names: repo.tree(commit, names))
    return side


def _named_links(
    side: Side, unfollowed: dict[str, str], paths: list[str], keep: Callable[[str], bool] | None, prefix: str
) -> None:
    """A problem on ``side`` for each named file of ``unfollowed`` (a symbolic link that leads to nothing,
    round in a loop or out of the repository, with why): named, it is not passed over in silence, as
    `cxkit lint` reports it unreadable; found by a folder scan, it is left out, as before."""
    named = _named_files(paths)
    for name, why in unfollowed.items():
        if _norm(name) in named and (keep is None or keep(name)):
            shown = display_path(_norm(name))
            side.problems.append(Problem(f"{prefix}{shown}", 1, 1, f"cannot read the file: {why}", "CX000", "read-error",
                                         file=shown))
            side.unread.add(shown)


def _pathspec_kept(files: list[TreeFile], keep: Callable[[str], bool] | None) -> list[TreeFile]:
    """The files of a listing that pass ``keep`` (all of them when it is None)."""
    return files if keep is None else [f for f in files if keep(f.display)]


def _revision_read(repo: Repo, commit: str, files: list[TreeFile]) -> Callable[[list[str]], dict[str, bytes]]:
    """Files of ``commit`` (``""``: the index) by path from the top; those of ``files`` by their blob
    (a link followed), others as git names them in the commit."""
    from .workspaces import revision_reader

    blobs = {f.full: f.blob for f in files}
    by_name = revision_reader(repo, commit)

    def read(fulls: list[str]) -> dict[str, bytes]:
        listed = [full for full in fulls if full in blobs]
        found = repo.blobs([blobs[full] for full in listed])
        out = {full: found[blobs[full]] for full in listed if blobs[full] in found}
        out.update(by_name([full for full in fulls if full not in blobs]))
        return out

    return read


def _planned(
    side: Side, repo: Repo, files: list[TreeFile], paths: list[str], config: Config,
    read: Callable[[list[str]], dict[str, bytes]], label: str | None, *, staged: bool = False,
) -> set[str] | None:
    """The files (paths from the top) a scan of the side takes when it holds the config files of
    other workspaces (kept in ``side.configs``): each under its own workspace's config, as `cxkit
    lint` plans a run; None when the side is one workspace (a scan under ``config`` decides).
    ``label``: the revision (or the index, ``staged``), whose config files that are not valid are
    noted and passed over."""
    from .workspaces import (anchored, config_candidates, extended_files, planned_files, read_configs,
                             usable_configs, worktree_reader)

    candidates = config_candidates(repo, (f.full for f in files), paths, config)
    if not candidates:
        return None
    configs = read_configs(candidates, read)
    if configs and label is not None:
        configs = usable_configs(configs, label, worktree_reader(repo), staged=staged)
    if not configs:
        return None
    side.extended = anchored(extended_files(configs, read), repo.top)
    side.configs = configs = anchored(configs, repo.top)
    yaml = [f.full for f in files if f.full.lower().endswith(YAML_SUFFIXES)]
    if label is None:  # the working tree: its links, on disk
        links = {full: there for full in yaml if (there := _worktree_target(repo, full)) is not None}
    else:
        links = {f.full: f.target for f in files if f.target is not None}
    return planned_files(repo, yaml, {**side.extended, **configs}, paths, config, links)


def _worktree_target(repo: Repo, full: str) -> str | None:
    """The file (path from the top) the working tree's link ``full`` leads to; None for a file that is no
    link, or a link that leads out of the repository."""
    path = os.path.join(repo.top, full)
    if not os.path.islink(path):
        return None
    top = os.path.realpath(repo.top)
    real = os.path.realpath(path)
    return os.path.relpath(real, top).replace(os.sep, "/") if real.startswith(os.path.join(top, "")) else None


#: The label of the index side; its files are located as git names a staged file: ``:personas/ola.yaml``.
INDEX = "index"


def index_side(repo: Repo, paths: list[str], config: Config, keep: Callable[[str], bool] | None = None) -> Side:
    """The cxkit documents staged under ``paths`` (what `git diff --cached` compares).

    Read as :func:`revision_side` reads a commit: files named in ``paths``
    whatever they hold, others when a folder scan would take them.  A path with
    an unresolved merge conflict holds no one version: it is a problem when it
    is named or one of its versions is a cxkit document, and nothing is compared.
    """
    side = Side(INDEX)
    paths = _relative(repo, paths)
    unfollowed: dict[str, str] = {}
    staged, unmerged = repo.index(paths, unfollowed)
    staged = _pathspec_kept(staged, keep)
    _named_links(side, unfollowed, paths, keep, ":")
    unmerged = [u for u in unmerged if keep is None or keep(u.display)]
    named = _named_files(paths)
    conflicts = [u for u in unmerged if _norm(u.display) in named or _scanned(u.display, repo, config, paths)]
    contents = repo.blobs([blob for u in conflicts for blob in u.blobs])
    for u in conflicts:
        versions = [contents[blob] for blob in u.blobs if blob in contents]
        if _norm(u.display) in named or any(claims_cxkit_kind(load_bytes(raw), raw) for raw in versions):
            shown = display_path(u.display)
            # Named plainly, not as git names a staged file (`:personas/ola.yaml`): there is no staged copy.
            side.problems.append(Problem(
                shown, 1, 1,
                "unresolved merge conflict: git has no staged copy of this file, only its versions from both sides "
                "of the merge; resolve the conflict and `git add` the file, then compare what is staged",
                "CX000", "read-error", file=shown, fatal=True,
            ))
            side.unread.add(shown)
    planned = _planned(side, repo, staged, paths, config, _revision_read(repo, "", staged), INDEX, staged=True)
    _read_blobs(side, repo, _kept(staged, repo, config, paths, planned), ":")
    side.holds = _blob_reader(repo, lambda names: repo.index(names)[0])
    return side


def _kept(
    files: list[TreeFile], repo: Repo, config: Config, paths: list[str], planned: set[str] | None = None
) -> list[tuple[TreeFile, bool]]:
    """The files a diff reads, each with whether it was named: those named, and those a folder scan
    takes (``planned``: those the scans of the side's workspaces take, when it is several)."""
    named = _named_files(paths)
    marked = [(f, _norm(f.display) in named) for f in files]
    if planned is not None:
        return [(f, explicit) for f, explicit in marked if explicit or f.full in planned]
    return [(f, explicit) for f, explicit in marked if explicit or _scanned(f.display, repo, config, paths, f.target)]


def _read_blobs(side: Side, repo: Repo, files: list[tuple[TreeFile, bool]], prefix: str) -> None:
    """Read the blobs of ``files`` into ``side``, each located as ``prefix`` and its name."""
    contents = repo.blobs([f.blob for f, _ in files])
    missing = [f for f, _ in files if f.blob not in contents]
    if missing:
        raise GitError(_damaged(missing, prefix))
    for f, explicit in files:
        shown = display_path(f.display)  # as the working tree side shows it: a name may hold control characters
        read_document(contents[f.blob], shown, f"{prefix}{shown}", side, explicit=explicit)


def _damaged(missing: list[TreeFile], prefix: str) -> str:
    """Why the files ``missing`` of a revision (``prefix`` `HEAD:`, `:` for the index) cannot be read: git
    lists them, but the objects holding them are gone, so the repository is damaged (as `Repo.unknown` says
    it of a commit). Named as git names a revision's file (`HEAD:personas/ola.yaml`), not at a line."""
    named = [f"'{prefix}{display_path(f.display)}'" for f in missing[:3]]
    more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
    objects = f"the object that holds it ({missing[0].blob[:12]}) is" if len(missing) == 1 else "the objects that hold them are"
    return (f"git cannot read {', '.join(named)}{more}: {objects} missing from this repository, which is damaged; "
            "`git fsck` says what is missing (a fresh clone is the usual way out)")


def in_submodule(typed: str, path: str, sub: str, command: str, glob: bool = False) -> str:
    """Why ``typed`` (the path ``path`` from the current folder, or a glob starting there) is not compared:
    it is the git submodule ``sub`` or lies in it, a repository of its own that this one holds only a
    commit of; and how to compare it there, with ``command`` (``cxkit diff --cached``)."""
    from ..cliutil import shell_word

    inner = posixpath.relpath(_norm(path), _norm(sub))
    if glob or inner == ".":
        what = "a git submodule" if inner == "." and not glob else f"in the git submodule {display_path(sub)}"
        return (f"{display_path(typed)}: {what}, a repository of its own (this one holds only "
                f"the commit it is at); compare its files there: cd {shell_word(sub)} && {command.removesuffix(' --')}")
    return (f"{display_path(typed)}: in the submodule {display_path(sub)}, a repository of its own; "
            f"compare it there: cd {shell_word(sub)} && {command} {shell_word(inner)}")


def with_renamed(repo: Repo, named: list[str], files: list[str], old: str, new: str | None) -> list[str]:
    """``named`` (paths from the current folder, as both sides are read under them) with the other name
    of each of ``files`` (those of ``named`` typed as plain names: a folder or glob has no other name)
    that git finds renamed between commit ``old`` and ``new`` (a commit; None: the working tree, its
    files git tracks; ``""``: the index): `cxkit diff main HEAD -- personas/biura/ewa.yaml` reads
    `personas/ewa.yaml` in main too, so that the document moved is compared as the folder's diff
    pairs it, not told as new (and, named by its old name, not as removed)."""
    wanted = {posixpath.normpath(posixpath.join(repo.prefix, _norm(p))) for p in files}
    if not wanted:
        return named
    renamed = repo.renames(old, new)
    if renamed is None:
        return named  # no rename to offer: the files named are compared as they are
    here = repo.prefix.rstrip("/") or "."
    extra: list[str] = []
    for before, after in renamed:
        for mine, other in ((after, before), (before, after)):
            if mine in wanted and other not in wanted and other.lower().endswith(YAML_SUFFIXES):
                extra.append(posixpath.relpath(other, here))
    if new is None or new == "":
        paired = {name for pair in renamed for name in pair}
        extra += [posixpath.relpath(other, here) for other in _moved_untracked(repo, wanted - paired, old, new)]
    return named + [p for p in dict.fromkeys(extra) if p not in named]


def _moved_untracked(repo: Repo, wanted: set[str], old: str, new: str | None = None) -> list[str]:
    """The other name of each of ``wanted`` (files from the top) that a plain `mv`, not yet `git add`ed,
    gave a new name in the working tree: git sees a file of ``old`` (a commit; ``""``: the index)
    deleted and a new file it does not track, and finds no rename. The comparison is keyed by id, so
    the two are paired when they are the only ones of that kind and id among the files deleted and the
    files new (by their `kind:` and `id:` lines); either name may be the one typed.  ``new`` ``""``:
    between commit ``old`` and the index, the files staged as deleted and as added, which git did not
    find a rename (the file changed too much on the way)."""
    from ..workspace import unread_identity

    if not wanted:
        return []
    gone, fresh = repo.unstaged_moves(old, new)
    gone = [f for f in gone if f.lower().endswith(YAML_SUFFIXES)]
    fresh = [f for f in fresh if f.lower().endswith(YAML_SUFFIXES)]
    if not (wanted & set(gone) and fresh) and not (wanted & set(fresh) and gone):
        return []
    top = repo.top
    here = repo.prefix.rstrip("/") or "."
    gone_here = [posixpath.relpath(g, here) for g in gone]
    listed = {f.full: f.blob for f in (repo.tree(old, gone_here) if old else repo.index(gone_here)[0])}
    staged = {f.full: f.blob for f in repo.index([posixpath.relpath(f, here) for f in fresh])[0]} if new == "" else {}
    blobs = repo.blobs([*listed.values(), *staged.values()])

    def identity(raw: bytes | None) -> tuple[str | None, str | None] | None:
        kind, ident = unread_identity(raw) if raw is not None else (None, None)
        return (kind, ident) if ident is not None else None

    def on_disk(name: str) -> bytes | None:
        try:
            return read_file(os.path.join(top, name))[0]
        except OSError:
            return None

    before = {g: identity(blobs.get(listed.get(g, ""))) for g in gone}
    after = {f: identity(blobs.get(staged.get(f, "")) if new == "" else on_disk(f)) for f in fresh}
    out: list[str] = []
    for mine, others in ((before, after), (after, before)):
        for name in wanted & set(mine):
            if mine[name] is None:
                continue
            same = [o for o, who in others.items() if who == mine[name]]
            alike = [n for n, who in mine.items() if who == mine[name]]
            if len(same) == 1 and len(alike) == 1 and same[0] not in wanted:
                out.append(same[0])
    return out


def revision_holds(repo: Repo, commit: str, path: str) -> bool:
    """Whether ``commit`` holds something at ``path`` (from the current folder): a file or folder, or a
    symbolic link that leads to no file there (which a comparison then reports as unreadable)."""
    unfollowed: dict[str, str] = {}
    return bool(repo.tree(commit, [path], unfollowed)) or bool(unfollowed)


def missing_in_revisions(repo: Repo, shown: str, path: str, revs: tuple[str, str], commits: tuple[str, str]) -> UsageError:
    """The error for a name after two revisions (``revs``, their ``commits``) that neither holds: the working
    tree is no side of that comparison, so "no differences" would hide the slip (a branch mistyped, a
    file only on another branch).  ``shown``: the name as typed, ``path``: from the current folder.  A
    file the working tree has is said to be there, with the command that compares it; another is offered
    the file of the two revisions it is close to (:meth:`Repo.near_file`)."""
    from ..cliutil import shell_word

    said = f"{display_path(shown)}: no such path in '{revs[0]}' or in '{revs[1]}'"
    if os.path.lexists(path):
        return UsageError(f"{said}; it is in the working tree: `cxkit diff {shell_word(revs[0])} -- "
                          f"{shell_word(shown)}` compares it with '{revs[0]}'")
    near = repo.near_file([c for c in commits if c], path)  # as `cxkit render REV:PATH` finds it
    if near is not None:
        from ..discovery import revision_form_hint

        holder = next((rev for rev, commit in zip(revs, commits) if commit and revision_holds(repo, commit, near)), revs[0])
        said += (revision_form_hint(path, near, display_path(near), holder)
                 or f"; did you mean {display_path(near)}?")
    return UsageError(said)


def _unreadable_links(repo: Repo, paths: list[str]) -> dict[str, str]:
    """Why each of ``paths`` that is a symbolic link of the working tree is no file to compare: it leads to
    nothing or round in a loop (as `cxkit lint` says it: the system's words), or out of the repository,
    where a revision holds no file (so it is left out on both sides). A link to a folder is a folder."""
    found: dict[str, str] = {}
    for p in paths:
        path = repo.cwd / p
        if not os.path.islink(path) or os.path.isdir(path) or repo.holds(p):
            continue
        try:
            read_file(path)
        except OSError as exc:
            found[p] = str(exc.strerror or exc)
        else:
            found[p] = f"{LINK_OUT} ({display_path(os.readlink(path))}), {WHERE_NO_REVISION}"
    return found


def say_sparse(side: Side, lang: str = "en") -> None:
    """Say once on stderr how many documents of the working tree lie outside its sparse checkout, and that they
    were compared as git's index holds them (in Polish for a Polish comparison); nothing when there are none."""
    n = len(side.sparse)
    if not n:
        return
    first = side.sparse[0] + ("" if n == 1 else ", …")
    if lang == "pl":
        from .formats import pl_plural

        what = f"{n} {pl_plural(n, 'plik', 'pliki', 'plików')} {pl_plural(n, 'leży', 'leżą', 'leży')}"
        it = "go" if n == 1 else "je"
        said = (f"uwaga: {what} poza sparse checkoutem (git oznacza {it} jako skip-worktree: {first}); "
                f"porównano {it} w wersji z indeksu gita, tak jak robi to `git diff`")
    else:
        what = f"{n} file{'s' if n > 1 else ''}"
        it = "it" if n == 1 else "them"
        said = (f"note: {what} lie{'s' if n == 1 else ''} outside the sparse checkout (git marks {it} skip-worktree: "
                f"{first}); compared as git's index holds {it}, as `git diff` does")
    sys.stderr.write(f"cxkit: {said}\n")


def worktree_side(repo: Repo, paths: list[str], config: Config, keep: Callable[[str], bool] | None = None) -> Side:
    """The cxkit documents of the working tree under ``paths`` (ignored files left out).

    A file named in ``paths`` is read even when hidden, excluded or ignored by git.
    """
    side = Side("working tree")
    paths = _relative(repo, paths)
    named = _named_files(paths)
    names = [n for n in repo.worktree(paths) if keep is None or keep(n)]
    # Files outside a sparse checkout are the index's, as git has them, not deleted: read from there.
    skipped = {n: at for n, at in repo.skipped(paths).items() if keep is None or keep(n)}
    if skipped:
        names = [n for n in names if n not in skipped] + list(skipped)
    listed = {_norm(n) for n in names}
    # A named file git does not list (ignored, say), unless a pathspec beside it leaves it out.
    unlisted = [p for p in paths if _norm(p) not in listed and (keep is None or keep(p)) and repo.holds(p)]
    for p in unlisted:
        sub = repo.submodule(p)
        if sub is not None:
            # Its own repository: neither side of this one holds the file (git: "Pathspec is in submodule").
            raise UsageError(in_submodule(p, p, sub, "cxkit diff"))
    names += unlisted
    _named_links(side, _unreadable_links(repo, paths), paths, keep, "")
    from .workspaces import worktree_reader

    def from_top(name: str) -> str:
        return posixpath.normpath(posixpath.join(repo.prefix, name.replace(os.sep, "/")))

    files = [TreeFile(name, from_top(name), "") for name in names]
    planned = _planned(side, repo, files, paths, config, worktree_reader(repo), None)
    staged: dict[str, bytes] = {}
    if skipped:
        wanted = [at[1] for n, at in skipped.items() if n.lower().endswith(YAML_SUFFIXES)]
        staged = repo.blobs(wanted)
    for name, file in zip(names, files):
        explicit = _norm(name) in named
        if not explicit and not (
            _scanned(name, repo, config, paths, worktree=True) if planned is None else file.full in planned
        ):
            continue
        side.taken.add(file.full)
        shown = display_path(_norm(name) if explicit else name)
        if name in skipped:
            if skipped[name][1] in staged:
                side.sparse.append(shown)
                raw = staged[skipped[name][1]]
                read_document(raw, shown, shown, side, explicit=explicit, size=len(raw))
            continue
        try:
            raw, size = read_file(repo.cwd / name)
        except OSError as exc:
            side.problems.append(Problem(shown, 1, 1, f"cannot read the file: {exc.strerror or exc}", "CX000", "read-error",
                                         file=shown))
            side.unread.add(shown)
            continue
        read_document(raw, shown, shown, side, explicit=explicit, size=size)
    def holds(wanted: list[str]) -> dict[str, bytes]:
        found = _read_files({n: repo.cwd / n for n in repo.worktree(wanted)})
        outside = {n: blob for n, (_full, blob) in repo.skipped(wanted).items()} if skipped else {}
        if outside:
            blobs = repo.blobs(list(outside.values()))
            found.update({n: blobs[blob] for n, blob in outside.items() if blob in blobs})
        return found

    side.holds = holds
    return side
