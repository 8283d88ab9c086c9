"""Plain-typed Polish (no Polish letters) and the stems: verbs in "-nąć"/"-ąć" and the noun "pałac".

Cutting a plain "-ac" infinitive ("kliknac", "wziac", "zaczac") must meet the written "-ąć" form,
which the written side now cuts too; a plain "palac" (pałac) is no infinitive and must not meet
"pali" (smokes).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.textnorm import stem


@pytest.mark.parametrize(("written", "plain"), [
    ("kliknąć", "kliknac"), ("wziąć", "wziac"), ("zacząć", "zaczac"), ("dotknąć", "dotknac"),
    ("pałac", "palac"), ("księżyc", "ksiezyc"),
])
def test_plain_spelling_stems_as_the_written_one(written, plain):
    assert stem(plain) == stem(written)


def test_kliknac_meets_kliknie_and_palac_is_no_smoking():
    assert stem("kliknąć") == stem("kliknie")
    assert stem("palac") != stem("pali")
    assert stem("poznać") == stem("poznac") == stem("pozna")  # guard: -nać infinitives still cut


PERSONA = """kind: persona
id: ola
name: Ola Nowak
lang: pl
summary: Mama dwójki dzieci z Poznania, kupuje bilety i zakupy przez telefon.
goals:
  - Chce mieć spokój z zakupami
behaviours:
  - {trait}
reviewed: 2026-11-01
"""
NEGATIVE = """kind: negative-persona
id: bez-listy
name: Kupujący bez listy
lang: pl
summary: Osoba, która nie planuje zakupów.
reasons:
  - {reason}
reviewed: 2026-11-01
"""


def _codes(tmp_path: Path, trait: str, reason: str) -> set[str]:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "ola.yaml").write_text(PERSONA.format(trait=trait), encoding="utf-8")
    (tmp_path / "bez-listy.yaml").write_text(NEGATIVE.format(reason=reason), encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", str(tmp_path)])
    assert result.exit_code in (0, 1), result.output
    return {f["code"] for f in json.loads(result.stdout)}


def test_a_plain_typed_click_overlaps_the_written_one(tmp_path):
    codes = _codes(tmp_path, "Chce kliknąć raz i mieć bilet w telefonie", "Chce kliknac raz i miec bilet w telefonie")
    assert "CX203" in codes


def test_a_plain_typed_denial_with_zaczac_mirrors(tmp_path):
    codes = _codes(tmp_path, "Nie może zacząć zakupów bez listy od żony", "Nie moze zaczac zakupow bez listy od zony")
    assert "CX204" in codes


def test_a_palace_visit_is_no_smoking_habit(tmp_path):
    codes = _codes(tmp_path, "Pali papierosy na balkonie po każdym posiłku", "Zwiedza palac na balkonie po kazdym posilku")
    assert "CX203" not in codes
