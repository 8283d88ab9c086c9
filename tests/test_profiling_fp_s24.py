"""Two false positives of the segment figures of pseudo-profiling (8af3daa), found by review16 (D-M1, D-M2).

1. An average count with a fraction is the person's own when the trait says it comes from their account,
   loyalty card or order history ("dane z jego konta klienta", "per his account history"), or names their
   shop, brand or place ("z palarni Java w Krakowie", "from Square Mile Roasters"), as a named shop already
   rescues a figure beside "jak większość klientek".  Without either ("Odwiedza oddział banku średnio 1,3
   razy w roku"), or with only the research it comes from ("(badanie Gemius 2025)", "According to Mintel"),
   it is still the segment's.
2. A figure compared with the segment is the person's in English as in Polish: "four times the average for
   the segment", "twice the average", and the segment's own figure stated beside the person's ("The average
   for the segment is £300 a year; he spends £1,200, four times as much").  A figure the stand-in alone
   stands beside ("Spends £60 a month, the average for the segment", "Like most students, spends £200 a
   month") is still the segment's.
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
        id: pawel
        name: Paweł Nowak
        lang: {lang}
        behaviours:
        """) + "".join(f"  - {json.dumps(t, ensure_ascii=False)}\n" for t in traits)
    (folder / "pawel.yaml").write_text(body, encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX101", str(tmp_path)])
    assert result.exit_code in (0, 1), result.output
    return [(f["line"], f["message"]) for f in json.loads(result.stdout)]


# --- 1. an average with a fraction from the person's own records, or at their own shop ------------------

OWN_AVERAGES = [
    # review16 D-M1, verbatim: each names the shop and where the figure comes from.
    "Średnio 2,5 raza w miesiącu zamawia kawę speciality z palarni Java w Krakowie (dane z jego konta klienta)",
    "Zamawia kawę z palarni Java w Krakowie średnio 2,5 raza w miesiącu, według historii jego konta",
    "Według danych z karty lojalnościowej odwiedza salon na Mokotowie średnio 1,5 raza w miesiącu",
    "Średnio 1,3 raza w roku wymienia pady w słuchawkach, co widać w historii zamówień w Pasmie",
    "Orders from Square Mile Roasters 2.5 times a month on average, per his account history",
    # Where the figure comes from only.
    "Odwiedza oddział banku średnio 1,3 razy w roku (dane z jej konta)",
    "Odwiedza oddział banku średnio 1,3 razy w roku (z jej historii transakcji)",
    "Visits a branch 1.3 times a year on average, according to her account history",
    "Orders coffee 2.5 times a month on average, as his order history shows",
    "Orders coffee 2.5 times a month on average (from his receipts)",
    # The shop or brand only.
    "Odwiedza galerię Posnania średnio 1,3 razy w miesiącu",
    "Kupuje na allegro średnio 2,5 raza w miesiącu",
    "Orders from Square Mile Roasters 2.5 times a month on average",
    "Orders 2.5 times per month on average from Square Mile Roasters",
]


@pytest.mark.parametrize("text", OWN_AVERAGES)
def test_an_average_with_a_fraction_of_the_persons_own_is_no_segment_figure(text):
    m = matcher()
    assert m.segment_statistic(text) is None
    assert not m.analyse(text).vague


@pytest.mark.parametrize(("text", "figure"), [
    ("Odwiedza oddział banku średnio 1,3 razy w roku", "średnio 1,3 razy"),   # tester10's
    ("Visits a branch 1.3 times a year on average", "1.3 times a year on average"),
    ("Odwiedza galerię handlową średnio 1,3 razy w miesiącu", "średnio 1,3 razy"),
    ("Płaci kartą średnio 2,5 raza w tygodniu", "średnio 2,5 raza"),            # a card is no record
    ("Pays by card 2.5 times a week on average", "2.5 times a week on average"),
    ("Orders 2.5 times per month on average", "2.5 times per month on average"),
    # The research a figure comes from names no shop of the person's.
    ("Robi zakupy online średnio 2,4 razy w miesiącu (badanie Gemius 2025)", "średnio 2,4 razy"),
    ("Według Gemiusa robi zakupy online średnio 2,4 razy w miesiącu", "średnio 2,4 razy"),
    ("Robi zakupy średnio 2,4 razy w miesiącu, według danych z panelu kart płatniczych", "średnio 2,4 razy"),
    ("According to Mintel, shops online 2.4 times a month on average", "2.4 times a month on average"),
    ("Shops online 2.4 times a month on average (Mintel 2025)", "2.4 times a month on average"),
    ("Shops online 2.4 times a month on average, per the segment's purchase data", "2.4 times a month on average"),
    ("Visits a branch 1.3 times a year on average [R3]", "1.3 times a year on average"),
])
def test_an_average_with_a_fraction_and_nothing_of_the_persons_is_still_the_segments(text, figure):
    assert matcher().segment_statistic(text) == figure


def test_the_reviewers_traits_are_quiet_and_the_segments_average_reported(tmp_path):
    pl = lint(tmp_path / "pl", "pl", OWN_AVERAGES[:4] + ["Odwiedza oddział banku średnio 1,3 razy w roku"])
    assert pl == [(10, profiling.statistic_message("średnio 1,3 razy", "pl"))]
    en = lint(tmp_path / "en", "en", [
        "Orders from Square Mile Roasters 2.5 times a month on average, per his account history",
        "Averages 1.5 visits a month to the Bristol store, per his loyalty card since 2022",
        "Visits a branch 1.3 times a year on average",
    ])
    assert en == [(8, profiling.statistic_message("1.3 times a year on average", "en"))]


# --- 2. a figure compared with the segment ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # review16 D-M2, verbatim, and their Polish twins.
    "Spends £1,200 a year, four times the average for the segment",
    "The average for the segment is £300 a year; he spends £1,200, four times as much",
    "Wydaje 1 200 zł rocznie, czyli cztery razy więcej niż średnia dla segmentu",
    "Średnia dla segmentu to 300 zł rocznie; on wydaje 1 200 zł, cztery razy więcej",
    # Other ways of saying so.
    "Spends £1,200 a year, twice the average for the segment",
    "Spends £1,200 a year, half the average for the segment",
    "Spends £1,200 a year, double the average for the segment",
    "Wydaje 1 200 zł rocznie, cztery razy tyle co średnia dla segmentu",
    "The average for the segment is about £300 a year; he spends four times as much",
    "The average for the segment is £300 a year, and he spends £1,200",
    "Średnia dla segmentu wynosi 300 zł rocznie, a on wydaje 1 200 zł",
])
def test_a_figure_compared_with_the_segment_is_the_persons(text):
    verdict = matcher().analyse(text)
    assert not verdict.vague and not isinstance(verdict.rescue, SegmentFigure), verdict


@pytest.mark.parametrize(("text", "stand_in"), [
    ("Spends £60 a month, the average for the segment", "the average for the segment"),
    ("Like most students, spends £200 a month on food", "Like most students"),
    ("Like most students, spends more than £200 a month on food", "Like most students"),
    ("Wydaje miesięcznie ok. 500 zł na ubrania, jak większość klientek", "jak większość klientek"),
    # The segment's figure alone, as the segment's: one figure, and nothing compared with it.
    ("The average for the segment is £300 a year", "The average for the segment"),
    ("Średnia dla segmentu to 1 200 zł rocznie", "Średnia dla segmentu"),
    # A count of times is no multiple of the segment's figure.
    ("Orders 3 times like most customers", "like most customers"),
])
def test_a_figure_the_stand_in_alone_stands_beside_is_still_the_segments(text, stand_in):
    verdict = matcher().analyse(text)
    assert not verdict.vague and isinstance(verdict.rescue, SegmentFigure), verdict
    assert verdict.rescue.phrase == stand_in


def test_english_and_polish_comparisons_agree_in_lint(tmp_path):
    en = lint(tmp_path / "en", "en", [
        "Spends £1,200 a year, four times the average for the segment",
        "The average for the segment is £300 a year; he spends £1,200, four times as much",
        "Spends £60 a month, the average for the segment",
    ])
    pl = lint(tmp_path / "pl", "pl", [
        "Wydaje 1 200 zł rocznie, czyli cztery razy więcej niż średnia dla segmentu",
        "Średnia dla segmentu to 300 zł rocznie; on wydaje 1 200 zł, cztery razy więcej",
        "Wydaje 60 zł miesięcznie, jak większość klientek",
    ])
    assert [line for line, _ in en] == [line for line, _ in pl] == [8]
    assert en[0][1].startswith('"the average for the segment" makes the figure beside it the segment\'s')
    assert pl[0][1].startswith('"jak większość klientek" makes the figure beside it the segment\'s')
