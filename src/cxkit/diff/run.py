"""From command-line arguments to a diff: which form was meant, and reading both sides."""

from __future__ import annotations

import dataclasses
import os
import posixpath
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from ..cliutil import all_excluded, excluded_warning, shell_word, yaml_globs
from ..config import Config
from ..discovery import GitTimeout, excluded_folders, missing_path
from ..limits import MAX_FILE_BYTES
from ..workspace import YAML_SUFFIXES, UsageError, display_path, is_excluded
from .compare import Options, compare_pair, compare_workspaces, stages_moved
from .git import LINK_MODE, PARENT_FOLDER, GitEnvironmentError, GitError, Repo, Span
from .pathspec import Pathspecs, is_pattern, split as split_pathspecs
from .model import DiffResult, Doc
from .sources import (
    Problem, Side, file_side, folder_side, in_submodule, index_side, mark_joined, mark_left, moved_out_of_reach, read_document, read_file,
    missing_in_revisions, revision_holds, revision_side, say_sparse, settle_emptied, unchanged_unread, with_renamed, worktree_side,
)

_HEX = re.compile(r"(?:[0-9a-f]{40}|[0-9a-f]{64}|\.)\Z")
_MODE = re.compile(r"(?:[0-7]{6}|\.)\Z")
DEV_NULL = "/dev/null"
_BINARY = b"\0"
_BINARY_PROBE = 8000  # how far git looks for a NUL byte to call a file binary


@dataclass
class Outcome:
    """A diff, or the problems that kept it from being made."""

    result: DiffResult
    problems: list[Problem] = field(default_factory=list)
    #: Notes for stderr: the binary files the sides hold (an image saved as `.yaml`), not compared.
    notes: list[str] = field(default_factory=list)


def _configured_inside(repo: Repo, config: Config, given: bool = False) -> list[str]:
    """The configured paths (else the current folder), as git names them; those outside the repository are left out, with a note.

    ``given``: the config was named with `--config`; a workspace's own config without `paths` then
    stands for its folder, as for `cxkit lint --config zoo/cxkit.toml` (see :func:`default_targets`).
    """
    if not config.paths:
        if given:
            from ..config import default_targets

            return repo.inside(default_targets(config, given=True))
        return ["."]
    configured = [os.path.relpath(config.root / p, repo.cwd) for p in config.paths]
    inside = [p for p in configured if repo._from_here(p) is not None]
    for p in configured:
        if p not in inside and config.lang == "pl":  # in the workspace's language, as lint's notes on `paths`
            sys.stderr.write(f"cxkit: uwaga: {display_path(p)} (z `paths` w konfiguracji) leży poza repozytorium gita; "
                             "rewizja nie ma tam plików, więc ta ścieżka jest pominięta\n")
        elif p not in inside:
            sys.stderr.write(f"cxkit: note: {display_path(p)} (in the config's paths) is outside the git repository; "
                             "a revision holds no files there, so it is left out\n")
    if not inside:
        raise UsageError(f"every path the config names is outside the git repository at {display_path(str(repo.top))}; "
                         "name the paths to compare")
    return repo.inside(inside)


def _revision_config(repo: Repo, commit: str, label: str, config: Config) -> Config:
    """The configuration a revision (``commit`` "" for the index) is read with: its own, as its
    checkout's `cxkit lint` would find it (see `cxkit review`); ``config`` when that one is not valid."""
    from .review import side_config

    pl = config.lang == "pl"  # in the language of the config in force now, the one read instead
    own, error = side_config(repo, commit, label, config, pl=pl)
    if error is not None and pl:
        where = f"rewizja „{label}” jest czytana" if commit else "indeks jest czytany"
        sys.stderr.write(f"cxkit: uwaga: {error}; {where} z konfiguracją obowiązującą teraz\n")
    elif error is not None:
        where = f"'{label}'" if commit else "the index"
        sys.stderr.write(f"cxkit: note: {error}; {where} is read with the configuration in force now\n")
    return own


def _side_paths(repo: Repo, named: list[str], own: Config, config: Config, configured: list[str]) -> list[str]:
    """The paths one side is read under: those named on the command line, the same for both sides;
    else the `paths` of the side's own configuration ``own`` (``configured``: those of ``config``)."""
    if named:
        return named
    if own is config or (own.paths == config.paths and own.root == config.root):
        return configured
    return _configured_inside(repo, own)


@dataclass
class Excluded:
    """The folders to compare (named, else configured) that `exclude` leaves out, each with the config
    that excludes it, and all the folders to compare, as shown."""

    folders: list[tuple[str, Config]] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    #: Whether the folders were named on the command line (else they are the configured `paths`).
    named: bool = True

    def everything(self, old: Side, new: Side) -> bool:
        """Whether the comparison read nothing because every folder to compare is excluded: neither side
        read a file, and each folder to compare is one `exclude` leaves out."""
        if not self.folders or {t for t, _ in self.folders} != set(self.targets):
            return False
        return not any(side.docs or side.problems or side.binary for side in (old, new))


def say_excluded(excluded: Excluded) -> None:
    for typed, own in excluded.folders:
        _excluded_warning(typed, own, hint=True)


def excluded_named(
    repo: Repo, config: Config, shown: list[str], paths: list[str], commits: tuple[str | None, ...] = (),
    index: bool = False, named: bool = True,
) -> Excluded:
    """Each folder to compare that the configuration's `exclude` matches: a scan leaves its files out
    on both sides, so it is not compared (a file named is, whatever `exclude` says).  A folder may
    exist only in a revision or the index (deleted since).  A folder in another workspace (a
    client's, named from the top) is asked of that workspace's config, as `cxkit lint` asks it."""
    from .workspaces import other_configs

    found = Excluded(targets=[display_path(t) for t in shown], named=named)
    others = other_configs(paths, config, repo.cwd)
    if not config.exclude and not any(others):
        return found
    for typed, p, own in zip(shown, paths, others):
        own = own or config
        if not own.exclude or not _is_folder(repo, p, commits, index):
            continue
        try:
            root = own.root.resolve()
        except OSError:
            root = own.root
        try:
            rel = (repo.cwd / p).resolve().relative_to(root).as_posix()
        except (OSError, ValueError):
            rel = _norm(p)
        # Asked as a scan asks it, of a file inside the folder (as lint's excluded_folders asks).
        if not is_excluded("x.yaml" if rel in (".", "") else f"{rel.rstrip('/')}/x.yaml", own.exclude):
            continue
        found.folders.append((display_path(typed), own))
    return found


def git_renames(repo: Repo, old: str, new: str | None) -> frozenset[tuple[str, str]]:
    """The YAML files git finds renamed between ``old`` and ``new`` (as :meth:`Repo.renames` takes
    them), each (before, after) as a Doc's ``file`` names it: from the current folder, as shown."""
    renamed = repo.renames(old, new) or []
    here = repo.prefix.rstrip("/") or "."
    return frozenset(
        (display_path(posixpath.relpath(before, here)), display_path(posixpath.relpath(after, here)))
        for before, after in renamed if before.lower().endswith(YAML_SUFFIXES) and after.lower().endswith(YAML_SUFFIXES)
    )


def _compared(
    old: Side, new: Side, options: Options, specs: Pathspecs, excluded: Excluded, command: str,
    renamed: frozenset[tuple[str, str]] = frozenset(),
) -> Outcome:
    """The comparison of ``old`` and ``new``, or, when it read nothing because every folder to compare is
    one `exclude` leaves out, a usage error as `cxkit lint` gives one (exit 2): "no differences" would
    say the folders were compared. ``command``: the comparison as typed, before its paths (for the hint)."""
    if excluded.everything(old, new):
        said = nothing_compared(excluded, command)
        if specs.globs:
            # A glob cxkit matches itself keeps to what `exclude` leaves in; the shell's names each file.
            said = said.removesuffix(")") + (", bez cudzysłowów, by powłoka wymieniła każdy plik)"
                                             if said.startswith("nie ma czego") else  # said in Polish
                                             ", unquoted, so that the shell names each file)")
        raise UsageError(said)
    say_excluded(excluded)
    if renamed:
        options = dataclasses.replace(options, renamed=renamed)
    return _unmatched(_sides(old, new, options), specs)


def nothing_compared(excluded: Excluded, command: str) -> str:
    """What `cxkit lint` says when every folder named is excluded, said of a comparison."""
    configs = [own for _, own in excluded.folders]
    folders = list(dict.fromkeys(f.rstrip("/") or f for f, _ in excluded.folders))
    files = " ".join(yaml_globs(f) for f in folders)
    return all_excluded("compare", folders, configs, excluded.named, f"{command} {files}")


def _excluded_warning(folder: str, config: Config, *, hint: bool) -> None:
    """`cxkit lint`'s warning about a named folder that `exclude` leaves out, said of a comparison."""
    advice = yaml_globs(folder) if hint else None
    sys.stderr.write(f"cxkit: {excluded_warning(folder, config.source, 'compared', 'compare', advice)}\n")


def _is_folder(repo: Repo, path: str, commits: tuple[str | None, ...], index: bool) -> bool:
    """Whether ``path`` is a folder in the working tree, or holds files in one of ``commits`` or the index."""
    if os.path.isdir(repo.cwd / path):
        return True
    if os.path.lexists(repo.cwd / path):
        return False
    listed = [f for c in commits if c is not None for f in repo.tree(c, [path])]
    if index:
        listed += repo.index([path])[0]
    return any(_norm(f.display) != _norm(path) for f in listed)


def _norm(path: str) -> str:
    return os.path.normpath(path).replace(os.sep, "/")


def looks_like_driver_call(args: list[str]) -> bool:
    """The 7 (or 9, for a rename) arguments git gives an external diff command."""
    if len(args) not in (7, 9):
        return False
    return bool(_HEX.match(args[2]) and _MODE.match(args[3]) and _HEX.match(args[5]) and _MODE.match(args[6]))


def _exists(path: str) -> bool:
    return os.path.lexists(path)


def diff_from_args(
    args: list[str], options: Options, config: Config, cwd: Path | None = None, *, after_dashes: int = 0,
    cached: bool = False, config_given: bool = False, dashes: bool = False,
) -> Outcome:
    """``OLD NEW`` (files or folders) or ``REV [REV2] [PATHS...]``; with ``cached``, ``[REV] [PATHS...]``.

    Two existing paths are compared as files or folders (but a revision before a ``--``
    typed is one: ``klient -- personas`` with a folder `klient` too); otherwise the first
    argument is a git revision, the next one a second revision when it names
    a commit and is not a path (of the working tree or of the revision), and
    the rest are paths.  The last ``after_dashes`` arguments came after ``--``:
    they are paths, whatever else they name.  ``cached`` compares the index
    with the revision (see :func:`_diff_cached`).  ``config_given``: ``config`` was named with
    `--config` (without paths, a workspace's own config compares its folder).
    ``dashes``: ``--`` was typed (perhaps last, ``REV --``), so a name before it that is both a
    revision and a path of the working tree is the revision; without it such a name is refused
    as git refuses it (see :func:`_ambiguous`).

    The steps, in order: the forms that need no repository (`--cached`, no argument, two paths
    without `--`); then, in a repository, a first word that names a commit is a revision
    (:func:`_diff_revisions`), and one that does not is a range, paths alone, or a usage error
    (:func:`_diff_without_revision`).  The result carries the configuration's `lang`, so that a
    document that declares none and whose words do not decide is named in it, as render names it.
    """
    outcome = _diff_from_args(args, options, config, cwd, after_dashes, cached, config_given, dashes)
    outcome.result.lang = config.lang
    return outcome


def _diff_from_args(
    args: list[str], options: Options, config: Config, cwd: Path | None, after_dashes: int,
    cached: bool, config_given: bool, dashes: bool,
) -> Outcome:
    """:func:`diff_from_args`, the result without the configuration's `lang`."""
    dashes = dashes or after_dashes > 0
    if cached:
        return _diff_cached(args, options, config, cwd, after_dashes, config_given, dashes)
    if not args or after_dashes >= len(args):
        # `cxkit diff`, `cxkit diff -- PATHS`: the working tree against what is staged, as `git diff`.
        return _diff_unstaged(args, options, config, cwd, config_given)
    pair = len(args) == 2 and _exists(args[0]) and _exists(args[1])
    if pair and not dashes:
        return _paths(args[0], args[1], options, config)
    repo, repo_error = _repo_if_any(cwd)
    commit = repo.commit(args[0]) if repo is not None else None
    if repo is None or commit is None:
        if pair:
            # `cxkit diff a.yaml -- b.yaml`: no revision before the `--`, so the two paths, as without it.
            return _paths(args[0], args[1], options, config)
        return _diff_without_revision(repo, repo_error, args, options, config, cwd, after_dashes, config_given)
    return _diff_revisions(repo, args, commit, options, config, after_dashes, config_given, dashes)


def _repo_if_any(cwd: Path | None) -> tuple[Repo | None, UsageError | None]:
    """The git repository here, or None with why there is none (two files can be compared without one).
    GIT_DIR or GIT_WORK_TREE pointing astray is said as it is, whatever the arguments."""
    try:
        return Repo(cwd), None
    except (GitEnvironmentError, GitTimeout):  # a git that does not answer is no sign of "no repository here"
        raise
    except UsageError as exc:
        return None, exc


def _diff_without_revision(
    repo: Repo | None, repo_error: UsageError | None, args: list[str], options: Options, config: Config,
    cwd: Path | None, after_dashes: int, config_given: bool,
) -> Outcome:
    """The first word names no commit (or there is no repository): a range (`main..feature`, `C^!`),
    paths alone (`cxkit diff FILE`, compared with what is staged), else a usage error that says
    what each word is not (see :func:`_no_revision`)."""
    first = args[0]
    if repo is not None and _may_be_range(first):
        span = repo.revision_range(first)
        if span is not None:
            if span.note:
                sys.stderr.write(f"cxkit: note: {span.note}\n")
            return _diff_range(repo, first, span, args[1:], options, config, after_dashes, config_given)
    before = args[:len(args) - after_dashes]
    if _only_paths(repo, before):
        # `cxkit diff FILE`, `cxkit diff personas/ '*.yaml'`: paths only, as `git diff PATHS` takes them.
        if repo is None:
            raise UsageError(
                f"cxkit diff PATH compares PATH with what is staged, as `git diff PATH` does, "
                f"and cannot here: {repo_error}; to compare files or folders, give two: OLD NEW"
            )
        return _diff_unstaged(args, options, config, cwd, config_given, repo=repo)
    raise _no_revision(repo, repo_error, args, before)


def _may_be_range(first: str) -> bool:
    """Whether a first word that names no commit is asked whether it is a range: not when it is a path,
    a glob in a folder that exists, or a mistyped path with `..` in it (`../personas/nowa.yaml`)."""
    return not _exists(first) and not _glob_in_a_folder(first) \
        and not (PARENT_FOLDER.search(first) and _names_a_file(first))


def _only_paths(repo: Repo | None, before: list[str]) -> bool:
    """Whether the words before `--` (none naming a commit) are all paths, as `git diff PATHS` takes them:
    each exists, is staged, or is a glob (a top-relative `:/` one not first: that may be a commit's
    message). Two that exist are not: they are a pair of files or folders (see :func:`diff_from_args`)."""
    if len(before) == 2 and all(_exists(a) for a in before):
        return False
    return all(_exists(a) or (is_pattern(a) and (n > 0 or not a.startswith(":/"))) or (repo is not None and repo.staged(a))
               for n, a in enumerate(before))


def _no_revision(repo: Repo | None, repo_error: UsageError | None, args: list[str], before: list[str]) -> UsageError:
    """Why the arguments compare nothing, the first naming no commit and the words before `--` not all
    paths: a path mistyped beside one that exists (with the name it is close to), no repository to read
    a revision from, a path followed by too many arguments, or a word that is neither (see :func:`_neither`)."""
    first = args[0]
    if len(args) == 2 and (_exists(args[0]) or _exists(args[1])):
        if _exists(args[0]):
            return missing_path(args[1])  # with the name it is close to
        if repo is not None:  # `cxkit diff nope.yaml personas/`: a file mistyped, or a revision
            return _neither(repo, first, [])
        return missing_path(first)
    if repo is None:
        if _exists(first):
            return UsageError("give two files or folders to compare (OLD NEW)")
        # Every argument that names nothing, each with the name it is close to (`persony/tomk.yaml`).
        missing = [a for a in args if not _exists(a)]
        named = ", ".join(display_path(a) + _near_file(a, " (did you mean {}?)") for a in missing)
        return UsageError(
            f"{named}: no such file or directory, and {repo_error}; "
            "to compare files or folders, give two existing paths"
        )
    if _exists(first):
        return UsageError(
            f"{display_path(first)} is a path, not a git revision: give two files or folders to compare "
            f"(OLD NEW), not {len(args)} arguments, or a revision first (REV [REV2] [-- PATHS...])"
        )
    return _neither(repo, first, [a for a in before[1:]
                                  if not _exists(a) and not is_pattern(a) and repo.commit(a) is None])


def _diff_revisions(
    repo: Repo, args: list[str], commit: str, options: Options, config: Config, after_dashes: int,
    config_given: bool, dashes: bool,
) -> Outcome:
    """``REV [REV2] [PATHS...]``, ``commit`` being REV's: each revision read with its own configuration,
    REV2 else the working tree, under the paths named (checked to name something) or configured."""
    first = args[0]
    if not dashes and _exists(first):
        raise _ambiguous(repo, args, 0)
    rest = list(args[1:])
    rev2, commit2, commit = _second_revision(repo, first, commit, rest, after_dashes, dashes)
    if dashes:
        _only_revisions_before_dashes(repo, [first, *([rev2] if rev2 is not None else [])], rest, after_dashes)
    specs = _pathspecs(repo, rest)
    given, rest, keep = specs.paths, repo.inside(specs.paths), specs.keep()
    _refuse_submodules(repo, specs, rest, "cxkit diff" if rev2 is None else "cxkit diff OLD NEW --")
    # Without paths, the workspace the configuration names (as `cxkit lint` and `cxkit review` take).
    paths = rest or _configured_inside(repo, config, config_given)
    # A word that names nothing right after REV, before `--`, may have been meant as REV2 (`cxkit diff main featur`).
    maybe_rev2 = rev2 is None and len(args) - 1 > after_dashes
    _check_named(repo, specs, given, rest, first, (commit, commit2), maybe_rev2, rev2)
    excluded = excluded_named(repo, config, given or paths, paths, (commit, commit2), named=bool(given))
    # A file named that git finds renamed between the two: its other name is read too, so it pairs as in a folder.
    rest = with_renamed(repo, rest, [p for typed, p in zip(given, rest) if typed in specs.names], commit, commit2)
    paths = rest or paths
    _note_ahead(repo, first, commit, rev2, commit2 if rev2 is not None else repo.commit("HEAD"))
    # Each revision is read with its own configuration (its `paths` when none are named, its `exclude`).
    old_config = _revision_config(repo, commit, first, config)
    old = revision_side(repo, first, commit, _side_paths(repo, rest, old_config, config, paths), old_config, keep)
    if rev2 is not None and commit2 is not None:
        new_config = _revision_config(repo, commit2, rev2, config)
        new = revision_side(repo, rev2, commit2, _side_paths(repo, rest, new_config, config, paths), new_config, keep)
    else:
        new = worktree_side(repo, paths, config, keep)
        say_sparse(new, config.lang)
    typed = " ".join(shell_word(r) for r in (first, rev2) if r is not None)
    renamed = git_renames(repo, commit, commit2 if rev2 is not None else None)
    outcome = _compared(old, new, options, specs, excluded, f"cxkit diff {typed} --", renamed)
    from .formats import diff_lang
    from .review import _changed_settings

    new_side = new_config if rev2 is not None and commit2 is not None else config
    note = None
    if _changed_settings(old_config, new_side):
        note = _config_note_worded(first, rev2, old_config, new_side, diff_lang(outcome.result),
                                   _extended_changed(repo, config, commit, commit2 if rev2 is not None else None))
    if note is not None:
        outcome.notes.append(note)
    return outcome


def config_note(old_label: str, new_label: str | None, old: Config, new: Config, lang: str = "en",
                changed_files: Sequence[str] = ()) -> str | None:
    """A note when the two sides are read with configurations whose settings differ (as `cxkit
    review` names them: `ignore`, `rules.stale-review`), so a diff over a quarter says that the
    workspace's rules changed too; None when they are the same.  ``new_label`` None: the working tree.
    ``changed_files``: the files the config extends that changed while its own file did not (see
    :func:`_extended_changed`), named instead of it; ``lang`` "pl": in Polish, as the diff is."""
    from .review import _changed_settings

    changed = _changed_settings(old, new)
    if not changed:
        return None
    source = new.source if new.source is not None else old.source
    own = display_path(os.path.relpath(source)) if source is not None else None
    settings = ", ".join(changed)
    if lang == "pl":
        from .formats import pl_plural

        name = own or "Konfiguracja"
        if changed_files and own:
            by = pl_plural(len(changed_files), "rozszerzany", "rozszerzane", "rozszerzane")
            name = f"{', '.join(changed_files)} ({by} przez {own})"
        verb = "różni się" if len(changed_files) < 2 else "różnią się"
        after = f"'{new_label}'" if new_label is not None else "kopią roboczą"
        return f"{name} {verb} między '{old_label}' a {after} ({settings}); każdą stronę czyta się z jej własną konfiguracją"
    name = own or "the configuration"
    if changed_files and own:
        name = f"{', '.join(changed_files)} (extended by {own})"
    verb = "differs" if len(changed_files) < 2 else "differ"
    after = f"'{new_label}'" if new_label is not None else "the working tree"
    return f"{name} {verb} between '{old_label}' and {after} ({settings}); each side is read with its own configuration"


def _config_note_worded(old_label: str, new_label: str | None, old: Config, new: Config, lang: str,
                        changed_files: Sequence[str]) -> str | None:
    """:func:`config_note` for stderr: in a Polish diff a :class:`Worded` note, so that its line is led by
    `cxkit: uwaga:` as its words are Polish (it was `cxkit: note:` before them); the English note as it was else."""
    english = config_note(old_label, new_label, old, new, "en", changed_files)
    if english is None or lang != "pl":
        return english
    return Worded(english, config_note(old_label, new_label, old, new, "pl", changed_files) or english)


def _extended_changed(repo: Repo, config: Config, old_commit: str, new_commit: str | None) -> list[str]:
    """The files ``config`` (the working tree's) extends that differ between ``old_commit`` and
    ``new_commit`` (None: the working tree) while its own file does not, as shown; [] otherwise."""
    from .review import _committed_bytes, _repo_path, _shown_path

    if config.source is None or not config.extended:
        return []

    def edited(source: Path | str) -> bool:
        rel = _repo_path(repo, source)
        if rel is None:
            return False  # outside the repository: the same file for both sides
        then = _committed_bytes(repo, old_commit, rel)
        if new_commit is not None:
            return then != _committed_bytes(repo, new_commit, rel)
        try:
            return then != Path(source).read_bytes()
        except OSError:
            return then is not None

    if edited(config.source):
        return []
    return [_shown_path(c.source) for c in config.extended if c.source is not None and edited(c.source)]


def _second_revision(
    repo: Repo, first: str, commit: str, rest: list[str], after_dashes: int, dashes: bool,
) -> tuple[str | None, str | None, str]:
    """REV2, its commit, and REV's commit to compare, taking REV2 off the front of ``rest`` when the word
    there is one: before a `--` typed, any name of a commit (`cxkit diff main klient --`); without one,
    a name of a commit that is no path of the working tree or of REV (both is refused as ambiguous).
    ``BASE... REV2`` compares from where REV2 left BASE, as git reads it, not where HEAD did."""
    if len(rest) <= after_dashes:
        return None, None, commit
    word = rest[0]
    if not dashes and _exists(word) and repo.commit(word) is not None:
        raise _ambiguous(repo, [first, *rest], 1)
    if not dashes and (_exists(word) or repo.names(commit, word)):
        return None, None, commit  # a path
    commit2 = repo.commit(word)
    if commit2 is None:
        return None, None, commit
    rest.pop(0)
    if first.endswith("...") and len(first) > 3:
        base = repo.commit(first, head=commit2)
        if base is None:
            raise UsageError(repo.no_merge_base(first[:-3], f"'{word}'", first, f"compare with '{first[:-3]}' itself"))
        commit = base
    return word, commit2, commit


def _check_named(
    repo: Repo, specs: Pathspecs, given: list[str], inside: list[str], first: str, commits: tuple[str, str | None],
    maybe_rev2: bool, second: str | None = None,
) -> None:
    """Each plain name after the revisions (``given`` as typed, ``inside`` as git names them) must name a path
    of the working tree or of one of ``commits``: else a usage error, with the name it is close to, or, for
    the first when ``maybe_rev2``, said to be neither a revision nor a path. The folder a glob starts in is
    not checked: a glob that takes no file compares nothing, as in git (a note says so). With two revisions
    (``second``, the other's name) the working tree is neither side: a name must be in one of them."""
    for n, (typed, p) in enumerate(zip(given, inside)):
        if typed not in specs.names or (second is None and _exists(p)) \
                or any(c and revision_holds(repo, c, p) for c in commits):
            continue
        if second is not None:
            raise missing_in_revisions(repo, specs.shown(typed), p, (first, second), (commits[0], commits[1] or ""))
        if n == 0 and maybe_rev2:
            raise UsageError(f"'{display_path(specs.shown(typed))}' is neither a git revision nor a path in the "
                             f"working tree or in '{first}'")
        raise _no_such_name(repo, specs, typed, f"in the working tree or in '{first}'")


def _ambiguous(repo: Repo, args: list[str], at: int, cached: bool = False) -> UsageError:
    """``args[at]`` names both a revision and a file or folder of the working tree, and no ``--`` says which:
    refused, as git refuses it ("ambiguous argument"), with both spellings (the revision's alone when the
    next word is a revision and no path). Read as a revision, a branch `klient` beside a folder `klient`
    would compare the whole workspace, not the folder."""
    word = args[at]
    what = "folder" if os.path.isdir(word) else "file"
    command = "cxkit diff --cached" if cached else "cxkit diff"
    # As a revision: `--` after it (after the second revision too, when the next word names one and no path).
    then_revision = at == 0 and not cached and len(args) > 1 and not _exists(args[1]) \
        and repo.commit(args[1]) is not None
    cut = at + 2 if then_revision else at + 1

    def typed(words: list[str]) -> str:
        return " ".join([command, *(w if w == "--" else shell_word(w) for w in words)])

    as_revision = typed([*args[:cut], "--", *args[cut:]])
    as_path = typed([*args[:at], "--", *args[at:]])
    dotted = typed([*args[:at], f"./{word}", *args[at + 1:]])
    if then_revision:
        # `klient feature`: read as a folder, `feature` would have to be a path, and it is a revision only.
        return UsageError(f"'{word}' names both a git revision and a {what} here, which git refuses as ambiguous; "
                          f"followed by '{args[1]}', a revision and no path, it can only be the revision: write "
                          f"`{as_revision}`")
    return UsageError(f"'{word}' names both a git revision and a {what} here, so which one is meant is not clear "
                      f"(git refuses it as ambiguous); for the revision write `{as_revision}`, for the {what} "
                      f"`{as_path}` (or `{dotted}`)")


def _only_revisions_before_dashes(
    repo: Repo, revisions: list[str], rest: list[str], after_dashes: int, cached: bool = False,
) -> None:
    """With a ``--`` typed, what comes before it is revisions, as git reads it (`git diff main personas --`
    is "bad revision 'personas'"): a word left before it once the ``revisions`` are taken (``rest``, whose
    last ``after_dashes`` came after the ``--``) is refused, with the spelling that makes it a path."""
    if len(rest) <= after_dashes:
        return
    word = rest[0]
    command = ["cxkit", "diff", *(["--cached"] if cached else [])]
    if repo.commit(word) is not None:
        most = "one revision" if cached else "two revisions"
        raise UsageError(f"'{word}' is one revision too many before `--`: `{' '.join(command)}` compares "
                         f"{most} at most; paths go after the `--`")
    said = f"'{display_path(word)}' is not a git revision, and what comes before `--` is revisions, as git reads it"
    if _exists(word):
        what = "folder" if os.path.isdir(word) else "file"
        typed = " ".join([*command, *(shell_word(w) for w in revisions), "--", *(shell_word(w) for w in rest)])
        said += f"; for the {what} write `{typed}`"
    raise UsageError(said)


def _neither(repo: Repo, word: str, missing: list[str]) -> UsageError:
    """The first argument of `cxkit diff`, ``word``, names no file and no revision: said as both (`nope.yaml`
    may be a file name mistyped as much as a branch), as git's "unknown revision or path not in the working
    tree"; a name git knows of but cannot compare, or a revision's own advice (a remote's branch not fetched,
    a shallow clone), is said as such. ``missing``: the other arguments before `--` that name no file."""
    if word == "-" or (os.sep == "/" and "\\" in word):
        return missing_path(word)  # said of a path, with its own advice
    of_revision = _revision_path(repo, word)
    if of_revision is not None:
        return UsageError(of_revision)
    if _names_a_file(word):
        said = f"no such file or revision: {display_path(word)}"
    else:
        said = repo.unknown(word, path_too=True)
    if not said.startswith("no such file or revision"):
        return UsageError(said)
    said += _near_file(word, " (did you mean {}?)")
    if missing:
        said += "; no such file: " + ", ".join(display_path(m) + _near_file(m, " (did you mean {}?)") for m in missing)
    return UsageError(said)


#: The forms of :func:`_neither`'s and :func:`_check_paths`' errors read back in Polish (:func:`usage_pl`); compiled
#: on first use, in a Polish workspace's run that stops at one.
_NEITHER = r"no such file or revision: (?P<w>.+?)(?P<near> \(did you mean .+?\))?(?:; no such file: (?P<missing>.+))?"
_NOT_REV_NOR_PATH = r"'(?P<w>.+)' is neither a git revision nor a path in the (?P<where>working tree or in '.+'|working tree or the index)"


#: The refusals of `-o FILE` (diff's and review's) and of `--stat` with another format that `usage_pl` says in
#: Polish: (the English form, its Polish twin); the rest of a refusal not listed stays English whole.
_OUTPUT_PL = (
    (r"--output-file (?P<f>.+): cannot write the report: that is a folder; give a file name",
     r"--output-file \g<f>: nie można zapisać raportu: to folder; podaj nazwę pliku"),
    (r"--output-file (?P<f>.+): cannot write the report: a YAML or TOML name \(a document or a config\?\); "
     r"(?P<c>diff|review) writes (?:text, Markdown, JSON or HTML|Markdown, JSON, HTML or text): give another file name",
     r"--output-file \g<f>: nie można zapisać raportu: to nazwa pliku YAML albo TOML (dokumentu albo konfiguracji?), a "
     r"\g<c> zapisuje tekst, Markdown, JSON albo HTML: podaj inną nazwę pliku"),
    (r"--output-file (?P<f>.+): cannot write the report: the file is YAML or TOML \(a document or a config\?\), which "
     r"the report would replace; give another file name, or delete it first",
     r"--output-file \g<f>: nie można zapisać raportu: ten plik to YAML albo TOML (dokument albo konfiguracja?), który "
     r"raport by zastąpił; podaj inną nazwę pliku albo najpierw go usuń"),
    (r"--output-file (?P<f>.+): cannot write the report: that is a file being linted, which the report would replace; "
     r"give another file name",
     r"--output-file \g<f>: nie można zapisać raportu: to jeden z porównywanych plików, który raport by zastąpił; "
     r"podaj inną nazwę pliku"),
    (r"--stat is a text view; -f (?P<f>\w+) has every change \(in JSON each with its document's `kind`\), to count "
     r"as you need",
     r"--stat to widok tekstowy; -f \g<f> podaje każdą zmianę (w JSON z `kind` jej dokumentu), więc policzysz je, "
     r"jak chcesz"),
)


#: diff's refusals of options that git's diff driver (`--git-driver`) cannot honour, whole, and their Polish.
_DRIVER_PL = {
    "--stat and --git-driver do not go together: git hands its diff driver one file at a time; run cxkit diff REV "
    "--stat instead":
        "--stat i --git-driver nie idą w parze: git podaje programowi z --git-driver po jednym pliku naraz; zamiast "
        "tego uruchom cxkit diff REV --stat",
    "--output-file and --git-driver do not go together: git shows what its diff driver writes; run cxkit diff REV -o "
    "FILE instead":
        "--output-file i --git-driver nie idą w parze: to, co wypisze program z --git-driver, pokazuje git; zamiast "
        "tego uruchom cxkit diff REV -o PLIK",
    "-f html makes one page of a whole diff, not one for each file git hands its diff driver; run cxkit diff REV -f "
    "html > diff.html instead":
        "-f html robi jedną stronę z całego porównania, a nie po jednej dla każdego pliku, który git podaje programowi "
        "z --git-driver; zamiast tego uruchom cxkit diff REV -f html > diff.html",
    "--cached and --git-driver do not go together: git passes the driver the files to compare (`git diff --cached` "
    "runs it on what is staged)":
        "--cached i --git-driver nie idą w parze: pliki do porównania podaje programowi z --git-driver sam git "
        "(`git diff --cached` uruchamia go na tym, co jest w indeksie)",
}


#: diff's errors of a `REV:PATH` that names nothing (see :func:`_revision_path`), in Polish.
_REV_PATH_PL = (
    (r"'(?P<w>.+?)' names no commit, and '(?P<rev>.+?)' holds no (?P<p>.+?)(?: \(did you mean (?P<near>.+?)\?\))?: "
     r"to compare a file with a revision, write the path after --: (?P<cmd>cxkit diff .+)",
     "„{w}” nie jest commitem, a w „{rev}” nie ma {p}{near}: by porównać plik z rewizją, wpisz ścieżkę po --: {cmd}"),
    (r"'(?P<w>.+?)' names no commit, and '(?P<rev>.+?)' holds no (?P<p>.+?), nor does the working tree \(to compare a "
     r"file with a revision, write its path after --: (?P<cmd>cxkit diff .+ -- )PATH\)",
     "„{w}” nie jest commitem, a nie ma {p} ani w „{rev}”, ani w kopii roboczej (by porównać plik z rewizją, wpisz "
     "jego ścieżkę po --: {cmd}ŚCIEŻKA)"),
)


#: A revision git does not know, and review's range that does not end at HEAD, in Polish: (the English form,
#: its Polish twin, whose fields are the English one's groups). A form with advice not listed (a remote's
#: branch to fetch, a shallow clone) stays English whole.
_REVISION_PL = (
    (r"every path the config names is outside the git repository at (?P<top>.+); name the paths to compare",
     "każda ścieżka, którą podaje konfiguracja, leży poza repozytorium gita w {top}; podaj ścieżki do porównania"),
    (r"unknown revision '(?P<n>.+?)': there is no branch '(?P<b>.+?)' here, but there is '(?P<rb>.+?)': write '(?P<w>.+)'",
     "nieznana rewizja „{n}”: nie ma tu gałęzi „{b}”, ale jest „{rb}”: wpisz „{w}”"),
    (r"unknown revision '(?P<n>.+?)': '(?P<s>.+?)' is the first commit in this repository, with none before it",
     "nieznana rewizja „{n}”: „{s}” to pierwszy commit tego repozytorium, przed nim nie ma żadnego"),
    (r"unknown revision '(?P<n>.+?)': '(?P<s>.+?)' has (?P<k>\d+) commits? before it in this repository \(following "
     r"first parents\), not (?P<back>\d+); the first commit is '(?P<first>.+)'",
     "nieznana rewizja „{n}”: przed „{s}” jest w tym repozytorium commitów: {k} (licząc po pierwszych rodzicach), "
     "a nie {back}; pierwszy commit to „{first}”"),
    (r"unknown revision '(?P<n>.+?)'; if it is a branch of (?P<r>[^,]+), `(?P<f1>git fetch .+?)` makes it \(or write "
     r"'(?P<w>.+?)' after `(?P<f2>git fetch .+?)`\)",
     "nieznana rewizja „{n}”; jeśli to gałąź z {r}, `{f1}` utworzy ją tutaj (albo wpisz „{w}” po `{f2}`)"),
    (r"cxkit review compares BASE with the working tree, so a range must end at HEAD: '(?P<base>.+?)' ends at "
     r"'(?P<new>.+?)'; check out '(?P<co>.+?)' first, or give BASE alone \('(?P<a>.+?)' or '(?P<b>.+?)'\)",
     "cxkit review porównuje BASE z kopią roboczą, więc zakres musi kończyć się na HEAD, a „{base}” kończy się na "
     "„{new}”: najpierw przełącz się na „{co}” (git switch) albo podaj samo BASE („{a}” albo „{b}”)"),
    # A remote's branch not fetched here (`origin/nonexist`), a remote misnamed (`orgin/main`), each with or
    # without the local branch of that name to compare with instead.
    (r"unknown revision '(?P<n>.+?)': (?P<r>\S+) has no branch '(?P<b>.+?)' fetched here; `(?P<f>git fetch .+?)` "
     r"fetches it, if (?P=r) has one \(`git branch -r` lists the branches fetched\)",
     "nieznana rewizja „{n}”: z {r} nie pobrano tu gałęzi „{b}”; `{f}` ją pobierze, jeśli {r} ją ma (`git branch -r` "
     "wypisuje pobrane gałęzie)"),
    (r"unknown revision '(?P<n>.+?)': (?P<r>\S+) has no branch '(?P<b>.+?)' fetched here; `(?P<f>git fetch .+?)` "
     r"fetches it, if (?P=r) has one \(`git branch -r` lists the branches fetched\); or compare with the local branch "
     r"'(?P<lb>.+?)': write '(?P<w>.+)'",
     "nieznana rewizja „{n}”: z {r} nie pobrano tu gałęzi „{b}”; `{f}` ją pobierze, jeśli {r} ją ma (`git branch -r` "
     "wypisuje pobrane gałęzie); albo porównaj z lokalną gałęzią „{lb}”: wpisz „{w}”"),
    (r"unknown revision '(?P<n>.+?)': this repository has no remote '(?P<r>.+?)' \(its remotes: (?P<all>.+?)\): "
     r"write '(?P<i>[^']+)'",
     "nieznana rewizja „{n}”: to repozytorium nie ma zdalnego repozytorium „{r}” (ma: {all}): wpisz „{i}”"),
    (r"unknown revision '(?P<n>.+?)': this repository has no remote '(?P<r>.+?)' \(its remotes: (?P<all>.+?)\): "
     r"write '(?P<i>[^']+)', or compare with the local branch '(?P<lb>.+?)': write '(?P<w>.+)'",
     "nieznana rewizja „{n}”: to repozytorium nie ma zdalnego repozytorium „{r}” (ma: {all}): wpisz „{i}” albo "
     "porównaj z lokalną gałęzią „{lb}”: wpisz „{w}”"),
    (r"unknown revision '(?P<n>.+?)': this repository has no remote '(?P<r>[^']+)' \(its remotes: (?P<all>.+?)\); "
     r"add the remote and fetch it \(`(?P<add>git remote add .+?)`, then `(?P<f>git fetch .+?)`\)",
     "nieznana rewizja „{n}”: to repozytorium nie ma zdalnego repozytorium „{r}” (ma: {all}); dodaj je i pobierz "
     "(`{add}`, potem `{f}`)"),
    (r"unknown revision '(?P<n>.+?)': this repository has no remote '(?P<r>[^']+)' \(its remotes: (?P<all>.+?)\); "
     r"compare with the local branch '(?P<lb>[^']+)': write '(?P<w>[^']+)', or add the remote and fetch it "
     r"\(`(?P<add>git remote add .+?)`, then `(?P<f>git fetch .+?)`\)",
     "nieznana rewizja „{n}”: to repozytorium nie ma zdalnego repozytorium „{r}” (ma: {all}); porównaj z lokalną "
     "gałęzią „{lb}”: wpisz „{w}”, albo dodaj zdalne repozytorium i pobierz je (`{add}`, potem `{f}`)"),
    (r"unknown revision '(?P<n>.+?)': this repository has no remote '(?P<r>[^']+)', nor any other \(`git remote -v` "
     r"lists none\); add the remote and fetch it \(`(?P<add>git remote add .+?)`, then `(?P<f>git fetch .+?)`\)",
     "nieznana rewizja „{n}”: to repozytorium nie ma zdalnego repozytorium „{r}” ani żadnego innego (`git remote -v` "
     "nie wypisuje żadnego); dodaj je i pobierz (`{add}`, potem `{f}`)"),
    (r"unknown revision '(?P<n>.+?)': this repository has no remote '(?P<r>[^']+)', nor any other \(`git remote -v` "
     r"lists none\); compare with the local branch '(?P<lb>[^']+)': write '(?P<w>[^']+)', or add the remote and fetch "
     r"it \(`(?P<add>git remote add .+?)`, then `(?P<f>git fetch .+?)`\)",
     "nieznana rewizja „{n}”: to repozytorium nie ma zdalnego repozytorium „{r}” ani żadnego innego (`git remote -v` "
     "nie wypisuje żadnego); porównaj z lokalną gałęzią „{lb}”: wpisz „{w}”, albo dodaj zdalne repozytorium i pobierz "
     "je (`{add}`, potem `{f}`)"),
    (r"unknown revision '(?P<n>[^'\n]+)'",
     "nieznana rewizja „{n}”: git nie zna takiej gałęzi, tagu ani commitu"),
    (r"unknown revision '(?P<n>[^'\n]+)' in '(?P<r>[^'\n]+)'",
     "nieznana rewizja „{n}” w „{r}”: git nie zna takiej gałęzi, tagu ani commitu"),
)


def usage_pl(message: str) -> str | None:
    """The usage error ``message`` of `cxkit diff` in Polish, for a workspace whose config says `lang = "pl"`:
    a first word that names neither a file nor a revision (`no such file or revision: q3-2025`), with the
    files it is close to; None for a form not known here, which stays English whole."""
    import re

    def near(text: str) -> str:
        return re.sub(r" \(did you mean (.+?)\?\)", r" (czy chodziło o \1?)", text)

    if message in _DRIVER_PL:
        return _DRIVER_PL[message]
    for english, polish in _REV_PATH_PL:
        found = re.fullmatch(english, message, re.DOTALL)
        if found is not None:
            near_said = f" (czy chodziło o {found['near']}?)" if found.groupdict().get("near") else ""
            return polish.format(**{**found.groupdict(), "near": near_said})
    for english, polish in _OUTPUT_PL:
        if re.fullmatch(english, message, re.DOTALL):
            return re.sub(english, polish, message, flags=re.DOTALL)
    for english, polish in _REVISION_PL:
        found = re.fullmatch(english, message, re.DOTALL)
        if found is not None:
            return polish.format(**found.groupdict())
    found = re.fullmatch(_NEITHER, message, re.DOTALL)
    if found is not None:
        said = f"nie ma takiego pliku ani rewizji: {found['w']}{near(found['near'] or '')}"
        if found["missing"]:
            said += f"; nie ma takiego pliku: {near(found['missing'])}"
        return said
    found = re.fullmatch(_NOT_REV_NOR_PATH, message, re.DOTALL)
    if found is not None:
        where = found["where"]
        # A comma before each "ani" after the first, as Polish writes a run of them.
        where = ("kopii roboczej, ani w indeksie" if where == "working tree or the index"
                 else f"kopii roboczej, ani w „{where[len('working tree or in ') + 1:-1]}”")
        return f"„{found['w']}” nie jest ani rewizją gita, ani ścieżką w {where}"
    return None


def _revision_path(repo: Repo, word: str) -> str | None:
    """What ``word`` is said to be when it is written `REV:PATH` (git's name of a file or folder of a revision)
    with REV a commit: a file or folder of it (see :meth:`Repo.unknown`), or a path REV does not hold, as git
    says it, with the path it is close to and the spelling that compares it; None for another word.  PATH is
    from the top, as git reads it (from the current folder when it starts with `./` or `../`)."""
    rev, colon, path = word.partition(":")
    if not colon or not rev or not path.strip("/") or repo.commit(rev) is None:
        return None
    if repo.kind(word) is not None:
        return repo.unknown(word, path_too=True)
    held = _held_from_here(repo, rev, path)
    if held is not None:
        return held
    from ..discovery import near_path

    here = repo.revision_path(path)
    said = f"'{display_path(word)}' names no commit, and '{rev}' holds no {display_path(repo.from_top(here))}"
    # The revision's file it is close to, as `cxkit render REV:PATH` offers it; else a file of the
    # working tree (new since REV, compared as added); else the path itself, when the working tree has it.
    commit = repo.commit(rev)
    from_here = path if repo.prefix and not path.startswith(("./", "../", "/")) else None
    near = repo.near_file([commit], here, from_here) if commit is not None else None
    if near is None and not os.path.lexists(here):
        near = near_path(here)
    if near is None and not os.path.lexists(here):
        # Nowhere at all: no path to offer, it would name nothing either.
        return (f"{said}, nor does the working tree (to compare a file with a revision, write its path "
                f"after --: cxkit diff {shell_word(rev)} -- PATH)")
    meant = repo.from_top(near if near is not None else here)
    hint = f" (did you mean {display_path(meant)}?)" if near is not None else ""
    typed = meant if not repo.prefix else f":/{meant}"
    return (f"{said}{hint}: to compare a file with a revision, write the path after --: "
            f"cxkit diff {shell_word(rev)} -- {shell_word(typed)}")


def _held_from_here(repo: Repo, rev: str, path: str) -> str | None:
    """What `REV:PATH` typed below the top (from `personas/`, `HEAD:ola.yaml`) is said to be when REV holds no
    PATH at its top, where git reads it from, but holds it under the current folder (`personas/ola.yaml`): git's
    names of that file and the spelling that compares it; None otherwise."""
    if not repo.prefix or path.startswith(("./", "../", "/")):
        return None
    kind = repo.kind(f"{rev}:./{path}")
    if kind not in ("blob", "tree"):
        return None
    full = posixpath.normpath(posixpath.join(repo.prefix, path))
    what = "file" if kind == "blob" else "folder"
    return (f"'{display_path(rev + ':' + path)}' names no commit, and '{rev}' holds no {display_path(path)} at the "
            f"top of the repository, where git reads REV:PATH from; it holds {display_path(full)} "
            f"({display_path(rev + ':' + full)}, or {display_path(rev + ':./' + path)} from here): to compare that "
            f"{what} with the revision, write the path after --: cxkit diff {shell_word(rev)} -- {shell_word(path)}")


def _near_file(word: str, form: str) -> str:
    """``form`` with the path that exists which ``word`` was most likely meant as (`personas/tomk.yaml` for
    `personas/tomek.yaml`), as lint and fmt say it (:func:`cxkit.discovery.near_path`); "" when none is."""
    from ..discovery import near_hint

    return near_hint(word, form)


def with_near(said: str, word: str) -> UsageError:
    """The error ``said`` of ``word``, a path that names nothing, with the path it is close to (none for
    `-` or a name with a backslash, see :func:`cxkit.discovery.near_hint`). ``said`` must hold no
    suggestion of its own: an error that has one (:func:`cxkit.discovery.missing_path`) is raised as it is."""
    return UsageError(said + _near_file(word, "; did you mean {}?"))


def _no_such_name(repo: Repo, specs: Pathspecs, path: str, where: str) -> UsageError:
    """A name after the revisions (``path``, one of ``specs.paths``) that names nothing ``where`` (`in the
    working tree or in 'HEAD'`), with the path it was most likely meant as, spelt as it was typed: one
    typed with magic (`:/personas/tomk.yaml`) is looked up as the path it names and offered with its
    magic (`:/personas/tomek.yaml`), where the folder as typed is no folder here."""
    shown = specs.shown(path)
    said = f"{display_path(shown)}: no such path {where}"
    if shown == path:
        return with_near(said, path)
    error = UsageError(said)
    from ..discovery import near_path

    near = near_path(path)
    if near is None:
        return error
    return UsageError(f"{error}; did you mean {display_path(specs.spelt(path, near, str(repo.cwd), str(repo.top)))}?")


def _names_a_file(word: str) -> bool:
    """Whether ``word`` reads as a file's name rather than a revision's: a `.yaml` (`.yml`) name, a
    folder's (`personas/`), or one in a folder that exists (`personas/nowa`)."""
    if word.startswith(":") or not word:
        return False
    folder = os.path.dirname(word)
    return word.lower().endswith(YAML_SUFFIXES) or word.endswith("/") or (bool(folder) and os.path.isdir(folder))


def _glob_in_a_folder(arg: str) -> bool:
    """Whether ``arg`` is a glob in a folder that exists (``../journeys/*.yaml``): a path, though it holds ``..``."""
    cut = min((arg.index(c) for c in "*?[" if c in arg), default=-1)
    folder = arg[:cut].rpartition("/")[0] if cut >= 0 else ""
    return bool(folder) and not arg.startswith(":") and os.path.isdir(folder)


def _pathspecs(repo: Repo, args: list[str]) -> Pathspecs:
    """The paths after the revisions, with their globs and exclusions (see :mod:`cxkit.diff.pathspec`)."""
    return split_pathspecs(args, str(repo.cwd), str(repo.top), _exists)


def _refuse_submodules(repo: Repo, specs: Pathspecs, inside: list[str], command: str) -> None:
    """A path named (or a glob's folder) at or in a git submodule is a usage error, whichever sides are
    compared: the submodule is a repository of its own, and this one holds none of its files, so the
    comparison would say nothing (git: "Pathspec is in submodule"). ``command``: the command that
    compares the same sides in the submodule (`cxkit diff --cached`)."""
    subs = repo.submodules([p for p in inside if p not in ("", ".")], itself=True)
    for typed, path in zip(specs.args, inside):
        sub = subs.get(path)
        if sub is not None:
            raise UsageError(in_submodule(typed, path, sub, command, glob=typed in {g for g, _ in specs.globs}))


def _unmatched(outcome: Outcome, specs: Pathspecs) -> Outcome:
    """``outcome`` with a note for each glob no file on either side matched (`'personas/*.yml'`, a typo
    in the extension): git says nothing, and a plain name that names nothing is a usage error."""
    from .formats import phrase

    for typed in specs.unmatched():
        outcome.notes.append(Worded(phrase("unmatched", "en", glob=shell_word(typed)),
                                    phrase("unmatched", "pl", glob=shell_word(typed))))
    return outcome


def _diff_unstaged(
    args: list[str], options: Options, config: Config, cwd: Path | None, config_given: bool, repo: Repo | None = None
) -> Outcome:
    """``[PATHS...]`` without a revision: the working tree against the index (what is staged), as `git diff`
    compares them, so what was staged already is not shown again; a note says so when something is."""
    if repo is None:
        try:
            repo = Repo(cwd)
        except GitEnvironmentError:
            raise
        except GitError as exc:
            said = "cxkit diff PATHS" if args else "cxkit diff without arguments"
            raise UsageError(
                f"{said} compares the working tree with what is staged, as `git diff` does, "
                f"and cannot here: {exc}; to compare files or folders, give two: OLD NEW"
            ) from None
    specs = _pathspecs(repo, args)
    given, rest, keep = specs.paths, repo.inside(specs.paths), specs.keep()
    _refuse_submodules(repo, specs, rest, "cxkit diff")
    paths = rest or _configured_inside(repo, config, config_given)
    for typed, p in zip(given, rest):
        if typed in specs.names and not _exists(p) and not repo.staged(p):
            raise _no_such_name(repo, specs, typed, "in the working tree or the index")
    excluded = excluded_named(repo, config, given or paths, paths, (), index=True, named=bool(given))
    # A file named that a plain `mv` renamed (or git finds renamed) since the index: its other name is read too.
    rest = with_renamed(repo, rest, [p for typed, p in zip(given, rest) if typed in specs.names], "", None)
    paths = rest or paths
    staged = _revision_config(repo, "", "", config)  # the index's: the configuration as staged, `:cxkit.toml`
    old = index_side(repo, _side_paths(repo, rest, staged, config, paths), staged, keep)
    outcome = _compared(old, worktree_side(repo, paths, config, keep), options, specs, excluded, "cxkit diff")
    if any(keep is None or keep(n) for n in repo.staged_names(paths)):
        # Said of the paths as typed, globs and exclusions too, so the commands suggested compare the same files.
        where = " under " + " ".join(shell_word(a) for a in args) if args else ""
        limit = " -- " + " ".join(shell_word(a) for a in args) if args else ""
        head = (f"`cxkit diff HEAD{limit}` compares with the last commit, " if repo.commit("HEAD") is not None
                else "with no commit yet, ")
        outcome.notes.append(
            f"compared the working tree with what is staged (the index), as `git diff` does: changes staged{where} "
            f"are not shown; {head}`cxkit diff --cached{limit}` shows what is staged")
    return outcome


def _diff_range(
    repo: Repo, typed: str, span: Span, rest: list[str], options: Options, config: Config,
    after_dashes: int, config_given: bool = False,
) -> Outcome:
    """``A..B`` or ``A...B`` (see :meth:`Repo.revision_range`): two revisions in one argument; the rest are paths."""
    old_rev, old_commit, new_rev, new_commit = span.old_rev, span.old, span.new_rev, span.new
    if len(rest) > after_dashes and not _exists(rest[0]) and not repo.names(old_commit, rest[0]) \
            and not repo.names(new_commit, rest[0]) and repo.commit(rest[0]) is not None:
        raise UsageError(f"'{typed}' names both revisions to compare already; '{rest[0]}' cannot be a third "
                         f"(paths to limit the comparison to go after --)")
    specs = _pathspecs(repo, rest)
    given, inside, keep = specs.paths, repo.inside(specs.paths), specs.keep()
    _refuse_submodules(repo, specs, inside, "cxkit diff OLD NEW --")
    paths = inside or _configured_inside(repo, config, config_given)
    for shown, p in zip(given, inside):
        # Two revisions: the working tree is neither side, so a name must be in one of them.
        if shown in specs.names and not revision_holds(repo, old_commit, p) and not revision_holds(repo, new_commit, p):
            if _exists(p):
                raise missing_in_revisions(repo, specs.shown(shown), p, (old_rev, new_rev), (old_commit, new_commit))
            raise _no_such_name(repo, specs, shown, f"in '{old_rev}' or in '{new_rev}'")
    excluded = excluded_named(repo, config, given or paths, paths, (old_commit, new_commit), named=bool(given))
    inside = with_renamed(repo, inside, [p for shown, p in zip(given, inside) if shown in specs.names], old_commit,
                          new_commit)
    paths = inside or paths
    sides, owns = [], []
    for rev, commit in ((old_rev, old_commit), (new_rev, new_commit)):
        own = _revision_config(repo, commit, rev, config)  # each revision with its own configuration
        owns.append(own)
        sides.append(revision_side(repo, rev, commit, _side_paths(repo, inside, own, config, paths), own, keep))
    outcome = _compared(sides[0], sides[1], options, specs, excluded, f"cxkit diff {shell_word(typed)} --",
                        git_renames(repo, old_commit, new_commit))
    from .formats import diff_lang
    from .review import _changed_settings

    note = None
    if _changed_settings(owns[0], owns[1]):
        note = _config_note_worded(old_rev, new_rev, owns[0], owns[1], diff_lang(outcome.result),
                                   _extended_changed(repo, config, old_commit, new_commit))
    if note is not None:
        outcome.notes.append(note)
    return outcome


def review_base(base: str, paths: list[str], config: Config, cwd: Path | None = None, *,
                allow_shallow: bool = False) -> str:
    """BASE as `cxkit review` reads it, with the warnings `cxkit diff` gives.

    Review compares BASE with the working tree, so a range is taken when it ends where the
    working tree stands: ``A..B`` and ``A...B`` with B the commit HEAD is on (or left out, as in
    ``main...HEAD``, ``main..``) are ``A`` and ``A...``; one ending elsewhere is a usage error.
    A named folder that `exclude` leaves out is warned about by the review, once it knows whether
    anything was compared (see :func:`excluded_named`).
    Anything else wrong (not a repository, an unknown BASE) is left for the review to report.
    A shallow clone that lacks the merge base is a usage error: comparing with BASE as it is now
    would blame the change for what BASE fixed since; ``allow_shallow`` accepts that comparison.
    """
    try:
        repo = Repo(cwd)
    except GitTimeout:
        raise
    except UsageError:
        return base
    span = repo.revision_range(base) if not _exists(base) else None
    if span is not None:
        old_rev, new_rev, new = span.old_rev, span.new_rev, span.new
        if span.note and new == repo.commit("HEAD"):
            sys.stderr.write(f"cxkit: note: {span.note}\n")
        if new != repo.commit("HEAD"):
            alone = old_rev if old_rev.endswith("...") else f"{old_rev}..."
            raise UsageError(f"cxkit review compares BASE with the working tree, so a range must end at HEAD: "
                             f"'{base}' ends at '{new_rev}'; check out '{new_rev}' first, or give BASE alone "
                             f"('{old_rev.removesuffix('...')}' or '{alone}')")
        base = old_rev
    commit = repo.commit(base)
    head = repo.commit("HEAD")
    if commit is not None and head is not None and span is None and not base.endswith("..."):
        # A pull request is read from where the branch left BASE, as GitHub shows it: what BASE
        # gained since is not the branch's undoing. `BASE..` compares with BASE as it is now.
        ahead = _note_commits_ahead(
            repo, base, commit, head, None,
            f"the review compares with where {_LEFT} left it ('{base}...'), as a pull request shows it",
            f"cxkit review {shell_word(base + '..')}",
            f"'{base}' as it is now, what those commits changed showing as undone")
        if ahead:
            base = f"{base}..."
            commit = repo.commit(base)
        elif ahead is None and commit not in repo.recorded_parent_ids(head):
            # No merge base: a shallow clone, a history cut by `git replace --graft`, an orphan branch.
            # (A merge commit made on BASE's tip, a pull request's merge checkout fetched alone, holds
            # BASE: compared with BASE, as a full clone of it is.)
            why, fix = repo.missing_branch_point(base, commit, head)
            if not allow_shallow:
                raise UsageError(
                    f"{why}, so the review cannot compare with it as a pull request shows it (comparing with '{base}' "
                    f"as it is now would count what it gained since as undone here); "
                    + (f"{fix}; or, " if fix else "")
                    + f"to compare with '{base}' as it is now all the same, give --allow-shallow (or '{base}..' as BASE)")
            sys.stderr.write(f"cxkit: note: {why}: the review compares with '{base}' as it is now (what it gained "
                             f"since, if anything, shows as undone)"
                             + (f"; for the comparison a pull request shows, {fix}" if fix else "") + "\n")
    return base


#: Where a note names what is checked out, short ("the branch", or "HEAD" when detached): filled in by
#: :func:`_note_commits_ahead` only when it says the note, so that a run with nothing to say asks git nothing.
_LEFT = "\0left\0"


def _note_commits_ahead(
    repo: Repo, rev: str, commit: str, new: str, who: str | None, so: str, command: str, other: str
) -> int | None:
    """Say on stderr that ``rev`` (its commit ``commit``) has commits ``who`` (the commit ``new``; None:
    what is checked out, see :meth:`Repo.current`) has not got, ``so`` what the comparison does about them,
    and that ``command`` compares with ``other``. Returns how many there are (None: not known, as in a
    shallow clone)."""
    ahead = repo.commits_ahead(commit, new)
    if ahead:
        commits = "1 commit" if ahead == 1 else f"{ahead} commits"
        said = (f"cxkit: note: '{rev}' has {commits} {repo.current() if who is None else who} has not got, so {so}; "
                f"`{command}` compares with {other}\n")
        sys.stderr.write(said.replace(_LEFT, repo.current(short=True)) if _LEFT in said else said)
    return ahead


def _note_ahead(repo: Repo, rev: str, commit: str, rev2: str | None, new: str | None, cached: bool = False) -> None:
    """A note when ``rev`` holds commits the side it is compared with (``rev2``'s commit ``new``, else
    HEAD's) has not got: what they changed shows as undone there, as `git diff` shows it; ``REV...``
    compares with where that side left ``rev``. Said of a revision written alone, not of a range."""
    if rev.endswith("...") or new is None:
        return
    who, left = (f"'{rev2}'", f"'{rev2}'") if rev2 else (None, _LEFT)
    command = f"cxkit diff {'--cached ' if cached else ''}{shell_word(rev + '...' + (rev2 or ''))}"
    _note_commits_ahead(repo, rev, commit, new, who, "what they changed shows here as undone", command,
                        f"where {left} left '{rev}'")


def _diff_cached(
    args: list[str], options: Options, config: Config, cwd: Path | None, after_dashes: int, config_given: bool = False,
    dashes: bool = False,
) -> Outcome:
    """``--cached [REV] [PATHS...]``: what is staged (the index) against REV, HEAD by default, as `git diff --cached`.

    An argument before ``--`` that is a path (of the working tree, the index or the
    revision) is a path, as in the other forms; else the first one must name a commit.
    With no commit yet and no revision given, the index is compared with nothing, as
    git compares it with an empty tree.  Two files or two revisions are a usage error:
    there is one revision and the index to compare.
    """
    if len(args) == 2 and after_dashes == 0 and _exists(args[0]) and _exists(args[1]):
        raise UsageError(
            "--cached compares what is staged with a revision, not two files or folders; "
            f"to limit it to {display_path(args[0])} and {display_path(args[1])}, put them after --: "
            "cxkit diff --cached [REV] -- PATHS..."
        )
    repo = Repo(cwd)
    head = repo.commit("HEAD")  # None in a repository with no commits yet
    rest = list(args)
    rev, commit = "HEAD", head
    rev_given = False

    def is_path(p: str) -> bool:
        return _exists(p) or repo.staged(p) or (commit is not None and repo.names(commit, p))

    if len(rest) > after_dashes and not dashes and _exists(rest[0]) and repo.commit(rest[0]) is not None:
        raise _ambiguous(repo, rest, 0, cached=True)
    revision_first = dashes and len(rest) > after_dashes and repo.commit(rest[0]) is not None  # `--cached klient --`
    if len(rest) > after_dashes and (revision_first or not is_path(rest[0])) \
            and not (is_pattern(rest[0]) and repo.commit(rest[0]) is None):
        commit = repo.commit(rest[0])
        if commit is None and not _exists(rest[0]) and repo.revision_range(rest[0]) is not None:
            raise UsageError(f"--cached compares what is staged with one revision, not a range ('{rest[0]}'): "
                             "leave out --cached to compare two revisions, or give one (`main`, `main...`)")
        if commit is None:
            if head is None:
                raise UsageError(f"'{display_path(rest[0])}' is no path in the working tree or the index, and names no "
                                 "commit: the repository has no commits yet (without a revision, --cached compares "
                                 "what is staged with nothing)")
            if rest[0].endswith("...") and len(rest[0]) > 3:
                raise UsageError(repo.unknown(rest[0]))
            raise UsageError(f"'{display_path(rest[0])}' is neither a git revision nor a path in the working tree or the index")
        rev = rest.pop(0)
        rev_given = True
        if len(rest) > after_dashes and not is_path(rest[0]) and repo.commit(rest[0]) is not None:
            raise UsageError(
                f"--cached compares what is staged with one revision, not two ('{rev}' and '{rest[0]}'): "
                f"leave out --cached to compare two revisions, or compare the index with one of them"
            )
    if dashes:
        _only_revisions_before_dashes(repo, [rev] if rev_given else [], rest, after_dashes, cached=True)
    specs = _pathspecs(repo, rest)
    given, rest, keep = specs.paths, repo.inside(specs.paths), specs.keep()
    _refuse_submodules(repo, specs, rest, "cxkit diff --cached --")
    paths = rest or _configured_inside(repo, config, config_given)
    for typed, p in zip(given, rest):
        if typed in specs.names and not is_path(p):
            raise _no_such_name(repo, specs, typed, f"in the working tree, the index or '{rev}'")
    excluded = excluded_named(repo, config, given or paths, paths, (commit,), index=True, named=bool(given))
    if commit is not None:
        _note_ahead(repo, rev, commit, None, head, cached=True)
        rest = with_renamed(repo, rest, [p for typed, p in zip(given, rest) if typed in specs.names], commit, "")
        paths = rest or paths
    if commit is None:
        old = Side(f"{rev} (no commits yet)")
    else:
        own = _revision_config(repo, commit, rev, config)  # each side with its own configuration
        old = revision_side(repo, rev, commit, _side_paths(repo, rest, own, config, paths), own, keep)
    staged = _revision_config(repo, "", "", config)  # the index's: the configuration as staged, `:cxkit.toml`
    new = index_side(repo, _side_paths(repo, rest, staged, config, paths), staged, keep)
    command = "cxkit diff --cached" + (f" {shell_word(rev)}" if rev_given else "") + " --"
    return _compared(old, new, options, specs, excluded, command, git_renames(repo, commit, "") if commit else frozenset())


def _paths(old: str, new: str, options: Options, config: Config) -> Outcome:
    old_dir, new_dir = Path(old).is_dir(), Path(new).is_dir()
    if old_dir != new_dir:
        raise UsageError(f"cannot compare a {'folder' if old_dir else 'file'} ({display_path(old)}) "
                         f"with a {'folder' if new_dir else 'file'} ({display_path(new)})")
    if old_dir:
        excluded = excluded_folders([old, new], config)
        old_side, new_side = folder_side(old, config), folder_side(new, config)
        if len(excluded) == 2 and not any(s.docs or s.problems or s.binary for s in (old_side, new_side)):
            # Nothing read on either side, for the configuration left both out: no "no differences".
            where = f"`exclude` in {display_path(os.path.relpath(config.source))}" if config.source else "`exclude`"
            raise UsageError(f"nothing to compare: both folders ({', '.join(excluded)}) are excluded by the "
                             f"configuration ({where}); to compare them anyway, compare their files two by two "
                             f"(cxkit diff OLD.yaml NEW.yaml) or give a configuration without that exclusion "
                             f"(--config FILE)")
        for folder in excluded:
            _excluded_warning(folder, config, hint=False)  # a folder compared with a folder: its files cannot be named
        return _sides(old_side, new_side, options)
    a, b = file_side(old), file_side(new)
    problems = a.problems + b.problems
    result = DiffResult([], a.label, b.label)
    if not problems:
        result.documents.append(compare_pair(a.docs[0], b.docs[0], options, renames=False))
    return Outcome(result, problems)


def _sides(old: Side, new: Side, options: Options) -> Outcome:
    """Compare two workspaces: every document that loads on both sides; the files one side cannot read are not compared.

    A file that cannot be read on one side is neither removed nor added: its document on the
    other side is left out too, and the file is listed in ``result.not_compared`` (as
    `cxkit review` lists it). When that leaves no document to compare on either side, nothing
    could be compared: the problems alone are returned, as trouble — as they are for an unresolved
    merge conflict in the index, which git itself will not commit until it is resolved.
    """
    settle_emptied(old, new)  # a document emptied is not compared, not removed
    # A file neither side can read, with the same bytes on both (perhaps moved): nothing in it changed.
    # Said once, as a note, rather than as a file not compared.
    same = unchanged_unread(old, new)
    _drop_problems(old, set(same))
    notes = unchanged_unread_notes(_drop_problems(new, set(same.values())), same)
    problems = old.problems + new.problems
    result = DiffResult([], old.label, new.label)
    notes = binary_notes(old, new) + notes
    # A document moved into a file the other side cannot read is not compared either.
    old_out, new_out = new.unread | moved_out_of_reach(old, new), old.unread | moved_out_of_reach(new, old)
    old_docs = [d for d in old.docs if d.file not in old_out]
    new_docs = [d for d in new.docs if d.file not in new_out]
    if any(p.fatal for p in problems):
        # An unresolved merge conflict: said once, not again as the markers in the working tree's copy.
        return Outcome(result, [p for p in problems if p.fatal], notes)
    if problems and not old_docs and not new_docs:
        return Outcome(result, problems, notes)
    result.documents = compare_workspaces(old_docs, new_docs, options)
    mark_left(result.documents, new, options)
    mark_joined(result.documents, old, options)
    stages_moved(result.documents, options)  # a stage moved to another journey: once left and joined are known
    for side, where in (("before", old), ("after", new)):
        by_file: dict[str, list[Problem]] = {}
        for problem in where.problems:
            by_file.setdefault(problem.file or problem.where, []).append(problem)
        result.not_compared += [(side, file, found) for file, found in by_file.items()]
    return Outcome(result, notes=notes)


class Worded(str):
    """A note for stderr, in English, with its Polish words (``pl``) for a Polish diff (see
    :func:`~cxkit.diff.formats.diff_lang`, known once the diff is made)."""

    pl: str

    def __new__(cls, en: str, pl: str) -> Worded:
        note = super().__new__(cls, en)
        note.pl = pl
        return note


def unchanged_unread_notes(problems: list[Problem], same: dict[str, str]) -> list[str]:
    """The note for the files neither side can read that the change did not touch (``same``: old file ->
    new file, see :func:`unchanged_unread`; ``problems``: theirs on the new side).  One file is named
    with its problem; more are counted in one line that says how to list them.  Each note carries its
    Polish words (:class:`Worded`; lint's message in it stays English)."""
    if not same:
        return []
    return [Worded(en, pl) for en, pl in zip(_unread_notes(problems, same, "en"), _unread_notes(problems, same, "pl"))]


def _unread_notes(problems: list[Problem], same: dict[str, str], lang: str) -> list[str]:
    """:func:`unchanged_unread_notes` in ``lang``, with the words of :data:`~cxkit.diff.review.REVIEW_WORDS`."""
    from .formats import pl_plural
    from .review import REVIEW_WORDS

    w = REVIEW_WORDS[lang]
    moved = sum(1 for was, now in same.items() if was != now)
    if len(same) == 1:
        was, now = next(iter(same.items()))
        how = w["unread.moved"].format(was=display_path(was)) if moved else w["unread.same"]
        return [w["unread.one"].format(problem=p, how=how) for p in problems]
    rules = sorted({p.rule for p in problems}) or ["yaml-syntax"]
    n = len(same)
    # 2 pliki, których … są takie same; 5 plików, których … jest takich samych.
    return [w["unread.many"].format(
        n=n, only=w["unread.only"].format(moved=moved) if moved else "",
        files=pl_plural(n, "plik, którego", "pliki, których", "plików, których"),
        same=pl_plural(n, "jest taki sam", "są takie same", "jest takich samych"),
        command=f"`cxkit lint --select {','.join(rules)}`")]


def _drop_problems(side: Side, files: set[str]) -> list[Problem]:
    """Take the problems of ``files`` out of ``side`` (they are no longer "not compared"); returns them."""
    if not files:
        return []
    taken = [p for p in side.problems if p.file in files]
    side.problems = [p for p in side.problems if p.file not in files]
    return taken


def binary_notes(old: Side, new: Side) -> list[str]:
    """A note for each binary file a scan of either side found (a `.yaml` that is an image): it
    holds no document and is not compared, which is said rather than passed over in silence; in
    Polish for a Polish diff (:class:`Worded`)."""
    from .formats import phrase, side_in

    notes: list[str] = []
    for file in dict.fromkeys(old.binary + new.binary):
        sides = [side.label for side in (old, new) if file in side.binary]
        en, pl = (f"{file}{'' if len(sides) == 2 else phrase('binary.in', lang, where=side_in(sides[0], lang))}: "
                  f"{phrase('binary', lang)}" for lang in ("en", "pl"))
        notes.append(Worded(en, pl))
    return notes


def uncompared_headline(files: list[str], code: Callable[[str], str] = str, lang: str = "en") -> str:
    """The first line of a diff that found no difference in what it compared but could not compare
    ``files``: said first, for "No semantic differences." would say the opposite of the exit code;
    in Polish when the diff is (``lang``, see :func:`~cxkit.diff.formats.diff_lang`)."""
    names = list(dict.fromkeys(files))
    shown = ", ".join(code(n) for n in names[:3])
    if lang == "pl":
        # "Nie udało się porównać 1 pliku / 2 plików / 5 plików": the genitive, one form past 1.
        shown += f" i jeszcze {len(names) - 3}" if len(names) > 3 else ""
        count = "1 pliku" if len(names) == 1 else f"{len(names)} plików"
        return f"Nie udało się porównać {count} ({shown}); w porównanych plikach brak różnic w treści."
    shown += f" and {len(names) - 3} more" if len(names) > 3 else ""
    count = "1 file" if len(names) == 1 else f"{len(names)} files"
    return f"{count} could not be compared ({shown}); no semantic differences in the files compared."


@dataclass
class DriverCall:
    """What git handed the external diff command, read and compared."""

    path: str
    new_path: str
    outcome: Outcome | None
    old_text: str = ""
    new_text: str = ""
    binary: bool = False
    #: One side is a symbolic link: git passes the path it points to, which is no document.
    link: bool = False
    #: One side is over the size cap: only its beginning was read, so no line diff can be shown.
    too_large: bool = False
    #: A file git passed could not be read (gone, a folder, no permission): nothing to compare or show.
    unreadable: bool = False


def diff_for_git(args: list[str], options: Options) -> DriverCall:
    """Compare the two files git passes to an external diff driver.

    ``path old-file old-hex old-mode new-file new-hex new-mode [new-path xfrm]``;
    an added or deleted file is ``/dev/null`` on one side.
    """
    # The names as shown: git passes them as they are, control characters and all.
    path = display_path(args[0])
    new_path = display_path(args[7]) if len(args) >= 8 else path
    old_side, new_side = Side(path), Side(new_path)
    contents: list[tuple[bytes, int | None]] = []
    unread: list[Problem] = []
    # A side is located as a document problem is: the old one in "a/…", as git's header names it.
    for file, where in ((args[1], f"a/{path}"), (args[4], new_path)):
        if file == DEV_NULL:
            contents.append((b"", None))
            continue
        try:
            contents.append(read_file(file))
        except OSError as exc:
            # git removed its copy, or handed over a folder or a file it cannot read: shown, never a
            # non-zero exit, which would stop `git diff` at this file.
            why = "a folder, not a file" if os.path.isdir(file) else exc.strerror or exc
            unread.append(Problem(where, 1, 1, f"cannot read the file git passed ({display_path(file)}): {why}",
                                  "CX000", "read-error"))
            contents.append((b"", None))
    texts = [raw.decode("utf-8", "replace") for raw, _ in contents]
    # git's own test for a binary file: a NUL byte near the start.  Such a file that cannot be
    # compared semantically gets no line diff either (a UTF-16 document still can be compared).
    binary = any(_BINARY in raw[:_BINARY_PROBE] for raw, _ in contents)
    call = DriverCall(path, new_path, None, texts[0], texts[1], binary)
    call.too_large = any(size is not None and size > MAX_FILE_BYTES for _raw, size in contents)
    if unread:
        # Half a pair is no diff, and a line diff against nothing would show every line changed.
        call.unreadable = True
        call.outcome = Outcome(DiffResult([], f"a/{path}", f"b/{new_path}"), unread)
        return call
    if LINK_MODE.decode() in (args[3], args[6]):
        call.link = True
        call.outcome = Outcome(DiffResult([], f"a/{path}", f"b/{new_path}"))
        return call
    # A problem of the old side is located in "a/…", as git's header names it: that text is not
    # the file on disk, whose line 3 may be fine by now.
    sides = ((args[1], path, f"a/{path}", old_side), (args[4], new_path, new_path, new_side))
    for (raw, size), (file, name, where, side) in zip(contents, sides):
        if file != DEV_NULL:
            read_document(raw, name, where, side, explicit=True, size=size)
    problems = old_side.problems + new_side.problems
    result = DiffResult([], f"a/{path}", f"b/{new_path}")
    if not problems:
        old_doc: Doc | None = old_side.docs[0] if old_side.docs else None
        new_doc: Doc | None = new_side.docs[0] if new_side.docs else None
        if old_doc is not None or new_doc is not None:
            result.documents.append(compare_pair(old_doc, new_doc, options))
    call.outcome = Outcome(result, problems)
    return call
