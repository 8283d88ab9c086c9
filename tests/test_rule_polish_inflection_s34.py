"""A rule asked for by an inflected Polish title, and every word of it counting (session 34).

The Polish-title hint (6dbe141) says it handles inflection, yet its tests used only the titles' own
forms: a match of whole words only, or a lookup that took a rule when any one word matched, passed
them.  Here a team types the title as a Polish sentence has it ("pozornego profilowania", "braku
źródeł", "punktów styku"), and two words from two rules' titles name neither.
"""

from __future__ import annotations

import pytest

from conftest import run_cli


@pytest.mark.parametrize(("asked", "hint"), [
    ("pozornego profilowania", "'pseudo-profiling' (CX101)"),
    ("braku źródeł", "'missing-sources' (CX301)"),
    ("punktów styku", "'stage-without-touchpoints' (CX402)"),
    ("Pozornego-Profilowania", "'pseudo-profiling' (CX101)"),
])
def test_an_inflected_polish_title_finds_the_rule(asked, hint):
    result = run_cli("rule", asked)
    assert result.exit_code == 2 and result.exception is None
    assert f"rule names are English: did you mean {hint}?" in result.stderr


def test_every_word_asked_for_must_be_in_one_title():
    result = run_cli("rule", "emocje styku")  # one word of CX401's title, one of CX402's
    assert result.exit_code == 2
    assert "did you mean" not in result.stderr and "`cxkit rules` lists them" in result.stderr
