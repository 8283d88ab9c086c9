"""fmt --diff in a CI job's log: a document's line the runner would read as a command is shown escaped.

A pull request can put `::error::…` (or `::stop-commands::…`, `##[error]`) at the start of a line of a
block scalar. `cxkit fmt --check --diff` in a GitHub Actions job printed it as a context line of the
patch, ` ::error::…`, which the runner read as a workflow command after the leading spaces.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PERSONA = """kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
summary:   |-
  ::error file=README.md::Sfałszowana adnotacja ##[error]druga
  Biega trzy razy w tygodniu po Parku Skaryszewskim i zapisuje trasy w Stravie.
demographics:
  age: 34
  location: Warszawa, Praga-Południe
goals:
  - Przebiec półmaraton poniżej 1:55 na jesieni 2026
"""


def _repo(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    return tmp_path


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "TF_BUILD", "TEAMCITY_VERSION")}
    env.update(COLUMNS="100", NO_COLOR="1", **extra)
    return env


def _fmt(cwd: Path, env: dict[str, str], *args: str, stdout: object = subprocess.PIPE, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "cxkit", "fmt", *args], cwd=cwd, env=env, stdout=stdout,
                          stderr=subprocess.PIPE, input=stdin)


def _commands(text: str) -> list[str]:
    """The lines GitHub Actions reads as workflow commands (after white space) or old-style ones."""
    return [line for line in text.splitlines() if line.strip().startswith("::") or "##[" in line]


def test_fmt_diff_in_a_github_job_prints_no_workflow_command(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    proc = _fmt(repo, _env(GITHUB_ACTIONS="true"), "--check", "--diff", "personas/")
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert "+summary: |-" in out
    assert _commands(out) == []
    assert "  \\x3a:error file=README.md::Sfałszowana adnotacja #\\x23[error]druga" in out


def test_fmt_diff_of_stdin_in_an_azure_job_prints_no_workflow_command(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    proc = _fmt(repo, _env(TF_BUILD="True"), "--diff", "--stdin-filename", "personas/ola.yaml", "-",
                stdin=PERSONA.encode())
    out = proc.stdout.decode()
    assert "+summary: |-" in out
    assert _commands(out) == []


def test_guard_a_patch_outside_ci_stays_as_it_is(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    proc = _fmt(repo, _env(), "--check", "--diff", "personas/")
    assert "   ::error file=README.md::Sfałszowana adnotacja ##[error]druga\n" in proc.stdout.decode()


def test_guard_a_patch_redirected_to_a_file_in_ci_still_applies(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    patch = tmp_path / "fix.patch"
    with patch.open("wb") as out:
        _fmt(repo, _env(GITHUB_ACTIONS="true"), "--check", "--diff", "personas/", stdout=out)
    assert "::error file=README.md::" in patch.read_text(encoding="utf-8")
    subprocess.run(["git", "apply", str(patch)], cwd=repo, check=True)
    assert (repo / "personas" / "ola.yaml").read_text(encoding="utf-8").startswith(
        "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\nlang: pl\nsummary: |-\n")


# render to standard output in a CI job (a preview of a persona in the job's log): the same rule.

def _render(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cxkit", "render", *args], cwd=cwd, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_render_markdown_plain_in_a_github_job_prints_no_workflow_command(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    proc = _render(repo, _env(GITHUB_ACTIONS="true"), "-f", "md-plain", "personas/ola.yaml")
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr.decode()
    assert "Biega trzy razy w tygodniu" in out
    assert _commands(out) == []
    assert "\\x3a:error file=README.md::Sfałszowana adnotacja" in out


def test_render_terminal_view_in_a_teamcity_job_prints_no_old_style_command(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    proc = _render(repo, _env(TEAMCITY_VERSION="2025.11"), "personas/ola.yaml")
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr.decode()
    assert "Ola Nowak" in out
    assert _commands(out) == []


def test_guard_render_outside_ci_and_json_in_ci_are_as_they_were(tmp_path: Path) -> None:
    import json

    repo = _repo(tmp_path)
    plain = _render(repo, _env(), "-f", "md-plain", "personas/ola.yaml").stdout.decode()
    assert "\n::error file=README.md::Sfałszowana adnotacja ##[error]druga" in plain
    data = json.loads(_render(repo, _env(GITHUB_ACTIONS="true"), "-f", "json", "personas/ola.yaml").stdout)
    assert "##[error]druga" in json.dumps(data, ensure_ascii=False)


# A folder linked out of the work tree and named (`cxkit lint personas/`, as a CI job names it): its
# files are as far out of the work tree as links to them, and are not read.

SECRET = "kind: persona\nid: klucz-wdrozeniowy\nname: TOKEN-ghp-SEKRET-0123456789\nlang: pl\n"


def _linked_workspace(tmp_path: Path) -> tuple[Path, Path]:
    outside = tmp_path / "runner-home"
    outside.mkdir()
    (outside / "deploy.yaml").write_text(SECRET, encoding="utf-8")
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    (repo / "personas").symlink_to(outside, target_is_directory=True)
    return repo, outside


def _cx(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8")


def test_lint_of_a_named_folder_linked_out_of_the_work_tree_reads_nothing_in_it(tmp_path: Path) -> None:
    repo, _ = _linked_workspace(tmp_path)
    for named in ("personas", "personas/"):
        proc = _cx(repo, _env(), "lint", "--no-cache", named)
        assert proc.returncode == 1, proc.stderr
        assert "personas/deploy.yaml:1:1: error CX000 not read: it is a link out of the work tree" in proc.stdout
        assert "TOKEN" not in proc.stdout + proc.stderr


def test_render_of_a_named_folder_linked_out_of_the_work_tree_exports_nothing_of_it(tmp_path: Path) -> None:
    repo, _ = _linked_workspace(tmp_path)
    proc = _cx(repo, _env(), "render", "-f", "md-plain", "personas/")
    assert "TOKEN" not in proc.stdout + proc.stderr
    assert "not read: it is a link out of the work tree" in proc.stdout + proc.stderr


def test_guard_a_folder_linked_within_the_work_tree_and_the_opt_in_are_read(tmp_path: Path) -> None:
    repo, outside = _linked_workspace(tmp_path)
    proc = _cx(repo, _env(CXKIT_FOLLOW_LINKS_OUT="1"), "lint", "--no-cache", "--format", "json", "personas/")
    assert '"path": "personas/deploy.yaml"' in proc.stdout and "CX000" not in proc.stdout
    (repo / "personas").unlink()
    (repo / "shared").mkdir()
    (repo / "shared" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    (repo / "personas").symlink_to(repo / "shared", target_is_directory=True)
    proc = _cx(repo, _env(), "lint", "--no-cache", "--format", "json", "personas/")
    assert '"path": "personas/ola.yaml"' in proc.stdout and "CX000" not in proc.stdout


def test_the_scan_note_on_a_folder_linked_out_of_the_work_tree_names_the_folder_it_leads_to(tmp_path: Path) -> None:
    repo, outside = _linked_workspace(tmp_path)
    (repo / "journeys").mkdir()
    (repo / "journeys" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    proc = _cx(repo, _env(), "lint", "--no-cache", ".")
    assert "TOKEN" not in proc.stdout + proc.stderr
    assert ("cxkit: note: personas is a link to a folder out of the work tree, which is not read, so nothing in it "
            f"was checked; name the folder it leads to to check it (cxkit lint {os.path.realpath(outside)})") in proc.stderr
    named = _cx(repo, _env(), "lint", "--no-cache", os.path.realpath(outside))
    assert "CX000" not in named.stdout and "personas/deploy.yaml" not in named.stdout
