"""Negative personas and sources, from tester13's measurement of the rules (H1, H3, H4, M6, L2):
mirrored-negative-persona (CX204) counts substitutes and triggers as reasons of their own;
negative-without-reasons (CX202) reports reasons that only say "not a customer"; missing-sources
(CX301) reports a persona a chatbot wrote and the board's imagination; unknown-source (CX302)
says how to fix a citation."""

from __future__ import annotations

from mirrored_helpers import MARTA_KARMA as MARTA, PRIYA_OPS as PRIYA
from rule_helpers import pos, run, where

# --- mirrored-negative-persona: substitutes and triggers are reasons of their own (H1) -----------

ZENON = """\
kind: negative-persona
id: neg-subst
name: Pan Zenon
lang: pl
reasons:
  - Nie kupuje karmy Brit Care w subskrypcji sklepu Psiarnia
  - Nie płaci BLIK-iem w aplikacji sklepu
  - Worek 12 kg za 180 zł to dla niego dwa tygodnie emerytury
substitutes:
  - Karma Chappi 10 kg z Biedronki za 69 zł
  - Resztki z obiadu i kości od rzeźnika z targu w Oleśnicy
abandon_triggers:
  - Każda płatność inna niż gotówka przy odbiorze
sources:
  - {id: ank-zenon, type: survey, date: 2026-09-10, n: 88}
"""

GARY = """\
kind: negative-persona
id: spreadsheet-gary
name: Gary Holt
lang: en
reasons:
  - Doesn't read reviews on G2 before a software purchase
  - Never books a demo with vendors
  - £9 per seat for 40 warehouse staff is more than his whole IT budget
substitutes:
  - A shared Excel file on the office NAS
  - Paper timesheets his foreman types up on Fridays
purchase_triggers:
  - An HMRC audit that finds missing overtime records
sources:
  - {id: lost-deals, type: sales-data, date: 2026-09-10, n: 140}
"""


def test_substitutes_and_a_trigger_beside_two_denials_are_no_mirror_pl(tmp_path, monkeypatch):
    # Fails before: only `reasons` were read, and 2 of 3 reasons deny Marta's traits.
    found = run(tmp_path, monkeypatch, {"personas/marta.yaml": MARTA, "personas/zenon.yaml": ZENON},
                "mirrored-negative-persona")
    assert found == []


def test_substitutes_and_a_trigger_beside_two_denials_are_no_mirror_en(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/priya.yaml": PRIYA, "personas/gary.yaml": GARY},
                "mirrored-negative-persona")
    assert found == []


def test_a_substitute_that_repeats_the_persona_says_nothing_of_its_own_pl(tmp_path, monkeypatch):
    # Guard: a "substitute" copied from the persona and a denied trigger are still the mirror.
    mirror = ZENON.replace(
        "  - Worek 12 kg za 180 zł to dla niego dwa tygodnie emerytury\n", "",
    ).replace(
        "  - Karma Chappi 10 kg z Biedronki za 69 zł\n"
        "  - Resztki z obiadu i kości od rzeźnika z targu w Oleśnicy\n",
        "  - Zamawia przed 14:00, żeby paczka przyszła przed weekendem\n",
    ).replace("  - Każda płatność inna niż gotówka przy odbiorze\n", "  - Nie płaci BLIK-iem w piątek wieczorem\n")
    found = run(tmp_path, monkeypatch, {"personas/marta.yaml": MARTA, "personas/zenon.yaml": mirror},
                "mirrored-negative-persona")
    assert [where(f) for f in found] == [("personas/zenon.yaml", *pos(mirror, "neg-subst"))]
    # It has substitutes and what makes it quit: the advice asks for the rest only.
    assert found[0].message.endswith(
        "say from research why this person does not buy or use it: price, too complicated, impulse buying"
    )


def test_one_substitute_beside_a_mirror_is_still_a_mirror_en(tmp_path, monkeypatch):
    mirror = GARY.replace("  - £9 per seat for 40 warehouse staff is more than his whole IT budget\n", "").replace(
        "  - Paper timesheets his foreman types up on Fridays\n", "").replace(
        "purchase_triggers:\n  - An HMRC audit that finds missing overtime records\n", "")
    found = run(tmp_path, monkeypatch, {"personas/priya.yaml": PRIYA, "personas/gary.yaml": mirror},
                "mirrored-negative-persona")
    assert [where(f) for f in found] == [("personas/gary.yaml", *pos(mirror, "spreadsheet-gary"))]
    assert "2 of its 2 reasons deny or repeat its traits" in found[0].message
    assert found[0].message.endswith(
        "say from research why this person does not buy or use it: price, too complicated, impulse buying, what makes them quit"
    )


# --- negative-without-reasons: reasons that only say "not a customer" (H4) ----------------------

TAUT_EN = """\
kind: negative-persona
id: neg-tautology
name: Not our customer
lang: en
reasons:
  - Not our target group
  - Doesn't fit our ideal customer profile
  - Is not interested in our product
sources:
  - {id: crm-lost, type: sales-data, date: 2026-09-01, n: 300}
"""

TAUT_PL = """\
kind: negative-persona
id: nie-nasz-klient
name: Nie nasz klient
lang: pl
reasons:
  - Nie jest naszą grupą docelową
  - Nie pasuje do profilu idealnego klienta
  - Nie interesuje się naszą ofertą
sources:
  - {id: crm-utracone, type: sales-data, date: 2026-09-01, n: 300}
"""


def test_reasons_that_only_say_not_a_customer_are_reported_en(tmp_path, monkeypatch):
    # Fails before: any reason satisfied the rule.
    found = run(tmp_path, monkeypatch, {"personas/neg.yaml": TAUT_EN}, "negative-without-reasons")
    assert [where(f) for f in found] == [("personas/neg.yaml", *pos(TAUT_EN, "reasons"))]
    assert found[0].message == (
        "the negative persona's reasons only say this person is not your audience ('Not our target group' and the "
        "like); say why from research (price, a substitute, not eligible, too complicated, impulse buying, what "
        "stops them)"
    )


def test_reasons_that_only_say_not_a_customer_are_reported_pl(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/neg.yaml": TAUT_PL}, "negative-without-reasons")
    assert [where(f) for f in found] == [("personas/neg.yaml", *pos(TAUT_PL, "reasons"))]
    assert "('Nie jest naszą grupą docelową' and the like)" in found[0].message


def test_one_reason_of_its_own_is_enough_pl(tmp_path, monkeypatch):
    # Guard: a tautology beside a reason from research is no finding.
    text = TAUT_PL.replace("  - Nie interesuje się naszą ofertą\n",
                           "  - Na karmę wydaje 60 zł miesięcznie; worek 12 kg za 180 zł to dla niego absurd\n")
    assert run(tmp_path, monkeypatch, {"personas/neg.yaml": text}, "negative-without-reasons") == []


def test_researched_reasons_that_name_the_product_are_no_tautology_en(tmp_path, monkeypatch):
    # Guard: reasons that use the words of the list and say something besides.
    text = TAUT_EN.replace(
        "  - Not our target group\n  - Doesn't fit our ideal customer profile\n  - Is not interested in our product\n",
        "  - Doesn't need our product - 3 vans fit in one spreadsheet\n"
        "  - Buys fuel only at the Tesco next to the depot, paying cash\n",
    )
    assert run(tmp_path, monkeypatch, {"personas/neg.yaml": text}, "negative-without-reasons") == []
    # One tautology is reported as well: the rule asks for a why, and it gives none.
    one = TAUT_EN.replace("  - Doesn't fit our ideal customer profile\n  - Is not interested in our product\n", "")
    found = run(tmp_path, monkeypatch, {"personas/one.yaml": one}, "negative-without-reasons")
    assert [f.message.split(";")[0] for f in found if f.path == "personas/one.yaml"] == [
        "the negative persona's reasons only say this person is not your audience ('Not our target group')"
    ]


# --- missing-sources: a persona a language model wrote, the board's imagination, our CEO (H3, M6) -

def _persona(lang: str, source: str) -> str:
    goal = ("Move 3 200 patient records to a new system without losing recall dates" if lang == "en"
            else "Zamknąć miesiąc do 5. dnia roboczego bez nadgodzin")
    return f"kind: persona\nid: oliver-grant\nname: Oliver Grant\nlang: {lang}\ngoals:\n  - {goal}\nsources:\n{source}"


GPT_EN = "  - id: gpt\n    type: other\n    note: Persona generated with ChatGPT from the prompt 'typical UK dental practice manager'\n"
GPT_PL = "  - id: ai\n    type: other\n    note: Persona wygenerowana przez AI na podstawie opisu produktu\n"


def test_a_persona_a_chatbot_wrote_is_no_research_en(tmp_path, monkeypatch):
    # Fails before: "generated with ChatGPT" was no word of assumption.
    text = _persona("en", GPT_EN)
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": text}, "missing-sources")
    assert [where(f) for f in found] == [("personas/p.yaml", *pos(text, "Persona generated"))]
    assert found[0].message == (
        "source 'gpt' was written by a language model, not drawn from research (its note says 'generated with "
        "ChatGPT'), and this persona has no other source; list the interviews, surveys or data it comes from"
    )


def test_a_persona_a_chatbot_wrote_is_no_research_pl(tmp_path, monkeypatch):
    text = _persona("pl", GPT_PL + "  - {id: wywiady, type: interview, date: 2026-09-01, n: 8}\n")
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": text}, "missing-sources")
    assert [where(f) for f in found] == [("personas/p.yaml", *pos(text, "Persona wygenerowana"))]
    assert found[0].message == (
        "source 'ai' was written by a language model, not drawn from research (its note says 'wygenerowana przez AI'); "
        "leave it out of `sources`, or test it in interviews or data and cite those"
    )


def test_research_a_model_only_worked_on_or_research_about_models_is_research(tmp_path, monkeypatch):
    # Guards: a model that transcribed or summarised interviews, a report about chatbots, a tested hypothesis.
    sources = (
        "  - {id: a, type: other, note: Podsumowanie 12 wywiadów wygenerowane przez ChatGPT}\n"
        "  - {id: b, type: other, note: Transcripts generated by AI from 14 customer calls}\n"
        "  - {id: c, type: desk-research, note: 'Raport Gemius: jak Polacy używają ChatGPT przy zakupach'}\n"
        "  - {id: d, type: desk-research, note: Report on how shoppers use generative AI (Adobe 2026)}\n"
        "  - {id: e, type: other, note: GPT-generated hypotheses tested in 12 interviews}\n"
    )
    assert run(tmp_path, monkeypatch, {"personas/p.yaml": _persona("en", sources)}, "missing-sources") == []


def test_the_boards_imagination_and_an_interview_with_our_ceo_are_no_research_pl(tmp_path, monkeypatch):
    # Fail before: "wyobrażenie" was no word of assumption, and interviews were always research.
    board = "  - id: s-board\n    type: other\n    note: Wyobrażenie zarządu o idealnym kliencie, spisane na offsite\n"
    ceo = ("  - id: rozmowa-prezes\n    type: interview\n    date: 2026-09-01\n    n: 1\n"
           "    note: Rozmowa z naszym prezesem o tym, jak wyobraża sobie klientów\n")
    text = _persona("pl", board + ceo)
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": text}, "missing-sources")
    assert [(where(f), f.message.split(", and this")[0]) for f in found] == [
        (("personas/p.yaml", *pos(text, "Wyobrażenie")),
         "source 's-board' is an assumption, not research (its note says 'Wyobrażenie')"),
        (("personas/p.yaml", *pos(text, "Rozmowa z naszym")),
         "source 'rozmowa-prezes' asks our own organisation, not the people it serves (its note says 'z naszym prezesem')"),
    ]


def test_an_interview_with_our_ceo_is_no_research_en_but_customers_ceos_are(tmp_path, monkeypatch):
    ceo = "  - {id: ceo, type: interview, date: 2026-09-01, n: 1, note: Interview with our CEO about the ideal buyer}\n"
    text = _persona("en", ceo + "  - {id: calls, type: interview, date: 2026-09-01, n: 9, note: Interviews with our customers' CEOs}\n")
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": text}, "missing-sources")
    assert [where(f) for f in found] == [("personas/p.yaml", *pos(text, "Interview with our CEO"))]
    assert "asks our own organisation, not the people it serves (its note says 'with our CEO')" in found[0].message
    # Guards: CEOs of customer firms, our board together with customers, customers' imagination in a report.
    guards = (
        "  - {id: w, type: interview, date: 2026-09-01, n: 8, note: Wywiady z prezesami firm transportowych}\n"
        "  - {id: z, type: interview, date: 2026-09-01, n: 10, note: Wywiady z naszym zarządem i 6 klientami}\n"
        "  - {id: r, type: desk-research, note: 'Raport PwC: jak Polacy wyobrażają sobie bankowość przyszłości'}\n"
    )
    assert run(tmp_path / "g", monkeypatch, {"personas/p.yaml": _persona("pl", guards)}, "missing-sources") == []


# --- unknown-source: the message says how to fix it (L2) ---------------------------------------

def test_an_unknown_source_says_how_to_fix_it(tmp_path, monkeypatch):
    # Fails before: the message said what was wrong, not what to do.
    text = ("kind: persona\nid: ola\nname: Ola\nlang: pl\ngoals:\n  - text: Przebiec półmaraton poniżej 2 godzin\n"
            "    sources: [wywiady-2025]\nsources:\n  - {id: ga4-2026, type: analytics, date: 2026-09-01}\n")
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": text}, "unknown-source")
    assert [(where(f), f.message) for f in found] == [(
        ("personas/p.yaml", *pos(text, "wywiady-2025")),
        "source 'wywiady-2025' is not defined in this file's sources (ga4-2026); add it to `sources` (its id, type "
        "and date), or cite one of those",
    )]
    none = ("kind: persona\nid: ben\nname: Ben\nlang: en\ngoals:\n  - text: Close the month by the 5th working day\n"
            "    sources: [interviews]\n")
    found = run(tmp_path / "n", monkeypatch, {"personas/p.yaml": none}, "unknown-source")
    assert [f.message for f in found] == [
        "source 'interviews' is not defined in this file's sources (none are defined); add it to `sources` (its id, "
        "type and date)"
    ]
