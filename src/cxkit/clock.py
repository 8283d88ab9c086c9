"""Today's date, pinnable for reproducible runs."""

from __future__ import annotations

import datetime as dt
import os
import re


class ClockError(ValueError):
    """``CXKIT_TODAY`` holds something that is not a date."""


def today() -> dt.date:
    """Today's date; ``CXKIT_TODAY=YYYY-MM-DD`` pins it (tests, reproducible CI runs).

    A pin that is not a date raises :class:`ClockError`: a run meant to be reproducible
    must not quietly use the real date.
    """
    pinned = os.environ.get("CXKIT_TODAY")
    if pinned:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pinned.strip()):
                raise ValueError(pinned)  # fromisoformat also takes 20261101 and 2026-W45-1
            return dt.date.fromisoformat(pinned.strip())
        except ValueError:
            raise ClockError(f"CXKIT_TODAY={pinned!r} is not a date; write it as YYYY-MM-DD (e.g. 2026-11-23), or unset it") from None
    return dt.date.today()
