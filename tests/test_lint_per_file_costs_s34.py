"""What a lint run pays once a file, cut back without changing what it reports (issue #7).

- A document's line starts are found only as far as a position asks (most ask near the top);
- the rules run on each file, with their kinds, their word reading and their plugin, are worked
  out once a rule set, not once a file;
- the placeholder rule's first look at a file's bytes looks for a hint that holds a rare byte
  ("xxx", "fixme", "???", "…") only in a file that holds that byte.
"""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint import engine
from cxkit.lint.engine import RuleSet, Selection, lint
from cxkit.yamlio import load_text

PERSONA_PL = textwrap.dedent("""\
    kind: persona
    id: ola-biegaczka
    name: Ola, biegaczka z Poznania
    lang: pl
    summary: Trenuje do maratonu i kupuje buty po każdych 600 km.
    goals:
      - Przebiec maraton w Poznaniu poniżej 4 godzin
      - Kupić buty do 700 zł przed sezonem
    pain_points:
      - Sklep nie ma jej rozmiaru w lutym
    """)

JOURNEY_EN = textwrap.dedent("""\
    kind: journey
    id: dan-switches-invoicing
    name: Dan switches invoicing tools
    persona: dan-heating-firm-owner
    lang: en
    stages:
      - id: trigger
        name: Trigger
        doing: Loses a day to a missed invoice   # a comment
        feeling: Annoyed
      - id: search
        name: Search
        doing: |
          Reads three comparison pages
          on the train home
    """)


def _reference_empty_item_at(text: str, line: int, column: int) -> bool:
    """empty_item_at as it was written before: every line start found first."""
    if column < 2:
        return False
    starts, at = [0], text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    if not 0 < line <= len(starts):
        return False
    start = starts[line - 1]
    end = text.find("\n", start)
    row = text[start:end if end >= 0 else len(text)].rstrip("\r")
    rest = row[column - 1:].strip()
    return row[column - 2:column - 1] == "-" and row[:column - 2].strip() in ("", "-") and (
        not rest or rest.startswith("#"))


def test_locating_a_value_near_the_top_finds_only_the_line_starts_it_needs():
    text = PERSONA_PL.replace("  - Kupić buty", "  -\n  - Kupić buty") + "".join(f"  - Cecha {i}\n" for i in range(200))
    loaded = load_text(text)
    assert loaded.locate(("id",), key=False) == (2, 5)
    assert loaded.line_starts is not None and len(loaded.line_starts) <= 3  # not the file's 212 lines
    assert loaded.locate(("goals", 1)) == (8, 3)  # the dash of an item written as a dash alone
    assert len(loaded.line_starts) <= 9
    assert loaded.locate(("pain_points", 200), key=False) == (211, 5)
    assert loaded.locate(("goals", 1)) == (8, 3)


@pytest.mark.parametrize("text", [
    PERSONA_PL.replace("  - Kupić", "  -\n  - Kupić"), JOURNEY_EN, PERSONA_PL.replace("\n", "\r\n"),
    PERSONA_PL.rstrip("\n"), "- \n-\n  - # note\n", "",
])
def test_an_empty_list_item_is_told_as_before_whatever_order_the_lines_are_asked_in(text):
    lines = text.count("\n") + 3
    asks = [(line, column) for line in range(0, lines) for column in range(0, 8)]
    for seed in range(5):
        random.Random(seed).shuffle(asks)
        loaded = load_text(text)
        for line, column in asks:
            assert loaded.empty_item_at(line, column) == _reference_empty_item_at(text, line, column), (line, column)


def _workspace(root: Path) -> None:
    for rel, text in {
        "personas/ola.yaml": PERSONA_PL,
        "personas/ala.yaml": PERSONA_PL.replace("ola-biegaczka", "ala-biegaczka"),
        "journeys/dan.yaml": JOURNEY_EN,
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")


def test_the_rules_run_on_each_file_are_worked_out_once_a_run(tmp_path, monkeypatch):
    _workspace(tmp_path)
    monkeypatch.chdir(tmp_path)
    plain = lint(["."], Config(root=tmp_path), Selection(), jobs=1, cache=False).findings
    asked = []
    listed = RuleSet.document_rules.fget

    def counted(self):
        asked.append(1)
        return listed(self)

    monkeypatch.setattr(RuleSet, "document_rules", property(counted))
    again = lint(["."], Config(root=tmp_path), Selection(), jobs=1, cache=False).findings
    assert again == plain and plain  # the same findings, for three documents
    assert len(asked) == 1


def test_a_rule_plan_is_worked_out_again_once_the_plugins_are_loaded_again(tmp_path, monkeypatch):
    from cxkit.lint import rule as rule_module

    ruleset = engine.build_ruleset(Config(root=tmp_path), Selection(select=("placeholder",)))
    first = engine._rule_plan(ruleset, True)
    assert engine._rule_plan(ruleset, True) is first
    assert [name for _a, r, *_ in first for name in [r.name]] == ["placeholder"]
    monkeypatch.setattr(rule_module, "_PLUGIN_RULES", dict(rule_module._PLUGIN_RULES or {}))
    assert engine._rule_plan(ruleset, True) is not first


def _hints_anywhere(raw: bytes, low: bytes) -> bool:
    """_may_hold as it was written before: every hint looked for in every file."""
    from cxkit.lint.rules import hygiene

    return (any(map(low.__contains__, hygiene._MARKER_HINTS)) or hygiene._LONE_DASH.search(raw) is not None
            or hygiene._bracket_opens_value(raw))


def test_the_placeholder_net_catches_what_looking_for_every_hint_caught():
    from cxkit.lint.rules import hygiene

    pieces = [b"a", b"x", b"X", b"?", b".", "…".encode(), b"\xe2\x80", b"\xa6", b"fi", b"xme", b"FIX", b"ME", b"xx",
              b"to", b"do", b"TBD", b"<", b"\\", b" ", b"\n-", b"- ", b"'", b"[", "ó".encode(), b"uzupe", b"l"]
    rng = random.Random(34)
    for _ in range(20000):
        raw = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert hygiene._may_hold(raw, raw.lower()) == _hints_anywhere(raw, raw.lower()), raw


@pytest.mark.parametrize("value", ['"FIXME: opisać"', "XXX", '"???"', "…", "do zrobienia", "TBD", "Fill in"])
def test_a_placeholder_with_a_rare_byte_is_still_reported(tmp_path, monkeypatch, value):
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas/ola.yaml").write_text(PERSONA_PL.replace("Sklep nie ma jej rozmiaru w lutym", value),
                                                encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path), Selection(select=("placeholder",)), jobs=1, cache=False).findings
    assert [(f.rule, f.line) for f in found] == [("placeholder", 10)]


def test_a_changed_hint_list_is_followed(monkeypatch):
    from cxkit.lint.rules import hygiene

    raw = b"kind: persona\nid: ola\nname: Ola\n"
    assert not hygiene._may_hold(raw, raw.lower())
    monkeypatch.setattr(hygiene, "_MARKER_HINTS", (b"",))  # as the tests that walk every file set it
    assert hygiene._may_hold(raw, raw.lower())
    monkeypatch.setattr(hygiene, "_MARKER_HINTS", (b"xxx",))
    assert not hygiene._may_hold(raw, raw.lower()) and hygiene._may_hold(raw + b"XXX", (raw + b"XXX").lower())
