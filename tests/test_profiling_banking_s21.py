"""Retail-banking clichés the pseudo-profiling detector missed (tester5 F5), session 21.

1. "Korzysta z bankowości mobilnej" and "Nie lubi kolejek" passed as specific, though they fit every
   customer of a bank with an app.  "bankowości mobilnej" with its verb is a generic run now: its words
   count as generic words together (not "bankowości internetowej", which a precision probe judged
   specific), and not right after "nie" ("Nie korzysta z bankowości mobilnej" is a fact).  Queues
   ("kolejek", "queues", "waiting in line") are generic words or runs; anything more beside them keeps
   the trait quiet ("Korzysta z bankowości mobilnej 5 razy dziennie, głównie BLIK").
2. "Chce mieć wszystko w jednej aplikacji" was advised with a B2B example (40 Salesforce licences) for a
   retail persona.  Everything in one app or one place is an idea of its own now, whose example is a
   customer's apps and accounts; in one system, tool or dashboard it is still a buyer's.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from cxkit.lint.vague import matcher

RULE = "pseudo-profiling"

# The tester's persona, as reported.
JAN = textwrap.dedent("""\
    kind: persona
    id: jan-vague
    name: Jan Nowak
    lang: pl
    goals:
      - Chce mieć wszystko w jednej aplikacji
    behaviours:
      - Korzysta z bankowości mobilnej
      - Płaci BLIKIEM 23 razy w miesiącu, głównie w Żabce i na Allegro
    pain_points:
      - Nie lubi kolejek
      - Czas oczekiwania na infolinii 14 min (mediana z 3 412 zgłoszeń)
    """)


def run(root: Path, monkeypatch: pytest.MonkeyPatch) -> list:
    monkeypatch.chdir(root)
    return lint(["."], Config(root=root), Selection(select=(RULE,))).findings


def test_the_testers_persona_reports_the_banking_clichés_with_consumer_advice(tmp_path, monkeypatch):
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "jan.yaml").write_text(JAN, encoding="utf-8")
    findings = run(tmp_path, monkeypatch)
    assert [(f.path, f.line, f.column) for f in findings] == [
        ("personas/jan.yaml", 3, 7), ("personas/jan.yaml", 6, 5), ("personas/jan.yaml", 8, 5),
        ("personas/jan.yaml", 11, 5),
    ]
    whole, one_app, mobile, queues = (f.message for f in findings)
    assert whole.startswith("3 of 5 traits are generic (60%, more than vague-share 50%)")
    assert one_app.startswith('"wszystko w jednej aplikacji" describes almost anyone; make it specific: '
                              "name the apps, accounts or places they switch between now")
    assert "Salesforce" not in one_app and "licencji" not in one_app
    assert mobile.startswith('built only from generic words ("Korzysta", "bankowości", "mobilnej")')
    # Its one generic word with the whole trait since session 39 (tester43 F12): "kolejek" is not the trait.
    assert queues.startswith('"Nie lubi kolejek" is built only from generic words ("kolejek") and words that carry '
                             'no detail')


# --- 1. mobile banking and queues ---------------------------------------------------------------

BANKING_CLICHÉS = [
    "Korzysta z bankowości mobilnej",
    "Korzysta z bankowości mobilnej.",
    "Używa bankowości mobilnej",
    "Korzystała z bankowości mobilnej",
    "Bankowość mobilna",
    "Preferuje bankowość mobilną",
    "Interesuje się bankowością mobilną",
    "Nie lubi kolejek",
    "Nie znosi kolejek",
    "Nienawidzi kolejek",
    "Unika kolejek",
    "Nie lubi stać w kolejce",
    "Nie lubi stać w kolejkach",
    "Nie znosi stania w kolejkach",
    # The English twins (mobile banking was found already).
    "Uses mobile banking",
    "Hates queues",
    "Avoids queues",
    "Avoids queuing",
    "Doesn't like queuing",
    "Hates waiting in line",
    "Hates standing in line",
]

WITH_DETAIL_OR_DENIED = [
    "Korzysta z bankowości mobilnej 5 razy dziennie, głównie BLIK",
    "Korzysta z bankowości mobilnej, żeby płacić za przedszkole",
    "Korzysta z bankowości mobilnej Pekao",
    "Nie korzysta z bankowości mobilnej",
    "Nigdy nie korzysta z bankowości mobilnej",
    "Rzadko korzysta z bankowości mobilnej",
    # A precision probe's specific traits: internet banking is no generic run.
    "Korzysta z bankowości internetowej",
    "Nie korzysta z bankowości internetowej",
    "Nie lubi kolejek na poczcie",
    "Nie lubi czekać w kolejce do kasy w Biedronce",
    "Kolejki w oddziale",
    "Jeździ kolejką WKD",
    # "stać" is generic only in a queue.
    "Nie stać jej na samochód",
    "Nie stać jej na wakacje",
    "Never uses mobile banking",
    "Uses mobile banking to pay the nursery fees",
    "Hates queues at the post office",
    "Hates waiting in line at the post office",
    "Doesn't stand in line",
    "Stands in line for Glastonbury tickets",
    "Works on the production line",
    # "queue" is a thing of its own.
    "Customer-centric redesign of the bank's branch queue system was her project",
]


@pytest.mark.parametrize("text", BANKING_CLICHÉS)
def test_mobile_banking_and_queues_with_nothing_else_are_generic(text):
    verdict = matcher().analyse(text)
    assert verdict.vague, verdict
    assert {m.entry.id for m in verdict.matches} == {"generic-words"}


@pytest.mark.parametrize("text", WITH_DETAIL_OR_DENIED)
def test_mobile_banking_and_queues_beside_detail_or_denied_stay_quiet(text):
    verdict = matcher().analyse(text)
    assert not verdict.vague, verdict


# --- 2. everything in one app: a customer's example ---------------------------------------------

@pytest.mark.parametrize(("text", "phrase", "example"), [
    ("Chce mieć wszystko w jednej aplikacji", "wszystko w jednej aplikacji", "konto ma w PKO"),
    ("Chce mieć wszystko w jednym miejscu", "Chce mieć wszystko w jednym miejscu", "konto ma w PKO"),
    ("Wants everything in one app", "Wants everything in one app", "current account at Lloyds"),
    ("Wants everything in one place", "Wants everything in one place", "current account at Lloyds"),
    # A buyer's system, tool or dashboard keeps the business example.
    ("Chce mieć wszystko w jednym systemie", "Chce mieć wszystko w jednym systemie", "Salesforce"),
    ("Wants everything in one dashboard", "Wants everything in one dashboard", "Salesforce"),
])
def test_everything_in_one_app_is_advised_with_apps_and_accounts(text, phrase, example):
    verdict = matcher().analyse(text)
    assert verdict.vague, verdict
    assert [m.text for m in verdict.matches] == [phrase]
    assert example in verdict.matches[0].entry.hint
    if example != "Salesforce":
        assert "Salesforce" not in verdict.matches[0].entry.hint
