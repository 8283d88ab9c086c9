"""tester48's findings (session 41), a Polish online furniture shop's marketing manager: mirrored-negative-persona
(CX204) and negative-without-reasons (CX202).

1. CX204 missed a denial in correct Polish: the object after "nie" is in the genitive, whose fleeting "e" comes
   and goes ("Zamawia próbki tkanin" / "Nie zamawia próbek tkanin"), and a denial may add "żadnych", "ani",
   "any" ("Doesn't read any reviews on Trustpilot").
2. Reasons that only say "not a customer" ("Brak zainteresowania", "Nie nasz target") counted as reasons of
   their own and hid a mirror; "Brak zainteresowania" and "Lack of interest" were not read as such at all.
   Beside a reason from research such filler gets no finding of its own (decided: a negative persona that
   says why is not one without reasons; CX202 has said "one reason of its own is enough" since session 24).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)
from rule_helpers import pos


# --- 1, 2: mirrored-negative-persona and its filler ---------------------------------------------------------

OLA = """\
kind: persona
id: ola
name: Ola Wiśniewska
lang: pl
goals:
  - Kupić sofę do 5 tys. zł przed świętami 2026
behaviours:
  - "{first}"
  - "{second}"
"""

AMY = """\
kind: persona
id: amy
name: Amy Clarke
lang: en
goals:
  - Buy a sofa under £1,200 before Christmas 2026
behaviours:
  - "{first}"
  - "{second}"
"""


def findings(ws: Path, persona: str, lang: str, *reasons: str, rule: str = "CX204") -> list[dict]:
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (ws / "p.yaml").write_text(persona, encoding="utf-8")
    items = "".join(f"  - {json.dumps(r, ensure_ascii=False)}\n" for r in reasons)
    (ws / "n.yaml").write_text(f"kind: negative-persona\nid: nie-klient\nname: Nie-klient\nlang: {lang}\n"
                               f"reasons:\n{items}", encoding="utf-8")
    return lint("--select", rule, ".")[1]


def mirrors(ws: Path, persona: str, lang: str, *reasons: str) -> list[str]:
    return [f["message"] for f in findings(ws, persona, lang, *reasons)]


GENITIVE = [
    # the tester's own: the object of "nie" in the genitive, with and without Polish letters
    ("Zamawia próbki tkanin przed zakupem sofy", "Czyta opinie na Ceneo przed każdym zakupem mebli",
     "Nie zamawia próbek tkanin przed zakupem sofy", "Nie czyta opinii na Ceneo przed zakupem mebli"),
    ("Zamawia probki tkanin przed zakupem sofy", "Czyta opinie na Ceneo przed kazdym zakupem mebli",
     "Nie zamawia probek tkanin przed zakupem sofy", "Nie czyta opinii na Ceneo przed zakupem mebli"),
    # "żadnych" and "ani" belong to the denial, not to what it denies
    ("Zamawia próbki tkanin przed zakupem sofy", "Czyta opinie i recenzje na Ceneo",
     "Nie zamawia żadnych próbek tkanin", "Nie czyta opinii ani recenzji na Ceneo"),
    # a masculine noun's fleeting "e": "ogródek" / "ogródka"; "okna" / "okien"
    ("Ma ogródek z warzywnikiem na działce", "Myje okna w salonie co miesiąc",
     "Nie ma ogródka z warzywnikiem", "Nie myje okien w salonie"),
]


@pytest.mark.parametrize(("first", "second", "one", "two"), GENITIVE)
def test_a_denial_in_the_genitive_mirrors_the_trait_s41(ws: Path, first, second, one, two) -> None:
    found = mirrors(ws, OLA.format(first=first, second=second), "pl", one, two)
    assert len(found) == 1, found
    assert "2 z 2 powodów zaprzeczają cechom persony" in found[0]
    assert f"„{one}” wobec „{first}”" in found[0]


def test_a_denial_with_any_mirrors_the_trait_s41(ws: Path) -> None:
    persona = AMY.format(first="Reads reviews on Trustpilot before buying furniture",
                         second="Orders fabric swatches before buying a sofa")
    found = mirrors(ws, persona, "en", "Doesn't read any reviews on Trustpilot", "Never orders any fabric swatches")
    assert len(found) == 1 and "2 of its 2 reasons deny or repeat its traits" in found[0], found
    assert "'Doesn't read any reviews on Trustpilot' against 'Reads reviews on Trustpilot before buying furniture'" \
        in found[0]


@pytest.mark.parametrize(("lang", "persona", "reasons"), [
    # what the person does instead is a reason of its own
    ("pl", OLA.format(first="Zamawia próbki tkanin przed zakupem sofy",
                      second="Czyta opinie na Ceneo przed każdym zakupem mebli"),
     ("Nie zamawia próbek; kolor wybiera w salonie Agata Meble w Poznaniu",
      "Nie czyta opinii; kupuje to, co poleci sprzedawca w salonie")),
    # another word that only looks like a form of the trait's ("ogród" is no "ogródek")
    ("pl", OLA.format(first="Ma ogród za domem", second="Myje okna w salonie co miesiąc"),
     ("Nie ma ogródka działkowego", "Nie myje okien w salonie")),
    ("en", AMY.format(first="Reads reviews on Trustpilot before buying furniture",
                      second="Orders fabric swatches before buying a sofa"),
     ("Doesn't read any reviews; buys what the IKEA Wembley staff recommend",
      "Never orders swatches: picks the colour in the Furniture Village showroom")),
])
def test_a_denial_that_says_more_is_no_mirror_s41(ws: Path, lang, persona, reasons) -> None:
    assert mirrors(ws, persona, lang, *reasons) == []


PAIR_PL = OLA.format(first="Zamawia próbki tkanin przed zakupem sofy",
                     second="Czyta opinie na Ceneo przed każdym zakupem mebli")
PAIR_EN = AMY.format(first="Reads reviews on Trustpilot before buying furniture",
                     second="Orders fabric swatches before buying a sofa")


def test_filler_reasons_do_not_hide_a_mirror_s41(ws: Path) -> None:
    found = mirrors(ws, PAIR_PL, "pl", "Nie zamawia próbki tkanin przed zakupem sofy",
                    "Nie czyta opinie na Ceneo przed zakupem mebli", "brak zainteresowania", "nie nasz target")
    assert len(found) == 1, found
    assert ("2 z 4 powodów zaprzeczają cechom persony lub je powtarzają (" in found[0]
            and "), a 2 mówią tylko, że ta osoba nie należy do grupy docelowej („brak zainteresowania”, „nie nasz "
                "target”); napisz na podstawie badań" in found[0]), found


def test_filler_reasons_do_not_hide_a_mirror_in_english_s41(ws: Path) -> None:
    found = mirrors(ws, PAIR_EN, "en", "Does not read reviews on Trustpilot", "Does not order fabric swatches",
                    "Lack of interest", "Not our target group")
    assert len(found) == 1, found
    assert "2 of its 4 reasons deny or repeat its traits (" in found[0]
    assert "), and 2 only say this person is not your audience ('Lack of interest', 'Not our target group'); " \
        in found[0]


def test_a_lone_denial_beside_filler_is_a_mirror_s41(ws: Path) -> None:
    found = mirrors(ws, PAIR_PL, "pl", "Nie czyta opinii na Ceneo przed zakupem mebli", "Brak zainteresowania")
    assert len(found) == 1, found
    assert "jej jedyny powód, który mówi dlaczego, zaprzecza cesze persony (" in found[0]
    assert "), a 1 mówi tylko, że ta osoba nie należy do grupy docelowej („Brak zainteresowania”)" in found[0]


def test_a_denial_beside_a_reason_from_research_and_filler_is_no_mirror_s41(ws: Path) -> None:
    assert mirrors(ws, PAIR_PL, "pl", "Nie czyta opinii na Ceneo przed zakupem mebli",
                   "Kupuje to, co poleci sprzedawca w salonie Black Red White, w dniu wizyty",
                   "Brak zainteresowania", "Nie nasz target") == []


@pytest.mark.parametrize(("lang", "reasons"), [
    # a reason that says "not a customer" and why is a reason
    ("pl", ["Nie jest naszą grupą docelową: na sofę wydaje najwyżej 800 zł", "Kupuje meble tylko z OLX"]),
    ("en", ["Not our target group: spends at most £150 on a sofa", "Buys furniture only on Facebook Marketplace"]),
    # filler beside a reason from research: the negative persona still says why (decided in session 41: no
    # finding of its own, as "one reason of its own is enough" has said since session 24)
    ("pl", ["Kupuje sofy tylko z OLX, najwyżej za 800 zł", "Nie jest zainteresowany naszą ofertą"]),
    ("pl", ["Brak zainteresowania", "Meble bierze po rodzicach; nowej sofy nie kupił od 2009 roku"]),
    ("en", ["Only buys second-hand sofas on Facebook Marketplace, under £150", "Lack of interest"]),
])
def test_reasons_that_say_why_get_no_filler_finding_s41(ws: Path, lang, reasons) -> None:
    assert findings(ws, PAIR_PL, lang, *reasons, rule="CX202") == []


@pytest.mark.parametrize(("lang", "reasons", "message"), [
    ("pl", ["Brak zainteresowania", "Nie nasz target"],
     "powody persony negatywnej mówią tylko, że ta osoba nie należy do grupy docelowej („Brak zainteresowania” i "
     "podobne); "),
    ("en", ["Lack of interest"], "the negative persona's reasons only say this person is not your audience ('Lack of "
                                 "interest'); "),
])
def test_a_lack_of_interest_alone_is_no_reason_s41(ws: Path, lang, reasons, message) -> None:
    found = findings(ws, PAIR_PL, lang, *reasons, rule="CX202")
    text = (ws / "n.yaml").read_text(encoding="utf-8")
    assert [(f["line"], f["column"]) for f in found] == [pos(text, "reasons")], found
    assert found[0]["message"].startswith(message), found
