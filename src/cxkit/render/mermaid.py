"""Mermaid `journey` diagrams: stages become sections, what the customer does becomes tasks.

Mermaid's journey grammar ends a task at ``:``, a statement at ``;`` or a line
break, starts entity codes with ``#`` and comments with ``%%`` anywhere, or with
a single ``%`` where a token starts (Mermaid 10 and 11 lex ``%(?!{)[^\\n]*`` as a
comment, so a task "% of visitors ..." would vanish), reads ``%%{`` anywhere as a
directive, and separates actors with commas.  And Mermaid takes text for HTML: a
tag-like ``<v2>`` or ``<script>…</script>`` is sanitised away, silently.

Mermaid has one escape for all of these: an entity code, ``#35;`` for ``#`` or
``#lt;`` for ``<``, which it replaces before it reads a line and draws as the
character.  So every such character is written as its code and the diagram shows
the text as written: ``#`` ``;`` ``<`` ``>`` always, ``:`` everywhere but in the
title (whose text runs to the end of the line), ``%`` where it starts a task or
stands next to another ``%``, ``,`` in the actor's name, and the first letter of
a task that starts with a keyword ("Journey planner").
"""

from __future__ import annotations

import re

from ..model import JourneyMap, Stage
from .labels import Labels

#: Longest task text in a diagram's source. A longer text is cut at a word boundary.
MAX_TASK = 80
#: The shortest cut :func:`shorten` is asked for in one line of a box (a word longer than a box is cut
#: inside it to this).
BOX = 20
#: How Mermaid 10 and 11 draw a journey's texts (its default `textPlacement: 'fo'`): each task in an
#: HTML box 150 px wide and 50 px high, a section in one as wide as its tasks with the 50 px between
#: them (`drawSection`: 150 × tasks + 50 × (tasks − 1)), centred, wrapped at spaces, 14 px type, and
#: what does not fit the height clipped. Three lines fit the height; a line of 150 px holds about 19
#: characters (7.5 px each, a Polish text's average in the default sans-serif, with room to spare).
#: A text is written whole when its words wrap into those lines, else cut at the last word that does,
#: and said in full in ``accDescr``. A word wider than its box is clipped by Mermaid: cut inside here.
BOX_LINES = 3
_TASK_PX, _GAP_PX, _CHAR_PX = 150, 50, 7.5


def box_width(tasks: int = 1) -> int:
    """The characters a line of a box holds: a task's, or a section's spanning ``tasks`` tasks."""
    return int((_TASK_PX * tasks + _GAP_PX * (tasks - 1)) / _CHAR_PX) - 1


def _wraps(text: str, width: int, lines: int = BOX_LINES) -> bool:
    """Whether ``text``, wrapped at its spaces as a browser wraps the box's words, fits ``lines`` lines of
    ``width`` characters; a word wider than a line never does (Mermaid clips it)."""
    rows, used = 1, 0
    for word in text.split(" "):
        if len(word) > width:
            return False
        if used == 0:
            used = len(word)
        elif used + 1 + len(word) <= width:
            used += 1 + len(word)
        else:
            rows, used = rows + 1, len(word)
    return rows <= lines


def boxed(text: str, width: int) -> str:
    """``text`` (on one line) as its box shows it: whole when it wraps into :data:`BOX_LINES` lines of
    ``width`` characters, else cut with "…" at the last word that leaves it so (see :func:`shorten`)."""
    if _wraps(text, width):
        return text
    for limit in range(min(len(text), width * BOX_LINES), 1, -1):
        cut = shorten(text, limit)
        if _wraps(cut, width):
            return cut
    return shorten(text, min(width, BOX))
# Mermaid's lexer skips JavaScript's whitespace, which also counts U+FEFF (a BOM pasted from a
# spreadsheet); Python's \s does not, so a task could start with an unguarded keyword or be empty.
_SPACES = re.compile(r"[\s\ufeff]+")
# The views show U+FEFF as the escape `\ufeff` (cxkit.visible) before this export sees the text; at
# the start or end of a text, where Mermaid skips it, it is whitespace here as a real U+FEFF is.
_EDGE_BOMS = re.compile(r"^(?:\s|\\ufeff)+|(?:\s|\\ufeff)+$")
# The lexer tries keywords before task text, so "Journey planner" would read as a keyword; and
# it tries comments first of all, so "% of visitors" would be skipped as one.
_KEYWORD_START = re.compile(r"^(journey|title\s|section\s|acctitle|accdescr)", re.IGNORECASE)
# Characters written as Mermaid's entity codes wherever they stand. Mermaid keeps a code as
# "ﬂ°°35¶ß" while it reads the diagram and turns "ﬂ°" and "¶ß" back into "&#" and ";" at the
# end, so those two characters are coded too.
_ALWAYS = {"#": "#35;", ";": "#59;", "<": "#lt;", ">": "#gt;", "\ufb02": "#64258;", "¶": "#182;"}
_PERCENT_RUN = re.compile(r"%{2,}")
# Mermaid rewrites a line matching this before it reads entity codes (it is meant for a
# flowchart's style statements), and drops its last ";"; a title that has "style" in it and a
# plain ":" right before a "#" would lose a ";".
_STYLE_LINE = re.compile(r"(style|classDef).*:\S*#.*;")


def _flat(text: str) -> str:
    """``text`` on one line, less the whitespace Mermaid skips at its start and end."""
    return _EDGE_BOMS.sub("", _SPACES.sub(" ", text))


def _code(char: str) -> str:
    """Mermaid's entity code for one character: ``#58;`` for ``:``."""
    return _ALWAYS.get(char) or f"#{ord(char)};"


def _encode(text: str, *, colon: bool, comma: bool) -> str:
    """``text`` with each character Mermaid would read as syntax written as its entity code."""
    special = set(_ALWAYS) | ({":"} if colon else set()) | ({","} if comma else set())
    out = "".join(_code(c) if c in special else c for c in text)
    # "%%" is a comment and "%%{" a directive; a run of "%" is written as codes, one stays.
    return _PERCENT_RUN.sub(lambda m: "#37;" * len(m.group()), out)


def clean(text: str, *, limit: int | None = None, part: str = "task", box: int | None = None) -> str:
    """``text`` as Mermaid shows it as written: on one line, with codes for its syntax.

    ``part`` is where the text goes: ``"title"`` keeps a plain ``:`` (the title runs to the end
    of its line), ``"actor"`` codes commas too (actors are separated by commas), and ``"task"``
    and ``"section"`` code the ``:`` that would end them. Text longer than ``limit`` is cut
    with ``…`` before any code is written, so a code is never halved; ``box``: the characters a line of
    its box holds, the text cut only where it would not fit the box's lines (see :func:`boxed`).
    """
    out = _flat(text)
    if limit is not None and len(out) > limit:
        out = shorten(out, limit)
    if box is not None:
        out = boxed(out, box)
    if not out:
        return ""
    colon = part != "title"
    out = _encode(out, colon=colon, comma=part == "actor")
    if not colon and _STYLE_LINE.search(f"title {out}"):
        out = out.replace(":", "#58;")
    # A token that starts with "%" is a comment and one that starts with a keyword is that
    # keyword; its first character as a code is neither, and is still drawn as itself.
    if out.startswith("%") or _KEYWORD_START.match(out):
        out = _code(out[0]) + out[1:]
    return out


#: Quotes and brackets that a cut must not leave open.
_PAIRS = (("„", "”"), ("“", "”"), ("«", "»"), ("(", ")"), ("[", "]"))


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters with "…", at the last space that leaves a word
    whole ("Czyta regulamin…"); a first word longer than that is cut inside, as nothing else fits.
    A quote or bracket the cut would leave open goes with the words it opened ("szuka warunku…",
    not "szuka warunku „3…"), and a space, comma or dash left before the "…" is dropped."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ", 0, limit)
    if text[limit - 1] == " ":
        space = limit - 1
    if space > 0:
        head = text[:space]
    for opening, closing in _PAIRS:
        start = head.rfind(opening)
        if start > 0 and closing not in head[start + 1:]:
            head = head[:start]
    head = head.rstrip(" ,;:–—-(„\"'“«")
    return (head or text[: limit - 1]) + "…"


def score(emotion: int) -> int:
    """Emotion -2..+2 as Mermaid's score 1..5."""
    return emotion + 3


def unscored(stages: list[Stage]) -> list[Stage]:
    """The stages a diagram leaves out: no emotion recorded, and Mermaid draws every task at a score."""
    return [s for s in stages if s.emotion is None]


def _left_out_comment(stage: Stage) -> str:
    """A Mermaid comment where a stage without an emotion would be, saying why it is not drawn.

    A task needs a score from 1 to 5, and every score is drawn as a face on the curve: the
    middle one, 3, reads as a measured neutral emotion. The stage is left out instead, as the
    HTML export's curve has a gap there; the comment keeps the source honest about it.
    """
    # A comment runs to the end of its line: its text as written (only on one line), but for a run of
    # "%": Mermaid reads a `%%{init: …}%%` as a directive wherever it stands, a comment too, before it
    # drops the comments, so a name holding one would restyle the whole diagram.
    name = _PERCENT_RUN.sub(lambda m: "#37;" * len(m.group()), _flat(stage.name))
    shown = f"{name} ({stage.id})" if name and name != stage.id else stage.id
    # "%%" then a space: never "%%{", which Mermaid reads as a directive.
    return f"    %% {shown}: no emotion recorded, so not drawn (a Mermaid score must be 1-5)"


def _task_texts(stage: Stage) -> list[str]:
    """Task texts of one stage as written: what the customer does, else the touchpoints."""
    if stage.doing and clean(stage.doing):
        found = [stage.doing]
    else:
        found = []
        for tp in stage.touchpoints:
            # A blank part is absent: no dangling "– description".
            parts = [p for p in (tp.channel, tp.description) if p and clean(p)]
            found.append(" – ".join(parts))
    return [t for t in found if clean(t)]


def tasks(stage: Stage) -> list[str]:
    """Task texts of one stage: what the customer does, else the touchpoints, else the stage name,
    each whole where its box shows it whole, else cut at a word boundary (see :data:`BOX_LINES`)."""
    cleaned = [clean(t, box=box_width()) for t in _task_texts(stage)]
    cleaned = [t for t in cleaned if t]
    return cleaned or [clean(stage.name, box=box_width()) or stage.id]


def _section(stage: Stage) -> str:
    """A stage's section title, as wide as the tasks under it (see :data:`BOX_LINES`)."""
    return clean(stage.name, part="section", box=box_width(len(tasks(stage)))) or stage.id


def _shortened(stages: list[Stage], numbers: dict[str, int]) -> list[str]:
    """Stage by stage, the section and task texts the boxes show shortened, written in full."""
    out = []
    for stage in stages:
        if stage.emotion is None:
            continue
        name = _flat(stage.name)
        texts = [_flat(t) for t in _task_texts(stage)]
        cut = [t for t in texts if boxed(t, box_width()) != t]
        if boxed(name, box_width(len(tasks(stage)))) != name or cut:
            out.append(" – ".join([f"{numbers[stage.id]}. {name}", *cut]))
    return out


def journey(model: JourneyMap, stages: list[Stage], actor: str, part: str | None = None,
            labels: Labels | None = None) -> str:
    """A Mermaid ``journey`` diagram for the given stages, with ``actor`` on every task.

    A stage without an emotion is left out (see :func:`_left_out_comment`); :func:`unscored`
    lists those stages, for a note on stderr. ``part`` ("Stages 12, 22 of 25") follows the title
    when ``--stage`` left stages out: the diagram draws no numbers, and two stages of 25 drawn side
    by side would pass for the journey.

    With ``labels`` the diagram has an accessible title and description (``accTitle``,
    ``accDescr``): Mermaid draws the scores as faces, so the description says each stage's emotion
    in words, as the HTML export's curve does ("Emotion curve: 1. Need: -1 negative; …"), stages
    without an emotion too.
    """
    who = clean(actor, part="actor") or clean(model.persona, part="actor")
    title = clean(model.name, part="title") or model.id
    if part:
        title = f"{title} ({clean(part, part='title')})"
    lines = ["journey", f"    title {title}"]
    for stage in stages:
        if stage.emotion is None:
            lines.append(_left_out_comment(stage))
            continue
        lines.append(f"    section {_section(stage)}")
        for task in tasks(stage):
            lines.append(f"      {task}: {score(stage.emotion)}: {who}")
    if labels is not None:
        from .html import _curve_label

        numbers = {s.id: i + 1 for i, s in enumerate(model.stages)}
        # At the end, where they change no line above. Both run to the end of their line, as the
        # title does, and their codes (#59; for ";") are drawn as the character, as the title's are.
        lines.append(f"    accTitle: {title}")
        described = _curve_label(stages, labels, numbers)
        shortened = _shortened(stages, numbers)
        if shortened:
            described += f". {labels['in_full']}: " + "; ".join(shortened)
        lines.append(f"    accDescr: {clean(described, part='title')}")
    return "\n".join(lines) + "\n"
