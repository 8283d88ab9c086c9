"""git refusing a repository for its owner, in `cxkit diff` and `cxkit review` (session 27).

A CI job's classic: the checkout belongs to root and the step runs as another user (or the other
way round), and git refuses the repository ("detected dubious ownership").  `cxkit lint` named the
cause and the `git config --global --add safe.directory` fix; review said "not inside a git
repository" and diff "main: no such file or directory, and not inside a git repository".  Now both
say what git said and give lint's fix.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


def _fix(top: Path) -> str:
    return (f"run `git config --global --add safe.directory {top}`, or, where there is no home folder to write, "
            f"set `GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0={top}` (git 2.38 or later; "
            "an older git reads it only from a config file: `export GIT_CONFIG_GLOBAL=/tmp/gitconfig` first, then the "
            "`git config` above)")


def _said(top: Path) -> str:
    return (f"cxkit: git refuses the repository here: detected dubious ownership in repository at '{top}'; "
            f"{_fix(top)}, then run cxkit again\n")


def _fake_git(tmp_path: Path, monkeypatch, top: Path) -> None:
    """A `git` that refuses every repository as git 2.35.2 and later do."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    script = bindir / "git"
    script.write_text(
        "#!/bin/sh\n"
        f"echo \"fatal: detected dubious ownership in repository at '{top}'\" >&2\n"
        "echo 'To add an exception for this directory, call:' >&2\n"
        "echo >&2\n"
        f"printf '\\tgit config --global --add safe.directory {top}\\n' >&2\n"
        "exit 128\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "zespol")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.commit("Tomek")
    r.write("personas/tomek.yaml", PERSONA_PL.replace("Tomek", "Tomasz", 1))
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(r.root / "personas")
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.skipif(os.name == "nt", reason="a shell script as git")
@pytest.mark.parametrize("args", [("review", "HEAD"), ("diff", "HEAD"), ("diff",), ("diff", "--cached"),
                                  ("diff", "tomek.yaml")])
def test_review_and_diff_give_lints_fix(team, tmp_path, monkeypatch, args):
    top = team.root.resolve()
    _fake_git(tmp_path, monkeypatch, top)
    assert run(*args) == (2, "", _said(top))


@pytest.mark.skipif(os.name == "nt", reason="a shell script as git")
def test_a_folder_with_a_space_is_quoted_for_the_shell(tmp_path, monkeypatch):
    top = tmp_path / "zespół sprzedaży"
    (top / "personas").mkdir(parents=True)
    _fake_git(tmp_path, monkeypatch, top)
    monkeypatch.chdir(top)
    code, _out, err = run("review", "main")
    assert code == 2 and f"`git config --global --add safe.directory '{top}'`, or" in err
    assert f"GIT_CONFIG_VALUE_0='{top}'` (git 2.38 or later;" in err
    assert "then the `git config` above), then run cxkit again" in err


@pytest.mark.skipif(os.name == "nt", reason="a shell script as git")
def test_two_files_are_still_compared_without_git(team, tmp_path, monkeypatch):
    (team.root / "personas" / "kopia.yaml").write_text(PERSONA_PL, encoding="utf-8")
    _fake_git(tmp_path, monkeypatch, team.root)
    code, out, _err = run("diff", "kopia.yaml", "tomek.yaml")
    assert code == 1 and "Tomasz" in out


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give the checkout away")
def test_real_git_refusing_a_checkout_of_another_owner(team, monkeypatch):
    """The real thing: git itself, a checkout owned by another user (as root, git refuses it too)."""
    monkeypatch.setenv("HOME", str(team.root.parent / "home"))  # no safe.directory of the machine's
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("SUDO_UID", raising=False)
    for folder, dirs, files in os.walk(team.root):
        for name in [*dirs, *files]:
            os.lchown(os.path.join(folder, name), 65534, 65534)
    os.chown(team.root, 65534, 65534)
    top = team.root.resolve()
    for args in (("review", "HEAD"), ("diff", "HEAD")):
        code, out, err = run(*args)
        assert (code, out) == (2, "") and err.startswith("cxkit: git refuses the repository here: detected dubious "), err
        assert err.endswith(f"; {_fix(top)}, then run cxkit again\n")
