"""tester43, finding 6: an English persona's income was told "7 000–9 000 zł netto miesięcznie", its location
"Kraków, Podgórze", its "Uses a smartphone" "pays with Apple Pay, keeps receipts in Dext" (a shop's till), and
a mirrored negative persona was asked only "why this person does not buy".  The examples are now the
document's language's only, the devices' advice names no shop, and CX204 asks why the person does not buy
or use it (a council's resident buys nothing)."""

from __future__ import annotations

import json

import pytest

from conftest import enter_workspace, run_cli
from rule_helpers import run

RULE = "pseudo-profiling"


def _persona(lang: str, **demo: str) -> str:
    fields = "".join(f"  {k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in demo.items())
    trait = ("Płaci podatek od nieruchomości gotówką w kasie urzędu w każdy piątek" if lang == "pl"
             else "Pays council tax in cash at the PayPoint in the Co-op every Friday")
    return f"kind: persona\nid: k\nname: Kelly Brooks\nlang: {lang}\ndemographics:\n{fields}behaviours:\n  - {trait}\n"


@pytest.mark.parametrize(("lang", "field", "value", "example", "other"), [
    ("en", "income", "Low income", '(e.g. "£2,400 a month after tax")', "zł"),  # fails before
    ("pl", "income", "Niskie", '(e.g. "ok. 5 000 zł netto miesięcznie")', "£"),  # fails before
    ("en", "location", "North of England", '(e.g. "Leeds, Headingley")', "Kraków"),  # fails before
    ("pl", "location", "Wielkopolska", '(e.g. "Kraków, Podgórze")', "Leeds"),  # fails before
])
def test_a_demographics_example_is_in_the_documents_language_only(tmp_path, monkeypatch, lang, field, value,
                                                                   example, other):
    found = run(tmp_path, monkeypatch, {"personas/k.yaml": _persona(lang, **{field: value})}, RULE)
    assert len(found) == 1 and found[0].message.endswith(example) and other not in found[0].message


def test_a_polish_workspace_quotes_the_english_documents_example_in_polish_marks(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n',
                    files={"personas/k.yaml": _persona("en", income="Low income", location="North of England")})
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", "--select", RULE).stdout)
    said = sorted(f["message"] for f in found)
    assert said == [  # fails before: both examples, Polish first
        "`income` „Low income” to ocena, a nie kwota: podaj kwotę lub przedział netto z walutą i okresem "
        "(np. „£2,400 a month after tax”)",
        "`location` „North of England” to kategoria („North of England”), a nie miejsce: podaj miasto, a jeśli to "
        "ważne, także dzielnicę (np. „Leeds, Headingley”)",
    ]


@pytest.mark.parametrize(("lang", "trait", "example"), [
    ("en", "Uses a smartphone", '(e.g. "books GP appointments in the NHS App on an Android phone; has no laptop")'),
    ("pl", "Korzysta ze smartfona", '(e.g. "wizyty u lekarza umawia w aplikacji mojeIKP na Androidzie; laptopa nie ma")'),
])
def test_the_devices_advice_names_no_shop(tmp_path, monkeypatch, lang, trait, example):
    text = f"kind: persona\nid: k\nname: Kelly Brooks\nlang: {lang}\nbehaviours:\n  - {trait}\n"
    found = run(tmp_path, monkeypatch, {"personas/k.yaml": text}, RULE)
    assert len(found) == 1 and found[0].message.endswith(example)  # fails before (Apple Pay, BLIK and iFirma)
    assert "Apple Pay" not in found[0].message and "BLIK" not in found[0].message


PERSONA = """\
kind: persona
id: aisha
name: Aisha Rahman
lang: en
behaviours:
  - Reports a change of address in the council app on her phone
  - Reads every letter from the council with JAWS on her laptop
"""

NEGATIVE = """\
kind: negative-persona
id: not-aisha
name: Not Aisha
lang: en
reasons:
  - Doesn't report a change of address in the council app on her phone
  - Doesn't read every letter from the council with JAWS on her laptop
"""


def test_a_mirrored_negative_persona_is_asked_why_it_does_not_buy_or_use_it(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/aisha.yaml": PERSONA, "personas/not-aisha.yaml": NEGATIVE},
                "mirrored-negative-persona")
    assert len(found) == 1
    assert "say from research why this person does not buy or use it: price" in found[0].message  # fails before
