"""pseudo-profiling: persona traits so generic they tell no two people apart."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable

from pydantic import Field, field_validator

from ...model.persona import parse_age
from ..finding import Hit, Severity
from ..lazyre import compile_all, lazy
from ..polish import counted, examples, out_of, plural
from ..polish import q as quote_pl
from ..polish import quoted as quoted_pl
from ..rule import Rule, RuleOptions, register
from ..vague import (
    AGE_ENTRY, CUSTOM_ENTRY, GENERIC_ENTRY, DocumentWords, Entry, LexiconError, Matcher, PhraseMatch,
    SegmentFigure, Verdict, compile_patterns, load_lexicon, matcher, normalise, object_after, other_before, unmatchable,
)

if TYPE_CHECKING:
    from ...workspace import Document

#: A persona needs at least this many traits before its share of vague ones is judged.
MIN_TRAITS = 4
#: Demographic fields read as free text for generic phrases ("busy professional", "pracownik biurowy").
_FREE_TEXT_DEMOGRAPHICS = ("occupation",)
#: The verb and preposition a location category may open with ("Mieszka w", "Pochodzi z", "Lives in"), which
#: the location's finding does not quote as part of the category.
_LIVES_IN = re.compile(
    r"^(?:mieszka(?:ją|m|ła|ł|li)?|żyje|żyją|pochodzi|pochodzą|lives|living|lived|based|resides|located)"
    r"\s+(?:(?:and\s+works\s+)?in|w|we|na|z|ze|under|near|on)\s+(?=\S)", re.I)


def _quote(texts: Iterable[str]) -> str:
    """Each text once, in double quotes, joined by commas; the double quotes a text holds itself are shown as
    single ones, so that each quote stays one: "Leads an 'active lifestyle'", not "Leads an "active lifestyle""."""
    return ", ".join(f'"{t}"' for t in dict.fromkeys(t.replace('"', "'") for t in texts))


@lru_cache(maxsize=1)
def _entries() -> dict[tuple[str, str], Entry]:
    return {(entry.id, entry.lang): entry for entry in load_lexicon().entries}


def _hint(entry: Entry, lang: str | None, b2b: bool = False) -> str:
    """The entry's advice with examples in the document's language: "work-life balance" is in both
    lexicons, and an English persona is shown the English lexicon's examples, a Polish one the Polish.
    With ``b2b`` (:func:`_b2b`), an entry of :data:`_B2B_EXAMPLE` gives its buyer's example instead."""
    if lang is None or entry.lang == lang or not entry.lang:
        hint = entry.hint
    else:
        other = _entries().get((entry.id, lang))
        hint = entry.hint if other is None else other.hint
    example = _B2B_EXAMPLE.get(entry.id) if b2b else None
    if example is not None:
        start = hint.find('(e.g. "')
        if start >= 0:
            hint = f'{hint[:start]}(e.g. "{example["pl" if (lang or entry.lang) == "pl" else "en"]}")'
    return hint


#: The examples of the lexicons' advice that a buyer in a company is shown (:func:`_b2b`) instead of a
#: shopper's: "Values quality" at a payroll vendor is not about a kettle. In English and in Polish: the
#: example follows the document's language, as every example of the lexicons does.
_B2B_EXAMPLE = {
    "quality": {"en": "chose Sage 50 over a cheaper payroll add-on after a 2024 filing error; rejected a vendor "
                      "with no UK support line",
                "pl": "wybrała Symfonię zamiast Optimy po demo, choć licencja była o 3 000 zł droższa"},
    "time": {"en": "month-end payroll takes her 3 days, 6 hours of it re-keying timesheets",
             "pl": "zamknięcie listy płac zajmuje jej 3 dni w miesiącu, z tego 6 godzin przepisywania ewidencji"},
    "tech": {"en": "runs payroll in Sage 50 and reconciles it in Excel; asked IT for API access in 2025",
             "pl": "liczy płace w Symfonii, a nadgodziny w Excelu; w 2025 r. poprosiła dział IT o dostęp do API"},
    "openness": {"en": "trialled a payroll add-on in 2025 after a peer in the ICAEW group recommended it",
                 "pl": "w 2025 r. przetestowała e-Doręczenia po webinarze Wolters Kluwer"},
    "security": {"en": "sends every vendor a 40-question security questionnaire and asks for SOC 2 Type II",
                 "pl": "przed pilotażem wymaga raportu SOC 2 i umowy powierzenia danych"},
    "value": {"en": "walks away from any quote above £4 per employee a month",
              "pl": "odrzuca oferty powyżej 15 zł za pracownika miesięcznie"},
    "convenience": {"en": "asks vendors for a CSV import rather than keying 180 employee records into a portal",
                    "pl": "zamiast wpisywać 230 kartotek w portalu prosi dostawcę o import z pliku CSV"},
    "conscious-buyer": {"en": "shortlists 3 vendors from G2 reviews, then asks two peers in the ICAEW Leeds group",
                        "pl": "porównuje 3 dostawców na G2 i pyta na grupie „Kadry i płace w praktyce”"},
    "personality": {"en": "asked for a 3-year payback model in the demo and dropped a vendor with no £ figures",
                    "pl": "na demo poprosiła o wyliczenie zwrotu w 3 lata i odrzuciła dostawcę bez liczb"},
    "service": {"en": "escalated to the account manager after 2 days without an answer on a payroll ticket",
                "pl": "po 2 dniach bez odpowiedzi na zgłoszenie w sprawie listy płac eskalowała do opiekuna klienta"},
    "pains": {"en": "re-keyed 40 timesheets by hand in March when the import failed; payroll ran a day late",
              "pl": "w marcu ręcznie przepisała 40 ewidencji po błędzie importu; wypłaty poszły dzień później"},
}

#: The advice on a trait of generic words for a buyer in a company (:func:`_b2b`): no shop or channel.
_GENERIC_B2B = {
    "en": "say what the person did, when, how often, or with which system, supplier or figure",
    "pl": "napisz, co ta osoba zrobiła, kiedy, jak często albo z jakim systemem, dostawcą czy liczbą",
}

#: Words that make a persona a buyer in or for a company: a role in one, the company, its staff, a purchase
#: made for it. Read in the summary, the occupation and the trait (:func:`_b2b`).
_B2B_WORDS = lazy(globals(), "_B2B_WORDS",
    r"\b(?:B2B|SaaS|CFO|CEO|CTO|COO|CIO|CISO|CHRO|HRD|SME|MŚP|RFP|procurement|vendors?|suppliers?|"
    r"decision[- ]makers?|signs? off|head of|(?:finance|managing|hr|it|operations) director|board|company|"
    r"companies|firms?|enterprises?|employees|headcount|payroll|invoices|"
    r"dostawc\w*|przetarg\w*|decydent\w*|dyrektor\w*|prezes\w*|zarząd\w*|pracowników|firm(?:a|y|ie|ę|ą|ach|om)?|"
    r"przedsiębiorstw\w*|spółk\w*|kadrow\w*|list[ayę] płac|księgow\w*)\b", re.I)


#: The roles in a company that buy for it, read in a persona's `occupation` (:func:`_b2b`): everyone works
#: somewhere, so an employer ("Payroll clerk at a logistics company", "Księgowa w firmie transportowej") does
#: not make a shopper a buyer; a director, an owner or procurement does.
_B2B_ROLE = lazy(globals(), "_B2B_ROLE",
    r"\b(?:B2B|SaaS|CFO|CEO|CTO|COO|CIO|CISO|CHRO|HRD|RFP|procurement|purchasing|decision[- ]makers?|signs? off|"
    r"head of|directors?|chief|founder|co-founder|owner of|board|dyrektor\w*|prezes\w*|zarząd\w*|decydent\w*|"
    r"przetarg\w*|zaopatrzeni\w*|założyciel\w*|właściciel\w* (?:firmy|spółki|biura|hurtowni|zakładu))\b", re.I)


def _b2b(doc: "Document", text: str) -> bool:
    """Whether the persona of ``doc`` buys for a company: its summary or the trait ``text`` names a role in
    one, the company, its staff or such a purchase (:data:`_B2B_WORDS`), or its occupation a role that buys
    for one (:data:`_B2B_ROLE`). Read only for a finding's advice; a consumer's job ("Nurse at Leeds
    General", "Payroll clerk at a logistics company" whose summary is the family car) does not make it one."""
    model = doc.model
    demographics = getattr(model, "demographics", None)
    said = [text, getattr(model, "summary", None)]
    if any(isinstance(s, str) and _B2B_WORDS.search(s) is not None for s in said):
        return True
    occupation = getattr(demographics, "occupation", None)
    return isinstance(occupation, str) and _B2B_ROLE.search(occupation) is not None


#: Each lexicon phrase's advice in Polish (:func:`_hint_pl`), by the phrase's id; the examples are the
#: lexicon's own, in the document's language, where ``{ex}`` stands (else after the advice).
_HINT_PL = {
    "health": "napisz, co ta osoba robi dla zdrowia, jak często i gdzie",
    "quality": "podaj produkt, markę lub cenę, które ta osoba wybrała, i to, co odrzuciła",
    "big-city": "podaj miasto i dzielnicę oraz to, co mieszkanie tam zmienia w tej decyzji (dojazdy, sklepy, "
                "urzędy i usługi w zasięgu, sposoby dostawy)",
    "time": "napisz, które zajęcie zabiera tej osobie czas i ile dziś trwa",
    "convenience": "nazwij niewygodę, której ta osoba unika, i to, co robi zamiast tego",
    "tech": "wymień urządzenia, aplikacje lub usługi, z których ta osoba korzysta, i do czego",
    "social-media": "wymień platformy, co ta osoba tam robi i kiedy",
    "active": "nazwij aktywność i napisz, jak często i gdzie ją uprawia",
    "travel": "napisz, dokąd ta osoba jeździ, jak często i jak rezerwuje",
    "openness": "opisz ostatnią nowość, którą ta osoba wypróbowała, skąd się o niej dowiedziała i dlaczego",
    "personality": "pokaż tę cechę w zachowaniu, które ma znaczenie dla produktu: co ta osoba zrobiła i kiedy",
    "growth": "nazwij umiejętność, kurs lub awans, do którego ta osoba dąży, i ile na to wydaje",
    "income": "podaj kwotę netto na miesiąc {ex} albo budżet, jaki ta osoba ma na tę kategorię",
    "family": "napisz, kto mieszka w domu i jak wpływa na decyzję: kto płaci, kto korzysta, kiedy",
    "eco": "nazwij nawyk i napisz, jak często",
    "value": "podaj cenę albo próg, od którego zależy decyzja",
    "service": "napisz, co ostatnio poszło nie tak albo co ta osoba mierzy: czas oczekiwania, dzień dostawy, kanał",
    "service-quality": "napisz, co ostatnio poszło nie tak albo co ta osoba mierzy: czas oczekiwania, dzień dostawy, "
                       "kanał",
    "early-adopter": "nazwij to, co ta osoba kupiła albo czego zaczęła używać wcześniej niż większość osób wokół niej, "
                     "i kiedy",
    "home": "napisz, co ta osoba ostatnio zrobiła w domu: które pomieszczenie lub mebel, z jakiego sklepu, za ile",
    "style": "wymień marki, sklepy lub konta, które ta osoba obserwuje, i co ostatnio kupiła",
    "online-shopping": "wymień sklepy lub platformy, co ta osoba tam kupuje i jak często",
    "leisure": "wymień tytuły, miejsca lub dania i napisz, kiedy ta osoba to robi",
    "balance": "napisz, które godziny lub dni ta osoba trzyma wolne od pracy i co ustępuje, gdy praca się przeciąga",
    "security": "napisz, co ta osoba sprawdza, zanim zaufa: opinie w konkretnym serwisie, gwarancję, markę, do "
                "której wróciła, i dlaczego",
    "generation": "podaj jeden wiek w `demographics.age` i nazwij etap życia, który ma znaczenie",
    "occupation": "podaj zawód, branżę lub wielkość pracodawcy i godziny, które wyznaczają dzień tej osoby",
    "pains": "napisz, co się stało ostatnim razem, gdzie i ile to tę osobę kosztowało",
    "conscious-buyer": "napisz, gdzie ta osoba porównuje (serwis, sklep, znajomi) i co przesądziło o ostatnim zakupie",
    "business": "nazwij decyzję, system lub proces, wskaźnik, z którego ta osoba jest rozliczana, i termin",
    "company-size": "podaj liczbę pracowników albo przedział i jego źródło, branżę i miejsce",
    "compliance": "nazwij deklarację, termin albo kontrolę i napisz, co poszło nie tak albo co ta osoba sprawdza",
    "events": "nazwij wydarzenie, gdzie i kiedy się odbywa, i co ta osoba tam zrobiła",
    "one-place": "wymień aplikacje, konta lub miejsca, między którymi ta osoba dziś się przełącza, i co chciałaby "
                 "mieć w jednym miejscu",
    "feelings": "napisz, kiedy ta osoba ostatnio to poczuła, przy jakiej firmie lub produkcie i co zrobiła potem",
    "industry": "nazwij produkt, dostawcę lub urząd, co ta osoba zrobiła ostatnim razem i ile ją to kosztowało "
                "albo ile trwało",
    "remedies": "nazwij produkt lub markę, dawkę, jak często ta osoba go przyjmuje i gdzie kupuje",
    "everyman": "ktoś, kto zastępuje cały segment, nie jest osobą: napisz, co ta jedna osoba zrobiła, kupiła lub "
                "czego używała, gdzie i kiedy",
    # cxkit's own entries, which no lexicon file holds.
    "age-range": "przedział wieku to segment, a nie osoba: podaj jeden wiek w `demographics.age` i nazwij etap "
                 "życia, który ma znaczenie (pierwsze dziecko, emerytura, wyprowadzka z domu)",
    "generic-words": "napisz, co ta osoba zrobiła, kiedy, gdzie, jak często albo z jakim produktem, sklepem czy kanałem",
    "region": "kraj lub region to obszar segmentu rynku, a nie miejsce, w którym mieszka jedna osoba: podaj miasto, "
              "a jeśli to ważne, także dzielnicę",
    "custom": "zastąp ten zwrot zaobserwowanym zachowaniem, liczbą, miejscem, częstotliwością albo konkretnym "
              "kanałem lub marką",
}


def _hint_pl(entry: Entry, lang: str | None, b2b: bool = False) -> str:
    """:func:`_hint` in Polish: the advice of :data:`_HINT_PL`, the examples of the entry in the document's
    language; an entry it does not know (a plugin's lexicon) keeps its own advice."""
    advice = _HINT_PL.get(entry.id)
    if advice is None:
        return _hint(entry, lang)
    ex = examples(_hint(entry, lang, b2b))
    if "{ex}" in advice:
        return advice.replace("{ex}", ex).replace("  ", " ") if ex else advice.replace(" {ex}", "")
    return f"{advice} {ex}" if ex else advice


#: What a negative persona's denied phrase ("Nie dba o zdrowie", "Doesn't value quality") is asked for.
_NOT_A_CUSTOMER = {
    "pl": "kupuje słuchawki za 150 zł w Media Markt; 2 500 zł za parę to dla niego cena laptopa",
    "en": "buys £20 earbuds at Argos; a £250 pair costs more than her phone",
}


#: The word that makes an age found by the matcher approximate, not a range: "ok. 35 lat", "about 35", "35-ish".
_APPROXIMATE = re.compile(r"\b(?:ok|około|okolo|koło|kolo|więcej|wiecej|about|around|approx\w*|roughly|ish)\b", re.I)


#: A range of years that is how long, not how old: "od 10-15 lat", "for 10-15 years".
_FOR_YEARS = re.compile(r"\b(?:od|przez|since|for|from)\s*$", re.I)

#: The words that may stand before a persona's own age in its clause of the summary: "Ma ok. 35 lat",
#: "Kobieta 30-40 lat", "A 35-ish mum", "A woman of about 35", "w wieku 30-40 lat" (and the persona's name).
_OWN_AGE_LEAD = frozenset((
    "ma mając mająca mający majaca majacy jest to ona on kobieta kobiety mężczyzna mezczyzna osoba klientka "
    "klient pani pan w wieku lat a an the she he is s aged age of woman man person lady guy mum mom mother "
    "dad father single in her his their early mid late"
).split())
_OWN_AGE_WORD = re.compile(r"\w+")
#: A possessive that makes the age after it someone else's: "której mąż, ok. 40-letni", "whose son, about 16".
_WHOSE = re.compile(r"\b(?:której|ktorej|którego|ktorego|których|ktorych|whose)\b", re.I)


#: A dash between spaces that opens a clause as a comma does: "Dziadek – około 80 lat, płaci kartą".
_DASHES = (" - ", " – ", " — ")


def _own_age(summary: str, start: int, name: str) -> bool:
    """Whether the age found at ``start`` of the summary is the persona's own, to report beside a city or a
    count: it opens its clause (after a comma or a dash between spaces), after nothing but words of a person
    or an age ("Ma ok. 35 lat, mieszka w Warszawie", "A 35-ish mum of two", "Dziadek – około 80 lat"), and
    follows no one else ("Opiekuje się mamą, ok. 80-letnią",
    "której mąż, ok. 40-letni") nor a duration's word ("od 10-15 lat"). "Kupiła ok. 15-letnie auto", "Trenerka
    grupy seniorów 60-70 lat", "Teaches teenagers aged 15-18" say whose age it is: no one's to report."""
    if _FOR_YEARS.search(summary, max(0, start - 12), start) or other_before(summary, start, summary=True):
        return False
    clause = max(summary.rfind(c, 0, start) for c in ",;:(") + 1
    for dash in _DASHES:
        at = summary.rfind(dash, clause, start)
        if at >= 0:
            clause = at + len(dash)
    if _WHOSE.search(summary, max(0, clause - 60), start):
        return False
    lead = _OWN_AGE_LEAD | {w.casefold() for w in _OWN_AGE_WORD.findall(name)}
    return all(w.casefold() in lead for w in _OWN_AGE_WORD.findall(summary, clause, start))


#: Where a clause of the summary ends, to set its demographics apart (:func:`_nothing_beyond_demographics`).
_SUMMARY_CLAUSE = re.compile(r"[,;:()\[\]!?…]|\.(?=\s|$)|\s[-–—]\s|\s(?:i|oraz|and)\s", re.I)
_SUMMARY_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
#: The words of a clause that says only where the persona lives, beside the place's own capitalised words:
#: "mieszka w Warszawie", "z Gdyni", "lives in London", "based in Leeds", "na Ursynowie".
_RESIDENCE_WORDS = frozenset(
    "mieszka mieszkająca mieszkajaca mieszkający mieszkajacy zamieszkała zamieszkala zamieszkały zamieszkaly "
    "pochodzi z ze w we na pod koło kolo niedaleko okolic okolicach i oraz lives living live based from in near "
    "outside the and who".split())
#: The words of a clause that says only who the persona lives with: "mama dwójki dzieci", "mężatka", "mieszka
#: sama", "mum of two", "married with three kids", "single".
_HOUSEHOLD_CLAUSE_WORDS = frozenset((
    "mama matka tata ojciec rodzic samotna samotny samotnie mężatka mezatka żonaty zonaty zamężna zamezna singiel "
    "singielka rozwiedziona rozwiedziony wdowa wdowiec w związku zwiazku z ze partnerem partnerką partnerka mężem "
    "mezem żoną zona dwójki dwojki trójki trojki czwórki czworki jednego jednej jednym dwóch dwoch trzech "
    "dwojga trojga jedno dwoje troje dziecka dzieci dziećmi dziecmi dzieckiem syna synów synow synem córki corki "
    "córek corek córką corka nastoletniego nastoletniej nastoletnich małych malych małego malego małej malej "
    "dorosłych doroslych ma mieszka sama sam i oraz mum mom mother dad father parent single married divorced "
    "widowed of to with two three four one a an kids children child son sons daughter daughters teenage "
    "teenager teenagers young toddler toddlers grown-up lives alone has and her his partner husband wife"
).split())


def _nothing_beyond_demographics(analyse: Any, summary: str, ages: tuple[Any, ...], name: str,
                                 own: DocumentWords) -> bool:
    """Whether a summary that detail saved but for the persona's own age says nothing specific beyond its
    demographics: with the age, the words that lead to it (:data:`_OWN_AGE_LEAD`, the persona's name), a clause
    of where the persona lives and one of whom it lives with set aside, what is left is generic or nothing
    ("Ma ok. 35 lat, mieszka w Warszawie, interesuje się modą", "About 35, lives in London, interested in
    fashion"), not detail of this person ("Ola, ok. 35 lat, prowadzi sklep z ceramiką na Etsy i traci klientów
    przy wysyłce za granicę"). Seed 002's pseudo-profile is a summary made only of such traits."""
    text = list(summary)
    for age in ages:
        text[age.start:age.end] = " " * (age.end - age.start)
    blanked = "".join(text)
    lead = _OWN_AGE_LEAD | {w.casefold() for w in _OWN_AGE_WORD.findall(name)}
    lead |= {"lat", "l", "years", "old", "i", "and"}
    kept = []
    start = 0
    for end in [m.start() for m in _SUMMARY_CLAUSE.finditer(blanked)] + [len(blanked)]:
        clause = blanked[start:end].strip()
        start = end + 1 if end < len(blanked) and not blanked[end].isspace() else end
        words = _SUMMARY_WORD.findall(clause)
        folded = [w.casefold() for w in words]
        if all(w in lead for w in folded):
            continue  # nothing, the age's lead words or the persona's name
        if all(w in _HOUSEHOLD_CLAUSE_WORDS for w in folded):
            continue  # "mama dwójki dzieci", "married with two kids"
        places = [w for w in words if w[:1].isupper() and w.casefold() not in _RESIDENCE_WORDS]
        if places and len(places) <= 3 and all(w.casefold() in _RESIDENCE_WORDS or w in places for w in words) \
                and any(w.casefold() in _RESIDENCE_WORDS for w in words):
            continue  # "mieszka w Warszawie", "z Gdyni", "lives in London"
        kept.append(clause)
    if not kept:
        return True
    return bool(analyse(", ".join(kept), own).vague)


#: Where a clause of a trait ends: a comma, a bracket, a colon, a dash between spaces, a full stop before
#: a capital or the end ("tys. mieszkańców", "ok. 35" go on).
_CLAUSE_END = re.compile(r"[,;:()\[\]!?…]|\.(?=\s+[A-ZĄĆĘŁŃÓŚŹŻ]|\s*$)|\s[-–—]\s")
#: A phrase is quoted on to its clause's end when no more than this many words are left there: the words
#: that finish it ("lifestyle" of "Leads an active", "professional" of "Busy").
_TAIL_WORDS = 2
#: Words that join another thing on, not finish the phrase: "Dba o zdrowie i rodzinę".
_JOINING = frozenset("i oraz lub albo a and or & ale but".split())
#: The word a phrase's first one is joined to by a hyphen ("35-" of "35-latka z dziećmi"), back to a space,
#: a tab or a line break.
_JOINED_BEFORE = re.compile(r"\S+$")
_TAIL_WORD = re.compile(r"\S+")


def _closed_quotes(verdict: Verdict, text: str) -> Verdict:
    """``verdict`` with each phrase that holds one double quote of the author's pair quoted with the other one
    too: 'Values "quality"' of 'Values "quality" above all', not 'Values "quality'."""
    if '"' not in text:
        return verdict
    closed = []
    for p in verdict.matches:
        if p.text.count('"') % 2 and p.end <= len(text):
            if text[p.end:p.end + 1] == '"':
                p = replace(p, text=p.text + '"')  # the closing mark right after the phrase
            elif p.start > 0 and text[p.start - 1] == '"':
                p = replace(p, text='"' + p.text)  # the opening mark right before it
        closed.append(p)
    return Verdict(tuple(closed), verdict.rescue)


def _with_denial(verdict: Verdict, text: str) -> Verdict:
    """``verdict`` with each lexicon phrase that stands right after a Polish "nie" quoted with it: "Nie ceni
    jakości", not "ceni jakości", whose case only the denial makes grammatical (as "Nie lubi nowych
    technologii" is of "lubi nowe technologie")."""
    if "nie" not in text.lower():
        return verdict
    said = []
    for p in verdict.matches:
        if p.entry is not GENERIC_ENTRY and p.entry is not AGE_ENTRY and p.entry is not CUSTOM_ENTRY \
                and 0 < p.start <= len(text):
            before = text[:p.start]
            kept = before.rstrip()
            if (len(kept) < len(before) and kept[-3:].lower() == "nie"
                    and (len(kept) == 3 or not kept[-4].isalnum()) and not p.text.lower().startswith("nie ")):
                p = replace(p, text=f"{kept[-3:]} {p.text}")
        said.append(p)
    return Verdict(tuple(said), verdict.rescue)


def whole_phrases(verdict: Verdict, text: str) -> Verdict:
    """``verdict`` with its one phrase quoted on to the end of its clause when only a word or two are left
    there and no other match: "Leads an active lifestyle", not "Leads an active"; "Busy professional",
    not "Busy"; "miasto powyżej 500 tys. mieszkańców", not "miasto powyżej 500"; and each phrase with the
    Polish "nie" before it (:func:`_with_denial`)."""
    verdict = _with_denial(_closed_quotes(verdict, text), text)
    phrases = [p for p in verdict.matches if p.entry is not GENERIC_ENTRY and p.entry is not AGE_ENTRY]
    if len(phrases) != 1 or phrases[0].entry is CUSTOM_ENTRY or len(text) > 400:
        # Of several phrases, each is quoted as it matched ("Dba o zdrowie", "ceni jakość"); a team's own
        # `extend` phrase as the team wrote it.
        return verdict
    widened = []
    for p in verdict.matches:
        if p in phrases and 0 < p.start <= len(text) and text[p.start - 1] == "-":
            # "35-latka z dziećmi", not "latka z dziećmi": the word the phrase's first one is joined to.
            joined = _JOINED_BEFORE.search(text, max(0, p.start - 40), p.start)
            p = replace(p, text=text[joined.start() if joined else p.start:p.start] + p.text)
        if p in phrases and p.end <= len(text):
            end = _CLAUSE_END.search(text, p.end)
            b = end.start() if end else len(text)
            tail = text[p.end:b].rstrip()
            if (tail and tail[0].isspace() and len(tail.split()) <= _TAIL_WORDS
                    and tail.split()[0].casefold() not in _JOINING
                    and not any(p.end <= q.start < b for q in verdict.matches if q is not p)):
                # Words only: "Leads an active lifestyle", not the emoji or marks after it.
                words = [w for w in _TAIL_WORD.finditer(text, p.end, p.end + len(tail))]
                kept = next((i for i, w in enumerate(words) if not any(c.isalnum() for c in w.group())), len(words))
                if kept:
                    p = replace(p, text=p.text + text[p.end:words[kept - 1].end()])
        widened.append(p)
    return Verdict(tuple(widened), verdict.rescue)


#: A trait quoted whole in a finding whose only generic word is one of several (:func:`_one_of_several`)
#: is at most this long; a longer one is named by that word alone, as before.
_WHOLE_TRAIT = 80


def _one_of_several(verdict: Verdict, text: str | None) -> str | None:
    """The trait to quote whole when a trait of generic words has only one generic word and other words that
    say nothing, stopwords and short words ("Prefers to speak to a person": "speak"; "Has a disability":
    "disability"), so that the one word is not quoted as if it were the whole trait; None otherwise (a trait of
    one word, of several generic words, with a word of another kind beside, such as a source's label or a denied
    run, "Lubi ładne rzeczy [INT-07]", "Doesn't use mobile banking and likes nice things", or too long)."""
    if text is None or len({normalise(m.text) for m in verdict.matches}) != 1:
        return None
    said = " ".join(text.split())
    words = normalise(said).split()
    if len(said) > _WHOLE_TRAIT or len(words) < 2:
        return None
    one = normalise(verdict.matches[0].text).split()
    stopwords = load_lexicon().stopwords
    if all(w in one or (len(w) < 3 and not w.isdigit()) or w in stopwords for w in words):
        return said
    return None


def _the_one_word(verdict: Verdict, whole: str) -> str:
    """The one generic word of a trait quoted ``whole`` (:func:`_one_of_several`), or the run it opens and closes
    when it stands there more than once: "face to face" of "Prefers face to face", not "face"."""
    word = verdict.matches[0].text
    if len(verdict.matches) > 1:
        low, key = whole.lower(), word.lower()
        first, last = low.find(key), low.rfind(key)
        if 0 <= first < last:
            return whole[first:last + len(word)]
    return word


#: A word of a trait, hyphened parts kept together ("Risk-averse"), for :func:`_runs_beside_phrases`.
_RUN_WORD = lazy(globals(), "_RUN_WORD", r"[^\W_]+(?:[-'’][^\W_]+)*")
#: What ends a run of generic words: a clause's mark, and the words that join clauses or open one ("i", "who").
_RUN_MARKS = frozenset(",;:.()[]!?–—/|")
_RUN_BREAK = _JOINING | frozenset("who which that whose który która które którzy bo because since".split())


def _runs_beside_phrases(verdict: Verdict, text: str | None) -> list[PhraseMatch]:
    """Runs of two or more generic words outside a trait's phrases, quoted with them, so that one finding
    names every vague part of the trait: "Risk-averse" beside "busy executive", "ceni sobie elastyczność"
    beside "wymagający", "Values ROI" beside "mid-size company". A run ends at a clause's mark, a joining
    word ("and", "i", "who") or a phrase; filler at its ends is left out. A run that a word of the author's
    own ends (a word neither generic nor filler, or a number) says something of it and is not quoted: "wants
    an easy" of "wants an easy invoicing tool". Only where the trait has a phrase, and not in a long text (a
    summary over 400 characters)."""
    if not text or len(text) > 400:
        return []
    lexicon = load_lexicon()
    generic, stopwords = lexicon.generic, lexicon.stopwords
    taken = [(p.start, p.start + len(p.text)) for p in verdict.matches]
    runs: list[PhraseMatch] = []
    run: list[tuple[int, int, int]] = []  # (start, end, generic parts) of each word

    def close(kept: bool = True) -> None:
        while run and not run[-1][2]:
            run.pop()
        if kept and sum(w[2] for w in run) >= 2:
            runs.append(PhraseMatch(GENERIC_ENTRY, run[0][0], run[-1][1], text[run[0][0]:run[-1][1]]))
        run.clear()

    end = 0
    for m in _RUN_WORD.finditer(text):
        a, b = m.span()
        if run and not _RUN_MARKS.isdisjoint(text[end:a]):
            close()
        end = b
        if any(s < b and a < e for s, e in taken):
            close()
            continue
        parts = normalise(m.group()).split()
        if not parts or any(c.isdigit() for c in m.group()):
            close(kept=False)
        elif all(generic(p) for p in parts):
            run.append((a, b, len(parts)))
        elif len(parts) == 1 and parts[0] in _RUN_BREAK:
            close()
        elif all(len(p) < 3 or p in stopwords for p in parts):
            if run:
                run.append((a, b, 0))
        else:
            close(kept=False)
    close()
    return runs


def _quoted_with_beside(phrases: list[PhraseMatch], verdict: Verdict, text: str | None) -> list[PhraseMatch]:
    """A trait's phrases and the runs of generic words beside them (:func:`_runs_beside_phrases`), in the
    order the trait says them."""
    beside = _runs_beside_phrases(verdict, text)
    return sorted(phrases + beside, key=lambda p: p.start) if beside else phrases


def trait_message(verdict: Verdict, lang: str | None = None, denied: bool = False, stated: int | None = None,
                  text: str | None = None, b2b: bool = False) -> str:
    """What a finding on one vague trait says: what matched and what to write instead.

    ``lang`` picks the examples' language; ``denied`` (a negative persona's phrase after "nie", "not")
    asks why the person is not one you design for instead of what they do; ``stated``: the one age
    `demographics.age` gives, which an age range or an approximate age is then told to say; ``text``: the
    trait as written, quoted whole where its one generic word would otherwise stand for it; ``b2b``: the
    persona buys for a company (:func:`_b2b`), and the advice's example is a buyer's.
    """
    phrases = [m for m in verdict.matches if m.entry is not GENERIC_ENTRY]
    generic = _GENERIC_B2B["en"] if b2b else GENERIC_ENTRY.hint
    if not phrases:
        if any(" " in m.text for m in verdict.matches):
            # Clauses of generic words in a trait whose other words are too few to make it a fact.
            verb = "are" if len(verdict.matches) > 1 else "is"
            return (f"{_quote(m.text for m in verdict.matches)} {verb} built only from generic words, and the rest "
                    f"of the trait adds no detail; make it specific: {generic}")
        whole = _one_of_several(verdict, text)
        if whole is not None:
            # "Prefers to speak to a person": "speak" is its one generic word, not the whole of it.
            one = _quote([_the_one_word(verdict, whole)])
            return (f"{_quote([whole])} is built only from generic words ({one}) and "
                    f"words that carry no detail; make it specific: {generic}")
        words = _quote(m.text for m in verdict.matches[:5])
        return f"built only from generic words ({words}); make it specific: {generic}"
    first = phrases[0]
    quoted = _quote(m.text for m in phrases)
    several = len({m.text for m in phrases}) > 1
    if first.entry is AGE_ENTRY and not several:
        what = "an approximate age, a range by another name" if _APPROXIMATE.search(first.text) else "an age range"
        if stated is not None:
            # The persona's age is given already: the text is told to say it, not to give it again.
            return (f"{_quote([first.text])} is {what}, and demographics.age already gives {stated}: write that "
                    "age here, or leave the age to demographics.age")
        if _APPROXIMATE.search(first.text):
            return (f"{_quote([first.text])} is an approximate age, a range by another name; give one age in "
                    "demographics.age and name the life stage that matters (first child, retirement, moving out)")
        return f"{_quote([first.text])} is an age range; {first.entry.hint}"
    if not denied:
        named = _quoted_with_beside(phrases, verdict, text)
        quoted, several = _quote(m.text for m in named), len({m.text for m in named}) > 1
    verb = "describe" if several else "describes"
    if denied:
        # Quoted with its "nie" (whole_phrases): "„Nie ceni jakości” describes almost anyone, as the phrase it denies does".
        # Of several, some quoted with their "nie" and some not ("„Nie dba o zdrowie”, „ceni jakość”"): "denied or not".
        with_nie = [m.text.lower().startswith("nie ") for m in phrases]
        also = ("as the phrases they deny do" if several else "as the phrase it denies does") if all(with_nie) \
            else "denied or not" if any(with_nie) else "and so does the denial"
        return (
            f"{quoted} {verb} almost anyone, {also}; a negative persona says why this person is not "
            "one you design for: too dear or too cheap for them, a substitute they use, what they would not understand, "
            f'buying on impulse where the persona researches (e.g. "{_NOT_A_CUSTOMER[lang or "en"]}")'
        )
    return f"{quoted} {verb} almost anyone; make it specific: {_hint(first.entry, lang, b2b)}"


def _field_said(field: str, message: str) -> str:
    """A demographics field's finding as the others word theirs, the field's name before what it holds:
    'occupation "pracuje w korpo" describes almost anyone', as 'age "30-40" spans 10 years'."""
    return f"{field} is {message}" if message.startswith("built ") else f"{field} {message}"


def _field_said_pl(field: str, message: str) -> str:
    """:func:`_field_said` in Polish: "`occupation` „pracuje w korpo” opisuje niemal każdego", as "`age`
    „30-40” obejmuje 10 lat"; "cecha składa się…" names the field instead of "cecha"."""
    return f"`{field}` {message.removeprefix('cecha ')}"


def trait_message_pl(verdict: Verdict, lang: str | None = None, denied: bool = False,
                     stated: int | None = None, text: str | None = None, b2b: bool = False) -> str:
    """:func:`trait_message` in Polish (the twin a Polish workspace reads)."""
    phrases = [m for m in verdict.matches if m.entry is not GENERIC_ENTRY]
    generic = _GENERIC_B2B["pl"] if b2b else _HINT_PL["generic-words"]
    if not phrases:
        if any(" " in m.text for m in verdict.matches):
            verb = "składają" if len(verdict.matches) > 1 else "składa"
            return (f"{quoted_pl(m.text for m in verdict.matches)} {verb} się wyłącznie z ogólnych słów, a reszta cechy "
                    f"nie dodaje żadnych szczegółów; doprecyzuj: {generic}")
        whole = _one_of_several(verdict, text)
        if whole is not None:
            jedno = quote_pl(_the_one_word(verdict, whole))
            return (f"{quote_pl(whole)} składa się wyłącznie z ogólnych słów ({jedno}) "
                    f"i słów, które nie wnoszą szczegółów; doprecyzuj: {generic}")
        return (f"cecha składa się wyłącznie z ogólnych słów ({quoted_pl(m.text for m in verdict.matches[:5])}); "
                f"doprecyzuj: {generic}")
    first = phrases[0]
    said = quoted_pl(m.text for m in phrases)
    several = len({m.text for m in phrases}) > 1
    if first.entry is AGE_ENTRY and not several:
        if stated is not None:
            what = ("przybliżony wiek, czyli przedział pod inną nazwą" if _APPROXIMATE.search(first.text)
                    else "przedział wieku")
            return (f"{quote_pl(first.text)} to {what}, a `demographics.age` podaje już {stated}: wpisz tu ten "
                    "wiek albo zostaw wiek w `demographics.age`")
        if _APPROXIMATE.search(first.text):
            return (f"{quote_pl(first.text)} to przybliżony wiek, czyli przedział pod inną nazwą; podaj jeden wiek w "
                    "`demographics.age` i nazwij etap życia, który ma znaczenie (pierwsze dziecko, emerytura, "
                    "wyprowadzka z domu)")
        return f"{quote_pl(first.text)} to przedział wieku; {_HINT_PL['age-range']}"
    if not denied:
        named = _quoted_with_beside(phrases, verdict, text)
        said, several = quoted_pl(m.text for m in named), len({m.text for m in named}) > 1
    verb = "opisują" if several else "opisuje"
    if denied:
        with_nie = [m.text.lower().startswith("nie ") for m in phrases]
        also = ("tak samo jak zdania, którym przeczą" if several else "tak samo jak zdanie, któremu przeczy") \
            if all(with_nie) else "z przeczeniem czy bez" if any(with_nie) else "podobnie jak ich zaprzeczenie"
        return (
            f"{said} {verb} niemal każdego, {also}; persona negatywna mówi, dlaczego ta osoba "
            "nie jest kimś, dla kogo projektujesz: za drogo albo za tanio dla niej, zamiennik, którego używa, czego "
            "by nie zrozumiała, kupowanie pod wpływem impulsu tam, gdzie persona porównuje oferty "
            f"(np. {quote_pl(_NOT_A_CUSTOMER[lang or 'en'])})"
        )
    return f"{said} {verb} niemal każdego; doprecyzuj: {_hint_pl(first.entry, lang, b2b)}"


def _denied(m: Matcher, text: str, verdict: Verdict) -> bool:
    """Whether the trait's first phrase stands right after a denial ("Nie dba o zdrowie", "Doesn't value quality")."""
    start = next((p.start for p in verdict.matches if p.entry is not GENERIC_ENTRY and p.entry is not AGE_ENTRY), None)
    if start is None:
        return False
    before = normalise(text[:start]).split()
    return bool(before) and before[-1] in m.lexicon.denials


#: What a denied phrase must say to be a fact: digital exclusion names the internet or a device ("Nie korzysta z
#: internetu", "Doesn't use a smartphone"); a place denied names no size or kind of place ("Nie jest
#: mieszkańcem miasta", not "Nie mieszka w dużym mieście").
_DEVICE = re.compile(r"internet|smartfon|smartphone|komputer|computer|telefon|phone|komork|online|sieci")
_SIZED = re.compile(r"duz|wielk|mal|mniejsz|wiek|sredni|big|large|small|capital|stoleczn|wojewodzk|przedmiesc|wies|wsi|sub")
_COPULA = frozenset(("jest", "is", "był", "byl", "była", "byla"))
_USE = frozenset(("use", "uses", "using", "korzysta", "używa", "uzywa", "have", "has", "ma", "own", "owns"))


def _denied_fact(m: Matcher, text: str, verdict: Verdict, negative: bool) -> bool:
    """Whether a vague trait is one lexicon phrase denied that states a fact: digital exclusion ("Nie korzysta
    z internetu", "Doesn't use the internet": which channel is left is what the service decides on), or, in a
    negative persona, not living in the place the service is for ("Nie jest mieszkańcem miasta": not eligible)."""
    phrases = verdict.matches
    if phrases and all(p.entry is GENERIC_ENTRY for p in phrases):
        # Of generic words only, a short denial of a device: "Doesn't use the internet", "Never uses a computer".
        words = normalise(text).split()
        return (len(words) <= 6 and any(w in m.lexicon.denials for w in words[:3])
                and all(_DEVICE.search(normalise(p.text)) or p.text.casefold() in _USE for p in phrases))
    if len(phrases) != 1 or phrases[0].entry is AGE_ENTRY:
        return False
    first = phrases[0]
    before = normalise(text[:first.start]).split()
    said = normalise(first.text)
    if first.entry.id == "tech":
        return bool(before) and before[-1] in m.lexicon.denials and _DEVICE.search(said) is not None
    if first.entry.id == "big-city" and negative and _SIZED.search(said) is None:
        if before and before[-1] in _COPULA:
            before = before[:-1]
        return bool(before) and before[-1] in m.lexicon.denials
    return False


#: A negative persona's fields that say what makes the person buy or give up, and the lexicon's ideas of an
#: offer's terms (price, deals, delivery, returns): there such a phrase is what the method asks for ("Co skłania
#: taką osobę do zakupu?"), "Wyprzedaż z darmowymi zwrotami" for a returns flipper, not a trait of everyone.
_TRIGGERS = frozenset(("purchase_triggers", "abandon_triggers"))
_OFFER_TERMS = frozenset(("value", "service"))


def _offer_terms(verdict: Verdict) -> bool:
    """Whether every phrase of a vague trait names an offer's terms (:data:`_OFFER_TERMS`)."""
    phrases = [p for p in verdict.matches if p.entry is not GENERIC_ENTRY]
    return bool(phrases) and all(p.entry.id in _OFFER_TERMS for p in phrases)


#: What a real quote sounds like, in the document's language: one person's words about one moment.
_QUOTE_EXAMPLE = {
    "pl": "Jak nie ma mojego leku, pani Halina z Lipowej zamawia go na jutro",
    "en": "I gave up on the app after it logged me out twice at the till",
}


#: A trait of this one person where a segment's figure stood, in the document's language.
_PERSON_EXAMPLE = {
    "pl": "płaci BLIK-iem za zakupy w Żabce, kartą tylko za granicą",
    "en": "pays by Apple Pay at the till, by card only abroad",
}


def statistic_message(statistic: str, lang: str, stand_in: bool = False, sources: Iterable[str] = ()) -> str:
    """What a finding on a segment statistic written as a trait says (``stand_in``: ``statistic`` is the
    stand-in for the segment that makes the figure beside it the segment's, "jak większość klientek";
    ``sources``: the ids the trait cites, when it cites any: then it is not called an assumption)."""
    what = "makes the figure beside it the segment's" if stand_in else "is a figure of the segment"
    cited = ", ".join(dict.fromkeys(s for s in sources if s))
    if cited:
        where = (f"the figure belongs in the research it comes from ({cited}), which the trait already "
                 "cites: write here what this person did there")
    else:
        where = ("a figure with no source is an assumption, so keep the segment's figures in the research "
                 "they come from and cite that source's id")
    return (
        f'"{statistic}" {what}, not a trait of this person: say what this person does '
        f'(e.g. "{_PERSON_EXAMPLE[lang]}"); {where}'
    )


def statistic_message_pl(statistic: str, lang: str, stand_in: bool = False, sources: Iterable[str] = ()) -> str:
    """:func:`statistic_message` in Polish."""
    what = "sprawia, że liczba obok opisuje segment" if stand_in else "to dane o segmencie"
    cited = ", ".join(dict.fromkeys(s for s in sources if s))
    if cited:
        where = (f"liczba należy do badania, z którego pochodzi ({cited}), a cecha już się na nie powołuje: "
                 "napisz tu, co ta osoba w nim zrobiła")
    else:
        where = ("liczba bez źródła to założenie: dane o segmencie zostaw w badaniu, z którego pochodzą, "
                 "i powołaj się na identyfikator tego źródła")
    return (f"{quote_pl(statistic)} {what}, a nie cecha tej osoby: napisz, co ta osoba robi "
            f"(np. {quote_pl(_PERSON_EXAMPLE[lang])}); {where}")


def quote_message(verdict: Verdict, lang: str) -> str:
    """What a finding on a generic `quote` says: a quote is what one customer said in the research."""
    phrases = [m for m in verdict.matches if m.entry is not GENERIC_ENTRY]
    if phrases:
        verb = "describe" if len({m.text for m in phrases}) > 1 else "describes"
        what = f"{_quote(m.text for m in phrases)} {verb} almost anyone"
    else:
        what = f"built only from generic words ({_quote(m.text for m in verdict.matches[:5])})"
    return (
        f"quote: {what}; a quote is a sentence one customer said in the research (keep the interview in "
        f"`sources`); a generic one is a sign it was invented: quote what a person said of one moment "
        f'(e.g. "{_QUOTE_EXAMPLE[lang]}")'
    )


def quote_message_pl(verdict: Verdict, lang: str) -> str:
    """:func:`quote_message` in Polish."""
    phrases = [m for m in verdict.matches if m.entry is not GENERIC_ENTRY]
    if phrases:
        verb = "opisują" if len({m.text for m in phrases}) > 1 else "opisuje"
        what = f"{quoted_pl(m.text for m in phrases)} {verb} niemal każdego"
    else:
        what = f"same ogólne słowa ({quoted_pl(m.text for m in verdict.matches[:5])})"
    return (
        f"quote: {what}; cytat to zdanie, które jeden klient powiedział w badaniu (wywiad zapisz w `sources`), "
        "a ogólnikowy zdradza, że cytat wymyślono: przytocz, co ktoś powiedział o jednej konkretnej sytuacji "
        f"(np. {quote_pl(_QUOTE_EXAMPLE[lang])})"
    )


@register
class PseudoProfiling(Rule):
    """A persona trait so generic it tells no two people apart.

    What is reported: every trait built on a phrase that fits almost anyone ("dba o zdrowie", "z
    dużego miasta", "ceni wysoką jakość", "tech-savvy", "values quality", "wants to save time", an
    age range like "30-40") or made only of generic words ("Likes nice things", "Zwraca uwagę na
    skład", "Takes care of her skin", "Długie kolejki", "Long queues").

    Clauses: in a longer trait, a clause of two or more generic words is read as a phrase is, when
    every other clause holds generic words too: "Lubi ładne wnętrza, ważna jest dla niej jakość",
    "Comfort is important to her, likes nice rooms"; not "Ważna jest dla niej jakość tkaniny —
    sprawdza Martindale ≥ 50 000", nor beside two words of the person's own, one after "bo", "żeby",
    "because" or at the start of a purpose ("Nie ufa bankom, trzyma gotówkę w domu", "Zwraca uwagę
    na skład, bo syn ma celiakię"), or a clause with no generic word: "Herself a nurse, she
    distrusts online health advice".

    Ages: an approximate age is an age range by another name: "Ma ok. 35 lat", "Około 40-letni",
    "Around 35 years old", "A woman of about 35", "35-ish", also in a clause of its own or after the person's name: "Księgowa z Lublina, ok. 35
    lat", "Mama, ok. 35 lat", "Jane is around 40 and runs…" (not a duration: "Od około 20 lat jeździ
    Skodą", "about 40 minutes", "Has worked at Tesco, about 20 years"; nor someone else's age: "Jej syn,
    ok. 16 lat", "The queue is around 40", nor that of a relative or an acquaintance a trait opens with,
    named alone, by where from or which one, or after "her", "jej": "Babcia, ok. 85 lat", "Grandma, about
    85", "Koleżanka z pracy, ok. 30 lat, poleciła jej Vinted", "Her colleague from work, about 30"; a
    parent's word, or another with whose it is, is the persona's role: "Mama, ok. 35 lat", "Babcia trojga
    wnuków, ok. 65 lat", "Grandma of three, about 65", "Żona rolnika, ok. 45 lat"). A range with no
    "lat" or "years" is an age after a person and "is", "jest", "ma" ("She is 50-55 and values
    quality") or in a clause of its own after an opener that names a person ("Woman, 45-55, lives in a
    big city", "Kobieta, 45-55, mieszka w dużym mieście"); never a price, a time, a count, a percentage,
    a date or a stage number ("45-55 zł", "$45-55", "9-17", "45-55 invoices a month", "45-55%").

    What makes a trait specific: concrete detail of one of the kinds below keeps a trait from being
    reported. Detail may stand inside the phrase, where its pattern leaves room for a few words:
    "reads Trustpilot reviews", "willing to pay 20% more"; words that only stress ("naprawdę",
    "really") are no detail there.

    A number, in digits or a count from two to twelve in words: "w trzech sklepach", "three brands".
    Not an age, an idiom such as "dwie lewe ręce", a guess such as "two or three", a number that
    only stresses the phrase beside it such as "w 100%", "24/7", "10/10", "na 5 gwiazdek" or "(top
    1)" ("Dba o zdrowie 24/7"; not "apteka otwarta 24/7", "hotele na 5 gwiazdek"), one that compares
    the person with everyone else ("Dba o zdrowie 3 razy bardziej niż inni", "3 times more than
    others"; not "3 razy bardziej niż mąż, który pali"), a year that only sets the trait in time,
    beside the phrase at the trait's end or start ("Ceni jakość w 2026 roku", "Values quality in
    2026"; not a dated event of the person's own, "Dba o zdrowie, w 2024 roku przebiegła
    półmaraton", nor "od 2019 roku", "since 2019"), or a label of the trait's source such as
    "(Respondent 3)", "(wywiad 2)", "(INT-07)", "(W03)", "(wywiad INT-07)" or "[1]", also two back
    to back, "[INT-07] (R12)", or one before a colon that opens the trait, "W03: Ceni jakość",
    "INT-07: …". A label's letters, "INT", are no words of detail either, and a label no more
    rescues a trait of generic words: "Lubi ładne rzeczy [INT-07]" cites a source and is as generic
    as without it.

    A frequency: "raz w tygodniu", "w każdą sobotę", "twice a year"; one that says no more than
    every day, such as "codziennie" or "every morning", only beside a behaviour in the trait's own
    words: "codziennie jeździ rowerem do pracy".

    A named place, brand or channel. Not a nationality, a holiday, a sales day or a family member:
    "German", "Christmas", "Black Friday", "Mum"; nor a weekday after "on", one day as "w piątek"
    and "w niedzielę" are: "Likes deals on Friday", while a habit is a frequency, "on Fridays", "w
    piątki", "w niedziele", "w soboty"; nor a Roman numeral: "XXI wieku"; nor a channel beside a
    generation's label, its stereotype: "As a Gen Z, he … lives on TikTok", "Jako milenials żyje na
    TikToku", while what the person does there, how often, still counts.

    A person's name is no place or brand: not the persona's own `name` or first name (but a shop it
    opens with is: "Boots" of "Boots Betty"), a name after "pani" or "Mrs" before the phrase or
    beside a reporting verb, a speaker beside "mówi", "says", "według" or "каже" ("Olena Kowalenko
    mówi, że…"; after the verb only a given name, and after "uważa", "thinks" or "mentions" only the
    one who spoke: in Polish a title or given name in the nominative, "uważa pani Halina z apteki",
    "uważa Halina (wywiad 3)", in English a name no verb follows, "thinks Mrs Patel from the
    pharmacy", not even after where the person is from: "thinks Mrs Patel from the pharmacy is the
    expert" is whom she trusts (after "mentions", a given name alone only before the end or a label:
    "mentions Olena from the herbal shop" is whom she mentions); "uważa Tołpę za najlepszą", "thinks
    Cerave is worth it" name a brand, "uważa panią Halinę za najlepszą farmaceutkę", "thinks Olena
    is the best pharmacist" whom she trusts), nor a given name before the phrase or in brackets
    ("Według notatek Olena dba o zdrowie"). A name after the phrase says whose or who, and is
    detail: "Cares about Hanna's health", "chodzi do pani Haliny z apteki".

    Where the person shops, reads or follows: a shop's web address after "na", "z", "on" or "from",
    with or without "www." ("zamawia na www.doz.pl", "czyta opinie na znanylekarz.pl", "reads
    reviews on which.co.uk"; not one cited as a source: "(źródło: opineo.pl)"); an account's handle
    ("@maffashion_official", "follows trends through @sincerelyjules"); a brand the lexicons know
    after a sentence's first word, with a capital or without, even where a phrase's stem would take
    it ("Porównuje ceny w Ceneo", "…w ceneo": `cen*` is the prices, "Ceneo" the place).

    A reason in a clause of its own, in two or more words of the author's own after "bo",
    "ponieważ", "gdyż" or "because": "Ma mało czasu, bo opiekuje się mamą po udarze", "Has little
    time because she cares for her mother after a stroke"; not "bo jest zabiegana", "because she is
    busy". Also a clause of its own (a name is told by its capital; in a trait whose every word is
    capitalised, only a word that is not a common one counts as a name).

    What the phrase is about, named right after it in two or more words of its own: "zwraca uwagę na
    ceny kształtek miedzianych", "pays attention to prices of copper fittings" (not "ceny paliwa",
    "prices of products", "zdrowie psychiczne i fizyczne"). After goods ("tanie leki", "regularnie
    kupuje leki"), what they are for, in one word and after a comma too: "Kupuje tanie leki na
    nadciśnienie", "Regularnie kupuje leki, na nadciśnienie", "od kaszlu", or in Polish in an
    adjective right after them: "Często kupuje leki przeciwbólowe", "leki nasenne" (not "leki
    skuteczne"; not "na co dzień", "na zdrowie", "na zapas", nor an idiom of how or when: "na ogół",
    "na razie", "na własną rękę").

    References are no detail: the document's own source ids ("(wywiady-2026-10)", "(źródło: wywiady
    2026-10)"; one that is a plain word, such as "trustpilot", only where it stands as a label: in
    brackets, after "źródło:" or at the end) and other links ("https://…"), whatever they hold.

    Denials: a denial right before a run of words that is generic only together ("nie", "not",
    "never", "doesn't", "don't", "didn't") makes the trait a fact of what the person does not do:
    "Nie korzysta z bankowości mobilnej", "Doesn't use mobile banking", "Never waits in line" are
    not reported, while "Korzysta z bankowości mobilnej", "Uses mobile banking" are, and so is "Nie
    lubi czekać w kolejce", whose denial is of the liking. A denied phrase of the lexicons is
    reported still ("Doesn't use social media"), and so is a clause of generic words beside the
    denied run ("Doesn't use mobile banking and likes nice things", "Nie korzysta z bankowości
    mobilnej, stoi w kolejce"): only the run is a fact. Two denials are facts whole: digital
    exclusion, the internet or a device denied ("Nie korzysta z internetu", "Nie używa smartfona",
    "Doesn't use the internet": which channel is left is what a service decides on; "Nie korzysta z
    nowych technologii" is reported), and, in a negative persona, not living in the place ("Nie jest
    mieszkańcem miasta", "Nie mieszka w mieście": not eligible; "Nie mieszka w dużym mieście" is
    reported).

    A negative persona's triggers: in `purchase_triggers` and `abandon_triggers`, a trait whose only
    phrases are an offer's terms (price, deals, delivery, returns: "Wyprzedaż z darmowymi zwrotami",
    "Darmowa dostawa", "A clearance sale with free returns") is what makes this person buy or give
    up, the answer the method asks for, and is not reported; other phrases there are.

    The summary and the quote: the `summary` is read as one trait (one finding, on its first phrase;
    detail anywhere in it rescues it, but not the persona's own age range or approximate age, which
    stays a segment's beside a city or a count: "Ma ok. 35 lat, mieszka w Warszawie", "A 35-ish mum of
    two"; not a relative's, a thing's or a group's: "Opiekuje się mamą, ok. 80-letnią", "Kupiła ok.
    15-letnie auto", "Teaches teenagers aged 15-18"; counted in `vague-share` when it is generic, see
    below): "Kobieta z dużego miasta, 30-40 lat, dba o zdrowie" is the pseudo-profile itself. The
    `quote` is read so too, with advice of its own: a quote is a sentence one customer said in the
    research, and a generic one ("Dla mnie liczy się jakość i dobra obsługa.", "I want a brand that
    understands me.") is a sign it was invented.

    Whose age the summary gives: a relative or an acquaintance the summary opens with, named alone,
    is the persona, and the age hers: "Babcia, ok. 70 lat, płaci za leki w DOZ aplikacją", "Grandma,
    about 70, pays for her prescriptions at Boots", "Dziadek – około 80 lat, płaci kartą" (a dash as a
    comma), unless a possessive, or a pronoun in the clause after the age that stands for the persona,
    says whose: "Jej babcia, ok. 85 lat", "Koleżanka z pracy, ok. 30 lat, poleciła jej Vinted",
    "Babcia, ok. 85 lat, mieszka z nią", "Her colleague, about 30", "A friend from work, about 30, got
    her into parkrun", "A colleague, about 30, recommended her Vinted" (a possessive that opens that
    clause is the opener's: "Babcia, ok. 70 lat, jej wnuk zainstalował aplikację"). So is a job title or
    a relative named with where from ("Księgowa z Lublina, ok. 50 lat", "Accountant from Leeds, about
    50"), and a bare range after the persona's own name is its age ("Anna, 45-55, lives in Leeds" of
    Anna Kowalska; not after another capitalised word, which may be a place: "Leeds, 45-55"). In a
    trait such an opening is someone else's, as above.

    The stated age: where `demographics.age` is set, an age range or an approximate age in a trait or
    the summary more than ten years from every age it allows is someone else's, and not reported
    ("Klient, ok. 60 lat" or "Her regular courier is about 50" in a trait of a persona aged 34),
    unless the text opens by saying it is the persona's ("Ma ok. 60 lat", "She is about 60", "Wiek:
    45-55 lat") or it is the age of the person the summary opens with, named alone, who is the persona
    ("Kobieta, ok. 50 lat, mieszka w Lublinie", "Babcia, ok. 70 lat, płaci za leki w DOZ aplikacją";
    not "Trenerka seniorów, 60-70 lat"): it contradicts the stated age, and is reported.  A nearer one is read as the text reads
    it (a husband's or a sister's age is near the persona's too), and the persona's is still a range:
    where `demographics.age` gives one age, the finding says to write that age ("and demographics.age
    already gives 34: write that age here, or leave the age to demographics.age") instead of asking
    for one.

    The segment's figures: a trait that opens with a share of a group of people ("78% klientów
    takich jak on płaci BLIKiem", "Aż 64% Polaków…", "7 na 10 klientek wraca…", "9 out of 10
    users…", the research's own people too: "72% ankietowanych…", "64% rozmówców…", "7 of 12
    interviewees…") is reported whatever else it says: it is the segment's figure, not a trait of
    this person, and without a source an assumption (a trait that cites its `sources` is told to
    keep the figure in that research; the person's own numbers are detail: "płaci BLIKiem 3 razy w
    tygodniu", "obsługuje 40% klientów firmy", "60% of his clients are builders").

    So is an average count with a fraction ("Odwiedza oddział średnio 1,3 razy w roku", "1.3 times a
    year on average", "średnio 1,5 wizyty", "averages 1.5 visits"; not "średnio 3 razy w miesiącu",
    nor one the trait says comes from the person's own records, such as their account, order history
    or loyalty card, or that names their shop, in brackets too: "Zamawia kawę z palarni Java w
    Krakowie średnio 2,5 raza w miesiącu, według historii jego konta", "Orders from Square Mile
    Roasters 2.5 times a month on average", "(z palarni Java)"; a research source leaves it the
    segment's: "(badanie Gemius 2025)", "(Mintel 2025)"), and a number or frequency beside a
    stand-in for the segment that nothing else of the person's own rescues (the name of the research
    it comes from is not the person's: "Wydaje miesięcznie ok. 500 zł na ubrania, jak większość
    klientek", "Like most students, spends £200 a month", "…, the average for the segment", "Like
    most customers, spends £200 a month (Mintel 2025)"; not "Like most customers, she orders from
    Ocado every Sunday", nor a figure compared with the segment: "o 20% więcej niż średnia dla
    segmentu", "cztery razy tyle co średnia dla segmentu", "Spends £1,200 a year, four times the
    average for the segment", "The average for the segment is £300 a year; he spends £1,200").

    Demographics, one finding each: a `demographics.age` range wider than `max-age-span` years; a
    `demographics.location` that is a category ("duże miasto", "suburbs", "wieś") or only a country
    or a region ("Polska", "Wielkopolska", "Europa Środkowa", "the Midlands") rather than a place (a
    city named beside it makes it one: "Poznań, Wielkopolska", "Wieś pod Poznaniem"); a
    `demographics.income` that is a judgement ("średnie", "above average") without a figure, or says
    only that it comes from benefits ("On benefits", "Na zasiłku"; not "Universal Credit only", "Zasiłek
    stały z MOPS"), or is a figure without a currency ("ok. 5 tys.", "Around 2,000 a month"; not "9 000 zł
    netto", whose period the country's custom tells); a generic `demographics.occupation`, or one
    that is only a job title naming no trade
    ("Manager", "Kierownik", "Prezes", "Specjalista w firmie", "Employee", "Self-employed",
    "Samozatrudniona"; not "Marketing manager", "Kierowniczka sklepu", "Specjalistka ds. zakupów",
    "Self-employed plasterer"); a `demographics.household` that names only a
    kind of household and nobody in it ("Rodzina z dziećmi", "Para bez dzieci", "Family with kids",
    "Married"; not "Married, two sons aged 12 and 15", "Mieszka z mężem"); a
    `demographics.education` that names only a level ("Wyższe", "Średnie", "University degree",
    "Master's"; not "Magister farmacji, UM Lublin", "BA in English Literature").

    The persona as a whole: when more than `vague-share` of a persona's traits (and at least four)
    are vague, one more finding on its `name` says the persona as a whole describes a segment on
    paper. A generic `summary` counts as one more vague trait there ("Ma ok. 35 lat, mieszka w
    Warszawie, interesuje się modą" beside three generic traits makes four of four): the summary
    is where a pseudo-profile is usually written. A specific or missing summary is not counted, so
    it neither hides generic traits nor tips a persona over the share. A summary reported only for the
    persona's age is generic, and counted, only when nothing it says beyond the persona's demographics
    is specific: its age, where it lives, whom it lives with, a word such as "Kobieta" or its name set
    aside, the rest is generic or nothing ("Mama dwójki dzieci, ok. 35 lat, mieszka w Gdyni", "About
    35, lives in London, interested in fashion"); "Ola, ok. 35 lat, prowadzi sklep z ceramiką na Etsy i
    traci klientów przy wysyłce za granicę" or "Jane is around 40 and runs a café in Headingley" is
    reported for its age and not counted.

    The message: Polish and English are both checked in every document, on inflected Polish forms
    too ("dbającej o swoje zdrowie", "w dużym mieście"). The finding sits on the trait's line (in a
    trait written over several lines, on the phrase itself), quotes what matched (with the Polish
    "nie" before it, whose case the phrase takes: "Nie ceni jakości", not "ceni jakości") and says what to
    write instead, with examples in the document's language (a phrase both lexicons hold, such as
    "work-life balance", is shown the examples of the document's); in a negative persona a denied
    phrase ("Nie dba o zdrowie") is asked why the person is not one you design for. Add your own
    phrases with `extend` and exempt phrases with `allow`; negative-without-reasons (CX202) reads
    them too when it asks whether a negative persona's reasons are generic.

    Why: pseudo-profiling.  A client "from a big city, cares about health,
    30-40, values quality" looks described, yet the description fits a
    gym-loving bachelor as well as a vegetarian yogi mother of two, and it
    helps choose no channel; real findings get lost among such filler.
    Cooper's personas are specific people, and the Persona Perception Scale
    asks whether a persona feels complete and credible: only detail that could
    be true of this person and not of everyone makes it so.

    Bad:
        kind: persona
        id: ola-runner
        name: Ola Nowak
        demographics:
          age: 25-45
          location: duże miasto
        goals:
          - Dba o swoje zdrowie
          - Ceni wysoką jakość
        behaviours:
          - Values quality

    Good:
        kind: persona
        id: ola-runner
        name: Ola Nowak
        demographics:
          age: 34
          location: Warszawa, Mokotów
        goals:
          - Przebiec półmaraton w Poznaniu w październiku
          - Dba o zdrowie kręgosłupa, co 45 minut wstaje od biurka
        behaviours:
          - Values quality over price, returned two £35 kettles and bought a £160 Moccamaster

    Bad (en):
        kind: persona
        id: hannah-night-nurse
        name: Hannah Reid
        demographics:
          age: 25-45
          location: big city
        goals:
          - Cares about her health
          - Values high quality

    Good (en):
        kind: persona
        id: hannah-night-nurse
        name: Hannah Reid
        demographics:
          age: 34
          location: Leeds, Headingley
        goals:
          - Run the Leeds half marathon in May without her knee flaring up
          - Batch-cooks on Sundays so night shifts don't end in vending-machine dinners
    """

    code = "CX101"
    name = "pseudo-profiling"
    severity = Severity.warning
    scope = "document"
    kinds = ("persona", "negative-persona")
    # What the summary, the quote and the demographics say is judged value by value: a bad `age` leaves
    # the traits to be read.  A generic summary also counts in the share of generic traits, as one more
    # generic one; left out, it takes one from both sides of the share, which can only fall (or stay at
    # 100%), so no finding comes of its absence, though the name's finding then counts the traits alone.
    missing_is_quiet = frozenset(("summary", "quote", "demographics"))

    class Options(RuleOptions):
        max_age_span: int = Field(
            5, alias="max-age-span", ge=0, le=120,
            description="Widest demographics.age range, in years (0 to 120), that is not reported (a team whose "
            'research reports ages in 10-year bands such as "25-34" sets 9).',
        )
        vague_share: float = Field(
            0.5, alias="vague-share", ge=0, le=1,
            description="Share of vague traits (0 to 1) above which the whole persona is reported (with at least 4 traits).",
        )
        extend: list[str] = Field(
            default_factory=list,
            description='Your own vague phrases, in the lexicon syntax: stems with *, alternatives with | '
            '("eko*", "premium|luksus*").',
        )
        allow: list[str] = Field(
            default_factory=list,
            description="Phrases never reported, in the same syntax, even when a lexicon or `extend` matches them.",
        )

        @field_validator("extend", "allow")
        @classmethod
        def _compiles(cls, phrases: list[str]) -> list[str]:
            for phrase in phrases:
                try:
                    never = unmatchable(phrase)
                except LexiconError as exc:
                    raise LexiconError(str(exc), exc.pl) from None  # its Polish twin kept for a Polish workspace
                if never is not None:  # compiles, and would silently match nothing
                    raise LexiconError(*never)
            return phrases

    def prepare(self) -> None:
        self._matcher()  # load the lexicons once, before worker processes fork (phrase patterns compile on first use)
        compile_patterns()  # and the patterns every persona's check may use
        compile_all(globals())  # and this module's own lazy ones (a B2B persona's, the runs of generic words)

    def _matcher(self) -> Matcher:
        opts = self.options
        return matcher(tuple(opts.extend), tuple(opts.allow), self.polish)  # type: ignore[attr-defined]

    def check(self, doc: "Document") -> Iterable[Hit]:
        m = self._matcher()
        own = _own_words(doc.model)
        total = vague = silenced = 0
        silencer: tuple[int, int] | None = None
        words = doc.reads_words
        analyse = _analyser(m, words, doc.lang)
        segment_statistic = m.segment_statistic if words else _no_statistic
        lang, negative = _lang(doc), doc.kind == "negative-persona"
        stated = _stated_age(doc.model)
        single = stated[0] if stated is not None and stated[0] == stated[1] else None
        name = doc.model.name if isinstance(getattr(doc.model, "name", None), str) else ""
        for path, text, sources in doc.traits():
            total += 1
            verdict = _not_others(analyse(text, own), stated, text, name)
            if verdict.vague and words and _denied_fact(m, text, verdict, negative):
                continue  # a fact, counted as a trait that is not vague
            if verdict.vague and negative and path[0] in _TRIGGERS and _offer_terms(verdict):
                continue  # "Darmowa dostawa" is what makes this person buy or leave: the answer, not filler
            statistic = None if verdict.vague else segment_statistic(text)
            stand_in = statistic is None and isinstance(verdict.rescue, SegmentFigure)
            if stand_in:
                statistic = verdict.rescue.phrase  # type: ignore[union-attr]
            if verdict.vague or statistic is not None:
                at = _text_path(doc.data, path)
                if statistic is not None:
                    hit = doc.hit(at, statistic_message(statistic, lang, stand_in, sources),
                                  offset=_offset_in(doc.data, at, text, text.find(statistic)),
                                  pl=statistic_message_pl(statistic, lang, stand_in, sources) if self.polish else None)
                else:
                    # In a value written over several lines (a `|` or `>` block, a plain or quoted value
                    # folded over lines), at the first generic phrase: its line and column.
                    denied = negative and words and _denied(m, text, verdict)
                    whole = whole_phrases(verdict, text)
                    b2b = _b2b(doc, text)
                    hit = doc.hit(at, trait_message(whole, lang, denied, single, text, b2b),
                                  offset=_offset_in(doc.data, at, text, verdict.matches[0].start),
                                  pl=trait_message_pl(whole, lang, denied, single, text, b2b) if self.polish else None)
                by = doc.silenced(self.name, hit.line)
                if by is None:
                    vague += 1
                else:
                    silenced += 1  # one the author silenced they stand by: not counted as generic below
                    silencer = silencer or by
                yield hit
        summary = getattr(doc.model, "summary", None)
        summarised = False  # the summary is generic, and counted below
        if isinstance(summary, str) and summary.strip():
            # Read as a summary: a relative it opens with is the persona unless it says whose ("Babcia, ok. 70
            # lat, płaci za leki w DOZ aplikacją"); an age far from `demographics.age` is someone else's.
            verdict = _not_others(analyse(summary, own, summary=True), stated, summary, name, summary=True)
            counts = True  # a generic summary counts in the share of generic traits
            if not verdict.vague and verdict.matches:
                # The summary is where a persona's age is said: a range or an approximate one stays a
                # segment's however specific the rest ("Ma ok. 35 lat, mieszka w Warszawie").
                ages = tuple(p for p in verdict.matches if p.entry is AGE_ENTRY and _own_age(summary, p.start, name))
                if ages:
                    # Reported for the age, counted below only when nothing beyond the persona's demographics
                    # is specific: a pseudo-profile is a summary made only of generic traits.
                    counts = _nothing_beyond_demographics(analyse, summary, ages, name, own)
                    verdict = Verdict(ages)
            if verdict.vague:
                offset = _offset_in(doc.data, ("summary",), summary, verdict.matches[0].start)
                whole = whole_phrases(verdict, summary)
                b2b = _b2b(doc, summary)
                hit = doc.hit(("summary",), f"summary: {trait_message(whole, lang, stated=single, text=summary, b2b=b2b)}",
                              offset=offset,
                              pl=f"summary: {trait_message_pl(whole, lang, stated=single, text=summary, b2b=b2b)}"
                              if self.polish else None)
                # A generic summary is one more vague trait of the persona as a whole (a specific one is
                # not counted: it would hide generic traits, and a summary left out would tip the share).
                if counts:
                    summarised = True
                    total += 1
                    by = doc.silenced(self.name, hit.line)
                    if by is None:
                        vague += 1
                    else:
                        silenced += 1
                        silencer = silencer or by
                yield hit
        quote = getattr(doc.model, "quote", None)
        if isinstance(quote, str) and quote.strip():
            verdict = analyse(quote, own)
            if verdict.vague:
                offset = _offset_in(doc.data, ("quote",), quote, verdict.matches[0].start)
                yield doc.hit(("quote",), quote_message(verdict, _lang(doc)), offset=offset,
                              pl=quote_message_pl(verdict, _lang(doc)) if self.polish else None)
        yield from self._demographics(doc, m, own, analyse)
        share = self.options.vague_share  # type: ignore[attr-defined]
        if total >= MIN_TRAITS and (vague + silenced) / total > share:
            over = vague / total > share  # over the share without the silenced traits too
            n = vague if over else vague + silenced
            hit = doc.hit(
                ("name",),
                f"{n} of {total} traits{' (the summary among them)' if summarised else ''} are generic "
                f"({n / total:.0%}, more than vague-share {share:.0%}): the "
                "persona describes a segment on paper, not a person; rewrite the traits as observed behaviours "
                "from the research",
                pl=f"{n} {out_of(total)} cech{' (wliczając summary)' if summarised else ''} "
                   f"{plural(n, 'jest ogólnikowa', 'są ogólnikowe', 'jest ogólnikowych')} "
                   f"({n / total:.0%}, więcej niż vague-share {share:.0%}): persona opisuje segment na papierze, "
                   "a nie osobę; przepisz cechy jako zachowania zaobserwowane w badaniach" if self.polish else None,
            )
            if not over and silencer is not None:
                # Over the share only with the traits the author silenced: silenced with them, so that
                # review lists it as suppressed, not as fixed.
                doc.silence_as(self.name, hit.line, silencer)
            yield hit

    def _demographics(self, doc: "Document", m: Matcher, own: DocumentWords, analyse: Any) -> Iterable[Hit]:
        demo = getattr(doc.model, "demographics", None)
        if demo is None:
            return
        words = doc.reads_words
        span = parse_age(demo.age) if demo.age is not None else None
        limit = self.options.max_age_span  # type: ignore[attr-defined]
        if span is not None and span[1] - span[0] > limit:
            low, high = span
            what = f"is open-ended ({low} and over)" if high >= 120 else f"spans {high - low} years"
            co = (f"nie ma górnej granicy ({low} i więcej)" if high >= 120
                  else f"obejmuje {counted(high - low, 'rok', 'lata', 'lat')}")
            # A closed range may be the band the research reports ages in (ONS's "25-34"): the setting that
            # keeps such bands is named, with the span this one needs.
            bands = (f'; a team whose research reports ages in bands keeps them with max-age-span = {high - low} '
                     "under [rules.pseudo-profiling] in cxkit.toml") if high < 120 else ""
            przedzialy = (f"; zespół, którego badania podają wiek w przedziałach, zachowa je, wpisując max-age-span = "
                          f"{high - low} w [rules.pseudo-profiling] w cxkit.toml") if high < 120 else ""
            yield doc.hit(
                ("demographics", "age"),
                f'age "{demo.age}" {what}, more than max-age-span {limit}: a persona is one person; '
                f"give one age, or a range of at most {limit} years{bands}",
                pl=f"`age` {quote_pl(str(demo.age))} {co}, więcej niż max-age-span {limit}: persona to jedna osoba; "
                   f"podaj jeden wiek albo przedział najwyżej {counted(limit, 'roku', 'lat', 'lat')}{przedzialy}"
                if self.polish else None,
            )
        if isinstance(demo.location, str) and demo.location.strip():
            categories = m.location_category(demo.location)
            if categories:  # quoted whole: "miasto powyżej 500 tys. mieszkańców", not "miasto powyżej 500"
                categories = whole_phrases(Verdict(tuple(categories)), demo.location).matches
            if categories:
                # The category itself is named, not the verb that leads to it: "dużym mieście" of "Mieszka w
                # dużym mieście", as "big city" of "Lives in a big city".
                named = [_LIVES_IN.sub("", c.text, count=1) or c.text for c in categories]
                place = _PLACE_EXAMPLE[_lang(doc)]
                yield doc.hit(
                    ("demographics", "location"),
                    f'location "{demo.location.strip()}" is a category ({_quote(named)}), '
                    f'not a place: name the city, and the district if it matters (e.g. "{place}")',
                    pl=f"`location` {quote_pl(demo.location.strip())} to kategoria ({quoted_pl(named)}), "
                       f"a nie miejsce: podaj miasto, a jeśli to ważne, także dzielnicę (np. {quote_pl(place)})"
                    if self.polish else None,
                )
        if isinstance(demo.income, str) and (words or doc.lang in _INCOME_LANGS):
            judgement = m.vague_income(demo.income)
            if judgement:
                figure = _INCOME_EXAMPLE[_lang(doc)]
                yield doc.hit(
                    ("demographics", "income"),
                    f'income "{demo.income.strip()}" is a judgement, not a figure: give a net '
                    f'amount or range with currency and period (e.g. "{figure}")',
                    pl=f"`income` {quote_pl(demo.income.strip())} to ocena, a nie kwota: podaj kwotę lub przedział netto "
                       f"z walutą i okresem (np. {quote_pl(figure)})"
                    if self.polish else None,
                )
            elif m.benefits_income(demo.income):
                example = _BENEFITS_EXAMPLE[_lang(doc)]
                yield doc.hit(
                    ("demographics", "income"),
                    f'income "{demo.income.strip()}" names no benefit and no amount: say which benefits and how '
                    f'much a month (e.g. "{example}")',
                    pl=f"`income` {quote_pl(demo.income.strip())} nie mówi, jakie to świadczenia ani ile wynoszą: "
                       f"napisz, które świadczenia i ile miesięcznie (np. {quote_pl(example)})" if self.polish else None,
                )
            elif doc.lang in ("pl", "en") and (lacks := _income_lacks(demo.income)) is not None:
                yield _income_without_unit(doc, demo.income.strip(), lacks, self.polish)
        for field in _FREE_TEXT_DEMOGRAPHICS:
            value = getattr(demo, field, None)
            if isinstance(value, str) and value.strip():
                verdict = analyse(value, own)
                # A job title alone gets the advice of one, also where its words are generic ones
                # ("Przedsiębiorca", "Freelancer", "Właścicielka firmy"): what to write is the trade. A phrase
                # of the lexicons beside it ("Pracownik w dużej firmie") is what the finding names.
                phrased = verdict.vague and any(p.entry is not GENERIC_ENTRY for p in verdict.matches)
                if field == "occupation" and words and not phrased and m.bare_job_title(value):
                    yield doc.hit(
                        ("demographics", field),
                        f'occupation "{value.strip()}" is a job title that names no trade: say of what '
                        f'and where (e.g. "{_OCCUPATION_EXAMPLE[_lang(doc)]}")',
                        pl=f"`occupation` {quote_pl(value.strip())} to nazwa stanowiska, z której nie wynika branża: napisz, "
                           f"czym ta osoba się zajmuje i gdzie (np. {quote_pl(_OCCUPATION_EXAMPLE[_lang(doc)])})"
                        if self.polish else None,
                    )
                    continue
                if verdict.vague:
                    whole = whole_phrases(verdict, value)
                    yield doc.hit(("demographics", field),
                                  _field_said(field, trait_message(whole, _lang(doc), text=value)),
                                  pl=_field_said_pl(field, trait_message_pl(whole, _lang(doc), text=value))
                                  if self.polish else None)
        if isinstance(demo.household, str) and words and m.household_category(demo.household):
            yield doc.hit(
                ("demographics", "household"),
                f'household "{demo.household.strip()}" is a kind of household, not who lives in it: say who, '
                f'with ages where they matter (e.g. "{_HOUSEHOLD_EXAMPLE[_lang(doc)]}"), or leave the field out',
                pl=f"`household` {quote_pl(demo.household.strip())} to rodzaj gospodarstwa domowego, a nie jego skład: "
                   "napisz, kto w nim mieszka, z wiekiem tam, gdzie ma znaczenie "
                   f"(np. {quote_pl(_HOUSEHOLD_EXAMPLE[_lang(doc)])}), albo usuń to pole" if self.polish else None,
            )
        if isinstance(demo.education, str) and words and m.education_level(demo.education):
            yield doc.hit(
                ("demographics", "education"),
                f'education "{demo.education.strip()}" names only a level: say what and where, if it matters '
                f'for this persona (e.g. "{_EDUCATION_EXAMPLE[_lang(doc)]}"), or leave the field out',
                pl=f"`education` {quote_pl(demo.education.strip())} podaje tylko poziom: napisz, jaka szkoła lub kierunek "
                   f"i gdzie, jeśli ma to znaczenie dla tej persony (np. {quote_pl(_EDUCATION_EXAMPLE[_lang(doc)])}), "
                   "albo usuń to pole" if self.polish else None,
            )


#: Besides Polish and English, the languages whose judgements of income the lexicons hold ("вище середнього").
_INCOME_LANGS = frozenset(("uk", "ru"))


def _no_statistic(text: str) -> None:
    """No segment's figure: its wording is read in Polish and English only."""
    return None


#: Languages that write every noun with a capital: there a capital does not tell a name ("Einkauf").
_CAPITALISED_NOUNS = frozenset(("de", "lb"))


def _analyser(m: Matcher, words: bool, lang: str) -> Any:
    """How the rule reads one text of a document: ``m.analyse``; in a language whose words cxkit does not
    read, for the user's own `extend` phrases (and vague ages) only, the word lists left out: what else a
    trait says cannot be told detail or filler there, so only a number beside the phrase makes it specific;
    in one that capitalises nouns, in lower case, so that a noun is not taken for a name."""
    lower = lang in _CAPITALISED_NOUNS

    def analyse(text: str, own: DocumentWords, summary: bool = False) -> Verdict:
        written = text
        if lower and len(folded := text.lower()) == len(text):
            text = folded
        verdict = m.analyse(text, own, summary)
        if not verdict.matches:
            return verdict
        kept = verdict.matches
        if not words:
            kept = tuple(p for p in kept if p.entry is CUSTOM_ENTRY or p.entry is AGE_ENTRY)
            if not kept:
                return Verdict()
            verdict = Verdict(kept, verdict.rescue if _DIGIT.search(text) else None)
        if text is not written:  # the phrases as written, capitals and all
            verdict = Verdict(tuple(replace(p, text=written[p.start:p.end]) for p in verdict.matches), verdict.rescue)
        return verdict

    return analyse if lower or not words else m.analyse


_DIGIT = re.compile(r"\d")


#: Examples of a household and an education that say who and what, in the document's language.
_HOUSEHOLD_EXAMPLE = {"pl": "mąż i dwóch synów, 12 i 15 lat", "en": "lives with her partner, a night-shift nurse"}
_OCCUPATION_EXAMPLE = {"pl": "Kierowniczka apteki w Lublinie", "en": "Marketing manager at a Leeds builders' merchant"}
#: A place, in the document's language: an English persona is shown no Kraków (its income no złoty:
#: :data:`_INCOME_EXAMPLE`).
_PLACE_EXAMPLE = {"pl": "Kraków, Podgórze", "en": "Leeds, Headingley"}
#: An income from benefits that says which and how much, in the document's language.
_BENEFITS_EXAMPLE = {"pl": "zasiłek stały z MOPS, 1 100 zł miesięcznie",
                     "en": "Universal Credit, £620 a month with the housing element"}
_EDUCATION_EXAMPLE = {"pl": "technik farmaceutyczny, Lublin 2008", "en": "BSc Nursing, University of Leeds"}

#: A figure in an income: a digit no letter stands right before ("B2B, faktura" has none).
_FIGURE = re.compile(r"(?<![^\W\d_])\d")
#: Figures in an income that are no amount of money: a share ("Top 10% of earners"), hours or a part of a full-time
#: job ("Minimum wage, 16 hours a week", "20 godz. tygodniowo", "1,5 etatu"), a pay band or grade whose published
#: scale says the amount ("NHS Band 5", "Grade 7 civil servant", "grupa zaszeregowania 12"), and a benefit named
#: by its amount ("800+ na dwoje dzieci", "500 plus").
_NOT_AN_AMOUNT = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:%|proc\b|procent\w*|per\s*cent\b|percent\b|hours?\b|hrs?\b|h\b|godz\w*|etat\w*)"
    r"|(?<![^\W\d_])(?:band|grade|pay\s+point|spine\s+point|scp|zaszeregowania|stopień|stopnia)\s*\d+"
    r"|(?<![^\W\d_\+])[358]00\s*(?:\+|plus\b)", re.I)
#: A currency in an income: a sign, a code or a word ("zł", "PLN", "złotych", "£", "GBP", "pounds", "€", "$").
_CURRENCY = re.compile(r"[£€$₴₽¥₹₺₩₪₫฿₦₱₸₼₾]|(?<![^\W\d_])(?:грн|гривн|гривен|руб)|(?<![^\W\d_])(?:zł|zl|pln|złot|zlot|gr|grosz|"
                       r"eur|euro|gbp|pound|quid|usd|dollar|chf|czk|kč|kc|uah|nok|sek|dkk|huf|kr|ron|lei|bgn|jpy|yen|cny|"
                       r"rmb|inr|cad|aud|nzd)(?![^\W\d_])|"
                       r"(?<![^\W\d_])(?:złot|zlot|pound|dollar|euro)", re.I)
#: A period in an income ("miesięcznie", "mies.", "/m-c", "rocznie", "a month", "p.a.", "/yr", "an hour", "/h").
_PERIOD = re.compile(r"(?<![^\W\d_])(?:(?:mies|month|rok|roczn|year|annual|annum|tydz|tygodn|week|godz|hour|dzie|dzień|"
                     r"dnia|daily|day|kwarta|quarter)|(?:m-c|mc|msc|mth|mo|pcm|pm|pa|p\.a|yr|wk|hr|h|r)(?![^\W\d_]))", re.I)


def _income_lacks(income: str) -> tuple[bool, bool] | None:
    """For an income written as a figure (it has a digit) without a currency, (True, whether it lacks a period
    too): "ok. 5 tys." lacks both, "Around 2,000 a month" the currency.  None when it names a currency (a period
    left out, "9 000 zł netto", "£38k", reads as the country's custom: a month in Poland, a year in Britain), or
    is no figure (a judgement, benefits: their own findings), or its only figures are no amount ("NHS Band 5",
    "Top 10% of earners", "Minimum wage, 16 hours a week", "800+ na dziecko": :data:`_NOT_AN_AMOUNT`)."""
    if not _FIGURE.search(_NOT_AN_AMOUNT.sub(" ", income)) or _CURRENCY.search(income) is not None:
        return None
    return True, _PERIOD.search(income) is None


#: A net income with its currency and period, in the document's language.
_INCOME_EXAMPLE = {"pl": "ok. 5 000 zł netto miesięcznie", "en": "£2,400 a month after tax"}


def _income_without_unit(doc: Any, income: str, lacks: tuple[bool, bool], polish: bool) -> Hit:
    """The finding on an income figure without a currency or a period: a number alone compares with nothing,
    neither between personas nor with the prices the persona weighs."""
    _currency, period = lacks
    what = "no currency and no period" if period else "no currency"
    czego = "waluty ani okresu" if period else "waluty"
    example = _INCOME_EXAMPLE["pl" if doc.lang == "pl" else "en"]
    return doc.hit(
        ("demographics", "income"),
        f'income "{income}" gives {what}: write the net amount with its currency and period (e.g. "{example}")',
        pl=f"`income` {quote_pl(income)} nie podaje {czego}: napisz kwotę netto z walutą i okresem (np. "
           f"{quote_pl(example)})" if polish else None,
    )


#: How many years an age said in a trait or the summary may stand from every age `demographics.age` allows
#: and still be the persona's: "ok. 40 lat" of a persona aged 34 is read as the text reads it; "ok. 70
#: lat" is someone else's (a parent's, a grandparent's, a customer's), whatever the text opens with.
OTHERS_AGE_GAP = 10
_AGE_NUMBER = re.compile(r"\d+")
#: A decade said as an age: "her 30s", "in his 40's", "30-stki", "40-stka".
_DECADE = re.compile(r"\d0\s*['’]?s\b|\d0\s*-?\s*st(?:k|e)", re.I)


def _stated_age(model: Any) -> tuple[int, int] | None:
    """The years `demographics.age` allows, (low, high), or None when it gives none that reads."""
    demo = getattr(model, "demographics", None)
    age = getattr(demo, "age", None) if demo is not None else None
    return parse_age(age) if age is not None else None


def _said_years(text: str) -> tuple[int, int] | None:
    """The years an age range or an approximate age said in a text covers ("30-40": 30 to 40, "ok. 35
    lat": 35, "25+": 25 and over, "her 30s": 30 to 39), or None when it names none."""
    numbers = [int(n) for n in _AGE_NUMBER.findall(text) if 10 <= int(n) <= 120]
    if not numbers:
        return None
    low, high = min(numbers), max(numbers)
    if low == high and "+" in text:
        high = 120
    elif low == high and _DECADE.search(text):
        high = low + 9
    return low, high


#: The words that make the age after them the persona's whatever `demographics.age` says, when the text
#: opens with nothing else (or the persona's name): "Ma ok. 35 lat", "Jest około 40-letnia", "She is about
#: 35", "Aged 30-40": then the text contradicts the stated age, and is told what that age is.
_OWN_SUBJECT = frozenset(
    "ma mając mająca mający majaca majacy jest she he is s aged age wiek w wieku of ok około okolo about around"
    .split())


#: One word of a person, then where from: a place's capitalised words after "z", "ze", "from" ("Księgowa z
#: Lublina", "Accountant from Leeds", "Babcia z Nowego Sącza"), before the comma or dash of the age's clause.
_ONE_FROM_PLACE = re.compile(
    r"\s*[^\W\d_]+\s+(?:z|ze|from)\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*(?:[\s-]+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*){0,2}\s*(?:[,–—-]\s*)?")


def _alone_before(text: str, start: int, name: str) -> bool:
    """Whether the summary names the persona alone before the age at ``start``: one word ("Kobieta, ok. 50 lat",
    "Księgowa, ok. 50 lat", "Babcia, ok. 70 lat"), one with where from ("Księgowa z Lublina, ok. 50 lat",
    "Accountant from Leeds, about 50") or only words of a person or an age ("Woman in her 50s", the persona's
    name); not someone else beside ("Opiekunka osób starszych, ok. 80-letnich", "Trenerka seniorów, 60-70 lat",
    "Mama nastolatków, 13-16 lat", "Córka starszej pani, ok. 80 lat", "Koleżanka z pracy, ok. 30 lat"), whose
    age that is."""
    lead = _OWN_AGE_LEAD | {w.casefold() for w in _OWN_AGE_WORD.findall(name)}
    words = [w.casefold() for w in _OWN_AGE_WORD.findall(text, 0, start)]
    return len(words) <= 1 or all(w in lead for w in words) or _ONE_FROM_PLACE.fullmatch(text, 0, start) is not None


def _not_others(verdict: Verdict, stated: tuple[int, int] | None, text: str, name: str,
                summary: bool = False) -> Verdict:
    """``verdict`` without the ages more than :data:`OTHERS_AGE_GAP` years from every age ``stated``
    (`demographics.age`) allows: someone else's ("Klient, ok. 60 lat" in a trait of a persona aged 34),
    unless the text opens by saying the age is the persona's (:data:`_OWN_SUBJECT`: "Ma ok. 70 lat",
    "Wiek: 45-55 lat") or, in the ``summary``, the age is the persona's own in its clause (:func:`_own_age`)
    after the persona named alone (:func:`_alone_before`: "Kobieta, ok. 50 lat, mieszka w Lublinie", "Babcia,
    ok. 70 lat, płaci za leki w DOZ aplikacją"), unless a pronoun in the clause after the age names the persona
    as someone else (:func:`object_after`: "Opiekunka z Caritasu, ok. 60 lat, odwiedza ją"): then the text
    contradicts `demographics.age`, and is reported."""
    if stated is None or not any(p.entry is AGE_ENTRY for p in verdict.matches):
        return verdict
    low, high = stated
    subject = _OWN_SUBJECT | {w.casefold() for w in _OWN_AGE_WORD.findall(name)}
    kept = []
    for p in verdict.matches:
        said = _said_years(p.text) if p.entry is AGE_ENTRY else None
        if (said is not None and max(said[0] - high, low - said[1]) > OTHERS_AGE_GAP
                and not all(w.casefold() in subject for w in _OWN_AGE_WORD.findall(text, 0, p.start))
                and not (summary and _alone_before(text, p.start, name) and _own_age(text, p.start, name)
                         and not object_after(text, p.start))):
            continue
        kept.append(p)
    if len(kept) == len(verdict.matches):
        return verdict
    return Verdict(tuple(kept), verdict.rescue) if kept else Verdict()


def _lang(doc: "Document") -> str:
    return "pl" if doc.lang == "pl" else "en"


def _own_words(model: Any) -> DocumentWords:
    """The persona's own name and its sources' ids: in its traits, no detail."""
    sources = getattr(model, "sources", None) or ()
    return DocumentWords.of(getattr(model, "name", None), [getattr(s, "id", None) for s in sources])


def _offset_in(data: Any, path: tuple[Any, ...], text: str, start: int) -> int | None:
    """Where character ``start`` of the trait ``text`` is in the value written at ``path`` (None: unknown)."""
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    if not isinstance(node, str):
        return None
    if node == text:
        return start
    at = node.find(text)  # the model keeps the text without its outer whitespace
    return at + start if at >= 0 else None


def _text_path(data: Any, path: tuple[Any, ...]) -> tuple[Any, ...]:
    """Point at a trait's `text` when it is written as a mapping, so the finding sits on the text's line."""
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return path
    return path + ("text",) if isinstance(node, dict) else path
