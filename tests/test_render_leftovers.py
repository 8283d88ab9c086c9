"""`cxkit render`: four leftovers, each pinned by tests that fail before its fix.

1. a long stage name is shown whole in the stacked layout's panels, never cut in the title;
2. the HTML export keeps the line breaks of a stage's name, as it does a cell's (and Markdown does);
3. a negative ``COLUMNS`` gets the narrowest page, as ``COLUMNS=0`` does, not 80 columns;
4. a Markdown code span escapes ``|`` inside a table only, where GFM needs it.

Tests marked as guards pass before the fix too. The snapshot lives in tests/snapshots/render/
(``leftovers-…``); after an intended change, regenerate it with

    CXKIT_UPDATE_SNAPSHOTS=1 /tmp/venv/bin/pytest tests/test_render_leftovers.py

and read the diff before committing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from snapshot_helpers import check_snapshot
from terminal_helpers import render_on_a_terminal


runner = CliRunner()

LONG_STAGE = "Porównanie trzech ekspresów dwugrupowych na stronie dystrybutora i w PDF-ach przedstawiciela"

JOURNEY = f"""\
kind: journey
id: ekspres
name: Zakup ekspresu
lang: pl
persona: ola
stages:
  - id: wybor
    name: {LONG_STAGE}
    doing: Porównuje ceny i moc grzałek
    emotion: -1
  - id: zamowienie
    name: "Zamówienie\\nz dostawą"
    doing: Płaci BLIK-iem
    emotion: 1
  - id: odbior
    name: |
      Odbiór
      i montaż
    doing: Podpisuje protokół
"""


def render(*args: str, columns: str | None = None) -> tuple[int, str, str]:
    env: dict[str, str | None] = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": columns}
    result = runner.invoke(app, ["render", *args], env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "j.yaml").write_text(JOURNEY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _panels(out: str) -> list[list[str]]:
    """The stacked layout's frames, each as its lines (top border first)."""
    panels, current = [], None
    for line in out.splitlines():
        if line.startswith("╭"):
            current = [line]
        elif current is not None:
            current.append(line)
            if line.startswith("╰"):
                panels.append(current)
                current = None
    return panels


def _stage_panel(out: str, place: str) -> list[str]:
    (panel,) = [p for p in _panels(out) if p[0].startswith(f"╭─ {place} ")]
    return panel


def _inside(panel: list[str]) -> str:
    """The text inside a frame, its lines joined by spaces (a wrapped name reads as one)."""
    return " ".join(" ".join(line[1:-1].split()) for line in panel[1:-1])


# --- 1. a long stage name is shown whole in a stacked panel ---------------------------------------

@pytest.mark.parametrize("width", [40, 60, 80])
def test_a_long_stage_name_opens_its_panel_whole(workspace: Path, width: int) -> None:
    """The title was `1/3 · Porównanie trzech ekspresów dwugrupowych na stro…`: the rest was lost."""
    code, out, err = render("j.yaml", "--width", str(width), "--layout", "panels")
    assert code == 0, err
    assert all(len(line) == width for line in out.splitlines())
    panel = _stage_panel(out, "1/3")
    assert "…" not in panel[0]
    assert re.fullmatch(r"╭─ 1/3 ─+╮", panel[0]), panel[0]  # the place alone, like a card's kind
    assert _inside(panel).startswith(LONG_STAGE + " Działania Porównuje")  # the name first, whole
    assert panel[-1].endswith(" wybor ─╯")


def test_a_short_stage_name_stays_in_the_title(workspace: Path) -> None:
    # A guard (passes before too): names that fit keep the `2/3 · name` title, and no extra line.
    code, out, err = render("j.yaml", "--width", "40", "--layout", "panels")
    assert code == 0, err
    panel = _stage_panel(out, "2/3")
    assert panel[0].startswith("╭─ 2/3 · Zamówienie z dostawą ─")
    assert _inside(panel).startswith("Działania Płaci")


@pytest.mark.parametrize("name, fits", [("情報を集める段階とお店で比べ", True), ("情報を集める段階とお店で比べx", False)])
def test_a_stage_name_moves_into_the_panel_exactly_when_the_title_would_cut_it(
        workspace: Path, name: str, fits: bool) -> None:
    """Counted in cells: a kanji takes two columns, so 14 of them (28 cells) fill the title at 40
    beside `1/1 · `, and one more cell would be cut."""
    (workspace / "k.yaml").write_text(
        f"kind: journey\nid: k\nname: K\nlang: en\npersona: p\nstages:\n  - id: s\n    name: {name}\n"
        "    doing: Reads reviews\n    emotion: 1\n", encoding="utf-8")
    code, out, err = render("k.yaml", "--width", "40", "--layout", "panels")
    assert code == 0, err
    (panel,) = [p for p in _panels(out) if p[0].startswith("╭─ 1/1 ")]
    if fits:  # exactly: `╭─ 1/1 · NAME ─╮` fills the border, no cell to spare
        assert panel[0] == f"╭─ 1/1 · {name} ─╮"
    else:
        assert re.fullmatch(r"╭─ 1/1 ─+╮", panel[0]), panel[0]
        assert _inside(panel).replace(" ", "").startswith(name)


def test_snapshot_of_a_long_stage_name_at_40_columns(workspace: Path) -> None:
    code, out, err = render("j.yaml", "--width", "40")
    assert code == 0, err
    check_snapshot("leftovers-long-stage-name-40", out)


# --- 2. line breaks in a stage's name -------------------------------------------------------------

def _stage_headers(html: str) -> list[str]:
    # The number is a link to the stage's anchor (tester 7, F7): the header read without that link.
    return [re.sub(r'<a class="stage-link" [^>]*>([^<]*)</a>', r"\1", head)
            for head in re.findall(r'<th scope="col" id="[^"]*">(.*?)<span class="id"[^>]*>', html)]


def test_html_keeps_the_line_breaks_of_a_stage_name(workspace: Path) -> None:
    """`"Zamówienie\\nz dostawą"` and a `|` block read as `Zamówienie z dostawą` before: a space."""
    code, out, err = render("j.yaml", "-f", "html")
    assert code == 0, err
    headers = _stage_headers(out)
    assert headers[1] == "2. Zamówienie<br>z dostawą"
    assert headers[2] == "3. Odbiór<br>i montaż"  # the `|` block's last line break is no empty line


def test_html_escapes_each_line_of_a_stage_name(workspace: Path) -> None:
    (workspace / "j.yaml").write_text(JOURNEY.replace('"Zamówienie\\nz dostawą"', '"<b>Zamówienie</b>\\n& dostawa"'),
                                      encoding="utf-8")
    code, out, err = render("j.yaml", "-f", "html")
    assert code == 0, err
    assert _stage_headers(out)[1] == "2. &lt;b&gt;Zamówienie&lt;/b&gt;<br>&amp; dostawa"


def test_the_curve_labels_a_stage_with_line_breaks_on_one_line(workspace: Path) -> None:
    # SVG text has no <br>: the label is the name on one line (a browser showed the raw break as a
    # space already), so a `|` block's last break no longer counts towards its 22 characters.
    code, out, err = render("j.yaml", "-f", "html")
    assert code == 0, err
    # Since session 31 a name is wrapped onto lines (<tspan>s) under its point, or listed under the
    # curve by its number when a name is too long for three lines; never cut.
    texts = re.findall(r"<text [^>]*>((?:<tspan[^>]*>[^<]*</tspan>)+)", out)
    shown = [" ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", text)) for text in texts]
    assert any(line.startswith("2. Zamówienie z dostawą") for line in shown), shown


def test_markdown_keeps_the_line_breaks_of_a_stage_name_in_one_header_cell(workspace: Path) -> None:
    # A guard (passes before too): what the HTML export now does.
    code, out, err = render("j.yaml", "-f", "markdown")
    assert code == 0, err
    header = next(line for line in out.splitlines() if line.startswith("| Etap | 1. "))
    assert "| 2. Zamówienie<br>z dostawą<br><sub>`zamowienie`</sub> |" in header
    assert "| 3. Odbiór<br>i montaż<br><sub>`odbior`</sub> |" in header
    assert header.count(" | ") == 3  # four cells: the labels' and three stages'


# --- 3. COLUMNS and --width out of range or not a number ------------------------------------------

def _width(out: str) -> int:
    return max(len(line) for line in out.splitlines())


@pytest.mark.parametrize("columns", ["-5", "-1", "-0", "-100000"])
def test_a_negative_columns_gets_the_narrowest_page(workspace: Path, columns: str) -> None:
    """`COLUMNS=-5` was laid out for 80 columns, while `COLUMNS=0` and `COLUMNS=3` get the narrowest page:
    the stacked view at 20 columns since session 37 (a framed view, 40 wide, before)."""
    code, out, err = render("j.yaml", columns=columns)
    assert code == 0, err
    assert 15 < _width(out) <= 20


@pytest.mark.parametrize("columns", ["40", "72", "+72", " 72 ", "1000", "50000"])
def test_a_whole_columns_is_kept_within_40_to_1000(workspace: Path, columns: str) -> None:
    code, out, err = render("j.yaml", columns=columns)
    assert code == 0, err
    assert _width(out) == min(max(int(columns), 40), 1000)


@pytest.mark.parametrize("columns", ["0", "3", "30", "39"])
def test_a_whole_columns_under_40_gets_the_stacked_view_at_20_or_more(workspace: Path, columns: str) -> None:
    """Session 37: under 40 columns no frame (it would be wrapped again); plain lines, 20 columns at least."""
    code, out, err = render("j.yaml", columns=columns)
    assert code == 0, err
    assert max(int(columns), 20) - 5 < _width(out) <= max(int(columns), 20)
    assert "╭" not in out


@pytest.mark.parametrize("columns", ["", "abc", "80px", "1e3", "7.5", "--5", None])
def test_a_columns_that_is_not_a_whole_number_is_ignored(workspace: Path, columns: str | None) -> None:
    # A guard (passes before too): off a terminal that leaves 80 columns.
    code, out, err = render("j.yaml", columns=columns)
    assert code == 0, err
    assert _width(out) == 80


# --width 20 to 39 is the stacked view since session 37 (test_render_narrow_s37.py).
@pytest.mark.parametrize("value, message", [("-5", "must be 20 or more"), ("0", "must be 20 or more"),
                                            ("19", "must be 20 or more"), ("1001", "1000"),
                                            ("abc", "expected a whole number")])
def test_a_width_option_out_of_range_or_not_a_number_is_a_usage_error(workspace: Path, value: str,
                                                                       message: str) -> None:
    # A guard (passes before too): --width is yours to fix, so it is checked, not clamped.
    code, out, err = render("j.yaml", "--width", value, columns="100")
    assert code == 2 and out == ""
    assert "--width" in err and message in err and "Traceback" not in err


def test_the_width_option_beats_a_negative_columns(workspace: Path) -> None:
    code, out, err = render("j.yaml", "--width", "60", columns="-5")
    assert code == 0, err
    assert _width(out) == 60


def _render_on_a_terminal(cwd: Path, args: list[str], env: dict[str, str], size: int) -> list[str]:
    """Run cxkit with a ``size``-column terminal as stdout; its lines, without the bold and dim NO_COLOR keeps."""
    lines = render_on_a_terminal(cwd, args, {"NO_COLOR": "1", "TERM": "xterm", **env}, size=size)
    return [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in lines]


def test_on_a_terminal_a_negative_columns_gets_the_narrowest_page(workspace: Path) -> None:
    """On a 120-column terminal `COLUMNS=-5` was skipped and the page was 120 wide (the narrowest: the
    stacked view's 20 columns since session 37)."""
    lines = _render_on_a_terminal(workspace, ["j.yaml"], {"COLUMNS": "-5"}, size=120)
    assert 15 < max(len(line) for line in lines) <= 20


def test_on_a_terminal_a_columns_that_is_not_a_number_leaves_the_terminal_width(workspace: Path) -> None:
    # A guard (passes before too): `COLUMNS=abc` says nothing, the terminal's 120 columns count.
    lines = _render_on_a_terminal(workspace, ["j.yaml"], {"COLUMNS": "abc"}, size=120)
    assert max(len(line) for line in lines) == 120


def test_the_docs_say_what_a_negative_columns_gets() -> None:
    docs = (Path(__file__).parent.parent / "docs" / "render.md").read_text(encoding="utf-8")
    paragraph = next(p for p in docs.split("\n\n") if "`COLUMNS=-5`" in p)
    assert "narrower one for 20" in " ".join(paragraph.split())
    assert "is ignored, as if it were not set" in " ".join(paragraph.split())


# --- 4. `|` in a Markdown code span ---------------------------------------------------------------

def _code_spans(markdown: str) -> list[str]:
    """What a CommonMark reader (with GFM tables) shows as inline code in ``markdown``."""
    markdown_it = pytest.importorskip("markdown_it")
    parser = markdown_it.MarkdownIt("commonmark").enable("table")
    return [child.content for token in parser.parse(markdown) for child in token.children or []
            if child.type == "code_inline"]


@pytest.mark.parametrize("text", ["a|b", "|", "personas/x|y.yaml", "a`|`b", "a || b"])
def test_a_code_span_outside_a_table_shows_a_pipe_without_a_backslash(text: str) -> None:
    """Outside a table a code span shows `\\|` as written: `a\\|b` where the text is `a|b`."""
    from cxkit.render.markdown import code

    span = code(text, in_table=False)
    assert "\\" not in span
    assert _code_spans(f"Plik: {span} · dalej") == [text]


@pytest.mark.parametrize("text", ["a|b", "|", "personas/x|y.yaml", "a`|`b", "a || b"])
def test_a_code_span_in_a_table_cell_escapes_the_pipe_and_reads_back_whole(text: str) -> None:
    # What the fix keeps (the old one-argument code() did the same): in a table an unescaped `|`
    # would end the cell.
    from cxkit.render.markdown import code, table

    markdown = table(["Plik", "Uwagi"], [[code(text, in_table=True), "tak"]])
    assert _code_spans(markdown) == [text]
    rows = [line for line in markdown.splitlines()]
    assert len(re.findall(r"(?<!\\)\|", rows[2])) == 3  # two cells: three unescaped pipes


def test_the_markdown_overview_of_a_file_name_with_a_pipe_keeps_its_columns(workspace: Path) -> None:
    # A guard (passes before too): the file name sits in a table, where the escape is needed.
    (workspace / "a|b.yaml").write_text("kind: persona\nid: ola\nname: Ola\nlang: pl\ngoals:\n  - Kawa\n",
                                        encoding="utf-8")
    code, out, err = render(".", "-f", "markdown")
    assert code == 0, err
    row = next(line for line in out.splitlines() if "a\\|b.yaml" in line)
    assert len(re.findall(r"(?<!\\)\|", row)) == 9  # eight cells
    assert "a|b.yaml" in _code_spans(out)
