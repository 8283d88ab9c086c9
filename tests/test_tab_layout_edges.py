"""Edges of reading tab-blank and tab-comment lines: the cost of laying out many of them, a block
value with an indentation number, and a tab comment line right after a block value.

See test_tab_blank_lines.py and test_tab_comments.py for what cxkit reads and why.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli

from cxkit.fmt import FormatError, format_text
from cxkit.yamlio import load_text, scalar_nodes, tab_lines_laid_out

# --- the layout is a few scans, not a Python step per line ---------------------------------------

# A line of blanks that holds a tab, or the blanks that hold a tab before a comment's `#`.
_TAB_LINE = re.compile(r"(?<![^\r\n])[ \t]*\t[ \t]*(?:#|(?=[\r\n]|\Z))")


def _calls(text: str) -> int:
    """How many Python and built-in function calls reading ``text`` makes."""
    count = 0

    def profile(_frame: Any, event: str, _arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        load_text(text)
    finally:
        sys.setprofile(None)
    return count


SHAPES = {
    # The report: tab-blank lines after a block value at the end of the file (the document ends there).
    "after a block value at the end": lambda n: "kind: persona\nid: ola\nnotes: |\n  x\n" + "\t\n" * n,
    "between keys": lambda n: "kind: persona\nid: ola\n" + "\t\n" * n + "name: Ola\n",
    "tab comments": lambda n: "kind: persona\nid: ola\n" + "\t# c\n" * n + "name: Ola\n",
    "tab comments and blank lines": lambda n: "kind: persona\n" + "\t\n\n  \t# c\n" * (n // 3) + "id: ola\n",
    # Laid out, then given their tabs back: lines of a block value.
    "in a block value": lambda n: "kind: persona\n\t\nnotes: |\n  x\n" + "  \t\n" * n + "  y\nid: ola\n",
    # ... of one the parser read before it stopped (the tab-blank line at its top is too deep).
    "atop a block value": lambda n: "kind: persona\n\t\nnotes: |\n" + "    \t\n" * n + "  y\nid: ola\n",
    "crlf": lambda n: "kind: persona\r\nid: ola\r\nnotes: |\r\n  x\r\n" + "\t\r\n  \t# c\r\n" * (n // 2),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_reading_many_tab_lines_costs_no_python_call_per_line(shape: str) -> None:
    # Not a timing: the number of calls.  Laying out, and finding the laid-out lines in values,
    # one Python step per line took 3.6 s for 2 million tab-blank lines after a block value.
    small, large = (_calls(SHAPES[shape](n)) for n in (3_000, 30_000))
    assert large - small < 100, (small, large)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("n", [1, 2, 3, 50])
def test_the_layout_changes_only_tabs_in_the_blank_and_comment_lines_it_reads(shape: str, n: int) -> None:
    text = SHAPES[shape](n)
    laid, end = tab_lines_laid_out(text)
    assert len(laid) == len(text)  # every offset, line and column stays
    changed = [i for i, (was, now) in enumerate(zip(text, laid)) if was != now]
    assert all(text[i] == "\t" and laid[i] == " " for i in changed)
    lines = [m.span() for m in _TAB_LINE.finditer(text)]
    assert all(any(lo <= i < hi for lo, hi in lines) for i in changed)
    assert 0 < end <= len(text)


@pytest.mark.parametrize(
    ("shape", "value"),
    [
        ("after a block value at the end", "x\n"),
        ("in a block value", "x\n" + "\t\n" * 40 + "y\n"),
    ],
)
def test_many_tab_lines_read_as_few(shape: str, value: str) -> None:
    text = SHAPES[shape](40)
    loaded = load_text(text)
    assert loaded.problems == []
    assert loaded.data["notes"] == value
    spaced = load_text(text.replace("\t", " "))
    if shape == "in a block value":
        assert sorted((n.start_mark.index, n.end_mark.index) for n in scalar_nodes(loaded.root)) == sorted(
            (n.start_mark.index, n.end_mark.index) for n in scalar_nodes(spaced.root)
        )


def test_a_long_run_of_tabs_before_a_value_is_reported_where_it_is() -> None:
    # `[ \t]*\t[ \t]*` tried every split of the run: 100,000 tabs took 150 s, 4 MiB would take days.
    text = "kind: persona\n" + "\t" * 5_000 + "x: 1\n"
    assert [(p.line, p.column) for p in load_text(text).problems] == [(2, 1)]
    assert tab_lines_laid_out(text) == (text, len(text))


def test_empty_lines_before_the_last_value_and_a_tab_blank_line_after_it() -> None:
    # The lines at the file's end that hold only blanks or comments were searched for from every
    # line's start: 40,000 empty lines in a block value took 110 s.
    text = "kind: persona\nnotes: |\n  x\n" + "\n" * 5_000 + "  y\n\t\n"
    loaded = load_text(text)
    assert loaded.problems == []
    assert loaded.data["notes"] == "x\n" + "\n" * 5_000 + "y\n"
    assert tab_lines_laid_out(text)[1] == len(text) - 2  # the document ends before the tab-blank line


# --- a block value with an indentation number, then a tab-blank line at the end of the file ------

# (the file, the value as YAML 1.2 reads it: the tab-blank line is none of the value's lines, as a
# line of spaces would be; the document ends before it, and the value is what ruamel reads there)
NUMBERED = [
    ("notes: |2\n    Tekst.\n\t\n", "  Tekst.\n"),
    ("notes: |2-\n    Tekst.\n\t\n", "  Tekst."),
    ("notes: |-2\n    Tekst.\n \t\n\t\n", "  Tekst."),
    ("notes: |2+\n    Tekst.\n\n\t\n  \n# koniec\n", "  Tekst.\n\n"),  # `l-keep-empty` keeps only lines of spaces
    ("notes: >2\n    Tekst\n    dalej.\n \t\n", "  Tekst\n  dalej.\n"),
    ("notes: |2\n    Tekst.\n  \t\n\t\n", "  Tekst.\n\t\n"),  # the value's indentation, then a tab: its line
    ("notes: |4\n    Tekst.\n  \t\n", "Tekst.\n"),
    ("notes: |2\n\t\n", ""),  # no line of the value: the number says its indentation
    ("notes: &n !!str |2\n    Tekst.\n\t\n", "  Tekst.\n"),
    ("notes:\n  |2\n    Tekst.\n\t\n", "  Tekst.\n"),
]


@pytest.mark.parametrize(("block", "value"), NUMBERED)
@pytest.mark.parametrize("ending", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_a_block_value_with_an_indentation_number_then_a_tab_blank_line_at_the_end(
    block: str, value: str, ending: str
) -> None:
    text = ("kind: persona\nid: ola\n" + block).replace("\n", ending)
    loaded = load_text(text)
    assert loaded.problems == []
    assert loaded.data["notes"] == value  # a block value's line breaks read as \n
    # The same as the file up to the line that ends the document.
    less = 4 if "|4" in block else 2  # fewer spaces than the value's indentation, then a tab
    tab = re.search(rf"(?<![^\r\n])(?! {{{less}}}) *\t[ \t]*(?=[\r\n]|\Z)", text)
    assert tab is not None
    assert loaded.data == load_text(text[: tab.start()]).data
    assert tab_lines_laid_out(text)[1] == tab.start()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kind: journey\nstages:\n  - id: a\n    notes: |2\n        Etap.\n     \t\n", "  Etap.\n"),
        ("kind: journey\nstages:\n  - |2\n     Etap.\n   \t\n", " Etap.\n"),
        ("kind: journey\nstages:\n- |3\n     Etap.\n  \t\n", "  Etap.\n"),
    ],
)
def test_an_indentation_number_counts_from_the_collection_the_value_is_in(text: str, value: str) -> None:
    loaded = load_text(text)
    assert loaded.problems == []
    stage = loaded.data["stages"][0]
    assert (stage["notes"] if isinstance(stage, dict) else stage) == value


def test_an_indentation_number_reads_like_an_indentation_found_from_the_first_line() -> None:
    # The report: the same value with `|` was read, with `|2` refused.
    numbered = load_text("kind: persona\nid: ola\nnotes: |2\n  Tekst.\n\t\n")
    found = load_text("kind: persona\nid: ola\nnotes: |\n  Tekst.\n\t\n")
    assert numbered.problems == found.problems == []
    assert numbered.data == found.data == {"kind": "persona", "id": "ola", "notes": "Tekst.\n"}
    # With more of the document to come the line stands where YAML allows nothing, as with `|`.
    for header in ("|", "|2"):
        text = f"kind: persona\nid: ola\nnotes: {header}\n  Tekst.\n\t\nname: Ola\n"
        assert [(p.line, p.column) for p in load_text(text).problems] == [(5, 1)]


# --- a tab comment line right after a block value ------------------------------------------------
#
# YAML 1.2 ends a block value with its trailing lines, `l-chomped-empty(n,t)`: lines of at most n
# spaces, then `l-trail-comments(n) ::= s-indent(<n) c-nb-comment-text b-comment l-comment*`, a
# first comment line with fewer spaces than the value's indentation n and then its `#`: no tab
# (s-indent is spaces).  A line of the value needs n spaces first (`l-nb-literal-text(n)`).  After
# a block scalar (`s-l+block-scalar`) nothing else may stand before the next entry of its collection,
# so `\t# note` there is no YAML 1.2; after a trailing comment (`l-comment*`), or at the end of the
# file (a comment line after the document, `l-comment` in `l-yaml-stream`), it is a comment.

AFTER_BLOCK = [
    # (the file, where the tab is)
    ("kind: persona\nnotes: |\n  Tekst.\n\t# komentarz\nid: ola\n", (4, 1)),
    ("kind: persona\nnotes: |\n  Tekst.\n\n \t# komentarz\nid: ola\n", (5, 2)),  # after an empty line
    ("kind: persona\nnotes: >-\n  Tekst.\n  \t# tekst\n\t# komentarz\nid: ola\n", (5, 1)),
    ("kind: persona\nid: ola\nnotes: |\n        Tekst.\n  \t# c\nname: Ola\n", (5, 3)),
    ("kind: journey\nstages:\n  - notes: |\n      Tekst.\n    \t# c\n    emotion: 1\n", (5, 5)),
    ("kind: persona\nnotes: |2\n    Tekst.\n\t# komentarz\n# more\nid: ola\n", (4, 1)),
]


@pytest.mark.parametrize(("text", "at"), AFTER_BLOCK)
@pytest.mark.parametrize("ending", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_a_tab_comment_line_right_after_a_block_value_is_reported_where_its_tab_is(
    text: str, at: tuple[int, int], ending: str
) -> None:
    loaded = load_text(text.replace("\n", ending))
    assert loaded.data is None
    assert [(p.line, p.column, p.message) for p in loaded.problems] == [
        (*at, "invalid YAML: a tab character here; YAML indents with spaces, never tabs")
    ]
    # ... also when an earlier tab comment line is laid out first.
    earlier = load_text(text.replace("kind: ", "\t# plik\nkind: ", 1))
    assert [(p.line, p.column) for p in earlier.problems] == [(at[0] + 1, at[1])]


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("kind: persona\nid: ola\nnotes: |\n  Tekst.\n\t# komentarz\n", "Tekst.\n"),  # the end of the file
        ("kind: persona\nid: ola\nnotes: |+\n  Tekst.\n\n\t# komentarz\n# c\n\t\n", "Tekst.\n\n"),
        ("kind: persona\nnotes: |\n  Tekst.\n# koniec\n\t# komentarz\nid: ola\n", "Tekst.\n"),  # l-comment*
        ("kind: persona\nnotes: |\n  Tekst.\n  \t# tekst\nid: ola\n", "Tekst.\n\t# tekst\n"),  # a line of the value
    ],
)
def test_a_tab_comment_line_after_a_block_value_reads_where_yaml_allows_it(text: str, notes: str) -> None:
    loaded = load_text(text)
    assert loaded.problems == []
    assert loaded.data["notes"] == notes


def test_lint_reports_a_tab_comment_line_right_after_a_block_value_as_yaml_syntax(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(
        "kind: persona\nid: ola\nname: Ola\nnotes: |\n  Tekst.\n\t# komentarz\nlang: pl\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--format", "json", ".")
    found = [(f["path"], f["line"], f["column"], f["rule"]) for f in json.loads(result.stdout)]
    assert ("personas/ola.yaml", 6, 1, "yaml-syntax") in found


def test_fmt_reports_a_tab_comment_line_right_after_a_block_value_where_lint_does() -> None:
    text = "kind: persona\nid: ola\nnotes: |\n  Tekst.\n\t# komentarz\nname: Ola\n"
    with pytest.raises(FormatError) as caught:
        format_text(text)
    assert (caught.value.line, caught.value.column) == (5, 1)
