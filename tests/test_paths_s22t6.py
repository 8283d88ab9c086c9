"""Session 22, tester 6 (F6): a Windows path (`personas\\ola.yaml`, `C:\\Users\\Agata\\cx\\...`,
`--config .\\cxkit.toml`) typed where folders are separated by `/` is shown as typed, not with its
backslashes doubled, and told the path that exists here.  Exit 2, as any usage error."""

from __future__ import annotations

import os

import pytest

from conftest import run_cli

pytestmark = pytest.mark.skipif(os.sep != "/", reason="a backslash separates folders on Windows")

OLA = """\
kind: persona
id: ola
name: Ola
lang: pl
goals:
  - Kupić sukienkę na wesele siostry w czerwcu 2027
"""

SLASH = "(folders are separated by / here, not \\)"


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("command", [["lint"], ["render"], ["fmt", "--check"]])
def test_a_backslash_path_is_shown_as_typed_with_the_slash_path(workspace, command):
    result = run_cli(*command, "personas\\ola.yaml")
    assert result.exception is None and result.exit_code == 2
    assert result.stderr == (
        f"cxkit: personas\\ola.yaml: no such file or directory; did you mean personas/ola.yaml? {SLASH}\n"
    )


def test_a_windows_absolute_path_is_told_the_part_that_exists_here(workspace):
    result = run_cli("lint", "C:\\Users\\Agata\\cx\\personas\\ola.yaml")
    assert result.exit_code == 2
    assert result.stderr == ("cxkit: C:\\Users\\Agata\\cx\\personas\\ola.yaml: no such file or directory; "
                             f"did you mean personas/ola.yaml? {SLASH}\n")
    result = run_cli("lint", "personas\\olga.yaml")
    assert result.exit_code == 2
    assert result.stderr == ("cxkit: personas\\olga.yaml: no such file or directory; "
                             "on this system folders are separated by /, not \\\n")


def test_a_backslash_config_path_is_told_the_slash_path(workspace):
    result = run_cli("lint", "--config", ".\\cxkit.toml", "personas")
    assert result.exception is None and result.exit_code == 2
    assert result.stderr == f"cxkit: .\\cxkit.toml: config file not found; did you mean cxkit.toml? {SLASH}\n"


def test_guard_a_missing_path_without_backslashes_is_told_as_before(workspace):
    result = run_cli("lint", "persony/ola.yaml")
    assert result.exit_code == 2
    assert result.stderr == "cxkit: persony/ola.yaml: nie ma takiego pliku ani folderu; czy chodziło o personas/ola.yaml?\n"
