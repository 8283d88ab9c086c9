"""pseudo-profiling: approximate ages, interests named by their field, every customer's complaints (session 34).

A persona made only of pseudo-profiling passed the gate: "Ma ok. 35 lat" / "Around 35", "Interesuje się
modą" / "Interested in fashion", "Słaba obsługa klienta" / "Poor customer service" were not reported,
and some ideas were caught in one language only ("Has kids" but not "Ma dzieci", "Lubi promocje" but
not "Loves a bargain").  Traits with what happened, where or how often stay specific.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from cxkit.lint.vague import matcher

GENERIC = [
    # approximate ages
    "Ma ok. 35 lat", "Kobieta ok. 35 lat.", "Około 40-letni mężczyzna.", "Ma około 40 lat",
    "Around 35 years old", "A woman of about 35.", "A 35-ish woman.", "Aged about 40",
    # interests named only by their field
    "Interesuje się modą", "Interesuje sie moda", "Interesuje się kulturą i sztuką", "Pasjonatka gotowania",
    "Interested in fashion", "Into arts and culture", "Passionate about cooking",
    # every customer's complaints
    "Słaba obsługa klienta", "Slaba obsluga klienta", "Słaba obsługa", "Brak informacji", "Niejasne warunki",
    "Wolna strona", "Skomplikowany proces zwrotu",
    "Poor customer service", "Bad service", "Lack of information", "Unclear terms", "Slow website",
    "Confusing websites", "Complicated returns process",
    # one language had them, the other did not
    "Ma dzieci", "35-latka z dziećmi.", "Chce kupić dobry produkt", "Chce czuć się dobrze we własnym ciele",
    "Loves a bargain", "Works long hours", "Pays attention to other people's opinions",
    "Wants to feel good in her own body",
]


@pytest.mark.parametrize("trait", GENERIC)
def test_the_generic_trait_is_vague(trait):
    """Each fails before except the guards of what was caught in the other language (see the module)."""
    assert matcher().analyse(trait).vague


SPECIFIC = [
    "Brak informacji o terminie dostawy paczki z Allegro",
    "Lack of information on when the DPD parcel arrives",
    "Works long hours as a nurse at St Thomas'",
    "Ma dwoje dzieci: Zosię (4) i Kubę (7)",
    "Dwa razy w roku jeździ z dziećmi do teściów pod Zamość",
    "Od około 20 lat jeździ Skodą",
    "Ok. 20 lat temu przeprowadziła się do Gdyni",
    "Spends about 40 minutes on the bus each way",
    "Wydaje ok. 50 zł tygodniowo na kawę",
    "Spends £50-ish a week on coffee",
    "Uczy sztuki w liceum w Radomiu",
    "Teaches art at a primary school in Leeds",
    "Szyje ubrania dla córki z wykrojów Burda Style, raz w miesiącu",
    "Sews her daughter's clothes from Simplicity patterns once a month",
    "Ma 41 lat",
    "Is 41",
]


@pytest.mark.parametrize("trait", SPECIFIC)
def test_the_specific_trait_is_not(trait):
    """Guards: what happened, where, how often, a duration or an exact age."""
    assert not matcher().analyse(trait).vague


def _lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[tuple[int, int, str]]:
    (tmp_path / "p.yaml").write_text(textwrap.dedent(text) + SOURCES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path), Selection(select=("pseudo-profiling",))).findings
    return [(f.line, f.column, f.message) for f in found]


SOURCES = """\
sources: [{id: s, type: survey, date: 2026-09-01, n: 600}]
reviewed: 2026-11-01
"""


def test_a_polish_persona_made_of_pseudo_profiling_is_reported(tmp_path, monkeypatch):
    """Fails before: the whole persona passed (tester35's H-1)."""
    found = _lint(tmp_path, monkeypatch, """\
        kind: persona
        id: ania
        name: Ania Kowal
        lang: pl
        summary: Ma ok. 35 lat, mieszka w Warszawie, interesuje się modą.
        goals:
          - Chce czuć się dobrze we własnym ciele
        pain_points:
          - Słaba obsługa klienta
        """)
    assert [(line, col) for line, col, _ in found] == [(5, 10), (7, 5), (9, 5)]
    assert found[0][2].startswith('summary: "ok. 35 lat" is an approximate age, a range by another name; give one age')
    assert found[1][2].startswith('"czuć się dobrze we własnym ciele" describes almost anyone; make it specific: name what')
    assert found[2][2].startswith('built only from generic words ("Słaba", "obsługa", "klienta"); make it specific')


def test_an_english_persona_made_of_pseudo_profiling_is_reported(tmp_path, monkeypatch):
    """Fails before: the whole persona passed (tester35's H-1)."""
    found = _lint(tmp_path, monkeypatch, """\
        kind: persona
        id: amy
        name: Amy Clarke
        lang: en
        summary: About 35, lives in London, interested in fashion.
        pain_points:
          - Poor customer service
          - Confusing websites
        """)
    assert [(line, col) for line, col, _ in found] == [(5, 10), (7, 5), (8, 5)]
    assert found[0][2].startswith('summary: "About 35" is an approximate age')
    assert found[1][2].startswith('built only from generic words ("Poor", "customer", "service")')
    assert found[2][2].startswith('"Confusing websites" describes almost anyone; make it specific: say what happened')
    assert "Vodafone helpline" in found[2][2]


def test_a_specific_summary_with_one_age_is_not_reported(tmp_path, monkeypatch):
    """Guard: the seed's own example states one age and the city."""
    assert _lint(tmp_path, monkeypatch, """\
        kind: persona
        id: jan
        name: Jan Kowalski
        lang: pl
        summary: Mężczyzna, 35 lat, mieszkaniec Warszawy, programista; od 10-15 lat słucha new jazzu.
        goals:
          - Kupić słuchawki do 1 500 zł do pracy zdalnej na Ochocie
        """) == []


def test_an_age_range_in_a_summary_is_reported_beside_a_place(tmp_path, monkeypatch):
    """Fails before: the named city rescued the range in the summary."""
    found = _lint(tmp_path, monkeypatch, """\
        kind: persona
        id: ola
        name: Ola Nowak
        lang: pl
        summary: Kobieta 30-40 lat z Poznania.
        goals:
          - Kupić rower elektryczny do 6 000 zł do dojazdów na Jeżyce
        """)
    assert [(line, col) for line, col, _ in found] == [(5, 10)]
    assert found[0][2].startswith('summary: "30-40 lat" is an age range; a range of ages is a segment')


def test_an_approximate_age_in_a_summary_is_reported_beside_a_count(tmp_path, monkeypatch):
    """Fails before: "35-ish" was no age, and "two" rescued the summary."""
    found = _lint(tmp_path, monkeypatch, """\
        kind: persona
        id: amy
        name: Amy Clarke
        lang: en
        summary: A 35-ish mum of two from Leeds.
        goals:
          - Buy an e-bike under £1,500 for the commute to Headingley
        """)
    assert [(line, col) for line, col, _ in found] == [(5, 10)]
    assert found[0][2].startswith('summary: "35-ish" is an approximate age')
