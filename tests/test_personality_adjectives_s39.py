"""pseudo-profiling (CX101): a temperament alone is pseudo-profiling (session 39).

tester42 (#12): the seed article's Kowalski example (000) says "Jest analityczny, bardzo wnikliwy" and "Ma
spokojne usposobienie": adjectives of character that fit anyone and show nothing the product could act on.
"Wyższe", "ponadprzeciętne zarobki", "branży IT" were reported, these were not.  They are personality phrases
now, in Polish and English ("wnikliwy", "spokojne usposobienie", "Analytical and very perceptive", "Calm by
nature", "level-headed"), rescued as the others are when the trait goes on to what the person did.
"Analityczny"/"analytical" stays a generic word only: a trait shown in behaviour opens with it ("Analityczny,
porównuje specyfikacje w arkuszu", conftest's PERSONA_PL), and so do a department or a tool ("w dziale
analitycznym", "analytical chemist").
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
lang: {lang}
goals:
  - {goal}
psychographics:
  values:
    - {trait}
"""
PL = {"id": "jan-kowalski", "name": "Jan Kowalski", "lang": "pl",
      "goal": "Kupić słuchawki zamknięte do 1500 zł przed wyjazdem w styczniu"}
EN = {"id": "maya-commuter", "name": "Maya Patel", "lang": "en",
      "goal": "Book a bike service on a Saturday morning without losing the whole weekend"}


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "personas").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def trait_findings(ws: Path, who: dict[str, str], trait: str) -> list[str]:
    (ws / "cxkit.toml").write_text(f'lang = "{who["lang"]}"\n', encoding="utf-8")
    (ws / "personas" / "p.yaml").write_text(PERSONA.format(trait=json.dumps(trait, ensure_ascii=False), **who),
                                            encoding="utf-8")
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "pseudo-profiling", "personas")
    assert result.exception is None, repr(result.exception)
    return [f["message"] for f in json.loads(result.stdout) if f["line"] == 9]


def test_the_seed_examples_are_reported_in_polish_s39(ws: Path) -> None:
    assert trait_findings(ws, PL, "Jest analityczny, bardzo wnikliwy") == [
        "„wnikliwy” opisuje niemal każdego; doprecyzuj: pokaż tę cechę w zachowaniu, które ma "
        "znaczenie dla produktu: co ta osoba zrobiła i kiedy (np. „przed zakupem laptopa zrobiła arkusz z 6 modelami”)"]
    assert [m.split(" opisują")[0] for m in trait_findings(ws, PL, "Ma spokojne usposobienie, jest oszczędny")] == [
        "„spokojne usposobienie”, „oszczędny”"]


@pytest.mark.parametrize(("trait", "quoted"), [
    ("Analytical and very perceptive", '"perceptive"'),
    ("Calm by nature, level-headed", '"Calm by nature", "level-headed"'),
    ("Meticulous", '"Meticulous"'),
])
def test_english_temperaments_are_reported_s39(ws: Path, trait: str, quoted: str) -> None:
    found = trait_findings(ws, EN, trait)
    assert len(found) == 1 and found[0].startswith(f"{quoted} describe")


@pytest.mark.parametrize(("who", "trait"), [
    (PL, "Jest analityczny: przed zakupem porównuje 3–4 recenzje na forum audiofilskim"),
    (PL, "Pracuje w dziale analitycznym banku PKO BP"),
    (PL, "Analityczka danych w mBanku, raporty w Power BI"),
    (PL, "Korzysta z narzędzi analitycznych GA4"),
    (PL, "Analityczny, porównuje specyfikacje w arkuszu"),  # conftest's PERSONA_PL: shown in behaviour
    (EN, "Analytical, compares specs in a spreadsheet"),
    (EN, "Very analytical: compares 3 quotes in a spreadsheet before any repair over £100"),
    (EN, "Analytical chemist at AstraZeneca in Macclesfield"),
    (EN, "Uses analytical tools (Tableau) at work"),
])
def test_guard_a_temperament_shown_in_behaviour_or_a_trade_is_not_s39(ws: Path, who: dict[str, str], trait: str) -> None:
    assert trait_findings(ws, who, trait) == []


# review104: "opanowany" says a skill mastered as often as a composed temper, and a character or a temperament is
# a place's or a scent's too: those are no temperament of the person.
@pytest.mark.parametrize("trait", [
    "Excel ma opanowany do perfekcji",
    "Wybiera kawiarnie o spokojnym charakterze, z gniazdkiem przy stoliku",
    "Lubi perfumy o łagodnym charakterze",
])
def test_guard_a_skill_mastered_or_a_place_s_character_is_not_a_temperament_s39(ws: Path, trait: str) -> None:
    assert trait_findings(ws, PL, trait) == []


@pytest.mark.parametrize(("trait", "quoted"), [
    ("Ma spokojny charakter", "„spokojny charakter”"),
    ("Osoba o spokojnym usposobieniu", "„spokojnym usposobieniu”"),
])
def test_a_person_s_character_is_still_reported_s39(ws: Path, trait: str, quoted: str) -> None:
    found = trait_findings(ws, PL, trait)
    assert len(found) == 1 and found[0].startswith(f"{quoted} opisuje"), found
