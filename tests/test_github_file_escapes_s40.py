"""`-f github`: a line break in a file's name is written in `file=` as the runner decodes it (tester44 L5).

GitHub's runner decodes `%25`, `%0D`, `%0A`, `%3A` and `%2C` in a workflow command's properties, and nothing
else. A persona saved as `ola\\nnowak.yaml` (a name pasted with its line break) was annotated as
`file=ola\\x0anowak.yaml`, a file that is not there, so GitHub put the annotation on no file. Now `%0A`; a
control character the runner has no escape for stays written as cxkit's text shows it, never raw in the log.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli
from cxkit.lint.finding import Finding, Severity
from cxkit.lint.formats.github import render_github

PERSONA = "kind: persona\nid: ola-nowak\nname: Ola Nowak\nlang: pl\n"


def _annotations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', files={f"personas/{name}": PERSONA})
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    result = run_cli("lint", "--no-cache", "-f", "github", "--select", "missing-sources")
    assert result.exit_code == 1, result.stdout + result.stderr
    return result.stdout.splitlines()


def test_a_line_break_in_a_name_is_percent_0a_s40(tmp_path, monkeypatch):
    """Fails before: `file=personas/ola\\x0anowak.yaml`."""
    [line] = _annotations(tmp_path, monkeypatch, "ola\nnowak.yaml")
    assert line.startswith("::warning file=personas/ola%0Anowak.yaml,line=2,col=1,title=CX301 missing-sources::")


def test_a_carriage_return_and_the_runner_s_own_escapes_s40(tmp_path, monkeypatch):
    [line] = _annotations(tmp_path, monkeypatch, "ola\r,50%:nowak.yaml")
    assert line.startswith("::warning file=personas/ola%0D%2C50%25%3Anowak.yaml,line=2,")


def test_another_control_character_stays_escaped_as_in_text_s40(tmp_path, monkeypatch):
    """A guard (passes before): ESC has no escape the runner decodes; raw, it would colour the job's log."""
    [line] = _annotations(tmp_path, monkeypatch, "ola\x1b[31m.yaml")
    assert "\x1b" not in line
    assert line.startswith("::warning file=personas/ola\\x1b[31m.yaml,line=2,")


def test_a_line_break_beside_another_control_character_s40(tmp_path, monkeypatch):
    [line] = _annotations(tmp_path, monkeypatch, "ola\x1b[31m\nnowak.yaml")
    assert "\x1b" not in line
    assert line.startswith("::warning file=personas/ola\\x1b[31m%0Anowak.yaml,line=2,")


def test_a_name_without_control_characters_is_as_before_s40(tmp_path):
    out = io.StringIO()
    render_github([Finding(str(tmp_path / "personas" / "ola.yaml"), 2, 1, "CX301", "missing-sources",
                           Severity.warning, "brak źródeł")], out, str(tmp_path))
    assert out.getvalue() == "::warning file=personas/ola.yaml,line=2,col=1,title=CX301 missing-sources::brak źródeł\n"
