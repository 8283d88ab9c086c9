"""`cxkit fmt --jobs`: a large workspace is laid out by several processes, with the same result."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit import fmt as fmt_module
from cxkit.cli import app

# Out of order (id before kind, sources before goals) and indented by four: fmt rewrites it.
MESSY_PL = """\
# Persona z wywiadów w aptece na Jeżycach

id: {id}
kind: persona
name: {name}
sources:
    - id: wywiady-2026-09
      type: interview
      date: "2026-09-14"
goals:
    - Odebrać receptę dla mamy w 15 minut w przerwie obiadowej   # z wywiadu 3
reviewed: 2026-10-01
"""

TIDY_EN = """\
kind: persona
id: {id}
name: {name}
goals:
  - Send a quote from the van within 10 minutes of leaving the site
sources:
  - id: interviews-2026-09
    type: interview
    date: 2026-09-14
reviewed: 2026-10-01
"""

BROKEN = "kind: persona\nid: zly\nname: [Zły\n"


def _workspace(root: Path) -> Path:
    folder = root / "personas"
    folder.mkdir(parents=True)
    for i in range(24):
        text = (MESSY_PL if i % 3 == 0 else TIDY_EN).format(id=f"osoba-{i:02d}", name=f"Osoba {i}")
        (folder / f"osoba-{i:02d}.yaml").write_text(text, encoding="utf-8")
    (folder / "zly.yaml").write_text(BROKEN, encoding="utf-8")
    return root


def _fmt(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cxkit", "fmt", *args], cwd=cwd, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
    )


def _files(root: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((root / "personas").iterdir())}


@pytest.mark.parametrize("args", [(), ("--check",), ("--diff",)])
def test_several_processes_give_what_one_gives(tmp_path, args):
    one = _workspace(tmp_path / "one")
    many = _workspace(tmp_path / "many")
    serial = _fmt(one, *args, "-j", "1")
    parallel = _fmt(many, *args, "--jobs", "3")
    assert serial.returncode == parallel.returncode == 1  # the broken file, and changes with --check/--diff
    assert (parallel.stdout, parallel.stderr) == (serial.stdout, serial.stderr)  # same lines, same order
    assert _files(many) == _files(one)
    # The flow list left open runs to the end of the file: the error sits at the end of its last line
    # ("name: [Zły" ends at column 10), not on the line after it (adb6399).
    assert "zly.yaml:3:11: error CX001" in (serial.stdout + serial.stderr)
    if not args:
        assert _files(many)["osoba-00.yaml"].startswith("# Persona z wywiadów w aptece na Jeżycach\n\nkind: persona\nid: osoba-00\n")


def test_every_file_is_still_formatted_when_a_worker_dies(tmp_path, monkeypatch):
    root = _workspace(tmp_path)
    parent = os.getpid()
    real = fmt_module.format_file

    def dies_in_a_worker(target, config):
        if os.getpid() != parent and target.display.endswith("osoba-09.yaml"):
            os._exit(9)  # killed (out of memory, say) in the middle of the run
        return real(target, config)

    # The pool finds the function by its name in cxkit.fmt, where the workers (forked) see this one.
    dies_in_a_worker.__module__, dies_in_a_worker.__qualname__ = "cxkit.fmt", "format_file"
    monkeypatch.setattr(fmt_module, "format_file", dies_in_a_worker)
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["fmt", "-j", "2", "personas"])
    assert result.exit_code == 1, result.output  # the broken file only
    tidy = _files(root)
    assert all("kind: persona\nid: osoba" in text for n, text in tidy.items() if n != "zly.yaml")
    assert all("\n    - " not in text for n, text in tidy.items() if n != "zly.yaml")  # every messy file laid out
    assert tidy["zly.yaml"] == BROKEN


def test_jobs_is_checked_like_lints(tmp_path):
    root = _workspace(tmp_path)
    bad = _fmt(root, "--jobs", "-2")
    assert bad.returncode == 2 and "--jobs" in bad.stderr
    assert "--jobs" in _fmt(root, "--help").stdout
    shutil.rmtree(root / "personas")
