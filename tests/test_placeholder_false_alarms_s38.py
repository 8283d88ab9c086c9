"""Review of 3b7b397e (tester40's L10): the placeholder rule (CX501)'s new words stay quiet on good text.
"TBC" in capitals anywhere flagged a bank's name ("TBC Bank") and tuberculosis ("badanie w kierunku TBC");
"jw." in any case flagged an owner's initials ("J.W."); "do ustalenia", "do potwierdzenia", "to be
completed" before any comma or preposition flagged a Polish purpose clause ("Do ustalenia, czy stać ją na
ratę, używa kalkulatora") and a metric unmeasured-opportunity (CX415) reads as named ("Do ustalenia:
czas obsługi zgłoszenia")."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

JOURNEY = """\
kind: journey
id: tomasz-kredyt
name: Tomasz bierze kredyt hipoteczny
persona: tomasz-kredyt
lang: {lang}
stages:
  - id: porownanie
    name: Porównanie ofert
    doing: {doing}
    touchpoints: [Oddział]
    emotion: -1
    metrics:
      - {metric}
    opportunities:
      - action: Kalkulator raty w aplikacji z wkładem własnym
        owner: {owner}
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    return tmp_path


def _placeholders(ws: Path, lang: str = "pl", doing: str = "Porównuje oferty trzech banków",
                  metric: str = "Odsetek wniosków złożonych w aplikacji (dziś 12%)", owner: str = "Zespół kredytów") -> str:
    (ws / "j.yaml").write_text(JOURNEY.format(lang=lang, doing=doing, metric=metric, owner=owner), encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--select", "CX501,CX415", "j.yaml")
    assert result.exception is None, result.stderr
    return result.stdout


@pytest.mark.parametrize(("lang", "doing"), [
    ("pl", "Loguje się do TBC Bank, żeby porównać ofertę"),
    ("pl", "Robi badanie w kierunku TBC, którego bank wymaga do ubezpieczenia"),
    ("en", "Compares the TBC Bank offer with his own bank's"),
    ("pl", "Do ustalenia, czy stać go na ratę, używa kalkulatora w aplikacji"),
    ("pl", "Do potwierdzenia w aplikacji wystarczy mu PIN"),
    ("pl", "Do ustalenia z bankiem zostaje jeszcze prowizja za wcześniejszą spłatę"),
    ("en", "To be completed, the application needs three payslips"),
])
def test_good_text_that_holds_a_new_word_stays_quiet_s38(ws: Path, lang: str, doing: str) -> None:
    assert "CX501" not in _placeholders(ws, lang, doing=f'"{doing}"')


@pytest.mark.parametrize("owner", ["J.W.", "JW", "J. W."])
def test_an_owners_initials_are_no_as_above_s38(ws: Path, owner: str) -> None:
    assert "CX501" not in _placeholders(ws, owner=f'"{owner}"')


@pytest.mark.parametrize("metric", ["Do ustalenia: czas obsługi zgłoszenia", "Do ustalenia z BI, NPS po wdrożeniu",
                                    "Do ustalenia po pilotażu: odsetek wniosków w aplikacji"])
def test_a_metric_cx415_reads_as_named_is_no_placeholder_s38(ws: Path, metric: str) -> None:
    said = _placeholders(ws, metric=f'"{metric}"')
    assert "CX501" not in said and "CX415" not in said, said


@pytest.mark.parametrize(("lang", "doing", "found"), [
    ("pl", "TBC", "TBC"), ("pl", "tbc", "tbc"), ("pl", "Termin wizyty w oddziale: TBC", "TBC"),
    ("en", "Visits the branch on 12 March (TBC)", "TBC"), ("pl", "jw.", "jw."), ("pl", "Jw.", "Jw."),
    ("pl", "Do ustalenia z zespołem sprzedaży", "Do ustalenia"), ("pl", "Do potwierdzenia przez doradcę.", "Do potwierdzenia"),
    ("pl", "Do ustalenia: co robi po odmowie", "Do ustalenia"), ("en", "To be confirmed with the branch", "To be confirmed"),
])
def test_a_value_left_for_later_is_still_found_s38(ws: Path, lang: str, doing: str, found: str) -> None:
    said = _placeholders(ws, lang, doing=f'"{doing}"')
    assert f"CX501 niewypełniony szablon „{found}”" in said, said


def test_a_metric_that_names_none_is_still_the_placeholders_s38(ws: Path) -> None:
    said = _placeholders(ws, metric="Do ustalenia z BI")
    assert "CX501" in said and "„Do ustalenia”" in said and "CX415" not in said, said
