"""unknown-source (CX302): a journey citing its persona's research is told how to cite it (session 39).

tester43 (#5): Aisha's journey cites `uc-interviews-2026-10`, which the persona it names defines; CX302 said
"is not defined in this file's sources (none are defined)" and no more.  The error stays (a journey's age and
evidence are read from the sources it lists: stale-review, journey-without-sources), but a journey that names
a persona is told what to do: copy the persona's entry into its own `sources`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

AISHA_JOURNEY = """\
kind: journey
id: aisha-reports-a-change
name: Aisha reports a change of address
persona: aisha-screen-reader-claimant
lang: en
stages:
  - id: reporting
    name: Reports the move online
    touchpoints: [Universal Credit journal]
    emotion: -1
    barriers:
      - text: The address finder is not announced by JAWS
        sources: [uc-interviews-2026-10]
"""

MAREK_SCIEZKA = """\
kind: journey
id: marek-zglasza-zmiane
name: Marek zgłasza zmianę adresu
persona: marek-niewidomy
lang: pl
stages:
  - id: zgloszenie
    name: Zgłasza przeprowadzkę przez internet
    touchpoints: [ePUAP]
    emotion: -1
    barriers:
      - text: Czytnik NVDA nie odczytuje pola z kodem pocztowym
        sources: [wywiady-mops-2026]
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "journeys").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def cx302(ws: Path, lang: str, text: str) -> list[tuple[int, int, str]]:
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (ws / "journeys" / "j.yaml").write_text(text, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "unknown-source", "journeys/j.yaml")
    assert result.exception is None, repr(result.exception)
    return [(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)]


def test_an_english_journey_is_told_to_copy_the_personas_source_s39(ws: Path) -> None:
    assert cx302(ws, "en", AISHA_JOURNEY) == [(
        13, 19, "source 'uc-interviews-2026-10' is not defined in this file's sources (none are defined); a journey "
        "cites the sources it lists itself: if it is research of the persona 'aisha-screen-reader-claimant', copy its "
        "entry (id, type and date) from that persona's `sources` into this journey's `sources`")]


def test_a_polish_journey_is_told_it_in_polish_s39(ws: Path) -> None:
    assert cx302(ws, "pl", MAREK_SCIEZKA) == [(
        13, 19, "źródło „wywiady-mops-2026” nie jest zdefiniowane w `sources` tego pliku (nie zdefiniowano żadnego); "
        "ścieżka powołuje się na źródła, które sama wymienia: jeśli to badanie persony „marek-niewidomy”, skopiuj "
        "jego wpis (identyfikator, typ i datę) z `sources` tej persony do `sources` tej ścieżki")]


def test_the_copied_entry_quiets_it_s39(ws: Path) -> None:
    text = AISHA_JOURNEY + ("sources:\n  - id: uc-interviews-2026-10\n    type: interview\n    date: 2026-10-14\n"
                            "    n: 9\n")
    assert cx302(ws, "en", text) == []


def test_guard_a_misspelt_id_still_gets_did_you_mean_s39(ws: Path) -> None:
    text = AISHA_JOURNEY + "sources:\n  - id: uc-interviews-2026-11\n    type: interview\n    date: 2026-11-14\n"
    assert [m for _l, _c, m in cx302(ws, "en", text)] == [
        "source 'uc-interviews-2026-10' is not defined in this file's sources (uc-interviews-2026-11); did you mean "
        "'uc-interviews-2026-11'?"]


def test_guard_a_persona_keeps_its_own_advice_s39(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (ws / "personas").mkdir()
    (ws / "personas" / "aisha.yaml").write_text(
        "kind: persona\nid: aisha\nname: Aisha Rahman\nlang: en\ngoals:\n"
        "  - text: Report a change of address without sighted help\n    sources: [uc-interviews-2026-10]\n",
        encoding="utf-8")
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "unknown-source", "personas/aisha.yaml")
    assert [f["message"] for f in json.loads(result.stdout)] == [
        "source 'uc-interviews-2026-10' is not defined in this file's sources (none are defined); add it to `sources` "
        "(its id, type and date)"]
