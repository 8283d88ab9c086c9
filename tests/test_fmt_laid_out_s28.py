"""`cxkit fmt --check` proves a laid-out file laid out without the round trip, and says the same as before.

Before: every file took ruamel.yaml's pure-Python round trip (read, reorder, write), some 15 ms a file,
even when its bytes could not change, so a cold `cxkit fmt --check` of an agency monorepo (6,500 files)
cost five times a cold `cxkit lint`.  Now a file that lint's parser shows to be in the canonical layout
(block mappings and lists, keys in the documented order, values fmt writes back as they are, a comment
header) is answered "unchanged" from the node tree already built; anything else takes the round trip.

The first test fails before (the round trip is run for a laid-out file); the others are guards: for
each near miss, what fmt says and writes is byte for byte what the round trip alone gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit.fmt as fmt
from cxkit.cli import app
from cxkit.yamlio import load_text

PERSONA = """\
# Persona z badań marki mleko-laciate (wywiady, październik 2026).
# Opiekun: zespół badań klienta.
kind: persona
id: anna-kowalska
name: Anna Kowalska
lang: pl
owner: Zespół badań klienta
summary: >-
  Mieszka w Lublinie i kupuje nabiał 2 razy w tygodniu,
  głównie w Biedronce przy ul. Długiej po 20:00.
demographics:
  age: 59
  location: Lublin, Czechów
  occupation: Nauczycielka fizyki w liceum
goals:
  - text: Zrobić zakupy na cały tydzień w mniej niż 33 minuty w sobotę rano
    sources: [wywiady-1]
  - Wydawać na nabiał nie więcej niż 217 zł miesięcznie
pain_points:
  - 'Aplikacja sklepu "wylogowuje" przy płatności BLIK-iem co 4. raz'
quote: |-
  Jak półka jest pusta w niedzielę,
  jadę do innego sklepu.
sources:
  - id: wywiady-1
    type: interview
    date: 2026-10-10
    n: 11
    note: Wywiady pogłębione (40 min), nagrane w Lublinie.
reviewed: 2026-11-17
x-crm-segment: B2C-3
"""

JOURNEY = """\
kind: journey
id: return-a-tent
name: Returning a tent that leaked
lang: en
persona: anna-kowalska
stages:
  - id: awareness
    name: Awareness
    touchpoints:
      - channel: e-mail
        description: Reads the returns policy linked from the order e-mail
    emotion: -2
    opportunities:
      - action: Put the free-return label in the first e-mail
        owner: Returns desk (Sarah Lowe)
        due: 2027-01-05
        status: planned
"""

# One small change each, from a laid-out file to one fmt may lay out otherwise (or refuse).
NEAR_MISSES = {
    "quoted date": ("reviewed: 2026-11-17", "reviewed: '2026-11-17'"),
    "keys out of order": ("kind: persona\nid: anna-kowalska", "id: anna-kowalska\nkind: persona"),
    "three dots": ("n: 11", "n: ..."),
    "yes": ("n: 11", "n: yes"),
    "leading zero": ("age: 59", "age: 059"),
    "plus sign": ("age: 59", "age: +59"),
    "float": ("age: 59", "age: 59.50"),
    "not a real date": ("date: 2026-10-10", "date: 2026-02-30"),
    "date and time": ("date: 2026-10-10", "date: 2026-10-10 10:00"),
    "blank in a block": ("  głównie w Biedronce", "  głównie w Biedronce "),
    "more indented": ("  głównie w Biedronce", "    głównie w Biedronce"),
    "kept block": ("quote: |-", "quote: |+"),
    "three spaces": ("  age: 59\n  location: Lublin, Czechów\n  occupation: Nauczycielka fizyki w liceum",
                     "   age: 59\n   location: Lublin, Czechów\n   occupation: Nauczycielka fizyki w liceum"),
    "list not indented": ("goals:\n  - text: Zrobić", "goals:\n- text: Zrobić"),
    "comment at a line's end": ("n: 11", "n: 11  # tylko stali klienci"),
    "comment line inside": ("demographics:\n", "demographics:\n  # z ankiety\n"),
    "blank line": ("demographics:\n", "\ndemographics:\n"),
    "suppression in the header": ("# Opiekun: zespół badań klienta.", "# cxkit: disable=stale-review"),
    "comment with a blank end": ("# Opiekun: zespół badań klienta.", "# Opiekun: zespół badań klienta. "),
    "document start": ("kind: persona\n", "---\nkind: persona\n"),
    "anchor": ("location: Lublin, Czechów", "location: &miasto Lublin, Czechów"),
    "tag": ("age: 59", "age: !!int 59"),
    "flow mapping": ("sources: [wywiady-1]", "sources: {wywiady-1: tak}"),
    "spaces in a flow list": ("sources: [wywiady-1]", "sources: [ wywiady-1 ]"),
    "double quotes with an escape": ("n: 11", 'n: "1\\u00a01"'),
    "no-break space": ("Lublin, Czechów", "Lublin,\u00a0Czechów"),
    "zero-width space": ("Lublin, Czechów", "Lublin,\u200bCzechów"),
    "tab": ("n: 11", "n:\t11"),
    "mixed line ends": ("n: 11\n", "n: 11\r\n"),
    "duplicate key": ("n: 11\n", "n: 11\n    n: 12\n"),
    "merge key": ("demographics:\n", "x-base: &b\n  age: 59\ndemographics:\n  <<: *b\n"),
}


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["fmt", "--no-cache", "--jobs", "1", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def test_laid_out_files_skip_the_round_trip(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (ws / "anna.yaml").write_bytes(PERSONA.encode())
    (ws / "windows.yaml").write_bytes(b"\xef\xbb\xbf" + PERSONA.replace("\n", "\r\n").encode())  # Notepad: BOM, CRLF
    (ws / "return.yaml").write_bytes(JOURNEY.encode())

    def no_round_trip(text: str, merges: bool = False) -> str:
        raise AssertionError("the round trip ran for a file laid out already")

    monkeypatch.setattr(fmt, "_format_merged", no_round_trip)
    code, out, err = run("--check", ".")
    assert (code, out, err) == (0, "", "Bez zmian: 3 pliki.\n")
    before = {p.name: p.read_bytes() for p in ws.iterdir()}
    code, out, err = run(".")
    assert (code, out, err) == (0, "", "Bez zmian: 3 pliki.\n")
    assert {p.name: p.read_bytes() for p in ws.iterdir()} == before


def _round_trip_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "laid_out_already", lambda text, root: False)


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_near_misses_say_and_write_what_the_round_trip_does(ws: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    old, new = NEAR_MISSES[name]
    assert old in PERSONA
    text = PERSONA.replace(old, new, 1)
    path = ws / "anna.yaml"
    results = []
    for fast in (True, False):
        with monkeypatch.context() as patch:
            if not fast:
                _round_trip_only(patch)
            path.write_bytes(text.encode())
            checked = run("--check", "--diff", "anna.yaml")
            written = run("anna.yaml")
            results.append((checked, written, path.read_bytes()))
    assert results[0] == results[1]
    loaded = load_text(text)
    if loaded.root is not None and fmt.laid_out_already(text, loaded.root):
        assert fmt.format_text(text) == text


def test_the_near_misses_are_near(ws: Path) -> None:
    """The text they start from is proven laid out (CRLF too), so each near miss tests one change."""
    for text in (PERSONA, PERSONA.replace("\n", "\r\n"), JOURNEY):
        assert fmt.laid_out_already(text, load_text(text).root)
        assert fmt.format_text(text) == text
