"""The evidence and review rules (CX3xx) in Polish, in a Polish workspace (session 35)."""

from __future__ import annotations

import json

from conftest import enter_workspace, run_cli

ALA = """\
kind: persona
id: ala
name: Ala
goals:
  - text: Co tydzień zamawia zakupy we Frisco na sobotę rano
    sources: [wywiady-2025]
  - Płaci BLIK-iem w aplikacji banku Pekao
sources:
  - id: wywiad-2025
    type: interview
    date: 2027-01-01
  - id: przeczucie
    type: other
    note: To nasze założenie z warsztatu
    date: 2024-01-01
reviewed: 2024-05-01
"""


def messages(tmp_path, monkeypatch, config: str, files: dict[str, str], *args: str) -> list[tuple[int, str, str]]:
    enter_workspace(tmp_path, monkeypatch, config=config, today="2026-12-01", files=files)
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", "--select", "CX3", *args).stdout)
    return [(f["line"], f["code"], f["message"]) for f in found]


def test_sources_and_review_dates_in_polish(tmp_path, monkeypatch):
    said = messages(tmp_path, monkeypatch, 'lang = "pl"\n[rules.missing-sources]\ntrait-sources = true\n',
                    {"personas/ala.yaml": ALA})
    assert said == [
        (6, "CX302", "źródło „wywiady-2025” nie jest zdefiniowane w `sources` tego pliku (przeczucie, wywiad-2025); "
                     "czy chodziło o „wywiad-2025”?"),
        (7, "CX301", "ta cecha nie powołuje się na żadne źródło, więc dopóki jej nie sprawdzisz, jest założeniem: "
                     "podaj badanie, z którego pochodzi (np. `sources: [wywiad-2025]`), albo sprawdź ją w kolejnych "
                     "wywiadach"),
        (11, "CX303", "źródło „wywiad-2025” ma datę 2027-01-01, która jeszcze nie nadeszła (dziś jest 2026-12-01): "
                      "badania nie mogły się jeszcze odbyć; wpisz datę, kiedy je przeprowadzono"),
        (14, "CX301", "źródło „przeczucie” to założenie, a nie badanie (jego `note` mówi „założenie”); usuń je z "
                      "`sources` albo sprawdź to w wywiadach lub danych i powołaj się na nie"),
        (16, "CX303", "data ostatniego przeglądu to 2024-05-01, 31 miesięcy temu (limit: 12 miesięcy); zweryfikuj "
                      "dokument z wynikami świeżych badań"),
    ]


def test_a_persona_without_sources_or_dates(tmp_path, monkeypatch):
    journey = "kind: journey\nid: j\nname: J\npersona: ala\nstages:\n  - id: zakup\n    name: Zakup\n"
    said = messages(tmp_path, monkeypatch, 'lang = "pl"\n',
                    {"personas/ala.yaml": "kind: persona\nid: ala\nname: Ala\n", "journeys/j.yaml": journey})
    assert said == [
        (2, "CX303", "brak daty `reviewed` i żadnego datowanego źródła, więc wieku tej mapy podróży nie da się "
                     "ustalić: uznaje się ją za nieaktualną; dodaj datę, kiedy ostatnio ją zweryfikowano z wynikami "
                     "badań (reviewed: RRRR-MM-DD)"),
        (2, "CX301", "brak źródeł: ta persona opiera się na założeniach; wypisz wywiady, ankiety lub dane, z których "
                     "pochodzi"),
        (2, "CX304", "brak daty `reviewed`; dodaj datę, kiedy ostatnio zweryfikowano ten dokument z wynikami badań"),
    ]


def test_missing_review_date_in_polish(tmp_path, monkeypatch):
    persona = ("kind: persona\nid: ola\nname: Ola\nreviewed: 2024-02-30\nsources:\n  - id: w\n    type: interview\n")
    said = messages(tmp_path, monkeypatch, 'lang = "pl"\n[rules.stale-review]\nundated = false\n',
                    {"personas/ola.yaml": persona, "personas/ela.yaml": persona.replace("ola", "ela").replace(
                        "reviewed: 2024-02-30\n", "")}, "--ignore", "schema")
    assert said == [
        (2, "CX304", "brak daty `reviewed`; dodaj datę, kiedy ostatnio zweryfikowano ten dokument z wynikami badań"),
        (4, "CX304", "`reviewed` nie jest dniem z kalendarza ('2024-02-30'); wpisz dzień, w którym ostatnio "
                     "zweryfikowano ten dokument z wynikami badań"),
    ]


def test_ago_in_polish():
    import datetime as dt

    from cxkit.lint.rules.evidence import ago_pl

    day = dt.date(2026, 12, 1)
    assert ago_pl(dt.date(2026, 11, 30), day, days_under=2) == "1 dzień temu"
    assert ago_pl(dt.date(2026, 11, 20), day, days_under=2) == "11 dni temu"
    assert ago_pl(dt.date(2024, 10, 1), day) == "26 miesięcy temu"
    assert ago_pl(dt.date(2024, 9, 1), day) == "27 miesięcy temu"
    assert ago_pl(dt.date(2026, 8, 1), day) == "4 miesiące temu"
    assert ago_pl(dt.date(2025, 12, 1), day, over=12) == "ponad 12 miesięcy temu"
