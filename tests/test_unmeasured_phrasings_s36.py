"""unmeasured-opportunity (CX415): more ways to write that a stage has no metric ("brak mierników", "nie
wiemy", "jeszcze tego nie śledzimy", "do ustalenia z BI", "we don't track it", "none yet", "TBD with
analytics") are read as naming none, as "brak" and "not measured" were; a real metric never is ("NPS po
wdrożeniu", "czas odpowiedzi < 2 h", "Brak reklamacji w 30 dni"). A template leftover ("TBD") stays the
placeholder rule's where that rule is in force, and is this rule's where it is not."""

from __future__ import annotations

import pytest

from cxkit.api import lint_text

JOURNEY = {
    "pl": """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
lang: pl
reviewed: 2026-10-05
stages:
  - id: dostawa
    name: Dostawa
    emotion: -1
    pain_points: [Kurier nie dzwoni przed przyjazdem]
    metrics:
      - {metric}
    opportunities:
      - action: SMS z godziną doręczenia
        owner: Zespół logistyki
""",
    "en": """\
kind: journey
id: jane-buys-shoes
name: Jane buys running shoes
persona: jane-runner
lang: en
reviewed: 2026-10-05
stages:
  - id: delivery
    name: Delivery
    emotion: -1
    pain_points: [The courier never calls before arriving]
    metrics:
      - {metric}
    opportunities:
      - action: Text the delivery hour the evening before
        owner: Logistics team
""",
}


def _cx415(lang: str, metric: str, select: tuple[str, ...] = ("CX415",)) -> list[str]:
    text = JOURNEY[lang].replace("{metric}", metric)
    return [f.message for f in lint_text(text, select=list(select), baseline=False) if f.code == "CX415"]


NONE = [
    ("pl", "Brak mierników"), ("pl", "brak miernika"), ("pl", "Brak pomiarów na razie"), ("pl", "Nie wiemy"),
    ("pl", "Nie wiemy jeszcze"), ("pl", "Nie wiemy, jak to mierzyć"), ("pl", "Nie mierzymy"),
    ("pl", "Jeszcze tego nie śledzimy"), ("pl", "Nie mamy jeszcze mierników"), ("pl", "Do ustalenia"),
    ("pl", "Do ustalenia z działem BI"), ("pl", "Na razie brak wskaźników"),
    ("en", "We don't track it"), ("en", "We don\u2019t track it yet"), ("en", "we do not measure this"),
    ("en", "None yet"), ("en", "Nothing yet."), ("en", "Not tracked yet"), ("en", "No idea"),
    ("en", "TBD with analytics"), ("en", "To be defined after launch"), ("en", "We haven't decided"),
]


@pytest.mark.parametrize(("lang", "metric"), NONE, ids=[m for _, m in NONE])
def test_a_metric_that_says_there_is_none_leaves_the_fix_unmeasured(lang, metric):
    messages = _cx415(lang, metric)
    assert len(messages) == 1
    assert f"no metric ('{metric}' names none)" in messages[0]


REAL = [
    ("pl", "NPS po wdrożeniu"), ("pl", "Czas odpowiedzi < 2 h"), ("pl", "Brak reklamacji w 30 dni (dziś 4%)"),
    ("pl", "Liczba telefonów do BOK o status paczki tygodniowo"),
    ("pl", "Nie wiemy, ile osób porzuca koszyk – liczymy od marca w GA4"),
    ("en", "NPS after launch"), ("en", "Response time < 2 h"), ("en", "No-shows per week at the depot (now 6%)"),
    ("en", "Calls to support about parcel status per week"),
]


@pytest.mark.parametrize(("lang", "metric"), REAL, ids=[m for _, m in REAL])
def test_a_real_metric_is_not_read_as_none(lang, metric):
    assert _cx415(lang, metric) == []


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_tbd_is_the_placeholder_rules_where_it_is_in_force_and_this_rules_where_it_is_not(lang):
    both = ("CX415", "CX501")
    assert _cx415(lang, "TBD", both) == []  # one problem, told once: the placeholder rule says fill it in
    assert len(_cx415(lang, "TBD")) == 1  # the placeholder rule not selected: nobody else says it
    silenced = _cx415(lang, "TBD  # cxkit: disable=placeholder", both)
    assert len(silenced) == 1 and "no metric ('TBD' names none)" in silenced[0]
