"""Indentation slips and merge leftovers (tester_ops F2, F4, F19).

- F2: a `- item` line indented one space too far is read by YAML as more text of the item (or
  key) above: `merged-list-item` (CX006) reports it at its dash, with the fix.
- F4: "mapping values are not allowed in this context" for a `key:` indented more than the key
  above says so, and which column to align it with.
- F19: leftover git conflict markers are named as such, at the first marker line, by lint,
  `cxkit diff` and the git diff driver alike.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from cxkit.lint.docs import parse_rule_doc
from cxkit.lint.rule import all_rules
from cxkit.yamlio import load_text

REPO = Path(__file__).resolve().parents[1]


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], select: str) -> list[dict]:
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", select, *files)
    assert result.exception is None, repr(result.exception)
    return json.loads(result.stdout)


def where(findings: list[dict], rule: str) -> list[tuple[int, int, str]]:
    return [(f["line"], f["column"], f["message"]) for f in findings if f["rule"] == rule]


# --- F2: merged-list-item ----------------------------------------------------------------------

PERSONA_EN = """\
kind: persona
id: ola-runner
name: Ola Nowak
reviewed: 2026-10-01
goals:
  - Run a marathon
   - Run 5k
"""

PERSONA_PL = """\
kind: persona
id: tomek-kierowca
name: Tomek Wiśniewski
lang: pl
behaviours:
  - Tankuje na Orlenie przy A2 co wtorek
  - Płaci kartą flotową, faktury zbiera w aplikacji
    - Sprawdza ceny paliwa w e-petrol.pl przed trasą
pain_points:
  - Traci 2 godziny w miesiącu na rozliczenie paragonów
"""

QUOTE_AFTER = """\
kind: persona
id: priya-revops
name: Priya Shah
goals:
  - Close the books by day 3 of each month
quote: Numbers first, then the story
  - Uses Xero daily for approvals
"""


def test_an_item_indented_one_space_too_far_is_reported_at_its_dash(tmp_path, monkeypatch):
    found = lint(tmp_path, monkeypatch, {"personas/ola.yaml": PERSONA_EN}, "merged-list-item")
    assert where(found, "merged-list-item") == [(7, 4, (
        "`- Run 5k` is read as more text of the item above, not as an item of its own ('Run a marathon - Run 5k'): "
        "indent it like the item above (line 6, its dash in column 3), or put the whole text in quotes if the "
        "dash belongs to it"
    ))]
    assert found[0]["code"] == "CX006" and found[0]["severity"] == "warning"


def test_a_polish_behaviour_swallowed_by_the_one_above_is_reported(tmp_path, monkeypatch):
    found = lint(tmp_path, monkeypatch, {"personas/tomek.yaml": PERSONA_PL}, "merged-list-item")
    [(line, col, message)] = where(found, "merged-list-item")
    assert (line, col) == (8, 5)
    assert message.startswith("`- Sprawdza ceny paliwa w e-petrol.pl pr…` is read as more text of the item above")
    assert "('Płaci kartą flotową, faktury zbiera w aplikacji - Sprawdza …')" in message
    assert "indent it like the item above (line 7, its dash in column 3)" in message


def test_an_item_under_a_key_with_a_value_names_the_key(tmp_path, monkeypatch):
    found = lint(tmp_path, monkeypatch, {"personas/priya.yaml": QUOTE_AFTER}, "merged-list-item")
    assert where(found, "merged-list-item") == [(7, 3, (
        "`- Uses Xero daily for approvals` is read as more text of `quote:` (line 6), not as a list item "
        "('Numbers first, then the story - Uses Xero daily for approva…'): move it under the list it belongs "
        "to, indented like that list's items, or put the whole text in quotes if the dash belongs to it"
    ))]


def test_each_swallowed_item_is_reported_and_a_blank_line_does_not_hide_one(tmp_path, monkeypatch):
    text = PERSONA_EN + "   - Swim 1 km\n\n   - Cycle to work\n"
    found = lint(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "merged-list-item")
    assert [(line, col) for line, col, _ in where(found, "merged-list-item")] == [(7, 4), (8, 4), (10, 4)]


def test_in_a_flow_list_the_fix_is_a_comma(tmp_path, monkeypatch):
    text = "kind: persona\nid: ola-runner\nname: Ola Nowak\ngoals: [Run a marathon\n  - Run 5k, Swim 1 km]\n"
    found = lint(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "merged-list-item")
    [(line, col, message)] = where(found, "merged-list-item")
    assert (line, col) == (5, 3)
    assert "in [ ] items are parted by commas, so end the item above with a comma and drop the dash" in message


@pytest.mark.parametrize("goals", [
    # Quoted and block values are written so on purpose: their lines are meant.
    "goals:\n  - \"Run a marathon\n    - then 5k races\"\n",
    "goals:\n  - 'Przebiec maraton\n    - potem 5 km'\n",
    "goals:\n  - |\n    Przebiec maraton:\n    - w kwietniu\n    - poniżej 4 godzin\n",
    "goals:\n  - >\n    Run a marathon\n    - in April\n",
    # A dash with no space after it is a minus or part of a word, not an item.
    "goals:\n  - Train outdoors down to\n    -5 °C in January\n",
    "goals:\n  - Kupuje z rabatem\n    -20% w aplikacji\n",
    # A plain value over lines with no dash, and items laid out right.
    "goals:\n  - Run a marathon in April, then\n    rest for two weeks\n  - Run 5k\n",
])
def test_meant_text_is_not_reported(tmp_path, monkeypatch, goals):
    text = "kind: persona\nid: ola-runner\nname: Ola Nowak\n" + goals
    found = lint(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "merged-list-item,yaml-syntax,schema")
    assert found == []


def test_a_comment_at_the_end_of_the_line_silences_it(tmp_path, monkeypatch):
    text = PERSONA_EN.replace("   - Run 5k\n", "   - Run 5k  # cxkit: disable=merged-list-item\n")
    found = lint(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "merged-list-item,unused-suppression")
    assert found == []


def test_the_loader_notes_only_plain_values_over_lines():
    assert load_text(PERSONA_EN).wrapped and load_text(QUOTE_AFTER).wrapped
    # Nothing is noted for a file without one: the rule then does no work at all.
    for path in sorted((REPO / "examples").rglob("*.yaml")):
        assert load_text(path.read_text(encoding="utf-8")).wrapped == (), path
    loaded = load_text('kind: persona\nsummary: "a\n  - b"\nnotes: |\n  x\n  - y\n')
    assert loaded.wrapped == () and not loaded.problems


# --- F4: a key indented more than the key above -----------------------------------------------

HEAD = "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\n"


@pytest.mark.parametrize(("text", "position", "message"), [
    # The yaml-syntax "Bad" example of docs/rules.md.
    # At the key whose indentation is the fix (tester4 F3), as the other alignment advice is.
    ("kind: persona\nid: ola-runner\n  name: Ola Nowak\n", (3, 3),
     "invalid YAML: this line is indented more than `id:` above it (line 2), so YAML reads it as more of that "
     "key's value, where `name:` cannot start a key; align `name:` with `id:` (column 1)"),
    (HEAD + "demographics:\n  age: 30\n   location: Poznań, Rataje\n", (6, 4),
     "invalid YAML: this line is indented more than `age:` above it (line 5), so YAML reads it as more of that "
     "key's value, where `location:` cannot start a key; align `location:` with `age:` (column 3)"),
    ("kind: journey\nid: ola-kupuje-buty\nname: Ola kupuje buty\npersona: ola-biegaczka\nstages:\n"
     "  - id: awareness\n    name: Świadomość\n     emotion: 1\n", (8, 6),
     "invalid YAML: this line is indented more than `name:` above it (line 7), so YAML reads it as more of that "
     "key's value, where `emotion:` cannot start a key; align `emotion:` with `name:` (column 5)"),
    (HEAD + "goals:\n  - Run\nquote: Numbers first\n  - Uses Xero: daily\n", (7, 14),
     "invalid YAML: this `- ` line is indented under `quote:` (line 6), which already has a value, so YAML reads "
     "the line as more of that value, where `Uses Xero:` cannot start a key; move the item under the list it "
     "belongs to, indented like that list's items"),
    (HEAD + "goals:\n  - Przebiec półmaraton\n    - Tempo: 5:30 min/km\n", (6, 5),  # at the dash to indent
     "invalid YAML: this `- ` line is indented more than the item above (line 5), so YAML reads it as more of "
     "that item's text, where `Tempo:` cannot start a key; indent it like the item above (its dash in column 3)"),
    # A value already written over lines: the line may be text, so quoting is offered too.
    (HEAD + "summary: Biega trzy razy w tygodniu,\n  zwykle rano\n  quote: Zawsze przed pracą\n", (6, 3),
     "invalid YAML: this line is indented more than `summary:` above it (line 4), so YAML reads it as more of "
     "that key's value, where `quote:` cannot start a key; align `quote:` with `summary:` (column 1), or, if the "
     "line is text, put the whole value of `summary:` in quotes"),
    # Prose with a ': ' on a later line of an item: quoting is the fix.
    (HEAD + "goals:\n  - Przebiec półmaraton\n    w kwietniu: poniżej 2 godzin\n", (6, 15),
     "invalid YAML: this line is read as more text of the list item on line 5, where the ': ' starts a key none "
     "can stand; put the whole item in quotes"),
])
def test_a_key_indented_too_far_names_the_key_to_align_with(text, position, message):
    [problem] = load_text(text).problems
    assert ((problem.line, problem.column), problem.message) == (position, message)


def test_the_yaml_syntax_bad_example_gets_the_hint(tmp_path, monkeypatch):
    example = parse_rule_doc(all_rules()["yaml-syntax"]).bad
    found = lint(tmp_path, monkeypatch, {"personas/ola.yaml": example + "\n"}, "yaml-syntax")
    assert [(f["line"], f["column"]) for f in found] == [(3, 3)]
    assert found[0]["message"].endswith("align `name:` with `id:` (column 1)")


@pytest.mark.parametrize(("text", "message"), [
    # A ': ' inside a value on its own line keeps the quoting hint it had.
    (HEAD + "summary: Mówi, że...: woli dzwonić\n",
     "invalid YAML: the ': ' here, inside an unquoted value, starts a key where none can stand; put the whole "
     "value in quotes: 'Mówi, że...: woli dzwonić'"),
    (HEAD + "summary: Tag: #ważne\n", "invalid YAML: mapping values are not allowed in this context"),
])
def test_a_colon_on_the_values_own_line_is_another_cause(text, message):
    assert [p.message for p in load_text(text).problems] == [message]


# --- F19: merge conflict markers ----------------------------------------------------------------

CONFLICT_EN = """\
kind: persona
id: c-carl
name: Carl Jensen
reviewed: 2026-11-20
sources:
  - id: int-1
    type: interview
    date: 2026-10-14
pain_points:
<<<<<<< HEAD
  - Chases receipts from 45 drivers by SMS
=======
  - Chases receipts from 31 drivers by WhatsApp
>>>>>>> c1
"""

MESSAGE_EN = (
    "unresolved merge conflict markers (line 10 `<<<<<<<`, 12 `=======`, 14 `>>>>>>>`): keep one side "
    "(or both items) and delete the marker lines"
)

LEFTOVER_PL = """\
kind: persona
id: tomek-kierowca
name: Tomek Wiśniewski
goals:
  - Rozliczyć paliwo do 5. dnia miesiąca
  - Tankować tylko na stacjach z fakturą w aplikacji
=======
pain_points:
  - Gubi paragony z tras po Niemczech
"""


def test_conflict_markers_are_named_at_the_first_one(tmp_path, monkeypatch):
    found = lint(tmp_path, monkeypatch, {"personas/c-carl.yaml": CONFLICT_EN}, "yaml-syntax")
    assert [(f["line"], f["column"], f["message"]) for f in found] == [(10, 1, MESSAGE_EN)]


def test_one_leftover_marker_is_named(tmp_path, monkeypatch):
    found = lint(tmp_path, monkeypatch, {"personas/tomek.yaml": LEFTOVER_PL}, "yaml-syntax")
    assert [(f["line"], f["column"], f["message"]) for f in found] == [(7, 1, (
        "a merge conflict marker is left in the file (line 7 `=======`): delete the marker line, and check that "
        "what is left around it is what you meant to keep"
    ))]


def test_a_diff3_conflict_in_a_crlf_file_names_the_ancestors_lines_too():
    text = CONFLICT_EN.replace("=======\n", "||||||| base\n  - Chases receipts\n=======\n").replace("\n", "\r\n")
    [problem] = load_text(text).problems
    assert (problem.line, problem.column) == (10, 1)
    assert problem.message == (
        "unresolved merge conflict markers (line 10 `<<<<<<<`, 12 `|||||||`, 14 `=======`, 16 `>>>>>>>`): keep one "
        "side (or both items) and delete the marker lines (and the common ancestor's lines from `|||||||` to `=======`)"
    )


def test_many_conflicts_are_counted_not_all_listed():
    text = CONFLICT_EN + "goals:\n" + "<<<<<<< HEAD\n  - A\n=======\n  - B\n>>>>>>> c1\n" * 3
    [problem] = load_text(text).problems
    assert problem.message.startswith(
        "unresolved merge conflict markers (line 10 `<<<<<<<`, 12 `=======`, 14 `>>>>>>>`, 16 `<<<<<<<`, "
        "18 `=======`, 20 `>>>>>>>`, and 6 more): "
    )


def test_marker_like_lines_in_a_valid_file_are_text():
    text = "kind: persona\nid: c\nname: C\nx-notes: |\n  Wywiad 1\n  =======\n  <<<<<<< HEAD\n"
    loaded = load_text(text)
    assert loaded.problems == [] and "=======" in loaded.data["x-notes"]


def test_diff_and_the_git_driver_say_the_same(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "old.yaml").write_text(CONFLICT_EN.split("<<<<<<<")[0] + "  - Chases receipts\n", encoding="utf-8")
    (tmp_path / "new.yaml").write_text(CONFLICT_EN, encoding="utf-8")
    result = run_cli("diff", "old.yaml", "new.yaml")
    assert result.exit_code == 2
    assert f"new.yaml:10:1: error CX001 {MESSAGE_EN} [yaml-syntax]" in result.stdout + result.stderr
    driver = run_cli("diff", "--git-driver", "personas/c-carl.yaml", "old.yaml", "1" * 40, "100644",
                     "new.yaml", "2" * 40, "100644")
    assert driver.exception is None and driver.exit_code == 0
    assert f"personas/c-carl.yaml:10:1: error CX001 {MESSAGE_EN} [yaml-syntax]" in driver.stdout


def test_the_changelog_setting_turns_the_new_rule_off(tmp_path, monkeypatch):
    import re

    blocks = re.findall(r"```toml\n(.*?)```", (REPO / "CHANGELOG.md").read_text(encoding="utf-8"), flags=re.S)
    [snippet] = [b for b in blocks if "merged-list-item" in b]
    assert where(lint(tmp_path, monkeypatch, {"personas/ola.yaml": PERSONA_EN}, "ALL"), "merged-list-item")
    (tmp_path / "cxkit.toml").write_text(snippet, encoding="utf-8")
    assert where(lint(tmp_path, monkeypatch, {"personas/ola.yaml": PERSONA_EN}, "ALL"), "merged-list-item") == []


def test_the_indent_hint_reads_past_a_comment_indented_with_a_tab():
    # A comment line indented with a tab is read laid out; the hint's own reading must get past it
    # too, or the same slip is told one way with the tab comment and another way without it.
    from cxkit.yamlio import load_text

    with_tab = load_text("  \t# tekst, nie komentarz\nkind: persona\n  - text: Maraton\n").problems
    with_spaces = load_text("   # tekst, nie komentarz\nkind: persona\n  - text: Maraton\n").problems
    assert with_tab == with_spaces
    assert "indented under `kind:` (line 2)" in with_tab[0].message


def test_a_key_indented_deeper_after_a_comment_line_is_told_to_align_with_the_key_above():
    from cxkit.yamlio import load_text

    pl = "kind: persona\nid: ola\nname: Ola\ndemographics:\n  age: 31\n    # komentarz\n    location: Kraków\n"
    en = "kind: persona\nid: dan\nname: Dan\ndemographics:\n  age: 44\n  # from the CRM\n     occupation: heating engineer\n"
    (p,) = load_text(pl).problems
    assert (p.line, p.column) == (7, 5)
    assert p.message == ("invalid YAML: `location:` is indented more than `age:` above it (line 5), so it cannot start "
                         "a key of that mapping; align `location:` with `age:` (column 3)")
    (e,) = load_text(en).problems
    assert (e.line, e.column) == (7, 6) and "align `occupation:` with `age:` (column 3)" in e.message


def test_another_missing_key_keeps_the_parsers_words():
    from cxkit.yamlio import load_text

    # A list item where the mapping expects a key: not a deeper key, no alignment advice.
    (p,) = load_text("kind: persona\nid: ola\n  # c\n  - Biega\nname: Ola\n").problems
    assert "align" not in p.message
