"""A buffer linted with `--stdin-filename PATH` stands where PATH is for a rule that picks "the first"
file: missing-negative-persona (CX201) goes to the persona first by path, as `cxkit lint FILE` says,
not to the buffer because its temporary copy's path sorts first.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit import api
from cxkit.cli import app

ANNA = """kind: persona
id: anna-nowak
name: Anna Nowak
lang: pl
goals:
  - Chce kupić rower miejski przed sezonem, bez dopłat za dostawę
"""
ZENON = """kind: persona
id: zenon-lis
name: Zenon Lis
lang: pl
goals:
  - Chce serwisować rower w tym samym sklepie, w którym go kupił
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    (root / "personas").mkdir(parents=True)
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (root / "personas" / "anna.yaml").write_text(ANNA, encoding="utf-8")
    (root / "personas" / "zenon.yaml").write_text(ZENON, encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "120")
    return root


def _codes(out: str) -> list[tuple[str, str]]:
    return [(f["path"], f["code"]) for f in json.loads(out)]


@pytest.mark.parametrize("options", [[], ["--no-cache"], ["--select", "CX201"]])
def test_the_later_persona_as_a_buffer_gets_what_the_saved_file_gets(ws: Path, options: list[str]) -> None:
    runner = CliRunner()
    saved = runner.invoke(app, ["lint", "-f", "json", *options, "personas/zenon.yaml"])
    buffer = runner.invoke(app, ["lint", "-f", "json", *options, "-", "--stdin-filename", "personas/zenon.yaml"],
                           input=ZENON)
    assert "CX201" not in saved.stdout and saved.stdout.strip() != ""
    assert (buffer.exit_code, buffer.stdout) == (saved.exit_code, saved.stdout)


def test_the_first_persona_as_a_buffer_still_gets_cx201(ws: Path) -> None:
    buffer = CliRunner().invoke(app, ["lint", "-f", "json", "-", "--stdin-filename", "personas/anna.yaml"],
                                input=ANNA)
    assert ("personas/anna.yaml", "CX201") in _codes(buffer.stdout)


def test_lint_text_places_the_buffer_where_it_is_saved(ws: Path) -> None:
    assert "CX201" not in [f.code for f in api.lint_text(ZENON, "personas/zenon.yaml")]
    assert "CX201" in [f.code for f in api.lint_text(ANNA, str(ws / "personas" / "anna.yaml"))]
    # Nothing of the buffer's place stays behind for the next run in the process.
    assert "CX201" not in [f.code for f in api.lint([str(ws / "personas" / "zenon.yaml")])]


TWIN = """kind: persona
id: {id}
name: {name}
lang: pl
goals:
  - Chce kupić rower miejski przed sezonem, bez dopłat za dostawę
  - Chce odebrać rower w sklepie w sobotę rano, bez umawiania się telefonicznie
behaviours:
  - Porównuje ceny rowerów w trzech sklepach internetowych przed każdym zakupem
  - Czyta opinie o serwisie rowerowym na Google Maps przed pierwszą wizytą
pain_points:
  - Sklep nie odpowiada na pytania o dostępność rozmiaru ramy przez czat
"""


@pytest.mark.parametrize("name", ["zenon.yaml", "sub/zenon.yaml"])
def test_the_later_of_similar_personas_as_a_buffer_is_still_the_later(ws: Path, name: str) -> None:
    (ws / "personas" / "anna.yaml").write_text(TWIN.format(id="anna-nowak", name="Anna Nowak"), encoding="utf-8")
    text = TWIN.format(id="zenon-lis", name="Zenon Lis")
    path = ws / "personas" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    rel = f"personas/{name}"
    runner = CliRunner()
    saved = runner.invoke(app, ["lint", "-f", "json", "--select", "CX103", rel])
    buffer = runner.invoke(app, ["lint", "-f", "json", "--select", "CX103", "-", "--stdin-filename", rel], input=text)
    assert _codes(saved.stdout) == [(rel, "CX103")]
    assert (buffer.exit_code, buffer.stdout) == (saved.exit_code, saved.stdout)


def test_run_from_a_subfolder_the_buffer_keeps_its_place(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (ws / "personas" / "anna.yaml").unlink()
    (ws / "personas" / "zenon.yaml").unlink()
    for rel, ident in (("a/anna.yaml", "anna-nowak"), ("b/adam.yaml", "adam-wrona"), ("b/zenon.yaml", "zenon-lis")):
        (ws / "personas" / rel).parent.mkdir(exist_ok=True)
        (ws / "personas" / rel).write_text(TWIN.format(id=ident, name=ident.title()), encoding="utf-8")
    monkeypatch.chdir(ws / "personas" / "b")
    text = (ws / "personas" / "b" / "adam.yaml").read_text(encoding="utf-8")
    runner = CliRunner()
    saved = runner.invoke(app, ["lint", "-f", "json", "--select", "CX103", "adam.yaml"])
    buffer = runner.invoke(app, ["lint", "-f", "json", "--select", "CX103", "-", "--stdin-filename", "adam.yaml"],
                           input=text)
    assert "and 60% or more with" not in saved.stdout  # adam comes after anna only, before zenon
    assert (buffer.exit_code, buffer.stdout) == (saved.exit_code, saved.stdout)
