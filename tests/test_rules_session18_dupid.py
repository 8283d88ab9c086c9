"""duplicate-id reports every copy; a suppression on one copy accepts the shared id for all, as
it did when only the later copies were reported (a workspace that passed keeps passing)."""

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


@pytest.mark.parametrize("silenced", ["personas/a.yaml", "personas/b.yaml"])
def test_a_suppression_on_one_copy_accepts_the_id_for_every_copy(tmp_path, monkeypatch, silenced):
    files = {
        name: OLA.format(comment="  # cxkit: disable=duplicate-id" if name == silenced else "", who=name[-6])
        for name in ("personas/a.yaml", "personas/b.yaml", "personas/c.yaml")
    }
    code, found = _lint(tmp_path, monkeypatch, files)
    assert (code, found) == (0, [])  # and the comment is used: no unused-suppression


def test_per_file_ignores_for_one_copy_accepts_the_id_for_every_copy(tmp_path, monkeypatch):
    files = {name: OLA.format(comment="", who=name[-6]) for name in ("personas/a.yaml", "archiwum/a.yaml")}
    code, found = _lint(tmp_path, monkeypatch, files, 'lang = "pl"\n[per-file-ignores]\n"archiwum/*" = ["duplicate-id"]\n')
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
