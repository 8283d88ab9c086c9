"""review64 of fixJ34's console work (session 34): the Unicode-form hint when the name on disk is
the composed one, `cxkit rules` in a pipe at any COLUMNS, and a host program's streams after an
in-process run on a console that is not UTF-8."""

from __future__ import annotations

import io
import sys
import unicodedata

from typer.testing import CliRunner

from conftest import enter_workspace
from cxkit.cli import app

OLA = """kind: persona
id: ola
name: Ola Żółć
lang: pl
summary: Właścicielka kwiaciarni w Łodzi, zamawia żółte róże — „zawsze na już”.
goals:
  - Szybciej zamawiać kwiaty
"""


def test_a_decomposed_name_given_for_a_composed_file_is_not_told_to_rename_it(tmp_path, monkeypatch):
    """Fails before: the hint gave `convmv --nfc` for a name already composed on disk (a rename that
    changes nothing); the name to change is the one given (pasted from macOS, a script's list)."""
    enter_workspace(tmp_path, monkeypatch, files={"persony/żółć.yaml": OLA})
    typed = unicodedata.normalize("NFD", "persony/żółć.yaml")
    for command in (["lint"], ["render"]):
        result = CliRunner().invoke(app, [*command, typed])
        assert result.exit_code == 2, result.output
        said = result.stderr
        assert "spelt with the same letters in another Unicode form" in said
        assert "its name is composed (NFC), while the name given is decomposed" in said
        assert "convmv" not in said and "type it from the keyboard" in said
        assert "Traceback" not in said


def test_a_decomposed_folder_on_disk_still_gets_the_convmv_command(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch)
    folder = tmp_path / unicodedata.normalize("NFD", "z spacją")
    folder.mkdir()
    (folder / "ola.yaml").write_text(OLA, encoding="utf-8")
    said = CliRunner().invoke(app, ["lint", "z spacją/ola.yaml"]).stderr
    assert "its name is decomposed (NFD" in said
    assert f"convmv -f utf-8 -t utf-8 --nfc --notest -r '{unicodedata.normalize('NFD', 'z spacją')}'" in said


def test_rules_in_a_pipe_stays_a_line_a_rule_whatever_columns_says(tmp_path, monkeypatch):
    """Fails before: with COLUMNS=40 exported, `cxkit rules | grep warning` got blocks, the summary
    on a line of its own with no code, though the CHANGELOG says a pipe keeps a rule a line."""
    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", "40")
    lines = CliRunner().invoke(app, ["rules"]).stdout.splitlines()
    assert len(lines) > 30 and all(line.startswith("CX") and "  " in line for line in lines), lines[:4]
    assert any(line.startswith("CX101  pseudo-profiling") and line.rstrip().endswith(".") for line in lines)
