"""`cxkit review`: a journey left naming a persona id the change renamed (with its file) is told
what the id is now (tester4 F6, the review side)."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

PRIYA = """\
kind: persona
id: priya
name: Priya Shah
reviewed: 2026-11-20
goals:
  - Kitchen usable again within 3 weeks of the leak
"""
CLAIM = """\
kind: journey
id: claim
name: Burst pipe claim
persona: priya
reviewed: 2026-11-20
stages:
  - id: fnol
    name: First notice of loss
    touchpoints: [{channel: phone, description: 24/7 claims line}]
    emotion: 0
"""


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "claims")
    r.write("cxkit.toml", "")
    r.write("personas/priya.yaml", PRIYA)
    r.write("journeys/claim.yaml", CLAIM)
    r.commit("base")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def introduced(*args: str) -> list[dict]:
    result = run_cli("review", "-f", "json", *args)
    assert result.exception is None and result.exit_code == 1, result.stderr
    return [f for f in json.loads(result.stdout)["introduced"] if f["rule"] == "unknown-persona"]


def test_an_id_renamed_with_its_file_is_named_in_the_finding(repo):
    repo.git("mv", "personas/priya.yaml", "personas/priya-escape-of-water.yaml")
    repo.write("personas/priya-escape-of-water.yaml", PRIYA.replace("id: priya", "id: priya-escape-of-water"))
    [finding] = introduced("main")
    assert finding["message"].endswith(
        "; this change renamed persona 'priya' to 'priya-escape-of-water' (personas/priya-escape-of-water.yaml)")
    md = run_cli("review", "main").stdout
    assert "this change renamed persona 'priya' to 'priya-escape-of-water'" in md


def test_the_new_id_is_named_once(repo):
    # The file still carries the old id's name: lint's own hint may name the new id already,
    # and then the note is not added.
    repo.write("personas/priya.yaml", PRIYA.replace("id: priya", "id: priya-escape-of-water"))
    [finding] = introduced("main")
    assert finding["message"].count("'priya-escape-of-water'") == 1


def test_a_persona_removed_and_another_added_is_no_rename(repo):
    repo.git("rm", "-q", "personas/priya.yaml")
    repo.write("personas/tomasz.yaml", "kind: persona\nid: tomasz\nname: Tomasz Wójcik\nreviewed: 2026-11-20\n"
               "goals:\n  - Szybka wypłata odszkodowania za zalane mieszkanie\n")
    [finding] = introduced("main")
    assert "this change renamed" not in finding["message"]
