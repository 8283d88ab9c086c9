"""`cxkit lint -` with a baseline (session 33): an editor linting its unsaved buffer with `--stdin-filename`
in a workspace whose config names a baseline shows only the findings the baseline does not record for
that file, as CI shows them for the saved file.  The config's baseline was ignored for stdin (every
recorded finding shown) and `--baseline FILE` was refused.  `--write-baseline` still refuses a buffer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baseline_helpers import LEGACY_OLA_TRAVELS as OLA, adopted

#: The buffer: a goal added above the recorded ones (one new finding; the share of generic traits, another).
BUFFER = OLA.replace("goals:\n", "goals:\n  - Dba o zdrowie\n")


def lint(*args: str, data: str | None = None):
    from cxkit.cli import app

    return CliRunner().invoke(app, ["lint", *args], input=data)


@pytest.fixture
def ws(tmp_path, monkeypatch):
    return adopted(tmp_path / "ws", monkeypatch, "dług.json", {"personas/ola.yaml": OLA})


def test_an_editor_buffer_shows_only_new_findings_as_ci_does(ws):
    """Fails before: the buffer showed all 7 findings, the 5 recorded ones too."""
    buffer = lint("--stdin-filename", "personas/ola.yaml", "-", data=BUFFER)
    Path("personas/ola.yaml").write_text(BUFFER, encoding="utf-8")
    saved = lint("personas/ola.yaml")
    assert buffer.exit_code == saved.exit_code == 1
    assert buffer.stdout == saved.stdout
    assert [line.split(": warning ")[0] for line in buffer.stdout.splitlines() if " warning " in line] == [
        "personas/ola.yaml:3:7", "personas/ola.yaml:7:5"]
    assert "Nie pokazano 5 zgłoszeń zapisanych w pliku bazowym" in buffer.stdout
    assert buffer.stderr == ""  # the recorded findings of other files, or fixed in the buffer: no note
    as_json = lint("--stdin-filename", "personas/ola.yaml", "-f", "json", "-", data=BUFFER)
    assert [f["data_path"] for f in json.loads(as_json.stdout)] == ["name", "goals[0]"]


def test_the_buffer_is_matched_not_the_saved_file(ws):
    """Fails before (all 5 shown): the saved file is older; the places are read from the buffer, where every
    line moved down two (read from the saved file, 9:5 would be `pain_points`: a new finding)."""
    clean = lint("--stdin-filename", "personas/ola.yaml", "-", data="# szkic\n# do przeglądu z zespołem\n" + OLA)
    assert clean.exit_code == 0
    assert "Wszystko w porządku" in clean.stdout and "Nie pokazano 5 zgłoszeń zapisanych w pliku bazowym" in clean.stdout


def test_options_with_a_buffer(ws):
    """--no-baseline shows everything (a guard); --baseline FILE is used (fails before: exit 2); without
    --stdin-filename the buffer has no file to be matched by; --write-baseline records no buffer."""
    assert "Znaleziono 7 problemów" in lint("--no-baseline", "--stdin-filename", "personas/ola.yaml", "-", data=BUFFER).stdout
    Path("inny.json").write_text('{"format": "cxkit-baseline/1", "findings": []}\n', encoding="utf-8")
    other = lint("--baseline", "inny.json", "--stdin-filename", "personas/ola.yaml", "-", data=BUFFER)
    assert other.exit_code == 1 and "Znaleziono 7 problemów" in other.stdout and "w pliku bazowym" not in other.stdout
    nameless = lint("--baseline", "dług.json", "-", data=BUFFER)
    assert nameless.exit_code == 2
    assert nameless.stderr.startswith("cxkit: --baseline: plik bazowy rozpoznaje zgłoszenia po ścieżce pliku, a dokument "
                                      "wczytany ze standardowego wejścia jej nie ma: podaj --stdin-filename ŚCIEŻKA")  # Polish (s37, s38)
    before = Path("dług.json").read_bytes()
    written = lint("--write-baseline", "--stdin-filename", "personas/ola.yaml", "-", data=BUFFER)
    assert written.exit_code == 2 and written.stderr.startswith("cxkit: --write-baseline: dokumentu wczytanego ze standardowego wejścia")
    assert Path("dług.json").read_bytes() == before
