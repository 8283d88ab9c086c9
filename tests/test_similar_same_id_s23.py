"""similar-personas (CX103) leaves a pair that shares one id to duplicate-id (tester8 L4).

A persona copied to a second file is reported twice by duplicate-id (CX003); CX103 used to add
"persona 'x' shares 100% ... with 'x'", a persona similar to an id equal to its own.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint

ZBIGNIEW = """\
kind: persona
id: zbigniew-emeryt-przenosi-numer
name: Pan Zbigniew
lang: pl
summary: Emeryt z Radomia, 71 lat, przenosi numer do tańszej sieci po podwyżce rachunku o 18 zł.
goals:
  - Przenieść numer stacjonarny i komórkowy bez przerwy w działaniu
  - Płacić za abonament najwyżej 45 zł miesięcznie
behaviours:
  - Dzwoni na infolinię zamiast korzystać z aplikacji operatora
  - Prosi wnuczkę o sprawdzenie umowy przed podpisaniem w salonie
pain_points:
  - Nie wie, gdzie znaleźć kod PUK i numer umowy przy przeniesieniu
  - Boi się, że straci numer, który zna cała rodzina
"""

DAN = """\
kind: persona
id: dan-heating-firm-owner
name: Dan Okafor
lang: en
summary: Runs a six-person heating firm in Leeds and does the invoicing himself on Sunday evenings.
goals:
  - Invoice every job from the van on the day it is signed off
  - Get paid within 21 days without chasing customers by phone
behaviours:
  - Keeps job notes in a paper diary and types them up on Sundays
  - Asks other installers on a trade forum which invoicing app they use
pain_points:
  - Spends four hours every Sunday retyping job notes into spreadsheets
  - Loses track of which customers have paid and which need a reminder
"""


def lint_files(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> list[tuple[str, str, str]]:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(textwrap.dedent(text), encoding="utf-8")
    monkeypatch.chdir(root)
    found = lint(["."], Config(root=root), Selection(select=("duplicate-id", "similar-personas"))).findings
    return [(f.path, f.code, f.message) for f in found]


@pytest.mark.parametrize("text", [ZBIGNIEW, DAN], ids=["pl", "en"])
def test_a_persona_copied_to_a_second_file_is_duplicate_id_only(tmp_path, monkeypatch, text):
    found = lint_files(tmp_path, monkeypatch, {"personas/a.yaml": text, "personas/a kopia.yaml": text})
    assert sorted(code for _, code, _ in found) == ["CX003", "CX003"], found


@pytest.mark.parametrize("text", [ZBIGNIEW, DAN], ids=["pl", "en"])
def test_the_copy_is_still_similar_to_another_persona(tmp_path, monkeypatch, text):
    ident = text.split("id: ", 1)[1].split("\n", 1)[0]
    other = text.replace(f"id: {ident}", f"id: {ident}-2")
    found = lint_files(tmp_path, monkeypatch, {"personas/a.yaml": text, "personas/b.yaml": text,
                                               "personas/c.yaml": other})
    similar = [(path, msg) for path, code, msg in found if code == "CX103"]
    assert sorted(code for _, code, _ in found) == ["CX003", "CX003", "CX103"], found
    assert similar[0][0] == "personas/c.yaml"
    assert similar[0][1].startswith(f"persona '{ident}-2' shares 100% of its goals, behaviours and pain points with '{ident}' (")


def test_two_ids_with_the_same_traits_are_still_similar(tmp_path, monkeypatch):
    other = ZBIGNIEW.replace("id: zbigniew-emeryt-przenosi-numer", "id: zbigniew-emeryt")
    found = lint_files(tmp_path, monkeypatch, {"personas/a.yaml": ZBIGNIEW, "personas/b.yaml": other})
    assert [code for _, code, _ in found] == ["CX103"], found
