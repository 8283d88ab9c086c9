"""The GitLab CI job `cxkit init` prints has a commented `rules: changes:` example, so a team can
run it only when a CX file changes; uncommented under each rule, it is valid GitLab YAML."""

from __future__ import annotations

import subprocess

import pytest
import yaml

from conftest import run_cli
from git_helpers import needs_git

pytestmark = needs_git


def printed_job(top, monkeypatch, folder: str = ".") -> str:
    """The job init prints for a workspace at ``folder`` of a GitLab repository at ``top``."""
    top.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q"], cwd=top, check=True, capture_output=True)
    (top / ".gitlab-ci.yml").write_text("stages: [test]\n", encoding="utf-8")
    (top / folder).mkdir(parents=True, exist_ok=True)
    monkeypatch.chdir(top / folder)
    monkeypatch.setenv("COLUMNS", "100")
    result = run_cli("init", "--no-examples", ".")
    assert result.exit_code == 0, result.stderr
    return result.stdout.split("\n\n", 1)[1].split("\n\n\nNext:", 1)[0]


def with_changes_uncommented(job: str) -> str:
    """``job`` as a team edits it: the example's lines, without `# `, under each `- if:` rule."""
    lines = job.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "#   changes:")
    example = [line.replace("# ", "", 1) for line in lines[start:start + 3]]
    out = []
    for line in lines:
        out.append(line)
        if line.lstrip().startswith("- if:"):
            out.extend(example)
    return "\n".join(out) + "\n"


def test_the_example_runs_the_job_only_when_cx_files_change(tmp_path, monkeypatch):
    job = printed_job(tmp_path / "repo", monkeypatch)
    assert yaml.safe_load(job)["cxkit"]["rules"] == [
        {"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'}, {"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    rules = yaml.safe_load(with_changes_uncommented(job))["cxkit"]["rules"]
    assert [rule["changes"] for rule in rules] == [["**/*.{yaml,yml}", "cxkit.toml"]] * 2


@pytest.mark.parametrize("folder", ["cx", "zespół cx/persony"])
def test_a_workspace_in_a_folder_names_its_files_from_the_project_top(tmp_path, monkeypatch, folder):
    job = printed_job(tmp_path / "repo", monkeypatch, folder)
    rules = yaml.safe_load(with_changes_uncommented(job))["cxkit"]["rules"]
    assert rules[0]["changes"] == [f"{folder}/**/*.{{yaml,yml}}", f"{folder}/cxkit.toml"]
