"""Files an untrusted pull request can plant where cxkit reads one (issue #7, tester47, session 41).

A baseline, a config or a file it extends that is a named pipe, a link to /dev/zero, a link loop or a huge
file: cxkit refuses it at once with exit 2 and a message naming the file and the key that names it (never a
hang that ignores Ctrl-C, never a read that fills the memory).  The runs that could hang are subprocesses
with a time limit and a memory limit, so a regression fails the test instead of the machine.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

#: A clean English persona and a Polish one: the workspace a pull request changes.
DAN = """\
kind: persona
id: dan-reed
name: Dan Reed
lang: en
summary: Freelance bookkeeper in Leeds who files quarterly VAT returns for eleven small clients.
goals:
  - File every client's VAT return a week before the deadline without chasing receipts
"""

MARTA = """\
kind: persona
id: marta-kowalska
name: Marta Kowalska
lang: pl
summary: Właścicielka kwiaciarni w Poznaniu, która zamawia kwiaty na wesela z dwutygodniowym wyprzedzeniem.
goals:
  - Zamówić piwonie na sobotnie wesele bez dzwonienia do trzech hurtowni
"""


def _limited() -> None:
    """In the child: at most 1.5 GB of memory, so a read of /dev/zero fails the test, not the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))


def cxkit(folder: Path, *args: str, seconds: float = 30) -> subprocess.CompletedProcess[str]:
    """`cxkit ARGS` run in ``folder`` as a CI job runs it; a hang fails the test (TimeoutExpired)."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "CXKIT_DEBUG"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=folder, env=env, capture_output=True,
                          text=True, timeout=seconds, preexec_fn=_limited, stdin=subprocess.DEVNULL)


def workspace(root: Path, lang: str = "en", extra: str = "") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "personas").mkdir(exist_ok=True)
    (root / "personas" / "dan.yaml").write_text(DAN if lang == "en" else MARTA.replace("marta", "dan"), encoding="utf-8")
    (root / "cxkit.toml").write_text(f'paths = ["personas"]\nlang = "{lang}"\npersona-dir = "personas"\n{extra}',
                                     encoding="utf-8")
    return root


# --- H1: the baseline ------------------------------------------------------------------------------------------


def test_a_baseline_linked_to_dev_zero_is_refused_at_its_key_s41(tmp_path):
    root = workspace(tmp_path, extra='baseline = ".cxkit-baseline.json"\n')
    (root / ".cxkit-baseline.json").symlink_to("/dev/zero")
    run = cxkit(root, "lint")
    assert run.returncode == 2, run.stderr
    assert run.stderr == ("cxkit: .cxkit-baseline.json (baseline in cxkit.toml:4:1): not a regular file (a pipe, "
                          "socket, device or folder); a baseline is the JSON file `cxkit lint --write-baseline` writes\n")


def test_a_baseline_that_is_a_named_pipe_is_refused_without_waiting_s41(tmp_path):
    root = workspace(tmp_path)
    os.mkfifo(root / "dlug.json")
    run = cxkit(root, "lint", "--baseline", "dlug.json", seconds=20)
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith("cxkit: dlug.json: not a regular file (a pipe, socket, device or folder); ")
    # A regular baseline file beside it is read as before: the pipe's refusal is about the pipe.
    (root / "ok.json").write_text('{"format": "cxkit-baseline/1", "findings": []}\n', encoding="utf-8")
    read = cxkit(root, "lint", "--baseline", "ok.json")
    assert read.returncode == 1 and read.stderr == "" and "Found 3 problems" in read.stdout


def test_a_device_baseline_in_a_polish_workspace_is_refused_in_polish_s41(tmp_path):
    root = workspace(tmp_path, lang="pl", extra='baseline = "/dev/zero"\n')
    run = cxkit(root, "lint")
    assert run.returncode == 2, run.stderr
    assert run.stderr == ("cxkit: /dev/zero (`baseline` w cxkit.toml:4:1): to nie jest zwykły plik (to potok, gniazdo, "
                          "urządzenie albo folder); plik bazowy to plik JSON, który zapisuje `cxkit lint "
                          "--write-baseline`\n")


def test_a_baseline_link_loop_is_said_to_be_one_s41(tmp_path):
    root = workspace(tmp_path, extra='baseline = "petla.json"\n')
    (root / "petla.json").symlink_to("petla.json")
    run = cxkit(root, "lint")
    assert run.returncode == 2
    assert run.stderr.startswith("cxkit: petla.json (baseline in cxkit.toml:4:1): a link loop ")


def test_a_baseline_over_the_size_cap_is_refused_before_it_is_parsed_s41(tmp_path, monkeypatch):
    from cxkit.lint import baseline

    root = enter_workspace(workspace(tmp_path, extra='baseline = "wielki.json"\n'), monkeypatch)
    entry = '{"path": "personas/dan.yaml", "rule": "vague-goal", "place": "goals[0]", "subject": "x", "count": 1}'
    (root / "wielki.json").write_text('{"format": "cxkit-baseline/1", "findings": [\n'
                                      + ",\n".join([entry] * 200) + "\n]}\n", encoding="utf-8")
    under = run_cli("lint")  # under the cap: read, and its entries match no finding of Dan's
    assert under.exit_code == 1 and "baseline" not in under.stderr
    monkeypatch.setattr(baseline, "MAX_BASELINE_BYTES", 4096)
    run = run_cli("lint")
    assert run.exit_code == 2
    assert run.stderr == ("cxkit: wielki.json (baseline in cxkit.toml:4:1): larger than 4 KB; a baseline is the JSON "
                          "file `cxkit lint --write-baseline` writes\n")
