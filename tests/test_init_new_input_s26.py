"""`cxkit init` in a folder whose config is invalid, and `cxkit new` with a name that is not one line of text.

init refuses before writing anything (exit 2, the config's error as `cxkit lint` gives it); new refuses a
name with a line break, a tab or another control character, or a blank one (exit 2), and asks a question
again when its answer holds one.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from cxkit.scaffold import prompts


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)


def invoke(*args: str, cwd: Path, input: str | None = None):
    from cxkit.cli import app

    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, list(args), input=input)
    finally:
        os.chdir(old)
    assert not (result.exception and not isinstance(result.exception, SystemExit)), repr(result.exception)
    return result


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


NOTHING = "cxkit: init wrote nothing: fix the config (it is never overwritten) and run `cxkit init` again\n"

BROKEN_CONFIGS = [
    pytest.param("cxkit.toml", 'paths = 3\n',
                 "q/cxkit.toml:1:1: bad value for 'paths': it takes a list of texts, not the number 3", id="paths-number"),
    pytest.param("cxkit.toml", '# Ustawienia biura podróży\nlang = "pl"\npaths = ["persony", "mapy"\n',
                 "q/cxkit.toml:3:27: nieprawidłowy TOML: lista nie jest zamknięta", id="toml-pl"),  # Polish: lang = "pl"
    pytest.param("cxkit.toml", 'lang = "en"\npersona-dirs = "personas"\n',
                 "q/cxkit.toml:2:1: unknown key 'persona-dirs'", id="unknown-key"),
    pytest.param("cxkit.toml", 'lang = "en"\n\n[rules.pseudo-profiling]\nseverity = "blocker"\n',
                 "q/cxkit.toml:4:1: rule 'pseudo-profiling': severity must be error, warning or info", id="rule-severity"),
    pytest.param("pyproject.toml", '[project]\nname = "sklep-rowerowy"\n\n[tool.cxkit]\nlang = "cz"\n',
                 "q/pyproject.toml:5:1: bad value for '[tool.cxkit].lang'", id="pyproject-value"),
    pytest.param("pyproject.toml", '[project\nname = "sklep-rowerowy"\n\n[tool.cxkit]\nlang = "pl"\n',
                 "q/pyproject.toml:1:9: invalid TOML", id="pyproject-toml"),
]


@pytest.mark.parametrize(("name", "text", "message"), BROKEN_CONFIGS)
def test_init_in_a_folder_with_an_invalid_config_refuses_before_writing_anything(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    folder = tmp_path / "q"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    before = snapshot(tmp_path)
    result = invoke("init", "q", "--no-examples", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stdout == ""
    first, second = result.stderr.splitlines(keepends=True)
    assert first.startswith(f"cxkit: {message}")
    assert second == NOTHING
    assert snapshot(tmp_path) == before
    assert sorted(os.listdir(folder)) == [name]
    # The same message lint gives, run in the workspace.
    lint = invoke("lint", cwd=folder)
    assert lint.exit_code == 2
    assert lint.stderr.splitlines()[0] == first.rstrip("\n").replace("cxkit: q/", "cxkit: ", 1)


def test_init_run_inside_the_folder_names_the_config_as_lint_does(tmp_path: Path) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nfail-level = "krytyczny"\n', encoding="utf-8")
    result = invoke("init", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == invoke("lint", cwd=tmp_path).stderr.splitlines()[0]
    assert result.stderr.startswith("cxkit: cxkit.toml:2:1: ")
    assert sorted(os.listdir(tmp_path)) == ["cxkit.toml"]


def test_init_after_the_config_is_fixed_sets_up_the_folders_it_names(tmp_path: Path) -> None:
    # Refused, the folders were not made by the defaults the config overrides: fixed, they follow it.
    config = tmp_path / "cxkit.toml"
    config.write_text('lang = "pl"\npersona-dir = "persony"\njourney-dir = "mapy"\nfail-level = "bład"\n', encoding="utf-8")
    assert invoke("init", cwd=tmp_path).exit_code == 2
    assert not (tmp_path / "personas").exists()
    config.write_text('lang = "pl"\npersona-dir = "persony"\njourney-dir = "mapy"\nfail-level = "error"\n', encoding="utf-8")
    result = invoke("init", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "persony").is_dir() and (tmp_path / "mapy").is_dir()
    assert not (tmp_path / "personas").exists()


def test_a_broken_pyproject_that_only_lists_cxkit_is_still_left_alone_beside_a_new_cxkit_toml(tmp_path: Path) -> None:
    # No [tool.cxkit] in it: init writes cxkit.toml beside it, as for any pyproject.toml it cannot read.
    text = '[project\nname = "sklep"\ndependencies = ["cxkit"]\n'
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    result = invoke("init", "--no-examples", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == ("utworzono  cxkit.toml (pyproject.toml nie jest poprawnym TOML, więc "
                                             "zostawiono go bez zmian)")  # in Polish (s38)
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == text


def test_init_with_a_valid_config_is_unchanged(tmp_path: Path) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    result = invoke("init", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert (tmp_path / "personas").is_dir()


# --- cxkit new: the name ---------------------------------------------------------------------

BAD_NAMES = [
    pytest.param("line1\nline2", "the name 'line1\\x0aline2' holds a line break (character 6)", id="newline"),
    pytest.param("Ola\r\nNowak", "the name 'Ola\\x0d\\x0aNowak' holds a line break (character 4)", id="crlf"),
    pytest.param("Żaneta\tŁęcka", "the name 'Żaneta\\tŁęcka' holds a tab (character 7)", id="tab-pl"),
    pytest.param("Ola \x1b[31mNowak", "the name 'Ola \\x1b[31mNowak' holds the control character U+001B (character 5)", id="esc"),
    pytest.param("Marta\u2028Kowalska", "the name 'Marta\\u2028Kowalska' holds a line break (character 6)", id="u2028"),
    pytest.param("Anna\x85Nowak", "the name 'Anna\\x85Nowak' holds a line break (character 5)", id="nel"),
    pytest.param("Kasia \u202eakswoN", "the name 'Kasia \\u202eakswoN' holds the control character U+202E (character 7)", id="rlo"),
    pytest.param("Ola\x00", "the name 'Ola\\x00' holds the control character U+0000 (character 4)", id="nul"),
]


@pytest.mark.parametrize("kind", ["persona", "negative-persona", "journey"])
@pytest.mark.parametrize(("name", "message"), BAD_NAMES)
def test_a_name_with_a_control_character_is_a_usage_error(tmp_path: Path, kind: str, name: str, message: str) -> None:
    result = invoke("new", kind, name, "--no-input", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr == (f"cxkit: {message}; a name is one line of plain text: give it without control characters\n")
    assert os.listdir(tmp_path) == []
    # --id does not make it acceptable: the name is still written into the document.
    assert invoke("new", kind, name, "--id", "ola-nowak", "--no-input", cwd=tmp_path).exit_code == 2
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(("name", "said"), [("", "empty"), ("   ", "blank"), ("\u3000 ", "blank")])
def test_a_blank_name_is_a_usage_error_even_with_an_id(tmp_path: Path, name: str, said: str) -> None:
    result = invoke("new", "persona", name, "--id", "ola-nowak", "--no-input", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr == f'cxkit: the name is {said}; give the persona\'s name, e.g. cxkit new persona "Ola Nowak"\n'
    assert os.listdir(tmp_path) == []
    journey = invoke("new", "journey", name, "--no-input", cwd=tmp_path)
    assert journey.exit_code == 2
    assert journey.stderr == f'cxkit: the name is {said}; give the journey\'s name, e.g. cxkit new journey "Zakup karty"\n'


def test_spaces_around_a_name_are_not_written(tmp_path: Path) -> None:
    result = invoke("new", "persona", "  Żaneta Łęcka ", "--no-input", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    data = YAML(typ="safe").load((tmp_path / "personas/zaneta-lecka.yaml").read_text(encoding="utf-8"))
    assert data["name"] == "Żaneta Łęcka"


def test_a_long_name_of_plain_text_is_still_written(tmp_path: Path) -> None:
    # Guard: only what a line of text cannot hold is refused, not length (the id is cut to 120 characters).
    name = " ".join(["Klientka sieci aptek"] * 50)
    result = invoke("new", "persona", name, "--no-input", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    written = os.listdir(tmp_path / "personas")
    assert len(written) == 1 and len(written[0]) <= 120 + len(".yaml")
    data = YAML(typ="safe").load((tmp_path / "personas" / written[0]).read_text(encoding="utf-8"))
    assert data["name"] == name.strip()


def test_an_id_with_a_line_break_is_refused_as_before(tmp_path: Path) -> None:
    # Guard: --id and --persona already refuse it (not a slug); the name's refusal is in the same words' style.
    result = invoke("new", "persona", "Ola Nowak", "--id", "ola\nnowak", "--no-input", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: --id 'ola\\x0anowak' is not a valid id")


# --- cxkit new: the questions ------------------------------------------------------------------


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)


def test_an_answer_with_a_control_character_is_asked_again_in_polish(tmp_path: Path, terminal: None) -> None:
    # An arrow key in a terminal without line editing types ESC [ D into the answer.
    answers = "Biega po Kabatach\x1b[D\x1b[D\nBiega po Kabatach\nMaraton w Berlinie\tponiżej 4 h\nMaraton w Berlinie\n\n"
    result = invoke("new", "persona", "Ola Nowak", "--lang", "pl", cwd=tmp_path, input=answers)
    assert result.exit_code == 0, result.output
    assert "Ta odpowiedź zawiera znak sterujący U+001B (znak 18); wpisz ją jeszcze raz bez niego.\n" in result.stderr
    assert "Ta odpowiedź zawiera tabulator (znak 19); wpisz ją jeszcze raz bez niego.\n" in result.stderr
    data = YAML(typ="safe").load((tmp_path / "personas/ola-nowak.yaml").read_text(encoding="utf-8"))
    assert data["summary"] == "Biega po Kabatach"
    assert data["goals"][0]["text"] == "Maraton w Berlinie"


def test_a_persona_id_with_a_control_character_is_asked_again_in_english(tmp_path: Path, terminal: None) -> None:
    ws = tmp_path
    assert invoke("new", "persona", "Maya Green", "--no-input", "--lang", "en", cwd=ws).exit_code == 0
    answers = "maya-green\x1b[A\nmaya-green\nBook a bike service online\n"
    result = invoke("new", "journey", "Bike service", "--lang", "en", cwd=ws, input=answers)
    assert result.exit_code == 0, result.output
    assert "That answer holds the control character U+001B (character 11); type it again without it.\n" in result.stderr
    data = YAML(typ="safe").load((ws / "journeys/bike-service.yaml").read_text(encoding="utf-8"))
    assert data["persona"] == "maya-green"
