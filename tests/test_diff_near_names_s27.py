"""The name a mistyped one is close to is offered only when it is a name cxkit would compare, and one alone (session 27).

Before: `cxkit diff personas/tomek.yaml` beside `personas/tomek.yaml.bak` said "did you mean
personas/tomek.yaml.bak?", `cxkit diff personas.yaml` "did you mean personas?" (a folder for a
file), and among numbered files as close as each other (`persona-00001.yaml`, `persona-10001.yaml`
for `persona-0001.yaml`) the one offered was whichever sorted last.
"""

from __future__ import annotations

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "zespol")
    r.write("personas/tomek.yaml.bak", PERSONA_PL)
    r.write("personas/persona-00001.yaml", PERSONA_PL)
    r.write("personas/persona-10001.yaml", PERSONA_PL.replace("tomek", "tomasz"))
    r.write("personas/ola.yaml", PERSONA_PL.replace("tomek", "ola"))
    r.commit("Persony")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def run(*args: str) -> tuple[int, str]:
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, result.stderr


@pytest.mark.parametrize("word", ["personas/tomek.yaml", "personas.yaml", "personas/persona-0001.yaml"])
def test_no_name_offered_that_is_no_yaml_file_or_one_of_several(team, word):
    assert run("diff", word) == (2, f"cxkit: no such file or revision: {word}\n")


@pytest.mark.parametrize(("word", "near"), [
    ("personas/ol.yaml", "personas/ola.yaml"),
    ("personas/persona-00001.yml", "personas/persona-00001.yaml"),
    ("persona/", "personas/"),
])
def test_one_close_name_is_still_offered(team, word, near):
    assert run("diff", word) == (2, f"cxkit: no such file or revision: {word} (did you mean {near}?)\n")
