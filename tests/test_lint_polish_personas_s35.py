"""The persona rules (CX1xx, CX2xx) in Polish, in a Polish workspace (session 35)."""

from __future__ import annotations

import json

from conftest import enter_workspace, run_cli

OLA = """\
kind: persona
id: ola
name: Ola
summary: Kobieta 25-45 lat z dużego miasta.
quote: Cenię jakość i dbam o zdrowie.
demographics:
  age: 25-65
  location: duże miasto
  income: powyżej średniej
  occupation: Menedżerka
  household: rodzina z dziećmi
  education: wyższe
goals:
  - Ceni jakość
  - Dba o zdrowie
  - 70% klientek płaci kartą
pain_points:
  - Brak czasu
behaviours:
  - Aktywna w mediach społecznościowych
reviewed: 2026-11-01
"""

ALA = """\
kind: persona
id: ala
name: Ala
goals:
  - Co tydzień zamawia zakupy spożywcze we Frisco na sobotę rano
  - Płaci BLIK-iem w aplikacji banku Pekao
pain_points:
  - Kurier spóźnia się o dwie godziny w piątki
behaviours:
  - Porównuje ceny w aplikacji Ceneo przed każdym zakupem
"""

NIE_ALA = """\
kind: negative-persona
id: nie-ala
name: Nie-Ala
reasons:
  - Nie porównuje cen w aplikacji Ceneo przed zakupem
  - Nie płaci BLIK-iem w aplikacji banku
goals:
  - Kurier spóźnia się o dwie godziny w piątki
"""


def polish(tmp_path, monkeypatch, files, lang="pl"):
    enter_workspace(tmp_path, monkeypatch, config=f'lang = "{lang}"\n', today="2026-12-01", files=files)


def messages(*args: str) -> list[tuple[str, int, str, str]]:
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", *args).stdout)
    return [(f["path"], f["line"], f["code"], f["message"]) for f in found]


def test_pseudo_profiling_speaks_polish_with_the_documents_examples(tmp_path, monkeypatch):
    polish(tmp_path, monkeypatch, {"personas/ola.yaml": OLA})
    said = {(line, message) for _path, line, _code, message in messages("--select", "pseudo-profiling")}
    assert (14, "„Ceni jakość” opisuje niemal każdego; doprecyzuj: podaj produkt, markę lub cenę, które ta osoba "
                "wybrała, i to, co odrzuciła (np. „kupiła ekspres za 1800 zł po zwrocie tańszego”)") in said
    assert (16, "„70% klientek” to dane o segmencie, a nie cecha tej osoby: napisz, co ta osoba robi (np. „płaci "
                "BLIK-iem za zakupy w Żabce, kartą tylko za granicą”); liczba bez źródła to założenie: dane o "
                "segmencie zostaw w badaniu, z którego pochodzą, i powołaj się na identyfikator tego źródła") in said
    assert (7, "`age` „25-65” obejmuje 40 lat, więcej niż max-age-span 5: persona to jedna osoba; podaj jeden wiek "
               "albo przedział najwyżej 5 lat; zespół, którego badania podają wiek w przedziałach, zachowa je, "
               "wpisując max-age-span = 40 w [rules.pseudo-profiling] w cxkit.toml") in said
    assert (3, "6 z 6 cech (wliczając summary) jest ogólnikowych (100%, więcej niż vague-share 50%): persona "
               "opisuje segment na "
               "papierze, a nie osobę; przepisz cechy jako zachowania zaobserwowane w badaniach") in said
    texts = " ".join(m for _line, m in said)
    for part in ("`location` „duże miasto” to kategoria", "`income` „powyżej średniej” to ocena, a nie kwota",
                 "`occupation` „Menedżerka” to nazwa stanowiska", "`household` „rodzina z dziećmi”",
                 "`education` „wyższe” podaje tylko poziom", "quote: „dbam o zdrowie” opisuje niemal każdego; cytat to zdanie", "summary: „25-45 lat”"):
        assert part in texts, part
    assert "anyone" not in texts and "e.g." not in texts


def test_an_english_persona_in_a_polish_workspace_gets_polish_advice_with_english_examples(tmp_path, monkeypatch):
    persona = "kind: persona\nid: sam\nname: Sam\nlang: en\ngoals:\n  - Values quality\n"
    polish(tmp_path, monkeypatch, {"personas/sam.yaml": persona})
    assert messages("--select", "pseudo-profiling") == [(
        "personas/sam.yaml", 6, "CX101",
        "„Values quality” opisuje niemal każdego; doprecyzuj: podaj produkt, markę lub cenę, które ta osoba "
        "wybrała, i to, co odrzuciła (np. „bought a £160 Moccamaster after returning two £35 kettles”)")]


def test_the_workspace_rules_speak_polish_and_name_the_files(tmp_path, monkeypatch):
    polish(tmp_path, monkeypatch, {"personas/ala.yaml": ALA, "personas/ola.yaml": ALA.replace("id: ala", "id: ola")})
    assert messages("--select", "CX103,CX201") == [
        ("personas/ala.yaml", 2, "CX201", "obszar roboczy ma 2 persony, ale ani jednej persony negatywnej; opisz, dla "
         "kogo NIE projektujesz i dlaczego (`cxkit new negative-persona NAZWA`)"),
        ("personas/ola.yaml", 2, "CX103", "persona „ola” ma 100% celów, zachowań i bolączek wspólnych z „ala” "
         "(personas/ala.yaml); połącz je albo wyostrz to, co je różni"),
    ]
    sarif = json.loads(run_cli("lint", "--no-cache", "-f", "sarif", "--select", "CX103").stdout)
    result, = sarif["runs"][0]["results"]
    # The file the Polish message names is linked where the Polish message names it.
    assert result["message"]["text"].startswith("persona „ola” ma 100%")
    assert result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("personas/ala.yaml")


def test_a_negative_persona_that_mirrors_and_overlaps_a_persona(tmp_path, monkeypatch):
    polish(tmp_path, monkeypatch, {"personas/ala.yaml": ALA, "personas/nie-ala.yaml": NIE_ALA})
    said = messages("--select", "CX203,CX204")
    assert said == [
        ("personas/nie-ala.yaml", 2, "CX204", "persona negatywna „nie-ala” jest lustrzanym odbiciem persony „ala” "
         "(personas/ala.yaml): 2 z 2 powodów zaprzeczają cechom persony lub je powtarzają („Nie porównuje cen w "
         "aplikacji Ceneo przed zakupem” wobec „Porównuje ceny w aplikacji Ceneo przed każdym zakupem”); napisz "
         "na podstawie badań, dlaczego ta osoba nie kupuje ani nie korzysta: cena, zamiennik, zbyt skomplikowane, zakupy pod "
         "wpływem impulsu, co sprawia, że rezygnuje"),
        ("personas/nie-ala.yaml", 8, "CX203", "„Kurier spóźnia się o dwie godziny w piątki” to także cecha persony "
         "„ala” (personas/ala.yaml:8, pain_points: „Kurier spóźnia się o dwie godziny w piątki”); cecha wspólna "
         "obu nie pozwala ich odróżnić"),
    ]


def test_negative_without_reasons(tmp_path, monkeypatch):
    polish(tmp_path, monkeypatch, {
        "personas/a.yaml": "kind: negative-persona\nid: a\nname: A\n",
        "personas/b.yaml": "kind: negative-persona\nid: b\nname: B\nreasons:\n  - Nie jest naszym klientem\n",
    })
    assert messages("--select", "CX202") == [
        ("personas/a.yaml", 2, "CX202", "persona negatywna nie ma powodów (`reasons`); napisz, dlaczego nie "
         "projektujesz dla tej osoby (cena, zamiennik, brak uprawnień, zbyt skomplikowane, zakupy pod wpływem "
         "impulsu, co ją powstrzymuje)"),
        ("personas/b.yaml", 4, "CX202", "powody persony negatywnej mówią tylko, że ta osoba nie należy do grupy "
         "docelowej („Nie jest naszym klientem”); napisz na podstawie badań, dlaczego (cena, zamiennik, brak "
         "uprawnień, zbyt skomplikowane, zakupy pod wpływem impulsu, co ją powstrzymuje)"),
    ]


def test_each_workspace_of_a_run_speaks_its_own_language(tmp_path, monkeypatch):
    polish(tmp_path, monkeypatch, {
        "clients/a/cxkit.toml": 'lang = "pl"\n',
        "clients/a/personas/a.yaml": ALA,
        "clients/b/cxkit.toml": 'lang = "en"\n',
        "clients/b/personas/b.yaml": ALA.replace("id: ala", "id: bob"),
    })
    assert messages("--select", "CX201", "clients/a", "clients/b") == [
        ("clients/a/personas/a.yaml", 2, "CX201", "obszar roboczy (clients/a/cxkit.toml) ma 1 personę, ale ani "
         "jednej persony negatywnej; opisz, dla kogo NIE projektujesz i dlaczego (`cxkit new negative-persona NAZWA`)"),
        ("clients/b/personas/b.yaml", 2, "CX201", "the workspace of clients/b/cxkit.toml has 1 persona but no "
         "negative persona; describe whom you do NOT design for and why (`cxkit new negative-persona NAME`)"),
    ]


def test_polish_plurals():
    from cxkit.lint.polish import counted, examples, listed

    assert [counted(n, "persona", "persony", "person") for n in (1, 2, 4, 5, 12, 14, 22, 25, 0)] == [
        "1 persona", "2 persony", "4 persony", "5 person", "12 person", "14 person", "22 persony", "25 person",
        "0 person"]
    assert listed(["a", "b", "c"]) == "a, b i c" and listed(["a"]) == "a"
    assert examples('name it (e.g. "one", "two")') == "(np. „one”, „two”)"
    assert examples('give a figure (e.g. "ok. 7 500 zł") or a budget') == "(np. „ok. 7 500 zł”)"
    assert examples("no examples") == ""
