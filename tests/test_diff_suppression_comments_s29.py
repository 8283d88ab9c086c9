"""`cxkit diff` (and git's diff driver) shows a `# cxkit: disable` comment added or removed: no value
changes, but lint's verdict does, and a pull request that only adds `# cxkit: disable-file=ALL`
read "No semantic differences"."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import run_cli
from git_helpers import PAWEL_SILENCED, Repo, committed, needs_git

pytestmark = needs_git

PAWEL = PAWEL_SILENCED


@pytest.fixture
def shop(tmp_path, monkeypatch) -> Repo:
    return committed(tmp_path / "pasmo", monkeypatch, {"personas/pawel.yaml": PAWEL})


def test_a_disable_file_comment_added_is_a_difference(shop):
    shop.write("personas/pawel.yaml", "# cxkit: disable-file=ALL\n" + PAWEL)
    result = run_cli("diff", "HEAD")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "pawel-programista  personas/pawel.yaml",
        "  + # cxkit: disable-file=ALL (dodano komentarz wyłączający regułę: lint przestaje zgłaszać to, co wycisza)",
        "",
        "1 dokument różni się (1 zmieniony); 1 zmiana w dokumencie.",
    ]
    [entry] = json.loads(run_cli("diff", "HEAD", "-f", "json").stdout)
    assert (entry["op"], entry["path"], entry["new"]) == ("added", "# cxkit: disable-file=ALL", "# cxkit: disable-file=ALL")
    md = run_cli("diff", "HEAD", "-f", "md").stdout
    assert "- **dodano** `# cxkit: disable-file=ALL` (komentarz wyłączający regułę: lint przestaje zgłaszać to, co wycisza)" in md


def test_a_line_comment_removed_and_the_git_driver(shop):
    shop.write("personas/pawel.yaml", PAWEL.replace("  # cxkit: disable=pseudo-profiling", ""))
    result = run_cli("diff", "HEAD")
    assert "  - # cxkit: disable=pseudo-profiling (usunięto komentarz wyłączający regułę: lint znów zgłasza to, co wyciszał)" in result.stdout
    shop.write(".gitattributes", "*.yaml diff=cxkit\n")
    proc = subprocess.run(["git", "-c", f"diff.cxkit.command={sys.executable} -m cxkit diff --git-driver", "diff", "--",
                           "personas/pawel.yaml"], cwd=shop.root, env=shop.env, capture_output=True, text=True)
    assert "- # cxkit: disable=pseudo-profiling" in proc.stdout, proc.stdout + proc.stderr
    assert "No semantic differences" not in proc.stdout


def test_a_comment_moved_or_respaced_is_no_difference(shop):
    """A guard: the same comments, another line or spacing, change nothing lint reports."""
    shop.write("personas/pawel.yaml", PAWEL.replace("  # cxkit: disable=pseudo-profiling", "  #  cxkit:  disable=pseudo-profiling")
               + "# a note, not a suppression\n")
    result = run_cli("diff", "HEAD")
    assert result.exit_code == 0, result.stdout
