"""A tab typed inside a value (Notepad, a row pasted from a spreadsheet) stays as the author wrote it
after `cxkit fmt`, and `cxkit render` shows it as a space, on the item's one line (session 23,
tester6 F8: fmt wrote `"…nie pasuje\\trozmiarem"`, and render broke the line at the tab)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.fmt import format_text
from cxkit.yamlio import load_text

PERSONA = (
    "kind: persona\nid: ola\nname: Ola Nowak\n"
    "pain_points:\n"
    "  - Sukienka za 199,99\u00a0zł nie pasuje\trozmiarem\n"
    "  - Zwrot trwa\t14 dni  # z ankiety:\tpytanie 3\n"
    "x-tagi: [sukienka\tna wesele, zwrot]\n"
)


def test_fmt_keeps_a_tab_inside_a_plain_value_as_written():
    out = format_text(PERSONA)
    assert "  - Sukienka za 199,99\u00a0zł nie pasuje\trozmiarem\n" in out
    assert "  - Zwrot trwa\t14 dni  # z ankiety:\tpytanie 3\n" in out
    assert "x-tagi: [sukienka\tna wesele, zwrot]\n" in out
    assert '\\t' not in out
    assert load_text(out).data == load_text(PERSONA).data
    assert format_text(out) == out


def test_fmt_still_orders_the_keys_of_a_file_with_a_tab_in_a_value():
    text = PERSONA.replace("kind: persona\nid: ola\nname: Ola Nowak\n", "name: Ola Nowak\nid: ola\nkind: persona\n")
    out = format_text(text)
    assert out == PERSONA


def test_fmt_check_passes_a_file_with_a_tab_in_a_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["fmt", "--check", "--no-cache"])
    assert result.exit_code == 0, result.stdout + result.stderr


def test_render_shows_the_tab_as_a_space_on_the_items_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["render", "ola.yaml"], env={"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    lines = [line.strip("│ ").rstrip() for line in result.stdout.splitlines()]
    assert "• Sukienka za 199,99\u00a0zł nie pasuje rozmiarem" in lines
    assert "• Zwrot trwa 14 dni" in lines
