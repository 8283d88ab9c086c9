"""Session 23b (tester9 A3): in colour, `cxkit diff`'s word diff keeps its `[-old-]{+new+}` markers,
coloured, so which words went and which came never rests on colour, strikethrough or underline
alone (a screen reader reads the markers; red and green look alike to many)."""

from __future__ import annotations

import re

import pytest

from conftest import run_cli
from terminal_helpers import cxkit_on_a_terminal

OLD = """\
kind: persona
id: ola-lodz
name: Ola Wiśniewska
lang: pl
summary: Mieszka w Łodzi, Bałuty, i pracuje zdalnie jako graficzka dla agencji z Warszawy
"""

NEW = OLD.replace("Bałuty", "Widzew").replace("graficzka", "ilustratorka")

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def files(tmp_path, monkeypatch):
    (tmp_path / "z_old.yaml").write_text(OLD, encoding="utf-8")
    (tmp_path / "z_new.yaml").write_text(NEW, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return tmp_path


def diff(*args: str):
    result = run_cli("diff", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code == 1
    return result.stdout


def test_forced_colour_keeps_the_markers(files, monkeypatch):
    """Before: `\\x1b[9;31mBałuty\\x1b[0m\\x1b[4;32mWidzew\\x1b[0m`, words told apart by colour alone."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert diff("z_old.yaml", "z_new.yaml") == (
        "\x1b[1mola-lodz\x1b[0m\x1b[2m  z_new.yaml\x1b[0m\n"
        "  \x1b[1;33m~ \x1b[0m\x1b[1mOpis\x1b[0m: Mieszka w Łodzi, "
        "\x1b[31m[-\x1b[0m\x1b[9;31mBałuty\x1b[0m\x1b[31m-]\x1b[0m"
        "\x1b[32m{+\x1b[0m\x1b[4;32mWidzew\x1b[0m\x1b[32m+}\x1b[0m, i pracuje zdalnie jako "
        "\x1b[31m[-\x1b[0m\x1b[9;31mgraficzka\x1b[0m\x1b[31m-]\x1b[0m"
        "\x1b[32m{+\x1b[0m\x1b[4;32milustratorka\x1b[0m\x1b[32m+}\x1b[0m dla agencji z Warszawy\n"
        "\n"
        "\x1b[2m1 dokument różni się (1 zmieniony); 1 zmiana w dokumencie.\x1b[0m\n"
    )


def test_coloured_text_reads_as_the_plain_text(files, monkeypatch):
    """Without its colour codes, the coloured diff is the plain one, word for word."""
    plain = diff("z_old.yaml", "z_new.yaml")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert _ANSI.sub("", diff("z_old.yaml", "z_new.yaml")) == plain


def test_plain_output_as_before(files, monkeypatch):
    """Guard: piped, and with NO_COLOR, the output is byte for byte what it was."""
    expected = (
        "ola-lodz  z_new.yaml\n"
        "  ~ Opis: Mieszka w Łodzi, [-Bałuty-]{+Widzew+}, i pracuje zdalnie jako [-graficzka-]{+ilustratorka+} "
        "dla agencji z Warszawy\n"
        "\n"
        "1 dokument różni się (1 zmieniony); 1 zmiana w dokumencie.\n"
    )
    assert diff("z_old.yaml", "z_new.yaml") == expected
    monkeypatch.setenv("NO_COLOR", "1")
    assert diff("z_old.yaml", "z_new.yaml") == expected
    monkeypatch.setenv("FORCE_COLOR", "1")  # NO_COLOR wins: no colour, bold and faint stay
    forced = diff("z_old.yaml", "z_new.yaml")
    assert "\x1b[31m" not in forced and "\x1b[9" not in forced
    assert _ANSI.sub("", forced) == expected


def test_a_real_terminal_shows_the_markers(files):
    """As the tester saw it: cxkit's output on a 100-column terminal."""
    out = cxkit_on_a_terminal(files, ["diff", "z_old.yaml", "z_new.yaml"], {"TERM": "xterm-256color"}, size=100,
                              check=False).decode("utf-8")
    assert "\x1b[31m[-\x1b[0m\x1b[9;31mBałuty\x1b[0m\x1b[31m-]\x1b[0m\x1b[32m{+\x1b[0m\x1b[4;32mWidzew\x1b[0m" in out
    assert "[-Bałuty-]{+Widzew+}" in _ANSI.sub("", out)
