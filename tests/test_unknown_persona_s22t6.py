"""Session 22, tester 6 (F2, F3): `unknown-persona` gives no advice that contradicts the persona's own
schema finding.

- F2: a persona written `id: Ola Kowalska` is told by the schema to take 'ola-kowalska'; a journey
  that already names 'ola-kowalska' was told to write the invalid 'Ola Kowalska'.
- F3: a persona whose only mistake is `Kind: Persona` did not count, and the journey naming it was
  told that the workspace has no personas at all.
"""

from __future__ import annotations

import json

from conftest import run_cli

OLA = """\
kind: persona
id: {id}
name: Ola Kowalska
goals:
  - Kupić sukienkę na wesele siostry w czerwcu 2027
"""

MAGDA = """\
{kind_line}
id: {id}
name: Magda
goals:
  - Kupić kurtkę przed 15 listopada
"""

ZWROT = """\
kind: journey
id: zwrot
name: Zwrot kurtki
persona: {persona}
stages:
  - id: post-purchase
    name: Zwrot
    emotion: -1
"""


def _lint(tmp_path, monkeypatch, files: dict[str, str], *args: str, rc: int = 1) -> list[tuple[str, int, int, str, str]]:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "schema,unknown-persona", *args)
    assert result.exception is None and result.exit_code == rc, result.stderr
    return [(f["path"], f["line"], f["column"], f["rule"], f["message"]) for f in json.loads(result.stdout)]


# --- F2 ------------------------------------------------------------------------------------------


def test_a_journey_naming_the_valid_form_of_an_invalid_id_is_not_told_to_change(tmp_path, monkeypatch):
    found = _lint(tmp_path, monkeypatch, {"personas/ola.yaml": OLA.format(id="Ola Kowalska"),
                                          "journeys/zwrot.yaml": ZWROT.format(persona="ola-kowalska")})
    # Only the persona's own finding: once its id is 'ola-kowalska', the journey is right.
    assert [(p, rule) for p, _l, _c, rule, _m in found] == [("personas/ola.yaml", "schema")]
    assert found[0][4].endswith("a jest tu „Ola Kowalska”; czy chodziło o „ola-kowalska”?")  # a Polish workspace


def test_a_near_reference_is_told_the_valid_form_not_the_invalid_id(tmp_path, monkeypatch):
    found = _lint(tmp_path, monkeypatch, {"personas/ola.yaml": OLA.format(id="Ola Kowalska"),
                                          "journeys/zwrot.yaml": ZWROT.format(persona="ola-kowalsk")})
    [cx004] = [f for f in found if f[3] == "unknown-persona"]
    assert cx004[1:3] == (4, 10)
    assert cx004[4] == (
        "persona „ola-kowalsk” nie istnieje w obszarze roboczym; czy chodziło o „ola-kowalska”? (id z "
        "personas/ola.yaml, zapisane jako „Ola Kowalska”, nie jest poprawnym id: wpisz „ola-kowalska” w obu plikach)"
    )
    assert "„Ola Kowalska”?" not in cx004[4]


def test_guard_a_valid_persona_id_is_suggested_as_before(tmp_path, monkeypatch):
    found = _lint(tmp_path, monkeypatch, {"personas/ola.yaml": OLA.format(id="ola-kowalska"),
                                          "journeys/zwrot.yaml": ZWROT.format(persona="ola-kowalsk")})
    assert found == [("journeys/zwrot.yaml", 4, 10, "unknown-persona",
                      "persona „ola-kowalsk” nie istnieje w obszarze roboczym; czy chodziło o „ola-kowalska” "
                      "(Ola Kowalska)?")]


# --- F3 ------------------------------------------------------------------------------------------


def test_a_persona_with_a_capitalised_kind_key_is_no_missing_persona(tmp_path, monkeypatch):
    found = _lint(tmp_path, monkeypatch, {"personas/magda.yaml": MAGDA.format(kind_line="Kind: Persona", id="magda"),
                                          "journeys/zwrot.yaml": ZWROT.format(persona="magda")})
    assert found == [("personas/magda.yaml", 1, 1, "schema",
                      "nieznany klucz `Kind`; czy chodziło o `kind`? (klucze pisze się małymi literami)")]


def test_a_persona_with_a_capitalised_kind_value_is_no_missing_persona(tmp_path, monkeypatch):
    found = _lint(tmp_path, monkeypatch, {"personas/magda.yaml": MAGDA.format(kind_line="kind: Persona", id="magda"),
                                          "journeys/zwrot.yaml": ZWROT.format(persona="magda")})
    assert [(p, rule) for p, _l, _c, rule, _m in found] == [("personas/magda.yaml", "schema")]
    # The journey named alone is checked against the workspace: no finding for it either.
    assert _lint(tmp_path, monkeypatch, {}, "journeys/zwrot.yaml", rc=0) == []


def test_a_near_miss_persona_with_another_id_is_named_not_no_personas(tmp_path, monkeypatch):
    found = _lint(tmp_path, monkeypatch, {"personas/magda.yaml": MAGDA.format(kind_line="Kind: Persona", id="magdalena"),
                                          "journeys/zwrot.yaml": ZWROT.format(persona="magda")})
    [cx004] = [f for f in found if f[3] == "unknown-persona"]
    assert cx004[4] == (
        "persona „magda” nie istnieje w obszarze roboczym; czy chodziło o „magdalena”? (w pliku personas/magda.yaml, "
        "który nie wczyta się jako persona, dopóki nie poprawisz jego błędów)"
    )
    found = _lint(tmp_path, monkeypatch, {"personas/magda.yaml": MAGDA.format(kind_line="Kind: Persona", id="ewa")})
    [cx004] = [f for f in found if f[3] == "unknown-persona"]
    assert "nie znaleziono żadnej persony" not in cx004[4]  # the workspace is Polish
    assert cx004[4] == (
        "persona „magda” nie istnieje w obszarze roboczym; żadna persona się nie wczytuje: persona „ewa” w "
        "personas/magda.yaml nie wczyta się, dopóki nie poprawisz jej błędów"
    )


def test_guard_with_no_persona_file_at_all_the_journey_is_still_told_so(tmp_path, monkeypatch):
    found = _lint(tmp_path, monkeypatch, {"journeys/zwrot.yaml": ZWROT.format(persona="magda")})
    assert [(p, rule) for p, _l, _c, rule, _m in found] == [("journeys/zwrot.yaml", "unknown-persona")]
    assert "w obszarze roboczym nie znaleziono żadnej persony" in found[0][4]  # the workspace is Polish
