"""What git ignores is asked once a run, not once per workspace and folder (tester23 M6).

A warm re-lint of an agency monorepo (480 client workspaces, each with its own cxkit.toml) spent
most of its time in 361 `git ls-files` processes: each workspace's config asked git again about
its own folders, although the answer depends on the folder alone.  One run now asks once per git
repository it meets (the outer one, each nested repository), and every workspace below a folder
asked of already takes its share of that answer.  The files checked are the same.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import JOURNEY_PL, NEGATIVE_PL, PERSONA_PL, run_cli
from cxkit import discovery
from git_helpers import HAS_GIT, git

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git is not installed")

CLIENTS = ("mleczarnia", "browar-zdroj", "apteka-zdrowie", "bank-zorza")


def _client(top: Path, name: str) -> Path:
    ws = top / "clients" / name
    (ws / "personas").mkdir(parents=True)
    (ws / "journeys").mkdir()
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "personas" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (ws / "personas" / "janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    (ws / "journeys" / "zakup.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    # What git ignores: an export folder and editor backups, each a copy of a persona (a duplicate id if checked).
    (ws / ".gitignore").write_text("eksport/\n*.bak.yaml\n", encoding="utf-8")
    (ws / "eksport").mkdir()
    (ws / "eksport" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (ws / "personas" / "tomek.bak.yaml").write_text(PERSONA_PL, encoding="utf-8")
    return ws


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    top = tmp_path / "agencja"
    top.mkdir()
    (top / "cxkit.toml").write_text('exclude = ["archive"]\n', encoding="utf-8")
    for name in CLIENTS:
        _client(top, name)
    git(top, "init", "-q")
    git(top, "add", "-A")
    git(top, "commit", "-qm", "klienci")
    # A client not committed yet: its folder is untracked, its export folder ignored all the same.
    _client(top, "kino-lumiere")
    monkeypatch.chdir(top)
    for name in ("GITHUB_ACTIONS", "CXKIT_DEBUG", "CXKIT_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.setenv("COLUMNS", "120")
    return top


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders (from the work tree's top) `git ls-files` is asked about, one entry a git run."""
    seen: list[str] = []
    real = discovery.run_git

    def counting(args, **kwargs):
        if args[0] == "ls-files":
            seen.append(f"{Path(kwargs['cwd']).name}:{args[-1]}")
        return real(args, **kwargs)

    monkeypatch.setattr(discovery, "run_git", counting)
    return seen


def _lint(*args: str) -> tuple[int, list, str]:
    result = run_cli("lint", "--no-cache", "--format", "json", "-j", "1", *args)
    assert result.exception is None, repr(result.exception)
    return result.exit_code, json.loads(result.stdout), result.stderr


def _checked(findings: list) -> set[str]:
    return {f["path"] for f in findings}


def test_one_git_ls_files_for_every_workspace_of_the_repository(agency, asked):
    code, findings, err = _lint()
    assert asked == ["agencja:."]
    assert code == 1  # CX302 in the journeys, as in every client
    assert not any("eksport/" in p or ".bak." in p for p in _checked(findings))
    assert "git ignores" in err  # the note on the ignored look-alikes is still given


def test_the_files_checked_are_those_each_workspace_alone_checks(agency, asked):
    _code, findings, _err = _lint()
    alone: list = []
    for name in (*CLIENTS, "kino-lumiere"):
        alone += _lint(f"clients/{name}")[1]
    key = lambda f: (f["path"], f["line"], f["column"], f["code"])  # noqa: E731
    assert sorted(findings, key=key) == sorted(alone, key=key)
    assert "clients/kino-lumiere/journeys/zakup.yaml" in _checked(findings)


def test_a_nested_repository_is_asked_once_itself(agency, asked):
    inner = agency / "clients" / "bank-zorza" / "kampania"
    (inner / "personas").mkdir(parents=True)
    (inner / "personas" / "ola.yaml").write_text(
        PERSONA_PL.replace("id: tomek-audiofil", "id: ola-kampania", 1), encoding="utf-8")
    (inner / "szkice").mkdir()
    (inner / "szkice" / "ola.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (inner / ".gitignore").write_text("szkice/\n", encoding="utf-8")
    git(inner, "init", "-q")
    _code, findings, _err = _lint()
    assert sorted(asked) == ["agencja:.", "kampania:."]
    checked = _checked(findings) | {f["path"] for f in _lint("clients/bank-zorza/kampania")[1]}
    assert not any("szkice" in p for p in checked)


def test_a_gitignore_changed_between_two_runs_in_one_process_is_read_again(agency):
    assert not any("eksport/" in p for p in _checked(_lint()[1]))
    (agency / "clients" / "mleczarnia" / ".gitignore").write_text("*.bak.yaml\n", encoding="utf-8")
    assert any(p.startswith("clients/mleczarnia/eksport/") for p in _checked(_lint()[1]))
