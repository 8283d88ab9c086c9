"""`--statistics` counts findings, as the report lists them, also where unknown keys are capped.

A mapping's unknown keys past the 20th are one `schema` finding that says how many keys it stands
for ("10 more unknown fields at the top level, from 'crm_pole_20' on, ..."). The decision: that
finding counts once in the text table, in `--statistics -f json` and in the step summary's table,
so that every count adds up to the summary line's "Found N problems" and to the entries of
`-f json` (which a CI script compares), and one pasted CRM export does not outweigh every rule.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import NEGATIVE_PL, PERSONA_PL, run_cli

# A CRM export pasted at the top level (30 keys) and into demographics (25 keys).
CRM_TOP = "".join(f"crm_pole_{i}: wartość {i}\n" for i in range(30))
CRM_DEMOGRAPHICS = "".join(f"  crm_demografia_{i}: {i}\n" for i in range(25))


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "negatives").mkdir()
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    persona = PERSONA_PL.replace("  household: para bez dzieci\n", "  household: para bez dzieci\n" + CRM_DEMOGRAPHICS)
    (tmp_path / "personas/tomek.yaml").write_text(persona + CRM_TOP, encoding="utf-8")
    (tmp_path / "negatives/janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.setenv("COLUMNS", "100")
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_a_capped_finding_counts_once_everywhere(ws, tmp_path, monkeypatch):
    findings = json.loads(run_cli("lint", "--no-cache", "-f", "json").stdout)
    schema = [f for f in findings if f["rule"] == "schema"]
    # the workspace is Polish: "nie wymieniono po kolei 5 kolejnych nieznanych pól ..."
    capped = [f for f in schema if f["message"].startswith("nie wymieniono po kolei ")]
    assert [f["message"].split()[4] for f in capped] == ["5", "10"]  # 45 keys past the 20th, in 2 findings
    assert len(schema) == 42  # 20 + 1 in each mapping

    table = run_cli("lint", "--no-cache", "--statistics").stdout
    assert re.search(r"^\s*42  CX002  error\s+schema$", table, re.MULTILINE), table
    rows = json.loads(run_cli("lint", "--no-cache", "--statistics", "-f", "json").stdout)
    assert {r["rule"]: r["count"] for r in rows}["schema"] == 42
    assert sum(r["count"] for r in rows) == len(findings)

    summary = run_cli("lint", "--no-cache").stdout.splitlines()[-1]
    assert summary.startswith(f"Znaleziono {len(findings)} problem")  # "problemy", "problemów": by the count

    page = tmp_path / "summary.md"
    page.write_text("", encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(page))
    run_cli("lint", "--no-cache")
    assert "| 42 | CX002 | error | schema |" in page.read_text(encoding="utf-8")
