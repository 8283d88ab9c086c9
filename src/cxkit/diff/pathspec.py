"""The paths after a revision as `git diff` takes them: names, globs (``personas/*.yaml``) and
exclusions (``:!journeys``, ``:^drafts``, ``:(exclude)*.bak.yaml``), ``:/`` for the top, and the
magic words ``literal``, ``glob`` and ``icase`` (``:(glob,icase)Personas/**/*.yaml``).

git is asked for the files under plain folders only (its pathspecs stay literal, so a name with
a ``[`` in it is that file); a glob is matched here against the files listed, as git matches a
pathspec: relative to the current folder, a ``*`` crossing ``/`` (``personas/*.yaml`` takes
``personas/b2b/ola.yaml`` too; under ``:(glob)`` it does not, and ``**`` does), and a name taking
every file under it.
"""

from __future__ import annotations

import difflib
import fnmatch
import os
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..workspace import UsageError

_WILDCARDS = "*?["
#: The pathspec magic cxkit reads, as git spells it in ``:(...)``.
_READ_MAGIC = ("top", "exclude", "literal", "glob", "icase")
#: The magic git has that cxkit does not read, with what it does, for the message that refuses it.
_UNREAD_MAGIC = {
    "attr": "files by their git attributes",
    "prefix": "git's own prefix length, not typed by hand",
}
#: What the messages say cxkit reads.
_READ_SAID = ("names, globs (personas/*.yaml), exclusions (:!journeys, :^journeys or :(exclude)journeys), "
              ":/ or :(top) for the top, and :(literal), :(glob) and :(icase), alone or together (:(glob,icase))")


@dataclass(frozen=True)
class Pattern:
    """One name or glob, as a path from the current folder, and how it is matched.

    ``mode``: ``"fnmatch"`` (git's default: ``*`` crosses ``/``), ``"glob"`` (``:(glob)``: ``*`` stays
    in one folder, ``**`` crosses them) or ``"literal"`` (a name: no wildcards); ``icase``: letters
    match whatever their case.
    """

    text: str
    mode: str = "fnmatch"
    icase: bool = False

    def matches(self, path: str) -> bool:
        """Whether a file's path matches, as git matches a pathspec: the name itself, a folder above it, or the glob."""
        pattern = self.text
        if not pattern:
            return True
        if self.icase:
            path, pattern = path.casefold(), pattern.casefold()
        if path == pattern or path.startswith(pattern + "/"):
            return True
        if self.mode == "literal" or not any(c in pattern for c in _WILDCARDS):
            return False
        if self.mode == "glob":
            return _glob_regex(pattern).fullmatch(path) is not None
        return fnmatch.fnmatchcase(path, pattern)


def is_pattern(arg: str) -> bool:
    """Whether ``arg`` is a glob or pathspec magic rather than a plain name (checked when no such path exists)."""
    return any(c in arg for c in _WILDCARDS) or arg.startswith((":!", ":^", ":(", ":/"))


@dataclass
class Pathspecs:
    """The paths to list (plain names and the folders globs start in) and the test each file listed must pass."""

    #: Paths git lists the files under, as typed (plain names) or the folder a glob starts in.
    paths: list[str] = field(default_factory=list)
    #: The argument each of :attr:`paths` comes from, as typed (``klient/*.yaml`` for ``klient``).
    args: list[str] = field(default_factory=list)
    #: Plain names as typed, in order, for the messages about a path that names nothing.
    names: list[str] = field(default_factory=list)
    includes: list[Pattern] = field(default_factory=list)
    excludes: list[Pattern] = field(default_factory=list)
    #: Whether a glob or an exclusion was given (else every file listed is kept).
    patterned: bool = False
    #: The globs to take files by: (as typed, as matched); and those a file listed matched.
    globs: list[tuple[str, Pattern]] = field(default_factory=list)
    matched: set[Pattern] = field(default_factory=set)
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
            hits = [p for p in includes if p.matches(path)]
            if includes and not hits:
                return False
            matched.update(p for p in hits if p in globs)
            return not any(p.matches(path) for p in excludes)

        return kept

    def unmatched(self) -> list[str]:
        """The globs, as typed, that no file listed by :meth:`keep`'s test on either side matched."""
        return [typed for typed, pattern in self.globs if pattern not in self.matched]

    def shown(self, path: str) -> str:
        """How a path of :attr:`paths` was typed, for a message (``:/personas``, not ``../personas``)."""
        return self.typed.get(path, path)

    def spelt(self, path: str, other: str, cwd: str, top: str) -> str:
        """``other`` (a path from ``cwd``) written as the name ``path`` of :attr:`paths` was typed: with its
        magic, from ``top`` when the magic says so (`:/personas/tomek.yaml` beside a `:/personas/tomk.yaml`
        typed); as it is for a name typed without magic."""
        typed = self.typed.get(path)
        if typed is None:
            return other
        magic, pattern = _magic(typed)
        if not pattern or not typed.endswith(pattern):
            return other
        if "top" in magic:
            trail = "/" if other.endswith(("/", os.sep)) else ""
            other = os.path.relpath(os.path.join(cwd, other), top).replace(os.sep, "/") + trail
        return typed[:len(typed) - len(pattern)] + other

    def _name(self, path: str, cwd: str, typed: str | None = None) -> None:
        """A plain name (checked by the caller to exist), listed by git and matched as a name."""
        self.paths.append(path)
        self.args.append(typed or path)
        self.names.append(path)
        # Matched as git lists the files: `personas/`, `./`, `../personas` (from inside it) or an
        # absolute path are the names git gives the files under them.
        self.includes.append(Pattern(_here(path, cwd), "literal"))
        if typed is not None:
            self.typed[path] = typed


def split(args: list[str], cwd: str, top: str, exists: Callable[[str], bool]) -> Pathspecs:
    """``args`` (paths after the revisions) read as `git diff` reads pathspecs; plain names are kept
    as typed (the caller checks they exist), globs and exclusions become a test on the files listed.

    ``top``: the repository's top folder, which ``:/`` and ``:(top)`` start from; ``exists``: whether
    a name is a path of the working tree (then it is that name, even with a ``*`` in it).
    """
    specs = Pathspecs()
    for arg in args:
        if exists(arg) or not is_pattern(arg):
            specs._name(arg, cwd)
            continue
        magic, pattern = _magic(arg)
        exclude, icase = "exclude" in magic, "icase" in magic
        mode = "literal" if "literal" in magic else "glob" if "glob" in magic else "fnmatch"
        if exclude and not pattern:
            raise UsageError(f"'{arg}': an exclusion names what to leave out (':!journeys', ':!personas/*-szkic.yaml'); "
                             "with nothing after it, it would leave out every file")
        if "top" in magic:
            pattern = os.path.relpath(os.path.join(top, pattern or "."), cwd).replace(os.sep, "/")
        elif magic and not pattern:
            pattern = "."
        wild = mode != "literal" and any(c in pattern for c in _WILDCARDS)
        if magic and not exclude and not icase and (not wild or exists(pattern)):
            # `:/personas/ola.yaml`, `:(literal)persony[2026]`: a plain name, checked as one (a typo is "no such path").
            specs._name(_here(pattern, cwd) or ".", cwd, typed=arg)
            continue
        found = Pattern(_here(pattern or ".", cwd), mode, icase)
        specs.patterned = True
        if exclude:
            specs.excludes.append(found)
            continue
        specs.includes.append(found)
        specs.globs.append((arg, found))
        specs.paths.append(_start(found))
        specs.args.append(arg)
    return specs


def _magic(arg: str) -> tuple[list[str], str]:
    """The magic words of a pathspec (``exclude``, ``top``, ``literal``, ``glob``, ``icase``) and the
    pattern after them; magic cxkit does not read is a usage error that names it."""
    if not arg.startswith(":"):
        return [], arg
    if arg.startswith(":("):
        close = arg.find(")")
        if close < 0:
            raise UsageError(f"'{arg}': the pathspec magic is not closed with ')'")
        words = [w.strip() for w in arg[2:close].split(",") if w.strip()]
        for word in words:
            name = word.partition(":")[0]
            if name in _UNREAD_MAGIC:
                raise UsageError(f"'{arg}': cxkit does not read the pathspec magic '{name}' "
                                 f"({_UNREAD_MAGIC[name]}); it reads {_READ_SAID}")
            if word not in _READ_MAGIC:
                near = difflib.get_close_matches(word, _READ_MAGIC, n=1)
                meant = f" (did you mean '{near[0]}'?)" if near else ""
                raise UsageError(f"'{arg}': '{word}' is no pathspec magic{meant}; cxkit reads {_READ_SAID}")
        if "literal" in words and "glob" in words:
            raise UsageError(f"'{arg}': the pathspec magic 'literal' (no wildcards) and 'glob' (wildcards) "
                             "cannot be used together")
        return list(dict.fromkeys(words)), arg[close + 1:]
    # The short form: `:/`, `:!` and `:^` in any order (`:/!journeys`, `:!/journeys`), an optional `:` after them.
    words: list[str] = []
    pos = 1
    while pos < len(arg) and arg[pos] in "/!^":
        words.append("top" if arg[pos] == "/" else "exclude")
        pos += 1
    if pos < len(arg) and arg[pos] == ":":
        pos += 1
    return list(dict.fromkeys(words)), arg[pos:]


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


def _start(pattern: Pattern) -> str:
    """The folder a pattern's files are listed from: a glob's part before the first wildcard, up to
    the last ``/`` (``.`` for none); with ``icase``, the part before the first letter, whose case
    the name on disk may not share."""
    text = pattern.text
    stops = "" if pattern.mode == "literal" else _WILDCARDS
    cut = min((text.index(c) for c in stops if c in text), default=len(text))
    if pattern.icase:
        cut = min([cut] + [n for n, c in enumerate(text) if c.isalpha()])
    head = text[:cut]
    folder = head.rpartition("/")[0] if cut < len(text) else head
    return folder or "."


def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A ``:(glob)`` pattern as git's wildmatch reads it: ``*``, ``?`` and ``[...]`` stay within one
    folder; ``**/`` is any folders (none too), ``/**`` at the end everything inside."""
    out: list[str] = []
    pos, size = 0, len(pattern)
    while pos < size:
        c = pattern[pos]
        if c == "*":
            end = pos
            while end < size and pattern[end] == "*":
                end += 1
            whole = (pos == 0 or pattern[pos - 1] == "/") and (end == size or pattern[end] == "/")
            if end - pos >= 2 and whole:
                if end == size:
                    out.append(".*")
                else:
                    out.append("(?:.*/)?")
                    end += 1
            else:
                out.append("[^/]*")
            pos = end
        elif c == "?":
            out.append("[^/]")
            pos += 1
        elif c == "[":
            close = pos + 1
            if close < size and pattern[close] in "!^":
                close += 1
            if close < size and pattern[close] == "]":
                close += 1
            close = pattern.find("]", close)
            if close < 0:
                out.append(re.escape(c))
                pos += 1
                continue
            body = pattern[pos + 1:close]
            negate = body[:1] in ("!", "^")
            body = body[1:] if negate else body
            body = body.replace("\\", "\\\\").replace("^", "\\^")
            out.append(f"[^/{body}]" if negate else f"[{body}]")
            pos = close + 1
        elif c == "\\" and pos + 1 < size:
            out.append(re.escape(pattern[pos + 1]))
            pos += 2
        else:
            out.append(re.escape(c))
            pos += 1
    return re.compile("".join(out), re.DOTALL)
