"""A persona's quote in the terminal hangs its opening mark: a wrapped line starts under the first
letter of the quote, not under the „ (nor under the author's own mark), at any width."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from snapshot_helpers import check_snapshot, render_cli

PERSONA = """\
kind: persona
id: ola-kawiarnia
name: Aleksandra Wiśniewska
lang: pl
summary: Właścicielka kawiarni na Zabłociu, która zamawia kawę i mleko owsiane przez internet.
quote: >-
  Jak ekspres stanie w sobotę rano 😱, to tracę połowę utargu — serwis musi przyjechać
  w dwie godziny, a nie „w ciągu 48 godzin roboczych” 🙏. Źle, że żółć mi się wtedy leje.
goals:
  - Mieć serwis ekspresu w dwie godziny w sobotę
"""

TURNS_IN_MARKS = """\
kind: persona
id: dorota-kod-sms
name: Dorota Kamińska
lang: pl
quote: |
  „Czy pani ma kod z SMS-a, który przyszedł dziś rano na telefon męża? 📱”
  „Mam, ale nie wchodzi, a aplikacja pisze, że wygasł, zanim zdążyłam przepisać cyfry.”
goals:
  - Odebrać leki na receptę bez wizyty w aptece
"""


def _quote_lines(out: str, first: str) -> list[str]:
    """The quote's lines inside the frame (border and padding off, indent kept), from the line that
    starts with ``first`` to the blank line after it."""
    inner = [line[2:-2] for line in out.splitlines() if line.startswith("│")]
    start = next(i for i, line in enumerate(inner) if line.lstrip().startswith(first))
    end = next(i for i in range(start, len(inner)) if not inner[i].strip())
    return inner[start:end]


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_a_wrapped_quote_hangs_its_opening_mark(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    (tmp_path / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "ola.yaml", columns=columns)
    assert code == 0, err
    lines = _quote_lines(out, "„Jak")
    assert len(lines) > 1 and lines[0].startswith("  „Jak ekspres")
    # Every line after the first starts where "Jak" does, one column right of the mark.
    assert all(line.startswith("   ") and line[3] != " " for line in lines[1:]), lines
    assert " ".join(line.strip() for line in lines).endswith("żółć mi się wtedy leje.”")
    assert {cell_len(line) for line in out.splitlines()} == {columns}  # the emoji keep the frame whole
    check_snapshot(f"s21-quote-hanging-{columns}", out)


def test_turns_in_their_own_marks_each_hang_their_mark(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "dorota.yaml").write_text(TURNS_IN_MARKS, encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "dorota.yaml", columns=60)
    assert code == 0, err
    lines = _quote_lines(out, "„Czy")
    marks = [i for i, line in enumerate(lines) if line.startswith("  „")]
    assert len(marks) == 2 and marks[0] == 0, lines  # each turn opens a line of its own, with its mark
    assert all(line.startswith("   ") and line[3] != " " for i, line in enumerate(lines) if i not in marks), lines
    assert lines[marks[1] - 1].rstrip().endswith("📱”")
