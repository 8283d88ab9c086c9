"""`cxkit review` and `cxkit diff` at the top of a repository with one workspace per client.

An agency keeps `zoo/cxkit.toml`, `browar/cxkit.toml`, `biblioteka/cxkit.toml` and no config at
the top.  `cxkit lint` from the top lints each client under its own config; review and diff
read each side (BASE's tree, the working tree, the index) the same way, each planned from the
config files that side holds (review2 R2-0), and `--config CLIENT/cxkit.toml` without paths
compares CLIENT/ as lint checks it (R2-4).
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from conftest import run_cli
from git_helpers import Repo

MARTA = """\
kind: persona
id: marta-karma
name: Marta Żółkiewska
lang: pl
owner: Zespół CX Zwierzakowo (Łucja Śliwińska)
summary: Właścicielka dwóch labradorów z Poznania, zamawia karmę cyklicznie.
demographics:
  age: 34
  location: Poznań, Rataje
behaviours:
  - Co 6 tygodni zamawia 12-kg worek karmy Brit Care przez apteczkę zoologiczną na Ratajach
  - Zamawia w niedzielę wieczorem przez aplikację, płaci BLIK-iem
pain_points:
  - Kurier DPD zostawia 12-kg worek pod klatką na Os. Piastowskim 24
sources:
  - id: wywiady-2026-10
    type: interview
    date: 2026-10-03
    n: 7
reviewed: 2026-11-20
"""

JAN = """\
kind: persona
id: jan-czytelnik
name: Jan Wiśniewski
lang: pl
demographics:
  age: 67
  location: Poznań, Jeżyce, ul. Kraszewskiego
behaviours:
  - Co wtorek o 10:00 wypożycza 3 kryminały w filii nr 12 na Jeżycach
reviewed: 2026-03-01
"""

SZKIC = """\
kind: persona
id: szkic
name: Szkic
behaviours:
  - ceni jakość
"""


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def agency(tmp_path, monkeypatch) -> Repo:
    """main: three clients, each with its own cxkit.toml, none at the top (tester_pl F1)."""
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


def review_json(*args: str) -> tuple[int, dict]:
    result = run_cli("review", "main", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def lint_found(*args: str) -> Counter:
    result = run_cli("lint", "--no-cache", "--format", "json", *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return Counter((f["path"], f["line"], f["column"], f["rule"]) for f in json.loads(result.stdout))


def placed(findings: list[dict]) -> list[tuple[str, str]]:
    return sorted((f["path"], f["rule"]) for f in findings)


# --- R2-0: review from the top, each client under its own config ---------------------------------

def test_a_persona_copied_to_another_client_is_no_duplicate_id_in_review(agency):
    agency.write("dentysta/cxkit.toml", 'lang = "pl"\n')
    agency.write("dentysta/personas/marta-karma.yaml", MARTA)
    agency.commit("kopia")
    assert not any(rule == "duplicate-id" for _p, _l, _c, rule in lint_found())
    _code, report = review_json()
    # What `cd dentysta && cxkit lint` finds: a persona, no negative persona; no duplicate id.
    assert placed(report["introduced"]) == [("dentysta/personas/marta-karma.yaml", "missing-negative-persona")]
    md = run_cli("review", "main")
    assert "duplicate-id" not in md.stdout
    assert "**Sprawdzenie:** 1 nowa uwaga (1 ostrzeżenie), 0 naprawionych;" in md.stdout
    # The new client's config is named as a workspace of its own.
    # In Polish, as the review is (tests/test_review_polish_words_s34.py).
    assert ("**Konfiguracja:** dodano `dentysta/cxkit.toml`: w kopii roboczej jego folder jest osobnym obszarem "
            "roboczym; w `main` pliki tego folderu sprawdza się z konfiguracją nadrzędną.") in md.stdout
    assert report["workspace_configs"] == [
        {"base": None, "working_tree": "dentysta/cxkit.toml", "changed": [], "base_error": None}
    ]


def test_each_side_counts_what_lint_finds_in_its_checkout(agency):
    # The branch edits a client's config (browar stops excluding its drafts) and a document.
    agency.write("browar/cxkit.toml", 'lang = "pl"\n')
    agency.write("dentysta/cxkit.toml", 'lang = "pl"\n')
    agency.write("dentysta/personas/marta-karma.yaml", MARTA)
    agency.commit("zmiana")
    after = lint_found()
    agency.git("checkout", "-q", "main")
    before = lint_found()
    agency.git("checkout", "-q", "zmiana")
    _code, report = review_json()
    assert report["findings_before"] == sum(before.values())
    assert report["findings_after"] == sum(after.values())
    # browar's drafts are no longer excluded: the draft's findings are new; dentysta has no negative
    # persona; nothing about the copies of marta-karma in three clients.
    assert placed(report["introduced"]) == sorted(
        (path, rule) for (path, _l, _c, rule), n in (after - before).items() for _ in range(n)
    )
    assert {p for p, _r in placed(report["introduced"])} == {
        "browar/szkice/szkic.yaml", "dentysta/personas/marta-karma.yaml"
    }
    assert not any(f["rule"] == "duplicate-id" for f in report["introduced"])


def test_a_clients_config_change_is_seen_from_the_top(agency):
    agency.write("biblioteka/cxkit.toml", 'lang = "pl"\n[rules.stale-review]\nmax-age-months = 12\n')
    agency.commit("rok")
    code, report = review_json()
    assert code == 0
    assert placed(report["fixed"]) == [("biblioteka/personas/jan.yaml", "stale-review")]
    assert report["config"] is None  # no config at the top, on either side
    assert report["workspace_configs"] == [{
        "base": "biblioteka/cxkit.toml", "working_tree": "biblioteka/cxkit.toml",
        "changed": ["rules.stale-review"], "base_error": None,
    }]
    md = run_cli("review", "main").stdout
    assert ("**Configuration:** `biblioteka/cxkit.toml` changed (`rules.stale-review`): `main` is linted with its "
            "own version of it, the working tree with this one.") in md
    # Named from the top, the client is reviewed as `cxkit lint biblioteka` checks it: with its config.
    _code, named = review_json("biblioteka")
    assert placed(named["fixed"]) == [("biblioteka/personas/jan.yaml", "stale-review")]
    assert named["config"] == {
        "base": "biblioteka/cxkit.toml", "working_tree": "biblioteka/cxkit.toml",
        "changed": ["rules.stale-review"], "base_error": None,
    }


def test_a_workspace_nested_in_a_client_is_its_own_in_review(tmp_path, monkeypatch):
    r = Repo(tmp_path / "zoo-vip")
    r.write("zoo/cxkit.toml", 'lang = "pl"\n')
    r.write("zoo/personas/vip/cxkit.toml", 'lang = "pl"\n')
    r.write("zoo/personas/marta-karma.yaml", MARTA)
    r.commit("init")
    r.git("checkout", "-q", "-b", "kopia")
    r.write("zoo/personas/vip/marta-karma.yaml", MARTA)
    r.commit("kopia")
    monkeypatch.chdir(r.root / "zoo")
    assert not any(rule == "duplicate-id" for _p, _l, _c, rule in lint_found())
    _code, report = review_json()
    assert [f for f in report["introduced"] if f["rule"] == "duplicate-id"] == []
    assert report["findings_after"] == sum(lint_found().values())


# --- R2-0: diff from the top ------------------------------------------------------------------------

def test_diff_leaves_out_what_a_clients_exclude_leaves_out(agency):
    agency.write("browar/szkice/szkic.yaml", SZKIC + "  - lubi piwo rzemieślnicze\n")
    agency.commit("szkic")
    for args in ((), ("browar",), ("--", "browar")):
        result = run_cli("diff", "main", *args)
        assert result.exception is None
        assert (result.exit_code, result.stdout) == (0, "No semantic differences.\n"), args
    assert run_cli("diff", "main..zmiana").stdout == "No semantic differences.\n"
    # Named, the draft is compared, as `cxkit lint browar/szkice/szkic.yaml` checks it.
    named = run_cli("diff", "main", "browar/szkice/szkic.yaml")
    assert named.exit_code == 1
    assert "+ Zachowania #2: lubi piwo rzemieślnicze" in named.stdout


def test_diff_cached_leaves_out_what_a_clients_exclude_leaves_out(agency):
    agency.stage("browar/szkice/szkic.yaml", SZKIC + "  - lubi piwo rzemieślnicze\n")
    agency.stage("zoo/personas/marta-karma.yaml", MARTA.replace("age: 34", "age: 35"))
    result = run_cli("diff", "--cached", "main")
    assert result.exit_code == 1
    assert "browar/szkice" not in result.stdout
    assert "~ Demografia › Wiek: 34 → 35" in result.stdout


def test_diff_takes_a_clients_paths_from_the_top(agency):
    # zoo's `paths` are personas and journeys: a persona kept elsewhere in zoo/ is not zoo's.
    agency.write("zoo/archiwum/stara.yaml", MARTA.replace("id: marta-karma", "id: stara"))
    agency.commit("archiwum")
    assert run_cli("diff", "main").stdout == "No semantic differences.\n"
    _code, report = review_json()
    assert report["changes"] == [] and report["introduced"] == []


def test_a_named_folder_a_client_excludes_is_warned_of(agency):
    agency.write("browar/szkice/szkic.yaml", SZKIC + "  - lubi piwo rzemieślnicze\n")
    agency.commit("szkic")
    result = run_cli("diff", "main", "browar/szkice", "browar/personas")
    assert (result.exit_code, result.stdout) == (0, "No semantic differences.\n")
    assert result.stderr == (
        "cxkit: warning: browar/szkice is excluded by the configuration (`exclude` in browar/cxkit.toml), so it was "
        "not compared; to compare its files anyway, name them (browar/szkice/*.yaml)\n"
    )
    # Named alone, nothing is compared: as `cxkit lint browar/szkice`, a usage error, not "no differences".
    result = run_cli("diff", "main", "browar/szkice")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "cxkit: nothing to compare: browar/szkice, the only folder named, is excluded by the configuration (`exclude` "
        "in browar/cxkit.toml); to compare its files anyway, name them (cxkit diff main -- browar/szkice/*.yaml)\n"
    )


def test_a_clients_config_not_valid_in_base_is_noted_and_the_working_trees_used(agency):
    agency.write("biblioteka/cxkit.toml", 'lang = "pl"\n[rules.stale-review]\nmax-age-month = 6\n')
    agency.commit("literówka")
    agency.git("checkout", "-q", "-b", "poprawka")
    agency.write("biblioteka/cxkit.toml", 'lang = "pl"\n[rules.stale-review]\nmax-age-months = 12\n')
    agency.commit("poprawka")
    result = run_cli("review", "zmiana", "-f", "json")
    assert result.exception is None and result.exit_code == 0, result.stderr
    assert result.stderr == (
        "cxkit: note: zmiana:biblioteka/cxkit.toml:3:1: rule 'stale-review' has no option 'max-age-month' (its "
        "options: severity, enabled, max-age-months, undated); did you mean 'max-age-months'?; the workspace in biblioteka "
        "is read in 'zmiana' with the "
        "working tree's\n"
    )
    report = json.loads(result.stdout)
    # BASE's biblioteka is linted with the working tree's settings: nothing fixed or introduced by the repair.
    assert report["fixed"] == [] and report["introduced"] == []
    assert report["findings_before"] == report["findings_after"] == sum(lint_found().values())


# --- one workspace: read as before, nothing laid out --------------------------------------------

def test_one_workspace_is_read_without_planning(tmp_path, monkeypatch):
    import cxkit.diff.workspaces as workspaces

    def refuse(*_args, **_kwargs):
        raise AssertionError("a single workspace must be read as before, without laying it out to plan")

    monkeypatch.setattr(workspaces, "planned_files", refuse)
    monkeypatch.setattr(workspaces, "plan_side", refuse)
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    # A Python project's files that name cxkit without a [tool.cxkit] table mark no workspace.
    r.write("pyproject.toml", '[project]\nname = "agencja-cx"\ndependencies = ["cxkit>=1.0"]\n')
    r.write("narzedzia/pyproject.toml", '[project]\nname = "eksport"\ndependencies = ["cxkit"]\n')
    r.write("personas/marta-karma.yaml", MARTA)
    r.write("szkice/szkic.yaml", SZKIC)
    r.commit("init")
    r.write("personas/marta-karma.yaml", MARTA.replace("age: 34", "age: 35"))
    r.write("szkice/szkic.yaml", SZKIC + "  - lubi piwo\n")
    monkeypatch.chdir(r.root)
    assert run_cli("diff", "HEAD").exit_code == 1
    assert run_cli("diff", "HEAD", "personas/marta-karma.yaml").exit_code == 1
    result = run_cli("review", "HEAD", "-f", "json")
    assert result.exception is None, result.exception
    assert "workspace_configs" not in json.loads(result.stdout)
