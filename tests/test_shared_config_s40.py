"""An agency's shared config that every client's `cxkit.toml` extends (tester46 #7, #9, #10).

- `add-<option>` in a rule's table adds to the list option the extended config gives (`add-extend` keeps the
  house's words), where `extend = [...]` replaces it; `--show-settings` says which config gave which part.
- A slip in the shared file is named from the current folder when both lie in one git repository
  (`../../house/cxkit.toml`), says which config extends it, and an unknown option gets a "did you mean".
- A lexicon pattern that could never match (`*`, `*owy klient`) is a located error, as one that cannot compile.
Each in an English and in a Polish workspace.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agency_helpers import cx101_lines, dana, halina, house_and_client
from conftest import run_cli

PERSONA_EN = dana("Is energy-savvy", "Is zero-waste at heart")
PERSONA_PL = halina("Ma mobilny styl życia", "Żyje w duchu slow")


def _agency(root: Path, house: str, client: str, lang: str) -> Path:
    """house_and_client with Halina (pl) or Dana (en) in the client's personas/p.yaml."""
    return house_and_client(root, house, lang, client, persona=PERSONA_PL if lang == "pl" else PERSONA_EN)


@pytest.mark.parametrize(("lang", "house_word", "own_word"), [
    ("en", "energy-savvy", "zero-waste"),
    ("pl", "mobilny styl życia", "w duchu slow"),
])
def test_add_extend_keeps_the_house_words_and_extend_replaces_them_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, house_word: str, own_word: str) -> None:
    house = f'[rules.pseudo-profiling]\nextend = ["{house_word}"]\n'
    client = _agency(tmp_path, house, f'[rules.pseudo-profiling]\nadd-extend = ["{own_word}"]\n', lang)
    monkeypatch.chdir(client)
    added = run_cli("lint", "--no-cache", "--select", "pseudo-profiling")
    assert added.exception is None and added.exit_code == 1, added.stderr
    assert cx101_lines(added.stdout) == [8, 9], added.stdout  # the house's phrase and the client's
    # `extend` itself replaces the house's list, as every option written here does (documented).
    (client / "cxkit.toml").write_text(f'lang = "{lang}"\nextend = "../../house/cxkit.toml"\n\n'
                                       f'[rules.pseudo-profiling]\nextend = ["{own_word}"]\n', encoding="utf-8")
    replaced = run_cli("lint", "--no-cache", "--select", "pseudo-profiling")
    assert cx101_lines(replaced.stdout) == [9], replaced.stdout


def test_add_keys_of_three_configs_add_up_and_show_where_each_part_came_from_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    client = _agency(tmp_path, '[rules.pseudo-profiling]\nextend = ["energy-savvy"]\nallow = ["values quality"]\n',
                     '[rules.pseudo-profiling]\nadd-extend = ["zero-waste"]\n', "en")
    # A team's config between the house's and the client's adds a word of its own.
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / "cxkit.toml").write_text('extend = "../house/cxkit.toml"\n[rules.pseudo-profiling]\n'
                                                  'add-extend = ["omnichannel*"]\n', encoding="utf-8")
    (client / "cxkit.toml").write_text('lang = "en"\nextend = "../../team/cxkit.toml"\n\n[rules.pseudo-profiling]\n'
                                       'add-extend = ["zero-waste"]\n', encoding="utf-8")
    monkeypatch.chdir(client)
    shown = run_cli("lint", "--show-settings")
    assert shown.exit_code == 0, shown.stderr
    assert ('    extend in force: ["energy-savvy", "omnichannel*", "zero-waste"] (extend ["energy-savvy"] from '
            '../../house/cxkit.toml; add-extend ["omnichannel*"] from ../../team/cxkit.toml; add-extend ["zero-waste"] '
            'from cxkit.toml)\n') in shown.stdout, shown.stdout
    as_json = run_cli("lint", "--show-settings", "-f", "json")
    import json

    entry = json.loads(as_json.stdout)[0]
    assert entry["rules"]["pseudo-profiling"]["extend"] == ["energy-savvy", "omnichannel*", "zero-waste"]
    assert entry["rules"]["pseudo-profiling"]["allow"] == ["values quality"]
    assert "add-extend" not in entry["rules"]["pseudo-profiling"]
    found = run_cli("lint", "--no-cache", "--select", "pseudo-profiling")
    assert cx101_lines(found.stdout) == [8, 9], found.stdout


def test_add_without_extend_adds_to_the_default_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "p.yaml").write_text(PERSONA_EN, encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text('[rules.pseudo-profiling]\nadd-extend = ["zero-waste"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--select", "pseudo-profiling")
    assert cx101_lines(result.stdout) == [9], result.stdout


@pytest.mark.parametrize(("lang", "table", "english", "polish"), [
    ("en", "add-max-age-span = [3]", "cxkit.toml:5:1: rule 'pseudo-profiling' has no option 'add-max-age-span': `add-` "
     "adds to a list option, and 'max-age-span' is none of its list options (its `add-` keys: add-extend, add-allow)", None),
    ("pl", "add-max-age-span = [3]", None, "cxkit.toml:5:1: reguła „pseudo-profiling” nie ma opcji `add-max-age-span`: "
     "`add-` dodaje do opcji, która jest listą, a `max-age-span` nią nie jest (jej klucze `add-`: add-extend, add-allow)"),
    ("en", 'add-extend = "zero-waste"', "cxkit.toml:5:1: rule 'pseudo-profiling', option 'add-extend': it takes a list "
     "of items to add, not \"zero-waste\": write add-extend = [\"…\"]", None),
    ("pl", 'add-extend = ["*"]', None, "cxkit.toml:5:1: reguła „pseudo-profiling”, opcja `add-extend`: wzorzec „*” "
     "pasowałby od „*”, a cxkit szuka frazy po literach"),
])
def test_a_wrong_add_key_is_a_located_error_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, table: str,
                                                english: str | None, polish: str | None) -> None:
    client = _agency(tmp_path, '[rules.pseudo-profiling]\nextend = ["digital-first"]\n',
                     f"[rules.pseudo-profiling]\n{table}\n", lang)
    monkeypatch.chdir(client)
    result = run_cli("lint", "--no-cache")
    assert result.exception is None and result.exit_code == 2 and result.stdout == "", result.stderr
    assert result.stderr.startswith(f"cxkit: {english or polish}"), result.stderr


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "cxkit: ../../house/cxkit.toml:4:1: rule 'stale-review' has no option 'max-age-month' (its options: "
           "severity, enabled, max-age-months, undated); did you mean 'max-age-months'? (used by cxkit.toml, which "
           "extends it)\n"),
    ("pl", "cxkit: ../../house/cxkit.toml:4:1: reguła „stale-review” nie ma opcji `max-age-month` (jej opcje: "
           "severity, enabled, max-age-months, undated); czy chodziło o `max-age-months`? (korzysta z niego cxkit.toml, "
           "który go rozszerza)\n"),
])
def test_a_slip_in_the_shared_config_names_the_client_and_the_option_meant_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str) -> None:
    house = '[rules.pseudo-profiling]\nextend = ["digital-first"]\n[rules.stale-review]\nmax-age-month = 12\n'
    client = _agency(tmp_path, house, "", lang)
    monkeypatch.chdir(client)
    for command in (("lint", "--no-cache"), ("render", "personas/p.yaml")):
        result = run_cli(*command)
        assert result.exception is None and result.exit_code == 2 and result.stdout == "", result.stderr
        assert result.stderr == said


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "cxkit: ../../house/cxkit.toml:1:1: unknown key 'fail-levl'; did you mean 'fail-level'? (used by "
           "cxkit.toml, which extends it)\n"),
    ("pl", "cxkit: ../../house/cxkit.toml:1:1: nieznany klucz `fail-levl`; czy chodziło o `fail-level`? (korzysta z "
           "niego cxkit.toml, który go rozszerza)\n"),
])
def test_an_unknown_key_in_the_shared_config_names_the_client_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str) -> None:
    client = _agency(tmp_path, 'fail-levl = "warning"\n', "", lang)
    monkeypatch.chdir(client)
    result = run_cli("lint", "--no-cache")
    assert result.exception is None and result.exit_code == 2, result.stderr
    assert result.stderr == said


def test_outside_a_repository_the_shared_config_keeps_its_absolute_path_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    client = _agency(tmp_path, 'fail-levl = "warning"\n', "", "en")
    (tmp_path / ".git").rmdir()  # two folders that share no repository: a climb of ../.. would read worse
    monkeypatch.chdir(client)
    result = run_cli("lint", "--no-cache")
    assert result.stderr.startswith(f"cxkit: {(tmp_path / 'house' / 'cxkit.toml').resolve().as_posix()}:1:1: "
                                    "unknown key 'fail-levl'"), result.stderr


@pytest.mark.parametrize(("lang", "pattern", "said"), [
    ("en", "*", "cxkit: cxkit.toml:5:1: rule 'pseudo-profiling', option 'extend': pattern '*' would match from a '*' "
                "on, and cxkit looks for a phrase by the letters its first word starts with, so it never matches; start "
                "it with letters (\"digital*\", \"omni*channel*\"), or leave it out\n"),
    ("en", "(*ish|*y) customer", "cxkit: cxkit.toml:5:1: rule 'pseudo-profiling', option 'extend': pattern "
                                 "'(*ish|*y) customer' would match from a '*' on"),
    ("pl", "*owy klient", "cxkit: cxkit.toml:5:1: reguła „pseudo-profiling”, opcja `extend`: wzorzec „*owy klient” "
                          "pasowałby od „*”, a cxkit szuka frazy po literach, od których zaczyna się jej pierwsze słowo, "
                          "więc nigdy nie pasuje; zacznij go od liter (\"nowoczesn*\", \"cyfrow* klient*\") albo go usuń\n"),
])
def test_a_pattern_that_can_never_match_is_a_located_error_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               lang: str, pattern: str, said: str) -> None:
    client = _agency(tmp_path, "", f'[rules.pseudo-profiling]\nextend = ["digital-first", "{pattern}"]\n', lang)
    monkeypatch.chdir(client)
    result = run_cli("lint", "--no-cache")
    assert result.exception is None and result.exit_code == 2 and result.stdout == "", result.stderr
    assert result.stderr.startswith(said), result.stderr
    # A star after the first letters is a stem, and fine: the phrase is found.
    (client / "cxkit.toml").write_text(f'lang = "{lang}"\n[rules.pseudo-profiling]\nextend = ["energy-sav*", "mobiln* styl*"]\n',
                                       encoding="utf-8")
    fine = run_cli("lint", "--no-cache", "--select", "pseudo-profiling")
    assert fine.exit_code == 1 and cx101_lines(fine.stdout) == [8], fine.stdout + fine.stderr


PERSONA_STARRED = dana("Very greenish at heart", "A solar panel person", doc_id="dana-tariffs")


@pytest.mark.parametrize(("pattern", "found"), [
    ("(very)? *ish", [8]),  # "very greenish": the optional first word starts the match
    ("(*ish|solar) panel person", [9]),  # "solar panel person": one alternative starts with letters
])
def test_a_pattern_that_may_also_start_with_letters_is_taken_as_before_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, found: list[int]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "dana.yaml").write_text(PERSONA_STARRED, encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text(f'lang = "en"\n[rules.pseudo-profiling]\nextend = ["{pattern}"]\n',
                                         encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--select", "pseudo-profiling")
    assert result.exception is None and result.exit_code == 1, result.stderr
    assert cx101_lines(result.stdout) == found, result.stdout  # the pattern's finding, and no other


def _house_team_client(root: Path, team_adds: str, client_table: str, lang: str) -> Path:
    """house (extend ["digital-first"]) <- team (add-extend ``team_adds``) <- team/client (``lang``, its
    [rules.pseudo-profiling] table ``client_table`` from line 4), with an empty personas/.  Returns the client."""
    (root / "house").mkdir()
    (root / "house" / "cxkit.toml").write_text('[rules.pseudo-profiling]\nextend = ["digital-first"]\n',
                                               encoding="utf-8")
    (root / "team").mkdir()
    (root / "team" / "cxkit.toml").write_text(
        f'extend = "../house/cxkit.toml"\n[rules.pseudo-profiling]\nadd-extend = {team_adds}\n', encoding="utf-8")
    client = root / "team" / "client"
    (client / "personas").mkdir(parents=True)
    (client / "cxkit.toml").write_text(
        f'lang = "{lang}"\nextend = "../cxkit.toml"\n[rules.pseudo-profiling]\n{client_table}', encoding="utf-8")
    return client


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "cxkit: cxkit.toml:4:1: rule 'pseudo-profiling', option 'add-extend' item 2: Input should be a valid "
           "string, not 3\n"),
    ("pl", "cxkit: cxkit.toml:4:1: reguła „pseudo-profiling”, opcja `add-extend`, element 2: to ma być tekst w "
           "cudzysłowie, a nie 3\n"),
])
def test_an_added_item_refused_is_counted_in_the_list_its_config_writes_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str) -> None:
    # house -> team (adds two words) -> client (adds "x" and a number): the number is the client's item 2,
    # not item 4 of the list the three configs join, and in a Polish workspace it is said in Polish.
    client = _house_team_client(tmp_path, '["omni*", "zero-waste"]', 'add-extend = ["x", 3]\n', lang)
    monkeypatch.chdir(client)
    result = run_cli("lint", "--no-cache")
    assert result.exception is None and result.exit_code == 2 and result.stdout == "", result.stderr
    assert result.stderr == said


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_list_written_anew_drops_what_the_configs_above_added_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     lang: str) -> None:
    # The team adds "omni*" to the house's words; the client writes its own list and adds to it: the team's
    # addition went with the list it added to, as --show-settings' parts say.
    client = _house_team_client(tmp_path, '["omni*"]', 'extend = ["zero-waste*"]\nadd-extend = ["eko*"]\n', lang)
    monkeypatch.chdir(client)
    result = run_cli("lint", "--show-settings", "-f", "json")
    assert result.exception is None and result.exit_code == 0, result.stderr
    import json

    shown = json.loads(result.stdout)
    entry = shown[0] if isinstance(shown, list) else shown
    assert entry["rules"]["pseudo-profiling"]["extend"] == ["zero-waste*", "eko*"]
    assert entry["rules-from"]["pseudo-profiling"]["extend"] == ['extend ["zero-waste*"] from cxkit.toml',
                                                                 'add-extend ["eko*"] from cxkit.toml']
