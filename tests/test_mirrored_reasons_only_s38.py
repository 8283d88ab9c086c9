"""mirrored-negative-persona (CX204) reads a negative persona's reasons from `reasons:` only, session 38
(review of a0ac06e7, which made the rule ask DocSummary.in_fields which traits are reasons): a substitute
or trigger that denies a persona's trait too is no second reason, so a lone denying reason beside it
is still the persona's mirror.  The other tests of the rule pass when substitutes are read as reasons
as well; these do not (checked by mutating personas._REASONS)."""

from __future__ import annotations

import pytest

from test_mirrored_single_s27 import DAN, PAWEL, _negative


@pytest.mark.parametrize(("persona", "lang", "reason", "extra", "pid"), [
    (PAWEL, "pl", "Nie czyta forum Audiostereo",
     {"substitutes": ["Nie kupuje słuchawek otwartych do 2 500 zł po odsłuchu w salonie w Gdańsku"]}, "pawel-audiofil"),
    (PAWEL, "pl", "Nie czyta działu Słuchawki na forum Audiostereo",
     {"purchase_triggers": ["Nie czyta forum Audiostereo 3-4 razy w tygodniu"]}, "pawel-audiofil"),
    (DAN, "en", "Does not ask in the Plumbers Forum UK Facebook group",
     {"substitutes": ["Never asks in the Plumbers Forum UK Facebook group before paying for any software"]},
     "dan-heating"),
])
def test_a_denying_substitute_or_trigger_is_no_second_reason_s38(write, lint_json, persona, lang, reason, extra, pid):
    write("personas/p.yaml", persona)
    write("personas/neg.yaml", _negative(lang, [reason], **extra))
    found = lint_json(".", select="CX204").findings
    assert [(f["code"], f["path"], f["line"]) for f in found] == [("CX204", "personas/neg.yaml", 2)]
    assert found[0]["message"].startswith(f"negative persona 'not-him' mirrors persona '{pid}' (")
    assert f"its only reason denies its trait ('{reason}' against '" in found[0]["message"]
