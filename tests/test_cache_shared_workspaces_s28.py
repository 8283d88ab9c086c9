"""One CXKIT_CACHE_DIR shared by the workspaces of a monorepo (tester23 H2).

An agency keeps every client in one repository, each client with its own cxkit.toml, and CI keeps
one cache folder for all of them.  Each workspace's lint used to read and rewrite the whole shared
files-v1.json, and made room in it for its own files only, evicting the other clients' results: a
warm run was slower than a cold one.  One run now shares one store per cache folder: read once,
written once, and sized by the whole run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import JOURNEY_PL, NEGATIVE_PL, PERSONA_PL, run_cli
from cxkit import fsutil
from cxkit.lint import cache, engine
from git_helpers import HAS_GIT

CLIENTS = ("mleczarnia", "browar-zdroj", "apteka-zdrowie")


def _client(top: Path, name: str) -> None:
    ws = top / "clients" / name
    (ws / "personas").mkdir(parents=True)
    (ws / "journeys").mkdir()
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "personas" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (ws / "personas" / "janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    (ws / "journeys" / "zakup.yaml").write_text(JOURNEY_PL, encoding="utf-8")


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three clients, each its own workspace, under a top config that leaves the archive out."""
    top = tmp_path / "agencja"
    top.mkdir()
    (top / "cxkit.toml").write_text('exclude = ["archive"]\n', encoding="utf-8")
    for name in CLIENTS:
        _client(top, name)
    monkeypatch.chdir(top)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "ci-cache"))
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # trust the times of files just written
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.setenv("COLUMNS", "120")
    for name in ("GITHUB_ACTIONS", "CXKIT_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    return top


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The shown path of every file the engine checks (rather than takes from the cache)."""
    seen: list[str] = []
    real = engine._check_all

    def counting(todo, *args, **kwargs):
        seen.extend(t.display for t, _content in todo)
        return real(todo, *args, **kwargs)

    monkeypatch.setattr(engine, "_check_all", counting)
    return seen


def _lint(*args: str) -> tuple[int, list]:
    result = run_cli("lint", "--format", "json", "-j", "1", *args)
    assert result.exception is None, repr(result.exception)
    return result.exit_code, json.loads(result.stdout)


def test_a_warm_run_over_many_workspaces_checks_no_file_again(agency, checked, monkeypatch):
    # Room for fewer results than the whole run holds: each workspace's run made room for its
    # own files (and two whole-run entries) and so evicted the workspaces linted before it.
    monkeypatch.setattr(cache, "_MIN_FILES", 4)
    monkeypatch.setattr(cache, "_MAX_RUNS", 2)
    cold = _lint()
    assert len(checked) == 9
    checked.clear()
    assert _lint() == cold
    assert checked == []


def test_one_client_changed_keeps_the_other_clients_warm(agency, checked, monkeypatch):
    monkeypatch.setattr(cache, "_MIN_FILES", 4)
    monkeypatch.setattr(cache, "_MAX_RUNS", 2)
    _lint()
    _lint()
    checked.clear()
    persona = agency / "clients" / "browar-zdroj" / "personas" / "tomek.yaml"
    persona.write_text(persona.read_text(encoding="utf-8").replace("Tomek", "Tomasz", 1), encoding="utf-8")
    changed = _lint()
    # Only that client's workspace is linted again (its cross-file rules read the other files).
    assert checked == ["clients/browar-zdroj/personas/tomek.yaml"]
    checked.clear()
    assert _lint() == changed
    assert checked == []


def test_the_shared_files_are_read_once_and_written_once_a_run(agency, monkeypatch):
    reads: list[str] = []
    writes: list[str] = []
    real_read, real_write = cache._read_regular_stat, fsutil.write_atomic

    def read(path, *args, **kwargs):
        reads.append(Path(path).name)
        return real_read(path, *args, **kwargs)

    def write(path, *args, **kwargs):
        writes.append(Path(path).name)
        return real_write(path, *args, **kwargs)

    monkeypatch.setattr(cache, "_read_regular_stat", read)
    monkeypatch.setattr(fsutil, "write_atomic", write)
    _lint()
    assert reads.count("files-v1.json") == 1 and writes.count("files-v1.json") == 1
    assert reads.count("runs-v1.json") == 1 and writes.count("runs-v1.json") == 1
    reads.clear()
    writes.clear()
    _lint()  # warm: every workspace answered from the whole-run entries, nothing written
    assert reads.count("runs-v1.json") == 1 and "files-v1.json" not in writes + reads
    assert "runs-v1.json" not in writes


def test_results_with_a_shared_cache_equal_no_cache(agency):
    persona = agency / "clients" / "mleczarnia" / "personas" / "tomek.yaml"
    # A finding of its own (a copied id in the same client), so the reports are not all empty.
    (persona.parent / "tomek-kopia.yaml").write_text(persona.read_text(encoding="utf-8"), encoding="utf-8")
    plain = _lint("--no-cache")
    assert plain[0] == 1 and plain[1]
    assert _lint() == plain  # cold
    assert _lint() == plain  # warm
    assert _lint("clients/mleczarnia", "clients/apteka-zdrowie") == _lint("--no-cache", "clients/mleczarnia",
                                                                          "clients/apteka-zdrowie")


def test_a_run_that_stops_on_an_error_keeps_what_it_stored(tmp_path):
    folder = tmp_path / "c"
    entry = {"p": "personas/ola.yaml", "f": [], "d": True}
    with pytest.raises(RuntimeError):
        with cache.one_store_per_folder():
            store = cache.open_store(folder)
            assert cache.open_store(folder) is store
            store.put_files({"ola": cache.encoded(entry)}, keep={"ola"})
            store.save()
            assert not (folder / "files-v1.json").exists()  # written once, when the run is over
            raise RuntimeError("a config error in the next workspace")
    assert set(json.loads((folder / "files-v1.json").read_text(encoding="utf-8"))) == {"ola"}
    assert cache.open_store(folder) is not cache.open_store(folder)  # outside a run: a store each


def test_a_shared_store_merges_what_another_run_wrote_meanwhile(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "_MIN_FILES", 2)
    folder = tmp_path / "c"
    entry = {"p": "personas/ola.yaml", "f": [], "d": True}
    with cache.one_store_per_folder():
        store = cache.open_store(folder)
        store.put_files({"a1": entry, "a2": entry}, keep={"a1", "a2"})
        store.put_files({"b1": entry}, keep={"b1"})
        other = cache.LintCache(folder)  # another process, an editor's lint, saves in the middle
        other.put_files({"dan": entry}, keep={"dan"})
        other.save()
    kept = list(json.loads((folder / "files-v1.json").read_text(encoding="utf-8")))
    # This run's three results (room for twice the run's) on top of the other run's.
    assert kept == ["dan", "a1", "a2", "b1"]


def test_parallel_runs_on_one_shared_cache_folder_leave_it_whole(agency, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    procs = [
        subprocess.Popen([sys.executable, "-m", "cxkit", "lint", "--format", "json", "-j", "1", *where],
                         cwd=agency, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for where in ([], ["clients/mleczarnia"], ["clients/browar-zdroj", "clients/apteka-zdrowie"])
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [1, 1, 1] and not any(err for _out, err in outs), outs
    assert json.loads(outs[0][0]) == _lint("--no-cache")[1]
    folder = tmp_path / "ci-cache"
    for name in ("files-v1.json", "runs-v1.json"):
        assert isinstance(json.loads((folder / name).read_text(encoding="utf-8")), dict)
    assert not [n for n in os.listdir(folder) if n.endswith(".tmp")]


@pytest.mark.skipif(not HAS_GIT, reason="no git")
def test_each_clients_note_on_git_ignored_look_alikes_is_kept_in_the_shared_folder(agency, tmp_path):
    for name in CLIENTS:
        ws = agency / "clients" / name
        (ws / ".gitignore").write_text("szkice/\n", encoding="utf-8")
        (ws / "szkice").mkdir()
        (ws / "szkice" / "tomek-szkic.yaml").write_text((ws / "personas" / "tomek.yaml").read_text(encoding="utf-8"),
                                                        encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=agency, check=True, capture_output=True)
    first = run_cli("lint", "-j", "1")
    assert first.stderr.count("git ignores") == 1 and "szkice/tomek-szkic.yaml" in first.stderr
    # Every client's answer is kept (saved after the lint cache made the folder, none over another's).
    memo = json.loads((tmp_path / "ci-cache" / "lookalikes-v1.json").read_text(encoding="utf-8"))
    assert len(memo) == len(CLIENTS)
    assert run_cli("lint", "-j", "1").stderr == first.stderr
