"""Negative personas and sources, from tester13's measurement of the rules (H1, H3, H4, M6, L2):
mirrored-negative-persona (CX204) counts substitutes and triggers as reasons of their own;
negative-without-reasons (CX202) reports reasons that only say "not a customer"; missing-sources
(CX301) reports a persona a chatbot wrote and the board's imagination; unknown-source (CX302)
says how to fix a citation."""

from __future__ import annotations

from rule_helpers import pos, run, where

# --- mirrored-negative-persona: substitutes and triggers are reasons of their own (H1) -----------

MARTA = """\
kind: persona
id: marta-karma
name: Marta Lis
lang: pl
behaviours:
  - Kupuje karmę Brit Care 12 kg co 4 tygodnie w subskrypcji sklepu Psiarnia
  - Płaci BLIK-iem w aplikacji sklepu, zawsze w piątek wieczorem
  - Zamawia przed 14:00, żeby paczka przyszła przed weekendem
sources:
  - {id: wyw-psy, type: interview, date: 2026-09-05, n: 6}
"""

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

PRIYA = """\
kind: persona
id: priya-ops
name: Priya Shah
lang: en
behaviours:
  - Reads reviews on G2 before every software purchase over £500
  - Books a demo with two vendors at most
  - Pays by card on the monthly plan
sources:
  - {id: interviews, type: interview, date: 2026-10-01, n: 11}
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
        "say from research why this person does not buy: price, too complicated, impulse buying"
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
        "say from research why this person does not buy: price, too complicated, impulse buying, what makes them quit"
    )
