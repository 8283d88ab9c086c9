"""`cxkit review`: a document that a client config added in the pull request leaves out is listed under
Changes, with the config that leaves it out, not hidden behind "No semantic differences"."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo, committed, needs_git, reviewed_persona

pytestmark = needs_git

OLA = reviewed_persona("ola-nowak", "Ola Nowak", "Kupić sofę bez wizyty w salonie")
HURTOWNIK = """\
kind: negative-persona
id: hurtownik
name: Hurtownik
lang: pl
reviewed: 2026-11-01
sources: [{id: w1, type: interview, date: 2026-10-01}]
reasons: [Kupuje hurtowo, na fakturę firmy]
"""
JAN = OLA.replace("ola-nowak", "jan-kos").replace("Ola Nowak", "Jan Kos").replace(
    "Kupić sofę bez wizyty w salonie", "Chce oszczędzać czas i pieniądze")


@pytest.fixture
def shop(tmp_path, monkeypatch) -> Repo:
    return committed(tmp_path / "meble", monkeypatch, {"personas/agencja/ola.yaml": OLA, "personas/hurtownik.yaml": HURTOWNIK})


def changes_section(stdout: str) -> str:
    """What follows the changes' heading, of an English review or a Polish one (*Zmiany*)."""
    return stdout.split("### Zmiany" if "### Zmiany" in stdout else "### Changes", 1)[1]


def test_a_new_document_a_new_client_config_excludes_is_listed_as_added(shop):
    shop.write("personas/agencja/jan.yaml", JAN)
    shop.write("personas/agencja/cxkit.toml", 'exclude = ["jan.yaml"]\n')
    result = run_cli("review", "HEAD")
    changes = changes_section(result.stdout)
    assert "No semantic differences" not in changes
    assert "1 dokument różni się (1 dodany)." in changes
    assert "#### `jan-kos` · `personas/agencja/jan.yaml` (dodany)" in changes
    assert ("Poza obszarem roboczym z powodu `exclude` w `personas/agencja/cxkit.toml`, konfiguracji klienta, "
            "którą zmiana dodaje lub zmienia; konfiguracje w wersji `HEAD` porównują ten plik.") in changes
    # Its finding is still the suppressed one, named by the same config.
    assert "| `exclude` w `personas/agencja/cxkit.toml` |" in result.stdout.split("### Zmiany")[0]
    report = json.loads(run_cli("review", "HEAD", "-f", "json").stdout)
    assert [(c["op"], c["file"], c["path"], c["kept_out_by"]) for c in report["changes"]] == [
        ("added", "personas/agencja/jan.yaml", "", {"key": "exclude", "file": "personas/agencja/cxkit.toml"})]


def test_a_document_base_had_names_the_config_that_leaves_it_out(shop):
    shop.write("personas/agencja/ola.yaml", OLA.replace("Kupić sofę bez wizyty w salonie", "Chce oszczędzać czas"))
    shop.write("personas/agencja/cxkit.toml", 'exclude = ["*.yaml"]\n')
    changes = changes_section(run_cli("review", "HEAD").stdout)
    assert ("poza tym, co porównuje konfiguracja (`exclude` w `personas/agencja/cxkit.toml`, konfiguracji klienta, "
            "którą zmiana dodaje lub zmienia), a treść tam zmieniono.") in changes


def test_a_document_the_config_already_left_out_in_base_is_no_change(shop):
    shop.write("personas/agencja/cxkit.toml", 'exclude = ["jan.yaml"]\n')
    shop.commit("agency config")
    shop.write("personas/agencja/jan.yaml", JAN)
    shop.write("personas/agencja/cxkit.toml", 'exclude = ["jan.yaml"]\nlang = "pl"\n')
    changes = changes_section(run_cli("review", "HEAD").stdout)
    assert "jan" not in changes and "No semantic differences" in changes


def test_a_new_client_config_that_leaves_nothing_out_adds_nothing(shop):
    shop.write("personas/agencja/jan.yaml", JAN)
    shop.write("personas/agencja/cxkit.toml", 'lang = "pl"\n')
    changes = changes_section(run_cli("review", "HEAD").stdout)
    assert "#### `jan-kos` · `personas/agencja/jan.yaml` (dodany)" in changes
    assert "Left out of the workspace" not in changes and "Poza obszarem roboczym" not in changes
