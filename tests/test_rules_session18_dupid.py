"""duplicate-id reports every copy; a suppression on a later copy also stands for the first copy
by path, as when only later copies were reported (a workspace that passed keeps passing), and a
further copy is still reported."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

OLA = "kind: persona\nid: ola{comment}\nname: Ola {who}\nlang: pl\ngoals:\n  - Biega 10 km w soboty w Parku Skaryszewskim\n"


def _lint(tmp_path, monkeypatch, files: dict[str, str], config: str = 'lang = "pl"\n') -> tuple[int, list[dict]]:
    (tmp_path / "cxkit.toml").write_text(config, encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "duplicate-id,unused-suppression")
    assert result.exception is None, result.stderr
    return result.exit_code, json.loads(result.stdout)


def test_a_suppression_on_the_later_copy_stands_for_the_first_as_before(tmp_path, monkeypatch):
    # Where the comment had to go when only later copies were reported: the workspace stays clean.
    files = {
        "personas/a.yaml": OLA.format(comment="", who="A"),
        "personas/b.yaml": OLA.format(comment="  # cxkit: disable=duplicate-id", who="B"),
    }
    code, found = _lint(tmp_path, monkeypatch, files)
    assert (code, found) == (0, [])  # and the comment is used: no unused-suppression


def test_a_further_copy_is_still_reported(tmp_path, monkeypatch):
    # The final reviewer: a third, accidental copy passed once one copy's comment accepted the id.
    files = {
        "personas/a.yaml": OLA.format(comment="", who="A"),
        "personas/b.yaml": OLA.format(comment="  # cxkit: disable=duplicate-id", who="B"),
        "personas/c.yaml": OLA.format(comment="", who="C"),
    }
    code, found = _lint(tmp_path, monkeypatch, files)
    assert code == 1
    assert [(f["path"], f["rule"]) for f in found] == [("personas/c.yaml", "duplicate-id")]
    assert "występuje też w personas/a.yaml:2, personas/b.yaml:2" in found[0]["message"]


def test_a_suppression_on_the_first_copy_silences_that_copy(tmp_path, monkeypatch):
    files = {
        "personas/a.yaml": OLA.format(comment="  # cxkit: disable=duplicate-id", who="A"),
        "personas/b.yaml": OLA.format(comment="", who="B"),
    }
    code, found = _lint(tmp_path, monkeypatch, files)
    assert code == 1
    assert [(f["path"], f["rule"]) for f in found] == [("personas/b.yaml", "duplicate-id")]  # the comment is used
    files["personas/b.yaml"] = OLA.format(comment="  # cxkit: disable=duplicate-id", who="B")
    code, found = _lint(tmp_path, monkeypatch, files)
    assert (code, found) == (0, [])


def test_per_file_ignores_for_the_later_copy_keeps_the_workspace_clean(tmp_path, monkeypatch):
    files = {name: OLA.format(comment="", who=name[-6]) for name in ("archiwum/a.yaml", "personas/a.yaml")}
    code, found = _lint(tmp_path, monkeypatch, files, 'lang = "pl"\n[per-file-ignores]\n"personas/*" = ["duplicate-id"]\n')
    assert (code, found) == (0, [])


def test_without_a_suppression_every_copy_is_reported(tmp_path, monkeypatch):
    files = {name: OLA.format(comment="", who=name[-6]) for name in ("personas/a.yaml", "personas/b.yaml")}
    code, found = _lint(tmp_path, monkeypatch, files)
    assert code == 1
    assert [(f["path"], f["rule"]) for f in found] == [("personas/a.yaml", "duplicate-id"), ("personas/b.yaml", "duplicate-id")]


def test_a_suppression_for_another_rule_does_not_accept_the_id(tmp_path, monkeypatch):
    files = {
        "personas/a.yaml": OLA.format(comment="  # cxkit: disable=pseudo-profiling", who="A"),
        "personas/b.yaml": OLA.format(comment="", who="B"),
    }
    code, found = _lint(tmp_path, monkeypatch, files)
    assert code == 1
    # (pseudo-profiling is not selected here, so its comment is not judged unused.)
    assert sorted((f["path"], f["rule"]) for f in found) == [("personas/a.yaml", "duplicate-id"), ("personas/b.yaml", "duplicate-id")]
