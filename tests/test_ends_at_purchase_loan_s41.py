"""journey-ends-at-purchase (CX405): a lender's sale is the loan drawn down (session 41).

A bank's mortgage journey that ended at "Uruchomienie kredytu i spłata starego banku" (the loan drawn down,
the old bank paid off with it) was not reported, while one ending at "Podpisanie umowy" or "Otwarcie konta"
was: for a lender the money paid out is the purchase.  Now "Uruchomienie kredytu", "Wypłata środków",
"Loan drawdown", "Funds released" (where and how as for any purchase: "w oddziale") are the purchase, and
after the drawdown only the old loan paid off with it may follow; an app started, an account started in an
app, release notes and a stage past the drawdown (its first instalment) are not.
"""

from __future__ import annotations

import pytest

from cxkit.config import Config
from cxkit.lint.engine import lint as lint_files
from cxkit.lint.selection import Selection
from rule_helpers import pos, run, where, write

MORTGAGE = """\
kind: journey
id: marta-przenosi-kredyt
name: {title}
lang: {lang}
persona: marta-refinansuje
stages:
  - id: porownanie
    name: {first}
    emotion: -1
    touchpoints: [doradca kredytowy, porównywarka]
  - id: decyzja
    name: {second}
    emotion: 1
    touchpoints: [aplikacja banku]
  - id: {id}
    name: {name}
    emotion: 1
    touchpoints: [aplikacja banku]
"""


def lint(tmp_path, monkeypatch, stage_id: str, name: str, lang: str):
    first, second, title = (("Porównanie ofert kredytu", "Decyzja kredytowa", "Marta przenosi kredyt do nowego banku")
                            if lang == "pl" else
                            ("Comparing mortgage offers", "Credit decision", "Marta moves her mortgage to a new bank"))
    text = MORTGAGE.format(title=title, lang=lang, first=first, second=second, id=stage_id, name=name)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase")


@pytest.mark.parametrize(("stage_id", "name", "lang"), [
    ("uruchomienie", "Uruchomienie kredytu i spłata starego banku", "pl"),  # the journey that went unreported
    ("wyplata", "Wypłata środków", "pl"),
    ("kredyt", "Uruchomienie kredytu", "pl"),
    ("oddzial", "Uruchomienie kredytu w oddziale", "pl"),
    ("splata", "Uruchomienie kredytu i spłata poprzedniego kredytu", "pl"),
    ("pozyczka", "Wypłata pożyczki", "pl"),
    ("drawdown", "Loan drawdown", "en"),
    ("released", "Funds released", "en"),
    ("moved", "Mortgage drawdown and paying off the old lender", "en"),
])
def test_a_journey_ending_at_the_loan_drawn_down_is_reported_s41(tmp_path, monkeypatch, stage_id, name, lang):
    text, found = lint(tmp_path, monkeypatch, stage_id, name, lang)
    line, column = pos(text, f"  - id: {stage_id}")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + len("  - id: "))]
    assert found[0].message == (f"the journey ends at '{stage_id}' ({name}); add what happens after the purchase "
                                "(using what was bought, getting help, coming back, recommending it)")


@pytest.mark.parametrize(("stage_id", "name", "lang"), [
    ("aplikacja", "Uruchomienie aplikacji", "pl"),
    ("konto", "Uruchomienie konta w aplikacji", "pl"),
    ("rata", "Uruchomienie kredytu i pierwsza rata", "pl"),  # past the drawdown: its first instalment
    ("splata", "Uruchomienie kredytu i spłata", "pl"),  # the new loan's repayment, not the old one's
    ("bankomat", "Wypłata środków z bankomatu", "pl"),  # cash taken out: using the account
    ("notes", "Release notes", "en"),
    ("repaying", "Loan drawdown and repaying", "en"),
    ("first-payment", "First mortgage payment", "en"),
])
def test_a_stage_that_is_not_the_loan_drawn_down_stays_quiet_s41(tmp_path, monkeypatch, stage_id, name, lang):
    _text, found = lint(tmp_path, monkeypatch, stage_id, name, lang)
    assert found == []


def test_a_stage_after_the_drawdown_ends_the_journey_past_it_s41(tmp_path, monkeypatch):
    text = MORTGAGE.format(title="Marta przenosi kredyt", lang="pl", first="Porównanie ofert", second="Wypłata środków",
                           id="pierwsza-rata", name="Pierwsza rata w nowym banku")
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase") == []


def test_the_polish_workspace_says_it_in_polish_s41(tmp_path, monkeypatch):
    text = MORTGAGE.format(title="Marta przenosi kredyt", lang="pl", first="Porównanie ofert", second="Decyzja",
                           id="uruchomienie", name="Uruchomienie kredytu i spłata starego banku")
    write(tmp_path, {"journeys/j.yaml": text})
    monkeypatch.chdir(tmp_path)
    found = lint_files(["."], Config(root=tmp_path, lang="pl"), Selection(select=("journey-ends-at-purchase",))).findings
    assert [f.message for f in found] == [
        "ścieżka kończy się na etapie „uruchomienie” (Uruchomienie kredytu i spłata starego banku); dodaj, co dzieje "
        "się po zakupie (korzystanie z zakupu, szukanie pomocy, powrót, polecanie)"]
