"""docs/adopting.md's "Shrinking the baseline": the note the page shows is the one cxkit prints when
two recorded findings are fixed (session 32)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import enter_workspace, run_cli
from test_docs_adopting_s32 import LEGACY, PAGE

ROOT = Path(__file__).resolve().parent.parent


def test_the_shrinking_note_on_the_page_is_what_cxkit_prints(tmp_path, monkeypatch):
    """Fails before: the page's note left out "(baseline in cxkit.toml:2:1)", which cxkit prints."""
    block = re.search(r"## Shrinking the baseline.*?```text\n(.*?)\n```", PAGE.read_text(encoding="utf-8"), re.S)
    assert block is not None
    work = tmp_path / "repo"
    shutil.copytree(ROOT / "examples" / "pl", work)
    enter_workspace(work, monkeypatch, config='lang = "pl"\n', today="2026-12-01",
                    files={"personas/stare/ania.yaml": LEGACY})
    assert run_cli("lint", "--write-baseline").exit_code == 0
    (work / "cxkit.toml").write_text('lang = "pl"\nbaseline = ".cxkit-baseline.json"\n', encoding="utf-8")
    legacy = work / "personas" / "stare" / "ania.yaml"
    legacy.write_text(LEGACY.replace("  - Ceni jakość", "  - Kupiła ekspres za 1800 zł po zwrocie tańszego"),
                      encoding="utf-8")
    run = run_cli("lint")
    assert run.exit_code == 0, run.stdout
    assert run.stderr.splitlines() == [block.group(1)]
