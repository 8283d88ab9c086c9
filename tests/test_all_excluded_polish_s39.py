"""A run whose every folder `exclude` leaves out (`cxkit lint szkice`, a CI job's folder a pattern matches) is a
usage error, exit 2; in a `lang = "pl"` workspace it was said in English ("nothing to check: szkice, the only folder
named, is excluded by the configuration …") although its twin, the warning of one such folder beside others, is
Polish (session 39, review101). Now in Polish for lint, fmt and diff; English as it was; a pattern a config takes
over through `extend` keeps the message English whole (its origin is told in English words).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

OLA = """\
kind: persona
id: ola-stara
name: Ola Nowak
lang: pl
summary: Klientka, która co roku w marcu odnawia polisę OC samochodu przez aplikację ubezpieczyciela.
goals:
  - Odnowić polisę w kwadrans, bez dzwonienia na infolinię
"""


def _ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, more: str = "") -> None:
    enter_workspace(tmp_path, monkeypatch, config=f'lang = "{lang}"\nexclude = ["szkice", "stare"]\n{more}',
                    git_identity=True, files={"personas/ola.yaml": OLA, "szkice/ola.yaml": OLA, "stare/ola.yaml": OLA})


@pytest.mark.parametrize("args, pl, en", [
    (("lint", "szkice"),
     "cxkit: nie ma czego sprawdzać: `exclude` w cxkit.toml pomija szkice, jedyny wskazany folder; by mimo to sprawdzić "
     "jego pliki, wskaż je (cxkit lint szkice/*.yaml)\n",
     "cxkit: nothing to check: szkice, the only folder named, is excluded by the configuration (`exclude` in "
     "cxkit.toml); to check its files anyway, name them (cxkit lint szkice/*.yaml)\n"),
    (("fmt", "szkice", "stare"),
     "cxkit: nie ma czego formatować: `exclude` w cxkit.toml pomija każdy wskazany folder (szkice, stare); by mimo to "
     "sformatować ich pliki, wskaż je (cxkit fmt szkice/*.yaml stare/*.yaml)\n",
     "cxkit: nothing to format: every folder named (szkice, stare) is excluded by the configuration (`exclude` in "
     "cxkit.toml); to format their files anyway, name them (cxkit fmt szkice/*.yaml stare/*.yaml)\n"),
    (("fmt", "--check", "szkice"),
     "cxkit: nie ma czego sprawdzać: `exclude` w cxkit.toml pomija szkice, jedyny wskazany folder; by mimo to sprawdzić "
     "jego pliki, wskaż je (cxkit fmt --check szkice/*.yaml)\n",
     "cxkit: nothing to check: szkice, the only folder named, is excluded by the configuration (`exclude` in "
     "cxkit.toml); to check its files anyway, name them (cxkit fmt --check szkice/*.yaml)\n"),
], ids=["lint", "fmt-two", "fmt-check"])
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_every_folder_named_excluded_in_the_config_language_s39(tmp_path, monkeypatch, lang, args, pl, en) -> None:
    _ws(tmp_path, monkeypatch, lang)
    result = run_cli(*args)
    assert result.exit_code == 2, result.stderr
    assert result.stderr == (pl if lang == "pl" else en)
    assert Path("szkice/ola.yaml").read_text(encoding="utf-8") == OLA  # nothing formatted


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_the_folders_paths_name_excluded_in_the_config_language_s39(tmp_path, monkeypatch, lang) -> None:
    _ws(tmp_path, monkeypatch, lang, 'paths = ["szkice", "stare"]\n')
    result = run_cli("lint")
    assert result.exit_code == 2, result.stderr
    assert result.stderr == (
        "cxkit: nie ma czego sprawdzać: `exclude` w cxkit.toml pomija każdy folder z `paths` (szkice, stare); by mimo to "
        "sprawdzić ich pliki, wskaż je (cxkit lint szkice/*.yaml stare/*.yaml)\n" if lang == "pl" else
        "cxkit: nothing to check: every folder `paths` names (szkice, stare) is excluded by the configuration (`exclude` "
        "in cxkit.toml); to check their files anyway, name them (cxkit lint szkice/*.yaml stare/*.yaml)\n")


@pytest.mark.skipif(shutil.which("git") is None, reason="git missing")
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_diff_of_an_excluded_glob_in_the_config_language_s39(tmp_path, monkeypatch, lang) -> None:
    _ws(tmp_path, monkeypatch, lang)
    for git in (["init", "-q", "."], ["add", "-A"], ["commit", "-q", "-m", "polisy"]):
        subprocess.run(["git", *git], check=True)
    result = run_cli("diff", "HEAD", "--", "szkice/*.yaml")
    assert result.exit_code == 2, result.stderr
    assert result.stderr == (
        "cxkit: nie ma czego porównywać: `exclude` w cxkit.toml pomija szkice, jedyny wskazany folder; by mimo to porównać "
        "jego pliki, wskaż je (cxkit diff HEAD -- szkice/*.yaml, bez cudzysłowów, by powłoka wymieniła każdy plik)\n"
        if lang == "pl" else
        "cxkit: nothing to compare: szkice, the only folder named, is excluded by the configuration (`exclude` in "
        "cxkit.toml); to compare its files anyway, name them (cxkit diff HEAD -- szkice/*.yaml, unquoted, so that the "
        "shell names each file)\n")


def test_a_pattern_taken_over_through_extend_keeps_the_message_english_whole_s39(tmp_path, monkeypatch) -> None:
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\nexclude = ["klient/szkice"]\n',
                    files={"klient/cxkit.toml": 'extend = "../cxkit.toml"\nlang = "pl"\n',
                           "klient/personas/ola.yaml": OLA, "klient/szkice/ola.yaml": OLA})
    monkeypatch.chdir(tmp_path / "klient")
    result = run_cli("lint", "szkice")
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith("cxkit: nothing to check: szkice, the only folder named, is excluded"), result.stderr
    assert "nie ma czego" not in result.stderr
