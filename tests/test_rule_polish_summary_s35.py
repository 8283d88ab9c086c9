"""`cxkit rule NAME` in a Polish workspace says the rule's summary in Polish (session 35).

The rest of the help (why it matters, the examples, the details, the options) stays English.
"""

from __future__ import annotations

import pytest

from conftest import enter_workspace, run_cli

PL = "Usprawnienie bez właściciela (`owner`), opcjonalnie także bez terminu (`due`)."
EN = "An opportunity with no `owner` (optionally: no `due` date)."


def test_a_polish_workspace_reads_the_summary_in_polish(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n')
    result = run_cli("rule", "CX403")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "unowned-opportunity (CX403), domyślny poziom: warning"  # the header in Polish too (s39)
    assert lines[2] == PL and EN not in result.stdout
    # s39: the headings and the "why" in Polish too; s40: the details too, under the Polish heading
    assert "Dlaczego to ważne:\n  Metoda zamyka każdą barierę planem" in result.stdout
    assert "Why it matters:" not in result.stdout and "\nSzczegóły:\n  Co jest zgłaszane: usprawnienie bez `owner`" in result.stdout
    assert "Szczegóły (po angielsku" not in result.stdout and "What is reported" not in result.stdout


@pytest.mark.parametrize("config", [None, 'lang = "en"\n', 'lang = "de"\n', 'lang = [\n'])
def test_elsewhere_the_summary_is_english(tmp_path, monkeypatch, config):
    enter_workspace(tmp_path, monkeypatch, config=config)
    result = run_cli("rule", "unowned-opportunity")
    assert result.exit_code == 0 and result.exception is None
    assert result.stdout.splitlines()[2] == EN


def test_the_machine_formats_are_the_same_in_a_polish_workspace(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n')
    polish = run_cli("rule", "CX403", "-f", "json").stdout
    enter_workspace(tmp_path, monkeypatch, config='lang = "en"\n')
    assert run_cli("rule", "CX403", "-f", "json").stdout == polish


def test_every_rule_of_cxkit_has_a_polish_summary():
    from cxkit.lint.polish_names import SUMMARIES
    from cxkit.lint.rule import _is_own, all_rules

    own = {name for name, cls in all_rules().items() if _is_own(cls)}
    assert own == set(SUMMARIES)
    assert all(s.endswith(".") and s[0].isupper() for s in SUMMARIES.values())
