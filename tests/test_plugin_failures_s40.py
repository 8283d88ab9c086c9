"""A rule plugin that fails keeps the job failing, says where, speaks the workspace's language (tester46, session 40).

An agency's plugin rule (owner-on-team) that raised, or yielded a place past the end of the file, gave an error
finding, but: `--write-baseline` recorded it and the next run passed (#1); the lint cache kept it after the
failure was gone (#1); the `# cxkit: disable=owner-on-team` beside the owner it silences was called stale (#4);
it was English in a Polish workspace, and the plugin's file and line were nowhere (#3, #6).  A typo in the rule's
`kinds` turned it off without a word (#5); a config naming a rule of a plugin not installed said only "unknown
rule" (#8); an option's description written as a docstring was not shown (#13); and a plugin had no way to
leave the `TODO:` values of a `cxkit new` template to the placeholder rule (#2).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.rule import is_placeholder
from plugin_helpers import PERSONA_EN, PERSONA_PL, dist_info, plugin_workspace

MODULE = "agency_owner_rules"

#: Ola, her owner's line silenced for the agency's rule.
PERSONA = PERSONA_PL.replace("owner: Zespół CX (Anna Żak)\n",
                             "owner: Zespół CX (Anna Żak)  # cxkit: disable=owner-on-team\n")
assert PERSONA != PERSONA_PL

RULE = '''\
import os
from typing import ClassVar

from cxkit.lint.finding import Hit, Severity
from cxkit.lint.rule import NonBlank, Rule, RuleOptions, is_placeholder


class OwnerOnTeam(Rule):
    """The document's owner is on the client's team list.

    Why: a document owned by someone outside the team is owned by nobody.
    """

    code: ClassVar[str] = "AGY101"
    name: ClassVar[str] = "owner-on-team"
    severity: ClassVar[Severity] = Severity.warning
    kinds = {kinds}

    class Options(RuleOptions):
        team: list[NonBlank] = []
        """The names of the client's team: the owners the rule accepts."""

    def check(self, doc):
        if os.environ.get("AGY_CRASH"):
            raise KeyError("owner")
        if os.environ.get("AGY_BADHIT"):
            yield Hit(9999, 1, "bad place")
            return
        owner = doc.model.owner
        if is_placeholder(owner):
            return  # the placeholder rule (CX501) reports a template value
        if owner not in self.options.team:
            line, column = doc.loaded.locate(("owner",))
            yield Hit(line, column, f"owner {{owner!r}} is not on the client's team list",
                      pl=f"właściciel {{owner!r}} nie jest na liście zespołu klienta" if self.polish else None)
'''
CRASH_LINE = RULE.splitlines().index('            raise KeyError("owner")') + 1
BADHIT_LINE = RULE.splitlines().index('            yield Hit(9999, 1, "bad place")') + 1


@pytest.fixture
def site(tmp_path, monkeypatch):
    site = plugin_workspace(tmp_path, monkeypatch, MODULE)
    (Path.cwd() / "personas" / "ola-biegaczka.yaml").write_text(PERSONA, encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("AGY_CRASH", raising=False)
    monkeypatch.delenv("AGY_BADHIT", raising=False)
    monkeypatch.delenv("CXKIT_DEBUG", raising=False)
    return site


def install(site: Path, kinds: str = '("persona",)') -> Path:
    dist_info(site, "agency-cx-rules", "0.1.0", f"owner-on-team = {MODULE}:OwnerOnTeam")
    module = site / f"{MODULE}.py"
    module.write_text(RULE.format(kinds=kinds), encoding="utf-8")
    return module


def config(lang: str | None, extra: str = "") -> None:
    said = f'lang = "{lang}"\n' if lang else ""
    Path("cxkit.toml").write_text(said + 'extend-select = ["owner-on-team"]\n' + extra, encoding="utf-8")


def lint(*args: str):
    return CliRunner().invoke(app, ["lint", *args])


def agy(result) -> list[str]:
    return [line for line in result.stdout.splitlines() if " AGY101 " in line or " CX005 " in line]


# --- #1: never baselined -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_plugin_failure_is_never_recorded_by_a_baseline_s40(site, monkeypatch, lang):
    """Fails before: the failure was written to the baseline and the next run with it passed (exit 0)."""
    install(site)
    config(lang)
    monkeypatch.setenv("AGY_CRASH", "1")
    written = lint("--no-cache", "--write-baseline", "--baseline", "b.json", ".")
    assert written.exit_code == 0, written.output
    assert "owner-on-team" not in Path("b.json").read_text(encoding="utf-8")
    assert ("1 rule failure not recorded" if lang == "en" else "nie zapisano 1 błędu reguły") in written.stderr
    again = lint("--no-cache", "--baseline", "b.json", ".")
    assert again.exit_code == 1, again.output
    assert [line.split(" AGY101 ")[0] for line in agy(again)] == ["personas/ola-biegaczka.yaml:1:1: error"]


def test_a_failure_keeps_the_entries_its_rule_had_in_that_file_s40(site, monkeypatch):
    """Fails before: a run where the rule failed dropped its entries ("no longer found"), and matched the failure."""
    install(site)
    config("en")
    Path("personas/ola-biegaczka.yaml").write_text(PERSONA.replace("  # cxkit: disable=owner-on-team", ""), encoding="utf-8")
    assert lint("--no-cache", "--write-baseline", "--baseline", "b.json", ".").exit_code == 0
    recorded = Path("b.json").read_text(encoding="utf-8")
    assert '"rule": "owner-on-team"' in recorded
    monkeypatch.setenv("AGY_CRASH", "1")
    shrunk = lint("--no-cache", "--write-baseline", "--baseline", "b.json", ".")
    assert "dropped" not in shrunk.stderr, shrunk.stderr
    assert Path("b.json").read_text(encoding="utf-8") == recorded
    failing = lint("--no-cache", "--baseline", "b.json", ".")
    assert failing.exit_code == 1 and "no longer found" not in failing.stderr, failing.output
    monkeypatch.delenv("AGY_CRASH")
    assert lint("--no-cache", "--baseline", "b.json", ".").exit_code == 0


# --- #1: never cached ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["AGY_CRASH", "AGY_BADHIT"])
def test_a_plugin_failure_is_not_kept_by_the_lint_cache_s40(site, monkeypatch, bad):
    """Fails before: the next run without the failure still printed it, from the cache, until the file changed."""
    install(site)
    config("en")
    Path("personas/ola-biegaczka.yaml").write_text(PERSONA.replace("  # cxkit: disable=owner-on-team", ""), encoding="utf-8")
    monkeypatch.setenv(bad, "1")
    first = lint(".")
    assert "failed while checking this rule here" in first.stdout, first.output
    monkeypatch.delenv(bad)
    for _run in range(2):  # the per-file entry and the whole run's
        then = lint(".")
        assert then.exit_code == 1
        assert agy(then) == ["personas/ola-biegaczka.yaml:5:1: warning AGY101 owner 'Zespół CX (Anna Żak)' is not on "
                             "the client's team list [owner-on-team]"], then.stdout


# --- #4: no false unused-suppression -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize("bad", ["AGY_CRASH", "AGY_BADHIT"])
def test_a_failed_rule_makes_no_comment_naming_it_stale_s40(site, monkeypatch, lang, bad):
    """Fails before: "'disable=owner-on-team' suppresses nothing on this line; remove it" (CX005) beside the failure."""
    install(site)
    config(lang)
    clean = lint("--no-cache", ".")
    assert clean.exit_code == 1 and agy(clean) == [], clean.output  # the comment silences the owner's finding
    monkeypatch.setenv(bad, "1")
    failed = lint("--no-cache", ".")
    assert failed.exit_code == 1
    assert [line.split(" [")[0].split(" (")[0] for line in agy(failed)] == [
        "personas/ola-biegaczka.yaml:1:1: error AGY101 " + (
            "the rule plugin agency-cx-rules 0.1.0 failed while checking this rule here, at agency_owner_rules.py:"
            if lang == "en" else
            "we wtyczce reguł agency-cx-rules 0.1.0 wystąpił błąd podczas sprawdzania tej reguły w tym dokumencie, w "
            "agency_owner_rules.py:")
        + str(CRASH_LINE if bad == "AGY_CRASH" else BADHIT_LINE)]


def test_a_comment_naming_a_rule_that_did_not_fail_is_still_stale_s40(site, monkeypatch):
    """Guard: only the failed rule's comments are spared; a stale comment for another rule is still told."""
    install(site)
    config("en")
    Path("personas/ola-biegaczka.yaml").write_text(
        PERSONA.replace("name: Ola Nowak", "name: Ola Nowak  # cxkit: disable=pseudo-profiling"), encoding="utf-8")
    monkeypatch.setenv("AGY_CRASH", "1")
    found = agy(lint("--no-cache", "."))
    assert any("CX005 'disable=pseudo-profiling' suppresses nothing on this line" in line for line in found), found
    assert not any("disable=owner-on-team" in line for line in found), found


# --- #3, #6: the workspace's language, the plugin's line, a traceback on demand ------------------------------


def test_a_plugin_failure_speaks_polish_in_a_polish_workspace_s40(site, monkeypatch):
    """Fails before: English above "Znaleziono 1 problem"; the JSON keeps the English message too."""
    install(site)
    config("pl")
    monkeypatch.setenv("AGY_CRASH", "1")
    result = lint("--no-cache", "-f", "json", ".")
    found = [f for f in json.loads(result.stdout) if f["code"] == "AGY101"]
    assert [f["message"] for f in found] == [
        f"we wtyczce reguł agency-cx-rules 0.1.0 wystąpił błąd podczas sprawdzania tej reguły w tym dokumencie, w "
        f"agency_owner_rules.py:{CRASH_LINE} (KeyError: 'owner'); pozostałe reguły zostały sprawdzone; zgłoś to autorom "
        "wtyczki (CXKIT_DEBUG=1 "
        "wypisuje ślad stosu)"]


def test_cxkit_debug_prints_the_plugin_s_traceback_s40(site, monkeypatch):
    """Fails before: no way to see where in the plugin it failed; the finding said only "(KeyError: 'owner')"."""
    module = install(site)
    config("en")
    monkeypatch.setenv("AGY_CRASH", "1")
    quiet = lint("--no-cache", ".")
    assert "Traceback" not in quiet.output
    assert f"at agency_owner_rules.py:{CRASH_LINE} (KeyError: 'owner')" in quiet.stdout
    monkeypatch.setenv("CXKIT_DEBUG", "1")
    loud = lint("--no-cache", ".")
    assert loud.exit_code == 1
    assert loud.stderr.startswith("cxkit: debug: the rule plugin agency-cx-rules 0.1.0 failed in rule owner-on-team "
                                  "(AGY101) on personas/ola-biegaczka.yaml:\nTraceback")
    assert f'File "{module}", line {CRASH_LINE}, in check' in loud.stderr
    assert loud.stderr.rstrip().endswith("KeyError: 'owner'")


# --- #5: what a rule declares is checked when it is loaded ---------------------------------------------------


@pytest.mark.parametrize(("kinds", "said", "said_pl"), [
    ('("personas",)', "kinds names 'personas', which is no kind of document (they are persona, negative-persona, "
     "journey), so the rule would never run; did you mean 'persona'?",
     "kinds wymienia 'personas', a takiego rodzaju dokumentu nie ma (są: persona, negative-persona, journey), więc "
     "reguła nigdy by nie zadziałała; czy chodziło o 'persona'?"),
    ('("persona")', "kinds must be a tuple of kinds of document, such as (\"persona\",) (a tuple of one needs its "
     "comma), not the text 'persona'",
     "kinds ma być krotką rodzajów dokumentów, np. (\"persona\",) (krotka z jednym elementem potrzebuje przecinka), a "
     "nie tekstem 'persona'"),
])
@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_kinds_typo_stops_the_run_at_its_line_s40(site, kinds, said, said_pl, lang):
    """Fails before: "Wszystko w porządku", exit 0: the rule ran on no document."""
    module = install(site, kinds)
    config(lang)
    line = RULE.splitlines().index("    kinds = {kinds}") + 1
    result = lint(".")
    assert result.exit_code == 2, result.output
    where = ("the rule plugin agency-cx-rules 0.1.0 (entry point owner-on-team = agency_owner_rules:OwnerOnTeam)"
             if lang == "en" else
             "wtyczka reguł agency-cx-rules 0.1.0 (punkt wejścia owner-on-team = agency_owner_rules:OwnerOnTeam)")
    assert result.stderr == f"cxkit: {module}:{line}:5: {where}: {said if lang == 'en' else said_pl}\n"
    assert "Traceback" not in result.output


def test_a_severity_that_is_no_severity_is_refused_s40(site):
    """Fails before: `severity = "error"` (text) ran and broke later, or said nothing."""
    module = install(site)
    module.write_text(module.read_text(encoding="utf-8").replace(
        "severity: ClassVar[Severity] = Severity.warning", 'severity = "eror"'), encoding="utf-8")
    config("en")
    result = lint(".")
    assert result.exit_code == 2, result.output
    assert "severity must be one of cxkit.lint.finding.Severity (Severity.error, warning or info), not 'eror'; " \
           "write Severity.error" in result.stderr
    assert result.stderr.startswith(f"cxkit: {module}:")


def test_a_plugin_that_cannot_be_imported_is_told_in_polish_s40(site):
    """Fails before: the plugin-load line was English in a Polish workspace."""
    dist_info(site, "agency-cx-rules", "0.1.0", f"owner-on-team = {MODULE}:OwnerOnTeam")
    (site / f"{MODULE}.py").write_text("import nie_ma_takiego_modulu\n", encoding="utf-8")
    config("pl")
    result = lint(".")
    assert result.exit_code == 2
    assert result.stderr == ("cxkit: nie udało się wczytać wtyczki reguł agency-cx-rules 0.1.0 (punkt wejścia "
                             "owner-on-team = agency_owner_rules:OwnerOnTeam): ModuleNotFoundError: No module named "
                             "'nie_ma_takiego_modulu' (CXKIT_DEBUG=1 wypisuje ślad stosu)\n")


# --- #8: a rule of a plugin that is not installed ------------------------------------------------------------


MISSING = (f"no rule of cxkit's has that name: if a rule plugin provides it, the plugin is not installed in the Python "
           f"that runs cxkit ({sys.executable}); install it there (docs/plugins.md) or take the name out, and the other "
           "rules run; `cxkit rules` lists the rules installed")
MISSING_PL = (f"cxkit nie ma reguły o tej nazwie: jeśli pochodzi ona z wtyczki reguł, ta wtyczka nie jest zainstalowana "
              f"w Pythonie, w którym działa cxkit ({sys.executable}); zainstaluj ją tam (docs/plugins.md) albo usuń tę "
              "nazwę, a pozostałe reguły zadziałają; listę zainstalowanych reguł podaje `cxkit rules`")


def test_a_config_naming_a_plugin_rule_not_installed_says_so_s40(site):
    """Fails before: "extend-select: unknown rule 'owner-on-team'; `cxkit rules` lists them", no hint of a plugin."""
    config("en")  # no plugin installed
    result = lint(".")
    assert result.exit_code == 2
    assert result.stderr == f"cxkit: cxkit.toml:2:18: extend-select: unknown rule 'owner-on-team'; {MISSING}\n"


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_plugin_code_not_installed_in_select_says_so_s40(site, lang):
    """Fails before: "--select: unknown rule 'AGY101'; `cxkit rules` lists them"."""
    Path("cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    result = lint("--select", "AGY101", ".")
    assert result.exit_code == 2
    assert result.stderr == (f"cxkit: --select: unknown rule 'AGY101'; {MISSING}\n" if lang == "en" else
                             f"cxkit: --select: nieznana reguła „AGY101”; {MISSING_PL}\n")


@pytest.mark.parametrize("said", ["zzzz", "CX999"])
def test_a_word_that_looks_like_no_plugin_rule_gets_no_plugin_hint_s40(site, said):
    """Guard: a single word, or a code of cxkit's own prefix, is no plugin's rule."""
    Path("cxkit.toml").write_text("", encoding="utf-8")
    result = lint("--select", said, ".")
    assert result.exit_code == 2
    assert "rule plugin" not in result.stderr


# --- #13: option descriptions --------------------------------------------------------------------------------


def test_an_option_s_docstring_is_its_description_in_rule_and_sarif_s40(site):
    """Fails before: the meaning of `team` was blank in `cxkit rule owner-on-team` and in SARIF's help."""
    install(site)
    config("en")
    shown = CliRunner().invoke(app, ["rule", "owner-on-team"])
    assert shown.exit_code == 0, shown.output
    assert "team = []   The names of the client's team: the owners the rule accepts." in shown.stdout
    sarif = json.loads(lint("--no-cache", "-f", "sarif", ".").stdout)
    (plugin,) = sarif["runs"][0]["tool"]["extensions"]
    assert "| `team` | `[]` | The names of the client's team: the owners the rule accepts. |" in \
        plugin["rules"][0]["help"]["markdown"]


# --- #2: a plugin leaves the template's TODO values to the placeholder rule ----------------------------------


def test_is_placeholder_knows_the_templates_todo_values_s40():
    """Fails before: no such helper (ImportError)."""
    from cxkit.scaffold import templates_en, templates_pl

    for module in (templates_en, templates_pl):
        owners = [line.split('"')[1] for line in Path(module.__file__).read_text(encoding="utf-8").splitlines()
                  if line.strip().startswith('owner: "TODO')]
        assert owners and all(is_placeholder(owner) for owner in owners), owners
    assert not any(is_placeholder(v) for v in ("Zespół kart (Marta Wójcik)", "Payments team", None, 3, ["TODO"]))


def test_a_plugin_rule_can_leave_a_template_owner_to_cx501_s40(site):
    """Fails before: the plugin reported "owner 'TODO: …' is not on the client's team list" beside CX501."""
    install(site)
    config("pl")
    Path("personas/ola-biegaczka.yaml").write_text(PERSONA.replace(
        "Zespół CX (Anna Żak)  # cxkit: disable=owner-on-team", '"TODO: zespół lub osoba odpowiedzialna za tę personę"'),
        encoding="utf-8")
    found = json.loads(lint("--no-cache", "-f", "json", ".").stdout)
    assert [f["code"] for f in found if f["line"] == 5] == ["CX501"]
    Path("personas/mark-commuter.yaml").write_text(PERSONA_EN, encoding="utf-8")  # a real owner is still checked
    found = json.loads(lint("--no-cache", "-f", "json", ".").stdout)
    assert [(f["path"], f["code"]) for f in found if f["code"] == "AGY101"] == [("personas/mark-commuter.yaml", "AGY101")]


# --- docs/plugins.md, Polish: a plugin's Hit with its Polish twin -----------------------------------------------


@pytest.mark.parametrize(("lang", "said"), [
    ("pl", "właściciel 'Mark' nie jest na liście zespołu klienta"),
    ("en", "owner 'Mark' is not on the client's team list"),
])
def test_a_plugin_hit_s_polish_twin_is_read_in_a_polish_workspace_s40(site, lang, said):
    """Guard of the documented way (Hit(pl=...) built when self.polish): Polish in a `lang = "pl"` workspace only."""
    install(site)
    config(lang)
    Path("personas/ola-biegaczka.yaml").write_text(PERSONA.replace("Zespół CX (Anna Żak)  # cxkit: disable=owner-on-team",
                                                                   "Mark"), encoding="utf-8")
    found = json.loads(lint("--no-cache", "-f", "json", ".").stdout)
    assert [f["message"] for f in found if f["code"] == "AGY101"] == [said]


@pytest.mark.parametrize("command", [["rules"], ["rule", "owner-on-team"], ["fmt", "--check", "personas"]])
@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_broken_plugin_is_told_in_the_workspace_s_language_by_every_command_s40(site, command, lang):
    """Fails before: `cxkit rules`, `rule` and `fmt`, which load the plugins before (or without) reading the config's
    rules, said it in English in a Polish workspace."""
    install(site, '("personas",)')
    config(lang)
    result = CliRunner().invoke(app, command)
    assert result.exit_code == 2, result.output
    assert ("kinds wymienia 'personas'" if lang == "pl" else "kinds names 'personas'") in result.stderr
    assert ("wtyczka reguł agency-cx-rules" in result.stderr) is (lang == "pl")


WORKSPACE_RULE = '''\
import os
from typing import ClassVar

from cxkit.lint.finding import Hit, Severity
from cxkit.lint.rule import Rule


class FewPersonas(Rule):
    """The workspace holds at least three personas.

    Why: one persona is a guess.
    """

    code: ClassVar[str] = "AGY201"
    name: ClassVar[str] = "few-personas"
    severity: ClassVar[Severity] = Severity.warning
    scope: ClassVar[str] = "workspace"

    def check_workspace(self, index):
        if os.environ.get("AGY_CRASH"):
            raise KeyError("personas")
        for summary in index.of_kind("persona"):
            yield Hit(1, 1, "fewer than three personas in the workspace", path=summary.path)
'''


def test_a_failed_cross_file_rule_keeps_its_entries_and_comments_everywhere_s40(site, monkeypatch):
    """Fails before: a workspace rule that raised dropped its entries of every file from the baseline ("no longer
    found") and called each `disable=` comment for it stale."""
    dist_info(site, "agency-ws-rules", "0.2.0", "few-personas = agency_ws_rules:FewPersonas")
    (site / "agency_ws_rules.py").write_text(WORKSPACE_RULE, encoding="utf-8")
    monkeypatch.delitem(sys.modules, "agency_ws_rules", raising=False)
    Path("cxkit.toml").write_text('lang = "en"\nextend-select = ["few-personas"]\n', encoding="utf-8")
    Path("personas/mark-commuter.yaml").write_text(PERSONA_EN.replace(
        "kind: persona", "kind: persona  # cxkit: disable=few-personas", 1), encoding="utf-8")
    assert lint("--no-cache", "--write-baseline", "--baseline", "b.json", ".").exit_code == 0
    recorded = Path("b.json").read_text(encoding="utf-8")
    assert recorded.count('"rule": "few-personas"') == 1  # Ola's; Mark's is silenced by its comment
    monkeypatch.setenv("AGY_CRASH", "1")
    shrunk = lint("--no-cache", "--write-baseline", "--baseline", "b.json", ".")
    assert "dropped" not in shrunk.stderr and "1 rule failure not recorded" in shrunk.stderr, shrunk.stderr
    assert Path("b.json").read_text(encoding="utf-8") == recorded
    failing = lint("--no-cache", "--baseline", "b.json", ".")
    assert failing.exit_code == 1
    assert "cxkit.toml:1:1: error AGY201 the rule plugin agency-ws-rules 0.2.0 failed while checking this rule across " \
           "the workspace, at agency_ws_rules.py:21 (KeyError: 'personas')" in failing.stdout, failing.stdout
    assert "disable=few-personas" not in failing.stdout and "no longer found" not in failing.stderr, failing.output
