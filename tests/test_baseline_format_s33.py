"""The baseline file names its format as every object cxkit writes for machines does: `cxkit-baseline/1`
(session 33).  It wrote `"format": "cxkit-baseline", "version": 1` while docs/machine-output.md says
`"format": "NAME/N"`, and the page did not list the file.  Files of the first form keep working."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from baseline_helpers import LEGACY_OLA as OLA
from conftest import enter_workspace, run_cli

DOCS = Path(__file__).resolve().parent.parent / "docs"

ENTRIES = [
    {"path": "personas/ola.yaml", "rule": "missing-negative-persona", "place": "id",
     "subject": "`cxkit new negative-persona NAME`", "document": "ola-stara", "count": 1},
    {"path": "personas/ola.yaml", "rule": "missing-sources", "place": "id", "subject": "", "document": "ola-stara"},
    {"path": "personas/ola.yaml", "rule": "pseudo-profiling", "place": "goals[\"Ceni jakość\"]",
     "subject": "\"Ceni jakość\" \"kupiła ekspres za 1800 zł po zwrocie tańszego\"", "document": "ola-stara"},
    {"path": "personas/ola.yaml", "rule": "stale-review", "place": "reviewed", "subject": "", "document": "ola-stara"},
]


@pytest.fixture
def ws(tmp_path, monkeypatch):
    root = tmp_path / "ws"
    root.mkdir()
    return enter_workspace(root, monkeypatch, config='lang = "pl"\n', today="2026-12-01",
                           files={"personas/ola.yaml": OLA})


def test_the_file_says_cxkit_baseline_1(ws):
    """Fails before: "format": "cxkit-baseline" and a "version" key of its own."""
    assert run_cli("lint", "--write-baseline").exit_code == 0
    text = Path(".cxkit-baseline.json").read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "cxkit-baseline/1",\n  "findings": [\n')
    assert "version" not in json.loads(text)
    assert run_cli("lint", "--baseline", ".cxkit-baseline.json").exit_code == 0


def test_a_file_of_the_first_form_is_still_read(ws):
    """A baseline a team committed before keeps hiding its findings (passes before), and is written anew in the
    new form (fails before)."""
    Path("b.json").write_text(json.dumps({"format": "cxkit-baseline", "version": 1, "findings": ENTRIES},
                                         ensure_ascii=False, indent=2), encoding="utf-8")
    run = run_cli("lint", "--baseline", "b.json")
    assert (run.exit_code, run.stderr) == (0, "")
    assert "Nie pokazano 4 zgłoszeń zapisanych" in run.stdout
    assert run_cli("lint", "--write-baseline", "--baseline", "b.json").exit_code == 0
    written = json.loads(Path("b.json").read_text(encoding="utf-8"))
    assert written == {"format": "cxkit-baseline/1", "findings": [{**e, "count": 1} for e in ENTRIES]}


@pytest.mark.parametrize("head, said", [
    # The workspace is Polish: so are the refusals since session 41 (English: test_baseline_polish_s41.py).
    ({"format": "cxkit-baseline/2"}, 'b.json: plik bazowy w formacie "cxkit-baseline/2", a ten cxkit czyta '
                                     "cxkit-baseline/1; zapisz go od nowa poleceniem `cxkit lint --write-baseline --no-baseline`"),
    ({"format": "cxkit-review/1"}, 'b.json: to nie jest plik bazowy cxkit (brak "format": "cxkit-baseline/1")'),
])
def test_another_format_is_refused_in_words(ws, head, said):
    """Fails before: a "cxkit-baseline/2" file was "not a cxkit baseline", and the message named the old form."""
    Path("b.json").write_text(json.dumps({**head, "findings": ENTRIES}), encoding="utf-8")
    run = run_cli("lint", "--baseline", "b.json")
    assert run.exit_code == 2 and run.exception is None
    assert run.stderr.startswith("cxkit: " + said)


def test_machine_output_lists_the_baseline_and_its_keys():
    """Fails before: docs/machine-output.md had no row and no section for the baseline file."""
    page = (DOCS / "machine-output.md").read_text(encoding="utf-8")
    assert '`"format": "cxkit-baseline/1"`' in page
    section = page.split("## The baseline file (`cxkit-baseline/1`)", 1)[1].split("\n## ", 1)[0]
    for key in ("format", "findings", "findings[].path", "findings[].rule", "findings[].place",
                "findings[].subject", "findings[].document", "findings[].count"):
        assert f"| `{key}` |" in section
    assert '"format": "cxkit-baseline/1"' in (DOCS / "adopting.md").read_text(encoding="utf-8")
