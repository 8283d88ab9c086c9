"""A list item written as a dash alone (`- `, mid-typing in an editor) is reported at its dash, with
a span that covers it: its empty value starts after the dash and has no width, which an editor
draws as nothing (`11:4-11:4`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

PERSONA = (
    "kind: persona\n"
    "id: ola-biegaczka\n"
    "name: Ola Nowak\n"
    "behaviours:\n"
    "  - Biega trzy razy w tygodniu po Parku Skaryszewskim\n"
    "  - {tail}\n"
    "goals:\n"
    "- {tail}\n"
)


@pytest.mark.parametrize("tail", ["", "   ", "# do uzupełnienia"])
def test_a_dangling_dash_is_covered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tail: str) -> None:
    monkeypatch.chdir(tmp_path)
    text = PERSONA.format(tail=tail)
    result = CliRunner().invoke(app, ["lint", "-f", "json", "--select", "schema", "-"], input=text.encode("utf-8"))
    spans = {f["data_path"]: (f["line"], f["column"], f["end_line"], f["end_column"])
             for f in json.loads(result.stdout)}
    assert spans == {"behaviours[1]": (6, 3, 6, 4), "goals[0]": (8, 1, 8, 2)}, result.stdout
    lines = text.split("\n")
    assert lines[5][2] == "-" and lines[7][0] == "-"  # what the spans cover


def test_text_names_the_dash_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--select", "schema", "-"], input=PERSONA.format(tail="").encode())
    assert "-:6:3: error CX002 'behaviours[2nd]' must be text" in result.stdout
    assert "-:8:1: error CX002 'goals[1st]' must be text" in result.stdout


def test_an_item_with_a_value_keeps_its_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: an item that holds something (here a list where text goes) is reported where it starts."""
    monkeypatch.chdir(tmp_path)
    text = "kind: persona\nid: ola\nname: Ola\ngoals:\n  - [Biega, Pływa]\n"
    result = CliRunner().invoke(app, ["lint", "-f", "json", "--select", "schema", "-"], input=text.encode())
    (finding,) = json.loads(result.stdout)
    assert (finding["line"], finding["column"], finding["end_line"]) == (5, 5, 5)
