"""A persona field of tens of thousands of words renders on the terminal in time that grows with it.

Each line a long field was broken into was cut from the field as a rich slice, which copies the
whole text: 16,000 words (112 kB) took 8 s of CPU, 40,000 words past a minute.
"""

from __future__ import annotations

import rich.text
from rich.style import Style
from rich.text import Text
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.render.terminal import break_text, break_token

runner = CliRunner()


def _stripped_characters(monkeypatch) -> list[int]:
    seen = [0]
    strip = rich.text.strip_control_codes

    def counting(text: str, *args, **kwargs) -> str:
        seen[0] += len(text)
        return strip(text, *args, **kwargs)

    monkeypatch.setattr(rich.text, "strip_control_codes", counting)
    return seen


def test_a_long_location_is_read_a_few_times_not_once_per_line(monkeypatch, tmp_path):
    words = "Mieszka pod Poznaniem, dojeżdża do biura w Swarzędzu " * 2_000  # 106 kB, 1,100 lines
    path = tmp_path / "ala.yaml"
    path.write_text(f"kind: persona\nid: ala\nname: Ala\ndemographics:\n  location: {words}\n", encoding="utf-8")
    seen = _stripped_characters(monkeypatch)
    result = runner.invoke(app, ["render", "--width", "100", str(path)], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert result.output.count("Swarzędzu") == 2_000
    assert seen[0] < 30 * len(words), seen[0]  # about 1,100 times the field before


def test_a_long_behaviour_is_read_a_few_times_not_once_per_line(monkeypatch, tmp_path):
    words = "Porównuje oferty na https://example.com/cennik i dzwoni do konsultanta " * 1_500
    path = tmp_path / "ala.yaml"
    path.write_text(f"kind: persona\nid: ala\nname: Ala\nbehaviours:\n  - {words}\n", encoding="utf-8")
    seen = _stripped_characters(monkeypatch)
    result = runner.invoke(app, ["render", "--width", "100", "--layout", "stacked", str(path)], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert result.output.count("konsultanta") == 1_500
    assert seen[0] < 30 * len(words), seen[0]


def _sliced(text: Text, width: int) -> Text:
    """What break_text gave when it cut each line with a slice of the Text (the reference)."""
    out: list[Text] = []
    for line in text.split("\n", allow_blank=True):
        plain, pos = line.plain, 0
        for piece in break_token(plain, width):
            start = plain.find(piece, pos) if piece else pos
            out.append(line[start:start + len(piece)])
            pos = start + len(piece)
    joined = Text("\n", style=text.style).join(out)
    joined.overflow = "fold"
    return joined


def _styled(plain: str) -> Text:
    text = Text(plain, style="dim")
    for at in range(0, len(plain), 37):
        text.stylize("bold", at, at + 11)
    url = plain.find("https://")
    if url >= 0:
        text.stylize(Style(link="https://example.com/a/b"), url, url + 23)
    text.stylize("italic", 0, len(plain))
    return text


def test_broken_text_keeps_every_style_as_slicing_did():
    plains = [
        "Kupuje online, ale porównuje ceny w sklepie stacjonarnym i pyta o zdanie syna.",
        "Źródło: https://example.com/a/b/c/d/e/f/g/h/wywiad-z-klientem-2026-11-05_nagranie-03 (wywiad)",
        "słowo " * 300,
        "a" + " " * 250 + "b",
        "",
        "pierwsza linia\n\ntrzecia linia, dłuższa niż szerokość kolumny tekstu w widoku\n",
        "ID-1234_abc/def;" * 40,
        "Zażółć gęślą jaźń 😀 " * 30,
    ]
    for plain in plains:
        for width in (12, 40, 79):
            text = _styled(plain)
            got, want = break_text(text, width), _sliced(text, width)
            assert got.plain == want.plain, (plain, width)
            assert got.spans == want.spans, (plain, width)
            assert (got.style, got.justify, got.overflow) == (want.style, want.justify, want.overflow)
