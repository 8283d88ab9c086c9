"""Owners that name nobody and placeholder words (tester3 F10): unowned-opportunity (CX403) and
placeholder (CX501) together, at the owner value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from rule_helpers import pos, write

# A Polish pharmacy journey; the owner of its one opportunity is swapped in per test.
JOURNEY = """\
kind: journey
id: olena-zamawia-leki
name: Olena zamawia leki na stałe
lang: pl
persona: olena-kovalenko
stages:
  - id: zamowienie
    name: Zamówienie
    touchpoints: [aplikacja]
    emotion: -1
    barriers:
      - Kod z SMS-a nie wchodzi przy e-recepcie na leki refundowane
    opportunities:
      - action: Naprawić wklejanie kodu e-recepty w aplikacji
        owner: {owner}
        due: 2027-03-31
"""


def lint_owner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, owner: str, rules: str = "CX403,CX501") -> tuple[str, list[dict]]:
    text = JOURNEY.replace("{owner}", owner)
    write(tmp_path, {"journeys/olena.yaml": text})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", rules, "journeys/olena.yaml"])
    assert result.exit_code in (0, 1), result.output
    return text, json.loads(result.stdout)


def owner_at(text: str, owner: str) -> tuple[int, int]:
    line, column = pos(text, f"owner: {owner}")
    return line, column + len("owner: ")


# --- owners that name nobody: CX403, at the owner ----------------------------------------------

@pytest.mark.parametrize("owner", [
    "ktoś", "Ktoś?", "KTOŚ", "ktos", "someone", "Somebody", "ANYONE", "anybody", "Wszyscy", "everyone",
    "tbd", "todo", "tba", "n/a", "nie dotyczy", "brak właściciela", "brak", "nikt", "nikt jeszcze", "na razie brak",
    "nobody yet", "do ustalenia", "Do ustalenia później", "nie wiadomo", "Kto?", '"—"', '"?"', '"( ? )"',
])
def test_an_owner_that_names_nobody_is_reported_at_the_owner(tmp_path, monkeypatch, owner):
    text, found = lint_owner(tmp_path, monkeypatch, owner)
    said = owner.strip('"')
    assert [(f["code"], f["line"], f["column"]) for f in found] == [("CX403", *owner_at(text, owner))]
    assert f"has no owner ('{said}' names nobody); name the team or person who will fix it" in found[0]["message"]


def test_a_missing_owner_is_still_reported_at_the_action(tmp_path, monkeypatch):
    text = JOURNEY.replace("        owner: {owner}\n", "")
    write(tmp_path, {"journeys/olena.yaml": text})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX403"])
    found = json.loads(result.stdout)
    assert [(f["line"], f["column"]) for f in found] == [pos(text, "Naprawić wklejanie")]


def test_the_text_output_points_at_the_owner_line(tmp_path, monkeypatch):
    # The repro from the report: "nie wiadomo" was reported at the action on the line above.
    write(tmp_path, {"journeys/olena.yaml": JOURNEY.replace("{owner}", '"nie wiadomo"')})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--select", "CX403,CX501", "journeys/olena.yaml"])
    assert result.exit_code == 1
    assert result.stdout.startswith("journeys/olena.yaml:15:16: warning CX403 opportunity "
                                    "'Naprawić wklejanie kodu e-recepty w aplikacji' has no owner ('nie wiadomo' names nobody)")


def test_require_due_with_an_owner_that_names_nobody_says_both_at_the_owner(tmp_path, monkeypatch):
    text = JOURNEY.replace("{owner}", "ktoś").replace("        due: 2027-03-31\n", "")
    write(tmp_path, {"journeys/olena.yaml": text, "cxkit.toml": "[rules.unowned-opportunity]\nrequire-due = true\n"})
    monkeypatch.chdir(tmp_path)
    found = json.loads(CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX403"]).stdout)
    assert [(f["line"], f["column"]) for f in found] == [owner_at(text, "ktoś")]
    assert "has no owner ('ktoś' names nobody) and no due date" in found[0]["message"]


# --- template leftovers: CX501 at the owner, or CX403 alone when the leftover names nobody -------
# One problem, told once: while unowned-opportunity is in force, it reports an owner that names nobody,
# and the placeholder rule leaves that owner to it; without it, the placeholder rule reports the owner.

@pytest.mark.parametrize(("owner", "shown", "nobody"), [
    ('"DO ZROBIENIA"', "DO ZROBIENIA", True),
    ('"do zrobienia"', "do zrobienia", True),
    ('"Do zrobienia: ustalić z IT"', "Do zrobienia", False),
    ('"[owner]"', "[owner]", True),
    ('"[ zespół ]"', "[ zespół ]", False),
    ("'{owner}'", "{owner}", True),
    ('"{{ owner }}"', "{{ owner }}", True),
    ('"[...]"', "[...]", True),
    ('"[…]"', "[…]", True),
    ('"???"', "???", True),
    ('"-"', "-", True),
    ("TBD", "TBD", True),
    ('"<zespół>"', "<zespół>", False),
    ("do uzupełnienia", "do uzupełnienia", False),
])
def test_a_template_leftover_owner_is_a_placeholder_finding(tmp_path, monkeypatch, owner, shown, nobody):
    text, found = lint_owner(tmp_path, monkeypatch, owner)
    at = owner_at(text, owner)
    assert sorted((f["code"], f["line"], f["column"]) for f in found) == [("CX403", *at)] if nobody else [("CX501", *at)]
    if nobody:
        found = lint_owner(tmp_path, monkeypatch, owner, rules="CX501")[1]
        assert [(f["code"], f["line"], f["column"]) for f in found] == [("CX501", *at)]
    placeholder = next(f for f in found if f["code"] == "CX501")
    assert f"unfilled placeholder '{shown}' in 'stages[zamowienie].opportunities[1st].owner'" in placeholder["message"]


def test_a_block_scalar_slot_is_found_too(tmp_path, monkeypatch):
    text, found = lint_owner(tmp_path, monkeypatch, "|\n          [owner]", rules="CX501")
    assert [(f["code"], f["line"]) for f in found] == [("CX501", 16)]


# --- real owners pass --------------------------------------------------------------------------

@pytest.mark.parametrize("owner", [
    '"Anna K. (e-commerce)"', "Zespół aplikacji", "Ops team", "Marta Kowalska [UX]",
    # A question beside a name still names someone: the owner is Marketing.
    '"Kto? Marketing"', "Ktosiek Nowak", '"Brakujący moduł: Team Checkout"', "NA", "Noone Ltd agency",
    "Someone Else Studio", "Zespół do zadań specjalnych", "Everyone Active (partner)", '"Dział obsługi [infolinia]"',
])
def test_real_owners_pass(tmp_path, monkeypatch, owner):
    assert lint_owner(tmp_path, monkeypatch, owner)[1] == []


@pytest.mark.parametrize("value", [
    "Zamówiłam [...] i czekałam dwa dni na kuriera",  # an editor's cut in a quote
    "[śmiech] No to wpisuję ten kod jeszcze raz",  # a note in a transcript
    "Mail zaczyna się od 'Cześć {{imię}}' zamiast imienia",  # what the customer saw
    "Ma listę rzeczy do zrobienia w aplikacji Todoist",
    "Do zrobienia zdjęć recepty używa telefonu córki",
    "Kupuje leki w pakiecie [3 opakowania]",
])
def test_brackets_and_do_zrobienia_inside_a_text_are_no_placeholder(tmp_path, monkeypatch, value):
    text = f"kind: persona\nid: olena\nname: Olena\nlang: pl\nquote: {json.dumps(value, ensure_ascii=False)}\n"
    write(tmp_path, {"personas/olena.yaml": text})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "CX501"])
    assert json.loads(result.stdout) == []


# --- the placeholder rule's quick look at the bytes never hides a new placeholder --------------

@pytest.mark.parametrize("value", [
    "[owner]", "[ zespół ]", "{owner}", "{{ owner }}", "[...]", "[…]", "(...)", "[ſlot]", "DO ZROBIENIA",
    "do zrobienia", "Do zrobienia: opisać", "Zadzwonić do apteki, DO ZROBIENIA", "Zamówiłam [...] i czekałam",
])
def test_placeholder_prefilter_never_hides_the_new_placeholders(value, monkeypatch):
    from cxkit.config import Config
    from cxkit.discovery import Target
    from cxkit.lint.engine import Selection, build_ruleset, check_target
    from cxkit.lint.rules import hygiene

    config = Config(root=Path("."))
    ruleset = build_ruleset(config, Selection(select=("placeholder",)))
    escaped = "".join(f"\\u{ord(c):04x}" if c.isalpha() or c in "[]{}()." else c for c in value)
    styles = ['"' + value + '"', '"' + escaped + '"', "'" + value + "'", "|\n    " + value, ">\n    " + value,
              '["' + value + '"]', '"  ' + value + '"']
    if " " in value:
        first, rest = value.split(" ", 1)
        styles.append('"' + first + "\n    " + rest + '"')
    for style in styles:
        raw = f"kind: persona\nid: ola\nname: Ola\nsummary: {style}\n".encode()
        target = Target(Path("ola.yaml"), "ola.yaml", explicit=True)
        fast = [f.message for f in check_target(target, config, ruleset, (raw, len(raw))).findings]
        with monkeypatch.context() as m:
            m.setattr(hygiene, "_MARKER_HINTS", (b"",))  # every file walked value by value
            full = [f.message for f in check_target(target, config, ruleset, (raw, len(raw))).findings]
        assert fast == full, style
