"""Every lint run, a buffer's included, runs with its trait spill file and the lean garbage collector:
one spill file a run, opened by `engine.lint` itself, never one per file compared with the buffer."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit.lint.engine as engine
from cxkit.cli import app

PERSONA = """kind: persona
id: {id}
name: {name}
lang: pl
goals:
  - Chce kupić rower miejski przed sezonem, bez dopłat za dostawę
"""


@pytest.fixture
def spills(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The spill files opened, each with the collector's first threshold at the time."""
    root = tmp_path / "ws"
    (root / "personas").mkdir(parents=True)
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    for ident, name in (("anna-nowak", "Anna Nowak"), ("ewa-lis", "Ewa Lis"), ("olga-wrona", "Olga Wrona")):
        (root / "personas" / f"{ident}.yaml").write_text(PERSONA.format(id=ident, name=name), encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    opened: list[tuple[int, int]] = []

    class Counted(engine.TraitSpill):  # type: ignore[misc, valid-type]
        def __init__(self) -> None:
            super().__init__()
            opened.append((len(opened), gc.get_threshold()[0]))

    monkeypatch.setattr(engine, "TraitSpill", Counted)
    return opened


def test_a_folder_run_opens_one_spill_file(spills: list[tuple[int, int]]) -> None:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "."])
    assert result.exit_code == 1, result.output
    assert len(spills) == 1


def test_a_buffer_run_opens_one_spill_file_under_the_lean_collector(spills: list[tuple[int, int]]) -> None:
    text = PERSONA.format(id="anna-nowak", name="Anna Nowak")
    result = CliRunner().invoke(app, ["lint", "-f", "json", "-", "--stdin-filename", "personas/anna-nowak.yaml"],
                                input=text)
    assert result.exit_code == 1, result.output
    assert len(spills) == 1
    assert spills[0][1] >= 20_000  # opened inside the run, where the collector is lean
