"""yaml-syntax on a file that is not UTF-8: the 8-bit encoding it was saved in is weighed, not
assumed Polish; when unclear, both are named with what the byte is in each (tester4 F4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.yamlio import load_bytes

# The report's file: written by an English Excel on Windows, with £, an en dash and curly quotes.
CLAIM_CP1252 = (b"kind: journey\r\nid: cp1252\r\nname: Claim excess \xa3350\r\npersona: p\r\nstages:\r\n"
                b"  - id: a\r\n    name: Excess \x96 \xa3350 \x93quoted\x94\r\n    emotion: 0\r\n")

PAWEL = ("kind: persona\nid: pawel-wisniewski\nname: Paweł Wiśniewski\nlang: pl\n"
         "summary: Zamawia leki na nadciśnienie w aptece przy Piotrkowskiej — „bo blisko”\n")
TOM = ("kind: persona\nid: tom-reed\nname: Tom Reed\nlang: en\n"
       "summary: Runs a café in Leeds — pays £1,200 a month for “buildings and contents” cover\n")


def problem_of(raw: bytes) -> tuple[int, int, str]:
    loaded = load_bytes(raw)
    assert loaded.data is None
    [problem] = loaded.problems
    return problem.line, problem.column, problem.message


@pytest.mark.parametrize(("raw", "expected"), [
    (CLAIM_CP1252, (3, 20, "the file is not valid UTF-8: byte 0xA3 cannot be decoded (it looks like Windows-1252, "
                           "Western European, where 0xA3 is '£'); save it as UTF-8")),
    # `lang: en` and a pound sign before a number, no Windows punctuation.
    (b"kind: persona\nid: tom\nname: Tom\nlang: en\ngoals:\n  - Pay the \xa3350 excess\n",
     (6, 13, "the file is not valid UTF-8: byte 0xA3 cannot be decoded (it looks like Windows-1252, "
             "Western European, where 0xA3 is '£'); save it as UTF-8")),
    (TOM.encode("cp1252"),
     (5, 20, "the file is not valid UTF-8: byte 0xE9 cannot be decoded (it looks like Windows-1252, "
             "Western European, where 0xE9 is 'é'); save it as UTF-8")),
    # Polish from Windows: ś is 0x9C there, a control character in ISO-8859-2.
    (PAWEL.encode("cp1250"),
     (3, 11, "the file is not valid UTF-8: byte 0xB3 cannot be decoded (it looks like Windows-1250, "
             "Central European, where 0xB3 is 'ł'); save it as UTF-8")),
    # The same in ISO-8859-2 (without the Windows dash and quotes): ś is 0xB6 there.
    (PAWEL.replace(" — „bo blisko”", "").encode("iso-8859-2"),
     (3, 11, "the file is not valid UTF-8: byte 0xB3 cannot be decoded (it looks like ISO-8859-2, "
             "Central European, where 0xB3 is 'ł'); save it as UTF-8")),
    # Only letters both Central European encodings read alike: the usual pair.
    ("kind: persona\nid: zespol\nname: Zespół obsługi\n".encode("cp1250"),
     (3, 11, "the file is not valid UTF-8: byte 0xF3 cannot be decoded (it looks like ISO-8859-2 or "
             "Windows-1250, Central European, where 0xF3 is 'ó'); save it as UTF-8")),
    # A Ukrainian customer's name from a Windows tool set to Cyrillic.
    ("kind: persona\nid: olena-kovalenko\nname: Олена Коваленко\nlang: pl\n".encode("cp1251"),
     (3, 7, "the file is not valid UTF-8: byte 0xCE cannot be decoded (it looks like Windows-1251, Cyrillic, "
            "where 0xCE is 'О'); save it as UTF-8")),
])
def test_the_likely_encoding_is_named(raw: bytes, expected: tuple[int, int, str]) -> None:
    assert problem_of(raw) == expected


def test_when_unclear_both_are_named_with_what_the_byte_is_in_each() -> None:
    # An English persona with one Polish name: 'ł' in Central European, '³' in Western European.
    raw = "kind: persona\nid: pawel\nname: Paweł Nowak\nlang: en\nsummary: Rents a flat in Leeds\n".encode("cp1250")
    assert problem_of(raw) == (3, 11, (
        "the file is not valid UTF-8: byte 0xB3 cannot be decoded (in ISO-8859-2 or Windows-1250, Central "
        "European, 0xB3 is 'ł'; in Windows-1252, Western European, 0xB3 is '³': convert the file from the one "
        "that gives the right text); save it as UTF-8"))


def test_a_pound_in_a_utf8_file_is_told_as_windows_1252() -> None:
    # A UTF-8 file (Polish letters read fine) with one £ pasted from a Windows-1252 source: the byte is
    # named, but the file is not to be converted (review5 R5-5; tests/test_review5_messages_s21.py).
    raw = "kind: persona\nid: olena\nname: Olena Wiśniewska\nsummary: Płaci ".encode() + b"\xa3" + b"40 za wizyt\xea\n"
    line, column, message = problem_of(raw)
    assert (line, column) == (4, 16)
    assert "most likely Windows-1252, Western European, where 0xA3 is '£'" in message
    assert "retype that character in UTF-8 (and the one at 4:28)" in message


def test_bytes_that_fit_no_text_get_no_guess() -> None:
    raw = b"kind: persona\nid: x\nname: " + bytes(range(0x80, 0xA0)) + b"\n"
    assert problem_of(raw)[2] == "the file is not valid UTF-8: byte 0x80 cannot be decoded; save it as UTF-8"


def test_lint_reports_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys/claim.yaml").write_bytes(CLAIM_CP1252)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "journeys/claim.yaml"])
    assert result.exit_code == 1
    [finding] = json.loads(result.stdout)
    assert (finding["rule"], finding["line"], finding["column"]) == ("yaml-syntax", 3, 20)
    assert "Windows-1252" in finding["message"] and "Windows-1250" not in finding["message"]
