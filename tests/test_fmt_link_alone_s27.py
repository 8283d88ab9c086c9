"""`cxkit fmt --check` of files that are all links into files `exclude` leaves out: exit 2.

A CI job checks the files a branch changed (`cxkit fmt --check $(git diff --name-only main -- '*.yaml')`).
When the only change is `personas/ola.yaml -> ../drafts/szkic-oli.yaml` and `exclude = ["drafts/"]`,
fmt warned that it did not check the draft through the link, printed "Nothing to format: no file named
is a cxkit document that `exclude` leaves in." (the link is a document) and exited 0: the check passed
having checked nothing.  A named folder that `exclude` leaves out is refused (exit 2), so such links are
too: the message names the link, the file it leads to, and the command (keeping --check or --diff) that
checks that file by its own name.  `--only-documents` (the pre-commit hook) still skips it quietly.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links")

SZKIC_PL = """\
name: Ola Wiśniewska
kind: persona
id: ola-szkic
lang: pl
goals:
    - Chce porównać słuchawki w jednym miejscu, zanim pójdzie do salonu
"""

DRAFT_EN = """\
name: Margaret Hughes
kind: persona
id: margaret-draft
lang: en
goals:
    - Renews the family's broadband contract every two years after comparing three providers
"""

TIDY_EN = """\
kind: persona
id: mark-hughes
name: Mark Hughes
lang: en
goals:
  - Send a quote from the van within 10 minutes of leaving the site
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('exclude = ["drafts/"]\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "szkic-oli.yaml").write_text(SZKIC_PL, encoding="utf-8")
    (tmp_path / "drafts" / "margaret.yaml").write_text(DRAFT_EN, encoding="utf-8")
    (tmp_path / "personas" / "mark.yaml").write_text(TIDY_EN, encoding="utf-8")
    (tmp_path / "personas" / "ola.yaml").symlink_to("../drafts/szkic-oli.yaml")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("mode", ["--check", "--diff"])
def test_a_check_of_the_link_alone_is_a_usage_error(ws: Path, mode: str) -> None:
    code, out, err = run("fmt", mode, "personas/ola.yaml")
    assert (code, out) == (2, "")
    assert err == (
        "cxkit: nothing to check: personas/ola.yaml, the only file named, is a link to drafts/szkic-oli.yaml, "
        "which `exclude` leaves out (in cxkit.toml); name that file itself to check it "
        f"(cxkit fmt {mode} drafts/szkic-oli.yaml)\n")
    assert "Nothing to format" not in err
    # The advice works: it checks the draft, which would be reformatted.
    assert run("fmt", mode, "drafts/szkic-oli.yaml")[0] == 1
    assert (ws / "drafts" / "szkic-oli.yaml").read_text(encoding="utf-8") == SZKIC_PL


def test_formatting_the_link_alone_is_a_usage_error_and_writes_nothing(ws: Path) -> None:
    code, out, err = run("fmt", "-q", "personas/ola.yaml")
    assert (code, out) == (2, "")
    assert err.endswith("name that file itself to lay it out (cxkit fmt drafts/szkic-oli.yaml)\n")
    assert (ws / "drafts" / "szkic-oli.yaml").read_text(encoding="utf-8") == SZKIC_PL


def test_two_links_to_two_drafts_name_both_files(ws: Path) -> None:
    (ws / "personas" / "margaret.yaml").symlink_to("../drafts/margaret.yaml")
    code, _, err = run("fmt", "--check", "personas/ola.yaml", "personas/margaret.yaml")
    assert code == 2
    assert err == (
        "cxkit: nothing to check: every file named (personas/ola.yaml, personas/margaret.yaml) is a link to a file "
        "`exclude` leaves out (in cxkit.toml); name those files themselves to check them "
        "(cxkit fmt --check drafts/szkic-oli.yaml drafts/margaret.yaml)\n")


def test_guard_beside_a_file_it_checks_the_link_is_a_warning(ws: Path) -> None:
    code, _, err = run("fmt", "--check", "personas/ola.yaml", "personas/mark.yaml")
    assert code == 0
    assert err.startswith("cxkit: warning: personas/ola.yaml leads to drafts/szkic-oli.yaml")
    assert err.endswith("1 file would be left unchanged.\n")


def test_guard_the_hook_skips_the_link_quietly(ws: Path) -> None:
    code, out, err = run("fmt", "--check", "--only-documents", "-q", "personas/ola.yaml")
    assert (code, out, err) == (0, "", "")


def test_guard_a_named_draft_is_checked(ws: Path) -> None:
    code, _, err = run("fmt", "--check", "drafts/szkic-oli.yaml")
    assert code == 1 and "would reformat drafts/szkic-oli.yaml" in err
