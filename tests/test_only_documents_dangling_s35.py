"""`--only-documents` skips a named path that no longer exists (09c4b375, tester37 M3), but a symbolic link
named that leads nowhere is there: it is still reported as the file it cannot read, as without the option, and
the run fails.  No test covered it: with `os.path.exists` for `lexists` in named.only_documents, the link was
skipped as "deleted?" and the run passed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import PERSONA_PL, enter_workspace, run_cli

pytestmark = pytest.mark.skipif(os.name == "nt", reason="symbolic links need a privilege on Windows")


def test_a_dangling_link_named_is_reported_not_skipped(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-07",
                    files={"personas/tomek.yaml": PERSONA_PL})
    Path("personas/zniknela.yaml").symlink_to("nie-ma-takiej.yaml")
    result = run_cli("lint", "--no-cache", "--only-documents", "personas/zniknela.yaml", "personas/tomek.yaml")
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "personas/zniknela.yaml:1:1: error CX000" in result.stdout
    assert "skipped" not in result.stderr
    gone = run_cli("lint", "--no-cache", "--only-documents", "personas/usunieta.yaml", "personas/tomek.yaml")
    assert "1 podana ścieżka została pominięta: nie ma takiego pliku (usunięty?): personas/usunieta.yaml" in gone.stderr
