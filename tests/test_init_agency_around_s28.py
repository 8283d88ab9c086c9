"""`cxkit init` in an agency's monorepo fits what is around it.

- `cxkit init clients/kino` among clients that are all `lang = "pl"` wrote `lang = "en"` (the locale).
- It printed pre-commit hooks with the ids `cxkit-lint`/`cxkit-fmt` that the top's
  `.pre-commit-config.yaml` already had, and a per-client workflow beside a top one covering all.
- `cxkit init` at the top listed `archive/stary-klient/`, which its `exclude` leaves out, among the
  workspaces `cxkit lint` checks.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PERSONA = """kind: persona
id: {id}
name: {name}
lang: pl
summary: Klientka, która kupuje bilety do kina przez aplikację.
goals:
  - Kupić dwa bilety na wieczorny seans bez stania w kolejce do kasy
"""

HOOKS = """repos:
  - repo: local
    hooks:
      - id: cxkit-lint
        name: cxkit lint
        entry: cxkit lint --only-documents
        language: system
        files: \\.(ya?ml)$
      - id: cxkit-fmt
        name: cxkit fmt
        entry: cxkit fmt --check --only-documents
        language: system
        files: \\.(ya?ml)$
"""


def env() -> dict[str, str]:
    out = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src")), "NO_COLOR": "1",
           "COLUMNS": "300", "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "CXKIT_TODAY": "2026-11-23"}
    return out


def init(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cxkit", "init", *args], cwd=cwd, env=env(), capture_output=True,
                          text=True, timeout=180)


def client(repo: Path, name: str, lang: str) -> None:
    folder = repo / name
    (folder / "personas").mkdir(parents=True)
    (folder / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    ident = name.rsplit("/", 1)[-1]
    (folder / "personas" / f"{ident}.yaml").write_text(PERSONA.format(id=f"ola-{ident}", name="Ola Nowak"), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "cxkit.toml").write_text('exclude = ["archive"]\n', encoding="utf-8")
    for name in ("clients/apteka", "clients/bank", "clients/browar"):
        client(tmp_path, name, "pl")
    client(tmp_path, "clients/nordic", "en")
    client(tmp_path, "archive/stary-klient", "pl")
    (tmp_path / "clients" / "kino").mkdir()
    return tmp_path


def test_a_new_client_takes_the_language_its_siblings_share(repo: Path) -> None:
    proc = init(repo, "clients/kino", "--no-examples")
    assert proc.returncode == 0, proc.stderr
    assert 'lang = "pl"' in (repo / "clients" / "kino" / "cxkit.toml").read_text(encoding="utf-8")


def test_the_config_above_decides_before_the_siblings(repo: Path) -> None:
    (repo / "cxkit.toml").write_text('lang = "en"\nexclude = ["archive"]\n', encoding="utf-8")
    assert init(repo, "clients/kino", "--no-examples").returncode == 0
    assert 'lang = "en"' in (repo / "clients" / "kino" / "cxkit.toml").read_text(encoding="utf-8")


def test_siblings_split_evenly_leave_it_to_the_locale(repo: Path) -> None:
    (repo / "clients" / "bank" / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert init(repo, "clients/kino", "--no-examples").returncode == 0
    assert 'lang = "en"' in (repo / "clients" / "kino" / "cxkit.toml").read_text(encoding="utf-8")


def test_hooks_and_a_workflow_at_the_top_are_not_printed_again(repo: Path) -> None:
    (repo / ".pre-commit-config.yaml").write_text(HOOKS, encoding="utf-8")
    (repo / ".github" / "workflows").mkdir(parents=True)
    (repo / ".github" / "workflows" / "ci.yml").write_text("jobs:\n  cx:\n    steps:\n      - run: cxkit lint\n",
                                                         encoding="utf-8")
    proc = init(repo, "clients/kino", "--no-examples")
    assert proc.returncode == 0, proc.stderr
    assert "id: cxkit-lint" not in proc.stdout and "name: cxkit" not in proc.stdout, proc.stdout
    assert "already has the hooks cxkit-lint and cxkit-fmt" in proc.stdout
    assert "ci.yml (already runs cxkit lint over the repository, clients/kino/ too)" in proc.stdout


def test_a_workflow_for_another_folder_does_not_count(repo: Path) -> None:
    (repo / ".github" / "workflows").mkdir(parents=True)
    (repo / ".github" / "workflows" / "cxkit.yml").write_text(
        "jobs:\n  cx:\n    defaults:\n      run:\n        working-directory: \"clients/apteka\"\n    steps:\n"
        "      - run: cxkit lint\n", encoding="utf-8")
    proc = init(repo, "clients/kino", "--no-examples")
    assert "set for clients/kino/" in proc.stdout and "working-directory: \"clients/kino\"" in proc.stdout


def test_init_at_the_top_leaves_an_excluded_archive_out_of_the_workspaces(repo: Path) -> None:
    proc = init(repo)
    assert proc.returncode == 0, proc.stderr
    found = next(line for line in proc.stdout.splitlines() if line.startswith("found"))
    assert "archive/" not in found and "clients/apteka/" in found
    assert ("skipped  archive/stary-klient/ (has a cxkit config of its own, but `exclude` here leaves it out "
            "('archive'): `cxkit lint` here does not check it)") in proc.stdout
