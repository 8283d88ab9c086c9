"""`cxkit diff -o FILE` replaces without --force only a previous text diff, not a team's notes that happen to open
like one (session 38, review of 27aba6fa).  A text diff opens with a document's line, `ola-kupuje-buty  new.yaml`
(id, two spaces, file), and its changes follow indented by two spaces (or, for a document only moved, a blank
line); notes whose first line has two spaces and a `.yaml` name in it, then anything else, are notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

OLD = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
lang: pl
stages:
  - id: zakup
    name: Zakup
    emotion: 0
"""
NEW = OLD.replace("emotion: 0", "emotion: -1\n    barriers: [Kurier przyjeżdża tylko przed południem]")


def _diff(*args: str):
    return CliRunner().invoke(app, ["diff", *args], env={"COLUMNS": "200", "NO_COLOR": "1"})


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "old.yaml").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(NEW, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("notes", [
    "Notatki  z warsztatu o personas/ola.yaml\n- zadzwonić do Marty w poniedziałek\n",
    "TODO  check journeys/dan-switches-invoicing.yaml\nAsk Hannah about the import metric\n",
    "Ola  ola.yaml\n",
])
def test_notes_that_open_like_a_text_diff_are_kept_s38(pair: Path, notes: str) -> None:
    (pair / "notatki.txt").write_text(notes, encoding="utf-8")
    result = _diff("old.yaml", "new.yaml", "-o", "notatki.txt")
    assert result.exit_code == 2, result.output
    assert "is not a previous diff report" in result.stderr
    assert (pair / "notatki.txt").read_text(encoding="utf-8") == notes
    # --force replaces them, as it replaces any file that is no document.
    forced = _diff("old.yaml", "new.yaml", "-o", "notatki.txt", "--force")
    assert forced.exit_code == 1, forced.stderr
    assert (pair / "notatki.txt").read_text(encoding="utf-8").startswith("ola-kupuje-buty  new.yaml\n  ~ ")


def test_a_previous_text_diff_is_still_replaced_s38(pair: Path) -> None:
    """Guard: a diff with changes, a document only moved (its line, then a blank one) and an added document
    are each a previous text diff, replaced without --force."""
    (pair / "moved").mkdir()
    (pair / "moved" / "ola.yaml").write_text(OLD, encoding="utf-8")
    (pair / "before").mkdir()
    (pair / "before" / "old.yaml").write_text(OLD, encoding="utf-8")
    (pair / "after").mkdir()
    (pair / "after" / "nowa.yaml").write_text(OLD, encoding="utf-8")
    (pair / "after" / "druga.yaml").write_text(NEW.replace("ola-kupuje-buty", "ola-oddaje-buty"), encoding="utf-8")
    for args in (("old.yaml", "new.yaml"), ("before", "after"), ("old.yaml", "old.yaml")):
        shown = _diff(*args).stdout
        (pair / "zmiany.txt").write_text(shown, encoding="utf-8")
        assert _diff("old.yaml", "new.yaml", "-o", "zmiany.txt").exit_code == 1, shown
        assert (pair / "zmiany.txt").read_text(encoding="utf-8") == _diff("old.yaml", "new.yaml").stdout
