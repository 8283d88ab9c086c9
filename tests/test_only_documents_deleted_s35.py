"""`--only-documents` with a named path that no longer exists (tester37 M3): a hook that passes every changed
file (`git diff --cached --name-only`, lefthook, husky) passes deletions too; the path is skipped with a note,
as `--files-from` skips its entries, not the whole hook stopped with exit 2."""

from __future__ import annotations

import pytest

from conftest import PERSONA_PL, enter_workspace, run_cli

NOTE = "cxkit: uwaga: 1 podana ścieżka została pominięta: nie ma takiego pliku (usunięty?): personas/usunieta.yaml\n"  # a Polish workspace


@pytest.fixture
def ws(tmp_path, monkeypatch):
    return enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-07",
                           files={"personas/tomek.yaml": PERSONA_PL})


@pytest.mark.parametrize("command", [["lint", "-f", "json"], ["fmt", "--check"]])
def test_a_deleted_file_among_the_named_ones_is_skipped_with_a_note(ws, command):
    """Fails before: exit 2, `personas/usunieta.yaml: no such file or directory`."""
    alone = run_cli(*command, "--only-documents", "personas/tomek.yaml")
    result = run_cli(*command, "--only-documents", "personas/usunieta.yaml", "personas/tomek.yaml")
    assert (result.exit_code, result.stdout) == (alone.exit_code, alone.stdout)
    assert result.stderr.startswith(NOTE) and result.stderr[len(NOTE):] == alone.stderr


def test_only_deleted_files_named_is_nothing_to_check(ws):
    result = run_cli("lint", "--only-documents", "personas/usunieta.yaml")
    assert result.exit_code == 0
    assert result.stdout == "Nie ma czego sprawdzać: żaden z podanych plików nie jest dokumentem cxkit, którego nie wyklucza `exclude`.\n"
    assert result.stderr == NOTE


def test_quiet_leaves_the_note_out_and_without_the_option_it_is_still_an_error(ws):
    result = run_cli("lint", "-q", "--only-documents", "personas/usunieta.yaml", "personas/tomek.yaml")
    assert result.stderr == "" and result.exit_code == 1
    plain = run_cli("lint", "personas/usunieta.yaml", "personas/tomek.yaml")
    assert plain.exit_code == 2 and "personas/usunieta.yaml: nie ma takiego pliku ani folderu" in plain.stderr


def test_several_are_counted(ws):
    result = run_cli("lint", "--only-documents", "a.yaml", "b.yaml", "personas/tomek.yaml")
    assert "cxkit: uwaga: 2 podane ścieżki zostały pominięte: nie ma takich plików (usunięte?): a.yaml, b.yaml\n" in result.stderr
