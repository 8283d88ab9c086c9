"""Today's date, pinnable for reproducible runs."""

from __future__ import annotations

import datetime as dt
import os


def today() -> dt.date:
    """Today's date; ``CXKIT_TODAY=YYYY-MM-DD`` pins it (tests, reproducible CI runs)."""
    pinned = os.environ.get("CXKIT_TODAY")
    if pinned:
        try:
            return dt.date.fromisoformat(pinned)
        except ValueError:
            pass
    return dt.date.today()
