"""The journey rules (CX4xx) in Polish, in a Polish workspace (session 35)."""

from __future__ import annotations

import json

from conftest import enter_workspace, run_cli

OLA = "kind: persona\nid: ola\nname: Ola\nstatus: retired\n"

JOURNEY = """\
kind: journey
id: j
name: Ola kupuje
persona: ola
stages:
  - id: lojalnosc
    name: Lojalność
    emotion: 1
    touchpoints:
      - channel: brak
  - id: swiadomosc
    name: Świadomość
    emotion: 1
    touchpoints:
      - channel: instagram
    opportunities:
      - action: Poprawić doświadczenie klienta
        owner: Zespół sklepu
        due: 2025-01-10
        status: planned
      - action: Skrócić formularz do 3 pól
        owner: wszyscy
      - action: Dodać BLIK na stronie płatności
        due: 2072-06-01
        owner: Zespół płatności
  - id: rozwazanie
    name: Rozważanie
    emotion: -2
    feeling: neutralnie
    pain_points:
      - Formularz gubi dane
  - id: zakup
    name: Zakup
    emotion: -1
    feeling: Ulga i radość
    touchpoints:
      - channel: sklep
"""

CONFIG = ('lang = "pl"\n[rules.missing-stage]\nrequired = ["zakup", "serwis"]\n'
          '[rules.unowned-opportunity]\nrequire-due = true\n')


def lint_json(*args: str) -> list[tuple[int, str, str]]:
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", *args).stdout)
    return [(f["line"], f["code"], f["message"]) for f in found if f["path"] == "journeys/j.yaml"]


def test_the_journey_rules_speak_polish(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config=CONFIG, today="2026-12-01",
                    files={"personas/ola.yaml": OLA, "journeys/j.yaml": JOURNEY})
    said = lint_json("--select", "CX4", "--extend-select", "CX414,CX415")
    expected = [
        (4, "CX413", "persona „ola” jest wycofana (personas/ola.yaml); oprzyj ścieżkę na personie w użyciu albo "
                     "wycofaj także ścieżkę (status: retired)"),
        (5, "CX406", "brakuje wymaganego etapu: serwis"),
        (6, "CX402", "etap „lojalnosc” nie ma punktów styku („brak” nie wskazuje żadnego); napisz, gdzie persona "
                     "styka się z wami na tym etapie"),
        (11, "CX411", "etap „swiadomosc” jest etapem wczesnym (świadomość, odkrywanie), a stoi po „lojalnosc”, "
                      "etapie późnym (lojalność, polecanie); przesuń go wyżej, między wczesne etapy, a jeśli klient "
                      "zaczyna tu od nowa, powiedz to w nazwie („re-awareness”, „ponowna świadomość”)"),
        (17, "CX410", "usprawnienie „Poprawić doświadczenie klienta” wyraża życzenie, a nie zmianę; napisz, co się zmieni "
                      "i gdzie (strona, komunikat, krok procesu)"),
        (19, "CX408", "usprawnienie „Poprawić doświadczenie klienta” miało termin 2025-01-10 (22 miesiące temu) i "
                      "nadal jest zaplanowane (`status: planned`); ustaw `status: done`, jeśli jest zrobione, albo "
                      "wyznacz nowy termin"),
        (22, "CX403", "usprawnienie „Skrócić formularz do 3 pól” nie ma właściciela („wszyscy” nie wskazuje nikogo) "
                      "ani terminu; wskaż zespół lub osobę, która je wdroży i do kiedy"),
        (24, "CX403", "usprawnienie „Dodać BLIK na stronie płatności” ma termin 2072-06-01, za 46 lat (literówka zamiast "
                      "2027-06-01?); wpisz datę, na którą zaplanowano usprawnienie"),
        (26, "CX404", "etap „rozwazanie” jest bolesny (emocja -2, 1 bolączka), ale nie ma żadnego "
                      "usprawnienia (`opportunities`); zaplanuj, kto co naprawi i do kiedy"),
        (29, "CX412", "etap „rozwazanie”: uczucie „neutralnie” nie nazywa żadnej emocji; napisz, co persona tam "
                      "czuła i dlaczego, tak jak usłyszeliście to w badaniach (niepewność, zniecierpliwienie, ulga)"),
        (32, "CX404", "etap „zakup” jest bolesny (emocja -1), ale nie wskazuje żadnej bariery ani bolączki i nie ma "
                      "żadnego usprawnienia (`opportunities`); napisz, co przeszkadza personie, a potem zaplanuj, kto to naprawi i do "
                      "kiedy"),
        (32, "CX405", "ścieżka kończy się na etapie „zakup”; dodaj, co dzieje się po zakupie (korzystanie z zakupu, "
                      "szukanie pomocy, powrót, polecanie)"),
        (34, "CX409", "na etapie „zakup” uczucie „Ulga” nie pasuje do emocji -1; oceń to, co persona czuła (+1 "
                      "lub +2), albo napisz w `feeling`, co bolało"),
    ]
    for item in expected:
        assert item in said, item
    rest = [m for _line, code, m in said if code in ("CX414", "CX415")]
    assert "etap „lojalnosc” (Lojalność) nie mówi, co klient tam robi i myśli; dodaj `doing` i `thinking` (np. " \
           "doing: \"Porównuje ceny trzech modeli na telefonie w tramwaju\"; thinking: \"Czy zdążą z dostawą przed " \
           "piątkiem?\")" in rest
    assert any(m.startswith("etap „swiadomosc” (Świadomość) planuje 2 usprawnienia, ale nie ma `metrics`, więc nie "
                            "wiadomo, czy działają") for m in rest), rest


def test_a_stage_without_emotion_and_a_journey_for_a_negative_persona(tmp_path, monkeypatch):
    journey = ("kind: journey\nid: j\nname: J\npersona: nie-ola\nstages:\n  - id: zakup\n    name: Zakup\n"
               "    touchpoints:\n      - channel: sklep\n")
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-01", files={
        "personas/nie-ola.yaml": "kind: negative-persona\nid: nie-ola\nname: Nie-Ola\nreasons:\n  - Za drogo\n",
        "journeys/j.yaml": journey})
    said = lint_json("--select", "CX401,CX407")
    assert said == [
        (4, "CX407", "persona „nie-ola” to persona negatywna (personas/nie-ola.yaml); mapuj ścieżki ludzi, dla których "
                     "projektujesz"),
        (6, "CX401", "etap „zakup” nie ma emocji (`emotion`); oceń ją w skali od -2 (bardzo negatywne) do +2 (bardzo "
                     "pozytywne)"),
    ]


def test_far_off_in_polish():
    from cxkit.lint.rules.journeys import _far_off_pl

    assert _far_off_pl("7 years from now (a typo for 2030-01-01?)") == "za 7 lat (literówka zamiast 2030-01-01?)"
    assert _far_off_pl("22 years from now (a typo?)") == "za 22 lata (literówka?)"
    assert _far_off_pl("something else") == "something else"
