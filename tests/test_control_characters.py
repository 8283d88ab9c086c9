"""Control characters in a document are shown as escapes by every command, never sent to the terminal.

A double-quoted YAML value can spell any character ("\\e[2J" clears a screen,
"\\e]0;...\\a" retitles it, U+202E reverses what follows); a persona arrives in
a pull request and is printed in a reviewer's terminal.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.visible import visible

PERSONA = (
    'kind: persona\nid: ola\nname: "Ola \\e[31mRED\\e[0m"\nlang: pl\n'
    'goals:\n  - "\\e]0;pwned\\a"\n  - "Biega\\u202e 3 razy w tygodniu\\x7f po Błoniach"\n'
)
JOURNEY = 'kind: journey\nid: j\nname: J\npersona: "x\\e[2Jy"\nstages:\n  - id: a\n    name: A\n'
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")


def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.stdout


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "j.yaml").write_text(JOURNEY, encoding="utf-8")
    (tmp_path / "old.yaml").write_text("kind: persona\nid: ola\nname: Ola\n", encoding="utf-8")
    return tmp_path


def test_visible_escapes_controls_and_keeps_text_tabs_and_line_ends() -> None:
    assert visible("a\x1b[2Jb\u202ec\x07\x7f\x9b") == "a\\x1b[2Jb\\u202ec\\x07\\x7f\\x9b"
    assert visible("Łódź\tpółmaraton\nU+0085:\x85") == "Łódź\tpółmaraton\nU+0085:\x85"


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html", "json", "mermaid"])
def test_render_shows_control_characters_as_escapes(files: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    target = "j.yaml" if fmt == "mermaid" else "ola.yaml"
    if fmt == "mermaid":
        (files / "j.yaml").write_text(JOURNEY.replace('persona: "x\\e[2Jy"', "persona: ola").replace("name: A", 'name: "A\\e[2J"'), encoding="utf-8")
    out = run(files, monkeypatch, "render", target, *(() if fmt == "terminal" else ("-f", fmt)))
    assert out and not RAW.search(out), repr(out[:300])
    if fmt == "json":  # the data exactly, every control character as a JSON escape
        assert json.loads(out)["name"] == "Ola \x1b[31mRED\x1b[0m" and "\\u202e" in out
    elif fmt != "mermaid":
        assert "x1b" in out and "RED" in out and "u202e" in out and "Błoniach" in out


def test_lint_messages_quote_values_with_escapes(files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for fmt in ("text", "github", "json"):
        out = run(files, monkeypatch, "lint", "--no-cache", "--format", fmt, "j.yaml")
        assert not RAW.search(out), (fmt, out)
    found = json.loads(run(files, monkeypatch, "lint", "--no-cache", "--format", "json", "j.yaml"))
    assert any("'x\\x1b[2Jy'" in f["message"] for f in found if f["rule"] == "unknown-persona")


def test_diff_shows_control_characters_as_escapes(files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for fmt in ("text", "markdown"):
        out = run(files, monkeypatch, "diff", "old.yaml", "ola.yaml", "-f", fmt)
        assert "RED" in out and not RAW.search(out), (fmt, out)


def test_render_of_a_document_with_own_keys_and_a_control_character_works(files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (files / "team").mkdir()
    (files / "team" / "e.yaml").write_text('kind: persona\nid: e\nname: "Ola\\e[2J"\nlang: pl\nx-team: growth\n', encoding="utf-8")
    out = run(files, monkeypatch, "render", "team/e.yaml")
    assert "Ola\\x1b[2J" in out and not RAW.search(out)
    overview = run(files, monkeypatch, "render", "team")  # one such file does not break the folder's overview
    assert "e.yaml" in overview and not RAW.search(overview)


def test_file_names_and_document_names_are_shown_with_escapes(files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    odd = files / "d\x1b[31m"
    odd.mkdir()
    (odd / "p\x1bx.yaml").write_text("kind: persona\nid: p\nname: P\n", encoding="utf-8")
    (files / "new").mkdir()
    (files / "new" / "a.yaml").write_text("kind: persona\nid: a\nname: A\n", encoding="utf-8")
    (files / "gone").mkdir()
    (files / "gone" / "a.yaml").write_text("kind: persona\nid: a\nname: A\n", encoding="utf-8")
    (files / "gone" / "g.yaml").write_text('kind: persona\nid: gone\nname: "G\\e[2J\\u202e"\n', encoding="utf-8")
    outputs = [
        run(files, monkeypatch, "lint", "--no-cache", *args) for args in ((), ("--format", "github"))
    ] + [
        run(files, monkeypatch, "render", odd.name),
        run(files, monkeypatch, "diff", "gone", "new"),
        run(files, monkeypatch, "diff", "gone", "new", "-f", "markdown"),
        run(files, monkeypatch, "diff", "gone", "new", "-f", "json"),
    ]
    for out in outputs:
        assert out and not RAW.search(out), out
    assert "d\\x1b[31m/p\\x1bx.yaml" in outputs[0]
    assert '"G\\x1b[2J\\u202e"' in outputs[3]
    assert json.loads(outputs[5])[0]["old"]["name"] == "G\x1b[2J\u202e"  # JSON keeps the data, escaped as JSON


def test_new_and_init_show_folder_and_file_names_with_escapes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    made = runner.invoke(app, ["new", "persona", "Jan Kowal", "--dir", "d\x1b[31mX", "--no-input"])
    assert made.exit_code == 0, made.output
    assert made.stdout == "d\\x1b[31mX/jan-kowal.yaml\n"
    # An id already used by a file whose name holds an escape: the refusal quotes it escaped.
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "o\x1b]0;T\x07.yaml").write_text("kind: persona\nid: ola-nowak\nname: Ola\n", encoding="utf-8")
    refused = runner.invoke(app, ["new", "persona", "Ola Nowak", "--no-input"])
    assert refused.exit_code == 1
    assert "o\\x1b]0;T\\x07.yaml" in refused.stderr and not RAW.search(refused.stderr)
    init = runner.invoke(app, ["init", "cx\x1b[31m team", "--lang", "pl"])
    assert init.exit_code == 0, init.output
    assert "cx\\x1b[31m team/cxkit.toml" in init.stdout and not RAW.search(init.stdout)


def test_a_line_break_in_a_file_name_keeps_each_finding_on_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ola\nnowak.yaml").write_text("kind: persona\nid: ola\nname: Ola\n", encoding="utf-8")
    out = run(tmp_path, monkeypatch, "lint", "--no-cache", "--select", "missing-sources")
    assert out.splitlines()[0].startswith("ola\\x0anowak.yaml:2:1: warning CX301 ")
