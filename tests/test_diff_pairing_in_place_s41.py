"""`cxkit diff` pairs the one opportunity without an id left on each side, at the same place, as one item
rewritten and filled in (1feac544, tester48) only where something carries across (review119, session 41).

An opportunity deleted and another written in its place with an `owner` was shown as the first one changed
into the second: its `action` holds no word of the old one and nothing else both hold stays. Without the
owner the same two are one removed and one added; adding fields must not make unrelated items one item.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from test_tester48_diff_s41 import JOURNEY, diff


@pytest.mark.parametrize(("lang", "old", "new"), [
    # the only opportunity deleted, an unrelated one written in its place with an owner
    ("pl", "- action: Dodać podgląd 3D\n", "- action: Wysłać SMS z godziną dostawy\n  owner: Logistyka\n"),
    ("en", "- action: Add a 3D preview\n", "- action: Send an SMS with the delivery hour\n  owner: Logistics\n"),
    # the last one deleted, another appended with an owner and a date
    ("pl", "- action: Dodać podgląd 3D\n- action: Pokazać zdjęcia tkanin\n",
     "- action: Dodać podgląd 3D\n- action: Wysłać SMS z godziną dostawy\n  owner: Logistyka\n  due: 2027-01-01\n"),
    ("en", "- action: Add a 3D preview\n- action: Show fabric photos\n",
     "- action: Add a 3D preview\n- action: Send an SMS with the delivery hour\n  owner: Logistics\n"
     "  due: 2027-01-01\n"),
])
def test_an_unrelated_opportunity_in_a_deleted_one_s_place_is_removed_and_added_s41(
        tmp_path: Path, lang, old, new) -> None:
    changes = diff(tmp_path, lang, old, new)
    ops = [op for op, _ in changes]
    assert "removed" in ops and "added" in ops, changes
    assert "changed" not in ops, changes


@pytest.mark.parametrize(("lang", "old", "new"), [
    # a wish made concrete about the same thing (a word's stem carried across)
    ("pl", "- action: Usprawnić dostawę\n", "- action: SMS z godziną dostawy dzień wcześniej\n  owner: Logistyka\n"),
    ("en", "- action: Improve delivery experience\n",
     "- action: Send an SMS with the delivery hour the day before\n  owner: Logistics\n"),
    # the owner stays: that opportunity rewritten, with a date added
    ("pl", "- action: Dodać podgląd 3D\n  owner: E-commerce (Ola Mazur)\n",
     "- action: Wysłać SMS z godziną dostawy\n  owner: E-commerce (Ola Mazur)\n  due: 2027-01-01\n"),
])
def test_an_opportunity_rewritten_with_something_carried_across_is_one_changed_item_s41(
        tmp_path: Path, lang, old, new) -> None:
    changes = diff(tmp_path, lang, old, new)
    ops = [op for op, _ in changes]
    assert "removed" not in ops and ("changed", "stages[konfigurator].opportunities[0].action") in changes, changes


@pytest.mark.parametrize(("fmt", "removed"), [
    ("text", "  - 1. Konfigurator › Usprawnienia #1:"),
    ("markdown", "- **usunięto** 1. Konfigurator › Usprawnienia `#1`:"),
    ("html", '<code>#1</code> <span class="op">usunięto</span>'),
])
def test_the_unrelated_opportunity_is_shown_removed_and_added_in_every_format_s41(
        tmp_path: Path, fmt: str, removed: str) -> None:
    for file, opportunities in (("old.yaml", "      - action: Dodać podgląd 3D\n"),
                                ("new.yaml", "      - action: Wysłać SMS z godziną dostawy\n        owner: Logistyka\n")):
        (tmp_path / file).write_text(JOURNEY.format(name="Kasia kupuje sofę", stage="Konfigurator", lang="pl",
                                                    opportunities=opportunities), encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--format", fmt)
    assert result.exception is None and result.exit_code == 1, result.stdout + result.stderr
    out = result.stdout
    assert removed in out and "Dodać podgląd 3D" in out and "Wysłać SMS z godziną dostawy" in out, out
    # Not the first one's action changed into the second's.
    assert "zmieniono" not in out and "Dodać podgląd 3D →" not in out, out
