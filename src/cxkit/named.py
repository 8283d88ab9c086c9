"""Files named on the command line, judged as a folder scan judges the files it meets.

A folder scan checks only `*.yaml` / `*.yml` files that claim a cxkit `kind` (or come near
one: :func:`cxkit.workspace.claims_cxkit_kind`).  A file you name is checked whatever it
holds, except where a command leaves YAML of other tools alone: `cxkit fmt` always, and
`cxkit lint --only-documents`, for hooks and CI steps that pass every changed file's name.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .discovery import YAML_SUFFIXES, Target, display_path, read_target


def claims_document(target: Target) -> bool:
    """Whether the file of ``target`` says it is a cxkit document (or a near miss), by the test
    a folder scan uses; also when it does not parse, by its `kind:` line or its top-level keys.

    A file that cannot be read counts as one: its read error is the caller's to report.
    """
    from .workspace import claims_cxkit_kind
    from .yamlio import load_bytes

    try:
        raw, size = read_target(target)
    except OSError:
        return True
    return claims_cxkit_kind(load_bytes(raw, size=size), raw)


def scan_would_check(path: str) -> bool:
    """Whether a folder scan that met the file ``path`` would check it.

    A folder, and a path that names nothing, are kept: the command searches the one and
    reports the other.  A pipe or a device is passed over (a scan never reads one), and so is
    a file not named `*.yaml` / `*.yml`, or YAML without a cxkit `kind`.
    """
    try:
        info = os.stat(path)
    except OSError:
        return True
    if stat.S_ISDIR(info.st_mode):
        return True
    if not stat.S_ISREG(info.st_mode) or not path.lower().endswith(YAML_SUFFIXES):
        return False
    return claims_document(Target(fs_path=Path(path), display=display_path(path), explicit=True))


def only_documents(paths: list[str]) -> list[str]:
    """The ``paths`` a folder scan would check, in their order (see :func:`scan_would_check`)."""
    return [p for p in paths if scan_would_check(p)]

