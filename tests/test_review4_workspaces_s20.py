"""`cxkit review` from the top of an agency repository (one `cxkit.toml` per client), review4 findings:
a client folder renamed with its config is the same workspace (R4-1)."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo
from test_diff_workspaces_s20 import JAN, MARTA, SZKIC


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def agency(tmp_path, monkeypatch) -> Repo:
    """main: three clients, each with its own cxkit.toml, none at the top."""
    r = Repo(tmp_path / "agencja")
    r.write("zoo/cxkit.toml", 'lang = "pl"\npaths = ["personas", "journeys"]\n')
    r.write("browar/cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    r.write("biblioteka/cxkit.toml", 'lang = "pl"\n[rules.stale-review]\nmax-age-months = 6\n')
    r.write("zoo/personas/marta-karma.yaml", MARTA)
    r.write("browar/personas/marta-karma.yaml", MARTA)
    r.write("biblioteka/personas/jan.yaml", JAN)
    r.write("browar/szkice/szkic.yaml", SZKIC)
    r.commit("init")
    r.git("checkout", "-q", "-b", "zmiana")
    monkeypatch.chdir(r.root)
    return r


def review(*args: str):
    result = run_cli("review", "main", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


def review_json(*args: str) -> tuple[int, dict]:
    result = review("--format", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


# --- R4-1: a client folder renamed with its config ------------------------------------------------

def test_a_client_folder_renamed_with_its_config_is_the_same_workspace(agency):
    agency.git("mv", "browar", "browar-sklep")
    agency.git("mv", "zoo/personas/marta-karma.yaml", "zoo/personas/marta.yaml")
    agency.commit("browar → browar-sklep")
    result = review()
    assert result.exit_code == 0, result.stdout
    assert "**Sprawdzenie:** 0 nowych uwag, 0 naprawionych; " in result.stdout
    assert "**Wynik:** zaliczony" in result.stdout
    # The config moved unchanged with its folder: nothing to say about it.
    assert "**Configuration:**" not in result.stdout and "**Konfiguracja:**" not in result.stdout
    code, report = review_json()
    assert code == 0
    assert report["introduced"] == [] and report["fixed"] == []
    assert report["workspace_configs"] == []


def test_a_config_moved_and_changed_with_its_folder_is_listed_as_moved(agency):
    agency.git("mv", "browar", "browar-sklep")
    agency.write("browar-sklep/cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\nfail-level = "error"\n')
    agency.commit("browar → browar-sklep, tylko błędy")
    result = review()
    assert result.exit_code == 0, result.stdout
    assert "**Sprawdzenie:** 0 nowych uwag, 0 naprawionych; " in result.stdout
    # In Polish, as the review is (tests/test_review_polish_words_s34.py).
    assert ("**Konfiguracja:** `browar/cxkit.toml` → `browar-sklep/cxkit.toml` (przeniesiony razem z folderem), "
            "zmieniony (`fail-level`): `main` sprawdza się z jego własną wersją, kopię roboczą z obecną.\n"
            in result.stdout)
    assert "removed" not in result.stdout and "added:" not in result.stdout
    _code, report = review_json()
    assert report["workspace_configs"] == [{
        "base": "browar/cxkit.toml", "working_tree": "browar-sklep/cxkit.toml", "changed": ["fail-level"],
        "base_error": None,
    }]


def test_a_client_removed_and_another_added_are_no_move(agency):
    # browar's persona is gone and a new client (same config text) holds another persona: browar's
    # workspace finding is fixed, the new client's introduced, the configs removed and added.
    agency.git("rm", "-q", "-r", "browar")
    agency.write("apteka/cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    agency.write("apteka/personas/jan.yaml", JAN)
    agency.commit("apteka zamiast browaru")
    code, report = review_json()
    assert code == 1
    negative = [(f["path"], f["rule"]) for f in report["introduced"] if f["rule"] == "missing-negative-persona"]
    assert negative == [("apteka/personas/jan.yaml", "missing-negative-persona")]
    assert [(f["path"], f["rule"]) for f in report["fixed"] if f["rule"] == "missing-negative-persona"] == [
        ("browar/personas/marta-karma.yaml", "missing-negative-persona")]
    assert [(c["base"], c["working_tree"]) for c in report["workspace_configs"]] == [
        (None, "apteka/cxkit.toml"), ("browar/cxkit.toml", None)]


# --- R4-5: each client judged at its own fail level -----------------------------------------------

def _levels(agency: Repo) -> None:
    """Every client fails only on errors (main → `poziomy`), then browar's persona goes stale (a warning)."""
    agency.git("checkout", "-q", "main")
    agency.write("zoo/cxkit.toml", 'lang = "pl"\npaths = ["personas", "journeys"]\nfail-level = "error"\n')
    agency.write("browar/cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\nfail-level = "error"\n')
    agency.write("biblioteka/cxkit.toml", 'lang = "pl"\nfail-level = "error"\n[rules.stale-review]\nmax-age-months = 6\n')
    agency.commit("tylko błędy")
    agency.git("checkout", "-q", "-b", "poziomy")
    agency.write("browar/personas/marta-karma.yaml", MARTA.replace("reviewed: 2026-11-20", "reviewed: 2024-01-01"))
    agency.commit("stara persona")


def test_review_from_the_top_judges_each_client_at_its_own_fail_level(agency, monkeypatch):
    _levels(agency)
    assert run_cli("lint", "--no-cache").exit_code == 0  # lint from the top: each client at `error`
    result = review()
    assert result.exit_code == 0, result.stdout
    assert "**Sprawdzenie:** 1 nowa uwaga (1 ostrzeżenie), 0 naprawionych;" in result.stdout
    assert ("**Wynik:** zaliczony: brak nowych uwag na poziomie progu swojego obszaru roboczego lub wyższym "
            "(próg `fail-level` klienta, gdzie indziej `warning`).\n" in result.stdout)
    code, report = review_json()
    assert code == 0 and report["failed"] is False
    assert report["fail_levels"] == {"browar/personas/marta-karma.yaml": "error"}
    # As in the client's folder.
    monkeypatch.chdir(agency.root / "browar")
    assert review().exit_code == 0


def test_a_fail_level_given_on_the_command_line_is_for_every_client(agency):
    _levels(agency)
    result = review("--fail-level", "warning")
    assert result.exit_code == 1
    assert "**Wynik:** niezaliczony: 1 nowa uwaga na poziomie `warning` lub wyższym.\n" in result.stdout
    assert "fail_levels" not in json.loads(review("--fail-level", "warning", "--format", "json").stdout)


def test_a_client_cannot_loosen_its_own_gate_in_the_pull_request(agency):
    # main's browar has no fail-level (warning); the branch sets `error` and adds a warning: BASE's level counts.
    agency.write("browar/cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\nfail-level = "error"\n')
    agency.write("browar/personas/marta-karma.yaml", MARTA.replace("reviewed: 2026-11-20", "reviewed: 2024-01-01"))
    agency.commit("luźniej")
    result = review()
    assert result.exit_code == 1
    assert ("**Wynik:** niezaliczony: 1 nowa uwaga na poziomie progu swojego obszaru roboczego lub wyższym "
            "(próg `fail-level` klienta, gdzie indziej `warning`).\n" in result.stdout)


# --- R4-3: a client left out of a new top config's `paths` ----------------------------------------

def test_a_client_out_of_the_new_top_paths_is_not_removed_and_each_finding_is_listed_once(agency):
    agency.write("cxkit.toml", 'lang = "pl"\npaths = ["zoo", "browar"]\n')
    agency.commit("tylko zoo i browar")
    result = review()
    assert result.exit_code == 0, result.stdout
    # biblioteka/cxkit.toml is still there on the branch: no "removed" line for it.
    assert "biblioteka/cxkit.toml" not in result.stdout
    code, report = review_json()
    assert report["workspace_configs"] == []
    # jan's findings are still there, silenced by the top's `paths`: suppressed (reported in BASE), never fixed too.
    assert report["fixed"] == []
    assert sorted((s["rule"], s["reported_in_base"], s["suppressed_by"]["key"]) for s in report["suppressed"]) == [
        ("missing-negative-persona", True, "paths"), ("missing-sources", True, "paths"),
        ("stale-review", True, "paths")]
    assert {s["path"] for s in report["suppressed"]} == {"biblioteka/personas/jan.yaml"}


# --- R4-6: a client config broken only in the index -----------------------------------------------

@pytest.mark.parametrize("base", [["main"], []], ids=["cached-main", "cached"])
def test_a_client_config_broken_only_in_the_index_is_named_as_staged(agency, base):
    agency.stage("browar/cxkit.toml", 'lang = "pl"\npaths = [\n')  # a broken version staged ...
    agency.write("browar/cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')  # ... mended, not staged yet
    result = run_cli("diff", "--cached", *base)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        "cxkit: note: :browar/cxkit.toml:2:10: invalid TOML: Invalid value; the workspace in browar is read in "
        "the index with the working tree's\n")
    # As the working tree's config says: browar/szkice stays out.
    assert "szkic" not in result.stdout


# --- R4-2: documents equally alike are paired within their folder first ---------------------------

def test_a_file_renamed_in_its_client_is_not_paired_with_a_copy_another_client_got(agency):
    agency.git("mv", "zoo/personas/marta-karma.yaml", "zoo/personas/marta.yaml")
    agency.write("apteka/cxkit.toml", 'lang = "pl"\n')
    agency.write("apteka/personas/marta-karma.yaml", MARTA)
    agency.commit("kopia dla apteki")
    diff = run_cli("diff", "main")
    assert diff.exception is None and diff.exit_code == 1, diff.stderr
    assert "zoo/personas/marta-karma.yaml → zoo/personas/marta.yaml (przeniesiony)" in diff.stdout
    assert "+ marta-karma  apteka/personas/marta-karma.yaml  nowa persona „Marta Żółkiewska”" in diff.stdout
    _code, report = review_json()
    # Only the new client's findings are new; zoo's persona only changed its file name.
    assert {f["path"] for f in report["introduced"]} == {"apteka/personas/marta-karma.yaml"}
    assert report["fixed"] == []


def test_crossed_renames_pair_each_client_with_itself(agency):
    agency.git("mv", "browar", "browar-sklep")
    agency.write("browar-sklep/personas/marta-karma.yaml", MARTA.replace("age: 34", "age: 36"))
    agency.git("mv", "zoo/personas/marta-karma.yaml", "zoo/personas/marta.yaml")
    agency.commit("krzyżowo")
    diff = run_cli("diff", "main")
    assert "browar/personas/marta-karma.yaml → browar-sklep/personas/marta-karma.yaml (przeniesiony)" in diff.stdout
    assert "zoo/personas/marta-karma.yaml → zoo/personas/marta.yaml (przeniesiony)" in diff.stdout
    code, report = review_json()
    assert code == 0
    assert report["introduced"] == [] and report["fixed"] == []
