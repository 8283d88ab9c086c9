"""A rule plugin's failure is never cached whole and always fails the run (review of c1531387, session 40).

c1531387 kept a run whose findings held no failure in the lint cache whole: a failure that was not shown (the
cross-file rule's error at the config, in a run naming one file; a document rule's error silenced by a comment on
its line) was kept as a clean answer, and the next run, the failure gone, read it from the cache.
"""

from __future__ import annotations

import sys
from pathlib import Path

from test_plugin_failures_s40 import MODULE, PERSONA, PERSONA_EN, WORKSPACE_RULE, agy, config, install, lint, site  # noqa: F401

from plugin_helpers import dist_info


def _workspace_rule(site: Path, monkeypatch) -> None:
    dist_info(site, "agency-ws-rules", "0.2.0", "few-personas = agency_ws_rules:FewPersonas")
    (site / "agency_ws_rules.py").write_text(WORKSPACE_RULE, encoding="utf-8")
    monkeypatch.delitem(sys.modules, "agency_ws_rules", raising=False)


def test_a_failed_cross_file_rule_fails_a_run_naming_one_file_and_is_not_cached_s40(site, monkeypatch):
    """Fails before: `cxkit lint personas/mark-commuter.yaml` passed (exit 0) while the rule failed, and the next
    run, the failure gone, still passed from the cache (the rule's warning on Mark came back only with --no-cache)."""
    _workspace_rule(site, monkeypatch)
    Path("cxkit.toml").write_text('lang = "en"\nextend-select = ["few-personas"]\n', encoding="utf-8")
    Path("personas/mark-commuter.yaml").write_text(PERSONA_EN, encoding="utf-8")
    monkeypatch.setenv("AGY_CRASH", "1")
    failed = lint("personas/mark-commuter.yaml")
    assert failed.exit_code == 1, failed.output
    assert "cxkit.toml:1:1: error AGY201 the rule plugin agency-ws-rules 0.2.0 failed while checking this rule across " \
           "the workspace" in failed.stdout, failed.stdout
    monkeypatch.delenv("AGY_CRASH")
    for _run in range(2):
        then = lint("personas/mark-commuter.yaml")
        assert then.exit_code == 1, then.output
        assert [line for line in then.stdout.splitlines() if " AGY201 " in line] == [
            "personas/mark-commuter.yaml:1:1: warning AGY201 fewer than three personas in the workspace [few-personas]"]


def test_a_failure_a_comment_silences_is_not_cached_as_a_clean_run_s40(site, monkeypatch):
    """Fails before: the failure at 1:1, silenced by the comment on line 1, left the run's findings clean, and the
    whole run was cached: the next run, the plugin mended, said "All checks passed" without checking the owner."""
    install(site)
    config("en")
    Path("personas/ola-biegaczka.yaml").write_text(PERSONA.replace("  # cxkit: disable=owner-on-team", "").replace(
        "kind: persona", "kind: persona  # cxkit: disable=owner-on-team"), encoding="utf-8")
    monkeypatch.setenv("AGY_CRASH", "1")
    lint(".")
    monkeypatch.delenv("AGY_CRASH")
    for _run in range(2):
        then = lint(".")
        assert [line for line in agy(then) if " AGY101 " in line] == ["personas/ola-biegaczka.yaml:5:1: warning AGY101 owner 'Zespół CX (Anna Żak)' is not on "
                             "the client's team list [owner-on-team]"], then.stdout


def test_a_code_of_cxkit_s_prefix_gets_no_plugin_hint_s40(site):
    """Fails before: `--select CXWXYZ9` (no CX rule close to it) said a rule plugin may not be installed, though no
    plugin may take a code starting with CX; a plugin-like code of another prefix still gets the hint."""
    Path("cxkit.toml").write_text("", encoding="utf-8")
    for said, hinted in (("CXWXYZ9", False), ("cxzz12", False), ("ZQWX907", True)):
        result = lint("--select", said, ".")
        assert result.exit_code == 2
        assert ("rule plugin" in result.stderr) is hinted, (said, result.stderr)


HELPERS_RULE = '''\
import os
from typing import ClassVar

from cxkit.lint.finding import Hit, Severity
from cxkit.lint.rule import Rule


def owner_of(doc):
    return {}["owner"]


class Helpers(Rule):
    """The owner, through the plugin's helpers.

    Why: a plugin's rules share helpers.
    """

    code: ClassVar[str] = "AGY301"
    name: ClassVar[str] = "owner-through-helpers"
    severity: ClassVar[Severity] = Severity.warning
    kinds = ("persona",)

    def _hits(self, doc):
        yield Hit(9999, 1, "past the end")

    def check(self, doc):
        if os.environ.get("AGY_HELPER") == "raise":
            owner_of(doc)
        yield from self._hits(doc)
'''


def test_the_plugin_s_line_is_its_helper_s_where_the_helper_failed_s40(site, monkeypatch):
    """Fails before (the generator): a bad Hit yielded by a helper generator (`yield from self._hits(doc)`) was told
    at the `yield from` line, not at the helper's yield; a helper function that raises is told at its own line (guard)."""
    dist_info(site, "agency-helper-rules", "0.3.0", "owner-through-helpers = agency_helper_rules:Helpers")
    (site / "agency_helper_rules.py").write_text(HELPERS_RULE, encoding="utf-8")
    monkeypatch.delitem(sys.modules, "agency_helper_rules", raising=False)
    Path("cxkit.toml").write_text('lang = "en"\nextend-select = ["owner-through-helpers"]\n', encoding="utf-8")
    lines = HELPERS_RULE.splitlines()
    for helper, said in (("raise", lines.index('    return {}["owner"]') + 1),
                         ("yield", lines.index('        yield Hit(9999, 1, "past the end")') + 1)):
        monkeypatch.setenv("AGY_HELPER", helper)
        found = [line for line in lint("--no-cache", ".").stdout.splitlines() if " AGY301 " in line]
        assert len(found) == 1 and f"failed while checking this rule here, at agency_helper_rules.py:{said} (" in found[0], \
            (helper, found)


def test_a_failure_of_cxkit_s_own_rule_reads_as_polish_in_a_polish_workspace_s40(site, monkeypatch):
    """Fails before: "cxkit zawiódł podczas sprawdzania tej reguły tutaj (…); pozostałe reguły zadziałały; zgłoś to,
    proszę": word for word English. The English workspace's line is cxkit's as before (guard)."""
    from cxkit.lint.rule import all_rules

    def boom(self, doc):
        raise RuntimeError("boom")

    monkeypatch.setattr(all_rules()["pseudo-profiling"], "check", boom)
    for lang, said in (
        ("pl", "w cxkit wystąpił błąd podczas sprawdzania tej reguły w tym dokumencie (RuntimeError: boom); pozostałe "
               "reguły zostały sprawdzone; prosimy o zgłoszenie tego błędu"),
        ("en", "cxkit failed while checking this rule here (RuntimeError: boom); the other rules ran; please report it"),
    ):
        Path("cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
        found = [line for line in lint("--no-cache", ".").stdout.splitlines() if " CX101 " in line]
        assert found == [f"personas/ola-biegaczka.yaml:1:1: error CX101 {said} [pseudo-profiling]"], found


def test_a_plugin_code_that_is_no_code_is_told_in_natural_polish_s40(site):
    """Fails before: "kod jej reguły, 'agy101', to nie litery i cyfry, jak ACME101" (English word for word, and
    wrong: it is letters and digits, only not capitals)."""
    module = install(site)
    module.write_text(module.read_text(encoding="utf-8").replace('"AGY101"', '"agy101"'), encoding="utf-8")
    config("pl")
    result = lint(".")
    assert result.exit_code == 2
    assert result.stderr == ("cxkit: wtyczka reguł agency-cx-rules 0.1.0 (punkt wejścia owner-on-team = "
                             f"{MODULE}:OwnerOnTeam): kod jej reguły, 'agy101', ma być zapisany wielkimi literami i "
                             "cyframi, jak ACME101\n")


def test_a_cx_rule_s_name_in_another_word_order_gets_the_rule_not_the_plugin_hint_s40(site):
    """Fails before: `sources-missing`, `opportunity-unowned`, `purchase-journey-ends` (slips of cxkit's own names,
    too far for a close spelling) said a rule plugin may not be installed; `owner-on-team` still does (guard)."""
    for lang in ("en", "pl"):
        Path("cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
        for said, meant in (("sources-missing", "missing-sources"), ("opportunity-unowned", "unowned-opportunity"),
                            ("purchase-journey-ends", "journey-ends-at-purchase"), ("owner-on-team", None)):
            result = lint("--select", said, ".")
            assert result.exit_code == 2
            if meant is None:
                assert ("rule plugin" if lang == "en" else "wtyczki reguł") in result.stderr, result.stderr
            else:
                assert "plugin" not in result.stderr and "wtyczk" not in result.stderr, result.stderr
                assert (f"did you mean '{meant}'?" if lang == "en" else f"czy chodziło o „{meant}”?") in result.stderr, \
                    result.stderr
