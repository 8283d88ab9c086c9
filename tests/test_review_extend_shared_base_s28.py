"""`cxkit review` and `cxkit diff` of a repository whose client config extends a shared base file that
is no workspace's config (`extend = "../../shared/cxkit-base.toml"`): each side is read with that
side's base, as lint reads it, instead of stopping at "no such file" (exit 2)."""

from __future__ import annotations

import json

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
    r.write("cxkit.toml", 'exclude = ["archive", "shared"]\n')
    r.write("shared/cxkit-base.toml", 'lang = "pl"\n')
    r.write("clients/apteka-zdrowie/cxkit.toml", 'extend = "../../shared/cxkit-base.toml"\n')
    r.write("clients/apteka-zdrowie/personas/tomek.yaml", PERSONA_PL)
    r.write("clients/apteka-zdrowie/personas/janusz.yaml", NEGATIVE_PL)
    r.commit("init")
    monkeypatch.chdir(r.root)
    return r


def _lint_count() -> int:
    result = run_cli("lint", "--no-cache", "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    return len(json.loads(result.stdout))


def test_review_reads_each_side_with_its_own_shared_base(agency: Repo) -> None:
    before = _lint_count()
    assert before > 0
    agency.write("shared/cxkit-base.toml", 'lang = "pl"\nignore = ["ALL"]\n')
    assert _lint_count() == 0
    result = run_cli("review", "main")
    assert (result.exit_code, result.exception) == (0, None), result.stdout + result.stderr
    assert "no such file" not in result.stderr, result.stderr
    assert f"0 findings introduced, {before} fixed; {before} before, 0 after." in result.stdout, result.stdout


def test_diff_of_a_revision_whose_client_extends_a_shared_base(agency: Repo) -> None:
    agency.write("clients/apteka-zdrowie/personas/tomek.yaml", PERSONA_PL.replace("Kraków", "Żywiec"))
    result = run_cli("diff", "main")
    assert result.exception is None
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "no such file" not in result.stderr, result.stderr


def test_review_from_a_client_folder_reads_the_revisions_config_with_what_it_extends(
    agency: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    agency.write("clients/apteka-zdrowie/cxkit.toml", 'extend = "../../cxkit.toml"\nlang = "pl"\n')
    agency.commit("the client takes the agency's settings")
    agency.write("cxkit.toml", 'exclude = ["archive", "shared"]\nignore = ["ALL"]\n')
    monkeypatch.chdir(agency.root / "clients" / "apteka-zdrowie")
    result = run_cli("review", "main")
    assert (result.exit_code, result.exception) == (0, None), result.stdout + result.stderr
    assert "not valid" not in result.stdout + result.stderr, result.stdout
    assert "**Konfiguracja:** zmieniono `cxkit.toml` (`ignore`)" in result.stdout, result.stdout  # in Polish, as the review is
