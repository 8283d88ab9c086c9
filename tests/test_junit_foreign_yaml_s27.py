"""JUnit: a YAML file that is no cxkit document is no test case (session 27).

A Kubernetes ConfigMap beside the personas (`k8s/cm.yaml`), which a folder scan passes over, was a
passing `<testcase>`: Jenkins' and GitLab's test counts grew with unrelated YAML. Now only the files
that are documents (or near misses, or broken ones) and files named on the command line are test
cases. The text summary still counts the file among those read ("sprawdzono 1 dokument w 2 plikach").
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from conftest import PERSONA_PL, run_cli

CONFIGMAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sklep\ndata:\n  LANG: pl_PL.UTF-8\n"


@pytest.fixture
def team(tmp_path, monkeypatch):
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (tmp_path / "personas" / "zepsuta.yaml").write_text("kind: persona\nid: [zepsuta\n", encoding="utf-8")
    (tmp_path / "k8s").mkdir()
    (tmp_path / "k8s" / "cm.yaml").write_text(CONFIGMAP, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    for name in ("GITHUB_ACTIONS", "CI_PROJECT_DIR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def cases(*args: str) -> tuple[dict[str, str], list[str]]:
    result = run_cli("lint", "--no-cache", "--select", "schema,yaml-syntax", "-f", "junit", *args)
    assert result.exception is None, repr(result.exception)
    suite = ET.fromstring(result.stdout).find("testsuite")
    assert suite is not None
    return dict(suite.attrib), [case.get("name") for case in suite.iter("testcase")]


def test_a_configmap_in_a_folder_scan_is_no_test_case(team):
    suite, names = cases()
    assert names == ["personas/tomek.yaml", "personas/zepsuta.yaml"]
    assert suite["tests"] == "2"


def test_a_configmap_named_is_a_test_case_with_its_finding(team):
    suite, names = cases("k8s/cm.yaml", "personas")
    assert names == ["k8s/cm.yaml", "personas/tomek.yaml", "personas/zepsuta.yaml"]
    assert suite["tests"] == "3" and suite["failures"] == "2"


def test_the_summary_still_counts_the_files_read(team):
    (team / "personas" / "zepsuta.yaml").unlink()
    result = run_cli("lint", "--no-cache", "--select", "schema")
    assert (result.exit_code, result.stdout) == (0, "Wszystko w porządku (sprawdzono 1 dokument w 2 plikach).\n")
