"""The path globs of `exclude` and `per-file-ignores`: one matcher, gitignore-like.

- ``*`` matches any run of characters within one folder or file name (not ``/``), ``?`` one such
  character, ``[a-z]`` / ``[!a-z]`` one character of (or not of) a set;
- ``**/`` matches zero or more folders (``personas/**/*.yaml`` takes ``personas/a.yaml`` and
  ``personas/legacy/b.yaml``), a trailing ``/**`` everything below a folder, a lone ``**`` any path;
  ``**`` inside a name (``a**b``) is a plain ``*``;
- a pattern that matches a folder matches every file below it (``drafts``, ``legacy/``);
- anchoring, the same for both settings: a pattern matches at any depth below the config file's
  folder (``drafts/*.yaml`` also takes ``clients/x/drafts/a.yaml``) unless it starts with ``/``
  or ``./``: then it matches from that folder only.  Both settings take an absolute path into that
  folder too, which the config turns into such a ``/`` pattern;
- ``name/..`` is dropped as the file system drops it (``personas/../drafts`` is ``drafts``); a
  leading ``..`` names what lies outside the config's folder (``../shared/drafts``);
- there is no negation: a leading ``!`` would be a character of the name, so the config refuses
  it (:func:`cxkit.config.glob_problem`) rather than read ``.gitignore``'s un-exclude as a name;
- patterns and paths are compared in Unicode's composed form (NFC), and in any case where the
  file system ignores case;
- what is matched is the file's path relative to the config file's folder (:func:`config_rel`),
  the same from whatever folder cxkit runs in: never the path as shown from the current folder;
  a symbolic link (or a file in a linked folder) is matched by its own path and by the path of the
  file it leads to (:func:`config_names`): either matching is a match.

Only the standard library is imported: discovery uses this on a warm, cached run.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache


def _char_class(pattern: str, i: int) -> tuple[str, int] | None:
    """The regex of the ``[...]`` set opening at ``pattern[i]`` and the index after it, or None when
    no ``]`` closes it (then the ``[`` is a character of the name, as fnmatch reads it)."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "!":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 1
    if j >= len(pattern):
        return None
    body = pattern[i + 1:j]
    negate = body.startswith("!")
    if negate:
        body = body[1:]
    chars = "".join("\\" + c if c in "\\^[]&~|" else c for c in body)
    return (f"[^/{chars}]" if negate else f"[{chars}]"), j + 1


def _name_regex(part: str) -> str:
    """The regex of one folder or file name of a pattern (no ``/`` in it)."""
    out: list[str] = []
    i = 0
    while i < len(part):
        c = part[i]
        if c == "*":
            while i + 1 < len(part) and part[i + 1] == "*":
                i += 1
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[" and (found := _char_class(part, i)) is not None:
            out.append(found[0])
            i = found[1]
            continue
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


#: Case folded as the file system does (Windows: any case), for patterns and paths alike.
_CASE = str.lower if os.path.normcase("A") == "a" else str


def fold(text: str) -> str:
    """``text`` as patterns and paths are compared: in Unicode's composed form (NFC: a folder macOS or
    unzip named decomposed, `z` + a combining acute, is the `ź` a config spells), and in any case
    where the file system ignores case (Windows).  ASCII, already NFC, is not looked at again."""
    if not text.isascii():
        import unicodedata

        text = unicodedata.normalize("NFC", text)
    return _CASE(text)


def normal_parts(parts: list[str]) -> list[str]:
    """The names of a pattern with each ``name/..`` dropped, as the file system reads them
    (`personas/../drafts` is `drafts`); a leading ``..`` (out of the config's folder) stays, and so
    does a ``..`` after ``**``, which :func:`cxkit.config.glob_problem` reports."""
    out: list[str] = []
    for part in parts:
        if part == ".." and out and out[-1] not in ("..", "**"):
            out.pop()
        else:
            out.append(part)
    return out


def glob_regex(pattern: str) -> str | None:
    """The regex (for ``re.fullmatch`` against a POSIX path relative to the config's folder) of one
    pattern, or None for a pattern that names nothing (empty, ``/``, ``./``).

    The pattern is read as the module docstring says; a backslash is a folder separator, as a
    Windows user writes it.  The path matches when it, or a folder it lies in, matches.
    """
    pat = fold(pattern.strip().replace("\\", "/"))
    anchored = pat.startswith(("/", "./"))
    parts = normal_parts([p for p in pat.split("/") if p not in ("", ".")])
    if not parts:
        return None
    body: list[str] = []
    for k, part in enumerate(parts):
        last = k == len(parts) - 1
        if part == "**":
            # A lone or trailing `**`: any path (below what comes before); `**/`: zero or more folders.
            body.append(".*" if last else "(?:[^/]+/)*")
        else:
            body.append(_name_regex(part) + ("" if last else "/"))
    prefix = "" if anchored else "(?:[^/]+/)*"
    return f"{prefix}{''.join(body)}(?:/.*)?"


@lru_cache(maxsize=256)
def compile_globs(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One compiled regex matching what any of ``patterns`` matches, or None when none can match."""
    regexes = [r for r in map(glob_regex, patterns) if r is not None]
    if not regexes:
        return None
    return re.compile("|".join(f"(?:{r})" for r in regexes), re.DOTALL)


def matches(rel: str, patterns: tuple[str, ...]) -> bool:
    """Whether ``rel`` (a POSIX path relative to the config's folder) matches one of ``patterns``."""
    compiled = compile_globs(patterns)
    return compiled is not None and compiled.fullmatch(fold(rel)) is not None


def _all_below_regex(pattern: str) -> str | None:
    """The regex of the folders every path below which ``pattern`` matches, although the folder itself
    is not matched (``archiwum/**``, ``archiwum/*`` and ``archiwum/**/*`` leave out all that lies in
    ``archiwum/``, not ``archiwum``); None when the pattern names no such folder."""
    pat = fold(pattern.strip().replace("\\", "/"))
    parts = normal_parts([p for p in pat.split("/") if p not in ("", ".")])
    if len(parts) < 2 or parts[-1].strip("*"):
        return None  # a last name that is not all wildcard takes only some of what lies in the folder
    parts.pop()
    while len(parts) > 1 and parts[-1] == "**":
        parts.pop()  # `archiwum/**/*`: zero or more folders, then any name, is every path below
    if parts == ["**"]:
        return None  # `**/*` matches every folder itself
    return glob_regex(("/" if pat.startswith(("/", "./")) else "") + "/".join(parts))


@lru_cache(maxsize=256)
def _compile_all_below(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    regexes = [r for r in map(_all_below_regex, patterns) if r is not None]
    if not regexes:
        return None
    return re.compile("|".join(f"(?:{r})" for r in regexes), re.DOTALL)


def matches_all_below(rel: str, patterns: tuple[str, ...]) -> bool:
    """Whether one of ``patterns`` matches every path below the folder ``rel`` (a POSIX path relative to
    the config's folder), so that a scan finds nothing in it: ``archiwum/**`` and ``archiwum/*`` for
    ``archiwum``, as ``archiwum`` and ``archiwum/`` match the folder itself (:func:`matches`)."""
    compiled = _compile_all_below(patterns)
    return compiled is not None and compiled.fullmatch(fold(rel)) is not None


def config_rel(path: str, root: str) -> str:
    """``path`` (as spelt: from the current folder, or absolute) relative to ``root``, the config's
    folder (a real path), POSIX-style: what `exclude` and `per-file-ignores` match, the same from
    whatever folder cxkit runs in.  A path outside ``root`` climbs out of it (``../shared/a.yaml``);
    one that leads into ``root`` only through a symbolic link (``/home/ola/link-to-ws/personas``) is
    named from ``root`` all the same, as the file it is.
    """
    full = os.path.abspath(path)
    top = root.rstrip(os.sep) + os.sep
    if full.startswith(top):
        return full[len(top):].replace(os.sep, "/")
    rel = _relative(full, root)
    if rel == ".." or rel.startswith("../"):
        head, tail = os.path.split(full)
        real = _relative(os.path.join(_real_folder(head), tail), root)
        if not (real == ".." or real.startswith("../")):
            return real
    return rel


def config_names(path: str, root: str) -> tuple[str, ...]:
    """The paths `exclude` and `per-file-ignores` match the file ``path`` by (see :func:`config_rel`): its own,
    and, when it is a symbolic link or lies in a linked folder, also that of the file it leads to
    (`personas/ola.yaml -> ../drafts/ola.yaml` is both `personas/ola.yaml` and `drafts/ola.yaml`): a
    link to a draft is still the draft, and a link a folder holds is still in that folder.

    Cheap when no link is met: one lstat of the file, and one realpath per folder of a run.
    """
    own = config_rel(path, root)
    full = os.path.abspath(path)
    head, tail = os.path.split(full)
    if os.path.islink(full):
        real = os.path.realpath(full)
    else:
        real_head = _real_folder(head)
        if real_head == head:
            return (own,)
        real = os.path.join(real_head, tail)
    there = config_rel(real, root)
    return (own,) if there == own else (own, there)


def _relative(full: str, root: str) -> str:
    try:
        return os.path.relpath(full, root).replace(os.sep, "/")
    except ValueError:  # pragma: no cover - another drive (Windows): no pattern of the config's reaches it
        return full.replace(os.sep, "/")


@lru_cache(maxsize=1024)
def _real_folder(folder: str) -> str:
    """A folder's real path, asked once per folder of a run (a scan outside the workspace meets many files of one)."""
    return os.path.realpath(folder)


_DRIVE_PATH = re.compile(r"[A-Za-z]:(?:[\\/]|$)|\\{2}[^\\/]")


def drive_path_hint(value: str, base: str = "the config's folder", pl: bool = False) -> str | None:
    """Why ``value`` (a pattern or folder of the config) that is a Windows drive or network path
    (`C:\\Users\\ola\\szkice`, `C:/szkice`, `\\\\serwer\\dział`) can name nothing, with the relative
    spelling meant; None for any other value.  Patterns and folders are relative to the config's
    folder on every machine: on a Linux CI runner such a path matches no file and names no folder."""
    text = value.strip()
    if not _DRIVE_PATH.match(text):
        return None
    names = [n for n in re.split(r"[\\/]+", text[2:] if text[1:2] == ":" else text) if n]
    keep = 1
    while keep < len(names) and any(c in names[-keep] for c in "*?["):
        keep += 1  # `C:\\ws\\szkice\\*.yaml`: the folder and the names in it
    meant = "/".join(names[-keep:]) or "personas"
    if pl:  # the config's errors in a Polish workspace (``base``: the config's folder, as the config names it)
        what = f"dysku {text[:2]}" if text[1:2] == ":" else "udziału sieciowego"
        return (f"ścieżka Windows niczego tu nie wskazuje: cxkit czyta ścieżkę względem folderu konfiguracji na "
                f"każdym komputerze, a runner CI na Linuksie nie ma {what}; zapisz część poniżej tego folderu "
                f"(\"{meant}\")")
    what = f"drive {text[:2]}" if text[1:2] == ":" else "network share"
    return (f"a Windows path matches nothing here: cxkit reads a path relative to {base} on "
            f"every machine, and a Linux CI runner has no {what}; write the part below {base} "
            f"(\"{meant}\")")


def case_slips(patterns: list[str], rels: list[str], root: str) -> list[tuple[str, str]]:
    """Each of ``patterns`` that matches none of the paths ``rels`` (relative to ``root``, the config's
    folder) as written but matches one of them in another case (`Szkice` for `szkice/ola.yaml`,
    `szkice/*.YAML`), with the spelling meant: (pattern, suggestion).  A case-insensitive disk
    (Windows, macOS) matched it for its author; Linux CI matches nothing, silently.

    A pattern whose spelling as written names a file or folder beside the one met (`Personas/` next
    to `personas/`) is no slip, and is left out."""
    out: list[tuple[str, str]] = []
    for pattern in patterns:
        regex = glob_regex(pattern)
        if regex is None:
            continue
        exact = re.compile(regex, re.DOTALL)
        loose = re.compile(regex, re.DOTALL | re.IGNORECASE)
        met = None
        for rel in map(fold, rels):
            if not loose.fullmatch(rel):
                continue  # the most of them: what it matches as written it matches in any case too
            if exact.fullmatch(rel):
                met = None
                break
            met = met or rel
        if met is None:
            continue
        parts = met.split("/")
        k = next(k for k in range(1, len(parts) + 1) if loose.fullmatch("/".join(parts[:k])))
        above = "/".join(parts[:k - 1])
        try:
            beside = os.listdir(os.path.join(root, above) if above else root)
        except OSError:
            beside = []
        if any(exact.fullmatch(f"{above}/{name}" if above else name) for name in beside):
            continue
        out.append((pattern, _respelt(pattern, parts[:k])))
    return out


def _respelt(pattern: str, names: list[str]) -> str:
    """``pattern`` with each of its names in the case of the path ``names`` it matched ignoring case."""
    out = []
    for part in pattern.strip().replace("\\", "/").split("/"):
        if part in ("", ".", "**"):
            out.append(part)
            continue
        same = [n for n in names if n.casefold() == part.casefold()]
        if same:
            out.append(same[0])
            continue
        spelt = [s for s in (part.lower(), part.upper()) if any(re.fullmatch(_name_regex(s), n) for n in names)]
        out.append(spelt[0] if spelt else part)
    return "/".join(out)


#: The characters a TOML "..." string makes of a Windows path's `\n`, `\t`, `\r`, `\b`, `\f`.
_ESCAPED = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def escape_slip_hint(value: str, pl: bool = False) -> str | None:
    """Why ``value`` (a pattern or folder of the config) holding a line break or tab can name nothing:
    TOML read the `\\n` of a Windows path written in double quotes (`"szkice\\nowe"`) as one; with the
    spellings meant.  None for a value without such a character."""
    if not any(c in value for c in _ESCAPED):
        return None
    written = "".join(_ESCAPED.get(c, c) for c in value)
    kind = next(c for c in value if c in _ESCAPED)
    ways = ([f"'{written}'"] if "'" not in written else []) + [f'"{written.replace(chr(92), "/")}"']
    if pl:
        what = "znak nowego wiersza" if kind == chr(10) else "tabulator" if kind == chr(9) else "znak sterujący"
        return (f"zawiera {what}: w tekście w \"...\" TOML czyta {_ESCAPED[kind]} jako ten znak; ścieżkę Windows "
                f"zapisz jako {' albo '.join(ways)}")
    return (f"it holds a {'line break' if kind == chr(10) else 'tab' if kind == chr(9) else 'control character'}: in a "
            f"\"...\" string TOML reads {_ESCAPED[kind]} as one; for a Windows path write {' or '.join(ways)}")
