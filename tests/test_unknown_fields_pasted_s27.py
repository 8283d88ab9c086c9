"""A key pasted with no-break spaces (`\\xa0\\xa0education:` under `demographics:`) past the first 20
unknown keys of its mapping is still told one by one, with the no-break spaces named, and fmt still
refuses the file; it is not counted among the "more unknown fields"."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

NBSP = "\u00a0"


def _persona(crm_keys: int, pasted_after: int) -> str:
    lines = ["kind: persona", "id: ewa-zakupy", "name: Ewa Malinowska", "lang: pl", "demographics:", "  age: 47"]
    for i in range(crm_keys):
        lines.append(f"  crm_pole_{i:02d}: wartość z eksportu")
        if i == pasted_after:
            lines.append(f"  {NBSP}{NBSP}education: Magister ekonomii, UJK w Kielcach")
    lines += ["behaviours:", "  - Zatwierdza faktury z telefonu między budowami, 3-4 razy dziennie"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("pasted_after", [24, 29])
def test_lint_names_a_pasted_key_past_the_twentieth(write, lint_json, pasted_after):
    write("personas/ewa.yaml", _persona(30, pasted_after))
    result = lint_json(".", select="schema")
    found = result.findings
    pasted = [f for f in found if "no-break spaces" in f["message"]]
    assert len(pasted) == 1
    assert pasted[0]["line"] == 7 + pasted_after + 1
    assert "unknown field 'education' in 'demographics'" in pasted[0]["message"]
    counted = [f for f in found if "more unknown fields" in f["message"]]
    assert len(counted) == 1 and counted[0]["message"].startswith("10 more unknown fields in 'demographics'")
    assert len(found) == 22


def test_fmt_refuses_a_pasted_key_past_the_twentieth(write, tmp_path: Path, monkeypatch):
    path = write("personas/ewa.yaml", _persona(30, 24))
    before = path.read_bytes()
    monkeypatch.chdir(tmp_path)
    result = run_cli("fmt", "personas/ewa.yaml")
    assert result.exception is None
    assert result.exit_code == 1
    assert "personas/ewa.yaml:32:3: error CX002 unknown field 'education'" in result.stdout
    assert "the file is left as it is until then" in result.stdout
    assert "1 file could not be formatted." in result.stderr
    assert path.read_bytes() == before


def test_a_pasted_key_among_the_first_twenty_is_one_of_them(write, lint_json):
    write("personas/ewa.yaml", _persona(30, 3))
    found = lint_json(".", select="schema").findings
    assert [f["line"] for f in found if "no-break spaces" in f["message"]] == [11]
    assert [f["message"][:41] for f in found if "more unknown" in f["message"]] == [
        "11 more unknown fields in 'demographics',"]


def test_no_count_of_one_is_left_beside_a_pasted_key(write, lint_json):
    # 22 unknown keys, the 22nd pasted: the 21st is told by name, not as "1 more unknown fields".
    write("personas/ewa.yaml", _persona(21, 20))
    found = lint_json(".", select="schema").findings
    assert len(found) == 22 and not any("more unknown" in f["message"] for f in found)
