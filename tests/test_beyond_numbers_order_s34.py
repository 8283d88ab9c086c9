"""trait-overlap's search past numbers reads each block's candidates in pool order: of two persona
traits a negative trait matches equally well, the earlier one is named, also when an earlier query
put the later trait in the block's queue first (review of the block-at-a-time search, #7)."""

import pytest

from cxkit.lint.rules import personas
from cxkit.lint.rules.personas import _beyond_numbers
from cxkit.lint.textnorm import normalise
from test_rules_personas import _scan_beyond_numbers

# (earlier persona trait, later persona trait, query that meets only the later one, query that meets
# both with one word changed).  The first query queues the later trait before the second query
# queues the earlier one.
_CASES = {
    "pl": (
        "Zamawia kawę ziarnistą z palarni w Krakowie wtorkami",
        "Zamawia kawę ziarnistą z palarni w Krakowie Allegro",
        "Zamawia kawę mieloną z palarni w Krakowie Allegro",
        "Zamawia kawę ziarnistą z palarni w Krakowie miesięcznie",
    ),
    "en": (
        "Orders single-origin coffee beans from Bristol roasters fortnightly",
        "Orders single-origin coffee beans from Bristol roasters online",
        "Orders single-origin ground coffee from Bristol roasters online",
        "Orders single-origin coffee beans from Bristol roasters monthly",
    ),
}


@pytest.mark.parametrize("lang", sorted(_CASES))
@pytest.mark.parametrize("block", [1, 2, 4096])
def test_of_equally_close_persona_traits_the_earlier_is_named(lang, block, monkeypatch):
    monkeypatch.setattr(personas, "_POOL_BLOCK", block)
    earlier, later, only_later, both = map(normalise, _CASES[lang])
    pool = ["", earlier, later]  # an empty trait first: places, not texts, are what is named
    queries = [only_later, both]
    expected = _scan_beyond_numbers(pool, queries, 0.8)
    assert expected == {only_later: 2, both: 1}
    assert _beyond_numbers(pool, queries, 0.8) == expected
