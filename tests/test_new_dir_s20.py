"""`cxkit new --dir ../CLIENT/...` from inside another client names the other client's files as lint does:
from the current folder, as the folder was given (review2 R2-10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

MARTA = """\
kind: persona
id: marta-karma
name: Marta Żółkiewska
lang: pl
behaviours:
  - Co 6 tygodni zamawia 12-kg worek karmy Brit Care przez apteczkę zoologiczną na Ratajach
reviewed: 2026-11-20
"""

NEGATIVE = """\
kind: negative-persona
id: hurtownik
name: Hurtownik karmy
lang: pl
reasons:
  - Kupuje palety karmy do odsprzedaży; nasze rabaty są dla właścicieli zwierząt
reviewed: 2026-11-20
"""


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "agencja"
    for rel, text in {
        "zoo/cxkit.toml": 'lang = "pl"\npaths = ["personas", "journeys"]\n',
        "zoo/personas/.keep": "",
        "browar/cxkit.toml": 'lang = "pl"\nexclude = ["szkice"]\n',
        "browar/personas/marta-karma.yaml": MARTA,
        "browar/personas/hurtownik.yaml": NEGATIVE,
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.chdir(root / "zoo")
    return root


def new(*args: str):
    result = run_cli("new", *args, "--no-input")
    assert result.exception is None, repr(result.exception)
    return result


def test_the_other_clients_file_is_named_from_the_current_folder(agency):
    result = new("persona", "Marta", "--id", "marta-karma", "--dir", "../browar/nowe")
    assert result.exit_code == 1
    assert result.stderr == (
        "cxkit: id „marta-karma” ma już ../browar/personas/marta-karma.yaml; nic nie zapisano "
        "(wybierz inne id przez --id albo zapisz mimo to z --force)\n"
    )
    assert not (agency / "browar" / "nowe").exists()
    # As `cxkit lint ../browar` from here names the same file.
    lint = run_cli("lint", "--no-cache", "../browar")
    assert "../browar/personas/marta-karma.yaml:" in lint.stdout


def test_the_negative_persona_note_names_it_from_the_current_folder_too(agency):
    result = new("journey", "Hurtownik zamawia", "--persona", "hurtownik", "--dir", "../browar/journeys")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "../browar/journeys/hurtownik-zamawia.yaml\n"
    assert "cxkit: uwaga: „hurtownik” to persona negatywna (../browar/personas/hurtownik.yaml);" in result.stderr


def test_a_folder_given_from_the_top_and_an_absolute_one_keep_their_spelling(agency, monkeypatch):
    absolute = new("persona", "Marta", "--id", "marta-karma", "--dir", str(agency / "browar" / "nowe"))
    assert f"ma już {agency / 'browar' / 'personas' / 'marta-karma.yaml'};" in absolute.stderr
    monkeypatch.chdir(agency)
    top = new("persona", "Marta", "--id", "marta-karma", "--dir", "browar/nowe")
    assert "ma już browar/personas/marta-karma.yaml;" in top.stderr
