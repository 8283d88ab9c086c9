"""A flow list or mapping written over several lines is laid out in block style (tester41 M5): fmt joined
a journey's three-line `stages: [{…},` onto one line of 337 characters, while a file wholly in flow style
on one line was left as it is.  The rule now: over several lines, block style (a one-line collection
inside stays on its line); on one line, a flow collection stays one."""

from __future__ import annotations

from conftest import enter_workspace, run_cli

from cxkit.fmt import format_text

JOURNEY = """kind: journey
id: h10-repeat-rx
name: Sarah orders repeat prescriptions
lang: en
persona: h01-sarah-carer
stages: [{id: awareness, name: Awareness, touchpoints: [{channel: letter, description: GP letter about online ordering}]},
  {id: purchase, name: Ordering, emotion: -2, barriers: [Pharmacy shows 'out of stock' with no date]},
  {id: loyalty, name: Routine, emotion: 1, touchpoints: [{channel: app, description: Reminder push}]}]
"""

PERSONA_PL = """kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
goals: [Przebiec półmaraton w Poznaniu w październiku,
  Biegać 3 razy w tygodniu przed pracą nad Wisłą]
pain_points: [Zegarek Garmin gubi sygnał GPS w tunelu pod Dworcem Centralnym]
"""

FLOW_FILE = ("{kind: persona, id: p002, name: 'Person 2', lang: en, goals: ['Book a GP appointment on the NHS App "
             "before 08:30'], pain_points: ['Cannot read the dosage on the pharmacy label without glasses']}\n")


def test_a_wrapped_flow_list_becomes_a_block_list_of_its_lines_s38():
    out = format_text(JOURNEY)
    assert out.endswith(
        "stages:\n"
        "  - {id: awareness, name: Awareness, touchpoints: [{channel: letter, description: GP letter about online ordering}]}\n"
        "  - {id: purchase, name: Ordering, emotion: -2, barriers: [Pharmacy shows 'out of stock' with no date]}\n"
        "  - {id: loyalty, name: Routine, touchpoints: [{channel: app, description: Reminder push}], emotion: 1}\n"), out
    assert max(len(line) for line in out.splitlines()) < 130
    assert format_text(out) == out  # fmt of fmt's output changes nothing


def test_a_wrapped_flow_list_of_text_becomes_dash_items_and_a_one_line_one_stays_s38():
    out = format_text(PERSONA_PL)
    assert ("goals:\n  - Przebiec półmaraton w Poznaniu w październiku\n"
            "  - Biegać 3 razy w tygodniu przed pracą nad Wisłą\n") in out, out
    assert "pain_points: [Zegarek Garmin gubi sygnał GPS w tunelu pod Dworcem Centralnym]\n" in out
    assert format_text(out) == out


def test_a_file_wholly_in_flow_style_on_one_line_is_left_as_it_is_s38():
    assert format_text(FLOW_FILE) == FLOW_FILE


def test_a_comment_after_the_closing_bracket_is_kept_on_one_line_as_before_s38():
    text = PERSONA_PL.replace("nad Wisłą]\n", "nad Wisłą]  # z wywiadu 2025-03\n")
    out = format_text(text)
    assert ("goals: [Przebiec półmaraton w Poznaniu w październiku, Biegać 3 razy w tygodniu przed pracą nad Wisłą]"
            " # z wywiadu 2025-03\n") in out, out
    assert format_text(out) == out


def test_fmt_check_reports_the_wrapped_flow_and_fix_writes_block_style_s38(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "en"\n',
                    files={"journeys/h10.yaml": JOURNEY, "personas/p002.yaml": FLOW_FILE})
    check = run_cli("fmt", "--check")
    assert check.exit_code == 1
    assert "would reformat journeys/h10.yaml" in check.stdout + check.stderr
    assert "p002" not in check.stdout + check.stderr
    assert run_cli("fmt").exit_code == 0
    assert "\nstages:\n  - {id: awareness" in (tmp_path / "journeys/h10.yaml").read_text(encoding="utf-8")
    again = run_cli("fmt", "--check")
    assert again.exit_code == 0, again.stdout + again.stderr
