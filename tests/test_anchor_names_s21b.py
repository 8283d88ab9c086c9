"""A quoted value whose last word is an `*emphasis*` or an `&word` touching the closing quote, in a
file with an anchor name beyond ASCII (review6 R6-4).

The anchor-name swap took `*cena*"` for an alias named `cena*"` and swapped it for an ASCII name of
the same length, the closing quote with it: lint reported "this quoted value is never closed" at a
correct line, and fmt refused the file.  A name holds no quote now: such a word is text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.fmt import format_text
from cxkit.yamlio import load_text, readable_anchor_names

PERSONA = """\
kind: persona
id: klientka-hurtowni
name: "Klientka &ból *źródła"
lang: pl
quote: "Dla niej liczy się *cena*"
goals: &cele.ą
  - Mieć fakturę VAT w 5 minut
  - 'Poleca *Allegro*'
  - "Zamówić &szybko"
motivations:
  - 'Kupuje w H&M i Zara, a płaci *BLIKIEM*'
x-kopia: *cele.ą
"""

QUOTED = {
    "name": "Klientka &ból *źródła",
    "quote": "Dla niej liczy się *cena*",
    "goals": ["Mieć fakturę VAT w 5 minut", "Poleca *Allegro*", "Zamówić &szybko"],
    "motivations": ["Kupuje w H&M i Zara, a płaci *BLIKIEM*"],
}


def _data(text: str) -> dict:
    loaded = load_text(text)
    assert not loaded.problems, [(p.line, p.column, p.message) for p in loaded.problems]
    return loaded.data


def test_a_word_touching_the_closing_quote_is_text():
    data = _data(PERSONA)
    for key, value in QUOTED.items():
        assert data[key] == value, key
    assert data["x-kopia"] == data["goals"]  # the anchor beyond ASCII is still read


def test_the_closing_quotes_are_left_in_place():
    readable = readable_anchor_names(PERSONA)
    assert len(readable) == len(PERSONA)
    assert readable.count('"') == PERSONA.count('"') and readable.count("'") == PERSONA.count("'")
    for text in ('"Dla niej liczy się *cena*"', "'Poleca *Allegro*'", '"Zamówić &szybko"', '"Klientka &ból *źródła"'):
        assert text in readable
    assert "&cele.ą" not in readable and "*cele.ą" not in readable


@pytest.mark.parametrize("value", ['"Dla niej liczy się *cena*"', "'Poleca *Allegro*'", '"Zamówić &szybko"',
                                   '"Klient &ból *źródła"'])
def test_each_of_the_reviewers_values_alone(value: str):
    text = f"kind: persona\nid: klient\nname: Klient\nquote: {value}\ngoals: &cele.ą\n  - Mieć fakturę\nx-kopia: *cele.ą\n"
    assert _data(text)["quote"] == value[1:-1]


def test_lint_and_fmt_read_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    target = tmp_path / "klientka.yaml"
    target.write_text(PERSONA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    lint = CliRunner().invoke(app, ["lint", "--no-cache", "--select", "yaml-syntax", "klientka.yaml"])
    assert lint.exit_code == 0, lint.output
    assert "never closed" not in lint.output
    fmt = CliRunner().invoke(app, ["fmt", "--no-cache", "-j", "1", "klientka.yaml"])
    assert fmt.exit_code == 0, fmt.output
    written = target.read_text(encoding="utf-8")
    assert _data(written) == _data(PERSONA)
    assert format_text(written) == written
    for text in ('"Dla niej liczy się *cena*"', "&cele.ą", "*cele.ą"):
        assert text in written


def test_an_alias_beyond_ascii_before_a_blank_is_still_swapped():
    """Guard: `*źródła` as a value (not touching a quote) is an alias, read as before."""
    data = _data("kind: persona\nid: ola\nname: Ola\nx-a: &źródła [wywiady-2026-09]\nx-b: *źródła\n")
    assert data["x-b"] == ["wywiady-2026-09"]
