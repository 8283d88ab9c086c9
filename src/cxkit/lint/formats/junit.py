"""JUnit XML: each file checked a test case, each finding a failure of it.

CI systems (GitLab's `artifacts: reports: junit:`, Jenkins' JUnit step, Azure Pipelines'
PublishTestResults) show such a report as test results. One ``<testsuite name="cxkit">`` holds a
``<testcase>`` per file checked, named by its path as the text format shows it (``classname`` and
``name``); a file without findings is a passing test case. Each finding is a ``<failure>``: its
``message`` is the code and the message, its ``type`` the severity, its text the finding's line
(``path:line:col: CODE message``). ``tests`` counts the files, ``failures`` the files with a
finding (so ``tests - failures`` are the files that passed), ``errors`` is 0: a file that cannot be
read is a finding like any other (read-error, yaml-syntax).

XML 1.0 cannot hold every character (a control character in a file name, a lone surrogate from
bytes that are not UTF-8): those are written as escapes (``\\x1b``), so the report always parses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from ..finding import Finding

#: What XML 1.0 forbids: C0 controls but tab, line feed and carriage return; surrogates; U+FFFE, U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def xml_text(text: str) -> str:
    """``text`` with every character XML 1.0 forbids written as an escape; ElementTree escapes the rest."""
    return _NOT_XML.sub(_escape, text)


def render_junit(findings: list[Finding], files: Iterable[str], stream: TextIO) -> None:
    """The report of a run that checked ``files`` (paths as shown) and found ``findings``."""
    import xml.etree.ElementTree as ET

    by_path: dict[str, list[Finding]] = {path: [] for path in files}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    failed = sum(1 for found in by_path.values() if found)
    counts = {"tests": str(len(by_path)), "failures": str(failed), "errors": "0", "skipped": "0"}
    root = ET.Element("testsuites", {"name": "cxkit", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "cxkit", **counts})
    for path in sorted(by_path):
        shown = xml_text(path)
        case = ET.SubElement(suite, "testcase", {"classname": shown, "name": shown})
        for f in by_path[path]:
            failure = ET.SubElement(case, "failure", {"type": f.severity.name, "message": xml_text(f"{f.code} {f.message}")})
            failure.text = xml_text(f"{f.path}:{f.line}:{f.column}: {f.code} {f.message}")
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")
