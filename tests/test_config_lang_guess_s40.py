"""The language guess behind a config error and a usage error never waits, crashes or reads a device (session 40).

An error in a config with no `lang` of its own is said in the language of the config its `extend` names, and a
usage error in the language of the config the run would read: both read those files only for their `lang`.
An `extend` that names a named pipe or /dev/zero, or a pyproject.toml whose `tool` is no table, must leave the
error English, located, exit 2, at once: not a run that hangs, fills the memory or ends in an internal error.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

POSIX_ONLY = pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"),
                                reason="named pipes and /dev/zero")


def _cxkit(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # A subprocess with a deadline: the slip this guards against is a run that never ends.
    return subprocess.run([sys.executable, "-m", "cxkit", *args], capture_output=True, text=True, encoding="utf-8",
                          cwd=cwd, timeout=60, env={**os.environ, "CXKIT_NO_CACHE": "1"})


def _client(root: Path, extend: str, more: str = "") -> Path:
    client = root / "klient"
    (client / "personas").mkdir(parents=True)
    (client / "cxkit.toml").write_text(f'extend = "{extend}"\n{more}', encoding="utf-8")
    return client


@POSIX_ONLY
@pytest.mark.parametrize("device", ["pipe", "/dev/zero"])
def test_an_extend_naming_a_pipe_or_a_device_gives_the_english_error_at_once_s40(tmp_path: Path, device: str) -> None:
    if device == "pipe":
        os.mkfifo(tmp_path / "wspolny.toml")  # nothing ever writes into it: a read would wait for ever
        extend = "../wspolny.toml"
    else:
        extend = device  # endless zeros: a read would fill the memory
    client = _client(tmp_path, extend)
    proc = _cxkit(client, "lint")
    assert proc.returncode == 2 and proc.stdout == "", proc.stderr
    assert proc.stderr.startswith("cxkit: cxkit.toml:1:1: bad value for 'extend': ")
    assert "is not a regular file (a pipe, socket or device)" in proc.stderr  # said for what it is (s41, was "no such file")
    # The client's own slip, met before `extend` is followed: the language guess reads the device too.
    (client / "cxkit.toml").write_text(f'extend = "{extend}"\nselect = []\n', encoding="utf-8")
    proc = _cxkit(client, "lint")
    assert proc.returncode == 2 and proc.stderr.startswith("cxkit: cxkit.toml:2:1: 'select' is empty"), proc.stderr
    # A usage error guesses the language from the same chain.
    proc = _cxkit(client, "lint", "--selct", "CX1")
    assert proc.returncode == 2 and proc.stderr == (
        "cxkit: No such option: --selct (Possible options: --select); see `python -m cxkit lint -h`\n"), proc.stderr


def test_a_pyproject_whose_tool_is_no_table_leaves_the_error_located_s40(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('tool = "poetry"\n', encoding="utf-8")
    client = _client(tmp_path, "../pyproject.toml")
    proc = _cxkit(client, "lint")
    assert proc.returncode == 2 and "internal error" not in proc.stderr, proc.stderr
    assert proc.stderr.startswith("cxkit: cxkit.toml:1:1: bad value for 'extend': '../pyproject.toml' has no "
                                  "[tool.cxkit] table"), proc.stderr
    proc = _cxkit(client, "lint", "--selct", "CX1")
    assert proc.returncode == 2 and proc.stderr.startswith("cxkit: No such option: --selct"), proc.stderr


def test_a_polish_config_extended_still_says_the_language_s40(tmp_path: Path) -> None:
    """The positive case beside the guards: a regular config extended that says `lang = "pl"`."""
    (tmp_path / "wspolny.toml").write_text('lang = "pl"\n', encoding="utf-8")
    client = _client(tmp_path, "../wspolny.toml", "select = []\n")
    proc = _cxkit(client, "lint")
    assert proc.returncode == 2 and proc.stderr.startswith("cxkit: cxkit.toml:2:1: `select` jest pusty"), proc.stderr
    proc = _cxkit(client, "lint", "--selct", "CX1")
    assert proc.returncode == 2 and proc.stderr.startswith("cxkit: nie ma takiej opcji: --selct"), proc.stderr


def test_a_missing_argument_with_its_choices_is_polish_whole_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """typer adds an argument's choices after `Missing argument`: said in Polish too, not left half English."""
    from conftest import run_cli

    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("new")
    assert result.exception is None and result.exit_code == 2 and result.stderr == (
        "cxkit: brak argumentu 'KIND'. Do wyboru: persona, negative-persona, journey. Zobacz `cxkit new -h`.\n")
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")  # English as before
    assert run_cli("new").stderr == (
        "cxkit: Missing argument 'KIND'. Choose from: persona, negative-persona, journey. See `cxkit new -h`.\n")


@pytest.mark.parametrize(("lines", "polish"), [
    ('persona-dir = "szkice\\nowe"\n',
     "cxkit: cxkit.toml:2:1: zła wartość `persona-dir`: „szkice\\nowe”: zawiera znak nowego wiersza: w tekście w "
     "\"...\" TOML czyta \\n jako ten znak; ścieżkę Windows zapisz jako 'szkice\\nowe' albo \"szkice/nowe\"\n"),
    ('extend = "wspolne"\n',
     "cxkit: cxkit.toml:2:1: zła wartość `extend`: „wspolne” to folder; wskaż plik konfiguracji w tym folderze "
     "(\"wspolne/cxkit.toml\")\n"),
])
def test_a_windows_path_slip_and_an_extended_folder_read_naturally_in_polish_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: str, polish: str) -> None:
    from conftest import run_cli

    (tmp_path / "personas").mkdir()
    (tmp_path / "wspolne").mkdir()
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n' + lines, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache")
    assert result.exception is None and result.exit_code == 2 and result.stderr == polish, result.stderr
