"""A forced `--layout table` on a narrow page (session 41).

1. Since session 40 a forced table gives way in its row labels and padding (one cell a column) before it
   cuts a word, and folds a word it must cut; but whether it is shown at all was still decided with the
   roomy frame (two cells of padding a column), so at a few widths where the tight table fits the stages
   were stacked ("3 stages do not fit side by side in 55 columns"). The tight frame decides now.
2. An id or a number wider than its column (`[wywiadyserwisowe2026listopad]`, a source cited) goes on to
   the next line without the "-" a word gets, which would read as one of the id's own joints; the note on
   a table too narrow said only that words are folded with a "-". It now says that ids and numbers go on
   without one, when one does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

JOURNEY_PL = """\
kind: journey
id: reklamacja-pralki
name: Reklamacja pralki
lang: pl
persona: pawel
sources:
  - id: {source}
    type: interview
    date: 2026-11-10
stages:
  - id: zgloszenie
    name: Zgłoszenie
    goal: Klient zgłasza usterkę przez formularz
    emotion: -1
    pain_points:
      - text: Formularz gubi numer seryjny
        sources: [{source}]
    opportunities:
      - action: Formularz z numerem seryjnym
        owner: zespol-obslugi-klienta-serwisu
  - id: diagnoza
    name: Diagnoza
    goal: Serwisant ustala przyczynę
    emotion: -2
    metrics:
      - Czas do wizyty serwisanta
  - id: naprawa
    name: Naprawa
    goal: Pralka działa
    emotion: 1
"""
JOURNEY_EN = """\
kind: journey
id: washer-claim
name: Washing machine claim
lang: en
persona: dan
sources:
  - id: {source}
    type: interview
    date: 2026-11-10
stages:
  - id: report
    name: Report
    goal: The customer reports the fault on a web form
    emotion: -1
    pain_points:
      - text: The form loses the serial number
        sources: [{source}]
    opportunities:
      - action: A form that keeps the serial number
        owner: service-desk-team
  - id: diagnosis
    name: Diagnosis
    goal: The engineer finds the cause
    emotion: -2
    metrics:
      - Days until the engineer visits
  - id: repair
    name: Repair
    goal: The machine works again
    emotion: 1
"""


def _render(tmp_path: Path, monkeypatch, lang: str, width: int, source: str = "wywiady-2026"):
    text = (JOURNEY_PL if lang == "pl" else JOURNEY_EN).format(source=source)
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (tmp_path / "claim.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("CXKIT_LAYOUT", raising=False)
    result = run_cli("render", "claim.yaml", "--layout", "table", "--width", str(width))
    assert result.exit_code == 0, result.stderr
    return result


#: The narrowest page each journey's forced table is shown on (row labels and padding at their tightest),
#: and the one below it, where it is stacked; before, the table needed four columns more (59 and 56).
@pytest.mark.parametrize("lang, fits", [("pl", 55), ("en", 52)])
def test_a_forced_table_is_shown_down_to_its_tightest_frame_s41(tmp_path, monkeypatch, lang, fits):
    """Fails before: "3 stages do not fit side by side in 55 columns" (52 in English), stacked."""
    shown = _render(tmp_path, monkeypatch, lang, fits)
    assert "do not fit" not in shown.stderr and "nie mieszczą się" not in shown.stderr
    grid = [line for line in shown.stdout.splitlines() if "┬" in line]
    assert grid and all(len(line) <= fits for line in shown.stdout.splitlines())
    narrower = _render(tmp_path, monkeypatch, lang, fits - 1)
    said = "nie mieszczą się obok siebie w" if lang == "pl" else "do not fit side by side in"
    assert f"{said} {fits - 1}" in narrower.stderr and "┬" not in narrower.stdout


@pytest.mark.parametrize("lang, clause", [
    ("pl", "a identyfikatory i liczby szersze niż kolumna przechodzą do następnego wiersza bez niego"),
    ("en", "and ids and numbers wider than their column go on to the next line without one"),
])
def test_the_note_says_an_id_goes_on_without_the_mark_s41(tmp_path, monkeypatch, lang, clause):
    """Fails before: the note said words are folded with a "-" while the source's id was parted without one."""
    shown = _render(tmp_path, monkeypatch, lang, 60, source="wywiadyserwisowe2026listopad")
    assert clause in shown.stderr
    lines = shown.stdout.splitlines()
    at = next(n for n, line in enumerate(lines) if "[wywiadyserwis" in line)
    assert not lines[at].rstrip(" │").endswith("-")  # no mark inside an id


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_no_such_clause_when_every_id_breaks_at_its_joints_s41(tmp_path, monkeypatch, lang):
    """A guard: `wywiady-2026` breaks at its hyphen; only words are folded, and the note says no more."""
    shown = _render(tmp_path, monkeypatch, lang, 60)
    assert "ids and numbers" not in shown.stderr and "identyfikatory" not in shown.stderr
