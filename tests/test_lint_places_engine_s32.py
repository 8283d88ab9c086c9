"""The places of `lint -f json/sarif/gitlab` findings (document, data path, end) are worked out while
the run holds each parsed document and kept in the cache: the report reads no linted file for them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.finding import Finding, Severity
from cxkit.lint.formats import located
from places_helpers import reads as _reads
from output_workspace import PERSONA, enter_output_workspace


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The machine-output workspace (its persona without an `id` is also where the cross-file rule that
    misses a negative persona reports), with a lint cache of its own."""
    ws = enter_output_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # files just written: the warm run may trust their times
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    return ws


def _lint(*args: str) -> str:
    result = CliRunner().invoke(app, ["lint", *args])
    assert result.exit_code == 1, result.output
    return result.stdout


def test_a_cold_report_reads_only_the_file_of_a_cross_file_finding(workspace, monkeypatch):
    read = _reads(monkeypatch)
    found = json.loads(_lint("-f", "json", "--no-cache"))
    # The document rules' findings were placed while their documents were parsed; only the workspace rule's
    # finding (no negative persona, reported on bez-id.yaml) has its file read, once.
    assert read == ["personas/bez-id.yaml"]
    by_place = {(f["path"], f["line"], f["column"], f["rule"]): f for f in found}
    action = by_place[("journeys/zofia.yaml", 10, 17, "unowned-opportunity")]
    assert (action["document"], action["data_path"], action["end_line"], action["end_column"]) == (
        "zofia-kupuje", "stages[research].opportunities[0].action", 10, 36)
    goal = by_place[("personas/zofia.yaml", 12, 5, "pseudo-profiling")]
    assert (goal["document"], goal["data_path"], goal["end_line"], goal["end_column"]) == ("zofia-mama", "goals[0]", 12, 16)
    missing = by_place[("personas/bez-id.yaml", 1, 1, "missing-negative-persona")]
    assert (missing["document"], missing["data_path"], missing["end_line"], missing["end_column"]) == (None, "kind", 1, 5)


@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab"])
def test_a_warm_report_reads_no_file_and_prints_the_same(workspace, monkeypatch, fmt):
    cold = _lint("-f", fmt)  # lints, and keeps the findings with their places
    read = _reads(monkeypatch)
    warm = _lint("-f", fmt)  # the findings from the cache, rendered again
    assert warm == cold
    assert read == []


def test_a_text_run_works_out_no_place(workspace, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("a text report needs no place in the document")

    monkeypatch.setattr(located, "placed", refuse)
    monkeypatch.setattr(located, "with_places", refuse)
    assert "zofia.yaml:12:5" in _lint("--no-cache", "-f", "text")


def test_the_findings_of_a_file_share_its_document_id_and_keep_their_places_in_the_cache_row():
    from cxkit.yamlio import load_bytes

    loaded = load_bytes(PERSONA.encode())
    bare = [Finding("p.yaml", 9, 8, "CX120", "pseudo-profiling", Severity.warning, "wiek"),
            Finding("p.yaml", 12, 5, "CX120", "pseudo-profiling", Severity.warning, "cel")]
    placed = located.placed(loaded, bare)
    assert [f.at for f in placed] == [("zofia-mama", "demographics.age", 9, 15), ("zofia-mama", "goals[0]", 12, 16)]
    assert placed[0].at[0] is placed[1].at[0]  # one id string for the file's findings, not one each
    assert placed == bare  # the place is no part of a finding's identity (dedup, baselines)
    row = placed[1].as_row()
    assert len(row) == 9 and Finding.from_row(row).at == placed[1].at
    assert len(bare[1].as_row()) == 7  # a run without places stores rows as before

    from cxkit.lint.cache import _finding_row

    assert _finding_row(row) and _finding_row(bare[1].as_row())
    assert not _finding_row([*row[:8], ["zofia-mama", "goals[0]", 0, 16]])
    assert not _finding_row([*row[:8], ["zofia-mama", "goals[0]", 12]])
