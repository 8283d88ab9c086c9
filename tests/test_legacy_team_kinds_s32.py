"""A legacy document whose `kind` is the team's own word (`cjm`, `mapa-podróży`, `klient`), or written
under another key (`typ:`), with its cxkit keys in Polish or in another case (`etapy:`, `Stages:`,
`cele:`), is reported by a folder scan, with the kind it seems to be and what to write; it is not
passed over without a word (CI would go green on missing content).  Other tools' YAML stays silent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

JOURNEY_CJM = """\
# Zaimportowane z Google Docs 2021
kind: cjm
id: sciezka-odnowienie
name: Odnowienie polisy OC
persona: ola-klientka
Stages:
  - id: przypomnienie
    name: Przypomnienie o końcu polisy
    emotion: -1
"""

JOURNEY_ETAPY = """\
kind: mapa-podróży
id: zgloszenie-szkody
name: Zgłoszenie szkody
persona: ola-klientka
etapy:
  - id: zgloszenie
    name: Zgłoszenie przez aplikację
"""

PERSONA_KLIENT = """\
kind: klient
id: ola-klientka
name: Ola Klientka
cele:
  - Odnowić OC w pięć minut, bez dzwonienia na infolinię
bolączki:
  - Nie wie, czy polisa odnowi się sama
"""

PERSONA_TYP = """\
typ: persona
id: marek-kierowca
name: Marek Kierowca
cele:
  - Porównać trzy oferty OC w jednym miejscu
"""

#: Other tools' YAML beside the documents: none of it is a cxkit document, and none gets a word.
FOREIGN = {
    # GitLab CI: `stages` at the top, but neither `id` nor `name`.
    "ci/.gitlab-ci.yml": "stages:\n  - test\n  - deploy\ntest:\n  stage: test\n  script: [make test]\n",
    "ci/azure-pipelines.yml": "name: build\nstages:\n  - stage: Build\n    jobs:\n      - job: compile\n",
    # GitHub Actions: a `name`, `on` and `jobs`.
    "ci/workflow.yml": "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n",
    # OpenAPI: `id` and `name` are a schema's properties, deeper down.
    "api/openapi.yaml": ("openapi: 3.0.3\ninfo:\n  title: Klienci API\n  version: '1.0'\npaths: {}\ncomponents:\n"
                         "  schemas:\n    Klient:\n      type: object\n      properties:\n        id: {type: string}\n"
                         "        name: {type: string}\n"),
    # A workflow engine's flow and a recipe: an `id`, a `name` and steps, none of a cxkit document's keys.
    "flows/hello.yaml": "id: hello\nnamespace: dev\ntasks:\n  - id: log\n    type: io.kestra.core.tasks.log.Log\n",
    "recipes/sernik.yaml": "id: sernik\nname: Sernik\nsteps:\n  - Utrzyj twaróg\nphases: [pieczenie]\n",
    # A custom resource named Persona: `apiVersion` makes it Kubernetes'.
    "k8s/persona.yaml": "apiVersion: cx.example.com/v1\nkind: Persona\nid: a\nname: A\ncele: [x]\n",
}


def test_a_journey_of_the_teams_kind_with_capitalised_stages_alone_fails_the_scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enter_workspace(tmp_path, monkeypatch, files={"journeys/sciezka-odnowienie.yaml": JOURNEY_CJM})
    result = run_cli("lint", "--no-cache", ".")
    assert result.exception is None
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "Nothing to check" not in result.stdout + result.stderr
    assert ("journeys/sciezka-odnowienie.yaml:2:7: error CX002 [*] unknown kind 'cjm'; its keys say it is a journey: "
            "did you mean 'journey'? (then write `stages:` for `Stages:`) [schema]") in result.stdout


def test_team_kinds_and_polish_keys_are_each_reported_where_they_are(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enter_workspace(tmp_path, monkeypatch, files={
        "journeys/zgloszenie-szkody.yaml": JOURNEY_ETAPY,
        "personas/ola.yaml": PERSONA_KLIENT,
        "personas/marek.yaml": PERSONA_TYP,
        **FOREIGN,
    })
    result = run_cli("lint", "--no-cache", "--format", "json", ".")
    assert result.exception is None and result.exit_code == 1, result.stderr
    found = {(f["path"], f["line"], f["column"]): f["message"] for f in result.findings}
    assert found == {
        ("journeys/zgloszenie-szkody.yaml", 1, 7): "unknown kind 'mapa-podróży'; its keys say it is a journey: did you "
                                                    "mean 'journey'? (then write `stages:` for `etapy:`)",
        ("personas/ola.yaml", 1, 7): "unknown kind 'klient'; its keys say it is a persona: did you mean 'persona'? "
                                     "(then write `goals:` for `cele:`, `pain_points:` for `bolączki:`)",
        ("personas/marek.yaml", 1, 1): "unknown key 'typ'; did you mean 'kind'? (the key that says what the file is: "
                                       "write `kind: persona`, and `goals:` for `cele:`)",
    }


def test_a_persona_that_lost_its_kind_line_is_told_its_polish_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enter_workspace(tmp_path, monkeypatch, files={
        "personas/ola.yaml": PERSONA_KLIENT.replace("kind: klient\n", ""),
    })
    result = run_cli("lint", "--no-cache", ".")
    assert result.exit_code == 1, result.stdout + result.stderr
    assert ("personas/ola.yaml:1:1: error CX002 missing `kind`; its keys say it is a persona: add `kind: persona` as "
            "its first line, and write `goals:` for `cele:`, `pain_points:` for `bolączki:` [schema]") in result.stdout


def test_other_tools_yaml_stays_silent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enter_workspace(tmp_path, monkeypatch, files=FOREIGN)
    result = run_cli("lint", "--no-cache", ".")
    assert result.exception is None
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "Nothing to check: no cxkit documents found" in result.stdout + result.stderr
    fmt = run_cli("fmt", "--check", ".")
    assert fmt.exit_code == 0, fmt.stdout + fmt.stderr


def test_fmt_reports_the_legacy_documents_it_cannot_lay_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enter_workspace(tmp_path, monkeypatch, files={
        "journeys/sciezka-odnowienie.yaml": JOURNEY_CJM, "personas/ola.yaml": PERSONA_KLIENT, **FOREIGN,
    })
    result = run_cli("fmt", "--check", ".")
    assert result.exception is None
    assert result.exit_code == 1, result.stdout + result.stderr
    out = result.stdout + result.stderr
    assert "journeys/sciezka-odnowienie.yaml:2:7: error CX002 unknown kind 'cjm'; its keys say it is a journey" in out
    assert "personas/ola.yaml:1:7: error CX002 unknown kind 'klient'; its keys say it is a persona" in out
    assert "2 files could not be formatted." in out
    assert not any(name in out for name in ("gitlab", "azure", "openapi", "hello", "sernik", "k8s"))
