"""A buffer or file that holds only comments is not called empty (tester32 L4).

An editor's new file starts with `# yaml-language-server: $schema=...`: `cxkit lint -` said "the
input is empty". It is still no document (CX001, as before, on disk and on stdin alike), but the
message says what is there: comments and no document.  A file with nothing in it is still empty.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit import api
from cxkit.cli import app

SCHEMA_LINE = "# yaml-language-server: $schema=../schema/persona.json\n"
TEMPLATE_NOTES = "# Persona: Anna z Poznania\n#\n#   uzupełnij cele po wywiadach\n\n"
#: The workspace is Polish: lint says it in Polish (session 36), of the input as of the file.
ONLY_COMMENTS_PL = {"file": "plik zawiera tylko komentarze i żadnego dokumentu; oczekiwano mapowania YAML z kluczem `kind`",
                    "input": "wejście zawiera tylko komentarze i żadnego dokumentu; oczekiwano mapowania YAML z kluczem "
                             "`kind`"}
EMPTY_PL = "wejście jest puste; oczekiwano mapowania YAML z kluczem `kind`"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    (root / "personas").mkdir(parents=True)
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def findings(*args: str, data: str | None = None) -> list[tuple[str, int, int, str, str]]:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", *args], input=data)
    assert result.exit_code == 1, result.output
    return [(f["path"], f["line"], f["column"], f["code"], f["message"]) for f in json.loads(result.stdout)]


@pytest.mark.parametrize("text", [SCHEMA_LINE, TEMPLATE_NOTES, "  # wcięty komentarz", "\ufeff# z BOM\r\n"])
def test_a_buffer_of_comments_says_so_as_the_file_does(ws: Path, text: str) -> None:
    (ws / "personas" / "nowa.yaml").write_text(text, encoding="utf-8")
    assert findings("personas/nowa.yaml") == [("personas/nowa.yaml", 1, 1, "CX001", ONLY_COMMENTS_PL["file"])]
    assert findings("-", "--stdin-filename", "personas/nowa.yaml", data=text) == [
        ("personas/nowa.yaml", 1, 1, "CX001", ONLY_COMMENTS_PL["input"])]
    assert findings("-", data=text) == [("-", 1, 1, "CX001", ONLY_COMMENTS_PL["input"])]
    problem, = api.load("personas/nowa.yaml").problems
    assert problem.message == ONLY_COMMENTS_PL["file"]  # api.load reads as lint does: the workspace is Polish


@pytest.mark.parametrize("text", ["", "\n\n", "  \n\t\n"])
def test_nothing_written_is_still_empty(ws: Path, text: str) -> None:
    assert findings("-", data=text) == [("-", 1, 1, "CX001", EMPTY_PL)]
