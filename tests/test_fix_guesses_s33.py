"""`cxkit fmt --fix` does not guess against what the file says: a source's English `data:` that holds no
date stays (the schema's "did you mean 'date'?" is left for a person), and a kind written as one of
cxkit's kinds is not changed to another family's because the keys look like it (session 33)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fmt_fix_helpers import enter_fmt_workspace, run


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return enter_fmt_workspace(tmp_path, monkeypatch)


# An English persona whose sources were exported from a CRM: `data:` names the data used, and one
# source written by a Polish colleague has `data:` (Polish for `date`) holding a date.
SOURCES = """\
kind: persona
id: fleet-manager
name: Fleet Manager
lang: en
goals:
  - Insure 40 vans in one policy
sources:
  - id: crm-2024
    type: analytics
    data: CRM export of renewals  # the data used, not a date
  - id: wywiady-2024
    type: interview
    data: 14.03.2024
"""


def test_data_that_holds_no_date_is_not_renamed_date(workspace: Path) -> None:
    path = workspace / "personas" / "fleet.yaml"
    path.write_text(SOURCES, encoding="utf-8")
    code, _out, err = run("fmt", "--fix", "personas/fleet.yaml")
    assert code == 0, err
    text = path.read_text(encoding="utf-8")
    assert "    data: CRM export of renewals  # the data used, not a date\n" in text
    assert "    date: 2024-03-14\n" in text and "14.03.2024" not in text
    assert "reformatted personas/fleet.yaml (2 fixes)" in err  # the Polish date's key and its value
    # The one left is still told, as before, for a person to decide.
    code, out, _err = run("lint", "--select", "schema", "personas/fleet.yaml")
    assert code == 1
    assert "unknown field 'data' in 'sources[crm-2024]'; did you mean 'date'?" in out
    assert "wywiady" not in out


@pytest.mark.parametrize("value", ["2024-03-14", "5 października 2023", "'2024-03-14'"])
def test_data_that_holds_a_date_is_renamed(workspace: Path, value: str) -> None:
    path = workspace / "personas" / "fleet.yaml"
    path.write_text(SOURCES.replace("CRM export of renewals", value), encoding="utf-8")
    code, _out, err = run("fmt", "--fix", "personas/fleet.yaml")
    assert code == 0, err
    assert "data:" not in path.read_text(encoding="utf-8")


# A persona's keys under a journey's kind word (a copy of the journey template, filled in as a persona).
JOURNEY_WORD_PERSONA_KEYS = """\
kind: Journey
id: agnieszka
name: Agnieszka Wójcik
goals:
  - Zapłacić za OC mniej niż 1 200 zł rocznie
pain_points:
  - Infolinia nie odbiera po 16:00
"""


def test_a_kind_word_of_another_family_is_left_to_a_person(workspace: Path) -> None:
    path = workspace / "personas" / "agnieszka.yaml"
    path.write_text(JOURNEY_WORD_PERSONA_KEYS, encoding="utf-8")
    code, out, err = run("fmt", "--fix", "personas/agnieszka.yaml")
    assert path.read_text(encoding="utf-8") == JOURNEY_WORD_PERSONA_KEYS
    # fmt reports the kind as lint does, and changes nothing.
    assert "personas/agnieszka.yaml:1:7: error CX002 unknown kind 'Journey'; its keys say it is a persona" in out + err
    assert "0 fixes made" in err
    assert code == 1


@pytest.mark.parametrize(("written", "keys", "fixed"), [
    ("cjm", "etapy:\n  - id: a\n    name: A\n", "journey"),  # the team's own word: the keys decide
    ("negatywna", "why_not:\n  - Broker\n", "negative-persona"),
    ("Persona", "reasons:\n  - Woli brokera\n", "negative-persona"),  # the same family: the keys decide
    ("Persona", "goals:\n  - Tanio\n", "persona"),
])
def test_the_kind_fixes_the_message_states_within_the_family_stay(
    workspace: Path, written: str, keys: str, fixed: str,
) -> None:
    path = workspace / "personas" / "doc.yaml"
    path.write_text(f"kind: {written}\nid: doc\nname: Doc\n{keys}", encoding="utf-8")
    code, _out, err = run("fmt", "--fix", "personas/doc.yaml")
    assert code == 0, err
    assert path.read_text(encoding="utf-8").startswith(f"kind: {fixed}\n")
