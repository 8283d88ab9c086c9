"""Configuration: `cxkit.toml` or `[tool.cxkit]` in pyproject.toml, nearest wins."""

from __future__ import annotations

import errno
import os
import re
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import AbstractSet, Any, Iterable, Sequence

from .limits import NotRegular, TooLarge, read_capped, unreadable_said


CONFIG_FILE = "cxkit.toml"
PYPROJECT = "pyproject.toml"

#: The largest config file read (a cxkit.toml, a pyproject.toml, a file `extend` names): a config is a few
#: kilobytes; a larger file (a link to a data dump, /dev/zero) is refused rather than parsed for seconds.
MAX_CONFIG_BYTES = 1 << 20


class ConfigError(Exception):
    """A configuration problem; the CLI prints it and exits with 2.

    ``pl``: the same message in Polish, its twin (None where it has none): what the command line says instead
    (:func:`located_said`) when ``lang``, the language of the workspace whose config is wrong, is "pl" (set
    where it is known: :func:`load_config`, :func:`check_rule_settings`, :func:`cxkit.lint.engine.build_ruleset`).
    The message itself stays English: the Python API's, and the English notes that quote it (`cxkit review`'s)."""

    lang: str | None = None

    def __init__(self, message: str = "", pl: str | None = None) -> None:
        super().__init__(message)
        self.pl = pl


@dataclass
class Config:
    """Settings in force for one run, and where they came from."""

    root: Path
    source: Path | None = None
    paths: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    fail_level: str = "warning"
    lang: str | None = None
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    persona_dir: str = "personas"
    journey_dir: str = "journeys"
    #: Folder scans pass over what git ignores (`.gitignore`, `.git/info/exclude`) when the folder is in a work tree.
    respect_gitignore: bool = True
    #: The `baseline` file (absolute; written relative to the config's folder), and where the key is
    #: written (`cxkit.toml:7:1`), for messages about that file.
    baseline: Path | None = None
    baseline_at: str = field(default="", repr=False, compare=False)
    #: The folder of the config file that names `baseline` (this one's, or that of a config it extends: a
    #: `shared.toml` at a repository's top that several teams' configs extend), resolved: the entries of a file
    #: that lies under no workspace name files from there (see :func:`cxkit.lint.baseline._folder`).
    baseline_named_in: Path | None = field(default=None, repr=False, compare=False)
    #: The team's own headings for fields, by language (`[labels.pl]`: `{"pl": {"purchase_triggers": "…"}}`):
    #: render's and diff's words, never lint's (the lint cache keys by the file's bytes all the same).
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    #: `[render] csv-separator`: the CSV export's field separator (``,``, ``;`` or a tab); None where no
    #: config sets it (a comma then). `cxkit render --csv-separator` wins over it.
    csv_separator: str | None = None
    #: `[new] templates`: the team's folder of templates for `cxkit new` (absolute; written relative to the folder
    #: of the config that writes it, and taken over through `extend`), and where the key is written.
    templates: Path | None = None
    templates_at: str = field(default="", repr=False, compare=False)
    #: The bytes of ``source`` these settings were read from: what the lint cache keys results by,
    #: so that a config saved anew during a run cannot have the old settings' results stored as its own.
    source_bytes: bytes | None = field(default=None, repr=False, compare=False)
    #: What git ignores under each folder scanned (see :func:`cxkit.discovery.git_ignored`), asked once a run.
    ignored_memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    #: What folder scans passed over because git ignores it: each path as the scan met it -> whether a folder.
    ignored_skipped: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    #: What folder scans passed over because `exclude` leaves it out (the first 100): each path as the scan
    #: met it -> whether a folder; named when a run finds no document.
    excluded_skipped: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    #: What folder scans passed over because its name ends in `.yaml.txt` or `.yml.txt` (a document
    #: Notepad saved with `.txt` added): each as shown -> its path as the scan met it.
    txt_skipped: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: The other `.txt` files folder scans passed over (`ola.txt`): each as shown -> its path as the scan met
    #: it; those that hold a cxkit document are named in a note (see :mod:`cxkit.txtnote`).
    txt_other: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: The links to folders that folder scans passed over (not excluded, not ignored by git): each as
    #: shown -> its path as the scan met it (see :func:`cxkit.discovery.note_linked_folders`).
    linked_folders: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: None: folder scans take in every folder, as `fmt` and `render` scan.  A list (set by `cxkit lint`):
    #: scans under these settings pass over each folder with a config of its own (another workspace,
    #: checked under its own settings) and add that folder here, spelt as the scan reached it.
    nested: list[str] | None = field(default=None, repr=False, compare=False)
    #: The configs this one extends (its `extend`, then that one's), nearest first, each as its own file says.
    extended: list[Config] = field(default_factory=list, repr=False, compare=False)
    #: `exclude` and `per-file-ignores` in force are what the `exclude` / `per-file-ignores` keys set (``*_only``:
    #: replaced by a config extending this one that sets the key) and what `extend-exclude` /
    #: `extend-per-file-ignores` add (``*_added``: here and in each config extended, kept by a config extending it).
    exclude_only: list[str] = field(default_factory=list, repr=False, compare=False)
    exclude_added: list[str] = field(default_factory=list, repr=False, compare=False)
    per_file_ignores_only: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)
    per_file_ignores_added: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)
    origins: dict[tuple[str, str], tuple[str, str, str]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def settings_bytes(self) -> bytes | None:
        """The bytes every setting in force was read from: this file's, then those of each config it extends
        (with their names), so that a cache keyed by them is not used once an extended config changes.
        Each name is its path from this file's folder: the checkout restored elsewhere, or laid out again
        in a temporary folder (`cxkit review`), keeps the results kept for it."""
        if not self.extended or self.source_bytes is None:
            return self.source_bytes
        parts = [self.source_bytes]
        here = os.path.dirname(self.source) if self.source is not None else os.curdir
        for base in self.extended:
            name = _relative_name(base.source, here)
            parts += [b"\0extend\0", name.encode("utf-8", "surrogateescape"), b"\0", base.source_bytes or b""]
        return b"".join(parts)

    @property
    def label(self) -> str:
        """The config file as messages name it (from the current folder, as lint names files), or "defaults"."""
        return _shown_config(self.source) if self.source else "defaults"


def _relative_name(path: Path | None, folder: str) -> str:
    """``path`` from ``folder``; absolute where no relative path leads (another drive)."""
    if path is None:
        return ""
    try:
        return os.path.relpath(path, folder)
    except ValueError:
        return str(path)


def shown_path(path: str | os.PathLike[str], workspace: str | os.PathLike[str] | None = None) -> str:
    """A file or folder as messages show it, as lint shows the files it reads: relative to the current folder.

    That is ``personas/ola.yaml`` under the current folder, and ``../personas/ola.yaml`` from
    ``journeys/`` when both lie in ``workspace`` (the folder of the config in force); a path outside
    them (another workspace, a ``CXKIT_CACHE_DIR`` elsewhere, /tmp) is absolute, which reads better
    than a climb of ``../../..``.  POSIX-style, control characters shown as escapes.
    """
    from .discovery import display_path

    full = os.path.abspath(path)
    try:
        rel = os.path.relpath(full)
    except ValueError:  # pragma: no cover - another drive (Windows)
        return display_path(full)
    if not (rel == os.pardir or rel.startswith(os.pardir + os.sep)):
        return display_path(rel)
    if workspace is not None:
        top = os.path.realpath(workspace)
        if all(_within(os.path.realpath(p), top) for p in (os.getcwd(), full)):
            return display_path(rel)
    return display_path(full)


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def find_config(start: Path) -> Path | None:
    """The nearest `cxkit.toml`, or `pyproject.toml` with a [tool.cxkit] table, at or above ``start``."""
    return _nearest_config(start.resolve(), {})


def _config_of_paths(paths: Sequence[str], cwd: Path) -> Path | None:
    """The config nearest to every one of ``paths`` when it is one and the same, else None.

    Folders are walked as the paths spell them (a linked folder inside a workspace belongs to that
    workspace, as when the command runs there), each folder once however many files are named.
    """
    starts: set[Path] = set()
    for given in paths:
        where = Path(os.path.normpath(os.path.join(cwd, given)))
        try:
            start = where if where.is_dir() else where.parent
            if not start.exists():
                return None
        except (OSError, ValueError):  # an unreadable folder, a NUL in a name: the usual errors come later
            return None
        starts.add(start)
    memo: dict[Path, Path | None] = {}
    found: set[Path | None] = set()
    for start in starts:
        found.add(_nearest_config(start, memo))
        if len(found) > 1:
            return None
    return next(iter(found), None)


def elsewhere(paths: Sequence[str], config: Config, cwd: Path | None = None) -> list[Path | None]:
    """For each of ``paths``, the config nearest above it (walked as the path is spelt) when that is
    another than ``config``'s, else None: a path with no config above it, or one that does not
    exist, stays with ``config``."""
    cwd = cwd or Path.cwd()
    memo: dict[Path, Path | None] = {}
    # Spelt as _nearest_config spells a config: its folder's real path, the file as it is (a
    # cxkit.toml linked to a house config is still the config of the folder it sits in).
    mine = (os.path.normcase(str(Path(os.path.realpath(config.source.parent)) / config.source.name))
            if config.source is not None else None)
    out: list[Path | None] = []
    for given in paths:
        where = Path(os.path.normpath(os.path.join(cwd, given)))
        try:
            start = where if where.is_dir() else where.parent
            nearest = _nearest_config(start, memo) if start.exists() else None
        except (OSError, ValueError):  # the scan reports it as it always has
            nearest = None
        out.append(None if nearest is None or os.path.normcase(str(nearest)) == mine else nearest)
    return out


def _nearest_config(start: Path, memo: dict[Path, Path | None]) -> Path | None:
    """The config nearest to ``start``, walking its folders as written; ``memo`` keeps each folder's answer."""
    walked: list[Path] = []
    folder = start
    answer: Path | None = None
    while True:
        if folder in memo:
            answer = memo[folder]
            break
        walked.append(folder)
        try:
            # Named from the folder's real path, the file itself as it is (a linked cxkit.toml
            # configures the folder it is in, not the one it leads to).
            if _config_file_in(folder):
                answer = Path(os.path.realpath(folder)) / CONFIG_FILE
                break
            pyproject = folder / PYPROJECT
            if pyproject.is_file() and _has_cxkit_table(pyproject):
                answer = Path(os.path.realpath(folder)) / PYPROJECT
                break
        except OSError:
            pass
        if folder.parent == folder:
            break
        folder = folder.parent
    for seen in walked:
        memo[seen] = answer
    return answer


def _config_file_in(folder: Path) -> bool:
    """Whether ``folder`` holds a cxkit.toml: a file, or anything else there but a folder (one stat).  A named pipe, a
    link to /dev/zero or a link loop is the folder's config, refused when it is read (:func:`load_config`), rather
    than passed over for the defaults: a pull request could otherwise switch the workspace's settings off unseen."""
    try:
        return not stat.S_ISDIR(os.stat(folder / CONFIG_FILE).st_mode)
    except FileNotFoundError:
        return False  # no file, or a link to none: no config here, as before
    except OSError as exc:
        return exc.errno == errno.ELOOP


def holds_config(folder: str, names: Sequence[str]) -> bool:
    """Whether ``folder``, whose entries include ``names``, marks a workspace: a `cxkit.toml`, or a
    `pyproject.toml` with a [tool.cxkit] table (as :func:`find_config` judges it)."""
    try:
        if CONFIG_FILE in names and os.path.isfile(os.path.join(folder, CONFIG_FILE)):
            return True
        return PYPROJECT in names and _has_cxkit_table(Path(folder) / PYPROJECT)
    except (OSError, ValueError):
        return False


def _has_cxkit_table(pyproject: Path) -> bool:
    try:
        data = read_capped(pyproject, MAX_CONFIG_BYTES)  # a pipe or /dev/zero is no pyproject.toml of ours
    except OSError:
        return False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (b"\x00" in data[:4096] and _utf16_head(data)):
        # Saved as UTF-16 (some Windows editors; with or without its mark, or UTF-32): if it mentions
        # cxkit it is ours, to report as not UTF-8.
        return "cxkit" in data.replace(b"\x00", b"").decode("utf-8", errors="replace")
    if b"cxkit" not in data:
        return False
    try:
        text = _decode(data, pyproject)
    except ConfigError:
        return True  # not UTF-8, yet it mentions cxkit: ours to report
    try:
        tool = tomllib.loads(text).get("tool")
        return isinstance(tool, dict) and "cxkit" in tool
    except (ValueError, RecursionError):  # TOMLDecodeError, or a number too long to convert
        # A broken pyproject that mentions cxkit is ours to report.
        return True


_BOM = b"\xef\xbb\xbf"


_TOML_AT = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$")


def _toml_problem(path: Path, text: str, message: str) -> str:
    """A TOML error as `path:line:col: invalid TOML: ...`, where every other problem is located."""
    m = _TOML_AT.search(message)
    if m is None:
        return f"{_shown_config(path)}: invalid TOML: {message}"
    if m.group(1) and message.startswith(_TWICE):
        told = _duplicate(text, int(m.group(1)), int(m.group(2)))
        if told is not None:
            return f"{_shown_config(path)}:{told}"
    if m.group(1):
        line, col = int(m.group(1)), int(m.group(2))
        lines = text.splitlines()
        key = _NON_ASCII_KEY.match(lines[line - 1]) if line <= len(lines) else None
        if key is not None:
            # `język = "pl"`: a bare key holds only a-z, digits, `-` and `_`; tomllib says "Expected '='".
            word = key.group(1)
            meant = _POLISH_KEYS.get(word.lower())
            if meant:
                fix = f"cxkit's keys are in English: did you mean '{meant}'? ({meant} = ...)"
            elif path.name == CONFIG_FILE:
                fix = "cxkit's keys are in English (lang, paths, exclude, fail-level...)"
            else:
                fix = f'write it in quotes ("{word}" = ...)'

            return (f"{_shown_config(path)}:{line}:{key.start(1) + 1}: invalid TOML: the key '{word}' holds a letter "
                    f"TOML does not allow in a key without quotes; {fix}")
        slip = _backslash_slip(lines[line - 1], col) if line <= len(lines) and message.startswith(
            ("Unescaped '\\'", "Invalid hex value")) else None
        if slip is not None:
            return f"{_shown_config(path)}:{line}:{slip}"
    else:  # the end of the file: its last line, after its last character (lines counted as tomllib counts them)
        body = text.rstrip("\n")
        line, col = body.count("\n") + 1, len(body) - body.rfind("\n")
    return f"{_shown_config(path)}:{line}:{col}: invalid TOML: {message[: m.start()]}"


#: tomllib's words for a TOML error, in Polish (the rest of its message, a character or a key, kept as it says it).
_TOML_PL = (
    ("Illegal character '\\n'", "wiersz kończy się w środku tekstu w cudzysłowie (czy cudzysłów jest zamknięty?)"),
    ("Illegal character ", "niedozwolony znak "),
    ("Unterminated string", "tekst w cudzysłowie nie jest zamknięty"),
    ("Unclosed array", "lista nie jest zamknięta (brak „]”)"),
    ("Unclosed inline table", "tabela w jednym wierszu nie jest zamknięta (brak „}”)"),
    ("Invalid value", "nieprawidłowa wartość (tekst zapisuje się w cudzysłowie)"),
    ("Invalid statement", "nieprawidłowy wiersz"),
    ("Expected '=' after a key in a key/value pair", "po kluczu ma stać „=” i wartość"),
    ("Invalid initial character for a key part", "klucz zaczyna się od znaku, którego TOML w nim nie dopuszcza"),
    ("Expected ']' at the end of a table declaration", "nagłówek tabeli ma się kończyć „]”"),
    ("Expected ']]' at the end of an array declaration", "nagłówek listy tabel ma się kończyć „]]”"),
    ("Cannot overwrite a value", "tej wartości nie można zapisać drugi raz"),
    ("Invalid date or datetime", "nieprawidłowa data"),
    ("Invalid hex value", "nieprawidłowa wartość szesnastkowa"),
    ("Found invalid character ", "nieprawidłowy znak "),
    ("Expected newline or end of document after a statement", "po wartości ma się kończyć wiersz"),
    ("arrays or tables nested too deeply", "listy albo tabele zagnieżdżone zbyt głęboko"),
    ("a number with more digits than Python reads", "liczba ma więcej cyfr, niż Python odczytuje"),
)
_TOML_LEAD = ": invalid TOML: "


def _toml_error(path: Path, text: str, english: str, extending: Sequence[Path] = ()) -> ConfigError:
    """A TOML error (``english``, as :func:`_toml_problem` says it) with its Polish twin where tomllib's words have
    one, said in the language of the workspace: the `lang` the broken file writes at its top, as far as its lines
    can be read, else that of the config its `extend` names (a config extended: the one extending it says)."""
    twin = None
    head, lead, told = english.partition(_TOML_LEAD)
    if lead:
        for words, polish in _TOML_PL:
            if told.startswith(words):
                twin = f"{head}: nieprawidłowy TOML: {polish}{told[len(words):]}"
                break
    else:
        twin = _twice_pl(english)
    said = ConfigError(english, pl=twin)
    if not extending and twin is not None:
        top = text.split("\n[", 1)[0]  # the keys above the first table
        lang = re.search(r"(?m)^[ \t]*lang[ \t]*=[ \t]*[\"']([^\"'\n]*)[\"']", top)
        extend = re.search(r"(?m)^[ \t]*extend[ \t]*=[ \t]*[\"']([^\"'\n]*)[\"']", top)
        said.lang = _workspace_lang(lang.group(1) if lang else None, extend.group(1) if extend else None, path)
    return said


#: :func:`_duplicate`'s words for a key or table written twice, and their Polish (the names and lines kept); the
#: patterns' sources, compiled by ``re``'s cache only when a config holds such a slip.
_TWICE_PL = (
    (r"duplicate key '(?P<k>.*)'(?: in \[(?P<t>.*)\])? \(first set on line (?P<n>\d+)\); TOML allows a key "
     r"once: keep one",
     "powtórzony klucz `{k}`{where} (pierwszy raz w wierszu {n}); TOML dopuszcza klucz tylko raz: zostaw jeden"),
    (r"duplicate table \[(?P<k>.*)\] \(first declared on line (?P<n>\d+)\); TOML allows a table once: put its "
     r"keys under one \[.*\]",
     "powtórzona tabela [{k}] (pierwszy raz w wierszu {n}); TOML dopuszcza tabelę tylko raz: zapisz jej klucze pod "
     "jednym [{k}]"),
    (r"duplicate table \[(?P<k>.*)\]: the dotted key on line (?P<n>\d+) already made it; TOML allows a table "
     r"once: write its keys in one place",
     "powtórzona tabela [{k}]: utworzył ją już klucz z kropką w wierszu {n}; TOML dopuszcza tabelę tylko raz: zapisz "
     "jej klucze w jednym miejscu"),
    (r"'(?P<k>.*)' is written twice, as a table and as a key \(first on line (?P<n>\d+)\); TOML allows it "
     r"once: keep one",
     "`{k}` zapisano dwa razy, jako tabelę i jako klucz (pierwszy raz w wierszu {n}); TOML dopuszcza to tylko raz: "
     "zostaw jedno"),
)


def _twice_pl(english: str) -> str | None:
    """A key or table written twice (:func:`_duplicate`, located `path:line:col: …`) in Polish; None for another error."""
    found = re.fullmatch(r"(?P<head>.*?:\d+:\d+): (?P<told>.*)", english, re.DOTALL)
    if found is None:
        return None
    for pattern, polish in _TWICE_PL:
        said = re.fullmatch(pattern, found["told"])
        if said is not None:
            parts = said.groupdict()
            where = f" w [{parts['t']}]" if parts.get("t") else ""
            return f"{found['head']}: " + polish.format(k=parts["k"], n=parts["n"], where=where)
    return None


def _backslash_slip(line: str, col: int) -> str | None:
    """`col: invalid TOML: ...` for a Windows path in a "..." string (`"szkice\\*"`, `"C:\\Users"`), whose
    backslash TOML reads as the start of an escape: at the backslash (tomllib's column lies past it),
    with the spellings that work. None when no such backslash is found before ``col``."""
    at = line.rfind("\\", 0, col)
    start = line.rfind('"', 0, at)
    end = line.find('"', at)
    if at < 0 or start < 0 or end < 0:
        return None
    raw = line[start + 1:end]
    ways = [f"'{raw}'"] if "'" not in raw else []
    ways += [f'"{raw.replace(chr(92), "/")}"', f'"{raw.replace(chr(92), chr(92) * 2)}"']
    return (f"{at + 1}: invalid TOML: in a \"...\" string a backslash starts an escape (\\n, \\t, \\u...), and "
            f"'{line[at:at + 2]}' here is none; for a Windows path write {', '.join(ways[:-1])} or {ways[-1]} (single quotes keep "
            f"a backslash as it is, and cxkit reads / in a path on every system)")


#: How tomllib says that a key or table is written twice: it names neither, and points past the value.
_TWICE = ("Cannot overwrite a value", "Cannot declare", "Duplicate inline table key", "Cannot mutate immutable namespace")


def _toml_name(parts: Sequence[str]) -> str:
    """A key path as TOML writes it: `rules.stale-review`, a part that is no bare key in quotes."""
    import json

    return ".".join(p if _BARE_KEY.fullmatch(p) else json.dumps(p, ensure_ascii=False) for p in parts)


def _duplicate(text: str, line: int, col: int) -> str | None:
    """`line:col: what` for tomllib's "Cannot overwrite a value" (and the like) at ``line``/``col``: the key or
    table written a second time, at its own place, and the line it was first written on; None when unsure."""
    try:
        scan = _Scan(text)
        scan.run()
    except (ValueError, IndexError, tomllib.TOMLDecodeError, RecursionError):
        return None
    starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    if line > len(starts):
        return None
    error_at = starts[line - 1] + col - 1
    first: dict[tuple[str, ...], tuple[int, bool]] = {}
    dotted: dict[tuple[str, ...], int] = {}  # the tables a dotted key made (`a.b = 1` makes `a`), and where
    found: tuple[tuple[str, ...], tuple[str, ...], int, bool, int, bool] | None = None
    made: tuple[tuple[str, ...], int, int] | None = None
    for owner, keys, at, header in scan.entries:
        if at > error_at:
            break
        full = owner + keys
        if full in first:
            found, made = (owner, keys, at, header, *first[full]), None
        elif header and full in dotted:
            found, made = None, (keys, at, dotted[full])
        else:
            first[full] = (at, header)
        if not header:
            for n in range(1, len(keys)):
                dotted.setdefault(owner + keys[:n], at)
    if made is not None:
        keys, at, was_at = made
        here_line = text.count("\n", 0, at) + 1
        return (f"{here_line}:{at - starts[here_line - 1] + 1}: duplicate table [{_toml_name(keys)}]: the dotted key "
                f"on line {text.count(chr(10), 0, was_at) + 1} already made it; TOML allows a table once: write its "
                "keys in one place")
    if found is None:
        return None
    owner, keys, at, header, was_at, was_header = found
    here_line = text.count("\n", 0, at) + 1
    here_col = at - starts[here_line - 1] + 1
    was_line = text.count("\n", 0, was_at) + 1
    named = [p for p in owner if not p.startswith("\0")]
    where = f" in [{_toml_name(named)}]" if named and not header else ""
    if header and was_header:
        what = (f"duplicate table [{_toml_name(keys)}] (first declared on line {was_line}); TOML allows a table "
                f"once: put its keys under one [{_toml_name(keys)}]")
    elif not header and not was_header:
        what = (f"duplicate key '{_toml_name(keys)}'{where} (first set on line {was_line}); TOML allows a key "
                "once: keep one")
    else:
        full = _toml_name([p for p in owner + keys if not p.startswith("\0")])
        what = (f"'{full}' is written twice, as a table and as a key (first on line {was_line}); TOML allows it "
                "once: keep one")
    return f"{here_line}:{here_col}: {what}"


def _utf16_head(data: bytes) -> bool:
    """Whether ``data``'s first 4 KiB look like UTF-16 without a byte-order mark; for a file that holds a
    NUL there, so that a config read imports :mod:`cxkit.legacy_encoding` only when something is wrong."""
    from .legacy_encoding import looks_like_utf16

    return looks_like_utf16(data[:4096])


def _decode(data: bytes, path: Path) -> str:
    """The text of a config file: UTF-8, with or without a byte-order mark (Windows editors write one).

    Anything else is a :class:`ConfigError` at `path:line:col` of the first bad byte, as a TOML error
    is located, with the encoding the file most likely is (as a document's error has it): UTF-16,
    which Windows PowerShell's `>` and Out-File write, or an 8-bit one such as Windows-1250.
    """
    shown = _shown_config(path)
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise ConfigError(f"{shown}:1:1: the file is UTF-32; save it as UTF-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ConfigError(
            f"{shown}:1:1: the file is UTF-16 (as Windows PowerShell's `>` and Out-File write text); save it as "
            "UTF-8 (in PowerShell: `Out-File -Encoding utf8`)"
        )
    if b"\x00" in data[:4096] and _utf16_head(data):
        # ASCII text in UTF-16 is valid UTF-8 full of NULs, which TOML would refuse one by one.
        raise ConfigError(f"{shown}:1:1: the file looks like UTF-16 without a byte-order mark; save it as UTF-8")
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        from .legacy_encoding import not_utf8  # only for a file that is not UTF-8: not on every run

        line, column, what = not_utf8(data, exc.start)
        raise ConfigError(f"{shown}:{line}:{column}: {what}") from None


def load_config(
    explicit: Path | None = None, cwd: Path | None = None, *, check_rules: bool = True, near: Sequence[str] = (),
    follow_extend: bool = True, _extending: tuple[Path, ...] = (),
) -> Config:
    """Load the configuration in force; raise :class:`ConfigError` on any problem.

    ``near`` are the paths the command was given: when they all lie under one config deeper
    than the current folder's (a workspace in a subfolder: `cxkit lint cx/personas/ola.yaml` from
    the repository's top), that one is in force, as it is for `cxkit lint` run in `cx/`.
    Without ``follow_extend``, an `extend` key is passed over: the file's own settings (a copy of a
    revision's config checked alone, where the file it extends is not laid out beside it).
    """
    cwd = cwd or Path.cwd()
    if explicit is not None:
        if not explicit.exists():
            from .discovery import backslash_hint

            raise ConfigError(f"{explicit}: config file not found{backslash_hint(str(explicit))}")
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: not a file; --config takes a cxkit.toml or pyproject.toml")
        path: Path | None = explicit
    else:
        path = find_config(cwd)
        deeper = _config_of_paths(near, cwd)
        if deeper is not None and deeper != path and (path is None or deeper.parent.is_relative_to(path.parent)):
            path = deeper
    if path is None:
        return Config(root=cwd)
    try:
        data = read_capped(path, MAX_CONFIG_BYTES)
    except (NotRegular, TooLarge) as exc:
        shown = _shown_config(path)
        raise ConfigError(f"{shown}: {unreadable_said(exc)}; a config is a TOML file of at most "
                          f"{MAX_CONFIG_BYTES >> 20} MB",
                          pl=f"{shown}: {unreadable_said(exc, pl=True)}; konfiguracja to plik TOML o rozmiarze "
                             f"najwyżej {MAX_CONFIG_BYTES >> 20} MB") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ConfigError(f"{_shown_config(path)}: cannot read: {unreadable_said(exc)}",
                              pl=f"{_shown_config(path)}: nie można odczytać: {unreadable_said(exc, pl=True)}") from None
        raise ConfigError(f"{_shown_config(path)}: cannot read: {exc}") from exc
    text = _decode(data, path)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(path, text, _toml_problem(path, text, str(exc)), _extending) from exc
    except RecursionError:  # tomllib reads nested arrays and tables by recursion
        raise _toml_error(path, text, f"{_shown_config(path)}: invalid TOML: arrays or tables nested too deeply",
                          _extending) from None
    except ValueError:  # Python's limit on converting long digit strings to int (4300 digits by default)
        raise _toml_error(path, text, f"{_shown_config(path)}: invalid TOML: a number with more digits than Python reads",
                          _extending) from None
    if path.name == PYPROJECT:
        tool = raw.get("tool")
        if not (isinstance(tool, dict) and "cxkit" in tool):
            if explicit is not None:
                raise ConfigError(f"{_shown_config(path)}: no [tool.cxkit] table; put cxkit's settings there")
            tool = {"cxkit": {}}
        table = tool["cxkit"]
        prefix = "[tool.cxkit]"
    else:
        table = raw
        prefix = ""
    said_lang = table.get("lang") if isinstance(table, dict) else None
    said_extend = table.get("extend") if isinstance(table, dict) and follow_extend else None
    try:
        extend = _take_extend(table, path, prefix, text)
        config = parse_settings(table, path, prefix, text)
        _check_folders(config, path, prefix, text)
        _check_globs(table, path, prefix, text)
        if explicit is None and path.name == CONFIG_FILE:
            _warn_shadowed_pyproject(path, config.lang == "pl")
        _READ[config.label] = (path, text)
        config.source_bytes = data
        if extend is not None and follow_extend:
            base = _load_extended(extend, path, prefix, text, _extending)
            config = _merged(base, config, set(table))
            _EXTENDS[config.label] = [b.label for b in config.extended]
        if check_rules:
            check_rule_settings(config)
    except ConfigError as exc:
        # Said in the workspace's language: this file's `lang`, else that of the configs it extends, as far as
        # they can be read (a config extended is read inside this one's load: the one the run starts from says).
        # Known for an error with no twin too (`nieznany klucz` was raised in Polish already): `cxkit rule`'s
        # help under a broken config is in that language (cli._help_config).
        if not _extending and exc.lang is None:
            exc.lang = _workspace_lang(said_lang, said_extend, path)
        raise
    return config


#: The largest config read only for its language (an error's, a usage error's): a config is a few kilobytes.
_LANG_READ_MAX = 1 << 20


def lang_toml(path: Path) -> dict[str, Any] | None:
    """``path`` parsed as TOML, read only for the language of an error said about it; None for anything but a
    regular file of at most :data:`_LANG_READ_MAX` bytes that parses (an `extend` naming a named pipe, /dev/zero,
    a folder, a file that cannot be read or decoded), which the language guess must never wait on nor swallow."""
    try:
        if not path.is_file() or path.stat().st_size > _LANG_READ_MAX:
            return None
        with path.open("rb") as handle:
            data = handle.read(_LANG_READ_MAX + 1)
        if len(data) > _LANG_READ_MAX:
            return None
        return tomllib.loads(_decode(data, path))
    except (ConfigError, OSError, ValueError, RecursionError):
        return None


def _workspace_lang(said: Any, extend: Any, path: Path) -> str | None:
    """The language of the workspace whose config is ``path``, for its errors: its own `lang` (``said``), else
    the `lang` of the config its `extend` names, and so on; None where it is not known (a file extended that
    is missing or cannot be parsed, a `lang` that is no language)."""
    seen: set[str] = set()
    for _hop in range(32):
        if said is not None:
            return _lang_code(said) if isinstance(said, str) else None
        if not isinstance(extend, str) or not extend.strip():
            return None
        target = Path(os.path.normpath(path.parent / extend.strip().replace("\\", "/")))
        if str(target) in seen:
            return None
        seen.add(str(target))
        raw = lang_toml(target)
        if raw is None:
            return None
        tool = raw.get("tool") if target.name == PYPROJECT else None
        table = (tool.get("cxkit") if isinstance(tool, dict) else None) if target.name == PYPROJECT else raw
        if not isinstance(table, dict):
            return None
        said, extend, path = table.get("lang"), table.get("extend"), target
    return None


def _take_extend(table: Any, path: Path, prefix: str, text: str | None) -> str | None:
    """The `extend` key of a settings ``table``, taken out of it (the rest is the config's own settings)."""
    if not isinstance(table, dict) or "extend" not in table:
        return None
    value = table.pop("extend")
    if not isinstance(value, str) or not value.strip():
        at = _at(path, text, (*_table_keys(prefix), "extend"))
        where = f"{prefix}.extend" if prefix else "extend"
        raise ConfigError(f"{at}: bad value for '{where}': it takes the path of one config file, relative to "
                          f"{path.name}'s folder: write extend = \"../cxkit.toml\"",
                          pl=f"{at}: zła wartość `{where}`: to ma być ścieżka jednego pliku konfiguracji, względna wobec "
                             f"folderu pliku {path.name}: zapisz extend = \"../cxkit.toml\"")
    return value


def _load_extended(value: str, path: Path, prefix: str, text: str | None, chain: tuple[Path, ...]) -> Config:
    """The config that ``path`` (a config file whose `extend` says ``value``) extends, read with its own
    `extend` in turn; a missing file, a folder or a config that leads back to one on the way is an error
    located at the `extend` key."""
    at = _at(path, text, (*_table_keys(prefix), "extend"))
    where = f"{prefix}.extend" if prefix else "extend"
    written = value.strip()
    from .lint.polish import q

    bad = f"{at}: zła wartość `{where}`: {q(value)}"  # each Polish twin starts so
    if written.startswith("~") or written.startswith("$") or "${" in written:
        raise ConfigError(f"{at}: bad value for '{where}': {value!r} is written for a shell; cxkit expands neither ~ "
                          f"nor $VARIABLES: give the file relative to {path.name} (e.g. \"../cxkit.toml\")",
                          pl=f"{bad} zapisano jak dla powłoki, a cxkit nie rozwija ani ~, ani $ZMIENNYCH: podaj plik "
                             f"względem {path.name} (np. \"../cxkit.toml\")")
    target = Path(os.path.normpath(path.parent / written.replace("\\", "/")))
    if target.is_dir():
        raise ConfigError(f"{at}: bad value for '{where}': {value!r} is a folder; name its config file "
                          f"(\"{written.rstrip('/')}/cxkit.toml\")",
                          pl=f"{bad} to folder; wskaż plik konfiguracji w tym folderze (\"{written.rstrip('/')}/cxkit.toml\")")
    refused = _not_a_config_file(target)
    if refused == "missing":
        raise ConfigError(f"{at}: bad value for '{where}': {value!r}: no such file (the path is relative to the "
                          f"folder of {_shown_config(path)})",
                          pl=f"{bad}: nie ma takiego pliku (ścieżka jest względna wobec folderu pliku {_shown_config(path)})")
    if refused is not None:  # a named pipe, /dev/zero, a link loop, a data dump: never read
        english, polish = refused
        raise ConfigError(f"{at}: bad value for '{where}': {value!r} is {english}; extend takes a cxkit.toml, or "
                          f"a pyproject.toml with [tool.cxkit]",
                          pl=f"{bad}: {polish}; extend wskazuje cxkit.toml albo pyproject.toml z tabelą [tool.cxkit]")
    real = Path(os.path.realpath(target))
    walked = (*chain, Path(os.path.realpath(path)))
    if real in walked:
        circle = " -> ".join(_shown_config(p) for p in (*walked[walked.index(real):], real))
        raise ConfigError(f"{at}: bad value for '{where}': {value!r} leads back to a config that extends it "
                          f"({circle}); configs cannot extend each other in a circle",
                          pl=f"{bad} prowadzi z powrotem do konfiguracji, która go rozszerza ({circle}); konfiguracje "
                             f"nie mogą rozszerzać się nawzajem w kółko")
    if target.name == PYPROJECT and not _has_cxkit_table(target):
        raise ConfigError(f"{at}: bad value for '{where}': {value!r} has no [tool.cxkit] table, so it holds no "
                          f"cxkit settings to extend; name the cxkit.toml meant, or add [tool.cxkit] there",
                          pl=f"{bad} nie ma tabeli [tool.cxkit], więc nie ma w nim ustawień cxkit do rozszerzenia; "
                             f"wskaż właściwy cxkit.toml albo dodaj tam [tool.cxkit]")
    if target.suffix.lower() != ".toml":
        try:
            tomllib.loads(_decode(read_capped(target, MAX_CONFIG_BYTES), target))
        except (ConfigError, OSError, ValueError, RecursionError):
            raise ConfigError(f"{at}: bad value for '{where}': {value!r} is not a TOML file; extend takes a "
                              f"cxkit.toml, or a pyproject.toml with [tool.cxkit]",
                              pl=f"{bad} to nie plik TOML; extend wskazuje cxkit.toml albo pyproject.toml z tabelą "
                                 f"[tool.cxkit]") from None
    try:
        return load_config(target, check_rules=False, _extending=walked)
    except ConfigError as exc:
        if _out_of_repository(real, walked[0]):
            # Its words would quote the file (an unknown key, a line of bad TOML): a pull request's `extend` may
            # name a link to any file of the runner (credentials, /etc/…).  Said without its content.
            raise ConfigError(f"{at}: bad value for '{where}': {value!r} leads out of the repository, to {real}, which "
                              f"is not a cxkit config cxkit can use; what is wrong in it is not shown, as it could be "
                              f"any file of this machine (check it with `cxkit lint --config {real}`)",
                              pl=f"{bad} prowadzi poza repozytorium, do {real}, a to nie jest konfiguracja, której cxkit "
                                 f"może użyć; jej treści nie pokazano, bo może to być dowolny plik tego komputera "
                                 f"(sprawdź go poleceniem `cxkit lint --config {real}`)") from None
        raise used_by(exc, _shown_config(path)) from None


def _out_of_repository(real: Path, start: Path) -> bool:
    """Whether the config file ``real`` (a real path) lies outside the git work tree of the config ``start`` the
    run began from (a submodule's files are inside).  Outside no work tree: False (no repository to leave; an
    untrusted pull request always comes in one)."""
    from .gitutil import work_tree_top

    top = work_tree_top(os.path.dirname(start))
    if top is None:
        return False
    top_path = Path(os.path.realpath(top))
    return real != top_path and top_path not in real.parents


def _not_a_config_file(target: Path) -> tuple[str, str] | str | None:
    """Why the file an `extend` names cannot be a config, in English and in Polish ("missing" when there is none);
    None for a regular file of at most :data:`MAX_CONFIG_BYTES`.  Judged by its metadata, before a byte is read."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return "missing"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a link loop", "to pętla dowiązań"
        return None  # reading it says what is wrong
    if not stat.S_ISREG(info.st_mode):
        return ("not a regular file (a pipe, socket or device)",
                "to nie jest zwykły plik (to potok, gniazdo albo urządzenie)")
    if info.st_size > MAX_CONFIG_BYTES:
        cap = MAX_CONFIG_BYTES >> 20
        return f"larger than {cap} MB ({info.st_size:,} bytes)", f"plik jest większy niż {cap} MB ({info.st_size:,} B)"
    return None


def _used_by_said(label: str, pl: bool = False) -> str:
    """What an error in a config another one extends adds, naming that one (``label``)."""
    return f" (korzysta z niego {label}, który go rozszerza)" if pl else f" (used by {label}, which extends it)"


def used_by(exc: ConfigError, label: str) -> ConfigError:
    """``exc``, met in a config another one extends, saying which config extends it (``label``): a slip in an
    agency's shared file fails every client's run, and the run names the client's config it started from.
    Said once, by the config that extends the file with the slip (not again by those that extend that one)."""
    if getattr(exc, "used_by", None) is not None:
        return exc
    said = ConfigError(f"{exc}{_used_by_said(label)}", pl=f"{exc.pl}{_used_by_said(label, pl=True)}" if exc.pl is not None else None)
    said.lang = exc.lang
    said.used_by = label  # type: ignore[attr-defined]
    return said


def _merged(base: Config, own: Config, keys: set[str]) -> Config:
    """The settings of ``own`` (whose table set ``keys``) over those of ``base``, the config it extends.

    As ruff merges `extend`: a key this config sets replaces the extended one's (`select`, `exclude`,
    `per-file-ignores`, `fail-level`, `lang`, `respect-gitignore`), `ignore` and `extend-select` add to
    it unless this config sets `select` (which starts the selection over, as `--select` does), and each
    rule table merges option by option.  The folders of the workspace (`paths`, `persona-dir`,
    `journey-dir`) are this config's own.  The extended config's patterns are matched from its own folder.
    """
    import dataclasses

    out = dataclasses.replace(own)
    if "select" not in keys:
        out.select = list(base.select)
        out.ignore = [*base.ignore, *(i for i in own.ignore if i not in base.ignore)]
        out.extend_select = [*base.extend_select, *(e for e in own.extend_select if e not in base.extend_select)]
    origins: dict[tuple[str, str], tuple[str, str, str]] = {}

    def moved(patterns: Iterable[str], kind: str) -> list[str]:
        """The extended config's ``patterns`` rebased to this folder, each noted with where it was written."""
        out_patterns: list[str] = []
        for pattern in patterns:
            for there in _rebased([pattern], base.root, own.root):
                if (kind, pattern) in base.origins:
                    origins.setdefault((kind, there), base.origins[(kind, pattern)])
                if there not in out_patterns:
                    out_patterns.append(there)
        return out_patterns

    def moved_rules(table: dict[str, list[str]]) -> dict[str, list[str]]:
        return _joined_rules({there: rules for pattern, rules in table.items()
                              for there in moved([pattern], "per-file-ignores")})

    # `exclude` replaces the extended one's; what `extend-exclude` adds (here or in a config extended) is kept.
    out.exclude_only = list(own.exclude_only) if "exclude" in keys else moved(base.exclude_only, "exclude")
    out.exclude_added = list(dict.fromkeys([*moved(base.exclude_added, "exclude"), *own.exclude_added]))
    out.exclude = [*out.exclude_only, *(p for p in out.exclude_added if p not in out.exclude_only)]
    out.per_file_ignores_only = (dict(own.per_file_ignores_only) if "per-file-ignores" in keys
                                 else moved_rules(base.per_file_ignores_only))
    out.per_file_ignores_added = _joined_rules(moved_rules(base.per_file_ignores_added), own.per_file_ignores_added)
    out.per_file_ignores = _joined_rules(out.per_file_ignores_only, out.per_file_ignores_added)
    for key, origin in own.origins.items():
        if key[0] == "exclude" and (key[1] in own.exclude_added or "exclude" in keys) or (
                key[0] == "per-file-ignores" and (key[1] in own.per_file_ignores_added or "per-file-ignores" in keys)):
            origins.setdefault(key, origin)
    out.origins = {key: origin for key, origin in origins.items()
                   if key[1] in (out.exclude if key[0] == "exclude" else out.per_file_ignores)}
    for key, name in (("fail-level", "fail_level"), ("lang", "lang"), ("respect-gitignore", "respect_gitignore"),
                      ("baseline", "baseline"), ("baseline", "baseline_at"), ("baseline", "baseline_named_in")):
        if key not in keys:
            setattr(out, name, getattr(base, name))
    # Label by label, as rule tables merge option by option: a team's `[labels.pl]` over its company's.
    out.labels = {lang: {**base.labels.get(lang, {}), **own.labels.get(lang, {})}
                  for lang in dict.fromkeys([*base.labels, *own.labels])}
    try:
        out.rules = _merged_rules(base.rules, own.rules)
    except ConfigError:
        raise
    except Exception as exc:  # a rule plugin that cannot be used (PluginError): said in the workspace's language
        if getattr(exc, "pl", None) is not None:
            exc.lang = out.lang  # type: ignore[attr-defined]
        raise
    out.csv_separator = own.csv_separator if own.csv_separator is not None else base.csv_separator
    if own.templates is None:  # `[new] templates` of the config extended: its folder, as that config names it
        out.templates, out.templates_at = base.templates, base.templates_at
    out.extended = [base, *base.extended]
    return out


def _joined_rules(*tables: dict[str, list[str]]) -> dict[str, list[str]]:
    """`per-file-ignores` tables joined: a pattern in more than one skips the rules of each."""
    out: dict[str, list[str]] = {}
    for table in tables:
        for pattern, rules in table.items():
            have = out.setdefault(pattern, [])
            have.extend(r for r in rules if r not in have)
    return out


def _merged_rules(base: dict[str, dict[str, Any]], own: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The rule tables of an extended config (``base``) and of the one extending it, option by option; a rule
    keyed by its name in one and its code in the other is one rule, keyed as this config keys it."""
    if not base or not own:
        return {**{k: dict(v) for k, v in base.items()}, **{k: dict(v) for k, v in own.items()}}
    from .lint.rule import all_rules

    known = all_rules()
    by_code = {cls.code: name for name, cls in known.items()}

    def rule_of(key: str) -> str:
        bare = key.strip()
        return bare if bare in known else bare.lower() if bare.lower() in known else by_code.get(bare.upper(), key)

    own_key = {rule_of(k): k for k in own}
    out: dict[str, dict[str, Any]] = {}
    for key, table in base.items():
        mine = own_key.get(rule_of(key))
        if mine is None:
            out[key] = dict(table) if isinstance(table, dict) else table
        elif isinstance(table, dict) and isinstance(own[mine], dict):
            from .lint.added import merged_options

            out[mine] = merged_options(table, own[mine])  # `add-extend` adds to the `extend` above
    for key, table in own.items():
        out.setdefault(key, dict(table) if isinstance(table, dict) else table)
    return out


def _rebased(patterns: Sequence[str], base_root: Path, root: Path) -> list[str]:
    """The `exclude` (or `per-file-ignores`) ``patterns`` of a config in ``base_root``, written to match
    from ``root`` (the folder of a config that extends it) the files in ``root`` they match from
    ``base_root``: `legacy/*.yaml` of `klient/` is `/*.yaml` in `klient/personas/legacy/`, and
    `archiwum/stare` stays a pattern at any depth.  A pattern that can match nothing there is dropped."""
    rel = os.path.relpath(root, base_root).replace(os.sep, "/")
    if rel == ".":
        return list(patterns)
    segments = rel.split("/")
    out: list[str] = []
    for pattern in patterns:
        for moved in _pattern_below(pattern, segments):
            if moved not in out:
                out.append(moved)
    return out


def _pattern_below(pattern: str, segments: list[str]) -> list[str]:
    """What ``pattern`` becomes below the folders ``segments`` (see :func:`_rebased`): the patterns that
    match a path ``p`` when ``pattern`` matches ``segments/p``, one folder name at a time."""
    from .globs import _name_regex, fold, normal_parts

    pat = pattern.strip().replace("\\", "/")
    parts = normal_parts([p for p in pat.split("/") if p not in ("", ".")])
    if not pat.startswith(("/", "./")):
        parts = ["**", *parts]
    states = [parts]
    for segment in segments:
        after: list[list[str]] = []
        for state in states:
            for nxt in _past(state, segment, _name_regex, fold):
                if nxt not in after:
                    after.append(nxt)
        states = after
    out: list[str] = []
    for state in states:
        names = [n for k, n in enumerate(state) if not (n == "**" and k and state[k - 1] == "**")]
        moved = (pattern if names == parts and names[0] == "**" and not pat.startswith("**")
                 else "**" if names == ["**"] else "/".join(names) if names[0] == "**" else "/" + "/".join(names))
        if moved not in out:
            out.append(moved)
    return out


def _past(parts: list[str], segment: str, name_regex: Any, fold: Any) -> list[list[str]]:
    """The rest of a pattern (its names ``parts``) once the folder ``segment`` is matched; ``["**"]`` for
    everything below (the pattern matched a folder above), none when it cannot match."""
    if not parts or parts == ["**"]:
        return [["**"]]
    head = parts[0]
    if head == "**":
        return [parts, *_past(parts[1:], segment, name_regex, fold)]
    if re.fullmatch(name_regex(fold(head)), fold(segment)):
        return [parts[1:] or ["**"]]
    return []


def _check_folders(config: Config, path: Path, prefix: str, text: str | None = None) -> None:
    """A folder named with a NUL character (TOML's "\\u0000") is no folder: every file-system call refuses it.

    Nor is a folder written for a shell (`~/personas`, `$HOME/mapy`): cxkit expands neither, and
    `cxkit new` would make a folder named `~` in the workspace, which `rm -rf ~` then takes for home.
    Nor a Windows drive path (`C:\\klient\\personas`), which names no folder on Linux CI.
    A backslash is read as `/`.
    """
    from .globs import drive_path_hint, escape_slip_hint
    from .lint.polish import q

    for key, values in (("persona-dir", [config.persona_dir]), ("journey-dir", [config.journey_dir]),
                        ("paths", config.paths)):
        where = f"{prefix}.{key}" if prefix else key
        at = _at(path, text, (*_table_keys(prefix), key))
        if any("\0" in v for v in values):
            raise ConfigError(f"{at}: bad value for '{where}': a path cannot hold a NUL character (\\u0000)",
                              pl=f"{at}: zła wartość `{where}`: ścieżka nie może zawierać znaku NUL (\\u0000)")
        for value in values:
            if value.startswith("~") or value.startswith("$") or "${" in value:
                raise ConfigError(
                    f"{at}: bad value for '{where}': {value!r} is written for a shell; cxkit expands neither ~ "
                    f"nor $VARIABLES: give the folder relative to {path.name} (e.g. \"personas\" or \"../shared/personas\"; "
                    f"a folder really named so is \"./{value}\")",
                    pl=f"{at}: zła wartość `{where}`: {q(value)} zapisano jak dla powłoki, a cxkit nie rozwija ani ~, "
                       f"ani $ZMIENNYCH: podaj folder względem {path.name} (np. \"personas\" albo \"../shared/personas\"; "
                       f"folder, który naprawdę tak się nazywa, to \"./{value}\")",
                )
            drive = drive_path_hint(value) or escape_slip_hint(value)
            if drive is not None:
                drive_pl = drive_path_hint(value, pl=True) or escape_slip_hint(value, pl=True)
                raise ConfigError(f"{at}: bad value for '{where}': {value!r}: {drive}",
                                  pl=f"{at}: zła wartość `{where}`: {q(value)}: {drive_pl}")
    # A folder written on Windows (`piwo-jasne\personas`): `\` separates folders, as in `exclude`,
    # so that `cxkit new` makes no folder named with a backslash and `paths` names the folder meant.
    config.persona_dir = config.persona_dir.replace("\\", "/")
    config.journey_dir = config.journey_dir.replace("\\", "/")
    config.paths = [p.replace("\\", "/") for p in config.paths]


def glob_problem(pattern: str, pl: bool = False) -> str | None:
    """What is wrong with a glob of `exclude` or `per-file-ignores`, or None; ``pl``: said in Polish.

    The matcher takes a `[` that no `]` closes for a `[` of the name, and a backwards range
    (`[z-a]`) for no character, so either pattern matches nothing it was written for, silently;
    nor does it read a leading `!` as `.gitignore` does (a negation: it has none, and a folder scan
    never enters a folder `exclude` leaves out), nor a `..` after `**` (which folder it climbs out
    of is not fixed).
    """
    from .globs import drive_path_hint, escape_slip_hint, normal_parts

    drive = drive_path_hint(pattern, pl=pl) or escape_slip_hint(pattern, pl=pl)
    if drive is not None:
        return drive
    if pattern.strip().startswith("!") and pl:
        return ("„!” na początku nie jest w cxkit zaprzeczeniem (jak w .gitignore): wzorzec wskazałby plik, którego "
                "nazwa zaczyna się od „!”, więc nie pasuje do niczego, dla czego go zapisano; zawęź raczej inne wzorce "
                "(\"drafts/*-old.yaml\" zamiast \"drafts\" i \"!drafts/ola.yaml\") albo zapisz \"**/!nazwa\" dla nazwy, "
                "która naprawdę zaczyna się od „!”")
    if pattern.strip().startswith("!"):
        return ("a leading '!' is no negation in cxkit (as it is in .gitignore): the pattern would name a file whose "
                "name starts with '!', and so matches nothing it was written for; narrow the other patterns "
                "instead (\"drafts/*-old.yaml\" rather than \"drafts\" and \"!drafts/ola.yaml\"), or write "
                "\"**/!name\" for a name that really starts with '!'")
    parts = normal_parts([p for p in pattern.strip().replace("\\", "/").split("/") if p not in ("", ".")])
    if (any(part == ".." for part in parts[parts.index("**"):]) if "**" in parts else False) and pl:
        return ("„..” po „**” wychodzi z folderu, którego wzorzec nie ustala, więc nie pasuje do niczego, dla czego go "
                "zapisano; zapisz folder, o który chodzi (\"../shared/drafts\", \"drafts\")")
    if any(part == ".." for part in parts[parts.index("**"):]) if "**" in parts else False:
        return ("a '..' after '**' climbs out of a folder the pattern does not fix, so it matches nothing it was "
                "written for; write the folder meant (\"../shared/drafts\", \"drafts\")")
    i, n = 0, len(pattern)
    while i < n:
        if pattern[i] != "[":
            i += 1
            continue
        j = i + 1
        if j < n and pattern[j] == "!":
            j += 1
        if j < n and pattern[j] == "]":  # `[]a]`: a `]` first is one of the set
            j += 1
        while j < n and pattern[j] != "]":
            j += 1
        if j >= n and pl:
            return (f"„[” na pozycji {i + 1} nie jest nigdzie zamknięty przez „]”, więc wzorzec nie pasuje do niczego, "
                    "dla czego go zapisano; zamknij zbiór (\"[a-z]\") albo zapisz \"[[]\" dla „[” w nazwie")
        if j >= n:
            return (f"the '[' at character {i + 1} is never closed by a ']', so the pattern matches nothing it "
                    "was written for; close the set (\"[a-z]\"), or write \"[[]\" for a '[' in a name")
        body = pattern[i + 1:j].removeprefix("!")
        k = 0
        while k + 2 < len(body):
            if body[k + 1] == "-" and body[k] > body[k + 2]:
                low, high = body[k + 2], body[k]
                if pl:
                    return (f"zakres „{body[k:k + 3]}” biegnie wstecz, więc nie obejmuje żadnego znaku; "
                            f"zapisz „{low}-{high}”")
                return (f"the range '{body[k:k + 3]}' runs backwards, so it matches no character; "
                        f"write '{low}-{high}'")
            k += 3 if body[k + 1] == "-" else 1
        i = j + 1
    return None


def _check_globs(table: Any, path: Path, prefix: str, text: str | None) -> None:
    """A pattern of `exclude` or `per-file-ignores` that can match nothing it means is a bad value."""
    keys = _table_keys(prefix)
    for key in ("exclude", "per-file-ignores", "extend-exclude", "extend-per-file-ignores"):
        value = table.get(key) if isinstance(table, dict) else None
        patterns = value if isinstance(value, list) else list(value) if isinstance(value, dict) else []
        for index, pattern in enumerate(patterns):
            told = glob_problem(pattern) if isinstance(pattern, str) else None
            if told is None:
                continue
            from .lint.polish import q

            where = f"{prefix}.{key}" if prefix else key
            at = _at(path, text, (*keys, key, pattern) if isinstance(value, dict) else (*keys, key, index))
            raise ConfigError(f"{at}: bad value for '{where}': {pattern!r}: {told}",
                              pl=f"{at}: zła wartość `{where}`: {q(pattern)}: {glob_problem(pattern, pl=True)}")


#: The configs warned about a [tool.cxkit] beside them, once per run.
_SHADOW_WARNED: set[Path] = set()


def _warn_shadowed_pyproject(path: Path, pl: bool = False) -> None:
    """Say on stderr that a [tool.cxkit] table in the pyproject.toml beside ``path`` (a cxkit.toml)
    is not read: cxkit.toml is preferred, and nothing is merged, so its settings and typos do nothing.
    ``pl``: in Polish (the cxkit.toml in force says `lang = "pl"`)."""
    pyproject = path.with_name(PYPROJECT)
    if path in _SHADOW_WARNED:
        return
    try:
        data = read_capped(pyproject, MAX_CONFIG_BYTES)  # a pipe or /dev/zero beside it is no pyproject.toml
        if b"cxkit" not in data:
            return
        text = _decode(data, pyproject)
        tool = tomllib.loads(text).get("tool")
    except (OSError, ConfigError, ValueError, RecursionError):
        return  # no pyproject.toml, or one cxkit does not read anyway
    if not (isinstance(tool, dict) and "cxkit" in tool):
        return
    _SHADOW_WARNED.add(path)
    import sys

    config = _shown_config(path)
    if pl:
        sys.stderr.write(f"cxkit: ostrzeżenie: {_at(pyproject, text, ('tool', 'cxkit'))}: tabela [tool.cxkit] nie jest "
                         f"czytana, bo obowiązuje {config} obok; przenieś jej ustawienia do {config} i usuń tę tabelę\n")
        return
    sys.stderr.write(f"cxkit: warning: {_at(pyproject, text, ('tool', 'cxkit'))}: [tool.cxkit] is not read, because "
                     f"{config} beside it is the config in force; move its settings into {config} "
                     f"and delete the table\n")


def default_targets(config: Config, given: bool = False) -> list[str]:
    """What a command checks when no path is named: the configured `paths` (relative to the current
    folder), else the current folder.  With ``given`` (the config was named with `--config`), a workspace's
    own config (a `cxkit.toml`, or a `pyproject.toml`) without `paths` checks its folder when the current
    folder lies outside it: `cxkit lint --config klient/cxkit.toml` from a repository's top checks klient/,
    not every other client under klient's rules.  A settings file of another name (`ci/strict.toml`) marks
    no workspace: it checks the current folder.

    A configured path that does not exist is a warning on stderr, named with its key, and the run goes
    on with the others.  Git keeps no empty folder, so `journeys/` emptied here is missing in a fresh
    clone: an error there would fail CI on what passes here.  When none of them exists, though, the
    run would check nothing and pass: that is a configuration error (a typo in `paths`), exit 2.  A
    path named on the command line that does not exist stays a usage error (see discovery).
    """
    if not config.paths:
        if given and config.source is not None and config.source.name in (CONFIG_FILE, PYPROJECT) and not _within(os.path.realpath(os.getcwd()), os.path.realpath(config.root)):
            return [os.path.dirname(config.source) or "."]
        return ["."]
    from .visible import visible_name

    if config.source is None:
        where = "the config"
    else:
        try:
            where = os.path.relpath(config.source)
        except ValueError:  # pragma: no cover - another drive (Windows)
            where = str(config.source)
    out = []
    missing = []
    for p in config.paths:
        full = config.root / p
        if not full.exists() and not full.is_symlink():
            missing.append(p)
            continue
        out.append(os.path.relpath(full))
    pl = config.lang == "pl"
    patterns = [hint for p in missing if (hint := _pattern_hint(config, p, pl))]
    if missing and not out:
        names = ", ".join(f"'{visible_name(p)}'" for p in missing)
        at = config.label
        if config.source is not None and config.source_bytes is not None:
            try:
                text = _decode(config.source_bytes, config.source)
            except ConfigError:
                text = None
            at = _at(config.source, text, (*_table_keys("tool" if config.source.name == PYPROJECT else ""), "paths"))
        if pl:
            why = "; ".join(patterns) if patterns else (
                f"ścieżki w `paths` są względne wobec folderu pliku {visible_name(os.path.basename(where))}")
            raise ConfigError(f"{at}: `paths` wskazuje {names}, a żadna z tych ścieżek nie istnieje, więc nie ma czego "
                              f"sprawdzać ({why})")
        why = "; ".join(patterns) if patterns else (
            f"paths are relative to the folder of {visible_name(os.path.basename(where))}")
        raise ConfigError(f"{at}: 'paths' names {names}, and none of them exists, so there is nothing to check ({why})")
    import sys

    for p in missing:
        hint = _pattern_hint(config, p, pl)
        if pl:
            sys.stderr.write(f"cxkit: ostrzeżenie: `paths` w {visible_name(where)} wskazuje '{visible_name(p)}', a takiej "
                             f"ścieżki nie ma; niczego tam nie sprawdzono{f' ({hint})' if hint else ''}\n")
            continue
        sys.stderr.write(f"cxkit: warning: 'paths' in {visible_name(where)} names '{visible_name(p)}', "
                         f"which does not exist; nothing there was checked{f' ({hint})' if hint else ''}\n")
    return out


def _pattern_hint(config: Config, path: str, pl: bool = False) -> str | None:
    """For a glob written in `paths` (`personas/**/*.yaml`), that `paths` takes no patterns, and the folder to write
    (``pl``: in Polish)."""
    from .visible import visible_name

    parts = path.replace("\\", "/").split("/")
    first = next((i for i, part in enumerate(parts) if any(c in part for c in "*?[")), None)
    if first is None:
        return None
    folder = "/".join(p for p in parts[:first] if p not in ("", ".")) or "."
    told = "`paths` takes files or folders, not patterns, and checks every *.yaml and *.yml file in a folder at any depth"
    if pl:
        told = ("`paths` przyjmuje pliki lub foldery, a nie wzorce, i sprawdza każdy plik *.yaml i *.yml w folderze, "
                "na każdej głębokości")
    # Only a pattern of files in one folder (`personas/*.yaml`, `personas/**/*.yaml`) is that folder;
    # `team-*/personas` is no one folder.
    files_only = all(part == "**" for part in parts[first:-1])
    if not files_only or not (config.root / folder).is_dir():
        return f"{told}: wymień każdy folder" if pl else f"{told}: name each folder"
    if pl:
        return f"{told}: wpisz '{visible_name(folder)}' zamiast '{visible_name(path)}'"
    return f"{told}: write '{visible_name(folder)}' instead of '{visible_name(path)}'"


def check_rule_settings(config: Config, lang: str | None = "") -> None:
    """Rule names and options are checked for every command, not only by lint.

    A typo in `[rules.pseudo-profiling]` must fail `cxkit render` or `cxkit fmt`
    as loudly as `cxkit lint`; building the rule set once is what checks them.
    The error is said in the workspace's language (``lang``; by default ``config``'s, which is its
    own `lang` or that of a config it extends), with its twin in the other.
    """
    lang = config.lang if lang == "" else lang
    if config.extended:
        try:
            check_rule_settings(config.extended[0], lang)  # an extended config's slip, located in its own file
        except ConfigError as exc:
            raise used_by(exc, config.label) from None
    if not (config.rules or config.select or config.ignore or config.extend_select or config.per_file_ignores):
        return
    from .lint.engine import build_ruleset

    try:
        build_ruleset(config)
    except ConfigError as exc:
        message = located(str(exc))
        said = ConfigError(message, pl=_located_twin(message, str(exc), exc.pl) if exc.pl is not None else None)
        said.lang = lang
        raise said from None


def located_said(exc: ConfigError, pl: bool) -> str:
    """``exc``'s message located as :func:`located` locates it, in Polish when ``pl`` and it has a Polish twin."""
    message = located(str(exc))
    if not pl or exc.pl is None:
        return message
    return _located_twin(message, str(exc), exc.pl) or message


def _located_twin(message: str, english: str, pl: str) -> str | None:
    """The Polish twin ``pl`` of a rule-settings error ``english``, located as :func:`located` made ``message``
    of it (the same file, line and column; the advice on a top-level key written in a rule's table in Polish)."""
    label, _sep, rest = english.partition(": ")
    place, _sep, told = message.partition(": ")
    pl_label, _sep, pl_rest = pl.partition(": ")
    if pl_label != label or not told.startswith(rest):
        return None
    added = told[len(rest):]
    used = _used_by_said(label) if added.endswith(_used_by_said(label)) else ""  # located in a config extended
    if used:
        added = added[: -len(used)]
    if added:
        m = _RULE_WHO.match(rest)
        option = m.group(3) if m else None
        source = _READ[label][0] if label in _READ else None
        slip = _top_level_slip(option, "tool.cxkit" if source is not None and source.name == PYPROJECT else "", pl=True)
        if slip is None:
            return None
        pl_rest += f"; {slip}"
    return f"{place}: {pl_rest}{_used_by_said(label, pl=True) if used else ''}"


_RULE_TABLE = re.compile(r"\[(?:tool\.cxkit\.)?rules\.([^\]]+)\]")
_RULE_WHO = re.compile(r"rule '([^']+)'(?: \(\[(?:tool\.cxkit\.)?rules\.([^\]]+)\]\))?(?:(?:, option| has no option) '([^']+)'|: (severity|enabled) )")
_SELECTOR_KEY = re.compile(r"(select|extend-select|ignore|extend-per-file-ignores|per-file-ignores)(?:\.'((?:[^'\\]|\\.)*)'|\.\"((?:[^\"\\]|\\.)*)\")?: ")


#: The text of each config file read in this run, by the name messages give it: what :func:`located` looks in.
_READ: dict[str, tuple[Path, str]] = {}
#: The configs each config read in this run extends (by the names messages give them), nearest first.
_EXTENDS: dict[str, list[str]] = {}


def located(message: str) -> str:
    """A rule-settings error (raised as `<config>: ...` when the rule set is built) with `:line:col` of its key.

    The key is read back from the message's own words (`[rules.KEY]`, `rule 'NAME', option 'OPT'`,
    `select:`), in the text of the config file as this run read it; an unknown rule in a selector
    list (`ignore`, `per-file-ignores`…) is located at the item naming it. A message of another
    shape, or a key written in more than one place, keeps no position.
    """
    label, sep, rest = message.partition(": ")
    found = _READ.get(label) if sep else None
    if found is None:
        return message
    source, text = found
    table_keys = _table_keys("tool" if source.name == PYPROJECT else "")
    keys: tuple[Any, ...] | None = None
    m = _RULE_WHO.match(rest)
    if m:
        name, table, option, field = m.groups()
        keys = ("rules", table or name, option or field)
        if option is not None and " has no option " in m.group(0):
            slip = _top_level_slip(option, "tool.cxkit" if source.name == PYPROJECT else "")
            rest = f"{rest}; {slip}" if slip is not None else rest
            message = f"{label}: {rest}"
    elif (m := _RULE_TABLE.match(rest)) is not None:
        keys = ("rules", m.group(1))
    elif (m := _SELECTOR_KEY.match(rest)) is not None:
        pattern = m.group(2) if m.group(2) is not None else m.group(3)
        if pattern is None:
            keys = (m.group(1),)
        else:
            import ast

            try:
                keys = (m.group(1), ast.literal_eval(repr(pattern)[0] + pattern + repr(pattern)[0]))
            except (ValueError, SyntaxError):
                keys = (m.group(1),)
        # An unknown rule is located at the item that names it, not at its list's key.
        item = _unknown_selector(text, (*table_keys, *keys), rest[m.end():])
        keys = keys if item is None else (*keys, item)
    if keys is None:
        return message
    for other in _EXTENDS.get(label, []) if not _written(text, (*table_keys, *keys)) else []:
        # Not written here: a setting of a config this one extends, located in that file.
        there, there_text = _READ[other]
        there_keys = (*_table_keys("tool" if there.name == PYPROJECT else ""), *keys)
        if _written(there_text, there_keys) and (spot := key_position(there_text, there_keys)):
            return f"{other}:{spot[0]}:{spot[1]}: {rest}{_used_by_said(label)}"
    spot = key_position(text, (*table_keys, *keys))
    return f"{label}:{spot[0]}:{spot[1]}: {rest}" if spot else message


def _written(text: str, path: Sequence[Any]) -> bool:
    """Whether the key ``path`` itself (not only a table above it) is written in the TOML ``text``."""
    try:
        found = _Scan(text).run()
    except (ValueError, IndexError, tomllib.TOMLDecodeError, RecursionError):
        return False
    return tuple(f"\0{p}" if isinstance(p, int) else str(p) for p in path) in found


def _unknown_selector(text: str, keys: Sequence[str], told: str) -> int | None:
    """Which item of the selector list at ``keys`` in the config ``text`` is the unknown rule ``told``
    names ("unknown rule 'CX999'; did you mean …"): the first that names no rule and is the one told."""
    from .lint.engine import resolve_selector
    from .lint.rule import all_rules

    try:
        value: Any = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    if not isinstance(value, list):
        return None
    known = all_rules()
    for i, selector in enumerate(value):
        if isinstance(selector, str) and told.startswith(f"unknown rule '{selector}'"):
            try:
                resolve_selector(selector, known)
            except ConfigError:
                return i
    return None


def parse_settings(table: Any, path: Path, prefix: str = "", text: str | None = None) -> Config:
    """The settings of ``table`` (the file, or its ``prefix`` table), checked; ``text`` locates a bad key."""
    if not isinstance(table, dict):
        raise ConfigError(f"{_at(path, text, _table_keys(prefix))}: {prefix or 'the file'} must be a table",
                          pl=f"{_at(path, text, _table_keys(prefix))}: {prefix or 'plik'} musi być tabelą")
    if table.get("select") == []:
        # An empty list read as "not given" ran every rule: the opposite of what it says.
        where = f"{prefix}.select" if prefix else "select"
        raise ConfigError(f"{_at(path, text, (*_table_keys(prefix), 'select'))}: '{where}' is empty, which would select no rule; leave it out to run every rule, "
                          "or name rules (e.g. select = [\"CX1\", \"schema\"])",
                          pl=f"{_at(path, text, (*_table_keys(prefix), 'select'))}: `{where}` jest pusty, więc nie wybrałby "
                             "żadnej reguły; pomiń go, by uruchomić wszystkie reguły, albo wymień reguły (np. select = "
                             "[\"CX1\", \"schema\"])")
    labels = _labels_table(table["labels"], path, prefix, text) if "labels" in table else {}
    # `[render]`: render's own settings, checked here and kept out of the lint settings below.
    # Render's errors speak the language the same table sets (`lang = "pl"`); one a config it extends sets is not
    # known yet, nor is the language of a config that cannot be read: English then.
    pl = _says_polish(table)
    if "csv-separator" in table:  # a key of [render] written at the top, where lint's settings are
        render = f"[{prefix}.render]" if prefix else "[render]"
        if pl:
            raise ConfigError(f"{_at(path, text, (*_table_keys(prefix), 'csv-separator'))}: nieznany klucz "
                              f"`{prefix + '.' if prefix else ''}csv-separator`; to ustawienie polecenia render: zapisz "
                              f"go w {render}, np. {render} z csv-separator = ';'")
        raise ConfigError(f"{_at(path, text, (*_table_keys(prefix), 'csv-separator'))}: unknown key "
                          f"'{prefix + '.' if prefix else ''}csv-separator'; it is a setting of render: write it under "
                          f"{render}, as in {render} with csv-separator = ';'")
    separator = _render_table(table["render"], path, prefix, text, pl) if "render" in table else None
    templates = _new_table(table["new"], path, prefix, text, pl) if "new" in table else None
    table = {key: value for key, value in table.items() if key not in ("render", "new")}
    config = _parsed_settings(table, path, prefix, text, labels)
    config.csv_separator = separator
    if templates is not None:
        from .scaffold.team import relative_to

        config.templates = relative_to(path, templates)
        config.templates_at = _at(path, text, (*_table_keys(prefix), "new", "templates"))
    return config


def _new_table(raw: Any, path: Path, prefix: str, text: str | None, pl: bool = False) -> str | None:
    """The `[new]` table of a config (`cxkit new`'s settings), checked: its `templates` folder as written (None
    when it sets none); ``pl``: its errors in Polish."""
    import difflib

    keys = (*_table_keys(prefix), "new")
    where = f"{prefix}.new" if prefix else "new"
    if not isinstance(raw, dict):
        raise ConfigError(f"{_at(path, text, keys)}: bad value for '{where}': it takes a table, e.g. [new] with "
                          'templates = "templates"',
                          pl=f"{_at(path, text, keys)}: zła wartość `{where}`: to ma być tabela, np. [new] z "
                             'templates = "szablony"')
    for key in raw:
        if key != "templates":
            guess = difflib.get_close_matches(str(key).lower(), ["templates"], n=1, cutoff=0.5)
            hint = "did you mean 'templates'?" if guess else "[new] takes templates"
            hint_pl = "czy chodziło o `templates`?" if guess else "[new] przyjmuje templates"
            raise ConfigError(f"{_at(path, text, (*keys, key))}: unknown key '{where}.{key}'; {hint}",
                              pl=f"{_at(path, text, (*keys, key))}: nieznany klucz `{where}.{key}`; {hint_pl}")
    value = raw.get("templates")
    if value is None:
        return None
    at = _at(path, text, (*keys, "templates"))
    if not isinstance(value, str) or not value.strip() or "\0" in value:
        raise ConfigError(f"{at}: bad value for '{where}.templates': it takes a folder in quotes, relative to "
                          f"{path.name}'s folder, not {_toml_shown(value) if not isinstance(value, str) else repr(value)}: "
                          'write e.g. templates = "templates"',
                          pl=f"{at}: zła wartość `{where}.templates`: to ma być folder w cudzysłowie, względny wobec "
                             f"folderu pliku {path.name}, a nie {_toml_shown(value, pl=True) if not isinstance(value, str) else repr(value)}: "
                             'zapisz np. templates = "szablony"')
    if value.startswith(("~", "$")) or "${" in value:
        raise ConfigError(f"{at}: bad value for '{where}.templates': {value!r} is written for a shell; cxkit expands "
                          f"neither ~ nor $VARIABLES: give the folder relative to {path.name} (e.g. \"templates\")",
                          pl=f"{at}: zła wartość `{where}.templates`: {value!r} zapisano jak dla powłoki, a cxkit nie "
                             f"rozwija ani ~, ani $ZMIENNYCH: podaj folder względem {path.name} (np. \"szablony\")")
    return value.strip()


def _parsed_settings(table: dict[str, Any], path: Path, prefix: str, text: str | None,
                     labels: dict[str, dict[str, str]]) -> Config:
    """The settings of ``table`` but `[render]` (see :func:`parse_settings`)."""
    plain = _plain_settings(table)
    if plain is not None:
        written = {name: plain.pop(name, None) for name in ("exclude", "extend_exclude", "per_file_ignores", "extend_per_file_ignores")}
        baseline = plain.pop("baseline", None)
        plain["labels"] = labels
        config = _with_patterns(Config(root=path.parent.resolve(), source=path, **plain), path, prefix, text, **written)
        return _with_baseline(config, baseline, path, prefix, text)
    from pydantic import ValidationError

    from .settings_model import Settings as _Settings  # pydantic only when there is a config file to check

    try:
        settings = _Settings.model_validate(table)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        loc = tuple(err["loc"])
        key = ".".join(str(p) for p in loc)
        where = f"{prefix}.{key}" if prefix else key
        at = _at(path, text, (*_table_keys(prefix), *loc))
        # In Polish when the table itself says `lang = "pl"` (as [render]'s errors); a hint of a form not said in
        # Polish leaves the whole message English.
        pl = _says_polish(table)
        if err["type"] == "extra_forbidden":
            import difflib

            if not prefix and loc == ("tool",) and isinstance(table.get("tool"), dict) and "cxkit" in table["tool"]:
                raise ConfigError(f"{at}: [tool.cxkit] is the table for pyproject.toml; in {path.name}, write the keys "
                                  "at the top level, without a table header (paths = [...], not [tool.cxkit] above it)",
                                  pl=f"{at}: [tool.cxkit] to tabela dla pyproject.toml; w {path.name} zapisz klucze na "
                                     "najwyższym poziomie, bez nagłówka tabeli (paths = [...], bez [tool.cxkit] nad nimi)") from exc
            names = [f.alias or n for n, f in _Settings.model_fields.items()] + ["extend", "render", "new"]  # read before the schema
            said = str(err["loc"][-1])
            guess = [_POLISH_KEYS[said.lower()]] if said.lower() in _POLISH_KEYS else difflib.get_close_matches(said, names, n=1)
            hint = f"; did you mean '{guess[0]}'?" if guess else f"; known keys: {', '.join(sorted(names))}"
            hint_pl = f"; czy chodziło o `{guess[0]}`?" if guess else f"; znane klucze: {', '.join(sorted(names))}"
            if len(loc) > 1 and (slip := _top_level_slip(said, prefix)) is not None:
                hint, hint_pl = f"; {slip}", f"; {_top_level_slip(said, prefix, pl=True)}"
            elif pl:
                raise ConfigError(f"{at}: nieznany klucz `{where}`{hint_pl}") from exc
            raise ConfigError(f"{at}: unknown key '{where}'{hint}", pl=f"{at}: nieznany klucz `{where}`{hint_pl}") from exc
        name = str(loc[0]) if loc else ""
        told_pl = _bad_value_pl(name, table, bool(prefix)) if name else None
        said_pl = f"{at}: zła wartość `{f'{prefix}.{name}' if prefix else name}`: {told_pl}" if told_pl is not None else None
        if said_pl is not None and pl:
            raise ConfigError(said_pl) from exc
        told = _bad_value(name, table, bool(prefix)) if name else None
        if told is None:
            raise ConfigError(f"{at}: bad value for '{where}': {err['msg']}") from exc
        raise ConfigError(f"{at}: bad value for '{f'{prefix}.{name}' if prefix else name}': {told}", pl=said_pl) from exc
    config = Config(
        root=path.parent.resolve(),
        source=path,
        paths=settings.paths,
        select=settings.select,
        ignore=settings.ignore,
        extend_select=settings.extend_select,
        fail_level=settings.fail_level,
        lang=settings.lang,
        rules=settings.rules,
        persona_dir=settings.persona_dir,
        journey_dir=settings.journey_dir,
        respect_gitignore=settings.respect_gitignore,
        labels=labels,
    )
    config = _with_patterns(config, path, prefix, text, exclude=settings.exclude, extend_exclude=settings.extend_exclude,
                            per_file_ignores=settings.per_file_ignores,
                            extend_per_file_ignores=settings.extend_per_file_ignores)
    return _with_baseline(config, settings.baseline if "baseline" in table else None, path, prefix, text)


def _labels_table(raw: Any, path: Path, prefix: str, text: str | None) -> dict[str, dict[str, str]]:
    """The `[labels.<lang>]` tables of a config, checked: a language render writes, each key a field
    render heads (`purchase_triggers`), each value a label of one line; any slip is located at its key."""
    import difflib

    from .render.labels import _ALL, configurable

    keys = (*_table_keys(prefix), "labels")
    where = f"{prefix}.labels" if prefix else "labels"
    example = '[labels.pl] with purchase_triggers = "Skorzystałby, gdyby"'
    example_pl = '[labels.pl] z purchase_triggers = "Skorzystałby, gdyby"'
    if not isinstance(raw, dict):
        raise ConfigError(f"{_at(path, text, keys)}: bad value for '{where}': it takes a table for each language, "
                          f"e.g. {example}",
                          pl=f"{_at(path, text, keys)}: zła wartość `{where}`: to ma być tabela dla każdego języka, "
                             f"np. {example_pl}")
    fields = configurable()
    out: dict[str, dict[str, str]] = {}
    for lang, table in raw.items():
        at = _at(path, text, (*keys, lang))
        if lang not in _ALL:
            unknown_pl = f"{at}: nieznany klucz `{where}.{lang}`"
            if (slip := _top_level_slip(lang, prefix)) is not None:
                raise ConfigError(f"{at}: unknown key '{where}.{lang}'; {slip}",
                                  pl=f"{unknown_pl}; {_top_level_slip(lang, prefix, pl=True)}")
            if lang in fields or isinstance(table, str):
                hint = (f"labels differ by language: write it in [labels.pl] or [labels.en], the language of the "
                        f"documents it heads (e.g. {example})")
                hint_pl = (f"nagłówki zależą od języka: zapisz go w [labels.pl] albo [labels.en], w języku dokumentów, "
                           f"w których stoi (np. {example_pl})")
            else:
                guess = difflib.get_close_matches(lang.lower(), sorted(_ALL), n=1)
                hint = (f"did you mean 'labels.{guess[0]}'?" if guess else
                        "render writes Polish and English headings: [labels.pl] or [labels.en]")
                hint_pl = (f"czy chodziło o `labels.{guess[0]}`?" if guess else
                           "render pisze nagłówki po polsku i po angielsku: [labels.pl] albo [labels.en]")
            raise ConfigError(f"{at}: unknown key '{where}.{lang}'; {hint}", pl=f"{unknown_pl}; {hint_pl}")
        if not isinstance(table, dict):
            raise ConfigError(f"{at}: bad value for '{where}.{lang}': it takes a table of field = \"label\", "
                              f"e.g. {example}",
                              pl=f"{at}: zła wartość `{where}.{lang}`: to ma być tabela pole = \"nagłówek\", "
                                 f"np. {example_pl}")
        own: dict[str, str] = {}
        for key, value in table.items():
            at = _at(path, text, (*keys, lang, key))
            name = f"{where}.{lang}.{key}"
            if key not in fields:
                # A label written as the key (`"Kupi, jeśli" = …`) names its field.
                said = {t[label].casefold(): known for known, replaced in fields.items()
                        for t in _ALL.values() for label in replaced if label in t}
                guess = ([said[key.strip().casefold()]] if key.strip().casefold() in said
                         else difflib.get_close_matches(key, sorted(fields), n=1))
                hint = _top_level_slip(key, prefix) or (
                    f"did you mean '{guess[0]}'?" if guess
                    else f"a label heads one of a document's fields: {', '.join(sorted(fields))}")
                hint_pl = _top_level_slip(key, prefix, pl=True) or (
                    f"czy chodziło o `{guess[0]}`?" if guess
                    else f"nagłówek stoi nad jednym z pól dokumentu: {', '.join(sorted(fields))}")
                raise ConfigError(f"{at}: unknown key '{name}'; {hint}", pl=f"{at}: nieznany klucz `{name}`; {hint_pl}")
            bad_pl = f"{at}: zła wartość `{name}`: nagłówek"
            if not isinstance(value, str):
                raise ConfigError(f"{at}: bad value for '{name}': a label is text in quotes, not {_toml_shown(value)}",
                                  pl=f"{bad_pl} to tekst w cudzysłowie, a nie {_toml_shown(value, pl=True)}")
            if not value.strip():
                raise ConfigError(f"{at}: bad value for '{name}': the label is empty; leave the key out to keep "
                                  f"cxkit's heading",
                                  pl=f"{bad_pl} jest pusty; pomiń ten klucz, a zostanie nagłówek cxkit")
            if "\n" in value or "\r" in value:
                raise ConfigError(f"{at}: bad value for '{name}': a label is one line (it is a heading)",
                                  pl=f"{bad_pl} musi się mieścić w jednym wierszu (to tytuł pola)")
            markup = next((c for c in value if c in _LABEL_MARKUP or ord(c) < 32 or ord(c) == 127), None)
            if markup is not None and markup not in _LABEL_MARKUP:
                raise ConfigError(f"{at}: bad value for '{name}': a label is plain words; {markup!r} is a control "
                                  "character", pl=f"{bad_pl} to zwykłe słowa, a {markup!r} to znak sterujący")
            if markup is not None:
                raise ConfigError(f"{at}: bad value for '{name}': a label is plain words; '{markup}' would be read as "
                                  "Markdown or HTML in an export (a table's column, a heading)",
                                  pl=f"{bad_pl} to zwykłe słowa, a „{markup}” eksport odczytałby jako Markdown albo "
                                     "HTML (kolumnę tabeli, nagłówek)")
            own[key] = value.strip()
        out[lang] = own
    return out


#: The keys of `[render]`, and the separators `csv-separator` takes.
_RENDER_KEYS = ("csv-separator",)
_CSV_SEPARATORS = (",", ";", "\t")


def _render_table(raw: Any, path: Path, prefix: str, text: str | None, pl: bool = False) -> str | None:
    """The `[render]` table of a config, checked: its `csv-separator` (None when it sets none); ``pl``: its
    errors in Polish (the same table says `lang = "pl"`)."""
    import difflib

    keys = (*_table_keys(prefix), "render")
    where = f"{prefix}.render" if prefix else "render"
    example = '[render] with csv-separator = ";"'
    if not isinstance(raw, dict):
        if pl:
            raise ConfigError(f"{_at(path, text, keys)}: zła wartość `{where}`: to ma być tabela, np. [render] z "
                              'csv-separator = ";"')
        raise ConfigError(f"{_at(path, text, keys)}: bad value for '{where}': it takes a table, e.g. {example}")
    for key in raw:
        if key not in _RENDER_KEYS:
            guess = difflib.get_close_matches(key.replace("_", "-").lower(), _RENDER_KEYS, n=1, cutoff=0.5)
            slip = _top_level_slip(key, prefix)
            if pl and slip is None:  # a key of the top level written here is told in English whole
                hint = f"czy chodziło o `{guess[0]}`?" if guess else f"[render] przyjmuje {', '.join(_RENDER_KEYS)}"
                raise ConfigError(f"{_at(path, text, (*keys, key))}: nieznany klucz `{where}.{key}`; {hint}")
            hint = slip or (f"did you mean '{guess[0]}'?" if guess
                                                    else f"[render] takes {', '.join(_RENDER_KEYS)}")
            raise ConfigError(f"{_at(path, text, (*keys, key))}: unknown key '{where}.{key}'; {hint}",
                              pl=f"{_at(path, text, (*keys, key))}: nieznany klucz `{where}.{key}`; "
                                 f"{_top_level_slip(key, prefix, pl=True)}" if slip else None)
    if "csv-separator" not in raw:
        return None
    value = raw["csv-separator"]
    if type(value) is str and value in _CSV_SEPARATORS:
        return value
    said = _toml_shown(value) if not isinstance(value, str) else '"' + value.replace("\t", "\\t") + '"'
    tab = " (write a tab as \"\\t\")" if isinstance(value, str) and value.strip().lower() in ("tab", "\\t") else ""
    if pl:
        tab = " (tabulator zapisuje się jako \"\\t\")" if tab else ""
        raise ConfigError(f"{_at(path, text, (*keys, 'csv-separator'))}: zła wartość `{where}.csv-separator`: to ma być "
                          f'jeden znak: "," (domyślny), ";" (dla Excela po polsku, który go oczekuje, gdy CSV otwiera się '
                          f'dwuklikiem) albo "\\t" (tabulator), a nie {said}{tab}')
    raise ConfigError(f"{_at(path, text, (*keys, 'csv-separator'))}: bad value for '{where}.csv-separator': it takes "
                      f'one character: "," (the default), ";" (for Excel set to Polish, which expects it when a CSV '
                      f'is opened by a double click) or "\\t" (a tab), not {said}{tab}')


#: What a label may not hold: Markdown's and HTML's syntax, which the exports would read as such.
_LABEL_MARKUP = frozenset("\\`*_~[]|$<>#")


def _toml_shown(value: Any, pl: bool = False) -> str:
    """A TOML value as the file would write it, for a message (`3`, `true`, `[...]`, a table; ``pl``: in Polish)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "tabela" if pl else "a table"
    if isinstance(value, list):
        return "lista" if pl else "a list"
    return str(value)


def _with_baseline(config: Config, baseline: str | None, path: Path, prefix: str, text: str | None) -> Config:
    """``config`` with its `baseline` file (written relative to the config's folder), checked."""
    if baseline is None:
        return config
    at = _at(path, text, (*_table_keys(prefix), "baseline"))
    where = f"{prefix}.baseline" if prefix else "baseline"
    from .lint.polish import q

    if not baseline.strip() or baseline.endswith(("/", "\\")):
        raise ConfigError(f"{at}: bad value for '{where}': it takes a file name in quotes, not {baseline!r}: "
                          'write e.g. baseline = ".cxkit-baseline.json"',
                          pl=f"{at}: zła wartość `{where}`: to ma być nazwa pliku w cudzysłowie, a nie {q(baseline)}: "
                             'zapisz np. baseline = ".cxkit-baseline.json"')
    if baseline.lower().endswith((".yaml", ".yml", ".toml")):
        raise ConfigError(f"{at}: bad value for '{where}': {baseline!r} is a YAML or TOML file (a document or a "
                          "config?), which `cxkit lint --write-baseline` would replace; the baseline is JSON: "
                          'write e.g. baseline = ".cxkit-baseline.json"',
                          pl=f"{at}: zła wartość `{where}`: {q(baseline)} to plik YAML albo TOML (dokument? "
                             "konfiguracja?), który `cxkit lint --write-baseline` by zastąpił; plik bazowy to JSON: "
                             'zapisz np. baseline = ".cxkit-baseline.json"')
    config.baseline = (path.parent.resolve() / baseline.replace("\\", "/")).absolute()
    config.baseline_at = at
    config.baseline_named_in = path.parent.resolve()
    return config


def _with_patterns(
    config: Config, path: Path, prefix: str, text: str | None, *, exclude: list[str] | None,
    extend_exclude: list[str] | None, per_file_ignores: dict[str, list[str]] | None,
    extend_per_file_ignores: dict[str, list[str]] | None,
) -> Config:
    """``config`` with the patterns its file writes: `exclude` and what `extend-exclude` adds to it,
    `per-file-ignores` and what `extend-per-file-ignores` adds, each noted with the key that writes it."""
    label = config.label
    config.exclude_only = _exclude_patterns(exclude or [], path, prefix, text)
    config.exclude_added = _exclude_patterns(extend_exclude or [], path, prefix, text, key="extend-exclude")
    for key, written, patterns in (("exclude", exclude or [], config.exclude_only),
                                   ("extend-exclude", extend_exclude or [], config.exclude_added)):
        for said, pattern in zip(written, patterns):
            config.origins.setdefault(("exclude", pattern), (said, label, key))
    config.exclude = [*config.exclude_only, *(p for p in config.exclude_added if p not in config.exclude_only)]
    config.per_file_ignores_only = _per_file_patterns(per_file_ignores or {}, path, prefix, text)
    config.per_file_ignores_added = _per_file_patterns(extend_per_file_ignores or {}, path, prefix, text,
                                                       key="extend-per-file-ignores")
    for key, table in (("per-file-ignores", per_file_ignores or {}), ("extend-per-file-ignores", extend_per_file_ignores or {})):
        for said in table:
            pattern = _per_file_pattern(said, path, prefix, text, key)
            config.origins.setdefault(("per-file-ignores", pattern), (said, label, key))
    config.per_file_ignores = _joined_rules(config.per_file_ignores_only, config.per_file_ignores_added)
    return config


def _top_level_slip(key: Any, prefix: str, pl: bool = False) -> str | None:
    """The advice for a key written under a [table] that is one of the config's own keys (`baseline`,
    `lang`, `exclude`...: every key cxkit.toml takes at its top): TOML puts a key below a table header
    into that table, so one appended at the end of the file lands in its last table.  None for any
    other key.  ``prefix``: "tool.cxkit" in pyproject.toml, whose own keys go under [tool.cxkit]."""
    from .settings_model import Settings

    known = {f.alias or n for n, f in Settings.model_fields.items()} | {"extend"}
    if not isinstance(key, str) or key not in known:
        return None
    if prefix:
        table = prefix.strip("[]")
        if pl:
            return f"`{key}` to klucz tabeli [{table}]: przenieś go pod [{table}], nad jej pierwszą podtabelę"
        return f"`{key}` is a key of [{table}]: move it under [{table}], above its first sub-table"
    if pl:  # TOML puts a key below a header into that table: one appended at the end lands in the last
        return f"`{key}` to klucz najwyższego poziomu: przenieś go nad pierwszą [tabelę]"
    return f"`{key}` is a top-level key: move it above the first [table]"


def _table_keys(prefix: str) -> tuple[str, ...]:
    """The key path of the settings table: ("tool", "cxkit") for pyproject.toml's, () for cxkit.toml."""
    return ("tool", "cxkit") if prefix else ()


def _config_pattern(pattern: str, path: Path, key: str, prefix: str = "", as_written: bool = False,
                    text: str | None = None, index: int | None = None) -> str:
    """A pattern of `exclude` or `per-file-ignores` (``key``) written as it is matched: relative to the config's folder.

    The patterns are matched against paths relative to the config's folder, so a pattern written
    as an absolute path into that folder, or with backslashes, would match nothing, silently: it
    becomes the pattern anchored there (`/drafts`), and `./drafts/*` becomes `/drafts/*`.  The
    folder may be spelt through a link to it (`/home/ola/link-to-ws/drafts`, macOS's `/var` for
    `/private/var`): the part of the path before its first wildcard is resolved.  A leading `/` is
    otherwise that anchor (as in `.gitignore`), on every machine alike: what lies at the top of this
    machine's file system, or in the workspace, does not change what a pattern means or whether it is
    accepted (`/data/raw` is the workspace's `data/raw` on a laptop and in a container with a `/data`).
    A pattern that names no file (empty, `.`, `./`, the config's folder itself, `personas/..`) is a
    :class:`ConfigError`.
    ``as_written``: a pattern that is no absolute path into the config's folder is given back as written;
    ``text``: the config's text, to locate the error; ``index``: the pattern's place in `exclude`.
    """
    pat = pattern.strip().replace("\\", "/")
    where = f"{prefix}.{key}" if prefix else key

    def at() -> str:
        return _at(path, text, (*_table_keys(prefix), key, pattern if key.endswith("per-file-ignores") else index))

    absolute = False
    folder = path.parent.resolve()
    if pat.startswith("/") and not pat.startswith("//"):
        names = pat.split("/")
        fixed = next((n for n, name in enumerate(names) if any(c in name for c in "*?[")), len(names))
        real = os.path.realpath("/".join(names[:fixed]) or "/")
        if _within(real, str(folder)):
            # The folder spelt through a link: the literal part resolved, the wildcards after it as written.
            pat = "/".join([real.rstrip("/"), *names[fixed:]]) + ("/" if fixed == len(names) and pat.endswith("/") else "")
    for base in (folder, path.parent.absolute()):
        try:
            inside = Path(pat).relative_to(base).as_posix()
        except ValueError:
            continue  # "/drafts/*": anchored at the config's folder (the matcher keeps it so)
        # An absolute path into the config's folder: that one place, anchored like "/drafts".
        pat = "" if inside == "." else "/" + inside + ("/" if pat.endswith("/") else "")
        absolute = True
        break
    here = pat.startswith("./")  # "./drafts/*": anchored at the config's folder
    while pat.startswith("./"):
        pat = pat[2:]
    if pat in (".", "./"):
        pat = ""
    elif here and pat.strip("/"):
        pat = "/" + pat.lstrip("/")
    from .globs import glob_regex

    if not pat.strip("/") or glob_regex(pat) is None:
        from .lint.polish import q

        raise ConfigError(f"{at()}: {where}: the pattern {pattern!r} names no file; \"*\" means every file",
                          pl=f"{at()}: {where}: wzorzec {q(pattern)} nie wskazuje żadnego pliku; \"*\" to każdy plik")
    return pattern if as_written and not absolute else pat


def _exclude_patterns(patterns: list[str], path: Path, prefix: str = "", text: str | None = None,
                      key: str = "exclude") -> list[str]:
    """`exclude` (or `extend-exclude`: ``key``) as written, but an absolute path into the config's folder
    anchored there (see :func:`_config_pattern`): messages quote a pattern as the config spells it."""
    return [_config_pattern(p, path, key, prefix, as_written=True, text=text, index=k) for k, p in enumerate(patterns)]


def _per_file_pattern(pattern: str, path: Path, prefix: str, text: str | None, key: str = "per-file-ignores") -> str:
    """One pattern of `per-file-ignores` (or `extend-per-file-ignores`: ``key``) as it is matched."""
    pat = _config_pattern(pattern, path, key, prefix, text=text)
    return pat + "*" if pat.endswith("/") else pat  # a folder: every file in it


def _per_file_patterns(
    table: dict[str, list[str]], path: Path, prefix: str = "", text: str | None = None, key: str = "per-file-ignores",
) -> dict[str, list[str]]:
    """`per-file-ignores` with each pattern written as it is matched (see :func:`_config_pattern`);
    a folder (`personas/`) is every file in it.  Two spellings of one pattern share their rules."""
    out: dict[str, list[str]] = {}
    for pattern, rules in table.items():
        pat = _per_file_pattern(pattern, path, prefix, text, key)
        merged = out.setdefault(pat, [])
        merged.extend(r for r in rules if r not in merged)
    return out


_LISTS = {"paths", "exclude", "extend_exclude", "select", "ignore", "extend_select"}
_TEXTS = {"persona_dir", "journey_dir", "baseline"}


def _says_polish(table: dict[str, Any]) -> bool:
    """Whether a config's table says `lang = "pl"` itself, in any case (`"PL"`), as the settings read it: its
    errors are then said in Polish."""
    value = table.get("lang")
    return isinstance(value, str) and _lang_code(value) == "pl"


def _lang_code(value: str) -> str | None:
    """:func:`cxkit.langs.lang_code`, imported when a config sets `lang`: a warm run without one loads no more."""
    from .langs import lang_code

    return lang_code(value)


def _plain_settings(table: dict[str, Any]) -> dict[str, Any] | None:
    """The settings as the schema would return them, when every value already has its type; else None."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        if "_" in key:
            return None  # not a documented key: the schema names it and suggests the right one
        name = key.replace("-", "_") if key in ("extend-select", "extend-exclude", "per-file-ignores", "extend-per-file-ignores", "fail-level", "persona-dir", "journey-dir", "respect-gitignore") else key
        if name in out:
            return None
        if name in _LISTS and type(value) is list and all(type(v) is str for v in value):
            out[name] = list(value)
        elif name in _TEXTS and type(value) is str:
            out[name] = value
        elif name == "fail_level" and type(value) is str and value.lower() in ("error", "warning", "info", "never"):
            out[name] = value.lower()  # `fail-level = "Warning"`, as the schema's validator reads it: no pydantic
        elif name == "lang" and type(value) is str and _lang_code(value) is not None:
            out[name] = _lang_code(value)
        elif name == "respect_gitignore" and type(value) is bool:
            out[name] = value
        elif name == "labels" and type(value) is dict and all(
            type(v) is dict and all(type(x) is str for x in v.values()) for v in value.values()
        ):
            out[name] = {k: dict(v) for k, v in value.items()}
        elif name in ("per_file_ignores", "extend_per_file_ignores") and type(value) is dict and all(
            type(k) is str and type(v) is list and all(type(x) is str for x in v) for k, v in value.items()
        ):
            out[name] = {k: list(v) for k, v in value.items()}
        elif name == "rules" and type(value) is dict and all(type(k) is str and type(v) is dict for k, v in value.items()):
            out[name] = {k: dict(v) for k, v in value.items()}
        else:
            return None
    return out


# --- where a key is written: config errors are located, as TOML syntax errors are ----------------

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


class _Scan:
    """Where each key of a TOML text is written, by its full key path (the table's keys, then its own).

    Used only on text tomllib has read without error, so the grammar is trusted; every key path
    is recorded together with each of its leading parts (`[rules.stale-review]` also writes `rules`).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.found: dict[tuple[str, ...], set[int]] = {}
        #: Each key and table header as written, in order: (the table it is in, its own key path, where,
        #: whether a table header); what :func:`_duplicate` looks in. The keys of each table of an array
        #: of tables are in a table of their own (a `\0` part numbering it).
        self.entries: list[tuple[tuple[str, ...], tuple[str, ...], int, bool]] = []
        self._arrays = 0

    def record(self, path: tuple[str, ...], at: int, known: int = 0) -> None:
        """``path`` is written at ``at``, and so are its parts after the first ``known`` (those are its table's)."""
        for n in range(known + 1, len(path) + 1):
            self.found.setdefault(path[:n], set()).add(at)

    def blank(self, newlines: bool) -> None:
        t = self.text
        while self.pos < len(t):
            c = t[self.pos]
            if c in " \t" or newlines and c in "\r\n":
                self.pos += 1
            elif c == "#" and newlines:
                end = t.find("\n", self.pos)
                self.pos = len(t) if end < 0 else end + 1
            else:
                return

    def key(self) -> tuple[str, ...]:
        parts: list[str] = []
        t = self.text
        while True:
            self.blank(False)
            start = self.pos
            if t.startswith('"', start):
                self.pos = self._basic(start + 1)
                parts.append(tomllib.loads(f"k = {t[start:self.pos]}")["k"])
            elif t.startswith("'", start):
                self.pos = t.index("'", start + 1) + 1
                parts.append(t[start + 1:self.pos - 1])
            else:
                m = _BARE_KEY.match(t, start)
                if m is None:
                    raise ValueError("no key")
                parts.append(m.group())
                self.pos = m.end()
            self.blank(False)
            if not t.startswith(".", self.pos):
                return tuple(parts)
            self.pos += 1

    def _basic(self, i: int) -> int:
        """The index after the closing quote of a one-line basic string whose text starts at ``i``."""
        t = self.text
        while t[i] != '"':
            i += 2 if t[i] == "\\" else 1
        return i + 1

    def value(self, path: tuple[str, ...] | None) -> None:
        t = self.text
        self.blank(False)
        i = self.pos
        if t.startswith('"""', i) or t.startswith("'''", i):
            quote = t[i:i + 3]
            i += 3
            while not t.startswith(quote, i):
                i += 2 if quote == '"""' and t[i] == "\\" else 1
            run = 3
            while run < 5 and t.startswith(quote[0], i + run):  # up to two quotes of text before the closing three
                run += 1
            self.pos = i + run
        elif t.startswith('"', i):
            self.pos = self._basic(i + 1)
        elif t.startswith("'", i):
            self.pos = t.index("'", i + 1) + 1
        elif t.startswith("[", i):
            self.pos = i + 1
            item = 0
            while True:
                self.blank(True)
                if t.startswith("]", self.pos):
                    self.pos += 1
                    return
                if path is not None:  # where item N of the array is: the key path, then "\0N"
                    self.found.setdefault((*path, f"\0{item}"), set()).add(self.pos)
                    item += 1
                self.value(None)  # a table in an array: not a key of the settings
                self.blank(True)
                if t.startswith(",", self.pos):
                    self.pos += 1
        elif t.startswith("{", i):
            self.pos = i + 1
            while True:
                self.blank(False)
                if t.startswith("}", self.pos):
                    self.pos += 1
                    return
                at = self.pos
                keys = self.key()
                if path is not None:
                    self.record(path + keys, at, len(path))
                    self.entries.append((path, keys, at, False))
                self.pos = t.index("=", self.pos) + 1
                self.value(None if path is None else path + keys)
                self.blank(False)
                if t.startswith(",", self.pos):
                    self.pos += 1
        else:
            m = re.compile(r"[^,\]}\r\n#]*").match(t, i)
            self.pos = m.end() if m else i

    def run(self) -> dict[tuple[str, ...], set[int]]:
        t = self.text
        table: tuple[str, ...] = ()
        owner: tuple[str, ...] = ()  # the table the keys below belong to, as entries name it
        while True:
            self.blank(True)
            if self.pos >= len(t):
                return self.found
            at = self.pos
            if t.startswith("[", at):
                double = t.startswith("[[", at)
                self.pos += 2 if double else 1
                table = self.key()
                self.blank(False)
                self.pos += 2 if double else 1
                self.record(table, at)
                if double:
                    table = (*table, "\0[]")  # keys of an array's tables are none of the settings'
                    self._arrays += 1
                    owner = (*table, f"\0{self._arrays}")
                else:
                    self.entries.append(((), table, at, True))
                    owner = table
            else:
                keys = self.key()
                self.record(table + keys, at, len(table))
                self.entries.append((owner, keys, at, False))
                self.blank(False)
                self.pos += 1  # "="
                self.value(table + keys)


def key_position(text: str, path: Sequence[Any]) -> tuple[int, int] | None:
    """Line and column (1-based) where the key ``path`` is written in TOML ``text``, or None when unsure.

    ``path`` is the key path as the settings name it (`("tool", "cxkit", "paths")`); a list index
    (`("exclude", 2)`) is the place of that item of an array written in the text (`exclude = [...]`
    over several lines: the item's own line).  The keys below the last one written in the text are
    dropped (a value's line is its key's).  A key written in more than one place, or a text the
    scan does not follow, gives None.
    """
    try:
        found = _Scan(text).run()
    except (ValueError, IndexError, tomllib.TOMLDecodeError, RecursionError):
        return None
    keys = tuple(f"\0{p}" if isinstance(p, int) else str(p) for p in path)
    while keys and keys not in found:
        keys = keys[:-1]
    spots = found.get(keys) if keys else None
    if not spots or len(spots) != 1:
        return None
    at = next(iter(spots))
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def _shown_config(path: Path) -> str:
    """A config file as messages name it: as given to --config when given relative, else from the current folder;
    one above it in the same git repository (the agency's shared config a client's `extend`s:
    `../../house/cxkit.toml`) relative too, as the run's files are named, else by its absolute path."""
    if not path.is_absolute():
        from .discovery import display_path

        return display_path(str(path))
    shown = shown_path(path, path.parent)
    if os.path.isabs(shown) and _same_repository(str(path)):
        from .discovery import display_path

        return display_path(os.path.relpath(path))
    return shown


#: (file, current folder) -> whether both lie in one git work tree (a few stats each, asked for every label).
_SAME_REPOSITORY: dict[tuple[str, str], bool] = {}


def _same_repository(path: str) -> bool:
    """Whether ``path`` lies in the git work tree the current folder lies in."""
    try:
        here = os.getcwd()
    except OSError:  # the current folder was removed
        return False
    key = (path, here)
    if key not in _SAME_REPOSITORY:
        from .gitutil import work_tree_top

        top = work_tree_top(os.path.realpath(here))
        _SAME_REPOSITORY[key] = top is not None and work_tree_top(os.path.realpath(os.path.dirname(path))) == top
    return _SAME_REPOSITORY[key]


def _at(path: Path, text: str | None, keys: Sequence[Any]) -> str:
    """``path`` as shown, with `:line:col` of the key ``keys`` when its place is certain."""
    shown = _shown_config(path)
    spot = key_position(text, keys) if text is not None else None
    return f"{shown}:{spot[0]}:{spot[1]}" if spot else shown


#: An example of each list setting, as the fix in a message writes it.
_LIST_EXAMPLES = {
    "paths": ["personas", "journeys"], "exclude": ["drafts"], "select": ["ALL"],
    "ignore": ["missing-review-date"], "extend-select": ["CX4"], "extend-exclude": ["szkice"],
}
_FAIL_LEVEL_WORDS = {"warn": "warning", "warnings": "warning", "err": "error", "errors": "error", "fatal": "error",
                     "information": "info", "notice": "info", "none": "never", "off": "never", "no": "never",
                     # In Polish, with and without the diacritics.
                     **dict.fromkeys(("błąd", "blad", "błędy", "bledy"), "error"),
                     **dict.fromkeys(("ostrzeżenie", "ostrzezenie", "ostrzeżenia", "ostrzezenia"), "warning"),
                     **dict.fromkeys(("informacja", "informacje"), "info"),
                     **dict.fromkeys(("nigdy", "żaden", "zaden", "brak"), "never")}

#: Config keys written in Polish, and the key each stands for.
_POLISH_KEYS = {
    **dict.fromkeys(("język", "jezyk"), "lang"),
    **dict.fromkeys(("ścieżki", "sciezki", "foldery"), "paths"),
    **dict.fromkeys(("wyklucz", "wykluczenia", "pomiń", "pomin"), "exclude"),
    **dict.fromkeys(("reguły", "reguly"), "rules"),
    **dict.fromkeys(("poziom", "poziom-błędu", "poziom-bledu"), "fail-level"),
}
#: A bare key with a letter TOML does not allow unquoted (`język = "pl"`), at the start of a line.
_NON_ASCII_KEY = re.compile(r"[ \t]*([A-Za-z0-9_-]*[^\x00-\x7f\s=\[\]\"'#.][^\s=\[\]\"'#.]*)[ \t]*=")


def _toml(value: Any) -> str:
    """``value`` written as TOML, for the fix a message gives."""
    import json

    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _in_words(value: Any) -> str:
    """A TOML value named in words: "the text 'personas'", "the number 1", "a table"."""
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date" if value is not None else "nothing"


def _in_words_pl(value: Any) -> str:
    """:func:`_in_words` in Polish: "tekst 'personas'", "liczba 1", "tabela"."""
    if isinstance(value, bool):
        return f"wartość logiczna {str(value).lower()}"
    if isinstance(value, str):
        return f"tekst {value!r}"
    if isinstance(value, (int, float)):
        return f"liczba {value}"
    if isinstance(value, list):
        return "lista"
    if isinstance(value, dict):
        return "tabela"
    return "data" if value is not None else "nic"


def _bad_value_pl(key: str, table: dict[str, Any], tool: bool = False) -> str | None:
    """:func:`_bad_value` in Polish for the settings of a Polish workspace; None where it has no Polish form (a
    `lang` that is no language: the workspace's language is not known), and the message is English whole."""
    from .lint.polish import q as quote_pl

    value = table.get(key)
    head = "tool.cxkit." if tool else ""
    if key in ("per-file-ignores", "extend-per-file-ignores"):
        if not isinstance(value, dict):
            return (f"to ma być tabela wzorców plików i reguł, które są w nich pomijane, a nie {_in_words_pl(value)}: "
                    f"zapisz [{head}{key}], a pod nim wiersze takie jak \"legacy/*.yaml\" = [\"stale-review\"]")
        pattern = next((k for k, v in value.items() if not isinstance(v, list) or not all(isinstance(x, str) for x in v)), None)
        if pattern is None:
            return None
        rules = value[pattern]
        if _top_level_slip(pattern, "tool.cxkit" if tool else "") is not None:
            return f"{quote_pl(pattern)} to nie wzorzec plików: {_top_level_slip(pattern, 'tool.cxkit' if tool else '', pl=True)}"
        fix = (_toml([p.strip() for p in rules.split(",") if p.strip()] or [rules]) if isinstance(rules, str)
               else '["stale-review"]')
        return (f"reguły, które pomija {quote_pl(pattern)}, to lista nazw reguł w cudzysłowie, a nie {_in_words_pl(rules)}: "
                f"zapisz {_toml(pattern)} = {fix}")
    if key == "rules":
        if not isinstance(value, dict):
            return (f"to ma być tabela dla każdej reguły, a nie {_in_words_pl(value)}: zapisz [{head}rules.stale-review], "
                    "a pod nią opcje tej reguły, np. max-age-months = 6")
        name = next((k for k, v in value.items() if not isinstance(v, dict)), None)
        if name is None:
            return None
        if _top_level_slip(name, "tool.cxkit" if tool else "") is not None:
            return f"„{name}” to nie reguła: {_top_level_slip(name, 'tool.cxkit' if tool else '', pl=True)}"
        return (f"pod „{name}” ma być tabela opcji reguły, a nie {_in_words_pl(value[name])}: zapisz [{head}rules.{name}], a "
                f"pod nią jej opcje (severity = \"warning\", enabled = false albo własne opcje reguły: wymienia je "
                f"`cxkit rule {name}`)")
    if key in _LIST_EXAMPLES:
        if isinstance(value, str):
            items = [value] if key in ("paths", "exclude") else [p.strip() for p in value.split(",") if p.strip()]
            return f"to ma być lista, nawet jednego elementu: zapisz {key} = {_toml(items or [value])}"
        if not isinstance(value, list):
            return f"to ma być lista tekstów, a nie {_in_words_pl(value)}: zapisz np. {key} = {_toml(_LIST_EXAMPLES[key])}"
        index = next((i for i, v in enumerate(value) if not isinstance(v, str)), None)
        if index is not None:
            return (f"element {index + 1} to {_in_words_pl(value[index])}, a nie tekst: zapisz każdy element w "
                    f"cudzysłowie, np. {key} = {_toml(_LIST_EXAMPLES[key])}")
        return None
    if key == "respect-gitignore":
        return (f"to ma być true albo false, bez cudzysłowu, a nie {_in_words_pl(value)} (respect-gitignore = false "
                "sprawdza też to, co git ignoruje)")
    if key == "fail-level":
        english = _bad_value(key, table, False) or ""
        guess = re.search(r"; did you mean '(\w+)'\?", english)
        hint = f"; czy chodziło o '{guess[1]}'? (fail-level = \"{guess[1]}\")" if guess else ""
        quotes = "" if isinstance(value, str) else " w cudzysłowie"
        shown = repr(value) if isinstance(value, str) else _in_words_pl(value)
        return f"to ma być 'error', 'warning', 'info' albo 'never'{quotes}, a nie {shown}{hint}"
    if key == "baseline":
        return f"to ma być nazwa pliku w cudzysłowie, a nie {_in_words_pl(value)}: zapisz np. baseline = \".cxkit-baseline.json\""
    if key in ("persona-dir", "journey-dir"):
        example = "personas" if key == "persona-dir" else "journeys"
        if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
            return f"to ma być jeden folder, a nie lista: zapisz {key} = {_toml(value[0])}"
        return f"to ma być folder w cudzysłowie, a nie {_in_words_pl(value)}: zapisz np. {key} = \"{example}\""
    return None


def _bad_value(key: str, table: dict[str, Any], tool: bool) -> str | None:
    """What is wrong with the setting ``key`` and how to write it, or None to keep pydantic's words."""
    value = table.get(key)
    if key in _LIST_EXAMPLES:
        if isinstance(value, str):
            # `select = "CX1, CX4"`: the items it lists; a path may hold a comma, so it stays whole.
            items = [value] if key in ("paths", "exclude") else [p.strip() for p in value.split(",") if p.strip()]
            return f"it takes a list, even of one item: write {key} = {_toml(items or [value])}"
        if not isinstance(value, list):
            return f"it takes a list of texts, not {_in_words(value)}: write e.g. {key} = {_toml(_LIST_EXAMPLES[key])}"
        index = next((i for i, v in enumerate(value) if not isinstance(v, str)), None)
        if index is not None:
            return (f"item {index + 1} is {_in_words(value[index])}, not text: write each item in quotes, "
                    f"e.g. {key} = {_toml(_LIST_EXAMPLES[key])}")
        return None
    if key == "respect-gitignore":
        return f"it takes true or false, without quotes, not {_in_words(value)} (respect-gitignore = false scans what git ignores too)"
    if key == "lang":
        from .langs import TAKES, meant_lang

        if isinstance(value, str):
            guess = meant_lang(value)
            hint = f"; did you mean '{guess}'? (lang = \"{guess}\")" if guess else ""
            return f"it takes {TAKES}, not {value!r}{hint}"
        return f"it takes {TAKES} in quotes (lang = \"pl\"), not {_in_words(value)}"
    if key == "fail-level":
        levels = ("error", "warning", "info", "never")
        guess: str | None = None
        if isinstance(value, str):
            import difflib

            said = value.strip().lower()
            guess = said if said in levels else _FAIL_LEVEL_WORDS.get(said) or next(
                iter(difflib.get_close_matches(said, levels, n=1)), None)
        elif value is False:
            guess = "never"
        hint = f"; did you mean '{guess}'? (fail-level = \"{guess}\")" if guess else ""
        quotes = "" if isinstance(value, str) else " in quotes"
        shown = repr(value) if isinstance(value, str) else _in_words(value)
        return f"it takes 'error', 'warning', 'info' or 'never'{quotes}, not {shown}{hint}"
    if key == "baseline":
        return f"it takes a file name in quotes, not {_in_words(value)}: write e.g. baseline = \".cxkit-baseline.json\""
    if key in ("persona-dir", "journey-dir"):
        example = "personas" if key == "persona-dir" else "journeys"
        if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
            return f"it takes one folder, not a list: write {key} = {_toml(value[0])}"
        return f"it takes a folder in quotes, not {_in_words(value)}: write e.g. {key} = \"{example}\""
    head = "tool.cxkit." if tool else ""
    if key in ("per-file-ignores", "extend-per-file-ignores"):
        if not isinstance(value, dict):
            return (f"it takes a table of file patterns and the rules they skip, not {_in_words(value)}: "
                    f"write [{head}{key}] and below it lines such as \"legacy/*.yaml\" = [\"stale-review\"]")
        pattern = next((k for k, v in value.items() if not isinstance(v, list) or not all(isinstance(x, str) for x in v)), None)
        if pattern is None:
            return None
        rules = value[pattern]
        if (slip := _top_level_slip(pattern, "tool.cxkit" if tool else "")) is not None:
            return f"{_toml(pattern)} is no file pattern: {slip}"
        if isinstance(rules, str):
            fix = _toml([p.strip() for p in rules.split(",") if p.strip()] or [rules])
        else:
            fix = '["stale-review"]'
        return f"the rules {_toml(pattern)} skips are a list of rule names in quotes, not {_in_words(rules)}: write {_toml(pattern)} = {fix}"
    if key == "rules":
        if not isinstance(value, dict):
            return (f"it takes a table for each rule, not {_in_words(value)}: write [{head}rules.stale-review] "
                    "and that rule's options below it, e.g. max-age-months = 6")
        name = next((k for k, v in value.items() if not isinstance(v, dict)), None)
        if name is None:
            return None
        if (slip := _top_level_slip(name, "tool.cxkit" if tool else "")) is not None:
            return f"'{name}' is no rule: {slip}"
        return (f"'{name}' takes a table of the rule's options, not {_in_words(value[name])}: write "
                f"[{head}rules.{name}] and its options below it (severity = \"warning\", enabled = false, "
                f"or the rule's own: `cxkit rule {name}` lists them)")
    return None


def pattern_origin(config: Config, key: str, pattern: str) -> tuple[Config, str, str]:
    """The config file that writes the pattern ``pattern`` of `exclude` or `per-file-ignores` (``key``) in force
    in ``config`` (``config`` itself, or one it extends), the key written there (`exclude`, `extend-exclude`,
    `per-file-ignores`, `extend-per-file-ignores`) and the pattern as written there (before it was rebased)."""
    said, label, written = config.origins.get((key, pattern), (pattern, config.label, key))
    owner = next((c for c in (config, *config.extended) if c.label == label), None)
    if owner is None:
        return config, key, pattern
    return owner, written, said


def pattern_source(config: Config, key: str, pattern: str) -> str:
    """The pattern ``pattern`` of `exclude` or `per-file-ignores` (``key``) in force in ``config``, as messages
    name it: as written, with the key and the config file that write it, and the config extending that one
    when it is not ``config`` (`'archiwum' in the exclude of ../../cxkit.toml, which cxkit.toml extends`)."""
    owner, written, said = pattern_origin(config, key, pattern)
    whose = "" if owner is config else f", which {config.label} extends"
    return f"{said!r} in the {written} of {owner.label}{whose}"


def pattern_place(config: Config, key: str, pattern: str) -> str:
    """Where the pattern ``pattern`` of `exclude` or `per-file-ignores` (``key``) is written: in ``config``'s
    file or that of the config it extends that writes it, as `path:line:col` (the key's place, or the file
    alone, when the item is not found)."""
    if config.source is None:
        return "the config"
    config, key, pattern = pattern_origin(config, key, pattern)
    if config.source is None:
        return "the config"
    text = _READ.get(config.label, (config.source, None))[1]
    keys: tuple[Any, ...] = (*_table_keys("tool" if config.source.name == PYPROJECT else ""), key)
    table: Any = None
    try:
        table = tomllib.loads(text) if text is not None else None
        for name in keys:
            table = table.get(name) if isinstance(table, dict) else None
    except (ValueError, RecursionError):
        table = None
    same = [p for p in (table or []) if isinstance(p, str) and p.strip().replace("\\", "/") == pattern.strip().replace("\\", "/")]
    if same:
        keys = (*keys, table.index(same[0]) if isinstance(table, list) else same[0])
    return _at(config.source, text, keys)


def unused_per_file_ignores(
    config: Config, checked: Iterable[str], silenced: Iterable[tuple[str, str]], running: AbstractSet[str],
    steered: AbstractSet[str] = frozenset(),
) -> list[tuple[str, int, int, str]]:
    """The `per-file-ignores` entries of ``config`` that do nothing in a run of its whole workspace:
    (config file as shown, line, column, message, its Polish twin) for a pattern that matches none of the files
    ``checked`` (as shown), and for a rule of a pattern that silenced none of the findings
    ``silenced`` ((shown path, rule) of each finding per-file-ignores kept out).  A selector naming
    no rule of the run (``running``: `--select` left it out) is not judged, nor one of ``steered``: the
    workspace rules with a finding in the run, which a skipped file may have sent to another file
    (`missing-negative-persona` stands on the first persona whose file does not skip it)."""
    from . import globs
    from .lint.engine import resolve_selector
    from .lint.polish import out_of
    from .lint.polish import q as quote_pl
    from .lint.rule import all_rules
    from .visible import raw_name

    known = all_rules()
    root = str(config.root)
    names = {path: [globs.fold(rel) for rel in globs.config_names(raw_name(path), root)] for path in checked}
    for path, _rule in silenced:
        names.setdefault(path, [globs.fold(rel) for rel in globs.config_names(raw_name(path), root)])
    out = []
    for pattern, selectors in config.per_file_ignores.items():
        compiled = globs.compile_globs((pattern,))
        matched = {path for path, rels in names.items() if compiled is not None and any(compiled.fullmatch(r) for r in rels)}
        place = pattern_place(config, "per-file-ignores", pattern)
        where, line, col = _place_parts(place)
        _owner, key, said = pattern_origin(config, "per-file-ignores", pattern)
        if not matched:
            out.append((where, line, col, f"{key} {said!r} matches no file checked; remove it",
                        f"`{key}` {quote_pl(said)} nie pasuje do żadnego sprawdzonego pliku; usuń ten wpis"))
            continue
        quiet = {rule for path, rule in silenced if path in matched}
        for selector in selectors:
            try:
                rules = set(resolve_selector(selector, known))
            except ConfigError:
                continue  # the engine has said so already
            if rules & running and not rules & quiet and not rules & steered:
                files = "the file it matches" if len(matched) == 1 else f"the {len(matched)} files it matches"
                pliki = ("w pliku, do którego pasuje ten wzorzec" if len(matched) == 1
                         else f"w żadnym {out_of(len(matched))} plików, do których pasuje ten wzorzec")
                out.append((where, line, col, f"{key} {said!r}: {selector!r} suppresses nothing in {files}; "
                            "remove it from the list",
                            f"`{key}` {quote_pl(said)}: {quote_pl(selector)} niczego nie wycisza {pliki}; "
                            "usuń tę regułę z listy"))
    return out


def _place_parts(place: str) -> tuple[str, int, int]:
    """`cxkit.toml:4:1` as (file, line, column); a file alone as line 1, column 1."""
    m = re.fullmatch(r"(.*):(\d+):(\d+)", place)
    return (m.group(1), int(m.group(2)), int(m.group(3))) if m else (place, 1, 1)
