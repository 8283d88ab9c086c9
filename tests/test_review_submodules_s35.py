"""`cxkit review` reads a git submodule's clone only where the checkout holds it, and finds it whatever the
environment says of the superproject (review70, session 35).

- A git hook exports GIT_DIR (and GIT_INDEX_FILE) for the superproject: passed on to the submodule's git, it
  made a checked-out submodule "not checked out", and genuine unknown-persona (CX004) errors were dropped.
- The submodule's folder comes from a commit: a branch that turns it into a link to another clone on the
  machine, or a commit that records a submodule at `..`, must not make review read another repository.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from git_helpers import git
from test_review_git_layouts_s35 import run, submodule_repo

NOTE = "a submodule was not read"


def name_nobody(main: Path) -> None:
    path = main / "journeys" / "dan-second.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("persona: dan-heating-firm-owner", "persona: nobody"),
                    encoding="utf-8")


def test_a_hook_s_git_dir_does_not_hide_a_checked_out_submodule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    main = submodule_repo(tmp_path, monkeypatch)
    # As a hook or a CI step may set them: the superproject's GIT_DIR and index.
    monkeypatch.setenv("GIT_DIR", str(main / ".git"))
    monkeypatch.setenv("GIT_INDEX_FILE", str(main / ".git" / "index"))
    code, out, err = run("review", "main", "-f", "text")
    assert NOTE not in err + out
    assert code == 0 and "Lint: 0 findings introduced, 0 fixed; 0 before, 0 after." in out
    name_nobody(main)
    code, out, err = run("review", "main", "-f", "text")
    assert NOTE not in err + out
    assert code == 1 and "error CX004 persona 'nobody' does not exist in the workspace" in out


def test_a_submodule_folder_turned_into_a_link_to_another_clone_is_not_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    main = submodule_repo(tmp_path, monkeypatch)
    git(main, "checkout", "-qb", "link", "main")
    git(main, "rm", "-q", "shared")
    (main / "shared").symlink_to(tmp_path / "shared")  # a clone outside, holding the commit BASE records
    git(main, "add", "shared")
    git(main, "commit", "-qm", "link")
    code, out, err = run("review", "main", "-f", "text")
    assert code == 0, out
    assert f"cxkit: note: {NOTE} (shared: not checked out)" in err


def test_a_submodule_recorded_above_the_top_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    main = submodule_repo(tmp_path, monkeypatch)
    # The folder above main/ is a repository too, and a commit records a submodule at `..` on its commit.
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "outer.txt").write_text("outer\n", encoding="utf-8")
    git(tmp_path, "add", "outer.txt")
    git(tmp_path, "commit", "-qm", "outer")
    outer = git(tmp_path, "rev-parse", "HEAD").stdout.strip()
    tree = subprocess.run(["git", "mktree"], cwd=main, input=f"160000 commit {outer}\t..\n", capture_output=True,
                          text=True, check=True).stdout.strip()
    base = git(main, "commit-tree", tree, "-m", "crafted").stdout.strip()
    code, out, err = run("review", f"{base}..", "-f", "text")
    assert f"cxkit: note: {NOTE} (..: not checked out" in err, err
    assert "outer.txt" not in out + err
    assert code in (0, 1), out


def test_a_line_break_in_a_submodule_s_folder_starts_no_line_of_the_log(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    main = submodule_repo(tmp_path, monkeypatch)
    sha = git(main, "rev-parse", "HEAD:shared").stdout.strip()
    # A branch records a submodule (never checked out) whose folder's name holds a GitHub Actions command.
    git(main, "update-index", "--add", "--cacheinfo", f"160000,{sha},x\n::error::injected")
    git(main, "commit", "-qm", "injected")
    code, out, err = run("review", "main", "-f", "text")
    assert code == 0, out
    assert r"cxkit: note: a submodule was not read (x\x0a::error::injected: not checked out)" in err
    assert r"Checkout note: a submodule was not read (x\x0a::error::injected: not checked out)" in out
    assert not any(line.startswith("::") for line in (err + out).splitlines())
    # The HTML report says it too (a page a CI job publishes), its command as code (881ffe72).
    code, html, _err = run("review", "main", "-f", "html")
    assert code == 0
    assert (r"<p><strong>Checkout note:</strong> a submodule was not read (x\x0a::error::injected: not checked out); "
            "<code>git submodule update --init</code> fetches it") in html
    assert not any(line.startswith("::") for line in html.splitlines())


@pytest.mark.parametrize("configs", [
    {"cxkit.toml": 'lang = "en"\n\n[rules.pseudo-profiling]\nenabled = false\n'},
    # The config extends a file of the submodule: read at the commit each side records, as lint reads it.
    {"cxkit.toml": 'extend = "rules/base.toml"\nlang = "en"\n', "rules/base.toml": "[rules.pseudo-profiling]\nenabled = false\n"},
], ids=["own", "extending"])
def test_a_submodule_with_its_own_config_is_its_own_workspace_as_in_lint(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, configs: dict[str, str]) -> None:
    # The shared personas come with their own cxkit.toml: lint takes that folder as another workspace, whose
    # personas a journey of the top one does not see (CX004), and whose own rules are its config's.
    from conftest import enter_workspace

    enter_workspace(tmp_path, monkeypatch, git_identity=True, today="2026-12-07")
    examples = Path(__file__).resolve().parents[1] / "examples" / "en"
    shared = tmp_path / "shared"
    (shared / "personas").mkdir(parents=True)
    dan = (examples / "personas" / "dan-heating-firm-owner.yaml").read_text(encoding="utf-8")
    assert "  age: 44\n" in dan
    (shared / "personas" / "dan-heating-firm-owner.yaml").write_text(dan.replace("  age: 44\n", "  age: 30-45\n"),
                                                                     encoding="utf-8")
    for rel, text in configs.items():
        (shared / rel).parent.mkdir(parents=True, exist_ok=True)
        (shared / rel).write_text(text, encoding="utf-8")
    git(shared, "init", "-q", "-b", "main")
    git(shared, "add", "-A")
    git(shared, "commit", "-qm", "personas")
    git(tmp_path, "clone", "-q", "--bare", "shared", "shared.git")
    main = tmp_path / "main"
    (main / "journeys").mkdir(parents=True)
    (main / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    git(main, "init", "-q", "-b", "main")
    git(main, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(tmp_path / "shared.git"), "shared")
    git(main, "add", "-A")
    git(main, "commit", "-qm", "init")
    git(main, "checkout", "-qb", "feat")
    journey = (examples / "journeys" / "dan-switches-invoicing.yaml").read_text(encoding="utf-8")
    assert "persona: dan-heating-firm-owner" in journey
    (main / "journeys" / "dan-switches-invoicing.yaml").write_text(journey, encoding="utf-8")
    git(main, "add", "-A")
    git(main, "commit", "-qm", "journey")
    monkeypatch.chdir(main)
    code, out, _err = run("lint", "--no-cache")
    assert code == 1 and "CX101" not in out and "warning CX201 the workspace of shared/cxkit.toml has 1 persona" in out
    assert "'dan-heating-firm-owner' is in shared/personas/dan-heating-firm-owner.yaml, which belongs to another " \
           "workspace (shared/cxkit.toml)" in out
    code, out, err = run("review", "main", "-f", "text")
    assert code == 1, out
    # Before and after: the shared workspace's own CX201, as lint gives it.
    assert "Lint: 1 finding introduced (1 error), 0 fixed; 1 before, 2 after." in out
    assert ("journeys/dan-switches-invoicing.yaml:13:10: error CX004 persona 'dan-heating-firm-owner' does not exist in "
            "the workspace; 'dan-heating-firm-owner' is in shared/personas/dan-heating-firm-owner.yaml, which belongs "
            "to another workspace (shared/cxkit.toml)") in out
    assert "CX101" not in out and NOTE not in err


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "2 submodules were not read (a: not checked out; b: its clone lacks the commit 1111111 BASE records for "
           "it); `git submodule update --init` fetches them (in GitHub Actions `submodules: true` in "
           "actions/checkout). Without them the lookup"),
    ("pl", "nie odczytano 2 submodułów (a: nie jest pobrany; b: w jego klonie nie ma commitu 1111111, który zapisuje "
           "dla niego BASE); pobiera je `git submodule update --init` (w GitHub Actions `submodules: true` w "
           "actions/checkout). Bez nich wyszukiwanie"),
])
def test_two_submodules_not_read_are_said_in_the_plural(lang: str, said: str) -> None:
    from cxkit.diff.submodules import SubmoduleFiles, unread_note

    note = unread_note(SubmoduleFiles(unread=[("a", ""), ("b", "1" * 40)]), lang)
    assert note is not None and note.startswith(said), note
    one = unread_note(SubmoduleFiles(unread=[("a", "")]), lang)
    assert one is not None and one.startswith("a submodule was not read (a: not checked out)" if lang == "en" else
                                              "nie odczytano submodułu (a: nie jest pobrany); pobiera go")
