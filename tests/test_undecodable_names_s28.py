"""A file name whose bytes are not UTF-8 (`Ma\\xb3gorzata.yaml`, a Windows-1250 `ł` unzipped on Linux),
as README documents it: `\\udcb3` in text, github and junit (never `\\xb3`: `\\x80`...`\\x9f` stand for
control characters there), JSON's `path` turning back into the file's bytes, SARIF's URI percent-encoded.
Guards of the documented behaviour."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NAME = b"Ma\xb3gorzata.yaml"

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the file system must take any bytes")


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    with open(os.path.join(os.fsencode(tmp_path / "personas"), NAME), "w", encoding="utf-8") as handle:
        handle.write("kind: persona\nid: malgorzata\nname: Małgorzata Wiśniewska\nlang: pl\n")
    return tmp_path


def lint(ws: Path, fmt: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src")), "NO_COLOR": "1",
           "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}
    env.pop("GITHUB_ACTIONS", None)
    proc = subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache", "-f", fmt, "personas"], cwd=ws, env=env,
                          capture_output=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    return proc.stdout.decode("utf-8")


@pytest.mark.parametrize("fmt", ["text", "github", "junit"])
def test_shown_as_the_surrogate_escape(ws: Path, fmt: str) -> None:
    out = lint(ws, fmt)
    assert "personas/Ma\\udcb3gorzata.yaml" in out and "\\xb3" not in out


def test_json_path_names_the_real_file(ws: Path) -> None:
    paths = {f["path"] for f in json.loads(lint(ws, "json"))}
    assert [os.fsencode(p) for p in paths] == [b"personas/" + NAME]
    assert all(os.path.exists(ws / p) for p in paths)


def test_sarif_percent_encodes_the_byte(ws: Path) -> None:
    assert '"uri": "personas/Ma%B3gorzata.yaml"' in lint(ws, "sarif")
