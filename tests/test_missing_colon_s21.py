"""A key written without its colon (`lang pl`, `name Etap zakupu`) is told at that key, with what to
write (session 21).

The reader gave up on the line after it ("could not find expected ':' (while scanning a simple
key)", located a line too low) or, for the first key of a mapping, said "mapping values are not
allowed in this context" on the next key.  Only keys the formats know, and `x-` keys, are taken for
a key without its colon: a line of text where a key should be keeps the reader's words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.yamlio import load_text


def only_problem(text: str) -> tuple[int, int, str]:
    loaded = load_text(text)
    assert len(loaded.problems) == 1, loaded.problems
    found = loaded.problems[0]
    return found.line, found.column, found.message


@pytest.mark.parametrize(
    ("text", "where", "told"),
    [
        ("kind: persona\nlang pl\nid: ola\nname: Ola\n", (2, 5), "`lang` needs a colon and a space after it, so YAML cannot read it as a key; write `lang: pl`"),
        ("kind: persona\nid: ola\nname Ola Nowak\n", (3, 5), "`name` needs a colon and a space after it, so YAML cannot read it as a key; write `name: Ola Nowak`"),
        (
            "kind: journey\nid: zakup\nname: Zakup\npersona: ola\nstages:\n  - id: wybor\n    name Wybór modelu\n    emotion: 1\n",
            (7, 9), "`name` needs a colon and a space after it, so YAML cannot read it as a key; write `name: Wybór modelu`",
        ),
        ("kind persona\nid: tom\nname: Tom Reed\n", (1, 5), "`kind` needs a colon and a space after it, so YAML cannot read it as a key; write `kind: persona`"),
        ("kind: persona\nid: tom\nname: Tom\nx-notes Budget owner\nlang: en\n", (4, 8), "`x-notes` needs a colon and a space after it, so YAML cannot read it as a key; write `x-notes: Budget owner`"),
    ],
)
def test_a_key_without_its_colon_is_told_at_that_key(text, where, told):
    line, col, message = only_problem(text)
    assert (line, col) == where
    assert message == f"invalid YAML: {told}"


def test_a_line_of_text_where_a_key_should_be_keeps_the_readers_words():
    line, _col, message = only_problem("kind: persona\nid: ola\nname: Ola\nsummary: Ola\nOla lubi biegać\nlang: pl\n")
    assert "has no colon" not in message
    assert "could not find expected ':'" in message


def test_lint_and_fmt_report_it_at_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "cxkit.toml").write_text("")
    (tmp_path / "ola.yaml").write_text("kind: persona\nlang pl\nid: ola\nname: Ola\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    lint = CliRunner().invoke(app, ["lint", "--no-cache", "ola.yaml"])
    assert lint.exit_code == 1
    assert "ola.yaml:2:5: error CX001 invalid YAML: `lang` needs a colon and a space after it" in lint.output
    fmt = CliRunner().invoke(app, ["fmt", "--no-cache", "ola.yaml"])
    assert fmt.exit_code == 1
    assert "ola.yaml:2:5:" in fmt.output
    assert (tmp_path / "ola.yaml").read_text(encoding="utf-8") == "kind: persona\nlang pl\nid: ola\nname: Ola\n"
