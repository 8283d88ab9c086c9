"""Two baseline cases that told a team the wrong thing (session 33): a `similar-personas` finding that a
rename moved to the other persona of the pair counted as one new finding and one no longer found; a
baseline written in another workspace matched nothing and said only that its findings were fixed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

TWIN = """\
kind: persona
id: {id}
name: {name}
lang: pl
summary: Klientka, która co roku w marcu odnawia polisę OC samochodu przez aplikację ubezpieczyciela.
goals:
  - Odnowić polisę OC w marcu bez dzwonienia do agenta
  - Porównać raty miesięczne z ceną roczną przed zapłatą
behaviours:
  - Sprawdza ceny w trzech porównywarkach przed odnowieniem
  - Płaci BLIK-iem w aplikacji banku
pain_points:
  - Formularz w aplikacji gubi dane pojazdu po powrocie z ekranu płatności
  - Infolinia oddzwania dopiero następnego dnia roboczego
"""


@pytest.fixture
def twins(tmp_path, monkeypatch):
    root = tmp_path / "ws"
    root.mkdir()
    enter_workspace(root, monkeypatch, config='lang = "pl"\nselect = ["similar-personas"]\nbaseline = "dług.json"\n',
                    today="2026-12-01", files={
                        "personas/anna-kowalska.yaml": TWIN.format(id="anna-kowalska", name="Anna Kowalska"),
                        "personas/zofia-nowak.yaml": TWIN.format(id="zofia-nowak", name="Zofia Nowak")})
    assert run_cli("lint", "--write-baseline").exit_code == 0
    [entry] = json.loads(Path("dług.json").read_text(encoding="utf-8"))["findings"]
    assert (entry["path"], entry["subject"]) == ("personas/zofia-nowak.yaml", "'zofia-nowak' 'anna-kowalska'")
    return root


def test_a_pair_finding_moved_to_the_other_persona_is_the_recorded_one(twins):
    """Fails before: after the rename, 1 new finding (on the renamed file) and 1 recorded one "no longer found"."""
    Path("personas/anna-kowalska.yaml").rename("personas/zuzanna-kowalska.yaml")  # now scanned after zofia-nowak
    assert "personas/zuzanna-kowalska.yaml:2:5" in run_cli("lint", "--no-baseline").stdout
    run = run_cli("lint")
    assert (run.exit_code, run.stderr) == (0, "")
    assert "Nie pokazano 1 zgłoszenia zapisanego" in run.stdout


def test_a_pair_with_another_persona_is_new(twins):
    """Guard: the same rule and place, but a pair of two other documents, is not the recorded finding."""
    Path("personas/anna-kowalska.yaml").unlink()
    Path("personas/zofia-nowak.yaml").write_text(
        "kind: persona\nid: zofia-nowak\nname: Zofia Nowak\nlang: pl\ngoals:\n  - Zdać egzamin na prawo jazdy przed wakacjami\n"
        "behaviours:\n  - Jeździ rowerem na uczelnię przez cały rok\n  - Uczy się testów w tramwaju\n"
        "pain_points:\n  - Terminy egzaminów w WORD są zajęte na dwa miesiące naprzód\n", encoding="utf-8")
    for ident, name in (("ewa-nowak", "Ewa Nowak"), ("iga-nowak", "Iga Nowak")):
        Path(f"personas/{ident}.yaml").write_text(TWIN.format(id=ident, name=name), encoding="utf-8")
    run = run_cli("lint")
    assert "personas/iga-nowak.yaml:2:5: info CX103 persona „iga-nowak” ma 100%" in run.stdout  # a Polish workspace
    assert "1 zgłoszenie zapisane w dług.json (`baseline` w cxkit.toml:3:1) już nie występuje" in run.stderr


def test_a_baseline_of_another_workspace_gets_a_hint(tmp_path, monkeypatch):
    """Fails before: only "2 findings recorded in obcy.json are no longer found (fixed, or the file renamed)"."""
    (tmp_path / "ws").mkdir()
    enter_workspace(tmp_path / "ws", monkeypatch, config='lang = "pl"\nselect = ["similar-personas"]\n',
                    today="2026-12-01", files={"personas/ola.yaml": TWIN.format(id="ola", name="Ola")})
    entries = [{"path": f"klient-b/personas/{n}.yaml", "rule": "similar-personas", "place": "id", "subject": ""}
               for n in ("ewa", "jan")]
    Path("obcy.json").write_text(json.dumps({"format": "cxkit-baseline/1", "findings": entries}), encoding="utf-8")
    run = run_cli("lint", "--baseline", "obcy.json")
    assert run.exit_code == 0
    assert run.stderr == (
        "cxkit: uwaga: żadne z 2 zgłoszeń zapisanych w obcy.json nie dotyczy pliku, który tu jest (wskazuje "
        "„klient-b/personas/ewa.yaml” względem bieżącego folderu): zapisany w innym obszarze roboczym albo z innego "
        "folderu? Zapisz plik bazowy tego obszaru poleceniem `cxkit lint --write-baseline --no-baseline`; te pliki "
        "usunięto? Zmniejsz go poleceniem `cxkit lint --write-baseline`\n")
    Path("klient-b/personas").mkdir(parents=True)
    Path("klient-b/personas/jan.yaml").write_text(TWIN.format(id="jan", name="Jan"), encoding="utf-8")
    assert "już nie występują" in run_cli("lint", "--baseline", "obcy.json").stderr  # one of its files is here: fixed
