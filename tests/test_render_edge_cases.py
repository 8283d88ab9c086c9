"""`cxkit render` on awkward documents: wide characters, narrow widths, odd ids, empty folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

runner = CliRunner()


def render(*args: str, columns: int | None = None) -> tuple[int, str, str]:
    env = {"NO_COLOR": "1", "TERM": "dumb"}
    if columns is not None:
        env["COLUMNS"] = str(columns)
    result = runner.invoke(app, ["render", *args], env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    # A workspace of its own: a journey's persona is never looked up in other tests' folders.
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    return tmp_path


CJK_JOURNEY = """\
kind: journey
id: kaimono
name: 自転車を買う
lang: en
persona: hanako
stages:
  - id: shiru
    name: 情報を集める段階
    emotion: 1
    doing: Reads reviews on kakaku.com
  - id: kuraberu
    name: 店頭で比べる段階
    emotion: -1
    doing: Compares three models in the shop
  - id: shichaku
    name: 試乗してみる段階
    emotion: 2
    doing: Rides the cargo bike around the block
  - id: kau
    name: ローンで購入する段階
    emotion: -2
    doing: Fills in the loan form
  - id: uketoru
    name: 自宅で受け取る段階
    emotion: 0
    doing: Waits for the delivery window
"""


def test_stacked_legend_never_breaks_a_wide_character_stage_name(workspace: Path) -> None:
    # The legend packed items by characters, not terminal cells: "3 試乗してみる段階 +2" was
    # put on a line it did not fit and rich broke it in the middle.
    (workspace / "j.yaml").write_text(CJK_JOURNEY, encoding="utf-8")
    code, out, err = render("j.yaml", "--layout", "panels", columns=60)
    assert code == 0, err
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("│ 1 情報"))
    assert lines[start:start + 4] == [
        "│ 1 情報を集める段階 (+1)  2 店頭で比べる段階 (-1)         │",
        "│ 3 試乗してみる段階 (+2)  4 ローンで購入する段階 (-2)     │",
        "│ 5 自宅で受け取る段階 (0)                                 │",
        "╰──────────────────────────────────────────────────────────╯",
    ]


def test_narrow_overview_counts_a_journeys_sources(workspace: Path) -> None:
    # The docs promise sources, stages and opportunities for a journey; below 120 columns with
    # the counts folded into one column the sources were left out.
    (workspace / "j.yaml").write_text(
        "kind: journey\nid: zwrot\nname: Zwrot roweru\nlang: pl\npersona: ola\nreviewed: 2026-10-01\n"
        "sources:\n  - id: wywiady\n    type: interview\n  - id: ankieta\n    type: survey\n"
        "stages:\n  - id: zwrot\n    name: Zwrot\n    opportunities:\n      - action: Kurier odbiera rower z domu\n",
        encoding="utf-8",
    )
    code, out, err = render(".", "--width", "60")
    assert code == 0, err
    assert out.splitlines()[4:9] == [
        "│ Zwrot roweru               │ ścieżka        │ 2026-10-01 │",
        "│ zwrot                      │ źródła 2       │            │",
        "│ → ola                      │ etapy 1        │            │",
        "│ j.yaml                     │ usprawnienia 1 │            │",
        "╰────────────────────────────┴────────────────┴────────────╯",
    ]


@pytest.mark.parametrize("fmt", ["markdown", "html", "terminal"])
def test_an_empty_folder_names_the_folder_not_the_title(workspace: Path, fmt: str) -> None:
    # Markdown and HTML said "… found in Overview: szkice." — the heading, not the folder.
    (workspace / "szkice").mkdir()
    (workspace / "szkice" / "notatki.yaml").write_text("tytul: nie dokument\n", encoding="utf-8")
    code, out, err = render("szkice", "--format", fmt)
    assert code == 0, err
    assert "No personas, negative personas or journeys found in szkice (looked for" in out
    assert "found in Overview" not in out


def test_mermaid_treats_a_byte_order_mark_as_the_whitespace_mermaid_skips(workspace: Path) -> None:
    # Mermaid's lexer skips U+FEFF as whitespace (JavaScript's \s); cxkit kept it, so
    # "\ufeffJourney planner…" reached Mermaid as the keyword `journey` and a BOM-only
    # `doing` left a task with no name: both are parse errors.
    (workspace / "j.yaml").write_text(
        'kind: journey\nid: planer\nname: Trip planning\nlang: en\npersona: ola\nstages:\n'
        '  - id: plan\n    name: Plan\n    emotion: 1\n    doing: "\\uFEFFJourney planner open in a second tab"\n'
        '  - id: book\n    name: Book\n    emotion: 0\n    doing: "\\uFEFF"\n    touchpoints:\n      - channel: web\n'
        '        description: Booking form\n',
        encoding="utf-8",
    )
    (workspace / "ola.yaml").write_text("kind: persona\nid: ola\nname: Ola Nowak\n", encoding="utf-8")
    code, out, err = render("j.yaml", "--format", "mermaid")
    assert code == 0, err
    assert out == (
        "journey\n"
        "    title Trip planning\n"
        "    section Plan\n"
        "      #74;ourney planner open in a second tab: 4: Ola Nowak\n"  # whole: it fits the box (s40)
        "    section Book\n"
        "      web – Booking form: 3: Ola Nowak\n"
        "    accTitle: Trip planning\n"
        "    accDescr: Emotion curve: 1. Plan: +1 positive#59; 2. Book: 0 neutral\n"
    )


def test_a_stage_id_in_capitals_is_that_stage_and_a_near_miss_suggests_the_id(workspace: Path) -> None:
    # Stage ids are lower-case slugs: "--stage BOOK" is the stage `book` (it listed the ids, then
    # suggested one; stages are now also picked by name, in any case).
    (workspace / "j.yaml").write_text(
        "kind: journey\nid: wizyta\nname: First vet visit\nlang: en\npersona: priya\nstages:\n"
        "  - id: find-clinic\n    name: Find a clinic\n  - id: book\n    name: Book online\n",
        encoding="utf-8",
    )
    code, out, err = render("j.yaml", "--stage", "BOOK")
    assert code == 0 and "Book online" in out and "Find a clinic" not in out, err
    code, out, err = render("j.yaml", "--stage", "BOOKS")
    assert code == 2 and out == ""
    assert err == "cxkit: j.yaml: no stage 'BOOKS'; did you mean 'book'? its stages: find-clinic, book\n"


def test_overview_at_40_columns_keeps_the_document_column(workspace: Path) -> None:
    # At 40 columns "negative persona" and "never reviewed" (neither wraps) took every cell,
    # and the document column — name, id and file — shrank to nothing.
    (workspace / "persony").mkdir()
    (workspace / "persony" / "n.yaml").write_text(
        "kind: negative-persona\nid: lowca-okazji\nname: Łowca okazji\nlang: en\n"
        "reasons:\n  - Buys only in the Black Friday week\n",
        encoding="utf-8",
    )
    code, out, err = render("persony", columns=40)
    assert code == 0, err
    assert out.splitlines()[:10] == [
        "Overview: persony",
        "╭───────────────────┬──────────────────╮",
        "│                   │ Counts           │",
        "│ Document          │ Reviewed         │",
        "├───────────────────┼──────────────────┤",
        "│ Łowca okazji      │ negative persona │",
        "│ lowca-okazji      │ traits 1         │",
        "│ n.yaml            │ sources 0        │",
        "│                   │ never reviewed   │",
        "╰───────────────────┴──────────────────╯",
    ]


def test_an_id_too_long_for_the_border_is_shown_in_the_card_not_cut(workspace: Path) -> None:
    # Ids (up to 120 characters) were the panels' bottom-border subtitle, which rich cuts
    # without a mark: "╰─ joanna-mama-dwojga-dzieci-z-krakowa-ktora-jezdzi-rowe─╯".
    (workspace / "p.yaml").write_text(
        "kind: persona\nid: joanna-mama-dwojga-dzieci-z-krakowa-ktora-jezdzi-rowerem-cargo-codziennie\n"
        "name: Joanna\nlang: pl\ngoals:\n  - Wozić dwoje dzieci do przedszkola rowerem\n",
        encoding="utf-8",
    )
    code, out, err = render("p.yaml", columns=60)
    assert code == 0, err
    # Broken at its joints, as the overview breaks ids: never mid-word, never before a "-".
    assert out.splitlines()[-3:] == [
        "│ Ostatni przegląd: brak · p.yaml · joanna-mama-dwojga-    │",
        "│ dzieci-z-krakowa-ktora-jezdzi-rowerem-cargo-codziennie   │",
        "╰──────────────────────────────────────────────────────────╯",
    ]


def test_long_journey_and_stage_ids_are_shown_in_full_at_40_columns(workspace: Path) -> None:
    (workspace / "j.yaml").write_text(
        "kind: journey\nid: zakup-roweru-cargo-dla-rodziny-z-dwojgiem-dzieci\nname: Zakup\nlang: pl\n"
        "persona: joanna\nstages:\n  - id: jazda-probna-z-dziecmi-w-skrzyni-po-trasie-do-przedszkola\n"
        "    name: Jazda próbna\n    emotion: 2\n",
        encoding="utf-8",
    )
    code, out, err = render("j.yaml", "--layout", "panels", columns=40)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:6] == [
        "╭─ Zakup  ścieżka ─────────────────────╮",
        "│ Persona: joanna                      │",
        "│ Etapy: 1 · Ostatni przegląd: brak ·  │",
        "│ j.yaml · zakup-roweru-cargo-dla-     │",
        "│ rodziny-z-dwojgiem-dzieci            │",
        "╰──────────────────────────────────────╯",
    ]
    assert lines[-6:] == [
        "╭─ 1/1 · Jazda próbna ─────────────────╮",
        "│ Emocje  ● +2 bardzo dobrze           │",  # the panels keep the "●"; --layout stacked drops it
        "│ Etap    jazda-probna-z-dziecmi-w-    │",
        "│         skrzyni-po-trasie-do-        │",
        "│         przedszkola                  │",
        "╰──────────────────────────────────────╯",
    ]


def _chart_levels(out: str) -> dict[int, int]:
    """Stage number → level, read from every emotion chart in a stacked render."""
    lines = out.splitlines()
    found: dict[int, int] = {}
    for top, line in enumerate(lines):
        if not line.startswith("│  +2 │"):
            continue
        rows = lines[top:top + 5]
        for row, mark in zip(rows, ("+2 │", "+1 │", " 0 ┼", "-1 │", "-2 │")):
            assert mark in row, f"the chart's rows are torn apart: {rows}"
        axis = lines[top + 5]
        numbers = {}
        for pos, char in enumerate(axis):
            if char.isdigit() and (pos + 1 == len(axis) or not axis[pos + 1].isdigit()):
                start = pos
                while axis[start - 1].isdigit():
                    start -= 1
                numbers[(start + pos) // 2] = int(axis[start:pos + 1])
        for level, row in zip((2, 1, 0, -1, -2), rows):
            for pos, char in enumerate(row):
                if char == "●":
                    found[numbers[pos]] = level
    return found


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_thirty_stages_curve_goes_on_below_instead_of_wrapping(workspace: Path, columns: int) -> None:
    """30 stages do not fit one chart line at 40-80 columns: the chart continues in a second
    (and third) chart, each stage's dot on its level, instead of lines the terminal wraps."""
    levels = [(i * 7) % 5 - 2 for i in range(30)]
    stages = "".join(f"  - id: etap-{i + 1}\n    name: Etap {i + 1}\n    emotion: {level}\n" for i, level in enumerate(levels))
    (workspace / "j.yaml").write_text(f"kind: journey\nid: dluga\nname: Długa droga\nlang: pl\npersona: ola\nstages:\n{stages}",
                                      encoding="utf-8")
    code, out, err = render("j.yaml", columns=columns)
    assert code == 0, err
    assert all(len(line) <= columns for line in out.splitlines())
    assert _chart_levels(out) == {i + 1: level for i, level in enumerate(levels)}


@pytest.mark.parametrize("columns", [0, 1, 12, 39])
def test_a_terminal_narrower_than_40_columns_gets_the_stacked_view(workspace: Path, columns: int) -> None:
    """COLUMNS=0 printed nothing at all (exit 0), COLUMNS=1 a character a line.  The page was then 40 wide,
    framed, which a narrower terminal wraps again, breaking every frame line in two; since session 37 it is
    the stacked view (plain lines), as wide as the terminal and 20 columns at least."""
    (workspace / "p.yaml").write_text("kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\ngoals:\n  - Dojechać do pracy\n",
                                      encoding="utf-8")
    code, out, err = render("p.yaml", columns=columns)
    assert code == 0, err
    lines = out.splitlines()
    assert lines and max(len(line) for line in lines) <= max(columns, 20)
    assert not any(mark in out for mark in "╭│╰")
    assert "Ola Nowak" in lines[0] and any("Dojechać do pracy" in line for line in lines)


def test_line_separators_in_a_persona_name_or_an_owner_never_reach_the_terminal(workspace: Path) -> None:
    """A name or owner pasted from a word processor (U+2028, U+2029, NEL, a tab): the journey's
    header, the persona card's footer and the folder overview print it on one line."""
    (workspace / "personas").mkdir()
    (workspace / "journeys").mkdir()
    (workspace / "personas" / "ola.yaml").write_text(
        'kind: persona\nid: ola\nname: "Ola\\tNowak\\u2028z\\u2029Krakowa\\u0085"\nlang: pl\n'
        'owner: "Zespół\\u2028CX"\ngoals:\n  - Dojechać\n', encoding="utf-8")
    (workspace / "journeys" / "j.yaml").write_text(
        'kind: journey\nid: j\nname: Droga\nlang: pl\npersona: ola\nowner: "Zespół\\u2029CX"\n'
        'stages:\n  - id: a\n    name: A\n    doing: Jedzie\n', encoding="utf-8")
    for args in (["journeys/j.yaml"], ["personas/ola.yaml"], ["."]):
        for columns in (60, 130):
            code, out, err = render(*args, columns=columns)
            assert code == 0, err
            assert not any(ch in out for ch in "\u2028\u2029\u0085\t"), (args, columns)
            assert all(len(line) <= columns for line in out.splitlines())
    _code, out, _err = render("journeys/j.yaml", columns=100)
    assert "Ola Nowak z Krakowa (ola)" in out and "Zespół CX" in out


def test_the_name_of_the_folder_rendered_as_dot_is_shown_with_its_escapes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cxkit render .` titles the terminal overview with the folder's name: an ANSI escape in that
    name must be shown as text, not obeyed by the terminal. An export is titled without it (the
    name differs between checkouts), so nothing of it is written there."""
    folder = tmp_path / "mapy\x1b[2J\x1b]0;tytuł\x07\u2028"
    folder.mkdir()
    (folder / "cxkit.toml").write_text("", encoding="utf-8")
    (folder / "p.yaml").write_text("kind: persona\nid: ola\nname: Ola\nlang: pl\ngoals:\n  - Jechać\n", encoding="utf-8")
    monkeypatch.chdir(folder)
    for fmt in ("terminal", "markdown", "html"):
        code, out, err = render(".", "--format", fmt, columns=100)
        assert code == 0, err
        assert not any(ch in out for ch in "\x1b\x07\u2028"), fmt
        if fmt == "terminal":
            assert "mapy\\x1b" in out.replace("\\\\", "\\"), fmt
        else:
            assert "mapy" not in out and "Zestawienie" in out, fmt


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_a_blank_touchpoint_part_leaves_no_dangling_colon(workspace: Path, fmt: str) -> None:
    (workspace / "j.yaml").write_text(
        "kind: journey\nid: j\nname: J\npersona: p\nstages:\n  - id: a\n    name: A\n    touchpoints:\n"
        '      - {channel: forum, description: " "}\n      - {channel: " ", description: Czat na stronie}\n',
        encoding="utf-8",
    )
    args = ["j.yaml"] if fmt == "terminal" else ["j.yaml", "--format", fmt]
    code, out, _err = render(*args, columns=100)
    assert code == 0
    assert "forum" in out and "Czat na stronie" in out
    assert "forum:" not in out and ": Czat" not in out
