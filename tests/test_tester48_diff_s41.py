"""tester48's findings (session 41), a Polish online furniture shop's marketing manager: `cxkit diff`.

8. An opportunity rewritten where it stood, its wish made a change with an owner and a date, was shown as one
   removed and one added at the same `#1`, while a reworded trait is one changed item. An opportunity only
   filled in with an owner and a date was split the same way: the new fields outweighed its text.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from conftest import run_cli


# --- 8: diff pairs an opportunity rewritten where it stands ------------------------------------------------

JOURNEY = """\
kind: journey
id: kasia-kupuje-sofe
name: {name}
lang: {lang}
persona: kasia
stages:
  - id: konfigurator
    name: {stage}
    emotion: -1
    opportunities:
{opportunities}"""


def diff(tmp_path: Path, lang: str, old: str, new: str) -> list[tuple[str, str]]:
    name, stage = ("Kasia kupuje sofę", "Konfigurator") if lang == "pl" else ("Kasia buys a sofa", "Configurator")
    for file, opportunities in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / file).write_text(JOURNEY.format(name=name, stage=stage, lang=lang,
                                                    opportunities=textwrap.indent(opportunities, "      ")),
                                     encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--format", "json")
    assert result.exception is None and result.exit_code == 1, result.stdout + result.stderr
    return [(c["op"], c["path"]) for c in json.loads(result.stdout)]


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("pl", "- action: Poprawić UX konfiguratora\n",
     "- action: Podgląd koloru z kalibracją wg próbki w konfiguratorze\n  owner: E-commerce (Ola Mazur)\n"
     "  due: 2027-02-01\n"),
    ("en", "- action: Improve the configurator UX\n",
     "- action: Show the fabric colour calibrated to the swatch in the configurator\n  owner: E-commerce (Ola Mazur)\n"
     "  due: 2027-02-01\n"),
    # filled in without a word of the action changed: the new fields outweighed the text
    ("pl", "- action: Dodać podgląd 3D\n- action: Pokazać termin dostawy\n",
     "- action: Dodać podgląd 3D\n- action: Pokazać termin dostawy\n  owner: Logistyka (Jan Nowak)\n"
     "  due: 2027-02-01\n"),
])
def test_an_opportunity_rewritten_in_place_is_one_changed_item_s41(tmp_path: Path, lang, old, new) -> None:
    changes = diff(tmp_path, lang, old, new)
    at = "stages[konfigurator].opportunities[" + ("1" if "termin" in old else "0") + "]"
    assert [op for op, _ in changes].count("removed") == 0, changes
    assert (("added", f"{at}.owner") in changes and ("added", f"{at}.due") in changes), changes


@pytest.mark.parametrize(("old", "new"), [
    # another opportunity at another place: one removed, one added
    ("- action: Dodać podgląd 3D\n- action: Pokazać termin dostawy\n",
     "- action: Wysłać SMS z godziną dostawy\n  owner: Logistyka\n- action: Dodać podgląd 3D\n"),
    # the owner changed too: another opportunity, not this one filled in
    ("- action: Dodać podgląd 3D\n  owner: E-commerce\n",
     "- action: Wysłać SMS z godziną dostawy\n  owner: Logistyka\n  due: 2027-02-01\n"),
])
def test_another_opportunity_stays_removed_and_added_s41(tmp_path: Path, old, new) -> None:
    ops = [op for op, _ in diff(tmp_path, "pl", old, new)]
    assert "removed" in ops and "added" in ops, ops
