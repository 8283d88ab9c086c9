"""`cxkit diff`: ids written as numbers, git ranges (`A..B`, `A...B`), named excluded folders, and a
repository with no commits yet."""

from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import Repo


def diff_json(tmp_path: Path, old: str, new: str, *options: str) -> tuple[int, list[dict[str, Any]]]:
    (tmp_path / "old.yaml").write_text(textwrap.dedent(old), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(textwrap.dedent(new), encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--format", "json", *options)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, json.loads(result.stdout)


# --- ids written as numbers -------------------------------------------------------------------------

SOURCES_OLD = """\
kind: persona
id: p
name: P
sources:
  - {id: 2024, type: interview, date: 2024-05-01, n: 5}
  - {id: 2025, type: interview, date: 2025-05-01, n: 5}
"""

SOURCES_NEW = """\
kind: persona
id: p
name: P
sources:
  - {id: 2025, type: interview, date: 2025-05-01, n: 5}
  - {id: 2024, type: interview, date: 2025-05-01, n: 5}
"""


def test_a_numeric_id_keys_its_item_as_the_text_written(tmp_path):
    code, changes = diff_json(tmp_path, SOURCES_OLD, SOURCES_NEW)
    assert code == 1
    assert [(c["op"], c["path"]) for c in changes] == [("moved", "sources"), ("changed", 'sources["2024"].date')]
    assert changes[0]["old_order"] == ["2024", "2025"]
    assert changes[0]["new_order"] == ["2025", "2024"]
    assert changes[0]["moved_items"] == ["2024"]
    assert (changes[1]["old"], changes[1]["new"]) == ("2024-05-01", "2025-05-01")


def test_a_numeric_id_in_text_output_names_the_item_not_an_index(tmp_path):
    (tmp_path / "old.yaml").write_text(SOURCES_OLD, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(SOURCES_NEW, encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    assert result.exit_code == 1
    assert '~ sources["2024"].date: 2024-05-01 → 2025-05-01' in result.stdout
    assert "sources[1]" not in result.stdout


def test_numeric_stage_ids_name_the_stage_that_changed(tmp_path):
    old = """\
    kind: journey
    id: j
    name: J
    persona: p
    stages:
      - {id: 1, name: Odkrycie, emotion: 1}
      - {id: 2, name: Zakup, emotion: 0}
    """
    new = """\
    kind: journey
    id: j
    name: J
    persona: p
    stages:
      - {id: 0, name: Potrzeba, emotion: -1}
      - {id: 1, name: Odkrycie, emotion: 1}
      - {id: 2, name: Zakup, emotion: 2}
    """
    code, changes = diff_json(tmp_path, old, new)
    assert code == 1
    # Stage "2" is the one that changed, not the item at index 1 (which is stage "1" on the new side).
    assert [(c["op"], c["path"]) for c in changes] == [("added", 'stages["0"]'), ("changed", 'stages["2"].emotion')]


def test_an_id_quoted_or_not_is_one_id(tmp_path):
    quoted = SOURCES_OLD.replace("id: 2025,", 'id: "2025",')
    assert diff_json(tmp_path, SOURCES_OLD, quoted) == (0, [])
    swapped = SOURCES_NEW.replace("id: 2025,", 'id: "2025",').replace("id: 2024,", "id: '2024',")
    code, changes = diff_json(tmp_path, SOURCES_OLD, swapped)
    assert [(c["op"], c["path"]) for c in changes] == [("moved", "sources"), ("changed", 'sources["2024"].date')]


def test_a_numeric_id_keeps_its_written_form(tmp_path):
    old = SOURCES_OLD.replace("id: 2024,", "id: 007,").replace("n: 5}\n  - {id: 2025", "n: 5}\n  - {id: 2025")
    new = old.replace("n: 5}", "n: 6}", 1)
    code, changes = diff_json(tmp_path, old, new)
    assert [(c["op"], c["path"]) for c in changes] == [("changed", 'sources["007"].n')]


def test_an_exclude_glob_takes_a_numeric_id(tmp_path):
    assert diff_json(tmp_path, SOURCES_OLD, SOURCES_NEW, "--ignore-order", "-x", 'sources["2024"].date') == (0, [])
    assert diff_json(tmp_path, SOURCES_OLD, SOURCES_NEW, "--ignore-order", "-x", "sources[*].date") == (0, [])


def test_a_document_with_a_numeric_id_that_moved_is_one_document(tmp_path):
    doc = "kind: persona\nid: 123\nname: Numer\ngoals: [Biegać]\n"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "stary.yaml").write_text(doc, encoding="utf-8")
    (tmp_path / "b" / "nowy.yaml").write_text(doc.replace("name: Numer", "name: Liczba"), encoding="utf-8")
    result = run_cli("diff", "-f", "json", str(tmp_path / "a"), str(tmp_path / "b"))
    assert result.exit_code == 1, result.stderr
    changes = json.loads(result.stdout)
    assert [(c["document"], c["op"], c["path"]) for c in changes] == [("123", "moved", ""), ("123", "changed", "name")]
