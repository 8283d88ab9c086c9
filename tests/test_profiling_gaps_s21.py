"""Gaps of the pseudo-profiling detector closed in session 21.

1. "Zwraca uwagę na skład" and a bare "Takes care of her skin" (and their twin "Pays attention to
   ingredients") passed: "skład", "takes" of "takes care" and "pays" of "pays attention" were content
   words.  They name nothing among generic words only; beside a phrase they still count ("Ceni jakość,
   sprawdza skład ubrań i szwy"), and any word of detail keeps the trait quiet.
2. "Regularnie kupuje leki na nadciśnienie" was reported: the vague "how often" phrase about medicines
   was an industry phrase, whose purpose was not read.  It is a phrase about goods now (remedies).
3. A purpose after a comma ("Kupuje tanie leki, na nadciśnienie") did not count: it does now, as
   without the comma; a comma still ends what a phrase is about ("ceny, kształtki...").
4. The letters of an interview id ("INT" of "[INT-07]", "(wywiad INT-07)") counted among the words of
   the author's own, so a label could make three words of detail the four that rescue a trait.  They
   are no words now, as the document's own source ids are not; a label's word ("wywiad" of "(wywiad
   7)", "Persona 2") still counts, as it always has.
5. After an opinion verb ("uważa", "thinks", "wspomina", "mentions") a given name counted as detail
   whether it was whom the persona holds an opinion of ("uważa Halinę za najlepszą farmaceutkę") or a
   speaker label ("Dba o zdrowie, uważa Halina."), and a title turned the first into a speaker ("uważa
   panią Halinę za najlepszą farmaceutkę", "thinks Mrs Patel is the best pharmacist").  A person she
   trusts is detail of the persona; who said it is not.  A given name (in Polish, its base form) or a
   title and name that ends the clause after the verb is the speaker; anything else after it is what
   the opinion is of: detail, with or without a title.
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


# --- 2. what regularly bought medicines are for ------------------------------------------------------

REGULAR_MEDICINES_FOR_SOMETHING = [
    ("Regularnie kupuje leki na nadciśnienie", "nadciśnienie"),
    ("Często kupuje leki na alergię dla syna", "alergię"),
    ("Kupuje leki regularnie na tarczycę", "tarczycę"),
    ("Regularnie zamawia leki od kaszlu dla dzieci", "kaszlu"),
]

REGULAR_MEDICINES_FOR_NOTHING = [
    "Regularnie kupuje leki",
    "Regularnie kupuje leki na co dzień",
    "Często zamawia leki na receptę",
    "Kupuje leki regularnie na zapas",
]


@pytest.mark.parametrize(("text", "purpose"), REGULAR_MEDICINES_FOR_SOMETHING)
def test_what_regularly_bought_medicines_are_for_is_detail(text, purpose):
    verdict = matcher().analyse(text)
    assert not verdict.vague, verdict
    assert verdict.rescue == f"what it is for ('{purpose}')"


@pytest.mark.parametrize("text", REGULAR_MEDICINES_FOR_NOTHING)
def test_regularly_bought_medicines_for_nothing_named_are_found(text):
    verdict = matcher().analyse(text)
    assert verdict.vague, verdict
    assert [m.entry.id for m in verdict.matches] == ["remedies"]


# --- 3. a purpose after a comma --------------------------------------------------------------------

PURPOSE_AFTER_A_COMMA = [
    ("Kupuje tanie leki, na nadciśnienie", "nadciśnienie"),
    ("Szuka tanich leków, na alergię dla syna", "alergię"),
    ("Regularnie kupuje leki, na nadciśnienie", "nadciśnienie"),
    ("Wybiera naturalne leki, od kaszlu", "kaszlu"),
]

NO_PURPOSE_AFTER_A_COMMA = [
    "Kupuje tanie leki, na co dzień",
    "Kupuje tanie leki, na zapas",
    "Szuka tanich leków, na receptę",
    # Only a comma: a semicolon or a full stop ends the sentence.
    "Kupuje tanie leki; na nadciśnienie",
]


@pytest.mark.parametrize(("text", "purpose"), PURPOSE_AFTER_A_COMMA)
def test_a_purpose_after_a_comma_is_the_purpose_still(text, purpose):
    verdict = matcher().analyse(text)
    assert not verdict.vague, verdict
    assert verdict.rescue == f"what it is for ('{purpose}')"


@pytest.mark.parametrize("text", NO_PURPOSE_AFTER_A_COMMA)
def test_no_purpose_after_a_comma_is_still_found(text):
    assert matcher().analyse(text).vague


def test_a_comma_still_ends_what_a_phrase_is_about():
    # "what it is about" takes two words right after the phrase, in its clause; a comma starts another.
    assert matcher().analyse("Zwraca uwagę na ceny kształtek miedzianych").vague is False
    assert matcher().analyse("Zwraca uwagę na ceny, kształtek miedzianych").vague is True


@pytest.mark.parametrize("text", ["Kupuje suplementy, na odporność", "Buys supplements, for her joints",
                                  "Buys cheap medicines, for her joints"])
def test_goods_named_by_generic_words_with_a_purpose_after_a_comma_stay_quiet(text):
    assert not matcher().analyse(text).vague


def test_a_pharmacy_persona_keeps_its_regular_medicines_for_something(tmp_path, monkeypatch):
    (tmp_path / "p.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: halina-w
        name: Halina Wróblewska
        lang: pl
        goals:
          - Regularnie kupuje leki na nadciśnienie
          - Kupuje tanie leki, na alergię dla syna
        behaviours:
          - Regularnie kupuje leki
        """), encoding="utf-8")
    found = run(tmp_path, monkeypatch)
    assert [(f.line, f.column) for f in found] == [(9, 5)]
    assert found[0].message.startswith(
        '"Regularnie kupuje leki" describes almost anyone; make it specific: name the product or brand, the dose'
    )


# --- 4. the letters of an interview id ---------------------------------------------------------------

# Three words of the author's own beside a phrase: vague with the label as without it.
LABELLED_THREE_WORDS = [
    ("Dba o zdrowie, chodzi na basen z córką [INT-07]", " [INT-07]"),
    ("Dba o zdrowie, chodzi na basen z córką (INT-07)", " (INT-07)"),
    ("Dba o zdrowie, chodzi na basen z córką [IDI-12]", " [IDI-12]"),
    ("Dba o zdrowie, chodzi na basen z córką (int_7)", " (int_7)"),
    ("Values quality, buys handmade leather shoes (INT-07)", " (INT-07)"),
    # "wywiad" counts, as in "(wywiad 7)"; "INT" does not.
    ("Ceni jakość, kupuje porządne buty (wywiad INT-07)", " (wywiad INT-07)"),
]


@pytest.mark.parametrize(("text", "label"), LABELLED_THREE_WORDS)
def test_an_interview_ids_letters_are_no_words_of_detail(text, label):
    verdict = matcher().analyse(text)
    assert verdict.vague, verdict
    assert matcher().analyse(text.replace(label, "")).vague  # as without it


@pytest.mark.parametrize("text", [
    "Dba o zdrowie, chodzi na basen z córką i mężem [INT-07]",
    "Dba o zdrowie, chodzi na basen z córką w soboty [INT-07]",
    "Values quality, buys handmade leather shoes in Northampton (INT-07)",
])
def test_detail_beside_an_interview_id_still_rescues(text):
    assert not matcher().analyse(text).vague


def test_a_persona_with_interview_ids_reports_the_three_word_trait(tmp_path, monkeypatch):
    (tmp_path / "p.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: ola-n
        name: Ola Nowak
        lang: pl
        sources:
          - id: wywiady-2026-10
            type: interview
        behaviours:
          - Dba o zdrowie, chodzi na basen z córką [INT-07]
          - Dba o zdrowie, chodzi na basen z córką i mężem [INT-07]
        """), encoding="utf-8")
    found = run(tmp_path, monkeypatch)
    assert [(f.line, f.column) for f in found] == [(9, 5)]
    assert found[0].message.startswith('"Dba o zdrowie" describes almost anyone')


# --- 5. after an opinion verb: whom she trusts, or who said it ---------------------------------------

# A person the persona holds an opinion of, with or without a title: detail of the persona.
WHOM_SHE_TRUSTS = [
    ("Dba o zdrowie, uważa Halinę za najlepszą farmaceutkę", "Halinę"),
    ("Dba o zdrowie, uważa panią Halinę za najlepszą farmaceutkę", "Halinę"),
    ("Ceni jakość, wspomina Halinę", "Halinę"),
    ("Cares about health, thinks Olena is the best pharmacist", "Olena"),
    ("Cares about health, thinks Mrs Patel is the best pharmacist", "Mrs"),
    # A brand, as before.
    ("Dba o zdrowie, uważa Tołpę za najlepszą", "Tołpę"),
]

# Who said it: a speaker label after the verb, at the end of the clause.
SPEAKER_AFTER_THE_VERB = [
    "Dba o zdrowie, uważa Halina",
    "Dba o zdrowie, uważa Halina.",
    "Dba o zdrowie, uważa Halina Wróblewska",
    "Dba o zdrowie (uważa Halina)",
    "Dba o zdrowie, uważa Halina; ceni jakość",
    "Dba o zdrowie — uważa pani Halina",
    "Cares about health, thinks Olena",
    "Cares about health, thinks Mrs Patel",
    "Values quality, mentions Olena Kowalenko.",
]


@pytest.mark.parametrize(("text", "name"), WHOM_SHE_TRUSTS)
def test_whom_the_persona_holds_an_opinion_of_is_detail(text, name):
    verdict = matcher().analyse(text)
    assert not verdict.vague, verdict
    assert verdict.rescue == f"a named place, brand or person ('{name}')"


@pytest.mark.parametrize("text", SPEAKER_AFTER_THE_VERB)
def test_a_speaker_after_an_opinion_verb_is_no_detail(text):
    verdict = matcher().analyse(text)
    assert verdict.vague, verdict


def test_a_persona_keeps_the_pharmacist_she_trusts_and_loses_the_speaker_label(tmp_path, monkeypatch):
    (tmp_path / "p.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: ewa-k
        name: Ewa Kamińska
        lang: pl
        behaviours:
          - Dba o zdrowie, uważa panią Halinę za najlepszą farmaceutkę
          - Dba o zdrowie, uważa Halina.
        """), encoding="utf-8")
    found = run(tmp_path, monkeypatch)
    assert [(f.line, f.column) for f in found] == [(7, 5)]
    assert found[0].message.startswith('"Dba o zdrowie" describes almost anyone')
