"""`cxkit diff` and `cxkit review`: a shallow clone, `-f md`, and `-x` patterns that are malformed
or match nothing (tester_ops F16, F18, F7)."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo

OLA = """\
kind: persona
id: ola
name: Ola Nowak
lang: pl
goals:
  - Przebiec półmaraton w Gdyni poniżej 1:55 w marcu 2027
behaviours:
  - Biega 4 razy w tygodniu po Parku Oliwskim z zegarkiem Garmin Forerunner 255
"""

JOURNEY = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty
persona: ola
stages:
  - id: swiadomosc
    name: Świadomość
    emotion: 0
    touchpoints: [Instagram]
  - id: zakup
    name: Zakup
    emotion: 1
    touchpoints: [sklep internetowy]
"""


def cli(*args: str):
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


# --- F16: a shallow clone -------------------------------------------------------------------

@pytest.fixture
def shallow(tmp_path, monkeypatch) -> Repo:
    """A clone of `feature` one commit deep, as a CI checkout without `fetch-depth: 0` makes it."""
    origin = Repo(tmp_path / "origin")
    origin.write("personas/ola.yaml", OLA)
    origin.commit("Ola")
    origin.write("journeys/ola.yaml", JOURNEY)
    origin.commit("Ścieżka")
    origin.git("checkout", "-q", "-b", "feature")
    origin.write("personas/ola.yaml", OLA.replace("1:55", "1:50"))
    origin.commit("Szybciej")
    origin.git("checkout", "-q", "main")
    origin.write("journeys/ola.yaml", JOURNEY.replace("emotion: 1", "emotion: 2"))
    origin.commit("Radość")
    clone = tmp_path / "clone"
    origin.git("clone", "-q", "--depth", "1", "--branch", "feature", f"file://{origin.root}", str(clone))
    r = Repo.__new__(Repo)
    r.root, r.env = clone, origin.env
    assert r.git("rev-parse", "--is-shallow-repository").stdout.strip() == "true"
    monkeypatch.chdir(clone)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def test_an_unknown_base_in_a_shallow_clone_says_the_clone_is_shallow(shallow):
    result = cli("review", "origin/main")
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: unknown revision 'origin/main': this clone is shallow"), result.stderr
    assert "`fetch-depth: 0` in actions/checkout" in result.stderr
    assert "`git fetch --unshallow` then `git fetch origin main:refs/remotes/origin/main`" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("args", [("review", "origin/main..."), ("diff", "origin/main..."), ("diff", "origin/main...HEAD")])
def test_no_merge_base_in_a_shallow_clone_is_missing_history_not_unrelated_branches(shallow, args):
    shallow.git("fetch", "-q", "--depth", "1", "origin", "main:refs/remotes/origin/main")
    result = cli(*args)
    assert result.exit_code == 2
    assert "have no merge base in this clone, which is shallow" in result.stderr, result.stderr
    assert "`fetch-depth: 0` in actions/checkout" in result.stderr and "`git fetch --unshallow`" in result.stderr
    # Comparing with the tip would show what main gained since the branch left it as undone here.
    assert "share no history" not in result.stderr
    assert "itself" not in result.stderr and "instead" not in result.stderr


def test_after_unshallowing_the_review_runs(shallow):
    shallow.git("fetch", "-q", "--unshallow", "origin", "main:refs/remotes/origin/main")
    result = cli("review", "origin/main...", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [c["document"] for c in json.loads(result.stdout)["changes"]] == ["ola"]


# --- F18: `-f md`, as render takes it -------------------------------------------------------

@pytest.fixture
def branch(tmp_path, monkeypatch) -> Repo:
    """`main` with Ola and her journey; in the working tree Ola's goal is sharper."""
    r = Repo(tmp_path / "persony")
    r.write("personas/ola.yaml", OLA)
    r.write("journeys/ola.yaml", JOURNEY)
    r.commit("Ola")
    r.write("personas/ola.yaml", OLA.replace("1:55", "1:50"))
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


@pytest.mark.parametrize("spelling", ["md", "MD"])
def test_diff_takes_md_for_markdown(branch, spelling):
    result = cli("diff", "-f", spelling, "main")
    assert result.exit_code == 1, result.stderr
    assert result.stdout == cli("diff", "-f", "markdown", "main").stdout
    assert result.stdout.startswith("## cxkit diff: `main` → kopia robocza")


def test_review_takes_md_for_markdown(branch):
    result = cli("review", "main", "-f", "md")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == cli("review", "main").stdout
    assert result.stdout.startswith("<!-- cxkit-review -->")


def test_the_git_driver_takes_md_for_markdown(branch):
    import shlex
    import subprocess
    import sys

    env = {**branch.env, "GIT_EXTERNAL_DIFF": f"{shlex.quote(sys.executable)} -m cxkit diff --git-driver -f md"}
    proc = subprocess.run(["git", "diff"], cwd=branch.root, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("## cxkit diff: `a/personas/ola.yaml` → `b/personas/ola.yaml`"), proc.stdout


def test_a_format_diff_does_not_have_is_refused_with_the_choices(branch):
    result = cli("diff", "-f", "xml", "main")
    assert result.exit_code == 2
    assert "'xml' is not one of 'text', 'json', 'markdown', 'md', 'html'" in result.stderr
    result = cli("review", "main", "-f", "markdwn")
    assert result.exit_code == 2
    assert "Did you mean 'markdown'?" in result.stderr


def test_diff_and_review_help_name_the_config_option_as_the_others_do(branch):
    for command in ("diff", "review"):
        shown = cli(command, "-h").stdout
        # Help is laid out for the terminal's real width, so a phrase may wrap: read it as words.
        words = " ".join(shown.split())
        assert "--config FILE" in words and "(or md)" in words, shown


# --- F7: -x patterns that are malformed or match nothing --------------------------------------

@pytest.fixture
def two_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.yaml").write_text(JOURNEY, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(
        JOURNEY.replace("emotion: 1", "emotion: 2").replace("[Instagram]", "[Instagram, TikTok]"), encoding="utf-8"
    )
    return tmp_path


@pytest.mark.parametrize(("pattern", "wrong"), [
    ("stages[zakup", "the '[' at column 7 is never closed (stages[zakup])"),
    ("stages]", "the ']' at column 7 closes no '['"),
    ("stages[]", "the brackets at column 7 hold no id (write [*] for any item)"),
    ("stages..emotion", "an empty key at the '.' at column 7"),
    ("stages[zakup]emotion", "a key straight after the ']' at column 13 (write '.' between them)"),
    ("stages[[zakup]]", "a '[' at column 8 inside the brackets opened at column 7"),
])
@pytest.mark.parametrize("command", [("diff", "a.yaml", "b.yaml"), ("review", "HEAD")])
def test_a_malformed_exclude_is_a_usage_error_saying_what_is_wrong(two_files, command, pattern, wrong):
    result = cli(*command, "-x", pattern)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"cxkit: --exclude '{pattern}' is not a key or a path glob: {wrong}; write a key name (reviewed, x-*) "
        "or a path as cxkit diff shows it, `*` for one key or id (stages[zakup].emotion, stages[*].metrics)\n"
    )


@pytest.mark.parametrize("pattern", ["stages[zakup].emotion", "stages[*].emotion", "emotion", "touchpoints", "**.touchpoints",
                                     'stages["zakup"]', "x-*,emotion"])
def test_a_well_formed_exclude_is_taken(two_files, pattern):
    result = cli("diff", "a.yaml", "b.yaml", "-x", pattern, "-f", "json")
    assert result.exit_code in (0, 1), result.stderr
    assert "is not a key or a path glob" not in result.stderr


@pytest.mark.parametrize(("pattern", "near"), [
    ("stgaes", "stages"),
    ("emotoin", "emotion"),
    ("stages[*].emotoin", "stages[*].emotion"),
    ("stages[zakpu].emotion", "stages[zakup].emotion"),
    ("reviewed", None),
])
def test_an_exclude_that_matched_nothing_gets_a_note(two_files, pattern, near):
    result = cli("diff", "a.yaml", "b.yaml", "-x", pattern)
    # Nothing was left out: the full diff, as without -x.
    assert (result.exit_code, result.stdout) == (1, cli("diff", "a.yaml", "b.yaml").stdout)
    note = f"cxkit: note: --exclude '{pattern}' matched nothing on either side, so it left nothing out"
    assert result.stderr == note + (f"; did you mean '{near}'?" if near else "") + "\n"


def test_an_exclude_that_matched_gets_no_note_and_only_the_unmatched_one_does(two_files):
    result = cli("diff", "a.yaml", "b.yaml", "-x", "emotion,touchpoints")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "No semantic differences.\n", "")
    result = cli("diff", "a.yaml", "b.yaml", "-x", "emotion", "-x", "stgaes")
    assert result.exit_code == 1 and "emotion" not in result.stdout
    assert result.stderr == (
        "cxkit: note: --exclude 'stgaes' matched nothing on either side, so it left nothing out; did you mean 'stages'?\n"
    )


def test_review_notes_an_exclude_that_matched_nothing(branch):
    result = cli("review", "main", "-x", "goasl")
    assert result.exit_code == 0
    assert result.stderr == (
        "cxkit: note: --exclude 'goasl' matched nothing on either side, so it left nothing out; did you mean 'goals'?\n"
    )
    assert "Cele `#1`" in result.stdout  # the goal changed, named as the Polish persona names it
    assert cli("review", "main", "-x", "goals").stderr == ""
