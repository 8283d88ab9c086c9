"""cxkit.api, the supported Python API, used as a nightly BI load would use it.

The job reads every journey's stages and emotions, and counts the findings per document; it must
get lint's own positions and problems, not a second reading of the YAML.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from cxkit import api
from cxkit.api import CxkitError, Document, Finding, lint, load

EXAMPLES = Path(__file__).parent.parent / "examples"

BROKEN_PL = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
goals:
  - Przebiec maraton w Krakowie poniżej 4 godzin
emocje: 3
demographics:
  age: [30, 40
"""
VAGUE_PL = """\
kind: persona
id: marta-mama
name: Marta Kowalska
lang: pl
owner: Zespół CX (Anna Żak)
summary: Mama dwójki dzieci z Wrocławia, która robi zakupy spożywcze online raz w tygodniu.
goals:
  - Chce oszczędzać czas
"""


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    ws = tmp_path / "cx"
    shutil.copytree(EXAMPLES / "pl", ws)
    (ws / "cxkit.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(ws)
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    return ws


def test_a_polish_journey_loads_with_its_stages_emotions_and_positions(workspace):
    doc = load("journeys/pawel-kupuje-sluchawki-otwarte.yaml")
    assert isinstance(doc, Document) and doc.ok and doc.problems == []
    assert (doc.kind, doc.id) == ("journey", "pawel-kupuje-sluchawki-otwarte")
    stages = [(s.id, s.emotion) for s in doc.model.stages]
    assert stages[:3] == [("awareness", 0), ("consideration", -1), ("decision", -2)] and len(stages) == 7
    line, column = doc.position("stages", 2, "emotion")
    text = (workspace / "journeys" / "pawel-kupuje-sluchawki-otwarte.yaml").read_text(encoding="utf-8").splitlines()
    assert text[line - 1][column - 1:] == "emotion: -2"
    assert doc.data["persona"] == doc.model.persona  # the plain YAML values too


def test_a_broken_document_gives_lints_problems_not_an_exception(workspace):
    (workspace / "personas" / "ola-biegaczka.yaml").write_text(BROKEN_PL, encoding="utf-8")
    doc = load(workspace / "personas" / "ola-biegaczka.yaml")
    assert doc.model is None and not doc.ok and doc.kind is None  # the YAML itself cannot be read
    assert [(f.rule, f.line) for f in doc.problems] == [("yaml-syntax", 9)]
    cli = lint(["personas/ola-biegaczka.yaml"], select=["yaml-syntax"])
    assert [(f.line, f.column, f.message) for f in cli] == [(f.line, f.column, f.message) for f in doc.problems]


def test_linting_a_folder_groups_findings_by_document(workspace):
    (workspace / "personas" / "marta-mama.yaml").write_text(VAGUE_PL, encoding="utf-8")
    findings = lint(["."])
    assert findings and all(isinstance(f, Finding) for f in findings)
    by_document: dict[str, list[str]] = defaultdict(list)
    for f in findings:
        by_document[f.path].append(f.rule)
    assert set(by_document) == {"personas/marta-mama.yaml"}
    assert "pseudo-profiling" in by_document["personas/marta-mama.yaml"]
    # the same findings as `cxkit lint -f json .`, in the same order
    from typer.testing import CliRunner

    from cxkit.cli import app

    out = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "."])
    assert [(d["path"], d["line"], d["column"], d["code"]) for d in json.loads(out.stdout)] == \
        [(f.path, f.line, f.column, f.code) for f in findings]
    assert lint(["."], select=["CX1"]) == [f for f in findings if f.code.startswith("CX1")]


def test_the_examples_are_clean_and_errors_are_cxkit_errors(workspace):
    assert lint(["."]) == []
    with pytest.raises(CxkitError, match="nie-ma.yaml"):
        load("personas/nie-ma.yaml")
    with pytest.raises(CxkitError, match="nie-ma"):
        lint(["nie-ma"])
    with pytest.raises(CxkitError, match="no-such-rule"):
        lint(["."], select=["no-such-rule"])


def test_importing_the_api_loads_nothing_heavy():
    """`import cxkit` and `import cxkit.api` stay as cheap as `cxkit --version`: no YAML, models or rules."""
    probe = "import sys, cxkit, cxkit.api; print(sorted(m for m in sys.modules if m.startswith(('cxkit', 'pydantic', 'ruamel'))))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert json.loads(out.stdout.replace("'", '"')) == ["cxkit", "cxkit.api"]
    assert api.__all__ == ["CxkitError", "Document", "Finding", "lint", "lint_text", "load"]  # lint_text: session 33


def test_the_package_ships_type_information():
    import cxkit

    assert (Path(cxkit.__file__).parent / "py.typed").is_file()
    assert cxkit.api is api  # reachable from the package, imported on first use
