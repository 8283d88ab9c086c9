"""journey-ends-at-purchase (CX405): a bank's account of a kind opened is the purchase too (session 38,
review of 5dae4516).

5dae4516 made "Otwarcie konta", "Account opening" and "Opening the account" the purchase, but a bank's
journey names the account it sells: "Otwarcie konta firmowego", "… osobistego", "… oszczędnościowego",
"Open a savings account", "Opening a business account" still ended a journey unreported.  They are the
purchase now; what follows the account opened (a first transfer, a statement opened) is not.
"""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

BANK = """\
kind: journey
id: firma-konto
name: {title}
lang: {lang}
persona: marta-wlascicielka-kwiaciarni
stages:
  - id: porownanie
    name: {first}
    emotion: 0
    touchpoints: [porównywarka kont firmowych]
  - id: k
    name: {name}
    emotion: 1
    touchpoints: [aplikacja banku]
"""


def lint(tmp_path, monkeypatch, name: str, lang: str):
    first, title = ("Porównanie kont", "Marta zakłada konto dla kwiaciarni") if lang == "pl" else (
        "Comparing accounts", "Marta opens an account for her flower shop")
    text = BANK.format(title=title, lang=lang, first=first, name=name)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase")


@pytest.mark.parametrize(("name", "lang"), [
    ("Otwarcie konta firmowego", "pl"),
    ("Otwarcie konta osobistego online", "pl"),
    ("Założenie rachunku oszczędnościowego", "pl"),
    ("Otwarcie konta maklerskiego", "pl"),
    ("Open a savings account", "en"),
    ("Opening a business account", "en"),
    ("Business account opening", "en"),
])
def test_a_journey_ending_at_an_account_of_a_kind_opened_is_reported_s38(tmp_path, monkeypatch, name, lang):
    text, found = lint(tmp_path, monkeypatch, name, lang)
    line, column = pos(text, "  - id: k")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + len("  - id: "))]
    assert found[0].message.startswith("the journey ends at 'k'")


@pytest.mark.parametrize(("name", "lang"), [
    ("Otwarcie konta firmowego i pierwszy przelew", "pl"),
    ("Zamknięcie konta firmowego", "pl"),
    ("Open account statement", "en"),
    ("Open the account settings", "en"),
    ("Savings account statement", "en"),
])
def test_what_follows_the_account_opened_stays_quiet_s38(tmp_path, monkeypatch, name, lang):
    _text, found = lint(tmp_path, monkeypatch, name, lang)
    assert found == []
