"""A baseline and a run of part of the workspace (a path named, --files-from, --select): the entries of
what the run did not check are neither reported as fixed nor dropped by `--write-baseline` (session 32).

A hook that lints the changed files, or a `cxkit lint personas/ --write-baseline` to shrink one folder's
entries, used to call every other file's entries "no longer found" and wrote the baseline without them:
the next full run failed on all of them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from baseline_helpers import LEGACY_OLA as OLA, adopted
from conftest import run_cli

#: A second one, in another folder; a negative persona (missing-sources) keeps `missing-negative-persona` quiet.
JAN = OLA.replace("ola-stara", "jan-stary").replace("Ola Nowak", "Jan Wiśniewski").replace(
    "Klientka, która", "Klient, który").replace("Ceni jakość", "Lubi wygodę")

NEG = """\
kind: negative-persona
id: lowca-promocji
name: Łowca promocji
lang: pl
summary: Kupuje polisę tylko w dniu promocji i rezygnuje po miesiącu, gdy rabat się kończy.
reasons:
  - Rezygnuje z polisy po pierwszym miesiącu, gdy kończy się rabat powitalny
reviewed: 2026-11-01
"""


@pytest.fixture
def ws(tmp_path, monkeypatch):
    return adopted(tmp_path / "ws", monkeypatch, ".cxkit-baseline.json",
                   {"personas/stare/ola.yaml": OLA, "persony/jan.yaml": JAN, "negatywne/lowca.yaml": NEG},
                   ("--no-baseline",))


def entries() -> list[dict]:
    return json.loads(Path(".cxkit-baseline.json").read_text(encoding="utf-8"))["findings"]


def test_a_run_of_one_folder_calls_no_other_files_entry_fixed(ws):
    """Fails before: the run of personas/ said the other folder's entries were no longer found."""
    every = entries()
    assert {e["path"] for e in every} == {"personas/stare/ola.yaml", "persony/jan.yaml", "negatywne/lowca.yaml"}
    part = run_cli("lint", "personas/")
    assert part.exit_code == 0, part.stdout
    assert "już nie występ" not in part.stderr
    listed = Path("lista.txt")
    listed.write_text("persony/jan.yaml\n", encoding="utf-8")
    hook = run_cli("lint", "--files-from", "lista.txt")
    assert hook.exit_code == 0, hook.stdout
    assert "już nie występ" not in hook.stderr


def test_write_baseline_of_one_folder_keeps_the_others_entries(ws):
    """Fails before: `--write-baseline personas/` wrote personas/' entries alone, and the next run failed."""
    every = entries()
    text = Path("personas/stare/ola.yaml").read_text(encoding="utf-8")
    Path("personas/stare/ola.yaml").write_text(text.replace("reviewed: 2023-10-05", "reviewed: 2026-10-05"),
                                               encoding="utf-8")
    shrunk = run_cli("lint", "--write-baseline", "personas/")
    assert shrunk.exit_code == 0, shrunk.stderr
    assert "usunięto 1 zapisane zgłoszenie, którego już nie ma" in shrunk.stderr
    assert entries() == [e for e in every if not (e["path"] == "personas/stare/ola.yaml" and e["rule"] == "stale-review")]
    # Recorded anew for one folder: the other folder's entries stay too.
    anew = run_cli("lint", "--write-baseline", "--no-baseline", "persony/jan.yaml")
    assert anew.exit_code == 0, anew.stderr
    assert {e["path"] for e in entries()} == {"personas/stare/ola.yaml", "persony/jan.yaml", "negatywne/lowca.yaml"}
    full = run_cli("lint")
    assert full.exit_code == 0, full.stdout
    assert "już nie występ" not in full.stderr


def test_select_and_ignore_leave_the_other_rules_entries_alone(ws):
    """Fails before: `--select schema` called every entry fixed; `--write-baseline --ignore` dropped the rule's."""
    picked = run_cli("lint", "--select", "schema")
    assert picked.exit_code == 0, picked.stdout
    assert "już nie występ" not in picked.stderr
    every = entries()
    wrote = run_cli("lint", "--write-baseline", "--ignore", "pseudo-profiling")
    assert wrote.exit_code == 0, wrote.stderr
    assert entries() == every


def test_a_deleted_files_entries_are_fixed_in_a_run_of_the_whole_workspace(ws):
    """A file that is gone has no findings left: a run of the whole workspace reports and drops its entries.
    A run of one folder cannot tell it from a file moved out of that folder (its entries follow its id):
    it leaves them alone."""
    every = entries()
    Path("przeniesione").mkdir()
    Path("persony/jan.yaml").rename("przeniesione/jan.yaml")
    part = run_cli("lint", "--write-baseline", "persony/")
    assert part.exit_code == 0, part.stderr
    assert entries() == every
    moved = run_cli("lint")
    assert moved.exit_code == 0, moved.stdout
    assert "już nie występ" not in moved.stderr
    Path("przeniesione/jan.yaml").unlink()
    whole = run_cli("lint")
    assert "4 zgłoszenia zapisane w .cxkit-baseline.json (`baseline` w cxkit.toml:2:1) już nie występują" in whole.stderr
    assert run_cli("lint", "--write-baseline").exit_code == 0
    assert {e["path"] for e in entries()} == {"personas/stare/ola.yaml", "negatywne/lowca.yaml"}


def test_a_per_file_ignores_entry_removed_is_fixed_in_a_run_of_the_whole_workspace(ws):
    """Fails before (with the scope check alone): the config's `unused-suppression` entries were kept for ever,
    as the config is no file the run lints; a run of one folder leaves them alone."""
    config = 'lang = "pl"\nbaseline = ".cxkit-baseline.json"\n'
    Path("cxkit.toml").write_text(config + '\n[per-file-ignores]\n"archiwum/**" = ["ALL"]\n', encoding="utf-8")
    assert run_cli("lint", "--write-baseline", "--no-baseline").exit_code == 0
    assert [e["rule"] for e in entries() if e["path"] == "cxkit.toml"] == ["unused-suppression"]
    Path("cxkit.toml").write_text(config, encoding="utf-8")
    part = run_cli("lint", "personas/")
    assert "już nie występ" not in part.stderr
    whole = run_cli("lint")
    assert "1 zgłoszenie zapisane w .cxkit-baseline.json (`baseline` w cxkit.toml:2:1) już nie występuje" in whole.stderr
    assert run_cli("lint", "--write-baseline").exit_code == 0
    assert [e for e in entries() if e["path"] == "cxkit.toml"] == []


def test_the_advice_names_the_file_as_the_config_would(ws, monkeypatch):
    """Fails before: written from a subfolder, the advice said `baseline = "/tmp/.../inny.json"`, an absolute
    path for a key read from the config's folder."""
    monkeypatch.chdir(ws / "personas")
    wrote = run_cli("lint", "--write-baseline", "--no-baseline", "--baseline", "../inny.json")
    assert wrote.exit_code == 0, wrote.stderr
    assert 'albo wpisz w konfiguracji baseline = "inny.json"' in wrote.stderr
