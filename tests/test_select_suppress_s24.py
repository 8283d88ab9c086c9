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
