"""An online pharmacy's wording in the pseudo-profiling lexicons (session 20, tester3 F2, F5, F6, F8).

A research lead at a Polish online pharmacy found that the kinds of goods a pharmacy sells
(leki, suplementy, kosmetyki, witaminy; supplements, cosmetics) made a generic trait look
specific, that a few kinds of place passed as a location (Cyrillic country names, "Zagranica",
"Blokowisko", "Centrum miasta"), that some stock health and shop traits were missed, and that a
generic occupation ("Przedsiębiorca", "Właściciel firmy", "Business owner") passed.  Each vague
trait here has a twin with a brand, a dose, a frequency, a place or what it is for, which stays quiet.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from cxkit.lint.vague import matcher

RULE = "pseudo-profiling"

# F2: kinds of pharmacy goods are as generic as "produkty" / "products".
GOODS_VAGUE = [
    "Ceni naturalne suplementy",
    "Ceni naturalne kosmetyki",
    "Preferuje naturalne kosmetyki",
    "Wybiera naturalne leki",
    "Szuka tanich leków",
    "Kupuje tanie leki",
    "Stosuje suplementy",
    "Kupuje suplementy diety regularnie",
    "Kupuje witaminy",
    "Stosuje preparaty ziołowe",
    "Ufa naturalnym metodom leczenia",
    "Woli tańsze zamienniki",
    "Buys supplements regularly",
    "Values natural supplements",
    "Prefers natural cosmetics",
    "Buys cheap medicines",
    "Prefers natural remedies",
    "Prefers cheaper alternatives",
]

GOODS_SPECIFIC = [
    "Stosuje witaminę D 2000 j.m. codziennie",
    "Kupuje Euthyrox co 3 miesiące",
    "Kupuje witaminy dla dzieci",
    "Stosuje suplementy z magnezem na skurcze łydek",
    "Zamawia suplementy diety dla mamy w aplikacji Zdrowik",
    "Kupuje dermokosmetyki La Roche-Posay w aptece przy pracy",
    "Preferuje kosmetyki bez parabenów, bo ma atopowe zapalenie skóry",
    "Szuka tańszych zamienników leków na cukrzycę",
    "Kupuje tanie leki na nadciśnienie dla ojca w DOZ",
    "Kupuje leki na nadciśnienie",
    "Ma leki",
    "Ma zapas leków",
    "Pracuje jako kosmetyczka w salonie na Ursynowie",
    "Kosmetyczka",
    "Takes vitamin D 2000 IU every day in winter",
    "Buys vitamins for the kids",
    "Takes supplements for her joints",
    "Buys medicine for her father's angina",
    "Prefers natural remedies for her kids' eczema",
    "Distrusts adverts for supplements after a bad reaction to a diet pill",
]

# F6: stock health, beauty and shop traits, and a negative persona's list of substitutes and triggers.
STOCK_VAGUE = [
    "Dba o urodę",
    "Dba o cerę",
    "Dba o linię",
    "Pilnuje linii",
    "Ufa farmaceutom",
    "Ceni porady ekspertów",
    "Ufa specjalistom",
    "Kupuje produkty eko",
    "Kupuje produkty bio",
    "Jest osobą starszą",
    "Osoba w podeszłym wieku",
    "Choruje przewlekle",
    "Ma chorobę przewlekłą",
    "Nie mam czasu",
    "Nie miała czasu",
    "Jakość jest dla niej najważniejsza",
    "Cena jest dla niego najważniejsza",
    "Stawia zdrowie na pierwszym miejscu",
    "Zdrowie jest dla niej na pierwszym miejscu",
    "Nie ufa aptekom internetowym",
    "Apteka stacjonarna",
    "Długi czas dostawy",
    "Trusts pharmacists",
    "Values expert advice",
    "Is an older person",
    "Elderly",
    "Chronically ill",
    "Has a chronic condition",
    "Puts her health first",
    "Doesn't trust online pharmacies",
    "Long delivery times",
    "Slow delivery",
    "Expects a quick reaction",
]

STOCK_SPECIFIC = [
    "Dba o linię po ciąży, liczy kalorie w aplikacji Fitatu",
    "Dba o urodę: co miesiąc robi manicure hybrydowy u kosmetyczki",
    "Ufa farmaceutce z apteki pod blokiem",
    "Pyta farmaceutów o interakcje leków z alkoholem",
    "Korzysta z porad farmaceutki w aptece pod domem",
    "Zamawia eko jajka z gospodarstwa pod Łowiczem",
    "Opiekuje się starszym ojcem, który mieszka sam",
    "Prowadzi zajęcia dla seniorów w klubie osiedlowym",
    "Choruje na cukrzycę typu 2",
    "Opiekuje się chorą mamą po udarze",
    "Ma chorobę lokomocyjną, kupuje Aviomarin przed każdą podróżą",
    "Przerwała leczenie po 3 miesiącach",
    "Nie mam czasu na gotowanie w tygodniu, zamawia catering z Kuchni Vikinga",
    "Stawia zdrowie dzieci na pierwszym miejscu: szczepi je w terminie co do dnia",
    "Zamawia leki w aptece internetowej Zdrowik co 28 dni",
    "Woli apteki internetowe, bo może zamówić o 23:00",
    "Ceni wygodę, płaci abonament za dostawę obiadów",
    "Asks pharmacists about interactions with alcohol",
    "Is a pharmacist",
    "Works at a pharmacy",
    "Marketing expert",
    "Cares for her elderly mother",
    "Has a heart condition",
    "Senior developer",
    "Values convenience and pays for grocery delivery to the flat",
]


@pytest.mark.parametrize("trait", GOODS_VAGUE + STOCK_VAGUE)
def test_pharmacy_clichés_are_vague(trait):
    verdict = matcher().analyse(trait)
    assert verdict.vague, verdict


@pytest.mark.parametrize("trait", GOODS_SPECIFIC + STOCK_SPECIFIC)
def test_the_same_words_beside_a_brand_dose_frequency_or_purpose_stay_quiet(trait):
    verdict = matcher().analyse(trait)
    assert not verdict.vague, verdict


def write(root: Path, text: str) -> None:
    (root / "personas").mkdir(parents=True, exist_ok=True)
    (root / "personas" / "halina.yaml").write_text(textwrap.dedent(text), encoding="utf-8")


def run(root: Path, monkeypatch: pytest.MonkeyPatch) -> list:
    monkeypatch.chdir(root)
    return lint(["."], Config(root=root), Selection(select=(RULE,))).findings


def test_a_pharmacy_persona_is_reported_on_its_generic_lines_only(tmp_path, monkeypatch):
    write(tmp_path, """\
        kind: persona
        id: halina-w
        name: Halina Wróblewska
        lang: pl
        goals:
          - Ceni naturalne suplementy
          - Stosuje witaminę D 2000 j.m. codziennie
        behaviours:
          - Kupuje Euthyrox co 3 miesiące
          - Kupuje tanie leki
          - Dba o linię po ciąży, liczy kalorie w aplikacji Fitatu
          - Nie mam czasu
        """)
    found = run(tmp_path, monkeypatch)
    assert [(f.line, f.column) for f in found] == [(6, 5), (10, 5), (12, 5)]
    assert found[0].message.startswith('built only from generic words ("Ceni", "naturalne", "suplementy")')
    assert found[1].message.startswith('"tanie leki" describes almost anyone; make it specific: name the product or brand')
    assert found[2].message.startswith('"Nie mam czasu" describes almost anyone')


def persona_with(field: str, value: str) -> str:
    return (f"kind: persona\nid: l\nname: L\nlang: pl\ndemographics:\n  {field}: {json.dumps(value, ensure_ascii=False)}\n"
            "goals:\n  - Zamawia co 28 dni metforminę 1000 mg w aplikacji Zdrowik\n")


# F5: kinds of place, and countries as Ukrainian speaking customers write them.
LOCATION_CATEGORIES = [
    ("Україна", "Україна"), ("Польща", "Польща"), ("Zagranica", "Zagranica"),
    ("Zagranica (Niemcy)", '"Zagranica", "Niemcy"'), ("Centrum miasta", "Centrum miasta"),
    ("Osiedle domków jednorodzinnych", "Osiedle domków jednorodzinnych"), ("Blokowisko", "Blokowisko"),
    ("Domek pod miastem", "Domek pod miastem"), ("Abroad", "Abroad"), ("Housing estate", "Housing estate"),
]

LOCATION_PLACES = [
    "Trójmiasto", "Wieś pod Rzeszowem", "Przedmieścia Krakowa", "Львів", "Україна, Львів", "Berlin-Neukölln",
    "Osiedle Kabaty", "Domek pod Krakowem", "Warszawa, Centrum", "Blokowisko na Retkini, Łódź",
]


@pytest.mark.parametrize(("location", "quoted"), LOCATION_CATEGORIES)
def test_a_kind_of_place_as_a_location_is_reported(tmp_path, monkeypatch, location, quoted):
    (tmp_path / "p.yaml").write_text(persona_with("location", location), encoding="utf-8")
    found = run(tmp_path, monkeypatch)
    assert [(f.line, f.column) for f in found] == [(6, 13)]
    quoted = quoted if quoted.startswith('"') else f'"{quoted}"'
    assert found[0].message.startswith(f'location "{location}" is a category ({quoted}), not a place')


@pytest.mark.parametrize("location", LOCATION_PLACES)
def test_a_place_as_a_location_stays_quiet(tmp_path, monkeypatch, location):
    (tmp_path / "p.yaml").write_text(persona_with("location", location), encoding="utf-8")
    assert run(tmp_path, monkeypatch) == []


# F8: an owner, a founder or a manual worker with nothing said of the business or the work.
OCCUPATIONS_GENERIC = [
    "Przedsiębiorca", "Właściciel firmy", "Właścicielka małej firmy", "Pracownik fizyczny",
    "Menedżer średniego szczebla", "Kadra kierownicza", "Entrepreneur", "Business owner", "Small business owner",
    "Owner of a small business", "Runs her own business", "Manual worker", "Middle manager",
]

OCCUPATIONS_SPECIFIC = [
    "Kierownik apteki w Lublinie", "Product manager w Allegro", "Owns a 6-person plumbing firm",
    "Właścicielka kawiarni na Zabłociu", "Właściciel firmy remontowej", "Przedsiębiorca budowlany z Radomia",
    "Product owner", "Serial entrepreneur", "Owner of a heating firm", "Kierowniczka sklepu",
    "Specjalistka ds. zakupów", "Marketing manager",
]


@pytest.mark.parametrize("occupation", OCCUPATIONS_GENERIC)
def test_a_generic_occupation_is_reported(tmp_path, monkeypatch, occupation):
    (tmp_path / "p.yaml").write_text(persona_with("occupation", occupation), encoding="utf-8")
    found = run(tmp_path, monkeypatch)
    assert [(f.line, f.column) for f in found] == [(6, 15)]
    assert found[0].message.startswith("occupation ")


@pytest.mark.parametrize("occupation", OCCUPATIONS_SPECIFIC)
def test_a_job_with_its_employer_or_trade_stays_quiet(tmp_path, monkeypatch, occupation):
    (tmp_path / "p.yaml").write_text(persona_with("occupation", occupation), encoding="utf-8")
    assert run(tmp_path, monkeypatch) == []


@pytest.mark.parametrize(("income", "judgement"), [("Вища за середню", "Вища"), ("Средний", "Средний")])
def test_an_income_judgement_in_cyrillic_is_reported(tmp_path, monkeypatch, income, judgement):
    (tmp_path / "p.yaml").write_text(persona_with("income", income), encoding="utf-8")
    found = run(tmp_path, monkeypatch)
    # The value is quoted whole, not the judgement cut out of it ("Вища" of "Вища за середню"; session 34).
    assert [f.message.split(",")[0] for f in found] == [f'income "{income}" is a judgement']


@pytest.mark.parametrize("income", ["Понад 20 000 грн на місяць", "7 500 zł netto"])
def test_an_income_figure_in_cyrillic_stays_quiet(tmp_path, monkeypatch, income):
    (tmp_path / "p.yaml").write_text(persona_with("income", income), encoding="utf-8")
    assert run(tmp_path, monkeypatch) == []
