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


def test_a_comment_naming_cx005_silences_the_cx005_findings_of_its_line(ws):
    (ws / "personas/a.yaml").write_text(_persona("  - Ceni jakość  # cxkit: disable=CX101,CX999,CX005\n"), encoding="utf-8")
    code, found = lint("--select", "CX1,CX005", "personas/a.yaml")
    assert (code, found) == (0, [])
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
