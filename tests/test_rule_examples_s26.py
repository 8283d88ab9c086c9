"""The rule examples in docs/rules.md that show only the keys a rule reads (a stage, a list of
opportunities, `goals:`) do what they say once pasted into a whole document: the Bad one fires its
rule, the Good one does not, and neither breaks the format first. test_rule_docs.py checks the
examples that are whole documents (`kind:` first); the fragments went unchecked, and two stage
fragments without `name:` (unaddressed-pain, feeling-contradicts-emotion) gave only a schema
error (CX002), so their rule never ran.

A fragment is wrapped as a user would paste it: into a journey (`stages:`, `lang:`, an
`opportunities:` list inside a stage, a stage `- id:` under `stages:`) or a persona (the rest).
An example that opens with an option as a comment (`# required = [...]`) gets that option in
cxkit.toml. Prose sketches (comments about several files, a shell session) are not documents."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from cxkit.config import load_config
from cxkit.lint.docs import EXAMPLES_AS_OF, parse_rule_doc
from cxkit.lint.engine import Selection, lint
from cxkit.lint.rule import all_rules

RULES = all_rules()

JOURNEY_HEAD = "kind: journey\nid: ola-kupuje-sluchawki\nname: Ola kupuje słuchawki\npersona: ola-nowak\n"
PERSONA_HEAD = "kind: persona\nid: ola-nowak\nname: Ola Nowak\n"
#: An option written as the example's first line: `# required = ["awareness", "purchase"]`.
OPTION_LINE = re.compile(r"# ([a-z-]+ = .+)")


def _wrapped(example: str) -> tuple[str, str, str] | None:
    """(folder, whole document, cxkit.toml option lines) for a fragment; None for a whole document
    (test_rule_docs.py checks those) or a prose sketch."""
    lines = example.splitlines()
    options = ""
    option = OPTION_LINE.fullmatch(lines[0])
    if option:
        options, lines = option.group(1) + "\n", lines[1:]
    first = lines[0]
    body = "\n".join(lines) + "\n"
    if first.startswith(("kind:", "#", "$")) or re.search(r"#.*\b(?:personas|journeys)/", body):
        return None  # a whole document, or a sketch of several files
    if first.startswith(("stages:", "lang:")):
        return "journeys", JOURNEY_HEAD + body, options
    if first.startswith("opportunities:"):
        return "journeys", JOURNEY_HEAD + "stages:\n  - id: zakup\n    name: Zakup\n" + textwrap.indent(body, "    "), options
    if first.startswith("- id:"):
        return "journeys", JOURNEY_HEAD + "stages:\n" + textwrap.indent(body, "  "), options
    return "personas", PERSONA_HEAD + body, options


def _fragments(which: str) -> list[str]:
    return [name for name in sorted(RULES) if _wrapped(getattr(parse_rule_doc(RULES[name]), which))]


def _lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, example: str) -> tuple[list[str], list[str]]:
    """(this rule's findings in the pasted file, schema and syntax findings there)."""
    folder, text, options = _wrapped(example)  # type: ignore[misc]
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    if folder == "journeys":
        (tmp_path / "personas" / "ola-nowak.yaml").write_text(PERSONA_HEAD, encoding="utf-8")
    (tmp_path / folder / "example.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text(f"[rules.{name}]\n{options}" if options else "", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", EXAMPLES_AS_OF.isoformat())  # the day docs/rules.md reads the dates as of
    result = lint(["."], load_config(cwd=tmp_path), Selection(select=("ALL",), extend_select=(name,)))  # opt-in rules too
    mine = [f for f in result.findings if f.path == f"{folder}/example.yaml"]
    return ([f"{f.line}:{f.column} {f.message}" for f in mine if f.rule == name],
            [f"{f.line}:{f.column} {f.rule} {f.message}" for f in mine if f.rule in ("schema", "yaml-syntax")])


def test_there_are_fragments_to_check():
    assert {"unaddressed-pain", "feeling-contradicts-emotion", "unowned-opportunity", "placeholder"} <= set(_fragments("bad"))


@pytest.mark.parametrize("name", _fragments("bad"))
def test_a_bad_fragment_pasted_into_a_document_fires_its_rule(name, tmp_path, monkeypatch):
    found, broken = _lint(tmp_path, monkeypatch, name, parse_rule_doc(RULES[name]).bad)
    assert broken == [], f"the Bad example of {name} breaks the format before the rule runs"
    assert found, f"the Bad example of {name} does not fire it"


@pytest.mark.parametrize("name", _fragments("good"))
def test_a_good_fragment_pasted_into_a_document_does_not_fire_its_rule(name, tmp_path, monkeypatch):
    found, broken = _lint(tmp_path, monkeypatch, name, parse_rule_doc(RULES[name]).good)
    assert broken == [], f"the Good example of {name} breaks the format"
    assert found == [], f"the Good example of {name} fires it"


def test_rules_md_says_the_examples_show_only_the_keys_a_rule_reads():
    head = (Path(__file__).parent.parent / "docs" / "rules.md").read_text(encoding="utf-8").split("\n| code |")[0]
    assert "only the keys" in head and "`kind`, `id` and `name`" in head
