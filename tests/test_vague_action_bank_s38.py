"""vague-action (CX410): a bank's workshop wishes are wishes (session 38, tester40 M2).

"Poprawić komunikację z klientami" and "Zwiększyć satysfakcję klientów z procesu zakupu" were reported,
"Poprawić komunikację z pośrednikami" and "Zwiększyć satysfakcję klientów z wyceny" were not: the rule knew
whom a shop or an office serves (klienci, kierowcy, wnioskodawcy) and a process by the word "proces", but
not a bank's intermediaries, advisors and branches, nor that communication, satisfaction and availability
are goals whose object says of what or with whom, as a process's name does.  Now whom a business works
through and its sites, a bank's services by name, and the goals with their objects name nothing in
particular; a change named beside them (after a break, "przez", a channel, a number, a tool) stays quiet.
"""

from __future__ import annotations

import pytest

from rule_helpers import EWA_MORTGAGE_HEAD, pos, run, where

MORTGAGE = EWA_MORTGAGE_HEAD + """\
  - id: wycena
    name: Wycena nieruchomości
    touchpoints: [rzeczoznawca, pośrednik kredytowy]
    emotion: -2
    barriers:
      - Operat szacunkowy przyszedł po 3 tygodniach, bez telefonu od doradcy
    opportunities:
      - action: "{action}"
        owner: Dyrektor sprzedaży kredytów hipotecznych (Marek Nowicki)
"""


def lint(tmp_path, monkeypatch, action: str, lang: str = "pl", **options):
    text = MORTGAGE.format(lang=lang, action=action)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "vague-action", **options)


@pytest.mark.parametrize(("action", "lang"), [
    # tester40's sticky notes from a mortgage workshop; each went unreported before
    ("Poprawić komunikację z pośrednikami", "pl"),
    ("Poprawić komunikację z pośrednikami kredytowymi", "pl"),
    ("Zwiększyć satysfakcję klientów z wyceny", "pl"),
    ("Poprawić obsługę klienta w oddziale", "pl"),
    ("Zwiększyć dostępność doradców", "pl"),
    ("Usprawnić wypłatę kredytu", "pl"),
    ("Lepsza obsługa w oddziałach", "pl"),
    ("Improve broker communication", "en"),
    # and their kin: another trade's partners, whom communication is with, satisfaction with anything
    ("Poprawić współpracę z deweloperami", "pl"),
    ("Poprawić kontakt z doradcą", "pl"),
    ("Usprawnić likwidację szkód", "pl"),
    ("Zbierać opinie od pośredników", "pl"),
    ("Zapewnić lepszą obsługę w placówkach", "pl"),
    ("Improve communication with mortgage brokers", "en"),
    ("Increase customer satisfaction with the valuation", "en"),
    ("Improve service in branches", "en"),
])
def test_a_bank_wish_is_reported_at_the_action_s38(tmp_path, monkeypatch, action, lang):
    text, found = lint(tmp_path, monkeypatch, action, lang)
    assert [where(f) for f in found] == [("journeys/j.yaml", *pos(text, f'"{action}"'))]
    assert found[0].message == (
        f"opportunity '{action}' names a wish, not a change; say what will change and where (a page, a message, "
        "a step)")


@pytest.mark.parametrize(("action", "lang"), [
    # a bank's changes: each names what changes, with a break, "przez", a channel, a number or a tool
    ("Poprawić komunikację z pośrednikami: cotygodniowy newsletter o zmianach w ofercie", "pl"),
    ("Poprawić komunikację z pośrednikami przez portal ze statusem wniosku", "pl"),
    ("Poprawić komunikację z klientem SMS-em po wycenie", "pl"),
    ("Poprawić komunikację z automatycznymi przypomnieniami", "pl"),
    ("Zwiększyć dostępność doradców w soboty", "pl"),
    ("Zwiększyć dostępność doradców do 20:00", "pl"),
    ("Zwiększyć satysfakcję z wyceny dzięki wycenie online w 24 godziny", "pl"),
    ("Usprawnić wypłatę kredytu przez podpis elektroniczny", "pl"),
    ("Przyspieszyć wypłatę kredytu do 2 dni", "pl"),
    ("Uprościć język komunikacji", "pl"),
    ("Dzwonić do klienta w dniu wpłynięcia operatu szacunkowego", "pl"),
    ("Improve communication with a weekly status email", "en"),
    ("Send the valuation report to the broker and the customer the day it arrives", "en"),
    # a repair names what is broken, as "Fix checkout" does
    ("Naprawić wypłatę kredytu", "pl"),
])
def test_a_bank_change_stays_quiet_s38(tmp_path, monkeypatch, action, lang):
    _text, found = lint(tmp_path, monkeypatch, action, lang)
    assert found == []


def test_allow_keeps_a_bank_word_a_change_s38(tmp_path, monkeypatch):
    action = "Lepsza obsługa w oddziałach"
    _text, found = lint(tmp_path, monkeypatch, action)
    assert len(found) == 1
    _text, found = lint(tmp_path, monkeypatch, action, allow=["oddziałach"])
    assert found == []  # a bank whose "oddziały" are one named pilot says so


def test_the_mortgage_journey_reports_its_wishes_and_not_its_changes_s38(tmp_path, monkeypatch):
    actions = ["Poprawić komunikację z pośrednikami", "Zwiększyć dostępność doradców",
               "Improve broker communication", "Dzwonić do klienta w dniu wpłynięcia operatu szacunkowego",
               "Zwiększyć dostępność doradców w soboty"]
    text = MORTGAGE.format(lang="pl", action=actions[0]) + "".join(
        f"      - action: \"{a}\"\n        owner: Dyrektor sprzedaży kredytów hipotecznych (Marek Nowicki)\n"
        for a in actions[1:])
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "vague-action")
    assert [f.line for f in found] == [pos(text, a)[0] for a in actions[:3]]
