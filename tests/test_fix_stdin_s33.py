"""`cxkit fmt - --fix` counts its fixes as `cxkit fmt --fix FILE` does: on stderr beside the document, in
the `--check`/`--diff` summary; a document fmt cannot lay out counts the schema finding left (session 33)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from fmt_fix_helpers import ENV, enter_fmt_workspace, run

# A persona from a team's Notion export: Polish keys, hand-written dates, a quoted sample size.
PERSONA_PL = """\
kind: persona
id: agnieszka-wojcik
name: Agnieszka Wójcik
lang: pl
cele:
  - Zapłacić za OC mniej niż 1 200 zł rocznie
bolączki:
  - Infolinia nie odbiera po 16:00  # z wywiadu
sources:
  - {id: wywiady-2023, type: interview, date: 14.03.2024, n: "12"}
reviewed: 05/12/2026
"""


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return enter_fmt_workspace(tmp_path, monkeypatch)


def _stdin(*args: str, text: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["fmt", "-", *args], input=text.encode("utf-8"), env=ENV)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_stdin_fix_says_how_many_fixes_beside_the_document(workspace: Path) -> None:
    code, out, err = _stdin("--fix", text=PERSONA_PL)
    assert code == 0
    assert "goals:" in out and "pain_points:" in out and "date: 2024-03-14" in out and "n: 12" in out
    # The same count a file gets; the date that reads two ways is left.
    path = workspace / "personas" / "agnieszka.yaml"
    path.write_text(PERSONA_PL, encoding="utf-8")
    _code, _out, file_err = run("fmt", "--fix", "personas/agnieszka.yaml")
    assert "reformatted personas/agnieszka.yaml (4 fixes)" in file_err
    assert "4 fixes made; 1 schema finding left to fix by hand" in file_err
    assert err.startswith("cxkit: note: -: 4 fixes made; 1 schema finding left to fix by hand ")
    assert path.read_text(encoding="utf-8") == out


def test_stdin_fix_check_counts_the_fixes_to_make(workspace: Path) -> None:
    code, out, err = _stdin("--fix", "--check", "--stdin-filename", "personas/agnieszka.yaml", text=PERSONA_PL)
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "would reformat personas/agnieszka.yaml (4 fixes)",
        "1 file would be reformatted. 4 fixes to make; 1 schema finding left to fix by hand (`cxkit lint` lists "
        "them, with the method rules' findings).",
    ]


def test_stdin_fix_quiet_and_without_fix_say_nothing(workspace: Path) -> None:
    code, out, err = _stdin("--fix", "--quiet", text=PERSONA_PL)
    assert code == 0 and "goals:" in out and err == ""
    code, out, err = _stdin(text=PERSONA_PL)
    assert code == 0 and "cele:" in out and err == ""


def test_a_kind_fmt_cannot_lay_out_is_a_finding_left(workspace: Path) -> None:
    journey_word = "kind: Journey\nid: ola\nname: Ola\ngoals:\n  - Tanio\n"
    code, _out, err = _stdin("--fix", "--check", text=journey_word)
    assert code == 1
    assert err.splitlines()[-1].startswith("1 file could not be formatted. 0 fixes to make; 1 schema finding left")
    path = workspace / "personas" / "ola.yaml"
    path.write_text(journey_word, encoding="utf-8")
    code, out, err = run("fmt", "--fix", "--check", "personas/ola.yaml")
    assert code == 1
    assert (out + err).splitlines()[-1].startswith("1 file could not be formatted. 0 fixes to make; 1 schema finding left")
