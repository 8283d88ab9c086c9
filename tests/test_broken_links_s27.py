"""A broken symbolic link is reported as one, naming the file it leads to.

`personas/zniknela.yaml -> ../archiwum/usuniety.yaml`, the file deleted: `cxkit lint` and `cxkit fmt`
said "cannot read the file: No such file or directory", as if the name given were wrong.  They now say
"cannot read the file: it is a link to archiwum/usuniety.yaml, which does not exist", where the error
stands (named, in a scan, from the cache, with --jobs).

A broken link into a folder `exclude` leaves out (drafts/) is left out of folder scans and of
`--only-documents`, as the file it leads to would be; named, it is that located error (exit 1).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links")

ANNA = """\
kind: persona
id: anna-ksiegowa
name: Anna, księgowa w biurze rachunkowym
lang: pl
goals:
  - Chce zamknąć miesiąc dla dwudziestu klientów bez nadgodzin
"""

BROKEN_ARCHIVE = ("personas/zniknela.yaml:1:1: error CX000 cannot read the file: it is a link to "
                  "archiwum/usuniety.yaml, which does not exist [read-error]")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    (tmp_path / "cxkit.toml").write_text('exclude = ["drafts/"]\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "drafts").mkdir()
    (tmp_path / "archiwum").mkdir()
    (tmp_path / "personas" / "anna.yaml").write_text(ANNA, encoding="utf-8")
    (tmp_path / "personas" / "zniknela.yaml").symlink_to("../archiwum/usuniety.yaml")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("args", [("personas/zniknela.yaml",), ("personas",), ("--no-cache", "-j", "2", "personas")])
def test_lint_says_the_link_leads_to_a_missing_file(ws: Path, args: tuple[str, ...]) -> None:
    code, out, _ = run("lint", "--select", "read-error", *args)
    assert code == 1
    assert out.splitlines()[0] == BROKEN_ARCHIVE
    assert "No such file or directory" not in out


def test_a_cached_run_says_it_too(ws: Path) -> None:
    first = run("lint", "--format", "json", "personas")
    again = run("lint", "--format", "json", "personas")
    assert first == again
    assert [f["message"] for f in json.loads(again[1]) if f["rule"] == "read-error"] == [
        "cannot read the file: it is a link to archiwum/usuniety.yaml, which does not exist"]


@pytest.mark.parametrize("mode", [(), ("--check",)])
def test_fmt_says_the_link_leads_to_a_missing_file(ws: Path, mode: tuple[str, ...]) -> None:
    code, out, err = run("fmt", *mode, "personas/zniknela.yaml")
    assert code == 1
    assert BROKEN_ARCHIVE in out + err
    assert not (ws / "archiwum" / "usuniety.yaml").exists()


def test_a_chain_of_links_names_the_file_at_its_end(ws: Path) -> None:
    (ws / "personas" / "zniknela.yaml").unlink()
    (ws / "personas" / "posrednik.yaml").symlink_to("../archiwum/usuniety.yaml")
    (ws / "personas" / "zniknela.yaml").symlink_to("posrednik.yaml")
    code, out, _ = run("lint", "personas/zniknela.yaml")
    assert code == 1 and out.splitlines()[0] == BROKEN_ARCHIVE


def test_a_broken_link_into_drafts_is_left_out_of_scans_and_hooks_but_named_is_an_error(ws: Path) -> None:
    (ws / "personas" / "zniknela.yaml").unlink()
    (ws / "personas" / "szkic.yaml").symlink_to("../drafts/usuniety.yaml")
    # A scan leaves it out, as it would leave out the draft it led to.
    assert run("lint", "--select", "read-error", "personas")[:2] == (0, "All checks passed (1 document in 1 file).\n")
    assert run("fmt", "--check", "personas")[0] == 0
    # A hook (--only-documents) too.
    assert run("lint", "--only-documents", "-q", "personas/szkic.yaml") == (0, "", "")
    assert run("fmt", "--only-documents", "-q", "personas/szkic.yaml") == (0, "", "")
    # Named, it is an error at its place, saying what is missing.
    code, out, _ = run("lint", "personas/szkic.yaml")
    assert code == 1
    assert out.splitlines()[0] == ("personas/szkic.yaml:1:1: error CX000 cannot read the file: it is a link to "
                                   "drafts/usuniety.yaml, which does not exist [read-error]")


def test_guard_a_missing_name_that_is_no_link_is_a_usage_error(ws: Path) -> None:
    code, _, err = run("lint", "personas/nie-ma.yaml")
    assert (code, err) == (2, "cxkit: personas/nie-ma.yaml: no such file or directory\n")


def test_guard_a_link_loop_keeps_the_systems_words(ws: Path) -> None:
    (ws / "personas" / "petla.yaml").symlink_to("petla.yaml")
    code, out, _ = run("lint", "personas/petla.yaml")
    assert code == 1 and "Too many levels of symbolic links" in out
