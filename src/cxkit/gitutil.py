"""git as cxkit asks it: where a work tree's top is, and the one way git is run.

Light on purpose, as :mod:`cxkit.discovery` is: only `os` at import, so a warm `cxkit lint`
outside git never loads :mod:`subprocess`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import subprocess


def work_tree_top(folder: str) -> str | None:
    """The nearest folder at or above ``folder`` that holds a `.git`, None when there is none; a few stats, no git.

    `.git` may be a folder or, in a linked worktree or a submodule, a file. It counts even as a
    symbolic link that leads nowhere (`lexists`), so every caller (folder scans, the paths of
    SARIF and annotations, `init`) finds the same top.  ``folder`` is best a real path: the walk
    goes up by name.
    """
    here = folder
    while True:
        if os.path.lexists(os.path.join(here, ".git")):
            return here
        up = os.path.dirname(here)
        if up == here:
            return None
        here = up


#: Settings given on every git command cxkit runs, over whatever the repository's own config says, so that
#: reading a checkout (an archive someone sent, with its `.git` folder) never runs a program that config
#: names: no file-system monitor (`core.fsmonitor`, which `ls-files`, `status` and `diff` would start), no
#: hooks (`git status` refreshing the index runs `post-index-change`), and no transport at all (a partial
#: clone's missing object fetched on the way runs `remote.*.uploadpack`, `core.sshCommand`, a credential
#: helper or `core.askPass`).  cxkit needs none of them: it reads what the clone holds.  The filters and
#: diff drivers `.gitattributes` selects are turned off where git would run them (see
#: :meth:`cxkit.diff.git.Repo.no_filters`; every `git diff` is given `--no-ext-diff --no-textconv`).
#: Each is an argument of the same command, so no git call is added.
SAFE_CONFIG = ("--no-pager", "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "protocol.allow=never")


#: How a Git LFS pointer file begins (the spec's first line; `hawser` is the name of its first versions).
LFS_POINTER_STARTS = (b"version https://git-lfs.github.com/spec/v1\n", b"version https://hawser.github.com/spec/v1\n")
#: A pointer is smaller than this (git-lfs reads no larger file as one).
LFS_POINTER_MAX = 1024
#: A pointer's object: its SHA-256 and its size in bytes.
LFS_POINTER_PATTERN = rb"(?m)^oid sha256:([0-9a-f]{64})\n(?:[a-z0-9.-]+ [^\n]*\n)*?size ([0-9]{1,15})$"


#: A whole pointer after its first line: `key value` lines only (the spec's keys: lowercase letters, digits,
#: `.` and `-`), the last one's newline optional.
_LFS_POINTER_LINES = rb"(?:[a-z0-9.-]+ [^\n]*\n)*[a-z0-9.-]+ [^\n]*\n?"


#: A pointer's first line as a checkout with `core.autocrlf` (or `eol=crlf`) writes it when `.gitattributes` does
#: not say `-text` for the files git-lfs keeps: each line break of the pointer is then `\r\n`.
_LFS_POINTER_STARTS_ANY = (*LFS_POINTER_STARTS, *(start[:-1] + b"\r\n" for start in LFS_POINTER_STARTS))


def is_lfs_pointer(raw: bytes) -> bool:
    """Whether ``raw`` is a Git LFS pointer: the three lines git-lfs leaves in place of a file it keeps (a
    checkout made without git-lfs, or with `GIT_LFS_SKIP_SMUDGE=1`, or CI's `actions/checkout` without `lfs:
    true`).  Under 1 KiB, its first line the spec's `version`, every other line a `key value` one, among
    them the object's `oid sha256:` and `size` (:data:`LFS_POINTER_PATTERN`).  A document that only quotes
    the line (`# version https://git-lfs...`) is none, nor is one whose YAML follows the line (a pointer
    half taken out of LFS, a bad merge): `git lfs pull` would not mend it, its YAML error says where it is.
    Its lines may end in `\r\n`, as git checks a pointer out as text with `core.autocrlf` (git-lfs reads
    it so too): they are checked as those of `\n`; a `\r` anywhere else makes it none.
    One `startswith` for any other file."""
    if len(raw) >= LFS_POINTER_MAX or not raw.startswith(_LFS_POINTER_STARTS_ANY):
        return False
    if b"\r" in raw:
        raw = raw.replace(b"\r\n", b"\n")
        if b"\r" in raw:
            return False
    import re

    rest = raw[raw.index(b"\n") + 1:]
    return re.fullmatch(_LFS_POINTER_LINES, rest) is not None and re.search(LFS_POINTER_PATTERN, rest) is not None


#: What cxkit says of a file that is a Git LFS pointer in the working tree, where the document should be
#: (lint's, render's and fmt's read-error, diff's problem); see :func:`is_lfs_pointer`.
LFS_POINTER_READ = ("cannot read the file: it is a Git LFS pointer, not the document it stands for (this "
                    "checkout was made without Git LFS); fetch the files with `git lfs pull` and run again "
                    "(in CI: `lfs: true` in actions/checkout)")
#: Added to :data:`LFS_POINTER_READ` for a pointer a folder scan met, which may be another tool's file.
LFS_POINTER_SCANNED = "; if it is no cxkit document, leave it out with `exclude` in cxkit.toml"


def git_env(*, optional_locks: bool) -> dict[str, str]:
    """The environment git is run in: the user's, with what it prints in plain English (LC_ALL=C)
    and paths taken as names of files and folders, as the user typed them, not as patterns
    (`[draft].yaml` is that file, not one that also takes `d.yaml`).

    ``optional_locks=False`` also sets GIT_OPTIONAL_LOCKS=0: git then skips the writes it may
    leave out (`git status` refreshing the index), as a read-only look at the folder should.
    """
    env = dict(os.environ)
    env["LC_ALL"] = "C"
    env["GIT_LITERAL_PATHSPECS"] = "1"
    env["GIT_PAGER"] = "cat"  # over `core.pager` and `pager.*`: output is captured, yet a pager is a program
    env["GIT_TERMINAL_PROMPT"] = "0"  # git asks nobody anything
    if not optional_locks:
        env["GIT_OPTIONAL_LOCKS"] = "0"
    return env


#: How long one git command may take, in seconds, before cxkit stops it and the run (exit 2): what cxkit asks
#: git takes well under a second, and a few seconds in a big monorepo on a cold disk; a git that does not
#: answer is waiting for something (a network file system, a program its config names, a prompt)
#: and would hang `lint`, `diff` or `review`, and the CI job, until something else stopped them.
#: ``CXKIT_GIT_TIMEOUT`` sets it (seconds; 0 for no limit).
GIT_TIMEOUT = 120.0


def git_timeout() -> float | None:
    """:data:`GIT_TIMEOUT`, or ``CXKIT_GIT_TIMEOUT`` when it is a number of seconds (0: None, no limit); a value
    that is no such number (`abc`, `-5`) leaves the default, as ``CXKIT_SETTLE_SECONDS`` does."""
    raw = os.environ.get("CXKIT_GIT_TIMEOUT", "").strip()
    if raw:
        try:
            seconds = float(raw)
        except ValueError:
            return GIT_TIMEOUT
        if seconds == 0:
            return None
        if 0 < seconds < float("inf"):
            return seconds
    return GIT_TIMEOUT


def run_git(
    args: Sequence[str], *, cwd: str | os.PathLike[str], env: dict[str, str], input: bytes | None = None,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """``git ARGS`` in ``cwd``, with an argument list (never a shell), its output captured as bytes.

    Its standard input is ``input``, else nothing (never the terminal's: git waits for no answer).
    The exit code is the caller's to read; an `OSError` (git missing) is the caller's to tell.
    Every call carries :data:`SAFE_CONFIG`: what the repository's config says runs no program.
    A git that has not finished after :func:`git_timeout` seconds (or ``timeout``, when shorter) is
    stopped (:func:`_stop`: asked to end first, so that it leaves no lock file), and the run with it:
    :func:`git_timed_out`'s usage error (exit 2), naming the command and where it ran, not a hang.
    """
    import subprocess  # only when git is run: a scan outside git never loads it

    limit = git_timeout()
    if timeout is not None:
        limit = timeout if limit is None else min(limit, timeout)
    stdin = subprocess.PIPE if input is not None else subprocess.DEVNULL
    with subprocess.Popen(["git", *SAFE_CONFIG, *args], cwd=cwd, env=env, stdin=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as proc:
        try:
            out, err = proc.communicate(input, timeout=limit)
        except subprocess.TimeoutExpired:
            _stop(proc)
            raise git_timed_out(args, cwd, limit or 0) from None
        except BaseException:  # Ctrl-C: git had it too; as subprocess.run, nothing of it is left running
            proc.kill()
            raise
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


#: How long a git that ran out of time has to end once asked to (SIGTERM), in seconds, before it is killed.
_STOP_GRACE = 2.0


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """End the git ``proc`` that ran out of time as an interrupted git ends: asked first (SIGTERM), on which
    git removes the lock files it holds (`.git/index.lock`: `git status` refreshing the index takes it), and
    killed only when it has not ended :data:`_STOP_GRACE` seconds later.  Killed at once, it would leave the
    lock behind, and every later `git commit`, `git add` or `git pull` in the checkout would fail on it
    ("Another git process seems to be running") until someone deleted the file."""
    import subprocess

    proc.terminate()
    try:
        proc.wait(timeout=_STOP_GRACE)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def git_timed_out(args: Sequence[str], cwd: str | os.PathLike[str], seconds: float) -> Exception:
    """The usage error (:class:`cxkit.discovery.GitTimeout`: exit 2, :class:`cxkit.api.CxkitError` in Python) of a
    git command that ran ``seconds`` without finishing: which one (`git status`), in which folder, what may hold
    it, and how to wait longer.  In Polish when the run speaks it (:data:`cxkit.cliutil.RUN_IN_POLISH`: lint and
    fmt in a `lang = "pl"` workspace, once they have read its config)."""
    from .cliutil import RUN_IN_POLISH
    from .discovery import GitTimeout
    from .visible import visible_name

    command = next((arg for before, arg in zip(("", *args), args)
                    if not arg.startswith("-") and before not in ("-c", "-C")), "")
    folder = visible_name(os.path.abspath(os.fspath(cwd)))
    shown = f"{seconds:g}"
    if RUN_IN_POLISH.get():
        return GitTimeout(
            f"polecenie git {command} nie zakończyło się w ciągu {shown.replace('.', ',')} s (uruchomione w {folder}), "
            "więc cxkit je przerwał: git może czekać na sieciowy system plików, wolny dysk albo program wskazany w jego "
            "konfiguracji; zakończ to, co go wstrzymuje, i uruchom cxkit ponownie albo ustaw w CXKIT_GIT_TIMEOUT więcej "
            "sekund (0: bez limitu)")
    return GitTimeout(
        f"git {command} did not finish within {shown} s (run in {folder}), so cxkit stopped it: git may be waiting for "
        "a network file system, a slow disk or a program its config names; end what holds it and run again, or set "
        "CXKIT_GIT_TIMEOUT to more seconds (0: no limit)")


def safe_directory_fix(said: str, top: str, pl: bool = False) -> str | None:
    """What to run when git refuses a repository for its owner (a checkout made by root and read by a
    CI step's user, or the other way round): `run \\`git config --global --add safe.directory TOP\\``,
    or git's environment variables, which need no home folder; None when git's message ``said`` is
    about something else.

    TOP is the repository git names (``detected dubious ownership in repository at 'TOP'``, or its own
    hint line), else ``top``; quoted for a shell when it holds a space.  lint (which asks git what it
    ignores), diff and review give the same advice.  ``pl``: in Polish (lint's warning in a Polish workspace).
    """
    import re

    if "dubious ownership" not in said and "safe.directory" not in said:
        return None
    named = re.search(r"safe\.directory (.+)$", said, flags=re.M) or re.search(r"repository at '(.+)'", said) \
        or re.search(r"unsafe repository \('(.+?)' is owned", said)
    from .cliutil import shell_word
    from .visible import visible_name

    folder = shell_word(visible_name(named.group(1).strip() if named else top))
    # Without a home folder to write (`HOME=/nonexistent`, a read-only image) `--global` fails: git's
    # environment sets the same for the run. git before 2.38 ignored safe.directory given there (or
    # with `-c`) and read it only from the system and global files; GIT_CONFIG_GLOBAL (git 2.32)
    # names a global file elsewhere.
    if pl:
        return (f"uruchom `git config --global --add safe.directory {folder}` albo, gdzie nie ma folderu domowego, do "
                f"którego można pisać, ustaw `GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0={folder}` "
                "(git 2.38 lub nowszy; starszy czyta to tylko z pliku konfiguracji: najpierw `export "
                "GIT_CONFIG_GLOBAL=/tmp/gitconfig`, potem `git config` jak wyżej)")
    return (f"run `git config --global --add safe.directory {folder}`, or, where there is no home folder to "
            f"write, set `GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0={folder}` (git 2.38 "
            "or later; an older git reads it only from a config file: `export GIT_CONFIG_GLOBAL=/tmp/gitconfig` "
            "first, then the `git config` above)")
