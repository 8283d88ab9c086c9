"""docs/render.md "Colour": `FORCE_COLOR` with any non-empty value, `0` and `false` too, forces
colour into a pipe; an empty one is ignored; `NO_COLOR` wins (bold and faint stay). The docs said
"any non-empty value" of NO_COLOR only (tester9 D9). A guard on what the docs now say."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PERSONA = REPO / "examples" / "en" / "personas" / "rosa-occasional-freelancer.yaml"
COLOUR = re.compile(r"\x1b\[[0-9;]*3[0-9]")


def _render(env: dict[str, str]) -> str:
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE")}
    base.update({"COLUMNS": "80", "TERM": "xterm-256color", **env})
    out = subprocess.run([sys.executable, "-m", "cxkit", "render", str(PERSONA)], env=base,
                         capture_output=True, text=True, timeout=60, check=True)
    return out.stdout


def test_the_docs_say_it() -> None:
    colour = (REPO / "docs" / "render.md").read_text(encoding="utf-8").split("## Colour\n", 1)[1].split("\n## ", 1)[0]
    assert "`0` and `false` too" in colour and "`NO_COLOR`\nwins" in colour


@pytest.mark.parametrize("value", ["1", "0", "false"])
def test_force_color_any_non_empty_value_colours_a_pipe(value: str) -> None:
    assert COLOUR.search(_render({"FORCE_COLOR": value}))


def test_an_empty_force_color_is_ignored_and_no_color_wins() -> None:
    assert "\x1b" not in _render({"FORCE_COLOR": ""})
    both = _render({"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert not COLOUR.search(both) and "\x1b[1m" in both  # no colour; bold stays
