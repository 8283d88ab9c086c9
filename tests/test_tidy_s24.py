"""Session 24 tidy-ups of read-through 23 (RT23-9, -10, -11, -12, -14): behaviour kept, except the note
of a journey edited on its way out of the workspace (RT23-10) and a single page's headings (RT23-12)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from cxkit.lint.vague import matcher  # noqa: E402


# --- RT23-9: the generation exception asks what rescued a trait, not how the answer is worded ---------------

@pytest.mark.parametrize(("generation", "plain", "named"), [
    ("Jako milenials żyje na TikToku", "Ceni jakość, żyje na TikToku", "a named channel or brand ('TikToku')"),
    ("Jako milenials zamawia na www.sklepbiegacza.pl", "Ceni jakość i zamawia na www.sklepbiegacza.pl",
     "a named channel ('www.sklepbiegacza.pl')"),
    ("As a Gen Z, he reads reviews on whichbike.co.uk", "Values quality and reads reviews on whichbike.co.uk",
     "a named channel ('whichbike.co.uk')"),
    ("Jako milenials obserwuje @maffashion_official", "Values quality and follows @maffashion_official",
     "a named channel ('@maffashion_official')"),
    ("As a millennial she lives in Leeds", "Values quality and lives in Leeds", "a named place, brand or person ('Leeds')"),
])
def test_every_named_answer_beside_a_generation_is_its_stereotype(generation: str, plain: str, named: str) -> None:
    """Guard: each of the four named answers of `_rescue` (a brand, a web address, a host or an account,
    a place) is overruled by a generation's label, and rescues, worded as before, beside another phrase."""
    m = matcher()
    verdict = m.analyse(generation)
    assert verdict.vague and "generation" in [x.entry.id for x in verdict.matches], verdict
    verdict = m.analyse(plain)
    assert not verdict.vague and verdict.rescue == named, verdict


@pytest.mark.parametrize(("text", "rescue"), [
    ("Millennial, orders groceries on Ocado every Sunday", "a frequency ('every Sunday')"),
    ("Jako milenials zamawia na www.zalando.pl dwa razy w miesiącu", "a number ('dwa')"),
])
def test_what_the_person_does_there_still_rescues(text: str, rescue: str) -> None:
    """Guard: beside a generation, how often or how much still rescues the trait."""
    verdict = matcher().analyse(text)
    assert not verdict.vague and verdict.rescue == rescue, verdict
