"""docs/ci.md: each recipe's `git fetch` of the target branch works in a reused clone, and every
YAML snippet parses (session 31 review of the CI recipes).

The GitLab review job fetched `"$CI_MERGE_REQUEST_TARGET_BRANCH_NAME:refs/remotes/origin/…"` without
`+`: in a runner's reused clone (GitLab's default `GIT_STRATEGY: fetch`) whose origin/main is older
than a rewritten main, git refuses the non-fast-forward update, exit 1, and the job fails before the
review. Jenkins' and Bitbucket's lines force it; now GitLab's does too. Each line is run for real.
"""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from git_helpers import Repo

CI = Path(__file__).resolve().parent.parent / "docs" / "ci.md"
TARGET_VARIABLES = re.compile(r"\$\{?(CI_MERGE_REQUEST_TARGET_BRANCH_NAME|CHANGE_TARGET|BITBUCKET_PR_DESTINATION_BRANCH)\}?")


def blocks() -> list[tuple[str, str]]:
    return re.findall(r"^```(\w*)\n(.*?)^```", CI.read_text(encoding="utf-8"), re.S | re.M)


def fetch_lines() -> list[str]:
    found = []
    for _lang, body in blocks():
        for line in body.splitlines():
            m = re.search(r"(git fetch origin \"[^\"]+\")", line)
            if m:
                found.append(m.group(1))
    return found


def test_every_ci_has_its_fetch_line():
    assert len(fetch_lines()) == 3  # GitLab, Jenkins, Bitbucket (Azure fetches every branch itself)


@pytest.mark.parametrize("line", fetch_lines())
def test_the_fetch_updates_a_target_branch_rewritten_since_the_last_job(line, tmp_path):
    """Before: GitLab's line failed, `! [rejected] main -> origin/main (non-fast-forward)`."""
    origin = Repo(tmp_path / "origin")
    origin.write("personas/ola.yaml", "kind: persona\nid: ola\nname: Ola Wiśniewska\n")
    origin.commit("init")
    origin.write("personas/ola.yaml", "kind: persona\nid: ola\nname: Ola Wiśniewska-Nowak\n")
    origin.commit("ola: nazwisko")
    git = ["git", "-c", "protocol.file.allow=always"]
    clone = tmp_path / "runner"
    subprocess.run([*git, "clone", "-q", f"file://{origin.root}", str(clone)], check=True, env=origin.env,
                   capture_output=True)
    origin.git("reset", "-q", "--hard", "HEAD~1")  # main rewritten (a force-push) after the last job
    origin.write("personas/ola.yaml", "kind: persona\nid: ola\nname: Aleksandra Wiśniewska\n")
    origin.commit("ola: imię")
    command = shlex.split(TARGET_VARIABLES.sub("main", line))
    done = subprocess.run([*git, *command[1:]], cwd=clone, env=origin.env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    tip = origin.git("rev-parse", "main").stdout.strip()
    assert subprocess.run(["git", "rev-parse", "origin/main"], cwd=clone, capture_output=True, text=True,
                          env=origin.env).stdout.strip() == tip


def test_every_yaml_snippet_parses():
    """Guard: GitLab's, Azure's and Bitbucket's snippets are YAML (the curl line is one quoted item)."""
    yaml = YAML(typ="safe")
    parsed = [yaml.load(body) for lang, body in blocks() if lang == "yaml"]
    assert len(parsed) >= 5
    assert all(isinstance(doc, (dict, list)) for doc in parsed)
    curl = next(doc for doc in parsed if isinstance(doc, list) and "curl" in str(doc))
    assert len(curl) == 1 and "curl --fail" in curl[0]
    # Posted only when review wrote its report (exit 0 or 1): never an empty note (session 35).
    assert curl[0].startswith('if [ -f "$report" ]; then curl')
