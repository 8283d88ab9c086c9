"""`cxkit lint -o FILE` under GitHub Actions still writes the job's step summary.

Since a report file became text under GitHub Actions (the automatic `github` format's workflow
commands are read from stdout only), `-o lint.txt` no longer appended the `### cxkit lint` section to
`$GITHUB_STEP_SUMMARY`: a job that kept its report as an artifact lost the table on the job's page.
The step summary is part of what GitHub Actions gets by default, so it is written whatever -o is;
`--format` chosen on the command line (text, json, ...) still writes none, as README says.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import NEGATIVE_PL, PERSONA_PL, run_cli


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    top = tmp_path / "repo"
    (top / "personas").mkdir(parents=True)
    (top / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (top / "personas/tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (top / "personas/janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    # A second persona with Tomek's id: a duplicate-id error for the table.
    (top / "personas/tomek-kopia.yaml").write_text(
        PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomasz Kopia"), encoding="utf-8")
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # files written just now: a warm run may answer from the cache
    monkeypatch.chdir(top)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("COLUMNS", "100")
    return top


def _page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> Path:
    page = tmp_path / name
    page.write_text("", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(page))
    return page


def _annotated_section(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    page = _page(tmp_path, monkeypatch, "on-stdout.md")
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 1 and "::error file=" in result.stdout
    section = page.read_text(encoding="utf-8")
    assert section.startswith("\n### cxkit lint\n") and "duplicate-id" in section
    return section


@pytest.mark.parametrize("cache", [["--no-cache"], []], ids=["no-cache", "cold-then-warm"])
def test_a_report_file_under_github_actions_still_writes_the_step_summary(ws, tmp_path, monkeypatch, cache):
    section = _annotated_section(tmp_path, monkeypatch)
    page = _page(tmp_path, monkeypatch, "with-o.md")
    runs = 1 if cache else 3  # with the cache: the cold run, then the warm one that answers from it
    for n in range(1, runs + 1):
        result = run_cli("lint", *cache, "-o", "lint.txt")
        assert (result.exit_code, result.stdout) == (1, "")
        assert result.stderr.startswith("cxkit: Znaleziono ") and result.stderr.count("\n") == 1  # the summary line
        assert page.read_text(encoding="utf-8") == section * n
    written = (ws / "lint.txt").read_text(encoding="utf-8")
    assert "::error" not in written and "duplicate-id" in written


def test_a_nested_workspace_report_file_still_writes_the_step_summary(ws, tmp_path, monkeypatch):
    (ws / "client").mkdir()
    (ws / "client/cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "client/janusz.yaml").write_text(NEGATIVE_PL.replace("janusz", "janusz-klient"), encoding="utf-8")
    section = _annotated_section(tmp_path, monkeypatch)
    page = _page(tmp_path, monkeypatch, "nested.md")
    assert run_cli("lint", "--no-cache", "-o", "lint.txt").exit_code == 1
    assert page.read_text(encoding="utf-8") == section


@pytest.mark.parametrize("args", [["-f", "text"], ["-f", "json"], ["--statistics"]])
def test_a_format_asked_for_writes_no_step_summary(ws, tmp_path, monkeypatch, args):
    # Guards: text, json or a table asked for on the command line are not the github format.
    page = _page(tmp_path, monkeypatch, "asked.md")
    result = run_cli("lint", "--no-cache", *args, "-o", "lint.txt")
    # (The summary line goes to the step's log, as for any report file under GitHub Actions.)
    assert result.exit_code == 1
    assert result.stderr.startswith("cxkit: Znaleziono ") and result.stderr.endswith(" sprawdzono 3 dokumenty.\n")
    assert page.read_text(encoding="utf-8") == ""
