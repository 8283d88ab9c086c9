"""Two cxkit runs saving one cache folder at once keep each other's results.

pre-commit splits the staged files over several processes, and an editor may lint while a
terminal does: each run reads the cache, adds its own entries and writes it back.  The last
writer must not drop what the others stored.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
import time
from pathlib import Path

from cxkit.lint import cache

ENTRY = {"p": "personas/ola.yaml", "f": [], "d": True}


def _stored(folder: Path, name: str) -> dict:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def test_two_runs_that_read_the_same_cache_both_keep_their_file_results(tmp_path):
    first = cache.LintCache(tmp_path)
    second = cache.LintCache(tmp_path)
    first.put_files({"ola": ENTRY, "ewa": ENTRY}, keep={"ola", "ewa"})
    second.put_files({"dan": ENTRY}, keep={"dan"})  # read the folder before the first one saved
    first.save()
    second.save()
    assert set(_stored(tmp_path, "files-v1.json")) == {"ola", "ewa", "dan"}
    # The later writer's entries are the newest: they are the last to go when room runs out.
    assert list(_stored(tmp_path, "files-v1.json"))[-1] == "dan"


def test_two_runs_keep_both_whole_run_entries_and_their_printed_outputs(tmp_path):
    first = cache.LintCache(tmp_path)
    second = cache.LintCache(tmp_path)
    first.put_run("run-a", {"findings": [], "files": 1, "documents": 1})
    first.put_output("run-a", "json", "[]\n")
    # run-b checked two German documents without the word rules: the count the note after a cached run says.
    second.put_run("run-b", {"findings": [], "files": 2, "documents": 2, "langs": {"de": 2}})
    first.save()
    second.save()
    runs = _stored(tmp_path, "runs-v1.json")
    assert set(runs) == {"run-a", "run-b"} and "json" in runs["run-a"]["out"]
    # A whole run is returned with its count of documents by language whose words cxkit does not read
    # (73137ae): none for run-a, two German ones for run-b, kept through the merge of the two writers.
    merged = cache.LintCache(tmp_path)
    assert merged.get_run("run-a") == {"findings": [], "files": 1, "documents": 1, "langs": {}}
    assert merged.get_run("run-b") == {"findings": [], "files": 2, "documents": 2, "langs": {"de": 2}}


def test_a_merge_still_caps_the_whole_run_entries(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "_MAX_RUNS", 3)
    first = cache.LintCache(tmp_path)
    second = cache.LintCache(tmp_path)
    for key in ("a1", "a2", "a3"):
        first.put_run(key, {"findings": [], "files": 1, "documents": 1})
    second.put_run("b1", {"findings": [], "files": 1, "documents": 1})
    first.save()
    second.save()
    assert list(_stored(tmp_path, "runs-v1.json")) == ["a2", "a3", "b1"]


def test_an_unchanged_file_on_disk_is_written_as_this_run_left_it(tmp_path, monkeypatch):
    # No other run saved: eviction works as before (the merge must not bring evicted entries back).
    monkeypatch.setattr(cache, "_MIN_FILES", 2)
    store = cache.LintCache(tmp_path)
    store.put_files({"a": ENTRY, "b": ENTRY}, keep={"a", "b"})
    store.save()
    store = cache.LintCache(tmp_path)
    store.put_files({"c": ENTRY}, keep={"c"})
    store.save()
    assert list(_stored(tmp_path, "files-v1.json")) == ["b", "c"]


def test_a_save_waits_for_another_runs_write_and_then_merges_it(tmp_path):
    first = cache.LintCache(tmp_path)
    first.put_files({"ola": ENTRY}, keep={"ola"})
    fd = os.open(tmp_path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # another run is in the middle of its save
    saver = threading.Thread(target=first.save)
    saver.start()
    time.sleep(0.3)
    assert not (tmp_path / "files-v1.json").exists(), "wrote while another run held the cache"
    other = cache.LintCache(tmp_path)
    other.put_files({"dan": ENTRY}, keep={"dan"})
    other._dirty_files = True
    # The other run writes its file, as its save would, then lets go.
    (tmp_path / "files-v1.json").write_text(json.dumps({"dan": ENTRY}), encoding="utf-8")
    os.close(fd)
    saver.join(10)
    assert not saver.is_alive()
    assert set(_stored(tmp_path, "files-v1.json")) == {"dan", "ola"}


def test_a_lock_held_too_long_never_stops_the_run(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "_LOCK_SECONDS", 0.2)
    fd = os.open(tmp_path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # a stuck process
    try:
        store = cache.LintCache(tmp_path)
        store.put_files({"ola": ENTRY}, keep={"ola"})
        started = time.monotonic()
        store.save()
        assert time.monotonic() - started < 10  # a save that waits for the lock never ends
        assert set(_stored(tmp_path, "files-v1.json")) == {"ola"}
    finally:
        os.close(fd)


PERSONA = """\
kind: persona
id: {id}
name: {name}
goals:
  - Odebrać receptę na leki dla mamy w aptece przy Rynku Jeżyckim w 15 minut
sources:
  - id: wywiady-2026-09
    type: interview
    date: 2026-09-14
reviewed: 2026-10-01
"""


def test_pre_commit_style_parallel_runs_are_both_served_from_the_cache_next_time(tmp_path, monkeypatch):
    # Run A lints half of the files; while it works, run B lints the other half and saves first.
    from cxkit.config import load_config
    from cxkit.lint.engine import lint as run_lint

    (tmp_path / "personas").mkdir()
    names = ["ola", "ewa", "iza", "ula"]
    for n in names:
        (tmp_path / "personas" / f"{n}.yaml").write_text(PERSONA.format(id=n, name=n.title()), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    config = load_config()
    half_a = [f"personas/{n}.yaml" for n in names[:2]]
    half_b = [f"personas/{n}.yaml" for n in names[2:]]

    real_save = cache.LintCache.save
    nested: list = []
    started: list = []

    def save_after_the_other_run(self):
        if not started:
            started.append(True)
            nested.append(run_lint(half_b, config, jobs=1, cache=True))
        real_save(self)

    monkeypatch.setattr(cache.LintCache, "save", save_after_the_other_run)
    assert run_lint(half_a, config, jobs=1, cache=True).cached_files == 0
    assert nested and nested[0].cached_files == 0
    monkeypatch.setattr(cache.LintCache, "save", real_save)
    # Another selection of rules keeps the whole-run shortcut out of the way: per-file entries only.
    (tmp_path / "personas" / "nowa.yaml").write_text(PERSONA.format(id="nowa", name="Nowa"), encoding="utf-8")
    assert run_lint(half_a + ["personas/nowa.yaml"], config, jobs=1, cache=True).cached_files == 2
    assert run_lint(half_b + ["personas/nowa.yaml"], config, jobs=1, cache=True).cached_files == 3
