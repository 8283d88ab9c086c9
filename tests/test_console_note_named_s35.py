"""The two notes on what a console could not show (cxkit's, for every command, and render's, for its
view) name a character through one helper, `cliutil.char_named` (session 35): as itself where stderr's
encoding has it, else by its code points. Their outputs are as they were; this pins that they agree."""

from __future__ import annotations

import io
import unicodedata

from cxkit import cliutil
from cxkit.render.run import _InConsoleEncoding


def _render_note(text: str, stderr_encoding: str | None) -> str | None:
    stream = _InConsoleEncoding(io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    stream.write(text)
    return stream.note(stderr_encoding)


def test_a_letter_is_itself_where_stderr_has_it_else_its_code():
    """Fails before only by its import (the helper did not exist); the values are the old outputs."""
    assert cliutil.char_named("ł", "utf-8") == "ł"
    assert cliutil.char_named("ł", None) == "ł"
    assert cliutil.char_named("ł", "ascii") == "U+0142"
    assert cliutil.char_named("ł", "cp1250") == "ł"
    assert cliutil.char_named("ł", "no-such-codec") == "U+0142"
    # A letter with a combining mark no precomposed letter has: each code point named.
    assert cliutil.char_named("x\u0328", "ascii") == "U+0078 U+0328"


def test_render_s_note_and_cxkit_s_note_name_letters_alike():
    for stderr_encoding, named in (("ascii", "U+0142 U+017C"), ("utf-8", "ł ż")):
        note = _render_note("Paweł żak", stderr_encoding)
        assert note is not None and f"has no {named}, so the view shows '?' for them" in note
        cliutil._LOST.clear()
        cliutil._LOST.update({"ł": False, "ż": False})
        said = cliutil.console_note("ascii", stderr_encoding)
        assert said is not None and f"has no {named}, so the output shows '?' for them" in said
        assert not cliutil._LOST


def test_a_decomposed_name_s_letter_is_named_composed_in_both():
    name = unicodedata.normalize("NFD", "łąka")
    note = _render_note(name, "ascii")  # render composes before it encodes
    assert note is not None and "U+0105" in note and "U+0328" not in note
