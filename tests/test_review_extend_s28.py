"""`cxkit review` of a repository whose folder config extends its client's (`extend = "../../cxkit.toml"`):
the revision's config is valid (no note that it is not), and adding `extend` is told as the settings
it changes."""

from __future__ import annotations

import pytest

from conftest import NEGATIVE_PL, PERSONA_PL, run_cli
from git_helpers import Repo

LEGACY = '# persony z 2023\n[rules.stale-review]\nenabled = false\n'


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture
def browar(tmp_path, monkeypatch: pytest.MonkeyPatch) -> Repo:
    r = Repo(tmp_path / "agencja")
    r.write("clients/browar-zdroj/cxkit.toml", 'lang = "pl"\nignore = ["missing-review-date"]\n')
    r.write("clients/browar-zdroj/personas/tomek.yaml", PERSONA_PL)
    r.write("clients/browar-zdroj/personas/janusz.yaml", NEGATIVE_PL)
    r.write("clients/browar-zdroj/personas/legacy/cxkit.toml", LEGACY)
    r.write("clients/browar-zdroj/personas/legacy/stary.yaml", PERSONA_PL.replace("tomek-audiofil", "stary-piwosz"))
    r.commit("init")
    monkeypatch.chdir(r.root)
    return r


def test_adding_extend_is_told_as_the_settings_it_brings(browar: Repo) -> None:
    browar.write("clients/browar-zdroj/personas/legacy/cxkit.toml", 'extend = "../../cxkit.toml"\n' + LEGACY)
    result = run_cli("review", "main")
    assert result.exception is None
    assert ("**Configuration:** `clients/browar-zdroj/personas/legacy/cxkit.toml` changed (`ignore`, `lang`)"
            in result.stdout), result.stdout
    assert "removed" not in result.stdout


def test_a_revision_whose_config_extends_is_valid_there(browar: Repo) -> None:
    browar.write("clients/browar-zdroj/personas/legacy/cxkit.toml", 'extend = "../../cxkit.toml"\n' + LEGACY)
    browar.commit("extend")
    browar.write("clients/browar-zdroj/personas/legacy/stary.yaml",
                 PERSONA_PL.replace("tomek-audiofil", "stary-piwosz").replace("Kraków", "Żywiec"))
    result = run_cli("review", "main")
    assert result.exception is None
    assert "not valid" not in result.stderr and "bad value" not in result.stderr, result.stderr
    assert "**Configuration:**" not in result.stdout
