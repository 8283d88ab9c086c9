"""Session 22, tester 6 (F1, F9): a field name written in Polish (`imię`, `cele`, `etapy`, `wiek`,
`miasto`) is told the field it stands for, and a misspelt required field (`stagess`) is one finding
at the key, with no `x-` advice: renaming the key to `x-cele` would hide her goals from every check."""

from __future__ import annotations

import json

from conftest import run_cli

ENGLISH_ONLY = " (nazwy pól są po angielsku, w jakimkolwiek języku jest tekst)"

OLA = """\
kind: persona
id: ola
imię: Ola
demographics:
  wiek: 28
  miasto: Warszawa, Wola
cele:
  - Kupić sukienkę na wesele siostry w czerwcu 2027
"""

ZWROT = """\
kind: journey
id: zwrot
name: Zwrot sukienki
persona: ola
etapy:
  - id: post-purchase
    name: Zwrot
    emotion: -1
    bariery:
      - Etykieta zwrotna tylko do wydruku
    punkty_styku:
      - channel: e-mail
        description: Potwierdzenie zwrotu
"""

STAGESS = """\
kind: journey
id: zwrot
name: Zwrot
persona: ola
stagess:
  - id: post-purchase
    name: Zwrot
    emotion: -1
"""


def _schema(tmp_path, monkeypatch, name: str, text: str) -> list[tuple[int, int, str]]:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "schema", name)
    assert result.exception is None and result.exit_code == 1, result.stderr
    return [(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)]


def test_polish_persona_fields_are_told_the_english_field(tmp_path, monkeypatch):
    found = _schema(tmp_path, monkeypatch, "ola.yaml", OLA)
    assert found == [
        (3, 1, "nieznane pole `imię`; czy chodziło o `name`?" + ENGLISH_ONLY),
        (5, 3, "nieznane pole `wiek` w `demographics`; czy chodziło o `age`?" + ENGLISH_ONLY),
        (6, 3, "nieznane pole `miasto` w `demographics`; czy chodziło o `location`?" + ENGLISH_ONLY),
        (7, 1, "nieznane pole `cele`; czy chodziło o `goals`?" + ENGLISH_ONLY),
    ]


def test_polish_journey_fields_are_told_the_english_field(tmp_path, monkeypatch):
    found = _schema(tmp_path, monkeypatch, "zwrot.yaml", ZWROT)
    assert found == [
        (5, 1, "nieznane pole `etapy`; czy chodziło o `stages`?" + ENGLISH_ONLY),
    ]
    # Inside the stages, once they are named `stages`: `bariery`, `punkty_styku` (underscore) too.
    found = _schema(tmp_path, monkeypatch, "zwrot.yaml", ZWROT.replace("etapy:", "stages:"))
    assert found == [
        (9, 5, "nieznane pole `bariery` w `stages[post-purchase]`; czy chodziło o `barriers`?" + ENGLISH_ONLY),
        (11, 5, "nieznane pole `punkty_styku` w `stages[post-purchase]`; czy chodziło o `touchpoints`?" + ENGLISH_ONLY),
    ]


def test_a_misspelt_required_field_is_one_finding_without_x_advice(tmp_path, monkeypatch):
    found = _schema(tmp_path, monkeypatch, "zwrot.yaml", STAGESS)
    assert found == [(5, 1, "nieznane pole `stagess`; czy chodziło o `stages`?")]


def test_guard_a_key_of_her_own_keeps_the_x_advice_and_a_missing_field_stays(tmp_path, monkeypatch):
    text = STAGESS.replace("stagess:", "x-kolejnosc: 3\nsegment_crm:")
    found = _schema(tmp_path, monkeypatch, "zwrot.yaml", text)
    assert found == [
        (1, 1, "brakuje wymaganego pola `stages`"),
        (6, 1, "nieznane pole `segment_crm` (własne dane trzymaj pod kluczem zaczynającym się od `x-`)"),
    ]


def test_a_polish_word_for_a_field_already_written_says_merge(tmp_path, monkeypatch):
    text = OLA.replace("imię: Ola\n", "name: Ola\n") + "goals:\n  - Znaleźć buty do sukienki\n"
    found = _schema(tmp_path, monkeypatch, "ola.yaml", text)
    assert (7, 1, "nieznane pole `cele` obok `goals`, które już tu jest: połącz oba w `goals` albo zostaw swoje pod "
                  "`x-cele`") in found


def test_guard_a_touchpoint_written_with_a_polish_label_is_told_to_quote_it(tmp_path, monkeypatch):
    text = ZWROT.replace("etapy:", "stages:").replace(
        "    punkty_styku:\n      - channel: e-mail\n        description: Potwierdzenie zwrotu\n",
        "    touchpoints:\n      - Kanał: strona www\n")
    found = _schema(tmp_path, monkeypatch, "zwrot.yaml", text)
    [touchpoint] = [m for _l, _c, m in found if "touchpoints[nr 1]" in m]
    assert "czy chodziło o" not in touchpoint and 'ujmij cały tekst w cudzysłów: - "Kanał: strona www"' in touchpoint


def test_a_trait_with_its_polish_text_key(tmp_path, monkeypatch):
    text = OLA.replace("imię", "name").replace("  - Kupić", "  - tekst: Kupić").replace("cele:", "goals:")
    found = _schema(tmp_path, monkeypatch, "ola.yaml", text)
    assert (8, 5, "nieznane pole `tekst` w `goals[nr 1]`; czy chodziło o `text`?" + ENGLISH_ONLY) in found


def test_guard_a_trait_that_starts_with_badania_is_told_to_quote_it(tmp_path, monkeypatch):
    text = OLA.replace("imię", "name").replace(
        "  - Kupić sukienkę", "  - Badania: 12 wywiadów z klientkami. Kupić sukienkę").replace("cele:", "goals:")
    [goal] = [m for _l, _c, m in _schema(tmp_path, monkeypatch, "ola.yaml", text) if "goals[nr 1]" in m]
    assert "czy chodziło o" not in goal and "ujmij cały tekst w cudzysłów" in goal
