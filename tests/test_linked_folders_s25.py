"""A link to a folder that a folder scan passes over is noted (tester16 F5).

A folder scan does not follow links to folders (a link to a folder above would loop, one to a folder
scanned anyway would check each document twice); a link named on the command line is followed, as
are links to files.  The scan passed over them without a word, so `cxkit lint` in a workspace with
`shared -> ../shared` said "All checks passed (3 documents)" with the linked personas unread.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tester16's layout: the team's personas, and `shared` linking to a folder beside the workspace."""
    (tmp_path / "shared").mkdir()
    for path in (EXAMPLES / "en" / "personas").glob("*.yaml"):
        (tmp_path / "shared" / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    work = tmp_path / "ws"
    work.mkdir()
    for path in (EXAMPLES / "pl" / "personas").glob("*.yaml"):
        (work / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (work / "shared").symlink_to("../shared")
    monkeypatch.chdir(work)
    return work


def lint(*args: str):
    result = run_cli("lint", "--no-cache", *args)
    assert result.exception is None, result.exception
    return result


ONE = ("cxkit: note: shared is a link to a folder, which a folder scan does not follow, so nothing in it was "
       "checked; name it to check it (cxkit lint shared)\n")


def test_a_linked_folder_passed_over_is_noted(ws: Path) -> None:
    result = lint()
    assert result.exit_code == 0
    assert result.stdout == "All checks passed (3 documents in 3 files).\n"
    assert result.stderr == ONE
    # Named, it is checked, with nothing to note.
    named = lint("shared")
    assert (named.exit_code, named.stdout, named.stderr) == (0, "All checks passed (2 documents in 2 files).\n", "")


def test_the_note_is_one_line_whatever_the_format(ws: Path) -> None:
    for fmt in ("json", "gitlab", "sarif"):
        assert lint("--format", fmt).stderr == ONE


def test_links_below_are_named_from_the_folder_searched(ws: Path) -> None:
    (ws / "zespoly" / "b2b").mkdir(parents=True)
    (ws / "zespoly" / "b2b" / "wspolne").symlink_to("../../../shared")
    for n in range(6):
        (ws / f"link-{n}").symlink_to("../shared")
    result = lint()
    assert result.stderr == (
        "cxkit: note: 8 links to folders were not followed by the folder scan, so nothing in them was checked: "
        "link-0, link-1, link-2, link-3, link-4 and 3 more; name one to check it (cxkit lint link-0)\n"
    )
    assert "zespoly/b2b/wspolne" in lint("zespoly").stderr


def test_a_link_into_the_folder_scanned_is_no_news(ws: Path) -> None:
    (ws / "shared").unlink()
    (ws / "archiwum" / "2026").mkdir(parents=True)
    (ws / "najnowsze").symlink_to("archiwum/2026")
    result = lint()
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_link_that_loops_is_noted_and_not_followed(ws: Path) -> None:
    (ws / "shared").unlink()
    (ws / "w-gore").symlink_to("..")
    result = lint()
    assert result.stdout == "All checks passed (3 documents in 3 files).\n"
    assert "note: w-gore is a link to a folder" in result.stderr


def test_an_excluded_or_git_ignored_link_is_not_noted(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('exclude = ["shared"]\n', encoding="utf-8")
    assert lint().stderr == ""
    (ws / "cxkit.toml").write_text("", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(ws)], check=True)
    (ws / ".gitignore").write_text("shared\n", encoding="utf-8")
    assert lint().stderr == ""
