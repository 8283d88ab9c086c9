"""docs/render.md "Errors" shows the message cxkit prints for a journey that does not fit the format."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from snapshot_helpers import render_cli

DOC = Path(__file__).parent.parent / "docs" / "render.md"

# The file the example is about: its 8th line is the emotion, 7, out of the -2..+2 range.
KUPNO = """\
kind: journey
id: kupno
name: Kupno roweru cargo
persona: ola
stages:
  - id: wybor
    name: Wybór modelu
    emotion: 7
"""


def _errors_example() -> str:
    section = DOC.read_text(encoding="utf-8").split("\n## Errors\n", 1)[1]
    return re.search(r"```text\n(.*?)\n```", section, re.S).group(1)


def test_the_errors_example_is_what_render_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "kupno.yaml").write_text(KUPNO, encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "journeys/kupno.yaml")
    assert (code, out) == (2, "")
    assert err.splitlines() == [_errors_example()]
