"""vague-metric (CX417), repeated-stage-text (CX418) and the customer as an opportunity's owner (session 41, tester49 M3).

A B2B journey passed lint clean with KPIs that were bare names or wishes ("NPS", "Customer satisfaction",
"Improve conversion": no baseline, no target), with all 11 stages holding the same `thinking`, the same
templated `doing` and barrier ("…step 1", "…step 2"), and with "The customer" as the owner of a fix.
"""

from __future__ import annotations

import pytest

from cxkit.config import Config
from cxkit.lint.engine import lint as lint_files
from cxkit.lint.selection import Selection
from rule_helpers import pos, write

EN = """\
kind: journey
id: whitfield-moves-payroll
name: Whitfield Logistics moves payroll to Paywise
lang: en
persona: claire-whitmore
stages:
  - id: research
    name: Research
    doing: Claire and her HR manager work through step 1
    thinking: Will this hold up at month-end?
    barriers:
      - Step 1 takes longer than the 2 weeks planned
    metrics:
      - {m1}
  - id: demo
    name: Demo
    doing: Claire and her HR manager work through step 2
    thinking: Will this hold up at month-end?
    barriers:
      - Step 2 takes longer than the 2 weeks planned
    metrics:
      - {m2}
  - id: contract
    name: Contract signed
    doing: Claire and her HR manager work through step 3
    thinking: "Will this hold up at month-end"
    barriers:
      - Step 3 takes longer than the 2 weeks planned
    metrics:
      - {m3}
    opportunities:
      - action: Send the DPA template with the first proposal
        owner: {owner}
        due: 2027-03-31
"""

PL = """\
kind: journey
id: wojcik-wdraza-paywise
name: Wójcik Logistyka wdraża Paywise
lang: pl
persona: katarzyna-wojcik
stages:
  - id: prezentacja
    name: Prezentacja produktu
    thinking: Czy to zadziała przy zamknięciu miesiąca?
    metrics:
      - {m1}
  - id: pilotaz
    name: Pilotaż w jednym oddziale
    thinking: Czy to zadziała przy zamknięciu miesiąca?
    metrics:
      - {m2}
  - id: umowa
    name: Podpisanie umowy
    thinking: Czy to zadziała przy zamknięciu miesiąca?
    metrics:
      - {m3}
    opportunities:
      - action: Wysyłać wzór umowy powierzenia danych z pierwszą ofertą
        owner: {owner}
        due: 2027-03-31
"""

GOOD_EN = ("Days from demo to pilot (median 21, target 14 by 2027-06-30)", "Demo-to-pilot conversion from 18% to 25%",
           "Zero failed payroll runs in the first quarter")
GOOD_PL = ("Dni od prezentacji do pilotażu (mediana 21, cel 14)", "Konwersja z pilotażu do umowy z 40% do 55%",
           "Zero błędnych list płac w pierwszym kwartale")


def lint(tmp_path, monkeypatch, text: str, rules: tuple[str, ...], lang: str = "en") -> list[tuple[str, int, int, str]]:
    write(tmp_path, {"journeys/j.yaml": text})
    monkeypatch.chdir(tmp_path)
    found = lint_files(["."], Config(root=tmp_path, lang=lang), Selection(select=rules)).findings
    return [(f.code, f.line, f.column, f.message) for f in found]


# --- vague-metric (CX417) ---------------------------------------------------------------------------------------

def test_bare_names_and_wishes_are_reported_at_the_metric_s41(tmp_path, monkeypatch):
    text = EN.format(m1="NPS", m2="Customer satisfaction", m3="Improve conversion", owner="Sales operations")
    assert lint(tmp_path, monkeypatch, text, ("vague-metric",)) == [
        ("CX417", *pos(text, "NPS"), "metric 'NPS' of stage 'research' has no number: no baseline and no target; write "
                                     "where it stands and where it should be by when, e.g. 'NPS: from X to Y by YYYY-MM-DD'"),
        ("CX417", *pos(text, "Customer satisfaction"),
         "metric 'Customer satisfaction' of stage 'demo' has no number: no baseline and no target; write where it "
         "stands and where it should be by when, e.g. 'Customer satisfaction: from X to Y by YYYY-MM-DD'"),
        ("CX417", *pos(text, "Improve conversion"),
         "metric 'Improve conversion' of stage 'contract' is a wish, not a measure: no baseline and no target; write "
         "where it stands and where it should be by when, e.g. 'Conversion: from X to Y by YYYY-MM-DD'"),
    ]


def test_polish_metrics_are_told_in_polish_s41(tmp_path, monkeypatch):
    text = PL.format(m1="NPS", m2="Zadowolenie klientów", m3="Poprawić konwersję", owner="Dział sprzedaży")
    assert [m for *_at, m in lint(tmp_path, monkeypatch, text, ("vague-metric",), lang="pl")] == [
        "wskaźnik „NPS” etapu „prezentacja” nie ma liczby: nie ma punktu wyjścia ani celu; zapisz, ile wynosi dziś, ile "
        "ma wynosić i do kiedy, np. „NPS: z X do Y do dnia RRRR-MM-DD”",
        "wskaźnik „Zadowolenie klientów” etapu „pilotaz” nie ma liczby: nie ma punktu wyjścia ani celu; zapisz, ile "
        "wynosi dziś, ile ma wynosić i do kiedy, np. „Zadowolenie klientów: z X do Y do dnia RRRR-MM-DD”",
        "wskaźnik „Poprawić konwersję” etapu „umowa” to życzenie, a nie miara: nie ma punktu wyjścia ani celu; zapisz, "
        "ile wynosi dziś, ile ma wynosić i do kiedy, np. „Konwersja: z X do Y do dnia RRRR-MM-DD”",
    ]


@pytest.mark.parametrize(("template", "good", "lang"), [(EN, GOOD_EN, "en"), (PL, GOOD_PL, "pl")])
def test_metrics_with_a_number_pass_s41(tmp_path, monkeypatch, template, good, lang):
    text = template.format(m1=good[0], m2=good[1], m3=good[2], owner="Sales operations")
    assert lint(tmp_path, monkeypatch, text, ("vague-metric",), lang=lang) == []


@pytest.mark.parametrize("none", ["brak", "n/a", "nie mierzymy", "TBD"])
def test_a_metric_that_says_there_is_none_is_left_to_other_rules_s41(tmp_path, monkeypatch, none):
    text = PL.format(m1=none, m2=GOOD_PL[1], m3=GOOD_PL[2], owner="Dział sprzedaży")
    assert lint(tmp_path, monkeypatch, text, ("vague-metric",), lang="pl") == []


def test_a_retired_journey_is_not_checked_s41(tmp_path, monkeypatch):
    text = EN.format(m1="NPS", m2="NPS", m3="NPS", owner="Sales operations").replace("lang: en\n", "lang: en\nstatus: retired\n")
    assert lint(tmp_path, monkeypatch, text, ("vague-metric", "repeated-stage-text")) == []


# --- repeated-stage-text (CX418) -------------------------------------------------------------------------------

def test_copied_texts_are_reported_once_naming_the_stages_s41(tmp_path, monkeypatch):
    text = EN.format(m1=GOOD_EN[0], m2=GOOD_EN[1], m3=GOOD_EN[2], owner="Sales operations")
    assert lint(tmp_path, monkeypatch, text, ("repeated-stage-text",)) == [
        ("CX418", *pos(text, "Claire and her"),
         "3 stages ('research', 'demo', 'contract') have the same text in `doing` (but for its numbers): 'Claire and "
         "her HR manager work through step 1'; write what research found at each stage: a text copied into every "
         "stage tells them apart no more than an empty one"),
        ("CX418", *pos(text, "Will this hold"),
         "3 stages ('research', 'demo', 'contract') have the same text in `thinking`: 'Will this hold up at "
         "month-end?'; write what research found at each stage: a text copied into every stage tells them apart no "
         "more than an empty one"),
        ("CX418", *pos(text, "Step 1 takes"),
         "3 stages ('research', 'demo', 'contract') have the same text in `barriers` (but for its numbers): 'Step 1 "
         "takes longer than the 2 weeks planned'; write what research found at each stage: a text copied into every "
         "stage tells them apart no more than an empty one"),
    ]


def test_copied_polish_thinking_is_told_in_polish_s41(tmp_path, monkeypatch):
    text = PL.format(m1=GOOD_PL[0], m2=GOOD_PL[1], m3=GOOD_PL[2], owner="Dział sprzedaży")
    assert lint(tmp_path, monkeypatch, text, ("repeated-stage-text",), lang="pl") == [
        ("CX418", *pos(text, "Czy to zadziała"),
         "3 etapy („prezentacja”, „pilotaz”, „umowa”) mają ten sam tekst w `thinking`: „Czy to zadziała przy zamknięciu "
         "miesiąca?”; wpisz, co badania pokazały na każdym etapie: tekst skopiowany do wszystkich etapów nie odróżnia "
         "ich bardziej niż puste pole"),
    ]


def test_the_same_metric_in_three_stages_counts_its_numbers_s41(tmp_path, monkeypatch):
    same = "Days spent in this stage (median 14)"
    text = PL.format(m1=same, m2=same, m3="Days spent in this stage (median 30)", owner="Dział sprzedaży")
    text = text.replace("Czy to zadziała przy zamknięciu miesiąca?", "x")  # leave the metrics alone to judge
    assert lint(tmp_path, monkeypatch, text, ("repeated-stage-text",), lang="en") == []  # 14 and 30 differ
    text = text.replace("(median 30)", "(median 14)")
    assert [(code, line) for code, line, _col, _m in lint(tmp_path, monkeypatch, text, ("repeated-stage-text",))] == [
        ("CX418", pos(text, same)[0])]


def test_two_stages_alike_and_short_texts_are_not_reported_s41(tmp_path, monkeypatch):
    text = PL.format(m1=GOOD_PL[0], m2=GOOD_PL[1], m3=GOOD_PL[2], owner="Dział sprzedaży")
    # the third stage thinks its own thought: two copies are not "several"
    text = text.replace("    thinking: Czy to zadziała przy zamknięciu miesiąca?\n    metrics:\n      - " + GOOD_PL[2],
                        "    thinking: Prawnicy znów dopiszą poprawki do umowy powierzenia\n    metrics:\n      - " + GOOD_PL[2])
    assert lint(tmp_path, monkeypatch, text, ("repeated-stage-text",), lang="pl") == []
    # a feeling of one or two words ("Frustrated") may well recur: under three words is not compared
    short = EN.replace("thinking: Will this hold up at month-end?", "feeling: Frustrated")
    short = short.replace('thinking: "Will this hold up at month-end"', "feeling: Frustrated")
    short = short.replace("work through step", "asks about module").replace("Step", "Module")
    text = short.format(m1=GOOD_EN[0], m2=GOOD_EN[1], m3=GOOD_EN[2], owner="Sales operations")
    found = lint(tmp_path, monkeypatch, text, ("repeated-stage-text",))
    assert not any("Frustrated" in m for *_at, m in found)


# --- unowned-opportunity (CX403): the customer owns no fix -----------------------------------------------------

@pytest.mark.parametrize("owner", ["The customer", "customer", "Our clients", "The end user"])
def test_the_customer_as_owner_is_reported_s41(tmp_path, monkeypatch, owner):
    text = EN.format(m1=GOOD_EN[0], m2=GOOD_EN[1], m3=GOOD_EN[2], owner=owner)
    line, column = pos(text, f"owner: {owner}")
    assert lint(tmp_path, monkeypatch, text, ("unowned-opportunity",)) == [
        ("CX403", line, column + len("owner: "),
         f"opportunity 'Send the DPA template with the first proposal' has no owner ('{owner}' is whom the map is "
         "about, not a team that can make the change); name the team or person who will fix it")]


@pytest.mark.parametrize("owner", ["Klient", "Klienci", "sam klient", "Użytkownik"])
def test_the_customer_as_owner_is_reported_in_polish_s41(tmp_path, monkeypatch, owner):
    text = PL.format(m1=GOOD_PL[0], m2=GOOD_PL[1], m3=GOOD_PL[2], owner=owner)
    assert [m for *_at, m in lint(tmp_path, monkeypatch, text, ("unowned-opportunity",), lang="pl")] == [
        f"usprawnienie „Wysyłać wzór umowy powierzenia danych z pierwszą ofertą” nie ma właściciela („{owner}” to ten, "
        "o kim jest mapa, a nie zespół, który może wprowadzić zmianę); wskaż zespół lub osobę, która je wdroży"]


@pytest.mark.parametrize("owner", ["Customer Success team", "Dział obsługi klienta", "Client onboarding (Priya Shah)",
                                   "Zespół ds. klientów kluczowych"])
def test_a_team_named_after_customers_owns_the_fix_s41(tmp_path, monkeypatch, owner):
    text = EN.format(m1=GOOD_EN[0], m2=GOOD_EN[1], m3=GOOD_EN[2], owner=owner)
    assert lint(tmp_path, monkeypatch, text, ("unowned-opportunity",)) == []
