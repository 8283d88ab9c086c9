"""`cxkit review` of a change that moves a client, with its config, into the archive the top
config excludes: the archived config is no workspace (nothing there is linted), and the client's
old config is said to have gone with its folder."""

from __future__ import annotations

import pytest

from conftest import NEGATIVE_PL, PERSONA_PL, run_cli
from git_helpers import Repo


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture
def agency(tmp_path, monkeypatch: pytest.MonkeyPatch) -> Repo:
    r = Repo(tmp_path / "agencja")
    r.write("cxkit.toml", '# Agencja\nexclude = ["archive"]\n')
    for client in ("bank-zorza", "mleczarnia"):
        r.write(f"clients/{client}/cxkit.toml", 'lang = "pl"\n')
        r.write(f"clients/{client}/personas/tomek.yaml", PERSONA_PL)
        r.write(f"clients/{client}/personas/janusz.yaml", NEGATIVE_PL)
    r.commit("init")
    (r.root / "archive").mkdir()
    r.git("mv", "clients/bank-zorza", "archive/bank-zorza")
    monkeypatch.chdir(r.root)
    return r


def test_the_archived_config_is_no_workspace(agency: Repo) -> None:
    result = run_cli("review", "main")
    assert result.exception is None
    assert "archive/bank-zorza/cxkit.toml" not in result.stdout
    assert "workspace of its own" not in result.stdout


def test_the_clients_config_went_with_its_folder(agency: Repo) -> None:
    result = run_cli("review", "main")
    # In Polish, as the review is (tests/test_review_polish_words_s34.py).
    assert ("**Konfiguracja:** usunięto `clients/bank-zorza/cxkit.toml` razem z folderem: w `main` pliki tego "
            "folderu sprawdza się z nim.") in result.stdout
    assert "pliki jego folderu sprawdza się z konfiguracją nadrzędną" not in result.stdout
