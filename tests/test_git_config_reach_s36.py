"""Program-naming git settings that reach cxkit by other ways than `.git/config` itself (session 36).

fbf24db2's tests plant every setting in the repository's config.  A checkout can also pull them in with
`include.path` / `includeIf` (a file beside the archive's `.git`), name a filter so that `-c` cannot
switch it off (`filter "a=b"`: `-c` splits at the first `=`, so cxkit sets it through GIT_CONFIG_COUNT),
and a user may have `GIT_CONFIG_COUNT` settings of their own in the environment, which must be kept.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import Repo, needs_git, work_in

pytestmark = [needs_git, pytest.mark.skipif(os.name == "nt", reason="the planted programs are shell scripts")]


def program(folder: Path, log: Path, name: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\necho {name} >> '{log}'\n[ $# -gt 0 ] || exec cat\nexit 1\n", encoding="utf-8")
    path.chmod(0o755)
    return str(path)


@pytest.fixture
def included(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Repo, Path]:
    """Maya committed in Leeds, moved to York in the working tree; the repository's config only includes
    `../wspolne.cfg` (by `include.path` and by `includeIf "gitdir:…"`), which names an fsmonitor, a hook
    folder and a filter process under the name `a=b`, selected for every YAML file."""
    log = tmp_path / "ran.log"
    repo = Repo(tmp_path / "zespol")
    repo.write("cxkit.toml", "")
    repo.write("personas/maya.yaml", PERSONA_EN)
    repo.write("personas/tomek.yaml", PERSONA_PL)
    repo.commit("Persony")
    repo.write("personas/maya.yaml", PERSONA_EN.replace("location: Leeds", "location: York"))
    planted = tmp_path / "planted"
    hooks = tmp_path / "hooks"
    program(hooks, log, "post-index-change")
    (tmp_path / "wspolne.cfg").write_text(
        f'[core]\n\tfsmonitor = {program(planted, log, "fsmonitor")}\n\thooksPath = {hooks}\n'
        f'[filter "a=b"]\n\tprocess = {program(planted, log, "filter-process")}\n\trequired = true\n',
        encoding="utf-8")
    repo.git("config", "include.path", "../../wspolne.cfg")
    repo.git("config", f"includeIf.gitdir:{repo.root}/.git.path", str(tmp_path / "wspolne.cfg"))
    (repo.root / ".git" / "info" / "attributes").write_text("*.yaml filter=a=b\n", encoding="utf-8")
    for path in (repo.root / "personas").iterdir():  # a new stat: git reads (and filters) each file again
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    work_in(monkeypatch, repo.root, repo.env, COLUMNS="100")
    return repo, log


def ran(log: Path) -> list[str]:
    return sorted(set(log.read_text(encoding="utf-8").split())) if log.exists() else []


def test_plain_git_runs_what_the_included_file_names(included):
    repo, log = included
    repo.git("status", "--porcelain", check=False)
    assert {"filter-process", "fsmonitor"} <= set(ran(log))


@pytest.mark.parametrize("user_env", [{}, {"GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "core.quotePath",
                                           "GIT_CONFIG_VALUE_0": "false"}])
@pytest.mark.parametrize("args", [("diff",), ("diff", "HEAD"), ("review", "HEAD", "--format", "json")])
def test_cxkit_runs_none_of_it(included, monkeypatch, args, user_env):
    _repo, log = included
    for key, value in user_env.items():  # a user's own settings in the environment, kept beside cxkit's
        monkeypatch.setenv(key, value)
    result = run_cli(*args)
    assert result.exception is None, result.exception
    assert result.exit_code in (0, 1), result.stderr
    assert ran(log) == []
    if args[0] == "diff":
        assert "Leeds → York" in result.stdout


def test_settings_the_environment_gives_are_overridden_too(included, monkeypatch):
    """A GIT_CONFIG_COUNT naming an fsmonitor (a tool's wrapper may export one) runs nothing either."""
    _repo, log = included
    monkeypatch.setenv("GIT_CONFIG_COUNT", "1")
    monkeypatch.setenv("GIT_CONFIG_KEY_0", "core.fsmonitor")
    monkeypatch.setenv("GIT_CONFIG_VALUE_0", program(log.parent / "planted", log, "env-fsmonitor"))
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 1, result.stderr
    assert ran(log) == []
