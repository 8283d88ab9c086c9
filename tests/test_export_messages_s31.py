"""Two messages of `cxkit render` a PM met.

- `-f md -o mapa.html` onto an HTML export printed "writing the Markdown export, as --format markdown
  asks…" and then refused to replace the file: the refusal now comes alone, before any note.
- The owner · due date · status line under an opportunity was dim (SGR 2), the palest text on a
  dark theme: it is now in the theme's text colour (italic), on a light theme and a dark one alike.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

JOURNEY = """kind: journey
id: kasia-konto
name: Kasia zakłada konto
persona: kasia
lang: pl
stages:
  - id: polecenie
    name: Polecenie
    emotion: 0
    opportunities:
      - action: Pokazać warunki promocji na pierwszym ekranie
        owner: Marketing (Paweł Nowicki)
        due: 2027-01-15
        status: planned
  - id: weryfikacja
    name: Weryfikacja tożsamości
    emotion: -2
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("NO_COLOR", raising=False)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "konto.yaml").write_text(JOURNEY, encoding="utf-8")
    return tmp_path


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def test_a_refused_o_says_only_that_it_is_refused(ws: Path) -> None:
    assert run("render", "konto.yaml", "-o", "mapa.html", env={"NO_COLOR": "1"})[0] == 0
    before = (ws / "mapa.html").read_bytes()
    code, out, err = run("render", "konto.yaml", "-f", "md", "-o", "mapa.html", env={"NO_COLOR": "1"})
    assert (code, out) == (2, "")
    # The workspace is Polish, and so is the refusal (session 38; test_polish_notes_s38 has the English one).
    assert err == ("cxkit: mapa.html: to eksport HTML z cxkit, a zapisywany jest eksport Markdown; zapis eksportu "
                   "zastąpiłby ten plik — podaj w -o inny plik albo dodaj --force, by go zastąpić\n")
    assert (ws / "mapa.html").read_bytes() == before


def test_with_force_the_note_still_says_what_is_written(ws: Path) -> None:
    # A guard: the note stays when the export is written.
    run("render", "konto.yaml", "-o", "mapa.html", env={"NO_COLOR": "1"})
    code, _out, err = run("render", "konto.yaml", "-f", "md", "-o", "mapa.html", "--force", env={"NO_COLOR": "1"})
    # The workspace says `lang = "pl"`: the note is Polish (session 41).
    assert code == 0 and "cxkit zapisze eksport Markdown, o który prosi --format markdown" in err
    assert (ws / "mapa.html").read_text(encoding="utf-8").startswith("# Kasia zakłada konto")


@pytest.mark.parametrize("layout", ["panels", "table", "stacked"])
def test_the_owner_line_is_not_dim(ws: Path, layout: str) -> None:
    code, out, _err = run("render", "konto.yaml", "--layout", layout, env={"FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert code == 0
    line = next(line for line in out.splitlines() if "Paweł Nowicki" in line)
    start = line.index("Marketing") if layout != "stacked" else line.index("Marketing")
    # The SGR codes in force where the owner begins: none of them is 2 (dim, faint).
    codes = [code for chunk in line[:start].split("\x1b[")[1:] for code in chunk.split("m", 1)[0].split(";")]
    last_reset = max((i for i, c in enumerate(codes) if c in ("0", "")), default=-1)
    assert "2" not in codes[last_reset + 1:], repr(line)
