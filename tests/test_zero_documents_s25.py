"""Runs that would check nothing (tester16 F4): which pass, and which are an error.

- An empty folder, or a workspace with no document yet: exit 0 with a warning, as before (an empty
  workspace is valid: `cxkit init --no-examples`).
- Every folder named on the command line is one `exclude` matches (`cxkit lint drafts`, a
  per-team CI job `cxkit lint teams/b2b/pl` whose folder a pattern matches at any depth): exit 2,
  one line; it passed with a warning, having read nothing.  Beside other paths (`cxkit lint */`)
  such a folder is still left out with a warning, and the rest is checked.
- `exclude` that takes every folder the config's `paths` names, or the workspace's folder itself
  (`exclude = ["**"]`): exit 2 too.
- With `--only-documents`, what a folder scan would check is what is checked, and nothing is no
  error (exit 0), as for named files: hooks pass whatever changed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import run_cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(EXAMPLES / "pl", tmp_path / "pl")
    (tmp_path / "pusty").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint(*args: str):
    result = run_cli("lint", "--no-cache", *args)
    assert result.exception is None, result.exception
    return result


def test_an_empty_folder_still_passes_with_a_warning(ws: Path) -> None:
    result = lint("pusty")
    assert result.exit_code == 0
    assert result.stdout == "Nothing to check: no cxkit documents found.\n"
    assert result.stderr.startswith("cxkit: warning: no cxkit documents found in pusty ")


def test_a_folder_named_alone_that_exclude_matches_is_an_error(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('exclude = ["pl"]\n', encoding="utf-8")
    for fmt in ("text", "json", "gitlab"):
        result = lint("--format", fmt, "pl")
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == (
            "cxkit: nothing to check: pl, the only folder named, is excluded by the configuration (`exclude` in "
            "cxkit.toml); to check its files anyway, name them (cxkit lint pl/journeys/*.yaml pl/personas/*.yaml)\n"
        )
    # Its files named are checked, as always.
    named = lint(*sorted(str(p.relative_to(ws)) for p in (ws / "pl" / "personas").glob("*.yaml")))
    assert named.exit_code == 0 and named.stdout == "All checks passed (3 documents in 3 files).\n"


def test_a_team_folder_matched_at_any_depth_is_an_error(ws: Path) -> None:
    # A monorepo CI job per team: `exclude = ["pl"]` also takes teams/b2b/pl.
    (ws / "teams" / "b2b").mkdir(parents=True)
    shutil.move(str(ws / "pl"), str(ws / "teams" / "b2b" / "pl"))
    (ws / "cxkit.toml").write_text('exclude = ["pl"]\n', encoding="utf-8")
    result = lint("teams/b2b/pl/")
    assert result.exit_code == 2
    assert "nothing to check: teams/b2b/pl, the only folder named, is excluded" in result.stderr


def test_several_folders_named_all_excluded(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('exclude = ["personas", "journeys"]\n', encoding="utf-8")
    result = lint("pl/personas", "pl/journeys")
    assert result.exit_code == 2
    assert result.stderr == (
        "cxkit: nothing to check: every folder named (pl/personas, pl/journeys) is excluded by the configuration "
        "(`exclude` in cxkit.toml); to check their files anyway, name them "
        "(cxkit lint pl/personas/*.yaml pl/journeys/*.yaml)\n"
    )


def test_an_excluded_folder_beside_others_is_still_a_warning(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('exclude = ["journeys"]\n', encoding="utf-8")
    result = lint("pl/journeys", "pl/personas")
    assert result.exit_code == 0
    assert result.stdout == "All checks passed (3 documents in 3 files).\n"
    assert result.stderr.startswith("cxkit: warning: pl/journeys is excluded by the configuration")


def test_with_only_documents_nothing_left_is_no_error(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('exclude = ["pl"]\n', encoding="utf-8")
    result = lint("--only-documents", "pl")
    assert result.exit_code == 0
    assert result.stdout == "Nothing to check: no cxkit documents found.\n"
    assert "pl is excluded by the configuration" in result.stderr


def test_exclude_that_takes_the_whole_workspace_is_an_error(ws: Path) -> None:
    shutil.rmtree(ws / "pusty")
    (ws / "cxkit.toml").write_text('exclude = ["**"]\n', encoding="utf-8")
    result = lint()
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("cxkit: nothing to check: the workspace's folder (.) is excluded by the configuration")
    (ws / "cxkit.toml").write_text('paths = ["pl"]\nexclude = ["pl"]\n', encoding="utf-8")
    result = lint()
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: nothing to check: pl, the only folder `paths` names, is excluded")


def test_folders_in_two_workspaces_all_excluded(ws: Path) -> None:
    # Each folder named lies in a workspace of its own, linted under its own config.
    for team in ("sklep", "serwis"):
        (ws / team).mkdir()
        shutil.copytree(ws / "pl", ws / team / "szkice")
        (ws / team / "cxkit.toml").write_text('exclude = ["szkice"]\n', encoding="utf-8")
    result = lint("sklep/szkice", "serwis/szkice")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "cxkit: nothing to check: every folder named (sklep/szkice, serwis/szkice) is excluded by the configuration "
        "(`exclude` in sklep/cxkit.toml, serwis/cxkit.toml); to check their files anyway, name them "
        "(cxkit lint sklep/szkice/journeys/*.yaml sklep/szkice/personas/*.yaml serwis/szkice/journeys/*.yaml "
        "serwis/szkice/personas/*.yaml)\n"
    )
