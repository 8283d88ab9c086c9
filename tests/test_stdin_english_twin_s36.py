"""A document read from stdin in a Polish workspace keeps each finding's English twin (session 36).

`cxkit lint - --stdin-filename PATH` (an editor's buffer, a pre-commit hook) lints a copy in a temporary
folder and puts each finding back under PATH (src/cxkit/lint/buffer.py). In a Polish workspace the message
shown is Polish and the English twin (`Finding.english`) is what a baseline matches a finding by, so it
must come back with the finding, under PATH too: without it the baseline written from the file on disk
would not hide the buffer's findings, and the editor would show every recorded finding as new.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cxkit.api
from conftest import PERSONA_PL, enter_workspace, run_cli

#: Tomek with no sources and no `reviewed` date: missing-sources and missing-review-date, both recorded.
TOMEK = "\n".join(line for line in PERSONA_PL.splitlines() if not line.startswith("reviewed:")) + "\n"
TOMEK = TOMEK.split("sources:")[0]


@pytest.fixture
def recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Polish workspace whose baseline records every finding of Tomek as the file on disk has him."""
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\nbaseline = ".cxkit-baseline.json"\n',
                    today="2026-12-07", files={"personas/tomek.yaml": TOMEK})
    written = run_cli("lint", "--no-cache", "--write-baseline")
    assert written.exit_code == 0, written.stderr
    assert run_cli("lint", "--no-cache").exit_code == 0
    return tmp_path


def test_the_buffer_s_findings_keep_their_english_twin_under_its_path(recorded):
    found = cxkit.api.lint_text(TOMEK, "personas/tomek.yaml", baseline=False)
    assert found, "Tomek has findings"
    for f in found:
        assert f.path == "personas/tomek.yaml"
        assert f.english is not None and f.english_message != f.message  # Polish shown, English kept
        assert "cxkit-stdin-" not in f.english_message  # the temporary copy is named nowhere
    on_disk = cxkit.api.lint("personas/tomek.yaml")
    assert [(f.rule, f.english_message) for f in found] == [(f.rule, f.english_message) for f in on_disk]


def test_the_baseline_written_from_the_file_hides_the_buffer_s_findings(recorded):
    assert cxkit.api.lint_text(TOMEK, "personas/tomek.yaml") == []


@pytest.mark.parametrize("text", [b"", b"   \n\n", b"kind: persona\nid: x\nname: \xff\n"])
def test_a_reading_finding_s_english_twin_speaks_of_the_input_as_an_english_workspace_does(tmp_path, monkeypatch,
                                                                                        text):
    """The reading rules say "the file" of a file and "the input" of stdin (its message and its English twin
    alike): the twin the baseline keys on is the English workspace's message, word for word."""
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', files={"personas/ola.yaml": TOMEK})
    [polish] = cxkit.api.lint_text(text, "personas/nowa.yaml", baseline=False)
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    [english] = cxkit.api.lint_text(text, "personas/nowa.yaml", baseline=False)
    assert polish.english is not None and english.english is None
    assert polish.english_message == english.message
    assert "the input" in english.message and "the file" not in english.message
