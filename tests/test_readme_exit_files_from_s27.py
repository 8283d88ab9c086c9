"""README's exit-code table says which missing paths are exit 2: those given as arguments, not those a
`--files-from` list names (session 27).

Before: the table said "a path that does not exist" is exit 2, but a path a `--files-from` list names
that does not exist (a file the change deleted) is skipped with a note, and the run exits 0.
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import PERSONA_PL, run_cli

README = Path(__file__).resolve().parent.parent / "README.md"


def _exit_row(code: str) -> str:
    rows = [line for line in README.read_text(encoding="utf-8").splitlines()
            if re.match(rf"\| `{code}` \|", line)]
    assert len(rows) == 1, rows
    return rows[0]


def test_the_table_says_a_missing_path_in_a_list_is_skipped():
    row = _exit_row("2")
    assert "a path given as an argument that does not exist" in row
    assert "`--files-from` list names is skipped with a note, not an error" in row


def test_what_the_table_says_is_what_lint_does(tmp_path, monkeypatch):
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (tmp_path / "lista.txt").write_text("personas/usunieta.yaml\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    named = run_cli("lint", "personas/usunieta.yaml")
    assert named.exception is None and named.exit_code == 2
    listed = run_cli("lint", "--files-from", "lista.txt")
    assert listed.exception is None and listed.exit_code == 0
    # The workspace is Polish, and so is the note (session 37).
    assert "pominięta" in listed.stderr and "personas/usunieta.yaml" in listed.stderr
