"""trait-overlap on the smallest workspaces (session 20).

An exploratory tester saw work in progress on the trait-overlap join crash on any workspace with
one persona and one negative persona whose traits share no words (``range()`` with a step of 0);
no commit had it. These guard the smallest shapes the join sees: one trait a side, a one-word
trait, an empty list, and a real overlap, in Polish and English.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = "kind: persona\nid: halina\nname: Halina\nlang: pl\ngoals:\n  - {trait}\n"
NEGATIVE = "kind: negative-persona\nid: lowca-rabatow\nname: Łowca rabatów\nlang: pl\nreasons:\n  - {reason}\n"


def lint(root: Path, monkeypatch: pytest.MonkeyPatch, trait: str, reason: str):
    (root / "personas").mkdir()
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (root / "personas" / "halina.yaml").write_text(PERSONA.format(trait=trait), encoding="utf-8")
    (root / "personas" / "lowca.yaml").write_text(NEGATIVE.format(reason=reason), encoding="utf-8")
    monkeypatch.chdir(root)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "trait-overlap")
    assert result.exception is None
    return result, json.loads(result.stdout)


@pytest.mark.parametrize(
    ("trait", "reason"),
    [
        ("Zamawia leki co 28 dni w aplikacji Zdrowik", "Kupuje tylko przy rabacie ponad 30%"),
        ("Zdrowik", "Rabaty"),
        ("Orders repeat prescriptions every 28 days in the app", "Only buys with a 30% discount"),
    ],
)
def test_traits_that_share_nothing_are_clean(tmp_path, monkeypatch, trait, reason):
    result, found = lint(tmp_path, monkeypatch, trait, reason)
    assert found == [] and result.exit_code == 0, result.stdout + result.stderr


def test_a_trait_both_sides_claim_is_found(tmp_path, monkeypatch):
    trait = "Zamawia leki co 28 dni w aplikacji Zdrowik"
    result, found = lint(tmp_path, monkeypatch, trait, trait)
    assert result.exit_code == 1
    assert [(f["path"], f["line"], f["column"], f["code"]) for f in found] == [("personas/lowca.yaml", 6, 5, "CX203")]
    # A Polish workspace (`lang = "pl"`) reads the finding in Polish (session 35).
    assert "to także cecha persony „halina” (personas/halina.yaml:6" in found[0]["message"]
