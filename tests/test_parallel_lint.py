"""Parallel lint: the main process and its workers share the files and agree with a serial run."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint import engine
from cxkit.lint.engine import Selection, lint

ROOT = Path(__file__).resolve().parent.parent


def _generate(out: Path, groups: int) -> int:
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(out, groups)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("parallel")
    assert _generate(root / "ws", 30) == 120  # personas, negative personas and journeys, Polish and English
    broken = root / "ws" / "team-00" / "zepsuta.yaml"
    broken.write_text("kind: persona\nid: zepsuta\nname: [Ola\n", encoding="utf-8")
    return root / "ws"


def _rows(workspace: Path, jobs: int) -> list[tuple]:
    result = lint([str(workspace)], Config(root=workspace), Selection(), jobs=jobs)
    assert result.files_checked == 121
    return [(f.path, f.line, f.column, f.code, f.message) for f in result.findings]


def test_every_job_count_finds_exactly_what_one_process_finds(workspace: Path) -> None:
    serial = _rows(workspace, 1)
    codes = {row[3] for row in serial}
    # The workspace exercises per-file and cross-file rules alike.
    assert {"CX001", "CX101", "CX203"} <= codes
    for jobs in (2, 3, 5):
        assert _rows(workspace, jobs) == serial, jobs


def test_progress_reaches_the_total(workspace: Path) -> None:
    seen: list[tuple[int, int]] = []
    lint([str(workspace)], Config(root=workspace), Selection(), jobs=2, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (121, 121)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_worker_that_dies_loses_no_file(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    serial = _rows(workspace, 1)
    main = os.getpid()
    real = engine.check_target

    def dying(target, *args, **kwargs):
        if os.getpid() != main:
            os._exit(3)  # a worker killed mid-run (out of memory, a signal) at its first file
        return real(target, *args, **kwargs)

    monkeypatch.setattr(engine, "check_target", dying)
    assert _rows(workspace, 2) == serial


def test_an_error_in_a_worker_reaches_the_caller(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    main = os.getpid()
    real = engine.check_target

    def failing(target, *args, **kwargs):
        if os.getpid() != main:
            raise ValueError(f"cannot check {target.display}")
        return real(target, *args, **kwargs)

    monkeypatch.setattr(engine, "check_target", failing)
    with pytest.raises(ValueError, match="cannot check") as caught:
        lint([str(workspace)], Config(root=workspace), Selection(), jobs=2)
    # The worker's own traceback travels with the error, for CXKIT_DEBUG reports.
    assert any("in a lint worker process" in note and "failing" in note for note in caught.value.__notes__)


def test_per_file_ignores_compiled_once_match_as_gitignore_globs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Read as `exclude` reads its patterns (cxkit.globs): `*` within one folder, `**/` zero or more
    # folders, "/x" anchored at the config's folder, other patterns at any depth; a pattern also
    # covers what is under a folder it names.  (This test used to expect fnmatch's `*`, which
    # crossed `/`: "drafts/*.yaml" took drafts/sub/ola.yaml; tester11 F2.)
    from cxkit.lint.engine import PerFileIgnores, build_ruleset

    patterns = {"drafts/*.yaml": ["CX101"], "/personas/ola.yaml": ["placeholder"], "**/archiwum/*": ["CX4"], "*.yml": ["all"]}
    config = Config(root=tmp_path, per_file_ignores=patterns)
    known = build_ruleset(Config(root=tmp_path)).known
    ignores = PerFileIgnores(config, known)
    monkeypatch.chdir(tmp_path)  # the paths below are shown from the config's folder
    matched = {
        "drafts/ola.yaml": ["drafts/*.yaml"], "team/drafts/ola.yaml": ["drafts/*.yaml"],
        "personas/ola.yaml": ["/personas/ola.yaml"], "x/personas/ola.yaml": [],
        "a/archiwum/b.yaml": ["**/archiwum/*"], "archiwum/b.yaml": ["**/archiwum/*"], "a/archiwum/c/d.yaml": ["**/archiwum/*"],
        "drafts/sub/ola.yaml": [], "ola.yml": ["*.yml"], "DRAFTS/ola.yaml": [],
        str(tmp_path / "drafts" / "kasia.yaml"): ["drafts/*.yaml"],
    }
    for path, hits in matched.items():
        expected: set[str] = set()
        for pattern in hits:
            for sel in patterns[pattern]:
                expected |= set(engine.resolve_selector(sel, known))
        assert ignores(path) == expected, path
    assert ignores("drafts/ola.yaml") >= {"pseudo-profiling"}


def test_workers_started_by_spawn_agree_with_one_process(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # macOS and Windows start workers by spawn: nothing is inherited, everything they need is sent.
    import multiprocessing

    serial = _rows(workspace, 1)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert _rows(workspace, 2) == serial


def _spawn_with(monkeypatch: pytest.MonkeyPatch, target=None) -> list[tuple]:
    """Force spawn (as on Windows), record each worker's start arguments, and optionally swap its target."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    real = context.Process
    started: list[tuple] = []

    def recording(*args, **kwargs):
        started.append(kwargs["args"])
        if target is not None:
            kwargs["target"] = target
        return real(*args, **kwargs)

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.setattr(context, "Process", recording)
    return started


def test_a_spawned_worker_is_sent_only_its_own_share(workspace: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Spawned workers inherit nothing: each used to be sent every batch (every file's bytes, with the
    # cache on). Now each is sent its own share; the main process keeps the first share to itself.
    serial = _rows(workspace, 1)
    started = _spawn_with(monkeypatch)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))  # the cache reads every file's bytes first
    with_cache = lint([str(workspace)], Config(root=workspace), Selection(), jobs=3, cache=True)
    assert [(f.path, f.line, f.column, f.code, f.message) for f in with_cache.findings] == serial
    assert len(started) == 2
    sent = [target.display for args in started for batch in args[2] for target, content in batch]
    assert all(content is not None for args in started for batch in args[2] for _t, content in batch)
    assert len(sent) == len(set(sent))  # no file is sent twice
    assert 0 < len(sent) < 121 * 3 // 4  # and the main process's share is not sent at all


def test_a_spawned_worker_that_dies_loses_no_file_and_hangs_nothing(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    import spawn_helpers

    serial = _rows(workspace, 1)
    _spawn_with(monkeypatch, target=spawn_helpers.worker_that_dies)
    start = time.monotonic()
    assert _rows(workspace, 3) == serial  # the batches the dead workers took are checked again
    assert time.monotonic() - start < 60


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's wait is missing


@pytest.mark.skipif(not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL"])
def test_workers_never_outlive_a_killed_run(workspace: Path, how: str) -> None:
    # An editor cancels a lint run by killing it: no worker may stay behind, blocked on a pipe.
    import signal
    import subprocess
    import sys
    import time

    proc = subprocess.Popen(
        [sys.executable, "-m", "cxkit", "lint", "--no-cache", "--jobs", "2", str(workspace)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    workers: list[int] = []
    while not workers and proc.poll() is None and time.monotonic() < deadline:
        workers = _children(proc.pid)
        time.sleep(0.002)
    if not workers:
        proc.wait()
        pytest.skip("the run ended before its worker could be seen")
    proc.send_signal(getattr(signal, how))
    assert proc.wait(timeout=30) in (-getattr(signal, how), 128 + getattr(signal, how))
    deadline = time.monotonic() + 20
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []
    assert b"Traceback" not in proc.stderr.read()


def test_a_large_workspace_reports_every_finding_cold_warm_and_after_an_edit(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The engine lets each file's bytes go once it is checked and keeps this run's cache entries in
    # their written form: nothing a later run or this one reports may go missing on the way.
    import shutil

    copy = tmp_path / "ws"
    shutil.copytree(workspace, copy)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))

    def rows(jobs: int, cache: bool) -> tuple[list[tuple], int]:
        result = lint([str(copy)], Config(root=copy), Selection(), jobs=jobs, cache=cache)
        assert result.files_checked == 121
        return [(f.path, f.line, f.column, f.code, f.message) for f in result.findings], result.cached_files

    serial, _ = rows(1, False)
    assert len({row[0] for row in serial}) > 30 and {"CX101", "CX203"} <= {row[3] for row in serial}
    assert rows(2, True) == (serial, 0)  # cold: every file checked, every entry stored
    assert rows(1, True)[0] == serial  # warm
    journey = next(copy.glob("team-01/journeys/*.yaml"))
    for jobs, note in ((1, "przejrzeć po warsztacie"), (2, "uzupełnić cytaty z wywiadów")):
        with journey.open("a", encoding="utf-8") as fh:
            fh.write(f"# notatka: {note}\n")
        assert rows(jobs, True) == (serial, 120)  # the other files' stored results, read back
