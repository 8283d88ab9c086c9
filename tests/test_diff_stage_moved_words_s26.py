"""A stage moved to another journey says, under each journey, from which journey to which (session 26).

Before: the journey it left read `↕ stages[wyplata]: moved to szkoda-dom` and the one it joined
`moved from szkoda-auto`; markdown `: to `szkoda-dom`` / `: from `szkoda-auto``. Neither said the
ids were journeys, so "moved to wyplata-szkody" read like a stage renamed and "moved from
szkoda-auto" like the path of an item moved inside a journey (`moved from stages[x]...` is that).
Now both lines say the same: `moved from journey A to journey B` (in Polish, `przeniesiono ze ścieżki A do ścieżki B`).
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

JAN = "kind: persona\nid: jan\nname: Jan Kowalski\nlang: pl\ngoals:\n  - Dostać wypłatę w 7 dni od zgłoszenia\n"
AUTO = """\
kind: journey
id: szkoda-auto
name: Szkoda komunikacyjna
lang: pl
persona: jan
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    emotion: -1
    touchpoints:
      - channel: phone
        description: Infolinia szkodowa, czas oczekiwania 14 minut
"""
WYPLATA = """\
  - id: wyplata
    name: Wypłata odszkodowania
    goal: Dostać pieniądze na konto bez dzwonienia do likwidatora
    emotion: 1
    touchpoints:
      - channel: email
        description: Potwierdzenie przelewu z numerem szkody
"""
DOM = """\
kind: journey
id: szkoda-dom
name: Szkoda w mieszkaniu
lang: pl
persona: jan
stages:
  - id: zalanie
    name: Zgłoszenie zalania
    emotion: -2
    touchpoints:
      - channel: web
        description: Formularz zgłoszenia zalania na stronie
"""
SAID = "przeniesiono ze ścieżki szkoda-auto do ścieżki szkoda-dom"


@pytest.fixture
def claims(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "szkody")
    r.write("personas/jan.yaml", JAN)
    r.write("journeys/auto.yaml", AUTO + WYPLATA)
    r.write("journeys/dom.yaml", DOM)
    r.commit("Ścieżki szkód")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def test_two_files_compared_say_from_where_to_where_under_each_journey(tmp_path, monkeypatch):
    """The report's repro: `cxkit diff old/ new/` of a journey pair, the stage moved and edited."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    for side, auto, dom in (("old", AUTO + WYPLATA, DOM), ("new", AUTO, DOM + WYPLATA.replace("emotion: 1", "emotion: 2"))):
        (tmp_path / side).mkdir()
        (tmp_path / side / "jan.yaml").write_text(JAN, encoding="utf-8")
        (tmp_path / side / "auto.yaml").write_text(auto, encoding="utf-8")
        (tmp_path / side / "dom.yaml").write_text(dom, encoding="utf-8")
    result = run_cli("diff", "old", "new")
    assert result.exit_code == 1, result.stderr
    assert result.stdout.splitlines() == [
        "szkoda-auto  auto.yaml",
        f"  ↕ 2. Wypłata odszkodowania (wyplata): {SAID}",
        "",
        "szkoda-dom  dom.yaml",
        f"  ↕ 2. Wypłata odszkodowania (wyplata): {SAID}",
        "  ~ 2. Wypłata odszkodowania (wyplata) › Emocje: +1 (dobrze) → +2 (bardzo dobrze)",
        "",
        "2 dokumenty różnią się (2 zmienione); 3 zmiany w dokumentach.",
    ]
    md = run_cli("diff", "old", "new", "--format", "markdown").stdout
    assert md.splitlines()[4:] == [
        "### `szkoda-auto` · `auto.yaml`",
        "",
        "- **przeniesiono** 2. Wypłata odszkodowania (`wyplata`): ze ścieżki `szkoda-auto` do ścieżki `szkoda-dom`",
        "",
        "### `szkoda-dom` · `dom.yaml`",
        "",
        "- **przeniesiono** 2. Wypłata odszkodowania (`wyplata`): ze ścieżki `szkoda-auto` do ścieżki `szkoda-dom`",
        "- **zmieniono** 2. Wypłata odszkodowania (`wyplata`) › Emocje: `+1` (dobrze) → `+2` (bardzo dobrze)",
        "",
    ]


def test_a_stage_moved_into_a_new_journey_whose_id_looks_like_the_stages(claims):
    """`wyplata` into a new journey `wyplata-szkody`: "moved to wyplata-szkody" read like a rename."""
    claims.write("journeys/auto.yaml", AUTO)
    claims.write("journeys/wyplata.yaml", "kind: journey\nid: wyplata-szkody\nname: Wypłata szkody\nlang: pl\n"
                                          "persona: jan\nstages:\n" + WYPLATA)
    result = run_cli("diff", "HEAD")
    assert result.stdout.splitlines() == [
        "szkoda-auto  journeys/auto.yaml",
        "  ↕ 2. Wypłata odszkodowania (wyplata): przeniesiono ze ścieżki szkoda-auto do ścieżki wyplata-szkody",
        "",
        '+ wyplata-szkody  journeys/wyplata.yaml  nowa ścieżka „Wypłata szkody”',
        "  ↕ 1. Wypłata odszkodowania (wyplata): przeniesiono ze ścieżki szkoda-auto do ścieżki wyplata-szkody",
        "",
        "2 dokumenty różnią się (1 zmieniony, 1 dodany); 2 zmiany w dokumentach.",
    ]


def test_two_stages_swapped_between_journeys_each_say_their_own_way(claims):
    """Each line once under each journey: one stage went A → B, the other B → A."""
    zalanie = DOM.split("stages:\n", 1)[1]
    claims.write("journeys/auto.yaml", AUTO.split("stages:\n", 1)[0] + "stages:\n" + AUTO.split("stages:\n", 1)[1]
                 + zalanie)
    claims.write("journeys/dom.yaml", DOM.split("stages:\n", 1)[0] + "stages:\n" + WYPLATA)
    lines = run_cli("diff", "HEAD").stdout.splitlines()
    assert lines == [
        "szkoda-auto  journeys/auto.yaml",
        "  ↕ 2. Wypłata odszkodowania (wyplata): przeniesiono ze ścieżki szkoda-auto do ścieżki szkoda-dom",
        "  ↕ 2. Zgłoszenie zalania (zalanie): przeniesiono ze ścieżki szkoda-dom do ścieżki szkoda-auto",
        "",
        "szkoda-dom  journeys/dom.yaml",
        "  ↕ 1. Zgłoszenie zalania (zalanie): przeniesiono ze ścieżki szkoda-dom do ścieżki szkoda-auto",
        "  ↕ 1. Wypłata odszkodowania (wyplata): przeniesiono ze ścieżki szkoda-auto do ścieżki szkoda-dom",
        "",
        "2 dokumenty różnią się (2 zmienione); 4 zmiany w dokumentach.",
    ]


def test_review_and_json_keep_their_shape(claims):
    """The review's changes say it as diff does; JSON keeps `old` and `new` (scripts read them)."""
    claims.write("journeys/auto.yaml", AUTO)
    claims.write("journeys/dom.yaml", DOM + WYPLATA)
    result = run_cli("review", "HEAD")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("- **przeniesiono** 2. Wypłata odszkodowania (`wyplata`): ze ścieżki `szkoda-auto` do ścieżki `szkoda-dom`\n") == 2
    entries = json.loads(run_cli("diff", "HEAD", "-f", "json").stdout)
    assert [(e["op"], e["document"], e["old"], e["new"], e["moved"]) for e in entries] == [
        ("moved", "szkoda-auto", "szkoda-auto", "szkoda-dom", "document"),
        ("moved", "szkoda-dom", "szkoda-auto", "szkoda-dom", "document"),
    ]
