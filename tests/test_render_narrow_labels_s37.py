"""The stacked view at 20 to 29 columns: a field's value goes under its label when beside it there is no
room for a word (review of 5d38cd59, session 37).

5d38cd59 gave every page under 40 columns the stacked view, down to 20 (`COLUMNS=20`, `--width 20`).  There
a label and its value stood side by side, the value in what the label left: "Krzywa emocji: " (15 columns)
left 5, and the emotion curve read one syllable a line ("Świad" / "omość" / "(0),"); a persona's
"Wykształcenie" left 6 ("mężczy" / "zna", "Gdańsk" / ","); "Persona: " split the persona's id in three.  Now a
value with fewer than 14 columns beside its label starts on the line below it, indented by two; at 30 columns
and wider nothing moves.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from cxkit.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PAWEL = EXAMPLES / "pl" / "personas" / "pawel-programista-audiofil.yaml"
PAWEL_JOURNEY = EXAMPLES / "pl" / "journeys" / "pawel-kupuje-sluchawki-otwarte.yaml"
DAN_JOURNEY = EXAMPLES / "en" / "journeys" / "dan-switches-invoicing.yaml"


def _render(monkeypatch: pytest.MonkeyPatch, path: Path, columns: int) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(app, ["render", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= columns
    return lines


def _words(lines: list[str]) -> set[str]:
    return {word for line in lines for word in line.split()}


def test_a_polish_journeys_curve_and_persona_at_20_columns_keep_their_words_whole(monkeypatch):
    lines = _render(monkeypatch, PAWEL_JOURNEY, 20)
    words = _words(lines)
    # before: "Świad" / "omość", "Rozwa" / "żanie", "(pawel-prog" / "ramista-aud" / "iofil)"
    for whole in ("Świadomość", "Rozważanie", "Decyzja", "Lojalność", "Polecanie", "Czerski", "Jezierska)"):
        assert whole in words, whole
    assert "Krzywa emocji:" in lines  # the label on its own line, the curve below it
    after = lines[lines.index("Krzywa emocji:") + 1]
    assert after.startswith("  1 Świadomość (0),")  # indented under its label
    assert "Persona:" in lines and "Opiekun:" in lines


def test_an_english_journeys_header_at_20_columns(monkeypatch):
    lines = _render(monkeypatch, DAN_JOURNEY, 20)
    assert "Persona:" in lines
    assert lines[lines.index("Persona:") + 1] == "  Dan Okafor"  # before: "(dan-heatin" / "g-firm-owne" / "r)"
    assert "Goal: Invoice every" in lines  # 14 columns beside "Goal: ": the value stays beside it
    assert "Emotion curve:" in lines


def test_a_persona_cards_demographics_at_20_columns_go_under_their_labels(monkeypatch):
    lines = _render(monkeypatch, PAWEL, 20)
    # The stacked card says "Label: value" a line (tester43 #15), broken at spaces, never inside a word.
    assert "Płeć: mężczyzna" in lines  # before: "Płeć          mężczy" / "              zna"
    assert any(line.startswith("Wykształcenie:") for line in lines)
    assert "Gdańsk," in _words(lines)


@pytest.mark.parametrize("path", [PAWEL, PAWEL_JOURNEY, DAN_JOURNEY], ids=["persona", "journey-pl", "journey-en"])
@pytest.mark.parametrize("columns", [30, 39])
def test_at_30_columns_and_wider_a_value_stays_beside_its_label(monkeypatch, path, columns):
    """Guards: where 14 columns are left beside the widest label, the view is laid out as before."""
    lines = _render(monkeypatch, path, columns)
    labels = {"Krzywa emocji:", "Emotion curve:", "Persona:", "Płeć", "Wykształcenie", "Opiekun:", "Owner:"}
    assert not labels & set(lines)
