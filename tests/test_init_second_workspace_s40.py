"""`cxkit init` in a second workspace of a repository whose workflow runs cxkit in the first (tester44 L7).

`cd marketing/cx && cxkit init`, the workflow saved at the top; then `cd sales/pl && cxkit init` printed a second
whole `.github/workflows/cxkit.yml`, its job named `cxkit` too: merging the two was left to the user. It now
prints the job alone, under a name of its own, to add to the workflow that is there (or says to drop its
`working-directory:`, since a run at the top checks each workspace under its own config and baseline).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import run_cli
from cxkit.scaffold.init import workflow

WORKFLOW = Path(".github/workflows/cxkit.yml")


@pytest.fixture
def mono(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository whose top workflow checks marketing/cx (as `cxkit init` there printed it); sales/pl empty."""
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    monkeypatch.setenv("COLUMNS", "200")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "marketing" / "cx").mkdir(parents=True)
    (tmp_path / "sales" / "pl").mkdir(parents=True)
    (tmp_path / WORKFLOW).parent.mkdir(parents=True)
    (tmp_path / WORKFLOW).write_text(workflow("marketing/cx"), encoding="utf-8")
    monkeypatch.chdir(tmp_path / "sales" / "pl")
    return tmp_path


def _printed(stdout: str, path: Path) -> str:
    """What init printed for ``path``: its `printed` line, and the text after the blank line below it, up to the
    next blank line."""
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(("printed", "wypisano")) and str(path) in line)
    body = []
    for line in lines[start + 2:]:
        if not line.strip() or line.startswith(("created", "printed", "skipped", "Next:", "utworzono", "wypisano",
                                                "pominięto", "Dalej:")):
            break
        body.append(line)
    return lines[start] + "\n" + "\n".join(body) + "\n"


def test_the_second_workspace_gets_a_job_to_add_not_a_second_workflow_s40(mono):
    """Fails before: a whole workflow (`name: cxkit`, `jobs:`, a job named `cxkit`) to save at the same path."""
    result = run_cli("init", "--lang", "pl")
    assert result.exit_code == 0, result.stdout + result.stderr
    shown = _printed(result.stdout, mono / WORKFLOW)
    # `--lang pl`: the account in Polish (since fixJJ40; English whole before, its note having no Polish form).
    assert "już uruchamia cxkit lint w innym folderze" in shown and "dopisz to zadanie, ustawione na sales/pl/" in shown
    head, job = shown.split("\n", 1)
    assert job.startswith("  cxkit-sales-pl:\n") and "name: cxkit\n" not in job and "\njobs:" not in job
    assert 'working-directory: "sales/pl"' in job
    # Added under the workflow's `jobs:`, it is one workflow with both jobs, each in its folder.
    merged = YAML(typ="safe").load(workflow("marketing/cx") + job)
    assert list(merged["jobs"]) == ["cxkit", "cxkit-sales-pl"]
    assert merged["jobs"]["cxkit"]["defaults"]["run"]["working-directory"] == "marketing/cx"
    assert merged["jobs"]["cxkit-sales-pl"]["defaults"]["run"]["working-directory"] == "sales/pl"
    assert (mono / WORKFLOW).read_text(encoding="utf-8") == workflow("marketing/cx")  # nothing written at the top


def test_a_workflow_that_runs_at_the_top_is_left_as_it_is_s40(mono):
    """A guard: one without `working-directory:` already checks sales/pl (each workspace under its own config)."""
    (mono / WORKFLOW).write_text(workflow(), encoding="utf-8")
    result = run_cli("init", "--lang", "pl")
    assert f"pominięto  {mono / WORKFLOW} (już uruchamia cxkit lint w całym repozytorium, także w sales/pl/)" in result.stdout


def test_without_a_workflow_the_whole_one_is_printed_as_before_s40(mono):
    (mono / WORKFLOW).unlink()
    result = run_cli("init", "--lang", "pl")
    shown = _printed(result.stdout, mono / WORKFLOW)
    assert "GitHub czyta workflowy tylko w głównym folderze repozytorium" in shown  # `--lang pl`: in Polish
    assert "\njobs:\n  cxkit:\n" in shown
