"""JUnit XML: each file checked a test case, which fails when it has a finding at the fail level.

CI systems (GitLab's `artifacts: reports: junit:`, Jenkins' JUnit step, Azure Pipelines'
PublishTestResults) show such a report as test results. One ``<testsuite name="cxkit">`` holds a
``<testcase>`` per file checked: ``name`` is the file's path from the project's top (as the gitlab
format names it: ``CI_PROJECT_DIR``, else the top of the git repository), ``classname`` that path
without its ``.yaml``/``.yml`` and with any other dot as ``_`` (Jenkins splits a class name at its
last dot into package and class), ``file`` the path again (the attribute CI systems link a test to
its file by; none for a document read from stdin without a name), ``time`` 0 (files are not timed).

A file is one test, whatever it holds, so a test's identity is the file: moving a finding to
another line does not make a new test in a CI's test history. A case fails with one ``<failure>``
(consumers read one per case) when the file has findings at or above the fail level: its ``message``
is the finding's code and message, or, for several, how many and the codes and places of the
first five (``+K more`` after them: a test grid shows the attribute as one cell); its
``type`` the worst severity; its text every such finding, a line each (``path:line:col: severity
CODE message``). Findings below the fail level (`--fail-level`, the config's fail-level) fail
nothing: they are the lines of the case's ``<system-out>``, so a report agrees with the exit code.
A YAML file a folder scan passes over as no cxkit document (a Kubernetes ConfigMap) is no test
case: the text summary counts it among the files read, ``tests`` does not. ``tests`` counts the
cases, ``failures`` the failed ones, ``errors`` is 0: a file that cannot be read is a finding like
any other (read-error, yaml-syntax).

XML 1.0 cannot hold every character (a control character in a file name, a lone surrogate from
bytes that are not UTF-8): those are written as escapes (``\\x1b``), so the report always parses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TextIO

from ...visible import mend_names
from ..finding import Finding

#: What XML 1.0 forbids: C0 controls but tab, line feed and carriage return; surrogates; U+FFFE, U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

#: The name of a report read from stdin without --stdin-filename: no file to name from the root.
_STDIN = "-"


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def xml_text(text: str) -> str:
    """``text`` with every character XML 1.0 forbids written as an escape; ElementTree escapes the rest.
    A file name's bytes that are UTF-8 are first its letters (:func:`~cxkit.visible.mend_names`)."""
    return _NOT_XML.sub(_escape, mend_names(text))


def class_name(path: str) -> str:
    """A test case's ``classname`` for the file at ``path``: no dot for Jenkins to split it at."""
    stem = re.sub(r"\.ya?ml$", "", path, flags=re.IGNORECASE)
    return stem.replace(".", "_") or "_"


#: Findings a failure's ``message`` attribute lists (a test grid shows it as one cell); the
#: element's text lists them all.
MESSAGE_FINDINGS = 5


def _line(f: Finding, path: str, message: str) -> str:
    return f"{path}:{f.line}:{f.column}: {f.severity.name} {f.code} {message}"


def render_junit(
    findings: list[Finding], files: Iterable[str], stream: TextIO, root: str | None = None,
    fails: Callable[[Finding], bool] = lambda f: True,
) -> None:
    """The report of a run that checked ``files`` (paths as shown) and found ``findings``.

    Files are named from ``root`` (default: :func:`~.paths.project_root`); ``fails`` tells a finding at
    the fail level from one below it."""
    import xml.etree.ElementTree as ET

    from .paths import named_from, project_root

    if root is None:
        root = project_root()

    def named(shown: str) -> str:
        return shown if shown == _STDIN else named_from(shown, root)

    by_path: dict[str, list[Finding]] = {path: [] for path in files}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    cases = []
    for shown, found in by_path.items():
        path = named(shown)
        cases.append((path, [(fails(f), f, f.message_with(named) if f.related else f.message) for f in found]))
    cases.sort(key=lambda case: case[0])
    failed = sum(1 for _path, lines in cases if any(fail for fail, _f, _message in lines))
    counts = {"tests": str(len(cases)), "failures": str(failed), "errors": "0", "skipped": "0", "time": "0"}
    top = ET.Element("testsuites", {"name": "cxkit", **counts})
    suite = ET.SubElement(top, "testsuite", {"name": "cxkit", **counts})
    for path, lines in cases:
        attributes = {"classname": xml_text(class_name(path)), "name": xml_text(path)}
        if path != _STDIN:
            attributes["file"] = xml_text(path)  # what Jenkins, GitLab and Azure Pipelines link to the file
        case = ET.SubElement(suite, "testcase", {**attributes, "time": "0"})
        failing = [(f, message) for fail, f, message in lines if fail]
        if failing:
            if len(failing) == 1:
                summary = f"{failing[0][0].code} {failing[0][1]}"
            else:
                places = [f"{f.code} {f.rule} ({f.line}:{f.column})" for f, _m in failing[:MESSAGE_FINDINGS]]
                more = len(failing) - MESSAGE_FINDINGS
                summary = f"{len(failing)} findings: {', '.join(places)}" + (f", +{more} more" if more > 0 else "")
            worst = max(f.severity for f, _m in failing)
            failure = ET.SubElement(case, "failure", {"type": worst.name, "message": xml_text(summary)})
            failure.text = xml_text("\n".join(_line(f, path, message) for f, message in failing))
        below = [_line(f, path, message) for fail, f, message in lines if not fail]
        if below:
            ET.SubElement(case, "system-out").text = xml_text("\n".join(below))
    ET.indent(top)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(top, encoding="unicode"))
    stream.write("\n")
