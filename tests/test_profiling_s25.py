"""pseudo-profiling (CX101): where a segment's figure comes from, a shop named in brackets, and averages of visits.

Left from session 24 (fixN24):
1. A research name in brackets or after "according to" rescued a figure beside a stand-in for the
   segment as if it were the person's shop: "Jak większość klientek, wydaje 500 zł miesięcznie
   (badanie Gemius 2025)", "Like most customers, spends £200 a month (Mintel 2025)" were quiet
   while "…według Gemiusa" was reported.  The source's names and words are no detail of the person's.
2. A shop named only in brackets did not make an average with a fraction the person's own
   ("Zamawia kawę średnio 2,5 raza w miesiącu (z palarni Java)"), as it does outside them.  A bracket
   with words in lower case and no research word, year or record names the shop.
3. An average of visits or orders with a fraction, without "razy"/"times" ("średnio 1,5 wizyty w
   miesiącu", "Averages 1.5 visits a month"), was not read as the segment's figure, while "średnio
   1,5 razy" was.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.rules import profiling
from cxkit.lint.vague import SegmentFigure, matcher


def lint(tmp_path: Path, lang: str, traits: list[str]) -> list[tuple[int, str]]:
    folder = tmp_path / "personas"
    folder.mkdir(parents=True, exist_ok=True)
    body = textwrap.dedent(f"""\
        kind: persona
        id: ewa
        name: Ewa Kowalczyk
        lang: {lang}
        behaviours:
        """) + "".join(f"  - {json.dumps(t, ensure_ascii=False)}\n" for t in traits)
    (folder / "ewa.yaml").write_text(body, encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX101", str(tmp_path)])
    assert result.exit_code in (0, 1), result.output
    return [(f["line"], f["message"]) for f in json.loads(result.stdout)]


# --- 1. the research a figure comes from is no shop of the person's ------------------------------------------

@pytest.mark.parametrize(("text", "stand_in"), [
    ("Jak większość klientek, wydaje 500 zł miesięcznie (badanie Gemius 2025)", "Jak większość klientek"),
    ("Jak większość klientek, wydaje 500 zł miesięcznie (badanie Gemiusa)", "Jak większość klientek"),
    ("Jak większość klientek, wydaje 500 zł miesięcznie, według badania Gemius 2025", "Jak większość klientek"),
    ("Like most customers, spends £200 a month (Mintel 2025)", "Like most customers"),
    ("Like most customers, spends £200 a month (Mintel survey of 2,000 UK adults, 2025)", "Like most customers"),
    ("Like most customers, spends £200 a month, according to Mintel", "Like most customers"),
])
def test_a_research_name_beside_a_stand_in_leaves_the_figure_the_segments(text, stand_in):
    verdict = matcher().analyse(text)
    assert not verdict.vague and isinstance(verdict.rescue, SegmentFigure), verdict
    assert verdict.rescue.phrase == stand_in


@pytest.mark.parametrize("text", [
    # the person's shop, in brackets or not
    "Jak większość klientek, wydaje 500 zł miesięcznie w Zarze na Mokotowie",
    "Jak większość klientek, wydaje 500 zł miesięcznie (w Zarze na Mokotowie)",
    "Like most customers, spends £200 a month (at Costa on Deansgate)",
    # detail of the person's own beside the source
    "Jak większość klientek, wydaje 500 zł miesięcznie na ubrania z second-handu dla trójki dzieci (badanie Gemius 2025)",
    "Like most customers, spends £200 a month on vinyl records for his DJ sets (Mintel 2025)",
])
def test_the_persons_shop_or_detail_still_makes_the_figure_theirs(text):
    verdict = matcher().analyse(text)
    assert not verdict.vague and not isinstance(verdict.rescue, SegmentFigure), verdict


# --- 2. a shop named in brackets -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zamawia kawę średnio 2,5 raza w miesiącu (z palarni Java)",
    "Orders coffee 2.5 times a month on average (from Square Mile Roasters)",
    "Odwiedza salon średnio 1,5 raza w miesiącu (w Arkadii, przy wejściu od Okopowej)",
])
def test_an_average_at_a_shop_named_in_brackets_is_the_persons(text):
    assert matcher().segment_statistic(text) is None


@pytest.mark.parametrize(("text", "figure"), [
    ("Zamawia kawę średnio 2,5 raza w miesiącu (badanie Gemius 2025)", "średnio 2,5 raza"),
    ("Zamawia kawę średnio 2,5 raza w miesiącu (dane GUS)", "średnio 2,5 raza"),
    ("Zamawia kawę średnio 2,5 raza w miesiącu (INT-07)", "średnio 2,5 raza"),
    ("Zamawia kawę średnio 2,5 raza w miesiącu (Java)", "średnio 2,5 raza"),  # a name alone may be a source
    ("Orders coffee 2.5 times a month on average (Mintel 2025)", "2.5 times a month on average"),
    ("Orders coffee 2.5 times a month on average (from a survey of 2,000 adults)", "2.5 times a month on average"),
])
def test_a_bracket_that_says_where_the_figure_comes_from_names_no_shop(text, figure):
    assert matcher().segment_statistic(text) == figure


# --- 3. an average of visits, orders or trips with a fraction ---------------------------------------------------

@pytest.mark.parametrize(("text", "figure"), [
    ("Odwiedza oddział banku średnio 1,5 wizyty w miesiącu", "średnio 1,5 wizyty"),
    ("Składa średnio 2,5 zamówienia miesięcznie", "średnio 2,5 zamówienia"),
    ("Averages 1.5 visits a month to the branch", "Averages 1.5 visits"),
    ("Makes 2.5 orders a month on average", "2.5 orders a month on average"),
    ("Takes an average of 3.5 trips a year abroad", "an average of 3.5 trips"),
])
def test_an_average_of_visits_with_a_fraction_is_the_segments(text, figure):
    assert matcher().segment_statistic(text) == figure


@pytest.mark.parametrize("text", [
    "Averages 1.5 visits a month to the Bristol store, per his loyalty card since 2022",
    "Odwiedza salon na Mokotowie średnio 1,5 wizyty w miesiącu",
    "Odwiedza oddział średnio 1,5 wizyty w miesiącu (dane z jej konta)",
    "Odwiedza oddział średnio 2 wizyty w miesiącu",          # a whole count may be hers
    "Spędza średnio 2,5 godziny dziennie w aplikacji",      # a duration, not a count
    "Wartość koszyka średnio 230,50 zł",
])
def test_an_average_of_the_persons_own_or_no_count_is_no_segment_figure(text):
    assert matcher().segment_statistic(text) is None


def test_in_lint_polish_and_english_agree(tmp_path):
    pl = lint(tmp_path / "pl", "pl", [
        "Odwiedza oddział banku średnio 1,5 wizyty w miesiącu",
        "Zamawia kawę średnio 2,5 raza w miesiącu (z palarni Java)",
        "Jak większość klientek, wydaje 500 zł miesięcznie (badanie Gemius 2025)",
    ])
    en = lint(tmp_path / "en", "en", [
        "Averages 1.5 visits a month to the branch",
        "Orders coffee 2.5 times a month on average (from Square Mile Roasters)",
        "Like most customers, spends £200 a month (Mintel 2025)",
    ])
    assert pl[0] == (6, profiling.statistic_message("średnio 1,5 wizyty", "pl"))
    assert en[0] == (6, profiling.statistic_message("Averages 1.5 visits", "en"))
    assert [line for line, _ in pl] == [line for line, _ in en] == [6, 8]
    assert pl[1][1].startswith('"Jak większość klientek" makes the figure beside it the segment\'s')
    assert en[1][1].startswith('"Like most customers" makes the figure beside it the segment\'s')
