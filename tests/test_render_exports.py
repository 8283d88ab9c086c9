"""`cxkit render --format markdown|html|mermaid|json`: every export is parsed back and checked."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.render.mermaid import box_width, boxed
from cxkit.model import MODELS
from cxkit.model.validate import validate
from cxkit.yamlio import load_text

FIXTURES = Path(__file__).parent / "fixtures" / "render"
JOURNEY_PL = "pl/journeys/zakup-roweru-cargo.yaml"
JOURNEY_EN = "en/journeys/first-vet-visit.yaml"
PERSONA_PL = "pl/personas/joanna-rower-cargo.yaml"
PERSONA_EN = "en/personas/priya-first-dog.yaml"
NEGATIVE_PL = "pl/personas/lowca-najtanszego-e-roweru.yaml"
ALL_DOCS = [JOURNEY_PL, JOURNEY_EN, PERSONA_PL, PERSONA_EN, NEGATIVE_PL]

runner = CliRunner()


@pytest.fixture(autouse=True)
def _in_fixture_workspace(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)


def export(fmt: str, *args: str) -> str:
    result = runner.invoke(app, ["render", *args, "--format", fmt], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def model_of(path: str | Path):
    model, issues = validate(load_text(Path(path).read_text(encoding="utf-8")).data)
    assert model is not None, issues
    return model


# --- markdown -----------------------------------------------------------------------------------

_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def markdown_tables(text: str) -> list[list[list[str]]]:
    """Every pipe table as rows of cells (GFM rules: a leading and trailing pipe, ``\\|`` is text)."""
    tables, current = [], []
    for line in text.splitlines():
        if line.startswith("|"):
            assert line.endswith("|") and not line.endswith("\\|"), f"row does not close: {line!r}"
            current.append([c.strip() for c in _UNESCAPED_PIPE.split(line)[1:-1]])
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


def assert_table_shape(table: list[list[str]]) -> None:
    header, separator, *body = table
    assert all(re.fullmatch(r":?-{3,}:?", cell) for cell in separator), separator
    assert len(separator) == len(header)
    for row in body:
        assert len(row) == len(header), row


@pytest.mark.parametrize("doc", ALL_DOCS)
def test_markdown_tables_have_header_separator_and_equal_columns(doc: str) -> None:
    tables = markdown_tables(export("markdown", doc))
    assert tables
    for table in tables:
        assert_table_shape(table)


def test_markdown_journey_is_one_table_with_a_column_per_stage_and_a_row_per_aspect() -> None:
    text = export("markdown", JOURNEY_PL)
    journey = next(t for t in markdown_tables(text) if "Świadomość" in t[0][1])
    assert len(journey[0]) == 1 + 7
    labels = [row[0] for row in journey[2:]]
    assert labels == ["**Cel**", "**Punkty styku**", "**Działania**", "**Myśli**", "**Odczucia**", "**Emocje**",
                      "**Bariery**", "**Problemy**", "**Zachwyty**", "**Mierniki**", "**Usprawnienia**"]
    emotions = next(row for row in journey if row[0] == "**Emocje**")
    assert [cell.split()[0] for cell in emotions[1:]] == ["+1", "-1", "+2", "-2", "0", "-1", "+1"]  # no bar glyph
    assert "**Krzywa emocji:**" in text


def test_markdown_escapes_pipes_and_keeps_cells_on_one_line(tmp_path: Path) -> None:
    doc = tmp_path / "j.yaml"
    doc.write_text(
        "kind: journey\nid: zwrot\nname: Zwrot butów\nlang: pl\npersona: ola\nstages:\n"
        "  - id: zwrot\n    name: Zwrot | reklamacja\n"
        "    doing: |\n      Drukuje etykietę\n      i nadaje paczkę w Żabce\n"
        "    thinking: \"Czy <b>na pewno</b> oddadzą 100% & bez potrąceń?\"\n"
        "    barriers:\n      - \"Formularz ma pola a|b|c\"\n",
        encoding="utf-8",
    )
    text = export("markdown", str(doc))
    [table] = markdown_tables(text)
    assert_table_shape(table)
    assert "Zwrot \\| reklamacja" in table[0][1]
    doing = next(r for r in table if r[0] == "**Działania**")[1]
    assert doing == "Drukuje etykietę<br>i nadaje paczkę w Żabce"
    thinking = next(r for r in table if r[0] == "**Myśli**")[1]
    # A bare "&" reads as written (in less too): only an "&" that would start a reference is "&amp;".
    assert "&lt;b&gt;na pewno&lt;/b&gt;" in thinking and "100% & bez" in thinking and "<b>" not in text
    barrier = next(r for r in table if r[0] == "**Bariery**")[1]
    assert "a\\|b\\|c" in barrier


def test_markdown_persona_lists_sources_with_type_date_and_sample_size() -> None:
    tables = markdown_tables(export("markdown", PERSONA_PL))
    sources = next(t for t in tables if t[0][0] == "Id")
    assert sources[2][:5] == ["`wywiady-2026-06`", "wywiad", "2026-06-14", "12", "6"]


def test_markdown_negative_persona_puts_reasons_first() -> None:
    text = export("markdown", NEGATIVE_PL)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[0] == "## Dlaczego to nie nasz odbiorca"


# What GitHub (cmark-gfm) reads as markup. markdown-it-py comes with rich; text_join is off so an
# escaped character stays its own token, as it does in cmark-gfm when it looks for "https://" and "www.".
_GFM_URL = re.compile(r"(?:https?|ftp)://|(?<![\w.-])www\.", re.IGNORECASE)
_GFM_EMAIL = re.compile(r"[\w.+-]@[\w-]+\.[\w-]")


def markdown_tokens(text: str) -> list:
    markdown_it = pytest.importorskip("markdown_it")
    md = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")
    return md.parse(text)


def _inline_runs(text: str, kinds: tuple[str, ...]) -> list[list]:
    """The children of each inline token in runs of the given kinds, split by any other child."""
    runs: list[list] = []
    for token in markdown_tokens(text):
        if token.type != "inline":
            continue
        run: list = []
        for child in token.children + [None]:
            if child is not None and child.type in kinds:
                run.append(child)
                continue
            runs.append(run)
            run = []
    return runs


def gfm_autolinks(text: str) -> list[str]:
    """Pieces of text GitHub would turn into links: URLs and www. in one text run, e-mail addresses in
    text joined across escapes (cmark-gfm finds them after escapes are resolved), split by raw HTML."""
    found = []
    for run in _inline_runs(text, ("text", "text_special")):
        found += [c.content for c in run if c.type == "text" for _ in _GFM_URL.finditer(c.content)]
        found += _GFM_EMAIL.findall("".join(c.content for c in run))
    return found


def markdown_html(text: str) -> str:
    markdown_it = pytest.importorskip("markdown_it")
    return markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)


_HOSTILE_PERSONA = """\
kind: persona
id: marek-sluchawki
name: "Marek, fan dobrego dźwięku #"
lang: pl
summary: "1. miejsce w rankingu to dla niego argument; porównuje słuchawki wieczorami"
quote: "# Nie będę zakładał konta, żeby sprawdzić cenę"
goals:
  - "# Kupić słuchawki z ANC do 800 zł"
  - "1. Porównać trzy modele, 2. kupić najtańszy"
  - text: "3) Odebrać w Paczkomacie w drodze z pracy"
    sources: [wywiady-2026-05]
needs:
  - "- Zwrot bez drukowania etykiety"
  - "+ Raty 0% bez BIK"
  - "= pewność, że to oryginał"
pain_points:
  - "~~Darmowa dostawa~~ znika przy kodzie rabatowym"
  - "Cena ~2 tys. zł w salonie, ~1,6 tys. online"
sources:
  - id: wywiady-2026-05
    type: interview
    date: 2026-05-20
    link: https://drive.example.com/cx/wywiady-2026-05
    note: "Nagrania na www.notion.so/cx-sluchawki, pytania do marek.zielinski@example.com"
"""


def test_markdown_trait_text_never_becomes_a_heading_a_list_or_strikethrough(tmp_path: Path) -> None:
    doc = tmp_path / "marek.yaml"
    doc.write_text(_HOSTILE_PERSONA, encoding="utf-8")
    text = export("markdown", str(doc))
    html = markdown_html(text)
    assert re.findall(r"<h(\d)>(.*?)</h\1>", html) == [
        ("1", "Marek, fan dobrego dźwięku #"), ("2", "Cele"), ("2", "Potrzeby"), ("2", "Problemy"), ("2", "Źródła")]
    assert "<ol" not in html and "<s>" not in html and "<del>" not in html
    assert html.count("<ul>") == 3  # goals, needs, pain points: one flat list each
    items = [re.sub(r"\s*<sub>.*", "", item) for item in re.findall(r"<li>(.*?)</li>", html)]
    assert items == [
        "# Kupić słuchawki z ANC do 800 zł", "1. Porównać trzy modele, 2. kupić najtańszy",
        "3) Odebrać w Paczkomacie w drodze z pracy",
        "- Zwrot bez drukowania etykiety", "+ Raty 0% bez BIK", "= pewność, że to oryginał",
        "~~Darmowa dostawa~~ znika przy kodzie rabatowym", "Cena ~2 tys. zł w salonie, ~1,6 tys. online"]
    assert "<p>1. miejsce w rankingu to dla niego argument; porównuje słuchawki wieczorami</p>" in html
    assert "<blockquote>\n<p># Nie będę zakładał konta, żeby sprawdzić cenę</p>\n</blockquote>" in html
    assert not re.search(r"(?<!\\)~", text)  # GitHub strikes through between single "~" too


def test_markdown_bare_links_and_addresses_stay_text(tmp_path: Path) -> None:
    doc = tmp_path / "marek.yaml"
    doc.write_text(_HOSTILE_PERSONA, encoding="utf-8")
    journey = tmp_path / "zakup.yaml"
    journey.write_text(
        "kind: journey\nid: zakup-sluchawek\nname: Zakup słuchawek\nlang: pl\npersona: marek-sluchawki\nstages:\n"
        "  - id: porownanie\n    name: Porównanie\n    emotion: -1\n"
        "    doing: Porównuje ceny na WWW.CENEO.PL i http://skapiec.pl/sluchawki\n"
        "    touchpoints:\n      - channel: e-mail\n        description: Newsletter z kodem od sklep@example.pl\n",
        encoding="utf-8",
    )
    for text in (export("markdown", str(doc)), export("markdown", str(journey))):
        assert gfm_autolinks(text) == []
        html = markdown_html(text)
        assert "<a " not in html
    persona_html = markdown_html(export("markdown", str(doc)))
    # Still there, as text a reader can copy.
    assert "Nagrania na www.notion.so/cx-sluchawki, pytania do marek.zielinski@<!-- -->example.com " \
           "(https://drive.example.com/cx/wywiady-2026-05)" in persona_html
    journey_html = markdown_html(export("markdown", str(journey)))
    assert "Porównuje ceny na WWW.CENEO.PL i http://skapiec.pl/sluchawki" in journey_html
    assert "• <strong>e-mail</strong>: Newsletter z kodem od sklep@<!-- -->example.pl" in journey_html


def gfm_text_runs(text: str) -> list[str]:
    """Text as cmark-gfm sees it when it looks for ":emoji:" codes and maths: escapes resolved,
    runs split only where other markup (an HTML comment, a tag) comes between."""
    return ["".join(c.content for c in run) for run in _inline_runs(text, ("text", "text_special", "softbreak"))]


def test_markdown_dollars_and_emoji_codes_stay_text(tmp_path: Path) -> None:
    doc = tmp_path / "kasia.yaml"
    doc.write_text(
        "kind: persona\nid: kasia-saas\nname: 'Kasia :rocket: z działu IT'\nlang: pl\n"
        "summary: 'Płaci $5-$10 miesięcznie za narzędzie, a w zespole głosuje :+1: albo :-1:'\n"
        "goals:\n  - 'Dostać raport do 12:30:45, zanim zacznie się stand-up :coffee:'\n"
        "  - 'Zamyka zadanie z :white_check_mark: przed piątkiem'\n",
        encoding="utf-8",
    )
    text = export("markdown", str(doc))
    # GitHub reads "$5-$" as maths, and ":rocket:" as an emoji in the text after escapes.
    assert not re.search(r"(?<!\\)\$", text)
    runs = gfm_text_runs(text)
    assert not [r for r in runs if re.search(r":[a-z0-9_+-]+:", r) and "12:30:45" not in r], runs
    html = re.sub(r"<!-- -->", "", markdown_html(text))
    assert "Kasia :rocket: z działu IT" in html
    assert "Płaci $5-$10 miesięcznie za narzędzie, a w zespole głosuje :+1: albo :-1:" in html
    assert "Dostać raport do 12:30:45, zanim zacznie się stand-up :coffee:" in html
    assert "Zamyka zadanie z :white_check_mark: przed piątkiem" in html  # "\\_" is resolved before codes are found
    assert "12:30:45" in text  # a time is left as it is


# --- html ---------------------------------------------------------------------------------------

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SVG_SELF_CLOSING = {"line", "circle", "path", "polyline", "rect"}


class StrictParser(HTMLParser):
    """Fails on any element closed out of order or left open; collects tags and attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag not in _VOID and tag not in _SVG_SELF_CLOSING:
            self.errors.append(f"<{tag}/> is not a void or SVG element")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(text: str) -> StrictParser:
    parser = StrictParser()
    parser.feed(text)
    parser.close()
    assert parser.errors == []
    assert parser.stack == [], f"left open: {parser.stack}"
    return parser


@pytest.mark.parametrize("doc", ALL_DOCS)
def test_html_is_well_formed_self_contained_and_offline(doc: str) -> None:
    text = export("html", doc)
    assert text.startswith("<!DOCTYPE html>")
    parsed = parse_html(text)
    assert parsed.tags[0] == "html"
    assert "script" not in parsed.tags and "link" not in parsed.tags and "img" not in parsed.tags
    assert not re.search(r"https?://", text)
    assert not any(name in ("src", "srcset") for name, _value in parsed.attrs)
    assert all(not (value or "").startswith(("http", "//")) for name, value in parsed.attrs if name == "href")
    assert "default-src 'none'" in text  # the browser is told not to fetch anything
    assert "@media print" in text


def test_html_journey_has_one_svg_curve_and_a_grid_with_every_stage() -> None:
    text = export("html", JOURNEY_PL)
    parsed = parse_html(text)
    assert parsed.tags.count("svg") == 1
    svg = ET.fromstring(re.search(r"<svg.*?</svg>", text, re.S).group(0))
    circles = [el for el in svg.iter("circle")]
    assert len(circles) == 7
    ys = [float(c.get("cy")) for c in circles]
    # +1, -1, +2, -2, 0, -1, +1: higher emotion is drawn higher (smaller y).
    assert ys[2] < ys[0] < ys[4] < ys[1] < ys[3]
    assert ys[0] == ys[6] and ys[1] == ys[5]
    assert len(list(svg.iter("path"))) == 1
    header_cells = [f"{number} {name}" for number, name in
                    re.findall(r'<th scope="col" id="[^"]*"><a class="stage-link" [^>]*>([^<]*)</a> (.*?)<span', text)]
    assert header_cells == ["1. Świadomość", "2. Rozważanie", "3. Jazda próbna", "4. Finansowanie i dopłata",
                            "5. Zakup", "6. Odbiór i dostawa", "7. Pierwszy przegląd"]
    assert '<html lang="pl">' in text


def test_html_curve_breaks_where_an_emotion_is_missing(tmp_path: Path) -> None:
    doc = tmp_path / "j.yaml"
    stages = "".join(
        f"  - id: s{i}\n    name: Stage {i}\n" + (f"    emotion: {e}\n" if e is not None else "")
        for i, e in enumerate([1, 0, None, -1, 2])
    )
    doc.write_text(f"kind: journey\nid: gap\nname: Gap\npersona: ann\nstages:\n{stages}", encoding="utf-8")
    svg = ET.fromstring(re.search(r"<svg.*?</svg>", export("html", str(doc)), re.S).group(0))
    assert len(list(svg.iter("circle"))) == 4
    assert len(list(svg.iter("path"))) == 2


def test_html_persona_card_has_no_svg_and_shows_sources() -> None:
    text = export("html", PERSONA_PL)
    parsed = parse_html(text)
    assert "svg" not in parsed.tags
    body = " ".join(parsed.text)
    assert "wywiady-2026-06" in body and "2026-06-14" in body and "418" in body


def test_html_escapes_every_piece_of_text(tmp_path: Path) -> None:
    doc = tmp_path / "p.yaml"
    doc.write_text(
        "kind: persona\nid: mallory\nname: \"<script>alert('x')</script>\"\nlang: en\n"
        "goals:\n  - \"Pay <b>less</b> & faster\"\n"
        "sources:\n  - id: notes\n    type: other\n    link: \"https://example.org/\\\" onmouseover=\\\"x\"\n",
        encoding="utf-8",
    )
    text = export("html", str(doc))
    parsed = parse_html(text)
    assert "script" not in parsed.tags and "b" not in parsed.tags
    assert "<script>alert('x')</script>" in "".join(parsed.text)
    assert "Pay <b>less</b> & faster" in "".join(parsed.text)
    # The link is shown as text, never as an attribute the browser would follow.
    assert not any((value or "").startswith("https") for _name, value in parsed.attrs)
    assert "onmouseover" not in [name for name, _value in parsed.attrs]


def test_html_against_puts_two_cards_side_by_side() -> None:
    text = export("html", PERSONA_PL, "--against", NEGATIVE_PL)
    parse_html(text)
    assert text.count('<article class="card persona"') == 1
    assert text.count('<article class="card negative"') == 1
    assert text.index("card persona") < text.index("card negative")
    assert ".pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);" in text


def test_html_folder_export_has_an_overview_and_every_document() -> None:
    text = export("html", ".")
    parsed = parse_html(text)
    assert parsed.tags.count("svg") == 2
    assert text.count("<article") == 5
    for anchor in ("persona-joanna-rower-cargo", "negative-persona-lowca-najtanszego-e-roweru",
                   "journey-zakup-roweru-cargo", "journey-first-vet-visit"):
        assert f'href="#{anchor}"' in text and f'id="{anchor}"' in text
    # The bare ids, the anchors of earlier exports, still lead somewhere: links made to them work.
    for anchor in ("joanna-rower-cargo", "lowca-najtanszego-e-roweru", "zakup-roweru-cargo", "first-vet-visit"):
        assert f'id="{anchor}"' in text


def html_ids_and_links(text: str) -> tuple[list[str], list[str]]:
    parsed = parse_html(text)
    ids = [value or "" for name, value in parsed.attrs if name == "id"]
    links = [(value or "")[1:] for name, value in parsed.attrs if name == "href" and (value or "").startswith("#")]
    return ids, links


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


_SHARED_ID_PERSONA = "kind: persona\nid: {id}\nname: {name}\nlang: pl\ngoals:\n  - Kupić rower\n"
_SHARED_ID_JOURNEY = ("kind: journey\nid: {id}\nname: {name}\nlang: pl\npersona: rower\n"
                      "stages:\n  - id: wybor\n    name: Wybór\n    emotion: 1\n")


def test_html_folder_export_gives_every_document_its_own_anchor_when_ids_are_shared(tmp_path: Path) -> None:
    """A persona and its journey both called `rower`, a second persona file with that id, a persona
    whose id looks like the journey's anchor: every id on the page is unique, every overview link
    leads to its own document, and a bare id is kept only where it names one document."""
    folder = tmp_path / "ws"
    (folder).mkdir()
    (folder / "cxkit.toml").write_text("", encoding="utf-8")
    _write(folder, "personas/rower.yaml", _SHARED_ID_PERSONA.format(id="rower", name="Persona Rower"))
    _write(folder, "personas/rower-kopia.yaml", _SHARED_ID_PERSONA.format(id="rower", name="Kopia Rower"))
    _write(folder, "personas/dziwna.yaml", _SHARED_ID_PERSONA.format(id="journey-cargo", name="Dziwna"))
    _write(folder, "journeys/rower.yaml", _SHARED_ID_JOURNEY.format(id="rower", name="Podróż Rower"))
    _write(folder, "journeys/cargo.yaml", _SHARED_ID_JOURNEY.format(id="cargo", name="Podróż Cargo"))
    text = export("html", str(folder))
    ids, links = html_ids_and_links(text)
    assert len(ids) == len(set(ids)), sorted(ids)
    assert set(links) <= set(ids)
    # Each stage's number links to its own anchor (tester 7, F7); the overview links to the documents.
    assert len([link for link in links if "-stage-" not in link]) == 5
    # Each link lands on the article of the document its row names.
    for name in ("Persona Rower", "Kopia Rower", "Dziwna", "Podróż Rower", "Podróż Cargo"):
        anchor = re.search(rf'<a href="#([^"]+)"><strong>{name}</strong>', text).group(1)
        article = text[text.index(f'id="{anchor}"'):]
        assert article.index(f"<h2>{name}</h2>") < article.index("</article>")
    assert 'id="persona-rower"' in text and 'id="persona-rower-2"' in text and 'id="journey-rower"' in text
    assert 'id="rower"' not in text  # three documents claim it: none gets it
    assert 'id="cargo"' in text  # one does


@pytest.mark.parametrize("fmt", ["html", "markdown", "json"])
def test_folder_export_finds_each_document_once_not_by_scanning_the_folder(
        fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each overview row looked its document up by walking the folder's list: 2,000 files made
    two million path comparisons. Every document is now placed after its own row, in one look-up."""
    import cxkit.render.run as render_run

    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "cxkit.toml").write_text("", encoding="utf-8")
    names = []
    for i in range(40):
        name = f"Persona {i:02} Rowerowa"
        _write(folder, f"personas/{i % 4}/p{i:02}.yaml", _SHARED_ID_PERSONA.format(id=f"rower-{i:02}", name=name))
        journey = f"Podróż {i:02} Cargo"
        _write(folder, f"journeys/{i % 3}/j{i:02}.yaml", _SHARED_ID_JOURNEY.format(id=f"cargo-{i:02}", name=journey))
        names += [name, journey]
    calls = 0
    real = render_run._relative

    def counting(path: str, base: str) -> str:
        nonlocal calls
        calls += 1
        return real(path, base)

    monkeypatch.setattr(render_run, "_relative", counting)
    text = export(fmt, str(folder))
    # The overview's rows and one map of the documents: a few calls a document (a scan: ~40 a document).
    assert calls <= 3 * len(names), calls
    if fmt == "json":
        got = [entry["document"]["name"] for entry in json.loads(text)["documents"]]
    else:
        heading = "<h2>{}</h2>" if fmt == "html" else "## {}"
        got = sorted(names, key=lambda name: text.index(heading.format(name)))
    # The overview's order: personas, then journeys, each by name; every document exactly once.
    expected = sorted(n for n in names if n.startswith("Persona")) + sorted(n for n in names if n.startswith("Podróż"))
    assert got == expected


def test_html_against_with_one_id_for_both_cards_keeps_anchors_unique(tmp_path: Path) -> None:
    persona = tmp_path / "p.yaml"
    persona.write_text(_SHARED_ID_PERSONA.format(id="rower", name="Joanna"), encoding="utf-8")
    negative = tmp_path / "n.yaml"
    negative.write_text("kind: negative-persona\nid: rower\nname: Łowca\nlang: pl\nreasons:\n  - Cena\n",
                        encoding="utf-8")
    ids, _links = html_ids_and_links(export("html", str(persona), "--against", str(negative)))
    assert sorted(ids) == ["negative-persona-rower", "persona-rower"]


def page_and_article_langs(text: str) -> tuple[str, dict[str, str | None]]:
    """The page's ``lang`` and each article's own (None where it has none), by article id."""

    class Langs(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.page = ""
            self.articles: dict[str, str | None] = {}

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found = dict(attrs)
            if tag == "html":
                self.page = found["lang"] or ""
            elif tag == "article":
                self.articles[found["id"] or ""] = found.get("lang")

    parser = Langs()
    parser.feed(text)
    return parser.page, parser.articles


def test_html_folder_export_marks_each_article_in_another_language_than_the_page() -> None:
    """Three Polish documents and two English ones: a Polish page whose English articles say lang="en"."""
    page, articles = page_and_article_langs(export("html", "."))
    assert page == "pl"
    assert articles == {
        "persona-priya-first-dog": "en",
        "persona-joanna-rower-cargo": None,
        "negative-persona-lowca-najtanszego-e-roweru": None,
        "journey-first-vet-visit": "en",
        "journey-zakup-roweru-cargo": None,
    }


def overview_name_langs(text: str) -> dict[str, str | None]:
    """Each overview row's link target and the ``lang`` of the cell that names the document."""

    class Cells(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.in_overview = False
            self.cell_lang: str | None = None
            self.first_cell = False
            self.taking = False
            self.rows: dict[str, str | None] = {}

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found = dict(attrs)
            if tag == "table" and found.get("class") == "overview":
                self.in_overview = True
            elif self.in_overview and tag == "tr":
                self.first_cell = True
            elif self.in_overview and tag in ("td", "th") and self.first_cell:  # the document cell heads its row
                self.cell_lang, self.first_cell = found.get("lang"), False
                self.taking = True
            elif self.in_overview and tag == "a" and self.taking:
                self.rows[(found["href"] or "").lstrip("#")] = self.cell_lang
                self.taking = False

        def handle_endtag(self, tag: str) -> None:
            if tag == "table":
                self.in_overview = False

    cells = Cells()
    cells.feed(text)
    return cells.rows


def test_html_folder_overview_names_a_document_in_its_own_language() -> None:
    # The overview table's name cells, like the articles: a screen reader reads "Priya" in English.
    page, articles = page_and_article_langs(export("html", "."))
    assert page == "pl"
    assert overview_name_langs(export("html", ".")) == articles


def test_html_folder_export_with_an_english_majority_marks_the_polish_articles(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "cxkit.toml").write_text("", encoding="utf-8")
    for doc in (PERSONA_EN, JOURNEY_EN):
        _write(folder, doc, (FIXTURES / doc).read_text(encoding="utf-8"))
    _write(folder, "en/personas/tom.yaml", "kind: persona\nid: tom-commuter\nname: Tom Baker\nlang: en\n"
           "goals:\n  - Ride to work without arriving sweaty\n")
    _write(folder, NEGATIVE_PL, (FIXTURES / NEGATIVE_PL).read_text(encoding="utf-8"))
    page, articles = page_and_article_langs(export("html", str(folder)))
    assert page == "en"
    assert articles["negative-persona-lowca-najtanszego-e-roweru"] == "pl"
    assert [lang for anchor, lang in articles.items() if anchor != "negative-persona-lowca-najtanszego-e-roweru"] == [None] * 3


def test_html_folder_export_in_the_configured_language_marks_every_article_of_another(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`lang = "en"` in cxkit.toml makes the page English: every Polish document says lang="pl"."""
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    for doc in (PERSONA_PL, NEGATIVE_PL, JOURNEY_PL):
        _write(folder, doc, (FIXTURES / doc).read_text(encoding="utf-8"))
    monkeypatch.chdir(folder)
    page, articles = page_and_article_langs(export("html", "."))
    assert page == "en"
    assert list(articles.values()) == ["pl", "pl", "pl"]


def test_html_against_in_two_languages_marks_the_second_card() -> None:
    page, articles = page_and_article_langs(export("html", PERSONA_EN, "--against", NEGATIVE_PL))
    assert page == "en"
    assert articles == {"persona-priya-first-dog": None, "negative-persona-lowca-najtanszego-e-roweru": "pl"}


@pytest.mark.parametrize("doc", [PERSONA_EN, JOURNEY_PL, NEGATIVE_PL])
def test_html_single_document_takes_the_page_language_alone(doc: str) -> None:
    page, articles = page_and_article_langs(export("html", doc))
    assert page == ("en" if doc.startswith("en/") else "pl")
    assert list(articles.values()) == [None]


# --- mermaid ------------------------------------------------------------------------------------

# From Mermaid's journey grammar: title and section text stop at '#', ';' or a line break
# (sections also at ':'); a task is text up to ':' then ':score: actor, actor'.
_TITLE = re.compile(r"^\s*title [^#\n;]+$")
_SECTION = re.compile(r"^\s*section [^#:\n;]+$")
_ACC = re.compile(r"^\s*acc(Title|Descr): [^%#;\n][^#;\n]*$")
_TASK = re.compile(r"^\s*([^#:\n;]+): ([1-5]): ([^#:\n;,]+(?:, [^#:\n;,]+)*)$")


# Mermaid replaces each entity code (``#35;``, ``#lt;``) before it reads a line, and draws it as its
# character: held here as private-use marks while the lines are matched, then shown as the character.
_CODE = re.compile(r"#(\w+);")
_HELD = re.compile("\ue000(\\w+)\ue001")


def _shown(text: str) -> str:
    return _HELD.sub(lambda m: html.unescape(f"&#{m.group(1)};" if m.group(1).isdigit() else f"&{m.group(1)};"), text)


def parse_mermaid(text: str) -> tuple[str, list[tuple[str, list[tuple[str, int, str]]]]]:
    """Title and sections (with their tasks) of a Mermaid journey, as Mermaid draws them."""
    text = _CODE.sub("\ue000\\1\ue001", text)
    lines = text.rstrip("\n").split("\n")
    assert lines[0] == "journey"
    assert "%%" not in text
    # Mermaid 10 and 11 lex "%(?!{)[^\n]*" as a comment wherever a token starts: a line (once its
    # whitespace is skipped) or the text after "title " or "section " must not begin with "%".
    for line in lines[1:]:
        words = line.strip(" \t\ufeff")
        assert not words.startswith("%"), f"a comment to Mermaid, so lost: {line!r}"
        assert not re.match(r"(title|section)\s+%", words), f"a comment to Mermaid, so lost: {line!r}"
    title = ""
    sections: list[tuple[str, list[tuple[str, int, str]]]] = []
    for line in lines[1:]:
        if _TITLE.match(line):
            title = _shown(line.strip()[6:])
        elif _ACC.match(line):  # the accessible title and description run to the end of the line
            continue
        elif _SECTION.match(line):
            sections.append((_shown(line.strip()[8:]), []))
        else:
            match = _TASK.match(line)
            assert match, f"not a Mermaid journey line: {line!r}"
            assert sections, "a task before any section"
            assert not re.match(r"\s*(journey|title\s|section\s)", match.group(1), re.I)
            sections[-1][1].append((_shown(match.group(1).strip()), int(match.group(2)), _shown(match.group(3))))
    return title, sections


def _box(text: str) -> str:
    """``text`` as a task's Mermaid box shows it: whole when it wraps into the box's three lines, else cut at a
    word boundary to fit (the whole is in accDescr)."""
    return boxed(text, box_width())


def mermaid_sections(tmp_path: Path, text: str) -> list:
    """The sections of the Mermaid export of the journey ``text``, written to a file first."""
    doc = tmp_path / "j.yaml"
    doc.write_text(text, encoding="utf-8")
    return parse_mermaid(export("mermaid", str(doc)))[1]


def test_mermaid_journey_has_a_section_per_stage_and_scores_from_emotions() -> None:
    title, sections = parse_mermaid(export("mermaid", JOURNEY_PL))
    assert title == "Zakup elektrycznego roweru cargo"
    assert [name for name, _tasks in sections] == [
        "Świadomość", "Rozważanie", "Jazda próbna", _box("Finansowanie i dopłata"), "Zakup", "Odbiór i dostawa",
        "Pierwszy przegląd"]
    assert [tasks[0][1] for _name, tasks in sections] == [4, 2, 5, 1, 3, 2, 4]
    assert all(task[2] == "Joanna Wilk" for _n, tasks in sections for task in tasks)
    assert sections[2][1][0][0] == "Jedzie 20 minut z dziećmi po Nadodrzu, w tym…"  # three lines (s40)


def test_mermaid_writes_what_the_grammar_cannot_take_as_entity_codes(tmp_path: Path) -> None:
    doc = tmp_path / "j.yaml"
    doc.write_text(
        "kind: journey\nid: kino\nname: \"Bilety; kino #1\"\npersona: ola\nstages:\n"
        "  - id: a\n    name: \"Wybór: seans\"\n    emotion: -2\n"
        "    doing: |\n      Szuka seansu po 21:30; %% bez reklam\n      #kino #wieczór\n"
        "  - id: b\n    name: Journey planner\n    emotion: 0\n"
        "    touchpoints:\n      - channel: app\n        description: \"Journey: bilet w aplikacji\"\n"
        "  - id: c\n    name: \"###\"\n    doing: \"###\"\n    emotion: 2\n",
        encoding="utf-8",
    )
    text = export("mermaid", str(doc))
    assert "    title Bilety#59; kino #35;1\n" in text  # the grammar would end the title at "#" or ";"
    title, sections = parse_mermaid(text)
    assert title == "Bilety; kino #1"
    (name_a, tasks_a), (_name_b, tasks_b), (name_c, tasks_c) = sections
    assert name_a == "Wybór: seans"
    assert tasks_a == [("Szuka seansu po 21:30; %% bez reklam #kino…", 1, "ola")]
    assert text.endswith("Szuka seansu po 21:30#59; #37;#37; bez reklam #35;kino #35;wieczór\n")  # whole, in accDescr
    assert tasks_b[0][1] == 3  # emotion 0: the middle of the scale
    assert tasks_b[0][0] == "app – Journey: bilet w aplikacji"
    assert name_c == "###" and tasks_c == [("###", 5, "ola")]


@pytest.mark.parametrize(("doing", "task"), [
    ("%#%#% off on headphones", "%#%#% off on headphones"),  # a leading "%" is a code too
    ("5%#%#% discount na słuchawki", "5%#%#% discount na słuchawki"),
    ("Rabat 100%%% na drugą parę", "Rabat 100%%% na drugą parę"),
    ("Kod #%%# w newsletterze", "Kod #%%# w newsletterze"),
    ("%%{init: {'theme': 'dark'}}%% wpisuje kod", "%%{init: {'theme': 'dark'}}%% wpisuje kod"),
    ("%% % %%%% %#%", "%% % %%%% %#%"),
])
def test_mermaid_never_emits_a_comment_marker_so_no_task_is_lost(doing: str, task: str, tmp_path: Path) -> None:
    doc = tmp_path / "j.yaml"
    doc.write_text(
        "kind: journey\nid: promocja\nname: \"Black Friday %#% w sklepie\"\nlang: pl\npersona: ola\nstages:\n"
        f"  - id: newsletter\n    name: \"Newsletter %#%\"\n    emotion: 1\n    doing: {json.dumps(doing)}\n"
        "  - id: koszyk\n    name: Koszyk\n    emotion: -1\n    doing: Wpisuje kod rabatowy w koszyku\n",
        encoding="utf-8",
    )
    text = export("mermaid", str(doc))
    title, sections = parse_mermaid(text)  # asserts that "%%" occurs nowhere
    assert "%{" not in text  # "%%{" would be a directive: every "%" of a run is a code
    assert title == "Black Friday %#% w sklepie"
    assert sections == [("Newsletter %#%", [(_box(task), 4, "ola")]),
                        ("Koszyk", [("Wpisuje kod rabatowy w koszyku", 2, "ola")])]


def test_mermaid_touchpoint_with_a_blank_channel_is_just_its_description(tmp_path: Path) -> None:
    sections = mermaid_sections(
        tmp_path,
        "kind: journey\nid: zwrot\nname: Zwrot butów\nlang: pl\npersona: ola\nstages:\n"
        "  - id: zwrot\n    name: Zwrot\n    emotion: -1\n    touchpoints:\n"
        "      - channel: \" \"\n        description: Formularz zwrotu na stronie\n"
        "      - channel: \"#\"\n        description: Paczkomat przy Biedronce\n"
        "      - channel: infolinia\n        description: \"  \"\n"
        "      - channel: e-mail\n        description: Potwierdzenie zwrotu\n",
    )
    assert [task for task, _score, _actor in sections[0][1]] == [
        "Formularz zwrotu na stronie", "# – Paczkomat przy Biedronce", "infolinia", "e-mail – Potwierdzenie zwrotu"]


def test_mermaid_blank_doing_falls_back_to_the_touchpoints(tmp_path: Path) -> None:
    sections = mermaid_sections(
        tmp_path,
        "kind: journey\nid: trip\nname: Trip\nlang: en\npersona: ann\nstages:\n"
        "  - id: a\n    name: Check in\n    emotion: 0\n    doing: \"  \"\n    touchpoints:\n"
        "      - channel: app\n        description: Boarding pass in the wallet\n",
    )
    assert sections == [("Check in", [("app – Boarding pass in the wallet", 3, "ann")])]


def test_mermaid_task_starting_with_a_keyword_is_guarded(tmp_path: Path) -> None:
    sections = mermaid_sections(
        tmp_path,
        "kind: journey\nid: trip\nname: Trip\npersona: ann\nstages:\n"
        "  - id: a\n    name: Plan\n    doing: Journey planner opens on the phone\n    emotion: 1\n"
        "  - id: b\n    name: Go\n    emotion: 0\n    doing: \"Title deeds: signs them\"\n",
    )
    # Its first letter as a code ("#74;ourney"): no keyword to Mermaid, yet drawn as written.
    assert sections[0][1][0][0] == "Journey planner opens on the phone"
    assert sections[1][1][0][0] == "Title deeds: signs them"


def test_mermaid_text_starting_with_a_percent_sign_is_guarded_so_no_task_is_lost(tmp_path: Path) -> None:
    """Every place text starts a Mermaid token: a task (from doing, a touchpoint, the stage name), a section, the title."""
    sections = mermaid_sections(
        tmp_path,
        "kind: journey\nid: price\nname: \"% of carts abandoned\"\npersona: ann\nstages:\n"
        "  - id: a\n    name: Pricing\n    emotion: 1\n"
        "    doing: \"% of visitors who open the price page rises to 12%\"\n"
        "  - id: b\n    name: \"%Discount\"\n    emotion: 0\n    doing: \"%%\"\n"
        "  - id: c\n    name: \"% off\"\n    emotion: 0\n"
        "  - id: d\n    name: Touch\n    emotion: 0\n    touchpoints:\n"
        "      - channel: \"%app\"\n        description: in-app banner\n"
        "      - channel: \" \"\n        description: \"%% email\"\n"
        "      - channel: \"#\"\n        description: \"#%#% sms\"\n",
    )
    assert sections == [
        ("Pricing", [("% of visitors who open the price page rises to 12%", 4, "ann")]),
        ("%Discount", [("%%", 3, "ann")]),
        ("% off", [("% off", 3, "ann")]),
        ("Touch", [("%app – in-app banner", 3, "ann"), ("%% email", 3, "ann"),
                   ("# – #%#% sms", 3, "ann")]),
    ]
    title, _sections = parse_mermaid(export("mermaid", str(tmp_path / "j.yaml")))
    assert title == "% of carts abandoned"


def test_mermaid_actor_falls_back_to_the_persona_id(tmp_path: Path) -> None:
    doc = tmp_path / "journeys" / "j.yaml"
    doc.parent.mkdir()
    doc.write_text("kind: journey\nid: x\nname: X\npersona: nobody-here\nstages:\n  - id: a\n    name: A\n    emotion: 0\n",
                   encoding="utf-8")
    _title, sections = parse_mermaid(export("mermaid", str(doc)))
    assert sections[0][1][0] == ("A", 3, "nobody-here")


def test_mermaid_respects_stage_selection() -> None:
    _title, sections = parse_mermaid(export("mermaid", JOURNEY_EN, "--stage", "visit"))
    assert sections == [("The visit", [("Waits in the quiet room, then talks through sedation…", 5, "Priya Shah")])]


# --- json ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("doc", ALL_DOCS)
def test_json_round_trips_to_an_equal_model(doc: str) -> None:
    data = json.loads(export("json", doc))
    original = model_of(doc)
    again = MODELS[data["kind"]].model_validate(data)
    assert again == original


def test_json_is_normalised() -> None:
    data = json.loads(export("json", PERSONA_PL))
    # Plain traits become objects, dates are ISO strings, empty optional values are left out.
    assert data["goals"][1] == {"text": "Sprzedać Skodę Fabię z 2014 roku do końca marca, zanim skończy się jej przegląd",
                                "sources": []}
    assert data["reviewed"] == "2026-10-02"
    assert "link" not in data["sources"][0]


def test_json_keys_follow_the_format_order_and_empty_lists_are_left_out() -> None:
    from cxkit.fmt import JOURNEY_KEYS, PERSONA_KEYS

    for doc, order in ((PERSONA_PL, PERSONA_KEYS), (NEGATIVE_PL, PERSONA_KEYS), (JOURNEY_PL, JOURNEY_KEYS)):
        data = json.loads(export("json", doc))
        keys = list(data)
        assert keys[0] == "kind", doc
        assert keys == sorted(keys, key=order.index), doc
        empty = [k for k, v in data.items() if v == []]
        assert empty == [], (doc, empty)
    negative = json.loads(export("json", NEGATIVE_PL))
    assert list(negative).index("reasons") < list(negative).index("sources")


def test_json_with_stage_selection_keeps_only_those_stages() -> None:
    data = json.loads(export("json", JOURNEY_PL, "--stage", "zakup,odbior"))
    assert [s["id"] for s in data["stages"]] == ["zakup", "odbior"]
    # Which stages of how many they were (tester 7, F4), in an x- key: still a journey document
    # (review10 R10-3), which cxkit validates as it is.
    whole = model_of(JOURNEY_PL).stages
    numbers = [i + 1 for i, s in enumerate(whole) if s.id in ("zakup", "odbior")]
    assert data["x-cxkit-stage-selection"] == {"numbers": numbers, "of": len(whole)}
    model, issues = validate(data)
    assert issues == [] and isinstance(model, MODELS["journey"])


def test_json_folder_export_lists_every_document_with_its_path() -> None:
    data = json.loads(export("json", "."))
    paths = sorted(item["path"] for item in data["documents"])
    assert paths == sorted(ALL_DOCS)
    for item in data["documents"]:
        assert MODELS[item["document"]["kind"]].model_validate(item["document"]) == model_of(item["path"])


def test_json_folder_export_lists_documents_in_the_overview_order() -> None:
    data = json.loads(export("json", "."))
    kinds = [item["document"]["kind"] for item in data["documents"]]
    assert kinds == sorted(kinds, key=["persona", "negative-persona", "journey"].index)
    rows = [line for line in export("markdown", ".").splitlines() if line.startswith("| **") and line.endswith(".yaml` |")]
    files = [row.rsplit("| `", 1)[1].split("`")[0] for row in rows]
    assert [item["path"] for item in data["documents"]] == files


# --- examples, when someone has written them ----------------------------------------------------

EXAMPLES = Path(__file__).parent.parent / "examples"


def _example_docs() -> list[Path]:
    if not EXAMPLES.is_dir():
        return []
    return sorted(p for p in EXAMPLES.rglob("*.yaml") if "kind:" in p.read_text(encoding="utf-8", errors="replace"))


@pytest.mark.skipif(not _example_docs(), reason="examples/ has no documents yet")
def test_every_example_renders_in_every_format() -> None:
    for path in _example_docs():
        model, issues = validate(load_text(path.read_text(encoding="utf-8")).data)
        if model is None:
            continue  # examples/ may hold deliberately broken files; lint covers them
        formats = ["terminal", "markdown", "html", "json"] + (["mermaid"] if model.kind == "journey" else [])
        for fmt in formats:
            result = runner.invoke(app, ["render", str(path), "--format", fmt, "--width", "100"])
            assert result.exit_code == 0, (path, fmt, result.stderr)
            assert result.stdout.strip()


def test_markdown_against_shows_both_cards_under_one_title() -> None:
    text = export("markdown", PERSONA_PL, "--against", NEGATIVE_PL)
    assert text.startswith("# Persona i persona negatywna: Joanna Wilk / Dariusz Kłos\n")
    assert text.index("## Joanna Wilk") < text.index("## Dariusz Kłos")
    for table in markdown_tables(text):
        assert_table_shape(table)


def test_json_against_holds_both_documents() -> None:
    data = json.loads(export("json", PERSONA_PL, "--against", NEGATIVE_PL))
    assert MODELS["persona"].model_validate(data["persona"]) == model_of(PERSONA_PL)
    assert MODELS["negative-persona"].model_validate(data["negative_persona"]) == model_of(NEGATIVE_PL)


def test_json_writes_line_separators_and_nel_as_escapes_and_keeps_them_exact(tmp_path: Path) -> None:
    """NEL (a C1 control), U+2028 and U+2029 pasted into a value went into the JSON raw — to the
    terminal when printed there. They are now escapes; loading the JSON gives the value back."""
    doc = tmp_path / "u.yaml"
    doc.write_text('kind: persona\nid: u\nname: "Ola\\u2028Nowak\\u2029z\\u0085Krakowa \\\\u2028"\n'
                   'goals:\n  - "Jechać\\u0085rowerem"\n', encoding="utf-8")
    text = export("json", str(doc))
    assert not any(ch in text for ch in "\x85\u2028\u2029")
    data = json.loads(text)
    assert data["name"] == "Ola\u2028Nowak\u2029z\x85Krakowa \\u2028"
    assert data["goals"][0]["text"] == "Jechać\x85rowerem"


def test_html_never_carries_nel_or_line_separators_raw(tmp_path: Path) -> None:
    """A NEL (a C1 control) or U+2028/U+2029 in a name, an owner or a channel went into the HTML
    as it was — to the terminal when the export is printed there. They are now line feeds."""
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "cxkit.toml").write_text("", encoding="utf-8")
    _write(folder, "personas/ola.yaml", 'kind: persona\nid: ola\nname: "Ola\\u0085Nowak"\nlang: pl\n'
           'owner: "Zespół\\u2028CX"\ngoals:\n  - Jechać\n')
    _write(folder, "journeys/j.yaml", 'kind: journey\nid: j\nname: "Droga\\u2029Oli"\nlang: pl\npersona: ola\n'
           'stages:\n  - id: a\n    name: "Etap\\u0085A"\n    emotion: 1\n    touchpoints:\n'
           '      - channel: "sklep\\u2028online"\n        description: Koszyk\n')
    for args in ([str(folder)], [str(folder / "journeys" / "j.yaml")], [str(folder / "personas" / "ola.yaml")]):
        text = export("html", *args)
        parse_html(text)
        assert not any(ch in text for ch in "\x85\u2028\u2029"), args
    assert "Ola Nowak" in export("html", str(folder))  # a name is a title, on one line in every view
