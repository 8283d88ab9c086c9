"""Pseudo-profiling's "home" phrase (8b95ef0d, tester48) reads a home, not any interior, decorating or
"home" word (review119, session 41).

"Loves decorating cakes for her kids' birthdays", "Likes decorating the office for Christmas", "Interested in
classic car interiors" and "Cares about home delivery" got the home's advice ("name what they did to their
home lately"), where nothing was reported before: decorating and interiors now name a home, and "home" after
"cares about" is hers ("Cares about her home"), not a delivery's or an insurance's. In Polish "Dba o wnętrza
hoteli jako kierowniczka", "Interesuje się aranżacją ogrodów" and "… wystrojem witryn sklepowych" got it too.
"""

from __future__ import annotations

import pytest

from cxkit.lint.vague import matcher


@pytest.mark.parametrize("trait", [
    "Loves decorating cakes for her kids' birthdays",
    "Enjoys decorating cakes",
    "Likes decorating the office for Christmas with her team",
    "Interested in classic car interiors",
    "Interested in car interiors, restores a Mini",
    "Cares about home delivery",
    "Cares about free home delivery slots",
    "Cares about home insurance",
])
def test_other_interiors_decorating_and_home_words_are_no_home_s41(trait) -> None:
    verdict = matcher().analyse(trait)
    assert "home" not in [m.entry.id for m in verdict.matches], verdict


@pytest.mark.parametrize("trait", [
    "Cares about her home", "Cares a lot about her flat", "Cares about the apartment", "Interested in interiors",
    "Loves decorating her flat", "Enjoys decorating her home", "She likes nice interiors",
    "Passionate about interior design", "Into home decor",
])
def test_a_home_s_interiors_and_decorating_stay_generic_s41(trait) -> None:
    verdict = matcher().analyse(trait)
    assert verdict.vague and "home" in [m.entry.id for m in verdict.matches], verdict


# Polish: interiors said as hers, arranging a home's interiors (review119): a hotel's interiors, a garden's
# arrangement and a shop window's decoration are no home.
@pytest.mark.parametrize("trait", [
    "Dba o wnętrza hoteli jako kierowniczka",
    "Interesuje się aranżacją ogrodów",
    "Interesuje się wystrojem witryn sklepowych",
])
def test_other_interiors_and_arrangements_are_no_home_pl_s41(trait) -> None:
    verdict = matcher().analyse(trait)
    assert "home" not in [m.entry.id for m in verdict.matches], verdict


@pytest.mark.parametrize("trait", [
    "Dba o swoje wnętrza", "Interesuje się od lat aranżacją wnętrz", "Interesuje się wnętrzarstwem",
    "Interesuje się wystrojem wnętrz", "interesuje sie wnetrzami",
])
def test_a_home_s_interiors_stay_generic_pl_s41(trait) -> None:
    verdict = matcher().analyse(trait)
    assert verdict.vague and "home" in [m.entry.id for m in verdict.matches], verdict
