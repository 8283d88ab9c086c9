"""Lint's text summary names template placeholders (CX501) from the fifth on: four TODOs are work in
progress, five are a template. The boundary was not pinned: a threshold of 6 passed every test."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

FIELDS = ["summary", "quote", "owner", "behaviours", "motivations"]


def persona(todos: int) -> str:
    values = {field: (f"TODO uzupełnij {field}" if i < todos else f"Kupuje raz w tygodniu ({field}).")
              for i, field in enumerate(FIELDS)}
    return (
        "kind: persona\nid: ewa-nowak\nname: Ewa Nowak\nlang: pl\n"
        f"owner: {values['owner']}\nsummary: {values['summary']}\nquote: {values['quote']}\n"
        f"behaviours:\n  - {values['behaviours']}\nmotivations:\n  - {values['motivations']}\n"
        "goals:\n  - Mieć zakupy w paczkomacie w poniedziałek przed ósmą\n"
    )


@pytest.mark.parametrize(("todos", "told"), [(4, False), (5, True)])
def test_the_note_starts_at_five_placeholders(tmp_path, monkeypatch, todos, told):
    folder = tmp_path / "warsztat"
    (folder / "personas").mkdir(parents=True)
    (folder / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (folder / "personas" / "ewa.yaml").write_text(persona(todos), encoding="utf-8")
    monkeypatch.chdir(folder)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    result = CliRunner().invoke(app, ["lint", "--no-cache"])
    assert result.exit_code == 1, result.output
    assert result.stdout.count(" CX501 ") == todos, result.stdout
    last = result.stdout.rstrip("\n").splitlines()[-1]
    assert last.startswith("Znaleziono "), last  # the workspace is Polish (8d232103: a Polish summary)
    note = f"{todos} z nich to niewypełnione pola szablonów (CX501) w 1 pliku: uzupełnij szablony."
    assert last.endswith(note) is told, last
    assert ("szablon" in last) is told, last
