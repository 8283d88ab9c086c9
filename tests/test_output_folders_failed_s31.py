"""`-o` into folders it makes: a write that fails leaves none behind, and every writer names a link
that leads nowhere as a link (session 31 review of `-o` making missing folders).

`-o build/reports/<a name too long>.xml` made `build/reports/`, then failed (exit 2) and left the
empty folders. A dangling link on the way was called "a file, not a folder". `cxkit schema -o`
made its folders on its own and said `Not a directory` / `File exists` where lint and render name
the folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from test_output_folders_s31 import cli, ws  # noqa: F401 - the fixture: the same workspace as there

TOO_LONG = "raport-" + "x" * 300


@pytest.mark.parametrize("command", [
    ("lint", "--no-cache", "-f", "junit", "-o"),
    ("render", "personas/ola.yaml", "-f", "html", "-o"),
    ("schema", "-o"),
], ids=["lint", "render", "schema"])
def test_a_failed_write_leaves_no_folder_it_made(ws: Path, command: tuple[str, ...]) -> None:
    """Before: exit 2, and build/reports/ stayed behind, empty."""
    result = cli(*command, f"build/reports/{TOO_LONG}.out")
    assert result.exit_code == 2
    assert "File name too long" in result.stderr
    assert not (ws / "build").exists()


def test_a_folder_that_was_there_stays(ws: Path) -> None:
    """Before: build/new/ stayed. Only the folders the write made are removed, never the user's own."""
    (ws / "build").mkdir()
    result = cli("lint", "--no-cache", "-f", "json", "-o", f"build/new/{TOO_LONG}.json")
    assert result.exit_code == 2
    assert os.listdir(ws / "build") == []


@pytest.mark.parametrize("command, prefix", [
    (("lint", "--no-cache", "-f", "json", "-o"), "cxkit: --output-file {}: cannot write the report: "),
    (("render", "personas/ola.yaml", "-f", "html", "-o"), "cxkit: {}: cannot write: "),
    (("schema", "-o"), "cxkit: cannot write {}: "),
], ids=["lint", "render", "schema"])
def test_a_link_that_leads_nowhere_is_named_as_a_link(ws: Path, command: tuple[str, ...], prefix: str) -> None:
    """Before: "raporty is a file, not a folder" (lint, render), "File exists" (schema)."""
    (ws / "raporty").symlink_to("usunięte")
    result = cli(*command, "raporty/cxkit.out")
    assert result.exit_code == 2
    assert result.stderr == prefix.format("raporty/cxkit.out") + (
        "raporty is a symbolic link to usunięte, which does not exist\n")
    assert (ws / "raporty").is_symlink() and not (ws / "usunięte").exists()


def test_schema_names_a_file_on_the_way_as_lint_does(ws: Path) -> None:
    """Before: `cxkit: cannot write notatki.md/schema.json: Not a directory`."""
    (ws / "notatki.md").write_text("# Notatki\n", encoding="utf-8")
    result = cli("schema", "-o", "notatki.md/schema.json")
    assert (result.exit_code, result.stderr) == (2, "cxkit: cannot write notatki.md/schema.json: "
                                                    "notatki.md is a file, not a folder\n")
    lint = cli("lint", "--no-cache", "-f", "json", "-o", "notatki.md/lint.json")
    assert lint.stderr.endswith(": notatki.md is a file, not a folder\n")


def test_schema_still_makes_its_folders(ws: Path) -> None:
    """Guard."""
    result = cli("schema", "-o", "schema/nowy/cxkit.json")
    assert result.exit_code == 0, result.stderr
    assert (ws / "schema" / "nowy" / "cxkit.json").read_text(encoding="utf-8").lstrip().startswith("{")
