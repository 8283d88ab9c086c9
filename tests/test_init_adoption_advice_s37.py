"""`cxkit init` over documents with findings: its adoption advice is what docs/scaffolding.md shows.

Since 3e0491f9 `cxkit review` also fails on the findings of a document the base could not read or
check (a change that mends a broken file uncovers them), so "fails only on the findings a change
brings" was no longer true; the advice and the docs that quote it must say the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

DOCS = Path(__file__).resolve().parents[1] / "docs" / "scaffolding.md"


def test_init_advice_lines_are_the_documented_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(
        'kind: persona\nid: ola\nname: Ola\nsummary: "A woman aged 30-40 from a big city who values quality"\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    result = run_cli("init", "--lang", "en")  # the advice documented is the English one (the Polish: test_polish_gaps_s38)
    advice = [line for line in result.stdout.splitlines() if line.startswith("  - ")]
    assert len(advice) == 4, result.stdout
    assert "`cxkit lint --write-baseline`" in advice[0]  # the baseline first, as docs/adopting.md (tester41 L8)
    assert "uncovers by mending a broken file" in advice[1]
    documented = DOCS.read_text(encoding="utf-8")
    for line in advice:
        assert f"  {line}" in documented or line in documented, line
