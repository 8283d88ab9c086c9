"""Reading files of a git revision and of the working tree, through the git command.

git is always run with an argument list, never through a shell.
"""

from __future__ import annotations

import os
import posixpath
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..gitutil import LFS_POINTER_PATTERN, git_env, is_lfs_pointer, run_git, safe_directory_fix
from ..workspace import YAML_SUFFIXES, UsageError, display_path

#: The mode git gives a symbolic link.
LINK_MODE = b"120000"
#: Links followed one after another before a path is given up on (a loop, or a very long chain).
MAX_LINKS = 40


class GitError(UsageError):
    """git failed or is missing; the CLI prints it and exits with 2."""


#: A Git LFS pointer's object: its SHA-256 and its size in bytes.
LFS_POINTER_RE = re.compile(LFS_POINTER_PATTERN)


class GitEnvironmentError(GitError):
    """GIT_DIR or GIT_WORK_TREE set so that there is no repository, or no working tree, to compare here:
    said as it is, not read as a sign that the arguments were meant as files."""


@dataclass(frozen=True, slots=True)
class TreeFile:
    """A file of a revision: its path as shown (relative to the current folder), from the top, and its blob."""

    display: str
    full: str
    blob: str
    #: For a symbolic link: the path from the top of the file it leads to in the same commit.
    target: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """Two revisions to compare, read from one word (``A..B``, ``A...B``, ``C^!``): the old one's label and
    commit, the new one's; ``note``: what to say on stderr of how it was read ("" for nothing: a merge's
    ``C^!`` compared with its first parent is said)."""

    old_rev: str
    old: str
    new_rev: str
    new: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Unmerged:
    """A path of the index with an unresolved merge conflict: its display and full path, as a
    :class:`TreeFile`'s, and the blobs of its stages (the common ancestor, ours, theirs: those there are)."""

    display: str
    full: str
    blobs: tuple[str, ...]


#: The mode git gives a submodule (a commit of another repository, not a file).
_GITLINK_MODE = b"160000"


def _index_entries(listing: bytes) -> list[tuple[bytes, str, bytes, bytes]]:
    """``git ls-files --stage -z`` as (mode, blob, stage, name) tuples."""
    out: list[tuple[bytes, str, bytes, bytes]] = []
    for entry in listing.split(b"\0"):
        meta, tab, name = entry.partition(b"\t")
        fields = meta.split()
        if tab and len(fields) == 3:
            out.append((fields[0], fields[1].decode(), fields[2], name))
    return out


#: The empty blob, in SHA-1 and SHA-256 repositories: what `ls-files --stage` shows for `git add -N`.
_EMPTY_BLOBS = frozenset({
    "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391",
    "473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813",
})


#: `..` as a whole part of a path (`refs/heads/../x`, `../x`): a folder's parent, not a range's two dots.
PARENT_FOLDER = re.compile(r"(?:\A|/)\.\.(?:/|\Z)")

#: A name that may be an abbreviated or whole commit id.
_HEX_NAME = re.compile(r"[0-9a-fA-F]{4,64}")

#: How each CI system clones the whole history (a shallow clone is the default in most of them).
FULL_CLONE = (
    "in GitHub Actions `fetch-depth: 0` in actions/checkout; in GitLab CI the variable `GIT_DEPTH: 0`; "
    "in Azure Pipelines `fetchDepth: 0` in the checkout step; in Bitbucket Pipelines `clone: depth: full`; "
    "in Jenkins no `shallow: true` in the checkout's CloneOption"
)

#: How to get the history a shallow clone lacks.
SHALLOW_FIX = f"fetch the history ({FULL_CLONE}; by hand `git fetch --unshallow`) and run again"


def _first_line(said: bytes) -> str:
    """The first line git wrote to stderr, without its `fatal: `."""
    lines = said.decode("utf-8", "replace").strip().splitlines()
    from ..visible import visible_line

    return visible_line(lines[0].removeprefix("fatal: ")) if lines else ""


class Repo:
    """The git repository around a folder."""

    def __init__(self, cwd: Path | None = None) -> None:
        self.cwd = Path(cwd or Path.cwd())
        out = self._run(["rev-parse", "--show-toplevel", "--show-prefix"], what="find the git repository", check=False)
        if out.returncode != 0:
            nowhere = self._git_dir_nowhere()
            if nowhere is not None:
                raise GitEnvironmentError(nowhere)
            refused = safe_directory_fix(out.stderr.decode("utf-8", "replace"), str(self.cwd))
            if refused is not None:
                # An owner git does not trust (a checkout made by root, a CI step run as another user).
                raise GitEnvironmentError(f"git refuses the repository here: {_first_line(out.stderr)}; {refused}, "
                                          "then run cxkit again")
            raise GitError(self._no_work_tree() or "not inside a git repository")
        lines = os.fsdecode(out.stdout).split("\n")
        self.top = Path(lines[0])
        self.prefix = lines[1] if len(lines) > 1 else ""
        self._refuse_a_borrowed_work_tree()

    def _git_dir_nowhere(self) -> str | None:
        """Why git found no repository when the environment's GIT_DIR names one that is not there; None
        without GIT_DIR (or when it names a repository, and something else is wrong)."""
        git_dir = os.environ.get("GIT_DIR")
        if not git_dir:
            return None
        probe = self._run(["rev-parse", "--git-dir"], what="find the git repository", check=False)
        if probe.returncode == 0:
            return None
        return (f"GIT_DIR is set to {display_path(git_dir)}, which is no git repository; unset it, or set it to a "
                "repository's .git folder")

    def _refuse_a_borrowed_work_tree(self) -> None:
        """GIT_DIR set without GIT_WORK_TREE (nor `core.worktree`) makes git take the current folder as the
        top of the working tree, wherever it is (`GIT_DIR=zespol/.git` run from /tmp would compare every file
        under /tmp, for minutes); refused, with what to set, unless that folder is the one GIT_DIR lies in."""
        git_dir = os.environ.get("GIT_DIR")
        work_tree = os.environ.get("GIT_WORK_TREE")
        if self._from_here(".") is None:
            # git reads paths from the top then; cxkit reads them from here, where nothing of the tree is.
            # Only a working tree set apart puts the current folder outside it: GIT_WORK_TREE or core.worktree
            # (a submodule's, reached through its git dir).
            setting = f"GIT_WORK_TREE is set ({display_path(work_tree)})" if work_tree else (
                f"this repository's working tree is {display_path(str(self.top))} (its core.worktree setting)")
            raise GitEnvironmentError(f"{setting} and the current folder is outside it; run cxkit in "
                                      f"{display_path(str(self.top))}")
        if not git_dir or work_tree:
            return
        given = os.path.abspath(os.path.join(self.cwd, git_dir))
        # As git finds the repository here by itself (a hook's GIT_DIR, a linked worktree's, a submodule's): fine.
        env = git_env(optional_locks=True)
        env.pop("GIT_DIR", None)
        found = run_git(["rev-parse", "--absolute-git-dir", "--show-toplevel"], cwd=self.cwd, env=env)
        alone = os.fsdecode(found.stdout).split("\n") if found.returncode == 0 else []
        if len(alone) >= 2 and os.path.realpath(alone[0]) == os.path.realpath(given) \
                and os.path.realpath(alone[1]) == os.path.realpath(self.top):
            return
        configured = self._run(["config", "--get", "core.worktree"], what="read core.worktree", check=False)
        if configured.returncode == 0 and configured.stdout.strip():
            return
        beside = _work_tree_of(given, alone)
        where = f"run cxkit in {display_path(beside)} without GIT_DIR" if beside else \
            "run cxkit without GIT_DIR in its working tree"
        raise GitEnvironmentError(
            f"GIT_DIR is set ({display_path(git_dir)}) but GIT_WORK_TREE is not, so git takes the current folder "
            f"({display_path(str(self.top))}) as the working tree of that repository and every file under it would be "
            f"compared; {where}, or set GIT_WORK_TREE to the repository's working tree"
        )

    def _no_work_tree(self) -> str | None:
        """Why a git repository here has no working tree to compare (a bare repository, or its `.git`
        folder), said so rather than "not inside a git repository"; None when git finds none at all."""
        out = self._run(["rev-parse", "--is-bare-repository", "--is-inside-git-dir"], what="find the git repository",
                        check=False)
        answers = out.stdout.decode().split() if out.returncode == 0 else []
        if answers[:1] == ["true"]:
            return "this is a bare git repository, which has no working tree; run cxkit in a clone of it (git clone)"
        if answers[1:2] == ["true"]:
            return "this is inside a .git folder, which is no working tree; run cxkit in the working tree, outside .git"
        return None

    def _git_env(self) -> dict[str, str]:
        """The environment git runs in here.  A user's pager, external diff or locale must not change what
        git prints.  Paths are names, as the user checked them (ls-files and ls-tree would disagree on
        patterns).  Optional locks are taken as git takes them: `git status` may refresh the index."""
        env = git_env(optional_locks=True)
        env.pop("GIT_EXTERNAL_DIFF", None)
        env["GIT_PAGER"] = "cat"
        return env

    def no_filters(self) -> list[str]:
        """`-c` settings that turn off every filter driver the config here names (`filter.NAME.clean`,
        `.smudge`, `.process`, which `.gitattributes` selects with `filter=NAME`): `git status` and a `git
        diff` of the working tree would run the clean command on a file whose stat changed, and a
        repository's config may name any program.  cxkit reads YAML as the files hold it (git-lfs keeps no
        such file), so a filter is nothing it needs.  Asked of git once per repository, only by the commands
        that read the working tree's files (see :meth:`_run`)."""
        known = self.__dict__.get("_no_filters")
        if known is None:
            listed = self._git(["config", "-z", "--get-regexp", r"^filter\..+\.(clean|smudge|process|required)$"])
            names = dict.fromkeys(
                key.rpartition(".")[0][len("filter."):]
                for key in (os.fsdecode(entry.partition(b"\n")[0]) for entry in listed.stdout.split(b"\0"))
                if key.startswith("filter.") and key.count(".") >= 2
            ) if listed.returncode == 0 else {}
            known = self.__dict__["_no_filters"] = [
                arg for name in names if "=" not in name
                for var, value in (("clean", ""), ("smudge", ""), ("process", ""), ("required", "false"))
                for arg in ("-c", f"filter.{name}.{var}={value}")
            ]
            # `-c` splits at the first `=`: a name holding one is set through git's environment instead.
            self.__dict__["_no_filters_env"] = [(f"filter.{name}.{var}", value) for name in names if "=" in name
                                                for var, value in (("clean", ""), ("smudge", ""), ("process", ""),
                                                                   ("required", "false"))]
        return known

    def _git(self, args: list[str], cwd: Path | None = None,
             input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        """``git ARGS`` here; the working tree's commands (`status`, `diff`) with no filter driver run and no
        submodule's working tree looked into (git would run `git status` there, under the submodule's own
        config, to tell whether it has edits, which no answer of cxkit's depends on)."""
        env = self._git_env()
        if args[:1] in (["status"], ["diff"]):
            drivers = ["--no-ext-diff", "--no-textconv"] if args[0] == "diff" else []  # `diff=NAME`'s programs
            args = [*self.no_filters(), args[0], "--ignore-submodules=dirty", *drivers, *args[1:]]
            extra = self.__dict__.get("_no_filters_env") or []
            if extra:
                given = env.get("GIT_CONFIG_COUNT", "")
                count = int(given) if given.isdigit() else 0  # the user's own settings there come first
                for n, (key, value) in enumerate(extra, start=count):
                    env[f"GIT_CONFIG_KEY_{n}"], env[f"GIT_CONFIG_VALUE_{n}"] = key, value
                env["GIT_CONFIG_COUNT"] = str(count + len(extra))
        return run_git(args, cwd=cwd or self.cwd, env=env, input=input)

    def _run(
        self, args: list[str], *, what: str, check: bool = True, input: bytes | None = None, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        try:
            proc = self._git(args, cwd=cwd, input=input)
        except FileNotFoundError:
            raise GitError("git is not installed or not on PATH") from None
        if check and proc.returncode != 0:
            message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            if any("promisor remote" in line for line in message):
                raise GitError(f"git could not {what}: this is a partial clone (made with --filter), which lacks them, "
                               "and cxkit fetches nothing (a fetch runs the programs the repository's config names); "
                               "clone without --filter (in GitHub Actions no `filter:` in actions/checkout) and run again")
            raise GitError(f"git could not {what}: {message[-1] if message else 'exit code ' + str(proc.returncode)}")
        return proc

    def commit(self, rev: str, head: str = "HEAD") -> str | None:
        """The commit a revision names, or None when it names none.

        ``BASE...`` (as in `git diff main...`) is where ``head`` (the current branch, or the
        second revision compared) left BASE: their merge base, so that what BASE gained since
        is not shown as undone there.
        """
        if not rev or rev.startswith("-"):
            return None
        if rev.endswith("...") and len(rev) > 3:
            base, head = self.commit(rev[:-3]), self.commit(head)
            if base is None or head is None:
                return None
            proc = self._run(["merge-base", base, head], what="find a merge base", check=False)
            return (proc.stdout.decode().strip() or None) if proc.returncode == 0 else None
        if rev.endswith("^@") and len(rev) > 2:
            # `C^@`, C's parents: one commit when C has one parent (`C^`), else no one revision.
            parents = self.parents(rev[:-2])
            return parents[0] if parents is not None and len(parents) == 1 else None
        found = self._object(f"{rev}^{{commit}}")
        if found is None and rev.endswith("^{tree}") and len(rev) > 7:
            # `C^{tree}`: the files of C, which cxkit reads from C itself.
            return self.commit(rev[:-7], head)
        if found is None:
            # `:/message` (the newest commit whose message matches) takes all that follows as the
            # pattern, `^{commit}` too: the name is resolved first, then peeled to its commit.
            named = self._object(rev)
            found = self._object(f"{named}^{{commit}}") if named is not None else None
        return found

    def _object(self, rev: str) -> str | None:
        """The object id ``rev`` names (one revision, never read as an option), None when it names none."""
        if not rev or rev.startswith(("-", "^")):
            return None  # `^HEAD` excludes a revision: rev-parse prints `^<id>`, which names no object
        proc = self._run(["rev-parse", "--verify", "--quiet", rev], what="read a revision", check=False)
        if proc.returncode != 0:
            return None
        found = proc.stdout.decode().strip()
        return found if found and not found.startswith("^") else None

    def parents(self, rev: str) -> list[str] | None:
        """The parents of the commit ``rev`` names ([] for a first commit), None when it names no commit."""
        commit = self.commit(rev)
        if commit is None:
            return None
        proc = self._run(["rev-list", "--parents", "--max-count=1", commit, "--"], what="read a commit's parents",
                         check=False)
        words = proc.stdout.decode().split() if proc.returncode == 0 else []
        return words[1:]

    def recorded_parents(self, rev: str) -> int:
        """How many parents the commit ``rev`` names records, those a shallow clone did not fetch too
        (:meth:`parents` lists only those this clone holds: none at a shallow clone's edge)."""
        commit = self.commit(rev)
        return len(self.recorded_parent_ids(commit)) if commit is not None else 0

    def unfetched_parents(self, name: str, rev: str, names: str) -> str:
        """Why ``rev`` (`C^!`, `C^-`, `C^@`) names ``names`` when C's parents were not fetched: the clone is shallow."""
        count = self.recorded_parents(name)
        which = "the parent" if count == 1 else f"the {count} parents"
        return (f"this clone is shallow and does not hold {which} of '{name}', so '{rev}' names {names}; {SHALLOW_FIX}")

    def kind(self, rev: str) -> str | None:
        """What ``rev`` names when it names no commit: "tree", "blob"...; None when it names nothing."""
        named = self._object(rev)
        if named is None:
            return None
        proc = self._run(["cat-file", "-t", named], what="read an object's type", check=False)
        return (proc.stdout.decode().strip() or None) if proc.returncode == 0 else None

    def parent_range(self, rev: str) -> Span | None:
        """``C^!`` (C's parent against C, as `git diff C^!`) and ``C^-`` / ``C^-N`` (parent N against C),
        as :meth:`revision_range`; None for another form.

        The parent of a merge is its first one for ``C^!``, which the span's ``note`` says (for the
        caller to write on stderr); a first commit, which has none, raises :class:`GitError`.
        """
        form = re.fullmatch(r"(.+)\^(!|-(\d*))", rev, flags=re.S)
        if form is None or rev.startswith("-"):
            return None
        name = form.group(1)
        parents = self.parents(name)
        if parents is None:
            return None
        number = 1 if form.group(2) == "!" or not form.group(3) else int(form.group(3))
        if not parents and self.recorded_parents(name):
            raise GitError(self.unfetched_parents(name, rev, "nothing to compare it with"))
        if not parents:
            raise GitError(f"'{name}' is the first commit and has no parent, so '{rev}' names nothing to compare it with; "
                           f"`cxkit diff {name}` compares it with the working tree")
        if number < 1 or number > len(parents):
            raise GitError(f"'{name}' has {len(parents)} parent{'s' if len(parents) > 1 else ''}, so '{rev}' names none; "
                           f"write {' or '.join(f'{name}^-{n}' for n in range(1, len(parents) + 1))}")
        note = ""
        if form.group(2) == "!" and len(parents) > 1:
            note = (f"'{name}' is a merge of {len(parents)} commits: '{rev}' compares it with its first "
                    f"parent ('{name}^1'); `cxkit diff {name}^-2` compares it with the second")
        commit = self.commit(name)
        assert commit is not None
        return Span(f"{name}^{number}" if number > 1 else f"{name}^", parents[number - 1], name, commit, note)

    def revision_path(self, path: str) -> str:
        """The PATH of ``REV:PATH`` as a path from the current folder: git reads it from the top, or from
        the current folder when it starts with ``./`` or ``../``."""
        if path.startswith(("./", "../")):
            return os.path.normpath(path)
        return os.path.relpath(os.path.join(self.top, path.lstrip("/")), self.cwd)

    def renames(self, old: str, new: str | None) -> list[tuple[str, str]] | None:
        """The files git finds renamed between commit ``old`` and ``new`` (a commit; None: the working
        tree, its files git tracks; ``""``: the index), each (its path before, after) from the top;
        None when git could not tell."""
        args = ["diff", "--no-ext-diff", "--no-textconv", "-M", "--diff-filter=R", "--name-status", "-z"]
        sides = ["--cached", old] if new == "" else ([old] if old else []) if new is None else [old, new]
        proc = self._run([*args, *sides], what="find files renamed", check=False, cwd=Path(self.top))
        if proc.returncode != 0:
            return None
        fields = [os.fsdecode(f) for f in proc.stdout.split(b"\0")]
        out: list[tuple[str, str]] = []
        for k in range(0, len(fields) - 2, 3):
            if not fields[k].startswith("R"):
                break
            out.append((fields[k + 1], fields[k + 2]))
        return out

    def near_file(self, commits: list[str], here: str, from_here: str | None = None) -> str | None:
        """The file of ``commits`` (one revision, or either of two) that ``here`` (a path from the current
        folder that they hold nowhere) was most likely meant as, from the current folder: in its folder
        there, by the rules the working tree's suggestions follow (:func:`cxkit.discovery.nearest_name`:
        none when two are as close); else, for `REV:PATH` typed below the top, in the folder of
        ``from_here`` (PATH read from the current folder); else the one file of that name elsewhere (a
        file moved). None when nothing is close. `cxkit diff` and `cxkit render` both ask it."""
        from ..discovery import nearest_name

        for path in (here, from_here):
            if path is None:
                continue
            folder = posixpath.normpath(posixpath.dirname(path.replace(os.sep, "/")) or ".")
            names: dict[str, str] = {}
            for commit in commits:
                for f in self.tree(commit, [folder]):
                    shown = f.display.replace(os.sep, "/")
                    if posixpath.normpath(posixpath.dirname(shown) or ".") == folder and shown.lower().endswith(YAML_SUFFIXES):
                        names.setdefault(posixpath.basename(shown), shown)
            found = nearest_name(list(names), posixpath.basename(path))
            if found is not None:
                return names[found]
        name = posixpath.basename(here.replace(os.sep, "/"))
        top = os.path.relpath(self.top, self.cwd)
        elsewhere = {f.display for commit in commits for f in self.tree(commit, [top])
                     if posixpath.basename(f.display.replace(os.sep, "/")) == name}
        return elsewhere.pop() if len(elsewhere) == 1 else None

    def unstaged_moves(self, old: str, new_side: str | None = None) -> tuple[list[str], list[str]]:
        """The files a plain `mv` not yet `git add`ed leaves, from the top: those commit ``old`` (``""``:
        the index) holds that the working tree lacks, and the new files git does not ignore nor track.
        git finds renames among tracked files only, so such a move is one of each (see
        :func:`cxkit.diff.sources.with_renamed`).  ``new_side`` ``""``: between commit ``old`` and the
        index instead, the files staged as deleted and those staged as added (a move staged as such
        whose file changed too much for git to call it a rename)."""
        base = ["diff", "--no-ext-diff", "--no-textconv", "--no-renames", "--name-only", "-z"]
        cached = ["--cached"] if new_side == "" else []
        rev = [old] if old else []
        gone = self._run([*base, "--diff-filter=D", *cached, *rev], what="find files deleted", check=False,
                         cwd=Path(self.top))
        if new_side == "":
            new = self._run([*base, "--diff-filter=A", *cached, *rev], what="find files added", check=False,
                            cwd=Path(self.top))
        else:
            new = self._run(["ls-files", "-z", "--others", "--exclude-standard"], what="list new files", check=False,
                            cwd=Path(self.top))
        if gone.returncode != 0 or new.returncode != 0:
            return [], []
        return ([os.fsdecode(n) for n in gone.stdout.split(b"\0") if n],
                [os.fsdecode(n) for n in new.stdout.split(b"\0") if n])

    def from_top(self, here: str) -> str:
        """A path from the current folder as git names it in ``REV:PATH``: from the repository's top."""
        return os.path.relpath(os.path.join(self.cwd, here), self.top).replace(os.sep, "/")

    def unknown(self, rev: str, *, path_too: bool = False) -> str:
        """Why :meth:`commit` found no commit for ``rev``: a name git does not know, ``BASE...`` with no
        merge base, or a repository (or branch) with no commits yet.  ``path_too``: ``rev`` could have
        been a path as well (`cxkit diff nope`), so a plain name git does not know is said to be neither,
        as git's "unknown revision or path not in the working tree" does."""
        if rev.endswith("...") and len(rev) > 3 and self.commit(rev[:-3]) is not None:
            if self.commit("HEAD") is None:
                return self._unborn(rev)
            return self.no_merge_base(rev[:-3], self.current(), rev, f"compare with '{rev[:-3]}' itself")
        damaged = self._damaged(self._missing_side(rev)) or self._damaged("HEAD")
        if damaged is not None:
            return damaged
        whole_id = _HEX_NAME.fullmatch(rev) is not None and len(rev) in (40, 64)
        neither = f"no such file or revision: {rev}" if (
            path_too and not whole_id and not any(c in rev for c in "~^:") and "@{" not in rev) else None
        if self.commit("HEAD") is None:
            said = self._unborn(rev)
            return neither if neither is not None and said == f"unknown revision '{rev}'" else said
        if rev.startswith("^") and len(rev) > 1:
            return (f"'{rev}' excludes a revision (as `git log {rev}` does) rather than naming one to compare: write "
                    f"'{rev[1:]}' to compare it with the working tree, or two revisions (REV REV2)")
        if rev.startswith(":/") and len(rev) > 2:
            return (f"'{rev}' names no commit: no commit message matches '{rev[2:]}'; for the path "
                    f"'{rev[2:]}' from the top of the repository, write it after --: cxkit diff -- '{rev}'")
        said = self._not_one_commit(rev)
        if said is not None:
            return said
        # `origin/main...`, `main...` (or a range handed whole) names the side that is missing, not the range.
        name = self._missing_side(rev)
        remote, branch, tracking = self._remote_branch(name)
        if tracking:
            # `main` where only the remote's `origin/main` is here (a CI checkout of another branch).
            return (f"unknown revision '{name}': there is no branch '{branch}' here, but there is "
                    f"'{remote}/{branch}': write '{self._with_remote(rev, name, remote)}'")
        if self.is_shallow():
            fetch = self._fetch_branch(name)
            also = f" then `{fetch}`" if fetch else ""
            said = (f"unknown revision '{name}': this clone is shallow, and may not hold it (a shallow clone of one "
                    f"branch holds no other); fetch the history ({FULL_CLONE}; by hand `git fetch --unshallow`{also}) "
                    "and run again")
            if remote is not None:
                # A name all hex digits (`cafe`, `deadbeef`) may be a branch or an abbreviated commit.
                even = (f"if '{branch}' is a branch of {remote}, not a commit, even then it"
                        if _HEX_NAME.fullmatch(branch) else f"even then '{branch}'")
                said += f"; {even} is no branch of this clone: {self._branch_advice(remote, branch, rev, name)}"
            return said
        said = self._too_far_back(name)
        if said is not None:
            return said
        said = self._no_remote_branch(rev, name)
        if said is not None:
            return said
        if remote is not None:
            return f"unknown revision '{name}'; if it is a branch of {remote}, {self._branch_advice(remote, branch, rev, name)}"
        if neither is not None and name == rev:
            return neither
        return f"unknown revision '{name}'"

    def _too_far_back(self, name: str) -> str | None:
        """Why ``name`` (`HEAD~50`, `main^^`) names no commit when the revision it counts back from does, in a
        clone holding the whole history: that revision has fewer commits before it (first parents, as `~`
        counts them); None for another name."""
        found = re.fullmatch(r"(.+?)(?:~(\d*)|(\^+))", name)
        if found is None:
            return None
        start, tildes, carets = found.groups()
        back = len(carets) if carets else int(tildes or 1)
        if back <= 0 or self.commit(start) is None:
            return None
        proc = self._run(["rev-list", "--count", "--first-parent", start, "--"], what="count commits", check=False)
        if proc.returncode != 0 or not proc.stdout.strip().isdigit():
            return None
        before = int(proc.stdout.strip()) - 1
        if before >= back:
            return None  # not the count, then: say what git says
        if not before:
            return f"unknown revision '{name}': '{start}' is the first commit in this repository, with none before it"
        return (f"unknown revision '{name}': '{start}' has {before} commit{'' if before == 1 else 's'} before it in this "
                f"repository (following first parents), not {back}; the first commit is '{start}~{before}'")

    def _damaged(self, name: str) -> str | None:
        """Why ``name``, a branch or tag git knows, names no commit to read: the object it points at is
        missing (a damaged repository: objects deleted or a copy cut short), not a name git does not know
        or a branch with no commits yet; None otherwise."""
        if not name or name.startswith(("-", "^")) or ".." in name:
            return None
        ref = self._run(["rev-parse", "--symbolic-full-name", name], what="read a branch", check=False)
        if ref.returncode != 0 or not ref.stdout.strip():
            return None  # no branch or tag: a commit id git lacks is no damage (a shallow clone may lack it)
        proc = self._run(["rev-parse", "--verify", "--quiet", name], what="read a revision", check=False)
        found = proc.stdout.decode().strip() if proc.returncode == 0 else ""
        if not _HEX_NAME.fullmatch(found):
            return None
        if self._run(["cat-file", "-e", found], what="read an object", check=False).returncode == 0:
            return None
        return (f"git cannot read '{name}': the commit it names ({found[:12]}) is missing from this repository, "
                "which is damaged; `git fsck` says what is missing (a fresh clone is the usual way out)")

    def _no_remote_branch(self, rev: str, name: str) -> str | None:
        """Why a remote's branch (``origin/main``, ``origin/main~2``) names nothing here, and what to do: the
        remote is not in this repository (a repository made with `git init`, or a remote removed or named
        otherwise), or its branch was never fetched. None for a name that is no remote's branch."""
        ref = re.split(r"[~^]|@\{", name, maxsplit=1)[0]
        listed = self._run(["remote"], what="list the remotes", check=False)
        names = listed.stdout.decode("utf-8", "replace").split() if listed.returncode == 0 else []
        typed = name
        if "/" not in ref and (ref in names or ref in ("origin", "upstream")):
            # `origin` alone is git's short name of `origin/HEAD`, the remote's default branch.
            whole = f"{ref}/HEAD{name[len(ref):]}"
            rev, name, ref = rev.replace(name, whole, 1), whole, f"{ref}/HEAD"
        remote, sep, branch = ref.partition("/")
        if not sep or not branch or not remote or remote.startswith(("-", ".")) or remote == "refs":
            return None
        local = branch != "HEAD" and self.commit(f"refs/heads/{branch}") is not None
        if remote not in names and remote not in ("origin", "upstream") and not local:
            return None  # `feature/login`: a branch of its own, most likely
        own = f"compare with the local branch '{branch}': write '{rev.replace(name, name[len(remote) + 1:], 1)}'"
        if remote in names and branch == "HEAD":
            default = self._default_branch(remote)
            instead = f"write '{rev.replace(ref, default, 1)}', or " if default else ""
            return (f"unknown revision '{typed}': the default branch of {remote} is not known here ({remote}/HEAD is "
                    f"set by `git clone`); {instead}`git remote set-head {remote} --auto` sets it")
        if remote in names:
            said = (f"unknown revision '{typed}': {remote} has no branch '{branch}' fetched here; `git fetch {remote} "
                    f"{branch}` fetches it, if {remote} has one (`git branch -r` lists the branches fetched)")
            return said + (f"; or {own}" if local else "")
        if branch == "HEAD":  # `origin/HEAD` with the remote named otherwise: that remote's default branch
            there = [found for n in names if (found := self._default_branch(n)) is not None]
        else:
            there = [f"{n}/{branch}" for n in names if self.commit(f"refs/remotes/{n}/{branch}") is not None]
        if there:
            instead = rev.replace(ref, there[0], 1)
            return (f"unknown revision '{typed}': this repository has no remote '{remote}' (its remotes: "
                    f"{', '.join(names)}): write '{instead}'" + (f", or {own}" if local else ""))
        what = (f"this repository has no remote '{remote}' (its remotes: {', '.join(names)})" if names
                else f"this repository has no remote '{remote}', nor any other (`git remote -v` lists none)")
        fetch = f"add the remote and fetch it (`git remote add {remote} URL`, then `git fetch {remote}`)"
        return f"unknown revision '{typed}': {what}; " + (f"{own}, or {fetch}" if local else fetch)

    def _default_branch(self, remote: str) -> str | None:
        """``remote``'s default branch as fetched here (``upstream/main``): the one ``remote/HEAD`` points at
        (set by `git clone`), else its `main` or `master`; None when there is none of them."""
        head = self._run(["symbolic-ref", "-q", f"refs/remotes/{remote}/HEAD"], what="read a remote's HEAD", check=False)
        target = head.stdout.decode("utf-8", "replace").strip() if head.returncode == 0 else ""
        if target.startswith("refs/remotes/") and self.commit(target) is not None:
            return target.removeprefix("refs/remotes/")
        for branch in ("main", "master"):
            if self.commit(f"refs/remotes/{remote}/{branch}") is not None:
                return f"{remote}/{branch}"
        return None

    def _not_one_commit(self, rev: str) -> str | None:
        """Why ``rev``, a name git knows, is no one commit to compare: `C^@` of a merge or a first
        commit, a file or folder of a revision (`HEAD:personas`); None when git does not know it."""
        if rev.endswith("^@") and len(rev) > 2:
            parents = self.parents(rev[:-2])
            if parents is not None:
                name = rev[:-2]
                if not parents and self.recorded_parents(name):
                    return self.unfetched_parents(name, rev, "none")
                if not parents:
                    return f"'{name}' is the first commit and has no parent, so '{rev}' names none"
                return (f"'{rev}' names the {len(parents)} parents of the merge '{name}', and cxkit compares with one: "
                        f"write {' or '.join(f'{name}^{n}' for n in range(1, len(parents) + 1))}")
        kind = self.kind(rev)
        if kind in ("tree", "blob"):
            what = "a folder" if kind == "tree" else "a file"
            return (f"'{rev}' names {what} of a revision ({kind}), not a commit: write the revision, then the path "
                    f"after -- (cxkit diff REV -- PATH)")
        if kind is not None:
            return f"'{rev}' names a {kind}, not a commit"
        return None

    def _branch_advice(self, remote: str, branch: str, rev: str, name: str) -> str:
        """How to have ``branch`` of ``remote`` here: as a branch of its own, or as the remote's."""
        return (f"`git fetch {remote} {branch}:{branch}` makes it (or write '{self._with_remote(rev, name, remote)}' "
                f"after `git fetch {remote} {branch}:refs/remotes/{remote}/{branch}`)")

    def _remote_branch(self, name: str) -> tuple[str | None, str, bool]:
        """For a plain branch name (``main``, ``main~2``, ``feature/login``) that names nothing here:
        the remote it may be a branch of (``origin``, else the only one; None when there is none, or
        ``name`` is no plain branch name or already a remote's), the branch, and whether that
        remote's branch is here (``origin/main``)."""
        branch = re.split(r"[~^]|@\{", name, maxsplit=1)[0]
        if not branch or branch.startswith(("-", "refs/")) or any(c.isspace() or c in "*?[\\:" for c in branch):
            return None, branch, False
        # `HEAD~1`, `@~5`, `ORIG_HEAD^`, a whole sha name no branch; nor does a name that is here
        # (`main~40` in a clone with less history): what is missing is history, not a branch. A name
        # all hex digits and shorter (`cafe`, `deadbeef`, `a1b2c3d`) may be a branch as well as a
        # commit: it is one when the remote's branch of that name is here (see the end).
        if (branch in ("HEAD", "@") or re.fullmatch(r"[A-Z_]*_HEAD", branch)
                or (_HEX_NAME.fullmatch(branch) and len(branch) in (40, 64)) or self.commit(branch) is not None):
            return None, branch, False
        remotes = self._run(["remote"], what="list the remotes", check=False)
        names = remotes.stdout.decode("utf-8", "replace").split() if remotes.returncode == 0 else []
        remote = "origin" if "origin" in names else names[0] if len(names) == 1 else None
        if remote is None or branch.split("/")[0] in names or branch in ("origin", "upstream"):
            return None, branch, False  # a remote's name (git's `origin` is `origin/HEAD`), not a branch of one
        valid = self._run(["check-ref-format", f"refs/heads/{branch}"], what="check a branch name", check=False)
        if valid.returncode != 0:
            return None, branch, False
        tracking = self.commit(f"refs/remotes/{remote}/{branch}") is not None
        if not tracking and _HEX_NAME.fullmatch(branch) and len(branch) >= 7 and not branch.isalpha() \
                and not branch.isdigit():
            # Letters and digits mixed, as an abbreviated commit id is (`a1b2c3d`): a commit, most likely.
            return None, branch, False
        return remote, branch, tracking

    @staticmethod
    def _with_remote(rev: str, name: str, remote: str) -> str:
        """``rev`` with its side ``name`` written as ``remote``'s branch (`main...` is `origin/main...`)."""
        if ".." not in rev:
            return f"{remote}/{rev}"
        op = "..." if "..." in rev else ".."
        left, _, right = rev.partition(op)
        return op.join(f"{remote}/{side}" if side == name else side for side in (left, right))

    def _missing_side(self, rev: str) -> str:
        """The revision of ``rev`` git does not know: ``rev`` itself, or the side of a range
        (``A...``, ``A..B``, ``A...B``) that names no commit."""
        if ".." not in rev:
            return rev
        left, _, right = rev.partition("..." if "..." in rev else "..")
        for side in (left, right):
            if side and ".." not in side and self.commit(side) is None:
                return side
        return rev

    def _fetch_branch(self, rev: str) -> str | None:
        """`git fetch REMOTE BRANCH:refs/remotes/REMOTE/BRANCH`, which brings a remote-tracking
        branch ``rev`` names (`origin/main`, `origin/main~2`) into a clone of another branch; None
        when ``rev`` names none of a configured remote, or the refspec would not be valid."""
        ref = re.split(r"[~^]|@\{", rev, maxsplit=1)[0]  # `origin/main~2` needs `origin/main`
        remote, slash, branch = ref.partition("/")
        if not (slash and branch) or any(c.isspace() or c in "*?[\\" for c in ref):
            return None
        remotes = self._run(["remote"], what="list the remotes", check=False)
        if remotes.returncode != 0 or remote not in remotes.stdout.decode("utf-8", "replace").split():
            return None
        valid = self._run(["check-ref-format", f"refs/remotes/{ref}"], what="check a branch name", check=False)
        valid_src = self._run(["check-ref-format", f"refs/heads/{branch}"], what="check a branch name", check=False)
        if valid.returncode != 0 or valid_src.returncode != 0:
            return None
        return f"git fetch {remote} {branch}:refs/remotes/{ref}"

    def is_shallow(self) -> bool:
        """Whether this is a shallow clone (`git clone --depth`, a CI checkout without `fetch-depth: 0`)."""
        proc = self._run(["rev-parse", "--is-shallow-repository"], what="tell a shallow clone", check=False)
        return proc.returncode == 0 and proc.stdout.strip() == b"true"

    def recorded_parent_ids(self, commit: str) -> list[str]:
        """The parents that ``commit``'s object names, also those a shallow clone cut off (its history
        stops there, but the commit still records them): a pull request's merge commit fetched alone
        names the target branch's tip it was made on."""
        proc = self._run(["cat-file", "commit", commit], what="read a commit", check=False)
        if proc.returncode != 0:
            return []
        head = proc.stdout.split(b"\n\n", 1)[0].decode("ascii", "replace")
        return [line.split(" ", 1)[1].strip() for line in head.splitlines() if line.startswith("parent ")]

    def commits_ahead(self, old: str, new: str) -> int | None:
        """How many commits ``old`` has that ``new`` has not got (0 when ``new`` holds ``old``, as a
        branch holds where it started); None when they have no merge base here (no history shared,
        or a shallow clone that lacks it), so what ``old`` gained since ``new`` left it cannot be told."""
        if old == new:
            return 0
        proc = self._run(["merge-base", "--is-ancestor", old, new], what="compare two commits", check=False)
        if proc.returncode != 1:
            return 0  # an ancestor (0), or git could not tell (an error): nothing to say
        base = self._run(["merge-base", old, new], what="find a merge base", check=False)
        if base.returncode != 0 or not base.stdout.strip():
            return None
        count = self._run(["rev-list", "--count", f"{new}..{old}"], what="count commits", check=False)
        try:
            return int(count.stdout.decode().strip()) if count.returncode == 0 else 0
        except ValueError:
            return 0

    def _replace_refs(self) -> list[str]:
        """The objects git reads through a replacement here (`git replace`, `git replace --graft`): a
        history cut that way has no merge base where the whole has one."""
        listed = self._run(["replace", "--list"], what="list the replaced commits", check=False)
        return listed.stdout.decode("ascii", "replace").split() if listed.returncode == 0 else []

    def _grafted(self) -> list[str]:
        """The commits the old `info/grafts` file gives other parents."""
        grafts = self._run(["rev-parse", "--git-path", "info/grafts"], what="find the grafts file", check=False)
        path = Path(self.cwd, os.fsdecode(grafts.stdout.strip())) if grafts.returncode == 0 else None
        if path is None or not path.is_file():
            return []
        return [line.split()[0] for line in path.read_text("ascii", "replace").splitlines()
                if line.strip() and not line.startswith("#")]

    def _whole_merge_base(self, old: str, new: str) -> tuple[int, str]:
        """git's exit code and the merge base of ``old`` and ``new`` in the history as it was committed:
        without replace refs and without the `info/grafts` file (1: none, they share no history;
        another code: git could not tell, e.g. the commits a replacement hides are not here)."""
        env = git_env(optional_locks=True)
        env["GIT_GRAFT_FILE"] = os.devnull
        try:
            proc = run_git(["--no-replace-objects", "merge-base", old, new], cwd=self.cwd, env=env)
        except FileNotFoundError:
            return 2, ""
        return proc.returncode, proc.stdout.decode("ascii", "replace").strip()[:7]

    def missing_branch_point(self, base: str, old: str, new: str) -> tuple[str, str | None]:
        """Why the commit where the current branch (``new``) left ``base`` (``old``) is not here, as
        ``(why, fix)``: the clone is shallow (fix: fetch the history), the history is cut by replaced
        commits (fix: remove them), or the two share no history at all, an orphan branch (no fix).
        Replacements that do not matter here (the two share no history without them either) are not
        blamed: that is an orphan branch too."""
        left = f"commit where {self.current()} left '{base}'"
        if self.is_shallow():
            return f"this clone is shallow, and does not hold the {left}", SHALLOW_FIX
        refs, grafted = self._replace_refs(), self._grafted()
        if refs or grafted:
            code, found = self._whole_merge_base(old, new)
            if code != 1:
                replaced = refs + grafted
                which = f"commit {replaced[0][:7]}" if len(replaced) == 1 else f"{len(replaced)} commits"
                grafts = self.git_path_shown("info/grafts") if grafted else ""
                how = (f"`git replace --graft`: {which}, `git replace --list` lists them" if not grafted
                       else f"{which}, in {grafts} and `git replace --list`" if refs else f"{which}, in {grafts}")
                undo = " and ".join((["`git replace --delete ID`"] if refs else [])
                                    + ([f"the commit's line of {grafts}"] if grafted else []))
                # Without removing them: GIT_NO_REPLACE_OBJECTS reads replace refs as committed (not the grafts file).
                keep = "" if grafted else ", or run with GIT_NO_REPLACE_OBJECTS=1 to read the history as committed"
                return (f"the history here is cut by replaced commits ({how}) and does not hold the {left}"
                        + (f" ({found} without them)" if found else ""),
                        f"remove the replacements ({undo}), or fetch the history they cut off, and run again{keep}")
        return f"'{base}' and {self.current()} share no history (an orphan branch): there is no {left}", None

    def git_path_shown(self, name: str) -> str:
        """``name`` inside the repository's git folder as messages show it (`.git/info/grafts`)."""
        found = self._run(["rev-parse", "--git-path", name], what="find a file of the repository", check=False)
        shown = os.fsdecode(found.stdout.strip()) if found.returncode == 0 else f".git/{name}"
        return display_path(shown)

    def no_merge_base(self, old: str, new: str, rev: str, advice: str) -> str:
        """Why ``rev`` (``old...``, ``old...new``) names no commit: ``old`` and ``new`` share no history,
        so ``advice`` (compare with the tip); in a shallow clone the history was not fetched, and
        comparing with the tip would show what ``old`` gained since as undone."""
        if self.is_shallow():
            return (f"'{old}' and {new} have no merge base in this clone, which is shallow: the history they "
                    f"share was not fetched, so '{rev}' cannot be found; {SHALLOW_FIX}")
        return f"'{old}' and {new} share no history, so '{rev}' has no merge base; {advice}"

    def _unborn(self, rev: str) -> str:
        """Why ``rev`` names nothing while HEAD names no commit: none at all yet, or a branch without one."""
        if self._no_commits():
            return (f"the repository has no commits yet, so '{rev}' names none; commit first "
                    "(`cxkit diff --cached` compares what is staged with nothing)")
        if rev.startswith(("HEAD", "@")) or rev.endswith("..."):  # `main...` is where HEAD left main
            return (f"the current branch has no commits yet, so '{rev}' names none; "
                    "name a branch or commit that has some")
        return f"unknown revision '{rev}'"

    def _no_commits(self) -> bool:
        """Whether the repository has no commits at all yet (no branch or tag names one)."""
        refs = self._run(["for-each-ref", "--count=1", "--format=%(refname)"], what="list the branches", check=False)
        return refs.returncode == 0 and not refs.stdout.strip()

    def revision_range(self, rev: str) -> Span | None:
        """``A..B`` (A against B) or ``A...B`` (where B left A, their merge base, against B), as
        `git diff` reads them, an empty side standing for HEAD; ``C^!`` and ``C^-N`` (see :meth:`parent_range`).

        None when ``rev`` is no range: a revision git resolves as it is, or ``BASE...`` alone (the
        merge base against the working tree, see :meth:`commit`).  A malformed range (``a..b..c``),
        an unknown side or two sides without a merge base raise :class:`GitError`.
        """
        if not rev or rev.startswith("-"):
            return None
        if ".." not in rev or self.commit(rev) is not None:
            return self.parent_range(rev) if ".." not in rev else None
        if PARENT_FOLDER.search(rev):
            # `refs/heads/../../x`, `../x`: a folder's `..`, which no branch or tag name holds, not a range's dots.
            raise GitError(f"'{rev}' is not a valid revision name: a branch or tag name holds no '..' between "
                           "slashes (a range is written A..B or A...B), and it is no path here either")
        symmetric = "..." in rev
        left, _, right = rev.partition("..." if symmetric else "..")
        if not right and left and ".." not in left and symmetric:
            return None  # `main...`: the merge base against the working tree, one revision
        if ".." in left or ".." in right or right.startswith("."):
            raise GitError(f"'{rev}' is not a revision range: write A..B (A against B) or A...B (what B did since "
                           "it left A, as `git diff A...B`); either side may be left out for HEAD")
        old_rev, new_rev = left or "HEAD", right or "HEAD"
        old, new = self.commit(old_rev), self.commit(new_rev)
        for side, found in ((old_rev, old), (new_rev, new)):
            if found is None:
                if self.commit("HEAD") is None and self._no_commits():
                    raise GitError(self._unborn(rev))
                why, plain = self.unknown(side), f"unknown revision '{side}'"
                raise GitError(f"{plain} in '{rev}'" if why == plain else why)
        assert old is not None and new is not None
        if not symmetric:
            return Span(old_rev, old, new_rev, new)
        proc = self._run(["merge-base", old, new], what="find a merge base", check=False)
        base = proc.stdout.decode().strip() if proc.returncode == 0 else ""
        if not base:
            raise GitError(self.no_merge_base(old_rev, f"'{new_rev}'", rev, f"compare '{old_rev}..{new_rev}' instead"))
        return Span(f"{old_rev}...", base, new_rev, new)

    def tree(self, commit: str, paths: list[str], unfollowed: dict[str, str] | None = None) -> list[TreeFile]:
        """Every file of ``commit`` under ``paths`` (relative to the current folder).

        A symbolic link stands for the file it points to in the same commit, as
        the working tree's link does for its target; a link to a folder, to
        nothing, or out of the repository is left out (the commit does not hold
        what it points to, and the working tree leaves such links out too).
        ``unfollowed``, when given, gets why each link left out but one to a folder
        was, by its name as shown (see :func:`_trace`).
        """
        proc = self._run(["ls-tree", "-r", "-z", commit, "--", *paths], what=f"list the files of {commit[:12]}")
        out: list[TreeFile] = []
        links: list[TreeFile] = []
        for entry in proc.stdout.split(b"\0"):
            if not entry:
                continue
            meta, _, name = entry.partition(b"\t")
            fields = meta.split()
            if len(fields) < 3 or fields[1] != b"blob":
                continue
            out.append(self._tree_file(name, fields[2].decode()))
            if fields[0] == LINK_MODE:
                links.append(out[-1])
        return self._followed(out, links, lambda: self._commit_files(commit), unfollowed)

    def index(self, paths: list[str], unfollowed: dict[str, str] | None = None) -> tuple[list[TreeFile], list[Unmerged]]:
        """What is staged under ``paths`` (relative to the current folder), as `git diff --cached` reads it.

        The files of the index, a symbolic link standing for the file it points to in the index
        (as :meth:`tree` follows a commit's links), and apart the paths with an unresolved merge
        conflict (stages 1 to 3 instead of one entry).  A submodule is no file and is left out;
        `.gitignore` plays no part, since the index holds what was added.  ``unfollowed``: as for :meth:`tree`.
        """
        proc = self._run(["ls-files", "--stage", "-z", "--", *paths], what="list the index")
        out: list[TreeFile] = []
        links: list[TreeFile] = []
        conflicts: dict[bytes, list[str]] = {}
        for mode, blob, stage, name in self._staged_entries(proc.stdout, cwd=None):
            if stage != b"0":
                conflicts.setdefault(name, []).append(blob)
            elif mode != _GITLINK_MODE:
                out.append(self._tree_file(name, blob))
                if mode == LINK_MODE:
                    links.append(out[-1])
        unmerged: list[Unmerged] = []
        for name, blobs in conflicts.items():
            named = self._tree_file(name, "")
            unmerged.append(Unmerged(named.display, named.full, tuple(blobs)))
        return self._followed(out, links, self._index_files, unfollowed), unmerged

    def _tree_file(self, name: bytes, blob: str) -> TreeFile:
        """A file git listed relative to the current folder (its name kept by its blob, for :meth:`blobs`' errors)."""
        display = os.fsdecode(name)
        self._names[blob] = display
        return TreeFile(display, posixpath.normpath(posixpath.join(self.prefix, display)), blob)

    def _followed(
        self, out: list[TreeFile], links: list[TreeFile], listing: Callable[[], dict[str, tuple[bool, str]]],
        unfollowed: dict[str, str] | None = None,
    ) -> list[TreeFile]:
        """``out`` with each of its ``links`` replaced by the file it leads to in ``listing`` (every
        file from the top: is it a link, its blob), or left out when it leads to none (and why put in
        ``unfollowed``, but for a link to a folder, which stands for no file)."""
        if not links:
            return out
        files = listing()
        targets = self.blobs([blob for is_link, blob in files.values() if is_link])
        resolved = {link.full: _trace(link.full, files, targets) for link in links}
        followed: list[TreeFile] = []
        for f in out:
            found = resolved.get(f.full)
            if found is None:
                followed.append(f)
            elif isinstance(found, tuple):
                followed.append(TreeFile(f.display, f.full, found[1], target=found[0]))
            elif unfollowed is not None and found != _TO_A_FOLDER:
                unfollowed[f.display] = found
        return followed

    def _commit_files(self, commit: str) -> dict[str, tuple[bool, str]]:
        """Every file of ``commit``, by its path from the top: (is a link, blob)."""
        proc = self._run(["ls-tree", "-r", "-z", "--full-tree", commit], what=f"list the files of {commit[:12]}")
        files: dict[str, tuple[bool, str]] = {}
        for entry in proc.stdout.split(b"\0"):
            meta, _, name = entry.partition(b"\t")
            fields = meta.split()
            if len(fields) >= 3 and fields[1] == b"blob":
                files[os.fsdecode(name)] = (fields[0] == LINK_MODE, fields[2].decode())
        return files

    def _index_files(self) -> dict[str, tuple[bool, str]]:
        """Every file of the index (merged ones: a conflicted path holds no one file), by its path from the top."""
        proc = self._run(["ls-files", "--stage", "-z"], what="list the index", cwd=self.top)
        return {
            os.fsdecode(name): (mode == LINK_MODE, blob)
            for mode, blob, stage, name in self._staged_entries(proc.stdout, cwd=self.top)
            if stage == b"0" and mode != _GITLINK_MODE
        }

    def _staged_entries(self, listing: bytes, cwd: Path | None) -> list[tuple[bytes, str, bytes, bytes]]:
        """:func:`_index_entries` without the paths only marked to be added (`git add -N`).

        `ls-files --stage` lists such a path with the empty blob, yet nothing is staged there:
        `git diff --cached` leaves it out, and so does cxkit.  Only entries holding the empty
        blob are asked about, with one `git status`.
        """
        entries = _index_entries(listing)
        empty = [name for _mode, blob, stage, name in entries if stage == b"0" and blob in _EMPTY_BLOBS]
        if not empty:
            return entries
        names = [os.fsdecode(n) for n in empty]
        proc = self._run(["status", "--porcelain=v2", "-z", "--untracked-files=no", "--", *names],
                         what="ask which paths are only marked to be added", cwd=cwd, check=False)
        marked: set[bytes] = set()
        for record in proc.stdout.split(b"\0"):
            fields = record.split(b" ", 8)
            # "1 .A N... 000000 000000 <mode> <hash> <hash> <path>": added to the work tree, not to the index.
            if len(fields) == 9 and fields[0] == b"1" and fields[1] == b".A" and fields[4] == b"000000":
                marked.add(fields[8])
        if not marked:
            return entries
        # status names paths from the repository's top; the listing, from where it ran.
        prefix = b"" if cwd is not None else self._run(["rev-parse", "--show-prefix"], what="find the folder").stdout.strip()
        return [e for e in entries if os.path.normpath(prefix + e[3]).replace(b"\\", b"/") not in marked]

    def staged_names(self, paths: list[str]) -> list[str]:
        """The files whose staged version differs from HEAD's (every file staged, with no commit yet) under
        ``paths``, as paths from the current folder, as git lists files (``../journeys/a.yaml``)."""
        proc = self._run(["diff", "--cached", "--name-only", "--no-renames", "-z", "--no-ext-diff", "--no-textconv",
                          "--", *paths], what="compare the index with HEAD", check=False)
        if proc.returncode != 0:
            return []
        here = self.prefix.rstrip("/") or "."
        return [posixpath.relpath(os.fsdecode(n), here) for n in proc.stdout.split(b"\0") if n]

    def uncommitted(self, paths: list[str]) -> bool:
        """Whether the working tree holds edits HEAD has not got under ``paths`` (from the current folder):
        a YAML or TOML file changed, deleted or new (not ignored), staged or not. Other files, such as the
        report a CI step redirects into (`> review.md`), which the shell creates first, do not count."""
        proc = self._run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames", "--", *paths],
                         what="look for uncommitted edits", check=False)
        if proc.returncode != 0:
            return False
        entries = [os.fsdecode(e) for e in proc.stdout.split(b"\0") if e]
        return any(e[3:].lower().endswith((*YAML_SUFFIXES, ".toml")) for e in entries if len(e) > 3)

    def staged(self, path: str) -> bool:
        """Whether the index holds a file at ``path`` or files under it (relative to the current folder)."""
        rel = self._from_here(path)
        if rel is None:
            return False
        proc = self._run(["ls-files", "--stage", "-z", "--", rel], what="list the index")
        return bool(proc.stdout)

    def submodule(self, name: str, itself: bool = False) -> str | None:
        """The submodule (its path from the current folder, as the index holds it) that the path ``name``
        (from the current folder) lies in, or, with ``itself``, is; None when it lies in none."""
        return self.submodules([name], itself).get(name)

    def submodules(self, names: list[str], itself: bool = False) -> dict[str, str]:
        """:meth:`submodule` of each of ``names`` that lies in one, asked of the index in one call."""
        parents: dict[str, list[str]] = {}
        for name in names:
            parts = posixpath.normpath(name.replace(os.sep, "/")).split("/")
            upto = len(parts) + 1 if itself else len(parts)
            parents[name] = ["/".join(parts[:n]) for n in range(1, upto) if parts[n - 1] not in ("..", ".")]
        asked = list(dict.fromkeys(p for found in parents.values() for p in found))
        if not asked:
            return {}
        proc = self._run(["ls-files", "--stage", "-z", "--", *asked], what="list the index", check=False)
        wanted = {os.fsencode(p) for p in asked}
        links = {os.fsdecode(entry) for mode, _blob, _stage, entry in _index_entries(proc.stdout)
                 if mode == _GITLINK_MODE and entry in wanted}
        return {name: next(p for p in found if p in links) for name, found in parents.items()
                if any(p in links for p in found)}

    def blobs(self, ids: list[str]) -> dict[str, bytes]:
        """The contents of blobs, read in one ``git cat-file --batch`` call."""
        if not ids:
            return {}
        unique = list(dict.fromkeys(ids))
        proc = self._run(["cat-file", "--batch"], what="read files", input=("\n".join(unique) + "\n").encode())
        data = proc.stdout
        out: dict[str, bytes] = {}
        pos = 0
        for blob in unique:
            end = data.index(b"\n", pos)
            line = data[pos:end]
            pos = end + 1
            # "<id> <type> <size>", or "<name> missing" / "<name> ambiguous": the name is as
            # given, so it may hold spaces ("HEAD:persony 2026/cxkit.toml missing").
            header = line.split(b" ")
            if len(header) != 3 or line.endswith((b" missing", b" ambiguous")) or not header[2].isdigit():
                continue
            size = int(header[2])
            out[blob] = data[pos:pos + size]
            pos += size + 1
        for blob, content in out.items():
            if is_lfs_pointer(content):
                out[blob] = self._lfs_object(blob, content)
        return out

    @property
    def _names(self) -> dict[str, str]:
        """The name a listing gave each blob, as shown (the last one, for a blob two files share)."""
        return self.__dict__.setdefault("_blob_names", {})

    def _lfs_object(self, blob: str, pointer: bytes) -> bytes:
        """The file a Git LFS pointer stands for, read from the clone's own LFS store (`.git/lfs/objects`, or
        where `lfs.storage` puts it: :meth:`_lfs_objects`), as git-lfs's smudge filter would give it; cxkit
        starts no git-lfs (a filter is a program the repository's config names, see :meth:`no_filters`).  A pointer whose file the store lacks (an
        `actions/checkout` without `lfs: true`, a clone made with `GIT_LFS_SKIP_SMUDGE=1`) is a GitError
        (exit 2), never compared as the pointer's three lines: that would tell a persona kept in LFS
        as gone, or unchanged, wherever its file changed."""
        found = LFS_POINTER_RE.search(pointer.replace(b"\r\n", b"\n"))  # a pointer committed with CRLF too
        name = self._names.get(blob, f"the file of blob {blob[:12]}")
        if found is None:
            raise GitError(f"{name} is a Git LFS pointer cxkit cannot read (no `oid sha256:` and `size` lines)")
        oid, size = found.group(1).decode(), int(found.group(2))
        store = self.__dict__.get("_lfs_store")
        if store is None:
            store = self.__dict__["_lfs_store"] = self._lfs_objects()
        try:
            with open(os.path.join(store, oid[:2], oid[2:4], oid), "rb") as f:
                content = f.read(size + 1)
        except OSError:
            content = None
        if content is not None and len(content) == size:
            import hashlib

            if hashlib.sha256(content).hexdigest() == oid:
                return content
        raise GitError(
            f"{name} is kept in Git LFS: git holds a pointer to it (oid sha256:{oid[:12]}…, {size} bytes), and this "
            f"clone's LFS store ({os.path.relpath(store)}) has no copy of the file; cxkit runs no git-lfs, so fetch "
            "the files first (`git lfs fetch origin REV` for each revision read, or `lfs: true` in "
            "actions/checkout) and run again")

    def _lfs_objects(self) -> str:
        """The folder of this clone's LFS store that holds its objects, where git-lfs keeps them: `lfs/objects` in
        the git folder the clone's worktrees share (`git rev-parse --git-common-dir`), or under `lfs.storage`
        when the config sets it (a store shared by several clones, or on another disk): that path as written
        when absolute, else taken from that git folder, as git-lfs takes it (an empty value is the default).
        Asked of git only when a pointer is met."""
        common = self._run(["rev-parse", "--git-common-dir"], what="find the git folder", check=False)
        folder = os.path.join(self.cwd, os.fsdecode(common.stdout.strip()) if common.returncode == 0 else ".git")
        said = self._run(["config", "--get", "lfs.storage"], what="read lfs.storage", check=False)
        storage = os.fsdecode(said.stdout.rstrip(b"\n")) if said.returncode == 0 else ""
        return os.path.join(folder, storage or "lfs", "objects")

    def current(self, short: bool = False) -> str:
        """How messages name what is checked out: "the current branch" ("the branch" when ``short``), or
        "HEAD" when no branch is (a detached HEAD, as CI checks out a pull request's merge commit)."""
        detached = self.__dict__.get("_detached")
        if detached is None:
            proc = self._run(["symbolic-ref", "-q", "HEAD"], what="read HEAD", check=False)
            detached = self.__dict__["_detached"] = proc.returncode == 1
        return "HEAD" if detached else "the branch" if short else "the current branch"

    def skipped(self, paths: list[str] | None = None) -> dict[str, tuple[str, str]]:
        """The files git keeps out of the working tree under ``paths`` (from the current folder; None: the
        whole index, named from the top): those marked skip-worktree, as a sparse checkout marks every file
        outside its cone. Each by its name as listed, with its path from the top and its staged blob. git
        reads such a file from the index, whatever the disk holds there (`git diff`, `git status`), and so
        does a comparison of the working tree. Links and submodules are left out. Asked once per listing."""
        key = None if paths is None else tuple(paths)
        memo: dict[tuple[str, ...] | None, dict[str, tuple[str, str]]] = self.__dict__.setdefault("_skipped_memo", {})
        if key in memo:
            return memo[key]
        args = ["ls-files", "-z", "-t", "--stage"] + ([] if paths is None else ["--", *paths])
        proc = self._run(args, what="list the index", cwd=self.top if paths is None else None, check=False)
        out: dict[str, tuple[str, str]] = {}
        for entry in proc.stdout.split(b"\0") if proc.returncode == 0 else []:
            # "S <mode> <blob> <stage>\t<name>": S for skip-worktree, H for a file git checks out.
            if not entry.startswith(b"S "):
                continue
            meta, tab, name = entry[2:].partition(b"\t")
            fields = meta.split()
            if not tab or len(fields) != 3 or fields[2] != b"0" or fields[0] in (_GITLINK_MODE, LINK_MODE):
                continue
            shown = os.fsdecode(name)
            full = shown if paths is None else posixpath.normpath(posixpath.join(self.prefix, shown))
            out[shown] = (full, fields[1].decode())
        memo[key] = out
        return out

    def worktree(self, paths: list[str]) -> list[str]:
        """Files of the working tree under ``paths``: tracked and untracked, not ignored, that exist."""
        proc = self._run(
            ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", *paths],
            what="list the working tree",
        )
        names = dict.fromkeys(os.fsdecode(n) for n in proc.stdout.split(b"\0") if n)
        return [n for n in names if self.holds(n)]

    def dead_links(self, paths: list[str], commit: str | None = None) -> dict[str, str]:
        """The symbolic links under ``paths`` that lead to no file, to nothing or round in a loop, each by
        its path from the top with what it points to, as written: of ``commit``, else of the working tree
        (tracked, and new ones git does not ignore).  `cxkit lint` reports such a link as a file it cannot
        read, where a comparison leaves it out (see :meth:`holds`, :func:`_trace`).  A link out of the
        repository, or to a folder, is none of them: lint reads what it leads to."""
        found: dict[str, str] = {}
        if commit is None:
            proc = self._run(["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", *paths],
                             what="list the working tree")
            top = os.path.join(os.path.realpath(self.top), "")
            for name in dict.fromkeys(os.fsdecode(n) for n in proc.stdout.split(b"\0") if n):
                path = self.cwd / name
                if not os.path.islink(path) or os.path.exists(path) or not os.path.realpath(path).startswith(top):
                    continue
                try:
                    target = os.readlink(path)
                except OSError:
                    continue  # gone since git listed it
                if os.path.isabs(target):  # into the repository (see above): said from the link's folder
                    target = os.path.relpath(target, os.path.dirname(os.path.abspath(path)))
                found[posixpath.normpath(posixpath.join(self.prefix, name.replace(os.sep, "/")))] = target
            return found
        proc = self._run(["ls-tree", "-r", "-z", commit, "--", *paths], what=f"list the files of {commit[:12]}")
        links = []
        for entry in proc.stdout.split(b"\0"):
            meta, _, name = entry.partition(b"\t")
            fields = meta.split()
            if len(fields) >= 3 and fields[0] == LINK_MODE and fields[1] == b"blob":
                links.append(self._tree_file(name, fields[2].decode()))
        if not links:
            return found
        files = self._commit_files(commit)
        targets = self.blobs([blob for is_link, blob in files.values() if is_link])
        for link in links:
            why = _trace(link.full, files, targets)
            if isinstance(why, str) and link.blob in targets and why != _TO_A_FOLDER and not why.startswith(LINK_OUT):
                found[link.full] = os.fsdecode(targets[link.blob])
        return found

    def inside(self, paths: list[str]) -> list[str]:
        """``paths`` as plain paths from the current folder (``../personas/ola.yaml`` from
        ``personas`` is ``ola.yaml``), as git names the files under them.

        A path outside the repository is refused with a message of its own (git would
        only say "fatal: ... is outside repository").
        """
        out: list[str] = []
        for p in paths:
            rel = self._from_here(p)
            if rel is None:
                raise GitError(f"{display_path(p)}: outside the git repository at {display_path(str(self.top))}; "
                               "a revision holds only the files inside it")
            out.append(rel)
        return out

    def _from_here(self, p: str) -> str | None:
        """``p`` as a plain path from the current folder, or None when it is outside the repository."""
        top = os.path.realpath(self.top)
        # The folder resolved, not the name: a link named here may point anywhere.
        path = os.path.normpath(os.path.join(self.cwd, p))
        full = os.path.join(os.path.realpath(os.path.dirname(path)), os.path.basename(path))
        if full != top and not full.startswith(os.path.join(top, "")):
            return None
        return os.path.relpath(full, os.path.realpath(self.cwd))

    def names(self, commit: str, path: str) -> bool:
        """Whether ``commit`` holds a file or folder at ``path`` (False for a path outside the repository)."""
        rel = self._from_here(path)
        return rel is not None and bool(self.tree(commit, [rel]))

    def holds(self, name: str) -> bool:
        """Whether ``name`` (relative to the current folder) is a file of the working tree.

        A link counts as the file it points to, unless that is outside the
        repository: a revision cannot hold it, so it is left out on both sides.
        """
        path = self.cwd / name
        if not path.is_file():
            return False
        if not path.is_symlink():
            return True
        top = os.path.realpath(self.top)
        return os.path.realpath(path).startswith(os.path.join(top, ""))


#: Why a symbolic link that leads out of the repository is no file to compare: "LINK_OUT (target), WHERE_NO_REVISION".
LINK_OUT = "the symbolic link leads out of the repository"
WHERE_NO_REVISION = "where no revision holds files, so it is compared on neither side"

#: Why :func:`_trace` found no file for a link to a folder: a named link to one is no file to report.
_TO_A_FOLDER = "the symbolic link leads to a folder"


def _work_tree_of(git_dir: str, alone: list[str]) -> str | None:
    """The working tree of the repository whose git dir is ``git_dir`` (absolute), for advice: the top git finds
    from here without GIT_DIR when it finds that git dir (a hook's script run in a subfolder), the folder a
    `.git` lies in, or a linked worktree's (its `gitdir` file names the worktree's `.git`); else None (a
    `--separate-git-dir` repository names no working tree of its own)."""
    if len(alone) >= 2 and alone[1] and os.path.realpath(alone[0]) == os.path.realpath(git_dir):
        return alone[1]
    if os.path.basename(git_dir.rstrip(os.sep)) == ".git":
        return os.path.dirname(git_dir.rstrip(os.sep))
    try:
        with open(os.path.join(git_dir, "gitdir"), encoding="utf-8") as f:
            dot_git = f.read().strip()
    except (OSError, UnicodeDecodeError):
        return None
    return os.path.dirname(dot_git) if os.path.basename(dot_git) == ".git" else None


def _trace(full: str, files: dict[str, tuple[bool, str]], targets: dict[str, bytes]) -> tuple[str, str] | str:
    """The file (path from the top, blob) the path ``full`` of a commit leads to, its links (and
    links to folders on the way) followed.

    Else why there is none, said of the file: a link points out of the repository (an absolute
    target, or one that climbs above the top), at nothing, at a folder, or round in a loop.
    """
    rest = full.split("/")
    done: list[str] = []
    hops = 0
    while rest:
        part = rest.pop(0)
        here = "/".join([*done, part])
        is_link, blob = files.get(here, (False, ""))
        if not is_link:
            done.append(part)
            continue
        hops += 1
        raw = targets.get(blob)
        if raw is None:
            return "git could not read the symbolic link"
        if hops > MAX_LINKS:
            return "the symbolic link leads round in a loop (or through too many links)"
        target = os.fsdecode(raw)
        joined = posixpath.normpath(posixpath.join("/".join(done), target))
        if not target or target.startswith("/") or joined == ".." or joined.startswith("../"):
            return f"{LINK_OUT} ({display_path(target)}), {WHERE_NO_REVISION}"
        rest = ([] if joined == "." else joined.split("/")) + rest
        done = []
    path = "/".join(done)
    is_link, blob = files.get(path, (True, ""))
    if not is_link:
        return path, blob
    if any(name.startswith(f"{path}/") for name in files):
        return _TO_A_FOLDER
    return f"the symbolic link leads to {display_path(path)}, which is not there"
