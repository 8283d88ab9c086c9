"""pseudo-profiling (CX101): B2B SaaS clichés that passed (tester_ops F14), and the same words beside detail.

Every buyer of a tool says it wants a single source of truth, quick wins and a holistic view of the
customer; a persona built from such traits describes the segment, not a person.  The idioms are
phrases of the lexicons' `business` idea (`power user` of `tech`); their plain words ("legacy",
"churn", "admin", "self-serve", "true partnership") are generic vocabulary, vague only when nothing
else stands beside them.  Either way a count, a named tool, a frequency or what the trait is about
keeps the trait quiet.
"""

from __future__ import annotations

import pytest

from cxkit.lint.vague import matcher
from rule_helpers import pos, run, where

RULE = "pseudo-profiling"

#: The tester's misses, word for word (sets 1 and 2 of F14).
F14_MISSED = [
    "Needs better visibility into the pipeline",
    "Struggles with manual processes",
    "Wants a strong ROI",
    "Expects best-in-class support",
    "Prefers self-serve",
    "Hates wasting time on admin",
    "Wants a single source of truth",
    "Is a change agent in her team",
    "Wants to future-proof the tech stack",
    "Values a true partnership with vendors",
    "Wants a holistic view of the customer",
    "Wants to reduce churn",
    "Is a power user",
    "Frustrated with legacy systems",
    "Looks for quick wins",
    "Wants to be seen as strategic",
    "Wants better collaboration across teams",
]
#: Other wordings of the same clichés, and the Polish ones (some were found before: guards).
SAME_CLICHES = [
    "Wants visibility into the sales pipeline", "Wants to break down silos", "Wants a single pane of glass",
    "Looks for low-hanging fruit", "Expects world-class support", "Wants 24/7 support", "Hates legacy systems",
    "Frustrated by clunky tools", "Prefers self-service", "Wants easy onboarding", "Is a change-maker",
    "Wants a 360 view of the customer", "Wants to be perceived as an innovator", "Struggles with manual data entry",
    "Drowning in spreadsheets and manual processes", "Power users", "Wants to improve retention",
    "Szuka szybkich efektów", "Chce mieć jedno źródło prawdy", "Zmaga się z ręcznymi procesami",
    "Oczekuje wsparcia na najwyższym poziomie", "Chce zwiększyć ROI", "Chce ograniczyć churn", "Jest power userem",
    "Szuka quick winów", "Jest agentką zmian w zespole", "Chce mieć pełny obraz klienta",
    "Chce mieć widok 360 klienta", "Frustrują go przestarzałe systemy", "Walczy z przestarzałymi systemami",
    "Chce być postrzegana jako strategiczny partner", "Chce lepszej współpracy między działami",
    "Chce burzyć silosy", "Chce mieć wgląd w lejek sprzedaży", "Woli samoobsługę",
    "Ceni prawdziwe partnerstwo z dostawcami", "Nie lubi tracić czasu na administrację",
]


@pytest.mark.parametrize("trait", F14_MISSED + SAME_CLICHES)
def test_a_b2b_cliche_is_vague(trait):
    verdict = matcher().analyse(trait)
    assert verdict.vague and verdict.rescue is None, verdict


#: The same clichés carrying detail the way the rule defines it: a number, a named tool or place, a
#: frequency, words of their own, or what the phrase is about.
WITH_DETAIL = [
    "Struggles with manual processes: re-keys 200 Stripe payouts into Xero every Monday",
    "Wants to reduce churn from 4% to 2% a month on the Starter plan",
    "Frustrated with legacy systems: the 2009 Oracle Forms ERP needs 14 screens per order",
    "Power user of HubSpot workflows (builds 30+ a quarter)",
    "Needs better visibility into the pipeline: exports Pipedrive deals to Excel every Friday",
    "Wants a strong ROI: the £12k tool must pay back within 6 months",
    "Expects best-in-class support: a reply within 2 hours on Slack",
    "Prefers self-serve: signed up for Notion without talking to sales",
    "Hates wasting time on admin: spends 3 hours a week chasing invoices",
    "Wants a single source of truth for stock levels across Shopify and Allegro",
    "Is a change agent in her team: moved the 6 designers from Sketch to Figma in 2024",
    "Wants to future-proof the tech stack before the 2026 SAP migration",
    "Values a true partnership with vendors: dropped Zendesk after 3 ignored tickets",
    "Wants a holistic view of the customer across Shopify, Klaviyo and Gorgias",
    "Looks for quick wins she can show the CFO in the Q2 review",
    "Wants to be seen as strategic by the board after the 2025 reorg",
    "Wants better collaboration across teams: sales and support share one Slack channel since March",
    "Power user of pivot tables in the monthly stock report",
    "Exports the pipeline to Excel every Friday at 4pm",
    "Asks her CFO to sign off any tool above £10k a year",
    "Szuka szybkich efektów: chce w 2 tygodnie podpiąć Allegro do Baselinkera",
    "Chce mieć jedno źródło prawdy o stanach magazynowych w Subiekcie",
    "Zmaga się z ręcznymi procesami: co piątek przepisuje 150 faktur z KSeF do Excela",
    "Oczekuje wsparcia na najwyższym poziomie: odpowiedzi w 2 godziny w dni robocze",
    "Chce zwiększyć ROI z kampanii Google Ads z 3 do 5",
    "Jest power userem Excela",
]
#: The new words in their literal senses, and in traits that say what happened.
LITERAL = [
    "Migrates legacy systems to the cloud", "Maintains legacy COBOL code at a bank", "Water retention",
    "Serves on the parish council", "Serves coffee at a Costa in Leeds", "Drinks strong coffee",
    "Struggles with the stairs since her hip operation", "Struggles with dyslexia", "Is a true crime fan",
    "Holistic therapist in Brighton", "Admin assistant for a plumbing firm", "Uses the booking system at the gym",
    "Runs onboarding for new hires", "Leads the ERP implementation at a 40-person firm", "Works on a gas pipeline",
    "Early wins at chess tournaments", "Was best in class at maths in school", "Wants a full view of the sea from the flat",
    "Wary of change since the stroke", "Provides round-the-clock support to elderly residents",
    "Is viewed as an expert in tax law by clients", "Wants more collaboration with the design agency",
    "Wants visibility of the business in the local press", "Paints a full picture of the business for investors",
    "Self-serve frozen yoghurt shop owner", "Uses self-service checkouts at Tesco",
    "Jest liderką zmiany nocnej w magazynie", "Naprawia przestarzałe systemy alarmowe w blokach",
    "Ogrzewa dom starym systemem grzewczym", "Automatyzuje ręczne procesy w księgowości biura rachunkowego",
    "Korzysta z samoobsługowej myjni", "Pracuje w administracji szpitala", "Pełny obraz klienta ma w zeszycie przy kasie",
    "Ceni ręczną pracę rzemieślników", "Ma widok na morze z balkonu", "Pracuje na pełny etat", "Negocjuje z dostawcami",
    "Pracuje jako dostawca", "Kupuje prawdziwe choinki", "Zmaga się z depresją", "Walczy z nadwagą",
    "Has a full view of the company car park from her desk", "Is seen as a leader in the running club",
    "Widziana jako liderka drużyny harcerskiej", "Traktowana jako partnerka w biznesie męża",
    "Likwiduje silosy zbożowe w gospodarstwie", "Ma wgląd w wyniki badań córki",
    "Szuka lepszej współpracy w firmie budowlanej",
]


@pytest.mark.parametrize("trait", WITH_DETAIL + LITERAL)
def test_the_same_words_with_detail_stay_quiet(trait):
    verdict = matcher().analyse(trait)
    assert not verdict.vague, verdict


def test_a_b2b_persona_is_reported_on_each_cliche_and_as_a_whole(tmp_path, monkeypatch):
    doc = """\
        kind: persona
        id: priya-ops-lead
        name: Priya Shah
        lang: en
        goals:
          - Wants a single source of truth
          - Looks for quick wins
        behaviours:
          - Is a power user
          - text: Frustrated with legacy systems
          - Power user of HubSpot workflows (builds 30+ a quarter)
        """
    found = sorted(run(tmp_path, monkeypatch, {"personas/priya.yaml": doc}, RULE), key=where)
    assert [where(f) for f in found] == [
        ("personas/priya.yaml", *pos(doc, "Priya Shah")),
        ("personas/priya.yaml", *pos(doc, "Wants a single")),
        ("personas/priya.yaml", *pos(doc, "Looks for")),
        ("personas/priya.yaml", *pos(doc, "Is a power")),
        ("personas/priya.yaml", *pos(doc, "Frustrated")),
    ]
    assert found[0].message.startswith("4 of 5 traits are generic (80%")
    assert '"single source of truth" describes almost anyone' in found[1].message
    assert '"power user" describes almost anyone' in found[3].message
    assert "name the devices, apps or services" in found[3].message  # the tech idea's hint


def test_a_polish_b2b_persona_is_reported_on_its_cliches(tmp_path, monkeypatch):
    doc = """\
        kind: persona
        id: marta-ksiegowa
        name: Marta Wiśniewska
        lang: pl
        goals:
          - Chce mieć jedno źródło prawdy
          - Chce mieć jedno źródło prawdy o stanach magazynowych w Subiekcie
        pain_points:
          - Zmaga się z ręcznymi procesami
          - "Zmaga się z ręcznymi procesami: co piątek przepisuje 150 faktur z KSeF do Excela"
        """
    found = sorted(run(tmp_path, monkeypatch, {"personas/marta.yaml": doc}, RULE), key=where)
    assert [where(f)[1:] for f in found] == [pos(doc, "Chce mieć jedno"), pos(doc, "Zmaga się z ręcznymi procesami\n")]
    assert '"jedno źródło prawdy" describes almost anyone' in found[0].message
    assert "built only from generic words" in found[1].message
