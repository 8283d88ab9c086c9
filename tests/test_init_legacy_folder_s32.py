"""`cxkit init` in a folder that already holds a team's documents (a legacy corpus being adopted).

Before: the config it wrote said `paths = ["personas", "journeys"]` and the pre-commit hook's `files`
`^(personas|journeys)/`, so the negative personas kept in `negatywne/` were never checked again and
lint reported a missing negative persona that exists; `lang` came from the locale, not from the
documents; and nothing said that the hook and the workflow it wrote would fail every commit on the
findings the documents already have.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import run_cli

PERSONA = """\
kind: persona
id: ola-klientka
name: Ola Klientka
summary: Odnawia polisę OC co roku w marcu, porównując oferty w internecie.
goals:
  - Odnowić polisę OC w pięć minut, bez dzwonienia na infolinię
pain_points:
  - Nie wie, czy polisa odnowi się sama i ile będzie kosztować
"""

NEGATIVE = """\
kind: negative-persona
id: flota-firmowa
name: Menedżer floty firmowej
summary: Kupuje ubezpieczenia dla stu samochodów naraz przez brokera.
reasons:
  - Potrzebuje umowy flotowej z opiekunem, której nie oferujemy
"""

JOURNEY = """\
kind: journey
id: odnowienie-oc
name: Odnowienie polisy OC
persona: ola-klientka
stages:
  - id: przypomnienie
    name: Przypomnienie o końcu polisy
    emotion: -1
    doing: Dostaje SMS-a na tydzień przed końcem polisy
"""


@pytest.fixture()
def legacy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A team's folder (its own, so no workspace a neighbour test left counts), with an English locale."""
    top = tmp_path / "cx"
    for rel, text in (("personas/ola.yaml", PERSONA), ("negatywne/flota.yaml", NEGATIVE),
                      ("journeys/odnowienie.yaml", JOURNEY)):
        (top / rel).parent.mkdir(parents=True, exist_ok=True)
        (top / rel).write_text(text, encoding="utf-8")
    monkeypatch.chdir(top)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    return top


def _config(top: Path) -> dict:
    return tomllib.loads((top / "cxkit.toml").read_text(encoding="utf-8"))


def test_a_folder_of_documents_gets_no_paths_and_every_folder_stays_checked(legacy: Path) -> None:
    result = run_cli("init", ".")
    assert result.exception is None and result.exit_code == 0, result.stdout + result.stderr
    assert "paths" not in _config(legacy)
    # The documents are Polish, and so is the config init writes, and its lines (s38).
    assert "utworzono  cxkit.toml (bez `paths`: dokumenty są tu sprawdzane, gdziekolwiek leżą)" in result.stdout
    hooks = YAML(typ="safe").load((legacy / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    fmt = next(h for h in hooks["repos"][0]["hooks"] if h["id"] == "cxkit-fmt")
    assert fmt["files"] == r"\.ya?ml$" and fmt["entry"] == "cxkit fmt --only-documents"
    lint = run_cli("lint", "--format", "json")
    assert "missing-negative-persona" not in lint.rules()
    checked = run_cli("lint", "--no-cache")
    assert "sprawdzono 3 dokumenty." in checked.stdout + checked.stderr  # a Polish workspace


def test_the_language_comes_from_the_documents_not_the_locale(legacy: Path) -> None:
    result = run_cli("init", ".")
    assert result.exit_code == 0, result.stderr
    assert _config(legacy)["lang"] == "pl"
    assert ("cxkit: język: pl (według dokumentów w tym folderze: 3 z 3 po polsku); inny język ustawia "
            "`cxkit init --lang KOD`" in result.stderr)  # in Polish, as the account of a Polish workspace


def test_guard_an_empty_folder_takes_the_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "nowy").mkdir()
    monkeypatch.chdir(tmp_path / "nowy")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    result = run_cli("init", ".", "--no-examples")
    assert result.exit_code == 0, result.stderr
    assert _config(tmp_path / "nowy") == {**_config(tmp_path / "nowy"), "lang": "en", "paths": ["personas", "journeys"]}
    assert "from the documents" not in result.stderr
    assert "The documents here have" not in result.stdout


def test_beside_a_samples_config_paths_name_the_folders_of_documents(legacy: Path) -> None:
    (legacy / "docs" / "examples" / "personas").mkdir(parents=True)
    (legacy / "docs" / "examples" / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (legacy / "docs" / "examples" / "personas" / "dan.yaml").write_text(
        "kind: persona\nid: dan\nname: Dan\ngoals: [Fix the boiler before winter]\n", encoding="utf-8")
    result = run_cli("init", ".")
    assert result.exit_code == 0, result.stderr
    assert _config(legacy)["paths"] == ["personas", "journeys", "negatywne"]
    hooks = YAML(typ="safe").load((legacy / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert hooks["repos"][0]["hooks"][1]["files"] == "^(personas|journeys|negatywne)/.*\\.ya?ml$"
    assert "missing-negative-persona" not in run_cli("lint", "--format", "json").rules()


def test_findings_in_the_documents_are_counted_with_the_way_to_adopt(legacy: Path) -> None:
    result = run_cli("init", ".")
    assert result.exit_code == 0, result.stderr
    tail = result.stdout.split("\n\n")[-1]
    lint = run_cli("lint", "--no-cache", "--format", "json")
    failing = [f for f in lint.findings if f["severity"] in ("warning", "error")]
    assert failing, "the documents are expected to have findings at the default fail level"
    files = len({f["path"] for f in failing})
    from cxkit.lint.polish import plural

    # In Polish, as the documents and the config init wrote (s38).
    n = len(failing)
    assert tail.startswith(f"Dokumenty w tym folderze mają {n} {plural(n, 'zgłoszenie', 'zgłoszenia', 'zgłoszeń')} na "
                           f"poziomie fail-level \"warning\" lub wyższym ({files} z 3 plików): `cxkit lint`, który "
                           "uruchamiają hook pre-commit i workflow CI, kończy się błędem, dopóki ich nie poprawisz.")
    assert "`cxkit review origin/main`" in tail and "`cxkit lint --exit-zero`" in tail
    # The config keeps its fail level: nothing is silenced without the team's word.
    assert _config(legacy)["fail-level"] == "warning"
    again = run_cli("init", ".")
    assert "The documents here have" not in again.stdout  # the config was there: nothing new to adopt
