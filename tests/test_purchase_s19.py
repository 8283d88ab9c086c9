"""journey-ends-at-purchase (CX405) knows the B2B and subscription purchase ("Contract signed",
"Closed won", "Podpisanie umowy", "Przejście na płatny plan") without taking what follows it
(onboarding, renewal, expansion) for the purchase; `extend-purchase-stages` adds a team's own
words to the defaults, which `purchase-stages` replaces."""

from __future__ import annotations

import pytest

from conftest import run_cli
from rule_helpers import pos, run

RULE = "journey-ends-at-purchase"

B2B_EN = """\
kind: journey
id: priya-buys-ledgerly
name: Priya buys Ledgerly for the finance team
lang: en
persona: priya-shah
stages:
  - id: evaluation
    name: Technical evaluation
    touchpoints: [Sandbox with their own CRM export]
    emotion: 0
  - id: security-review
    name: Security review
    touchpoints: [Questionnaire of 140 questions]
    emotion: -1
  - id: {id}
    name: {name}
    touchpoints: [DocuSign envelope from the account executive]
    emotion: 1
"""

B2B_PL = """\
kind: journey
id: kasia-kupuje-crm
name: Kasia kupuje CRM dla działu handlowego
lang: pl
persona: kasia-kierowniczka-sprzedazy
stages:
  - id: ocena
    name: Ocena rozwiązań
    touchpoints: [Demo z handlowcem]
    emotion: 0
  - id: {id}
    name: {name}
    touchpoints: [Umowa w PDF wysłana mailem]
    emotion: 1
"""


def _journey(template: str, stage_id: str, name: str) -> str:
    return template.replace("{id}", stage_id).replace("{name}", name)


@pytest.mark.parametrize(("template", "stage_id", "name"), [
    (B2B_EN, "closed-won", "Closed won"),
    (B2B_EN, "contract", "Contract signed"),
    (B2B_EN, "sign", "Signs the order form"),
    (B2B_EN, "trial-to-paid", "Trial to paid conversion"),
    (B2B_EN, "procurement", "Procurement and PO"),
    (B2B_EN, "upgrade", "Upgrade to annual plan"),
    (B2B_EN, "step-3", "Purchase order issued"),
    (B2B_EN, "step-3", "Sign the contract"),
    (B2B_EN, "step-3", "Deal won"),
    (B2B_PL, "umowa", "Podpisanie umowy"),
    (B2B_PL, "zamowienie", "Zamówienie"),
    (B2B_PL, "platny-plan", "Przejście na płatny plan"),
    (B2B_PL, "krok-2", "Umowa podpisana"),
    (B2B_PL, "krok-2", "Złożenie zamówienia"),
    (B2B_PL, "krok-2", "Zakup licencji"),
])
def test_a_b2b_journey_that_ends_at_the_contract_is_reported(tmp_path, monkeypatch, template, stage_id, name):
    text = _journey(template, stage_id, name)
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, RULE)
    line, col = pos(text, f"  - id: {stage_id}\n")
    assert [(f.code, f.line, f.column) for f in found] == [("CX405", line, col + len("  - id: "))]
    assert f"the journey ends at '{stage_id}'" in found[0].message


@pytest.mark.parametrize("name", [
    "Onboarding after contract", "Post-contract onboarding", "Renewal", "Contract renewal", "Expansion", "Upgrade",
    "Go-live", "Closed lost", "Sign in", "Closing", "Close the account", "Contract negotiation", "Free trial",
    "Won back", "Po podpisaniu umowy", "Wdrożenie po podpisaniu umowy", "Odnowienie umowy", "Rozwiązanie umowy",
    "Negocjacje umowy", "Przejście na stronę cennika", "Ponowny zakup",
])
def test_a_stage_before_or_after_the_contract_is_not_the_purchase(tmp_path, monkeypatch, name):
    text = _journey(B2B_EN, "last", name)
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, RULE) == []


def test_a_journey_that_goes_on_past_the_contract_is_not_reported(tmp_path, monkeypatch):
    text = _journey(B2B_EN, "contract", "Contract signed") + """\
  - id: kick-off
    name: Kick-off and data migration
    touchpoints: [Onboarding call with the CSM]
    emotion: 0
  - id: renewal
    name: Renewal
    touchpoints: [QBR deck]
    emotion: 1
"""
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, RULE) == []


def test_extend_purchase_stages_adds_to_the_defaults(tmp_path, monkeypatch):
    booking = _journey(B2B_PL, "rezerwacja", "Rezerwacja wizyty")
    checkout = _journey(B2B_EN, "checkout", "Checkout")
    files = {"journeys/booking.yaml": booking, "journeys/checkout.yaml": checkout}
    found = run(tmp_path, monkeypatch, files, RULE, **{"extend-purchase-stages": ["rezerwacja"]})
    assert sorted((f.path, f.line, f.column) for f in found) == [
        ("journeys/booking.yaml", *pos(booking, "rezerwacja\n")),
        ("journeys/checkout.yaml", *pos(checkout, "checkout\n")),
    ]
    # `purchase-stages` replaces them (documented): "Checkout" no longer counts.
    found = run(tmp_path, monkeypatch, files, RULE, **{"purchase-stages": ["rezerwacja"]})
    assert [f.path for f in found] == ["journeys/booking.yaml"]


def test_extend_purchase_stages_in_the_config_file_and_its_errors(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys/j.yaml").write_text(_journey(B2B_EN, "quote-accepted", "Quote accepted"), encoding="utf-8")
    assert run_cli("lint", "--select", RULE, ".").exit_code == 0  # not a default purchase word
    (tmp_path / "cxkit.toml").write_text('[rules.journey-ends-at-purchase]\nextend-purchase-stages = ["quote accepted"]\n',
                                         encoding="utf-8")
    result = run_cli("lint", "--select", RULE, ".")
    assert result.exit_code == 1
    assert "journeys/j.yaml:15:9: warning CX405 the journey ends at 'quote-accepted'" in result.stdout
    (tmp_path / "cxkit.toml").write_text('[rules.journey-ends-at-purchase]\nextend-purchase-stages = ["quote accepted", " "]\n',
                                         encoding="utf-8")
    result = run_cli("lint", "--select", RULE, ".")
    assert result.exit_code == 2 and result.exception is None
    assert "extend-purchase-stages" in result.stderr and "blank" in result.stderr


def test_the_rule_says_that_purchase_stages_replaces_the_defaults():
    out = run_cli("rule", RULE).stdout
    assert "Setting it replaces the default list; to keep the defaults and add your own, use " \
           "`extend-purchase-stages`." in out
    assert "extend-purchase-stages = []" in out
