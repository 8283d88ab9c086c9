"""Session 23b: the config `cxkit review BASE PATHS` finds next to the named paths (not in the
current folder) is found in BASE as lint would find it there, from those paths up; only a real
`--config FILE` is that one file as BASE has it."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo
from test_diff_left_workspace_s21 import ANIA, OLA


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


@pytest.fixture
def ws(tmp_path, monkeypatch) -> Repo:
    """main: `cxkit.toml` at the top excludes `szkice`; the review runs from the top."""
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    r.write("personas/ola.yaml", OLA)
    r.write("personas/szkice/ania.yaml", ANIA)
    r.commit("init")
    monkeypatch.chdir(r.root)
    return r


def review(*args: str):
    result = run_cli("review", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


def test_a_config_moved_next_to_the_named_paths_is_found_in_base_where_lint_finds_it(ws):
    """Before: "`personas/cxkit.toml`: `main` is linted with the defaults (it has no config file)",
    though `cxkit lint personas` in main's checkout reads main's `cxkit.toml` at the top."""
    ws.git("mv", "cxkit.toml", "personas/cxkit.toml")
    result = review("main", "personas")
    assert "ustawieniami domyślnymi" not in result.stdout  # in Polish, as the review is
    assert "`cxkit.toml` → `personas/cxkit.toml` (przeniesiony do innego folderu)" in result.stdout
    report = json.loads(review("main", "personas", "-f", "json").stdout)
    assert report["config"]["base"] == "cxkit.toml"
    assert report["config"]["working_tree"] == "personas/cxkit.toml"


def test_a_config_named_with_config_that_base_has_not_got_is_still_the_defaults_there(ws):
    """Guard: `--config personas/cxkit.toml` names that one file: main has no such file, so the defaults."""
    ws.git("mv", "cxkit.toml", "personas/cxkit.toml")
    result = review("main", "personas", "--config", "personas/cxkit.toml")
    assert "`main` sprawdza się z ustawieniami domyślnymi (nie ma tam pliku konfiguracji)" in result.stdout
    report = json.loads(review("main", "personas", "--config", "personas/cxkit.toml", "-f", "json").stdout)
    assert report["config"]["base"] is None


def test_a_config_next_to_the_named_paths_that_base_has_is_that_one(ws):
    """Guard: a client's own config, in BASE too, is read there (not the top one)."""
    ws.write("personas/cxkit.toml", 'lang = "pl"\n')
    ws.commit("personas config")
    ws.write("personas/cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    report = json.loads(review("main", "personas", "-f", "json").stdout)
    assert report["config"]["base"] == "personas/cxkit.toml"
    assert report["config"]["changed"] == ["exclude"]
