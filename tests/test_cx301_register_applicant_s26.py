"""missing-sources (CX301): a business that deals with a public register or fund is its applicant (session 26).

c6b0ee9 reported an office's heads as "our own organisation" only for a persona that deals with the
office as a resident or applicant, read from its name, id, occupation and summary. An entrepreneur
registering a firm in CEIDG (`id: przedsiebiorca-ceidg`, no summary) read as neither, so "Rozmowa z
naczelnikiem wydziału" stopped being reported for it (test_public_sector_s25 failed on c6b0ee9).
CEIDG, KRS, ZUS and KRUS now name the office the persona deals with.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """\
kind: persona
id: {id}
name: {name}
lang: pl
demographics:
  occupation: {occupation}
goals:
  - {goal}
sources:
  - id: rozmowa
    type: interview
    date: 2026-10-14
    n: 1
    note: "Rozmowa z naczelnikiem wydziału"
reviewed: 2026-11-01
"""


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **fields: str) -> list[dict]:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "p.yaml").write_text(PERSONA.format(**fields), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "missing-sources", ".")
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(("id", "occupation"), [
    ("przedsiebiorca-ceidg", "Hydraulik"),
    ("wlascicielka-spolki", "Prezeska spółki z o.o. wpisanej do KRS"),
    ("rolnik", "Rolnik ubezpieczony w KRUS"),
    ("ksiegowa", "Księgowa, która co miesiąc rozlicza składki w ZUS"),
])
def test_a_business_in_a_public_register_has_the_office_as_its_organisation(tmp_path, monkeypatch, id, occupation):
    found = lint(tmp_path, monkeypatch, id=id, name="Marek Zieliński", occupation=occupation,
                 goal="Załatwić sprawę bez wizyty w urzędzie")
    assert len(found) == 1, found
    assert "asks our own organisation" in found[0]["message"]


def test_guard_a_school_head_is_still_not_reported(tmp_path, monkeypatch):
    found = lint(tmp_path, monkeypatch, id="dyrektorka-szkoly", name="Jolanta Pawlak",
                 occupation="Dyrektorka Szkoły Podstawowej nr 3 w Ełku", goal="Wybrać dziennik elektroniczny")
    assert found == []
