"""The note on `.txt` files holding a cxkit document (`personas/ola.txt`, :mod:`cxkit.txtnote`) reads the
head of each `.txt` the scan passed over: one committed as a named pipe made `cxkit lint` and `cxkit fmt`
hang after their report (issue #7). Such a file is passed over unread; a real `.txt` document is still named."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")

OLA = "kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\nsummary: Kupuje bilety miesięczne w aplikacji przewoźnika\n"


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CXKIT_", "GITHUB_", "GITLAB_"))}
    env["NO_COLOR"] = "1"
    try:
        return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=root, env=env, capture_output=True,
                              text=True, timeout=30, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"cxkit {args[0]} waited on the named pipe personas/notatki.txt")


@pytest.mark.parametrize("args", [("lint", "--no-cache"), ("fmt", "--check")])
def test_a_txt_named_pipe_among_the_documents_is_passed_over_s41(tmp_path: Path, args: tuple[str, ...]) -> None:
    root = tmp_path / "ws"
    (root / "personas").mkdir(parents=True)
    (root / "cxkit.toml").write_text('lang = "pl"\npaths = ["personas"]\n', encoding="utf-8")
    (root / "personas" / "marta.yaml").write_text(OLA.replace("ola", "marta").replace("Ola Nowak", "Marta Kos"),
                                                  encoding="utf-8")
    os.mkfifo(root / "personas" / "notatki.txt")
    (root / "personas" / "ola.txt").write_text(OLA, encoding="utf-8")
    run = _run(root, *args)  # before: hung after the report
    assert "Traceback" not in run.stderr
    assert run.returncode in (0, 1), run.stderr
    assert "personas/ola.txt" in run.stderr and "(`kind: persona`)" in run.stderr, run.stderr
    assert "notatki.txt" not in run.stderr + run.stdout
