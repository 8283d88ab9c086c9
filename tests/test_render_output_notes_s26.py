"""`cxkit render -o FILE` refuses a README or notes that show a cxkit document in a ```yaml example
block with the reason that is true of them (not a previous cxkit export), not "is a cxkit document":
only a file whose own YAML holds the `kind:` line is one. A persona kept as `.txt`, after its
comments, still is, and a team's `kind: cjm` in a `.txt` is still a YAML document."""

from __future__ import annotations

from pathlib import Path

import pytest

from snapshot_helpers import render_cli

JOURNEY_EN = """\
kind: journey
id: dan-switches-invoicing
name: Dan switches invoicing apps
persona: dan-plumber
lang: en
stages:
  - id: compare
    name: Compare apps
    doing: Reads three comparison pages on a Sunday evening
    emotion: 0
"""

README_PL = """\
# Persony klientów

Tu trzymamy persony. Przykład pliku:

```yaml
kind: persona
id: joanna-rower-cargo
name: Joanna, mama dwójki
```
"""

NOTES_EN = """\
# Workshop notes
Attendees: Dan, Ola
```yaml
kind: persona
id: dan-plumber
```
"""

PERSONA_TXT = """\
# yaml-language-server: $schema=schema/persona.json
---
kind: persona
id: dan-plumber
name: Dan the plumber
"""

CJM_TXT = "# nasz format\nkind: cjm\nid: warsztat\n"


def _reason(workspace: Path, monkeypatch, name: str, text: str, fmt: str) -> str:
    (workspace / name).write_text(text, encoding="utf-8")
    code, out, err = render_cli(workspace, monkeypatch, "journeys/dan.yaml", "-f", fmt, "-o", name)
    assert (code, out) == (2, ""), err
    assert (workspace / name).read_text(encoding="utf-8") == text
    last = err.splitlines()[-1]
    assert last.startswith(f"cxkit: {name}: ") and last.endswith(
        "; writing the export there would replace it — give -o another file, or add --force to replace it")
    return last[len(f"cxkit: {name}: "):].split(";")[0]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "dan.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("fmt", ["markdown", "html", "terminal"])
@pytest.mark.parametrize(("name", "text"), [("README.md", README_PL), ("notes.md", NOTES_EN)], ids=["readme", "notes"])
def test_notes_with_a_yaml_example_are_not_a_previous_export(workspace, monkeypatch, name, text, fmt):
    assert _reason(workspace, monkeypatch, name, text, fmt) == "is not a previous cxkit export"


def test_cxkits_own_readme_is_not_a_previous_export(workspace, monkeypatch):
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "\nkind: persona\n" in readme  # its examples show documents
    assert _reason(workspace, monkeypatch, "README.md", readme, "markdown") == "is not a previous cxkit export"


def test_a_persona_kept_as_text_is_still_a_cxkit_document(workspace, monkeypatch):
    assert _reason(workspace, monkeypatch, "dan.txt", PERSONA_TXT, "markdown") == "is a cxkit document"


def test_a_teams_own_yaml_kept_as_text_is_still_a_yaml_document(workspace, monkeypatch):
    assert _reason(workspace, monkeypatch, "cjm.txt", CJM_TXT, "markdown") == "is a YAML document (kind: cjm), not an export"


def test_force_replaces_the_notes(workspace, monkeypatch):
    (workspace / "notes.md").write_text(NOTES_EN, encoding="utf-8")
    code, _out, err = render_cli(workspace, monkeypatch, "journeys/dan.yaml", "-f", "markdown", "-o", "notes.md", "--force")
    assert code == 0, err
    assert (workspace / "notes.md").read_text(encoding="utf-8").startswith("# Dan switches invoicing apps\n")
