"""What every renderer shows, in one order: sections of a persona, rows of a journey, overview counts.

Renderers only decide how things look; this module decides what is shown and in
which order, so the terminal, Markdown and HTML views never disagree.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from ..model import JourneyMap, NegativePersona, Persona, Stage, Trait
from ..model.persona import NEGATIVE_TRAIT_FIELDS, PSYCHOGRAPHIC_FIELDS, TRAIT_FIELDS
from .labels import Labels

# A line or paragraph separator pasted from a word processor (and NEL, also a C1 control a
# terminal may act on) is a line break to its author: every view shows it as one.
_SEPARATORS_AS_BREAKS = {0x2028: "\n", 0x2029: "\n", 0x85: "\n"}


def shown(text: str) -> str:
    """Free text with its line and paragraph separators (and NEL) as plain line breaks, without the
    ones it ends with: a `|` value's last line break (or the blank lines `|+` keeps) means nothing
    to a reader, and drew an empty line at the foot of a table cell."""
    return text.translate(_SEPARATORS_AS_BREAKS).rstrip("\r\n")


def text_lines(text: str) -> list[str]:
    """Free text (a summary, a quote, a journey's goal) as the lines its author wrote.

    A line break in a value is the author's: YAML folds a plain, a quoted or a ``>`` value's lines
    into one, so a break is left only where a ``|`` block keeps one (one interview turn per line),
    a quoted value says ``"\\n"``, or a ``>`` value has a blank or a more-indented line. Spaces inside
    a line are folded and empty lines dropped, as in a trait; a view keeps each line on its own.
    """
    lines = (" ".join(line.split()) for line in shown(text).splitlines())
    return [line for line in lines if line]


#: Top-level domains that make a host written without a scheme or ``www.`` an address
#: (``northgatevets.co.uk/claims``, ``sklep.example.com``): common ones only, so that ``np.wiek``,
#: ``v2.0``, ``m.in.`` and a file name (``cxkit.toml``, ``raport.pdf``) never read as one.
HOST_TLDS = ("com", "org", "net", "edu", "gov", "info", "biz", "io", "app", "dev", "eu", "pl", "uk", "de",
             "fr", "es", "nl", "ch", "cz", "sk", "se", "dk", "fi", "ie", "pt", "ua", "lt", "lv", "ee", "hu",
             "ro", "ca", "au", "nz")
_TLD = "|".join(HOST_TLDS)
# A host without a scheme: its names, each of letters, digits and inner hyphens, and a dot before
# the top-level domain; never a part of a word, a path or an e-mail address (ania@firma.pl).
_BARE_HOST = r"(?<![\w.@/-])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\."

#: A web address in text, up to a space: ``https://…``, ``www.…``, or a host without either that
#: ends in a top-level domain of :data:`HOST_TLDS` — before a ``/`` (``sklep.pl/zwroty``,
#: ``Allegro.PL/…``), or lowercase and at the end of the word (``sklep.example.com``,
#: ``orange.pl,``; ``ASP.NET`` and ``plik.info.txt`` are not hosts). Every view (the terminal,
#: Markdown and HTML) finds addresses with this one pattern, and folds them at their joints.
#: A scheme is at most 64 characters before its ``://`` (the longest in use are about half that):
#: unbounded, each word joint of a long dotted word ("a.a.a.…", 100 kB) was read to the word's end
#: again, seconds of work; bounded, the search is linear.
URL = re.compile(rf"(?:\b[A-Za-z][A-Za-z0-9+.-]{{0,64}}://|\bwww\.)\S+"
                 rf"|{_BARE_HOST}(?:(?i:{_TLD})/\S*|(?:{_TLD})(?![\w-]|\.\w))")

#: One percent-encoded character of a web address: its first byte's escape and the escapes of the
#: UTF-8 bytes that continue it (``%C5%BC`` is ż, ``%F0%9F%9A%B2`` 🚲), or one escape (``%20``).
ESCAPED_CHAR = re.compile(r"%[0-9A-Fa-f]{2}(?:%[89ABab][0-9A-Fa-f])*")


def url_cuts(url: str, joints: str, host_dots: bool = False) -> list[int]:
    """Where a web address may fold, in order: after each of ``joints`` past its scheme (and after
    a ``.`` of its host with ``host_dots``), and before and after each percent-escaped character,
    never inside one (``%C5%BC`` is ż: ``%C`` over ``5%BC`` reads as nothing). The scheme stays with
    the host."""
    scheme = url.find("://") + 3 if "://" in url else 0
    host_end = url.find("/", scheme) if "/" in url[scheme:] else len(url)
    cuts = {i + 1 for i, char in enumerate(url)
            if scheme < i + 1 < len(url) and (char in joints or (host_dots and char == "." and i < host_end))}
    for match in ESCAPED_CHAR.finditer(url, host_end):
        cuts.update(pos for pos in match.span() if 0 < pos < len(url))
    return sorted(cuts)


_NAME_BREAKS = re.compile("[ \t\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")


def name_line(name: str) -> str:
    """A persona's or a journey's name on one line, its line breaks (and runs of spaces) as one space.

    A name is a title: it heads a card, a page, an overview row and a journey's "Persona:" line,
    and titles are one line in every view — the terminal's frame, Mermaid's title, an HTML
    ``<title>``, a Markdown heading (whose anchor and table of contents would glue the words either
    side of a ``<br>`` together). A stage's name is another matter: it heads a column, where the
    author's break helps, and the Markdown and HTML exports keep it.
    """
    # Only line breaks and the ASCII blanks around them: a no-break space (`z\u00a0Krakowa`, Polish
    # typography keeps a one-letter word with the next) is the author's and stays.
    return " ".join(_NAME_BREAKS.split(str(name).strip(" \t\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")))


def with_lone_surrogates_escaped(text: str) -> str:
    """``text`` with each lone surrogate written ``\\udcb3``, as cxkit's output streams write it.

    A file name that is not UTF-8 (``Pawe\\xb3.yaml`` from a Windows archive) reaches Python with
    each odd byte as a lone surrogate. Standard output writes one as ``\\udcb3``
    (``backslashreplace``), six characters where the terminal view had counted one cell for it:
    a frame around the name came out five columns too wide. Escaped before it is laid out, the
    name is measured as it is shown, and looks the same on stdout and in ``-o FILE``.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


DEMOGRAPHIC_FIELDS: tuple[str, ...] = ("age", "gender", "location", "education", "occupation", "income", "household")

#: Rows of a journey map, in the order a CX team reads a stage top to bottom: the order of a
#: stage's fields in docs/format.md, in `cxkit new journey`'s template and in `cxkit fmt`, so the
#: metrics that measure a stage come before the fixes planned for it.
JOURNEY_ROWS: tuple[str, ...] = (
    "goal", "touchpoints", "doing", "thinking", "feeling", "emotion",
    "barriers", "pain_points", "love_points", "metrics", "opportunities",
)

#: The rows of the CSV export, in the order it has always written them (opportunities before
#: metrics): a sheet or script that reads the export by row keeps reading the same rows.
CSV_ROWS: tuple[str, ...] = (
    "goal", "touchpoints", "doing", "thinking", "feeling", "emotion",
    "barriers", "pain_points", "love_points", "opportunities", "metrics",
)
_TEXT_ROWS = ("goal", "doing", "thinking", "feeling")
_TRAIT_ROWS = ("barriers", "pain_points", "love_points", "metrics")


@dataclass(frozen=True, slots=True)
class Entry:
    """One line item: an optional ``lead`` (a channel), the text, cited source ids and a quiet ``meta``."""

    text: str
    sources: tuple[str, ...] = ()
    meta: str = ""
    lead: str = ""

    def plain(self) -> str:
        out = f"{self.lead}: {self.text}" if self.lead and self.text else (self.lead or self.text)
        if self.sources:
            out += f" [{', '.join(self.sources)}]"
        if self.meta:
            out += f" ({self.meta})"
        return out


def trait_entry(trait: Trait) -> Entry:
    return Entry(trait.text, tuple(trait.sources))


def persona_sections(model: Persona | NegativePersona) -> list[tuple[str, list[Entry]]]:
    """Trait sections that hold something; a negative persona's reasons come first."""
    fields: tuple[str, ...] = TRAIT_FIELDS
    if isinstance(model, NegativePersona):
        fields = NEGATIVE_TRAIT_FIELDS + TRAIT_FIELDS
    out: list[tuple[str, list[Entry]]] = []
    for name in fields:
        traits = getattr(model, name)
        if traits:
            out.append((name, [trait_entry(t) for t in traits]))
    return out


def psychographic_sections(model: Persona | NegativePersona) -> list[tuple[str, list[Entry]]]:
    psycho = model.psychographics
    if psycho is None:
        return []
    return [(name, [trait_entry(t) for t in getattr(psycho, name)]) for name in PSYCHOGRAPHIC_FIELDS if getattr(psycho, name)]


def demographic_rows(model: Persona | NegativePersona) -> list[tuple[str, str]]:
    demo = model.demographics
    if demo is None:
        return []
    return [(name, str(getattr(demo, name))) for name in DEMOGRAPHIC_FIELDS if getattr(demo, name) not in (None, "")]


def citations(model: Any) -> dict[str, int]:
    """How many traits cite each source id (so a reader sees what carries weight)."""
    counts: dict[str, int] = {}
    if isinstance(model, JourneyMap):
        entries = [trait_entry(t) for s in model.stages for row in _TRAIT_ROWS for t in getattr(s, row)]
    else:
        entries = [e for _n, items in persona_sections(model) + psychographic_sections(model) for e in items]
    for entry in entries:
        for sid in entry.sources:
            counts[sid] = counts.get(sid, 0) + 1
    return counts


def source_rows(model: Any, labels: Labels) -> list[dict[str, str]]:
    """The sources of a persona or journey as display strings, with how often each is cited."""
    cited = citations(model)
    rows = []
    for src in model.sources:
        rows.append({
            "id": src.id,
            "type": labels.source_type(src.type),
            "date": src.date.isoformat() if src.date else "",
            "n": str(src.n) if src.n is not None else "",
            "note": " ".join((src.note or "").split()),
            "link": src.link or "",
            "cited": str(cited.get(src.id, 0)),
        })
    return rows


def stage_entries(stage: Stage, row: str, labels: Labels) -> list[Entry]:
    """The items of one journey cell (everything but the emotion row)."""
    if row in _TEXT_ROWS:
        value = getattr(stage, row)
        return [Entry(value)] if value else []
    if row in _TRAIT_ROWS:
        return [trait_entry(t) for t in getattr(stage, row)]
    if row == "touchpoints":
        # A blank part (`description: " "`) is absent: no "forum:" left hanging after its channel.
        return [
            Entry(tp.description if tp.description and tp.description.strip() else "",
                  lead=tp.channel if tp.channel and tp.channel.strip() else "")
            for tp in stage.touchpoints
        ]
    if row == "opportunities":
        out = []
        for opp in stage.opportunities:
            bits = [opp.owner or ""]
            if opp.due:
                bits.append(f"{labels['due']} {opp.due.isoformat()}")
            bits.append(labels.status(opp.status))
            out.append(Entry(opp.action, meta=" · ".join(b for b in bits if b)))
        return out
    raise KeyError(row)


def paragraph_lines(text: str, shown_line: Callable[[str], str], indent: str) -> list[str]:
    """Free text as the Markdown and HTML exports keep it, a line each: the author's lines, with the
    spaces inside each folded and its words made safe by ``shown_line``; a run of empty lines between
    two lines is one ``""``, a paragraph break (each export draws it its own way), and empty lines at
    either end are dropped. A line after the first keeps its indentation (code, a nested point) as
    ``indent`` a column, which neither a table cell nor a paragraph strips."""
    lines: list[str] = []
    for line in shown(text).strip().splitlines():
        words = " ".join(line.split())
        if words:
            lines.append(indent * indentation(line) * bool(lines) + shown_line(words))
        elif lines and lines[-1]:
            lines.append("")
    return lines


def indentation(line: str) -> int:
    """How many columns of spaces ``line`` starts with (a tab: to the next multiple of 4): the
    exports keep a trait's indented lines (code, a nested point) indented, as the terminal does."""
    wide = line.expandtabs(4)
    return len(wide) - len(wide.lstrip(" "))


def journey_rows(stages: Iterable[Stage], order: tuple[str, ...] = JOURNEY_ROWS) -> list[str]:
    """Rows that hold something in at least one stage, in ``order``; empty rows only waste the wall."""
    stages = list(stages)
    rows = []
    for row in order:
        if row == "emotion":
            if any(s.emotion is not None for s in stages):
                rows.append(row)
            continue
        if any(getattr(s, row) for s in stages):
            rows.append(row)
    return rows


def select_stages(journey: JourneyMap, wanted: list[str]) -> list[Stage]:
    """The stages to show, in journey order; ``wanted`` (ids or names) are checked by the caller."""
    if not wanted:
        return list(journey.stages)
    keep = {stage.id for stage in map(lambda w: stage_named(journey, w), wanted) if stage is not None}
    return [s for s in journey.stages if s.id in keep]


#: A journey of more stages than this comes in parts of at most this many stages, in the HTML and the
#: Markdown export alike: side by side they take a wide screen at their 11rem each, and an A4 page in
#: landscape without breaking words; a Markdown table of more scrolls sideways in a pull request.
PART_STAGES = 7


def stage_parts(count: int, most: int = PART_STAGES) -> list[range]:
    """Stage indexes per part: as few parts as hold ``most`` stages each, of nearly equal length
    (25 stages: 7, 6, 6 and 6, not 7, 7, 7 and 4)."""
    if count <= most:
        return [range(count)]
    parts = -(-count // most)
    out, start = [], 0
    for i in range(parts):
        size = count // parts + (1 if i < count % parts else 0)
        out.append(range(start, start + size))
        start += size
    return out


def stage_numbers(journey: JourneyMap, stages: Iterable[Stage]) -> list[int]:
    """Each of ``stages``' number in the whole journey (1-based), as every view numbers them."""
    place = {id(stage): i + 1 for i, stage in enumerate(journey.stages)}
    return [place[id(stage)] for stage in stages]


def number_runs(numbers: list[int]) -> str:
    """Stage numbers as people write them: ``12, 22``; a run of three or more as ``3–5``."""
    out: list[str] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        if j - i >= 2:
            out.append(f"{numbers[i]}–{numbers[j]}")
        else:
            out.extend(str(n) for n in numbers[i:j + 1])
        i = j + 1
    return ", ".join(out)


#: The labels of a few stages of a journey, for one stage and for more: a part of the grid
#: ("Stages 1–7 of 25"), and an export of the stages --stage picked ("Selected stages: 12, 22 of 25; …").
_STAGES_LABELS = {"part": ("part.one", "part"), "partial": ("partial.one", "partial.many")}


def stages_label(journey: JourneyMap, stages: list[Stage], labels: Any, key: str) -> str:
    """"Stages 12, 22 of 25" in ``labels``' language: ``key`` ``part`` or ``partial`` (see
    :data:`_STAGES_LABELS`), its label for one stage or for more, with the stages' numbers in the
    whole journey as people write them (:func:`number_runs`)."""
    from ..lint.polish import out_of

    one, many = _STAGES_LABELS[key]
    numbers = stage_numbers(journey, stages)
    return labels[one if len(numbers) == 1 else many].format(
        numbers=number_runs(numbers), total=len(journey.stages), of_total=out_of(len(journey.stages)))


def lifecycle_line(model: Any, labels: Any) -> str | None:
    """"Status: wycofana" ("Status: retired", "Status: draft") for a document whose `status` is not active,
    in the words of its language; None for one in use (`active`, or no `status`): every view that
    shows a document's owner and review date says it beside them, as the terminal's header does."""
    status = getattr(model, "status", None)
    if status in (None, "active"):
        return None
    return f"{labels['lifecycle']}: {labels['lifecycle.' + status]}"


def partial_line(journey: JourneyMap, stages: list[Stage], labels: Any) -> str | None:
    """"Selected stages: 12, 22 of 25; …" when ``stages`` leave some of the journey's
    out (None when every stage is shown): an export of a few stages must not pass for the map."""
    if len(stages) >= len(journey.stages):
        return None
    return stages_label(journey, stages, labels, "partial")


def stage_named(journey: JourneyMap, wanted: str) -> Stage | None:
    """The stage ``--stage wanted`` means: by id, else by name; in any case ('Zakup', 'PURCHASE');
    else by its number (``12``), as every view numbers the stages (``12. KSeF connection``).

    The closest match wins: the id as typed, the name as typed (its spaces one), then the id
    and the name in any case, then either without diacritics ('Doplata za amortyzacje' for
    "Dopłata za amortyzację", as typed where no Polish keyboard is set up), and only then a number — unless a stage's id or name is a number
    (``0``, ``1``, ``2``), when every number is an id or a name (see :func:`numbered_by_id`).
    Two stages that match equally closely ('Purchase' and 'purchase' for ``PURCHASE``) are a
    usage error naming both ids, never a silent first pick.
    """
    spaced = " ".join(wanted.split())
    key = folded(wanted)
    plain_key = bare(wanted)
    tiers = (
        lambda s: s.id == wanted,
        lambda s: " ".join(str(s.name).split()) == spaced,
        lambda s: s.id == key,
        lambda s: folded(str(s.name)) == key,
        # Typed without its letters' marks, on a keyboard with no Polish layout: "Doplata za amortyzacje".
        lambda s: bare(str(s.id)) == plain_key or bare(str(s.name)) == plain_key,
    )
    for matches in tiers:
        found = [stage for stage in journey.stages if matches(stage)]
        if len(found) == 1:
            return found[0]
        if found:
            from ..discovery import UsageError
            from ..visible import visible_line

            named = ", ".join(f"'{s.id}' ({' '.join(str(s.name).split())})" for s in found)
            raise UsageError(visible_line(f"--stage '{wanted}' matches {len(found)} stages: {named}; "
                                          "give the id of the one you mean"))
    if (_STAGE_NUMBER.fullmatch(wanted.strip()) and int(wanted) <= len(journey.stages)
            and not numbered_by_id(journey)):
        return journey.stages[int(wanted) - 1]
    return None


#: A stage's number as ``--stage`` takes it: 1, 12, never 0 or 012.
_STAGE_NUMBER = re.compile(r"[1-9][0-9]{0,5}")
_BARE_NUMBER = re.compile(r"[0-9]+")


def numbered_by_id(journey: JourneyMap) -> bool:
    """Whether a stage's id or name is a bare number (``0``, ``2``): then ``--stage 3`` is an id or
    a name only, never the 3rd stage. Both readings in one journey (ids ``0``, ``1``, ``2``) would
    make ``--stage 2,3`` the stage with id 2 twice, one stage where two were asked for, and
    ``--stage 3`` the stage whose id is 2, silently."""
    return any(_BARE_NUMBER.fullmatch(str(s.id)) or _BARE_NUMBER.fullmatch(" ".join(str(s.name).split()))
               for s in journey.stages)


def folded(name: str) -> str:
    """A name as ``--stage`` compares it: in any case, its spaces one."""
    return " ".join(name.split()).casefold()


#: Letters whose mark is part of the letter (no decomposition takes it off): ł is l with a stroke.
_STROKED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ŧ": "t", "ı": "i", "æ": "ae", "œ": "oe"})


def bare(name: str) -> str:
    """``name`` as :func:`folded` has it, without diacritics: "dopłata za amortyzację" is
    "doplata za amortyzacje", "Żółkiewska" "zolkiewska", "Café" "cafe"."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", folded(name).translate(_STROKED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def trait_count(model: Any) -> int:
    if isinstance(model, (Persona, NegativePersona)):
        return sum(len(e) for _n, e in persona_sections(model) + psychographic_sections(model))
    return 0


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """One document in a folder overview."""

    path: str
    kind: str
    id: str
    name: str
    lang: str
    owner: str
    reviewed: _dt.date | None
    traits: int | None = None
    sources: int | None = None
    stages: int | None = None
    opportunities: int | None = None
    persona: str = ""  # for journeys: the persona's name (or id when not found)
    #: The document's `status` when it is not in use (`retired`, `draft`), else "": the overview marks it.
    status: str = ""


_KIND_ORDER = {"persona": 0, "negative-persona": 1, "journey": 2}


def overview_rows(docs: Iterable[tuple[str, str, Any]], workspace_of: dict[str, str] | None = None) -> list[OverviewRow]:
    """Rows for (path, lang, model) triples: personas, then negative personas, then journeys.

    ``workspace_of``: each path's workspace, when the folder holds several (one per client): a
    journey's persona is named from its own workspace only.
    """
    items = list(docs)
    where = workspace_of or {}
    names = {(where.get(p, ""), m.id): m.name for p, _l, m in items if isinstance(m, (Persona, NegativePersona))}
    rows = []
    for path, lang, model in items:
        status = getattr(model, "status", None)
        common = dict(path=path, kind=model.kind, id=model.id, name=model.name, lang=lang,
                      owner=model.owner or "", reviewed=model.reviewed,
                      status=status if status in ("draft", "retired") else "")
        if isinstance(model, JourneyMap):
            rows.append(OverviewRow(
                **common,
                sources=len(model.sources),
                stages=len(model.stages),
                opportunities=sum(len(s.opportunities) for s in model.stages),
                persona=names.get((where.get(path, ""), model.persona), model.persona),
            ))
        else:
            rows.append(OverviewRow(**common, traits=trait_count(model), sources=len(model.sources)))
    rows.sort(key=lambda r: (_KIND_ORDER.get(r.kind, 9), collation_key(r.name, r.lang), r.path))
    return rows


#: Polish letters that the alphabet puts right after their base letter (S < Ś, Z < Ź < Ż).
_POLISH_AFTER = {"ą": ("a", 1), "ć": ("c", 1), "ę": ("e", 1), "ł": ("l", 1), "ń": ("n", 1), "ó": ("o", 1),
                 "ś": ("s", 1), "ź": ("z", 1), "ż": ("z", 2)}


#: Cyrillic letters that Ukrainian (and Russian) put right after another one (Г < Ґ, Е < Є < Ё, И < І < Ї < Й),
#: where their code points would put them after Я or fold them (Й as И).
_CYRILLIC_AFTER = {"ґ": ("г", 1), "є": ("е", 1), "ё": ("е", 2), "і": ("и", 1), "ї": ("и", 2), "й": ("и", 3)}
#: Czech and Slovak letters with a place of their own in the alphabet (C < Č, R < Ř, S < Š, Z < Ž).
_CZECH_AFTER = {"č": ("c", 1), "ř": ("r", 1), "š": ("s", 1), "ž": ("z", 1)}


def collation_key(name: str, lang: str | None = None) -> tuple[tuple[int, ...], str]:
    """A sort key for names in Polish alphabetical order that English names sort well by too,
    whatever the system's locale: case ignored, each Polish letter right after its base letter
    ("Szymon" < "Śmigły" < "Tomasz", "Zenon" < "Żaneta"), Ukrainian letters where Ukrainian puts them
    ("Євген" before "Жанна"), any other accent folded ("Zoë" as "Zoe"); then lowercase before
    capitals, then the name as written, so the order is total.  For a Czech or Slovak name (``lang``
    "cs", "sk") Č, Ř, Š and Ž come after C, R, S and Z, and "Ch" after H, as there."""
    text = unicodedata.normalize("NFC", " ".join(name.split())).casefold()
    czech = lang in ("cs", "sk")
    weights: list[int] = []
    skip = False
    for i, char in enumerate(text):
        if skip:
            skip = False
            continue
        if czech and char == "c" and text[i + 1:i + 2] == "h":
            weights.append(ord("h") * 4 + 2)  # after every H, before I
            skip = True
            continue
        after = _POLISH_AFTER.get(char) or _CYRILLIC_AFTER.get(char) or (_CZECH_AFTER.get(char) if czech else None)
        if after is not None:
            weights.append(ord(after[0]) * 4 + after[1])
            continue
        base = unicodedata.normalize("NFD", char)[0] if not char.isascii() else char
        weights.append(ord(base) * 4)
    return tuple(weights), name.swapcase()


def kind_total(rows: list[OverviewRow], kind: str, labels: Any) -> str:
    """How many documents of ``kind`` the overview lists, its retired and draft ones said apart: "persony
    negatywne: 2 (w tym wycofane: 1)", "negative personas: 2 (retired: 1)", so that a profile no longer in
    use is not counted with the current ones unsaid."""
    of_kind = [r for r in rows if r.kind == kind]
    apart = [labels[f"lifecycle.count.{status}"].format(n=n) for status in ("retired", "draft")
             if (n := sum(1 for r in of_kind if r.status == status))]
    said = f"{labels[f'kind.{kind}.plural']}: {len(of_kind)}"
    return said + (f" ({labels['lifecycle.count'].format(list=', '.join(apart))})" if apart else "")


def majority_lang(langs: Iterable[str], default: str | None = None) -> str:
    counts: dict[str, int] = {}
    for lang in langs:
        counts[lang] = counts.get(lang, 0) + 1
    if not counts:
        return default or "en"
    return max(sorted(counts), key=lambda k: counts[k])
