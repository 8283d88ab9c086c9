"""`cxkit lint --write-baseline` says "1 entry", not "1 entries" (tester37 L4)."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import enter_workspace, run_cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_one_entry_is_said_in_the_singular(tmp_path, monkeypatch):
    """Fails before: `recorded 1 finding in .cxkit-baseline.json (1 entries)`."""
    shutil.copytree(EXAMPLES / "pl", tmp_path, dirs_exist_ok=True)
    # English: the lines checked here are the English ones (a Polish workspace's are tested in test_polish_summary_notes_s36).
    enter_workspace(tmp_path, monkeypatch, config='lang = "en"\n', today="2026-12-07")
    persona = Path("personas/agnieszka-studio-podcastow.yaml")
    persona.write_text(persona.read_text(encoding="utf-8").replace("  age: 31\n", "  age: 30-45\n"), encoding="utf-8")
    result = run_cli("lint", "--write-baseline")
    assert result.stderr.splitlines()[0] == "cxkit: recorded 1 finding in .cxkit-baseline.json (1 entry)"
    # A run of part of the workspace keeps the other entry: said in the singular too.
    result = run_cli("lint", "--write-baseline", "journeys")
    assert result.stderr.splitlines()[0] == ("cxkit: recorded 0 findings in .cxkit-baseline.json (0 entries); kept 1 "
                                             "recorded finding of files or rules this run did not check (1 entry)")
