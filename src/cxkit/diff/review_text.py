"""`cxkit review -f text`: the review as plain lines, for a terminal and a screen reader.

The Markdown report is for a pull-request comment: read in a terminal, a screen reader reads every
``|`` and backtick of its tables. Here each finding is one line that starts with its location, as
`cxkit lint` writes it (``journeys/x.yaml:24:16: warning CX403 … [unowned-opportunity]``), the
verdict and counts are sentences, and the changes are `cxkit diff`'s text.
"""

from __future__ import annotations

import re
from typing import TextIO

from ..visible import no_workflow_commands, visible_line
from .review import (
    REVIEW_WORDS, Placed, Review, Silenced, _config_lines, lint_counts, result_lines, review_heading, review_words,
    unreadable_message, untouched_line,
)

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CODE = re.compile(r"(`+) ?(.+?) ?\1")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _plain(markdown: str) -> str:
    """A line of the Markdown report's own wording as text: no ``**``, backticks or backslash escapes."""
    return _ESCAPE.sub(r"\1", _CODE.sub(r"\2", _BOLD.sub(r"\1", markdown)))


def finding_line(p: Placed, w: dict[str, str] = REVIEW_WORDS["en"], spoken: bool = False) -> str:
    """One finding as `cxkit lint` writes it, location first (lint.finding.problem_line); then where it
    is in its document, in the review's words ``w`` (`(in …)`, `(miejsce: …)`), named as the changes name places."""
    line = str(p.finding)
    place = p.named_spoken if spoken and p.named_spoken is not None else p.place  # read aloud: in words, no "›"
    return f"{line} ({w['in.place']} {visible_line(place)})" if place else line


def _silenced_line(s: Silenced, w: dict[str, str] = REVIEW_WORDS["en"], spoken: bool = False) -> str:
    by = s.by
    if by.get("by") == "comment":
        how = f"# cxkit: {by['comment']} ({w['line'].format(n=by['line'])})"
    else:
        how = f"{by.get('key')} {w['in']} {by.get('file') or w['configuration']}"
    seen = w["reported"] if s.reported_in_base else w["new"]
    return f"{finding_line(s.placed, w, spoken)}; {w['silenced_by.text']} {visible_line(str(how))}; {w['in_base.text']}: {seen}"


def _result(review: Review) -> list[str]:
    """The verdict, as the Markdown report's **Result:** (or, for Polish documents, **Wynik:**) says it."""
    return [_plain(line) for line in result_lines(review)]


def _findings(title: str, lines: list[str]) -> list[str]:
    return [f"{title}:", *lines, ""] if lines else []


def _sorted(items: list[Placed]) -> list[Placed]:
    return sorted(items, key=lambda p: (p.finding.path, p.finding.line, p.finding.column, p.finding.code))


#: How far a header line's rows after its first are indented on a terminal, under its label's start.
_HEADER_HANG = 2


def _fitted(lines: list[str], stream: TextIO) -> list[str]:
    """The heading, counts, config lines and verdict (``cxkit review: HEAD (…) → kopia robocza (…)``,
    ``Sprawdzenie: …``, ``Wynik: …``) wrapped between words to the terminal's width, each row after a
    line's first indented, as the changes below them are (:func:`cxkit.diff.formats.render_text`):
    a 40-column terminal cut them at its edge. Piped or written to a file (a script, a CI log), every
    line stays whole, as the changes do there."""
    from rich.console import Console
    from rich.text import Text

    from ..colour import isatty
    from .formats import _hanging

    if not isatty(stream):
        return lines
    width = Console(file=stream, highlight=False, markup=False, emoji=False).width
    return [row.plain.rstrip() for line in lines for row in _hanging(Text(line), width, _HEADER_HANG)]


def render_review_text(review: Review, stream: TextIO, *, color: bool | None = None) -> None:
    """The review as text: heading, counts and verdict, one finding a line, then the changes."""
    from .compare import labelled
    from .formats import diff_lang, for_screen_reader, render_text, summary_line
    from .run import uncompared_headline

    w = review_words(review)
    lang = "pl" if w is REVIEW_WORDS["pl"] else "en"
    said = for_screen_reader(stream)
    out = [f"cxkit review: {review_heading(review, str, spoken=said)}"]
    out.append(f"{w['lint']} {lint_counts(review, lang)}")
    out += [_plain(line) for line in _config_lines(review) if line]
    out += [f"{w['config_note']} {visible_line(note)}" for note in review.config_notes]
    out += [f"{w['checkout_note']} {visible_line(note)}" for note in review.checkout_notes]
    out += _result(review)
    # After the verdict: a note on one document, for its author to act on, not part of what decides the result.
    out += [f"{w['reviewed_note']} {visible_line(f'{file}: {note}')}" for file, note in review.reviewed_notes]
    out = _fitted(out, stream)
    out.append("")
    out += _findings(w["introduced"], [finding_line(p, w, said) for p in _sorted(review.introduced)])
    out += _findings(w["suppressed"], [_silenced_line(s, w, said) for s in review.suppressed])
    out += _findings(w["fixed"], [finding_line(p, w, said) for p in _sorted(review.fixed)])
    out += _findings(w["not_fixed.line"].format(base=review.base).removesuffix(":"),
                     [finding_line(p, w, said) for side, p in review.not_compared if side == "before"])
    out += _findings(w["not_introduced.line"].format(base=review.base).removesuffix(":"),
                     [finding_line(p, w, said) for side, p in review.not_compared if side == "after"])
    unreadable = review.touched_unreadable
    out += _findings(w["unreadable.text"],
                     [f"{p.where}:{p.line}:{p.column}: {visible_line(unreadable_message(review, p))}" for p in unreadable])
    if review.untouched:
        out += [untouched_line(review), ""]
    out.append(f"{w['changes']}:")
    stream.write(no_workflow_commands("\n".join(out) + "\n"))
    stream.flush()
    if review.diff:
        render_text(labelled(review.diff), stream, color=color)
    elif unreadable:
        stream.write(uncompared_headline([p.file or p.where for p in unreadable], lang=diff_lang(review.diff)) + "\n")
    else:
        stream.write(summary_line(review.diff) + "\n")
