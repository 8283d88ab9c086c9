"""A word that is neither a file nor a revision, and a remote's branch that is not here (session 26).

Before: in a git repository `cxkit diff nope.yaml nope2.yaml` (two file names mistyped) said
`unknown revision 'nope.yaml'`, sending a newcomer looking for a git problem; in a repository with
no commits yet it said to commit first, and beside a remote it advised fetching `nope.yaml` as a
branch. Now it says what git says in its "unknown revision or path not in the working tree":
`no such file or revision: nope.yaml` (exit 2). And `cxkit review origin/main` in a repository with
no `origin` said only `unknown revision 'origin/main'`: now it says the remote is not there and
what to do instead.
"""

from __future__ import annotations

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    """A Polish and English workspace with one commit on `main`, no remote."""
    r = Repo(tmp_path / "zespol")
    r.write("cxkit.toml", 'lang = "pl"\n')
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.commit("Persony")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stderr


@pytest.mark.parametrize(("args", "said"), [
    (("nope.yaml", "nope2.yaml"), "nie ma takiego pliku ani rewizji: nope.yaml; nie ma takiego pliku: nope2.yaml"),
    (("nope.yaml",), "nie ma takiego pliku ani rewizji: nope.yaml"),
    (("personas/tomk.yaml",), "nie ma takiego pliku ani rewizji: personas/tomk.yaml (czy chodziło o personas/tomek.yaml?)"),
    (("personas/tomk.yaml", "personas/maya.yaml"),
     "nie ma takiego pliku ani rewizji: personas/tomk.yaml (czy chodziło o personas/tomek.yaml?)"),
    (("nope.yaml", "--", "personas"), "nie ma takiego pliku ani rewizji: nope.yaml"),
    (("nope.yaml", "--", "nope2.yaml"), "nie ma takiego pliku ani rewizji: nope.yaml"),
    (("mian", "--", "personas"), "nie ma takiego pliku ani rewizji: mian"),
    (("mian", "personas"), "nie ma takiego pliku ani rewizji: mian"),
    (("nie-ma",), "nie ma takiego pliku ani rewizji: nie-ma"),
])
def test_a_word_that_is_no_file_and_no_revision_is_said_to_be_neither(team, args, said):
    assert run("diff", *args) == (2, f"cxkit: {said}\n")


@pytest.mark.parametrize(("args", "said"), [
    (("personas/tomek.yaml", "nope.yaml"), "nope.yaml: nie ma takiego pliku ani folderu"),  # the first a file: a file pair
    (("--", "nope.yaml"), "nope.yaml: no such path in the working tree or the index"),
    (("HEAD", "--", "nope.yaml"), "nope.yaml: no such path in the working tree or in 'HEAD'"),
    # A revision by its form; how far back the history goes (session 35); in the workspace's Polish (s40).
    (("HEAD~30",), "nieznana rewizja „HEAD~30”: „HEAD” to pierwszy commit tego repozytorium, przed nim nie ma żadnego"),
    (("main..nie-ma",), "nieznana rewizja „nie-ma” w „main..nie-ma”: git nie zna takiej gałęzi, tagu ani commitu"),
])
def test_a_path_or_a_revision_by_its_place_or_form_keeps_its_message(team, args, said):
    assert run("diff", *args) == (2, f"cxkit: {said}\n")


def test_a_repository_with_no_commits_yet(tmp_path, monkeypatch):
    r = Repo(tmp_path / "nowe")
    r.write("personas/tomek.yaml", PERSONA_PL)
    monkeypatch.chdir(r.root)
    assert run("diff", "nope.yaml", "nope2.yaml") == (2, "cxkit: no such file or revision: nope.yaml; "
                                                         "no such file: nope2.yaml\n")
    # A revision is what the repository lacks: said so (guard).
    assert run("diff", "HEAD")[1].startswith("cxkit: the repository has no commits yet, so 'HEAD' names none")


def test_beside_a_remote_a_file_name_gets_no_branch_advice(team, tmp_path):
    team.git("remote", "add", "origin", str(tmp_path / "nigdzie"))
    # The team's workspace is Polish (s38: so is this error).
    assert run("diff", "nope.yaml", "nope2.yaml") == (2, "cxkit: nie ma takiego pliku ani rewizji: nope.yaml; "
                                                         "nie ma takiego pliku: nope2.yaml\n")
    # A plain word may be a branch of origin: the advice stays (guard).
    assert run("diff", "wydanie")[1].startswith("cxkit: nieznana rewizja „wydanie”; jeśli to gałąź z origin")


def test_outside_a_repository_the_files_are_named(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    said = ("cxkit: nope.yaml, nope2.yaml: no such file or directory, and not inside a git repository; "
            "to compare files or folders, give two existing paths\n")  # each name (session 27)
    assert run("diff", "nope.yaml", "nope2.yaml") == (2, said)
    assert run("diff", "nope.yaml", "--", "nope2.yaml") == (2, said)


def test_review_of_origin_main_without_a_remote_says_what_to_do(team):
    code, said = run("review", "origin/main")
    assert code == 2
    assert said == (
        # The workspace says lang = "pl": the same advice in Polish (session 40).
        "cxkit: nieznana rewizja „origin/main”: to repozytorium nie ma zdalnego repozytorium „origin” ani żadnego "
        "innego (`git remote -v` nie wypisuje żadnego); porównaj z lokalną gałęzią „main”: wpisz „main”, albo dodaj "
        "zdalne repozytorium i pobierz je (`git remote add origin URL`, potem `git fetch origin`)\n")
    code, said = run("diff", "origin/main...")
    assert code == 2 and "porównaj z lokalną gałęzią „main”: wpisz „main...”" in said


def test_review_of_a_branch_origin_has_not_fetched(team, tmp_path):
    # The server holds the team's history (a review compares with the commit the branch left
    # BASE at; without shared history it stops, as test_review_history_cut_s32 shows).
    upstream = Repo(tmp_path / "serwer")
    upstream.git("pull", "-q", str(team.root), "main")
    upstream.write("personas/tomek.yaml", PERSONA_PL.replace("tomek", "tomasz"))
    upstream.commit("Persona")
    team.git("remote", "add", "origin", str(upstream.root))
    code, said = run("review", "origin/main")
    assert code == 2
    assert said == (
        "cxkit: nieznana rewizja „origin/main”: z origin nie pobrano tu gałęzi „main”; `git fetch origin main` ją "
        "pobierze, jeśli origin ją ma (`git branch -r` wypisuje pobrane gałęzie); albo porównaj z lokalną gałęzią "
        "„main”: wpisz „main”\n")
    team.git("fetch", "-q", "origin", "main")  # the advice works
    team.write("personas/maya.yaml", PERSONA_EN.replace("Maya", "Maja"))
    team.commit("Maja")
    result = run_cli("review", "origin/main")
    assert (result.exit_code, result.exception) == (0, None), result.stderr
    assert result.stderr.startswith("cxkit: note: 'origin/main' has 1 commit the current branch has not got, so the "
                                    "review compares with where the branch left it ('origin/main...')")
    assert "personas/maya.yaml" in result.stdout and "personas/tomek.yaml" not in result.stdout


def test_review_names_the_remote_that_has_the_branch(team, tmp_path):
    upstream = Repo(tmp_path / "serwer")
    upstream.write("personas/tomek.yaml", PERSONA_PL)
    upstream.commit("Persona")
    team.git("remote", "add", "upstream", str(upstream.root))
    team.git("fetch", "-q", "upstream")
    code, said = run("review", "origin/main")
    assert code == 2
    assert said == ("cxkit: nieznana rewizja „origin/main”: to repozytorium nie ma zdalnego repozytorium „origin” (ma: "
                    "upstream): wpisz „upstream/main” albo porównaj z lokalną gałęzią „main”: wpisz „main”\n")
