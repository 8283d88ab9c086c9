"""repeated-stage-text (CX418) and vague-metric (CX417) on journeys a team really writes (review121, session 41).

Review of aa1879c5/1f2d3d60: a fresh `cxkit new journey` got six CX418 findings for the "TODO: …" slots of
its stages (the placeholder rule's, CX501, already), and a barrier, pain or fix that lasts through several
stages ("IT security sign-off pending" from the demo to the contract) was reported as copied even where each
stage lists barriers of its own.  Metrics with a baseline and a target written with arrows stay clean.
"""

from __future__ import annotations

import json

import pytest

from cxkit.config import Config
from cxkit.lint.engine import lint as lint_files
from cxkit.lint.selection import Selection
from conftest import enter_workspace, run_cli
from rule_helpers import write

RULES = ("repeated-stage-text", "vague-metric")


def lint(tmp_path, monkeypatch, text: str, lang: str = "en") -> list[tuple[str, int, str]]:
    write(tmp_path, {"journeys/j.yaml": text})
    monkeypatch.chdir(tmp_path)
    found = lint_files(["."], Config(root=tmp_path, lang=lang), Selection(select=RULES)).findings
    return [(f.code, f.line, f.message) for f in found]


@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize("stages", ["funnel", "service"])
def test_a_fresh_journey_scaffold_gets_no_repeated_text_finding_s41(tmp_path, monkeypatch, lang, stages):
    enter_workspace(tmp_path, monkeypatch, config=f'lang = "{lang}"\n', today="2026-12-07")
    assert run_cli("new", "persona", "Dan Reed", "--no-input", "--dir", ".").exit_code == 0
    made = run_cli("new", "journey", "Dan opens a business account", "--persona", "dan-reed", "--stages", stages,
                   "--no-input", "--dir", ".")
    assert made.exit_code == 0, made.stderr
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", made.stdout.strip()).stdout)
    codes = [f["code"] for f in found["findings"]] if isinstance(found, dict) else [f["code"] for f in found]
    assert "CX501" in codes  # the TODOs are told, once each, by the placeholder rule
    assert "CX418" not in codes


EN = """\
kind: journey
id: whitfield-moves-payroll
name: Whitfield Logistics moves payroll to Paywise
lang: en
persona: claire-whitmore
stages:
  - id: demo
    name: Demo
    doing: Asks the account executive to show the Sage 200 journal export
    barriers:
      - IT security sign-off pending for any new payroll vendor
      - {own1}
  - id: pilot
    name: Pilot
    doing: Runs the Leeds depot's October payroll in parallel with Excel
    barriers:
      - IT security sign-off pending for any new payroll vendor
      - {own2}
    metrics:
      - NPS 32 → 40 by Q3
  - id: contract
    name: Contract signed
    doing: Chases procurement for the DPA redlines for six weeks
    barriers:
      - IT security sign-off pending for any new payroll vendor
      - {own3}
    metrics:
      - Win rate 18% → 25% by 2027-06-30
"""
OWN_EN = ("The demo shows no Sage 200 journal export", "Parallel run doubles the payroll clerk's work for a month",
          "Legal wants UK data residency written into the DPA")

PL = """\
kind: journey
id: wojcik-wdraza-paywise
name: Wójcik Logistyka wdraża Paywise
lang: pl
persona: katarzyna-wojcik
stages:
  - id: prezentacja
    name: Prezentacja produktu
    doing: Prosi o pokaz eksportu do Symfonii Kadry i Płace
    pain_points:
      - Prezes zatwierdza każdy wydatek powyżej 40 000 zł
      - {own1}
    metrics:
      - Konwersja koszyka 2,1% → 2,6% do 2026-06
  - id: pilotaz
    name: Pilotaż w jednym oddziale
    doing: Liczy październikową listę płac równolegle w Excelu
    pain_points:
      - Prezes zatwierdza każdy wydatek powyżej 40 000 zł
      - {own2}
  - id: umowa
    name: Podpisanie umowy
    doing: Czeka sześć tygodni na poprawki działu prawnego do umowy powierzenia
    pain_points:
      - Prezes zatwierdza każdy wydatek powyżej 40 000 zł
      - {own3}
"""
OWN_PL = ("Pokaz nie obejmuje eksportu do Symfonii", "Równoległe liczenie podwaja pracę kadrowej przez miesiąc",
          "Dział prawny żąda przechowywania danych w Polsce")


def test_a_barrier_shared_by_stages_with_barriers_of_their_own_is_no_copy_s41(tmp_path, monkeypatch):
    assert lint(tmp_path, monkeypatch, EN.format(own1=OWN_EN[0], own2=OWN_EN[1], own3=OWN_EN[2])) == []


def test_a_pain_shared_by_stages_with_pains_of_their_own_is_no_copy_s41(tmp_path, monkeypatch):
    assert lint(tmp_path, monkeypatch, PL.format(own1=OWN_PL[0], own2=OWN_PL[1], own3=OWN_PL[2]), lang="pl") == []


def test_the_shared_item_is_told_where_a_stage_s_list_is_all_copies_s41(tmp_path, monkeypatch):
    # Two items, both copied into every stage: a template, told once for each text.
    same = EN.format(own1=OWN_EN[0], own2=OWN_EN[0], own3=OWN_EN[0])
    found = lint(tmp_path, monkeypatch, same)
    assert [m.split(":")[0] for _c, _l, m in found] == [
        "3 stages ('demo', 'pilot', 'contract') have the same text in `barriers`"] * 2
    # Only the stages whose list is all copies count: two such stages are not "several".
    two = EN.format(own1=OWN_EN[0], own2=OWN_EN[0], own3=OWN_EN[2])
    assert lint(tmp_path, monkeypatch, two) == []


def test_the_polish_shared_pain_is_told_where_the_lists_are_copies_s41(tmp_path, monkeypatch):
    one = PL.replace("      - {own1}\n", "").replace("      - {own2}\n", "").replace("      - {own3}\n", "")
    found = lint(tmp_path, monkeypatch, one, lang="pl")
    assert [(code, m.split(":")[0]) for code, _l, m in found] == [
        ("CX418", "3 etapy („prezentacja”, „pilotaz”, „umowa”) mają ten sam tekst w `pain_points`")]


# --- vague-metric (CX417): numbers in words, and placeholders left to CX501 --------------------------------------

METRIC = """\
kind: journey
id: j
name: Whitfield moves payroll
lang: {lang}
persona: claire-whitmore
stages:
  - id: pilot
    name: Pilot
    doing: Runs the Leeds depot's October payroll in parallel with Excel
    metrics:
      - "{metric}"
"""


@pytest.mark.parametrize(("lang", "metric"), [
    ("pl", "Wskaźnik NPS z trzydziestu do czterdziestu do końca roku"),
    ("pl", "Skrócić wdrożenie z sześciu tygodni do czterech do końca kwartału"),
    ("pl", "Odsetek zwrotów z dwunastu do ośmiu procent w tym roku"),
    ("en", "Share of demos booked online, from a third to two in five by June"),
    ("en", "Days to first payroll, from twenty to fourteen by the end of June"),
])
def test_a_baseline_and_target_in_words_is_a_number_s41(tmp_path, monkeypatch, lang, metric):
    assert lint(tmp_path, monkeypatch, METRIC.format(lang=lang, metric=metric), lang=lang) == []


@pytest.mark.parametrize(("lang", "metric"), [
    ("en", "Percent of demos booked online"),
    ("en", "Conversion this quarter"),
    ("pl", "Procent klientów wracających po roku"),
    ("pl", "Trzymać koszty wdrożenia w ryzach"),
])
def test_a_word_near_a_number_is_no_number_s41(tmp_path, monkeypatch, lang, metric):
    found = lint(tmp_path, monkeypatch, METRIC.format(lang=lang, metric=metric), lang=lang)
    assert [code for code, _l, _m in found] == ["CX417"]


@pytest.mark.parametrize(("lang", "metric"), [("en", "<metric>"), ("pl", "<wskaźnik>"), ("en", "TODO: how you measure it")])
def test_a_placeholder_metric_is_told_once_by_the_placeholder_rule_s41(tmp_path, monkeypatch, lang, metric):
    write(tmp_path, {"journeys/j.yaml": METRIC.format(lang=lang, metric=metric)})
    monkeypatch.chdir(tmp_path)
    found = lint_files(["."], Config(root=tmp_path, lang=lang), Selection(select=("vague-metric", "placeholder"))).findings
    assert [f.code for f in found] == ["CX501"]


def test_a_polish_wish_s_object_is_named_as_a_measure_s41(tmp_path, monkeypatch):
    # "Zwiększyć liczbę …": the example names the measure, "Liczba …", not the wish's object "Liczbę …".
    found = lint(tmp_path, monkeypatch, METRIC.format(lang="pl", metric="Zwiększyć liczbę umówionych prezentacji"),
                 lang="pl")
    assert [m for _c, _l, m in found] == [
        "wskaźnik „Zwiększyć liczbę umówionych prezentacji” etapu „pilot” to życzenie, a nie miara: nie ma punktu "
        "wyjścia ani celu; zapisz, ile wynosi dziś, ile ma wynosić i do kiedy, np. „Liczba umówionych prezentacji: z X "
        "do Y do dnia RRRR-MM-DD”"]
