"""`cxkit lint` says which findings `cxkit fmt --fix` fixes: "[*]" after the code and a count after the
summary (text), `fixable` (JSON, statistics JSON), a `fixable` property (SARIF).  The count is true: lint,
then `fmt --fix`, then lint again, and the findings gone are exactly those marked (session 33)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from fmt_fix_helpers import ENV, enter_fmt_workspace, run

# Legacy documents as teams bring them: Polish and English keys, hand-written dates, quoted numbers, a
# typographic minus, the team's own kinds; and what fmt --fix must leave to a person beside them.
LEGACY = {
    "personas/agnieszka.yaml": """\
# Persona z warsztatu 2023 (Notion)
kind: persona
id: agnieszka-wojcik
name: Agnieszka Wójcik
lang: pl
opis: Księgowa z Łodzi, zgłasza szkody przez aplikację  # z wywiadu
cele:
  - Zapłacić za OC mniej niż 1 200 zł rocznie
bolączki:
  - Infolinia nie odbiera po 16:00
sources:
  - {id: wywiady-2023, type: interview, date: 14.03.2024, n: "12"}
  - id: crm-2023
    type: analytics
    data: Eksport z CRM, odnowienia 2023
reviewed: 5 października 2023
""",
    "journeys/odnowienie.yaml": """\
kind: cjm
id: sciezka-odnowienie-oc
name: Odnowienie OC w aplikacji
persona_id: agnieszka-wojcik
reviewed: 2024-3-7
Stages:
  - id: awareness
    name: Świadomość
    punkty_styku:
      - Przypomnienie SMS 30 dni przed końcem polisy
    emotion: "-2"
    opportunities:
      - action: Dodać link do aplikacji w SMS-ie
        owner: Zespół aplikacji mobilnej
        due: 05/12/2026
  - id: decision
    name: Decyzja
    emotion: \u22121
""",
    "personas/fleet.yaml": """\
kind: negatywna
id: fleet-buyer
name: Fleet Buyer Ltd
lang: en
why_not:
  - Buys OC for 40 vans through a broker, never online
reviewed: 03/14/2024
""",
    # A persona's keys under a journey's kind word: left to a person, and so not marked.
    "personas/marek.yaml": """\
kind: Journey
id: marek
name: Marek Zieliński
goals:
  - Odnowić polisę w 5 minut
""",
    "personas/ewa.yaml": """\
kind: persona
id: ewa-kowalska
name: Ewa Kowalska
lang: en
goals:
  - Renew the car policy in five minutes
note: Asked twice about the renewal call
reviewed: 2023-10
sources:
  - {id: survey-2024, type: survey, date: 2024-02-30, n: 1,200}
""",
}


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = enter_fmt_workspace(tmp_path, monkeypatch)
    for name, text in LEGACY.items():
        (root / name).write_bytes(text.encode("utf-8"))
    return root


def _lint_json(*args: str) -> list[dict]:
    code, out, err = run("lint", "--no-cache", "-f", "json", *args)
    assert code in (0, 1), err
    return json.loads(out)


def _key(f: dict) -> tuple[str, str, str]:
    return f["path"], f["code"], f["message"]


def test_the_findings_marked_fixable_are_exactly_those_fmt_fix_fixes(workspace: Path) -> None:
    before = _lint_json()
    fixable = Counter(_key(f) for f in before if f["fixable"])
    assert fixable and all(f["rule"] == "schema" for f in before if f["fixable"])
    code, _out, err = run("fmt", "--fix", ".")
    assert code == 1, err  # marek.yaml cannot be laid out under its kind: reported, nothing written there
    again = _lint_json()
    after = Counter(_key(f) for f in again)
    gone = Counter(_key(f) for f in before) - after
    assert gone == fixable
    # Fixed once, nothing is left to mark; what fmt --fix leaves to a person is still there.
    assert not any(f["fixable"] for f in again)
    for path, start in [("personas/agnieszka.yaml", "unknown field 'data' in 'sources[crm-2023]'"),
                        ("personas/marek.yaml", "unknown kind 'Journey'"),
                        ("journeys/odnowienie.yaml", "'stages[awareness].opportunities[1st].due': expected a date "
                                                     "written as YYYY-MM-DD, got '05/12/2026'"),
                        ("personas/ewa.yaml", "unknown field 'note'"),
                        ("personas/ewa.yaml", "'reviewed': expected a date written as YYYY-MM-DD, got '2023-10'")]:
        assert any(p == path and m.startswith(start) for p, _c, m in after), (path, start)


def test_text_marks_each_fixable_finding_and_counts_them(workspace: Path) -> None:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--select", "schema", "personas/fleet.yaml",
                                      "personas/marek.yaml"], env={**ENV, "COLUMNS": "80"})
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "personas/fleet.yaml:1:7: error CX002 [*] unknown kind 'negatywna'; did you mean 'negative-persona'? "
        "(then write `reasons:` for `why_not:`) [schema]",
        "",
        "personas/marek.yaml:1:7: error CX002 unknown kind 'Journey'; its keys say it is a persona: did you mean "
        "'persona'? [schema]",
        "",
        "Found 2 problems (2 errors) in 2 files; 2 documents checked.",
        "[*] 1 of these can be fixed with `cxkit fmt --fix`.",
    ]


def test_machine_formats_say_fixable(workspace: Path) -> None:
    code, out, _err = run("lint", "--no-cache", "-f", "sarif", "--select", "schema", "personas/")
    assert code == 1
    results = json.loads(out)["runs"][0]["results"]
    marked = [r["message"]["text"].split(";")[0] for r in results if r.get("properties", {}).get("fixable")]
    assert len(marked) == 7 and {"unknown field 'opis'", "unknown kind 'negatywna'"} <= set(marked)
    assert all(r.get("properties") in (None, {"fixable": True}) for r in results)
    assert not any("'Journey'" in text or "'note'" in text for text in marked)
    code, out, _err = run("lint", "--no-cache", "--statistics", "-f", "json", "--select", "schema")
    [row] = json.loads(out)
    assert row["rule"] == "schema" and 0 < row["fixable"] < row["count"]
    assert row["fixable"] == sum(f["fixable"] for f in _lint_json("--select", "schema"))


def test_a_document_on_stdin_is_judged_by_the_buffer_not_the_saved_file(workspace: Path) -> None:
    # The saved file is already fixed; the editor's buffer still says `cele:`.
    saved = workspace / "personas" / "agnieszka.yaml"
    buffer = saved.read_text(encoding="utf-8")
    saved.write_text(buffer.replace("cele:", "goals:"), encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "-f", "json", "--select", "schema", "--stdin-filename",
                                      "personas/agnieszka.yaml", "-"], input=buffer.encode("utf-8"), env=ENV)
    findings = json.loads(result.stdout)
    [cele] = [f for f in findings if "'cele'" in f["message"]]
    assert cele["fixable"] is True


def test_a_run_without_a_stated_fix_reads_no_file_for_it(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cxkit.lint.fixable as fixable

    def refuse(path: str) -> set:
        raise AssertionError(f"read {path} for a run with no fix to make")

    monkeypatch.setattr(fixable, "_fixed_in", refuse)
    for name in LEGACY:
        (workspace / name).unlink()
    (workspace / "personas" / "ola.yaml").write_text(
        "kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\ngoals:\n  - Biega 10 km w tygodniu\n", encoding="utf-8")
    code, out, _err = run("lint", "--no-cache")
    assert code == 1 and "[*]" not in out and "fmt --fix" not in out
    assert not any(f["fixable"] for f in _lint_json())
