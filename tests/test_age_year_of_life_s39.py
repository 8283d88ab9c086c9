"""`age: 35 r.ż.` is the 35th year of life, which is age 34: told to write the age, never fixed to 35 (review of 4c1be94d).

4c1be94d told an age with a unit to leave the unit out (`32-36 lat` -> `32-36`) and `cxkit fmt --fix` did it; for
"r.ż." (rok życia, the year of life) that changed the age by one.  It is now told what "r.ż." counts, with no
fix; `lat`, `years` and `rok` are still left out by the fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from workspace_helpers import enter_in_language

EWA = "kind: persona\nid: ewa\nname: Ewa Nowak\nlang: {lang}\ndemographics:\n  age: {age}\n  location: Poznań, Jeżyce\n"


@pytest.fixture(params=["pl", "en"])
def lang(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    return enter_in_language(tmp_path, monkeypatch, request.param)


@pytest.mark.parametrize("age", ["35 r.ż.", "35 r. ż.", "35-40 r.ż."])
def test_a_year_of_life_is_told_and_left_to_a_person(lang: str, age: str) -> None:
    path = Path("personas/ewa.yaml")
    path.write_text(EWA.format(lang=lang, age=age), encoding="utf-8")
    [line] = [line for line in run_cli("lint", "--select", "schema", "personas/ewa.yaml").stdout.splitlines()
              if "[schema]" in line]
    assert "[*]" not in line
    said = {"pl": "liczy rok życia, nie ukończone lata: wpisz wiek, który podały badania (35. rok życia to wiek 34)",
            "en": "counts the year of life, not the years lived: write the age the research found (year of life 35 "
                  "is age 34)"}[lang]
    assert line.endswith(f"{said} [schema]"), line
    run_cli("fmt", "--fix", "personas/ewa.yaml")
    assert f"age: {age}\n" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("age", "fixed"), [("32-36 lat", "32-36"), ("35 years", "35"), ("1 rok", "1")])
def test_guard_a_unit_is_still_left_out_by_the_fix(lang: str, age: str, fixed: str) -> None:
    path = Path("personas/ewa.yaml")
    path.write_text(EWA.format(lang=lang, age=age), encoding="utf-8")
    assert run_cli("fmt", "--fix", "personas/ewa.yaml").exit_code == 0
    assert f"  age: {fixed}\n" in path.read_text(encoding="utf-8")
