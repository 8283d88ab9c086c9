"""`cxkit render FOLDER`'s duplicate-id warning speaks each workspace's language: Polish where its config
says `lang = "pl"` (lint's Polish message of CX003), English elsewhere, in one run over both."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from workspace_helpers import SARAH, lang_workspace

EWA = """\
kind: persona
id: ewa-ksiegowa
name: Ewa Księgowa
lang: pl
summary: Prowadzi biuro rachunkowe w Poznaniu i obsługuje 62 klientów
behaviours:
  - Wysyła JPK do 25. dnia miesiąca, zwykle wieczorem
reviewed: 2026-11-20
"""


def _client(root: Path, name: str, lang: str, files: dict[str, str]) -> None:
    lang_workspace(root / name, lang, files)


def _render(root: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["render", "."], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stderr.splitlines()


def test_each_workspace_is_warned_in_its_own_language_s37(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    _client(tmp_path, "biuro", "pl", {"ewa.yaml": EWA, "ewa-kopia.yaml": EWA})
    _client(tmp_path, "leeds", "en", {"sarah.yaml": SARAH, "sarah-copy.yaml": SARAH})
    assert sorted(_render(tmp_path, monkeypatch)) == [
        "cxkit: ostrzeżenie: biuro/personas/ewa-kopia.yaml:2:5: id „ewa-ksiegowa” występuje też w "
        "biuro/personas/ewa.yaml:2; identyfikatory muszą być niepowtarzalne w całym obszarze roboczym "
        "(CX003 duplicate-id); przegląd pokazuje każdą kopię",
        "cxkit: warning: leeds/personas/sarah-copy.yaml:2:5: id 'sarah-bookkeeper' is also used by "
        "leeds/personas/sarah.yaml:2; ids must be unique across the workspace (CX003 duplicate-id); "
        "the overview lists every copy",
    ]


def test_two_mergetool_copies_are_named_in_the_plural_s37(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _client(tmp_path, "biuro", "pl", {"ewa.yaml": EWA, "ewa_BASE_77.yaml": EWA, "ewa_REMOTE_77.yaml": EWA})
    [line] = _render(tmp_path / "biuro", monkeypatch)
    assert line.startswith("cxkit: ostrzeżenie: personas/ewa.yaml:2:5: id „ewa-ksiegowa” występuje też w ")
    assert line.endswith("; personas/ewa_BASE_77.yaml i personas/ewa_REMOTE_77.yaml to kopie, które git mergetool "
                         "zostawia obok scalonego pliku: usuń je po zakończeniu scalania")
