"""pseudo-profiling (CX101): generic persona traits, in Polish and English, through the engine."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import textwrap
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.config import Config
from cxkit.lint import vague
from cxkit.lint.engine import Selection, lint
from cxkit.lint.finding import Finding
from cxkit.lint.vague import compile_pattern, load_lexicon, matcher, normalise
from cxkit.yamlio import load_text

RULE = "pseudo-profiling"
REPO = Path(__file__).resolve().parents[1]


def run(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], **options: object) -> list[Finding]:
    """Lint files written into ``root`` with only this rule selected."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    monkeypatch.chdir(root)
    config = Config(root=root, rules={RULE: dict(options)} if options else {})
    return lint(["."], config, Selection(select=(RULE,))).findings


def pos(text: str, needle: str) -> tuple[int, int]:
    """1-based (line, column) where ``needle`` starts in the dedented ``text``."""
    text = textwrap.dedent(text)
    start = text.index(needle)
    return text[:start].count("\n") + 1, start - (text.rfind("\n", 0, start) + 1) + 1


def persona(*goals: str, lang: str = "pl", extra: str = "") -> str:
    """A persona whose goals are the given traits (each on its own line, quoted)."""
    lines = "\n".join(f"  - {json.dumps(g, ensure_ascii=False)}" for g in goals)
    return f"kind: persona\nid: ola-nowak\nname: Ola Nowak\nlang: {lang}\n{extra}goals:\n{lines}\n"


def cli(*args: str):
    return CliRunner().invoke(app, list(args))


# --- traits that fire ----------------------------------------------------------------------------

VAGUE_PL = [
    ("Dba o zdrowie", "Dba o zdrowie"),
    ("Dbająca o swoje zdrowie", "Dbająca o swoje zdrowie"),
    ("Klientka dbającej o zdrowie rodziny", "dbającej o zdrowie rodziny"),
    ("Ceni wysoką jakość", "Ceni wysoką jakość"),
    ("Ceniąca wysokiej jakości produkty", "Ceniąca wysokiej jakości produkty"),
    ("Mieszka w dużym mieście", "Mieszka w dużym mieście"),
    ("Pochodzi z dużego miasta", "Pochodzi z dużego miasta"),
    ("Nowoczesna", "Nowoczesna"),
    ("Prowadzi aktywny tryb życia", "aktywny tryb życia"),
    ("Lubi podróżować", "Lubi podróżować"),
    ("Otwarty na nowości", "Otwarty na nowości"),
    ("Chce oszczędzać czas", "oszczędzać czas"),
    ("Należy do klasy średniej", "klasy średniej"),
    ("Jest świadomą konsumentką", "świadomą konsumentką"),
    ("Dobrze radzi sobie z technologią", "radzi sobie z technologią"),
    ("Swobodnie porusza się w świecie cyfrowym", "Swobodnie porusza się w świecie cyfrowym"),
    ("Dobrze wykształcona", "Dobrze wykształcona"),
    ("Niezależna kobieta", "Niezależna kobieta"),
    ("Chce dla dzieci tego, co najlepsze", "Chce dla dzieci tego, co najlepsze"),
    ("Lubi być na bieżąco", "Lubi być na bieżąco"),
    ("Irytują ją długie kolejki i słaba obsługa klienta", "Irytują ją długie kolejki"),
    ("Frustruje go skomplikowany proces zakupowy", "Frustruje go skomplikowany proces zakupowy"),
    ("Ważne jest dla niego bezpieczeństwo danych osobowych", "Ważne jest dla niego bezpieczeństwo danych osobowych"),
    ("korzysta z social mediów", "social mediów"),
    ("Żyje w cyfrowym świecie", "cyfrowym świecie"),
    ("Kobieta z wyższym wykształceniem", "z wyższym wykształceniem"),
    ("Bliscy są dla niego najważniejsi", "Bliscy są dla niego najważniejsi"),
    ("Dobrze sobie radzi z technologią", "sobie radzi z technologią"),
    ("Lubią być na bieżąco", "Lubią być na bieżąco"),
    ("Proces zakupowy jest zbyt skomplikowany", "Proces zakupowy jest zbyt skomplikowany"),
    ("Ma problem z podjęciem decyzji", "Ma problem z podjęciem decyzji"),
    # Still found after "social media", "ciekaw* nowości" and "online shopping" were narrowed.
    ("Aktywna w social media", "w social media"),
    ("Przegląda social media", "Przegląda"),
    ("Social media to jej główne źródło informacji", "Social media to jej"),
    ("Ciekawa nowości", "Ciekawa"),
    ("Interesuje się nowościami", "Interesuje"),
    ("Ceni dobrą obsługę", "dobrą obsługę"),
    # B2B clichés, feelings and wishes.
    ("Stawia na transformację cyfrową", "Stawia na transformację cyfrową"),
    ("Chce czuć się doceniona", "Chce czuć się doceniona"),
    ("Sceptyczny wobec nowości", "Sceptyczny wobec nowości"),
]

VAGUE_EN = [
    ("Tech-savvy", "Tech-savvy"),
    # Idioms with counts are no count.
    ("Values quality, thinks twice before buying", "Values quality"),
    ("Loves to travel, has a dozen hobbies", "Loves to travel"),
    ("Values quality", "Values quality"),
    ("Wants to save time", "save time"),
    ("Health-conscious", "Health-conscious"),
    ("Busy professional", "Busy professional"),
    ("Lives in a big city", "big city"),
    ("Active lifestyle", "Active lifestyle"),
    ("Loves to travel", "Loves to travel"),
    ("Middle class", "Middle class"),
    ("Average income", "Average income"),
    ("Cares about the environment", "Cares about the environment"),
    ("Keeps a healthy balance between work and family", "balance between work and family"),
    ("Mid-level professional eager to grow in his career", "eager to grow in his career"),
    ("Well educated", "Well educated"),
    ("Wants the best for her kids", "Wants the best for her kids"),
    ("Likes to stay informed", "Likes to stay informed"),
    ("Frustrated by poor customer service", "Frustrated by poor customer service"),
    ("Pain point: too many options, hard to decide", "too many options"),
    ("Wants a sense of control over their finances", "control over their finances"),
    ("Has kids", "Has kids"),
    ("Active on socialmediach", "socialmediach"),
    ("Hidden fees", "Hidden fees"),
    ("Social media addict", "Social media addict"),
    ("Loves social media", "Loves social media"),
    ("Prefers online shopping", "Prefers online shopping"),
    ("Values good service", "Values good service"),
    # B2B clichés, feelings and wishes.
    ("Customer-centric", "Customer-centric"),
    ("Focused on time-to-value", "time-to-value"),
    ("Overwhelmed by choice", "Overwhelmed by choice"),
    ("Tired of empty promises", "empty promises"),
    # An industry cliché made of generic words only: the finding quotes each of them.
    ("Seeks hidden gems", "hidden"),
]


@pytest.mark.parametrize("trait,quoted", VAGUE_PL + VAGUE_EN)
def test_a_vague_trait_gets_one_finding_on_its_line_quoting_what_matched(tmp_path, monkeypatch, trait, quoted):
    lang = "en" if (trait, quoted) in VAGUE_EN else "pl"
    text = persona(trait, lang=lang)
    findings = run(tmp_path, monkeypatch, {"p.yaml": text})
    assert [(f.line, f.column) for f in findings] == [pos(text, json.dumps(trait, ensure_ascii=False))]
    assert f'"{quoted}"' in findings[0].message
    assert findings[0].code == "CX101" and findings[0].severity.name == "warning"


def test_polish_written_without_diacritics_still_matches(tmp_path, monkeypatch):
    findings = run(tmp_path, monkeypatch, {"p.yaml": persona("dbajaca o swoje zdrowie", "mieszka w duzym miescie")})
    assert [f.message.split('"')[1] for f in findings] == ["dbajaca o swoje zdrowie", "mieszka w duzym miescie"]


def test_the_message_is_english_and_says_how_to_make_it_specific(tmp_path, monkeypatch):
    findings = run(tmp_path, monkeypatch, {"p.yaml": persona("Dbająca o swoje zdrowie")})
    message = findings[0].message
    assert message.startswith('"Dbająca o swoje zdrowie" describes almost anyone; make it specific:')
    assert "how often" in message and "where" in message


def test_an_age_range_in_a_trait_is_vague_and_its_numbers_do_not_rescue_it(tmp_path, monkeypatch):
    text = persona("30-40", "Kobieta 30-40, dba o zdrowie", "W wieku 25-35 lat", "Aged 35 to 50", lang="pl")
    findings = run(tmp_path, monkeypatch, {"p.yaml": text})
    assert len(findings) == 4 + 1  # four traits and the persona as a whole
    assert '"30-40" is an age range' in findings[1].message


def test_numbers_that_only_intensify_do_not_rescue(tmp_path, monkeypatch):
    findings = run(tmp_path, monkeypatch, {"p.yaml": persona("Dba o zdrowie w 100%", "Values quality 100 percent", lang="pl")})
    assert len(findings) == 2


@pytest.mark.parametrize("trait,quoted", [
    ("LIVES IN A BIG CITY", "BIG CITY"),
    ("TECH-SAVVY, LIVES IN THE SUBURBS", "TECH-SAVVY"),
    ("DBA O ZDROWIE I RODZINĘ", "DBA O ZDROWIE"),
    ("Lives In A Big City", "Big City"),
    ("Dba O Zdrowie I Rodzinę", "Dba O Zdrowie"),
])
def test_a_trait_whose_every_word_is_capitalised_is_not_rescued_by_a_common_word(tmp_path, monkeypatch, trait, quoted):
    # Every word has a capital, so a capital tells no name apart ("IN", "RODZINĘ" used to pass for names).
    doc = persona(trait, lang="en")
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": doc})
    assert [(f.line, f.column) for f in found] == [pos(doc, f'"{trait}')]
    assert f'"{quoted}"' in found[0].message


@pytest.mark.parametrize("trait", [
    "DRIVES A BMW, LIVES IN A BIG CITY", "STUDENTKA AWF, DBA O ZDROWIE", "MIESZKA W DUŻYM MIEŚCIE POD KRAKOWEM",
    "WORKS AT NHS, WANTS TO SAVE TIME", "PRACUJE W PKO BP, CHCE OSZCZĘDZAĆ CZAS", "DBA O ZDROWIE, BIEGA 3 RAZY W TYGODNIU",
    "Lives In A Big City Near Leeds",
])
def test_a_trait_in_capitals_that_names_something_stays_quiet(tmp_path, monkeypatch, trait):
    # As in ordinary case: an acronym, a place or a frequency makes it specific.
    assert run(tmp_path, monkeypatch, {"personas/p.yaml": persona(trait)}) == []


@pytest.mark.parametrize(("location", "fires"), [("DUŻE MIASTO", True), ("Duże Miasto", True), ("DUŻE MIASTO POD KRAKOWEM", False)])
def test_a_location_in_capitals_is_judged_by_its_words(tmp_path, monkeypatch, location, fires):
    doc = persona("Biega 3 razy w tygodniu po Błoniach", extra=f"demographics:\n  location: {location}\n")
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": doc})
    assert [f.line for f in found] == ([pos(doc, location)[0]] if fires else [])


def test_an_everyday_frequency_alone_does_not_rescue_a_generic_phrase(tmp_path, monkeypatch):
    text = persona("Dba o zdrowie codziennie", "Is comfortable with technology and uses it every day")
    assert len(run(tmp_path, monkeypatch, {"p.yaml": text})) == 2


#: A frequency is detail of its own, as the rule's docs say, however few other words the trait has
#: (these were called vague when a frequency needed two words of a behaviour beside it).
FREQUENCY_SPECIFIC = [
    ("Uses the internet at the library once a week", "once a week"),
    ("Korzysta z internetu w bibliotece raz w tygodniu", "raz w tygodniu"),
    ("Korzysta z internetu tylko u wnuczki, raz w tygodniu", "raz w tygodniu"),
    ("Cares about her health, swims once a week", "once a week"),
    ("Uses the internet twice a week", "twice a week"),
    ("Values quality, buys new shoes twice a year", "twice a year"),
    ("Korzysta z internetu w każdą sobotę", "w każdą sobotę"),
    ("Dba o zdrowie, co tydzień chodzi na basen", "co tydzień"),
    ("Korzysta z internetu raz w miesiącu", "raz w miesiącu"),
    ("Uses the internet every week", "every week"),
    ("Uses the internet twice a day", "twice a day"),
    ("Dba o zdrowie, codziennie jeździ rowerem do pracy", "codziennie"),  # every day, beside a behaviour
    # A weekday in English is a capitalised name as well: rescued either way.
    ("Cares about her health, swims every Tuesday", None),
    ("Uses the internet every Monday", None),
]
#: "Every day" is the frequency of anyone's habits: beside a generic phrase alone it tells nobody apart.
EVERYDAY_VAGUE = [
    "Korzysta z internetu codziennie", "Korzysta z internetu co rano", "Korzysta z internetu raz dziennie",
    "Korzysta z internetu w każdy dzień", "Uses social media every morning", "Uses the internet once a day",
    "Cares about health daily", "Dba o zdrowie codziennie",
]


@pytest.mark.parametrize(("trait", "frequency"), FREQUENCY_SPECIFIC)
def test_a_frequency_is_detail_of_its_own(trait, frequency):
    verdict = matcher().analyse(trait)
    assert verdict.matches and not verdict.vague
    if frequency is not None:
        assert verdict.rescue == f"a frequency ('{frequency}')"


@pytest.mark.parametrize("trait", EVERYDAY_VAGUE)
def test_every_day_beside_a_generic_phrase_alone_is_no_detail(trait):
    assert matcher().analyse(trait).vague


def test_a_persona_whose_traits_say_how_often_is_not_reported(tmp_path, monkeypatch):
    text = persona(*(t for t, _ in FREQUENCY_SPECIFIC[:6]), "Korzysta z internetu codziennie")
    found = run(tmp_path, monkeypatch, {"p.yaml": text})
    assert [f.line for f in found] == [pos(text, "Korzysta z internetu codziennie")[0]]


def test_a_trait_built_only_from_generic_words_is_vague(tmp_path, monkeypatch):
    text = persona("Likes nice things", "Lubi ładne rzeczy", lang="en")
    findings = run(tmp_path, monkeypatch, {"p.yaml": text})
    assert len(findings) == 2
    # The one generic word with the whole trait since session 39 (tester43 F12): "nice" is not the trait.
    assert findings[0].message.startswith('"Likes nice things" is built only from generic words ("nice") and words '
                                          'that carry no detail; make it specific:')


def test_polish_and_english_are_both_checked_whatever_the_document_language(tmp_path, monkeypatch):
    findings = run(tmp_path, monkeypatch, {"p.yaml": persona("Tech-savvy", "Kupuje kawę w palarni Java co piątek", lang="pl")})
    assert [f.message.split('"')[1] for f in findings] == ["Tech-savvy"]


# --- traits that stay quiet ---------------------------------------------------------------------

SPECIFIC = [
    # A count written as a word is a number, as a digit is: "w trzech sklepach" is "w 3 sklepach".
    "Kupuje części w sklepach internetowych po porównaniu cen w trzech z nich",
    "Porównuje ceny w pięciu sklepach internetowych",
    "Kupuje w sklepach internetowych dwa razy w miesiącu",
    "Ma dwoje dzieci i dba o ich zdrowie",
    "Values quality: compares three brands before buying a kettle",
    "Mom of two girls, 4 and 7, does the school run by bike",
    "trenuje jogę Iyengara dwa razy w tygodniu na Mokotowie",
    "Dba o zdrowie kręgosłupa: co 45 minut wstaje od biurka (Apple Watch przypomina)",
    "Values quality over price: returned two £35 kettles in 2025 and bought a £160 Moccamaster",
    "Mieszka w dużym mieście, na Ursynowie, 15 minut od metra Kabaty",
    "Lubi podróżować koleją: w 2024 objechała Interrailem 6 krajów",
    "Ceni jakość, więc buty oddaje do szewca zamiast kupować nowe",
    "Dba o zdrowie: codziennie chodzi z psem na spacer do parku",
    "Tech-savvy enough to set up Home Assistant on a Raspberry Pi",
    "Checks the balance of her work account in the Revolut app",
    "Looking for a simple solution to invoice 12 jobs a week from the van",
    "Eager to advance to team lead at Allegro by 2027",
    "Wants the best for her kids: chose a Montessori nursery in Wilanów for 2 400 zł a month",
    "Highly educated: PhD in chemistry from Jagiellonian University",
    "Junior developer at a 12-person software house in Gdańsk",
    "Radzi sobie z aplikacją mBank, ale przelewy zagraniczne zleca w oddziale",
    "Porusza się po Warszawie hulajnogą Bolt",
    "Wyższe wykształcenie techniczne, inżynier budownictwa po Politechnice Wrocławskiej",
    "Niezależna finansowo od 2019, płaci za mieszkanie 2 800 zł",
    "Chce być na bieżąco z kursem EUR w Revolut",
    "Samodzielna księgowa w biurze rachunkowym w Radomiu",
    "Frustrated by the 3-day delivery from Zalando when she needs shoes for Saturday",
    "Hidden fees on Ryanair made her switch to Wizz Air for the Lisbon trip",
    "Worried about data privacy after the 2023 Revolut phishing scam",
    "Irytuje ją 2-dniowa dostawa z Allegro, gdy potrzebuje prezentu na sobotę",
    "Za dużo opcji na Ceneo: filtruje po cenie do 300 zł i opiniach 4,5+",
    "Ma dzieci w wieku 4 i 7 lat, które korzystają z jej iPada",
    "Pracuje na etacie w 40-osobowej firmie logistycznej w Poznaniu, 8–16",
    # Flagged by broad patterns for a while (found by review): hobbies, literal uses, specific needs.
    "Keen to grow tomatoes and chillies on her balcony",
    "Hungry to progress to the next belt in judo",
    "Wants to feel good about where her clothes are made",
    "Needs a simple solution for invoicing clients from his phone",
    "Checks the balance on her work phone at home",
    "Worried about data roaming charges on holiday abroad",
    "Has a family dog that needs walking before work",
    "Struggles to find parking near the office",
    "Lack of information about gluten in the canteen menu",
    "Long queues at the post office, so she now uses lockers",
    "Radzi sobie z pracą jako technik weterynarii",
    "Porusza się w internecie głównie przez wyszukiwarkę na telefonie",
    "Niezależna osoba na rencie, sama robi zakupy w osiedlowym sklepie",
    "Kupuje najlepsze dla dzieci soki tłoczone na targu",
    "Musi być na bieżąco z przepisami podatkowymi, bo prowadzi biuro rachunkowe",
    "Dba o zdrowie: codzienny spacer z psem po parku",
    "Ochrona danych to jej praca: inspektorka w szpitalu powiatowym",
    "Rodzinne obiady w niedzielę to ważny rytuał",
    "Ma dzieci w wieku szkolnym, więc zakupy robi wieczorem",
    "Pracuje na etacie jako pielęgniarka na nocnych zmianach",
    "Otwarta na nowinki technologiczne w kuchni: kupiła termomiks",
    "Brakuje jej informacji o alergenach w menu stołówki",
    "Saves time by batch-cooking every Sunday evening for the week",
    "Loves to travel by train: took the Eurostar to Paris last spring",
    "Pays for groceries with revolut to split bills with flatmates",
    "Works from home",
    "Pracuje na nocne dyżury jako pielęgniarka",
    # Social media as a job, curiosity about a named field, online shopping as where a story ends.
    "Social media manager w małej agencji",
    "Prowadzi social media piekarni swojego brata",
    "Obsługuje social media lokalnej siłowni",
    "Koordynatorka social media w szpitalu powiatowym",
    "Social media manager at a small agency",
    "Runs the social media for her brother's bakery",
    "Manages social media for a dental clinic",
    "Ciekawa nowości technicznych w rowerach elektrycznych",
    "Ciekawy nowości w wędkarstwie muchowym",
    "Poor service at the local shop made her switch to online shopping",
    "Rude staff at the local shop pushed her to online shopping",
    "Switched to online shopping when the local bookshop closed",
    # B2B words and wishes with a figure, a name or a clause of their own.
    "Decision-maker for a 40-seat Salesforce licence renewal every March",
    "Decydentka przy odnowieniu 40 licencji Salesforce co marzec",
    "Usprawnia proces przyjmowania zamówień w hurtowni budowlanej",
    "Wants to be taken seriously by doctors about her migraines",
    "Przytłacza ją wybór płatków śniadaniowych w hipermarkecie, więc kupuje zawsze te same",
    # Industry words beside a concrete context.
    "Reads labels because of her son's nut allergy",
    "Czyta etykiety z powodu alergii syna",
]


@pytest.mark.parametrize("trait", SPECIFIC)
def test_a_specific_trait_that_merely_contains_a_common_word_stays_quiet(tmp_path, monkeypatch, trait):
    assert run(tmp_path, monkeypatch, {"p.yaml": persona(trait)}) == []


# A precision review of the theme lexicons (B2B, feelings, industry clichés) found realistic specific
# traits called vague: broad stems, concrete words listed as generic vocabulary, function words made
# stopwords, phrases with literal uses.  Every one of these was vague before the review's fixes.
PROBED_SPECIFIC = [
    # Job titles and workplaces (stems such as lęk*, nauczy*, urzęd*, ochron*, kontrol* took them).
    "Lekarz",
    "Lekarka",
    "Pracuje jako lekarz",
    "Nauczycielka",
    "Pracuje jako nauczycielka",
    "Urzędnik",
    "Urzędniczka",
    "Pracuje jako urzędniczka",
    "Ochroniarz",
    "Pracuje jako ochroniarz",
    "Pracuje w ochronie",
    "Fachowiec",
    "Finansistka",
    "Kontroler finansowy",
    "Kontrolerka jakości",
    "Koszykarka",
    "Zapaśniczka",
    "Pracuje w przychodni",
    "Pracuje w budżetówce",
    "Pracuje jako dostawca",
    "Dostawczyni jedzenia",
    # "Partner" at home or in a business is a fact, as "Has kids" is not.
    "Ma partnera",
    "Mieszka z partnerem",
    "Mieszka z partnerką",
    "Ma nowego partnera",
    "Szuka nowego partnera",
    "Prowadzi firmę z partnerem",
    "Has a partner",
    "Lives with her partner",
    "Lives with partner",
    "Lost her partner",
    "Lives with his business partner",
    # What a person has or lacks: insurance, a plan, a contract, a job.
    "Ma ubezpieczenie na życie",
    "Nie ma ubezpieczenia",
    "Jest ubezpieczona w pracy",
    "Ma ubezpieczenie zdrowotne z pracy",
    "Ma abonament medyczny",
    "Ma stały abonament",
    "Nie ma abonamentu",
    "Nie ma stałego łącza",
    "Nie ma dostępu do internetu",
    "Ma stałą pracę",
    "Nie ma stałej pracy",
    "Żyje z emerytury",
    "Czeka na emeryturę",
    "Nie korzysta z bankowości mobilnej",
    "Has life insurance",
    "Has no insurance",
    "Has travel insurance",
    "Has no travel insurance",
    "Buys travel insurance",
    "Never buys travel insurance",
    "Has a retirement plan",
    "Has no retirement plan",
    "Has unlimited data",
    "Pays for unlimited data",
    "Pays for unlimited mobile data",
    "Never uses mobile banking",
    "Lost his job",
    "Invests in stocks",
    "Buys stocks",
    "Invests in the stock market",
    # Behaviours with a concrete channel or object.
    # ("Dzwoni do urzędu" is reported since session 39, as "Calls the council": tests/test_public_service_words_s39.py.)
    "Dzwoni do klientów",
    "Dzwoni do dostawców",
    "Załatwia sprawy w urzędzie osobiście",
    "Czeka na zwrot pieniędzy",
    "Reklamuje zakupy",
    "Ufa lekarzowi rodzinnemu",
    "Nie ufa lekarzom",
    "Samodzielnie planuje podróże",
    "Przychodzi po pracy",
    "Przychodzi na zakupy po pracy",
    "Robi zakupy dla całego zespołu",
    "Robi przerwy w pracy",
    "Pracuje bez przerw",
    "Travelling for work",
    "Eats at the office",
    "Never eats fast food",
    "Never pays for delivery",
    "Reads the terms and conditions",
    "Never reads the terms and conditions",
    "Replies to reviews",
    "Checks fuel consumption",
    "Waiting for treatment",
    # Literal uses of a cliché's words, and clichés rescued by a clause of their own.
    "Books preventive checkups for her elderly father",
    "Busy lifestyle: eats lunch at her desk and takes calls in the car",
    "Car buff who does his own oil changes",
    "Cares about health: checks labels for salt because of her blood pressure",
    "Ceni jakość, płaci więcej za polskie jabłka z sadu wujka",
    "Ceni jakość, sprawdza skład ubrań i szwy",
    "Ceni jakość: sprawdza szwy w każdej kurtce",
    "Ceni wygodę, płaci abonament za dostawę obiadów",
    "Chce być sprawna jak najdłużej, żeby opiekować się wnukami",
    "Chce wiedzieć, na czym stoi z ratami kredytu",
    "Checks the fuel economy of every van in the fleet",
    "Chose a diesel estate for low running costs",
    "Chose private insurance for fast access to specialists",
    "Compares around before buying a mattress",
    "Cycles off the beaten track on gravel roads",
    "Dad of two, coaches his son's football team",
    "Dba o zdrowie, ogranicza cukier przez cukrzycę ojca",
    "Dba o zdrowie, robi badania krwi i sprawdza skład jedzenia",
    "Dba o zdrowie: robi badania i płaci za prywatnego kardiologa",
    "Dla świętego spokoju robi kopię zapasową zdjęć na dysku",
    "Dzwoni do kierownika budowy, żeby wiedzieć na czym stoi",
    "Family-oriented: takes the kids to grandma every school holiday",
    "Fan motoryzacji, sam wymienia olej",
    "Fanka motoryzacji, jeździ na zloty garbusów",
    "Finds hidden gems at car boot sales",
    "Gave up on the home extension because of red tape",
    "Has no headaches since quitting coffee",
    "Has the northern lights on her bucket list",
    "Hates the red tape of planning permission",
    "Health-conscious, takes the stairs instead of the lift at the office",
    "Her dream holiday is a cruise with her grandchildren",
    "Her family farm may be sold to a developer",
    "Hunts for hidden gems in charity shops",
    "Inwestuje w edukację córki, opłaca jej szkołę muzyczną",
    "Inwestuje w edukację dzieci: płaci za korepetycje z matematyki",
    "Jeździ na działkę, żeby oderwać się od codzienności",
    "Jeździ na ryby z dala od ludzi",
    "Jeździ praktycznym autem z hakiem na przyczepkę",
    "Keeps cash in a biscuit tin for a rainy day",
    "Keeps gold coins in a safe for a rainy day",
    "Liczy na indywidualny tok nauczania dla syna",
    "Liczy na sprawną przeprowadzkę przed porodem",
    "Liczy na szybką sprzedaż mieszkania po rodzicach",
    "Looks around before buying a used car",
    "Looks for deals, checks the fuel prices before every long drive",
    "Loves to travel, plans every trip with a paper map",
    "Ma dobry zasięg tylko przy oknie w kuchni",
    "Ma szybki dostęp do lekarza w przychodni zakładowej",
    "Ma wszystko w jednym miejscu: segregator z fakturami",
    "Mother of three, works night shifts",
    "Mother of two teenage boys",
    "Moved abroad to get away from it all",
    "Needs a practical car that fits a wheelchair",
    "Needs a reliable car for the school run",
    "Needs easy access to a doctor because of his diabetes",
    "Needs to get important documents notarised",
    "Nie lubi chodzić do urzędu, bo pracuje do osiemnastej",
    "Odkłada na czarną godzinę na osobnym koncie",
    "Odpoczywa od obowiązków na rybach",
    "On a waiting list for a council flat",
    "On the waiting list for a hip replacement",
    "On the waiting list for a nursery place",
    "Open to collaboration with bakeries nearby",
    "Parent of two, lives above the shop",
    "Pays extra for comprehensive coverage on the van",
    "Pays for comprehensive coverage on her motorbike",
    "Picked a hatchback that is cheap to insure",
    "Podnosi kompetencje na kursie spawania",
    "Podnosi swoje umiejętności na kursie księgowości wieczorowo",
    "Potrzebuje dobrego zasięgu w piwnicy, gdzie ma warsztat",
    "Potrzebuje niezawodnego auta do dojazdów na nocne zmiany",
    "Price-sensitive, compares the cost of delivery before checking out",
    "Recharges batteries for the camera before every hike",
    "Saving for a dream trip with her sister",
    "Sold her reliable car to her nephew",
    "Sprzedała rodzinne auto po śmierci męża",
    "Suspicious of new faces at the allotment",
    "Syn z autyzmem źle znosi nadmiar bodźców w supermarkecie",
    "Szuka auta elektrycznego o dobrym zasięgu",
    "Takes time to market her jams at craft fairs",
    "Ticked a safari off her bucket list",
    "Treated like a number at the job centre",
    "Trzyma gotówkę w kopercie na czarną godzinę",
    "Trzyma złoto w sejfie na czarną godzinę",
    "Ubezpiecza mieszkanie dla spokojnej głowy",
    "Unika galerii handlowych przez nadmiar bodźców",
    "Uses transparent pricing in his plumbing quotes",
    "Values convenience and pays for grocery delivery to the flat",
    "Values quality, pays more for leather shoes that can be resoled",
    "Values quality: checks the stitching on every school bag",
    "Wants a stress-free wedding on the farm",
    "Wants tangible results from physiotherapy for her back",
    "Wants to feel valued by the hairdresser she has used for years",
    "Wary of change since the stroke",
    "Wary of new drivers on the night bus",
    "Wozi dzieci do szkoły rodzinnym autem",
    "Wybiera kocioł gazowy o niskich kosztach eksploatacji",
    "Wybrał kota, bo jest tani w utrzymaniu",
    "Wyjeżdża w góry, żeby odpocząć od rutyny na budowie",
    "Zależy jej na edukacji syna, dlatego przeniosła go do szkoły z angielskim",
    "Zna sprzedawczynię, która rozumie jej potrzeby przy doborze biustonosza",
    "Zwraca uwagę na jakość: sprawdza, czy buty mają skórzaną podeszwę",
    "Ładuje akumulatory do wkrętarki w garażu",
    "Ładuje baterie do aparatu przed każdym wyjazdem",
    "Ładuje baterie w ogrodzie działkowym",
]


@pytest.mark.parametrize("trait", PROBED_SPECIFIC)
def test_a_specific_trait_found_by_the_precision_review_stays_quiet(tmp_path, monkeypatch, trait):
    assert run(tmp_path, monkeypatch, {"p.yaml": persona(trait)}) == []


#: A second precision review (2,445 probes against the lexicons after the first one): specific
#: traits the theme words still called vague (medicine folded to "lęk", "poradzi", "kieruje ruchem",
#: managing money, pensions, budgets, suppliers, teams). Left vague, knowingly: "Śledzi wyniki
#: sportowe" ("wyniki" keeps "Nastawiony na wyniki" vague; "sportowe" is a generic word).
PROBED_SPECIFIC_2 = [
    # A third probe (300 specific traits written before reading the lexicons) found these two, and
    # the English twin of the second at the edge: clause words (kiedy, było, another) had become
    # stopwords, and "zasięg", "signal" generic words, so the clause no longer counted as detail.
    "Pisze do sklepu internetowego, kiedy paczka nie dojdzie na czas",
    "Przeniósł numer do innej sieci, bo w jego wsi nie było zasięgu",
    "Moved his number to another network because there was no signal in his village",
    "Zawsze ma leki przy sobie", "Ma zapas leków", "Ma problem z lekami", "Oszczędza na lekach",
    "Ma dużo leków", "Ma leki", "Ma lęk wysokości", "Obawia się, że nie poradzi sobie z aplikacją",
    "Kieruje ruchem", "Ma szkodę całkowitą", "Zarządza finansami rodziny", "Zarządza finansami firmy",
    "Prowadzi finanse firmy", "Zarządza pieniędzmi w rodzinie", "Zarządza sklepem", "Zarządza firmą",
    "Korzysta z bankowości internetowej", "Nie korzysta z bankowości internetowej",
    "Nie ma oszczędności", "Oszczędza na wakacje", "Oszczędza na jedzeniu",
    "Odpowiada za kontakt z dostawcami", "Odpowiada za kontakt z klientami",
    "Odpowiada za obsługę klienta", "Zarząd zatwierdza jego budżet", "Decyduje o budżecie na reklamę",
    "Ma budżet na jedzenie", "Kieruje sklepem", "Kieruje firmą", "Ma elastyczny czas pracy",
    "Ma elastyczną pracę", "Szuka elastycznej pracy", "Decyduje o wyborze dostawcy", "Ma emeryturę",
    "Ma niską emeryturę", "Ma wysoką emeryturę", "Ma szybkie łącze światłowodowe",
    "Boi się dzwonić do urzędu", "Ma wpływ na wybór dostawcy", "Załatwia sprawy po pracy",
    "Kupuje w tradycyjnym sklepie", "Korzysta z porad dietetyka", "Mieszka z dala od rodziny",
    "Jest samodzielną mamą", "Ma opiekę medyczną w pracy", "Pracuje w kontroli jakości",
    "Robi zakupy w jednym sklepie", "Bada ofertę konkurencji", "Can't use the app without help",
    "Has a business account", "Approves travel expenses for the team", "Decides on the marketing budget",
    "Justifies every expense to her husband", "Answers calls at a call centre", "Grows his own produce",
    "Buys produce at the market", "Grows produce", "Has memory problems", "Works with concrete",
    "Has a personal shopper", "Counts calories", "Has one supplier for everything",
    "Comes from a large family", "Works in a small team", "Stands at the market",
    "Plans the shopping around offers",
]


@pytest.mark.parametrize("trait", PROBED_SPECIFIC_2)
def test_a_specific_trait_found_by_the_second_precision_review_stays_quiet(tmp_path, monkeypatch, trait):
    assert run(tmp_path, monkeypatch, {"p.yaml": persona(trait)}) == []


# A phrase with a `..` gap ("reads .. reviews") spans the words the gap took, and those are the
# author's words, not the cliché's: a brand, a number or detail there makes the trait specific.
GAP_SPECIFIC = [
    "Reads Trustpilot reviews before buying",
    "Reads washing machine reviews on forums before buying",
    "Compares Argos and Currys prices before buying",
    "Looks for Tesco Clubcard deals",
    "Willing to pay 20% more for organic",
    "Cares about Hanna's health",  # a name in the second of two gaps
    "Czyta na Ceneo opinie przed zakupem",
    "Porównuje na Allegro ceny przed zakupem",
    "Szuka w Lidlu promocji",
    "Kupuje przez Allegro online",
    "Spędza 3 godziny dziennie w internecie",
]

# Filler in a gap ("a lot", "bardzo", "wysoką") is still no detail.
GAP_VAGUE = [
    ("Cares a lot about health", "Cares a lot about health"),
    ("Cares deeply about her family's health", "Cares deeply about her family's health"),
    ("Is willing to pay a bit more for quality", "willing to pay a bit more for quality"),
    ("Reads lots of online reviews before buying", "Reads lots of online reviews before buying"),
    ("Czyta wiele opinii przed zakupem", "Czyta wiele opinii przed zakupem"),
    ("Zależy jej bardzo na zdrowiu", "Zależy jej bardzo na zdrowiu"),
    ("Ceni sobie wysoką jakość", "Ceni sobie wysoką jakość"),
    ("Szuka zawsze dobrych promocji", "Szuka zawsze dobrych promocji"),
    ("Spędza dużo czasu w internecie", "Spędza dużo czasu w internecie"),
    ("Kupuje dużo rzeczy online", "Kupuje dużo rzeczy online"),
    ("Czas jest naprawdę cenny", "Czas jest naprawdę cenny"),
    ("Zależy jej naprawdę szczególnie na zdrowiu dzieci i męża", "Zależy jej naprawdę szczególnie na zdrowiu"),
    # Stress words in a gap are no detail, though words outside it are: 2 + 2 would reach four.
    ("Likes truly deeply gadgets, electronics and computers", "Likes truly deeply gadgets"),
    # A filler word written with a capital is no name either.
    ("Czyta Naprawdę opinie przed zakupem", "Czyta Naprawdę opinie przed zakupem"),
    ("Reads Several Detailed reviews before buying", "Reads Several Detailed reviews before buying"),
]


# Found by an independent probe of the gap rescue: what a gap (or the rest of a trait) may hold
# that is still no detail.
GAP_PROBE_VAGUE = [
    "Reads carefully several detailed reviews before any purchase",  # hedges and vague quantifiers
    "Usually reads several detailed customer reviews before committing",
    "Czyta każde opinie, zanim cokolwiek kupi",
    "Cares about her own family's health and general wellbeing every day",  # a possessive
    "Reads two or three reviews before buying",  # a guess at a few is no count
    "Compares two or three prices before buying",
    "Czyta jedną czy dwie opinie",
    "Czyta dwie, trzy opinie przed zakupem",
    "Porównuje dwie, trzy oferty przed zakupem",
    "Values German build quality",  # nationalities, holidays, family and generic acronyms name nothing
    "Values Scandinavian design quality",
    "Looks for Christmas deals",
    "Cares about Mum's health",
    "Compares TV prices",
    "Szuka promocji na Wielkanoc",
    "Dba o zdrowie Mamy",
    # Found by the review of this session's commits: a capital in a gap that names nothing.
    "Reads Online reviews before buying",
    "Values Premium build quality",
    "Values Eco build quality",
    "Cares about her Husband's health",
    "Cares about Grandma's health",
    "Dba o zdrowie Męża",
]
# Beside them, what still counts.
GAP_PROBE_SPECIFIC = [
    "Czyta na ZnanyLekarz opinie o pediatrach",  # names that a generic stem begins
    "Czyta na Lubimyczytać recenzje kryminałów",
    "Czyta w Wyborczej recenzje restauracji",
    "Reads three reviews before buying",
    "Porównuje ceny w trzech sklepach",
    "Values Miele's washing machine quality",
    "Szuka na Vinted okazji w niedzielne wieczory",
    "Compares Argos and Currys prices",
]


@pytest.mark.parametrize("trait", GAP_PROBE_VAGUE)
def test_filler_guesses_and_common_capitals_are_no_detail_in_a_gap_or_beside_it(tmp_path, monkeypatch, trait):
    assert [f.rule for f in run(tmp_path, monkeypatch, {"p.yaml": persona(trait)})] == [RULE]


@pytest.mark.parametrize("trait", GAP_PROBE_SPECIFIC)
def test_a_count_a_brand_or_a_shop_beside_those_still_rescues(tmp_path, monkeypatch, trait):
    assert run(tmp_path, monkeypatch, {"p.yaml": persona(trait)}) == []


@pytest.mark.parametrize("trait", GAP_SPECIFIC)
def test_a_brand_number_or_detail_in_a_phrases_gap_makes_the_trait_specific(tmp_path, monkeypatch, trait):
    assert run(tmp_path, monkeypatch, {"p.yaml": persona(trait)}) == []


@pytest.mark.parametrize(("trait", "quoted"), GAP_VAGUE)
def test_filler_in_a_phrases_gap_leaves_the_trait_vague_and_quoted_whole(tmp_path, monkeypatch, trait, quoted):
    findings = run(tmp_path, monkeypatch, {"p.yaml": persona(trait)})
    assert [f.rule for f in findings] == [RULE]
    assert findings[0].message.startswith(f'"{quoted}" describes')


def test_a_gap_in_a_users_own_phrase_counts_its_words_as_detail_too(tmp_path, monkeypatch):
    files = {"p.yaml": persona("Karmi Whiskasem koty", "Karmi codziennie koty")}
    findings = run(tmp_path, monkeypatch, files, extend=["karmi .. koty"])
    assert [(f.rule, f.line) for f in findings] == [(RULE, 7)]
    assert findings[0].message.startswith('"Karmi codziennie koty"')


@pytest.mark.parametrize("trait", [
    "Woli sprawdzone rozwiązania niż eksperymenty",  # "woli" is "prefers", and Wola a district
    "Pragnie spokoju i stabilności",  # "pragnie" (wants) began like Praga
    "Lubi pyszne jedzenie i dobrą kawę",  # "pyszne" (tasty), and Pyszne.pl
    "Jakiś czas temu zaczęła dbać o zdrowie",  # "temu" (ago), and Temu
    "Loves to travel and compares booking sites",  # and Booking.com
])
def test_an_everyday_word_spelled_like_a_brand_or_a_district_does_not_rescue(tmp_path, monkeypatch, trait):
    assert [f.rule for f in run(tmp_path, monkeypatch, {"p.yaml": persona(trait)})] == [RULE]


@pytest.mark.parametrize("trait", [
    "Dba o zdrowie: mieszka na Woli i biega w Parku Szymańskiego",
    "Lubi dobrze zjeść, zamawia przez Pyszne.pl",
    "Ceni wygodę, dlatego kupuje drobiazgi na Temu",
    "Loves to travel, books every trip on Booking.com",
])
def test_the_brand_or_district_itself_still_rescues_by_its_capital(tmp_path, monkeypatch, trait):
    assert run(tmp_path, monkeypatch, {"p.yaml": persona(trait)}) == []


@pytest.mark.parametrize("trait", [
    # A phrase of the lexicons in another sense: what the person wants to stand out, a job well
    # done, a phone held steady, a strong negotiating position, "sprawdzając" (checking) for "sprawy".
    "Wants error messages to stand out in red",
    "Wants her product photos to stand out against white backgrounds",
    "Chce, żeby jej oferta wyróżniała się zdjęciami na białym tle",
    "Lubi, gdy przycisk płatności wyróżnia się na stronie",
    "Wants praise when he does a good job on code reviews",
    "Needs a bike mount that keeps the phone in a stable position",
    "Is in a good position to negotiate discounts with wholesalers",
    "Ma mocną pozycję negocjacyjną wobec hurtowni",
    "Ułatwia sobie pracę, sprawdzając faktury w arkuszu kalkulacyjnym",
    # A generic word's stem taking a concrete thing: procesor, chwilówki, postawił, harmonijka.
    "Ceni jakość i wybiera procesor przed kartą graficzną",
    "Dba o zdrowie, ale bierze chwilówki przed wypłatą",
    "Dba o zdrowie, choć postawił saunę przy garażu",
    "Dba o zdrowie i gra na harmonijce ustnej wieczorami",
])
def test_a_lexicon_word_in_another_sense_makes_no_specific_trait_vague(trait):
    assert not matcher().analyse(trait).vague, matcher().analyse(trait)


@pytest.mark.parametrize("trait", [
    "Likes to stand out", "Wants to really stand out", "Tries hard to stand out at parties", "Has a good job",
    "Chce się wyróżniać", "Stara się bardzo wyróżniać", "Lubi wyróżniać się z tłumu",
    "Ma mocną pozycję zawodową", "Ma ugruntowaną pozycję", "Ułatwia załatwianie spraw urzędowych",
    "Nie lubi tłumów", "Potrzebuje chwili dla siebie",
])
def test_the_phrases_narrowed_to_their_sense_still_find_it(trait):
    assert matcher().analyse(trait).vague


@pytest.mark.parametrize("trait", [
    "Successful manager of a dental clinic", "Rests after work by cycling along the canal",
    "Odpoczywa po pracy, jeżdżąc rowerem nad kanałem",
])
def test_a_generic_frame_around_a_concrete_job_or_habit_is_not_vague(trait):
    # Too few words of their own to outweigh a generic phrase, so the phrases are not there.
    assert not matcher().analyse(trait).vague


# Phrases whose alternatives are several words: written in brackets, or they never match.
@pytest.mark.parametrize("trait", [
    "Wyróżnia się z tłumu", "Zawsze wyróżnia się w tłumie",
    "Ceni szczerość", "Stawia na uczciwość", "Chwila spokoju", "Moment wytchnienia",
    "Nie znosi skomplikowanych procedur", "Unika zbędnych formalności",
    "Frustrated by lengthy paperwork", "Impatient with complicated forms", "Cares about honesty",
])
def test_phrases_with_several_word_alternatives_match(trait):
    assert matcher().analyse(trait).vague



# --- themes nobody listed one by one: B2B clichés, feelings and wishes, industry clichés ----------
# Each theme's generic wordings are vague; the same words beside a number, a name or a clause of
# their own are not.  Plain words with an everyday sense too ("costs", "decision maker",
# "overwhelmed", "sceptical") are generic vocabulary, not phrases: vague only when nothing concrete
# stands beside them.  Words that name a thing or a household fact ("partner", "insurance",
# "abonament", "skład", "checks", "pays") are neither: see PROBED_SPECIFIC and ACCEPTED_MISSES
# ("skład", and "pays" of "pays attention", are generic among generic words only: "Zwraca uwagę na
# skład"; see tests/test_profiling_gaps_s21.py).

BUSINESS_VAGUE = [
    "Decision-maker", "Key decision maker in the company", "Decision maker", "Makes purchasing decisions",
    "Final decision-maker", "Wants to optimise processes", "Focused on optimizing business processes",
    "Looking to improve efficiency", "Values efficiency", "Wants to streamline operations",
    "Values long-term partnership",
    "Wants to grow the business while cutting costs", "Wants to reduce costs", "Wants to cut costs",
    "ROI-driven", "Focused on ROI", "Data-driven", "Data-driven decision maker", "Makes data-driven decisions",
    "Looks for scalable solutions", "Prefers proven solutions", "Innovation-minded", "Innovation-driven",
    "Customer-centric", "Customer-focused", "Results-oriented", "Focused on time-to-value",
    "Wants fast time to value", "Follows best practices", "Strategic thinker", "Thinks strategically",
    "Wants measurable results", "Wants to stay ahead of the competition",
    "Looking for a competitive advantage", "Wants to do more with less", "Bottom-line focused",
    "Needs buy-in from stakeholders", "Wants end-to-end solutions", "Wants to future-proof the business",
    "Wants to increase productivity", "Wants to boost revenue", "Growth-oriented", "Growth-minded",
    "Efficiency-driven", "Seeks operational excellence", "Wants to minimise risk", "Risk-averse",
    "Thought leader", "Wants to scale the business", "Looking for innovative solutions",
    "Wants solutions that scale", "Wants to improve operational efficiency", "Cost-efficient",
    "Focused on cost efficiency", "Wants to drive growth", "Wants to maximize ROI",
    "Needs a partner, not a vendor", "Wants to increase efficiency and reduce costs",
    "Wants to work smarter, not harder", "Wants to stay competitive", "Looks for value-added services",
    "Values strategic partnerships", "Decydent", "Decydentka", "Osoba decyzyjna", "Kluczowy decydent w firmie",
    "Podejmuje decyzje zakupowe", "Chce optymalizować procesy", "Dąży do optymalizacji procesów",
    "Zależy mu na optymalizacji kosztów", "Optymalizacja procesów",
    "Ceni długofalową współpracę", "Ceni długoterminowe partnerstwo",
    "Chce rozwijać firmę i jednocześnie ciąć koszty", "Chce obniżyć koszty",
    "Chce ograniczyć koszty", "Chce redukować koszty", "Stawia na transformację cyfrową",
    "Nastawiony na wyniki", "Nastawiona na efekty",
    "Zorientowany na wynik", "Zorientowana na wyniki", "Ceni efektywność kosztową",
    "Liczy się dla niego efektywność", "Ceni efektywność", "Szuka skalowalnych rozwiązań",
    "Woli sprawdzone rozwiązania", "Podejmuje decyzje w oparciu o dane", "Decyzje opiera na danych",
    "Patrzy na zwrot z inwestycji", "Zależy mu na szybkim zwrocie z inwestycji", "Klientocentryczny",
    "Stawia klienta w centrum", "Stosuje dobre praktyki", "Chce zwiększyć efektywność zespołu",
    "Chce usprawnić procesy", "Szuka kompleksowych rozwiązań", "Myśli strategicznie",
    "Chce być o krok przed konkurencją", "Chce zwiększyć sprzedaż", "Chce zautomatyzować procesy",
    "Unika ryzyka", "Oczekuje partnerskiego podejścia", "Szuka innowacyjnych rozwiązań", "Innowacyjna",
    "Chce zwiększyć wydajność", "Chce skalować biznes", "Chce wyprzedzić konkurencję",
    "Ceni partnerskie relacje", "Nastawiony na rozwój firmy", "Chce rozwijać biznes", "Myśli o wzroście firmy",
    "Zależy mu na efektywności", "Dba o efektywność kosztową", "Liczy się dla niej ROI",
    "Chce mierzalnych efektów", "Oczekuje mierzalnych wyników", "Ceni rozwiązania szyte na miarę",
    "Overwhelmed by choice when buying a first car",
    "Przytłoczona nadmiarem ofert kredytów hipotecznych",
]

BUSINESS_SPECIFIC = [
    "Decision-maker for a 40-seat Salesforce licence renewal every March",
    "Final decision maker on the fleet lease, signs off with the CFO",
    "Makes purchasing decisions for 3 dental clinics in Leeds",
    "Optimised the invoicing process by moving it from Excel to Xero in 2024",
    "Wants to cut the month-end close from 10 days to 4", "Chose Deloitte as a partner for the SAP migration",
    "Partnership with a local courier for same-day deliveries around the warehouse",
    "Digital transformation lead at a 300-bed hospital", "Measures ROI of each ad campaign in Google Analytics",
    "Data-driven: checks the Shopify dashboard before every reorder",
    "Needs the booking system to scale from 2 to 15 clinics",
    "Runs the innovation lab at a regional water utility",
    "Follows NHS best-practice guidelines for infection control",
    "Cuts costs by buying printer toner in bulk from Viking",
    "Wants to reduce the cost of sending invoices by post to 200 clients",
    "Streamlined onboarding of new drivers from three weeks to five days",
    "Efficiency matters because she bills clients by the hour",
    "Trusted partner of the council for school meals since 2019",
    "Wants a partner agency that can translate product manuals into German",
    "Risk-averse after losing money on crypto in 2022",
    "Automated payroll with Sage after the accountant retired",
    "Improving efficiency of the night shift picking in the cold store",
    "Customer-centric redesign of the bank's branch queue system was her project",
    "Decides which CRM the five-person sales team uses",
    "Best practices from the Kanban course now run her team's weekly board",
    "Decydentka przy odnowieniu 40 licencji Salesforce co marzec",
    "Osoba decyzyjna przy zakupie floty 12 aut dla przedstawicieli",
    "Zoptymalizowała proces fakturowania, przenosząc go z Excela do iFirmy",
    "Zaufany partner od 2018: biuro rachunkowe z Kielc prowadzi jej księgi",
    "Transformacja cyfrowa szpitala powiatowego w Tczewie to jej projekt",
    "Liczy zwrot z inwestycji w panele fotowoltaiczne: 7 lat",
    "Usprawnia proces przyjmowania zamówień w hurtowni budowlanej",
    "Obniżyła koszty druku, przechodząc na e-faktury w KSeF",
    "Chce ograniczyć koszty paliwa floty dostawczej o 15%", "Szuka partnera do eksportu mebli do Niemiec",
    "Podejmuje decyzje zakupowe w sieci 8 piekarni na Śląsku",
    "Decyzje o zatowarowaniu opiera na danych z kas fiskalnych i Excela",
    "Unika ryzyka walutowego, bierze kredyt tylko w złotówkach",
    "Efektywność zespołu magazynu mierzy liczbą paczek na godzinę",
    "Wdraża system WMS w magazynie pod Strykowem",
    "Stosuje dobre praktyki BHP na budowie, bo była kontrola PIP",
    "Innowacyjna metoda leczenia zaćmy przekonała go do prywatnej kliniki",
    "Digital transformation lead at the county hospital",
    "Leads the digital transformation of the county hospital", "Decision maker on the kitchen renovation",
    "Main decision maker for groceries", "Lives with his partner and two cats",
    "Wants to cut costs of heating the house", "Cuts costs by cooking at home",
    "Shares best practices with other nurses on the ward", "Wants a future-proof laptop for university",
    "Measures ROI on every campaign", "Wants a reliable partner to split the rent with",
    "Avoids the risk of falls by using a walker", "Competitive swimmer in the masters league",
    "Scalable pricing matters because the shop doubles staff for Christmas",
    "Reduced costs by switching the office to LED lighting", "Trusted partner for school meals at the council",
    "Results of the blood tests go straight to her GP", "Focused on finishing her nursing degree",
    "Improves the bakery's profit by selling day-old bread at half price",
    "Decision-making power over the family car purchase",
    "Strategic buyer for frozen foods at a supermarket chain",
    "Performance matters: she races a road bike on club rides", "Innovation manager at a dairy cooperative",
    "Focused on growth of the online pottery shop", "Decydentka w sprawie wyboru przedszkola dla syna",
    "Mieszka z partnerem i dwoma kotami", "Chce obniżyć koszty ogrzewania domu",
    "Ogranicza wydatki na jedzenie na mieście", "Optymalizuje trasy dostaw w firmie kurierskiej",
    "Opiera się na danych z kas fiskalnych", "Liczy zwrot z inwestycji w panele fotowoltaiczne",
    "Szuka kompleksowej obsługi księgowej dla spółki z o.o.", "Kupuje ubrania szyte na miarę u krawca",
    "Odpowiada za transformację cyfrową w szpitalu powiatowym",
    "Chce zwiększyć sprzedaż zimowych opon w sklepie", "Gra w gry strategiczne z synem",
    "Zarządza zespołem pięciu kelnerów", "Poprawia wyniki w biegu na 10 km",
    "Wyniki badań krwi sprawdza w aplikacji Diagnostyki", "Ryzyko upadku po operacji biodra",
    "Współpracuje z biurem rachunkowym z Kielc", "Nastawiona na wyniki sprzedażowe w salonie meblowym",
    "Dla niej liczy się cena paliwa na stacji przy trasie", "Zależy jej na zysku z wynajmu kawalerki",
    "Ceni partnerskie relacje w związku", "Ma zaufanego mechanika od lat",
    "Szuka zaufanego partnera do wspólnego wynajmu mieszkania",
    "Looking for a trusted partner to distribute cosmetics in drugstores",
    "Needs scalable hosting for the webshop", "Decision maker on the kitchen renovation",
    "Sceptical of new banks since her savings were frozen",
    "Wants to be taken seriously by doctors about her migraines",
    "Feels valued when the barista remembers her order",
    "Szuka zaufanego partnera do dystrybucji kosmetyków w drogeriach",
    "Nastawiona na wyniki sprzedażowe w salonie meblowym",
    "Czuje się doceniona, gdy barista pamięta jej zamówienie",
    "Chce być traktowana poważnie przez lekarza przy migrenach",
    "Decydentka w sprawie wyboru przedszkola dla syna", "Chce obniżyć koszty ogrzewania domu",
]

# Feelings and wishes: a wish is a phrase only with a verb of wanting before it; wishes that often
# come with a context are generic words.
FEELINGS_VAGUE = [
    "Wants to feel valued", "Wants to feel appreciated", "Wants to be understood", "Needs to feel heard",
    "Wants to feel special", "Wants to feel important", "Wants to be appreciated as a customer",
    "Wants to feel like a valued customer", "Wants to be treated as an individual",
    "Wants to be treated with respect", "Wants to be taken seriously", "Overwhelmed by choice",
    "Overwhelmed by too many offers", "Feels overwhelmed by options", "Overwhelmed by information",
    "Gets overwhelmed by all the choices", "Sceptical of new solutions", "Skeptical about new products",
    "Sceptical towards new brands", "Wary of new brands", "Distrusts advertising", "Doesn't trust ads",
    "Suspicious of marketing", "Wants peace of mind", "Wants to feel safe", "Wants to feel secure",
    "Needs a sense of security", "Hates hassle", "Wants a hassle-free experience", "Doesn't want any hassle",
    "Wants transparency", "Values transparency", "Expects transparent pricing",
    "Wants clear and transparent communication", "Wants a personalised experience",
    "Expects personalized offers", "Wants tailored recommendations", "Expects a fast response",
    "Expects quick answers", "Wants a quick response", "Expects immediate replies", "Wants to be in control",
    "Wants to feel in control", "Wants things to just work", "Fears missing out",
    "Wants to feel confident in her choices", "Wants reassurance", "Appreciates a human touch",
    "Wants a human approach", "Wants clear communication", "Tired of empty promises",
    "Dislikes pushy salespeople", "Doesn't like being sold to", "Wants honest advice",
    "Wants to feel good about her purchases", "Wants to feel respected", "Wants to feel recognised",
    "Wants a stress-free experience", "Hates waiting", "Wants to avoid stress",
    "Afraid of making the wrong choice", "Fears making a mistake", "Wants to make the right choice",
    "Wants to be listened to", "Wants support when needed", "Wants to be heard", "Chce czuć się doceniony",
    "Chce czuć się doceniona", "Chce się czuć ważna", "Chce czuć się ważny", "Chce być traktowany poważnie",
    "Chce być traktowana indywidualnie", "Chce być zrozumiany", "Chce, by ją wysłuchano", "Chce być wysłuchana",
    "Przytłoczona nadmiarem ofert", "Przytłacza go nadmiar wyboru", "Czuje się zagubiona w gąszczu ofert",
    "Gubi się w natłoku informacji", "Przytłoczony ilością opcji", "Sceptyczny wobec nowości",
    "Sceptycznie podchodzi do nowych rozwiązań", "Sceptyczna wobec nowych marek", "Nieufna wobec nowych marek",
    "Nie ufa reklamom", "Nieufny wobec reklam", "Podchodzi z dystansem do nowości", "Chce mieć spokój",
    "Chce mieć święty spokój", "Ceni święty spokój", "Chce mieć spokojną głowę",
    "Chce mieć poczucie bezpieczeństwa", "Potrzebuje poczucia bezpieczeństwa", "Chce czuć się bezpiecznie",
    "Ceni przejrzystość", "Oczekuje przejrzystych zasad", "Oczekuje jasnych warunków", "Ceni jasne zasady",
    "Oczekuje indywidualnego podejścia", "Ceni indywidualne podejście", "Oczekuje szybkiej odpowiedzi",
    "Oczekuje szybkiej reakcji", "Chce szybkiej odpowiedzi", "Nie lubi kombinowania",
    "Nie lubi nachalnej sprzedaży", "Nie lubi, gdy ktoś jej coś wciska", 
    "Chce mieć wszystko pod kontrolą", "Boi się, że coś przegapi", "Ceni ludzkie podejście",
    "Potrzebuje wsparcia", "Chce jasnej komunikacji", "Ma dość pustych obietnic", "Chce czuć się wyjątkowo",
    "Chce czuć się wyjątkowa", "Chce być doceniana", "Chce, żeby ją szanowano", "Oczekuje szacunku",
    "Nie lubi czekać", "Chce uniknąć stresu", "Boi się złego wyboru", "Boi się popełnić błąd",
    "Chce podjąć dobrą decyzję", "Chce mieć pewność", "Potrzebuje zapewnienia",
    "Oczekuje spersonalizowanej oferty", "Chce mieć poczucie kontroli", "Nie ma czasu na formalności",
    "Chce, żeby wszystko działało", "Chce bez stresu",
]

FEELINGS_SPECIFIC = [
    "Wants to feel valued as a 12-year customer when renewing her Vodafone contract",
    "Felt overwhelmed by the 40 broadband offers on uSwitch",
    "Sceptical of new solutions since a budgeting app leaked her data in 2023",
    "Wants peace of mind about her mother's fall alarm, checks it every evening",
    "Wants transparency on how the £12 delivery fee is calculated",
    "Expects a reply to support tickets within 4 hours",
    "Hates the hassle of returning parcels to the post office in Leeds",
    "Wants to feel safe walking home from the Tube at night",
    "Expects personalised size recommendations based on her past ASOS orders",
    "Overwhelmed by the choice of cereals at the big supermarket, so she buys the same box",
    "Wants to be taken seriously by the GP about her migraines",
    "Distrusts adverts for supplements after a bad reaction to a diet pill",
    "Wants to feel in control of the thermostat from her phone",
    "Sceptical of electric cars because of charging points on the motorway",
    "Hates waiting at the pharmacy counter for prescriptions",
    "Afraid of making the wrong choice of mortgage, asked a broker twice",
    "Wants reassurance that the cot mattress is fire-safe", "Dislikes pushy salespeople at car dealerships",
    "Chce czuć się doceniona jako klientka Play od 12 lat przy przedłużaniu umowy",
    "Przytłoczona 40 ofertami internetu na porównywarce",
    "Sceptyczny wobec nowych rozwiązań, odkąd aplikacja budżetowa wyciekła jego dane w 2023",
    "Chce mieć spokój o mamę: opaska SOS dzwoni do niej po upadku",
    "Oczekuje odpowiedzi na reklamację w ciągu 24 godzin",
    "Oczekuje indywidualnego podejścia od trenera na siłowni Zdrofit",
    "Nie lubi czekać w kolejce do kasy w Biedronce",
    "Boi się złego wyboru kredytu hipotecznego, pytała dwóch doradców",
    "Sceptyczna wobec samochodów elektrycznych przez brak ładowarek przy trasie",
    "Nie ufa reklamom suplementów po złej reakcji na tabletki odchudzające",
    "Chce mieć kontrolę nad ogrzewaniem domu z telefonu",
    "Przytłacza ją wybór płatków śniadaniowych w hipermarkecie, więc kupuje zawsze te same",
    "Chce być traktowana poważnie przez lekarza rodzinnego przy migrenach",
    "Chce mieć spokój w weekend, więc wyłącza powiadomienia służbowe",
    "Potrzebuje wsparcia przy rozliczeniu PIT za wynajem mieszkania",
    "Oczekuje szybkiej odpowiedzi od przedszkola, gdy dziecko jest chore",
    "Feels valued when the barista remembers her order",
    "Wants to be taken seriously by doctors about her migraines",
    "Wants to feel valued by her bank after a decade of saving there",
    "Sceptical of electric cars because charging points are scarce",
    "Overwhelmed at work since the baby arrived", "Wants clear communication from the school about trips",
    "Expects a quick answer from the school when her child is ill",
    "Dislikes pushy salespeople at car dealerships", "Wants control over the heating schedule",
    "Needs help carrying shopping up to the third floor", "Afraid of flying, takes the train to Scotland",
    "Worried about the right size when ordering shoes", "Human resources assistant in a logistics company",
    "Marketing assistant at a dental clinic", "Hates waiting for the bus in the rain",
    "Wants no surprises on the energy bill",
    "Distrusts online reviews of restaurants since she found fake ones",
    "Czuje się doceniona, gdy barista pamięta jej zamówienie",
    "Chce być wysłuchana przez lekarza przy migrenach", "Boi się latać, do Hiszpanii jeździ autem",
    "Potrzebuje pomocy przy wnoszeniu zakupów na trzecie piętro", "Nie lubi czekać na autobus w deszczu",
    "Oczekuje jasnych warunków umowy leasingu", "Poczucie bezpieczeństwa daje jej alarm w mieszkaniu",
    "Chce mieć kontrolę nad harmonogramem ogrzewania", "Stresuje się wizytą u dentysty",
    "Boi się złej diagnozy po badaniach tarczycy", "Przytłacza ją liczba formularzy w urzędzie skarbowym",
    "Nie ufa opiniom o restauracjach, odkąd znalazła fałszywe",
]

# Industry clichés: banking, insurance, telecom, e-commerce, travel, education, healthcare, automotive,
# public services, FMCG.
INDUSTRY_VAGUE = [
    "Wants a bank that understands her needs", "Looking for a trustworthy bank", "Wants simple banking",
    "Wants hassle-free banking", "Expects mobile banking", "Wants to manage finances on the go",
    "Wants financial security", "Wants to secure her family's future", "Planning for retirement",
    "Wants to save for the future", "Wants to grow her savings", "Wants better interest rates",
    "Wants no hidden fees", "Wants financial freedom", "Wants financial independence", "Wants to be covered",
    "Wants comprehensive coverage", "Wants protection for the family", "Wants to protect what matters most",
    "Wants to protect her loved ones", "Wants a hassle-free claims process",
    "Wants peace of mind in case something happens", "Wants fast, reliable internet",
    "Wants good coverage", "Expects a stable connection", "Wants to stay connected", "Needs reliable internet",
    "Looking for a good deal on a phone contract", "Expects fast delivery", "Wants free returns",
    "Wants a seamless checkout", "Likes to browse before buying", "Expects easy returns",
    "Wants a smooth shopping experience", "Abandons carts", "Impulse buyer", "Buys on impulse",
    "Looks for unique experiences", "Wants authentic experiences", "Wants to relax on holiday",
    "Dreams of exotic trips", "Seeks hidden gems", "Likes all-inclusive holidays",
    "Wants to escape the daily routine", "Wants to make memories", "Wants unforgettable experiences",
    "Loves city breaks", "Wants to get away from it all", "Bucket-list traveller",
    "Wants to invest in education", "Wants the best education for her children", "Wants practical skills",
    "Wants to upskill", "Wants to learn new skills", "Wants to expand her knowledge", "Values education",
    "Wants to broaden horizons", "Values preventive care",
    "Wants easy access to healthcare", "Wants to avoid long waiting times", "Takes care of prevention",
    "Wants to feel better", "Wants to live longer", "Wants to stay healthy as long as possible",
    "Wants good medical care", "Petrolhead",
    "Looks for fuel efficiency", "Wants low running costs",
    "Wants a car that won't break down", "Wants to handle matters without queues",
    "Wants to settle things online", "Frustrated by bureaucracy", "Hates red tape",
    "Wants to deal with the authorities quickly", "Wants simple forms", "Expects efficient public services",
    "Reads labels", "Chooses natural products", "Prefers local products",
    "Loyal to favourite brands", "Looks for products without additives", "Buys what's on offer",
    "Likes to try new flavours", "Prefers organic food", "Supports local producers",
    "Chce bezpiecznie oszczędzać", "Zależy jej na bezpieczeństwie finansowym",
    "Chce zabezpieczyć przyszłość rodziny", "Chce mieć wszystko w jednej aplikacji",
    "Chce mieć oszczędności na czarną godzinę", "Chce odkładać na emeryturę",
    "Chce niezależności finansowej", "Szuka korzystnego oprocentowania", "Chce wygodnie zarządzać finansami",
    "Chce czuć się chroniona", "Szuka kompleksowej ochrony", "Chce zabezpieczyć bliskich",
    "Chce szybkiej likwidacji szkody",
    "Chce szybkiego internetu", "Oczekuje dobrego zasięgu",
    "Chce nielimitowanego internetu", "Oczekuje stabilnego łącza",
    "Oczekuje szybkiej dostawy", "Ceni darmowe zwroty", "Kupuje pod wpływem impulsu", "Kupuje impulsywnie",
    "Oczekuje łatwych zwrotów", "Lubi przeglądać oferty przed zakupem", "Porzuca koszyki",
    "Szuka niezapomnianych wrażeń", "Marzy o egzotycznych podróżach", "Chce odpocząć od codzienności",
    "Lubi all inclusive", "Szuka autentycznych doświadczeń", "Chce oderwać się od rzeczywistości",
    "Chce naładować baterie", "Lubi city breaki",
    "Chce zdobyć praktyczne umiejętności", "Zależy mu na rozwoju dzieci", "Chce podnosić kompetencje",
    "Chce poszerzać wiedzę", "Chce poszerzać horyzonty", "Ceni edukację",
    "Ceni profilaktykę", "Dba o profilaktykę", "Chce uniknąć kolejek do specjalistów",
    "Chce być zdrowa jak najdłużej", "Oczekuje dobrej opieki medycznej",
    "Pasjonat motoryzacji", "Ceni bezpieczeństwo na drodze", "Auto musi być ekonomiczne",
    "Chce załatwiać sprawy urzędowe online",
    "Nie lubi chodzić do urzędu", "Nie znosi biurokracji", "Oczekuje sprawnej obsługi w urzędzie",
    "Chce załatwiać wszystko przez internet", "Czyta etykiety", "Wybiera naturalne produkty",
    "Lubi polskie produkty", "Wspiera lokalnych producentów", "Kupuje produkty bez konserwantów",
    "Lubi próbować nowych smaków", "Robi zapasy na promocjach", "Wybiera produkty z krótkim składem",
    "Kupuje to, co jest w promocji", "Works in insurance", "Works in public administration",
]

INDUSTRY_SPECIFIC = [
    "Wants a bank that lets her split bills with flatmates in the app",
    "Planning to retire at 60 and has 180 000 zł in an IKE account",
    "Moved her savings to a 5.2% deposit at Santander in May",
    "Wants financial security: keeps 6 months of expenses in a savings account",
    "Wants comprehensive coverage for her 2019 Yaris after a hail storm",
    "Claims process at PZU took 3 weeks for her flooded bathroom",
    "Wants unlimited data because she hotspots her laptop on the train to Leeds",
    "Needs reliable internet for 8-hour video calls from her home office",
    "Expects delivery within 24 hours from Zalando", "Abandons carts when shipping costs over £4.99",
    "Buys on impulse at the Lidl middle aisle on Thursdays",
    "Went all-inclusive to Crete in 2024 because the kids are small",
    "Wants practical skills: signed up for a 10-week Excel course",
    "Wants quick access to a paediatrician at night for her asthmatic son",
    "Waited 8 months for a cardiologist on the NHS",
    "Car enthusiast who restores a 1972 Fiat 126p in his garage",
    "Wants a car with Isofix for three child seats in the back row",
    "Renews her ID card online via the mObywatel app", "Reads labels for gluten since her coeliac diagnosis",
    "Checks ingredients for palm oil in every biscuit she buys",
    "Prefers local products from the Saturday farmers' market in Kraków",
    "Odkłada 500 zł miesięcznie na IKE na emeryturę",
    "Szuka kredytu hipotecznego na 30 lat na mieszkanie w Gdańsku",
    "Chce zabezpieczyć córki polisą na życie na 400 tys. zł",
    "Likwidacja szkody w PZU trwała 3 tygodnie po zalaniu łazienki",
    "Potrzebuje stabilnego łącza do 8-godzinnych wideorozmów z domu", "Oczekuje dostawy w 24 godziny z Zalando",
    "Kupuje pod wpływem impulsu przy kasie w Biedronce",
    "W 2024 pojechała all inclusive na Kretę, bo dzieci są małe",
    "Zapisała się na 10-tygodniowy kurs Excela, żeby awansować", "Czekała 8 miesięcy na kardiologa na NFZ",
    "Fan motoryzacji, odnawia Fiata 126p w garażu", "Chce auta z Isofixem na trzy foteliki w tylnym rzędzie",
    "Dowód osobisty odnowiła przez aplikację mObywatel",
    "Czyta etykiety pod kątem glutenu od diagnozy celiakii", "Sprawdza skład ciastek pod kątem oleju palmowego",
    "Kupuje lokalne produkty na sobotnim targu na Kleparzu",
    "Ceni profilaktykę: co roku robi morfologię w Diagnostyce",
    "Nie lubi chodzić do urzędu skarbowego, PIT rozlicza w e-Urzędzie",
    "Reads labels because of her son's nut allergy", "Needs reliable internet for video calls from home",
    "Prefers all-inclusive because the kids are small",
    "Wants a reliable car for the school run and weekend trips to the coast",
    "Looking for a cheap phone plan for her teenage daughter", "Saving for the future in premium bonds",
    "Planning for retirement with a workplace pension and an ISA", "Wants quick access to a GP at weekends",
    "Impulse buyer of houseplants at garden centres",
    "Protects her loved ones by sharing her location with her sister",
    "Hidden gems: found her favourite ramen bar through a friend",
    "Escapes the daily routine by hiking in the Peak District",
    "Wants financial independence from her parents before university",
    "Stocks up on promotions of nappies and wipes", "Abandons the cart when delivery is paid",
    "Checks ingredients for palm oil because of orangutans", "Sorts paperwork online for her elderly father",
    "Medical student on a hospital placement", "Driving instructor who works evenings",
    "Mobile hairdresser visiting clients at home", "Insurance broker at a family firm",
    "Comprehensive coverage for the campervan they rent out in summer",
    "Browses before buying: screenshots dresses and asks her sister", "Uses mobile banking to pay the nanny",
    "Korzysta z bankowości mobilnej, żeby płacić za przedszkole", "Czyta etykiety z powodu alergii syna",
    "Szuka korzystnego abonamentu dla nastoletniej córki",
    "Odkłada na emeryturę w pracowniczym planie kapitałowym",
    "Kupuje pod wpływem impulsu kwiaty doniczkowe w centrum ogrodniczym",
    "Załatwia sprawy urzędowe online za ojca, który nie ma konta w banku",
    "Robi zapasy pieluch i chusteczek na promocjach", "Lubi jeździć samochodem nocą po pustych drogach",
    "Wybiera auto ekonomiczne, bo dojeżdża 60 km do pracy",
    "Na wszelki wypadek trzyma zapas leków na nadciśnienie",
    "Chce szybkiego dostępu do pediatry w nocy dla syna z astmą",
    "Stały dostęp do internetu potrzebny jej do pracy zdalnej jako tłumaczka",
    "Zdobywa szczyty Korony Gór Polski", "Inwestuje w edukację dzieci: angielski z native speakerem w soboty",
    "Polskie kosmetyki kupuje w drogerii przy domu", "Na emeryturze od roku", "Na emeryturze", "Emerytka",
    "Works from home", "Retired teacher", "Medical student", "Public transport user", "Mobile hairdresser",
    "Financial advisor", "Insurance agent", "Drives to work", "Dojeżdża samochodem do pracy",
    "Jeździ rowerem do pracy", "Mieszka z partnerem i psem", "Lives with her partner and a dog",
    "Spłaca kredyt hipoteczny", "Pays off her mortgage early", "Marketing manager", "Operations manager",
    "Risk manager", "Procurement manager", "Data manager", "Support manager", "Strategy consultant",
    "Insurance manager", "Customer support agent", "Has no phone", "Doesn't have a phone", "Mortgage-free",
    "Has no loans", "Afraid of driving", "Afraid of flying", "Prefers cash", "Waiting for surgery",
    "Marketing student", "Public sector worker", "Medical secretary", "Stock controller",
    "Works for the council", "Single mum of twins", "Retired nurse", "Night-shift worker", "Stay-at-home dad",
    "Kierownik ds. marketingu", "Specjalistka ds. zakupów", "Nie ma telefonu", "Nie ma samochodu",
    # "Potrzebuje pomocy przy zakupach" names the task, as "Needs help with washing" does ("Potrzebuje pomocy",
    # "Needs someone to help" name none: tests/test_public_service_words_s39.py).
    "Boi się latać", "Boi się prowadzić samochód", "Potrzebuje pomocy przy zakupach", "Needs help with the shopping",
    "Pracuje w urzędzie gminy", "Urzędniczka w ZUS", "Pracuje w administracji publicznej", "Spłaca kredyt",
    "Nie ma kredytu", "Czeka na operację", "Ma abonament w Play",
]

# The three themes again in other frames ("Ważna jest dla niego szybka reakcja", "Counts on a quick
# response"), the labels of B2B personas ("Pragmatyczna", "Analytical mind", "No-nonsense"), and short
# facts and job titles made of the same words that stay quiet ("Opiekunka klienta", "Marketing expert").
REPHRASED_VAGUE = [
    "Ważne jest dla niej, żeby czuć się docenioną", "Liczy na szybką odpowiedź",
    "Ważna jest dla niego szybka reakcja", "Kluczowa jest dla niej przejrzystość",
    "Zależy jej na indywidualnym traktowaniu", "Chciałaby być traktowana wyjątkowo",
    "Nie chce być traktowana jak numer", "Nie lubi być traktowany jak kolejny klient",
    "Czuje się zagubiona przy wyborze", "Gubi się w ofertach", "Męczy ją nadmiar informacji",
    "Irytuje go nachalny marketing", "Denerwują ją natarczywe reklamy", "Podchodzi ostrożnie do nowych marek",
    "Nie ufa nowym rozwiązaniom", "Ma ograniczone zaufanie do reklam", "Ceni sobie spokój ducha",
    "Potrzebuje spokoju i bezpieczeństwa", "Ceni poczucie bezpieczeństwa",
    "Ważne jest dla niej poczucie kontroli", "Oczekuje, że ktoś ją wysłucha",
    "Chce, żeby traktowano ją poważnie", "Zależy mu na szacunku", "Oczekuje profesjonalnego podejścia",
    "Chce mieć pewność, że dokonała dobrego wyboru", "Obawia się rozczarowania", "Boi się, że przepłaci",
    "Nie chce przepłacić", "Chce czuć, że ma wybór", "Lubi mieć wybór", "Ceni swobodę wyboru",
    "Nie lubi presji", "Nie lubi być naciskana", "Chce jasnych i prostych zasad", "Oczekuje uczciwych warunków",
    "Oczekuje prostych i zrozumiałych informacji", "Chce załatwić wszystko szybko i bez stresu",
    "Nie lubi niespodzianek", "Chce uniknąć rozczarowań", "Odpowiada za decyzje zakupowe",
    "Ma wpływ na decyzje zakupowe", "Zatwierdza budżet", "Szuka oszczędności w firmie",
    "Dąży do poprawy efektywności", "Chce poprawić wyniki firmy", "Chce zwiększyć rentowność",
    "Zależy mu na rozwoju biznesu", "Myśli długofalowo", "Patrzy na liczby", "Kieruje się danymi",
    "Opiera decyzje na danych", "Szuka przewagi nad konkurencją", "Chce wyróżnić firmę na rynku",
    "Stawia na innowacje", "Lubi innowacyjne rozwiązania", "Otwarty na innowacje",
    "Oczekuje wsparcia na każdym etapie", "Oczekuje kompleksowej obsługi", "Ceni stabilnych dostawców",
    "Ceni sprawdzonych dostawców", "Zależy mu na terminowości", "Oczekuje terminowej realizacji",
    "Ważna jest dla niego elastyczność", "Oczekuje elastyczności", "Stawia na automatyzację",
    "Chce mieć wszystko pod kontrolą w firmie",
    "Chce bezpiecznie lokować oszczędności", "Zależy jej na stabilności finansowej",
    "Chce zapewnić rodzinie bezpieczeństwo", "Zależy mu na dobrym ubezpieczeniu",
    "Chce być przygotowana na każdą sytuację",
    "Oczekuje niezawodnego internetu", "Zależy jej na dobrym zasięgu", 
    "Zależy jej na darmowej dostawie", "Lubi kupować na wyprzedażach", "Szuka inspiracji do podróży",
    "Lubi odkrywać nowe miejsca", "Marzy o podróży dookoła świata", "Chce wypocząć",
    "Chce się zrelaksować na urlopie", "Szuka miejsc z dala od tłumów", "Chce rozwijać kompetencje cyfrowe",
    "Chce nauczyć się czegoś nowego", "Stawia na edukację", "Zależy jej na zdrowiu rodziny",
    "Regularnie się bada",
    "Zależy mu na niskim spalaniu", "Samochód to dla niego pasja", "Chce szybko załatwiać sprawy urzędowe",
    "Nie ma czasu na urzędy", "Irytuje ją biurokracja", "Wybiera zdrowe produkty",
    "Kupuje sprawdzone marki", "Lubi promocje", "Kupuje produkty w dobrej cenie",
    "Zwraca uwagę na pochodzenie produktów", "It's important to her to feel valued",
    "Counts on a quick response", "Quick response matters to him", "Transparency is key for her",
    "Wants individual treatment", "Doesn't want to be treated like a number",
    "Hates being just another customer", "Gets lost in all the options", "Tired of information overload",
    "Annoyed by pushy marketing", "Irritated by intrusive ads", "Cautious about new brands",
    "Doesn't trust new solutions", "Has limited trust in advertising", "Values peace of mind",
    "Needs stability and security", "Values a sense of security", "A sense of control is important to her",
    "Expects someone to listen", "Wants to be treated seriously", "Values respect",
    "Expects a professional approach", "Fears disappointment", "Worried about overpaying",
    "Doesn't want to overpay", "Likes having options", "Values freedom of choice",
    "Doesn't like being pressured", "Wants simple, clear rules", "Expects fair terms",
    "Expects simple and understandable information", "Hates surprises", "Wants to avoid disappointment",
    "Responsible for purchasing decisions", "Influences purchasing decisions", "Approves the budget",
    "Strives to improve efficiency", "Wants to improve company results", "Wants to increase profitability",
    "Thinks long-term", "Looks at the numbers", "Guided by data", "Bases decisions on data",
    "Bets on innovation", "Likes innovative solutions", "Expects support at every stage",
    "Expects end-to-end service", "Values reliable suppliers", "Values punctuality", "Expects on-time delivery",
    "Flexibility is important to him", "Expects flexibility", 
    "Financial stability matters to her", "Wants to provide security for the family",
    "Wants to be prepared for anything", "Expects quick payouts", "Wants uninterrupted internet",
    "Expects dependable internet", "Wants cheap calls", "Wants free delivery", "Likes shopping in the sales",
    "Looks for travel inspiration", "Likes discovering new places", "Dreams of travelling the world",
    "Wants to rest", "Wants to unwind on holiday", "Wants to develop digital skills",
    "Wants to learn something new", "Values lifelong learning", "Cares about her family's health",
    "Gets regular check-ups", "Wants low fuel consumption", "Cars are his passion",
    "Has no time for bureaucracy", "Irritated by bureaucracy",
    "Chooses healthy products", "Buys trusted brands", "Likes promotions", "Buys products at a good price",
    "Nie lubi presji czasu w pracy", "Edge of town",
    "Pragmatyczny", "Pragmatyczna", "Analityczny umysł", "Ma analityczny umysł", "Decyzyjna", "Konkretny",
    "Konkretna i rzeczowa", "Świadoma swoich potrzeb", "Zorientowany na rozwiązania", "Proaktywny",
    "Proaktywna", "Zaangażowany", "Otwarty na współpracę",
    "Nastawiona na długofalową współpracę", "Lubi mieć wszystko zaplanowane", "Ceni konkretne informacje",
    "Ceni kompetencje", "Oczekuje fachowej porady", "Ceni rzetelne informacje", "Szuka rzetelnej wiedzy",
    "Ceni fachowość", "Ceni profesjonalizm", "Ceni rzeczowe podejście", "Nie lubi owijania w bawełnę",
    "Ceni konkrety", "Woli konkrety", "Lubi wiedzieć, za co płaci", "Chce wiedzieć, na czym stoi",
    "Chce rozumieć, co kupuje", "Docenia dobrą radę", "Chce mieć jedną osobę kontaktową",
    "Jest przywiązana do tradycyjnych rozwiązań", "Dba o szczegóły", "Perfekcjonistka",
    "Ma wysokie oczekiwania", "Wymaga wiele", "Ceni dobre relacje", "Ceni zaufanie", "Lubi się czuć pewnie",
    "Chce mieć pewność", "Potrzebuje czasu na decyzję", "Długo podejmuje decyzje", "Podejmuje decyzje szybko",
    "Decyduje szybko", "Działa pod presją czasu", "Pragmatic", "Analytical mind", "Has an analytical mind",
    "Solution-oriented", "Proactive", "Engaged", "Open to collaboration", "Likes to plan ahead",
    "Values concrete information", "Values expertise", "Values reliable information", "No-nonsense",
    "Straight-talking", "Values professionalism", "Wants straight answers",
    "Likes to know what she's paying for", "Wants to know where she stands", "Wants a single point of contact",
    "Attached to traditional solutions", "Pays attention to detail", "Perfectionist", "Has high expectations",
    "Values good relationships", "Needs time to decide", "Takes a long time to decide", "Decides quickly",
    "Values honesty and transparency", "Wants value for money", "Wants good value",
    "Wants the best possible service", "Expects excellent customer service", "Key stakeholder in purchasing",
    "Wants solutions that pay for themselves",
    "Wants to modernise the company",
    "Open to new technologies in the business", "Appreciates a personal touch",
    "Wants to feel heard by the brand", "Doesn't like feeling rushed", "Gets frustrated easily",
    "Wants everything to be simple", "Needs clarity", "Values clarity and honesty",
    "Wants to understand the offer", "Wants to feel financially secure", "Wants affordable insurance",
    "Looks for good coverage at a fair price", "Wants reliable service",
    "Wants a smooth experience from start to finish", "Expects quick delivery and easy returns",
    "Wants to discover new destinations", "Wants a relaxing holiday", "Wants access to good healthcare",
    "Wants less paperwork", "Prefers familiar brands",
    "Kluczowa osoba przy zakupach w firmie", "Chce unowocześnić firmę",
    "Docenia osobiste podejście", "Nie lubi pośpiechu", "Łatwo się frustruje",
    "Chce, żeby wszystko było proste", "Potrzebuje jasności", "Chce rozumieć ofertę",
    "Chce czuć się bezpiecznie finansowo",
    "Chce dobrej ochrony w rozsądnej cenie", "Oczekuje niezawodnej obsługi", "Chce odkrywać nowe kierunki",
    "Chce spokojnych wakacji", "Chce, żeby dzieci się rozwijały", "Chce dostępu do dobrej opieki zdrowotnej",
    "Chce mniej papierologii", "Zwraca uwagę na to, co je", "Woli znane marki",
]

REPHRASED_SPECIFIC = [
    "Ważne jest dla niej, żeby kurier dzwonił 30 minut przed dostawą",
    "Liczy na odpowiedź z przedszkola w sprawie zapisów do końca marca",
    "Nie ufa bankom od czasu upadłości Getin Banku", "Odpowiada za zakupy biurowe w kancelarii na 12 osób",
    "Zatwierdza budżet marketingowy 40 tys. zł kwartalnie",
    "Kieruje się danymi z Google Analytics przy wyborze kampanii",
    "Oczekuje wypłaty odszkodowania z OC sprawcy w 30 dni",
    "Chce mieć internet bez przerw, bo prowadzi lekcje online z Chińczykami",
    "Zwraca uwagę na skład kremów, bo ma atopowe zapalenie skóry",
    "Chce bezpiecznego samochodu z 5 gwiazdkami w Euro NCAP",
    "Samochód to dla niego pasja: co roku jeździ na tor w Poznaniu",
    "Lubi kupować na wyprzedażach w Zarze w styczniu",
    "Szuka miejsc z dala od tłumów, w sierpniu jedzie w Bieszczady",
    "It's important to her that the courier calls 30 minutes before delivery",
    "Counts on a reply from the nursery about places by the end of March",
    "Doesn't trust banks since her savings were frozen at Silicon Valley Bank",
    "Responsible for office supplies at a 12-person law firm", "Approves a £40k marketing budget every quarter",
    "Guided by Google Analytics data when choosing campaigns", "Expects the insurer to pay out within 30 days",
    "Wants uninterrupted internet because she teaches English online to students in China",
    "Pays attention to ingredients in creams because of her eczema",
    "Cars are his passion: track days at Silverstone every summer",
    "Likes shopping in the Zara sales in January",
    "Looks for places away from the crowds, goes to the Scottish Highlands in August",
    "Gets regular check-ups since his father's heart attack", "Pracuje na budowie bez przerw", "Dzwoni do mamy",
    "Marzy o kawalerce", "Odpowiada za magazyn", "Kieruje autobusem miejskim", "Kierowca autobusu",
    "Dostawca pizzy", "Robi badania okresowe", "Bada rynek nieruchomości", "Marketingowiec w agencji",
    "Irytuje ją hałas sąsiadów", "Denerwuje go korek na moście", "Ostrożny kierowca", "Zatwierdza faktury",
    "Budżet domowy prowadzi w zeszycie", "Lubi niespodzianki od męża", "Nauczycielka matematyki",
    "Przerwy spędza w palarni", "Wypłata przychodzi dziesiątego", "Pochodzenie ma śląskie",
    "Realizacja zamówień w hurtowni", "Sytuacja mieszkaniowa trudna", "Elastyczne godziny pracy",
    "Terminowo płaci rachunki", "Ma elastyczny grafik", "Uczciwa sprzedawczyni na bazarze",
    "Lokuje oszczędności w obligacjach", "Marzy o wyjeździe do Japonii",
    "Przygotowana na zimę: opony już zmienione", "Swobodnie mówi po angielsku", "Kieruje zespołem pielęgniarek",
    "Odpowiada za dzieci po szkole", "Dzwoni do przychodni o 7 rano", "Long commute", "Long-term unemployed",
    "Team leader at a call centre", "Works in a team of five nurses", "Delivery driver", "Budget airline flyer",
    "Regular at the local pub", "Fair-skinned, burns easily", "Term-time only job", "Lost her job in March",
    "Lost her job last year", "Market stall trader", "Flexible hours at the garden centre",
    "Numbers person who works as an auditor", "Pays by card", "Pays rent to her parents",
    # ("Claims benefits" is reported since session 39, as "Pobiera zasiłek": tests/test_public_service_words_s39.py.)
    "Official interpreter at the county court", "Surprise party planner", "Fuel poverty",
    "Comes from a farming family", "Lives away from her family", "Surprises her husband with weekend trips",
    "Works under pressure on the trading floor", "Budget holder for the ward",
    "Approves expenses for the sales team", "Frustrated by the school run traffic",
    "Irritated by loud neighbours", "Team sports fan", "Limited mobility after a stroke", "Limited English",
    "Prepared meals for the week on Sunday", "Sure Start centre volunteer", "Bets on horses",
    "Delivery address is her office", "Away on business a lot",
    "Pragmatyczna: kupiła używaną Skodę Fabię zamiast nowego auta",
    "Analityczny umysł: przed zakupem laptopa zrobił arkusz z 6 modelami",
    "Oczekuje fachowej porady przy doborze aparatu słuchowego dla ojca",
    "Ceni stały kontakt z opiekunką klienta w ING od 2019",
    "Woli rozmowę telefoniczną niż czat, bo słabo widzi",
    "Preferuje kontakt mailowy, bo pracuje na nocnych zmianach",
    "Lubi mieć wszystko na piśmie od sprawy spadkowej w 2021",
    "Podejmuje decyzje szybko, jeśli dostawa jest do 24 godzin", "Prefers email because she works night shifts",
    "Prefers phone calls to chat because of poor eyesight",
    "Wants a single point of contact at the letting agency after three lost repair requests",
    "Trusts experts: only buys skincare recommended by her dermatologist",
    "Needs time to decide: took 3 months to pick a sofa", "Specjalistka ds. zakupów", "Doradca klienta",
    "Opiekunka klienta", "Ekspertka ds. marketingu", "Kierowniczka sklepu", "Analityczka danych",
    "Konsultantka w call center", "Handlowiec", "Przedstawiciel handlowy", "Dyrektor finansowy", "Księgowa",
    "Kierownik zespołu wsparcia", "Specjalista ds. bezpieczeństwa", "Menedżerka produktu",
    "Pracownik obsługi klienta", "Koordynatorka projektów", "Rzeczniczka prasowa", "Asystentka zarządu",
    "Audytorka wewnętrzna", "Dyrektorka szkoły", "Marketing expert", "Account manager", "Key account manager",
    "Customer success manager", "Data analyst", "Risk analyst", "Finance director", "Head of procurement",
    "Operations director", "Support engineer", "Quality inspector", "Sales rep", "Team leader", "Product owner",
    "Project coordinator", "Service desk analyst", "Customer service advisor", "Insurance broker",
    "Financial planner", "Claims handler", "Delivery manager", "Marketing executive", "Office administrator",
    "Receptionist", "Pays the nursery fees by standing order on the 1st",
    "Switched energy supplier after the winter bill hit £310",
    "Keeps receipts in a shoebox and files taxes in January",
    "Uses the Too Good To Go app for bakery bags after work",
    "Cancelled her gym membership after the price went up",
    "Books dentist appointments for the whole family at once",
    "Drives her mother to dialysis three times a week",
    "Her son's school sends updates through a parents' app she barely checks",
    "Commutes by train and works on the laptop on the way", "Compares car insurance quotes every renewal",
    "Gave up on the bank's chatbot and went to the branch", "Sells outgrown kids' clothes on Facebook groups",
    "Worried her elderly father will fall for phone scams",
    "Lost a parcel last Christmas and never got a refund",
    "Has two dogs and needs pet-friendly holiday cottages",
    "Learning to drive at 35 after moving out of the city", "Avoids the motorway since a crash in the rain",
    "Only books flights with free cancellation since the pandemic",
    "Prefers a human on the phone when a claim is over a few hundred pounds",
    "Splits the rent with two flatmates via a shared spreadsheet",
    "Had her card blocked abroad and couldn't pay for the hotel",
    "Checks the weather app before deciding whether to cycle",
    "Reads the small print on broadband contracts after being caught by a price rise",
    "Wants the kids' tablet locked at 8 pm", "Buys store-brand nappies but branded formula",
    "Takes the kids to the library on rainy afternoons", "Pays off the credit card in full each month",
    "Got a smart meter but never looks at the display",
    "Her manager approves holiday requests only two weeks ahead",
    "Płaci za przedszkole zleceniem stałym pierwszego dnia miesiąca",
    "Zmieniła sprzedawcę prądu po rachunku na 900 zł za zimę",
    "Trzyma paragony w pudełku, PIT rozlicza w lutym", "Anulowała karnet na siłownię po podwyżce ceny",
    "Umawia dentystę dla całej rodziny na jeden dzień", "Wozi mamę na dializy trzy razy w tygodniu",
    "Dojeżdża pociągiem i pracuje na laptopie w drodze", "Porównuje oferty OC przy każdym odnowieniu",
    "Zrezygnowała z czatu banku i poszła do oddziału", "Sprzedaje ubranka po dzieciach na grupach na Facebooku",
    "Boi się, że ojciec da się nabrać na oszustwo telefoniczne",
    "Zgubiono jej paczkę przed świętami i nie dostała zwrotu", "Oddaje połowę ubrań zamówionych przez internet",
    "Ma dwa psy i szuka domków, gdzie można przyjechać ze zwierzętami",
    "Uczy się jeździć w wieku 35 lat po przeprowadzce na wieś", "Unika autostrady od wypadku w deszczu",
    "Kupuje bilety lotnicze tylko z darmową zmianą terminu od pandemii",
    "Dzieli czynsz ze współlokatorkami w arkuszu",
    "Zablokowano jej kartę za granicą i nie mogła zapłacić za hotel",
    "Czyta drobny druk w umowach na internet od czasu podwyżki",
    "Chce, żeby tablet dzieci blokował się o 20:00", "Spłaca kartę kredytową w całości co miesiąc",
    "Ma licznik inteligentny, ale nie patrzy na wyświetlacz",
    "Kierowniczka zatwierdza urlopy tylko dwa tygodnie wcześniej", "W czasie przerwy w pracy dzwoni do syna",
    "Zawsze sprawdza skład, bo syn ma celiakię", "Jeździ starym autem, bo nie chce kredytu",
    "Korzysta z porad farmaceutki w aptece pod domem", "Eats out every Friday", "Eats meat only at weekends",
    "Pays the bills for her mother", "Can't drive", "Can't swim", "Will move to Leeds next year",
    "Must be home by 3 for the school run", "Learning Spanish for a move to Valencia",
    "Has access to a company car", "Relies on her neighbour for lifts",
    "Justifies the Netflix subscription by cancelling Spotify",
    "Herself a nurse, she distrusts online health advice", "Management accountant at a brewery",
    "Stakeholder in a family farm", "Paid for her wedding herself", "Nie może prowadzić auta",
    "Musi odebrać dzieci o 15:00", "Zarząd wspólnoty mieszkaniowej to jej sąsiedzi",
    "Polega na sąsiadce przy odbieraniu dzieci", "Uzasadnia zakup drogiego wózka bezpieczeństwem",
    "Członkini zarządu spółdzielni",
]

THEMES_VAGUE = BUSINESS_VAGUE + FEELINGS_VAGUE + INDUSTRY_VAGUE + REPHRASED_VAGUE
THEMES_SPECIFIC = BUSINESS_SPECIFIC + FEELINGS_SPECIFIC + INDUSTRY_SPECIFIC + REPHRASED_SPECIFIC


@pytest.mark.parametrize("trait", THEMES_VAGUE)
def test_the_clichés_of_each_theme_are_vague(trait):
    assert matcher().analyse(trait).vague, matcher().analyse(trait)


@pytest.mark.parametrize("trait", THEMES_SPECIFIC)
def test_the_words_of_each_theme_beside_concrete_detail_stay_quiet(trait):
    assert not matcher().analyse(trait).vague, matcher().analyse(trait)

# Vague traits the lexicons no longer find, accepted for precision.  Each could only be caught by a
# word or phrase that also makes a specific trait of PROBED_SPECIFIC (or of the SPECIFIC lists)
# vague: "partner" ("Lives with her partner"), "insurance"/"ubezpieczenie" ("Has life insurance"),
# "abonament" ("Nie ma abonamentu"), "sprawdza" ("sprawdza skład ubrań i szwy"), "checks"
# ("checks labels for salt because of her blood pressure"), "pays" ("pays for grocery delivery to
# the flat"), "pressure" (blood pressure), "stocks" ("Buys stocks"), "car"/"auto" beside a wish
# ("Needs a reliable car for the school run"), a count inside a family phrase ("Mother of two
# teenage boys"); "lekarz" was generic only through the stem lęk*.
ACCEPTED_MISSES = [
    # A second precision review (2,445 probes): the words or phrases that caught these also caught
    # "Kieruje firmą", "Pracuje w kontroli jakości", "Odpowiada za kontakt z klientami", "Works in a small
    # team", "Jest samodzielną mamą", "Justifies every expense to her husband".
    "Odpowiada za transformację cyfrową", "Chce mieć kontrolę", "Chce tanio dzwonić",
    "Samodzielna", "Needs to justify every expense to management",
    # Partner and supplier.
    # ("Looking for a trusted partner" and "Szuka zaufanego partnera" are found since "trusted partner" is a
    # generic run: tests/test_profiling_s24.py.)
    "Wants a reliable partner",
    "Szuka partnera biznesowego", "Looking for a long-term supplier",
    "Szuka stałego dostawcy",
    # Family counts.
    "Suburban mom of two", "Mom of 2", "Father of three",
    # Insurance, contracts, connections.
    "Wants adequate insurance", "Wants good insurance", "Chce mieć ubezpieczenie na wszelki wypadek",
    "Chce być ubezpieczona", "Szuka taniego ubezpieczenia", "Wants unlimited data",
    "Chce mieć stały dostęp do internetu", "Szuka korzystnego abonamentu",
    "Chce mieć internet bez przerw",
    # Doctors, cars, education.
    "Wants quick access to a doctor", "Chce szybkiego dostępu do lekarza", "Chce mieć dobrego lekarza",
    "Szuka sprawdzonego lekarza", "Wants a reliable car", "Wants a practical car", "Car enthusiast",
    "Fan motoryzacji", "Chce niezawodnego samochodu", "Szuka oszczędnego auta",
    "Chce taniego w utrzymaniu auta",
    "Chce inwestować w edukację dzieci",
    # Food and shopping.
    "Checks ingredients", "Sprawdza skład",
    "Cares about what she eats", "Stocks up on promotions",
    # Pressure.
    "Under pressure to deliver results", "Works under time pressure", "Dislikes pressure",
    # An exploratory tester's report (see REPORTED_VAGUE): "Looking for a reliable partner" and
    # "Szuka partnera biznesowego" (above) would need "partner"/"partnera" as generic words ("Lives with
    # her partner", "Nie ma partnera") or a phrase that three words of detail do not rescue ("Looking for
    # a trusted partner to distribute cosmetics in drugstores").  "Oszczędza pieniądze": "oszczędza" is
    # no generic word, as "Oszczędza na wakacje", "Oszczędza na jedzeniu" (PROBED_SPECIFIC_2) say what
    # she cuts or saves for; the wish "Chce oszczędzać pieniądze" is found.  ("Korzysta z bankowości
    # mobilnej" is found since a generic run right after "nie" is none: tests/test_profiling_banking_s21.py.)
    "Looking for a reliable partner", "Oszczędza pieniądze",
]


@pytest.mark.parametrize("trait", ACCEPTED_MISSES)
def test_the_misses_accepted_for_precision_are_still_quiet(trait):
    """When one of these is found again, move it back to its VAGUE list (and check PROBED_SPECIFIC)."""
    assert not matcher().analyse(trait).vague


# An exploratory tester's personas for a bank, a pharmacy chain, a B2B SaaS, a furniture store and a
# transport app (2026-12-05): generic traits that passed, and their twins in the other language.  Also
# in the labeled set's `reported` section.  Role nouns are no names: "Eco-Conscious Shopper", "Values
# quality (Respondent)", "Dba o zdrowie, Klientka" used to be rescued by their capital.
REPORTED_VAGUE = [
    "Chce oszczędzać pieniądze", "Chce zaoszczędzić", "Korzysta ze smartfona", "Dojeżdża do pracy",
    "Regularnie kupuje leki", "Często kupuje w aptece", "Lubi ładne meble", "Zależy jej na komforcie",
    "Chce dojechać szybko i wygodnie", "Nie lubi spóźnień", "Chce mieć kontrolę nad finansami",
    "Myśli o emeryturze", "Ufa bankom", "Chce jak najlepiej dla dzieci",
    "Chce dla dzieci wszystkiego co najlepsze", "Kocha zwierzęta", "Szuka mebli na lata", "Chce trwałych mebli",
    "Urządza dom ze smakiem", "Chce mieć wszystko w jednym miejscu",
    "Szuka rozwiązań, które ułatwią pracę zespołu", "Chce poprawić komunikację w zespole",
    "Potrzebuje lepszych raportów", "Chce mieć wgląd w dane", "Zdrowo żyjąca", "Przeciętny klient",
    "Typowy Kowalski", "Standardowy użytkownik aplikacji", "Jak każdy klient chce szybko", "Jest fit",
    "Fit i zdrowa", "Minimalizm", "Lubi minimalizm", "Zero waste", "Ekologia", "Aktywny Senior",
    "Ceni jakość (Klientka z wywiadu)", "Dba o zdrowie, Klientka", "Chce usprawnić pracę zespołu",
    "Oczekuje bankowości mobilnej", "Ma dobry gust", "Miłośniczka zwierząt", "Aktywna seniorka",
    "Chce prostej bankowości", "Uważność", "Ceni szybkość", "Nie lubi opóźnień",
    "Values speed", "Commutes to work", "Often shops at the pharmacy", "Is a hard worker", "Has good taste",
    "Wants durable furniture", "Wants everything in one place", "Wants real-time information", "Hates delays",
    "Needs better reporting", "Wants visibility into spend", "Wants actionable insights",
    "Wants to automate manual tasks", "Average Joe", "Mindfulness", "Self-care", "Likes minimalism",
    "Sustainability", "Value Seeker", "Tech-savvy Shopper", "Health-Conscious Shopper", "Eco-Conscious Shopper",
    "Values quality (Respondent)", "Values quality - Persona A", "Wants to streamline the team's work",
    "Wants to improve communication in the team", "Loves animals", "Animal lover", "Active senior",
    "Zero-waste lifestyle", "Fit and healthy", "Like every customer, wants it fast", "Typical user",
    "Regularly buys medicine", "Wants furniture that lasts", "Cares about health, Customer",
]
#: The same words beside detail (a brand, a place, a number, a frequency, a reason of their own), the
#: literal senses ("Je ze smakiem", "clothes that fit", "Furniture maker", "Keeps everything in one
#: place: ..."), and two traits judged no generic ones: "Korzysta z komunikacji miejskiej" / "Uses public
#: transport" name a way of getting about (not a car, not a bike), as "Public transport user" does.
REPORTED_SPECIFIC = [
    "Regularnie kupuje leki na nadciśnienie w DOZ co 30 dni",
    "Regularnie zamawia leki dla ojca z cukrzycą przez DOZ", "Często kupuje w aptece przy Dworcu Centralnym",
    "Kupuje leki na nadciśnienie", "Chce oszczędzać na wkład własny do mieszkania w Gdańsku",
    "Chce oszczędzać na studia córki", "Korzysta ze smartfona Samsung A54, głównie do WhatsAppa z wnukami",
    "Dojeżdża do pracy rowerem", "Dojeżdża do pracy pociągiem z Pruszkowa",
    "Lubi ładne meble z drewna dębowego", "Składa meble z IKEA sama", "Kupuje meble używane",
    "Chce dojechać do pracy w 30 minut bez przesiadki", "Spóźnia się do pracy",
    "Nie lubi spóźnień pociągów SKM na linii do Gdyni",
    "Chce mieć kontrolę nad wydatkami firmowymi w SAP Concur", "Straciła kontrolę nad wydatkami po rozwodzie",
    "Myśli o wcześniejszej emeryturze", "Jest na emeryturze", "Nie ufa bankom, trzyma gotówkę w domu",
    "Pracuje w banku", "Chce jak najlepiej dla dzieci: zapisała je na angielski w Helen Doron",
    "Kocha zwierzęta, wolontariuszka w schronisku na Paluchu", "Pracuje ze zwierzętami",
    "Szuka mebli do kuchni na wymiar", "Chce trwałych mebli, bo ma trójkę dzieci i psa",
    "Urządza dom ze smakiem, inspiruje się kontami na Instagramie", "Je ze smakiem",
    "Chce mieć wszystkie faktury w jednym systemie, Fakturownia",
    "Szuka narzędzia, które ułatwi pracę zespołu handlowego w Pipedrive",
    "Chce poprawić komunikację w zespole, bo 5 osób pracuje zdalnie",
    "Potrzebuje lepszych raportów sprzedaży z Shopera co poniedziałek",
    "Chce mieć wgląd w dane sprzedażowe z 40 sklepów", "Ma wgląd w finanse firmy", "Zwykły klient Lidla od lat",
    "Prowadzi zajęcia dla aktywnych seniorów", "Aktywny senior, gra w brydża w klubie co czwartek",
    "Fit mama trójki dzieci, biega 3 razy w tygodniu", "Minimalistka: mieszka w kawalerce 25 m2",
    "Studiuje ekologię na UW", "Robi zakupy w sklepie zero waste na Mokotowie", "Klientka Rossmanna od lat",
    "Oczekuje bankowości mobilnej z płatnościami BLIK", "Korzysta z komunikacji miejskiej",
    "Uses public transport", "Commutes by bike", "Commutes from Reading to Paddington",
    "Often shops at the pharmacy near her office in Leeds", "Works at a pharmacy", "Works at a bank",
    "Is a hard worker at the Amazon warehouse, 50-hour weeks", "Has good taste in wine, buys from Majestic",
    "Looks for clothes that fit her tall frame", "Is fit for work after knee surgery",
    "Wants durable furniture that survives two dogs", "Furniture maker",
    "Keeps everything in one place: a ring binder of invoices",
    "Wants everything in one place: invoices, receipts and contracts in Xero",
    "Wants real-time tracking of her Uber Eats orders", "Hates delays on the Northern line",
    "Hates train delays", "Needs better reporting on churn for the Monday board call",
    "Wants visibility into AWS spend per team", "Wants actionable insights from Google Analytics",
    "Wants to automate manual invoice entry in QuickBooks", "Self-employed plumber", "Mindfulness teacher",
    "Buys sustainable fashion from Vinted", "Works with animals", "Loves animals, volunteers at Battersea",
    "Runs classes for active seniors", "Active senior, plays bowls every Tuesday",
    "Like most customers, reads Trustpilot before buying", "Thinks about retirement since turning 60",
    "Health-Conscious Shopper At Whole Foods", "Values quality (Respondent from Leeds)",
]


@pytest.mark.parametrize("trait", REPORTED_VAGUE)
def test_the_generic_traits_of_the_tester_report_are_vague(trait):
    assert matcher().analyse(trait).vague, matcher().analyse(trait)


@pytest.mark.parametrize("trait", REPORTED_SPECIFIC)
def test_the_tester_report_words_beside_detail_stay_quiet(trait):
    assert not matcher().analyse(trait).vague, matcher().analyse(trait)


@pytest.mark.parametrize(("trait", "quoted"), [
    ("Tech-savvy Shopper", "Tech-savvy Shopper"), ("Eco-Conscious Shopper", "Eco-Conscious Shopper"),
    ("Values quality (Respondent)", "Values quality"), ("Values quality - Persona A", "Values quality"),
    ("Dba o zdrowie, Klientka", "Dba o zdrowie"), ("Ceni jakość (Klientka z wywiadu)", "Ceni jakość"),
])
def test_a_role_noun_with_a_capital_names_nobody(tmp_path, monkeypatch, trait, quoted):
    doc = persona(trait, lang="en")
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": doc})
    assert [(f.line, f.column) for f in found] == [pos(doc, f'"{trait}')]
    assert f'"{quoted}"' in found[0].message


@pytest.mark.parametrize("trait", [
    "Dba o zdrowie, Klientka Rossmanna", "Eco-Conscious Shopper At Whole Foods", "Ceni jakość (Respondentka z Gdyni)",
    "Values quality, Revolut user",
])
def test_a_name_beside_a_role_noun_still_rescues(trait):
    assert not matcher().analyse(trait).vague, matcher().analyse(trait)


def test_the_realistic_examples_shipped_with_cxkit_are_quiet(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    findings = lint(["examples"], Config(root=REPO), Selection(select=(RULE,))).findings
    assert findings == []


# --- positions ---------------------------------------------------------------------------------

def test_findings_sit_on_each_traits_text_in_every_trait_field_and_form(tmp_path, monkeypatch):
    text = """\
    kind: persona
    id: jan-kowalski
    name: Jan Kowalski
    psychographics:
      values:
        - Rodzina jest dla niego najważniejsza
      lifestyle:
        - Wspina się na ściance Murall w każdy czwartek
    goals:
      - text: Chce oszczędzać czas
        sources: [wywiady-2026]
      - >-
        Lubi podróżować
    behaviours:
      - 'Health-conscious'
    sources:
      - id: wywiady-2026
        type: interview
    """
    findings = run(tmp_path, monkeypatch, {"personas/jan.yaml": text})
    assert [(f.path, f.line, f.column) for f in findings] == [
        ("personas/jan.yaml", *pos(text, "Jan Kowalski")),  # 4 of 5 traits: the persona as a whole
        ("personas/jan.yaml", *pos(text, "Rodzina jest")),
        ("personas/jan.yaml", *pos(text, "Chce oszczędzać")),
        ("personas/jan.yaml", *pos(text, "Lubi podróżować")),  # in a block: on the line of the words
        ("personas/jan.yaml", *pos(text, "'Health-conscious'")),
    ]


def test_a_finding_in_a_block_trait_sits_on_the_line_of_its_first_generic_phrase(tmp_path, monkeypatch):
    text = """\
    kind: persona
    id: ola
    name: Ola
    goals:
      - >-
        Lubi dobre rzeczy,
        ceni jakość
      - text: |
          Kupuje bilety tylko w kiosku na rogu
          i dba o zdrowie
        sources: [s]
      - |  # cxkit: disable=pseudo-profiling
        Pierwsza linia
        i ceni jakość
    behaviours:
      - Values quality
      - Biega 40 km tygodniowo po Rusałce
      - Kupuje buty w Decathlonie na Franowie co pół roku
      - Zapisuje treningi w Garmin Connect
    """
    findings = run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, **{"vague-share": 1.0})
    assert [(f.line, f.column) for f in findings] == [pos(text, "ceni jakość"), pos(text, "dba o zdrowie"),
                                                      pos(text, "Values quality")]


def test_negative_personas_are_checked_too(tmp_path, monkeypatch):
    text = """\
    kind: negative-persona
    id: janusz-okazja
    name: Janusz Okazja
    reasons:
      - Szuka promocji
      - Słuchawki powyżej 200 zł uważa za wyrzucanie pieniędzy
    """
    findings = run(tmp_path, monkeypatch, {"n.yaml": text})
    assert [(f.line, f.column) for f in findings] == [pos(text, "Szuka promocji")]


def test_a_suppression_comment_on_the_trait_line_silences_it(tmp_path, monkeypatch):
    text = persona("Dba o zdrowie") .replace('"Dba o zdrowie"', '"Dba o zdrowie"  # cxkit: disable=pseudo-profiling')
    assert run(tmp_path, monkeypatch, {"p.yaml": text}) == []


# --- demographics --------------------------------------------------------------------------------

def demographics(**fields: str) -> str:
    body = "".join(f"  {k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in fields.items())
    return persona("Biega 10 km w soboty w Parku Skaryszewskim", extra=f"demographics:\n{body}")


# "30-40" is the very segment the method warns of: a persona is one person (a day-one tester found it passed).
@pytest.mark.parametrize("age,fires", [("25-45", True), ("65+", True), ("30-40", True), ("30–40", True), ("30-36", True),
                                       ("34", False), ("30-35", False), ("32-36", False)])
def test_an_age_range_wider_than_max_age_span_is_reported_on_the_age(tmp_path, monkeypatch, age, fires):
    text = demographics(age=age)
    findings = run(tmp_path, monkeypatch, {"p.yaml": text})
    if fires:
        assert [(f.line, f.column) for f in findings] == [pos(text, json.dumps(age, ensure_ascii=False))]
        assert "max-age-span 5" in findings[0].message
    else:
        assert findings == []


def test_max_age_span_is_configurable(tmp_path, monkeypatch):
    findings = run(tmp_path, monkeypatch, {"p.yaml": demographics(age="30-35")}, **{"max-age-span": 3})
    assert len(findings) == 1 and 'age "30-35" spans 5 years, more than max-age-span 3' in findings[0].message
    assert run(tmp_path, monkeypatch, {"p.yaml": demographics(age="30-40")}, **{"max-age-span": 10}) == []


@pytest.mark.parametrize("location", ["duże miasto", "Duże miasto", "miasto powyżej 500 tys.", "wieś", "przedmieścia",
                                      "big city", "urban area", "suburbs", "Small town", "countryside"])
def test_a_location_that_is_a_category_is_reported(tmp_path, monkeypatch, location):
    text = demographics(location=location)
    findings = run(tmp_path, monkeypatch, {"p.yaml": text})
    assert [(f.line, f.column) for f in findings] == [pos(text, json.dumps(location, ensure_ascii=False))]
    assert "is a category" in findings[0].message and "not a place" in findings[0].message


@pytest.mark.parametrize("location", ["Warszawa, Mokotów", "Leeds", "Wieś pod Poznaniem", "Przedmieścia Wrocławia",
                                      "Suburbs of Chicago", "Kraków (duże miasto)"])
def test_a_named_place_is_a_place(tmp_path, monkeypatch, location):
    assert run(tmp_path, monkeypatch, {"p.yaml": demographics(location=location)}) == []


@pytest.mark.parametrize("income", ["średnie", "Przeciętne", "dobre", "ponadprzeciętne", "average", "good",
                                    "above average", "Upper middle"])
def test_an_income_without_a_figure_is_reported(tmp_path, monkeypatch, income):
    text = demographics(income=income)
    findings = run(tmp_path, monkeypatch, {"p.yaml": text})
    assert [(f.line, f.column) for f in findings] == [pos(text, json.dumps(income, ensure_ascii=False))]
    assert "not a figure" in findings[0].message


@pytest.mark.parametrize("income", ["8 000 zł netto", "średnio 7-9 tys. zł", "£38k a year", "B2B, faktura"])
def test_an_income_with_a_figure_or_without_a_judgement_stays_quiet(tmp_path, monkeypatch, income):
    assert run(tmp_path, monkeypatch, {"p.yaml": demographics(income=income)}) == []


def test_a_generic_occupation_is_reported_and_a_real_job_is_not(tmp_path, monkeypatch):
    findings = run(tmp_path, monkeypatch, {
        "a.yaml": demographics(occupation="busy professional"),
        "b.yaml": demographics(occupation="księgowa w biurze rachunkowym").replace("ola-nowak", "ola-b"),
    })
    assert [(f.path, f.message.split(" ")[0]) for f in findings] == [("a.yaml", "occupation")]


# --- the persona as a whole ------------------------------------------------------------------------

def test_a_persona_of_mostly_vague_traits_gets_one_more_finding_on_its_name(tmp_path, monkeypatch):
    text = persona("Dba o zdrowie", "Ceni wysoką jakość", "Mieszka w dużym mieście",
                   "Biega 10 km w soboty w Parku Skaryszewskim", "Lubi podróżować")
    findings = run(tmp_path, monkeypatch, {"p.yaml": text})
    whole = [f for f in findings if "traits are generic" in f.message]
    assert [(f.line, f.column) for f in whole] == [pos(text, "Ola Nowak")]
    assert whole[0].message.startswith("4 of 5 traits are generic (80%, more than vague-share 50%)")
    assert len(findings) == 5


def test_no_persona_finding_at_half_or_below_or_with_fewer_than_four_traits(tmp_path, monkeypatch):
    half = persona("Dba o zdrowie", "Ceni jakość", "Biega 10 km w soboty", "Zamawia w Frisco co tydzień")
    few = persona("Dba o zdrowie", "Ceni jakość", "Lubi podróżować").replace("ola-nowak", "ola-few")
    findings = run(tmp_path, monkeypatch, {"half.yaml": half, "few.yaml": few})
    assert not [f for f in findings if "traits are generic" in f.message]
    assert len(findings) == 5


def test_vague_share_is_configurable(tmp_path, monkeypatch):
    text = persona("Dba o zdrowie", "Biega 10 km w soboty", "Zamawia w Frisco co tydzień", "Pływa w AWF w środy")
    findings = run(tmp_path, monkeypatch, {"p.yaml": text}, **{"vague-share": 0.2})
    assert [f.line for f in findings if "traits are generic" in f.message] == [3]


def test_traits_the_author_silenced_do_not_count_toward_the_generic_share(tmp_path, monkeypatch):
    # Four generic traits, each with a disable comment: "4 of 4 traits are generic" still came.
    goals = ["Dba o zdrowie", "Ceni jakość", "Lubi podróże", "Mieszka w dużym mieście"]
    text = persona(*goals).replace('"\n', '"  # cxkit: disable=pseudo-profiling\n')
    assert text.count("disable=pseudo-profiling") == 4
    assert run(tmp_path, monkeypatch, {"p.yaml": text}) == []
    # One left unsilenced: 1 of 4 is under the default share, so only its own finding comes.
    text = text.replace('"Dba o zdrowie"  # cxkit: disable=pseudo-profiling', '"Dba o zdrowie"')
    assert [f.message.split('"')[1] for f in run(tmp_path, monkeypatch, {"p.yaml": text})] == ["Dba o zdrowie"]


def test_the_share_finding_silenced_with_its_traits_is_suppressed_not_gone(tmp_path, monkeypatch):
    # `cxkit review` must list it as suppressed, not fixed: it is still there, silenced with the traits.
    from cxkit.config import Config
    from cxkit.lint.engine import Selection, lint

    goals = ["Dba o zdrowie", "Ceni jakość", "Lubi podróże", "Mieszka w dużym mieście"]
    text = persona(*goals).replace('"\n', '"  # cxkit: disable=pseudo-profiling\n')
    (tmp_path / "p.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    silenced: list = []
    result = lint(["."], Config(root=tmp_path), Selection(select=("pseudo-profiling", "unused-suppression")),
                  jobs=1, suppressed=silenced)
    assert result.findings == []
    share = [f for f, _by, _line in silenced if "traits are generic" in f.message]
    assert len(share) == 1 and share[0].message.startswith("4 of 4 traits are generic")
    assert [(by, line) for f, by, line in silenced if f is share[0]] == [("disable=pseudo-profiling", 6)]


# --- options -------------------------------------------------------------------------------------

def test_extend_adds_phrases_with_stems(tmp_path, monkeypatch):
    text = persona("Lubi koty", "Kocha kotki", "Ma kota rasy maine coon, Bazyla")
    findings = run(tmp_path, monkeypatch, {"p.yaml": text}, extend=["lubi|kocha kot*"])
    assert [f.message.split('"')[1] for f in findings] == ["Lubi koty", "Kocha kotki"]
    assert "observed behaviour" in findings[0].message


def test_allow_exempts_a_phrase_and_only_that_phrase(tmp_path, monkeypatch):
    text = persona("Prowadzi zdrowy styl życia", "Dba o zdrowie", extra="demographics:\n  location: duże miasto\n")
    findings = run(tmp_path, monkeypatch, {"p.yaml": text}, allow=["zdrowy styl życia", "duże miasto"])
    assert [f.message.split('"')[1] for f in findings] == ["Dba o zdrowie"]


def test_options_come_from_pyproject_and_bad_ones_exit_2_naming_rule_and_option(tmp_path, monkeypatch):
    (tmp_path / "p.yaml").write_text(persona("Lubi koty"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.cxkit.rules.pseudo-profiling]\nextend = ["lubi kot*"]\n', encoding="utf-8")
    result = cli("lint", "p.yaml", "--select", RULE, "--format", "json")
    assert result.exit_code == 1
    assert [f["message"].split('"')[1] for f in json.loads(result.stdout)] == ["Lubi koty"]

    pyproject.write_text('[tool.cxkit.rules.pseudo-profiling]\nmax-span = 5\n', encoding="utf-8")
    result = cli("lint", "p.yaml")
    assert result.exit_code == 2
    assert "rule 'pseudo-profiling' has no option 'max-span'" in result.stderr and "max-age-span" in result.stderr

    pyproject.write_text('[tool.cxkit.rules.pseudo-profiling]\nextend = ["(lubi kot*"]\n', encoding="utf-8")
    result = cli("lint", "p.yaml")
    assert result.exit_code == 2
    assert "rule 'pseudo-profiling', option 'extend'" in result.stderr and "(lubi kot*" in result.stderr

    pyproject.write_text('[tool.cxkit.rules.pseudo-profiling]\nvague-share = 2\n', encoding="utf-8")
    assert cli("lint", "p.yaml").exit_code == 2


# --- the matcher ---------------------------------------------------------------------------------

def test_normalisation_lowercases_folds_and_splits_on_punctuation():
    assert normalise("Tech-Savvy, dbająca o ZDROWIE!") == " tech savvy dbajaca o zdrowie "
    assert normalise("Doesn't") == " doesnt "
    assert compile_pattern("duż* miast*") == "(?:duz[^ ]* )(?:miast[^ ]* )"


def test_lexicons_are_loaded_once_and_have_a_real_vocabulary():
    lexicon = load_lexicon()
    assert load_lexicon() is lexicon
    for lang in ("pl", "en"):
        assert lexicon.sizes[lang]["entries"] >= 20
        assert lexicon.sizes[lang]["patterns"] >= 150
    assert all(e.hint for e in lexicon.entries)
    # A company's size is no place either: "Mid-size company in the UK" as a location is a category.
    assert {e.id for e in lexicon.entries if e.location} == {"big-city", "company-size"}


def test_strange_traits_never_break_the_matcher():
    m = matcher()
    for text in ["—", "🙂🙂", "İstanbul'da", "x" * 20000, "dba o zdrowie " * 2000, "30-40-50-60", "'", "\u200b"]:
        m.analyse(text)
        m.location_category(text)
        m.vague_income(text)


def test_matching_costs_well_under_a_millisecond_per_trait():
    m = matcher()
    traits = [t for t, _ in VAGUE_PL + VAGUE_EN] + SPECIFIC
    traits = (traits * 2)[:40]
    m.analyse(traits[0])
    start = time.process_time()
    for _ in range(10):
        for text in traits:
            m.analyse(text)
    per_trait = (time.process_time() - start) / (10 * len(traits))
    assert per_trait < 0.001, f"{per_trait * 1e6:.0f} µs per trait"


# --- fast paths: same answers as the general ones ------------------------------------------------

_ODD_TEXT = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="aąćeęlłnńoóśzźżAĄŁŻIİıKẞß'’`´ -_.,;:!?()„”\"/+%0123456789٣²\t\n\u00a0\u200b\u3000🙂ﬁ×", max_size=60),
)


@settings(max_examples=400, deadline=None)
@given(_ODD_TEXT)
def test_normalising_through_the_table_agrees_with_the_regex_path(text):
    assert vague._normalise_with_map(text) == vague._normalise_by_regex(text)
    # normalise() reads text composed (NFC): "z\u0307" is "ż", and U+F900 is U+8C48, as NFC has it.
    assert normalise(text) == vague._normalise_by_regex(unicodedata.normalize("NFC", text))[0]


def _word_chars_by_table(text):
    """What ``_word_chars`` answers without its code page: lowercase, then the per-code-point table."""
    low = text.lower()
    if len(low) != len(text) or any(ord(c) >= vague._TABLE_END for c in low):
        return None
    return low.translate(vague._WORD_TABLE)


def test_the_code_page_normalises_each_of_its_characters_as_lowercase_and_the_table_do():
    page = vague._CODEPAGE_EXTRA + "".join(map(chr, range(0x80)))
    for ch in page:
        for text in (ch, f"Ab{ch}Ż", f"{ch}Σ {ch}"):
            assert vague._word_chars(text) == _word_chars_by_table(text), repr(text)
    assert vague._word_chars("ŻÓŁĆ, don’t 2x!") == "zolc  don\x01t 2x "


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=vague._CODEPAGE_EXTRA + "Aa0 '’\x01ΣİẞK🙂\u3000\u0663", max_size=40))
def test_text_outside_the_code_page_takes_the_table_path_with_the_same_result(text):
    assert vague._word_chars(text) == _word_chars_by_table(text)


@settings(max_examples=400, deadline=None)
@given(_ODD_TEXT)
def test_word_offsets_point_where_the_full_map_points(text):
    chars = vague._word_chars(text)
    norm = vague._joined(text, chars)
    at = vague._word_offsets(text, chars, norm)
    mapped, where = vague._normalise_with_map(text)
    assert mapped == norm
    assert [at(p) for p, ch in enumerate(norm) if ch != " "] == [where[p] for p, ch in enumerate(norm) if ch != " "]


def test_text_beyond_the_table_or_with_a_longer_lowercase_is_still_normalised():
    assert normalise("Dba o zdrowie 🙂 ＯＫ") == " dba o zdrowie ｏｋ "
    assert normalise("İSTANBUL'DA don't") == " i stanbulda dont "


def _lexicon_words(key: str) -> list[str]:
    words = {"co", "raz", "w", "x", "na", "3", "12", "٣", "3x", "3d", "instagramie", "tydzien", "dni"}
    for lang in vague.LANGUAGES:
        for pattern in vague._read_lexicon(lang)[key]:
            for word in re.split(r"[\s|()?]+", pattern):
                words.add(word.replace("*", "owi").replace("<n>", "7").replace("..", "bardzo"))
    return sorted(w for w in words if w)


@pytest.mark.parametrize("key", ["concrete", "frequency"])
def test_word_start_regexes_grouped_by_first_character_find_what_the_plain_ones_find(key):
    patterns = [p for lang in vague.LANGUAGES for p in vague._read_lexicon(lang)[key]]
    plain = re.compile("(?<= )(?:" + vague._compile_group(patterns) + ")")
    grouped = getattr(load_lexicon(), key)
    assert grouped.pattern != plain.pattern, "the lexicon no longer takes the grouped path"

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(_lexicon_words(key)), max_size=12))
    def check(words):
        norm = normalise(" ".join(words))
        assert [m.span() for m in grouped.finditer(norm)] == [m.span() for m in plain.finditer(norm)]

    check()


@pytest.mark.parametrize("patterns", [["(x)? .. y"], ["*ing"], ["<n>x", "3d razy"]])
def test_word_start_regexes_stay_plain_when_a_match_may_start_anywhere_or_numbers_compete(patterns):
    plain = "(?<= )(?:" + vague._compile_group(patterns) + ")"
    assert vague._word_start_regex(patterns).pattern == plain


def test_extend_patterns_with_short_fixed_starts_match_every_word_they_fit():
    m = vague.Matcher(load_lexicon(), ["e* zakupy", "<n>x dziennie", "o siebie"])

    def custom(text):
        return [x.text for x in m.analyse(text).matches if x.entry.id == "custom"]

    assert custom("Robi e-zakupy w niedzielę") == ["e-zakupy"]
    assert custom("Ekologiczne zakupy") == ["Ekologiczne zakupy"]
    assert custom("Pije kawę 3x dziennie") == ["3x dziennie"]
    assert custom("Dba o siebie") == ["o siebie"]
    assert custom("Mówi o sobie") == []


def _matches_word_by_word(index, norm):
    """PhraseIndex.matches without its candidate scan: the bucket of every word start is tried."""
    found, pos, end = [], 0, 0
    for word in norm.split(" "):
        if word and pos >= end:
            key = norm[pos:pos + 3]
            bucket = index.buckets.get(key)
            if bucket is None and key[0] in index.short:
                bucket = index.buckets.get(key[:2]) or index.buckets.get(key[:1])
            if bucket is not None:
                m = bucket[0].match(norm, pos)
                if m is not None:
                    end = m.end()
                    found.append((bucket[1][m.lastindex], pos, end))
        pos += len(word) + 1
    return found


_EXTEND_SHAPES = ["e* zakupy", "<n>x dziennie", "o siebie", "na|w .. kot*", "*ing", "(very|really)? nice .. stuff",
                  "ab* cd", "z (x|y)? dom*", "3d razy", "don't", "żółw*"]  # short starts, optional items, gaps


def _phrase_words():
    words = {"na", "on", "w", "z", "e", "o", "3", "3x", "٣x", "12", "3d", "x", "y", "cd", "abc", "dom", "domu", "żółwie",
             "don't", "dont", "Ąę", "nice", "stuff", "kot", "kotem", "razy", "dziennie", "zakupy", "siebie", "ing"}
    for lang in vague.LANGUAGES:
        for item in vague._read_lexicon(lang)["phrases"]:
            for pattern in item["match"]:
                for word in re.split(r"[\s|()?]+", pattern):
                    words.add(word.replace("*", "ego").replace("<n>", "7").replace("..", "bardzo"))
    return sorted(w for w in words if w)


_SHAPE_WORDS = ["e", "ekologiczne", "zakupy", "3x", "٣x", "12x", "x", "dziennie", "o", "siebie", "na", "w", "bardzo",
                "kot", "kotem", "shopping", "very", "nice", "stuff", "abc", "cd", "z", "y", "domu", "3d", "razy",
                "don't", "Żółwie", "ZOLW"]


def test_the_candidate_scan_finds_every_phrase_a_word_by_word_walk_finds():
    lexicon, shapes = load_lexicon().phrases, vague.PhraseIndex([(0, _EXTEND_SHAPES)])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(_phrase_words()), max_size=10), st.sampled_from([" ", "-", "'", ", "]))
    def check_lexicon(words, glue):
        norm = normalise(glue.join(words))
        assert lexicon.matches(norm) == _matches_word_by_word(lexicon, norm)

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(_SHAPE_WORDS), max_size=8), st.sampled_from([" ", "-", "'"]))
    def check_shapes(words, glue):
        norm = normalise(glue.join(words))
        assert shapes.matches(norm) == _matches_word_by_word(shapes, norm)

    check_lexicon()
    check_shapes()
    for text, found in [
        ("Robi e-zakupy 3x dziennie, dba o siebie", ["e zakupy ", "3x dziennie ", "o siebie "]),
        ("z domu, z x domu, z y x domu", ["z domu ", "z x domu "]),  # an optional item after a short word
        ("na bardzo bardzo kotem", ["na bardzo bardzo kotem "]),  # a gap after a short word
        ("٣x dziennie, don’t", ["dont "]),  # a number starts with an ASCII digit
        ("Żółwie", ["zolwie "]),
    ]:
        norm = normalise(text)
        assert [norm[a:b] for _, a, b in shapes.matches(norm)] == found, text
    assert vague.PhraseIndex([(0, ["*ing"])]).candidates.search(" shopping ") is None


_TRAIT_PARTS = ["Dba o zdrowie", "ceni wysoką jakość", "w dużym mieście", "Lubi koty", "kocha kotki", "eko", "premium",
                "tech-savvy", "values quality", "don't", "rock 'n' roll", "Żółć", "ZAKUPY", "3x dziennie", "30-40",
                "25+", "aged 35", "2 razy w tygodniu", "na Allegro", "w Krakowie", "İstanbul", "ẞ", "🙂", "—", " ", ", ",
                "’", "big city", "really nice  stuff", "Lidl", "co tydzień"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TRAIT_PARTS), min_size=1, max_size=6).map(" ".join))
def test_verdicts_with_user_phrases_are_the_same_through_the_slow_normalisation(text):
    extend, allow = ["eko*", "lubi|kocha kot*", "(very|really)? nice .. stuff", "<n>x dziennie"], ["big city", "jakość"]
    fast = vague.Matcher(load_lexicon(), extend, allow).analyse(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(vague, "_word_chars", lambda _text: None)  # the regex path, with a full offset map
        slow = vague.Matcher(load_lexicon(), extend, allow).analyse(text)
    assert fast == slow


def test_an_age_named_before_its_number_is_not_a_rescuing_number():
    m = matcher()
    aged = m.analyse("Aged 35, lives in a big city")
    assert [x.text for x in aged.matches] == ["big city"] and aged.vague
    bought = m.analyse("Bought 35 candles, lives in a big city")
    assert [x.text for x in bought.matches] == ["big city"] and bought.rescue == "a number"


_AGE_TEXT = st.lists(st.sampled_from([
    "30", "40", "25", "3", "100", "1999", "-", "–", "/", "+", "'", "’", "s", " ", "  ", "do", "to", "a", "and", "lat",
    "latka", "-letnia", "stki", "tce", "years old", "y/o", "yo", "yrs", "aged", "wiek:", "w wieku", "her", "early",
    "Kobiety", "between", "ok.", ",", "%", "٣", "ſ", "K", "İ", "mieszka", "zł",
    "25+", "30-40", "20 do 35", "18 TO 24", "30 a 40", "25 and 34", "her 30s", "40's", "30-stki", "30 tce", "35 lat",
    "aged 40", "2x", "22:00", "35 y/o", "35yo", "35 yrs", "35 years old", "wiek: 40", "w wieku 35", "20-letnia",
]), max_size=10).map("".join)


@settings(max_examples=500, deadline=None)
@given(_AGE_TEXT)
@example("35 y/oK35 y/o")  # "ok" run into the digits: no approximator for the quick scan nor the full one
# An apostrophe joins "ok" to the word before it, as normalise() joins "don't" ("30ok 20 letnia"): no
# approximator either, as for the quick scan (the full pattern read the apostrophe as a word's edge).
@example("30'ok.20-letnia")
@example("to’ok.20-letnia")
@example("Anna'about 35 years old")
@example("30'30ish")
@example("aged 40ish'30")
def test_the_quick_age_scans_never_hide_an_age_the_full_patterns_find(text):
    if not vague._DIGIT.search(text):
        return
    vague_ages = vague._vague_ages(text, normalise(text))
    every = vague._every_age(text, vague_ages)
    with pytest.MonkeyPatch.context() as patch:
        always = re.compile("")
        for name in ("_VAGUE_AGE_IN_NORM", "_VAGUE_AGE_AFTER_NUMBER", "_SINGLE_AGE_HINT", "_SINGLE_AGE_AFTER_NUMBER",
                     "_AGE_BEFORE_NUMBER", "_DECADE_HINT", "_APPROX_HINT", "_APPROXIMATOR"):
            patch.setattr(vague, name, always)
        full = vague._vague_ages(text, "")
        assert vague_ages == full
        assert every == vague._every_age(text, full)


def test_remembered_words_stay_bounded_and_forgetting_changes_no_verdict(monkeypatch):
    traits = [t for t, _ in VAGUE_PL + VAGUE_EN] + SPECIFIC
    expected = [matcher().analyse(t) for t in traits]
    monkeypatch.setattr(vague, "_MEMO_SIZE", 5)
    small = vague.Matcher(load_lexicon())
    for _ in range(2):
        assert [small.analyse(t) for t in traits] == expected
        assert len(small._kinds) <= 5 and len(small._names) <= 5


# --- the labeled set -----------------------------------------------------------------------------

def _bench():
    spec = importlib.util.spec_from_file_location("eval_pseudo_profiling", REPO / "bench" / "eval_pseudo_profiling.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def test_the_labeled_set_is_big_balanced_and_bilingual():
    sections = _bench().load_sections()
    first = sections["traits"]
    assert len(first) >= 80
    for lang in ("pl", "en"):
        for label in ("vague", "specific"):
            assert sum(1 for t in first if t["lang"] == lang and t["label"] == label) >= 20
    texts = [t["text"] for traits in sections.values() for t in traits]
    assert len(texts) == len(set(texts)), "a trait is labeled twice"


def test_precision_and_recall_floors_hold_on_the_labeled_set():
    bench = _bench()
    sections = bench.load_sections()
    scores, _ = bench.evaluate(sections["traits"])
    assert scores["all"].precision >= 0.95 and scores["all"].recall >= 0.9
    everything = [t for traits in sections.values() for t in traits]
    scores, wrong = bench.evaluate(everything)
    for lang in ("pl", "en"):
        assert scores[lang].precision >= 0.95, [t["text"] for t, v in wrong if v.vague]
        assert scores[lang].recall >= 0.85, [t["text"] for t, v in wrong if not v.vague]


# A number that labels a trait's source (who said it, which interview, a footnote) is no detail of the
# person: before, any digit outside the generic phrase rescued the trait as "a number".
LABELLED_VAGUE = [
    "Values quality (Respondent 3)", "Values quality (respondent #3).", "Cares about health (IDI 5)",
    "Values quality - Persona 2", "Wants convenience (interview 12)", "Values quality [2]",
    "Ceni jakość (respondentka nr 4)", "Dba o zdrowie (R3)", "Dba o zdrowie [1]", "Dba o zdrowie (ankieta 2024)",
    "Ceni jakość (wywiad 2)", "Dba o zdrowie (Klientka 7)", "Ceni wygodę (uczestniczka 6), szuka okazji",
]
#: The same labels beside real detail, and numbers that go on to say something: still specific.
LABELLED_SPECIFIC = [
    "Values quality (Respondent 3, Leeds)", "Values quality, customer for 5 years", "Values quality, customer 5 years",
    "Dba o zdrowie (IDI 5), biega 10 km w soboty", "Ceni jakość (3 razy w tygodniu kupuje w Żabce)",
    "Values quality (Respondent 3 in Leeds)", "Dba o zdrowie od 2019", "Ceni jakość, klientka od 2015",
]


@pytest.mark.parametrize("trait", LABELLED_VAGUE)
def test_a_number_that_labels_the_source_is_no_detail(trait):
    verdict = matcher().analyse(trait)
    assert verdict.vague and verdict.rescue is None, verdict


@pytest.mark.parametrize("trait", LABELLED_SPECIFIC)
def test_a_label_beside_real_detail_stays_specific(trait):
    assert not matcher().analyse(trait).vague, matcher().analyse(trait)


def test_a_labelled_trait_is_reported_at_its_value(tmp_path, monkeypatch):
    doc = persona("Values quality (Respondent 3)", lang="en")
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": doc})
    assert [(f.line, f.column) for f in found] == [pos(doc, '"Values quality (Respondent 3)')]
    assert '"Values quality"' in found[0].message


# A day-one tester (a CX lead at an online pharmacy, 2026-12-05): English traits that passed while
# their Polish twins were found, and Polish ones that passed too.
DAY_ONE_VAGUE = [
    "Is interested in health", "Pays attention to price", "Has a limited budget", "Has a tight budget", "Is on a budget",
    "Wants everything at hand", "Pays attention to her health", "Ma ograniczony budżet", "Ma napięty budżet",
    "Chce mieć wszystko pod ręką", "Lubi mieć wszystko pod ręką",
]
#: The same words beside detail, or in their literal sense.
DAY_ONE_SPECIFIC = [
    "Pays attention to the price per tablet at DOZ", "Has a limited budget of 200 zł a month",
    "Ma ograniczony budżet: 300 zł miesięcznie na leki", "Keeps everything at hand in a kitchen drawer",
    "Trzyma leki pod ręką w torebce", "Works on limited budget projects for NGOs in Leeds",
    "Is interested in health insurance from Bupa",
    # The final reviewer's literal senses: the words are generic only when nothing else is said.
    "Is interested in health insurance for his engineers", "Wants everything within reach of the driver's seat in the van",
    "Chce mieć wszystko pod ręką w kabinie ciężarówki", "Uses hand cream",
]


@pytest.mark.parametrize("trait", DAY_ONE_VAGUE)
def test_the_day_one_generic_traits_are_vague(trait):
    assert matcher().analyse(trait).vague, matcher().analyse(trait)


@pytest.mark.parametrize("trait", DAY_ONE_SPECIFIC)
def test_the_day_one_words_beside_detail_stay_quiet(trait):
    assert not matcher().analyse(trait).vague, matcher().analyse(trait)


# --- the labeled set (bench/eval_pseudo_profiling.py prints the details) ------------------------


def test_the_labeled_traits_keep_their_scores():
    """No specific trait is ever called vague (precision 1.0 on every section); the traits the
    lexicons were built or tuned on are all found, and the last unseen set no fewer than now."""
    loaded = load_text((REPO / "tests" / "data" / "labeled_traits.yaml").read_text(encoding="utf-8"))
    sections = {name: traits for name, traits in loaded.data.items() if isinstance(traits, list)}
    assert list(sections) == [
        "traits", "holdout", "holdout-2", "holdout-3", "holdout-4", "holdout-5", "holdout-6", "holdout-7",
        "holdout-8", "reported",
    ]
    m = matcher()
    for name, traits in sections.items():
        false_alarms = [t["text"] for t in traits if t["label"] == "specific" and m.analyse(t["text"]).vague]
        missed = [t["text"] for t in traits if t["label"] == "vague" and not m.analyse(t["text"]).vague]
        # Counts, not lists, for the unseen sets: pytest prints the operands of a failing assert,
        # and an unseen set's traits must not be shown to whoever tunes the lexicons.
        alarms, misses = len(false_alarms), len(missed)
        assert alarms == 0, (name, alarms)
        if name == "holdout":
            # Lost to the precision review: "Mother of two teenage boys" is specific, so a count
            # after "mom of" is a count again.
            assert missed == ["Suburban mom of two"], missed
        elif name == "holdout-5":
            # Tuned on (29 of 40 found when measured, then all), then patterns that also flagged
            # specific traits were narrowed or dropped: 37 of 40.
            assert len(missed) <= 3, missed
        elif name == "holdout-6":
            # Unseen when written: 27 of 40 when measured, 28 after the review fixes, 34 after the theme work.
            assert misses <= 7, misses  # 33 of 40 after the precision review
        elif name == "holdout-7":
            # 22 of 38 when measured, 29 after the theme work, 28 after the precision review.
            assert misses <= 10, misses
        elif name == "holdout-8":
            # The unseen set: 35 of 47 when measured; 34 once the clause words (kiedy, gdy, było,
            # without, under...) count as detail again, which a third precision probe asked for.
            assert misses <= 13, misses
        else:
            assert missed == [], name


def test_a_vague_trait_reused_by_an_alias_is_reported_once_where_it_is_written(tmp_path, monkeypatch):
    # The alias resolves to the very value the anchor wrote: two identical findings at one place said nothing more.
    text = ("kind: persona\nid: ola-nowak\nname: Ola Nowak\nlang: pl\ngoals:\n  - &dba Dba o swoje zdrowie\n"
            "needs:\n  - *dba\n  - Kupuje buty trailowe w Sportowym Szaleństwie raz na pół roku\n")
    findings = run(tmp_path, monkeypatch, {"p.yaml": text})
    assert [(f.rule, f.line) for f in findings] == [(RULE, 6)]
