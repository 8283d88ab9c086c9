"""`cxkit.api.lint_text`: an editor's extension host lints an unsaved buffer in process (tester32 M1).

It finds what `cxkit lint -f json - --stdin-filename PATH` finds, in the same order, with the same
`end_line`, `end_column`, `document` and `data_path`; the baseline in force leaves out what it
records for that file, as the command does; the buffer stands in for the saved file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit import api
from cxkit.api import CxkitError, Finding, lint_text
from cxkit.cli import app

ZOSIA = """kind: persona
id: zosia-test
name: Zosia Testowa
lang: pl
summary: Lubi muzykę i dobre jedzenie.
goals:
  - Chce kupić słuchawki w przystępnej cenie
behaviours:
  - Korzysta z internetu
"""
PAWEL = """kind: persona
id: pawel-audiofil
name: Paweł Czerski
lang: pl
summary: Programista z Gdańska, który po pracy miksuje nagrania z koncertów w domowym studiu.
goals:
  - Kupić słuchawki studyjne do 1200 zł przed grudniowym koncertem
sources:
  - id: wywiady-2026-10
    type: interview
    date: 2026-10-14
"""
NEGATIVE = """kind: negative-persona
id: janusz-okazja
name: Janusz Okazja
lang: pl
reasons:
  - Kupuje tylko na wyprzedażach poniżej kosztów produkcji
"""
JOURNEY = """kind: journey
id: pawel-kupuje
name: Paweł kupuje słuchawki
persona: pawel-audiofil
stages:
  - id: zakup
    name: Zakup
    emotion: 1
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    for rel, text in {
        "cxkit.toml": 'lang = "pl"\n', "personas/zosia.yaml": ZOSIA, "personas/pawel.yaml": PAWEL,
        "negative/janusz.yaml": NEGATIVE, "journeys/pawel.yaml": JOURNEY,
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    return root


def as_json(findings: list[Finding]) -> list[dict[str, object]]:
    keys = ("path", "line", "column", "end_line", "end_column", "code", "rule", "severity", "message", "document", "data_path")
    return [{k: (getattr(f, k).name if k == "severity" else getattr(f, k)) for k in keys} for f in findings]


def command(text: str, *args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", *args, "-"], input=text.encode())
    assert result.exit_code in (0, 1), result.output
    keys = ("path", "line", "column", "end_line", "end_column", "code", "rule", "severity", "message", "document", "data_path")
    return [{k: f[k] for k in keys} for f in json.loads(result.stdout)]


def test_lint_text_finds_what_the_command_finds_with_its_places(ws: Path) -> None:
    edited = ZOSIA.replace("id: zosia-test", "id: pawel-audiofil")  # takes the other persona's id
    found = lint_text(edited, "personas/zosia.yaml")
    assert as_json(found) == command(edited, "--stdin-filename", "personas/zosia.yaml")
    assert ("CX003", "pawel-audiofil", "id", 2, 5, 2, 19) in [
        (f.code, f.document, f.data_path, f.line, f.column, f.end_line, f.end_column) for f in found]
    assert {f.path for f in found} == {"personas/zosia.yaml"}
    # The saved file is older: it is not read, so no duplicate of itself.
    assert not [f for f in lint_text(ZOSIA, "personas/zosia.yaml") if f.code == "CX003"]


def test_lint_text_of_a_buffer_in_a_subfolder_and_by_absolute_path(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ws / "journeys")
    found = lint_text(JOURNEY.replace("persona: pawel-audiofil", "persona: pawel-nieznany"), ws / "journeys/pawel.yaml")
    unknown, = [f for f in found if f.code == "CX004"]
    assert (unknown.path, unknown.line, unknown.data_path, unknown.document) == (str(ws / "journeys/pawel.yaml"), 4, "persona", "pawel-kupuje")


def test_the_baseline_in_force_leaves_out_what_it_records(ws: Path) -> None:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--write-baseline", "."])
    assert result.exit_code == 0, result.output
    (ws / "cxkit.toml").write_text('lang = "pl"\nbaseline = ".cxkit-baseline.json"\n', encoding="utf-8")
    assert lint_text(ZOSIA, "personas/zosia.yaml") == []
    everything = lint_text(ZOSIA, "personas/zosia.yaml", baseline=False)
    assert len(everything) >= 4 and as_json(everything) == command(ZOSIA, "--no-baseline", "--stdin-filename", "personas/zosia.yaml")
    # A new finding in the buffer is new; the recorded ones stay out, lines shifted or not.
    worse = "# nowa wersja\n" + ZOSIA + "  - Ogląda filmy\n"
    # The new generic trait is new, and so is the share it tips (4 of 4 with the generic summary, 39cbfd87).
    assert [(f.code, f.line) for f in lint_text(worse, "personas/zosia.yaml")] == [("CX101", 4), ("CX101", 11)]
    assert as_json(lint_text(worse, "personas/zosia.yaml")) == command(worse, "--stdin-filename", "personas/zosia.yaml")


def test_without_a_path_the_text_is_linted_alone_under_dash(ws: Path) -> None:
    found = lint_text(JOURNEY)
    assert found and as_json(found) == command(JOURNEY)
    assert [f.code for f in lint_text(ZOSIA.encode("utf-8"), select="CX101")] == ["CX101"] * 3
    assert {f.path for f in lint_text(ZOSIA)} == {"-"}


def test_lint_text_says_what_the_command_says_with_exit_2(ws: Path) -> None:
    with pytest.raises(CxkitError, match="unknown rule 'CX999'"):
        lint_text(ZOSIA, "personas/zosia.yaml", select="CX999")
    (ws / "zly.toml").write_text("lang = [\n", encoding="utf-8")
    with pytest.raises(CxkitError):
        lint_text(ZOSIA, "personas/zosia.yaml", config="zly.toml")
    with pytest.raises(CxkitError, match="empty"):
        lint_text(ZOSIA, " ")


def test_lint_text_is_in_the_api_and_writes_no_cache_by_default(ws: Path) -> None:
    assert "lint_text" in api.__all__
    lint_text(ZOSIA, "personas/zosia.yaml")
    assert not (ws / ".cxkit_cache").exists()
    lint_text(ZOSIA, "personas/zosia.yaml", cache=True)
    assert (ws / ".cxkit_cache").is_dir()


def test_lint_of_files_gives_the_same_places_as_lint_json(ws: Path) -> None:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "personas", "journeys"])
    keys = ("path", "line", "column", "end_line", "end_column", "code", "rule", "severity", "message", "document", "data_path")
    assert as_json(api.lint(["personas", "journeys"])) == [{k: f[k] for k in keys} for f in json.loads(result.stdout)]
