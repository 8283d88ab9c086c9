"""Reports about `# cxkit:` comments (review16 G-L1, G-L2, G-L3).

G-L2: a stale comment is quoted as its author wrote it (`'disable=CX005'`, not the rule's name).
G-L3: a rule a comment names that does not exist is reported even when the same comment names
`unused-suppression` (a typo hid itself); another comment or the configuration may still silence it.
Also: `disable-file=unused-suppression` silences a line's stale `disable=unused-suppression` too.
G-L1: the note that the rules did not run on a document (a schema error silenced that cannot be left
out) is a warning, so CI at the default fail level does not pass a document no rule read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

SPECIFIC = "  - Kupuje kawę w Costa na Dworcu Centralnym codziennie o 7:40"
VAGUE = "  - Ceni jakość"


def _persona(goals: str, tail: str = "") -> str:
    return f"kind: persona\nid: p-anna\nname: Anna Nowak\nlang: pl\ngoals:\n{goals}{tail}"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    return tmp_path


def lint(*args: str) -> tuple[int, list[tuple[int, str, str, str]]]:
    result = run_cli("lint", "-f", "json", "--no-cache", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, [(f["line"], f["rule"], f["severity"], f["message"]) for f in json.loads(result.stdout)]


def messages(*args: str) -> list[tuple[int, str]]:
    return [(line, message) for line, _rule, _sev, message in lint(*args)[1]]


# --- G-L2 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("comment", "quoted"), [
    ("disable=CX005", "'disable=CX005' suppresses nothing on this line; remove it"),
    ("disable=CX101", "'disable=CX101' suppresses nothing on this line; remove it"),
    ("disable=Pseudo-Profiling", "'disable=Pseudo-Profiling' suppresses nothing on this line; remove it"),
    ("disable=unused-suppression", "'disable=unused-suppression' suppresses nothing on this line; remove it"),
    ("disable=ALL", "'disable=ALL' suppresses nothing on this line; remove it"),
])
def test_a_stale_comment_is_quoted_as_written(ws, comment, quoted):
    (ws / "personas/a.yaml").write_text(_persona(f"{SPECIFIC}  # cxkit: {comment}\n"), encoding="utf-8")
    assert messages("--select", "CX1,CX005", "personas/a.yaml") == [(6, quoted)]


def test_a_stale_file_comment_is_quoted_as_written_en(ws):
    text = ("kind: persona\nid: maya\nname: Maya Clarke\nlang: en\n# cxkit: disable-file=cx101,Stale-Review\ngoals:\n"
            "  - Runs a half marathon under 1:55 in Leeds every April\n")
    (ws / "personas/m.yaml").write_text(text, encoding="utf-8")
    assert sorted(messages("--select", "CX1,CX3,CX005", "--ignore", "CX301,CX304", "personas/m.yaml")) == [
        (5, "'disable-file=Stale-Review' suppresses nothing in this file; remove it"),
        (5, "'disable-file=cx101' suppresses nothing in this file; remove it"),
    ]


def test_a_stale_comment_a_line_off_its_finding_is_quoted_as_written(ws):
    # On the parent key, above the trait: the advice still names the rule of the finding it was meant for.
    text = _persona(f"{VAGUE}\n").replace("goals:\n", "goals:  # cxkit: disable=CX101\n")
    (ws / "personas/a.yaml").write_text(text, encoding="utf-8")
    found = messages("--select", "CX101,CX005", "personas/a.yaml")
    assert [line for line, _m in found] == [5, 6]
    assert found[0][1].startswith("'disable=CX101' suppresses nothing on this line; the pseudo-profiling finding is on line 6")


# --- G-L3 ------------------------------------------------------------------------------------------

def test_a_typo_is_not_hidden_by_unused_suppression_in_the_same_comment(ws):
    (ws / "personas/a.yaml").write_text(
        _persona(f"{SPECIFIC}  # cxkit: disable=pseudo-profilng,unused-suppression\n"), encoding="utf-8")
    code, found = lint("--select", "CX1,CX005", "personas/a.yaml")
    assert code == 0  # info, as every report of a comment
    assert [(line, message) for line, _r, _s, message in found] == [
        (6, "suppression names unknown rule 'pseudo-profilng'; did you mean 'pseudo-profiling'?"),
        (6, "'disable=unused-suppression' suppresses nothing on this line; remove it"),
    ]


def test_a_typo_in_a_comment_on_its_own_line_is_not_hidden_either(ws):
    text = _persona(f"  # cxkit: disable=CX999,CX005\n{SPECIFIC}\n")
    (ws / "personas/a.yaml").write_text(text, encoding="utf-8")
    assert messages("--select", "CX1,CX005", "personas/a.yaml") == [
        (6, "suppression names unknown rule 'CX999'"),
        (6, "'disable=CX005' suppresses nothing on line 7; remove it"),
    ]


def test_a_typo_in_a_file_comment_naming_unused_suppression_is_shown(ws):
    text = _persona(f"{SPECIFIC}\n", "# cxkit: disable-file=unused-suppression,pseudo-profilng\n")
    (ws / "personas/a.yaml").write_text(text, encoding="utf-8")
    assert messages("--select", "CX1,CX005", "personas/a.yaml") == [
        (7, "suppression names unknown rule 'pseudo-profilng'; did you mean 'pseudo-profiling'?"),
        (7, "'disable-file=unused-suppression' suppresses nothing in this file; remove it"),
    ]


def test_a_rule_of_a_newer_cxkit_is_silenced_in_the_file_or_the_config(ws):
    # A team naming a rule that only a newer cxkit has, ahead of time: another comment or the config says so.
    (ws / "personas/a.yaml").write_text(
        _persona(f"{VAGUE}  # cxkit: disable=CX101,CX999\n", "# cxkit: disable-file=unused-suppression\n"), encoding="utf-8")
    assert lint("--select", "CX1,CX005", "personas/a.yaml") == (0, [])
    (ws / "personas/a.yaml").write_text(_persona(f"{VAGUE}  # cxkit: disable=CX101,CX999\n"), encoding="utf-8")
    assert lint("--select", "CX1", "personas/a.yaml") == (0, [])
    (ws / "cxkit.toml").write_text('[per-file-ignores]\n"personas/*" = ["unused-suppression"]\n', encoding="utf-8")
    assert lint("--select", "CX1,CX005", "personas/a.yaml") == (0, [])


def test_a_file_comment_silences_a_stale_line_comment_naming_unused_suppression(ws):
    # Every report of unused-suppression obeys disable-file=unused-suppression, this one too, and that credits it.
    text = _persona(f"{SPECIFIC}  # cxkit: disable=CX005\n", "# cxkit: disable-file=unused-suppression\n")
    (ws / "personas/a.yaml").write_text(text, encoding="utf-8")
    assert lint("--select", "CX1,CX005", "personas/a.yaml") == (0, [])
    # Guard: without the line comment, the file comment is stale.
    (ws / "personas/a.yaml").write_text(_persona(f"{SPECIFIC}\n", "# cxkit: disable-file=unused-suppression\n"), encoding="utf-8")
    assert messages("--select", "CX1,CX005", "personas/a.yaml") == [
        (7, "'disable-file=unused-suppression' suppresses nothing in this file; remove it")]


# --- G-L1 ------------------------------------------------------------------------------------------

JOURNEY_EN = """\
kind: journey
id: maya-renews
name: Maya renews her gym pass
persona: maya
reviewed: 2026-11-01
stages:
  - id: reminder
    name: Gets the renewal email
    touchpoints: [email]
    emotion: 0
  - name: Pays at the desk  # cxkit: disable=schema
    touchpoints: [front desk]
    emotion: -1
  - id: back
    name: Back on the treadmill
    touchpoints: [gym]
    emotion: 1
"""
MAYA = "kind: persona\nid: maya\nname: Maya Clarke\nlang: en\nreviewed: 2026-11-01\ngoals:\n  - Swim 2 km before work three times a week at Leeds Aquatics\n"


def test_a_document_no_rule_read_fails_ci_at_the_default_fail_level(ws):
    # A stage without an id, in the middle: it cannot be left out, so the journey rules did not run.
    (ws / "personas/maya.yaml").write_text(MAYA, encoding="utf-8")
    (ws / "journeys/renews.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    code, found = lint("--select", "CX4,unused-suppression")
    assert code == 1
    [(line, rule, severity, message)] = found
    assert (line, rule, severity) == (11, "unused-suppression", "warning")
    assert message.startswith("'disable=schema' hides a schema error") and "did not run on this document" in message
    # Ignored by the selection or the config, the note is told at the error: a warning too.
    (ws / "journeys/renews.yaml").write_text(JOURNEY_EN.replace("  # cxkit: disable=schema", ""), encoding="utf-8")
    code, found = lint("--select", "CX4", "--ignore", "schema")
    assert code == 1 and [(r, s) for _l, r, s, _m in found] == [("unused-suppression", "warning")]
    # Whoever also turns the note's rule off asked for silence; a stricter severity of it is kept.
    assert lint("--select", "CX4", "--ignore", "schema,CX005") == (0, [])
    (ws / "cxkit.toml").write_text('[rules.unused-suppression]\nseverity = "error"\n', encoding="utf-8")
    code, found = lint("--select", "CX4,CX005", "--ignore", "schema")
    assert code == 1 and [(r, s) for _l, r, s, _m in found] == [("unused-suppression", "error")]


def test_the_note_a_stale_comment_gets_stays_an_info_pl(ws):
    # Guard: only the note about a document no rule read is raised; reports of stale comments stay infos.
    text = "kind: persona\nid: jan\nname: Jan Kowalski\nlang: pl\nreviewed: 2026-11-01\nsegment: B2C  # cxkit: disable=schema\n" \
           f"goals:\n{SPECIFIC}  # cxkit: disable=pseudo-profiling\n"
    (ws / "personas/jan.yaml").write_text(text, encoding="utf-8")
    code, found = lint("--select", "schema,CX1,CX005", "personas/jan.yaml")
    assert code == 0 and [(line, sev) for line, _r, sev, _m in found] == [(8, "info")]
