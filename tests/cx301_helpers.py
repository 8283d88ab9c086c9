"""Helpers shared by the tests of missing-sources (CX301) reading a source's `note` (session 26): the
personas whose note they vary, and one `cxkit lint --select missing-sources` of such a persona."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

#: A reviewed persona with one source, notes of type `other`; fields ``id``, ``name``, ``lang``,
#: ``summary`` and ``note``.
NOTE_PERSONA = """\
kind: persona
id: {id}
name: {name}
lang: {lang}
summary: {summary}
sources:
  - id: notatki
    type: other
    date: 2026-10-14
    note: "{note}"
reviewed: 2026-11-01
"""

RETAIL = dict(id="beata-raty", name="Beata Kowalczyk", lang="pl",
              summary="Nauczycielka z Poznania, która kupuje AGD na raty 0% po porównaniu cen w Ceneo.")
BANK = dict(id="tomasz-blik", name="Tomasz Wrona", lang="pl",
            summary="Kierowca z Lublina, który płaci telefonem i zagląda do aplikacji banku codziennie rano.")
SAAS = dict(id="dan-heating", name="Dan Okafor", lang="en",
            summary="Owner of a four-van heating firm in Bristol who invoices on Sunday evenings.")

#: Personas with an occupation too, for the notes whose owner depends on who the persona is.
SCHOOL = dict(id="dyrektorka-szkoly", name="Jolanta Pawlak", lang="pl",
              summary="Dyrektorka szkoły podstawowej, która wybiera dziennik elektroniczny razem z radą pedagogiczną.",
              occupation="Dyrektorka Szkoły Podstawowej nr 3 w Ełku")
RESIDENT = dict(id="emerytka-gdynia", name="Halina Borkowska", lang="pl",
                summary="Emerytka z Gdyni, która co roku składa w urzędzie wniosek o dodatek mieszkaniowy.",
                occupation="Emerytowana księgowa")
TENANT = dict(id="gary-tenant", name="Gary Phelps", lang="en",
              summary="Private tenant in Sittingbourne who reports bins through the council's website.",
              occupation="Forklift driver")


def missing_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[dict]:
    """The missing-sources findings (JSON) of ``text`` as personas/p.yaml in ``tmp_path``, at 120 columns."""
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "p.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "120")
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "missing-sources", ".")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, persona: dict, note: str) -> list[dict]:
    """The missing-sources findings of NOTE_PERSONA for ``persona`` with the source's ``note``."""
    return missing_sources(tmp_path, monkeypatch, NOTE_PERSONA.format(**persona, note=note))
