"""Inline suppression: `# cxkit: disable=...` on a line or the line before, `disable-file=...`,
and the unused-suppression finding (CX005) for comments that suppress nothing."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from cxkit.lint.finding import Finding, Severity


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def run(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], *rules: str) -> list[Finding]:
    write(root, files)
    monkeypatch.chdir(root)
    return lint(["."], Config(root=root), Selection(select=rules)).findings


def line_of(text: str, needle: str) -> int:
    text = textwrap.dedent(text)
    return text[: text.index(needle)].count("\n") + 1


def col_of(text: str, needle: str) -> int:
    text = textwrap.dedent(text)
    start = text.index(needle)
    return start - (text.rfind("\n", 0, start) + 1) + 1


def brief(found: list[Finding]) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in found]


PERSONA_PL = """\
kind: persona
id: nowa-persona
name: Marta
lang: pl
summary: TODO opisać po wywiadach
goals:
  - TODO cel zakupowy
  - Kupić buty trailowe przed startem w Biegu Rzeźnika
"""

JOURNEY_EN = """\
kind: journey
id: maya-replaces-shoes
name: Maya replaces her running shoes
lang: en
persona: maya-runner
stages:
  - id: awareness
    name: Awareness
    touchpoints:
      - Strava club feed
    emotion: 0
  - id: purchase
    name: Purchase
  - id: loyalty
    name: Loyalty
    touchpoints:
      - Reorder reminder e-mail after 600 km
    emotion: 1
"""

BASE = ("placeholder", "unused-suppression")
STAGES = ("stage-without-emotion", "stage-without-touchpoints", "unused-suppression")


def test_without_comments_both_placeholders_are_found(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": PERSONA_PL}, *BASE)
    assert brief(found) == [("placeholder", 5), ("placeholder", 7)]


def test_disable_by_name_at_the_end_of_the_line(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("summary: TODO opisać po wywiadach", "summary: TODO opisać po wywiadach  # cxkit: disable=placeholder")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert brief(found) == [("placeholder", 7)]


def test_disable_by_code_at_the_end_of_the_line(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("  - TODO cel zakupowy", "  - TODO cel zakupowy # cxkit: disable=CX501")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert brief(found) == [("placeholder", 5)]


def test_disable_by_lowercase_code(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("  - TODO cel zakupowy", "  - TODO cel zakupowy  #cxkit:disable=cx501")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert brief(found) == [("placeholder", 5)]


def test_disable_on_the_line_before_applies_to_the_next_line_with_content(tmp_path, monkeypatch):
    text = PERSONA_PL.replace(
        "goals:\n  - TODO cel zakupowy",
        "goals:\n  # cxkit: disable=placeholder\n\n  # cel dopiszemy po wywiadach\n  - TODO cel zakupowy",
    )
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert brief(found) == [("placeholder", 5)]


def test_a_trailing_disable_does_not_reach_the_next_line(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("goals:", "goals:  # cxkit: disable=placeholder")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    goals_line = line_of(text, "goals:")
    assert brief(found) == [("placeholder", 5), ("unused-suppression", goals_line), ("placeholder", 7)]


def test_disable_two_rules_on_one_line(tmp_path, monkeypatch):
    before = run(tmp_path, monkeypatch, {"journeys/maya.yaml": JOURNEY_EN}, *STAGES)
    purchase = line_of(JOURNEY_EN, "- id: purchase")
    assert brief(before) == [("stage-without-emotion", purchase), ("stage-without-touchpoints", purchase)]
    text = JOURNEY_EN.replace("  - id: purchase", "  - id: purchase  # cxkit: disable=stage-without-emotion,stage-without-touchpoints")
    assert run(tmp_path, monkeypatch, {"journeys/maya.yaml": text}, *STAGES) == []


def test_disable_two_rules_mixing_a_name_a_code_and_spaces(tmp_path, monkeypatch):
    text = JOURNEY_EN.replace("  - id: purchase", "  - id: purchase  # cxkit: disable=stage-without-emotion, CX402")
    assert run(tmp_path, monkeypatch, {"journeys/maya.yaml": text}, *STAGES) == []


def test_disable_one_of_two_rules_leaves_the_other(tmp_path, monkeypatch):
    text = JOURNEY_EN.replace("  - id: purchase", "  - id: purchase  # cxkit: disable=stage-without-touchpoints")
    found = run(tmp_path, monkeypatch, {"journeys/maya.yaml": text}, *STAGES)
    assert brief(found) == [("stage-without-emotion", line_of(text, "- id: purchase"))]


def test_disable_all_on_a_line(tmp_path, monkeypatch):
    text = JOURNEY_EN.replace("  - id: purchase", "  - id: purchase  # cxkit: disable=all")
    assert run(tmp_path, monkeypatch, {"journeys/maya.yaml": text}, *STAGES) == []


def test_disable_file_anywhere_silences_the_rule_in_that_file_only(tmp_path, monkeypatch):
    text = PERSONA_PL + "# cxkit: disable-file=placeholder\n"
    other = PERSONA_PL.replace("nowa-persona", "druga-persona")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text, "personas/druga.yaml": other}, *BASE)
    assert [(f.path, f.line) for f in found] == [("personas/druga.yaml", 5), ("personas/druga.yaml", 7)]


def test_disable_file_all(tmp_path, monkeypatch):
    text = "# cxkit: disable-file=all\n" + JOURNEY_EN
    assert run(tmp_path, monkeypatch, {"journeys/maya.yaml": text}, *STAGES) == []


def test_disable_file_by_code_leaves_other_rules(tmp_path, monkeypatch):
    text = "# cxkit: disable-file=CX401\n" + JOURNEY_EN
    found = run(tmp_path, monkeypatch, {"journeys/maya.yaml": text}, *STAGES)
    assert brief(found) == [("stage-without-touchpoints", line_of(text, "- id: purchase"))]


def test_workspace_rule_findings_can_be_suppressed(tmp_path, monkeypatch):
    persona = """\
    kind: persona
    id: ewa  # cxkit: disable=missing-negative-persona
    name: Ewa
    lang: pl
    goals:
      - Dba o zdrowie
    """
    found = run(tmp_path, monkeypatch, {"personas/ewa.yaml": persona}, "missing-negative-persona", "unused-suppression")
    assert found == []


# --- unused-suppression (CX005) --------------------------------------------------------------


def test_unused_trailing_suppression_is_reported_as_info_at_the_comment_line(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("name: Marta", "name: Marta  # cxkit: disable=placeholder")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    unused = [f for f in found if f.rule == "unused-suppression"]
    # At the comment itself, not at column 1 of its line.
    assert [(f.line, f.column, f.code, f.severity) for f in unused] == [(3, 14, "CX005", Severity.info)]
    assert "'disable=placeholder' suppresses nothing on this line" in unused[0].message
    # The placeholder two lines below is in `summary`, a key of its own beside `name`: not what the
    # comment was written for, so it is not named (the comment is stale, or misplaced beyond a guess).
    assert unused[0].message.endswith("suppresses nothing on this line; remove it")


def test_unused_suppression_on_the_line_before_names_its_target_line(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("goals:\n", "goals:\n  # cxkit: disable=placeholder\n").replace(
        "  - TODO cel zakupowy\n", "")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    comment = line_of(text, "# cxkit")
    target = line_of(text, "- Kupić buty")
    assert brief(found) == [("placeholder", 5), ("unused-suppression", comment)]
    assert f"suppresses nothing on line {target}" in found[1].message


def test_unused_disable_file_is_reported(tmp_path, monkeypatch):
    finished = PERSONA_PL.replace("TODO opisać po wywiadach", "Biegaczka górska z Nowego Targu").replace(
        "  - TODO cel zakupowy\n", "")
    text = finished + "# cxkit: disable-file=placeholder\n"
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert brief(found) == [("unused-suppression", line_of(text, "# cxkit"))]
    assert "'disable-file=placeholder' suppresses nothing in this file" in found[0].message


def test_unused_disable_all_is_reported(tmp_path, monkeypatch):
    text = JOURNEY_EN.replace("  - id: loyalty", "  - id: loyalty  # cxkit: disable=all")
    found = run(tmp_path, monkeypatch, {"journeys/maya.yaml": text}, *STAGES)
    loyalty = line_of(text, "- id: loyalty")
    assert ("unused-suppression", loyalty) in brief(found)
    assert any("'disable=all'" in f.message for f in found)


def test_one_used_and_one_unused_name_on_the_same_line(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("summary: TODO opisać po wywiadach",
                              "summary: TODO opisać po wywiadach  # cxkit: disable=placeholder,missing-sources")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, "placeholder", "missing-sources", "unused-suppression")
    unused = [f for f in found if f.rule == "unused-suppression"]
    assert [(f.line, f.message.split("'")[1]) for f in unused] == [(5, "disable=missing-sources")]


def test_suppression_of_an_unknown_rule_is_reported_at_the_comment(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("summary: TODO opisać po wywiadach",
                              "summary: TODO opisać po wywiadach  # cxkit: disable=placehodler")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    unknown = [f for f in found if f.rule == "unused-suppression"]
    assert [(f.line, f.column) for f in unknown] == [(5, col_of(text, "# cxkit"))]
    assert "unknown rule 'placehodler'" in unknown[0].message
    # The misspelt comment suppresses nothing: the placeholder is still reported.
    assert ("placeholder", 5) in brief(found)


def test_suppression_of_an_unknown_code_in_disable_file_is_reported(tmp_path, monkeypatch):
    text = PERSONA_PL + "# cxkit: disable-file=CX999\n"
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert [(f.line, f.message) for f in found if f.rule == "unused-suppression"] == [
        (line_of(text, "# cxkit"), "suppression names unknown rule 'CX999'")
    ]


def test_suppression_of_a_rule_not_selected_is_not_reported_as_unused(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("name: Marta", "name: Marta  # cxkit: disable=stage-without-emotion") + \
        "# cxkit: disable-file=missing-sources\n"
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert brief(found) == [("placeholder", 5), ("placeholder", 7)]


def test_unused_suppressions_are_not_reported_when_that_rule_is_off(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("name: Marta", "name: Marta  # cxkit: disable=placeholder")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, "placeholder")
    assert brief(found) == [("placeholder", 5), ("placeholder", 7)]


def test_unused_suppression_does_not_fail_the_run(tmp_path, monkeypatch):
    text = JOURNEY_EN.replace("  - id: purchase", "  - id: purchase  # cxkit: disable=all").replace(
        "  - id: loyalty", "  - id: loyalty  # cxkit: disable=CX401")
    write(tmp_path, {"journeys/maya.yaml": text})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--format", "json", "--select", ",".join(STAGES)])
    assert result.exit_code == 0
    assert [(f["code"], f["severity"], f["line"]) for f in json.loads(result.stdout)] == [
        ("CX005", "info", line_of(text, "- id: loyalty"))
    ]


def test_a_reason_may_follow_the_suppressed_rules(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("summary: TODO opisać po wywiadach",
                              "summary: TODO opisać po wywiadach  # cxkit: disable=placeholder  szkic, czekamy na wywiady")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert brief(found) == [("placeholder", 7)]


def test_a_comment_on_the_line_before_and_one_at_the_line_end_both_count(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("summary: TODO opisać po wywiadach",
                              "# cxkit: disable=placeholder\nsummary: TODO opisać po wywiadach  # cxkit: disable=placeholder")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    summary_line = text.splitlines().index("summary: TODO opisać po wywiadach  # cxkit: disable=placeholder") + 1
    # Both comments suppress the finding, so neither is reported as unused.
    assert [f for f in found if f.line in (summary_line - 1, summary_line)] == []


def test_a_line_separator_inside_a_value_does_not_move_a_suppression(tmp_path, monkeypatch):
    # str.splitlines would end a line at U+2028; positions (and an editor) do not.
    text = "kind: persona\nid: ola\nname: Ola\nquote: Biegam\u2028rano\ngoals:\n  # cxkit: disable=placeholder\n  - TODO\n  - TBD\n"
    (tmp_path / "ola.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    findings = lint(["."], Config(root=tmp_path), Selection(select=("placeholder", "unused-suppression"))).findings
    assert [(f.rule, f.line) for f in findings] == [("placeholder", 8)]


@pytest.mark.parametrize("value", [
    '"Marta # cxkit: disable-file=placeholder"',
    "'Marta #cxkit: disable-file=all'",
])
def test_a_directive_inside_a_quoted_value_is_text_and_silences_nothing(tmp_path, monkeypatch, value):
    # A name or a quote pasted into a persona must not switch rules off for the whole file.
    text = PERSONA_PL.replace("name: Marta", f"name: {value}")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert brief(found) == [("placeholder", 5), ("placeholder", 7)]


def test_a_directive_line_inside_a_block_value_is_text(tmp_path, monkeypatch):
    text = PERSONA_PL.replace(
        "summary: TODO opisać po wywiadach",
        "quote: |\n  Notatka z wywiadu:\n  # cxkit: disable=placeholder\nsummary: TODO opisać po wywiadach",
    )
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    # Neither applied to the summary nor reported as an unused suppression.
    assert brief(found) == [("placeholder", line_of(text, "summary:")), ("placeholder", line_of(text, "  - TODO"))]


@pytest.mark.parametrize(("comment", "said"), [
    ("# cxkit: enable=placeholder", "enable=placeholder"),
    ("# cxkit: disabel=placeholder", "disabel=placeholder"),
    ("# cxkit: disable=", "disable="),
    ("# cxkit: disable placeholder", "disable placeholder"),
    ("# cxkit:", ""),
])
def test_a_directive_cxkit_does_not_understand_is_reported_at_the_comment(tmp_path, monkeypatch, comment, said):
    text = PERSONA_PL.replace("summary: TODO opisać po wywiadach", f"summary: TODO opisać po wywiadach  {comment}")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    (odd,) = [f for f in found if f.rule == "unused-suppression"]
    assert (odd.line, odd.column) == (5, col_of(text, "# cxkit"))
    assert odd.message.startswith(f"cxkit does not understand '# cxkit: {said}'; it suppresses nothing")
    assert ("placeholder", 5) in brief(found)


@pytest.mark.parametrize(("comment", "fixed"), [
    ("# cxkit disable=placeholder", "# cxkit: disable=placeholder"),
    ("#cxkit   disable-file=CX501 bo szkic", "#cxkit: disable-file=CX501 bo szkic"),
    ("# CXKIT disable = placeholder", "# CXKIT: disable = placeholder"),
])
def test_a_directive_without_its_colon_is_reported_with_the_colon_it_needs(tmp_path, monkeypatch, comment, fixed):
    # It silenced nothing and said nothing: the finding stayed, and the author could not tell why.
    text = PERSONA_PL.replace("summary: TODO opisać po wywiadach", f"summary: TODO opisać po wywiadach  {comment}")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    (odd,) = [f for f in found if f.rule == "unused-suppression"]
    assert (odd.line, odd.column) == (5, col_of(text, comment))
    assert odd.message == f"'{comment}' suppresses nothing: cxkit needs a colon after its name ('{fixed}')"
    assert ("placeholder", 5) in brief(found)


@pytest.mark.parametrize("comment", ["# cxkit disables nothing here", "# cxkit is our linter", "# cxkit"])
def test_a_comment_that_only_names_cxkit_is_no_directive(tmp_path, monkeypatch, comment):
    text = PERSONA_PL.replace("summary: TODO opisać po wywiadach", f"summary: TODO opisać po wywiadach  {comment}")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert not [f for f in found if f.rule == "unused-suppression"]


@pytest.mark.parametrize("comment", [
    "#CXKIT: DISABLE=PLACEHOLDER", "# Cxkit : Disable = CX501", "# cxkit: disable=Placeholder", "# CxKit: disable=placeholder",
])
def test_directives_are_read_in_any_case(tmp_path, monkeypatch, comment):
    text = PERSONA_PL.replace("summary: TODO opisać po wywiadach", f"summary: TODO opisać po wywiadach  {comment}")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert brief(found) == [("placeholder", 7)]


def test_a_malformed_directive_survives_the_cache(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("name: Marta", "name: Marta  # cxkit: enable=placeholder")
    write(tmp_path, {"personas/nowa.yaml": text})
    monkeypatch.chdir(tmp_path)
    first = lint(["."], Config(root=tmp_path), Selection(select=BASE), jobs=1, cache=True)
    again = lint(["."], Config(root=tmp_path), Selection(select=BASE), jobs=1, cache=True)
    assert again.cached_files == 1
    assert [f.message for f in again.findings] == [f.message for f in first.findings]
    assert any("does not understand" in f.message for f in again.findings)


def test_a_directive_on_a_block_values_header_line_is_a_comment(tmp_path, monkeypatch):
    text = PERSONA_PL.replace(
        "summary: TODO opisać po wywiadach", "summary: |  # cxkit: disable=placeholder\n  TODO opisać po wywiadach")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert brief(found) == [("placeholder", line_of(text, "  - TODO"))]


def test_a_cxkit_mention_in_a_value_does_not_hide_the_comment_after_it(tmp_path, monkeypatch):
    text = PERSONA_PL.replace(
        "summary: TODO opisać po wywiadach", 'summary: "TODO zapytać o #cxkit: tag"  # cxkit: disable=placeholder')
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert brief(found) == [("placeholder", 7)]


def test_a_file_that_only_mentions_cxkit_is_not_searched_for_directives(tmp_path, monkeypatch):
    # What `cxkit new` writes says "`cxkit lint` lists ...": no comment speaks to cxkit there, and
    # the walk over every value that tells comments from values must not run for each such file.
    from cxkit.lint import engine

    def walked(*args):  # noqa: ANN002, ANN202
        raise AssertionError("scalar spans computed for a file without a directive")

    monkeypatch.setattr(engine, "in_value", walked)
    text = PERSONA_PL.replace("name: Marta", "name: Marta  # `cxkit lint` lists what is left; cxkit: the tool")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert brief(found) == [("placeholder", 5), ("placeholder", 7)]


SOURCES_FIRST = """\
kind: persona
id: nowa-persona
name: Marta
lang: pl
sources:
  - id: w1
    type: interview
    n: 8
    date: 2026-10-01
goals:
  # cxkit: disable=placeholder
  - sources: [w1]
    text: TODO cel zakupowy
  - Kupić buty trailowe przed startem w Biegu Rzeźnika
  # cxkit: disable=placeholder
  - sources: [w1]
    text: Kupić kolce na zawody przełajowe w Lublinie
"""


def test_a_comment_above_a_trait_whose_sources_come_first_reaches_its_text(tmp_path, monkeypatch):
    # A trait is reported where its text is; the comment sits above the item, as for any trait.
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": SOURCES_FIRST}, *BASE)
    second = SOURCES_FIRST.index("# cxkit", SOURCES_FIRST.index("Rzeźnika"))
    comment = SOURCES_FIRST[:second].count("\n") + 1
    assert brief(found) == [("unused-suppression", comment)], found
    # Unused, it is reported once, naming the line below it.
    assert f"suppresses nothing on line {comment + 1}" in found[0].message
    unsuppressed = SOURCES_FIRST.replace("  # cxkit: disable=placeholder\n", "")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": unsuppressed}, *BASE)
    assert brief(found) == [("placeholder", line_of(unsuppressed, "text: TODO"))]


def test_a_comment_above_a_trait_with_sources_first_survives_the_cache(tmp_path, monkeypatch):
    write(tmp_path, {"personas/nowa.yaml": SOURCES_FIRST})
    monkeypatch.chdir(tmp_path)
    first = lint(["."], Config(root=tmp_path), Selection(select=BASE), jobs=1, cache=True)
    again = lint(["."], Config(root=tmp_path), Selection(select=BASE), jobs=1, cache=True)
    assert again.cached_files == 1
    assert brief(again.findings) == brief(first.findings) == [("unused-suppression", 15)]


def test_a_comment_above_a_list_item_reaches_its_keys_and_values_below(tmp_path, monkeypatch):
    journey = """\
    kind: journey
    id: marta-kupuje
    name: Marta kupuje
    persona: nowa-persona
    stages:
      - id: purchase
        name: Zakup
        touchpoints:
          # cxkit: disable=placeholder
          - channel: web
            description: TODO opisać kasę
        opportunities:
          # cxkit: disable=placeholder,unowned-opportunity
          - status: idea
            action: TODO naprawić kasę
          - action: TODO sprawdzić płatności
    """
    persona = SOURCES_FIRST.replace("    text: TODO cel zakupowy\n", "    text:\n      TODO cel zakupowy\n")
    found = run(tmp_path, monkeypatch, {"journeys/m.yaml": journey, "personas/nowa.yaml": persona},
                "placeholder", "unowned-opportunity", "unused-suppression")
    mine = [(f.path, f.rule, f.line) for f in found]
    # Only the second opportunity, which no comment is above, is reported (and the unused comment in the persona).
    assert mine == [
        ("journeys/m.yaml", "unowned-opportunity", line_of(journey, "- action: TODO")),
        ("journeys/m.yaml", "placeholder", line_of(journey, "- action: TODO")),
        ("personas/nowa.yaml", "unused-suppression", 16),  # above the last trait, whose text is clean
    ], found


BLOCK_SUMMARY = (
    "summary: |{comment}\n"
    "  Biega od trzech lat, startuje w Biegu Rzeźnika.\n"
    "  Kupuje buty po przeczytaniu recenzji na forum.\n"
    "  TODO opisać po wywiadach\n"
)


def test_a_finding_inside_a_block_value_sits_on_its_own_line(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("summary: TODO opisać po wywiadach\n", BLOCK_SUMMARY.format(comment=""))
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert [(f.rule, f.line, f.column) for f in found] == [
        ("placeholder", line_of(text, "  TODO opisać"), 3), ("placeholder", line_of(text, "  - TODO"), 5),
    ]


@pytest.mark.parametrize("comment", ["  # cxkit: disable=placeholder", ""])
def test_a_directive_on_a_block_values_header_reaches_its_lines(tmp_path, monkeypatch, comment):
    # The header is the only place a comment can stand for a `|` value: its findings are on the lines below.
    block = BLOCK_SUMMARY.format(comment=comment)
    if not comment:  # on a line of its own above the key
        block = "# cxkit: disable=placeholder\n" + block
    text = PERSONA_PL.replace("summary: TODO opisać po wywiadach\n", block)
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert brief(found) == [("placeholder", line_of(text, "  - TODO"))]  # used: no unused-suppression either


def test_a_directive_on_a_block_values_header_does_not_reach_the_next_key(tmp_path, monkeypatch):
    text = PERSONA_PL.replace(
        "summary: TODO opisać po wywiadach\ngoals:\n  - TODO cel zakupowy\n",
        "summary: |  # cxkit: disable=placeholder\n  Biega od trzech lat.\ngoals:\n  - TODO cel zakupowy\n",
    ).replace("goals:\n  - TODO cel zakupowy\n  - Kupić", "goals: [TODO cel zakupowy]\nx-notes:\n  - Kupić")
    assert "goals: [TODO" in text
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    assert ("placeholder", line_of(text, "goals: [TODO")) in brief(found)


def test_a_placeholder_reused_by_an_alias_is_reported_once_where_it_is_written(tmp_path, monkeypatch):
    # Its message names the path, so the two findings were not even identical: one per place that refers to it.
    text = PERSONA_PL.replace("  - TODO cel zakupowy\n", "  - &todo TODO cel zakupowy\n") + "needs:\n  - *todo\n"
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, "placeholder")
    assert [(f.line, "goals[1st]" in f.message) for f in found] == [(line_of(text, "summary:"), False),
                                                                    (line_of(text, "&todo"), True)]


def test_a_cross_file_finding_on_a_trait_reused_by_an_alias_is_reported_once(tmp_path, monkeypatch):
    persona = "kind: persona\nid: ewa\nname: Ewa\nbehaviours:\n  - Czyta recenzje przed zakupem\n"
    negative = ("kind: negative-persona\nid: janusz\nname: Janusz\nreasons:\n"
                "  - &czyta Czyta recenzje przed zakupem\n  - *czyta\n")
    found = run(tmp_path, monkeypatch, {"personas/ewa.yaml": persona, "personas/janusz.yaml": negative}, "trait-overlap")
    assert [(f.path, f.line) for f in found] == [("personas/janusz.yaml", 5)]


@pytest.mark.parametrize(("item", "hint"), [
    ("placeholdre", "; did you mean 'placeholder'?"),
    ("Place_Holder", "; did you mean 'placeholder'?"),
    ("CX50", "; a suppression names whole codes (CX501) or rule names"),
    ("zzz", ""),
])
def test_an_unknown_rule_in_a_suppression_gets_a_suggestion(tmp_path, monkeypatch, item, hint):
    text = PERSONA_PL.replace("summary: TODO opisać po wywiadach", f"summary: TODO opisać po wywiadach  # cxkit: disable={item}")
    found = run(tmp_path, monkeypatch, {"personas/nowa.yaml": text}, *BASE)
    (odd,) = [f for f in found if f.rule == "unused-suppression"]
    assert odd.message == f"suppression names unknown rule '{item}'{hint}"


def _persona_skipping_the_negative_rule(name: str) -> str:
    return (f"# cxkit: disable-file=missing-negative-persona\nkind: persona\nid: {name}-osoba\nname: {name}\n"
            f"goals: [Kupić rower Kross do 3000 zł przed majówką, wariant {name}]\n")


def test_a_disable_file_that_steers_a_workspace_finding_away_is_not_unused(tmp_path, monkeypatch):
    # Both personas skip the rule: the finding lands on a.yaml and is silenced there. b.yaml's comment
    # was called unused, yet removing it moved the warning onto b.yaml.
    files = {"personas/a.yaml": _persona_skipping_the_negative_rule("a"),
             "personas/b.yaml": _persona_skipping_the_negative_rule("b")}
    found = run(tmp_path, monkeypatch, files, "missing-negative-persona", "unused-suppression")
    assert found == []


def test_a_disable_file_of_a_workspace_rule_with_nothing_to_silence_is_still_unused(tmp_path, monkeypatch):
    files = {"personas/a.yaml": _persona_skipping_the_negative_rule("a"),
             "personas/n.yaml": "kind: negative-persona\nid: janusz\nname: Janusz\nreasons: [Kupuje rowery tylko na OLX]\n"}
    found = run(tmp_path, monkeypatch, files, "missing-negative-persona", "unused-suppression")
    assert [(f.path, f.rule, f.line) for f in found] == [("personas/a.yaml", "unused-suppression", 1)]


def test_a_disable_file_of_a_rule_that_placed_its_finding_itself_is_unused_where_it_silenced_nothing(tmp_path, monkeypatch):
    # unknown-persona puts its finding on the journey that names the missing persona: j1's comment
    # silences it there; j2's names a persona that exists and silences nothing, so it is unused.
    persona = "kind: persona\nid: ola\nname: Ola\ngoals: [Kupić rower Kross do 3000 zł]\n"
    journey = ("# cxkit: disable-file=unknown-persona\nkind: journey\nid: {id}\nname: J\npersona: {ref}\n"
               "stages:\n  - id: a\n    name: A\n")
    files = {"personas/ola.yaml": persona, "journeys/j1.yaml": journey.format(id="j1", ref="nikt"),
             "journeys/j2.yaml": journey.format(id="j2", ref="ola")}
    found = run(tmp_path, monkeypatch, files, "unknown-persona", "unused-suppression")
    assert [(f.path, f.rule, f.line) for f in found] == [("journeys/j2.yaml", "unused-suppression", 1)]
