"""Session 23: the workspace's own config (the one in force where the review runs) moved into
another folder is told as moved, with the `paths` and `exclude` it now reads from there, as a
client's config moved into a subfolder is (tests/test_review_s22_config.py)."""

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
def ws(tmp_path) -> Repo:
    """main: `cxkit.toml` at the top excludes `szkice` (a folder the top has not got)."""
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    r.write("personas/ola.yaml", OLA)
    r.write("personas/szkice/ania.yaml", ANIA)
    r.commit("init")
    return r


def review(*args: str):
    result = run_cli("review", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


def test_the_config_moved_into_the_folder_the_review_runs_in_names_what_it_now_reads(ws, monkeypatch):
    """Before: "`../cxkit.toml` → `cxkit.toml`: `main` is linted with `../cxkit.toml` as it has it, the
    working tree with `cxkit.toml`", not a word of its `exclude` now leaving out personas/szkice."""
    ws.git("mv", "cxkit.toml", "personas/cxkit.toml")
    monkeypatch.chdir(ws.root / "personas")
    result = review("main")
    # In Polish, as the review is (tests/test_review_polish_words_s34.py).
    assert (
        "**Konfiguracja:** `../cxkit.toml` → `cxkit.toml` (przeniesiony do innego folderu), zmieniony (`exclude`): "
        "w kopii roboczej jego `paths` i `exclude` czyta się względem bieżącego folderu, więc obszar roboczy może "
        "objąć inne pliki niż w `main`, który sprawdza się z `../cxkit.toml` w tamtej wersji.\n"
    ) in result.stdout
    report = json.loads(review("main", "-f", "json").stdout)
    assert report["config"] == {"base": "../cxkit.toml", "working_tree": "cxkit.toml", "changed": ["exclude"],
                                "base_error": None}


def test_a_config_added_below_the_one_kept_is_no_move(ws, monkeypatch):
    """Guard: the top config is still there; the folder got one of its own: the line as before."""
    ws.write("personas/cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    monkeypatch.chdir(ws.root / "personas")
    result = review("main")
    assert (
        "**Konfiguracja:** `../cxkit.toml` → `cxkit.toml`: `main` sprawdza się z `../cxkit.toml` w tamtej wersji, "
        "kopię roboczą z `cxkit.toml`.\n"
    ) in result.stdout
