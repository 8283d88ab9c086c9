"""Every missing name said, with the name it is close to (session 27).

Before: outside a git repository `cxkit diff nowa.yaml nowa2.yaml` named only the first file, and a
file name mistyped by a letter (`personas/tomk.yaml`) got no hint of the file that is there, where
`--exclude` and pathspec magic words get a "did you mean". Now every argument that names nothing is
named, each with the file or folder of its folder it is close to.
"""

from __future__ import annotations

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "zespol")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.commit("Persony")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stderr


def test_outside_a_repository_every_missing_file_is_named(tmp_path, monkeypatch):
    (tmp_path / "persony").mkdir()
    (tmp_path / "persony" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    assert run("diff", "persony/tomk.yaml", "persony/nowa.yaml", "persony/inna.yaml") == (2, (
        "cxkit: persony/tomk.yaml (did you mean persony/tomek.yaml?), persony/nowa.yaml, persony/inna.yaml: no such "
        "file or directory, and not inside a git repository; to compare files or folders, give two existing paths\n"))


@pytest.mark.parametrize(("args", "said"), [
    (("personas/tomk.yaml",), "no such file or revision: personas/tomk.yaml (did you mean personas/tomek.yaml?)"),
    (("personsa",), "no such file or revision: personsa (did you mean personas?)"),
    (("personas/tomk.yaml", "personas/mya.yaml", "personas/zupelnie-inna.yaml"),
     "no such file or revision: personas/tomk.yaml (did you mean personas/tomek.yaml?); no such file: "
     "personas/mya.yaml (did you mean personas/maya.yaml?), personas/zupelnie-inna.yaml"),
    (("personas/tomek.yaml", "personas/maya.yml"),
     "personas/maya.yml: no such file or directory; did you mean personas/maya.yaml?"),
])
def test_a_mistyped_name_gets_the_name_it_is_close_to(team, args, said):
    assert run("diff", *args) == (2, f"cxkit: {said}\n")


@pytest.mark.parametrize(("args", "said"), [
    (("nowa.yaml",), "no such file or revision: nowa.yaml"),  # nothing close
    (("mian",), "no such file or revision: mian"),  # a revision's name: only files and folders are offered
])
def test_nothing_close_nothing_offered(team, args, said):
    assert run("diff", *args) == (2, f"cxkit: {said}\n")
