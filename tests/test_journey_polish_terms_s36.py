"""The journey rules' Polish messages in the map's own words (session 36, tester38 M4 and L5).

M4: lint called an opportunity "szansa", and "ale nie ma szans" reads as "it's hopeless", while the
printed map, every export and `cxkit diff` head the field "Usprawnienia": every Polish message about
`opportunities` says "usprawnienie", with the verbs and pronouns agreeing (neuter: "miało", "je",
"oznaczone jako zrobione").  L5: CX409 wrote "persona czuje „Zadowolony”" / "czuje „Ulga”", which is
no Polish; it says "uczucie „…” nie pasuje do emocji N" as CX412 says "uczucie „…”".
The English messages, the findings' identity, are unchanged.
"""

from __future__ import annotations

import json

import pytest

from conftest import enter_workspace, run_cli

KRYSTYNA = """\
kind: persona
id: krystyna
name: Krystyna Żółkiewska
goals:
  - Dostać auto zastępcze tego samego dnia, w którym zgłasza szkodę
"""

#: A claim journey of an insurer: each stage makes one message of an opportunity rule.
SZKODA = """\
kind: journey
id: krystyna-szkoda-oc
name: Krystyna zgłasza szkodę z OC sprawcy
persona: krystyna
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    emotion: -1
    feeling: Zdenerwowana, bo infolinia odsyła do aplikacji
    touchpoints: [infolinia]
    barriers:
      - Konsultant nie zna numeru szkody
    opportunities:
      - action: Dodać SMS z numerem szkody po zgłoszeniu
        owner: Dział likwidacji szkód / Dział obsługi klienta
      - action: Skrócić formularz zgłoszenia z 14 do 6 pól
        owner: Cała firma
      - action: Pokazać w aplikacji status oględzin
  - id: ogledziny
    name: Oględziny
    emotion: 1
    feeling: Zadowolona, rzeczoznawca przyjechał na czas
    touchpoints: [rzeczoznawca]
    barriers:
      - Termin oględzin podany bez godziny
    opportunities:
      - action: Podawać godzinę oględzin w SMS-ie
        owner: Zespół rzeczoznawców
        due: 2026-10-31
  - id: kosztorys
    name: Kosztorys
    emotion: -2
    touchpoints: [list]
    barriers:
      - 35% amortyzacji części bez wyjaśnienia
  - id: naprawa
    name: Naprawa w warsztacie
    emotion: 0
    feeling: Wściekła, warsztat czeka trzeci tydzień na części
    touchpoints: [warsztat]
  - id: wyplata
    name: Wypłata odszkodowania
    emotion: -2
    feeling: Zadowolona z kwoty
    touchpoints: [przelew]
    barriers:
      - Wypłata 9 dni po decyzji
    opportunities:
      - action: Usprawnić proces
        owner: Dyrektor likwidacji szkód (Jan Kowalczyk)
        due: 2026-06-30
        status: planned
"""


def lint_json(*args: str) -> list[dict]:
    result = run_cli("lint", "--no-cache", "-f", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


@pytest.fixture
def polish(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n[rules.unowned-opportunity]\nrequire-due = true\n',
                    today="2026-12-01", files={"personas/krystyna.yaml": KRYSTYNA, "journeys/szkoda.yaml": SZKODA})


def messages(code: str) -> list[str]:
    return [f["message"] for f in lint_json("--select", code) if f["code"] == code]


def test_an_opportunity_without_one_owner_or_a_date_is_an_usprawnienie(polish):
    assert messages("CX403") == [
        "usprawnienie „Dodać SMS z numerem szkody po zgłoszeniu” nie ma jednego właściciela („Dział likwidacji "
        "szkód / Dział obsługi klienta” zostawia je kilku osobom, czyli nikomu) ani terminu; wskaż jeden zespół lub jedną osobę "
        "odpowiedzialną za usprawnienie i termin",
        "usprawnienie „Skrócić formularz zgłoszenia z 14 do 6 pól” nie ma jednego właściciela („Cała firma” to "
        "wszyscy, czyli nikt) ani terminu; wskaż jeden zespół lub jedną osobę odpowiedzialną za usprawnienie i "
        "termin",
        "usprawnienie „Pokazać w aplikacji status oględzin” nie ma właściciela ani terminu; wskaż zespół lub osobę, "
        "która je wdroży i do kiedy",
    ]


def test_a_painful_stage_without_an_opportunity_has_no_usprawnienie_not_no_chance(polish):
    said = messages("CX404")
    assert said == [
        "etap „kosztorys” jest bolesny (emocja -2, 1 bariera), ale nie ma żadnego usprawnienia (`opportunities`); "
        "zaplanuj, kto co naprawi i do kiedy",
    ]
    assert not any("szans" in m for m in said)


def test_an_overdue_opportunity_was_due_in_the_neuter(polish):
    assert messages("CX408") == [
        "usprawnienie „Podawać godzinę oględzin w SMS-ie” miało termin 2026-10-31 (31 dni temu) i nie jest "
        "oznaczone jako zrobione; ustaw `status: done`, jeśli jest zrobione, albo wyznacz nowy termin",
        # the status said in Polish since session 38 (tester40 L15), not "nadal ma status „planned”"
        "usprawnienie „Usprawnić proces” miało termin 2026-06-30 (5 miesięcy temu) i nadal jest zaplanowane "
        "(`status: planned`); ustaw `status: done`, jeśli jest zrobione, albo wyznacz nowy termin",
    ]


def test_a_vague_action_is_an_usprawnienie_that_wishes(polish):
    assert messages("CX410") == [
        "usprawnienie „Usprawnić proces” wyraża życzenie, a nie zmianę; napisz, co się zmieni i gdzie (strona, "
        "komunikat, krok procesu)",
    ]


def test_a_feeling_that_contradicts_the_score_is_said_as_cx412_says_a_feeling(polish):
    assert messages("CX409") == [
        "na etapie „naprawa” uczucie „Wściekła” nie pasuje do emocji 0; oceń to, co persona czuła (-1 lub -2), "
        "żeby ból było widać na krzywej",
        "na etapie „wyplata” uczucie „Zadowolona” nie pasuje do emocji -2; oceń to, co persona czuła (+1 lub +2), "
        "albo napisz w `feeling`, co bolało",
    ]


def test_no_polish_message_of_a_journey_rule_calls_an_opportunity_a_chance(polish):
    said = [f["message"] for f in lint_json("--select", "CX4", "--extend-select", "CX415")]
    assert len(said) >= 10
    assert not [m for m in said if "szans" in m or "persona czuje" in m]


def test_the_english_messages_stay_as_they_were(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='[rules.unowned-opportunity]\nrequire-due = true\n',
                    today="2026-12-01", files={"personas/krystyna.yaml": KRYSTYNA, "journeys/szkoda.yaml": SZKODA})
    said = [(f["code"], f["message"]) for f in lint_json("--select", "CX404,CX409,CX410")]
    assert said == [
        ("CX404", "stage 'kosztorys' hurts (emotion -2, 1 barrier) but has no opportunities; plan who fixes what, "
                  "by when"),
        ("CX409", "stage 'naprawa' feels 'Wściekła' but its emotion is 0; score what the persona felt (-1 or -2) so "
                  "that the pain shows on the curve"),
        ("CX409", "stage 'wyplata' feels 'Zadowolona' but its emotion is -2; score what the persona felt (+1 or +2), "
                  "or say in the feeling what hurt"),
        ("CX410", "opportunity 'Usprawnić proces' names a wish, not a change; say what will change and where (a "
                  "page, a message, a step)"),
    ]


def test_an_unmeasured_stage_plans_usprawnienia(polish):
    said = [f["message"] for f in lint_json("--select", "CX415") if f["code"] == "CX415"]
    assert said[0].startswith("etap „zgloszenie” (Zgłoszenie szkody) planuje 2 usprawnienia, ale nie ma `metrics`, "
                              "więc nie wiadomo, czy działają; ")
    assert said[1].startswith("etap „ogledziny” (Oględziny) planuje 1 usprawnienie, ale nie ma `metrics`, więc nie "
                              "wiadomo, czy działa; ")


def test_the_yaml_hint_for_an_opportunity_item_calls_it_an_usprawnienie(tmp_path, monkeypatch):
    broken = SZKODA.replace("      - action: Pokazać w aplikacji status oględzin\n",
                            "      - Pokazać w aplikacji status oględzin\n        owner: Zespół aplikacji mobilnej\n")
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n',
                    files={"personas/krystyna.yaml": KRYSTYNA, "journeys/szkoda.yaml": broken})
    said = [f["message"] for f in lint_json("--select", "CX001")]
    assert len(said) == 1 and "(`- text: ...` dla cechy, `- action: ...` dla usprawnienia)" in said[0]
