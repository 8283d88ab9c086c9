"""Paths from the repository's top: what code scanning and annotations resolve a file against.

Text and JSON show a finding's file as it was named, from the folder cxkit ran in. GitHub
attaches SARIF results and annotations by the path from the top of the repository (the
workspace a workflow checked out), so a run in a subfolder (`working-directory: cx`), of
`..` or of an absolute path must name its files from there.
"""

from __future__ import annotations

import os
from urllib.parse import quote

from ...visible import raw_name


def repository_root() -> str:
    """The top of the git repository the current folder is in (where `.git` is), else the current folder.

    `.git` may be a folder or, in a linked worktree or a submodule, a file: either marks the top.
    """
    here = os.getcwd()
    folder = here
    while True:
        if os.path.lexists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return here
        folder = parent


def annotation_root() -> str:
    """Where GitHub resolves an annotation's file from: ``GITHUB_WORKSPACE`` when set, else :func:`repository_root`."""
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace:
        return os.path.realpath(workspace)
    return repository_root()


def _inside(full: str, root: str) -> str | None:
    try:
        rel = os.path.relpath(full, root)
    except ValueError:  # another drive (Windows)
        return None
    if rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel):
        return None
    return rel.replace(os.sep, "/")


def from_root(shown: str, root: str) -> str | None:
    """A finding's file (``shown`` as cxkit shows it) by its real name from ``root``, POSIX; None when outside it.

    A path through a linked folder counts by where the folder leads; the file's own name is kept.
    """
    full = os.path.abspath(raw_name(shown))
    rel = _inside(full, root)
    if rel is None:
        head, tail = os.path.split(full)
        rel = _inside(os.path.join(os.path.realpath(head), tail), root)
    return None if rel == "." else rel


def file_uri(path: str, *, folder: bool = False) -> str:
    """An absolute path as a percent-encoded file:// URI; a folder's ends with a slash."""
    posix = path.replace(os.sep, "/")
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/x -> /C:/x
    if folder and not posix.endswith("/"):
        posix += "/"
    return "file://" + quote(posix, safe="/:" if os.name == "nt" else "/", errors="surrogateescape")
