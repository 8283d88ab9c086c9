"""A bank's monorepo, linted from its top: other tools' YAML and git-ignored trees beside `cx/`.

- A folder scan took a Kubernetes custom resource (`apiVersion` + `kind: Persona`), its Helm
  template, and an analytics funnel `kind: Journey` (an `id` and event stages, no `name`) for
  misspelt cxkit documents, and `cxkit lint` / `cxkit fmt --check` failed on them.  A mapping with
  `apiVersion` is never a cxkit document; a near miss of a kind needs the `id` and `name` every
  cxkit document has.  A real document with a misspelt kind is still reported.
- A translation table with an exact `kind: persona` (every value one label, no list) is still
  linted, as its kind says, but its first finding says what it looks like and how to leave it out.
- Folder scans pass over what git ignores (`node_modules/`, `build/`): `cxkit fmt` from the top
  rewrote a third-party file.  `respect-gitignore = false` turns that off; a file or folder named
  on the command line is checked all the same; a file git tracks is never ignored.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, git

needs_git = pytest.mark.skipif(not HAS_GIT, reason="git missing")

ANNA = """\
kind: persona
id: anna-kowalczyk
name: Anna Kowalczyk
goals:
  - Zablokować skradzioną kartę w 30 sekund, bez dzwonienia na infolinię
"""

CRD = """\
apiVersion: cx.bank.pl/v1
kind: Persona
metadata:
  name: anna
  namespace: mobile
spec:
  goals: ["szybki przelew"]
"""

HELM_CRD = """\
apiVersion: cx.bank.pl/v1
kind: Persona
metadata:
  name: {{ .Values.persona.id }}
spec:
{{- toYaml .Values.persona.spec | nindent 2 }}
"""

FUNNEL = """\
kind: Journey
id: onboarding_selfie
stages:
  - id: start
    event: onboarding_started
  - id: selfie
    event: selfie_uploaded
"""

I18N = """\
kind: persona
id: Identyfikator
name: Imię
goals: Cele
stages: Etapy
"""

CASE_TYPO = """\
kind: Persona
id: marek-nowak
name: Marek Nowak
goals:
  - Spłacić kredyt hipoteczny przed terminem bez wizyty w oddziale
"""


def _write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _lint(*args: str) -> tuple[int, list[dict]]:
    result = run_cli("lint", "--no-cache", "-f", "json", *args)
    assert result.exception is None, repr(result.exception)
    return result.exit_code, json.loads(result.stdout or "[]")


def _paths(findings: list[dict]) -> set[str]:
    return {f["path"] for f in findings}


@pytest.fixture
def monorepo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`cx/` a workspace of its own (its cxkit.toml), no config at the top, run from the top."""
    _write(tmp_path, "cx/cxkit.toml", 'lang = "pl"\nselect = ["schema", "yaml-syntax"]\n')
    _write(tmp_path, "cx/personas/anna.yaml", ANNA)
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- F3: other tools' YAML with a cxkit-like kind -------------------------------------------------


def test_a_kubernetes_custom_resource_kind_persona_is_not_a_document(monorepo):
    _write(monorepo, "k8s/persona-crd.yaml", CRD)
    _write(monorepo, "helm/templates/persona.yaml", HELM_CRD)
    code, findings = _lint()
    assert (code, findings) == (0, [])
    result = run_cli("fmt", "--check")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "persona-crd" not in result.stdout + result.stderr


def test_an_analytics_funnel_kind_journey_without_a_name_is_not_a_document(monorepo):
    _write(monorepo, "analytics/funnels/onboarding.yaml", FUNNEL)
    code, findings = _lint()
    assert (code, findings) == (0, [])
    assert run_cli("fmt", "--check").exit_code == 0


def test_a_misspelt_kind_in_a_real_document_is_still_reported(monorepo):
    _write(monorepo, "cx/personas/marek.yaml", CASE_TYPO)
    _write(monorepo, "cx/personas/ewa.yaml", "Kind: persona\nid: ewa\nname: Ewa Zielińska\n")
    # Broken YAML with a misspelt kind: the `id:` and `name:` lines still make it a document.
    _write(monorepo, "cx/personas/jan.yaml", "kind: persna\nid: jan\nname: Jan\ngoals:\n  - [niedomknięta\n")
    code, findings = _lint()
    assert code == 1
    got = {(f["path"], f["line"], f["rule"]) for f in findings}
    assert ("cx/personas/marek.yaml", 1, "schema") in got
    assert ("cx/personas/ewa.yaml", 1, "schema") in got
    assert any(p == "cx/personas/jan.yaml" and r == "yaml-syntax" for p, _l, r in got)
    marek = next(f for f in findings if f["path"] == "cx/personas/marek.yaml")
    assert "czy chodziło o „persona”?" in marek["message"]  # cx/ is a Polish workspace


def test_a_named_custom_resource_is_still_checked(monorepo):
    _write(monorepo, "k8s/persona-crd.yaml", CRD)
    code, findings = _lint("k8s/persona-crd.yaml")
    assert code == 1 and _paths(findings) == {"k8s/persona-crd.yaml"}


def test_a_translation_table_with_kind_persona_is_linted_with_a_way_out(monorepo):
    _write(monorepo, "i18n/pl.yaml", I18N)
    code, findings = _lint()
    assert code == 1
    # The file's first finding as listed, at its first line (tester9 D6: it was at 1:7, after others).
    first = next(f for f in findings if f["path"] == "i18n/pl.yaml")
    assert (first["line"], first["column"], first["rule"]) == (1, 1, "schema")
    assert first["message"] == (
        "this file says `kind: persona`, yet every value in it is a single text and none is a list "
        "(`goals` is 'Cele'): if it is not a cxkit document (a translation file, another tool's settings), "
        "leave it out with `exclude` in cxkit.toml; if it is, write `goals` as a list")
    # Named on the command line, it is checked as what it says it is: no guess at what else it may be.
    _code, named = _lint("i18n/pl.yaml")
    assert named and not any("translation file" in f["message"] for f in named)
    # The way out it names works.
    _write(monorepo, "cxkit.toml", 'exclude = ["i18n"]\n')
    assert _lint() == (0, [])


def test_a_new_persona_of_plain_values_gets_no_translation_hint(monorepo):
    _write(monorepo, "cx/personas/ola.yaml", "kind: persona\nid: ola\nname: Ola Wiśniewska\nreviewed: 2020-13-01\n")
    code, findings = _lint()
    assert code == 1 and findings
    # cx/ is a Polish workspace: its translation-file hint would say "plik tłumaczeń".
    assert not any("translation file" in f["message"] or "plik tłumaczeń" in f["message"] for f in findings)


# --- F4: git-ignored trees ---------------------------------------------------------------------------

THIRD_PARTY = "id: example\nkind: persona\nname: Example\n"
GENERATED = "kind: journey\nid: gen\nname: Generated\npersona: nobody\nstages: []\n"


@pytest.fixture
def repo(monorepo: Path) -> Path:
    git(monorepo, "init", "-q")
    _write(monorepo, ".gitignore", "node_modules/\nbuild/\n*.draft.yaml\n")
    _write(monorepo, "node_modules/some-cx-lib/examples/p.yaml", THIRD_PARTY)
    _write(monorepo, "build/out/j.yaml", GENERATED)
    _write(monorepo, "cx/personas/anna.draft.yaml", "kind: persona\nid: anna\n")
    return monorepo


@needs_git
def test_lint_from_the_top_passes_over_git_ignored_files(repo):
    assert _lint() == (0, [])
    assert _lint("cx") == (0, [])


@needs_git
def test_fmt_from_the_top_does_not_rewrite_git_ignored_files(repo):
    before = (repo / "node_modules/some-cx-lib/examples/p.yaml").read_bytes()
    result = run_cli("fmt")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "node_modules" not in result.stdout + result.stderr
    assert (repo / "node_modules/some-cx-lib/examples/p.yaml").read_bytes() == before
    assert run_cli("fmt", "--check").exit_code == 0


@needs_git
def test_a_named_ignored_file_or_folder_is_checked(repo):
    code, findings = _lint("node_modules/some-cx-lib/examples/p.yaml", "build")
    assert code == 1
    assert _paths(findings) == {"node_modules/some-cx-lib/examples/p.yaml", "build/out/j.yaml"}


@needs_git
def test_respect_gitignore_false_scans_ignored_files(repo):
    _write(repo, "cxkit.toml", "respect-gitignore = false\n")
    code, findings = _lint()
    assert code == 1
    assert "build/out/j.yaml" in _paths(findings)
    # A tool's folder is never scanned unless named, whether git ignores it or not.
    assert "node_modules/some-cx-lib/examples/p.yaml" not in _paths(findings)


@needs_git
def test_a_tracked_file_is_checked_though_gitignore_matches_it(repo):
    _write(repo, "cx/personas/ola.draft.yaml", "kind: persona\nid: ola\n")
    git(repo, "add", "-f", "cx/personas/ola.draft.yaml")
    code, findings = _lint()
    assert code == 1 and _paths(findings) == {"cx/personas/ola.draft.yaml"}


@needs_git
def test_a_file_that_becomes_ignored_is_not_served_from_the_cache(repo):
    _write(repo, "cx/personas/szkic.yaml", "kind: persona\nid: szkic\n")
    first = run_cli("lint", "-f", "json")  # with the cache
    assert first.exit_code == 1 and _paths(json.loads(first.stdout)) == {"cx/personas/szkic.yaml"}
    with open(repo / ".gitignore", "a", encoding="utf-8") as fh:
        fh.write("cx/personas/szkic.yaml\n")
    again = run_cli("lint", "-f", "json")
    assert (again.exit_code, json.loads(again.stdout)) == (0, [])
    (repo / ".gitignore").write_text("node_modules/\nbuild/\n*.draft.yaml\n", encoding="utf-8")
    back = run_cli("lint", "-f", "json")
    assert back.exit_code == 1 and _paths(json.loads(back.stdout)) == {"cx/personas/szkic.yaml"}


@needs_git
def test_a_workspace_inside_an_ignored_folder_is_not_linted(repo):
    # A library's own example workspace under node_modules is not one of the repository's.
    _write(repo, "node_modules/cx-templates/cxkit.toml", 'lang = "en"\n')
    _write(repo, "node_modules/cx-templates/personas/x.yaml", "kind: persona\nid: x\n")
    assert _lint() == (0, [])


def test_a_gitignore_outside_a_git_work_tree_means_nothing(monorepo):
    _write(monorepo, ".gitignore", "build/\n")
    _write(monorepo, "build/out/j.yaml", GENERATED)
    code, findings = _lint()
    assert code == 1 and _paths(findings) == {"build/out/j.yaml"}


def test_respect_gitignore_takes_true_or_false(monorepo):
    _write(monorepo, "cxkit.toml", 'respect-gitignore = "no"\n')
    result = run_cli("lint")
    assert result.exit_code == 2
    assert result.stderr.strip() == ("cxkit: cxkit.toml:1:1: bad value for 'respect-gitignore': it takes true or false, "
                                     "without quotes, not the text 'no' (respect-gitignore = false scans what git "
                                     "ignores too)")


@needs_git
def test_git_ignored_files_from_a_subfolder_and_info_exclude(repo, monkeypatch):
    # .git/info/exclude counts too, and a scan from below the top reads the top's rules.
    (repo / ".git/info").mkdir(parents=True, exist_ok=True)
    (repo / ".git/info/exclude").write_text("cx/personas/local/\n", encoding="utf-8")
    _write(repo, "cx/personas/local/moja.yaml", "kind: persona\nid: moja\n")
    _write(repo, "cx/personas/wip.draft.yaml", "kind: persona\nid: wip\n")
    monkeypatch.chdir(repo / "cx")
    assert _lint() == (0, [])
    monkeypatch.chdir(repo / "cx" / "personas")
    assert _lint(".") == (0, [])
    assert os.path.exists("local/moja.yaml")
