"""What the tests of `cxkit lint`'s spilled findings (session 39, issue #7) share: a workspace entered with
runs and blocks small enough that every output crosses many of them, and every output of a set of runs,
once with the findings spilled and once handed over as one list, as before the change
(test_memory_findings_spill_s39, test_spilled_ties_s39)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint import engine, spilled

#: Every output format of `cxkit lint`.
FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit")

#: What would make a CI's own output (annotations, a summary) appear or go.
CI_VARIABLES = ("GITHUB_ACTIONS", "CI_PROJECT_DIR", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY")


def small_runs(monkeypatch: pytest.MonkeyPatch, RUN: int | None = None, RUN_BLOCK: int | None = None,
               BLOCK: int | None = None) -> None:
    """:mod:`cxkit.lint.spilled`'s sizes made small (each is read at each call)."""
    for name, size in (("RUN", RUN), ("RUN_BLOCK", RUN_BLOCK), ("BLOCK", BLOCK)):
        if size is not None:
            monkeypatch.setattr(spilled, name, size)


def enter(top: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int, **sizes: int) -> None:
    """``top`` as the current folder, a cache of the test's own, no CI, ``columns`` wide, and
    :func:`small_runs` of ``sizes``."""
    monkeypatch.chdir(top)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", str(columns))
    for name in CI_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    small_runs(monkeypatch, **sizes)


def as_list_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine hands `cxkit lint` one list of findings, as before the change."""
    real = engine.lint

    def listed(*args, **kwargs):
        kwargs["spill"] = False
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "lint", listed)


Outputs = list[tuple[int, str, str]]


def spilled_and_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, formats, runs) -> tuple[Outputs, Outputs]:
    """(exit code, stdout, stderr) of `cxkit lint -f FORMAT *RUN .` for each format and run (formats outer),
    first spilled, then as one list with a cache of its own: a cached run of the second pass reads the
    entries of its own pass, as the spilled pass's cached runs read the earlier spilled ones."""
    runner = CliRunner()

    def outputs() -> Outputs:
        return [(r.exit_code, r.stdout, r.stderr) for r in (
            runner.invoke(app, ["lint", "-f", fmt, *args, "."]) for fmt in formats for args in runs
        )]

    spilled_outputs = outputs()
    with monkeypatch.context() as m:
        as_list_before(m)
        m.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache-before"))
        listed_outputs = outputs()
    return spilled_outputs, listed_outputs
