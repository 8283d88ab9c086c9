"""The paths after a revision as `git diff` takes them: names, globs (``personas/*.yaml``) and
exclusions (``:!journeys``, ``:^drafts``, ``:(exclude)*.bak.yaml``), ``:/`` for the top.

git is asked for the files under plain folders only (its pathspecs stay literal, so a name with
a ``[`` in it is that file); a glob is matched here against the files listed, as git matches a
pathspec: relative to the current folder, a ``*`` crossing ``/`` (``personas/*.yaml`` takes
``personas/b2b/ola.yaml`` too), and a name taking every file under it.
"""

from __future__ import annotations

import fnmatch
import os
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field

from ..workspace import UsageError

_WILDCARDS = "*?["
#: The pathspec magic cxkit reads; any other (`:(icase)`, `:(attr:...)`) is refused by name.
_EXCLUDE_MAGIC = ("exclude",)
_TOP_MAGIC = ("top",)


def is_pattern(arg: str) -> bool:
    """Whether ``arg`` is a glob or pathspec magic rather than a plain name (checked when no such path exists)."""
    return any(c in arg for c in _WILDCARDS) or arg.startswith((":!", ":^", ":(", ":/"))


@dataclass
class Pathspecs:
    """The paths to list (plain names and the folders globs start in) and the test each file listed must pass."""

    #: Paths git lists the files under, as typed (plain names) or the folder a glob starts in.
    paths: list[str] = field(default_factory=list)
    #: Plain names as typed, in order, for the messages about a path that names nothing.
    names: list[str] = field(default_factory=list)
    includes: list[str] = field(default_factory=list)
    excludes: list[str] = field(default_factory=list)
    #: Whether a glob or an exclusion was given (else every file listed is kept).
    patterned: bool = False
    #: The globs to take files by: (as typed, as matched); and those a file listed matched.
    globs: list[tuple[str, str]] = field(default_factory=list)
    matched: set[str] = field(default_factory=set)
    #: A plain name written with pathspec magic (``:/personas``), by the path it names.
    typed: dict[str, str] = field(default_factory=dict)

    def keep(self) -> Callable[[str], bool] | None:
        """The test a file (its path from the current folder, as git lists it) passes to be compared; None: all do.

        Which globs a file matched (excluded or not) is noted, for :meth:`unmatched`."""
        if not self.patterned:
            return None
        includes, excludes = list(self.includes), list(self.excludes)
        globs = {pattern for _typed, pattern in self.globs}
        matched = self.matched

        def kept(name: str) -> bool:
            path = _clean(name)
            hits = [p for p in includes if _matches(path, p)]
            if includes and not hits:
                return False
            matched.update(p for p in hits if p in globs)
            return not any(_matches(path, p) for p in excludes)

        return kept

    def unmatched(self) -> list[str]:
        """The globs, as typed, that no file listed by :meth:`keep`'s test on either side matched."""
        return [typed for typed, pattern in self.globs if pattern not in self.matched]

    def shown(self, path: str) -> str:
        """How a path of :attr:`paths` was typed, for a message (``:/personas``, not ``../personas``)."""
        return self.typed.get(path, path)


def split(args: list[str], cwd: str, top: str, exists: Callable[[str], bool]) -> Pathspecs:
    """``args`` (paths after the revisions) read as `git diff` reads pathspecs; plain names are kept
    as typed (the caller checks they exist), globs and exclusions become a test on the files listed.

    ``top``: the repository's top folder, which ``:/`` and ``:(top)`` start from; ``exists``: whether
    a name is a path of the working tree (then it is that name, even with a ``*`` in it).
    """
    specs = Pathspecs()
    for arg in args:
        if exists(arg) or not is_pattern(arg):
            specs.paths.append(arg)
            specs.names.append(arg)
            # Matched as git lists the files: `personas/`, `./`, `../personas` (from inside it) or an
            # absolute path are the names git gives the files under them.
            specs.includes.append(_here(arg, cwd))
            continue
        magic, pattern = _magic(arg)
        exclude = any(m in _EXCLUDE_MAGIC for m in magic)
        if exclude and not pattern:
            raise UsageError(f"'{arg}': an exclusion names what to leave out (':!journeys', ':!personas/*-szkic.yaml'); "
                             "with nothing after it, it would leave out every file")
        if any(m in _TOP_MAGIC for m in magic):
            pattern = os.path.relpath(os.path.join(top, pattern or "."), cwd).replace(os.sep, "/")
            if not exclude and (not any(c in pattern for c in _WILDCARDS) or exists(pattern)):
                # `:/personas/ola.yaml`: a plain name from the top, checked as one (a typo is "no such path").
                path = _here(pattern, cwd) or "."
                specs.paths.append(path)
                specs.names.append(path)
                specs.includes.append(_here(path, cwd))
                specs.typed[path] = arg
                continue
        pattern = _here(pattern or ".", cwd)
        specs.patterned = True
        if exclude:
            specs.excludes.append(pattern)
            continue
        specs.includes.append(pattern)
        specs.globs.append((arg, pattern))
        specs.paths.append(_start(pattern))
    return specs


def _magic(arg: str) -> tuple[list[str], str]:
    """The magic words of a pathspec (``exclude``, ``top``) and the pattern after them."""
    if arg.startswith((":!", ":^")):
        return ["exclude"], arg[2:]
    if arg.startswith(":/"):
        rest = arg[2:]
        if rest.startswith(("!", "^")):
            return ["top", "exclude"], rest[1:]
        return ["top"], rest
    if arg.startswith(":("):
        close = arg.find(")")
        if close < 0:
            raise UsageError(f"'{arg}': the pathspec magic is not closed with ')'")
        words = [w.strip() for w in arg[2:close].split(",") if w.strip()]
        unknown = [w for w in words if w not in _EXCLUDE_MAGIC + _TOP_MAGIC]
        if unknown:
            raise UsageError(
                f"'{arg}': cxkit does not read the pathspec magic '{unknown[0]}'; it takes names, globs "
                "(personas/*.yaml), exclusions (:!journeys or :(exclude)journeys) and :/ for the top"
            )
        return words, arg[close + 1:]
    return [], arg


def _clean(path: str) -> str:
    path = posixpath.normpath(path.replace(os.sep, "/"))
    return "" if path == "." else path


def _here(path: str, cwd: str) -> str:
    """``path`` (a name or a glob; relative, with ``..`` or absolute) as a path from ``cwd``, the way
    git lists the files it names: ``""`` for ``cwd`` itself.

    The folders above the last part are resolved, as :meth:`Repo.inside` resolves a named path, so an
    absolute path typed through a linked folder (``$PWD``) names the same files.
    """
    joined = os.path.normpath(os.path.join(cwd, path))
    full = os.path.join(os.path.realpath(os.path.dirname(joined)), os.path.basename(joined))
    return _clean(os.path.relpath(full, os.path.realpath(cwd)))


def _start(pattern: str) -> str:
    """The folder a glob starts in: its part before the first wildcard, up to the last ``/`` (``.`` for none)."""
    cut = min((pattern.index(c) for c in _WILDCARDS if c in pattern), default=len(pattern))
    head = pattern[:cut]
    folder = head.rpartition("/")[0] if cut < len(pattern) else head
    return folder or "."


def _matches(path: str, pattern: str) -> bool:
    """Whether a file's path matches a pathspec as git matches one: the name itself, a folder above it, or the glob."""
    if not pattern:
        return True
    if path == pattern or path.startswith(pattern + "/"):
        return True
    return any(c in pattern for c in _WILDCARDS) and fnmatch.fnmatchcase(path, pattern)
