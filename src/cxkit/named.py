"""Files named on the command line, judged as a folder scan judges the files it meets.

A folder scan checks only `*.yaml` / `*.yml` files that claim a cxkit `kind` (or come near
one: :func:`cxkit.workspace.claims_cxkit_kind`).  A file you name is checked whatever it
holds, except where a command leaves YAML of other tools alone: `cxkit fmt` always, and
`cxkit lint --only-documents`, for hooks and CI steps that pass every changed file's name.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any, Callable

from .discovery import YAML_SUFFIXES, Target, display_path, read_target


def claims_document(target: Target, content: bytes | None = None) -> bool:
    """Whether the file of ``target`` (or its ``content``, read already: a document from stdin)
    says it is a cxkit document (or a near miss), by the test a folder scan uses; also when it does
    not parse, by its `kind:` line or its top-level keys, or by a kind written in a broken shape
    (:func:`shaped_like_document`).

    A file that cannot be read counts as one: its read error is the caller's to report.
    """
    from .workspace import claims_cxkit_kind
    from .yamlio import load_bytes

    if content is not None:
        raw, size = content, len(content)
    else:
        try:
            raw, size = read_target(target)
        except OSError:
            return True
    if opens_with_kind(raw):
        return True  # what the parse below would say, without it: lint parses the file next
    loaded = load_bytes(raw, size=size)
    return claims_cxkit_kind(loaded, raw) or shaped_like_document(loaded.data, loaded.text, raw)


#: The first line of a cxkit document as `cxkit new` writes it (`kind: persona`, quoted or not, a
#: comment after it), after a UTF-8 BOM, blank lines and comment lines, and the next line that is not
#: blank when it starts a line of its own: then the file is a document whatever follows.
_OPENING_KIND = re.compile(
    rb"(?:\xef\xbb\xbf)?(?:[ \t]*(?:#[^\r\n]*)?\r?\n)*+"
    rb"kind: +(?P<q>[\"']?)(?:persona|negative-persona|journey)(?P=q)(?:[ \t]+#[^\r\n]*)?[ \t]*(?:\r?\n|$)"
    rb"(?:[ \t]*\r?\n)*+(?:[^ \t\r\n]|$)"
)
#: Any top-level `kind:` key, whatever its value (not :data:`cxkit.discovery.DOCUMENT_KIND_RE`, which takes
#: cxkit kinds only): a second one, even `kind: ConfigMap`, leaves the file to the parse.
_ANY_KIND = re.compile(rb"^kind:", re.MULTILINE)


def opens_with_kind(raw: bytes) -> bool:
    """Whether ``raw`` opens with a cxkit document's `kind:` line and has no other `kind:` line at the
    start of a line: then :func:`claims_document` is true without a YAML read.

    The file's top level is a mapping whose first key is that `kind` (a duplicate is left to the
    parse, and so is an indented next line, which would continue the value); if the rest does not
    parse, its kind line still makes it a document.  So `--only-documents` parses a document once,
    in lint, not a second time to filter it.
    """
    opening = _OPENING_KIND.match(raw)
    return opening is not None and _ANY_KIND.search(raw, opening.start("q")) is None


#: A cxkit kind as a broken document gives it: after `kind` that lost its colon (`kind persona`),
#: after `- kind:` (the document written as a list item) or after `{kind:` / `, kind:` (a flow
#: mapping).  Only the exact, lower-case kinds: a custom resource's `kind: Persona` is not one.
_BROKEN_KIND = re.compile(
    r"(?:^[ \t]*kind[ \t]+|^[ \t]*-[ \t]+kind[ \t]*:[ \t]*|[{,][ \t]*kind[ \t]*:[ \t]*)"
    r"['\"]?(?:negative-persona|persona|journey)['\"]?(?=[\s,}#]|$)",
    re.MULTILINE,
)


def shaped_like_document(data: Any, text: str, raw: bytes) -> bool:
    """Whether a named file is a cxkit document in a shape a folder scan's test does not look for:
    a list whose first item is a document (`- kind: persona`), or, when the file does not parse,
    a `kind persona` line that lost its colon, a `- kind: persona` item or a `{kind: persona, …}`
    flow mapping.  `cxkit fmt` reports these, as lint does, rather than skip them.

    Other tools' YAML stays out: mkdocs' `!!python/name` tags, Helm's `{{ }}` and CloudFormation's
    `!Ref` carry no exact, lower-case cxkit kind (a custom resource's is `kind: Persona`).
    """
    from .model import KINDS
    from .workspace import probe_text

    if isinstance(data, list):
        first = data[0] if data else None
        return isinstance(first, dict) and first.get("kind") in KINDS
    if data is not None:
        return False
    text = text or probe_text(raw[:8192])
    return _BROKEN_KIND.search(text) is not None


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


def only_documents(paths: list[str], quiet: bool = False, pl: Callable[[], bool] | None = None) -> list[str]:
    """The ``paths`` a folder scan would check, in their order (see :func:`scan_would_check`).  A path that
    names nothing (a file deleted: a hook that passes every changed file passes deletions too) is skipped,
    said in one note on stderr unless ``quiet``, as `--files-from` says the entries it skips.  An empty path
    is a UsageError, as without `--only-documents`: it names no file, deleted or not.  ``pl``, asked only for
    the note: whether the workspace speaks Polish (`lang = "pl"`), and the note with it."""
    if "" in paths:
        from .discovery import EMPTY_PATH, UsageError

        raise UsageError(EMPTY_PATH)
    gone = [p for p in paths if p != "-" and not os.path.lexists(p)]
    if gone and not quiet:
        from .cliutil import error
        from .pathlist import skipped_note

        polish = pl is not None and pl()
        error(f"{'uwaga' if polish else 'note'}: {skipped_note(gone, listed=False, pl=polish)}")
    return [p for p in paths if scan_would_check(p) and (p == "-" or p not in gone)]


def not_excluded(paths: list[str], config: Any, own_configs: bool = True) -> list[str]:
    """The ``paths`` without the files that `exclude` matches, in the config of the workspace each
    lies in (with ``own_configs``; else in ``config``, given by `--config`): a hook passes every
    changed file, and `--only-documents` leaves out what a folder scan leaves out.  Folders are
    kept: a scan of one applies `exclude` inside it, and a named folder that `exclude` matches is
    warned of.  With ``own_configs``, a file is also left out when a config around its workspace
    excludes the folder that workspace lies in (:func:`cxkit.discovery.excluded_above`): a client kept
    in an `archive/` the top config excludes is not checked, as a scan from the top does not reach it.
    A file in a tool's folder below its workspace (`node_modules/`, a virtual environment: see
    :data:`cxkit.discovery.SKIPPED_FOLDERS`) is left out too, as a folder scan does not enter one."""
    from .config import elsewhere, load_config
    from .discovery import excluded_above, excluded_file, tool_folder_above

    nearest = elsewhere(paths, config) if own_configs else [None] * len(paths)
    configs: dict[Path, Any] = {}
    around: dict[Any, Any] = {}
    kept = []
    for path, source in zip(paths, nearest):
        if source is not None and source not in configs:
            configs[source] = load_config(None, source.parent, check_rules=False)
        if os.path.isdir(path):
            kept.append(path)
        elif not excluded_file(path, config if source is None else configs[source]) and not (
            own_configs and excluded_above(path, around) is not None
        ) and tool_folder_above(path, config if source is None else configs[source], hidden=True) is None:
            kept.append(path)
    return kept

