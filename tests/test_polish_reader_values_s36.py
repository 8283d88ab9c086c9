"""Schema and reader findings a broad corpus of broken files still showed in English in a Polish workspace (session 36).

A month without its day (`reviewed: listopad 2026`), a date written with slashes (`3/11/2026`), a source whose
`type:` was left empty, `lang: [pl, en]` for a bilingual document and one anchor pasted on two stages were told
wholly in English with `lang = "pl"`; each now reads in Polish, its English twin unchanged.
"""

from __future__ import annotations

import json

import pytest

from test_polish_reader_s36 import JOURNEY, PERSONA, _lint, _messages, _workspace

SOURCES = PERSONA + """sources:
  - id: wywiady-2026-10
    type:
    date: 2026-10-09
    n: 5
"""
STAGES_SHARE_AN_ANCHOR = JOURNEY.replace("  - id: awareness", "  - &etap\n    id: awareness").replace(
    "  - id: purchase", "  - &etap\n    id: purchase")

#: (file, its text, the Polish message, the English one).
CASES = [
    ("journeys/miesiac.yaml", JOURNEY.replace("reviewed: 2026-11-02", "reviewed: listopad 2026"),
     "`reviewed`: oczekiwano daty zapisanej jako RRRR-MM-DD, a podano „listopad 2026”; data potrzebuje też dnia: wpisz "
     "2026-11-DD, gdzie DD to dzień (2026-11-01, jeśli chodzi o cały miesiąc)",
     "'reviewed': expected a date written as YYYY-MM-DD, got 'listopad 2026'; a date needs its day too: write "
     "2026-11-DD with the day (2026-11-01 for the month as a whole)"),
    ("journeys/ukosnik.yaml", JOURNEY.replace("reviewed: 2026-11-02", "reviewed: 3/11/2026"),
     "`reviewed`: oczekiwano daty zapisanej jako RRRR-MM-DD, a podano „3/11/2026”; czy chodziło o 2026-11-03 "
     "(najpierw dzień, jak w Polsce i Wielkiej Brytanii), czy o 2026-03-11 (najpierw miesiąc, jak w USA)?",
     "'reviewed': expected a date written as YYYY-MM-DD, got '3/11/2026'; did you mean 2026-11-03 (day first, as in "
     "the UK and Poland) or 2026-03-11 (month first, as in the US)?"),
    ("personas/zrodlo.yaml", SOURCES,
     "`sources[wywiady-2026-10].type` jest puste; wpisz jedną z wartości: „interview”, „survey”, „analytics”, "
     "„focus-group”, „sales-data”, „support”, „desk-research” lub „other”",
     "'sources[wywiady-2026-10].type' is empty; write one of 'interview', 'survey', 'analytics', 'focus-group', "
     "'sales-data', 'support', 'desk-research' or 'other'"),
    ("personas/dwa_jezyki.yaml", PERSONA.replace("lang: pl", "lang: [pl, en]"),
     "`lang`: wpisz dwuliterowy kod ISO 639-1, np. „pl”, „en”, „de”, „cs” lub „uk”, a jest tu lista",
     "'lang': write a two-letter ISO 639-1 language code such as 'pl', 'en', 'de', 'cs' or 'uk', not a list"),
    ("journeys/kotwica.yaml", STAGES_SHARE_AN_ANCHOR,
     "kotwica &etap jest tu zdefiniowana drugi raz (pierwszy raz w wierszu 9); cxkit przyjmuje każdą nazwę kotwicy "
     "raz: zmień nazwę jednej z nich (i aliasów, które ją wskazują)",
     "the anchor &etap is defined a second time here (first on line 9); cxkit accepts each anchor name once: rename "
     "one of them (and the aliases that mean it)"),
]


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    files = [(name, text) for name, text, _pl, _en in CASES]
    pl = _lint(_workspace(tmp_path_factory.mktemp("pl"), "pl", files), "-f", "json")
    en = _lint(_workspace(tmp_path_factory.mktemp("en"), "en", files), "-f", "json")
    assert pl.returncode == en.returncode == 1, pl.stderr + en.stderr
    return _messages(pl.stdout), _messages(en.stdout), json.loads(pl.stdout), json.loads(en.stdout)


@pytest.mark.parametrize("name,polish,english", [(n, p, e) for n, _t, p, e in CASES], ids=[n for n, *_ in CASES])
def test_told_in_polish_with_its_english_twin(both, name, polish, english):
    pl, en, _rows_pl, _rows_en = both
    assert pl[name] == [polish]
    assert en[name] == [english]


def test_the_place_and_rule_do_not_change_with_the_language(both):
    _pl, _en, rows_pl, rows_en = both
    assert [(r["path"], r["code"], r["line"], r["column"]) for r in rows_pl] == \
        [(r["path"], r["code"], r["line"], r["column"]) for r in rows_en]
