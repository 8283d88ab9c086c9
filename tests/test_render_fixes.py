"""`cxkit render`: defects an exploratory test found, each pinned by tests that fail before its fix.

1. a long persona or journey name is shown whole, never cut in the frame's title;
2. the HTML export keeps the line breaks of traits and cells, as Markdown does;
3. ``-o FILE`` without ``--format`` writes the format the extension names;
4. a dumb terminal (``TERM=dumb``) honours ``--width`` and ``COLUMNS``;
5. Markdown code spans show file names with backticks as they are.

Tests marked as guards pass before the fix too. Snapshots live in tests/snapshots/render/ (named
``fixes-…``); after an intended change, regenerate them with

    CXKIT_UPDATE_SNAPSHOTS=1 /tmp/venv/bin/pytest tests/test_render_fixes.py

and read the diff before committing.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from snapshot_helpers import check_snapshot
from terminal_helpers import render_on_a_terminal

REPO = Path(__file__).parent.parent
EXAMPLE_JOURNEY = REPO / "examples" / "pl" / "journeys" / "pawel-kupuje-sluchawki-otwarte.yaml"

runner = CliRunner()

# A 71-character journey name: too long for the title at 80 columns (what a pipe and -o get).
CAFE_JOURNEY_NAME = "Właścicielka kawiarni zamawia nowy ekspres ciśnieniowy przez stronę www"
CAFE_PERSONA_NAME = "Aleksandra Wiśniewska-Kowalczyk, właścicielka kawiarni speciality na krakowskim Zabłociu od 2020 roku"

CAFE_PERSONA = f"""\
kind: persona
id: ola-kawiarnia
name: {CAFE_PERSONA_NAME}
lang: pl
owner: Zespół sprzedaży B2B (Piotr Nowak)
summary: >
  Od sześciu lat prowadzi kawiarnię na 24 miejsca i sama kupuje sprzęt,
  zwykle wieczorem, po zamknięciu lokalu.
quote: Ekspres stoi, to kawiarnia stoi.
goals:
  - text: Ekspres, który wytrzyma 400 kaw dziennie bez przestojów
    sources: [wywiady-2026-10]
pain_points:
  - |
    Serwis przyjeżdża po tygodniu
    a kawiarnia w tym czasie nie zarabia
sources:
  - id: wywiady-2026-10
    type: interview
    date: 2026-10-14
    n: 9
reviewed: 2026-11-02
"""

CAFE_JOURNEY = f"""\
kind: journey
id: kawiarnia-zamawia-ekspres
name: {CAFE_JOURNEY_NAME}
lang: pl
owner: Zespół e-commerce (Magda Lis)
persona: ola-kawiarnia
goal: Nowy ekspres działa w kawiarni przed sobotnim ruchem.
reviewed: 2026-11-20
stages:
  - id: wybor
    name: Wybór modelu
    doing: Porównuje trzy ekspresy dwugrupowe na stronie i w PDF-ach dystrybutora
    feeling: Niepewność
    emotion: -1
  - id: zamowienie
    name: Zamówienie
    doing: |
      1. Dodaje ekspres do koszyka
      2. Wybiera BLIK
      3. Wpisuje kod
    feeling: Ulga
    emotion: 1
"""

VET_PERSONA_NAME = "Priya Shah, first-time greyhound owner who adopted Juno from a rescue in Leeds"
VET_PERSONA = f"""\
kind: persona
id: priya-first-dog
name: {VET_PERSONA_NAME}
lang: en
summary: Adopted a retired racing greyhound and wants a vet who knows the breed.
goals:
  - Get Juno vaccinated within two weeks of adoption
"""


def render(*args: str, columns: int | None = None, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    environment = {"NO_COLOR": "1", "TERM": "dumb"}
    if columns is not None:
        environment["COLUMNS"] = str(columns)
    environment.update(env or {})
    result = runner.invoke(app, ["render", *args], env=environment)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def cafe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small Polish workspace (a persona and its journey) as the current folder."""
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "ola-kawiarnia.yaml").write_text(CAFE_PERSONA, encoding="utf-8")
    (tmp_path / "journeys" / "kawiarnia-zamawia-ekspres.yaml").write_text(CAFE_JOURNEY, encoding="utf-8")
    (tmp_path / "personas" / "priya-first-dog.yaml").write_text(VET_PERSONA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _inside(out: str) -> str:
    """The text inside a card's frame, its lines joined by spaces (a wrapped name reads as one)."""
    lines = out.splitlines()[1:]
    return " ".join(" ".join(line[1:-1].split()) for line in lines if len(line) > 2)


# --- 1. a long name is shown whole ------------------------------------------------------------

def test_the_bundled_example_journey_shows_its_whole_name_at_60_columns() -> None:
    code, out, err = render(str(EXAMPLE_JOURNEY), "--width", "60")
    assert code == 0, err
    title = out.splitlines()[0]
    assert title.startswith("╭─ ścieżka ─"), title
    assert "Paweł kupuje otwarte słuchawki w sklepie Pasmo" in _inside(out)
    assert "…" not in out.split("╰")[0]


@pytest.mark.parametrize("how", ["--width", "COLUMNS"])
def test_a_71_character_journey_name_is_whole_at_80_columns(cafe: Path, how: str) -> None:
    args = ["journeys/kawiarnia-zamawia-ekspres.yaml"] + (["--width", "80"] if how == "--width" else [])
    code, out, err = render(*args, columns=80 if how == "COLUMNS" else None)
    assert code == 0, err
    assert CAFE_JOURNEY_NAME in out  # on one line at 80 columns, under the title
    assert "…" not in out
    assert max(len(line) for line in out.splitlines()) <= 80
    check_snapshot("fixes-long-journey-name-80", out)


def test_a_journey_name_is_whole_when_written_with_o(cafe: Path) -> None:
    code, _out, err = render("journeys/kawiarnia-zamawia-ekspres.yaml", "-o", "mapa.txt")
    assert code == 0, err
    text = (cafe / "mapa.txt").read_text(encoding="utf-8")
    assert CAFE_JOURNEY_NAME in text
    assert "…" not in text


@pytest.mark.parametrize("width", [60, 100])
def test_a_long_persona_name_is_whole(cafe: Path, width: int) -> None:
    code, out, err = render("personas/ola-kawiarnia.yaml", "--width", str(width))
    assert code == 0, err
    assert out.splitlines()[0].startswith("╭─ persona ─")
    assert CAFE_PERSONA_NAME in _inside(out)
    assert "…" not in out
    assert max(len(line) for line in out.splitlines()) <= width
    check_snapshot(f"fixes-long-persona-name-{width}", out)


def test_a_long_english_persona_name_is_whole_at_60_columns(cafe: Path) -> None:
    code, out, err = render("personas/priya-first-dog.yaml", "--width", "60")
    assert code == 0, err
    assert out.splitlines()[0].startswith("╭─ persona ─")
    assert VET_PERSONA_NAME in _inside(out)
    assert "…" not in out


def test_a_name_that_fits_stays_in_the_title_and_is_not_repeated(cafe: Path) -> None:
    code, out, err = render("personas/ola-kawiarnia.yaml", "--width", "160")
    assert code == 0, err
    assert out.splitlines()[0].startswith(f"╭─ {CAFE_PERSONA_NAME}  persona ─")
    assert out.count(CAFE_PERSONA_NAME) == 1


# --- 2. the HTML export keeps line breaks ------------------------------------------------------

class _Lines(HTMLParser):
    """The text of every ``<td>`` and ``<li>`` of a page, as the lines a browser shows (split at ``<br>``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cells: list[list[str]] = []
        self._open: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("td", "li"):
            self._open.append([""])
        elif tag == "br" and self._open:
            self._open[-1].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "li") and self._open:
            self.cells.append([" ".join(line.split()) for line in self._open.pop()])

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1][-1] += data


def _html_cells(page: str) -> list[list[str]]:
    parser = _Lines()
    parser.feed(page)
    parser.close()
    return parser.cells


def test_html_keeps_the_line_breaks_of_a_journey_cell(cafe: Path) -> None:
    code, out, err = render("journeys/kawiarnia-zamawia-ekspres.yaml", "--format", "html")
    assert code == 0, err
    assert "1. Dodaje ekspres do koszyka<br>2. Wybiera BLIK<br>3. Wpisuje kod" in out
    assert ["1. Dodaje ekspres do koszyka", "2. Wybiera BLIK", "3. Wpisuje kod"] in _html_cells(out)
    # The line without breaks stays one line.
    assert ["Porównuje trzy ekspresy dwugrupowe na stronie i w PDF-ach dystrybutora"] in _html_cells(out)


def test_html_keeps_the_line_breaks_of_a_trait(cafe: Path) -> None:
    code, out, err = render("personas/ola-kawiarnia.yaml", "-f", "html")
    assert code == 0, err
    assert ["Serwis przyjeżdża po tygodniu", "a kawiarnia w tym czasie nie zarabia"] in _html_cells(out)


HOUSEHOLD_EN = """\
kind: persona
id: dan-heating
name: Dan Whitfield
lang: en
demographics:
  household: |
    Married, two teenagers
    Mother-in-law two days a week
pain_points:
  - |
    Chases unpaid invoices on Sunday evenings
    <b>never</b> on site & never on the phone
"""


def test_html_keeps_line_breaks_escaped_in_traits_and_demographics(tmp_path: Path) -> None:
    path = tmp_path / "dan.yaml"
    path.write_text(HOUSEHOLD_EN, encoding="utf-8")
    code, out, err = render(str(path), "-f", "html")
    assert code == 0, err
    cells = _html_cells(out)
    assert ["Married, two teenagers", "Mother-in-law two days a week"] in cells
    assert ["Chases unpaid invoices on Sunday evenings", "<b>never</b> on site & never on the phone"] in cells
    # Only the <br> is markup: the author's tags stay text.
    assert "<b>" not in out and "&lt;b&gt;never&lt;/b&gt; on site &amp; never on the phone" in out


def test_html_and_markdown_break_a_cell_into_the_same_lines(cafe: Path) -> None:
    _c, page, _e = render("journeys/kawiarnia-zamawia-ekspres.yaml", "-f", "html")
    _c, markdown, _e = render("journeys/kawiarnia-zamawia-ekspres.yaml", "-f", "markdown")
    doing = next(line for line in markdown.splitlines() if "Wybiera BLIK" in line)
    cell = next(c.strip() for c in doing.strip("|").split(" | ") if "Wybiera BLIK" in c)
    assert cell.split("<br>") in _html_cells(page)


def test_html_with_a_line_separator_in_a_trait_breaks_the_line(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text('kind: persona\nid: ewa\nname: Ewa Nowak\nlang: pl\n'
                    'goals:\n  - "Kupić rower do 6 000 zł\\u2028Odebrać go przed majówką"\n', encoding="utf-8")
    code, out, err = render(str(path), "-f", "html")
    assert code == 0, err
    assert ["Kupić rower do 6 000 zł", "Odebrać go przed majówką"] in _html_cells(out)


# --- 3. -o picks the format from the file's extension -----------------------------------------

def _looks_like(fmt: str, text: str) -> bool:
    if fmt == "html":
        return text.startswith("<!DOCTYPE html>") and "</html>" in text
    if fmt == "markdown":
        return text.startswith("# ") and "\n|---|" in text
    if fmt == "mermaid":
        return text.startswith("journey\n")
    if fmt == "json":
        return isinstance(json.loads(text), dict)
    return text.startswith("╭─")


@pytest.mark.parametrize(("name", "fmt"), [
    ("mapa.html", "html"), ("mapa.htm", "html"), ("MAPA.HTML", "html"),
    ("mapa.md", "markdown"), ("mapa.markdown", "markdown"),
    ("mapa.mmd", "mermaid"), ("mapa.mermaid", "mermaid"),
    ("mapa.json", "json"),
])
def test_o_without_format_writes_the_format_its_extension_names(cafe: Path, name: str, fmt: str) -> None:
    code, out, err = render("journeys/kawiarnia-zamawia-ekspres.yaml", "-o", name)
    assert (code, out, err) == (0, "", "")
    text = (cafe / name).read_text(encoding="utf-8")
    assert "╭" not in text and "│" not in text  # no terminal box drawing
    assert _looks_like(fmt, text), text[:200]
    # The same bytes as the export asked for by name.
    _c, asked, _e = render("journeys/kawiarnia-zamawia-ekspres.yaml", "--format", fmt)
    assert text == asked


@pytest.mark.parametrize("name", ["mapa.txt", "mapa", "mapa.yaml.bak"])
def test_o_with_another_extension_keeps_the_terminal_view(cafe: Path, name: str) -> None:
    code, _out, err = render("journeys/kawiarnia-zamawia-ekspres.yaml", "--width", "80", "-o", name)
    assert (code, err) == (0, "")
    text = (cafe / name).read_text(encoding="utf-8")
    assert text.startswith("╭─ ścieżka ─") and "\x1b" not in text


def test_a_folder_written_to_a_markdown_file_is_the_markdown_overview(cafe: Path) -> None:
    code, _out, err = render(".", "-o", "przeglad.md")
    assert (code, err) == (0, "")
    text = (cafe / "przeglad.md").read_text(encoding="utf-8")
    assert text.startswith("# ") and "`personas/ola-kawiarnia.yaml`" in text


def test_a_persona_written_with_o_as_json(cafe: Path) -> None:
    code, _out, err = render("personas/priya-first-dog.yaml", "-o", "priya.json")
    assert (code, err) == (0, "")
    assert json.loads((cafe / "priya.json").read_text(encoding="utf-8"))["name"] == VET_PERSONA_NAME


def test_format_that_contradicts_the_extension_is_obeyed_with_a_note(cafe: Path) -> None:
    code, _out, err = render("journeys/kawiarnia-zamawia-ekspres.yaml", "--format", "json", "-o", "mapa.html")
    assert code == 0
    assert json.loads((cafe / "mapa.html").read_text(encoding="utf-8"))["id"] == "kawiarnia-zamawia-ekspres"
    assert err == ("cxkit: -o mapa.html: writing the JSON export, as --format json asks, though the extension "
                   ".html usually means HTML\n")
    code, _out, err = render("journeys/kawiarnia-zamawia-ekspres.yaml", "-f", "terminal", "-o", "mapa.md")
    assert code == 0 and (cafe / "mapa.md").read_text(encoding="utf-8").startswith("╭─")
    assert "writing the terminal view, as --format terminal asks" in err


def test_format_that_agrees_with_the_extension_says_nothing(cafe: Path) -> None:
    code, _out, err = render("journeys/kawiarnia-zamawia-ekspres.yaml", "-f", "markdown", "-o", "mapa.md")
    assert (code, err) == (0, "")


def test_layout_note_names_the_export_the_extension_chose(cafe: Path) -> None:
    code, _out, err = render("journeys/kawiarnia-zamawia-ekspres.yaml", "--layout", "stacked", "-o", "mapa.html")
    assert code == 0
    assert err == "cxkit: --layout stacked: applies to the terminal view; ignored for the HTML export\n"


def test_mermaid_extension_for_a_persona_is_the_usual_usage_error(cafe: Path) -> None:
    code, _out, err = render("personas/ola-kawiarnia.yaml", "-o", "ola.mmd")
    assert code == 2
    assert "mermaid draws journeys" in err
    assert not (cafe / "ola.mmd").exists()


def test_without_o_the_default_is_still_the_terminal_view(cafe: Path) -> None:
    code, out, err = render("journeys/kawiarnia-zamawia-ekspres.yaml", "--width", "80")
    assert (code, err) == (0, "")
    assert out.startswith("╭─ ścieżka ─")
    code, out, err = render("journeys/kawiarnia-zamawia-ekspres.yaml", "-o", "-")
    assert (code, err) == (0, "") and out.startswith("╭─")


# --- 4. TERM=dumb honours --width and COLUMNS -------------------------------------------------

def _render_on_a_terminal(cwd: Path, args: list[str], env: dict[str, str], *, size: int = 0) -> list[str]:
    return render_on_a_terminal(cwd, args, env, size=size)


# These tests ask for --layout auto: on a dumb terminal the default is the frameless stacked view
# (test_render_stacked_linear_s30.py), whose lines are as long as their text, not the page.
def _width(lines: list[str]) -> int:
    assert not any("\x1b" in line for line in lines)  # no colour on a dumb terminal, so len() is the width
    return max(len(line) for line in lines)


@pytest.mark.parametrize("term", ["dumb", "unknown"])
def test_a_dumb_terminal_takes_the_width_option(cafe: Path, term: str) -> None:
    lines = _render_on_a_terminal(cafe, ["personas/ola-kawiarnia.yaml", "--width", "60", "--layout", "auto"], {"TERM": term}, size=120)
    assert _width(lines) == 60
    assert lines[0].startswith("╭─ persona ─") and lines[0].endswith("╮")


def test_a_dumb_terminal_takes_columns(cafe: Path) -> None:
    lines = _render_on_a_terminal(cafe, ["journeys/kawiarnia-zamawia-ekspres.yaml", "--layout", "auto"], {"TERM": "dumb", "COLUMNS": "72"})
    assert _width(lines) == 72


def test_on_a_dumb_terminal_the_width_option_beats_columns(cafe: Path) -> None:
    lines = _render_on_a_terminal(cafe, ["personas/priya-first-dog.yaml", "--width", "60", "--layout", "auto"],
                                  {"TERM": "dumb", "COLUMNS": "120"})
    assert _width(lines) == 60


def test_a_dumb_terminal_with_columns_wider_than_80_gets_them(cafe: Path) -> None:
    lines = _render_on_a_terminal(cafe, ["personas/ola-kawiarnia.yaml", "--layout", "auto"], {"TERM": "dumb", "COLUMNS": "160"})
    assert _width(lines) == 160
    assert lines[0].startswith(f"╭─ {CAFE_PERSONA_NAME}  persona ─")  # the name fits the title at 160


def test_a_dumb_terminal_with_columns_0_gets_the_narrowest_page(cafe: Path) -> None:
    # The narrowest page is the stacked view's 20 columns since session 37 (a framed one needs 40).
    lines = _render_on_a_terminal(cafe, ["personas/ola-kawiarnia.yaml", "--layout", "auto"], {"TERM": "dumb", "COLUMNS": "0"})
    assert 15 < _width(lines) <= 20


def test_a_dumb_terminal_without_width_or_columns_keeps_80(cafe: Path) -> None:
    # A guard: what a dumb terminal got before, and still gets, when nothing says otherwise.
    lines = _render_on_a_terminal(cafe, ["personas/ola-kawiarnia.yaml", "--layout", "auto"], {"TERM": "dumb"}, size=120)
    assert _width(lines) == 80


def test_a_dumb_terminal_snapshot_at_60_columns_matches_a_pipe(cafe: Path) -> None:
    lines = _render_on_a_terminal(cafe, ["journeys/kawiarnia-zamawia-ekspres.yaml", "--width", "60", "--layout", "auto"],
                                  {"TERM": "dumb"})
    _code, piped, _err = render("journeys/kawiarnia-zamawia-ekspres.yaml", "--width", "60")
    assert "\n".join(lines) + "\n" == piped
    check_snapshot("fixes-long-journey-name-60", piped)


# --- 5. Markdown code spans keep backticks ----------------------------------------------------

ODD_NAMES = ["a`b.yaml", "a``b`c.yaml", "`notatki.yaml", "plan `B`.yaml", "dwa  odstępy.yaml"]


def _code_spans(markdown: str) -> list[str]:
    """What a CommonMark reader (with GFM tables) shows as inline code in ``markdown``."""
    markdown_it = pytest.importorskip("markdown_it")
    parser = markdown_it.MarkdownIt("commonmark").enable("table")
    spans = []
    for token in parser.parse(markdown):
        for child in token.children or []:
            if child.type == "code_inline":
                spans.append(child.content)
    return spans


@pytest.fixture
def odd_folder(cafe: Path) -> Path:
    """The cafe workspace with personas under file names that hold backticks and two spaces."""
    for i, name in enumerate(ODD_NAMES):
        (cafe / "personas" / name).write_text(
            f"kind: persona\nid: kopia-{i}\nname: Kopia {i}\nlang: pl\ngoals:\n  - Kupić młynek do 3 000 zł\n",
            encoding="utf-8")
    return cafe


def test_markdown_overview_shows_file_names_with_backticks_as_they_are(odd_folder: Path) -> None:
    code, out, err = render(".", "-f", "markdown")
    assert code == 0, err
    spans = _code_spans(out)
    for name in ODD_NAMES:
        assert f"personas/{name}" in spans, (name, [s for s in spans if "/" in s])
    assert "personas/a'b.yaml" not in out
    assert "``personas/a`b.yaml``" in out


def test_markdown_code_spans_round_trip() -> None:
    from cxkit.render.markdown import code

    for text in ["a`b", "``", "`x", "x`", "a ``` b", " a ", "ola-kawiarnia", "personas/a`b.yaml"]:
        assert _code_spans(code(text, in_table=False)) == [text], text


def test_markdown_overview_of_plain_names_is_unchanged(cafe: Path) -> None:
    # A guard (passes before too): names without backticks keep their one-backtick spans.
    code, out, err = render(".", "-f", "markdown")
    assert code == 0, err
    assert "| `personas/ola-kawiarnia.yaml` |" in out
    assert "`journeys/kawiarnia-zamawia-ekspres.yaml`" in out
    assert {"ola-kawiarnia", "kawiarnia-zamawia-ekspres", "wybor", "zamowienie"} <= set(_code_spans(out))


def test_the_markdown_document_written_for_a_backtick_file_names_it_exactly(odd_folder: Path) -> None:
    code, out, err = render("personas/a`b.yaml", "-f", "markdown")
    assert code == 0, err
    markdown_it = pytest.importorskip("markdown_it")
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(out)
    # A guard (passes before too): the <sub> line under the card is escaped text, read back as written.
    assert "personas/a`b.yaml" in html
