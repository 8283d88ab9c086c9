"""An editor's buffer lint in a workspace reads only the buffer once the lint cache is warm, and a run
whose rules are all per-file reads only the files named (tester32 H2).

`cxkit lint - --stdin-filename F` lints on every pause in typing: the rest of the workspace (for the
cross-file rules) comes from the lint cache, which checks those files again by their bytes; only the
buffer is checked afresh, and its results are never stored.  `cxkit lint F --select CX002` and
`cxkit.api.load(F)` run no cross-file rule, so they read F alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit.lint.engine as engine
from cxkit import api
from cxkit.cli import app

ANNA = """kind: persona
id: anna-nowak
name: Anna Nowak
lang: pl
goals:
  - Chce kupić rower miejski przed sezonem, bez dopłat za dostawę
"""
BARTEK = """kind: persona
id: bartek-lis
name: Bartek Lis
lang: pl
goals:
  - Chce serwisować rower w tym samym sklepie, w którym go kupił
"""
NEGATIVE = """kind: negative-persona
id: janusz-okazja
name: Janusz Okazja
lang: pl
reasons:
  - Kupuje tylko na wyprzedażach poniżej kosztów
"""
JOURNEY = """kind: journey
id: anna-kupuje-rower
name: Anna kupuje rower
persona: anna-nowak
stages:
  - id: zakup
    name: Zakup
    emotion: 1
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    for rel, text in {
        "cxkit.toml": 'lang = "pl"\n', "personas/anna.yaml": ANNA, "personas/bartek.yaml": BARTEK,
        "negative/janusz.yaml": NEGATIVE, "journeys/rower.yaml": JOURNEY,
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    return root


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The shown paths of the files the engine parses, in order."""
    seen: list[str] = []
    real = engine.load_document

    def counting(target, *args, **kwargs):
        seen.append(Path(target.fs_path).name)
        return real(target, *args, **kwargs)

    monkeypatch.setattr(engine, "load_document", counting)
    return seen


def lint(*args: str, data: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["lint", *args], input=data.encode() if data is not None else None)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout


def buffer(data: str, *args: str) -> list[tuple[str, int, str, str]]:
    code, out = lint("-f", "json", *args, "-", "--stdin-filename", "personas/anna.yaml", data=data)
    assert code in (0, 1), out
    return [(f["path"], f["line"], f["code"], f["message"]) for f in json.loads(out)]


def test_a_buffer_lint_takes_the_rest_of_the_workspace_from_the_cache(ws: Path, parsed: list[str]) -> None:
    cold = buffer(ANNA)
    assert sorted(parsed) == ["anna.yaml", "bartek.yaml", "janusz.yaml", "rower.yaml"]  # the buffer, the rest
    parsed.clear()
    assert buffer(ANNA) == cold
    assert parsed == ["anna.yaml"]  # the buffer alone (its copy keeps the saved file's name)
    parsed.clear()
    assert buffer(ANNA, "--no-cache") == cold
    assert len(parsed) == 4


def test_the_cached_neighbours_still_meet_the_edited_buffer_and_their_own_edits(ws: Path, parsed: list[str]) -> None:
    buffer(ANNA)
    # The buffer takes a neighbour's id: the neighbour's place comes from its cached summary.
    taken = buffer(ANNA.replace("id: anna-nowak", "id: bartek-lis"))
    assert [(p, line, code) for p, line, code, _m in taken if code == "CX003"] == [("personas/anna.yaml", 2, "CX003")]
    assert "personas/bartek.yaml:2" in next(m for _p, _l, c, m in taken if c == "CX003")
    # A neighbour edited on disk is read again: the cache checks its bytes.
    (ws / "personas/bartek.yaml").write_text(BARTEK.replace("id: bartek-lis", "id: anna-nowak"), encoding="utf-8")
    parsed.clear()
    now = buffer(ANNA)
    assert sorted(parsed) == ["anna.yaml", "bartek.yaml"]
    assert [code for _p, _l, code, _m in now if code == "CX003"] == ["CX003"]


def test_the_buffer_itself_is_never_cached(ws: Path) -> None:
    edited = ANNA.replace("Chce kupić rower miejski przed sezonem, bez dopłat za dostawę", "Chce rower")
    from_buffer = buffer(edited)
    entries = json.loads((ws / ".cxkit_cache" / "files-v1.json").read_text(encoding="utf-8"))
    assert sorted(e["p"] for e in entries.values()) == ["journeys/rower.yaml", "negative/janusz.yaml", "personas/bartek.yaml"]
    # The same bytes saved are linted as the file, not answered from anything the buffer left.
    (ws / "personas/anna.yaml").write_text(edited, encoding="utf-8")
    code, out = lint("-f", "json", "personas/anna.yaml")
    assert [(f["path"], f["line"], f["code"], f["message"]) for f in json.loads(out)] == from_buffer


def test_a_run_of_per_file_rules_reads_only_the_files_named(ws: Path, parsed: list[str]) -> None:
    code, out = lint("--select", "CX002", "personas/anna.yaml", "--no-cache")
    assert (code, parsed) == (0, ["anna.yaml"])
    assert out == "Wszystko w porządku (sprawdzono 1 dokument w 1 pliku).\n"
    parsed.clear()
    buffer(ANNA, "--select", "CX101,CX102", "--no-cache")
    assert parsed == ["anna.yaml"]
    parsed.clear()
    # A cross-file rule among them: the workspace is read, as before.
    lint("--select", "CX002,CX003", "personas/anna.yaml", "--no-cache")
    assert len(parsed) == 4


def test_a_warm_run_of_per_file_rules_is_answered_without_the_engine(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # the files just written may be trusted by their times
    first = lint("-f", "json", "--select", "CX101,CX102", "personas/anna.yaml")
    monkeypatch.setattr(engine, "lint", lambda *a, **k: pytest.fail("the warm run linted again"))
    assert lint("-f", "json", "--select", "CX101,CX102", "personas/anna.yaml") == first
    # A new file in the workspace changes nothing for per-file rules; with cross-file rules the run is new.
    (ws / "personas/cezary.yaml").write_text(BARTEK.replace("bartek-lis", "cezary-lis"), encoding="utf-8")
    assert lint("-f", "json", "--select", "CX101,CX102", "personas/anna.yaml") == first


def test_api_load_of_one_file_reads_that_file(ws: Path, parsed: list[str]) -> None:
    doc = api.load("personas/anna.yaml")
    assert (doc.ok, doc.id, parsed) == (True, "anna-nowak", ["anna.yaml"])
