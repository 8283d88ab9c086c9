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
