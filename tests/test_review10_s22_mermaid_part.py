"""A Mermaid export of some stages says which, in its title (review10 R10-5).

61cfeeb made Markdown and JSON say "Stages 12, 22 of 25", 82ca53e the HTML; the Mermaid export of
`--stage 12,22` still drew two stages under the journey's title, no numbers anywhere: pasted into a
pull request it passed for the whole journey.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapshot_helpers import render_cli

PL = "\n".join(
    ["kind: journey", "id: marta-przechodzi-na-ksef", "name: Marta przechodzi na KSeF", "lang: pl",
     "persona: marta-biuro-rachunkowe", "stages:"]
    + [line for n in range(1, 26) for line in (
        f"  - id: etap-{n}", f"    name: Etap {n}", f"    doing: Wkleja token KSeF po raz {n}", f"    emotion: {(n % 5) - 2}")]
) + "\n"
EN = PL.replace("lang: pl", "lang: en").replace("id: marta-przechodzi-na-ksef", "id: marta-moves-to-ksef")


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "cxkit.toml").write_text('paths = ["journeys"]\n', encoding="utf-8")
    (tmp_path / "journeys" / "pl.yaml").write_text(PL, encoding="utf-8")
    (tmp_path / "journeys" / "en.yaml").write_text(EN, encoding="utf-8")
    return tmp_path


def title(ws: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    code, out, err = render_cli(ws, monkeypatch, *args, "-f", "mmd")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "journey"
    return lines[1]


def test_a_few_stages_are_said_in_the_title(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert title(ws, monkeypatch, "journeys/pl.yaml", "--stage", "12,22") == "    title Marta przechodzi na KSeF (Etapy 12, 22 z 25)"
    assert title(ws, monkeypatch, "journeys/en.yaml", "--stage", "etap-3,4,5,22") == (
        "    title Marta przechodzi na KSeF (Stages 3–5, 22 of 25)")
    assert title(ws, monkeypatch, "journeys/pl.yaml", "--stage", "7") == "    title Marta przechodzi na KSeF (Etap 7 z 25)"
    assert title(ws, monkeypatch, "journeys/en.yaml", "--stage", "Etap 7") == "    title Marta przechodzi na KSeF (Stage 7 of 25)"


def test_the_whole_journey_keeps_its_title(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: every stage, asked for or not, is the journey; nothing is added."""
    assert title(ws, monkeypatch, "journeys/pl.yaml") == "    title Marta przechodzi na KSeF"
    every = ",".join(str(n) for n in range(1, 26))
    assert title(ws, monkeypatch, "journeys/pl.yaml", "--stage", every) == "    title Marta przechodzi na KSeF"
