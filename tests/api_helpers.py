"""Helpers shared by the tests of `cxkit.api`'s arguments: a Polish workspace with one persona that lint
passes, so that what a test sees is the call's doing."""

from __future__ import annotations

from pathlib import Path

import pytest

#: A Polish persona with no finding in a Polish workspace (personas/ola.yaml).
OLA = """kind: persona
id: ola
name: Ola Nowak
summary: Prowadzi jednoosobową firmę remontową w Radomiu i sama wystawia faktury
goals:
  - Wystawiać faktury z telefonu, zanim wróci z budowy do domu
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path as the current folder on 2026-12-06: `lang = "pl"` in cxkit.toml, OLA in personas/ola.yaml."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    return tmp_path
