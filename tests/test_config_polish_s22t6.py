"""Session 22, tester 6 (F13): config mistakes in Polish.  `język = "pl"` (a bare key with a Polish
letter, which TOML does not allow unquoted) was "invalid TOML: Expected '=' after a key", and
`fail-level = "błąd"` got no suggestion, where `lang = "polski"` gets one.  Both stay exit 2."""

from __future__ import annotations

import pytest

from conftest import run_cli

OLA = "kind: persona\nid: ola\nname: Ola\nlang: pl\ngoals:\n  - Kupić sukienkę na wesele w czerwcu 2027\n"


def _lint(tmp_path, monkeypatch, name: str, config: str):
    (tmp_path / name).write_text(config, encoding="utf-8")
    (tmp_path / "personas").mkdir(exist_ok=True)
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache")
    assert result.exception is None and result.exit_code == 2, result.stdout
    return result.stderr


def test_a_polish_bare_key_is_told_the_english_key(tmp_path, monkeypatch):
    err = _lint(tmp_path, monkeypatch, "cxkit.toml", '# ustawienia\njęzyk = "pl"\n')
    assert err == ("cxkit: cxkit.toml:2:1: invalid TOML: the key 'język' holds a letter TOML does not allow in a key "
                   "without quotes; cxkit's keys are in English: did you mean 'lang'? (lang = ...)\n")


def test_another_non_ascii_bare_key_is_told_why(tmp_path, monkeypatch):
    err = _lint(tmp_path, monkeypatch, "cxkit.toml", 'lang = "pl"\n  źródło = "wywiady"\n')
    assert err == ("cxkit: cxkit.toml:2:3: invalid TOML: the key 'źródło' holds a letter TOML does not allow in a "
                   "key without quotes; cxkit's keys are in English (lang, paths, exclude, fail-level...)\n")


def test_a_quoted_or_unaccented_polish_key_is_told_the_english_key(tmp_path, monkeypatch):
    assert _lint(tmp_path, monkeypatch, "cxkit.toml", '"język" = "pl"\n') == (
        "cxkit: cxkit.toml:1:1: unknown key 'język'; did you mean 'lang'?\n")
    assert _lint(tmp_path, monkeypatch, "cxkit.toml", 'jezyk = "pl"\n') == (
        "cxkit: cxkit.toml:1:1: unknown key 'jezyk'; did you mean 'lang'?\n")


@pytest.mark.parametrize(("said", "meant"), [
    ("błąd", "error"), ("bledy", "error"), ("ostrzeżenia", "warning"), ("informacje", "info"), ("nigdy", "never"),
])
def test_a_polish_fail_level_is_told_the_english_one(tmp_path, monkeypatch, said, meant):
    err = _lint(tmp_path, monkeypatch, "cxkit.toml", f'lang = "pl"\nfail-level = "{said}"\n')
    # The config says lang = "pl", and so is its error (session 38; test_polish_notes_s38 has it in English).
    assert err == (f"cxkit: cxkit.toml:2:1: zła wartość `fail-level`: to ma być 'error', 'warning', 'info' albo "
                   f"'never', a nie '{said}'; czy chodziło o '{meant}'? (fail-level = \"{meant}\")\n")


def test_guard_other_invalid_toml_keeps_the_parser_words(tmp_path, monkeypatch):
    err = _lint(tmp_path, monkeypatch, "cxkit.toml", 'lang "pl"\n')
    assert err.startswith("cxkit: cxkit.toml:1:") and "Expected '='" in err and "English" not in err
