"""Review names the config file that changed when it is one the config in force extends.

`cxkit.toml` holds `extend = "zespol.toml"` and is left as it was; the change edits only
`zespol.toml` (its `ignore`).  Review said `Configuration: cxkit.toml changed (ignore)`, and its
JSON named cxkit.toml alone, so a reviewer looked for an edit that was not there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import git

PERSONA = """\
kind: persona
id: ola-nowak
name: Ola Nowak
lang: pl
owner: Zespół CX (Anna Kowal)
reviewed: 2025-01-10
goals:
  - Odnowić polisę OC w dziesięć minut
"""


@pytest.fixture()
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "cx@example.com")
    git(tmp_path, "config", "user.name", "CX")
    (tmp_path / "cxkit.toml").write_text('extend = "zespol.toml"\n', encoding="utf-8")
    (tmp_path / "zespol.toml").write_text('lang = "pl"\nignore = ["stale-review"]\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "start")
    monkeypatch.chdir(tmp_path)
    for key, value in {"NO_COLOR": "1", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-06"}.items():
        monkeypatch.setenv(key, value)
    return tmp_path


def _review(*args: str) -> str:
    result = CliRunner().invoke(app, ["review", "main", "--no-cache", "-j", "1", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.stdout


def test_the_extended_file_that_changed_is_named(team: Path) -> None:
    (team / "zespol.toml").write_text('lang = "pl"\n', encoding="utf-8")
    assert _review("-f", "text").splitlines()[2] == (
        # In Polish, as the review is (tests/test_review_polish_words_s34.py).
        "Konfiguracja: zespol.toml (rozszerzany przez cxkit.toml) zmieniony (ignore): main sprawdza się z jego "
        "własną wersją, kopię roboczą z obecną.")
    assert json.loads(_review("-f", "json"))["config"] == {
        "base": "cxkit.toml", "working_tree": "cxkit.toml", "changed": ["ignore"], "base_error": None,
        "changed_files": ["zespol.toml"]}


def test_the_config_itself_edited_is_named_as_before(team: Path) -> None:
    (team / "cxkit.toml").write_text('extend = "zespol.toml"\nignore = ["stale-review", "similar-personas"]\n', encoding="utf-8")
    assert _review("-f", "text").splitlines()[2] == (
        "Konfiguracja: zmieniono cxkit.toml (ignore): main sprawdza się z jego własną wersją, kopię roboczą z obecną.")
    assert "changed_files" not in json.loads(_review("-f", "json"))["config"]
