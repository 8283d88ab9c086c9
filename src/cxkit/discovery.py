"""Finding the files to check and reading them: light on purpose.

Only the standard library and the config are imported here, so a warm, fully
cached `cxkit lint` can list and stat the workspace without loading the
models, the rules or the YAML reader.
"""

from __future__ import annotations

import contextlib
import errno
import heapq
import itertools
import os
import re
import stat
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple

from . import globs
from .config import CONFIG_FILE, PYPROJECT, Config, holds_config
from .gitutil import git_env, run_git, safe_directory_fix, work_tree_top
from .limits import MAX_FILE_BYTES
from .visible import visible_line, visible_name

YAML_SUFFIXES = (".yaml", ".yml")
#: A document saved by Notepad without "All files" chosen: `ola.yaml.txt`.  Not read, but named (see
#: :attr:`Config.txt_skipped`).
TXT_SUFFIXES = (".yaml.txt", ".yml.txt")
#: How many other `.txt` files a scan keeps to look into for a document saved under that name (`ola.txt`).
TXT_OTHER_KEPT = 200


class UsageError(Exception):
    """Bad paths or arguments; the CLI prints it and exits with 2."""


class GitTimeout(UsageError):
    """A git command cxkit ran did not finish in time (:func:`cxkit.gitutil.run_git`): exit 2, not a hang."""


#: The error for a path given as "" (`cxkit lint "$CHANGED"` with nothing in the variable): `Path("")` is the
#: current folder, so it would check the whole workspace.  Every command that takes paths says it alike.
EMPTY_PATH = 'a path given is empty (""); name a file or folder, or . for the current folder'


def missing_path(given: str) -> UsageError:
    """The error for a path that names nothing; `-` (standard input, to other tools) is told apart."""
    if given == "-":
        return UsageError(
            "'-': cxkit reads files, not standard input; save the document to a file and name it "
            "(a file called '-' is named ./-)"
        )
    if os.sep == "/" and "\\" in given:
        # A Windows path pasted into a POSIX shell, CI or WSL: shown as typed (a backslash doubled
        # would be a path the author never typed), with the path that exists here; or a name git
        # quoted (`zesp\303\263\305\202`), which xargs handed over as git printed it.
        from .pathlist import git_quoted_hint

        return UsageError(f"{visible_line(given)}: no such file or directory{git_quoted_hint(given) or backslash_hint(given)}")
    from .cliutil import RUN_IN_POLISH

    if RUN_IN_POLISH.get():  # the command read a config that says `lang = "pl"` (render, lint, fmt)
        return UsageError(f"{display_path(given)}: nie ma takiego pliku ani folderu{near_hint(given, '; czy chodziło o {}?')}")
    return UsageError(f"{display_path(given)}: no such file or directory{near_hint(given)}")


def _composed(name: str) -> str:
    """``name`` in Unicode's composed form (NFC), as a keyboard types it."""
    if name.isascii():
        return name
    import unicodedata

    return unicodedata.normalize("NFC", name)


def unicode_form_hint(given: str, near: str) -> str:
    """Why ``given`` names nothing when the path ``near`` exists and differs from it only in Unicode form
    (`z spacją` typed, `z spacja` + a combining ogonek on disk); "" when they differ otherwise.

    Linux keeps the two spellings apart, while a terminal shows them alike: "did you mean" with the
    same letters read as a contradiction."""
    if near.rstrip("/") == given.rstrip("/") or _composed(near) != _composed(given):
        return ""
    import unicodedata

    said = f"; {display_path(near)} exists, spelt with the same letters in another Unicode form: its name is "
    if unicodedata.is_normalized("NFC", near):
        # The name on disk is the composed one a keyboard types: a rename would change nothing; the name
        # given came decomposed (pasted from macOS, a list a script wrote), and it is that name to retype.
        return (said + "composed (NFC), while the name given is decomposed (NFD, as text copied on macOS can be), and "
                "this file system tells the two apart; name it with tab completion, or type it from the keyboard")
    said += "decomposed (NFD, as macOS, zip archives and rsync write names), and this file system tells the two apart; "
    first = _first_apart(near, given)
    top = _tracked(first)
    if top is not None:
        # convmv would rename it on disk only: git would then see the tracked name deleted and a new one untracked.
        if _here_top() == top:
            move = f"git mv {_shell_word_of(first)} {_shell_word_of(_composed(first))}"
        else:
            # Run from outside that checkout (another folder, the superproject of a submodule), a plain
            # `git mv` finds no repository or refuses the path: the command names the checkout.
            inside = os.path.relpath(os.path.abspath(first), top).replace(os.sep, "/")
            move = (f"git -C {_shell_word_of(top)} mv {_shell_word(inside)} "
                    f"{_shell_word(_composed(inside))}")
        return (said + "name it with tab completion, or rename it to the composed form with git, which tracks it "
                f"({move})")
    return (said + "name it with tab completion, or rename it to the composed form "
            f"(convmv -f utf-8 -t utf-8 --nfc --notest -r {_shell_word_of(first)})")


def _here_top() -> str | None:
    """The top of the checkout the current folder is in; None outside one, or when the folder is gone."""
    try:
        return work_tree_top(os.getcwd())
    except OSError:
        return None


def _tracked(path: str) -> str | None:
    """The top of the checkout whose git tracks ``path`` (a file, or a folder that holds a tracked file);
    None when git does not, outside one, or without git. Asked only for the hint of a path that names nothing."""
    where = os.path.abspath(path)
    top = work_tree_top(os.path.dirname(where))
    if top is None:
        return None
    try:
        proc = run_git(["ls-files", "-z", "--", os.path.relpath(where, top).replace(os.sep, "/")],  # literal (git_env)
                       cwd=top, env=git_env(optional_locks=False))
    except OSError:
        return None
    return top if proc.returncode == 0 and proc.stdout else None


def revision_form_hint(given: str, near: str, shown: str, rev: str) -> str:
    """:func:`unicode_form_hint` for a file of the git revision ``rev``: ``near`` (as ``shown``) is there
    and differs from ``given`` only in Unicode form; "" when they differ otherwise.

    "Did you mean" with the same letters read as a contradiction here too, and no rename on disk helps:
    the name to give is the one git holds (a name committed from macOS is decomposed)."""
    if near.rstrip("/") == given.rstrip("/") or _composed(near) != _composed(given):
        return ""
    import unicodedata

    from .cliutil import shell_word

    form = ("composed (NFC), while the name given is decomposed" if unicodedata.is_normalized("NFC", near)
            else "decomposed (NFD, as a commit made on macOS can hold it)")
    return (f"; {shown} is there, spelt with the same letters in another Unicode form: git holds its name {form}, and "
            f"tells the two apart; copy the name from `git -c core.quotepath=off ls-tree -r --name-only {shell_word(rev)}`")


def _first_apart(near: str, given: str) -> str:
    """The first folder or file of the path ``near`` whose name is spelt otherwise than in ``given``:
    renaming it (`convmv -r`, `git mv`) renames what is under it too."""
    parts, typed = near.split("/"), given.split("/")
    k = next((i for i, (a, b) in enumerate(zip(parts, typed)) if a != b), len(parts) - 1)
    return "/".join(parts[: k + 1]) or near


def _shell_word_of(path: str) -> str:
    """``path`` as shown (:func:`display_path`), as one shell word."""
    return _shell_word(display_path(path))


def _shell_word(path: str) -> str:
    """``path`` as one shell word (:func:`cxkit.cliutil.shell_word`)."""
    from .cliutil import shell_word

    return shell_word(path)


def near_hint(given: str, form: str = "; did you mean {}?") -> str:
    """``form`` with the existing path ``given`` was most likely meant as (:func:`near_path`), as shown;
    "" when there is none, or ``given`` is `-` or holds a backslash (:func:`missing_path` has advice of
    its own for those)."""
    if given == "-" or "\\" in given:
        return ""
    near = near_path(given)
    if near is None:
        return ""
    return unicode_form_hint(given, near) or form.format(display_path(near))


#: A folder with more names than this to choose from is searched for names one edit away only (a
#: letter left out, added, changed, or two swapped), by lookup: difflib over 60,000 look-alike names
#: (`persona-00001.yaml` ...) takes most of a second; the lookup, a few milliseconds after the listing.
_NEAR_BY_LIKENESS = 4000
#: How alike (difflib's ratio, case aside) a name must be to the one written to be offered.
_NEAR_CUTOFF = 0.75


def near_path(given: str) -> str | None:
    """The path that exists which ``given`` (a path that names nothing) was most likely meant as, or None:
    each name from the first that does not exist on replaced by the one closest to it in its folder
    (`personas/ola.yml` for `personas/ola.yaml`, `persona/` for `personas/`, `persona/ola.yml` for
    both), spelt as ``given`` is (a trailing `/` kept).  A name that ends in `.yaml` or `.yml` is
    offered YAML files only, one before the last name folders only, another last name either; hidden
    names never.  None when a folder above does not exist either past two names, nothing is close
    enough, or two names are as close (`persona-0001.yaml` beside `persona-00001.yaml` and
    `persona-10001.yaml`): a guess then would mislead.  Asked only of a path that is missing; each
    name replaced costs one listing of its folder (see :data:`_NEAR_BY_LIKENESS`)."""
    trail = given.endswith(("/", os.sep))
    absolute = given.startswith(("/", os.sep))
    names = [n for n in given.replace(os.sep, "/").split("/") if n]
    if not names:
        return None
    at = "/" if absolute else ""
    replaced = 0
    for k, name in enumerate(names):
        here = os.path.join(at, name) if at else name
        if os.path.lexists(here):
            at = here
            continue
        if replaced == 2 or name in (".", ".."):
            return None
        last = k == len(names) - 1
        found = _near_name(at or ".", name, folders=not last or not name.lower().endswith(YAML_SUFFIXES),
                           files=last)
        if found is None:
            return None
        replaced += 1
        at = os.path.join(at, found) if at else found
    return at + "/" if trail and at != "/" else at


def _near_name(folder: str, name: str, *, folders: bool, files: bool) -> str | None:
    """The name in ``folder`` (YAML ``files``, ``folders``) that ``name`` is closest to, or None: the other
    YAML suffix, the same name in another case, the one name one edit away, else (in a folder of at
    most :data:`_NEAR_BY_LIKENESS` names) the one difflib finds alike, the suffix aside (`nie-ma.yaml`
    is not `zniknela.yaml`)."""
    try:
        with os.scandir(folder) as listing:
            entries = [e.name for e in listing if not e.name.startswith(".") and (
                (files and e.name.lower().endswith(YAML_SUFFIXES) and _is_file(e)) or (folders and _is_dir(e)))]
    except OSError:
        return None
    return nearest_name(entries, name, files=files)


def nearest_name(entries: list[str], name: str, *, files: bool = True) -> str | None:
    """Of ``entries`` (the names of one folder to offer: YAML files, or folders when not ``files``),
    the one ``name`` is closest to, by the rules of :func:`_near_name`; None when none is close or two
    are as close. Shared with a git revision's folder (:meth:`cxkit.diff.git.Repo.near_file`)."""
    folded: dict[str, list[str]] = {}
    for e in entries:  # a decomposed (NFD) name as the composed one typed (`łąki` from a macOS zip)
        folded.setdefault(_composed(e).lower(), []).append(e)
    wanted = _composed(name).lower()
    stem, dot, suffix = wanted.rpartition(".")
    if dot and suffix in ("yaml", "yml"):
        swapped = folded.get(f"{stem}.{'yml' if suffix == 'yaml' else 'yaml'}", [])
        if len(swapped) == 1:
            return swapped[0]  # `.yml` for `.yaml`: no likelier slip
    else:
        stem = wanted
    same = folded.get(wanted, [])
    if same:
        return same[0] if len(same) == 1 else None  # `Personas` for `personas`
    bare = files and stem == wanted  # no YAML suffix typed: `personas/ola` for `personas/ola.yaml`, an id typed
    if bare:
        added = [e for suffix in YAML_SUFFIXES for e in folded.get(wanted + suffix, [])]
        if added:
            return added[0] if len(added) == 1 else None
    if len(wanted) > _NEAR_LONGEST:
        return None  # no file's name is this long (`cxkit diff "$(printf 'a%.0s' {1..10000})"`): nothing to compare
    if len(stem) >= 2:
        near = [e for e in folded if abs(len(e) - len(wanted)) <= 1 and _one_edit_apart(wanted, e)]
        if near:
            return folded[near[0]][0] if len(near) == 1 and len(folded[near[0]]) == 1 else None
    if files and len(stem) >= 3:
        # `journeys/kasia.yaml` for `journeys/kasia-kupuje-krem.yaml`: the start of one file's name, up to a `-`
        # or `_` that joins its words (the id `cxkit new` made of a longer name), and of no other's.
        started = [e for e in folded if e.startswith((f"{stem}-", f"{stem}_")) and e.endswith(YAML_SUFFIXES)]
        if len(started) == 1 and len(folded[started[0]]) == 1:
            return folded[started[0]][0]
    if len(folded) > _NEAR_BY_LIKENESS:
        return None
    import difflib

    stems: dict[str, list[str]] = {}  # each name as compared (a YAML file's without its suffix) -> the names
    for e in folded:
        cut = (stem != wanted and files) or (bare and e.endswith(YAML_SUFFIXES))  # a YAML file's name without it
        stems.setdefault(e.rpartition(".")[0] if cut else e, []).append(e)
    near = difflib.get_close_matches(stem, list(stems), n=2, cutoff=_NEAR_CUTOFF)
    if not near or len(stems[near[0]]) > 1 or len(folded[stems[near[0]][0]]) > 1:
        return None
    if len(near) == 2 and _likeness(stem, near[0]) == _likeness(stem, near[1]):
        return None
    return folded[stems[near[0]][0]][0]


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _likeness(a: str, b: str) -> float:
    """How alike two names are, as difflib.get_close_matches ranks them."""
    import difflib

    return difflib.SequenceMatcher(None, b, a).ratio()


#: A name longer than this is no file's or folder's (most file systems stop at 255 bytes): no "did you mean"
#: is looked for, so that a hostile argument of thousands of letters is answered at once.
_NEAR_LONGEST = 255

#: The letters one edit may bring into a name (besides those of the name typed).
_EDIT_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_.")


def _one_edit_apart(word: str, other: str) -> bool:
    """Whether ``other`` is ``word`` with one edit: a letter left out, two neighbours swapped, one changed or one
    added (the letters brought in: those of ``word``, digits, and `-_.`).  Linear in the length, where spelling
    out every edit of ``word`` was quadratic."""
    if other == word:
        return False
    brought = lambda c: c in _EDIT_LETTERS or c in word  # noqa: E731
    n, m = len(word), len(other)
    start = 0
    while start < min(n, m) and word[start] == other[start]:
        start += 1
    if m == n:
        if word[start + 1:] == other[start + 1:]:
            return brought(other[start])  # one changed
        return (start + 1 < n and word[start] == other[start + 1] and word[start + 1] == other[start]
                and word[start + 2:] == other[start + 2:])  # two neighbours swapped
    if m == n - 1:
        return word[start + 1:] == other[start:]  # one left out
    if m == n + 1:
        return other[start + 1:] == word[start:] and brought(other[start])  # one added
    return False


def backslash_hint(given: str) -> str:
    """For a path written with Windows backslashes (`personas\\ola.yaml`, `C:\\Users\\Agata\\cx\\cxkit.toml`)
    that names nothing here: "; did you mean personas/ola.yaml? (...)" when the same path with `/`
    (or its end, from a folder here on: `cx/cxkit.toml`, `cxkit.toml`) exists, else what to write; "" for
    other paths."""
    if os.sep != "/" or "\\" not in given:
        return ""
    parts = [p for p in given.replace("\\", "/").split("/") if p and p != "."]
    if parts and len(parts[0]) == 2 and parts[0][1] == ":":
        parts = parts[1:]  # `C:`: a drive, which this system has not
    for start in range(len(parts)):
        candidate = "/".join(parts[start:])
        if candidate and os.path.exists(candidate):
            return f"; did you mean {display_path(candidate)}? (folders are separated by / here, not \\)"
    return "; on this system folders are separated by /, not \\"


@dataclass(frozen=True, slots=True)
class Target:
    """A file to check: where it is, how to show it, and whether the user named it."""

    fs_path: Path
    display: str
    explicit: bool
    #: Read only for what the cross-file rules need: the rest of a workspace around the paths named.
    context: bool = False
    #: For a link, or a file in a linked folder: the path from the config's folder of the file it
    #: leads to (`per-file-ignores` match it too, so the lint cache keys it); None for any other file.
    there: str | None = None


def _posix(path: str) -> str:
    """A path as given, POSIX, without a leading ``./``, a doubled ``/`` or a ``/./`` inside (``..`` is kept);
    not yet shown (see :func:`display_path`)."""
    out = path.replace(os.sep, "/")
    if "//" not in out and "/./" not in out and not out.endswith("/."):
        while out.startswith("./"):
            out = out[2:]
        return out
    # `./journeys//x.yaml`, `.//journeys/./x.yaml`: journeys/x.yaml (a folder keeps its last slash).
    parts = [p for p in out.split("/") if p not in ("", ".")]
    return ("/" if out.startswith("/") else "") + "/".join(parts) + ("/" if parts and out.endswith("/") else "")


def display_path(path: str) -> str:
    """Paths as given, POSIX, without a leading ``./``; control characters in a name shown as escapes."""
    return visible_name(_posix(path)) or "."


def is_excluded(rel: str, patterns: list[str]) -> bool:
    """Whether a path relative to the config's folder matches an `exclude` pattern (see :mod:`cxkit.globs`)."""
    return bool(patterns) and globs.matches(rel, tuple(patterns))


def is_excluded_folder(rel: str, patterns: list[str]) -> bool:
    """Whether `exclude` leaves out the folder ``rel`` (relative to the config's folder) whole: a pattern
    matches it, or every path in it (`archiwum/**`, `archiwum/*`), so a scan does not go in, nor read a
    config there (:func:`cxkit.globs.matches_all_below`)."""
    return bool(patterns) and (globs.matches(rel, tuple(patterns)) or globs.matches_all_below(rel, tuple(patterns)))


def excluded_file(path: str, config: Config) -> bool:
    """Whether a folder scan would leave out the file ``path`` because `exclude` matches it: its own path,
    or, for a link (or a file in a linked folder), the path of the file it leads to, in ``config`` or in
    the config of another workspace that file lies in (:func:`excluded_where_it_lies`)."""
    names = globs.config_names(path, str(config.root))
    if config.exclude and any(is_excluded(rel, config.exclude) for rel in names):
        return True
    return len(names) > 1 and excluded_where_it_lies(os.path.realpath(path), config) is not None


def excluded_where_it_lies(real: str, config: Config) -> Config | None:
    """The config of another workspace than ``config``'s whose `exclude` leaves out the file ``real``
    (the real path of a file a link leads to: `personas/inny.yaml -> ../../zespol-b/szkice/x.yaml`, where
    zespol-b's cxkit.toml excludes `szkice/`), else None.  A link is its file, and that file is a draft
    where it lies: no scan of the link's workspace takes it in, and fmt does not write through the link.
    A config there that cannot be read decides nothing (None): that workspace's own run reports it."""
    from .config import ConfigError, elsewhere, load_config

    source = elsewhere([real], config)[0]
    if source is None:
        return None
    try:
        there = load_config(None, source.parent, check_rules=False)
    except (ConfigError, OSError):
        return None
    return there if there.exclude and is_excluded(globs.config_rel(real, str(there.root)), there.exclude) else None


def scan_top(path: str, cwd: str | None = None, memo: dict[Any, Any] | None = None) -> str | None:
    """The folder a folder scan that would meet ``path`` starts from: that of the config in force in the
    current folder (else the current folder itself) when ``path`` lies under it; else the top of the git
    work tree ``path`` lies in, as a scan of the whole repository would start; None outside both.
    ``memo`` keeps the current folder's answer over many paths."""
    from .config import _within, find_config

    here = os.path.realpath(cwd or os.getcwd())
    memo = {} if memo is None else memo
    if ("start", here) not in memo:
        config = find_config(Path(here))
        memo[("start", here)] = str(config.parent) if config is not None else here
    top = memo[("start", here)]
    real = os.path.realpath(path)
    if _within(real, top):
        return top
    return work_tree_top(real if os.path.isdir(real) else os.path.dirname(real))


def excluded_above(path: str, memo: dict[Any, Any] | None = None, cwd: str | None = None) -> Config | None:
    """The config of a workspace around the one ``path`` lies in whose `exclude` leaves out, whole, a folder
    on the way down to that workspace (a client kept with its own cxkit.toml in `archive/`, which the top's
    `exclude = ["archive"]` leaves out), so that a folder scan from :func:`scan_top` never reaches it; else
    None.  Only the configs from ``path``'s own up to the scan's top count: `cxkit lint` run inside the
    archived client checks it.  ``path``'s own `exclude` is :func:`excluded_file`'s to match.  A config on
    the way that cannot be read decides nothing.  ``memo`` keeps answers and configs over many paths."""
    memo = {} if memo is None else memo
    full = os.path.abspath(path)
    folder = full if os.path.isdir(full) else os.path.dirname(full)
    while not os.path.isdir(folder) and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)  # a buffer to be saved in a folder not made yet
    if ("folder", folder, cwd) in memo:
        return memo[("folder", folder, cwd)]
    memo[("folder", folder, cwd)] = answer = _excluded_above(folder, memo, cwd)
    return answer


def _excluded_above(folder: str, memo: dict[Any, Any], cwd: str | None) -> Config | None:
    """:func:`excluded_above` for a file in ``folder``."""
    from .config import ConfigError, find_config, load_config

    top = scan_top(folder, cwd, memo)
    if top is None:
        return None
    own = find_config(Path(folder))
    if own is None or (("answer", own, top) in memo):
        return None if own is None else memo[("answer", own, top)]
    answer: Config | None = None
    below = own.parent
    while below.parent != below and answer is None:
        upper = find_config(below.parent)
        if upper is None or not (str(upper.parent) == top or str(upper.parent).startswith(top.rstrip(os.sep) + os.sep)):
            break
        if upper not in memo:
            try:
                memo[upper] = load_config(None, upper.parent, check_rules=False)
            except (ConfigError, OSError):
                memo[upper] = None
        config = memo[upper]
        if config is not None and config.exclude:
            rel = os.path.relpath(below, upper.parent).replace(os.sep, "/").split("/")
            if any(is_excluded_folder("/".join(rel[:n]), config.exclude) for n in range(1, len(rel) + 1)):
                answer = config
        below = upper.parent
    memo[("answer", own, top)] = answer
    return answer


def excluded_through_link(path: str, config: Config) -> tuple[str, Config] | None:
    """The file a named link (or a file named in a linked folder) leads to, as shown, and the config
    whose `exclude` matches that file (``config``, or that of another workspace the file lies in); else
    None.  `cxkit fmt` does not write through such a link: the team keeps the file as written (a draft),
    and the name given says nothing of it.  A link that leads to no file (broken, a loop) or a name that
    does not exist is None: fmt reports it as it reports any such name."""
    if os.path.isdir(path) or not os.path.exists(path):
        return None
    names = globs.config_names(path, str(config.root))
    if len(names) < 2:
        return None
    real = os.path.realpath(path)
    owner = config if config.exclude and is_excluded(names[1], config.exclude) else excluded_where_it_lies(real, config)
    if owner is None:
        return None
    try:
        return display_path(os.path.relpath(real)), owner
    except ValueError:  # pragma: no cover - another drive (Windows)
        return display_path(real), owner


def not_written_through(paths: list[str], config: Config, own_configs: bool = True, mode: str = "") -> list[str]:
    """The named ``paths`` (of `cxkit fmt`) without the links that lead to a file `exclude` leaves out
    (:func:`excluded_through_link`), each said on stderr with the command that lays the file out by its
    own name (``mode``: `--check` or `--diff`, which lay nothing out: the command that checks it).
    Matched in the config of the workspace each lies in (with ``own_configs``; else in ``config``,
    given by `--config`), as `--only-documents` matches `exclude`.

    When every path named is such a link, the run would format nothing: a :class:`UsageError` (exit 2)
    that names the files to name instead, as for a named folder that `exclude` leaves out, so that a CI
    job's `cxkit fmt --check` of the files it changed does not pass having checked nothing."""
    from .config import elsewhere, load_config

    nearest = elsewhere(paths, config) if own_configs else [None] * len(paths)
    configs: dict[Path, Config] = {}
    kept = []
    passed: list[tuple[str, str, str]] = []  # (the link as shown, the file it leads to, where `exclude` is)
    for path, source in zip(paths, nearest):
        if source is not None and source not in configs:
            configs[source] = load_config(None, source.parent, check_rules=False)
        own = config if source is None else configs[source]
        found = excluded_through_link(path, own)
        if found is None:
            kept.append(path)
            continue
        target, owner = found
        passed.append((display_path(path), target, _config_shown(owner)))
    if not passed:
        return kept
    if not kept:
        to_do, command = ("check {}", f"cxkit fmt {mode} ") if mode else ("lay {} out", "cxkit fmt ")
        raise UsageError(_all_links_excluded(passed, "check" if mode else "format", to_do, command))
    import sys

    for link, target, where in passed:
        sys.stderr.write(_through_link_warning(link, target, where, mode))
    return kept


def stdin_through_link(stdin_filename: str, config: Config, mode: str = "") -> str | None:
    """The warning (a line) for `cxkit fmt -` whose ``stdin_filename`` is a link into a file `exclude`
    leaves out, in ``config`` (the one the buffer is laid out under) or where the file lies; else None.
    The buffer is then given back as it came, as fmt would not write through the link to its file; the
    advice lays it out under the file's own name."""
    found = excluded_through_link(stdin_filename, config)
    if found is None:
        return None
    target, owner = found
    return _through_link_warning(display_path(stdin_filename), target, _config_shown(owner), mode, stdin=True)


def _config_shown(config: Config) -> str:
    from .config import shown_path

    return shown_path(str(config.source)) if config.source is not None else "the config"


def _through_link_warning(link: str, target: str, where: str, mode: str, stdin: bool = False) -> str:
    """fmt's warning that the link ``link`` to ``target`` (which `exclude` in ``where`` leaves out) was not
    laid out, or with ``mode`` (`--check`, `--diff`) checked, through the link, and the command to name
    (with ``stdin``, of the buffer under the file's name)."""
    from .cliutil import shell_word

    done, to_do = ("checked", "check it") if mode else ("laid out", "lay it out")
    command = f"cxkit fmt {mode} " if mode else "cxkit fmt "
    if stdin:
        command += "- --stdin-filename "
    return (f"cxkit: warning: {link} leads to {target}, which `exclude` leaves out (in {where}), so it was not "
            f"{done} through the link; name the file itself to {to_do} ({command}{shell_word(target)})\n")


def _all_links_excluded(passed: list[tuple[str, str, str]], verb: str, to_do: str, command: str) -> str:
    """The usage error of `cxkit fmt` when every file named is a link into a file `exclude` leaves out
    (``passed``: each link, its file and the config): which, and the command that names the files
    (``to_do``: what it does, `{}` standing for the files)."""
    from .cliutil import shell_word

    where = ", ".join(dict.fromkeys(w for _link, _target, w in passed))
    targets = list(dict.fromkeys(target for _link, target, _where in passed))
    advice = command + " ".join(shell_word(t) for t in targets)
    if len(passed) == 1:
        link, target, _where = passed[0]
        return (f"nothing to {verb}: {link}, the only file named, is a link to {target}, which `exclude` leaves "
                f"out (in {where}); name that file itself to {to_do.format('it')} ({advice})")
    links = ", ".join(link for link, _target, _where in passed)
    them, it = ("that file itself", "it") if len(targets) == 1 else ("those files themselves", "them")
    return (f"nothing to {verb}: every file named ({links}) is a link to a file `exclude` leaves out (in {where}); "
            f"name {them} to {to_do.format(it)} ({advice})")


#: A file to check as plain strings: (file system path, display path, named by the user).
Row = tuple[str, str, bool]


def git_ignored(folder: str, config: Config) -> frozenset[str]:
    """What git ignores below ``folder``, relative to it: files as `a/b.yaml`, whole folders as `node_modules/`.

    Empty outside a git work tree (no git run then), when `respect-gitignore` is off, and when git
    is missing or cannot tell (a scan then takes in everything, and one warning a run says why).  Files git
    tracks are never in it, whatever `.gitignore` says.  One `git ls-files` per folder scanned and
    config, kept for the run: the folder is listed several times a run (cache, lint, messages); in a
    `cxkit lint` run (:func:`one_git_answer_per_run`) one for all its configs, so a folder inside one
    asked of already (every workspace below the top of a monorepo) takes its share of that answer.
    A folder that is itself ignored is scanned whole: it was named, or named in `paths`.
    """
    if not config.respect_gitignore:
        return frozenset()
    real = os.path.realpath(folder)
    memo = _RUN_IGNORED if _RUN_IGNORED is not None else config.ignored_memo
    if real in memo:
        return memo[real]
    for above, names in memo.items():  # a folder inside one asked of already: its share of the answer
        # (unless a nested repository lies between them: the outer git's answer says nothing inside it)
        if real.startswith(os.path.join(above, "")) and work_tree_top(real) == work_tree_top(above):
            lead = os.path.relpath(real, above).replace(os.sep, "/") + "/"
            memo[real] = frozenset(n[len(lead):] for n in names if n.startswith(lead) and len(n) > len(lead))
            return memo[real]
    top = work_tree_top(real)
    memo[real] = _ls_ignored(top, real, memo, _cache_folder_to_ask(config, top, real, memo)) if top is not None else frozenset()
    return memo[real]


#: The key of a memo's answer about a cache folder (its real path after it): git ignores it whole, or not.
#: No real path starts with a NUL, so no folder scan takes it for a folder above its own.
_CACHE_ANSWER = "\0cache\0"


def _cache_folder_to_ask(config: Config, top: str, real: str, memo: dict[Any, Any]) -> str | None:
    """The path from ``top`` of the config's cache folder, to ask git about in the same `git ls-files` as the
    folder ``real`` (see :func:`git_ignores_whole`); None when no cache is in use this run, the folder is
    not a plain folder inside ``top``, the answer about ``real`` will tell, or git was asked already."""
    from . import _imported

    # Whole, or None: a lint_text in another thread may be importing it this moment (cxkit.api's threads).
    cache: Any = _imported("cxkit.lint.cache")
    if cache is None:  # no command that keeps a cache is running: nothing to ask
        return None
    folder = os.path.abspath(cache.cache_dir(config.root))
    if _CACHE_ANSWER + folder in memo or folder.startswith(os.path.join(real, "")):
        return None
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode) or os.path.realpath(folder) != folder:
            return None
    except OSError:
        return None
    if not folder.startswith(os.path.join(top, "")):
        return None
    return os.path.relpath(folder, top).replace(os.sep, "/")


def git_ignores_whole(folder: str, memo: dict[Any, Any] | None = None) -> bool | None:
    """Whether git ignores ``folder`` (a real path inside a git work tree; a folder, or a link) as a whole
    and tracks nothing in it: what a cache folder must be for its answers to be trusted, as the checkout
    cannot have put them there.  None when git cannot tell (not installed, the repository refused).

    Taken from the run's answers (``memo``, or the run's own) when one covers it: the `git ls-files` that
    lists what git ignores in the folders a run scans asks about the cache folder too
    (:func:`_cache_folder_to_ask`), so a warm run asks git nothing more.  Else git is asked now.
    """
    memo = _RUN_IGNORED if _RUN_IGNORED is not None else memo if memo is not None else {}
    said = memo.get(_CACHE_ANSWER + folder)
    if said is not None:
        return bool(said)
    top = work_tree_top(os.path.dirname(folder))
    if top is None:
        return None
    for above, names in list(memo.items()):
        if folder.startswith(os.path.join(above, "")) and not above.startswith("\0") and work_tree_top(above) == top:
            lead = os.path.relpath(folder, above).replace(os.sep, "/")
            if any(_covers(n, lead) for n in names):
                return True
    rel = os.path.relpath(folder, top).replace(os.sep, "/")
    try:
        proc = run_git(["ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory", "--", rel],
                       cwd=top, env=git_env(optional_locks=False))
    except OSError:
        return None
    if proc.returncode != 0:
        # A `.git` that is no repository (an empty folder, a broken clone) tracks nothing, as a scan reads it.
        return True if b"not a git repository" in proc.stderr else None
    whole = any(_covers(os.fsdecode(n), rel) for n in proc.stdout.split(b"\0") if n)
    memo[_CACHE_ANSWER + folder] = frozenset({"whole"}) if whole else frozenset()
    return whole


def _covers(name: str, rel: str) -> bool:
    """Whether ``name``, a line of `git ls-files --others --ignored --directory`, is ``rel`` itself (a
    link, or a folder listed whole, with its slash) or a folder above it listed whole."""
    return name.rstrip("/") == rel or (name.endswith("/") and rel.startswith(name))


#: What git ignores under each folder asked of, for every config of the run under way (see
#: :func:`one_git_answer_per_run`); None outside one: each config keeps its own answers.
_RUN_IGNORED: dict[str, frozenset[str]] | None = None


@contextlib.contextmanager
def one_git_answer_per_run() -> Iterator[None]:
    """Within it, what git ignores under a folder is asked once for all the configs of the run.

    The answer depends on the folder alone, not on the config asking, and a folder inside one asked
    of already (in the same repository) takes its share of that answer: a monorepo's workspaces
    cost one `git ls-files` from the top, not one each and one per folder they search.  Kept for
    the run only: a later run in the same process (an editor's, a test's) asks git again.
    """
    global _RUN_IGNORED
    if _RUN_IGNORED is not None:
        yield
        return
    _RUN_IGNORED = {}
    try:
        yield
    finally:
        _RUN_IGNORED = None


def _ls_ignored(top: str, real: str, memo: dict[Any, Any] | None = None, cache: str | None = None) -> frozenset[str]:
    """What git ignores below ``real``; and, when ``cache`` (a cache folder's path from ``top``) is given,
    whether git ignores that folder whole, kept in ``memo`` (see :func:`git_ignores_whole`)."""
    rel = os.path.relpath(real, top).replace(os.sep, "/")
    env = git_env(optional_locks=False)
    try:
        # Run from the top (a hook's relative GIT_INDEX_FILE is the top's), the folder as a pathspec.
        proc = run_git(
            ["ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory", "--", rel,
             *([cache] if cache is not None else [])], cwd=top, env=env
        )
    except OSError as err:  # git not installed
        _warn_git_failed(top, "git is not installed" if isinstance(err, FileNotFoundError) else f"git cannot be run ({err})")
        return frozenset()
    if proc.returncode != 0:
        # A named folder inside an ignored one (old git: "not superset of prefix") is scanned whole, as
        # meant; git refusing the repository (an unsafe owner in a CI container) or missing is told.
        probe = run_git(["rev-parse", "--git-dir"], cwd=top, env=env)
        said = probe.stderr.decode("utf-8", "replace").strip().splitlines()
        # A `.git` that is no repository (an empty folder, a broken clone): git ignores nothing there.
        if probe.returncode != 0 and not (said and "not a git repository" in said[0]):
            _warn_git_failed(top, (said[0] if said else f"git exited with {probe.returncode}").removeprefix("fatal: "))
        elif cache is not None and memo is not None and probe.returncode != 0:
            memo[_CACHE_ANSWER + os.path.join(top, cache.replace("/", os.sep))] = frozenset({"whole"})  # and tracks nothing
        return frozenset()
    lead = "" if rel == "." else rel + "/"
    names = [os.fsdecode(n) for n in proc.stdout.split(b"\0") if n]
    if cache is not None and memo is not None:
        whole = any(_covers(n, cache) for n in names)
        memo[_CACHE_ANSWER + os.path.join(top, cache.replace("/", os.sep))] = frozenset({"whole"}) if whole else frozenset()
    return frozenset(n[len(lead):] for n in names if n.startswith(lead) and len(n) > len(lead))


#: The work trees whose git could not list what it ignores, warned about once per process.
_GIT_WARNED: set[str] = set()


def _warn_git_failed(top: str, why: str) -> None:
    """Say once per process and work tree that git-ignored files are scanned, because git could not tell them
    (`cxkit review` lints two trees in one process: one warning, not two)."""
    if top in _GIT_WARNED:
        return
    _GIT_WARNED.add(top)
    import sys

    from .config import shown_path

    where = shown_path(top)
    from .cliutil import RUN_IN_POLISH

    if RUN_IN_POLISH.get():  # as the run's summary; git's own words (`detected dubious ownership …`) as they are
        fix = "zainstaluj gita" if why == "git is not installed" else "sprawdź, czy git w nim działa"
        fix = safe_directory_fix(why, top, pl=True) or fix
        said = {"git is not installed": "git nie jest zainstalowany"}.get(why, why)
        said = re.sub(r"^git cannot be run \((.*)\)$", r"nie można uruchomić gita (\1)", said, flags=re.S)
        said = re.sub(r"^git exited with (-?\d+)$", r"git zakończył pracę z kodem \1", said)
        sys.stderr.write(
            f"cxkit: ostrzeżenie: nie udało się pominąć plików, które git ignoruje w {where} ({visible_name(said)}), więc "
            f"skanowanie folderów je obejmuje (node_modules/, build/...); {fix} albo ustaw respect-gitignore = false, by "
            "skanować je bez tego ostrzeżenia\n")
        return
    fix = "install git" if why == "git is not installed" else "check that git works in it"
    fix = safe_directory_fix(why, top) or fix
    sys.stderr.write(
        f"cxkit: warning: git-ignored files in {where} could not be skipped ({visible_name(why)}), so folder scans "
        f"take them in (node_modules/, build/...); {fix}, or set respect-gitignore = false to scan them without this warning\n"
    )


def ignored_documents(config: Config, limit: int = 2000) -> list[str]:
    """The files folder scans passed over because git ignores them that say they are cxkit documents,
    as shown; for a run that checked none, to say why.  Ignored folders are searched for them too,
    up to ``limit`` entries (see :func:`_ignored_yaml`)."""
    from .named import claims_document

    met, _stopped = _ignored_yaml(config, limit, tools=True)
    rows = sorted((display_path(p), p, entry) for p, entry in met)
    return [disp for _, (disp, p, _entry) in _one_name_each(rows, 1) if claims_document(Target(Path(p), disp, False))]


#: A cxkit document's `kind:` line as written at the top level (`kind: persona`, quoted or not): what a
#: quick look at a file's beginning takes for a document, with no YAML read (`cxkit init`'s peek too).
#: (The other `kind:` regexes differ on purpose: lint.engine's takes any kind word, named's any value, workspace's decoded text.)
DOCUMENT_KIND_RE = re.compile(rb"(?m)^kind:[ \t]*[\"']?(?:persona|negative-persona|journey)[\"']?[ \t]*(?:#.*)?\r?$")
#: Folders of tools that git ignores and that hold no one's personas: never looked into for them.
TOOL_FOLDERS = frozenset(("node_modules", "vendor", "venv", ".venv", "site-packages", "__pycache__", "dist", "build"))
#: Folders a folder scan never enters unless named (on the command line or in `paths`), whether or not git
#: ignores them, as ruff passes over them: what package managers and Python install or cache, never a
#: team's documents.  A folder holding a `pyvenv.cfg` (a Python virtual environment, whatever its name)
#: is passed over too.  Hidden folders (`.git`, `.venv`, `.tox`) are passed over anyway.  Not `dist`,
#: `build` or `vendor`: a team may name a folder of its documents so (a builder's personas), and what a
#: build writes there is ignored by git as a rule.
#: The one list of them: render's persona lookup and the search for excluded documents
#: (:mod:`cxkit.workspace`) use it too, and `--only-documents` leaves out a named file inside one.
SKIPPED_FOLDERS = ("node_modules", "bower_components", "venv", "__pycache__", "__pypackages__", "site-packages")
#: Folders of build output and vendored code a folder scan searches (see above), but the search for
#: excluded documents (:class:`cxkit.workspace.ExcludedFiles`) passes over besides
#: :data:`SKIPPED_FOLDERS`: excluded, they hold copies and fixtures, never a team's draft.
BUILD_FOLDERS = ("vendor", "dist", "build", "target", "htmlcov")
#: The file that makes a folder a Python virtual environment (see :data:`SKIPPED_FOLDERS`).
VENV_MARK = "pyvenv.cfg"


def tool_folder_above(path: str, config: Any, hidden: bool = False) -> str | None:
    """The folder of a tool (`node_modules`, a virtual environment) that ``path`` lies in, below the
    folder of ``config`` (or, outside it, the file's own folder), as shown: folder scans do not enter
    it; None when it lies in none.  A folder `paths` names is scanned from itself, whatever its name
    (`paths = ["personas/venv"]`): only the tools' folders below the deepest one that holds ``path``
    count.  With ``hidden``, a hidden folder (`.venv/`) counts too, as the scan passes over it."""
    full = os.path.abspath(path)
    top = os.path.abspath(str(config.root)) if config.source is not None else os.path.abspath(".")
    if not (full == top or full.startswith(top.rstrip(os.sep) + os.sep)):
        top = os.path.dirname(full)
    elif config.source is not None:
        for named in config.paths:
            start = os.path.abspath(os.path.join(str(config.root), named))
            if (full == start or full.startswith(start.rstrip(os.sep) + os.sep)) and len(start) > len(top):
                top = start
    rel = os.path.relpath(full, top)
    if rel == ".":
        return None
    parts = rel.split(os.sep)
    for n in range(1, len(parts) + 1):
        folder = os.path.join(top, *parts[:n])
        is_folder = n < len(parts) or os.path.isdir(folder)
        if is_folder and (parts[n - 1] in SKIPPED_FOLDERS or (hidden and parts[n - 1].startswith("."))
                          or os.path.isfile(os.path.join(folder, VENV_MARK))):
            return display_path(os.path.relpath(folder)) + "/"
    return None


def under_any(path: str, folders: list[str]) -> bool:
    """Whether ``path`` is one of ``folders`` or lies under one of them, by their absolute spelling (no
    link resolved): the notes of what a scan passed over name only what is in the folders searched."""
    here = os.path.join(os.path.abspath(path), "")
    return any(here.startswith(os.path.join(os.path.abspath(f), "")) for f in folders)


def _ignored_yaml(
    config: Config, entries: int, *, tools: bool, within: list[str] | None = None,
    listed_at: list[tuple[str, Stat | None]] | None = None,
) -> tuple[list[tuple[str, str]], bool]:
    """The YAML files folder scans passed over because git ignores them (``config.ignored_skipped``:
    files, and the files in ignored folders), as (path, the ignored entry it was met under),
    one from each ignored folder (or folder of ignored files) in turn; and whether the look stopped
    before the end.

    What a scan would leave out anyway is left out: hidden files and folders, and what `exclude`
    matches (an ignored `web/` whose `web/locales` is excluded); tools' folders such as
    `node_modules/` too, unless ``tools``.  ``within``: only entries in these folders.  At most
    ``entries`` files and folder entries are looked at, each ignored folder its share, its listing
    cut to that: a folder of 30 000 generated files costs one listing and hides no other folder's
    files; nothing is resolved or made a display path here (see :func:`_one_name_each`).
    ``listed_at``: each folder listed is added to it, with what it was just before (:func:`_stat`).
    """
    budget = entries
    cut = False
    met: list[list[tuple[str, str]]] = []  # per unit, its files as (path, ignored entry)
    # The ignored files by folder, and the ignored folders: each its share of the look, so that one of
    # 30 000 generated files (or a folder of them) hides no draft persona elsewhere.
    units: dict[str, list[str] | None] = {}
    # A folder searched that git ignores itself (`cxkit lint gen`, `gen/` in .gitignore) was scanned whole
    # (:func:`git_ignored`): what the rest of the run met as ignored in it was checked all the same.
    whole = [f for f in within or () if any(d and under_any(f, [p]) for p, d in config.ignored_skipped.items())]
    for path, is_dir in sorted(config.ignored_skipped.items()):
        if within is not None and (not under_any(path, within) or under_any(path, whole)):
            continue
        if is_dir:
            if tools or os.path.basename(path) not in TOOL_FOLDERS:
                units[path] = None
        else:
            files = units.setdefault(os.path.join(os.path.dirname(path), ""), [])
            if files is not None:
                files.append(path)
    left = len(units)
    for path, files in units.items():
        if budget <= 0:
            cut = True
            break
        share = min(budget, max(budget // left, 64))
        left -= 1
        budget -= share
        if files is not None:
            taken = files[:share]
            cut = cut or len(taken) < len(files)
            met.append([(f, f) for f in taken])
            budget += share - len(taken)
            continue
        met.append([])
        stack = [path]
        while stack and share > 0:
            folder = stack.pop()
            if listed_at is not None:
                listed_at.append((folder, _stat(folder)))
            try:
                with os.scandir(folder) as listed_entries:
                    every = list(listed_entries)
            except OSError:
                continue
            # The folder's first `share` entries by name.  A generated folder many times its share is not
            # sorted whole on every run (30 000 files, a share of 1 000: 3.8 ms, not 7.2); a heap is the
            # slower way to take a third of a folder, which is sorted.
            by_name = attrgetter("name")
            if len(every) > 16 * share:
                listed = heapq.nsmallest(share, every, key=by_name)
            else:
                listed = sorted(every, key=by_name)[:share]
            share -= len(listed)
            cut = cut or len(listed) < len(every)
            for entry in listed:
                if entry.name.startswith(".") or (not tools and entry.name in TOOL_FOLDERS):
                    continue
                if config.exclude and is_excluded(_root_rel(config, entry.path), config.exclude):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                elif entry.name.lower().endswith(YAML_SUFFIXES):
                    met[-1].append((entry.path, path))
        cut = cut or bool(stack)
        budget += share  # what this folder did not need
    # Taken in turn from each unit, each unit's in path order: a few reads reach every folder.
    for unit in met:
        unit.sort()
    return [row for turn in itertools.zip_longest(*met) for row in turn if row is not None], cut


def _one_name_each(met: Sequence[tuple[str, ...]], at: int = 0) -> Iterator[tuple[int, tuple[str, ...]]]:
    """``met`` (with each row's place in it) without a second name of a file met once already (a link
    to it), resolved one by one as they are taken, so a caller that stops early resolves only what
    it took.  ``at``: where in a row its path is."""
    seen: set[str] = set()
    for i, row in enumerate(met):
        key = _real(row[at])
        if key not in seen:
            seen.add(key)
            yield i, row


#: What a file or folder was when the look-alike note looked at it: mtime, ctime, size and inode (None: gone).
Stat = tuple[int, int, int, int]


def _stat(path: str) -> Stat | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino


def ignored_lookalikes(
    config: Config, reads: int = 50, entries: int = 1000, within: list[str] | None = None, memo: Any = None
) -> tuple[list[tuple[str, str]], bool]:
    """The files folder scans passed over because git ignores them whose first 4 KiB hold a
    document's `kind:` line (:data:`DOCUMENT_KIND_RE`) and that are no translation table (see
    :func:`_team_document`), as (shown, the ignored entry it is in, relative to the config's
    folder: what `exclude` would take), sorted; and whether the look stopped early.  Cheap on
    purpose, for a run that did check documents: at most ``reads`` files are opened (only those
    with a kind line read whole, up to 64 KiB) and ``entries`` files and entries of ignored
    folders looked at (tools' folders such as `node_modules/` are not looked into).  ``within``:
    only under these folders (the ones the run searched), and not in one of them that git ignores
    (named, it was scanned whole).

    ``memo`` (a :class:`cxkit.lint.cache.LookalikeMemo`): the answer of an earlier run asked the same,
    when no folder it listed and no file it opened has changed since (their times, sizes and inodes
    say so): a warm run then stats them and lists and reads nothing.  A new answer is kept in it
    when all of them are older than the lint cache trusts (a write in the same clock tick as the
    look would leave a file's times as they were).
    """
    if not config.ignored_skipped:
        return [], False
    key = None
    if memo is not None:
        asked = [os.getcwd(), str(config.root), config.exclude, within, reads, entries,
                 sorted(config.ignored_skipped.items())]
        key = memo.key(repr(asked))
        kept = memo.get(key)
        if kept is not None and all(_stat(path) == (None if was is None else tuple(was)) for path, was in kept["seen"]):
            return [(shown, entry) for shown, entry in kept["found"]], kept["stopped"]
    seen: list[tuple[str, Stat | None]] = []
    met, stopped = _ignored_yaml(config, entries, tools=False, within=within, listed_at=seen)
    found: list[tuple[str, str]] = []
    opened = 0
    for i, (path, entry) in _one_name_each(met):
        opened += 1
        was = _stat(path)
        seen.append((path, was))
        head = _head(path)
        if head is not None and DOCUMENT_KIND_RE.search(head.lstrip(b"\xef\xbb\xbf")) and _team_document(path, head):
            found.append((display_path(path), _root_rel(config, entry)))
        if opened == reads:
            stopped = stopped or i + 1 < len(met)
            break
    found.sort()
    if memo is not None and all(was is None or max(was[0], was[1]) <= memo.settled for _path, was in seen):
        memo.put(key, {"seen": seen, "found": found, "stopped": stopped})
    return found, stopped


#: A file with a document's `kind:` line is read whole up to this size to tell a translation table.
_WHOLE = 64 * 1024
#: A list item near a line's start: a value that is a list, or text on several lines (a table's labels are neither).
_LIST_ITEM = re.compile(rb"(?m)^ {0,2}-(?:[ \t]|\r?$)")
_MARKER = re.compile(rb"(?m)^(?:---|\.\.\.|%)")


def _team_document(path: str, head: bytes) -> bool:
    """Whether the file ``path``, whose first 4 KiB ``head`` hold a document's `kind:` line, is one of
    the team's documents as `cxkit init` tells them (:func:`cxkit.workspace.teams_document`): no
    translation table (`kind: persona`, `goals: Cele`, `pain_points: Punkty bólu`).  A file bigger
    than 64 KiB is no table of labels, nor is one with a list item at the top of a line (`  - text:`,
    as every persona of `cxkit new` has): such a file is not parsed at all, which keeps the note
    cheap where its memo cannot help (`--no-cache`, a generator that rewrites its files each build)."""
    if _LIST_ITEM.search(head) and not _MARKER.search(head):  # (a `--- |` document is one text: parsed)
        return True
    raw = head
    if len(head) == 4096:
        try:
            with open(path, "rb") as fh:
                raw = fh.read(_WHOLE + 1)
        except OSError:
            return True
    if len(raw) > _WHOLE:
        return True
    from .workspace import teams_document
    from .yamlio import load_bytes

    return teams_document(load_bytes(raw), raw)


def _head(path: str) -> bytes | None:
    """The first 4 KiB of the regular file ``path``, or None (a pipe would block the read)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as fh:
            return fh.read(4096)
    except OSError:
        return None


def discover(paths: list[str], config: Config) -> tuple[list[Target], list[tuple[str, str]]]:
    """Expand paths into files to check.

    Returns the targets and (display path, message) pairs for directories that
    could not be read.  A path that does not exist raises :class:`UsageError`.
    """
    rows, unreadable = _scan(paths, config)
    return [Target(Path(fs), disp, explicit) for fs, disp, explicit in rows], unreadable


def _left_out(config: Config, path: str, there: str | None, name: str) -> bool:
    """Whether `exclude` leaves out the entry ``name`` of a scanned folder: at ``path``, as the scan met
    it, or, in a folder reached through a link, where it lies (``there``: that folder from the config's)."""
    return is_excluded(_root_rel(config, path), config.exclude) or (
        there is not None and is_excluded(there + name, config.exclude))


def _folder_left_out(config: Config, path: str, there: str | None, name: str) -> bool:
    """Whether `exclude` leaves out the folder ``name`` of a scanned folder whole, as :func:`_left_out` asks
    it of a file (:func:`is_excluded_folder`).  The scan does not go in, so a config there (an old
    copy's, a client's kept in the archive) is not read: it would govern only files `exclude` leaves out."""
    return is_excluded_folder(_root_rel(config, path), config.exclude) or (
        there is not None and is_excluded_folder(there + name, config.exclude))


def _scan(paths: list[str], config: Config) -> tuple[list[Row], list[tuple[str, str]]]:
    rows, unreadable, _keys, _linked = _scan_keyed(paths, config)
    return rows, unreadable


def _scan_keyed(
    paths: list[str], config: Config, record: bool = True
) -> tuple[list[Row], list[tuple[str, str]], list[str], set[str]]:
    """The rows, the unreadable folders, each row's file as its real path (see :func:`_real`), and
    the display paths of the rows that are links or lie in a linked folder.

    When ``config.nested`` is a list, a folder with a config of its own is passed over and, with
    ``record``, added to it (see :attr:`Config.nested`).
    """
    listing = _Listing()
    for given in paths:
        if not given:
            # `Path("")` is the current folder: `cxkit lint "$CHANGED"` with nothing in the variable would check
            # the whole workspace, and `cxkit.api.lint([""])` too, where a path was meant.
            raise UsageError(EMPTY_PATH)
        fs = Path(given)
        if not fs.exists() and not fs.is_symlink():
            raise missing_path(given)
        if fs.is_dir():
            listing.take_folder(*_walk_folder(given, config, listing, record))
        else:
            listing.take_named_file(given)
    return listing.rows, listing.unreadable, listing.keys, listing.linked


@dataclass
class _Listing:
    """What :func:`_scan_keyed` has listed so far, over all the paths it was given."""

    rows: list[Row] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # each row's real path
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    seen: dict[str, int] = field(default_factory=dict)  # display path -> index in rows (-1: met in this folder)
    # One file reached by two paths (`a.yaml` and `$PWD/a.yaml`, a linked folder, a link to a
    # file beside it) is one document, not a duplicate id: files are also told apart by their
    # real path.  (Hard links are paths of their own: fmt must write each.)
    same: dict[str, int] = field(default_factory=dict)  # real path -> index in rows
    by_link: set[int] = field(default_factory=set)  # rows a scan found through a link, which the file's own name may take over
    linked: set[str] = field(default_factory=set)  # display paths of rows whose real path is not their own

    def take_named_file(self, given: str) -> None:
        """A file named on the command line: always checked, and shown as it was named."""
        disp = display_path(given)
        key = _real(given)
        if key != os.path.normcase(os.path.abspath(given)):
            out = link_out_of_work_tree(given)
            if out is not None:
                if (disp, out) not in self.unreadable:
                    self.unreadable.append((disp, out))
                return
        at = self.seen.get(disp, self.same.get(key, -1))
        if at < 0:
            self.seen[disp] = self.same[key] = len(self.rows)
            self.rows.append((given, disp, True))
            self.keys.append(key)
        elif not self.rows[at][2]:
            # Named after a folder that holds it (or a link to it): a named file is always
            # checked, and shown as it was named.
            self.rows[at] = (given, disp, True)
            self.seen[disp] = at
            self.by_link.discard(at)
        else:
            return
        if key != os.path.normcase(os.path.abspath(given)):
            self.linked.add(disp)

    def take_folder(self, found: list[Row], real: dict[str, str], links: set[str]) -> None:
        """The files a folder scan ``found`` (``real``: each one's real path; ``links``: those that are
        links), sorted; of one file's names, its own is kept over a link's (else the first sorted),
        across scans too."""
        found.sort(key=lambda row: row[1])
        chosen: dict[str, str] = {}
        for _full, disp, _explicit in found:
            key = real[disp]
            if key not in chosen or (chosen[key] in links and disp not in links):
                chosen[key] = disp
        skipped: list[tuple[str, str]] = []
        for row in found:
            key = real[row[1]]
            at = self.same.get(key)
            if at is not None and at in self.by_link and row[1] not in links:
                self.rows[at] = row  # an earlier scan found the file through a link: its own name now
                self.by_link.discard(at)
                self.seen[row[1]] = at
                continue
            if at is not None or chosen[key] != row[1]:
                skipped.append((row[1], key))
                continue
            self.same[key] = len(self.rows)
            if row[1] in links:
                self.by_link.add(len(self.rows))
                self.linked.add(row[1])
            self.seen[row[1]] = len(self.rows)
            self.rows.append(row)
            self.keys.append(key)
        for disp, key in skipped:
            self.seen[disp] = self.same[key]  # the file is listed under another name


@dataclass
class _Folder:
    """One folder of a scan, with what its entries are matched by: its path as listed (``prefix``, with
    a trailing separator) and as shown (``shown``), its real path (``real_prefix``), whether it is
    reached through a link (``through``) and then where it lies from the config's folder (``there``),
    and what git ignores below the work tree it lies in (``ignored``) at its place there (``in_tree``)."""

    prefix: str
    shown: str
    real_prefix: str
    through: bool
    there: str | None
    ignored: frozenset[str]
    in_tree: str


def _walk_folder(given: str, config: Config, listing: _Listing, record: bool) -> tuple[list[Row], dict[str, str], set[str]]:
    """The files a scan of the folder ``given`` finds, their real paths and which are links (as
    :meth:`_Listing.take_folder` takes them); unreadable folders are added to ``listing``."""
    nested = config.nested
    root_real = _real(str(config.root)) if nested is not None else ""
    base = display_path(given)
    found: list[Row] = []
    real: dict[str, str] = {}  # display path -> real path, for this folder's files
    links: set[str] = set()  # display paths of its files that are links
    through = False
    # A stack instead of os.walk: one scandir per folder, no Path per file, no relpath per folder.
    # Each folder with what git ignores below the work tree it lies in, and its place in that answer.
    stack = [(str(Path(given)), "", git_ignored(given, config), "")]
    while stack:
        top, rel_dir, ignored, lead = stack.pop()
        try:
            with os.scandir(top) as entries:
                listed = list(entries)
        except OSError as err:
            where = display_path(err.filename) if err.filename else base
            listing.unreadable.append((where, f"cannot read directory: {err.strerror or err}"))
            continue
        if rel_dir and config.respect_gitignore and any(e.name == ".git" for e in listed):
            # A nested repository or submodule: the outer repository's git does not look inside,
            # so its own .gitignore is asked (its node_modules/ skipped too).
            ignored, lead = git_ignored(top, config), rel_dir
        if nested is not None and other_workspace(top, listed, root_real):
            if record:
                nested.append(top)
            continue
        if rel_dir and any(e.name == VENV_MARK for e in listed):
            continue  # a Python virtual environment: installed packages, never a team's documents
        prefix = os.path.join(top, "")
        real_prefix = os.path.join(_real(top), "")  # one realpath per folder, not per file
        if not rel_dir:
            # The folder named is reached through a link (named as one, or lying under a linked
            # folder): then so is every folder below it, as a scan never follows a link to a folder.
            through = real_prefix != os.path.normcase(os.path.join(os.path.abspath(top), ""))
        folder = _Folder(
            prefix,
            # The folder's part as it is: each name is made visible once, whole (a backslash doubled once).
            rel_dir if base == "." else _posix(prefix + "x")[:-1],
            real_prefix, through, _there(config, prefix, real_prefix, through), ignored, rel_dir[len(lead):],
        )
        subdirs = _sort_entries(listed, folder, config, listing.seen, found, real, links, listing.linked,
                                 listing.unreadable)
        # Sorted and depth first, as os.walk went: unreadable folders are reported in the same order.
        subdirs.sort(reverse=True)
        stack.extend((prefix + d, rel_dir + d + "/", ignored, lead) for d in subdirs)
    return found, real, links


def _there(config: Config, prefix: str, real_prefix: str, through: bool) -> str | None:
    """For a folder reached through a link (one named, or the workspace's folder through a link to
    it), where it lies from the config's folder: `exclude` matches its entries by where they are too,
    as the file's own name would.  None otherwise, or when that is the folder's own path."""
    if not (config.exclude and through):
        return None
    there = _root_rel(config, real_prefix) + "/"
    if there in ("./", "/") or _root_rel(config, prefix) + "/" == there:
        return None
    return there


#: How many of the files and folders `exclude` left out a run keeps (:attr:`Config.excluded_skipped`).
_EXCLUDED_KEPT = 100


def excluded_note(configs: Sequence[Config], searched: list[str], limit: int = 3, pl: bool = False) -> str | None:
    """The note of a run that found no document: what `exclude` left out of the folders ``searched``
    (the first ``limit`` of them, each with its pattern and config), so that a folder whose only
    documents lie in an excluded subfolder (`archiwum/stare`) does not look empty.  None when nothing was.
    ``pl``: in Polish."""
    from .cliutil import shell_word
    from .config import pattern_origin, pattern_source

    met: list[tuple[str, str, bool]] = []
    folders = [t for t in searched if os.path.isdir(t)]
    told: set[str] = set()
    for config in configs:
        # The named folder's scan and the workspace's context scan meet an entry each, spelt from where
        # they start (`archiwum/stare` and `./archiwum/stare`, `stare` and `../archiwum/stare`): it is
        # said once, as the shorter spelling shows it.
        spelt: dict[str, str] = {}
        for path in config.excluded_skipped:
            key = os.path.normcase(os.path.abspath(path))
            if key not in spelt or len(display_path(path)) < len(display_path(spelt[key])):
                spelt[key] = path
        for path, is_dir in sorted(config.excluded_skipped.items()):
            key = os.path.normcase(os.path.abspath(path))
            if key in told or not under_any(path, folders):
                continue
            told.add(key)
            path = spelt[key]
            rel = _root_rel(config, path)
            pattern = next((p for p in config.exclude if is_excluded_folder(rel, [p]) or is_excluded(rel, [p])), None)
            inherited = pattern is not None and pattern_origin(config, "exclude", pattern)[0] is not config
            if pl and pattern and inherited:
                owner, written, said = pattern_origin(config, "exclude", pattern)
                source = f"'{said}' w kluczu {written} w {owner.label}, który rozszerza {config.label}"
            elif pl:
                source = f"'{pattern or '?'}' w {config.label}"
            else:
                source = (pattern_source(config, "exclude", pattern) if pattern and inherited
                          else f"'{pattern or '?'}' in {config.label}")
            met.append((display_path(path), source, is_dir))
    if not met:
        return None
    if pl:
        listed = "; ".join(f"{path} (przez {source})" for path, source, _d in met[:limit])
        more = f"; i jeszcze {len(met) - limit}" if len(met) > limit else ""
        first, _source, is_dir = met[0]
        example = f"cxkit lint {shell_word(first)}/*.yaml" if is_dir else f"cxkit lint {shell_word(first)}"
        return f"uwaga: `exclude` pominął {listed}{more}; wskaż te pliki, by je sprawdzić ({example})"
    listed = "; ".join(f"{path} (by {source})" for path, source, _d in met[:limit])
    more = f"; and {len(met) - limit} more" if len(met) > limit else ""
    first, _source, is_dir = met[0]
    example = f"cxkit lint {shell_word(first)}/*.yaml" if is_dir else f"cxkit lint {shell_word(first)}"
    return f"note: `exclude` left out {listed}{more}; name its files to check them ({example})"


def tool_folder_note(searched: list[str], command: str = "lint", limit: int = 2000, pl: bool = False) -> str | None:
    """The note of a run that found no document: which tools' folders (:data:`SKIPPED_FOLDERS`, a virtual
    environment) below the folders ``searched`` hold a file that says it is a cxkit document, so that a team
    whose documents sit in `personas/venv/` is told why none was found.  Looks at no more than ``limit``
    entries in all; None when it met no such folder.  ``pl``: in Polish."""
    from .cliutil import shell_word

    met: list[str] = []
    budget = [limit]
    for given in searched:
        if not os.path.isdir(given):
            continue
        for top, dirs, _files in os.walk(given):
            budget[0] -= len(dirs) + len(_files)
            if budget[0] < 0:
                break
            kept = []
            for name in sorted(dirs):
                full = os.path.join(top, name)
                if name.startswith(".") or os.path.islink(full):
                    continue
                if name in SKIPPED_FOLDERS or os.path.isfile(os.path.join(full, VENV_MARK)):
                    if _holds_document(full, budget):
                        met.append(display_path(full))
                else:
                    kept.append(name)
            dirs[:] = kept
    if not met:
        return None
    if pl:
        more = f" i jeszcze {len(met) - 1}" if len(met) > 1 else ""
        return (f"uwaga: {met[0]}/{more} {'zawierają' if more else 'zawiera'} dokumenty cxkit, ale skanowanie folderów "
                f"nie wchodzi do folderów narzędzi (node_modules, venv, __pycache__, środowisko wirtualne...); wskaż "
                f"{'je' if more else 'go'} (cxkit {command} {shell_word(met[0])}) albo dodaj {'je' if more else 'go'} do `paths` w konfiguracji")
    more = f" and {len(met) - 1} more" if len(met) > 1 else ""
    return (f"note: {met[0]}/{more} hold{'' if more else 's'} cxkit documents, but a folder scan does not enter a "
            f"tool's folder (node_modules, venv, __pycache__, a virtual environment...); name it "
            f"(cxkit {command} {shell_word(met[0])}) or list it in `paths`")


def _holds_document(folder: str, budget: list[int]) -> bool:
    """Whether a YAML file in ``folder`` (at any depth, within what is left of ``budget[0]`` entries) says
    it is a cxkit document at its top level."""
    for top, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".") and not os.path.islink(os.path.join(top, d))]
        budget[0] -= len(dirs) + len(files)
        if budget[0] < 0:
            return False
        for name in files:
            if name.endswith((".yaml", ".yml")):
                try:
                    with open(os.path.join(top, name), "rb") as fh:
                        head = fh.read(65536)
                except OSError:
                    continue
                if DOCUMENT_KIND_RE.search(head):
                    return True
    return False


def _sort_entries(
    listed: list[os.DirEntry[str]], folder: _Folder, config: Config, seen: dict[str, int],
    found: list[Row], real: dict[str, str], links: set[str], linked: set[str],
    unreadable: list[tuple[str, str]] | None = None,
) -> list[str]:
    """Sort the entries ``listed`` of one scanned ``folder``: its documents to check go to ``found``
    (``real``, ``links`` and ``linked`` noted, ``seen`` marked), what is passed over is noted in
    ``config`` (linked folders, git-ignored entries, `.txt` files); returns the folders to scan below."""
    prefix, shown, there, ignored, in_tree = folder.prefix, folder.shown, folder.there, folder.ignored, folder.in_tree
    subdirs: list[str] = []
    for entry in listed:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if name in SKIPPED_FOLDERS:
                continue  # a tool's folder, never entered unless named
            # A link to a folder is not followed, as os.walk(followlinks=False) does not: it
            # may lead to a folder above (a loop) or to what is scanned anyway (each document
            # twice).  It is noted (:func:`note_linked_folders`); named, it is checked.
            if not (config.exclude and _folder_left_out(config, prefix + name, there, name)):
                if entry.is_symlink():
                    if not (ignored and (in_tree + name in ignored or f"{in_tree}{name}/" in ignored)):
                        config.linked_folders[visible_name(shown + name)] = prefix + name
                elif ignored and f"{in_tree}{name}/" in ignored:
                    config.ignored_skipped[prefix + name] = True
                else:
                    subdirs.append(name)
            elif len(config.excluded_skipped) < _EXCLUDED_KEPT:
                config.excluded_skipped[prefix + name] = True
            continue
        if not name.lower().endswith(YAML_SUFFIXES):  # persona.YAML too (Windows tools write it)
            if name.lower().endswith(".txt") and not (
                config.exclude and _left_out(config, prefix + name, there, name)
            ) and not (ignored and in_tree + name in ignored):
                if name.lower().endswith(TXT_SUFFIXES):
                    config.txt_skipped[visible_name(shown + name)] = prefix + name
                elif len(config.txt_other) < TXT_OTHER_KEPT:
                    config.txt_other[visible_name(shown + name)] = prefix + name  # read only for a note
            continue
        full = prefix + name
        # Pipes and devices in a scan are skipped when read (read_target), not stat'ed twice here.
        if config.exclude and _left_out(config, full, there, name):
            if len(config.excluded_skipped) < _EXCLUDED_KEPT:
                config.excluded_skipped[full] = False
            continue
        if ignored and in_tree + name in ignored:
            config.ignored_skipped[full] = False
            continue
        disp = visible_name(shown + name)  # a control character in a name is shown, not obeyed
        if disp in seen:
            continue
        if entry.is_symlink():
            key = _real(full)
            if config.exclude and is_excluded(_root_rel(config, key), config.exclude):
                continue  # a link to a file `exclude` leaves out (a draft) is that file
            if excluded_where_it_lies(key, config) is not None:
                continue  # ... also where that file lies, in another workspace
            out = link_out_of_work_tree(full) if unreadable is not None else None
            if out is not None:
                unreadable.append((disp, out))  # said where it stands; the file it leads to is never opened
                seen[disp] = -1
                continue
            links.add(disp)
            real[disp] = key
        else:
            out = link_out_of_work_tree(full) if folder.through and unreadable is not None else None
            if out is not None:
                # A file in a folder linked out of the work tree (`personas -> /etc`, named or met
                # below a named link) is as far out of it as a link to the file.
                unreadable.append((disp, out))
                seen[disp] = -1
                continue
            real[disp] = os.path.normcase(folder.real_prefix + name)
            if folder.through:
                linked.add(disp)
        seen[disp] = -1
        found.append((full, disp, False))
    return subdirs


#: How many linked folders the note names; the rest are counted.
_LINKS_NAMED = 5


def note_linked_folders(configs: list[Config], searched: list[str], pl: bool = False) -> str | None:
    """The note (or None) of the links to folders that the scans of the folders ``searched`` passed over.

    A link to a folder is followed only when it is named (`cxkit lint shared`); in a scan it is not,
    so that a link to a folder above cannot loop, nor one to a folder that is scanned anyway check
    each document twice.  Such a link is left out of the note: its documents were checked under
    their own names.  A link named on the command line, or one to a folder searched, is no news.
    ``pl``: in Polish."""
    folders = [t for t in searched if os.path.isdir(t)]
    if not folders:
        return None
    named = {display_path(t) for t in searched}
    scanned = [os.path.join(_real(f), "") for f in folders]
    met: dict[str, str] = {}
    for config in configs:
        for shown, path in config.linked_folders.items():
            if shown in named or shown in met or not under_any(path, folders):
                continue
            target = os.path.join(_real(path), "")
            if any(target.startswith(top) for top in scanned):
                continue  # leads into what was scanned: nothing went unchecked
            if config.exclude and _folder_excluded(path, config):
                continue  # leads to a folder `exclude` leaves out: nothing to check in it
            met[shown] = path
    if not met:
        return None
    shown = sorted(met)
    n = len(shown)
    listed = ", ".join(shown[:_LINKS_NAMED]) + ((f" i jeszcze {n - _LINKS_NAMED}" if pl else f" and {n - _LINKS_NAMED} more")
                                                if n > _LINKS_NAMED else "")
    from .cliutil import shell_word

    example = f"cxkit lint {shell_word(shown[0])}"
    if n == 1 and link_out_of_work_tree(os.path.join(met[shown[0]], "x.yaml")) is not None:
        # Named, its files would be `not read` too: the folder it leads to is the one to name.
        example = f"cxkit lint {shell_word(visible_name(_real(met[shown[0]])))}"
        if pl:
            return (f"uwaga: {listed} to dowiązanie do folderu spoza drzewa roboczego, którego cxkit nie czyta, więc "
                    f"niczego w nim nie sprawdzono; wskaż folder, do którego prowadzi, by go sprawdzić ({example})")
        return (f"note: {listed} is a link to a folder out of the work tree, which is not read, so nothing in it "
                f"was checked; name the folder it leads to to check it ({example})")
    if pl:
        from .lint.polish import plural

        if n == 1:
            return (f"uwaga: {listed} to dowiązanie do folderu, za którym skanowanie folderów nie podąża, więc niczego "
                    f"w nim nie sprawdzono; wskaż je, by je sprawdzić ({example})")
        return (f"uwaga: skanowanie folderów nie podąża za dowiązaniami do folderów, więc niczego nie sprawdzono w {n} "
                f"{plural(n, 'dowiązaniu', 'dowiązaniach', 'dowiązaniach')}: {listed}; wskaż jedno, by je sprawdzić ({example})")
    if n == 1:
        return (f"note: {listed} is a link to a folder, which a folder scan does not follow, so nothing in it "
                f"was checked; name it to check it ({example})")
    return (f"note: {n} links to folders were not followed by the folder scan, so nothing in them was checked: "
            f"{listed}; name one to check it ({example})")


def other_workspace(folder: str, listed: list[os.DirEntry[str]], root_real: str) -> bool:
    """Whether ``folder`` (its entries ``listed``) holds a config of its own, and is not the folder
    ``root_real`` (a real path) of the config in force: then it is another workspace."""
    names = [e.name for e in listed if e.name == CONFIG_FILE or e.name == PYPROJECT]
    return bool(names) and _real(folder) != root_real and holds_config(folder, names)


def excluded_folders(paths: list[str], config: Config) -> list[str]:
    """The named folders that `exclude` leaves out whole, as shown: a scan of one finds nothing to check
    because of it, so it is not checked (and, named alone, refused).

    A named file is checked all the same; a named folder is not, so that `cxkit lint */`
    keeps the configured exclusions.
    """
    if not config.exclude:
        return []

    return [display_path(p) for p in paths if os.path.isdir(p) and _folder_excluded(p, config)]


def excluding_pattern(folder: str, config: Config) -> str | None:
    """The pattern of `exclude` that leaves out the folder ``folder`` whole (the first of them), as
    :func:`_folder_excluded` finds it; None when no one pattern does alone."""
    names = globs.config_names(folder.rstrip("/") or folder, str(config.root))
    for pattern in config.exclude:
        if any(rel not in (".", "") and is_excluded_folder(rel.rstrip("/"), [pattern]) for rel in names):
            return pattern
        probe = ["x.yaml" if rel in (".", "") else f"{rel.rstrip('/')}/x.yaml" for rel in names]
        if any(is_excluded(rel, [pattern]) for rel in probe):
            return pattern
    return None


def _folder_excluded(folder: str, config: Config) -> bool:
    """Whether a scan of ``folder`` finds nothing to check because `exclude` leaves out what is in it: a
    pattern matches the folder, or every path below it (by its own path, or by the one it leads to when
    it is, or lies in, a linked folder); or patterns that match some of its files (`archiwum/*.yaml`)
    leave out every file the scan would take, at any depth (:func:`_all_left_out`, which lists the
    folder only when a file named `x.yaml` in it would be left out)."""
    names = globs.config_names(folder.rstrip("/") or folder, str(config.root))
    # The folder named itself is never matched, as a scan never matches it (`exclude = [".*"]` skips
    # hidden folders, not `.`): only the files and folders in it are.
    if any(rel not in (".", "") and is_excluded_folder(rel.rstrip("/"), config.exclude) for rel in names):
        return True
    probe = ("x.yaml" if rel in (".", "") else f"{rel.rstrip('/')}/x.yaml" for rel in names)
    return any(is_excluded(rel, config.exclude) for rel in probe) and _all_left_out(folder, config)


def _all_left_out(given: str, config: Config) -> bool:
    """Whether a scan of the folder ``given`` (as :func:`_walk_folder` goes: hidden names, git-ignored ones
    and links to folders passed over) takes no file, and `exclude` left out at least one it met; stops at
    the first file the scan would take.  A folder below with a config of its own is another workspace,
    checked under its own `exclude` (so: something to check), and so is one that cannot be read (the run
    reports it)."""
    root_real = _real(str(config.root))
    stack = [(str(Path(given)), "", git_ignored(given, config), "")]
    through = False
    left_out = False
    while stack:
        top, rel_dir, ignored, lead = stack.pop()
        try:
            with os.scandir(top) as entries:
                listed = list(entries)
        except OSError:
            return False
        if rel_dir and config.respect_gitignore and any(e.name == ".git" for e in listed):
            ignored, lead = git_ignored(top, config), rel_dir
        if rel_dir and other_workspace(top, listed, root_real):
            return False
        if rel_dir and any(e.name == VENV_MARK for e in listed):
            continue  # a Python virtual environment, which a scan passes over (see SKIPPED_FOLDERS)
        prefix = os.path.join(top, "")
        real_prefix = os.path.join(_real(top), "")
        if not rel_dir:
            through = real_prefix != os.path.normcase(os.path.join(os.path.abspath(top), ""))
        there = _there(config, prefix, real_prefix, through)
        in_tree = rel_dir[len(lead):]
        for entry in listed:
            name = entry.name
            if name.startswith("."):
                continue
            if _is_dir(entry):
                if name in SKIPPED_FOLDERS:
                    continue
                if _folder_left_out(config, prefix + name, there, name):
                    left_out = True
                elif not entry.is_symlink() and not (ignored and f"{in_tree}{name}/" in ignored):
                    stack.append((prefix + name, rel_dir + name + "/", ignored, lead))
                continue
            if not name.lower().endswith(YAML_SUFFIXES) or (ignored and in_tree + name in ignored):
                continue
            if _left_out(config, prefix + name, there, name):
                left_out = True
                continue
            if entry.is_symlink():
                key = _real(prefix + name)
                if is_excluded(_root_rel(config, key), config.exclude) or excluded_where_it_lies(key, config) is not None:
                    left_out = True
                    continue
            return False  # a file the scan takes
    return left_out


def _real(path: str) -> str:
    """The file a path leads to, its links and `..` resolved: one string per file."""
    return os.path.normcase(os.path.realpath(path))


def _root_rel(config: Config, path: str) -> str:
    """``path`` from the config's folder, as `exclude` matches it: the same from any current folder."""
    return globs.config_rel(path, str(config.root))


class NotRegularFile(OSError):
    """A path that is a pipe, socket or device rather than a file."""


def nearest_existing(path: str) -> str:
    """``path``, or, when it does not exist yet, the nearest folder above it that does, as it is spelt
    (`..` taken away by the name, as the config lookup walks): where the config of a buffer on stdin
    that will be saved at ``path`` in a folder not yet made (`klient/archiwum/x.yaml`) is looked up from."""
    full = os.path.normpath(os.path.abspath(path))
    while not os.path.lexists(full):
        parent = os.path.dirname(full)
        if parent == full:
            break
        full = parent
    return path if full == os.path.normpath(os.path.abspath(path)) else full


def missing_link_target(path: str) -> str | None:
    """The file, as shown, that the symbolic link ``path`` leads to when there is no such file (a
    broken link: the file was deleted or moved); None when ``path`` is no link or its file exists."""
    if not os.path.islink(path) or os.path.exists(path):
        return None
    real = os.path.realpath(path)
    try:
        return display_path(os.path.relpath(real))
    except ValueError:  # pragma: no cover - another drive (Windows)
        return display_path(real)


#: Set (to 1, true or yes) by a user whose documents are links to files kept outside the repository.
FOLLOW_LINKS_OUT = "CXKIT_FOLLOW_LINKS_OUT"


def links_out_followed() -> bool:
    return os.environ.get(FOLLOW_LINKS_OUT, "").strip().lower() in ("1", "true", "yes", "on")


def link_out_of_work_tree(path: str) -> str | None:
    """Why the file ``path`` is not read, when its name lies in a git work tree and it really is a
    file outside it (a link, or a file in a linked folder): None for every other file, and for all
    when the user set ``CXKIT_FOLLOW_LINKS_OUT``.

    A pull request can commit `personas/s.yaml` as a link to any file of the machine CI runs on (a
    key, a token): read, its text would be quoted in findings and exports that a public job's log
    shows.  The work tree is found as :func:`cxkit.fsutil.leaves_work_tree` finds it, as for the files
    fmt and -o write; the file it leads to is not opened, and can be named itself to be checked.
    """
    if links_out_followed():
        return None
    from .fsutil import leaves_work_tree

    real = leaves_work_tree(path)
    if real is None:
        return None
    return (f"not read: it is a link out of the work tree (to {visible_name(real)}), which a checkout could aim at "
            f"any file of the machine; name that file to check it, or set {FOLLOW_LINKS_OUT}=1 to read such links")


def read_target(target: Target) -> tuple[bytes, int]:
    """The file's bytes (at most one past the size cap) and its full size; raises OSError (for a
    broken link, one that says so and names the missing file, not "No such file or directory")."""
    try:
        info = os.stat(target.fs_path)
    except FileNotFoundError:
        missing = missing_link_target(str(target.fs_path))
        if missing is None:
            raise
        raise FileNotFoundError(errno.ENOENT, f"it is a link to {missing}, which does not exist") from None
    if not stat.S_ISREG(info.st_mode):
        # Opening a pipe would block until someone writes to it.
        raise NotRegularFile(errno.EINVAL, "not a regular file (a pipe, socket or device)")
    # A bare descriptor: open()'s buffered file object costs three more system calls and a
    # third of the time a file takes to read, once for every file of a workspace.
    fd = os.open(target.fs_path, _READ_FLAGS)
    try:
        # One byte over the cap is enough to know it is too big.  Asking for the size the file
        # had spares a cap-sized buffer per file; one that has grown since is read on to the cap.
        raw = _read_up_to(fd, min(info.st_size, MAX_FILE_BYTES) + 1)
        if info.st_size < len(raw) <= MAX_FILE_BYTES:
            raw += _read_up_to(fd, MAX_FILE_BYTES + 1 - len(raw))
        size = len(raw)
        if size > MAX_FILE_BYTES:
            size = max(size, os.fstat(fd).st_size)
    finally:
        os.close(fd)
    return raw, size


#: Bytes as they are (O_BINARY: no newline translation on Windows); the descriptor is not inherited.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)


def _read_up_to(fd: int, count: int) -> bytes:
    """``count`` bytes from ``fd``, fewer only at the end of the file (as a buffered file's read())."""
    raw = os.read(fd, count)
    while raw and len(raw) < count:
        more = os.read(fd, count - len(raw))
        if not more:
            break
        raw += more
    return raw


def discover_with_context(
    paths: list[str], config: Config, context: bool = True
) -> tuple[list[Target], list[tuple[str, str]], set[str]]:
    """Targets to check, plus the rest of the configured workspace when only part of it is named.

    `cxkit lint journeys/ola.yaml` and `cxkit lint journeys/` must still know
    the persona the journey names. When a config file marks the workspace and
    the named paths (files or folders) do not already take in all of it, every
    other document of the workspace (its `paths`, else the config's folder) is
    loaded as context: cross-file rules see it, but only the shown paths —
    the third value — are reported.  Without a config nothing is added, so a
    file named from a home folder never triggers a scan of it; nor without
    ``context`` (a run with no cross-file rule: nothing would read the rest).
    """
    rows, unreadable, shown, there = listing_with_links(paths, config, context)
    return [Target(Path(fs), disp, explicit, disp not in shown, there.get(disp)) for fs, disp, explicit in rows], unreadable, shown


#: What a scan of the paths named found, before any of the rest of their workspace: see :func:`scan_named`.
NamedScan = tuple[list[Row], list[tuple[str, str]], list[str], set[str]]


def _roots(config: Config) -> list[Path]:
    return [r for r in ([config.root / p for p in config.paths] if config.paths else [config.root]) if r.exists()]


def has_context(paths: list[str], config: Config) -> bool:
    """Whether ``paths`` leave out part of their configured workspace, which a run then reads around them
    (see :func:`discover_with_context`); nothing is listed to tell."""
    return config.source is not None and not _covered(_roots(config), paths)


def scan_named(paths: list[str], config: Config) -> NamedScan:
    """The scan of ``paths`` alone, which :func:`listing_with_links` then takes (``named``) instead of
    scanning them again: a caller can look at what they hold before the rest of the workspace is listed."""
    return _scan_keyed(paths, config)


class BufferPlace(NamedTuple):
    """Where an editor's buffer stands while it is linted (cxkit.lint.buffer): its temporary copy, and the
    file it stands for.  Made by :func:`buffer_place_of` alone, so the scan and the rules read one place."""

    #: The copy's real path, as the scan keys files (normcase): the scan lists the copy where ``saved`` would be.
    copy_key: str
    #: The copy's shown path, as the rules see it: a rule that picks "the first" file by path reads ``saved_shown``.
    copy_shown: str
    #: The path of the file the buffer stands for, as given (`exclude` leaves that file out of the scan).
    saved: str
    #: Its shown path.
    saved_shown: str


def buffer_place_of(copy: str, saved_as: str) -> BufferPlace:
    """The place of a buffer whose temporary copy is ``copy``, standing for the file at ``saved_as`` (as given)."""
    return BufferPlace(os.path.normcase(os.path.realpath(copy)), display_path(copy), str(Path(saved_as)),
                       display_path(saved_as))


#: While an editor's buffer is linted (cxkit.lint.buffer): where it stands (see :class:`BufferPlace`); the one
#: source of both the scan's order and the rules' "first by path" (:func:`cxkit.workspace.as_saved`).
buffer_place: ContextVar[BufferPlace | None] = ContextVar("buffer_place", default=None)


def _place_among(saved: str, around: list[Row], roots: list[Path]) -> float:
    """Where a scan of the workspace would list the file at ``saved`` among the rows ``around`` it listed:
    each root's files in turn, sorted by their path from the root (see :meth:`_Listing.take_folder`)."""
    saved_abs = os.path.abspath(saved)
    root = next((top for top in (os.path.abspath(r) for r in roots)
                 if saved_abs.startswith(os.path.join(top, ""))), None)
    if root is None:  # not in the workspace's paths: named, it would be listed first
        return -1

    def from_root(path: str) -> str:
        return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")

    inside = os.path.join(root, "")
    at = [i for i, (fs, _disp, _explicit) in enumerate(around) if os.path.abspath(fs).startswith(inside)]
    where = from_root(saved_abs)
    later = next((i for i in at if from_root(around[i][0]) > where), None)
    if later is not None:
        return later - 0.5
    return at[-1] + 0.5 if at else -0.5


def _shortest(fs: str, disp: str) -> str:
    """A context file's shown path from where cxkit runs: `p.yaml`, not `../../a/b/p.yaml` walked from the config's folder."""
    if not disp.startswith("../"):
        return disp
    try:
        return display_path(os.path.relpath(fs))
    except ValueError:  # pragma: no cover - another drive (Windows)
        return disp


def _covered(roots: list[Path], paths: list[str]) -> bool:
    """Whether every workspace root is a named folder or lies inside one (then a context scan adds nothing)."""
    folders = [_real(p) for p in paths if os.path.isdir(p)]
    if not folders:
        return not roots
    for root in roots:
        real = _real(str(root))
        if not any(real == f or real.startswith(os.path.join(f, "")) for f in folders):
            return False
    return True


def listing_with_context(paths: list[str], config: Config) -> tuple[list[Row], list[tuple[str, str]], set[str]]:
    """What :func:`discover_with_context` finds, as plain rows: cheap enough to stat a workspace on every run."""
    rows, unreadable, shown, _there = listing_with_links(paths, config)
    return rows, unreadable, shown


def _link_targets(rows: list[Row], keys: list[str], linked: set[str], config: Config) -> dict[str, str]:
    """Display path -> the config's path of the file it leads to, for rows that are links or lie in a
    linked folder (:attr:`Target.there`); nothing is asked of the file system."""
    if not linked:
        return {}
    root = str(config.root)
    return {row[1]: globs.config_rel(key, root) for row, key in zip(rows, keys) if row[1] in linked}


def listing_with_links(
    paths: list[str], config: Config, context: bool = True, named: "NamedScan | None" = None,
) -> tuple[list[Row], list[tuple[str, str]], set[str], dict[str, str]]:
    """:func:`listing_with_context`, and where each row that is a link or lies in a linked folder leads
    (display path -> the path from the config's folder of its file): the lint cache keys it.
    Without ``context``, only what ``paths`` name (see :func:`discover_with_context`); ``named``:
    their scan, as :func:`scan_named` made it, not made again."""
    rows, unreadable, keys, linked = named if named is not None else _scan_keyed(paths, config)
    shown = {disp for _fs, disp, _explicit in rows}
    if not context or not has_context(paths, config):
        # No workspace; or `cxkit lint`, `cxkit lint .` at the top: the scan already holds the whole workspace.
        return rows, unreadable, shown, _link_targets(rows, keys, linked, config)
    roots = _roots(config)
    # Nested workspaces are passed over here too, but not recorded: only what was named is linted.
    around, _, context_keys, context_linked = _scan_keyed([os.path.relpath(r) for r in roots], config, record=False)
    named_keys = set(keys)  # a file named through a link (or spelt another way) is not its own context
    # In the order a scan of the workspace lists them, named files at their own place: which copy of
    # a duplicate id is "the first" (and which persona of a similar pair "the later") must not
    # depend on the file named, or naming the later copy would report it only on the unshown one.
    place: dict[str, float] = {key: i for i, key in enumerate(context_keys)}
    standing = buffer_place.get()
    if standing is not None and standing.copy_key in named_keys:
        place[standing.copy_key] = _place_among(standing.saved, around, roots)
    there = _link_targets(rows, keys, linked, config)
    keyed = [(place.get(key, -1), row) for row, key in zip(rows, keys)]
    for (fs, disp, _explicit), key in zip(around, context_keys):
        if key not in named_keys:
            keyed.append((place[key], (fs, _shortest(fs, disp), False)))
            if disp in context_linked:
                there[keyed[-1][1][1]] = globs.config_rel(key, str(config.root))
    keyed.sort(key=lambda pair: pair[0])
    return [row for _at, row in keyed], unreadable, shown, there
