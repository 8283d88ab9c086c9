"""`cxkit init --lang pl` sets `[render] csv-separator = ";"` for Excel set to Polish at the end of the config it
writes (tester42 #11; offered commented out in session 38, tester40's L13); the CSV export uses it. Another language
whose Excel expects ";" (de) gets the offer commented out; an English workspace's config has neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from workspace_helpers import TOMASZ_JOURNEY_HEAD

JOURNEY_PL = TOMASZ_JOURNEY_HEAD + """\
  - id: zgloszenie
    name: Zgłoszenie w oddziale
    touchpoints: [Oddział przy Krakowskim Przedmieściu]
    emotion: -1
  - id: decyzja
    name: Decyzja banku
    touchpoints: [SMS z banku]
    emotion: 1
"""

SET = [
    '# `cxkit render -f csv` separates fields with ";": Excel set to Polish opens a CSV by a double click',
    "# only so, and shows each row in one column with a comma. For Google Sheets, Excel in English or a",
    "# tool that reads RFC 4180, write \",\" here, or export with --csv-separator ',' (docs/render.md, CSV).",
]
OFFER = [
    "# `cxkit render -f csv` separates fields with a comma. Excel set to Polish (or to another language that",
    '# writes decimals with a comma) opens a CSV by a double click only with ";", and shows each row in one',
    "# column otherwise. If your readers open the export so, uncomment the two lines below; keep the comma",
    "# where the file travels further (docs/render.md, CSV).",
]


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _csv_head(ws: Path) -> bytes:
    (ws / "journeys").mkdir(exist_ok=True)
    (ws / "journeys" / "tomasz-reklamacja.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    result = run_cli("render", "-f", "csv", "-o", "mapa.csv", "journeys/tomasz-reklamacja.yaml")
    assert result.exit_code == 0, result.stdout + result.stderr
    return (ws / "mapa.csv").read_bytes().splitlines()[0]


def test_a_polish_config_sets_the_semicolon_for_polish_excel_s39(ws: Path) -> None:
    assert run_cli("init", "--lang", "pl", "--no-examples", ".").exit_code == 0
    config = ws / "cxkit.toml"
    lines = config.read_text(encoding="utf-8").splitlines()
    assert lines[-4:] == [*SET, 'render.csv-separator = ";"']
    shown = run_cli("lint", "--show-settings")
    assert shown.exit_code == 0 and '[render] csv-separator = ";"' in shown.stdout, shown.stdout
    head = _csv_head(ws)
    assert b'";"' in head and b'","' not in head
    # A top-level key added at the end later, as the adoption advice has it, is still top-level (no [render] header).
    config.write_text(config.read_text(encoding="utf-8") + 'exclude = ["archiwum"]\n', encoding="utf-8")
    shown = run_cli("lint", "--show-settings")
    assert shown.exit_code == 0 and '[render] csv-separator = ";"' in shown.stdout, shown.stderr
    # --csv-separator still wins, for the one export that travels to Google Sheets
    result = run_cli("render", "-f", "csv", "--csv-separator", ",", "-o", "sheets.csv", "journeys/tomasz-reklamacja.yaml")
    assert result.exit_code == 0 and b'","' in (ws / "sheets.csv").read_bytes().splitlines()[0]


def test_a_polish_pyproject_table_sets_its_own_table_s39(ws: Path) -> None:
    (ws / "pyproject.toml").write_text('[project]\nname = "reklamacje"\nversion = "0.1.0"\n', encoding="utf-8")
    assert run_cli("init", "--lang", "pl", "--no-examples", ".").exit_code == 0
    pyproject = ws / "pyproject.toml"
    assert pyproject.read_text(encoding="utf-8").splitlines()[-1] == 'render.csv-separator = ";"'  # under [tool.cxkit]
    head = _csv_head(ws)
    assert b'";"' in head and b'","' not in head


def test_a_german_config_is_offered_the_semicolon_commented_out_s39(ws: Path) -> None:
    assert run_cli("init", "--lang", "de", "--no-examples", ".").exit_code == 0
    lines = (ws / "cxkit.toml").read_text(encoding="utf-8").splitlines()
    assert lines[-6:] == [*OFFER, "# [render]", '# csv-separator = ";"']
    assert b'","' in _csv_head(ws)


def test_an_english_config_does_not_offer_it_s38(ws: Path) -> None:
    assert run_cli("init", "--lang", "en", "--no-examples", ".").exit_code == 0
    text = (ws / "cxkit.toml").read_text(encoding="utf-8")
    assert "csv-separator" not in text and "[render]" not in text
