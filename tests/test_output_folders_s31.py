"""`-o build/reports/cxkit.xml` makes the folders on its way, as pytest's --junitxml does (session 31).

A CI template that writes its reports under `build/reports/` needed a `mkdir -p` step first (not
portable to cmd.exe), and `|| true` after the lint step hid the exit 2. The one atomic writer every
`-o` goes through now makes missing folders; a file where a folder should be, or a folder that
cannot be made, is still exit 2 with a line naming that folder.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

OLA = """\
kind: persona
id: ola-nowak
name: Ola Nowak
lang: pl
summary: Księgowa z Łodzi, przenosi firmowe numery do nowej sieci
goals:
  - Ceni jakość
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return enter_workspace(tmp_path, monkeypatch, 'lang = "pl"\n', today="2026-12-06",
                           files={"personas/ola.yaml": OLA})


def cli(*args: str):
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


def test_lint_junit_into_build_reports(ws: Path) -> None:
    """Before: exit 2, `there is no folder build/; create it first (mkdir -p build/reports)`."""
    old = os.umask(0o022)
    try:
        result = cli("lint", "--no-cache", "-f", "junit", "-o", "build/reports/cxkit.xml")
    finally:
        os.umask(old)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")
    report = ws / "build" / "reports" / "cxkit.xml"
    assert ET.parse(report).getroot().find("testsuite").get("failures") == "1"
    assert stat.S_IMODE(report.stat().st_mode) == 0o644
    assert stat.S_IMODE((ws / "build").stat().st_mode) == 0o755
    assert [p.name for p in report.parent.iterdir()] == ["cxkit.xml"]  # no temporary file left


@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab"])
def test_every_lint_format_and_an_absolute_path(ws: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "artefakty" / "raporty łódź" / f"cxkit.{fmt}.json"
    assert cli("lint", "--no-cache", "-f", fmt, "-o", str(target)).exit_code == 1
    assert json.loads(target.read_text(encoding="utf-8"))


def test_render_into_a_new_folder(ws: Path) -> None:
    """Before: exit 2, `cannot write: there is no folder eksport/; create it first`."""
    result = cli("render", "personas/ola.yaml", "-f", "html", "-o", "eksport/mapy/ola.html")
    assert (result.exit_code, result.stderr) == (0, "")
    assert (ws / "eksport" / "mapy" / "ola.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_file_where_a_folder_should_be_is_named_before_linting(ws: Path) -> None:
    (ws / "build").write_text("nie folder\n", encoding="utf-8")
    result = cli("lint", "--no-cache", "-f", "junit", "-o", "build/reports/cxkit.xml")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("cxkit: --output-file build/reports/cxkit.xml: cannot write the report: "
                             "build is a file, not a folder\n")
    render = cli("render", "personas/ola.yaml", "-o", "build/reports/ola.md")
    assert render.exit_code == 2
    assert render.stderr == "cxkit: build/reports/ola.md: cannot write: build is a file, not a folder\n"


def test_a_folder_that_cannot_be_made_is_named(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only parent (root gets past permissions, so the refusal is simulated at os.mkdir)."""
    real_mkdir = os.mkdir

    def refuse(path, *args, **kwargs):
        if "zablokowane" in str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_mkdir(path, *args, **kwargs)

    (ws / "raporty").mkdir()  # the read-only folder the new one would go in
    monkeypatch.setattr(os, "mkdir", refuse)
    result = cli("lint", "--no-cache", "-o", "raporty/zablokowane/lint.txt")
    assert result.exit_code == 2
    assert result.stderr == ("cxkit: --output-file raporty/zablokowane/lint.txt: cannot write the report: "
                             "cannot make the folder raporty/zablokowane/: Permission denied\n")
    render = cli("render", "personas/ola.yaml", "-o", "raporty/zablokowane/ola.md")
    assert render.exit_code == 2
    assert render.stderr.endswith(": cannot make the folder raporty/zablokowane/: Permission denied\n")


def test_no_folder_is_made_through_a_link_out_of_the_work_tree(ws: Path, tmp_path_factory) -> None:
    """Guard: a folder linked out of the checkout is refused before anything is made there."""
    outside = tmp_path_factory.mktemp("poza")
    (ws / ".git").mkdir()
    (ws / "wiki").symlink_to(outside, target_is_directory=True)
    result = cli("lint", "--no-cache", "-o", "wiki/nowy/lint.txt")
    assert result.exit_code == 2 and "leads out of the work tree" in result.stderr
    assert list(outside.iterdir()) == []
