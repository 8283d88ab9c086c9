"""Memory of `cxkit lint` on many files (session 27, issue #7): what waits per file for the cross-file rules.

Every file's results are held until the cross-file rules have run.  A summary's traits (positions,
texts, stems) now wait in the run's temporary file as one packed buffer, with one byte a trait for
its field, where it held an array of positions, a tuple of field names and two handles to the file.
Each file's findings wait there too, a batch of files in one write, until they are reported.

Measured with tracemalloc, in-process, on generated Polish and English personas.  Each bound sits
between what the code measures now and what it measured before (given beside each bound).
"""

from __future__ import annotations

import json
import pickle
import random
import sys
import tempfile
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.config import load_config
from cxkit.lint import engine
from cxkit.lint.rule import all_rules
from cxkit.workspace import DocSummary, SpilledAt, TraitSpill, trait_spill
from process_helpers import in_a_process_of_its_own

PL_TRAITS = [
    "Kupuje {n} par butów trailowych rocznie w sklepie Decathlon w Gdyni, zawsze po przymierzeniu",
    "Porównuje ceny ekspresów przelewowych na Ceneo przez {n} wieczorów, zanim zamówi do paczkomatu",
    "Czyta {n} recenzji słuchawek na forum audiostereo.pl i pyta sprzedawcę o gwarancję door-to-door",
    "Dba o zdrowie",  # vague: a pseudo-profiling finding for the persona, held with its results
]
EN_TRAITS = [
    "Buys {n} pairs of trail shoes a year at the Leeds flagship store, always after trying both sizes",
    "Compares pour-over kettles on Google Shopping for {n} evenings before ordering next-day delivery",
    "Reads {n} reviews of closed-back headphones on r/headphones and asks about door-to-door warranty",
    "Likes good quality",
]
FIELDS = ["goals"] * 6 + ["behaviours"] * 6 + ["pain_points"] * 6 + ["psychographics.values"] * 6


def _rows(rng: random.Random, lang: str) -> list[tuple[str, str, int, int, str]]:
    pool = PL_TRAITS if lang == "pl" else EN_TRAITS
    texts = [rng.choice(pool).format(n=rng.randint(2, 99)) for _ in FIELDS]
    return [(f, t, 10 + i, 5, " ".join(w.lower()[:5] for w in t.split())) for i, (f, t) in enumerate(zip(FIELDS, texts))]


def _held(function) -> tuple[object, int]:  # noqa: ANN001
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        out = function()
        return out, tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()


def test_a_spilled_summary_holds_little_beside_its_path_and_ids():
    rng = random.Random(27)
    data = [_rows(rng, "pl" if k % 2 else "en") for k in range(300)]
    token = trait_spill.set(TraitSpill())
    try:
        def build() -> list[DocSummary]:
            out = []
            for k, rows in enumerate(data):
                summary = DocSummary(f"personas/persona-{k}.yaml", "persona", f"persona-{k}", (2, 5), name=f"Osoba {k}")
                summary.set_traits(rows)
                out.append(summary)
            return out

        summaries, held = _held(build)
        # 24 traits each: 1,274 bytes a summary before (positions array, field tuple, two file
        # handles, an empty dict of its own), 507 now (most of it the summary itself, its path, id and name).
        assert held / len(data) < 800, f"{held / len(data):.0f} bytes a summary"
        assert all(isinstance(s._traits, SpilledAt) for s in summaries)  # type: ignore[attr-defined]
        assert [list(r) for r in summaries[7].trait_rows()] == [list(r) for r in data[7]]
    finally:
        trait_spill.reset(token)


def test_a_field_outside_the_known_ones_is_kept_by_name_and_reads_back():
    rows = [("goals", "Kupuje 3 pary butów w Decathlonie", 7, 5, "kup 3 par but decathlon"),
            ("x-ulubione", "Reads 12 reviews on r/headphones", 9, 5, "read 12 review r headphon"),
            ("psychographics.values", "Płaci BLIK-iem \udcff", 11, 5, "plac blik")]
    summary = DocSummary("personas/ola.yaml", "persona", "ola", (2, 5), name="Ola")
    summary.set_traits(rows)
    assert summary.trait_fields == ("goals", "x-ulubione", "psychographics.values")
    token = trait_spill.set(TraitSpill())
    try:
        spilled = DocSummary("personas/ola.yaml", "persona", "ola", (2, 5), name="Ola")
        spilled.set_traits(rows[::2])
        assert spilled.trait_fields == ("goals", "psychographics.values")
        assert [tuple(r) for r in spilled.trait_rows()] == rows[::2] and spilled.trait(1).text == rows[2][1]
        again = pickle.loads(pickle.dumps(spilled))  # to another process: the bytes themselves go
        assert again == spilled and again.trait_rows() == spilled.trait_rows()
    finally:
        trait_spill.reset(token)
    back = DocSummary.from_json(json.loads(json.dumps(summary.to_json())))
    assert [tuple(r) for r in back.trait_rows()] == rows and back.trait_norms() == [r[4] for r in rows]


def _write_workspace(root: Path, groups: int) -> None:
    rng = random.Random(groups)
    (root / "personas").mkdir(parents=True)
    (root / "journeys").mkdir()
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    for g in range(groups):
        lang = "pl" if g % 2 else "en"
        pool = PL_TRAITS if lang == "pl" else EN_TRAITS
        goals = "\n".join(f"  - {rng.choice(pool).format(n=rng.randint(2, 99))}" for _ in range(12))
        behaviours = "\n".join(f"  - {rng.choice(pool).format(n=rng.randint(2, 99))}" for _ in range(12))
        (root / "personas" / f"persona-{g}.yaml").write_text(
            f"kind: persona\nid: persona-{g}\nname: Osoba {g}\nlang: {lang}\ngoals:\n{goals}\nbehaviours:\n{behaviours}\n",
            encoding="utf-8",
        )
        stages = "\n".join(f"  - id: etap-{s}\n    name: Etap {s}\n    actions:\n      - Porównuje {s + 2} oferty na Allegro"
                           for s in range(4))
        (root / "journeys" / f"journey-{g}.yaml").write_text(
            f"kind: journey\nid: journey-{g}\nname: Zakup {g}\npersona: persona-{g}\nlang: {lang}\nstages:\n{stages}\n",
            encoding="utf-8",
        )


def _held_when_cross_file_rules_start(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[dict]]:
    monkeypatch.chdir(root)
    held: list[int] = []
    rule = all_rules()["duplicate-id"]
    real = rule.check_workspace

    def measuring(self, index):  # noqa: ANN001
        held.append(tracemalloc.get_traced_memory()[0])
        return real(self, index)

    monkeypatch.setattr(rule, "check_workspace", measuring)
    config = load_config()
    engine.lint(["personas/persona-0.yaml"], config, jobs=1)  # what every run builds once
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        result = engine.lint(["."], config, jobs=1, cache=False)
    finally:
        tracemalloc.stop()
    assert held, "the cross-file rules did not run"
    return held[-1] - start, [f.as_dict() for f in result.findings]


def test_memory_held_for_the_cross_file_rules_per_document(tmp_path, monkeypatch):
    # Measured in a process of its own, as `cxkit lint` runs: a second measurement in one process holds
    # ~1 KiB a document more than the first (1,019-1,106 at ff611715, 1,277 now), what the run before it
    # left alive, so what other tests ran first in this process would move the figure.
    if not in_a_process_of_its_own(__file__, "test_memory_held_for_the_cross_file_rules_per_document",
                                   "CXKIT_TEST_MEMORY_HELD_ALONE", tmp_path):
        return
    small, large = tmp_path / "small", tmp_path / "large"
    _write_workspace(small, 15)
    _write_workspace(large, 60)
    held_small, found_small = _held_when_cross_file_rules_start(small, monkeypatch)
    held_large, found_large = _held_when_cross_file_rules_start(large, monkeypatch)
    assert len(found_large) > len(found_small) > 0
    assert any(f["rule"] == "pseudo-profiling" for f in found_large)
    per_document = (held_large - held_small) / (2 * (60 - 15))
    assert per_document < BOUND_PER_DOCUMENT, f"{per_document:.0f} bytes held per document"


#: 3,246 bytes before, 2,709 with the summaries packed, 364 with the findings parked too; measured alone in
#: session 36: 339-475 with a list of rule names held per half-valid document (this workspace's journeys
#: have an unknown `actions` key), -106 to 67 with those lists shared.
BOUND_PER_DOCUMENT = 250


def _cli(root: Path, *options: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["lint", "--format", "json", *options, str(root)], env={"COLUMNS": "120"})
    return result.exit_code, result.stdout


def test_each_file_s_findings_wait_in_the_temporary_file(tmp_path, monkeypatch):
    _write_workspace(tmp_path, 30)
    code, expected = _cli(tmp_path, "--no-cache", "--jobs", "1")
    assert code == 1 and sum(f["rule"] == "pseudo-profiling" for f in json.loads(expected)) >= 30
    writers: list[str] = []
    real_put = TraitSpill.put
    monkeypatch.setattr(TraitSpill, "put", lambda self, data: writers.append(sys._getframe(1).f_code.co_name) or real_put(self, data))
    assert _cli(tmp_path, "--no-cache", "--jobs", "1") == (code, expected)
    # 60 files: the findings of each batch of files in one write of their own, beside the summaries'.
    assert writers.count("_park") == 1, writers


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_run_whose_temporary_file_cannot_be_made_or_fills_reports_the_same(tmp_path, monkeypatch, jobs):
    _write_workspace(tmp_path, 60)
    code, expected = _cli(tmp_path, "--no-cache", "--jobs", jobs)
    assert code == 1 and '"pseudo-profiling"' in expected

    def no_file(*_args, **_kwargs):  # noqa: ANN002, ANN003
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patched:
        patched.setattr(tempfile, "TemporaryFile", no_file)
        assert _cli(tmp_path, "--no-cache", "--jobs", jobs) == (code, expected)
    # A disk that fills part way: what the file took is read back, the rest stays in memory.
    real_put, calls = TraitSpill.put, []

    def filling(self, data):  # noqa: ANN001
        calls.append(len(data))
        return real_put(self, data) if len(calls) <= 40 else None

    monkeypatch.setattr(TraitSpill, "put", filling)
    assert _cli(tmp_path, "--no-cache", "--jobs", jobs) == (code, expected)
    assert len(calls) > 40


def test_findings_read_from_the_cache_are_the_same_as_a_cold_run_s(tmp_path, monkeypatch):
    """A re-lint with one persona edited: every other file's findings come from the cache, wait in the
    temporary file, and are written back to the cache from there."""
    root = tmp_path / "ws"
    _write_workspace(root, 30)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    _cli(root, "--jobs", "1")
    persona = root / "personas" / "persona-3.yaml"
    persona.write_text(persona.read_text(encoding="utf-8") + "  - Lubi dobrą jakość\n", encoding="utf-8")
    for _ in range(2):  # the second run reads the edited file's entry from the cache too
        warm = _cli(root, "--jobs", "1")
        assert warm == _cli(root, "--no-cache", "--jobs", "1")
    assert warm[1].count('"persona-3.yaml"') == 0 and warm[1].count("persona-3.yaml") > 2
