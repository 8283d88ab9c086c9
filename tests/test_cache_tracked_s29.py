"""A cache folder the checkout brings is never trusted.

The lint cache answers "no findings" for bytes anyone can hash, so a pull request that commits its own
`.cxkit_cache/files-v1.json` (`git add -f`, past the folder's own `.gitignore`) made `cxkit lint` pass a
persona with a stale review in a fresh clone, as CI makes one; a committed `fmt-v1.json` did the same
for `fmt --check`, and a committed `.cxkit_cache` link sent the cache (reads and writes) into any folder.
Now a cache folder git tracks anything in, or does not ignore, and a `.cxkit_cache` that is a link, are
neither read nor written, with one warning on stderr; reports stay as they are.  Real processes and
real clones, as CI runs them.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from git_helpers import Repo

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links and git")

TOML = """\
paths = ["personas"]
lang = "pl"
fail-level = "warning"
"""

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pl" / "personas"


def _example(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


#: The pull request's persona: a copy of an example under another id and name, last reviewed in 2019.
NEW = re.sub(r"(?m)^reviewed: .*$", "reviewed: 2019-01-01", re.sub(r"(?m)^name: .*$", "name: Bartek Zły", re.sub(
    r"(?m)^id: .*$", "id: bartek-zly", _example("agnieszka-studio-podcastow.yaml"))))

# The workspace is Polish, and so is the warning (session 38; test_polish_notes_s38 has it in English).
WARNING = re.compile(r"cxkit: ostrzeżenie: folder pamięci podręcznej \S+ nie jest używany \(([^)]*)\)")


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "CXKIT_TODAY": "2026-12-06", "NO_COLOR": "1",
           "COLUMNS": "120", "CXKIT_SETTLE_SECONDS": "0", "HOME": os.environ.get("HOME", "/root"),
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}
    if os.environ.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    env.update(extra or {})
    return env


def _cxkit(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=_env(env))


def _rules(proc: subprocess.CompletedProcess[str]) -> list[tuple[str, str]]:
    assert proc.returncode in (0, 1), proc.stderr
    return sorted((f["path"], f["rule"]) for f in json.loads(proc.stdout))


def _base(tmp_path: Path) -> Repo:
    repo = Repo(tmp_path / "upstream")
    repo.write("cxkit.toml", TOML)
    for example in sorted(EXAMPLES.glob("*.yaml")):
        repo.write(f"personas/{example.name}", example.read_text(encoding="utf-8"))
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "personas")
    return repo


def _clone(repo: Repo, into: Path) -> Path:
    subprocess.run(["git", "clone", "-q", str(repo.root), str(into)], check=True, env=repo.env, capture_output=True)
    return into


def _poisoned_files_cache(repo: Repo) -> None:
    """The pull request: a persona with a stale review, and a cache file saying it has no findings."""
    repo.write("personas/bartek.yaml", NEW)
    first = _cxkit(repo.root, "lint", "--format", "json")
    assert ("personas/bartek.yaml", "stale-review") in _rules(first)
    cache = repo.root / ".cxkit_cache" / "files-v1.json"
    lines = cache.read_text(encoding="utf-8").split("\n")
    poisoned = [re.sub(r'"f":\[\[.*?\]\]', '"f":[]', line) if '"p":"personas/bartek.yaml"' in line else line
                for line in lines]
    assert poisoned != lines
    cache.write_text("\n".join(poisoned), encoding="utf-8")
    repo.git("add", "personas/bartek.yaml")
    repo.git("add", "-f", ".cxkit_cache/files-v1.json")
    repo.git("commit", "-q", "-m", "Nowa persona: Bartek")


def test_a_committed_lint_cache_does_not_hide_the_findings_in_a_fresh_clone(tmp_path: Path) -> None:
    repo = _base(tmp_path)
    _poisoned_files_cache(repo)
    ci = _clone(repo, tmp_path / "ci")
    proc = _cxkit(ci, "lint", "--format", "json")
    assert ("personas/bartek.yaml", "stale-review") in _rules(proc)
    assert proc.returncode == 1
    said = WARNING.findall(proc.stderr)
    assert said == ["git śledzi w nim pliki albo go nie ignoruje, więc jego zawartość może pochodzić z kopii roboczej"], proc.stderr
    assert "git rm -r --cached .cxkit_cache" in proc.stderr
    # The committed file is left as the checkout has it: not read, not rewritten.
    assert subprocess.run(["git", "status", "--porcelain"], cwd=ci, capture_output=True, text=True).stdout == ""
    # Every report is as without the cache; the warning is on stderr only.
    for fmt in ("sarif", "junit", "github"):
        cached, plain = _cxkit(ci, "lint", "--format", fmt), _cxkit(ci, "lint", "--format", fmt, "--no-cache")
        assert cached.stdout == plain.stdout and cached.returncode == plain.returncode == 1, fmt
        assert "is not used" not in cached.stdout


def test_a_cache_folder_git_ignores_is_used_warm_without_a_word(tmp_path: Path) -> None:
    # Guard: the ordinary cache, made by cxkit and ignored by its own .gitignore, serves the next run.
    repo = _base(tmp_path)
    first = _cxkit(repo.root, "lint", "--format", "json")
    again = _cxkit(repo.root, "lint", "--format", "json")
    assert first.stdout == again.stdout and "cache" not in again.stderr
    runs = json.loads((repo.root / ".cxkit_cache" / "runs-v1.json").read_text(encoding="utf-8"))
    assert runs, "the run was kept"


def test_the_warm_run_asks_git_no_more_than_before(tmp_path: Path) -> None:
    # The cache folder's standing comes with the `git ls-files` the folder scan runs anyway.
    repo = _base(tmp_path)
    repo.write("cxkit.toml", TOML.replace('paths = ["personas"]', 'paths = ["personas", "journeys"]'))
    (repo.root / "journeys").mkdir()
    log = tmp_path / "git.log"
    wrapper = tmp_path / "bin" / "git"
    wrapper.parent.mkdir()
    real = subprocess.run(["sh", "-c", "command -v git"], capture_output=True, text=True).stdout.strip()
    wrapper.write_text(f'#!/bin/sh\necho "$*" >> {log}\nexec {real} "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    path = {"PATH": f"{wrapper.parent}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}"}
    _cxkit(repo.root, "lint", "--format", "json", env=path)
    log.unlink()
    proc = _cxkit(repo.root, "lint", "--format", "json", env=path)
    assert "cache" not in proc.stderr
    calls = log.read_text(encoding="utf-8").splitlines()
    # each call is `git [--no-pager -c ...=...]... ls-files ...`: the options that run no program (fbf24db2) come first
    commands = [re.sub(r"^(?:--no-pager |-c \S+ )*", "", c) for c in calls]
    assert len(calls) == 2 and all(c.startswith("ls-files ") for c in commands), calls


def test_a_committed_fmt_cache_does_not_pass_an_unformatted_file(tmp_path: Path) -> None:
    repo = _base(tmp_path)
    kamil = _example("kamil-kupuje-pod-promocje.yaml")
    messy = kamil.replace("id: kamil-kupuje-pod-promocje\nname: Kamil Rudnik\n", "name: Kamil Rudnik\nid: kamil-kupuje-pod-promocje\n")
    assert messy != kamil
    repo.write("personas/kamil-kupuje-pod-promocje.yaml", messy)
    assert _cxkit(repo.root, "fmt", "--check").returncode == 1
    # The key of the messy bytes, as anyone can work it out offline for this cxkit and this config.
    from cxkit.lint.cache import FmtCache  # the cxkit the processes below run (PYTHONPATH too)

    cache = repo.root / ".cxkit_cache"
    cache.mkdir(exist_ok=True)
    toml = repo.root / "cxkit.toml"
    key = FmtCache(cache, toml, toml.read_bytes()).key(messy.encode("utf-8"))
    (cache / "fmt-v1.json").write_text(json.dumps([key]), encoding="utf-8")
    repo.git("add", "personas/kamil-kupuje-pod-promocje.yaml")
    repo.git("add", "-f", ".cxkit_cache/fmt-v1.json")
    repo.git("commit", "-q", "-m", "Kamil: drobne poprawki")
    ci = _clone(repo, tmp_path / "ci")
    proc = _cxkit(ci, "fmt", "--check")
    assert proc.returncode == 1, proc.stderr
    assert "do przeformatowania: personas/kamil-kupuje-pod-promocje.yaml" in proc.stderr
    assert len(WARNING.findall(proc.stderr)) == 1


def test_a_cache_folder_that_is_a_committed_link_is_neither_read_nor_written(tmp_path: Path) -> None:
    # The link leads to a folder holding a cache that says the new persona is clean.
    repo = _base(tmp_path)
    elsewhere = tmp_path / "runner-cache"
    repo.write("personas/bartek.yaml", NEW)
    _cxkit(repo.root, "lint", "--format", "json", env={"CXKIT_CACHE_DIR": str(elsewhere)})
    files = elsewhere / "files-v1.json"
    files.write_text(re.sub(r'("p":"personas/bartek.yaml"[^\n]*?)"f":\[\[.*?\]\]', r'\1"f":[]',
                            files.read_text(encoding="utf-8")), encoding="utf-8")
    before = {p.name: p.stat().st_mtime_ns for p in elsewhere.iterdir()}
    (repo.root / ".cxkit_cache").symlink_to(elsewhere)
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "Nowa persona")
    ci = _clone(repo, tmp_path / "ci")
    proc = _cxkit(ci, "lint", "--format", "json")
    assert ("personas/bartek.yaml", "stale-review") in _rules(proc)
    assert WARNING.findall(proc.stderr) == ["to dowiązanie symboliczne, a kopia robocza może je skierować dokądkolwiek"]
    assert {p.name: p.stat().st_mtime_ns for p in elsewhere.iterdir()} == before  # nothing written there
    assert _cxkit(ci, "fmt", "--check").returncode == 0
    assert {p.name: p.stat().st_mtime_ns for p in elsewhere.iterdir()} == before


def test_a_cache_dir_the_user_names_may_be_a_link(tmp_path: Path) -> None:
    # CXKIT_CACHE_DIR is the user's own choice: a link there (a bigger disk) is followed, as before.
    repo = _base(tmp_path)
    disk = tmp_path / "big-disk" / "cxkit"
    disk.mkdir(parents=True)
    link = tmp_path / "cache-link"
    link.symlink_to(disk)
    proc = _cxkit(repo.root, "lint", "--format", "json", env={"CXKIT_CACHE_DIR": str(link)})
    assert "cache" not in proc.stderr
    assert (disk / "runs-v1.json").is_file() and link.is_symlink()


def test_a_cache_dir_the_user_names_inside_the_checkout_must_be_ignored_by_git(tmp_path: Path) -> None:
    # `CXKIT_CACHE_DIR: ci-cache` in a workflow, and a pull request that commits ci-cache/ with its answers.
    repo = _base(tmp_path)
    _cxkit(repo.root, "lint", "--format", "json", env={"CXKIT_CACHE_DIR": "ci-cache"})
    repo.write("personas/bartek.yaml", NEW)
    _cxkit(repo.root, "lint", "--format", "json", env={"CXKIT_CACHE_DIR": "ci-cache"})
    files = repo.root / "ci-cache" / "files-v1.json"
    files.write_text(re.sub(r'("p":"personas/bartek.yaml"[^\n]*?)"f":\[\[.*?\]\]', r'\1"f":[]',
                            files.read_text(encoding="utf-8")), encoding="utf-8")
    repo.git("add", "-A")
    repo.git("add", "-f", "ci-cache/files-v1.json")
    repo.git("commit", "-q", "-m", "x")
    ci = _clone(repo, tmp_path / "ci")
    proc = _cxkit(ci, "lint", "--format", "json", env={"CXKIT_CACHE_DIR": "ci-cache"})
    assert ("personas/bartek.yaml", "stale-review") in _rules(proc)
    assert "ustaw CXKIT_CACHE_DIR na folder poza kopią roboczą" in proc.stderr  # the workspace is Polish, and so is the cache's warning (s38)


def test_cache_clear_does_not_delete_through_a_linked_cache_folder(tmp_path: Path) -> None:
    repo = _base(tmp_path)
    elsewhere = tmp_path / "runner-cache"
    _cxkit(repo.root, "lint", "--format", "json", env={"CXKIT_CACHE_DIR": str(elsewhere)})
    kept = sorted(p.name for p in elsewhere.iterdir())
    assert "files-v1.json" in kept
    (repo.root / ".cxkit_cache").symlink_to(elsewhere)
    proc = _cxkit(repo.root, "cache", "clear")
    assert proc.returncode == 0
    assert f".cxkit_cache to dowiązanie symboliczne (do {elsewhere}), którego cxkit nigdy nie używa jako pamięci podręcznej" in proc.stderr  # the workspace is Polish, and so is the cache's warning (s38)
    assert sorted(p.name for p in elsewhere.iterdir()) == kept
    # Named by CXKIT_CACHE_DIR, the folder is the user's cache, cleared as before.
    proc = _cxkit(repo.root, "cache", "clear", env={"CXKIT_CACHE_DIR": str(elsewhere)})
    assert proc.returncode == 0 and proc.stdout.startswith("usunięto ") and not elsewhere.exists()
