"""Polish messages quote grammatical Polish (session 38, tester40 L15).

pseudo-profiling (CX101) quoted "Nie ceni jakości i wygody" as „ceni jakości”: the phrase without the
"nie" whose case it takes (the genitive of negation), which is no Polish.  A phrase right after "nie" is
quoted with it now: „Nie ceni jakości”, „Nie lubi nowych technologii”; in a negative persona the message
says the phrase "describes almost anyone, as the phrase it denies does".  English quotes are unchanged.

overdue-opportunity (CX408) said "nadal ma status „planned”" in a Polish workspace: the raw English value
in Polish quotes.  It says the status in Polish now, with the YAML value to edit: "nadal jest zaplanowane
(`status: planned`)".  The English message is unchanged.
"""

from __future__ import annotations

import json

import pytest

from conftest import enter_workspace, run_cli

PERSONA = """\
kind: persona
id: ewa-zmienia-bank
name: Ewa Nowak
lang: {lang}
summary: Księgowa z Lublina, szuka konta bez opłat, bo obecny bank podniósł opłatę za kartę do 12 zł.
behaviours:
  - {trait}
goals:
  - Konto bez opłat za kartę przy 2 płatnościach kartą w miesiącu
"""

NEGATIVE = """\
kind: negative-persona
id: student-bez-zdolnosci
name: Student bez zdolności kredytowej
lang: pl
summary: Student na umowie zlecenie, bez zdolności kredytowej, pyta o kredyt hipoteczny z ciekawości.
reasons:
  - {trait}
behaviours:
  - Pyta o ofertę 3 banków w tygodniu i nie składa wniosku
"""

MORTGAGE = """\
kind: journey
id: ewa-kredyt-hipoteczny
name: Ewa bierze kredyt hipoteczny
lang: pl
persona: ewa-zmienia-bank
stages:
  - id: wniosek
    name: Wniosek kredytowy
    touchpoints: [oddział banku]
    emotion: -1
    barriers:
      - Zaświadczenie o zarobkach wygasa po 30 dniach
    opportunities:
      - action: Przyjmować zaświadczenie o zarobkach ważne 60 dni
        owner: Dyrektor ds. kredytów hipotecznych (Marek Nowicki)
        due: 2026-06-30
        status: {status}
"""


def findings(tmp_path, monkeypatch, polish: bool, files: dict[str, str], code: str) -> list[dict]:
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n' if polish else None, today="2026-12-01",
                    files=files)
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", code)
    assert result.exit_code in (0, 1), result.output
    return [f for f in json.loads(result.stdout) if f["code"] == code]


@pytest.mark.parametrize(("trait", "quoted"), [
    ("Nie ceni jakości i wygody", "„Nie ceni jakości”"),  # tester40's: „ceni jakości” before
    ("Nie lubi nowych technologii", "„Nie lubi nowych technologii”"),
    ("Raczej nie dba o zdrowie", "„nie dba o zdrowie”"),
])
def test_a_phrase_after_nie_is_quoted_with_it_s38(tmp_path, monkeypatch, trait, quoted):
    found = findings(tmp_path, monkeypatch, True, {"personas/ewa.yaml": PERSONA.format(lang="pl", trait=trait)},
                     "CX101")
    at = [f for f in found if f["line"] == 7]
    assert [f["column"] for f in at] == [5]  # the finding stays at the trait
    assert at[0]["message"].startswith(f"{quoted} opisuje niemal każdego; doprecyzuj: ")


def test_the_english_message_quotes_it_with_its_nie_too_s38(tmp_path, monkeypatch):
    found = findings(tmp_path, monkeypatch, False,
                     {"personas/ewa.yaml": PERSONA.format(lang="pl", trait="Nie ceni jakości i wygody")}, "CX101")
    assert [f["message"].split(";")[0] for f in found if f["line"] == 7] == [
        '"Nie ceni jakości" describes almost anyone']


@pytest.mark.parametrize(("trait", "quoted"), [
    ("Ceni jakość i wygodę", "„Ceni jakość”"),  # guards: no "nie", quoted as before
    ("Codziennie dba o zdrowie", "„dba o zdrowie”"),  # a word ending in "nie" is no denial
])
def test_a_phrase_without_nie_is_quoted_as_it_was_s38(tmp_path, monkeypatch, trait, quoted):
    found = findings(tmp_path, monkeypatch, True, {"personas/ewa.yaml": PERSONA.format(lang="pl", trait=trait)},
                     "CX101")
    said = [f["message"] for f in found if f["line"] == 7]
    assert len(said) == 1 and said[0].startswith(f"{quoted} opisuje niemal każdego")


def test_a_negative_personas_denied_phrase_is_quoted_with_its_nie_s38(tmp_path, monkeypatch):
    found = findings(tmp_path, monkeypatch, True,
                     {"personas/student.yaml": NEGATIVE.format(trait="Nie ceni jakości i wygody")}, "CX101")
    said = [f["message"] for f in found if f["line"] == 7]
    assert len(said) == 1
    assert said[0].startswith("„Nie ceni jakości” opisuje niemal każdego, tak samo jak zdanie, któremu przeczy; "
                              "persona negatywna mówi, dlaczego ta osoba nie jest kimś, dla kogo projektujesz")


@pytest.mark.parametrize(("status", "said"), [
    ("planned", "nadal jest zaplanowane (`status: planned`)"),  # tester40's: „planned” before
    ("idea", "nadal jest tylko pomysłem (`status: idea`)"),
    ("in-progress", "nadal jest w trakcie (`status: in-progress`)"),
])
def test_an_overdue_opportunitys_status_is_said_in_polish_s38(tmp_path, monkeypatch, status, said):
    found = findings(tmp_path, monkeypatch, True, {"journeys/j.yaml": MORTGAGE.format(status=status)}, "CX408")
    assert [(f["line"], f["message"]) for f in found] == [(
        16, "usprawnienie „Przyjmować zaświadczenie o zarobkach ważne 60 dni” miało termin 2026-06-30 (5 miesięcy "
            f"temu) i {said}; ustaw `status: done`, jeśli jest zrobione, albo wyznacz nowy termin")]
    assert "„" + status not in found[0]["message"]


def test_the_english_overdue_message_keeps_the_status_value_s38(tmp_path, monkeypatch):
    found = findings(tmp_path, monkeypatch, False, {"journeys/j.yaml": MORTGAGE.format(status="planned")}, "CX408")
    assert [f["message"] for f in found] == [
        "opportunity 'Przyjmować zaświadczenie o zarobkach ważne 60 dni' was due 2026-06-30 (5 months ago) and is "
        "still 'planned'; set `status: done` if it is done, else give it a new due date"]
