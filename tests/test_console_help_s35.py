"""Help screens on an ASCII console (`PYTHONIOENCODING=ascii`, `LANG=C` without UTF-8 mode) go through
the console fallback every other command's text uses (session 35, tester36 M1's odd detail).

click writes help to a UTF-8 stream it makes over an ASCII standard output's bytes, so `cxkit fmt
--help` wrote raw UTF-8 (`cele \\xe2\\x86\\x92 goals`) where cp1250 and cp852 showed `cele -> goals`."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import enter_workspace
from cxkit.cli import app

HELP_SCREENS = [[], ["--help"], ["fmt", "--help"], ["lint", "--help"], ["render", "--help"], ["diff", "--help"],
                ["review", "--help"], ["new", "--help"], ["init", "--help"], ["rules", "--help"], ["rule", "--help"],
                ["schema", "--help"], ["cache"], ["cache", "clear", "--help"]]


def test_fmt_help_on_an_ascii_console_shows_the_arrow_as_ascii(tmp_path, monkeypatch):
    """Fails before: `(cele \\xe2\\x86\\x92 goals)`, UTF-8 bytes on an ASCII console."""
    enter_workspace(tmp_path, monkeypatch)
    result = CliRunner(charset="ascii").invoke(app, ["fmt", "--help"])
    assert result.exit_code == 0
    text = result.stdout_bytes.decode("ascii")  # strict: every byte ASCII
    flat = " ".join(text.split())
    assert "(cele -> goals)" in flat and "(14.03.2024 -> 2024-03-14)" in flat and "4x that" in flat
    assert "standard output's encoding" not in result.stderr  # stand-ins only: nothing lost, no note


@pytest.mark.parametrize("args", HELP_SCREENS, ids=lambda a: " ".join(a) or "cxkit")
def test_every_help_screen_on_an_ascii_console_is_ascii(tmp_path, monkeypatch, args):
    """Fails before for `fmt`, `lint` and `new --help` (`→`, `×`). A guard for the rest, whose texts may gain one."""
    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", "40")
    result = CliRunner(charset="ascii").invoke(app, args)
    assert result.exit_code in (0, 2)
    assert (result.stdout_bytes + result.stderr_bytes).isascii()
    assert "Usage: cxkit" in result.stdout + result.stderr


def test_help_in_an_ascii_process_is_ascii_and_the_same_under_utf8(tmp_path, monkeypatch):
    """As tester36 ran it (the console script's own streams). Fails before: raw `\\xe2\\x86\\x92`.
    On a UTF-8 console the help is as it was: the arrow itself."""
    enter_workspace(tmp_path, monkeypatch)
    ascii_env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "-m", "cxkit", "fmt", "--help"], capture_output=True, env=ascii_env)
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.isascii() and b"(cele -> goals)" in done.stdout
    utf8 = subprocess.run([sys.executable, "-m", "cxkit", "fmt", "--help"], capture_output=True,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert "(cele → goals)".encode() in utf8.stdout
    assert utf8.stdout.replace("→".encode(), b"->").replace("×".encode(), b"x") == done.stdout
