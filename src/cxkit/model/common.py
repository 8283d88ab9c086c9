"""Building blocks shared by every cxkit document kind."""

from __future__ import annotations

import datetime as _dt
import math
import re
from enum import Enum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

SLUG_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
EXTENSION_PREFIX = "x-"

#: How YAML spells the numbers that have no digits; cxkit shows them so, as the author wrote them.
_NON_FINITE = {math.inf: ".inf", -math.inf: "-.inf"}


def _non_finite_as_written(value: Any) -> Any:
    """`.inf` and `.nan` stay what the author wrote, so no slug (`str()` would make them `inf`, `nan`).

    A number with a spelling of its own (`1e400`, see yamlio.WrittenFloat) keeps it.
    """
    if isinstance(value, float) and not math.isfinite(value):
        text = str(value)
        return text if text not in ("inf", "-inf", "nan") else _NON_FINITE.get(value, ".nan")
    return value


Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=120), BeforeValidator(_non_finite_as_written)]
#: Text must hold something besides whitespace; checked inside pydantic-core, not by a Python call per value.
# What str.strip() leaves, spelled out: `\s` differs between pydantic's engine, Python and the
# ECMA-262 regexes of JSON Schema validators (U+FEFF, U+0085, \x1c-\x1f), these escapes do not.
BLANKS = r"\t-\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
NOT_BLANK_PATTERN = f"[^{BLANKS}]"
Text = Annotated[str, StringConstraints(min_length=1, pattern=NOT_BLANK_PATTERN)]


def no_items() -> list[Any]:
    """An empty list: the default of a list field.  Not ``default_factory=list``: pydantic asks a
    factory for its signature, and a builtin's is read by tokenizing its text (compiling tokenize's
    large regex in every process that imports the models)."""
    return []


def unique_ids(items: list[Any], what: str) -> None:
    """Raise when two items share an id (stages in a journey, sources in a file)."""
    seen: set[str] = set()
    for item in items:
        ident = getattr(item, "id", None)
        if ident in seen:
            raise ValueError(f"two {what} share the id '{ident}'; ids must be unique within the document")
        seen.add(ident)

def brief(value: Any, limit: int = 60) -> str:
    """A value as a message shows it, in the author's words rather than Python's.

    Text is quoted (``'persna'``) and numbers are written as they are (``112``), cut
    to ``limit`` characters so a huge value cannot flood a message; an empty value,
    true/false, a list and a mapping are named in words, never as ``None``, ``True``,
    ``[]`` or ``{}``.
    """
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, float) and not math.isfinite(value):
        return _non_finite_as_written(value)
    # A number as written (`2026.10`, `007`: yamlio keeps that), not as Python prints it.
    if isinstance(value, str):
        # Cut inside the quotes, which stay: `'Odbiór mieszkania od dewelo…'`, never `'Odbiór mieszkania od dewelo…`.
        shown = repr(value)
        if len(shown) <= limit:
            return shown
        cut = value[: max(limit - 3, 1)]
        while len(repr(cut + "…")) > limit and len(cut) > 1:
            cut = cut[:-1]
        return repr(cut + "…")
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ASCII digits, to the very end: as JSON Schema's `format: date` (RFC 3339 full-date) reads a date.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def _iso_date(value: Any) -> Any:
    """Accept real dates written as YYYY-MM-DD, nothing looser (no blanks around it either)."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"'{value}' is not a real date{_why_no_date(value)}") from exc
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        raise ValueError(f"expected a date written as YYYY-MM-DD without spaces around it, got {brief(value)}")
    raise ValueError(f"expected a date written as YYYY-MM-DD, got {brief(value)}{_date_meant(value)}")


#: Dates written the way people write them by hand: day and month in either order, or the year first.
#: "30.11.2026", "30.11.2026 r." (Polish: "roku", the way a date is most often written there).
_NUMERIC_DATE = re.compile(r"\s*([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4})(?:\s*r\.?)?\s*\Z")
_YEAR_FIRST = re.compile(r"\s*([0-9]{4})([./-])([0-9]{1,2})\2([0-9]{1,2})\s*\Z")


def _real_date(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


#: Month names as dates are written out in Polish (nominative and genitive, "3 października 2026"),
#: English and Roman numerals ("3 X 2026"), and their usual short forms; diacritics folded.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    "styczen stycznia sty jan january i", "luty lutego lut feb february ii",
    "marzec marca mar march iii", "kwiecien kwietnia kwi apr april iv",
    "maj maja may v", "czerwiec czerwca cze jun june vi",
    "lipiec lipca lip jul july vii", "sierpien sierpnia sie aug august viii",
    "wrzesien wrzesnia wrz sep sept september ix", "pazdziernik pazdziernika paz oct october x",
    "listopad listopada lis nov november xi", "grudzien grudnia gru dec december xii",
), start=1):
    _MONTHS.update(dict.fromkeys(_names.split(), _number))
_FOLD_PL = str.maketrans("ąćęłńóśźż", "acelnoszz")
#: "3 października 2026", "3 października 2026 r.", "3rd October 2026", "3 X 2026"; "Oct 3, 2026", "October 3rd 2026".
_DAY_MONTH_YEAR = re.compile(
    r"\s*([0-9]{1,2})(?:st|nd|rd|th)?(?:\.\s*|\s+)([^\W\d_]+)(?:\.\s*|,?\s+)([0-9]{4})(?:\s*r\.?)?\s*\Z")
_MONTH_DAY_YEAR = re.compile(r"\s*([^\W\d_]+)\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})\s*\Z")


#: A month without its day: "październik 2026", "X 2026 r.", "Oct 2026", "10.2026", "2026-10".
_MONTH_YEAR = re.compile(r"\s*(?:([^\W\d_]+)\.?\s+|([0-9]{1,2})[./-])([0-9]{4})(?:\s*r\.?)?\s*\Z")
_YEAR_MONTH = re.compile(r"\s*([0-9]{4})[./-]([0-9]{1,2})\s*\Z")


def _month_only(value: str) -> str:
    """For a month written without its day ("październik 2026"): that a date needs its day, with the
    month's first as an example; "" for anything else."""
    m = _MONTH_YEAR.match(value)
    if m:
        number = _MONTHS.get(m.group(1).lower().translate(_FOLD_PL)) if m.group(1) else int(m.group(2))
        year = int(m.group(3))
    else:
        m = _YEAR_MONTH.match(value)
        number, year = (int(m.group(2)), int(m.group(1))) if m else (None, 0)
    first = _real_date(year, number, 1) if number else None
    if first is None:
        return ""
    return (f"; a date needs its day too: write {first.strftime('%Y-%m')}-DD with the day ({first.isoformat()} for the "
            "month as a whole)")


def _named_month_date(value: str) -> _dt.date | None:
    """The date written with the month's name (Polish, English or a Roman numeral), or None."""
    m = _DAY_MONTH_YEAR.match(value)
    if m:
        day, month, year = m.group(1), m.group(2), m.group(3)
    else:
        m = _MONTH_DAY_YEAR.match(value)
        if not m:
            return None
        month, day, year = m.group(1), m.group(2), m.group(3)
    number = _MONTHS.get(month.lower().translate(_FOLD_PL))
    return _real_date(int(year), number, int(day)) if number else None


#: Two dates with a dash or a word between them: fieldwork that ran for a period.
_PERIOD = re.compile(r"\s*(\S.*?)\s*(?:\s[-–—]\s|[–—]|\s(?:to|do|until)\s)\s*(\S.*?)\s*\Z", re.IGNORECASE)


def _one_date(text: str) -> _dt.date | None:
    """The day ``text`` names when it names one, as written in ISO or by hand, else None."""
    if _ISO_DATE.match(text):
        try:
            return _dt.date.fromisoformat(text)
        except ValueError:
            return None
    found = _named_month_date(text)
    if found is not None:
        return found
    m = _YEAR_FIRST.match(text) or None
    if m:
        return _real_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    m = _NUMERIC_DATE.match(text)
    return _real_date(int(m.group(4)), int(m.group(3)), int(m.group(1))) if m else None


def date_period(value: Any) -> tuple[_dt.date, _dt.date] | None:
    """The first and last day of a period written where one date goes (`2026-11-12 - 2026-11-26`,
    `12.11.2026–26.11.2026`), or None."""
    if not isinstance(value, str):
        return None
    m = _PERIOD.match(value)
    if not m:
        return None
    first, last = _one_date(m.group(1)), _one_date(m.group(2))
    return (first, last) if first is not None and last is not None and first <= last else None


#: A quarter: "Q1 2027", "Q1/2027", "2027 Q1", "2027-Q1", "I kwartał 2027", "1 kw. 2027", "1Q 2027".
_QUARTER = re.compile(
    r"\s*(?:q\s*([1-4])|([1-4])\s*q|(i{1,3}|iv|[1-4])\s*(?:kw\.?|kwarta\w*|quarter))\s*[/'’.-]?\s*([0-9]{4})\s*(?:r\.?)?\s*\Z"
    r"|\s*([0-9]{4})\s*[/-]?\s*q\s*([1-4])\s*\Z",
    re.IGNORECASE,
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _quarter(value: str) -> str:
    """For a quarter ("Q1 2027"): the date of its last day, with its first; "" for anything else."""
    m = _QUARTER.match(value)
    if not m:
        return ""
    said = m.group(1) or m.group(2) or m.group(3) or m.group(6)
    number = _ROMAN.get(said.lower()) or int(said)
    year = int(m.group(4) or m.group(5))
    first = _dt.date(year, 3 * number - 2, 1)
    last = _dt.date(year + (number == 4), 1 if number == 4 else 3 * number + 1, 1) - _dt.timedelta(days=1)
    return (f"; a date is one day: write {last.isoformat()} for the end of Q{number} {year} "
            f"(or {first.isoformat()} for its start)")


#: Part of a month in words: "koniec lutego", "end of February 2027", "początek marca", "połowa maja".
_MONTH_PART = re.compile(
    r"\s*(koniec|końca|konca|na koniec|end of( the)?|pocz[aą]tek|pocz[aą]tku|start of|beginning of|early|"
    r"po[lł]owa|po[lł]owy|w po[lł]owie|mid|middle of|late)\s+([^\W\d_]+)\.?(?:\s+([0-9]{4})(?:\s*r\.?)?)?\s*\Z",
    re.IGNORECASE,
)


def _month_part(value: str, today: _dt.date | None = None) -> str:
    """For part of a month in words ("koniec lutego"): the date it stands for, in the year written or
    else the month's next coming; "" for anything else."""
    m = _MONTH_PART.match(value)
    number = _MONTHS.get(m.group(3).lower().translate(_FOLD_PL)) if m else None
    if m is None or number is None or len(m.group(3)) < 3:
        return ""
    today = today or _dt.date.today()
    year = int(m.group(4)) if m.group(4) else today.year + (number < today.month)
    word = m.group(1).lower()
    if word.startswith(("kon", "koń", "na kon", "end", "late")):
        day = (_dt.date(year + (number == 12), number % 12 + 1, 1) - _dt.timedelta(days=1)).day
    elif word.startswith(("pocz", "start", "begin", "early")):
        day = 1
    else:
        day = 15
    found = _dt.date(year, number, day)
    year_note = "" if m.group(4) else " (the year is a guess: write the one you mean)"
    return f"; a date needs its year, month and day: did you mean {found.isoformat()}?{year_note}"


def _date_meant(value: Any) -> str:
    """The ISO date a hand-written date stands for: "; did you mean 2026-12-05?", or both readings when
    the order of day and month is not clear (`05/12/2026` is 5 December in the UK and Poland, May 12 in the US)."""
    if not isinstance(value, str):
        return ""
    period = date_period(value)
    if period is not None:
        first, last = period
        return (f"; it is a period, and the field holds one date: write its first day ({first.isoformat()}) "
                f"or its last ({last.isoformat()})")
    hint = _quarter(value) or _month_part(value)
    if hint:
        return hint
    named = _named_month_date(value)
    if named is not None:
        return f"; did you mean {named.isoformat()}?"
    m = _YEAR_FIRST.match(value)
    if m:
        found = _real_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        return f"; did you mean {found.isoformat()}?" if found else ""
    m = _NUMERIC_DATE.match(value)
    if not m:
        return _month_only(value)
    first, sep, second, year = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
    day_first = _real_date(year, second, first)
    month_first = _real_date(year, first, second)
    if sep == ".":
        month_first = None  # 05.12.2026 is written day first (Poland, Germany); nobody writes the month first so
    if day_first and month_first and day_first != month_first:
        return (f"; did you mean {day_first.isoformat()} (day first, as in the UK and Poland) or "
                f"{month_first.isoformat()} (month first, as in the US)?")
    found = day_first or month_first
    return f"; did you mean {found.isoformat()}?" if found else ""


def _why_no_date(value: str) -> str:
    """Why YYYY-MM-DD text names no day, and the date meant when month and day look swapped."""
    year, month, day = (int(part) for part in value.split("-"))
    if 1 <= day <= 12 < month <= 31:
        try:
            swapped = _dt.date(year, day, month)
        except ValueError:
            swapped = None
        if swapped is not None:
            return f" (dates are YYYY-MM-DD, and there is no month {month}); did you mean {swapped.isoformat()}?"
    if not 1 <= month <= 12:
        return f" (dates are YYYY-MM-DD, and there is no month {month})"
    if year == 0:
        return " (there is no year 0)"
    if day == 0:
        return " (days start at 1)"
    import calendar

    return f" ({year:04d}-{month:02d} has {calendar.monthrange(year, month)[1]} days)"


IsoDate = Annotated[
    _dt.date,
    BeforeValidator(_iso_date),
    Field(json_schema_extra={"format": "date"}),
]


class CxModel(BaseModel):
    """Base for every cxkit model: unknown keys are errors.

    Keys starting with `x-` are the author's own; :func:`cxkit.model.validate.validate`
    sets them aside before validation (the JSON Schema allows them everywhere).
    """

    model_config = ConfigDict(
        extra="forbid",
        coerce_numbers_to_str=True,
        populate_by_name=True,
        json_schema_extra={"patternProperties": {"^x-": {}}},
    )


class Trait(CxModel):
    """A statement about a person; a plain string or text that cites its sources.

    Both forms are equal::

        goals:
          - Kupić słuchawki do 1500 zł
          - text: Słucha muzyki po 22:00, gdy dzieci śpią
            sources: [wywiady-2026-09]
    """

    text: Text = Field(description="The trait itself, as specific as the research allows.",
                       examples=["Listens to music after 22:00, when the children are asleep"])
    sources: list[Slug] = Field(
        default_factory=no_items,
        description="Ids of entries in this document's `sources` that support the trait.",
        examples=[["interviews-2026-09"]],
    )

    @model_validator(mode="before")
    @classmethod
    def _from_plain(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"text": value}
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return {"text": str(value)}
        return value

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema = handler(core_schema)
        return {"anyOf": [{"type": "string", "minLength": 1, "pattern": NOT_BLANK_PATTERN}, schema]}


TraitList = list[Trait]


class SourceType(str, Enum):
    interview = "interview"
    survey = "survey"
    analytics = "analytics"
    focus_group = "focus-group"
    sales_data = "sales-data"
    support = "support"
    desk_research = "desk-research"
    other = "other"


class Source(CxModel):
    """A piece of research a persona rests on."""

    id: Slug = Field(description="Unique within the document; traits cite it.", examples=["interviews-2026-09"])
    type: SourceType = Field(description="What kind of research this is: interview, survey, analytics, focus-group, "
                             "sales-data, support, desk-research or other (observation, a diary "
                             "study, a usability test...: name the method in `note`).", examples=["interview"])
    date: IsoDate | None = Field(default=None, description="When the research was done (YYYY-MM-DD).",
                                 examples=["2026-09-18"])
    n: Annotated[int, Field(strict=True, ge=1)] | None = Field(default=None, description="Sample size: the people "
                                                                "or answers behind the source.", examples=[12])
    link: str | None = Field(default=None, description="Where the raw material lives.",
                             examples=["research/interviews-2026-09/"])
    note: str | None = Field(default=None, description="Anything a reader should know about the source: who ran "
                             "it, what it left out.", examples=["Recruited from support tickets; no one under 30"])
