"""`cxkit lint -` without `--stdin-filename`: an untitled buffer gets no cross-file findings (tester32 L5).

Judged as a workspace of one, a persona had "no negative persona" (CX201) and a journey named a
persona that "does not exist" (CX004), though both exist where the buffer will be saved.  A buffer
with no path has no workspace: the cross-file rules are not run, and a note on stderr says which
and how to have them (`--stdin-filename`).  With a path nothing changes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.rule import all_rules

ANNA = """kind: persona
id: anna-nowak
name: Anna Nowak
lang: pl
summary: Księgowa z Poznania, która dojeżdża rowerem do biura przez cały rok.
goals:
  - Kupić rower miejski z błotnikami przed listopadem
"""
JOURNEY = """kind: journey
id: anna-kupuje-rower
name: Anna kupuje rower
persona: anna-nowak
stages:
  - id: zakup
    name: Zakup
    emotion: 1
"""
# The workspace is Polish: so is the note (session 37; test_polish_notes_s37 has the English one).
NOTE = ("cxkit: uwaga: dokument wczytany ze standardowego wejścia nie ma ścieżki, więc nie należy do żadnego obszaru "
        "roboczego: reguł obejmujących wiele plików ({}) nie uruchomiono; podaj --stdin-filename ŚCIEŻKA, by sprawdzić "
        "go razem z jego obszarem roboczym\n")
#: Every cross-file rule cxkit has (duplicate-id, unknown-persona, missing-negative-persona, ...), by name.
CROSS_FILE = ", ".join(sorted(name for name, cls in all_rules().items() if cls.scope == "workspace"))


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    (root / "personas").mkdir(parents=True)
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (root / "personas" / "anna.yaml").write_text(ANNA, encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    return root


def lint(data: str, *args: str) -> tuple[int, list[tuple[int, str]], str]:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", *args], input=data.encode())
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, [(f["line"], f["code"]) for f in json.loads(result.stdout)], result.stderr


def test_an_untitled_buffer_gets_no_cross_file_findings_and_one_note(ws: Path) -> None:
    assert {"duplicate-id", "unknown-persona", "missing-negative-persona"} <= set(CROSS_FILE.split(", "))
    code, found, err = lint(ANNA, "-")
    assert "CX201" not in {c for _l, c in found} and err == NOTE.format(CROSS_FILE)
    code, found, err = lint(JOURNEY, "-")
    assert "CX004" not in {c for _l, c in found} and err == NOTE.format(CROSS_FILE)
    # Named, the buffer is judged in its workspace, as before: no negative persona there.
    _code, found, err = lint(ANNA, "-", "--stdin-filename", "personas/anna.yaml")
    assert (2, "CX201") in found and err == ""
    _code, found, _err = lint(JOURNEY, "-", "--stdin-filename", "journeys/rower.yaml")
    assert "CX004" not in {c for _l, c in found}


def test_the_note_names_only_the_cross_file_rules_in_force_and_quiet_drops_it(ws: Path) -> None:
    assert lint(ANNA, "-", "--select", "CX101,CX201")[2] == NOTE.format("missing-negative-persona")
    assert lint(ANNA, "-", "--select", "CX101")[2] == ""
    assert lint(ANNA, "-", "-q")[2] == ""


def test_a_comment_silencing_a_cross_file_rule_is_not_called_unused(ws: Path) -> None:
    silenced = JOURNEY.replace("persona: anna-nowak", "persona: anna-nowak  # cxkit: disable=unknown-persona")
    _code, found, _err = lint(silenced, "-")
    assert "CX005" not in {c for _l, c in found} and "CX004" not in {c for _l, c in found}
