"""A file is "UTF-8 with a few pasted bytes" only when its UTF-8 letters are at least as many as all
of its bytes that are not UTF-8 (read-through RT-20, session 21).

The count of bad bytes stopped at the 400 the encoding guess looks at, so a Windows-1250 export of
5,000 Polish letters with 400 UTF-8 characters pasted into it was told to retype one character,
not to convert the file.
"""

from __future__ import annotations

from cxkit.legacy_encoding import guess, mostly_utf8

LINE_1250 = "  - Zamawia leki w aptece internetowej, płaci BLIKIEM, odbiór w paczkomacie\n".encode("cp1250")
LINE_UTF8 = "  - Zamawia leki w aptece internetowej, płaci BLIKIEM, odbiór w paczkomacie\n".encode("utf-8")


def test_many_bad_bytes_beside_a_few_hundred_utf8_letters_is_no_pasted_byte():
    raw = b"kind: persona\nid: halina\nname: Halina\nbehaviours:\n" + LINE_UTF8 * 200 + LINE_1250 * 2500
    assert mostly_utf8(raw) is False
    at = raw.index(LINE_1250)
    assert "retype" not in guess(raw, at + raw[at:].index(b"\xb3"))


def test_one_pasted_byte_in_a_utf8_file_still_is_one():
    raw = b"kind: persona\nid: halina\nname: Halina\nbehaviours:\n" + LINE_UTF8 * 20 + "  - Płaci \xa3".encode("utf-8")[:-2] + b"\xa3\n"
    assert mostly_utf8(raw) is True
