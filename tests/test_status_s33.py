"""`status: draft | active | retired` on personas, negative personas and journeys (session 33).

A research-ops lead running 40 personas had no way to retire one: `x-status: retired` kept it in
stale-review and similar-personas, and a journey still built on it said nothing.  A retired document
is kept for the record: no review is due, it pairs with no persona, and a journey in use whose persona
is retired gets journey-for-retired-persona (CX413).
"""

from __future__ import annotations

import json

import pytest

from conftest import enter_workspace, run_cli

OLA = """\
kind: persona
id: p11-klient
name: Ola Nowak
lang: pl
owner: Zespół CX
{status}summary: Klientka, która co roku w marcu odnawia polisę OC samochodu przez aplikację ubezpieczyciela.
goals:
  - Odnowić polisę OC w pięć minut przez aplikację, bez dzwonienia na infolinię
pain_points:
  - Formularz w aplikacji gubi dane pojazdu po powrocie z ekranu płatności
behaviours:
  - Porównuje oferty ubezpieczycieli w aplikacji w niedzielę wieczorem
reviewed: 2024-03-01
"""

DAN = """\
kind: persona
id: dan-driver
name: Dan Whitaker
lang: en
{status}summary: Renews his car insurance every March in the insurer's app, between two jobs.
goals:
  - Renew the car policy in five minutes in the app without calling the helpline
pain_points:
  - The app form loses the car's details after the payment screen
behaviours:
  - Compares insurers' quotes in the app on Sunday evenings
reviewed: 2024-03-01
"""

JOURNEY = """\
kind: journey
id: j11-odnowienie
name: Ola odnawia polisę
{status}persona: p11-klient
reviewed: 2026-11-01
stages:
  - id: przypomnienie
    name: Przypomnienie o końcu polisy
    emotion: 0
    opportunities:
      - action: Wysłać przypomnienie SMS na 30 dni przed końcem polisy
        owner: Zespół CRM
        due: 2025-01-31
"""


def status(value: str | None) -> str:
    return "" if value is None else f"status: {value}\n"


@pytest.fixture
def ws(tmp_path, monkeypatch):
    root = tmp_path / "ws"
    root.mkdir()
    enter_workspace(root, monkeypatch, config='lang = "pl"\n', today="2026-12-01")
    return root


def write(root, rel: str, text: str) -> None:
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / rel).write_text(text, encoding="utf-8")


def findings(*args: str) -> list[dict]:
    result = run_cli("lint", "--no-cache", "-f", "json", *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stdout + result.stderr
    return json.loads(result.stdout)


def rules_of(found: list[dict], path: str) -> set[str]:
    return {f["rule"] for f in found if f["path"] == path}


@pytest.mark.parametrize(("doc", "path"), [(OLA, "persony/p11.yaml"), (DAN, "personas/dan.yaml")])
def test_a_retired_persona_is_not_asked_for_a_review(ws, doc, path):
    write(ws, path, doc.format(status=status(None)))
    assert "stale-review" in rules_of(findings(), path)
    write(ws, path, doc.format(status=status("retired")))
    assert "stale-review" not in rules_of(findings(), path)
    write(ws, path, doc.format(status=status("draft")))
    assert "stale-review" in rules_of(findings(), path)  # a draft is checked as an active document


def test_a_retired_persona_pairs_with_none_in_similar_personas(ws):
    write(ws, "personas/dan.yaml", DAN.format(status=status(None)))
    write(ws, "personas/dan2.yaml", DAN.format(status=status(None)).replace("dan-driver", "dan-driver-2"))
    assert any(f["rule"] == "similar-personas" for f in findings())
    write(ws, "personas/dan2.yaml", DAN.format(status=status("retired")).replace("dan-driver", "dan-driver-2"))
    assert not any(f["rule"] == "similar-personas" for f in findings())


def test_a_journey_in_use_on_a_retired_persona_is_reported(ws):
    write(ws, "persony/p11.yaml", OLA.format(status=status("retired")))
    write(ws, "podroze/j11.yaml", JOURNEY.format(status=status(None)))
    result = run_cli("lint", "--no-cache", "--select", "journey-for-retired-persona")
    assert result.exit_code == 1
    assert ("podroze/j11.yaml:4:10: warning CX413 persona „p11-klient” jest wycofana (persony/p11.yaml); oprzyj "
            "ścieżkę na personie w użyciu albo wycofaj także ścieżkę (status: retired) [journey-for-retired-persona]"
            ) in result.stdout  # the workspace's `lang` is "pl"
    assert "unknown-persona" not in result.stdout


@pytest.mark.parametrize(("persona", "journey"), [(None, None), ("active", None), ("draft", None),
                                                  ("retired", "retired")])
def test_no_finding_for_a_persona_in_use_or_a_journey_retired_with_it(ws, persona, journey):
    write(ws, "persony/p11.yaml", OLA.format(status=status(persona)))
    write(ws, "podroze/j11.yaml", JOURNEY.format(status=status(journey)))
    assert not any(f["rule"] == "journey-for-retired-persona" for f in findings())


def test_a_retired_journey_has_no_review_or_overdue_reminders_but_keeps_the_other_rules(ws):
    write(ws, "persony/p11.yaml", OLA.format(status=status("retired")))
    old = JOURNEY.replace("reviewed: 2026-11-01", "reviewed: 2023-01-01")
    write(ws, "podroze/j11.yaml", old.format(status=status(None)))
    assert {"stale-review", "overdue-opportunity"} <= rules_of(findings(), "podroze/j11.yaml")
    write(ws, "podroze/j11.yaml", old.format(status=status("retired")))
    left = rules_of(findings(), "podroze/j11.yaml")
    assert not left & {"stale-review", "overdue-opportunity", "journey-for-retired-persona"}
    assert "stage-without-touchpoints" in left  # the method asks the same of a retired map


@pytest.mark.parametrize(("written", "meant"), [("wycofana", "retired"), ("archiwalna", "retired"),
                                                ("szkic", "draft"), ("aktywna", "active"), ("archived", "retired")])
def test_a_status_in_other_words_gets_the_value_it_means(ws, written, meant):
    write(ws, "persony/p11.yaml", OLA.format(status=status(written)))
    result = run_cli("lint", "--no-cache", "--select", "schema", "persony/p11.yaml")
    assert result.exit_code == 1
    # The workspace is Polish: so is the message (session 36); the suggestion is the same.
    assert (f"persony/p11.yaml:6:9: error CX002 `status` musi mieć jedną z wartości „draft”, „active” lub „retired”, "
            f"a ma „{written}”; czy chodziło o „{meant}”?") in result.stdout


def test_fmt_puts_status_after_owner_and_fix_renames_the_polish_key(ws):
    text = OLA.format(status="").replace("reviewed: 2024-03-01\n", "reviewed: 2024-03-01\nstan: retired\n")
    write(ws, "persony/p11.yaml", text)
    result = run_cli("fmt", "--fix", "persony/p11.yaml")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert (ws / "persony/p11.yaml").read_text(encoding="utf-8") == OLA.format(status=status("retired"))


# --- render -------------------------------------------------------------------------------------


def test_render_shows_the_status(ws):
    write(ws, "persony/p11.yaml", OLA.format(status=status("retired")))
    write(ws, "podroze/j11.yaml", JOURNEY.format(status=status(None)))
    persona = run_cli("render", "persony/p11.yaml")
    assert persona.exit_code == 0 and "Status: wycofana" in persona.stdout
    journey = run_cli("render", "podroze/j11.yaml")
    assert journey.exit_code == 0 and "Persona: Ola Nowak (p11-klient)" in journey.stdout
    assert "Status:" not in journey.stdout  # an active journey says nothing of its status
    write(ws, "podroze/j11.yaml", JOURNEY.format(status=status("retired")))
    retired = run_cli("render", "podroze/j11.yaml")
    assert "Status: wycofana" in retired.stdout
    stacked = run_cli("render", "--layout", "stacked", "podroze/j11.yaml")
    assert "Status: wycofana" in stacked.stdout


def test_render_shows_an_english_draft(ws):
    write(ws, "personas/dan.yaml", DAN.format(status=status("draft")))
    result = run_cli("render", "personas/dan.yaml")
    assert result.exit_code == 0 and "Status: draft" in result.stdout
