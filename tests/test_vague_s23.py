"""Misses of the pseudo-profiling detector closed in session 23.

1. A label of the trait's source rescued a trait made only of generic words by its digit: "Lubi ładne
   rzeczy [INT-07]" was quiet while "Lubi ładne rzeczy" was reported.  A label says where the trait
   was heard, not what the person does: with only labels (and links, the document's own source ids)
   holding digits, the trait is judged without them.
2. Two labels back to back ("[INT-07] (R12)") were not read as labels: the first one's digits rescued
   "Dba o zdrowie [INT-07] (R12)".
3. A denial before a run of words generic only together made the Polish trait a fact ("Nie korzysta z
   bankowości mobilnej") but not the English one ("Doesn't use mobile banking"), whose words were
   generic one by one: a denied run now makes either a fact, and "uses mobile banking" is a run.
4. A Polish adjective of what medicines are for ("Często kupuje leki przeciwbólowe") did not count as
   their purpose, as "na ból głowy" does.
5. After "thinks" or "mentions", a titled name followed by where the person is from and then a verb
   ("thinks Mrs Patel from the pharmacy is the expert") was read as the speaker, not whom she trusts.
6. "Długie kolejki" and "Long queues" (a pain every customer has) passed, while "Nie lubi kolejek"
   and "Hates queues" were reported: "long" made them look specific.  "Long queues" is a run now.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.vague import matcher


def vague(text: str) -> bool:
    return matcher().analyse(text).vague


# --- 1. a label alone rescues no trait of generic words ---------------------------------------------

GENERIC_WITH_A_LABEL = [
    "Lubi ładne rzeczy [INT-07]",
    "Lubi ładne rzeczy (INT-07)",
    "Lubi ładne rzeczy (wywiad 2)",
    "Likes nice things (Respondent 3)",
    "Likes nice things [1]",
    "Zwraca uwagę na skład (wywiad 2)",
    "Takes care of her skin [IDI-12]",
    "Lubi ładne rzeczy (https://drive.example.com/notatki/2026-10)",
]


@pytest.mark.parametrize("text", GENERIC_WITH_A_LABEL)
def test_a_label_does_not_rescue_a_trait_of_generic_words(text):
    verdict = matcher().analyse(text)
    assert verdict.vague, verdict
    assert all("07" not in m.text and "INT" not in m.text for m in verdict.matches)


@pytest.mark.parametrize("text", [
    "Lubi ładne rzeczy z Zary [INT-07]",               # a brand
    "Kupuje 2 ładne rzeczy na miesiąc [INT-07]",        # a number of her own
    "Zwraca uwagę na skład kremów dla dziecka (wywiad 2)",
    "Takes care of her skin after isotretinoin treatment [IDI-12]",
    "Lubi ładne rzeczy",                                # no label: generic words, as ever
])
def test_detail_beside_a_label_still_counts(text):
    expected = text == "Lubi ładne rzeczy"
    assert vague(text) is expected


def test_a_labelled_generic_trait_is_reported_on_its_line(tmp_path, monkeypatch):
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "ola.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: ola
        name: Ola Nowak
        lang: pl
        behaviours:
          - Lubi ładne rzeczy [INT-07]
          - Kupuje sukienki w Zarze po wypłacie [INT-07]
        """), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "120")
    result = CliRunner().invoke(app, ["lint", "--select", "pseudo-profiling", "--format", "json", "--no-cache", "."])
    assert result.exit_code == 1, result.output
    found = json.loads(result.stdout)
    assert [(f["line"], f["column"]) for f in found] == [(6, 5)]
    assert "generic words" in found[0]["message"] and "INT" not in found[0]["message"]


# --- 2. labels back to back ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Dba o zdrowie [INT-07] (R12)",
    "Values quality [INT-07] (R12)",
    "Values quality (wywiad 2) [R3]",
    "Dba o zdrowie (wywiad 2)(R3)",
    "Dba o zdrowie [INT-07] (wywiad 3)",
    "Values quality [1] (Respondent 4)",
    "Lubi ładne rzeczy [INT-07] (R12)",
])
def test_two_labels_back_to_back_are_both_labels(text):
    assert vague(text), matcher().analyse(text)


@pytest.mark.parametrize("text", [
    "Ceni jakość, klientka z 2 (czasem 3) sklepów",     # a count, then a guess in brackets
    "Values quality (R3) (bought 2 kettles)",
    "Dba o zdrowie [INT-07], pływa 2 razy w tygodniu (R12)",
])
def test_a_number_beside_labels_still_rescues(text):
    assert not vague(text), matcher().analyse(text)


# --- 3. a denial, the same in Polish and English ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nie korzysta z bankowości mobilnej",
    "Nie używa bankowości mobilnej",
    "Doesn't use mobile banking",
    "Doesn’t use mobile banking",
    "Does not use mobile banking",
    "Never uses mobile banking",
    "Nie stoi w kolejce",
    "Never waits in line",
])
def test_a_denied_run_is_a_fact(text):
    assert not vague(text), matcher().analyse(text)


@pytest.mark.parametrize("text", [
    "Korzysta z bankowości mobilnej",
    "Uses mobile banking",
    "Using mobile banking",
    "Nie lubi czekać w kolejce",       # the denial is of the liking
    "Doesn't like waiting in line",
    "Hates waiting in line",
    "Nie lubi kolejek",
    "Doesn't use social media",        # a phrase of the lexicons, denied: reported still
    "Nie korzysta z mediów społecznościowych",
])
def test_the_run_without_a_denial_and_a_denied_liking_are_reported(text):
    assert vague(text), matcher().analyse(text)


# --- 4. what medicines are for, in an adjective ------------------------------------------------------

@pytest.mark.parametrize(("text", "purpose"), [
    ("Często kupuje leki przeciwbólowe", "przeciwbólowe"),
    ("Regularnie kupuje leki przeciwzapalne dla męża", "przeciwzapalne"),
    ("Kupuje tanie leki nasenne", "nasenne"),
    ("Szuka tańszych leków przeciwbólowych", "przeciwbólowych"),
    ("Kupuje tanie leki antyhistaminowe dla syna", "antyhistaminowe"),
])
def test_a_purpose_adjective_after_medicines_rescues(text, purpose):
    verdict = matcher().analyse(text)
    assert not verdict.vague
    assert verdict.rescue == f"what it is for ('{purpose}')"


@pytest.mark.parametrize("text", [
    "Często kupuje leki",
    "Kupuje tanie leki skuteczne",          # a judgement, not what for
    "Regularnie kupuje leki sprawdzone",
    "Kupuje tanie leki, przeciwbólowe",     # set off by a comma: no longer the goods' adjective
    "Kupuje tanie leki przeciwko",
])
def test_other_words_after_medicines_do_not(text):
    assert vague(text), matcher().analyse(text)


# --- 5. a name, where she is from, then the verb -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Cares about health, thinks Mrs Patel from the pharmacy is the expert",
    "Cares about health, mentions Mrs Patel from the pharmacy as her first call",
    "Cares about health, believes Mrs Patel at the corner pharmacy knows best",
    "Dba o zdrowie, uważa, że pani Halina z apteki zna się najlepiej",
])
def test_whom_she_trusts_after_where_the_person_is_from(text):
    assert not vague(text), matcher().analyse(text)


@pytest.mark.parametrize("text", [
    "Cares about health, thinks Mrs Patel from the pharmacy",
    "Cares about health, thinks Mrs Patel from the pharmacy (INT-07)",
    "Cares about health, thinks Mrs Patel from the pharmacy, is the expert",
    "Dba o zdrowie, uważa pani Halina z apteki",
])
def test_the_speaker_with_where_she_is_from_is_no_detail(text):
    assert vague(text), matcher().analyse(text)


# --- 6. long queues, a pain every customer has ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Długie kolejki",
    "Stoi w długich kolejkach",
    "Long queues",
    "Long lines",
    "Hates long queues",
])
def test_long_queues_alone_are_reported(text):
    assert vague(text), matcher().analyse(text)


@pytest.mark.parametrize("text", [
    "Długie kolejki w aptece przy odbiorze recepty w soboty",
    "Długie kolejki do okienka nadań na poczcie na Kabatach",
    "Long queues at the Boots on Oxford Street on Saturdays",
    "Long queues for the 7:40 train to Leeds",
    "Długie kolejki na poczcie",            # where: as "Nie lubi kolejek na poczcie"
    "Long queues at the post office",
])
def test_a_queue_named_with_where_and_when_is_not(text):
    assert not vague(text), matcher().analyse(text)


# --- 7. a denied run is a fact, and only its own words are (review 13, L2) ----------------------------

@pytest.mark.parametrize(("text", "generic"), [
    ("Doesn't use mobile banking and likes nice things", ["nice"]),
    ("Doesn't use mobile banking, waits in line", ["waits", "line"]),
    ("Likes nice things and doesn't use mobile banking", ["nice"]),
    ("Nie korzysta z bankowości mobilnej i lubi ładne rzeczy", ["ładne"]),
    ("Nie korzysta z bankowości mobilnej, lubi ładne rzeczy", ["ładne"]),
    ("Lubi ładne rzeczy, nie korzysta z bankowości mobilnej", ["ładne"]),
    ("Nie korzysta z bankowości mobilnej, stoi w kolejce", ["stoi", "kolejce"]),
    ("Nie stoi w kolejce i lubi ładne rzeczy", ["ładne"]),
    # A label is no detail beside the generic clause either.
    ("Doesn't use mobile banking and likes nice things [INT-07]", ["nice"]),
    ("Nie korzysta z bankowości mobilnej i lubi ładne rzeczy (wywiad 2)", ["ładne"]),
])
def test_a_denied_run_does_not_hide_a_generic_clause_beside_it(text, generic):
    verdict = matcher().analyse(text)
    assert verdict.vague, verdict
    # The denied run is a fact: the finding points at the generic clause only.
    assert [m.text for m in verdict.matches] == generic


@pytest.mark.parametrize("text", [
    "Doesn't use mobile banking",
    "Nie korzysta z bankowości mobilnej",
    "Doesn't use mobile banking and never waits in line",
    "Nie korzysta z bankowości mobilnej i nie stoi w kolejce",
    "Doesn't use mobile banking, uses cash",
    "Nie korzysta z bankowości mobilnej, woli gotówkę",
    "Doesn't use mobile banking since the 2023 fraud",
    "Nie korzysta z bankowości mobilnej od oszustwa w 2023",
    "Doesn't use mobile banking and pays cash at Tesco",
    "Nie korzysta z bankowości mobilnej i płaci gotówką w Biedronce",
    "Doesn't use mobile banking [INT-07]",
    "Nie czeka w długich kolejkach",
    "Never stands in long queues",
])
def test_a_denied_run_alone_or_beside_detail_stays_a_fact(text):
    assert not vague(text), matcher().analyse(text)


def test_a_denied_run_beside_a_generic_clause_is_reported_on_its_line(tmp_path, monkeypatch):
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "tom.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: tom
        name: Tom Baker
        lang: en
        behaviours:
          - Doesn't use mobile banking and likes nice things
          - Doesn't use mobile banking since the 2023 fraud
        """), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "120")
    result = CliRunner().invoke(app, ["lint", "--select", "pseudo-profiling", "--format", "json", "--no-cache", "."])
    assert result.exit_code == 1, result.output
    found = json.loads(result.stdout)
    assert [(f["line"], f["column"]) for f in found] == [(6, 5)]
    assert "nice" in found[0]["message"] and "banking" not in found[0]["message"]
