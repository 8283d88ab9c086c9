"""`cxkit lint`'s findings wait in a temporary file until the report reads them, session 39 (issue #7).

Every file's findings were already parked in the run's spill file while the files were checked; at
the end they came back as one list of Finding objects (several hundred bytes each), were sorted, and
that list was held through the cache entry, the baseline and the report.  Now `_finish` filters and
places them a file at a time, sorts them in runs written to a temporary file of their own and merges
the runs into it (:mod:`cxkit.lint.spilled`); the report reads them back a block at a time.

The guards compare every output format (English and Polish; with a baseline, suppressions and
per-file-ignores; one and two processes; cache cold and warm) with the list the run made before, with
runs and blocks so small that each output crosses many of them; the memory test measures what a run's
findings hold once it has ended, per finding, with tracemalloc, and fails on the list.
"""

from __future__ import annotations

import importlib.util
import random
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.config import load_config
from cxkit.lint import engine, spilled
from cxkit.lint.finding import Finding, Related, Severity
from cxkit.lint.spilled import SpilledFindings, sort_key, sorted_findings
from spill_helpers import FORMATS, enter, spilled_and_listed

ROOT = Path(__file__).resolve().parent.parent


def _generate_s39(out: Path, groups: int) -> int:
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(out, groups)


def _odd_findings_s39(count: int, seed: int = 39) -> list[Finding]:
    """Findings of every shape a row keeps: related places, a place in the document, a Polish message
    with its English twin, a file name with a NEL and a byte that is no UTF-8; many alike in path,
    line, column and code (ties that a stable sort keeps in the order given)."""
    rng = random.Random(seed)
    out = []
    for k in range(count):
        path = f"persony/zespół-{rng.randrange(12)}.yaml" if k % 9 else f"persony/ola\x85-{k % 3}\udcb3.yaml"
        line, col = rng.randrange(1, 6), rng.randrange(1, 3)
        code, rule = rng.choice([("CX101", "vague-goal"), ("CX203", "trait-overlap"), ("CX002", "duplicate-id")])
        related = (Related(f"persony/inna-{k}.yaml", 3, 5, 0, 9),) if k % 4 == 0 else ()
        at = ("persona", f"goals[{k % 5}]", line, 40) if k % 3 == 0 else None
        english = (f"goal {k} is vague", related) if k % 2 else None
        out.append(Finding(path, line, col, code, rule, Severity.warning, f"cel nr {k} jest ogólnikowy „{k}”",
                           related, at, english))
    return out


@pytest.mark.parametrize("block", [1, 3, 256])
@pytest.mark.parametrize("count", [0, 1, 7, 40])
def test_spilled_findings_read_back_as_the_list_s39(block, count):
    found = _odd_findings_s39(count)
    seq = SpilledFindings(found, block=block)
    try:
        assert len(seq) == count and bool(seq) == bool(found)
        assert list(seq) == found and seq == found
        assert [seq[i] for i in range(count)] == found
        assert [seq[i] for i in reversed(range(count))] == found[::-1]  # blocks read back out of order
        assert seq[2:5] == found[2:5] and seq[::-1] == found[::-1] and seq[5:] == found[5:]
        if count:
            assert seq[-1] == found[-1]
        with pytest.raises(IndexError):
            seq[count]
        extra = _odd_findings_s39(2, seed=1)
        assert seq + extra == found + extra and extra + seq == extra + found
    finally:
        seq.close()


@pytest.mark.parametrize("run", [1, 5, 64, 10_000])
def test_sorted_runs_merge_as_one_stable_sort_s39(monkeypatch, run):
    # Groups of one file's findings, as _finish gives them; a file's group may come twice (read-error
    # findings first); many ties in (path, line, column, code) whose order only the input decides.
    monkeypatch.setattr(spilled, "RUN_BLOCK", 2)
    found = _odd_findings_s39(300)
    groups = [found[k:k + 7] for k in range(0, len(found), 7)]
    seq = sorted_findings(groups, run=run)
    try:
        assert list(seq) == sorted(found, key=sort_key)
        # Not vacuous: ties that a sort by every field would order differently.
        assert list(seq) != sorted(found)
    finally:
        seq.close()


def test_a_spill_file_that_cannot_be_written_keeps_the_findings_in_memory_s39(monkeypatch):
    from cxkit.workspace import TraitSpill

    monkeypatch.setattr(TraitSpill, "put", lambda self, data: None)
    found = _odd_findings_s39(50)
    seq = sorted_findings([found[:20], found[20:]], run=8)
    assert list(seq) == sorted(found, key=sort_key) and seq[49] == sorted(found, key=sort_key)[49]


NEGATIVE_EXTRA_S39 = """\
kind: negative-persona
id: lowca-okazji
name: Łowca okazji
lang: pl
summary: Kupuje wyłącznie na wyprzedażach i zwraca towar po tygodniu.
goals:
{goal}
reasons:
  - ceni wysoką jakość  # cxkit: disable=pseudo-profiling
  - Zwraca co drugi zakup  # cxkit: disable=stale-review
"""


def _workspace_s39(top: Path, lang: str) -> None:
    """A bench workspace of 40 files (Polish and English) with a broken file, a negative persona that
    shares a persona's goal (trait-overlap, a finding of another file), a suppression comment that
    silences a finding and one that silences nothing, per-file-ignores (one that matches no file) and,
    for the Polish run, `lang = "pl"`."""
    (top / ".git").mkdir(parents=True)
    assert _generate_s39(top, 10) == 40
    persona = (top / "team-02/personas/persona-2.yaml").read_text(encoding="utf-8")
    goal = persona.split("goals:\n", 1)[1].splitlines()[0]
    (top / "team-00/personas/lowca.yaml").write_text(NEGATIVE_EXTRA_S39.format(goal=goal), encoding="utf-8")
    (top / "team-01/personas/zepsuta.yaml").write_text("kind: persona\nid: [zepsuta\n", encoding="utf-8")
    config = '[per-file-ignores]\n"team-04/**" = ["pseudo-profiling"]\n"team-99/**" = ["stale-review"]\n'
    if lang == "pl":
        config = 'lang = "pl"\n' + config
    (top / "cxkit.toml").write_text(config, encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_every_format_is_the_same_with_the_findings_spilled_s39(tmp_path, monkeypatch, lang):
    top = tmp_path / "repo"
    _workspace_s39(top, lang)
    # Runs of three findings decoded two at a time, blocks of five: every output crosses many.
    enter(top, tmp_path, monkeypatch, 120, RUN=3, RUN_BLOCK=2, BLOCK=5)
    runs = [("--no-cache", "--jobs", "1"), ("--no-cache", "--jobs", "2"), ()]
    # the cached runs of each pass are warm ones after its first format
    spilled_outputs, listed_outputs = spilled_and_listed(tmp_path, monkeypatch, FORMATS, runs)
    assert spilled_outputs == listed_outputs
    text = spilled_outputs[0][1]
    assert spilled_outputs[0][0] == 1 and text.count("\n") > 40
    assert "CX203" in text and "CX001" in text and "CX005" in text


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_baseline_reports_the_same_with_the_findings_spilled_s39(tmp_path, monkeypatch, lang):
    top = tmp_path / "repo"
    _workspace_s39(top, lang)
    enter(top, tmp_path, monkeypatch, 120, RUN=4, BLOCK=3)
    runner = CliRunner()
    # The baseline records the workspace as it was; then a persona gains findings.
    wrote = runner.invoke(app, ["lint", "--no-cache", "--write-baseline", "."])
    assert wrote.exit_code == 0, wrote.output
    persona = top / "team-03/personas/persona-3.yaml"
    persona.write_text(persona.read_text(encoding="utf-8") + "quote: TODO\n", encoding="utf-8")

    spilled_outputs, listed_outputs = spilled_and_listed(
        tmp_path, monkeypatch, ("text", "json", "sarif"), (("--no-cache",), ()))
    assert spilled_outputs == listed_outputs
    assert spilled_outputs[0][0] == 1 and "persona-3.yaml" in spilled_outputs[0][1]


def _held_per_finding(top: Path, spill: bool) -> tuple[float, int]:
    """Bytes the findings of a finished run hold, per finding (tracemalloc), and how many there are."""
    config = load_config(top / "cxkit.toml")
    engine.lint([str(top)], config, jobs=1)  # a first run imports what the rules need
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        result = engine.lint([str(top)], config, jobs=1, spill=spill)
        count = len(result.findings)
        held = tracemalloc.get_traced_memory()[0] - base
        result.findings = []
        after = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    return (held - after) / count, count


def test_a_finished_runs_findings_wait_in_a_file_s39(tmp_path, monkeypatch):
    top = tmp_path / "repo"
    (top / ".git").mkdir(parents=True)
    _generate_s39(top, 25)
    (top / "cxkit.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(top)
    spilled_held, count = _held_per_finding(top, True)
    listed_held, listed_count = _held_per_finding(top, False)
    assert count == listed_count > 50
    # The list: ~600 bytes a finding (each Finding, its message and its tuples); spilled: the blocks'
    # places, a few bytes a finding.
    assert listed_held > 300, listed_held
    assert spilled_held < 40, spilled_held


def test_the_findings_file_has_no_name_on_disk_s39(tmp_path, monkeypatch):
    # Ctrl-C or an exception while the report reads them leaves nothing behind: the file never has a
    # name in the temporary folder, and it is closed when the findings go.
    import tempfile

    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    seq = sorted_findings([_odd_findings_s39(40)], run=8)
    spill = seq._blocks.spill
    assert spill.file is not None and list(folder.iterdir()) == []
    with pytest.raises(KeyboardInterrupt):
        for k, _f in enumerate(seq):
            if k == 20:
                raise KeyboardInterrupt
    assert list(folder.iterdir()) == []
    del seq, _f
    assert spill.file.closed
