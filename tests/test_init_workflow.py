"""The GitHub Actions workflows cxkit hands out: the one `cxkit init` writes, and docs/github-actions-review.yml."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from ruamel.yaml import YAML

import cxkit
from cxkit.scaffold.init import workflow

ROOT = Path(__file__).resolve().parents[1]
REVIEW_WORKFLOW = ROOT / "docs" / "github-actions-review.yml"


def _steps(doc: dict) -> list[dict]:
    return [step for job in doc["jobs"].values() for step in job["steps"]]


def _install_line(text: str) -> tuple[str, list[str]]:
    """The install step's command and the comment lines right above the step."""
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip() == "- name: Install cxkit")
    comment = []
    for line in reversed(lines[:at]):
        if not line.strip().startswith("#"):
            break
        comment.insert(0, line.strip().lstrip("#").strip())
    step = next(s for s in _steps(YAML(typ="safe").load(text)) if s.get("name") == "Install cxkit")
    return step["run"], comment


def _run_step(run: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """A step's `run` as GitHub runs it (bash -e), with no pip to reach an index."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("needs bash")
    return subprocess.run([bash, "-e", "-c", run], cwd=tmp_path, capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, PATH=str(tmp_path)))


def _assert_install_fails_until_edited(text: str, tmp_path: Path) -> None:
    # `pip install "cxkit==0.1.0"` from PyPI: cxkit is not there, and whatever is there under that
    # name (pinned or not) is someone else's package, run with the job's token.  Until the team
    # writes where it gets cxkit, the step stops the run and says so, and installs nothing.
    run, comment = _install_line(text)
    assert "pip" not in run and run.rstrip().endswith("exit 1")
    done = _run_step(run, tmp_path)
    assert done.returncode == 1
    assert done.stdout == "::error::Edit this step: install cxkit from where your team gets it (see the comment above)\n"
    said = " ".join(comment)
    assert "Edit this step" in said and "not published on PyPI" in said and "where your team gets it" in said
    assert f'run: pip install "cxkit @ git+https://<your-git-host>/cxkit.git@v{cxkit.__version__}"' in comment
    # No step installs from PyPI by default, whatever it is called.
    runs = [s.get("run") or "" for s in _steps(YAML(typ="safe").load(text))]
    assert not [r for r in runs if re.search(r"pip3? install", r)], runs


def _assert_checkouts_keep_no_credentials(text: str) -> None:
    checkouts = [s for s in _steps(YAML(typ="safe").load(text)) if str(s.get("uses", "")).startswith("actions/checkout@")]
    assert checkouts and all(s["with"]["persist-credentials"] is False for s in checkouts), checkouts


@pytest.mark.parametrize("under", ["", "cx"])
def test_the_workflow_install_step_stops_the_run_until_edited_and_shows_how(under: str, tmp_path: Path) -> None:
    _assert_install_fails_until_edited(workflow(under), tmp_path)


@pytest.mark.parametrize("under", ["", "cx"])
def test_the_workflow_checks_out_without_keeping_credentials(under: str) -> None:
    _assert_checkouts_keep_no_credentials(workflow(under))


def test_the_workflow_reads_only_runs_fmt_after_a_failed_lint_and_runs_once_per_push() -> None:
    doc = YAML(typ="safe").load(workflow())
    assert doc["permissions"] == {"contents": "read"}
    job = doc["jobs"]["cxkit"]
    steps = {s.get("run"): s for s in job["steps"]}
    # fmt --check reports too when lint failed, but not when cxkit could not be installed.
    assert steps["cxkit fmt --check"]["if"] == "(success() || failure()) && steps.install.outcome == 'success'"
    assert next(s for s in job["steps"] if s.get("name") == "Install cxkit")["id"] == "install"
    assert "if" not in steps["cxkit lint"]
    # A push to a pull request's branch ran the job twice (push and pull_request): pushes only on the default branch.
    assert set(doc["on"]) == {"push", "pull_request"}
    assert job["if"] == "github.event_name != 'push' || github.ref_name == github.event.repository.default_branch"


def test_init_writes_that_workflow(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cxkit.cli import app

    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert CliRunner().invoke(app, ["init", ".", "--lang", "en"]).exit_code == 0
    finally:
        os.chdir(old)
    assert (tmp_path / ".github/workflows/cxkit.yml").read_text(encoding="utf-8") == workflow()


def test_the_review_workflow_install_step_stops_the_run_until_edited_and_shows_how(tmp_path: Path) -> None:
    # Kept at the version in this repository: bumping the version without it fails here.
    _assert_install_fails_until_edited(REVIEW_WORKFLOW.read_text(encoding="utf-8"), tmp_path)


def test_the_review_workflow_checks_out_without_keeping_credentials() -> None:
    # Its token may write to pull requests: nothing after the checkout needs git credentials.
    _assert_checkouts_keep_no_credentials(REVIEW_WORKFLOW.read_text(encoding="utf-8"))


def test_the_review_workflow_posts_only_a_review_that_ran() -> None:
    # With cxkit not installed, or exiting 2, there is no $RUNNER_TEMP/review.md: nothing to post, rather than an
    # error or an empty comment (`set +e` makes the step's outcome a success whatever cxkit exits with).
    assert _post_step()["if"].startswith(
        "always() && (steps.review.outputs.status == '0' || steps.review.outputs.status == '1') && ")


def _post_step() -> dict:
    doc = YAML(typ="safe").load(REVIEW_WORKFLOW.read_text(encoding="utf-8"))
    return next(s for s in _steps(doc) if s.get("name") == "Post the review as a comment")


FAKE_GH = r"""#!/usr/bin/env python3
import json, os, subprocess, sys
args = sys.argv[1:]
log = os.environ["GH_LOG"]
with open(log, "a", encoding="utf-8") as out:
    stdin = sys.stdin.read() if "--input" in args else None
    out.write(json.dumps({"args": args, "stdin": stdin}) + "\n")
if args[:1] == ["api"] and "--jq" in args:
    pages = json.load(open(os.environ["GH_COMMENTS"], encoding="utf-8"))
    flt = args[args.index("--jq") + 1]
    for page in pages:  # --paginate: the filter runs on each page
        sys.stdout.write(subprocess.run(["jq", "-r", flt], input=json.dumps(page), capture_output=True, text=True, check=True).stdout)
"""

BOT = {"login": "github-actions[bot]"}


@pytest.mark.skipif(shutil.which("bash") is None or shutil.which("jq") is None, reason="needs bash and jq")
@pytest.mark.parametrize(("pages", "edited"), [
    # The bot's last comment is another workflow's: `gh pr comment --edit-last` overwrote it.
    ([[{"id": 11, "user": BOT, "body": "<!-- cxkit-review -->\n## cxkit review"},
       {"id": 12, "user": {"login": "ola"}, "body": "<!-- cxkit-review --> quoted by a person"}],
      [{"id": 13, "user": BOT, "body": "Coverage: 91%"}]], 11),
    ([[{"id": 13, "user": BOT, "body": "Coverage: 91%"}]], None),  # none yet: a new comment
    ([], None),
])
def test_the_review_workflow_updates_its_own_comment_and_no_other(tmp_path: Path, pages: list, edited: int | None) -> None:
    gh = tmp_path / "bin" / "gh"
    gh.parent.mkdir()
    gh.write_text(FAKE_GH, encoding="utf-8")
    gh.chmod(0o755)
    comments, log = tmp_path / "comments.json", tmp_path / "gh.log"
    comments.write_text(json.dumps(pages), encoding="utf-8")
    review = "<!-- cxkit-review -->\n## cxkit review: `main` → working tree\n\nNothing introduced. \"quoted\"\n"
    (tmp_path / "review.md").write_text(review, encoding="utf-8")
    env = dict(os.environ, PATH=f"{gh.parent}{os.pathsep}{os.environ['PATH']}", GH_LOG=str(log), GH_COMMENTS=str(comments),
               GITHUB_REPOSITORY="acme/personas", PR_NUMBER="7", RUNNER_TEMP=str(tmp_path))
    subprocess.run(["bash", "-e", "-c", _post_step()["run"]], cwd=tmp_path, env=env, check=True, timeout=60)
    calls = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert calls[0]["args"][:3] == ["api", "--paginate", "repos/acme/personas/issues/7/comments"]
    if edited is None:
        assert calls[1:] == [{"args": ["pr", "comment", "7", "--body-file", f"{tmp_path}/review.md"], "stdin": None}]
    else:
        assert len(calls) == 2
        assert calls[1]["args"] == ["api", "--method", "PATCH", f"repos/acme/personas/issues/comments/{edited}", "--input", "-"]
        assert json.loads(calls[1]["stdin"]) == {"body": review}


def test_the_review_workflow_no_longer_edits_whatever_the_bot_said_last() -> None:
    assert "--edit-last" not in _post_step()["run"]
    assert re.search(r'startswith\("<!-- cxkit-review -->"\)', _post_step()["run"])
