"""Rule documentation: every rule explains itself (summary, Why, Bad, Good), `cxkit rule`
and `cxkit rules` print it, docs/rules.md is current, and the examples do what they claim."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.config import Config
from cxkit.lint.docs import EXAMPLES_AS_OF, parse_rule_doc, rules_markdown
from cxkit.lint.engine import Selection, lint
from cxkit.lint.rule import all_rules, describe_options
from cxkit.yamlio import load_text

REPO = Path(__file__).resolve().parents[1]
RULES = all_rules()
NAMES = sorted(RULES)


def cli(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("name", NAMES)
def test_every_rule_documents_summary_why_bad_and_good(name):
    cls = RULES[name]
    doc = parse_rule_doc(cls)
    assert doc.summary and doc.summary.endswith("."), f"{name}: the first docstring line is its summary"
    assert cls.summary() == doc.summary
    assert len(doc.why) > 40, f"{name}: 'Why:' should say which idea of the method the rule encodes"
    assert doc.bad.strip(), f"{name}: no 'Bad:' example"
    assert doc.good.strip(), f"{name}: no 'Good:' example"
    assert doc.bad != doc.good


def test_rule_codes_and_names_are_unique_and_well_formed():
    codes = [cls.code for cls in RULES.values()]
    assert len(set(codes)) == len(codes)
    for name, cls in RULES.items():
        assert cls.name == name
        assert re.fullmatch(r"CX\d{3}", cls.code), cls.code
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", name), name


@pytest.mark.parametrize("name", NAMES)
def test_examples_are_well_formed_yaml(name):
    doc = parse_rule_doc(RULES[name])
    for label, example in (("Bad", doc.bad), ("Good", doc.good)):
        if example.startswith("$"):
            continue  # a shell session, not a document
        if name == "yaml-syntax" and label == "Bad":
            continue  # broken on purpose
        # Prose sketches (comments only, two files in one block) are fine; broken syntax is not.
        syntax = [p for p in load_text(example + "\n").problems if p.message.startswith("invalid YAML")]
        assert not syntax, f"{name} {label}: {syntax}"


# --- cxkit rule NAME / CODE ------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_cxkit_rule_prints_the_documentation(name):
    cls = RULES[name]
    doc = parse_rule_doc(cls)
    result = cli("rule", name)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith(f"{name} ({cls.code}), default severity: {cls.severity.name}{' (opt-in)' if cls.opt_in else ''}\n")
    assert doc.summary in out
    assert "Why it matters:" in out and "\nBad:\n" in out and "\nGood:\n" in out
    assert out.index("Why it matters:") < out.index("\nBad:\n") < out.index("\nGood:\n")
    # The examples appear verbatim, indented.
    assert textwrap.indent(doc.bad, "    ") in out
    assert textwrap.indent(doc.good, "    ") in out
    for key, _default, _desc in describe_options(cls):
        assert f"\n  {key} = " in out, f"option {key} not documented"
    assert "\n  severity = " in out and "\n  enabled = true" in out


def test_cxkit_rule_by_code_equals_by_name():
    by_name = cli("rule", "trait-overlap")
    by_code = cli("rule", "CX203")
    by_lower_code = cli("rule", "cx203")
    assert by_name.exit_code == by_code.exit_code == by_lower_code.exit_code == 0
    assert by_name.stdout == by_code.stdout == by_lower_code.stdout
    assert "trait-overlap (CX203)" in by_code.stdout


def test_cxkit_rule_shows_option_defaults():
    out = cli("rule", "stale-review").stdout
    assert "  max-age-months = 12" in out
    out = cli("rule", "journey-ends-at-purchase").stdout
    assert '"zakup"' in out and '"purchase"' in out


def test_cxkit_rule_unknown_name_exits_2_with_a_suggestion():
    result = cli("rule", "trait-overlapp")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "unknown rule 'trait-overlapp'" in result.stderr and "did you mean 'trait-overlap'" in result.stderr


def test_cxkit_rule_nonsense_name_points_to_the_list():
    result = cli("rule", "zzzzzz")
    assert result.exit_code == 2
    assert "unknown rule 'zzzzzz'" in result.stderr and "cxkit rules" in result.stderr


def test_cxkit_rule_with_a_code_prefix_explains_it_is_a_group():
    result = cli("rule", "CX4")
    assert result.exit_code == 2
    assert "group" in result.stderr and "cxkit rules" in result.stderr


@pytest.mark.parametrize("name", [" CX403", "CX403 ", "\tcx403\n", " unowned-opportunity ", "Unowned-Opportunity"])
def test_cxkit_rule_reads_a_name_as_select_does_spaces_and_case_aside(name):
    result = cli("rule", name)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == cli("rule", "CX403").stdout


@pytest.mark.parametrize(("typo", "meant"), [("cx4o3", "CX403"), ("CX4O3", "CX403"), ("Trait-Overlapp", "trait-overlap")])
def test_cxkit_rule_suggests_the_rule_a_typo_meant_in_any_case(typo, meant):
    result = cli("rule", typo)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"cxkit: unknown rule '{typo}'; did you mean '{meant}'?\n"


def test_cxkit_rule_group_message_names_the_rules_in_it():
    result = cli("rule", "CX1")
    assert result.exit_code == 2
    assert "(CX101, CX102, CX103), not one rule" in result.stderr and "`cxkit rule CX101`" in result.stderr
    only = cli("rule", "CX50")
    assert only.exit_code == 2 and "did you mean 'CX501' (placeholder)?" in only.stderr


@pytest.mark.parametrize("name", ["", "  "])
def test_cxkit_rule_without_a_name_asks_for_one(name):
    result = cli("rule", name)
    assert (result.exit_code, result.stdout) == (2, "")
    assert "give a rule name" in result.stderr and "''" not in result.stderr


# --- cxkit rules -----------------------------------------------------------------------------


def test_cxkit_rules_lists_every_rule_with_code_severity_and_summary():
    result = cli("rules")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(RULES)
    for line, cls in zip(lines, RULES.values()):
        assert line.split()[:3] == [cls.code, cls.name, cls.severity.name]
        assert line.endswith(cls.summary() + ("  (opt-in)" if cls.opt_in else ""))


def test_cxkit_rules_json():
    result = cli("rules", "--format", "json")
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    assert [tuple(i) for i in items] == [("code", "name", "severity", "summary", "plugin", "docs", "url", "opt_in")] * len(RULES)
    assert all(i["plugin"] is None for i in items)  # cxkit's own rules; a plugin's names its package
    assert [(i["code"], i["name"], i["severity"], i["summary"]) for i in items] == [
        (c.code, c.name, c.severity.name, c.summary()) for c in RULES.values()
    ]


def test_cxkit_rules_markdown_has_a_table_row_and_a_section_per_rule():
    result = cli("rules", "--format", "markdown")
    assert result.exit_code == 0
    md = result.stdout
    assert md == rules_markdown()
    assert md.startswith("# cxkit rules\n")
    for cls in RULES.values():
        assert f"| {cls.code} | [{cls.name}](#{cls.name}) | {cls.severity.name} | {cls.summary()} |" in md
        assert f"\n## {cls.name}\n" in md
    assert "| `similarity` | `0.8` |" in md and "| `max-age-months` | `12` |" in md


def test_cxkit_rules_takes_md_for_markdown_as_render_and_diff_do():
    assert cli("rules", "-f", "md").stdout == cli("rules", "--format", "markdown").stdout == rules_markdown()


def test_docs_rules_md_is_current():
    committed = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    generated = cli("rules", "--format", "markdown").stdout
    assert committed == generated, (
        "docs/rules.md is out of date with the rule docstrings; regenerate it with\n"
        "    cxkit rules --format markdown > docs/rules.md"
    )


# --- the examples do what they say -----------------------------------------------------------

# Workspace rules look at more than one file: the documents their full examples refer to.
COMPANIONS = {
    "unknown-persona": {"personas/ola.yaml": "kind: persona\nid: ola-runner\nname: Ola Nowak\n"},
    "journey-for-negative-persona": {
        "personas/student.yaml": (
            "kind: negative-persona\nid: student-na-budzecie\nname: Student na budżecie\n"
            "reasons:\n  - Wydaje na słuchawki najwyżej 150 zł\n"
        ),
        "personas/pawel.yaml": "kind: persona\nid: pawel-audiofil\nname: Paweł\n",
    },
}


def _full_documents(which: str) -> list[str]:
    out = []
    for name in NAMES:
        example = getattr(parse_rule_doc(RULES[name]), which)
        if example.startswith("kind:"):
            out.append(name)
    return out


def _findings_of(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, example: str) -> list[str]:
    for rel, text in COMPANIONS.get(name, {}).items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    folder = "journeys" if example.startswith("kind: journey") else "personas"
    (tmp_path / folder).mkdir(exist_ok=True)
    (tmp_path / folder / "example.yaml").write_text(example + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", EXAMPLES_AS_OF.isoformat())  # the day docs/rules.md reads the dates as of
    result = lint(["."], Config(root=tmp_path), Selection(select=(name,)))
    return [f"{f.path}:{f.line}:{f.column} {f.rule}" for f in result.findings if f.rule == name]


def test_there_are_full_document_examples_to_check():
    assert len(_full_documents("bad")) >= 5


@pytest.mark.parametrize("name", _full_documents("bad"))
def test_bad_example_triggers_its_rule(name, tmp_path, monkeypatch):
    found = _findings_of(tmp_path, monkeypatch, name, parse_rule_doc(RULES[name]).bad)
    assert any(f.startswith(("personas/example.yaml", "journeys/example.yaml")) for f in found), (
        f"the Bad example of {name} does not trigger it: {found}"
    )


@pytest.mark.parametrize("name", _full_documents("good"))
def test_good_example_does_not_trigger_its_rule(name, tmp_path, monkeypatch):
    found = _findings_of(tmp_path, monkeypatch, name, parse_rule_doc(RULES[name]).good)
    assert not any(f.startswith(("personas/example.yaml", "journeys/example.yaml")) for f in found), (
        f"the Good example of {name} triggers it: {found}"
    )


def test_rule_help_never_breaks_an_option_name_across_lines():
    from typer.testing import CliRunner

    from cxkit.cli import app

    out = CliRunner().invoke(app, ["rule", "pseudo-profiling"], env={"COLUMNS": "80"}).stdout
    for line in out.splitlines():
        assert not line.rstrip().endswith(("max-", "vague-", "age-")), line


@pytest.mark.parametrize("name", _full_documents("good"))
def test_good_example_is_a_valid_document(name, tmp_path, monkeypatch):
    # A user pastes the Good example into a file: it must not break the format (CX002) instead.
    example = parse_rule_doc(RULES[name]).good
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "example.yaml").write_text(example + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = lint(["personas/example.yaml"], Config(root=tmp_path), Selection(select=("schema", "yaml-syntax")))
    assert [f"{f.line}:{f.column} {f.message}" for f in result.findings] == []
