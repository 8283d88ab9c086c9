"""`cxkit render` on a page narrower than 40 columns (session 37): `COLUMNS=30`, `--width 30`.

A framed view (a persona card, a journey's panels or table) needs 40 columns for its frame and title.
Under that, `COLUMNS=30` (a 30-column terminal: 400% zoom, a split pane) was laid out 40 wide anyway,
and the terminal wrapped every line again: each frame line broken in two, text under the wrong border.
`--width 30` was refused ("must be 40 or more"), though the stacked view follows a page down to 20
columns.  Now any page under 40 columns gets the stacked view, as wide as the page; `--width` takes 20
to 1000; a `--layout table` or `panels` named there is said to be set aside.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from conftest import enter_workspace
from cxkit.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
JOURNEY_PL = EXAMPLES / "pl/journeys/pawel-kupuje-sluchawki-otwarte.yaml"
PERSONA_PL = EXAMPLES / "pl/personas/pawel-programista-audiofil.yaml"
JOURNEY_EN = EXAMPLES / "en/journeys/dan-switches-invoicing.yaml"
PERSONA_EN = EXAMPLES / "en/personas/dan-heating-firm-owner.yaml"
FRAMES = "╭╮╰╯│─┌┐└┘├┤┬┴┼"


def _render(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["render", *map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _readable(out: str, width: int) -> list[str]:
    lines = out.splitlines()
    assert lines
    assert max(cell_len(line) for line in lines) <= width  # nothing for the terminal to wrap again
    assert not any(mark in out for mark in FRAMES)  # no frame to break
    return lines


@pytest.mark.parametrize("how", [("COLUMNS", "30"), ("--width", "30")])
@pytest.mark.parametrize("doc", [JOURNEY_PL, PERSONA_PL, JOURNEY_EN, PERSONA_EN])
def test_a_30_column_page_gets_plain_lines_as_wide_as_it(tmp_path, monkeypatch, how, doc):
    enter_workspace(tmp_path, monkeypatch)
    args: tuple[str, ...] = (str(doc),)
    if how[0] == "COLUMNS":
        monkeypatch.setenv("COLUMNS", "30")
    else:
        args += how
    code, out, err = _render(*args)
    assert (code, err) == (0, "")  # before: --width 30 was exit 2; COLUMNS=30 a framed view 40 wide
    lines = _readable(out, 30)
    assert max(cell_len(line) for line in lines) > 25  # the page is used, not a narrower one
    name = next(line for line in doc.read_text(encoding="utf-8").splitlines() if line.startswith("name: "))[6:]
    assert lines[0] == name[:len(lines[0])]  # the document's name first


def test_every_stage_of_a_journey_is_there(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", "30")
    _code, out, _err = _render(JOURNEY_PL)
    at_40 = _render(JOURNEY_PL, "--width", "40", "--layout", "stacked")[1]
    for title in ("Świadomość", "Rozważanie", "Decyzja", "Zakup", "Lojalność", "Polecanie"):
        assert title in out and title in at_40
    assert "Etap 1 z 7: Świadomość" in out


@pytest.mark.parametrize("layout", ["table", "panels"])
def test_a_framed_layout_named_there_is_said_to_be_set_aside(tmp_path, monkeypatch, layout):
    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", "30")
    code, out, err = _render(JOURNEY_PL, "--layout", layout)
    assert code == 0
    _readable(out, 30)
    assert err == (f"cxkit: --layout {layout}: needs 40 columns, and the page has 30; showing the stacked view "
                   "instead (plain lines, no frames)\n")
    # A persona has no layout to set aside: only the note it had before.
    code, out, err = _render(PERSONA_PL, "--layout", layout)
    assert code == 0
    _readable(out, 30)
    assert err == f"cxkit: --layout {layout}: applies to journeys in the terminal view; ignored for a persona\n"


def test_a_folder_and_a_pair_too(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", "30")
    code, out, err = _render(EXAMPLES / "pl")
    assert (code, err) == (0, "")
    assert "Paweł Czerski" in " ".join(_readable(out, 30))
    negative = EXAMPLES / "pl/personas/kamil-kupuje-pod-promocje.yaml"
    code, out, err = _render(PERSONA_PL, "--against", negative)
    assert (code, err) == (0, "")
    _readable(out, 30)


def test_40_columns_keep_the_frames_and_under_20_is_refused(tmp_path, monkeypatch):
    """Guards: at 40 the framed card as before; `--width 19` is a usage error, no traceback."""
    enter_workspace(tmp_path, monkeypatch)
    code, out, _err = _render(PERSONA_PL, "--width", "40")
    assert code == 0 and out.startswith("╭") and cell_len(out.splitlines()[0]) == 40
    code, out, err = _render(PERSONA_PL, "--width", "19")
    assert (code, out) == (2, "")
    assert "Invalid value for '--width': must be 20 or more, not 19" in err and "Traceback" not in err
