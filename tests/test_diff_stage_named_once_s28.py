"""A stage keeps one number and one name in every line of a diff: the place it has now.

A PM reviewing a change that moved stage `wdrozenie` from 3rd to 4th and took a barrier out of it
read `~ 4. Wdrożenie (wdrozenie) › Bariery #1` and, on the next line, `- 3. Wdrożenie (wdrozenie) ›
Bariery #2`, while stage 3 of the map is now another one. A removed item, and the place a value
moved from, are named in a stage that is still there as that stage is now; the item's own `#n` stays
its place on the old side. A stage that is gone is named as it was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

OLD = """\
kind: journey
id: ewa-wdraza-ksef
name: Ewa przenosi biuro na KSeF
lang: pl
persona: ewa
stages:
  - id: swiadomosc
    name: Świadomość
    barriers: [Sprzeczne informacje o terminie KSeF]
  - id: wdrozenie
    name: Wdrożenie
    emotion: -2
    barriers:
      - Brak importu tokenów z pliku CSV
      - Infolinia czynna tylko do 16:00
    pain_points: [Token wygasa po 30 dniach bez ostrzeżenia]
  - id: codzienna-praca
    name: Codzienna praca
    emotion: 1
  - id: stary
    name: Etap do usunięcia
"""

NEW = """\
kind: journey
id: ewa-wdraza-ksef
name: Ewa przenosi biuro na KSeF
lang: pl
persona: ewa
stages:
  - id: swiadomosc
    name: Świadomość
  - id: codzienna-praca
    name: Praca na co dzień
  - id: wdrozenie
    name: Wdrożenie
    emotion: -1
    barriers:
      - Brak importu tokenów z pliku CSV lub XLSX
    love_points: [Token wygasa po 30 dniach bez ostrzeżenia]
"""


def _outside_the_old_order(out: str) -> str:
    """The diff without the reorder's `było:` line, which numbers the stages as they stood (29596fe)."""
    return "\n".join(line for line in out.splitlines() if "było:" not in line)


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "cxkit", "diff", str(old), str(new), *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp_path)


def test_a_removed_item_is_named_in_the_stage_as_it_is_now(tmp_path: Path) -> None:
    out = _run(tmp_path).stdout
    assert "~ 3. Wdrożenie (wdrozenie) › Emocje: -2 (bardzo źle) → -1 (źle)" in out
    assert "- 3. Wdrożenie (wdrozenie) › Bariery #2: Infolinia czynna tylko do 16:00" in out
    # The old order names the stages as they were then, the renamed and the removed one too (s36).
    assert ("było: 1. Świadomość (swiadomosc), 2. Wdrożenie (wdrozenie), 3. Codzienna praca (codzienna-praca), "
            "4. Etap do usunięcia (stary)") in out
    assert "2. Wdrożenie" not in _outside_the_old_order(out)


def test_moved_from_names_the_stage_as_it_is_now(tmp_path: Path) -> None:
    out = _run(tmp_path).stdout
    assert ("↕ 3. Wdrożenie (wdrozenie) › Zachwyty: poprzednio 3. Wdrożenie (wdrozenie) › Problemy:"
            in out)


def test_a_renamed_stage_has_its_new_name_on_every_line(tmp_path: Path) -> None:
    # Its own `Nazwa` line says what it was called.
    out = _run(tmp_path).stdout
    assert "Codzienna praca (codzienna-praca) ›" not in out
    assert "~ 2. Praca na co dzień (codzienna-praca) › Nazwa: Codzienna praca → Praca na co dzień" in out
    assert "- 2. Praca na co dzień (codzienna-praca) › Emocje: +1 (dobrze)" in out


@pytest.mark.parametrize("fmt", ["markdown"])
def test_markdown_for_a_review_comment_says_the_same(tmp_path: Path, fmt: str) -> None:
    out = _run(tmp_path, "--format", fmt).stdout
    assert "- **usunięto** 3. Wdrożenie (`wdrozenie`) › Bariery `#2`: Infolinia czynna tylko do 16:00" in out
    assert "2. Wdrożenie" not in _outside_the_old_order(out)


def test_guard_a_stage_that_is_gone_is_named_as_it_was(tmp_path: Path) -> None:
    out = _run(tmp_path).stdout
    assert "- 4. Etap do usunięcia (stary):" in out
    assert "- 1. Świadomość (swiadomosc) › Bariery: Sprzeczne informacje o terminie KSeF" in out  # a list removed whole: its text (s38)


def test_guard_json_keeps_its_paths(tmp_path: Path) -> None:
    changes = json.loads(_run(tmp_path, "--format", "json").stdout)
    paths = {c["path"] for c in changes}
    assert "stages[wdrozenie].barriers[1]" in paths
    assert "stages[stary]" in paths
