"""`cxkit init` in a folder under a config (a market under the group's `cxkit.toml`) writes a config
that extends it, and says so: the market keeps every group setting."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

from git_helpers import group_repository

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-01"}

GROUP = """\
# Grupa CX: ustawienia wspólne dla wszystkich rynków.
lang = "pl"
fail-level = "error"
exclude = ["archiwum"]

[rules.missing-review-date]
severity = "error"
"""

# No `reviewed:` date: the group makes that an error.
PERSONA = """\
kind: persona
id: olena-kovalenko
name: Olena Kovalenko
lang: en
owner: CX team UA (Iryna Bondar)
summary: Orders baby food through the app on Sunday evenings for the whole week.
goals:
  - text: Have the order at the parcel locker by Monday 8:00
    sources: [interviews]
sources:
  - id: interviews
    type: interview
    date: 2026-11-12
    note: 9 interviews (I01-I09), November 2026
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=ENV)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return group_repository(tmp_path, monkeypatch, GROUP)


def test_init_in_a_market_folder_extends_the_group_config(group: Path) -> None:
    """Fails before: uk/cxkit.toml had no `extend`, and the group's settings were silently lost."""
    code, out, err = run("init", "--lang", "en", "uk", "--no-examples")
    assert code == 0, err
    written = (group / "uk" / "cxkit.toml").read_text(encoding="utf-8")
    assert 'extend = "../cxkit.toml"' in written.splitlines()
    assert "created  uk/cxkit.toml (extends ../cxkit.toml, the config of the folder above: its settings hold here too)" in out
    # The group's fail-level is not hidden by one of the market's own.
    assert not any(line.startswith("fail-level") for line in written.splitlines())
    (group / "uk" / "personas" / "olena.yaml").write_text(PERSONA, encoding="utf-8")
    (group / "uk" / "personas" / "archiwum").mkdir()
    (group / "uk" / "personas" / "archiwum" / "stara.yaml").write_text("kind: persona\nid: [\n", encoding="utf-8")
    code, out, _err = run("lint", "--no-cache", "-f", "json", "uk")
    found = json.loads(out)
    assert {(f["rule"], f["severity"]) for f in found} >= {("missing-review-date", "error")}
    assert not any("archiwum" in f["path"] for f in found)  # the group's exclude holds
    assert code == 1  # the group's fail-level: error


def test_two_levels_down_extends_the_nearest_config(group: Path) -> None:
    (group / "pl").mkdir()
    (group / "pl" / "cxkit.toml").write_text('extend = "../cxkit.toml"\n', encoding="utf-8")
    code, out, err = run("init", "--lang", "pl", "pl/sklepy", "--no-examples")
    assert code == 0, err
    assert 'extend = "../cxkit.toml"' in (group / "pl" / "sklepy" / "cxkit.toml").read_text(encoding="utf-8")
    assert "extends ../cxkit.toml" in out


def test_no_config_above_or_one_outside_the_repository_is_not_extended(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: a config outside the git repository (a home folder's) is not there in a CI checkout."""
    (tmp_path / "cxkit.toml").write_text(GROUP, encoding="utf-8")
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    monkeypatch.chdir(repo)
    code, out, err = run("init", "--lang", "pl", "--no-examples")
    assert code == 0, err
    assert "extend" not in (repo / "cxkit.toml").read_text(encoding="utf-8")
    assert "extends" not in out
    assert 'fail-level = "warning"' in (repo / "cxkit.toml").read_text(encoding="utf-8")
