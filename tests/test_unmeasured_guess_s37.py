"""unmeasured-opportunity (CX415): who is still to decide the metric, after words that name none (review of
session 37's cf5fe54e).

cf5fe54e read any part after "do ustalenia", "TBD", "brak" and a separator as a metric unless it opened
with a word of when, with whom or how: so "TBD, ask Kasia in BI", "Brak, trzeba ustalić z BI", "Brak,
nikt nie mierzy" were read as measured.  A person still to ask is no metric.  A guess names its metric, as
session 36 decided ("może NPS po dostawie", test_unmeasured_named_after_s36).
"""

from __future__ import annotations

import pytest

from test_unmeasured_after_separator_s37 import _cx415

NAMES_NONE = [
    ("pl", "Do ustalenia, zapytać Kasię z BI"), ("pl", "Brak, trzeba ustalić z BI"), ("pl", "Nie wiemy, zapytamy BI"),
    ("pl", "Brak, nikt nie mierzy"), ("pl", "Brak - ktoś musi to ustalić"),
    ("en", "TBD, ask Kasia in BI"),
    ("en", "TBD, need to agree with BI"), ("en", "TBD, pending BI"), ("en", "None, nobody measures it"),
]


@pytest.mark.parametrize(("lang", "metric"), NAMES_NONE, ids=[m for _, m in NAMES_NONE])
def test_someone_to_ask_names_no_metric(lang, metric):
    messages = _cx415(lang, metric)
    assert len(messages) == 1
    assert f"no metric ('{metric}' names none)" in messages[0]


MEASURED = [
    ("pl", "Do ustalenia z BI, NPS po wdrożeniu"), ("pl", "Brak - czas obsługi zgłoszenia"),
    ("pl", "Nie mierzymy; liczba reklamacji po wdrożeniu"), ("pl", "Do ustalenia, odsetek zgłoszeń online"),
    ("en", "TBD / churn after the first claim"), ("en", "Not measured, share of online claims"),
    # a guess names its metric (session 36)
    ("pl", "Do ustalenia, może NPS po dostawie"), ("en", "TBD, probably churn after the first claim"),
]


@pytest.mark.parametrize(("lang", "metric"), MEASURED, ids=[m for _, m in MEASURED])
def test_a_metric_after_the_separator_is_still_a_metric(lang, metric):
    assert _cx415(lang, metric) == []
