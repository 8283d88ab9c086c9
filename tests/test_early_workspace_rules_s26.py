"""With workers, the cross-file rules on personas run while the other files are still being checked,
and what they find is exactly what a run in one process finds."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint import engine
from cxkit.lint.engine import Selection, lint
from cxkit.lint.rules.personas import TraitOverlap

ROOT = Path(__file__).resolve().parent.parent


def _generate(out: Path, groups: int) -> int:
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(out, groups)


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    assert _generate(tmp_path / "ws", 30) == 120
    return tmp_path / "ws"


def _rows(workspace: Path, jobs: int, config: Config | None = None) -> list[tuple]:
    result = lint([str(workspace)], config or Config(root=workspace), Selection(), jobs=jobs)
    return [(f.path, f.line, f.column, f.code, f.message) for f in result.findings]


def _spy(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """What became of each rule's early run: 'used', or 'rejected' (it ran again at the end)."""
    fate: dict[str, str] = {}
    real = engine._EarlyRules.result

    def result(self, name, *args):  # type: ignore[no-untyped-def]
        taken = real(self, name, *args)
        if name in self.found:
            fate[name] = "used" if taken is not None else "rejected"
        return taken

    monkeypatch.setattr(engine._EarlyRules, "result", result)
    return fate


def test_trait_overlap_runs_before_the_last_file_is_checked(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[int] = []
    seen_at: list[int] = []
    real = TraitOverlap.check_workspace

    def check_workspace(self, index):  # type: ignore[no-untyped-def]
        seen_at.append(checked[-1] if checked else 0)
        return real(self, index)

    monkeypatch.setattr(TraitOverlap, "check_workspace", check_workspace)
    serial = _rows(workspace, 1)
    assert any(row[3] == "CX203" for row in serial)
    seen_at.clear()
    result = lint([str(workspace)], Config(root=workspace), Selection(), jobs=2,
                  progress=lambda done, total: checked.append(done))
    assert [(f.path, f.line, f.column, f.code, f.message) for f in result.findings] == serial
    # Run once, while the journeys were still being checked (half of the 120 files).
    assert len(seen_at) == 1 and seen_at[0] < 120


def test_a_persona_among_the_journeys_is_not_missed(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Its path does not say persona: the rules' early results leave it out, so they run again.
    moved = workspace / "team-00" / "journeys" / "negative-0.yaml"
    shutil.move(workspace / "team-00" / "personas" / "negative-0.yaml", moved)
    serial = _rows(workspace, 1)
    assert any(row[0].endswith("journeys/negative-0.yaml") and row[3] == "CX203" for row in serial)
    fate = _spy(monkeypatch)
    assert _rows(workspace, 2) == serial
    assert fate["trait-overlap"] == "rejected"


def test_suppressions_of_the_persona_files_count_as_at_the_end(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    serial_before = _rows(workspace, 1)
    overlaps = [row for row in serial_before if row[3] == "CX203"]
    assert len(overlaps) >= 2
    # One overlap silenced by a comment on its line, another file skipping the rule by a
    # `disable-file` comment; a stale comment, and a per-file-ignores pattern for a third file.
    first, second = Path(overlaps[0][0]), Path(overlaps[-1][0])
    lines = first.read_text(encoding="utf-8").splitlines()
    lines[overlaps[0][1] - 1] += "  # cxkit: disable=trait-overlap (checked with the team)"
    lines.append("# cxkit: disable-file=similar-personas")
    first.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if second != first:
        second.write_text("# cxkit: disable-file=trait-overlap\n" + second.read_text(encoding="utf-8"), encoding="utf-8")
    config = Config(root=workspace, per_file_ignores={"team-01/personas/*.yaml": ["trait-overlap"]})
    serial = _rows(workspace, 1, config)
    assert serial != serial_before
    fate = _spy(monkeypatch)
    assert _rows(workspace, 2, config) == serial
    assert fate["trait-overlap"] == "used"


def test_a_rule_that_fails_early_is_reported_as_at_the_end(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self, index):  # type: ignore[no-untyped-def]
        index.of_kind("persona")
        raise ValueError("no comparison today")

    monkeypatch.setattr(TraitOverlap, "check_workspace", broken)
    serial = _rows(workspace, 1)
    assert any(row[3] == "CX203" and "no comparison today" in row[4] for row in serial)
    assert _rows(workspace, 2) == serial
