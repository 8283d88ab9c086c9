"""journey-ends-at-purchase (CX405): the next step in a feminine nominative in "-a" is no second thing bought
(session 39, review of c5519f18).

c5519f18 read any word in "-a" after "i", beside a first thing in "-a", as a masculine or neuter genitive
(a second thing bought, "Zakup laptopa i plecaka") unless a closed list of next steps named it.  A feminine
noun in the nominative, the usual name of what follows a purchase, is an open class: "Zakup mieszkania i
wprowadzka" or "i parapetówka" (the journey goes past the purchase) was told it ends at the purchase.  Only
the endings of a masculine genitive of a thing ("plecaka", "fotelika", "monitora", "routera") are read so now.
"""

from __future__ import annotations

import pytest

from purchase_helpers import assert_ends_at_last_stage, journey_ending_at, last_stage

#: A flat buyer's journey; the last stage (`id: k`) is the one under test.
JOURNEY = journey_ending_at("pierwsze-mieszkanie", "Marta i Tomek kupują pierwsze mieszkanie",
                            "marta-pierwsze-mieszkanie", "szukanie", "Szukanie ogłoszeń na Otodom i oglądanie mieszkań",
                            "otodom.pl, pośrednik", "kancelaria notarialna")


def ends(tmp_path, monkeypatch, name: str):
    return last_stage(tmp_path, monkeypatch, name, "pl", JOURNEY)


NEXT_STEPS = [
    "Zakup mieszkania i wprowadzka", "Zakup mieszkania i parapetówka dla znajomych",
    "Zakup mieszkania i wykończeniówka", "Zakup mieszkania i budowa garażu", "Zakup auta i droga do domu",
    "Zakup auta i trasa do Gdańska", "Zakup mieszkania i księga wieczysta", "Zakup laptopa i nowa praca",
]


@pytest.mark.parametrize("name", NEXT_STEPS)
def test_a_next_step_in_the_nominative_is_past_the_purchase_s39(tmp_path, monkeypatch, name):
    _text, found = ends(tmp_path, monkeypatch, name)
    assert found == []


BOUGHT = [
    "Zakup laptopa i plecaka", "Zakup auta i fotelika", "Zakup laptopa i monitora", "Zakup mieszkania i fotela",
    "Zakup laptopa i routera",
]


@pytest.mark.parametrize("name", BOUGHT)
def test_a_masculine_genitive_is_still_a_second_thing_bought_s39(tmp_path, monkeypatch, name):
    text, found = ends(tmp_path, monkeypatch, name)
    assert_ends_at_last_stage(text, found, name)
