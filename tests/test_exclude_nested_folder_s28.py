"""A named folder is refused as "excluded" only when a scan of it would find nothing, at any depth.

Before: with `exclude = ["archiwum/*.yaml"]`, `cxkit lint archiwum` was refused ("nothing to check:
archiwum ... is excluded by the configuration") because a file named `archiwum/x.yaml` would be left
out, while a plain `cxkit lint` checks `archiwum/2024/ola.yaml`, which the pattern does not take;
beside another folder, archiwum was said not to be checked although its nested file was.  Now the
folder is listed (only when such a pattern could take its files) as the scan lists it, at every
depth: refused when the scan would take no file and `exclude` left some out, else scanned.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import HAS_GIT

OLA = """\
kind: persona
id: {id}
name: Ola Wiśniewska
lang: pl
summary: Księgowa w biurze rachunkowym w Łodzi, rozlicza 40 firm jednoosobowych.
goals:
  - Zamknąć miesiąc dla wszystkich klientów do 10. dnia następnego miesiąca
"""

MARK = """\
kind: persona
id: mark-plumber
name: Mark Hughes
lang: en
summary: Runs a two-van plumbing firm in Leeds and quotes jobs from his phone.
goals:
  - Send a quote from the van within 10 minutes of leaving the site
"""


def write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "300")
    write(tmp_path, "personas/mark.yaml", MARK)
    write(tmp_path, "archiwum/stara.yaml", OLA.format(id="ola-stara"))
    return tmp_path


def config(ws: Path, *patterns: str) -> None:
    (ws / "cxkit.toml").write_text(f"exclude = {list(patterns)!r}\n".replace("'", '"'), encoding="utf-8")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


REFUSED = "cxkit: nothing to {verb}: archiwum, the only folder named, is excluded by the configuration"
NOT_CHECKED = "archiwum is excluded by the configuration (`exclude` in cxkit.toml), so it was not "


@pytest.mark.parametrize("nested", ["archiwum/2024/ola.yaml", "archiwum/2024/q1/ola.yaml", "archiwum/a/b/c/ola.yml"])
def test_a_folder_whose_nested_file_a_scan_checks_is_checked(ws: Path, nested: str) -> None:
    config(ws, "archiwum/*.yaml")
    write(ws, nested, OLA.format(id="ola-2024"))
    code, out, err = run("lint", "--no-cache", "--select", "schema", "--format", "json", "archiwum")
    assert (code, out, err) == (0, "[]\n", "")
    code, out, err = run("lint", "--no-cache", "--select", "schema", "archiwum")
    assert (code, err) == (0, "") and "All checks passed (1 document in 1 file)." in out
    # The plain scan checks the same file, and so does lint beside another folder, without a warning.
    code, out, err = run("lint", "--no-cache", "--select", "schema", "archiwum", "personas")
    assert (code, err) == (0, "") and "(2 documents in 2 files)" in out
    code, out, err = run("fmt", "--check", "archiwum")
    assert (code, err) == (0, "1 file would be left unchanged.\n")


def test_every_level_excluded_is_still_refused(ws: Path) -> None:
    # The nested file is left out as well: a look one level down finds a folder, yet nothing to check in it.
    config(ws, "archiwum/*.yaml", "archiwum/*/*.yaml", "archiwum/*/*/*.yaml")
    write(ws, "archiwum/2024/ola.yaml", OLA.format(id="ola-2024"))
    write(ws, "archiwum/2024/q1/ola.yaml", OLA.format(id="ola-q1"))
    (ws / "archiwum" / "2025").mkdir()
    code, _, err = run("lint", "--no-cache", "--select", "schema", "archiwum")
    assert code == 2 and err.startswith(REFUSED.format(verb="check")), err
    code, _, err = run("fmt", "--check", "archiwum")
    assert code == 2 and err.startswith(REFUSED.format(verb="check")), err
    # Beside another folder, it is said not to be checked: no silent pass.
    code, out, err = run("lint", "--no-cache", "--select", "schema", "archiwum", "personas")
    assert code == 0 and "(1 document in 1 file)" in out and NOT_CHECKED + "checked" in err
    code, _, err = run("fmt", "--check", "archiwum", "personas")
    assert NOT_CHECKED + "checked" in err


@pytest.mark.parametrize("setup", ["folder-excluded", "hidden", "link-to-folder", "txt"])
def test_what_a_scan_passes_over_anyway_does_not_lift_the_refusal(ws: Path, setup: str) -> None:
    if setup == "folder-excluded":
        config(ws, "archiwum/*.yaml", "archiwum/2024/")
        write(ws, "archiwum/2024/ola.yaml", OLA.format(id="ola-2024"))
    else:
        config(ws, "archiwum/*.yaml")
    if setup == "hidden":
        write(ws, "archiwum/.kopia/ola.yaml", OLA.format(id="ola-kopia"))
    if setup == "link-to-folder":
        try:
            (ws / "archiwum" / "persony").symlink_to("../personas")
        except OSError:
            pytest.skip("no symbolic links here")
    if setup == "txt":
        write(ws, "archiwum/2024/ola.yaml.txt", OLA.format(id="ola-txt"))
    code, _, err = run("lint", "--no-cache", "--select", "schema", "archiwum")
    assert code == 2 and err.startswith(REFUSED.format(verb="check")), err


def test_an_empty_folder_is_no_excluded_one(ws: Path) -> None:
    # Nothing was left out by `exclude`: the run says it found no document there, as for any empty folder.
    (ws / "puste").mkdir()
    (ws / "puste" / "2024").mkdir()
    config(ws, "puste/*.yaml")
    code, out, err = run("lint", "--no-cache", "--select", "schema", "puste")
    assert code == 0 and "Nothing to check" in out and "no cxkit documents found in puste" in err


def test_a_nested_workspace_is_checked_under_its_own_config(ws: Path) -> None:
    config(ws, "archiwum/*.yaml")
    write(ws, "archiwum/klient/cxkit.toml", "")
    write(ws, "archiwum/klient/ola.yaml", OLA.format(id="ola-klient"))
    code, out, err = run("lint", "--no-cache", "--select", "schema", "archiwum")
    assert code == 0 and "refused" not in err and "excluded" not in err
    assert "1 document" in out


@pytest.mark.skipif(not HAS_GIT, reason="git missing")
def test_a_nested_file_git_ignores_leaves_the_refusal(ws: Path) -> None:
    config(ws, "archiwum/*.yaml")
    write(ws, "archiwum/2024/ola.yaml", OLA.format(id="ola-2024"))
    subprocess.run(["git", "init", "-q"], cwd=ws, check=True)
    (ws / ".gitignore").write_text("archiwum/2024/\n", encoding="utf-8")
    code, _, err = run("lint", "--no-cache", "--select", "schema", "archiwum")
    assert code == 2 and err.startswith(REFUSED.format(verb="check")), err


def test_guard_the_pattern_of_a_whole_folder_refuses_without_a_look(ws: Path) -> None:
    for patterns in (["archiwum/"], ["archiwum/**"], ["/archiwum"]):
        config(ws, *patterns)
        write(ws, "archiwum/2024/ola.yaml", OLA.format(id="ola-2024"))
        code, _, err = run("lint", "--no-cache", "--select", "schema", "archiwum")
        assert code == 2 and err.startswith(REFUSED.format(verb="check")), (patterns, err)


def test_guard_the_top_folder_is_never_excluded_by_a_hidden_pattern(ws: Path) -> None:
    config(ws, ".*", "archiwum/*.yaml")
    code, out, _ = run("lint", "--no-cache", "--select", "schema", ".")
    assert code == 0 and "(1 document in 1 file)" in out
