"""journey-ends-at-purchase (CX405): paying again and again after the purchase is what follows it (session 39).

A council's service designer (tester43): Kelly's arrears journey agrees £20 a week by direct debit at
`id: purchase` ("Agrees the arrangement"), then ends at `id: paying`, "Pays weekly".  CX405 took the last
stage for the purchase by its id ("paying") and told her to "add what happens after the purchase (using what
was bought...)": shop talk to a council, and `cxkit review` counted it as introduced.  A last stage that says
a payment recurs, after an earlier stage that names the purchase, is the payments that follow it; and where
only the id names the purchase and the name, the team's own words, does not, the advice takes no shop words.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from rule_helpers import pos, run, where

KELLY = """\
kind: journey
id: kelly-pays-arrears
name: Kelly sets up a council tax arrangement
persona: kelly-council-tax-arrears
lang: en
stages:
  - id: consideration
    name: Looks for help
    touchpoints: [StepChange debt advice line]
    emotion: -1
  - id: purchase
    name: {agreed}
    touchpoints: [Council revenues line, 38 minutes on hold]
    doing: Agrees £20 a week by direct debit
    emotion: 1
  - id: {last_id}
    name: {last}
    touchpoints: [Revised bill showing the weekly instalments]
    doing: Pays £20 every Friday by direct debit
    emotion: 1
"""

ANIA = """\
kind: journey
id: ania-karma-w-abonamencie
name: Ania zamawia karmę w abonamencie
persona: ania
lang: pl
stages:
  - id: rozwazanie
    name: Porównuje karmy
    touchpoints: [zooplus.pl]
    emotion: 0
  - id: zakup
    name: Zakup abonamentu na karmę
    touchpoints: [sklep internetowy]
    emotion: 1
  - id: {last_id}
    name: {last}
    touchpoints: [BLIK, e-mail z fakturą]
    emotion: 1
"""


def cx405(tmp: Path, monkeypatch: pytest.MonkeyPatch, text: str):
    return run(tmp, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase")


@pytest.mark.parametrize(("last_id", "last"), [
    ("paying", "Pays weekly"),  # tester43's stage: fails before
    ("paying", "Pays every Friday by direct debit"),
    ("payments", "Monthly payments"),
    ("paying", "Keeps up the fortnightly instalments"),
])
def test_a_recurring_payment_after_the_purchase_is_no_purchase_s39(tmp_path, monkeypatch, last_id, last) -> None:
    text = KELLY.format(agreed="Agrees the arrangement", last_id=last_id, last=last)
    assert cx405(tmp_path, monkeypatch, text) == []


@pytest.mark.parametrize("last", ["Płaci co miesiąc", "Płatności miesięczne", "Opłaca abonament co tydzień"])
def test_a_polish_recurring_payment_after_the_purchase_is_no_purchase_s39(tmp_path, monkeypatch, last) -> None:
    assert cx405(tmp_path, monkeypatch, ANIA.format(last_id="platnosc", last=last)) == []


@pytest.mark.parametrize("last", [
    "Pays for the Team plan",  # paying, once: the purchase itself
    "Pays for each item at the till",  # "each" before no time
])
def test_guard_a_payment_that_does_not_recur_still_ends_at_the_purchase_s39(tmp_path, monkeypatch, last) -> None:
    text = KELLY.format(agreed="Agrees the arrangement", last_id="paying", last=last)
    found = cx405(tmp_path, monkeypatch, text)
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, "paying"))]


def test_guard_a_recurring_payment_with_no_purchase_before_it_is_still_the_purchase_s39(tmp_path, monkeypatch) -> None:
    # The only stage that names the purchase: a subscription bought by its first monthly payment.
    text = ANIA.format(last_id="platnosc", last="Płaci co miesiąc").replace(
        "  - id: zakup\n    name: Zakup abonamentu na karmę\n", "  - id: wybor\n    name: Wybiera rozmiar worka\n")
    found = cx405(tmp_path, monkeypatch, text)
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, "platnosc"))]


def test_guard_polish_co_before_no_time_is_no_recurrence_s39(tmp_path, monkeypatch) -> None:
    text = ANIA.format(last_id="platnosc", last="Płaci za to, co zamówiła")
    assert [where(f) for f in cx405(tmp_path, monkeypatch, text)] == [("journeys/j.yaml", *pos(text, "platnosc"))]


ENDS_AT_ARRANGEMENT = """\
kind: journey
id: kelly-arrangement
name: Kelly sets up a council tax arrangement
persona: kelly-council-tax-arrears
lang: {lang}
stages:
  - id: awareness
    name: {first}
    touchpoints: [letter]
    emotion: -1
  - id: purchase
    name: {agreed}
    touchpoints: [phone]
    emotion: 1
"""


@pytest.mark.parametrize(("lang", "first", "agreed", "said"), [
    ("en", "Reminder letter arrives", "Agrees the arrangement",
     "the journey ends at 'purchase' (Agrees the arrangement); add what happens after it (using what was arranged or "
     "paid for, the payments that follow, getting help, a change of circumstances, coming back)"),
    ("pl", "Przychodzi upomnienie", "Uzgadnia spłatę w ratach",
     "ścieżka kończy się na etapie „purchase” (Uzgadnia spłatę w ratach); dodaj, co dzieje się potem (korzystanie "
     "z tego, co załatwione lub opłacone, kolejne płatności, szukanie pomocy, zmiana sytuacji, powrót)"),
])
def test_a_purchase_named_by_its_id_alone_gets_advice_without_shop_words_s39(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, first: str, agreed: str, said: str,
) -> None:
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "j.yaml").write_text(
        ENDS_AT_ARRANGEMENT.format(lang=lang, first=first, agreed=agreed), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "journey-ends-at-purchase", "journeys")
    assert result.exit_code == 1, result.stdout
    assert [(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)] == [(11, 9, said)]


@pytest.mark.parametrize("agreed", ["Purchase", "Buys the annual pass"])
def test_guard_a_name_that_says_the_purchase_keeps_the_purchase_advice_s39(tmp_path, monkeypatch, agreed) -> None:
    text = ENDS_AT_ARRANGEMENT.format(lang="en", first="Finds the gym", agreed=agreed)
    found = cx405(tmp_path, monkeypatch, text)
    assert len(found) == 1
    assert found[0].message.endswith("add what happens after the purchase (using what was bought, getting help, "
                                     "coming back, recommending it)")


# review104: a stage of the shop's checkout whose name says paying or the basket, not "purchase" ("Płaci BLIK-iem",
# "Dodaje do koszyka i płaci", "Pays with Apple Pay") is a shop's purchase: it keeps the purchase advice, not the
# advice of an arrangement ("kolejne płatności", "zmiana sytuacji", "a change of circumstances").
@pytest.mark.parametrize(("lang", "agreed"), [
    ("pl", "Płaci BLIK-iem"), ("pl", "Dodaje do koszyka i płaci"), ("en", "Pays with Apple Pay"),
    ("en", "Pays by card at checkout"),
])
def test_a_checkout_named_by_its_payment_keeps_the_purchase_advice_s39(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, agreed: str,
) -> None:
    text = ENDS_AT_ARRANGEMENT.format(lang=lang, first="Odkrycie" if lang == "pl" else "Finds the shop", agreed=agreed)
    found = cx405(tmp_path, monkeypatch, text)
    assert len(found) == 1 and found[0].message.endswith(
        "add what happens after the purchase (using what was bought, getting help, coming back, recommending it)"), found


def test_a_polish_checkout_named_by_blik_keeps_the_polish_purchase_advice_s39(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "j.yaml").write_text(
        ENDS_AT_ARRANGEMENT.format(lang="pl", first="Odkrycie", agreed="Płaci BLIK-iem"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "journey-ends-at-purchase", "journeys")
    assert [f["message"] for f in json.loads(result.stdout)] == [
        "ścieżka kończy się na etapie „purchase” (Płaci BLIK-iem); dodaj, co dzieje się po zakupie (korzystanie z "
        "zakupu, szukanie pomocy, powrót, polecanie)"]


@pytest.mark.parametrize(("lang", "agreed"), [("en", "Pays the fine by card"), ("pl", "Płaci mandat kartą")])
def test_guard_a_fine_paid_by_card_keeps_the_advice_without_shop_words_s39(tmp_path, monkeypatch, lang, agreed) -> None:
    found = cx405(tmp_path, monkeypatch, ENDS_AT_ARRANGEMENT.format(lang=lang, first="Letter", agreed=agreed))
    assert len(found) == 1 and "add what happens after it (using what was arranged" in found[0].message, found
