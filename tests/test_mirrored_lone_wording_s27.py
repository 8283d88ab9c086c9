"""mirrored-negative-persona (CX204): when a negative persona's only reason denies who a persona is
(its location, summary or id) rather than one of its traits, the message says which: "its only
reason denies its location ('Nie mieszka w Gdańsku' against 'Gdańsk, Wrzeszcz …')", not "its trait".
"""

from __future__ import annotations

import pytest

from mirrored_helpers import PAWEL_GDANSK as PAWEL

DAN = """\
kind: persona
id: dan-okafor
name: Dan Okafor
lang: en
summary: >-
  Owner of a four-van heating and plumbing firm in Bristol who writes invoices on Sunday
  evenings from paper job sheets.
demographics:
  location: Bristol, Bedminster (office above a tile shop on North Street)
behaviours:
  - Asks in the Plumbers Forum UK Facebook group before paying for any software
sources:
  - {id: interviews, type: interview, date: 2026-10-01, n: 11}
"""

# Paweł's id names what he does; nothing else of him says "programista".
PAWEL_BY_ID = PAWEL.replace("id: pawel-audiofil", "id: pawel-programista-audiofil").replace(
    "Senior programista backendu", "Senior backend developer").replace("Programista backendu", "Backend developer")


def _negative(lang: str, reason: str) -> str:
    return (f"kind: negative-persona\nid: not-him\nname: Not him\nlang: {lang}\nreasons:\n  - '{reason}'\n"
            "sources:\n  - {id: lost, type: analytics, date: 2026-10-12, n: 310}\n")


@pytest.mark.parametrize(("persona", "lang", "reason", "counted"), [
    (PAWEL, "pl", "Nie mieszka w Gdańsku",
     "its only reason denies its location ('Nie mieszka w Gdańsku' against 'Gdańsk, Wrzeszcz (kamienica przy"
     " ul. Wajdeloty)')"),
    (DAN, "en", "Does not own a heating firm",
     "its only reason denies its summary ('Does not own a heating firm' against 'Owner of a four-van heating"
     " and plumbing firm in Bristol who writes invoices on…')"),
    (PAWEL_BY_ID, "pl", "Nie jest programistą",
     "its only reason denies its id ('Nie jest programistą' against 'pawel-programista-audiofil')"),
])
def test_a_lone_denial_of_who_the_persona_is_names_the_field(write, lint_json, persona, lang, reason, counted):
    write("personas/p.yaml", persona)
    write("personas/neg.yaml", _negative(lang, reason))
    result = lint_json(".", select="CX204")
    found = result.findings
    assert [(f["code"], f["line"]) for f in found] == [("CX204", 2)]
    assert counted in found[0]["message"]
    assert "denies its trait" not in found[0]["message"]


def test_a_lone_denial_of_a_trait_still_says_trait(write, lint_json):
    write("personas/p.yaml", PAWEL)
    write("personas/neg.yaml", _negative("pl", "Nie czyta działu Słuchawki na forum Audiostereo"))
    found = lint_json(".", select="CX204").findings
    assert len(found) == 1
    assert ("its only reason denies its trait ('Nie czyta działu Słuchawki na forum Audiostereo' against"
            " 'Czyta dział Słuchawki na forum Audiostereo 3-4 razy w tygodniu')") in found[0]["message"]
