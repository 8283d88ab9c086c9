"""Headings in the language of the document, so a Polish map reads Polish on the wall.

The labels of kinds, reasons and sources assume no sector: a city hall's service and a shop's
checkout are both mapped with cxkit, so a journey is a "ścieżka", not a "ścieżka klienta", and a
negative persona is "not our audience" ("nie nasz odbiorca"), not "not a customer". A negative
persona's triggers keep the words of their fields (`purchase_triggers`: "Would buy if", "Kupi,
jeśli"), so a reader finds on the card what was written in the file; docs/render.md says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

_EN: dict[str, str] = {
    # kinds
    "persona": "persona",
    "negative-persona": "negative persona",
    "journey": "journey",
    "kind.persona.plural": "personas",
    "kind.negative-persona.plural": "negative personas",
    "kind.journey.plural": "journeys",
    # persona fields
    "summary": "Summary",
    "demographics": "Demographics",
    "psychographics": "Psychographics",
    "age": "Age",
    "gender": "Gender",
    "location": "Location",
    "education": "Education",
    "occupation": "Occupation",
    "income": "Income",
    "household": "Household",
    "values": "Values",
    "interests": "Interests",
    "personality": "Personality",
    "lifestyle": "Lifestyle",
    "attitudes": "Attitudes",
    "goals": "Goals",
    "needs": "Needs",
    "pain_points": "Pain points",
    "motivations": "Motivations",
    "behaviours": "Behaviours",
    "channels": "Channels",
    "expectations": "Expectations",
    "quote": "Quote",
    "sources": "Sources",
    "reasons": "Why not our audience",
    "substitutes": "Uses instead",
    "purchase_triggers": "Would buy if",
    "abandon_triggers": "Walks away when",
    "owner": "Owner",
    "reviewed": "Reviewed",  # the folder overview's column
    "not_reviewed": "never reviewed",  # a row of that column
    "reviewed.last": "Reviewed",  # a document's date line: "Reviewed: 2026-11-16"
    "reviewed.never": "never",  # "Reviewed: never", not "Reviewed: never reviewed"
    "no_sources": "No research sources listed: treat this as an assumption.",
    # source table
    "source.id": "Id",
    "source.type": "Type",
    "source.date": "Date",
    "source.n": "n",
    "source.note": "Note",
    "cited_by": "cited",
    # journey fields
    "goal": "Goal",
    "touchpoints": "Touchpoints",
    "doing": "Doing",
    "thinking": "Thinking",
    "feeling": "Feeling",
    "emotion": "Emotion",
    "emotion.number": "Emotion (-2 to +2)",  # the CSV export's row of numbers, to chart the curve
    "barriers": "Barriers",
    "love_points": "Love points",
    "opportunities": "Opportunities",
    "metrics": "Metrics",
    "stage": "Stage",
    "stages": "Stages",
    "curve": "Emotion curve",
    "partial.one": "Selected stage: {numbers} of {total}; the others are left out",
    "partial.many": "Selected stages: {numbers} of {total}; the others are left out",
    "curve_gap": "stages left out",
    "in_full": "In full",  # a Mermaid description's list of the texts its boxes show shortened
    "part": "Stages {numbers} of {total}",
    "part.one": "Stage {numbers} of {total}",
    "stage_link": "Link to this stage",
    "persona_ref": "Persona",
    "other_personas": "Also taking part",
    "due": "due",
    "no_emotion": "no emotion recorded",
    "stage_empty": "nothing recorded for this stage yet",
    "stage_contents": "Recorded",
    # emotion levels
    "emotion.-2": "very negative",
    "emotion.-1": "negative",
    "emotion.0": "neutral",
    "emotion.1": "positive",
    "emotion.2": "very positive",
    # overview
    "overview": "Overview",
    "document": "Document",
    "caption.overview": "Documents in this overview",
    "kind": "Kind",
    "file": "File",
    "traits": "Traits",
    "counts": "Counts",
    "opps": "Opps",
    "against": "Persona and negative persona",
    # The path is not last: "found in ." read as a doubled full stop.
    "empty": "No personas, negative personas or journeys found in {path} (looked for *.yaml and *.yml files).",
    "broken": "Could not be read ({count}), so not shown; fix them, or run cxkit lint to see every problem",
    # source types
    "type.interview": "interview",
    "type.survey": "survey",
    "type.analytics": "analytics",
    "type.focus-group": "focus group",
    "type.sales-data": "sales data",
    "type.support": "support",
    "type.desk-research": "desk research",
    "type.other": "other",
    # opportunity status
    "status.idea": "idea",
    "status.planned": "planned",
    "status.in-progress": "in progress",
    "status.done": "done",
    # a document's `status` (shown only when it is not active)
    "lifecycle": "Status",
    "lifecycle.draft": "draft",
    "lifecycle.active": "active",
    "lifecycle.retired": "retired",
    # the folder overview's count of a kind: "negative personas: 2 (retired: 1)"
    "lifecycle.count": "{list}",
    "lifecycle.count.retired": "retired: {n}",
    "lifecycle.count.draft": "drafts: {n}",
    # fields as `cxkit diff` names them where render shows no heading of their own
    "field.name": "Name",
    "field.kind": "Kind",
    "field.lang": "Language",
    "field.action": "Action",
    "field.due": "Due",
    "field.status": "Status",
    "field.channel": "Channel",
    "field.description": "Description",
    "field.text": "Text",
    "field.link": "Link",
    # an opportunity's `owner`: who will make the change ("owner" heads the owner of the whole map)
    "field.opportunity.owner": "Owner",
}

_PL: dict[str, str] = {
    "persona": "persona",
    "negative-persona": "persona negatywna",
    "journey": "ścieżka",
    "kind.persona.plural": "persony",
    "kind.negative-persona.plural": "persony negatywne",
    "kind.journey.plural": "ścieżki",
    "summary": "Opis",
    "demographics": "Demografia",
    "psychographics": "Psychografia",
    "age": "Wiek",
    "gender": "Płeć",
    "location": "Miejsce",
    "education": "Wykształcenie",
    "occupation": "Zawód",
    "income": "Dochód",
    "household": "Gospodarstwo",
    "values": "Wartości",
    "interests": "Zainteresowania",
    "personality": "Osobowość",
    "lifestyle": "Styl życia",
    "attitudes": "Postawy",
    "goals": "Cele",
    "needs": "Potrzeby",
    "pain_points": "Problemy",
    "motivations": "Motywacje",
    "behaviours": "Zachowania",
    "channels": "Kanały",
    "expectations": "Oczekiwania",
    "quote": "Cytat",
    "sources": "Źródła",
    "reasons": "Dlaczego to nie nasz odbiorca",
    "substitutes": "Czego używa zamiast",
    # Without a gender the neutral form: "Kupiłby" is masculine (see Labels.heading).
    "purchase_triggers": "Kupi, jeśli",
    "purchase_triggers.female": "Kupiłaby, gdyby",
    "purchase_triggers.male": "Kupiłby, gdyby",
    "abandon_triggers": "Rezygnuje, gdy",
    "owner": "Opiekun",
    # The overview's column keeps a short heading, so that ids and paths stay whole at 80 columns;
    # a document's own line says what the date is ("Przegląd: 2026-11-16" read as an inspection).
    "reviewed": "Przegląd",
    "not_reviewed": "bez przeglądu",
    "reviewed.last": "Ostatni przegląd",
    "reviewed.never": "brak",
    "no_sources": "Brak źródeł badawczych: traktuj to jako założenie.",
    "source.id": "Id",
    "source.type": "Rodzaj",
    "source.date": "Data",
    "source.n": "n",
    "source.note": "Uwagi",
    "cited_by": "cytowane",
    "goal": "Cel",
    "touchpoints": "Punkty styku",
    "doing": "Działania",
    "thinking": "Myśli",
    "feeling": "Odczucia",
    "emotion": "Emocje",
    "emotion.number": "Emocje (od -2 do +2)",
    "barriers": "Bariery",
    "love_points": "Zachwyty",
    "opportunities": "Usprawnienia",
    "metrics": "Mierniki",
    "stage": "Etap",
    "stages": "Etapy",
    "curve": "Krzywa emocji",
    "partial.one": "Wybrany etap: {numbers} {of_total}; pozostałe pominięto",
    "partial.many": "Wybrane etapy: {numbers} {of_total}; pozostałe pominięto",
    "curve_gap": "pominięte etapy",
    "in_full": "W całości",
    "part": "Etapy {numbers} {of_total}",
    "part.one": "Etap {numbers} {of_total}",
    "stage_link": "Link do tego etapu",
    "persona_ref": "Persona",
    "other_personas": "Biorą też udział",
    "due": "do",
    "no_emotion": "emocji nie zapisano",
    "stage_empty": "nic jeszcze nie zapisano dla tego etapu",
    "stage_contents": "Zapisano",
    "emotion.-2": "bardzo źle",
    "emotion.-1": "źle",
    "emotion.0": "neutralnie",
    "emotion.1": "dobrze",
    "emotion.2": "bardzo dobrze",
    "overview": "Zestawienie",
    "document": "Dokument",
    "caption.overview": "Dokumenty w tym zestawieniu",
    "kind": "Rodzaj",
    "file": "Plik",
    "traits": "Cechy",
    "counts": "Liczby",
    "opps": "Uspr.",
    "against": "Persona i persona negatywna",
    "empty": "Brak person, person negatywnych i ścieżek w {path} (szukano plików *.yaml i *.yml).",
    "broken": "Nie udało się odczytać ({count}), więc ich tu nie ma; popraw je albo uruchom cxkit lint",
    "type.interview": "wywiad",
    "type.survey": "ankieta",
    "type.analytics": "analityka",
    "type.focus-group": "grupa fokusowa",
    "type.sales-data": "dane sprzedażowe",
    "type.support": "zgłoszenia",
    "type.desk-research": "desk research",
    "type.other": "inne",
    "status.idea": "pomysł",
    "status.planned": "zaplanowane",
    "status.in-progress": "w toku",
    "status.done": "zrobione",
    "lifecycle": "Status",
    "lifecycle.draft": "szkic",
    "lifecycle.active": "aktywna",
    "lifecycle.retired": "wycofana",
    # "persony negatywne: 2 (w tym wycofane: 1)": a count after its word, so no noun agrees with a number
    "lifecycle.count": "w tym {list}",
    "lifecycle.count.retired": "wycofane: {n}",
    "lifecycle.count.draft": "szkice: {n}",
    "field.name": "Nazwa",
    "field.kind": "Rodzaj",
    "field.lang": "Język",
    "field.action": "Działanie",
    "field.due": "Termin",
    "field.status": "Status",
    "field.channel": "Kanał",
    "field.description": "Opis",
    "field.text": "Treść",
    "field.link": "Link",
    "field.opportunity.owner": "Właściciel",
}

_ALL = {"en": _EN, "pl": _PL}

#: A document's fields whose heading is the label of the same key (`pain_points`: "Problemy").
_FIELDS = frozenset((
    "summary", "demographics", "psychographics", "age", "gender", "location", "education", "occupation", "income",
    "household", "values", "interests", "personality", "lifestyle", "attitudes", "goals", "needs", "pain_points",
    "motivations", "behaviours", "channels", "expectations", "quote", "sources", "reasons", "substitutes",
    "purchase_triggers", "abandon_triggers", "owner", "reviewed", "goal", "touchpoints", "doing", "thinking",
    "feeling", "emotion", "barriers", "love_points", "opportunities", "metrics", "stages", "other_personas",
))
#: The item a list holds, for the fields an item of it names in words of its own (`field.opportunity.owner`).
_ITEM_OF = {"opportunities": "opportunity"}
#: Fields headed by a label of another key (a source's `type` is the "Rodzaj" column of the sources table).
_FIELD_KEYS = {"type": "source.type", "date": "source.date", "n": "source.n", "note": "source.note",
               "persona": "persona_ref"}

#: What earlier versions of cxkit wrote for a label that has changed since: an export written
#: then still begins with it, and `-o` must know that file for a previous export of its own.
_EARLIER: dict[str, tuple[str, ...]] = {
    "journey": ("ścieżka klienta",),
    "empty": ("Brak person, person negatywnych i ścieżek klienta w {path} (szukano plików *.yaml i *.yml).",),
}


#: The fields a team may head in words of its own (`[labels.pl]` in cxkit.toml), each with the labels
#: it replaces: `reviewed` heads a document's date line and the overview's column; a gendered
#: heading's own forms (`purchase_triggers.female`) can be given apart, else the field's text heads both.
@lru_cache(maxsize=1)
def configurable() -> dict[str, tuple[str, ...]]:
    out = {key: (key,) for key in _FIELDS}
    out["reviewed"] = ("reviewed", "reviewed.last")
    out["opportunities"] = ("opportunities", "opps")  # a narrow overview's short heading: the team's word too
    out.update((field, (label,)) for field, label in _FIELD_KEYS.items())
    out.update((key, (key,)) for table in _ALL.values() for key in table
               if key.endswith((".female", ".male")) and key.split(".", 1)[0] in _FIELDS)
    return out


#: The team's own labels in force for this run, by language (`{"pl": {"purchase_triggers": "…"}}`),
#: as config's `[labels.<lang>]` tables give them; render and diff set them around their output.
_TEAM: ContextVar[dict[str, dict[str, str]]] = ContextVar("cxkit_team_labels", default={})


@contextmanager
def team_labels(tables: dict[str, dict[str, str]] | None) -> Iterator[None]:
    """Head fields with ``tables`` (config's `[labels.<lang>]`) inside the block, cxkit's own words after it."""
    token = _TEAM.set(tables or {})
    try:
        yield
    finally:
        _TEAM.reset(token)


def use_team_labels(tables: dict[str, dict[str, str]] | None) -> Callable[[], None]:
    """Head fields with ``tables`` from now on; returns what puts cxkit's own words back."""
    token = _TEAM.set(tables or {})
    return lambda: _TEAM.reset(token)


def every(key: str) -> set[str]:
    """Every text ``key`` has in any language, now or in an earlier cxkit (see :data:`_EARLIER`)."""
    return {t[key] for t in _ALL.values() if key in t} | set(_EARLIER.get(key, ()))

#: `demographics.gender` values, folded to lowercase, that say which form a gendered heading takes.
_FEMALE = frozenset(("kobieta", "k", "f", "female", "woman", "żeńska", "ona", "she", "pani"))
_MALE = frozenset(("mężczyzna", "m", "male", "man", "męska", "on", "he", "pan"))


class Labels:
    """Look up a heading by key in one language; unknown keys fall back to English."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in _ALL else "en"
        self._table = _ALL[self.lang]
        team = _TEAM.get().get(self.lang)
        #: The team's own words (config's `[labels.<lang>]`), by the label key each replaces.
        self._team = {label: text for field, text in team.items() for label in configurable().get(field, (field,))} if team else {}

    def __getitem__(self, key: str) -> str:
        return self._team.get(key) or self._table.get(key) or _EN.get(key) or key

    def own(self, lang: str | None) -> Labels:
        """The labels of a document in ``lang`` shown inside a view in this language (a row of a
        folder overview): its kind and "never reviewed" read as in the document's own view."""
        return self if not lang or lang == self.lang else Labels(lang)

    def heading(self, key: str, model: Any = None) -> str:
        """The heading of a persona's field; where the language makes it gendered ("Kupiłby" /
        "Kupiłaby"), in the form of ``model``'s `demographics.gender`, else a neutral one."""
        demographics = getattr(model, "demographics", None)
        gender = (getattr(demographics, "gender", None) or "").strip().casefold()
        form = "female" if gender in _FEMALE else "male" if gender in _MALE else ""
        if form and f"{key}.{form}" in self._team:
            return self._team[f"{key}.{form}"]
        if key in self._team:  # the team's one word for every form
            return self._team[key]
        if form and f"{key}.{form}" in self._table:
            return self._table[f"{key}.{form}"]
        return self[key]

    def field(self, key: str, holder: str | None = None) -> str | None:
        """The heading of a document's field ``key`` (`love_points`: "Zachwyty"), as render shows
        it; None for a key no view names (your own `x-` keys), which is shown as written. ``holder``:
        the list whose item holds the field (an opportunity's `owner` is its "Właściciel", not the
        map's "Opiekun")."""
        item = _ITEM_OF.get(holder or "")
        if item is not None and f"field.{item}.{key}" in _EN:
            return self[f"field.{item}.{key}"]
        if f"field.{key}" in _EN:
            return self[f"field.{key}"]
        if key == "reviewed":
            return self["reviewed.last"]
        if key in _FIELD_KEYS:
            return self[_FIELD_KEYS[key]]
        return self[key] if key in _FIELDS else None

    def emotion(self, level: int | None) -> str:
        return self["no_emotion"] if level is None else self[f"emotion.{level}"]

    def source_type(self, value: Any) -> str:
        raw = getattr(value, "value", value)
        return self[f"type.{raw}"]

    def status(self, value: str | None) -> str:
        return self[f"status.{value}"] if value else ""


def signed(level: int | None) -> str:
    """An emotion level as people write it: -2, -1, 0, +1, +2."""
    if level is None:
        return "?"
    return f"+{level}" if level > 0 else str(level)
