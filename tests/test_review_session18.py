"""`cxkit review` with a config outside the repository: each side is the repository as git has
it on that side, never joined by the documents of the real working tree (which lies in the
config's folder)."""

from __future__ import annotations

import json

from conftest import run_cli
from git_helpers import REVIEW_KAMIL, REVIEW_OLA, Repo

JOURNEY = """\
kind: journey
id: ola-kupuje
name: Ola kupuje buty
persona: ola
stages:
  - id: wybor
    name: Wybór
"""


def _review(*args: str) -> tuple[int, dict]:
    result = run_cli("review", "HEAD", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def test_base_is_not_given_the_working_tree_persona_as_context(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    outside = tmp_path / "ci.toml"
    outside.write_text('select = ["unknown-persona", "duplicate-id"]\n', encoding="utf-8")
    r = Repo(tmp_path / "ws")
    r.write("kamil.yaml", REVIEW_KAMIL)
    r.write("journeys/ola-kupuje.yaml", JOURNEY)  # names a persona BASE does not have
    r.commit("base")
    r.write("personas/ola.yaml", REVIEW_OLA)  # the branch adds it
    monkeypatch.chdir(r.root)
    code, report = _review("--config", str(outside))
    assert code == 0
    # BASE's journey named nobody: fixed by the branch. Given the real working tree as context,
    # BASE found Ola there and had no finding to fix.
    assert [(f["rule"], f["path"]) for f in report["fixed"]] == [("unknown-persona", "journeys/ola-kupuje.yaml")]
    assert report["introduced"] == []
    # No document is met twice (the temporary copy and the real file).
    assert not any(f["rule"] == "duplicate-id" for f in report["fixed"] + report["introduced"])


def test_the_working_tree_side_is_not_doubled_by_the_real_tree(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    outside = tmp_path / "ci.toml"
    outside.write_text('select = ["duplicate-id"]\n', encoding="utf-8")
    r = Repo(tmp_path / "ws")
    r.write("personas/ola.yaml", REVIEW_OLA)
    r.write("kamil.yaml", REVIEW_KAMIL)
    r.commit("base")
    r.write("kamil.yaml", REVIEW_KAMIL.replace("name: Kamil", "name: Kamil Nowak"))
    monkeypatch.chdir(r.root)
    code, report = _review("--config", str(outside))
    assert (code, report["fixed"], report["introduced"]) == (0, [], [])
    assert report["findings_before"] == report["findings_after"] == 0


def test_a_config_above_the_repository_keeps_its_anchored_patterns(tmp_path, monkeypatch):
    # The final reviewer's case: `exclude = ["/repo/drafts"]` and a per-file-ignores anchored at the
    # config's folder, one folder above the repository. Lint honours both; review linted the copy
    # as if the repository were the config's folder, so the patterns matched nothing.
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    (tmp_path / "cxkit.toml").write_text(
        'select = ["pseudo-profiling"]\nexclude = ["/repo/drafts"]\n'
        '[per-file-ignores]\n"/repo/personas/legacy*" = ["pseudo-profiling"]\n',
        encoding="utf-8",
    )
    r = Repo(tmp_path / "repo")
    r.write("kamil.yaml", REVIEW_KAMIL)
    r.commit("base")
    vague = REVIEW_OLA  # its goal is generic: pseudo-profiling reports it
    r.write("drafts/ola-szkic.yaml", vague.replace("id: ola", "id: ola-szkic"))
    r.write("personas/legacy-ola.yaml", vague.replace("id: ola", "id: ola-legacy"))
    monkeypatch.chdir(r.root)
    lint = run_cli("lint", "--no-cache", "--format", "json")
    assert (lint.exit_code, json.loads(lint.stdout)) == (0, [])
    code, report = _review()
    assert (code, report["introduced"]) == (0, [])
