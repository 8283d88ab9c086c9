"""Configuration: discovery (nearest wins), the settings it carries, and bad config as exit 2."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORE_RULES, JOURNEY_PL, NEGATIVE_PL, PERSONA_PL, run_cli
from cxkit.config import ConfigError, find_config, load_config

# A persona with one schema error (line 4) and a journey pointing at a missing persona.
BROKEN_PERSONA = "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\nbehaviors:\n  - Biega 30 km tygodniowo\n"
ORPHAN_JOURNEY = JOURNEY_PL.replace("persona: tomek-audiofil", "persona: tomek-audiofl")


@pytest.fixture
def project(write, tmp_path: Path) -> Path:
    """A workspace whose findings make every setting visible."""
    write("personas/tomek.yaml", PERSONA_PL)
    write("personas/janusz.yaml", NEGATIVE_PL)
    write("personas/ola.yaml", BROKEN_PERSONA)
    write("journeys/tomek-kupuje.yaml", ORPHAN_JOURNEY)
    return tmp_path


def lint(*args: str):
    result = run_cli("lint", "--format", "json", *args)
    assert result.exception is None, repr(result.exception)
    return result


def found(result) -> set[tuple[str, str]]:
    return {(f["path"], f["rule"]) for f in result.findings}


BOTH = {("personas/ola.yaml", "schema"), ("journeys/tomek-kupuje.yaml", "unknown-persona")}


# --- discovery ---------------------------------------------------------------------------------


def test_no_config_means_defaults(project, monkeypatch):
    monkeypatch.chdir(project)
    config = load_config()
    assert config.source is None and config.fail_level == "warning"
    assert found(lint("--select", CORE_RULES)) == BOTH


def test_cxkit_toml_in_the_working_directory(project, write, monkeypatch):
    write("cxkit.toml", 'select = ["schema"]\n')
    monkeypatch.chdir(project)
    assert load_config().source == project / "cxkit.toml"
    assert found(lint()) == {("personas/ola.yaml", "schema")}


def test_pyproject_tool_cxkit(project, write, monkeypatch):
    write("pyproject.toml", '[project]\nname = "persony"\n\n[tool.cxkit]\nselect = ["unknown-persona"]\n')
    monkeypatch.chdir(project)
    assert load_config().source == project / "pyproject.toml"
    assert found(lint()) == BOTH  # schema is on whatever the selection: ola.yaml could not be checked


def test_config_in_a_parent_folder_is_found(project, write, monkeypatch):
    write("cxkit.toml", 'select = ["schema"]\n')
    monkeypatch.chdir(project / "personas")
    assert find_config(Path.cwd()) == project / "cxkit.toml"
    assert found(lint()) == {("ola.yaml", "schema")}


def test_nearest_config_wins(project, write, monkeypatch):
    write("cxkit.toml", 'select = ["schema"]\n')
    write("journeys/pyproject.toml", '[tool.cxkit]\nselect = ["unknown-persona"]\n')
    monkeypatch.chdir(project / "journeys")
    assert load_config().source == project / "journeys" / "pyproject.toml"
    result = lint("..")
    assert found(result) == {("../journeys/tomek-kupuje.yaml", "unknown-persona"), ("../personas/ola.yaml", "schema")}


def test_cxkit_toml_beats_pyproject_in_the_same_folder(project, write, monkeypatch):
    write("cxkit.toml", 'select = ["schema"]\n')
    write("pyproject.toml", '[tool.cxkit]\nselect = ["unknown-persona"]\n')
    monkeypatch.chdir(project)
    assert load_config().source == project / "cxkit.toml"
    assert found(lint()) == {("personas/ola.yaml", "schema")}


def test_pyproject_without_tool_cxkit_is_ignored(project, write, monkeypatch):
    write("cxkit.toml", 'select = ["schema"]\n')
    write("personas/pyproject.toml", '[project]\nname = "persony"\n\n[tool.ruff]\nline-length = 100\n')
    monkeypatch.chdir(project / "personas")
    assert load_config().source == project / "cxkit.toml"


def test_pyproject_that_only_mentions_cxkit_elsewhere_is_ignored(project, write, monkeypatch):
    write("pyproject.toml", '[project]\nname = "cxkit-persony"\ndependencies = ["cxkit"]\n')
    monkeypatch.chdir(project)
    assert load_config().source is None


def test_explicit_config_overrides_discovery(project, write, monkeypatch):
    write("cxkit.toml", 'select = ["schema"]\n')
    write("ci/strict.toml", 'select = ["unknown-persona"]\n')
    monkeypatch.chdir(project)
    assert found(lint("--config", "ci/strict.toml")) == BOTH


def test_explicit_pyproject_without_tool_cxkit_is_exit_2(project, write, monkeypatch):
    write("pyproject.toml", '[project]\nname = "persony"\n')
    monkeypatch.chdir(project)
    result = lint("--config", "pyproject.toml")
    assert result.exit_code == 2
    assert "pyproject.toml: no [tool.cxkit] table" in result.stderr


@pytest.mark.parametrize("content", ['tool = "cxkit"\n', "tool = 5\n# cxkit\n", '[tool]\ncxkit-extra = 1\n'])
def test_pyproject_whose_tool_is_not_a_cxkit_table_is_ignored(project, write, monkeypatch, content):
    write("pyproject.toml", content)
    monkeypatch.chdir(project)
    assert load_config().source is None
    assert lint("--select", "schema").exit_code == 1


def test_tool_cxkit_that_is_not_a_table_is_exit_2(project, write, monkeypatch):
    write("pyproject.toml", '[tool]\ncxkit = ["schema"]\n')
    monkeypatch.chdir(project)
    result = lint()
    assert result.exit_code == 2
    assert "[tool.cxkit] must be a table" in result.stderr


def test_explicit_config_that_does_not_exist_is_exit_2(project, monkeypatch):
    monkeypatch.chdir(project)
    result = lint("--config", "brak.toml")
    assert result.exit_code == 2
    assert "brak.toml: config file not found" in result.stderr


# --- settings ----------------------------------------------------------------------------------


def test_configured_paths_are_the_default_targets(project, write, monkeypatch):
    write("cxkit.toml", f'paths = ["personas"]\nselect = {CORE_RULES.split(",")!r}\n'.replace("'", '"'))
    monkeypatch.chdir(project)
    assert found(lint()) == {("personas/ola.yaml", "schema")}
    # Arguments still win over configured paths.
    assert found(lint("journeys")) == {("journeys/tomek-kupuje.yaml", "unknown-persona")}


def test_configured_paths_are_relative_to_the_config_file(project, write, monkeypatch):
    write("cxkit.toml", 'paths = ["personas"]\nselect = ["schema"]\n')
    monkeypatch.chdir(project / "journeys")
    assert found(lint()) == {("../personas/ola.yaml", "schema")}


def test_exclude_patterns_skip_folders_and_files(project, write, monkeypatch):
    write("drafts/szkic.yaml", BROKEN_PERSONA.replace("ola-biegaczka", "szkic"))
    write("personas/stare/ola-2024.yaml", BROKEN_PERSONA.replace("ola-biegaczka", "ola-2024"))
    write("cxkit.toml", 'exclude = ["drafts", "personas/stare/*.yaml", "ola.yaml"]\nselect = ["schema"]\n')
    monkeypatch.chdir(project)
    assert found(lint()) == set()
    monkeypatch.chdir(project / "personas")
    assert found(lint()) == set()


def test_exclude_patterns_written_with_dot_slash_or_anchored(project, write, monkeypatch):
    write("drafts/szkic.yaml", BROKEN_PERSONA.replace("ola-biegaczka", "szkic"))
    write("personas/drafts/ola-2024.yaml", BROKEN_PERSONA.replace("ola-biegaczka", "ola-2024"))
    write("cxkit.toml", 'exclude = ["./drafts/", "/personas/ola.yaml"]\nselect = ["schema"]\n')
    monkeypatch.chdir(project)
    assert found(lint()) == {("personas/drafts/ola-2024.yaml", "schema")}
    write("cxkit.toml", 'exclude = ["/drafts"]\nselect = ["schema"]\n')
    assert found(lint()) == {("personas/drafts/ola-2024.yaml", "schema"), ("personas/ola.yaml", "schema")}


def test_per_file_ignores(project, write, monkeypatch):
    write("cxkit.toml", f'select = {CORE_RULES.split(",")!r}\n[per-file-ignores]\n"journeys/*.yaml" = ["unknown-persona"]\n'.replace("'", '"'))
    monkeypatch.chdir(project)
    assert found(lint()) == {("personas/ola.yaml", "schema")}


def test_per_file_ignores_by_code(project, write, monkeypatch):
    write("cxkit.toml", f'select = {CORE_RULES.split(",")!r}\n[per-file-ignores]\n"personas/ola.yaml" = ["CX002"]\n'.replace("'", '"'))
    monkeypatch.chdir(project)
    assert found(lint()) == {("journeys/tomek-kupuje.yaml", "unknown-persona")}


def _per_file_ignores_toml(pattern: str, rules: str = '["unknown-persona"]') -> str:
    select = CORE_RULES.split(",")
    return f"select = {select!r}\n".replace("'", '"') + f"[per-file-ignores]\n'{pattern}' = {rules}\n"


@pytest.mark.parametrize(
    "pattern",
    ["./journeys/*.yaml", "././journeys/*.yaml", " journeys/*.yaml", "journeys/", "./journeys/", ".\\journeys\\*.yaml",
     "{root}/journeys/*.yaml", "{root}/journeys/", "{root}/./journeys/tomek-kupuje.yaml"],
)
@pytest.mark.parametrize("cwd", [".", "personas"])
def test_per_file_ignores_written_with_dot_slash_absolute_or_as_a_folder(project, write, monkeypatch, pattern, cwd):
    write("cxkit.toml", _per_file_ignores_toml(pattern.format(root=project.as_posix())))
    monkeypatch.chdir(project / cwd)
    assert {rule for _path, rule in found(lint(*(["."] if cwd == "." else [".."])))} == {"schema"}


@pytest.mark.parametrize(("pattern", "ignored"), [
    ("journeys", {"journeys/tomek-kupuje.yaml", "archiwum/journeys/stara.yaml"}),  # a folder's name: every file under it
    ("journeys/*.yaml", {"journeys/tomek-kupuje.yaml", "archiwum/journeys/stara.yaml"}),  # any depth
    ("/journeys/*.yaml", {"journeys/tomek-kupuje.yaml"}),  # anchored at the config's folder, as in exclude
    ("{root}/journeys", {"journeys/tomek-kupuje.yaml"}),  # an absolute path is that one place
])
def test_per_file_ignores_folder_names_and_anchoring(project, write, monkeypatch, pattern, ignored):
    write("archiwum/journeys/stara.yaml", ORPHAN_JOURNEY.replace("id: ", "id: stara-", 1))
    write("cxkit.toml", _per_file_ignores_toml(pattern.format(root=project.as_posix())))
    monkeypatch.chdir(project)
    reported = {path for path, rule in found(lint()) if rule == "unknown-persona"}
    assert reported == {"journeys/tomek-kupuje.yaml", "archiwum/journeys/stara.yaml"} - ignored


def test_per_file_ignores_spelt_twice_join_their_rules(project, write, monkeypatch):
    # "./journeys/*.yaml" and "/journeys/*.yaml" are one pattern, anchored at the config's folder (as in
    # `exclude`); "journeys/*.yaml" matches at any depth, another pattern.
    write("cxkit.toml", _per_file_ignores_toml("./journeys/*.yaml") + '"/journeys/*.yaml" = ["schema"]\n"personas/*" = ["schema"]\n')
    monkeypatch.chdir(project)
    result = lint()
    # The journeys have no schema error: that rule of their joined entry suppresses nothing (session 32).
    assert found(result) == {("cxkit.toml", "unused-suppression")}
    assert "journeys/*.yaml': 'schema' suppresses nothing" in result.findings[0]["message"]
    assert load_config().per_file_ignores == {"/journeys/*.yaml": ["unknown-persona", "schema"], "personas/*": ["schema"]}


@pytest.mark.parametrize("pattern", ["./", ".", "", "{root}", "{root}/"])
def test_a_per_file_ignores_pattern_naming_no_file_is_exit_2(project, write, monkeypatch, pattern):
    write("cxkit.toml", _per_file_ignores_toml(pattern.format(root=project.as_posix())))
    monkeypatch.chdir(project)
    result = lint()
    assert result.exit_code == 2 and "per-file-ignores" in result.stderr and "names no file" in result.stderr


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ('select = ["schema"]', {("personas/ola.yaml", "schema")}),
        ('select = ["CX002"]', {("personas/ola.yaml", "schema")}),
        ('select = ["CX004"]', BOTH),  # schema is on whatever the selection
        ('select = ["CX004"]\nignore = ["CX002"]', {("journeys/tomek-kupuje.yaml", "unknown-persona")}),
        ('select = ["CX00"]', BOTH),
        ('select = ["CX00"]\nignore = ["schema"]', {("journeys/tomek-kupuje.yaml", "unknown-persona")}),
        ('select = ["CX00"]\nignore = ["CX004"]', {("personas/ola.yaml", "schema")}),
        ('select = ["schema"]\nextend-select = ["unknown-persona"]', BOTH),
    ],
)
def test_select_and_ignore_by_name_code_and_prefix(project, write, monkeypatch, setting, expected):
    write("cxkit.toml", setting + "\n")
    monkeypatch.chdir(project)
    assert found(lint()) == expected


def test_command_line_select_replaces_config_select(project, write, monkeypatch):
    write("cxkit.toml", 'select = ["schema"]\n')
    monkeypatch.chdir(project)
    assert found(lint("--select", "unknown-persona")) == BOTH
    assert found(lint("--select", "unknown-persona", "--ignore", "schema")) == {("journeys/tomek-kupuje.yaml", "unknown-persona")}
    assert found(lint("--ignore", "schema")) == set()


def test_rule_severity_override(project, write, monkeypatch):
    write("cxkit.toml", 'select = ["schema"]\n[rules.schema]\nseverity = "warning"\n')
    monkeypatch.chdir(project)
    result = lint()
    assert [f["severity"] for f in result.findings] == ["warning"]
    assert result.exit_code == 1  # warnings fail by default
    assert lint("--fail-level", "error").exit_code == 0


def test_rule_severity_override_by_code(project, write, monkeypatch):
    write("cxkit.toml", 'select = ["schema"]\n[rules.CX002]\nseverity = "info"\n')
    monkeypatch.chdir(project)
    result = lint()
    assert [f["severity"] for f in result.findings] == ["info"]
    assert result.exit_code == 0  # info never fails


def test_rule_enabled_false_turns_it_off(project, write, monkeypatch):
    write("cxkit.toml", f'select = {CORE_RULES.split(",")!r}\n[rules.unknown-persona]\nenabled = false\n'.replace("'", '"'))
    monkeypatch.chdir(project)
    assert found(lint()) == {("personas/ola.yaml", "schema")}


def test_config_fail_level(project, write, monkeypatch):
    write("cxkit.toml", 'select = ["schema"]\nfail-level = "never"\n[rules.schema]\nseverity = "error"\n')
    monkeypatch.chdir(project)
    assert lint().exit_code == 0
    assert lint("--fail-level", "error").exit_code == 1  # the command line wins


def test_tool_cxkit_settings_are_read_from_pyproject(project, write, monkeypatch):
    write("pyproject.toml", '[tool.cxkit]\nexclude = ["journeys"]\nfail-level = "error"\n[tool.cxkit.rules.schema]\nseverity = "warning"\n')
    monkeypatch.chdir(project)
    result = lint("--select", CORE_RULES)
    assert found(result) == {("personas/ola.yaml", "schema")}
    assert result.exit_code == 0


# --- bad configuration: exit 2, naming what is wrong ---------------------------------------------


@pytest.mark.parametrize(
    ("file", "content", "fragments"),
    [
        ("cxkit.toml", 'exlude = ["drafts"]\n', ["unknown key 'exlude'", "did you mean 'exclude'?"]),
        ("cxkit.toml", 'colour = "always"\n', ["unknown key 'colour'"]),
        # Keys are spelt as documented: no second spelling with underscores.
        ("cxkit.toml", 'extend_select = ["CX1"]\n', ["unknown key 'extend_select'", "did you mean 'extend-select'?"]),
        ("pyproject.toml", '[tool.cxkit]\nper_file_ignores = {}\n', ["unknown key '[tool.cxkit].per_file_ignores'", "did you mean 'per-file-ignores'?"]),
        ("pyproject.toml", '[tool.cxkit]\nselct = ["schema"]\n', ["unknown key '[tool.cxkit].selct'", "did you mean 'select'?"]),
        ("cxkit.toml", 'exclude = ["drafts"\n', ["invalid TOML"]),
        ("pyproject.toml", '[tool.cxkit\nselect = 1\n', ["invalid TOML"]),
        ("cxkit.toml", 'fail-level = "sometimes"\n', ["fail-level"]),
        ("cxkit.toml", 'exclude = "drafts"\n', ["exclude"]),
        ("cxkit.toml", '[rules.schema]\nseverity = "fatal"\n', ["rule 'schema'", "severity"]),
        ("cxkit.toml", '[rules.schema]\nenabled = "no"\n', ["rule 'schema'", "enabled"]),
        ("cxkit.toml", '[rules.duplicate-id]\nmax-length = 3\n', ["rule 'duplicate-id' has no option 'max-length'"]),
        ("cxkit.toml", '[rules.schma]\nseverity = "info"\n', ["unknown rule 'schma'", "did you mean 'schema'?"]),
        ("cxkit.toml", 'select = ["shema"]\n', ["unknown rule 'shema'", "did you mean 'schema'?"]),
        ("cxkit.toml", 'ignore = ["CX9999"]\n', ["unknown rule 'CX9999'"]),
    ],
)
def test_bad_config_exits_2_and_names_the_problem(project, write, monkeypatch, file, content, fragments):
    write(file, content)
    monkeypatch.chdir(project)
    result = lint()
    assert result.exit_code == 2, result.stdout
    assert result.stdout == ""
    assert result.stderr.startswith("cxkit: ")
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr


@pytest.mark.parametrize("file", ["cxkit.toml", "pyproject.toml"])
def test_a_config_nested_too_deeply_for_the_toml_reader_is_exit_2_not_an_internal_error(project, write, monkeypatch, file):
    # Valid TOML, but Python's reader recurses once per level: 100,000 nested arrays exhaust it.
    table = "[tool.cxkit]\n" if file == "pyproject.toml" else ""
    write(file, table + 'lang = "pl"\nx-notatki = ' + "[" * 100_000 + "]" * 100_000 + "\n")
    monkeypatch.chdir(project)
    result = lint()
    assert result.exit_code == 2
    # In the workspace's language (`lang = "pl"` above the broken value: session 40).
    assert result.stderr == f"cxkit: {file}: nieprawidłowy TOML: listy albo tabele zagnieżdżone zbyt głęboko\n"


@pytest.mark.parametrize("file", ["cxkit.toml", "pyproject.toml"])
def test_a_config_number_too_long_for_python_is_exit_2_not_an_internal_error(project, write, monkeypatch, file):
    # Valid TOML, but Python converts at most 4300 digits to an int by default.
    table = "[tool.cxkit]\n" if file == "pyproject.toml" else ""
    write(file, table + 'lang = "pl"\nx-budzet-pln = ' + "9" * 5000 + "\n")
    monkeypatch.chdir(project)
    result = lint()
    assert result.exit_code == 2
    # In the workspace's language (`lang = "pl"` above the broken value: session 40).
    assert result.stderr == f"cxkit: {file}: nieprawidłowy TOML: liczba ma więcej cyfr, niż Python odczytuje\n"


def test_bad_config_names_the_file(project, write, monkeypatch):
    write("cxkit.toml", 'exlude = ["drafts"]\n')
    monkeypatch.chdir(project / "personas")
    result = lint()
    # From the current folder, as lint names files, at the key.
    assert result.stderr == "cxkit: ../cxkit.toml:1:1: unknown key 'exlude'; did you mean 'exclude'?\n"


def test_load_config_raises_config_error(tmp_path):
    bad = tmp_path / "cxkit.toml"
    bad.write_text("persona-dir = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="persona-dir"):
        load_config(bad)


# --- rule names in config are checked even when unused ------------------------------------------


@pytest.mark.parametrize(
    ("setting", "key"),
    [
        ('select = ["shema"]', "select"),
        ('ignore = ["unknown-persone"]', "ignore"),
        ('[per-file-ignores]\n"nic/*" = ["nope"]', "per-file-ignores"),
    ],
)
def test_unknown_rule_in_config_names_the_file_and_key(project, write, monkeypatch, setting, key):
    write("cxkit.toml", setting + "\n")
    monkeypatch.chdir(project)
    # --select on the command line must not hide a typo in the file.
    result = run_cli("lint", "--format", "json", "--select", "schema")
    assert result.exit_code == 2
    assert "cxkit.toml" in result.stderr and key in result.stderr and "unknown rule" in result.stderr


def test_enabled_true_does_not_override_command_line_select(project, write, monkeypatch):
    write("cxkit.toml", "[rules.unknown-persona]\nenabled = true\n")
    monkeypatch.chdir(project)
    assert found(lint("--select", "schema")) == {("personas/ola.yaml", "schema")}


@pytest.mark.parametrize(
    "command",
    [["render", "personas/tomek.yaml"], ["fmt", "--check"], ["diff", "personas/tomek.yaml", "personas/tomek.yaml"],
     ["new", "persona", "Ola Nowak", "--no-input"], ["lint"]],
)
def test_every_command_rejects_a_misspelt_rule_option(project, write, monkeypatch, command):
    write("cxkit.toml", "[rules.pseudo-profiling]\nmax-age-spam = 5\n")
    monkeypatch.chdir(project)
    result = run_cli(*command)
    assert result.exit_code == 2
    assert "pseudo-profiling" in result.stderr and "max-age-spam" in result.stderr and "max-age-span" in result.stderr
    assert not (project / "personas" / "ola-nowak.yaml").exists()


def test_config_option_pointing_at_a_folder_says_it_is_not_a_file(project, monkeypatch):
    monkeypatch.chdir(project)
    result = run_cli("lint", "--config", str(project))
    assert result.exit_code == 2 and "not a file" in result.stderr


# --- the pydantic-free fast path for settings ------------------------------------------------------

_SETTING_VALUES = st.one_of(
    st.sampled_from(["error", "warning", "info", "never", "pl", "en", "de", "personas", ""]),
    st.lists(st.sampled_from(["CX1", "pseudo-profiling", "drafts/**", 3]), max_size=3),
    st.dictionaries(st.sampled_from(["drafts/*.yaml", "pseudo-profiling", "x"]),
                    st.one_of(st.lists(st.sampled_from(["CX101", "all"]), max_size=2), st.dictionaries(st.just("vague-share"), st.just(0.7)), st.just("CX1")),
                    max_size=2),
    st.integers(), st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(
    st.sampled_from(["paths", "exclude", "select", "ignore", "extend-select", "extend_select", "per-file-ignores",
                     "fail-level", "lang", "rules", "persona-dir", "journey-dir", "journey_dir", "colour"]),
    _SETTING_VALUES, max_size=5,
))
def test_the_fast_path_accepts_only_what_the_schema_accepts_and_reads_it_the_same(table):
    from pydantic import ValidationError

    from cxkit.config import _plain_settings
    from cxkit.settings_model import Settings

    plain = _plain_settings(table)
    if plain is None:
        return  # the schema decides, with its messages
    try:
        settings = Settings.model_validate(table)
    except ValidationError as exc:  # pragma: no cover - the failure this test exists for
        raise AssertionError(f"fast path accepted {table!r}, the schema says {exc}") from None
    assert plain == {name: getattr(settings, name) for name in plain}


def test_the_fast_path_knows_every_setting():
    # A new setting must be taught to _plain_settings too, or every config using it pays for pydantic.
    import typing

    from cxkit.config import _plain_settings
    from cxkit.settings_model import Settings

    examples = {list: ["CX101"], dict: {}, str: "docs", bool: False}
    for name, field in Settings.model_fields.items():
        origin = typing.get_origin(field.annotation) or field.annotation
        value = {"lang": "en", "fail_level": "never"}.get(name, examples.get(origin))
        assert value is not None, f"no example value for the setting '{name}'"
        assert _plain_settings({field.alias or name: value}) is not None, name


# --- the file's encoding -------------------------------------------------------------------------


@pytest.mark.parametrize("file", ["cxkit.toml", "pyproject.toml"])
def test_a_byte_order_mark_is_accepted(project, write, monkeypatch, file):
    table = "[tool.cxkit]\n" if file == "pyproject.toml" else ""
    write(file, b"\xef\xbb\xbf" + f'{table}select = ["schema"]\n'.encode())
    monkeypatch.chdir(project)
    assert found(lint()) == {("personas/ola.yaml", "schema")}


def test_a_toml_error_after_a_byte_order_mark_keeps_its_line_and_column(project, write, monkeypatch):
    write("cxkit.toml", b'\xef\xbb\xbfselect = ["schema"]\nfail-level = \n')
    monkeypatch.chdir(project)
    result = lint()
    assert result.exit_code == 2 and result.stderr.startswith("cxkit: cxkit.toml:2:14: invalid TOML: Invalid value")


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ('select = ["schema"]\n[rules\n', "2:7: invalid TOML: Expected ']' at the end of a table declaration"),
        ('select = ["schema"\n', "1:19: invalid TOML: Unclosed array"),  # the end of the file: after its last character
        # Lines are counted at line feeds only, as tomllib counts them (not at a U+2028 in a comment).
        ('# uwaga\u2028x\nselect = ["schema"\n\n', "2:19: invalid TOML: Unclosed array"),
    ],
)
def test_a_toml_error_is_located_as_path_line_column(project, write, monkeypatch, content, where):
    write("cxkit.toml", content)
    monkeypatch.chdir(project)
    result = lint()
    assert result.exit_code == 2 and result.stderr == f"cxkit: cxkit.toml:{where}\n", result.stderr


@pytest.mark.parametrize(
    ("file", "content", "where"),
    [
        ("cxkit.toml", b'select = ["schema"]\n# caf\xe9\n', "2:6: the file is not valid UTF-8: byte 0xE9"),
        ("cxkit.toml", b'# zielony \xc5\xbc\xc3\xb3\xc5\x82w\nselect = ["\xff"]\n', "2:12: the file is not valid UTF-8: byte 0xFF"),
        ("cxkit.toml", b'\xef\xbb\xbf# \xc5\xbc \x80\n', "1:5: the file is not valid UTF-8: byte 0x80"),
        ("pyproject.toml", b"[tool.cxkit]\n# z\xf3\xb3w\n", "2:4: the file is not valid UTF-8: byte 0xF3"),
    ],
)
def test_a_file_that_is_not_utf8_is_reported_by_line_and_column(project, write, monkeypatch, file, content, where):
    path = write(file, content)
    monkeypatch.chdir(project)
    result = lint()
    assert result.exit_code == 2 and result.exception is None
    assert result.stderr.startswith(f"cxkit: {file}:{where} cannot be decoded")
    assert "position" not in result.stderr


def test_a_utf16_file_is_named_as_such(project, write, monkeypatch):
    write("cxkit.toml", 'select = ["schema"]\n'.encode("utf-16"))
    monkeypatch.chdir(project)
    result = lint()
    assert result.exit_code == 2 and "cxkit.toml:1:1: the file is UTF-16 (" in result.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_pyproject_with_tool_cxkit_is_named_as_such_not_ignored(project, write, monkeypatch, encoding):
    # Its settings would otherwise be skipped in silence, and the defaults used instead.
    text = '[project]\nname = "sklep"\n\n[tool.cxkit]\nselect = ["schema"]\n'
    path = write("pyproject.toml", ("\ufeff" + text).encode(encoding) if encoding == "utf-16-be" else text.encode(encoding))
    monkeypatch.chdir(project)
    result = lint()
    assert result.exit_code == 2
    assert result.stderr == ("cxkit: pyproject.toml:1:1: the file is UTF-16 (as Windows PowerShell's `>` and Out-File "
                             "write text); save it as UTF-8 (in PowerShell: `Out-File -Encoding utf8`)\n")


def test_a_utf16_pyproject_without_tool_cxkit_is_still_ignored(project, write, monkeypatch):
    monkeypatch.chdir(project)
    without = lint()
    write("pyproject.toml", '[project]\nname = "sklep"\n'.encode("utf-16"))
    with_it = lint()
    assert (with_it.exit_code, with_it.stdout, with_it.stderr) == (without.exit_code, without.stdout, without.stderr)
    assert with_it.exit_code == 1


@pytest.mark.parametrize(("setting", "value"), [
    ("persona-dir", "~/personas"), ("journey-dir", "$HOME/mapy"), ("journey-dir", "${WORKSPACE}/mapy"),
    ("paths", ["personas", "~/wspolne"]),
])
@pytest.mark.parametrize("command", [("lint",), ("new", "persona", "Zosia Wrona", "--no-input")])
def test_a_folder_written_for_a_shell_is_a_config_error(project, write, monkeypatch, setting, value, command):
    # cxkit expands neither ~ nor $VARIABLES: `new` made a folder named `~` in the workspace.
    shown = f'["{value[0]}", "{value[1]}"]' if isinstance(value, list) else f'"{value}"'
    write("cxkit.toml", f"{setting} = {shown}\n")
    monkeypatch.chdir(project)
    result = run_cli(*command)
    assert result.exit_code == 2
    assert re.search(rf"^cxkit: cxkit\.toml:1:1: bad value for '{setting}'", result.stderr), result.stderr
    assert "written for a shell; cxkit expands neither ~ nor $VARIABLES" in result.stderr
    assert not (project / "~").exists() and not any(p.name.startswith("$") for p in project.iterdir())


@pytest.mark.parametrize(("name", "content", "said"), [
    ("cxkit.toml", "select = []\n", "'select' is empty"),
    ("pyproject.toml", "[tool.cxkit]\nselect = []\n", "'[tool.cxkit].select' is empty"),
])
def test_an_empty_select_in_the_config_is_exit_2_not_every_rule(project, write, monkeypatch, name, content, said):
    # `--select ""` was already refused; `select = []` ran every rule, the opposite of what it says.
    write(name, content)
    monkeypatch.chdir(project)
    result = run_cli("lint")
    assert result.exit_code == 2
    assert said in result.stderr and "which would select no rule; leave it out to run every rule" in result.stderr
    assert result.stderr.count("\n") == 1


def test_empty_ignore_and_extend_select_are_fine(project, write, monkeypatch):
    write("cxkit.toml", "ignore = []\nextend-select = []\n")
    monkeypatch.chdir(project)
    assert run_cli("lint").exit_code in (0, 1)


@pytest.mark.parametrize(("args", "checked"), [
    (("lint", "--format", "json", "--fail-level", "never"), "personas/ola.yaml"),
    (("fmt", "--check"), "3 files would be left unchanged"),  # personas/ only: journeys/ holds a fourth
])
def test_a_configured_path_that_does_not_exist_names_the_config_key(project, write, monkeypatch, args, checked):
    # "cxkit: nope: no such file or directory" sent the author looking for a typo they never typed.
    # Not an error, though: git keeps no empty folder, so a folder emptied here is missing in CI's
    # clone, and an error there failed what passed here.  A warning, and the rest is checked.
    write("cxkit.toml", 'paths = ["personas", "nope"]\n')
    (project / "personas").mkdir(exist_ok=True)
    monkeypatch.chdir(project)
    result = run_cli(*args)
    assert result.exit_code == 0, result.stderr
    warning = "cxkit: warning: 'paths' in cxkit.toml names 'nope', which does not exist; nothing there was checked\n"
    assert result.stderr.startswith(warning) and result.stderr.count(warning) == 1
    # The other configured folder was checked as before, and only it.
    assert checked in result.stdout + result.stderr
    assert "journeys/" not in result.stdout + result.stderr


@pytest.mark.parametrize("narrowing", [("--select", "CX4"), ("--select", "unknown-persona")])
def test_a_file_that_cannot_be_checked_is_reported_whatever_the_selection(project, write, monkeypatch, narrowing):
    # `--select CX4` passed a journey that is not valid YAML as "All checks passed", exit 0.
    write("journeys/zepsuta.yaml", "kind: journey\nid: zepsuta\n  name: [x\n")
    monkeypatch.chdir(project)
    result = lint(*narrowing, "--fail-level", "error")
    assert result.exit_code == 1
    assert ("journeys/zepsuta.yaml", "yaml-syntax") in found(result) and ("personas/ola.yaml", "schema") in found(result)
    quiet = lint(*narrowing, "--ignore", "CX001,schema")
    assert ("journeys/zepsuta.yaml", "yaml-syntax") not in found(quiet) and ("personas/ola.yaml", "schema") not in found(quiet)


NESTED_PERSONA = "kind: persona\nid: ola\nname: Ola\ngoals: [Lubi koty]\n"
NESTED_NEGATIVE = "kind: negative-persona\nid: jan\nname: Jan\nreasons: [Kupuje rowery tylko na OLX, do 300 zł]\n"


@pytest.mark.parametrize("top_config", [None, 'select = ["schema"]\n'])
def test_named_paths_under_a_deeper_workspace_use_its_config(tmp_path, write, monkeypatch, top_config):
    # `cxkit lint cx/personas/ola.yaml` from the repository's top ignored cx/cxkit.toml: no `extend`
    # phrases, and a false "no negative persona" as the workspace around the file went unread.
    write("cx/cxkit.toml", '[rules.pseudo-profiling]\nextend = ["lubi koty"]\n')
    write("cx/personas/ola.yaml", NESTED_PERSONA)
    write("cx/personas/jan.yaml", NESTED_NEGATIVE)
    if top_config:
        write("cxkit.toml", top_config)
    monkeypatch.chdir(tmp_path)
    from_top = found(lint("cx/personas/ola.yaml"))
    monkeypatch.chdir(tmp_path / "cx")
    from_inside = {(path.removeprefix("cx/"), rule) for path, rule in found(lint("personas/ola.yaml"))}
    assert {(p.removeprefix("cx/"), r) for p, r in from_top} == from_inside
    assert ("cx/personas/ola.yaml", "pseudo-profiling") in from_top
    assert not any(rule == "missing-negative-persona" for _path, rule in from_top)


def test_paths_under_different_configs_keep_the_current_folders(tmp_path, write, monkeypatch):
    write("cxkit.toml", 'select = ["schema"]\n')
    write("a/cxkit.toml", "")
    write("b/cxkit.toml", "")
    write("a/ola.yaml", NESTED_PERSONA)
    write("b/jan.yaml", NESTED_NEGATIVE)
    monkeypatch.chdir(tmp_path)
    assert load_config(near=["a/ola.yaml", "b/jan.yaml"]).source == tmp_path / "cxkit.toml"
    assert load_config(near=["a/ola.yaml"]).source == tmp_path / "a" / "cxkit.toml"
    assert load_config(near=["a"]).source == tmp_path / "a" / "cxkit.toml"
    # A config above the current folder's is not taken: the nearer one is in force.
    monkeypatch.chdir(tmp_path / "a")
    assert load_config(near=["../ola.yaml"]).source == tmp_path / "a" / "cxkit.toml"


def test_a_linked_folder_inside_a_deeper_workspace_uses_its_config(tmp_path, write, monkeypatch):
    # Walked as written: cx/personas/shared is part of cx/ even though it leads elsewhere.
    write("cx/cxkit.toml", '[rules.pseudo-profiling]\nextend = ["lubi koty"]\n')
    write("elsewhere/m2.yaml", NESTED_PERSONA)
    (tmp_path / "cx" / "personas").mkdir(parents=True)
    (tmp_path / "cx" / "personas" / "shared").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    assert load_config(near=["cx/personas/shared/m2.yaml"]).source == tmp_path / "cx" / "cxkit.toml"


def test_finding_the_config_of_many_named_files_reads_each_folder_once(tmp_path, write, monkeypatch):
    import cxkit.config as config_module

    write("pyproject.toml", '[project]\nname = "x"\n\n[tool.cxkit]\n')
    named = []
    for folder in range(5):
        for i in range(40):
            write(f"ws/d{folder}/p{i}.yaml", NESTED_PERSONA)
            named.append(f"ws/d{folder}/p{i}.yaml")
    monkeypatch.chdir(tmp_path)
    reads: list[Path] = []
    real = config_module._has_cxkit_table
    monkeypatch.setattr(config_module, "_has_cxkit_table", lambda p: reads.append(p) or real(p))
    assert load_config(near=named).source == tmp_path / "pyproject.toml"
    assert reads.count(tmp_path / "pyproject.toml") <= 2  # once for the named files, once for the current folder
