"""The config's errors of rule tables, `per-file-ignores`, `[labels]`, patterns and `extend` in a Polish workspace.

Before session 40 a workspace whose `cxkit.toml` says `lang = "pl"` read them in English (only an unknown key
or a bad value of the plain settings was Polish). Each is now Polish there, at the same `file:line:col`, with
exit 2; an English workspace reads them byte for byte as before. The language is the workspace's: its config's
own `lang`, else that of the config it extends; where neither can be read, English whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """kind: persona
id: ola-farmaceutka
name: Ola, farmaceutka z osiedla
summary: Prowadzi aptekę rodzinną w Lublinie i sama zamawia dermokosmetyki.
"""

#: (the config's lines after `lang = ...`, the place, the English message, the Polish one)
CASES = [
    ('[rules.stale-review]\nseverity = "fatal"\n', "cxkit.toml:2:1",
     "rule 'stale-review': severity must be error, warning or info, not \"fatal\"",
     "reguła „stale-review”: severity to error, warning albo info, a nie \"fatal\""),
    ('[rules.stale-review]\nmax-age-months = 0\n', "cxkit.toml:2:1",
     "rule 'stale-review', option 'max-age-months': Input should be greater than or equal to 1, not 0",
     "reguła „stale-review”, opcja `max-age-months`: ma być co najmniej 1, a nie 0"),
    ('[rules.stale-review]\nenabled = "nie"\n', "cxkit.toml:2:1",
     "rule 'stale-review': enabled must be true or false, not \"nie\"",
     "reguła „stale-review”: enabled to true albo false (bez cudzysłowu), a nie \"nie\""),
    ('[rules.stale-review]\nmax-age = 6\n', "cxkit.toml:2:1",
     "rule 'stale-review' has no option 'max-age' (its options: severity, enabled, max-age-months, undated)",
     "reguła „stale-review” nie ma opcji `max-age` (jej opcje: severity, enabled, max-age-months, undated)"),
    ('[rules.CX3]\nseverity = "info"\n', "cxkit.toml:1:1",
     "[rules.CX3]: a rule table configures one rule, and 'CX3' names ",
     "[rules.CX3]: tabela reguły ustawia jedną regułę, a „CX3” to "),
    ('[rules.CX303]\nseverity = "info"\n[rules.stale-review]\nenabled = false\n', "cxkit.toml:1:1",
     "[rules.CX303] and [rules.stale-review] both configure rule 'stale-review' (CX303); put its settings in one table",
     "[rules.CX303] i [rules.stale-review] ustawiają tę samą regułę „stale-review” (CX303); zapisz jej ustawienia w "
     "jednej tabeli"),
    ('ignore = ["CX101", "stale-revew"]\n', "cxkit.toml:1:20",
     "ignore: unknown rule 'stale-revew'; did you mean 'stale-review'?",
     "ignore: nieznana reguła „stale-revew”; czy chodziło o „stale-review”?"),
    ('[per-file-ignores]\n"personas/szkice/*.yaml" = ["CX3O2"]\n', "cxkit.toml:2:29",
     "per-file-ignores.'personas/szkice/*.yaml': unknown rule 'CX3O2'; did you mean 'CX302'?",
     "per-file-ignores.'personas/szkice/*.yaml': nieznana reguła „CX3O2”; czy chodziło o „CX302”?"),
    ('[per-file-ignores]\n"personas/szkice/*.yaml" = "CX101, CX302"\n', "cxkit.toml:2:1",
     "bad value for 'per-file-ignores': the rules \"personas/szkice/*.yaml\" skips are a list of rule names in quotes, "
     "not the text 'CX101, CX302': write \"personas/szkice/*.yaml\" = [\"CX101\", \"CX302\"]",
     "zła wartość `per-file-ignores`: reguły, które pomija „personas/szkice/*.yaml”, to lista nazw reguł w cudzysłowie, "
     "a nie tekst 'CX101, CX302': zapisz \"personas/szkice/*.yaml\" = [\"CX101\", \"CX302\"]"),
    ('exclude = ["szkice/[z-a]*"]\n', "cxkit.toml:1:12",
     "bad value for 'exclude': 'szkice/[z-a]*': the range 'z-a' runs backwards, so it matches no character; write 'a-z'",
     "zła wartość `exclude`: „szkice/[z-a]*”: zakres „z-a” biegnie wstecz, więc nie obejmuje żadnego znaku; zapisz „a-z”"),
    ('exclude = ["./"]\n', "cxkit.toml:1:12",
     "exclude: the pattern './' names no file; \"*\" means every file",
     "exclude: wzorzec „./” nie wskazuje żadnego pliku; \"*\" to każdy plik"),
    ('[labels.pl]\ncele = "Do czego dąży"\n', "cxkit.toml:2:1",
     "unknown key 'labels.pl.cele'; did you mean 'goals'?",
     "nieznany klucz `labels.pl.cele`; czy chodziło o `goals`?"),
    ('[labels.pl]\ncos_innego = "Do czego dąży"\n', "cxkit.toml:2:1",
     "unknown key 'labels.pl.cos_innego'; a label heads one of a document's fields: ",
     "nieznany klucz `labels.pl.cos_innego`; nagłówek stoi nad jednym z pól dokumentu: "),
    ('[labels.pl]\ngoals = ""\n', "cxkit.toml:2:1",
     "bad value for 'labels.pl.goals': the label is empty; leave the key out to keep cxkit's heading",
     "zła wartość `labels.pl.goals`: nagłówek jest pusty; pomiń ten klucz, a zostanie nagłówek cxkit"),
    ('[labels.ua]\ngoals = "Цілі"\n', "cxkit.toml:1:1",
     "unknown key 'labels.ua'; render writes Polish and English headings: [labels.pl] or [labels.en]",
     "nieznany klucz `labels.ua`; render pisze nagłówki po polsku i po angielsku: [labels.pl] albo [labels.en]"),
    ('extend = "../wspolny/cxkit.toml"\n', "cxkit.toml:1:1",
     "bad value for 'extend': '../wspolny/cxkit.toml': no such file (the path is relative to the folder of cxkit.toml)",
     "zła wartość `extend`: „../wspolny/cxkit.toml”: nie ma takiego pliku (ścieżka jest względna wobec folderu pliku "
     "cxkit.toml)"),
    ('extend = ["../cxkit.toml"]\n', "cxkit.toml:1:1",
     "bad value for 'extend': it takes the path of one config file, relative to cxkit.toml's folder",
     "zła wartość `extend`: to ma być ścieżka jednego pliku konfiguracji, względna wobec folderu pliku cxkit.toml"),
    ('baseline = "persony.yaml"\n', "cxkit.toml:1:1",
     "bad value for 'baseline': 'persony.yaml' is a YAML or TOML file",
     "zła wartość `baseline`: „persony.yaml” to plik YAML albo TOML"),
    ('[labels.pl]\npurchase_triggers = "Kupi, gdy"\nfail-level = "error"\n', "cxkit.toml:3:1",
     "unknown key 'labels.pl.fail-level'; `fail-level` is a top-level key: move it above the first [table]",
     "nieznany klucz `labels.pl.fail-level`; `fail-level` to klucz najwyższego poziomu: przenieś go nad pierwszą [tabelę]"),
]


def _workspace(root: Path, config: str) -> Path:
    (root / "personas").mkdir(parents=True, exist_ok=True)
    (root / "personas" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    (root / "cxkit.toml").write_text(config, encoding="utf-8")
    return root


@pytest.mark.parametrize(("lines", "place", "english", "polish"), CASES)
@pytest.mark.parametrize("command", [("lint", "--no-cache"), ("render", "personas/ola.yaml")])
def test_a_config_error_is_said_in_the_workspaces_language_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              command: tuple[str, ...], lines: str, place: str,
                                                              english: str, polish: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path / "apteka", 'lang = "pl"\n' + lines))
    pl = run_cli(*command)
    assert pl.exception is None and pl.exit_code == 2 and pl.stdout == "", pl.stderr
    line = int(place.split(":")[1]) + 1  # one line more: `lang` is the first
    assert pl.stderr.startswith(f"cxkit: cxkit.toml:{line}:{place.split(':')[2]}: {polish}"), pl.stderr
    assert pl.stderr.count("\n") == 1
    (tmp_path / "apteka" / "cxkit.toml").write_text(lines, encoding="utf-8")  # no `lang`: English, as before
    en = run_cli(*command)
    assert en.exception is None and en.exit_code == 2 and en.stdout == "", en.stderr
    assert en.stderr.startswith(f"cxkit: {place}: {english}"), en.stderr


def test_the_language_of_the_config_extended_is_the_workspaces_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nfail-level = "error"\n', encoding="utf-8")
    client = _workspace(tmp_path / "klient", 'extend = "../cxkit.toml"\n\n[rules.stale-review]\nmax-age-months = 0\n')
    monkeypatch.chdir(client)
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 2 and result.stderr == (
        "cxkit: cxkit.toml:4:1: reguła „stale-review”, opcja `max-age-months`: ma być co najmniej 1, a nie 0\n")
    # Met while the client's own table is read, before the config extended is: that one's `lang` still says.
    (client / "cxkit.toml").write_text('extend = "../cxkit.toml"\nexclude = ["szkice/[a"]\n', encoding="utf-8")
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 2 and result.stderr.startswith(
        "cxkit: cxkit.toml:2:12: zła wartość `exclude`: „szkice/[a”: „[” na pozycji 8 nie jest nigdzie zamknięty"), result.stderr
    # A slip in the config extended, whose own table says no `lang`, in the language of the workspace that extends it.
    (tmp_path / "cxkit.toml").write_text('exclude = ["!szkice"]\n', encoding="utf-8")
    (client / "cxkit.toml").write_text('lang = "pl"\nextend = "../cxkit.toml"\n', encoding="utf-8")
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 2 and result.stderr.startswith(
        "cxkit: ../cxkit.toml:1:12: zła wartość `exclude`: „!szkice”: „!” na początku nie jest w cxkit zaprzeczeniem"), \
        result.stderr


def test_a_language_not_known_yet_leaves_the_error_english_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The config extended cannot be read (it is missing, or no TOML): which language the workspace has is not known."""
    client = _workspace(tmp_path / "klient", 'extend = "../brak.toml"\nexclude = ["[z-a]"]\n')
    monkeypatch.chdir(client)
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 2 and result.stderr.startswith("cxkit: cxkit.toml:2:12: bad value for 'exclude'"), result.stderr
    (tmp_path / "brak.toml").write_text('lang = "pl"\nexclude = [\n', encoding="utf-8")  # broken TOML
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 2 and result.stderr.startswith("cxkit: cxkit.toml:2:12: bad value for 'exclude'"), result.stderr


def test_each_workspace_of_a_run_speaks_its_own_language_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    _workspace(tmp_path / "vet", 'lang = "en"\nignore = ["stale-revew"]\n')
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", ".")
    assert result.exit_code == 2
    assert result.stderr == "cxkit: vet/cxkit.toml:2:11: ignore: unknown rule 'stale-revew'; did you mean 'stale-review'?\n"


def test_the_python_api_keeps_the_english_message_s40(tmp_path: Path) -> None:
    from cxkit.config import ConfigError, load_config

    _workspace(tmp_path, 'lang = "pl"\nexclude = ["[z-a]"]\n')
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "cxkit.toml")
    assert "bad value for 'exclude'" in str(caught.value) and caught.value.lang == "pl"
    assert caught.value.pl is not None and "zła wartość `exclude`" in caught.value.pl
