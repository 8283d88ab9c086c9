"""The Python environment is trusted, but not a checkout that lies inside its folders.

A system Python's prefix is `/usr` (Debian's python3), and a Docker image often puts the project in
`/usr/src/app`: the look for plugins trusted every folder under the environment's prefix first, so a
`*.dist-info` committed in the checkout's `src/` (on PYTHONPATH), and a module committed at its top,
were read as installed. The deepest folder wins now: a checkout inside the environment is a
checkout, and a `.venv` inside a checkout is still the environment.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cxkit
from typer.testing import CliRunner

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


def checkout_in_prefix(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """``tmp_path``/usr as the environment's prefix, a git checkout in usr/src/app holding a planted plugin
    in src/ (on sys.path), the process started in the checkout.  Returns (checkout, marker)."""
    prefix = tmp_path / "usr"
    repo = prefix / "src" / "app"
    (repo / "personas").mkdir(parents=True)
    (repo / "cxkit.toml").write_text("", encoding="utf-8")
    (repo / "personas" / "ola-biegaczka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, capture_output=True)
    marker = tmp_path / "pwned"
    dist_info(repo / "src", "agency-rules", "1.0", "planted = agency_rules:Planted")
    (repo / "src" / "agency_rules.py").write_text(PLANTED.format(marker=str(marker)), encoding="utf-8")
    rule_module.all_rules()
    forget_plugins(monkeypatch, "agency_rules")
    monkeypatch.syspath_prepend(str(repo / "src"))
    monkeypatch.setattr(sys, "prefix", str(prefix))
    monkeypatch.setattr(cxkit, "_START_FOLDER", str(repo), raising=False)
    monkeypatch.chdir(repo)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    return repo, marker


def test_a_checkout_inside_the_environments_prefix_brings_no_plugin(tmp_path, monkeypatch):
    """Fails before: the planted dist-info was found and its module imported (marker written)."""
    _repo, marker = checkout_in_prefix(tmp_path, monkeypatch)
    assert plugins.installed() == ()
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "personas"])
    assert result.exit_code in (0, 1), result.output
    assert not marker.exists()


def test_a_venv_inside_the_checkout_is_still_trusted(tmp_path, monkeypatch):
    """Guard: a project's .venv (the environment's prefix inside the checkout) is where plugins are installed."""
    repo, marker = checkout_in_prefix(tmp_path, monkeypatch)
    site = repo / ".venv" / "lib" / "site-packages"
    dist_info(site, "agency-rules", "1.0", "planted = agency_rules:Planted")
    (site / "agency_rules.py").write_text(PLANTED.format(marker=str(marker)), encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(sys, "prefix", str(repo / ".venv"))
    assert [p.dist for p in plugins.installed()] == ["agency-rules"]
    result = CliRunner().invoke(app, ["rules", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert '"code": "AGENCY1"' in result.stdout
