"""Follow-ups to the command line's selection (review16, fixer G's G-M1, G-L2, G-L3).

G-M1: a rule named exactly (whole name or code) in `--extend-select` runs even when the config's
`ignore` or `[rules.X] enabled = false` turns it off, like one named in `--select`; a broader
selector (`CX1`, `ALL`) keeps the configured narrowing.  It used to lose to the config without a
word ("All checks passed").
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


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "personas").mkdir()
    return tmp_path


# A persona with vague traits and nothing else a rule reports.
ANNA = """\
kind: persona
id: anna-nowak
name: Anna Nowak
lang: pl
reviewed: 2026-11-01
goals:
  - Ceni jakość
"""

# The configured selection is schema alone, so what --extend-select adds is all there is to see.
CONFIGS = ['select = ["schema"]\nignore = ["pseudo-profiling"]\n', 'select = ["schema"]\nignore = ["CX101"]\n',
           'select = ["schema"]\nignore = ["CX1"]\n', 'select = ["schema"]\n[rules.pseudo-profiling]\nenabled = false\n',
           'select = ["schema"]\n[rules.CX101]\nenabled = false\n']


@pytest.mark.parametrize("named", ["CX101", "pseudo-profiling", "cx101"])
@pytest.mark.parametrize("config", CONFIGS)
def test_a_rule_named_in_extend_select_runs_although_the_config_turns_it_off(ws, config, named):
    (ws / "personas/anna.yaml").write_text(ANNA, encoding="utf-8")
    (ws / "cxkit.toml").write_text(config, encoding="utf-8")
    code, found = lint("--extend-select", named)
    assert code == 1 and [(r, ln) for r, ln, _m in found] == [("pseudo-profiling", 7)]


@pytest.mark.parametrize("config", CONFIGS)
def test_a_broader_extend_select_keeps_the_configured_narrowing(ws, config):
    (ws / "personas/anna.yaml").write_text(ANNA, encoding="utf-8")
    (ws / "cxkit.toml").write_text(config, encoding="utf-8")
    for broad in ("CX1", "ALL"):
        _code, found = lint("--extend-select", broad)
        assert "pseudo-profiling" not in {rule for rule, _ln, _m in found}, (broad, found)


def test_ignore_on_the_command_line_still_beats_extend_select(ws):
    # Guard: the command line's --ignore has the last word.
    (ws / "personas/anna.yaml").write_text(ANNA, encoding="utf-8")
    (ws / "cxkit.toml").write_text(CONFIGS[0], encoding="utf-8")
    code, found = lint("--extend-select", "CX101", "--ignore", "pseudo-profiling")
    assert code == 0 and found == []


def test_extend_select_beside_select_adds_the_named_rule_over_the_config(ws):
    (ws / "personas/anna.yaml").write_text(ANNA, encoding="utf-8")
    (ws / "cxkit.toml").write_text("[rules.pseudo-profiling]\nenabled = false\n", encoding="utf-8")
    code, found = lint("--select", "schema", "--extend-select", "pseudo-profiling")
    assert code == 1 and [(r, ln) for r, ln, _m in found] == [("pseudo-profiling", 7)]


# --- G-L5: per-file-ignores is compiled once per run, not once per document with a schema error ---

@pytest.mark.parametrize("schema", ["schema", "CX002", "CX0"])
def test_per_file_ignores_is_built_once_for_many_documents_with_a_shown_schema_error(ws, monkeypatch, schema):
    from cxkit.config import Config
    from cxkit.lint import engine
    from cxkit.lint.engine import Selection, lint as run_lint

    for n in range(12):
        (ws / f"personas/p{n}.yaml").write_text(ANNA.replace("anna-nowak", f"anna-{n}") + "ulubiony_kolor: zielony\n",
                                                encoding="utf-8")
    config = Config(root=ws, per_file_ignores={"legacy/**": ["pseudo-profiling"], "/drafts/*.yaml": [schema]})
    built = []
    real_init = engine.PerFileIgnores.__init__

    def counting_init(self, *args, **kwargs):
        built.append(1)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(engine.PerFileIgnores, "__init__", counting_init)
    result = run_lint([str(ws)], config, Selection(select=("schema",)), jobs=1)
    assert sorted(f.line for f in result.findings if f.rule == "schema") == [8] * 12
    assert len(built) <= 2  # the run's own, and the one the schema check asks (was 1 + one per document)

    # Guard: the same matcher still silences schema where per-file-ignores says so.
    (ws / "drafts").mkdir()
    (ws / "drafts/p.yaml").write_text(ANNA + "ulubiony_kolor: zielony\n", encoding="utf-8")
    result = run_lint([str(ws / "drafts")], config, Selection(select=("schema", "pseudo-profiling")), jobs=1)
    assert [(f.rule, f.line) for f in result.findings] == [("pseudo-profiling", 7)]


# --- a stale comment's report obeys what covers the line it reaches (found by test_fmt_suppressions) ---

JOURNEY = """\
kind: journey
id: ola-kupuje
name: Ola kupuje buty
persona: ola
reviewed: 2026-11-01
stages:
  # cxkit: disable=all -- etap z warsztatu, do przepisania
  - emotion: 1
    name: Zakup w sklepie
    {stale}
"""


@pytest.mark.parametrize("stale", ["# cxkit: disable=pseudo-profiling\n    id: zakup", "id: zakup  # cxkit: disable=pseudo-profiling"])
def test_a_stale_comment_inside_an_item_disable_all_covers_is_silenced_where_ever_it_stands(ws, stale):
    (ws / "personas/ola.yaml").write_text(ANNA.replace("anna-nowak", "ola") + "sources: [{id: s, type: survey}]\n",
                                          encoding="utf-8")
    (ws / "journeys").mkdir()
    (ws / "journeys/j.yaml").write_text(JOURNEY.format(stale=stale), encoding="utf-8")
    _code, found = lint("--select", "pseudo-profiling,unused-suppression", "journeys/j.yaml")
    assert found == []
