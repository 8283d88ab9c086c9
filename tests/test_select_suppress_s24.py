"""Suppressions and the command line's selection (tester11 F1, F3, F5, F6).

F1: a `schema` finding silenced by a comment, `ignore` / `--ignore` or `per-file-ignores` used to
switch every rule that needs a valid document off for that file, without a word ("All checks
passed", exit 0). Now the document is checked on its valid part (a key the format does not know,
a bad optional value, a last list item the schema rejects left out), and where that cannot be
done an `unused-suppression` note says the rules did not run.

F6, F5: `--select` on the command line starts the selection over (the config's `extend-select`
no longer adds to it; a rule it names exactly runs even when the config ignores or disables it);
`--ignore` on the command line beats `[rules.X] enabled = true`.

F3: `unused-suppression` (CX005) findings obey comments like any rule's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli


def lint(*args: str) -> tuple[int, list[tuple[str, int, str]]]:
    result = run_cli("lint", "-f", "json", "--no-cache", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, [(f["rule"], f["line"], f["message"]) for f in json.loads(result.stdout)]


def rules(found: list[tuple[str, int, str]]) -> list[tuple[str, int]]:
    return sorted((rule, line) for rule, line, _m in found)


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    return tmp_path


# --- F1: a silenced schema finding no longer switches the document rules off -----------------

JAN_PL = """\
kind: persona
id: jan-kowalski
name: Jan Kowalski
lang: pl
segment: B2C  # cxkit: disable=schema
demographics:
  age: 25-45
  location: duże miasto
goals:
  - Ceni jakość
  - Dba o zdrowie
reviewed: 2019-01-01
"""

SEL_PERSONA = "schema,pseudo-profiling,stale-review,unused-suppression"


def test_a_comment_on_an_unknown_key_leaves_the_persona_checked_pl(ws):
    (ws / "personas/jan.yaml").write_text(JAN_PL, encoding="utf-8")
    code, found = lint("--select", SEL_PERSONA, "personas/jan.yaml")
    assert code == 1
    got = rules(found)
    # age 25-45, "duże miasto", "Ceni jakość", "Dba o zdrowie"; reviewed in 2019
    assert ("pseudo-profiling", 10) in got and ("pseudo-profiling", 11) in got
    assert ("stale-review", 12) in got
    assert not any(rule in ("schema", "unused-suppression") for rule, _ in got)
    # Guard: the same persona without the unknown key gives exactly these findings.
    (ws / "personas/jan.yaml").write_text(JAN_PL.replace("segment: B2C  # cxkit: disable=schema\n", ""), encoding="utf-8")
    _code, plain = lint("--select", SEL_PERSONA, "personas/jan.yaml")
    assert [(r, ln if ln < 5 else ln + 1) for r, ln in rules(plain)] == got


@pytest.mark.parametrize("how", ["--ignore", "config-ignore", "per-file-ignores"])
def test_an_ignored_schema_leaves_the_persona_checked(ws, how):
    (ws / "personas/jan.yaml").write_text(JAN_PL.replace("  # cxkit: disable=schema", ""), encoding="utf-8")
    args = ["--select", SEL_PERSONA]
    if how == "--ignore":
        args += ["--ignore", "schema"]
    elif how == "config-ignore":
        # (a --select naming `schema` would run it: the command line names it exactly)
        args = ["--select", "pseudo-profiling,stale-review,unused-suppression"]
        (ws / "cxkit.toml").write_text('ignore = ["CX002"]\n', encoding="utf-8")
    else:
        (ws / "cxkit.toml").write_text('[per-file-ignores]\n"personas" = ["schema"]\n', encoding="utf-8")
    code, found = lint(*args, "personas/jan.yaml")
    assert code == 1
    got = rules(found)
    assert ("pseudo-profiling", 10) in got and ("stale-review", 12) in got
    assert "schema" not in {rule for rule, _ in got}


JOURNEY_PL = """\
kind: journey
id: jan-kupuje-rower
name: Jan kupuje rower
persona: jan-kupuje-rowery
reviewed: 2026-10-02
stages:
  - id: consideration
    name: Rozważanie
    touchpoints:
      - channel: web
        description: Porównywarka rowerów gravel na stronie sklepu
    emotion: -1
    barriers:
      - Brak geometrii ramy w karcie produktu
    opportunities:
      - action: Dodać tabelę geometrii do kart rowerów
      - status: idea  # cxkit: disable=schema
        owner: Zespół PIM (Kasia Wrona)
  - id: purchase
    name: Zakup
    emotion: 1
"""


def test_the_docs_own_example_no_longer_passes_a_journey_with_findings(ws):
    # docs/scaffolding.md's `- status: idea  # cxkit: disable=schema`: the last opportunity, which has
    # no action, is left out; the journey rules run on the rest.
    (ws / "journeys/j.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    code, found = lint("--select", "CX4", "journeys/j.yaml")
    assert code == 1
    codes = {rule for rule, _ in rules(found)}
    assert {"journey-ends-at-purchase", "stage-without-touchpoints"} <= codes
    assert "schema" not in codes
    # Guard: the same journey without the item gives the same findings.
    (ws / "journeys/j.yaml").write_text(
        JOURNEY_PL.replace("      - status: idea  # cxkit: disable=schema\n        owner: Zespół PIM (Kasia Wrona)\n", ""),
        encoding="utf-8")
    _code, plain = lint("--select", "CX4", "journeys/j.yaml")
    assert {rule for rule, _ in rules(plain)} == codes


MAYA_EN = """\
kind: persona
id: maya-runner
name: Maya Clarke
lang: en
crm-segment: SMB
goals:
  - Values quality
  - Run a half marathon under 1:55 in Leeds in April 2027
"""


def test_an_ignored_unknown_key_leaves_the_persona_checked_en(ws):
    (ws / "personas/maya.yaml").write_text(MAYA_EN, encoding="utf-8")
    code, found = lint("--select", "schema,pseudo-profiling", "--ignore", "CX002", "personas/maya.yaml")
    assert code == 1
    assert rules(found) == [("pseudo-profiling", 7)]


def test_a_schema_error_that_cannot_be_left_out_is_told_not_passed(ws):
    # The id is required: no valid part is left to check; the note says so, at the comment.
    text = MAYA_EN.replace("id: maya-runner", "id: Maya Runner  # cxkit: disable=schema").replace("crm-segment: SMB\n", "")
    (ws / "personas/maya.yaml").write_text(text, encoding="utf-8")
    code, found = lint("--select", "CX1", "personas/maya.yaml")
    # A warning (review16 G-L1; it was an info, so CI at the default fail level passed a document no rule read).
    assert code == 1
    assert len(found) == 1
    rule, line, message = found[0]
    assert (rule, line) == ("unused-suppression", 2)
    assert "'disable=schema' hides a schema error" in message
    assert "did not run on this document" in message
    # Ignored by the selection, it is told at the error itself.
    (ws / "personas/maya.yaml").write_text(text.replace("  # cxkit: disable=schema", ""), encoding="utf-8")
    code, found = lint("--select", "CX1", "--ignore", "schema", "personas/maya.yaml")
    assert [(r, ln) for r, ln, _m in found] == [("unused-suppression", 2)]
    assert "`schema` is ignored" in found[0][2]
    # Guard: whoever also ignores unused-suppression asked for silence.
    _code, found = lint("--select", "CX1", "--ignore", "schema,CX005", "personas/maya.yaml")
    assert found == []


def test_a_rejected_list_item_before_others_cannot_be_left_out_pl(ws):
    # Leaving goals[0] out would move the goals after it to other places: not done, told.
    text = """\
kind: persona
id: ola-nowak
name: Ola Nowak
lang: pl
goals:
  - Cel: kupić buty  # cxkit: disable=schema
  - Ceni jakość
"""
    (ws / "personas/ola.yaml").write_text(text, encoding="utf-8")
    code, found = lint("--select", "schema,pseudo-profiling,unused-suppression", "personas/ola.yaml")
    assert [(r, ln) for r, ln, _m in found] == [("unused-suppression", 6)]
    assert "did not run" in found[0][2]


def test_comments_in_a_leniently_checked_document_are_judged(ws):
    # The rules ran on it, so a comment naming one of them that silences nothing is stale again.
    text = JAN_PL.replace("  - Dba o zdrowie", "  - Przebiec półmaraton poniżej 1:55 w kwietniu 2027  # cxkit: disable=pseudo-profiling")
    (ws / "personas/jan.yaml").write_text(text, encoding="utf-8")
    _code, found = lint("--select", SEL_PERSONA, "personas/jan.yaml")
    assert ("unused-suppression", 11) in rules(found)


# --- F6, F5: the command line beats the config ------------------------------------------------

JAN_SHORT = "kind: persona\nid: jan\nname: Jan\nlang: pl\nreviewed: 2026-11-01\ngoals:\n  - Kupić gravel do 6000 zł przed majówką\n"
JOURNEY_SHORT = "kind: journey\nid: j\nname: Jan kupuje\npersona: jan\nreviewed: 2026-11-01\nstages:\n  - id: purchase\n    name: Zakup\n    emotion: 1\n"
ANNA = "kind: persona\nid: p-a\nname: Anna\nlang: pl\ngoals:\n  - Ceni jakość\n"


def test_select_on_the_command_line_drops_the_configured_extend_select(ws):
    (ws / "personas/jan.yaml").write_text(JAN_SHORT, encoding="utf-8")
    (ws / "journeys/j.yaml").write_text(JOURNEY_SHORT, encoding="utf-8")
    (ws / "cxkit.toml").write_text('extend-select = ["CX3"]\n', encoding="utf-8")
    _code, found = lint("--select", "CX4")
    assert found and all(rule.startswith(("journey", "stage")) or rule in ("unowned-opportunity",)
                         for rule, _ in rules(found)), found
    assert "missing-sources" not in {rule for rule, _ in rules(found)}
    # Guard: without --select the configured extend-select still adds.
    _code, found = lint("--ignore", "CX1,CX2,CX4")
    assert "missing-sources" in {rule for rule, _ in rules(found)}


@pytest.mark.parametrize("config", ['ignore = ["CX101"]\n', 'ignore = ["pseudo-profiling"]\n',
                                    "[rules.pseudo-profiling]\nenabled = false\n"])
def test_a_rule_named_on_the_command_line_runs_although_the_config_turns_it_off(ws, config):
    (ws / "personas/a.yaml").write_text(ANNA, encoding="utf-8")
    (ws / "cxkit.toml").write_text(config, encoding="utf-8")
    code, found = lint("--select", "CX101")
    assert code == 1 and rules(found) == [("pseudo-profiling", 6)]
    code, found = lint("--select", "pseudo-profiling")
    assert code == 1 and rules(found) == [("pseudo-profiling", 6)]
    # Guard: a broader --select (a prefix, ALL) keeps the configured narrowing.
    _code, found = lint("--select", "CX1")
    assert "pseudo-profiling" not in {rule for rule, _ in rules(found)}


@pytest.mark.parametrize("ignore", ["pseudo-profiling", "CX1", "CX101"])
def test_ignore_on_the_command_line_beats_enabled_true(ws, ignore):
    (ws / "personas/a.yaml").write_text(ANNA, encoding="utf-8")
    (ws / "cxkit.toml").write_text("select = [\"CX3\"]\n[rules.pseudo-profiling]\nenabled = true\nmax-age-span = 3\n",
                                   encoding="utf-8")
    _code, found = lint("--ignore", ignore)
    assert "pseudo-profiling" not in {rule for rule, _ in rules(found)}
    # Guard: without --ignore, enabled = true adds the rule past the configured select.
    _code, found = lint()
    assert ("pseudo-profiling", 6) in rules(found)


# --- F3: unused-suppression obeys comments ---------------------------------------------------

def _persona(goals: str, tail: str = "") -> str:
    return f"kind: persona\nid: p-a\nname: Anna Nowak\nlang: pl\ngoals:\n{goals}{tail}"


SPECIFIC = "  - Kupuje kawę w Costa na Dworcu Centralnym codziennie o 7:40"


def test_a_comment_naming_cx005_silences_the_cx005_findings_of_its_line_but_not_its_unknown_rule(ws):
    # The line has no CX101 finding (yet): CX005 keeps the comment's report quiet.
    (ws / "personas/a.yaml").write_text(_persona(SPECIFIC + "  # cxkit: disable=CX101,CX005\n"), encoding="utf-8")
    assert lint("--select", "CX1,CX005", "personas/a.yaml") == (0, [])
    # A rule the comment names that does not exist is no finding of a rule: the comment's own CX005 does not
    # hide it (review16 G-L3), and the CX005, having silenced nothing, is stale too. A team that names a rule
    # of a newer cxkit ahead of time silences the report in the file or the config (test_suppress_reports_s25).
    (ws / "personas/a.yaml").write_text(_persona("  - Ceni jakość  # cxkit: disable=CX101,CX999,CX005\n"), encoding="utf-8")
    _code, found = lint("--select", "CX1,CX005", "personas/a.yaml")
    assert found == [("unused-suppression", 6, "suppression names unknown rule 'CX999'"),
                     ("unused-suppression", 6, "'disable=CX005' suppresses nothing on this line; remove it")]
    # Guard: without CX005 the unknown rule is reported.
    (ws / "personas/a.yaml").write_text(_persona("  - Ceni jakość  # cxkit: disable=CX101,CX999\n"), encoding="utf-8")
    _code, found = lint("--select", "CX1,CX005", "personas/a.yaml")
    assert [(r, ln) for r, ln, _m in found] == [("unused-suppression", 6)]
    assert "unknown rule 'CX999'" in found[0][2]


def test_a_forward_looking_suppression_kept_with_unused_suppression(ws):
    # EN: a rule silenced ahead of time, where it finds nothing yet; the comment says so itself.
    text = ("kind: persona\nid: maya\nname: Maya Clarke\nlang: en\ngoals:\n"
            "  - Run a half marathon under 1:55 in Leeds in April 2027  # cxkit: disable=pseudo-profiling,unused-suppression\n")
    (ws / "personas/m.yaml").write_text(text, encoding="utf-8")
    assert lint("--select", "CX1,CX005", "personas/m.yaml") == (0, [])


def test_disable_file_unused_suppression_silences_the_file_and_counts_as_used(ws):
    text = _persona(SPECIFIC + "  # cxkit: disable=pseudo-profiling\n", "# cxkit: disable-file=unused-suppression\n")
    (ws / "personas/a.yaml").write_text(text, encoding="utf-8")
    assert lint("--select", "CX1,CX005", "personas/a.yaml") == (0, [])
    # Guard: with nothing left to silence, it is stale itself.
    (ws / "personas/a.yaml").write_text(_persona(SPECIFIC + "\n", "# cxkit: disable-file=unused-suppression\n"), encoding="utf-8")
    _code, found = lint("--select", "CX1,CX005", "personas/a.yaml")
    assert [(r, ln) for r, ln, _m in found] == [("unused-suppression", 7)]
    assert "'disable-file=unused-suppression' suppresses nothing in this file" in found[0][2]


def test_disable_file_all_silences_cx005_and_a_line_comment_keeps_its_credit(ws):
    text = _persona("  - Ceni jakość  # cxkit: disable=pseudo-profiling\n" + SPECIFIC + "  # cxkit: disable=CX101\n",
                    "# cxkit: disable-file=all\n")
    (ws / "personas/a.yaml").write_text(text, encoding="utf-8")
    assert lint("--select", "CX1,CX005", "personas/a.yaml") == (0, [])
    # Without disable-file=all: the stale comment on line 7 is reported, the one on line 6 is not.
    (ws / "personas/a.yaml").write_text(text.replace("# cxkit: disable-file=all\n", ""), encoding="utf-8")
    _code, found = lint("--select", "CX1,CX005", "personas/a.yaml")
    assert [(r, ln) for r, ln, _m in found] == [("unused-suppression", 7)]


def test_the_tester_file_is_clean(ws):
    text = _persona("  - Ceni jakość  # cxkit: disable=CX101,CX999,CX005\n"
                    + SPECIFIC + "  # cxkit: disable=CX101,unused-suppression\n",
                    "# cxkit: disable-file=unused-suppression\n# cxkit: disable-file=all\n")
    (ws / "personas/a.yaml").write_text(text, encoding="utf-8")
    assert lint("--select", "CX1,CX005", "personas/a.yaml") == (0, [])


def test_disable_all_on_a_line_does_not_silence_its_own_report(ws):
    # Guard: a `disable=all` that silences nothing is stale, as before.
    (ws / "personas/a.yaml").write_text(_persona(SPECIFIC + "  # cxkit: disable=all\n"), encoding="utf-8")
    _code, found = lint("--select", "CX1,CX005", "personas/a.yaml")
    assert [(r, ln) for r, ln, _m in found] == [("unused-suppression", 6)]
    assert "'disable=all' suppresses nothing" in found[0][2]


# --- L2: fail-level in any case, in the config as on the command line -------------------------

@pytest.mark.parametrize(("level", "code"), [("Warning", 1), ("ERROR", 0), ("Never", 0), ("info", 1)])
def test_fail_level_in_the_config_is_read_in_any_case(ws, level, code):
    (ws / "personas/a.yaml").write_text(ANNA, encoding="utf-8")  # one pseudo-profiling warning
    (ws / "cxkit.toml").write_text(f'fail-level = "{level}"\n', encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--select", "CX101")
    assert result.exception is None
    assert result.exit_code == code, result.stderr
    # Guard: a word that is no level is still a located configuration error.
    (ws / "cxkit.toml").write_text('fail-level = "Warn"\n', encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--select", "CX101")
    assert result.exit_code == 2 and "cxkit.toml:1:1: bad value for 'fail-level'" in result.stderr
