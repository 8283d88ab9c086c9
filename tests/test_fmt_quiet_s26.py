"""`cxkit fmt --quiet` / `-q`, as `cxkit lint -q`: the summary line goes, what needs acting on stays.

Quiet drops the summary line, the `reformatted FILE` lines and the `Nothing to format` line, so a
clean or fixed run prints nothing. What could not be formatted, `would reformat FILE` (--check,
--diff: the check's findings, as lint -q keeps its findings), the diff and warnings stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

MESSY_PL = """\
id: marta-kowalczyk
kind: persona
name: Marta Kowalczyk
lang: pl
goals:
    - Zamówić catering na wesele córki na 120 osób bez wizyty w sali
"""

TIDY_EN = """\
kind: negative-persona
id: bargain-hunter
name: Bargain Hunter
lang: en
reasons:
  - Buys only below cost in clearance sales and returns half of it
"""

BROKEN_PL = "kind: journey\nid: wesele\nname: [Wesele Marty\n"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('exclude = ["szkice"]\n', encoding="utf-8")
    for rel, text in {"personas/marta.yaml": MESSY_PL, "negative/bargain.yaml": TIDY_EN, "szkice/marta.yaml": MESSY_PL}.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    return tmp_path


def fmt(*args: str, data: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["fmt", "--no-cache", *args], input=data)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("flag", ["-q", "--quiet"])
def test_a_run_that_reformats_prints_nothing(ws: Path, flag: str) -> None:
    assert fmt(flag) == (0, "", "")
    assert (ws / "personas" / "marta.yaml").read_text(encoding="utf-8").startswith("kind: persona\nid: marta-kowalczyk\n")
    assert fmt(flag) == (0, "", "")  # and one with nothing to do


def test_without_it_the_lines_are_there(ws: Path) -> None:
    assert fmt() == (0, "", "reformatted personas/marta.yaml\n1 file reformatted, 1 file left unchanged.\n")


def test_check_keeps_the_files_that_would_change_and_drops_the_summary(ws: Path) -> None:
    assert fmt("-q", "--check") == (1, "", "would reformat personas/marta.yaml\n")
    assert fmt("-q", "--check", "negative") == (0, "", "")


def test_diff_keeps_the_diff(ws: Path) -> None:
    code, out, err = fmt("-q", "--diff", "personas")
    assert code == 1
    assert out.startswith("--- a/personas/marta.yaml\n+++ b/personas/marta.yaml\n")
    assert err == "would reformat personas/marta.yaml\n"


def test_a_file_that_cannot_be_formatted_is_still_reported(ws: Path) -> None:
    (ws / "journeys").mkdir()
    (ws / "journeys" / "wesele.yaml").write_text(BROKEN_PL, encoding="utf-8")
    code, out, err = fmt("-q", "journeys")
    assert code == 1
    assert out.startswith("journeys/wesele.yaml:3:20: error CX001 invalid YAML: did not find expected")
    assert err == ""


def test_a_hook_that_names_only_an_excluded_draft_hears_nothing(ws: Path) -> None:
    assert fmt("-q", "--only-documents", "szkice/marta.yaml") == (0, "", "")
    assert fmt("--only-documents", "szkice/marta.yaml")[2].startswith("Nothing to format")


def test_the_note_of_a_notepad_file_stays(ws: Path) -> None:
    (ws / "personas" / "ola.yaml.txt").write_text(TIDY_EN, encoding="utf-8")
    code, out, err = fmt("-q", "personas")
    assert (code, out) == (0, "")
    assert "ola.yaml.txt" in err and "reformatted" not in err


def test_stdin_check_is_quiet_too(ws: Path) -> None:
    assert fmt("-q", "--check", "--stdin-filename", "personas/nowa.yaml", data=MESSY_PL) == (
        1, "", "would reformat personas/nowa.yaml\n")
    assert fmt("-q", "--check", "-", data=TIDY_EN) == (0, "", "")


def test_help_lists_the_stdin_mode_quiet_and_the_jobs_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    result = CliRunner().invoke(app, ["fmt", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "-q, --quiet Without the summary line" in text
    assert "--stdin-filename PATH With `-` (or no PATHS): the path of the document read from stdin" in text
    assert "a larger N is taken as 4× that" in text
    assert "`cxkit fmt -` (an editor's unsaved buffer) reads one document from stdin" in text
    assert "- for the document on stdin" in text
