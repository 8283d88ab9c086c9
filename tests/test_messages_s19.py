"""Messages that say how to fix what they report, with paths as the user sees them (tester_ops F5, F6, F9, F12, F13).

- F12: the command suggested for a named folder that `exclude` leaves out is shell-safe: pasted as
  printed, it checks that folder's files.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

PERSONA_PL = """\
kind: persona
id: {id}
name: Ola Nowak
lang: pl
goals:
  - Przebiec półmaraton poniżej 2 godzin w kwietniu 2027
"""


def cli(where: Path, monkeypatch: pytest.MonkeyPatch, *args: str):
    monkeypatch.chdir(where)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "CI": "1"})


# --- F12: the suggested command for an excluded folder ------------------------------------------


@pytest.mark.parametrize("beside", [False, True], ids=["named-alone", "beside-another-folder"])
@pytest.mark.parametrize("folder", ["zespół sprzedaży", "a'b $x", "szkice&(stare)"])
def test_the_command_suggested_for_an_excluded_folder_runs_as_printed(tmp_path, monkeypatch, folder, beside):
    (tmp_path / "cxkit.toml").write_text(f"exclude = [{json.dumps(folder, ensure_ascii=False)}]\n", encoding="utf-8")
    (tmp_path / "personas" / folder).mkdir(parents=True)
    (tmp_path / "personas" / folder / "ola.yaml").write_text(PERSONA_PL.format(id="ola-biegaczka"), encoding="utf-8")
    (tmp_path / "gotowe").mkdir()
    (tmp_path / "gotowe" / "ola.yaml").write_text(PERSONA_PL.format(id="ola-gotowa"), encoding="utf-8")
    result = cli(tmp_path, monkeypatch, "lint", "--no-cache", f"personas/{folder}", *(["gotowe"] if beside else []))
    # Beside another folder it is left out with a warning and the other is checked; named alone, the
    # run would check nothing, and is refused (exit 2, tester16 F4) with the same advice.
    assert result.exit_code != 2 if beside else (result.exit_code, result.stdout) == (2, "")
    assert ("in 1 file" in result.stdout) is beside, result.stdout
    said = "warning: personas/{} is excluded by the configuration (`exclude` in cxkit.toml), so it was not checked" \
        if beside else "nothing to check: personas/{}, the only folder named, is excluded by the configuration"
    assert result.stderr.startswith(f"cxkit: {said.format(folder)}"), result.stderr
    m = re.search(r"to check its files anyway, name them \(cxkit lint (.+)\)\n\Z", result.stderr)
    assert m, result.stderr
    assert m.group(1).endswith("/*.yaml")  # the glob outside the quotes, where the shell expands it
    pasted = subprocess.run(
        ["/bin/sh", "-c", f'"$0" -m cxkit lint --no-cache {m.group(1)}', sys.executable],
        cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1", "CI": "1"},
    )
    assert pasted.stderr == ""
    assert "(1 document in 1 file)" in pasted.stdout or "in 1 file;" in pasted.stdout, pasted.stdout


def test_the_command_suggested_for_several_excluded_folders_runs_as_printed(tmp_path, monkeypatch):
    folders = ["zespół sprzedaży", "szkice&(stare)"]
    (tmp_path / "cxkit.toml").write_text(f"exclude = {json.dumps(folders, ensure_ascii=False)}\n", encoding="utf-8")
    for n, folder in enumerate(folders):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "ola.yaml").write_text(PERSONA_PL.format(id=f"ola-{n}"), encoding="utf-8")
    result = cli(tmp_path, monkeypatch, "lint", "--no-cache", *folders)
    assert (result.exit_code, result.stdout) == (2, "")
    m = re.fullmatch(r"cxkit: nothing to check: every folder named \(zespół sprzedaży, szkice&\(stare\)\) is excluded "
                     r"by the configuration \(`exclude` in cxkit.toml\); to check their files anyway, name them "
                     r"\(cxkit lint (.+)\)\n", result.stderr)
    assert m, result.stderr
    assert m.group(1) == "'zespół sprzedaży'/*.yaml 'szkice&(stare)'/*.yaml"
    pasted = subprocess.run(
        ["/bin/sh", "-c", f'"$0" -m cxkit lint --no-cache {m.group(1)}', sys.executable],
        cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1", "CI": "1"},
    )
    assert pasted.stderr == ""
    assert "in 2 files" in pasted.stdout, pasted.stdout


def test_a_plain_polish_folder_name_is_not_quoted(tmp_path, monkeypatch):
    (tmp_path / "cxkit.toml").write_text('exclude = ["szkice"]\n', encoding="utf-8")
    (tmp_path / "zespół" / "szkice").mkdir(parents=True)
    result = cli(tmp_path, monkeypatch, "lint", "--no-cache", "zespół/szkice")
    assert result.stderr.endswith("name them (cxkit lint zespół/szkice/*.yaml)\n")


# --- F9: `cxkit rule` about a code cxkit prints that is no lint rule ------------------------------

REPO = Path(__file__).resolve().parent.parent


def test_rule_explains_the_code_fmt_prints(tmp_path, monkeypatch):
    (tmp_path / "f.yaml").write_text(
        "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\ngoals: [Biega 3 razy w tygodniu,  # z wywiadów\n"
        "  Kupuje buty co 800 km]\n", encoding="utf-8")
    fmt = cli(tmp_path, monkeypatch, "fmt", "f.yaml")
    m = re.match(r"f\.yaml:4:\d+: error (CX\d{3}) .* \[([a-z-]+)\]$", fmt.stdout.splitlines()[0])
    assert fmt.exit_code == 1 and m, fmt.stdout
    code, name = m.groups()
    for asked in (code, code.lower(), name):
        result = cli(tmp_path, monkeypatch, "rule", asked)
        assert result.exit_code == 0, result.stderr
        assert result.stdout.startswith(f"{name} ({code}): not a lint rule\n\n")
        assert "`cxkit fmt`" in result.stdout and "docs/scaffolding.md, section `cxkit fmt`" in result.stdout
        assert "CX005" not in result.stdout + result.stderr


def test_rule_explains_the_diff_drivers_internal_error(tmp_path, monkeypatch):
    result = cli(tmp_path, monkeypatch, "rule", "internal-error")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("internal-error: not a lint rule\n\n")
    assert "git's diff driver" in result.stdout and "docs/diff.md" in result.stdout


def test_every_code_only_fmt_prints_is_explained():
    from cxkit.cli import NOT_LINT_RULES
    from cxkit.commands_scaffold import FMT_CODES

    assert {name: code for name, (code, _) in NOT_LINT_RULES.items() if code} == FMT_CODES
    # The sections the explanations point to exist.
    assert "\n## `cxkit fmt`\n" in (REPO / "docs" / "scaffolding.md").read_text(encoding="utf-8")
    assert "\n### cxkit as git's diff driver\n" in (REPO / "docs" / "diff.md").read_text(encoding="utf-8")


def test_a_misspelt_non_rule_name_is_suggested_and_a_real_rule_still_explained(tmp_path, monkeypatch):
    typo = cli(tmp_path, monkeypatch, "rule", "fmt-layot")
    assert typo.exit_code == 2
    assert typo.stderr == ("cxkit: unknown rule 'fmt-layot'; did you mean 'fmt-layout' (not a lint rule: "
                           "`cxkit rule fmt-layout` says what it is)?\n")
    assert cli(tmp_path, monkeypatch, "rule", "CX005").stdout.startswith("unused-suppression (CX005), default severity: info\n")


# --- F5: `cxkit new` and `cxkit cache clear` name paths from the current folder ----------------------


def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "journeys").mkdir(parents=True)
    (root / "personas" / "zespół sprzedaży").mkdir(parents=True)
    (root / "cxkit.toml").write_text('paths = ["personas", "journeys"]\nlang = "pl"\n', encoding="utf-8")
    return root


def test_new_names_the_file_it_wrote_from_the_current_folder(tmp_path, monkeypatch):
    root = workspace(tmp_path)
    result = cli(root / "journeys", monkeypatch, "new", "persona", "Żaneta Łęcka", "--no-input")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "../personas/zaneta-lecka.yaml\n", "cxkit: uwaga: 16 miejsc TODO do wypełnienia na podstawie badań; do tego czasu `cxkit lint` zgłasza każde (CX501 placeholder), a `cxkit lint --statistics` liczy, ile zostało\n")
    assert (root / "personas" / "zaneta-lecka.yaml").is_file()
    journey = cli(root / "journeys", monkeypatch, "new", "journey", "Customer onboarding", "--no-input",
                  "--persona", "zaneta-lecka")
    assert journey.stdout == "customer-onboarding.yaml\n"
    assert cli(root, monkeypatch, "new", "persona", "Dan Okafor", "--no-input").stdout == "personas/dan-okafor.yaml\n"


def test_new_names_the_document_that_has_the_id_from_the_current_folder(tmp_path, monkeypatch):
    root = workspace(tmp_path)
    (root / "personas" / "zespół sprzedaży" / "zaneta.yaml").write_text(PERSONA_PL.format(id="zaneta-lecka"), encoding="utf-8")
    result = cli(root / "journeys", monkeypatch, "new", "persona", "Żaneta Łęcka", "--no-input")
    assert result.exit_code == 1
    assert result.stderr == (
        "cxkit: id „zaneta-lecka” ma już ../personas/zespół sprzedaży/zaneta.yaml; nic nie zapisano "
        "(wybierz inne id przez --id albo zapisz mimo to z --force)\n"
    )
    (root / "personas" / "dan-okafor.yaml").write_text(PERSONA_PL.format(id="dan-okafor"), encoding="utf-8")
    exists = cli(root / "journeys", monkeypatch, "new", "persona", "Dan Okafor", "--no-input", "--id", "dan-okafor")
    assert exists.stderr.startswith("cxkit: plik ../personas/dan-okafor.yaml już istnieje; nic nie zapisano")


def test_new_outside_the_workspace_is_named_as_given_or_absolute(tmp_path, monkeypatch):
    root = workspace(tmp_path)
    given = cli(root / "journeys", monkeypatch, "new", "persona", "Ola Nowak", "--no-input", "--dir", "../../szkice")
    assert given.stdout == "../../szkice/ola-nowak.yaml\n"  # as the user wrote the folder
    far = tmp_path / "elsewhere"
    absolute = cli(root / "journeys", monkeypatch, "new", "persona", "Ola Nowak", "--no-input", "--dir", str(far))
    assert absolute.stdout == f"{far.as_posix()}/ola-nowak.yaml\n"


def test_cache_clear_names_the_cache_from_the_current_folder(tmp_path, monkeypatch):
    root = workspace(tmp_path)
    (root / "personas" / "ola.yaml").write_text(PERSONA_PL.format(id="ola-biegaczka"), encoding="utf-8")
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    assert cli(root, monkeypatch, "lint").exit_code in (0, 1)
    result = cli(root / "personas", monkeypatch, "cache", "clear")
    assert result.exit_code == 0
    assert re.fullmatch(r"usunięto \d+ plik(i|ów)? pamięci podręcznej z \.\./\.cxkit_cache\n", result.stdout), result.stdout
    assert not (root / ".cxkit_cache").exists() or not any((root / ".cxkit_cache").glob("*.json"))
    again = cli(root / "personas" / "zespół sprzedaży", monkeypatch, "cache", "clear")
    assert (again.exit_code, again.stdout) == (0, "nie ma czego czyścić: w ../../.cxkit_cache nie ma pamięci podręcznej\n")  # lang = "pl"


def test_a_cache_outside_the_workspace_is_named_absolute(tmp_path, monkeypatch):
    root = workspace(tmp_path)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    result = cli(root / "personas", monkeypatch, "cache", "clear")
    assert result.stdout == f"nie ma czego czyścić: w {(tmp_path / 'cache').as_posix()} nie ma pamięci podręcznej\n"


# --- F6: config errors named from the current folder, at the key, with the fix ------------------------


def config_error(tmp_path: Path, monkeypatch, file: str, text: str, where: str = "") -> str:
    root = workspace(tmp_path)
    (root / "cxkit.toml").unlink()
    (root / file).write_text(text, encoding="utf-8")
    result = cli(root / where, monkeypatch, "lint")
    assert (result.exit_code, result.stdout) == (2, ""), result.stderr
    return result.stderr


@pytest.mark.parametrize(("file", "text", "said"), [
    ("cxkit.toml", '# ustawienia zespołu\npaths = "personas"\n',
     "cxkit: cxkit.toml:2:1: bad value for 'paths': it takes a list, even of one item: write paths = [\"personas\"]\n"),
    ("pyproject.toml", '[project]\nname = "sklep"\n\n[tool.cxkit]\nlang = "pl"\nexclude = "szkice"\n',
     "cxkit: pyproject.toml:6:1: zła wartość `[tool.cxkit].exclude`: to ma być lista, nawet jednego elementu: "
     "zapisz exclude = [\"szkice\"]\n"),  # the table says lang = "pl" (s38)
    ("cxkit.toml", 'lang = "english"\n',
     "cxkit: cxkit.toml:1:1: bad value for 'lang': it takes a two-letter ISO 639-1 language code such as 'pl', 'en', 'de', 'cs' or 'uk', not 'english'; did you mean 'en'? (lang = \"en\")\n"),
    ("cxkit.toml", 'paths = ["personas"]\n  lang = "polski"  # dokumenty po polsku\n',
     "cxkit: cxkit.toml:2:3: bad value for 'lang': it takes a two-letter ISO 639-1 language code such as 'pl', 'en', 'de', 'cs' or 'uk', not 'polski'; did you mean 'pl'? (lang = \"pl\")\n"),
    ("cxkit.toml", 'select = "CX1, CX4"\n',
     "cxkit: cxkit.toml:1:1: bad value for 'select': it takes a list, even of one item: write select = [\"CX1\", \"CX4\"]\n"),
    ("cxkit.toml", 'fail-level = "warn"\n',
     "cxkit: cxkit.toml:1:1: bad value for 'fail-level': it takes 'error', 'warning', 'info' or 'never', not 'warn'; "
     "did you mean 'warning'? (fail-level = \"warning\")\n"),
    ("cxkit.toml", 'paths = ["personas"]\n\n[per-file-ignores]\n"stare/*.yaml" = "CX4, stale-review"\n',
     "cxkit: cxkit.toml:4:1: bad value for 'per-file-ignores': the rules \"stare/*.yaml\" skips are a list of rule names "
     "in quotes, not the text 'CX4, stale-review': write \"stare/*.yaml\" = [\"CX4\", \"stale-review\"]\n"),
    ("cxkit.toml", 'lang = "en"\n[rules]\nstale-review = 6\n',
     "cxkit: cxkit.toml:3:1: bad value for 'rules': 'stale-review' takes a table of the rule's options, not the number 6: "
     "write [rules.stale-review] and its options below it (severity = \"warning\", enabled = false, or the rule's own: "
     "`cxkit rule stale-review` lists them)\n"),
])
def test_a_bad_config_value_is_located_and_says_how_to_write_it(tmp_path, monkeypatch, file, text, said):
    assert config_error(tmp_path, monkeypatch, file, text) == said


def test_a_config_error_names_the_file_from_the_current_folder(tmp_path, monkeypatch):
    said = config_error(tmp_path, monkeypatch, "cxkit.toml", 'lang = "pl"\nexlude = ["szkice"]\n', "personas/zespół sprzedaży")
    assert said == "cxkit: ../../cxkit.toml:2:1: nieznany klucz `exlude`; czy chodziło o `exclude`?\n"  # the config is Polish, and so is its error (s38)


def test_tool_cxkit_written_in_cxkit_toml_is_told_to_go_to_the_top_level(tmp_path, monkeypatch):
    said = config_error(tmp_path, monkeypatch, "cxkit.toml", '# ustawienia\n[tool.cxkit]\nlang = "pl"\n')
    assert said == (
        "cxkit: cxkit.toml:2:1: [tool.cxkit] is the table for pyproject.toml; in cxkit.toml, write the keys at the top "
        "level, without a table header (paths = [...], not [tool.cxkit] above it)\n")


def test_a_key_whose_place_is_uncertain_is_not_given_one(tmp_path, monkeypatch):
    # `[rules.a]` and `[rules.b]` both write `rules`: no one line is "the" key, so none is given.
    from cxkit.config import key_position

    text = '[rules.stale-review]\nmax-age-months = 6\n[rules.placeholder]\nseverity = "info"\n'
    assert key_position(text, ("rules",)) is None
    assert key_position(text, ("rules", "placeholder", "severity")) == (4, 1)
    # Keys inside strings, arrays over lines and multi-line strings are no keys.
    tricky = 'exclude = [\n  "lang = 1",  # lang = 2\n]\nx-notatki = """\nlang = 3\n"""\n"lang" = "english"\n'
    assert key_position(tricky, ("lang",)) == (7, 1)
    said = config_error(tmp_path, monkeypatch, "cxkit.toml", tricky)
    assert said.startswith("cxkit: cxkit.toml:7:1: bad value for 'lang': it takes a two-letter ISO 639-1 language code such as 'pl', 'en', 'de', 'cs' or 'uk', not 'english'")


def test_a_pattern_in_paths_is_told_paths_takes_folders(tmp_path, monkeypatch):
    root = workspace(tmp_path)
    (root / "personas" / "ola.yaml").write_text(PERSONA_PL.format(id="ola-biegaczka"), encoding="utf-8")
    (root / "cxkit.toml").write_text('lang = "pl"\npaths = ["personas/**/*.yaml", "journeys"]\n', encoding="utf-8")
    warned = cli(root, monkeypatch, "lint", "--no-cache")
    # The config is Polish, and so are its warning and error (session 38); the English hint is checked below.
    assert warned.stderr.startswith(
        "cxkit: ostrzeżenie: `paths` w cxkit.toml wskazuje 'personas/**/*.yaml', a takiej ścieżki nie ma; niczego tam nie "
        "sprawdzono (`paths` przyjmuje pliki lub foldery, a nie wzorce, i sprawdza każdy plik *.yaml i *.yml w folderze, "
        "na każdej głębokości: wpisz 'personas' zamiast 'personas/**/*.yaml')\n")
    (root / "cxkit.toml").write_text('lang = "pl"\npaths = ["personas/*.yaml"]\n', encoding="utf-8")
    failed = cli(root, monkeypatch, "lint", "--no-cache")
    assert (failed.exit_code, failed.stderr) == (2, (
        "cxkit: cxkit.toml:2:1: `paths` wskazuje 'personas/*.yaml', a żadna z tych ścieżek nie istnieje, więc nie ma "
        "czego sprawdzać (`paths` przyjmuje pliki lub foldery, a nie wzorce, i sprawdza każdy plik *.yaml i *.yml w "
        "folderze, na każdej głębokości: wpisz 'personas' zamiast 'personas/*.yaml')\n"))
    (root / "cxkit.toml").write_text('paths = ["personas/*.yaml"]\n', encoding="utf-8")
    assert cli(root, monkeypatch, "lint", "--no-cache").stderr.endswith(
        "at any depth: write 'personas' instead of 'personas/*.yaml')\n")
    (root / "cxkit.toml").write_text('paths = ["zespol-*/personas"]\n', encoding="utf-8")
    assert cli(root, monkeypatch, "lint", "--no-cache").stderr.endswith("at any depth: name each folder)\n")


# --- F13: schema messages say how to write it -----------------------------------------------------


def messages(tmp_path: Path, monkeypatch, text: str, *select: str) -> list[tuple[int, int, str, str]]:
    (tmp_path / "doc.yaml").write_text(text, encoding="utf-8")
    args = ["lint", "--no-cache", "--format", "json", *(["--select", ",".join(select)] if select else []), "doc.yaml"]
    result = cli(tmp_path, monkeypatch, *args)
    assert result.exit_code in (0, 1), result.stderr
    return [(f["line"], f["column"], f["rule"], f["message"]) for f in json.loads(result.stdout)]


JOURNEY_HEAD = "kind: journey\nid: ola-kupuje-buty\nname: Ola kupuje buty\npersona: ola-biegaczka\nlang: pl\n"


def test_stages_written_as_a_mapping_are_told_to_be_list_items(tmp_path, monkeypatch):
    text = JOURNEY_HEAD + "stages:\n  awareness:\n    name: Świadomość\n    emotion: 0\n  purchase:\n    name: Zakup\n"
    assert messages(tmp_path, monkeypatch, text, "schema") == [(7, 3, "schema", (
        "'stages' must be a list, not a mapping; write each item as a list item with its id: `- id: awareness`, "
        "its other fields indented below it"))]


@pytest.mark.parametrize(("value", "fix"), [('"-1"', "emotion: -1"), ("'+2'", "emotion: 2"), ('" 0 "', "emotion: 0")])
def test_a_quoted_emotion_is_told_to_lose_its_quotes(tmp_path, monkeypatch, value, fix):
    text = JOURNEY_HEAD + f"stages:\n  - id: purchase\n    name: Zakup\n    emotion: {value}\n"
    [(line, _col, rule, message)] = messages(tmp_path, monkeypatch, text, "schema")
    assert (line, rule) == (9, "schema")
    assert message.endswith(f"must be a whole number, not the text {value.strip(chr(34) + chr(39))!r}; remove the quotes: {fix}")


def test_an_opportunity_written_as_text_is_told_the_mapping_to_write(tmp_path, monkeypatch):
    text = JOURNEY_HEAD + ("stages:\n  - id: purchase\n    name: Zakup\n    opportunities:\n"
                           "      - Dodać tabelę szerokości butów\n      - 'Checkout: Apple Pay'\n")
    assert messages(tmp_path, monkeypatch, text, "schema") == [
        (10, 9, "schema", "'stages[purchase].opportunities[1st]' must be a mapping of fields, not the text 'Dodać tabelę szerokości "
                          "butów'; write it as `- action: Dodać tabelę szerokości butów` with `owner:` (the team or person "
                          "who does it) and `due:` (YYYY-MM-DD) below it"),
        (11, 9, "schema", "'stages[purchase].opportunities[2nd]' must be a mapping of fields, not the text 'Checkout: Apple Pay'; "
                          "write it as `- action: \"Checkout: Apple Pay\"` with `owner:` (the team or person who does it) "
                          "and `due:` (YYYY-MM-DD) below it"),
    ]


@pytest.mark.parametrize(("written", "hint"), [
    ("05/12/2026", "; did you mean 2026-12-05 (day first, as in the UK and Poland) or 2026-05-12 (month first, as in the US)?"),
    ("13/05/2026", "; did you mean 2026-05-13?"),  # no month 13: day first
    ("05/13/2026", "; did you mean 2026-05-13?"),  # month first
    ("05.12.2026", "; did you mean 2026-12-05?"),  # dots: day first, as written in Poland
    ("2026/12/05", "; did you mean 2026-12-05?"),
    ("31/02/2026", ""),  # no such day either way
    # A month without its day (session 22, tester 6 F12).
    ("grudzień 2026", "; a date needs its day too: write 2026-12-DD with the day (2026-12-01 for the month as a whole)"),
])
def test_a_hand_written_date_is_told_its_iso_form(tmp_path, monkeypatch, written, hint):
    text = JOURNEY_HEAD + f"reviewed: {written}\nstages:\n  - id: purchase\n    name: Zakup\n"
    assert messages(tmp_path, monkeypatch, text, "schema") == [
        (6, 11, "schema", f"'reviewed': expected a date written as YYYY-MM-DD, got {written!r}{hint}")]


def test_an_id_that_is_no_slug_is_told_the_slug(tmp_path, monkeypatch):
    text = ("kind: persona\nid: priya-revops\nname: Priya Shah\nlang: en\nsources:\n  - id: Gong calls\n    type: analytics\n"
            "  - Wywiady 2026\ngoals:\n  - text: Closes the books by day 3 every month\n    sources: [Gong calls]\n")
    assert messages(tmp_path, monkeypatch, text, "schema") == [
        (6, 9, "schema", "'sources[1st].id' must be a slug (lowercase letters and digits joined by hyphens or underscores, "
                         "e.g. 'ola-runner'), not 'Gong calls'; did you mean 'gong-calls'?"),
        (8, 5, "schema", "'sources[2nd]' must be a mapping of fields, not the text 'Wywiady 2026'; write it as "
                         "`- id: wywiady-2026` with `type:` (interview, survey, analytics...) below it"),
        (11, 15, "schema", "'goals[1st].sources[1st]' must be a slug (lowercase letters and digits joined by hyphens or "
                           "underscores, e.g. 'ola-runner'), not 'Gong calls'; did you mean 'gong-calls'?"),
    ]


def test_an_unknown_source_gets_the_source_it_probably_means(tmp_path, monkeypatch):
    text = ("kind: persona\nid: ola-biegaczka\nname: Ola Nowak\nlang: pl\nsources:\n  - id: wywiady-2026\n    type: interview\n"
            "  - id: ankieta-2025\n    type: survey\ngoals:\n  - text: Przebiec półmaraton poniżej 2 godzin w kwietniu 2027\n"
            "    sources: [wywiad-2026, crm]\n")
    assert messages(tmp_path, monkeypatch, text, "unknown-source") == [
        (12, 15, "unknown-source", "source 'wywiad-2026' is not defined in this file's sources (ankieta-2025, wywiady-2026); "
                                   "did you mean 'wywiady-2026'?"),
        (12, 28, "unknown-source", "source 'crm' is not defined in this file's sources (ankieta-2025, wywiady-2026); "
                                   "add it to `sources` (its id, type and date), or cite one of those"),
    ]


@pytest.mark.parametrize(("file", "text", "said"), [
    ("cxkit.toml", 'lang = "pl"\n\n[rules.stale-review]\nmax-age-months = "6"\n',
     "cxkit.toml:4:1: reguła „stale-review”, opcja `max-age-months`: "),  # Polish, as its config says (session 40)
    ("cxkit.toml", 'lang = "en"\n\n[rules.stale-review]\nmax-age-months = "6"\n',
     "cxkit.toml:4:1: rule 'stale-review', option 'max-age-months': "),
    ("cxkit.toml", '[rules.CX303]\n# wyłączone na czas migracji\nenabled = "no"\n',
     "cxkit.toml:3:1: rule 'stale-review' ([rules.CX303]): enabled must be true or false"),
    ("cxkit.toml", 'paths = ["personas"]\nselect = ["shema"]\n', "cxkit.toml:2:11: select: unknown rule 'shema'; did you mean 'schema'?"),
    ("cxkit.toml", '[per-file-ignores]\n"stare/*.yaml" = ["CX9999"]\n', "cxkit.toml:2:19: per-file-ignores.'stare/*.yaml': unknown rule"),
    ("pyproject.toml", '[project]\nname = "sklep"\n\n[tool.cxkit.rules.missing-stage]\nrequired = ["awareness", 1]\n',
     "pyproject.toml:5:1: rule 'missing-stage', option 'required' item 2: "),
    ("cxkit.toml", 'rules = { stale-review = { severity = "fatal" } }\n', "cxkit.toml:1:28: rule 'stale-review': severity must be"),
])
@pytest.mark.parametrize("command", [("lint",), ("fmt", "--check"), ("render", ".")])
def test_a_bad_rule_setting_is_located_at_its_key(tmp_path, monkeypatch, file, text, said, command):
    root = workspace(tmp_path)
    (root / "cxkit.toml").unlink()
    (root / file).write_text(text, encoding="utf-8")
    result = cli(root / "personas", monkeypatch, *command)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"cxkit: ../{said}"), result.stderr


def test_one_list_item_without_its_dash_is_told_to_get_it(tmp_path, monkeypatch):
    text = JOURNEY_HEAD + ("stages:\n  - id: purchase\n    name: Zakup\n    touchpoints:\n      channel: web\n"
                           "      description: Koszyk bez Apple Pay\n    opportunities:\n      action: Dodać Apple Pay\n"
                           "      owner: Zespół płatności\n")
    assert messages(tmp_path, monkeypatch, text, "schema") == [
        (10, 7, "schema", "'stages[purchase].touchpoints' must be a list, not a mapping; it reads as one item without its dash: "
                          "write `- channel: web`, with its other keys indented to line up with `channel`"),
        (13, 7, "schema", "'stages[purchase].opportunities' must be a list, not a mapping; it reads as one item without its dash: "
                          "write `- action: Dodać Apple Pay`, with its other keys indented to line up with `action`"),
    ]


def test_stages_written_as_names_by_id_are_told_the_list_item(tmp_path, monkeypatch):
    text = JOURNEY_HEAD + "stages:\n  awareness: Awareness\n  purchase: Purchase\n"
    assert messages(tmp_path, monkeypatch, text, "schema") == [(7, 3, "schema", (
        "'stages' must be a list, not a mapping; write each item as a list item with its id: `- id: awareness` "
        "with `name: Awareness`, its other fields indented below it"))]
