"""journey-ends-at-purchase (CX405): a bank's sale is the account opened (session 38, tester40 L11).

A bank's journey that ended at "Podpisanie umowy" was reported, one that ended at "Otwarcie konta" was
not: for a bank the account opened is the purchase, as "Założenie konta" is a sign-up's.  Now "Otwarcie
konta", "Otwarcie rachunku", "Otwarcie lokaty", "Konto otwarte", "Account opening", "Opening the account",
"Account opened" (where and how as for any purchase: "w oddziale", "online") are the purchase; closing
the account, opening it again and a stage past it ("… i pierwszy przelew") are not.
"""

from __future__ import annotations

import pytest

from rule_helpers import pos, run, where

BANK = """\
kind: journey
id: ewa-konto-osobiste
name: {title}
lang: {lang}
persona: ewa-zmienia-bank
stages:
  - id: porownanie
    name: {first}
    emotion: 0
    touchpoints: [porównywarka kont]
  - id: {id}
    name: {name}
    emotion: 1
    touchpoints: [aplikacja banku]
"""


def lint(tmp_path, monkeypatch, stage_id: str, name: str, lang: str):
    first, title = ("Porównanie kont", "Ewa zakłada konto") if lang == "pl" else ("Comparing accounts", "Ewa opens an account")
    text = BANK.format(title=title, lang=lang, first=first, id=stage_id, name=name)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase")


@pytest.mark.parametrize(("stage_id", "name", "lang"), [
    # tester40's and their kin: each ended the journey unreported before
    ("otwarcie-konta", "Otwarcie konta", "pl"),
    ("konto", "Otwarcie konta w oddziale", "pl"),
    ("rachunek", "Otwarcie rachunku online", "pl"),
    ("lokata", "Otwarcie lokaty", "pl"),
    ("konto-otwarte", "Konto otwarte", "pl"),
    ("account-opening", "Account opening", "en"),
    ("account", "Opening the account", "en"),
    ("done", "Account opened", "en"),
    ("branch", "Open an account in branch", "en"),
])
def test_a_journey_ending_at_the_account_opened_is_reported_s38(tmp_path, monkeypatch, stage_id, name, lang):
    text, found = lint(tmp_path, monkeypatch, stage_id, name, lang)
    line, column = pos(text, f"  - id: {stage_id}")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + len("  - id: "))]
    assert found[0].message.startswith(f"the journey ends at '{stage_id}'")
    assert found[0].message.endswith("; add what happens after the purchase (using what was bought, getting help, "
                                     "coming back, recommending it)")


@pytest.mark.parametrize(("stage_id", "name", "lang"), [
    ("umowa", "Podpisanie umowy", "pl"),  # guards: reported before and after
    ("zalozenie", "Założenie konta", "pl"),
])
def test_the_twins_are_still_reported_s38(tmp_path, monkeypatch, stage_id, name, lang):
    _text, found = lint(tmp_path, monkeypatch, stage_id, name, lang)
    assert len(found) == 1


@pytest.mark.parametrize(("stage_id", "name", "lang"), [
    ("zamkniecie", "Zamknięcie konta", "pl"),
    ("powrot", "Ponowne otwarcie konta", "pl"),
    ("przelew", "Otwarcie konta i pierwszy przelew", "pl"),
    ("drzwi", "Otwarcie drzwi oddziału", "pl"),
    ("closing", "Closing the account", "en"),
    ("first-transfer", "First transfer from the new account", "en"),
])
def test_a_stage_that_is_not_the_account_opened_stays_quiet_s38(tmp_path, monkeypatch, stage_id, name, lang):
    _text, found = lint(tmp_path, monkeypatch, stage_id, name, lang)
    assert found == []
