"""`cxkit lint --show-settings`: what it says of an excluded path matches what lint does with it.

An agency repository: the top config excludes `archive/` (an archived client keeps its own
cxkit.toml there), a client excludes its drafts, and a client's subfolder config `extend`s the
client's, taking that `exclude` over.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import NEGATIVE_PL, PERSONA_PL, run_cli


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    top = tmp_path / "agencja kreatywna"
    (top / ".git").mkdir(parents=True)
    (top / "cxkit.toml").write_text('exclude = ["archive"]\n', encoding="utf-8")
    old = top / "archive" / "stary-klient"
    (old / "personas").mkdir(parents=True)
    (old / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (old / "personas" / "halina.yaml").write_text(PERSONA_PL, encoding="utf-8")
    apteka = top / "clients" / "apteka-zdrowie"
    (apteka / "personas" / "szkice").mkdir(parents=True)
    (apteka / "cxkit.toml").write_text('lang = "pl"\nexclude = ["personas/szkice"]\n', encoding="utf-8")
    (apteka / "personas" / "cxkit.toml").write_text(
        'extend = "../cxkit.toml"\n\n[rules.stale-review]\nenabled = false\n', encoding="utf-8")
    (apteka / "personas" / "szkice" / "grażyna łęcka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (apteka / "personas" / "janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    monkeypatch.chdir(top)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return top


def _settings(*paths: str) -> list[dict[str, object]]:
    result = run_cli("lint", "--show-settings", "--format", "json", *paths)
    assert (result.exit_code, result.exception) == (0, None), result.stdout + result.stderr
    return json.loads(result.stdout)


def test_a_named_archived_client_folder_is_said_to_be_checked_as_lint_checks_it(agency: Path) -> None:
    [entry] = _settings("archive/stary-klient")
    assert entry["excluded"] == {"pattern": "archive", "config": "cxkit.toml", "named": "checked", "key": "exclude"}
    text = run_cli("lint", "--show-settings", "archive/stary-klient").stdout
    assert "named, it is checked under its own config all the same" in text
    assert "skipped" not in text
    linted = run_cli("lint", "--no-cache", "archive/stary-klient")
    assert "sprawdzono 1 dokument." in linted.stdout, linted.stdout + linted.stderr  # a Polish workspace


def test_an_excluded_folder_of_its_own_config_is_said_to_be_skipped_as_lint_skips_it(agency: Path) -> None:
    [entry] = _settings("clients/apteka-zdrowie/personas/szkice")
    assert entry["excluded"]["named"] == "skipped"  # type: ignore[index]
    assert run_cli("lint", "--no-cache", "clients/apteka-zdrowie/personas/szkice").exit_code == 2


def test_an_extended_exclude_is_named_as_written_in_the_config_that_writes_it(agency: Path) -> None:
    [folder, file] = _settings("clients/apteka-zdrowie/personas/szkice",
                               "clients/apteka-zdrowie/personas/szkice/grażyna łęcka.yaml")
    assert folder["config"] == file["config"] == "clients/apteka-zdrowie/personas/cxkit.toml"
    want = {"pattern": "personas/szkice", "config": "clients/apteka-zdrowie/cxkit.toml"}
    assert {k: folder["excluded"][k] for k in want} == want  # type: ignore[index]
    assert file["excluded"] == {**want, "named": "checked", "key": "exclude"}
    text = run_cli("lint", "--show-settings", "clients/apteka-zdrowie/personas/szkice/grażyna łęcka.yaml").stdout
    assert "excluded: yes, by 'personas/szkice' in the exclude of clients/apteka-zdrowie/cxkit.toml" in text
