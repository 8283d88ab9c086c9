"""`cxkit.api.lint(jobs=False)` is refused, not taken for every core (review83's gap, session 38).

Session 37 made `jobs=0` use a worker process per core, as `cxkit lint -j 0` does.  Python counts a bool as an
int, so `jobs=False` (a program's "no parallel work, please") became 0: every core, the opposite of what it
says; and `jobs=True` was 1, no worker process.  A bool is now a TypeError naming the argument, as any other
value of a type the signature does not take; NumPy's integers (anything with `__index__`) still count.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cxkit.lint.engine
from api_helpers import ws  # noqa: F401  (ws: the fixture)
from cxkit import api


class Count:
    """An integer that is no int, as NumPy's int64 is."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


@pytest.fixture
def jobs_run(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The ``jobs`` of each call of the lint engine."""
    seen: list[object] = []
    engine = cxkit.lint.engine.lint

    def counted(*args: object, **kwargs: object) -> object:
        seen.append(kwargs.get("jobs"))
        return engine(*args, **kwargs)

    monkeypatch.setattr(cxkit.lint.engine, "lint", counted)
    return seen


@pytest.mark.parametrize("value", [False, True])
def test_a_bool_for_jobs_is_a_type_error_and_nothing_is_linted(ws: Path, jobs_run: list[object], value: bool) -> None:
    with pytest.raises(TypeError, match=rf"^jobs: expected an int \(1: no worker process\) or None \(as many as the "
                                        rf"cores allow\), not bool \({value}\)$"):
        api.lint(["personas"], jobs=value)
    assert jobs_run == []  # before: False ran with jobs=None (every core), True with 1


@pytest.mark.parametrize(("value", "engine_jobs"), [(1, 1), (Count(1), 1), (0, None), (None, None), (Count(0), None)])
def test_integers_and_none_are_taken_as_before(ws: Path, jobs_run: list[object], monkeypatch, value, engine_jobs) -> None:
    """Guard: every integer type and None still reach the engine, 0 as every core (no other thread runs here)."""
    api.lint(["personas"], jobs=value)
    assert jobs_run == [engine_jobs]
