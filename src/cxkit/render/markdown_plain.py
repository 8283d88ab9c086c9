"""Plain Markdown export (``--format markdown-plain``): Markdown to paste into Notion, Confluence,
Linear or Slack, which show neither HTML nor GitHub's extensions.

The Markdown export is written for GitHub and GitLab: a journey is a wide table whose cells hold
several lines (``<br>``), ids sit in ``<sub>``, ``<``, ``>`` and ``&`` are entities, and web
addresses are escaped (``https\\://``) so that nothing a user wrote turns into a link in a pull
request. Pasted into a note or a ticket, all of that shows as typed. This export keeps to what
every such tool reads the same way: headings, paragraphs, bullet lists nested four spaces deep,
``**bold**``, ``_italic_`` and inline code. No HTML, no entity, no table, no rule: a journey is a
section per stage, a list item per aspect, and a line of the author's is an item of its own; a
folder's overview is a list. Text is written as it is in the file, so a web address stays a link
the tool makes clickable (and Markdown typed in a value reads as Markdown). The one backslash
escape is before a character that would open a block where an item or a paragraph starts
(``\\- 35% amortyzacji``, ``\\# pozycja 14``; see :func:`as_text`): a sign at the start of a
value is its meaning, not a nested list.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import JourneyMap, NegativePersona, Persona, Stage
from ..visible import visible_line
from . import content
from .content import Entry, OverviewRow, name_line
from .labels import Labels, signed
from .markdown import _HEADING_CLOSE

#: One level of a nested list: four spaces, which CommonMark and the older four-space parsers both read.
_NEST = "    "
#: A bullet its author typed at the start of a further line (``- serwis``, ``* cena``, ``• termin``):
#: the line is an item already, so the mark goes. A minus before a number (``- 35% od ceny części``)
#: is the value's sign, not a bullet, and a ``+`` (``+ 1 840 zł``, a pro in a list of pros and cons)
#: or an author's number (``2. Oględziny``) says something too: those stay, escaped (:func:`as_text`).
_OWN_BULLET = re.compile(r"^(?:[*•]|-(?![ \t]*[0-9]))[ \t]+")
#: Any bullet its author typed, a ``-`` before a number too: in a value whose further lines, two or more,
#: each start with one (``Dostawa:`` / ``- 3 dni robocze`` / ``- kurier`` / ``- paczkomat``) the author wrote a
#: list, and a ``- 3 dni`` there is an item like its neighbours, not "minus 3 days" (:func:`_item`).  One line
#: alone is no list to tell by: ``Rabat:`` / ``- 15% dla stałych klientów`` keeps its minus.
_ANY_BULLET = re.compile(r"^[-*•][ \t]+")
#: What opens a block at the start of a line of Markdown (CommonMark): a bullet list's ``-``, ``+``
#: or ``*`` before a blank, an ATX heading's ``#`` to ``######``, a quote's ``>``, an ordered list's
#: number and ``.`` or ``)``, a rule (``---``, ``***``, ``___``), a code fence (three backticks or
#: tildes: ``~~~ przerwa`` would hide "przerwa" as the fence's language and swallow the lines after
#: it) and an HTML block (``<`` before a letter, ``/``, ``!`` or ``?``: ``<!--`` hides the rest of the
#: page), and a link reference definition (``[1]: https://…``, which CommonMark takes away from the
#: text whole). Text placed at the start of a list item or a paragraph that begins so would turn into
#: structure, and the character would be lost (``- 35% amortyzacji`` read as a nested bullet
#: "35% amortyzacji"); ``**ważne**``, ``_tak_``, ``#hashtag`` and ``<5 dni`` open none, and stay the
#: author's Markdown.
_BLOCK_OPENER = re.compile(r"(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$|[-+*](?=[ \t]|$)|#{1,6}(?=[ \t]|$)|>"
                           r"|`{3}|~{3}|<(?=[A-Za-z/!?])|\[(?=(?:[^\]\\]|\\.)+\]:)|([0-9]{1,9})[.)](?=[ \t]|$)")
_BACKTICKS = re.compile(r"`+")
#: A heading's closing ``#`` run its author escaped (``Kasia \\#``): md-plain's own escape of such a run, typed.
_AUTHOR_CLOSE = re.compile(r"(^|\s)\\(#+)$")
#: What a backslash escapes to CommonMark: an ASCII punctuation character (before a letter or a digit it is itself).
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _lines(text: str) -> list[str]:
    """The author's lines of ``text``, spaces folded, blank lines dropped (each line is a block of its own)."""
    return [line for line in content.paragraph_lines(text, str, "") if line]


def one_line(text: str) -> str:
    """``text`` on one line: a name, a lead, a heading."""
    return " ".join(" ".join(_lines(text)).split())


def heading(text: str) -> str:
    """``text`` on one line as an ATX heading's text: a run of ``#`` that ends it after a blank (``Kasia #``,
    a name that is ``#`` alone) is the heading's closing sequence to CommonMark, dropped from what it
    shows, so its first ``#`` is escaped (``Kasia \\#``), as the Markdown export does; any other ``#``
    (``C#``, ``#1``) stays as typed.  A backslash its author typed there (``Kasia \\#``) is escaped in turn
    (``Kasia \\\\#``): left alone it would read as that escape, and ``Kasia \\#`` would show as ``Kasia #``."""
    line = one_line(text)
    if _AUTHOR_CLOSE.search(line):
        return _AUTHOR_CLOSE.sub(lambda m: m.group(1) + "\\\\" + m.group(2), line)
    return _HEADING_CLOSE.sub(lambda m: m.group(1) + "\\" + m.group(2), line)


def as_text(line: str) -> str:
    """``line`` as the start of a list item or a paragraph, kept as the characters its author typed:
    a first character that would open a block (:data:`_BLOCK_OPENER`: ``- 35%``, ``+ 1 840 zł``,
    ``# pozycja 14``, ``> „cytat”``, ``1. …``) gets CommonMark's backslash escape (``\\-``, ``1\\.``),
    which a CommonMark reader (markdown-it, on which Confluence's Markdown paste is built) shows as the
    character alone; Slack, which reads no escapes, shows the backslash before it, the sign kept.
    Anything else is left as written, so inline Markdown typed in a value still reads as Markdown.  A
    backslash its author typed before such a character (``\\# pozycja 14``: in YAML a ``#`` after a blank
    starts a comment) is escaped in turn (``\\\\# pozycja 14``): a reader would take it for the escape above
    and show ``# pozycja 14``, which the terminal, HTML and Markdown views show with its backslash."""
    if line[:1] == "\\" and line[1:2] in _PUNCTUATION and _BLOCK_OPENER.match(line, 1):
        return "\\" + line
    match = _BLOCK_OPENER.match(line)
    if match is None:
        return line
    if match.group(1) is not None:  # "1\." — a backslash before a digit would be shown, not read as an escape
        cut = match.end(1)
        return line[:cut] + "\\" + line[cut:]
    return "\\" + line


def code(text: str) -> str:
    """An id or a path as inline code, its fence longer than any run of backticks in it."""
    body = " ".join(text.split())
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(body)), default=0) + 1)
    if body.startswith("`") or body.endswith("`"):
        body = f" {body} "
    return fence + body + fence


def _paragraphs(text: str, prefix: str = "") -> list[str]:
    """A summary, a goal or a quote: each of the author's lines a paragraph (``prefix`` ``"> "``: a quote's)."""
    lines = [prefix + as_text(line) for line in _lines(content.shown(text))]
    joint = prefix.rstrip()
    out: list[str] = []
    for line in lines:
        if out and joint:
            out.append(joint)
        out.append(line)
    return ["\n".join(out)] if joint else lines


def _item(first: str, more: list[str], depth: int) -> list[str]:
    """A list item at ``depth``, its further lines as items one level below, each without the bullet its
    author typed: when there are two or more and every one starts with one, a list was typed, and ``- 3
    dni`` is an item like the rest; among lines that are no list, and on a further line alone (``Rabat:`` /
    ``- 15% dla stałych klientów``), a ``-`` before a number is the value's sign and is kept (``- 35% od ceny
    części`` beside ``# pozycja 14``)."""
    indent = _NEST * depth
    bullet = _ANY_BULLET if len(more) > 1 and all(_ANY_BULLET.match(line) for line in more) else _OWN_BULLET
    out = [f"{indent}- {first}"]
    out += [f"{indent}{_NEST}- {as_text(bullet.sub('', line))}" for line in more]
    return out


def _entry(entry: Entry, depth: int = 0) -> list[str]:
    lines = _lines(entry.text)
    first = f"**{one_line(entry.lead)}**" + (": " if lines else "") if entry.lead else ""
    first += (lines[0] if entry.lead else as_text(lines[0])) if lines else ""
    if entry.sources:
        first += " [" + ", ".join(one_line(s) for s in entry.sources) + "]"
    if entry.meta:
        first += f" — _{one_line(entry.meta)}_"
    return _item(first, lines[1:], depth)


def _bullets(entries: list[Entry], depth: int = 0) -> str:
    return "\n".join(line for e in entries for line in _entry(e, depth))


def _meta(labels: Labels, kind: str, ident: str, extra: list[str], reviewed: Any, owner: str | None,
          lifecycle: str | None = None) -> str:
    parts = [f"_{labels[kind]}_", code(ident), *extra,
             f"{labels['reviewed.last']}: {reviewed.isoformat() if reviewed else labels['reviewed.never']}"]
    if owner:
        parts.append(f"{labels['owner']}: {one_line(owner)}")
    if lifecycle:  # "Status: wycofana", for a document not in use
        parts.append(lifecycle)
    return " · ".join(parts)


def _sources(model: object, labels: Labels, *, warn_when_empty: bool) -> list[str]:
    rows = content.source_rows(model, labels)
    if not rows and not warn_when_empty:
        return []
    out = [f"### {heading(labels['sources'])}", ""]
    if not rows:
        return out + [f"_{labels['no_sources']}_"]
    for r in rows:
        bits = [f"{labels['source.type']}: {r['type']}"]
        bits += [f"{labels['source.date']}: {r['date']}"] if r["date"] else []
        bits += [f"{labels['source.n']}={r['n']}"] if r["n"] else []
        bits.append(f"{labels['cited_by']}: {r['cited']}")
        if r["note"]:
            bits.append(one_line(r["note"]))
        if r["link"]:
            bits.append(r["link"])  # bare, so the tool makes it a link
        out.append(f"- {code(r['id'])} — " + " · ".join(bits))
    return out


def _file_line(labels: Labels, path: str) -> list[str]:
    return ["", f"{labels['file']}: {code(path)}"] if path else []


def persona(model: Persona | NegativePersona, labels: Labels, path: str = "") -> str:
    """A persona card: headings and bullet lists."""
    out = [f"## {heading(name_line(model.name))}", "",
           _meta(labels, model.kind, model.id, [], model.reviewed, model.owner,
                 content.lifecycle_line(model, labels)), ""]
    if model.summary:
        out += ["\n\n".join(_paragraphs(model.summary)), ""]
    if model.quote:
        out += ["\n\n".join(_paragraphs(model.quote, "> ")), ""]
    sections = content.persona_sections(model)
    for name, entries in [s for s in sections if s[0] in _NEGATIVE]:
        out += [f"### {heading(labels.heading(name, model))}", "", _bullets(entries), ""]
    demo = content.demographic_rows(model)
    if demo:
        out += [f"### {heading(labels['demographics'])}", ""]
        out += [line for k, v in demo for line in _entry(Entry(v, lead=labels[k]))] + [""]
    psycho = content.psychographic_sections(model)
    if psycho:
        out += [f"### {heading(labels['psychographics'])}", ""]
        for name, entries in psycho:
            out += [f"**{labels[name]}**", "", _bullets(entries), ""]
    for name, entries in sections:
        if name not in _NEGATIVE:
            out += [f"### {heading(labels[name])}", "", _bullets(entries), ""]
    out += _sources(model, labels, warn_when_empty=True)
    out += _file_line(labels, path)
    return "\n".join(out).rstrip() + "\n"


_NEGATIVE = ("reasons", "substitutes", "purchase_triggers", "abandon_triggers")
_ONE_TEXT = ("goal", "doing", "thinking", "feeling")
_BLANKS = re.compile(r"\n{3,}")


def _aspect(stage: Stage, row: str, labels: Labels) -> list[str]:
    """One aspect of a stage as a list item: its text beside the label, or its entries as items below it."""
    label = f"**{labels[row]}:**"
    if row == "emotion":
        if stage.emotion is None:
            return [f"- {label} ? _{labels.emotion(None)}_"]
        # The level in words only: the linear export is the one for a screen reader, which reads a bar as "block".
        return [f"- {label} {signed(stage.emotion)} {labels.emotion(stage.emotion)}"]
    entries = content.stage_entries(stage, row, labels)
    if not entries:
        return []
    if len(entries) == 1 and row in _ONE_TEXT:
        lines = _lines(entries[0].text)
        return _item(f"{label} {lines[0]}" if lines else label, lines[1:], 0)
    return [f"- {label}", *(line for e in entries for line in _entry(e, 1))]


def journey(model: JourneyMap, stages: list[Stage], labels: Labels, persona_name: str | None = None, path: str = "") -> str:
    """A journey map: a section per stage, a list item per aspect, and the emotion curve in words."""
    who = f"{one_line(name_line(persona_name))} ({code(model.persona)})" if persona_name else code(model.persona)
    out = [f"## {heading(name_line(model.name))}", "",
           _meta(labels, "journey", model.id, [f"{labels['persona_ref']}: {who}"], model.reviewed, model.owner,
                 content.lifecycle_line(model, labels)), ""]
    partial = content.partial_line(model, stages, labels)
    if partial is not None:
        out += [f"_{partial}_", ""]
    if model.goal:
        goal = _paragraphs(model.goal)
        out += ["\n\n".join([f"**{labels['goal']}:** {goal[0]}", *goal[1:]]), ""]
    if model.summary:
        out += ["\n\n".join(_paragraphs(model.summary)), ""]
    numbers = {s.id: i + 1 for i, s in enumerate(model.stages)}
    if any(s.emotion is not None for s in stages):
        # In words and numbers, never a sparkline: pasted into Notion or Slack, and read aloud there,
        # block characters are read by their names ("lower three eighths block").
        said = "; ".join(f"{numbers[s.id]}. {one_line(name_line(s.name))}: "
                         + (labels.emotion(None) if s.emotion is None else f"{signed(s.emotion)} {labels.emotion(s.emotion)}")
                         for s in stages)
        out += [f"**{labels['curve']}:** {said}", ""]
    rows = content.journey_rows(stages)
    for stage in stages:
        out += [f"### {numbers[stage.id]}. {one_line(stage.name)} ({code(stage.id)})", ""]
        items = [line for row in rows for line in _aspect(stage, row, labels)]
        out += (items or [f"_{labels['stage_empty']}_"]) + [""]
    out += _sources(model, labels, warn_when_empty=False)
    out += _file_line(labels, path)
    return _BLANKS.sub("\n\n", "\n".join(out)).rstrip() + "\n"


#: A heading line of a document's own (``## Name``, ``### Goals``).
_DOC_HEADING = re.compile(r"^#(#{2,6} )|^#(# )", re.MULTILINE)


def page(body: str, labels: Labels, title: str, *, single: bool = False) -> str:
    """One document: its name the one ``#`` heading, its sections ``##`` (``single``), as the Markdown export."""
    if single:
        return _DOC_HEADING.sub(lambda m: m.group(1) or m.group(2), body)
    return body


def titled_page(body: str, labels: Labels, title: str, name: str) -> str:
    """One document under a title of the team's (`--title`): the title the one ``#`` heading, its name ``##``."""
    return f"# {heading(title)}\n\n{body}"


def against_page(persona_model: Persona, persona_labels: Labels, persona_path: str,
                 negative: NegativePersona, negative_labels: Labels, negative_path: str) -> str:
    """A persona and a negative persona, one after the other under a shared title."""
    title = (f"# {persona_labels['against']}: {one_line(name_line(persona_model.name))} / "
             f"{heading(name_line(negative.name))}")
    return "\n".join([title, "", persona(persona_model, persona_labels, persona_path),
                      persona(negative, negative_labels, negative_path)])


def totals(rows: list[OverviewRow], labels: Labels) -> str:
    """How many documents of each kind, as the terminal overview ends: ``persony: 2 · … · ścieżki: 1``."""
    return " · ".join(f"{labels[f'kind.{kind}.plural']}: {sum(1 for r in rows if r.kind == kind)}"
                      for kind in ("persona", "negative-persona", "journey"))


def overview_list(rows: list[OverviewRow], labels: Labels) -> str:
    """The overview as a list: a document an item, with its kind, counts, review and file on its line."""
    out = []
    for r in rows:
        own = labels.own(r.lang)
        name = f"**{one_line(name_line(r.name))}** ({code(r.id)})"
        if r.persona:
            name += f" → {one_line(name_line(r.persona))}"
        bits = [own[r.kind] + (f" ({own['lifecycle.' + r.status]})" if r.status else "")]
        for key, value in (("traits", r.traits), ("sources", r.sources), ("stages", r.stages),
                           ("opportunities", r.opportunities)):
            if value is not None:
                bits.append(f"{labels[key]}: {value}")
        bits.append(f"{labels['reviewed.last']}: {r.reviewed.isoformat()}" if r.reviewed else f"_{own['not_reviewed']}_")
        bits.append(code(r.path))
        out.append(f"- {name} — " + " · ".join(bits))
    return "\n".join(out)


def broken_list(broken: list[Any], labels: Labels) -> list[str]:
    """A folder's files that could not be read: a heading, then ``path:line:col`` and why, one item each."""
    out = [f"## {labels['broken'].format(count=len(broken))}", ""]
    for b in broken:
        out.append(f"- {code(f'{b.path}:{b.line}:{b.column}')} {b.code} {one_line(visible_line(b.message))}")
    return out + [""]


def overview_page(rows: list[OverviewRow], labels: Labels, title: str, parts: list[str], path: str = "",
                  broken: list[Any] | None = None) -> str:
    """A folder: the totals and the overview list, the files that could not be read, then every document."""
    out = [f"# {heading(title)}", ""]
    if not rows and not broken:
        return "\n".join(out + [labels["empty"].format(path=path or title)]) + "\n"
    if rows:
        out += [totals(rows, labels), "", overview_list(rows, labels), ""]
    if broken:
        out += broken_list(broken, labels)
    for part in parts:
        out += [part]
    return "\n".join(out).rstrip() + "\n"
