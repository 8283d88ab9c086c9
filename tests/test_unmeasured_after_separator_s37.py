"""unmeasured-opportunity (CX415): words that name no metric, a separator, then a metric (session 37).

"Do ustalenia z BI, NPS po wdrożeniu" names NPS: the comma was read as more of "do ustalenia z …", and the
stage was reported as unmeasured.  After a comma, a slash or a hyphen between spaces (a semicolon, a colon
and a dash were already read so) words of their own name a metric; when, with whom or how it will be
decided, or more words that name none, still name none.
"""

from __future__ import annotations

import pytest

from cxkit.api import lint_text

JOURNEY = {
    "pl": """\
kind: journey
id: marek-zglasza-szkode
name: Marek zgłasza szkodę z OC sprawcy
persona: marek-kierowca
lang: pl
reviewed: 2026-10-05
stages:
  - id: likwidacja
    name: Likwidacja szkody
    emotion: -2
    pain_points: [Nikt nie mówi, na jakim etapie jest szkoda]
    metrics:
      - {metric}
    opportunities:
      - action: SMS z numerem szkody i nazwiskiem likwidatora po zgłoszeniu
        owner: Zespół likwidacji szkód
""",
    "en": """\
kind: journey
id: mark-reports-a-claim
name: Mark reports a motor claim
persona: mark-driver
lang: en
reviewed: 2026-10-05
stages:
  - id: claim
    name: Claim handling
    emotion: -2
    pain_points: [Nobody says where the claim stands]
    metrics:
      - {metric}
    opportunities:
      - action: Text the claim number and the handler's name after the report
        owner: Claims team
""",
}


def _cx415(lang: str, metric: str) -> list[str]:
    text = JOURNEY[lang].replace("{metric}", metric)
    return [f.message for f in lint_text(text, select="CX415", baseline=False) if f.code == "CX415"]


MEASURED = [
    ("pl", "Do ustalenia z BI, NPS po wdrożeniu"),
    ("pl", "Do ustalenia z BI / NPS po wdrożeniu"),
    ("pl", "Do ustalenia z BI - NPS po wdrożeniu"),
    ("pl", "Do ustalenia z BI; NPS po wdrożeniu"),
    ("pl", "Do ustalenia z BI – NPS po wdrożeniu"),
    ("pl", "Na razie brak wskaźników, liczba telefonów o status szkody"),
    ("en", "TBD with analytics, churn after the first claim"),
    ("en", "TBD with analytics / NPS after launch"),
    ("en", "To be decided - calls about claim status per week"),
]


@pytest.mark.parametrize(("lang", "metric"), MEASURED, ids=[m for _, m in MEASURED])
def test_a_metric_after_a_separator_is_a_metric(lang, metric):
    assert _cx415(lang, metric) == []


NAMES_NONE = [
    # an aside of when, with whom or how it will be decided, or more words that name none
    ("pl", "Do ustalenia z BI, po pilotażu"), ("pl", "Do ustalenia z BI, Q3"), ("pl", "Do ustalenia, 2027"),
    ("pl", "Nie wiemy, jak to mierzyć"), ("pl", "Brak, do ustalenia"), ("pl", "Do ustalenia z BI / brak danych"),
    ("pl", "Nie mierzymy, bo nie ma danych"),
    ("en", "TBD, with analytics"), ("en", "None yet, TBD with analytics"), ("en", "Not tracked - no idea"),
    # a slash or a hyphen inside a word joins: one team, one word
    ("pl", "Do ustalenia z BI/CX"), ("pl", "Do ustalenia z zespołem e-commerce"), ("en", "TBD with analytics/product"),
]


@pytest.mark.parametrize(("lang", "metric"), NAMES_NONE, ids=[m for _, m in NAMES_NONE])
def test_an_aside_after_a_separator_still_names_none(lang, metric):
    messages = _cx415(lang, metric)
    assert len(messages) == 1
    assert f"no metric ('{metric}' names none)" in messages[0]

