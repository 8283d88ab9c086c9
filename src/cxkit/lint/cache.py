"""A content-hash cache of lint results, so an unchanged workspace re-lints in a blink.

The cache folder (``.cxkit_cache`` beside the config, or ``CXKIT_CACHE_DIR``)
ignores itself in git.  Entries are keyed by a fingerprint of everything that
can change a result — cxkit's version, the configuration and selected rules,
the installed rule plugins, the lexicons — plus each file's bytes, so a stale
entry is never used; it simply misses.  The date is no part of a key: each entry records the days its
results hold on (:mod:`cxkit.clock`: the rules that read the date say how long
each answer stands), and is served on those days only.  A file whose results
read no date stays warm across days; one with a review that turns stale
tomorrow is checked again tomorrow.  Every write is atomic; a broken
or foreign cache file is ignored, never fatal.  The cache is JSON, never
pickle: a cache folder committed by someone else must not be able to run code.

A whole-run entry keeps its findings as compressed JSON text, so reading the
runs file costs next to nothing however many runs it holds, and only the
entry that is used gets unpacked.  Beside them it keeps the output already
printed for that run in each plain format, so an unchanged workspace is
answered by writing that text again.
"""

from __future__ import annotations

import binascii
import contextlib
import errno
import json
import os
import re
import stat
import time
import zlib
from pathlib import Path
from typing import Any, Callable, Iterator

try:  # hashlib's own blake2b, without the OpenSSL bindings hashlib loads first (a few ms of every warm run)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

CACHE_DIR_NAME = ".cxkit_cache"
_FILES = "files-v1.json"
_RUNS = "runs-v1.json"
_FMT = "fmt-v1.json"
_LOOKALIKES = "lookalikes-v1.json"
#: The form of the findings' rows the entries hold (:meth:`cxkit.lint.finding.Finding.as_row`), in every run's
#: key: 2 adds each finding's place in its document, so an entry written before is never read as lacking it.
ROWS = "rows-2"
_MAX_RUNS = 16
#: Answers of the git-ignored look-alike note kept (LookalikeMemo): one per workspace, folders searched
#: and cwd asked about, so as many as the whole-run entries, on its own count.
_MAX_LOOKALIKE_ANSWERS = 16
#: Per-file entries kept at least, whatever the size of the run (see LintCache.put_files).
_MIN_FILES = 4096
_PACKAGE = Path(__file__).resolve().parent.parent


def _override() -> str | None:
    """The folder CXKIT_CACHE_DIR names, a leading ``~`` read as the home folder (a CI file's `env:`
    passes it to cxkit unexpanded), or None."""
    override = os.environ.get("CXKIT_CACHE_DIR")
    return os.path.expanduser(override) if override else None


def cache_dir(root: Path) -> Path:
    override = _override()
    return Path(override) if override else root / CACHE_DIR_NAME


#: The CXKIT_CACHE_DIR folders this process has said it cannot use: one warning each.
_WARNED: set[str] = set()


def _in_polish() -> bool:
    """Whether the cache's warnings speak Polish: the command under way read a config that says `lang = "pl"`
    (:data:`cxkit.cliutil.RUN_IN_POLISH`).  The system's own words in them (`Permission denied`) stay as they are."""
    from ..cliutil import RUN_IN_POLISH

    return RUN_IN_POLISH.get()


#: The caches' names and what the run did without them, in Polish (the genitive: "nie może pomieścić pamięci …").
_CACHE_PL = {"the lint cache": "pamięci podręcznej lint", "the fmt cache": "pamięci podręcznej fmt",
             "the cache": "pamięci podręcznej"}
_THEN_PL = {"the run went on without it": "polecenie wykonano bez niej",
            "there is nothing of cxkit's there to clear": "nie ma tam niczego z cxkit do wyczyszczenia"}
#: Why a cache folder is not used (:func:`refusal`), and what to do, in Polish.
_REFUSAL_PL = {
    "it is a symbolic link, which a checkout can point anywhere":
        "to dowiązanie symboliczne, a kopia robocza może je skierować dokądkolwiek",
    "git tracks files in it, or does not ignore it, so what it holds may come from the checkout":
        "git śledzi w nim pliki albo go nie ignoruje, więc jego zawartość może pochodzić z kopii roboczej",
    "it lies in a git work tree and git could not tell whether it tracks files in it":
        "leży w drzewie roboczym gita, a git nie umiał powiedzieć, czy śledzi w nim pliki",
}


def refusal(folder: Path, memo: dict[Any, Any] | None = None) -> str | None:
    """Why the cache in ``folder`` must be neither read nor written, or None when it may be.

    A cache answers "this file has no findings" for bytes anyone can hash, so its answers are only as
    trustworthy as whoever wrote the folder.  One the checkout itself may have brought is refused: a
    folder inside a git work tree that git does not ignore whole, or in which it tracks a file (a pull
    request can `git add -f .cxkit_cache/files-v1.json`), and the folder beside the config when it is a
    symbolic link (committed, it sends the cache anywhere).  A folder CXKIT_CACHE_DIR names may be a
    link: the user chose it; inside a work tree, git must still ignore it.  Git's answer is the one the
    run's folder scan already asked for (``memo``: see :func:`cxkit.discovery.git_ignores_whole`).
    """
    override = _override()
    named = override is not None and Path(override) == folder
    path = os.path.abspath(folder)
    try:
        info = os.lstat(path)
    except OSError:
        return None  # not there (made when written) or not reachable: nothing to read from the checkout
    if stat.S_ISLNK(info.st_mode):
        if not named:
            return "it is a symbolic link, which a checkout can point anywhere"
        path = os.path.join(os.path.realpath(os.path.dirname(path)), os.path.basename(path))  # the link itself
    elif not stat.S_ISDIR(info.st_mode):
        return None  # a file where the folder should be holds no cache: nothing is read, and writing fails as it did
    else:
        path = os.path.realpath(path)
    from ..gitutil import work_tree_top

    if work_tree_top(os.path.dirname(path)) is None:
        return None
    from ..discovery import git_ignores_whole

    whole = git_ignores_whole(path, memo)
    if whole:
        return None
    if whole is None:
        return _UNANSWERED
    return "git tracks files in it, or does not ignore it, so what it holds may come from the checkout"


#: Each cache folder's answer of :func:`refusal`, for the run under way (:func:`one_store_per_folder`).
_RUN_REFUSALS: dict[str, str | None] | None = None
#: The cache folders this process has said it does not use: one note each.
_REFUSED: set[str] = set()


def usable(folder: Path, memo: dict[Any, Any] | None = None) -> bool:
    """Whether the cache in ``folder`` may be read and written (see :func:`refusal`); when not, say once
    on stderr which folder and why, and what to do.  Never in a report: stdout and `-o` files stay as
    they are, and the run goes on without the cache (as with --no-cache), its exit code unchanged."""
    where = os.path.abspath(folder)
    if _RUN_REFUSALS is not None and where in _RUN_REFUSALS:
        why = _RUN_REFUSALS[where]
    else:
        why = refusal(folder, memo)
        if _RUN_REFUSALS is not None:
            _RUN_REFUSALS[where] = why
    if why is None:
        return True
    _say_refused(where, why)
    return False


#: Why a cache folder not made yet is not made (:func:`may_make`): the reason :func:`refusal` gives it once made.
_UNANSWERED = "it lies in a git work tree and git could not tell whether it tracks files in it"


def may_make(folder: Path) -> bool:
    """Whether the cache folder ``folder``, not there yet, may be made: not when it would lie in a git work
    tree git will not answer for (a checkout of another user's that git refuses as of dubious ownership,
    `safe.directory` unset), where every later run refuses it (:func:`refusal`): a folder made there could
    not be told from one the checkout brought.  Then it is not made, and the run says so once, as those
    runs do; asked only when it is about to be made, so a run that finds it, or writes nothing, asks
    git nothing more.  Nor is a CXKIT_CACHE_DIR of `~/…` made when that home folder does not exist
    (`HOME=/nonexistent`, by convention a home that must never be made): said once, and the run goes on
    without the cache."""
    if os.path.lexists(folder):
        return True
    home = _missing_home(folder)
    if home is not None:
        raw = os.environ.get("CXKIT_CACHE_DIR", "")
        if raw not in _WARNED:
            _WARNED.add(raw)
            import sys

            from ..visible import visible_name

            own = home != raw.replace("\\", "/").split("/", 1)[0]
            if _in_polish():
                said = (f"folder domowy {visible_name(home)} nie istnieje" if own else f"{visible_name(home)} nie "
                        "wskazuje tu żadnego folderu domowego (nie ma takiego użytkownika albo żadnego nie ustawiono)")
                sys.stderr.write(f"cxkit: ostrzeżenie: CXKIT_CACHE_DIR wskazuje {visible_name(raw)}, ale {said}; "
                                 "polecenie wykonano bez pamięci podręcznej\n")
                return False
            said = f"the home folder {visible_name(home)} does not exist" if own \
                else f"{visible_name(home)} names no home folder here (no such user, or none set)"
            sys.stderr.write(f"cxkit: warning: CXKIT_CACHE_DIR names {visible_name(raw)}, but {said}; "
                             "the run went on without the cache\n")
        return False
    from ..discovery import git_ignores_whole
    from ..gitutil import work_tree_top

    path = os.path.abspath(folder)
    above = os.path.dirname(path)
    while not os.path.isdir(above) and os.path.dirname(above) != above:  # CXKIT_CACHE_DIR's folders to be made
        above = os.path.dirname(above)
    real = os.path.join(os.path.realpath(above), os.path.relpath(path, above))
    top = work_tree_top(os.path.realpath(above))
    if top is None or git_ignores_whole(real) is not None or _git_answers(top):
        return True  # (git answers, but not of a folder that is not there inside an ignored one: made, as always)
    _say_refused(path, _UNANSWERED)
    return False


def _missing_home(folder: Path) -> str | None:
    """The home folder a CXKIT_CACHE_DIR of `~/…` (or `~user/…`) names when it does not exist and ``folder`` is
    that cache folder; else None."""
    raw = os.environ.get("CXKIT_CACHE_DIR", "")
    if not raw.startswith("~") or Path(os.path.expanduser(raw)) != folder:
        return None
    head = raw.replace("\\", "/").split("/", 1)[0]
    home = os.path.expanduser(head)
    if home == head:  # `~nosuchuser/…` (or `~` with no home set): not a folder of that name in the current one
        return head
    return home if not os.path.isdir(home) else None


def _git_answers(top: str) -> bool:
    """Whether git works in the work tree at ``top``: installed, and not refusing the repository."""
    from ..gitutil import git_env, run_git

    try:
        return run_git(["rev-parse", "--git-dir"], cwd=top, env=git_env(optional_locks=False)).returncode == 0
    except OSError:
        return False


def _say_refused(where: str, why: str) -> None:
    """Say once on stderr that the cache in ``where`` is not used, ``why``, and what to do (see :func:`usable`)."""
    if where not in _REFUSED:
        _REFUSED.add(where)
        import sys

        from ..config import shown_path

        from ..cliutil import shell_word

        shown = shown_path(Path(where))
        if _in_polish() and why in _REFUSAL_PL:
            if why.startswith("git tracks"):
                fix = (f"usuń go z gita (`git rm -r --cached {shell_word(shown)}`) albo ustaw CXKIT_CACHE_DIR na folder "
                       "poza kopią roboczą")
            elif why.startswith("it is a symbolic link"):
                fix = "usuń dowiązanie albo ustaw CXKIT_CACHE_DIR na folder, w którym ma być pamięć podręczna"
            else:
                fix = "ustaw CXKIT_CACHE_DIR na folder poza kopią roboczą"
            sys.stderr.write(f"cxkit: ostrzeżenie: folder pamięci podręcznej {shown} nie jest używany ({_REFUSAL_PL[why]}); "
                             f"sprawdzono każdy plik; {fix}\n")
            return
        if why.startswith("git tracks"):
            fix = f"take it out of git (`git rm -r --cached {shell_word(shown)}`) or set CXKIT_CACHE_DIR to a folder outside the checkout"
        elif why.startswith("it is a symbolic link"):
            fix = "remove the link, or set CXKIT_CACHE_DIR to the folder you want the cache in"
        else:
            fix = "set CXKIT_CACHE_DIR to a folder outside the checkout"
        sys.stderr.write(f"cxkit: warning: the cache folder {shown} is not used ({why}); every file was checked; {fix}\n")


def unusable(folder: Path, exc: OSError | None = None, pl: bool = False) -> str | None:
    """Why ``folder`` cannot hold the cache: it, or a folder above it, is a file; else what ``exc`` (the
    error writing it) says, as `writing there failed: Permission denied`; None when neither tells anything.
    ``pl``: in Polish, the system's words as they are (`zapis tam się nie udał: Permission denied`)."""
    probe = folder
    while True:
        try:
            info = os.stat(probe)
        except (FileNotFoundError, NotADirectoryError):
            if probe.parent == probe:
                break
            probe = probe.parent
            continue
        except OSError as err:
            return err.strerror or str(err)
        if not stat.S_ISDIR(info.st_mode) and pl:
            return "to plik, a nie folder" if probe == folder else f"{probe} to plik, a nie folder"
        if not stat.S_ISDIR(info.st_mode):
            return "it is a file, not a folder" if probe == folder else f"{probe} is a file, not a folder"
        break
    if exc is None:
        return None
    # The system's words alone ("No such file or directory") do not say what was tried.
    return f"zapis tam się nie udał: {exc.strerror or exc}" if pl else f"writing there failed: {exc.strerror or exc}"


def warn_unusable(
    folder: Path, exc: OSError | None = None, then: str = "the run went on without it", cache: str = "the lint cache",
) -> bool:
    """Say once on stderr that ``folder``, the cache folder CXKIT_CACHE_DIR names, cannot be used, and why
    (see :func:`unusable`); whether it said so.  ``cache`` names the command's cache: fmt's is not lint's.
    The folder beside the config (`.cxkit_cache`) is told of only when the disk or the quota is full
    (:func:`_warn_full`): a read-only checkout must lint without a word, as it always has.  Not an
    error: the run goes on without the cache, its exit code unchanged."""
    override = _override()
    if not override or Path(override) != folder:
        return _warn_full(folder, exc, then, cache)
    pl = _in_polish() and cache in _CACHE_PL and then in _THEN_PL
    why = unusable(folder, exc, pl)
    if why is None or override in _WARNED:
        return why is not None
    _WARNED.add(override)
    import sys

    from ..visible import visible_name

    if pl:
        sys.stderr.write(f"cxkit: ostrzeżenie: CXKIT_CACHE_DIR wskazuje {visible_name(override)}, który nie może pomieścić "
                         f"{_CACHE_PL[cache]} ({why}); {_THEN_PL[then]}\n")
        return True
    sys.stderr.write(f"cxkit: warning: CXKIT_CACHE_DIR names {visible_name(override)}, which cannot hold {cache} "
                     f"({why}); {then}\n")
    return True


#: The errors writing the default cache folder that are told of: a full disk or quota, which CI's
#: owner wants to hear of (every run is now cold).  One that says the checkout is not to be written
#: (read-only, another user's) is not: such a checkout lints without a word.
_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def _warn_full(folder: Path, exc: OSError | None, then: str, cache: str) -> bool:
    """Say once on stderr that ``exc``, a full disk, kept ``cache`` from being written in ``folder``; or that
    the folder itself refused it in a checkout that can be written (:func:`_blocked_in_writable`)."""
    if exc is None:
        return False
    blocked = None if exc.errno in _FULL else _blocked_in_writable(folder, exc)
    if exc.errno not in _FULL and blocked is None:
        return False
    if str(folder) not in _WARNED:
        _WARNED.add(str(folder))
        import sys

        from ..cliutil import shell_word
        from ..config import shown_path

        shown = shown_path(folder, folder.parent)
        if _in_polish() and cache in _CACHE_PL and then in _THEN_PL:
            where = f"nie można zapisać {_CACHE_PL[cache]} w {shown}"
            if blocked is None:
                sys.stderr.write(f"cxkit: ostrzeżenie: {where} ({exc.strerror or os.strerror(exc.errno)}); {_THEN_PL[then]}\n")
            else:
                sys.stderr.write(f"cxkit: ostrzeżenie: {where} ({_blocked_pl(blocked)}); {_THEN_PL[then]}, więc sprawdzono "
                                 f"każdy plik; ten folder trzyma tylko zapamiętane wyniki: usuń go (rm -r "
                                 f"{shell_word(shown)}, z sudo, jeśli należy do innego użytkownika) albo ustaw "
                                 "CXKIT_CACHE_DIR na folder, do którego możesz pisać\n")
            return True
        if blocked is None:
            sys.stderr.write(f"cxkit: warning: cannot write {cache} in {shown} "
                             f"({exc.strerror or os.strerror(exc.errno)}); {then}\n")
        else:
            sys.stderr.write(f"cxkit: warning: cannot write {cache} in {shown} ({blocked}); {then}, checking every "
                             f"file; it holds only cached results: remove it (rm -r {shell_word(shown)}, with sudo "
                             "if another user owns it), or set CXKIT_CACHE_DIR to a folder you can write\n")
    return True


def _blocked_pl(blocked: str) -> str:
    """:func:`_blocked_in_writable`'s words in Polish, the system's error (before the colon) as it is."""
    if blocked == "it is a file, not a folder":
        return "to plik, a nie folder"
    why, _, rest = blocked.partition(": ")
    if rest.startswith("the folder belongs to ") and rest.endswith(", though this checkout can be written"):
        owner = rest[len("the folder belongs to "):-len(", though this checkout can be written")]
        return f"{why}: folder należy do {owner}, choć do tej kopii roboczej można pisać"
    if rest == "the folder cannot be written, though this checkout can":
        return f"{why}: do folderu nie można pisać, choć do tej kopii roboczej można"
    return blocked


#: The errors of a folder that refuses to be written (its owner or mode), as against a full disk.
_REFUSED_WRITE = frozenset({errno.EACCES, errno.EPERM, errno.EEXIST, errno.ENOTDIR})


def _blocked_in_writable(folder: Path, exc: OSError) -> str | None:
    """Why the cache folder ``folder`` refused the write ``exc`` while the folder it lies in (the checkout)
    can be written: a `.cxkit_cache` left by a run as root (`sudo cxkit lint`, a container), or with its
    mode changed, or a file of that name.  Then every run is silently cold, where a read-only checkout
    is meant to be: None for that (the folder above cannot be written either), and for other errors."""
    if exc.errno not in _REFUSED_WRITE or not os.access(folder.parent, os.W_OK | os.X_OK):
        return None
    try:
        info = os.stat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode):
        return "it is a file, not a folder"
    why = exc.strerror or os.strerror(exc.errno or 0)
    geteuid = getattr(os, "geteuid", None)  # none on Windows, whose st_uid says nothing of an owner
    if geteuid is not None and info.st_uid != geteuid():
        try:
            import pwd

            owner = pwd.getpwuid(info.st_uid).pw_name
        except (ImportError, KeyError):
            owner = f"user {info.st_uid}"
        return f"{why}: the folder belongs to {owner}, though this checkout can be written"
    return f"{why}: the folder cannot be written, though this checkout can"


def file_key(
    fingerprint: str, display: str, explicit: bool, raw: bytes, size: int | None = None, context: bool = False,
    there: str | None = None,
) -> str:
    """The key of one file's results; ``size`` is its full size when ``raw`` stops at the size cap.

    An oversized file is read only to one byte past the cap, and its finding names its size:
    two sizes with the same first bytes are two results.  A file read as ``context`` has results
    without its own findings: they are kept apart.  ``there``: where a link (or a file in a linked
    folder) leads, from the config's folder; `per-file-ignores` match that path too.
    """
    h = blake2b(raw, digest_size=16)
    # surrogatepass: a file name that is not valid UTF-8 reaches Python with lone surrogates in it.
    h.update(f"\0{fingerprint}\0{display}\0{int(explicit)}{'c' if context else ''}".encode("utf-8", "surrogatepass"))
    if there is not None:
        h.update(f"\0->{there}".encode("utf-8", "surrogatepass"))
    if size is not None and size != len(raw):
        h.update(f"\0{size}".encode())
    return h.hexdigest()


def run_key(fingerprint: str, file_keys: list[str], extra: list[Any]) -> str:
    h = blake2b(fingerprint.encode(), digest_size=16)
    for key in file_keys:
        h.update(key.encode())
    h.update(repr(extra).encode())
    return h.hexdigest()


_LEXICON_FINGERPRINT: str | None = None
_CODE_FINGERPRINT: str | None = None


def lexicon_fingerprint() -> str:
    """A hash of the shipped lexicon files: editing them invalidates cached results."""
    global _LEXICON_FINGERPRINT
    if _LEXICON_FINGERPRINT is None:
        h = blake2b(digest_size=16)
        folder = _PACKAGE / "lint" / "lexicons"
        # listdir, not Path.glob: a glob compiles a regex first, most of the cost in a fresh process.
        for name in sorted(n for n in os.listdir(folder) if n.endswith(".yaml")) if folder.is_dir() else []:
            h.update(name.encode())
            h.update((folder / name).read_bytes())
        _LEXICON_FINGERPRINT = h.hexdigest()
    return _LEXICON_FINGERPRINT


def code_fingerprint(folder: Path | None = None) -> str:
    """cxkit's version plus a hash of the bytes of its own source files.

    A release changes the version; an editable install being worked on changes
    its files. Either way results from the old code are not reused.  The bytes,
    not the files' times or place: CI installs cxkit afresh in every job, and a
    cache restored from an earlier job is used as long as the code is the same.
    Reading them costs a few ms, so ``folder`` (the cache folder) keeps the hash
    under the files' paths, sizes and times (:data:`_CODE_MEMO`): a run of an
    install seen before only stats them.
    """
    global _CODE_FINGERPRINT
    if _CODE_FINGERPRINT is None:
        files = [
            os.path.join(where, name)
            for where, _dirs, names in sorted(os.walk(_PACKAGE))
            for name in sorted(names) if name.endswith((".py", ".yaml"))
        ]
        signature = _code_signature(files)
        if folder is not None and signature is not None and not usable(folder):
            folder = None  # a cache folder the checkout may have brought: its memo could name any hash
        memo = _read_code_memo(folder) if folder is not None and signature is not None else {}
        code = memo.get(signature) if signature is not None else None
        if not isinstance(code, str):
            code = _code_hash(files)
            if folder is not None and signature is not None:
                _write_code_memo(folder, memo, signature, code)
        _CODE_FINGERPRINT = code
    return _CODE_FINGERPRINT


#: The hash of cxkit's source files by their paths, sizes and times, one entry per install seen
#: (several venvs may share a CXKIT_CACHE_DIR): see :func:`code_fingerprint`.
_CODE_MEMO = "code-v1.json"
_MAX_CODE_MEMO = 8


def _code_hash(files: list[str]) -> str:
    from .. import __version__

    h = blake2b(__version__.encode(), digest_size=16)
    for path in files:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError:
            data = b"\0unreadable"
        rel = os.path.relpath(path, _PACKAGE).replace(os.sep, "/")
        h.update(f"\0{rel}\0{len(data)}\0".encode("utf-8", "surrogatepass"))
        h.update(data)
    return h.hexdigest()


def _code_signature(files: list[str]) -> str | None:
    """The paths, sizes and times of cxkit's source files; None while one changed too lately to
    trust its times (an editor's second save in the same clock tick: see :data:`SETTLE_NS`)."""
    settled = time.time_ns() - settle_ns()
    h = blake2b(digest_size=16)
    for path in files:
        try:
            st = os.stat(path)
        except OSError:
            return None
        if st.st_mtime_ns > settled or st.st_ctime_ns > settled:
            return None
        h.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _read_code_memo(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads(_read_regular(folder / _CODE_MEMO))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_code_memo(folder: Path, memo: dict[str, Any], signature: str, code: str) -> None:
    """Keep ``code`` under ``signature`` in a cache folder that exists (one is not made for it); best effort."""
    if not folder.is_dir():
        return
    from ..fsutil import write_atomic

    memo = {k: v for k, v in memo.items() if isinstance(v, str)}
    memo.pop(signature, None)
    memo[signature] = code
    while len(memo) > _MAX_CODE_MEMO:
        memo.pop(next(iter(memo)))
    try:
        write_atomic(folder / _CODE_MEMO, json.dumps(memo, separators=(",", ":")).encode("ascii"), follow_symlinks=False)
    except (OSError, ValueError):
        pass


#: Installed packages whose version can change a finding: the YAML parser and the schema validator.
_DEPENDENCIES = ("pydantic", "pydantic_core", "ruamel_yaml")
_DEPENDENCY_FINGERPRINT: str | None = None


def python_fingerprint() -> str:
    """What of the running Python can change a finding: its implementation, its release (3.11.7; a
    patch release may fix `re`, `difflib` or `tomllib`, whose answers word findings and did-you-means)
    and the Unicode data its `unicodedata` carries (letters, invisible characters, normalisation).
    Not the build (``sys.version`` names the compiler and the date): two builds of 3.11.7 (pyenv's
    and a distribution's, or an image rebuilt) give the same findings and share the cache."""
    import sys
    import unicodedata

    major, minor, micro, level, serial = sys.version_info[:5]
    release = f"{major}.{minor}.{micro}" + ("" if level == "final" else f"{level}{serial}")
    return f"{sys.implementation.name}-{release} unicode-{unicodedata.unidata_version}"


def dependency_fingerprint() -> str:
    """The Python (:func:`python_fingerprint`) and the installed versions of the packages that word
    the findings.

    Read from the names of their ``*.dist-info`` folders (which carry the
    version) without importing them: upgrading ruamel.yaml or pydantic may
    reword a finding, so results from before the upgrade are not reused.
    """
    global _DEPENDENCY_FINGERPRINT
    if _DEPENDENCY_FINGERPRINT is None:
        from importlib.machinery import PathFinder

        sites = set()
        for top in ("pydantic", "ruamel"):
            # PathFinder only looks: neither the package nor a namespace parent is imported.
            spec = PathFinder.find_spec(top)
            for location in (spec.submodule_search_locations or []) if spec is not None else []:
                sites.add(os.path.dirname(location))
        found = []
        for site in sorted(sites):
            try:
                names = os.listdir(site)
            except OSError:
                continue
            found += [n for n in names if n.endswith((".dist-info", ".egg-info")) and n.split("-")[0].lower().replace(".", "_") in _DEPENDENCIES]
        _DEPENDENCY_FINGERPRINT = "\0".join([python_fingerprint(), *sorted(found)])
    return _DEPENDENCY_FINGERPRINT


def rules_fingerprint() -> str:
    """The rules in force beyond cxkit's own source (which :func:`code_fingerprint` covers): each
    installed rule plugin's distribution, version and entry points, read without importing them, and
    any rule a script registered itself (its code, name and source file's hash: see
    :func:`cxkit.lint.rule.foreign_rules`).  The same before and after the plugins are imported, so that
    a warm run, which loads no rule, finds what the run that loaded them stored."""
    from .. import _imported
    from .plugins import fingerprint

    rule: Any = _imported("cxkit.lint.rule")  # not imported: no rule can have been registered from outside
    foreign = rule.foreign_rules() if rule is not None else []
    return "\0".join(["plugins", fingerprint(), "foreign", *foreign])


def run_fingerprint(
    config_source: Path | None, selection: Any, lang: str | None, config_bytes: bytes | None = None
) -> str:
    """Everything besides the files that can change a whole run's result, cheap to compute.

    The config file's bytes stand for every setting (rules, options, ignores,
    excludes), the selection for the command line.  Not the date: each entry keeps the days
    it holds on instead (see :class:`LintCache`), so a cache restored on a later day stays warm.
    ``config_bytes`` are the bytes the settings in force were read from; without
    them the file is read now.  The config's place counts from the current folder
    (:func:`config_place`), not from the disk's root: a checkout restored at
    another path (a CI runner's new build folder) uses the results kept at the old one.
    """
    from ..clock import peek

    peek()  # a CXKIT_TODAY that is no date stops the run here (exit 2), cached or not
    root = _config_root(config_source)
    h = blake2b(digest_size=16)
    parts = (
        ROWS, code_fingerprint(cache_dir(root)), lexicon_fingerprint(), dependency_fingerprint(), rules_fingerprint(),
        config_place(config_source, root), repr(selection), str(lang),
    )
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    if config_bytes is not None:
        h.update(config_bytes)
    elif config_source is not None:
        try:
            h.update(Path(config_source).read_bytes())
        except OSError:
            h.update(b"\0unreadable")
    return h.hexdigest()


def _config_root(config_source: Path | None) -> Path:
    """The folder of the workspace a config file marks, as :func:`cxkit.config.load_config` finds it."""
    return Path(config_source).parent.resolve() if config_source is not None else Path.cwd()


def config_place(config_source: Path | None, root: Path) -> str:
    """The config file's name, the current folder's path from the config's folder (``root``) and
    the config's folder's path from the current folder.

    With the shown paths (relative to the current folder) they tell where each file lies in the
    workspace, which is what `per-file-ignores` and the messages go by, and none of them changes
    when the whole checkout moves.  Both ways: `..`, the current folder's path from a config's folder
    below it, does not say which folder that is, so `--config ws/cxkit.toml ws` (files inside the
    config's folder) and `--config zz/cxkit.toml ws` (files beside it, which a pattern anchored with
    `/` does not match) would share a key.  Absolute only where no relative path leads (another drive).
    """
    name = Path(config_source).name if config_source is not None else ""
    try:
        cwd = os.getcwd()
        here = f"{os.path.relpath(cwd, root)}\0{os.path.relpath(root, cwd)}"
    except (OSError, ValueError):  # another drive (Windows), or the current folder is gone
        here = f"\0{root}"
    return f"{name}\0{here}"


def stat_key(
    fingerprint: str, targets: list[Any], unreadable: list[tuple[str, str]], shown: Any = (),
    racy: list[int] | None = None,
) -> str | None:
    """A key for a whole run from each file's size, times and inode; None when a file cannot be stat'ed.

    Any write to a file changes its ctime, so an unchanged key means unchanged
    files without reading them: the warm path of an untouched workspace.
    None too while a file's times are too recent to trust (see :data:`SETTLE_NS`); given ``racy``,
    the key instead, with the indexes of those files in ``racy``: the key may only be stored once
    they have settled and read again as the bytes checked (see :func:`settled_stat_key`).
    """
    rows, there = _stat_rows(targets)
    return _stat_key(fingerprint, rows, unreadable, shown, there, racy)


def _stat_rows(targets: list[Any]) -> tuple[list[tuple[Any, str, bool]], dict[str, str]]:
    return [(t.fs_path, t.display, t.explicit) for t in targets], {t.display: t.there for t in targets if t.there is not None}


def settled_stat_key(
    fingerprint: str, targets: list[Any], unreadable: list[tuple[str, str]], shown: Any, taken: str,
    racy: list[int], same_bytes: Callable[[int], bool],
) -> str | None:
    """``taken``, a :func:`stat_key` taken before a run read its files while some were too recent to
    trust (``racy``), when it may now be stored for the results of that run; else None.

    Git's "racily clean" entries, settled: once every file's times are old enough, nothing can
    change a file any more without changing them, so a file whose size, times and inode are still
    those of the key, and whose bytes read now are the bytes the run checked (``same_bytes``), is
    the file the results are of.  A file written again within its clock tick after the run read it
    reads otherwise now, and the key is not stored: the next run reads and hashes every file.
    """
    rows, there = _stat_rows(targets)
    if _stat_key(fingerprint, rows, unreadable, shown, there) != taken:
        return None  # still too recent, or a file changed while the run checked it
    return taken if all(same_bytes(i) for i in racy) else None


#: A file changed less than this long ago keeps a run off the stat-only path.  File times
#: are kept at the granularity of a clock tick (2 s on FAT, 1 s on ext3 and HFS+, a few ms
#: even on ext4), so a second same-size write in the tick of the first leaves size and
#: times as they were: a key taken between the two would serve the first's results.
#: Such a file is read and hashed instead, like git's "racily clean" entries.  Both times
#: count: a copy that keeps the old modification time (cp -p, tar) still sets the change
#: time.  ``CXKIT_SETTLE_SECONDS`` overrides it (a network drive whose clock runs behind).
SETTLE_NS = 3_000_000_000


def settle_ns() -> int:
    """:data:`SETTLE_NS`, or ``CXKIT_SETTLE_SECONDS`` when set to a number of seconds."""
    raw = os.environ.get("CXKIT_SETTLE_SECONDS")
    if raw:
        try:
            seconds = float(raw)
        except ValueError:
            return SETTLE_NS
        if seconds == seconds and seconds >= 0:  # not NaN
            return int(min(seconds, 1e9) * 1_000_000_000)
    return SETTLE_NS


def _stat_key(
    fingerprint: str, rows: list[tuple[Any, str, bool]], unreadable: list[tuple[str, str]], shown: Any = (),
    there: dict[str, str] | None = None, racy: list[int] | None = None,
) -> str | None:
    """``there``: where each link, or file in a linked folder, leads (display path -> path from the
    config's folder): `per-file-ignores` match it too, and a target renamed keeps its inode and times.
    ``racy``: see :func:`stat_key`."""
    stat = os.stat
    settled = time.time_ns() - settle_ns()
    lines = []
    for i, (fs, display, explicit) in enumerate(rows):
        try:
            st = stat(fs)
        except OSError:
            return None
        if st.st_mtime_ns > settled or st.st_ctime_ns > settled:  # or in the future: a skewed clock proves no age
            if racy is None:
                return None
            racy.append(i)
        lines.append(f"{display}\0{explicit:d}\0{st.st_mode}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\n")
    if there:
        lines.append(repr(sorted(there.items())))
    h = blake2b(fingerprint.encode(), digest_size=16)
    # surrogatepass: a file name that is not valid UTF-8 reaches Python with lone surrogates in it.
    h.update("".join(lines).encode("utf-8", "surrogatepass"))
    h.update(repr(sorted(unreadable)).encode("utf-8", "surrogatepass"))
    # Which files are reported: `lint a.yaml` and `lint a.yaml .` check the same files, report different ones.
    h.update(repr(sorted(shown)).encode("utf-8", "surrogatepass"))
    return "stat:" + h.hexdigest()


def _langs(value: Any) -> dict[str, int]:
    """A stored run's count of documents by language whose words cxkit does not read; {} when damaged."""
    if isinstance(value, dict) and all(isinstance(k, str) and type(n) is int and n > 0 for k, n in value.items()):
        return dict(value)
    return {}


class CachedRun:
    """An identical earlier run: its counts at once, its findings and printed output on demand."""

    def __init__(self, cache: LintCache, key: str, entry: dict[str, Any]) -> None:
        self._cache, self._key, self._entry = cache, key, entry
        self.files: int = entry["files"]
        self.documents: int = entry["documents"]
        self.count: int = entry["count"]
        #: The highest severity among the findings (1 info .. 3 error), 0 when there are none.
        self.worst: int = entry["worst"]
        #: How many of its documents are in each language whose words cxkit does not read.
        self.langs: dict[str, int] = _langs(entry.get("l"))
        self._findings: list[Any] | None = None
        #: The files the run's scan met, as shown (set by :func:`cached_run`): more than it checked, a YAML
        #: file that is no document too; the notes after a run look at them.
        self.shown: list[str] = []

    def findings(self) -> list[Any] | None:
        """The findings, or None when the stored ones are damaged (the caller then lints)."""
        if self._findings is None:
            from .finding import Finding

            rows = _unpack_rows(self._entry)
            if rows is None:
                return None
            self._findings = [Finding.from_row(r) for r in rows]
        return self._findings

    def output(self, name: str, render: Callable[[list[Any]], str | None]) -> str | None:
        """The text printed for this run in output format ``name``: stored, or rendered and stored.

        ``render`` turns the findings into that text, or returns None when the
        text would depend on more than the findings (then nothing is stored).
        """
        outputs = self._entry.get("out")
        packed = outputs.get(name) if isinstance(outputs, dict) else None
        if isinstance(packed, str):
            raw = _inflate(packed)
            if raw is not None:
                try:
                    return raw.decode("utf-8", "surrogatepass")
                except UnicodeDecodeError:
                    pass
        findings = self.findings()
        if findings is None:
            return None
        text = render(findings)
        if text is not None:
            self._cache.put_output(self._key, name, text)
            self._cache.save()
        return text


#: Added to a run's fingerprint when no cross-file rule is in force: its stat key covers only the
#: paths named (see :func:`cxkit.lint.engine.lint`), a key no run that reads the rest of their workspace stores.
ALONE = "\0alone"


def cached_run(paths: list[str], config: Any, selection: Any) -> CachedRun | None:
    """An identical earlier run, found without loading rules or parsing; None when anything may differ.

    The caller then lints normally.
    """
    from ..clock import peek
    from ..discovery import has_context, listing_with_links, scan_named

    peek()  # a CXKIT_TODAY that is no date is reported before a path that is not there, as with --no-cache
    # The folder scan first: its `git ls-files` asks about the cache folder too, so the code fingerprint's
    # check that the folder may be trusted (:func:`usable`) finds git's answer instead of asking again.
    named = scan_named(paths, config)
    fp = run_fingerprint(config.source, selection, config.lang, config.settings_bytes)
    cache = entry = None
    if has_context(paths, config):
        # A run with no cross-file rule stored its key from the paths named alone (the key says it was
        # such a run: no other stores it): looked up before the rest of the workspace is listed.
        rows, unreadable, shown, there = listing_with_links(paths, config, False, named)
        key = _stat_key(fp + ALONE, rows, unreadable, shown, there)
        if key is not None:
            cache = open_store(cache_dir(config.root))
            entry = cache.run_entry(key)
    if entry is None:
        rows, unreadable, shown, there = listing_with_links(paths, config, True, named)
        key = _stat_key(fp, rows, unreadable, shown, there)
        if key is None:
            return None
        cache = cache or open_store(cache_dir(config.root))
        entry = cache.run_entry(key)
    if entry is None:
        return None
    hit = CachedRun(cache, key, entry)
    hit.shown = sorted(shown)
    # Counts alone serve a stored output; without one the findings must unpack cleanly.
    if not isinstance(entry.get("out"), dict) and hit.findings() is None:
        return None
    return hit


class LookalikeMemo:
    """The git-ignored look-alike note's answers (:func:`cxkit.discovery.ignored_lookalikes`), each with
    what it looked at, kept beside the lint cache so that a warm run stats an ignored folder of
    3,000 generated files instead of listing it and reading 50 of them.  Never makes the cache
    folder; a damaged or foreign file is ignored."""

    def __init__(self, root: Path) -> None:
        self.path = cache_dir(root) / _LOOKALIKES
        #: A file or folder whose times are newer than this is not trusted to show a change (see SETTLE_NS).
        self.settled = time.time_ns() - settle_ns()
        self._entries: dict[str, Any] | None = None
        self._dirty = False
        #: The answers this run worked out: what its save adds to the file as it then is.
        self._mine: dict[str, Any] = {}

    def key(self, asked: str) -> str:
        """The key of an answer to ``asked``, for this cxkit and ruamel.yaml (a new one may answer otherwise:
        the note reads a file with a kind line to tell a translation table)."""
        return blake2b(
            f"{code_fingerprint(self.path.parent)}\0{dependency_fingerprint()}\0{asked}".encode("utf-8", "surrogatepass"), digest_size=16
        ).hexdigest()

    def _read(self) -> dict[str, Any]:
        if not usable(self.path.parent):
            return {}
        try:
            data = json.loads(_read_regular(self.path))
        except (OSError, ValueError, RecursionError):
            data = {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str) -> Any:
        if self._entries is None:
            self._entries = self._read()
        entry = self._entries.get(key)
        try:
            if isinstance(entry["stopped"], bool) and all(
                isinstance(f, list) and len(f) == 2 and all(isinstance(s, str) for s in f) for f in entry["found"]
            ) and all(
                isinstance(p, str) and (w is None or (len(w) == 4 and all(type(n) is int for n in w)))
                for p, w in entry["seen"]
            ):
                return entry
        except (TypeError, KeyError, ValueError):
            pass
        return None

    def put(self, key: str, value: Any) -> None:
        entries = self._entries if self._entries is not None else {}
        entries.pop(key, None)
        entries[key] = value
        while len(entries) > _MAX_LOOKALIKE_ANSWERS:
            entries.pop(next(iter(entries)))
        self._entries, self._dirty = entries, True
        self._mine[key] = value

    def save(self) -> None:
        """Add this run's answers to the file; during :func:`one_store_per_folder`, once the lint cache
        is written (it makes the folder), each added to what the one before left."""
        if _RUN_MEMOS is not None:
            _RUN_MEMOS.append(self)
            return
        self._write()

    def _write(self) -> None:
        if not self._dirty or not self.path.parent.is_dir() or not usable(self.path.parent):
            return
        from ..fsutil import write_atomic

        entries = self._read()  # as it is now: another config's answers may have been saved since this read it
        for key, value in self._mine.items():
            entries.pop(key, None)
            entries[key] = value
        while len(entries) > _MAX_LOOKALIKE_ANSWERS:
            entries.pop(next(iter(entries)))
        try:
            write_atomic(self.path, json.dumps(entries, separators=(",", ":")).encode("ascii"), follow_symlinks=False)
        except (OSError, ValueError):
            pass


class LintCache:
    """Per-file results and whole-run results, loaded lazily and saved atomically.

    Each entry may keep the days its results hold on (``"t"``: first and last as date
    ordinals, see :mod:`cxkit.clock`); on any other day it misses, and is checked again.

    A ``shared`` store serves every workspace of one run (see :func:`one_store_per_folder`): each
    of its files is read once and written once, and what it keeps is sized by the whole run.
    """

    def __init__(self, folder: Path, shared: bool = False) -> None:
        self.folder = folder
        self._shared = shared
        #: A shared store's keys of the run: the per-file ones it uses, those it stored, and the whole runs it used.
        self._kept: dict[str, None] = {}
        self._stored: dict[str, None] = {}
        self._used_runs: dict[str, None] = {}
        self._day: Any = None
        self._files: dict[str, Any] | None = None
        self._runs: dict[str, Any] | None = None
        self._dirty_files = False
        self._dirty_runs = False
        #: What each cache file was when this run read it (None: absent or unreadable), to
        #: tell at save time whether another run wrote it meanwhile.
        self._seen: dict[str, tuple[int, int, int] | None] = {}
        #: The keys this run stored or used, in that order: what it adds to another run's file.
        self._touched_files: dict[str, None] = {}
        self._touched_runs: dict[str, None] = {}
        #: Whether the folder may be used (:func:`usable`); None until asked.
        self._trusted: bool | None = None

    def _usable(self) -> bool:
        """Whether this store's folder may be read and written (see :func:`usable`), asked once."""
        if self._trusted is None:
            self._trusted = usable(self.folder)
        return self._trusted

    def _load(self, name: str) -> dict[str, Any]:
        if not self._usable():
            self._seen.setdefault(name, None)
            return {}
        try:
            raw, self._seen[name] = _read_regular_stat(self.folder / name)
            if name == _FILES:
                # Each entry stays as its bytes until the run asks for it: decoded all at once, the
                # file's entries weighed about five times the file, held through the run.
                lazy = _entries_by_line(raw)
                if lazy is not None:
                    return lazy
            data = json.loads(raw)
        except (OSError, ValueError, RecursionError):
            self._seen.setdefault(name, None)
            return {}
        return data if isinstance(data, dict) else {}

    def _loaded_runs(self) -> dict[str, Any]:
        if self._runs is None:
            self._runs = self._load(_RUNS)
        return self._runs

    def run_entry(self, key: str) -> dict[str, Any] | None:
        """The stored form of a whole run (counts, packed findings, printed outputs), if sound."""
        entry = self._loaded_runs().get(key)
        if not (_valid_run_entry(entry) and self._holds(entry)):
            return None
        self._used_runs[key] = None
        return entry

    def _holds(self, entry: dict[str, Any]) -> bool:
        """Whether ``entry`` holds today (an entry without days holds on every day)."""
        span = entry.get("t")
        if span is None:
            return True
        from ..clock import peek, within

        if self._day is None:
            self._day = peek()
        return within(span, self._day)

    def get_run(self, key: str) -> Any:
        """A whole run as the engine stored it: {"findings": rows, "files": n, "documents": n}."""
        entry = self.run_entry(key)
        rows = _unpack_rows(entry) if entry is not None else None
        if entry is None or rows is None:
            return None
        run = {"findings": rows, "files": entry["files"], "documents": entry["documents"],
               "langs": _langs(entry.get("l"))}
        if entry.get("t") is not None:
            run["window"] = entry["t"]  # the days it holds on: stored again with it under another key
        return run

    def put_run(self, key: str, value: Any) -> None:
        runs = self._loaded_runs()
        rows = value["findings"]
        # Keep only a few whole-run entries: they are a shortcut, not a history.  (A shared store
        # keeps every workspace's, and trims when the run is over: see _trim.)
        while not self._shared and len(runs) >= _MAX_RUNS and key not in runs:
            runs.pop(next(iter(runs)))
        runs.pop(key, None)  # stored again: the newest
        runs[key] = {
            "files": value["files"],
            "documents": value["documents"],
            "count": len(rows),
            "worst": max((r[5] for r in rows), default=0),
            # ASCII JSON: a file name that is not UTF-8 (lone surrogates) survives as an escape.
            "rows": _deflate(json.dumps(rows, separators=(",", ":")).encode("ascii")),
        }
        if value.get("window") is not None:
            runs[key]["t"] = list(value["window"])
        if value.get("langs"):
            runs[key]["l"] = dict(value["langs"])
        self._touched_runs[key] = None
        self._dirty_runs = True

    def put_output(self, key: str, name: str, text: str) -> None:
        """Keep the text printed for a stored run in one output format."""
        entry = self._loaded_runs().get(key)
        if isinstance(entry, dict):
            outputs = entry.setdefault("out", {})
            if isinstance(outputs, dict):
                outputs[name] = _deflate(text.encode("utf-8", "surrogatepass"))
                self._touched_runs[key] = None
                self._dirty_runs = True

    def get_file(self, key: str) -> Any:
        if self._files is None:
            self._files = self._load(_FILES)
        value = self._files.get(key)
        if isinstance(value, Encoded):  # not decoded yet: read from the file, or stored by this run
            try:
                value = json.loads(value)
            except (ValueError, RecursionError):  # a damaged line: this entry only is lost, and not saved again
                self._files.pop(key, None)
                return None
        return value if _valid_file(value) and self._holds(value) else None

    def put_files(self, entries: dict[str, Any], keep: set[str]) -> None:
        """Store new per-file results, keeping the ones other runs use while there is room.

        Entries are kept oldest first: whenever this run stores something, the ones it
        used move to the end.  Room is what this run uses again (at least
        ``_MIN_FILES``), so switching between two selections or configs (an editor's
        lint and CI's) keeps both sets instead of checking everything again each time.
        An unchanged run rewrites nothing.  A shared store adds up what each workspace of the run
        uses and stores, and makes room once, for all of them, when the run is over (:meth:`_trim`):
        one workspace's run must not evict the files of the workspaces linted before or after it.
        """
        if self._files is None:
            self._files = self._load(_FILES)
        self._kept.update(dict.fromkeys(keep))
        self._stored.update(dict.fromkeys(entries))
        self._files.update(entries)
        if not self._shared:
            self._trim_files()

    def _trim_files(self) -> None:
        """Make room in the per-file entries for what this run used and stored (see :meth:`put_files`)."""
        files, kept, stored = self._files, self._kept, self._stored
        self._kept, self._stored = {}, {}
        if files is None:
            return
        room = max(2 * len(kept), _MIN_FILES)
        if not stored and len(files) <= room:
            return
        for k in (*(k for k in kept if k not in stored), *stored):
            if k in files:
                files[k] = files.pop(k)  # used or stored by this run: the newest
                self._touched_files[k] = None
        while len(files) > room:
            del files[next(iter(files))]
        self._dirty_files = True

    def _run_room(self) -> int:
        """How many whole-run entries are kept: a few, or for a shared store, twice the run's."""
        if not self._shared:
            return _MAX_RUNS
        return max(_MAX_RUNS, 2 * len(self._used_runs.keys() | self._touched_runs.keys()))

    def _trim(self) -> None:
        """A shared store's room, made once when the run is over: for every workspace's entries."""
        self._trim_files()
        runs = self._runs
        if self._dirty_runs and runs is not None:
            for k in self._used_runs:
                if k in runs and k not in self._touched_runs:
                    runs[k] = runs.pop(k)
                    self._touched_runs[k] = None
            room = self._run_room()
            while len(runs) > room:
                del runs[next(iter(runs))]

    def save(self) -> None:
        """Write what this run stored; a shared store only at the end of the run (:meth:`flush`)."""
        if not self._shared:
            self._write()

    def flush(self) -> None:
        """Make room and write: the end of a shared store's run."""
        self._trim()
        self._write()

    def _write(self) -> None:
        if not (self._dirty_files or self._dirty_runs) or not self._usable():
            return
        from ..fsutil import write_atomic

        if not may_make(self.folder):
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _ignore_itself(self.folder)
            with _folder_lock(self.folder):
                if self._dirty_files and self._files is not None:
                    files = self._merged(_FILES, self._files, self._touched_files, None)
                    write_atomic(self.folder / _FILES, _dump(files), follow_symlinks=False)
                if self._dirty_runs and self._runs is not None:
                    runs = self._merged(_RUNS, self._runs, self._touched_runs, self._run_room())
                    write_atomic(self.folder / _RUNS, _dump(runs), follow_symlinks=False)
            _sweep_stale_temporaries(self.folder)
        except OSError as exc:
            # A read-only checkout must still lint; the cache is only a shortcut. A folder the user
            # named with CXKIT_CACHE_DIR is told of, though: CI that restores it expects it written;
            # and so is a full disk.
            warn_unusable(self.folder, exc)
        except ValueError:
            pass

    def _merged(self, name: str, mine: dict[str, Any], touched: dict[str, None], cap: int | None) -> dict[str, Any]:
        """What to write to ``name``: this run's entries, plus another run's if one saved meanwhile.

        Two runs on one workspace at once (pre-commit splits the staged files over
        several processes; an editor lints while a terminal does) each read the file,
        add their entries and write it back: without this, the last to write would drop
        what the others stored, and their next run would miss.  The other run's file is
        taken as it now is, and what this run stored or used goes on top, newest last;
        only the whole-run entries are capped here, per-file ones are trimmed by the next run.
        """
        try:
            now = _stat_signature(os.stat(self.folder / name, follow_symlinks=False))
        except OSError:
            now = None
        if now is None or now == self._seen.get(name):
            return mine
        merged = self._load(name)
        for key in touched:
            if key in mine:
                merged.pop(key, None)
                merged[key] = mine[key]
        while cap is not None and len(merged) > cap:
            merged.pop(next(iter(merged)))
        return merged


#: The cache stores of the run under way (lint's, fmt's), by kind and folder (see
#: :func:`one_store_per_folder`); None outside one.
_RUN_STORES: dict[tuple[str, str], Any] | None = None
#: The look-alike notes' answers of the run under way, saved after the stores (which make the folder).
_RUN_MEMOS: list[LookalikeMemo] | None = None


def _run_store(kind: Callable[..., Any], folder: Path) -> Any:
    """A ``kind`` store of ``folder``: during :func:`one_store_per_folder`, the one the whole run shares."""
    if _RUN_STORES is None:
        return kind(folder)
    where = (kind.__name__, os.path.abspath(folder))
    store = _RUN_STORES.get(where)
    if store is None:
        store = _RUN_STORES[where] = kind(folder, shared=True)
    return store


def open_store(folder: Path) -> LintCache:
    """The lint cache in ``folder``: during :func:`one_store_per_folder`, the one the whole run shares."""
    return _run_store(LintCache, folder)


def memory_store() -> LintCache:
    """A lint cache that reads and writes no folder: what a run stores serves only that run
    (`cxkit review --no-cache`: a file BASE has as the working tree has it is checked once)."""
    store = LintCache(Path(os.devnull), shared=True)
    store._trusted = False  # nothing read, nothing written
    return store


def open_fmt_cache(folder: Path, config_source: Path | None, config_bytes: bytes | None) -> "FmtCache":
    """A workspace's fmt cache in ``folder``: during :func:`one_store_per_folder`, its keys are the
    ones every workspace of the run with that folder shares (each config keeps its own salt)."""
    return FmtCache(folder, config_source, config_bytes, _run_store(_FmtKeys, folder))


@contextlib.contextmanager
def one_store_per_folder() -> Iterator[None]:
    """Within it, every workspace whose cache is in one folder shares one :class:`LintCache` (and one
    set of `cxkit fmt`'s keys).

    A CXKIT_CACHE_DIR that CI restores for a monorepo holds every workspace's results: with a store
    each, every workspace read and rewrote the whole file (the cost grew as workspaces times files),
    and each one's room, sized by its own files, evicted the other workspaces' results.  Shared, the
    files are read once and written once, at the end (also when the run stops on an error, not when
    it is interrupted), merged with what other runs wrote meanwhile as every save is.
    """
    global _RUN_STORES, _RUN_MEMOS, _RUN_REFUSALS
    if _RUN_STORES is not None:
        yield
        return
    stores: dict[tuple[str, str], Any] = {}
    memos: list[LookalikeMemo] = []
    _RUN_STORES, _RUN_MEMOS, _RUN_REFUSALS = stores, memos, {}
    finished = False
    try:
        yield
        finished = True
    except Exception:
        finished = True  # an exit code, a config error in one workspace: the others' results are kept
        raise
    finally:
        _RUN_STORES = _RUN_MEMOS = _RUN_REFUSALS = None
        if finished:
            for store in stores.values():
                store.flush()
            for memo in memos:
                memo._write()


#: A temporary file older than this was left by a write that never finished (a killed run).
_STALE_SECONDS = 600


def _sweep_stale_temporaries(folder: Path) -> None:
    """Remove what killed runs left: cxkit's own temporary files, old enough that no write is still on.

    A run stopped by SIGKILL (an out-of-memory kill, a CI timeout) cannot remove its
    temporary file, and each one is as big as the cache.  One a running cxkit is still
    writing is seconds old, so only those over ``_STALE_SECONDS`` go.
    """
    prefixes = tuple(f".{n}." for n in (_FILES, _RUNS, _FMT, _LOOKALIKES, _CODE_MEMO, ".gitignore"))
    now = time.time()
    for name in os.listdir(folder):
        if not (name.endswith(".tmp") and name.startswith(prefixes)):
            continue
        path = folder / name
        try:
            info = path.lstat()
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > _STALE_SECONDS:
                path.unlink()
        except OSError:
            pass


def _ignore_itself(folder: Path) -> None:
    """Have git ignore a cache folder that holds nothing but cxkit's files.

    Only such a folder: CXKIT_CACHE_DIR may name a project folder, whose own files stay tracked.
    """
    from ..fsutil import write_atomic

    ignore = folder / ".gitignore"
    if not ignore.exists() and all(n in (_FILES, _RUNS, _FMT, _LOOKALIKES, _CODE_MEMO) or n.endswith(".tmp") for n in os.listdir(folder)):
        write_atomic(ignore, _IGNORE_TEXT, follow_symlinks=False)


class FmtCache:
    """The contents `cxkit fmt` found already laid out, and those it would change, so an unchanged
    workspace is not laid out again.

    Laying a file out is a full YAML round trip (some 15 ms a file, more for one it changes);
    reading and hashing it costs a hundredth of that. A content is known as canonical, or as one
    fmt would change, under one cxkit (its version and source files), one ruamel.yaml and pydantic,
    and one config file's name and bytes: a change to any of them makes every key new, a checkout
    at another path does not. "Would change" answers only what `--check` prints (the file's name):
    a run that writes, or shows the diff, needs the new text and lays such a file out again, and
    `--fix` reads no cache. A file fmt could not read, or says a note of, is worked out every time,
    so its message is always the current one.
    Both verdicts are keys in one list: a "would change" key is :meth:`changed_key` of the content's key.
    The keys are kept in ``keys`` (:func:`open_fmt_cache`: one set for every workspace of a run that shares the folder).
    """

    def __init__(
        self, folder: Path, config_source: Path | None, config_bytes: bytes | None, keys: "_FmtKeys | None" = None,
    ) -> None:
        self.folder = folder
        h = blake2b(digest_size=32)
        name = Path(config_source).name if config_source is not None else ""
        for part in ("fmt-v1", code_fingerprint(folder), dependency_fingerprint(), name):
            h.update(part.encode("utf-8", "surrogatepass") + b"\0")
        h.update(config_bytes or b"")
        self._salt = h.digest()
        self._keys = keys if keys is not None else _FmtKeys(folder)

    def key(self, raw: bytes) -> str:
        return blake2b(raw, digest_size=16, key=self._salt).hexdigest()

    def is_canonical(self, key: str) -> bool:
        return self._keys.is_canonical(key)

    def add(self, key: str) -> None:
        self._keys.add(key)

    def changed_key(self, key: str) -> str:
        """The key that says fmt would change the content whose key is ``key`` (hashing the key,
        not the bytes again: a run asks it of every file the cache does not know as laid out).
        Hashed with a personalisation of its own, so it is never the key of a file's bytes: a file
        made of the bytes hashed here is known by its own verdict, not by another file's."""
        return blake2b(key.encode("ascii"), digest_size=16, key=self._salt, person=b"fmt would change").hexdigest()

    def would_change(self, key: str) -> bool:
        """Whether fmt found the content whose key is ``key`` not laid out (and said no note of it)."""
        return self._keys.is_canonical(self.changed_key(key))

    def add_changed(self, key: str) -> None:
        self._keys.add(self.changed_key(key))

    def save(self) -> None:
        self._keys.save()


class _FmtKeys:
    """The keys of the contents `cxkit fmt` found laid out or would change (fmt-v1.json), loaded lazily and saved atomically.

    A ``shared`` set serves every workspace of one run (see :func:`one_store_per_folder`): the file
    is read once, its room is sized by what the whole run used, and it is written once, by the first
    workspace's save (before the run's summary, so a warning about the folder comes first), or at the
    end of a run that stopped before it saved.
    """

    def __init__(self, folder: Path, shared: bool = False) -> None:
        self.folder = folder
        self.shared = shared
        self._known: dict[str, None] | None = None
        self._seen: tuple[int, int, int] | None = None
        self._used: dict[str, None] = {}
        self._added = False
        self._trusted: bool | None = None

    def _usable(self) -> bool:
        """Whether the folder may be read and written (see :func:`usable`), asked once."""
        if self._trusted is None:
            self._trusted = usable(self.folder)
        return self._trusted

    def _load(self) -> dict[str, None]:
        if self._known is None:
            self._known = {}
            if not self._usable():
                return self._known
            try:
                raw, self._seen = _read_regular_stat(self.folder / _FMT)
                data = json.loads(raw)
            except (OSError, ValueError, RecursionError):
                data = None
            if isinstance(data, list):
                self._known = dict.fromkeys(k for k in data if isinstance(k, str) and len(k) == 32)
        return self._known

    def is_canonical(self, key: str) -> bool:
        if key in self._load():
            self._used[key] = None
            return True
        return False

    def add(self, key: str) -> None:
        self._load()[key] = None
        self._used[key] = None
        self._added = True

    def save(self) -> None:
        """Write the keys if this run learnt one since they were last written; oldest out, keeping at
        least what this run used."""
        if not self._added or not self._usable():
            return
        self._added = False  # tried once: the other workspaces sharing the set, and the run's end, write nothing again
        from ..fsutil import write_atomic

        if not may_make(self.folder):
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _ignore_itself(self.folder)
            with _folder_lock(self.folder):
                known = self._load()
                try:
                    now = _stat_signature(os.stat(self.folder / _FMT, follow_symlinks=False))
                except OSError:
                    now = None
                if now is not None and now != self._seen:  # another run saved meanwhile: keep its keys too
                    self._known = None
                    theirs = self._load()
                    known = {**theirs, **dict.fromkeys(k for k in known if k not in theirs)}
                for key in self._used:
                    known.pop(key, None)
                    known[key] = None
                room = max(2 * len(self._used), _MIN_FILES)
                keys = list(known)[-room:]
                write_atomic(self.folder / _FMT, json.dumps(keys, separators=(",", ":")).encode(), follow_symlinks=False)
                self._seen = _stat_signature(os.stat(self.folder / _FMT, follow_symlinks=False))  # this run's own
            _sweep_stale_temporaries(self.folder)
        except OSError as exc:
            # Said only of a CXKIT_CACHE_DIR, or a full disk; a read-only checkout is checked without a word.
            warn_unusable(self.folder, exc, cache="the fmt cache")
        except ValueError:
            pass

    flush = save  # the end of a run (:func:`one_store_per_folder`): what no workspace's save wrote yet


def _stat_signature(info: os.stat_result) -> tuple[int, int, int] | None:
    return (info.st_ino, info.st_size, info.st_mtime_ns) if stat.S_ISREG(info.st_mode) else None


class _folder_lock:
    """Hold an exclusive lock on the cache folder while a run merges and writes its files.

    Best effort: where locks are not available (Windows, some network mounts), or
    another run holds the lock for more than a few seconds, the write goes ahead
    unlocked, merging what it finds; a cache must never stop a lint.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.fd: int | None = None

    def __enter__(self) -> "_folder_lock":
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            return self
        try:
            self.fd = os.open(self.folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            return self
        deadline = time.monotonic() + _LOCK_SECONDS
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except BlockingIOError:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.005)
            except OSError:
                break
        os.close(self.fd)
        self.fd = None
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the descriptor releases the lock
            self.fd = None


#: How long a run waits for another run's cache write before writing unlocked.
_LOCK_SECONDS = 5.0


def _read_regular_stat(path: Path) -> tuple[bytes, tuple[int, int, int] | None]:
    """The bytes of a cache file and its signature (inode, size, mtime), read from one descriptor."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"{path}: not a regular file")
        return fh.read(), _stat_signature(info)


def _read_regular(path: Path) -> bytes:
    """The bytes of a cache file; OSError unless it is a regular file (not a link, pipe or device).

    Whatever sits in the cache folder is read only if cxkit could have written it: a named
    pipe would block the run forever, a link to a device (/dev/zero) would fill the memory.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path}: not a regular file")
        return fh.read()


class Encoded(bytes):
    """A cache entry already in the form :func:`_dump` writes it (compact JSON, UTF-8).

    A run's new per-file results wait for the save like this: less than half the memory of
    their lists and dicts, and the save copies them into the file without encoding the
    whole cache as one string first.
    """

    __slots__ = ()


def encoded(value: Any) -> Encoded:
    """``value`` as :func:`_dump` would write it inside the cache file."""
    return Encoded(_encode(value))


def _encode(value: Any) -> bytes:
    # A lone surrogate (from a file name that is not UTF-8) can only sit inside a JSON string,
    # where its backslash escape reads back as the same character.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "backslashreplace")


def _dump(entries: dict[str, Any]) -> bytes:
    """A cache file's bytes: a JSON object, one entry a line (see :func:`_entries_by_line`)."""
    if not entries:
        return b"{}"
    # JSON escapes every line break inside a string, so each line break here ends an entry.
    parts = [b"{\n"]
    for key, value in entries.items():
        parts += (_encode(key), b":", value if isinstance(value, Encoded) else _encode(value), b",\n")
    parts[-1] = b"\n}"
    return b"".join(parts)


#: The start of one line of :func:`_dump`: the entry's key, as JSON writes a string, and its colon.
_ENTRY_KEY = re.compile(rb'"(?:[^"\\\n]|\\[^\n])*":')


def _entries_by_line(raw: bytes) -> dict[str, Any] | None:
    """The entries of a file :func:`_dump` wrote, each value left as its :class:`Encoded` bytes;
    None for any other shape (an older cxkit's one-line file), which is read whole instead.

    A damaged line loses that entry only: one whose key does not decode, or whose value is no
    object or not UTF-8 (a cut line, stray bytes), is left out here, so no later save copies it;
    other damage in a value is found when its entry is asked for (:meth:`LintCache.get_file`).
    """
    if not (raw.startswith(b"{\n") and raw.endswith(b"\n}")):
        return None
    out: dict[str, Any] = {}
    at, stop, match = 2, len(raw) - 2, _ENTRY_KEY.match
    while at < stop:
        end = raw.find(b"\n", at, stop)
        if end < 0:
            end = stop
        elif raw[end - 1:end] != b",":  # every line but the last ends with a comma
            return None
        m = match(raw, at, end)
        if m is None:
            return None
        value = raw[m.end():end - 1 if end < stop else end]
        try:
            key = json.loads(raw[at:m.end() - 1])
            if not (value[:1] == b"{" and value[-1:] == b"}"):
                raise ValueError("not an entry")
            if not value.isascii():
                value.decode("utf-8")
        except ValueError:  # UnicodeDecodeError too
            at = end + 1
            continue
        # Later lines win, as json.loads takes the last of duplicate keys (in the first one's place).
        out[key] = Encoded(value)
        at = end + 1
    return out


# What the engine stores; anything else in a cache file is damage (or planted) and is ignored.
def _finding_row(row: Any) -> bool:
    return (
        isinstance(row, list) and (
            len(row) == 7 or (len(row) == 8 and _related_rows(row[7], row[6]))
            or (len(row) == 9 and (row[7] == [] or _related_rows(row[7], row[6])) and _place_row(row[8]))
            or (len(row) == 10 and (row[7] == [] or _related_rows(row[7], row[6]))
                and (row[8] is None or _place_row(row[8])) and _english_row(row[9]))
        )
        and isinstance(row[0], str) and isinstance(row[3], str) and isinstance(row[4], str) and isinstance(row[6], str)
        and all(type(v) is int and v >= 1 for v in (row[1], row[2])) and row[5] in (1, 2, 3) and type(row[5]) is int
    )


def _english_row(row: Any) -> bool:
    """A Polish finding's English message and its related places (:attr:`cxkit.lint.finding.Finding.english`):
    [message, related rows], the rows possibly empty."""
    return (
        isinstance(row, list) and len(row) == 2 and isinstance(row[0], str)
        and (row[1] == [] or _related_rows(row[1], row[0]))
    )


def _place_row(row: Any) -> bool:
    """A finding's place in its document (:attr:`cxkit.lint.finding.Finding.at`): [document, data path,
    end line, end column], each null when not known."""
    return (
        isinstance(row, list) and len(row) == 4 and all(v is None or isinstance(v, str) for v in row[:2])
        and all(v is None or (type(v) is int and v >= 1) for v in row[2:])
    )


def _related_rows(rows: Any, message: Any) -> bool:
    """The other files a finding's message names: [path, line, column, start, end] rows, in order,
    each span inside the message (see :class:`cxkit.lint.finding.Related`)."""
    if not (isinstance(rows, list) and rows and isinstance(message, str)):
        return False
    at = 0
    for r in rows:
        if not (
            isinstance(r, list) and len(r) == 5 and isinstance(r[0], str)
            and all(type(v) is int and v >= 0 for v in r[1:]) and at <= r[3] <= r[4] <= len(message)
        ):
            return False
        at = r[4]
    return True


def _position(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(type(v) is int for v in value)


def _summary(value: Any) -> bool:
    if value is None:
        return True
    if not isinstance(value, dict):
        return False
    return (
        all(isinstance(value.get(k), str) for k in ("path", "kind"))
        and all(value.get(k) is None or isinstance(value.get(k), str) for k in ("id", "name", "persona"))
        and all(_position(value.get(k)) for k in ("id_pos", "persona_pos"))
        and isinstance(value.get("traits"), list)
        and all(
            isinstance(t, list) and len(t) == 5 and isinstance(t[0], str) and isinstance(t[1], str)
            and type(t[2]) is int and type(t[3]) is int and 0 < t[2] < 2**32 and 0 < t[3] < 2**32
            and isinstance(t[4], str) and "\n" not in t[4]  # stems are packed one per line
            for t in value["traits"]
        )
        and isinstance(value.get("extra", {}), dict)
    )


def _valid_run_entry(value: Any) -> bool:
    return (
        isinstance(value, dict) and isinstance(value.get("rows"), str)
        and all(type(value.get(k)) is int and value[k] >= 0 for k in ("files", "documents", "count"))
        and value.get("worst") in (0, 1, 2, 3) and type(value["worst"]) is int
        and (value["count"] == 0) == (value["worst"] == 0)
    )


def _unpack_rows(entry: dict[str, Any]) -> list[Any] | None:
    raw = _inflate(entry["rows"])
    if raw is None:
        return None
    try:
        rows = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not (isinstance(rows, list) and len(rows) == entry["count"] and all(_finding_row(r) for r in rows)):
        return None
    if max((r[5] for r in rows), default=0) != entry["worst"]:
        return None
    return rows


#: A stored text may unpack to at most this many times its packed size (JSON compresses ~10x): no zip bombs.
_MAX_INFLATION = 256


def _deflate(data: bytes) -> str:
    return binascii.b2a_base64(zlib.compress(data, 1), newline=False).decode("ascii")


def _inflate(text: str) -> bytes | None:
    try:
        packed = binascii.a2b_base64(text)
        unpacker = zlib.decompressobj()
        data = unpacker.decompress(packed, _MAX_INFLATION * len(packed) + 65536)
    except (binascii.Error, zlib.error, ValueError):
        return None
    return data if unpacker.eof and not unpacker.unconsumed_tail else None


def _comment_rows(value: Any) -> bool:
    """Suppression comments a rule was not found for: (line, column, text) rows."""
    return isinstance(value, list) and all(
        isinstance(r, list) and len(r) == 3 and type(r[0]) is int and type(r[1]) is int and isinstance(r[2], str)
        for r in value
    )


def _suppressions(value: Any) -> bool:
    """The `# cxkit: disable` comments of a file as the engine stores them (or None: it has none)."""
    if value is None:
        return True
    if not isinstance(value, dict):
        return False
    lines, whole = value.get("l"), value.get("f")
    return (
        isinstance(lines, list)
        and all(
            isinstance(r, list) and len(r) == 4 and all(type(v) is int for v in r[:3])
            and isinstance(r[3], list) and all(isinstance(n, str) for n in r[3])
            for r in lines
        )
        and isinstance(whole, dict) and all(_position(p) for p in whole.values())
        and _comment_rows(value.get("x")) and _comment_rows(value.get("m", []))
        and _int_rows(value.get("n", []))
    )


def _int_rows(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(r, list) and len(r) >= 2 and all(type(v) is int for v in r) for r in value
    )


def _valid_file(value: Any) -> bool:
    return (
        isinstance(value, dict) and isinstance(value.get("p"), str) and isinstance(value.get("d"), bool)
        and isinstance(value.get("f"), list) and all(_finding_row(f) for f in value["f"])
        and _summary(value.get("s"))
        and _suppressions(value.get("u"))
    )


_IGNORE_TEXT = "# cxkit's lint cache; safe to delete (`cxkit cache clear`)\n*\n"


def clear(folder: Path) -> int:
    """Delete the cache files in ``folder``; return how many were removed.

    Temporary files an interrupted write left (``.files-v1.json.x1y2.tmp``)
    go too.  A file where the folder should be is not cxkit's: left alone (and when CXKIT_CACHE_DIR
    names it, or a folder under it, a warning says so: lint cannot use it either).
    """
    if not folder.is_dir():
        warn_unusable(folder, then="there is nothing of cxkit's there to clear", cache="the cache")
        return 0
    override = _override()
    if folder.is_symlink() and not (override is not None and Path(override) == folder):
        # A `.cxkit_cache` link (a checkout may hold one) is not followed: what it leads to is not the cache.
        import sys

        from ..config import shown_path
        from ..visible import visible_name

        if _in_polish():
            sys.stderr.write(f"cxkit: ostrzeżenie: {shown_path(folder)} to dowiązanie symboliczne (do "
                             f"{visible_name(os.readlink(folder))}), którego cxkit nigdy nie używa jako pamięci "
                             "podręcznej; nic przez nie nie usunięto: usuń samo dowiązanie, jeśli go nie chcesz\n")
            return 0
        sys.stderr.write(f"cxkit: warning: {shown_path(folder)} is a symbolic link (to {visible_name(os.readlink(folder))}), "
                         "which cxkit never uses as its cache; nothing was removed through it: delete the link "
                         "itself if you do not want it\n")
        return 0
    names = [_FILES, _RUNS, _FMT, _LOOKALIKES, _CODE_MEMO, ".gitignore"]
    try:
        names += [p.name for p in folder.iterdir() if p.name.endswith(".tmp") and p.name.startswith(
            tuple(f".{n}." for n in names))]
    except OSError:
        pass
    removed = 0
    for name in names:
        path = folder / name
        if name == ".gitignore":
            try:
                ours = _read_regular(path) == _IGNORE_TEXT.encode()
            except OSError:
                ours = False
            if not ours:
                continue  # the user's own, in a folder CXKIT_CACHE_DIR points at (or not a file cxkit wrote)
        try:
            path.unlink()
            removed += 1
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            pass
    try:
        folder.rmdir()
    except OSError:
        pass
    return removed
