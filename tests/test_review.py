"""`cxkit review BASE`: the changes since BASE and the findings a branch introduces and fixes."""

from __future__ import annotations

import json
import re
import sys
import textwrap

import pytest

from conftest import JOURNEY_EN, JOURNEY_PL, PERSONA_EN, PERSONA_PL, run_cli
from test_diff_git import Repo

# Only the structural rules, so rules added later cannot change these outcomes.
CONFIG = 'select = ["read-error", "yaml-syntax", "schema", "duplicate-id", "unknown-persona", "unused-suppression"]\n'
BROKEN_EMOTION = JOURNEY_EN.replace("    emotion: 2\n", "    emotion: 5\n")


@pytest.fixture
def branch(tmp_path, monkeypatch) -> Repo:
    """`main` with two known problems; the `poprawki` branch checked out on top of it."""
    r = Repo(tmp_path / "persony")
    r.write("cxkit.toml", CONFIG)
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("journeys/tomek-kupuje.yaml", JOURNEY_PL.replace("persona: tomek-audiofil", "persona: tomek-audiofill"))
    r.write("personas/maya.yaml", PERSONA_EN)
    r.write("journeys/maya.yaml", BROKEN_EMOTION)
    r.commit("Persony i ścieżki")
    r.git("checkout", "-q", "-b", "poprawki")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def review_json(*args: str) -> tuple[int, dict]:
    result = run_cli("review", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def rules(items: list[dict]) -> list[str]:
    return sorted(f["rule"] for f in items)


def add_and_fix(r: Repo) -> None:
    """Fix the persona reference, copy a persona without changing its id, add a stage above the bad emotion."""
    r.git("mv", "personas/tomek.yaml", "personas/tomek-audiofil.yaml")
    r.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    r.write("personas/trail-runner.yaml", PERSONA_EN.replace("Maya Patel", "Maya Trail"))
    r.write(
        "journeys/maya.yaml",
        BROKEN_EMOTION.replace(
            "  - id: purchase\n",
            "  - id: consideration\n    name: Consideration\n    emotion: -1\n  - id: purchase\n",
        ),
    )


def test_a_branch_that_adds_and_fixes_findings(branch):
    add_and_fix(branch)
    code, report = review_json("main")
    assert code == 1
    assert report["failed"] is True
    # Both copies of the id: the one the branch added is reported in its own file.
    assert [(f["rule"], f["path"], f["data_path"]) for f in report["introduced"]] == [
        ("duplicate-id", "personas/maya.yaml", "id"), ("duplicate-id", "personas/trail-runner.yaml", "id"),
    ]
    assert rules(report["fixed"]) == ["unknown-persona"]
    assert report["fixed"][0]["document"] == "tomek-kupuje-sluchawki"
    assert report["fixed"][0]["data_path"] == "persona"
    # The bad emotion moved three lines down but is the same finding: neither new nor fixed.
    assert report["findings_before"] == 2 and report["findings_after"] == 3


def test_messages_that_name_another_file_name_it_as_the_user_sees_it(branch, monkeypatch):
    # Both sides are linted in temporary copies; a message naming the other file of a
    # duplicate id must name it from the user's folder, not from the copy.
    add_and_fix(branch)
    _code, report = review_json("main")
    introduced = {f["path"]: f for f in report["introduced"]}
    assert "also used by personas/maya.yaml:" in introduced["personas/trail-runner.yaml"]["message"]
    assert "also used by personas/trail-runner.yaml:" in introduced["personas/maya.yaml"]["message"]
    branch.commit("Kopia persony")
    branch.git("rm", "-q", "personas/trail-runner.yaml")
    monkeypatch.chdir(branch.root / "personas")
    _code, report = review_json("HEAD", ".")
    fixed = {f["path"]: f for f in report["fixed"]}
    assert sorted(fixed) == ["maya.yaml", "trail-runner.yaml"]
    assert "also used by maya.yaml:" in fixed["trail-runner.yaml"]["message"]
    assert "also used by trail-runner.yaml:" in fixed["maya.yaml"]["message"]
    markdown = run_cli("review", "HEAD", ".").stdout
    assert "cxkit-review-" not in markdown and "also used by maya.yaml:" in markdown


def test_review_from_a_folder_that_holds_no_document(branch, monkeypatch):
    branch.write("docs/README.md", "Persony zespołu\n")
    branch.commit("Opis")
    add_and_fix(branch)
    monkeypatch.chdir(branch.root / "docs")
    code, report = review_json("main", "..")
    assert code == 1
    assert [f["path"] for f in report["introduced"]] == ["../personas/maya.yaml", "../personas/trail-runner.yaml"]


def test_a_finding_that_only_moved_lines_is_matched_by_its_place_in_the_document(branch):
    add_and_fix(branch)
    _code, report = review_json("main")
    assert not any(f["rule"] == "schema" for f in report["introduced"] + report["fixed"])


def test_markdown_report_for_the_pull_request(branch):
    add_and_fix(branch)
    result = run_cli("review", "main")
    assert result.exit_code == 1
    md = result.stdout
    # The sides' commits follow their names (session 29): BASE's, and the working copy's with its edits.
    assert re.match(r"<!-- cxkit-review -->\n## cxkit review: `main` \([0-9a-f]{7}\) → working copy \([0-9a-f]{7} with "
                    r"uncommitted edits\)\n", md), md[:200]
    assert "**Lint:** 2 findings introduced (2 errors), 1 fixed; 2 before, 3 after." in md
    assert "**Result:** fails: 2 findings at `warning` level or above introduced." in md  # English and Polish documents: no `lang`, English
    introduced = md[md.index("### Findings introduced"):md.index("### Findings fixed")]
    assert "| error | `duplicate-id` CX003 | `personas/trail-runner.yaml:2:5` · `id` |" in introduced
    fixed = md[md.index("### Findings fixed"):md.index("### Changes")]
    assert "`unknown-persona` CX004 | `journeys/tomek-kupuje.yaml:5:10` · Persona |" in fixed  # named as the changes name places, counted from 1 (s36); JSON keeps data_path
    changes = md[md.index("### Changes"):]
    assert "#### `maya-replaces-shoes` · `journeys/maya.yaml`" in changes
    assert "- **added** 2. Consideration:" in changes
    assert "#### `tomek-kupuje-sluchawki` · `journeys/tomek-kupuje.yaml`" in changes
    assert "- **zmieniono** Persona: `tomek-audiofill` → `tomek-audiofil`" in changes
    assert "`personas/tomek.yaml` → `personas/tomek-audiofil.yaml` (przeniesiony)" in changes
    assert "#### `maya-runner` · `personas/trail-runner.yaml` (added)" in changes


def test_only_fixes_pass(branch):
    branch.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    code, report = review_json("main")
    assert code == 0
    assert report["introduced"] == [] and rules(report["fixed"]) == ["unknown-persona"]
    md = run_cli("review", "main").stdout
    assert "**Wynik:** zaliczony: brak nowych uwag na poziomie `warning` lub wyższym." in md
    assert "### Findings introduced" not in md


def test_fail_level_decides_the_exit_code(branch):
    # An unused suppression is an info finding.
    branch.write("personas/maya.yaml", PERSONA_EN.replace("name: Maya Patel", "name: Maya Patel  # cxkit: disable=schema"))
    code, report = review_json("main")
    assert code == 0 and rules(report["introduced"]) == ["unused-suppression"]
    assert review_json("main", "--fail-level", "info")[0] == 1
    add_and_fix(branch)
    assert review_json("main", "--fail-level", "never")[0] == 0
    assert review_json("main", "--fail-level", "error")[0] == 1


def test_broken_yaml_on_the_branch_is_an_introduced_finding_not_a_crash(branch):
    branch.write("personas/maya.yaml", "kind: persona\nid: maya-runner\nname: [Maya Patel\n")
    result = run_cli("review", "main")
    assert result.exception is None
    assert result.exit_code == 1
    assert "`yaml-syntax` CX001" in result.stdout
    assert "### Not compared" in result.stdout
    assert "`personas/maya.yaml:" in result.stdout.split("### Not compared")[1]


def test_paths_limit_the_review(branch):
    add_and_fix(branch)
    code, report = review_json("main", "journeys")
    # Without the personas the journeys' references cannot resolve on either side.
    assert {c["document"] for c in report["changes"]} == {"maya-replaces-shoes", "tomek-kupuje-sluchawki"}
    assert report["introduced"] == []
    assert code == 0


def test_unknown_base_exits_2(branch):
    result = run_cli("review", "origin/main")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "cxkit: unknown revision 'origin/main': this repository has no remote 'origin', nor any other (`git remote -v` "
        "lists none); compare with the local branch 'main': write 'main', or add the remote and fetch it "
        "(`git remote add origin URL`, then `git fetch origin`)")


def test_the_example_workflow_is_valid_and_posts_the_review():
    from pathlib import Path

    from cxkit.yamlio import load_text

    path = Path(__file__).resolve().parent.parent / "docs" / "github-actions-review.yml"
    loaded = load_text(path.read_text(encoding="utf-8"))
    assert loaded.problems == [] and isinstance(loaded.data, dict)
    workflow = loaded.data
    assert "pull_request" in workflow["on"]
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    checkout = next(s for s in steps if str(s.get("uses", "")).startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0
    script = "\n".join(str(s.get("run", "")) for s in steps)
    # The report goes outside the checkout (a `review.md` a pull request commits must not be posted), through -o:
    # no file on exit 2, never an empty one.
    assert 'cxkit review "origin/$BASE_REF"' in script and '-o "$RUNNER_TEMP/review.md"' in script
    assert "> \"$RUNNER_TEMP/review.md\"" not in script
    assert "gh pr comment" in script and '--body-file "$RUNNER_TEMP/review.md"' in script
    assert any("GITHUB_TOKEN" in json.dumps(s.get("env", {})) for s in steps)


def test_place_maps_positions_to_data_paths():
    from cxkit.diff.review import place
    from cxkit.yamlio import load_text

    text = textwrap.dedent(
        """\
        kind: journey
        id: maya-replaces-shoes
        stages:
          - id: awareness
            name: Awareness
          - name: Purchase
            emotion: 5
            barriers:
              - Sizes differ between brands
        """
    )
    loaded = load_text(text)
    assert place(loaded, 2, 1) == ("id", "id")
    assert place(loaded, 4, 5) == ("stages[awareness]", "stages[awareness]")
    assert place(loaded, 5, 7) == ("stages[awareness].name", "stages[awareness].name")
    assert place(loaded, 7, 16) == ("stages[1].emotion", "stages[Purchase].emotion")
    assert place(loaded, 9, 9) == ("stages[1].barriers[0]", 'stages[Purchase].barriers["Sizes differ between brands"]')


def test_a_path_that_exists_nowhere_exits_2(branch):
    result = run_cli("review", "main", "persony/")
    assert result.exit_code == 2
    assert "persony/: no such path in the working tree or in 'main'" in result.stderr


def test_a_git_ignored_draft_is_neither_compared_nor_linted(branch):
    # A local draft reusing Tomek's id: git ignores it, so the review must too (as the diff does).
    branch.write(".gitignore", "szkice/\n")
    branch.write("szkice/tomek-kopia.yaml", PERSONA_PL)
    code, report = review_json("main")
    assert report["introduced"] == []
    assert not any("szkice/" in f["path"] for f in report["introduced"] + report["fixed"])
    assert code == 0


def test_a_new_file_git_does_not_ignore_is_linted(branch):
    branch.write("szkice/tomek-kopia.yaml", PERSONA_PL)
    code, report = review_json("main")
    assert code == 1
    assert [(f["rule"], f["path"]) for f in report["introduced"]] == [
        ("duplicate-id", "personas/tomek.yaml"), ("duplicate-id", "szkice/tomek-kopia.yaml"),
    ]


def test_an_absolute_path_reviews_the_base_not_the_working_tree_twice(branch):
    add_and_fix(branch)
    code, report = review_json("main", str(branch.root / "personas"), str(branch.root / "journeys"))
    assert code == 1
    assert rules(report["introduced"]) == ["duplicate-id", "duplicate-id"]
    assert rules(report["fixed"]) == ["unknown-persona"]


def test_outside_a_repository_review_says_what_it_needs(tmp_path, monkeypatch):
    outside = tmp_path / "persony"
    outside.mkdir()
    monkeypatch.chdir(outside)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    result = run_cli("review", "main")
    assert result.exit_code == 2
    # The diff's advice (give two paths) means nothing to review.
    assert result.stderr == (
        "cxkit: not inside a git repository; cxkit review compares BASE with the working tree of a git repository\n"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="an escape character in a file name")
def test_findings_in_a_file_named_with_a_control_character_are_placed_on_both_sides(tmp_path, monkeypatch):
    r = Repo(tmp_path / "persony")
    r.write("cxkit.toml", 'select = ["placeholder"]\n')
    odd = "personas/ola\x1b[31m.yaml"
    r.write(odd, PERSONA_PL.replace("owner: zespół e-commerce", "owner: TODO"))
    r.commit("Persona")
    r.write(odd, PERSONA_PL.replace("gender: mężczyzna", "gender: TBD"))
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    _code, report = review_json("HEAD")
    # JSON names the real file (the escape character is a JSON escape, never sent to a terminal).
    assert [(f["path"], f["data_path"]) for f in report["fixed"]] == [(odd, "owner")]
    assert [(f["path"], f["data_path"]) for f in report["introduced"]] == [(odd, "demographics.gender")]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_committed_link_is_one_document_on_both_sides_as_lint_reads_it(branch):
    # A link kept for an old address of the persona: lint reads the file once, and so does review.
    (branch.root / "personas" / "tomek-stary-adres.yaml").symlink_to("tomek.yaml")
    (branch.root / "wspolne").mkdir()
    (branch.root / "wspolne" / "tomek.yaml").symlink_to("../personas/tomek.yaml")
    branch.commit("Stare adresy persony")
    lint = run_cli("lint", "--no-cache", "-f", "json")
    assert "duplicate-id" not in rules(json.loads(lint.stdout))
    _code, report = review_json("main")
    assert "duplicate-id" not in rules(report["introduced"])
    assert report["findings_before"] == report["findings_after"] == len(json.loads(lint.stdout))
    # A link added on the branch, to a persona already there, is no second document either.
    (branch.root / "personas" / "maya-alias.yaml").symlink_to("maya.yaml")
    _code, report = review_json("main")
    assert report["introduced"] == [] and report["findings_after"] == len(json.loads(lint.stdout))


def test_a_document_broken_on_the_branch_is_not_compared_not_removed(branch):
    # The reviewer is told its changes are not shown; the changes must not call it removed.
    branch.write("personas/maya.yaml", "kind: persona\nid: maya-runner\nname: [Maya Patel\n")
    code, report = review_json("main")
    assert code == 1
    assert [c for c in report["changes"] if c["document"] == "maya-runner"] == []
    assert any(p.startswith("personas/maya.yaml:") for p in report["not_compared"])
    md = run_cli("review", "main").stdout
    assert "Removed persona" not in md and "(removed)" not in md, md
    # Broken in BASE and mended on the branch: not "added" either.
    branch.commit("Zepsuta")
    branch.git("checkout", "-q", "-b", "naprawa")
    branch.write("personas/maya.yaml", PERSONA_EN)
    code, report = review_json("poprawki")
    assert [c for c in report["changes"] if c["document"] == "maya-runner"] == []


def test_a_pipe_in_a_data_path_or_file_name_keeps_the_findings_table_whole(branch):
    # GitHub splits a table row at every unescaped "|", inside `code` too.
    branch.write("personas/a|b.yaml", PERSONA_EN.replace("maya-runner", "maya-pipe") + '"klucz|zły": 1\n')
    md = run_cli("review", "main").stdout
    table = md[md.index("### Findings introduced"):md.index("### Changes")]
    rows = [line for line in table.splitlines() if line.startswith("| error |")]
    assert rows and all(len(re.split(r"(?<!\\)\|", row)) == 6 for row in rows), rows
    assert any('`personas/a\\|b.yaml:' in row and '· `klucz\\|zły`' in row for row in rows), rows


def test_a_document_whose_id_changed_keeps_its_findings_neither_new_nor_fixed(branch):
    # Renaming a journey's id is one change; its old emotion problem is the same problem, so
    # the pull request must not fail for "introducing" it.
    assert "id: maya-replaces-shoes\n" in BROKEN_EMOTION
    branch.write("journeys/maya.yaml", BROKEN_EMOTION.replace("id: maya-replaces-shoes\n", "id: maya-new-shoes\n"))
    code, report = review_json("main")
    assert (code, report["introduced"], report["fixed"]) == (0, [], [])
    assert [(c["document"], c["path"], c["old"], c["new"]) for c in report["changes"]] == [
        ("maya-new-shoes", "id", "maya-replaces-shoes", "maya-new-shoes"),
    ]


def test_a_finding_in_a_document_without_an_id_names_the_document_by_the_real_file_name(branch):
    name = "personas/szkic\x1b.yaml"
    branch.write(name, "kind: persona\nname: Szkic\n")
    _code, report = review_json("main")
    found = [f for f in report["introduced"] if f["path"] == name]
    assert found and all(f["document"] == name for f in found), report["introduced"]


def test_base_with_three_dots_reviews_only_what_the_branch_did(branch):
    # main moved on after the branch left it (a persona added there): against main's tip (`main..`)
    # the branch seems to remove it; against `main...` (where the branch left main) it does not,
    # nor against `main`, which is read so once main has moved on (tester8 M1).
    branch.git("checkout", "-q", "main")
    branch.write("personas/nowa.yaml", PERSONA_EN.replace("maya-runner", "maya-nowa"))
    branch.commit("Nowa persona na main")
    branch.git("checkout", "-q", "poprawki")
    branch.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    _code, tip = review_json("main..")
    assert any(c["document"] == "maya-nowa" and c["op"] == "removed" for c in tip["changes"])
    assert review_json("main") == review_json("main...")
    _code, report = review_json("main...")
    assert [c["document"] for c in report["changes"]] == ["tomek-kupuje-sluchawki"]
    assert report["base"] == "main..." and rules(report["fixed"]) == ["unknown-persona"]
    changes = run_cli("diff", "main...", "--format", "json")
    assert {c["document"] for c in json.loads(changes.stdout)} == {"tomek-kupuje-sluchawki"}


def test_base_with_three_dots_before_a_second_revision_is_where_that_revision_left_it(branch):
    # `cxkit diff main... poprawki` from main: what poprawki did since it left main, as `git diff
    # main...poprawki` reads it; not since HEAD (main's tip) left main, which undoes main's news.
    branch.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    branch.commit("Poprawka na gałęzi")
    branch.git("checkout", "-q", "main")
    branch.write("personas/nowa.yaml", PERSONA_EN.replace("maya-runner", "maya-nowa"))
    branch.commit("Nowa persona na main")
    changes = run_cli("diff", "main...", "poprawki", "--format", "json")
    assert changes.exit_code == 1, changes.stderr
    assert {c["document"] for c in json.loads(changes.stdout)} == {"tomek-kupuje-sluchawki"}


def test_base_with_three_dots_and_no_shared_history_says_so(branch):
    branch.git("checkout", "-q", "--orphan", "osobna")
    branch.commit("Historia od zera")
    for command in (("review", "main..."), ("diff", "main...")):
        result = run_cli(*command)
        assert result.exit_code == 2, result.stderr
        assert "'main' and the current branch share no history, so 'main...' has no merge base" in result.stderr
    assert "unknown revision 'nie-ma'" in run_cli("review", "nie-ma...").stderr  # the name, not the range (R2-5)


def test_a_review_too_big_for_a_comment_is_cut_at_a_change_and_says_so(branch):
    # GitHub refuses a comment of over 65,536 characters, and `gh pr comment` fails the job.
    long = "Klient porównuje modele słuchawek w wielu sklepach, czyta recenzje i pyta znajomych " * 3
    for n in range(150):
        branch.write(f"personas/p{n:03}.yaml", PERSONA_EN.replace("maya-runner", f"maya-{n:03}"))
    branch.commit("Wiele person")
    branch.git("checkout", "-q", "-b", "duzo")
    for n in range(150):
        edited = PERSONA_EN.replace("maya-runner", f"maya-{n:03}").replace("name: Maya Patel", f"name: Maya {n} {long}")
        branch.write(f"personas/p{n:03}.yaml", edited + f"x-notes: [{long.strip()}, {long.strip()} 2]\n")
    result = run_cli("review", "poprawki")
    md = result.stdout
    assert len(md) < 65536, len(md)
    assert "### Findings" not in md or md.index("### Findings") < md.index("### Changes")
    tail = md.rstrip("\n").splitlines()[-1]
    assert re.fullmatch(r"_\d+ more changes not shown, to keep this comment within GitHub's size limit; "
                        r"`cxkit diff poprawki` shows them all\._", tail), tail
    assert md.count("```") % 2 == 0  # no YAML block left open
    lines = md.splitlines()
    last = max(i for i, line in enumerate(lines) if line.startswith("#### "))
    assert any(line.startswith("- **") for line in lines[last:]), lines[last:]  # no heading left bare
    _code, report = review_json("poprawki")
    assert len(report["changes"]) == 300  # JSON keeps every change


def test_a_review_with_too_many_findings_for_a_comment_cuts_the_tables_and_says_so(branch):
    # Hundreds of new schema errors: the findings tables alone would outgrow GitHub's comment limit.
    unknown = "".join(f"ulubiona_marka_{k}: Asics\n" for k in range(4))
    for n in range(160):
        branch.write(f"personas/v{n:03}.yaml", PERSONA_EN.replace("maya-runner", f"maya-{n:03}") + unknown)
    result = run_cli("review", "main")
    md = result.stdout
    assert result.exit_code == 1 and len(md) < 65536, len(md)
    introduced = md[md.index("### Findings introduced"):md.index("### Changes")]
    note = re.search(r"_(\d+) more findings not shown, to keep this comment within GitHub's size limit; "
                     r"`cxkit review main -f json` lists them all\._", introduced)
    assert note is not None, introduced[-400:]
    rows = [line for line in introduced.splitlines() if line.startswith("| ") and not line.startswith("| Severity")]
    _code, report = review_json("main")
    assert len(rows) + int(note.group(1)) == len(report["introduced"])  # every finding is shown or counted
    assert "### Changes" in md  # the changes still have their section


def test_a_cut_review_counts_hidden_removed_documents_and_leaves_no_bare_heading(branch):
    long = "Klient porównuje modele słuchawek w wielu sklepach, czyta recenzje i pyta znajomych " * 4
    for n in range(150):
        branch.write(f"personas/p{n:03}.yaml", PERSONA_EN.replace("maya-runner", f"maya-{n:03}").replace(
            "name: Maya Patel", f"name: Maya {n} {long.strip()}"))
    branch.commit("Wiele person")
    branch.git("checkout", "-q", "-b", "porzadki")
    branch.git("rm", "-q", "personas/p*.yaml")
    md = run_cli("review", "poprawki").stdout
    assert len(md) < 65536, len(md)
    lines = md.rstrip("\n").splitlines()
    note = re.fullmatch(r"_(\d+) more changes not shown, .*", lines[-1])
    assert note is not None, lines[-3:]
    shown = sum(1 for line in lines if line.startswith("#### ") and "(removed)" in line)
    assert shown + int(note.group(1)) == 150, (shown, note.group(1))
    # The last document shown has what belongs to it.
    last = max(i for i, line in enumerate(lines) if line.startswith("#### "))
    assert any(line.startswith("Removed persona") for line in lines[last:]), lines[last:]
