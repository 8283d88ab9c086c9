"""A stage moved to another journey and edited on the way (tester12, session 24 leftover; session 25).

Before: a stage moved unchanged was a move, but one edited on the way was a stage removed from
one journey and a stage added to the other, the whole stage printed twice, and `cxkit review`
took its old findings for new ones and failed. Now it is the stage moved, "moved to" / "moved
from" under the two journeys, its edits after the move; rewritten, it stays removed and added.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

JAN = "kind: persona\nid: jan\nname: Jan Kowalski\ngoals:\n  - Dostać wypłatę w 7 dni od zgłoszenia\n"
AUTO = """\
kind: journey
id: szkoda-auto
name: Szkoda komunikacyjna
persona: jan
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    emotion: -1
    touchpoints:
      - channel: phone
        description: Infolinia szkodowa, czas oczekiwania 14 minut
"""
# No touchpoints and an opportunity without an owner: two warnings wherever it stands.
WYPLATA = """\
  - id: wyplata
    name: Wypłata odszkodowania
    goal: Dostać pieniądze na konto bez dzwonienia do likwidatora
    emotion: 1
    opportunities:
      - action: Przelew w 24 godziny po akceptacji kosztorysu
"""
DOM = """\
kind: journey
id: szkoda-dom
name: Szkoda w mieszkaniu
persona: jan
stages:
  - id: zalanie
    name: Zgłoszenie zalania
    emotion: -2
    touchpoints:
      - channel: web
        description: Formularz zgłoszenia zalania na stronie
"""


@pytest.fixture
def claims(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "szkody")
    r.write("cxkit.toml", "")
    r.write("jan.yaml", JAN)
    r.write("a.yaml", AUTO + WYPLATA)
    r.write("b.yaml", DOM)
    r.commit("base")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def edited_move(claims: Repo) -> None:
    claims.write("a.yaml", AUTO)
    claims.write("b.yaml", DOM + WYPLATA.replace("emotion: 1", "emotion: 2").replace("24 godziny", "48 godzin"))


def test_a_stage_edited_on_its_way_is_moved_with_its_edits(claims):
    edited_move(claims)
    result = run_cli("diff", "HEAD")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "szkoda-auto  a.yaml",
        "  ↕ 2. Wypłata odszkodowania (wyplata): przeniesiono ze ścieżki szkoda-auto do ścieżki szkoda-dom",
        "",
        "szkoda-dom  b.yaml",
        "  ↕ 2. Wypłata odszkodowania (wyplata): przeniesiono ze ścieżki szkoda-auto do ścieżki szkoda-dom",
        "  ~ 2. Wypłata odszkodowania (wyplata) › Emocje: +1 (dobrze) → +2 (bardzo dobrze)",
        "  ~ 2. Wypłata odszkodowania (wyplata) › Usprawnienia #1 „Przelew w 48 godzin po akceptacji…” › Działanie: "
        "Przelew w [-24 godziny-]{+48 godzin+} po akceptacji kosztorysu",
        "",
        "2 dokumenty różnią się (2 zmienione); 4 zmiany w dokumentach.",
    ]
    entries = json.loads(run_cli("diff", "HEAD", "-f", "json").stdout)
    assert [(e["op"], e["document"], e["file"], e["path"], e["old"], e["new"], e.get("moved")) for e in entries] == [
        ("moved", "szkoda-auto", "a.yaml", "stages[wyplata]", "szkoda-auto", "szkoda-dom", "document"),
        ("moved", "szkoda-dom", "b.yaml", "stages[wyplata]", "szkoda-auto", "szkoda-dom", "document"),
        ("changed", "szkoda-dom", "b.yaml", "stages[wyplata].emotion", 1, 2, None),
        ("changed", "szkoda-dom", "b.yaml", "stages[wyplata].opportunities[0].action",
         "Przelew w 24 godziny po akceptacji kosztorysu", "Przelew w 48 godzin po akceptacji kosztorysu", None),
    ]
    md = run_cli("diff", "HEAD", "-f", "md").stdout
    assert "- **przeniesiono** 2. Wypłata odszkodowania (`wyplata`): ze ścieżki `szkoda-auto` do ścieżki `szkoda-dom`\n" in md
    assert ("- **przeniesiono** 2. Wypłata odszkodowania (`wyplata`): ze ścieżki `szkoda-auto` do ścieżki `szkoda-dom`\n"
            "- **zmieniono** 2. Wypłata odszkodowania (`wyplata`) › Emocje: `+1` (dobrze) → `+2` (bardzo dobrze)\n") in md


def test_review_carries_the_findings_of_a_stage_edited_on_its_way_over(claims):
    edited_move(claims)
    result = run_cli("review", "HEAD", "--format", "json")
    assert result.exception is None, result.stderr
    report = json.loads(result.stdout)
    assert report["introduced"] == [] and report["fixed"] == []
    assert result.exit_code == 0 and report["failed"] is False
    lint = json.loads(run_cli("lint", "--format", "json", "b.yaml").stdout)
    assert {f["rule"] for f in lint} >= {"stage-without-touchpoints", "unowned-opportunity"}


def test_ignore_order_and_exclude_apply_to_the_edits_of_a_moved_stage(claims):
    edited_move(claims)
    entries = json.loads(run_cli("diff", "HEAD", "-f", "json", "-x", "emotion").stdout)
    assert [e["path"] for e in entries] == ["stages[wyplata]", "stages[wyplata]", "stages[wyplata].opportunities[0].action"]


def test_a_stage_rewritten_on_its_way_stays_removed_and_added(claims):
    """Guard: under the same id, but another stage by now (less than 80 % alike)."""
    claims.write("a.yaml", AUTO)
    claims.write("b.yaml", DOM + "  - id: wyplata\n    name: Zwrot za hotel\n    goal: Odzyskać koszt noclegu po zalaniu\n"
                 "    emotion: -1\n")
    entries = json.loads(run_cli("diff", "HEAD", "-f", "json").stdout)
    assert [(e["op"], e["document"], e["path"]) for e in entries] == [
        ("removed", "szkoda-auto", "stages[wyplata]"), ("added", "szkoda-dom", "stages[wyplata]")]


def test_a_stage_whose_id_changed_on_its_way_stays_removed_and_added(claims):
    """Guard: a move is told by the stage's id; an id changed too is another stage there."""
    claims.write("a.yaml", AUTO)
    claims.write("b.yaml", DOM + WYPLATA.replace("id: wyplata", "id: wyplata-odszkodowania").replace("emotion: 1", "emotion: 2"))
    entries = json.loads(run_cli("diff", "HEAD", "-f", "json").stdout)
    assert [(e["op"], e["document"]) for e in entries] == [("removed", "szkoda-auto"), ("added", "szkoda-dom")]


def test_an_edited_stage_two_journeys_gave_up_is_no_move(claims):
    """Guard: both journeys held `wyplata`; both lose it, one edited copy arrives in a third journey
    kept by the change: which of the two moved? Removed, removed and added, as before."""
    claims.write("b.yaml", DOM + WYPLATA)
    claims.write("c.yaml", "kind: journey\nid: szkoda-zdrowie\nname: Szkoda osobowa\npersona: jan\nstages:\n"
                 "  - id: lekarz\n    name: Wizyta u lekarza orzecznika\n")
    claims.commit("both")
    claims.write("a.yaml", AUTO)
    claims.write("b.yaml", DOM)
    claims.write("c.yaml", "kind: journey\nid: szkoda-zdrowie\nname: Szkoda osobowa\npersona: jan\nstages:\n"
                 "  - id: lekarz\n    name: Wizyta u lekarza orzecznika\n" + WYPLATA.replace("emotion: 1", "emotion: 2"))
    entries = json.loads(run_cli("diff", "HEAD", "-f", "json").stdout)
    assert [(e["op"], e["document"], e["path"]) for e in entries] == [
        ("removed", "szkoda-auto", "stages[wyplata]"),
        ("removed", "szkoda-dom", "stages[wyplata]"),
        ("added", "szkoda-zdrowie", "stages[wyplata]"),
    ]
