"""journey-ends-at-purchase (CX405) in a B2B journey: its advice names what follows a contract (session 41, tester49 L2).

A B2B sales cycle's "purchase" is a signed contract ("Contract signed", "Podpisanie umowy", "Closed-won",
"Signs the order form"); its value comes at onboarding and the first real use, and its loyalty is the
renewal.  The advice used to speak a shop's words ("using what was bought … recommending it"); now it names
onboarding and data migration, the first real use and renewal.  An insurer's contract (a policy bought) and
a shop's purchase keep the purchase advice.
"""

from __future__ import annotations

import pytest

from cxkit.config import Config
from cxkit.lint.engine import lint as lint_files
from cxkit.lint.selection import Selection
from rule_helpers import pos, run, where, write

B2B = """\
kind: journey
id: whitfield-moves-payroll
name: {title}
lang: {lang}
persona: claire-whitmore
stages:
  - id: demo
    name: {demo}
    emotion: 1
    touchpoints: [video call]
  - id: legal
    name: {legal}
    emotion: -1
    touchpoints: [e-mail]
  - id: {id}
    name: {name}
    emotion: 1
    touchpoints: [docusign]
"""

CONTRACT_EN = ("add what happens after the contract (onboarding and data migration, the first real use, getting help, "
               "renewal)")
CONTRACT_PL = ("dodaj, co dzieje się po zawarciu umowy (wdrożenie i migracja danych, pierwsze użycie w pracy, szukanie "
               "pomocy, odnowienie umowy)")
PURCHASE_EN = "add what happens after the purchase (using what was bought, getting help, coming back, recommending it)"


def journey(lang: str, stage_id: str, name: str) -> str:
    if lang == "pl":
        return B2B.format(title="Wójcik Logistyka wdraża Paywise", lang="pl", demo="Prezentacja produktu",
                          legal="Dział zakupów i prawnicy", id=stage_id, name=name)
    return B2B.format(title="Whitfield Logistics moves payroll to Paywise", lang="en", demo="Demo",
                      legal="Procurement and legal", id=stage_id, name=name)


@pytest.mark.parametrize(("stage_id", "name", "lang"), [
    ("contract", "Contract signed", "en"),
    ("signed", "Signs the order form", "en"),
    ("won", "Closed-won", "en"),
    ("umowa", "Podpisanie umowy", "pl"),
    ("umowa", "Zawarcie umowy na 24 miesiące", "pl"),
])
def test_a_journey_ending_at_the_contract_is_told_what_follows_a_contract_s41(tmp_path, monkeypatch, stage_id, name,
                                                                             lang):
    text = journey(lang, stage_id, name)
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": text}, "journey-ends-at-purchase")
    line, column = pos(text, f"  - id: {stage_id}")
    assert [where(f) for f in found] == [("journeys/j.yaml", line, column + len("  - id: "))]
    assert found[0].message == f"the journey ends at '{stage_id}' ({name}); {CONTRACT_EN}"
    assert "recommending it" not in found[0].message


def test_the_polish_workspace_says_it_in_polish_s41(tmp_path, monkeypatch):
    write(tmp_path, {"journeys/j.yaml": journey("pl", "podpisanie", "Podpisanie umowy")})
    monkeypatch.chdir(tmp_path)
    found = lint_files(["."], Config(root=tmp_path, lang="pl"), Selection(select=("journey-ends-at-purchase",))).findings
    assert [f.message for f in found] == [f"ścieżka kończy się na etapie „podpisanie” (Podpisanie umowy); {CONTRACT_PL}"]
    assert "polecanie" not in found[0].message


@pytest.mark.parametrize(("stage_id", "name", "lang"), [
    ("ubezpieczenie", "Zawarcie umowy ubezpieczenia", "pl"),  # an insurer's contract is a policy bought
    ("polisa", "Zawarcie umowy (ubezpieczenia)", "pl"),
    ("policy", "Policy issued", "en"),
    ("kasa", "Zakup", "pl"),
    ("checkout", "Purchase", "en"),
])
def test_a_policy_or_a_shops_purchase_keeps_the_purchase_advice_s41(tmp_path, monkeypatch, stage_id, name, lang):
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": journey(lang, stage_id, name)}, "journey-ends-at-purchase")
    assert [f.message for f in found] == [f"the journey ends at '{stage_id}' ({name}); {PURCHASE_EN}"]


@pytest.mark.parametrize(("stage_id", "name", "lang"), [
    ("onboarding", "Onboarding after contract", "en"),
    ("renewal", "Contract renewal", "en"),
    ("wdrozenie", "Wdrożenie po podpisaniu umowy", "pl"),
    ("odnowienie", "Odnowienie umowy", "pl"),
])
def test_a_journey_that_goes_on_past_the_contract_is_not_reported_s41(tmp_path, monkeypatch, stage_id, name, lang):
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": journey(lang, stage_id, name)}, "journey-ends-at-purchase") == []
