"""journey-without-dip (CX416): a journey where nothing ever hurts (session 36, tester38 M3).

A "rosy" journey (six stages, each at +2, no barrier and no pain point anywhere) passed lint with
"All checks passed", which a workshop reads as approval.  The method maps each stage's emotions and
the barriers met there from research, then looks for what to fix: a map with no dip and no barrier
is the sign of one written from the company's side.  The new rule says so, as info (it fails no
gate), once per journey, at its `stages`; a dip, a barrier or a pain point anywhere, a sketch of
fewer stages than `min-stages`, and a retired journey pass.
"""

from __future__ import annotations

import json

import pytest

from conftest import enter_workspace, run_cli

KRYSTYNA = """\
kind: persona
id: krystyna
name: Krystyna Żółkiewska
goals:
  - Kupić OC w 5 minut, bez dzwonienia do agentki
"""

ROSY_PL = """\
kind: journey
id: rozowa
name: Krystyna kupuje OC bez żadnych problemów
lang: pl
persona: krystyna
reviewed: 2026-11-20
stages:
  - id: swiadomosc
    name: Świadomość
    touchpoints: [billboard przy Piotrkowskiej]
    feeling: Zaciekawiona
    emotion: 2
  - id: porownanie
    name: Porównanie ofert
    touchpoints: [aplikacja]
    feeling: Zadowolona
    emotion: 2
  - id: zakup
    name: Zakup polisy OC
    touchpoints: [aplikacja]
    feeling: Szczęśliwa
    emotion: 2
  - id: korzystanie
    name: Korzystanie z polisy
    touchpoints: [aplikacja]
    feeling: Zachwycona
    emotion: 2
  - id: odnowienie
    name: Odnowienie
    touchpoints: [aplikacja]
    feeling: Zadowolona
    emotion: 2
  - id: polecenie
    name: Polecenie
    touchpoints: [rozmowa z siostrą]
    feeling: Dumna
    emotion: 2
"""

#: A shop's English journey: one stage not scored, the others 0 to +2, a love point, no barrier.
ROSY_EN = """\
kind: journey
id: tom-buys-running-shoes
name: Tom buys running shoes
lang: en
persona: krystyna
stages:
  - id: discovery
    name: Discovery
    touchpoints: [Instagram ad]
    emotion: 0
  - id: fitting
    name: Gait analysis in store
    touchpoints: [Manchester store]
    emotion: 2
    love_points:
      - The treadmill video shows his overpronation
  - id: purchase
    name: Purchase
    touchpoints: [till]
    emotion: 1
  - id: first-run
    name: First run
    touchpoints: [Strava]
"""


def lint(*args: str) -> tuple[int, list[dict]]:
    result = run_cli("lint", "--no-cache", "-f", "json", *args)
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    return result.exit_code, [f for f in json.loads(result.stdout) if f["code"] == "CX416"]


@pytest.fixture
def polish(tmp_path, monkeypatch):
    return enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n',
                           files={"personas/krystyna.yaml": KRYSTYNA, "journeys/rozowa.yaml": ROSY_PL})


def test_a_rosy_polish_journey_gets_an_info_at_its_stages(polish):
    code, found = lint("journeys/rozowa.yaml")
    assert code == 0  # info fails no gate
    assert [(f["path"], f["line"], f["column"], f["severity"], f["rule"]) for f in found] == [
        ("journeys/rozowa.yaml", 7, 1, "info", "journey-without-dip")]
    assert found[0]["message"] == (
        "żaden etap nie ma emocji poniżej 0 ani nie wskazuje bariery czy bolączki (6 etapów, wszystkie +2); "
        "ścieżka bez żadnego spadku rzadko jest tym, co pokazują badania: dopisz, gdzie persona się wahała, "
        "czekała albo utknęła, tak jak wynika to z wywiadów")


def test_the_text_report_no_longer_says_all_checks_passed(polish):
    result = run_cli("lint", "--no-cache", "journeys/rozowa.yaml")  # the journey is otherwise clean
    assert result.exit_code == 0
    assert "All checks passed" not in result.stdout
    assert result.stdout.startswith("journeys/rozowa.yaml:7:1: info CX416 żaden etap nie ma emocji poniżej 0")


def test_an_english_journey_says_its_range_and_its_unscored_stage(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, files={"personas/krystyna.yaml": KRYSTYNA, "journeys/tom.yaml": ROSY_EN})
    _code, found = lint()
    assert [(f["line"], f["message"]) for f in found] == [(6, (
        "no stage scores below 0 and none names a barrier or pain point (3 of 4 stages scored, emotions 0 to +2); "
        "a journey with no dip is rarely what research shows: add where the persona hesitated, waited or got "
        "stuck, as the interviews tell it"))]


def test_the_polish_range_and_unscored_stages(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n',
                    files={"personas/krystyna.yaml": KRYSTYNA, "journeys/tom.yaml": ROSY_EN})
    _code, found = lint()
    assert found[0]["message"].startswith(
        "żaden etap nie ma emocji poniżej 0 ani nie wskazuje bariery czy bolączki (3 z 4 etapów z oceną, emocje "
        "od 0 do +2); ")


@pytest.mark.parametrize(("old", "new"), [
    # a dip anywhere
    ("    feeling: Szczęśliwa\n    emotion: 2\n", "    feeling: Zniecierpliwiona, BLIK odrzucony dwa razy\n    emotion: -1\n"),
    # a barrier on a glad stage
    ("    feeling: Zadowolona\n    emotion: 2\n  - id: zakup",
     "    feeling: Zadowolona\n    emotion: 2\n    barriers:\n      - Kalkulator pyta o VIN, którego nie ma pod "
     "ręką\n  - id: zakup"),
    # a pain point
    ("    feeling: Dumna\n    emotion: 2\n",
     "    feeling: Dumna\n    emotion: 2\n    pain_points:\n      - Link polecający wygasa po 7 dniach\n"),
    # a retired journey, kept for the record
    ("persona: krystyna\n", "persona: krystyna\nstatus: retired\n"),
])
def test_a_dip_a_barrier_a_pain_or_a_retired_journey_passes(tmp_path, monkeypatch, old, new):
    assert ROSY_PL.count(old) == 1
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n',
                    files={"personas/krystyna.yaml": KRYSTYNA, "journeys/rozowa.yaml": ROSY_PL.replace(old, new)})
    assert lint()[1] == []


def test_a_sketch_of_two_scored_stages_is_not_judged_and_min_stages_sets_the_bar(tmp_path, monkeypatch):
    sketch = ROSY_PL[:ROSY_PL.index("  - id: zakup")]
    enter_workspace(tmp_path, monkeypatch, files={"personas/krystyna.yaml": KRYSTYNA, "journeys/rozowa.yaml": sketch})
    assert lint()[1] == []
    (tmp_path / "journeys/rozowa.yaml").write_text(ROSY_PL, encoding="utf-8")
    assert len(lint()[1]) == 1
    (tmp_path / "cxkit.toml").write_text("[rules.journey-without-dip]\nmin-stages = 7\n", encoding="utf-8")
    assert lint()[1] == []
    (tmp_path / "cxkit.toml").write_text("[rules.journey-without-dip]\nmin-stages = 1\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 2 and "min-stages" in result.stdout + result.stderr


def test_a_team_turns_it_off_or_makes_it_fail_the_gate(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, files={"personas/krystyna.yaml": KRYSTYNA, "journeys/rozowa.yaml": ROSY_PL})
    (tmp_path / "cxkit.toml").write_text("[rules.journey-without-dip]\nenabled = false\n", encoding="utf-8")
    assert lint()[1] == []
    (tmp_path / "cxkit.toml").write_text('[rules.journey-without-dip]\nseverity = "warning"\n', encoding="utf-8")
    code, found = lint()
    assert code == 1 and [f["severity"] for f in found] == ["warning"]


def test_cxkit_rule_explains_it_in_both_languages(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n')
    result = run_cli("rule", "CX416")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "journey-without-dip (CX416), domyślny poziom: info"  # the header in Polish too (s39)
    assert "Ścieżka, na której nic nie boli" in result.stdout and "Źle:" in result.stdout  # headings Polish (s39)
    enter_workspace(tmp_path, monkeypatch, config='lang = "en"\n')
    result = run_cli("rule", "journey-without-dip")
    assert result.exit_code == 0
    assert "A journey where nothing hurts" in result.stdout and "min-stages" in result.stdout
    assert run_cli("rule", "różowa ścieżka").stderr == (
        "cxkit: unknown rule 'różowa ścieżka'; rule names are English: did you mean 'journey-without-dip' (CX416)?\n")
