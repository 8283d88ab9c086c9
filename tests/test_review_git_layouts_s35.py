"""`cxkit review` and `cxkit diff` in the git layouts CI jobs use (tester37's findings, session 35).

- In a sparse checkout, the files outside it (skip-worktree) showed as removed in review and diff, with a
  false CX004, and `--files-from` called such a file deleted: they are read from the index now.
- Review did not read git submodules, which lint scans: a journey naming a persona kept in one failed
  review with CX004. Each side now reads the submodule at its commit, and says when it cannot.
- Under a detached HEAD (CI's checkout of a pull request) the notes spoke of "the current branch";
  `cxkit diff HEAD~50 HEAD` in a short history said only "unknown revision".
- The workflow `cxkit init` writes (`.github/workflows/cxkit.yml`) drew a false config note ("is not read:
  ... write its settings in TOML") into every review: review looked for misnamed configs beside every
  YAML file of the tree, hidden folders included, where lint looks only beside the files its scan checks.

Each test builds a small throwaway repository from the English examples.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import enter_workspace
from cxkit.cli import app
from git_helpers import git

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "en"
DAN = "personas/dan-heating-firm-owner.yaml"
WORKFLOW = "name: cxkit\non: [pull_request]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cxkit lint\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def examples_repo(root: Path, monkeypatch: pytest.MonkeyPatch, extra: dict[str, str] | None = None) -> Path:
    """A repository holding the English examples, a cxkit.toml and ``extra`` files, committed on `main`;
    the current folder of the test."""
    enter_workspace(root, monkeypatch, git_identity=True, today="2026-12-07")
    shutil.copytree(EXAMPLES, root, dirs_exist_ok=True)
    (root / "cxkit.toml").write_text('lang = "en"\nfail-level = "warning"\n', encoding="utf-8")
    for rel, text in (extra or {}).items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "base")
    return root


def change_dan(root: Path) -> None:
    """Dan's age as a range: one CX101 warning, the branch's one real change."""
    path = root / DAN
    text = path.read_text(encoding="utf-8")
    assert "  age: 44\n" in text
    path.write_text(text.replace("  age: 44\n", "  age: 30-45\n"), encoding="utf-8")


# --- H3: config notes from the files lint checks ----------------------------------------------------

def test_the_workflow_cxkit_init_writes_draws_no_config_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = examples_repo(tmp_path, monkeypatch, {".github/workflows/cxkit.yml": WORKFLOW})
    change_dan(root)
    code, out, err = run("review", "main")
    assert code == 1 and "CX101" in out
    assert "Config note" not in out and "cxkit.yml" not in out
    assert "cxkit.yml" not in err
    # As lint says it: nothing.
    assert "cxkit.yml" not in run("lint", "--no-cache")[2]
    code, out, err = run("review", "main", "-f", "text")
    assert "Config note" not in out and "cxkit.yml" not in err


def test_a_misnamed_config_beside_the_documents_is_still_noted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = examples_repo(tmp_path, monkeypatch, {".github/workflows/cxkit.yml": WORKFLOW,
                                                 "personas/cxkit.yaml": "fail-level: never\n"})
    change_dan(root)
    said = "personas/cxkit.yaml is not read: cxkit's config is a file named exactly cxkit.toml"
    assert f"cxkit: note: {said}" in run("lint", "--no-cache")[2]
    code, out, err = run("review", "main", "-f", "text")
    assert code == 1
    assert f"cxkit: note: {said}" in err and f"Config note: {said}" in out
    assert "workflows" not in err + out


def test_a_hidden_folder_named_on_the_command_line_is_checked_and_noted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A file named is checked whatever its folder (as `cxkit lint .drafts/x.yaml`): its folder's slips are said.
    persona = (EXAMPLES / DAN).read_text(encoding="utf-8")
    root = examples_repo(tmp_path, monkeypatch, {".drafts/dan.yaml": persona.replace("dan-heating", "dan-draft-heating"),
                                                 ".drafts/cxkit.yml": "lang: en\n"})
    (root / ".drafts/dan.yaml").write_text(persona.replace("dan-heating", "dan-draft-heating").replace("  age: 44\n", "  age: 30-45\n"),
                                           encoding="utf-8")
    said = ".drafts/cxkit.yml is not read"
    assert said in run("lint", "--no-cache", ".drafts/dan.yaml")[2]
    code, out, err = run("review", "main", "-f", "text", "--", ".drafts/dan.yaml")
    assert code == 1 and said in err


# --- H1: a sparse checkout ---------------------------------------------------------------------------

def sparse_branch(root: Path, *cone: str) -> None:
    """On a branch `feature`, Dan's age changed and committed; then only ``cone`` checked out."""
    git(root, "checkout", "-qb", "feature")
    change_dan(root)
    git(root, "commit", "-qam", "age")
    git(root, "sparse-checkout", "set", "--cone", *cone)
    assert not (root / DAN).exists()


def test_review_in_a_sparse_checkout_reads_the_files_outside_it_from_the_index(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = examples_repo(tmp_path, monkeypatch)
    sparse_branch(root, "journeys")
    code, out, err = run("review", "main", "-f", "text")
    assert code == 1
    assert "CX101" in out and 'Age: 44 → "30-45"' in out
    assert "removed" not in out and "CX004" not in out
    assert "1 document differs (1 changed)" in out
    assert ("cxkit: note: 2 files lie outside the sparse checkout (git marks them skip-worktree: "
            "personas/dan-heating-firm-owner.yaml, …); compared as git's index holds them, as `git diff` does\n") in err
    code, out, err = run("diff", "main", "--stat")
    assert code == 1 and "1 document differs (1 changed)" in out and "removed" not in out
    # Nothing changed since the branch's commit: nothing differs, on any side.
    assert run("diff", "HEAD")[0] == 0
    assert run("review", "HEAD", "-f", "text")[0] == 0


def test_a_polish_diff_says_the_sparse_note_in_polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = examples_repo(tmp_path, monkeypatch)
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    git(root, "commit", "-qam", "pl")
    sparse_branch(root, "journeys")
    code, _out, err = run("diff", "main")
    assert code == 1
    assert ("cxkit: uwaga: 2 pliki leżą poza sparse checkoutem (git oznacza je jako skip-worktree: "
            "personas/dan-heating-firm-owner.yaml, …); porównano je w wersji z indeksu gita, tak jak robi to `git diff`\n") in err


def test_a_monorepo_team_folder_checkout_reviews_the_other_team_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enter_workspace(tmp_path, monkeypatch, git_identity=True, today="2026-12-07")
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    for team in ("a", "b"):
        shutil.copytree(EXAMPLES, tmp_path / "teams" / team)
        (tmp_path / "teams" / team / "cxkit.toml").write_text('lang = "en"\nfail-level = "warning"\n', encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "teams")
    git(tmp_path, "checkout", "-qb", "feature")
    change_dan(tmp_path / "teams" / "b")
    git(tmp_path, "commit", "-qam", "b's age")
    git(tmp_path, "sparse-checkout", "set", "--cone", "teams/a")
    assert not (tmp_path / "teams" / "b").exists()
    code, out, err = run("review", "main", "-f", "text")
    assert code == 1
    assert "teams/b/personas/dan-heating-firm-owner.yaml:17:8: warning CX101" in out
    assert "removed" not in out and "Configuration" not in out and "CX004" not in out
    assert "3 files lie outside the sparse checkout" in err


def test_files_from_says_a_file_outside_the_sparse_checkout_is_not_deleted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = examples_repo(tmp_path, monkeypatch)
    sparse_branch(root, "journeys")
    (root / "list.txt").write_text(f"{DAN}\npersonas/gone.yaml\n", encoding="utf-8")
    _code, _out, err = run("lint", "--no-cache", "--files-from", "list.txt")
    assert ("cxkit: note: 1 listed path was not checked: it lies outside the sparse checkout (git marks it "
            f"skip-worktree, so it is not on disk): {DAN}; `git sparse-checkout add personas` brings it in to check\n") in err
    assert "1 listed path was skipped: not a file (deleted, or a folder): personas/gone.yaml" in err
    assert DAN not in err.split("not on disk")[1].split("\n", 1)[1]


# --- H2: personas in a git submodule ----------------------------------------------------------------

def submodule_repo(root: Path, monkeypatch: pytest.MonkeyPatch, lang: str = "en") -> Path:
    """`shared/` (a repository of the example personas, bare at `shared.git`) and `main/`, whose journeys
    name them and which has it as the submodule `shared`; on `feat` a second journey for Dan. Returns main/."""
    enter_workspace(root, monkeypatch, git_identity=True, today="2026-12-07")
    examples = EXAMPLES.parent / lang
    shutil.copytree(examples / "personas", root / "shared" / "personas")
    git(root / "shared", "init", "-q", "-b", "main")
    git(root / "shared", "add", "-A")
    git(root / "shared", "commit", "-qm", "personas")
    git(root, "clone", "-q", "--bare", "shared", "shared.git")
    main = root / "main"
    shutil.copytree(examples / "journeys", main / "journeys")
    (main / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    git(main, "init", "-q", "-b", "main")
    git(main, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(root / "shared.git"), "shared")
    git(main, "add", "-A")
    git(main, "commit", "-qm", "init")
    git(main, "checkout", "-qb", "feat")
    first = next((main / "journeys").glob("*.yaml"))
    journey = first.read_text(encoding="utf-8")
    (main / "journeys" / "dan-second.yaml").write_text(journey.replace(f"id: {first.stem}", "id: second-journey"),
                                                       encoding="utf-8")
    git(main, "add", "-A")
    git(main, "commit", "-qm", "second journey")
    monkeypatch.chdir(main)
    return main


def test_review_finds_a_persona_kept_in_a_submodule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    main = submodule_repo(tmp_path, monkeypatch)
    assert run("lint", "--no-cache")[0] == 0
    code, out, err = run("review", "main", "-f", "text")
    assert code == 0, out
    assert "CX004" not in out and "Lint: 0 findings introduced, 0 fixed; 0 before, 0 after." in out
    assert "submodule" not in err + out
    # A persona that is nowhere is still reported.
    journey = (main / "journeys" / "dan-second.yaml").read_text(encoding="utf-8")
    (main / "journeys" / "dan-second.yaml").write_text(journey.replace("persona: dan-heating-firm-owner", "persona: nobody"),
                                                       encoding="utf-8")
    code, out, _err = run("review", "main", "-f", "text")
    assert code == 1 and "error CX004 persona 'nobody' does not exist in the workspace" in out


def test_a_submodule_not_checked_out_is_said_and_gives_no_false_cx004(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    submodule_repo(tmp_path, monkeypatch)
    git(tmp_path, "clone", "-q", "--branch", "feat", "main", "clone")  # not --recurse-submodules
    monkeypatch.chdir(tmp_path / "clone")
    code, out, err = run("review", "origin/main")
    said = ("a submodule was not read (shared: not checked out); `git submodule update --init` fetches it (in GitHub "
            "Actions `submodules: true` in actions/checkout). Without it the lookup of personas in other files is "
            "incomplete, so the review reports no unknown-persona (CX004) finding on either side")
    assert code == 0 and "error CX004" not in out
    assert f"cxkit: note: {said}\n" in err
    assert "**Checkout note:** a submodule was not read (shared: not checked out)" in out
    code, out, _err = run("review", "origin/main", "-f", "text")
    assert code == 0 and f"Checkout note: {said}\n" in out


def test_a_base_commit_the_submodule_lacks_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    main = submodule_repo(tmp_path, monkeypatch, lang="pl")
    # BASE records a commit of the submodule its clone has never fetched.
    git(main, "checkout", "-q", "main")
    git(main, "update-index", "--cacheinfo", f"160000,{'1' * 40},shared")
    git(main, "commit", "-qm", "bump")
    git(main, "checkout", "-q", "feat")
    code, out, err = run("review", "main..", "-f", "text")  # main as it is now, with the bump
    assert code == 0, out
    said = ("nie odczytano submodułu (shared: w jego klonie nie ma commitu 1111111, który zapisuje dla niego BASE); "
            "pobiera go `git submodule update --init`")
    assert f"cxkit: uwaga: {said}" in err
    assert f"Uwaga o kopii roboczej: {said}" in out
    assert "error CX004" not in out


# --- L1: a detached HEAD is no branch; L3: counting back past the first commit ---------------------

def behind_main(root: Path) -> None:
    """`feature` from main, one commit of its own; then main gets a commit `feature` has not got."""
    git(root, "checkout", "-qb", "feature")
    change_dan(root)
    git(root, "commit", "-qam", "age")
    git(root, "checkout", "-q", "main")
    (root / "README.md").write_text("# Personas\n", encoding="utf-8")
    git(root, "add", "README.md")
    git(root, "commit", "-qm", "readme")
    git(root, "checkout", "-q", "feature")


def test_a_detached_head_is_called_head_not_the_current_branch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = examples_repo(tmp_path, monkeypatch)
    behind_main(root)
    on_branch = run("review", "main", "-f", "text")[2]
    assert "'main' has 1 commit the current branch has not got, so the review compares with where the branch left it" in on_branch
    git(root, "checkout", "-q", "--detach")  # as CI checks out a pull request's commit
    code, _out, err = run("review", "main", "-f", "text")
    assert code == 1
    assert ("cxkit: note: 'main' has 1 commit HEAD has not got, so the review compares with where HEAD left it "
            "('main...'), as a pull request shows it") in err
    assert "current branch" not in err and "the branch" not in err
    err = run("diff", "main")[2]
    assert "'main' has 1 commit HEAD has not got, so what they changed shows here as undone; `cxkit diff main...` " \
           "compares with where HEAD left 'main'" in err
    assert "branch" not in err


def test_counting_back_past_the_first_commit_says_how_many_there_are(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = examples_repo(tmp_path, monkeypatch)
    behind_main(root)  # feature: 2 commits
    code, _out, err = run("diff", "HEAD~50", "HEAD")
    assert code == 2
    assert err == ("cxkit: unknown revision 'HEAD~50': 'HEAD' has 1 commit before it in this repository (following "
                   "first parents), not 50; the first commit is 'HEAD~1'\n")
    err = run("review", "main~3")[2]
    assert "unknown revision 'main~3': 'main' has 1 commit before it in this repository (following first parents), not 3" in err
    assert "'HEAD' has 1 commit before it" in run("diff", "HEAD^^")[2]
    assert run("diff", "HEAD~1", "HEAD")[0] == 1  # within the history: compared as before
    assert run("diff", "nope~2")[2].startswith("cxkit: unknown revision 'nope~2'")
