"""schema: a bullet pasted from Word (`-` and a no-break space, which YAML reads as no list item) is
told at the look-alike space after the dash, the character to replace, not at the dash; lint, fmt
and render alike; the message is as before (session 22)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

MARTA = (
    "kind: persona\nid: marta-ksiegowa\nname: Marta Kowalska\nlang: pl\n"
    "goals:\n  -\u00a0Zamknąć miesiąc przed dziesiątym.\n  -\u00a0Nie dzwonić na infolinię.\n"
)
# A stage's barriers pasted from a Word table, two narrow no-break spaces after each dash.
ZALANIE = """\
kind: journey
id: olena-zglasza-zalanie
name: Olena zgłasza zalanie mieszkania
lang: pl
persona: olena-kovalenko
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    emotion: -1
    barriers:
      -\u202f\u202fCzeka 40 minut na konsultanta
      -\u202f\u202fNie wie, jakie zdjęcia zrobić
"""
# Written in quotes, with the escape YAML reads as a no-break space: told at the escape.
QUOTED = 'kind: persona\nid: priya-shah\nname: Priya Shah\nlang: en\ngoals: "-\\u00a0Get the claim paid within a week"\n'


def _schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> list[tuple[int, int, str]]:
    (tmp_path / name).write_text(text, encoding="utf-8", newline="")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--select", "yaml-syntax,schema", "--format", "json", name)
    assert result.exception is None and result.exit_code == 1
    return [(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)]


@pytest.mark.parametrize(("text", "where", "said"), [
    (MARTA, (6, 4), "the dash is followed by a no-break space (U+00A0), so YAML reads no list item"),
    (MARTA.replace("\n", "\r\n"), (6, 4), "the dash is followed by a no-break space (U+00A0)"),
    (ZALANIE, (11, 8), "the dash is followed by 2 narrow no-break spaces (U+202F), so YAML reads no list item"),
    (QUOTED, (5, 10), "the dash is followed by a no-break space (U+00A0)"),
    # On the key's own line.
    ("kind: persona\nid: marta\nname: Marta\ngoals: -\u3000\u3000Zamknąć miesiąc\n", (4, 9),
     "the dash is followed by 2 ideographic spaces (U+3000)"),
])
def test_lint_points_at_the_pasted_space_after_the_dash(tmp_path, monkeypatch, text, where, said):
    [(line, column, message)] = _schema(tmp_path, monkeypatch, "doc.yaml", text)
    assert (line, column) == where and said in message
    row = text.replace("\r\n", "\n").split("\n")[line - 1]
    assert row[column - 1] in "\u00a0\u202f\u3000\\"  # the character itself (or the escape that writes it)


def test_text_for_a_list_is_still_told_at_its_start(tmp_path, monkeypatch):
    """Guard: no look-alike space, no character to point at."""
    text = "kind: persona\nid: marta\nname: Marta\ngoals: -10% opłat za kartę\n"
    [(line, column, message)] = _schema(tmp_path, monkeypatch, "doc.yaml", text)
    assert (line, column) == (4, 8) and message.endswith("write each item on its own line starting with '- '")


def test_fmt_and_render_point_at_it_too(tmp_path, monkeypatch):
    (tmp_path / "marta.yaml").write_text(MARTA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    fmt = run_cli("fmt", "--no-cache", "--check", "marta.yaml")
    assert fmt.exception is None and fmt.exit_code == 1
    assert "marta.yaml:6:4: error CX002 'goals' must be a list" in fmt.stdout + fmt.stderr
    render = run_cli("render", "marta.yaml")
    assert render.exception is None and render.exit_code != 0
    assert "marta.yaml:6:4: error CX002 'goals' must be a list" in render.stdout + render.stderr
