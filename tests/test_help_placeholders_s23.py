"""Every command's --help names values with placeholders a reader (and a screen reader) can use:
`FILE`, `DIR`, `ID`, `N`, choices as `<a|b>`, never a Python type such as `<str>`, `<path>` or
`<list[str]>` (tester9 D2)."""

from __future__ import annotations

import re

import pytest
import typer.main
from typer.testing import CliRunner

from cxkit.cli import app

#: A placeholder in angle brackets is a list of choices (`<text|json>`, or the one choice of an option that
#: has one: `<vscode>`); anything else is a type name.
_ANGLE = re.compile(r"(?<![\w.])<([^<>\s]+)>")


def _commands() -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = [()]

    def walk(group: object, prefix: tuple[str, ...]) -> None:
        for name, sub in getattr(group, "commands", {}).items():
            found.append((*prefix, name))
            walk(sub, (*prefix, name))

    walk(typer.main.get_command(app), ())
    return found


COMMANDS = _commands()


def _one_choice_lists(words: tuple[str, ...]) -> set[str]:
    """The choice of each of the command's options that has exactly one (`init --editor <vscode>`)."""
    command = typer.main.get_command(app)
    for word in words:
        command = command.commands[word]  # type: ignore[attr-defined]
    found = set()
    for param in command.params:
        descriptor = getattr(param, "type_descriptor", None)
        choices = list(descriptor.choices or ()) if descriptor is not None and descriptor.is_choice else []
        if len(choices) == 1:
            found.add(str(getattr(choices[0], "value", choices[0])))
    return found


def _help(words: tuple[str, ...]) -> str:
    result = CliRunner().invoke(app, [*words, "--help"], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_command_is_covered() -> None:
    names = {" ".join(c) for c in COMMANDS}
    assert {"lint", "rules", "rule", "render", "diff", "review", "new", "init", "fmt", "schema", "cache clear"} <= names


@pytest.mark.parametrize("words", COMMANDS, ids=lambda c: " ".join(c) or "cxkit")
def test_no_python_type_names_in_help(words: tuple[str, ...]) -> None:
    text = _help(words)
    # A list of one choice has no `|`; it must then be that option's one value, nothing else.
    one_choice = _one_choice_lists(words)
    for line in text.splitlines():
        for tag in _ANGLE.findall(line):
            assert "|" in tag or tag in one_choice, f"{' '.join(words)} --help: <{tag}> in {line!r}"
    assert not re.search(r"<(str|int|float|bool|path|list\[|tuple|datetime)", text), text


@pytest.mark.parametrize("words", [c for c in COMMANDS if c], ids=" ".join)
def test_config_is_a_file_everywhere(words: tuple[str, ...]) -> None:
    text = _help(words)
    if "--config" in text:
        assert re.search(r"--config FILE\b", text), text


def test_new_names_its_values() -> None:
    text = _help(("new",))
    for placeholder in ("--dir DIR", "--id ID", "--persona ID", "--config FILE"):
        assert placeholder in text, text
    assert re.search(r"^  NAME\s+The name", text, flags=re.M), text  # an argument: its name alone


def test_diff_and_review_name_what_exclude_takes() -> None:
    for words in (("diff",), ("review",)):
        assert "-x, --exclude FIELD" in _help(words)
    assert re.search(r"^  PATHS\s+Files or folders", _help(("fmt",)), flags=re.M)
