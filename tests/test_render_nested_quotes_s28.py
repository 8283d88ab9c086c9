"""A persona's quote that quotes someone who quotes (`Szef mówi: „Kupuj »najtańsze« i już”`): the
terminal card wraps it in „…”, turns the „…” inside into »…«, and the »…« within that into the third
level ‚…’ — never »Kupuj »najtańsze« i już«, two openings with no way to tell where each closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

OLA = """\
kind: persona
id: ola-ksiegowa
name: Ola Nowak
lang: {lang}
summary: Księgowa z Gliwic, która zamawia abonamenty programów dla biura rachunkowego.
quote: >-
  {quote}
goals:
  - Zamknąć miesiąc do 10. dnia bez nadgodzin
reviewed: 2026-11-01
"""


@pytest.mark.parametrize(("lang", "quote", "shown", "never"), [
    ("pl", "Szef mówi: „Kupuj »najtańsze« i już”, a ja wiem, że to droga pomyłka.",
     "»Kupuj ‚najtańsze’ i już«", "»Kupuj »"),
    ("en", "My boss says “buy the ‘cheapest’ one”, and I know that costs us twice.",
     "‘buy the “cheapest” one’", "‘buy the ‘"),
])
def test_a_quote_within_a_quote_within_the_quote_takes_the_third_level(tmp_path: Path, monkeypatch, lang, quote,
                                                                       shown, never):
    monkeypatch.setenv("COLUMNS", "120")
    path = tmp_path / "ola.yaml"
    path.write_text(OLA.format(lang=lang, quote=quote), encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(path)])
    assert result.exit_code == 0, result.output
    assert shown in result.output
    assert never not in result.output


def test_one_level_inside_is_still_the_inner_marks(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    path = tmp_path / "ola.yaml"
    path.write_text(OLA.format(lang="pl", quote="Nie mam czasu na „nowe funkcje” w środku miesiąca."), encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(path)])
    assert "»nowe funkcje«" in result.output and "‚" not in result.output
