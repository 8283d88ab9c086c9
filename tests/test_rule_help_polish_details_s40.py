"""`cxkit rule NAME` in a Polish workspace (`lang = "pl"`): the details and the options' descriptions of the rules
users meet most (pseudo-profiling CX1xx, sources CX30x, journey stages CX40x) are Polish, and the heading that says
"po angielsku" stands only over details that are still English. An English workspace, `-f markdown` and `-f json`
read as before, and `cxkit rules --format markdown` is the same valid page in a Polish, an English or no workspace.
"""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from conftest import enter_workspace, run_cli

from cxkit.lint import rule_docs_pl as pl
from cxkit.lint.docs import parse_rule_doc
from cxkit.lint.rule import all_rules

RULES = all_rules()
ENGLISH_HEADING = "\n" + pl.DETAILS_HEADING + "\n"
POLISH_HEADING = "\n" + pl.DETAILS_PL_HEADING + "\n"
#: The rules given Polish details this session (fixDD40). Each Polish text has as many paragraphs as the English.
NEW_DETAILS = ["similar-personas", "stale-review", "missing-review-date", "journey-without-sources", "stage-out-of-order",
               "vague-feeling", "stage-without-doing-thinking", "unmeasured-opportunity", "journey-without-dip",
               "unowned-opportunity", "feeling-contradicts-emotion", "journey-ends-at-purchase", "missing-sources",
               "pseudo-profiling", "vague-action", "duplicate-id", "merged-list-item", "comment-in-value",
               "negative-without-reasons", "trait-overlap", "mirrored-negative-persona", "yaml-syntax",
               "unused-suppression", "placeholder", "language-mismatch", "lang-contradicts-text"]


def _rule(tmp_path, monkeypatch, config: str | None, name: str) -> str:
    enter_workspace(tmp_path, monkeypatch, config=config)
    result = run_cli("rule", name)
    assert result.exit_code == 0, result.output
    return result.stdout


def _details(out: str) -> str:
    """The text between the details' heading and the options'."""
    return re.split(r"\n(?:Szczegóły[^\n]*|Details):\n", out, maxsplit=1)[1].split("\nOpcje (w ", 1)[0].split("\nOptions (in ", 1)[0]


@pytest.mark.parametrize("name", NEW_DETAILS)
def test_the_details_are_polish_under_a_polish_heading_s40(tmp_path, monkeypatch, name):
    out = _rule(tmp_path, monkeypatch, 'lang = "pl"\n', name)
    english = parse_rule_doc(RULES[name]).body
    assert POLISH_HEADING in out and ENGLISH_HEADING not in out  # fails before: the English heading and body
    details = " ".join(_details(out).split())
    assert details == " ".join(pl.DETAILS[name].split())
    assert pl.DETAILS[name].count("\n\n") == english.count("\n\n")  # no paragraph left out
    assert english.split(".")[0] not in details  # the English first sentence is gone


@pytest.mark.parametrize("name", sorted(RULES))
def test_the_english_heading_stands_only_over_english_details_s40(tmp_path, monkeypatch, name):
    out = _rule(tmp_path, monkeypatch, 'lang = "pl"\n', name)
    if name in pl.DETAILS:
        assert ENGLISH_HEADING not in out and POLISH_HEADING in out
    elif parse_rule_doc(RULES[name]).body:
        assert ENGLISH_HEADING in out and POLISH_HEADING not in out
        assert " ".join(_details(out).split()) == " ".join(parse_rule_doc(RULES[name]).body.split())


@pytest.mark.parametrize("name", sorted(pl.OPTIONS))
def test_option_descriptions_are_polish_in_a_polish_workspace_s40(tmp_path, monkeypatch, name):
    out = _rule(tmp_path, monkeypatch, 'lang = "pl"\n', name)
    for key, default, english in parse_rule_doc(RULES[name]).options:
        polish = pl.OPTIONS[name][key]
        assert f"  {key} = " in out and f"   {polish}\n" in out, key  # fails before: the English description
        assert english not in out, key


@pytest.mark.parametrize("name", ["journey-without-dip", "unowned-opportunity", "pseudo-profiling"])
def test_an_english_workspace_keeps_the_english_details_and_options_s40(tmp_path, monkeypatch, name):
    out = _rule(tmp_path, monkeypatch, 'lang = "en"\n', name)
    doc = parse_rule_doc(RULES[name])
    assert "\nDetails:\n" in out and "Szczegóły" not in out
    for key, _, english in doc.options:
        assert f"   {english}\n" in out and pl.OPTIONS[name][key] not in out


def test_every_polish_text_names_a_rule_and_its_options_s40():
    assert set(pl.DETAILS) <= set(RULES)
    for name, options in pl.OPTIONS.items():
        assert set(options) == {key for key, _, _ in parse_rule_doc(RULES[name]).options}, name


def test_the_rules_users_meet_most_have_polish_option_descriptions_s40():
    # Every option of a CX1xx, CX3xx and CX4xx rule (and trait-overlap's) is described in Polish.
    with_options = {name for name, cls in RULES.items() if parse_rule_doc(cls).options}
    assert with_options <= set(pl.OPTIONS)


# --- `cxkit rules --format markdown` -------------------------------------------------------------------------------

def _markdown(tmp_path, monkeypatch, config: str | None) -> str:
    enter_workspace(tmp_path, monkeypatch, config=config)
    result = run_cli("rules", "--format", "markdown")
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("config", ['lang = "pl"\n', 'lang = "en"\n'])
def test_rules_markdown_is_the_same_page_in_any_workspace_s40(tmp_path, monkeypatch, config):
    page = _markdown(tmp_path, monkeypatch, config)
    (plain_folder := tmp_path.parent / "no-config").mkdir()  # beside the workspace, whose config it must not find
    plain = _markdown(plain_folder, monkeypatch, None)
    assert page == plain


@pytest.mark.parametrize("config", ['lang = "pl"\n', 'lang = "en"\n'])
def test_rules_markdown_is_valid_markdown_s40(tmp_path, monkeypatch, config):
    page = _markdown(tmp_path, monkeypatch, config)
    lines = page.splitlines()
    fences = [l for l in lines if l.startswith("```")]
    assert len(fences) % 2 == 0 and all(f in ("```", "```yaml", "```console") for f in fences)
    # No other language's example heading, nor a Polish heading of the terminal's text, leaks into the page.
    assert not re.search(r"^(?:Bad|Good) \([a-z]{2}\):", page, re.M)
    assert "Szczegóły" not in page and "Źle:" not in page
    # Each table's rows have as many cells as its header, outside code blocks.
    inside = False
    header: int | None = None
    for line in lines:
        if line.startswith("```"):
            inside = not inside
            continue
        if inside or not line.startswith("|"):
            header = None if not line.startswith("|") else header
            continue
        cells = len(re.split(r"(?<!\\)\|", line.strip())) - 2
        if header is None:
            header = cells
        assert cells == header, line
    tokens = MarkdownIt("commonmark").enable("table").parse(page)
    headings = [t for t in tokens if t.type == "heading_open" and t.tag == "h2"]
    tables = [t for t in tokens if t.type == "table_open"]
    assert len(headings) == len(RULES) + 1  # a section a rule, and the languages' section
    options = sum(1 for cls in RULES.values() if parse_rule_doc(cls).options)
    assert len(tables) == 2 + options  # the rules' table, the languages' table, one a rule with options
    blocks = [t for t in tokens if t.type == "fence"]
    assert len(blocks) == len(fences) // 2


def test_every_rule_with_details_has_them_in_polish_s40():
    # First the rules users meet most (pseudo-profiling, the personas', negative personas', sources', journeys':
    # CX1xx to CX4xx), then the rest. Fails before: 26 rules had English details.
    english = [name for name, cls in RULES.items() if parse_rule_doc(cls).body and name not in pl.DETAILS]
    assert english == []
