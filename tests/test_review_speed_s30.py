"""`cxkit review` lints through the same engine as `cxkit lint`: the lint cache of the checkout,
`--jobs`, `--no-cache`; a file BASE has with the working tree's bytes is checked once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit.lint.engine as engine
from cxkit.cli import app
from git_helpers import git

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-01"}

PERSONA = """\
kind: persona
id: {id}
name: {name}
lang: pl
owner: Zespół CX (Anna Kowal)
summary: Kupuje {thing} przez aplikację w drodze do pracy, po porównaniu cen w dwóch sklepach.
reviewed: 2026-11-20
goals:
  - text: Odebrać {thing} w paczkomacie przy bloku przed 19:00
    sources: [wywiady]
sources:
  - id: wywiady
    type: interview
    date: 2026-11-12
    note: 12 wywiadów (W01–W12), listopad 2026
"""

THINGS = ["kawę ziarnistą", "karmę dla psa", "pieluchy", "filtry do wody", "baterie AA"]


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Five personas in a market folder with its own config extending the group's, committed as `main`."""
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "cx@example.com")
    git(tmp_path, "config", "user.name", "CX")
    (tmp_path / ".gitignore").write_text(".cxkit_cache/\n", encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["archiwum"]\n', encoding="utf-8")
    (tmp_path / "pl" / "personas").mkdir(parents=True)
    (tmp_path / "pl" / "cxkit.toml").write_text('extend = "../cxkit.toml"\n', encoding="utf-8")
    for i, thing in enumerate(THINGS):
        text = PERSONA.format(id=f"klient-{i}", name=f"Klient {i}", thing=thing)
        (tmp_path / "pl" / "personas" / f"klient-{i}.yaml").write_text(text, encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "base")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture()
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the engine checks (in this process: run with --jobs 1)."""
    seen: list[str] = []
    real = engine.check_target

    def counting(target, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(Path(target.display).name)
        return real(target, *args, **kwargs)

    monkeypatch.setattr(engine, "check_target", counting)
    return seen


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=ENV)
    return result.exit_code, result.stdout, result.stderr


def edit_one(root: Path) -> None:
    path = root / "pl" / "personas" / "klient-0.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Kupuje kawę ziarnistą", "Ceni jakość i kupuje kawę ziarnistą"), encoding="utf-8")


def test_base_files_the_branch_left_as_they_were_are_checked_once(repo: Path, checked: list[str]) -> None:
    """Fails before (no --jobs, no --no-cache; and each of the four unchanged files was checked on
    both sides): ten checks for five files, one edited."""
    edit_one(repo)
    code, out, err = run("review", "main", "-f", "json", "--jobs", "1", "--no-cache")
    assert code in (0, 1), err
    assert sorted(checked) == sorted([f"klient-{i}.yaml" for i in range(5)] + ["klient-0.yaml"])
    assert not (repo / "pl" / ".cxkit_cache").exists()  # --no-cache: nothing written
    assert json.loads(out)["introduced"] or json.loads(out)["changes"]


def test_working_tree_side_uses_the_lint_cache_of_the_checkout(repo: Path, checked: list[str]) -> None:
    """Fails before: review never read the lint cache; after `cxkit lint`, the working tree's files
    were checked again (and BASE's unchanged ones a third time)."""
    edit_one(repo)
    code, _out, err = run("lint", "--jobs", "1", "pl")
    assert code in (0, 1), err
    lint_checked = len(checked)
    assert lint_checked == 5
    code, cold_out, err = run("review", "main", "-f", "json", "--jobs", "1")
    assert code in (0, 1), err
    # The working tree from lint's cache; of BASE only the file the branch edited.
    assert checked[lint_checked:] == ["klient-0.yaml"]
    code2, warm_out, _err = run("review", "main", "-f", "json", "--jobs", "1")
    assert checked[lint_checked + 1:] == []  # a second review checks nothing again
    assert (code2, warm_out) == (code, cold_out)


def test_output_is_the_same_with_and_without_cache_and_workers(repo: Path) -> None:
    """Guard: the cache and the worker processes change nothing in what review says."""
    edit_one(repo)
    git(repo, "mv", "pl/personas/klient-1.yaml", "pl/personas/klient-jeden.yaml")
    (repo / "pl" / "personas" / "klient-2.yaml").unlink()
    (repo / "pl" / "cxkit.toml").write_text('extend = "../cxkit.toml"\nignore = ["stale-review"]\n', encoding="utf-8")
    # Without the cache, then filling it, then from it.
    outputs = {run("review", "main", "-f", "json", *extra) for extra in (["--no-cache", "-j", "1"], ["-j", "1"], ["-j", "2"])}
    assert len(outputs) == 1, outputs
    assert {code for code, _out, _err in outputs} == {0}
    assert any('"op": "removed"' in out for _code, out, _err in outputs)  # klient-2 deleted


def test_review_help_names_jobs_and_no_cache() -> None:
    code, out, _err = run("review", "--help")
    assert code == 0
    assert "--jobs" in out and "--no-cache" in out


def test_a_workspace_the_branch_deleted_gets_no_cache_folder(repo: Path) -> None:
    """Guard: BASE's results of a market the branch removed are kept for the run only; the deleted
    folder is not made again in the working tree to hold a cache."""
    git(repo, "rm", "-q", "-r", "pl")
    code, out, err = run("review", "main", "-f", "json", "-j", "1")
    assert code in (0, 1), err
    assert '"op": "removed"' in out
    assert not (repo / "pl").exists()
