"""`cxkit diff` reads the pathspec magic git users type (session 26).

Before: `:(literal)`, `:(glob)` and `:(icase)` (alone or combined, `:(glob,icase)`) were refused,
and `:!/journeys` (exclude and top in the other order) was read as an absolute path. Now each
takes the files `git diff` takes; what cxkit does not read (`:(attr:...)`, `:(prefix:N)`) or git
does not know (a typo, `literal` with `glob`) is one `cxkit:` line naming it, exit 2.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from conftest import JOURNEY_EN, JOURNEY_PL, PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

OLA = """\
kind: persona
id: ola-ksiegowa
name: Ola Nowak
lang: pl
summary: Księgowa w biurze rachunkowym, rozlicza 40 firm co miesiąc.
goals:
  - Zamknąć miesiąc do 10. dnia bez nadgodzin
pain_points:
  - Klienci przysyłają faktury zdjęciem z telefonu
"""


def renamed(text: str) -> str:
    """The same document with its `name` edited: one change each file."""
    lines = text.splitlines(keepends=True)
    return "".join(line.rstrip("\n") + " (zm.)\n" if line.startswith("name: ") else line for line in lines)


FILES = {
    "personas/tomek.yaml": PERSONA_PL,
    "personas/maya.yaml": PERSONA_EN,
    "personas/b2b/ola.yaml": OLA,
    "journeys/tomek-kupuje.yaml": JOURNEY_PL,
    "journeys/maya-buys.yaml": JOURNEY_EN,
    # A folder whose name holds a glob's bracket: `:(literal)` names it as it is.
    "persony[2026]/ola.yaml": OLA.replace("id: ola-ksiegowa", "id: ola-2026"),
}


@pytest.fixture
def team(tmp_path, monkeypatch) -> Repo:
    """Every document committed, then each one's name edited in the working tree."""
    r = Repo(tmp_path / "cx")
    for path, text in FILES.items():
        r.write(path, text)
    r.commit("Persony i ścieżki")
    for path, text in FILES.items():
        r.write(path, renamed(text))
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def files_compared(*args: str) -> list[str]:
    result = run_cli("diff", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return sorted({c["file"] for c in json.loads(result.stdout or "[]")})


def git_names(repo: Repo, *args: str, cwd=None) -> list[str]:
    proc = subprocess.run(["git", "diff", "--name-only", "--relative", *args], cwd=cwd or repo.root, env=repo.env,
                          capture_output=True, text=True, check=True)
    return sorted(proc.stdout.split())


SPECS = [
    ":(literal)persony[2026]",
    ":(literal)persony[2026]/ola.yaml",
    ":(glob)personas/*.yaml",
    ":(glob)personas/**/*.yaml",
    ":(glob)**/ola.yaml",
    ":(glob)journeys/maya-*",
    ":(icase)PERSONAS",
    ":(icase)Personas/B2B/*.YAML",
    ":(glob,icase)PERSONAS/*.yaml",
    ":(icase,literal)JOURNEYS/Maya-Buys.yaml",
    ":(exclude,glob)personas/*.yaml",
    ":(exclude,icase)PERSONAS",
    ":!/personas",
    ":^:journeys",
    ":(top,glob)*/*.yaml",
]


@pytest.mark.parametrize("spec", SPECS)
def test_each_magic_takes_the_files_git_diff_takes(team, spec):
    expected = git_names(team, "HEAD", "--", spec)
    assert expected, "the case must compare something"
    assert files_compared("HEAD", "--", spec) == expected


def test_from_a_subfolder_top_and_icase_start_where_git_starts(team, monkeypatch):
    monkeypatch.chdir(team.root / "personas")
    journeys = ["../journeys/maya-buys.yaml", "../journeys/tomek-kupuje.yaml"]
    assert files_compared("HEAD", "--", ":(top,icase)JOURNEYS") == journeys
    assert files_compared("HEAD", "--", ":(icase)../Journeys/*") == journeys
    assert files_compared("HEAD", "--", ":(glob)b2b/*") == ["b2b/ola.yaml"]
    # `:!/` is `:/!` (exclude and top in either order), as git reads the short form
    assert files_compared("HEAD", "--", ":/journeys", ":!/journeys/maya*") == ["../journeys/tomek-kupuje.yaml"]
    assert files_compared("HEAD", "--", ":/journeys", ":/!journeys/maya*") == ["../journeys/tomek-kupuje.yaml"]


def test_glob_keeps_a_star_in_its_folder_where_the_default_crosses_folders(team):
    assert files_compared("HEAD", "--", "personas/*.yaml") == [
        "personas/b2b/ola.yaml", "personas/maya.yaml", "personas/tomek.yaml"]
    assert files_compared("HEAD", "--", ":(glob)personas/*.yaml") == ["personas/maya.yaml", "personas/tomek.yaml"]


def test_a_literal_name_is_checked_as_a_name(team):
    """`:(literal)` takes no wildcard: a `*` in it names a file called so, which here is none."""
    result = run_cli("diff", "HEAD", "--", ":(literal)personas/*.yaml")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "cxkit: :(literal)personas/*.yaml: no such path in the working tree or in 'HEAD'\n"


def test_the_text_output_with_glob_and_icase(team):
    result = run_cli("diff", "HEAD", "--", ":(glob,icase)PERSONAS/*.yaml")
    assert result.exit_code == 1 and result.stderr == ""
    assert result.stdout.splitlines() == [
        "maya-runner  personas/maya.yaml",
        "  ~ Name: Maya Patel{+ (zm.)+}",
        "",
        "tomek-audiofil  personas/tomek.yaml",
        "  ~ Nazwa: Tomek Wiśniewski{+ (zm.)+}",
        "",
        "2 documents differ (2 changed); 2 changes inside documents.",
    ]


def test_icase_matching_nothing_is_noted(team):
    result = run_cli("diff", "HEAD", "--", ":(icase)Persony/*.yml")
    assert (result.exit_code, result.stdout) == (0, "No semantic differences.\n")
    assert result.stderr == "cxkit: note: ':(icase)Persony/*.yml' matches no file on either side\n"


READ = ("names, globs (personas/*.yaml), exclusions (:!journeys, :^journeys or :(exclude)journeys), :/ or :(top) for "
        "the top, and :(literal), :(glob) and :(icase), alone or together (:(glob,icase))")


@pytest.mark.parametrize("spec, said", [
    (":(attr:cx-draft)personas",
     "':(attr:cx-draft)personas': cxkit does not read the pathspec magic 'attr' (files by their git attributes); "
     f"it reads {READ}"),
    (":(prefix:0)personas",
     "':(prefix:0)personas': cxkit does not read the pathspec magic 'prefix' (git's own prefix length, not typed by "
     f"hand); it reads {READ}"),
    (":(exlude)personas", f"':(exlude)personas': 'exlude' is no pathspec magic (did you mean 'exclude'?); cxkit reads {READ}"),
    (":(literal,glob)personas/*.yaml",
     "':(literal,glob)personas/*.yaml': the pathspec magic 'literal' (no wildcards) and 'glob' (wildcards) cannot be "
     "used together"),
])
def test_magic_not_read_is_one_usage_line_naming_it(team, spec, said):
    for args in (("HEAD", "--", spec), ("--cached", "--", spec), ("--", spec)):
        result = run_cli("diff", *args)
        assert result.exception is None, f"traceback: {result.exception!r}"
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"cxkit: {said}\n"), args
    # git refuses the others too (it reads attr and prefix; cxkit does not)
    if "attr" not in spec and "prefix" not in spec:
        assert team.git("diff", "HEAD", "--", spec, check=False).returncode != 0


def test_staged_changes_are_read_through_the_magic_too(team):
    team.git("add", "personas")
    assert files_compared("--cached", "--", ":(glob)personas/*.yaml") == ["personas/maya.yaml", "personas/tomek.yaml"]
    assert files_compared("--cached", "--", ":(icase)PERSONAS/B2B") == ["personas/b2b/ola.yaml"]
