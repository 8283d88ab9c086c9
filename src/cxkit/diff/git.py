"""Reading files of a git revision and of the working tree, through the git command.

git is always run with an argument list, never through a shell.
"""

from __future__ import annotations

import os
import posixpath
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..workspace import UsageError


class GitError(UsageError):
    """git failed or is missing; the CLI prints it and exits with 2."""


@dataclass(frozen=True, slots=True)
class TreeFile:
    """A file of a revision: its path as shown (relative to the current folder), from the top, and its blob."""

    display: str
    full: str
    blob: str


class Repo:
    """The git repository around a folder."""

    def __init__(self, cwd: Path | None = None) -> None:
        self.cwd = Path(cwd or Path.cwd())
        out = self._run(["rev-parse", "--show-toplevel", "--show-prefix"], what="find the git repository", check=False)
        if out.returncode != 0:
            raise GitError("not inside a git repository")
        lines = out.stdout.decode("utf-8", "surrogateescape").split("\n")
        self.top = Path(lines[0])
        self.prefix = lines[1] if len(lines) > 1 else ""

    def _run(
        self, args: list[str], *, what: str, check: bool = True, input: bytes | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        env = dict(os.environ)
        # A user's pager, external diff or locale must not change what git prints here.
        env.pop("GIT_EXTERNAL_DIFF", None)
        env["GIT_PAGER"] = "cat"
        env["LC_ALL"] = "C"
        try:
            proc = subprocess.run(
                ["git", *args], cwd=self.cwd, input=input, capture_output=True, env=env, check=False
            )
        except FileNotFoundError:
            raise GitError("git is not installed or not on PATH") from None
        if check and proc.returncode != 0:
            message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise GitError(f"git could not {what}: {message[-1] if message else 'exit code ' + str(proc.returncode)}")
        return proc

    def commit(self, rev: str) -> str | None:
        """The commit a revision names, or None when it names none."""
        if not rev or rev.startswith("-"):
            return None
        proc = self._run(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], what="read a revision", check=False)
        if proc.returncode != 0:
            return None
        return proc.stdout.decode().strip() or None

    def tree(self, commit: str, paths: list[str]) -> list[TreeFile]:
        """Every file of ``commit`` under ``paths`` (relative to the current folder)."""
        proc = self._run(["ls-tree", "-r", "-z", commit, "--", *paths], what=f"list the files of {commit[:12]}")
        out: list[TreeFile] = []
        for entry in proc.stdout.split(b"\0"):
            if not entry:
                continue
            meta, _, name = entry.partition(b"\t")
            fields = meta.split()
            if len(fields) < 3 or fields[1] != b"blob":
                continue
            display = name.decode("utf-8", "surrogateescape")
            full = posixpath.normpath(posixpath.join(self.prefix, display))
            out.append(TreeFile(display, full, fields[2].decode()))
        return out

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
            header = data[pos:end].split()
            pos = end + 1
            if len(header) < 3 or header[1] == b"missing":
                continue
            size = int(header[2])
            out[blob] = data[pos:pos + size]
            pos += size + 1
        return out

    def worktree(self, paths: list[str]) -> list[str]:
        """Files of the working tree under ``paths``: tracked and untracked, not ignored, that exist."""
        proc = self._run(
            ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", *paths],
            what="list the working tree",
        )
        names = dict.fromkeys(n.decode("utf-8", "surrogateescape") for n in proc.stdout.split(b"\0") if n)
        return [n for n in names if (self.cwd / n).is_file()]
