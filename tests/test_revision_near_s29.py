"""`cxkit diff` and `cxkit render` offer the same file of a revision for a name it does not hold (session 29).

Before: two helpers guessed, each its own way: `sources.missing_in_revisions` (diff with two
revisions: whole paths, difflib, a strict winner) and `render/load._near_in` (`render REV:PATH`:
the first difflib match, else the same name elsewhere), and `cxkit diff REV:PATH` offered the
working tree's file. From a subfolder, `cxkit diff HEAD:nope.yaml`, a path in no revision and not
on disk, was told to run `cxkit diff HEAD -- :/nope.yaml`, which names nothing either. Now one
helper (`Repo.near_file`) answers all three, by the rules of the working tree's suggestions (two
as close: none), then the one file of that name elsewhere; `REV:PATH` typed below the top is also
looked for from the current folder; and a path nowhere gets no path to run.
"""

from __future__ import annotations

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


def persona(ident: str, name: str) -> str:
    return (f"kind: persona\nid: {ident}\nname: {name}\nlang: pl\nreviewed: 2026-11-20\n"
            "summary: Księgowa z Rzeszowa, wysyła faktury 62 klientów przez KSeF.\n"
            "goals:\n  - Wysłać faktury klientów przed 10. dniem miesiąca\n")


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "biuro")
    r.write("personas/ewa-ksiegowa.yaml", persona("ewa-ksiegowa", "Ewa Żółkiewska"))
    r.write("personas/ola-nowak.yaml", persona("ola-nowak", "Ola Nowak"))
    r.write("personas/ola-nowik.yaml", persona("ola-nowik", "Ola Nowik"))
    r.write("personas/archiwum/sarah-collins.yaml", persona("sarah-collins", "Sarah Collins"))
    r.write("journeys/.keep", "")
    r.commit("Persony")
    r.git("commit", "-q", "--allow-empty", "-m", "Druga")  # HEAD~1 and HEAD hold the same files
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def err(*args: str) -> str:
    result = run_cli(*args)
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 2, result.output
    return result.stderr


def offered(*args: str) -> str | None:
    said = err(*args)
    if "did you mean " not in said:
        return None
    return said.split("did you mean ", 1)[1].split("?", 1)[0]


@pytest.mark.parametrize("typed, meant", [
    ("personas/ewa-ksiegowa.yml", "personas/ewa-ksiegowa.yaml"),  # the other suffix
    ("personas/Ewa-Ksiegowa.yaml", "personas/ewa-ksiegowa.yaml"),  # another case
    ("personas/ewa-ksiegwa.yaml", "personas/ewa-ksiegowa.yaml"),  # a letter left out
    ("personas/sarah-collins.yaml", "personas/archiwum/sarah-collins.yaml"),  # moved to another folder
    ("personas/ola-nowek.yaml", None),  # two as close: no guess
])
def test_diff_and_render_offer_the_same_file(repo, typed, meant):
    render = offered("render", f"HEAD:{typed}")
    two = offered("diff", "HEAD~1", "HEAD", "--", typed)
    rev_path = offered("diff", f"HEAD:{typed}")
    assert (render, two, rev_path) == (f"HEAD:{meant}" if meant else None, meant, meant)


def test_from_a_subfolder_a_path_nowhere_gets_no_path_to_run(repo, monkeypatch):
    monkeypatch.chdir(repo.root / "journeys")
    said = err("diff", "HEAD:nope.yaml")
    assert ":/nope.yaml" not in said
    assert said == ("cxkit: 'HEAD:nope.yaml' names no commit, and 'HEAD' holds no nope.yaml, nor does the working "
                    "tree (to compare a file with a revision, write its path after --: cxkit diff HEAD -- PATH)\n")


def test_from_a_subfolder_a_name_close_to_one_here_is_offered_by_both(repo, monkeypatch):
    # git reads HEAD:ewa-ksiegwa.yaml from the top; typed in personas/, the file meant is personas/ewa-ksiegowa.yaml.
    monkeypatch.chdir(repo.root / "personas")
    assert offered("render", "HEAD:ewa-ksiegwa.yaml") == "HEAD:personas/ewa-ksiegowa.yaml"
    said = err("diff", "HEAD:ewa-ksiegwa.yaml")
    assert "(did you mean personas/ewa-ksiegowa.yaml?)" in said
    assert said.endswith("cxkit diff HEAD -- :/personas/ewa-ksiegowa.yaml\n"), said


def test_guard_a_file_new_in_the_working_tree_is_still_offered_to_diff(repo):
    repo.write("personas/nowa-persona.yaml", persona("nowa-persona", "Nowa Persona"))
    said = err("diff", "HEAD:personas/nowa-persona.yaml")
    assert said.endswith("write the path after --: cxkit diff HEAD -- personas/nowa-persona.yaml\n"), said
