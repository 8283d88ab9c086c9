"""Messages review5 found wrong (R5-3, R5-5, R5-6, R5-7): a continuation line holding a URL is no
misaligned key; a key a space off after a list written at its key's column is told the key to align
with, at the key; a file whose bad bytes read alike in the encodings named is not asked to choose
between them, and a UTF-8 file with one pasted byte is not told to convert the whole file; an
unknown key whose suggested field is already written is told so, not to rename it into a duplicate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.model.validate import validate
from cxkit.yamlio import load_bytes, load_text

SZUKANIE = """\
kind: journey
id: zakup-karmy
name: Zakup karmy dla psa
lang: pl
persona: anna-kowalska
stages:
  - id: szukanie
    name: Szukanie
    touchpoints:
      - Google
"""


def problem(text: str) -> tuple[int, int, str]:
    [found] = load_text(text).problems
    return found.line, found.column, found.message


# R5-3: a `:` starts a key only before a blank or the line's end.
@pytest.mark.parametrize("line", [
    "     https://allegro.pl/oferta/karma-dla-psa\n",   # a URL typed a space off the item
    "     emotion:-1\n",                                 # a plain scalar, no key
])
def test_a_line_with_a_colon_but_no_key_is_not_told_to_align_a_key(line: str) -> None:
    at_line, column, message = problem(SZUKANIE + line)
    assert (at_line, column) == (11, 6)
    assert "https:" not in message and "`emotion:`" not in message
    assert "align" not in message


def test_the_same_after_a_comment_keeps_no_key_advice() -> None:
    # The other hint (a key deeper than the keys above, after a comment) reads keys the same way.
    text = "kind: persona\nid: anna\nname: Anna Kowalska\ndemographics:\n  age: 34\n\n  # źródło\n   https://badania.example.pl\n"
    at_line, column, message = problem(text)
    assert (at_line, column) == (8, 4)
    assert "https:" not in message and "align" not in message


def test_a_real_key_a_space_off_still_gets_the_advice() -> None:
    # Guard: the fix keeps F3's advice for a key.
    assert problem(SZUKANIE + "     emotion: -1\n") == (11, 6, (
        "invalid YAML: `emotion:` is indented one space more than `touchpoints:` above it (line 9), so it cannot "
        "start a key of that mapping; align `emotion:` with `touchpoints:` (column 5)"))


# R5-6: the list's dashes at the key's own column (as editors and ruamel write it).
FLUSH = """\
kind: journey
id: zakup-karmy
name: Zakup karmy dla psa
lang: pl
persona: anna-kowalska
stages:
  - id: szukanie
    name: Szukanie
    touchpoints:
    - Google
    - Allegro
     emotion: 1
"""


def test_a_key_a_space_off_after_a_list_at_its_keys_column_is_told_the_key_at_the_key() -> None:
    assert problem(FLUSH) == (12, 6, (
        "invalid YAML: `emotion:` is indented one space more than `touchpoints:` above it (line 9), so YAML reads "
        "it as more text of the list item on line 11, where it cannot start a key; align `emotion:` with "
        "`touchpoints:` (column 5)"))


def test_the_same_at_the_top_of_a_persona() -> None:
    text = "kind: persona\nid: anna\nname: Anna Kowalska\ngoals:\n- Kupić karmę taniej\n summary: Ma psa\n"
    line, column, message = problem(text)
    assert (line, column) == (6, 2)
    assert message.endswith("align `summary:` with `goals:` (column 1)")


def test_a_key_under_the_items_text_keeps_the_item_advice() -> None:
    # Guard: aligned with the item's text, the line may be a key of the item: that advice stays.
    line, column, message = problem(FLUSH.replace("     emotion: 1", "      emotion: 1"))
    assert (line, column) == (12, 14)
    assert "give its text a key too" in message


def test_lint_reports_it_at_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys/zakup.yaml").write_text(FLUSH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "journeys/zakup.yaml"])
    assert result.exit_code == 1
    [finding] = [f for f in json.loads(result.stdout) if f["rule"] == "yaml-syntax"]
    assert (finding["line"], finding["column"]) == (12, 6)
    assert "align `emotion:` with `touchpoints:` (column 5)" in finding["message"]


# R5-5: bytes that read the same in the encodings named; a UTF-8 file with a pasted byte.
def encoding_problem(raw: bytes) -> tuple[int, int, str]:
    loaded = load_bytes(raw)
    assert loaded.data is None
    [found] = loaded.problems
    return found.line, found.column, found.message


def test_a_letter_that_reads_alike_in_both_families_is_not_a_choice() -> None:
    raw = "kind: persona\nid: anna\nname: Anna\nsummary: Mieszka w Krakowie, kocha ogród\n".encode("cp1250")
    assert encoding_problem(raw) == (4, 39, (
        "the file is not valid UTF-8: byte 0xF3 cannot be decoded (0xF3 is 'ó' in ISO-8859-2, Windows-1250 and "
        "Windows-1252 alike: convert the file from any of them); save it as UTF-8"))


def test_quotes_that_read_alike_name_every_encoding_once() -> None:
    raw = "kind: persona\nid: anna\nname: Anna\nsummary: „Dobra” cena, mówi klientka\n".encode("cp1250")
    line, column, message = encoding_problem(raw)
    assert (line, column) == (4, 10)
    assert "0x84 is '„' in Windows-1250 and Windows-1252 alike" in message
    assert "convert the file from any of them" in message
    assert "the one that gives the right text" not in message


def test_a_utf8_file_with_one_pasted_pound_is_told_to_retype_it_not_to_convert() -> None:
    raw = "kind: persona\nid: pawel\nname: Paweł Nowak\nsummary: Płaci ".encode() + b"\xa3" + b"350 rocznie\n"
    assert encoding_problem(raw) == (4, 16, (
        "the file is not valid UTF-8: byte 0xA3 cannot be decoded (the rest of the file is UTF-8, so this byte was "
        "pasted from text in another encoding, most likely Windows-1252, Western European, where 0xA3 is '£'); "
        "retype that character in UTF-8 rather than converting the whole file, which would garble its UTF-8 letters"))


def test_a_utf8_file_with_pasted_bytes_names_where_the_others_are() -> None:
    raw = ("kind: persona\nid: pawel\nname: Paweł Wiśniewski Żółć\nsummary: Płaci ".encode() + b"\xa3"
           + b"350\ngoals:\n" + "  - Zapłacić mniej ni".encode() + b"\xbf \xa3" + b"300\n")
    line, column, message = encoding_problem(raw)
    assert (line, column) == (4, 16)
    assert "(and the ones at 6:22, 6:24)" in message
    assert "save it as UTF-8" not in message and "convert the file from" not in message


def test_a_whole_windows_file_is_still_told_to_convert() -> None:
    # Guard: a file with no valid UTF-8 beyond ASCII is an 8-bit file, converted whole.
    raw = "kind: persona\nid: tom\nname: Tom\nlang: en\nsummary: Pays £350 excess\n".encode("cp1252")
    assert encoding_problem(raw)[2].endswith("(it looks like Windows-1252, Western European, where 0xA3 is '£'); "
                                             "save it as UTF-8")


# R5-7: the field suggested is already in the mapping.
ZRODLA = """\
kind: journey
id: zakup-karmy
name: Zakup karmy dla psa
lang: pl
persona: anna-kowalska
stages:
  - id: szukanie
    name: Szukanie
    emotion: -1
    emocja: -2
    touchpoints: [Google]
sources:
  - id: wywiady-2026-10
    type: interview
    note: 8 wywiadów z właścicielami psów
    uwagi: notatki z rozmów
    url: https://badania.example.pl/karma
"""


def test_a_key_beside_the_field_it_stands_for_is_told_to_merge() -> None:
    loaded = load_text(ZRODLA)
    messages = sorted(issue.message for issue in validate(loaded.data)[1])
    assert messages == [
        "unknown field 'emocja' in 'stages[szukanie]', beside 'emotion', which is already there: merge the two into "
        "'emotion', or keep yours under 'x-emocja'",
        # Guard: `link` is not written, so `url` is still told to be it.
        "unknown field 'url' in 'sources[wywiady-2026-10]'; did you mean 'link'?",
        "unknown field 'uwagi' in 'sources[wywiady-2026-10]', beside 'note', which is already there: merge the two into 'note', "
        "or keep yours under 'x-uwagi'",
    ]


def test_lint_reports_the_duplicate_at_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys/zakup.yaml").write_text(ZRODLA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "journeys/zakup.yaml"])
    assert result.exit_code == 1
    found = {(f["line"], f["column"]): f["message"] for f in json.loads(result.stdout) if f["rule"] == "schema"}
    assert "beside 'note', which is already there" in found[(16, 5)]
    assert "did you mean" not in found[(16, 5)]
    assert "beside 'emotion'" in found[(10, 5)]


# R5-8: one-character anchor names beyond ASCII (`&ą`): 64 are read (letters, digits, - and _ as
# stand-ins); past that, the finding says what cxkit cannot do, not the parser's words.
def anchors(count: int) -> str:
    names = [chr(c) for c in range(0x100, 0x100 + count)]
    return ("kind: persona\nid: anna-kowalska\nname: Anna Kowalska\ngoals:\n"
            + "".join(f"  - &{c} Kupić karmę {c}\n" for c in names)
            + "needs:\n" + "".join(f"  - *{c}\n" for c in names))


def test_sixty_four_one_character_anchor_names_beyond_ascii_are_read() -> None:
    loaded = load_text(anchors(64))
    assert loaded.problems == []
    assert loaded.data["needs"] == loaded.data["goals"] and loaded.data["needs"][63] == "Kupić karmę \u013f"


def test_more_are_told_to_take_a_longer_name() -> None:
    assert problem(anchors(80)) == (69, 5, (
        "cxkit cannot read the anchor name `&\u0140`: it reads at most 64 different 1-character anchor names in a "
        "file when some are beyond ASCII letters and digits, and this file has more; give this anchor a longer "
        "name, and the aliases that mean it the same"))
