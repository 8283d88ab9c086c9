"""Today's date, pinnable for reproducible runs, and the days an answer read off it holds on.

The lint cache keeps a file's results across days: each result records the days it holds on
(a :class:`Watch` around the rules that made it), and is served on those days only.  A rule
that calls :func:`today` makes its answer hold on that day alone, which is always right.  A
rule that knows better reads the date with :func:`peek` and says, with :func:`holds`, on which
days each of its answers would be the same (e.g. "not stale until the review's first
anniversary"); a rule that reads neither holds on every day.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from typing import Any, Callable, Iterable, Iterator


class ClockError(ValueError):
    """``--today``, ``CXKIT_TODAY`` or ``SOURCE_DATE_EPOCH`` holds something that is not a date."""


#: Where a process started by ``--today`` (a spawned lint worker) finds the day the option pinned.
OPTION_VARIABLE = "_CXKIT_TODAY_OPTION"

#: What pins "today", strongest first; none set: the system clock.
SOURCES = ("--today", "CXKIT_TODAY", "SOURCE_DATE_EPOCH")

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # fromisoformat also takes 20261101 and 2026-W45-1


def parse_day(text: str, named: str) -> dt.date:
    """``text`` as a YYYY-MM-DD date; :class:`ClockError` naming ``named`` (where it was written) when it is not."""
    try:
        if not _DATE.fullmatch(text.strip()):
            raise ValueError(text)
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ClockError(f"{named}: {text!r} is not a date; write it as YYYY-MM-DD (e.g. 2026-11-23)") from None


def _epoch_day(text: str) -> dt.date:
    """``SOURCE_DATE_EPOCH`` (whole seconds since 1970-01-01 UTC, as reproducible builds set it) as its UTC date."""
    try:
        if not re.fullmatch(r"\d+", text.strip()):
            raise ValueError(text)
        return dt.datetime.fromtimestamp(int(text.strip()), tz=dt.timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        raise ClockError(f"SOURCE_DATE_EPOCH={text!r} is not a number of seconds since 1970-01-01 UTC "
                         "(e.g. $(git log -1 --format=%ct)); set it right, or unset it") from None


def pinned() -> tuple[dt.date | None, str | None]:
    """The day that pins "today" and what sets it (one of :data:`SOURCES`), or (None, None): the system clock.

    ``--today`` wins over ``CXKIT_TODAY``, which wins over ``SOURCE_DATE_EPOCH``; an empty variable is unset.
    A pin that is not a date raises :class:`ClockError` (even one a stronger pin overrides is not
    read): a run meant to be reproducible must not quietly use the real date."""
    option = os.environ.get(OPTION_VARIABLE)
    if option:
        return parse_day(option, "--today"), "--today"
    value = os.environ.get("CXKIT_TODAY")
    if value:
        try:
            return parse_day(value, "CXKIT_TODAY"), "CXKIT_TODAY"
        except ClockError:
            raise ClockError(f"CXKIT_TODAY={value!r} is not a date; write it as YYYY-MM-DD (e.g. 2026-11-23), "
                             "or unset it") from None
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return _epoch_day(epoch), "SOURCE_DATE_EPOCH"
    return None, None


def peek() -> dt.date:
    """Today's date: ``--today``, else ``CXKIT_TODAY=YYYY-MM-DD``, else ``SOURCE_DATE_EPOCH`` pins it (tests,
    reproducible CI runs); else the system clock (see :func:`pinned`).

    Reading the date here says nothing of the days the caller's answers hold on: it must say that
    itself, with :func:`holds`, for each answer that depends on the date (:func:`today` is the safe
    choice for a caller that does not).
    """
    day, _ = pinned()
    return day if day is not None else dt.date.today()


@contextlib.contextmanager
def pinned_by_option(value: str | None) -> Iterator[None]:
    """While open, ``--today VALUE`` pins "today" (None: the option is not given, nothing changes).  Kept in
    the environment, so that lint workers started by spawn see it too, and taken out again afterwards."""
    if value is None:
        yield
        return
    parse_day(value, "--today")
    before = os.environ.get(OPTION_VARIABLE)
    os.environ[OPTION_VARIABLE] = value.strip()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(OPTION_VARIABLE, None)
        else:
            os.environ[OPTION_VARIABLE] = before


def today() -> dt.date:
    """Today's date (see :func:`peek`); what is worked out from it holds on this day only."""
    day = peek()
    if _OPEN:
        holds(day, day)
    return day


#: The first and the last day as ordinals: a span of (FIRST, LAST) holds on every day.
FIRST, LAST = dt.date.min.toordinal(), dt.date.max.toordinal()

#: The spans of the watches open in this process, innermost last, each [first, last] as ordinals.
_OPEN: list[list[int]] = []


def holds(first: dt.date | None, last: dt.date | None) -> None:
    """Say that the answer just given holds from ``first`` to ``last`` (both included; None: no
    bound on that side) and perhaps not outside: every open watch narrows to those days."""
    low = first.toordinal() if first is not None else FIRST
    high = last.toordinal() if last is not None else LAST
    for span in _OPEN:
        if low > span[0]:
            span[0] = low
        if high < span[1]:
            span[1] = high


def steady(now: dt.date, answer: Callable[[dt.date], Any], first: dt.date | None = None,
           last: dt.date | None = None, reach: int = 62) -> None:
    """:func:`holds` for the days around ``now`` on which ``answer(day)`` is ``answer(now)``: each day is
    tried, out to ``reach`` days either side and never past ``first`` or ``last``.  For an answer that
    changes every few weeks (a message saying "14 months ago"), exact within its reach."""
    said = answer(now)
    low = high = now
    bottom, top = shifted(now, -reach), shifted(now, reach)
    bottom, top = max(bottom, first) if first is not None else bottom, min(top, last) if last is not None else top
    one = dt.timedelta(days=1)
    while low > bottom and answer(low - one) == said:
        low -= one
    while high < top and answer(high + one) == said:
        high += one
    holds(low, high)


def shifted(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, stopping at the first or the last day there is."""
    return dt.date.fromordinal(min(max(day.toordinal() + days, FIRST), LAST))


class Watch:
    """The days on which everything worked out from the date while it is open holds (see :func:`watch`)."""

    __slots__ = ("span",)

    def __init__(self) -> None:
        self.span = [FIRST, LAST]
        _OPEN.append(self.span)

    def close(self, *others: Iterable[tuple[int, int] | None]) -> tuple[int, int] | None:
        """Stop watching; the days the answers hold on, as (first, last) ordinals, narrowed to each
        span of ``others`` (None: every day), or None when they hold on every day."""
        for i in range(len(_OPEN) - 1, -1, -1):
            if _OPEN[i] is self.span:
                del _OPEN[i]
                break
        low, high = self.span
        for spans in others:
            for span in spans:
                if span is not None:
                    low, high = max(low, span[0]), min(high, span[1])
        return None if (low, high) == (FIRST, LAST) else (low, high)


def watch() -> Watch:
    """Start recording the days on which the answers worked out from the date hold; ``close()`` says."""
    return Watch()


def within(span: Any, day: dt.date) -> bool:
    """Whether ``span``, as :meth:`Watch.close` gave it (None, or two ordinals) holds on ``day``; a span
    that is neither holds on no day."""
    if span is None:
        return True
    return (isinstance(span, (list, tuple)) and len(span) == 2 and all(type(n) is int for n in span)
            and span[0] <= day.toordinal() <= span[1])
