"""`cxkit diff REV [REV2] [-- PATHS]` and cxkit as git's diff driver, in real temporary repositories."""

from __future__ import annotations

import io
import json
import os
import re
import shlex
import sys

import pytest

from conftest import JOURNEY_EN, JOURNEY_PL, PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    """Two commits: a Polish workspace, then an edit; run from the repository root."""
    r = Repo(tmp_path / "persony")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.commit("Persony i ścieżka zakupu")
    r.write("journeys/tomek-kupuje.yaml", JOURNEY_PL.replace("    emotion: -1\n", "    emotion: -2\n"))
    r.commit("Rozważanie boli bardziej")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def changes_of(*args: str) -> tuple[int, list[dict]]:
    result = run_cli("diff", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, (json.loads(result.stdout) if result.stdout.strip() else [])


# --- revisions ----------------------------------------------------------------------------------


def test_revision_against_the_working_tree(repo):
    repo.write("personas/maya.yaml", PERSONA_EN.replace("  age: \"30-40\"\n", "  age: \"35-45\"\n"))
    code, changes = changes_of("HEAD")
    assert code == 1
    assert [(c["document"], c["op"], c["path"]) for c in changes] == [("maya-runner", "changed", "demographics.age")]
    assert changes[0]["file"] == "personas/maya.yaml"


def test_revision_against_the_working_tree_includes_new_untracked_documents(repo):
    repo.write("personas/maya-2.yaml", PERSONA_EN.replace("id: maya-runner", "id: maya-trail").replace("Maya Patel", "Maya Trail"))
    repo.write("build/persona.yaml", PERSONA_EN.replace("id: maya-runner", "id: maya-build"))
    repo.write(".gitignore", "build/\n")
    code, changes = changes_of("HEAD")
    assert code == 1
    assert [(c["document"], c["op"]) for c in changes] == [("maya-trail", "added")]


def test_two_revisions(repo):
    repo.write("personas/maya.yaml", "this: [is not, committed\n")
    code, changes = changes_of("HEAD~1", "HEAD")
    assert code == 1
    assert changes == [
        {
            "op": "changed", "document": "tomek-kupuje-sluchawki", "file": "journeys/tomek-kupuje.yaml",
            "path": "stages[rozwazanie].emotion", "old": -1, "new": -2, "kind": "journey",
        }
    ]


def test_same_revision_twice_is_no_difference(repo):
    assert changes_of("HEAD", "HEAD") == (0, [])


def test_paths_limit_the_comparison(repo):
    repo.write("personas/tomek.yaml", PERSONA_PL.replace("  age: 34\n", "  age: 35\n"))
    code, changes = changes_of("HEAD~1", "--", "personas")
    assert code == 1
    assert {c["document"] for c in changes} == {"tomek-audiofil"}
    code, changes = changes_of("HEAD~1", "HEAD", "--", "personas")
    assert (code, changes) == (0, [])
    code, changes = changes_of("HEAD~1", "HEAD", "journeys/tomek-kupuje.yaml")
    assert code == 1 and [c["path"] for c in changes] == ["stages[rozwazanie].emotion"]


def test_a_renamed_file_is_one_moved_document_across_revisions(repo):
    repo.git("mv", "personas/tomek.yaml", "personas/tomek-audiofil.yaml")
    repo.write("personas/tomek-audiofil.yaml", PERSONA_PL.replace("owner: zespół e-commerce", "owner: zespół badań"))
    repo.commit("Nazwa pliku jak id")
    code, changes = changes_of("HEAD~1", "HEAD")
    assert code == 1
    assert [(c["op"], c["path"], c["old"], c["new"]) for c in changes] == [
        ("moved", "", "personas/tomek.yaml", "personas/tomek-audiofil.yaml"),
        ("changed", "owner", "zespół e-commerce", "zespół badań"),
    ]


def test_deleted_document_in_the_working_tree(repo):
    (repo.root / "personas/maya.yaml").unlink()
    code, changes = changes_of("HEAD")
    assert code == 1
    assert [(c["document"], c["op"], c["path"]) for c in changes] == [("maya-runner", "removed", "")]


def test_from_a_subfolder_paths_are_relative_to_it(repo, monkeypatch):
    repo.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    monkeypatch.chdir(repo.root / "journeys")
    code, changes = changes_of("HEAD")
    assert code == 1
    assert [(c["file"], c["path"]) for c in changes] == [("tomek-kupuje.yaml", "stages[rozwazanie].emotion")]


def test_bad_revision_exits_2(repo):
    result = run_cli("diff", "no-such-branch")
    assert result.exit_code == 2
    assert result.stderr.strip() == "cxkit: no such file or revision: no-such-branch"
    assert result.exception is None


def test_invalid_yaml_in_a_revision_names_the_revision(repo):
    repo.write("personas/maya.yaml", "kind: persona\nid: maya-runner\nname: [Maya\n")
    repo.commit("Zepsuty plik")
    result = run_cli("diff", "HEAD~1", "HEAD")
    assert result.exit_code == 1  # the other documents are compared; maya is "not compared"
    assert result.stderr.startswith("HEAD:personas/maya.yaml:")
    assert "error CX001" in result.stderr and "[yaml-syntax]" in result.stderr


def test_outside_a_repository_a_non_path_is_explained(tmp_path, monkeypatch):
    outside = tmp_path / "outside"
    outside.mkdir()
    monkeypatch.chdir(outside)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    result = run_cli("diff", "HEAD")
    assert result.exit_code == 2
    assert "not inside a git repository" in result.stderr


# --- the git diff driver ------------------------------------------------------------------------


def driver_command() -> str:
    return f"{shlex.quote(sys.executable)} -m cxkit diff --git-driver"


@pytest.fixture
def driver_repo(repo) -> Repo:
    repo.write(".gitattributes", "personas/*.yaml diff=cxkit\njourneys/*.yaml diff=cxkit\n")
    repo.git("config", "diff.cxkit.command", driver_command())
    repo.commit("cxkit jako sterownik diffa")
    return repo


def test_git_diff_shows_the_semantic_diff(driver_repo):
    driver_repo.write(
        "journeys/tomek-kupuje.yaml",
        JOURNEY_PL.replace("    emotion: -1\n", "    emotion: -2\n").replace("    emotion: 0\n", "    emotion: 1\n"),
    )
    proc = driver_repo.git("diff")
    out = proc.stdout
    assert "cxkit diff a/journeys/tomek-kupuje.yaml b/journeys/tomek-kupuje.yaml" in out
    assert "  ~ 3. Decyzja › Emocje: 0 (neutralnie) → +1 (dobrze)" in out
    assert "@@" not in out, "no line hunks: the driver replaced git's own diff"


@pytest.mark.parametrize(
    ("pager", "settings", "coloured"),
    [
        (True, (), True),
        (True, ("-c", "color.diff=never"), False),
        (True, ("-c", "diff.color=never"), False),  # the old name git still reads
        (True, ("-c", "color.ui=never"), False),
        (True, ("-c", "color.ui=never", "-c", "color.diff=auto"), True),  # color.diff wins over color.ui
        (True, ("-c", "color.pager=false"), False),
        (True, ("-c", "pager.color=false"), False),
        (True, ("-c", "color.pager=00"), False),  # numbers are booleans to git
        (True, ("-c", "color.diff=00"), False),
        (True, ("-c", "color.diff=2"), True),
        (True, ("-c", "color.diff=always", "-c", "color.pager=false"), True),
        (False, (), False),  # `git diff | less`: no terminal, no pager of git's
        (False, ("-c", "color.diff=always"), True),
        (False, ("-c", "color.ui=ALWAYS"), True),
        (True, ("TERM=",), False),  # no TERM is a dumb terminal to git
        (True, ("TERM=dumb",), False),
    ],
)
def test_the_driver_colours_as_git_colours_its_own_diff(driver_repo, pager, settings, coloured):
    # `git diff` on a terminal: the output goes through a pager, so it is no terminal, yet git colours
    # it as its settings say. git passes an external diff no --color; the driver reads them itself.
    driver_repo.env.pop("NO_COLOR")
    driver_repo.env["TERM"] = "xterm-256color"
    if settings and settings[0].startswith("TERM="):
        term = settings[0].partition("=")[2]
        if term:
            driver_repo.env["TERM"] = term
        else:
            del driver_repo.env["TERM"]
        settings = ()
    if pager:
        # git starts a pager only for a terminal, and then tells its children so: as it does here.
        driver_repo.env["GIT_PAGER_IN_USE"] = "true"
    driver_repo.write("personas/maya.yaml", PERSONA_EN.replace("name: Maya", "name: Maja"))
    out = driver_repo.git(*settings, "diff").stdout
    assert "cxkit diff a/personas/maya.yaml b/personas/maya.yaml" in out
    assert ("\x1b[" in out) is coloured, out
    # git's own line diff of a file without the driver agrees (the driver follows git, not its own idea).
    driver_repo.write("notes.txt", "jedna linia\n")
    driver_repo.git("add", "-N", "notes.txt")
    own = driver_repo.git(*settings, "diff", "--", "notes.txt").stdout
    assert ("\x1b[" in own) is coloured, own
    driver_repo.env["NO_COLOR"] = "1"
    assert "\x1b[" not in driver_repo.git(*settings, "diff", "--", "personas").stdout


def test_text_without_colour_on_a_terminal_writes_no_escape_at_all(monkeypatch):
    # git's color.diff=never, or NO_COLOR, in driver mode on a terminal: not even bold or dim, as git's own diff.
    import io

    from cxkit.diff.formats import render_text
    from cxkit.diff.model import DiffResult

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("NO_COLOR", "1")
    screen = Terminal()
    render_text(DiffResult([]), screen, color=False, header="cxkit diff a/personas/maya.yaml b/personas/maya.yaml")
    assert screen.getvalue().startswith("cxkit diff a/personas/maya.yaml b/personas/maya.yaml\n")
    assert "\x1b" not in screen.getvalue()
    monkeypatch.delenv("NO_COLOR")
    coloured = Terminal()
    render_text(DiffResult([]), coloured, color=True, header="cxkit diff a/x b/x")
    assert "\x1b[1m" in coloured.getvalue()  # the header is bold when colour is on


def test_git_diff_of_a_reformatted_file_says_there_is_no_semantic_change(driver_repo):
    driver_repo.write("personas/maya.yaml", "# Opis: biegaczka\n" + PERSONA_EN.replace("lang: en\n", "lang: 'en'\n"))
    out = driver_repo.git("diff").stdout
    assert "cxkit diff a/personas/maya.yaml b/personas/maya.yaml" in out
    assert "No semantic differences." in out


def test_git_log_shows_semantic_diffs_of_history(driver_repo):
    driver_repo.git("mv", "personas/tomek.yaml", "personas/tomek-audiofil.yaml")
    driver_repo.write("personas/tomek-audiofil.yaml", PERSONA_PL.replace("  - Zwrot bez pytań w ciągu 30 dni\n", "  - Zwrot bez pytań w ciągu 60 dni\n"))
    driver_repo.write("personas/nowa.yaml", PERSONA_EN.replace("maya-runner", "maya-trail"))
    driver_repo.commit("Zwroty i nowa persona")
    out = driver_repo.git("log", "-p", "--ext-diff", "-M", "-1").stdout
    assert "Zwroty i nowa persona" in out
    assert "tomek-audiofil  personas/tomek.yaml → personas/tomek-audiofil.yaml (przeniesiony)" in out
    assert "  ~ Oczekiwania #1: Zwrot bez pytań w ciągu [-30-]{+60+} dni" in out
    assert "cxkit diff a/personas/nowa.yaml b/personas/nowa.yaml" in out
    assert '+ maya-trail  personas/nowa.yaml  new persona "Maya Patel"' in out
    older = driver_repo.git("log", "-p", "--ext-diff", "-1", "HEAD~2").stdout
    assert "  ~ 2. Rozważanie (rozwazanie) › Emocje: -1 (źle) → -2 (bardzo źle)" in older


def test_git_diff_of_a_deleted_document_reads_dev_null(driver_repo):
    driver_repo.git("rm", "-q", "personas/maya.yaml")
    out = driver_repo.git("diff", "--cached").stdout
    assert "- maya-runner  personas/maya.yaml  removed persona \"Maya Patel\"" in out


def test_driver_falls_back_to_a_line_diff_for_broken_yaml_and_never_stops_git(driver_repo):
    driver_repo.write("personas/maya.yaml", PERSONA_EN.replace("name: Maya Patel", "name: [Maya Patel"))
    proc = driver_repo.git("diff", check=False)
    assert proc.returncode == 0, proc.stderr
    assert "cxkit: cannot compare semantically: personas/maya.yaml:" in proc.stdout
    assert "-name: Maya Patel" in proc.stdout and "+name: [Maya Patel" in proc.stdout


def test_driver_line_diff_marks_a_last_line_without_a_line_break(driver_repo):
    # Half-way through an edit: broken YAML, and the editor has not written the final newline yet.
    driver_repo.write("personas/maya.yaml", PERSONA_EN.rstrip("\n") + "\nx-notes: [unfinished")
    proc = driver_repo.git("diff", check=False)
    assert proc.returncode == 0, proc.stderr
    assert "\n+x-notes: [unfinished\n\\ No newline at end of file\n" in proc.stdout


def test_driver_arguments_are_recognised_without_the_flag(tmp_path, write, monkeypatch):
    write("old.yaml", PERSONA_EN)
    write("new.yaml", PERSONA_EN.replace("Leeds", "York"))
    monkeypatch.chdir(tmp_path)
    hex_old, hex_new = "1" * 40, "2" * 40
    result = run_cli("diff", "personas/maya.yaml", "old.yaml", hex_old, "100644", "new.yaml", hex_new, "100644")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:3] == [
        "cxkit diff a/personas/maya.yaml b/personas/maya.yaml",
        "maya-runner  personas/maya.yaml",
        "  ~ Demographics › Location: Leeds → York",
    ]


def test_driver_for_an_unmerged_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "--git-driver", "personas/maya.yaml")
    assert (result.exit_code, result.stdout) == (0, "* Unmerged path personas/maya.yaml\n")


def test_colour_in_the_terminal_and_plain_markers_without_it(monkeypatch):
    from cxkit.diff.compare import compare_pair
    from cxkit.diff.formats import render_text
    from cxkit.diff.model import DiffResult, Doc

    old = Doc("personas/maya.yaml", {"id": "maya-runner", "summary": "A nurse who runs 30 km a week."})
    new = Doc("personas/maya.yaml", {"id": "maya-runner", "summary": "A nurse who runs 40 km a week."})
    result = DiffResult([compare_pair(old, new)])
    monkeypatch.delenv("NO_COLOR", raising=False)
    colored = io.StringIO()
    render_text(result, colored, color=True)
    # The markers stay in colour (tester9 A3): which words went and which came is not colour alone.
    assert "\x1b[" in colored.getvalue() and re.sub(r"\x1b\[[0-9;]*m", "", colored.getvalue()).count("[-30-]{+40+}") == 1
    plain = io.StringIO()
    render_text(result, plain, color=False)
    assert "\x1b[" not in plain.getvalue() and "[-30-]{+40+}" in plain.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    honoured = io.StringIO()
    render_text(result, honoured, color=True)
    assert "[-30-]{+40+}" in honoured.getvalue()
    assert not re.search(r"\x1b\[[0-9;]*3[0-7]m", honoured.getvalue()), "no colour codes under NO_COLOR"


def test_config_exclude_applies_to_revisions_as_to_folders(repo):
    repo.write("cxkit.toml", 'exclude = ["drafts"]\n')
    repo.write("drafts/maya-szkic.yaml", PERSONA_EN.replace("maya-runner", "maya-draft"))
    repo.commit("Szkic")
    repo.write("drafts/maya-szkic.yaml", PERSONA_EN.replace("maya-runner", "maya-draft").replace("Leeds", "York"))
    assert changes_of("HEAD") == (0, [])
    repo.write("cxkit.toml", "")
    # HEAD is read with its own configuration: the draft its `exclude` left out joined the workspace now,
    # and what was edited in it since HEAD is shown.
    code, changes = changes_of("HEAD")
    assert code == 1 and [(c["document"], c["op"], c["path"]) for c in changes] == [
        ("maya-draft", "joined", ""), ("maya-draft", "changed", "demographics.location")]
    repo.git("add", "cxkit.toml")
    repo.git("commit", "-q", "-m", "Bez wykluczeń")
    code, changes = changes_of("HEAD")
    assert code == 1 and [(c["document"], c["path"]) for c in changes] == [("maya-draft", "demographics.location")]


# --- names, links and paths as git holds them -----------------------------------------------------

ESC_NAME = "personas/e\x1b[31mx.yaml"


def test_a_committed_name_with_control_characters_is_unchanged_and_shown_escaped(repo):
    repo.write(ESC_NAME, PERSONA_PL.replace("tomek-audiofil", "tomek-kolor"))
    repo.commit("Plik z sekwencją sterującą w nazwie")
    result = run_cli("diff", "HEAD")
    assert (result.exit_code, result.stdout.strip()) == (0, "No semantic differences."), result.stdout
    repo.write(ESC_NAME, PERSONA_PL.replace("tomek-audiofil", "tomek-kolor").replace("  age: 34\n", "  age: 35\n"))
    for fmt in ("text", "markdown"):
        result = run_cli("diff", "-f", fmt, "HEAD")
        assert result.exit_code == 1 and result.exception is None
        assert "\x1b" not in result.stdout
        assert "personas/e\\x1b[31mx.yaml" in result.stdout and "przeniesiony" not in result.stdout
    as_json = run_cli("diff", "-f", "json", "HEAD").stdout
    assert "\x1b" not in as_json  # the real name, as a JSON escape
    assert [(c["document"], c["path"], c["file"]) for c in json.loads(as_json)] == [
        ("tomek-kolor", "demographics.age", ESC_NAME)
    ]
    review = run_cli("review", "HEAD")
    assert "\x1b" not in review.stdout and "personas/e\\x1b[31mx.yaml" in review.stdout
    assert "renamed" not in review.stdout


def test_the_driver_shows_a_name_with_control_characters_escaped(driver_repo):
    driver_repo.write(ESC_NAME, PERSONA_PL.replace("tomek-audiofil", "tomek-kolor"))
    driver_repo.commit("Plik z sekwencją sterującą w nazwie")
    driver_repo.write(ESC_NAME, PERSONA_PL.replace("tomek-audiofil", "tomek-kolor").replace("  age: 34\n", "  age: 35\n"))
    out = driver_repo.git("diff").stdout
    assert "\x1b" not in out
    assert "cxkit diff a/personas/e\\x1b[31mx.yaml b/personas/e\\x1b[31mx.yaml" in out
    assert "tomek-kolor  personas/e\\x1b[31mx.yaml" in out
    unmerged = run_cli("diff", "--git-driver", ESC_NAME)
    assert (unmerged.exit_code, unmerged.stdout) == (0, "* Unmerged path personas/e\\x1b[31mx.yaml\n")


def test_the_driver_line_diff_shows_control_characters_instead_of_obeying_them(driver_repo):
    # Raw escape bytes are not valid YAML, so the driver falls back to a line diff of the text.
    driver_repo.write("personas/maya.yaml", PERSONA_EN.replace("name: Maya Patel", "name: Maya \x1b[2J\x1b]0;pwned\x07"))
    proc = driver_repo.git("diff", check=False)
    assert proc.returncode == 0, proc.stderr
    assert "cxkit: showing a line diff instead" in proc.stdout
    assert "\x1b" not in proc.stdout and "\x07" not in proc.stdout
    assert "+name: Maya \\x1b[2J\\x1b]0;pwned\\x07\n" in proc.stdout


def test_an_external_diff_of_a_binary_file_says_so_instead_of_dumping_it(repo):
    (repo.root / "personas/zdjecie.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    repo.commit("Zdjęcie persony")
    (repo.root / "personas/zdjecie.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x1b[2J\x1b]0;pwned\x07")
    repo.env["GIT_EXTERNAL_DIFF"] = f"{shlex.quote(sys.executable)} -m cxkit diff"
    proc = repo.git("diff", check=False)
    assert proc.returncode == 0, proc.stderr
    assert "Binary files a/personas/zdjecie.yaml and b/personas/zdjecie.yaml differ" in proc.stdout
    assert "\x1b" not in proc.stdout and "\x07" not in proc.stdout and "\x00" not in proc.stdout


@pytest.fixture
def feature_repo(repo) -> Repo:
    """A folder `feature` in HEAD, gone from the working tree, and a branch of the same name."""
    repo.write("feature/maya-trail.yaml", PERSONA_EN.replace("maya-runner", "maya-trail"))
    repo.commit("Persona do gałęzi feature")
    repo.git("branch", "feature")
    repo.git("rm", "-rq", "feature")
    return repo


def test_a_path_that_is_also_a_branch_name_is_taken_as_a_path(feature_repo):
    for args in (("HEAD", "--", "feature"), ("HEAD", "feature"), ("HEAD", "--", "feature/")):
        code, changes = changes_of(*args)
        assert code == 1, args
        assert [(c["document"], c["op"], c["file"]) for c in changes] == [
            ("maya-trail", "removed", "feature/maya-trail.yaml")
        ], args


def test_an_argument_after_dashes_is_never_a_second_revision(feature_repo):
    from typer.testing import CliRunner

    from cxkit.cli import app

    feature_repo.git("commit", "-qm", "Bez folderu feature")
    runner = CliRunner()
    # `feature` is no path of either side, but a branch: after `--` it is still a path.
    result = runner.invoke(app, ["diff", "-f", "json", "HEAD", "--", "feature"])
    assert result.exit_code == 2, result.stdout
    assert "feature: no such path in the working tree or in 'HEAD'" in result.stderr
    result = runner.invoke(app, ["diff", "-f", "json", "HEAD", "feature"])
    assert result.exit_code == 1 and [c["op"] for c in json.loads(result.stdout)] == ["added"]
    result = runner.invoke(app, ["diff", "-f", "json", "HEAD", "feature", "--", "personas"])
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


def test_arguments_after_dashes_are_paths_for_diff_from_args(feature_repo):
    from cxkit.config import load_config
    from cxkit.diff.compare import Options
    from cxkit.diff.run import diff_from_args
    from cxkit.workspace import UsageError

    feature_repo.git("commit", "-qm", "Bez folderu feature")
    config = load_config(None)
    assert diff_from_args(["HEAD", "feature"], Options(), config).result
    with pytest.raises(UsageError, match="feature: no such path"):
        diff_from_args(["HEAD", "feature"], Options(), config, after_dashes=1)


symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links")


@symlinks
def test_a_committed_link_is_the_file_it_points_to_on_both_sides(repo):
    os.symlink("maya.yaml", repo.root / "personas/maya-alias.yaml")
    os.symlink("maya-alias.yaml", repo.root / "personas/maya-alias-2.yaml")
    os.symlink("personas", repo.root / "persony")
    os.symlink("../persony/maya.yaml", repo.root / "journeys/maya-przez-folder.yaml")
    repo.commit("Dowiązania")
    assert changes_of("HEAD") == (0, [])
    assert changes_of("HEAD", "--", "personas/maya-alias-2.yaml") == (0, [])
    review = run_cli("review", "HEAD", "-f", "json")
    report = json.loads(review.stdout)
    assert (review.exit_code, report["introduced"], report["fixed"], report["changes"]) == (0, [], [], [])
    # An edit of the target shows through every link to it, on both sides alike.
    repo.write("personas/maya.yaml", PERSONA_EN.replace("Leeds", "York"))
    code, changes = changes_of("HEAD")
    assert code == 1
    assert sorted((c["file"], c["path"]) for c in changes) == [
        ("journeys/maya-przez-folder.yaml", "demographics.location"),
        ("personas/maya-alias-2.yaml", "demographics.location"),
        ("personas/maya-alias.yaml", "demographics.location"),
        ("personas/maya.yaml", "demographics.location"),
    ]


@symlinks
def test_a_committed_link_out_of_the_repository_or_to_nothing_is_left_out(repo, tmp_path):
    (tmp_path / "wspolne.yaml").write_text(PERSONA_EN.replace("maya-runner", "maya-shared"), encoding="utf-8")
    os.symlink("../../wspolne.yaml", repo.root / "personas/wspolna.yaml")
    os.symlink(str(tmp_path / "wspolne.yaml"), repo.root / "personas/wspolna-abs.yaml")
    os.symlink("nie-ma.yaml", repo.root / "personas/zgubiona.yaml")
    os.symlink("petla.yaml", repo.root / "personas/petla.yaml")
    os.symlink("../personas", repo.root / "journeys/persony")
    repo.commit("Dowiązania poza repozytorium i donikąd")
    assert changes_of("HEAD") == (0, [])
    assert changes_of("HEAD~1") == (0, [])
    review = json.loads(run_cli("review", "HEAD", "-f", "json").stdout)
    assert (review["introduced"], review["fixed"]) == ([], [])


def test_a_named_hidden_excluded_or_ignored_file_is_compared(repo):
    repo.write("cxkit.toml", 'exclude = ["archiwum"]\n')
    repo.write("archiwum/maya-2024.yaml", PERSONA_EN.replace("maya-runner", "maya-2024"))
    repo.write(".szkice/tomek.yaml", PERSONA_PL.replace("tomek-audiofil", "tomek-szkic"))
    repo.write(".gitignore", "robocze/\n")
    repo.commit("Archiwum i szkice")
    repo.write("archiwum/maya-2024.yaml", PERSONA_EN.replace("maya-runner", "maya-2024").replace("Leeds", "York"))
    repo.write(".szkice/tomek.yaml", PERSONA_PL.replace("tomek-audiofil", "tomek-szkic").replace("  age: 34\n", "  age: 35\n"))
    repo.write("robocze/ola.yaml", PERSONA_PL.replace("tomek-audiofil", "ola-robocza"))
    assert changes_of("HEAD") == (0, []), "a scan still skips them"
    for args, expected in (
        (("HEAD", "--", "archiwum/maya-2024.yaml"), [("maya-2024", "changed", "demographics.location")]),
        (("HEAD", "--", "./.szkice/tomek.yaml"), [("tomek-szkic", "changed", "demographics.age")]),
        (("HEAD", "--", ".szkice"), [("tomek-szkic", "changed", "demographics.age")]),
        (("HEAD", "--", "robocze/ola.yaml"), [("ola-robocza", "added", "")]),
    ):
        code, changes = changes_of(*args)
        assert code == 1, args
        assert [(c["document"], c["op"], c["path"]) for c in changes] == expected, args
    review = json.loads(run_cli("review", "HEAD", "archiwum/maya-2024.yaml", "-f", "json").stdout)
    assert [(c["document"], c["path"]) for c in review["changes"]] == [("maya-2024", "demographics.location")]


@symlinks
def test_the_driver_shows_a_link_retargeted_as_a_link_not_as_a_document(driver_repo):
    # git hands the driver what a link points to ("maya.yaml"), which is no persona: a
    # "(document): maya.yaml → tomek.yaml" change would say the file's content changed.
    os.symlink("maya.yaml", driver_repo.root / "personas/ulubiona.yaml")
    driver_repo.commit("Ulubiona persona")
    os.remove(driver_repo.root / "personas/ulubiona.yaml")
    os.symlink("tomek.yaml", driver_repo.root / "personas/ulubiona.yaml")
    proc = driver_repo.git("diff", check=False)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "(document)" not in out
    assert "cxkit: personas/ulubiona.yaml is a symbolic link on one side or both, not a document" in out
    assert "\n-maya.yaml\n" in out and "\n+tomek.yaml\n" in out


def test_the_driver_does_not_line_diff_the_read_part_of_a_file_over_the_size_cap(tmp_path, monkeypatch):
    # Only the first 4 MiB are read: a line diff of them showed nothing for a change at the end.
    from cxkit.limits import MAX_FILE_BYTES

    body = PERSONA_PL + "x-notatki:\n" + "".join(f"  - notatka {i} z badania\n" for i in range(MAX_FILE_BYTES // 20))
    assert len(body.encode()) > MAX_FILE_BYTES
    (tmp_path / "old.yaml").write_text(body, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(body + "  - ostatnia, nowa notatka\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "--git-driver", "personas/tomek.yaml", "old.yaml", "1" * 40, "100644", "new.yaml", "2" * 40, "100644")
    assert result.exception is None and result.exit_code == 0
    out = result.stdout
    assert "over cxkit's 4 MiB limit" in out
    assert "showing a line diff instead" not in out and "@@" not in out
    assert out.endswith("cxkit: too large for a line diff here; `git diff --no-ext-diff` shows the change\n")


def test_three_files_in_a_repository_are_not_an_unknown_revision(repo):
    # `cxkit diff old.yaml new.yaml other.yaml`: the first is a file the user can see, so
    # "unknown revision 'personas/maya.yaml'" would send them looking for a branch. Since session 25
    # they are paths, as `git diff a b c` takes them: the working tree against what is staged.
    result = run_cli("diff", "personas/maya.yaml", "personas/tomek.yaml", "journeys/tomek-kupuje.yaml")
    assert result.exception is None and result.exit_code == 0
    assert result.stdout == "No semantic differences.\n" and "unknown revision" not in result.stderr


def test_a_path_written_through_the_parent_folder_is_read_once(repo, monkeypatch):
    # From personas/, `../personas/maya.yaml` is maya.yaml: read twice it came out as an
    # "added" copy of an unchanged persona.
    monkeypatch.chdir(repo.root / "personas")
    assert changes_of("HEAD", "--", "../personas/maya.yaml") == (0, [])
    assert changes_of("HEAD", "--", "../../persony/personas") == (0, [])
    review = run_cli("review", "HEAD", "../personas/maya.yaml", "-f", "json")
    assert review.exit_code == 0 and json.loads(review.stdout)["changes"] == []


def test_a_path_outside_the_repository_is_explained_not_passed_to_git(repo, tmp_path):
    (tmp_path / "obca.yaml").write_text(PERSONA_EN, encoding="utf-8")
    for command in (["diff", "HEAD", "--"], ["review", "HEAD"]):
        result = run_cli(*command, "../obca.yaml")
        assert result.exception is None and result.exit_code == 2
        assert result.stderr.startswith("cxkit: ../obca.yaml: outside the git repository at "), result.stderr
        assert "fatal" not in result.stderr


def test_a_missing_path_outside_the_repository_without_dashes_is_explained(repo):
    # Not a file and not a revision: before it could be taken for a path, git was asked
    # whether HEAD holds it, and its "fatal: ... outside repository" came out.
    for path in ("../brak.yaml", "/brak/persona.yaml"):
        result = run_cli("diff", "HEAD", path)
        assert result.exception is None and result.exit_code == 2
        assert result.stderr.startswith(f"cxkit: {path}: outside the git repository at "), result.stderr


def test_a_file_name_with_brackets_is_that_file_not_a_pattern(repo):
    # git reads `[tk].yaml` as a pattern taking t.yaml and k.yaml; the working tree listing did,
    # the revision listing did not, so an unchanged persona showed as added.
    repo.write("personas/[tk].yaml", PERSONA_EN.replace("maya-runner", "maya-szkic"))
    repo.write("personas/t.yaml", PERSONA_EN.replace("maya-runner", "maya-t"))
    repo.commit("Szkic w nawiasach")
    repo.write("personas/t.yaml", PERSONA_EN.replace("maya-runner", "maya-t").replace("Leeds", "York"))
    assert changes_of("HEAD", "--", "personas/[tk].yaml") == (0, [])
    code, changes = changes_of("HEAD", "--", "personas/t.yaml")
    assert code == 1 and [c["path"] for c in changes] == ["demographics.location"]


def test_without_paths_a_revision_diff_covers_the_configured_workspace(repo):
    # `paths = ["personas"]` is the workspace `cxkit lint` and `cxkit review` check; sample
    # journeys outside it must not fill `cxkit diff HEAD` (or make it exit 1) either.
    repo.write("cxkit.toml", 'paths = ["personas"]\n')
    repo.commit("Obszar roboczy")
    repo.write("journeys/tomek-kupuje.yaml", JOURNEY_PL.replace("    emotion: 0\n", "    emotion: 1\n"))
    assert changes_of("HEAD") == (0, [])
    repo.write("personas/maya.yaml", PERSONA_EN.replace("Leeds", "York"))
    code, changes = changes_of("HEAD")
    assert code == 1 and {c["file"] for c in changes} == {"personas/maya.yaml"}
    code, changes = changes_of("HEAD", "--", "journeys")  # named paths still win
    assert code == 1 and {c["file"] for c in changes} == {"journeys/tomek-kupuje.yaml"}


def test_configured_paths_outside_the_repository_are_left_out_of_a_revision_diff(repo, tmp_path):
    # lint reads a shared folder beside the repository; a revision holds no files there.
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "maya.yaml").write_text(PERSONA_EN, encoding="utf-8")
    repo.write("cxkit.toml", 'paths = ["personas", "../shared"]\n')
    repo.commit("Obszar roboczy")
    repo.write("personas/tomek.yaml", PERSONA_PL.replace("name: Tomek", "name: Tomasz"))
    result = run_cli("diff", "--format", "json", "HEAD")
    assert result.exit_code == 1, result.stderr
    assert {c["file"] for c in json.loads(result.stdout)} == {"personas/tomek.yaml"}
    assert "../shared (in the config's paths) is outside the git repository" in result.stderr
    assert "fatal" not in result.stderr
    repo.write("cxkit.toml", 'paths = ["../shared"]\n')
    result = run_cli("diff", "HEAD")
    assert result.exit_code == 2 and "every path the config names is outside the git repository" in result.stderr


def test_a_mistyped_second_revision_is_named_as_neither_revision_nor_path(repo):
    result = run_cli("diff", "main", "featur")
    assert result.exit_code == 2
    assert result.stderr.strip() == "cxkit: 'featur' is neither a git revision nor a path in the working tree or in 'main'"
    after_dashes = run_cli("diff", "main", "--", "featur")  # only a path can come after --
    assert after_dashes.stderr.strip() == "cxkit: featur: no such path in the working tree or in 'main'"


def test_the_driver_locates_a_problem_of_the_old_side_in_a_slash_path(driver_repo):
    # Broken in the commit, mended in the working tree: "personas/maya.yaml:3:7" pointed at the
    # file on disk, whose line 3 is fine now.
    driver_repo.write("personas/maya.yaml", PERSONA_EN.replace("name: Maya Patel", "name: [Maya Patel"))
    driver_repo.commit("Zepsuta")
    driver_repo.write("personas/maya.yaml", PERSONA_EN)
    out = driver_repo.git("diff").stdout
    assert "cxkit: cannot compare semantically: a/personas/maya.yaml:" in out
    assert "cannot compare semantically: personas/maya.yaml:" not in out


def test_the_driver_on_an_added_empty_file_does_not_promise_a_line_diff(tmp_path, monkeypatch):
    (tmp_path / "pusty.yaml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "--git-driver", "personas/pusty.yaml", "/dev/null", ".", ".", "pusty.yaml", "2" * 40, "100644")
    assert result.exception is None and result.exit_code == 0
    assert "the file is empty" in result.stdout
    assert "showing a line diff instead" not in result.stdout
    assert result.stdout.endswith("cxkit: no line differs either\n")
