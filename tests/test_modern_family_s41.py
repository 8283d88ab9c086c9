"""Pseudo-profiling's "early adopter" idea (8b95ef0d) read "modern family": a persona who "Rewatches Modern
Family with her husband" (a TV show, a concrete habit) was told she describes almost anyone, where nothing
was reported before.  "Modern" beside a person ("a modern mum", "modern parents") stays generic."""

from __future__ import annotations

import pytest

from cxkit.lint.vague import matcher


@pytest.mark.parametrize("trait", [
    "Rewatches Modern Family with her husband on Friday nights",
    "Watches Modern Family reruns on Comedy Central while ironing",
])
def test_a_tv_show_named_modern_family_is_no_modern_person_s41(trait) -> None:
    verdict = matcher().analyse(trait)
    assert "early-adopter" not in [m.entry.id for m in verdict.matches], verdict
    assert not verdict.vague, verdict


@pytest.mark.parametrize("trait", ["Is a modern mum", "Modern parents", "A modern woman", "Early adopter"])
def test_modern_beside_a_person_stays_generic_s41(trait) -> None:
    verdict = matcher().analyse(trait)
    assert verdict.vague, verdict
