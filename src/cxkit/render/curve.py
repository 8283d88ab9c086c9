"""The emotion curve: a step chart in text for terminals, and point positions for SVG.

Levels run from -2 (very negative) to +2 (very positive); a stage without an
emotion is a gap in the curve, never a made-up zero.
"""

from __future__ import annotations

LEVELS: tuple[int, ...] = (2, 1, 0, -1, -2)
DOT = "●"


def _row(level: int) -> int:
    return 2 - level


def chart_cells(levels: list[int | None], slot: int) -> list[list[tuple[str, str]]]:
    """A 5-row step chart, one ``slot`` of columns per stage.

    Each cell is ``(character, kind)`` where kind is ``"dot:<level>"``, ``"line"``,
    ``"base"`` (the zero line) or ``""``; renderers colour by kind.
    """
    slot = max(slot, 3)
    width = len(levels) * slot
    grid = [[(" ", "") for _ in range(width)] for _ in LEVELS]
    grid[_row(0)] = [("┄", "base") for _ in range(width)]
    centers = [i * slot + slot // 2 for i in range(len(levels))]

    def put(row: int, col: int, char: str) -> None:
        grid[row][col] = (char, "line")

    for i in range(len(levels) - 1):
        a, b = levels[i], levels[i + 1]
        if a is None or b is None:
            continue
        c1, c2 = centers[i], centers[i + 1]
        mid = (c1 + c2) // 2
        ra, rb = _row(a), _row(b)
        if a == b:
            for col in range(c1 + 1, c2):
                put(ra, col, "─")
            continue
        for col in range(c1 + 1, mid):
            put(ra, col, "─")
        for col in range(mid + 1, c2):
            put(rb, col, "─")
        up = b > a
        put(ra, mid, "╯" if up else "╮")
        put(rb, mid, "╭" if up else "╰")
        for row in range(min(ra, rb) + 1, max(ra, rb)):
            put(row, mid, "│")
    for i, level in enumerate(levels):
        if level is not None:
            grid[_row(level)][centers[i]] = (DOT, f"dot:{level}")
    return grid


def chart_text(levels: list[int | None], slot: int) -> list[str]:
    """The step chart as plain lines with a y axis and stage numbers underneath."""
    lines = []
    for level, cells in zip(LEVELS, chart_cells(levels, slot)):
        lines.append(f"{axis_label(level)} {'┼' if level == 0 else '│'}" + "".join(c for c, _k in cells).rstrip())
    lines.append("     " + x_axis(len(levels), max(slot, 3)).rstrip())
    return lines


def axis_label(level: int) -> str:
    """``' +2'``, ``'  0'``, ``' -1'``: three columns, sign first."""
    return f"{'+' if level > 0 else ''}{level}".rjust(3)


def x_axis(count: int, slot: int, first: int = 1, numbers: list[int] | None = None) -> str:
    """Stage numbers (``numbers``, else counting from ``first``) centred under their slots.

    Every stage is numbered while the numbers leave a space between them. From stage 100 on, at
    three columns a stage, they would run together (``103104105``), so only every 2nd (5th,
    10th…) stage is numbered, the step the widest number needs: consecutive stages by the numbers
    that are a multiple of the step (``104 106 108``), stages picked with ``--stage`` by place.
    """
    labels = [str(numbers[i] if numbers is not None else first + i) for i in range(count)]
    widest = max((len(label) for label in labels), default=0)
    step = next(k for k in _LABEL_STEPS if k * slot - widest >= 1 or k == _LABEL_STEPS[-1])
    values = [numbers[i] if numbers is not None else first + i for i in range(count)]
    consecutive = all(b == a + 1 for a, b in zip(values, values[1:]))
    out = ""
    for i, label in enumerate(labels):
        if step > 1 and (values[i] % step if consecutive else i % step):
            continue
        center = i * slot + slot // 2
        start = center - (len(label) - 1) // 2
        if out and start <= len(out):  # never two numbers run together
            continue
        out = out.ljust(max(start, 0)) + label
    return out


#: How many stages apart the numbers under the curve may be, fewest first.
_LABEL_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)


def chart_rows(count: int, width: int, *, lo: int = 3) -> list[range]:
    """Stage indexes per chart row: all on one row when ``lo`` columns a stage fit ``width``,
    else as few rows of nearly equal length as fit, so no chart line is wider than ``width``."""
    per_row = max(1, (width - 6) // lo)
    if count <= per_row:
        return [range(count)]
    rows = -(-count // per_row)
    size = -(-count // rows)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def fit_slot(count: int, width: int, *, lo: int = 3, hi: int = 14) -> int:
    """Columns per stage so the chart (plus its 5-column axis) fits ``width``."""
    if count <= 0:
        return lo
    return max(lo, min(hi, (width - 6) // count))


def svg_points(levels: list[int | None], width: float, height: float, *, left: float, right: float,
               top: float, bottom: float) -> list[tuple[float, float] | None]:
    """(x, y) of each stage's point in an SVG box; stages spread evenly, +2 at the top."""
    count = len(levels)
    span = width - left - right
    step = span / count if count else span
    usable = height - top - bottom
    out: list[tuple[float, float] | None] = []
    for i, level in enumerate(levels):
        if level is None:
            out.append(None)
            continue
        x = left + step * (i + 0.5)
        y = top + usable * (2 - level) / 4
        out.append((round(x, 1), round(y, 1)))
    return out


def level_y(level: int, height: float, *, top: float, bottom: float) -> float:
    return round(top + (height - top - bottom) * (2 - level) / 4, 1)


def stage_x(index: int, count: int, width: float, *, left: float, right: float) -> float:
    step = (width - left - right) / max(count, 1)
    return round(left + step * (index + 0.5), 1)
