"""journey-ends-at-purchase (CX405): a person's own contract is not told to migrate data (review121, session 41).

Review of f9c89154: every journey ending at a contract got the B2B advice "onboarding and data migration … the
first real use (pierwsze użycie w pracy) … renewal", also a flat let ("Podpisanie umowy najmu"), a phone plan
("Signs the 24-month contract in store") and an insurer's "Zawarcie umowy".  That advice is now for a journey
that names a company's sales cycle (a demo, a pilot, procurement, a supplier, a department, an order form);
a person's contract is told what follows it in a person's words.
"""

from __future__ import annotations

import pytest

from cxkit.config import Config
from cxkit.lint.engine import lint as lint_files
from cxkit.lint.selection import Selection
from rule_helpers import write

JOURNEY = """\
kind: journey
id: j
name: {title}
lang: {lang}
persona: ola
stages:
  - id: first
    name: {first}
    emotion: 1
  - id: second
    name: {second}
    emotion: -1
  - id: umowa
    name: {last}
    emotion: 1
"""

B2B_EN = "add what happens after the contract (onboarding and data migration, the first real use, getting help, renewal)"
OWN_EN = ("add what happens after the contract (getting started, the first real use, getting help, renewing or ending "
          "it)")
OWN_PL = ("dodaj, co dzieje się po zawarciu umowy (pierwsze kroki, pierwsze użycie, szukanie pomocy, przedłużenie albo "
          "wypowiedzenie umowy)")
B2B_PL = ("dodaj, co dzieje się po zawarciu umowy (wdrożenie i migracja danych, pierwsze użycie w pracy, szukanie "
          "pomocy, odnowienie umowy)")


def told(tmp_path, monkeypatch, lang: str, title: str, first: str, second: str, last: str) -> list[str]:
    write(tmp_path, {"journeys/j.yaml": JOURNEY.format(lang=lang, title=title, first=first, second=second, last=last)})
    monkeypatch.chdir(tmp_path)
    found = lint_files(["."], Config(root=tmp_path, lang=lang), Selection(select=("journey-ends-at-purchase",))).findings
    return [f.message.split("; ", 1)[1] for f in found]


@pytest.mark.parametrize(("lang", "title", "first", "second", "last", "advice"), [
    ("pl", "Ola wynajmuje mieszkanie na Jeżycach", "Szukanie ogłoszeń", "Oglądanie mieszkania z właścicielem",
     "Podpisanie umowy najmu", OWN_PL),
    ("en", "Sam switches mobile network", "Compares plans online", "Visits the EE store", "Signs the 24-month contract",
     OWN_EN),
    ("pl", "Wójcik Logistyka wdraża Paywise", "Prezentacja produktu", "Pilotaż w jednym oddziale", "Podpisanie umowy",
     B2B_PL),
    ("en", "Whitfield moves payroll to Paywise", "Demo", "Procurement and legal", "Contract signed", B2B_EN),
    ("en", "Whitfield moves payroll to Paywise", "Asks peers in the FD Forum", "Security questionnaire",
     "Signs the order form", B2B_EN),
])
def test_the_contract_advice_fits_whose_contract_it_is_s41(tmp_path, monkeypatch, lang, title, first, second, last,
                                                           advice):
    assert told(tmp_path, monkeypatch, lang, title, first, second, last) == [advice]


def test_work_and_management_words_are_no_company_s41(tmp_path, monkeypatch):
    # "działa" (it works) and "Zarządzanie kontem" (managing the account) are no department or board.
    assert told(tmp_path, monkeypatch, "pl", "Ola zakłada konto, które działa od razu", "Zarządzanie kontem w aplikacji",
                "Wizyta w oddziale", "Podpisanie umowy rachunku") == [OWN_PL]
