"""Memory of a cached `cxkit lint` (session 23, issue #7): the cache's per-file entries stay as bytes.

A re-lint with one file changed reads every other file's result from the cache.  The cache file
was decoded whole when first read, and its decoded entries (about five times the file) were held
through the run: on the 3,200-file bench corpus that made such a run peak at 102.7 MiB, against
64.8 MiB for a run without the cache.  The file is now written one entry a line, each entry is
kept as its bytes, and only the entries the run asks for are decoded.

Measured with tracemalloc, in-process, on generated Polish and English personas and journeys.
"""

from __future__ import annotations

import json
import random
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from cxkit.config import load_config
from cxkit.lint import cache as cache_module
from cxkit.lint import engine
from cxkit.lint.cache import _FILES, LintCache

PL_GOALS = [
    "Kupuje {n} par butów trailowych rocznie w sklepie Decathlon w Gdyni, zawsze po przymierzeniu",
    "Porównuje ceny ekspresów przelewowych na Ceneo przez {n} wieczorów, zanim zamówi do paczkomatu",
    "Czyta {n} recenzji słuchawek zamkniętych na forum audiostereo.pl i pyta o gwarancję door-to-door",
    "Dba o zdrowie",  # vague: a finding for every persona, kept in the cache with the results
]
EN_GOALS = [
    "Buys {n} pairs of trail shoes a year at the Leeds flagship store, always after trying both sizes",
    "Compares pour-over kettles on Google Shopping for {n} evenings before ordering next-day delivery",
    "Reads {n} reviews of closed-back headphones on r/headphones and asks about door-to-door warranty",
    "Likes good quality",
]


def _write_workspace(root: Path, groups: int) -> None:
    rng = random.Random(groups)
    (root / "personas").mkdir(parents=True)
    (root / "journeys").mkdir()
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    for g in range(groups):
        lang = "pl" if g % 2 else "en"
        pool = PL_GOALS if lang == "pl" else EN_GOALS
        goals = "\n".join(f"  - {rng.choice(pool).format(n=rng.randint(2, 60))}" for _ in range(10))
        (root / "personas" / f"persona-{g}.yaml").write_text(
            f"kind: persona\nid: persona-{g}\nname: Osoba {g}\nlang: {lang}\ngoals:\n{goals}\n", encoding="utf-8"
        )
        stages = "\n".join(
            f"  - id: etap-{s}\n    name: Etap {s}\n    actions:\n      - Porównuje {s + 2} oferty na Allegro" for s in range(4)
        )
        (root / "journeys" / f"journey-{g}.yaml").write_text(
            f"kind: journey\nid: journey-{g}\nname: Zakup {g}\npersona: persona-{g}\nlang: {lang}\nstages:\n{stages}\n",
            encoding="utf-8",
        )


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    root = tmp_path / "ws"
    _write_workspace(root, 40)
    monkeypatch.chdir(root)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    # Files changed in the last seconds keep a run off the stat-only path; nothing here relies on it.
    monkeypatch.setattr(cache_module, "SETTLE_NS", 0)
    return root


def _json(result) -> list[dict]:
    return [f.as_dict() for f in result.findings]


def test_reading_one_entry_keeps_the_others_as_bytes(workspace, tmp_path):
    engine.lint(["."], load_config(), jobs=1, cache=True)
    path = tmp_path / "cache" / _FILES
    size = path.stat().st_size
    keys = list(json.loads(path.read_bytes()))
    assert len(keys) == 80
    store = LintCache(tmp_path / "cache")
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        entry = store.get_file(keys[0])
        held = tracemalloc.get_traced_memory()[0] - start
    finally:
        tracemalloc.stop()
    assert entry is not None and entry["p"].endswith(".yaml")
    # Before: every entry decoded, about five times the file's size; now its bytes and their keys.
    assert held < 1.6 * size, f"{held} bytes held for a {size}-byte cache file"


def test_a_cached_re_lint_with_one_file_changed_finds_the_same(workspace):
    config = load_config()
    engine.lint(["."], config, jobs=1, cache=True)
    persona = workspace / "personas" / "persona-3.yaml"
    persona.write_text(persona.read_text(encoding="utf-8") + "  - Likes good quality\n", encoding="utf-8")
    cached = engine.lint(["."], config, jobs=1, cache=True)
    assert cached.cached_files == 79
    cold = engine.lint(["."], config, jobs=1, cache=False)
    assert _json(cached) == _json(cold)
    assert any(f.path == "personas/persona-3.yaml" and f.line == 16 for f in cold.findings)


def test_a_damaged_entry_is_checked_again_and_the_others_still_count(workspace, tmp_path):
    config = load_config()
    cold = engine.lint(["."], config, jobs=1, cache=False)
    engine.lint(["."], config, jobs=1, cache=True)
    path = tmp_path / "cache" / _FILES
    lines = path.read_bytes().split(b"\n")
    assert lines[5].endswith(b",")
    lines[5] = lines[5][:60] + b","  # one entry's JSON cut short
    path.write_bytes(b"\n".join(lines))
    (tmp_path / "cache" / "runs-v1.json").unlink()  # so that the per-file entries are asked for
    again = engine.lint(["."], config, jobs=1, cache=True)
    assert again.cached_files == 79
    assert _json(again) == _json(cold)


def test_a_cache_file_an_older_cxkit_wrote_on_one_line_is_still_read(workspace, tmp_path):
    config = load_config()
    engine.lint(["."], config, jobs=1, cache=True)
    path = tmp_path / "cache" / _FILES
    entries = json.loads(path.read_bytes())
    path.write_bytes(json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    (tmp_path / "cache" / "runs-v1.json").unlink()
    again = engine.lint(["."], config, jobs=1, cache=True)
    assert again.cached_files == 80
    time.sleep(0.01)
    # The next save writes it one entry a line again, and it is still one JSON object.
    persona = workspace / "personas" / "persona-0.yaml"
    persona.write_text(persona.read_text(encoding="utf-8") + "  - Rarely buys online\n", encoding="utf-8")
    engine.lint(["."], config, jobs=1, cache=True)
    raw = path.read_bytes()
    assert raw.startswith(b"{\n") and raw.count(b"\n") == len(json.loads(raw)) + 1 == 82
    assert set(json.loads(raw)) >= set(entries) - {k for k, v in entries.items() if v["p"] == "personas/persona-0.yaml"}


def test_summaries_read_from_the_cache_go_to_the_spill_file_a_batch_at_a_time(workspace, monkeypatch):
    """Their texts wait in the run's temporary file as a checked document's do, written in one
    system call per batch instead of one per persona (read-through RT22-21: +1.9% CPU)."""
    from cxkit.workspace import TraitSpill

    config = load_config()
    cold = engine.lint(["."], config, jobs=1, cache=True)
    persona = workspace / "personas" / "persona-7.yaml"
    persona.write_text(persona.read_text(encoding="utf-8") + "  - Czyta 5 recenzji na Ceneo\n", encoding="utf-8")
    # Who wrote: the summaries (spill_all); trait-overlap's chunks of traits come later, their own.
    writes: list[str] = []
    real = TraitSpill.put
    monkeypatch.setattr(TraitSpill, "put", lambda self, data: writes.append(sys._getframe(1).f_code.co_name) or real(self, data))
    read: list[int] = []
    real_get = TraitSpill.get
    monkeypatch.setattr(TraitSpill, "get", lambda self, start, size: read.append(size) or real_get(self, start, size))
    cached = engine.lint(["."], config, jobs=1, cache=True)
    assert cached.cached_files == 79
    # 39 personas from the cache in one write, the changed one in its own.
    assert writes.count("spill_all") == 2, writes
    assert read, "the cross-file rules read no texts back from the spill file"
    cold_again = engine.lint(["."], config, jobs=1, cache=False)
    assert _json(cached) == _json(cold_again)
    assert len(cold.findings) > 0


def test_when_the_batch_cannot_be_written_the_texts_stay_in_memory(workspace, monkeypatch):
    from cxkit.workspace import TraitSpill

    config = load_config()
    engine.lint(["."], config, jobs=1, cache=True)
    (workspace / "personas" / "persona-1.yaml").write_text(
        (workspace / "personas" / "persona-1.yaml").read_text(encoding="utf-8") + "  - Dba o zdrowie\n", encoding="utf-8"
    )
    monkeypatch.setattr(TraitSpill, "put", lambda self, data: None)  # a full disk
    cached = engine.lint(["."], config, jobs=1, cache=True)
    assert cached.cached_files == 79
    assert _json(cached) == _json(engine.lint(["."], config, jobs=1, cache=False))
