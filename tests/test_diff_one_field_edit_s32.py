"""A list item whose one field was edited, the rest unchanged, shows as that field's change.

A touchpoint is known by its content (it has no id). With a long channel (`infolinia`) a rewritten
description left the item similar enough to pair, so it showed as `~ … › Opis: old → new`; with a
short one (`app`) the same edit fell below the similarity bar and showed as a whole touchpoint
removed and another added. The same edit now reads the same way in every stage.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

JOURNEY = """\
kind: journey
id: zakup-oc
name: Zakup OC
persona: ola
stages:
  - id: awareness
    name: Świadomość
    touchpoints:
{awareness}
  - id: decision
    name: Decyzja
    touchpoints:
      - channel: infolinia
        description: {decision}
"""
OLD_TEXT = "Rozmowa z agentem w oddziale przy ul. Długiej"
NEW_TEXT = "Rozmowa z agentem na czacie w aplikacji"


def _touchpoints(*items: tuple[str, str]) -> str:
    return "\n".join(f"      - channel: {c}\n        description: {d}" for c, d in items)


def _diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str) -> str:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    (tmp_path / "old.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", "old.yaml", "new.yaml"])
    assert result.exit_code == 1, result.output
    return result.stdout


def test_a_rewritten_description_under_a_short_channel_is_a_change_of_the_description(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = JOURNEY.format(awareness=_touchpoints(("app", OLD_TEXT)), decision=OLD_TEXT)
    new = JOURNEY.format(awareness=_touchpoints(("app", NEW_TEXT)), decision=NEW_TEXT)
    out = _diff(tmp_path, monkeypatch, old, new)
    changed = [line for line in out.splitlines() if line.startswith("  ~ ")]
    assert len(changed) == 2, out
    assert changed[0].startswith("  ~ 1. Świadomość (awareness) › Punkty styku #1")
    assert changed[1].startswith("  ~ 2. Decyzja (decision) › Punkty styku #1")
    for line in changed:
        assert line.endswith(f"› Opis: {OLD_TEXT} → {NEW_TEXT}"), line
    assert "  - " not in out and "  + " not in out, out
    assert "2 zmiany w dokumencie" in out


def test_two_items_that_could_each_be_the_edited_one_stay_removed_and_added(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Both old `app` touchpoints could have become either new one: no guess.
    old = JOURNEY.format(awareness=_touchpoints(("app", "Baner o zniżce"), ("app", "Powiadomienie o racie")),
                         decision=OLD_TEXT)
    new = JOURNEY.format(awareness=_touchpoints(("app", "Czat z doradcą"), ("app", "Kalkulator składki")),
                         decision=OLD_TEXT)
    out = _diff(tmp_path, monkeypatch, old, new)
    assert out.count("  - 1. Świadomość (awareness) › Punkty styku") == 2, out
    assert out.count("  + 1. Świadomość (awareness) › Punkty styku") == 2, out
    assert "  ~ " not in out


def test_an_item_with_two_fields_changed_is_another_item(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = JOURNEY.format(awareness=_touchpoints(("app", "Baner o zniżce")), decision=OLD_TEXT)
    new = JOURNEY.format(awareness=_touchpoints(("email", "Kalkulator składki")), decision=OLD_TEXT)
    out = _diff(tmp_path, monkeypatch, old, new)
    assert "  - 1. Świadomość (awareness) › Punkty styku #1" in out, out
    assert "  + 1. Świadomość (awareness) › Punkty styku #1" in out, out
    assert "  ~ " not in out
