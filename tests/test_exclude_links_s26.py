"""A file reached through a symbolic link is matched by where it leads too.

`exclude = ["drafts/"]` and a link `personas/ola.yaml -> ../drafts/szkic-oli.yaml` (or a linked folder
`personas/szkice -> ../drafts`): the link's path alone was matched, so a scan linted the draft under the
link's name, `--only-documents` (a hook) let it through, and `cxkit fmt` rewrote the draft through the
link.  A link to a draft is the draft: `exclude` and `per-file-ignores` match a link by its own path and
by the path of the file it leads to.  A file named is still checked by lint whatever `exclude` says;
fmt does not write through a link into an excluded file (it says so, and how to name the file itself).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links")

# A workshop draft: laid out by hand (fmt would reorder and reindent it), no sources, no review date.
DRAFT = """name: Ola Wiśniewska
kind: persona
id: ola-szkic
lang: pl
goals:
    - Chce porównać słuchawki w jednym miejscu, zanim pójdzie do salonu
pain_points:
    - Nie ufa opiniom w sklepie internetowym
"""

LEGACY = """kind: persona
id: margaret-legacy
name: Margaret Hughes
lang: en
goals:
  - Renews the family's broadband contract every two years after comparing three providers
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Polish and English workspace with a drafts/ folder that `exclude` leaves out."""
    top = tmp_path / "ws"
    for lang in ("pl", "en"):
        for folder in ("personas", "journeys"):
            for path in (EXAMPLES / lang / folder).glob("*.yaml"):
                (top / folder).mkdir(parents=True, exist_ok=True)
                shutil.copy(path, top / folder / path.name)
    (top / "drafts").mkdir()
    (top / "drafts" / "szkic-oli.yaml").write_text(DRAFT, encoding="utf-8")
    (top / "cxkit.toml").write_text('exclude = ["drafts/"]\n', encoding="utf-8")
    monkeypatch.chdir(top)
    monkeypatch.setenv("COLUMNS", "120")
    return top


def lint_json(*args: str) -> tuple[int, list[dict], str]:
    result = run_cli("lint", "--format", "json", *args)
    assert result.exception is None, result.exception
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr)
    return result.exit_code, json.loads(result.stdout), result.stderr


def paths_of(findings: list[dict]) -> set[str]:
    return {f["path"] for f in findings}


# --- lint ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [(), ("personas",), (".",)])
def test_a_scan_leaves_out_a_link_to_an_excluded_draft(ws: Path, args: tuple[str, ...]) -> None:
    (ws / "personas" / "ola.yaml").symlink_to("../drafts/szkic-oli.yaml")
    code, findings, _err = lint_json("--no-cache", *args)
    assert code == 0 and findings == []


def test_a_cached_run_leaves_it_out_too(ws: Path) -> None:
    assert lint_json()[:2] == (0, [])  # cached without the link
    (ws / "personas" / "ola.yaml").symlink_to("../drafts/szkic-oli.yaml")
    assert lint_json()[:2] == (0, [])
    assert lint_json()[:2] == (0, [])  # warm


def test_a_hook_naming_the_link_with_only_documents_skips_it(ws: Path) -> None:
    (ws / "personas" / "ola.yaml").symlink_to("../drafts/szkic-oli.yaml")
    code, findings, _err = lint_json("--no-cache", "--only-documents", "personas/ola.yaml",
                                     "personas/pawel-programista-audiofil.yaml")
    assert code == 0 and findings == []


def test_a_link_named_without_only_documents_is_checked_as_any_named_file(ws: Path) -> None:
    # Guard: a file named is always checked by lint, whatever `exclude` says (the draft named itself is too).
    (ws / "personas" / "ola.yaml").symlink_to("../drafts/szkic-oli.yaml")
    code, findings, _err = lint_json("--no-cache", "personas/ola.yaml")
    assert code == 1 and paths_of(findings) == {"personas/ola.yaml"}


def test_stdin_with_the_links_name_and_only_documents_is_skipped(ws: Path) -> None:
    (ws / "personas" / "ola.yaml").symlink_to("../drafts/szkic-oli.yaml")
    result = subprocess.run(
        [sys.executable, "-m", "cxkit", "lint", "-f", "json", "--only-documents", "--stdin-filename",
         "personas/ola.yaml", "-"], input=DRAFT.encode(), capture_output=True, cwd=ws, timeout=120)
    assert (result.returncode, result.stdout.decode()) == (0, "[]\n"), result.stderr.decode()


def test_a_named_linked_folder_into_drafts_is_excluded_as_drafts_is(ws: Path) -> None:
    (ws / "personas" / "szkice").symlink_to("../drafts")
    result = run_cli("lint", "--no-cache", "personas/szkice")
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: nothing to check: personas/szkice, the only folder named, is excluded")
    assert "Traceback" not in result.stderr


def test_a_linked_folder_into_drafts_is_not_noted_as_unchecked(ws: Path) -> None:
    # `paths` leaves drafts/ itself out of the scan: the link leads to what `exclude` leaves out, no news.
    (ws / "cxkit.toml").write_text('paths = ["personas", "journeys"]\nexclude = ["drafts/"]\n', encoding="utf-8")
    (ws / "personas" / "szkice").symlink_to("../drafts")
    code, findings, err = lint_json("--no-cache")
    assert (code, findings, err) == (0, [], "")


def test_a_link_in_drafts_to_a_persona_leaves_the_persona_checked(ws: Path) -> None:
    # Guard: the persona is checked once, under its own name; the link in drafts/ is left out.
    (ws / "drafts" / "kopia-pawla.yaml").symlink_to("../personas/pawel-programista-audiofil.yaml")
    (ws / "personas" / "pawel-programista-audiofil.yaml").write_text(
        (ws / "personas" / "pawel-programista-audiofil.yaml").read_text(encoding="utf-8").replace("reviewed:", "x-reviewed:"),
        encoding="utf-8")
    code, findings, _err = lint_json("--no-cache")
    assert paths_of(findings) == {"personas/pawel-programista-audiofil.yaml"}


# --- per-file-ignores -------------------------------------------------------------------------------

def _legacy_workspace(ws: Path, table: str) -> None:
    (ws / "legacy").mkdir()
    (ws / "legacy" / "margaret.yaml").write_text(LEGACY, encoding="utf-8")
    (ws / "cxkit.toml").write_text(f'paths = ["personas", "journeys"]\n\n[per-file-ignores]\n{table}\n', encoding="utf-8")
    (ws / "personas" / "margaret.yaml").symlink_to("../legacy/margaret.yaml")


def test_per_file_ignores_of_the_file_a_link_leads_to_apply(ws: Path) -> None:
    _legacy_workspace(ws, '"legacy/" = ["missing-sources", "missing-review-date"]')
    code, findings, _err = lint_json("--no-cache")
    assert {f["rule"] for f in findings if f["path"] == "personas/margaret.yaml"} == set()
    code, findings, _err = lint_json("--no-cache", "personas/margaret.yaml")
    assert findings == []


def test_per_file_ignores_of_the_links_own_path_still_apply(ws: Path) -> None:
    # Guard: the link's own path is matched as before.
    _legacy_workspace(ws, '"personas/margaret.yaml" = ["missing-sources"]')
    code, findings, _err = lint_json("--no-cache", "personas/margaret.yaml")
    assert {f["rule"] for f in findings} == {"missing-review-date"}


def test_stdin_under_the_links_name_gets_the_ignores_of_the_file_it_leads_to(ws: Path) -> None:
    _legacy_workspace(ws, '"/legacy/*.yaml" = ["missing-sources", "missing-review-date"]')
    result = subprocess.run(
        [sys.executable, "-m", "cxkit", "lint", "-f", "json", "--stdin-filename", "personas/margaret.yaml", "-"],
        input=LEGACY.encode(), capture_output=True, cwd=ws, timeout=120)
    assert (result.returncode, result.stdout.decode()) == (0, "[]\n"), result.stderr.decode()


# --- fmt ----------------------------------------------------------------------------------------------

def test_fmt_of_the_workspace_never_rewrites_the_draft_through_a_link(ws: Path) -> None:
    (ws / "personas" / "ola.yaml").symlink_to("../drafts/szkic-oli.yaml")
    (ws / "personas" / "szkice").symlink_to("../drafts")
    for args in ((), ("personas",), ("personas/szkice",), ("--only-documents", "personas/ola.yaml")):
        result = run_cli("fmt", "--no-cache", *args)
        # The linked folder alone is all excluded: nothing to format, exit 2 (as lint).
        expected = 2 if args == ("personas/szkice",) else 0
        assert result.exception is None and result.exit_code == expected, (args, result.stdout, result.stderr)
        assert (ws / "drafts" / "szkic-oli.yaml").read_text(encoding="utf-8") == DRAFT, args
        assert "ola.yaml" not in result.stdout + result.stderr, args


def test_fmt_check_reports_nothing_for_the_link(ws: Path) -> None:
    (ws / "personas" / "ola.yaml").symlink_to("../drafts/szkic-oli.yaml")
    result = run_cli("fmt", "--check", "--no-cache")
    assert (result.exit_code, "would reformat" in result.stdout + result.stderr) == (0, False), result.stdout


def test_fmt_naming_the_link_leaves_the_draft_and_says_how_to_lay_it_out(ws: Path) -> None:
    (ws / "personas" / "ola.yaml").symlink_to("../drafts/szkic-oli.yaml")
    result = run_cli("fmt", "--no-cache", "personas/ola.yaml")
    # Named alone, it leaves nothing to format: a usage error, as a named excluded folder is.
    assert result.exit_code == 2
    assert (ws / "drafts" / "szkic-oli.yaml").read_text(encoding="utf-8") == DRAFT
    assert result.stderr == (
        "cxkit: nothing to format: personas/ola.yaml, the only file named, is a link to drafts/szkic-oli.yaml, "
        "which `exclude` leaves out (in cxkit.toml); name that file itself to lay it out (cxkit fmt drafts/szkic-oli.yaml)\n")
    # Named by its own name, the draft is laid out, as any named file is (guard).
    again = run_cli("fmt", "--no-cache", "drafts/szkic-oli.yaml")
    assert again.exit_code == 0 and "warning" not in again.stderr
    assert (ws / "drafts" / "szkic-oli.yaml").read_text(encoding="utf-8").startswith("kind: persona\nid: ola-szkic\n")


def test_fmt_naming_the_link_beside_other_files_lays_out_the_others(ws: Path) -> None:
    (ws / "personas" / "ola.yaml").symlink_to("../drafts/szkic-oli.yaml")
    messy = ws / "personas" / "kamil-kupuje-pod-promocje.yaml"
    text = messy.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    name = next(i for i, line in enumerate(lines) if line.startswith("name:"))
    messy.write_text(lines.pop(name) + "".join(lines), encoding="utf-8")  # `name:` above `kind:`
    result = run_cli("fmt", "--no-cache", "personas/ola.yaml", "personas/kamil-kupuje-pod-promocje.yaml")
    assert result.exit_code == 0
    assert "reformatted personas/kamil-kupuje-pod-promocje.yaml" in result.stdout + result.stderr
    assert (ws / "drafts" / "szkic-oli.yaml").read_text(encoding="utf-8") == DRAFT


def test_fmt_naming_a_broken_link_into_drafts_reports_it_as_before(ws: Path) -> None:
    # The draft was deleted and the link kept: there is nothing to lay out by its own name, so fmt
    # reports the link it cannot read (exit 1), as it does for any broken link, and advises no command
    # that would fail ("cxkit fmt drafts/usuniety.yaml": no such file).
    (ws / "personas" / "ola.yaml").symlink_to("../drafts/usuniety.yaml")
    for args in (("personas/ola.yaml",), ("--check", "personas/ola.yaml")):
        result = run_cli("fmt", "--no-cache", *args)
        assert result.exception is None
        assert result.exit_code == 1, (args, result.stdout, result.stderr)
        assert ("personas/ola.yaml:1:1: error CX000 cannot read the file: it is a link to drafts/usuniety.yaml, "
                "which does not exist") in result.stdout + result.stderr
        assert "leads to" not in result.stderr and "cxkit fmt" not in result.stdout + result.stderr
    assert not (ws / "drafts" / "usuniety.yaml").exists()


def test_fmt_naming_a_file_missing_from_a_linked_folder_is_no_such_file(ws: Path) -> None:
    # A typo in a name under a linked folder into drafts/ is a usage error (exit 2), as it is anywhere.
    (ws / "personas" / "szkice").symlink_to("../drafts")
    result = run_cli("fmt", "--no-cache", "personas/szkice/szkic-olli.yaml")
    assert result.exception is None
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stderr == (
        "cxkit: personas/szkice/szkic-olli.yaml: no such file or directory; did you mean personas/szkice/szkic-oli.yaml?\n")
