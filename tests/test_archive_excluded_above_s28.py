"""A client archived with its own cxkit.toml under a top config that excludes `archive`.

An agency keeps every client in one repository; when a client leaves, its folder is moved to
`archive/` with its config.  A folder scan from the top does not go into `archive/`, so nothing
there is linted; a pull request's `--files-from` list, a pre-commit hook's `--only-documents`
and `cxkit fmt --check --files-from` must skip those files too, and `cxkit cache clear` from the
top clears the cache a run in the archived folder left there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import NEGATIVE_PL, PERSONA_PL, run_cli

#: An old persona, key order as the client wrote it (`id` before `kind`), with a placeholder left in.
ARCHIVED = """\
id: pani-halina-2023
kind: persona
name: Halina Zawadzka
lang: pl
summary: Emerytowana nauczycielka, kupuje nabiał w osiedlowym sklepie co drugi dzień.
goals:
  - TODO uzupełnić po wywiadach
"""


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    top = tmp_path / "agencja"
    (top / ".git").mkdir(parents=True)  # a work tree's top, as a checkout's is
    (top / "cxkit.toml").write_text('# Agency-wide\nexclude = ["archive", "shared/templates"]\n', encoding="utf-8")
    client = top / "clients" / "mleczarnia"
    (client / "personas").mkdir(parents=True)
    (client / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (client / "personas" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (client / "personas" / "janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    old = top / "archive" / "stary-klient"
    (old / "personas").mkdir(parents=True)
    (old / "cxkit.toml").write_text('lang = "pl"\nselect = ["ALL"]\n', encoding="utf-8")
    (old / "personas" / "halina.yaml").write_text(ARCHIVED, encoding="utf-8")
    monkeypatch.chdir(top)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.setenv("COLUMNS", "120")
    for name in ("GITHUB_ACTIONS", "CXKIT_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)
    return top


def _listed(tmp_path: Path, *paths: str) -> str:
    listing = tmp_path / "changed.txt"
    listing.write_text("".join(p + "\n" for p in paths), encoding="utf-8")
    return str(listing)


def test_files_from_skips_archived_client(agency: Path, tmp_path: Path) -> None:
    listing = _listed(tmp_path, "archive/stary-klient/personas/halina.yaml", "clients/mleczarnia/personas/tomek.yaml")
    result = run_cli("lint", "--no-cache", "--format", "json", "--files-from", listing)
    assert result.exception is None
    paths = {f["path"] for f in json.loads(result.stdout)}
    assert not any(p.startswith("archive/") for p in paths), paths


def test_files_from_only_archived_is_nothing_to_check(agency: Path, tmp_path: Path) -> None:
    listing = _listed(tmp_path, "archive/stary-klient/personas/halina.yaml", "archive/stary-klient/cxkit.toml")
    result = run_cli("lint", "--no-cache", "--files-from", listing)
    assert (result.exit_code, result.exception) == (0, None), result.stdout
    assert "Nie ma czego sprawdzać" in result.stdout


def test_only_documents_hook_skips_archived_file(agency: Path) -> None:
    result = run_cli("lint", "--no-cache", "--only-documents", "archive/stary-klient/personas/halina.yaml")
    assert result.exit_code == 0, result.stdout


def test_fmt_check_files_from_skips_archived_file(agency: Path, tmp_path: Path) -> None:
    listing = _listed(tmp_path, "archive/stary-klient/personas/halina.yaml")
    result = run_cli("fmt", "--check", "--files-from", listing)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert (agency / "archive/stary-klient/personas/halina.yaml").read_text(encoding="utf-8") == ARCHIVED


def test_stdin_filename_only_documents_skips_archived_path(agency: Path) -> None:
    from typer.testing import CliRunner

    from cxkit.cli import app

    result = CliRunner().invoke(app, ["lint", "--only-documents", "--stdin-filename",
                                      "archive/stary-klient/personas/halina.yaml", "-"], input=ARCHIVED)
    assert result.exit_code == 0, result.stdout
    assert "Nie ma czego sprawdzać" in result.stdout


def test_guard_named_file_without_only_documents_is_checked(agency: Path) -> None:
    """A file named without --only-documents is checked whatever `exclude` says, as before."""
    result = run_cli("lint", "--no-cache", "--format", "json", "archive/stary-klient/personas/halina.yaml")
    assert result.exit_code == 1
    assert {f["rule"] for f in json.loads(result.stdout)} >= {"placeholder"}


def test_guard_run_inside_archived_client_checks_it(agency: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in the archived client's folder, the scan starts there: the hook checks its files."""
    monkeypatch.chdir(agency / "archive" / "stary-klient")
    result = run_cli("lint", "--no-cache", "--format", "json", "--only-documents", "personas/halina.yaml")
    assert result.exit_code == 1
    assert {f["rule"] for f in json.loads(result.stdout)} >= {"placeholder"}


def test_files_from_in_client_folder_judges_archive_from_the_top(agency: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A CI step run in a client's folder (`working-directory:`) gets git's paths from the top."""
    monkeypatch.chdir(agency / "clients" / "mleczarnia")
    listing = _listed(tmp_path, "archive/stary-klient/personas/halina.yaml")
    result = run_cli("lint", "--no-cache", "--files-from", listing)
    assert result.exit_code == 0, result.stdout


def test_cache_clear_at_top_clears_archived_client_cache(agency: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(agency / "archive" / "stary-klient")
    assert run_cli("lint", "-q").exit_code == 1
    cache = agency / "archive" / "stary-klient" / ".cxkit_cache"
    assert any(cache.iterdir())
    monkeypatch.chdir(agency)
    result = run_cli("cache", "clear")
    assert result.exit_code == 0
    assert "archive/stary-klient/.cxkit_cache" in result.stdout
    assert not cache.exists() or not any(cache.iterdir())
