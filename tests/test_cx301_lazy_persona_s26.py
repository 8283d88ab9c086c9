"""missing-sources (CX301) reads who a persona is only when a source's words ask (session 26).

Today's CX301 work (an office's heads, a marketplace's sellers, the team's own sales people) folded
each persona's name, id, occupation and summary four times over for every persona with sources,
whatever the sources said: about 0.67 s of a 1,600-file workspace's 4.1 s of CPU (+16%), on a
corpus whose sources hold no note at all. A persona whose sources are counted research is now read
no further than its sources, and the findings are the same.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from cxkit.lint.rules import evidence

PERSONA = """\
kind: persona
id: {id}
name: {name}
lang: {lang}
summary: {summary}
demographics:
  occupation: {occupation}
sources:
{sources}
reviewed: 2026-11-01
"""

COUNTED = """\
  - id: wywiady-2026-09
    type: interview
    date: 2026-09-14
    n: 12
  - id: ankieta-2026
    type: survey
    date: 2026-10-02
    n: 480
    note: "Ankieta wśród klientek sklepu online – „zakupy na raty”"
"""


def write(tmp_path: Path, file: str, **fields: str) -> None:
    (tmp_path / "personas").mkdir(exist_ok=True)
    (tmp_path / "personas" / f"{file}.yaml").write_text(PERSONA.format(**fields), encoding="utf-8")


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--jobs", "1", "--select", "missing-sources", "--format", "json", ".")
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_counted_research_reads_nothing_of_who_the_persona_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "beata", id="beata", name="Beata Wiśniewska", lang="pl", occupation="Naczelniczka wydziału w urzędzie miasta",
          summary="Naczelniczka wydziału komunikacji, która prowadzi zakupy na platformie sprzedawców.", sources=COUNTED)
    folded: list[str] = []
    real = evidence._fold
    monkeypatch.setattr(evidence, "_fold", lambda text: folded.append(text) or real(text))
    assert lint(tmp_path, monkeypatch) == []
    assert not any("Beata" in text or "Naczelniczka" in text for text in folded), folded


def test_a_note_that_asks_still_reads_who_the_persona_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guards: an office's heads for an official are the people it describes; for a resident, the office."""
    asks = """\
  - id: wywiady-naczelnicy
    type: interview
    date: 2026-09-14
    n: 1
    note: "Rozmowa z naczelnikiem Wydziału Komunikacji o kartach parkingowych"
"""
    write(tmp_path, "urzedniczka", id="urzedniczka", name="Beata Wiśniewska", lang="pl",
          occupation="Naczelniczka wydziału w urzędzie miasta",
          summary="Naczelniczka wydziału komunikacji w urzędzie miasta.", sources=asks)
    write(tmp_path, "mieszkaniec", id="mieszkaniec", name="Jan Nowak", lang="pl", occupation="Kierowca",
          summary="Mieszkaniec, który składa w urzędzie wniosek o kartę parkingową.", sources=asks)
    found = lint(tmp_path, monkeypatch)
    assert [Path(f["path"]).stem for f in found] == ["mieszkaniec"]
    assert "asks our own organisation" in found[0]["message"]
