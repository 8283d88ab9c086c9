"""Globs match a folder whose name macOS (or unzip) wrote decomposed (NFD) (tester16 F3).

`exclude = ["stare_źródła"]` is typed composed (NFC); a folder created on macOS is named `z` + U+0301
and so on: the pattern took nothing, and the folder's copy of a persona was still checked.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from conftest import run_cli
from cxkit import globs

PERSONA = """kind: persona
id: kamil
name: Kamil Nowak
lang: pl
goals:
  - Kupuje kawę ziarnistą raz w miesiącu w palarni na Mokotowie
sources:
  - id: s1
    type: interview
    date: 2026-08-18
    n: 5
reviewed: 2026-10-07
"""

NFC = "stare_źródła"
NFD = unicodedata.normalize("NFD", NFC)


def test_the_two_spellings_differ():
    assert NFC != NFD  # guard: the test below compares two different strings


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "kamil.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / NFD).mkdir()
    (tmp_path / NFD / "kamil-kopia.yaml").write_text(PERSONA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _found(ws: Path, config: str) -> list[dict]:
    (ws / "cxkit.toml").write_text(config, encoding="utf-8")
    result = run_cli("lint", "-f", "json", "--no-cache", "--select", "duplicate-id")
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_exclude_written_composed_takes_a_decomposed_folder(ws: Path):
    assert len(_found(ws, "")) == 2  # guard: both copies reported without the pattern
    assert _found(ws, f'exclude = ["{NFC}"]\n') == []
    assert _found(ws, f'exclude = ["/{NFC}/*.yaml"]\n') == []


def test_per_file_ignores_written_composed_covers_a_decomposed_folder(ws: Path):
    # A copy whose file skips duplicate-id takes no part in it: neither copy is reported.
    assert _found(ws, f'[per-file-ignores]\n"{NFC}/**" = ["duplicate-id"]\n') == []
    assert len(_found(ws, '[per-file-ignores]\n"stare_zrodla/**" = ["duplicate-id"]\n')) == 2  # guard


def test_a_decomposed_pattern_matches_a_composed_name():
    assert globs.matches(f"teams/{NFC}/a.yaml", (NFD,))
    assert globs.matches(f"{NFD}/a.yaml", (f"/{NFC}/*.yaml",))
    assert not globs.matches("teams/stare_zrodla/a.yaml", (NFC,))  # guard: no accents dropped
