"""diff's order of a stage's metrics and opportunities (881ffe72) is render's: written in diff/formats.py
as a constant, so that the git diff driver does not import render.content (which builds the document
models: test_startup_models_s39), and held to render's journey rows here."""

from __future__ import annotations

from cxkit.diff.formats import STAGE_RANK
from cxkit.render.content import JOURNEY_ROWS


def test_diff_orders_metrics_and_opportunities_as_render_does_s41() -> None:
    assert sorted(STAGE_RANK, key=STAGE_RANK.get) == sorted(STAGE_RANK, key=JOURNEY_ROWS.index)
