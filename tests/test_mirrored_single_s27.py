"""mirrored-negative-persona (CX204): a negative persona whose only reason denies a persona's trait
("Nie czyta forum Audiostereo" beside "Czyta forum Audiostereo 3-4 razy w tygodniu") is the persona's
opposite written at a desk, unless a substitute or trigger names something of its own."""

from __future__ import annotations

import pytest

PAWEL = """\
kind: persona
id: pawel-audiofil
name: Paweł, programista audiofil
lang: pl
behaviours:
  - Czyta dział Słuchawki na forum Audiostereo 3-4 razy w tygodniu
  - Kupuje słuchawki otwarte do 2 500 zł po odsłuchu w salonie w Gdańsku
sources:
  - {id: wywiady-2026, type: interview, date: 2026-09-05, n: 12}
"""

DAN = """\
kind: persona
id: dan-heating
name: Dan, heating firm owner
lang: en
behaviours:
  - Asks in the Plumbers Forum UK Facebook group before paying for any software
sources:
  - {id: interviews, type: interview, date: 2026-10-01, n: 11}
"""


def _negative(lang: str, reasons: list[str], **extra: list[str]) -> str:
    text = f"kind: negative-persona\nid: not-him\nname: Not him\nlang: {lang}\nreasons:\n"
    text += "".join(f"  - '{r}'\n" for r in reasons)
    for key, items in extra.items():
        text += f"{key}:\n" + "".join(f"  - '{i}'\n" for i in items)
    return text + "sources:\n  - {id: lost, type: analytics, date: 2026-10-12, n: 310}\n"


@pytest.mark.parametrize(("persona", "lang", "reason", "pid"), [
    (PAWEL, "pl", "Nie czyta forum Audiostereo", "pawel-audiofil"),
    (PAWEL, "pl", "Nie czyta działu Słuchawki na forum Audiostereo", "pawel-audiofil"),
    (DAN, "en", "Does not ask in the Plumbers Forum UK Facebook group", "dan-heating"),
])
def test_a_lone_denial_is_a_mirror(write, lint_json, persona, lang, reason, pid):
    write("personas/p.yaml", persona)
    write("personas/neg.yaml", _negative(lang, [reason]))
    found = lint_json(".", select="CX204").findings
    assert [(f["code"], f["path"], f["line"]) for f in found] == [("CX204", "personas/neg.yaml", 2)]
    assert found[0]["message"].startswith(f"negative persona 'not-him' mirrors persona '{pid}' (")
    assert f"its only reason denies its trait ('{reason}' against '" in found[0]["message"]


@pytest.mark.parametrize(("persona", "lang", "reasons", "extra"), [
    # a substitute naming something says why
    (PAWEL, "pl", ["Nie czyta forum Audiostereo"], {"substitutes": ["Słuchawki JBL za 199 zł z Media Expert"]}),
    # a reason of its own
    (PAWEL, "pl", ["Słuchawki za 1 500 zł to dla niego absurd; słucha z głośnika telefonu"], {}),
    # a denial of something the persona does not say
    (DAN, "en", ["Does not own a laptop, sends invoices from his phone"], {}),
    # two reasons: one denial beside a reason of its own is not more than half
    (DAN, "en", ["Does not ask in the Plumbers Forum UK Facebook group",
                 "At £14 a month the tool costs more than his bookkeeper"], {}),
])
def test_not_a_lone_mirror(write, lint_json, persona, lang, reasons, extra):
    write("personas/p.yaml", persona)
    write("personas/neg.yaml", _negative(lang, reasons, **extra))
    assert lint_json(".", select="CX204").findings == []
