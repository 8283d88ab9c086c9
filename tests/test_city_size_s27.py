"""pseudo-profiling (CX101): a city named by its size ("Mieszka w mieście powyżej 500 tys.
mieszkańców", "Lives in a city of 1M+ people") is the big-city template; the size's own number is no
detail, as an age band's is not. A number that says something else still rescues."""

from __future__ import annotations

import pytest

from trait_helpers import one_trait_persona as _persona


@pytest.mark.parametrize(("lang", "trait"), [
    ("pl", "Mieszka w mieście powyżej 500 tys. mieszkańców"),
    ("pl", "Mieszka w mieście do 50 tys. mieszkańców"),
    ("pl", "Mieszka w mieście powyżej 100 tys."),
    ("pl", "Mieszka w miescie powyzej 500 tys. mieszkancow"),
    ("en", "Lives in a city of 1M+ people"),
    ("en", "A city of over 500,000 people"),
    ("en", "Based in a city of over 500,000 people"),
    ("en", "Lives in a big city of 2.1 million people"),
    ("en", "Lives in a city of 200k"),
])
def test_a_city_size_is_no_detail(write, lint_json, lang, trait):
    write("personas/p.yaml", _persona(lang, trait))
    found = lint_json(".", select="pseudo-profiling").findings
    assert [(f["code"], f["line"]) for f in found] == [("CX101", 6)]


@pytest.mark.parametrize(("lang", "trait"), [
    ("pl", "Mieszka w mieście powyżej 500 tys. mieszkańców, 12 km od biura, dojeżdża tramwajem"),
    ("pl", "Mieszka w dużym mieście, 12 km od pracy"),
    ("pl", "Mieszka w dużym mieście od 2019 roku"),
    ("pl", "Mieszka w mieście wojewódzkim, 400 m od Biedronki"),
    ("pl", "Dojezdza rowerem 12 km do pracy w centrum Poznania"),
    ("en", "Lives in a city of 1M+ people, 20 minutes by tram from the office"),
    ("en", "Lives in a city with 3 Tesco stores within 10 minutes"),
])
def test_a_number_of_its_own_still_rescues(write, lint_json, lang, trait):
    write("personas/p.yaml", _persona(lang, trait))
    assert lint_json(".", select="pseudo-profiling").findings == []
