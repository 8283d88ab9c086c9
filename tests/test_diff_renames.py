"""Documents renamed: a folder moved with the configured `paths`; for `cxkit diff` (revisions,
ranges, the index) and `cxkit review`."""

from __future__ import annotations

import json
import subprocess

import pytest

from conftest import run_cli
from git_helpers import Repo

pytestmark = pytest.mark.skipif(subprocess.run(["git", "--version"], capture_output=True).returncode != 0, reason="git missing")

OLA = """\
kind: persona
id: ola
name: Ola Nowak
lang: pl
reviewed: 2026-11-01
sources: [{id: s, type: survey, date: 2026-10-01}]
goals:
  - Ceni jakość i mieszka w dużym mieście
"""
KAMIL = """\
kind: negative-persona
id: kamil
name: Kamil
lang: pl
reviewed: 2026-11-01
reasons: [Kupuje tylko na Black Friday w Media Markt]
sources: [{id: s, type: survey, date: 2026-10-01}]
"""


def changes_of(*args: str) -> tuple[int, list[dict]]:
    result = run_cli("diff", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, (json.loads(result.stdout) if result.stdout.strip() else [])


def review_json(*args: str) -> dict:
    result = run_cli("review", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def summary(changes: list[dict]) -> list[tuple]:
    return [(c["document"], c["op"], c["path"], c["old"], c["new"]) for c in changes]


@pytest.fixture
def moved(tmp_path, monkeypatch) -> Repo:
    """Two documents in `personas/` (the configured `paths`), moved to `research/personas/` with the config."""
    r = Repo(tmp_path / "persony")
    r.write("personas/ola.yaml", OLA)
    r.write("personas/kamil.yaml", KAMIL)
    r.write("cxkit.toml", 'paths = ["personas"]\n')
    r.commit("Persony")
    (r.root / "research").mkdir()
    r.git("mv", "personas", "research/personas")
    r.write("cxkit.toml", 'paths = ["research/personas"]\n')
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


MOVED = [
    ("kamil", "moved", "", "personas/kamil.yaml", "research/personas/kamil.yaml"),
    ("ola", "moved", "", "personas/ola.yaml", "research/personas/ola.yaml"),
]


# --- 1. each side with the `paths` of its own configuration ---------------------------------------


def test_a_folder_moved_with_the_configured_paths_is_documents_moved(moved):
    assert summary(changes_of("HEAD")[1]) == MOVED


def test_the_index_is_read_with_the_configuration_as_staged(moved):
    moved.git("add", "cxkit.toml")
    assert summary(changes_of("--cached")[1]) == MOVED


def test_two_revisions_and_a_range_are_each_read_with_their_own_paths(moved):
    moved.commit("Do research/")
    assert summary(changes_of("HEAD~1", "HEAD")[1]) == MOVED
    assert summary(changes_of("HEAD~1..HEAD")[1]) == MOVED


def test_paths_named_on_the_command_line_apply_to_both_sides(moved):
    code, changes = changes_of("HEAD", "--", "research/personas")
    assert code == 1 and [(c["document"], c["op"]) for c in changes] == [("kamil", "added"), ("ola", "added")]


def test_a_revision_without_a_config_file_is_read_with_the_defaults(moved):
    moved.commit("Do research/")
    moved.git("rm", "-q", "cxkit.toml")
    moved.commit("Bez konfiguracji")
    # HEAD~2's own paths (personas/) against HEAD's defaults (the whole folder).
    assert summary(changes_of("HEAD~2", "HEAD")[1]) == MOVED


def test_a_configuration_that_is_not_valid_in_the_revision_leaves_the_current_one(moved):
    moved.write("cxkit.toml", 'paths = ["personas"\n')
    moved.commit("Zepsuta konfiguracja")
    moved.write("cxkit.toml", 'paths = ["research/personas"]\n')
    result = run_cli("diff", "--format", "json", "HEAD")
    assert result.exit_code == 0, result.stderr
    assert "cxkit: note:" in result.stderr and "HEAD:cxkit.toml" in result.stderr
    assert "read with the configuration in force now" in result.stderr


def test_review_of_a_folder_moved_with_its_paths_introduces_nothing(moved):
    report = review_json("HEAD")
    assert report["introduced"] == [] and report["fixed"] == []
    assert report["findings_before"] == report["findings_after"] == 1  # pseudo-profiling on Ola's goal, on both sides
    assert [(c["document"], c["op"]) for c in report["changes"]] == [("kamil", "moved"), ("ola", "moved")]
    assert report["config"]["changed"] == ["paths"]


def test_review_reads_base_with_its_own_exclude(tmp_path, monkeypatch):
    r = Repo(tmp_path / "ex")
    r.write("cxkit.toml", 'exclude = ["drafts"]\n')
    r.write("personas/ola.yaml", OLA.replace("  - Ceni jakość i mieszka w dużym mieście\n", "  - Kupuje kawę ziarnistą\n"))
    r.write("drafts/kamil.yaml", KAMIL)
    r.commit("Szkic wykluczony")
    r.write("cxkit.toml", "")
    monkeypatch.chdir(r.root)
    report = review_json("HEAD")
    # The draft was not part of BASE's workspace: it is added now, not changed.
    assert [(c["document"], c["op"]) for c in report["changes"]] == [("kamil", "added")]
