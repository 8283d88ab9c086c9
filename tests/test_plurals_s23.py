"""Counts in lint messages read as words: "1 barrier", "2 barriers", never "barrier(s)", which a
screen reader says as "barrier open paren s" (tester9 D5)."""

from __future__ import annotations

import pytest

from rule_helpers import run

JOURNEY = """\
kind: journey
id: pawel-kupuje-rower
name: Paweł kupuje rower cargo
persona: pawel-tata
lang: pl
stages:
  - id: rozwazanie
    name: Rozważanie
    touchpoints:
      - channel: web
        description: Porównuje rowery cargo na stronie sklepu w Gdańsku
    emotion: -1
    barriers:
{barriers}
    pain_points:
{pains}
  - id: zakup
    name: Zakup
    touchpoints:
      - channel: sklep
        description: Jazda próbna z dwójką dzieci w skrzyni
    emotion: 1
"""
BARRIERS = ["      - Brak jazdy próbnej w weekend", "      - Cena powyżej 12 000 zł bez raty 0%"]
PAINS = ["      - Nie wie, czy rower zmieści się w windzie bloku", "      - Sprzedawca nie zna wagi skrzyni"]


def _person(pid: str, name: str) -> str:
    return f"kind: persona\nid: {pid}\nname: {name}\nlang: pl\n"


@pytest.mark.parametrize(("barriers", "pains", "said"), [
    (1, 1, "(emotion -1, 1 barrier, 1 pain point)"),
    (2, 2, "(emotion -1, 2 barriers, 2 pain points)"),
    (2, 1, "(emotion -1, 2 barriers, 1 pain point)"),
])
def test_unaddressed_pain_counts(tmp_path, monkeypatch, barriers, pains, said):
    text = JOURNEY.format(barriers="\n".join(BARRIERS[:barriers]), pains="\n".join(PAINS[:pains]))
    found = run(tmp_path, monkeypatch, {"journeys/pawel.yaml": text}, "unaddressed-pain")
    assert [f.message for f in found] == [
        f"stage 'rozwazanie' hurts {said} but has no opportunities; plan who fixes what, by when"]


@pytest.mark.parametrize(("required", "said"), [
    (["zakup", "lojalnosc"], "missing required stage: lojalnosc"),
    (["rozwazanie", "polecanie", "lojalnosc"], "missing required stages: polecanie, lojalnosc"),
])
def test_missing_stage_counts(tmp_path, monkeypatch, required, said):
    text = JOURNEY.format(barriers=BARRIERS[0], pains=PAINS[0])
    found = run(tmp_path, monkeypatch, {"journeys/pawel.yaml": text}, "missing-stage", required=required)
    assert [f.message for f in found] == [said]


@pytest.mark.parametrize(("people", "said"), [
    ([("pawel-tata", "Paweł Zieliński")], "1 persona"),
    ([("pawel-tata", "Paweł Zieliński"), ("ewa-kurierka", "Ewa Mazur")], "2 personas"),
])
def test_missing_negative_persona_counts(tmp_path, monkeypatch, people, said):
    files = {f"personas/{pid}.yaml": _person(pid, name) for pid, name in people}
    found = run(tmp_path, monkeypatch, files, "missing-negative-persona")
    assert [f.message for f in found] == [
        f"the workspace has {said} but no negative persona; describe whom you do NOT design for and why "
        "(`cxkit new negative-persona NAME`)"]
