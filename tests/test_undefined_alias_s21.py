"""An alias that names no anchor is told by name, with the anchor the author most likely meant.

The reader's own words were "found undefined alias", with no name: in a journey that shares
blocks through `x-` keys the author had to find which of several aliases was wrong, and whether it
was misspelt or written above its anchor.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.yamlio import load_text

JOURNEY = """\
kind: journey
id: szkoda-zalanie
name: Zgłoszenie szkody po zalaniu
persona: anna-wlascicielka
x-infolinia: &infolinia
  channel: phone
  description: Infolinia szkód 24/7, średnio 11 min czekania
x-ból: &ból
  channel: app
  description: Formularz zgłoszenia w aplikacji
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    touchpoints:
      - *infolinia
      - {alias}
    emotion: -2
"""


def problem(text: str) -> tuple[int, int, str]:
    loaded = load_text(text)
    assert len(loaded.problems) == 1, loaded.problems
    found = loaded.problems[0]
    return found.line, found.column, found.message


def test_a_misspelt_alias_is_named_with_the_anchor_it_most_likely_means() -> None:
    line, col, message = problem(JOURNEY.format(alias="*infolina"))
    assert (line, col) == (16, 9)
    assert message == "invalid YAML: the alias *infolina names no anchor; did you mean *infolinia?"


def test_a_name_beyond_ascii_is_named_as_written() -> None:
    # The reader sees a stand-in for `&ból`; the message names what the author wrote.
    line, col, message = problem(JOURNEY.format(alias="*bół"))
    assert (line, col) == (16, 9)
    assert message == "invalid YAML: the alias *bół names no anchor; did you mean *ból?"


def test_an_alias_above_its_anchor_is_told_to_follow_it() -> None:
    text = JOURNEY.format(alias="*aplikacja") + "x-aplikacja: &aplikacja\n  channel: app\n"
    line, col, message = problem(text)
    assert (line, col) == (16, 9)
    assert "the alias *aplikacja names no anchor above it: its anchor &aplikacja comes later" in message
    assert "an alias must follow its anchor" in message


def test_with_no_near_name_the_anchors_above_are_listed() -> None:
    _line, _col, message = problem(JOURNEY.format(alias="*sklep"))
    assert message == "invalid YAML: the alias *sklep names no anchor; the anchors above it are &infolinia, &ból"


def test_a_file_with_no_anchor_says_how_one_is_written() -> None:
    text = "kind: persona\nid: tom\nname: Tom Reed\ngoals:\n  - *goals\n"
    line, col, message = problem(text)
    assert (line, col) == (5, 5)
    assert message == (
        "invalid YAML: the alias *goals names no anchor: the file defines none before it "
        "(an anchor is written &name before a value)"
    )


def test_lint_reports_it_located_with_exit_1(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "cxkit.toml").write_text("")
    (tmp_path / "j.yaml").write_text(JOURNEY.format(alias="*infolina"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "j.yaml"])
    assert result.exit_code == 1
    assert "j.yaml:16:9: error CX001 invalid YAML: the alias *infolina names no anchor; did you mean *infolinia?" in result.output


def test_a_defined_alias_still_reads() -> None:
    loaded = load_text(JOURNEY.format(alias="*ból"))
    assert loaded.problems == []
