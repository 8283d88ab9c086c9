"""Journey rules: stage-without-emotion, stage-without-touchpoints, unowned-opportunity,
unaddressed-pain, journey-ends-at-purchase, missing-stage and journey-for-negative-persona."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.finding import Severity
from rule_helpers import pos, run, where, write  # noqa: F401


def cli_json(*args: str) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(app, ["lint", "--format", "json", *args])
    return result.exit_code, (json.loads(result.stdout) if result.stdout else []), result.stderr


# A complete Polish journey: every stage felt and reached, every pain owned, life after purchase.
JOURNEY_PL = """\
kind: journey
id: pawel-kupuje-sluchawki
name: Paweł kupuje otwarte słuchawki
lang: pl
persona: pawel-audiofil
reviewed: 2026-10-05
stages:
  - id: swiadomosc
    name: Świadomość
    touchpoints:
      - channel: youtube
        description: Recenzja z pomiarami na kanale audio
    emotion: 1
  - id: rozwazanie
    name: Rozważanie
    touchpoints:
      - Karta produktu w sklepie
    emotion: -1
    barriers:
      - Brak wykresu pasma przenoszenia na karcie produktu
    opportunities:
      - action: Dodać wykresy pomiarów do kart produktów
        owner: zespół contentu
        due: 2026-12-15
  - id: zakup
    name: Zakup
    touchpoints:
      - channel: web
        description: Koszyk i płatność BLIK
    emotion: 2
  - id: po-zakupie
    name: Doświadczenie po zakupie
    touchpoints:
      - E-mail z instrukcją wygrzewania przetworników
    emotion: 1
"""

# A complete English journey.
JOURNEY_EN = """\
kind: journey
id: dan-orders-parts
name: Dan orders boiler parts
lang: en
persona: dan-heating
stages:
  - id: need
    name: Need
    touchpoints:
      - channel: phone
        description: Customer calls about a broken boiler
    emotion: -1
    pain_points:
      - The model number is worn off the boiler plate
    opportunities:
      - action: Photo lookup of boiler models in the app
        owner: Mobile team
        due: 2027-02-01
  - id: purchase
    name: Purchase
    touchpoints:
      - channel: app
        description: One-tap reorder from the van
    emotion: 1
  - id: loyalty
    name: Loyalty
    touchpoints:
      - Monthly trade-account statement
    emotion: 1
"""


def test_complete_journeys_are_quiet_for_every_journey_rule(tmp_path, monkeypatch):
    files = {"journeys/pawel.yaml": JOURNEY_PL, "journeys/dan.yaml": JOURNEY_EN}
    for rule in ("stage-without-emotion", "stage-without-touchpoints", "unowned-opportunity",
                 "unaddressed-pain", "journey-ends-at-purchase", "missing-stage"):
        assert run(tmp_path, monkeypatch, files, rule) == [], rule


# --- stage-without-emotion (CX401) -----------------------------------------------------------


def test_stage_without_emotion_fires_at_the_stage_id_pl(tmp_path, monkeypatch):
    text = JOURNEY_PL.replace("    emotion: 2\n", "")
    found = run(tmp_path, monkeypatch, {"journeys/pawel.yaml": text}, "stage-without-emotion")
    assert [where(f) for f in found] == [("journeys/pawel.yaml", *pos(text, "zakup\n"))]
    f = found[0]
    assert (f.code, f.severity) == ("CX401", Severity.warning)
    assert "stage 'zakup' has no emotion" in f.message and "-2" in f.message and "+2" in f.message


def test_stage_without_emotion_one_finding_per_stage_en(tmp_path, monkeypatch):
    text = JOURNEY_EN.replace("    emotion: -1\n", "").replace("    emotion: 1\n", "")
    found = run(tmp_path, monkeypatch, {"journeys/dan.yaml": text}, "stage-without-emotion")
    assert [(f.line, f.column) for f in found] == [pos(text, "need\n"), pos(text, "purchase\n"), pos(text, "loyalty\n")]


def test_stage_without_emotion_accepts_a_neutral_zero(tmp_path, monkeypatch):
    text = JOURNEY_PL.replace("    emotion: 2\n", "    emotion: 0\n")
    assert run(tmp_path, monkeypatch, {"journeys/pawel.yaml": text}, "stage-without-emotion") == []


# --- stage-without-touchpoints (CX402) -------------------------------------------------------


def test_stage_without_touchpoints_fires_pl(tmp_path, monkeypatch):
    text = JOURNEY_PL.replace("    touchpoints:\n      - E-mail z instrukcją wygrzewania przetworników\n", "")
    found = run(tmp_path, monkeypatch, {"journeys/pawel.yaml": text}, "stage-without-touchpoints")
    assert [where(f) for f in found] == [("journeys/pawel.yaml", *pos(text, "po-zakupie"))]
    f = found[0]
    assert (f.code, f.severity) == ("CX402", Severity.warning)
    assert "stage 'po-zakupie' has no touchpoints" in f.message


def test_stage_without_touchpoints_fires_on_an_empty_list_en(tmp_path, monkeypatch):
    text = JOURNEY_EN.replace("    touchpoints:\n      - Monthly trade-account statement\n", "    touchpoints: []\n")
    found = run(tmp_path, monkeypatch, {"journeys/dan.yaml": text}, "stage-without-touchpoints")
    assert [where(f) for f in found] == [("journeys/dan.yaml", *pos(text, "loyalty\n"))]


# --- unowned-opportunity (CX403) -------------------------------------------------------------


def test_unowned_opportunity_fires_at_the_action_pl(tmp_path, monkeypatch):
    text = JOURNEY_PL.replace("        owner: zespół contentu\n", "")
    found = run(tmp_path, monkeypatch, {"journeys/pawel.yaml": text}, "unowned-opportunity")
    assert [where(f) for f in found] == [("journeys/pawel.yaml", *pos(text, "Dodać wykresy"))]
    f = found[0]
    assert (f.code, f.severity) == ("CX403", Severity.warning)
    assert "'Dodać wykresy pomiarów do kart produktów' has no owner" in f.message and "team" in f.message


def test_unowned_opportunity_treats_a_blank_owner_as_none_en(tmp_path, monkeypatch):
    text = JOURNEY_EN.replace("owner: Mobile team", 'owner: "  "')
    found = run(tmp_path, monkeypatch, {"journeys/dan.yaml": text}, "unowned-opportunity")
    # At the blank owner, the line to fill in (tester4 F9); only a missing key goes to the action.
    line, column = pos(text, 'owner: "  "')
    assert [where(f) for f in found] == [("journeys/dan.yaml", line, column + len("owner: "))]
    assert "has no owner (`owner` is empty); name the team or person" in found[0].message


@pytest.mark.parametrize("owner", [
    "brak", "Nikt", "do ustalenia", "Do decyzji.", "none", "Unknown", "TBC", "to be confirmed", "N/A", '"?"', '"??"',
])
def test_unowned_opportunity_treats_an_owner_that_names_nobody_as_none(tmp_path, monkeypatch, owner):
    text = JOURNEY_PL.replace("owner: zespół contentu", f"owner: {owner}")
    found = run(tmp_path, monkeypatch, {"journeys/pawel.yaml": text}, "unowned-opportunity")
    # At the owner that names nobody, the value to change (tester3 F10), not at the action.
    line, column = pos(text, f"owner: {owner}")
    assert [where(f) for f in found] == [("journeys/pawel.yaml", line, column + len("owner: "))]
    said = owner.strip('"')
    assert f"has no owner ('{said}' names nobody); name the team or person" in found[0].message


@pytest.mark.parametrize("owner", ["NA", "Nikola (UX)", "zespół płatności", "'Brakujący moduł? nie: Team Checkout'", "Noone Ltd agency"])
def test_unowned_opportunity_accepts_real_owners(tmp_path, monkeypatch, owner):
    text = JOURNEY_PL.replace("owner: zespół contentu", f"owner: {owner}")
    assert run(tmp_path, monkeypatch, {"journeys/pawel.yaml": text}, "unowned-opportunity") == []


def test_unowned_opportunity_with_require_due_says_both_at_once(tmp_path, monkeypatch):
    # Owner and due date both missing: one finding naming both, not a second round of review for the date.
    text = JOURNEY_PL.replace("        owner: zespół contentu\n        due: 2026-12-15\n", "")
    found = run(tmp_path, monkeypatch, {"journeys/pawel.yaml": text}, "unowned-opportunity", **{"require-due": True})
    assert len(found) == 1
    assert "has no owner and no due date; name the team or person who will fix it and by when" in found[0].message


def test_unowned_opportunity_ignores_a_missing_due_date_by_default(tmp_path, monkeypatch):
    text = JOURNEY_PL.replace("        due: 2026-12-15\n", "")
    assert run(tmp_path, monkeypatch, {"journeys/pawel.yaml": text}, "unowned-opportunity") == []


def test_unowned_opportunity_require_due_option(tmp_path, monkeypatch):
    text = JOURNEY_PL.replace("        due: 2026-12-15\n", "")
    found = run(tmp_path, monkeypatch, {"journeys/pawel.yaml": text}, "unowned-opportunity", **{"require-due": True})
    assert [where(f) for f in found] == [("journeys/pawel.yaml", *pos(text, "Dodać wykresy"))]
    assert "no due date" in found[0].message
    # With a due date in place the option finds nothing.
    assert run(tmp_path, monkeypatch, {"journeys/pawel.yaml": JOURNEY_PL}, "unowned-opportunity",
               **{"require-due": True}) == []


def test_unowned_opportunity_require_due_from_config_en(tmp_path, monkeypatch):
    write(tmp_path, {
        "cxkit.toml": "[rules.unowned-opportunity]\nrequire-due = true\n",
        "journeys/dan.yaml": JOURNEY_EN.replace("        due: 2027-02-01\n", ""),
    })
    monkeypatch.chdir(tmp_path)
    code, findings, _ = cli_json("--select", "unowned-opportunity")
    assert code == 1
    assert [(f["line"], f["column"]) for f in findings] == [pos(JOURNEY_EN, "Photo lookup")]


# --- unaddressed-pain (CX404) ----------------------------------------------------------------


def test_unaddressed_pain_fires_on_barriers_without_opportunities_pl(tmp_path, monkeypatch):
    text = JOURNEY_PL.replace(
        "    opportunities:\n      - action: Dodać wykresy pomiarów do kart produktów\n"
        "        owner: zespół contentu\n        due: 2026-12-15\n", "")
    found = run(tmp_path, monkeypatch, {"journeys/pawel.yaml": text}, "unaddressed-pain")
    assert [where(f) for f in found] == [("journeys/pawel.yaml", *pos(text, "rozwazanie"))]
    f = found[0]
    assert (f.code, f.severity) == ("CX404", Severity.warning)
    assert "stage 'rozwazanie' hurts" in f.message
    assert "emotion -1" in f.message and "1 barrier)" in f.message and "no opportunities" in f.message


def test_unaddressed_pain_fires_on_pain_points_even_with_a_positive_emotion_en(tmp_path, monkeypatch):
    text = JOURNEY_EN.replace(
        "    emotion: 1\n  - id: loyalty",
        "    emotion: 1\n    pain_points:\n      - The app logs him out every time the van loses signal\n  - id: loyalty",
    )
    found = run(tmp_path, monkeypatch, {"journeys/dan.yaml": text}, "unaddressed-pain")
    assert [where(f) for f in found] == [("journeys/dan.yaml", *pos(text, "purchase\n"))]
    assert "1 pain point)" in found[0].message and "emotion" not in found[0].message


def test_unaddressed_pain_fires_on_a_low_emotion_alone(tmp_path, monkeypatch):
    text = JOURNEY_PL.replace("    emotion: 1\n  - id: rozwazanie", "    emotion: -2\n  - id: rozwazanie")
    found = run(tmp_path, monkeypatch, {"journeys/pawel.yaml": text}, "unaddressed-pain")
    assert [(f.line, f.column) for f in found] == [pos(text, "swiadomosc")]
    assert "emotion -2" in found[0].message


def test_unaddressed_pain_emotion_threshold_option(tmp_path, monkeypatch):
    text = JOURNEY_PL.replace("    emotion: 1\n  - id: rozwazanie", "    emotion: -1\n  - id: rozwazanie")
    files = {"journeys/pawel.yaml": text}
    assert len(run(tmp_path, monkeypatch, files, "unaddressed-pain")) == 1
    # Only a -2 counts as painful now; the -1 stage passes.
    assert run(tmp_path, monkeypatch, files, "unaddressed-pain", **{"emotion-threshold": -2}) == []
    # A neutral 0 counts as painful under a stricter team rule.
    stricter = run(tmp_path, monkeypatch, {"journeys/pawel.yaml": JOURNEY_PL.replace("emotion: 1\n  - id: rozwazanie",
                                                                                      "emotion: 0\n  - id: rozwazanie")},
                   "unaddressed-pain", **{"emotion-threshold": 0})
    assert [f.message.split("'")[1] for f in stricter] == ["swiadomosc"]
    assert "(emotion 0)" in stricter[0].message  # a neutral score has no sign


def test_unaddressed_pain_quiet_when_the_stage_has_an_opportunity(tmp_path, monkeypatch):
    files = {"journeys/pawel.yaml": JOURNEY_PL, "journeys/dan.yaml": JOURNEY_EN}
    assert run(tmp_path, monkeypatch, files, "unaddressed-pain") == []


def test_unaddressed_pain_bad_threshold_is_a_config_error(tmp_path, monkeypatch):
    write(tmp_path, {"cxkit.toml": "[rules.unaddressed-pain]\nemotion-threshold = -5\n", "journeys/dan.yaml": JOURNEY_EN})
    monkeypatch.chdir(tmp_path)
    code, findings, err = cli_json()
    assert code == 2 and findings == []
    assert "unaddressed-pain" in err and "emotion-threshold" in err


# --- journey-ends-at-purchase (CX405) --------------------------------------------------------

ENDS_AT_ZAKUP = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
lang: pl
persona: ola-biegaczka
stages:
  - id: swiadomosc
    name: Świadomość
  - id: decyzja
    name: Decyzja
  - id: zakup
    name: Zakup
"""


def test_journey_ends_at_purchase_fires_on_a_polish_zakup_stage(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"journeys/ola.yaml": ENDS_AT_ZAKUP}, "journey-ends-at-purchase")
    assert [where(f) for f in found] == [("journeys/ola.yaml", *pos(ENDS_AT_ZAKUP, "zakup\n"))]
    f = found[0]
    assert (f.code, f.severity) == ("CX405", Severity.warning)
    assert "ends at 'zakup'" in f.message and "after the purchase" in f.message and "coming back" in f.message


def test_journey_ends_at_purchase_recognises_the_polish_stage_name(tmp_path, monkeypatch):
    text = ENDS_AT_ZAKUP.replace("  - id: zakup\n    name: Zakup\n", "  - id: krok-3\n    name: Zakupy\n")
    found = run(tmp_path, monkeypatch, {"journeys/ola.yaml": text}, "journey-ends-at-purchase")
    assert [(f.line, f.column) for f in found] == [pos(text, "krok-3")]


def test_journey_ends_at_purchase_quiet_when_stages_follow_the_purchase(tmp_path, monkeypatch):
    files = {"journeys/pawel.yaml": JOURNEY_PL, "journeys/dan.yaml": JOURNEY_EN}
    assert run(tmp_path, monkeypatch, files, "journey-ends-at-purchase") == []


def test_journey_ends_at_purchase_fires_in_english(tmp_path, monkeypatch):
    text = """\
    kind: journey
    id: maya-replaces-shoes
    name: Maya replaces her running shoes
    lang: en
    persona: maya-runner
    stages:
      - id: awareness
        name: Awareness
      - id: checkout
        name: Checkout
    """
    found = run(tmp_path, monkeypatch, {"journeys/maya.yaml": text}, "journey-ends-at-purchase")
    assert [(f.line, f.column) for f in found] == [pos(text, "checkout")]


def test_journey_ends_at_purchase_does_not_take_post_purchase_for_the_purchase(tmp_path, monkeypatch):
    text = """\
    kind: journey
    id: maya-replaces-shoes
    name: Maya replaces her running shoes
    lang: en
    persona: maya-runner
    stages:
      - id: purchase
        name: Purchase
      - id: post-purchase
        name: After the purchase
    """
    assert run(tmp_path, monkeypatch, {"journeys/maya.yaml": text}, "journey-ends-at-purchase") == []


def test_journey_ends_at_purchase_does_not_take_po_zakupie_for_zakup(tmp_path, monkeypatch):
    # "po zakupie" is Polish for "after the purchase": the journey goes on past the purchase.
    text = ENDS_AT_ZAKUP + "  - id: po-zakupie\n    name: Po zakupie\n"
    assert run(tmp_path, monkeypatch, {"journeys/ola.yaml": text}, "journey-ends-at-purchase") == []
    # ... but when it is the only purchase-like stage and the last one, nothing follows a purchase.
    only_after = text.replace("  - id: zakup\n    name: Zakup\n", "")
    assert run(tmp_path, monkeypatch, {"journeys/ola.yaml": only_after}, "journey-ends-at-purchase") == []


def test_journey_ends_at_purchase_quiet_without_a_purchase_stage(tmp_path, monkeypatch):
    text = ENDS_AT_ZAKUP.replace("  - id: zakup\n    name: Zakup\n", "  - id: wizyta\n    name: Wizyta w salonie\n")
    assert run(tmp_path, monkeypatch, {"journeys/ola.yaml": text}, "journey-ends-at-purchase") == []


def test_journey_ends_at_purchase_purchase_stages_option(tmp_path, monkeypatch):
    text = ENDS_AT_ZAKUP.replace("  - id: zakup\n    name: Zakup\n", "  - id: rezerwacja\n    name: Rezerwacja wizyty\n")
    files = {"journeys/ola.yaml": text}
    assert run(tmp_path, monkeypatch, files, "journey-ends-at-purchase") == []
    found = run(tmp_path, monkeypatch, files, "journey-ends-at-purchase", **{"purchase-stages": ["rezerwacja"]})
    assert [(f.line, f.column) for f in found] == [pos(text, "rezerwacja")]
    # The option replaces the defaults: "zakup" alone no longer counts.
    assert run(tmp_path, monkeypatch, {"journeys/ola.yaml": ENDS_AT_ZAKUP}, "journey-ends-at-purchase",
               **{"purchase-stages": ["rezerwacja"]}) == []


def test_journey_ends_at_purchase_option_matches_a_polish_name_in_another_form(tmp_path, monkeypatch):
    text = ENDS_AT_ZAKUP.replace("  - id: zakup\n    name: Zakup\n", "  - id: krok-3\n    name: Płatności\n")
    found = run(tmp_path, monkeypatch, {"journeys/ola.yaml": text}, "journey-ends-at-purchase",
                **{"purchase-stages": ["płatność"]})
    assert [(f.line, f.column) for f in found] == [pos(text, "krok-3")]


# --- missing-stage (CX406) -------------------------------------------------------------------


def test_missing_stage_requires_nothing_by_default(tmp_path, monkeypatch):
    assert run(tmp_path, monkeypatch, {"journeys/ola.yaml": ENDS_AT_ZAKUP}, "missing-stage") == []


def test_missing_stage_required_list_pl(tmp_path, monkeypatch):
    required = ["swiadomosc", "rozwazanie", "decyzja", "zakup", "lojalnosc"]
    found = run(tmp_path, monkeypatch, {"journeys/ola.yaml": ENDS_AT_ZAKUP}, "missing-stage", required=required)
    assert [where(f) for f in found] == [("journeys/ola.yaml", *pos(ENDS_AT_ZAKUP, "stages:"))]
    f = found[0]
    assert (f.code, f.severity) == ("CX406", Severity.warning)
    assert "missing required stages: rozwazanie, lojalnosc" in f.message


def test_missing_stage_quiet_when_every_required_stage_is_there_en(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"journeys/dan.yaml": JOURNEY_EN}, "missing-stage",
                required=["purchase", "loyalty"])
    assert found == []
    found = run(tmp_path, monkeypatch, {"journeys/dan.yaml": JOURNEY_EN}, "missing-stage",
                required=["purchase", "advocacy"])
    assert [f.message for f in found] == ["missing required stage: advocacy"]


def test_missing_stage_required_from_pyproject(tmp_path, monkeypatch):
    write(tmp_path, {
        "pyproject.toml": '[tool.cxkit.rules.missing-stage]\nrequired = ["awareness", "purchase", "advocacy"]\n',
        "journeys/dan.yaml": JOURNEY_EN,
    })
    monkeypatch.chdir(tmp_path)
    code, findings, _ = cli_json("--select", "missing-stage")
    assert code == 1
    assert [(f["line"], f["column"], f["message"]) for f in findings] == [
        (*pos(JOURNEY_EN, "stages:"), "missing required stages: awareness, advocacy")
    ]


# --- journey-for-negative-persona (CX407) ----------------------------------------------------

NEGATIVE_PL = """\
kind: negative-persona
id: janusz-okazja
name: Janusz Okazja
lang: pl
reasons:
  - Słuchawki powyżej 200 zł uważa za wyrzucanie pieniędzy
"""

PERSONA_PL = """\
kind: persona
id: pawel-audiofil
name: Paweł
lang: pl
goals:
  - Kupić otwarte słuchawki do 1500 zł na najbliższe 5 lat
"""


def test_journey_for_negative_persona_fires_at_the_persona_reference_pl(tmp_path, monkeypatch):
    journey = JOURNEY_PL.replace("persona: pawel-audiofil", "persona: janusz-okazja")
    files = {"personas/janusz.yaml": NEGATIVE_PL, "journeys/janusz.yaml": journey}
    found = run(tmp_path, monkeypatch, files, "journey-for-negative-persona")
    assert [where(f) for f in found] == [("journeys/janusz.yaml", *pos(journey, "janusz-okazja"))]
    f = found[0]
    assert (f.code, f.severity) == ("CX407", Severity.warning)
    assert "'janusz-okazja' is a negative persona" in f.message and "personas/janusz.yaml" in f.message


def test_journey_for_negative_persona_quiet_for_a_persona_pl(tmp_path, monkeypatch):
    files = {"personas/pawel.yaml": PERSONA_PL, "personas/janusz.yaml": NEGATIVE_PL, "journeys/pawel.yaml": JOURNEY_PL}
    assert run(tmp_path, monkeypatch, files, "journey-for-negative-persona") == []


def test_journey_for_negative_persona_in_english(tmp_path, monkeypatch):
    negative = """\
    kind: negative-persona
    id: dan-heating
    name: DIY boiler fixer
    lang: en
    reasons:
      - Fixes his own boiler from forum videos and never calls a trade
    """
    persona = negative.replace("negative-persona", "persona").replace("reasons:", "goals:")
    found = run(tmp_path, monkeypatch, {"personas/diy.yaml": negative, "journeys/dan.yaml": JOURNEY_EN},
                "journey-for-negative-persona")
    assert [where(f) for f in found] == [("journeys/dan.yaml", *pos(JOURNEY_EN, "dan-heating"))]
    (tmp_path / "personas/diy.yaml").unlink()
    assert run(tmp_path, monkeypatch, {"personas/dan.yaml": persona}, "journey-for-negative-persona") == []


def test_journey_for_negative_persona_quiet_when_the_persona_is_unknown(tmp_path, monkeypatch):
    # An id nobody defines is unknown-persona's finding, not this rule's.
    assert run(tmp_path, monkeypatch, {"journeys/dan.yaml": JOURNEY_EN}, "journey-for-negative-persona") == []


def test_misspelt_missing_stage_option_is_a_config_error(tmp_path, monkeypatch):
    write(tmp_path, {
        "pyproject.toml": '[tool.cxkit.rules.missing-stage]\nrequried = ["zakup"]\n',
        "journeys/ola.yaml": ENDS_AT_ZAKUP,
    })
    monkeypatch.chdir(tmp_path)
    code, findings, err = cli_json()
    assert code == 2 and findings == []
    assert "missing-stage" in err and "'requried'" in err and "required" in err.split("'requried'", 1)[1]


MERGED_STAGE_PL = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
lang: pl
persona: ola-biegaczka
reviewed: 2026-10-05
sources:
  - id: zgloszenia-2026-09
    type: support
x-wspolne: &wspolne
  touchpoints: [web]
  emotion: -1
  barriers:
    - text: Brak płatności BLIK w koszyku
      sources: [ankieta-2025]
  opportunities:
    - action: Włączyć BLIK w bramce płatniczej
x-kurier: &kurier
  <<: *wspolne
stages:
  - id: zakup
    name: Zakup
    <<: *kurier
  - id: po-zakupie
    name: Po zakupie
    emotion: 1
    touchpoints: [e-mail]
"""


def test_findings_in_merged_stage_fields_point_where_the_value_is_written(tmp_path, monkeypatch):
    # The stage takes touchpoints, barriers and opportunities from `<<: *kurier`, which merges
    # `*wspolne`: the findings sit on the cited id and the action as written there, not on the stage.
    files = {"journeys/ola.yaml": MERGED_STAGE_PL}
    [unknown] = run(tmp_path, monkeypatch, files, "unknown-source")
    assert where(unknown) == ("journeys/ola.yaml", *pos(MERGED_STAGE_PL, "ankieta-2025"))
    [unowned] = run(tmp_path, monkeypatch, files, "unowned-opportunity")
    assert where(unowned) == ("journeys/ola.yaml", *pos(MERGED_STAGE_PL, "Włączyć BLIK"))


@pytest.mark.parametrize(("stage_id", "name"), [
    ("krok-3", "Zakup online"),
    ("krok-3", "Zakup w promocji"),
    ("krok-3", "Zamówienie i płatność"),
    ("zakup-online", "Krok trzeci"),
    ("krok-3", "Kupuje"),
    ("krok-3", "Sign-up"),  # not "Rejestracja": a registration is no purchase (tester15 F4)
    ("step-3", "Checkout & payment"),
    ("step-3", "Purchase in store"),
    # How it is paid, or the one thing bought, may follow the purchase word; payment and the till are it too.
    ("krok-3", "Zakup na raty"), ("krok-3", "Zakup kartą"), ("krok-3", "Zakup BLIK-iem"),
    ("krok-3", "Zakup biletu"), ("krok-3", "Kupno biletu w aplikacji"), ("krok-3", "Finalizacja zakupu"),
    ("krok-3", "Kasa"), ("krok-3", "Płatność kartą lub gotówką"), ("step-3", "Purchase on credit"),
    ("step-3", "Purchase with Klarna"), ("step-3", "Payment"), ("step-3", "Pay at the till"),
    ("step-3", "Purchase of tickets"),
])
def test_journey_ends_at_purchase_knows_a_stage_named_by_a_phrase_that_opens_with_the_purchase(
    tmp_path, monkeypatch, stage_id, name
):
    text = ENDS_AT_ZAKUP.replace("  - id: zakup\n    name: Zakup\n", f"  - id: {stage_id}\n    name: {name}\n")
    found = run(tmp_path, monkeypatch, {"journeys/ola.yaml": text}, "journey-ends-at-purchase")
    assert [(f.line, f.column) for f in found] == [pos(text, stage_id)]


@pytest.mark.parametrize("name", [
    "Zakup i użytkowanie", "Purchase follow-up", "Przed zakupem", "Pre-purchase research", "Order tracking",
    "Zakup i zwrot", "Zakup i dostawa", "Zakup i odbiór", "Buy again", "Subscription renewal", "Order delivered",
    "Order history", "Checkout and delivery", "Purchase and installation", "Purchase review",
    "Rejestracja gwarancji", "Kupuje ponownie", "Zakupy powtórne", "Ordering again", "Buy-back",
    "Zamówienie kolejnego serwisu", "Payment reminders", "Pay-off", "Kasa zwrotów", "Zwrot w kasie", "Odbiór w kasie",
    "Ticket check", "Płatność i odbiór", "Obsługa polisy", "Polisa i szkody",
])
def test_journey_ends_at_purchase_does_not_take_a_stage_past_or_before_the_purchase_for_it(tmp_path, monkeypatch, name):
    text = ENDS_AT_ZAKUP.replace("  - id: zakup\n    name: Zakup\n", f"  - id: krok-3\n    name: {name}\n")
    assert run(tmp_path, monkeypatch, {"journeys/ola.yaml": text}, "journey-ends-at-purchase") == []
