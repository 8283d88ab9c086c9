"""A list of paths to check, read from a file or stdin: `--files-from` of `cxkit lint` and `cxkit fmt`.

A CI step that checks what a change touched pipes `git diff --name-only origin/main...` into cxkit.
Handing the names over through `xargs` loses what cxkit says: a name with a space is split, one
git quoted (`core.quotePath`: `"personas/zesp\\303\\263\\305\\202 …"`) names nothing, exit codes
1 and 2 both become xargs' 123, and an empty list runs cxkit once with no path at all (the whole
workspace).  Read here, the list is taken as git prints it:

- one path a line (a `\\r` before the line break is dropped), or NUL-separated when the list
  holds a NUL (`git diff -z`, `find -print0`); blank entries are skipped;
- a name in git's C-style quotes is unquoted when the name as written does not exist;
- a relative path is found from the current folder, else from the top of the git work tree the
  current folder lies in (git prints paths from the top, wherever it runs);
- a path that names no file in either place is left out, with one note on stderr: `git diff`
  without `--diff-filter=d` lists the files the change deleted, and a folder is no file (git lists a
  changed submodule as its folder, which is not scanned whole).

Only :mod:`os` and :mod:`re` at import, as :mod:`cxkit.discovery`.
"""

from __future__ import annotations

import os
import posixpath
import re
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only
    from typing import Any, Callable

#: git's escapes in a quoted name (`quote_c_style`): a byte as three octal digits, or a letter.
_GIT_ESCAPE = re.compile(r'\\(?:([0-3][0-7]{2})|([abtnvfr"\\]))')
_GIT_LETTERS = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}
#: A byte of a non-ASCII name as git writes it when `core.quotePath` is on (`\303\263` is `ó`).
_OCTAL_BYTE = re.compile(r"\\[2-3][0-7]{2}")


def git_unquote(text: str) -> str | None:
    """A name as git quoted it (`"zesp\\303\\263\\305\\202/\\305\\202ucja.yaml"`, with or without the
    double quotes, which xargs and shells strip) as the name itself; None when ``text`` holds no
    escape of git's or a backslash that is none."""
    inner = text[1:-1] if len(text) >= 2 and text[0] == text[-1] == '"' else text
    if "\\" not in inner:
        return inner if inner is not text else None
    out = bytearray()
    at = 0
    for m in _GIT_ESCAPE.finditer(inner):
        if "\\" in inner[at:m.start()]:
            return None  # a backslash git would not write: a Windows path, not a quoted one
        out += os.fsencode(inner[at:m.start()])
        out.append(int(m.group(1), 8) if m.group(1) else _GIT_LETTERS[m.group(2)])
        at = m.end()
    if "\\" in inner[at:]:
        return None
    out += os.fsencode(inner[at:])
    return os.fsdecode(bytes(out))


def git_quoted_hint(given: str) -> str:
    """For a path that names nothing and holds git's octal escapes (`personas/zesp\\303\\263\\305\\202`):
    "; it looks like a path git quoted …" with the name it stands for and how to hand git's names over
    whole; "" for any other path."""
    if not _OCTAL_BYTE.search(given):
        return ""
    name = git_unquote(given)
    meant = f" ({name})" if name is not None and name != given else ""
    return (f"; it looks like a name git quoted{meant}: `git diff --name-only` writes a name that is not ASCII so "
            "unless core.quotePath is off. Pipe git's list into `cxkit lint --files-from -` (or fmt), which takes "
            "it as git prints it, or use `git -c core.quotePath=off diff -z …` with `xargs -0`")


#: Byte-order marks a list written on Windows starts with (UTF-32 before UTF-16, whose mark begins it).
_UNICODE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
                 (b"\xfe\xff", "utf-16"))


def _without_bom(data: bytes) -> bytes:
    """A list's bytes without the mark Windows tools start a text with: a UTF-8 one (Notepad) dropped, and
    UTF-16 (`git diff --name-only > list.txt` in Windows PowerShell 5) read as text, so that neither a
    first name is lost nor its NULs taken for a NUL-separated list of letters (`.`, `/`)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:]
    for bom, codec in _UNICODE_BOMS:
        if data.startswith(bom):
            return os.fsencode(data.decode(codec, errors="replace"))
    codec = _utf16_without_bom(data)
    if codec is not None:
        return os.fsencode(data.decode(codec, errors="replace"))
    return data


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for a list written so without a byte-order mark (PowerShell 7's
    `Out-File -Encoding unicode` from .NET, some editors): a NUL beside every ASCII letter, which a
    NUL-separated list (`git diff -z`) never has, as its NULs only stand between names.  None otherwise."""
    if len(data) < 4 or len(data) % 2 or b"\0" not in data:
        return None
    for codec, high, low in (("utf-16-le", data[1::2], data[0::2]), ("utf-16-be", data[0::2], data[1::2])):
        # Most characters of a path list are ASCII: their high byte is NUL, their low byte never is.
        if high.count(0) * 4 >= len(high) * 3 and low.count(0) == 0:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if "\0" not in text:
                return codec
    return None


def split_list(data: bytes) -> list[str]:
    """The paths in a list's bytes: NUL-separated when it holds a NUL, else one a line; blank ones dropped
    (a byte-order mark first: see :func:`_without_bom`)."""
    data = _without_bom(data)
    if b"\0" in data:
        entries = data.split(b"\0")
    else:
        entries = [line[:-1] if line.endswith(b"\r") else line for line in data.split(b"\n")]
    return [os.fsdecode(e) for e in entries if e.strip()]


#: The longest list --files-from reads: some million paths.  A larger one (a link to /dev/urandom's output saved
#: whole) is refused rather than held in memory.
MAX_LIST_BYTES = 64 << 20


class NotAList(OSError):
    """A --files-from name that is a device or socket: /dev/zero would never end."""


#: A list refused for what it is (:func:`_read_listing`), as :func:`read_list` says it: put in Polish in a Polish workspace.
_LIST_REFUSED_PL = re.compile(r"--files-from (?P<name>.+): (?P<why>not a file nor a pipe \(a device or socket\)|the list "
                              r"is larger than \d+ MB); give the file that lists the paths, or - for standard input")


def _read_listing(source: str) -> bytes:
    """The bytes of the list file ``source``: a regular file or a pipe (`--files-from <(git diff --name-only)`),
    read a block at a time (Ctrl-C stops it) up to :data:`MAX_LIST_BYTES`."""
    import errno
    import stat

    from .limits import TooLarge

    with open(source, "rb", buffering=0) as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            if stat.S_ISDIR(mode):
                raise IsADirectoryError(errno.EISDIR, "a folder")
            raise NotAList(errno.EINVAL, "not a file nor a pipe (a device or socket)")
        blocks, total = [], 0
        while True:
            block = handle.read(min(1 << 20, MAX_LIST_BYTES + 1 - total))
            if not block:
                return b"".join(blocks)
            blocks.append(block)
            total += len(block)
            if total > MAX_LIST_BYTES:
                raise TooLarge(errno.EFBIG, f"the list is larger than {MAX_LIST_BYTES >> 20} MB")


def read_list(source: str) -> bytes:
    """The bytes of the list ``source`` names: a file, or `-` for standard input; a usage error when it cannot be read."""
    from .discovery import UsageError, display_path
    from .limits import TooLarge

    if source == "-":
        buffer = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
        if buffer is None:
            raise UsageError("--files-from -: there is no standard input to read the list from")
        from .cliutil import say_when_reading_a_terminal

        say_when_reading_a_terminal("the list of files for --files-from - from the terminal, one path a line",
                                    "or pipe it in: git diff --name-only origin/main... | cxkit ...")
        try:
            return buffer.read()
        except OSError as exc:
            raise UsageError(f"--files-from -: cannot read standard input: {exc.strerror or exc}") from None
    if not source.strip():
        raise UsageError("--files-from: the value is empty; give the file that lists the paths, or - for standard input")
    try:
        return _read_listing(source)
    except (NotAList, TooLarge) as exc:
        raise UsageError(f"--files-from {display_path(source)}: {exc.strerror}; give the file that lists the paths, or - "
                         "for standard input") from None
    except FileNotFoundError:
        raise UsageError(f"--files-from {display_path(source)}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"--files-from {display_path(source)}: that is a folder; give the file that lists "
                         "the paths") from None
    except OSError as exc:
        raise UsageError(f"--files-from {display_path(source)}: cannot read the list: {exc.strerror or exc}") from None


def _a_file(path: str) -> bool:
    """Whether ``path`` names a file (or a link that leads to none or to a file): a folder is no file."""
    return os.path.lexists(path) and not os.path.isdir(path)


def _existing(path: str, top: str | None) -> str | None:
    """``path`` when it names a file from the current folder, else the path there of ``top``/``path``; else None."""
    if _a_file(path):
        return path
    if top is not None and not os.path.isabs(path):
        there = os.path.join(top, path)
        if _a_file(there):
            return os.path.relpath(there)
    return None


def listed_paths(source: str) -> tuple[list[str], list[str]]:
    """The paths ``source`` (a file, or `-`) lists that name files, each once, in the order listed (see the
    module); and the entries skipped as no file (deleted, or a folder), each as its name (git's quotes undone)."""
    from .gitutil import work_tree_top

    entries = split_list(read_list(source))
    if not entries:
        return [], []
    try:
        top = work_tree_top(os.path.realpath(os.getcwd()))
    except OSError:
        top = None
    found: dict[str, None] = {}
    skipped: dict[str, None] = {}
    for entry in entries:
        path = _existing(entry, top)
        unquoted = git_unquote(entry) if path is None else None
        if path is None and unquoted:
            path = _existing(unquoted, top)
        if path is None:
            skipped.setdefault(unquoted or entry, None)
            continue
        if path == "-":  # a file called `-`, not the document on standard input that `-` stands for
            path = os.path.join(os.curdir, path)
        found.setdefault(path, None)
    return list(found), list(skipped)


#: How many of the listed paths skipped the note names.
_NAMED_SKIPPED = 3


def skipped_note(skipped: list[str], listed: bool = True, pl: bool = False) -> str:
    """The note on the entries of a list that name no file: how many, the first few, and for a name
    with a backslash that on this system it is part of the name, not a folder separator.  Not ``listed``:
    paths named with `--only-documents` that name nothing.  ``pl``: in Polish (`lang = "pl"`)."""
    count = len(skipped)
    if pl:
        return _skipped_note_pl(skipped, listed)
    if not listed:
        what = ("1 path named was skipped: no such file (deleted?)" if count == 1 else
                f"{count} paths named were skipped: no such files (deleted?)")
    else:
        what = ("1 listed path was skipped: not a file (deleted, or a folder)" if count == 1 else
                f"{count} listed paths were skipped: not files (deleted, or folders)")
    named = ", ".join(skipped[:_NAMED_SKIPPED])
    more = f", and {count - _NAMED_SKIPPED} more" if count > _NAMED_SKIPPED else ""
    hint = ""
    backslashed = [name for name in skipped if "\\" in name] if os.sep == "/" else []
    if backslashed:
        hint = (f"; a \\ is part of a name on this system, not a folder separator ({backslashed[0]}): "
                "write the paths with / (as git prints them)")
    return f"{what}: {named}{more}{hint}"


def _skipped_note_pl(skipped: list[str], listed: bool) -> str:
    """:func:`skipped_note` in Polish."""
    from .lint.polish import plural

    count = len(skipped)
    if not listed:
        what = (f"{count} {plural(count, 'podana ścieżka', 'podane ścieżki', 'podanych ścieżek')} "
                f"{plural(count, 'została pominięta', 'zostały pominięte', 'zostało pominiętych')}: "
                + ("nie ma takiego pliku (usunięty?)" if count == 1 else "nie ma takich plików (usunięte?)"))
    else:
        what = (f"{count} {plural(count, 'ścieżka', 'ścieżki', 'ścieżek')} z listy "
                f"{plural(count, 'została pominięta', 'zostały pominięte', 'zostało pominiętych')}: "
                + ("nie wskazuje pliku (usunięty albo to folder)" if count == 1
                   else "nie wskazują plików (usunięte albo to foldery)"))
    named = ", ".join(skipped[:_NAMED_SKIPPED])
    more = f" i jeszcze {count - _NAMED_SKIPPED}" if count > _NAMED_SKIPPED else ""  # as sparse_note: "i jeszcze 1"
    hint = ""
    backslashed = [name for name in skipped if "\\" in name] if os.sep == "/" else []
    if backslashed:
        hint = (f"; \\ jest na tym systemie częścią nazwy, a nie separatorem folderów ({backslashed[0]}): "
                "zapisz ścieżki z / (tak, jak wypisuje je git)")
    return f"{what}: {named}{more}{hint}"


def outside_sparse_checkout(names: list[str]) -> list[str]:
    """Of ``names`` (listed paths that name no file here), those git keeps out of the working tree: marked
    skip-worktree, as a sparse checkout marks every file outside its cone. A listed path is looked up as
    `git diff --name-only` writes it, from the top of the repository, and from the current folder. Asked
    only when a list names a missing file; none without git."""
    from .gitutil import git_env, run_git, work_tree_top

    here = os.path.realpath(os.getcwd())
    top = work_tree_top(here)
    if top is None:
        return []
    found: list[str] = []
    for folder in dict.fromkeys((top, here)):
        asked = [name for name in names if name not in found]
        if not asked:
            break
        try:
            proc = run_git(["ls-files", "-z", "-t", "--", *asked], cwd=folder, env=git_env(optional_locks=False))
        except OSError:
            return found
        if proc.returncode != 0:
            continue
        marked = {os.fsdecode(entry[2:]) for entry in proc.stdout.split(b"\0") if entry.startswith(b"S ")}
        found += [name for name in asked if posixpath.normpath(name.replace(os.sep, "/")) in marked]
    return found


def documents_outside(names: list[str], config_path: Any = None) -> list[str]:
    """Of ``names`` (listed paths outside the sparse checkout, see :func:`outside_sparse_checkout`), those a check
    would take were they here: YAML files that are cxkit documents, or say they are (a `kind:` line, as a folder
    scan tells them: :func:`cxkit.workspace.claims_cxkit_kind`), read from git's index, where a sparse checkout
    keeps them, and that `exclude` leaves in (:func:`_left_in`, in the config ``config_path`` names, `--config`,
    else the one the run would find).  Code, a CI workflow, another tool's YAML or a draft `exclude` leaves out
    is no document left unchecked.  A file git cannot give, or one kept in Git LFS (its pointer is all the
    index holds), counts as a document, unless `exclude` leaves it out."""
    yaml = [name for name in names if name.lower().endswith((".yaml", ".yml"))]
    if not yaml:
        return []
    from .gitutil import git_env, is_lfs_pointer, run_git, work_tree_top

    here = os.path.realpath(os.getcwd())
    top = work_tree_top(here)
    if top is None:
        return _left_in({name: os.path.join(here, name) for name in yaml}, config_path)
    # git's batch reader takes a name a line: one with a line break (`git diff -z`) is not asked, and counts.
    unasked = [name for name in yaml if "\n" in name]
    yaml = [name for name in yaml if "\n" not in name]
    # `:PATH` is PATH from the top of the work tree, `:./PATH` from the current folder: as outside_sparse_checkout
    # looks a name up, the top first.
    asked = [f":{posixpath.normpath(name.replace(os.sep, '/'))}" for name in yaml]
    asked += [f":./{posixpath.normpath(name.replace(os.sep, '/'))}" for name in yaml]
    # Where each name lies, for `exclude`: from the top as git lists it, unless only the current folder has it.
    where = {name: os.path.join(top, name) for name in unasked + yaml}
    if not asked:
        return _left_in(where, config_path)
    try:
        proc = run_git(["cat-file", "--batch"], cwd=here, env=git_env(optional_locks=False),
                       input="".join(f"{spec}\n" for spec in asked).encode("utf-8", "surrogateescape"))
    except OSError:
        return _left_in(where, config_path)
    if proc.returncode != 0:
        return _left_in(where, config_path)
    blobs: list[bytes | None] = []
    out, pos = proc.stdout, 0
    for _spec in asked:
        end = out.find(b"\n", pos)
        header = out[pos:end].split(b" ")
        if end < 0 or len(header) != 3 or header[1] != b"blob":
            blobs.append(None)
            pos = end + 1 if end >= 0 else len(out)
            continue
        size = int(header[2])
        blobs.append(out[end + 1:end + 1 + size])
        pos = end + 1 + size + 1
    from .workspace import claims_cxkit_kind
    from .yamlio import load_bytes

    found = {name: where[name] for name in unasked}
    for name, from_top, from_here in zip(yaml, blobs[:len(yaml)], blobs[len(yaml):]):
        raw = from_top if from_top is not None else from_here
        if raw is None or is_lfs_pointer(raw) or claims_cxkit_kind(load_bytes(raw), raw):
            found[name] = where[name] if from_top is not None or from_here is None else os.path.join(here, name)
    return _left_in(found, config_path)


def _left_in(found: dict[str, str], config_path: Any) -> list[str]:
    """The names of ``found`` (a listed name: the path of its file, which the sparse checkout keeps off the disk)
    that `exclude` leaves in, as `--only-documents` tells the files here (:func:`cxkit.named.not_excluded`): a
    draft the config leaves out is not checked here either, so it is no document the list leaves unchecked.
    The config is ``config_path`` (`--config`), else the one found from the current folder, where a file off
    the disk takes its config from; one that cannot be read leaves every name in (the run says why)."""
    if not found:
        return []
    from .config import ConfigError, load_config
    from .named import not_excluded

    try:
        config = load_config(config_path, check_rules=False, near=tuple(found.values()))
    except (ConfigError, OSError, ValueError):
        return list(found)
    kept = set(not_excluded(list(found.values()), config, own_configs=config_path is None))
    return [name for name, path in found.items() if path in kept]


def sparse_note(names: list[str], pl: bool = False) -> str:
    """The note on listed paths outside the sparse checkout: not deleted, only not here to check, and how to;
    ``pl``: in Polish (the workspace's config says `lang = "pl"`)."""
    count = len(names)
    if pl:
        return _sparse_note_pl(names)
    what = ("1 listed path was not checked: it lies outside the sparse checkout" if count == 1 else
            f"{count} listed paths were not checked: they lie outside the sparse checkout")
    named = ", ".join(names[:_NAMED_SKIPPED])
    more = f", and {count - _NAMED_SKIPPED} more" if count > _NAMED_SKIPPED else ""
    folder = posixpath.dirname(names[0].replace(os.sep, "/")) or "."
    from .cliutil import shell_word

    it = "it" if count == 1 else "them"
    return (f"{what} (git marks {it} skip-worktree, so {'it is' if count == 1 else 'they are'} not on disk): "
            f"{named}{more}; `git sparse-checkout add {shell_word(folder)}` brings {it} in to check")


def _sparse_note_pl(names: list[str]) -> str:
    """:func:`sparse_note` in Polish."""
    from .cliutil import shell_word
    from .lint.polish import counted, plural

    count = len(names)
    what = (f"{counted(count, 'ścieżka', 'ścieżki', 'ścieżek')} z listy "
            f"{plural(count, 'nie została sprawdzona', 'nie zostały sprawdzone', 'nie zostało sprawdzonych')}: "
            f"{plural(count, 'leży', 'leżą', 'leży')} poza sparse checkoutem")
    named = ", ".join(names[:_NAMED_SKIPPED])
    more = f" i jeszcze {count - _NAMED_SKIPPED}" if count > _NAMED_SKIPPED else ""
    folder = posixpath.dirname(names[0].replace(os.sep, "/")) or "."
    it, its = ("ją", "jej") if count == 1 else ("je", "ich")
    return (f"{what} (git oznacza {it} jako skip-worktree, więc nie ma {its} na dysku): {named}{more}; "
            f"`git sparse-checkout add {shell_word(folder)}` dołączy {it} do sprawdzenia")


class LeftOut:
    """The entries of a list `--files-from` reads that name no file here, as :func:`with_listed` leaves them, for
    the command to ask, once it knows that none of the files listed is a document it checks, whether some lie
    outside the sparse checkout (:meth:`nothing_checked`)."""

    def __init__(self) -> None:
        self.sparse: list[str] = []  # known to lie outside the sparse checkout
        self.unasked: list[str] = []  # not asked of git (under --quiet)
        self.config_path: Any = None  # `--config`, whose `exclude` leaves some of them out

    def nothing_checked(self) -> None:
        """A usage error (exit 2) when some listed files lie outside the sparse checkout and nothing else of the
        list is checked (or formatted), as when every one of them lies there: the files
        are in the repository, so a job that checked none of them must not pass as if it had.  Else nothing:
        a list of deleted files, or of files that are no documents, is nothing to check (exit 0)."""
        if self.unasked:
            self.sparse += documents_outside(outside_sparse_checkout(self.unasked), self.config_path)
            self.unasked = []
        if self.sparse:
            _refuse_sparse(self.sparse, others=True)


def _refuse_sparse(sparse: list[str], others: bool = False) -> None:
    """The usage error of a list whose files outside the sparse checkout are all it would have had checked
    (``others``: the other files it names are here, and none is a cxkit document that `exclude` leaves in)."""
    from .discovery import UsageError

    count = len(sparse)
    if count == 1:
        which = f"{sparse[0]}, a file the list names, lies" if others else "the file the list names lies"
        them = "its folder into it (git sparse-checkout add) to check it, or leave it"
    else:
        which = f"the {count} files the list names lie" if not others else (
            f"{count} files the list names ({', '.join(sparse[:_NAMED_SKIPPED])}"
            f"{f', and {count - _NAMED_SKIPPED} more' if count > _NAMED_SKIPPED else ''}) lie")
        them = "their folders into it (git sparse-checkout add) to check them, or leave them"
    rest = "; none of the others it names is a cxkit document that `exclude` leaves in" if others else ""
    raise UsageError(f"--files-from: nothing was checked: {which} outside the sparse checkout{rest}; bring {them} "
                     "out of the list")


def with_listed(paths: list[str] | None, source: str, stdin_filename: str | None, quiet: bool = False,
                pl: Callable[[], bool] | None = None, left: LeftOut | None = None, config_path: Any = None) -> list[str]:
    """``paths`` (as named on the command line) and then those ``source`` lists, for `--files-from`;
    a usage error beside a document read from stdin (`-`, --stdin-filename). The entries that name no file
    are said in one note on stderr, unless ``quiet``; ``pl``, asked only then: whether the workspace speaks
    Polish, and the note with it.  ``left``: filled with those entries, for the command to refuse a run that
    then checks nothing (:meth:`LeftOut.nothing_checked`).  ``config_path``: `--config`, whose `exclude` (else
    that of the config found) leaves out of the count a document outside the sparse checkout."""
    from .discovery import UsageError

    if (paths and "-" in paths) or stdin_filename is not None:
        raise UsageError("--files-from reads a list of files to check, not a document on standard input ('-', "
                         "--stdin-filename): use one or the other (a file called '-' is named ./-)")
    try:
        listed, skipped = listed_paths(source)
    except UsageError as exc:
        said = _LIST_REFUSED_PL.fullmatch(str(exc))
        if said is None or pl is None or not pl():
            raise
        why = ("to nie plik ani potok (to urządzenie albo gniazdo)" if said["why"].startswith("not a file") else
               f"lista jest większa niż {MAX_LIST_BYTES >> 20} MB")
        raise UsageError(f"--files-from {said['name']}: {why}; podaj plik z listą ścieżek albo - dla standardowego "
                         "wejścia") from None
    # With nothing else to check, a listed file outside the sparse checkout is asked of git even under
    # --quiet: the run would check nothing of what the list asks for (see below).
    nothing_else = not listed and not paths
    sparse = outside_sparse_checkout(skipped) if skipped and (not quiet or nothing_else) else []
    outside = len(sparse)
    if sparse:
        # Only the documents among them are unchecked (a change to code or to CI's workflow outside the sparse
        # checkout is none); the others are said nowhere, as a listed README.md here is not.
        skipped = [name for name in skipped if name not in sparse]
        sparse = documents_outside(sparse, config_path)
    if (skipped or sparse) and not quiet:
        from .cliutil import error

        if sparse:
            polish = pl is not None and pl()
            error(f"{'uwaga' if polish else 'note'}: {sparse_note(sparse, polish)}")
        if skipped:
            polish = pl is not None and pl()
            error(f"{'uwaga' if polish else 'note'}: {skipped_note(skipped, pl=polish)}")
    if sparse and nothing_else:
        # Not "nothing to check" (exit 0, as for a list of deleted files): the files are there, in the
        # repository, and a job that checks none of them must not pass as if it had checked them.
        _refuse_sparse(sparse, others=len(sparse) < outside)
    if left is not None:
        # (The rest, asked of git only if none of the files listed turns out to be a document checked.)
        left.sparse = list(sparse)
        left.unasked = list(skipped) if quiet and not nothing_else else []
        left.config_path = config_path
    from .lint.plugins import distrust

    distrust(listed)  # no rule plugin from the checkout of a listed file (docs/plugins.md)
    return [*(paths or ()), *(p for p in listed if p not in (paths or ()))]
