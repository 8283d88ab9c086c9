"""`cxkit init` at the top of a monorepo does not take a translation table for the team's documents.

A front end's i18n file for the persona screen (`kind: persona`, `goals: Cele`,
`pain_points: Punkty bólu`) has a cxkit kind, but every value in it is a short label: lint tells
it apart (its first finding says to leave it out with `exclude`), and so does `init` now, by the
same test.  Before, `init` counted it as a document of the team's: it wrote no examples ("this
folder already holds documents of yours"), and a folder with a config beside such a file was
taken for a client's workspace, so the config at the top got no `paths`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from cxkit.config import load_config

TRANSLATION_PL = """\
# Etykiety ekranu persony w panelu (i18n)
kind: persona
name: Imię
goals: Cele
pain_points: Punkty bólu
behaviours: Zachowania
sources: Źródła
"""

TRANSLATION_EN = """\
kind: persona
name: Name
goals: Goals
pain_points: Pain points
behaviours: Behaviours
sources: Sources
"""

PERSONA_PL = """\
kind: persona
id: ewa-farmaceutka
name: Ewa Zielińska
lang: pl
summary: Farmaceutka z Poznania, która zamawia leki dla całej rodziny w aplikacji.
goals:
  - text: Odebrać leki na receptę w aptece przy pracy w ciągu 2 godzin od zamówienia
pain_points:
  - text: Aplikacja nie pokazuje, czy lek jest w aptece przy ul. Głogowskiej
"""


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "apteka"
    (root / ".git").mkdir(parents=True)
    _write(root, "web/locales/pl/persona.yaml", TRANSLATION_PL)
    _write(root, "web/locales/en/persona.yaml", TRANSLATION_EN)
    _write(root, "web/package.json", '{"name": "apteka-web"}\n')
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.setenv("COLUMNS", "200")
    for var in ("LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(root)
    return root


def init(*args: str) -> str:
    result = run_cli("init", *args)
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 0, result.stdout + result.stderr
    return result.stdout


def test_translation_tables_are_not_the_teams_documents(repo: Path) -> None:
    out = init("--lang", "pl")
    assert "documents of yours" not in out
    assert "locales" not in out
    assert load_config(repo / "cxkit.toml").paths == ["personas", "journeys"]
    assert any((repo / "personas").glob("*.yaml"))  # the examples, as in any new workspace


def test_a_folder_with_a_config_and_only_translations_is_a_sample_not_a_client(repo: Path) -> None:
    # Someone tried cxkit in web/ once: a config alone, beside the front end's translations.
    _write(repo, "web/cxkit.toml", 'lang = "pl"\n')
    out = init("--lang", "pl")
    assert "skipped  web/ (has a cxkit config of its own, but it holds no persona or journey: taken for a sample" in out
    assert "found    web/" not in out
    assert load_config(repo / "cxkit.toml").paths == ["personas", "journeys"]


def test_a_real_persona_beside_the_translations_still_counts(repo: Path) -> None:
    _write(repo, "cx/personas/ewa-farmaceutka.yaml", PERSONA_PL)
    out = init("--lang", "pl")
    assert "w tym folderze są już Twoje dokumenty, np. cx/personas/ewa-farmaceutka.yaml;" in out  # Polish (s38)
    assert not (repo / "personas").exists() or not any((repo / "personas").glob("*.yaml"))


def test_a_persona_of_one_line_per_list_is_a_document(repo: Path) -> None:
    # One list field written as a sentence is a beginner's persona, as lint reads it: it counts.
    _write(repo, "cx/marek.yaml", "kind: persona\nid: marek\nname: Marek Nowak\ngoals: Kupić leki na nadciśnienie bez kolejki\n")
    out = init("--lang", "pl")
    assert "Twoje dokumenty, np. cx/marek.yaml" in out  # in Polish (s38)


def test_lint_still_checks_the_translation_and_says_how_to_leave_it_out(repo: Path) -> None:
    result = run_cli("lint", "--no-cache", "web/locales/pl")
    assert result.exit_code == 1
    assert "a translation file" in result.stdout and "exclude" in result.stdout
