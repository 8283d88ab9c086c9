"""A journey's heading never names a persona that lint leaves out through a link (session 26).

With `exclude = ["szkice/"]`, a link `personas/marta.yaml -> ../szkice/marta.yaml` is the draft:
lint leaves it out of a scan (CX004 says the persona is only in szkice/), but `cxkit render`'s
persona lookup matched `exclude` by the link's own path only and named the draft in the heading.
The lookup now matches a link by its own path and by the file it leads to, as lint does.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links")

JOURNEY = """\
kind: journey
id: zakup-karmy
name: Zakup karmy dla psa
persona: marta
lang: pl
stages:
  - id: szukanie
    name: Szukanie karmy
    doing: Porównuje skład karm w trzech sklepach
    touchpoints: [google]
    emotion: 1
"""

MARTA = """\
kind: persona
id: marta
name: Marta ze szkicu warsztatu
lang: pl
summary: Właścicielka dwóch psów, kupuje karmę co miesiąc.
goals:
  - Chce karmy bez zbóż w cenie do 150 zł
"""


def workspace(root: Path, config: str) -> None:
    (root / "cxkit.toml").write_text(config, encoding="utf-8")
    for folder in ("journeys", "personas", "szkice/persony"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "journeys" / "karma.yaml").write_text(JOURNEY, encoding="utf-8")


def heading(root: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(root)
    result = run_cli("render", "journeys/karma.yaml", "-f", "md")
    assert result.exit_code == 0 and result.exception is None, result.stderr
    return result.stdout.splitlines()[2]


def lint_messages(root: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(root)
    result = run_cli("lint", "--select", "CX004", "--format", "json")
    assert result.exception is None
    return [f["message"] for f in json.loads(result.stdout)]


UNNAMED = "_ścieżka_ · `zakup-karmy` · Persona: `marta` · Ostatni przegląd: brak"
NAMED = "_ścieżka_ · `zakup-karmy` · Persona: Marta ze szkicu warsztatu (`marta`) · Ostatni przegląd: brak"


def test_a_link_to_an_excluded_draft_is_not_named(tmp_path, monkeypatch):
    workspace(tmp_path, 'lang = "pl"\nexclude = ["szkice/"]\n')
    (tmp_path / "szkice" / "persony" / "marta.yaml").write_text(MARTA, encoding="utf-8")
    (tmp_path / "personas" / "marta.yaml").symlink_to("../szkice/persony/marta.yaml")
    # lint leaves the draft out through the link ...
    assert any("szkice/" in m for m in lint_messages(tmp_path, monkeypatch))
    # ... and the heading does not name it either.
    assert heading(tmp_path, monkeypatch) == UNNAMED


def test_a_configured_path_that_is_a_link_into_drafts_is_not_named(tmp_path, monkeypatch):
    workspace(tmp_path, 'lang = "pl"\npaths = ["osoby", "journeys"]\nexclude = ["szkice/"]\n')
    (tmp_path / "szkice" / "persony" / "marta.yaml").write_text(MARTA, encoding="utf-8")
    (tmp_path / "osoby").symlink_to("szkice/persony")
    assert lint_messages(tmp_path, monkeypatch)  # unknown-persona: lint does not find her
    assert heading(tmp_path, monkeypatch) == UNNAMED


def test_a_link_to_a_persona_outside_drafts_is_named(tmp_path, monkeypatch):
    """Guard: a link is not left out for being a link."""
    workspace(tmp_path, 'lang = "pl"\nexclude = ["szkice/"]\n')
    (tmp_path / "wspolne").mkdir()
    (tmp_path / "wspolne" / "marta.yaml").write_text(MARTA, encoding="utf-8")
    (tmp_path / "personas" / "marta.yaml").symlink_to("../wspolne/marta.yaml")
    assert lint_messages(tmp_path, monkeypatch) == []
    assert heading(tmp_path, monkeypatch) == NAMED


def test_a_link_in_drafts_to_the_real_persona_still_finds_her(tmp_path, monkeypatch):
    """Guard: the persona itself lies outside drafts/; a link to it from szkice/ changes nothing."""
    workspace(tmp_path, 'lang = "pl"\nexclude = ["szkice/"]\n')
    (tmp_path / "personas" / "marta.yaml").write_text(MARTA, encoding="utf-8")
    (tmp_path / "szkice" / "persony" / "marta.yaml").symlink_to("../../personas/marta.yaml")
    assert lint_messages(tmp_path, monkeypatch) == []
    assert heading(tmp_path, monkeypatch) == NAMED
