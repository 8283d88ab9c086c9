"""`cxkit render` in the terminal: snapshots at 60, 100 and 160 columns, layout choice, colour rules.

Snapshots live in tests/snapshots/render/.  After an intended change, regenerate them with

    CXKIT_UPDATE_SNAPSHOTS=1 /tmp/venv/bin/pytest tests/test_render_terminal.py

and read the diff before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from snapshot_helpers import check_snapshot
from terminal_helpers import cxkit_on_a_terminal

FIXTURES = Path(__file__).parent / "fixtures" / "render"
JOURNEY_PL = "pl/journeys/zakup-roweru-cargo.yaml"
JOURNEY_EN = "en/journeys/first-vet-visit.yaml"
PERSONA_PL = "pl/personas/joanna-rower-cargo.yaml"
NEGATIVE_PL = "pl/personas/lowca-najtanszego-e-roweru.yaml"

runner = CliRunner()


@pytest.fixture(autouse=True)
def _in_fixture_workspace(monkeypatch: pytest.MonkeyPatch) -> None:
    # Paths in the output are relative to the workspace, as a user would type them.
    monkeypatch.chdir(FIXTURES)


def render(*args: str, columns: int | None = None, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    environment = {"NO_COLOR": "1", "TERM": "dumb"}
    if columns is not None:
        environment["COLUMNS"] = str(columns)
    environment.update(env or {})
    result = runner.invoke(app, ["render", *args], env=environment)
    return result.exit_code, result.stdout, result.stderr


CASES = {
    "persona-pl": [PERSONA_PL],
    "negative-persona-pl": [NEGATIVE_PL],
    "journey-pl-7-stages": [JOURNEY_PL],
    "journey-en-4-stages": [JOURNEY_EN],
    "directory": ["."],
}


@pytest.mark.parametrize("width", [60, 100, 160])
@pytest.mark.parametrize("case", sorted(CASES))
def test_snapshot_at_terminal_width(case: str, width: int) -> None:
    code, out, err = render(*CASES[case], columns=width)
    assert code == 0, err
    assert err == ""
    assert max(len(line) for line in out.splitlines()) <= width
    check_snapshot(f"{case}-{width}", out)


@pytest.mark.parametrize("width", [60, 160])
def test_snapshot_persona_against_negative_persona(width: int) -> None:
    code, out, err = render(PERSONA_PL, "--against", NEGATIVE_PL, "--width", str(width))
    assert code == 0, err
    check_snapshot(f"against-{width}", out)


def test_width_option_overrides_the_terminal_width() -> None:
    _code, out, _err = render(PERSONA_PL, "--width", "72", columns=160)
    assert max(len(line) for line in out.splitlines()) == 72


def test_no_line_exceeds_the_width_between_60_and_200_columns() -> None:
    for width in (60, 73, 88, 99, 120, 145, 200):
        for doc in (JOURNEY_PL, JOURNEY_EN, PERSONA_PL, "."):
            code, out, err = render(doc, "--width", str(width))
            assert code == 0, err
            assert max(len(line) for line in out.splitlines()) <= width, (doc, width)


def test_overview_keeps_ids_and_paths_whole_at_80_columns() -> None:
    # 80 is what a pipe gets: the counts fold into one column rather than squeezing the names.
    from cxkit.config import load_config
    from cxkit.render.load import load_path

    loaded, _is_dir = load_path(".", load_config(None))
    for width in (80, 88):
        code, out, err = render(".", "--width", str(width))
        assert code == 0, err
        cells = [part.strip() for line in out.splitlines() for part in line.split("│")]
        for doc in loaded.documents:
            assert doc.model.id in cells, (width, doc.model.id)
            assert doc.path in cells, (width, doc.path)


def test_a_long_name_leaves_the_title_to_the_kind_and_opens_the_card_whole(tmp_path: Path) -> None:
    name = "Grzegorzewska-Brzęczyszczykiewiczówna Katarzyna Małgorzata z Chrząszczyżewoszyc"
    persona = tmp_path / "kasia.yaml"
    persona.write_text(f"kind: negative-persona\nid: kasia\nname: {name}\nreasons:\n  - Drukuje zdjęcia w kiosku\n",
                       encoding="utf-8")
    journey = tmp_path / "droga.yaml"
    journey.write_text(f"kind: journey\nid: droga\nname: {name}\npersona: kasia\nstages:\n  - id: a\n    name: A\n",
                       encoding="utf-8")
    for path, label in ((persona, "persona negatywna"), (journey, "ścieżka")):
        code, out, err = render(str(path), "--width", "60")
        assert code == 0, err
        title, first, second = out.splitlines()[:3]
        assert len(title) == 60
        assert title.startswith(("┏━ " + label + " ━", "╭─ " + label + " ─")), title
        assert "…" not in out
        # The name, whole, in the card's first lines (wrapped at a space).
        assert " ".join(line[2:-1].strip() for line in (first, second)) == name


def test_seven_stages_are_stacked_at_100_columns_and_side_by_side_at_160() -> None:
    _c, narrow, _e = render(JOURNEY_PL, "--width", "100")
    _c, wide, _e = render(JOURNEY_PL, "--width", "160")
    assert "1/7 · Świadomość" in narrow and "7/7 · Pierwszy przegląd" in narrow
    assert "Krzywa emocji" in narrow
    assert "1/7 ·" not in wide
    header = next(line for line in wide.splitlines() if "1. Świadomość" in line)
    assert "2. Rozważanie" in header and "3. Jazda próbna" in header


def test_four_stages_fit_side_by_side_at_100_columns() -> None:
    _c, out, _e = render(JOURNEY_EN, "--width", "100")
    header = next(line for line in out.splitlines() if "1. Find a clinic" in line)
    assert "4. Follow-up" in header


def test_layout_option_forces_table_or_stacked() -> None:
    # 70 columns: four stage columns of 10, the least that keeps a due date (2026-11-30) whole.
    _c, table, _e = render(JOURNEY_EN, "--width", "70", "--layout", "table")
    _c, panels, _e = render(JOURNEY_EN, "--width", "160", "--layout", "panels")
    _c, stacked, _e = render(JOURNEY_EN, "--width", "160", "--layout", "stacked")
    assert "1/4 ·" not in table
    assert any(line.startswith("│ Goal") and line.count("│") == 6 for line in table.splitlines())
    assert "1/4 · Find a clinic" in panels and "4/4 · Follow-up" in panels
    # stacked: the one-column view without frames (test_render_stacked_linear_s30.py)
    assert "Stage 1 of 4: Find a clinic" in stacked and "│" not in stacked


def test_forced_table_that_cannot_fit_40_columns_is_stacked_with_a_note_on_stderr() -> None:
    """Seven stages (or four) at 40 columns: a table would cut every column after the first off."""
    for journey, names in ((JOURNEY_PL, ["1/7 · Świadomość", "4/7 · Finansowanie", "7/7 · Pierwszy przegląd"]),
                           (JOURNEY_EN, ["1/4 · Find a clinic", "4/4 · Follow-up"])):
        code, out, err = render(journey, "--layout", "table", columns=40)
        assert code == 0, err
        for name in names:
            assert name in out
        assert all(len(line) <= 40 for line in out.splitlines())
        assert err.startswith("cxkit: --layout table: ") and "do not fit side by side in 40 columns" in err
        needed = int(err.split("--width ")[1].split()[0])
        # The width the note asks for does show the table, whole.
        code, wide, err = render(journey, "--layout", "table", "--width", str(needed))
        assert code == 0 and err == ""
        assert "/7 ·" not in wide and "/4 ·" not in wide
        assert all(len(line) == needed for line in wide.splitlines() if line.startswith(("│", "├", "╭", "╰")))


def test_forced_table_note_never_asks_for_a_width_cxkit_refuses(tmp_path: Path) -> None:
    """120 stages need a table wider than --width accepts (1000): the note asks for fewer stages."""
    stages = "".join(f"  - id: e{i}\n    name: Etap {i}\n    doing: Robi {i}\n" for i in range(120))
    journey = tmp_path / "dluga.yaml"
    journey.write_text(f"kind: journey\nid: dluga\nname: Długa\nlang: pl\npersona: ola\nstages:\n{stages}", encoding="utf-8")
    code, out, err = render(str(journey), "--layout", "table", "--width", "1000")
    assert code == 0 and "120/120 · Etap 119" in out
    assert "--width" not in err.split("(the table needs")[1]
    assert "wider than cxkit renders (1000); pick fewer stages with --stage" in err


@pytest.mark.parametrize("columns", [130, 160])
def test_forced_table_at_a_normal_width_is_a_table_without_a_note(columns: int) -> None:
    """Session 40: at 130 columns seven stages cannot all keep their widest words ("przeciwdeszczową"
    is 16 cells): the table is still shown, and a word it folds is said once on stderr (before, it
    was cut without a word); from 144 columns (the note says so) every word is whole, with no note."""
    code, out, err = render(JOURNEY_PL, "--layout", "table", columns=columns)
    if columns == 130:
        assert err.count("\n") == 1 and "words wider than their column are folded" in err and "--width 144" in err
        code, out, err = render(JOURNEY_PL, "--layout", "table", columns=144)
        columns = 144
    assert code == 0 and err == ""
    header = next(line for line in out.splitlines() if "1." in line and line.startswith("│"))
    assert header.count("│") == 9  # the labels and seven stages, nothing cut off
    assert "1/7 ·" not in out
    assert all(len(line) == columns for line in out.splitlines() if line.startswith(("│", "├", "╭", "╰")))


def test_automatic_layout_says_nothing_when_it_stacks() -> None:
    code, out, err = render(JOURNEY_PL, columns=40)
    assert code == 0 and err == "" and "7/7 · Pierwszy przegląd" in out


@pytest.mark.parametrize("layout", ["table", "panels", "stacked"])
@pytest.mark.parametrize("args,ignored_for", [
    ([PERSONA_PL], "a persona"),
    ([NEGATIVE_PL], "a negative persona"),
    ([PERSONA_PL, "--against", NEGATIVE_PL], "a persona beside its negative persona (--against)"),
    (["pl"], "a folder overview"),
    (["."], "a folder overview"),
    ([JOURNEY_PL, "--format", "markdown"], "the Markdown export"),
    ([JOURNEY_EN, "--format", "html"], "the HTML export"),
    ([JOURNEY_PL, "--format", "mermaid"], "the Mermaid export"),
    ([JOURNEY_EN, "--format", "json"], "the JSON export"),
    (["pl", "--format", "html"], "the HTML export"),
    ([PERSONA_PL, "--format", "markdown"], "the Markdown export"),
])
def test_layout_that_cannot_apply_is_named_in_a_note_and_changes_nothing(args: list[str], ignored_for: str,
                                                                         layout: str) -> None:
    """--layout table arranges a journey's stages in the terminal view, --layout stacked every terminal
    view (one column: tester9 A2, see test_render_a11y_s23.py); elsewhere it is ignored, and said so."""
    # COLUMNS, not --width: an export says that it ignores --width too (test_render_session18_width.py).
    code, plain, err = render(*args, columns=100)
    assert code == 0 and err == ""
    code, out, err = render(*args, "--layout", layout, columns=100)
    assert code == 0
    export = ignored_for.endswith("export")
    if layout == "stacked" and not export:  # the one-column view: it applies, without a note
        assert err == "" and out != plain
        return
    assert out == plain
    applies = "the terminal view" if layout == "stacked" else "journeys in the terminal view"
    assert err == f"cxkit: --layout {layout}: applies to {applies}; ignored for {ignored_for}\n"


def test_layout_note_also_for_an_export_written_with_o(tmp_path: Path) -> None:
    code, _out, err = render(JOURNEY_PL, "--format", "html", "-o", str(tmp_path / "plain.html"))
    assert code == 0 and err == ""
    code, out, err = render(JOURNEY_PL, "--format", "html", "--layout", "stacked", "-o", str(tmp_path / "mapa.html"))
    assert code == 0 and out == ""
    assert err == "cxkit: --layout stacked: applies to the terminal view; ignored for the HTML export\n"
    assert (tmp_path / "mapa.html").read_bytes() == (tmp_path / "plain.html").read_bytes()


def test_layout_applies_to_a_terminal_journey_written_with_o_without_a_note(tmp_path: Path) -> None:
    """-o with the terminal format writes the terminal view: there --layout does apply."""
    code, out, err = render(JOURNEY_PL, "--width", "160", "--layout", "panels", "-o", str(tmp_path / "mapa.txt"))
    assert code == 0 and out == "" and err == ""
    assert "7/7 · Pierwszy przegląd" in (tmp_path / "mapa.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [[PERSONA_PL], ["pl"], [JOURNEY_EN, "--format", "html"]])
def test_layout_auto_is_the_default_and_never_noted(args: list[str]) -> None:
    code, _out, err = render(*args, "--layout", "auto", columns=100)
    assert code == 0 and err == ""


def test_layout_note_does_not_replace_a_usage_error() -> None:
    """A request that is refused says why, once, with exit 2; the layout is no part of it."""
    code, out, err = render("pl", "--format", "mermaid", "--layout", "table")
    assert code == 2 and out == ""
    assert "--layout" not in err and "mermaid draws one journey" in err


def test_emotion_row_puts_each_stage_on_its_level() -> None:
    # Find a clinic 0, Book online -2, The visit +2, Follow-up +1: the dots sit on rows 2, 4, 0 and 1.
    _c, out, _e = render(JOURNEY_EN, "--width", "120", "--layout", "table")
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("│ Emotion"))
    rows = lines[start:start + 5]
    columns = [i for i, ch in enumerate(lines[start - 1]) if ch == "┼"]
    dots = {}
    for level, line in zip((2, 1, 0, -1, -2), rows):
        for i, ch in enumerate(line):
            if ch == "●":
                stage = sum(1 for c in columns if c < i)
                dots[stage] = level
    assert dots == {1: 0, 2: -2, 3: 2, 4: 1}


def test_stacked_curve_draws_the_levels_in_stage_order() -> None:
    _c, out, _e = render(JOURNEY_PL, "--width", "100", "--layout", "panels")
    lines = out.splitlines()
    top = next(i for i, line in enumerate(lines) if "+2 │" in line)
    chart = lines[top:top + 5]
    found = []
    for level, line in zip((2, 1, 0, -1, -2), chart):
        found += [(i, level) for i, ch in enumerate(line) if ch == "●"]
    assert [level for _i, level in sorted(found)] == [1, -1, 2, -2, 0, -1, 1]


def test_stage_option_shows_only_the_chosen_stages() -> None:
    code, out, err = render(JOURNEY_PL, "--stage", "finansowanie", "--stage", "zakup", "--width", "100")
    assert code == 0, err
    assert "Finansowanie i dopłata" in out and "5. Zakup" in out
    assert "Świadomość" not in out and "Pierwszy przegląd" not in out
    assert "Etapy 4, 5 z 7" in out  # their numbers in the map, as the panels show them


def test_stage_option_accepts_comma_separated_ids() -> None:
    _code, out, _err = render(JOURNEY_EN, "--stage", "book,visit", "--width", "100")
    assert "2. Book online" in out and "3. The visit" in out and "Find a clinic" not in out


def test_unknown_stage_is_a_usage_error_with_a_suggestion() -> None:
    code, out, err = render(JOURNEY_PL, "--stage", "zakupy")
    assert code == 2
    assert out == ""
    assert "no stage 'zakupy'; did you mean 'zakup'?" in err
    assert "swiadomosc, rozwazanie" in err


def test_stage_option_on_a_persona_is_refused() -> None:
    code, _out, err = render(PERSONA_PL, "--stage", "zakup")
    assert code == 2 and "--stage picks stages of a journey" in err


def test_piped_output_has_no_escape_codes_even_without_no_color() -> None:
    result = runner.invoke(app, ["render", JOURNEY_PL, "--width", "100"], env={"NO_COLOR": None, "COLUMNS": "100"})
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout


def test_empty_folder_says_so(tmp_path: Path) -> None:
    (tmp_path / "notes.yaml").write_text("title: not a cxkit document\n", encoding="utf-8")
    code, out, _err = render(str(tmp_path), "--width", "80")
    assert code == 0
    assert "No personas, negative personas or journeys found" in out


def test_brackets_in_text_are_shown_not_read_as_markup(tmp_path: Path) -> None:
    doc = tmp_path / "p.yaml"
    doc.write_text(
        "kind: persona\nid: ola\nname: \"[bold]Ola[/bold]\"\nlang: pl\n"
        "quote: \"Płacę [red]kartą[/red], nigdy gotówką\"\n",
        encoding="utf-8",
    )
    code, out, err = render(str(doc), "--width", "80")
    assert code == 0, err
    assert "[bold]Ola[/bold]" in out and "[red]kartą[/red]" in out


@pytest.mark.parametrize(("lang", "written", "shown"), [
    ("pl", "„Zanim kupię, przeczytam każdy wątek na forum.”", "„Zanim kupię, przeczytam każdy wątek na forum.”"),
    ("pl", "\"Zanim kupię, przeczytam każdy wątek.\"", "\"Zanim kupię, przeczytam każdy wątek.\""),
    ("en", "“I read every thread before I buy.”", "“I read every thread before I buy.”"),
    ("pl", "Zanim kupię, przeczytam każdy wątek.", "„Zanim kupię, przeczytam każdy wątek.”"),
    ("en", "I read every thread before I buy.", "“I read every thread before I buy.”"),
    ("pl", "\"Szybko\" czy \"tanio\" — zawsze wybieram szybko", "„\"Szybko\" czy \"tanio\" — zawsze wybieram szybko”"),
])
def test_a_quote_is_shown_in_quotation_marks_once(tmp_path: Path, lang: str, written: str, shown: str) -> None:
    # The terminal added its own marks around the author's: „„…”” and “"…"”.
    doc = tmp_path / "p.yaml"
    doc.write_text(f"kind: persona\nid: ola\nname: Ola\nlang: {lang}\nquote: {written!r}\n", encoding="utf-8")
    code, out, err = render(str(doc), "--width", "100")
    assert code == 0, err
    assert shown in out
    assert not any(f"{mark}{shown}" in out for mark in "„“\"")


def _run_in_pty(args: list[str], env: dict[str, str]) -> bytes:
    """Run cxkit with a real terminal as stdout and return what it wrote."""
    return cxkit_on_a_terminal(FIXTURES, args, {"TERM": "xterm-256color", **env}, check=False)


def test_a_terminal_gets_colour_and_no_color_turns_it_off() -> None:
    coloured = _run_in_pty(["render", JOURNEY_EN, "--width", "100"], {})
    plain = _run_in_pty(["render", JOURNEY_EN, "--width", "100"], {"NO_COLOR": "1"})
    colour_codes = (b"\x1b[31m", b"\x1b[32m", b"\x1b[33m", b"\x1b[36m", b"\x1b[35m", b"\x1b[1;31m", b"\x1b[1;32m")
    assert any(code in coloured for code in colour_codes)
    assert b"Booking the first vet visit" in plain
    assert not any(code in plain for code in colour_codes)
    assert b"38;5;" not in plain and b"38;2;" not in plain


def test_a_pasted_line_separator_breaks_the_line_inside_the_frame(tmp_path: Path) -> None:
    persona = tmp_path / "ola.yaml"
    persona.write_text("kind: persona\nid: ola\nname: Ola\ndemographics:\n  location: Gdańsk\u2028Oliwa\n"
                       "goals:\n  - Ceni jakość\u2028i ciszę w domu\n"
                       "  - \"Biega rano\u2029w soboty\"\n"
                       "sources:\n  - id: wywiad\n    type: interview\n    note: nagranie\u2028i notatki\n", encoding="utf-8")
    code, out, err = render(str(persona), "--width", "60")
    assert code == 0, err
    lines = out.splitlines()
    assert "\u2028" not in out and "\u2029" not in out
    assert all(len(line) == 60 for line in lines), [line for line in lines if len(line) != 60]
    at = next(i for i, line in enumerate(lines) if "Ceni jakość" in line)
    assert "i ciszę w domu" in lines[at + 1] and "Ceni jakość │" not in lines[at]
    assert any("w soboty" in line and "Biega" not in line for line in lines)
    assert any("Oliwa" in line and "Gdańsk" not in line for line in lines)
    assert any("nagranie i notatki" in line for line in lines)  # a source's note is one line
