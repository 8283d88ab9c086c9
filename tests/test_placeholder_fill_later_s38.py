"""The placeholder rule (CX501) finds what a workshop leaves for later: "jw." (as above) for a value not
written, "uzupełnić po warsztacie", "do ustalenia", "TBC", "to be confirmed", a lowercase `xxx` as the whole
value; and stays quiet on good text that opens alike ("Uzupełnić w aplikacji dane do wniosku", "Jak wyżej,
ale przez aplikację", "XX wiek") (tester40's L10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from workspace_helpers import TOMASZ_JOURNEY_HEAD, en_ws, pl_ws  # noqa: F401  (the fixtures)

JOURNEY_PL = TOMASZ_JOURNEY_HEAD + """\
  - id: zgloszenie
    name: Zgłoszenie reklamacji
    doing: Idzie do oddziału przy Krakowskim Przedmieściu i prosi o formularz reklamacji
    touchpoints: [Oddział]
    emotion: -1
  - id: oczekiwanie
    name: Oczekiwanie na decyzję
    doing: {doing}
    touchpoints: [Infolinia]
    emotion: -2
"""

JOURNEY_EN = """\
kind: journey
id: tom-disputes-payment
name: Tom disputes a card payment taken twice
persona: tom-retired-teacher
lang: en
stages:
  - id: report
    name: Report
    doing: Walks to the Briggate branch and asks for the dispute form
    touchpoints: [Branch]
    emotion: -1
  - id: wait
    name: Wait for the decision
    doing: {doing}
    touchpoints: [Phone line]
    emotion: -2
"""


def _placeholders(path: str) -> list[str]:
    result = run_cli("lint", "--no-cache", "--select", "placeholder", path)
    assert result.exception is None
    return [line for line in result.stdout.splitlines() if " CX501 " in line]


@pytest.mark.parametrize(("doing", "found"), [
    ('"jw."', "jw."), ("j.w.", "j.w."), ("Jak wyżej", "Jak wyżej"), ("jak powyżej.", "jak powyżej."),
    ("uzupełnić po warsztacie", "uzupełnić"), ("Uzupełnić później", "Uzupełnić"), ("Uzupełnić po wywiadach.", "Uzupełnić"),
    ("uzupełnić z badań", "uzupełnić"), ("Do ustalenia", "Do ustalenia"), ('"do potwierdzenia: kanał"', "do potwierdzenia"),
    ("xxx", "xxx"), ("xxxx", "xxxx"), ("TBC", "TBC"),
])
def test_a_polish_value_left_for_later_is_reported_s38(pl_ws: Path, doing: str, found: str) -> None:
    (pl_ws / "j.yaml").write_text(JOURNEY_PL.format(doing=doing), encoding="utf-8")
    assert _placeholders("j.yaml") == [
        f"j.yaml:14:12: warning CX501 niewypełniony szablon „{found}” w `stages[oczekiwanie].doing`; uzupełnij go na "
        "podstawie badań albo usuń [placeholder]"]


@pytest.mark.parametrize(("doing", "found"), [
    ("as above", "as above"), ("Same as above.", "Same as above."), ("TBC", "TBC"),
    ("To be confirmed", "To be confirmed"), ("to be filled in later", "to be filled in"),
    ("fill in after the workshop", "fill in"), ("xxx", "xxx"), ("tbd", "tbd"),
])
def test_an_english_value_left_for_later_is_reported_s38(en_ws: Path, doing: str, found: str) -> None:
    (en_ws / "j.yaml").write_text(JOURNEY_EN.format(doing=doing), encoding="utf-8")
    assert _placeholders("j.yaml") == [
        f"j.yaml:14:12: warning CX501 unfilled placeholder {found!r} in 'stages[wait].doing'; fill it in from your "
        "research or remove it [placeholder]"]


@pytest.mark.parametrize("doing", [
    "Uzupełnić w aplikacji dane do wniosku kredytowego",   # a goal's verb, with its object
    "Uzupełnić po warsztacie listę pytań do klientów",     # with its object after "when"
    "Wypełnić wniosek online w 10 minut",
    '"Jak wyżej, ale przez aplikację: zgłasza reklamację w IKO"',
    "Do ustalenia terminu wizyty używa Booksy",            # "Do" + a noun phrase: what for
    "Dzwoni na infolinię i słyszy, że decyzja zapadnie w XX dni roboczych",
    "Wpisuje kod pocztowy 20-xxx ręcznie, bo formularz go nie podpowiada",
    "Sprawdza w aplikacji, czy pieniądze wróciły",
])
def test_good_polish_text_that_opens_alike_stays_quiet_s38(pl_ws: Path, doing: str) -> None:
    (pl_ws / "j.yaml").write_text(JOURNEY_PL.format(doing=doing), encoding="utf-8")
    assert _placeholders("j.yaml") == []


@pytest.mark.parametrize("doing", [
    "Fill in the dispute form at the counter", "To be honest, he would rather wait at the branch",
    '"As above, but by phone: calls the card line twice"', "Reads the statement from the 1990s in XX format",
    "Ditto-marks the repeated items on his paper list",
])
def test_good_english_text_that_opens_alike_stays_quiet_s38(en_ws: Path, doing: str) -> None:
    (en_ws / "j.yaml").write_text(JOURNEY_EN.format(doing=doing), encoding="utf-8")
    assert _placeholders("j.yaml") == []


def test_the_examples_stay_clean_s38() -> None:
    examples = Path(__file__).resolve().parent.parent / "examples"
    result = run_cli("lint", "--no-cache", "--select", "placeholder", str(examples))
    assert result.exit_code == 0, result.stdout
