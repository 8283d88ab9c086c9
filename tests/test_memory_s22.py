"""Memory of `cxkit lint` on many files (session 22, issue #7): what it holds per file must stay small.

Every document's summary is held until the cross-file rules have run.  Their trait texts and stems,
most of a persona's summary, wait in a temporary file during a lint run, so the memory held when
those rules start grows by a few hundred bytes a document, not by the size of its traits.  And
trait-overlap's search past traits that differ only in a number splits each candidate trait once
and lets it go, where it held every candidate's tokens at once (tens of MB on 12,800 files).

Measured with tracemalloc, in-process, on generated Polish and English personas; each bound sits
at about twice what the code measures (1.5 KB a document, 360 bytes a pool trait) and well below
what it measured before (3.9 KB, 1.6 KB).
"""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

import pytest

from cxkit.config import load_config
from cxkit.lint import engine
from cxkit.lint.rule import all_rules
from cxkit.lint.rules.personas import _beyond_numbers
from cxkit.lint.textnorm import normalise

PL_GOALS = [
    "Kupuje {n} par butów trailowych rocznie w sklepie Decathlon w Gdyni, zawsze po przymierzeniu obu rozmiarów",
    "Porównuje ceny ekspresów przelewowych na Ceneo przez {n} wieczorów, zanim zamówi z dostawą do paczkomatu",
    "Czyta {n} recenzji słuchawek zamkniętych na forum audiostereo.pl i pyta sprzedawcę o gwarancję door-to-door",
    "Zamawia kawę ziarnistą z palarni w Krakowie co {n} tygodni, płacąc BLIK-iem z telefonu w tramwaju",
    "Odkłada {n} zł miesięcznie na rower gravelowy i zapisuje ceny w arkuszu Google razem z partnerką",
    "Serwisuje zegarek z GPS raz w roku w salonie na Mokotowie, bo stary pasek pękł po {n} miesiącach",
]
EN_GOALS = [
    "Buys {n} pairs of trail shoes a year at the Leeds flagship store, always after trying both sizes on",
    "Compares pour-over kettles on Google Shopping for {n} evenings before ordering with next-day delivery",
    "Reads {n} reviews of closed-back headphones on r/headphones and asks the shop about door-to-door warranty",
    "Orders single-origin coffee from a Bristol roaster every {n} weeks, paying by phone on the morning bus",
    "Saves {n} pounds a month for a gravel bike and keeps the prices in a shared spreadsheet with her partner",
    "Services a GPS watch once a year at a Currys store because the old strap broke after {n} months",
]


def _traits(rng: random.Random, lang: str, count: int) -> list[str]:
    pool = PL_GOALS if lang == "pl" else EN_GOALS
    return [rng.choice(pool).format(n=rng.randint(2, 60)) for _ in range(count)]


def _write_workspace(root: Path, groups: int) -> None:
    """``groups`` personas with 24 long traits each and as many negative personas."""
    rng = random.Random(groups)
    (root / "personas").mkdir(parents=True)
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    for g in range(groups):
        lang = "pl" if g % 2 else "en"
        goals = "\n".join(f"  - {t}" for t in _traits(rng, lang, 12))
        behaviours = "\n".join(f"  - {t}" for t in _traits(rng, lang, 12))
        (root / "personas" / f"persona-{g}.yaml").write_text(
            f"kind: persona\nid: persona-{g}\nname: Osoba {g}\nlang: {lang}\ngoals:\n{goals}\nbehaviours:\n{behaviours}\n",
            encoding="utf-8",
        )
        reasons = "\n".join(f"  - {t}" for t in _traits(rng, lang, 6))
        (root / "personas" / f"negative-{g}.yaml").write_text(
            f"kind: negative-persona\nid: negative-{g}\nname: Nie-klient {g}\nlang: {lang}\nreasons:\n{reasons}\n",
            encoding="utf-8",
        )


def _held_when_cross_file_rules_start(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """Traced bytes held when the first cross-file rule starts, and the lint's findings count."""
    monkeypatch.chdir(root)
    held: list[int] = []
    rule = all_rules()["duplicate-id"]
    real = rule.check_workspace

    def measuring(self, index):  # noqa: ANN001
        held.append(tracemalloc.get_traced_memory()[0])
        return real(self, index)

    monkeypatch.setattr(rule, "check_workspace", measuring)
    config = load_config()
    # Warm what every run builds once (lexicons, stem caches), so that only the files count.
    engine.lint(["personas/persona-0.yaml"], config, jobs=1)
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        result = engine.lint(["."], config, jobs=1, cache=False)
    finally:
        tracemalloc.stop()
    assert held, "the cross-file rules did not run"
    return held[-1] - start, len(result.findings)


def test_memory_held_for_the_cross_file_rules_grows_little_per_document(tmp_path, monkeypatch):
    small, large = tmp_path / "small", tmp_path / "large"
    _write_workspace(small, 10)
    _write_workspace(large, 40)
    held_small, found_small = _held_when_cross_file_rules_start(small, monkeypatch)
    held_large, found_large = _held_when_cross_file_rules_start(large, monkeypatch)
    assert found_large > found_small > 0  # the rules ran and found things (trait-overlap, vague traits)
    per_document = (held_large - held_small) / (2 * (40 - 10))
    # A persona here has 24 traits of ~110 characters (~2.6 KB of text, ~1.6 KB of stems): held in
    # memory, they made some 6 KB a document; spilled, the rest is its path, ids, positions and findings.
    assert per_document < 2_800, f"{per_document:.0f} bytes held per document"


def test_the_search_past_numbers_holds_no_candidate_tokens():
    """Negative traits whose closest persona trait differs only in a number, each with hundreds of
    candidates: the search holds its postings and queues, never every candidate's token set."""
    rng = random.Random(7)
    # Per pool trait, what the search holds does not depend on the pool's size (before: ~1,580 bytes
    # with 1,200 or 6,000 traits); a small pool keeps the traced run short.
    pool = [normalise(t) for t in _traits(rng, "pl", 600) + _traits(rng, "en", 600)]
    queries = [normalise(t) for t in _traits(rng, "pl", 30) + _traits(rng, "en", 30)]
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        found = _beyond_numbers(pool, queries, 0.8)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert isinstance(found, dict)
    # Before: a frozenset of ~15 stems kept for every candidate met, ~1.5 KB each, most of the pool.
    assert peak / len(pool) < 800, f"{peak / len(pool):.0f} bytes per pool trait"


def test_without_a_temporary_folder_to_write_in_the_findings_are_the_same(tmp_path, monkeypatch):
    """A temporary file that cannot be made leaves the texts in memory: the run is the same."""
    import tempfile

    _write_workspace(tmp_path, 3)
    monkeypatch.chdir(tmp_path)
    config = load_config()
    made = []
    real = tempfile.TemporaryFile
    monkeypatch.setattr(tempfile, "TemporaryFile", lambda *a, **k: made.append(real(*a, **k)) or made[-1])
    spilled = engine.lint(["."], config, jobs=1)
    assert made, "the first run kept its texts in memory: nothing to compare with"

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003
        raise PermissionError(13, "Permission denied", "/tmp")

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    kept = engine.lint(["."], config, jobs=1)
    assert kept.findings == spilled.findings
    assert any(f.rule == "trait-overlap" and "is also a trait of persona" in f.message for f in kept.findings)


def test_a_spilled_summary_reads_back_compares_and_pickles_as_it_was():
    import pickle

    from cxkit.workspace import DocSummary, SpilledAt, TraitSpill, trait_spill

    rows = [("goals", "Kupuje 3 pary butów w Decathlonie\n", 7, 5, "kup 3 par but decathlon"),
            ("behaviours", "Reads 12 reviews on r/headphones", 9, 5, "read 12 review r headphon"),
            ("reasons", "Płaci BLIK-iem \udcff", 11, 5, "plac blik")]
    plain = DocSummary("personas/ola.yaml", "persona", "ola", (2, 5), name="Ola")
    plain.set_traits(rows)
    token = trait_spill.set(TraitSpill())
    try:
        spilled = DocSummary("personas/ola.yaml", "persona", "ola", (2, 5), name="Ola")
        spilled.set_traits(rows)
    finally:
        trait_spill.reset(token)
    assert isinstance(spilled._traits, SpilledAt)
    assert spilled.trait_rows() == plain.trait_rows() and [tuple(r) for r in spilled.trait_rows()] == rows
    assert spilled.trait(1) == plain.trait(1) and spilled.trait_norms() == plain.trait_norms()
    assert spilled == plain and spilled.to_json() == plain.to_json()
    again = pickle.loads(pickle.dumps(spilled))  # to another process: the texts themselves go
    assert isinstance(again._traits, bytes) and again == plain
