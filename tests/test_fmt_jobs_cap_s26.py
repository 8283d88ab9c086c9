"""`cxkit fmt -j N` takes at most 4 processes a usable CPU, as `cxkit lint -j N` does.

`-j 1000` on a 2-CPU runner started hundreds of processes for a large workspace: more processes
only cost forks and memory. Both commands use the same cap (lint.engine.capped_jobs).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit.commands_scaffold as commands_scaffold
import cxkit.lint.engine as engine
from cxkit.cli import app

MESSY = """\
name: {name}
id: {id}
kind: persona
lang: pl
goals:
    - Zamówić leki z apteki w Gnieźnie na odbiór po pracy
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "personas").mkdir()
    for i in range(64):
        (tmp_path / "personas" / f"osoba-{i:02d}.yaml").write_text(
            MESSY.format(id=f"osoba-{i:02d}", name=f"Osoba {i}"), encoding="utf-8")
    return tmp_path


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of processes each run lays its files out with, on a machine with one usable CPU."""
    monkeypatch.setattr(engine, "default_jobs", lambda: 1)
    seen: list[int] = []
    real = commands_scaffold._lay_out_all

    def spy(targets, config, jobs, progress):
        seen.append(jobs)
        return real(targets, config, jobs, progress)

    monkeypatch.setattr(commands_scaffold, "_lay_out_all", spy)
    return seen


@pytest.mark.parametrize(("given", "used"), [("1000", 4), ("5", 4), ("4", 4), ("2", 2), ("1", 1)])
def test_an_explicit_jobs_is_capped_at_four_per_cpu(ws: Path, asked: list[int], given: str, used: int) -> None:
    result = CliRunner().invoke(app, ["fmt", "--no-cache", "--check", "-j", given])
    assert result.exit_code == 1  # every file would change
    assert asked == [used]
    assert lint_jobs(given) == used  # what lint makes of the same value


def test_the_capped_run_formats_every_file(ws: Path, asked: list[int]) -> None:
    result = CliRunner().invoke(app, ["fmt", "--no-cache", "--jobs", "1000"])
    assert result.exit_code == 0, result.output
    assert asked == [4]
    assert result.stderr.endswith("64 files reformatted.\n")
    assert all(p.read_text(encoding="utf-8").startswith("kind: persona\n") for p in (ws / "personas").iterdir())


def test_without_jobs_every_usable_cpu(ws: Path, asked: list[int]) -> None:
    assert CliRunner().invoke(app, ["fmt", "--no-cache", "--check"]).exit_code == 1
    assert asked == [1]


def lint_jobs(given: str) -> int:
    return engine.capped_jobs(int(given))
