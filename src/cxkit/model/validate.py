"""Validate plain document data against the models, with messages written for authors."""

from __future__ import annotations

import datetime as _dt
import difflib
import json
import math
import re
from dataclasses import replace
from typing import Any

from pydantic import ValidationError

from . import KINDS, MODELS, CxModel, Touchpoint, Trait
from .common import NOT_BLANK_PATTERN, SLUG_PATTERN, brief, date_period
from .common import EXTENSION_PREFIX
from ..yamlio import LOOKALIKE_SPACES, PASTED_HINT, TYPOGRAPHIC_QUOTES, spaces_named, straight_quotes_advice
from .plain import SchemaIssue  # noqa: F401 - defined without pydantic, for cxkit.workspace; known here by its old name


_DUPLICATE_ID = re.compile(r"share the id '(.+?)'")
# Models that may also be written as a plain string, and how to say so.
_SHORT_FORMS: dict[Any, str] = {
    Trait: "text, or a mapping with 'text' and 'sources'",
    Touchpoint: "text, or a mapping with 'channel' and 'description'",
}


def pasted_spaces(text: str) -> str | None:
    """The look-alike spaces ``text`` starts with, named ("2 no-break spaces (U+00A0)"), or None."""
    lead = text[: len(text) - len(text.lstrip(LOOKALIKE_SPACES))]
    return spaces_named(lead) if lead else None


def _replace(pasted: str) -> str:
    """What to do about the look-alike spaces :func:`pasted_spaces` named."""
    return "replace it with an ordinary space" if pasted.startswith(("a ", "an ")) else "replace them with ordinary spaces"


def closest(word: str, choices: Any, cutoff: float = 0.6) -> str | None:
    """The most similar choice to ``word``, if any is similar enough."""
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return found[0] if found else None


#: What authors write for a source type or an opportunity status, in Polish or in their own words,
#: by the start of a word (any inflection: "wywiady", "ankiecie" aside, "ankiet" catches most).
_ENUM_WORDS = (
    ("wywiad", "interview"), ("idi", "interview"), ("rozmow", "interview"), ("interview", "interview"),
    ("ankiet", "survey"), ("cawi", "survey"), ("cati", "survey"), ("questionnaire", "survey"), ("poll", "survey"),
    ("kwestionariusz", "survey"), ("analityk", "analytics"), ("google analytics", "analytics"), ("ga4", "analytics"),
    ("fokus", "focus-group"), ("focus", "focus-group"), ("fgi", "focus-group"), ("grupa fokus", "focus-group"),
    ("sprzeda", "sales-data"), ("crm", "sales-data"), ("sales", "sales-data"), ("transakc", "sales-data"),
    ("obsług", "support"), ("obslug", "support"), ("bok", "support"), ("reklamac", "support"), ("zgłosze", "support"),
    ("helpdesk", "support"), ("ticket", "support"), ("call center", "support"), ("infolini", "support"),
    ("desk", "desk-research"), ("raport", "desk-research"), ("gus", "desk-research"), ("report", "desk-research"),
    ("inne", "other"), ("inna", "other"), ("inny", "other"),
    ("pomysł", "idea"), ("pomysl", "idea"), ("zaplanowan", "planned"), ("planowan", "planned"),
    ("w trakcie", "in-progress"), ("w toku", "in-progress"), ("trwa", "in-progress"), ("ongoing", "in-progress"),
    ("zrobion", "done"), ("gotow", "done"), ("zakończ", "done"), ("zakoncz", "done"), ("wdrożon", "done"),
    ("wdrozon", "done"), ("finished", "done"), ("completed", "done"),
    ("szkic", "draft"), ("robocz", "draft"), ("wersja robocza", "draft"), ("w przygotowaniu", "draft"),
    ("aktywn", "active"), ("aktualn", "active"), ("obowiązując", "active"), ("obowiazujac", "active"),
    ("current", "active"), ("in use", "active"), ("wycofan", "retired"), ("archiw", "retired"),
    ("nieaktywn", "retired"), ("nieaktualn", "retired"), ("archived", "retired"), ("deprecated", "retired"),
    ("inactive", "retired"),
)


#: The field a key in other words stands for (in Polish: _POLISH_FIELDS), where spelling finds none:
#: a source's `description` is its `note` (a touchpoint's key, written in a source), a persona's
#: `summary`.  Offered only when the mapping has that field, the first it has.  None names a field of
#: a trait or a touchpoint: an item of those read as a mapping (`- Opis: strona www`) is told to
#: quote its text (see _colon_items).
_FIELD_WORDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("description", "desc"), ("note", "summary")),
    **dict.fromkeys(("notes", "comment", "comments", "details"), ("note",)),
    **dict.fromkeys(("url", "href"), ("link",)),
    **dict.fromkeys(("sample", "sample-size", "sample_size", "respondents"), ("n",)),
    **dict.fromkeys(("assignee", "responsible"), ("owner",)),
    **dict.fromkeys(("deadline", "due-date", "due_date"), ("due",)),
    # Words near a field in meaning, too far in spelling to be told by it (see spelt_field).
    **dict.fromkeys(("steps", "phases"), ("stages",)),
    # A deck's or another tool's word for a document's name ("title: Ola kupuje buty"), as `tytuł` is.
    "title": ("name",),
    **dict.fromkeys(("persona_id", "persona-id"), ("persona",)),
    **dict.fromkeys(("pains", "pain", "frustrations"), ("pain_points",)),
    # A persona's obstacles: a stage has `barriers` (what stops the customer going further), a persona has pain
    # points; a challenge is a pain point in either, as `wyzwania` is.
    **dict.fromkeys(("barriers", "obstacles"), ("barriers", "pain_points")),
    "challenges": ("pain_points",),
    **dict.fromkeys(("habits",), ("behaviours",)),
    **dict.fromkeys(("hobbies",), ("interests",)),
    # What a brief or an OKR deck calls them: a persona's `goals`, a journey's `goal`.
    **dict.fromkeys(("objectives", "objective", "aims"), ("goals", "goal")),
    **dict.fromkeys(("loves", "delights"), ("love_points",)),
    **dict.fromkeys(("thoughts", "thought"), ("thinking",)),
    **dict.fromkeys(("sentiment", "emotion_score", "mood"), ("emotion",)),
    **dict.fromkeys(("feel", "feels"), ("feeling",)),
    **dict.fromkeys(("touch", "touches"), ("touchpoints",)),
    # A stage's opportunities in the words a workshop's board uses: left unknown, `unaddressed-pain`
    # would say the stage has none beside them.
    **dict.fromkeys(("ideas", "improvements"), ("opportunities",)),
    # The date a document was last checked, as teams name it: left unknown, `missing-review-date` would say
    # "no `reviewed` date" beside the date written under it.
    **dict.fromkeys(("review_date", "review-date", "reviewdate", "date_reviewed", "date-reviewed", "reviewed_on",
                     "reviewed-on", "reviewed_at", "reviewed-at", "last_reviewed", "last-reviewed", "lastreviewed",
                     "last_review", "last-review", "last_checked", "last-checked"), ("reviewed",)),
    # A negative persona's fields in the words people reach for first.
    **dict.fromkeys(("why_not", "why-not", "whynot", "why", "why_not_us", "not_because", "objections"), ("reasons",)),
    **dict.fromkeys(("alternatives", "alternative", "instead", "uses_instead", "uses-instead", "substitute",
                     "workarounds", "competitors"), ("substitutes",)),
    **dict.fromkeys(("would_buy_if", "buy_if", "buying_triggers", "triggers"), ("purchase_triggers",)),
    **dict.fromkeys(("walks_away_when", "leaves_when", "churn_triggers", "deal_breakers", "dealbreakers"),
                    ("abandon_triggers",)),
}

#: Field names written in Polish (a template's comments, a brief, a habit): the field each stands for,
#: the first the mapping has (`cel` is a journey's or a stage's `goal`, `cele` a persona's `goals`).
#: Looked up in lower case, with `_` and `-` read as spaces ("punkty_styku", "punkty-styku").
_POLISH_FIELDS: dict[str, tuple[str, ...]] = {
    "opis": ("note", "summary"),
    **dict.fromkeys(("uwagi", "notatka", "notatki", "komentarz"), ("note",)),
    "adres": ("link",),
    **dict.fromkeys(("próba", "proba"), ("n",)),
    **dict.fromkeys(("właściciel", "wlasciciel", "odpowiedzialny"), ("owner",)),
    "termin": ("due",),
    **dict.fromkeys(("stan", "stan dokumentu"), ("status",)),
    **dict.fromkeys(("emocja", "emocje", "nastrój", "nastroj"), ("emotion",)),
    "nazwa": ("name",),
    **dict.fromkeys(("imię", "imie", "imię i nazwisko", "imie i nazwisko", "nazwisko", "tytuł", "tytul"), ("name",)),
    **dict.fromkeys(("cele", "cel"), ("goals", "goal")),
    **dict.fromkeys(("potrzeby", "potrzeba"), ("needs",)),
    **dict.fromkeys(("bolączki", "bolaczki", "bolączka", "bolaczka", "problemy", "problem", "frustracje", "frustracja",
                     "punkty bólu", "punkty bolu", "trudności", "trudnosci", "wyzwania", "obawy", "lęki",
                     "zmartwienia", "bóle", "bole", "punkty zapalne"), ("pain_points",)),
    **dict.fromkeys(("motywacje", "motywacja", "motywatory"), ("motivations",)),
    **dict.fromkeys(("zachowania", "zachowanie", "nawyki", "zwyczaje"), ("behaviours",)),
    **dict.fromkeys(("kanały", "kanaly", "kanały komunikacji", "kanaly komunikacji", "kanały kontaktu",
                     "kanaly kontaktu", "media"), ("channels",)),
    # Not a touchpoint's `channel`: `- Kanał: strona www` is a touchpoint's text to quote (see _colon_items).
    **dict.fromkeys(("kanał", "kanal"), ("channels",)),
    "tekst": ("text",),
    **dict.fromkeys(("oczekiwania", "oczekiwanie"), ("expectations",)),
    **dict.fromkeys(("cytat", "cytaty"), ("quote",)),
    **dict.fromkeys(("podsumowanie", "streszczenie"), ("summary",)),
    **dict.fromkeys(("źródła", "zrodla", "źródło", "zrodlo"), ("sources",)),
    **dict.fromkeys(("demografia", "metryczka", "dane demograficzne"), ("demographics",)),
    **dict.fromkeys(("psychografia",), ("psychographics",)),
    "wiek": ("age",),
    **dict.fromkeys(("płeć", "plec"), ("gender",)),
    **dict.fromkeys(("miasto", "miejscowość", "miejscowosc", "lokalizacja", "miejsce zamieszkania"), ("location",)),
    **dict.fromkeys(("wykształcenie", "wyksztalcenie"), ("education",)),
    **dict.fromkeys(("zawód", "zawod", "praca", "stanowisko", "miejsce pracy"), ("occupation",)),
    **dict.fromkeys(("dochód", "dochod", "dochody", "zarobki"), ("income",)),
    **dict.fromkeys(("gospodarstwo domowe", "gospodarstwo", "rodzina"), ("household",)),
    **dict.fromkeys(("wartości", "wartosci"), ("values",)),
    **dict.fromkeys(("zainteresowania", "hobby", "pasje"), ("interests",)),
    **dict.fromkeys(("osobowość", "osobowosc"), ("personality",)),
    **dict.fromkeys(("styl życia", "styl zycia"), ("lifestyle",)),
    **dict.fromkeys(("postawy",), ("attitudes",)),
    **dict.fromkeys(("etapy", "etap"), ("stages",)),
    **dict.fromkeys(("punkty styku", "punkty kontaktu", "punkt styku", "punkt kontaktu"), ("touchpoints",)),
    # A persona has no `barriers` (a journey's stage has): what stands in its way is a pain point there.
    **dict.fromkeys(("bariery", "bariera", "przeszkody", "przeszkoda"), ("barriers", "pain_points")),
    **dict.fromkeys(("mocne strony", "zachwyty"), ("love_points",)),
    **dict.fromkeys(("metryki", "wskaźniki", "wskazniki", "kpi", "mierniki"), ("metrics",)),
    **dict.fromkeys(("szanse", "usprawnienia", "możliwości", "mozliwosci", "pomysły", "pomysly", "okazje"),
                    ("opportunities",)),
    **dict.fromkeys(("działanie", "dzialanie", "akcja"), ("action",)),
    **dict.fromkeys(("co robi", "robi", "działania", "dzialania"), ("doing",)),
    **dict.fromkeys(("co myśli", "co mysli", "myśli", "mysli"), ("thinking",)),
    **dict.fromkeys(("co czuje", "czuje", "uczucia", "uczucie", "odczucia", "odczucie"), ("feeling",)),
    **dict.fromkeys(("typ", "rodzaj źródła", "rodzaj zrodla"), ("type",)),
    **dict.fromkeys(("język", "jezyk"), ("lang",)),
    **dict.fromkeys(("przegląd", "przeglad", "sprawdzono", "data przeglądu", "data przegladu", "ostatni przegląd",
                     "ostatni przeglad", "przejrzano", "zweryfikowano", "data weryfikacji"), ("reviewed",)),
    **dict.fromkeys(("powody", "powód", "powod", "przyczyny"), ("reasons",)),
    **dict.fromkeys(("zamienniki", "substytuty", "alternatywy", "alternatywa", "zamiast", "czego używa zamiast",
                     "czego uzywa zamiast", "używa zamiast", "uzywa zamiast"), ("substitutes",)),
    **dict.fromkeys(("dlaczego nie", "czemu nie", "dlaczego to nie nasz odbiorca", "obiekcje"), ("reasons",)),
    **dict.fromkeys(("kupi jeśli", "kupi jesli", "kupiłby gdyby", "kupilby gdyby", "skorzystałby gdyby",
                     "skorzystalby gdyby"), ("purchase_triggers",)),
    **dict.fromkeys(("rezygnuje gdy", "rezygnuje kiedy", "odchodzi gdy"), ("abandon_triggers",)),
    "data": ("date",),
}


def _as_said(key: str) -> str:
    """``key`` as :data:`_POLISH_FIELDS` spells its keys: in lower case, with `_`, `-` and `,` read as spaces
    and runs of spaces as one (`Kupiłby, gdyby`, `dlaczego_nie`: "kupiłby gdyby", "dlaczego nie")."""
    return " ".join(key.casefold().replace("_", " ").replace("-", " ").replace(",", " ").split())


def _polish_field(key: str, fields: Any) -> str | None:
    """The field ``key`` names in Polish (:data:`_POLISH_FIELDS`), the first of ``fields``, or None."""
    return next((f for f in _POLISH_FIELDS.get(_as_said(key), ()) if f in fields), None)


def _meant(value: str, options: list[str]) -> str | None:
    """The option a word in another language or in the author's own words stands for, or None."""
    said = " ".join(value.split()).casefold()
    for start, option in _ENUM_WORDS:
        if option in options and (said.startswith(start) or f" {start}" in f" {said}" and len(start) > 3):
            return option
    return None


_TYPOGRAPHIC_MINUS = re.compile(r"\s*[−–—]\s*[0-9]+\s*")
_QUOTED_WHOLE = re.compile(r"\s*[-+]?[0-9]{1,6}\s*")
#: A whole number with its thousands grouped as people write them: "1 200" (Polish, also with the
#: no-break or thin space Word and Excel put there), "1,200" (English), "1'200", "1_200".
_GROUPED_WHOLE = re.compile(r"\s*[0-9]{1,3}(?:([ \u00a0\u202f\u2009,'’_])[0-9]{3})(?:\1[0-9]{3})*\s*")


#: An emotion in words (Polish or English, by the start of a word, diacritics as written or not), and
#: its score; the longer phrases first ("bardzo negatywna" before "negatywna").
_EMOTION_WORDS = (
    ("bardzo negatyw", -2), ("bardzo źl", -2), ("bardzo zl", -2), ("very negative", -2), ("very bad", -2),
    ("bardzo pozytyw", 2), ("bardzo dobr", 2), ("very positive", 2), ("very good", 2), ("świetn", 2),
    ("swietn", 2), ("excellent", 2), ("zachwyt", 2), ("delighted", 2),
    ("negatyw", -1), ("negative", -1), ("źl", -1), ("zł", -1), ("zl", -1), ("bad", -1), ("słab", -1),
    ("slab", -1),
    ("neutral", 0), ("obojętn", 0), ("obojetn", 0),
    ("pozytyw", 1), ("positive", 1), ("dobr", 1), ("good", 1),
)
#: A sample size written in words: "n=14", "N = 412", "14 osób", "14 rozmówców", "14 respondents".
_SAMPLE_SIZE = re.compile(r"\s*(?:n\s*[=:]\s*([0-9]+)|([0-9]+)\s+[^\W\d_][^\d]*)\s*\Z", re.IGNORECASE)


def _research_number_hint(field: str, value: Any) -> str:
    """The whole number meant by a value written as research reports write it: an emotion with a
    fraction or in words (`-1.5`, `negatywna`), a sample size with its letter or unit (`n=14`, `14 osób`)."""
    if field == "emotion":
        if isinstance(value, float) and math.isfinite(value) and not value.is_integer() and -2 < value < 2:
            low, high = math.floor(value), math.ceil(value)
            if value - low == 0.5:  # halfway: the research, not rounding, says which
                choice = f"{low} or {high}, whichever the research supports"
            else:
                choice = str(round(value))
            return f"; an emotion is a whole number from -2 to +2: write {choice}"
        if isinstance(value, str):
            said = " ".join(value.split()).casefold()
            for start, score in _EMOTION_WORDS:
                if said.startswith(start):
                    return f"; an emotion is a whole number from -2 to +2: for {brief(value)} write {field}: {score}"
            return "; an emotion is a whole number from -2 (very negative) to +2 (very positive)"
    if field == "n" and isinstance(value, str):
        m = _SAMPLE_SIZE.match(value)
        if m:
            return f"; did you mean `n: {int(m.group(1) or m.group(2))}`? (the people or answers behind the source, a number alone)"
    return ""


def valid_id(value: str) -> str:
    """The valid id the schema suggests for ``value`` ("Ola Kowalska" → "ola-kowalska"), as `cxkit new
    --id` makes one; ``value`` itself when it is one, "" when no letter or digit is left."""
    from ..scaffold.slug import is_slug, slugify

    if is_slug(value):
        return value
    kept = "_".join(part for part in (slugify(p) for p in value.split("_")) if part)
    return kept if is_slug(kept) else slugify(value)


def _slug_hint(value: Any) -> str:
    """"; did you mean '<id>'?" for text that is no valid id, as `cxkit new --id` suggests one."""
    if not isinstance(value, str):
        return ""
    suggestion = valid_id(value)
    return f"; did you mean '{suggestion}'?" if suggestion and suggestion != value else ""


def _plain(text: str) -> str:
    """``text`` as a YAML value in a hint: as it is when YAML reads it back as that text, else in double quotes."""
    special = text[:1] in "-?:,[]{}#&*!|>'\"%@`" or ": " in text or " #" in text or text != text.strip() or text.endswith(":")
    return json.dumps(text, ensure_ascii=False) if special or not text else text


#: For a list of mappings written as one mapping (`stages:` with `awareness:` under it): the field each key goes in.
_ID_FIELDS = {"stages": "id", "sources": "id"}


def _mapping_for_list_hint(model: type[CxModel], path: tuple[Any, ...], value: dict[Any, Any]) -> str:
    """How to write as a list what was written as a mapping: `- id: awareness` for a stage keyed by its id."""
    field = _ID_FIELDS.get(path[-1]) if path and isinstance(path[-1], str) else None
    first = next(iter(value), None)
    item = _walk(model, (*path, ""))
    fields = getattr(item, "model_fields", {})
    if isinstance(first, str) and first in fields:
        # `opportunities:` / `  action: ...`: one item that lost its dash.
        shown = value[first]
        written = isinstance(shown, (str, int, float)) and not isinstance(shown, bool)
        head = f"{first}: {_plain(str(shown))}" if written else f"{first}:"
        return (f"; it reads as one item without its dash: write `- {head}`, with its other keys "
                f"indented to line up with `{first}`")
    if field and isinstance(first, str) and isinstance(value[first], (dict, str)):
        name = f" with `name: {_plain(value[first])}`" if isinstance(value[first], str) and path[-1] == "stages" else ""
        return (f"; write each item as a list item with its {field}: `- {field}: {_plain(first)}`{name}, "
                "its other fields indented below it")
    return "; write each item on its own line starting with '- '"


#: A list item whose dash has no space after it (`-Kupić krem`): a letter right after the dash.
_DASH_NO_SPACE = re.compile(r"-[^\W\d_]")


def _first_item(value: str) -> str:
    """The first item of a list written with no space after its dashes (`-Kupić krem - text:Kupić serum`, its lines
    folded into one by YAML): its text after the dash, up to the next item's dash, cut short as a hint's example."""
    first = value[1:].split(" -", 1)[0].strip()
    return first if len(first) <= 40 else first[:40].rsplit(" ", 1)[0] + "…"


#: A list item started as a word processor or a notes app starts one: not YAML's dash.
_BULLET_START = re.compile(r"\s*([•·–—▪◦‣●])\s")
#: A list of ids written with commas and no brackets: `sources: wywiady, ankieta`.
_IDS_WITH_COMMAS = re.compile(r"[a-z0-9][a-z0-9_-]*(?:[ \t]*,[ \t]*[a-z0-9][a-z0-9_-]*)*")


def _text_for_list_hint(path: tuple[Any, ...], value: str) -> str:
    """How to write as a list what was written as text: bullets pasted from a word processor, ids with
    commas (`sources: wywiady, ankieta`) in the brackets the templates use, else one item a line."""
    bullet = _BULLET_START.match(value)
    if bullet is not None:
        return (f"; `{bullet.group(1)}` is not a list marker in YAML {PASTED_HINT}: start each item on its own line "
                "with `- ` (a hyphen and a space)")
    key = path[-1] if path and isinstance(path[-1], str) else None
    if key is not None and _IDS_WITH_COMMAS.fullmatch(value.strip()):
        ids = ", ".join(part.strip() for part in value.split(","))
        return f"; write it in brackets, `{key}: [{ids}]`, or each item on its own line starting with '- '"
    return "; write each item on its own line starting with '- '"


#: Items that must be mappings, when written as text: the field the text goes in, and what else to write.
_TEXT_FIELDS: dict[str, tuple[str, str]] = {
    "Opportunity": ("action", " with `owner:` (the team or person who does it) and `due:` (YYYY-MM-DD) below it"),
    "Stage": ("id", " with `name: {text}` and the stage's other fields below it"),
    "Source": ("id", " with `type:` (interview, survey, analytics...) below it"),
}


def _text_for_mapping_hint(owner: Any, value: Any) -> str:
    """How to write as a mapping an item written as text: `- action: Publish pricing`, with `owner:` and `due:`."""
    name = getattr(owner, "__name__", "")
    if name not in _TEXT_FIELDS or not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return ""
    field, rest = _TEXT_FIELDS[name]
    text = given = str(value)
    if field == "id":
        from ..scaffold.slug import is_slug, slugify

        text = text if is_slug(text) else slugify(text)
        if not text:
            return ""
    return f"; write it as `- {field}: {_plain(text)}`{rest.format(text=_plain(given))}"


#: A source's `type` that says its content is assumed (`assumption`, `założenia`, `hipoteza`, `guess`, `burza mózgów`).
_ASSUMED = re.compile(r"\s*(?:assum|za[lł]o[zż]|hipotez|hypothes|guess|przypuszcz|domys[lł]|domniem|intuic|intuition|"
                      r"brainstorm|burza m|proto-?persona|gut)", re.IGNORECASE)
#: What a source's `type` that says it is an assumption is told: how to mark an assumption instead.
ASSUMPTION_HINT = ("; an assumption is not a source (sources are research): take it out of `sources`, leave the traits "
                   "it stands for without `sources` and mark each with a comment after it (`# hypothesis: check in the "
                   "interviews`)")


#: A method written as a source's `type` that the list of types does not name, as the hint shows it in `note:`.
_METHOD_SAID = re.compile(r"[^\W\d_](?:[\w ./&+-]{0,38}[\w.])?")


def other_hint(value: str) -> str:
    """What a source's `type` that names research of a kind the list does not have (`observation`, `diary
    study`, `usability test`, `contextual inquiry`) is told: `type: other`, the method named in `note:`, the
    author's own word shown there when it is a short plain phrase (a long or odd value is not repeated)."""
    said = " ".join(value.split())
    example = f" (`note: {said}`)" if _METHOD_SAID.fullmatch(said) else ""
    return f"; for research of another kind write `type: other` and name the method in `note:`{example}"


#: Words for a journey a kind may be written in (`customer-journey`, `journey map`, `CJM`, `ścieżka klienta`).
_JOURNEY_WORDS = frozenset(("journey", "journeys", "cjm", "ścieżka", "sciezka", "ścieżki", "sciezki"))
#: Words written beside them that keep the value a journey's (`customer-journey-map`, `user-journey`).
_JOURNEY_QUALIFIERS = frozenset((
    "customer", "customers", "client", "user", "buyer", "experience", "cx", "ux", "map", "mapa", "mapping", "klienta",
    "klienta", "zakupowa", "zakupowej", "b2b", "b2c", "draft", "szkic", "service", "end", "to", "e2e",
))


def _journey_by_words(said: str) -> str | None:
    """`journey` for a value of `kind` that names a journey in words (`customer-journey`, `Customer Journey
    Map`, `ścieżka-klienta`), :data:`_BOTH` for one that names a journey and a persona's kind as well
    (`negative-journey`, `persona-journey`: which one the file is, its keys or a person say), else None."""
    words = [w for w in _WORD_SPLIT.split(said) if w]
    if not any(w in _JOURNEY_WORDS for w in words):
        return None
    rest = [w for w in words if w not in _JOURNEY_WORDS]
    if any(w.startswith(("negat", "negtyw", "anty", "anti")) or w in _NEGATIONS or _PERSONA_ROOT.match(w) for w in rest):
        return _BOTH
    return "journey" if all(w in _JOURNEY_QUALIFIERS for w in rest) else None


def kind_reads_as_journey_or_persona(kind: Any) -> bool:
    """Whether a ``kind`` that is none of cxkit's names a journey and a persona's kind at once
    (`negative-journey`): no one kind is offered for it unless the file's keys say which."""
    return isinstance(kind, str) and kind not in KINDS and _journey_by_words(kind.strip().lower()) == _BOTH


def _journey_or_which(kind: Any) -> str | None:
    """For a ``kind`` that names a journey and a persona's kind at once (:func:`kind_reads_as_journey_or_persona`),
    which persona's kind: `negative-persona` for a negative word (`negative-journey`, `anty-ścieżka`), else
    `persona` (`persona-journey`); None for any other kind."""
    if not kind_reads_as_journey_or_persona(kind):
        return None
    rest = [w for w in _WORD_SPLIT.split(kind.strip().lower()) if w and w not in _JOURNEY_WORDS]
    negative = any(w.startswith(("negat", "negtyw", "anty", "anti")) or w in _NEGATIONS for w in rest)
    return "negative-persona" if negative else "persona"


def near_miss_kind(kind: Any) -> str | None:
    """The kind a misspelt ``kind`` value probably meant (``persna`` → ``persona``), or the team's word
    for it (``antypersona``, ``nie-klient``, ``negatywna`` → ``negative-persona``: :func:`_kind_by_words`).

    A word that reads both ways (:func:`kind_reads_both_ways`) gets the family's first kind, `persona`,
    for the commands that only ask whether a file is a near miss; never a fix or a "did you mean"."""
    if not isinstance(kind, str):
        return None
    said = kind.strip().lower()
    if _journey_by_words(said) is not None:
        return "journey"  # `customer-journey`; `negative-journey` too, never offered alone (kind_reads_as_journey_or_persona)
    by_words = _kind_by_words(said)
    if by_words is not None:
        return "persona" if by_words == _BOTH else by_words
    guess = closest(said, KINDS, cutoff=0.7)
    if guess in ("persona", "negative-persona") and _qualified(said, guess) is None:
        return "persona"  # `superpersona`, `creative-persona`: a persona's family, but which kind a person says
    if guess is None and _PERSON_ROOT.search(said) is not None and _SOUNDS_NEGATIVE.search(said) is not None:
        return "persona"  # `personanegatywna`: the family too, read both ways (kind_reads_both_ways)
    return guess


def kind_reads_both_ways(kind: Any) -> bool:
    """Whether a ``kind`` that is none of cxkit's may mean a persona as well as a negative persona, so
    that no one kind is offered for it: a negation cxkit does not know in front of `persona`
    (`nicht-persona`, `superpersona`: :func:`_qualified`), a word that says both (`persona/antypersona`,
    `pozytywna-negatywna`), or one that is only close to `negative-persona` in letters
    (`creative-persona`)."""
    if not isinstance(kind, str) or kind in KINDS:
        return False
    said = kind.strip().lower()
    if _journey_by_words(said) is not None:
        return False  # a journey's word: `customer-journey`, or `negative-journey` (kind_reads_as_journey_or_persona)
    by_words = _kind_by_words(said)
    if by_words is not None:
        return by_words == _BOTH
    guess = closest(said, KINDS, cutoff=0.7)
    if guess in ("persona", "negative-persona") and _qualified(said, guess) is None:
        return True
    # `personanegatywna`: a negative word no word of it spells out; whatever the keys say, a person decides.
    return (guess in ("persona", "negative-persona") or _PERSON_ROOT.search(said) is not None) \
        and _SOUNDS_NEGATIVE.search(said) is not None


#: :func:`_kind_by_words`' answer for a word that says both kinds.
_BOTH = "both"
#: Words that negate the person word they are written before or glued to (`anty-persona`, `nieklient`,
#: `non-customer`, `not a customer`), in English and Polish.
_NEGATIONS = ("anti", "anty", "non", "not", "nie", "no", "un", "counter", "kontr", "przeciw")
#: Words for the person a persona describes, as a kind may name it.
_PERSON_WORDS = frozenset((
    "persona", "personas", "persony", "person", "klient", "klienta", "klientka", "klienci", "client", "customer",
    "customers", "user", "users", "użytkownik", "uzytkownik", "buyer", "buyers", "kupujący", "kupujacy", "odbiorca",
))
#: Words between a negation and its person word (`not a customer`, `nie nasz klient`).
_FILLERS = frozenset(("a", "an", "the", "our", "your", "nasz", "nasza", "nasi", "twój", "twoj"))
#: Alternatives written in one value (`persona | negative-persona`, `persona lub antypersona`).
_ALTERNATIVES = re.compile(r"\s*(?:[|/,]|\b(?:or|lub|albo|czy)\b)\s*")
#: Anything but letters and digits parts words: `persona (negatywna)`, `persona: negatywna`, `„antypersona”`.
_WORD_SPLIT = re.compile(r"[\W_]+")
#: A negative word or negation anywhere in a value, even glued where no word of it is known
#: (`personanegatywna`, `persona-antyklientka`): such a value is never fixed to `persona` by its keys.
_SOUNDS_NEGATIVE = re.compile(r"negat|negtyw|anty|anti|wyklucz|exclu|kontr|counter|przeciw|(?<![^\W_])(?:non|nie|not|no)(?![^\W_])"
                              r"|(?<![^\W_])(?:non|nie)(?=pers|klient|client|custom|user|buyer|użytk|uzytk|kupuj)")
_PERSON_ROOT = re.compile(r"pers|klient|client|custom|user|buyer|użytk|uzytk|kupuj")


def _kind_by_words(said: str) -> str | None:
    """The persona kind a value of `kind` names in words rather than by a slip of the keyboard, or None.

    `negative-persona` for a negative word (`negative`, `negatywna`, `persona-negatywna`, `neg-persona`)
    or a negated person (`antypersona`, `anti_persona`, `non-persona`, `nie-klient`, `not a customer`,
    `wykluczony klient`); `persona` for a positive one (`positive-persona`, `pozytywna`); :data:`_BOTH`
    for a value that says both (`persona/antypersona`, `pozytywna-negatywna`)."""
    parts = [part for part in _ALTERNATIVES.split(said) if part]
    if len(parts) > 1:
        said_each = {_kind_by_words(part) or closest(part, KINDS, cutoff=0.7) for part in parts} - {None}
        if len(said_each) > 1 or _BOTH in said_each:
            return _BOTH if said_each <= {"persona", "negative-persona", _BOTH} else None
        return next(iter(said_each), None)
    words = [w for w in _WORD_SPLIT.split(said) if w]
    person = any(w in _PERSON_WORDS for w in words)
    negative = positive = False
    for i, word in enumerate(words):
        if word.startswith("negat") or word == "neg" or (person and word.startswith(("exclu", "wyklucz"))):
            negative = True
        elif word.startswith(("positiv", "pozytywn")):
            positive = True
        elif word in ("anti", "anty") and len(words) == 1:
            negative = True  # `kind: anty`, short for antypersona
        elif word in _NEGATIONS:
            following = next((w for w in words[i + 1:] if w not in _FILLERS), None)
            negative = negative or following in _PERSON_WORDS
        elif any(word.startswith(n) and word[len(n):] in _PERSON_WORDS for n in _NEGATIONS):
            negative = True  # glued: `antypersona`, `nonpersona`, `nieklient`
    if negative and positive:
        return _BOTH
    return "negative-persona" if negative else "persona" if positive else None


#: Words written beside `persona` that keep it a persona (`buyer-persona`, `persona-b2b`, `proto-persona`).
_PERSONA_QUALIFIERS = frozenset((
    "buyer", "user", "customer", "client", "klient", "klienta", "proto", "primary", "main", "core", "target", "key",
    "b2b", "b2c", "glowna", "główna", "docelowa", "kluczowa", "marketing", "marketingowa", "ux", "cx", "draft", "szkic",
))
_PERSONA_ROOT = re.compile(r"person(?:as|ae|a|y)?")


def _qualified(said: str, guess: str) -> str | None:
    """``guess`` when the letters of ``said`` beside the kind's own words are a slip or a word that keeps
    that kind (`persna`, `Personas`, `buyer-persona`; `negtive-persona`, `native-persona`), else None:
    `superpersona` or `nicht-persona` are close to `persona` in letters only, and what the rest of the
    word does to it (another language's negation) is for a person to say."""
    match = _PERSONA_ROOT.search(said)
    if match is None:
        return guess  # a slip inside the root itself: `persna`, `peronsa`
    rest = [w for w in _WORD_SPLIT.split(said[:match.start()] + " " + said[match.end():]) if w]
    if len("".join(rest)) == 1 and "".join(rest) not in _NEGATIONS:
        return guess  # one letter more, glued or not: `personaa`, `ppersona`, `persona1` (a slip, no word)
    if guess == "negative-persona":
        return guess if len(rest) == 1 and closest(rest[0], ("negative",), cutoff=0.8) else None
    return guess if all(w in _PERSONA_QUALIFIERS for w in rest) else None


#: Top-level keys only cxkit's documents have (beside `id` and `name`), and the kind each points to.
TELLING_KEYS = {
    "stages": "journey",
    **dict.fromkeys(("reasons", "substitutes", "purchase_triggers", "abandon_triggers"), "negative-persona"),
    **dict.fromkeys(
        ("demographics", "psychographics", "goals", "needs", "pain_points", "motivations", "behaviours", "expectations"),
        "persona",
    ),
}


#: English words for a telling key that did-you-mean knows (:data:`_FIELD_WORDS`) and that no other
#: tool's YAML is likely to hold beside an `id` and a `name`: not `steps`, `phases` or `triggers`.
_TELLING_WORDS = frozenset(("pains", "frustrations", "why_not", "objections", "deal_breakers", "dealbreakers",
                            "churn_triggers", "would_buy_if", "walks_away_when"))


def telling_field(key: Any) -> str | None:
    """The key only cxkit documents have (:data:`TELLING_KEYS`) that the top-level ``key`` stands for, or None:
    the key itself, written in another case or with other separators (`Stages`, `Pain Points`,
    `pain-points`), or in the words did-you-mean knows for it: Polish (`etapy`, `cele`, `bolączki`,
    `powody`: :data:`_POLISH_FIELDS`) and a few English ones (`frustrations`).  Never a slip of the
    keyboard (`goal` is a journey's own field): a near spelling tells too little about whose file it is."""
    if not isinstance(key, str):
        return None
    if key in TELLING_KEYS:
        return key
    said = _as_said(key)
    if said.replace(" ", "_") in TELLING_KEYS:
        return said.replace(" ", "_")
    words = _POLISH_FIELDS.get(said, ()) or (_FIELD_WORDS.get(said.replace(" ", "_"), ())
                                             if said.replace(" ", "_") in _TELLING_WORDS else ())
    return next((f for f in words if f in TELLING_KEYS), None)


def renamed_telling_keys(data: Any) -> list[tuple[str, str]]:
    """The top-level keys of ``data`` that stand for a key only cxkit documents have without being it,
    each with that key (`("etapy", "stages")`, `("Stages", "stages")`), in their order.

    In a file that does not say what it is (no `kind`, no `typ: persona`) such a key counts only when
    its value is written as the field's is (:func:`_shaped_as`): a project plan's `cel: Skrócić czas
    obsługi` and `etapy: [Analiza, Wdrożenie]`, or a translation table's `cele: Cele`, are no persona's."""
    if not isinstance(data, dict):
        return []
    said = "kind" in data or kind_key_written_otherwise(data) is not None
    found = [(k, telling_field(k)) for k in data if isinstance(k, str) and k not in TELLING_KEYS]
    return [(k, f) for k, f in found if f is not None and (said or _shaped_as(f, data[k]))]


def _shaped_as(field: str, value: Any) -> bool:
    """Whether ``value`` is written as the telling ``field``'s value is: stages are a list holding a
    mapping (a stage), demographics and psychographics a mapping, the others a list."""
    if field == "stages":
        return isinstance(value, list) and any(isinstance(item, dict) for item in value)
    if field in ("demographics", "psychographics"):
        return isinstance(value, dict) and bool(value)
    return isinstance(value, list) and bool(value)


#: Top-level keys that stand for `kind` in other words or another case (`typ: persona`, `Kind:`), as
#: :func:`_as_said` spells them.
KIND_WORDS = ("kind", "typ", "type", "rodzaj")


def kind_key_written_otherwise(data: Any) -> str | None:
    """The top-level key of a mapping without `kind` that stands for it (`Kind`, `typ`, `rodzaj`, `type`)
    and holds a cxkit kind (`typ: persona`), or None.  A near miss of one counts under `typ`, `type` or
    `rodzaj` only beside a key only cxkit documents have (`cele`, `goals`): `type: person` or
    `type: personal` beside an `id` and a `name` is a site's author or an account, not a persona."""
    if not isinstance(data, dict) or "kind" in data:
        return None
    for key, value in data.items():
        if not (isinstance(key, str) and _as_said(key) in KIND_WORDS and near_miss_kind(value) is not None):
            continue
        if _as_said(key) == "kind" or value.strip().lower() in KINDS or any(map(telling_field, data)):
            return key
    return None


def kind_from_keys(data: Any) -> str | None:
    """The kind a mapping without `kind` (or with a kind of the team's own words) looks like from its
    keys, or None when it looks like no cxkit document.

    It must have an `id` and a `name` and a key only cxkit documents have (`goals`, `stages`,
    `reasons`...), also in other words or another case (`cele`, `etapy`, `Stages`: :func:`telling_field`):
    a file that lost its `kind:` line, not some other tool's YAML.
    """
    if not isinstance(data, dict) or "id" not in data or "name" not in data:
        return None
    kinds = [TELLING_KEYS[k] for k in data if isinstance(k, str) and k in TELLING_KEYS]
    kinds += [TELLING_KEYS[f] for _key, f in renamed_telling_keys(data)]
    if not kinds:
        return None
    for kind in ("journey", "negative-persona"):
        if kind in kinds:
            return kind
    return "persona"


def _renames(data: Any, lead: str, kind: str | None) -> str:
    """``lead`` and "`stages:` for `etapy:`" for the keys of ``data`` that stand for a key only documents
    of ``kind`` have (:func:`renamed_telling_keys`), up to three; "" when there is none.  A journey's
    `cel:` is not told to be `goals:` (a persona's): the schema names its `goal` once the kind is right."""
    renames = [(key, field) for key, field in renamed_telling_keys(data) if TELLING_KEYS[field] == kind]
    if not renames:
        return ""
    told = ", ".join(f"`{field}:` for `{key}:`" for key, field in renames[:3])
    more = f" and {len(renames) - 3} more" if len(renames) > 3 else ""
    return f"{lead}{told}{more}"


def without_extensions(data: Any) -> Any:
    """A copy of ``data`` without the author's own `x-` keys, at any depth."""
    if isinstance(data, dict):
        return {
            k: without_extensions(v)
            for k, v in data.items()
            if not (isinstance(k, str) and k.startswith(EXTENSION_PREFIX))
        }
    if isinstance(data, list):
        return [without_extensions(v) for v in data]
    return data


def validate(data: Any, *, extensions: bool = True) -> tuple[CxModel | None, list[SchemaIssue]]:
    """Validate one document's data; return the model (or None) and the issues.

    ``extensions=False`` says the data most likely has no `x-` keys (the caller saw no
    "x-" in the text), which skips a copy; should it fail, the data is looked through
    for one after all (a key written with escapes, `"\\x78-crm"`).
    """
    if not isinstance(data, dict):
        # The value is not quoted: a file that is no document may be anything a link or a slip named (a
        # key, a token, a password file), and a finding is shown in logs that others may read.
        what = "a list" if isinstance(data, list) else "nothing" if data is None else f"a single value ({_value_kind(data)})"
        return None, [SchemaIssue((), f"a cxkit document is a YAML mapping with a `kind` key, but this file holds {what}")]
    kind = data.get("kind")
    model = MODELS.get(kind) if isinstance(kind, str) else None
    if model is None:
        if kind is None:
            # `Kind: persona`: keys are case-sensitive, and this one is the one that says what the file is.
            spelt = next((k for k in data if isinstance(k, str) and k != "kind" and k.strip().lower() == "kind"), None)
            if spelt is not None:
                return None, [SchemaIssue((spelt,), f"unknown key {spelt!r}; did you mean 'kind'? (keys are lower case)")]
            other = kind_key_written_otherwise(data)
            if other is not None:
                # `typ: persona`: the team's word for the key that says what the file is.
                meant = near_miss_kind(data[other])
                write = (f"`kind: {meant}`" if not kind_reads_both_ways(data[other])
                         else "`kind: persona` or `kind: negative-persona`")  # `typ: nicht-persona`: a person says which
                return None, [SchemaIssue((other,), f"unknown key {other!r}; did you mean 'kind'? (the key that says what the "
                                                    f"file is: write {write}{_renames(data, ', and ', meant)})")]
            looks = kind_from_keys(data)
            if looks is not None:
                return None, [SchemaIssue((), f"missing `kind`; its keys say it is a {looks}: add `kind: {looks}` "
                                              f"as its first line{_renames(data, ', and write ', looks)}")]
            return None, [SchemaIssue((), f"missing `kind`; expected one of: {', '.join(KINDS)}")]
        guess = near_miss_kind(kind)
        hint = f"; did you mean '{guess}'?" if guess else f"; expected one of: {', '.join(KINDS)}"
        looks = kind_from_keys(data)
        # `kind: customer-journey` with `stages`, `kind: anti-persona` with `reasons`: the keys tell
        # better than the spelling (a negative persona's keys may also be a persona's).
        told = guess or looks
        which = _journey_or_which(kind)
        if which == "negative-persona" and looks == "persona":
            # `kind: negative-journey` beside `goals:`: a persona's keys are a negative persona's too, and the
            # word says which of the two
            hint = "; did you mean 'negative-persona'?"
            told = which
        elif _keys_decide(kind, looks, guess):
            hint = f"; its keys say it is a {looks}: did you mean '{looks}'?"
            told = looks
        elif which is not None and looks is None:
            # `kind: negative-journey` beside an `id` and a `name` only: a journey or a negative persona?
            # `kind: persona-journey`: a journey or a persona?
            hint = ("; is it a journey or a negative persona (whom you do not design for)? write `kind: journey` "
                    "or `kind: negative-persona`" if which == "negative-persona" else
                    "; is it a journey or a persona? write `kind: journey` or `kind: persona`")
            told = None
        elif kind_reads_both_ways(kind):
            # `kind: nicht-persona`, `kind: persona/antypersona`: the word may mean either, and a persona's
            # keys (goals, behaviours) are a negative persona's too; only `reasons:` and the like tell.
            hint = ("; is it a persona or a negative persona (whom you do not design for)? write `kind: persona` "
                    "or `kind: negative-persona`")
            told = None
        if looks is not None and _renames(data, " ", told):
            hint += f" (then write{_renames(data, ' ', told)})"
        if not isinstance(kind, str) or not kind.strip():
            what = "is empty" if isinstance(kind, str) else f"must be text, not {_describe(kind)}"
            return None, [SchemaIssue(("kind",), f"`kind` {what}; expected one of: {', '.join(KINDS)}", at_key=False)]
        return None, [SchemaIssue(("kind",), f"unknown kind {brief(kind)}{hint}", at_key=False)]
    if extensions:
        data = without_extensions(data)
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        if not extensions and _has_extensions(data):
            # No "x-" in the text, yet a key spelled with escapes ("\x78-crm") reads as one: it is the author's.
            return validate(data)
        issues = _misspelt_required(_colon_items(model, data, _issues(model, data, exc.errors(include_url=False))))
        return None, issues + _duplicate_ids(model, data, issues)


#: The lists whose items' ids must differ (the models check them with common.unique_ids), by kind.
_UNIQUE_ID_LISTS = {"journey": ("stages", "sources"), "persona": ("sources",), "negative-persona": ("sources",)}


def _duplicate_ids(model: type[CxModel], data: dict[Any, Any], issues: list[SchemaIssue]) -> list[SchemaIssue]:
    """The ids two items of a list share (`awareness` twice among the stages) that ``issues`` do not tell: the
    model checks them only once every item of the list is valid, so a bad value in any stage hid them until
    it was fixed. Told as the model tells them, at the second item with that id."""
    found: list[SchemaIssue] = []
    for field in _UNIQUE_ID_LISTS.get(str(data.get("kind")), ()):
        items = data.get(field)
        if not isinstance(items, list) or len(items) < 2 or field not in model.model_fields:
            continue
        seen: set[str] = set()
        for i, item in enumerate(items):
            ident = item.get("id") if isinstance(item, dict) else None
            if isinstance(ident, (int, float)) and not isinstance(ident, bool):
                ident = str(ident)  # `id: 1`, text to the model as to the author (coerce_numbers_to_str)
            if not isinstance(ident, str) or not ident:
                continue
            if ident in seen:
                if not any(tuple(issue.path[:2]) == (field, i) and "share the id" in issue.message for issue in issues):
                    found.append(SchemaIssue((field, i, "id"), f"'{field}[{_ordinal(i + 1)}].id': two {field} share the id "
                                                               f"'{ident}'; ids must be unique within the document", at_key=False))
                break  # the model tells the first, as here
            seen.add(ident)
    return found


#: How many unknown keys of one mapping are told one by one, each with its "did you mean"; past
#: these (two or more), one issue at the next key says how many more there are.  A file of
#: thousands of unknown keys (another tool's data, a generated dump) would otherwise be thousands
#: of findings, and the suggestion for each is half the time lint spends on such a file.
UNKNOWN_FIELDS_SHOWN = 20


def _issues(model: type[CxModel], data: Any, errors: list[Any]) -> list[SchemaIssue]:
    """The issues of pydantic's ``errors``, in their order, with at most :data:`UNKNOWN_FIELDS_SHOWN`
    unknown keys of a mapping told one by one and the rest of them as one issue at the first of the
    rest (see :func:`_more_unknown`)."""
    unknown: dict[tuple[Any, ...], list[Any]] = {}  # a mapping's place -> its unknown keys' errors
    for err in errors:
        if err["type"] == "extra_forbidden":
            unknown.setdefault(tuple(err["loc"][:-1]), []).append(err)
    rest = {}
    for found in unknown.values():
        if len(found) <= UNKNOWN_FIELDS_SHOWN + 1:
            continue
        # Past the first ones, a key pasted with no-break spaces (`\xa0\xa0age:`) is still told (fmt
        # refuses it), and so is a field's name in Polish or other words (`etapy:`), told its field.
        # So is a field's name misspelt (`motywations:`), looked up for the first keys past those only.
        owner = _walk(model, _data_path(data, found[0]))
        fields = list(owner.model_fields) if owner is not None else []
        past = found[UNKNOWN_FIELDS_SHOWN:]
        counted = [err for i, err in enumerate(past)
                   if not _told_anyway(err["loc"][-1]) and not (i < SPELLING_LOOKUPS and _misspelt(err["loc"][-1], fields))]
        # One key more is told as the others are: an issue that says "1 more" would take its place.
        if len(counted) > 1:
            rest[id(counted[0])] = counted
    if not rest:
        return [_issue(model, data, err) for err in errors]
    skipped = {id(err) for found in rest.values() for err in found[1:]}
    out = []
    for err in errors:
        if id(err) in rest:
            out.append(_more_unknown(_data_path(data, err)[:-1], tuple(e["loc"][-1] for e in rest[id(err)]), data))
        elif id(err) not in skipped:
            out.append(_issue(model, data, err))
    return out


#: How many unknown keys of a mapping past those told one by one are looked up as a field's name
#: misspelt (`motywations`, `expectation`): a lookup costs as much as a key's whole finding, and a
#: flood of keys is no author's typo past the first hundreds.
SPELLING_LOOKUPS = 200


def _misspelt(key: Any, fields: list[str]) -> bool:
    """Whether the unknown ``key`` is one of ``fields`` misspelt, told its "did you mean"."""
    return isinstance(key, str) and bool(fields) and spelt_field(key, fields) is not None


def _edits(a: str, b: str) -> int:
    """How many letters must be added, dropped, replaced or swapped with the next to make ``a`` into ``b``."""
    before, row = None, list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            cost = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (x != y))
            if before is not None and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        before, row = row, current
    return row[-1]


def spelt_field(key: str, fields: Any) -> str | None:
    """The field of ``fields`` that ``key`` is a slip of the keyboard for (`bariers`, `touchpoint`,
    `Pain-Points`, `motywations`), or None.

    Similar is not enough: `triggers` shares most of its letters with `barriers` and means another
    thing. A key is a field misspelt only a letter or two away from it (three for a field of ten letters
    or more), case and the `-`, `_` or space between words aside."""
    said = "_".join(key.strip().casefold().replace("-", " ").replace("_", " ").split())
    field = closest(said, fields)
    if field is None or _edits(said, field) > (1 if len(field) <= 4 else 2 if len(field) < 10 else 3):
        return None
    return field


def meant_field(key: str, fields: Any) -> str | None:
    """The field of ``fields`` that the unknown ``key`` stands for, as the schema's "did you mean" tells
    it (one field, or None): a field's name in Polish (`cele`, `etapy`), a slip of the keyboard or another
    case (`bariers`, `Stages`), or other words (`frustrations`, `persona_id`).  `cxkit fmt` puts such a
    key where its field goes, and `cxkit fmt --fix` renames it."""
    return _polish_field(key, fields) or spelt_field(key, fields) or next(
        (f for f in _FIELD_WORDS.get(key.strip().casefold(), ()) if f in fields), None)


def renamed_to(key: str, field: str) -> bool:
    """Whether `cxkit fmt --fix` renames the unknown ``key`` to ``field``, the field the schema's "did you
    mean" names for it: only a field's name in Polish or in the other words the schema knows (`cele`,
    `frustrations`, `persona_id`), or the same word written another way (case, `-`, `_` or spaces between
    words, a plural, a letter doubled or not, `behavior`).  A slip that is another word (`status` for
    `stages`, `note` for `quote`, `reviewer` for `reviewed`, `tools` for `goals`), or a word that may
    mean either of two fields (`triggers`), is left to a person."""
    if _as_said(key) in _EITHER_FIELD:
        return False
    if _polish_field(key, (field,)) == field or field in _FIELD_WORDS.get(key.strip().casefold(), ()):
        return True
    return _spelling(key) == _spelling(field)


#: Words the schema guesses one field for that may as well mean another: a negative persona's
#: `triggers` may be what makes them walk away (`abandon_triggers`) as much as what would make them
#: buy (`purchase_triggers`, the guess): renamed, the list would say the opposite.
_EITHER_FIELD = frozenset({"triggers", "trigger"})


def _spelling(word: str) -> str:
    """``word`` with what does not make it another word taken out: case, separators, a plural's ending,
    doubled letters, British `our` (`Pain-Points`, `touchpoint`, `bariers`, `behaviors`: as their fields)."""
    said = "".join(word.casefold().replace("-", " ").replace("_", " ").split()).replace("our", "or")
    if said.endswith("ies"):
        said = said[:-3] + "y"
    elif said.endswith("s"):
        said = said[:-1]
    return re.sub(r"(.)\1+", r"\1", said)


def stated_date(value: Any) -> _dt.date | None:
    """The one date a hand-written date names, as the schema's "did you mean" states it (`14.03.2024`,
    `5 października 2023`, `2024-3-7`, `03/14/2024`), or None: for a date that reads two ways
    (`05/12/2026`), a period, a quarter, part of a month, or a month without its day."""
    from .common import _NUMERIC_DATE, _YEAR_FIRST, _named_month_date, _real_date

    if not isinstance(value, str):
        return None
    named = _named_month_date(value)
    if named is not None:
        return named
    m = _YEAR_FIRST.match(value)
    if m:
        return _real_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    m = _NUMERIC_DATE.match(value)
    if not m:
        return None
    first, sep, second, year = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
    day_first = _real_date(year, second, first)
    month_first = None if sep == "." else _real_date(year, first, second)  # 05.12.2026 is written day first
    if day_first and month_first and day_first != month_first:
        return None
    return day_first or month_first


def meant_kind(data: Any) -> str | None:
    """The kind the schema's "did you mean" offers for a document whose `kind` is none of cxkit's
    (`kind: cjm` beside `etapy:`, `kind: negatywna`, `kind: Persona`), or None."""
    kind = data.get("kind") if isinstance(data, dict) else None
    if not isinstance(kind, str) or not kind.strip() or kind in MODELS:
        return None
    guess = near_miss_kind(kind)
    looks = kind_from_keys(data)
    if _journey_or_which(kind) == "negative-persona" and looks == "persona":
        return "negative-persona"  # `negative-journey` beside `goals:`
    if _keys_decide(kind, looks, guess):
        return looks
    if kind_reads_as_journey_or_persona(kind) and looks != guess:
        return None  # `negative-journey` with no journey's keys: a person says which
    return None if kind_reads_both_ways(kind) else guess


def _keys_decide(kind: Any, looks: str | None, guess: str | None) -> bool:
    """Whether the kind the keys say (``looks``) is offered over the one the word says (``guess``): not a
    persona's keys over a negative persona's word (`antypersona`), nor over a word that sounds negative
    though cxkit cannot read it (`personanegatywna`): a negative persona has a persona's keys too."""
    if looks is None:
        return False
    if looks == guess:
        # `kind: cjm`, `kind: customer-journey` beside a journey's keys: the keys say it, as they did before
        # the words were known; a spelling near `journey` (`journy`, `buyer-journey`) is told by itself.
        said = kind.strip().lower() if isinstance(kind, str) else ""
        return (looks == "journey" and _journey_by_words(said) is not None
                and closest(said, KINDS, cutoff=0.7) is None)
    return not (looks == "persona" and (guess == "negative-persona" or (
        guess is None and isinstance(kind, str) and _SOUNDS_NEGATIVE.search(kind.strip().lower()) is not None)))


def _told_anyway(key: Any) -> bool:
    """Whether the unknown ``key`` is told one by one wherever it is: it starts with look-alike spaces
    (see :func:`pasted_spaces`), or it is a field's name in Polish or in other words
    (:data:`_POLISH_FIELDS`, :data:`_FIELD_WORDS`)."""
    if not isinstance(key, str):
        return False
    if key[:1] in LOOKALIKE_SPACES and pasted_spaces(key) is not None:
        return True
    return _as_said(key) in _POLISH_FIELDS or key.strip().casefold() in _FIELD_WORDS


def _more_unknown(parent: tuple[Any, ...], keys: tuple[Any, ...], data: Any = None) -> SchemaIssue:
    """One issue for the unknown ``keys`` (in their order) of the mapping at ``parent`` past those told
    one by one, at the first of them; its ``field`` holds them all, so that a document whose schema
    issues are all silenced is read without them (:func:`lenient_model`)."""
    where = f"in '{_name(parent, data)}'" if parent else "at the top level"
    return SchemaIssue(
        (*parent, keys[0]),
        f"{len(keys):,} more unknown fields {where}, from {brief(keys[0])} on, are not listed one by one "
        f"(only the first {UNKNOWN_FIELDS_SHOWN} of a mapping are); rename those meant as cxkit fields and "
        "put your own data under keys that start with 'x-'",
        code="unknown_fields", field=keys,
    )


def _misspelt_required(issues: list[SchemaIssue]) -> list[SchemaIssue]:
    """``issues`` without "missing required field 'stages'" where an unknown key beside it is told it
    means `stages` (`stagess:`, `etapy:`): one typo, one finding, at the key to rename."""
    meant = {(issue.path[:-1], issue.meant) for issue in issues if issue.meant is not None and issue.path}
    if not meant:
        return issues
    return [issue for issue in issues if not (issue.code == "missing_field" and (issue.path, issue.field) in meant)]


def _colon_items(model: type[CxModel], data: Any, issues: list[SchemaIssue]) -> list[SchemaIssue]:
    """One clear issue for a list item that YAML read as a mapping because its text holds ': '.

    `- Cel: odebrać leki w 24 h` is the mapping {Cel: odebrać leki w 24 h}, not a trait's text:
    the schema said "missing required field 'text'" and "unknown field 'Cel'", and its advice
    (add `text`, or an `x-` key) led away from the fix, which is quotes.  Only items that may be
    written as text, and only keys that are no misspelt field name (those keep their "did you
    mean").
    """
    found: dict[tuple[Any, ...], tuple[str, Any]] = {}
    for issue in issues:
        path = issue.path
        if len(path) < 2 or not isinstance(path[-2], int) or not isinstance(path[-1], str):
            continue
        if issue.code != "unknown_field" or issue.meant is not None:
            continue
        item_path, key = path[:-1], path[-1]
        item = _get(data, item_path)
        owner = _walk(model, (*item_path, ""))
        if owner not in _SHORT_FORMS or not isinstance(item, dict) or item_path in found:
            continue
        # Only the `- Key: value` shape: the unknown key comes first, and the item has none of the
        # fields its text would go in (`text`; a touchpoint's `channel` or `description`). An item
        # with its text and one key of the author's keeps the usual message (and its `x-` advice).
        if next(iter(item), None) != key or any(f in item for f in owner.model_fields if f != "sources"):
            continue
        value = item.get(key)
        if value is None or isinstance(value, (str, int, float)) and not isinstance(value, bool):
            found[item_path] = (key, value)
    if not found:
        return issues
    out: list[SchemaIssue] = []
    told: set[tuple[Any, ...]] = set()
    for issue in issues:
        if issue.code == "missing_field" and issue.path in found:
            item_path = issue.path
        elif issue.code == "unknown_field" and issue.path[:-1] in found and issue.path[-1] == found[issue.path[:-1]][0]:
            item_path = issue.path[:-1]
        else:
            out.append(issue)
            continue
        if item_path in told:
            continue  # the item's other half of the same mistake
        told.add(item_path)
        key, value = found[item_path]
        text = f"{key}: {value}" if value is not None else f"{key}:"
        item = _get(data, item_path)
        rest = [k for k in item if k != key] if isinstance(item, dict) else []
        quoted = json.dumps(text, ensure_ascii=False)
        if _walk(model, (*item_path, "")) is Touchpoint:
            fix = (f"put the whole text in quotes: - {quoted}, or name the channel apart: "
                   f"channel: {json.dumps(str(key), ensure_ascii=False)}, description: "
                   f"{json.dumps('' if value is None else str(value), ensure_ascii=False)}")
        elif rest:
            fix = f"write it as `text: {quoted}`"
        else:
            fix = f"put the whole text in quotes: - {quoted}"
        why = "': ' in an unquoted value starts a key"
        if text[:1] in TYPOGRAPHIC_QUOTES and len(text) > 2 and text[-1] in TYPOGRAPHIC_QUOTES and not rest:
            # `- „Cel: kupić sukienkę”`: quoted, with quotes YAML reads as letters.
            why = f"{text[0]} is a typographic quote, which YAML reads as text, not as a quote, so the ': ' starts a key"
            fix = straight_quotes_advice(f"- {json.dumps(text[1:-1], ensure_ascii=False)}", f"- {quoted}")
        out.append(SchemaIssue(
            (*item_path, key),
            f"'{_name(item_path, data)}' was read as the mapping {brief(key)}: {brief(value)}, not as text: {why}; {fix}",
            code="colon_item",
        ))
    return out


def _has_extensions(data: Any) -> bool:
    """Whether ``data`` holds an `x-` key at any depth."""
    if isinstance(data, dict):
        return any(
            (isinstance(k, str) and k.startswith(EXTENSION_PREFIX)) or _has_extensions(v) for k, v in data.items()
        )
    if isinstance(data, list):
        return any(_has_extensions(v) for v in data)
    return False


def _walk(model: type[CxModel], path: tuple[Any, ...]) -> type[CxModel] | None:
    """The model class that holds the last key of ``path`` (for suggestions)."""
    current: Any = model
    for part in path[:-1]:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return None
        current = _inner_model(field.annotation)
        if current is None:
            return None
    return current if isinstance(current, type) and issubclass(current, CxModel) else None


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, CxModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _value_kind(value: Any) -> str:
    """What kind of value ``value`` is, in words, without a word of it: "text", "a number"."""
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    return "a date" if hasattr(value, "isoformat") else "a value"


def _describe(value: Any) -> str:
    """A value named in words: "the text 'x'", "the number 112", "a list" (see :func:`brief`)."""
    if isinstance(value, str):
        return f"the text {brief(value)}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"the number {brief(value)}"
    return brief(value)


def _fill(model: type[CxModel], path: tuple[Any, ...]) -> str:
    """What to do about an empty value: a required field needs one; an optional key or a list item can go."""
    if path and isinstance(path[-1], int):
        return "write a value or remove the item"
    owner = _walk(model, path)
    field = owner.model_fields.get(path[-1]) if owner is not None and path else None
    if field is not None and field.is_required():
        return "this field is required, so write a value"
    return "write a value or remove the key"


def _data_path(data: Any, err: Any) -> tuple[Any, ...]:
    """The place in ``data`` pydantic's ``err`` is about, without the validators and union members
    its `loc` names besides the keys and indexes."""
    loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith(("function-", "lax-", "strict-"))))
    # Drop pydantic's union-member markers (e.g. 'int', 'str') that are not real keys.
    path: list[Any] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:
            path.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            path.append(part)
            node = node[part]
        elif err["type"] in ("missing", "extra_forbidden") and part == loc[-1]:
            path.append(part)
        else:
            continue
    return tuple(path)


def _issue(model: type[CxModel], data: Any, err: Any) -> SchemaIssue:
    tpath = _data_path(data, err)
    where = _name(tpath, data)
    etype = err["type"]
    value = _get(data, tpath)
    ctx = err.get("ctx") or {}
    if etype == "missing":
        return SchemaIssue(tpath[:-1], f"missing required field '{tpath[-1] if tpath else '?'}'" + _in(tpath[:-1], data),
                           code="missing_field", field=tpath[-1] if tpath else None)
    if etype == "extra_forbidden":
        return _unknown_issue(model, tpath, _get(data, tpath[:-1]), data)
    if etype in ("string_type", "string_too_short", "string_pattern_mismatch") and (value is None or value == ""):
        return SchemaIssue(tpath, f"'{where}' is empty; {_fill(model, tpath)}", at_key=False)
    if etype == "string_type" and tpath == ("persona",) and _several_ids(value):
        # A journey's `persona:` as a list of several: a buying committee (the brackets or `- ` lines alike).
        return SchemaIssue(tpath, f"'{where}' must be one persona's id, not a list; {committee_advice(value)}",
                           at_key=False, code="string_type")
    if etype == "string_type":
        return SchemaIssue(tpath, f"'{where}' must be text, not {_describe(value)}", at_key=False, code="string_type")
    if etype == "string_pattern_mismatch" and (
        ctx.get("pattern") == NOT_BLANK_PATTERN or (isinstance(value, str) and not value.strip())
    ):
        return SchemaIssue(tpath, f"'{where}' is blank; {_fill(model, tpath)}", at_key=False)
    if etype == "string_pattern_mismatch":
        hint = _slug_hint(value)
        ids = [part.strip() for part in value.split(",")] if tpath == ("persona",) and isinstance(value, str) else []
        if len(ids) > 1 and all(ids):
            # `persona: a, b` (as the brackets' advice once said): one persona leads, the others take part.
            hint = f"; {committee_advice(ids)}"
        elif tpath == ("persona",) and isinstance(value, str) and len(value.split()) > 1:
            # `persona: Kasia Wrona`: the persona's name, not an id made up here; the id is in the persona's
            # file, and unknown-persona (CX004) names the persona with that name, when there is one.
            hint = "; a journey names its persona by the `id:` written in the persona's file, not by its name"
        return SchemaIssue(
            tpath,
            f"'{where}' must be a slug (lowercase letters and digits joined by hyphens or underscores, e.g. 'ola-runner'), "
            f"not {brief(value)}{hint}",
            at_key=False,
        )
    if etype == "list_type":
        hint = _text_for_list_hint(tpath, value) if isinstance(value, str) else ""
        offset = None
        if isinstance(value, str) and value.startswith("-") and (pasted := pasted_spaces(value[1:])):
            # `-\xa0Założyć konto`, a bullet pasted from Word: the author did start the item with a dash.
            # Told at the look-alike space after it, the character to replace.
            hint = f"; the dash is followed by {pasted}, so YAML reads no list item {PASTED_HINT}: {_replace(pasted)}"
            offset = 1
            # Shown as it looks in an editor (`'- Założyć konto'`), not as Python escapes it (`'-\xa0Założyć…'`):
            # the hint names the look-alike space.
            shown = "-" + " " * (len(value) - 1 - len(value[1:].lstrip(LOOKALIKE_SPACES))) + value[1:].lstrip(LOOKALIKE_SPACES)
            return SchemaIssue(tpath, f"'{where}' must be a list, not the text {brief(shown)}{hint}", at_key=False,
                               offset=offset, code="list_type")
        elif isinstance(value, str) and _DASH_NO_SPACE.match(value):
            # `-Kupić krem`: the author did start the item with a dash, and left out the space after it.
            # Told at the character after the dash, where the space goes.
            hint = f"; the dash needs a space after it, or YAML reads no list item: write `- {_first_item(value)}`, each item on its own line"
            offset = 1
        if isinstance(value, dict):
            hint = _mapping_for_list_hint(model, tpath, value)
        return SchemaIssue(tpath, f"'{where}' must be a list, not {_describe(value)}{hint}", at_key=False, offset=offset,
                           code="list_type")
    if etype in ("model_type", "model_attributes_type", "dict_type"):
        owner = _walk(model, (*tpath, ""))
        shape = _SHORT_FORMS.get(owner, "a mapping of fields")  # type: ignore[arg-type]
        return SchemaIssue(tpath, f"'{where}' must be {shape}, not {_describe(value)}{_text_for_mapping_hint(owner, value)}",
                           at_key=False)
    if etype in ("enum", "literal_error"):
        expected = ctx.get("expected", "")
        guess = None
        if isinstance(value, str):
            options = [o.strip(" '\"") for o in str(expected).replace(" or ", ", ").split(",")]
            # A word known to mean an option first: `inactive` and `archived` are spelt like `active`.
            guess = _meant(value, options) or closest(value, [o for o in options if o])
        hint = f"; did you mean '{guess}'?" if guess else ""
        if tpath[:1] == ("sources",) and tpath[-1:] == ("type",) and isinstance(value, str) and _ASSUMED.match(value):
            hint = ASSUMPTION_HINT  # `type: assumption`, `type: hipoteza`: no type of research is one
        elif tpath[:1] == ("sources",) and tpath[-1:] == ("type",) and isinstance(value, str) and not guess and value.strip():
            hint = other_hint(value)  # `type: observation`, `type: diary study`: research of a kind the list does not name
        if value is None or (isinstance(value, str) and not value.strip()):
            what = "empty" if value is None or not value else "blank"
            return SchemaIssue(tpath, f"'{where}' is {what}; write one of {expected}", at_key=False)
        return SchemaIssue(tpath, f"'{where}' must be one of {expected}, not {brief(value)}{hint}", at_key=False)
    if etype in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        if tpath and tpath[-1] == "emotion":
            return SchemaIssue(
                tpath, f"'{where}' is {brief(value)}; an emotion runs from -2 (very negative) to +2 (very positive)",
                at_key=False,
            )
        bound = {"greater_than_equal": "at least {ge}", "less_than_equal": "at most {le}",
                 "greater_than": "more than {gt}", "less_than": "less than {lt}"}[etype].format(**ctx)
        return SchemaIssue(tpath, f"'{where}' is {brief(value)}; it must be {bound}", at_key=False)
    if etype in ("int_type", "int_parsing", "int_from_float"):
        hint = ""
        if isinstance(value, str) and _TYPOGRAPHIC_MINUS.fullmatch(value):
            # Pasted from a document or the README: YAML reads only the hyphen-minus as a sign.
            hint = (f"; YAML takes only the hyphen-minus '-' as a sign, not {value.strip()[0]!r}: "
                    f"write -{value.strip()[1:].strip()}")
        elif isinstance(value, str) and _QUOTED_WHOLE.fullmatch(value) and tpath and isinstance(tpath[-1], str):
            # `emotion: "-1"`: quotes make any number text.
            # (int() takes fewer spaces than the pattern's \s: the file and group separators \x1c-\x1f)
            hint = f"; remove the quotes: {tpath[-1]}: {int(value.strip())}"
        elif isinstance(value, str) and _GROUPED_WHOLE.fullmatch(value) and tpath and isinstance(tpath[-1], str):
            # `n: 1 200`: YAML reads a number only without separators.
            digits = "".join(c for c in value if c.isdigit())
            hint = f"; write the number without a thousands separator: {tpath[-1]}: {int(digits)}"
        field = tpath[-1] if tpath and isinstance(tpath[-1], str) else None
        if not hint and field is not None:
            hint = _research_number_hint(field, value)
        return SchemaIssue(tpath, f"'{where}' must be a whole number, not {_describe(value)}{hint}", at_key=False)
    if etype == "too_short":
        least = ctx.get("min_length", 1)
        if least == 1:
            return SchemaIssue(tpath, f"'{where}' is an empty list; it needs at least one item", at_key=False)
        return SchemaIssue(tpath, f"'{where}' needs at least {least} items", at_key=False)
    if etype == "value_error":
        message = str(ctx.get("error") or err["msg"]).removeprefix("Value error, ")
        dup = _DUPLICATE_ID.search(message)
        if dup and isinstance(value, list):
            # Point at the second item with that id, not at the list.
            hits = [i for i, item in enumerate(value) if isinstance(item, dict) and str(item.get("id")) == dup.group(1)]
            if len(hits) > 1:
                return SchemaIssue((*tpath, hits[1], "id"), f"'{where}[{_ordinal(hits[1] + 1)}].id': {message}", at_key=False)
        owner = _walk(model, tpath)
        if date_period(value) is not None and owner is not None and "note" in owner.model_fields:
            message += ", and the period in `note`"
        return SchemaIssue(tpath, f"'{where}': {message}", at_key=False)
    return SchemaIssue(tpath, f"'{where}': {err['msg']}", at_key=False)


def _unknown_issue(model: type[CxModel], tpath: tuple[Any, ...], mapping: Any, data: Any = None) -> SchemaIssue:
    """The issue of the unknown key at ``tpath``, in ``mapping`` (the data there, or its keys), of the
    document ``data`` (which names its list items by id)."""
    key = tpath[-1] if tpath else "?"
    owner = _walk(model, tpath)
    hint = ""
    nested_in = None
    advice = " (put your own data under a key that starts with 'x-')"
    if owner is not None and isinstance(key, str) and (curly := _curly_quoted(key, owner.model_fields)) is not None:
        # `“name”: Ola`, pasted from Word: one finding at the key, and no "missing required field 'name'" beside it
        # (meant: see _misspelt_required). Left to a person, as a value in such quotes is.
        marks = " and ".join(dict.fromkeys((key.strip()[0], key.strip()[-1])))
        return SchemaIssue(
            tpath,
            f"unknown field {brief(key)}{_in(tpath[:-1], data)}: {marks} {'is a typographic quote' if len(marks) == 1 else 'are typographic quotes'}, "
            f"which YAML reads as part of the key {PASTED_HINT}: write the key without quotes, `{curly}:`, or in "
            f'straight ones, `"{curly}":`',
            code="unknown_field", field=key, meant=curly,
        )
    if owner is not None and isinstance(key, str):
        polish = _polish_field(key, owner.model_fields)
        guess = meant_field(key, owner.model_fields)
        if (guess == "name" and key.strip().casefold() == "title" and "demographics" in owner.model_fields
                and isinstance(mapping, (dict, set)) and "name" in mapping):
            # A persona's `title:` beside its `name:` is a job title ("Kierowniczka sklepu"), not a second name.
            return SchemaIssue(tpath, f"unknown field {brief(key)}{_in(tpath[:-1], data)}; did you mean "
                                      "'demographics.occupation'?", code="unknown_field", field=key,
                               nested="demographics.occupation")
        if guess and isinstance(mapping, (dict, set)) and guess in mapping:
            # Renamed as told, it would be a duplicate key: the field is written already.
            return SchemaIssue(
                tpath,
                f"unknown field {brief(key)}{_in(tpath[:-1], data)}, beside '{guess}', which is already there: merge "
                f"the two into '{guess}', or keep yours under 'x-{key.strip()}'",
                code="unknown_field", field=key, beside=guess,
            )
        if guess:
            # The author meant that field: the `x-` advice would hide the data from every check.
            hint = f"; did you mean '{guess}'?"
            advice = " (field names are in English, whatever the language of the text)" if polish else ""
            value = mapping.get(key) if isinstance(mapping, dict) else None
            if (guess == "persona" and "other_personas" in owner.model_fields and isinstance(value, list)
                    and len(value) > 1 and all(isinstance(v, str) and v.strip() for v in value)):
                # `personas: [a, b]`: a buying committee; one persona leads the map, the others take part.
                return SchemaIssue(tpath, f"unknown field {brief(key)}{_in(tpath[:-1], data)}{hint} "
                                          f"({committee_advice(value)})", code="unknown_field", field=key)
            if isinstance(value, list) and value and _takes_text(owner, guess):
                # A journey's `objectives:` as a list: renamed, `goal` would be "must be text". Said at once,
                # and left to a person (no rename): which one goal the stages lead to is theirs to write;
                # a list of one item too, whose rename would be a `goal:` list all the same.
                hint += (f" (one text, not a list: write it as one sentence, and keep the rest under 'x-{key.strip()}')"
                         if len(value) > 1 else f" (one text, not a list: write its one item as the value of '{guess}')")
                return SchemaIssue(tpath, f"unknown field {brief(key)}{_in(tpath[:-1], data)}{hint}",
                                   code="unknown_field", field=key)
        elif (nested := _nested_field(model, tpath)) is not None:
            # `age:` or `wiek:` at the top of a persona: a field of `demographics`, written a level too high.
            nested_in = f"{nested[0]}.{nested[1]}"
            hint = f"; did you mean '{nested_in}'?"
            advice = " (field names are in English, whatever the language of the text)" if nested[2] else ""
    if isinstance(key, str) and (pasted := pasted_spaces(key)):
        # `\xa0\xa0age:` pasted under `demographics:`: a top-level key that starts with no-break
        # spaces, not `age` indented under the line above.
        # The key shown without them (`'age'`), as an editor shows it, not as Python escapes it (`'\xa0\xa0age'`):
        # the message names them.
        return SchemaIssue(
            tpath,
            f"unknown field {brief(key.lstrip(LOOKALIKE_SPACES))}{_in(tpath[:-1], data)}: it starts with {pasted}, which YAML reads as part "
            f"of the key, not as indentation {PASTED_HINT}; {_replace(pasted)}",
            code="unknown_field", field=key,
        )
    return SchemaIssue(tpath, f"unknown field {brief(key)}{_in(tpath[:-1], data)}{hint}{advice}", code="unknown_field",
                       field=key, meant=guess if hint else None, nested=nested_in)


def _curly_quoted(key: str, fields: Any) -> str | None:
    """The field a key written in typographic quotes names (`“name”`, `„goals”`, `‘id’`), or None."""
    said = key.strip()
    if len(said) < 3 or said[0] not in TYPOGRAPHIC_QUOTES or said[-1] not in TYPOGRAPHIC_QUOTES:
        return None
    inner = said[1:-1].strip()
    return inner if inner in fields else None


def committee_advice(ids: list[Any]) -> str:
    """How to write a journey that several personas take part in (a B2B buying committee): the first id
    leads the map in `persona:`, the others go under `other_personas:`, which unknown-persona checks."""
    first, *rest = [" ".join(str(i).split()) for i in ids]
    return (f"a journey follows one persona: keep one id in `persona:` and list the others under `other_personas:` "
            f"('persona: {first}' and 'other_personas: [{', '.join(rest)}]')")


def _several_ids(value: Any) -> bool:
    """Whether ``value`` is a list of two or more texts (`persona: [a, b]`)."""
    return isinstance(value, list) and len(value) > 1 and all(isinstance(v, str) and v.strip() for v in value)


def _takes_text(owner: Any, field: str) -> bool:
    """Whether ``field`` of the model ``owner`` holds one text (a journey's `goal`, a `name`), not a list."""
    info = getattr(owner, "model_fields", {}).get(field)
    return info is not None and info.annotation in (str, str | None)


#: The mappings of a document whose fields are often written a level too high, at its top (`age:`,
#: `wiek:`, `location:`, `miasto:` for `demographics.age`, `demographics.location`).
_NESTING_FIELDS = ("demographics", "psychographics")


def _nested_field(model: type[CxModel], tpath: tuple[Any, ...]) -> tuple[str, str, bool] | None:
    """For an unknown key at the top of a document that names a field of one of its :data:`_NESTING_FIELDS`
    mappings (in English, written another way as `Age` or `Location`, or in Polish as `wiek`, `miasto`): that
    mapping, the field, and whether the key is Polish; else None. A slip of another word (`page`, `sage`) is
    not such a key: only a field's own name or a word the schema reads as it."""
    if len(tpath) != 1 or not isinstance(tpath[0], str):
        return None
    key = tpath[0]
    for parent in _NESTING_FIELDS:
        if parent not in model.model_fields:
            continue
        inner = _walk(model, (parent, key))
        if inner is None:
            continue
        polish = _polish_field(key, inner.model_fields)
        if polish is not None:
            return parent, polish, True
        same = next((f for f in inner.model_fields if _spelling(key) == _spelling(f)), None)
        if same is None:  # other words for the field: `hobbies` for `psychographics.interests`
            same = next((f for f in _FIELD_WORDS.get(key.strip().casefold(), ()) if f in inner.model_fields), None)
        if same is not None:
            return parent, same, False
    return None


#: An id written in a path as it is (`stages[consideration]`); any other is quoted (`stages["1"]`).
#: Messages here and `cxkit diff`'s change paths name list items alike.
from ..docpath import PLAIN_ID  # noqa: E402  (one pattern for messages and document paths)


def _ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    last = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{last}"


def _item_name(items: list[Any], index: int) -> str:
    """A list item as a path names it: by its id when it has one no other item of the list has
    (`consideration`, as lint's placeholder rule and `cxkit diff` write it), else by its place,
    counted from 1 as people count (`2nd`)."""
    item = items[index] if 0 <= index < len(items) else None
    ident = item.get("id") if isinstance(item, dict) else None
    # An id that is no valid id (`Gong calls`) is likely what the message is about: the item goes by its place.
    if isinstance(ident, (str, int)) and not isinstance(ident, bool) and re.match(SLUG_PATTERN, str(ident)):
        ident = str(ident)
        same = sum(1 for other in items if isinstance(other, dict) and str(other.get("id")) == ident)
        if same == 1:
            return ident if PLAIN_ID.match(ident) else json.dumps(ident, ensure_ascii=False)
    return _ordinal(index + 1)


def _name(path: tuple[Any, ...], data: Any = None) -> str:
    """The data ``path`` as a message writes it: `stages[consideration].opportunities[1st].due`, a list
    item by its id or its place counted from 1 (see :func:`_item_name`); ``data`` is the document's,
    without which an item is named by its place."""
    out = ""
    node = data
    for part in path:
        if isinstance(part, int):
            out += f"[{_item_name(node if isinstance(node, list) else [], part)}]"
            node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out or "document"


#: A place in a document as every lint message names it (the placeholder rule's too).
place_name = _name


def _in(path: tuple[Any, ...], data: Any = None) -> str:
    return f" in '{_name(path, data)}'" if path else ""


# Words a template leaves in a slot: the slot is to be filled in, not unbracketed.
_SLOT_WORDS = frozenset((
    "owner", "the owner", "name", "your name", "team", "person", "who", "todo", "tbd", "...", "…",
    "właściciel", "imię", "imię i nazwisko", "nazwisko", "zespół", "osoba", "kto",
))


def as_written(issues: list[SchemaIssue], root: Any, text: str) -> list[SchemaIssue]:
    """``issues`` with a text field written in brackets (`owner: [Marta]`) told as written.

    YAML reads `[Marta]` as a list of one item, so the field "must be text, not a list"; the author
    wrote a name in brackets, as a template's slot is written, and the message says what the brackets
    did and what to write.  A list written as one (`owner:` with `- Marta` below) keeps the message.
    An unknown key past the first of its mapping with a `# cxkit:` comment is told one by one (see
    :func:`_commented_keys`).
    """
    from ..yamlio import load_text, node_at
    from ruamel.yaml.nodes import ScalarNode, SequenceNode

    told = []
    for issue in _commented_keys(issues, root, text):
        key = issue.path[-1] if issue.path else None
        node = node_at(root, issue.path) if issue.code == "string_type" and isinstance(key, str) else None
        if issue.path == ("persona",) and issue.message.startswith("'persona' must be one persona's id, not a list"):
            node = None  # a buying committee, told what to write already (see committee_advice)
        if (
            isinstance(node, SequenceNode) and node.flow_style and node.value
            and str(node.tag) == "tag:yaml.org,2002:seq"  # no value is suggested from a refused tag's (`!!python/…`)
            and node.start_mark.line == node.end_mark.line
            and all(isinstance(item, ScalarNode) and item.value.strip() for item in node.value)
        ):
            written = text[node.start_mark.index:node.end_mark.index]
            value = ", ".join(item.value.strip() for item in node.value)
            if len(node.value) == 1 and value.casefold() in _SLOT_WORDS:
                what = "it looks like a slot left from a template: write the real value in its place, without brackets"
            else:
                line = f"{key}: {value}"
                reread = load_text(line).data
                if reread != {key: value}:
                    line = f"{key}: " + json.dumps(value, ensure_ascii=False)
                what = f"write the text without them ({brief(line)})"
            issue = replace(issue, message=f"{issue.message}: the brackets of {brief(written)} make it a YAML list; {what}")
        told.append(issue)
    return told


#: A `# cxkit:` comment, found cheaply (what it says is read by lint).
_CXKIT_COMMENT = re.compile(r"#[ \t]*cxkit", re.IGNORECASE)


def _commented_keys(issues: list[SchemaIssue], root: Any, text: str) -> list[SchemaIssue]:
    """``issues`` with each key an "unknown_fields" issue stands for that has a `# cxkit:` comment at
    it told one by one, as the first keys of its mapping are, and the issue left for the others.

    A `# cxkit: disable=schema` at an unknown key silences its finding wherever the key is in its
    mapping, as before there was a count; were the key only counted, the comment would silence
    nothing and be reported so.  The comment is at the end of the key's line or on the lines of
    their own just above it; any `# cxkit:` comment will do (what it silences is lint's to read).
    """
    if not any(issue.code == "unknown_fields" for issue in issues) or not _CXKIT_COMMENT.search(text):
        return issues
    from ..yamlio import node_at
    from ruamel.yaml.nodes import MappingNode, ScalarNode

    kind = node_at(root, ("kind",))
    model = MODELS.get(kind.value) if isinstance(kind, ScalarNode) else None
    out: list[SchemaIssue] = []
    for issue in issues:
        node = node_at(root, issue.path[:-1]) if issue.code == "unknown_fields" and model is not None else None
        if not isinstance(node, MappingNode):
            out.append(issue)
            continue
        counted = set(issue.field)
        commented = {key.value for key, _value in node.value
                     if isinstance(key, ScalarNode) and key.value in counted and _comment_at(text, key.start_mark.index)}
        if not commented:
            out.append(issue)
            continue
        parent = issue.path[:-1]
        names = {key.value for key, _value in node.value if isinstance(key, ScalarNode)}
        left = tuple(key for key in issue.field if key not in commented)
        for key in issue.field:
            if key in commented or len(left) < 2:  # one key left is told as the others are
                out.append(_unknown_issue(model, (*parent, key), names))  # type: ignore[arg-type]
            elif key == left[0]:
                out.append(_more_unknown(parent, left))
    return out


def _comment_at(text: str, index: int) -> bool:
    """Whether a `# cxkit:` comment is on the line of ``text`` that character ``index`` is on, or on
    the lines of comments (and blank ones) just above it."""
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    if _CXKIT_COMMENT.search(text, start, len(text) if end < 0 else end):
        return True
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start - 1].strip()
        if line and not line.startswith("#"):
            return False
        if _CXKIT_COMMENT.match(line):
            return True
        start = above
    return False


def lenient_model(data: Any, issues: list[SchemaIssue]) -> CxModel | None:
    """The model of a document without the parts its schema ``issues`` are about, or None.

    For a document whose every schema finding is silenced (a `# cxkit: disable=schema`, `ignore`,
    `per-file-ignores`): the rules that need a valid document run on the rest of it.  A key the
    format does not know is left out, and so is a bad value of a field that may be left out (its
    default stands) or a list item the schema rejects when it is the last of its list (no item after
    it moves up, so every finding keeps its place; never a journey's stage, which the journey rules
    count).  None when an issue is elsewhere (the kind, a required field, an item before others), or
    when what is left does not fit the format either.
    """
    if not isinstance(data, dict) or not issues:
        return None
    kind = data.get("kind")
    model = MODELS.get(kind) if isinstance(kind, str) else None
    if model is None:
        return None
    pruned = without_extensions(data)  # a copy: the document's own data stays as it was read
    drops: set[tuple[Any, ...]] = set()
    for issue in issues:
        where = leave_out(model, issue)
        if where is None:
            return None
        if issue.code == "unknown_fields":  # the unknown keys of a mapping past those told one by one
            drops.update((*where[:-1], key) for key in issue.field)
        else:
            drops.add(where)
    items: dict[tuple[Any, ...], set[int]] = {}
    for where in drops:
        if isinstance(where[-1], int):
            items.setdefault(where[:-1], set()).add(where[-1])
    for owner, indexes in items.items():
        held = _get(pruned, owner)
        if not isinstance(held, list) or indexes != set(range(min(indexes), len(held))):
            return None  # items after it would move up
    # Deepest first, and a list's items from its end.
    for where in sorted(drops, key=lambda p: (len(p), p[-1] if isinstance(p[-1], int) else -1), reverse=True):
        parent = _get(pruned, where[:-1])
        if isinstance(parent, dict) and where[-1] in parent:
            del parent[where[-1]]
        elif isinstance(parent, list) and isinstance(where[-1], int) and where[-1] < len(parent):
            del parent[where[-1]]
    try:
        return model.model_validate(pruned)
    except ValidationError:
        return None


def leave_out(model: type[CxModel], issue: SchemaIssue) -> tuple[Any, ...] | None:
    """What to leave out of the data for ``issue``: an unknown key, an optional field, a list item; or None."""
    path = tuple(issue.path)
    if issue.code in ("unknown_field", "unknown_fields") and path and isinstance(path[-1], str):
        return path
    while path:
        last = path[-1]
        if isinstance(last, int):
            return path if path[:-1] != ("stages",) else None
        owner = _walk(model, path)
        field = owner.model_fields.get(last) if owner is not None and isinstance(last, str) else None
        if field is not None and not field.is_required():
            return path
        path = path[:-1]
    return None
