"""A blank line that holds tabs is an empty line wherever YAML 1.2 allows one, and cxkit reads it.

Editors with auto-indent leave `\\t` or `  \\t ` on the "blank" lines between
list items and keys.  In YAML 1.2 such a line is a comment line with no text
(`l-comment ::= s-separate-in-line c-nb-comment-text? b-comment`), allowed
wherever a comment line is: at the start of the file, between keys and list
items, after `key:`, after a value, at the end of the file.  The C parser
cxkit reads with refused most of them ("a tab character here").

Elsewhere the spec is stricter, and so is cxkit, as before: in block context
an empty line (`l-empty`) holds only spaces, so inside a block value (`|`,
`>`) a line with a tab is a line of the value when it starts with the value's
indentation (its tab is kept), and is no line YAML allows when it starts
less indented, between the value's lines or right after them with more of
the document to come (at the end of the file it ends the document: the lines
from there on are comment lines after it); the continuation lines of an
unquoted value need their indentation in spaces before any tab.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from conftest import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxkit.fmt import FormatError, format_text
from cxkit.yamlio import _Loader, in_value, load_text, scalar_nodes

T = "\t"

# Tab-only lines where an editor leaves them: after the first keys, between keys of a nested
# mapping, between list items and between a list item's keys, after `key:`, at the end.
PERSONA_PL = f"""\
kind: persona
id: ola-biegaczka
{T}
name: Ola Nowak
lang: pl
summary: >
  Biega po pracy i szuka butów, które wytrzymają 1000 km.

demographics:
  age: 31
{T}
  location: Wrocław
  {T}
  occupation: księgowa
{T}{T}
goals:
{T}
  - Biega 30 km tygodniowo
{T}
  - text: Przebiec maraton poniżej 4 godzin
{T}  
    sources: [wywiady-2026-03]
  {T} 
  - Nie kupować butów częściej niż raz w roku
 {T} {T}
needs:
  - Tabela rozmiarów z długością wkładki
pain_points:
  - text: Sklep nie podaje dropu podeszwy
    sources: [wywiady-2026-03]
{T}
"""

JOURNEY_EN = f"""\
{T}
kind: journey
id: maya-buys-a-bike
name: Maya buys a cargo bike
persona: maya
{T}
stages:
  - id: discover
    name: Discover
{T}
    goal: Learn which cargo bikes carry two kids
    touchpoints:
{T}{T}
      - channel: web
        description: Reads a long review on a family blog
    {T}
    emotion: 1
{T}
  - id: buy
    name: Buy
    goal: Order the bike with a child seat
    emotion: -1
    pain_points:
      - text: Delivery takes eight weeks
{T}
{T}"""

# A line of blanks holding a tab, from its start to its end (the line break stays).
_TAB_BLANK = re.compile(r"(?<![^\r\n])[ \t]*\t[ \t]*(?=[\r\n]|\Z)")


def emptied(text: str) -> str:
    """The same file with every blank line that holds a tab empty: what a tidy editor would have saved."""
    return _TAB_BLANK.sub("", text)


def positions(text: str) -> list[tuple[int, int, int, int, str]]:
    """Every scalar of the file as lint reads it, with the line and column where it starts and ends."""
    loaded = load_text(text)
    assert loaded.root is not None, loaded.problems
    return sorted(
        (n.start_mark.line, n.start_mark.column, n.end_mark.line, n.end_mark.column, n.value)
        for n in scalar_nodes(loaded.root)
    )


def where(text: str) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.message) for p in load_text(text).problems]


TAB_MESSAGE = "invalid YAML: a tab character here; YAML indents with spaces, never tabs"

# --- the loader ---------------------------------------------------------------------------------


def test_the_example_from_the_report_is_read() -> None:
    text = "kind: persona\nid: anna\nname: Anna\ngoals:\n  - Biega 30 km tygodniowo\n\t\n  - Pływa w soboty\n"
    loaded = load_text(text)
    assert loaded.problems == []
    assert loaded.data["goals"] == ["Biega 30 km tygodniowo", "Pływa w soboty"]
    assert loaded.locate(("goals", 1)) == (7, 5)


@pytest.mark.parametrize("text", [PERSONA_PL, JOURNEY_EN], ids=["persona-pl", "journey-en"])
@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_tab_blank_lines_read_like_the_same_file_with_empty_lines(text: str, ending: str) -> None:
    text = text.replace("\n", ending)
    tabbed, empty = load_text(text), load_text(emptied(text))
    assert tabbed.problems == [] and empty.problems == []
    assert tabbed.data == empty.data
    assert tabbed.text == text  # the file as written, tabs and all
    assert positions(text) == positions(emptied(text)) == positions(text.replace(T, " "))


def test_values_and_places_in_the_persona() -> None:
    loaded = load_text(PERSONA_PL)
    assert loaded.data["demographics"] == {"age": 31, "location": "Wrocław", "occupation": "księgowa"}
    assert loaded.data["goals"][1] == {"text": "Przebiec maraton poniżej 4 godzin", "sources": ["wywiady-2026-03"]}
    assert loaded.data["summary"] == "Biega po pracy i szuka butów, które wytrzymają 1000 km.\n"
    assert loaded.locate(("demographics", "location")) == (12, 3)
    assert loaded.locate(("goals", 1, "sources")) == (22, 5)
    assert loaded.locate(("needs", 0)) == (27, 5)  # `needs:` is line 26
    journey = load_text(JOURNEY_EN)
    assert journey.locate(("stages", 0, "touchpoints", 0, "channel")) == (14, 9)
    assert journey.locate(("stages", 1, "emotion")) == (22, 5)


BLANKS = ["\t", "\t\t", "  \t ", " \t", "\t  ", " \t \t", "    \t", "\t\t\t\t\t"]
PLACES = {
    "top-level keys": "kind: persona\nid: ola\n{b}\nname: Ola\n",
    "start of the file": "{b}\nkind: persona\nid: ola\n",
    "after `key:`": "kind: persona\ngoals:\n{b}\n  - Biega\n",
    "list items": "kind: persona\ngoals:\n  - Biega\n{b}\n  - Pływa\n",
    "nested keys": "kind: persona\ndemographics:\n  age: 31\n{b}\n  location: Łódź\n",
    "a list item's keys": "kind: journey\nstages:\n  - id: odkrycie\n{b}\n    goal: Znaleźć sklep\n",
    "nested list items": "kind: journey\nstages:\n  - id: a\n    touchpoints:\n      - web\n{b}\n      - sklep\n  - id: b\n",
    "several in a row": "kind: persona\ngoals:\n{b}\n{b}\n{b}\n  - Biega\n",
    "after a comment": "kind: persona\n# cele z wywiadów\n{b}\ngoals:\n  - Biega\n",
    "after a tab comment": "kind: persona\n\t# cele\n{b}\ngoals:\n  - Biega\n",
    "after `---`": "---\n{b}\nkind: persona\nid: ola\n",
    "after an unquoted value on two lines": "kind: persona\nsummary: Biega po pracy\n  i w weekendy\n{b}\nid: ola\n",
    "after a quoted value": 'kind: persona\nsummary: "Biega"\n{b}\nid: ola\n',
    "after a flow list": "kind: persona\nsources: [a, b]\n{b}\nid: ola\n",
    "after a block value and a comment": "kind: persona\nnotes: |\n  Tekst.\n# koniec notatek\n{b}\nid: ola\n",
    "end of the file": "kind: persona\nid: ola\n{b}\n",
    "end of the file, no line break": "kind: persona\nid: ola\n{b}",
    "end of a list at the end of the file": "kind: persona\ngoals:\n  - Biega\n{b}\n{b}",
}


@pytest.mark.parametrize("blank", BLANKS, ids=repr)
@pytest.mark.parametrize("place", PLACES)
def test_a_tab_blank_line_is_an_empty_line_wherever_a_comment_line_may_stand(place: str, blank: str) -> None:
    text = PLACES[place].format(b=blank)
    tabbed, empty = load_text(text), load_text(emptied(text))
    assert tabbed.problems == empty.problems == []
    assert tabbed.data == empty.data
    assert positions(text) == positions(emptied(text))


@pytest.mark.parametrize("blank", BLANKS, ids=repr)
def test_flow_and_quoted_values_keep_reading_as_they_did(blank: str) -> None:
    # Inside [ ] and quotes a tab is white space like a space: the parser always read these,
    # and a refused line elsewhere in the file (the first one) changes nothing in them.
    text = (
        "kind: persona\n\t\n"
        f"sources: [wywiady,\n{blank}\n  ankiety]\n"
        f'quote: "Biegam\n{blank}\n  codziennie"\n'
        f"motto: 'Krok\n{blank}\n  po kroku'\n"
    )
    loaded = load_text(text)
    assert loaded.problems == []
    assert loaded.data == {
        "kind": "persona", "sources": ["wywiady", "ankiety"], "quote": "Biegam\ncodziennie", "motto": "Krok\npo kroku",
    }
    assert positions(text) == positions(emptied(text))


def test_a_block_value_keeps_its_lines_that_hold_a_tab() -> None:
    # A line that starts with the value's indentation is a line of the value, tab and all
    # (YAML 1.2 and the parser agree); the tab-blank lines elsewhere are laid out around it.
    text = (
        "kind: persona\n"
        "\t\n"  # refused: the file is laid out from here on
        "notes: |\n"
        "  Pierwsza linia.\n"
        "  \t\n"
        "  Po pustej linii z tabulatorem.\n"
        "   \t \n"
        "  Koniec.\n"
        "\n"
        "folded: >\n"
        "  Zwinięty\n"
        "  \t\n"
        "  tekst.\n"
        "kept: |+\n"
        "    Zachowane\n"
        "    \t\n"
        "\n"
        "  # a comment, less indented, ends the value above; comment lines may follow\n"
        "\t\n"
        "id: ola\n"
    )
    loaded = load_text(text)
    assert loaded.problems == []
    assert loaded.data["notes"] == "Pierwsza linia.\n\t\nPo pustej linii z tabulatorem.\n \t \nKoniec.\n"
    assert loaded.data["folded"] == "Zwinięty\n\t\ntekst.\n"
    assert loaded.data["kept"] == "Zachowane\n\t\n\n"
    assert loaded.data["id"] == "ola"
    # Without the first tab-blank line the parser reads the file at once: the same values.
    assert load_text(text.replace("kind: persona\n\t\n", "kind: persona\n\n", 1)).data == loaded.data


def test_a_block_value_line_with_a_tab_is_the_values_when_the_parser_reads_it_alone() -> None:
    # Pinned: the parser already reads these as YAML 1.2 does (`l-nb-literal-text`: the value's
    # indentation, then any characters, a tab too), so a blank line typed with the value's
    # indentation and a tab becomes a last line of the value.
    assert load_text("kind: persona\nnotes: |\n  Tekst.\n  \t\nid: ola\n").data["notes"] == "Tekst.\n\t\n"
    assert load_text("kind: persona\nnotes: |\n  Tekst.\n    \t\n").data["notes"] == "Tekst.\n  \t\n"
    assert load_text("kind: persona\nnotes: >\n  Tekst.\n  \t \n  Dalej.\n").data["notes"] == "Tekst.\n\t \nDalej.\n"
    nested = "kind: journey\nstages:\n  - id: a\n    notes: |\n      Tekst.\n      \t\n      Dalej.\n    emotion: 1\n"
    assert load_text(nested).data["stages"][0]["notes"] == "Tekst.\n\t\nDalej.\n"


@pytest.mark.parametrize(
    "text",
    [
        "kind: persona\nid: ola\n  \t \nname: Ola\n",  # after a top-level value, a space before the tab
        "kind: persona\nid: ola\n \t\n",  # ... at the end of the file
        "kind: persona\ngoals:\n  - Biega\n    \t\n  - Pływa\n",  # deeper than the list's items
        "kind: persona\ndemographics:\n  age: 31\n      \t\n  location: Łódź\n",
        "kind: persona\nsummary: Biega\n  \t \n  codziennie\n",  # an unquoted value's empty line, indented
    ],
)
def test_tab_blank_lines_the_parser_already_read_read_the_same(text: str) -> None:
    # Pinned: the parser read these before (the tab comes after the indentation it looks for).
    assert load_text(text).problems == []
    assert load_text(text).data == load_text(emptied(text)).data
    assert positions(text) == positions(emptied(text))


@pytest.mark.parametrize(
    ("text", "at"),
    [
        # Between a block value's lines, less indented than they are: no empty line of YAML 1.2
        # (`l-empty` holds spaces only) and no line of the value.
        ("kind: persona\nnotes: |\n  Tekst.\n\t\n  Dalej.\nid: ola\n", (4, 1)),
        ("kind: persona\nnotes: |\n  Tekst.\n \t\n  Dalej.\nid: ola\n", (4, 2)),
        ("kind: journey\nstages:\n  - notes: |\n      Tekst.\n    \t\n      Dalej.\n", (5, 5)),
        # Right after a block value with more of the document to come: its trailing lines are
        # spaces or comments starting less indented (`l-chomped-empty`), so the tab is reported.
        ("kind: persona\nnotes: |\n  Tekst.\n\t\nid: ola\n", (4, 1)),
        ("kind: persona\nnotes: >\n  Tekst.\n\t  \nid: ola\n", (4, 1)),
        # As the first line of a block value.
        ("kind: persona\nnotes: |\n\t\n  Tekst.\nid: ola\n", (3, 1)),
        ("kind: persona\nnotes: |\n  \t \n  Tekst.\nid: ola\n", (3, 3)),
        ("kind: persona\nnotes: |\n    \t\n  Tekst.\nid: ola\n", (3, 5)),
        # Between the lines of an unquoted value, before its indentation (`s-flow-line-prefix`).
        ("kind: persona\nsummary: Biega\n\t\n  codziennie\n", (3, 1)),
        ("kind: persona\ndemographics:\n  note: Biega\n  \t \n    codziennie\n", (4, 3)),
    ],
)
def test_a_tab_blank_line_yaml_does_not_allow_is_reported_as_before(text: str, at: tuple[int, int]) -> None:
    assert where(text) == [(*at, TAB_MESSAGE)]
    # ... also when an earlier tab-blank line is laid out first.
    earlier = text.replace("kind: ", "\t\nkind: ", 1)
    assert where(earlier) == [(at[0] + 1, at[1], TAB_MESSAGE)]


END_OF_FILE = [
    # (the file, the block value as YAML 1.2 reads it, the line the document ends before)
    ("kind: persona\nid: ola\nnotes: |\n  Notatki z wywiadu.\n\t\n", "Notatki z wywiadu.\n", 5),
    ("kind: persona\nid: ola\nnotes: |\n  Notatki z wywiadu.\n\t", "Notatki z wywiadu.\n", 5),
    ("kind: persona\nid: ola\nnotes: |+\n  Zachowane.\n\n\t\n  \n# koniec\n\t\t# c\n", "Zachowane.\n\n", 6),
    ("kind: persona\nid: ola\nnotes: |\n  Tekst.\n  \t\n \t \n", "Tekst.\n\t\n", 6),
    ("kind: persona\nid: ola\nnotes: |\n  Tekst.\n\t\n    # a comment, not a line of the value\n", "Tekst.\n", 5),
    ("kind: journey\nid: a\nstages:\n  - id: b\n    notes: >-\n      Etap.\n    \t\n      \t\n\t\n", "Etap.", 7),
    # An indentation number: the value's lines are indented by it more than the mapping's keys.
    ("kind: persona\nid: ola\nnotes: |2\n    Tekst.\n\t\n", "  Tekst.\n", 5),
    ("kind: persona\nid: ola\nnotes: |2+\n    Tekst.\n  \t\n\n \t\n# koniec\n", "  Tekst.\n\t\n\n", 7),
]


@pytest.mark.parametrize(("text", "value", "line"), END_OF_FILE)
@pytest.mark.parametrize("ending", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_a_tab_blank_line_ending_a_block_value_at_the_end_of_the_file_ends_the_document(
    text: str, value: str, line: int, ending: str
) -> None:
    # A tab-blank line less indented than a block value's lines is none of its lines (`l-empty`
    # holds spaces only): the value ends there, and at the end of the file the lines from there
    # on are comment lines after the document (`l-comment` in `l-yaml-stream`).
    text = text.replace("\n", ending)
    loaded = load_text(text)
    assert loaded.problems == []
    notes = loaded.data["notes"] if "notes" in loaded.data else loaded.data["stages"][0]["notes"]
    assert notes == value
    document = ending.join(text.split(ending)[: line - 1]) + ending  # the lines above the one that ends it
    assert loaded.data == load_text(document).data
    starts = sorted((n.start_mark.line, n.start_mark.column, n.value) for n in scalar_nodes(loaded.root))
    assert starts == sorted((n.start_mark.line, n.start_mark.column, n.value) for n in scalar_nodes(load_text(document).root))
    out = format_text(text)
    assert load_text(out).data == loaded.data
    inside = in_value(load_text(out).root, out)
    assert all(inside(m.start()) for m in _TAB_BLANK.finditer(out))  # tabs left only in the value's lines
    assert format_text(out) == out


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("kind: persona\nid: ola\nnotes: |\n  Tekst.\n\t\nname: Ola\n", (5, 1)),  # more of the document to come
        ("kind: persona\nid: ola\nnotes: |\n  Tekst.\n\t\n  Dalej.\n", (5, 1)),  # more of the value to come
        ("kind: persona\nid: ola\nnotes: |2\n    Tekst.\n\t\nname: Ola\n", (5, 1)),  # ... also with an indentation number
        ("kind: persona\nid: ola\nnotes: |\n\t\n", (4, 1)),  # the value's first line
    ],
)
def test_a_tab_blank_line_in_a_block_value_is_otherwise_reported_as_before(text: str, at: tuple[int, int]) -> None:
    assert where(text) == [(*at, TAB_MESSAGE)]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("kind: persona\n\t\ngoals:\n\t\n  - Biega\n\t- Pływa\n", (6, 1)),
        ("kind: persona\n\t\ndemographics:\n\tage: 31\n", (4, 1)),
        ("kind: persona\ngoals:\n  - a\n\t\n  \t- b\n", (5, 3)),
        ("\t\nkind: persona\n\t\nid:\tola\n\t\nname:\n\t- Ola\n", (7, 1)),
    ],
)
def test_real_tab_indentation_is_reported_where_it_is(text: str, at: tuple[int, int]) -> None:
    assert where(text) == [(*at, TAB_MESSAGE)]
    assert where(text) == where(emptied(text))  # as in the same file with empty lines


def test_another_mistake_after_tab_blank_lines_is_reported_where_it_is() -> None:
    text = "kind: persona\n\t\nid: ola\n  \t\nname: [Ola\n\t\n"
    assert load_text(text).problems == load_text(emptied(text)).problems
    assert load_text(text).problems[0].line >= 5


def test_a_file_of_tab_blank_lines_is_empty() -> None:
    assert where("\t\n  \t\n") == where("\n\n") == [(1, 1, "the file is empty; expected a YAML mapping with a `kind` key")]


def test_nesting_is_still_capped_in_a_file_with_tab_blank_lines() -> None:
    text = "kind: persona\n\t\nx: " + "[" * 300 + "]" * 300 + "\n"
    problems = load_text(text).problems
    assert len(problems) == 1 and "nested more than" in problems[0].message


def test_many_tab_blank_lines_load_in_one_go() -> None:
    lines = []
    for i in range(100_000):
        lines.append("\t\n" if i % 2 else f"  \t \n  - Cel {i}\n")
    text = "kind: persona\nid: ola\nname: Ola\ngoals:\n" + "".join(lines) + "notes: |\n  a\n  \t\n# koniec\n\t\n"
    started = time.process_time()
    loaded = load_text(text)
    took = time.process_time() - started
    assert loaded.problems == []
    assert loaded.data["goals"] == [f"Cel {i}" for i in range(0, 100_000, 2)]
    assert loaded.data["notes"] == "a\n\t\n"
    assert loaded.locate(("goals", 49_999)) == (4 + 3 * 49_999 + 2, 5)  # three lines for each two
    print(f"\n100,000 tab-blank lines: {took:.3f} s")
    assert took < 30  # generous: only a parse per line would come near it


@pytest.mark.parametrize("tail", ["\t\n", "# komentarz na końcu pliku\n", "\t\r\n"])
def test_a_long_tail_of_blank_or_comment_lines_after_a_block_value_loads_in_linear_time(tail: str) -> None:
    # Each line's start was searched for from the file's start: 2 MiB of such lines took 14 s, 4 MiB 51 s.
    text = "kind: persona\nid: ola\nname: Ola\nnotes: |\n  x\n\t\n" + tail * ((2 << 20) // len(tail))
    started = time.process_time()
    loaded = load_text(text)
    took = time.process_time() - started
    assert loaded.problems == [] and loaded.data["notes"] == "x\n"
    print(f"\n2 MiB of {tail!r} after a block value: {took:.2f} s")
    assert took < 10  # generous for a loaded machine; the quadratic search took 14 s here


# --- the same as telling the parser of one refused line at a time --------------------------------


def one_by_one(text: str) -> tuple[str, str, int]:
    """The reference: lay out the tab-blank or tab-comment line the parser refuses, read again, and so on.

    Returns ("ok", the text read, -1) when the result reads and no laid-out line lies in a value
    of it, ("rejected", the text, where the first such line starts) when one does, and
    ("error", the text, -1) when the parser stopped at something else.
    """
    laid: list[tuple[int, int]] = []  # (where to look for a value, line start)
    for _ in range(text.count("\n") + text.count("\r") + 2):
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        except Exception as exc:  # noqa: BLE001
            mark = getattr(exc, "problem_mark", None)
            if mark is None or text[mark.index:mark.index + 1] != "\t":
                return "error", text, -1
            start = max(text.rfind("\n", 0, mark.index), text.rfind("\r", 0, mark.index)) + 1
            line = re.compile(r"[ \t]*(?:(#)|(?=[\r\n]|\Z))").match(text, start)
            if line is None or mark.index >= line.end():
                return "error", text, -1
            blanks_end = line.end() - 1 if line.group(1) else line.end()
            laid.append((blanks_end if line.group(1) else start, start))
            text = text[:start] + text[start:blanks_end].replace("\t", " ") + text[blanks_end:]
            continue
        finally:
            loader.dispose()
        if root is not None:
            inside = in_value(root, text)
            rejected = [start for probe, start in laid if inside(probe)]
            # A comment line right after a block value, with more of the document after it: no YAML 1.2
            # (`l-trail-comments` starts with spaces, then `#`; see test_tab_layout_edges.py).
            ends = {n.end_mark.index for n in scalar_nodes(root) if n.style in ("|", ">")}
            content = re.compile(r"(?<![^\r\n])[ \t]*[^ \t\r\n#]")
            rejected += [start for probe, start in laid if probe != start and start in ends and content.search(text, start)]
            if rejected:
                return "rejected", text, min(rejected)
        return "ok", text, -1
    raise AssertionError("no end")


_PIECES = [
    "kind: persona\n",
    "id: ola\n",
    "name: Ola\t# imię\n",
    "goals:\n",
    "  - Biega\n",
    "  - text: Maraton\n",
    "    sources: [a]\n",
    "demographics:\n",
    "  age: 31\n",
    "notes: |\n",
    "notes: |+\n",
    "notes: >-\n",
    "  Tekst notatki.\n",
    "    głębiej\n",
    "  \t# tekst, nie komentarz\n",
    'quote: "Biegam\n',
    '  codziennie"\n',
    "summary: Biega\n",
    "  codziennie\n",
    "flow: [a,\n",
    "  b]\n",
    "\t- tab\n",
    "\n",
    "  \n",
    "# zwykły komentarz\n",
    "\t# komentarz\n",
]
_TAB_BLANKS = ["\t\n", "\t\t\n", "  \t \n", " \t\n", "    \t\n", "\t  \n", "      \t\n", "\t"]


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES + _TAB_BLANKS * 2), min_size=1, max_size=14))
def test_all_lines_at_once_read_as_one_refused_line_at_a_time(pieces: list[str]) -> None:
    text = "".join(pieces)
    verdict, reference, first = one_by_one(text)
    loaded = load_text(text)
    if verdict == "ok":
        assert loaded.problems == load_text(reference).problems
        assert loaded.data == load_text(reference).data
        if loaded.root is not None:
            assert positions(text) == positions(reference)
    elif verdict == "error":
        assert loaded.problems and loaded.root is None
    elif loaded.root is None:
        assert loaded.problems  # a line that would join a value: reported
    else:
        # ... unless it ends a block value at the end of the file: the document ends before it.
        assert _TAB_BLANK.match(text, first)
        assert re.fullmatch(r"(?:[ \t]*(?:#[^\n]*)?(?:\n|\Z))*", text[first:])
        assert loaded.data == load_text(text[:first]).data
        assert loaded.problems == load_text(text[:first]).problems


# --- lint, render, diff -------------------------------------------------------------------------


def lint_findings(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, int, str, str]]:
    monkeypatch.chdir(folder)
    result = run_cli("lint", "--format", "json", ".")
    assert result.exception is None
    return sorted((f["path"], f["line"], f["column"], f["rule"], f["message"]) for f in json.loads(result.stdout))


@pytest.mark.parametrize("ending", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_lint_finds_the_same_things_at_the_same_places_as_with_empty_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: str
) -> None:
    for name, transform in (("tabs", str), ("empty", emptied)):
        (tmp_path / name / "personas").mkdir(parents=True)
        (tmp_path / name / "journeys").mkdir(parents=True)
        for path, text in (("personas/ola.yaml", PERSONA_PL), ("journeys/maya.yaml", JOURNEY_EN)):
            (tmp_path / name / path).write_bytes(transform(text).replace("\n", ending).encode("utf-8"))
    tabs, empty = lint_findings(tmp_path / "tabs", monkeypatch), lint_findings(tmp_path / "empty", monkeypatch)
    assert tabs == empty
    assert tabs, "the documents are meant to draw a few findings"
    assert not [f for f in tabs if f[3] in ("yaml-syntax", "read-error")]


def test_render_and_diff_read_tab_blank_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("old").mkdir()
    Path("new").mkdir()
    Path("old/ola.yaml").write_text(emptied(PERSONA_PL), encoding="utf-8")
    Path("new/ola.yaml").write_text(PERSONA_PL.replace("  age: 31\n", "  age: 32\n"), encoding="utf-8")
    rendered = run_cli("render", "new/ola.yaml", "--format", "markdown")
    assert rendered.exception is None and rendered.exit_code == 0, rendered.stderr
    assert "Ola Nowak" in rendered.stdout
    diffed = run_cli("diff", "old/ola.yaml", "new/ola.yaml", "--format", "json")
    assert diffed.exception is None and diffed.exit_code == 1, diffed.stderr
    assert [(c["op"], c["path"]) for c in json.loads(diffed.stdout)] == [("changed", "demographics.age")]


# --- fmt ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [PERSONA_PL, JOURNEY_EN], ids=["persona-pl", "journey-en"])
@pytest.mark.parametrize("ending", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_fmt_writes_tab_blank_lines_as_empty_lines(text: str, ending: str) -> None:
    text = text.replace("\n", ending)
    out = format_text(text)
    assert "\t" not in out
    assert out == format_text(emptied(text))  # as if the editor had saved empty lines
    assert load_text(out).problems == []
    assert load_text(out).data == load_text(text).data
    assert format_text(out) == out


def test_fmt_output_for_a_small_persona() -> None:
    text = (
        "kind: persona\n"
        "id: ola\n"
        "\t\n"
        "name: Ola\n"
        "goals:\n"
        "  - Biega\n"
        "  \t \n"
        "\t# drugi cel\n"
        "  - Pływa\n"
        "\t\n"
    )
    assert format_text(text) == (
        "kind: persona\n"
        "id: ola\n"
        "\n"
        "name: Ola\n"
        "goals:\n"
        "  - Biega\n"
        "\n"
        "  # drugi cel\n"
        "  - Pływa\n"
        "\n"
    )


def test_fmt_keeps_a_block_values_lines_with_tabs() -> None:
    text = "kind: persona\n\t\nid: ola\nname: Ola\nnotes: |\n  Pierwsza.\n  \t\n  Druga.\n\ngoals:\n\t\n  - Biega\n"
    out = format_text(text)
    assert "notes: |\n  Pierwsza.\n  \t\n  Druga.\n" in out
    assert load_text(out).data == load_text(text).data
    assert load_text(out).data["notes"] == "Pierwsza.\n\t\nDruga.\n"
    assert format_text(out) == out


def test_fmt_reports_a_tab_blank_line_yaml_does_not_allow_where_lint_does() -> None:
    text = "kind: persona\nid: ola\nname: Ola\n\t\nnotes: |\n  Tekst.\n\t\ngoals:\n  - Biega\n"
    with pytest.raises(FormatError) as caught:
        format_text(text)
    assert (caught.value.line, caught.value.column) == (7, 1) == where(text)[0][:2]
