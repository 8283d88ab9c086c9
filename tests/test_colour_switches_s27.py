"""Colour switches and the automatic `github` format with `-o` (tester20 L6, L4).

L6: an empty `FORCE_COLOR=` turned colour off on a terminal (rich reads it as "not a terminal");
empty is as unset, as NO_COLOR's convention has it. `TERM=dumb` beat `FORCE_COLOR=1`, so a CI
runner exporting TERM=dumb could not get colour back; FORCE_COLOR is an explicit request and wins.
L4: `GITHUB_ACTIONS=true cxkit lint -o lint.txt` wrote workflow commands into the file; the
automatic `github` format is for stdout, a report file is text unless `--format` says otherwise.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import JOURNEY_PL, NEGATIVE_PL, PERSONA_PL, run_cli

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")

ESC = "\x1b["


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas/tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (tmp_path / "personas/janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    (tmp_path / "journeys/tomek-kupuje.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    # A second persona that copies Tomek's id: findings to colour.
    (tmp_path / "personas/tomek-kopia.yaml").write_text(PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomasz Kopia"),
                                                         encoding="utf-8")
    return tmp_path


def on_a_terminal(cwd: Path, *args: str, **env_vars: str) -> str:
    """What ``cxkit ARGS`` prints to a pseudo-terminal, with the environment's colour switches cleared first."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "CI", "GITHUB_ACTIONS") and not k.startswith("CXKIT_")}
    env.update({"TERM": "xterm-256color", "COLUMNS": "100", "LINES": "40", **env_vars})
    leader, follower = os.openpty()
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(leader, 65536)
            except OSError:  # EIO once the child has closed the terminal
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                       stdout=follower, stderr=subprocess.DEVNULL, timeout=120)
    finally:
        os.close(follower)
        reader.join(10)
        os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def in_a_pipe(cwd: Path, *args: str, **env_vars: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE")}
    env.update(env_vars)
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120).stdout


LINT = ("lint", "--no-cache", "-j", "1")
RENDER = ("render", "personas/tomek.yaml")
DIFF = ("diff", "personas/tomek.yaml", "personas/tomek-kopia.yaml")


@pytest.mark.parametrize("command", [LINT, RENDER, DIFF], ids=["lint", "render", "diff"])
def test_an_empty_force_color_is_as_if_unset(ws, command):
    assert ESC in on_a_terminal(ws, *command)  # the terminal's own colour, as before
    assert ESC in on_a_terminal(ws, *command, FORCE_COLOR="")


@pytest.mark.parametrize("command", [LINT, RENDER, DIFF], ids=["lint", "render", "diff"])
def test_force_color_wins_over_a_dumb_terminal(ws, command):
    assert ESC in on_a_terminal(ws, *command, TERM="dumb", FORCE_COLOR="1")


def test_the_other_switches_still_hold(ws):
    # Guards: a dumb terminal alone, NO_COLOR over FORCE_COLOR, an empty FORCE_COLOR in a pipe, FORCE_COLOR in a pipe.
    assert ESC not in on_a_terminal(ws, *LINT, TERM="dumb")
    assert ESC not in on_a_terminal(ws, *RENDER, TERM="dumb")
    assert ESC not in on_a_terminal(ws, *LINT, NO_COLOR="1", FORCE_COLOR="1")
    assert ESC not in on_a_terminal(ws, *LINT, TTY_COMPATIBLE="0", FORCE_COLOR="")
    assert ESC not in in_a_pipe(ws, *LINT, FORCE_COLOR="")
    assert ESC in in_a_pipe(ws, *LINT, FORCE_COLOR="1")


# --- L4 ------------------------------------------------------------------------------------------

def test_a_report_file_under_github_actions_is_text(ws, monkeypatch):
    monkeypatch.chdir(ws)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "")
    monkeypatch.setenv("COLUMNS", "100")
    result = run_cli("lint", "--no-cache", "-o", "lint.txt")
    assert result.exit_code == 1 and result.stdout == ""
    written = (ws / "lint.txt").read_text(encoding="utf-8")
    assert result.stderr == "cxkit: " + written.splitlines()[-1] + "\n"  # the summary line, in the step's log
    monkeypatch.delenv("GITHUB_ACTIONS")
    assert written == run_cli("lint", "--no-cache", "-f", "text").stdout
    assert "::error" not in written and "duplicate-id" in written


def test_github_annotations_still_go_to_stdout_and_to_a_file_asked_for(ws, monkeypatch):
    # Guards: stdout (and `-o -`) under GitHub Actions get annotations; `-f github -o FILE` writes them.
    monkeypatch.chdir(ws)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "")
    assert run_cli("lint", "--no-cache").stdout.startswith("::error file=")
    assert run_cli("lint", "--no-cache", "-o", "-").stdout.startswith("::error file=")
    assert run_cli("lint", "--no-cache", "-f", "github", "-o", "gh.txt").exit_code == 1
    assert (ws / "gh.txt").read_text(encoding="utf-8").startswith("::error file=")
