"""No merge or split hint where a stage was not merged or split (review of tester45 #4's hints).

A team that lists the same channels in every stage (`Aplikacja mobilna`, `Infolinia`, `Oddział`) made any
stage deleted read as "włączony do etapu" the stage added beside it, and any stage added as "wydzielony z
etapu" whichever old stage listed one channel more; a stage given a new id and rewritten read as merged
into its own replacement and split from its old self. A text several stages held is no evidence now, and
a stage replaced by one other gets no hint; a real merge or split still does.
"""

from __future__ import annotations

import json

from diff_helpers import DAN_SWITCHES, diff_out, plain_terminal

KONTO = """\
kind: journey
id: konto-osobiste-oli
name: Ola zakłada konto osobiste
lang: pl
persona: ola
stages:
  - id: reklama
    name: Reklama konta za zero złotych
    touchpoints: [Aplikacja mobilna, Infolinia]
    doing: Widzi reklamę w serwisie z filmami
    emotion: 0
  - id: porownanie
    name: Porównanie ofert
    touchpoints: [Aplikacja mobilna, Infolinia, Oddział]
    doing: Porównuje opłaty za kartę w trzech bankach
    emotion: 0
  - id: wniosek
    name: Wniosek przez aplikację
    touchpoints: [Aplikacja mobilna, Infolinia]
    doing: Robi zdjęcie dowodu i selfie
    emotion: -1
  - id: pierwsza-karta
    name: Pierwsza płatność kartą
    touchpoints: [Aplikacja mobilna, Infolinia]
    doing: Płaci kartą w sklepie
    emotion: 1
"""

#: The application deleted and a referral stage added: both list the channels every stage lists, no more.
KONTO_UNRELATED = KONTO.replace("""\
  - id: wniosek
    name: Wniosek przez aplikację
    touchpoints: [Aplikacja mobilna, Infolinia]
    doing: Robi zdjęcie dowodu i selfie
    emotion: -1
""", "") + """\
  - id: polecenie
    name: Polecenie konta znajomym
    touchpoints: [Aplikacja mobilna, Infolinia, Oddział]
    doing: Wysyła znajomym kod polecający
    emotion: 2
"""

SWITCH = DAN_SWITCHES + """\
  - id: trial
    name: Free trial
    touchpoints: [pricing page, sign-up form]
    doing: Sends three test invoices to his own address
    emotion: 1
  - id: first-invoice
    name: First invoice
    touchpoints:
      - channel: web app
        description: Invoice editor
      - channel: web app
        description: PDF preview
      - channel: e-mail
        description: Client list import
    doing: Sends the first invoice
    barriers:
      - No reverse-charge VAT option
    emotion: -1
  - id: payment
    name: Getting paid
    touchpoints: [payment link]
    emotion: 2
"""

#: `first-invoice` given the id `invoicing` and rewritten, its touchpoints kept: one stage replaced by one.
SWITCH_REPLACED = SWITCH.replace("""\
  - id: first-invoice
    name: First invoice
""", """\
  - id: invoicing
    name: Invoicing his first client
""").replace("    doing: Sends the first invoice\n", "    doing: Sends and chases the first invoice\n    thinking: Will it land in spam?\n"
             ).replace("No reverse-charge VAT option", "The reverse-charge VAT option is hidden in settings")


def test_no_hint_from_channels_every_stage_lists_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch, 120)
    lines = diff_out(tmp_path, KONTO, KONTO_UNRELATED).splitlines()
    assert "  - 3. Wniosek przez aplikację (wniosek):" in lines
    assert "  + 4. Polecenie konta znajomym (polecenie):" in lines
    changes = json.loads(diff_out(tmp_path, KONTO, KONTO_UNRELATED, "-f", "json"))
    assert not any("merged_into" in c or "split_from" in c for c in changes)
    # A stage added beside them with the boilerplate channels alone is split from none either.
    added = KONTO + """\
  - id: reklamacja
    name: Reklamacja transakcji kartą
    touchpoints: [Aplikacja mobilna, Infolinia, Oddział]
    doing: Zgłasza podwójne obciążenie
    emotion: -2
"""
    assert "  + 5. Reklamacja transakcji kartą (reklamacja):" in diff_out(tmp_path, KONTO, added).splitlines()


def test_no_hint_for_a_stage_replaced_by_one_other_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch, 120)
    lines = diff_out(tmp_path, SWITCH, SWITCH_REPLACED).splitlines()
    assert "  - 2. First invoice (first-invoice):" in lines
    assert "  + 2. Invoicing his first client (invoicing):" in lines


#: The trial and the first invoice made one new stage, `getting-started`, holding the texts of both.
SWITCH_MERGED = DAN_SWITCHES + """\
  - id: getting-started
    name: Trial and first invoice
    touchpoints:
      - pricing page
      - sign-up form
      - channel: web app
        description: Invoice editor
      - channel: web app
        description: PDF preview
      - channel: e-mail
        description: Client list import
    doing: Sends three test invoices to his own address
    barriers:
      - No reverse-charge VAT option
    emotion: 0
  - id: payment
    name: Getting paid
    touchpoints: [payment link]
    emotion: 2
"""


def test_two_stages_merged_into_a_new_one_still_hinted_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch, 120)
    lines = diff_out(tmp_path, SWITCH, SWITCH_MERGED).splitlines()
    assert "  - 1. Free trial (trial) (merged into stage getting-started):" in lines
    assert "  - 2. First invoice (first-invoice) (merged into stage getting-started):" in lines
