"""`cxkit.api.lint(..., baseline=...)` (session 34): a program can leave out what the workspace's baseline records,
as `cxkit lint` does, by asking for it.  The default stays every finding (docs/python-api.md, "Stability":
existing calls return what they returned); `lint_text` keeps its default (the baseline applied) and takes a
baseline file too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baseline_helpers import LEGACY_OLA_TRAVELS as OLA, adopted
from conftest import enter_workspace
from cxkit import api

#: Written after the baseline: an English persona with generic goals of its own.
TOM = """\
kind: persona
id: tom-fresh
name: Tom Baker
lang: en
summary: A van driver in Leeds who renews his fleet insurance every spring through the broker's portal.
goals:
  - Values quality
pain_points:
  - The portal logs him out while he uploads the vehicle registration scans
"""


def cli(*args: str, data: str | None = None):
    from cxkit.cli import app

    return CliRunner().invoke(app, ["lint", *args], input=data)


def places(findings) -> list[tuple[str, int, int, str]]:
    return [(f.path, f.line, f.column, f.code) for f in findings]


@pytest.fixture
def ws(tmp_path, monkeypatch):
    root = adopted(tmp_path / "ws", monkeypatch, "dług.json", {"personas/ola.yaml": OLA})
    (root / "personas" / "tom.yaml").write_text(TOM, encoding="utf-8")
    return root


def test_the_default_is_every_finding_as_before(ws):
    """Guard (the stability promise): without the keyword the recorded findings of ola.yaml are returned."""
    every = api.lint(["personas"])
    assert places(every) == places(api.lint(["personas"], baseline=False))
    assert {f.path for f in every} == {"personas/ola.yaml", "personas/tom.yaml"}
    shown = json.loads(cli("--no-baseline", "-f", "json", "personas").stdout)
    assert places(every) == [(f["path"], f["line"], f["column"], f["code"]) for f in shown]


def test_baseline_true_leaves_out_what_the_config_s_baseline_records_as_the_command_does(ws):
    """Fails before (TypeError: unexpected keyword): the program got the recorded findings and had no way
    to get what CI shows."""
    found = api.lint(["personas"], baseline=True)
    shown = json.loads(cli("-f", "json", "personas").stdout)
    assert places(found) == [(f["path"], f["line"], f["column"], f["code"]) for f in shown]
    assert found and {f.path for f in found} == {"personas/tom.yaml"}  # ola.yaml's are all recorded
    assert len(found) < len(api.lint(["personas"]))


def test_a_baseline_file_given_is_used_instead_of_the_config_s(ws):
    """As `--baseline FILE`: an empty baseline hides nothing; a path object is taken; one for only part of
    the workspace hides only that part."""
    Path("pusty.json").write_text('{"format": "cxkit-baseline/1", "findings": []}\n', encoding="utf-8")
    assert places(api.lint(["personas"], baseline="pusty.json")) == places(api.lint(["personas"]))
    assert cli("--write-baseline", "--baseline", "tom.json", "--no-baseline", "personas/tom.yaml").exit_code == 0
    found = api.lint(["personas"], baseline=Path("tom.json"))
    assert {f.path for f in found} == {"personas/ola.yaml"}
    assert places(found) == places(f for f in api.lint(["personas"]) if f.path == "personas/ola.yaml")


def test_a_workspace_without_a_baseline_and_baseline_true(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-01", files={"personas/ola.yaml": OLA})
    assert places(api.lint(["personas"], baseline=True)) == places(api.lint(["personas"])) != []


def test_a_baseline_that_is_not_there_or_empty_is_a_cxkit_error(ws):
    with pytest.raises(api.CxkitError, match=r"brak\.json: no such baseline file"):
        api.lint(["personas"], baseline="brak.json")
    with pytest.raises(api.CxkitError, match="baseline: the value is empty"):
        api.lint(["personas"], baseline=" ")
    with pytest.raises(api.CxkitError, match="baseline: the value is empty"):
        api.lint_text(OLA, "personas/ola.yaml", baseline="")


def test_lint_text_takes_a_baseline_file_too(ws):
    """Fails before: a path was read as true, so the config's baseline hid ola.yaml's findings."""
    Path("pusty.json").write_text('{"format": "cxkit-baseline/1", "findings": []}\n', encoding="utf-8")
    every = api.lint_text(OLA, "personas/ola.yaml", baseline=False)
    assert every and api.lint_text(OLA, "personas/ola.yaml") == []
    assert places(api.lint_text(OLA, "personas/ola.yaml", baseline="pusty.json")) == places(every)
