"""A rule plugin is never read from the checkout being linted, wherever that checkout sits on sys.path.

A repository takes pull requests from outside agencies. A pull request that commits a
`*.dist-info` naming a module of its own must not get that module imported by `cxkit lint` or
`cxkit review`: not when `python -m cxkit` put the checkout on the path and review lints from a
copy of the pull request's side, not when `PYTHONPATH=src` or an editable install of the
repository itself put one of its folders there. The Python environment that runs cxkit stays
trusted, even inside the checkout (a `.venv` in the project is where a team installs plugins).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit
from cxkit.cli import app
from cxkit.lint import plugins
from cxkit.lint import rule as rule_module
from plugin_helpers import PERSONA_PL, dist_info, forget_plugins

PLANTED = """\
import pathlib
pathlib.Path({marker!r}).write_text("ran code from the pull request", encoding="utf-8")
from typing import ClassVar
from cxkit.lint.rule import Rule


class Planted(Rule):
    \"\"\"Planted.\"\"\"

    code: ClassVar[str] = "AGENCY1"
    name: ClassVar[str] = "agency-planted"
"""


def plant(folder: Path, marker: Path) -> None:
    """What a pull request can commit: a dist-info naming a module it brings, both in ``folder``."""
    dist_info(folder, "agency-rules", "1.0", "planted = agency_rules:Planted")
    (folder / "agency_rules.py").write_text(PLANTED.format(marker=str(marker)), encoding="utf-8")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Anna Żak", "-c", "user.email=anna@example.com", *args],
                   cwd=repo, check=True, capture_output=True)


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """A CX repository in git with a planted plugin at its top and in src/, the process started in it."""
    repo = tmp_path / "cx-repo"
    (repo / "personas").mkdir(parents=True)
    (repo / "cxkit.toml").write_text("", encoding="utf-8")
    (repo / "personas" / "ola-biegaczka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    marker = tmp_path / "pwned"
    plant(repo, marker)
    plant(repo / "src", marker)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "persony")
    rule_module.all_rules()
    forget_plugins(monkeypatch, "agency_rules")
    monkeypatch.setattr(cxkit, "_START_FOLDER", str(repo), raising=False)
    monkeypatch.chdir(repo)
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.setenv("COLUMNS", "120")
    return repo, marker


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_review_started_in_the_checkout_does_not_load_a_plugin_it_commits(checkout, monkeypatch):
    """Fails before: review lints each side from a temporary copy, so the checkout `python -m cxkit` put
    on sys.path was no longer "the current folder" and its planted module was imported."""
    repo, marker = checkout
    monkeypatch.syspath_prepend(str(repo))  # what `python -m cxkit` does
    result = run("review", "HEAD", "-f", "json")
    assert result.exit_code in (0, 1), result.output
    assert not marker.exists()
    assert "AGENCY1" not in result.stdout


@pytest.mark.parametrize("where", ["src", "."], ids=["PYTHONPATH=src", "editable install of the repo, run from a subfolder"])
def test_a_folder_of_the_checkout_on_sys_path_brings_no_plugin(checkout, monkeypatch, where):
    """Fails before: only an entry equal to the current folder was skipped."""
    repo, marker = checkout
    monkeypatch.syspath_prepend(str((repo / where).resolve()))
    monkeypatch.chdir(repo / "personas")
    result = run("lint", "--no-cache", "-f", "json", ".")
    assert result.exit_code in (0, 1), result.output
    assert not marker.exists()
    assert plugins.installed() == ()


def test_the_environment_running_cxkit_is_trusted_inside_the_checkout(checkout, monkeypatch):
    """Guard: a plugin installed in the project's own `.venv` is read, though the `.venv` is in the checkout."""
    repo, marker = checkout
    venv = repo / ".venv"
    site = venv / "lib" / "python3" / "site-packages"
    plant(site, marker)
    monkeypatch.setattr(sys, "prefix", str(venv))
    monkeypatch.syspath_prepend(str(site))
    assert [p.dist for p in plugins.installed()] == ["agency-rules"]


def test_a_worker_started_elsewhere_still_skips_the_checkout_its_main_process_started_in(checkout, tmp_path):
    """Fails before: a lint worker started by spawn (Windows) begins in the folder the main process was in
    then, the copy `cxkit review` lints, so it read the checkout on its inherited sys.path. A real
    process: what is checked happens at import."""
    import os

    repo, marker = checkout
    elsewhere = tmp_path / "copy-of-a-side"
    elsewhere.mkdir()
    env = {**os.environ, "_CXKIT_START_FOLDER": str(repo)}
    probe = f"import sys; sys.path.insert(0, {str(repo)!r}); from cxkit.lint import plugins; print(plugins.installed())"
    proc = subprocess.run([sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "()"
    assert not marker.exists()
