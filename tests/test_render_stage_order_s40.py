"""render shows a stage's metrics before its opportunities, in the order docs/format.md, the `cxkit new
journey` template and `cxkit fmt` give a stage's fields (tester45 #8: "Mierniki" came after "Usprawnienia").

Every view that lays out a stage's rows reads goal … love points, metrics, opportunities: the terminal
(table, panels, stacked), Markdown, plain Markdown and HTML. The CSV export keeps its rows where they
were (opportunities, then metrics), so a sheet that reads the export by row reads the same rows.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from workspace_helpers import run_cxkit

PL = """\
kind: journey
id: kredyt-hipoteczny-marty
name: Marta bierze kredyt hipoteczny
lang: pl
persona: marta
stages:
  - id: wniosek
    name: Złożenie wniosku kredytowego
    doing: Skanuje zaświadczenie o dochodach i wgrywa operat
    emotion: -1
    barriers:
      - Formularz gubi załączniki po 20 minutach
    metrics:
      - Odsetek wniosków kompletnych za pierwszym razem (maj 58%)
    opportunities:
      - action: Zapisywać wersję roboczą wniosku co minutę
        owner: Zespół kanałów cyfrowych
        status: planned
  - id: decyzja
    name: Decyzja kredytowa
    doing: Czeka na telefon od doradcy
    emotion: 1
"""

EN = """\
kind: journey
id: mortgage-application
name: Marta applies for a mortgage
lang: en
persona: marta
stages:
  - id: application
    name: Application
    doing: Uploads her payslips and the valuation report
    emotion: -1
    barriers:
      - The form drops attachments after 20 minutes
    metrics:
      - Share of applications complete on first submission (May 58%)
    opportunities:
      - action: Save a draft of the application every minute
        owner: Digital channels team
        status: planned
  - id: decision
    name: Credit decision
    doing: Waits for the adviser's call
    emotion: 1
"""

CASES = {"pl": (PL, "Mierniki", "Usprawnienia"), "en": (EN, "Metrics", "Opportunities")}


def _workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> str:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (tmp_path / "j.yaml").write_text(CASES[lang][0], encoding="utf-8")
    return "j.yaml"


@pytest.mark.parametrize("lang", ["pl", "en"])
@pytest.mark.parametrize("args", [
    ("--layout", "table", "--width", "120"),
    ("--layout", "panels", "--width", "120"),
    ("--layout", "stacked", "--width", "120"),
    ("--layout", "stacked", "--width", "30"),
    ("-f", "md"),
    ("-f", "md-plain"),
    ("-f", "html"),
], ids=["table", "panels", "stacked", "stacked-narrow", "md", "md-plain", "html"])
def test_metrics_before_opportunities_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                           args: tuple[str, ...]) -> None:
    path = _workspace(tmp_path, monkeypatch, lang)
    _yaml, metrics, opportunities = CASES[lang]
    code, out, err = run_cxkit("render", path, *args)
    assert code == 0, err
    assert out.count(metrics) == 1 and out.count(opportunities) == 1, out
    assert out.index(metrics) < out.index(opportunities), out
    # the rows around them keep their places: barriers first, then metrics, then opportunities
    barriers = "Bariery" if lang == "pl" else "Barriers"
    assert out.index(barriers) < out.index(metrics)


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_csv_keeps_its_row_order_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    path = _workspace(tmp_path, monkeypatch, lang)
    _yaml, metrics, opportunities = CASES[lang]
    code, out, err = run_cxkit("render", path, "-f", "csv")
    assert code == 0, err
    firsts = [row[0] for row in csv.reader(io.StringIO(out.lstrip("\ufeff"), newline=""))]
    assert firsts.index(opportunities) < firsts.index(metrics), firsts
