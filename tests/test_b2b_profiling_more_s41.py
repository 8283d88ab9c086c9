"""pseudo-profiling (CX101): a B2B persona's reporting, transformation and events clichés (tester49 H2), and the
advice of the B2B ideas in Polish in a Polish workspace.

"Better reporting", "Digital transformation of HR" and "Industry events" are what every buyer of HR or payroll
software says: no report, change or event of this person's is named.  Named ones stay quiet ("the CIPP payroll
conference in Birmingham every October").
"""

from __future__ import annotations

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from cxkit.lint.rules.profiling import _HINT_PL
from cxkit.lint.vague import load_lexicon, matcher
from rule_helpers import pos, write

RULE = "pseudo-profiling"


@pytest.mark.parametrize(("trait", "idea"), [
    ("Better reporting", "business"), ("Wants real-time reporting", "business"),
    ("Digital transformation of HR", "business"), ("Industry events", "events"),
    ("Attends industry events", "events"), ("Events and webinars", "events"),
    ("Lepsze raportowanie", "business"), ("Transformacja cyfrowa HR", "business"), ("Cyfryzacja kadr", "business"),
    ("Chodzi na wydarzenia branżowe", "events"), ("Konferencje i webinary", "events"),
])
def test_a_b2b_cliche_with_nothing_named_is_vague_s41(trait, idea):
    verdict = matcher().analyse(trait)
    assert verdict.vague and verdict.rescue is None, verdict
    assert [m.entry.id for m in verdict.matches] == [idea]


@pytest.mark.parametrize("trait", [
    "Goes to the CIPP payroll conference in Birmingham every October",
    "Kongres Kadr w Warszawie co roku w marcu",
    "Led the digital transformation of payroll at Whitfield in 2024",
    "Sends faster reports to the board every Monday",
    "Organises trade shows for a Leeds events agency",
    "Pracuje przy organizacji targów w Poznaniu",
    "Cyfryzacja akt osobowych w 2025 r. z e-Teczką",
    "HR events manager at Whitfield Logistics",
])
def test_the_same_words_with_something_named_stay_quiet_s41(trait):
    verdict = matcher().analyse(trait)
    assert not verdict.vague or verdict.rescue is not None, verdict


def test_every_idea_of_the_lexicons_has_polish_advice_s41():
    # Without it a Polish workspace read the English advice inside a Polish sentence (company-size and
    # compliance did, before this file).
    assert {e.id for e in load_lexicon().entries} <= set(_HINT_PL)


KASIA = """\
    kind: persona
    id: katarzyna-wojcik
    name: Katarzyna Wójcik
    lang: pl
    demographics:
      occupation: Decydentka w średniej firmie
    behaviours:
      - Dba o zgodność z przepisami
      - Chodzi na wydarzenia branżowe
    """


def test_a_polish_workspace_gets_the_b2b_ideas_advice_in_polish_s41(tmp_path, monkeypatch):
    write(tmp_path, {"personas/kasia.yaml": KASIA})
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path, lang="pl"), Selection(select=(RULE,))).findings
    by_line = {f.line: f.message for f in found}
    assert set(by_line) == {pos(KASIA, "Decydentka")[0], pos(KASIA, "Dba o")[0], pos(KASIA, "Chodzi")[0]}
    assert ("„średniej firmie” opisuje niemal każdego; doprecyzuj: podaj liczbę pracowników albo przedział i jego "
            "źródło, branżę i miejsce (np. „230 pracowników") in by_line[pos(KASIA, "Decydentka")[0]]
    assert by_line[pos(KASIA, "Dba o")[0]].startswith(
        "„Dba o zgodność z przepisami” opisuje niemal każdego; doprecyzuj: nazwij deklarację, termin albo kontrolę")
    assert by_line[pos(KASIA, "Chodzi")[0]].startswith(
        "„wydarzenia branżowe” opisuje niemal każdego; doprecyzuj: nazwij wydarzenie, gdzie i kiedy się odbywa")
