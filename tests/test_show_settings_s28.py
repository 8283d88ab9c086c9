"""`cxkit lint --show-settings PATH`: the config in force for a file, and the settings it gives.

An agency repository with a config per client, one in pyproject.toml, one in a subfolder that
extends its client's, and an archive the top config excludes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import NEGATIVE_PL, PERSONA_EN, PERSONA_PL, run_cli


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    top = tmp_path / "agencja"
    (top / ".git").mkdir(parents=True)
    (top / "cxkit.toml").write_text('exclude = ["archive"]\n', encoding="utf-8")
    browar = top / "clients" / "browar-zdroj"
    (browar / "personas" / "legacy").mkdir(parents=True)
    (browar / "szkice").mkdir()
    (browar / "cxkit.toml").write_text(
        'lang = "pl"\nignore = ["missing-review-date"]\nexclude = ["szkice"]\n\n'
        '[per-file-ignores]\n"legacy/*.yaml" = ["missing-sources"]\n', encoding="utf-8")
    (browar / "personas" / "legacy" / "cxkit.toml").write_text(
        'extend = "../../cxkit.toml"\n\n[rules.stale-review]\nenabled = false\n', encoding="utf-8")
    (browar / "personas" / "legacy" / "stary-piwosz.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (browar / "personas" / "janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    (browar / "szkice" / "nowy.yaml").write_text(PERSONA_PL, encoding="utf-8")
    nordic = top / "clients" / "nordic-outdoor"
    (nordic / "personas").mkdir(parents=True)
    (nordic / "pyproject.toml").write_text('[project]\nname = "nordic"\n\n[tool.cxkit]\nlang = "en"\n', encoding="utf-8")
    (nordic / "personas" / "ava.yaml").write_text(PERSONA_EN, encoding="utf-8")
    old = top / "archive" / "stary-klient"
    (old / "personas").mkdir(parents=True)
    (old / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (old / "personas" / "halina.yaml").write_text(PERSONA_PL, encoding="utf-8")
    monkeypatch.chdir(top)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return top


def _settings(*paths: str) -> list[dict[str, object]]:
    result = run_cli("lint", "--show-settings", "--format", "json", *paths)
    assert (result.exit_code, result.exception) == (0, None), result.stdout + result.stderr
    return json.loads(result.stdout)


def test_a_file_under_a_config_that_extends_its_clients(agency: Path) -> None:
    [entry] = _settings("clients/browar-zdroj/personas/legacy/stary-piwosz.yaml")
    assert entry["config"] == "clients/browar-zdroj/personas/legacy/cxkit.toml"
    assert entry["extends"] == ["clients/browar-zdroj/cxkit.toml"]
    assert entry["lang"] == "pl"
    assert entry["ignore"] == ["missing-review-date"]
    assert entry["per-file-ignores-here"] == ["missing-sources"]
    assert entry["rules-written"] == {"stale-review": {"enabled": False}}
    # In force: the table written over the rule's defaults.
    assert entry["rules"]["stale-review"] == {"max-age-months": 12, "undated": True, "enabled": False}
    assert entry["excluded"] is None


def test_the_text_names_the_chain_and_the_settings(agency: Path) -> None:
    result = run_cli("lint", "--show-settings", "clients/nordic-outdoor/personas/ava.yaml")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:3] == [
        "clients/nordic-outdoor/personas/ava.yaml:",
        "  config: clients/nordic-outdoor/pyproject.toml",
        "  excluded: no",
    ]
    assert "  lang: en" in result.stdout.splitlines()


def test_an_excluded_file_says_by_which_config(agency: Path) -> None:
    draft, archived = _settings("clients/browar-zdroj/szkice/nowy.yaml", "archive/stary-klient/personas/halina.yaml")
    assert draft["excluded"] == {"pattern": "szkice", "config": "clients/browar-zdroj/cxkit.toml", "named": "checked",
                                 "key": "exclude"}
    assert archived["config"] == "archive/stary-klient/cxkit.toml"
    assert archived["excluded"] == {"pattern": "archive", "config": "cxkit.toml", "named": "checked", "key": "exclude"}
    result = run_cli("lint", "--show-settings", "archive/stary-klient/personas/halina.yaml")
    assert "excluded: yes, by 'archive' in the exclude of cxkit.toml" in result.stdout


def test_nothing_is_linted_and_a_missing_path_is_a_usage_error(agency: Path) -> None:
    result = run_cli("lint", "--show-settings", "clients/browar-zdroj/personas/nowa.yaml")
    assert result.exit_code == 2
    assert "nowa.yaml" in result.stderr
    assert not (agency / "clients" / "browar-zdroj" / ".cxkit_cache").exists()
