"""A spilling lint run's cross-file findings wait in its spill file, session 41 (issue #7).

`_finish` gathered every cross-file rule's findings in one list, held from the cross-file phase to the
report's sort (~500 KiB at 3,200 files, at the run's peak).  They now go to the run's spill file in
sorted runs (:class:`cxkit.lint.spilled.CrossFileFindings`) and come back a file at a time, walked
beside the files' own findings.  The guards: the runs come back as a stable sort by path; every output
format (English and Polish; baseline, suppressions, `disable-file`, per-file-ignores, `--statistics`,
a failing cross-file rule; files in sorted order or not) is what the list gave; the list is not held.
"""

from __future__ import annotations

import importlib.util
import random
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint import engine, spilled
from cxkit.lint.finding import Finding, Severity
from cxkit.lint.rules.personas import TraitOverlap
from cxkit.lint.spilled import CrossFileFindings
from cxkit.workspace import TraitSpill
from spill_helpers import FORMATS, enter

ROOT = Path(__file__).resolve().parent.parent


def _generate_s41(out: Path, groups: int) -> int:
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(out, groups)


def _findings_s41(count: int) -> list[Finding]:
    rng = random.Random(count)
    out = []
    for k in range(count):
        path = f"team-{rng.randrange(9):02d}/negative-personas/łowca-{rng.randrange(4)}.yaml"
        out.append(Finding(path, rng.randrange(1, 9), 3, "CX203", "trait-overlap", Severity.warning,
                           f"cel nr {k} powtarza cel persony", failed=(k % 17 == 5)))
    return out


@pytest.mark.parametrize("run", [1, 3, 256])
@pytest.mark.parametrize("count", [0, 1, 40, 300])
def test_cross_file_runs_come_back_by_path_in_the_order_made_s41(monkeypatch, run, count):
    monkeypatch.setattr(spilled, "CROSS_RUN", run)
    monkeypatch.setattr(spilled, "RUN_BLOCK", 2)
    found = _findings_s41(count)
    store = TraitSpill()
    try:
        gathered = CrossFileFindings(store)
        gathered.extend(found[:count // 2])
        for f in found[count // 2:]:
            gathered.append(f)
        assert len(gathered) == count
        assert gathered.failed == {f.rule for f in found if f.failed}
        if count >= 2 * run:  # written to the file as they came, not held
            assert len(gathered.held) < run and gathered.runs
        want: dict[str, list[Finding]] = {}
        for f in found:
            want.setdefault(f.path, []).append(f)
        got = list(gathered.by_path())
        assert got == sorted(want.items())
        # Not vacuous: the order made within a file is not the findings' own order.
        if count >= 40:
            assert any(items != sorted(items, key=lambda f: (f.line, f.message)) for _p, items in got)
        assert all(a.failed == b.failed for _p, items in got for a, b in zip(items, want[_p]))
    finally:
        store.close()


NEGATIVE_S41 = """\
kind: negative-persona
id: {id}
name: {name}
lang: {lang}
summary: Kupuje wyłącznie na wyprzedażach i zwraca towar po tygodniu.
goals:
{goals}
reasons:
  - ceni wysoką jakość  # cxkit: disable=pseudo-profiling
"""


def _workspace_s41(top: Path, lang: str) -> None:
    """A bench workspace (Polish and English) whose negative personas share personas' goals
    (trait-overlap's findings, many files'), one with `disable-file=trait-overlap`, one with a line's
    `disable=trait-overlap`, per-file-ignores of trait-overlap for a team, and a broken file."""
    (top / ".git").mkdir(parents=True)
    _generate_s41(top, 12)
    for k in range(12):
        persona = (top / f"team-{k:02d}/personas/persona-{k}.yaml").read_text(encoding="utf-8")
        goals = persona.split("goals:\n", 1)[1].splitlines()[:2]
        if k == 3:
            goals[0] += "  # cxkit: disable=trait-overlap"
        body = NEGATIVE_S41.format(id=f"lowca-{k}", name=f"Łowca okazji {k}", lang="pl" if k % 2 else "en",
                                   goals="\n".join(goals))
        if k == 5:
            body = "# cxkit: disable-file=trait-overlap\n" + body
        (top / f"team-{(k + 1) % 12:02d}/personas/lowca-{k}.yaml").write_text(body, encoding="utf-8")
    (top / "team-01/personas/zepsuta.yaml").write_text("kind: persona\nid: [zepsuta\n", encoding="utf-8")
    config = '[per-file-ignores]\n"team-07/**" = ["trait-overlap"]\n"team-99/**" = ["stale-review"]\n'
    if lang == "pl":
        config = 'lang = "pl"\n' + config
    (top / "cxkit.toml").write_text(config, encoding="utf-8")


def _as_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """`_finish` gathers the cross-file findings in one list, as before the change."""
    monkeypatch.setattr(spilled, "CrossFileFindings", lambda store: [])


def _outputs_s41(runs, formats=FORMATS) -> list[tuple[int, str, str]]:
    runner = CliRunner()
    return [(r.exit_code, r.stdout, r.stderr) for r in (
        runner.invoke(app, ["lint", "-f", fmt, *args]) for fmt in formats for args in runs)]


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_every_format_is_the_same_with_cross_file_findings_spilled_s41(tmp_path, monkeypatch, lang):
    top = tmp_path / "repo"
    _workspace_s41(top, lang)
    enter(top, tmp_path, monkeypatch, 120, RUN=3, RUN_BLOCK=2, BLOCK=5)
    monkeypatch.setattr(spilled, "CROSS_RUN", 2)
    runs = [("--no-cache", "--jobs", "1", "."), ("--no-cache", "--jobs", "1", "--statistics", "."),
            # files not in sorted order: gathered by file first
            ("--no-cache", "--jobs", "1", "team-09", "team-02", "team-10"), ("--jobs", "2", ".")]
    spilled_outputs = _outputs_s41(runs)
    with monkeypatch.context() as m:
        _as_a_list(m)
        m.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache-before"))
        listed_outputs = _outputs_s41(runs)
    assert spilled_outputs == listed_outputs
    text = spilled_outputs[0][1]
    assert spilled_outputs[0][0] == 1 and text.count("CX203") >= 6, text
    overlaps = [line.split(":", 1)[0] for line in text.splitlines() if "CX203" in line]
    assert not any(path.endswith("lowca-5.yaml") or path.startswith("team-07/") for path in overlaps), overlaps


def test_a_baseline_and_a_failing_cross_file_rule_are_the_same_spilled_s41(tmp_path, monkeypatch):
    top = tmp_path / "repo"
    _workspace_s41(top, "pl")
    enter(top, tmp_path, monkeypatch, 120, RUN=4, BLOCK=3)
    monkeypatch.setattr(spilled, "CROSS_RUN", 1)
    wrote = CliRunner().invoke(app, ["lint", "--no-cache", "--write-baseline", "."])
    assert wrote.exit_code == 0, wrote.output
    (top / "team-04/personas/lowca-extra.yaml").write_text(
        (top / "team-04/personas/lowca-3.yaml").read_text(encoding="utf-8").replace("id: lowca-3", "id: lowca-x"),
        encoding="utf-8")
    real = TraitOverlap.check_workspace

    def failing(self, index):
        yield from real(self, index)
        raise RuntimeError("zepsute porównanie")

    runs = [("--no-cache", "."), ("--no-cache", "--statistics", ".")]
    outputs = []
    for broken in (False, True):
        with monkeypatch.context() as m:
            if broken:
                m.setattr(TraitOverlap, "check_workspace", failing)
            got = _outputs_s41(runs, ("text", "json", "sarif"))
            _as_a_list(m)
            assert got == _outputs_s41(runs, ("text", "json", "sarif"))
            outputs.append(got)
    assert outputs[0][0][0] == 1 and "lowca-extra.yaml" in outputs[0][0][1]
    assert outputs[1] != outputs[0] and "zepsute porównanie" in outputs[1][0][1]


def test_the_cross_file_findings_are_not_held_as_a_list_s41(tmp_path, monkeypatch):
    top = tmp_path / "repo"
    _workspace_s41(top, "en")
    monkeypatch.chdir(top)
    monkeypatch.setattr(spilled, "CROSS_RUN", 4)
    seen = []
    real = engine._filtered_groups

    def filtered_groups(first, results, workspace_findings, *rest):
        seen.append(workspace_findings)
        yield from real(first, results, workspace_findings, *rest)

    monkeypatch.setattr(engine, "_filtered_groups", filtered_groups)
    from cxkit.config import load_config

    config = load_config(top / "cxkit.toml")
    result = engine.lint([str(top)], config, jobs=1, spill=True)
    gathered = seen[-1]
    assert sum(f.code == "CX203" for f in result.findings) >= 6
    # Before: one list of Finding objects (~500 bytes each with their messages) to the report's sort.
    assert not isinstance(gathered, list), type(gathered)
    assert len(gathered) >= 6 and len(gathered.held) < 4 and gathered.runs


def test_gathered_cross_file_findings_hold_a_few_bytes_each_s41(monkeypatch):
    monkeypatch.setattr(spilled, "CROSS_RUN", 256)
    rows = [f.as_row() for f in _findings_s41(3_000)]
    store = TraitSpill()
    try:
        gathered = CrossFileFindings(store)
        gathered.append(Finding.from_row(rows[0]))  # what the first write needs, made
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            gathered.extend(map(Finding.from_row, rows[1:]))
            held = tracemalloc.get_traced_memory()[0] - base
        finally:
            tracemalloc.stop()
        assert len(gathered) == 3_000 and sum(len(items) for _p, items in gathered.by_path()) == 3_000
    finally:
        store.close()
    # As a list: ~400 bytes a finding (the Finding, its message); gathered: a run's findings at most,
    # and where each run's blocks are in the file.
    assert held / 3_000 < 40, f"{held / 3_000:.0f} bytes a finding"


def test_an_interrupt_while_the_groups_are_read_leaves_nothing_on_disk_s41(tmp_path, monkeypatch):
    import tempfile

    top = tmp_path / "repo"
    _workspace_s41(top, "en")
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    enter(top, tmp_path, monkeypatch, 120)
    monkeypatch.setattr(spilled, "CROSS_RUN", 2)
    real = CrossFileFindings.by_path

    def interrupted(self):
        for k, turn in enumerate(real(self)):
            if k == 2:
                assert self.runs and list(folder.iterdir()) == []  # written, and with no name
                raise KeyboardInterrupt
            yield turn

    monkeypatch.setattr(CrossFileFindings, "by_path", interrupted)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--jobs", "1", "."])
    assert isinstance(result.exception, KeyboardInterrupt) or result.exit_code == 130, result.output
    assert list(folder.iterdir()) == []
