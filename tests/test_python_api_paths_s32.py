"""cxkit.api.lint takes one path, or one rule to select, as a plain string, not as its letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.api import lint

PERSONA_PL = """\
kind: persona
id: kasia-kupuje-jakosc
name: Kasia Wrona
lang: pl
summary: Klientka, która lubi jakość i szuka najlepszej oferty na rynku.
goals:
  - Być zadowoloną z zakupu
"""


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    ws = tmp_path / "ws"
    (ws / "personas").mkdir(parents=True)
    (ws / "cxkit.toml").write_text("", encoding="utf-8")
    (ws / "personas" / "kasia-kupuje-jakosc.yaml").write_text(PERSONA_PL, encoding="utf-8")
    monkeypatch.chdir(ws)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    return ws


def test_one_path_and_one_rule_as_plain_strings(workspace):
    """Fails before: "personas" was linted as the paths p, e, r, ... (CxkitError "p: no such file or
    directory"), and select="CX101" as the rules C, X, 1, 0, 1."""
    every = lint(["personas"])
    assert every and {f.code for f in every} > {"CX101"}
    assert [(f.path, f.line, f.code) for f in lint("personas")] == [(f.path, f.line, f.code) for f in every]
    assert [(f.path, f.line, f.code) for f in lint(Path("personas"))] == [(f.path, f.line, f.code) for f in every]
    only = lint("personas", select="CX101")
    assert only and [(f.path, f.line, f.code) for f in only] == [(f.path, f.line, f.code) for f in every if f.code == "CX101"]
