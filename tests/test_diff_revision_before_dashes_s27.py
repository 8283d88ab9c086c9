"""A revision before `--` is a revision, even where a file or folder of that name exists (session 27).

Before: two arguments that both exist in the working tree were always compared as two files or
folders, also with a `--` between them, so with a branch `klient` beside a folder `klient/`,
`cxkit diff klient -- personas` (the spelling the refusal of a bare `klient` advises) compared the
folder klient/ with the folder personas/, and with a file named HEAD, `cxkit diff HEAD -- .` said
"cannot compare a file (HEAD) with a folder (.)". git reads the name before `--` as a revision.
"""

from __future__ import annotations

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

EDITED = PERSONA_PL.replace("Tomek", "Tomasz", 1)


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    """personas/tomek.yaml committed and edited since; klient/tomek.yaml as committed; a branch `klient`."""
    r = Repo(tmp_path / "zespol")
    r.write("cxkit.toml", 'lang = "pl"\n')
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("klient/tomek.yaml", PERSONA_PL)
    r.commit("Start")
    r.git("branch", "klient")
    r.write("personas/tomek.yaml", EDITED)
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


def test_a_branch_named_as_a_folder_before_dashes_is_the_branch(team):
    code, out, err = run("diff", "klient", "--", "personas")
    assert (code, err) == (1, "")
    assert "personas/tomek.yaml" in out and "{+Tomasz+}" in out and "klient/" not in out
    assert "1 dokument różni się (1 zmieniony)" in out


def test_head_before_dashes_with_a_file_named_head(team):
    (team.root / "HEAD").write_text("notatka\n", encoding="utf-8")
    code, out, err = run("diff", "HEAD", "--", "personas")
    assert (code, err) == (1, "") and "{+Tomasz+}" in out
    code, out, err = run("diff", "HEAD", "--", ".")
    assert (code, err) == (1, "") and "{+Tomasz+}" in out


def test_two_paths_with_no_revision_before_dashes_are_still_two_paths(team):
    # Guard: `a -- b` where `a` names no revision reads as before, the two files compared.
    assert run("diff", "klient/tomek.yaml", "--", "personas/tomek.yaml") == run(
        "diff", "klient/tomek.yaml", "personas/tomek.yaml")
    code, out, _ = run("diff", "klient/tomek.yaml", "personas/tomek.yaml")
    assert code == 1 and "{+Tomasz+}" in out


def test_two_folders_without_dashes_are_still_two_folders(team):
    # Guard: the documented OLD NEW form is unchanged without a `--`.
    code, out, err = run("diff", "klient", "personas")
    assert (code, err) == (1, "") and "{+Tomasz+}" in out
    assert "tomek-audiofil  tomek.yaml\n" in out and "personas/" not in out  # the two folders' files, as each names it
