"""`other_personas` (7bbad0f9) through the rules that judge a journey's persona (review121, session 41).

unknown-persona (CX004) checked each id of `other_personas`, but journey-for-negative-persona (CX407) and
journey-for-retired-persona (CX413) read only `persona`: a negative or retired persona listed among the others
passed unseen.  Each is now reported at its id in the list, in English and Polish.
"""

from __future__ import annotations

import pytest

from cxkit.config import Config
from cxkit.lint.engine import lint as lint_files
from cxkit.lint.selection import Selection
from rule_helpers import pos, write

CLAIRE = """\
kind: persona
id: claire-whitmore
name: Claire Whitmore
lang: en
goals:
  - Close month-end by day 3 without re-keying payroll journals into Sage 200
"""

KASIA = """\
kind: persona
id: katarzyna-wojcik
name: Katarzyna Wójcik
lang: pl
{status}goals:
  - Zamknąć listę płac dla 180 osób do 28. dnia miesiąca bez poprawek w Płatniku
"""

GRAHAM = """\
kind: negative-persona
id: enterprise-on-prem-buyer
name: Graham Doyle
lang: en
reasons:
  - Needs an on-premises install for 5,000 staff; Paywise runs only as a hosted service
"""

JOURNEY = """\
kind: journey
id: whitfield-moves-payroll
name: Whitfield Logistics moves payroll to Paywise
lang: {lang}
{status}persona: claire-whitmore
other_personas: [{others}]
stages:
  - id: demo
    name: Demo with the account executive
    emotion: 1
"""

RULES = ("journey-for-negative-persona", "journey-for-retired-persona")


def lint(tmp_path, monkeypatch, others: str, lang: str = "en", retired: bool = False, journey_status: str = ""):
    journey = JOURNEY.format(lang=lang, status=journey_status, others=others)
    write(tmp_path, {"personas/claire-whitmore.yaml": CLAIRE, "personas/graham.yaml": GRAHAM,
                     "personas/katarzyna-wojcik.yaml": KASIA.format(status="status: retired\n" if retired else ""),
                     "journeys/j.yaml": journey})
    monkeypatch.chdir(tmp_path)
    found = lint_files(["."], Config(root=tmp_path, lang=lang), Selection(select=RULES)).findings
    return journey, [(f.code, f.line, f.column, f.message) for f in found if f.path == "journeys/j.yaml"]


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "persona 'enterprise-on-prem-buyer' in `other_personas` is a negative persona (personas/graham.yaml); "
           "map journeys of the people you design for"),
    ("pl", "persona „enterprise-on-prem-buyer” w `other_personas` to persona negatywna (personas/graham.yaml); "
           "mapuj ścieżki ludzi, dla których projektujesz"),
])
def test_a_negative_persona_among_the_others_is_reported_at_its_id_s41(tmp_path, monkeypatch, lang, said):
    journey, found = lint(tmp_path, monkeypatch, "katarzyna-wojcik, enterprise-on-prem-buyer", lang)
    assert found == [("CX407", *pos(journey, "enterprise-on-prem-buyer"), said)]


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "persona 'katarzyna-wojcik' in `other_personas` is retired (personas/katarzyna-wojcik.yaml); name a "
           "persona in use, or drop the id"),
    ("pl", "persona „katarzyna-wojcik” w `other_personas` jest wycofana (personas/katarzyna-wojcik.yaml); wpisz "
           "personę w użyciu albo usuń ten identyfikator"),
])
def test_a_retired_persona_among_the_others_is_reported_at_its_id_s41(tmp_path, monkeypatch, lang, said):
    journey, found = lint(tmp_path, monkeypatch, "katarzyna-wojcik", lang, retired=True)
    assert found == [("CX413", *pos(journey, "katarzyna-wojcik"), said)]


def test_others_in_use_and_a_retired_journey_are_not_reported_s41(tmp_path, monkeypatch):
    assert lint(tmp_path, monkeypatch, "katarzyna-wojcik")[1] == []
    # A retired journey is kept for the record with the people it named.
    assert lint(tmp_path, monkeypatch, "katarzyna-wojcik", retired=True, journey_status="status: retired\n")[1] == []
