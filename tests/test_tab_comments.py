"""A comment line indented with tabs is valid YAML 1.2, and cxkit reads it everywhere.

`l-comment ::= s-separate-in-line c-nb-comment-text? b-comment`: the white
space before a comment on a line of its own may hold tabs.  Editors set to
tabs write such lines; the C parser cxkit reads with (YAML 1.1) refused them
("a tab character here").  cxkit now reads them as the comments they are, with
every position as it was, while a tab before `#` inside a block or quoted value
stays text and a tab used as indentation is still reported where it is.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxkit.fmt import format_text
from cxkit.yamlio import _Loader, in_value, load_text, scalar_nodes

T = "\t"

PERSONA_PL = f"""\
kind: persona
{T}# Persona z warsztatów w Krakowie, marzec 2026
id: ola-biegaczka
name: Ola Nowak
lang: pl
summary: >
  Biega po pracy i szuka butów, które wytrzymają 1000 km.
demographics:
  age: 31
{T}# wiek z ankiety, nie z wywiadu
  location: Wrocław
{T}{T}# dwa tabulatory przed komentarzem
  occupation: księgowa
goals:
{T}# komentarz wcięty tabulatorem
  - Biega 30 km tygodniowo
{T}# pierwszy z dwóch
{T}# drugi z dwóch
  - text: Przebiec maraton poniżej 4 godzin
{T}  # tabulator, potem spacje
    sources: [wywiady-2026-03]
  \t# spacje, potem tabulator
  - Nie kupować butów częściej niż raz w roku
needs:
  - Tabela rozmiarów z długością wkładki{T}# tabulator przed komentarzem po wartości
 \t \t# spacja, tabulator, spacja, tabulator
pain_points:
  - text: Sklep nie podaje dropu podeszwy
    sources: [wywiady-2026-03]
"""

JOURNEY_EN = f"""\
kind: journey
id: maya-buys-a-bike
name: Maya buys a cargo bike
persona: maya
{T}# stages come from the March diary study
stages:
  - id: discover
    name: Discover
{T}# the stage goal was rewritten after round two
    goal: Learn which cargo bikes carry two kids
    touchpoints:
{T}{T}# only the channels we observed
      - channel: web
        description: Reads a long review on a family blog
    emotion: 1
  - id: buy
{T}# a comment between a list item's keys
    name: Buy
    goal: Order the bike with a child seat
    emotion: -1
    pain_points:
      - text: Delivery takes eight weeks
{T}# trailing note at the end of the file
"""


def spaced(text: str) -> str:
    """The same file with every tab a space: what a tab-free editor would have written."""
    return text.replace(T, " ")


def positions(text: str) -> list[tuple[int, int, int, int, str]]:
    """Every scalar of the file as lint reads it, with where it starts and ends."""
    loaded = load_text(text)
    assert loaded.root is not None, loaded.problems
    return sorted(
        (n.start_mark.line, n.start_mark.column, n.end_mark.line, n.end_mark.column, n.value)
        for n in scalar_nodes(loaded.root)
    )


# --- the loader ---------------------------------------------------------------------------------


def test_the_brief_example_is_read_as_a_persona() -> None:
    text = "kind: persona\nid: anna\nname: Anna\ngoals:\n\t# komentarz wcięty tabulatorem\n  - Biega 30 km tygodniowo\n"
    loaded = load_text(text)
    assert loaded.problems == []
    assert loaded.data == {"kind": "persona", "id": "anna", "name": "Anna", "goals": ["Biega 30 km tygodniowo"]}
    assert loaded.locate(("goals", 0)) == (6, 5)


@pytest.mark.parametrize("text", [PERSONA_PL, JOURNEY_EN], ids=["persona-pl", "journey-en"])
def test_tab_comments_anywhere_read_like_the_same_file_with_spaces(text: str) -> None:
    tabbed, plain = load_text(text), load_text(spaced(text))
    assert tabbed.problems == [] and plain.problems == []
    assert tabbed.data == plain.data
    assert tabbed.text == text  # the file as written, tabs and all
    assert positions(text) == positions(spaced(text))


@pytest.mark.parametrize(
    "comment",
    ["\t# c", "\t\t# c", "\t  # c", "  \t# c", " \t \t# c", "\t#", "\t# zażółć gęślą jaźń\t", "\t#\tc"],
)
@pytest.mark.parametrize(
    "where",
    [
        "kind: persona\n{c}\nid: ola\n",  # top level
        "goals:\n  - a\n{c}\n  - b\n",  # inside a sequence
        "demographics:\n  age: 31\n{c}\n  location: Łódź\n",  # inside a nested mapping
        "stages:\n  - id: a\n    goal: b\n{c}\n    emotion: 1\n",  # between a list item's keys
        "goals:\n{c}\n{c}\n{c}\n  - a\n",  # several in a row
        "name: Ola\n{c}\n",  # the last line, after a plain value
        "name: Ola\n{c}",  # ... without a final line break
        "notes: |\n        Tekst.\n{c}\n",  # right after a block value, at the end of the file
        "notes: |\n        Tekst.\n{c}\n# koniec\n\t\n",  # ... followed only by comment and blank lines
        "notes: |\n        Tekst.\n# koniec notatek\n{c}\nid: ola\n",  # after a block value's trailing comment
        "goals: [a,\n{c}\n  b]\nid: ola\n",  # inside a flow collection (already read)
    ],
)
def test_a_tab_indented_comment_line_is_a_comment_wherever_one_may_stand(where: str, comment: str) -> None:
    text = where.format(c=comment)
    tabbed, plain = load_text(text), load_text(spaced(text))
    assert tabbed.problems == plain.problems == []
    assert tabbed.data == plain.data
    assert positions(text) == positions(spaced(text))


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_other_line_ends(ending: str) -> None:
    text = PERSONA_PL.replace("\n", ending)
    assert load_text(text).problems == []
    assert load_text(text).data == load_text(PERSONA_PL).data
    assert positions(text) == positions(spaced(text))


def test_a_tab_before_a_comment_after_a_value_still_works() -> None:
    # Always read: the tab is between tokens, not at a line's start.
    loaded = load_text("kind: persona\nid: ola\t# identyfikator\nname: Ola\t\t# imię\n")
    assert loaded.problems == []
    assert loaded.data == {"kind": "persona", "id": "ola", "name": "Ola"}


def test_a_block_value_keeps_a_line_that_starts_with_a_tab_and_a_hash() -> None:
    text = (
        "kind: persona\n"
        "\t# a comment, so the tabs are laid out\n"
        "id: ola\n"
        "notes: |\n"
        "  Pierwsza linia.\n"
        "  \t# not a comment: text of the value\n"
        "  \t\t# nor this\n"
        "# the value's trailing comment: spaces only before its `#` (l-trail-comments)\n"
        "\t# but this one is a comment\n"
        "quote: \"Biegam\n"
        "\t# w cudzysłowie to tekst\n"
        "  codziennie\"\n"
        "folded: >\n"
        "  Zwinięty\n"
        "  \t# tekst z tabulatorem\n"
        "name: Ola\n"
    )
    loaded = load_text(text)
    assert loaded.problems == []
    assert loaded.data["notes"] == "Pierwsza linia.\n\t# not a comment: text of the value\n\t\t# nor this\n"
    assert loaded.data["quote"] == "Biegam # w cudzysłowie to tekst codziennie"
    assert loaded.data["folded"] == "Zwinięty\n\t# tekst z tabulatorem\n"
    assert loaded.data["name"] == "Ola"


def test_a_comment_whose_spaces_would_join_a_block_value_is_still_reported() -> None:
    # Two tabs as two spaces would make the line text of `notes` (indented by two): cxkit
    # does not guess; the tab is reported where it is, as before.
    text = "kind: persona\nid: ola\nnotes: |\n  Tekst.\n\t\t# komentarz?\nname: Ola\n"
    assert [(p.line, p.column) for p in load_text(text).problems] == [(5, 1)]
    assert "a tab character here" in load_text(text).problems[0].message
    # The first line of a block value may not start with a tab after its spaces (the parser's rule).
    first = "kind: persona\nid: ola\nnotes: |\n  \t# tekst\n"
    assert [(p.line, p.column) for p in load_text(first).problems] == [(4, 3)]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("kind: persona\ngoals:\n\t- Cisza\n", (3, 1)),
        ("kind: persona\ndemographics:\n\tage: 31\n", (3, 1)),
        ("kind: persona\ngoals:\n  - a\n  \t- b\n", (4, 3)),
    ],
)
def test_a_tab_used_as_indentation_is_reported_as_before(text: str, where: tuple[int, int]) -> None:
    problems = load_text(text).problems
    assert [(p.line, p.column) for p in problems] == [where]
    assert "a tab character here; YAML indents with spaces, never tabs" in problems[0].message


def test_a_tab_used_as_indentation_after_tab_comments_is_reported_where_it_is() -> None:
    text = "kind: persona\n\t# persona\ngoals:\n\t# cele\n  - Biega\n\t- Pływa\n"
    problems = load_text(text).problems
    assert problems == load_text(text.replace("\t#", " #")).problems  # as if the comments had spaces
    assert [(p.line, p.column) for p in problems] == [(6, 1)]
    assert "a tab character here; YAML indents with spaces, never tabs" in problems[0].message


def test_another_mistake_after_tab_comments_is_reported_where_it_is() -> None:
    text = "kind: persona\n\t# persona\nid: ola\n\t# imię\nname: [Ola\n"
    assert load_text(text).problems == load_text(spaced(text)).problems
    assert load_text(text).problems[0].line > 4


def test_nesting_is_still_capped_in_a_file_with_tab_comments() -> None:
    text = "kind: persona\n\t# głęboko\nx: " + "[" * 300 + "]" * 300 + "\n"
    problems = load_text(text).problems
    assert len(problems) == 1 and "nested more than" in problems[0].message


def test_many_tab_comment_lines_load_in_one_go() -> None:
    # One line at a time would parse the file once per line: hours for this one.
    lines = []
    for i in range(100_000):
        lines.append(f"\t# komentarz {i}\n" if i % 2 else f"\t\t# Kommentar {i}\n  - Cel {i}\n")
    text = "kind: persona\nid: ola\nname: Ola\ngoals:\n" + "".join(lines) + "notes: |\n  a\n  \t# tekst\n"
    started = time.process_time()
    loaded = load_text(text)
    took = time.process_time() - started
    assert loaded.problems == []
    assert loaded.data["goals"] == [f"Cel {i}" for i in range(0, 100_000, 2)]
    assert loaded.data["notes"] == "a\n\t# tekst\n"
    assert loaded.locate(("goals", 49_999)) == (4 + 150_000 - 1, 5)
    assert took < 30  # generous: only a parse per line would come near it


# --- the same as telling the parser of one refused line at a time --------------------------------


def one_by_one(text: str) -> tuple[str, str]:
    """The reference: lay out the line the parser refuses, parse again, and so on.

    Returns ("ok", text read) when the result reads and every laid-out line is
    a comment in it, ("rejected", text) when one became part of a value, and
    ("error", text) when the parser stopped at something else.
    """
    hashes: list[int] = []
    for _ in range(text.count("\n") + text.count("\r") + 2):
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        except Exception as exc:  # noqa: BLE001
            mark = getattr(exc, "problem_mark", None)
            if mark is None or text[mark.index:mark.index + 1] != "\t":
                return "error", text
            start = max(text.rfind("\n", 0, mark.index), text.rfind("\r", 0, mark.index)) + 1
            line = re.compile(r"[ \t]*#").match(text, start)
            if line is None or mark.index >= line.end():
                return "error", text
            hashes.append(line.end() - 1)
            text = text[:start] + text[start:line.end()].replace("\t", " ") + text[line.end():]
            continue
        finally:
            loader.dispose()
        if root is not None:
            inside = in_value(root, text)
            if any(inside(at) for at in hashes):
                return "rejected", text
            if any(_right_after_a_block_value(text, root, at) for at in hashes):
                return "rejected", text
        return "ok", text
    raise AssertionError("no end")


_CONTENT = re.compile(r"(?<![^\r\n])[ \t]*[^ \t\r\n#]")


def _right_after_a_block_value(text: str, root: Any, at: int) -> bool:
    """Whether the comment line whose `#` is at ``at`` starts where a block value ends, with a line
    with content after it: no YAML 1.2 (`l-trail-comments` starts with spaces, then `#`)."""
    start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    ends = {n.end_mark.index for n in scalar_nodes(root) if n.style in ("|", ">")}
    return start in ends and _CONTENT.search(text, start) is not None


_PIECES = [
    "kind: persona\n",
    "id: ola\n",
    "name: Ola Nowak\n",
    "name: Ola\t# imię\n",
    "goals:\n",
    "  - Biega\n",
    "  - text: Maraton\n",
    "    sources: [a]\n",
    "demographics:\n",
    "  age: 31\n",
    "notes: |\n",
    "notes: |-\n",
    "notes: >\n",
    "notes: |2\n",
    "  Tekst notatki.\n",
    "    głębiej\n",
    "  \t# tekst, nie komentarz\n",
    "   \t# tekst\n",
    'quote: "Biegam\n',
    "  codziennie\"\n",
    "flow: [a,\n",
    "  b]\n",
    "\t- tab\n",
    "\tkey: tab\n",
    "\n",
    "  \n",
    "# zwykły komentarz\n",
    "name: [Ola\n",
]
_TAB_COMMENTS = ["\t# c\n", "\t\t# c\n", "\t  # c\n", "  \t# c\n", " \t# c\n", "    \t# c\n", "\t\t\t\t# c\n"]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES + _TAB_COMMENTS * 2), min_size=1, max_size=14))
def test_all_lines_at_once_read_as_one_refused_line_at_a_time(pieces: list[str]) -> None:
    text = "".join(pieces)
    verdict, reference = one_by_one(text)
    loaded = load_text(text)
    if verdict == "ok":
        assert loaded.problems == load_text(reference).problems
        assert loaded.data == load_text(reference).data
        if loaded.root is not None:
            assert positions(text) == positions(reference)
    elif verdict == "error":
        assert loaded.problems and loaded.problems == load_text(reference).problems
    else:
        assert loaded.problems and loaded.root is None


# --- lint, render, diff -------------------------------------------------------------------------


def lint_findings(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, int, str, str]]:
    monkeypatch.chdir(folder)
    result = run_cli("lint", "--format", "json", ".")
    assert result.exception is None
    return sorted((f["path"], f["line"], f["column"], f["rule"], f["message"]) for f in json.loads(result.stdout))


def test_lint_finds_the_same_things_at_the_same_places_with_tabs_or_spaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, transform in (("tabs", str), ("spaces", spaced)):
        (tmp_path / name / "personas").mkdir(parents=True)
        (tmp_path / name / "journeys").mkdir(parents=True)
        (tmp_path / name / "personas" / "ola.yaml").write_text(transform(PERSONA_PL), encoding="utf-8")
        (tmp_path / name / "journeys" / "maya.yaml").write_text(transform(JOURNEY_EN), encoding="utf-8")
    tabs, spaces = lint_findings(tmp_path / "tabs", monkeypatch), lint_findings(tmp_path / "spaces", monkeypatch)
    assert tabs == spaces
    assert tabs, "the documents are meant to draw a few findings"
    assert not [f for f in tabs if f[3] in ("yaml-syntax", "read-error")]


def test_render_and_diff_read_tab_comments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("old").mkdir()
    Path("new").mkdir()
    Path("old/ola.yaml").write_text(spaced(PERSONA_PL), encoding="utf-8")
    Path("new/ola.yaml").write_text(PERSONA_PL.replace("  age: 31\n", "  age: 32\n"), encoding="utf-8")
    rendered = run_cli("render", "new/ola.yaml", "--format", "markdown")
    assert rendered.exception is None and rendered.exit_code == 0, rendered.stderr
    assert "Ola Nowak" in rendered.stdout
    diffed = run_cli("diff", "old/ola.yaml", "new/ola.yaml", "--format", "json")
    assert diffed.exception is None and diffed.exit_code == 1, diffed.stderr
    changes = json.loads(diffed.stdout)
    assert [(c["op"], c["path"]) for c in changes] == [("changed", "demographics.age")]


# --- fmt ----------------------------------------------------------------------------------------


def test_fmt_indents_a_tab_comment_like_the_line_below_it() -> None:
    text = (
        "kind: persona\n"
        "id: ola\n"
        "name: Ola\n"
        "goals:\n"
        "\t# komentarz wcięty tabulatorem\n"
        "  - Biega 30 km tygodniowo\n"
        "\t\t# drugi cel\n"
        "  - text: Maraton\n"
        "\t  # źródło\n"
        "    sources: [wywiady]\n"
        "demographics:\n"
        "\t# wiek\n"
        "  age: 31\n"
        "\t# na końcu pliku\n"
    )
    assert format_text(text) == (
        "kind: persona\n"
        "id: ola\n"
        "name: Ola\n"
        "demographics:\n"
        "  # wiek\n"
        "  age: 31\n"
        "goals:\n"
        "  # komentarz wcięty tabulatorem\n"
        "  - Biega 30 km tygodniowo\n"
        "  # drugi cel\n"
        "  - text: Maraton\n"
        "    # źródło\n"
        "    sources: [wywiady]\n"
        "# na końcu pliku\n"  # the file's last note, at the start of a line like one written so
    )


@pytest.mark.parametrize("text", [PERSONA_PL, JOURNEY_EN, PERSONA_PL.replace("\n", "\r\n")],
                         ids=["persona-pl", "journey-en", "crlf"])
def test_fmt_keeps_every_comment_and_value_and_is_idempotent(text: str) -> None:
    out = format_text(text)
    assert not re.search(r"(?m)^[ ]*\t", out)  # no comment line keeps its tabs
    again = load_text(out)
    assert again.problems == []
    assert again.data == load_text(text).data
    comments = sorted(m.group(0).rstrip() for m in re.finditer(r"# [^\n\r]*", text))
    assert sorted(m.group(0).rstrip() for m in re.finditer(r"# [^\n\r]*", out)) == comments
    assert format_text(out) == out


def test_fmt_never_touches_a_block_value_line_with_a_tab_and_a_hash() -> None:
    text = (
        "kind: persona\n"
        "\t# persona\n"
        "id: ola\n"
        "name: Ola\n"
        "summary: |\n"
        "  Pierwsza linia.\n"
        "  \t# tekst, nie komentarz\n"
        "# koniec podsumowania\n"  # a tab comment may follow a block value's trailing comment
        "\t# komentarz\n"
        "goals:\n"
        "  - Biega\n"
    )
    out = format_text(text)
    assert "  Pierwsza linia.\n  \t# tekst, nie komentarz\n" in out
    assert load_text(out).data["summary"] == "Pierwsza linia.\n\t# tekst, nie komentarz\n"
    assert load_text(out).data == load_text(text).data
    assert format_text(out) == out


def test_fmt_lays_out_a_file_indented_with_tabs_alone() -> None:
    # Every indented line led by tabs reads one way, a tab a level (session 39: it was refused before); a comment
    # line led by a tab is laid out as the same line led by 2 spaces (fmt keeps a comment's indentation).
    text = "kind: persona\nid: ola\nname: Ola\n\t# komentarz\ngoals:\n\t- Biega\n"
    assert format_text(text) == "kind: persona\nid: ola\nname: Ola\n  # komentarz\ngoals:\n  - Biega\n"
    assert format_text(text) == format_text(text.replace("\t", "  "))


def test_fmt_reports_a_tab_used_as_indentation_beside_spaces() -> None:
    from cxkit.fmt import FormatError

    with pytest.raises(FormatError) as caught:
        format_text("kind: persona\nid: ola\nname: Ola\ndemographics:\n  age: 31\ngoals:\n\t- Biega\n")
    assert (caught.value.line, caught.value.column) == (7, 1)
    assert caught.value.message.endswith("indent every line with spaces, 2 a level")
