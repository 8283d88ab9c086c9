"""Under `--layout stacked` at 40 columns a file's path starts its own line (session 32).

A stacked persona card ended with one footer, `Przegląd: … · Opiekun: Zespół CX · klienci/` and the
rest of the path on the lines below: read line by line, the owner's line ended with the path's first
folder. Each fact now has its line, as in a stacked journey's header. A path longer than the line is
broken after a `/` (never inside a folder's name, as rich's overflow="fold" would cut it:
`…-w-malej-miejsc` / `owosci/…`), so each line holds whole names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

FOLDER = "klienci/bank-spoldzielczy-w-malej-miejscowosci"
PERSONA = f"{FOLDER}/personas/katarzyna-wojcik-pielegniarka.yaml"
JOURNEY = f"{FOLDER}/journeys/kasia-zaklada-konto-osobiste.yaml"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    (root / FOLDER / "personas").mkdir(parents=True)
    (root / FOLDER / "journeys").mkdir()
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (root / PERSONA).write_text("kind: persona\nid: kasia\nname: Katarzyna Wójcik\nlang: pl\nowner: Zespół CX\n"
                                "goals:\n  - Konto w jeden wieczór, bez wizyty w oddziale\n", encoding="utf-8")
    (root / JOURNEY).write_text("kind: journey\nid: kasia-zaklada-konto-osobiste\nname: Kasia zakłada konto\n"
                                "persona: kasia\nlang: pl\nstages:\n  - id: polecenie\n    name: Polecenie\n"
                                "    emotion: 0\n", encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setenv("NO_COLOR", "1")
    return root


def stacked(path: str) -> list[str]:
    result = run_cli("render", path, "--layout", "stacked")
    assert result.exit_code == 0 and result.exception is None, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line) <= 40 for line in lines)
    return [line.rstrip() for line in lines]


def path_lines(lines: list[str], path: str) -> list[str]:
    start = lines.index(path.split("/")[0] + "/")
    return lines[start:start + 4]


def test_a_stacked_persona_card_has_its_path_on_lines_of_its_own(ws: Path) -> None:
    lines = stacked(PERSONA)
    assert lines[-6:-4] == ["Ostatni przegląd: brak", "Opiekun: Zespół CX"]
    assert not any(" · " in line for line in lines)
    assert "".join(path_lines(lines, PERSONA)) == PERSONA
    assert path_lines(lines, PERSONA) == ["klienci/", "bank-spoldzielczy-w-malej-miejscowosci/", "personas/",
                                          "katarzyna-wojcik-pielegniarka.yaml"]


def test_a_stacked_journey_header_keeps_its_path_whole_names(ws: Path) -> None:
    lines = stacked(JOURNEY)
    assert "".join(path_lines(lines, JOURNEY)) == JOURNEY
    assert all(piece.endswith("/") or piece.endswith(".yaml") for piece in path_lines(lines, JOURNEY))
