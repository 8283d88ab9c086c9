"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers."""

from __future__ import annotations

import json
import os
from typing import Any, Iterator, TextIO
from urllib.parse import quote

from ...visible import raw_name
from ..finding import Finding, Severity
from ..rule import Rule
from .paths import file_uri, from_root, named_from, repository_root

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: The key of each result's ``partialFingerprints``: the gitlab format's fingerprint (file, rule and
#: what the message quotes, not the line), so a SARIF consumer that does not compute its own (as
#: GitHub's upload-sarif does) keeps a finding's identity when lines move.
FINGERPRINT_KEY = "cxkitFindingHash/v1"
_LEVEL = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}


def artifact_location(path: str, root: str | None = None) -> dict[str, str]:
    """A finding's path as a SARIF artifact location: a percent-encoded URI.

    A file inside ``root`` (the repository's top, see :func:`repository_root`) is named
    from there, against %SRCROOT%, which the run defines as ``root``; one outside it by
    a file:// URI, which takes no base.  ``path`` is as shown; the URI names the real file.
    """
    rel = from_root(path, repository_root() if root is None else root)
    if rel is None:
        return {"uri": file_uri(os.path.abspath(raw_name(path)))}
    return {"uri": quote(rel, safe="/", errors="surrogateescape"), "uriBaseId": "%SRCROOT%"}


def _link_text(text: str) -> str:
    """``text`` in a message with embedded links: a backslash and brackets escaped (SARIF §3.11.6),
    so a viewer that turns `[text](id)` into a link shows them as they are."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _related(f: Finding, root: str) -> tuple[str, list[dict]]:
    """The message of a finding that names other files, and those files as related locations.

    Each file is named from ``root`` as a link to its related location (`[personas/ola.yaml](1):14`),
    which code scanning shows as a link to that place; a folder is named from ``root`` as text.
    """
    parts: list[str] = []
    locations: list[dict] = []
    at = 0
    for r in f.related:
        parts.append(_link_text(f.message[at:r.start]))
        name = _link_text(named_from(r.path, root))
        at = r.end
        if r.path.endswith("/"):
            parts.append(name)
            continue
        physical: dict = {"artifactLocation": artifact_location(r.path, root)}
        if r.line:
            physical["region"] = {"startLine": r.line, "startColumn": max(r.column, 1)}
        locations.append({"id": len(locations) + 1, "physicalLocation": physical})
        parts.append(f"[{name}]({len(locations)})")
    if not locations:  # no link: the text needs no escapes
        return f.message_with(lambda path: named_from(path, root)), locations
    parts.append(_link_text(f.message[at:]))
    return "".join(parts), locations


def _components(rules: dict[str, type[Rule]]) -> tuple[dict[str, type[Rule]], list[tuple[Any, dict[str, type[Rule]]]]]:
    """cxkit's own rules (the driver's), and each rule plugin with its rules (the run's `tool.extensions`,
    in the order of their first rule): a rule plugin's rule is described by the plugin's component, as
    SARIF describes a tool's extensions, so a reader sees whose rule a result is."""
    from ..rule import plugin_of

    own: dict[str, type[Rule]] = {}
    plugins: dict[Any, dict[str, type[Rule]]] = {}
    for name, cls in rules.items():
        plugin = plugin_of(cls)
        if plugin is None:
            own[name] = cls
        else:
            plugins.setdefault(plugin, {})[name] = cls
    return own, list(plugins.items())


def _extensions(plugins: list[tuple[Any, dict[str, type[Rule]]]]) -> list[dict]:
    return [{"name": plugin.dist, "version": plugin.version, "rules": _descriptors(its)} for plugin, its in plugins]


def _descriptors(rules: dict[str, type[Rule]]) -> list[dict]:
    from ..docs import rule_help_markdown, rule_url

    out = []
    for cls in rules.values():
        descriptor = {
            "id": cls.code,
            "name": cls.name,
            "shortDescription": {"text": cls.summary()},
            "fullDescription": {"text": cls.summary()},
            "help": {"text": cls.summary(), "markdown": rule_help_markdown(cls)},
            # An opt-in rule is off unless a team names it: SARIF's reportingConfiguration says so with `enabled`.
            "defaultConfiguration": {"level": _LEVEL[cls.severity],
                                     **({"enabled": False} if getattr(cls, "opt_in", False) else {})},
            "properties": {"tags": [cls.name]},
        }
        url = rule_url(cls)  # SARIF's helpUri is an absolute URI: only when cxkit's package names its repository
        if url is not None:
            descriptor["helpUri"] = url
        out.append(descriptor)
    return out


def _results(
    findings: list[Finding], rules: dict[str, type[Rule]], root: str, known: list[bool] | None = None,
) -> Iterator[dict]:
    """The SARIF result of each finding, one at a time; with ``known`` (whether a baseline records each
    finding), each result says so in its `baselineState`: "unchanged", else "new".  A finding `cxkit fmt
    --fix` fixes has the property `fixable` (true); no `fixes`, as the fix comes with fmt's layout."""
    from ..fixable import fixable
    from .gitlab import iter_fingerprints
    from .located import locate_all

    own, plugins = _components(rules)
    index = {cls.name: i for i, cls in enumerate(own.values())}
    # A plugin's rule: its place in the plugin's component (tool.extensions[k].rules[j]).
    elsewhere = {cls.name: (k, j) for k, (_p, its) in enumerate(plugins) for j, cls in enumerate(its.values())}
    located = locate_all(findings)
    marks = fixable(findings)
    for i, (f, fingerprint) in enumerate(zip(findings, iter_fingerprints(findings, root))):
        region = {"startLine": f.line, "startColumn": f.column}
        if located[i].end_line is not None:
            # The value the finding points at, so that a viewer can highlight it (its last line, the column after it).
            region.update(endLine=located[i].end_line, endColumn=located[i].end_column)
        result = {
            "ruleId": f.code,
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": artifact_location(f.path, root),
                        "region": region,
                    }
                }
            ],
        }
        if f.related:
            result["message"]["text"], related = _related(f, root)
            if related:
                result["relatedLocations"] = related
        if f.rule in index:
            result["ruleIndex"] = index[f.rule]
        elif f.rule in elsewhere:
            k, j = elsewhere[f.rule]
            result["rule"] = {"id": f.code, "index": j, "toolComponent": {"index": k}}
        result["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint}
        if known is not None:
            result["baselineState"] = "unchanged" if known[i] else "new"
        if marks[i]:
            result["properties"] = {"fixable": True}
        yield result


def _log(rules: dict[str, type[Rule]], version: str, root: str, results: list[dict]) -> dict:
    own, plugins = _components(rules)
    tool: dict[str, Any] = {"driver": {"name": "cxkit", "version": version, "rules": _descriptors(own)}}
    if plugins:
        tool["extensions"] = _extensions(plugins)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": tool,
                "originalUriBaseIds": {"%SRCROOT%": {"uri": file_uri(root, folder=True)}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def sarif_log(findings: list[Finding], rules: dict[str, type[Rule]], version: str, root: str | None = None) -> dict:
    """The SARIF log of a run; files are named from ``root`` (default: the repository's top, else the current folder)."""
    if root is None:
        root = repository_root()
    return _log(rules, version, root, list(_results(findings, rules, root)))


#: How many results each write of :func:`render_sarif` carries.
CHUNK = 64
#: Where a result stands in the log as ``json.dumps(..., indent=2)`` writes it: in "results", in a run, in "runs".
_RESULT_INDENT = " " * 8
_NO_RESULTS = '"results": []'


def render_sarif(
    findings: list[Finding], rules: dict[str, type[Rule]], version: str, stream: TextIO, root: str | None = None,
    known: list[bool] | None = None,
) -> None:
    """Write the SARIF log as ``json.dumps(sarif_log(...), ensure_ascii=False, indent=2)`` does, a few
    results at a time: a run with many findings never holds every result's objects and the whole text.
    ``known``: a run with a baseline, whether it records each finding (each result's `baselineState`)."""
    if root is None:
        root = repository_root()
    # The log without its results: "results" is the last key of the one run, so its results go
    # between the text before `[]` and the text after it, each indented as it stands there.
    frame = json.dumps(_log(rules, version, root, []), ensure_ascii=False, indent=2) + "\n"
    if not findings:
        stream.write(frame)
        return
    at = frame.rindex(_NO_RESULTS) + len(_NO_RESULTS) - 1
    lead = frame[:at] + "\n"
    pending: list[str] = []
    for result in _results(findings, rules, root, known):
        if len(pending) == CHUNK:
            stream.write(lead + ",\n".join(pending) + ",\n")
            pending.clear()
            lead = ""
        # json writes a line break inside a string as its escape: each line of the dump is one of the log's.
        pending.append(_RESULT_INDENT + json.dumps(result, ensure_ascii=False, indent=2).replace("\n", "\n" + _RESULT_INDENT))
    # The last chunk (never empty) closes the list as the frame does.
    stream.write(lead + ",\n".join(pending) + "\n" + " " * 6 + frame[at:])
