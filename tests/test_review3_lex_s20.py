"""Skin, complexion, nails and hair in the pseudo-profiling lexicons (session 20, review3 R3-4).

For an online pharmacy the skin type or the condition is the detail of a beauty trait: "Dba o cerę
naczynkową", "Dba o skórę atopową syna", "Dba o paznokcie łamiące się po chemioterapii".  A phrase
that took the noun ("dba o cerę") left that one adjective too few words to outweigh it, and the
English twins were never flagged, so the languages disagreed.  The nouns are generic words now, in
both languages: the bare trait is still vague, and any word naming a type, a condition, a person or
a routine makes it specific.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from cxkit.lint.vague import matcher

RULE = "pseudo-profiling"

BARE = [
    "Dba o cerę",
    "Dba o swoją cerę",
    "Dba o urodę",
    "Dba o skórę",
    "Dba o włosy i paznokcie",
    "Dba o urodę i cerę",
    "Troszczy się o skórę",
    "Pielęgnuje cerę",
    "Pielęgnacja cery",
    "Cares about her skin",
    "Cares for her hair and nails",
    "Cares about her complexion",
    "Wants healthy skin",
]

NAMED = [
    # A skin type or a condition (review3 R3-4).
    "Dba o cerę naczynkową, unika alkoholu w kosmetykach",
    "Dba o cerę trądzikową, stosuje retinol na noc",
    "Dba o cerę trądzikową",
    "Dba o cerę po kuracji izotretynoiną",
    "Dba o paznokcie łamiące się po chemioterapii",
    "Dba o włosy farbowane, używa szamponu bez siarczanów",
    "Pielęgnacja cery trądzikowej wieczorem",
    # Whose skin, or the routine.
    "Dba o skórę atopową syna, kupuje emolienty",
    "Dba o urodę córki, kupuje jej kosmetyki",
    "Troszczy się o skórę dłoni, myje ręce kilkadziesiąt razy dziennie w pracy",
    "Dba o cerę wieczorem: demakijaż, tonik, serum z witaminą C",
    # The English twins.
    "Looks after her acne-prone skin with a retinol serum at night",
    "Takes care of her skin after isotretinoin treatment",
    "Cares for her son's atopic skin, buys emollients",
    "Cares about her rosacea-prone skin, avoids alcohol in cosmetics",
    "Cares for her nails, which break since chemotherapy",
    "Cares about her sensitive skin",
    "Cares for her dyed hair with a sulphate-free shampoo",
]


@pytest.mark.parametrize("trait", BARE)
def test_skin_or_looks_with_nothing_said_of_them_is_vague(trait):
    verdict = matcher().analyse(trait)
    assert verdict.vague, verdict


@pytest.mark.parametrize("trait", NAMED)
def test_a_skin_type_condition_person_or_routine_makes_the_trait_specific(trait):
    verdict = matcher().analyse(trait)
    assert not verdict.vague, verdict


def run(root: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list:
    (root / "personas").mkdir()
    (root / "personas" / "beata.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    monkeypatch.chdir(root)
    return lint(["."], Config(root=root), Selection(select=(RULE,))).findings


def test_a_pharmacy_persona_is_reported_on_its_bare_beauty_lines_only(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, """\
        kind: persona
        id: beata-k
        name: Beata Kaczmarek
        lang: pl
        goals:
          - Dba o cerę
          - Dba o cerę naczynkową, unika alkoholu w kosmetykach
        behaviours:
          - Dba o skórę atopową syna, kupuje emolienty
          - Dba o paznokcie łamiące się po chemioterapii
          - Cares about her skin
        """)
    assert [(f.line, f.column) for f in found] == [(6, 5), (11, 5)]
    assert found[0].message.startswith('built only from generic words ("Dba", "cerę"); make it specific')
    assert found[1].message.startswith('built only from generic words ("Cares", "skin"); make it specific')
