"""What a usage error suggests for a command or an option cxkit does not have.

click and typer suggest whatever is closest by spelling: `cxkit check` got "did you mean 'cache'?",
`--no-color` got `--no-cache`, `--fix` got `--config`. A wrong suggestion costs more than none, so
a name users bring from other tools gets its own answer, and a spelling suggestion is kept only
when the word that differs is a near miss of the one suggested.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

#: Commands other linters have, and what to run here instead.
COMMAND_HINTS = {
    "check": "Did you mean 'lint'? `cxkit lint` checks documents.",
    "format": "Did you mean 'fmt'?",
}

#: Options users bring from other tools, and what cxkit does instead.
OPTION_HINTS = {
    **dict.fromkeys(("--no-color", "--no-colour", "--color", "--colour"),
                    "colour: set NO_COLOR=1 to turn it off, FORCE_COLOR=1 to force it"),
    "--fix": "`cxkit lint` does not change files; `cxkit fmt` rewrites their layout, and `cxkit fmt --fix` also makes "
             "the fixes the schema's messages state",
}

#: How alike the words that differ must be for a spelling to be suggested.
_CLOSE = 0.75

_NO_COMMAND = re.compile(r"No such command '(?P<name>.*)'\.(?: Did you mean (?P<said>.+)\?)?", re.S)


def reword(exc: Any) -> None:
    """Correct the suggestion of a click usage error in place: a known name's own answer, no wrong guess."""
    if type(exc).__name__ == "NoSuchOption":
        given = str(getattr(exc, "option_name", "") or "")
        hint = OPTION_HINTS.get(given.lower())
        if hint is not None:
            exc.message = f"{exc.message} ({hint})"
            exc.possibilities = None
        elif exc.possibilities:
            kept = [p for p in exc.possibilities if _near(given, p)]
            # The closest spelling of the whole option first; one spelt almost alike as a whole
            # (`--selct`: `--select`) leaves out those only its last word is like (`--extend-select`).
            kept.sort(key=lambda p: -_alike(given, p))
            if kept and _alike(given, kept[0]) >= _CLOSE:
                kept = [p for p in kept if _alike(given, p) >= _CLOSE]
            exc.possibilities = kept or None
        return
    message = getattr(exc, "message", None)
    m = _NO_COMMAND.fullmatch(message) if isinstance(message, str) else None
    if m is None:
        return
    name = m.group("name")
    head = f"No such command '{name}'."
    hint = COMMAND_HINTS.get(name.lower())
    if hint is not None:
        exc.message = f"{head} {hint}"
        return
    said = re.findall(r"'([^']*)'", m.group("said") or "")
    kept = [s for s in said if _near(name, s)]
    exc.message = f"{head} Did you mean {', '.join(repr(s) for s in kept)}?" if kept else head


def _near(given: str, suggested: str) -> bool:
    """Whether ``suggested`` is a near miss of ``given``: the same last word (`--output-format`,
    `--format`), or a last word spelt almost alike (`--selct`, `--select`)."""
    def last(word: str) -> str:
        return word.lower().lstrip("-").rsplit("-", 1)[-1]

    a, b = last(given), last(suggested)
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= _CLOSE


def _alike(given: str, suggested: str) -> float:
    return difflib.SequenceMatcher(None, given.lower().lstrip("-"), suggested.lower().lstrip("-")).ratio()
