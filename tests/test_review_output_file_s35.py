"""`cxkit review -o FILE` (tester37 M1): the report written atomically, as `cxkit lint -o` writes its own, and
no file at all when review cannot run (exit 2), so that a CI step posts a comment only when there is one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import committed


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A branch that turns Tomek's age into a 15-year range (a CX101 warning introduced), uncommitted."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    r = committed(tmp_path / "zespol", monkeypatch, {"cxkit.toml": 'lang = "pl"\n', "personas/tomek.yaml": PERSONA_PL})
    r.write("personas/tomek.yaml", PERSONA_PL.replace("  age: 34\n", "  age: 30-45\n"))
    return r


def test_the_report_goes_to_the_file_in_markdown_with_the_exit_code_of_the_review(repo, tmp_path):
    """Fails before: no such option (exit 2, `No such option: -o`)."""
    out = tmp_path / "review.md"
    result = run_cli("review", "HEAD", "-o", str(out))
    assert result.exit_code == 1, result.stderr
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!-- cxkit-review -->\n## cxkit review: `HEAD`")
    assert "CX101" in text
    # The previous report is replaced without --force; so is one written again in another run.
    assert run_cli("review", "HEAD", "-o", str(out)).exit_code == 1
    assert out.read_text(encoding="utf-8") == text


def test_exit_2_writes_no_file_and_leaves_an_old_one_alone(repo, tmp_path):
    """Fails before: no such option. With `> review.md` the shell leaves an empty file, which a CI step posted."""
    out = tmp_path / "review.md"
    result = run_cli("review", "no-such-branch", "-o", str(out))
    assert result.exit_code == 2 and "nieznana rewizja „no-such-branch”" in result.stderr  # Polish workspace (s40)
    assert not out.exists()
    out.write_text("<!-- cxkit-review -->\nold\n", encoding="utf-8")
    assert run_cli("review", "no-such-branch", "-o", str(out)).exit_code == 2
    assert out.read_text(encoding="utf-8") == "<!-- cxkit-review -->\nold\n"


@pytest.mark.parametrize("fmt, start", [("json", '{\n  "format": "cxkit-review/1"'), ("text", "cxkit review: HEAD"),
                                        ("html", "<!DOCTYPE html>")])
def test_each_format_is_written_and_replaces_its_own_previous_report(repo, tmp_path, fmt, start):
    out = tmp_path / f"review.{fmt}"
    assert run_cli("review", "HEAD", "-f", fmt, "-o", str(out)).exit_code == 1
    first = out.read_text(encoding="utf-8")
    assert first.startswith(start)
    assert run_cli("review", "HEAD", "-f", fmt, "-o", str(out)).exit_code == 1
    if fmt == "json":
        assert json.loads(out.read_text(encoding="utf-8"))["failed"] is True


def test_a_file_that_is_no_review_report_takes_force(repo, tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("# Notatki z przeglądu\n", encoding="utf-8")
    result = run_cli("review", "HEAD", "-o", str(notes))
    assert result.exit_code == 2
    assert "cannot write the report: the file is not a previous review report" in result.stderr
    assert "add --force" in result.stderr
    assert notes.read_text(encoding="utf-8") == "# Notatki z przeglądu\n"
    md = tmp_path / "review.md"
    assert run_cli("review", "HEAD", "-o", str(md)).exit_code == 1
    result = run_cli("review", "HEAD", "-f", "json", "-o", str(md))
    assert result.exit_code == 2 and "is a review report in markdown, not in the json this writes" in result.stderr
    assert run_cli("review", "HEAD", "-o", str(notes), "--force").exit_code == 1
    assert notes.read_text(encoding="utf-8").startswith("<!-- cxkit-review -->")


def test_a_document_a_config_or_a_link_is_refused_before_review_runs(repo, tmp_path):
    for name in ("cxkit.toml", "personas/tomek.yaml"):
        before = Path(name).read_bytes()
        result = run_cli("review", "HEAD", "-o", name, "--force")
        assert result.exit_code == 2 and "ten plik to YAML albo TOML" in result.stderr  # lang = "pl" (s39)
        assert Path(name).read_bytes() == before
    if os.name != "nt":
        os.symlink(tmp_path / "elsewhere.md", "review.md")
        result = run_cli("review", "HEAD", "-o", "review.md")
        assert result.exit_code == 2 and "symbolic link" in result.stderr
        assert not (tmp_path / "elsewhere.md").exists()


def test_a_lint_report_is_not_a_review_report(repo, tmp_path):
    out = tmp_path / "report.txt"
    assert run_cli("lint", "-o", str(out)).exit_code == 1
    result = run_cli("review", "HEAD", "-f", "text", "-o", str(out))
    assert result.exit_code == 2
    assert "is a lint report in text, not a review report in the text this writes" in result.stderr
