"""`cxkit review`: what the branch's configuration turns off is never "fixed", and the findings
of copies of a duplicated id are each copy's own.

- A stale `# cxkit: disable=RULE` comment is an unused-suppression finding while RULE runs.
  When the branch's configuration turns RULE off, the finding goes because the rule no longer
  judges the comment, not because the author removed it: it is suppressed by that setting, as
  the findings of RULE itself are.
- Copies of one id are one document name; a finding on one copy must not pair with the same
  finding on another copy, nor a copy added be blamed on the copy the branch left alone.
"""

from __future__ import annotations

import json
import os

import pytest

from conftest import run_cli
from git_helpers import REVIEW_KAMIL, VAGUE_LINE, Repo
from git_helpers import STALE_OLA as OLA
from git_helpers import TYPO_LINES as TYPO

JOURNEY = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
lang: pl
reviewed: 2026-11-01
stages:
  - id: rozwazanie
    name: Rozważanie
    emotion: -1
    touchpoints:
      - channel: web
        description: Filtr butów po dropie i amortyzacji
    opportunities:
      - action: Dodać tabelę szerokości (D, 2E, 4E) do kart butów
        owner: Zespół sklepu internetowego  # cxkit: disable=unowned-opportunity
"""

STALE = "'disable=pseudo-profiling' suppresses nothing on this line; remove it"


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    """BASE: a persona and a journey, each with a stale suppression comment, and no config."""
    r = Repo(tmp_path / "ws")
    r.write("personas/ola.yaml", OLA)
    r.write("personas/kamil.yaml", REVIEW_KAMIL)
    r.write("journeys/ola-kupuje-buty.yaml", JOURNEY)
    r.commit("base")
    monkeypatch.chdir(r.root)
    return r


def review(*args: str) -> tuple[int, dict]:
    result = run_cli("review", "HEAD", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def stale(findings: list[dict]) -> list[tuple[str, str]]:
    return sorted((f["path"], f["message"]) for f in findings if f["rule"] == "unused-suppression")


def test_base_reports_both_stale_comments(repo):
    lint = run_cli("lint", "--no-cache", "--format", "json")
    assert [(f["path"], f["line"]) for f in json.loads(lint.stdout) if f["rule"] == "unused-suppression"] == [
        ("journeys/ola-kupuje-buty.yaml", 16), ("personas/ola.yaml", 8),
    ]


# --- a stale comment whose rule the branch turns off ---------------------------------

def test_a_stale_comment_whose_rule_the_branch_ignores_is_suppressed_not_fixed(repo):
    repo.write("cxkit.toml", 'ignore = ["pseudo-profiling"]\n')
    code, report = review()
    assert code == 0
    assert stale(report["fixed"]) == []
    [s] = [s for s in report["suppressed"] if s["rule"] == "unused-suppression"]
    assert (s["path"], s["line"], s["message"]) == ("personas/ola.yaml", 8, STALE)
    assert s["suppressed_by"] == {"by": "config", "key": "ignore", "file": "cxkit.toml"}
    assert s["reported_in_base"] is True
    # The other stale comment names a rule that still runs: still reported, no news.
    assert stale(report["introduced"]) == []
    md = run_cli("review", "HEAD").stdout
    assert "### Findings fixed" not in md
    assert (
        "| info | `unused-suppression` CX005 | `personas/ola.yaml:8:60` · Cele `#1` | `ignore` in `cxkit.toml` "
        f"| reported | {STALE} |"
    ) in md


def test_a_rule_table_turned_off_names_itself_as_what_silences_the_stale_comment(repo):
    repo.write("cxkit.toml", "[rules.unowned-opportunity]\nenabled = false\n")
    code, report = review()
    assert code == 0 and stale(report["fixed"]) == []
    [s] = report["suppressed"]
    assert (s["path"], s["line"]) == ("journeys/ola-kupuje-buty.yaml", 16)
    assert s["suppressed_by"] == {"by": "config", "key": "rules.unowned-opportunity", "file": "cxkit.toml"}


def test_a_narrower_select_silences_the_stale_comments_of_the_rules_it_leaves_out(repo):
    repo.write("cxkit.toml", 'select = ["CX0", "CX2"]\n')
    _code, report = review()
    assert stale(report["fixed"]) == []
    assert sorted((s["path"], s["suppressed_by"]["key"]) for s in report["suppressed"] if s["rule"] == "unused-suppression") == [
        ("journeys/ola-kupuje-buty.yaml", "select"), ("personas/ola.yaml", "select"),
    ]


def test_a_stale_disable_file_comment_whose_rule_is_ignored_is_suppressed(repo):
    repo.write("personas/ola.yaml", "# cxkit: disable-file=CX101\n" + OLA.replace("  # cxkit: disable=pseudo-profiling", ""))
    repo.commit("a file-wide comment")
    repo.write("cxkit.toml", 'ignore = ["CX1"]\n')
    _code, report = review()
    assert stale(report["fixed"]) == []
    [s] = [s for s in report["suppressed"] if s["rule"] == "unused-suppression"]
    # Quoted as the comment spells the rule (review16 G-L2); review still knows which rule it names.
    assert (s["line"], s["message"]) == (1, "'disable-file=CX101' suppresses nothing in this file; remove it")
    assert s["suppressed_by"]["key"] == "ignore"


def test_a_stale_comment_removed_while_its_rule_is_ignored_is_fixed(repo):
    # The author did remove it: that is a fix, whatever the configuration says now.
    repo.write("cxkit.toml", 'ignore = ["pseudo-profiling"]\n')
    repo.write("personas/ola.yaml", OLA.replace("  # cxkit: disable=pseudo-profiling", ""))
    _code, report = review()
    assert stale(report["fixed"]) == [("personas/ola.yaml", STALE)]
    assert [s for s in report["suppressed"] if s["rule"] == "unused-suppression"] == []


def test_a_rule_turned_back_on_introduces_the_stale_comment_it_judges_again(repo):
    repo.write("cxkit.toml", 'ignore = ["pseudo-profiling"]\n')
    repo.commit("quiet")
    repo.write("cxkit.toml", "")
    _code, report = review()
    assert stale(report["introduced"]) == [("personas/ola.yaml", STALE)]
    assert report["suppressed"] == [] and report["fixed"] == []


# --- copies of a duplicated id -------------------------------------------------------

UNOWNED = "opportunity 'Dodać tabelę szerokości (D, 2E, 4E) do kart butów' has no owner"
OWNER_LINE = "        owner: Zespół sklepu internetowego\n"
#: The journey with an owner and no comment: the copies below differ only in that owner.
OWNED = JOURNEY.replace("  # cxkit: disable=unowned-opportunity", "")


def test_identical_copies_renamed_introduce_and_fix_nothing(repo):
    repo.write("journeys/kopia.yaml", JOURNEY)
    repo.commit("a copy")
    repo.git("mv", "journeys/ola-kupuje-buty.yaml", "journeys/c.yaml")
    repo.git("mv", "journeys/kopia.yaml", "journeys/d.yaml")
    code, report = review()
    assert code == 0
    assert report["introduced"] == report["fixed"] == report["suppressed"] == []
    # Each copy's duplicate-id and stale comment, and the persona's stale comment.
    assert report["findings_before"] == report["findings_after"] == 5


def test_a_copy_added_brings_its_own_findings_not_the_untouched_originals(repo):
    # The copy sorts before the original: its findings must still be its own.
    unowned = OWNED.replace(OWNER_LINE, "")
    repo.write("journeys/ola-kupuje-buty.yaml", unowned)
    repo.commit("no owner")
    repo.write("journeys/a-kopia.yaml", unowned)
    code, report = review()
    assert code == 1
    introduced = sorted((f["rule"], f["path"]) for f in report["introduced"])
    assert introduced == [
        ("duplicate-id", "journeys/a-kopia.yaml"),
        ("duplicate-id", "journeys/ola-kupuje-buty.yaml"),
        ("unowned-opportunity", "journeys/a-kopia.yaml"),
    ]
    assert report["fixed"] == []
    copy = next(f for f in report["introduced"] if f["path"] == "journeys/a-kopia.yaml" and f["rule"] == "duplicate-id")
    assert copy["message"] == (
        "id 'ola-kupuje-buty' is also used by journeys/ola-kupuje-buty.yaml:2; ids must be unique across the workspace"
    )


def test_a_finding_fixed_on_one_copy_and_made_on_another_is_both(repo):
    repo.write("journeys/ola-kupuje-buty.yaml", OWNED)
    repo.write("journeys/kopia.yaml", OWNED.replace(OWNER_LINE, ""))
    repo.commit("a copy without an owner")
    # The branch gives the copy an owner and takes the original's away: one fixed, one introduced.
    repo.write("journeys/kopia.yaml", OWNED)
    repo.write("journeys/ola-kupuje-buty.yaml", OWNED.replace(OWNER_LINE, ""))
    code, report = review()
    assert code == 1
    assert [(f["rule"], f["path"]) for f in report["introduced"]] == [
        ("unowned-opportunity", "journeys/ola-kupuje-buty.yaml"),
    ]
    assert [(f["rule"], f["path"]) for f in report["fixed"]] == [("unowned-opportunity", "journeys/kopia.yaml")]
    assert report["introduced"][0]["message"].startswith(UNOWNED)


# --- a file reached through a link -------------------------------------------------

needs_links = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links")


@needs_links
def test_a_finding_in_a_linked_file_is_shown_under_the_files_own_name_as_lint_shows_it(repo):
    # journeys/ sorts before personas/: a link there must not take the file's name over.
    os.symlink("../personas/ola.yaml", repo.root / "journeys/ola-persona.yaml")
    repo.commit("a link to the persona")
    repo.write("personas/ola.yaml", OLA + "  - Ceni jakość i mieszka w dużym mieście\n")
    lint = run_cli("lint", "--no-cache", "--format", "json")
    assert [f["path"] for f in json.loads(lint.stdout) if f["rule"] == "pseudo-profiling"] == ["personas/ola.yaml"]
    code, report = review()
    assert code == 1
    assert [(f["rule"], f["path"], f["data_path"]) for f in report["introduced"]] == [
        ("pseudo-profiling", "personas/ola.yaml", "behaviours[1]"),
    ]
    assert report["fixed"] == []


@needs_links
def test_a_link_added_to_a_file_is_no_copy_of_its_id(repo):
    os.symlink("../personas/ola.yaml", repo.root / "journeys/ola-persona.yaml")
    code, report = review()
    assert code == 0
    assert report["introduced"] == report["fixed"] == report["suppressed"] == []


@needs_links
def test_a_file_renamed_with_a_link_left_at_its_old_name_keeps_its_findings(repo):
    repo.write("personas/ola.yaml", OLA + "  - Ceni jakość i mieszka w dużym mieście\n")
    repo.commit("a vague behaviour")
    repo.git("mv", "personas/ola.yaml", "personas/ola-biegaczka.yaml")
    os.symlink("ola-biegaczka.yaml", repo.root / "personas/ola.yaml")
    lint = run_cli("lint", "--no-cache", "--format", "json")
    assert [f["path"] for f in json.loads(lint.stdout) if f["rule"] == "pseudo-profiling"] == ["personas/ola-biegaczka.yaml"]
    code, report = review()
    assert code == 0
    assert report["introduced"] == report["fixed"] == []


# --- a file renamed and broken (or mended) in one change ------------------------------

def test_a_journey_renamed_and_broken_leaves_its_findings_not_compared_not_fixed(repo):
    unowned = OWNED.replace(OWNER_LINE, "")
    repo.write("journeys/ola-kupuje-buty.yaml", unowned)
    repo.commit("no owner")
    repo.git("mv", "journeys/ola-kupuje-buty.yaml", "journeys/ola-buty.yaml")
    repo.write("journeys/ola-buty.yaml", unowned.replace("name: Rozważanie", "name: [Rozważanie"))
    code, report = review()
    assert code == 1  # the file the change broke
    assert [(f["rule"], f["path"]) for f in report["introduced"]] == [("yaml-syntax", "journeys/ola-buty.yaml")]
    assert report["fixed"] == []
    assert [(f["side"], f["rule"], f["path"]) for f in report["not_compared_findings"]] == [
        ("before", "unowned-opportunity", "journeys/ola-kupuje-buty.yaml"),
    ]
    assert report["changes"] == []  # not "removed journey"
    assert [(f["side"], f["path"]) for f in report["not_compared_files"]] == [("after", "journeys/ola-buty.yaml")]


def test_a_journey_mended_under_a_new_name_introduces_nothing_it_had_before(repo):
    unowned = OWNED.replace(OWNER_LINE, "")
    repo.write("journeys/ola-kupuje-buty.yaml", unowned.replace("name: Rozważanie", "name: [Rozważanie"))
    repo.commit("broken")
    repo.git("mv", "journeys/ola-kupuje-buty.yaml", "journeys/ola-buty.yaml")
    repo.write("journeys/ola-buty.yaml", unowned)
    code, report = review()
    # The unowned opportunity cannot be told new (BASE could not be read), but lint of the branch reports
    # it: it fails the review all the same (s37), not as introduced.
    assert code == 1 and report["failing_not_compared"] == 1
    assert report["introduced"] == []
    assert [(f["rule"], f["path"]) for f in report["fixed"]] == [("yaml-syntax", "journeys/ola-kupuje-buty.yaml")]
    assert [(f["side"], f["rule"], f["path"]) for f in report["not_compared_findings"]] == [
        ("after", "unowned-opportunity", "journeys/ola-buty.yaml"),
    ]
    assert report["changes"] == []  # not "new journey"


# --- a document that does not fit the format on one side ---------------------------

def test_a_typo_that_breaks_the_format_does_not_fix_the_documents_other_findings(repo):
    repo.write("personas/ola.yaml", OLA + VAGUE_LINE)
    repo.commit("a vague behaviour")
    repo.write("personas/ola.yaml", OLA + VAGUE_LINE + TYPO)
    code, report = review()
    assert code == 1
    assert [(f["rule"], f["path"], f["data_path"]) for f in report["introduced"]] == [
        ("schema", "personas/ola.yaml", "pain_ponts"),
    ]
    # The method rules do not look at a document that does not fit the format: not fixed.
    assert report["fixed"] == []
    # Nor is the stale `disable=pseudo-profiling` comment BASE reports: the rule did not run here.
    assert [(f["side"], f["rule"], f["path"]) for f in report["not_compared_findings"]] == [
        ("before", "unused-suppression", "personas/ola.yaml"), ("before", "pseudo-profiling", "personas/ola.yaml"),
    ]
    md = run_cli("review", "HEAD").stdout
    assert "Uwagi w `HEAD` do plików, których w kopii roboczej nie można odczytać ani sprawdzić (nieliczone jako naprawione):" in md
    assert "### Naprawione uwagi" not in md


def test_a_typo_mended_does_not_introduce_what_the_format_error_hid(repo):
    repo.write("personas/ola.yaml", OLA + VAGUE_LINE + TYPO)
    repo.commit("a typo")
    repo.write("personas/ola.yaml", OLA + VAGUE_LINE + TYPO.replace("pain_ponts", "pain_points"))
    code, report = review()
    # Not introduced, but lint of the branch reports them: the warning fails the review (s37), as not
    # compared; the unused-suppression (info) is below the fail level.
    assert code == 1 and report["failing_not_compared"] == 1
    assert report["introduced"] == []
    assert [(f["rule"], f["path"]) for f in report["fixed"]] == [("schema", "personas/ola.yaml")]
    assert [(f["side"], f["rule"], f["data_path"]) for f in report["not_compared_findings"]] == [
        ("after", "unused-suppression", "goals[0]"), ("after", "pseudo-profiling", "behaviours[1]"),
    ]


def test_findings_of_a_document_that_fits_on_both_sides_are_still_compared(repo):
    repo.write("personas/ola.yaml", OLA + VAGUE_LINE)
    repo.commit("a vague behaviour")
    # Another document breaks the format; ola's trait is made specific: fixed as usual.
    repo.write("personas/ola.yaml", OLA + "  - Biega z klubem Bieg Oliwski w każdą sobotę o 8:00\n")
    repo.write("personas/kamil.yaml", REVIEW_KAMIL + TYPO)
    code, report = review()
    assert [(f["rule"], f["path"]) for f in report["fixed"]] == [("pseudo-profiling", "personas/ola.yaml")]
    assert [(f["rule"], f["path"]) for f in report["introduced"]] == [("schema", "personas/kamil.yaml")]
    assert report["not_compared_findings"] == [] and code == 1


def test_a_copy_broken_by_the_change_does_not_take_the_other_copys_finding_with_it(repo):
    # Two personas given one id, each with the same vague trait; the copy that sorts first breaks.
    ola = OLA + VAGUE_LINE
    repo.write("personas/ola.yaml", ola)
    repo.write("personas/a-ola.yaml", ola.replace("name: Ola Nowak", "name: Ola Kowalska"))
    repo.commit("two copies")
    repo.write("personas/a-ola.yaml", ola.replace("name: Ola Nowak", "name: [Ola Kowalska"))
    code, report = review()
    assert code == 1
    assert [(f["rule"], f["path"]) for f in report["introduced"]] == [("yaml-syntax", "personas/a-ola.yaml")]
    # personas/ola.yaml did not change: its finding is not fixed; the broken copy's is not compared.
    assert report["fixed"] == []
    assert ("before", "pseudo-profiling", "personas/a-ola.yaml") in [
        (f["side"], f["rule"], f["path"]) for f in report["not_compared_findings"]
    ]
    assert "personas/ola.yaml" not in [f["path"] for f in report["not_compared_findings"] if f["rule"] == "pseudo-profiling"]


def test_a_trait_list_moved_whole_to_another_key_keeps_its_findings(repo):
    # `goals` renamed `motivations`, the list unchanged: one moved value in the diff, and the
    # vague trait in it is the same finding, as a single trait moved from goals would be.
    persona = OLA.replace("goals:\n  - Przebiec półmaraton w Gdyni poniżej 1:55 w marcu 2027  # cxkit: disable=pseudo-profiling\n",
                          "goals:\n" + VAGUE_LINE)
    repo.write("personas/ola.yaml", persona)
    repo.commit("a vague goal")
    repo.write("personas/ola.yaml", persona.replace("goals:\n", "motivations:\n"))
    lint = run_cli("lint", "--no-cache", "--format", "json")
    assert [f["rule"] for f in json.loads(lint.stdout) if f["path"] == "personas/ola.yaml"] == ["pseudo-profiling"]
    code, report = review()
    assert code == 0
    assert report["introduced"] == report["fixed"] == []
    assert [(c["op"], c["path"], c["old"]) for c in report["changes"]] == [("moved", "motivations", "goals")]


def test_a_persona_moved_with_a_new_id_keeps_its_findings_when_another_takes_its_file(repo):
    ola = OLA + VAGUE_LINE
    repo.write("personas/ola.yaml", ola)
    repo.commit("a vague behaviour")
    repo.git("mv", "personas/ola.yaml", "personas/ola-nowak.yaml")
    repo.write("personas/ola-nowak.yaml", ola.replace("id: ola-biegaczka", "id: ola-nowak"))
    repo.write("journeys/ola-kupuje-buty.yaml", JOURNEY.replace("persona: ola-biegaczka", "persona: ola-nowak"))
    # A new persona in the old file, nothing like Ola.
    repo.write("personas/ola.yaml", REVIEW_KAMIL.replace("kind: negative-persona", "kind: persona").replace(
        "id: kamil", "id: kamil-kupujacy").replace("reasons: [Kupuje tylko na Black Friday w Media Markt]\n",
                                                    "goals: [Kupić telewizor OLED 55 cali w Media Markt na Black Friday]\n"))
    code, report = review()
    assert report["fixed"] == []
    assert [(f["rule"], f["path"]) for f in report["introduced"] if f["rule"] == "pseudo-profiling"] == []
    assert code == 0, report["introduced"]
    moved = [c for c in report["changes"] if c["op"] == "moved" and c.get("moved") == "file"]
    assert [(c["document"], c["old_file"], c["new_file"]) for c in moved] == [
        ("ola-nowak", "personas/ola.yaml", "personas/ola-nowak.yaml"),
    ]


def test_a_broken_file_renamed_and_still_broken_introduces_and_fixes_nothing(repo):
    broken = OLA.replace("name: Ola Nowak", "name: [Ola Nowak")
    repo.write("personas/ola.yaml", broken)
    repo.commit("broken")
    repo.git("mv", "personas/ola.yaml", "personas/ola-biegaczka.yaml")
    code, report = review()
    assert code == 0
    assert report["introduced"] == report["fixed"] == []
    assert [(f["side"], f["path"]) for f in report["not_compared_files"]] == [
        ("before", "personas/ola.yaml"), ("after", "personas/ola-biegaczka.yaml"),
    ]


def test_a_broken_file_renamed_and_a_new_broken_file_with_another_id_are_two_files(repo):
    broken = OLA.replace("name: Ola Nowak", "name: [Ola Nowak")
    repo.write("personas/ola.yaml", broken)
    repo.commit("broken")
    repo.git("rm", "-q", "personas/ola.yaml")
    repo.write("personas/zosia.yaml", broken.replace("id: ola-biegaczka", "id: zosia"))
    code, report = review()
    assert code == 1
    assert [f["path"] for f in report["introduced"] if f["rule"] == "yaml-syntax"] == ["personas/zosia.yaml"]
    assert [f["path"] for f in report["fixed"] if f["rule"] == "yaml-syntax"] == ["personas/ola.yaml"]
