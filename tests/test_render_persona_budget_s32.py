"""Without a config, the journey's folder and the folder above it each get their own entry budget (session 32).

A persona is looked up in the journey's own folder first, then in the folder above it. The folder above
is read without the journey's folder, which was read already: a journey kept among many other files (a
folder of exported invoices) must not use up the budget before the persona's folder beside it is reached.
docs/render.md: "Each of the two folders is read within a budget of 5,000 entries".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from cxkit.render import load
from persona_lookup_helpers import journey, persona

JOURNEY = journey()

PERSONA = persona("Ewa Nowak")


def test_a_crowded_journey_folder_leaves_the_folder_above_its_own_budget(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # The real budget is 5,000 entries; 25 in the journey's folder over a budget of 30 is the same walk.
    monkeypatch.setattr(load, "_LOOKUP_ENTRY_LIMIT", 30)
    top = tmp_path / "biuro"
    (top / "ksef").mkdir(parents=True)
    (top / "persony").mkdir()
    (top / "ksef" / "wdrozenie.yaml").write_text(JOURNEY, encoding="utf-8")
    for k in range(24):  # 25 entries: under the budget when read once, over it when read again
        (top / "ksef" / f"faktura-{k:03}.pdf").touch()
    for k in range(10):
        (top / f"umowa-{k}.pdf").touch()
    (top / "persony" / "ewa.yaml").write_text(PERSONA, encoding="utf-8")
    monkeypatch.chdir(top / "ksef")
    result = run_cli("render", "wdrozenie.yaml", "-f", "md")
    assert result.exit_code == 0 and result.exception is None, result.stderr
    assert "Persona: Ewa Nowak (`ewa-ksiegowa`)" in result.stdout
