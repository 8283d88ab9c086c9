"""`cxkit review`'s "Left out of the workspace by … a client config the change adds or edits": only
for a document BASE's version of that config compared.

A client config that widened its `paths` (`["personas"]` → `["personas", "mapy"]`), or swapped them
for an `exclude`, had every draft outside both versions listed as an added document "the configs as
BASE has them compare", though BASE's version of the config left it out too.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo, committed, needs_git, reviewed_persona

pytestmark = needs_git

OLA = reviewed_persona("ola-nowak", "Ola Nowak", "Kupić sofę bez wizyty w salonie, z dostawą na trzecie piętro bez windy")
SZKIC = OLA.replace("ola-nowak", "ewa-szkic").replace("Ola Nowak", "Ewa (szkic)").replace(
    "Kupić sofę bez wizyty w salonie, z dostawą na trzecie piętro bez windy", "TODO po wywiadach")


@pytest.fixture
def agency(tmp_path, monkeypatch) -> Repo:
    return committed(tmp_path / "meble", monkeypatch, {
        "klient/cxkit.toml": 'paths = ["personas"]\n', "klient/personas/ola.yaml": OLA, "klient/szkice/ewa.yaml": SZKIC})


def kept_out(*args: str) -> list[tuple[str, str, object]]:
    report = json.loads(run_cli("review", "HEAD", "-f", "json", *args).stdout)
    return sorted((c["op"], c["file"], c.get("kept_out_by")) for c in report["changes"] if c["path"] == "")


def test_widened_paths_list_no_draft_that_both_versions_leave_out(agency):
    agency.write("klient/cxkit.toml", 'paths = ["personas", "mapy"]\n')
    result = run_cli("review", "HEAD")
    assert "No semantic differences." in result.stdout.split("### Changes", 1)[1]
    assert "szkice/ewa.yaml" not in result.stdout
    assert kept_out() == []


def test_paths_swapped_for_an_exclude_list_no_draft_that_both_versions_leave_out(agency):
    agency.write("klient/cxkit.toml", 'exclude = ["szkice/**"]\n')
    assert kept_out() == []


def test_narrowed_paths_still_list_the_document_base_compared(agency):
    agency.write("klient/cxkit.toml", 'paths = ["personas", "szkice"]\n')
    agency.commit("drafts compared")
    agency.write("klient/szkice/jan.yaml", SZKIC.replace("ewa-szkic", "jan-szkic").replace("Ewa (szkic)", "Jan (szkic)"))
    agency.write("klient/cxkit.toml", 'paths = ["personas"]\n')
    by = {"key": "paths", "file": "klient/cxkit.toml"}
    assert kept_out() == [("added", "klient/szkice/jan.yaml", by), ("left", "klient/szkice/ewa.yaml", by)]
