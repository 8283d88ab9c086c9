"""A repository's own git config never makes cxkit run a program (session 36).

git runs programs a repository's `.git/config` names: `core.fsmonitor` on `ls-files`, `status` and
`diff`; hooks (`post-index-change` when `git status` refreshes the index); the clean filter a
`filter=NAME` attribute selects, on every file whose stat changed; textconv and external diff drivers;
and, in a partial clone, the whole transport (`remote.*.uploadpack`, `core.sshCommand`...) to fetch an
object it lacks.  An archive someone sends, with its `.git` folder, is owned by whoever unpacks it, so
git's ownership check (`safe.directory`) does not stop any of it.  Before this session `cxkit lint`
(its scan asks git what it ignores) started the planted `core.fsmonitor`, and `cxkit review` and
`cxkit diff` started the fsmonitor, the hook and the clean filter too.

Every test plants the programs in a throwaway repository, checks that plain git does run them there
(so the test can fail), then runs cxkit and checks that none of them ran: each program would write its
name into a log file.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import JOURNEY_PL, PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import TOMEK_GDANSK, Repo, needs_git, work_in

pytestmark = [needs_git, pytest.mark.skipif(os.name == "nt", reason="the planted programs are shell scripts")]

#: The settings whose value is a command, each given its own planted program.
COMMANDS = {
    "core.fsmonitor": "fsmonitor",
    "filter.zle.clean": "filter-clean",
    "filter.zle.smudge": "filter-smudge",
    "diff.zle.textconv": "textconv",
    "diff.zle.command": "diff-command",
    "diff.external": "diff-external",
    "core.pager": "core-pager",
    "pager.diff": "pager-diff",
    "pager.status": "pager-status",
    "core.askPass": "askpass",
    "core.sshCommand": "ssh-command",
    "credential.helper": "!credential-helper",
    "gpg.program": "gpg",
}
HOOKS = ("post-index-change", "reference-transaction", "pre-auto-gc", "post-checkout", "pre-commit", "post-commit",
         "fsmonitor-watchman", "post-rewrite", "pre-push")


def program(bin_dir: Path, log: Path, name: str) -> str:
    """An executable that appends its name to ``log`` and passes its input through (a filter that changes
    nothing, so git goes on as usual); its path."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    path = bin_dir / name
    path.write_text(f"#!/bin/sh\necho {name} >> '{log}'\n[ $# -gt 0 ] || exec cat\n[ -f \"$1\" ] && exec cat \"$1\"\nexit 1\n", encoding="utf-8")
    path.chmod(0o755)
    return str(path)


def plant(repo_root: Path, log: Path, git_dir: Path | None = None) -> None:
    """Every program-naming setting in the repository's own config (``git_dir``: its git folder, when it is
    not ``repo_root/.git``), with a hook folder holding every hook, and `filter=zle diff=zle` for every
    file in its `info/attributes` (as an archive's `.git` could carry them)."""
    git_dir = git_dir or repo_root / ".git"
    bin_dir = log.parent / "planted"
    for key, name in COMMANDS.items():
        bang = name.startswith("!")
        path = program(bin_dir, log, name.lstrip("!"))
        subprocess.run(["git", "config", "--file", str(git_dir / "config"), key, f"!{path}" if bang else path],
                       check=True)
    subprocess.run(["git", "config", "--file", str(git_dir / "config"), "filter.zle.required", "true"], check=True)
    hooks = log.parent / "hooks"
    for hook in HOOKS:
        program(hooks, log, hook)
    subprocess.run(["git", "config", "--file", str(git_dir / "config"), "core.hooksPath", str(hooks)], check=True)
    (git_dir / "info").mkdir(exist_ok=True)
    (git_dir / "info" / "attributes").write_text("* filter=zle diff=zle\n", encoding="utf-8")


def ran(log: Path) -> list[str]:
    return sorted(set(log.read_text(encoding="utf-8").split())) if log.exists() else []


def restat(root: Path) -> None:
    """Every YAML file rewritten as it is, a second later: git must read each again (and filter it)."""
    for path in root.rglob("*.yaml"):
        if ".git" in path.parts:
            continue
        path.write_bytes(path.read_bytes())
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


@pytest.fixture
def planted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Repo, Path]:
    """A team's repository of two commits (Tomek's persona edited in the second, a journey added) with a
    third edit not committed, every program planted in its config; the current folder of the test."""
    log = tmp_path / "ran.log"
    repo = Repo(tmp_path / "zespol")
    repo.write("cxkit.toml", 'lang = "pl"\n')
    repo.write("personas/tomek.yaml", PERSONA_PL)
    repo.write("personas/maya.yaml", PERSONA_EN)
    repo.commit("Persony")
    repo.write("personas/tomek.yaml", TOMEK_GDANSK)
    repo.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    repo.commit("Tomek w Gdańsku, jego ścieżka")
    repo.write("personas/maya.yaml", PERSONA_EN.replace("location: Leeds", "location: York"))
    plant(repo.root, log)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    work_in(monkeypatch, repo.root, repo.env, COLUMNS="100", NO_COLOR="1")
    return repo, log


def test_plain_git_runs_the_planted_programs(planted):
    """The control: without cxkit's settings, git starts the fsmonitor, the clean filter, the hook and textconv."""
    repo, log = planted
    restat(repo.root)
    repo.git("status", "--porcelain")
    repo.git("diff", "HEAD")
    repo.git("diff", "--no-ext-diff", "HEAD")
    assert {"fsmonitor", "filter-clean", "post-index-change", "diff-command", "textconv"} <= set(ran(log))


@pytest.mark.parametrize("args, code", [
    (("lint",), 1),
    (("lint", "personas"), 1),
    (("lint", "--no-cache", "personas/tomek.yaml", "journeys"), 1),
    (("lint", "--files-from", "../lista.txt"), 1),
])
def test_lint_runs_none_of_them(planted, args, code):
    repo, log = planted
    restat(repo.root)
    (repo.root.parent / "lista.txt").write_text("personas/tomek.yaml\npersonas/maya.yaml\n", encoding="utf-8")
    result = run_cli(*args)
    assert result.exception is None, result.exception
    assert result.exit_code == code, result.stderr
    assert "tomek.yaml" in result.stdout
    assert ran(log) == []


@pytest.mark.parametrize("args, code", [((), 1), (("HEAD~1",), 1), (("--cached",), 0), (("HEAD~1", "HEAD"), 1),
                                        (("HEAD~1", "--", "personas"), 1)])
def test_diff_runs_none_of_them(planted, args, code):
    repo, log = planted
    restat(repo.root)
    result = run_cli("diff", *args)
    assert result.exception is None, result.exception
    assert result.exit_code == code, result.stderr  # nothing is staged: `--cached` finds nothing
    assert ran(log) == []


def test_review_runs_none_of_them(planted):
    repo, log = planted
    restat(repo.root)
    result = run_cli("review", "HEAD~1")
    assert result.exception is None, result.exception
    assert result.exit_code in (0, 1), result.stderr
    assert "tomek" in result.stdout
    assert ran(log) == []


def test_render_of_a_revision_runs_none_of_them(planted):
    repo, log = planted
    result = run_cli("render", "HEAD~1:personas/tomek.yaml", "-f", "md")
    assert result.exception is None, result.exception
    assert result.exit_code == 0, result.stderr
    assert "Kraków" in result.stdout
    assert ran(log) == []


def test_a_review_in_the_cwd_of_a_submodule_with_its_own_planted_config(tmp_path, monkeypatch):
    """A submodule's clone has a config of its own: git would run its fsmonitor and filter from the
    superproject's `git status`, and cxkit reads the submodule's files through its clone."""
    log = tmp_path / "ran.log"
    agency = Repo(tmp_path / "agencja")
    agency.write("cxkit.toml", "")
    agency.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    client = Repo(agency.root / "klient")
    client.write("personas/tomek.yaml", PERSONA_PL)
    client.commit("Tomek")
    agency.git("add", "klient")
    agency.commit("Klient jako submoduł")
    client.write("personas/tomek.yaml", TOMEK_GDANSK)
    client.commit("Tomek w Gdańsku")
    agency.git("add", "klient")
    agency.commit("Nowy commit klienta")
    plant(client.root, log)
    restat(client.root)
    agency.git("status", "--porcelain")
    assert {"fsmonitor", "filter-clean"} <= set(ran(log))  # the control: git runs the submodule's programs
    log.unlink()
    work_in(monkeypatch, agency.root, agency.env)
    restat(client.root)
    result = run_cli("review", "HEAD~1")
    assert result.exception is None, result.exception
    assert result.exit_code in (0, 1), result.stderr
    assert "not read" not in result.stderr  # the submodule was read, through its clone
    assert ran(log) == []


@pytest.fixture
def blobless(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A partial clone (`--filter=blob:none`) of a team's repository, its working tree checked out (so it
    holds HEAD's files and not the first commit's), with `remote.origin.uploadpack` planted: fetching the
    first commit's Tomek would run it."""
    log = tmp_path / "ran.log"
    origin = Repo(tmp_path / "origin")
    origin.git("config", "uploadpack.allowFilter", "true")
    origin.git("config", "uploadpack.allowAnySHA1InWant", "true")
    origin.write("cxkit.toml", "")
    origin.write("personas/tomek.yaml", PERSONA_PL)
    origin.commit("Tomek")
    origin.write("personas/tomek.yaml", TOMEK_GDANSK)
    origin.commit("Tomek w Gdańsku")
    clone = tmp_path / "klon"
    subprocess.run(["git", "-c", "protocol.file.allow=always", "clone", "-q", "--filter=blob:none",
                    f"file://{origin.root}", str(clone)], check=True, env=origin.env, capture_output=True)
    subprocess.run(["git", "config", "remote.origin.uploadpack", program(tmp_path / "planted", log, "uploadpack")],
                   cwd=clone, check=True, env=origin.env)
    work_in(monkeypatch, clone, origin.env, COLUMNS="100")
    return clone, log


def test_plain_git_fetches_a_missing_object_of_a_partial_clone_through_the_planted_program(blobless):
    clone, log = blobless
    subprocess.run(["git", "cat-file", "-p", "HEAD~1:personas/tomek.yaml"], cwd=clone, capture_output=True)
    assert ran(log) == ["uploadpack"]


@pytest.mark.parametrize("args", [("review", "HEAD~1"), ("diff", "HEAD~1"), ("render", "HEAD~1:personas/tomek.yaml")])
def test_cxkit_fetches_nothing_and_says_the_clone_is_partial(blobless, args):
    _clone, log = blobless
    result = run_cli(*args)
    assert result.exception is None, result.exception
    assert result.exit_code == 2, result.stdout
    assert ran(log) == []
    assert "partial clone" in result.stderr, result.stderr


def test_a_long_running_filter_process_is_not_started_either(tmp_path, monkeypatch):
    """`filter.NAME.process` (git-lfs's way) is started once for the whole command, by `git status` and
    `git diff` of the working tree as a clean filter is."""
    log = tmp_path / "ran.log"
    repo = Repo(tmp_path / "zespol")
    repo.write("cxkit.toml", "")
    repo.write("personas/maya.yaml", PERSONA_EN)
    repo.write("personas/tomek.yaml", PERSONA_PL)  # unchanged: only its stat, which makes git read it again
    repo.commit("Maya")
    repo.write("personas/maya.yaml", PERSONA_EN.replace("location: Leeds", "location: York"))
    repo.git("config", "filter.lfs.process", program(tmp_path / "planted", log, "filter-process"))
    (repo.root / ".git" / "info" / "attributes").write_text("*.yaml filter=lfs\n", encoding="utf-8")
    restat(repo.root)
    repo.git("status", "--porcelain", check=False)  # the control
    assert ran(log) == ["filter-process"]
    log.unlink()
    work_in(monkeypatch, repo.root, repo.env, COLUMNS="100")
    result = run_cli("diff", "--format", "json")
    assert result.exception is None, result.exception
    assert (result.exit_code, result.stderr) == (1, "")
    assert "York" in result.stdout
    assert ran(log) == []
