"""A field's name in Polish or in other words (`etapy:`, `cele:`) past the first 20
unknown keys of its mapping is still told one by one with the field it stands for, so "missing
required field 'stages'" does not stand beside a key that would explain it."""

from __future__ import annotations

import pytest


def _journey(stages_key: str, after: int) -> str:
    lines = ["kind: journey", "id: ewa-zamawia", "name: Ewa zamawia stal", "lang: pl", "persona: ewa"]
    for i in range(30):
        lines.append(f"crm_pole_{i:02d}: eksport z CRM")
        if i == after:
            lines += [f"{stages_key}:", "  - id: zamowienie", "    name: Zamówienie w hurtowni"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("key", ["etapy", "Etapy"])
def test_a_polish_field_name_past_the_twentieth_is_told(write, lint_json, key):
    write("journeys/ewa.yaml", _journey(key, 25))
    found = lint_json(".", select="schema").findings
    messages = [f["message"] for f in found]
    assert f"unknown field '{key}'; did you mean 'stages'?" in " ".join(messages)
    assert not any("missing required field 'stages'" in m for m in messages)
    assert [m[:45] for m in messages if "more unknown" in m] == ["10 more unknown fields at the top level, from"]


def test_a_persona_s_polish_goals_past_the_twentieth(write, lint_json):
    crm = "".join(f"crm_pole_{i:02d}: eksport\n" for i in range(25))
    write("personas/ewa.yaml", "kind: persona\nid: ewa\nname: Ewa Malinowska\nlang: pl\n" + crm
          + "cele:\n  - Zatwierdzać faktury do 50 tys. zł z telefonu w 2 minuty\n")
    found = lint_json(".", select="schema").findings
    assert any(f["message"].startswith("unknown field 'cele'; did you mean 'goals'?") for f in found)
    assert [f["message"][:32] for f in found if "more unknown" in f["message"]] == ["5 more unknown fields at the top"]
