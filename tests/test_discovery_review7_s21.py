"""Review 7 of the folder-scan changes (a763d7b, 975810e): R7-2, R7-3, R7-4, R7-8.

- R7-2: `apiVersion` beside an exact `kind: persona` made a folder scan drop the persona without a
  word (its journey then said "no personas were found"); a misspelt kind with no `name` was dropped
  too.  An exact cxkit kind is always a document; `apiVersion` only rules out near misses
  (`kind: Persona`), and a near miss counts with `id` and `name`, or one of them and a key written
  as cxkit writes it (`goals`; `stages` whose stages have names, not a funnel's `{id, event}`).
- R7-3: a .gitignore that covers the documents themselves (an allow-list `*` + `!*/`, an ignored
  folder under a `paths` folder) gave "All checks passed (0 documents)" with no hint why.
- R7-4: when git cannot answer (missing, "dubious ownership" in a CI container), folder scans took
  in node_modules/ again without a word: now one warning per run says so and how to fix it.
- R7-8: a beginner's persona with `goals:` written as one sentence got a second error saying it may
  be a translation file.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, git

needs_git = pytest.mark.skipif(not HAS_GIT, reason="git missing")

ANNA = """\
kind: persona
id: anna
name: Anna Kowalczyk
goals:
  - Zablokować skradzioną kartę w 30 sekund, bez dzwonienia na infolinię
"""

BLIK = """\
kind: journey
id: blik
name: Płatność BLIK w sklepie
persona: anna
stages:
  - id: pay
    name: Płatność kodem
    emotion: 1
"""


def _write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _lint(*args: str):
    result = run_cli("lint", "--no-cache", "-f", "json", *args)
    assert result.exception is None, repr(result.exception)
    return result.exit_code, json.loads(result.stdout or "[]"), result.stderr


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    _write(tmp_path, "cxkit.toml", 'lang = "pl"\nselect = ["schema", "yaml-syntax", "CX004"]\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- R7-2 -----------------------------------------------------------------------------------------


def test_an_exact_kind_with_apiversion_is_a_document_and_the_key_is_named(ws):
    _write(ws, "personas/anna.yaml", "apiVersion: cx.bank.pl/v1\n" + ANNA)
    _write(ws, "journeys/blik.yaml", BLIK)
    code, findings, _err = _lint()
    got = [(f["path"], f["line"], f["column"], f["message"]) for f in findings]
    assert code == 1
    assert got == [("personas/anna.yaml", 1, 1,
                    "nieznane pole `apiVersion` (własne dane trzymaj pod kluczem zaczynającym się od `x-`)")]


def test_a_misspelt_kind_with_an_id_and_goals_but_no_name_is_reported(ws):
    _write(ws, "personas/ola.yaml", "kind: persna\nid: ola\ntitle: Ola Wiśniewska\ngoals:\n"
                                    "  - Przelać 500 zł w 10 sekund z telefonu\n")
    # Broken YAML as well: the `id:` and `goals:` lines still say what it is.
    _write(ws, "personas/jan.yaml", "kind: persna\nid: jan\ngoals:\n  - [niedomknięta\n")
    # A journey that lost its `name`, kind misspelt, stages written as cxkit's.
    _write(ws, "journeys/kredyt.yaml", "kind: jurney\nid: kredyt\npersona: ola\nstages:\n"
                                       "  - id: wniosek\n    name: Wniosek w aplikacji\n")
    code, findings, _err = _lint()
    assert code == 1
    by_path = {f["path"]: f for f in findings}
    assert "czy chodziło o „persona”?" in by_path["personas/ola.yaml"]["message"]
    assert by_path["personas/jan.yaml"]["rule"] == "yaml-syntax"
    assert "czy chodziło o „journey”?" in by_path["journeys/kredyt.yaml"]["message"]


def test_other_tools_yaml_stays_out(ws):
    # An analytics funnel: `kind: Journey`, an id, stages of events; a custom resource `kind: Persona`.
    _write(ws, "analytics/funnel.yaml", "kind: Journey\nid: onboarding_selfie\nstages:\n"
                                        "  - id: start\n    event: onboarding_started\n"
                                        "  - id: selfie\n    event: selfie_uploaded\n")
    _write(ws, "k8s/crd.yaml", "apiVersion: cx.bank.pl/v1\nkind: Persona\nmetadata:\n  name: anna\n"
                               "spec:\n  goals: [szybki przelew]\n")
    _write(ws, "helm/persona.yaml", "apiVersion: cx.bank.pl/v1\nkind: Persona\nid: x\nmetadata:\n"
                                    "  name: {{ .Values.id }}\n")
    _write(ws, "personas/anna.yaml", ANNA)
    assert _lint()[:2] == (0, [])


# --- R7-8 -----------------------------------------------------------------------------------------


def test_a_persona_with_goals_on_one_line_gets_one_error_and_no_translation_hint(ws):
    _write(ws, "personas/anna.yaml", "kind: persona\nid: anna\nname: Anna Kowalczyk\n"
                                     "goals: Zablokować kartę w 30 sekund, gdy zgubi portfel\n")
    code, findings, _err = _lint()
    assert code == 1
    assert [(f["line"], f["column"]) for f in findings] == [(4, 8)]
    assert "`goals` musi być listą" in findings[0]["message"]  # the workspace is Polish
    assert "tłumacze" not in findings[0]["message"] and "translation" not in findings[0]["message"]


def test_a_table_of_labels_still_gets_the_translation_hint(ws):
    _write(ws, "i18n/pl.yaml", "kind: persona\nid: Identyfikator\nname: Imię\ngoals: Cele\n"
                               "pain_points: Punkty bólu\n")
    _code, findings, _err = _lint()
    assert any("plik tłumaczeń" in f["message"] for f in findings)  # the workspace is Polish


# --- R7-3 -----------------------------------------------------------------------------------------


@needs_git
def test_an_allow_list_gitignore_that_hides_the_documents_is_told(tmp_path, monkeypatch):
    git(tmp_path, "init", "-q")
    _write(tmp_path, ".gitignore", "*\n!*/\n!.bashrc\n")
    cx = tmp_path / "projects" / "cx"
    _write(cx, "cxkit.toml", "")
    _write(cx, "personas/anna.yaml", ANNA)
    _write(cx, "personas/ola.yaml", ANNA.replace("anna", "ola"))
    monkeypatch.chdir(cx)
    code, findings, err = _lint()
    assert (code, findings) == (0, [])
    assert ("cxkit: note: git ignores 2 cxkit documents here, so they were not checked "
            "(personas/anna.yaml, ...); name them (cxkit lint personas/anna.yaml), "
            "or set respect-gitignore = false in cxkit.toml\n") in err
    # The way out it names works.
    _write(cx, "cxkit.toml", "respect-gitignore = false\n")
    code, findings, err = _lint()
    assert code == 1 and {f["path"] for f in findings} == {"personas/anna.yaml", "personas/ola.yaml"}
    assert "git ignores" not in err


@needs_git
def test_an_ignored_folder_under_a_paths_folder_is_told(tmp_path, monkeypatch):
    git(tmp_path, "init", "-q")
    _write(tmp_path, "cxkit.toml", 'paths = ["generated"]\n')
    _write(tmp_path, "generated/personas/anna.yaml", ANNA)
    _write(tmp_path, "generated/personas/notes.yaml", "tytuł: notatki z badań\n")  # no document
    _write(tmp_path, ".gitignore", "/generated/personas/\n")
    monkeypatch.chdir(tmp_path)
    code, findings, err = _lint()
    assert (code, findings) == (0, [])
    assert "note: git ignores 1 cxkit document here, so it was not checked (generated/personas/anna.yaml)" in err


@needs_git
def test_no_note_when_documents_were_checked_or_git_ignores_no_document(tmp_path, monkeypatch):
    git(tmp_path, "init", "-q")
    _write(tmp_path, "cxkit.toml", "")
    _write(tmp_path, ".gitignore", "node_modules/\n")
    _write(tmp_path, "node_modules/lib/config.yaml", "name: lib\nversion: 1\n")
    monkeypatch.chdir(tmp_path)
    code, _findings, err = _lint()
    assert code == 0 and "no cxkit documents found" in err and "git ignores" not in err


# --- R7-4 -----------------------------------------------------------------------------------------


def _fake_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, top: Path) -> None:
    """A git that refuses the repository, as git does in a CI container over another uid's checkout."""
    bindir = tmp_path / "fakebin"
    bindir.mkdir()
    script = bindir / "git"
    script.write_text(
        "#!/bin/sh\n"
        f"echo \"fatal: detected dubious ownership in repository at '{top}'\" >&2\n"
        f"echo \"To add an exception for this directory, call:\" >&2\n"
        "exit 128\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")


def _ci_repo(tmp_path: Path) -> Path:
    top = tmp_path / "repo"
    (top / ".git").mkdir(parents=True)  # a checkout: git itself is the fake one
    _write(top, "cxkit.toml", "")
    _write(top, ".gitignore", "node_modules/\n")
    _write(top, "cx/personas/anna.yaml", ANNA)
    _write(top, "node_modules/lib/j.yaml", "kind: journey\nid: gen\nname: Generated\npersona: nobody\nstages: []\n")
    return top


@pytest.mark.skipif(os.name == "nt", reason="a shell script as git")
def test_git_refusing_the_repository_is_warned_about_once(tmp_path, monkeypatch):
    top = _ci_repo(tmp_path)
    _fake_git(tmp_path, monkeypatch, top.resolve())
    monkeypatch.chdir(top)
    code, findings, err = _lint("cx", "node_modules")
    assert code == 1 and "node_modules/lib/j.yaml" in {f["path"] for f in findings}  # exit code as before
    lines = [line for line in err.splitlines() if "could not be skipped" in line]
    assert lines == [
        f"cxkit: warning: git-ignored files in . could not be skipped (detected dubious ownership in "
        f"repository at '{top.resolve()}'), so folder scans take them in (node_modules/, build/...); run "
        f"`git config --global --add safe.directory {top.resolve()}`, or, where there is no home folder to write, "
        f"set `GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0={top.resolve()}` (git 2.38 or "
        "later; an older git reads it only from a config file: `export GIT_CONFIG_GLOBAL=/tmp/gitconfig` first, then "
        "the `git config` above), "
        "or set respect-gitignore = false "
        "to scan them without this warning"
    ]


@pytest.mark.skipif(os.name == "nt", reason="PATH without git")
def test_git_not_installed_is_warned_about(tmp_path, monkeypatch):
    top = _ci_repo(tmp_path)
    empty = tmp_path / "nobin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.chdir(top)
    code, _findings, err = _lint()
    assert code == 1
    assert ("cxkit: warning: git-ignored files in . could not be skipped (git is not installed), so folder "
            "scans take them in (node_modules/, build/...); install git, or set respect-gitignore = false "
            "to scan them without this warning") in err


@needs_git
def test_a_named_folder_inside_an_ignored_one_gets_no_warning(tmp_path, monkeypatch):
    top = tmp_path / "repo"
    top.mkdir()
    git(top, "init", "-q")
    _write(top, "cxkit.toml", "")
    _write(top, ".gitignore", "node_modules/\n")
    _write(top, "node_modules/some-cx-lib/examples/p.yaml", ANNA)
    monkeypatch.chdir(top)
    code, findings, err = _lint("node_modules/some-cx-lib/examples")
    assert {f["path"] for f in findings} <= {"node_modules/some-cx-lib/examples/p.yaml"}
    assert "could not be skipped" not in err


# --- R7-6 -----------------------------------------------------------------------------------------


@pytest.fixture
def outer_with_nested(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An outer repository with a nested one (a submodule's checkout) that ignores its node_modules/."""
    git(tmp_path, "init", "-q")
    _write(tmp_path, "cxkit.toml", 'select = ["schema", "yaml-syntax"]\n')
    _write(tmp_path, "anna.yaml", ANNA)
    mobile = tmp_path / "apps" / "mobile"
    mobile.mkdir(parents=True)
    git(mobile, "init", "-q")
    _write(mobile, ".gitignore", "node_modules/\n")
    _write(mobile, "node_modules/lib/p.yaml", "kind: persona\nid: vendored\n")  # a schema error, if checked
    monkeypatch.chdir(tmp_path)
    return tmp_path


@needs_git
def test_a_nested_repositorys_gitignore_is_applied_from_the_outer_top(outer_with_nested):
    for args in ((), (".", "apps/mobile"), ("apps/mobile", ".")):
        code, findings, _err = _lint(*args)
        assert (code, findings) == (0, []), args


@needs_git
def test_a_scan_started_above_a_repository_applies_its_gitignore(tmp_path, monkeypatch):
    _write(tmp_path, "cxkit.toml", 'select = ["schema", "yaml-syntax"]\n')  # a folder of clones, no repository
    clone = tmp_path / "clone"
    clone.mkdir()
    git(clone, "init", "-q")
    _write(clone, ".gitignore", "node_modules/\n")
    _write(clone, "personas/anna.yaml", ANNA)
    _write(clone, "node_modules/lib/p.yaml", "kind: persona\nid: vendored\n")
    monkeypatch.chdir(tmp_path)
    assert _lint()[:2] == (0, [])


@pytest.mark.skipif(os.name == "nt", reason="a shell script as git")
def test_git_failing_for_another_reason_is_not_told_to_be_installed(tmp_path, monkeypatch):
    # git is there and answers, with an error of its own (a damaged repository): "install git" would
    # send the reader the wrong way.
    top = _ci_repo(tmp_path)
    bindir = tmp_path / "fakebin"
    bindir.mkdir()
    script = bindir / "git"
    script.write_text("#!/bin/sh\necho \"fatal: bad object HEAD\" >&2\nexit 128\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.chdir(top)
    code, _findings, err = _lint()
    assert code == 1
    assert ("cxkit: warning: git-ignored files in . could not be skipped (bad object HEAD), so folder scans "
            "take them in (node_modules/, build/...); check that git works in it, or set respect-gitignore = "
            "false to scan them without this warning") in err


def test_a_dot_git_folder_that_is_no_repository_is_no_warning(tmp_path, monkeypatch):
    # An empty .git (a fixture, a half-copied clone): git ignores nothing there; nothing to warn of.
    top = _ci_repo(tmp_path)
    monkeypatch.chdir(top)
    _code, _findings, err = _lint("cx")
    assert "could not be skipped" not in err
