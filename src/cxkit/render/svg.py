"""The emotion curve drawn as SVG: inside the HTML export, and as a file of its own (``-o krzywa.svg``).

Stage names are never cut: each is wrapped onto as many as :data:`MOST_LINES` lines under its
point. When a name needs more (many stages, or a name of a paragraph), the points are numbered and
the names, each with its emotion in words, are listed under the chart in a numbered legend (so too
for more than :data:`MOST_UNDER` stages, which side by side would not fit a slide). Every
level is written in words as well as drawn in colour, so the drawing reads in grey and to a screen
reader (its title and description name every stage and its value).

The drawing depends on nothing but the stages: no date, no random id, no measured font (widths are
estimated on the high side, :func:`html._label_width`), so the same journey gives the same bytes.
"""

from __future__ import annotations

import hashlib
import re
from typing import Sequence

from ..model import JourneyMap, Stage
from . import content
from .content import name_line
from .curve import LEVELS, level_y, stage_x, svg_points
from .html import EMOTION_COLOR, _char_width, _curve_label, _label_width
from .html import esc as _html_esc
from .labels import Labels, signed

#: A stage's name takes at most this many lines under its point; one that needs more sends every
#: name to the legend.
MOST_LINES = 3
#: More stages than this are numbered and named in the legend: side by side, their names would make
#: the drawing too wide for a slide or a page (the HTML export's parts hold as many).
MOST_UNDER = 7
#: A legend of more stages than this is laid out in two columns when that makes it shorter. From 16
#: stages a one-column legend is 16 lines or more (224 units), well taller than the curve's plot
#: (164), and a 40-stage journey's image would be mostly list; the drawing is then at least 996 units
#: wide (56 a stage), so each column keeps 436 units, about 55 characters. Names longer than that wrap
#: in a column and not across the width: two columns of wrapped lines are no shorter than one column
#: (taller for an odd count), and harder to read, so such a legend keeps one column. Fewer stages
#: would leave columns too narrow for a line.
MOST_IN_ONE_COLUMN = 15
_COLUMN_GAP = 24  # units between the legend's two columns
_GAP = 8  # units kept free between two stage labels
_LINE = 14  # units between two lines of a 12-unit label
_LEFT, _RIGHT, _TOP = 80, 20, 20
_PLOT = 164  # units from +2 to -2
_FONT = 'font-family="system-ui, -apple-system, &quot;Segoe UI&quot;, Roboto, &quot;Noto Sans&quot;, sans-serif"'

#: What XML 1.0 allows nowhere, not even as a character reference: the HTML export's parser shrugs
#: these off, but an SVG file holding one does not open. Shown as escapes, as control characters are.
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")


def esc(text: str) -> str:
    """``text`` escaped for the drawing's markup, with what XML forbids written as ``\\ufffe``."""
    return _html_esc(_NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def wrap(text: str, room: float, size: float = 12) -> list[str]:
    """``text`` in lines at most ``room`` units wide at ``size`` units, broken between words; a word
    wider than a line is broken inside (there is nothing else to do with it). Each character is
    measured once, so a name of any length costs its length."""
    scale = size / 12
    space = _char_width(" ") * scale
    lines: list[str] = []
    line, width = "", 0.0
    for word in text.split():
        word_width = _label_width(word) * scale
        if line and width + space + word_width <= room:
            line, width = f"{line} {word}", width + space + word_width
            continue
        if line:
            lines.append(line)
        line, width = "", 0.0
        if word_width <= room:
            line, width = word, word_width
            continue
        for char in word:  # a word wider than the line, broken where the line ends
            char_width = _char_width(char) * scale
            if line and width + char_width > room:
                lines.append(line)
                line, width = "", 0.0
            line, width = line + char, width + char_width
    if line or not lines:
        lines.append(line)
    return lines


def _value(stage: Stage, labels: Labels) -> str:
    return labels.emotion(None) if stage.emotion is None else f"{signed(stage.emotion)} {labels.emotion(stage.emotion)}"


def _tspans(lines: Sequence[str], x: float) -> str:
    return "".join(f'<tspan x="{x}" dy="{0 if i == 0 else _LINE}">{esc(line)}</tspan>' for i, line in enumerate(lines))


def draw(stages: list[Stage], labels: Labels, numbers: dict[str, int], *, names: str = "auto",
         heading: str | None = None, alone: bool = False, ident: str = "curve") -> str:
    """The curve of ``stages`` (``numbers``: each stage's number in its journey).

    ``names``: ``auto`` wraps each name under its point, or lists them in a legend when one needs
    more than :data:`MOST_LINES` lines; ``legend`` always lists them; ``numbers`` shows only each
    stage's number under its point (the names and values are in the page around it).
    ``heading``: a title drawn at the top. ``alone``: a file of its own, with its namespace, its
    size, a white background, a title and a description (inside a page, ``role="img"`` and an
    ``aria-label`` say the same); ``ident`` begins the ids of its title and description, which its
    ``aria-labelledby`` names, so that two files inlined in one page do not share them.
    """
    count = len(stages)
    levels = [s.emotion for s in stages]
    prefixes = [f"{numbers[s.id]}. " for s in stages]
    flat = [" ".join(s.name.split()) for s in stages]  # a name's line breaks read as spaces
    if names == "numbers":
        width = max(640, 56 * count + _LEFT + _RIGHT)
    else:
        width = max(640, 150 * count + _LEFT + _RIGHT)
    slot = (width - _LEFT - _RIGHT) / max(count, 1)
    wrapped = [wrap(prefixes[i] + flat[i], slot - _GAP) for i in range(count)]
    if names == "auto":
        fits = count <= MOST_UNDER and all(len(lines) <= MOST_LINES for lines in wrapped)
        names = "wrap" if fits else "legend"
    if names == "legend":
        width = max(640, 56 * count + _LEFT + _RIGHT)
        slot = (width - _LEFT - _RIGHT) / max(count, 1)
    title_lines = wrap(heading, width - 40, 16) if heading else []
    top = _TOP + 20 * len(title_lines) + (14 if heading else 0)
    plot_bottom = top + _PLOT
    first_label = plot_bottom + 22
    tall = max((len(lines) for lines in wrapped), default=1) if names == "wrap" else 1
    value_y = first_label + (tall - 1) * _LINE + 16
    below = value_y if names == "wrap" else first_label
    legend: list[tuple[float, float, list[str], str]] = []
    if names == "legend":
        legend = _legend(stages, [prefixes[i] + flat[i] for i in range(count)], labels, width,
                         first_label + 12 + _LINE)
        below = _legend_bottom(legend)
    height = below + 10
    bottom = height - plot_bottom  # what svg_points and level_y leave under the plot
    points = svg_points(levels, width, height, left=_LEFT, right=_RIGHT, top=top, bottom=bottom)

    if alone:
        title = f"{labels['curve']}: {heading}" if heading else labels["curve"]
        out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
               f'height="{height}" role="img" aria-labelledby="{ident}-title {ident}-desc" {_FONT}>',
               f'<title id="{ident}-title">{esc(title)}</title>',
               f'<desc id="{ident}-desc">{esc(_curve_label(stages, labels, numbers))}</desc>',
               f'<rect width="{width}" height="{height}" fill="#ffffff"/>']
    else:
        out = [f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="{esc(_curve_label(stages, labels, numbers))}" '
               f'style="--least-width: {round(width * 0.75)}px">',
               f"<title>{esc(labels['curve'])}</title>"]
    if heading:
        spans = "".join(f'<tspan x="20" dy="{0 if i == 0 else 20}">{esc(line)}</tspan>' for i, line in enumerate(title_lines))
        out.append(f'<text x="20" y="{_TOP + 14}" font-size="16" font-weight="700" fill="#1d232b">{spans}</text>')
    for level in LEVELS:
        y = level_y(level, height, top=top, bottom=bottom)
        dash = "" if level == 0 else ' stroke-dasharray="3 4"'
        out.append(f'<line x1="{_LEFT}" y1="{y}" x2="{width - _RIGHT}" y2="{y}" stroke="#c9d1db"{dash}/>')
        out.append(f'<text x="{_LEFT - 10}" y="{y + 4}" text-anchor="end" font-size="12" fill="#5f6b7a">'
                   f"{esc(signed(level))}</text>")
    places = [numbers[s.id] for s in stages]
    gaps = [i for i in range(1, count) if places[i] != places[i - 1] + 1]  # stages left out before stage i
    segment: list[tuple[float, float]] = []
    paths = []
    for i, point in enumerate(points + [None]):
        if point is None or i in gaps:
            if len(segment) > 1:
                paths.append(segment)
            segment = []
        if point is not None:
            segment.append(point)
    for i in gaps:
        x = round((stage_x(i - 1, count, width, left=_LEFT, right=_RIGHT)
                   + stage_x(i, count, width, left=_LEFT, right=_RIGHT)) / 2, 1)
        left_out = content.number_runs(list(range(places[i - 1] + 1, places[i])))
        out.append(f'<g class="gap"><title>{esc(labels["curve_gap"])}: {esc(left_out)}</title>'
                   f'<line x1="{x}" y1="{top}" x2="{x}" y2="{plot_bottom}" stroke="#8a96a6" stroke-width="2" '
                   f'stroke-dasharray="2 5"/>'
                   f'<text x="{x}" y="{top - 6}" text-anchor="middle" font-size="12" fill="#5f6b7a">…</text></g>')
    for seg in paths:
        d = " ".join(f"{'M' if i == 0 else 'L'}{x} {y}" for i, (x, y) in enumerate(seg))
        out.append(f'<path d="{d}" fill="none" stroke="#0f6e8c" stroke-width="3" stroke-linejoin="round"/>')
    for index, (stage, point) in enumerate(zip(stages, points)):
        x = stage_x(index, count, width, left=_LEFT, right=_RIGHT)
        shown = wrapped[index] if names == "wrap" else [str(numbers[stage.id])]
        out.append(f'<text x="{x}" y="{first_label}" text-anchor="middle" font-size="12" font-weight="600" '
                   f'fill="#1d232b">{_tspans(shown, x)}<title>{esc(stage.name)}</title></text>')
        if names == "wrap":
            out.append(f'<text x="{x}" y="{value_y}" text-anchor="middle" font-size="11" fill="{_color(stage)}">'
                       f"{esc(_value(stage, labels))}</text>")
        if point is None:
            continue
        px, py = point
        out.append(f'<circle cx="{px}" cy="{py}" r="8" fill="{EMOTION_COLOR[stage.emotion]}" stroke="#fff" '
                   f'stroke-width="2"><title>{esc(f"{stage.name}: {_value(stage, labels)}")}</title></circle>')
    for x, y, lines, color in legend:
        out.append(f'<text x="{x}" y="{y}" font-size="12" fill="{color}">{_tspans(lines, x)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def _legend(stages: list[Stage], names: list[str], labels: Labels, width: float,
            top: float) -> list[tuple[float, float, list[str], str]]:
    """The legend's lines, each stage's as (x, y of its first line, its lines, its colour), in the
    stages' order: one column, or, for more than :data:`MOST_IN_ONE_COLUMN` stages, two when they
    make it shorter, the first half of the stages down the left one and the rest down the right one
    (read as a numbered list)."""
    one = _legend_in(stages, names, labels, width, top, 1)
    if len(stages) <= MOST_IN_ONE_COLUMN:
        return one
    two = _legend_in(stages, names, labels, width, top, 2)
    return two if _legend_bottom(two) < _legend_bottom(one) else one


def _legend_bottom(legend: list[tuple[float, float, list[str], str]]) -> float:
    """The y of a legend's last line."""
    return max(y + (len(lines) - 1) * _LINE for _x, y, lines, _c in legend)


def _legend_in(stages: list[Stage], names: list[str], labels: Labels, width: float, top: float,
               columns: int) -> list[tuple[float, float, list[str], str]]:
    """:func:`_legend`'s lines laid out in ``columns`` columns."""
    room = width - _LEFT - _RIGHT
    column_room = (room - _COLUMN_GAP * (columns - 1)) / columns
    per_column = -(-len(stages) // columns)
    out: list[tuple[float, float, list[str], str]] = []
    y = top
    for i, stage in enumerate(stages):
        if i and i % per_column == 0:
            y = top
        x = round(_LEFT + (i // per_column) * (column_room + _COLUMN_GAP), 1)
        lines = wrap(f"{names[i]}: {_value(stage, labels)}", column_room)
        out.append((int(x) if x == int(x) else x, y, lines, _color(stage)))
        y += len(lines) * _LINE
    return out


def _color(stage: Stage) -> str:
    """The colour of a stage's words (its value under its point, its legend line): its level's (each at
    least 4.5:1 on white), else the muted grey."""
    return EMOTION_COLOR[stage.emotion] if stage.emotion is not None else "#5f6b7a"


def document(model: JourneyMap, stages: list[Stage], labels: Labels) -> str:
    """The curve of ``stages`` of ``model`` as an SVG file of its own, titled with the journey's name
    (and which stages, when ``--stage`` picked some)."""
    numbers = {s.id: i + 1 for i, s in enumerate(model.stages)}
    heading = name_line(model.name)
    if len(stages) < len(model.stages):
        heading += f" ({content.stages_label(model, stages, labels, 'part')})"
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- cxkit render: an emotion curve -->\n'
            + draw(stages, labels, numbers, heading=heading, alone=True, ident=_ident(model, stages, heading)) + "\n")


def _ident(model: JourneyMap, stages: list[Stage], heading: str) -> str:
    """The start of a file's ids: the journey's id and a digest of what the image says, so that the
    curves of two journeys, or of two selections of one, inlined in one page have ids of their own,
    and the same journey still gives the same bytes."""
    said = "\n".join([model.id, heading] + [f"{s.id}\t{s.name}\t{s.emotion}" for s in stages])
    digest = hashlib.sha256(said.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"cxkit-curve-{re.sub(r'[^A-Za-z0-9_.-]', '-', model.id)}-{digest}"
