"""`cxkit lint -f junit`: the test cases are the files the run checked, as the engine listed them.

A run the cache did not answer listed the named paths a second time for JUnit (a second scan of
every folder named) and read every file the scan found again to tell a document from another
tool's YAML (a Kubernetes ConfigMap), which the engine had just read and told. Now the engine
hands over the files it checked; a run answered whole by the cache still lists them. Either way
the report is the same bytes.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import JOURNEY_PL, NEGATIVE_PL, PERSONA_PL, run_cli

CONFIGMAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sklep\ndata:\n  LANG: pl_PL.UTF-8\n"
# `kind: persna`: a near miss the scan keeps, for the schema to name.
NEAR_MISS = "kind: persna\nid: ola-rowerzystka\nname: Ola Rowerzystka\ngoals:\n  - Dojeżdżać rowerem do pracy\n"
BROKEN = "kind: persona\nid: [zepsuta\nname: Zepsuta\n"
MKDOCS = "site_name: Dokumentacja CX\nnav:\n  - Start: index.md\n"


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    top = tmp_path / "repo"
    for folder in ("personas", "negatives", "journeys", "k8s", "klient/personas"):
        (top / folder).mkdir(parents=True)
    (top / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (top / "personas/tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (top / "personas/ola.yaml").write_text(NEAR_MISS, encoding="utf-8")
    (top / "personas/zepsuta.yaml").write_text(BROKEN, encoding="utf-8")
    (top / "negatives/janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    (top / "journeys/zakup słuchawek.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    (top / "k8s/cm.yaml").write_text(CONFIGMAP, encoding="utf-8")
    (top / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    # A client's workspace inside the team's: linted under its own config.
    (top / "klient/cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (top / "klient/personas/tomek.yaml").write_text(PERSONA_PL.replace("tomek-audiofil", "tomek-klient"), encoding="utf-8")
    (top / "klient/k8s.yaml").write_text(CONFIGMAP, encoding="utf-8")
    monkeypatch.chdir(top)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # files written just now: a warm run may answer from the cache
    for name in ("GITHUB_ACTIONS", "CI_PROJECT_DIR", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    return top


RUNS = [
    pytest.param([], id="workspace"),
    pytest.param(["personas", "k8s"], id="folders"),
    pytest.param(["personas/tomek.yaml", "k8s/cm.yaml", "mkdocs.yml"], id="files-named"),
    pytest.param(["journeys", "klient"], id="nested-workspace"),
]


def junit(*args: str) -> str:
    result = run_cli("lint", "-f", "junit", *args)
    assert result.exception is None, repr(result.exception)
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


@pytest.mark.parametrize("paths", RUNS)
def test_an_uncached_run_neither_lists_nor_reads_the_files_again(team, monkeypatch, paths):
    import cxkit.discovery
    import cxkit.named

    read_for_kind: list[str] = []
    listings: list[list[str]] = []
    claims, discover = cxkit.named.claims_document, cxkit.discovery.discover

    def counted_claims(target, content=None):
        read_for_kind.append(target.display)
        return claims(target, content)

    def counted_discover(named, config):
        listings.append(list(named))
        return discover(named, config)

    monkeypatch.setattr(cxkit.named, "claims_document", counted_claims)
    monkeypatch.setattr(cxkit.discovery, "discover", counted_discover)
    report = junit("--no-cache", *paths)
    assert "<testcase" in report
    assert read_for_kind == [] and listings == []


@pytest.mark.parametrize("paths", RUNS)
def test_the_cases_are_the_same_uncached_cold_and_warm(team, paths):
    uncached = junit("--no-cache", *paths)
    cold = junit(*paths)  # the engine checks the files and keeps the run
    warm = junit(*paths)  # the stored report
    assert cold == uncached == warm
    names = [case.get("name") for case in ET.fromstring(uncached).iter("testcase")]
    assert "k8s/cm.yaml" not in names or "k8s/cm.yaml" in paths
    assert "klient/k8s.yaml" not in names


@pytest.mark.parametrize("paths", RUNS)
def test_a_run_the_cache_answers_whole_lists_the_same_cases(team, paths):
    # The text format keeps the run in the cache; the JUnit report is then made from it, not by the engine.
    assert run_cli("lint", *paths).exit_code in (0, 1)
    from_cache = junit(*paths)
    assert from_cache == junit("--no-cache", *paths)


def test_the_cases_of_a_workspace_scan(team):
    suite = ET.fromstring(junit("--no-cache")).find("testsuite")
    assert suite is not None
    names = [case.get("name") for case in suite.iter("testcase")]
    # The near miss and the broken persona are cases; the ConfigMap and mkdocs.yml are not;
    # the client's workspace is linted under its own config, its ConfigMap passed over too.
    assert names == [
        "journeys/zakup słuchawek.yaml", "klient/personas/tomek.yaml", "negatives/janusz.yaml",
        "personas/ola.yaml", "personas/tomek.yaml", "personas/zepsuta.yaml",
    ]
    assert suite.get("tests") == "6"


def test_a_scanned_file_that_cannot_be_read_is_a_case(team):
    os.symlink("nie-ma-takiego.yaml", team / "personas/link.yaml")
    uncached = junit("--no-cache", "personas")
    assert 'name="personas/link.yaml"' in uncached
    assert run_cli("lint", "personas").exit_code == 1
    assert junit("personas") == uncached
