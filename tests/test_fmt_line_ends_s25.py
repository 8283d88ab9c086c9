"""Mixed line endings and blanks after a document end marker (tester14 F6, F7).

A file that mixed LF and CR LF was normalised only when something else changed, so `fmt --check`
never flagged one already in order, and the same file with one key out of place came out with
every line end changed.  Now the file's most common line end is every line's end (a tie goes to
CR LF), whether or not anything else changes.  Blanks after a `...` or `---` marker, a `%YAML`
line or on a blank line there are dropped, as after a value; a comment keeps its text as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxkit.fmt import format_text

LINES = ["kind: persona", "id: marta", "name: Marta Zielińska", "lang: pl", "# z wywiadów #4", "goals:",
         "  - text: Zapłacić za wodę bez kolejki", "    sources: [wywiady]", "quote: \"Czemu to tyle trwa?\""]


def _join(ends: list[str]) -> str:
    return "".join(line + end for line, end in zip(LINES, ends))


@pytest.mark.parametrize("ends, ending", [
    (["\n", "\r\n", "\n", "\r\n", "\n", "\n", "\n", "\n", "\n"], "\n"),  # mostly LF
    (["\r\n", "\n", "\r\n", "\r\n", "\r\n", "\r\n", "\r\n", "\r\n", "\r\n"], "\r\n"),  # one LF in a Windows file
    (["\n", "\r\n"] * 4 + ["\r\n"], "\r\n"),
    (["\r\n", "\n"] * 4 + ["\n"], "\n"),
])
def test_a_file_in_order_that_mixes_line_ends_gets_its_most_common_one(ends: list[str], ending: str) -> None:
    text = _join(ends)
    out = format_text(text)
    assert out == "".join(line + ending for line in LINES)
    assert format_text(out) == out


def test_a_tie_goes_to_crlf() -> None:
    text = "kind: persona\nid: marta\r\nname: Marta\nlang: pl\r\n"
    assert format_text(text) == "kind: persona\r\nid: marta\r\nname: Marta\r\nlang: pl\r\n"


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_a_file_with_one_line_end_is_left_as_it_is(ending: str) -> None:
    text = "".join(line + ending for line in LINES)
    assert format_text(text) == text


def test_check_flags_mixed_line_ends_and_fmt_fixes_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('paths = ["."]\n', encoding="utf-8")
    path = tmp_path / "marta.yaml"
    raw = b"\xef\xbb\xbf" + _join(["\r\n", "\n"] + ["\r\n"] * 7).encode("utf-8")
    path.write_bytes(raw)
    check = cli("fmt", "--check", "marta.yaml")
    assert check.exit_code == 1
    assert "would reformat marta.yaml" in check.stdout + check.stderr
    assert path.read_bytes() == raw
    assert cli("fmt", "marta.yaml").exit_code == 0
    assert path.read_bytes() == b"\xef\xbb\xbf" + "".join(line + "\r\n" for line in LINES).encode("utf-8")
    assert cli("fmt", "--check", "marta.yaml").exit_code == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\r\n"]), min_size=len(LINES), max_size=len(LINES)), st.booleans())
def test_mixed_line_ends_come_out_as_one(ends: list[str], moved: bool) -> None:
    lines = LINES[:]
    if moved:
        lines[0], lines[2] = lines[2], lines[0]  # `name` above `kind`: fmt moves it
    text = "".join(line + end for line, end in zip(lines, ends))
    crlf = ends.count("\r\n")
    ending = "\r\n" if crlf >= len(ends) - crlf else "\n"
    out = format_text(text)
    assert out == format_text(text.replace("\r\n", "\n")).replace("\n", ending)
    assert format_text(out) == out


# --- blanks after `...` and around `---` (F7) ------------------------------------------------------

def test_blanks_after_a_document_end_marker_are_dropped() -> None:
    text = "name: M\nkind: persona\nid: m\nlang: pl \n... \n# koniec #1 \n"
    assert format_text(text) == "kind: persona\nid: m\nname: M\nlang: pl\n...\n# koniec #1 \n"


@pytest.mark.parametrize("text, expected", [
    # in order already: the marker's blanks alone make fmt change the file
    ("kind: persona\nid: m\nname: M\n...\t\n", "kind: persona\nid: m\nname: M\n...\n"),
    ("kind: persona\r\nid: m\r\nname: M\r\n...  \r\n  \r\n# k\r\n", "kind: persona\r\nid: m\r\nname: M\r\n...\r\n\r\n# k\r\n"),
    ("%YAML 1.2 \n--- \nkind: persona\nid: m\nname: M\n", "%YAML 1.2\n---\nkind: persona\nid: m\nname: M\n"),
    # a comment keeps its text, blanks included, as elsewhere in the file
    ("# schemat \n--- # start \nkind: persona\nid: m\nname: M  # imię \n... # koniec  \n",
     "# schemat \n--- # start \nkind: persona\nid: m\nname: M  # imię \n... # koniec  \n"),
])
def test_blanks_around_the_markers(text: str, expected: str) -> None:
    assert format_text(text) == expected
    assert format_text(expected) == expected
