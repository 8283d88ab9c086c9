"""A forced `--layout table` keeps words whole wherever it can (session 40, t43 #8).

Before: `COLUMNS=60 cxkit render --layout table journeys/derek-respite-change.yaml` cut words where
the column ended ("circumstan" over "ces", "confirmati" over "on"), and at 80 columns a Polish
"Usatysfakcjonowana" lost its comma to the next line. Now each column is given its widest word first;
a table too narrow for that gives way in the row labels and its padding, and a word wider than any
column can be is folded visibly ("przekierowa-" over "nie"), said once on stderr with the width that
keeps every word whole and the advice to read it stacked. The automatic layout chooses as before.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cxkit.render.terminal import FOLD_MARK, break_token
from snapshot_helpers import render_cli

JOURNEY_EN = """\
kind: journey
id: derek-respite-change
name: Derek tells the Carer's Allowance Unit about respite care
persona: derek-carer-for-mother
lang: en
owner: Carer's Allowance research team (Priya Shah)
goal: Keep Carer's Allowance paid while his mother is in 2 weeks of respite care.
reviewed: 2026-11-02
stages:
  - id: hears-about-rule
    name: Hears about the respite rule
    touchpoints:
      - channel: face to face
        description: Carers Trust drop-in adviser mentions the 4-week rule
    doing: Writes the rule on the back of an envelope
    thinking: So I can keep it for up to 4 weeks?
    feeling: Worried he got it wrong
    emotion: -1
    barriers:
      - Nobody tells him he has to report respite at all
    opportunities:
      - action: Add a respite section to the Carer's Allowance award letter
        owner: Carer's Allowance Unit letters team
        due: 2027-04-30
        status: planned
  - id: phones
    name: Phones the unit
    touchpoints:
      - channel: phone
        description: Carer's Allowance Unit, 0800 731 0297; 47 minutes on hold
      - channel: assisted digital
        description: Library volunteer offers to fill in the online change form with him
    doing: Gives up on hold and goes to the library on Tuesday
    thinking: I can't leave Mum for an hour on the phone.
    feeling: Frustrated
    emotion: -2
    pain_points:
      - text: 47 minutes on hold while his mother was alone
        sources: [carers-diary-study-2026]
    opportunities:
      - action: Offer a call-back slot instead of holding for more than 10 minutes
        owner: DWP telephony team
        due: 2027-03-31
        status: idea
  - id: confirmation
    name: Receives a letter 3 weeks later
    touchpoints:
      - channel: letter
        description: Change of circumstances confirmation letter (brown envelope)
    doing: Leaves the envelope unopened for 5 days
    thinking: Is this an overpayment?
    feeling: Relieved once the volunteer reads it to him
    emotion: 1
"""

PERSONA_EN = """\
kind: persona
id: derek-carer-for-mother
name: Derek Walsh
lang: en
summary: Full-time carer for his mother in Wakefield; claims Carer's Allowance.
"""

JOURNEY_PL = """\
kind: journey
id: ewa-zglasza-reklamacje
name: Ewa zgłasza reklamację pralki
lang: pl
persona: ewa-ksiegowa-z-lodzi
goal: Odzyskać sprawną pralkę w ciągu dwóch tygodni bez wychodzenia z pracy
stages:
  - id: zgloszenie
    name: Zgłoszenie usterki
    emotion: -1
    touchpoints:
      - "infolinia: automatyczne przekierowanie do konsultanta po 12 minutach"
    doing: Opisuje usterkę i podaje numer seryjny z tabliczki znamionowej
    thinking: Czy gwarancja obejmuje uszkodzenie łożyska?
    feeling: Zniecierpliwiona, niezadowolenie rośnie
  - id: wizyta
    name: Wizyta serwisanta
    emotion: -2
    touchpoints:
      - "SMS: potwierdzenie terminu wizyty"
    doing: Zwalnia się z pracy i uzgadnia zastępstwo ze współpracownikami
    pain_points:
      - Serwisant przyjeżdża bez części zamiennych
  - id: odbior
    name: Odbiór naprawionej pralki
    emotion: 1
    touchpoints:
      - "e-mail: protokół naprawy i ankieta satysfakcji"
    doing: Sprawdza pralkę na programie bawełnianym
    feeling: Usatysfakcjonowana, choć zmęczona
"""

PERSONA_PL = """\
kind: persona
id: ewa-ksiegowa-z-lodzi
name: Ewa Nowicka
lang: pl
summary: Księgowa z Łodzi, która porównuje gwarancje, zanim kupi sprzęt AGD.
"""


def _workspace(root: Path, lang: str) -> Path:
    (root / "journeys").mkdir(parents=True)
    (root / "personas").mkdir()
    (root / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    journey, persona = (JOURNEY_PL, PERSONA_PL) if lang == "pl" else (JOURNEY_EN, PERSONA_EN)
    (root / "journeys" / "j.yaml").write_text(journey, encoding="utf-8")
    (root / "personas" / "p.yaml").write_text(persona, encoding="utf-8")
    return root


def _columns(out: str) -> list[list[str]]:
    """The table's columns (stages after the labels), each as its lines of text, top to bottom."""
    rows = [line.split("│")[1:-1] for line in out.splitlines() if line.startswith("│") and line.count("│") > 2]
    return [[row[i].strip() for row in rows] for i in range(len(rows[0]))]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text))


def _silent_splits(out: str, source: str) -> list[str]:
    """Pieces of letters in the table that are no word of ``source`` and are not explained by a visible
    fold: a piece at the end of a line that ends with the mark, or the start of the line after one."""
    known = _words(source) | _words("Touchpoints Doing Thinking Feeling Emotion Pain points negative very positive "
                                    "Barriers Opportunities due planned idea "
                                    "Punkty styku Działania Myśli Odczucia Emocje Problemy źle bardzo dobrze")
    bad = []
    for column in _columns(out):
        for i, line in enumerate(column):
            for match in re.finditer(r"[^\W\d_]+", line):
                piece = match.group(0)
                folded_here = line.endswith(FOLD_MARK) and match.end() == len(line) - len(FOLD_MARK)
                folded_before = i > 0 and column[i - 1].endswith(FOLD_MARK) and match.start() == 0
                if piece not in known and not folded_here and not folded_before:
                    bad.append(piece)
    return bad


def test_an_english_journey_keeps_every_word_whole_at_60_columns_s40(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """t43 #8: fails before ("circumstan" / "ces", "confirmati" / "on")."""
    ws = _workspace(tmp_path / "ws", "en")
    code, out, err = render_cli(ws, monkeypatch, "journeys/j.yaml", "--layout", "table", columns=60)
    assert code == 0 and err == "", err
    assert "1/3 ·" not in out  # the table, not stacked panels
    assert all(len(line) == 60 for line in out.splitlines() if line.startswith(("│", "├", "╭", "╰")))
    cells = [cell for column in _columns(out) for cell in column]
    assert any("circumstances" in cell for cell in cells) and any("confirmation" in cell for cell in cells)
    assert any("overpayment?" in cell for cell in cells)
    assert _silent_splits(out, JOURNEY_EN) == []
    # A line that ends in "-" ends at a joint the text has (an id's "hears-", "drop-in"), never at a fold.
    assert [cell for cell in cells if cell.endswith(FOLD_MARK) and cell.split()[-1] not in JOURNEY_EN] == []


def test_a_polish_journey_keeps_a_word_with_its_comma_at_80_columns_s40(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before: "Usatysfakcjonowana" over ", choć zmęczona" (the comma cut off its word)."""
    ws = _workspace(tmp_path / "ws", "pl")
    code, out, err = render_cli(ws, monkeypatch, "journeys/j.yaml", "--layout", "table", columns=80)
    assert code == 0 and err == "", err
    cells = [cell for column in _columns(out) for cell in column]
    assert any(cell.startswith("Usatysfakcjonowana,") for cell in cells)
    assert not any(cell.startswith(",") for cell in cells)
    for word in ("przekierowanie", "współpracownikami", "niezadowolenie", "Zniecierpliwiona,"):
        assert any(word in cell.split() for cell in cells), word
    assert _silent_splits(out, JOURNEY_PL) == []


def test_a_polish_journey_too_wide_for_60_columns_folds_words_visibly_and_says_so_once_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three Polish stages at 60 columns cannot keep "przekierowanie" or "współpracownikami" whole: the
    table is still shown (it was asked for), each cut word ends its line with "-", and stderr says once,
    in the workspace's Polish, the width that keeps every word whole and that the stacked view reads
    better. Fails before: the words were cut silently ("przekierowa" / "nie") and nothing was said."""
    ws = _workspace(tmp_path / "ws", "pl")
    code, out, err = render_cli(ws, monkeypatch, "journeys/j.yaml", "--layout", "table", columns=60)
    assert code == 0 and "1/3 ·" not in out
    assert all(len(line) == 60 for line in out.splitlines() if line.startswith(("│", "├", "╭", "╰")))
    assert err.count("\n") == 1 and err.startswith("cxkit: --layout table: ")
    assert "--layout stacked" in err and "dzielone znakiem „-”" in err
    needed = int(re.search(r"--width (\d+)", err).group(1))
    assert _silent_splits(out, JOURNEY_PL) == []
    folded = [cell for column in _columns(out) for cell in column if cell.endswith(FOLD_MARK)]
    assert folded, out
    # The width the note names shows every word whole, and says nothing more.
    code, wide, err = render_cli(ws, monkeypatch, "journeys/j.yaml", "--layout", "table", "--width", str(needed))
    assert code == 0 and err == "" and _silent_splits(wide, JOURNEY_PL) == []
    assert not [cell for column in _columns(wide) for cell in column if cell.endswith(FOLD_MARK)]


def test_an_english_fold_note_names_the_width_and_the_stacked_view_s40(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _workspace(tmp_path / "ws", "en")
    code, out, err = render_cli(ws, monkeypatch, "journeys/j.yaml", "--layout", "table", columns=58)
    assert code == 0 and "1/3 ·" not in out
    assert err.count("\n") == 1 and "words wider than their column are folded" in err
    assert "--layout stacked reads better" in err
    assert _silent_splits(out, JOURNEY_EN) == []


@pytest.mark.parametrize("columns", [40, 60, 80, 120])
def test_the_automatic_layout_chooses_as_before_and_says_nothing_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     columns: int) -> None:
    """Guard: auto takes the table when 16 cells a stage fit, else stacked panels (the choice of
    session 39), whatever the words; it never writes the fold note."""
    ws = _workspace(tmp_path / "ws", "pl")
    code, out, err = render_cli(ws, monkeypatch, "journeys/j.yaml", columns=columns)
    assert code == 0 and err == ""
    assert ("1/3 ·" in out) == (columns < 80), out[:300]


def test_a_word_is_folded_with_a_mark_and_an_id_or_a_number_is_not_s40() -> None:
    assert break_token("ze współpracownikami", 12, mark_folds=True) == ["ze", "współpracow-", "nikami"]
    assert break_token("Niezadowolenie,", 8, mark_folds=True) == ["Niezado-", "wolenie,"]
    assert break_token("ze współpracownikami", 12) == ["ze", "współpracown", "ikami"]  # ids' and paths' way
    assert break_token("tel. 08007310297", 6, mark_folds=True) == ["tel.", "080073", "10297"]
    assert break_token("carers-diarystudy-2026", 8, mark_folds=True) == ["carers-", "diarystu", "dy-2026"]


def test_the_folder_overview_breaks_a_persona_id_at_its_joints_at_40_columns_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before: a journey's persona not found is shown by its id, cut "…-reader-cla" / "imant"."""
    ws = _workspace(tmp_path / "ws", "en")
    (ws / "journeys" / "j.yaml").write_text(JOURNEY_EN.replace("persona: derek-carer-for-mother",
                                                               "persona: aisha-screen-reader-claimant"),
                                            encoding="utf-8")
    code, out, _err = render_cli(ws, monkeypatch, "journeys/", columns=40)
    assert code in (0, 1)
    cells = [line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│")]
    at = next(i for i, cell in enumerate(cells) if cell.startswith("→"))
    lines = [cells[at]]
    while lines[-1].endswith("-"):  # broken after its joints only: "→ aisha-screen-" / "reader-claimant"
        lines.append(cells[at + len(lines)])
    assert "".join(lines) == "→ aisha-screen-reader-claimant" and len(lines) > 1, cells[at:at + 3]


@pytest.mark.parametrize(("lang", "columns"), [("pl", 60), ("en", 60), ("pl", 75), ("pl", 80), ("en", 120)])
def test_rules_at_a_terminal_cut_no_summary_word_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                    columns: int) -> None:
    """Fails before at 60 and 75 columns: the summaries' column beside the code, name and severity was 14
    cells at 60, and "demograficznymi," ran past the page, where the terminal cut it mid-word. Below 76
    columns (a column under 30 cells) each rule is now a block, its summary under it; from 76 the table."""
    from typer.testing import CliRunner

    from conftest import enter_workspace
    from cxkit.cli import app

    enter_workspace(tmp_path, monkeypatch, config=f'lang = "{lang}"\n')
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setattr("cxkit.colour.isatty", lambda stream: True)  # at a terminal: in a pipe a rule is a line
    out = CliRunner().invoke(app, ["rules"]).stdout
    lines = out.splitlines()
    assert [line for line in lines if len(line) > columns] == []
    assert ("CX101 pseudo-profiling (warning)" in lines) == (columns < 76)
    assert any(re.match(r"CX101  pseudo-profiling +warning  \S", line) for line in lines) == (columns >= 76)
