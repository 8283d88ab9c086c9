"""No rule plugin is read from the checkout of a path the command is given, wherever it is run from.

`cxkit lint /abs/checkout` run from another folder while that checkout is on sys.path (an editable
install of it puts its `src/` there) must not import a module a pull request planted in it: the
checkout being linted is as untrusted as the current folder's (docs/plugins.md, "Only installed
packages"). A plugin outside every checkout the command is given still loads.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit
from cxkit import api
from cxkit.cli import app
from cxkit.lint import plugins
from cxkit.lint import rule as rule_module
from plugin_helpers import PERSONA_PL, dist_info, forget_plugins

PLANTED = """\
import pathlib
pathlib.Path({marker!r}).write_text("kod z pull requestu", encoding="utf-8")
from typing import ClassVar
from cxkit.lint.rule import Rule


class Planted(Rule):
    \"\"\"Planted by a pull request.\"\"\"

    code: ClassVar[str] = "AGENCY1"
    name: ClassVar[str] = "agency-planted"

    def check(self, doc):
        yield from ()
"""


def plant(folder: Path, marker: Path) -> None:
    dist_info(folder, "agency-rules", "1.0", "planted = agency_rules:Planted")
    (folder / "agency_rules.py").write_text(PLANTED.format(marker=str(marker)), encoding="utf-8")


@pytest.fixture
def setup(tmp_path, monkeypatch):
    """A CX repository in git whose src/ holds a planted plugin and is on sys.path (as an editable
    install of it puts it); the process started in, and standing in, an unrelated folder."""
    repo = tmp_path / "cx-repo"
    (repo / "personas").mkdir(parents=True)
    (repo / ".git").mkdir()  # the top of a work tree: what the checks look for
    (repo / "cxkit.toml").write_text("", encoding="utf-8")
    (repo / "personas" / "ola-biegaczka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    marker = tmp_path / "pwned"
    plant(repo / "src", marker)
    elsewhere = tmp_path / "home" / "anna"
    elsewhere.mkdir(parents=True)
    rule_module.all_rules()
    forget_plugins(monkeypatch, "agency_rules")
    monkeypatch.setattr(cxkit, "_START_FOLDER", str(elsewhere), raising=False)
    monkeypatch.setattr(cxkit, "_FIRST_FOLDER", str(elsewhere), raising=False)
    monkeypatch.chdir(elsewhere)
    monkeypatch.syspath_prepend(str(repo / "src"))
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.setenv("COLUMNS", "120")
    return repo, marker, elsewhere


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("how", ["folder", "file", "config", "files-from"])
def test_lint_of_a_checkout_on_sys_path_run_elsewhere_loads_no_plugin_it_brings(setup, how):
    """Fails before: the look for plugins knew only the current and start folders, not the paths given."""
    repo, marker, elsewhere = setup
    persona = repo / "personas" / "ola-biegaczka.yaml"
    if how == "folder":
        args = [str(repo)]
    elif how == "file":
        args = [str(persona)]
    elif how == "config":  # the documents named relative to here, through a link-free copy of one
        copy = elsewhere / "ola.yaml"
        copy.write_text(PERSONA_PL, encoding="utf-8")
        args = ["--config", str(repo / "cxkit.toml"), "ola.yaml"]
    else:
        listing = elsewhere / "zmienione.txt"
        listing.write_text(f"{persona}\n", encoding="utf-8")
        args = ["--files-from", str(listing)]
    result = run("lint", "--no-cache", "-f", "json", *args)
    assert result.exit_code == 1, result.output
    assert '"code": "CX301"' in result.stdout and "AGENCY1" not in result.stdout
    assert not marker.exists()
    assert plugins.installed() == ()


def test_the_python_api_loads_no_plugin_from_the_checkout_it_lints(setup):
    """Fails before: `cxkit.api.lint` of the checkout imported the planted module."""
    repo, marker, _ = setup
    codes = {f.code for f in api.lint([str(repo)], select="ALL")}
    assert "CX301" in codes and "AGENCY1" not in codes
    assert not marker.exists()


def test_a_plugin_loaded_before_from_a_checkout_now_linted_is_refused(setup):
    """Fails before: a program that first lints elsewhere (the plugin on its sys.path loads) and then
    lints that plugin's checkout kept using its rules; now the call is refused, naming the plugin."""
    repo, marker, elsewhere = setup
    other = elsewhere / "personas"
    other.mkdir()
    (other / "ola.yaml").write_text(PERSONA_PL, encoding="utf-8")
    api.lint([str(other)])
    assert marker.exists()  # the host's own sys.path, linting something else: its choice
    with pytest.raises(api.CxkitError, match=r"the rule plugin agency-rules 1\.0 was loaded from .*cx-repo.src"):
        api.lint([str(repo)])


def test_a_plugin_outside_the_paths_given_still_loads(setup, tmp_path, monkeypatch):
    """Guard: a plugin on PYTHONPATH outside every checkout the command is given is read."""
    repo, marker, _ = setup
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p != str(repo / "src")])
    site = tmp_path / "team-plugins"
    plant(site, marker)
    monkeypatch.syspath_prepend(str(site))
    result = run("lint", "--no-cache", "-f", "json", str(repo))
    assert result.exit_code == 1, result.output
    assert [p.dist for p in plugins.installed()] == ["agency-rules"]
    assert marker.exists()


def test_a_spawned_worker_skips_the_checkouts_of_the_paths_its_main_process_was_given(setup):
    """Fails before: a worker started by spawn (Windows) knew only its start folder. A real process:
    what is checked is the environment it inherits."""
    repo, marker, elsewhere = setup
    env = {**os.environ, "_CXKIT_START_FOLDER": str(elsewhere), "_CXKIT_GIVEN_FOLDERS": str(repo)}
    probe = (f"import sys; sys.path.insert(0, {str(repo / 'src')!r}); from cxkit.lint import plugins; "
             "print(plugins.installed())")
    proc = subprocess.run([sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "()"
    assert not marker.exists()


def test_the_command_line_hands_the_given_folders_to_its_workers_a_library_does_not(setup, monkeypatch):
    """Fails before: nothing was handed on. The console script's process sets the variable; a program
    using the API keeps its environment."""
    repo, _, _ = setup
    api.lint([str(repo)])
    assert "_CXKIT_GIVEN_FOLDERS" not in os.environ
    monkeypatch.setattr(cxkit, "_COMMAND_LINE", True, raising=False)
    monkeypatch.setattr(plugins, "_GIVEN", [], raising=False)
    result = run("lint", "--no-cache", "-f", "json", str(repo))
    assert result.exit_code == 1, result.output
    assert os.environ["_CXKIT_GIVEN_FOLDERS"] == str(repo.resolve())
