"""Persona rules: demographics-only, similar-personas, missing-negative-persona,
negative-without-reasons and trait-overlap, in Polish and English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.finding import Severity
from rule_helpers import pos, run, where, write  # noqa: F401


def cli(*args: str):
    return CliRunner().invoke(app, list(args))


# --- documents used across tests -------------------------------------------------------------

NEGATIVE_PL = """\
kind: negative-persona
id: janusz-okazja
name: Janusz Okazja
lang: pl
reasons:
  - Słuchawki powyżej 200 zł uważa za wyrzucanie pieniędzy
  - Kupuje pod wpływem impulsu, przy kasie w markecie
sources:
  - id: dane-sprzedazowe-2026
    type: sales-data
    date: 2026-07-01
"""

NEGATIVE_EN = """\
kind: negative-persona
id: weekend-dabbler
name: Weekend dabbler
lang: en
reasons:
  - Runs twice a year and will not pay more than £40 for shoes
sources:
  - id: returns-2026
    type: sales-data
"""


# --- demographics-only (CX102) ---------------------------------------------------------------

DEMO_ONLY_PL = """\
kind: persona
id: marta-mokotow
name: Marta z Mokotowa
lang: pl
demographics:
  age: 35
  gender: kobieta
  location: Warszawa, Mokotów
  income: 9 000 zł netto
psychographics:
  values:
    - Rodzina na pierwszym miejscu
"""

DEMO_ONLY_EN = """\
kind: persona
id: tom-leeds
name: Tom from Leeds
lang: en
summary: Thirty-something office worker.
demographics:
  age: 38
  location: Leeds
  occupation: accountant
"""


def test_demographics_only_fires_on_polish_persona_with_only_demographics(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/marta.yaml": DEMO_ONLY_PL}, "demographics-only")
    assert [where(f) for f in found] == [("personas/marta.yaml", *pos(DEMO_ONLY_PL, "demographics:"))]
    f = found[0]
    assert (f.code, f.rule, f.severity) == ("CX102", "demographics-only", Severity.warning)
    assert "demographics" in f.message and "goals" in f.message and "pain points" in f.message


def test_demographics_only_fires_on_english_persona(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/tom.yaml": DEMO_ONLY_EN}, "demographics-only")
    assert [where(f) for f in found] == [("personas/tom.yaml", 6, 1)]
    assert found[0].message.startswith("the persona has demographics but no goals, needs, behaviours or pain points;")


def test_demographics_only_says_what_the_persona_does_have(tmp_path, monkeypatch):
    # It has more than demographics: the message said only "has demographics", which read as a false alarm.
    text = DEMO_ONLY_PL + "channels:\n  - Grupa „Mamy z Mokotowa” na Facebooku\nexpectations:\n  - Odpowiedź na czacie w 5 minut\n"
    found = run(tmp_path, monkeypatch, {"personas/marta.yaml": text}, "demographics-only")
    assert found[0].message.startswith(
        "the persona has demographics, psychographics, channels and expectations but no goals, needs, behaviours or "
        "pain points; add what they try to do and what stops them"
    )


def test_demographics_only_quiet_when_polish_persona_has_behaviours(tmp_path, monkeypatch):
    text = DEMO_ONLY_PL + "behaviours:\n  - Czyta 3–4 recenzje na forum przed każdym zakupem powyżej 500 zł\n"
    assert run(tmp_path, monkeypatch, {"personas/marta.yaml": text}, "demographics-only") == []


def test_demographics_only_quiet_when_english_persona_has_pain_points(tmp_path, monkeypatch):
    text = DEMO_ONLY_EN + "pain_points:\n  - Cannot get through to support before 9 am when the van is already out\n"
    assert run(tmp_path, monkeypatch, {"personas/tom.yaml": text}, "demographics-only") == []


def test_demographics_only_counts_needs_and_motivations_as_behaviour(tmp_path, monkeypatch):
    text = DEMO_ONLY_PL + (
        "needs:\n  - Przymierzyć buty w sklepie stacjonarnym przed zakupem online\n"
        "motivations:\n  - Chce zdążyć z formą na Bieg Rzeźnika w czerwcu\n"
    )
    assert run(tmp_path, monkeypatch, {"personas/marta.yaml": text}, "demographics-only") == []


def test_demographics_only_quiet_without_demographics(tmp_path, monkeypatch):
    text = """\
    kind: persona
    id: ola
    name: Ola
    lang: pl
    needs:
      - Szybka dostawa do paczkomatu
    """
    assert run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "demographics-only") == []


def test_demographics_only_counts_reasons_of_a_negative_persona(tmp_path, monkeypatch):
    bare = """\
    kind: negative-persona
    id: student
    name: Student na budżecie
    lang: pl
    demographics:
      age: 21
      occupation: student
    """
    # (bare ends in the closing quotes' indentation: appended as it was, `reasons:` sat under `occupation`
    # and made the file invalid YAML, which the selection hid, so the second check passed for nothing.)
    with_reasons = bare.rstrip(" ") + "    reasons:\n      - Na słuchawki wyda najwyżej 150 zł\n"
    found = run(tmp_path, monkeypatch, {"personas/student.yaml": bare}, "demographics-only")
    assert [(f.line, f.column) for f in found] == [(5, 1)]
    assert run(tmp_path, monkeypatch, {"personas/student.yaml": with_reasons}, "demographics-only") == []


# --- similar-personas (CX103) ----------------------------------------------------------------

RUNNER_OLA = """\
kind: persona
id: ola-maratonka
name: Ola
lang: pl
goals:
  - Przebiec maraton poniżej 4 godzin w Warszawie
behaviours:
  - Biega 4 razy w tygodniu z zegarkiem Garmin
pain_points:
  - Buty do biegania zużywają się po 600 km
"""

RUNNER_KASIA = """\
kind: persona
id: kasia-maratonka
name: Kasia
lang: pl
goals:
  - Przebiec maraton w Warszawie poniżej 4 godzin
behaviours:
  - Biega z zegarkiem Garmin 4 razy w tygodniu
pain_points:
  - Buty do biegania zużywają się już po 600 km
"""

RUNNER_MAMA = """\
kind: persona
id: kasia-po-ciazy
name: Kasia
lang: pl
goals:
  - Wrócić do biegania po ciąży bez kontuzji
behaviours:
  - Biega 2 razy w tygodniu z wózkiem biegowym po parku
pain_points:
  - Nie ma z kim zostawić dziecka rano
"""


def test_similar_personas_fires_on_the_later_of_two_polish_twins(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": RUNNER_OLA, "personas/kasia.yaml": RUNNER_KASIA}, "similar-personas")
    # kasia.yaml sorts before ola.yaml, so ola is the later one.
    assert [where(f) for f in found] == [("personas/ola.yaml", *pos(RUNNER_OLA, "ola-maratonka"))]
    f = found[0]
    assert (f.code, f.severity) == ("CX103", Severity.info)
    assert "'ola-maratonka'" in f.message and "'kasia-maratonka'" in f.message and "personas/kasia.yaml" in f.message
    assert "merge" in f.message


def test_similar_personas_quiet_on_distinct_polish_personas(tmp_path, monkeypatch):
    files = {"personas/ola.yaml": RUNNER_OLA, "personas/kasia.yaml": RUNNER_MAMA}
    assert run(tmp_path, monkeypatch, files, "similar-personas") == []


def test_similar_personas_fires_in_english(tmp_path, monkeypatch):
    a = """\
    kind: persona
    id: dan-plumber
    name: Dan
    lang: en
    goals:
      - Book boiler services for the whole week on Monday morning
    behaviours:
      - Orders parts from the wholesaler app before 7 am
    """
    b = """\
    kind: persona
    id: rob-plumber
    name: Rob
    lang: en
    goals:
      - Book the boiler services for the whole week on Monday morning
    behaviours:
      - Orders parts from the wholesaler app before 7 am
    """
    found = run(tmp_path, monkeypatch, {"personas/dan.yaml": a, "personas/rob.yaml": b}, "similar-personas")
    assert [where(f) for f in found] == [("personas/rob.yaml", 2, 5)]
    assert "100%" in found[0].message


def test_similar_personas_quiet_for_different_english_personas(tmp_path, monkeypatch):
    a = """\
    kind: persona
    id: dan-plumber
    name: Dan
    lang: en
    goals:
      - Book boiler services for the whole week on Monday morning
    behaviours:
      - Orders parts from the wholesaler app before 7 am
    """
    b = """\
    kind: persona
    id: rosa-designer
    name: Rosa
    lang: en
    goals:
      - Send three invoices a month without opening a spreadsheet
    behaviours:
      - Works from cafés with a laptop and a phone hotspot
    """
    assert run(tmp_path, monkeypatch, {"personas/dan.yaml": a, "personas/rosa.yaml": b}, "similar-personas") == []


def test_similar_personas_threshold_option(tmp_path, monkeypatch):
    # Partly overlapping: same race goal, different training and pains.
    partly = """\
    kind: persona
    id: kasia-maratonka
    name: Kasia
    lang: pl
    goals:
      - Przebiec maraton poniżej 4 godzin w Warszawie
    behaviours:
      - Trenuje z grupą klubową na bieżni AWF
    pain_points:
      - Bolą ją kolana po długich wybieganiach
    """
    files = {"personas/ola.yaml": RUNNER_OLA, "personas/kasia.yaml": partly}
    assert run(tmp_path, monkeypatch, files, "similar-personas") == []
    found = run(tmp_path, monkeypatch, files, "similar-personas", threshold=0.2)
    assert [f.path for f in found] == ["personas/ola.yaml"]
    # The twins differ only in word order and a stop word: 100% still reaches the top threshold.
    twins = run(tmp_path, monkeypatch, {"personas/ola.yaml": RUNNER_OLA, "personas/kasia.yaml": RUNNER_KASIA},
                "similar-personas", threshold=1.0)
    assert len(twins) == 1 and "100%" in twins[0].message


def test_similar_personas_ignores_personas_with_too_little_content(tmp_path, monkeypatch):
    tiny = """\
    kind: persona
    id: {id}
    name: Ola
    lang: pl
    goals:
      - Przebiec maraton
    """
    files = {"personas/a.yaml": tiny.format(id="ola-a"), "personas/b.yaml": tiny.format(id="ola-b")}
    assert run(tmp_path, monkeypatch, files, "similar-personas") == []


# --- missing-negative-persona (CX201) --------------------------------------------------------


def test_missing_negative_persona_fires_once_on_the_first_polish_persona(tmp_path, monkeypatch):
    files = {"personas/ola.yaml": RUNNER_OLA, "personas/kasia.yaml": RUNNER_MAMA}
    found = run(tmp_path, monkeypatch, files, "missing-negative-persona")
    assert [where(f) for f in found] == [("personas/kasia.yaml", *pos(RUNNER_MAMA, "kasia-po-ciazy"))]
    f = found[0]
    assert (f.code, f.severity) == ("CX201", Severity.warning)
    assert "2 personas but" in f.message and "no negative persona" in f.message and "NOT" in f.message


def test_missing_negative_persona_quiet_when_polish_negative_persona_exists(tmp_path, monkeypatch):
    files = {"personas/ola.yaml": RUNNER_OLA, "personas/janusz.yaml": NEGATIVE_PL}
    assert run(tmp_path, monkeypatch, files, "missing-negative-persona") == []


def test_missing_negative_persona_fires_and_quiets_in_english(tmp_path, monkeypatch):
    maya = """\
    kind: persona
    id: maya-runner
    name: Maya
    lang: en
    goals:
      - Finish a half marathon under two hours
    """
    found = run(tmp_path, monkeypatch, {"personas/maya.yaml": maya}, "missing-negative-persona")
    assert [where(f) for f in found] == [("personas/maya.yaml", 2, 5)]
    assert "1 persona but" in found[0].message
    assert run(tmp_path, monkeypatch, {"personas/maya.yaml": maya, "personas/dabbler.yaml": NEGATIVE_EN},
               "missing-negative-persona") == []


def test_missing_negative_persona_quiet_in_a_workspace_without_personas(tmp_path, monkeypatch):
    journey = """\
    kind: journey
    id: zakup-butow
    name: Zakup butów
    lang: pl
    persona: ola-maratonka
    stages:
      - id: zakup
        name: Zakup
    """
    assert run(tmp_path, monkeypatch, {"journeys/zakup.yaml": journey}, "missing-negative-persona") == []


# --- negative-without-reasons (CX202) --------------------------------------------------------


def test_negative_without_reasons_fires_at_id_when_the_key_is_missing_pl(tmp_path, monkeypatch):
    text = """\
    kind: negative-persona
    id: student-na-budzecie
    name: Student na budżecie
    lang: pl
    substitutes:
      - Inny sklep internetowy
    """
    found = run(tmp_path, monkeypatch, {"personas/student.yaml": text}, "negative-without-reasons")
    assert [where(f) for f in found] == [("personas/student.yaml", 2, 1)]
    f = found[0]
    assert (f.code, f.severity) == ("CX202", Severity.warning)
    assert "no reasons" in f.message and "not one you design for" in f.message


def test_negative_without_reasons_fires_at_an_empty_reasons_key_en(tmp_path, monkeypatch):
    text = """\
    kind: negative-persona
    id: bargain-hunter
    name: Bargain hunter
    lang: en
    summary: Buys whatever is cheapest on the day.
    reasons: []
    """
    found = run(tmp_path, monkeypatch, {"personas/bargain.yaml": text}, "negative-without-reasons")
    assert [where(f) for f in found] == [("personas/bargain.yaml", 6, 1)]


def test_negative_without_reasons_quiet_with_reasons(tmp_path, monkeypatch):
    files = {"personas/janusz.yaml": NEGATIVE_PL, "personas/dabbler.yaml": NEGATIVE_EN}
    assert run(tmp_path, monkeypatch, files, "negative-without-reasons") == []


def test_negative_without_reasons_ignores_positive_personas(tmp_path, monkeypatch):
    assert run(tmp_path, monkeypatch, {"personas/ola.yaml": RUNNER_OLA}, "negative-without-reasons") == []


# --- trait-overlap (CX203) -------------------------------------------------------------------

OVERLAP_PERSONA_PL = """\
kind: persona
id: ewa-joginka
name: Ewa
lang: pl
psychographics:
  values:
    - Dba o zdrowie
goals:
  - Kupuje słuchawki tylko w promocji
behaviours:
  - Trenuje jogę Iyengara dwa razy w tygodniu na Mokotowie
  - text: Czyta recenzje przed zakupem
    sources: [wywiady-2026-09]
sources:
  - id: wywiady-2026-09
    type: interview
"""


def _negative_pl(*reasons: str) -> str:
    lines = "".join(f"  - {r}\n" for r in reasons)
    return f"kind: negative-persona\nid: janusz-okazja\nname: Janusz\nlang: pl\nreasons:\n{lines}"


def test_trait_overlap_catches_polish_inflection(tmp_path, monkeypatch):
    negative = _negative_pl("Wydaje na sprzęt najwyżej 100 zł", "Dbająca o swoje zdrowie")
    found = run(tmp_path, monkeypatch, {"personas/ewa.yaml": OVERLAP_PERSONA_PL, "personas/janusz.yaml": negative},
                "trait-overlap")
    assert [where(f) for f in found] == [("personas/janusz.yaml", *pos(negative, "Dbająca"))]
    f = found[0]
    assert (f.code, f.severity) == ("CX203", Severity.warning)
    assert "'Dbająca o swoje zdrowie'" in f.message
    assert "'ewa-joginka'" in f.message
    assert f"personas/ewa.yaml:{pos(OVERLAP_PERSONA_PL, 'Dba o')[0]}" in f.message
    assert "psychographics.values" in f.message and "'Dba o zdrowie'" in f.message
    assert "cannot tell them apart" in f.message


def test_trait_overlap_sits_on_the_text_of_a_trait_that_lists_its_sources_first(tmp_path, monkeypatch):
    negative = """\
kind: negative-persona
id: janusz-okazja
name: Janusz
lang: pl
reasons:
  - sources: [utracone-koszyki-2026-10]
    text: Czyta recenzje przed zakupem  # cxkit: disable=trait-overlap
  - sources: [utracone-koszyki-2026-10]
    text: Kupuje słuchawki tylko w promocjach
sources:
  - id: utracone-koszyki-2026-10
    type: analytics
"""
    persona = OVERLAP_PERSONA_PL.replace(
        "  - text: Czyta recenzje przed zakupem\n    sources: [wywiady-2026-09]\n",
        "  - sources: [wywiady-2026-09]\n    text: Czyta recenzje przed zakupem\n",
    )
    files = {"personas/ewa.yaml": persona, "personas/janusz.yaml": negative}
    # The first overlap is silenced on its text's line; the second is reported there, naming the goal's line.
    found = run(tmp_path, monkeypatch, files, "trait-overlap")
    assert [where(f) for f in found] == [("personas/janusz.yaml", *pos(negative, "text: Kupuje"))]
    assert f"(personas/ewa.yaml:{pos(persona, 'Kupuje słuchawki')[0]}, goals:" in found[0].message
    negative_plain = negative.replace("  # cxkit: disable=trait-overlap", "")
    found = run(tmp_path, monkeypatch, {**files, "personas/janusz.yaml": negative_plain}, "trait-overlap")
    assert [where(f) for f in found] == [
        ("personas/janusz.yaml", *pos(negative_plain, "text: Czyta")),
        ("personas/janusz.yaml", *pos(negative_plain, "text: Kupuje")),
    ]
    assert f"(personas/ewa.yaml:{pos(persona, 'text: Czyta')[0]}, behaviours:" in found[0].message


def test_trait_overlap_catches_case_and_punctuation(tmp_path, monkeypatch):
    negative = _negative_pl("DBA O ZDROWIE!")
    found = run(tmp_path, monkeypatch, {"personas/ewa.yaml": OVERLAP_PERSONA_PL, "personas/janusz.yaml": negative},
                "trait-overlap")
    assert [(f.line, f.column) for f in found] == [(6, 5)]


def test_trait_overlap_catches_a_polish_near_duplicate(tmp_path, monkeypatch):
    negative = _negative_pl("Kupuje słuchawki wyłącznie w promocjach")
    found = run(tmp_path, monkeypatch, {"personas/ewa.yaml": OVERLAP_PERSONA_PL, "personas/janusz.yaml": negative},
                "trait-overlap")
    assert [(f.line, f.column) for f in found] == [(6, 5)]
    assert "goals: 'Kupuje słuchawki tylko w promocji'" in found[0].message


def test_trait_overlap_ignores_different_traits_sharing_one_word(tmp_path, monkeypatch):
    negative = _negative_pl(
        "Kupuje kawę w automacie na dworcu",        # shares "kupuje" with a goal
        "Trenuje tylko wtedy, gdy każe mu lekarz",  # shares "trenuje"
        "Czyta gazetkę promocyjną z marketu",       # shares "czyta"
        "Dba o samochód bardziej niż o sprzęt audio",  # shares "dba"
    )
    files = {"personas/ewa.yaml": OVERLAP_PERSONA_PL, "personas/janusz.yaml": negative}
    assert run(tmp_path, monkeypatch, files, "trait-overlap") == []


def test_trait_overlap_treats_a_negated_trait_as_the_opposite(tmp_path, monkeypatch):
    negative = _negative_pl("Nie czyta recenzji przed zakupem")
    files = {"personas/ewa.yaml": OVERLAP_PERSONA_PL, "personas/janusz.yaml": negative}
    assert run(tmp_path, monkeypatch, files, "trait-overlap") == []


def test_trait_overlap_in_english(tmp_path, monkeypatch):
    persona = """\
    kind: persona
    id: maya-runner
    name: Maya
    lang: en
    psychographics:
      values:
        - Values quality
    behaviours:
      - Reads three reviews before buying new shoes
    """
    negative = """\
    kind: negative-persona
    id: weekend-dabbler
    name: Weekend dabbler
    lang: en
    reasons:
      - Valuing quality
      - Doesn't read reviews before buying new shoes
      - Reads the price tag and nothing else
    """
    found = run(tmp_path, monkeypatch, {"personas/maya.yaml": persona, "personas/dabbler.yaml": negative},
                "trait-overlap")
    assert [where(f) for f in found] == [("personas/dabbler.yaml", 6, 5)]
    assert "'Valuing quality'" in found[0].message and "'Values quality'" in found[0].message


def test_trait_overlap_quiet_on_distinct_english_traits(tmp_path, monkeypatch):
    persona = """\
    kind: persona
    id: maya-runner
    name: Maya
    lang: en
    goals:
      - Finish a half marathon under two hours
    """
    found = run(tmp_path, monkeypatch, {"personas/maya.yaml": persona, "personas/dabbler.yaml": NEGATIVE_EN},
                "trait-overlap")
    assert found == []


def test_trait_overlap_similarity_option(tmp_path, monkeypatch):
    negative = _negative_pl("Kupuje słuchawki wyłącznie w promocjach", "Czyta recenzje w gazecie")
    files = {"personas/ewa.yaml": OVERLAP_PERSONA_PL, "personas/janusz.yaml": negative}
    # Strict: only exact (normalised) matches count, so the near duplicate passes.
    assert run(tmp_path, monkeypatch, files, "trait-overlap", similarity=1.0) == []
    # Loose: "Czyta recenzje w gazecie" shares two of three stems with a behaviour.
    loose = run(tmp_path, monkeypatch, files, "trait-overlap", similarity=0.5)
    assert [f.line for f in loose] == [6, 7]


def test_trait_overlap_leaves_shared_channels_alone(tmp_path, monkeypatch):
    persona = OVERLAP_PERSONA_PL + "channels:\n  - Instagram\n  - Newsletter Biegacza co tydzień\n"
    negative = _negative_pl("Wydaje na sprzęt najwyżej 100 zł") + "channels:\n  - Instagram\n  - newsletter biegacza co tydzien\n"
    files = {"personas/ewa.yaml": persona, "personas/janusz.yaml": negative}
    assert run(tmp_path, monkeypatch, files, "trait-overlap") == []
    # The other traits are still compared, whichever comes first in either file.
    negative = _negative_pl("Dbająca o swoje zdrowie").replace("reasons:", "channels:\n  - Instagram\nreasons:")
    persona = OVERLAP_PERSONA_PL.replace("psychographics:", "channels:\n  - Instagram\npsychographics:", 1)
    found = run(tmp_path, monkeypatch, {"personas/ewa.yaml": persona, "personas/janusz.yaml": negative}, "trait-overlap")
    assert [where(f) for f in found] == [("personas/janusz.yaml", *pos(negative, "Dbająca"))]
    assert "psychographics.values" in found[0].message and "'Dba o zdrowie'" in found[0].message


def test_trait_overlap_exact_match_survives_the_strictest_similarity(tmp_path, monkeypatch):
    negative = _negative_pl("dbająca o swoje zdrowie")
    files = {"personas/ewa.yaml": OVERLAP_PERSONA_PL, "personas/janusz.yaml": negative}
    assert len(run(tmp_path, monkeypatch, files, "trait-overlap", similarity=1.0)) == 1


def test_trait_overlap_needs_both_kinds(tmp_path, monkeypatch):
    # The same trait in two positive personas is not this rule's business.
    twin = OVERLAP_PERSONA_PL.replace("ewa-joginka", "ewa-druga")
    files = {"personas/ewa.yaml": OVERLAP_PERSONA_PL, "personas/ewa2.yaml": twin}
    assert run(tmp_path, monkeypatch, files, "trait-overlap") == []


def test_trait_overlap_names_the_same_trait_reworded_before_an_earlier_near_one(tmp_path, monkeypatch):
    persona = """\
    kind: persona
    id: ewa-joginka
    name: Ewa
    lang: pl
    goals:
      - Kupuje słuchawki wyłącznie w promocji
    behaviours:
      - W promocji kupuje tylko słuchawki
    """
    negative = _negative_pl("Kupuje słuchawki tylko w promocji")
    found = run(tmp_path, monkeypatch, {"personas/ewa.yaml": persona, "personas/janusz.yaml": negative}, "trait-overlap")
    assert [where(f) for f in found] == [("personas/janusz.yaml", *pos(negative, "Kupuje"))]
    # The goal is one word off; the behaviour holds the very same words in another order.
    assert "behaviours: 'W promocji kupuje tylko słuchawki'" in found[0].message


def test_trait_overlap_reports_every_copy_of_a_repeated_english_trait(tmp_path, monkeypatch):
    persona = """\
    kind: persona
    id: maya-runner
    name: Maya
    lang: en
    behaviours:
      - Reads three reviews before buying new running shoes
    """
    negative = """\
    kind: negative-persona
    id: weekend-dabbler
    name: Weekend dabbler
    lang: en
    reasons:
      - Reads three reviews before buying new shoes
    substitutes:
      - Reads three reviews before buying new shoes
    """
    found = run(tmp_path, monkeypatch, {"personas/maya.yaml": persona, "personas/dabbler.yaml": negative},
                "trait-overlap")
    assert [(f.line, f.column) for f in found] == [(6, 5), (8, 5)]
    assert all("'maya-runner'" in f.message for f in found)


def test_similar_personas_same_findings_when_compared_in_small_windows(tmp_path, monkeypatch):
    from cxkit.lint import simjoin

    files = {
        "personas/a-ola.yaml": RUNNER_OLA,
        "personas/b-mama.yaml": RUNNER_MAMA,
        "personas/c-kasia.yaml": RUNNER_KASIA,
        "personas/d-mama2.yaml": RUNNER_MAMA.replace("kasia-po-ciazy", "kasia-po-ciazy-2"),
    }
    whole = run(tmp_path, monkeypatch, files, "similar-personas")
    monkeypatch.setattr(simjoin, "_WINDOW", 2)
    assert run(tmp_path, monkeypatch, files, "similar-personas") == whole
    assert [f.path for f in whole] == ["personas/c-kasia.yaml", "personas/d-mama2.yaml"]


# --- unknown-persona suggestions across many journeys (CX004) -------------------------------


def _journey(ident: str, persona: str, lang: str) -> str:
    stage = "Świadomość" if lang == "pl" else "Awareness"
    return (f"kind: journey\nid: {ident}\nname: {ident}\nlang: {lang}\npersona: {persona}\n"
            f"stages:\n  - id: awareness\n    name: {stage}\n")


def test_unknown_persona_suggests_the_closest_id_for_every_journey_after_a_rename(tmp_path, monkeypatch):
    files = {
        "personas/ola.yaml": RUNNER_OLA,
        "personas/kasia.yaml": RUNNER_KASIA,
        "personas/mama.yaml": RUNNER_MAMA,
    }
    refs = {"ola-maratonczyni": "pl", "kasia-maraton": "pl", "kasia-po-ciazy-2": "pl", "ola-marathoner": "en", "zupelnie-inna": "pl"}
    for n, (ref, lang) in enumerate(refs.items()):
        for copy in range(3):  # several journeys of one renamed persona
            files[f"journeys/j{n}-{copy}.yaml"] = _journey(f"j{n}-{copy}", ref, lang)
    found = run(tmp_path, monkeypatch, files, "unknown-persona")
    by_ref = {f.message.split("'")[1]: f.message for f in found}
    assert len(found) == 15
    # Each suggestion also names the persona (its `name`), as the journey's author knows it.
    assert by_ref["ola-maratonczyni"].endswith("did you mean 'ola-maratonka' (Ola)?")
    assert by_ref["kasia-maraton"].endswith("did you mean 'kasia-maratonka' (Kasia)?")
    assert by_ref["kasia-po-ciazy-2"].endswith("did you mean 'kasia-po-ciazy' (Kasia)?")
    assert by_ref["ola-marathoner"].endswith("did you mean 'ola-maratonka' (Ola)?")
    assert by_ref["zupelnie-inna"] == "persona 'zupelnie-inna' does not exist in the workspace"


# --- configuration through the CLI -----------------------------------------------------------


def _cli_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, toml: str) -> None:
    write(tmp_path, {
        "cxkit.toml": toml,
        "personas/ewa.yaml": OVERLAP_PERSONA_PL,
        "personas/janusz.yaml": _negative_pl("Dbająca o swoje zdrowie"),
    })
    monkeypatch.chdir(tmp_path)


def test_unknown_option_is_a_config_error_naming_rule_and_option(tmp_path, monkeypatch):
    _cli_workspace(tmp_path, monkeypatch, "[rules.trait-overlap]\nsimilarty = 0.7\n")
    result = cli("lint", "--format", "json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "trait-overlap" in result.stderr and "'similarty'" in result.stderr
    assert "similarity" in result.stderr.split("'similarty'", 1)[1]  # the options it does have


def test_unknown_option_of_similar_personas_is_reported_by_code_table(tmp_path, monkeypatch):
    _cli_workspace(tmp_path, monkeypatch, "[rules.CX103]\nmax-share = 0.5\n")
    result = cli("lint", "--format", "json")
    assert result.exit_code == 2
    assert "similar-personas" in result.stderr and "'max-share'" in result.stderr


def test_out_of_range_option_is_a_config_error(tmp_path, monkeypatch):
    _cli_workspace(tmp_path, monkeypatch, "[rules.similar-personas]\nthreshold = 1.5\n")
    result = cli("lint", "--format", "json")
    assert result.exit_code == 2
    assert "similar-personas" in result.stderr and "threshold" in result.stderr


def test_severity_override_in_config(tmp_path, monkeypatch):
    _cli_workspace(tmp_path, monkeypatch, '[rules.trait-overlap]\nseverity = "error"\n')
    result = cli("lint", "--format", "json", "--select", "trait-overlap")
    assert result.exit_code == 1
    assert [(f["rule"], f["severity"], f["line"]) for f in json.loads(result.stdout)] == [("trait-overlap", "error", 6)]


def test_severity_lowered_to_info_passes_the_default_fail_level(tmp_path, monkeypatch):
    _cli_workspace(tmp_path, monkeypatch, '[rules.trait-overlap]\nseverity = "info"\n')
    result = cli("lint", "--format", "json", "--select", "trait-overlap")
    assert result.exit_code == 0
    assert [f["severity"] for f in json.loads(result.stdout)] == ["info"]


def test_enabled_false_turns_a_rule_off(tmp_path, monkeypatch):
    _cli_workspace(tmp_path, monkeypatch, "[rules.trait-overlap]\nenabled = false\n")
    # A broader --select (a code prefix) keeps the config's `enabled = false`...
    result = cli("lint", "--format", "json", "--select", "CX2")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    # ...while a --select naming the rule itself runs it (the command line wins, tester11 F6).
    result = cli("lint", "--format", "json", "--select", "trait-overlap,missing-negative-persona")
    assert [f["rule"] for f in json.loads(result.stdout)] == ["trait-overlap"]


def test_option_from_config_reaches_the_rule(tmp_path, monkeypatch):
    _cli_workspace(tmp_path, monkeypatch, "[rules.trait-overlap]\nsimilarity = 1.0\n")
    write(tmp_path, {"personas/janusz.yaml": _negative_pl("Kupuje słuchawki wyłącznie w promocjach")})
    assert json.loads(cli("lint", "--format", "json", "--select", "trait-overlap").stdout) == []
    (tmp_path / "cxkit.toml").write_text("[rules.trait-overlap]\nsimilarity = 0.8\n", encoding="utf-8")
    assert [f["line"] for f in json.loads(cli("lint", "--format", "json", "--select", "trait-overlap").stdout)] == [6]


@pytest.mark.parametrize(("persona_trait", "negative_trait"), [
    ("Spends £200 a month on invoicing software", "Spends £20 a month on invoicing software"),
    ("Sends 40 invoices a week from the van", "Sends 2 invoices a week from the van"),
    ("Pays supplier invoices within 7 days", "Pays supplier invoices within 70 days"),
    ("Reads three reviews before buying new shoes", "Reads two reviews before buying new shoes"),
    ("Kupuje słuchawki raz na 3 lata", "Kupuje słuchawki raz na 5 lat"),
    ("Porównuje ceny w trzech sklepach", "Porównuje ceny w pięciu sklepach"),
])
def test_trait_overlap_leaves_traits_that_differ_in_a_number_alone(tmp_path, monkeypatch, persona_trait, negative_trait):
    # The number is what tells the customer from the non-customer: not one trait both have.
    persona = f"kind: persona\nid: dan-hydraulik\nname: Dan\nbehaviours:\n  - {persona_trait}\n"
    negative = f"kind: negative-persona\nid: hobbysta\nname: Hobbysta\nreasons:\n  - {negative_trait}\n"
    files = {"personas/dan.yaml": persona, "personas/hobbysta.yaml": negative}
    assert run(tmp_path, monkeypatch, files, "trait-overlap") == []


@pytest.mark.parametrize(("persona_trait", "negative_trait"), [
    ("Kupuje leki w aptece stacjonarnej przy domu", "Kupuje leki w aptece internetowej przy domu"),
    ("Kupuje rowery używane na OLX w Poznaniu", "Kupuje rowery nowe na OLX w Poznaniu"),
    ("Buys new road bikes from the Evans Cycles website", "Buys used road bikes from the Evans Cycles website"),
    ("Shops for groceries at Lidl on weekdays", "Shops for groceries at Lidl at weekends"),
    ("Zamawia jedzenie przez Pyszne.pl wieczorem w piątki", "Zamawia jedzenie przez Pyszne.pl rano w piątki"),
    ("Buys cheap running shoes at Decathlon", "Buys expensive running shoes at Decathlon"),
])
def test_trait_overlap_leaves_traits_that_differ_in_a_word_and_its_opposite_alone(
    tmp_path, monkeypatch, persona_trait, negative_trait
):
    # "internetowa" against "stacjonarna" is exactly what tells the customer from the non-customer.
    # Every pair is over the default similarity without the opposites: each would be an overlap.
    persona = f"kind: persona\nid: ewa\nname: Ewa\nbehaviours:\n  - {persona_trait}\n"
    negative = f"kind: negative-persona\nid: janusz\nname: Janusz\nreasons:\n  - {negative_trait}\n"
    files = {"personas/ewa.yaml": persona, "personas/janusz.yaml": negative}
    assert run(tmp_path, monkeypatch, files, "trait-overlap") == []


@pytest.mark.parametrize(("persona_trait", "negative_trait"), [
    ("Kupuje leki w aptece przy domu", "Kupuje leki w aptece internetowej przy domu"),  # an opposite on one side only
    ("Buys cheap running shoes at Decathlon", "Buys cheap running boots at Decathlon"),  # not an opposite
])
def test_trait_overlap_still_sees_traits_that_differ_in_another_word(tmp_path, monkeypatch, persona_trait, negative_trait):
    persona = f"kind: persona\nid: ewa\nname: Ewa\nbehaviours:\n  - {persona_trait}\n"
    negative = f"kind: negative-persona\nid: janusz\nname: Janusz\nreasons:\n  - {negative_trait}\n"
    files = {"personas/ewa.yaml": persona, "personas/janusz.yaml": negative}
    assert [f.rule for f in run(tmp_path, monkeypatch, files, "trait-overlap")] == ["trait-overlap"]


@pytest.mark.parametrize(("persona_trait", "negative_trait"), [
    ("Sends invoices from the van", "Sends 40 invoices from the van"),  # a number on one side only
    ("Spends £200 a month on invoicing software", "Spends £200 a month on invoice software"),
])
def test_trait_overlap_still_sees_a_trait_with_a_number_on_one_side_or_the_same_number(
    tmp_path, monkeypatch, persona_trait, negative_trait
):
    persona = f"kind: persona\nid: dan-hydraulik\nname: Dan\nbehaviours:\n  - {persona_trait}\n"
    negative = f"kind: negative-persona\nid: hobbysta\nname: Hobbysta\nreasons:\n  - {negative_trait}\n"
    files = {"personas/dan.yaml": persona, "personas/hobbysta.yaml": negative}
    assert [f.rule for f in run(tmp_path, monkeypatch, files, "trait-overlap")] == ["trait-overlap"]


@pytest.mark.parametrize("similarity", [0.8, 0.7])
def test_trait_overlap_sees_a_real_overlap_behind_a_number_only_one(tmp_path, monkeypatch, similarity):
    # The closest persona trait differs only in the count, which clears it; the second persona's
    # trait is the same trait with one word changed, which must still be reported.
    first = "kind: persona\nid: ewa\nname: Ewa\nbehaviours:\n  - Reads two reviews before buying\n"
    second = "kind: persona\nid: ola\nname: Ola\nbehaviours:\n  - Reads three reviews before ordering\n"
    negative = "kind: negative-persona\nid: janusz\nname: Janusz\nreasons:\n  - Reads three reviews before buying\n"
    files = {"personas/a-ewa.yaml": first, "personas/b-ola.yaml": second, "personas/janusz.yaml": negative}
    found = run(tmp_path, monkeypatch, files, "trait-overlap", similarity=similarity)
    assert [(f.path, f.line) for f in found] == [("personas/janusz.yaml", 5)]
    assert "is also a trait of persona 'ola' (personas/b-ola.yaml:5, behaviours: 'Reads three reviews before ordering')" in found[0].message


@pytest.mark.parametrize("negative_trait", [
    "Rzadko kupuje przez aplikację Allegro",
    "Rarely buys through the Allegro app",
])
def test_trait_overlap_treats_rarely_as_the_opposite(tmp_path, monkeypatch, negative_trait):
    persona = ("kind: persona\nid: ewa\nname: Ewa\nbehaviours:\n  - Kupuje przez aplikację Allegro\n"
               "  - Buys through the Allegro app\n")
    negative = f"kind: negative-persona\nid: janusz\nname: Janusz\nreasons:\n  - {negative_trait}\n"
    files = {"personas/ewa.yaml": persona, "personas/janusz.yaml": negative}
    assert run(tmp_path, monkeypatch, files, "trait-overlap") == []


def test_similar_personas_reports_each_later_persona_once_naming_the_one_it_is_most_like(tmp_path, monkeypatch):
    # 30 personas from one template: a finding for every pair was 435 findings; one per later persona is 29.
    files = {f"personas/p{k:02d}.yaml": RUNNER_OLA.replace("ola-maratonka", f"biegaczka-{k:02d}") for k in range(30)}
    found = run(tmp_path, monkeypatch, files, "similar-personas")
    assert [f.path for f in found] == [f"personas/p{k:02d}.yaml" for k in range(1, 30)]
    assert found[0].message.startswith("persona 'biegaczka-01' shares 100% of its goals, behaviours and pain points "
                                       "with 'biegaczka-00' (personas/p00.yaml); merge them")
    assert "with 'biegaczka-00' (personas/p00.yaml), and 60% or more with 28 other earlier personas; merge" in found[-1].message
    assert "other persona" not in found[0].message


def test_similar_personas_names_the_most_similar_earlier_persona(tmp_path, monkeypatch):
    # c.yaml is like kasia (b.yaml) and exactly like a.yaml: the finding names a.yaml, and counts kasia.
    twin = RUNNER_OLA.replace("ola-maratonka", "ola-blizniaczka")
    files = {"personas/a.yaml": twin, "personas/b.yaml": RUNNER_KASIA, "personas/c.yaml": RUNNER_OLA}
    found = run(tmp_path, monkeypatch, files, "similar-personas")
    on_c = [f.message for f in found if f.path == "personas/c.yaml"]
    assert len(on_c) == 1
    assert on_c[0].startswith("persona 'ola-maratonka' shares 100% of its goals, behaviours and pain points with "
                              "'ola-blizniaczka' (personas/a.yaml), and 60% or more with 1 other earlier persona; merge")


_WORDS = ["czyt", "recenz", "kupuj", "nie", "3", "5", "trzy", "buy", "review", "van", "200", "zl"]


@given(
    pool=st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6), max_size=25),
    queries=st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6), min_size=1, max_size=5),
    threshold=st.sampled_from([0.5, 0.6, 0.7, 0.8, 0.9]),
)
@settings(max_examples=300, deadline=None)
def test_beyond_numbers_finds_what_a_scan_of_every_trait_finds(pool, queries, threshold):
    from cxkit.lint.rules.personas import _beyond_numbers

    pool_texts = [" ".join(words) for words in pool]
    query_texts = [" ".join(words) for words in queries]
    assert _beyond_numbers(pool_texts, query_texts, threshold) == _scan_beyond_numbers(pool_texts, query_texts, threshold)


def _scan_beyond_numbers(pool_texts, query_texts, threshold):
    """What _beyond_numbers must answer, found by scoring every pool trait."""
    from cxkit.lint.rules.personas import _tells_apart
    from cxkit.lint.textnorm import NEGATION_STEMS

    expected = {}
    for query in query_texts:
        toks = frozenset(query.split())
        best = None
        for j, text in enumerate(pool_texts):
            item = frozenset(text.split())
            if threshold >= 0.8 and (len(toks - item) > 1 or len(item - toks) > 1):
                continue
            if NEGATION_STEMS.isdisjoint(toks) != NEGATION_STEMS.isdisjoint(item) or _tells_apart(query, text):
                continue
            score = 2 * len(toks & item) / (len(toks) + len(item))
            if score >= threshold and (best is None or score > best[0]):
                best = (score, j)
        if best is not None:
            expected[query] = best[1]
    return expected


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("threshold", [0.6, 0.8])
def test_beyond_numbers_on_a_pool_too_large_to_count_whole_finds_every_match(seed, threshold):
    # Past 2,048 traits token rarity is judged from a sample of the pool. Here the sample (every
    # k-th trait) holds the words that are rare in the whole pool and misses the common ones, so
    # the words looked up by are the worst choice: every match must still be found.
    import random

    from cxkit.lint.rules.personas import _beyond_numbers

    rng = random.Random(seed)
    common = ["kupuj", "sklep", "online", "tydzien", "buy", "store", "czyt", "recenz"]
    rare = ["rower", "van", "kredyt", "przeglad", "apteka", "leasing", "ubezp", "bike", "flota", "serwis"]
    size = 6000
    step = size // 2048
    pool = []
    for j in range(size):
        words = rng.sample(rare, 4) if j % step == 0 else rng.sample(common, 3) + rng.sample(rare, 1)
        pool.append(" ".join(words + [str(rng.randint(1, 40))]))
    queries = []
    for j in rng.sample(range(size), 40):
        words = pool[j].split()
        if rng.random() < 0.5:
            words[-1] = str(int(words[-1]) + 100)  # differs from trait j only in a number
        spare = [w for w in common + rare if w not in words]
        words[rng.randrange(len(words) - 1)] = rng.choice(spare)
        queries.append(" ".join(words))
    expected = _scan_beyond_numbers(pool, queries, threshold)
    assert len(expected) >= 10  # the corpus does have matches beyond the number-only one
    assert _beyond_numbers(pool, queries, threshold) == expected
