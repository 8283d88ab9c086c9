"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers."""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import TextIO
from urllib.parse import quote

from ...visible import raw_name
from ..finding import Finding, Severity
from ..rule import Rule

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}


def artifact_location(path: str) -> dict[str, str]:
    """A finding's path as a SARIF artifact location: a percent-encoded URI.

    Relative paths resolve against %SRCROOT% (the folder cxkit ran in);
    absolute ones become file:// URIs, which take no base.  ``path`` is as
    shown; the URI names the real file.
    """
    path = raw_name(path)
    if PurePosixPath(path).is_absolute():
        return {"uri": "file://" + quote(path, safe="/", errors="surrogateescape")}
    return {"uri": quote(path, safe="/", errors="surrogateescape"), "uriBaseId": "%SRCROOT%"}


def sarif_log(findings: list[Finding], rules: dict[str, type[Rule]], version: str) -> dict:
    from ..docs import rule_help_markdown

    ordered = list(rules.values())
    index = {cls.name: i for i, cls in enumerate(ordered)}
    descriptors = [
        {
            "id": cls.code,
            "name": cls.name,
            "shortDescription": {"text": cls.summary()},
            "fullDescription": {"text": cls.summary()},
            "help": {"text": cls.summary(), "markdown": rule_help_markdown(cls)},
            "defaultConfiguration": {"level": _LEVEL[cls.severity]},
            "properties": {"tags": [cls.name]},
        }
        for cls in ordered
    ]
    results = []
    for f in findings:
        result = {
            "ruleId": f.code,
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": artifact_location(f.path),
                        "region": {"startLine": f.line, "startColumn": f.column},
                    }
                }
            ],
        }
        if f.rule in index:
            result["ruleIndex"] = index[f.rule]
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "cxkit",
                        "version": version,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render_sarif(findings: list[Finding], rules: dict[str, type[Rule]], version: str, stream: TextIO) -> None:
    json.dump(sarif_log(findings, rules, version), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
