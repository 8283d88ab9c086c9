"""`cxkit render FILE -f html|markdown --title TEXT` puts a team's title on one document's export (tester46 #12).

A consultant hands one journey map to a client: the page is titled with the client's name (the browser's tab
and the page's one h1 / `#` heading), and the document's own name follows as the heading below it, as on a
page of many. Without --title one document's export is titled with its name, as before. The terminal view,
JSON, CSV and a persona set against a negative persona have no title to give: --title is said to be ignored.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

JOURNEY_EN = """\
kind: journey
id: maureen-tops-up
name: Maureen tops up her prepayment meter
lang: en
persona: maureen-prepay-meter
goal: Keep the gas on through a January week without using emergency credit.
stages:
  - id: need
    name: Need
    doing: Reads £3.20 on the meter display at 08:00 on a Wednesday
    emotion: -1
"""

PERSONA_PL = """\
kind: persona
id: halina-przelewy
name: Halina płaci rachunki przelewem
lang: pl
summary: Halina co miesiąc płaci w aplikacji banku rachunki za prąd i gaz swojego mieszkania w Łodzi.
goals:
  - Zapłacić każdy rachunek przed terminem, bez odsetek za zwłokę
"""


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys" / "maureen.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    (tmp_path / "personas" / "halina.yaml").write_text(PERSONA_PL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("path", "title", "name"), [
    ("journeys/maureen.yaml", "Northwest Power", "Maureen tops up her prepayment meter"),
    ("personas/halina.yaml", "Bank Łódzki – zespół CX", "Halina płaci rachunki przelewem"),
])
def test_one_documents_html_takes_the_title_above_its_name_s40(workspace: Path, path: str, title: str, name: str) -> None:
    result = run_cli("render", path, "-f", "html", "--title", title)
    assert result.exception is None and result.exit_code == 0 and result.stderr == "", result.stderr
    page = result.stdout
    assert f"<title>{title}: {name}</title>" in page
    assert page.count("<h1") == 1 and f"<h1>{title}</h1>" in page  # one h1: the title; the name is below it
    assert f"<h2>{name}</h2>" in page or f">{name}</h2>" in page
    untitled = run_cli("render", path, "-f", "html").stdout
    assert f"<title>{name}</title>" in untitled and title not in untitled


@pytest.mark.parametrize("fmt", ["markdown", "markdown-plain"])
@pytest.mark.parametrize(("path", "title", "name"), [
    ("journeys/maureen.yaml", "Northwest Power", "Maureen tops up her prepayment meter"),
    ("personas/halina.yaml", "Bank Łódzki – zespół CX", "Halina płaci rachunki przelewem"),
])
def test_one_documents_markdown_takes_the_title_as_its_one_heading_s40(workspace: Path, fmt: str, path: str,
                                                                       title: str, name: str) -> None:
    result = run_cli("render", path, "-f", fmt, "--title", title)
    assert result.exception is None and result.exit_code == 0 and result.stderr == "", result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"# {title}" and lines[2] == f"## {name}", lines[:3]
    assert sum(1 for line in lines if line.startswith("# ")) == 1
    untitled = run_cli("render", path, "-f", fmt).stdout.splitlines()
    assert untitled[0] == f"# {name}"


def test_the_title_is_said_ignored_where_it_titles_nothing_s40(workspace: Path) -> None:
    result = run_cli("render", "journeys/maureen.yaml", "--title", "Northwest Power", "--width", "100")
    assert result.exit_code == 0
    assert result.stderr == "cxkit: --title: titles an HTML or Markdown export; ignored for the terminal view\n"
