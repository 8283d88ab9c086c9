"""`cxkit review`: what a change silences is shown as suppressed, never as fixed; a file one
side cannot read leaves its findings on the other side "not compared", not fixed or introduced;
and BASE is linted with BASE's own configuration."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import REVIEW_KAMIL, REVIEW_OLA, Repo

OLA, KAMIL = REVIEW_OLA, REVIEW_KAMIL
#: A second vague trait: pseudo-profiling finds it as it finds the first.
VAGUE = "  - Lubi nowoczesne rozwiązania i jest aktywna\n"


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    """A workspace with one finding (pseudo-profiling on ola's goal), committed, and no config."""
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    r = Repo(tmp_path / "ws")
    r.write("ola.yaml", OLA)
    r.write("kamil.yaml", KAMIL)
    r.commit("base")
    monkeypatch.chdir(r.root)
    return r


def review(*args: str) -> tuple[int, dict]:
    result = run_cli("review", "HEAD", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def markdown(*args: str) -> str:
    result = run_cli("review", "HEAD", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.stdout


def test_the_base_has_the_one_finding(repo):
    code, report = review()
    assert code == 0
    assert report["findings_before"] == report["findings_after"] == 1
    assert report["introduced"] == report["fixed"] == report["suppressed"] == []
    assert report["config"] is None


# --- silenced by a comment -------------------------------------------------------

def test_a_disable_file_comment_added_suppresses_the_finding_it_does_not_fix_it(repo):
    repo.write("ola.yaml", "# cxkit: disable-file=all\n" + OLA)
    code, report = review()
    assert code == 0  # suppressed never fails the review
    assert report["fixed"] == [] and report["introduced"] == []
    [s] = report["suppressed"]
    assert (s["rule"], s["path"], s["line"], s["data_path"]) == ("pseudo-profiling", "ola.yaml", 9, "goals[0]")
    assert s["suppressed_by"] == {"by": "comment", "comment": "disable-file=all", "line": 1}
    assert s["reported_in_base"] is True
    md = markdown()
    assert "**Sprawdzenie:** 0 nowych uwag, 0 naprawionych, 1 wyciszona; 1 przed zmianą, 0 po zmianie." in md
    table = md[md.index("### Wyciszone uwagi"):md.index("### Zmiany")]
    assert "| warning | `pseudo-profiling` CX101 | `ola.yaml:9:5` · Cele `#1` | `# cxkit: disable-file=all` (wiersz 1) | zgłaszana |" in table
    assert "### Naprawione uwagi" not in md


def test_a_line_comment_added_suppresses_the_finding(repo):
    repo.write("ola.yaml", OLA.replace("w dużym mieście\n", "w dużym mieście  # cxkit: disable=pseudo-profiling\n"))
    code, report = review()
    assert code == 0 and report["fixed"] == []
    [s] = report["suppressed"]
    assert s["suppressed_by"] == {"by": "comment", "comment": "disable=pseudo-profiling", "line": 8}
    assert s["reported_in_base"] is True


def test_suppressed_does_not_fail_even_at_the_lowest_fail_level(repo):
    repo.write("ola.yaml", "# cxkit: disable-file=all\n" + OLA)
    code, report = review("--fail-level", "info")
    assert code == 0 and report["failed"] is False and len(report["suppressed"]) == 1


def test_a_new_finding_silenced_from_the_start_is_suppressed_and_new(repo):
    repo.write("ola.yaml", OLA + VAGUE.rstrip("\n") + "  # cxkit: disable=pseudo-profiling\n")
    code, report = review()
    assert code == 0 and report["introduced"] == [] and report["fixed"] == []
    [s] = report["suppressed"]
    assert s["data_path"] == "goals[1]" and s["reported_in_base"] is False
    assert "| nowa |" in markdown()


def test_a_finding_silenced_on_both_sides_is_no_news_but_a_new_one_under_the_old_comment_is(repo):
    repo.write("ola.yaml", "# cxkit: disable-file=pseudo-profiling\n" + OLA)
    repo.commit("silenced")
    code, report = review()
    assert report["suppressed"] == [] and report["fixed"] == [] and code == 0
    repo.write("ola.yaml", "# cxkit: disable-file=pseudo-profiling\n" + OLA + VAGUE)
    code, report = review()
    assert code == 0 and report["introduced"] == []
    [s] = report["suppressed"]
    assert s["data_path"] == "goals[1]" and s["reported_in_base"] is False


def test_a_comment_removed_makes_its_finding_introduced(repo):
    repo.write("ola.yaml", "# cxkit: disable-file=all\n" + OLA)
    repo.commit("silenced")
    repo.write("ola.yaml", OLA)
    code, report = review()
    assert code == 1
    assert [f["rule"] for f in report["introduced"]] == ["pseudo-profiling"]
    assert report["suppressed"] == []


# --- silenced by the configuration ------------------------------------------------

def test_a_config_that_ignores_the_rule_is_shown_and_what_it_silences_is_suppressed(repo):
    repo.write("cxkit.toml", 'ignore = ["pseudo-profiling"]\n')
    repo.write("ola.yaml", OLA + VAGUE)
    code, report = review()
    assert code == 0 and report["introduced"] == [] and report["fixed"] == []
    assert report["findings_before"] == 1 and report["findings_after"] == 0
    by_path = {s["data_path"]: s for s in report["suppressed"]}
    assert set(by_path) == {"goals[0]", "goals[1]"}
    assert by_path["goals[0]"]["reported_in_base"] is True
    assert by_path["goals[1]"]["reported_in_base"] is False
    assert by_path["goals[1]"]["suppressed_by"] == {"by": "config", "key": "ignore", "file": "cxkit.toml"}
    assert report["config"] == {"base": None, "working_tree": "cxkit.toml", "changed": ["ignore"], "base_error": None}
    md = markdown()
    # In Polish, as the review is (tests/test_review_polish_words_s34.py).
    assert "**Konfiguracja:** dodano `cxkit.toml` (`ignore`): `HEAD` sprawdza się z ustawieniami domyślnymi" in md
    assert "| `ignore` w `cxkit.toml` | nowa |" in md


def test_a_changed_config_names_the_settings_that_changed(repo):
    repo.write("cxkit.toml", 'lang = "pl"\n')
    repo.commit("config")
    repo.write("cxkit.toml", 'lang = "pl"\n[rules.pseudo-profiling]\nenabled = false\n')
    code, report = review()
    assert code == 0 and report["fixed"] == []
    assert report["config"]["changed"] == ["rules.pseudo-profiling"]
    [s] = report["suppressed"]
    assert s["suppressed_by"] == {"by": "config", "key": "rules.pseudo-profiling", "file": "cxkit.toml"}
    assert "**Konfiguracja:** zmieniono `cxkit.toml` (`rules.pseudo-profiling`)" in markdown()


def test_a_narrower_select_suppresses_what_it_leaves_out(repo):
    repo.write("cxkit.toml", 'select = ["CX0"]\n')
    _code, report = review()
    assert report["fixed"] == []
    [s] = report["suppressed"]
    assert s["suppressed_by"]["key"] == "select"


def test_per_file_ignores_added_suppress(repo):
    repo.write("cxkit.toml", '[per-file-ignores]\n"ola.yaml" = ["CX1"]\n')
    _code, report = review()
    assert report["fixed"] == []
    [s] = report["suppressed"]
    assert s["suppressed_by"] == {"by": "config", "key": "per-file-ignores", "file": "cxkit.toml"}


def test_a_file_newly_excluded_has_its_findings_suppressed(repo):
    repo.write("cxkit.toml", 'exclude = ["ola.yaml"]\n')
    _code, report = review()
    assert report["fixed"] == []
    [s] = report["suppressed"]
    assert s["path"] == "ola.yaml" and s["suppressed_by"]["key"] == "exclude"


def test_base_is_linted_with_its_own_config_so_a_rule_turned_back_on_introduces_its_findings(repo):
    repo.write("cxkit.toml", 'ignore = ["pseudo-profiling"]\n')
    repo.commit("quiet")
    repo.write("cxkit.toml", "")
    code, report = review()
    assert code == 1
    assert [f["rule"] for f in report["introduced"]] == ["pseudo-profiling"]
    assert report["findings_before"] == 0 and report["findings_after"] == 1
    assert report["config"]["changed"] == ["ignore"]


def test_an_unchanged_config_is_not_mentioned(repo):
    repo.write("cxkit.toml", 'ignore = ["pseudo-profiling"]\n')
    repo.commit("quiet")
    repo.write("ola.yaml", OLA + VAGUE)
    code, report = review()
    # Silenced on both sides by the same setting: nothing to say about it.
    assert code == 0 and report["config"] is None and report["suppressed"] == []
    assert "**Configuration:**" not in markdown() and "**Konfiguracja:**" not in markdown()


def test_a_config_that_is_not_valid_in_base_leaves_base_with_the_working_trees(repo):
    repo.write("cxkit.toml", "ignore = [\n")
    repo.commit("broken config")
    repo.write("cxkit.toml", 'ignore = ["stale-review"]\n')
    code, report = review()
    assert code == 0
    assert report["introduced"] == report["fixed"] == []
    config = report["config"]
    assert config["base"] == "cxkit.toml" and config["working_tree"] == "cxkit.toml"
    assert config["base_error"].startswith("HEAD:cxkit.toml:")
    assert "invalid TOML" in config["base_error"]
    assert "linted with the working tree's configuration" in markdown()


def test_a_config_given_outside_the_repository_is_used_for_both_sides(repo, tmp_path):
    outside = tmp_path / "ci.toml"
    outside.write_text('ignore = ["pseudo-profiling"]\n', encoding="utf-8")
    repo.write("ola.yaml", OLA + VAGUE)
    code, report = review("--config", str(outside))
    assert code == 0 and report["config"] is None
    assert report["suppressed"] == [] and report["findings_before"] == report["findings_after"] == 0


# --- a file one side cannot read ----------------------------------------------------

def test_a_file_broken_on_the_branch_leaves_its_old_findings_not_compared_not_fixed(repo):
    repo.write("ola.yaml", OLA.replace("name: Ola Nowak", "name: [Ola Nowak"))
    code, report = review()
    assert code == 1
    assert [f["rule"] for f in report["introduced"]] == ["yaml-syntax"]
    assert report["fixed"] == [] and report["suppressed"] == []
    [nc] = report["not_compared_findings"]
    assert (nc["rule"], nc["path"], nc["data_path"], nc["side"]) == ("pseudo-profiling", "ola.yaml", "goals[0]", "before")
    md = markdown()
    assert "**Lint:** 1 finding introduced (1 error), 0 fixed, 1 not compared; 1 before, 1 after." in md
    assert "### Findings fixed" not in md
    section = md[md.index("### Not compared"):]
    assert "Findings in `HEAD` of files the working tree cannot read or check (not counted as fixed):" in section
    assert "| warning | `pseudo-profiling` CX101 | `ola.yaml:8:5` · Cele `#1` |" in section  # named as the changes name places, counted from 1 (s36); JSON keeps data_path


def test_a_file_mended_on_the_branch_leaves_its_findings_not_compared_not_introduced(repo):
    repo.write("ola.yaml", OLA.replace("name: Ola Nowak", "name: [Ola Nowak"))
    repo.commit("broken")
    repo.write("ola.yaml", OLA + VAGUE)
    code, report = review()
    assert code == 1  # not introduced, but `cxkit lint` of the branch reports them: they fail it (s37)
    assert report["failing_not_compared"] == 2
    assert report["introduced"] == []
    assert [f["rule"] for f in report["fixed"]] == ["yaml-syntax"]
    assert sorted((f["data_path"], f["side"]) for f in report["not_compared_findings"]) == [
        ("goals[0]", "after"), ("goals[1]", "after"),
    ]
    section = markdown()
    assert ("Findings in the working tree of files `HEAD` cannot read or check (not counted as introduced, but cxkit "
            "lint reports them):") in section


def test_findings_of_other_files_are_still_compared_when_one_file_breaks(repo):
    repo.write("ola.yaml", OLA.replace("name: Ola Nowak", "name: [Ola Nowak"))
    repo.write("kamil.yaml", KAMIL.replace("reasons: [", "goals: [Lubi nowoczesne rozwiązania]\nreasons: ["))
    _code, report = review()
    introduced = sorted((f["rule"], f["path"]) for f in report["introduced"])
    assert introduced == [("pseudo-profiling", "kamil.yaml"), ("yaml-syntax", "ola.yaml")]
    assert [(f["path"], f["side"]) for f in report["not_compared_findings"]] == [("ola.yaml", "before")]


def test_a_review_with_too_many_suppressed_and_uncompared_findings_is_cut_and_counts_them(repo):
    import re

    # Two vague goals each; alike on purpose, so the rule that compares personas stays out of it.
    repo.write("cxkit.toml", 'ignore = ["similar-personas"]\n')
    for n in range(120):
        repo.write(f"p{n:03}.yaml", OLA.replace("id: ola", f"id: ola-{n:03}") + VAGUE)
    repo.commit("many")
    for n in range(120):
        text = (repo.root / f"p{n:03}.yaml").read_text(encoding="utf-8")
        if n % 2:
            repo.write(f"p{n:03}.yaml", "# cxkit: disable-file=all\n" + text)
        else:
            repo.write(f"p{n:03}.yaml", text.replace("name: Ola Nowak", "name: [Ola Nowak"))
    code, report = review()
    assert code == 1  # the yaml-syntax errors
    assert report["fixed"] == []
    md = markdown()
    assert len(md) < 65536, len(md)
    notes = {}
    for section in ("### Wyciszone uwagi", "### Nie porównano"):
        part = md[md.index(section):]
        part = part[:part.index("\n### ", 1)] if "\n### " in part[1:] else part
        note = re.search(r"_Pominięto (\d+) uwa(?:gę|gi|g), by komentarz zmieścił się w limicie rozmiaru GitHuba; "
                         r"`cxkit review HEAD -f json` wymienia wszystkie\._", part)
        assert note is not None, part[-400:]
        rows = [line for line in part.splitlines() if line.startswith("| ") and not line.startswith("| Poziom")]
        notes[section] = len(rows) + int(note.group(1))
    assert notes["### Wyciszone uwagi"] == len(report["suppressed"])
    assert notes["### Nie porównano"] == len(report["not_compared_findings"])
    assert "### Zmiany" in md


def test_a_workspace_finding_shown_on_a_file_that_breaks_is_still_compared(repo):
    # missing-negative-persona is shown on the first persona, ola; it is about the workspace.
    repo.git("rm", "-q", "kamil.yaml")
    repo.write("zosia.yaml", OLA.replace("id: ola", "id: zosia").replace("Ola Nowak", "Zosia"))
    repo.commit("no negative persona")
    _code, report = review()
    assert report["introduced"] == report["fixed"] == []
    # Ola's file breaks and the branch adds the negative persona: the workspace finding is fixed.
    repo.write("ola.yaml", OLA.replace("name: Ola Nowak", "name: [Ola Nowak"))
    repo.write("kamil.yaml", KAMIL)
    _code, report = review()
    assert [(f["rule"], f["path"]) for f in report["fixed"]] == [("missing-negative-persona", "ola.yaml")]
    # Zosia is like Ola in BASE; whether she still is cannot be told: not compared, not fixed.
    assert sorted((f["rule"], f["path"], f["side"]) for f in report["not_compared_findings"]) == [
        ("pseudo-profiling", "ola.yaml", "before"), ("similar-personas", "zosia.yaml", "before"),
    ]


def test_base_config_is_found_as_lint_finds_it_from_a_subfolder_in_pyproject(repo, monkeypatch):
    (repo.root / "personas").mkdir(exist_ok=True)
    repo.git("mv", "ola.yaml", "personas/ola.yaml")
    repo.write("pyproject.toml", '[project]\nname = "x"\n\n[tool.cxkit]\nlang = "pl"\n')
    repo.commit("a folder, a pyproject")
    repo.write("pyproject.toml", '[project]\nname = "x"\n\n[tool.cxkit]\nlang = "pl"\nignore = ["pseudo-profiling"]\n')
    monkeypatch.chdir(repo.root / "personas")
    code, report = review()
    assert code == 0 and report["fixed"] == []
    assert report["config"] == {
        "base": "../pyproject.toml", "working_tree": "../pyproject.toml", "changed": ["ignore"], "base_error": None,
    }
    [s] = report["suppressed"]
    assert s["path"] == "ola.yaml" and s["suppressed_by"] == {"by": "config", "key": "ignore", "file": "../pyproject.toml"}


def test_a_config_removed_is_said_and_what_it_silenced_is_introduced(repo):
    repo.write("cxkit.toml", 'ignore = ["pseudo-profiling"]\n')
    repo.commit("quiet")
    repo.git("rm", "-q", "cxkit.toml")
    code, report = review()
    assert code == 1 and [f["rule"] for f in report["introduced"]] == ["pseudo-profiling"]
    assert report["config"] == {"base": "cxkit.toml", "working_tree": None, "changed": ["ignore"], "base_error": None}
    assert "**Configuration:** `cxkit.toml` removed (`ignore`): `HEAD` is linted with its `cxkit.toml`, the working tree with the defaults." in markdown()


def test_a_trait_reworded_and_silenced_is_the_same_finding_suppressed(repo):
    repo.write("ola.yaml", OLA.replace(
        "  - Ceni jakość i mieszka w dużym mieście\n",
        "  - Ceni jakość i mieszka w dużym mieście, w centrum  # cxkit: disable=pseudo-profiling\n",
    ))
    code, report = review()
    assert code == 0 and report["fixed"] == [] and report["introduced"] == []
    [s] = report["suppressed"]
    assert s["data_path"] == "goals[0]" and s["reported_in_base"] is True
    md = markdown()
    assert ("**Wyciszone:** uwagi nadal obecne, ale wyciszone (komentarzem `# cxkit: disable` albo w konfiguracji) tam, "
            "gdzie w `HEAD` nie były wyciszone: 1 uwaga") in md


def test_a_file_named_on_the_command_line_is_linted_even_where_exclude_would_leave_it_out(repo):
    repo.write("cxkit.toml", 'exclude = ["ola.yaml"]\n')
    code, report = review("ola.yaml", "kamil.yaml")
    # Named, so linted and reported on both sides: neither fixed nor suppressed.
    assert code == 0 and report["fixed"] == [] and report["suppressed"] == []
    assert report["findings_before"] == report["findings_after"] == 1


def test_a_finding_silenced_by_the_config_in_base_and_by_a_comment_now_is_no_news(repo):
    commented = OLA.replace("w dużym mieście\n", "w dużym mieście  # cxkit: disable=pseudo-profiling\n")
    repo.write("ola.yaml", commented)
    repo.write("cxkit.toml", 'ignore = ["pseudo-profiling"]\n')
    repo.commit("silenced twice")
    repo.write("cxkit.toml", "")
    code, report = review()
    assert code == 0 and report["introduced"] == [] and report["suppressed"] == []
    assert report["config"]["changed"] == ["ignore"]


# --- the fail level -----------------------------------------------------------------------

NEW_VAGUE = OLA.replace("goals:\n", "goals:\n  - Lubi podróże i dba o zdrowie\n")


def test_the_branch_cannot_loosen_the_fail_level_it_is_judged_by(repo):
    # `fail-level = "never"` in the same pull request that introduces a finding passed it.
    repo.write("cxkit.toml", 'fail-level = "never"\n')
    repo.write("ola.yaml", NEW_VAGUE)
    code, report = review()
    assert report["introduced"] and report["fail_level"] == "warning"
    assert code == 1
    assert report["config"] is not None  # and the report says the config changed


def test_a_fail_level_base_already_had_and_one_given_on_the_command_line_count(repo):
    repo.write("cxkit.toml", 'fail-level = "never"\n')
    repo.commit("relax")
    repo.write("ola.yaml", NEW_VAGUE)
    code, report = review()
    assert (code, report["fail_level"]) == (0, "never")
    code, report = review("--fail-level", "never")
    assert (code, report["fail_level"]) == (0, "never")
    repo.write("cxkit.toml", 'fail-level = "info"\n')  # the branch may tighten it
    code, report = review()
    assert (code, report["fail_level"]) == (1, "info")
