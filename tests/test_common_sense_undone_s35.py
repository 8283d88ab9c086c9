"""missing-sources (CX301): a desk-research note that names common sense or the team's experience with a
denial that turns back on itself ("zdrowy rozsądek nie zawodzi", "Common sense isn't wrong here", "Nasze
doświadczenie nie jest poparte danymi") or in quotes of its own ("Based on 'common sense'") rests on them,
and is reported; one that cites or denies them (session 35) is still research."""

from __future__ import annotations

import pytest
import yaml

from cxkit.api import lint_text


def _found(note: str, lang: str) -> list[str]:
    doc = {
        "kind": "persona", "id": "pawel", "name": "Paweł Czerski", "lang": lang,
        "goals": ["Kupić słuchawki otwarte do 2 500 zł, które zagrają z FiiO K7"],
        "sources": [{"id": "s", "type": "desk-research", "note": note}], "reviewed": "2026-11-01",
    }
    return [f.message for f in lint_text(yaml.safe_dump(doc, allow_unicode=True), select="CX301", baseline=False)]


RESTS_ON_IT = [
    ("pl", "Zdrowy rozsądek nie zawodzi – tak robimy od lat"),
    ("pl", "Nasze doświadczenie nie jest poparte danymi, ale to wszystko, co mamy"),
    ("pl", "Na podstawie „zdrowego rozsądku” i raportu Deloitte"),
    ("en", "Common sense isn't wrong here, plus two Gartner notes"),
    ("en", "Our experience is not something we doubt; plus blog posts"),
    ("en", "Common sense never fails us, plus a Mintel summary"),
    ("en", "Based on 'common sense' and a Forrester summary"),
]


@pytest.mark.parametrize(("lang", "note"), RESTS_ON_IT, ids=[n for _, n in RESTS_ON_IT])
def test_a_denial_undone_or_common_sense_in_quotes_of_its_own_is_still_an_assumption(lang, note):
    messages = _found(note, lang)
    assert len(messages) == 1 and messages[0].startswith("source 's' is an assumption, not research")


CITED = [
    ("pl", "Artykuł NN/g „Zdrowy rozsądek to nie metoda badawcza” (2023)"),
    ("pl", "Badanie podważa tzw. „zdrowy rozsądek” w projektowaniu formularzy (NN/g 2024)"),
    ("en", "HBR study that challenges so-called 'common sense' about loyalty schemes"),
    ("pl", "Artykuł: Dlaczego zdrowy rozsądek zawodzi w UX (Smashing Magazine, 2024)"),
    ("pl", "Meta-analiza 40 badań pokazująca, że nasze doświadczenie nie wystarcza do oceny cen"),
    ("en", "NN/g article 'Common sense is not a research method' (2023)"),
    ("en", "Duncan Watts, 'Everything Is Obvious' on why common sense fails"),
    ("en", "Book: Common Sense Is Not So Common (Goldratt), chapter on retail queues"),
]


@pytest.mark.parametrize(("lang", "note"), CITED, ids=[n for _, n in CITED])
def test_a_note_that_cites_or_denies_them_is_still_research(lang, note):
    assert _found(note, lang) == []
