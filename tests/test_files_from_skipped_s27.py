"""`--files-from`: what a list names that is no file, and the docs' git commands, in real repositories.

- A folder in the list (git lists a changed submodule as its folder) is skipped like a deleted
  file, not scanned whole.
- The listed paths skipped are said in one note on stderr: how many, the first few, and for a
  name with a backslash (a list written on Windows) that a backslash is part of a name here; not
  under `--quiet`, and the exit code stays as it is.
- `--statistics` on an empty list says what the plain text format says.
- `--files-from -` at a terminal says that it waits for the list.
- The docs' `git diff --name-only origin/main...` (three dots) lists what the branch changed, also
  where main moved on since the branch left it; and `git diff --relative` from a workspace's folder
  keeps to it.
"""

from __future__ import annotations

import json
import os
import pty
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "pl"

#: A persona with findings (too few fields): checked, it fails the run.
LUCJA = """kind: persona
id: lucja-cwiczy
name: Łucja Ćwiczy
lang: pl
goals:
  - Dba o zdrowie
"""

def _clean_persona(rel: str, new_id: str) -> str:
    """An example persona with no finding, under another id."""
    text = (EXAMPLES / "personas" / rel).read_text(encoding="utf-8")
    return text.replace(f"id: {Path(rel).stem}", f"id: {new_id}", 1)


def git_env() -> dict[str, str]:
    """git as on a fresh CI runner: no user or system config."""
    out = {k: v for k, v in os.environ.items()
           if k not in ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY", "CI", "GITLAB_CI", "CXKIT_DEBUG")}
    out.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1", NO_COLOR="1", COLUMNS="100",
               GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com")
    return out


def git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-c", "protocol.file.allow=always", *args], cwd=repo, env=git_env(), check=True,
                          capture_output=True).stdout


def cxkit(cwd: Path, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, env=git_env(), input=stdin,
                          capture_output=True, timeout=120)
    out = subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())
    assert "Traceback" not in out.stderr, out.stderr
    return out


def run_shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``command`` (a docs' `git diff … | cxkit lint --files-from -`) in bash with pipefail, as in CI, asking
    cxkit for JSON; cxkit is this Python's."""
    command = command.replace("| cxkit ", f"| {shlex.quote(sys.executable)} -m cxkit ") + " --no-cache --format json"
    return subprocess.run(["bash", "-c", f"set -o pipefail; {command}"], cwd=cwd, env=git_env(), capture_output=True,
                          text=True, timeout=120)


def workspace(top: Path) -> Path:
    """A clean persona workspace (the Polish examples) with a config and a README, committed on `main`."""
    shutil.copytree(EXAMPLES, top)
    (top / "README.md").write_text("# Persony\n", encoding="utf-8")
    (top / "cxkit.toml").write_text("", encoding="utf-8")
    git(top, "init", "-q", "-b", "main")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "base")
    return top


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return workspace(tmp_path / "sklep")


# --- a folder in the list ---------------------------------------------------------------------------

def test_a_submodule_bump_is_not_a_scan_of_the_submodule(tmp_path: Path) -> None:
    # git lists a changed submodule as its folder; the personas in it were not touched by the change.
    shared = tmp_path / "wspolne"
    write(shared / "personas" / "lucja.yaml", LUCJA)
    git(tmp_path, "init", "-q", "-b", "main", str(shared))
    git(shared, "add", "-A")
    git(shared, "commit", "-q", "-m", "shared")
    top = workspace(tmp_path / "sklep")
    git(top, "submodule", "add", "-q", str(shared), "wspolne")
    git(top, "commit", "-q", "-m", "submodule")
    git(top, "checkout", "-q", "-b", "pr")
    write(shared / "README.md", "# Wspólne persony\n")
    git(shared, "add", "-A")
    git(shared, "commit", "-q", "-m", "readme")
    git(top / "wspolne", "pull", "-q", "origin", "main")
    git(top, "add", "wspolne")
    git(top, "commit", "-q", "-m", "bump")
    listed = git(top, "diff", "--name-only", "main...")
    assert listed == b"wspolne\n"  # the premise: the submodule, as a folder
    proc = cxkit(top, "lint", "--no-cache", "--files-from", "-", stdin=listed)
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout == "Nothing to check: the list --files-from reads names no file that exists.\n"
    assert proc.stderr == "cxkit: note: 1 listed path was skipped: not a file (deleted, or a folder): wspolne\n"


def test_a_listed_folder_is_skipped_by_lint_and_fmt_with_a_note(repo: Path) -> None:
    write(repo / "zespol" / "lucja.yaml", LUCJA.replace("goals:\n  - ", "goals:\n    - "))
    write(repo / "personas" / "nowa.yaml", LUCJA.replace("lucja-cwiczy", "nowa"))
    listed = b"zespol\npersonas/nowa.yaml\n"
    proc = cxkit(repo, "lint", "--no-cache", "--format", "json", "--files-from", "-", stdin=listed)
    assert proc.returncode == 1
    assert {f["path"] for f in json.loads(proc.stdout)} == {"personas/nowa.yaml"}  # not zespol/lucja.yaml
    assert proc.stderr == "cxkit: note: 1 listed path was skipped: not a file (deleted, or a folder): zespol\n"
    fmt = cxkit(repo, "fmt", "--check", "--files-from", "-", stdin=b"zespol\n")
    assert (fmt.returncode, fmt.stdout) == (0, "")  # zespol/lucja.yaml would be reformatted, were it scanned
    assert fmt.stderr == ("cxkit: note: 1 listed path was skipped: not a file (deleted, or a folder): zespol\n"
                          "Nothing to format: the list --files-from reads names no file that exists.\n")


def test_a_folder_here_does_not_hide_the_file_of_that_name_from_the_top(repo: Path) -> None:
    # Looked up as a deleted file is: the current folder first, then the top, and a folder is no file.
    write(repo / "personas" / "lucja.yaml", LUCJA)
    (repo / "personas" / "personas" / "lucja.yaml").mkdir(parents=True)
    proc = cxkit(repo / "personas", "lint", "--no-cache", "--format", "json", "--files-from", "-",
                 stdin=b"personas/lucja.yaml\n")
    assert proc.returncode == 1, proc.stderr
    assert {f["path"] for f in json.loads(proc.stdout)} == {"lucja.yaml"}
    assert proc.stderr == ""


# --- the note -------------------------------------------------------------------------------------

def test_the_note_counts_names_the_first_three_and_keeps_the_exit_code(repo: Path) -> None:
    write(repo / "personas" / "lucja.yaml", LUCJA)
    listed = "\n".join(["personas/lucja.yaml", "personas/usunieta.yaml", "journeys", "personas/stara.yaml",
                        "personas/literówka.yaml", "README.md"]).encode() + b"\n"
    proc = cxkit(repo, "lint", "--no-cache", "--format", "json", "--files-from", "-", stdin=listed)
    assert proc.returncode == 1
    assert {f["path"] for f in json.loads(proc.stdout)} == {"personas/lucja.yaml"}  # stdout is the report alone
    assert proc.stderr == ("cxkit: note: 4 listed paths were skipped: not files (deleted, or folders): "
                           "personas/usunieta.yaml, journeys, personas/stara.yaml, and 1 more\n")
    quiet = cxkit(repo, "lint", "--no-cache", "-q", "--files-from", "-", stdin=listed)
    assert quiet.returncode == 1 and quiet.stderr == ""
    assert quiet.stdout.startswith("personas/lucja.yaml:")
    fmt = cxkit(repo, "fmt", "--check", "-q", "--files-from", "-", stdin=listed)
    assert (fmt.returncode, fmt.stderr) == (0, "")


def test_a_git_quoted_name_skipped_is_named_as_the_name_it_stands_for(repo: Path) -> None:
    proc = cxkit(repo, "lint", "--files-from", "-", stdin=b'"personas/\\305\\202ucja.yaml"\n')
    assert proc.returncode == 0
    assert proc.stderr == "cxkit: note: 1 listed path was skipped: not a file (deleted, or a folder): personas/łucja.yaml\n"


def test_a_windows_path_in_the_list_gets_a_hint(repo: Path) -> None:
    write(repo / "personas" / "lucja.yaml", LUCJA)
    listed = b"personas\\lucja.yaml\r\npersonas\\ola.yaml\r\n"  # PowerShell's list, written on Windows
    proc = cxkit(repo, "lint", "--no-cache", "--format", "json", "--files-from", "-", stdin=listed)
    assert (proc.returncode, proc.stdout) == (0, "[]\n")  # the honest reading: no file has such a name here
    assert proc.stderr == ("cxkit: note: 2 listed paths were skipped: not files (deleted, or folders): "
                           "personas\\lucja.yaml, personas\\ola.yaml; a \\ is part of a name on this system, "
                           "not a folder separator (personas\\lucja.yaml): write the paths with / (as git prints "
                           "them)\n")


def test_a_file_whose_name_holds_a_backslash_is_checked(repo: Path) -> None:
    write(repo / "personas" / "a\\b.yaml", LUCJA)  # on POSIX one name, and it exists: no note
    proc = cxkit(repo, "lint", "--no-cache", "--format", "json", "--files-from", "-", stdin=b"personas/a\\b.yaml\n")
    assert proc.returncode == 1 and proc.stderr == ""


# --- --statistics on an empty list -----------------------------------------------------------------

def test_statistics_on_an_empty_list_says_what_the_findings_would(repo: Path) -> None:
    for listed in (b"", b"personas/usunieta.yaml\n"):
        proc = cxkit(repo, "lint", "--statistics", "--files-from", "-", stdin=listed)
        assert proc.returncode == 0
        assert proc.stdout == "Nothing to check: the list --files-from reads names no file that exists.\n"
    readme = cxkit(repo, "lint", "--statistics", "--files-from", "-", stdin=b"README.md\n")
    assert readme.stdout == "Nothing to check: no file named is a cxkit document that `exclude` leaves in.\n"
    as_json = cxkit(repo, "lint", "--statistics", "--format", "json", "--files-from", "-", stdin=b"")
    assert as_json.returncode == 0 and json.loads(as_json.stdout) is not None


# --- at a terminal ---------------------------------------------------------------------------------

def at_a_terminal(cwd: Path, args: list[str], typed: bytes) -> tuple[int, str, str]:
    """`cxkit ARGS` with stdin a terminal, on which ``typed`` is typed (then Ctrl-D at a line's start)."""
    main, side = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "cxkit", *args], cwd=cwd, env=git_env(), stdin=side,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        os.write(main, typed + b"\x04")
        out, err = proc.communicate(timeout=120)
    finally:
        os.close(main)
        os.close(side)
    return proc.returncode, out.decode(), err.decode()


def test_files_from_dash_at_a_terminal_says_it_waits(repo: Path) -> None:
    write(repo / "personas" / "lucja.yaml", LUCJA)
    code, out, err = at_a_terminal(repo, ["lint", "--no-cache", "--files-from", "-"], b"personas/lucja.yaml\n")
    assert code == 1, err
    assert err == ("cxkit: reading the list of files for --files-from - from the terminal, one path a line; end it "
                   "with Ctrl-D (or pipe it in: git diff --name-only origin/main... | cxkit ...)\n")
    assert out.startswith("personas/lucja.yaml:")
    piped = cxkit(repo, "lint", "--no-cache", "--files-from", "-", stdin=b"personas/lucja.yaml\n")
    assert piped.stderr == ""  # no hint where the list is piped in


@pytest.mark.parametrize("command", ["lint", "fmt"])
def test_a_document_read_from_a_terminal_says_it_waits_too(repo: Path, command: str) -> None:
    code, out, err = at_a_terminal(repo, [command, "-"], LUCJA.encode() + b"\n")
    assert err.splitlines()[0] == ("cxkit: reading the document from the terminal; end it with Ctrl-D (pipe it in, "
                                   "or name its file)")
    assert code == (1 if command == "lint" else 0), err
    assert "lucja-cwiczy" in out if command == "fmt" else "CX301" in out
    piped = cxkit(repo, command, "-", stdin=LUCJA.encode())
    assert "reading the document" not in piped.stderr


# --- the docs' git commands ------------------------------------------------------------------------

def _docs_commands(start: str) -> set[str]:
    """The commands of README.md and docs/scaffolding.md that start with ``start`` and pipe into cxkit lint."""
    found = set()
    for doc in ("README.md", "docs/scaffolding.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        found |= {m.group(1) for m in re.finditer(r"^(" + re.escape(start) + r"[^`\n]*\| cxkit lint --files-from -)$",
                                                  text, re.MULTILINE)}
        found |= {m.group(1) for m in re.finditer(r"`(" + re.escape(start) + r"[^`]*\| cxkit lint --files-from -)`",
                                                  text)}
    return found


@pytest.fixture
def moved_on(tmp_path: Path) -> Path:
    """A clone on branch `pr` that changed one persona (clean). Main then moved on: it fixed the
    persona with findings the branch still has as it was, and origin/main was fetched, as in a
    GitLab merge-request pipeline or locally on a branch behind main."""
    origin = tmp_path / "origin"
    shutil.copytree(EXAMPLES, origin)
    (origin / "cxkit.toml").write_text("", encoding="utf-8")
    write(origin / "personas" / "lucja.yaml", LUCJA)
    git(origin, "init", "-q", "-b", "main")
    git(origin, "add", "-A")
    git(origin, "commit", "-q", "-m", "base")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(origin), str(clone))
    git(clone, "checkout", "-q", "-b", "pr")
    path = clone / "personas" / "kamil-kupuje-pod-promocje.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# przejrzane\n", encoding="utf-8")
    git(clone, "commit", "-q", "-am", "pr")
    write(origin / "personas" / "lucja.yaml", _clean_persona("agnieszka-studio-podcastow.yaml", "lucja-cwiczy"))
    git(origin, "commit", "-q", "-am", "main fixed lucja")
    git(clone, "fetch", "-q", "origin")
    return clone


def test_the_docs_snippet_checks_the_branch_not_what_main_changed_since(moved_on: Path) -> None:
    # The premise: compared with main as it is now, git lists the file main fixed, which the branch
    # has unfixed; from where the branch started, only the branch's own change.
    assert git(moved_on, "diff", "--name-only", "origin/main").decode().split() == [
        "personas/kamil-kupuje-pod-promocje.yaml", "personas/lucja.yaml"]
    assert git(moved_on, "diff", "--name-only", "origin/main...") == b"personas/kamil-kupuje-pod-promocje.yaml\n"
    commands = _docs_commands("git diff --name-only origin/main")
    assert commands
    for command in commands:  # as the docs have it
        proc = run_shell(command, moved_on)
        assert proc.returncode == 0, proc.stdout + proc.stderr  # lucja.yaml is main's business, not the branch's
        assert json.loads(proc.stdout) == [] and proc.stderr == ""
    assert commands == {"git diff --name-only origin/main... | cxkit lint --files-from -"}


#: A git command that lists changed files and hands them on (`| cxkit …`, `| xargs …`).
_PIPED_GIT = re.compile(r"git (?:-c \S+ )?diff [^`|]*--name-only[^`|]*\|")
_BASE = re.compile(r"origin/(?:main|\$GITHUB_BASE_REF)(\S*)")


def test_every_piped_git_diff_in_the_docs_has_three_dots() -> None:
    for doc in ("README.md", "docs/scaffolding.md", "CHANGELOG.md"):
        flat = " ".join((ROOT / doc).read_text(encoding="utf-8").split())
        commands = _PIPED_GIT.findall(flat)
        assert len(commands) >= (1 if doc == "CHANGELOG.md" else 3), doc
        for command in commands:
            bases = _BASE.findall(command)
            assert bases and all(rest.startswith("...") for rest in bases), (doc, command)


def test_relative_from_a_workspace_folder_keeps_to_it(tmp_path: Path) -> None:
    # Two workspaces, and at the top a persona of the same path as one cx/ deletes.
    top = tmp_path / "mono"
    for name in ("cx", "cx2"):
        shutil.copytree(EXAMPLES, top / name)
        (top / name / "cxkit.toml").write_text("", encoding="utf-8")
    write(top / "personas" / "pawel-programista-audiofil.yaml", LUCJA)
    (top / "cxkit.toml").write_text("", encoding="utf-8")
    git(top, "init", "-q", "-b", "main")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "base")
    git(top, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(top, "checkout", "-q", "-b", "pr")
    write(top / "cx" / "personas" / "lucja.yaml", LUCJA)
    write(top / "cx2" / "personas" / "lucja.yaml", LUCJA.replace("lucja-cwiczy", "lucja-druga"))
    git(top, "rm", "-q", "cx/personas/pawel-programista-audiofil.yaml")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "pr")
    cx = top / "cx"

    def checked(command: str) -> set[str]:
        proc = run_shell(command, cx)
        assert proc.returncode == 1, proc.stdout + proc.stderr
        return {f["path"] for f in json.loads(proc.stdout)}

    # From the top's paths: cx2's change is checked too, as documented.
    assert checked("git diff --name-only origin/main... | cxkit lint --files-from -") == {
        "personas/lucja.yaml", "../cx2/personas/lucja.yaml"}
    documented = _docs_commands("git diff --relative --name-only")
    assert documented == {"git diff --relative --name-only --diff-filter=d origin/main... | cxkit lint --files-from -"}
    for command in documented:
        assert checked(command) == {"personas/lucja.yaml"}
    # Why --diff-filter=d: without it, cx's deleted file is found at the top under the same path.
    assert checked("git diff --relative --name-only origin/main... | cxkit lint --files-from -") == {
        "personas/lucja.yaml", "../personas/pawel-programista-audiofil.yaml"}
