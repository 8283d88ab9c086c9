"""tester43, finding 6: `cxkit rule journey-ends-at-purchase` showed its Bad and Good examples in Polish
("Rozważanie", "Zakup") in an English workspace.  A rule's docstring may give its examples in another
language too (`Bad (en):`, `Good (en):`); `cxkit rule NAME` shows those in a workspace of that language
(`lang = "en"` in cxkit.toml), the others elsewhere; docs/rules.md keeps the first ones.  Each such
example does what it says, as test_rule_docs and test_rule_examples_s26 check of the first ones."""

from __future__ import annotations

import pytest

from conftest import enter_workspace, run_cli
from test_rule_examples_s26 import _lint, _wrapped

from cxkit.lint.docs import parse_rule_doc, rules_markdown
from cxkit.lint.rule import all_rules

RULES = all_rules()
OTHER = [(name, lang) for name in sorted(RULES) for lang in parse_rule_doc(RULES[name]).examples]
#: The fragments among them, checked here as test_rule_examples_s26 checks the first ones; whole documents and
#: sketches of several files, in every language, are test_rule_examples_every_s40's.
FRAGMENTS = [(name, lang) for name, lang in OTHER
             if all(_wrapped(example) is not None for example in parse_rule_doc(RULES[name]).examples[lang])]


def test_journey_ends_at_purchase_has_english_examples():
    assert ("journey-ends-at-purchase", "en") in OTHER  # fails before: no rule had any


@pytest.mark.parametrize(("name", "lang"), FRAGMENTS)
def test_an_other_language_bad_example_fires_its_rule(name, lang, tmp_path, monkeypatch):
    bad = parse_rule_doc(RULES[name]).examples[lang][0]
    assert bad and _wrapped(bad) is not None
    found, broken = _lint(tmp_path, monkeypatch, name, bad)
    assert broken == [] and found, f"the Bad ({lang}) example of {name} does not fire it"


@pytest.mark.parametrize(("name", "lang"), FRAGMENTS)
def test_an_other_language_good_example_does_not_fire_its_rule(name, lang, tmp_path, monkeypatch):
    good = parse_rule_doc(RULES[name]).examples[lang][1]
    assert good and _wrapped(good) is not None
    found, broken = _lint(tmp_path, monkeypatch, name, good)
    assert broken == [] and found == [], f"the Good ({lang}) example of {name} fires it"


def _help(tmp_path, monkeypatch, config: str | None) -> str:
    """The examples `cxkit rule journey-ends-at-purchase` shows: from "Bad:" to "Details:"."""
    enter_workspace(tmp_path, monkeypatch, config=config)
    result = run_cli("rule", "journey-ends-at-purchase")
    assert result.exit_code == 0
    # The headings are Polish in a Polish workspace (s39): "Źle:", "Szczegóły (po angielsku…):".
    bad = "\nBad:\n" if "\nBad:\n" in result.stdout else "\nŹle:\n"
    return result.stdout.split(bad, 1)[1].split("\nDetails:\n", 1)[0].split("\nSzczegóły", 1)[0]


def test_an_english_workspace_is_shown_the_english_examples(tmp_path, monkeypatch):
    out = _help(tmp_path, monkeypatch, 'lang = "en"\n')
    assert "name: Signs the contract" in out and "Rozważanie" not in out and "Zakup" not in out  # fails before


@pytest.mark.parametrize("config", ['lang = "pl"\n', None])
def test_a_polish_workspace_or_none_is_shown_the_first_ones(tmp_path, monkeypatch, config):
    out = _help(tmp_path, monkeypatch, config)
    assert "name: Rozważanie" in out and "Signs the contract" not in out  # guard


def test_docs_rules_md_keeps_the_first_examples_only():
    md = rules_markdown()
    assert "Bad (en)" not in md and "Signs the contract" not in md  # the page is as before
