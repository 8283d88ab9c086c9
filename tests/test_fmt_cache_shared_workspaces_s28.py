"""`cxkit fmt` over a monorepo whose workspaces share one CXKIT_CACHE_DIR.

As `cxkit lint` did before it shared one store a run: each client workspace's fmt cache read the
whole shared fmt-v1.json and wrote it back, keeping room for its own files only, so above the floor
a warm `fmt --check` laid out the other clients' files again, every run.  And each workspace asked
git again what it ignores.  A run now shares one set of keys per cache folder (read once, written
once, sized by the whole run) and asks git once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import JOURNEY_PL, NEGATIVE_PL, PERSONA_PL, run_cli
from cxkit import commands_scaffold, discovery, fsutil
from cxkit.lint import cache
from git_helpers import HAS_GIT

CLIENTS = ("mleczarnia", "browar-zdroj", "apteka-zdrowie", "kino-lumiere")


def _client(top: Path, name: str) -> None:
    ws = top / "clients" / name
    (ws / "personas").mkdir(parents=True)
    (ws / "journeys").mkdir()
    # Each client's own config (its name in a comment): its fmt keys are its own.
    (ws / "cxkit.toml").write_text(f'# klient: {name}\nlang = "pl"\n', encoding="utf-8")
    (ws / "personas" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (ws / "personas" / "janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    (ws / "journeys" / "zakup.yaml").write_text(JOURNEY_PL, encoding="utf-8")


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Four clients, each its own workspace, laid out once, their fmt caches in one CI folder."""
    top = tmp_path / "agencja"
    top.mkdir()
    (top / "cxkit.toml").write_text('exclude = ["archive"]\n', encoding="utf-8")
    for name in CLIENTS:
        _client(top, name)
    monkeypatch.chdir(top)
    for name in ("GITHUB_ACTIONS", "CXKIT_DEBUG", "CXKIT_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.setenv("COLUMNS", "120")
    assert run_cli("fmt", "-j", "1", "--no-cache").exit_code == 0  # the files as the team keeps them
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "ci-cache"))
    return top


@pytest.fixture
def laid_out(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The shown path of every file fmt lays out (rather than knows from the cache)."""
    seen: list[str] = []
    real = commands_scaffold._lay_out_all

    def counting(targets, *args, **kwargs):
        seen.extend(t.display for t in targets)
        return real(targets, *args, **kwargs)

    monkeypatch.setattr(commands_scaffold, "_lay_out_all", counting)
    return seen


def _fmt(*args: str):
    result = run_cli("fmt", "-j", "1", *args)
    assert result.exception is None, repr(result.exception)
    return result


def test_a_second_check_knows_every_clients_files(agency, laid_out, monkeypatch):
    monkeypatch.setattr(cache, "_MIN_FILES", 4)  # twelve files over four clients: above the floor
    assert _fmt("--check").exit_code == 0
    assert len(laid_out) == 12
    laid_out.clear()
    for _ in range(2):
        assert _fmt("--check").exit_code == 0
        assert laid_out == []  # every client's files known; none evicted by another client's save


def test_one_client_changed_keeps_the_other_clients_known(agency, laid_out, monkeypatch):
    monkeypatch.setattr(cache, "_MIN_FILES", 4)
    _fmt("--check")
    laid_out.clear()
    (agency / "clients" / "kino-lumiere" / "personas" / "tomek.yaml").write_text(
        PERSONA_PL.replace("Tomek", "Tomasz"), encoding="utf-8")
    assert _fmt("--check").exit_code == 0
    assert laid_out == ["clients/kino-lumiere/personas/tomek.yaml"]
    laid_out.clear()
    _fmt("--check")
    assert laid_out == []


def test_the_shared_keys_are_read_once_and_written_once_a_run(agency, monkeypatch):
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
    _fmt("--check")  # cold: learns every file
    assert reads.count("fmt-v1.json") == 1 and writes.count("fmt-v1.json") == 1
    reads.clear(), writes.clear()
    _fmt("--check")  # warm: learns nothing, writes nothing
    assert reads.count("fmt-v1.json") == 1 and writes.count("fmt-v1.json") == 0


def test_outputs_with_a_shared_cache_equal_no_cache(agency):
    (agency / "clients" / "browar-zdroj" / "personas" / "tomek.yaml").write_text(
        PERSONA_PL.replace("\n  ", "\n    "), encoding="utf-8")  # four-space indents: off the layout
    (agency / "clients" / "apteka-zdrowie" / "journeys" / "zepsuta.yaml").write_text(
        "kind: journey\nid: [zepsuta\n", encoding="utf-8")  # one that does not parse
    plain = _fmt("--check", "--no-cache")
    assert plain.exit_code == 1 and "would reformat" in plain.stderr
    for where in ((), ("clients/mleczarnia", "clients/browar-zdroj"), ("clients/apteka-zdrowie",), ()):
        for _ in range(2):  # cold, then warm
            got, want = _fmt("--check", *where), _fmt("--check", "--no-cache", *where)
            assert (got.exit_code, got.stdout, got.stderr) == (want.exit_code, want.stdout, want.stderr)


@pytest.mark.skipif(not HAS_GIT, reason="git is not installed")
def test_git_is_asked_once_for_every_client(agency, monkeypatch):
    for name in CLIENTS:  # each client's export folder: a copy git ignores, never formatted
        ws = agency / "clients" / name
        (ws / ".gitignore").write_text("eksport/\n", encoding="utf-8")
        (ws / "eksport").mkdir()
        (ws / "eksport" / "tomek.yaml").write_text(PERSONA_PL.replace("\n  ", "\n    "), encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=agency, check=True, capture_output=True)
    asked: list[str] = []
    real = discovery.run_git

    def counting(args, **kwargs):
        if args[0] == "ls-files":
            asked.append(f"{Path(kwargs['cwd']).name}:{args[-1]}")
        return real(args, **kwargs)

    monkeypatch.setattr(discovery, "run_git", counting)
    for _ in range(2):
        result = _fmt("--check")
        assert result.exit_code == 0 and "eksport" not in result.stderr + result.stdout
        assert asked == ["agencja:."]
        asked.clear()


def test_parallel_runs_on_one_shared_cache_folder_leave_it_whole(agency, tmp_path, laid_out):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    procs = [
        subprocess.Popen([sys.executable, "-m", "cxkit", "fmt", "--check", "-j", "1", *where],
                         cwd=agency, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for where in ([], ["clients/mleczarnia"], ["clients/browar-zdroj", "clients/kino-lumiere"])
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs
    folder = tmp_path / "ci-cache"
    keys = json.loads((folder / "fmt-v1.json").read_text(encoding="utf-8"))
    assert isinstance(keys, list) and all(isinstance(k, str) and len(k) == 32 for k in keys)
    assert not [n for n in os.listdir(folder) if n.endswith(".tmp")]
    assert _fmt("--check").exit_code == 0 and laid_out == []  # every run's keys kept
