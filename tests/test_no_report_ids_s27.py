"""No internal report ids (a tester's or a review's: "tester10 F-M5", "tester_pl F6", "review10 R10-2")
in cxkit's code comments and docstrings: they belong in commit messages (session 27). Checked for the
tester ids everywhere, and for every kind in the files where they were (render, scaffolding)."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "cxkit"
TESTER = re.compile(r"\btester(?:\d+|_pl)\b")
ANY_ID = re.compile(r"\b(?:tester(?:\d+|_pl)|review\d+|R\d{1,2}-\d+[a-z]?)\b")


def _hits(pattern: re.Pattern[str], files: list[Path]) -> list[str]:
    return [f"{path.relative_to(SRC)}:{n}: {line.strip()}" for path in files
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]


def test_no_tester_ids_in_the_source() -> None:
    assert _hits(TESTER, sorted(SRC.rglob("*.py"))) == []


def test_no_report_ids_in_render_and_scaffolding() -> None:
    files = sorted((SRC / "render").glob("*.py")) + sorted((SRC / "scaffold").glob("*.py")) + [
        SRC / "commands_scaffold.py", SRC / "lint" / "docs.py"]
    assert _hits(ANY_ID, files) == []
