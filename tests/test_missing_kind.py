"""A persona whose `kind:` line was deleted is reported, not passed over by folder scans; other YAML still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

NO_KIND_PERSONA = """\
id: ola
name: Ola Nowak
lang: pl
reviewed: 2026-11-01
sources: [{id: s, type: survey, date: 2026-10-01}]
goals:
  - Kupić słuchawki do 1500 zł przed wyjazdem 12 grudnia
"""

NO_KIND_NEGATIVE = """\
id: kamil-lowca-okazji
name: Kamil
reasons:
  - Kupuje tylko na Black Friday w Media Markt
goals:
  - Najtańsze słuchawki w Polsce
"""

NO_KIND_JOURNEY = """\
id: dan-switches
name: Dan switches invoicing
persona: dan
stages:
  - id: awareness
    name: Awareness
"""

#: YAML of other tools that a workspace folder may hold: never claimed.
OTHER_YAML = {
    ".github/workflows/lint.yml": "name: lint\non: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n",
    "catalog.yaml": "id: 42\nname: Katalog produktów\nitems: [a, b]\n",
    "team.yaml": "name: Zespół CX\nmembers: [Ola, Kamil]\ngoals: [NPS 60]\n",  # goals, but no id
}


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("text", "kind"), [
    (NO_KIND_PERSONA, "persona"),
    (NO_KIND_NEGATIVE, "negative-persona"),
    (NO_KIND_JOURNEY, "journey"),
])
def test_a_scan_reports_a_document_that_lost_its_kind_line(ws: Path, text: str, kind: str) -> None:
    _write(ws, {"personas/doc.yaml": text, **OTHER_YAML})
    result = run_cli("lint", "--select", "schema", ".")
    assert result.exit_code == 1, result.stdout
    assert result.stdout.splitlines()[0] == (
        f"personas/doc.yaml:1:1: error CX002 missing `kind`; its keys say it is a {kind}: add `kind: {kind}` "
        "as its first line [schema]"
    )
    assert "workflows" not in result.stdout and "catalog" not in result.stdout and "team" not in result.stdout


def test_other_tools_yaml_is_still_passed_over(ws: Path) -> None:
    _write(ws, OTHER_YAML)
    result = run_cli("lint", ".")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("Nothing to check: no cxkit documents found")  # no finding either


def test_a_named_file_without_kind_gets_the_same_advice(ws: Path) -> None:
    _write(ws, {"ola.yaml": NO_KIND_PERSONA, "catalog.yaml": OTHER_YAML["catalog.yaml"]})
    said = run_cli("lint", "--select", "schema", "ola.yaml", "catalog.yaml").stdout
    assert "ola.yaml:1:1: error CX002 missing `kind`; its keys say it is a persona" in said
    # A named file that looks like no cxkit document: the general message.
    assert "catalog.yaml:1:1: error CX002 missing `kind`; expected one of: persona, negative-persona, journey" in said


def test_fmt_reports_it_too_and_leaves_it_untouched(ws: Path) -> None:
    _write(ws, {"personas/ola.yaml": NO_KIND_PERSONA, "personas/x.yaml": "Kind: persona\nid: x\nname: X\n", **OTHER_YAML})
    result = run_cli("fmt", "--check", ".")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "personas/ola.yaml:1:1: error CX002 missing `kind`; its keys say it is a persona" in lines[0]
    assert lines[1] == "personas/x.yaml:1:1: error CX002 unknown key 'Kind'; did you mean 'kind'? (keys are lower case) [schema]"
    assert len(lines) == 2
    assert (ws / "personas/ola.yaml").read_text(encoding="utf-8") == NO_KIND_PERSONA
