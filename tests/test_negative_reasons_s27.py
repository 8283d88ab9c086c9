"""negative-without-reasons (CX202): a negative persona whose only "why" is a substitute that names
something in particular has a reason (the method asks what they use instead); "Wrong fit for us"
and "Nie dla nas" only say "not a customer"."""

from __future__ import annotations

import pytest

SUBSTITUTE_PL = """\
kind: negative-persona
id: ekipa-z-olx
name: Pan Roman, remont na szybko
lang: pl
substitutes:
  - Ekipa z OLX za 60 zł/m²; faktury nie potrzebuje
sources:
  - {id: porzucone-koszyki, type: analytics, date: 2026-10-12, n: 310}
"""

SUBSTITUTE_EN = """\
kind: negative-persona
id: xero-seat
name: Occasional freelancer
lang: en
substitutes:
  - The free Xero seat her accountant gives all clients
sources:
  - {id: lost-trials, type: analytics, date: 2026-10-12, n: 310}
"""

GENERIC_SUBSTITUTE = """\
kind: negative-persona
id: inny-sklep
name: Klient innego sklepu
lang: pl
substitutes:
  - Inny sklep internetowy
sources:
  - {id: porzucone-koszyki, type: analytics, date: 2026-10-12, n: 310}
"""


def _negative(reasons: list[str], lang: str) -> str:
    lines = "".join(f"  - '{r}'\n" for r in reasons)
    return (f"kind: negative-persona\nid: not-for-us\nname: Not for us\nlang: {lang}\nreasons:\n{lines}"
            "sources:\n  - {id: lost-trials, type: analytics, date: 2026-10-12, n: 310}\n")


@pytest.mark.parametrize("text", [SUBSTITUTE_PL, SUBSTITUTE_EN], ids=["olx", "xero"])
def test_a_specific_substitute_is_a_reason(write, lint_json, text):
    write("personas/neg.yaml", text)
    result = lint_json(".", select="CX202")
    assert result.findings == [] and result.exit_code == 0


def test_a_generic_substitute_alone_is_still_no_reason(write, lint_json):
    write("personas/neg.yaml", GENERIC_SUBSTITUTE)
    result = lint_json(".", select="CX202")
    assert [(f["code"], f["line"]) for f in result.findings] == [("CX202", 2)]
    assert "has no reasons" in result.findings[0]["message"]


@pytest.mark.parametrize(("reasons", "lang"), [
    (["Wrong fit for us"], "en"),
    (["Not a suitable customer for us"], "en"),
    (["Nie dla nas"], "pl"),
    (["To nie jest klient dla nas"], "pl"),
])
def test_reasons_that_only_say_not_for_us(write, lint_json, reasons, lang):
    write("personas/neg.yaml", _negative(reasons, lang))
    result = lint_json(".", select="CX202")
    assert [f["code"] for f in result.findings] == ["CX202"]
    assert "only say this person is not your audience" in result.findings[0]["message"]


@pytest.mark.parametrize(("reasons", "lang"), [
    (["Wrong size: runs 40+ engineers and needs an SAP integration"], "en"),
    (["Nie dla niej: słuchawki za 1 500 zł to dla niej absurd"], "pl"),
    (["Za drogie dla emeryta z Oleśnicy, który wydaje na karmę 60 zł miesięcznie"], "pl"),
])
def test_reasons_with_words_of_their_own_stay_clean(write, lint_json, reasons, lang):
    write("personas/neg.yaml", _negative(reasons, lang))
    assert lint_json(".", select="CX202").findings == []
