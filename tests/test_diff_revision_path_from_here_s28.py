"""`cxkit diff HEAD:ola.yaml` typed in `personas/`: git reads REV:PATH from the top of the repository, so
HEAD holds no `ola.yaml` there; when it holds `personas/ola.yaml` (the file meant from here), that is said,
with git's names of it and the spelling that compares it (`cxkit diff HEAD -- ola.yaml`), not
`cxkit diff HEAD -- :/ola.yaml`, which names nothing either."""

from __future__ import annotations

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    """personas/ola.yaml and personas/b2b/grażyna nowak.yaml committed, Ola edited since; run from personas/."""
    r = Repo(tmp_path / "zespol")
    r.write("cxkit.toml", 'lang = "pl"\n')
    r.write("personas/ola.yaml", PERSONA_PL.replace("tomek-audiofil", "ola").replace("Tomek Wiśniewski", "Ola Nowak"))
    r.write("personas/b2b/grażyna nowak.yaml",
            PERSONA_PL.replace("tomek-audiofil", "grazyna").replace("Tomek Wiśniewski", "Grażyna Nowak"))
    r.commit("Persony")
    r.write("personas/ola.yaml", (r.root / "personas/ola.yaml").read_text(encoding="utf-8").replace("Kraków", "Żywiec"))
    monkeypatch.chdir(r.root / "personas")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


def test_a_file_held_under_the_current_folder_is_named_with_what_compares_it(team):
    code, out, err = run("diff", "HEAD:ola.yaml")
    assert (code, out) == (2, "")
    assert err == (
        "cxkit: 'HEAD:ola.yaml' names no commit, and 'HEAD' holds no ola.yaml at the top of the repository, where git "
        "reads REV:PATH from; it holds personas/ola.yaml (HEAD:personas/ola.yaml, or HEAD:./ola.yaml from here): to "
        "compare that file with the revision, write the path after --: cxkit diff HEAD -- ola.yaml\n")
    # What is offered compares Ola's file: Kraków became Żywiec.
    code, out, err = run("diff", "HEAD", "--", "ola.yaml")
    assert (code, err) == (1, ""), err
    assert "Żywiec" in out


def test_a_name_with_a_space_and_a_folder_below(team):
    code, _, err = run("diff", "HEAD:b2b/grażyna nowak.yaml")
    assert code == 2
    assert "it holds personas/b2b/grażyna nowak.yaml (HEAD:personas/b2b/grażyna nowak.yaml, or " \
           "HEAD:./b2b/grażyna nowak.yaml from here)" in err, err
    assert err.endswith("write the path after --: cxkit diff HEAD -- 'b2b/grażyna nowak.yaml'\n"), err
    assert ":/" not in err
    assert run("diff", "HEAD", "--", "b2b/grażyna nowak.yaml") == (0, "Brak różnic w treści.\n", "")


def test_a_folder_held_under_the_current_folder(team):
    code, _, err = run("diff", "HEAD:b2b")
    assert code == 2
    assert "it holds personas/b2b (HEAD:personas/b2b, or HEAD:./b2b from here): to compare that folder with the " \
           "revision, write the path after --: cxkit diff HEAD -- b2b\n" in err, err


def test_a_file_the_revision_does_not_hold_here_either_is_said_as_before(team):
    # Guard: HEAD holds no personas/nowa.yaml either, so nothing is offered as held.
    code, _, err = run("diff", "HEAD:nowa.yaml")
    assert code == 2
    assert "it holds" not in err
    assert err.startswith("cxkit: „HEAD:nowa.yaml” nie jest commitem, a nie ma nowa.yaml ani w „HEAD”"), err  # lang = "pl"


def test_from_the_top_a_file_of_a_revision_is_said_to_be_one_as_before(team, monkeypatch):
    # Guard: from the top, HEAD:personas/ola.yaml is a file of HEAD (said as before).
    monkeypatch.chdir(team.root)
    assert run("diff", "HEAD:personas/ola.yaml") == (2, "", (
        "cxkit: 'HEAD:personas/ola.yaml' names a file of a revision (blob), not a commit: write the revision, "
        "then the path after -- (cxkit diff REV -- PATH)\n"))
