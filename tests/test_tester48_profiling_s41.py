"""tester48's findings (session 41), a Polish online furniture shop's marketing manager: pseudo-profiling (CX101).

5. It missed the home every customer of a furniture shop has ("Dba o swój dom", "Interesuje się wnętrzami",
   "Chce mieć ładne mieszkanie", without Polish letters too).
6. Its advice did not fit the trait: service quality got a product's ("kupiła ekspres za 1800 zł…"),
   "nowoczesna mama" and "early adopter" a device's (with a "mojeIKP" example), "za drogo" the generic one
   while "value for money" got the price threshold's.
7. Its demographics findings named `occupation` another way than `age` ("occupation: „pracuje w korpo”" beside
   "`age` „30-40”").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)

from cxkit.lint.vague import matcher


# --- 5, 6: pseudo-profiling's phrases and advice -----------------------------------------------------------

HOME = ["Dba o swój dom", "dba o swoj dom", "Interesuje się wnętrzami", "interesuje sie wnetrzami",
        "Chce mieć ładne mieszkanie", "chce miec ladne mieszkanie", "Interesuje się wystrojem wnętrz",
        "Cares about her home", "Interested in interior design", "Wants a nice apartment", "Takes pride in her home"]


@pytest.mark.parametrize("trait", HOME)
def test_the_home_everyone_has_is_generic_s41(trait) -> None:
    verdict = matcher().analyse(trait)
    assert verdict.vague and [m.entry.id for m in verdict.matches] == ["home"], verdict


@pytest.mark.parametrize("trait", [
    "Interesuje się wnętrzami skandynawskimi: obserwuje 12 kont na IG",
    "Interesuje się wnętrzami, bo jest architektką w pracowni w Gdyni",
    "Dba o dom, sama odnowiła komodę po babci",
    "Chce mieć ładny dom z ogrodem pod Poznaniem",
    "Dba o wnętrze samochodu",  # a car's, not the home's
    "Interesuje się wnętrzem silnika",
    "Dba o domowników",
    "Into interior design: follows 12 accounts on Instagram",
    "Cares about the house she rents out in Leeds",
])
def test_the_home_with_detail_or_in_another_sense_stays_quiet_s41(trait) -> None:
    assert not matcher().analyse(trait).vague


@pytest.mark.parametrize(("trait", "entry"), [
    ("Ceni wysoką jakość obsługi", "service-quality"),
    ("Ceni wysoka jakosc obslugi", "service-quality"),
    ("Values high quality of service", "service-quality"),
    ("Values high-quality customer service", "service-quality"),
    ("nowoczesna mama", "early-adopter"),
    ("early adopter", "early-adopter"),
    ("Early adopter nowych trendów", "early-adopter"),
    ("Modern mom", "early-adopter"),
    ("za drogo", "value"),
    ("Zbyt drogie", "value"),
    ("Too expensive", "value"),
    # the phrases beside them keep their own advice
    ("Ceni wysoką jakość", "quality"),
    ("Values quality", "quality"),
    ("Nowoczesna", "tech"),
    ("Interesuje się nowymi technologiami", "tech"),
])
def test_each_trait_gets_the_advice_that_fits_it_s41(trait, entry) -> None:
    verdict = matcher().analyse(trait)
    assert verdict.vague and verdict.matches[0].entry.id == entry, verdict


@pytest.mark.parametrize("trait", [
    "Sofa za 6 000 zł to dla niej za drogo",
    "Early adopter: jako pierwsza w biurze kupiła Roborock S8 w 2024",
    "Ceni jakość obsługi: wróciła do Black Red White po reklamacji załatwionej w 3 dni",
])
def test_the_new_advice_phrases_beside_detail_stay_quiet_s41(trait) -> None:
    assert not matcher().analyse(trait).vague


def persona_lint(ws: Path, lang: str, body: str, kind: str = "persona") -> list[str]:
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (ws / "p.yaml").write_text(f"kind: {kind}\nid: p\nname: P\nlang: {lang}\n{body}", encoding="utf-8")
    return [f["message"] for f in lint("--select", "CX101", ".")[1]]


def test_the_advice_fits_in_a_polish_workspace_s41(ws: Path) -> None:
    found = persona_lint(ws, "pl", "goals:\n  - Kupić sofę do 5 tys. zł przed świętami 2026\n"
                                   "  - Zamówić 4 próbki tkanin w listopadzie\n  - Przeglądać Pinterest 3 razy w tygodniu\n"
                                   "behaviours:\n  - Ceni wysoką jakość obsługi\n  - nowoczesna mama\n  - Dba o swój dom\n"
                                   "  - Mierzy wnękę w salonie przed każdym zamówieniem\n")
    assert found == [
        "„Ceni wysoką jakość obsługi” opisuje niemal każdego; doprecyzuj: napisz, co ostatnio poszło nie tak albo co "
        "ta osoba mierzy: czas oczekiwania, dzień dostawy, kanał (np. „rezygnuje z infolinii po 5 minutach czekania”)",
        "„nowoczesna mama” opisuje niemal każdego; doprecyzuj: nazwij to, co ta osoba kupiła albo czego zaczęła "
        "używać wcześniej niż większość osób wokół niej, i kiedy (np. „w 2023 jako pierwsza w biurze zaczęła płacić "
        "zegarkiem”)",
        "„Dba o swój dom” opisuje niemal każdego; doprecyzuj: napisz, co ta osoba ostatnio zrobiła w domu: które "
        "pomieszczenie lub mebel, z jakiego sklepu, za ile (np. „w marcu urządziła balkon: stolik i 2 krzesła z Jysk "
        "za 600 zł”)",
    ]


def test_too_dear_in_a_negative_persona_asks_for_the_price_s41(ws: Path) -> None:
    found = persona_lint(ws, "pl", "reasons:\n  - text: za drogo\n", kind="negative-persona")
    assert found == ["„za drogo” opisuje niemal każdego; doprecyzuj: podaj cenę albo próg, od którego zależy decyzja "
                     "(np. „rezygnuje, gdy dostawa kosztuje ponad 15 zł”)"]
    found = persona_lint(ws, "en", "reasons:\n  - Too expensive\n", kind="negative-persona")
    assert found == ['"Too expensive" describes almost anyone; make it specific: give the price point or threshold '
                     'they act on (e.g. "abandons checkout when shipping is over £4.99")']


# --- 7: the demographics findings name their field one way ---------------------------------------------------

@pytest.mark.parametrize(("lang", "occupation", "start"), [
    ("pl", "pracuje w korpo", "`occupation` „pracuje w korpo” opisuje niemal każdego; doprecyzuj: "),
    ("pl", "Przedsiębiorca", "`occupation` „Przedsiębiorca” to nazwa stanowiska, z której nie wynika branża"),
    ("pl", "Młoda freelancerka", "`occupation` składa się wyłącznie z ogólnych słów („Młoda”, „freelancerka”)"),
    ("en", "works in a corporation", 'occupation "works in a corporation" describes almost anyone; make it specific: '),
    ("en", "Freelancer", 'occupation "Freelancer" is a job title that names no trade'),
    ("en", "Young freelancer", 'occupation is built only from generic words ("Young", "freelancer")'),
])
def test_occupation_is_named_as_age_is_s41(ws: Path, lang, occupation, start) -> None:
    found = persona_lint(ws, lang, f'demographics:\n  age: "30-40"\n  occupation: {occupation}\n')
    age = "`age` „30-40” obejmuje 10 lat" if lang == "pl" else 'age "30-40" spans 10 years'
    assert len(found) == 2 and found[0].startswith(age) and found[1].startswith(start), found
