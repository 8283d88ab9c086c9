"""Reading a baseline written elsewhere or edited by hand (session 32): a file name in decomposed letters
(macOS) or with "\\" (Windows), a BOM, and a broken entry told at its line with what is wrong."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

#: A legacy file that does not parse (a tab): no document id, so only its path can match its entry.
TABBED = "kind: persona\nid: zaneta\nname: Żaneta Źródłowska\nlang: pl\ngoals:\n\t- Ceni wygodę\n"
NAME = "żaneta-źródło.yaml"


@pytest.fixture
def ws(tmp_path, monkeypatch):
    root = tmp_path / "ws"
    root.mkdir()
    enter_workspace(root, monkeypatch, config='lang = "pl"\n', today="2026-12-01",
                    files={f"personas/stare/{NAME}": TABBED})
    assert run_cli("lint", "--write-baseline").exit_code == 0
    return root


def rewrite(change) -> None:
    path = Path(".cxkit-baseline.json")
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def test_an_entry_in_decomposed_letters_or_with_backslashes_matches(ws):
    """Fails before: the entry's name, written on macOS (NFD) or by hand on Windows, matched no file."""
    nfd = unicodedata.normalize("NFD", f"personas\\stare\\{NAME}")
    rewrite(lambda text: text.replace(f"personas/stare/{NAME}", json.dumps(nfd, ensure_ascii=False)[1:-1]))
    assert json.loads(Path(".cxkit-baseline.json").read_text(encoding="utf-8"))["findings"][0]["path"] == nfd
    run = run_cli("lint", "--baseline", ".cxkit-baseline.json")
    assert run.exit_code == 0, run.stdout
    assert "Nie pokazano 1 zgłoszenia zapisanego" in run.stdout
    assert "no longer found" not in run.stderr


def test_a_baseline_saved_with_a_bom_is_read(ws):
    """Fails before: exit 2, "Unexpected UTF-8 BOM"."""
    rewrite(lambda text: "\ufeff" + text.replace("\n", "\r\n"))
    run = run_cli("lint", "--baseline", ".cxkit-baseline.json")
    assert run.exit_code == 0, run.stderr


@pytest.mark.parametrize("entry, said", [
    # The workspace is Polish: so are the refusals since session 41 (English: test_baseline_polish_s41.py).
    ('{"path": "personas/x.yaml", "rule": "schema", "place": "goals", "count": 2}', 'brak "subject"'),
    ('{"path": "personas/x.yaml", "rule": "schema", "place": 3, "subject": ""}', '"place" nie jest tekstem'),
    ('{"path": "personas/x.yaml", "rule": "schema", "place": "", "subject": "", "count": 0}', '"count" to 0'),
    ('"personas/x.yaml"', "str, a nie obiekt"),
])
def test_a_broken_entry_is_told_at_its_line(ws, entry, said):
    """Fails before: "entry 2 … is not a finding's entry", no line and no word of what is wrong."""
    rewrite(lambda text: text.replace('  "findings": [\n', '  "findings": [\n    ' + entry + ",\n"))
    json.loads(Path(".cxkit-baseline.json").read_text(encoding="utf-8"))  # valid JSON, a bad entry
    run = run_cli("lint", "--baseline", ".cxkit-baseline.json")
    assert run.exit_code == 2 and run.exception is None
    assert run.stderr.startswith(f'cxkit: .cxkit-baseline.json:4:5: wpis 1 listy "findings" nie jest wpisem zgłoszenia: {said} ')


def test_no_version_is_said_in_words(ws):
    # The first form of the file ("format": "cxkit-baseline", the version in a key of its own), without the key.
    rewrite(lambda text: text.replace('"format": "cxkit-baseline/1"', '"format": "cxkit-baseline"'))
    run = run_cli("lint", "--baseline", ".cxkit-baseline.json")
    assert run.exit_code == 2
    assert 'plik bazowy bez "version", a ten cxkit czyta wersję 1' in run.stderr  # Polish workspace (session 41)


@pytest.mark.parametrize("option", [["--write-baseline"]])
def test_a_baseline_option_with_stdin_is_refused(ws, option):
    """Fails before: `--write-baseline -` linted stdin and wrote nothing, without a word (exit 1, as if the
    option were not there).  (`--baseline FILE -` with --stdin-filename is used since: test_baseline_stdin_s33.)"""
    from typer.testing import CliRunner

    from cxkit.cli import app

    before = Path(".cxkit-baseline.json").read_bytes()
    run = CliRunner().invoke(app, ["lint", *option, "--stdin-filename", "personas/x.yaml", "-"], input=TABBED)
    assert run.exit_code == 2, run.output
    # The workspace is Polish, and so is the refusal (session 37; test_polish_notes_s37 has the English one).
    assert run.stderr.startswith(f"cxkit: {option[0]}: dokumentu wczytanego ze standardowego wejścia nie zapisuje się")
    assert Path(".cxkit-baseline.json").read_bytes() == before
