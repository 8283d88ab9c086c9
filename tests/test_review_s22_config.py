"""Session 22: a client's config moved into a subfolder, its documents left where they were, is
shown under Configuration: its `exclude` and `paths` now read from another folder, so they take in
other files, though its text is the same."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo

MARTA = """\
kind: persona
id: marta
name: Marta Wiśniewska
lang: pl
reviewed: 2026-11-20
goals:
  - Kupić skrzynkę piwa rzemieślniczego z dostawą do biura na piątek
sources:
  - id: w1
    type: interview
    date: 2026-10-01
"""
KAMIL = """\
kind: negative-persona
id: kamil
name: Kamil
lang: pl
reviewed: 2026-11-20
reasons: [Kupuje tylko najtańsze piwo w promocji w dyskoncie]
sources:
  - id: w1
    type: interview
    date: 2026-10-01
"""
SZKIC = "kind: persona\nid: ania\nname: Ania\ngoals:\n  - TODO\n"


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


@pytest.fixture
def agency(tmp_path, monkeypatch) -> Repo:
    """main: `browar/cxkit.toml` excludes `szkice`; a draft there is not linted."""
    r = Repo(tmp_path / "agencja")
    r.write("cxkit.toml", "")
    r.write("browar/cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    r.write("browar/personas/marta.yaml", MARTA)
    r.write("browar/personas/kamil.yaml", KAMIL)
    r.write("browar/szkice/ania.yaml", SZKIC)
    r.commit("init")
    r.git("checkout", "-q", "-b", "porzadki")
    monkeypatch.chdir(r.root)
    return r


def review(*args: str):
    result = run_cli("review", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


def test_a_client_config_moved_into_a_subfolder_is_shown_with_what_it_now_covers(agency):
    """Before: no Configuration line at all (taken for a config moved with its folder, its settings
    the same), while the draft the old `exclude` left out brought four findings in."""
    agency.git("mv", "browar/cxkit.toml", "browar/personas/cxkit.toml")
    result = review("main")
    assert result.exit_code == 1
    assert (
        "**Configuration:** `browar/cxkit.toml` → `browar/personas/cxkit.toml` (moved to another folder, its documents "
        "left where they were), changed (`exclude`): in the working tree its `paths` and `exclude` are read from "
        "`browar/personas`, so its workspace may take in other files than in `main`, which is linted with its own "
        "version of it.\n"
    ) in result.stdout
    report = json.loads(review("main", "-f", "json").stdout)
    assert report["workspace_configs"] == [{
        "base": "browar/cxkit.toml", "working_tree": "browar/personas/cxkit.toml", "changed": ["exclude"],
        "base_error": None,
    }]
    assert {f["path"] for f in report["introduced"]} == {"browar/szkice/ania.yaml"}


def test_a_client_folder_moved_with_its_config_is_still_not_listed(agency):
    """Guard: `git mv browar browar-sklep` keeps what the config takes in: no Configuration line."""
    agency.git("mv", "browar", "browar-sklep")
    result = review("main")
    assert "**Configuration:**" not in result.stdout
    assert result.exit_code == 0, result.stdout
