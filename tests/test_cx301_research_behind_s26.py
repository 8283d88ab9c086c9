"""missing-sources (CX301): an opinion that rests on research with customers is not reported.

"Zdaniem zespołu; 12 wywiadów z klientami…" passed while "Zdaniem zespołu, po 12 wywiadach z
klientkami…" was reported: customers counted only outside the opinion's sentence, split on ";" but not
",". Customers named with a research word or a count now excuse the opinion whatever the punctuation;
customers named alone, or a share of them ("80% klientek"), do not.
"""

from __future__ import annotations

import pytest

from cx301_helpers import BANK, RETAIL, SAAS, lint



@pytest.mark.parametrize(("persona", "note"), [
    (RETAIL, "Według naszego zespołu badawczego, po wywiadach z klientkami, raty są kluczowe"),  # fail before
    (RETAIL, "Zdaniem zespołu, po 12 wywiadach z klientkami, raty są kluczowe"),  # (these four)
    (BANK, "Zdaniem zespołu CX, na podstawie ankiety wśród 300 klientów, aplikacja jest za wolna"),
    (SAAS, "Our team thinks, based on 14 customer interviews, that owners hate contracts"),
    (RETAIL, "Zdaniem zespołu raty są kluczowe; 12 wywiadów z klientkami"),  # guard: quiet before too
])
def test_an_opinion_on_customer_research_is_not_reported(tmp_path, monkeypatch, persona, note):
    assert lint(tmp_path, monkeypatch, persona, note) == []


@pytest.mark.parametrize(("persona", "note", "said"), [
    (SAAS, "Our team thinks customers prefer phone calls", "Our team thinks"),  # guards: still reported
    (RETAIL, "Zdaniem zespołu sprzedaży 80% klientek pyta o raty", "Zdaniem zespołu"),
    (RETAIL, "Nasz zespół uważa, że klientki wolą rozmowy w salonie", "Nasz zespół uważa"),
    (RETAIL, "Zdaniem zarządu nasza klientka to kobieta 35-45 lat", "Zdaniem zarządu"),
])
def test_an_opinion_about_customers_is_still_reported(tmp_path, monkeypatch, persona, note, said):
    found = lint(tmp_path, monkeypatch, persona, note)
    assert len(found) == 1, found
    assert f"is our own team's opinion, not research (its note says '{said}')" in found[0]["message"]
    assert (found[0]["line"], found[0]["column"]) == (10, 11)
