"""`cxkit render` with file names that are not UTF-8, and with what the command line names."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# "Paweł" in Windows-1250, as an archive made on Windows unzips it: not UTF-8.
NAME = b"Pawe\xb3.yaml"
SHOWN = "Pawe\\udcb3.yaml"  # as lint and the terminal view show it

needs_bytes_names = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                       reason="the file system must take any bytes in a name")


def cxkit(cwd: Path, *args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "120", "PYTHONIOENCODING": ""}
    env.pop("CXKIT_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "cxkit", "render", *args], cwd=cwd, capture_output=True,
                          env=env, timeout=120, check=False)


@pytest.fixture
def polish_names(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    with open(os.path.join(os.fsencode(tmp_path), b"personas", NAME), "wb") as fh:
        fh.write(b'kind: persona\nid: b\nname: B\ngoals: ["Buys 3 bikes a year"]\n')
    return tmp_path


@needs_bytes_names
@pytest.mark.parametrize("fmt", ["html", "markdown", "json", "terminal"])
def test_a_folder_with_a_name_that_is_not_utf8_is_exported_as_stdout_shows_it(polish_names: Path, fmt: str) -> None:
    written = cxkit(polish_names, "personas", "-f", fmt, "-o", f"out.{fmt}")
    assert written.returncode == 0, written.stderr.decode("utf-8", "replace")
    assert written.stderr == b""
    text = (polish_names / f"out.{fmt}").read_bytes()
    assert text == cxkit(polish_names, "personas", "-f", fmt).stdout  # one way to show the name
    assert SHOWN.encode() in text
    if fmt == "json":  # in JSON the escape is the character itself: the path names the real file
        path = json.loads(text)["documents"][0]["path"]
        assert os.fsencode(path) == b"personas/" + NAME


@needs_bytes_names
@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_file_whose_name_is_not_utf8_is_exported_with_its_name_escaped(polish_names: Path, fmt: str) -> None:
    source = b"personas/" + NAME
    written = cxkit(polish_names, source, "-f", fmt, "-o", f"out.{fmt}")
    assert written.returncode == 0, written.stderr.decode("utf-8", "replace")
    text = (polish_names / f"out.{fmt}").read_text(encoding="utf-8")
    assert f"personas/{SHOWN}" in text and "\ufffd" not in text


@needs_bytes_names
def test_a_journey_whose_name_is_not_utf8_is_drawn_in_mermaid(tmp_path: Path) -> None:
    with open(os.path.join(os.fsencode(tmp_path), b"Podr\xf3\xbf.yaml"), "wb") as fh:
        fh.write(b"kind: journey\nid: trip\nname: Trip\npersona: ann\nstages:\n  - id: a\n    name: Go\n    emotion: 1\n")
    written = cxkit(tmp_path, b"Podr\xf3\xbf.yaml", "-f", "mermaid", "-o", "trip.mmd")
    assert written.returncode == 0, written.stderr.decode("utf-8", "replace")
    assert (tmp_path / "trip.mmd").read_text(encoding="utf-8").startswith("journey\n")
