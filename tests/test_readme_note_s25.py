"""README says that the "rules did not run" note is a warning even when CX005 is not selected (review19 R19-5).

A one-rule job (`--select CX601`) on a workspace holding a document whose schema error is silenced
(and that no rule could read) fails on the note, while only `ignore` of CX005 drops it.  That was
decided in 8f2523a but README's "Suppressing a finding" did not say so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

README = Path(__file__).resolve().parent.parent / "README.md"

JOURNEY = """\
kind: journey
id: maya-renews
name: Maya renews her gym pass
persona: maya
lang: en
reviewed: 2026-11-01
stages:
  - id: reminder
    name: Gets the renewal email
    touchpoints: [email]
    emotion: 0
  - name: Pays at the desk  # cxkit: disable=schema
    touchpoints: [front desk]
    emotion: -1
  - id: back
    name: Back on the treadmill
    touchpoints: [gym]
    emotion: 1
"""
MAYA = ("kind: persona\nid: maya\nname: Maya Clarke\nlang: en\nreviewed: 2026-11-01\ngoals:\n"
        "  - Swim 2 km before work three times a week at Leeds Aquatics\n")


def _section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"### {title}\n")
    return " ".join(text[start:text.index("\n## ", start)].split())


def test_readme_says_select_keeps_the_note_and_only_ignore_drops_it():
    section = _section("Suppressing a finding")
    assert "it is reported even when `unused-suppression` (CX005) is not selected" in section
    assert "`cxkit lint --select CX601` on a workspace holding such a document fails too" in section
    assert "Only ignoring the note's rule drops it (`ignore = [\"CX005\"]`, or `--ignore CX005`)" in section


def test_the_readme_describes_what_lint_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas/maya.yaml").write_text(MAYA, encoding="utf-8")
    (tmp_path / "journeys/renews.yaml").write_text(JOURNEY, encoding="utf-8")
    one_rule = run_cli("lint", "-f", "json", "--no-cache", "--select", "CX601")
    assert one_rule.exit_code == 1
    assert [(f["rule"], f["severity"]) for f in json.loads(one_rule.stdout)] == [("unused-suppression", "warning")]
    dropped = run_cli("lint", "-f", "json", "--no-cache", "--select", "CX601", "--ignore", "CX005")
    assert (dropped.exit_code, json.loads(dropped.stdout)) == (0, [])
