"""The note of what `exclude` left out names each folder once (session 38).

`cxkit lint archiwum` in a workspace whose cxkit.toml excludes `archiwum/stare` scans the folder named and,
for context, the whole workspace: both met `archiwum/stare` (spelt `archiwum/stare` and `./archiwum/stare`),
and the note listed it twice, its "and N more" counted twice, in English and Polish alike, on every run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from workspace_helpers import OLA


def _ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, exclude: str) -> None:
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\nexclude = [{exclude}]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


def _stderr(*args: str) -> str:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", *args])
    assert result.exit_code == 0, result.output
    return result.stderr


@pytest.mark.parametrize("lang, note", [
    ("en", "cxkit: note: `exclude` left out archiwum/stare (by 'archiwum/stare' in cxkit.toml); name its files to "
           "check them (cxkit lint archiwum/stare/*.yaml)\n"),
    ("pl", "cxkit: uwaga: `exclude` pominął archiwum/stare (przez 'archiwum/stare' w cxkit.toml); wskaż te pliki, by "
           "je sprawdzić (cxkit lint archiwum/stare/*.yaml)\n"),
])
def test_an_excluded_folder_is_named_once_run_after_run_s38(tmp_path, monkeypatch, lang, note) -> None:
    _ws(tmp_path, monkeypatch, lang, '"archiwum/stare"')
    (tmp_path / "archiwum" / "stare").mkdir(parents=True)
    (tmp_path / "archiwum" / "stare" / "ola.yaml").write_text(OLA, encoding="utf-8")
    for _run in range(2):
        assert _stderr("archiwum").endswith(note)  # the folder's own scan and the workspace's scan: one entry
    assert _stderr().endswith(note)  # the workspace scanned alone, as before


def test_from_inside_the_folder_its_shorter_name_is_said_once_s38(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "en", '"archiwum/stare"')
    (tmp_path / "archiwum" / "stare").mkdir(parents=True)
    (tmp_path / "archiwum" / "stare" / "ola.yaml").write_text(OLA, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "archiwum")
    assert _stderr(".").endswith(
        "cxkit: note: `exclude` left out stare (by 'archiwum/stare' in ../cxkit.toml); name its files to check them "
        "(cxkit lint stare/*.yaml)\n")


def test_the_count_past_three_counts_each_folder_once_s38(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "en", '"archiwum/20*"')
    for year in ("2019", "2020", "2021", "2022"):
        (tmp_path / "archiwum" / year).mkdir(parents=True)
        (tmp_path / "archiwum" / year / "ola.yaml").write_text(OLA, encoding="utf-8")
    err = _stderr("archiwum")
    assert ("cxkit: note: `exclude` left out archiwum/2019 (by 'archiwum/20*' in cxkit.toml); archiwum/2020 (by "
            "'archiwum/20*' in cxkit.toml); archiwum/2021 (by 'archiwum/20*' in cxkit.toml); and 1 more; name its files "
            "to check them (cxkit lint archiwum/2019/*.yaml)\n") in err, err
