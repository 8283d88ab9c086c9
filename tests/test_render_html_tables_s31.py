"""Session 31: every table of an HTML export has a name (a `<caption>`, read by a screen reader when it
comes to the table, hidden from sight) and every row of its body a header cell (`<th scope="row">`),
so a screen reader says which document, source or journey row a value belongs to. The page stays
well-formed and its print style sheet whole."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """\
kind: persona
id: zaneta-lecka
name: Żaneta Łęcka
lang: pl
summary: Analityczka z Łodzi, niewidoma, korzysta z NVDA. Chce złożyć wniosek o kredyt bez wizyty w oddziale.
demographics:
  age: 41
  location: Łódź, Widzew
goals:
  - text: Złożyć wniosek o kredyt hipoteczny przez internet
    sources: [wywiady]
sources:
  - id: wywiady
    type: interview
    date: 2026-10-12
    n: 9
    note: Wywiady z klientami korzystającymi z czytników ekranu
  - id: ankieta-2026
    type: survey
    n: 420
"""

NEGATIVE = """\
kind: negative-persona
id: grzegorz-wisniewski
name: Grzegorz Wiśniewski
lang: pl
summary: Szuka gotówki od ręki i nie czeka 21 dni na decyzję.
reasons:
  - Procedura 21 dni jest dla niego za długa
"""

STAGE = """\
  - id: s{n}
    name: Stage {n}
    doing: Fills in part {n} of the form
    emotion: {emotion}
"""


def _journey(stages: int) -> str:
    head = ("kind: journey\nid: mortgage-online\nname: Żaneta applies for a mortgage online\n"
            "persona: zaneta-lecka\nlang: en\nstages:\n")
    return head + "".join(STAGE.format(n=n, emotion=(n % 5) - 2) for n in range(1, stages + 1))


class _Tables(HTMLParser):
    """Each table's caption and, for each row of its body, its cells' tags and scopes; and whether
    every element was closed in order."""

    VOID = {"br", "col", "meta", "wbr", "hr", "img", "input", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.misnested: list[str] = []
        self.tables: list[dict] = []
        self._in_caption = False
        self._part = ""
        self._first_child = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.open.append(tag)
        a = dict(attrs)
        if tag == "table":
            self.tables.append({"class": a.get("class"), "caption": None, "caption_first": False, "rows": []})
            self._first_child = True
            self._part = ""
            return
        if not self.tables:
            return
        table = self.tables[-1]
        if tag == "caption":
            table["caption"], table["caption_first"], self._in_caption = "", self._first_child, True
        elif tag in ("thead", "tbody"):
            self._part = tag
        elif tag == "tr" and self._part != "thead":
            table["rows"].append([])
        elif tag in ("th", "td") and self._part != "thead" and table["rows"]:
            table["rows"][-1].append((tag, a.get("scope")))
        self._first_child = False

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.open or self.open[-1] != tag:
            self.misnested.append(f"</{tag}> at {self.getpos()} with {self.open[-3:]} open")
        else:
            self.open.pop()
        if tag == "caption":
            self._in_caption = False

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self.tables[-1]["caption"] += data


def _parsed(page: str) -> _Tables:
    parser = _Tables()
    parser.feed(page)
    parser.close()
    assert parser.misnested == [] and parser.open == [], (parser.misnested, parser.open)
    return parser


def _check_tables(page: str) -> dict[str, list[str]]:
    """Every table named and every body row headed; returns the captions by the table's class."""
    captions: dict[str, list[str]] = {}
    for table in _parsed(page).tables:
        assert table["caption"] and table["caption"].strip(), table
        assert table["caption_first"], f"a caption must be the table's first child: {table}"
        assert table["rows"], table
        for row in table["rows"]:
            # The first cell heads the row; no other cell does.
            assert row[0] == ("th", "row"), (table["class"], row)
            assert all(tag == "td" for tag, _scope in row[1:]), (table["class"], row)
        captions.setdefault(table["class"] or "", []).append(table["caption"])
    return captions


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "zaneta-lecka.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "personas" / "grzegorz-wisniewski.yaml").write_text(NEGATIVE, encoding="utf-8")
    (tmp_path / "journeys" / "mortgage.yaml").write_text(_journey(9), encoding="utf-8")
    return tmp_path


def _html(*args: str) -> str:
    result = run_cli("render", *args, "-f", "html")
    assert result.exception is None and result.exit_code == 0, result.stderr
    return result.stdout


def test_the_folder_export_names_every_table_and_heads_every_row(workspace: Path) -> None:
    captions = _check_tables(_html("."))
    assert captions["overview"] == ["Dokumenty w tym zestawieniu"]  # the page is Polish: two of three documents
    assert captions["demo"] == ["Demografia: Żaneta Łęcka"]
    assert captions["sources"] == ["Źródła: Żaneta Łęcka"]  # the negative persona has none: a warning, no table
    # Nine stages come in two parts: each grid says which stages of which journey it holds.
    assert captions["journey"] == ["Stages 1–5 of 9: Żaneta applies for a mortgage online",
                                   "Stages 6–9 of 9: Żaneta applies for a mortgage online"]


def test_a_persona_a_journey_and_a_pair_name_their_tables(workspace: Path) -> None:
    assert _check_tables(_html("personas/zaneta-lecka.yaml"))["sources"] == ["Źródła: Żaneta Łęcka"]
    (workspace / "journeys" / "mortgage.yaml").write_text(_journey(4), encoding="utf-8")
    assert _check_tables(_html("journeys/mortgage.yaml")) == {
        "journey": ["Stages: Żaneta applies for a mortgage online"]}
    pair = _check_tables(_html("personas/zaneta-lecka.yaml", "--against", "personas/grzegorz-wisniewski.yaml"))
    assert pair["demo"] == ["Demografia: Żaneta Łęcka"]


def test_the_overview_row_is_headed_by_its_document(workspace: Path) -> None:
    page = _html(".")
    assert ('<tr role="row"><th role="rowheader" scope="row" class="doc"><a href="#persona-zaneta-lecka">'
            '<strong>Żaneta Łęcka</strong></a>') in page
    assert '<th role="rowheader" scope="row" class="sid whole"><code>wywiady</code></th>' in page
    # The captions are read, not shown; the row headers look as the cells they were.
    assert '<caption class="hidden">' in page
    assert "table.sources tbody th, table.overview tbody th { font-weight: normal; }" in page
    assert "td.doc" not in page and "td.sid" not in page  # no style left for the cells they were


def test_the_print_style_sheet_is_whole(workspace: Path) -> None:
    page = _html(".")
    style = page.split("<style>", 1)[1].split("</style>", 1)[0]
    assert style.count("{") == style.count("}")
    printed = style.split("@media print {", 1)[1]
    assert "@page { size: landscape;" in printed
    assert "print-color-adjust: exact" in printed
    assert "table.journey thead th, table.journey thead .corner { position: static; }" in printed
