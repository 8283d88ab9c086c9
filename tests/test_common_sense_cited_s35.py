"""missing-sources (CX301): a desk-research note that cites or denies "common sense" or the team's
experience ("Badanie podważa tzw. zdrowy rozsądek", "Contrary to common sense, …", "NN/g: 'Common sense is
not a research method'") is research, not the team resting on them; a note that rests on them is reported
as before, in desk research and in other sources alike."""

from __future__ import annotations

import pytest
import yaml

from cxkit.api import lint_text


def _found(source_type: str, note: str, lang: str = "pl") -> list[str]:
    doc = {
        "kind": "persona", "id": "pawel", "name": "Paweł Czerski", "lang": lang,
        "goals": ["Kupić słuchawki otwarte do 2 500 zł, które zagrają z FiiO K7"],
        "sources": [{"id": "s", "type": source_type, "note": note}], "reviewed": "2026-11-01",
    }
    return [f.message for f in lint_text(yaml.safe_dump(doc, allow_unicode=True), select="CX301", baseline=False)]


CITED_OR_DENIED = [
    ("pl", "Badanie podważa tzw. zdrowy rozsądek w projektowaniu formularzy (NN/g 2024)"),
    ("pl", "Raport Gemius: wbrew zdrowemu rozsądkowi klienci wolą dłuższą dostawę"),
    ("pl", "Artykuł NN/g „Zdrowy rozsądek to nie metoda badawcza” (2023)"),
    ("pl", "Przegląd badań Baymard, który kwestionuje nasze doświadczenie z formularzami"),
    ("en", "Contrary to common sense, shoppers abandon carts with free delivery (Baymard 2025)"),
    ("en", "NN/g article 'Common sense is not a research method' (2023)"),
    ("en", "Baymard study that challenges our experience of one-page checkouts"),
]


@pytest.mark.parametrize(("lang", "note"), CITED_OR_DENIED, ids=[n for _, n in CITED_OR_DENIED])
def test_desk_research_that_cites_or_denies_common_sense_is_not_reported(lang, note):
    assert _found("desk-research", note, lang) == []


RESTS_ON_IT = [
    ("desk-research", "pl", "Zdrowy rozsądek i przegląd forów", "Zdrowy rozsądek"),
    ("desk-research", "pl", "Nasze doświadczenie z rynku", "Nasze doświadczenie"),
    ("desk-research", "pl", "Nie mamy badań, zdrowy rozsądek i obserwacje", "zdrowy rozsądek"),
    ("desk-research", "en", "Common sense and a few blog posts", "Common sense"),
    ("desk-research", "en", "Our experience of the market plus Statista charts", "Our experience"),
    ("other", "pl", "Zdrowy rozsądek i obserwacje", "Zdrowy rozsądek"),
    ("other", "en", "Contrary to common sense, we assume customers read terms", "common sense"),
    ("other", "en", "Common sense is all we had", "Common sense"),
]


@pytest.mark.parametrize(("kind", "lang", "note", "said"), RESTS_ON_IT, ids=[n for _, _, n, _ in RESTS_ON_IT])
def test_a_note_that_rests_on_common_sense_or_our_experience_is_reported(kind, lang, note, said):
    assert _found(kind, note, lang) == [
        f"source 's' is an assumption, not research (its note says '{said}'), and this persona has no "
        "other source; list the interviews, surveys or data it comes from"]
