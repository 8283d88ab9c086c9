"""Bad values of `cxkit.api`'s `baseline=` and `lint_text`'s `path` (session 34 review): each is a `CxkitError`
with a message naming the argument, never a traceback, never read as something else."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from baseline_helpers import LEGACY_OLA as OLA, adopted
from cxkit import api


@pytest.fixture
def ws(tmp_path, monkeypatch):
    return adopted(tmp_path, monkeypatch, "dług.json")


def test_a_baseline_given_as_bytes_is_refused_not_read_as_true(ws):
    """Fails before: b"pusty.json" was true, so the config's baseline hid every finding of ola.yaml."""
    Path("pusty.json").write_text('{"format": "cxkit-baseline/1", "findings": []}\n', encoding="utf-8")
    with pytest.raises(api.CxkitError, match=r"^baseline: b'pusty\.json' is bytes; give the baseline file's path"):
        api.lint(["personas"], baseline=b"pusty.json")
    with pytest.raises(api.CxkitError, match=r"^baseline: b'pusty\.json' is bytes"):
        api.lint_text(OLA, "personas/ola.yaml", baseline=b"pusty.json")
    assert api.lint(["personas"], baseline="pusty.json") == api.lint(["personas"]) != []


def test_a_nul_character_in_the_baseline_or_the_path_is_a_cxkit_error(ws):
    """Fails before: ValueError (embedded null byte) from deep in the baseline and buffer code."""
    with pytest.raises(api.CxkitError, match=r"^baseline: 'dług\\x00\.json' holds a NUL character"):
        api.lint(["personas"], baseline="dług\0.json")
    with pytest.raises(api.CxkitError, match=r"^path: 'personas/ola\\x00\.yaml' holds a NUL character"):
        api.lint_text(OLA, "personas/ola\0.yaml")


def test_a_baseline_file_for_a_text_with_no_path_is_refused_as_the_command_refuses_it(ws):
    """Fails before: the file was never read (not even checked to be there) and every finding came back, while
    `cxkit lint - --baseline FILE` without --stdin-filename stops with exit 2: a baseline matches by file."""
    from cxkit.cli import app

    command = CliRunner().invoke(app, ["lint", "-", "--baseline", "dług.json"], input=OLA)
    # The workspace is Polish, and so is the command's refusal (session 37); the API's error stays English.
    assert command.exit_code == 2 and "rozpoznaje zgłoszenia po ścieżce pliku, a dokument wczytany ze standardowego wejścia jej nie ma" in command.stderr
    with pytest.raises(api.CxkitError, match=r"^baseline: a document with no path is matched with a baseline by its file"):
        api.lint_text(OLA, baseline="dług.json")
    # True (the default) and False mean "the config's" and "none": nothing to match, no error.
    assert api.lint_text(OLA) == api.lint_text(OLA, baseline=False) != []
