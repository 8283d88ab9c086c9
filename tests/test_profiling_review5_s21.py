"""pseudo-profiling: review 5's findings on this session's detector changes (session 21).

1. R5-1: after an opinion verb ("uważa", "deklaruje", "thinks", "mentions"), a titled speaker counted as
   detail as soon as any word followed the name ("Dba o zdrowie, uważa pani Halina z apteki.", "Cares
   about health, thinks Mrs Patel from the pharmacy."), which were reported before 053f54e.  Who spoke
   is told from whom she trusts by the case in Polish (the nominative "pani Halina", "Halina" spoke;
   "panią Halinę", "Halinę" is whom she trusts) and, in English, by what follows the name: a verb or a
   complement ("thinks Mrs Patel is the best pharmacist") makes it whom she trusts, anything else the
   speaker; after "mentions", a given name without a title is the speaker only before the end or a
   label, as 053f54e had it ("mentions Olena from the herbal shop" is whom she mentions).
2. R5-4: a source label after such a speaker ("uważa Halina (wywiad 3)", "thinks Olena (INT-07)") kept
   the object reading, while "mówi Halina (wywiad 3)" was reported: a label no longer changes the verdict.
3. R5-2: after a comma, an adverbial "na" idiom ("na ogół", "na przykład", "na razie", "na bieżąco",
   "na szczęście", "na własną rękę", "na raty", "na początku") was read as what the medicines are for.
   Those idioms say how or when, with or without the comma; "na przykład na alergię" still names one.
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


# --- 1. a titled speaker after an opinion verb, with words after the name (R5-1) ----------------------

TITLED_SPEAKER_WITH_MORE_WORDS = [
    "Dba o zdrowie, uważa pani Halina z apteki.",
    "Dba o zdrowie, uważa pani Kowalska z apteki.",
    "Dba o zdrowie, deklaruje pani Halina w wywiadzie",
    "Dba o zdrowie – deklaruje pani Halina – i ceni jakość",
    "Dba o zdrowie, uważa pan Marek z apteki",
    "Cares about health, thinks Mrs Patel from the pharmacy.",
    "Cares about health, mentions Mrs Patel in the interview",
    # A base-form given name is the speaker too, not only where the clause ends.
    "Dba o zdrowie, uważa Halina z apteki",
    "Dba o zdrowie, uważa Halina Wróblewska z apteki",
]

# Whom she trusts: an accusative title or name in Polish, a verb or complement after the name in
# English.  Detail, as 053f54e made it.
WHOM_SHE_TRUSTS = [
    ("Dba o zdrowie, uważa panią Halinę za najlepszą farmaceutkę", "Halinę"),
    ("Dba o zdrowie, wspomina panią Halinę z apteki", "Halinę"),
    ("Dba o zdrowie, uważa pana Marka za fachowca", "Marka"),
    ("Dba o zdrowie, uważa Marka z apteki za fachowca", "Marka"),
    ("Cares about health, thinks Mrs Patel is the best pharmacist", "Mrs"),
    ("Cares about health, believes Mrs Patel to be honest", "Mrs"),
    ("Cares about health, thinks Mrs Patel's advice is the best", "Mrs"),
    ("Cares about health, believes Olena knows best", "Olena"),
    ("Cares about health, mentions Olena as her pharmacist", "Olena"),
    ("Cares about health, mentions Olena often", "Olena"),
    ("Cares about health, thinks Olena recommended Cerave", "Olena"),
    # "Mentions" names whom she mentions as readily: a given name with more words after it is that.
    ("Values quality, mentions Olena from the herbal shop", "Olena"),
]


@pytest.mark.parametrize("text", TITLED_SPEAKER_WITH_MORE_WORDS)
def test_a_speaker_after_an_opinion_verb_is_no_detail_with_words_after_the_name(text):
    verdict = matcher().analyse(text)
    assert verdict.vague, verdict
    assert verdict.rescue is None


@pytest.mark.parametrize(("text", "name"), WHOM_SHE_TRUSTS)
def test_whom_she_trusts_after_an_opinion_verb_is_detail_still(text, name):
    verdict = matcher().analyse(text)
    assert not verdict.vague, verdict
    assert verdict.rescue == f"a named place, brand or person ('{name}')"


# --- 2. a source label after the speaker (R5-4) ------------------------------------------------------

SPEAKER_AND_LABEL = [
    "Dba o zdrowie, uważa Halina (wywiad 3).",
    "Dba o zdrowie, uważa Halina [INT-07]",
    "Dba o zdrowie, uważa Halina — wywiad 3",
    "Dba o zdrowie, uważa pani Halina (wywiad 3).",
    "Cares about health, thinks Olena (INT-07)",
    "Cares about health, thinks Mrs Patel (INT-07)",
    "Cares about health, mentions Olena (INT-07)",
]


@pytest.mark.parametrize("text", SPEAKER_AND_LABEL)
def test_a_label_after_the_speaker_keeps_the_verdict_of_says(text):
    said = text.replace("uważa", "mówi").replace("thinks", "says").replace("mentions", "says")
    assert matcher().analyse(said).vague
    assert matcher().analyse(text).vague


def test_a_persona_reports_the_trait_its_speaker_and_label_cannot_rescue(tmp_path, monkeypatch):
    (tmp_path / "p.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: marta-z
        name: Marta Zielińska
        lang: pl
        behaviours:
          - Dba o zdrowie, uważa pani Halina z apteki.
          - Dba o zdrowie, uważa panią Halinę za najlepszą farmaceutkę
          - Dba o zdrowie, uważa Halina (wywiad 3).
        """), encoding="utf-8")
    found = run(tmp_path, monkeypatch)
    assert [(f.line, f.column) for f in found] == [(6, 5), (8, 5)]
    assert all(f.message.startswith('"Dba o zdrowie" describes almost anyone') for f in found)


# --- 3. adverbial "na" idioms are no purpose, after a comma or not (R5-2) ----------------------------

NO_PURPOSE_IDIOM = [
    "Kupuje tanie leki, na ogół",
    "Kupuje tanie leki, na przykład",
    "Kupuje tanie leki, na razie",
    "Kupuje tanie leki, na bieżąco",
    "Kupuje tanie leki, na szczęście rzadko",
    "Kupuje tanie leki, na własną rękę",
    "Kupuje tanie leki, na raty",
    "Kupuje tanie leki, na początku miesiąca",
    "Kupuje tanie leki, na koniec miesiąca",
    "Kupuje tanie leki, na czas",
    "Kupuje tanie leki, na szybko",
    "Kupuje tanie leki, od razu",
    "Kupuje tanie leki, od zawsze",
    "Regularnie kupuje leki, na ogół",
    # The same idioms without the comma (already missed before the comma counted).
    "Kupuje tanie leki na ogół",
    "Kupuje tanie leki na razie",
    "Kupuje tanie leki na promocji",
]

# Guards: non-purposes found before, and purposes, with or without a comma or "na przykład".
NO_PURPOSE_BEFORE = [
    "Kupuje tanie leki, na zapas",
    "Kupuje tanie leki, na co dzień",
    "Kupuje tanie leki, na pewno",
    "Kupuje tanie leki, na wszelki wypadek",
]

PURPOSE = [
    ("Kupuje tanie leki, na nadciśnienie", "nadciśnienie"),
    ("Kupuje tanie leki, na zgagę", "zgagę"),
    ("Kupuje tanie leki, na ból głowy", "ból"),
    ("Kupuje tanie leki na sen", "sen"),
    ("Kupuje tanie leki, na serce", "serce"),
    ("Wybiera naturalne leki, od kaszlu", "kaszlu"),
    ("Kupuje tanie leki, na przykład na alergię", "alergię"),
    ("Kupuje tanie leki na przykład na nadciśnienie dla męża", "nadciśnienie"),
]


@pytest.mark.parametrize("text", NO_PURPOSE_IDIOM + NO_PURPOSE_BEFORE)
def test_an_adverbial_idiom_after_the_medicines_says_no_purpose(text):
    verdict = matcher().analyse(text)
    assert verdict.vague, verdict
    assert [m.entry.id for m in verdict.matches] == ["remedies"]


@pytest.mark.parametrize(("text", "purpose"), PURPOSE)
def test_a_purpose_after_the_medicines_is_detail_still(text, purpose):
    verdict = matcher().analyse(text)
    assert not verdict.vague, verdict
    assert verdict.rescue == f"what it is for ('{purpose}')"


def test_a_pharmacy_persona_reports_medicines_bought_on_the_whole(tmp_path, monkeypatch):
    (tmp_path / "p.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: halina-w
        name: Halina Wróblewska
        lang: pl
        behaviours:
          - Kupuje tanie leki, na ogół
          - Kupuje tanie leki, na nadciśnienie
          - Kupuje tanie leki, na przykład na alergię
          - Kupuje tanie leki, na własną rękę
        """), encoding="utf-8")
    found = run(tmp_path, monkeypatch)
    assert [(f.line, f.column) for f in found] == [(6, 5), (9, 5)]
    assert all(f.message.startswith('"tanie leki" describes almost anyone') for f in found)
