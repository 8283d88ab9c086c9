"""CI reports for a platform team's templates (session 31).

- A `CI_PROJECT_DIR` that does not hold the linted files (cxkit in a container that mounts the
  project elsewhere) named every file of the GitLab and JUnit reports by its absolute path; they are
  named from the repository's top, as SARIF names them.
- JUnit: a failure's `message` attribute lists at most five findings (`+K more`); its text keeps all.
- `-f github -o FILE`: the note on annotations past GitHub's limit no longer says they are "only in
  the step's log" (with -o none of them are).
- git's "dubious ownership": the advice also names git's environment variables, which need no home.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import run_cli
from git_helpers import Repo

from cxkit.gitutil import safe_directory_fix

OLA = """\
kind: persona
id: ola-nowak
name: Ola Nowak
lang: pl
summary: TODO
goals:
  - TODO
  - TODO opisać
  - TBD
  - TODO cel 4
  - TODO cel 5
  - TODO cel 6
  - TODO cel 7
"""


@pytest.fixture
def mono(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose workspace is a client's folder, with a space and a dot in its name; cxkit runs there."""
    repo = Repo(tmp_path / "mono")
    client = repo.root / "clients" / "acme sp. z o.o"
    (client / "personas").mkdir(parents=True)
    (client / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (client / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    monkeypatch.chdir(client)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return repo.root


def cli(*args: str):
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


ROW = "clients/acme sp. z o.o/personas/ola.yaml"


@pytest.mark.parametrize("project", ["/builds/grupa/projekt", "elsewhere"])
def test_a_ci_project_dir_without_the_files_is_passed_over(mono: Path, tmp_path: Path, monkeypatch, project) -> None:
    """Before: location.path and the test case's name were `/tmp/…/clients/acme sp. z o.o/personas/ola.yaml`."""
    if project == "elsewhere":
        project = str(tmp_path / "inny")
        Path(project).mkdir()
    monkeypatch.setenv("CI_PROJECT_DIR", project)
    gitlab = json.loads(cli("lint", "--no-cache", "-f", "gitlab").stdout)
    assert {e["location"]["path"] for e in gitlab} == {ROW}
    junit = ET.fromstring(cli("lint", "--no-cache", "-f", "junit").stdout)
    assert [c.get("name") for c in junit.iter("testcase")] == [ROW]


def test_a_ci_project_dir_that_holds_the_files_names_them(mono: Path, monkeypatch) -> None:
    """Guard: the usual case, the project's folder is the repository's top."""
    monkeypatch.setenv("CI_PROJECT_DIR", str(mono))
    assert {e["location"]["path"] for e in json.loads(cli("lint", "--no-cache", "-f", "gitlab").stdout)} == {ROW}
    monkeypatch.setenv("CI_PROJECT_DIR", str(mono / "clients"))  # a folder of it: named from there, as before
    names = {e["location"]["path"] for e in json.loads(cli("lint", "--no-cache", "-f", "gitlab").stdout)}
    assert names == {"acme sp. z o.o/personas/ola.yaml"}


def test_a_junit_failure_message_lists_five_findings(mono: Path) -> None:
    """Before: every finding in the attribute (1,811 characters for 66 placeholders)."""
    failure = ET.fromstring(cli("lint", "--no-cache", "-f", "junit").stdout).find(".//failure")
    message = failure.get("message")
    assert message.startswith("10 findings: CX301 missing-sources (2:1), ")
    assert message.endswith(", +5 more") and message.count("(") == 5
    assert len(failure.text.splitlines()) == 10  # the text keeps them all


def test_github_to_a_file_under_the_limit_has_no_note(mono: Path) -> None:
    """Guard: 8 warnings, all shown: the summary line alone."""
    result = cli("lint", "--no-cache", "-f", "github", "-o", "gh.txt", "--select", "placeholder")
    assert result.exit_code == 1
    assert len((mono / "clients" / "acme sp. z o.o" / "gh.txt").read_text(encoding="utf-8").splitlines()) == 8
    assert result.stderr == "cxkit: Znaleziono 8 problemów (8 ostrzeżeń) w 1 pliku; sprawdzono 1 dokument.\n"


def test_github_over_the_limit_names_the_report_not_only_the_log(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "ola.yaml").write_text(OLA + "".join(f"  - TODO cel {n}\n" for n in range(8, 14)), encoding="utf-8")
    result = cli("lint", "--no-cache", "-f", "github", "-o", "gh.txt", "--select", "placeholder", "ola.yaml")
    assert result.stderr.splitlines()[1] == (
        "cxkit: GitHub shows at most 10 annotations of each kind for a step: 4 of the 14 warnings are not shown as "
        "annotations, only as lines of the report (the step's log, or the file -o wrote).")


def test_the_safe_directory_advice_works_without_a_home_folder() -> None:
    said = "fatal: detected dubious ownership in repository at '/builds/grupa/dział sprzedaży'"
    assert safe_directory_fix(said, "/x") == (
        "run `git config --global --add safe.directory '/builds/grupa/dział sprzedaży'`, or, where there is no home "
        "folder to write, set `GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory "
        "GIT_CONFIG_VALUE_0='/builds/grupa/dział sprzedaży'` (git 2.38 or later; an older git reads it only from "
        "a config file: `export GIT_CONFIG_GLOBAL=/tmp/gitconfig` first, then the `git config` above)")
