"""pseudo-profiling and negative-without-reasons agree with each other and with the method (session 34,
tester35's L-1, L-2, L-3): a negative persona's trigger that names an offer's terms is the answer the
method asks for; a reason pseudo-profiling calls generic does not quiet negative-without-reasons; a phrase
is quoted whole, not cut mid-phrase."""

from __future__ import annotations

import json

import pytest

from rule_helpers import run

FLIPPER = """\
kind: negative-persona
id: flipper
name: Grzegorz Flipper
lang: {lang}
reasons:
  - {reason}
purchase_triggers:
{triggers}
sources:
  - {{id: zwroty-2026, type: analytics, date: 2026-10-20, n: 412}}
reviewed: 2026-11-18
"""
PL_REASON = "Zamawia 6-10 identycznych krzeseł i zwraca niesprzedane po 28 dniach, co kosztuje nas 45 zł za odbiór"
EN_REASON = "Orders 6-10 identical chairs and returns the unsold ones after 28 days, costing £45 per collection"


@pytest.mark.parametrize(("lang", "reason", "trigger"), [
    ("pl", PL_REASON, "Wyprzedaż z darmowymi zwrotami"),
    ("pl", PL_REASON, "Darmowa dostawa"),
    ("en", EN_REASON, "A clearance sale with free returns"),
    ("en", EN_REASON, "Free delivery"),
])
def test_an_offers_terms_as_a_negative_personas_trigger_are_not_reported(tmp_path, monkeypatch, lang, reason, trigger):
    """Fails before: reported with advice for a pain point ("say what went wrong last time")."""
    text = FLIPPER.format(lang=lang, reason=reason, triggers=f"  - {trigger}")
    assert run(tmp_path, monkeypatch, {"n.yaml": text}, "pseudo-profiling") == []


@pytest.mark.parametrize(("lang", "reason", "trigger"), [
    ("pl", PL_REASON, "Dba o zdrowie"),
    ("en", EN_REASON, "Cares about health"),
])
def test_other_phrases_in_a_trigger_still_are(tmp_path, monkeypatch, lang, reason, trigger):
    """Guard."""
    text = FLIPPER.format(lang=lang, reason=reason, triggers=f"  - {trigger}")
    assert [f.line for f in run(tmp_path, monkeypatch, {"n.yaml": text}, "pseudo-profiling")] == [8]


def test_an_offers_terms_in_a_personas_trait_are_still_reported(tmp_path, monkeypatch):
    """Guard: only a negative persona's triggers answer "what makes them buy"."""
    text = ("kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\ngoals:\n  - Darmowa dostawa\n"
            "sources:\n  - {id: w, type: interview, date: 2026-10-01, n: 8}\nreviewed: 2026-11-01\n")
    assert [f.line for f in run(tmp_path, monkeypatch, {"p.yaml": text}, "pseudo-profiling")] == [6]


NEGATIVE = """\
kind: negative-persona
id: tani
name: {name}
lang: {lang}
reasons:
{reasons}
sources:
  - {{id: w, type: interview, date: 2026-10-01, n: 8}}
reviewed: 2026-11-01
"""


@pytest.mark.parametrize(("lang", "reasons", "quoted"), [
    ("en", ["Not interested in our products", "Price sensitive", "Does not value quality"],
     "'Not interested in our products'"),
    ("pl", ["Nie jest zainteresowany naszą ofertą", "Wrażliwy na cenę", "Nie dba o jakość"],
     "'Nie jest zainteresowany naszą ofertą'"),
])
def test_generic_reasons_do_not_quiet_negative_without_reasons(tmp_path, monkeypatch, lang, reasons, quoted):
    """Fails before: the two generic reasons counted as reasons that say why."""
    items = "\n".join(f"  - {r}" for r in reasons)
    text = NEGATIVE.format(name="Bargain Bob" if lang == "en" else "Tani Tomek", lang=lang, reasons=items)
    found = run(tmp_path, monkeypatch, {"n.yaml": text}, "negative-without-reasons")
    assert [(f.line, f.column) for f in found] == [(5, 1)]
    assert found[0].message == (
        f"the negative persona's reasons only say this person is not your audience ({quoted}); the others are "
        "generic; say why from research (price, a substitute, not eligible, too complicated, impulse buying, "
        "what stops them)")


def test_a_specific_reason_still_quiets_it(tmp_path, monkeypatch):
    """Guard."""
    items = "  - Not interested in our products\n  - Buys £20 earbuds at Argos; a £250 pair costs more than her phone"
    text = NEGATIVE.format(name="Bargain Bob", lang="en", reasons=items)
    assert run(tmp_path, monkeypatch, {"n.yaml": text}, "negative-without-reasons") == []


def test_generic_reasons_alone_are_left_to_pseudo_profiling(tmp_path, monkeypatch):
    """Guard: with no "not our audience" reason, the generic ones are pseudo-profiling's findings only."""
    text = NEGATIVE.format(name="Bargain Bob", lang="en", reasons="  - Price sensitive\n  - Does not value quality")
    assert run(tmp_path, monkeypatch, {"n.yaml": text}, "negative-without-reasons") == []


@pytest.mark.parametrize(("trait", "quoted"), [
    ("Leads an active lifestyle", "Leads an active lifestyle"),
    ("Likes premium brands", "Likes premium brands"),
    ("Busy professional", "Busy professional"),
    ("Ceni markowe produkty", "Ceni markowe produkty"),
    ("Tech-savvy shopper", "Tech-savvy shopper"),
    ("Wants to save time", "save time"),
])
def test_a_phrase_is_quoted_whole(tmp_path, monkeypatch, trait, quoted):
    """Each fails before but the guard "save time": "Leads an active", "Likes premium", "Busy", "Ceni markowe",
    "Tech-savvy"."""
    text = ("kind: persona\nid: ola\nname: Ola Nowak\nlang: en\nbehaviours:\n  - " + json.dumps(trait, ensure_ascii=False)
            + "\nsources:\n  - {id: w, type: interview, date: 2026-10-01, n: 8}\nreviewed: 2026-11-01\n")
    found = run(tmp_path, monkeypatch, {"p.yaml": text}, "pseudo-profiling")
    assert [f.message.split(" describes")[0] for f in found] == [f'"{quoted}"']


def test_two_phrases_of_one_clause_are_quoted_each(tmp_path, monkeypatch):
    """Guard: the whole clause would hide that two phrases are in it."""
    text = ("kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\nbehaviours:\n  - Dba o zdrowie i ceni jakość\n"
            "sources:\n  - {id: w, type: interview, date: 2026-10-01, n: 8}\nreviewed: 2026-11-01\n")
    found = run(tmp_path, monkeypatch, {"p.yaml": text}, "pseudo-profiling")
    assert found[0].message.startswith('"Dba o zdrowie", "ceni jakość" describe almost anyone')


@pytest.mark.parametrize(("field", "value", "start"), [
    ("location", "miasto powyżej 500 tys. mieszkańców",
     'location "miasto powyżej 500 tys. mieszkańców" is a category ("miasto powyżej 500 tys. mieszkańców"), not a place'),
    ("income", "powyżej średniej krajowej", 'income "powyżej średniej krajowej" is a judgement, not a figure'),
    ("income", "Above average", 'income "Above average" is a judgement, not a figure'),
])
def test_a_demographic_is_quoted_whole(tmp_path, monkeypatch, field, value, start):
    """Each fails before: "miasto powyżej 500", ("średniej"), ("Above")."""
    text = (f"kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\ndemographics:\n  {field}: {value}\n"
            "goals:\n  - Kupić rower elektryczny do 6 000 zł do dojazdów na Jeżyce\n"
            "sources:\n  - {id: w, type: interview, date: 2026-10-01, n: 8}\nreviewed: 2026-11-01\n")
    found = run(tmp_path, monkeypatch, {"p.yaml": text}, "pseudo-profiling")
    assert [f.message[:len(start)] for f in found] == [start]
