"""The lint cache kept between CI jobs, and a cache that cannot be written (tester20 H2, L9).

H2: the cache key held the path and modification time of every installed cxkit source file, and
the config file's absolute path. CI installs cxkit afresh in every job and GitLab checks out into
a new build folder, so a cache restored from an earlier job never answered. Now cxkit counts by its
version and the bytes of its files, the config by its name and bytes.
L9: a full disk kept `.cxkit_cache/` from being written without a word; now one warning says so (a
read-only checkout stays silent).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import cxkit
from conftest import NEGATIVE_PL, PERSONA_PL, run_cli

#: A persona with a finding of its own (an age in words) beside the clean workspace.
BROKEN = PERSONA_PL.replace("id: tomek-audiofil", "id: ola-z-bydgoszczy", 1).replace(
    "name: Tomek Wiśniewski", "name: Aleksandra Kowal", 1)


def _age_in_words(text: str) -> str:
    import re

    return re.sub(r"(?m)^(\s+age:) .*$", r"\1 trzydzieści", text, count=1)


def make_workspace(top: Path) -> Path:
    ws = top / "sklep"
    (ws / "personas").mkdir(parents=True)
    (ws / "cxkit.toml").write_text('lang = "pl"\n\n[per-file-ignores]\n"personas/stara-*.yaml" = ["CX1"]\n',
                                   encoding="utf-8")
    (ws / "personas/tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (ws / "personas/janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    (ws / "personas/ola.yaml").write_text(_age_in_words(BROKEN), encoding="utf-8")
    return ws


def install(source: Path, where: Path) -> Path:
    """A copy of the cxkit package as pip would write it: the same bytes, new times and a new place."""
    shutil.copytree(source, where / "cxkit", copy_function=shutil.copyfile,
                    ignore=shutil.ignore_patterns("__pycache__"))
    return where


def entries(cache: Path) -> set[str]:
    keys: set[str] = set()
    for name in ("files-v1.json", "runs-v1.json"):
        keys |= set(json.loads((cache / name).read_text(encoding="utf-8")))
    return keys


def run(site: Path, cwd: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "CXKIT_", "PYTHON"))}
    env.update(PYTHONPATH=str(site), CXKIT_CACHE_DIR=str(cache), CXKIT_SETTLE_SECONDS="0", NO_COLOR="1",
               COLUMNS="120", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, "-m", "cxkit", "lint", "-j", "1", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def installs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    source = Path(cxkit.__file__).resolve().parent
    top = tmp_path_factory.mktemp("installs")
    first = install(source, top / "venv-job1")
    second = install(source, top / "venv-job2")
    return first, second


def test_a_fresh_install_of_the_same_cxkit_uses_the_cache_an_earlier_job_kept(tmp_path, installs):
    first, second = installs
    ws, cache = make_workspace(tmp_path), tmp_path / "ci-cache"
    job1 = run(first, ws, cache, "-f", "json")
    assert job1.returncode == 1 and job1.stderr == "" and json.loads(job1.stdout)
    kept = entries(cache)
    job2 = run(second, ws, cache, "-f", "json")
    assert (job2.returncode, job2.stdout, job2.stderr) == (1, job1.stdout, "")
    # Answered from the cache: nothing of the second install's was added (before, a full second set).
    assert entries(cache) == kept


def test_a_changed_byte_of_cxkit_makes_its_cached_results_unused(tmp_path, installs):
    # Guard against the other mistake: same size and the same modification time, one byte changed.
    first, _second = installs
    site = install(first / "cxkit", tmp_path / "venv-dev")
    ws, cache = make_workspace(tmp_path), tmp_path / "ci-cache"
    assert run(site, ws, cache, "-f", "json").returncode == 1
    kept = entries(cache)
    source = site / "cxkit/lint/cache.py"
    text = source.read_bytes()
    assert b"re-lints in a blink" in text
    before = source.stat()
    source.write_bytes(text.replace(b"re-lints in a blink", b"re-lints in a BLINK", 1))
    os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert source.stat().st_size == before.st_size
    again = run(site, ws, cache, "-f", "json")
    assert again.returncode == 1 and again.stderr == ""
    assert entries(cache) - kept, "results of the old code were used"


def test_a_checkout_at_another_path_uses_its_cache_and_names_its_own_files(tmp_path, monkeypatch):
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    monkeypatch.setenv("COLUMNS", "120")
    old = make_workspace(tmp_path / "builds/0/sklep")
    monkeypatch.chdir(old)
    first = {f: run_cli("lint", "-j", "1", "-f", f) for f in ("text", "json", "gitlab", "sarif")}
    assert first["json"].exit_code == 1 and first["json"].findings
    # GitLab's next job: the checkout and the restored `.cxkit_cache/` in another build folder.
    new = tmp_path / "builds/1/sklep/sklep"
    shutil.copytree(old, new)
    shutil.rmtree(old)
    monkeypatch.chdir(new)
    from cxkit.config import load_config
    from cxkit.lint.engine import lint

    assert lint(["."], load_config(), jobs=1, cache=True).cached_files == 3
    for name, before in first.items():
        now = run_cli("lint", "-j", "1", "-f", name)
        fresh = run_cli("lint", "-j", "1", "--no-cache", "-f", name)
        assert (now.exit_code, now.stdout, now.stderr) == (fresh.exit_code, fresh.stdout, fresh.stderr) == (
            1, fresh.stdout, "")
        if name == "sarif":  # the one report that names the checkout's place: the new one
            assert str(new) in now.stdout and str(old) not in now.stdout
        else:
            assert now.stdout == before.stdout
    # A path named absolute names the new place too.
    named = run_cli("lint", "-j", "1", "-f", "json", str(new / "personas"))
    assert named.stdout == run_cli("lint", "-j", "1", "--no-cache", "-f", "json", str(new / "personas")).stdout
    assert f"{new}/personas/ola.yaml" in {f["path"] for f in named.findings}


def test_the_cache_is_not_shared_between_folders_of_the_workspace_that_name_files_alike(tmp_path, monkeypatch):
    # Guard: the config counts by its name and the current folder's place under it, so `ola.yaml`
    # run from personas/ and from archiwum/ (where `per-file-ignores` differ) are not one key.
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    ws = make_workspace(tmp_path)
    (ws / "archiwum").mkdir()
    (ws / "cxkit.toml").write_text('lang = "pl"\n\n[per-file-ignores]\n"archiwum/*" = ["schema"]\n', encoding="utf-8")
    shutil.copy(ws / "personas/ola.yaml", ws / "archiwum/ola.yaml")
    monkeypatch.chdir(ws / "personas")
    assert "schema" in run_cli("lint", "-j", "1", "-f", "json", "ola.yaml").rules()
    monkeypatch.chdir(ws / "archiwum")
    assert "schema" not in run_cli("lint", "-j", "1", "-f", "json", "ola.yaml").rules()


# --- L9 ------------------------------------------------------------------------------------------

@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch):
    from cxkit import fsutil
    from cxkit.lint import cache

    def write_atomic(path, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(fsutil, "write_atomic", write_atomic)
    monkeypatch.setattr(cache, "_WARNED", set())
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)


def test_a_full_disk_under_the_default_cache_is_one_warning(tmp_path, monkeypatch, full_disk):
    ws = make_workspace(tmp_path)
    monkeypatch.chdir(ws / "personas")
    expected = run_cli("lint", "-j", "1", "--no-cache", "-q")
    result = run_cli("lint", "-j", "1", "-q")
    assert (result.exit_code, result.stdout) == (expected.exit_code, expected.stdout) == (1, expected.stdout)
    # The workspace is Polish, and so is the warning, the system's words as they are (s38).
    assert result.stderr == ("cxkit: ostrzeżenie: nie można zapisać pamięci podręcznej lint w ../.cxkit_cache (No space left "
                             "on device); polecenie wykonano bez niej\n")


def test_a_full_disk_under_fmt_is_one_warning(tmp_path, monkeypatch, full_disk):
    ws = make_workspace(tmp_path)
    (ws / "personas/ola.yaml").unlink()
    monkeypatch.chdir(ws)
    result = run_cli("fmt", "--check", "-j", "1")
    assert result.exit_code == 0
    assert ("cxkit: ostrzeżenie: nie można zapisać pamięci podręcznej fmt w .cxkit_cache (No space left on device); "
            "polecenie wykonano bez niej") in result.stderr.splitlines()  # the workspace is Polish, and so is the cache's warning (s38)


def test_a_read_only_checkout_still_lints_without_a_word(tmp_path, monkeypatch):
    # Guard: a checkout that may not be written (here every write fails as on a read-only file system)
    # is not told of: it lints as it always has.
    from cxkit import fsutil

    def write_atomic(path, *args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    monkeypatch.setattr(fsutil, "write_atomic", write_atomic)
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    monkeypatch.chdir(make_workspace(tmp_path))
    result = run_cli("lint", "-j", "1", "-q")
    assert result.exit_code == 1 and result.stderr == ""
