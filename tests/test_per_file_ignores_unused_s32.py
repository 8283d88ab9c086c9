"""Stale `per-file-ignores` entries are reported, as unused `# cxkit: disable` comments are (session 32).

A team that silenced a legacy folder with `per-file-ignores` had no ratchet: an entry whose pattern
matches no file any more (the folder was cleaned and moved), or whose rule silences nothing in the
files it matches (they were fixed), stayed for ever. Each is now an `unused-suppression` finding
(CX005, info) at the entry's line in the config, in a run of the whole workspace.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pl"

STARA = """\
kind: persona
id: stara-ania
name: Ania Kowalczyk
lang: pl
summary: Klientka banku, która raz w miesiącu płaci rachunki przelewem z aplikacji na telefonie.
goals:
  - Ceni jakość
pain_points:
  - Aplikacja wylogowuje ją w trakcie wpisywania numeru konta odbiorcy przelewu
sources:
  - id: wywiady-2024
    type: interview
    date: 2024-05-10
    n: 6
reviewed: 2026-10-01
"""

CONFIG = """\
lang = "pl"

[per-file-ignores]
"personas/stare/**" = ["pseudo-profiling", "duplicate-id"]
"archiwum/**" = ["ALL"]
"""


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    root = tmp_path / "ws"
    shutil.copytree(EXAMPLES, root)
    return enter_workspace(root, monkeypatch, config=CONFIG, today="2026-12-01",
                           files={"personas/stare/ania.yaml": STARA})


def unused(result) -> list[tuple[str, int, int, str]]:
    return [(f["path"], f["line"], f["column"], f["message"]) for f in result.findings if f["rule"] == "unused-suppression"]


def test_entries_that_do_nothing_are_findings_at_their_line(workspace):
    """Fails before: neither entry was reported."""
    result = run_cli("lint", "-f", "json")
    assert result.exit_code == 0, result.stdout  # info: reported, not failing at the default fail level
    # The workspace says `lang = "pl"`: the reports are Polish (session 36; their English twins key baselines).
    assert unused(result) == [
        ("cxkit.toml", 4, 1, "`per-file-ignores` „personas/stare/**”: „duplicate-id” niczego nie wycisza w pliku, "
                             "do którego pasuje ten wzorzec; usuń tę regułę z listy"),
        ("cxkit.toml", 5, 1, "`per-file-ignores` „archiwum/**” nie pasuje do żadnego sprawdzonego pliku; usuń ten wpis"),
    ]
    text = run_cli("lint", ".")
    assert "cxkit.toml:5:1: info CX005 `per-file-ignores` „archiwum/**” nie pasuje do żadnego sprawdzonego pliku; " \
           "usuń ten wpis [unused-suppression]" in text.stdout


def test_the_entry_is_reported_once_the_folder_is_fixed(workspace):
    """Fails before. Guard first: while the vague goal is there, the pseudo-profiling entry is used."""
    Path("cxkit.toml").write_text(CONFIG.replace(', "duplicate-id"', "").replace('"archiwum/**" = ["ALL"]\n', ""),
                                  encoding="utf-8")
    assert unused(run_cli("lint", "-f", "json")) == []
    ania = Path("personas/stare/ania.yaml")
    ania.write_text(STARA.replace("Ceni jakość", "Zapłacić czynsz 10. dnia miesiąca z konta firmowego męża"),
                    encoding="utf-8")
    assert [m for *_at, m in unused(run_cli("lint", "-f", "json"))] == [
        "`per-file-ignores` „personas/stare/**”: „pseudo-profiling” niczego nie wycisza w pliku, do którego pasuje "
        "ten wzorzec; usuń tę regułę z listy"]
    warm = run_cli("lint", "-f", "json")  # the cache gives the same answer
    assert len(unused(warm)) == 1


def test_a_run_of_part_of_the_workspace_judges_no_entry(workspace):
    """Guard: `cxkit lint personas/` does not check `archiwum/`, so it cannot call its pattern unused;
    nor does a run whose --select leaves unused-suppression out."""
    assert unused(run_cli("lint", "-f", "json", "personas")) == []
    assert unused(run_cli("lint", "-f", "json", "--select", "CX1")) == []
