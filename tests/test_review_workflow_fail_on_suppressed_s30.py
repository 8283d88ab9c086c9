"""The example review workflow fails a pull request that silences a finding instead of fixing it:
it runs `cxkit review … --fail-on-suppressed`, the safe default for pull requests from forks."""

from __future__ import annotations

import shlex
from pathlib import Path

from ruamel.yaml import YAML

from conftest import run_cli
from git_helpers import Repo, needs_git, reviewed_persona

pytestmark = needs_git

WORKFLOW = Path(__file__).resolve().parent.parent / "docs" / "github-actions-review.yml"

PAWEL = reviewed_persona("pawel-programista", "Paweł Czerski", "Kupić słuchawki bez wizyty w sklepie")


def review_arguments() -> list[str]:
    """The arguments of the workflow's `cxkit review` line, BASE given as HEAD."""
    steps = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["review"]["steps"]
    [script] = [s["run"] for s in steps if s.get("id") == "review"]
    [line] = [ln.strip() for ln in script.splitlines() if ln.strip().startswith("cxkit review ")]
    args = shlex.split(line.split(">", 1)[0].replace("origin/$BASE_REF", "HEAD"))[1:]
    if "-o" in args:  # the comment's file ($RUNNER_TEMP/review.md): stdout here
        del args[args.index("-o"):args.index("-o") + 2]
    return args


def test_the_workflow_fails_a_change_that_silences_a_finding_it_brings(tmp_path, monkeypatch):
    repo = Repo(tmp_path / "sklep")
    repo.write("cxkit.toml", "")
    repo.write("personas/pawel.yaml", PAWEL)
    repo.commit("base")
    monkeypatch.chdir(repo.root)
    # The pull request: a vague goal (pseudo-profiling), silenced on its line.
    repo.write("personas/pawel.yaml", PAWEL.replace(
        "Kupić słuchawki bez wizyty w sklepie", "Chce oszczędzać czas i pieniądze  # cxkit: disable=pseudo-profiling"))
    args = review_arguments()
    assert "--fail-on-suppressed" in args
    result = run_cli(*args)
    assert result.exit_code == 1, result.stdout
    assert "pseudo-profiling" in result.stdout
    # Without the option (a private repository that drops it) the same change passes: the option decides.
    assert run_cli(*[a for a in args if a != "--fail-on-suppressed"]).exit_code == 0


def test_the_workflow_says_when_to_drop_the_option():
    text = WORKFLOW.read_text(encoding="utf-8")
    comment = text[text.index("# --fail-on-suppressed"):text.index('cxkit review "origin/$BASE_REF"')]
    assert "fork" in comment and "Drop it only" in comment and "private repository" in comment
