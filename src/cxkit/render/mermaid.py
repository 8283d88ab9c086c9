"""Mermaid `journey` diagrams: stages become sections, what the customer does becomes tasks.

Mermaid's journey grammar ends a task at ``:``, a statement at ``;`` or a line
break, starts entity codes with ``#`` and comments with ``%%`` anywhere, or with
a single ``%`` where a token starts (Mermaid 10 and 11 lex ``%(?!{)[^\\n]*`` as a
comment, so a task "% of visitors ..." would vanish); actors are separated by
commas.  Text is cleaned so none of these can break the diagram.  And Mermaid
takes text for HTML: a tag-like ``<v2>`` or ``<script>…</script>`` is sanitised
away, silently, so ``<`` and ``>`` are written as its entity codes (``#lt;``,
``#gt;``), which it shows as the characters.
"""

from __future__ import annotations

import re

from ..model import JourneyMap, Stage

#: Longest task text; Mermaid draws each task as one box and long text overflows it.
MAX_TASK = 80
# Mermaid's lexer skips JavaScript's whitespace, which also counts U+FEFF (a BOM pasted from a
# spreadsheet); Python's \s does not, so a task could start with an unguarded keyword or be empty.
_SPACES = re.compile(r"[\s\ufeff]+")
_PERCENTS = re.compile(r"%{2,}")
# The lexer tries keywords before task text, so "Journey planner" would read as a keyword; and
# it tries comments first of all, so "% of visitors" would be skipped as one.
_GUARDED_START = re.compile(r"^(%|journey|title\s|section\s|acctitle|accdescr)", re.IGNORECASE)
_GUARD = "\u200b"  # zero-width space: invisible, and not whitespace to Mermaid's lexer
# U+2236 RATIO looks like a colon but is not Mermaid's separator.
_REPLACE = {":": "∶", ";": ","}


def clean(text: str, *, limit: int | None = None, comma: bool = True) -> str:
    """Text Mermaid can take: one line, no separators, no comment or entity markers."""
    # "#" goes first: deleting it can bring "%" signs together ("%#%" -> "%%").
    out = _SPACES.sub(" ", text.replace("#", "")).strip()
    for old, new in _REPLACE.items():
        out = out.replace(old, new)
    if not comma:
        out = out.replace(",", " ")
    out = _SPACES.sub(" ", out).strip()
    # Collapse every run of "%" to one: a single replace leaves "%%" behind "%%%".
    out = _PERCENTS.sub("%", out)
    if limit is not None and len(out) > limit:
        out = out[: limit - 1].rstrip() + "…"
    # After the cut, which must not halve a code ("#l…"): "Onboarding <v2>" showed as "Onboarding ".
    out = out.replace("<", "#lt;").replace(">", "#gt;")
    if _GUARDED_START.match(out):
        out = _GUARD + out
    return out


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
    name = clean(stage.name, limit=MAX_TASK).replace(_GUARD, "")
    shown = f"{name} ({stage.id})" if name and name != stage.id else stage.id
    # "%%" then a space: never "%%{", which Mermaid reads as a directive.
    return f"    %% {shown}: no emotion recorded, so not drawn (a Mermaid score must be 1-5)"


def tasks(stage: Stage) -> list[str]:
    """Task texts of one stage: what the customer does, else the touchpoints, else the stage name."""
    if stage.doing and clean(stage.doing):
        found = [stage.doing]
    else:
        found = []
        for tp in stage.touchpoints:
            # A part that cleans to nothing (" ", "#") is absent: no dangling "– description".
            parts = [p for p in (tp.channel, tp.description) if p and clean(p)]
            found.append(" – ".join(parts))
    cleaned = [clean(t, limit=MAX_TASK) for t in found]
    cleaned = [t for t in cleaned if t]
    return cleaned or [clean(stage.name, limit=MAX_TASK) or stage.id]


def journey(model: JourneyMap, stages: list[Stage], actor: str, part: str | None = None) -> str:
    """A Mermaid ``journey`` diagram for the given stages, with ``actor`` on every task.

    A stage without an emotion is left out (see :func:`_left_out_comment`); :func:`unscored`
    lists those stages, for a note on stderr. ``part`` ("Stages 12, 22 of 25") follows the title
    when ``--stage`` left stages out: the diagram draws no numbers, and two stages of 25 drawn side
    by side would pass for the journey.
    """
    who = clean(actor, comma=False) or model.persona
    title = clean(model.name) or model.id
    if part:
        title = f"{title} ({clean(part)})"
    lines = ["journey", f"    title {title}"]
    for stage in stages:
        if stage.emotion is None:
            lines.append(_left_out_comment(stage))
            continue
        lines.append(f"    section {clean(stage.name) or stage.id}")
        for task in tasks(stage):
            lines.append(f"      {task}: {score(stage.emotion)}: {who}")
    return "\n".join(lines) + "\n"
