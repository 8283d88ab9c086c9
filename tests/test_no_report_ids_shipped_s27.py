"""No internal report ids in what cxkit ships or shows a team (session 27 review): not in the code,
not in the comments of the lexicons the rules read (`src/cxkit/lint/lexicons/*.yaml`), not in the
README, the CHANGELOG or docs/. A tester's, a review's or a helper's id ("tester10 F-M6",
"tester_pl F2", "review19 R19-1", "R19-2", "fixA26") means nothing to a reader; it belongs in the
commit message. The comment keeps what it says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parent.parent
SRC = TOP / "src" / "cxkit"
REPORT_ID = re.compile(
    r"\b(?:tester(?:\d+|_[a-z]+)|review\d+|readthrough\d+|fix[A-Z]{1,2}\d+|sweep\d+|perf\d+|mem\d+)\b"
    r"|\bR\d{1,2}-\d+[a-z]?\b")


def _shipped() -> list[Path]:
    files = [p for p in SRC.rglob("*") if p.suffix in (".py", ".yaml", ".yml", ".json", ".toml") and p.is_file()]
    files += [p for p in (TOP / "docs").rglob("*") if p.suffix in (".md", ".yml", ".yaml", ".json") and p.is_file()]
    return sorted(files + [TOP / "README.md", TOP / "CHANGELOG.md"])


def _hits(path: Path) -> list[str]:
    return [f"{path.relative_to(TOP)}:{n}: {line.strip()}"
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if REPORT_ID.search(line)]


@pytest.mark.parametrize("path", _shipped(), ids=lambda p: p.relative_to(TOP).as_posix())
def test_no_report_ids(path: Path) -> None:
    assert _hits(path) == []


def test_the_lexicons_are_among_the_files_checked() -> None:
    names = {p.relative_to(SRC).as_posix() for p in _shipped() if p.is_relative_to(SRC)}
    assert {"lint/lexicons/pl.yaml", "lint/lexicons/en.yaml", "lint/vague.py", "lint/rules/personas.py"} <= names


@pytest.mark.parametrize("text", ["(tester10 F-M6)", "tester_pl F2", "review19 R19-1", "(R19-2)", "fixA26", "perf26",
                                  "fixOO41", "sweep122"])
def test_the_pattern_finds_each_kind(text: str) -> None:
    assert REPORT_ID.search(f"# A comment {text}: more.")


def test_the_pattern_leaves_prose_alone() -> None:
    assert not REPORT_ID.search('# A day-one tester\'s "Is interested in health"; a review of the memo')
