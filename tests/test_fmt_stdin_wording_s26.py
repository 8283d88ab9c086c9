"""A document read from standard input (`cxkit fmt -`, `cxkit lint -`) is in no file: its reading
problems say "the input", not "the file".

An editor's unsaved buffer over the 4 MiB limit was "the file is over cxkit's 4 MiB limit for one
document", an empty one "the file is empty", an alias without its anchor "the file defines none before
it" — of a file that does not exist, even when --stdin-filename names one that does (and holds
something else).  The located path stays the stdin filename (else `-`).  A file keeps its wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import enter_workspace
from cxkit.cli import app

TIDY_PL = """\
kind: persona
id: halina-wrobel
name: Halina Wróbel
lang: pl
goals:
  - Odebrać receptę dla mamy w 15 minut w przerwie obiadowej
"""

ALIAS_EN = """\
kind: persona
id: mark-hughes
name: Mark Hughes
lang: en
goals:
  - *van-quote
"""

OVER_LIMIT = b"kind: persona\nname: " + b"a" * 5_000_000 + b"\n"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n')
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "halina.yaml").write_text(TIDY_PL, encoding="utf-8")
    return tmp_path


def run(*args: str, stdin: str | bytes) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", [("fmt",), ("fmt", "--check"), ("lint",)])
def test_over_the_limit_is_said_of_the_input(ws: Path, command: tuple[str, ...]) -> None:
    code, out, err = run(*command, "--stdin-filename", "personas/halina.yaml", stdin=OVER_LIMIT)
    assert code == 1
    said = out + err
    # The workspace is Polish: lint says it in Polish (session 36), and so does fmt (session 37).
    assert ("personas/halina.yaml:1:1: error CX001 wejście przekracza limit cxkit 4 MiB na jeden dokument; "
            "podziel je [yaml-syntax]") in said
    assert "plik" not in said.split("\n")[0]


@pytest.mark.parametrize("command", ["fmt", "lint"])
def test_an_empty_buffer_and_an_alias_without_anchor(ws: Path, command: str) -> None:
    if command == "lint":  # fmt gives an empty buffer back as it came
        code, out, err = run(command, "-", stdin="")
        assert code == 1
        assert "-:1:1: error CX001 wejście jest puste; oczekiwano mapowania YAML z kluczem `kind` [yaml-syntax]" in out + err
    code, out, err = run(command, "--stdin-filename", "personas/mark.yaml", stdin=ALIAS_EN)
    assert code == 1
    said = out + err
    # In Polish, as the workspace is, from lint and (session 37) fmt alike.
    assert ("personas/mark.yaml:6:5: error CX001 nieprawidłowy YAML: alias *van-quote nie wskazuje żadnej kotwicy: "
            "wejście nie definiuje przed nim żadnej") in said
    assert "plik" not in said.split("\n")[0]


def test_guard_a_file_keeps_its_wording(ws: Path) -> None:
    (ws / "personas" / "mark.yaml").write_text(ALIAS_EN, encoding="utf-8")
    result = CliRunner().invoke(app, ["fmt", "--check", "personas/mark.yaml"])
    assert result.exit_code == 1 and "plik nie definiuje przed nim żadnej" in result.stdout  # fmt in Polish too (s37)
    result = CliRunner().invoke(app, ["lint", "personas/mark.yaml"])
    assert "plik nie definiuje przed nim żadnej" in result.stdout  # lint of a Polish workspace: in Polish
