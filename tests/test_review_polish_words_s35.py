"""A Polish review's last English words: the sentence under a new document a client config the change
brings leaves out (Markdown), and where a finding is in its document (`(in goals[0].text)`, text)."""

from __future__ import annotations

import pytest

from conftest import run_cli
from git_helpers import Repo, committed, needs_git, reviewed_persona

pytestmark = needs_git

OLA = reviewed_persona("ola-nowak", "Ola Nowak", "Kupić sofę bez wizyty w salonie")
JAN = reviewed_persona("jan-kos", "Jan Kos", "Chce oszczędzać czas i pieniądze")
ANNA = """\
kind: persona
id: anna-smith
name: Anna Smith
lang: en
reviewed: 2026-11-01
sources: [{id: w1, type: interview, date: 2026-10-01}]
goals:
  - Buy a sofa without visiting a showroom
"""


@pytest.fixture
def shop(tmp_path, monkeypatch) -> Repo:
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    return committed(tmp_path / "meble", monkeypatch, {"personas/agencja/ola.yaml": OLA})


def _changes(stdout: str) -> str:
    return stdout.split("### Zmiany" if "### Zmiany" in stdout else "### Changes", 1)[1]


def test_a_polish_document_a_new_client_config_leaves_out_is_said_so_in_polish(shop):
    """Fails before: `Left out of the workspace by … a client config the change adds or edits; the configs
    as `HEAD` has them compare it.` under a Polish document's Polish heading."""
    shop.write("personas/agencja/jan.yaml", JAN)
    shop.write("personas/agencja/cxkit.toml", 'exclude = ["jan.yaml"]\n')
    result = run_cli("review", "HEAD", "-f", "markdown", "--no-cache")
    assert result.exception is None, result.exception
    changes = _changes(result.stdout)
    assert ("Poza obszarem roboczym z powodu `exclude` w `personas/agencja/cxkit.toml`, konfiguracji klienta, "
            "którą zmiana dodaje lub zmienia; konfiguracje w wersji `HEAD` porównują ten plik.") in changes
    assert "Left out" not in changes and "client config" not in changes


def test_an_english_document_a_new_client_config_leaves_out_keeps_its_english_sentence(shop):
    shop.write("personas/agencja/anna.yaml", ANNA)
    shop.write("personas/agencja/cxkit.toml", 'exclude = ["anna.yaml"]\n')
    changes = _changes(run_cli("review", "HEAD", "-f", "markdown", "--no-cache").stdout)
    assert ("Left out of the workspace by `exclude` in `personas/agencja/cxkit.toml`, a client config the change "
            "adds or edits; the configs as `HEAD` has them compare it.") in changes


def test_a_polish_text_review_says_where_a_finding_is_in_polish(shop):
    """Fails before: `… [pseudo-profiling] (in goals[1])` in a review whose every other word is Polish."""
    shop.write("personas/agencja/ola.yaml", OLA + "  - Ceni jakość\n")
    result = run_cli("review", "HEAD", "-f", "text", "--no-cache")
    assert result.exit_code == 1, result.stdout
    line = next(x for x in result.stdout.splitlines() if "[pseudo-profiling]" in x)
    assert line.startswith("personas/agencja/ola.yaml:9:5: ") and line.endswith(" (miejsce: Cele #2)"), line
    assert "(in " not in result.stdout


def test_an_english_text_review_still_says_in(shop):
    shop.write("personas/anna.yaml", ANNA + "  - Values quality\n")
    result = run_cli("review", "HEAD", "-f", "text", "--no-cache")
    line = next(x for x in result.stdout.splitlines() if "[pseudo-profiling]" in x)
    assert line.endswith(" (in Goals #2)"), line  # named as the changes name places, counted from 1 (s36); JSON keeps data_path


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_text_and_html_name_the_client_config_that_leaves_a_new_document_out(shop, fmt):
    """Fails before: only the Markdown report said it; the text and the HTML page listed the new
    document as plainly added, the config that keeps it out of the workspace nowhere under the changes."""
    shop.write("personas/agencja/jan.yaml", JAN)
    shop.write("personas/agencja/cxkit.toml", 'exclude = ["jan.yaml"]\n')
    out = run_cli("review", "HEAD", "-f", fmt, "--no-cache").stdout
    q = "&#x27;" if fmt == "html" else "'"
    assert (f"Poza obszarem roboczym z powodu `exclude` w {q}personas/agencja/cxkit.toml{q}, konfiguracji klienta, "
            f"którą zmiana dodaje lub zmienia; konfiguracje w wersji {q}HEAD{q} porównują ten plik.") in out, out


def test_an_english_text_review_names_the_client_config_in_english(shop):
    shop.write("personas/agencja/anna.yaml", ANNA)
    shop.write("personas/agencja/cxkit.toml", 'exclude = ["anna.yaml"]\n')
    out = run_cli("review", "HEAD", "-f", "text", "--no-cache").stdout
    added = out.split("+ anna-smith  personas/agencja/anna.yaml  new persona \"Anna Smith\"\n", 1)[1]
    assert added.startswith("  Left out of the workspace by `exclude` in 'personas/agencja/cxkit.toml', a client config the "
                            "change adds or edits; the configs as 'HEAD' has them compare it.\n"), out
