"""`cxkit review` of an agency (one `cxkit.toml` per client): a file one side cannot read makes the
workspace findings about its document "not compared" in its own client only, not in every client
that has a document of the same id."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo
from test_diff_workspaces_s20 import MARTA

BROKEN = "kind: persona\nid: marta-karma\nname: [Marta\n"
KOPIA = MARTA.replace("id: marta-karma", "id: marta-kopia")


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def agency(tmp_path, monkeypatch) -> Repo:
    """main: zoo and browar each hold marta-karma; browar also a copy of her (a similar pair)."""
    r = Repo(tmp_path / "agencja")
    r.write("zoo/cxkit.toml", 'lang = "pl"\n')
    r.write("browar/cxkit.toml", 'lang = "pl"\n')
    r.write("zoo/personas/marta-karma.yaml", MARTA)
    r.write("browar/personas/marta-karma.yaml", MARTA)
    r.write("browar/personas/marta-kopia.yaml", KOPIA)
    r.commit("init")
    r.git("checkout", "-q", "-b", "zmiana")
    monkeypatch.chdir(r.root)
    return r


def review_json() -> tuple[int, dict]:
    result = run_cli("review", "main", "--format", "json")
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def rules(findings: list[dict], **side: str) -> list[tuple[str, str]]:
    return sorted((f["path"], f["rule"]) for f in findings if all(f.get(k) == v for k, v in side.items()))


def test_a_file_broken_in_one_client_leaves_another_clients_pair_fixed(agency):
    # browar drops its copy (the similar pair is fixed); zoo's marta-karma breaks on the branch.
    agency.git("rm", "-q", "browar/personas/marta-kopia.yaml")
    agency.write("zoo/personas/marta-karma.yaml", BROKEN)
    _code, report = review_json()
    assert ("browar/personas/marta-kopia.yaml", "similar-personas") in rules(report["fixed"])
    # zoo's own findings are what cannot be compared, none of browar's.
    assert not [f for f in report["not_compared_findings"] if f["path"].startswith("browar/")]


def test_a_file_mended_in_one_client_leaves_another_clients_new_pair_introduced(agency):
    # In BASE zoo's marta-karma cannot be read; the branch mends it and browar gets a second copy.
    agency.git("checkout", "-q", "main")
    agency.write("zoo/personas/marta-karma.yaml", BROKEN)
    agency.git("rm", "-q", "browar/personas/marta-kopia.yaml")
    agency.commit("zepsuta marta w zoo, bez kopii w browarze")
    agency.git("checkout", "-q", "-b", "naprawa")
    agency.write("zoo/personas/marta-karma.yaml", MARTA)
    agency.write("browar/personas/marta-kopia.yaml", KOPIA)
    _code, report = review_json()
    assert ("browar/personas/marta-kopia.yaml", "similar-personas") in rules(report["introduced"])
    assert not [f for f in report["not_compared_findings"] if f["path"].startswith("browar/")]


def test_in_its_own_client_the_pair_is_still_not_compared(agency):
    # Guard: zoo's marta-karma broken on the branch while zoo gets a copy of her: that pair names a
    # document the branch cannot read, so it is not compared.
    agency.write("zoo/personas/marta-karma.yaml", BROKEN)
    agency.write("zoo/personas/marta-kopia.yaml", KOPIA)
    agency.git("rm", "-q", "browar/personas/marta-kopia.yaml")
    _code, report = review_json()
    assert not any(path.startswith("zoo/") and rule == "similar-personas" for path, rule in rules(report["introduced"]))
    assert any(f["path"].startswith("browar/") and f["rule"] == "similar-personas" for f in report["fixed"])
