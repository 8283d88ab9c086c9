"""`cxkit review` judges a pull request by what BASE's configuration would check.

A pull request that adds `personas/agencja/cxkit.toml` with `exclude = ["**"]` beside a new
persona made `review` pass with "No semantic differences": the findings of the new document are
now listed as suppressed by that config, and `--fail-on-suppressed` fails on them.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

AGNIESZKA = """\
kind: persona
id: agnieszka-studio
name: Agnieszka Wrona
lang: pl
reviewed: 2026-11-01
sources: [{id: w1, type: interview, date: 2026-10-01}]
goals:
  - Nagrać odcinek podcastu w domowym studiu bez szumu z ulicy
"""
NEGATIVE = """\
kind: negative-persona
id: hurtownik
name: Hurtownik sprzętu
lang: pl
reasons:
  - Kupuje dla firmy po cenach hurtowych, a sklep sprzedaje detalicznie
"""
#: A persona a pull request adds: last reviewed years ago, so `stale-review` warns.
STALE = AGNIESZKA.replace("agnieszka-studio", "agencja-x").replace("Agnieszka Wrona", "Bartek Zieliński").replace(
    "reviewed: 2026-11-01", "reviewed: 2019-01-01").replace("Nagrać odcinek", "Zmontować odcinek")


@pytest.fixture
def shop(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "pasmo")
    r.write("cxkit.toml", 'paths = ["personas"]\nfail-level = "warning"\n')
    r.write("personas/agnieszka.yaml", AGNIESZKA)
    r.write("personas/hurtownik.yaml", NEGATIVE)
    r.commit("base")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def _review(*args: str) -> tuple[int, dict]:
    result = run_cli("review", "main", "--format", "json", *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def _stale(report: dict) -> list[dict]:
    return [s for s in report["suppressed"] if s["rule"] == "stale-review"]


def test_a_new_workspace_config_that_excludes_a_new_document_is_named_as_suppressing_it(shop):
    shop.git("checkout", "-q", "-b", "pr")
    shop.write("personas/agencja/x.yaml", STALE)
    shop.write("personas/agencja/cxkit.toml", 'exclude = ["**"]\n')
    code, report = _review()
    assert code == 0 and report["introduced"] == []  # suppressed findings do not fail by default
    [stale] = _stale(report)
    assert stale["path"] == "personas/agencja/x.yaml"
    assert stale["suppressed_by"] == {"by": "config", "key": "exclude", "file": "personas/agencja/cxkit.toml"}
    md = run_cli("review", "main").stdout
    assert "| `exclude` w `personas/agencja/cxkit.toml` |" in md  # the suppressed table, in Polish
    code, report = _review("--fail-on-suppressed")
    assert code == 1 and report["failed"] is True and report["failing_suppressed"] >= 1
    md = run_cli("review", "main", "--fail-on-suppressed")
    assert md.exit_code == 1 and "**Wynik:** niezaliczony (`--fail-on-suppressed`): zmiana wycisza " in md.stdout


def test_an_edited_workspace_config_that_ignores_a_rule_is_named(shop):
    shop.write("personas/agencja/cxkit.toml", 'lang = "pl"\n')
    shop.write("personas/agencja/x.yaml", STALE)
    shop.commit("client folder, stale persona reported")
    shop.git("checkout", "-q", "-b", "pr")
    shop.write("personas/agencja/cxkit.toml", 'lang = "pl"\nignore = ["stale-review"]\n')
    code, report = _review()
    assert code == 0
    [stale] = _stale(report)
    assert stale["suppressed_by"] == {"by": "config", "key": "ignore", "file": "personas/agencja/cxkit.toml"}
    assert stale["reported_in_base"] is True
    assert _review("--fail-on-suppressed")[0] == 1


def test_an_unchanged_workspace_config_suppresses_nothing_new(shop):
    """A guard: a client's config that the change leaves as it is keeps its exclude without a word."""
    shop.write("personas/agencja/cxkit.toml", 'exclude = ["szkice"]\n')
    shop.write("personas/agencja/szkice/x.yaml", STALE)
    shop.commit("client with drafts")
    shop.git("checkout", "-q", "-b", "pr")
    shop.write("personas/agencja/szkice/x.yaml", STALE.replace("Zmontować", "Wyciąć"))
    code, report = _review("--fail-on-suppressed")
    assert (code, report["suppressed"], report["failed"]) == (0, [], False)


def test_fail_on_suppressed_fails_on_a_disable_file_comment_too_and_not_on_info(shop):
    shop.git("checkout", "-q", "-b", "pr")
    shop.write("personas/nowa.yaml", "# cxkit: disable-file=ALL\n" + STALE)
    code, report = _review()
    assert code == 0 and _stale(report)
    assert _review("--fail-on-suppressed")[0] == 1
    # At `fail-level = "error"` a silenced warning fails nothing.
    assert _review("--fail-on-suppressed", "--fail-level", "error")[0] == 0
