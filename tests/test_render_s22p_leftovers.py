"""Render leftovers (session 22): an opportunity's short status ("w toku", "in progress") and its
due date with its word ("do 2029-03-15", "due 2029-03-15") are never split across lines in the
terminal view (review9 R9-7); `-o "mapa.yaml "` (a trailing space or dot) is refused as
`-o mapa.yaml` is (review9 R9-8); a host named without a scheme and followed by a `/`
(`northgatevets.co.uk/claims`) breaks at its dots and slashes like any web address."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.console import Console

from cxkit.render.terminal import Breakable, break_token
from snapshot_helpers import render_cli

PL_JOURNEY = """\
kind: journey
id: zgloszenie-szkody
name: Zgłoszenie szkody z ubezpieczenia mieszkania
persona: halina-wlascicielka-mieszkania
lang: pl
stages:
  - id: zgloszenie
    name: Zgłoszenie
    emotion: -1
    doing: Dzwoni na infolinię i czeka na konsultanta
    opportunities:
      - action: Formularz zgłoszenia szkody w aplikacji ze zdjęciami
        owner: Zespół aplikacji mobilnej
        due: 2029-03-15
        status: in-progress
      - action: Oddzwanianie zamiast czekania na linii
        owner: Kierownik obsługi klienta
        due: 2029-01-31
        status: planned
  - id: ogledziny
    name: Oględziny
    emotion: -2
    pain_points:
      - Rzeczoznawca przyjeżdża po dwóch tygodniach
    opportunities:
      - action: Wideooględziny dla szkód do 10 000 zł
        owner: Dział likwidacji szkód
        due: 2029-02-28
        status: in-progress
"""

EN_JOURNEY = """\
kind: journey
id: first-vet-claim
name: First pet insurance claim
persona: priya-first-dog
lang: en
stages:
  - id: claim
    name: Send the claim
    emotion: -1
    doing: Photographs the invoice on the bus and looks for the claim form
    touchpoints:
      - channel: web
        description: Claim form on northgatevets.co.uk/claims
    opportunities:
      - action: Let the clinic send the invoice straight to the insurer
        owner: Partnerships team
        due: 2029-03-15
        status: in-progress
      - action: Show the claim's progress in the app
        owner: Mobile app team
        due: 2029-01-31
        status: in-progress
"""

COLUMNS = (40, 44, 48, 52, 56, 60, 64, 70, 80)


@pytest.fixture()
def claims(tmp_path: Path) -> Path:
    (tmp_path / "szkoda.yaml").write_text(PL_JOURNEY, encoding="utf-8")
    (tmp_path / "claim.yaml").write_text(EN_JOURNEY, encoding="utf-8")
    return tmp_path


def _lines(out: str) -> list[str]:
    """The text of each line of the view, without the frames and the table's rules."""
    return [re.sub(r"\s+", " ", re.sub(r"[│╭╮╰╯─├┤┼┬┴]", " ", line)).strip() for line in out.splitlines()]


@pytest.mark.parametrize("columns", COLUMNS)
@pytest.mark.parametrize("name, held", [
    ("szkoda.yaml", ["do 2029-03-15", "do 2029-01-31", "do 2029-02-28", "w toku"]),
    ("claim.yaml", ["due 2029-03-15", "due 2029-01-31", "in progress"]),
])
def test_a_due_date_and_a_short_status_stay_on_one_line(claims: Path, monkeypatch: pytest.MonkeyPatch,
                                                        columns: int, name: str, held: list[str]) -> None:
    code, out, err = render_cli(claims, monkeypatch, name, columns=columns)
    assert (code, err) == (0, "")
    lines = _lines(out)
    for words in held:
        count = {"w toku": 2, "in progress": 2}.get(words, 1)
        assert sum(line.count(words) for line in lines) == count, (words, columns, out)
    for line in lines:  # never "· do" / "· due" / "· w" / "· in" at a line's end
        assert not re.search(r"(?:·|→) (?:do|due|w|in)$", line), (line, columns, out)
    assert "\u00a0" not in out  # the spaces printed are the ones written


def test_break_token_holds_an_opportunitys_date_and_status() -> None:
    assert break_token("→ Mobile app team · due 2029-03-15 · in progress", 16) == \
        ["→ Mobile app", "team ·", "due 2029-03-15 ·", "in progress"]
    assert break_token("→ Kierownik obsługi klienta · do 2028-12-15 · w toku", 36) == \
        ["→ Kierownik obsługi klienta ·", "do 2028-12-15 · w toku"]
    assert break_token("→ Zespół CRM · do 2028-12-15 · w toku", 14) == ["→ Zespół CRM ·", "do 2028-12-15", "w toku"]


def test_a_held_date_wider_than_the_line_breaks_at_its_space_not_inside_the_date() -> None:
    # A forced --layout table gives a column as much as a date (10 cells), less than "do 2028-12-15".
    assert break_token("→ Zespół · do 2028-12-15 · w toku", 10) == ["→ Zespół ·", "do", "2028-12-15", "w toku"]
    assert break_token("→ Mobile · in progress", 8) == ["→ Mobile", "in", "progress"]


def test_an_amount_wider_than_the_line_breaks_between_its_groups() -> None:
    assert break_token("1 250 000 zł", 7) == ["1 250", "000 zł"]  # was "1 250 0" over "00 zł"


def test_the_same_words_in_a_text_break_as_any() -> None:
    """Guard: only an opportunity's line (an item after "·" or "→", the status at its end) holds
    them; "do 2028-12-15" and "w toku" in a sentence wrap as ever."""
    assert break_token("Zrobić to do 2028-12-15 w toku prac", 12) == ["Zrobić to do", "2028-12-15 w", "toku prac"]


def test_the_columns_are_measured_as_before() -> None:
    """Guard: a column's narrowest width is still its widest word's ("progress"), not a held
    status's ("in progress"), so a table keeps its widths and only the lines inside a cell change."""
    console = Console(width=80)
    measured = Breakable("→ Zespół · do 2028-12-15 · in progress").__rich_measure__(console, console.options)
    assert measured.minimum == len("progress")


@pytest.mark.parametrize("name", ["mapa.yaml ", "mapa.yaml  ", "mapa.yaml\t", "mapa.yaml.", "MAPA.YML ", "Mapa.Yaml"])
def test_a_yaml_name_with_trailing_spaces_or_in_capitals_is_refused(claims: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     name: str) -> None:
    code, out, err = render_cli(claims, monkeypatch, "szkoda.yaml", "-o", name)
    assert code == 2, err
    assert "cxkit does not write YAML" in err
    stem = name.strip(" \t.")[:4]
    assert f"-o {stem}.html (HTML)" in err  # the suggestion has no trailing space to paste
    assert not (claims / name).exists()
    assert sorted(p.name for p in claims.iterdir()) == ["claim.yaml", "szkoda.yaml"]


def test_a_trailing_space_is_shown_quoted_in_the_message(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, err = render_cli(claims, monkeypatch, "szkoda.yaml", "-o", "mapa.yaml ")
    assert code == 2
    assert err.startswith("cxkit: -o 'mapa.yaml ': cxkit does not write YAML")


def test_other_extensions_read_past_a_trailing_space(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, err = render_cli(claims, monkeypatch, "szkoda.yaml", "-o", "mapa.pdf ")
    assert code == 2 and "cxkit does not write PDF" in err and "-o mapa.html" in err
    # Session 23: a name that ends in a space is refused whatever its extension
    # (tests/test_render_output_name_s23.py); it wrote "mapa.json " here.
    code, _out, err = render_cli(claims, monkeypatch, "szkoda.yaml", "-o", "mapa.json ")
    assert code == 2 and "write -o mapa.json" in err
    assert not (claims / "mapa.json ").exists()


def test_a_format_asked_for_is_still_written_to_a_yaml_name(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With --format the file is written, with the note `-f json -o dane.yaml` gets (before, a
    trailing space hid the YAML name and the note was left out)."""
    code, _out, err = render_cli(claims, monkeypatch, "szkoda.yaml", "-f", "json", "-o", "dane.yaml.yml")
    assert code == 0
    assert "though a .yml file is where documents are kept" in err
    assert (claims / "dane.yaml.yml").exists()
    # Session 23: "dane.yaml " (a trailing space) is refused (tests/test_render_output_name_s23.py).
    code, _out, err = render_cli(claims, monkeypatch, "szkoda.yaml", "-f", "json", "-o", "dane.yaml ")
    assert code == 2 and not (claims / "dane.yaml ").exists()


def test_a_bare_host_breaks_at_its_dots_and_slashes() -> None:
    assert break_token("Formularz na northgatevets.co.uk/claims/new-claim", 16) == \
        ["Formularz na", "northgatevets.", "co.uk/claims/", "new-claim"]
    assert break_token("Claim form on NORTHGATEVETS.CO.UK/claims", 15) == \
        ["Claim form on", "NORTHGATEVETS.", "CO.UK/claims"]


def test_ordinary_words_with_dots_are_no_host() -> None:
    """Guard: abbreviations, versions and file names are not taken for a host, and break as before."""
    assert break_token("Porównuje oferty, np.wiek baterii, v2.0/3.0 aplikacji i m.in./lub gwarancję", 9) == \
        ["Porównuje", "oferty,", "np.wiek", "baterii,", "v2.0/3.0", "aplikacji", "i", "m.in./lub", "gwarancję"]
    assert break_token("Plik cxkit.toml/halina.md w repo", 10) == ["Plik", "cxkit.toml", "/halina.md", "w repo"]
    # An e-mail address is no host either: it keeps the breaks it had.
    assert break_token("Adres ania@firma.pl/zgłoszenia-szkód", 12) == \
        ["Adres", "ania@firma.p", "l/", "zgłoszenia-", "szkód"]


def test_a_bare_host_in_a_journey_is_not_cut_mid_word(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(claims, monkeypatch, "claim.yaml", columns=40)
    assert (code, err) == (0, "")
    lines = _lines(out)
    at = next(i for i, line in enumerate(lines) if "northgatevets" in line)
    assert lines[at].endswith("northgatevets.co.") and lines[at + 1].startswith("uk/claims"), out
    code, out, err = render_cli(claims, monkeypatch, "claim.yaml", columns=60)
    assert (code, err) == (0, "") and "northgatevets.co.uk/claims" in out
