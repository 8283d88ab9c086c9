"""A throwaway git repository for tests of the commands that read git: diff, review, the git driver."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import PERSONA_KAMIL, PERSONA_PL, enter_workspace, run_cli

#: git is installed; found on PATH, not run, so that collecting a test module starts no process.
HAS_GIT = shutil.which("git") is not None
#: ``pytestmark = needs_git`` in a module whose tests run git.
needs_git = pytest.mark.skipif(not HAS_GIT, reason="git missing")


class Repo:
    """A throwaway git repository with its own identity and no user configuration."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = {
            **os.environ,
            "HOME": str(root.parent),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_PAGER": "cat",
            "PAGER": "cat",
            "NO_COLOR": "1",
        }
        self.env.pop("GIT_EXTERNAL_DIFF", None)
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.name", "Anna Testowa")
        self.git("config", "user.email", "anna@example.com")

    def git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(["git", *args], cwd=self.root, env=self.env, capture_output=True, text=True, check=False)
        if check and proc.returncode != 0:
            raise AssertionError(f"git {' '.join(args)} failed: {proc.stderr}")
        return proc

    def write(self, rel: str, text: str) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def stage(self, rel: str, text: str) -> None:
        self.write(rel, text)
        self.git("add", "--", rel)

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)


def committed(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> Repo:
    """A repository at ``root`` holding an empty cxkit.toml and ``files`` (path: text), committed as
    "base"; the test works in it with COLUMNS=100 and no GIT_EXTERNAL_DIFF of the caller's."""
    repo = Repo(root)
    repo.write("cxkit.toml", "")
    for rel, text in files.items():
        repo.write(rel, text)
    repo.commit("base")
    monkeypatch.chdir(repo.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return repo


def kamil_with_a_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository (nothing committed yet) with Kamil in personas/ and his draft in personas/szkice/,
    the current folder of the test, which commits what its config needs."""
    enter_workspace(tmp_path, monkeypatch, git_identity=True)
    (tmp_path / "personas" / "szkice").mkdir(parents=True)
    (tmp_path / "personas" / "kamil.yaml").write_text(PERSONA_KAMIL.format(id="kamil-nowak"), encoding="utf-8")
    (tmp_path / "personas" / "szkice" / "k.yaml").write_text(PERSONA_KAMIL.format(id="szkic-kamila"), encoding="utf-8")
    git(tmp_path, "init", "-q")
    return tmp_path


def reviewed_persona(doc_id: str, name: str, goal: str, *, before_goals: str = "") -> str:
    """A Polish persona, reviewed, with one interview as its source and one goal: what the diff and
    review tests commit and then change (``before_goals``: more keys, whole lines, above ``goals``)."""
    return (f"kind: persona\nid: {doc_id}\nname: {name}\nlang: pl\nreviewed: 2026-11-01\n"
            f"sources: [{{id: w1, type: interview, date: 2026-10-01}}]\n{before_goals}goals:\n  - {goal}\n")


#: Paweł, whose goal is written with a suppression of pseudo-profiling at the end of its line.
PAWEL_SILENCED = reviewed_persona("pawel-programista", "Paweł Czerski",
                                  "Kupić słuchawki bez wizyty w sklepie  # cxkit: disable=pseudo-profiling")


def git(cwd: Path | str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``git args`` in ``cwd`` as a test author, whatever user the machine's git configuration names
    (`init`, `add`, `commit` of a workspace a test builds); a git that fails fails the test with its message."""
    proc = subprocess.run(["git", "-c", "user.name=Anna Testowa", "-c", "user.email=anna@example.com", *args],
                          cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="replace", check=False)
    if proc.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {proc.stderr}")
    return proc


def sparse_checkout(root: Path, *kept: str) -> None:
    """Commit what ``root`` holds as a new repository's first commit (the author from the environment:
    enter_workspace's git_identity), then check out only ``kept`` (non-cone patterns: `/cxkit.toml`, `/docs/`),
    as a CI job's sparse checkout does."""
    for args in (("init", "-q"), ("add", "-A"), ("commit", "-qm", "start"),
                 ("sparse-checkout", "set", "--no-cone", *kept)):
        subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, stdin=subprocess.DEVNULL)

#: A two-document workspace with one finding (pseudo-profiling on ola's goal), as a reviewer's
#: repro of a pull request starts: the base the diff and review tests commit first.
REVIEW_OLA = """\
kind: persona
id: ola
name: Ola Nowak
lang: pl
reviewed: 2026-11-01
sources: [{id: s, type: survey, date: 2026-10-01}]
goals:
  - Ceni jakość i mieszka w dużym mieście
"""
REVIEW_KAMIL = """\
kind: negative-persona
id: kamil
name: Kamil
lang: pl
reviewed: 2026-11-01
reasons: [Kupuje tylko na Black Friday w Media Markt]
sources: [{id: s, type: survey, date: 2026-10-01}]
"""
#: The English twins: Dan, whose one goal pseudo-profiling reports as Ola's, and Kevin, Kamil renamed.
REVIEW_DAN = """\
kind: persona
id: dan
name: Dan Hughes
lang: en
reviewed: 2026-11-01
sources: [{id: s, type: survey, date: 2026-10-01}]
goals:
  - Values quality and lives in a big city
"""
REVIEW_KEVIN = REVIEW_KAMIL.replace("id: kamil", "id: kevin").replace("name: Kamil", "name: Kevin").replace(
    "lang: pl", "lang: en").replace("Kupuje tylko na Black Friday w Media Markt", "Buys only on Black Friday at Currys")
#: Ola with a second vague goal, as a review test's branch gives her: one pseudo-profiling finding introduced.
REVIEW_OLA_VAGUE = REVIEW_OLA.replace("goals:\n", "goals:\n  - Lubi podróże i dba o zdrowie\n")


def review_personas(lang: str, dan: str = REVIEW_DAN) -> dict[str, str]:
    """The two-document workspace of a review test, file name: text: Ola and Kamil (``lang`` "pl"), or
    ``dan`` and Kevin."""
    if lang == "pl":
        return {"ola.yaml": REVIEW_OLA, "kamil.yaml": REVIEW_KAMIL}
    return {"dan.yaml": dan, "kevin.yaml": REVIEW_KEVIN}


def settle_review(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a review report read whole depends on, fixed: the day (2026-12-01), 200 columns, and no
    GIT_EXTERNAL_DIFF of the caller's."""
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)

#: Ola with a stale `disable=pseudo-profiling` comment: her goal is measurable, so nothing is silenced and
#: unused-suppression reports it (the stale-comment review tests of session 19 and their Polish twins, s37).
STALE_OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
reviewed: 2026-11-01
sources: [{id: wywiady-2026, type: interview, date: 2026-10-01}]
goals:
  - Przebiec półmaraton w Gdyni poniżej 1:55 w marcu 2027  # cxkit: disable=pseudo-profiling
behaviours:
  - Biega 4 razy w tygodniu po Parku Oliwskim z zegarkiem Garmin Forerunner 255
"""
#: A behaviour pseudo-profiling reports, appended to STALE_OLA's behaviours.
VAGUE_LINE = "  - Ceni jakość i mieszka w dużym mieście\n"
#: A misspelt key (`pain_ponts`) that breaks the format, appended after them.
TYPO_LINES = "pain_ponts:\n  - Buty z Decathlonu obtarły jej piętę po 12 km\n"


#: The persona a review test's branch `feature` edits ("71 lat" becomes "72 lata") while main moves on.
ZBIGNIEW = """\
kind: persona
id: zbigniew-emeryt
name: Zbigniew Kowalski
lang: pl
summary: Emeryt, 71 lat, przenosi numer do nowej sieci za namową wnuczki
goals:
  - Zachować numer telefonu, który znają wszyscy znajomi z działki
"""


def branch_behind(root: Path, ola: str, ola_on_main: str, message: str) -> Repo:
    """A repository at ``root``: `feature` edits Zbigniew; main, after feature left it, changes
    personas/ola.yaml from ``ola`` to ``ola_on_main`` (commit ``message``). main is checked out."""
    r = Repo(root)
    r.write("personas/ola.yaml", ola)
    r.write("personas/zbigniew.yaml", ZBIGNIEW)
    r.commit("init")
    r.git("checkout", "-q", "-b", "feature")
    r.write("personas/zbigniew.yaml", ZBIGNIEW.replace("71 lat", "72 lata"))
    r.commit("zbigniew")
    r.git("checkout", "-q", "main")
    r.write("personas/ola.yaml", ola_on_main)
    r.commit(message)
    return r


#: Marta, whose mortgage goal the revision tests of `cxkit review` and `cxkit diff` commit ("20%" becomes "10%").
MARTA_RATE = """\
kind: persona
id: marta-zielinska
name: Marta Zielińska
lang: pl
goals:
  - Rata poniżej 3 600 zł przy wkładzie własnym 20%
"""


def marta_bank(root: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> Repo:
    """A repository at ``root`` (the current folder, as `committed` leaves it) holding Marta, then a ``lang``
    cxkit.toml committed as "config"; the branch q3 points there."""
    repo = committed(root, monkeypatch, {"personas/marta.yaml": MARTA_RATE})
    repo.write("cxkit.toml", f'lang = "{lang}"\n')
    repo.commit("config")
    repo.git("branch", "q3")
    return repo


def review(*args: str):
    """`cxkit review ARGS` in-process; a traceback fails the test."""
    result = run_cli("review", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result



def group_repository(root: Path, monkeypatch: pytest.MonkeyPatch, config: str) -> Path:
    """``root`` as a new git repository holding a group of markets' cxkit.toml (``config``), the test's
    current folder: where `cxkit init MARKET` makes a market's workspace."""
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / "cxkit.toml").write_text(config, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


#: Tomek (conftest's PERSONA_PL) moved from Kraków to Gdańsk: the edit a team's repository commits or leaves
#: in its working tree in the git tests.
TOMEK_GDANSK = PERSONA_PL.replace("location: Kraków", "location: Gdańsk")


def work_in(monkeypatch: pytest.MonkeyPatch, folder: Path, git_env: dict[str, str], **variables: str) -> None:
    """The test works in ``folder`` (a repository, a clone) with the git configuration of ``git_env`` (a
    :class:`Repo`'s: its HOME, and no system or global config), and the environment ``variables`` set
    (``COLUMNS="100"``, ``NO_COLOR="1"``)."""
    monkeypatch.chdir(folder)
    for key in ("HOME", "GIT_CONFIG_NOSYSTEM", "GIT_CONFIG_GLOBAL"):
        monkeypatch.setenv(key, git_env[key])
    for key, value in variables.items():
        monkeypatch.setenv(key, value)


def lfs_pointer(text: str) -> str:
    """The Git LFS pointer git-lfs writes for a file holding ``text`` (what a checkout without git-lfs leaves)."""
    data = text.encode("utf-8")
    return (f"version https://git-lfs.github.com/spec/v1\noid sha256:{hashlib.sha256(data).hexdigest()}\n"
            f"size {len(data)}\n")


def tomek_in_lfs(root: Path) -> Repo:
    """A Polish team's repository in ``root`` whose personas are kept in LFS: Tomek in Kraków, then in Gdańsk,
    committed as pointers (written as git-lfs writes them; no git-lfs runs); nothing in any LFS store."""
    repo = Repo(root)
    repo.write("cxkit.toml", 'lang = "pl"\n')
    repo.write(".gitattributes", "personas/** filter=lfs diff=lfs merge=lfs -text\n")
    repo.write("personas/tomek.yaml", lfs_pointer(PERSONA_PL))
    repo.commit("Tomek w LFS")
    repo.write("personas/tomek.yaml", lfs_pointer(TOMEK_GDANSK))
    repo.commit("Tomek w Gdańsku")
    return repo
