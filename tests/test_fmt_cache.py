"""`cxkit fmt` remembers the contents it found laid out already, so an unchanged workspace is quick."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit import fmt as fmt_module
from cxkit.cli import app
from fmt_cache_helpers import TIDY_PL, enter, fmt, record_laid_out

MESSY_EN = """\
id: dan-heating
kind: persona
name: Dan
goals:
    - Send a quote from the van within 10 minutes of leaving the site
"""


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    return enter(tmp_path, monkeypatch, {
        f"personas/osoba-{i}.yaml": TIDY_PL.format(id=f"osoba-{i}", name=f"Osoba {i}") for i in range(5)})


@pytest.fixture
def laid_out(monkeypatch):
    """The ids of the documents fmt lays out, run by run, each once."""
    return record_laid_out(monkeypatch, once=True)


def test_an_unchanged_workspace_is_not_laid_out_again(workspace, laid_out):
    first = fmt("--check")
    assert first.exit_code == 0 and len(laid_out) == 5
    laid_out.clear()
    second = fmt("--check")
    assert (second.exit_code, second.output) == (0, first.output)
    assert laid_out == []
    assert "5 files would be left unchanged." in second.output


def test_an_edited_file_is_laid_out_again_and_a_file_to_change_is_remembered_for_check(workspace, laid_out):
    fmt("--check")
    (workspace / "personas" / "dan.yaml").write_text(MESSY_EN, encoding="utf-8")
    (workspace / "personas" / "osoba-1.yaml").write_text(TIDY_PL.format(id="osoba-1", name="Ola Nowak"), encoding="utf-8")
    laid_out.clear()
    result = fmt("--check")
    assert result.exit_code == 1 and "would reformat personas/dan.yaml" in result.output
    assert sorted(laid_out) == ["dan-heating", "osoba-1"]
    laid_out.clear()
    again = fmt("--check")
    assert again.exit_code == 1 and "would reformat personas/dan.yaml" in again.output
    assert laid_out == []  # --check prints only the name of a file fmt would change: the cache knows it
    laid_out.clear()
    assert "+kind: persona" in fmt("--diff").output and laid_out == ["dan-heating"]  # the diff needs the new text


def test_a_config_change_lays_everything_out_again(workspace, laid_out):
    fmt("--check")
    (workspace / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    laid_out.clear()
    assert fmt("--check").exit_code == 0
    assert len(laid_out) == 5


def test_no_cache_lays_out_every_file_and_writes_no_cache(workspace, laid_out):
    fmt("--check")
    laid_out.clear()
    assert fmt("--check", "--no-cache").exit_code == 0
    assert len(laid_out) == 5
    cache = workspace / ".cxkit_cache" / "fmt-v1.json"
    before = cache.stat().st_mtime_ns
    fmt("--no-cache")
    assert cache.stat().st_mtime_ns == before


def test_a_file_changed_while_it_is_checked_is_not_remembered_by_its_old_bytes(workspace, monkeypatch):
    target = workspace / "personas" / "dan.yaml"
    target.write_text(MESSY_EN, encoding="utf-8")
    tidy = TIDY_PL.format(id="dan-heating", name="Dan")
    real = fmt_module.format_file

    def saved_meanwhile(t, config):
        if t.display.endswith("dan.yaml"):
            target.write_text(tidy, encoding="utf-8")  # the editor saves the laid-out text right now
        return real(t, config)

    monkeypatch.setattr(fmt_module, "format_file", saved_meanwhile)
    assert fmt("--check").exit_code == 0  # it judged the new, tidy bytes
    monkeypatch.setattr(fmt_module, "format_file", real)
    target.write_text(MESSY_EN, encoding="utf-8")  # the old bytes again: never taken for laid out
    result = fmt("--check")
    assert result.exit_code == 1 and "would reformat personas/dan.yaml" in result.output


def test_the_fmt_cache_is_a_list_of_keys_that_cache_clear_removes(workspace):
    fmt("--check")
    folder = workspace / ".cxkit_cache"
    keys = json.loads((folder / "fmt-v1.json").read_text())
    assert len(keys) == 5 and all(isinstance(k, str) and len(k) == 32 for k in keys)
    assert (folder / ".gitignore").exists()
    cleared = CliRunner().invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0 and not folder.exists()


@pytest.mark.parametrize("damage", [b"{", b'{"a": 1}', b"[1, 2, null]", b"\xff\xfe"])
def test_a_damaged_fmt_cache_is_ignored(workspace, laid_out, damage):
    fmt("--check")
    (workspace / ".cxkit_cache" / "fmt-v1.json").write_bytes(damage)
    laid_out.clear()
    assert fmt("--check").exit_code == 0
    assert len(laid_out) == 5


def test_a_planted_key_for_a_messy_file_is_not_trusted_under_another_cxkit(workspace, monkeypatch):
    # Keys are made with cxkit's code and the config in them: one taken from elsewhere matches nothing here.
    from cxkit.lint.cache import FmtCache

    target = workspace / "personas" / "dan.yaml"
    target.write_text(MESSY_EN, encoding="utf-8")
    foreign = FmtCache(workspace / "elsewhere", Path("/x/cxkit.toml"), b'lang = "en"\n')
    folder = workspace / ".cxkit_cache"
    folder.mkdir()
    (folder / "fmt-v1.json").write_text(json.dumps([foreign.key(target.read_bytes())]), encoding="utf-8")
    assert fmt("--check").exit_code == 1
