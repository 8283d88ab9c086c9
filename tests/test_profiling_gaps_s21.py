"""Gaps of the pseudo-profiling detector closed in session 21.

1. "Zwraca uwagę na skład" and a bare "Takes care of her skin" (and their twin "Pays attention to
   ingredients") passed: "skład", "takes" of "takes care" and "pays" of "pays attention" were content
   words.  They name nothing among generic words only; beside a phrase they still count ("Ceni jakość,
   sprawdza skład ubrań i szwy"), and any word of detail keeps the trait quiet.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from cxkit.lint.vague import matcher

RULE = "pseudo-profiling"


def run(root: Path, monkeypatch: pytest.MonkeyPatch) -> list:
    monkeypatch.chdir(root)
    return lint(["."], Config(root=root), Selection(select=(RULE,))).findings


# --- 1. "skład", "takes care", "pays attention" among generic words only ----------------------------

BARE_INGREDIENTS_AND_CARE = [
    "Zwraca uwagę na skład",
    "Zwraca uwagę na skład.",
    "zwraca uwagę na skład produktów",
    "Takes care of her skin",
    "Takes care of his hair and nails",
    "Took care of her skin",
    "Pays attention to ingredients",
    "Pays attention to the ingredients",
    "Pays attention to where products come from",
]

WITH_DETAIL = [
    "Zwraca uwagę na skład, bo syn ma celiakię",
    "Zwraca uwagę na skład kremów, bo ma atopowe zapalenie skóry",
    "Zwraca uwagę na skład ciastek pod kątem oleju palmowego",
    "Takes care of her skin after isotretinoin treatment",
    "Takes care of her acne-prone skin",
    "Takes care of her mother",
    "Takes the bus to work",
    "Pays attention to ingredients in creams because of her eczema",
    "Pays for grocery delivery to the flat",
    # Beside a phrase the words are still the author's own clause.
    "Ceni jakość, sprawdza skład ubrań i szwy",
    "Dba o zdrowie, robi badania krwi i sprawdza skład jedzenia",
]


@pytest.mark.parametrize("text", BARE_INGREDIENTS_AND_CARE)
def test_ingredients_and_care_with_nothing_named_are_generic(text):
    verdict = matcher().analyse(text)
    assert verdict.vague, verdict
    assert {m.entry.id for m in verdict.matches} == {"generic-words"}


@pytest.mark.parametrize("text", WITH_DETAIL)
def test_the_same_words_beside_detail_stay_quiet(text):
    assert not matcher().analyse(text).vague, matcher().analyse(text)


def test_a_pharmacy_persona_reports_the_bare_ingredients_and_skin_care(tmp_path, monkeypatch):
    (tmp_path / "p.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: ewa-k
        name: Ewa Kamińska
        lang: pl
        goals:
          - Zwraca uwagę na skład
          - Zwraca uwagę na skład kremów, bo ma atopowe zapalenie skóry
        behaviours:
          - Takes care of her skin
          - Takes care of her skin after isotretinoin treatment
        """), encoding="utf-8")
    found = run(tmp_path, monkeypatch)
    assert [(f.line, f.column) for f in found] == [(6, 5), (9, 5)]
    assert found[0].message.startswith('built only from generic words ("Zwraca", "uwagę", "skład")')
    assert found[1].message.startswith('built only from generic words ("Takes", "care", "skin")')
