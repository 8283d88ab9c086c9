"""The small Polish workspace the machine-output tests lint and render: a persona, a persona without
an `id` (a schema finding that still has a place in the data) and a journey, under an empty config."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

PERSONA = textwrap.dedent("""\
    kind: persona
    id: zofia-mama
    name: Zofia
    summary: |
      Mama dwójki dzieci.
      Kupuje w telefonie wieczorem.

    demographics:
      age: "30-40"
      location: duże miasto
    goals:
      - Ceni jakość
    reviewed: 2024-01-10
    """)

#: No `id`: the schema refuses it; the finding still has a place in the data.
NO_ID = textwrap.dedent("""\
    kind: persona
    name: Bez identyfikatora
    goals:
      - Ceni jakość
    """)

JOURNEY = textwrap.dedent("""\
    kind: journey
    id: zofia-kupuje
    name: Zofia kupuje łóżko
    persona: zofia-mama
    stages:
      - id: research
        name: Szuka
        emotion: 1
        opportunities:
          - action: Podnieść limit BLIK
      - id: purchase
        name: Zakup
        emotion: 2
    """)


def cli(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def enter_output_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Write the workspace in ``tmp_path``/ws and run from it, on a fixed day, outside any CI."""
    ws = tmp_path / "ws"
    (ws / "personas").mkdir(parents=True)
    (ws / "journeys").mkdir()
    (ws / "cxkit.toml").write_text("", encoding="utf-8")
    (ws / "personas" / "zofia.yaml").write_text(PERSONA, encoding="utf-8")
    (ws / "personas" / "bez-id.yaml").write_text(NO_ID, encoding="utf-8")
    (ws / "journeys" / "zofia.yaml").write_text(JOURNEY, encoding="utf-8")
    monkeypatch.chdir(ws)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("CI_PROJECT_DIR", raising=False)
    return ws


def lint_json(*args: str) -> list[dict]:
    result = cli("lint", "-f", "json", "--no-cache", *args)
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)
