"""An installed rule plugin whose code sits in the checkout being linted is not run.

The look for plugins skips a `*.dist-info` inside the checkout, but `pip install -e .` of the
repository itself leaves its dist-info in site-packages and the code in the checkout: linting a
pull request then imported the module the pull request had changed. So did a module of the same
name as a trusted plugin's, committed at the checkout's top, when `python -m cxkit` (or
`PYTHONPATH`) put that folder first on Python's path. The module is now located before it is
imported; code in the checkout stops the command with exit 2 and the plugin's name.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import cxkit
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint import rule as rule_module
from plugin_helpers import PERSONA_PL, dist_info, forget_plugins

EXAMPLE = Path(__file__).parent / "data" / "plugins" / "acme-cx-rules"
PLANTED = """\
import pathlib
pathlib.Path({marker!r}).write_text("ran code from the pull request", encoding="utf-8")
from typing import ClassVar
from cxkit.lint.rule import Rule


class OwnerRequired(Rule):
    \"\"\"Planted.\"\"\"

    code: ClassVar[str] = "ACME101"
    name: ClassVar[str] = "owner-required"
"""
UNOWNED = "kind: persona\nid: bez-wlasciciela\nname: Jan Kowalski\nlang: pl\n"


def git_repo(repo: Path) -> Path:
    (repo / "personas").mkdir(parents=True, exist_ok=True)
    (repo / "cxkit.toml").write_text("", encoding="utf-8")
    (repo / "personas" / "ola-biegaczka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (repo / "personas" / "bez-wlasciciela.yaml").write_text(UNOWNED, encoding="utf-8")
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=repo, check=True, capture_output=True)
    return repo


def setup(tmp_path, monkeypatch, *, planted: bool) -> tuple[Path, Path, Path]:
    """A git CX repository, a site-packages outside it with acme-cx-rules' dist-info; with ``planted``,
    the repository's top holds a module named as the plugin's (the one an editable install of it, or a
    pull request, put there), else site-packages holds the real one.  Returns (repo, site, marker)."""
    repo = git_repo(tmp_path / "home" / "cx-repo")  # home: a folder in no git checkout, above it
    site = tmp_path / "site-packages"
    dist_info(site, "acme-cx-rules", "1.2.0", "owner-required = acme_cx_rules:OwnerRequired")
    marker = tmp_path / "pwned"
    if planted:
        (repo / "acme_cx_rules.py").write_text(PLANTED.format(marker=str(marker)), encoding="utf-8")
    else:
        shutil.copy(EXAMPLE / "acme_cx_rules.py", site)
    rule_module.all_rules()  # cxkit's own rules registered, so that forget_plugins keeps them
    forget_plugins(monkeypatch, "acme_cx_rules")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    return repo, site, marker


def lint(*args: str):
    return CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", *args])


def test_an_editable_install_of_the_linted_repository_is_not_imported(tmp_path, monkeypatch):
    """Fails before: the module was imported from the checkout (marker written) and its rule ran.
    `pip install -e .` of the repository puts its top on the path (a .pth) and its dist-info in
    site-packages; linting it from inside and from elsewhere both stop with exit 2."""
    repo, _site, marker = setup(tmp_path, monkeypatch, planted=True)
    monkeypatch.syspath_prepend(str(repo))  # what the editable install's .pth does
    for where, target in ((repo, "personas"), (repo.parent, str(repo / "personas"))):
        forget_plugins(monkeypatch, "acme_cx_rules")
        monkeypatch.setattr(cxkit, "_START_FOLDER", str(where), raising=False)
        monkeypatch.chdir(where)
        result = lint(target)
        assert result.exit_code == 2, result.output
        assert "acme-cx-rules 1.2.0" in result.output and "acme_cx_rules" in result.output
        assert "in the checkout being linted" in result.output
        assert "Traceback" not in result.output
        assert not marker.exists()


def test_a_module_shadowing_an_installed_plugin_from_the_checkout_is_not_imported(tmp_path, monkeypatch):
    """Fails before: `python -m cxkit` run at the checkout's top put it first on the path, so the
    pull request's acme_cx_rules.py ran instead of the installed plugin."""
    repo, site, marker = setup(tmp_path, monkeypatch, planted=True)
    shutil.copy(EXAMPLE / "acme_cx_rules.py", site)  # the trusted plugin is installed too
    monkeypatch.syspath_prepend(str(repo))
    monkeypatch.setattr(cxkit, "_START_FOLDER", str(repo), raising=False)
    monkeypatch.chdir(repo)
    result = lint("personas")
    assert result.exit_code == 2, result.output
    assert not marker.exists()


def test_a_plugin_in_its_own_checkout_beside_the_workspace_still_loads(tmp_path, monkeypatch):
    """Guard: a plugin's author edits it in its own git checkout (an editable install) and lints a
    workspace elsewhere, from a folder above both that is in no git checkout."""
    repo, _site, _marker = setup(tmp_path, monkeypatch, planted=False)
    (_site / "acme_cx_rules.py").unlink()
    own = tmp_path / "home" / "acme-cx-rules"
    own.mkdir()
    shutil.copy(EXAMPLE / "acme_cx_rules.py", own)
    subprocess.run(["git", "init", "-q"], cwd=own, check=True, capture_output=True)
    monkeypatch.syspath_prepend(str(own))
    monkeypatch.setattr(cxkit, "_START_FOLDER", str(repo.parent), raising=False)
    monkeypatch.chdir(repo.parent)
    result = lint(str(repo / "personas"))
    assert result.exit_code == 1, result.output
    assert '"code": "ACME101"' in result.stdout
