"""Whether a console cxkit makes is coloured: the environment's switches, read alike by every command.

rich reads them itself, with two choices cxkit makes otherwise.  An empty ``FORCE_COLOR`` is as if
it were unset (the convention NO_COLOR and force-color.org keep for empty values): rich takes it
for "not a terminal", which turned colour off on a terminal.  And ``FORCE_COLOR`` asks for colour
outright, so it wins over ``TERM=dumb``, where rich would detect no colours at all: a CI runner
that exports TERM=dumb gets colour back with FORCE_COLOR=1.
"""

from __future__ import annotations

import os
from typing import Any


def terminal(stream: Any, color: bool | None) -> bool | None:
    """The ``force_terminal`` to give rich's Console for ``stream``: ``color`` when the command decided;
    True when FORCE_COLOR asks for colour; when it is set but empty, whether ``stream`` is a terminal;
    else None, for rich to decide (TTY_COMPATIBLE, a notebook, a terminal)."""
    if color is not None:
        return color
    force = os.environ.get("FORCE_COLOR")
    if force is None or os.environ.get("TTY_COMPATIBLE", "") in ("0", "1"):  # rich reads TTY_COMPATIBLE first
        return None
    if force:
        return True
    return isatty(stream)


def is_terminal(stream: Any, color: bool | None) -> bool:
    """Whether rich's Console, given :func:`terminal`, takes ``stream`` for a terminal and so prints styles,
    decided without importing rich, outside a notebook: TTY_COMPATIBLE ("0" or "1") first, then FORCE_COLOR
    as :func:`terminal` reads it, then whether ``stream`` is a terminal."""
    decided = terminal(stream, color)
    if decided is not None:
        return decided
    compatible = os.environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    return isatty(stream)


def isatty(stream: Any) -> bool:
    """Whether ``stream`` is a terminal; a closed stream, or none with no ``isatty``, is not."""
    method = getattr(stream, "isatty", None)
    try:
        return bool(method is not None and method())
    except ValueError:  # a closed stream
        return False


def color_system(color: bool | None) -> str | None:
    """The ``color_system`` to give rich's Console: None when colour is off; the 16 standard colours
    when colour is asked for outright (``color``, or FORCE_COLOR) on a terminal that calls itself
    dumb (``TERM=dumb`` or ``unknown``); else rich's own detection."""
    if color is False:
        return None
    asked = color or (os.environ.get("FORCE_COLOR") and os.environ.get("TTY_COMPATIBLE", "") != "0")
    if asked and os.environ.get("TERM", "").strip().lower() in ("dumb", "unknown"):
        return "standard"
    return "auto"


def at_dumb_terminal(stream: Any) -> bool:
    """Whether a person reads ``stream`` at a terminal that calls itself dumb (``TERM=dumb`` or ``unknown``,
    as an editor's shell: Emacs, and so Emacspeak), where frames, charts and ``[-x-]{+y+}`` markers are read
    aloud as symbols: ``stream`` is that terminal, or it is piped to a file or a pager (``> notes.txt``,
    ``| less``) while standard input and standard error still are the terminal, as for a command typed
    there, so the person is there to read what the pipe keeps; or git's own pager shows it
    (``GIT_PAGER_IN_USE``: the diff driver under ``git diff``, which git starts a pager for only at a
    terminal, and which gets the pager for standard error too).  A CI job, a script run with no terminal
    at all, and a git hook (whose standard input git never gives the terminal) keep the usual output even
    when one of their streams is the terminal, as does any other ``TERM``."""
    import sys

    if os.environ.get("TERM", "").strip().lower() not in ("dumb", "unknown"):
        return False
    if isatty(stream) or os.environ.get("GIT_PAGER_IN_USE") == "true":
        return True
    return isatty(sys.stderr) and isatty(sys.stdin)


def read_aloud(stream: Any) -> bool:
    """Whether output to ``stream`` is set up to be read aloud, as render's ``stacked`` layout is chosen:
    ``CXKIT_LAYOUT=stacked`` (the standing choice a screen-reader user sets for every view; any other value
    says no), or, with ``CXKIT_LAYOUT`` unset, a person at a dumb terminal (:func:`at_dumb_terminal`)."""
    layout = os.environ.get("CXKIT_LAYOUT", "").strip().lower()
    if layout:
        return layout == "stacked"
    return at_dumb_terminal(stream)
