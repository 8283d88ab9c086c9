"""review17 fixes to `cxkit lint`'s session-25 options: `-o` through a link (R17-1), `--stdin-filename`
naming a linked document (R17-2) or a folder (R17-8).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

KAMIL = """kind: persona
id: kamil-promocje
name: Kamil Kupuje Pod Promocje
lang: pl
goals:
  - Ceni jakość
"""

ANNA = """kind: persona
id: anna-nowak
name: Anna Nowak
lang: pl
goals:
  - Kupić rower gravel do 6000 zł przed majówką
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.setenv("NO_COLOR", "1")
    for rel, text in {"cxkit.toml": 'lang = "pl"\n', "personas/kamil.yaml": KAMIL, "drafts/anna.yaml": ANNA}.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    return tmp_path


def run(*args: str, data: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["lint", *args], input=None if data is None else data.encode("utf-8"))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


# R17-1: the report never goes through a link into a document, nor onto a file being linted.


@pytest.mark.parametrize("link", ["report.txt", "out/lint-report"])
def test_output_file_that_is_a_link_to_a_document_is_refused_and_the_document_kept(ws: Path, link: str) -> None:
    (ws / link).parent.mkdir(exist_ok=True)
    (ws / link).symlink_to(ws / "personas" / "kamil.yaml")
    code, out, err = run("--no-cache", "-o", link, "drafts")
    assert (code, out) == (2, "")
    assert err == (
        f"cxkit: --output-file {link}: cannot write the report: the file is YAML or TOML (a link to "
        "personas/kamil.yaml) (a document or a config?), which the report would replace; give another file name, "
        "or delete it first\n"
    )
    assert (ws / "personas" / "kamil.yaml").read_text(encoding="utf-8") == KAMIL


def test_output_file_that_is_a_link_to_the_config_is_refused(ws: Path) -> None:
    (ws / "lint.log").symlink_to("cxkit.toml")
    code, _out, err = run("--no-cache", "-o", "lint.log")
    assert code == 2 and "(a link to cxkit.toml)" in err
    assert (ws / "cxkit.toml").read_text(encoding="utf-8") == 'lang = "pl"\n'


def test_output_file_that_is_a_named_file_is_refused(ws: Path) -> None:
    (ws / "notatki.txt").write_text("Spotkanie z klientką: rower gravel\n", encoding="utf-8")
    for spelled in ("notatki.txt", "./notatki.txt"):
        code, out, err = run("--no-cache", "-o", spelled, "notatki.txt")
        assert (code, out) == (2, "")
        assert err == (
            f"cxkit: --output-file {spelled.removeprefix('./')}: cannot write the report: that is a file being "
            "linted, which the report would replace; give another file name\n"
        )
    assert (ws / "notatki.txt").read_text(encoding="utf-8") == "Spotkanie z klientką: rower gravel\n"


def test_a_link_to_a_text_report_is_refused_and_its_file_written_by_name(ws: Path) -> None:
    # A link is never written through, even to a report (a pull request can commit one at the name
    # CI writes to); the file it leads to, named, is written.
    (ws / "artifacts").mkdir()
    (ws / "artifacts" / "lint.txt").write_text("All checks passed (1 document in 1 file).\n", encoding="utf-8")
    (ws / "lint.txt").symlink_to(ws / "artifacts" / "lint.txt")
    code, out, err = run("--no-cache", "-o", "lint.txt", "personas")
    assert (code, out) == (2, "") and "it is a symbolic link" in err
    assert (ws / "artifacts" / "lint.txt").read_text(encoding="utf-8") == "All checks passed (1 document in 1 file).\n"
    code, out, _err = run("--no-cache", "-o", "artifacts/lint.txt", "personas")
    assert (code, out) == (1, "")
    assert "personas/kamil.yaml:6:5: warning CX101" in (ws / "artifacts" / "lint.txt").read_text(encoding="utf-8")


# R17-2: a buffer saved through a link is not reported as a duplicate of itself.


def findings(*args: str, data: str | None = None) -> list[tuple[str, int, str]]:
    code, out, err = run("--no-cache", "-f", "json", *args, data=data)
    assert code in (0, 1), err
    return [(f["path"], f["line"], f["code"]) for f in json.loads(out)]


def test_buffer_of_a_link_inside_the_workspace_is_no_duplicate_of_itself(ws: Path) -> None:
    (ws / "personas" / "alias.yaml").symlink_to("../drafts/anna.yaml")
    named = findings("personas/alias.yaml")
    assert named and all(code != "CX003" for _path, _line, code in named)
    assert findings("-", "--stdin-filename", "personas/alias.yaml", data=ANNA) == named


def test_buffer_of_a_link_out_of_the_workspace_is_no_duplicate_of_itself(ws: Path, tmp_path: Path) -> None:
    shared = tmp_path.parent / f"{tmp_path.name}-wspolne"
    shared.mkdir()
    (shared / "anna.yaml").write_text(ANNA, encoding="utf-8")
    (ws / "drafts" / "anna.yaml").unlink()
    (ws / "personas" / "anna.yaml").symlink_to(shared / "anna.yaml")
    named = findings("personas/anna.yaml")
    assert named and all(code != "CX003" for _path, _line, code in named)
    assert findings("-", "--stdin-filename", "personas/anna.yaml", data=ANNA) == named


def test_a_buffer_with_another_documents_id_is_still_its_duplicate(ws: Path) -> None:
    # Guard: leaving the saved file out does not leave out the other documents.
    got = findings("-", "--stdin-filename", "personas/nowa.yaml", data=ANNA)
    assert ("personas/nowa.yaml", 2, "CX003") in got


# R17-8: --stdin-filename names a file.


@pytest.mark.parametrize("given, shown", [("personas/", "personas/"), ("personas", "personas"), (".", "."), ("..", "..")])
def test_stdin_filename_naming_a_folder_is_a_usage_error(ws: Path, given: str, shown: str) -> None:
    code, out, err = run("-", "--stdin-filename", given, data=KAMIL)
    assert (code, out) == (2, "")
    assert err == f"cxkit: --stdin-filename {shown}: names a folder; give the document's file name (personas/ola.yaml)\n"


def test_stdin_filename_of_a_new_file_in_a_new_folder_is_linted(ws: Path) -> None:
    # Guard: a path that does not exist yet (a new buffer in a new folder) is no folder.
    assert findings("-", "--stdin-filename", "personas/nowe/ola.yaml", data=KAMIL.replace("kamil-promocje", "ola-nowa"))
