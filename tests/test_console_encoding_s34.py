"""cxkit on consoles that are not UTF-8 (a Windows console in cp1250 or cp852, simulated by the test
runner's charset or PYTHONIOENCODING), and help and lists at narrow widths (tester36, session 34).

Machine formats (a patch, the schema, `rules -f json|markdown`) are UTF-8 bytes whatever the console;
text for reading shows cxkit's punctuation as ASCII stand-ins, a letter the console lacks as `?` with
one note on stderr, and a decomposed (NFD) file name composed; never a Python escape (`\\u2192`)."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import enter_workspace
from cxkit import cliutil
from cxkit.cli import app

OLA = """kind: persona
id: ola
name: Ola Żółć
lang: pl
summary: Właścicielka kwiaciarni w Łodzi, zamawia żółte róże — „zawsze na już”.
cele:
  - Szybciej zamawiać kwiaty
"""

PAWEL_OLD = """kind: persona
id: pawel
name: Paweł Czerski
lang: pl
summary: Backend developer z Gdańska, kupuje słuchawki po kilku tygodniach porównywania pomiarów.
demographics:
  age: 38
  income: 17 800 zł netto miesięcznie, z czego ok. 2 500 zł rocznie idzie na sprzęt audio
goals:
  - Kupić słuchawki otwarte do 2 500 zł, które zagrają z FiiO K7 bez wzmacniacza
"""
PAWEL_NEW = PAWEL_OLD.replace("name: Paweł Czerski", "name: Paweł Czerski-Nowak").replace("2 500 zł,", "3 000 zł,")

QUALITY = """kind: persona
id: tom
name: Tom Baker
lang: en
summary: Runs a bakery in Leeds and orders flour every Monday through the wholesaler's app.
goals:
  - values quality
"""

NFD_FILE = unicodedata.normalize("NFD", "z spacją/źdźbło łąki.yaml")
ESCAPE = re.compile(r"\\u[0-9a-f]{4}|\\x[0-9a-f]{2}")


def run(charset: str, *args: str):
    return CliRunner(charset=charset).invoke(app, list(args))


def test_a_patch_redirected_on_a_cp1250_console_is_utf8_that_git_applies(tmp_path, monkeypatch):
    """Fails before: the patch was cp1250 with `\\u017b` escapes, and its NFD headers escaped."""
    enter_workspace(tmp_path, monkeypatch, git_identity=True, files={"ola.yaml": OLA})
    (tmp_path / NFD_FILE).parent.mkdir()
    (tmp_path / NFD_FILE).write_text(OLA.replace("id: ola", "id: zdzblo"), encoding="utf-8")
    subprocess.run(["git", "init", "-q", "."], check=True)
    subprocess.run(["git", "add", "."], check=True)
    subprocess.run(["git", "commit", "-qm", "x"], check=True)
    env = {**os.environ, "PYTHONIOENCODING": "cp1250"}
    done = subprocess.run([sys.executable, "-m", "cxkit", "fmt", "--diff", "--fix", "."], capture_output=True, env=env)
    assert done.returncode == 1, done.stderr
    patch = done.stdout.decode("utf-8")  # strict: UTF-8 bytes
    assert "+goals:" in patch and "Ola Żółć" in patch and "„zawsze na już”" in patch
    assert f"+++ b/{NFD_FILE}" in patch and "\\u" not in patch
    (tmp_path / "fix.patch").write_bytes(done.stdout)
    check = subprocess.run(["git", "apply", "--check", "fix.patch"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_a_patch_is_the_same_bytes_under_cp852_and_utf8(tmp_path, monkeypatch):
    """Fails before: the cp852 run wrote cp852 bytes."""
    enter_workspace(tmp_path, monkeypatch, files={"ola.yaml": OLA})
    utf8, cp852 = run("utf-8", "fmt", "--diff", "--fix", "ola.yaml"), run("cp852", "fmt", "--diff", "--fix", "ola.yaml")
    assert cp852.exit_code == utf8.exit_code == 1
    assert cp852.stdout_bytes == utf8.stdout_bytes and "Żółć".encode() in cp852.stdout_bytes


@pytest.mark.parametrize("args", [
    ("schema", "--lang", "pl"), ("schema", "persona"), ("rules", "-f", "json"), ("rules", "-f", "markdown"),
    ("rule", "trait-overlap", "-f", "json"), ("rule", "trait-overlap", "-f", "md"),
])
def test_machine_formats_are_utf8_whatever_the_console(tmp_path, monkeypatch, args):
    """Fails before: under cp852 the bytes were cp852 with `\\uXXXX` escapes (`json.load` refused the schema)."""
    enter_workspace(tmp_path, monkeypatch)
    utf8, cp852 = run("utf-8", *args), run("cp852", *args)
    assert cp852.exit_code == utf8.exit_code == 0
    assert cp852.stdout_bytes == utf8.stdout_bytes
    text = cp852.stdout_bytes.decode("utf-8")
    assert not ESCAPE.search(text.replace("\\\\", ""))
    if "-f" not in args or "json" in args:
        json.loads(text)


def test_the_schema_on_stdout_is_what_schema_o_writes(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch)
    assert run("cp1250", "schema", "--lang", "pl", "-o", "s.json").exit_code == 0
    # -o marks the file with the command that refreshes it; the rest is the same JSON.
    on_disk = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    printed = json.loads(run("cp1250", "schema", "--lang", "pl").stdout_bytes.decode("utf-8"))
    assert {k: v for k, v in on_disk.items() if k != "$comment"} == {k: v for k, v in printed.items() if k != "$comment"}


def test_diff_text_on_a_cp852_console_shows_ascii_arrows_not_escapes(tmp_path, monkeypatch):
    """Fails before: `Paweł Czerski \\u2192 Paweł Czerski-Nowak`, `\\u203a`, `\\u201e…\\u201d`."""
    enter_workspace(tmp_path, monkeypatch, files={"old.yaml": PAWEL_OLD, "new.yaml": PAWEL_NEW})
    result = run("cp852", "diff", "old.yaml", "new.yaml")
    assert result.exit_code == 1, result.output
    text = result.stdout_bytes.decode("cp852")
    assert "Paweł Czerski -> Paweł Czerski-Nowak" in text
    assert not ESCAPE.search(text), text
    assert "standard output's encoding" not in result.stderr  # every letter is in cp852: no note


def test_diff_in_a_cp852_process_shows_no_escapes(tmp_path, monkeypatch):
    """As tester36 ran it (the console script's own streams). Fails before: `\u2192`, `\u203a`."""
    enter_workspace(tmp_path, monkeypatch, files={"old.yaml": PAWEL_OLD, "new.yaml": PAWEL_NEW})
    env = {**os.environ, "PYTHONIOENCODING": "cp852"}
    done = subprocess.run([sys.executable, "-m", "cxkit", "diff", "old.yaml", "new.yaml"], capture_output=True, env=env)
    assert done.returncode == 1, done.stderr
    text = done.stdout.decode("cp852")
    assert "Paweł Czerski -> Paweł Czerski-Nowak" in text and not ESCAPE.search(text), text
    assert done.stderr == b""


def test_help_on_a_cp1250_console_shows_the_arrow_as_ascii(tmp_path, monkeypatch):
    """Fails before: `(cele \\u2192 goals)`."""
    enter_workspace(tmp_path, monkeypatch)
    text = run("cp1250", "fmt", "--help").stdout_bytes.decode("cp1250")
    assert "(cele -> goals)" in " ".join(text.split()) and not ESCAPE.search(text)


def test_rule_text_on_cp852_has_no_escapes(tmp_path, monkeypatch):
    """Fails before: 65 escapes over the rule texts (`\\u2014 it is exactly …`)."""
    enter_workspace(tmp_path, monkeypatch)
    from cxkit.lint.rule import all_rules

    for name in all_rules():
        result = run("cp852", "rule", name)
        assert result.exit_code == 0
        assert not ESCAPE.search(result.stdout_bytes.decode("cp852")), name


def test_lint_advice_shows_the_pound_sign_as_gbp_on_cp852(tmp_path, monkeypatch):
    """Fails before: `two \\u00a335 kettles` (the English advice priced in euros until 7283b27c)."""
    enter_workspace(tmp_path, monkeypatch, files={"tom.yaml": QUALITY})
    result = run("cp852", "lint", "--no-cache", "tom.yaml")
    text = result.stdout_bytes.decode("cp852")
    assert "values quality" in text and "GBP35 kettles" in text and "\\u00a3" not in text


def test_a_letter_the_console_lacks_is_a_question_mark_named_in_one_note(tmp_path, monkeypatch):
    """Fails before: `Pawe\\u0142` on stdout and no note. ASCII has no `ł`: `?`, and one note naming it."""
    enter_workspace(tmp_path, monkeypatch, files={"old.yaml": PAWEL_OLD, "new.yaml": PAWEL_NEW})
    result = run("ascii", "diff", "old.yaml", "new.yaml")
    text = result.stdout_bytes.decode("ascii")
    assert "Pawe? Czerski -> Pawe? Czerski-Nowak" in text and not ESCAPE.search(text)
    notes = [line for line in result.stderr.splitlines() if "standard output's encoding (ascii)" in line]
    assert len(notes) == 1 and "U+0142" in notes[0] and "PYTHONIOENCODING=utf-8" in notes[0]


def test_a_file_name_that_is_not_utf8_stays_escaped_on_a_cp1250_console():
    """A byte of an undecodable name is its escape, as before: it names the file."""
    stream = io.TextIOWrapper(io.BytesIO(), encoding="cp1250", errors="strict")
    before = sys.stdout, sys.stderr
    sys.stdout = stream
    try:
        restore = cliutil.console_fallback()
        sys.stdout.write("zesp\udcf3\u2192\n")
        restore()
    finally:
        sys.stdout, sys.stderr = before
    stream.flush()
    assert stream.buffer.getvalue() == b"zesp\\udcf3->\n"
    assert stream.errors == "strict"  # as it was


def test_lint_shows_a_decomposed_name_composed_on_cp1250_and_json_keeps_it(tmp_path, monkeypatch):
    """Fails before: `z spacja\\u0328/z\\u0301dz\\u0301b\\xb3o` on cp1250, which has `ą` and `ź`."""
    enter_workspace(tmp_path, monkeypatch)
    (tmp_path / NFD_FILE).parent.mkdir()
    (tmp_path / NFD_FILE).write_text(OLA, encoding="utf-8")
    result = run("cp1250", "lint", "--no-cache", ".")
    text = result.stdout_bytes.decode("cp1250")
    assert "z spacją/źdźbło łąki.yaml:6:1: error CX002" in text and not ESCAPE.search(text)
    as_json = json.loads(run("cp1250", "lint", "--no-cache", "-f", "json", ".").stdout_bytes.decode("utf-8"))
    assert {f["path"] for f in as_json} == {NFD_FILE}  # the real name, as on disk


@pytest.mark.parametrize("command", [["lint"], ["render"], ["diff", "ola.yaml"]])
def test_a_name_that_differs_only_in_unicode_form_is_said_so(tmp_path, monkeypatch, command):
    """Fails before: "did you mean pl/z spacją/?" (the same letters), and no hint at all for the file."""
    enter_workspace(tmp_path, monkeypatch, files={"ola.yaml": OLA})
    (tmp_path / NFD_FILE).parent.mkdir()
    (tmp_path / NFD_FILE).write_text(OLA.replace("id: ola", "id: zdzblo"), encoding="utf-8")
    typed = "z spacją/źdźbło łąki.yaml"  # as a keyboard types it (NFC)
    result = run("utf-8", *command, typed)
    assert result.exit_code == 2
    said = result.stderr
    assert f"cxkit: {typed}: no such file or directory; " in said
    assert "spelt with the same letters in another Unicode form" in said and "decomposed (NFD" in said
    assert "did you mean" not in said
    assert f"--nfc --notest -r '{unicodedata.normalize('NFD', 'z spacją')}'" in said


def test_a_misspelt_name_inside_a_decomposed_folder_is_still_suggested(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch)
    (tmp_path / NFD_FILE).parent.mkdir()
    (tmp_path / NFD_FILE).write_text(OLA, encoding="utf-8")
    result = run("utf-8", "lint", unicodedata.normalize("NFD", "z spacją/") + "źdźblo łąki.yaml")  # l for ł
    assert result.exit_code == 2 and f"did you mean {NFD_FILE}?" in result.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        raise io.UnsupportedOperation


def test_no_progress_bar_when_stdout_is_piped_into_a_pager(monkeypatch):
    """Fails before: `cxkit lint | less` drew the bar on the terminal stderr still is, over less's screen."""
    for name in ("CI", "NO_PROGRESS", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setattr(sys, "stderr", _Terminal())
    monkeypatch.setattr(sys, "stdout", io.StringIO())  # a pipe
    update, _stop = cliutil.progress_bar("linting")
    assert update is None
    monkeypatch.setattr(sys, "stdout", _Terminal())
    update, stop = cliutil.progress_bar("linting")
    assert update is not None
    stop()


@pytest.mark.parametrize(("columns", "command"), [
    ("40", "new"), ("40", "init"), ("40", "schema"), ("40", "fmt"), ("80", "lint"), ("80", "fmt"), ("100", "lint"),
])
def test_help_never_breaks_a_name_at_its_hyphen(tmp_path, monkeypatch, columns, command):
    """Fails before: `--no-` / `input`, `.gitlab-` / `ci.yml`, `--only-` / `documents`, `check-` / `jsonschema`."""
    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", columns)
    text = run("utf-8", command, "--help").stdout
    assert not [line for line in text.splitlines() if re.search(r"\w-$", line)], text
    assert all(len(line) <= max(int(columns), 40) for line in text.splitlines() if " " in line.strip())


def test_help_at_40_columns_shows_each_command_s_whole_summary(tmp_path, monkeypatch):
    """Fails before: "Check personas,...", "Show a persona,..."."""
    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", "40")
    text = run("utf-8", "--help").stdout
    assert not re.search(r"\w\.\.\.$", text, re.M), text  # "Check personas,..."
    flat = " ".join(text.split())
    assert "lint Check personas, negative personas and journeys against the format and the method." in flat
    assert all(len(line) <= 40 for line in text.splitlines())


def test_rules_at_40_columns_is_a_block_a_rule(tmp_path, monkeypatch):
    """Fails before: 36 lines of about 110 columns."""
    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setattr("cxkit.colour.isatty", lambda stream: True)  # at a terminal: in a pipe a rule is a line
    text = run("utf-8", "rules").stdout
    assert all(len(line) <= 40 for line in text.splitlines()), [line for line in text.splitlines() if len(line) > 40]
    assert "CX101 pseudo-profiling (warning)\n    " in text
    assert not [line for line in text.splitlines() if re.search(r"\w-$", line)]


def test_rules_in_a_pipe_at_100_columns_stays_a_line_a_rule(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch)
    lines = run("utf-8", "rules").stdout.splitlines()
    assert all(re.match(r"CX\d{3}  ", line) for line in lines)


def test_the_console_fallback_costs_nothing_on_a_utf8_console():
    before = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    try:
        restore = cliutil.console_fallback()
        assert sys.stdout is sys.stderr  # not wrapped
        restore()
    finally:
        sys.stdout, sys.stderr = before
