"""A folder's name with a dot, wider than its column even without its `/`, parts after the dot in the
terminal view (`ankiety.` over `2026/`) rather than lose its last letters (`ankiety.20` over `26/`);
one that fits without its `/` is cut before the `/` as before (session 27).

Before: only a file's name parted at its dot; in a forced `--layout table` a folder such as
`cxkit.toml/` or `ankiety.2026/` was cut mid-word (`cxkit.tom` over `l/`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.render.terminal import break_token
from snapshot_helpers import render_cli

JOURNEY_PL = """\
kind: journey
id: halina-sprawdza-ankiety
name: Halina sprawdza ankiety
lang: pl
persona: halina-wlascicielka-mieszkania
stages:
  - id: swiadomosc
    name: Start
    emotion: 0
    doing: Czyta ankiety.2026/wyniki.yaml od działu badań
  - id: rozwazanie
    name: Wybór
    emotion: -1
    doing: Porównuje oferty
  - id: zakup
    name: Zakup
    emotion: 1
    doing: Kupuje
  - id: polecenie
    name: Echo
    emotion: 1
    doing: Poleca znajomym
"""


@pytest.mark.parametrize(("text", "width", "lines"), [
    ("Plik cxkit.toml/halina.md w repo", 9, ["Plik", "cxkit.", "toml/", "halina.md", "w repo"]),
    ("Reads survey.2026/results.yaml", 10, ["Reads", "survey.", "2026/", "results.", "yaml"]),
])
def test_a_dotted_folder_wider_than_the_line_parts_after_its_dot(text, width, lines):
    assert break_token(text, width) == lines


@pytest.mark.parametrize(("text", "width", "lines"), [
    # Guards: a folder that fits without its `/` keeps the cut it had, and so does an e-mail address.
    ("Plik cxkit.toml/halina.md w repo", 10, ["Plik", "cxkit.toml", "/halina.md", "w repo"]),
    ("Adres ania@firma.pl/zgłoszenia-szkód", 12, ["Adres", "ania@firma.p", "l/", "zgłoszenia-", "szkód"]),
])
def test_what_fits_without_its_slash_breaks_as_before(text, width, lines):
    assert break_token(text, width) == lines


def test_a_forced_table_parts_a_dotted_folder_after_its_dot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 40: a forced table gives a column its widest word first, so at 62 columns the folder is
    whole on its line (it was `ankiety.` over `2026/`, the column squeezed to 9 cells); a column too
    narrow for it still parts it after the dot (the tests above)."""
    (tmp_path / "j.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "j.yaml", "--layout", "table", columns=62)
    assert code == 0, err
    cells = [line.split("│") for line in out.splitlines() if line.startswith("│")]
    column = [row[2].strip() for row in cells if len(row) > 2]
    at = column.index("ankiety.2026/")
    assert column[at + 1].startswith("wyniki.")
    assert "ankiety." not in column and "ankiety.20" not in column
