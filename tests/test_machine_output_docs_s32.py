"""docs/machine-output.md: linked from the README; it lists every key that lint JSON and --show-settings give."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

ROOT = Path(__file__).resolve().parents[1]

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


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
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


def _lint_json(*args: str) -> list[dict]:
    result = cli("lint", "-f", "json", "--no-cache", *args)
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


def test_machine_output_page_is_linked_and_lists_the_lint_keys(workspace: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/machine-output.md)" in readme
    doc = (ROOT / "docs" / "machine-output.md").read_text(encoding="utf-8")
    section = doc.split("## Findings (`cxkit lint -f json`, format 1)")[1].split("\n## ")[0]
    [finding] = _lint_json("personas/zofia.yaml", "--select", "stale-review")
    assert [k for k in finding if f"`{k}`" not in section] == []


def test_machine_output_page_lists_every_show_settings_key(workspace: Path) -> None:
    (workspace / "cxkit.toml").write_text('exclude = ["szkice/"]\n[per-file-ignores]\n"legacy/" = ["missing-sources"]\n',
                                          encoding="utf-8")
    [entry] = json.loads(cli("lint", "--show-settings", "-f", "json", "personas/zofia.yaml").stdout)
    doc = (ROOT / "docs" / "machine-output.md").read_text(encoding="utf-8")
    section = doc.split("## `--show-settings -f json` (format 1)")[1].split("\n## ")[0]
    assert [k for k in entry if f"`{k}`" not in section] == []
    assert [k for k in entry["exclude-written"][0] if f"`{k}`" not in section] == []
    # The README names the same keys.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`exclude-written`" in readme and "`exclude written`" not in readme
