"""Markdown export: GitHub/GitLab-flavoured tables for wikis and pull requests.

Every cell is one line: ``|`` is escaped, line breaks become ``<br>``, and
``<`` and ``>`` are written as entities so text is never read as HTML; ``&`` only where it would
start a character reference (``&copy;``), any other as typed (``City & Guilds``).
A persona's or a journey's name is a title, on one line wherever it appears
(:func:`content.name_line`); a stage's name keeps its breaks in the table header.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import JourneyMap, NegativePersona, Persona, Stage
from ..gfm import plain
from ..visible import visible_line
from . import content
from .content import Entry, OverviewRow, name_line
from .labels import Labels, signed

#: A bar per level, 1, 3, 4, 6 and 8 eighths of a block high: each step two eighths but the one
#: from -1 to 0. Eight eighths hold no five evenly spaced bars that all show, and the smaller step
#: belongs there, never at the dip from "negative" to "very negative" a journey is read for.
_SPARK = {-2: "▁", -1: "▃", 0: "▄", 1: "▆", 2: "█"}


# "~" is GFM strikethrough (GitHub takes a single "~" too); "$" opens GitHub's inline maths.
_MARKUP = str.maketrans({c: "\\" + c for c in "\\`*_~[]|$"})
# What starts a heading, a list, a quote or a setext underline at the start of a line: "#", "-",
# "+", "=", and a number with "." or ")" (">" never gets here: it is written as "&gt;").
_BLOCK_START = re.compile(r"^(?:[#+=-]|(\d+)[.)])")
_HEADING_CLOSE = re.compile(r"(^|\s)(#+)$")


def inline(text: str) -> str:
    """Text safe inside a table cell or a heading: one line, no table, emphasis, link or HTML syntax."""
    return "<br>".join(_inline_lines(text))


#: An "&" that GitHub, GitLab or a browser would read as the start of a character reference (``&copy;``,
#: ``&#x1F600;``): only such an "&" is written ``&amp;``; any other ("City & Guilds") stays as written,
#: which the Markdown renderers and HTML show the same, and which reads as written in a pager or an editor.
_REFERENCE_AMP = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def _escaped(text: str) -> str:
    return _REFERENCE_AMP.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;").translate(_MARKUP)


def _with_url_breaks(text: str) -> str:
    """``text`` escaped; a web address with percent-escapes in it (``…/wiki/Gda%C5%84sk``) gets a
    ``<wbr>`` after each ``/``, ``?``, ``&``, ``=``, ``#`` and ``-`` and around each escaped
    character, so that GitHub and GitLab fold it there rather than inside an escape (``%C`` over
    ``5%84``), which they cut anywhere. A ``<wbr>`` shows nothing: the address reads and copies
    as written. An address without escapes is left as it is."""
    out, pos = [], 0
    for match in content.URL.finditer(text):
        url = match.group(0)
        if not content.ESCAPED_CHAR.search(url):
            continue
        cuts = content.url_cuts(url, "/?&#=-")
        out.append(_escaped(text[pos:match.start()]))
        out.append("<wbr>".join(_escaped(url[a:b]) for a, b in zip([0, *cuts], [*cuts, len(url)])))
        pos = match.end()
    out.append(_escaped(text[pos:]))
    return "".join(out)


def _inline_lines(text: str) -> list[str]:
    """The lines of ``text``, each made safe as :func:`inline` makes it, as
    :func:`content.paragraph_lines` keeps them: ``""`` is a paragraph break (``<br><br>`` in a cell),
    and a line after the first keeps its indentation as no-break spaces (``&nbsp;``)."""
    return content.paragraph_lines(text, lambda words: plain(_with_url_breaks(words)), "&nbsp;")


def _line_start(out: str) -> str:
    """Inline text placed at the start of a block (a paragraph, a list item, a quote), kept as text."""
    match = _BLOCK_START.match(out)
    if match is None:
        return out
    if match.group(1) is None:
        return "\\" + out  # "\#", "\-", "\+", "\=" read as the character
    cut = match.end(1)  # "1\." — a backslash before a digit would be shown, not read as an escape
    return out[:cut] + "\\" + out[cut:]


def _heading(text: str) -> str:
    """Inline text for an ATX heading, whose trailing "#"s would be read as its closing sequence."""
    return _HEADING_CLOSE.sub(lambda m: m.group(1) + "\\" + m.group(2), inline(text))


# Breaks and tabs would end a table row or show as a break; a code span shows spaces as they are.
_CODE_BREAKS = re.compile(r"[\t\n\r\f\v\x85\u2028\u2029]+")
_BACKTICKS = re.compile(r"`+")


def code(text: str, *, in_table: bool) -> str:
    """An id or path as inline code that shows exactly these characters (a file named ``a`b.yaml`` too).

    CommonMark ends a code span at a run of backticks as long as the one that opened it, so the
    fence is one backtick longer than the longest run inside; a space pads text that starts or
    ends with a backtick (or starts and ends with a space), and the reader drops that space again.
    Spaces are kept; line breaks and tabs become a space. ``|`` is escaped ``in_table`` only: GFM
    splits a row at every unescaped ``|``, code span or not, and reads ``\\|`` there as ``|``;
    anywhere else a code span shows the backslash.
    """
    body = _CODE_BREAKS.sub(" ", text)
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(body)), default=0) + 1)
    if body.startswith("`") or body.endswith("`") or (body.startswith(" ") and body.endswith(" ") and body.strip()):
        body = f" {body} "
    return fence + (body.replace("|", "\\|") if in_table else body) + fence


def _flow(text: str, prefix: str = "") -> str:
    """A summary, a quote or a goal as one Markdown paragraph that cannot turn into a heading or a list.

    Its author's lines (a ``|`` block's: one interview turn per line) stay lines: each ends with a
    hard break (``\\``) and starts as text, never as a list item or a heading; ``prefix`` (``"> "``
    for a quote) starts each of them. A line after the first keeps its indentation (a nested point)
    as no-break spaces, as a trait's does. A blank line the author left between two lines (a `|`
    block's, or a `>` block's, which YAML keeps) starts another paragraph, as it does in a cell.
    """
    paragraphs: list[list[str]] = [[]]
    for line in _inline_lines(content.shown(text)):
        if line:
            paragraphs[-1].append(prefix + _line_start(line))
        else:  # a blank line the author left: a paragraph break (an empty `>` line in a quote)
            paragraphs.append([])
    return f"\n{prefix.rstrip()}\n".join("\\\n".join(lines) for lines in paragraphs)


def _entry(entry: Entry) -> str:
    out = ""
    if entry.lead:
        out += f"**{inline(entry.lead)}**" + (": " if entry.text else "")
    out += inline(entry.text)
    if entry.sources:
        out += " <sub>[" + ", ".join(inline(s) for s in entry.sources) + "]</sub>"
    if entry.meta:
        out += f" — _{inline(entry.meta)}_"
    return out


def table(header: list[str], rows: list[list[str]]) -> str:
    """A pipe table; every row gets exactly as many cells as the header."""
    width = len(header)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * width) + "|"]
    for row in rows:
        cells = (row + [""] * width)[:width]
        lines.append("| " + " | ".join(c if c else " " for c in cells) + " |")
    return "\n".join(lines)


def _bullets(entries: list[Entry]) -> str:
    return "\n".join(f"- {_line_start(_entry(e))}" for e in entries)


def _sources(model: object, labels: Labels, *, warn_when_empty: bool) -> list[str]:
    rows = content.source_rows(model, labels)
    if not rows and not warn_when_empty:
        return []
    out = [f"### {inline(labels['sources'])}", ""]
    if not rows:
        return out + [f"_{inline(labels['no_sources'])}_"]
    out.append(table(
        [labels["source.id"], labels["source.type"], labels["source.date"], labels["source.n"],
         labels["cited_by"], labels["source.note"]],
        [[code(r["id"], in_table=True), inline(r["type"]), r["date"], r["n"], r["cited"],
          inline(" ".join(filter(None, [r["note"], f"({r['link']})" if r["link"] else ""])))] for r in rows],
    ))
    return out


def persona(model: Persona | NegativePersona, labels: Labels, path: str = "") -> str:
    """A persona card: headings, bullet lists, demographics and sources as tables."""
    out = [f"## {_heading(name_line(model.name))}", ""]
    meta = [f"_{inline(labels[model.kind])}_", code(model.id, in_table=False)]
    meta.append(f"{labels['reviewed.last']}: {model.reviewed.isoformat() if model.reviewed else labels['reviewed.never']}")
    if model.owner:
        meta.append(f"{labels['owner']}: {inline(model.owner)}")
    if (lifecycle := content.lifecycle_line(model, labels)) is not None:  # "Status: wycofana": not in use
        meta.append(inline(lifecycle))
    out += [" · ".join(meta), ""]
    if model.summary:
        out += [_flow(model.summary), ""]
    if model.quote:
        out += [_flow(model.quote, "> "), ""]
    negative_first = [s for s in content.persona_sections(model) if s[0] in _NEGATIVE]
    for name, entries in negative_first:
        out += [f"### {inline(labels.heading(name, model))}", "", _bullets(entries), ""]
    demo = content.demographic_rows(model)
    if demo:
        # A heading as every other section has, and a field a line: a table's header row of
        # "Demographics" and nothing was skipped by heading navigation and read as an empty column.
        out += [f"### {inline(labels['demographics'])}", "",
                "\n".join(f"- **{inline(labels[k])}:** {inline(v)}" for k, v in demo), ""]
    psycho = content.psychographic_sections(model)
    if psycho:
        out += [f"### {inline(labels['psychographics'])}", ""]
        for name, entries in psycho:
            # A heading under Psychographics, as the HTML export has: heading navigation (H) stops at it.
            out += [f"#### {inline(labels[name])}", "", _bullets(entries), ""]
    for name, entries in content.persona_sections(model):
        if name in _NEGATIVE:
            continue
        out += [f"### {inline(labels[name])}", "", _bullets(entries), ""]
    out += _sources(model, labels, warn_when_empty=True)
    if path:
        out += ["", f"<sub>{inline(path)}</sub>"]
    return "\n".join(out).rstrip() + "\n"


_NEGATIVE = ("reasons", "substitutes", "purchase_triggers", "abandon_triggers")


def _cell(stage: Stage, row: str, labels: Labels) -> str:
    if row == "emotion":
        if stage.emotion is None:  # "?" as the sparkline and the terminal have it, and why
            return f"? _{inline(labels.emotion(None))}_"
        # No bar glyph before the value: a screen reader reads "▃" as "lower three eighths block".
        return f"{signed(stage.emotion)} {inline(labels.emotion(stage.emotion))}"
    entries = content.stage_entries(stage, row, labels)
    if len(entries) == 1 and row in ("goal", "doing", "thinking", "feeling"):
        return _entry(entries[0])
    return "<br>".join(f"• {_entry(e)}" for e in entries)


def _curve(levels: list[int | None], numbers: list[int]) -> str:
    """The sparkline and its values; stages left out between two shown (``--stage 12,22``) are a
    ``…``, never an arrow from one to the other: -2 → +1 would read as a rise across stages unseen."""
    bars, values = [], []
    for i, level in enumerate(levels):
        if i:
            joined = numbers[i] == numbers[i - 1] + 1
            bars.append(" " if joined else " … ")
            values.append(" → " if joined else " … ")
        bars.append(_SPARK[level] if level is not None else "·")
        values.append(signed(level))
    return f"`{''.join(bars)}` ({''.join(values)})"


def _table(stages: list[Stage], rows: list[str], labels: Labels, numbers: dict[str, int]) -> str:
    """The grid of ``stages``: a column per stage, a row per aspect of ``rows``."""
    # The corner names the row of stage names, as the HTML export's does: an empty header cell is read as "blank".
    header = [inline(labels["stage"])] + [f"{numbers[s.id]}. {inline(s.name)}<br><sub>{code(s.id, in_table=True)}</sub>" for s in stages]
    body = [[f"**{inline(labels[row])}**"] + [_cell(s, row, labels) for s in stages] for row in rows]
    if not body:  # stages with only an id and a name: say so, as the terminal does, not a bare header
        body = [[""] + [f"_{inline(labels['stage_empty'])}_" for _ in stages]]
    return table(header, body)


def journey(model: JourneyMap, stages: list[Stage], labels: Labels, persona_name: str | None = None, path: str = "") -> str:
    """A journey map: an emotion sparkline, then a table with the stages as columns; a journey of more
    than :data:`content.PART_STAGES` stages in parts of at most that many, each titled and tabled alone."""
    out = [f"## {_heading(name_line(model.name))}", ""]
    who = f"{inline(name_line(persona_name))} ({code(model.persona, in_table=False)})" if persona_name else code(model.persona, in_table=False)
    meta = [f"_{inline(labels['journey'])}_", code(model.id, in_table=False), f"{labels['persona_ref']}: {who}",
            f"{labels['reviewed.last']}: {model.reviewed.isoformat() if model.reviewed else labels['reviewed.never']}"]
    if model.other_personas:  # the rest of a buying committee, by id
        meta.insert(3, f"{labels['other_personas']}: " + ", ".join(code(i, in_table=False) for i in model.other_personas))
    if model.owner:
        meta.append(f"{labels['owner']}: {inline(model.owner)}")
    if (lifecycle := content.lifecycle_line(model, labels)) is not None:  # "Status: wycofana": not in use
        meta.append(inline(lifecycle))
    out += [" · ".join(meta), ""]
    partial = content.partial_line(model, stages, labels)
    if partial is not None:  # a few stages must not pass for the whole map
        out += [f"_{inline(partial)}_", ""]
    if model.goal:
        out += [f"**{inline(labels['goal'])}:** {_flow(model.goal)}", ""]
    if model.summary:
        out += [_flow(model.summary), ""]
    levels = [s.emotion for s in stages]
    if any(level is not None for level in levels):
        out += [f"**{inline(labels['curve'])}:** {_curve(levels, content.stage_numbers(model, stages))}", ""]
    numbers = {s.id: i + 1 for i, s in enumerate(model.stages)}
    # Every part has the journey's rows, as in the HTML export, so that the parts read alike.
    shown_rows = content.journey_rows(stages)
    chunks = content.stage_parts(len(stages))
    for n, chunk in enumerate(chunks):
        part = [stages[i] for i in chunk]
        if len(chunks) > 1:
            # A part of at most 7 stages, titled as the HTML export's ("Etapy 8–14 z 20") over its own
            # sparkline: one table of 20 stages scrolled sideways through 3,000-character lines.
            out += [""] if n else []  # a blank line after the table before
            out += [f"### {inline(content.stages_label(model, part, labels, 'part'))}", ""]
            if any(s.emotion is not None for s in part):
                out += [f"**{inline(labels['curve'])}:** {_curve([s.emotion for s in part], content.stage_numbers(model, part))}", ""]
        out.append(_table(part, shown_rows, labels, numbers))
    sources = _sources(model, labels, warn_when_empty=False)
    if sources:
        out += [""] + sources
    if path:
        out += ["", f"<sub>{inline(path)}</sub>"]
    return "\n".join(out).rstrip() + "\n"


#: A heading line of a document's own (``## Name``, ``### Goals``); text never starts a line with "#" (see _line_start).
_DOC_HEADING = re.compile(r"^#(#{2,6} )|^#(# )", re.MULTILINE)


def page(body: str, labels: Labels, title: str, *, single: bool = False) -> str:
    """A single document needs no wrapper in Markdown; ``single``: its name becomes the one ``#``
    heading and its sections ``##``, as a page of its own has (a page of many puts them under its title)."""
    if single:
        return _DOC_HEADING.sub(lambda m: m.group(1) or m.group(2), body)
    return body


def titled_page(body: str, labels: Labels, title: str, name: str) -> str:
    """One document under a title of the team's (`--title`): the title the one ``#`` heading, the document's
    name ``##``, as on a page of many."""
    return f"# {_heading(title)}\n\n{body}"


def against_page(persona_model: Persona, persona_labels: Labels, persona_path: str,
                 negative: NegativePersona, negative_labels: Labels, negative_path: str) -> str:
    """A persona and a negative persona, one after the other under a shared title."""
    title = (f"# {inline(persona_labels['against'])}: {inline(name_line(persona_model.name))} / "
             f"{_heading(name_line(negative.name))}")
    return "\n".join([title, "", persona(persona_model, persona_labels, persona_path), "---", "",
                      persona(negative, negative_labels, negative_path)])


def _count(value: int | None) -> str:
    return "–" if value is None else str(value)


def overview_table(rows: list[OverviewRow], labels: Labels) -> str:
    header = [labels["document"], labels["kind"], labels["traits"],
              labels["sources"], labels["stages"], labels["opportunities"], labels["reviewed"], labels["file"]]
    body = []
    for r in rows:
        name = f"**{inline(name_line(r.name))}**<br>{code(r.id, in_table=True)}" + (
            f"<br>→ {inline(name_line(r.persona))}" if r.persona else "")
        own = labels.own(r.lang)  # the row's kind and "never reviewed" in its own language
        kind = inline(own[r.kind]) + (f"<br>_{inline(own['lifecycle.' + r.status])}_" if r.status else "")
        body.append([name, kind, _count(r.traits), _count(r.sources), _count(r.stages),
                     _count(r.opportunities), r.reviewed.isoformat() if r.reviewed else f"_{own['not_reviewed']}_",
                     code(r.path, in_table=True)])
    return table(header, body)


def broken_list(broken: list[Any], labels: Labels) -> list[str]:
    """A folder's files that could not be read: a heading, then ``path:line:col`` and why, one bullet each."""
    out = [f"## {_heading(labels['broken'].format(count=len(broken)))}", ""]
    for b in broken:
        out.append(f"- {code(f'{b.path}:{b.line}:{b.column}', in_table=False)} {b.code} {message(visible_line(b.message))}")
    return out + [""]


def message(text: str) -> str:
    """One of cxkit's messages (a finding's) as Markdown: the spans it writes in backticks (`persona-dir`,
    `kind: persona`) as code, the rest, with the user's text it quotes, escaped as :func:`inline` escapes it."""
    from ..gfm import message_parts

    return "".join(code(piece, in_table=False) if is_code else _spaced(piece) for is_code, piece in message_parts(text))


def _spaced(text: str) -> str:
    """``text`` made safe as :func:`inline` makes it, with the blanks it starts or ends with (beside a code span)."""
    lead, trail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    return (" " if lead else "") + inline(text) + (" " if trail and text.strip() else "")


def overview_page(rows: list[OverviewRow], labels: Labels, title: str, parts: list[str], path: str = "",
                  broken: list[Any] | None = None) -> str:
    """A folder: the overview table, the files that could not be read, then every document."""
    out = [f"# {_heading(title)}", ""]
    if not rows and not broken:
        return "\n".join(out + [_line_start(inline(labels["empty"].format(path=path or title)))]) + "\n"
    if rows:
        out += [overview_table(rows, labels), ""]
    if broken:
        out += broken_list(broken, labels)
    for part in parts:
        out += ["---", "", part]
    return "\n".join(out).rstrip() + "\n"
