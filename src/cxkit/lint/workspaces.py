"""One lint run over several workspaces: each checked under its own config, one report.

A repository may hold a workspace per team or client (`zoo/cxkit.toml`, `browar/cxkit.toml`,
none at the top).  Every file belongs to the workspace of the nearest config above it, within the
paths the command was given; a file with none above it stays under the config in force (or the
defaults).  Each workspace is linted as `cxkit lint` run in its folder would lint it (its
`exclude`, `per-file-ignores`, rule options, `lang`, its own cache), its cross-file rules see
only its own documents, and the findings are merged into one result.

The single-workspace run costs nothing here: folder scans pass over and note folders with a
config of their own as they list them (:attr:`Config.nested`), and only a run that met one, or
whose named paths lie under different configs, comes this way.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from ..config import Config, default_targets, elsewhere, load_config

if TYPE_CHECKING:  # the warm path of a single workspace imports this module, never the findings
    from .selection import LintResult


@dataclass
class Part:
    """One workspace of a run: its settings, the paths of it to lint, and, once linted, the result."""

    config: Config
    targets: list[str]
    result: LintResult | None = None
    #: The folders of other workspaces its scans passed over (spelt as reached), once scanned.
    nested: list[str] | None = field(default=None, repr=False)


def _key(config: Config) -> str:
    # The folder that holds the config as found: two clients whose cxkit.toml links to one house
    # config (or to the top's) are still two workspaces.
    return os.path.normcase(os.path.realpath(config.root))


def named_parts(targets: list[str], config: Config, cwd: Path | None = None) -> list[Part] | None:
    """The named ``targets`` grouped by the workspace each lies in; None when all are ``config``'s.

    A path whose nearest config (looked for from the path up, as the path is spelt) is not
    ``config``'s belongs to that config's workspace; a path with no config above it stays with
    ``config``.  The first part is ``config``'s, when any path is left to it.
    """
    groups: dict[str, tuple[Path, list[str]]] = {}
    kept: list[str] = []
    for given, nearest in zip(targets, elsewhere(targets, config, cwd)):
        if nearest is None:
            kept.append(given)
        else:
            groups.setdefault(os.path.normcase(str(nearest)), (nearest, []))[1].append(given)
    if not groups:
        return None
    parts = [Part(config, kept)] if kept else []
    for source, paths in groups.values():
        parts.append(Part(load_config(None, source.parent, check_rules=False), paths))
    return parts


def _targets_of(folder: str, config: Config, warn: bool = True) -> list[str]:
    """What a workspace met in a scan of a folder above it has linted: what `cxkit lint` in its folder
    lints (its `paths`, else all of it), spelt from ``folder`` as the scan reached it.  Without
    ``warn``, a configured path that is missing is passed over in silence (and with none, the folder)."""
    if not config.paths:
        return [folder]
    if warn:
        default_targets(config)  # a missing configured path warned of, none existing an error, as in its folder
    found = [os.path.normpath(os.path.join(folder, p)) for p in config.paths
             if (config.root / p).exists() or (config.root / p).is_symlink()]
    return found or [folder]


def plan(first: list[Part], scan: Callable[[Part], list[str]], warn: bool = True) -> list[Part]:
    """Every workspace the run takes in: ``first`` (the named paths' workspaces) and, found by
    ``scan`` (the folders of other workspaces a part's scan passed over), the workspaces under them,
    at any depth; one part per workspace, its paths merged (a part given more paths is scanned again).
    ``warn``: say of a nested workspace's configured path that it is missing, as lint in its folder does."""
    parts: list[Part] = []
    by_key: dict[str, Part] = {}
    queue: list[Part] = []

    def add(part: Part) -> None:
        key = _key(part.config)
        have = by_key.get(key)
        if have is None:
            by_key[key] = part
            parts.append(part)
            queue.append(part)
            return
        more = [t for t in part.targets if t not in have.targets]
        if more:
            have.targets.extend(more)
            have.result = None  # more paths than it was linted with
            have.nested = None
            if have not in queue:
                queue.append(have)

    for part in first:
        add(part)
    while queue:
        part = queue.pop(0)
        folders = part.nested if part.nested is not None else scan(part)
        part.nested = folders
        seen: set[str] = set()
        for folder in folders:
            real = os.path.normcase(os.path.realpath(folder))
            if real in seen:
                continue
            seen.add(real)
            config = load_config(None, Path(folder), check_rules=False)
            add(Part(config, _targets_of(folder, config, warn)))
    return parts


def discover_by_workspace(
    targets: list[str], config: Config, owners: dict[str, Config] | None = None
) -> tuple[list[Any], list[tuple[str, str]]]:
    """What :func:`cxkit.discovery.discover` finds, each workspace's files under its own config (its
    `exclude`, its `paths` when reached by a scan from above): what `cxkit fmt` lays out.  One walk
    when all is one workspace, as without workspaces.  ``owners``, when given, gets each file's
    workspace config by its shown path (a file two parts reach: the first's, as it is listed), for
    what is kept per workspace (`cxkit fmt`'s cache)."""
    from ..discovery import discover

    found: dict[int, tuple[list[Any], list[tuple[str, str]]]] = {}

    def scan(part: Part) -> list[str]:
        part.config.nested = []
        found[id(part)] = discover(part.targets, part.config)
        return part.config.nested

    parts = plan(named_parts(targets, config) or [Part(config, list(targets))], scan)
    if owners is not None:
        for part in parts:
            for target in found[id(part)][0]:
                owners.setdefault(target.display, part.config)
    return merge_found(parts, found)


def merge_found(
    parts: list[Part], found: dict[int, tuple[list[Any], list[tuple[str, str]]]]
) -> tuple[list[Any], list[tuple[str, str]]]:
    """The files and unreadable places each part's scan found (``found``, by ``id(part)``), as one
    listing: a file two parts reach once, in path order when there are several parts."""
    files: list[Any] = []
    unreadable: list[tuple[str, str]] = []
    shown: set[str] = set()
    for part in parts:
        listed, cannot = found[id(part)]
        files += [t for t in listed if t.display not in shown]
        shown.update(t.display for t in listed)
        unreadable += [u for u in cannot if u not in unreadable]
    if len(parts) > 1:
        files.sort(key=lambda t: t.display)
    return files, unreadable


def listed_nested(part: Part) -> list[str]:
    """The folders of other workspaces a scan of ``part`` passes over (a listing, nothing read)."""
    from ..discovery import listing_with_context

    part.config.nested = []
    listing_with_context(part.targets, part.config)
    found = part.config.nested
    part.config.nested = []
    return found


def merged(parts: list[Part]) -> LintResult:
    """The parts' results as one: findings in the usual order (by file, line, column, code), counts added."""
    from .selection import LintResult

    findings: list[Any] = []
    files = documents = cached = 0
    several = len({_key(part.config) for part in parts}) > 1
    for part in parts:
        assert part.result is not None
        if several and part.config.source is not None:
            findings.extend(_naming_workspace(f, part.config.label) for f in part.result.findings)
        else:
            findings.extend(part.result.findings)
        files += part.result.files_checked
        documents += part.result.documents
        cached += part.result.cached_files
    findings.sort(key=lambda f: (f.path, f.line, f.column, f.code))
    return LintResult(findings, files, documents, cached_files=cached)


#: How a finding about a whole workspace opens (`missing-negative-persona`: "the workspace has 2 personas but ...").
_WORKSPACE_OPENING = "the workspace "


#: The same in a Polish workspace (`lang = "pl"`): "obszar roboczy ma 2 persony, ale ...".
_WORKSPACE_OPENING_PL = "obszar roboczy "


def _naming_workspace(finding: Any, label: str) -> Any:
    """``finding``, when it speaks of "the workspace" as a whole, naming which one by its config (``label``):
    a run over several workspaces has one such finding per workspace, each on one of its files."""
    english = finding.english
    if english is not None and english[0].startswith(_WORKSPACE_OPENING):
        english = _named_in(english[0], english[1], _WORKSPACE_OPENING, f"the workspace of {label} ")
    if finding.message.startswith(_WORKSPACE_OPENING):
        message, related = _named_in(finding.message, finding.related, _WORKSPACE_OPENING, f"the workspace of {label} ")
    elif english is not None and finding.message.startswith(_WORKSPACE_OPENING_PL):
        message, related = _named_in(finding.message, finding.related, _WORKSPACE_OPENING_PL,
                                     f"obszar roboczy ({label}) ")
    else:
        return finding
    import dataclasses

    return dataclasses.replace(finding, message=message, related=related, english=english)


def _named_in(message: str, related: Any, opening: str, said: str) -> tuple[str, Any]:
    """``message`` with its ``opening`` written as ``said``, and its related places moved with the text."""
    from .finding import Related

    shift = len(said) - len(opening)
    return said + message[len(opening):], tuple(Related(r.path, r.line, r.column, r.start + shift, r.end + shift)
                                               for r in related)
