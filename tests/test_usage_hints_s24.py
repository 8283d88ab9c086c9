"""A usage error suggests nothing rather than a wrong thing (tester11 L1).

`cxkit check` (ruff's command) got "Did you mean 'cache'?", `--no-color` got `--no-cache`, `--fix`
got `--config`: click and typer suggest the closest spelling, however far. A name users bring from
other tools gets its own answer; a spelling is suggested only when the word that differs is a near
miss.
"""

from __future__ import annotations

import pytest

from conftest import run_cli


def usage(*args: str) -> str:
    result = run_cli(*args)
    assert result.exception is None and result.exit_code == 2, result.stderr
    return result.stderr


def test_check_is_sent_to_lint_not_cache():
    said = usage("check", "personas")
    assert "No such command 'check'. Did you mean 'lint'?" in said and "'cache'" not in said


def test_no_color_is_told_about_no_color_not_no_cache(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    said = usage("lint", "--no-color")
    assert "No such option: --no-color (colour: set NO_COLOR=1" in said and "--no-cache" not in said


def test_fix_is_sent_to_fmt_not_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    said = usage("lint", "--fix")
    assert "`cxkit fmt` rewrites their layout" in said and "--config" not in said


def test_an_unrelated_command_gets_no_guess():
    assert usage("chek").startswith("cxkit: No such command 'chek'. See `cxkit -h`.")


@pytest.mark.parametrize(("args", "kept"), [
    (("lint", "--selct", "CX1"), "(Possible options: --select)"),
    (("lint", "--extend-selct", "CX1"), "(Possible options: --extend-select)"),
    (("lint", "--output-format", "json"), "(Possible options: --format)"),
    (("lint", "--fromat", "json"), "(Possible options: --format)"),
    (("lnit",), "Did you mean 'lint', 'init'?"),
    (("cach",), "Did you mean 'cache'?"),
])
def test_near_misses_keep_their_suggestion(tmp_path, monkeypatch, args, kept):
    # Guard: a real near miss is still told the option or command it means.
    monkeypatch.chdir(tmp_path)
    assert kept in usage(*args)


def test_a_misspelt_option_gets_the_option_it_is_spelt_like_alone(tmp_path, monkeypatch):
    # review16 G-L4: `--selct` was offered `--extend-select` first, for sharing the last word.
    monkeypatch.chdir(tmp_path)
    said = usage("lint", "--selct", "CX1")
    assert "--select" in said and "--extend-select" not in said


@pytest.mark.parametrize("command", ["check", "format"])
def test_a_command_of_other_tools_ends_its_hint_as_a_sentence(command):
    # review16 G-L4: `check` ended "...documents); see `cxkit -h`" where `format` ends ". See `cxkit -h`.".
    said = usage(command).rstrip("\n")
    assert said.endswith(("? See `cxkit -h`.", ". See `cxkit -h`.")) and "; see" not in said, said
