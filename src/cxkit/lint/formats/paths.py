"""Paths from the repository's top: what code scanning and annotations resolve a file against.

Text and JSON show a finding's file as it was named, from the folder cxkit ran in. GitHub
attaches SARIF results and annotations by the path from the top of the repository (the
workspace a workflow checked out, or a folder of it), so a run in a subfolder (`working-directory: cx`), of
`..` or of an absolute path must name its files from there.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from urllib.parse import quote

from ...gitutil import work_tree_top
from ...visible import name_shows_as_is, raw_name, visible_name


def _targets_top(targets: Sequence[str]) -> str | None:
    """The top of the git repository of the first of ``targets`` inside one, else the current folder's; None outside git."""
    for target in targets:
        full = os.path.abspath(target)
        # A file's folder by where it leads, as :func:`from_root` takes it (a linked file keeps its place).
        top = work_tree_top(os.path.realpath(full if os.path.isdir(full) else os.path.dirname(full)))
        if top is not None:
            return top
    return work_tree_top(os.getcwd())


def repository_root(targets: Sequence[str] = ()) -> str:
    """The top of the git repository the linted files are in: that of the first of ``targets`` (files
    or folders, as named on the command line) inside one, else that of the current folder, else the
    current folder.

    The targets come first: `cxkit lint /abs/repo/personas` run in another folder (outside git, or
    in another repository) names its files from `/abs/repo`, as GitHub and code scanning expect.
    A file in another repository than the first target's is named by its absolute path.
    """
    return _targets_top(targets) or os.getcwd()


def annotation_root(targets: Sequence[str] = ()) -> str:
    """Where GitHub resolves an annotation's file from: the top of the repository (as for SARIF), which
    need not be ``GITHUB_WORKSPACE`` (actions/checkout's `path:` puts it in a folder of the workspace).

    ``GITHUB_WORKSPACE`` is the root when the files are in no git repository (a checkout made
    without git) or in one above the workspace (a runner's own folder kept in git, the checkout
    downloaded into it); without it, the current folder.
    """
    top = _targets_top(targets)
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if not workspace:
        return top or os.getcwd()
    workspace = os.path.realpath(workspace)
    if top is None or _inside(workspace, os.path.realpath(top)) not in (None, "."):
        return workspace
    return top


def project_root(targets: Sequence[str] = ()) -> str:
    """Where GitLab resolves a report's paths from (the gitlab and junit formats): ``CI_PROJECT_DIR``
    when set and the linted files lie under it, else the top of the targets' repository
    (:func:`repository_root`), as SARIF names them.

    A ``CI_PROJECT_DIR`` that does not hold them (cxkit in a container that mounts the project
    elsewhere and passes the variable on, `docker run -v "$CI_PROJECT_DIR:/src" -e CI_PROJECT_DIR`)
    would name every file by its absolute path, which GitLab cannot map to the project's files.
    """
    project = os.environ.get("CI_PROJECT_DIR")
    if project:
        project = os.path.realpath(project)
        linted = [os.path.realpath(target) for target in targets if target != "-"] or [os.path.realpath(os.getcwd())]
        if all(_inside(path, project) is not None for path in linted):
            return project
    return repository_root(targets)


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


def named_from(shown: str, root: str) -> str:
    """How GitHub and SARIF output write a file cxkit shows as ``shown``: its real name from ``root``,
    else its absolute path; a control character stays escaped (the runner has no escape for it, and
    logs are read in terminals).  A folder (``shown`` ends in "/") keeps its slash."""
    if shown.endswith("/"):
        return named_from(shown.rstrip("/") or "/", root).rstrip("/") + "/"
    raw = from_root(shown, root)
    if raw is None:
        raw = os.path.abspath(raw_name(shown))
    return raw if name_shows_as_is(raw) else visible_name(raw)


def file_uri(path: str, *, folder: bool = False) -> str:
    """An absolute path as a percent-encoded file:// URI; a folder's ends with a slash."""
    posix = path.replace(os.sep, "/")
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/x -> /C:/x
    if folder and not posix.endswith("/"):
        posix += "/"
    return "file://" + quote(posix, safe="/:" if os.name == "nt" else "/", errors="surrogateescape")
