"""The documents of git submodules, for `cxkit review`'s lint of each side.

`cxkit lint` scans a submodule's folder as any other, so a journey may name a persona that lives in a
submodule shared by several repositories. Review lints each side in a copy of what git has there, and
git lists a submodule as one entry (a commit of another repository), not as files: the copies held no
persona of it, and a journey naming one failed review with `persona ... does not exist`. Here each side
gets the submodule's files: the working tree's as its checkout holds them (what lint reads), BASE's at
the commit BASE records for the submodule, read from the submodule's own clone. A side whose submodule
cannot be read (not checked out, or BASE's commit not fetched into it) is said, and the lookups of
documents across files are incomplete on it (see :data:`LOOKUP_RULES`).
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from ..workspace import YAML_SUFFIXES, display_path
from .git import GitError, Repo

#: The mode git gives a submodule in a tree or the index.
_GITLINK = b"160000"

#: The rules whose findings say a document another file should hold is missing: with a submodule
#: unread on a side, such a finding may be false on it, so review reports none of them on either side.
LOOKUP_RULES = frozenset({"unknown-persona"})


@dataclass
class SubmoduleFiles:
    """The YAML files of the submodules under the paths reviewed, on each side, by path from the top."""

    #: The working tree's: each a file on disk, as lint reads it.
    worktree: dict[str, Path] = field(default_factory=dict)
    #: BASE's: each file's bytes at the commit BASE records for its submodule.
    base: dict[str, bytes] = field(default_factory=dict)
    #: The config files in the submodules (a `cxkit.toml`, a `pyproject.toml` with a [tool.cxkit] table), on
    #: each side, by path from the top: each makes its folder another workspace, as in `cxkit lint`.
    worktree_configs: dict[str, bytes] = field(default_factory=dict)
    base_configs: dict[str, bytes] = field(default_factory=dict)
    #: Each submodule a side could not read: (its folder from the top, "" when it is not checked out, else
    #: the commit BASE records for it, which its clone lacks).
    unread: list[tuple[str, str]] = field(default_factory=list)


def _gitlinks(repo: Repo, commit: str | None, paths: list[str]) -> dict[str, str]:
    """The submodules under ``paths`` (from the current folder) that ``commit`` records (None: the index),
    each by its folder from the top with the commit recorded for it."""
    args = ["ls-tree", "-r", "-z", commit, "--", *paths] if commit else ["ls-files", "--stage", "-z", "--", *paths]
    proc = repo._run(args, what="list the submodules", check=False)
    found: dict[str, str] = {}
    if proc.returncode != 0:
        return found
    for entry in proc.stdout.split(b"\0"):
        meta, tab, name = entry.partition(b"\t")
        fields = meta.split()
        if tab and len(fields) >= 3 and fields[0] == _GITLINK:
            sha = fields[2] if commit else fields[1]
            full = posixpath.normpath(posixpath.join(repo.prefix, os.fsdecode(name)))
            found[full] = sha.decode()
    return found


#: What points git at one repository: set for the superproject (a hook's GIT_DIR and GIT_INDEX_FILE, a CI
#: step's GIT_WORK_TREE), it must not reach the submodule's clone, which git would then not find, or read
#: through the superproject's index. git clears the same for the submodules it runs in.
_REPOSITORY_ENV = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
                   "GIT_COMMON_DIR", "GIT_IMPLICIT_WORK_TREE", "GIT_GRAFT_FILE", "GIT_SHALLOW_FILE", "GIT_PREFIX",
                   "GIT_NO_REPLACE_OBJECTS", "GIT_REPLACE_REF_BASE", "GIT_NAMESPACE")


class _Clone(Repo):
    """A submodule's clone: git finds it from its folder alone, whatever the environment says of the
    superproject; :func:`_clone` has checked that the folder is the submodule's own."""

    def _git_env(self) -> dict[str, str]:
        env = super()._git_env()
        for name in _REPOSITORY_ENV:
            env.pop(name, None)
        env["GIT_CEILING_DIRECTORIES"] = str(Path(self.cwd).parent)  # its own `.git`, never the superproject's
        return env

    def _refuse_a_borrowed_work_tree(self) -> None:
        return  # no GIT_DIR nor GIT_WORK_TREE here; _clone checks the top is the submodule's folder


def _clone(repo: Repo, folder: str) -> Repo | None:
    """The submodule's own repository, checked out at ``folder`` (from the top); None when it is not.

    ``folder`` comes from a commit, which may be anyone's: it must name a folder inside the repository
    reached through no symbolic link (a branch may turn the submodule's folder into a link to another
    clone on the machine), so that nothing outside the checkout is read, and git runs in no folder the
    checkout chose."""
    parts = folder.split("/")
    if not folder or os.path.isabs(folder) or any(part in ("", ".", "..") for part in parts):
        return None
    top = os.path.realpath(repo.top)
    where = Path(top, *parts)

    def same(path: str | Path) -> bool:
        return os.path.normcase(os.path.realpath(path)) == os.path.normcase(str(where))

    if not same(where) or not os.path.lexists(where / ".git"):
        return None
    try:
        sub = _Clone(where)
    except GitError:
        return None
    return sub if same(sub.top) else None


def submodule_files(repo: Repo, paths: list[str], base: str) -> SubmoduleFiles:
    """The files of the submodules under ``paths`` on both sides of a review of ``base`` (a commit)."""
    from .workspaces import CONFIG_NAMES, anchored, extended_files, read_configs, revision_reader, worktree_reader

    out = SubmoduleFiles()
    now, then = _gitlinks(repo, None, paths), _gitlinks(repo, base, paths)
    configs_now: dict[str, Path] = {}
    configs_then: dict[str, bytes] = {}
    clones: dict[str, tuple[Repo, str | None]] = {}

    def wanted(name: str) -> bool:
        return name.lower().endswith(YAML_SUFFIXES) or posixpath.basename(name) in CONFIG_NAMES

    for folder in sorted(set(now) | set(then)):
        sub = _clone(repo, folder)
        if sub is None:
            out.unread.append((folder, ""))  # neither side's files are here
            continue
        clones[folder] = (sub, then.get(folder))
        if folder in now:
            for name in sub.worktree(["."]):
                if name.lower().endswith(YAML_SUFFIXES):
                    out.worktree[f"{folder}/{name}"] = Path(sub.top) / name
                elif posixpath.basename(name) in CONFIG_NAMES:
                    configs_now[f"{folder}/{name}"] = Path(sub.top) / name
        if folder in then:
            recorded = then[folder]
            try:
                files = [f for f in sub.tree(recorded, ["."]) if wanted(f.full)]
                blobs = sub.blobs([f.blob for f in files])
            except GitError:
                out.unread.append((folder, recorded))
                continue
            for f in files:
                if f.blob in blobs:
                    into = out.base if f.full.lower().endswith(YAML_SUFFIXES) else configs_then
                    into[f"{folder}/{f.full}"] = blobs[f.blob]

    def read_now(names: list[str]) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        for name in names:
            try:
                found[name] = configs_now[name].read_bytes()
            except OSError:
                pass
        return found

    def within(full: str) -> tuple[str, Repo, str | None, str] | None:
        for folder, (sub, recorded) in clones.items():
            if full.startswith(folder + "/"):
                return folder, sub, recorded, full[len(folder) + 1:]
        return None

    def extended_now(names: list[str]) -> dict[str, bytes]:
        # What a submodule's config extends: a file of the submodule as checked out (never through a link out
        # of it), else the superproject's, as the working tree's side reads it.
        found: dict[str, bytes] = {}
        for name in names:
            hit = within(name)
            if hit is None:
                found.update(worktree_reader(repo)([name]))
                continue
            _folder, sub, _recorded, rel = hit
            path = Path(sub.top) / rel
            if os.path.realpath(path).startswith(os.path.join(os.path.realpath(sub.top), "")):
                try:
                    found[name] = path.read_bytes()
                except OSError:
                    pass
        return found

    def extended_then(names: list[str]) -> dict[str, bytes]:
        # ... at the commit BASE records for the submodule, else BASE's own file.
        found: dict[str, bytes] = {}
        for name in names:
            hit = within(name)
            if hit is None:
                found.update(revision_reader(repo, base)([name]))
            elif hit[2] is not None:
                folder, sub, recorded, rel = hit
                found.update({f"{folder}/{r}": raw for r, raw in revision_reader(sub, recorded)([rel]).items()})
        return found

    # A submodule's own config makes its folder a workspace of its own, as lint plans it (see Side.configs),
    # read with the files it extends, as in the working tree's and BASE's sides (see extended_files).
    now_configs = read_configs(list(configs_now), read_now)
    then_configs = read_configs(list(configs_then), lambda names: {n: configs_then[n] for n in names})
    out.worktree_configs = anchored({**extended_files(now_configs, extended_now), **now_configs}, repo.top)
    out.base_configs = anchored({**extended_files(then_configs, extended_then), **then_configs}, repo.top)
    return out


def unread_note(files: SubmoduleFiles, lang: str = "en") -> str | None:
    """What a review says of the submodules it could not read (stderr and the comment), None when it read all."""
    if not files.unread:
        return None
    # A folder's name is a commit's, anyone's: a line break in it must not start a line of the job's log
    # (`::error::`, a GitHub Actions command), so control characters are shown as escapes, as in every path.
    unread = [(display_path(folder), sha) for folder, sha in files.unread]
    n = len(unread)
    if lang == "pl":
        whys = "; ".join(f"{folder}: nie jest pobrany" if not sha else
                         f"{folder}: w jego klonie nie ma commitu {sha[:7]}, który zapisuje dla niego BASE"
                         for folder, sha in unread)
        what, it, without = ("submodułu", "go", "niego") if n == 1 else (f"{n} submodułów", "je", "nich")
        return (f"nie odczytano {what} ({whys}); pobiera {it} `git submodule update --init` (w GitHub Actions "
                f"`submodules: true` w actions/checkout). Bez {without} wyszukiwanie person w innych plikach jest "
                "niepełne, więc przegląd nie zgłasza uwag unknown-persona (CX004) po żadnej stronie")
    whys = "; ".join(f"{folder}: not checked out" if not sha else
                     f"{folder}: its clone lacks the commit {sha[:7]} BASE records for it" for folder, sha in unread)
    what, it = ("a submodule was", "it") if n == 1 else (f"{n} submodules were", "them")
    return (f"{what} not read ({whys}); `git submodule update --init` fetches {it} (in GitHub Actions "
            f"`submodules: true` in actions/checkout). Without {it} the lookup of personas in other files is "
            "incomplete, so the review reports no unknown-persona (CX004) finding on either side")
