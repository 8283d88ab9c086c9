"""The text format's "no styles at all" and rich's terminal decision come from one rule in cxkit.colour.

`lint --format text` avoids importing rich on a plain stream, so it decided whether rich would print
styles by repeating cxkit.colour's rules (TTY_COMPATIBLE, an empty FORCE_COLOR, isatty, a closed
stream). Now both read `cxkit.colour.is_terminal`: a change to the rule reaches both.
"""

from __future__ import annotations

import io
import itertools

import pytest


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _closed() -> io.StringIO:
    stream = io.StringIO()
    stream.close()
    return stream


STREAMS = {"terminal": _Terminal, "pipe": io.StringIO, "closed": _closed, "no isatty": object}


@pytest.mark.parametrize(
    "compatible, force, stream",
    list(itertools.product([None, "0", "1", "yes"], [None, "", "1"], ["terminal", "pipe", "closed", "no isatty"])),
)
def test_is_terminal_is_rich_s_decision(monkeypatch, compatible, force, stream):
    from rich.console import Console

    from cxkit.colour import is_terminal, terminal

    for name, value in (("TTY_COMPATIBLE", compatible), ("FORCE_COLOR", force)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    monkeypatch.delenv("NO_COLOR", raising=False)
    file = STREAMS[stream]()
    rich_file = file if stream != "no isatty" else io.StringIO()  # rich needs a writable file
    if stream == "no isatty":
        rich_file.isatty = None  # type: ignore[method-assign]
    expected = Console(file=rich_file, force_terminal=terminal(file, None)).is_terminal
    assert is_terminal(file, None) is expected


def test_the_text_format_follows_cxkit_colour(monkeypatch):
    from cxkit import colour
    from cxkit.lint.formats.text import is_plain

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    assert is_plain(io.StringIO(), None) is True
    monkeypatch.setattr(colour, "terminal", lambda stream, color: True)  # a rule changed in one place
    assert is_plain(io.StringIO(), None) is False
    monkeypatch.setattr(colour, "terminal", lambda stream, color: False)
    assert is_plain(_Terminal(), None) is True
