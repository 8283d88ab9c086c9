"""missing-sources (CX301) `trait-sources`: a trait that cites no source, opt-in.

The `cxkit new` template says "A trait without a source is an assumption: check it, or mark it as
one", yet nothing reported such a trait.  Off by default (a fresh workspace or an early draft would
get one finding per trait); with `trait-sources = true` each trait without `sources` of a persona
that lists its sources is reported on the trait's line.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app

PL = """\
kind: persona
id: kasia-urzadza-mieszkanie
name: Kasia Wrona
lang: pl
sources:
  - id: wywiady
    type: interview
    date: 2026-11-12
    n: 14
goals:
  - Urządzić salon przed świętami, sofa ma przejść przez zakręt klatki na 3. piętrze
  - text: Zamawia próbki trzech tkanin, zanim wybierze sofę
    sources: [wywiady]
"""

EN = """\
kind: persona
id: tomasz-biuro
name: Tomasz Zieliński
lang: en
sources:
  - id: interviews-2026-11
    type: interview
    date: 2026-11-20
    n: 14
motivations:
  - text: Orders 40 desk chairs before the lease starts, to avoid a week of folding chairs
    sources: [interviews-2026-11]
  - text: Lease of the new office starts 2026-12-01
"""

NO_SOURCES = """\
kind: persona
id: ewa-projektantka
name: Ewa Nowicka
lang: pl
goals:
  - Zamawia meble dla klientów z terminem dostawy do 3 tygodni
"""


def lint(tmp_path: Path, files: dict[str, str], on: bool | None) -> list[tuple[str, int, str]]:
    (tmp_path / "personas").mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        (tmp_path / "personas" / name).write_text(body, encoding="utf-8")
    if on is not None:
        (tmp_path / "cxkit.toml").write_text(f"[rules.missing-sources]\ntrait-sources = {str(on).lower()}\n")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX301", str(tmp_path)])
    assert result.exit_code in (0, 1), result.output
    return [(Path(f["path"]).name, f["line"], f["message"]) for f in json.loads(result.stdout)]


def test_off_by_default(tmp_path):
    assert lint(tmp_path, {"kasia.yaml": PL, "tomasz.yaml": EN}, None) == []
    assert lint(tmp_path / "off", {"kasia.yaml": PL}, False) == []


def test_on_reports_each_trait_without_sources_polish_and_english(tmp_path):
    found = lint(tmp_path, {"kasia.yaml": PL, "tomasz.yaml": EN}, True)
    assert [(name, line) for name, line, _ in found] == [("kasia.yaml", 11), ("tomasz.yaml", 13)]
    assert found[0][2].startswith("this trait cites no source, so it is an assumption until checked")
    assert "`sources: [wywiady]`" in found[0][2]
    assert "`sources: [interviews-2026-11]`" in found[1][2]


def test_a_persona_without_sources_gets_the_one_finding_it_always_got(tmp_path):
    found = lint(tmp_path, {"ewa.yaml": NO_SOURCES}, True)
    assert len(found) == 1 and found[0][2].startswith("no sources: this persona rests on assumptions")
