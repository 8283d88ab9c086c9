"""A printed journey names its file in its header line, not under its grid: Chromium does not keep a
line after a table with it, so a seven-stage journey whose grid filled its last A4 landscape page
(the paper the print styles ask for) printed one page more, holding only the file's path.

The style rules are checked in the export; two tests print with headless Chromium (skipped without
it and poppler's pdftotext), as test_print_css_s31 does, and read the pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_print_css_s31 import CHROMIUM, PDFTOTEXT, export, pdf_text, printed, ws  # noqa: F401 - the fixture

SHORT_ID = "kasia-zaklada-konto-w-aplikacji"
LONG_ID = "kasia-zaklada-konto-osobiste-w-aplikacji-mobilnej-banku-po-poleceniu-kolezanki-z-oddzialu"

JOURNEY = """kind: journey
id: {id}
name: "Kasia zakłada konto w aplikacji"
lang: pl
owner: Zespół CX Aplikacji Mobilnej (Agnieszka Zając)
persona: katarzyna-wojcik
goal: Konto z kartą i przeniesionym wynagrodzeniem w jeden wieczór, bez wizyty w oddziale
summary: >
  Od polecenia koleżanki do pierwszej płatności BLIK-iem i polecenia aplikacji dalej: około 9 dni.
  Najgorszy moment to weryfikacja tożsamości w nocy na dyżurze (selfie odrzucone 2 razy).
reviewed: 2026-12-04
stages:
  - id: polecenie
    name: Polecenie
    goal: Sprawdzić, czy bonus 200 zł jest prawdziwy i co trzeba zrobić
    touchpoints:
      - channel: Facebook
        description: Post koleżanki w grupie „Pielęgniarki Łódź” z kodem polecającym
      - channel: www
        description: Strona promocji z regulaminem (11 stron PDF) 📄
    doing: Czyta regulamin promocji na telefonie i szuka warunku „3 płatności kartą w miesiącu”
    thinking: "Gdzie jest haczyk? Czy muszę mieć wpływ 3000 zł?"
    feeling: (PLN)
    emotion: 0
    barriers:
      - Regulamin ma 11 stron i nie da się go przeczytać w przerwie
    opportunities:
      - action: Streszczenie warunków promocji w 3 punktach nad linkiem do regulaminu
        owner: Marketing (Paweł Nowicki)
        due: 2027-01-15
        status: planned
  - id: pobranie
    name: Instalacja aplikacji
    goal: Zainstalować aplikację i zacząć wniosek
    touchpoints:
      - channel: Google Play
        description: Karta aplikacji, ocena 4,1 i opinie
    doing: Sortuje opinie od 1 gwiazdki, czyta o „weryfikacji, która nie działa”
    thinking: Skoro tylu ludzi ma problem z selfie, to mnie też się nie uda
    feeling: Zniechęcona
    emotion: -1
    barriers:
      - Najnowsze opinie 1★ dotyczą weryfikacji tożsamości i nikt z banku na nie nie odpowiada
    opportunities:
      - action: Odpowiadać na opinie 1–2★ w Google Play w ciągu 48 h, z linkiem do instrukcji selfie
        owner: Zespół Social Care (Marta Kubiak)
        due: 2026-12-31
        status: in-progress
  - id: wniosek
    name: Wniosek i dane osobowe
    goal: Wypełnić wniosek w jednej przerwie (10 minut)
    touchpoints:
      - channel: aplikacja
        description: Formularz 6 ekranów, PESEL, adres, oświadczenie FATCA/CRS
    doing: Wpisuje dane z dowodu, przerywa na ekranie oświadczenia o rezydencji podatkowej
    thinking: "Co to jest FATCA? Czy jak kliknę źle, to będę płacić podatek w USA?"
    feeling: Zagubiona
    emotion: -1
    barriers:
      - Oświadczenie FATCA/CRS bez wyjaśnienia prostym językiem
      - Wniosek nie zapisuje się po wyjściu z aplikacji; po powrocie z sali trzeba zacząć od nowa
    pain_points:
      - 23% wniosków porzuconych na ekranie FATCA/CRS (Amplitude, Q3 2026)
    opportunities:
      - action: Zapisywanie wniosku w trakcie i powrót do tego samego ekranu przez 72 h
        owner: Squad Onboarding (Tomasz Lewandowski)
        due: 2027-02-28
        status: planned
      - action: Wyjaśnienie FATCA/CRS jednym zdaniem z domyślną odpowiedzią „Tylko Polska”
        owner: UX Writing (Ewa Mazur)
        due: 2027-01-31
        status: idea
  - id: weryfikacja
    name: Weryfikacja tożsamości
    goal: Potwierdzić tożsamość selfie i zdjęciem dowodu
    touchpoints:
      - channel: aplikacja
        description: Selfie z dowodem osobistym (dostawca weryfikacji zewnętrzny)
      - channel: SMS
        description: Kod jednorazowy
    doing: Robi selfie o 3:10 w nocy na dyżurce przy świetlówce; dwa razy dostaje „Błąd KYC-403”
    thinking: "Znowu to samo co w starym banku. Mam iść do oddziału?"
    feeling: Zniecierpliwiona, ale wie, co zrobić
    emotion: -1
    barriers:
      - Brak alternatywy (przelew weryfikacyjny 1 zł, mObywatel)
    pain_points:
      - 31% odrzuconych selfie między 22:00 a 6:00 (słabe światło)
    opportunities:
      - action: Weryfikacja przez mObywatel jako druga droga
        owner: Squad Onboarding (Tomasz Lewandowski)
        due: 2027-03-31
        status: planned
      - action: "Komunikat błędu prostym językiem: „Za ciemno. Podejdź do lampy i spróbuj jeszcze raz.”"
        owner: UX Writing (Ewa Mazur)
        due: 2026-12-20
        status: done
    metrics:
      - Odsetek weryfikacji udanych za pierwszym razem (cel 85%, dziś 64%)
  - id: aktywacja
    name: Aktywacja konta i karty
    goal: Mieć kartę w Google Pay i BLIK jeszcze tego samego dnia
    touchpoints:
      - channel: aplikacja
        description: Ekran „Twoje konto jest gotowe” z kartą wirtualną
      - channel: push
        description: Powiadomienie o aktywnej karcie
    doing: Dodaje kartę wirtualną do Google Pay i płaci w Żabce przy szpitalu
    thinking: Działa! I to od razu, bez czekania na kuriera
    feeling: Zadowolona i zaskoczona
    emotion: 2
    love_points:
      - Karta wirtualna działa w Google Pay w 2 minuty po weryfikacji 🎉
    opportunities:
      - action: Pokazać od razu, ile brakuje do bonusu 200 zł (pasek postępu)
        owner: Squad Engagement (Karol Wiśniewski)
        due: 2027-02-15
        status: idea
  - id: przeniesienie
    name: Przeniesienie wynagrodzenia i polecenie
    goal: Przenieść wpływ pensji i zlecenia stałe, polecić aplikację koleżankom
    touchpoints:
      - channel: aplikacja
        description: Usługa przeniesienia rachunku (wniosek do starego banku)
      - channel: Facebook
        description: Komentarz w grupie „Pielęgniarki Łódź”
    doing: Składa wniosek o przeniesienie, drukuje potwierdzenie dla kadr szpitala
    thinking: Kadry chcą papier z pieczątką, a aplikacja daje tylko PDF
    feeling: Trochę zirytowana, ale poleca aplikację dalej
    emotion: 1
    barriers:
      - Kadry szpitala wymagają zaświadczenia o numerze rachunku z podpisem
    opportunities:
      - action: Zaświadczenie o numerze rachunku z kwalifikowaną pieczęcią elektroniczną do pobrania w aplikacji
        owner: Squad Konta (Joanna Kamińska)
        due: 2027-04-30
        status: idea
  - id: pierwszy-miesiac
    name: Pierwszy miesiąc
    touchpoints:
      - channel: push
        description: Podsumowanie wydatków po 30 dniach
    doing: Sprawdza, czy spełniła warunki bonusu 200 zł
    feeling: Zadowolona
    emotion: 1
"""


def _journey(ws: Path, ident: str) -> str:
    """The seven-stage journey with the id ``ident``, in ``journeys/<ident>.yaml``: its path."""
    (ws / "journeys").mkdir(exist_ok=True)
    path = f"journeys/{ident}.yaml"
    (ws / path).write_text(JOURNEY.replace("{id}", ident), encoding="utf-8")
    return path


def _lines(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()]


def test_a_journeys_header_line_carries_its_file_for_paper(ws: Path) -> None:
    path = _journey(ws, SHORT_ID)
    page = export(path)
    assert f'<span class="print-path" data-path="{path}"></span></p>' in page  # ends the header line
    assert f'<p class="path">{path}</p>' in page  # the screen keeps it under the journey
    css = printed(page)
    assert ".journey-doc > .path { display: none; }" in css
    assert '.journey-doc > .meta > .print-path::after { content: " · " attr(data-path); }' in css


def test_a_persona_card_keeps_its_file_in_its_last_line(ws: Path) -> None:
    page = export("personas/katarzyna.yaml")
    assert 'data-path="' not in page and "· personas/katarzyna.yaml</p>" in page


@pytest.mark.skipif(CHROMIUM is None or PDFTOTEXT is None, reason="needs Chromium and pdftotext")
def test_a_seven_stage_journey_on_a4_landscape_has_no_page_of_its_path_alone(ws: Path) -> None:
    path = _journey(ws, SHORT_ID)
    pages = [p for p in pdf_text(export(path), "A4 landscape").split("\f") if p.strip()]
    assert all(len(_lines(p)) > 2 for p in pages), pages[-1]
    # Printed once, in the header line of page 1 (wrapped where it breaks), after the review date and the owner.
    assert [i for i, p in enumerate(pages) if path in "".join(_lines(p))] == [0]
    first = _lines(pages[0])
    meta = next(i for i, line in enumerate(first) if line.startswith("Persona:"))
    assert f"Opiekun: Zespół CX Aplikacji Mobilnej (Agnieszka Zając) · {path}" in "".join(first[meta:meta + 3])


@pytest.mark.skipif(CHROMIUM is None or PDFTOTEXT is None, reason="needs Chromium and pdftotext")
def test_a_long_path_wraps_in_the_header_line_on_a4_portrait_over_nothing(ws: Path) -> None:
    path = _journey(ws, LONG_ID)
    first = _lines(pdf_text(export(path), "A4 portrait").split("\f")[0])
    # The kind line holds the id alone, and the path, wrapped, follows the owner on lines of its own.
    kind = next(i for i, line in enumerate(first) if line.startswith("ŚCIEŻKA ·"))
    meta = next(i for i, line in enumerate(first) if line.startswith("Persona:"))
    assert "journeys/" not in " ".join(first[kind:meta])
    header = "".join(first[meta:meta + 4])
    assert path in header and "Opiekun: Zespół CX Aplikacji" in " ".join(first[meta:meta + 2])
