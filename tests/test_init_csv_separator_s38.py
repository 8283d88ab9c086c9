"""`cxkit init --lang pl` offers `[render] csv-separator = ";"` for Excel set to Polish, commented out at the end
of the config it writes (a choice for the export's readers, not a default); uncommented, the CSV export uses it.
An English workspace's config does not offer it (tester40's L13)."""

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


def _uncomment_last_two(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[-2:] = [line.removeprefix("# ") for line in lines[-2:]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _csv_head(ws: Path) -> bytes:
    (ws / "journeys").mkdir(exist_ok=True)
    (ws / "journeys" / "tomasz-reklamacja.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    result = run_cli("render", "-f", "csv", "-o", "mapa.csv", "journeys/tomasz-reklamacja.yaml")
    assert result.exit_code == 0, result.stdout + result.stderr
    return (ws / "mapa.csv").read_bytes().splitlines()[0]


def test_a_polish_config_offers_the_semicolon_and_it_works_uncommented_s38(ws: Path) -> None:
    assert run_cli("init", "--lang", "pl", "--no-examples", ".").exit_code == 0
    config = ws / "cxkit.toml"
    lines = config.read_text(encoding="utf-8").splitlines()
    assert lines[-6:] == [*OFFER, "# [render]", '# csv-separator = ";"']
    assert b'";"' not in _csv_head(ws) and b'","' in _csv_head(ws)  # commented out: still the comma
    _uncomment_last_two(config)
    assert run_cli("lint", "--show-settings").exit_code == 0
    head = _csv_head(ws)
    assert b'";"' in head and b'","' not in head


def test_a_polish_pyproject_table_offers_its_own_table_s38(ws: Path) -> None:
    (ws / "pyproject.toml").write_text('[project]\nname = "reklamacje"\nversion = "0.1.0"\n', encoding="utf-8")
    assert run_cli("init", "--lang", "pl", "--no-examples", ".").exit_code == 0
    pyproject = ws / "pyproject.toml"
    assert pyproject.read_text(encoding="utf-8").splitlines()[-2:] == ["# [tool.cxkit.render]", '# csv-separator = ";"']
    _uncomment_last_two(pyproject)
    head = _csv_head(ws)
    assert b'";"' in head and b'","' not in head


def test_an_english_config_does_not_offer_it_s38(ws: Path) -> None:
    assert run_cli("init", "--lang", "en", "--no-examples", ".").exit_code == 0
    text = (ws / "cxkit.toml").read_text(encoding="utf-8")
    assert "csv-separator" not in text and "[render]" not in text
