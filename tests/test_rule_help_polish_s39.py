"""`cxkit rule NAME` in a Polish workspace: the headings, the "why" and the dates' note in Polish (tester42 #3).

Before, only the header and the summary were Polish: `Why it matters:`, `Bad:`, `Good:`, `Details:`, `Options`
and the "why" were English in a `lang = "pl"` workspace.  The details (the edge cases, some rules' thirty
lines) stay the docstring's English, under a heading that says so; an English workspace reads what it read.
"""

from __future__ import annotations

import pytest

from conftest import enter_workspace, run_cli
from cxkit.lint.rule import all_rules
from cxkit.lint.rule_docs_pl import WHY


def _rule(tmp_path, monkeypatch, config: str | None, name: str) -> str:
    enter_workspace(tmp_path, monkeypatch, config=config)
    result = run_cli("rule", name)
    assert result.exit_code == 0 and result.exception is None
    return result.stdout


def test_every_rule_has_its_why_in_polish():
    assert set(WHY) == set(all_rules())


@pytest.mark.parametrize("name", ["pseudo-profiling", "missing-sources", "journey-ends-at-purchase", "CX402"])
def test_a_polish_workspace_reads_the_headings_in_polish(tmp_path, monkeypatch, name):
    out = _rule(tmp_path, monkeypatch, 'lang = "pl"\n', name)
    for english in ("Why it matters:", "\nBad:\n", "\nGood:\n", "\nDetails:\n", "Options (in", "default severity"):
        assert english not in out, english
    assert "\nDlaczego to ważne:\n  " in out and "\nŹle:\n    " in out and "\nDobrze:\n    " in out
    assert "\nOpcje (w [tool.cxkit.rules." in out


def test_pseudo_profiling_says_why_in_polish(tmp_path, monkeypatch):
    out = _rule(tmp_path, monkeypatch, 'lang = "pl"\n', "pseudo-profiling")
    assert "Dlaczego to ważne:\n  Pseudoprofilowanie. Klientka „z dużego miasta, dba o zdrowie, 30-40 lat," in out
    # s40: its details are Polish too, under the Polish heading
    assert "\nSzczegóły:\n  Co jest zgłaszane: każda cecha zbudowana na frazie" in out and "What is reported:" not in out


def test_the_dates_note_is_polish(tmp_path, monkeypatch):
    out = _rule(tmp_path, monkeypatch, 'lang = "pl"\n', "stale-review")
    assert "Daty w tych przykładach są czytane na dzień 2026-12-01 (CXKIT_TODAY=2026-12-01 ustawia lint na ten dzień)." \
        in " ".join(out.split())
    assert "The dates in these examples" not in out


@pytest.mark.parametrize("config", [None, 'lang = "en"\n'])
def test_guard_elsewhere_the_help_is_english_as_before(tmp_path, monkeypatch, config):
    from cxkit.lint.docs import rule_help_text

    out = _rule(tmp_path, monkeypatch, config, "stale-review")
    assert out == rule_help_text(all_rules()["stale-review"], 100, None, "en" if config else None)  # COLUMNS=100
    assert "\nWhy it matters:\n" in out and "Dlaczego" not in out and "The dates in these examples" in out


def test_short_details_are_polish_and_match_the_english_paragraphs():
    from cxkit.lint.docs import parse_rule_doc
    from cxkit.lint.rule_docs_pl import DETAILS

    for name, said in DETAILS.items():
        body = parse_rule_doc(all_rules()[name]).body
        assert body and len(said.split("\n\n")) == len(body.split("\n\n")), name


def test_a_rule_with_polish_details_has_no_english_left_but_its_options(tmp_path, monkeypatch):
    out = _rule(tmp_path, monkeypatch, 'lang = "pl"\n', "overdue-opportunity")
    assert "\nSzczegóły:\n  Zgłaszane przy dacie `due`" in out and "Reported at" not in out and "po angielsku" not in out
