"""A list item moved to another stage is one `moved` entry also when its list goes or comes with it (session 28).

Before: the only barrier of a stage, moved into another stage's barriers, was
`- stages[swiadomosc].barriers: [...]` and `+ stages[wdrozenie].barriers[2]: ...` (its list left
with it, and joined one that existed), and the reverse (a barrier out of a list that keeps others,
into a stage with no barriers yet) was `+ stages[porownanie].barriers: [...]` and
`- stages[wdrozenie].barriers[1]`; docs/diff.md promises one `moved` entry.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

JOURNEY = """\
kind: journey
id: ewa-wdraza-ksef
name: Ewa przenosi biuro rachunkowe na KSeF w Faktura24
lang: pl
owner: Zespół CX Faktura24 (Łucja Kępińska)
persona: ewa-ksiegowa-biuro
goal: Przenieść 62 klientów na KSeF przed 1 lutego 2026 bez utraty ani jednej faktury
reviewed: 2026-11-20
stages:
  - id: swiadomosc
    name: Świadomość
    doing: Czyta komentarze w grupie „Księgowe w sieci” i zapisuje nazwy trzech programów
    thinking: Czy to w ogóle ruszy w lutym, czy znowu przesuną?
    feeling: Niepokój i zmęczenie kolejną zmianą przepisów
    emotion: -1
    barriers:
      - Sprzeczne informacje o terminie wejścia KSeF w grupie
  - id: porownanie
    name: Porównanie
    doing: Porównuje trzy programy w tabeli w Excelu
    thinking: "Ile to kosztuje przy 62 klientach | a ile przy 80?"
    feeling: Ostrożna ciekawość
    emotion: 0
    pain_points:
      - Cennik podaje cenę za firmę, nie za biuro
  - id: wdrozenie
    name: Wdrożenie
    doing: Wkleja tokeny jeden po drugim
    thinking: Dlaczego nie mogę wgrać tego z pliku CSV?
    feeling: Frustracja, bo kreator przyjmuje jeden token naraz
    emotion: -2
    barriers:
      - Brak importu tokenów z pliku CSV
      - Infolinia czynna tylko do 16:00
    pain_points:
      - Token wygasa po 30 dniach bez ostrzeżenia
  - id: codzienna-praca
    name: Codzienna praca
    doing: Rano sprawdza listę klientów z czerwonym statusem ❌
    thinking: Wreszcie nie muszę dzwonić do każdego klienta
    feeling: Ulga
    emotion: 1
    love_points:
      - Faktury kosztowe pobierają się same o 6:00
"""

LAST_BARRIER = "    barriers:\n      - Sprzeczne informacje o terminie wejścia KSeF w grupie\n"
HOTLINE = "      - Infolinia czynna tylko do 16:00\n"


def _diff(tmp_path, monkeypatch, new: str, *extra: str):
    (tmp_path / "stara.yaml").write_text(JOURNEY, encoding="utf-8")
    (tmp_path / "nowa.yaml").write_text(new, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    result = run_cli("diff", "stara.yaml", "nowa.yaml", *extra)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


@pytest.mark.skipif(not HAS_GIT, reason="git missing")
def test_the_only_barrier_of_a_stage_moved_into_another_stages_barriers_is_one_move(tmp_path, monkeypatch):
    """The tester's case, in the working tree of a repository: `cxkit diff` (against what is staged)."""
    repo = Repo(tmp_path / "faktura24")
    repo.write("journeys/ewa-wdraza-ksef.yaml", JOURNEY)
    repo.commit("Podróż Ewy")
    repo.write("journeys/ewa-wdraza-ksef.yaml", JOURNEY.replace(LAST_BARRIER, "").replace(
        HOTLINE, HOTLINE + "      - Sprzeczne informacje o terminie wejścia KSeF w grupie\n"))
    monkeypatch.chdir(repo.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    result = run_cli("diff")
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert (result.exit_code, result.stdout.splitlines()) == (1, [
        "ewa-wdraza-ksef  journeys/ewa-wdraza-ksef.yaml",
        "  ↕ 3. Wdrożenie (wdrozenie) › Bariery #3: poprzednio 1. Świadomość (swiadomosc) › Bariery #1: "
        "Sprzeczne informacje o terminie wejścia KSeF w grupie",
        "",
        "1 dokument różni się (1 zmieniony); 1 zmiana w dokumencie.",
    ])


def test_a_barrier_moved_into_a_stage_that_had_no_barriers_is_one_move(tmp_path, monkeypatch):
    new = JOURNEY.replace(HOTLINE, "").replace(
        "      - Cennik podaje cenę za firmę, nie za biuro\n",
        "      - Cennik podaje cenę za firmę, nie za biuro\n    barriers:\n" + HOTLINE)
    result = _diff(tmp_path, monkeypatch, new, "-f", "json")
    entries = json.loads(result.stdout)
    assert [(e["op"], e["path"], e.get("old"), e.get("new")) for e in entries] == [
        ("moved", "stages[porownanie].barriers[0]", "stages[wdrozenie].barriers[1]", "stages[porownanie].barriers[0]"),
    ]


def test_the_only_pain_point_that_became_a_love_point_where_there_are_some_is_one_move(tmp_path, monkeypatch):
    new = JOURNEY.replace("    pain_points:\n      - Token wygasa po 30 dniach bez ostrzeżenia\n", "").replace(
        "      - Faktury kosztowe pobierają się same o 6:00\n",
        "      - Faktury kosztowe pobierają się same o 6:00\n      - Token wygasa po 30 dniach bez ostrzeżenia\n")
    result = _diff(tmp_path, monkeypatch, new)
    assert result.stdout.splitlines()[1:2] == [
        "  ↕ 4. Codzienna praca (codzienna-praca) › Zachwyty #2: poprzednio 3. Wdrożenie (wdrozenie) › Problemy #1: "
        "Token wygasa po 30 dniach bez ostrzeżenia",
    ]


def test_a_list_that_lost_one_of_two_items_on_the_way_shows_the_other_removed(tmp_path, monkeypatch):
    """Both barriers of `wdrozenie` leave with their list; one joins `swiadomosc`'s, one is gone."""
    new = JOURNEY.replace("    barriers:\n      - Brak importu tokenów z pliku CSV\n" + HOTLINE, "").replace(
        LAST_BARRIER, LAST_BARRIER + HOTLINE)
    entries = json.loads(_diff(tmp_path, monkeypatch, new, "-f", "json").stdout)
    assert sorted((e["op"], e["path"]) for e in entries) == [
        ("moved", "stages[swiadomosc].barriers[1]"),
        ("removed", "stages[wdrozenie].barriers[0]"),
    ]


def test_guard_two_lists_removed_and_added_whole_that_share_a_text_are_two_lists(tmp_path, monkeypatch):
    """Guard: `barriers` of one stage gone and `pain_points` of another come, nothing else kept: no move."""
    new = JOURNEY.replace(LAST_BARRIER, "").replace(
        "    love_points:\n", "    pain_points:\n      - Sprzeczne informacje o terminie wejścia KSeF w grupie\n"
        "      - Aplikacja mobilna nie pokazuje statusu pobrania\n    love_points:\n")
    entries = json.loads(_diff(tmp_path, monkeypatch, new, "-f", "json").stdout)
    assert [(e["op"], e["path"]) for e in entries] == [
        ("removed", "stages[swiadomosc].barriers"), ("added", "stages[codzienna-praca].pain_points"),
    ]


def test_guard_a_barrier_moved_within_a_list_that_stays_is_an_order_change(tmp_path, monkeypatch):
    new = JOURNEY.replace("      - Brak importu tokenów z pliku CSV\n" + HOTLINE,
                          HOTLINE + "      - Brak importu tokenów z pliku CSV\n")
    lines = _diff(tmp_path, monkeypatch, new).stdout.splitlines()
    assert lines[1].startswith("  ↕ 3. Wdrożenie (wdrozenie) › Bariery: zmieniono kolejność")
