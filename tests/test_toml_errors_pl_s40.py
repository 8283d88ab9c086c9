"""A config that is no valid TOML, in a Polish workspace, is told in Polish (tester46 #11).

The file cannot be read, so its language is taken from its lines as written (`lang = "pl"` above the first
table), else from the config its `extend` names; a config extended that is broken is told in the language
of the workspace that extends it. The place (`cxkit.toml:line:col`) and exit 2 are as before; an English
workspace reads the same English; a message tomllib's words have no Polish for stays English whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli


def _run(folder: Path, monkeypatch: pytest.MonkeyPatch, *command: str) -> str:
    monkeypatch.chdir(folder)
    result = run_cli(*(command or ("lint", "--no-cache")))
    assert result.exception is None and result.exit_code == 2 and result.stdout == "", result.stderr
    return result.stderr


@pytest.mark.parametrize(("lang", "said"), [
    ("pl", "cxkit: cxkit.toml:2:22: nieprawidłowy TOML: wiersz kończy się w środku tekstu w cudzysłowie (czy "
           "cudzysłów jest zamknięty?)\n"),
    ("en", "cxkit: cxkit.toml:2:22: invalid TOML: Illegal character '\\n'\n"),
])
def test_an_unclosed_quote_in_the_workspaces_language_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          lang: str, said: str) -> None:
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\nfail-level = "warning\n', encoding="utf-8")
    for command in (("lint", "--no-cache"), ("render", "."), ("new", "persona", "Ola Nowak", "--no-input")):
        assert _run(tmp_path, monkeypatch, *command) == said


def test_an_unclosed_list_in_a_shared_config_is_told_as_the_client_speaks_s40(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "cxkit.toml").write_text('ignore = ["similar-personas"\n', encoding="utf-8")
    client = tmp_path / "clients" / "sklep"
    client.mkdir(parents=True)
    (client / "cxkit.toml").write_text('lang = "pl"\nextend = "../../house/cxkit.toml"\n', encoding="utf-8")
    assert _run(client, monkeypatch) == ("cxkit: ../../house/cxkit.toml:1:29: nieprawidłowy TOML: lista nie jest "
                                         "zamknięta (brak „]”) (korzysta z niego cxkit.toml, który go rozszerza)\n")
    (client / "cxkit.toml").write_text('lang = "en"\nextend = "../../house/cxkit.toml"\n', encoding="utf-8")
    assert _run(client, monkeypatch) == ("cxkit: ../../house/cxkit.toml:1:29: invalid TOML: Unclosed array (used by "
                                         "cxkit.toml, which extends it)\n")


def test_a_broken_client_config_takes_the_language_of_the_config_it_extends_s40(tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    client = tmp_path / "klient"
    client.mkdir()
    (client / "cxkit.toml").write_text('extend = "../cxkit.toml"\nexclude = ["szkice"\n', encoding="utf-8")
    assert _run(client, monkeypatch).startswith("cxkit: cxkit.toml:2:20: nieprawidłowy TOML: lista nie jest zamknięta")


def test_words_tomllib_has_no_polish_for_stay_english_whole_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A Windows path in "...": cxkit's own English advice, never half translated.
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["szkice\\*"]\n', encoding="utf-8")
    assert _run(tmp_path, monkeypatch).startswith("cxkit: cxkit.toml:2:19: invalid TOML: in a \"...\" string a backslash")
