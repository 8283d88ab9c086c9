"""mirrored-negative-persona (CX204): a reason that denies having what using the product needs — a
smartphone, an account, a card, internet access — is a barrier, a reason of its own, not a mirror of
the persona who has it; other lone denials still are."""

from __future__ import annotations

import pytest

ANNA = """\
kind: persona
id: anna-zdrowik
name: Anna, użytkowniczka Zdrowika
lang: pl
behaviours:
  - Ma smartfona z Androidem 12, na którym trzyma aplikację Zdrowik
  - Ma konto w banku z BLIK-iem i płaci nim za leki
  - Czyta ulotki leków w aplikacji Zdrowik przed zakupem
sources:
  - {id: wywiady-2026, type: interview, date: 2026-09-05, n: 12}
"""

DAN = """\
kind: persona
id: dan-invoices
name: Dan, heating firm owner
lang: en
behaviours:
  - Has a business bank account with Starling and pays suppliers from the app
  - Owns an iPhone 13 and a smartphone for the van
  - Reads the invoicing tips newsletter every Friday
sources:
  - {id: interviews, type: interview, date: 2026-10-01, n: 11}
"""


def _negative(lang: str, reasons: list[str]) -> str:
    text = f"kind: negative-persona\nid: bez-aplikacji\nname: Bez aplikacji\nlang: {lang}\nreasons:\n"
    text += "".join(f"  - '{r}'\n" for r in reasons)
    return text + "sources:\n  - {id: lost, type: analytics, date: 2026-10-12, n: 310}\n"


@pytest.mark.parametrize(("persona", "lang", "reasons"), [
    (ANNA, "pl", ["Nie ma smartfona"]),
    (ANNA, "pl", ["Nie ma konta w banku"]),
    (ANNA, "pl", ["Nie ma smartfona", "Nie ma konta w banku"]),
    (DAN, "en", ["Has no business bank account"]),
    (DAN, "en", ["Does not own a smartphone"]),
])
def test_a_denied_precondition_is_a_barrier(write, lint_json, persona, lang, reasons):
    write("personas/p.yaml", persona)
    write("personas/neg.yaml", _negative(lang, reasons))
    assert lint_json(".", select="CX204").findings == []


@pytest.mark.parametrize(("persona", "lang", "reasons", "pid"), [
    (ANNA, "pl", ["Nie czyta ulotki leków w aplikacji Zdrowik"], "anna-zdrowik"),
    (DAN, "en", ["Does not read the invoicing tips newsletter"], "dan-invoices"),
])
def test_other_lone_denials_are_still_a_mirror(write, lint_json, persona, lang, reasons, pid):
    write("personas/p.yaml", persona)
    write("personas/neg.yaml", _negative(lang, reasons))
    found = lint_json(".", select="CX204").findings
    assert [(f["code"], f["line"]) for f in found] == [("CX204", 2)]
    assert found[0]["message"].startswith(f"negative persona 'bez-aplikacji' mirrors persona '{pid}' (")
