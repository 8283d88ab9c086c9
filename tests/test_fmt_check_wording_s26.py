"""What `cxkit fmt --check` (and --diff) says when it checked less than it was given.

- A file (or a buffer on stdin) that cannot be formatted ended the check with "0 files would be left
  unchanged, 1 file could not be formatted.": no file was found laid out, so the summary no longer
  counts a zero beside what failed (as `ruff format --check` reports only what it counted).
- A named link into a file `exclude` leaves out is passed over with a warning that said "it was not
  laid out through the link; name the file itself to lay it out", which reads oddly when nothing is
  laid out anyway: with --check (or --diff) it says the file was not checked, and gives the check's
  command.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

BROKEN_PL = "kind: persona\nid: zbigniew\nname: [Zbigniew Łysy\ngoals:\n  - Kupić rower na raty\n"

TIDY_EN = """\
kind: persona
id: mark-hughes
name: Mark Hughes
lang: en
goals:
  - Send a quote from the van within 10 minutes of leaving the site
"""

MESSY_EN = TIDY_EN.replace("  - Send", "    - Send")

SZKIC_PL = """\
name: Ola Wiśniewska
kind: persona
id: ola-szkic
lang: pl
goals:
    - Chce porównać słuchawki w jednym miejscu, zanim pójdzie do salonu
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('exclude = ["drafts/"]\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "szkic-oli.yaml").write_text(SZKIC_PL, encoding="utf-8")
    return tmp_path


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("mode", [("--check",), ("--diff",), ()])
def test_a_file_that_cannot_be_formatted_is_all_the_summary_says(ws: Path, mode: tuple[str, ...]) -> None:
    (ws / "personas" / "zbigniew.yaml").write_text(BROKEN_PL, encoding="utf-8")
    code, _, err = run("fmt", *mode, "personas/zbigniew.yaml")
    assert code == 1
    assert err.splitlines()[-1] == "1 file could not be formatted."


def test_beside_files_it_checked_they_are_counted(ws: Path) -> None:
    (ws / "personas" / "zbigniew.yaml").write_text(BROKEN_PL, encoding="utf-8")
    (ws / "personas" / "mark.yaml").write_text(TIDY_EN, encoding="utf-8")
    code, _, err = run("fmt", "--check", "personas")
    assert code == 1
    assert err.splitlines()[-1] == "1 file would be left unchanged, 1 file could not be formatted."
    (ws / "personas" / "mark.yaml").write_text(MESSY_EN, encoding="utf-8")
    code, _, err = run("fmt", "--check", "personas")
    assert err.splitlines()[-1] == "1 file would be reformatted, 1 file could not be formatted."


def test_a_buffer_on_stdin_that_cannot_be_formatted(ws: Path) -> None:
    code, out, err = run("fmt", "--check", "--stdin-filename", "personas/zbigniew.yaml", stdin=BROKEN_PL)
    assert (code, out) == (1, "")
    assert err.splitlines()[0].startswith("personas/zbigniew.yaml:4:6: error CX001 invalid YAML")
    assert err.splitlines()[-1] == "1 file could not be formatted."


def test_guard_a_clean_check_still_says_what_it_left(ws: Path) -> None:
    (ws / "personas" / "mark.yaml").write_text(TIDY_EN, encoding="utf-8")
    assert run("fmt", "--check", "personas") == (0, "", "1 file would be left unchanged.\n")


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
@pytest.mark.parametrize("mode", ["--check", "--diff"])
def test_a_link_into_an_excluded_file_is_said_not_checked(ws: Path, mode: str) -> None:
    # Beside a file that is checked: the link alone is a usage error (tests/test_fmt_link_alone_s27.py).
    (ws / "personas" / "ola.yaml").symlink_to("../drafts/szkic-oli.yaml")
    (ws / "personas" / "mark.yaml").write_text(TIDY_EN, encoding="utf-8")
    code, out, err = run("fmt", mode, "personas/ola.yaml", "personas/mark.yaml")
    assert (code, out) == (0, "")
    assert err.splitlines()[0] == (
        "cxkit: warning: personas/ola.yaml leads to drafts/szkic-oli.yaml, which `exclude` leaves out (in cxkit.toml), "
        f"so it was not checked through the link; name the file itself to check it (cxkit fmt {mode} drafts/szkic-oli.yaml)")
    assert "laid out" not in err
    assert (ws / "drafts" / "szkic-oli.yaml").read_text(encoding="utf-8") == SZKIC_PL
    # The command given checks it.
    assert run("fmt", mode, "drafts/szkic-oli.yaml")[0] == 1


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_guard_without_check_it_still_says_laid_out(ws: Path) -> None:
    (ws / "personas" / "ola.yaml").symlink_to("../drafts/szkic-oli.yaml")
    (ws / "personas" / "mark.yaml").write_text(TIDY_EN, encoding="utf-8")
    code, _, err = run("fmt", "personas/ola.yaml", "personas/mark.yaml")
    assert code == 0
    assert "so it was not laid out through the link; name the file itself to lay it out (cxkit fmt drafts/szkic-oli.yaml)" in err
    assert (ws / "drafts" / "szkic-oli.yaml").read_text(encoding="utf-8") == SZKIC_PL
