"""Session 24 (tester12 F15, F10): stages reordered or renumbered on the bundled journeys.

F15: stages that swapped their ids (or passed them round) were looked for within a budget of
difflib character pairs that two ordinary stages of the Polish example (1,000-1,500 characters)
spent at once: "not looked for" on stderr and 30 field-level changes instead of 3.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli
from git_helpers import Repo

from cxkit.diff import match
from cxkit.diff.compare import Options, compare_values
from cxkit.yamlio import load_bytes

pytestmark = pytest.mark.skipif(subprocess.run(["git", "--version"], capture_output=True).returncode != 0, reason="git missing")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PAWEL = EXAMPLES / "pl" / "journeys" / "pawel-kupuje-sluchawki-otwarte.yaml"
DAN = EXAMPLES / "en" / "journeys" / "dan-switches-invoicing.yaml"
STAGE = re.compile(r"(?m)^(?=  - id: )")


def load(text: str):
    return load_bytes(text.encode("utf-8")).data


def numbered(path: Path) -> tuple[str, list[str]]:
    """The journey with its stage ids renumbered `etap-1`...: its head and its stages' text."""
    text = path.read_text(encoding="utf-8")
    for n, ident in enumerate(re.findall(r"(?m)^  - id: (\S+)", text)):
        text = text.replace(f"  - id: {ident}\n", f"  - id: etap-{n + 1}\n")
    head, *stages = STAGE.split(text)
    return head, [s.rstrip("\n") + "\n" for s in stages]


def renumbered(head: str, stages: list[str]) -> str:
    """The stages in this order, their ids renumbered to match it."""
    return head + "".join(re.sub(r"^  - id: \S+", f"  - id: etap-{n + 1}", s) for n, s in enumerate(stages))


def summary(old: str, new: str, options: Options | None = None) -> list[tuple[str, str, object, object]]:
    return [(c.op, c.path, c.old, c.new) for c in compare_values(load(old), load(new), options or Options())]


# --- F15: swaps and rounds of ids on long stages --------------------------------------------------


def test_two_long_polish_stages_swapped_and_renumbered_are_an_order_change_and_two_ids():
    """Before: the note 'not looked for' and 30 changes (names, goals, touchpoints of both stages)."""
    head, stages = numbered(PAWEL)
    assert min(len(s) for s in stages[1:3]) > 1000  # ordinary stages of the example, not made up long
    stages[1], stages[2] = stages[2], stages[1]
    options = Options()
    changes = summary(renumbered(*numbered(PAWEL)), renumbered(head, stages), options)
    assert options.unweighed == []
    assert [c[:2] for c in changes] == [
        ("moved", "stages"), ("changed", "stages[etap-2].id"), ("changed", "stages[etap-3].id")]
    assert changes[1][2:] == ("etap-3", "etap-2")


def test_a_stage_moved_forward_and_renumbered_on_the_english_example_is_a_round(tmp_path, monkeypatch):
    """Stage 4 put second and the ids renumbered: etap-2 -> etap-3 -> etap-4 -> etap-2.  Before: the
    note on stderr and 39 changes."""
    monkeypatch.setenv("COLUMNS", "200")
    head, stages = numbered(DAN)
    stages.insert(1, stages.pop(3))
    (tmp_path / "a.yaml").write_text(renumbered(*numbered(DAN)), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(renumbered(head, stages), encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    assert result.exception is None and result.exit_code == 1
    assert result.stderr == ""
    assert result.stdout.splitlines()[1:8] == [
        "  ↕ stages: order changed (etap-4 moved)",
        "      old: [etap-1, etap-2, etap-3, etap-4, etap-5, etap-6, etap-7]",
        "      new: [etap-1, etap-4, etap-2, etap-3, etap-5, etap-6, etap-7]",
        "  ~ stages[etap-2].id: etap-4 → etap-2",
        "  ~ stages[etap-3].id: etap-2 → etap-3",
        "  ~ stages[etap-4].id: etap-3 → etap-4",
        "",
    ]
    assert result.stdout.rstrip().endswith("4 changes inside documents.")


def test_review_carries_a_finding_of_a_long_stage_swapped_over(tmp_path, monkeypatch):
    """The `Rozważanie` stage has no touchpoints on both sides.  Before: its finding fixed at
    etap-2, introduced at etap-3, and the review failed."""
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    head, stages = numbered(PAWEL)
    stages[1] = re.sub(r"    touchpoints:\n(      - channel: [^\n]*\n        description: [^\n]*\n)+", "", stages[1])
    assert "touchpoints" not in stages[1] and "name: Rozważanie" in stages[1]
    repo = Repo(tmp_path / "ws")
    repo.write("cxkit.toml", 'lang = "pl"\n')
    for persona in (EXAMPLES / "pl" / "personas").glob("*.yaml"):
        repo.write(f"personas/{persona.name}", persona.read_text(encoding="utf-8"))
    repo.write("journeys/pawel.yaml", renumbered(head, stages))
    repo.commit("base")
    stages[1], stages[2] = stages[2], stages[1]
    repo.write("journeys/pawel.yaml", renumbered(head, stages))
    monkeypatch.chdir(repo.root)
    result = run_cli("review", "--format", "json", "HEAD")
    assert result.exception is None, result.exception
    report = json.loads(result.stdout)
    assert report["findings_before"] >= 1
    assert [(f["rule"], f["data_path"]) for f in report["introduced"]] == []
    assert [(f["rule"], f["data_path"]) for f in report["fixed"]] == []
    assert result.exit_code == 0 and report["failed"] is False


class _Counting(match.SequenceMatcher):
    """difflib's matcher, counting the element pairs each ratio() compares."""

    pairs = 0

    def ratio(self) -> float:
        _Counting.pairs += len(self.a) * len(self.b)
        return super().ratio()


def _long_journey(stage_count: int, words: int, ids: list[int]) -> str:
    """A journey of long stages, each of its own words (no two alike), ids `krok-N` as ``ids`` give them."""
    lines = ["kind: journey", "id: dluga", "name: Długa podróż", "persona: ola", "stages:"]
    for n in range(stage_count):
        text = " ".join(f"słowo{n}x{k}" for k in range(words))
        lines += [f"  - id: krok-{ids[n]}", f"    name: Etap {n} podróży", f"    doing: {text}", "    emotion: 0"]
    return "\n".join(lines) + "\n"


def _counted(monkeypatch, old: str, new: str) -> tuple[list, Options]:
    monkeypatch.setattr(match, "SequenceMatcher", _Counting)
    _Counting.pairs = 0
    options = Options()
    changes = compare_values(load(old), load(new), options)
    # _rewritten, _ids_swapped and _ids_reused each measure with budgets of their own.
    assert _Counting.pairs <= 3 * (match._REUSE_BUDGET + getattr(match, "_REUSE_WORDS", 0))
    return changes, options


def test_ten_swaps_among_three_hundred_long_stages_are_found_within_the_budgets(monkeypatch):
    """Stages of 2,000+ characters; the first twenty swapped two by two and renumbered.  Before: the
    budget spent by the first swap, the note, and twenty stages rewritten field by field."""
    n = 300
    old = _long_journey(n, 200, list(range(1, n + 1)))
    assert min(len(match.flatten(s)) for s in load(old)["stages"]) > 2000
    swapped = [k + 2 if k < 20 and k % 2 == 0 else k if k < 20 else k + 1 for k in range(n)]
    changes, options = _counted(monkeypatch, old, _long_journey(n, 200, swapped))
    assert options.unweighed == []
    # In place: stage 1 now under krok-2, stage 2 under krok-1, ...
    assert [(c.path, c.old, c.new) for c in changes] == [
        (f"stages[krok-{k + (1 if k % 2 else -1)}].id", f"krok-{k}", f"krok-{k + (1 if k % 2 else -1)}") for k in range(1, 21)]
    assert _Counting.pairs > 0  # measured, by words past the characters' budget


def test_every_id_of_three_hundred_long_stages_passed_on_stays_bounded(monkeypatch):
    """Guard (bounded time): every stage rewritten under its id is too many to follow; the note,
    and difflib compares no more than its budgets."""
    n = 300
    old = _long_journey(n, 200, list(range(1, n + 1)))
    changes, options = _counted(monkeypatch, old, _long_journey(n, 200, [(k + 1) % n + 1 for k in range(n)]))
    assert [u.path for u in options.unweighed] == ["stages"]
    assert ("changed", "stages[krok-1].name") in [(c.op, c.path) for c in changes]
