"""Control characters in a document are shown as escapes by every command, never sent to the terminal.

A double-quoted YAML value can spell any character ("\\e[2J" clears a screen,
"\\e]0;...\\a" retitles it, U+202E reverses what follows); a persona arrives in
a pull request and is printed in a reviewer's terminal.
"""

from __future__ import annotations

import json
import re
import sys
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
        # A scored stage too: a Mermaid diagram with no emotion at all is refused (exit 2), and the
        # unscored stage's name goes into the comment that stands in for it.
        (files / "j.yaml").write_text(JOURNEY.replace('persona: "x\\e[2Jy"', "persona: ola").replace("name: A", 'name: "A\\e[2J"')
                                      + "  - id: b\n    name: \"B\\e[2J\"\n    emotion: 1\n", encoding="utf-8")
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


BLOCK_PERSONA = """\
kind: persona
id: ola
name: Ola
goals:
  - |
    Biega 3 razy w tygodniu
    po parku Sołackim
  - "Dba o zdrowie\\r\\nna co dzień\\u2028i w\\x85pracy"
"""
BLOCK_NEGATIVE = """\
kind: negative-persona
id: nie-ola
name: Nie Ola
reasons:
  - Kupuje najtańsze słuchawki na Allegro za 50 zł
goals:
  - |
    Biega 3 razy w tygodniu
    po parku Sołackim
  - "Dba o zdrowie\\r\\nna co dzień\\u2028i w\\x85pracy"
"""
BLOCK_JOURNEY = """\
kind: journey
id: ola-kupuje
name: Ola kupuje
persona: ola
stages:
  - id: awareness
    name: Awareness
    opportunities:
      - action: >-
          Dodać porównanie modeli

          na karcie produktu
"""


def test_a_message_quoting_a_multi_line_value_stays_on_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ola.yaml").write_text(BLOCK_PERSONA, encoding="utf-8")
    (tmp_path / "nie-ola.yaml").write_text(BLOCK_NEGATIVE, encoding="utf-8")
    (tmp_path / "j.yaml").write_text(BLOCK_JOURNEY, encoding="utf-8")
    rules = "trait-overlap,pseudo-profiling,unowned-opportunity"
    out = run(tmp_path, monkeypatch, "lint", "--no-cache", "--select", rules)
    lines = [line for line in out.splitlines() if line]
    # Every line is a finding or the summary: no quoted value spills onto a line of its own.
    assert all(re.match(r"\S+\.yaml:\d+:\d+: \w+ CX\d{3} ", line) for line in lines[:-1]), out
    assert lines[-1].startswith("Found 5 problems"), out
    overlap = next(line for line in lines if "[trait-overlap]" in line)
    # The break inside the block is shown; the one every `|` block ends with is left out.
    assert "'Biega 3 razy w tygodniu\\npo parku Sołackim' is also a trait of persona 'ola'" in overlap
    assert "goals: 'Biega 3 razy w tygodniu\\npo parku Sołackim');" in overlap
    opportunity = next(line for line in lines if "[unowned-opportunity]" in line)
    assert "opportunity 'Dodać porównanie modeli\\nna karcie produktu' has no owner" in opportunity
    same = "'Dba o zdrowie\\r\\nna co dzień\\u2028i w\\x85pracy' is also a trait of persona 'ola' (ola.yaml:8,"
    assert any(line.startswith(f"nie-ola.yaml:10:5: warning CX203 {same}") for line in lines), out
    github = run(tmp_path, monkeypatch, "lint", "--no-cache", "--format", "github", "--select", rules)
    assert all(line.startswith("::warning ") for line in github.splitlines()), github
    assert "\u2028" not in github and "\x85" not in github
    messages = [f["message"] for f in json.loads(run(tmp_path, monkeypatch, "lint", "--no-cache", "--format", "json", "--select", rules))]
    assert len(messages) == 5 and not any(c in m for m in messages for c in "\r\n\x85\u2028\u2029"), messages
    found = json.loads(run(tmp_path, monkeypatch, "lint", "--no-cache", "--format", "json", "--select", "trait-overlap"))
    assert found[0]["message"].startswith("'Biega 3 razy w tygodniu\\npo parku Sołackim' is also")


# --- shown names stand for one real name each -------------------------------------------------

from hypothesis import given, strategies as st  # noqa: E402

from cxkit.visible import raw_name, visible_name  # noqa: E402

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="control characters and backslashes in file names")


@posix_only
@given(st.text(alphabet=st.sampled_from("ab/\\x1u0e\x1b\x07\n\r\x85\u2028\u202e\x7f\x9b\t"), max_size=12))
def test_a_shown_name_gives_back_the_real_name(name: str) -> None:
    shown = visible_name(name)
    assert raw_name(shown) == name
    assert not RAW.search(shown) and "\n" not in shown and "\u2028" not in shown


@posix_only
def test_a_typed_escape_and_a_real_control_character_are_told_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real, typed = "ola\x1b.yaml", "ola\\x1b.yaml"  # an ESC, and the four characters \ x 1 b
    (tmp_path / real).write_text("kind: persona\nid: ola\nname: Ola\n", encoding="utf-8")
    # A suppression in one file is no suppression in the other.
    (tmp_path / typed).write_text(
        "# cxkit: disable-file=missing-sources\nkind: persona\nid: ola-2\nname: Ola\n", encoding="utf-8"
    )
    text = run(tmp_path, monkeypatch, "lint", "--no-cache", "--select", "missing-sources")
    assert text.splitlines()[0] == (
        "ola\\x1b.yaml:2:1: warning CX301 no sources: this persona rests on assumptions; "
        "list the interviews, surveys or data it comes from [missing-sources]"
    )
    assert "ola\\\\x1b.yaml" not in text and "1 problem" in text
    out = run(tmp_path, monkeypatch, "lint", "--no-cache", "--select", "missing-sources,missing-review-date", "-f", "json")
    assert not RAW.search(out)  # the ESC is a JSON escape
    assert sorted({f["path"] for f in json.loads(out)}) == sorted([real, typed])


@posix_only
@pytest.mark.parametrize("name", ["ola\x1b[31m.yaml", "ola\\nowak.yaml", "ola\u202enowak.yaml", "ola\tnowak.yaml"])
def test_json_and_sarif_name_the_real_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    from urllib.parse import unquote

    (tmp_path / name).write_text("kind: persona\nid: ola\nname: Ola\n", encoding="utf-8")
    args = ("lint", "--no-cache", "--select", "missing-sources")
    out = run(tmp_path, monkeypatch, *args, "-f", "json")
    assert not RAW.search(out)
    assert [f["path"] for f in json.loads(out)] == [name]
    sarif = json.loads(run(tmp_path, monkeypatch, *args, "-f", "sarif"))
    [uri] = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert unquote(uri) == name
    rendered = run(tmp_path, monkeypatch, "render", ".", "-f", "json")
    assert not RAW.search(rendered)
    assert [d["path"] for d in json.loads(rendered)["documents"]] == [name]
    github = run(tmp_path, monkeypatch, *args, "-f", "github")
    assert not RAW.search(github)
    # The runner takes the real name where it has no control character; else the escaped one.
    shown = name if "\x1b" not in name and "\u202e" not in name else visible_name(name)
    assert github.startswith(f"::warning file={shown},line=2,col=1,")


@posix_only
def test_per_file_ignores_match_a_name_holding_a_backslash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Patterns read a backslash as a separator (written on Windows): `?` stands for it. The name
    # is shown with the backslash doubled; the pattern still meets the real name.
    (tmp_path / "cxkit.toml").write_text('[per-file-ignores]\n"stare?o*.yaml" = ["missing-sources"]\n', encoding="utf-8")
    (tmp_path / "stare\\ola.yaml").write_text("kind: persona\nid: ola\nname: Ola\n", encoding="utf-8")
    (tmp_path / "nowe.yaml").write_text("kind: persona\nid: jan\nname: Jan\n", encoding="utf-8")
    out = run(tmp_path, monkeypatch, "lint", "--no-cache", "--select", "missing-sources", "-f", "json")
    assert [f["path"] for f in json.loads(out)] == ["nowe.yaml"]


@posix_only
@pytest.mark.parametrize("folder", ["stare\\x", "ola\x1b", "a/b\\c"])
def test_a_named_folder_s_files_are_shown_once_escaped_and_named_for_real(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    # The folder's part of a name must not be made visible twice (a backslash doubled twice,
    # an ESC's escape's backslash doubled), whether the folder is named or scanned from '.'.
    (tmp_path / folder).mkdir(parents=True)
    (tmp_path / folder / "ola.yaml").write_text("kind: persona\nid: ola\nname: Ola\n", encoding="utf-8")
    args = ("lint", "--no-cache", "--select", "missing-sources")
    for given in (folder, folder.split("/")[0], "."):
        text = run(tmp_path, monkeypatch, *args, given)
        assert text.splitlines()[0].startswith(visible_name(folder + "/ola.yaml") + ":2:1: "), (given, text)
        out = run(tmp_path, monkeypatch, *args, "-f", "json", given)
        assert [f["path"] for f in json.loads(out)] == [folder + "/ola.yaml"], given


@pytest.mark.parametrize("name", ["ola\u202enowak.yaml", "ola\u2028.yaml", "ola\x85.yaml", "ola\x9b.yaml", "dir/ola.yaml"])
def test_on_windows_a_shown_name_gives_back_the_real_name(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    # Windows names hold no C0 control and no backslash (a separator, shown as "/"), but may hold
    # C1 controls, U+2028 and bidirectional overrides: JSON and SARIF must name those files too.
    import cxkit.visible as visible_module

    shown = visible_name(name)
    monkeypatch.setattr(visible_module.os, "sep", "\\")
    assert raw_name(shown) == name


DUPLICATE_KEYS = (
    'kind: persona\nid: bob\nname: Bob\n"x-a\\e[31mRED": 1\n"x-a\\e[31mRED": 2\n'
    "? |\n  x-multi\n  key\n: 1\n? |\n  x-multi\n  key\n: 2\n"
)


@pytest.mark.parametrize("args", [("fmt", "--check", "b.yaml"), ("render", "b.yaml"), ("diff", "b.yaml", "b.yaml")], ids=lambda a: a[0])
def test_every_command_shows_a_load_problem_on_one_line_with_escapes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args) -> None:
    (tmp_path / "b.yaml").write_text(DUPLICATE_KEYS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, list(args))
    shown = result.stdout + result.stderr
    assert result.exit_code in (1, 2) and not RAW.search(shown), repr(shown)
    problems = [line for line in shown.splitlines() if "duplicate key" in line]
    assert any("duplicate key 'x-a\\x1b[31mRED' (first defined on line 4)" in line for line in problems), shown
    assert any("duplicate key 'x-multi\\nkey\\n' (first defined on line 6)" in line for line in problems), shown
    assert all(line.startswith("b.yaml:") for line in problems), shown


@pytest.mark.parametrize("odd", ["\x85", "\u2028", "\u2029", "\n"])
def test_an_error_quoting_what_was_typed_stays_on_one_line(files: Path, monkeypatch: pytest.MonkeyPatch, odd: str) -> None:
    monkeypatch.chdir(files)
    (files / "ok.yaml").write_text(JOURNEY.replace('persona: "x\\e[2Jy"', "persona: ola"), encoding="utf-8")
    result = CliRunner().invoke(app, ["render", "ok.yaml", "--stage", f"a{odd}b"])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("cxkit: ") and odd not in result.stderr.rstrip("\n") and "a\\" in line, repr(result.stderr)


def test_every_json_output_writes_nel_and_line_separators_as_escapes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Valid JSON either way, but raw they break a terminal's line (NEL) or an older JSON reader's string.
    old = "kind: persona\nid: ola\nname: Ola\ngoals:\n  - Biega po Błoniach\n"
    new = 'kind: persona\nid: ola\nname: Ola\ngoals:\n  - "Biega\\Npo\\LBłoniach\\P"\n'
    (tmp_path / "old.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    (tmp_path / "a\u2028b.yaml").write_text("kind: persona\nid: x\nname: X\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for args in (("diff", "old.yaml", "new.yaml", "-f", "json"), ("lint", "--no-cache", "-f", "json", "--select", "missing-sources", "a\u2028b.yaml")):
        result = CliRunner().invoke(app, list(args))
        assert result.exit_code == 1, result.stderr
        assert not any(c in result.stdout for c in "\x85\u2028\u2029"), repr(result.stdout)
        data = json.loads(result.stdout)
        assert "Biega\x85po\u2028Błoniach\u2029" in json.dumps(data, ensure_ascii=False) or data[0]["path"] == "a\u2028b.yaml"
