"""`--files-from` of `cxkit lint` and `cxkit fmt`: the changed files of a pull request, read as git prints them.

The documented CI step `git diff --name-only --diff-filter=d origin/main | xargs cxkit lint
--only-documents` broke on a Polish name (git quotes it: `"personas/zesp\\303\\263\\305\\202 …"`), split a
name with a space, turned exit codes 1 and 2 into xargs' 123, and with no changed YAML linted the
whole workspace.  cxkit now reads the list itself: newline- or NUL-separated, git-quoted names
unquoted, paths from the repository's top found from a subfolder, deleted files skipped, an empty
list nothing to check, and the exit code its own.  These tests run real git in a real repository.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "pl"

POLISH = "personas/zespół sprzedaży/łucja ćwiczy.yaml"
SPACED = "personas/sales team/rosa copy.yaml"

LUCJA = """kind: persona
id: lucja-cwiczy
name: Łucja Ćwiczy
lang: pl
goals:
  - Dba o zdrowie
"""

ROSA = """kind: persona
id: rosa-copy
name: Rosa Copy
lang: en
goals:
  - Wants quality
"""

CONFIGMAP = """apiVersion: v1
kind: ConfigMap
metadata:
  name: sklep
data:
  LOG_LEVEL: info
"""


def git_env() -> dict[str, str]:
    """git as on a fresh CI runner: no user or system config, so core.quotePath is on (its default)."""
    out = {k: v for k, v in os.environ.items()
           if k not in ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY", "CI", "GITLAB_CI", "CXKIT_DEBUG")}
    out.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1", NO_COLOR="1", COLUMNS="100",
               GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com")
    return out


def git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=repo, env=git_env(), check=True, capture_output=True).stdout


def cxkit(cwd: Path, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, env=git_env(), input=stdin,
                          capture_output=True, timeout=120)
    out = subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())
    assert "Traceback" not in out.stderr, out.stderr
    return out


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A persona repository on branch `pr`: a Polish-named and a spaced persona added (both with
    findings), a draft deleted, a ConfigMap and the README changed; `main` lints clean."""
    top = tmp_path / "sklep"
    shutil.copytree(EXAMPLES, top)
    (top / "cxkit.toml").write_text("", encoding="utf-8")
    (top / "README.md").write_text("# Persony\n", encoding="utf-8")
    (top / "personas" / "stary szkic.yaml").write_text(
        (EXAMPLES / "personas" / "agnieszka-studio-podcastow.yaml").read_text(encoding="utf-8")
        .replace("id: agnieszka-studio-podcastow", "id: stary-szkic"), encoding="utf-8")
    git(top, "init", "-q", "-b", "main")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "base")
    git(top, "checkout", "-q", "-b", "pr")
    git(top, "rm", "-q", "personas/stary szkic.yaml")
    for rel, text in ((POLISH, LUCJA), (SPACED, ROSA), ("k8s/cm.yaml", CONFIGMAP)):
        (top / rel).parent.mkdir(parents=True, exist_ok=True)
        (top / rel).write_text(text, encoding="utf-8")
    (top / "README.md").write_text("# Persony zespołu\n", encoding="utf-8")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "pr")
    return top


def test_git_quotes_the_polish_name_as_a_ci_runner_does(repo: Path) -> None:
    # The premise: git's default output is what the old xargs step choked on.
    listed = git(repo, "diff", "--name-only", "main").decode()
    assert '"personas/zesp\\303\\263\\305\\202 sprzeda\\305\\274y/\\305\\202ucja \\304\\207wiczy.yaml"' in listed
    assert "personas/stary szkic.yaml" in listed  # deleted, listed without --diff-filter


@pytest.mark.parametrize("diff_args", [["--name-only"], ["-z", "--name-only"], ["--name-only", "--diff-filter=d"]])
def test_lint_checks_the_changed_documents_git_lists(repo: Path, diff_args: list[str]) -> None:
    listed = git(repo, "diff", *diff_args, "main")
    proc = cxkit(repo, "lint", "--no-cache", "--format", "json", "--files-from", "-", stdin=listed)
    assert proc.returncode == 1, proc.stderr
    # The deleted draft, listed without --diff-filter=d, is skipped with a note, not an error.
    deleted = "" if "--diff-filter=d" in diff_args else \
        "cxkit: note: 1 listed path was skipped: not a file (deleted, or a folder): personas/stary szkic.yaml\n"
    assert proc.stderr == deleted
    paths = {f["path"] for f in json.loads(proc.stdout)}
    assert paths == {POLISH, SPACED}  # not the ConfigMap, not the README, no error for the deleted draft


def test_a_list_from_the_top_is_found_from_a_subfolder(repo: Path) -> None:
    listed = git(repo, "diff", "-z", "--name-only", "main")
    proc = cxkit(repo / "personas", "lint", "--no-cache", "--format", "json", "--files-from", "-", stdin=listed)
    assert proc.returncode == 1, proc.stderr
    assert {f["path"] for f in json.loads(proc.stdout)} == {"zespół sprzedaży/łucja ćwiczy.yaml", "sales team/rosa copy.yaml"}
    # `git diff --relative` prints them from here: the same result.
    relative = git(repo / "personas", "diff", "--relative", "--name-only", "main")
    again = cxkit(repo / "personas", "lint", "--no-cache", "--format", "json", "--files-from", "-", stdin=relative)
    assert (again.returncode, again.stdout) == (1, proc.stdout)


def test_a_list_in_a_file_with_windows_line_ends(repo: Path) -> None:
    (repo.parent / "changed.txt").write_bytes(f"{SPACED}\r\nk8s/cm.yaml\r\n\r\n".encode())
    proc = cxkit(repo, "lint", "--no-cache", "--format", "json", "--files-from", "../changed.txt")
    assert proc.returncode == 1, proc.stderr
    assert {f["path"] for f in json.loads(proc.stdout)} == {SPACED}


def test_a_change_with_no_documents_is_nothing_to_check_not_the_workspace(repo: Path) -> None:
    # The workspace has findings (the pull request's two personas): an empty list must not lint them.
    git(repo, "checkout", "-q", "-b", "docs-only")
    (repo / "README.md").write_text("# Persony zespołu sprzedaży\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "docs")
    listed = git(repo, "diff", "--name-only", "--diff-filter=d", "pr", "--", "*.yaml", "*.yml")
    assert listed == b""
    proc = cxkit(repo, "lint", "--no-cache", "--files-from", "-", stdin=listed)
    assert (proc.returncode, proc.stdout, proc.stderr) == (
        0, "Nothing to check: the list --files-from reads names no file that exists.\n", "")
    for fmt, empty in (("json", []), ("gitlab", [])):
        proc = cxkit(repo, "lint", "--no-cache", "--format", fmt, "--files-from", "-", stdin=b"")
        assert (proc.returncode, json.loads(proc.stdout)) == (0, empty)
    # Only deleted files and other YAML: nothing to check either.
    listed = b"personas/stary szkic.yaml\nk8s/cm.yaml\n"
    proc = cxkit(repo, "lint", "--no-cache", "--files-from", "-", stdin=listed)
    assert proc.returncode == 0 and proc.stdout.startswith("Nothing to check:"), proc.stdout + proc.stderr


def test_exit_codes_0_1_2_survive(repo: Path) -> None:
    clean = b"personas/agnieszka-studio-podcastow.yaml\n"
    assert cxkit(repo, "lint", "--no-cache", "--files-from", "-", stdin=clean).returncode == 0
    assert cxkit(repo, "lint", "--no-cache", "--files-from", "-", stdin=SPACED.encode()).returncode == 1
    (repo / "cxkit.toml").write_text('fail-level = "warnnig"\n', encoding="utf-8")
    broken = cxkit(repo, "lint", "--no-cache", "--files-from", "-", stdin=clean)
    assert broken.returncode == 2 and "cxkit.toml:1:1:" in broken.stderr
    # An empty list does not hide a broken config.
    assert cxkit(repo, "lint", "--no-cache", "--files-from", "-", stdin=b"").returncode == 2


def test_through_a_shell_pipe_as_in_ci(repo: Path) -> None:
    script = f"set -o pipefail; git diff --name-only main | {sys.executable} -m cxkit lint --no-cache -f json --files-from -"
    proc = subprocess.run(["bash", "-c", script], cwd=repo, env=git_env(), capture_output=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert {f["path"] for f in json.loads(proc.stdout)} == {POLISH, SPACED}


def test_fmt_check_reads_the_list_too(repo: Path) -> None:
    (repo / POLISH).write_text(LUCJA.replace("kind: persona\nid: lucja-cwiczy\nname: Łucja Ćwiczy\n",
                                              "name: Łucja Ćwiczy\nkind: persona\nid: lucja-cwiczy\n"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "order")
    listed = git(repo, "diff", "--name-only", "main")
    proc = cxkit(repo, "fmt", "--no-cache", "--check", "--files-from", "-", stdin=listed)
    assert proc.returncode == 1, proc.stderr
    assert f"would reformat {POLISH}" in proc.stderr
    assert "k8s" not in proc.stdout + proc.stderr
    empty = cxkit(repo, "fmt", "--no-cache", "--check", "--files-from", "-", stdin=b"")
    assert (empty.returncode, empty.stdout, empty.stderr) == (
        0, "", "Nothing to format: the list --files-from reads names no file that exists.\n")
    assert cxkit(repo, "fmt", "--check", "--files-from", "-", stdin=SPACED.encode()).returncode == 0


def test_a_git_quoted_path_named_on_the_command_line_says_so(repo: Path) -> None:
    quoted = git(repo, "diff", "--name-only", "main").decode().splitlines()
    name = next(line for line in quoted if "\\303" in line).strip('"')
    proc = cxkit(repo, "lint", "--no-cache", name)
    assert proc.returncode == 2
    assert f"no such file or directory; it looks like a name git quoted ({POLISH})" in proc.stderr
    assert "--files-from -" in proc.stderr and "core.quotePath" in proc.stderr
    assert "not \\" not in proc.stderr  # no longer the Windows-backslash hint


def test_a_list_beside_a_document_on_stdin_is_a_usage_error(repo: Path) -> None:
    proc = cxkit(repo, "lint", "--files-from", "-", "-", stdin=b"x\n")
    assert proc.returncode == 2 and "--files-from" in proc.stderr
    proc = cxkit(repo, "lint", "--files-from", "nie-ma.txt")
    assert (proc.returncode, proc.stderr) == (2, "cxkit: --files-from nie-ma.txt: no such file\n")


def test_git_unquote() -> None:
    from cxkit.pathlist import git_unquote, split_list

    assert git_unquote('"a\\"b\\\\c\\tx.yaml"') == 'a"b\\c\tx.yaml'
    assert git_unquote("zesp\\303\\263\\305\\202.yaml") == "zespół.yaml"
    assert git_unquote("personas\\ola.yaml") is None  # a Windows path, not git's quoting
    assert git_unquote("plain.yaml") is None
    assert split_list(b"a b.yaml\0c\nd.yaml\0\0") == ["a b.yaml", "c\nd.yaml"]


# The GitLab job `cxkit init` prints: a report only when lint could check.


def test_the_gitlab_job_writes_its_report_with_o(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    (tmp_path / ".gitlab-ci.yml").write_text("stages: [test]\n", encoding="utf-8")
    out = cxkit(tmp_path, "init", "--no-examples", ".").stdout
    assert 'cxkit lint --format gitlab -o "$CI_PROJECT_DIR/gl-code-quality.json" || true' in out
    assert "> \"$CI_PROJECT_DIR" not in out


def test_o_leaves_no_report_when_lint_cannot_run(repo: Path) -> None:
    (repo / "cxkit.toml").write_text('fail-level = "warnnig"\n', encoding="utf-8")
    proc = cxkit(repo, "lint", "--format", "gitlab", "-o", "gl-code-quality.json")
    assert proc.returncode == 2
    assert not (repo / "gl-code-quality.json").exists()


# The docs show the safe forms.


def _yaml_blocks(text: str) -> list[str]:
    return [block.split("```", 1)[0] for block in text.split("```yaml\n")[1:]]


def test_the_docs_pipe_git_into_files_from_not_into_plain_xargs() -> None:
    for doc in ("README.md", "docs/scaffolding.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        flat = " ".join(text.split())
        assert "| xargs cxkit" not in flat, doc  # quoted names, spaces, exit 123, the whole workspace
        assert "git diff --name-only origin/main... | cxkit lint --files-from -" in flat, doc
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "`--files-from FILE` | also check the files FILE lists" in readme


def test_the_readme_gitlab_snippet_writes_with_o_and_shows_a_sarif_upload() -> None:
    import yaml

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = _yaml_blocks(readme)
    assert any("cxkit lint --format gitlab -o gl-code-quality.json || true" in b for b in blocks)
    assert not any("--format gitlab >" in b for b in blocks)
    upload = next(yaml.safe_load(b) for b in blocks if "upload-sarif" in b)
    assert upload["permissions"]["security-events"] == "write"
    steps = upload["jobs"]["cxkit"]["steps"]
    lint = next(s for s in steps if "run" in s and "--format sarif" in s["run"])
    up = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert "--output-file cxkit.sarif" in lint["run"]
    assert up["if"].startswith("always()")  # lint exits 1 on findings
    assert up["with"]["sarif_file"] == "cxkit.sarif"
