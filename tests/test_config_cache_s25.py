"""A duplicate key in the config (tester11 L3) and an unusable CXKIT_CACHE_DIR (L4).

L3: `fail-level` written twice gave `cxkit.toml:2:21: invalid TOML: Cannot overwrite a value`, at the
line's end and naming no key; now the key, where it is written again, and the line it was first set on.
L4: a CXKIT_CACHE_DIR that is a file, or lies under one, was passed over without a word: every CI run
was cold and nobody learnt why. Now one warning says so; the run and its exit code are as without it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = "kind: persona\nid: p-anna\nname: Anna Nowak\nlang: pl\ngoals:\n  - Ceni jakość\n"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas/anna.yaml").write_text(PERSONA, encoding="utf-8")
    return tmp_path


def config_error(ws: Path, name: str, text: str) -> str:
    (ws / name).write_text(text, encoding="utf-8")
    result = run_cli("lint", "--no-cache")
    assert result.exception is None and result.exit_code == 2 and result.stdout == ""
    return result.stderr


# --- L3 --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "text", "told"), [
    ("cxkit.toml", 'select = ["CX1"]\nfail-level = "warning"\n\n# stricter in CI\nfail-level = "error"\n',
     "cxkit.toml:5:1: duplicate key 'fail-level' (first set on line 2); TOML allows a key once: keep one"),
    # A list over several lines: tomllib points past its end; the key is where it starts.
    # (Its `lang = "pl"` above every table makes the error Polish since session 41.)
    ("cxkit.toml", 'paths = ["personas"]\nselect = [\n  "CX1",\n]\nlang = "pl"\n  select = [\n    "CX3",\n  ]\n',
     "cxkit.toml:6:3: powtórzony klucz `select` (pierwszy raz w wierszu 2); TOML dopuszcza klucz tylko raz: zostaw "
     "jeden"),
    ("pyproject.toml", '[project]\nname = "cx"\n\n[tool.cxkit]\nlang = "pl"\n\n[tool.cxkit.rules.stale-review]\n'
                       'max-age-months = 6\nmax-age-months = 12\n',
     "pyproject.toml:9:1: duplicate key 'max-age-months' in [tool.cxkit.rules.stale-review] (first set on line 8); "
     "TOML allows a key once: keep one"),
    ("cxkit.toml", '[rules.stale-review]\nmax-age-months = 6\n\n[rules.pseudo-profiling]\nseverity = "error"\n\n'
                   '[rules.stale-review]\nseverity = "info"\n',
     "cxkit.toml:7:1: duplicate table [rules.stale-review] (first declared on line 1); TOML allows a table once: "
     "put its keys under one [rules.stale-review]"),
    ("cxkit.toml", 'rules.stale-review.max-age-months = 6\n[rules.stale-review]\nseverity = "info"\n',
     "cxkit.toml:2:1: duplicate table [rules.stale-review]: the dotted key on line 1 already made it; TOML allows "
     "a table once: write its keys in one place"),
    ("cxkit.toml", '"per-file-ignores" = {"legacy/*" = ["CX1"], "legacy/*" = ["CX3"]}\n',
     "cxkit.toml:1:45: duplicate key '\"legacy/*\"' in [per-file-ignores] (first set on line 1); TOML allows a key "
     "once: keep one"),
])
def test_a_key_written_twice_is_named_where_it_is_written_again(ws, name, text, told):
    assert config_error(ws, name, text) == f"cxkit: {told}\n"


def test_tables_of_an_array_may_repeat_their_keys(ws):
    # Guard: [[...]] tables are one table each; a duplicate within the second is still found.
    text = '[tool.cxkit]\nlang = "pl"\n\n[[tool.other.hook]]\nid = "a"\n\n[[tool.other.hook]]\nid = "b"\n'
    (ws / "pyproject.toml").write_text(text, encoding="utf-8")
    assert run_cli("lint", "--no-cache", "--select", "CX101").exit_code == 1
    told = config_error(ws, "pyproject.toml", text + 'id = "c"\n')
    # In Polish: the file says `lang = "pl"` above its second table (session 41).
    assert told == ("cxkit: pyproject.toml:9:1: powtórzony klucz `id` w [tool.other.hook] (pierwszy raz w wierszu 8); "
                    "TOML dopuszcza klucz tylko raz: zostaw jeden\n")


def test_other_toml_errors_keep_their_words(ws):
    # An inline table extended later is another mistake: tomllib's own message, located as before.
    assert config_error(ws, "cxkit.toml", 'rules = {}\nrules.x = 1\n') == (
        "cxkit: cxkit.toml:2:12: invalid TOML: Cannot mutate immutable namespace ('rules',)\n")


# --- L4 --------------------------------------------------------------------------------------------

def lint_with_cache_dir(monkeypatch: pytest.MonkeyPatch, folder: str, *args: str):
    from cxkit.lint import cache

    monkeypatch.setattr(cache, "_WARNED", set())  # once per run: a run is a process, here a call
    monkeypatch.setenv("CXKIT_CACHE_DIR", folder)
    result = run_cli("lint", "-f", "json", *args)
    assert result.exception is None
    return result


@pytest.mark.parametrize(("where", "why"), [
    ("plik", "it is a file, not a folder"),
    ("plik/cache", "{ws}/plik is a file, not a folder"),
    ("plik/a/b", "{ws}/plik is a file, not a folder"),
])
def test_an_unusable_cache_dir_is_told_once_and_the_run_goes_on(ws, monkeypatch, where, why):
    (ws / "plik").write_text("not a folder\n", encoding="utf-8")
    expected = run_cli("lint", "-f", "json", "--no-cache")
    folder = f"{ws}/{where}"
    for _run in range(2):  # a second run is as cold, and told again
        result = lint_with_cache_dir(monkeypatch, folder)
        assert (result.exit_code, result.stdout) == (expected.exit_code, expected.stdout) == (1, expected.stdout)
        assert result.stderr == (f"cxkit: warning: CXKIT_CACHE_DIR names {folder}, which cannot hold the lint cache "
                                 f"({why.format(ws=ws)}); the run went on without it\n")
    assert (ws / "plik").read_text(encoding="utf-8") == "not a folder\n"


def test_a_usable_cache_dir_and_a_read_only_default_cache_say_nothing(ws, monkeypatch):
    # Guards: a folder CXKIT_CACHE_DIR makes is used without a word (and answers the second run);
    # the default `.cxkit_cache` that cannot be written (here a file) in a checkout that can is one warning
    # (tests/test_cache_unwritable_s29.py: a checkout that cannot be written stays silent), the report unchanged.
    result = lint_with_cache_dir(monkeypatch, str(ws / "cache"))
    assert result.exit_code == 1 and result.stderr == "" and (ws / "cache/runs-v1.json").is_file()
    assert lint_with_cache_dir(monkeypatch, str(ws / "cache")).stdout == result.stdout
    monkeypatch.delenv("CXKIT_CACHE_DIR")
    (ws / ".cxkit_cache").write_text("", encoding="utf-8")
    result = run_cli("lint", "-f", "json")
    assert result.exit_code == 1 and json.loads(result.stdout)
    assert result.stderr.startswith("cxkit: warning: cannot write the lint cache in .cxkit_cache (it is a file, not a "
                                    "folder)") and result.stderr.count("\n") == 1, result.stderr


def test_cache_clear_says_why_there_is_nothing_to_clear(ws, monkeypatch):
    from cxkit.lint import cache

    (ws / "plik").write_text("", encoding="utf-8")
    monkeypatch.setattr(cache, "_WARNED", set())
    monkeypatch.setenv("CXKIT_CACHE_DIR", f"{ws}/plik/cache")
    result = run_cli("cache", "clear")
    assert result.exit_code == 0 and result.stdout == "nothing to clear: no cache at plik/cache\n"
    assert result.stderr == (f"cxkit: warning: CXKIT_CACHE_DIR names {ws}/plik/cache, which cannot hold the cache "
                             f"({ws}/plik is a file, not a folder); there is nothing of cxkit's there to clear\n")


def test_fmt_tells_of_an_unusable_cache_dir_too(ws, monkeypatch):
    from cxkit.lint import cache

    (ws / "plik").write_text("", encoding="utf-8")
    monkeypatch.setattr(cache, "_WARNED", set())
    monkeypatch.setenv("CXKIT_CACHE_DIR", f"{ws}/plik")
    result = run_cli("fmt", "--check", "personas")
    assert result.exit_code == 0
    assert result.stderr.count("CXKIT_CACHE_DIR names") == 1 and "(it is a file, not a folder)" in result.stderr
