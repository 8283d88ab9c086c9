"""`cxkit review` says the notes `cxkit lint` gives on the config: a pattern in the wrong case, a misnamed config file.

Before: review said nothing of an `exclude` written `personas/Szkice/**` for a folder `szkice/`
(it excludes nothing on Linux CI) or of a `personas/cxkit.toml.txt` cxkit never reads, which lint
notes on stderr.  Now review says them on stderr as lint does, and in the Markdown comment under
**Config notes:**; the JSON report is unchanged.

test_review_says_the_config_notes fails before; the others are guards.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import git, kamil_with_a_draft

@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return kamil_with_a_draft(tmp_path, monkeypatch)


def setup(ws: Path, exclude: str, misnamed: bool) -> None:
    (ws / "cxkit.toml").write_text(f'lang = "pl"\nexclude = ["{exclude}"]\n', encoding="utf-8")
    if misnamed:
        (ws / "personas" / "cxkit.toml.txt").write_text('fail-level = "never"\n', encoding="utf-8")
    git(ws, "add", "-A")
    git(ws, "commit", "-qm", "persony")
    kamil = ws / "personas" / "kamil.yaml"
    kamil.write_text(kamil.read_text(encoding="utf-8").replace("trzech", "czterech"), encoding="utf-8")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


# The workspace is Polish, and so are its notes (session 38; test_polish_notes_s38 has them in English).
SLIP = ("cxkit.toml:2:12: wzorzec „personas/Szkice/**” w kluczu exclude nie pasuje do żadnego sprawdzonego tu pliku "
        "(wielkość liter w nazwach ma znaczenie, jak w CI na Linuksie); czy chodziło o „personas/szkice/**”?")
MISNAMED = "personas/cxkit.toml.txt nie jest czytany: konfiguracja cxkit to plik o nazwie dokładnie cxkit.toml"


def test_review_says_the_config_notes(ws: Path) -> None:
    setup(ws, "personas/Szkice/**", misnamed=True)
    lint_err = run("lint", "--no-cache")[2]
    assert f"cxkit: uwaga: {SLIP}\n" in lint_err and f"cxkit: uwaga: {MISNAMED}" in lint_err
    code, out, err = run("review", "HEAD")
    assert code == 0
    assert f"cxkit: uwaga: {SLIP}\n" in err and f"cxkit: uwaga: {MISNAMED}" in err
    notes = out.split("**Notatki o konfiguracji:**\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert notes[0] == "- " + SLIP.replace("*", "\\*")
    assert notes[1].startswith("- " + MISNAMED)
    assert len(notes) == 2
    assert out.index("**Notatki o konfiguracji:**") < out.index("**Wynik:**")


def test_the_json_report_holds_no_notes(ws: Path) -> None:
    setup(ws, "personas/Szkice/**", misnamed=True)
    code, out, _err = run("review", "HEAD", "-f", "json")
    assert code == 0
    assert "Szkice" not in out and "cxkit.toml.txt" not in out
    json.loads(out)


def test_a_config_that_does_what_it_says_gives_no_notes(ws: Path) -> None:
    setup(ws, "personas/szkice/**", misnamed=False)
    code, out, err = run("review", "HEAD")
    assert code == 0
    assert "Config notes" not in out and "note:" not in err and "uwaga:" not in err  # a Polish note too (s38)
