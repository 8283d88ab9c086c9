"""`cxkit fmt` tells two more canonical layouts laid out without the round trip.

Before: a file with blank lines between its header comment and its first key, or with a comment
after a key that opens a block (`stages:  # kolejność jak w badaniu`), took ruamel.yaml's full
round trip although fmt gives it back byte for byte.  Now the shortcut proves both.

`test_*_skip_the_round_trip` fail before; the property test is a guard: on generated canonical
files, the shortcut says "laid out" exactly when the round trip gives the text back unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import cxkit.fmt as fmt
from conftest import enter_workspace
from cxkit.cli import app
from cxkit.yamlio import load_text

HEADER = "# Mapa podróży z badań sklepu Pasmo (wywiady, listopad 2026).\n# Opiekun: Marta Jezierska.\n"

# (line, whether a comment may follow it: a key that opens a block)
BODY = [
    ("kind: journey", False),
    ("id: pawel-kupuje-sluchawki", False),
    ("name: Paweł kupuje otwarte słuchawki", False),
    ("lang: pl", False),
    ("persona: pawel-programista-audiofil", False),
    ("stages:", True),
    ("  - id: awareness", False),
    ("    name: Świadomość", False),
    ("    touchpoints:", True),
    ("      - channel: youtube", False),
    ("        description: Recenzja porównawcza czterech modeli z pomiarami", False),
    ("    emotion: 1", False),
    ("  - id: purchase", False),
    ("    name: Zakup", False),
    ("    touchpoints:", True),
    ("      - channel: e-mail", False),
    ("        description: Potwierdzenie zamówienia z terminem dostawy", False),
    ("    emotion: -1", False),
    ("    opportunities:", True),
    ("      - action: Put the free-return label in the first e-mail", False),
    ("        owner: Returns desk (Sarah Lowe)", False),
    ("        due: 2027-01-05", False),
    ("x-crm:", True),
    ("  segment: B2C-3", False),
]
TEXT = HEADER + "".join(line + "\n" for line, _ in BODY)

COMMENTS = ["# kolejność jak w badaniu", "# from the interviews", "# 2..3 kanały, nie więcej"]


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n')
    return tmp_path


def _check_without_round_trip(ws: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert fmt._format_merged(text) == text  # fmt gives it back byte for byte
    (ws / "pawel.yaml").write_bytes(text.encode())

    def no_round_trip(text: str, merges: bool = False) -> str:
        raise AssertionError("the round trip ran for a file laid out already")

    monkeypatch.setattr(fmt, "_format_merged", no_round_trip)
    result = CliRunner().invoke(app, ["fmt", "--no-cache", "--jobs", "1", "--check", "pawel.yaml"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "Bez zmian: 1 plik.\n")


def test_blank_lines_below_the_header_skip_the_round_trip(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = TEXT.replace(HEADER, HEADER + "\n")
    _check_without_round_trip(ws, monkeypatch, text)


def test_blank_lines_inside_the_header_skip_the_round_trip(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = TEXT.replace(HEADER, HEADER.replace("\n", "\n\n", 1) + "\n\n")
    _check_without_round_trip(ws, monkeypatch, text)


def test_a_comment_after_a_key_opening_a_block_skips_the_round_trip(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = TEXT.replace("stages:\n", "stages:  # kolejność jak w badaniu\n").replace(
        "x-crm:\n", "x-crm: # z CRM-u\n")
    _check_without_round_trip(ws, monkeypatch, text)


def test_blank_lines_above_the_header_still_take_the_round_trip() -> None:
    text = "\n" + TEXT
    assert not fmt.laid_out_already(text, load_text(text).root)
    assert fmt.format_text(text) == TEXT


@st.composite
def canonical_files(draw: st.DrawFn) -> str:
    header = draw(st.lists(st.sampled_from(["", "", *HEADER.splitlines()]), max_size=5))
    lines = list(header)
    for line, opens_block in BODY:
        if line != BODY[0][0] and draw(st.integers(0, 5)) == 0:
            lines.append("")  # a blank line between two entries
        if opens_block and draw(st.booleans()):
            line += draw(st.sampled_from([" ", "  "])) + draw(st.sampled_from(COMMENTS))
        lines.append(line)
    return "\n".join(lines) + "\n"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(canonical_files())
def test_the_shortcut_says_what_the_round_trip_does(text: str) -> None:
    proven = fmt.laid_out_already(text, load_text(text).root)
    unchanged = fmt._format_merged(text) == text
    assert proven == unchanged, text
