"""A folder scan that reads Polish and capitalised keys (`cele:`, `etapy:`) and a kind written under
another key (`typ: persona`) still leaves other YAML alone: a site's author with `type: person`, an
account with `type: personal`, a Polish project plan or form with `cel:` and a list of `etapy`, a flat
translation table.  And a journey of the team's kind is not told to write a persona's `goals:`."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

#: YAML of other tools and of the team's other work, beside the documents: none of it gets a word.
NOT_DOCUMENTS = {
    # Jekyll / Hugo data: an author or a team member, typed as schema.org types them.
    "_data/authors/jan.yml": "id: jkowalski\nname: Jan Kowalski\ntype: person\nbio: Redaktor działu technologii\n",
    "data/team/anna.yaml": "id: anna\nname: Anna Nowak\ntype: Person\nrole: Product designer\n",
    # A bank account in a budgeting tool.
    "data/account.yaml": "id: acc-7\nname: Konto główne\ntype: personal\ncurrency: PLN\n",
    # A Polish project plan and a form definition: a goal in one sentence, stages as plain words.
    "data/projekt.yaml": ("id: PRJ-12\nname: Wdrożenie CRM\ncel: Skrócić czas obsługi zgłoszenia\n"
                          "etapy:\n  - Analiza\n  - Wdrożenie\n  - Szkolenia\n"),
    "translations/form.pl.yml": ("id: formularz-kontaktowy\nname: Formularz kontaktowy\ncel: Zebrać zgłoszenia\n"
                                 "etapy: [Dane kontaktowe, Wiadomość, Potwierdzenie]\n"),
    # A flat i18n table whose keys are Polish words.
    "translations/pl.yml": "id: Identyfikator\nname: Nazwa\ncele: Cele\netapy: Etapy\nproblemy: Problemy\n",
}


def test_other_yaml_with_polish_keys_or_a_type_stays_silent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enter_workspace(tmp_path, monkeypatch, files=NOT_DOCUMENTS)
    result = run_cli("lint", "--no-cache", ".")
    assert result.exception is None
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "Nothing to check: no cxkit documents found in 6 files." in result.stdout + result.stderr
    fmt = run_cli("fmt", "--check", ".")
    assert fmt.exit_code == 0, fmt.stdout + fmt.stderr


def test_legacy_documents_beside_them_are_still_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enter_workspace(tmp_path, monkeypatch, files={
        **NOT_DOCUMENTS,
        "personas/marek.yaml": "typ: persona\nid: marek\nname: Marek Kierowca\nopis: Kierowca floty\n",
        "personas/ola.yaml": "type: Persona\nid: ola\nname: Ola Klientka\ncele:\n  - Odnowić OC w pięć minut\n",
        "personas/piotr.yaml": "id: piotr\nname: Piotr\ncele:\n  - Zgłosić szkodę z telefonu\n",
    })
    result = run_cli("lint", "--no-cache", "--format", "json", ".")
    assert result.exception is None and result.exit_code == 1, result.stderr
    assert {(f["path"], f["line"], f["column"]): f["message"] for f in result.findings} == {
        ("personas/marek.yaml", 1, 1): "unknown key 'typ'; did you mean 'kind'? (the key that says what the file is: "
                                       "write `kind: persona`)",
        ("personas/ola.yaml", 1, 1): "unknown key 'type'; did you mean 'kind'? (the key that says what the file is: "
                                     "write `kind: persona`, and `goals:` for `cele:`)",
        ("personas/piotr.yaml", 1, 1): "missing `kind`; its keys say it is a persona: add `kind: persona` as its first "
                                       "line, and write `goals:` for `cele:`",
    }


def test_a_journey_of_the_teams_kind_is_told_only_a_journeys_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enter_workspace(tmp_path, monkeypatch, files={"journeys/odnowienie.yaml": (
        "kind: cjm\nid: odnowienie\nname: Odnowienie polisy\ncel: Odnowić polisę bez telefonu\n"
        "etapy:\n  - id: przypomnienie\n    name: Przypomnienie\n    emotion: -1\n")})
    result = run_cli("lint", "--no-cache", ".")
    assert result.exit_code == 1, result.stdout + result.stderr
    # `cel` is a journey's `goal`, which the schema names once the kind is `journey`; not a persona's `goals`.
    assert ("journeys/odnowienie.yaml:1:7: error CX002 [*] unknown kind 'cjm'; its keys say it is a journey: did you mean "
            "'journey'? (then write `stages:` for `etapy:`) [schema]") in result.stdout
