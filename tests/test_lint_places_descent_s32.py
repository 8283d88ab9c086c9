"""A finding's place in its document (`lint -f json/sarif/gitlab`'s `data_path`, `end_line`,
`end_column`) is found by going down the one branch that holds it, not by walking every node of the
document: the same place as the whole walk gives, for a fraction of the work."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.diff import review
from cxkit.lint.finding import Finding, Severity
from cxkit.lint.formats import located
from cxkit.yamlio import load_text

JOURNEY = textwrap.dedent("""\
    kind: journey
    id: zofia-kupuje
    name: Zofia kupuje łóżko
    persona: zofia-mama
    stages:
      - id: research
        name: Szuka
        emotion: 1
        touchpoints: [Instagram, "Porównywarka cen"]
        opportunities:
          - action: Podnieść limit BLIK
            owner: płatności
          - action: Pokazać opinie
      - id: purchase
        name: Zakup
        emotion: 2
        pains:
          - text: Dostawa za 3 tygodnie
            sources: [wywiad-07]
          - Brak raty 0%
      - name: Bez id
        emotion: -1
        notes: |
          Klientka dzwoni do sklepu.
          Pyta o montaż.

    reviewed: 2024-01-10
    """)

#: The same data with an anchor and an alias: the alias repeats a node at another place in the tree.
ANCHORED = JOURNEY.replace("owner: płatności", "owner: &team płatności").replace(
    "      - Brak raty 0%", "      - Brak raty 0%\n      - *team"
)


def _finding(line: int, column: int) -> Finding:
    return Finding("j.yaml", line, column, "CX001", "schema", Severity.warning, "m")


def _starts(text: str) -> list[tuple[int, int]]:
    loaded = load_text(text)
    out = set()
    for node, *_ in review._walk(loaded.root, loaded.data, (), (), (), 0):
        out.add((node.start_mark.line + 1, node.start_mark.column + 1))
    return sorted(out)


def _whole_walk(text: str, positions: list[tuple[int, int]]) -> list[tuple]:
    """The places as the walk over every node gives them (the way a document with anchors is placed)."""
    loaded = load_text(text)
    file = located._index(loaded)
    if not file.whole:  # index the whole document, as for one with anchors
        file = located._index(load_text(text.replace("kind: journey", "kind: journey # R&D")))
        file.loaded = loaded
    return [located._at(located._place(file, _finding(*p))) for p in positions]


def test_a_finding_is_placed_without_walking_every_node(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded = load_text(JOURNEY)
    walked: list[int] = []
    real_walk = review._walk

    def counting_walk(*args, **kwargs):
        for step in real_walk(*args, **kwargs):
            walked.append(1)
            yield step

    monkeypatch.setattr(review, "_walk", counting_walk)
    findings = [_finding(9, 18), _finding(18, 15), _finding(23, 12)]
    placed = located.placed(loaded, findings)
    assert [f.at for f in placed] == [
        ("zofia-kupuje", "stages[research].touchpoints", 9, 49),
        ("zofia-kupuje", "stages[purchase].pains[0].text", 18, 36),
        ("zofia-kupuje", "stages[2].notes", 25, 21),
    ]
    assert walked == []


def test_every_start_is_placed_as_the_whole_walk_places_it() -> None:
    positions = _starts(JOURNEY)
    assert len(positions) > 40
    file = located._index(load_text(JOURNEY))
    assert not file.whole
    got = [located._at(located._place(file, _finding(*p))) for p in positions]
    assert got == _whole_walk(JOURNEY, positions)


def test_a_document_with_an_alias_is_still_walked_whole() -> None:
    # The alias repeats the anchored value as an item of `pains`, and a list item outranks a key's value
    # starting at the same place: the whole walk names the anchored value by the item.
    file = located._index(load_text(ANCHORED))
    assert file.whole
    assert ANCHORED.splitlines()[11] == "        owner: &team płatności"
    assert located._at(located._place(file, _finding(12, 16))) == (
        "zofia-kupuje", "stages[purchase].pains[2]", 12, 31,
    )


def test_json_places_of_a_real_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "cxkit.toml").write_text("", encoding="utf-8")
    (ws / "journey.yaml").write_text(JOURNEY.replace("emotion: 2", "emotion: 9"), encoding="utf-8")
    monkeypatch.chdir(ws)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--jobs", "1", "-f", "json", "journey.yaml"])
    assert result.exit_code == 1, result.output
    rows = {(r["line"], r["column"]): r for r in json.loads(result.stdout)}
    emotion = rows[(16, 14)]
    assert (emotion["document"], emotion["data_path"], emotion["end_line"], emotion["end_column"]) == (
        "zofia-kupuje", "stages[purchase].emotion", 16, 15,
    )
