"""A Git LFS pointer is told by the whole pointer, not by its first line alone (review of dcd9dbee, session 37).

dcd9dbee took any file under 1 KiB whose first line is the pointer spec's `version` line as a pointer.  A
persona that begins with that line and goes on as YAML (a pointer half taken out of LFS, a bad merge that left
the line on top) was then told "it is a Git LFS pointer ... fetch the files with `git lfs pull`": advice that
mends nothing, in place of the YAML error that says where the stray line is.  The same file in a revision made
`cxkit diff HEAD` stop on "a Git LFS pointer cxkit cannot read".  A pointer is now its first line
and `key value` lines among which are the object's `oid sha256:` and `size`, as git-lfs writes it.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from conftest import PERSONA_EN, enter_workspace, run_cli
from git_helpers import Repo, needs_git

VERSION = "version https://git-lfs.github.com/spec/v1\n"
#: A Polish persona under 1 KiB (the size under which a file may be a pointer; conftest's Tomek is larger).
OLA = """kind: persona
id: ola-kurierka
name: Ola Nowak
lang: pl
summary: Kurierka z Poznania, która odbiera własne zamówienia z paczkomatu po 17:00.
goals:
  - Odebrać paczkę w drodze z pracy, bez czekania w kolejce
pain_points:
  - Paczkomat pod domem jest pełny w piątki i soboty
"""


def pointer(text: str, *, extensions: str = "", end: str = "\n") -> str:
    data = text.encode("utf-8")
    return f"{VERSION}{extensions}oid sha256:{hashlib.sha256(data).hexdigest()}\nsize {len(data)}{end}"


def codes(result) -> list[tuple[str, int]]:
    return [(f["code"], f["line"]) for f in json.loads(result.stdout)]


@pytest.mark.parametrize("lang, persona", [("pl", OLA), ("en", PERSONA_EN)])
def test_a_persona_under_the_pointers_first_line_gets_its_yaml_error(tmp_path, monkeypatch, lang, persona):
    enter_workspace(tmp_path, monkeypatch, config=f'lang = "{lang}"\n', files={"personas/ola.yaml": VERSION + persona})
    named = run_cli("lint", "personas/ola.yaml", "--format", "json")
    assert named.exception is None
    assert [code for code, _line in codes(named)] == ["CX001"]  # before: CX000 "a Git LFS pointer"
    assert "lfs" not in named.stdout.lower()
    scanned = run_cli("lint", ".", "--format", "json")
    assert [code for code, _line in codes(scanned)] == ["CX001"]


def test_the_pointers_first_line_and_its_object_above_a_persona_is_no_pointer(tmp_path, monkeypatch):
    """The whole pointer, then the persona (`git lfs untrack` and a merge that kept both): YAML, told where."""
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n',
                    files={"personas/ola.yaml": pointer(OLA) + OLA})
    result = run_cli("lint", "personas/ola.yaml", "--format", "json")
    assert result.exit_code == 1
    assert "CX000" not in [code for code, _line in codes(result)]
    assert "git lfs pull" not in result.stdout


@pytest.mark.parametrize("extensions, end", [("", "\n"), ("", ""),
                                             ("ext-0-foo sha256:" + "ab" * 32 + "\n", "\n")],
                         ids=["as-git-lfs-writes-it", "no-last-newline", "with-an-extension"])
def test_a_whole_pointer_is_still_told_as_one(tmp_path, monkeypatch, extensions, end):
    """Guards: pointers as git-lfs writes and reads them stay read-error CX000 at 1:1."""
    enter_workspace(tmp_path, monkeypatch, config="",
                    files={"personas/maya.yaml": pointer(PERSONA_EN, extensions=extensions, end=end)})
    result = run_cli("lint", "personas/maya.yaml", "--format", "json")
    assert result.exit_code == 1
    [finding] = json.loads(result.stdout)
    assert (finding["code"], finding["line"], finding["column"]) == ("CX000", 1, 1)
    assert "git lfs pull" in finding["message"]


def test_a_pointer_without_its_object_is_no_pointer(tmp_path, monkeypatch):
    """The version line and a `size` but no `oid sha256:` line: no pointer git-lfs reads, so no LFS advice."""
    enter_workspace(tmp_path, monkeypatch, config="",
                    files={"personas/maya.yaml": VERSION + "size 812\n"})
    result = run_cli("lint", "personas/maya.yaml", "--format", "json")
    assert result.exit_code == 1
    assert "git lfs pull" not in result.stdout
    assert [code for code, _line in codes(result)] == ["CX002"]


@needs_git
def test_diff_against_a_revision_that_holds_the_stray_line_is_no_lfs_error(tmp_path, monkeypatch):
    repo = Repo(tmp_path / "zespol")
    repo.write("cxkit.toml", 'lang = "pl"\n')
    repo.write("personas/ola.yaml", VERSION + OLA)
    repo.commit("Ola po scaleniu")
    repo.write("personas/ola.yaml", OLA)
    monkeypatch.chdir(repo.root)
    for key in ("HOME", "GIT_CONFIG_NOSYSTEM", "GIT_CONFIG_GLOBAL"):
        monkeypatch.setenv(key, repo.env[key])
    monkeypatch.setenv("NO_COLOR", "1")
    result = run_cli("diff", "HEAD")
    assert result.exception is None
    # before: "cxkit: HEAD:personas/ola.yaml is a Git LFS pointer cxkit cannot read"; now the revision's YAML
    # error, at the line below the stray one
    assert result.stderr.startswith("HEAD:personas/ola.yaml:2:5: error CX001 "), result.stderr
    assert "LFS" not in result.stdout + result.stderr
