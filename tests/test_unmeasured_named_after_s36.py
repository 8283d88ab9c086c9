"""unmeasured-opportunity (CX415): a metric named after "to be decided" words and a colon or a dash ("Do
ustalenia po pilotażu: czas obsługi zgłoszenia", "TBD with analytics – churn") names what is counted, and
the fix it watches is not reported as unmeasured; the words alone still name none (review79)."""

from __future__ import annotations

import pytest

from cxkit.api import lint_text
from test_unmeasured_phrasings_s36 import JOURNEY


def _cx415(lang: str, metric: str) -> list[str]:
    text = JOURNEY[lang].replace("{metric}", '"' + metric + '"')
    return [f.message for f in lint_text(text, select=["CX415"], baseline=False) if f.code == "CX415"]


NAMED = [
    ("pl", "Do ustalenia po pilotażu: czas obsługi zgłoszenia"),
    ("pl", "Do ustalenia z BI – liczba telefonów do BOK o status paczki"),
    ("pl", "Nie wiemy, jak to mierzyć — może NPS po dostawie"),
    ("en", "TBD with analytics: share of deliveries in the promised hour"),
    ("en", "TBD after the pilot – calls about parcel status per week"),
    ("en", "We don't know how yet: maybe NPS after delivery"),
]


@pytest.mark.parametrize(("lang", "metric"), NAMED, ids=[m for _, m in NAMED])
def test_a_metric_named_after_to_be_decided_words_is_a_metric(lang, metric):
    assert _cx415(lang, metric) == []


NONE = [
    ("pl", "Do ustalenia po pilotażu"), ("pl", "Do ustalenia z działem BI i zespołem CX"),
    ("pl", "Nie wiemy, jak to mierzyć"), ("en", "TBD with analytics"), ("en", "TBD by the analytics team"),
    ("en", "We don't know how to measure it"),
]


@pytest.mark.parametrize(("lang", "metric"), NONE, ids=[m for _, m in NONE])
def test_the_words_alone_still_name_none(lang, metric):
    messages = _cx415(lang, metric)
    assert len(messages) == 1 and f"('{metric}' names none)" in messages[0]
