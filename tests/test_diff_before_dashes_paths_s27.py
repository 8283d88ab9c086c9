"""What comes before a `--` is revisions; a mistyped path after a revision is offered the name it is close to;
review's "Not compared" points at findings only when there are some (session 27).

Before: `cxkit diff main personas --` compared the folder personas with main, where git says "bad
revision 'personas'" and docs/diff.md says a `--` typed makes what comes before it revisions;
`cxkit diff HEAD -- personas/tomk.yaml` said "no such path" with no hint, though `cxkit diff
personas/tomk.yaml` offered `personas/tomek.yaml`; and `cxkit review HEAD LOOP` (a named link that
loops, which lint passes over) said "(see the findings)" above no findings.
"""

from __future__ import annotations

import os

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

EDITED = PERSONA_PL.replace("Tomek", "Tomasz", 1)


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    """personas/tomek.yaml committed twice (HEAD~1, HEAD) and edited since."""
    r = Repo(tmp_path / "zespol")
    r.write("cxkit.toml", 'lang = "pl"\n')
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.commit("Start")
    r.write("personas/tomek.yaml", PERSONA_PL + "# notatka\n")
    r.commit("Notatka")
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


@pytest.mark.parametrize(("args", "advice"), [
    (["HEAD", "personas", "--"], "cxkit diff HEAD -- personas"),
    (["HEAD~1", "HEAD", "personas", "--"], "cxkit diff 'HEAD~1' HEAD -- personas"),
    (["HEAD", "personas", "--", "personas/tomek.yaml"], "cxkit diff HEAD -- personas personas/tomek.yaml"),
    (["--cached", "HEAD", "personas", "--"], "cxkit diff --cached HEAD -- personas"),
    (["--cached", "personas", "--"], "cxkit diff --cached -- personas"),
])
def test_a_path_before_dashes_is_refused_as_git_refuses_it(team, args, advice):
    code, out, err = run("diff", *args)
    assert (code, out) == (2, "")
    assert err == (f"cxkit: 'personas' is not a git revision, and what comes before `--` is revisions, as git reads "
                   f"it; for the folder write `{advice}`\n")


def test_a_third_revision_before_dashes_is_refused(team):
    code, _, err = run("diff", "HEAD~1", "HEAD", "HEAD", "--")
    assert code == 2
    assert err == "cxkit: 'HEAD' is one revision too many before `--`: `cxkit diff` compares two revisions at most; " \
                  "paths go after the `--`\n"


def test_revisions_before_dashes_still_compare(team):
    # Guards: one or two revisions before `--`, paths after it, compare as before.
    code, out, err = run("diff", "HEAD", "--", "personas")
    assert (code, err) == (1, "") and "{+Tomasz+}" in out
    code, out, err = run("diff", "HEAD", "--")
    assert (code, err) == (1, "") and "{+Tomasz+}" in out
    assert run("diff", "HEAD~1", "HEAD", "--")[0] == 0


@pytest.mark.parametrize("args", [
    ["diff", "HEAD", "--", "personas/tomk.yaml"],
    ["diff", "HEAD~1", "HEAD", "--", "personas/tomk.yaml"],
    ["diff", "HEAD~1..HEAD", "--", "personas/tomk.yaml"],
    ["diff", "--cached", "HEAD", "--", "personas/tomk.yaml"],
    ["diff", "--", "personas/tomk.yaml"],
    ["review", "HEAD", "personas/tomk.yaml"],
])
def test_a_mistyped_path_after_a_revision_is_offered_the_close_name(team, args):
    code, out, err = run(*args)
    assert (code, out) == (2, "")
    # Two revisions: the working tree is no side, so the name is looked for in both revisions.
    where = "'HEAD~1' or in 'HEAD'" if args[1:3] == ["HEAD~1", "HEAD"] or ".." in args[1] else "the working tree"
    assert err.startswith(f"cxkit: personas/tomk.yaml: no such path in {where}")
    assert err.endswith("; did you mean personas/tomek.yaml?\n")


def test_no_name_offered_when_nothing_is_close(team):
    # Guard: a name close to nothing is said as before.
    assert run("diff", "HEAD", "--", "personas/zupelnie-inna.yaml") == (
        2, "", "cxkit: personas/zupelnie-inna.yaml: no such path in the working tree or in 'HEAD'\n")


@pytest.mark.skipif(os.name == "nt", reason="symbolic links")
def test_a_looping_link_named_to_review_points_at_no_findings(team):
    # Committed, the link's read error is on both sides (as lint reports it there): no news, no table.
    os.symlink("petla.yaml", team.root / "personas" / "petla.yaml")
    team.commit("Petla")
    code, out, err = run("review", "HEAD", "personas/petla.yaml")
    assert (code, err) == (0, "")
    # A Polish team: the review says its headings in Polish.
    assert "0 nowych uwag" in out
    assert "Tych plików nie udało się odczytać, więc ich zmian nie pokazano:\n" in out
    assert "zob. uwagi" not in out


def test_an_unreadable_file_with_a_finding_still_points_at_it(team):
    # Guard: a file lint reports (not UTF-8) is in "Nowe uwagi" (findings introduced), and the pointer stays.
    (team.root / "personas" / "zepsuta.yaml").write_bytes(b"kind: persona\nid: zepsuta\nname: \xff\xfe\n")
    code, out, _ = run("review", "HEAD")
    assert code == 1 and "### Nowe uwagi" in out
    assert "Tych plików nie udało się odczytać, więc ich zmian nie pokazano (zob. uwagi):\n" in out
