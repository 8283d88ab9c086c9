"""A bank's monorepo: cxkit beside other tools' YAML, and configs that say less than they seem to.

- `cxkit fmt FILE` (the published `cxkit-fmt` hook hands it every changed YAML file) failed with
  exit 1 on YAML it could not parse and that is no cxkit document: mkdocs.yml with
  `!!python/name:` tags, Helm templates with `{{ }}`.  It now leaves them alone, as a folder scan
  does; a file that says it is a cxkit document and does not parse is still an error.
- `cxkit lint --only-documents FILE...` checks only the named files a folder scan would check,
  for hooks and CI steps that pass every changed file's name; without it a named file is checked.
- A glob in `exclude` or `per-file-ignores` with a `[` never closed, or a backwards range, matched
  nothing it was written for, silently: a config error (exit 2) at its key's line and column.
- `[tool.cxkit]` in a pyproject.toml beside a cxkit.toml is not read: a warning says so.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from conftest import run_cli

MKDOCS = """\
site_name: Dokumentacja banku mobilnego
theme:
  name: material
markdown_extensions:
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
"""

HELM = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-mobile-api
spec:
  replicas: {{ .Values.replicas }}
{{- if .Values.persona }}
  persona: {{ .Values.persona }}
{{- end }}
"""

CLOUDFORMATION = """\
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "${AWS::StackName}-raporty"
      Tags:
        - Key: zespol
          Value: !Ref Zespol
"""

DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: mobile-api
spec:
  replicas: 3
"""

COMPOSE = """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: bank
"""

ANNA = """\
kind: persona
id: anna-kowalczyk
name: Anna Kowalczyk
lang: pl
goals:
  - Zablokować kartę w 30 sekund, gdy zgubi portfel w tramwaju
"""

#: Anna with her keys out of order: fmt would rewrite her.
ANNA_UNORDERED = """\
name: Anna Kowalczyk
kind: persona
id: anna-kowalczyk
lang: pl
goals:
  - Zablokować kartę w 30 sekund, gdy zgubi portfel w tramwaju
"""

#: A persona whose flow list is never closed: a cxkit document that does not parse.
ANNA_BROKEN = """\
kind: persona
id: anna-kowalczyk
name: Anna Kowalczyk
goals: [Zablokować kartę w 30 sekund
"""


@pytest.fixture
def monorepo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A monorepo with cx/ as the cxkit workspace and other tools' YAML around it, run from its top."""
    files = {
        "mkdocs.yml": MKDOCS,
        "helm/templates/deploy.yaml": HELM,
        "infra/stack.yaml": CLOUDFORMATION,
        "k8s/deploy.yaml": DEPLOYMENT,
        "docker-compose.yml": COMPOSE,
        "cx/cxkit.toml": 'lang = "pl"\n',
        "cx/personas/anna.yaml": ANNA,
        "README.md": "# Bank mobilny\n",
    }
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and ".cxkit_cache" not in p.parts}


# --- F1: fmt leaves named YAML of other tools alone, even when it does not parse -----------------

FOREIGN_UNPARSEABLE = ["mkdocs.yml", "helm/templates/deploy.yaml", "infra/stack.yaml"]


@pytest.mark.parametrize("name", FOREIGN_UNPARSEABLE)
@pytest.mark.parametrize("mode", [[], ["--check"], ["--diff"]])
def test_fmt_leaves_a_named_unparseable_foreign_file_alone(monorepo: Path, name: str, mode: list[str]) -> None:
    before = _digests(monorepo)
    result = run_cli("fmt", "--no-cache", "-j", "1", *mode, name)
    assert result.exception is None
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr
    assert result.stdout == ""  # nothing to report; with --diff, an empty patch
    assert _digests(monorepo) == before


def test_the_published_fmt_hook_passes_a_commit_of_mixed_yaml(monorepo: Path) -> None:
    """What pre-commit runs for `cxkit-fmt` (types: [yaml], every changed YAML file's name)."""
    (monorepo / "cx/personas/anna.yaml").write_text(ANNA_UNORDERED, encoding="utf-8")
    changed = ["mkdocs.yml", "helm/templates/deploy.yaml", "infra/stack.yaml", "k8s/deploy.yaml",
               "docker-compose.yml", "cx/personas/anna.yaml"]
    result = run_cli("fmt", *changed)
    assert result.exception is None
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stderr.splitlines()[0] == "reformatted cx/personas/anna.yaml"
    assert (monorepo / "cx/personas/anna.yaml").read_text(encoding="utf-8") == ANNA
    assert (monorepo / "mkdocs.yml").read_text(encoding="utf-8") == MKDOCS
    assert (monorepo / "helm/templates/deploy.yaml").read_text(encoding="utf-8") == HELM


def test_fmt_still_reports_a_named_cxkit_document_that_does_not_parse(monorepo: Path) -> None:
    (monorepo / "cx/personas/anna.yaml").write_text(ANNA_BROKEN, encoding="utf-8")
    before = _digests(monorepo)
    result = run_cli("fmt", "--no-cache", "mkdocs.yml", "cx/personas/anna.yaml")
    assert result.exception is None
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if " error " in line]
    assert len(lines) == 1
    assert lines[0].startswith("cx/personas/anna.yaml:")
    assert "[yaml-syntax]" in lines[0]
    assert _digests(monorepo) == before


def test_fmt_reports_a_broken_document_by_its_kind_line_among_helm_like_braces(monorepo: Path) -> None:
    """A journey with a template brace in it is still a cxkit document: its `kind:` line says so."""
    path = monorepo / "cx/journeys/onboarding.yaml"
    path.parent.mkdir()
    path.write_text("kind: journey\nid: onboarding-selfie\nname: Onboarding\npersona: {{ persona }}\n", encoding="utf-8")
    result = run_cli("fmt", "--no-cache", "--check", "cx/journeys/onboarding.yaml")
    assert result.exit_code == 1
    assert result.stdout.startswith("cx/journeys/onboarding.yaml:4:")


def test_fmt_still_reports_a_named_file_it_cannot_read(monorepo: Path) -> None:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs a file the user cannot read")
    path = monorepo / "mkdocs.yml"
    path.chmod(0)
    try:
        result = run_cli("fmt", "--no-cache", "mkdocs.yml")
    finally:
        path.chmod(0o644)
    assert result.exit_code == 1
    assert result.stdout.startswith("mkdocs.yml:1:1: error ")


# --- F8: lint --only-documents -----------------------------------------------------------------

NAMED = ["k8s/deploy.yaml", "docker-compose.yml", "mkdocs.yml", "helm/templates/deploy.yaml", "README.md"]


def test_lint_checks_every_named_file_by_default(monorepo: Path) -> None:
    result = run_cli("lint", "--format", "json", "--select", "schema,yaml-syntax", "k8s/deploy.yaml",
                     "docker-compose.yml", "cx/personas/anna.yaml")
    assert result.exit_code == 1
    assert sorted({f["path"] for f in result.findings}) == ["docker-compose.yml", "k8s/deploy.yaml"]


def test_lint_only_documents_skips_named_files_a_scan_would_pass_over(monorepo: Path) -> None:
    result = run_cli("lint", "--format", "json", "--only-documents", "--select", "schema,yaml-syntax,read-error",
                     *NAMED, "cx/personas/anna.yaml")
    assert result.exception is None
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.findings == []
    text = run_cli("lint", "--only-documents", "--select", "schema,yaml-syntax", *NAMED, "cx/personas/anna.yaml")
    assert text.exit_code == 0
    assert text.stdout.strip() == "Wszystko w porządku (sprawdzono 1 dokument w 1 pliku)."


def test_lint_only_documents_still_reports_the_named_documents(monorepo: Path) -> None:
    (monorepo / "cx/personas/anna.yaml").write_text(ANNA_BROKEN, encoding="utf-8")
    (monorepo / "cx/personas/ola.yaml").write_text("kind: persna\nid: ola\nname: Ola\n", encoding="utf-8")
    result = run_cli("lint", "--format", "json", "--only-documents", "--select", "schema,yaml-syntax",
                     *NAMED, "cx/personas/anna.yaml", "cx/personas/ola.yaml")
    assert result.exit_code == 1
    found = {(f["path"], f["rule"]) for f in result.findings}
    assert found == {("cx/personas/anna.yaml", "yaml-syntax"), ("cx/personas/ola.yaml", "schema")}


def test_lint_only_documents_with_no_document_named_checks_nothing(monorepo: Path) -> None:
    """Not the whole workspace either: what was named holds nothing to check."""
    (monorepo / "cx/personas/anna.yaml").write_text(ANNA_BROKEN, encoding="utf-8")
    result = run_cli("lint", "--format", "json", "--only-documents", *NAMED)
    assert result.exception is None
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert result.stderr == ""
    text = run_cli("lint", "--only-documents", *NAMED)
    assert text.exit_code == 0
    assert text.stdout.strip() == "Nothing to check: no file named is a cxkit document that `exclude` leaves in."


def test_lint_only_documents_keeps_usage_and_config_errors(monorepo: Path) -> None:
    # A named file that is gone is skipped with a note since session 35 (a hook passes deletions too);
    # without --only-documents it is still exit 2.
    missing = run_cli("lint", "--only-documents", "k8s/deploy.yaml", "cx/personas/gone.yaml")
    assert missing.exit_code == 0
    assert missing.stderr == "cxkit: note: 1 path named was skipped: no such file (deleted?): cx/personas/gone.yaml\n"
    missing = run_cli("lint", "k8s/deploy.yaml", "cx/personas/gone.yaml")
    assert missing.exit_code == 2
    assert missing.stderr == "cxkit: cx/personas/gone.yaml: no such file or directory\n"
    bad_rule = run_cli("lint", "--only-documents", "--select", "persona-goals", "k8s/deploy.yaml")
    assert bad_rule.exit_code == 2
    assert bad_rule.stderr.startswith("cxkit: --select: unknown rule 'persona-goals'")
    (monorepo / "cxkit.toml").write_text('lang = "pl"\nfail-level = "warn"\n', encoding="utf-8")
    bad_config = run_cli("lint", "--only-documents", "k8s/deploy.yaml")
    assert bad_config.exit_code == 2
    assert bad_config.stderr.startswith("cxkit: cxkit.toml:2:1: zła wartość `fail-level`")  # the config is Polish, and so is its error (s38)


# --- F6: a glob that cannot match what it was written for ----------------------------------------

@pytest.mark.parametrize(
    ("toml", "where", "told"),
    [
        ('exclude = ["drafts/[a-"]\n', "cxkit.toml:1:12: bad value for 'exclude': 'drafts/[a-': the '[' at character 8 is never closed", None),
        ('lang = "pl"\nexclude = [\n  "szkice",\n  "["\n]\n', "cxkit.toml:4:3: zła wartość `exclude`: „[”: „[” na pozycji 1 nie jest nigdzie zamknięty", None),
        ('lang = "en"\nexclude = [\n  "szkice",\n  "["\n]\n', "cxkit.toml:4:3: bad value for 'exclude': '[': the '[' at character 1 is never closed", None),
        ('exclude = ["archiwum/[z-a]*"]\n', "cxkit.toml:1:12: bad value for 'exclude': 'archiwum/[z-a]*': the range 'z-a' runs backwards", "write 'a-z'"),
        ('lang = "pl"\n\n[per-file-ignores]\n"journeys/*" = ["CX404"]\n"szkice/[ab" = ["CX3"]\n',
         "cxkit.toml:5:1: zła wartość `per-file-ignores`: „szkice/[ab”: „[” na pozycji 8 nie jest nigdzie zamknięty", None),
    ],
)
def test_a_glob_that_matches_nothing_it_means_is_a_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, toml: str, where: str, told: str | None
) -> None:
    (tmp_path / "personas/drafts").mkdir(parents=True)
    (tmp_path / "personas/drafts/szkic.yaml").write_text("kind: persona\nid: szkic\nname: Szkic\n", encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text(toml, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in (["lint"], ["fmt", "--check"]):
        result = run_cli(*command)
        assert result.exception is None
        assert result.exit_code == 2, result.stdout + result.stderr
        assert result.stdout == ""
        assert result.stderr.startswith("cxkit: " + where), result.stderr
        assert result.stderr.count("\n") == 1
        if told:
            assert told in result.stderr


def test_the_glob_error_names_the_pyproject_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "bank"\n\n[tool.cxkit]\nexclude = ["drafts/[a-"]\n',
                                             encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint")
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: pyproject.toml:5:12: bad value for '[tool.cxkit].exclude': 'drafts/[a-'")


@pytest.mark.parametrize("pattern", ["[[]szkic]", "szkice/[]x]*", "drafts/[!a-c]*", "szkice/[a-]*", "archiwum/202[0-4]-*", "*.bak.yaml"])
def test_a_well_formed_glob_is_accepted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pattern: str) -> None:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas/anna.yaml").write_text(ANNA, encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text(f'lang = "pl"\nexclude = ["{pattern}"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--select", "schema")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""


def test_a_closed_set_in_exclude_still_excludes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "personas/drafts").mkdir(parents=True)
    (tmp_path / "personas/anna.yaml").write_text(ANNA, encoding="utf-8")
    (tmp_path / "personas/drafts/szkic.yaml").write_text("kind: persona\nid: szkic\n", encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["[d]rafts"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--select", "schema")
    assert result.exit_code == 0, result.stdout
    assert "szkic" not in result.stdout


# --- F9: [tool.cxkit] beside a cxkit.toml ---------------------------------------------------------

def _shadowed(tmp_path: Path) -> None:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas/anna.yaml").write_text(ANNA, encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "bank-mobilny"\nversion = "1.0"\n\n[tool.cxkit]\nfail-level = "never"\nselct = ["CX4"]\n',
        encoding="utf-8")


# The cxkit.toml in force is Polish, and so is the warning (session 38; test_polish_notes_s38 has it in English).
WARNING = ("cxkit: ostrzeżenie: {pyproject}:5:1: tabela [tool.cxkit] nie jest czytana, bo obowiązuje {config} obok; przenieś "
           "jej ustawienia do {config} i usuń tę tabelę\n")


def test_a_shadowed_tool_cxkit_table_is_warned_about(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _shadowed(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--select", "schema,missing-sources", "--no-cache")
    assert result.exit_code == 1  # cxkit.toml is in force: fail-level "never" in pyproject.toml is not
    assert "CX301" in result.stdout
    assert result.stderr == WARNING.format(pyproject="pyproject.toml", config="cxkit.toml")


def test_the_warning_names_both_files_from_a_subfolder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _shadowed(tmp_path)
    monkeypatch.chdir(tmp_path / "personas")
    result = run_cli("fmt", "--check")
    assert result.exit_code == 0
    assert result.stderr.startswith(WARNING.format(pyproject="../pyproject.toml", config="../cxkit.toml"))


def test_no_warning_without_a_cxkit_table_or_with_config_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _shadowed(tmp_path)
    monkeypatch.chdir(tmp_path)
    named = run_cli("lint", "--config", "cxkit.toml", "--select", "schema")
    assert named.exit_code == 0
    assert named.stderr == ""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "bank-mobilny"\n\n[tool.ruff]\nline-length = 100\n',
                                             encoding="utf-8")
    plain = run_cli("lint", "--select", "schema")
    assert plain.exit_code == 0
    assert plain.stderr == ""
