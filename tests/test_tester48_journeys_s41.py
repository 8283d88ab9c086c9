"""tester48's findings (session 41), a Polish online furniture shop's marketing manager: vague-action (CX410)
and feeling-contradicts-emotion (CX409).

3. CX410 missed "Poprawić UX konfiguratora": naming the screen made the wish look concrete ("Improve the
   checkout UX" was caught, "Improve the configurator UX" was not).
4. CX409 missed doubt scored glad ("Niepewność", "niepewnosc", "Uncertainty" at +2); at 0 it is no
   contradiction.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claim_helpers import lint_action
from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)
from rule_helpers import EWA_MORTGAGE_DECISION, assert_at_the_emotion, pos, run, where


# --- 3: vague-action ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("action", "lang"), [
    ("Poprawić UX konfiguratora", "pl"),
    ("Poprawic UX konfiguratora", "pl"),
    ("Poprawić UX strony produktu", "pl"),
    ("Improve the configurator UX", "en"),
    ("Improve the UX of the configurator", "en"),
    ("Improve usability of the configurator", "en"),
])
def test_a_screen_named_beside_ux_is_still_a_wish_s41(tmp_path, monkeypatch, action, lang) -> None:
    text, found = lint_action(tmp_path, monkeypatch, action, lang)
    line, column = pos(text, "action:")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + len("action: "))]
    assert found[0].message.startswith(f"opportunity '{action}' names a wish, not a change")


@pytest.mark.parametrize(("action", "lang"), [
    ("Dodać podgląd tkaniny 3D w konfiguratorze do 2026-03", "pl"),
    ("Poprawić UX konfiguratora: dodać podgląd tkaniny 3D", "pl"),
    ("Poprawić UX konfiguratora, dodając podgląd tkaniny obok próbki", "pl"),
    ("Add a fabric swatch order button to the configurator", "en"),
    ("Improve the configurator UX by adding a 3D fabric preview", "en"),
])
def test_a_change_said_beside_ux_stays_quiet_s41(tmp_path, monkeypatch, action, lang) -> None:
    _text, found = lint_action(tmp_path, monkeypatch, action, lang)
    assert found == []


# --- 4: feeling-contradicts-emotion ------------------------------------------------------------------------

def feel(tmp_path, monkeypatch, feeling: str, emotion: int, lang: str):
    text = EWA_MORTGAGE_DECISION.format(lang=lang, feeling=feeling, emotion=emotion)
    return text, run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "feeling-contradicts-emotion")


@pytest.mark.parametrize(("feeling", "lang", "word", "emotion"), [
    ("niepewnosc", "pl", "niepewnosc", 2),
    ("Niepewność", "pl", "Niepewność", 2),
    ("Niepewna, czy sofa wejdzie do windy", "pl", "Niepewna", 1),
    ("Uncertainty", "en", "Uncertainty", 2),
    ("Unsure whether the sofa fits the lift", "en", "Unsure", 1),
])
def test_doubt_scored_glad_is_reported_s41(tmp_path, monkeypatch, feeling, lang, word, emotion) -> None:
    text, found = feel(tmp_path, monkeypatch, feeling, emotion, lang)
    assert_at_the_emotion(text, found, emotion)
    assert found[0].message == (f"stage 'decyzja' feels '{word}' but its emotion is +{emotion}; score what the "
                                "persona felt (0 or -1) so that the pain shows on the curve")


@pytest.mark.parametrize(("feeling", "lang", "emotion"), [
    ("Niepewność", "pl", 0),  # doubt at 0 is no contradiction
    ("Unsure whether the sofa fits the lift", "en", 0),
    ("Brak niepewności, zamawia od razu", "pl", 2),
    ("Ciekawość i niepewność", "pl", 1),  # mixed
    ("Niepewna, ale podekscytowana", "pl", 2),
    ("Zero uncertainty", "en", 2),
    ("Pewna wyboru po wizycie w salonie", "pl", 2),
])
def test_doubt_at_zero_denied_or_mixed_is_quiet_s41(tmp_path, monkeypatch, feeling, lang, emotion) -> None:
    _text, found = feel(tmp_path, monkeypatch, feeling, emotion, lang)
    assert found == []


def test_anger_at_zero_is_still_reported_beside_doubt_s41(tmp_path, monkeypatch) -> None:
    text, found = feel(tmp_path, monkeypatch, "Niepewna i wściekła", 0, "pl")
    assert_at_the_emotion(text, found, 0)
    assert "(-1 or -2)" in found[0].message


def test_doubt_scored_glad_is_told_in_polish_s41(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "j.yaml").write_text(EWA_MORTGAGE_DECISION.format(lang="pl", feeling="niepewnosc", emotion=2),
                               encoding="utf-8")
    found = lint("--select", "CX409", ".")[1]
    assert [f["message"] for f in found] == [
        "na etapie „decyzja” uczucie „niepewnosc” nie pasuje do emocji +2; oceń to, co persona czuła (0 lub -1), "
        "żeby ból było widać na krzywej"]
