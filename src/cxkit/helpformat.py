"""`--help` laid out for the terminal it is read in, down to 40 columns, with no word split.

Click lays help out for at least 50 columns whatever the terminal's width, and beside a column of
options as wide as 30 characters: at 40 columns (200% zoom) the terminal then wrapped every line
again, mid-word (`GITH` / `UB_ACTIONS=true]`), and a screen reader read the halves as two words.
Below :data:`NARROW` columns each option's description goes on the lines under it, indented, as
wide as the terminal allows, broken only at spaces.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from collections.abc import Sequence

try:  # typer ships its own copy of click in newer releases
    from typer._click import HelpFormatter as _ClickFormatter
except ImportError:  # pragma: no cover - an older typer on click itself
    from click import HelpFormatter as _ClickFormatter

#: Below this many columns a description goes under its option, not beside it.
NARROW = 60
#: Fewest columns help is laid out for (the narrowest terminal cxkit renders for).
MIN_COLUMNS = 40
#: Indent of a description under its option, past the option's own indent.
UNDER = 4


def _wrapped(text: str, width: int, indent: str) -> list[str]:
    """``text`` in lines of ``width`` at most, each after ``indent``; broken at spaces only (a word
    longer than the line stands alone on it), its paragraphs (blank lines) kept."""
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        if lines:
            lines.append("")
        lines += textwrap.wrap(" ".join(paragraph.split()), width=max(width, 1), initial_indent=indent,
                               subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) or [indent]
    return lines


def wrap_text(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "",
              preserve_paragraphs: bool = False) -> str:
    """Click's ``wrap_text`` (paragraphs kept and re-indented, a ``\\b`` paragraph left as written), but
    broken at spaces only: never after the hyphen of an option or file name (`--no-` / `input`,
    `.gitlab-` / `ci.yml`), which could then not be copied and is read aloud as two words, and never
    inside a word longer than the line, which stands alone on it."""
    def wrapper(extra: str = "") -> textwrap.TextWrapper:
        return textwrap.TextWrapper(max(width, 1), initial_indent=initial_indent + extra,
                                    subsequent_indent=subsequent_indent + extra, replace_whitespace=False,
                                    break_long_words=False, break_on_hyphens=False)

    text = text.expandtabs()
    if not preserve_paragraphs:
        return wrapper().fill(text)
    paragraphs: list[tuple[int, bool, str]] = []
    lines: list[str] = []
    indent: int | None = None

    def end_paragraph() -> None:
        if lines:
            raw = lines[0].strip() == "\b"
            paragraphs.append((indent or 0, raw, "\n".join(lines[1:]) if raw else " ".join(lines)))
            lines.clear()

    for line in text.splitlines():
        if not line:
            end_paragraph()
            indent = None
            continue
        if indent is None:
            indent = len(line) - len(line.lstrip())
            line = line.lstrip()
        lines.append(line)
    end_paragraph()
    out = []
    for extra, raw, paragraph in paragraphs:
        fill = wrapper(" " * extra)
        if raw:
            out.append("\n".join((fill.initial_indent if i == 0 else fill.subsequent_indent) + line
                                  for i, line in enumerate(paragraph.splitlines())))
        else:
            out.append(fill.fill(paragraph))
    return "\n\n".join(out)


def _term_lines(term: str, width: int, indent: str) -> list[str]:
    """An option and its value (``-f, --format <terminal|markdown|…>``) in lines of ``width`` at
    most: broken at spaces, and a list of choices wider than the line after one of its ``|``."""
    pieces: list[tuple[str, str]] = []  # (what goes before the piece on a shared line, the piece)
    for word in term.split():
        parts = re.findall(r"[^|]+\|?|\|", word) if len(word) > width else [word]
        pieces += [(" " if i == 0 else "", part) for i, part in enumerate(parts)]
    lines: list[str] = []
    for glue, piece in pieces:
        if lines and len(lines[-1]) + len(glue) + len(piece) <= width:
            lines[-1] += glue + piece
        else:
            lines.append(piece)
    return [indent + line for line in lines] or [indent]


class HelpFormatter(_ClickFormatter):
    """Click's formatter, for the terminal's own width (down to :data:`MIN_COLUMNS`), and below
    :data:`NARROW` columns with each description under its option."""

    def __init__(self, indent_increment: int = 2, width: int | None = None, max_width: int | None = None) -> None:
        if width is None:
            # As Click does (the terminal, or COLUMNS; 80 at most), but without its floor of 50
            # columns, wider than a 40-column terminal, which then wraps each line mid-word.
            columns = shutil.get_terminal_size().columns
            width = max(min(columns, max_width or 80), MIN_COLUMNS) - 2
        super().__init__(indent_increment=indent_increment, width=width, max_width=max_width)

    #: The heading of the section being written (``Arguments``, ``Options``).
    _heading = ""

    def write_heading(self, heading: str) -> None:
        self._heading = heading
        super().write_heading(heading)

    def write_text(self, text: str) -> None:
        # As Click writes it, wrapped by :func:`wrap_text` (at spaces only).
        indent = " " * self.current_indent
        self.write(wrap_text(text, self.width, initial_indent=indent, subsequent_indent=indent, preserve_paragraphs=True))
        self.write("\n")

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        # As Click writes it, wrapped by :func:`wrap_text`, and with no space at the end of a line.
        prefix = "Usage: " if prefix is None else prefix
        usage_prefix = f"{prefix:>{self.current_indent}}{prog} "
        text_width = self.width - self.current_indent
        if text_width >= len(usage_prefix) + 20:
            self.write(wrap_text(args, text_width, initial_indent=usage_prefix, subsequent_indent=" " * len(usage_prefix)))
        else:
            self.write(usage_prefix.rstrip() + "\n")
            indent = " " * (max(self.current_indent, len(prefix)) + 4)
            self.write(wrap_text(args, text_width, initial_indent=indent, subsequent_indent=indent))
        self.write("\n")

    def _click_dl(self, rows: Sequence[tuple[str, str]], col_max: int, col_spacing: int) -> None:
        """Click's definition list (an option column, its description beside it), each description
        wrapped by :func:`wrap_text`."""
        rows = list(rows)
        first_col = min(max((len(term) for term, _text in rows), default=0), col_max) + col_spacing
        for term, text in rows:
            self.write(f"{'':>{self.current_indent}}{term}")
            if not text:
                self.write("\n")
                continue
            if len(term) <= first_col - col_spacing:
                self.write(" " * (first_col - len(term)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap_text(text, max(self.width - first_col - 2, 10), preserve_paragraphs=True).splitlines()
            self.write(f"{lines[0] if lines else ''}\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + self.current_indent}}{line}\n")

    @property
    def narrow(self) -> bool:
        return self.width + 2 < NARROW

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        if not self.narrow:
            # Click's layout, but an option wider than the line (render's list of formats) is broken
            # as below: the terminal would otherwise wrap it mid-word. Still wider than the option
            # column, so its description goes under it and the other rows are laid out as before.
            room = self.width - self.current_indent
            indent = "\n" + " " * self.current_indent
            if self._heading == "Arguments":
                # An argument with its choices (`KIND <persona|negative-persona|journey>`) has its
                # description under it, at the column of the names beside it (or of its own name):
                # as `render`'s `PATH` and `review`'s `BASE` have theirs, not at the widest column
                # Click allows, five columns off the options' in `new --help`.
                fitting = [len(term) for term, _text in rows if len(term) <= col_max]
                col_max = min(col_max, max(fitting, default=min(len(term.split()[0]) for term, _text in rows)))
            self._click_dl([(term if len(term) <= room else indent.join(_term_lines(term, room, "")), text)
                            for term, text in rows], col_max, col_spacing)
            return
        indent = " " * self.current_indent
        under = " " * (self.current_indent + UNDER)
        for term, description in rows:
            self.write("\n".join(_term_lines(term, self.width - self.current_indent, indent)) + "\n")
            if description:
                room = self.width - len(under)
                self.write("\n".join(_wrapped(description, room, under)) + "\n")
