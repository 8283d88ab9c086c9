"""Rules about unfinished documents."""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Iterable, Iterator

from ..finding import Hit, Severity
from ..polish import places, q as quote_pl
from ..rule import Rule, register
from ...workspace import Document
from ...yamlio import implicit_value, node_at, scalar_nodes

_PLACEHOLDER = re.compile(
    r"\b(?:TODO|TBD|FIXME|XXX)\b"
    # TBC only where it stands for a value: alone, in brackets, before a colon or a dash that opens the value,
    # or after a colon, a comma or a dash that ends it ("Termin: 12 marca (TBC)", "Owner: TBC"); "TBC Bank",
    # "badanie w kierunku TBC" (tuberculosis) name something.
    r"|^\s*TBC\s*[.!]?\s*$|(?-i:(?<=[(\[])\s*TBC(?=\s*[)\]])|^\s*TBC(?=\s*[:\-–—])|(?<=[:,\-–—])\s*TBC(?=\s*[.!]?\s*$))"
    r"|^\s*(?:\.\.\.|…|\?\?\?|-|x{4,})\s*$"
    # "As above" for a value not written (`doing: jw.` under the stage before): in Polish "jw.", "j.w.",
    # "jak wyżej", "jak powyżej"; "as above", "same as above". Only as the whole value: "Jak wyżej, ale
    # przez aplikację" says something of its own. (Not in capitals: the net below looks for "wyżej".) A
    # capital W is initials ("J.W.", "JW", an owner's), not "jw.".
    r"|^\s*(?:(?-i:[Jj]\.?\s?w\.?)|(?-i:[Jj]ak (?:po)?wyżej)|(?:same )?as above)\s*[.!]?\s*$"
    # A slot like <imię> or <customer quote>; "cena <300 zł, dostawa >2 dni", <jan@example.pl> and
    # a link written <https://pasmo.pl/badania> are not.
    r"|<(?![A-Za-z][A-Za-z0-9+.-]*://)[^\W\d_][^<>\n@]{0,38}(?<=\S)>"
    r"|\blorem ipsum\b"
    # A slot in square or curly brackets as the whole value: "[owner]", "[imię]", "{zespół}", "{{ owner }}",
    # "[...]". Inside a text they are an editor's cut or note in a quote ("Zamówiłam [...] i czekałam",
    # "[śmiech]"), or what a customer saw: "Mail zaczyna się od 'Cześć {{imię}}'" is a real pain point.
    r"|^\s*(?:\[\s*(?:[^\W\d_][^\[\]{}<>\n]{0,38}?|\.\.\.|…|\?+)\s*\]"
    r"|\{\{?\s*(?:[^\W\d_][^\[\]{}<>\n]{0,38}?|\.\.\.|…|\?+)\s*\}?\}|\(\s*(?:\.\.\.|…)\s*\))\s*$"
    # The Polish TODO: in capitals anywhere, in any case as the whole value or before a colon
    # ("Do zrobienia zakupów używa aplikacji" is a goal).
    r"|(?-i:\bDO ZROBIENIA\b)|^\s*do zrobienia(?=\s*(?:$|[:(\[\-–—…]|\.\.\.))"
    # Template instructions open the value; "has to fill in the form twice" is a real pain point, and
    # so is a goal that opens with the verb: "Fill in the VAT return on the 25th", "Do uzupełnienia
    # braków w apteczce używa DOZ.pl". The imperative "uzupełnij" is an instruction wherever it opens;
    # "fill in" and "do uzupełnienia" are one when nothing follows, a colon or bracket, or "later"/"here".
    r"|^\s*uzupełnij\b"
    # The infinitive "uzupełnić" is a goal's verb ("Uzupełnić w aplikacji dane do wniosku"): an instruction
    # only alone, before a colon or a bracket, or with no more than when: "uzupełnić po warsztacie",
    # "uzupełnić później", "uzupełnić z wywiadów".
    r"|^\s*uzupełnić(?=\s*(?:[.!]?\s*$|[:(\[…]"
    r"|(?:później|potem|tutaj|tu|wkrótce|po (?:warszta|wywiad|badani|spotkani|ankie|analiz)\w*"
    r"|na podstawie (?:badań|wywiadów|danych)|(?:z|w) (?:badań|badaniach|wywiadów|wywiadach|ankiet|ankiecie|danych))"
    r"\s*[.!]?\s*$))"
    # "Do ustalenia", "do potwierdzenia", "to be confirmed": alone, before a colon, a bracket or a dash, or with
    # no more than when, with whom or after what in a word or two ("do ustalenia z BI", "to be decided after the
    # workshop"); not a clause of their own: "Do ustalenia, czy stać ją na ratę, używa kalkulatora", "Do
    # potwierdzenia w aplikacji wystarczy PIN", "Do ustalenia z bankiem zostaje jeszcze prowizja".
    r"|^\s*(?:do ustalenia|do potwierdzenia"
    r"|to be (?:confirmed|decided|determined|defined|completed|filled(?: in)?|added|written))"
    r"(?=\s*(?:[.!?…]*\s*$|[:(\[]|\.\.\.|[\-–—]\s*$)|\s+[\-–—]\s"
    r"|\s+(?:later|here|below|once|after|when|with|from|by|in|at|until|before|później|potem|tutaj|poniżej|po|gdy"
    r"|kiedy|przez|w|we|z|ze|na|przed|podczas|według|wg)(?:\s+[^\s,;:]+){0,2}\s*[.!?…]*\s*$)"
    r"|^\s*(?:do uzupełnienia|fill (?:me )?in)"
    r"(?=\s*(?:$|[:(\[\-–—.,!?…]|(?:later|here|below|once|after|when|the blanks?"
    r"|this (?:field|section|in)|from|with|using|based|your|according|per"
    r"|później|tutaj|poniżej|po|gdy|kiedy|jak|przez|na podstawie|w|we|z|ze|według|wg)\b))",
    re.IGNORECASE,
)
_MARKERS = frozenset(("TODO", "TBD", "TBC", "FIXME", "XXX"))
# The letters re.IGNORECASE takes for an ASCII one (İ and ı for i, K for k, ſ for s): the words
# above are ASCII, and the byte net below finds only their ASCII spellings.
_LOOKALIKES = frozenset("\u0130\u0131\u212a\u017f")
# A looser net over the file's bytes, lowercased as ASCII (cheap, unlike str.lower() on Polish text):
# anything _PLACEHOLDER could find in a value shows up here, or the file is walked value by value.
_MARKER_HINTS = tuple(
    hint.encode() for hint in ("todo", "tbd", "tbc", "fixme", "xxx", "...", "…", "???", "<", "lorem", "uzupe", "fill", "\\",
                               "zrobienia", "jw", "j.w", "wyżej", "above", "ustalenia", "potwierdzenia", "to be ")
)
# A lone "-" as a value: a dash that ends a line or meets a quote or a flow bracket.
_LONE_DASH = re.compile(rb"-[ \t]*(?:$|[\"',\]}\r])", re.MULTILINE)
# The blanks a bracket that opens a value may follow: b"\s" in a pattern.
_BLANK_BYTES = b" \t\n\r\f\v"


def _bracket_opens_value(raw: bytes) -> bool:
    """Whether a `[` or `{` opens a value ("[owner]", "{zespół}"): the file, a line (after blanks, as
    a line of a `|` block) or a quoted text (`"  [`).

    Looked for from each bracket back over the blanks before it: brackets are few (a flow list's),
    and a pattern tried at every quote or line break of the file cost ten times as much.
    """
    for bracket in b"[{":
        at = raw.find(bracket)
        while at >= 0:
            start = at
            while start and raw[start - 1] in _BLANK_BYTES:
                start -= 1
                if raw[start] == 0x0A:  # a line break among the blanks: the bracket opens a line
                    return True
            if start == 0 or raw[start - 1] in b"\"'":
                return True
            at = raw.find(bracket, at + 1)
    return False


# Bytes few files hold: a hint of several bytes that holds one is looked for only in a file that holds
# that byte, found by one memchr instead of a scan for the hint ("xxx" and "fixme" after an "x").
_RARE_BYTES = b"x?\xa6"
_GATES: tuple[tuple[bytes, ...], tuple[tuple[bytes, tuple[bytes, ...]], ...], tuple[bytes, ...]] | None = None


def _gated(hints: tuple[bytes, ...]) -> tuple[tuple[bytes, ...], tuple[tuple[bytes, tuple[bytes, ...]], ...]]:
    """``hints`` as (those looked for in every file, (rare byte, the hints that hold it) for the others)."""
    global _GATES
    if _GATES is None or _GATES[0] is not hints:
        always: list[bytes] = []
        gated: dict[bytes, list[bytes]] = {}
        for hint in hints:
            gate = next((bytes((b,)) for b in _RARE_BYTES if b in hint), None) if len(hint) > 1 else None
            if gate is None:
                always.append(hint)
            else:
                gated.setdefault(gate, []).append(hint)
        _GATES = (hints, tuple((gate, tuple(group)) for gate, group in gated.items()), tuple(always))
    return _GATES[2], _GATES[1]


def _may_hold(raw: bytes, low: bytes) -> bool:
    """Whether a file's bytes may hold a placeholder in some value (False only when surely not)."""
    always, gated = _gated(_MARKER_HINTS)
    has = low.__contains__
    return (any(map(has, always)) or any(has(gate) and any(map(has, group)) for gate, group in gated)
            or _LONE_DASH.search(raw) is not None or _bracket_opens_value(raw))


def _strings(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str) and key.startswith("x-"):
                continue
            yield from _strings(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _strings(value, (*path, i))


def placeholder_at(text: str) -> tuple[str, int] | None:
    """The placeholder in ``text`` (TODO, "…", "<name>"…) and where in it it starts, if any.

    Decomposed letters (NFD: "poniz\u0307ej" pasted from macOS or a PDF) are read composed; the
    placeholder is given as written and where it starts in ``text``.
    """
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        from ..vague import compose_marks

        mapped = compose_marks(text)
        if mapped is not None:
            composed, starts, ends = mapped
            found = _placeholder_in(composed)
            if found is None:
                return None
            word, at = found
            begin, end = starts[at], ends[at + len(word) - 1]
            return text[begin:end], begin
    return _placeholder_in(text)


#: An HTTP status and the reason phrase a server sends with it, in angle brackets: "błąd 401
#: <Unauthorized>", "HTTP 429 <Too Many Requests>" are what a customer saw, not a slot to fill.
_AFTER_STATUS = re.compile(r"(?<![\w.,])[1-5]\d\d[ \t]*[:\-–]?[ \t]*\Z")
_REASON_PHRASE = re.compile(r"<[A-Z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)*>")
#: A code span, or a stretch of quoted words: what the text quotes as it was (an error message, a
#: screen's wording), whose angle brackets are that text's own. ASCII apostrophes count only as a
#: pair around words ("the 'Pay <Amount>' button"), not inside one ("don't").
_QUOTED = re.compile(r"`[^`\n]+`|„[^„”\n]*”|“[^“”\n]*”|\"[^\"\n]*\"|«[^«»\n]*»|»[^«»\n]*«|‚[^‚’\n]*’"
                     r"|(?<!\w)'[^'\n]*'(?!\w)")


def _quoted_text(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a ``<...>``) lies inside a code span, or inside quotation marks
    that hold more than it: ``„<imię>”`` alone is still a slot in marks, ``„Błąd <Unauthorized>”``
    and ``"Dzień dobry <Imię>, Twoja faktura…"`` quote what someone saw."""
    for span in _QUOTED.finditer(text):
        if span.start() < start and end < span.end():
            inner = text[span.start() + 1:start] + text[end:span.end() - 1]
            return span.group(0)[0] == "`" or any(char.isalnum() for char in inner)
        if span.start() > start:
            break
    return False


def _not_a_slot(text: str, match: re.Match[str], found: str) -> bool:
    """Whether a ``<...>`` the pattern found is text being quoted rather than a template's slot: an
    HTTP status's reason phrase right after its number (``401 <Unauthorized>``), or anything in a
    code span or a quotation (see :func:`_quoted_text`)."""
    if found[0] != "<":
        return False
    start = match.start() + match.group(0).index(found)
    end = start + len(found)
    if _REASON_PHRASE.fullmatch(found) and _AFTER_STATUS.search(text, 0, start):
        return True
    return _quoted_text(text, start, end)


def _placeholder_in(text: str) -> tuple[str, int] | None:
    for m in _PLACEHOLDER.finditer(text):
        found = m.group(0).strip() or m.group(0)
        if _not_a_slot(text, m, found):
            continue
        # Markers count only in capitals: a lowercase "todo" may be an ordinary word, but not as the whole value
        # (`doing: xxx`, `owner: tbd`).
        if found.upper() in _MARKERS and found not in _MARKERS and found != text.strip():
            continue
        if found[0] not in "<[{" and not _LOOKALIKES.isdisjoint(found):
            continue  # "FİXME", "fıll in": not the words, and the net over the bytes misses them too
        if found == "XXX" and _roman_thirty(text, m.start() + m.group(0).index(found)):
            continue  # "XXX LO w Warszawie", "XXX Zjazd", "XXX-lecie": the number thirty
        return found, m.start() + m.group(0).index(found)
    return None


#: What "XXX" in capitals is the Roman thirty of, right after it: a school, a congress, an edition, a
#: session, a jubilee ("XXX LO w Warszawie", "XXX Liceum Ogólnokształcące", "XXX Zjazd Absolwentów",
#: "XXX-lecie firmy", "XXX edycja"), and before it ("Sesja XXX Rady Miasta", "edycja XXX").
_THIRTY_OF = re.compile(
    r"(?:[ \t]+(?:LO|ZSO|ZS|SP|Liceum|Gimnazjum|Technikum|Szkoła|Zjazd|Kongres|Konferencj|Sesj|Edycj|edycj"
    r"|Festiwal|Olimpiad|Turniej|Rajd|Maraton|Forum|Sympozj|Zgromadzeni|Ogólnopolsk|Międzynarodow|Jubileusz"
    r"|Dywizjon|Pułk|Brygad|Batalion|Okręg|Kadencj|kadencj|Wydział|Oddział|Rewir|Komisariat|Congress"
    r"|Conference)\w*\b|-leci\w*)"
)
_THIRTY_AFTER = re.compile(r"(?:Sesj|sesj|Edycj|edycj|Kadencj|kadencj|Zjazd|zjazd|Rocznic|rocznic)\w*[ \t]+\Z")


def _roman_thirty(text: str, at: int) -> bool:
    """Whether "XXX" at ``at`` in ``text`` is the Roman numeral thirty of what stands beside it
    (:data:`_THIRTY_OF`, :data:`_THIRTY_AFTER`), not a marker of work to do."""
    return (_THIRTY_OF.match(text, at + 3) is not None
            or _THIRTY_AFTER.search(text, max(0, at - 20), at) is not None)


@register
class Placeholder(Rule):
    """An unfilled template value left in a document.

    Finds TODO, TBD, FIXME, XXX and DO ZROBIENIA (in capitals; in any
    case as the whole value: `xxx`, `tbd`), TBC as the whole value, in brackets or
    after a colon ("Termin: TBC"; not "TBC Bank"), "…", "...", "???", "-" or "xxxx" as a
    whole value, "as above" for a value not written ("jw.", "j.w.", "jak wyżej",
    "as above", as the whole value; not initials, "J.W."), "<name>"-style slots, a whole value in
    brackets ("[owner]", "{zespół}", "[...]"; inside a text brackets are an
    editor's cut or note), "lorem ipsum", and values that open with
    "do uzupełnienia", "do ustalenia", "do potwierdzenia", "do zrobienia",
    "uzupełnij", "fill in" or "to be confirmed" (your own `x-` keys are skipped).
    "Fill in" and "do uzupełnienia" count as an instruction alone or before a colon,
    a bracket, "later", "once", "po wywiadach" and the like, not as the verb of a goal
    ("Fill in the VAT return on the 25th"); "do ustalenia", "do potwierdzenia" and "to be
    confirmed" only with no more than a word or two of when or with whom ("Do ustalenia, czy
    stać ją na ratę, używa kalkulatora" is a purpose clause), and not in a metric that
    unmeasured-opportunity (CX415) reads as named ("Do ustalenia: czas obsługi").  "Uzupełnić" counts alone, before a colon
    or a bracket, or with no more than when ("uzupełnić po warsztacie", "uzupełnić
    później"), never as a goal's verb ("Uzupełnić w aplikacji dane do wniosku").  Angle brackets that are part
    of a text being quoted are no slot: a reason phrase right after an HTTP status ("błąd
    401 <Unauthorized>"), a code span (`<Unauthorized>`), or quotation marks that hold more
    than the brackets ("Dzień dobry <Imię>, Twoja faktura czeka"); "„<cytat>”" alone is still
    one.  An opportunity's owner that names nobody (`???`, `TBD`) is left to
    unowned-opportunity, which says what is missing, while that rule is in force
    for it; so are a stage's touchpoints when all of them name none (`TBD`, `do
    ustalenia`) to stage-without-touchpoints.  "XXX" that is the Roman thirty
    of what stands beside it is no marker ("XXX LO w Warszawie", "XXX-lecie",
    "Sesja XXX Rady Miasta").  `cxkit new` writes TODO wherever you still have work to do.

    Why: a half-filled persona looks finished in a slide deck; the linter
    keeps it honest until the research is in.

    Bad:
        summary: "TODO: kim jest ta osoba w dwóch zdaniach"
        quote: <cytat z wywiadu>

    Good:
        summary: Programista z Krakowa, który słucha muzyki nocą i kupuje sprzęt po długim researchu.
        quote: "Zanim kupię, przeczytam każdy wątek na forum."

    Bad (en):
        summary: "TODO: who this person is in two sentences"
        quote: <quote from an interview>

    Good (en):
        summary: A night-shift nurse in Leeds who sorts her banking on her 3am break.
        quote: "If I can't sort it on my phone on a break, it doesn't get done."
    """

    code = "CX501"
    name = "placeholder"
    severity = Severity.warning

    def check(self, doc: Document) -> Iterable[Hit]:
        raw = doc.loaded.text.encode("utf-8", "surrogatepass")
        low = raw.lower()
        # Plain substring tests spare the regex (and walking every value) for a clean file;
        # a backslash may be an escape that spells a placeholder, so it sends the file the slow way.
        if not _may_hold(raw, low):
            return
        reported: set[int] | None = set() if "&" in doc.loaded.text else None
        for path, text in _strings(doc.data):
            placed = placeholder_at(text)
            if placed is not None:
                if reported is not None:
                    # Reused by an alias (`- *todo`): the one value written at the anchor, reported there once.
                    node = node_at(doc.loaded.root, path)
                    if node is not None and id(node) in reported:
                        continue
                    reported.add(id(node))
                if (_told_as_unowned(doc, path, text) or _told_as_touchpointless(doc, path)
                        or _names_its_metric(doc, path, text, placed[0])):
                    continue
                found, start = placed
                # In a `|` block, on the line that holds it: a stage's `doing:` may run to ten lines.
                yield doc.hit(path, f"unfilled placeholder {found!r} in '{_dotted(path, doc.data)}'; "
                                    "fill it in from your research or remove it", offset=start,
                              pl=f"niewypełniony szablon {quote_pl(found)} w `{places(_dotted(path, doc.data))}`; uzupełnij "
                                 "go na podstawie badań albo usuń" if self.polish else None)


def _dotted(path: tuple[Any, ...], data: Any) -> str:
    """The data path as schema messages write it: a list item by its id when it has a valid one no
    other item of its list has (`stages[wybor].opportunities[2nd].action`), else counted from 1."""
    from ...model.validate import place_name

    return place_name(path, data)


#: The words of a decision still to come that unmeasured-opportunity (CX415) reads in a metric.
_STILL_TO_DECIDE = re.compile(r"(?:do ustalenia|do potwierdzenia|to be )", re.IGNORECASE)


def _names_its_metric(doc: Document, path: tuple[Any, ...], text: str, found: str) -> bool:
    """Whether ``text``, a journey stage's metric, opens with a decision still to come ("Do ustalenia: czas
    obsługi zgłoszenia", "to be decided – churn") and yet names its metric as unmeasured-opportunity (CX415)
    reads it: a metric with a note, not a value left for later (one reading of a metric, CX415's)."""
    if doc.kind != "journey" or len(path) < 4 or path[0] != "stages" or path[2] != "metrics":
        return False
    if _STILL_TO_DECIDE.match(found) is None:
        return False
    from .journeys import _names_no_measure

    return not _names_no_measure(text)


def _told_as_unowned(doc: Document, path: tuple[Any, ...], text: str) -> bool:
    """Whether ``text``, an opportunity's owner, is one the unowned-opportunity rule reports as naming
    nobody (`???`, `TBD`) and that rule is in force there: one problem, told once, by the rule that
    says what is missing (an accountable owner)."""
    if len(path) != 5 or path[0] != "stages" or path[2] != "opportunities" or path[4] != "owner":
        return False
    if doc.kind != "journey":
        return False
    line = doc.loaded.locate(path)[0]
    if doc.silenced("placeholder", line) is not None:
        return False  # a comment written to silence this finding silences it still, and is no stale one
    rule = doc.in_force("unowned-opportunity", line)
    return rule is not None and rule.names_nobody(text)


def _told_as_touchpointless(doc: Document, path: tuple[Any, ...]) -> bool:
    """Whether ``path`` is a journey stage's touchpoint (or its channel or description) in a stage whose
    touchpoints all name none (`TBD`, `do ustalenia`), which stage-without-touchpoints (CX402) reports at
    the stage while it is in force there: one problem, told once, by the rule that says what is missing
    (where the persona meets you).  A `TBD` beside a real touchpoint is this rule's to report."""
    if doc.kind != "journey" or len(path) not in (4, 5) or path[0] != "stages" or path[2] != "touchpoints":
        return False
    if len(path) == 5 and path[4] not in ("channel", "description"):
        return False
    stages = doc.data.get("stages") if isinstance(doc.data, dict) else None
    stage = stages[path[1]] if isinstance(stages, list) and isinstance(path[1], int) and path[1] < len(stages) else None
    touchpoints = stage.get("touchpoints") if isinstance(stage, dict) else None
    if not isinstance(touchpoints, list) or not touchpoints:
        return False
    from .journeys import _names_no_touchpoint

    for touchpoint in touchpoints:
        if isinstance(touchpoint, dict):
            channel, description = touchpoint.get("channel"), touchpoint.get("description")
        else:
            channel, description = None, touchpoint
        if not all(v is None or isinstance(v, str) for v in (channel, description)):
            return False
        if not _names_no_touchpoint(channel, description):
            return False
    if doc.silenced("placeholder", doc.loaded.locate(path)[0]) is not None:
        return False  # a comment written to silence this finding silences it still, and is no stale one
    return doc.in_force("stage-without-touchpoints", doc.loaded.locate(("stages", path[1], "id"))[0]) is not None


# A comment that speaks to a tool (`#cxkit: disable=...`, `#yamllint disable`) or marks work, not content.
_TOOL_COMMENT = re.compile(r"#(?:[ \t]*cxkit\b|yamllint\b|(?:TODO|FIXME|XXX|TBD|NOTE)\b)", re.IGNORECASE)
# Where a comment on the line gives way to a `# cxkit: disable=...` one.
_LATER_DIRECTIVE = re.compile(r"[ \t]+#[ \t]*cxkit\b", re.IGNORECASE)
# A value a comment may follow without being part of it: an id, a date, a number, an enum word.
_TOKEN_VALUE = re.compile(r"[a-z0-9][a-z0-9_.:+-]*")
_LINE_END = re.compile("\r\n|[\r\n]")


def _yaml_quoted(text: str) -> str:
    """``text`` as a YAML value in quotes: double ones, or single ones when it holds a `"` or a backslash."""
    if '"' not in text and "\\" not in text:
        return f'"{text}"'
    return "'" + text.replace("'", "''") + "'"


@register
class CommentInValue(Rule):
    """Text after ` #` in an unquoted value, which YAML reads as a comment and drops.

    In a value without quotes, a `#` after a space starts a comment: the rest of
    the line is not part of the value.  So `quote: Zamówiłam sofę #2 bo pierwsza
    nie weszła` keeps only "Zamówiłam sofę", `- Sofa nie przechodzi #W07 #W09`
    loses its interview codes, and `thinking: #W07 Nie zmieści się` is empty.
    Reported at the `#` when it is followed right away by a letter or a digit
    (a hashtag, a ticket or issue number, an interview code) and comes after a
    text value on the same line, or after a key or a dash whose value is empty
    only because of it.  An ordinary comment (`key: value  # note`, with a space
    after the `#`), a comment on a line of its own, one after a quoted value or
    after an id, a date, a number or a word like `done`, `#TODO`-style markers
    and `# cxkit:` comments are never reported.  When the text belongs to the
    value, put the whole value in quotes; when it is a note, write a space
    after the `#`.

    Why: a quote, a ticket number or the code of the interview a trait comes
    from disappears without a word, and every check, render and review sees
    the shorter text.

    Bad:
        kind: persona
        id: kasia-urzadza-mieszkanie
        name: Kasia Wrona
        quote: Zamówiłam sofę #2 bo pierwsza nie weszła na klatkę
        pain_points:
          - Sofa nie przechodzi przez zakręt klatki #W07 #W09

    Good:
        kind: persona
        id: kasia-urzadza-mieszkanie
        name: Kasia Wrona
        quote: "Zamówiłam sofę #2 bo pierwsza nie weszła na klatkę"
        pain_points:
          - "Sofa nie przechodzi przez zakręt klatki #W07 #W09"

    Bad (en):
        kind: persona
        id: jo-furnishes-flat
        name: Jo Whitfield
        quote: Ordered sofa #2 because the first one wouldn't go up the stairs
        pain_points:
          - The sofa won't turn the corner on the second landing #I07 #I09

    Good (en):
        kind: persona
        id: jo-furnishes-flat
        name: Jo Whitfield
        quote: "Ordered sofa #2 because the first one wouldn't go up the stairs"
        pain_points:
          - "The sofa won't turn the corner on the second landing #I07 #I09"
    """

    code = "CX007"
    name = "comment-in-value"
    severity = Severity.warning
    # It reads only the YAML: `- #wniesienie …` leaves an empty item, which the schema refuses,
    # and this says why the item is empty.
    needs_model = False

    def check(self, doc: Document) -> Iterable[Hit]:
        text = doc.loaded.text
        if doc.loaded.root is None:
            return
        ending: dict[int, Any] | None = None
        flow: set[int] | None = None
        for at in _content_hashes(text):
            if _TOOL_COMMENT.match(text, at):
                continue
            end = at - 1
            while end > 0 and text[end - 1] in " \t":
                end -= 1
            if end == 0 or text[end - 1] in "\r\n":
                continue  # a comment on a line of its own
            if ending is None:
                # Each scalar by where it ends: the value (or the empty one) a comment follows ends
                # right before the blanks before it.  A `#` inside a quoted or block value follows none.
                ending = {node.end_mark.index: node for node in scalar_nodes(doc.loaded.root)}
            node = ending.get(end)
            if node is None or node.style or node.tag != _STR_TAG:  # quoted, a block, or tagged
                continue
            value = node.value
            if value and (_TOKEN_VALUE.fullmatch(value) or not isinstance(implicit_value(value), str)):
                continue
            if flow is None:
                flow = _flow_members(doc.loaded.root)
            yield _hit(text, node, end, at, in_flow=id(node) in flow, polish=self.polish)


_STR_TAG = "tag:yaml.org,2002:str"


def _content_hashes(text: str) -> Iterator[int]:
    """Where a `#` follows a blank and comes before a letter or a digit (`#2`, `#W07`, `#wniesienie`).

    None in nearly every file, and most have no `#` but in whole-line comments: str.find runs over
    the text at memchr's speed, where a pattern costs ten times as much on every file linted.
    """
    at = text.find("#")
    while at >= 0:
        if at and text[at - 1] in " \t" and text[at + 1:at + 2].isalnum():
            yield at
        at = text.find("#", at + 1)


def _flow_members(root: Any) -> set[int]:
    """The ids of the scalars written inside `[ ]` or `{ }`: what stands before one on its line is no key to copy."""
    members: set[int] = set()
    stack = [(root, False)]
    seen: set[int] = set()
    while stack:
        node, in_flow = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node.value, str):
            if in_flow:
                members.add(id(node))
            continue
        inner = in_flow or bool(getattr(node, "flow_style", False))
        for child in node.value:
            stack.extend(((part, inner) for part in child) if isinstance(child, tuple) else ((child, inner),))
    return members


def _hit(text: str, node: Any, end: int, at: int, *, in_flow: bool = False, polish: bool = True) -> Hit:
    """The finding for the comment at ``at`` after ``node`` (a text value, or an empty one ending at ``end``);
    ``polish``: with the Polish twin (a Polish run)."""
    line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    stop = _LINE_END.search(text, at)
    comment = text[at:stop.start() if stop is not None else len(text)]
    later = _LATER_DIRECTIVE.search(comment)
    comment = (comment[:later.start()] if later is not None else comment).rstrip(" \t")
    line = 1 + len(_LINE_END.findall(text, 0, at))
    column = at - line_start + 1
    value = node.value
    opening = node.start_mark.index
    head_start = max(text.rfind("\n", 0, opening), text.rfind("\r", 0, opening)) + 1
    head = text[head_start:opening].strip(" \t")
    written = f"{value}{text[end:at]}{comment}" if value else comment
    # Inside `[ ]` the line before the item holds other items and an open bracket: only the item is rewritten.
    fix = f"{head} {_yaml_quoted(written)}" if head and not in_flow else _yaml_quoted(written)
    said = f"'{comment}'"
    if not value:
        key = head.lstrip("- \t").rstrip(":").rstrip(" \t")
        what = f"`{key}`" if key else "the list item"
        co = f"`{key}` jest puste" if key else "element listy jest pusty"
        return Hit(line, column, (
            f"{what} is empty: {said} is a YAML comment (' #' starts one in a value without quotes), not the value; "
            f"if it is the value, put it in quotes: {fix}"
        ), pl=(
            f"{co}: {quote_pl(comment)} to komentarz YAML (' #' zaczyna go w wartości bez cudzysłowu), a nie wartość; "
            f"jeśli to ma być wartość, ujmij ją w cudzysłów: {fix}"
        ) if polish else None)
    return Hit(line, column, (
        f"{said} is a YAML comment (' #' starts one in a value without quotes), so the value ends before it "
        f"({_quoted_cut(value)}); if it belongs to the value, put the whole value in quotes: {fix}"
        + (" (the item, in the brackets)" if in_flow else "")
    ), pl=(
        f"{quote_pl(comment)} to komentarz YAML (' #' zaczyna go w wartości bez cudzysłowu), więc wartość kończy się "
        f"przed nim ({quote_pl(_quoted_cut(value)[1:-1])}); jeśli należy do wartości, ujmij całą wartość w cudzysłów: "
        f"{fix}" + (" (ten element, w nawiasach)" if in_flow else "")
    ) if polish else None)


def _quoted_cut(text: str, limit: int = 40) -> str:
    """``text`` in single quotes for a message, cut inside the quotes when long."""
    shown = " ".join(text.split())
    return f"'{shown if len(shown) <= limit else shown[:limit - 1] + '…'}'"
