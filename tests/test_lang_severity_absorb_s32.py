"""lang-contradicts-text (CX602) stands for a journey's per-stage language-mismatch (CX601) findings
only when it is reported at their severity or above.

A journey wholly in the other language gets one CX602 on its `lang` instead of a CX601 on each stage.
A team that set CX602 to `info` (to keep it out of CI's failures) thereby also quieted the stage
warnings, which then never came: with CX602 below CX601's severity, or off, the stage findings are
reported beside it.
"""

from __future__ import annotations

import pytest

from test_lang_contradicts_stale_comment_s31 import JOURNEY, _codes

STAGES = [(8, "CX601"), (14, "CX601"), (20, "CX601")]


@pytest.fixture
def journey(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")

    def codes(config: str) -> list[tuple[int, str]]:
        (tmp_path / "cxkit.toml").write_text(config, encoding="utf-8")
        return _codes(tmp_path, monkeypatch, JOURNEY.format(top="", comment=""))

    return codes


@pytest.mark.parametrize("config", [
    '[rules.lang-contradicts-text]\nseverity = "info"\n',
    '[rules.CX602]\nseverity = "info"\n',
    '[rules.language-mismatch]\nseverity = "error"\n',
])
def test_cx602_below_cx601s_severity_brings_the_stage_findings_back(journey, config):
    assert journey(config) == [(4, "CX602"), *STAGES]


@pytest.mark.parametrize("config", [
    "",
    '[rules.language-mismatch]\nseverity = "info"\n',
    '[rules.lang-contradicts-text]\nseverity = "error"\n',
    '[rules.lang-contradicts-text]\nseverity = "error"\n[rules.language-mismatch]\nseverity = "error"\n',
])
def test_cx602_at_cx601s_severity_or_above_still_stands_for_them(journey, config):
    """Guard: the one finding on `lang`, as before."""
    assert journey(config) == [(4, "CX602")]

