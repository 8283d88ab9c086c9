"""A folder scan does not pass over a very old journey map (session 38, tester41's M7): `kind: Journey` or
`kind: customer-journey` over `title:` and `phases:` was skipped as no cxkit document ("Nothing to check",
exit 0), while the file named got CX002: a false pass. Its stages, written as cxkit's are (touchpoints, an
emotion, a feeling), now tell it is one; a CI job's steps, a funnel's or a Kubernetes resource stay out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

OLD_EN = """\
kind: {kind}
id: j01-repeat-prescription
title: Priya books a repeat prescription
persona: h08-priya-nurse
phases:
  - name: Awareness
    touchpoints:
      - channel: email
        description: Surgery newsletter mentions the NHS App
    emotion: 0
  - name: Ordering
    feeling: Annoyed that the app logs her out after 5 minutes
    emotion: -1
"""

OLD_PL = """\
kind: customer-journey
id: ola-kupuje-buty
title: Ola kupuje buty do biegania
persona: ola-biegaczka
phases:
  - name: Rozważanie
    thinking: Czy Pegasus 41 wytrzyma 600 km?
    emotion: 0
  - name: Zakup
    barriers:
      - Brak tabeli rozmiarów dla stopy szerokiej
    emotion: -1
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    (tmp_path / "journeys").mkdir()
    return tmp_path


def scan() -> tuple[int, list[dict]]:
    result = run_cli("lint", "--no-cache", "-f", "json", ".")
    assert result.exception is None, repr(result.exception)
    return result.exit_code, json.loads(result.stdout or "[]")


@pytest.mark.parametrize("kind", ["Journey", "customer-journey"])
def test_an_old_journey_is_found_by_a_folder_scan_s38(ws: Path, kind: str) -> None:
    (ws / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (ws / "journeys" / "j01.yaml").write_text(OLD_EN.format(kind=kind), encoding="utf-8")
    code, findings = scan()
    assert code == 1
    assert [(f["path"], f["line"], f["code"]) for f in findings] == [("journeys/j01.yaml", 1, "CX002")]
    assert f"unknown kind '{kind}'" in findings[0]["message"]


def test_an_old_polish_journey_is_found_and_told_in_polish_s38(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "journeys" / "ola.yaml").write_text(OLD_PL, encoding="utf-8")
    code, findings = scan()
    assert code == 1
    assert [(f["line"], f["code"]) for f in findings] == [(1, "CX002")]
    assert findings[0]["message"].startswith("nieznany rodzaj")


@pytest.mark.parametrize("text", [
    # an analytics funnel: event steps, no stage of cxkit's
    "kind: Journey\nid: checkout-funnel\ntitle: Checkout funnel\nsteps:\n  - id: cart\n    event: cart_viewed\n"
    "  - id: pay\n    event: payment_submitted\n",
    # an end-to-end test scenario: steps with a name and an action
    "kind: user-journey\nname: checkout\nsteps:\n  - name: open the cart\n    run: click '#cart'\n",
    # a Kubernetes custom resource, even with a stage-like key
    "apiVersion: journeys.example.com/v1\nkind: Journey\nmetadata:\n  name: onboarding\nid: onboarding\n"
    "phases:\n  - name: signup\n    emotion: 1\n",
])
def test_other_tools_yaml_with_steps_stays_out_of_the_scan_s38(ws: Path, text: str) -> None:
    (ws / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (ws / "journeys" / "other.yaml").write_text(text, encoding="utf-8")
    result = run_cli("lint", "--no-cache", ".")
    assert result.exit_code == 0, result.stdout
    assert "Nothing to check" in result.stdout + result.stderr


@pytest.mark.parametrize("text", [
    # a product tour's steps, one with an `emotion` (review of 29c4eb4e)
    "kind: OnboardingJourney\nid: tour-1\nsteps:\n  - target: '#nav'\n    content: This is the nav\n"
    "  - target: '#search'\n    content: Search here\n    emotion: happy\n",
    # a page's i18n strings with a `thinking:` label
    "kind: journey_page\ntitle: Your journey\nsteps:\n  - title: Sign up\n    description: Create an account\n"
    "    thinking: Is it safe?\n",
    # a Polish landing page's copy: `kind: strona-journey`, one `feeling` label
    "kind: strona-journey\ntitle: Twoja podróż z nami\nsteps:\n  - title: Rejestracja\n    feeling: Spokój\n"
    "  - title: Pierwszy zakup\n    description: Wybierz produkt\n",
])
def test_one_stage_like_key_in_another_tools_steps_stays_out_s38(ws: Path, text: str) -> None:
    (ws / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (ws / "other.yaml").write_text(text, encoding="utf-8")
    result = run_cli("lint", "--no-cache", ".")
    assert result.exit_code == 0, result.stdout
    assert "Nothing to check" in result.stdout + result.stderr
    fixed = run_cli("fmt", "--fix", ".")
    assert fixed.exception is None, repr(fixed.exception)
    assert (ws / "other.yaml").read_text(encoding="utf-8") == text


@pytest.mark.parametrize("text", [
    # one stage key, but the persona the map is of
    "kind: Journey\ntitle: Priya renews\npersona: h08-priya-nurse\nphases:\n  - name: Renewal\n    emotion: -1\n",
    # no persona, but stages with an emotion and what the customer thinks
    "kind: customer-journey\nid: ola-buty\ntitle: Ola kupuje buty\nsteps:\n  - name: Rozważanie\n"
    "    thinking: Czy wytrzymają 600 km?\n  - name: Zakup\n    emotion: -1\n",
])
def test_an_old_journey_with_few_stage_keys_is_still_found_s38(ws: Path, text: str) -> None:
    (ws / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (ws / "journeys" / "old.yaml").write_text(text, encoding="utf-8")
    code, findings = scan()
    assert code == 1
    assert (findings[0]["path"], findings[0]["line"], findings[0]["code"]) == ("journeys/old.yaml", 1, "CX002")


@pytest.mark.parametrize("kind", ["ścieżka-klienta", "mapa-podróży", "Mapa-Podrozy", "cjm"])
@pytest.mark.parametrize("stages", ["phases", "etapy", "kroki"])
def test_an_old_journey_in_a_polish_teams_words_is_found_s38(ws: Path, kind: str, stages: str) -> None:
    # Review of 29c4eb4e: only a kind holding "journey" counted, so a Polish team's `ścieżka-klienta` over
    # `title:` and `etapy:` was still "Nie ma czego sprawdzać", exit 0.
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    text = OLD_PL.replace("kind: customer-journey", f"kind: {kind}").replace("phases:", f"{stages}:")
    (ws / "journeys" / "ola.yaml").write_text(text, encoding="utf-8")
    code, findings = scan()
    assert code == 1
    assert [(f["line"], f["code"]) for f in findings][:1] == [(1, "CX002")]
    assert findings[0]["message"].startswith("nieznany rodzaj"), findings[0]["message"]


def test_a_polish_page_with_steps_stays_out_of_the_scan_s38(ws: Path) -> None:
    # A shop's checkout wizard copy (`kind: ścieżka-zakupu`, steps with a title and a hint): no stage of cxkit's.
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "kreator.yaml").write_text(
        "kind: ścieżka-zakupu\ntitle: Zamówienie\nkroki:\n  - title: Koszyk\n    hint: Sprawdź produkty\n"
        "  - title: Dostawa\n    hint: Wybierz paczkomat\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", ".")
    assert result.exit_code == 0, result.stdout
    assert "Nie ma czego sprawdzać" in result.stdout + result.stderr
