"""missing-sources (CX301): what the team says or knows is excused by a sample, not by any digit.

"Handlowcy mówią…" and "Wiedza naszych handlowców…" are the team's opinion unless the note counts what it
rests on. That was read as "the note holds a digit", so "raty 0%", "80% klientek", "z 2025 r." kept them
quiet. A sample is "n=…" or a number of conversations, interviews, tickets, notes, calls or the like.
"""

from __future__ import annotations

import pytest

from cx301_helpers import RETAIL, SAAS, lint

SHOPPER = dict(id="priya-groceries", name="Priya Shah", lang="en",
               summary="Nurse in Leeds who orders groceries online twice a week after night shifts.")


@pytest.mark.parametrize(("persona", "note", "said"), [
    (RETAIL, "Handlowcy mówią, że klientki pytają głównie o raty 0%", "Handlowcy mówią"),  # fail before
    (RETAIL, "Nasi handlowcy mówią, że raty na 10 miesięcy sprzedają się najlepiej", "Nasi handlowcy mówią"),
    (RETAIL, "Wiedza naszego zespołu sprzedaży z 2025 r.", "Wiedza naszego zespołu"),  # (these five)
    (RETAIL, "Handlowcy mówią, że klientki kupują za 2-3 tys. zł", "Handlowcy mówią"),
    (SAAS, "Feedback from our account managers, 2026 pipeline review", "Feedback from our account managers"),
])
def test_a_number_that_is_no_sample_does_not_excuse(tmp_path, monkeypatch, persona, note, said):
    found = lint(tmp_path, monkeypatch, persona, note)
    assert len(found) == 1, found
    assert f"is our own team's opinion, not research (its note says '{said}')" in found[0]["message"]
    assert (found[0]["line"], found[0]["column"]) == (10, 11)


@pytest.mark.parametrize(("persona", "note"), [
    (SHOPPER, "Feedback from our support team: 1,200 tickets tagged by topic"),  # guards: a sample
    (RETAIL, "Uwagi naszych handlowców z 40 rozmów z klientami"),
    (RETAIL, "Handlowcy mówią, że klientki chcą rat 0% (notatki z 60 rozmów)"),
    (SAAS, "Feedback from our account managers after 25 discovery calls"),
    (SAAS, "Feedback from our account managers (n=25)"),
    (RETAIL, "Uwagi naszych handlowców z 1 200 rozmów z klientkami w salonach"),
])
def test_a_sample_excuses(tmp_path, monkeypatch, persona, note):
    assert lint(tmp_path, monkeypatch, persona, note) == []
