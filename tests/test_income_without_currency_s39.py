"""pseudo-profiling (CX101): an income figure without a currency is reported (session 39).

tester42 (#17): `income: ok. 5 tys.` passed, while the income message itself asks for "kwota netto z walutą i
okresem".  A figure with no currency compares with nothing (5 thousand of what, a month or a year?).  A figure
with a currency and no period ("9 000 zł netto", "£38k") stays quiet: the country's custom tells its period.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

KASIA = """\
kind: persona
id: kasia-zielinska
name: Kasia Zielińska
lang: pl
demographics:
  age: 32
  location: Poznań, Jeżyce
  occupation: fizjoterapeutka w prywatnym gabinecie
  income: {income}
goals:
  - Znaleźć krem SPF 50, który nie bieli skóry i nie szczypie w oczy podczas biegania
"""

MAYA = """\
kind: persona
id: maya-commuter
name: Maya Patel
lang: en
demographics:
  age: 34
  location: Leeds, Headingley
  occupation: Staff nurse on the night shift at Leeds General Infirmary
  income: {income}
goals:
  - Get her bike serviced on a Saturday morning without losing the whole weekend
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "personas").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def income_findings(ws: Path, lang: str, text: str) -> list[tuple[int, int, str]]:
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (ws / "personas" / "p.yaml").write_text(text, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "pseudo-profiling", "personas")
    assert result.exception is None, repr(result.exception)
    return [(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout) if f["line"] == 9]


def test_a_polish_figure_without_currency_or_period_s39(ws: Path) -> None:
    assert income_findings(ws, "pl", KASIA.format(income="ok. 5 tys.")) == [
        (9, 11, "`income` „ok. 5 tys.” nie podaje waluty ani okresu: napisz kwotę netto z walutą i okresem (np. "
                "„ok. 5 000 zł netto miesięcznie”)")]


def test_an_english_figure_without_currency_s39(ws: Path) -> None:
    assert income_findings(ws, "en", MAYA.format(income="Around 2,000 a month")) == [
        (9, 11, 'income "Around 2,000 a month" gives no currency: write the net amount with its currency and period '
                '(e.g. "£2,400 a month after tax")')]


def test_an_english_bare_number_in_quotes_s39(ws: Path) -> None:
    assert [m for _l, _c, m in income_findings(ws, "en", MAYA.format(income='"31000"'))] == [
        'income "31000" gives no currency and no period: write the net amount with its currency and period '
        '(e.g. "£2,400 a month after tax")']


@pytest.mark.parametrize("income", [
    "ok. 5 tys. zł netto miesięcznie", "7 000–9 000 zł netto miesięcznie", "9 000 zł netto", "3 200 zł/mies.",
    "6 500 PLN netto/mc", "12 zł/h",
])
def test_guard_polish_incomes_with_a_currency_s39(ws: Path, income: str) -> None:
    assert income_findings(ws, "pl", KASIA.format(income=income)) == []


@pytest.mark.parametrize("income", [
    "£38k a year", "£2,400 a month after tax", "'$60k/yr'", "€3,200 net per month", "£11.44 an hour",
    "Universal Credit, £620 a month with the housing element",
])
def test_guard_english_incomes_with_a_currency_s39(ws: Path, income: str) -> None:
    assert income_findings(ws, "en", MAYA.format(income=income)) == []


# review104: figures that are no amount of money are not "a figure without a currency": a pay band or grade
# (its published scale says the amount: NHS Agenda for Change, the civil service), a share, hours of work or a
# part of a full-time job, a benefit named by its amount (Rodzina 800+); nor is a figure in a currency the
# pattern did not know (lei, kroner, yen).
@pytest.mark.parametrize("income", [
    "NHS Band 5", "Grade 7 civil servant", "National Living Wage, 30 hours a week", "Top 10% of earners",
    "45 000 RON a year", "¥5,000,000 a year",
])
def test_guard_english_figures_that_are_no_amount_s39(ws: Path, income: str) -> None:
    assert income_findings(ws, "en", MAYA.format(income=income)) == []


@pytest.mark.parametrize("income", [
    "800+ na dwoje dzieci i pensja męża", "płaca minimalna, 20 godz. tygodniowo", "top 10% zarobków w firmie",
    "grupa zaszeregowania 12", "12 000 kr miesięcznie (pracuje w Norwegii)",
])
def test_guard_polish_figures_that_are_no_amount_s39(ws: Path, income: str) -> None:
    assert income_findings(ws, "pl", KASIA.format(income=income)) == []


@pytest.mark.parametrize(("lang", "income", "said"), [
    ("pl", "800+ i ok. 3 tys. z pracy", "„800+ i ok. 3 tys. z pracy” nie podaje waluty ani okresu"),
    ("pl", "1,5 etatu, ok. 6 tys.", "„1,5 etatu, ok. 6 tys.” nie podaje waluty ani okresu"),
    ("en", "Minimum wage, 16 hours a week, about 1,100 a month",
     '"Minimum wage, 16 hours a week, about 1,100 a month" gives no currency:'),
])
def test_an_amount_beside_hours_or_a_benefit_is_still_reported_s39(ws: Path, lang: str, income: str, said: str) -> None:
    found = income_findings(ws, lang, (KASIA if lang == "pl" else MAYA).format(income=income))
    assert len(found) == 1 and said in found[0][2], found
