"""Every rule's message has its Polish twin (session 35).

A Polish workspace (`lang = "pl"`) reads each finding in Polish: a message a rule yields without its
twin (`pl=` on `doc.hit`, `Hit` or `Hit.naming`) would come out in English there.  Two checks: each
place in the rules' code that makes a finding gives `pl=`, and each rule's Bad example, linted in a
Polish workspace, is reported in Polish.  What is left in English is listed here, by name.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from test_rule_docs import COMPANIONS, EXAMPLES_AS_OF

from cxkit.config import Config
from cxkit.lint.docs import parse_rule_doc
from cxkit.lint.engine import lint
from cxkit.lint.rule import all_rules
from cxkit.lint.selection import Selection

RULES_DIR = Path(__file__).resolve().parent.parent / "src" / "cxkit" / "lint" / "rules"

#: The rules whose messages have no Polish twin yet (each reported in English in a Polish workspace), by the
#: module and the class or function that makes their findings.
NOT_YET: dict[str, set[str]] = {}
#: The same by rule name, for the check of the Bad examples.
NOT_YET_RULES = {
    # unused-suppression's findings are made by the engine (src/cxkit/lint/engine.py), not in rules/.
    "unused-suppression",
}
#: The rules the engine reports with the reader's and the schema's own words, read in Polish by
#: cxkit.lint.polish_reader (tests/test_polish_reader_s36.py checks them): their Bad examples are no documents.
ENGINE_RULES = {"read-error", "yaml-syntax", "schema"}


def _makes_a_finding(call: ast.Call) -> bool:
    """Whether ``call`` is ``doc.hit(...)``, ``Hit(...)`` or ``Hit.naming(...)``."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id == "Hit"
    if isinstance(func, ast.Attribute):
        return func.attr == "hit" or (func.attr == "naming" and isinstance(func.value, ast.Name)
                                      and func.value.id == "Hit")
    return False


def _without_twin(path: Path) -> list[tuple[str, int]]:
    """Each call in ``path`` that makes a finding without ``pl=``: (the top-level class or function it is in, line)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for top in tree.body:
        for node in ast.walk(top):
            if isinstance(node, ast.Call) and _makes_a_finding(node) and not any(k.arg == "pl" for k in node.keywords):
                out.append((getattr(top, "name", "?"), node.lineno))
    return out


@pytest.mark.parametrize("module", sorted(p.name for p in RULES_DIR.glob("*.py") if p.name != "__init__.py"))
def test_every_finding_a_rule_makes_has_a_polish_twin(module):
    left = NOT_YET.get(module, set())
    missing = [f"{module}:{line} ({where})" for where, line in _without_twin(RULES_DIR / module)
               if "*" not in left and where not in left]
    assert not missing, "a finding without its Polish twin (pl=...): " + ", ".join(missing)


def test_the_check_finds_a_finding_without_a_twin(tmp_path):
    rule = tmp_path / "rule.py"
    rule.write_text(
        "class A:\n"
        "    def check(self, doc):\n"
        "        yield doc.hit(('goals',), 'english', pl='polski')\n"
        "        yield Hit(1, 1, 'english only')\n"
        "        yield Hit.naming(1, 1, 'a', pl=('b',))\n"
        "def helper(doc):\n"
        "    return doc.hit(('id',), 'english only')\n",
        encoding="utf-8",
    )
    assert _without_twin(rule) == [("A", 4), ("helper", 7)]


def test_the_list_of_rules_left_names_rules_that_exist():
    assert NOT_YET_RULES <= set(all_rules()) and ENGINE_RULES <= set(all_rules())


def _bad_examples() -> list[str]:
    return [name for name, cls in all_rules().items()
            if name not in NOT_YET_RULES | ENGINE_RULES and parse_rule_doc(cls).bad.startswith("kind:")]


@pytest.mark.parametrize("name", _bad_examples())
def test_a_bad_example_linted_in_a_polish_workspace_reads_in_polish(name, tmp_path, monkeypatch):
    example = parse_rule_doc(all_rules()[name]).bad
    for rel, text in COMPANIONS.get(name, {}).items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    folder = "journeys" if example.startswith("kind: journey") else "personas"
    (tmp_path / folder).mkdir(exist_ok=True)
    (tmp_path / folder / "example.yaml").write_text(example + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", EXAMPLES_AS_OF.isoformat())
    found = [f for f in lint(["."], Config(root=tmp_path, lang="pl"), Selection(select=(name,))).findings
             if f.rule == name]
    assert found, f"the Bad example of {name} does not trigger it"
    for f in found:
        assert f.english is not None and f.english[0] != f.message, f"{name} speaks English: {f.message}"
    english = [f for f in lint(["."], Config(root=tmp_path, lang="en"), Selection(select=(name,))).findings
               if f.rule == name]
    assert [(f.path, f.line, f.column, f.code) for f in english] == [(f.path, f.line, f.column, f.code) for f in found]
    assert [f.message for f in english] == [f.english[0] for f in found]
