"""`cxkit init` above clients' workspaces refuses exactly where `cxkit lint` there stops at a
client's broken config (session 27 review).

Lint leaves a folder out when `exclude` matches the folder itself (`archiwum`, `archiwum/`) or
every path in it (`archiwum/**`, `archiwum/*`); a pattern for only some of what lies inside it
(`archiwum/*.yaml`) still lets the scan into the folder, and the scan reads the config there. And a
`paths` entry inside a client's folder
(`klienci/b/personas`) is checked under that client's config. init asked neither as lint does: it
wrote the top's config and said "`cxkit lint` checks every workspace" while that lint exited 2.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

BROKEN = 'lang = "pl"\npaths = 3\n'


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)


def invoke(*args: str, cwd: Path):
    from cxkit.cli import app

    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, list(args))
    finally:
        os.chdir(old)
    assert not (result.exception and not isinstance(result.exception, SystemExit)), repr(result.exception)
    return result


def client(top: Path, folder: str, config: str = 'lang = "pl"\n') -> None:
    (top / folder / "personas").mkdir(parents=True)
    (top / folder / "cxkit.toml").write_text(config, encoding="utf-8")
    ident = folder.replace("/", "-")
    (top / folder / "personas" / "p.yaml").write_text(
        f"kind: persona\nid: {ident}\nname: Ola Nowak\nlang: pl\nsummary: Księgowa z Lublina, prowadzi biuro rachunkowe.\n",
        encoding="utf-8")


@pytest.mark.parametrize("pattern", ["archiwum/*.yaml", "archiwum/personas/*", "archiwum/cxkit.toml"])
def test_a_pattern_for_some_of_what_lies_inside_the_folder_lets_lint_read_its_config(tmp_path: Path, pattern: str) -> None:
    client(tmp_path, "archiwum", BROKEN)
    client(tmp_path, "klient")
    top_config = f'lang = "pl"\nexclude = ["{pattern}"]\n'
    (tmp_path / "cxkit.toml").write_text(top_config, encoding="utf-8")
    lint = invoke("lint", cwd=tmp_path)
    assert lint.exit_code == 2
    init = invoke("init", "--no-examples", cwd=tmp_path)
    assert init.exit_code == 2
    assert init.stderr.splitlines()[0] == lint.stderr.splitlines()[0]
    assert init.stderr.startswith("cxkit: archiwum/cxkit.toml:2:1: zła wartość `paths`")  # the config is Polish, and so is its error (s38)
    assert not (tmp_path / ".github").exists()
    assert (tmp_path / "cxkit.toml").read_text(encoding="utf-8") == top_config


@pytest.mark.parametrize("pattern", ["archiwum", "archiwum/", "/archiwum", "**/archiwum", "arch*", "stare",
                                     "archiwum/**", "archiwum/*", "stare/**"])
def test_a_pattern_that_leaves_the_folder_or_one_above_it_out_stops_nothing(tmp_path: Path, pattern: str) -> None:
    """Guard: lint never enters such a folder, so init goes on."""
    folder = "stare/archiwum" if pattern.startswith("stare") else "archiwum"
    client(tmp_path, folder, BROKEN)
    client(tmp_path, "klient")
    (tmp_path / "cxkit.toml").write_text(f'lang = "pl"\nexclude = ["{pattern}"]\n', encoding="utf-8")
    assert invoke("lint", cwd=tmp_path).exit_code != 2
    result = invoke("init", "--no-examples", cwd=tmp_path)
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("entry", ["klienci/b/personas", "./klienci/b/personas/", "klienci/b/personas/p.yaml"])
def test_a_paths_entry_inside_a_clients_folder_is_read_under_its_config(tmp_path: Path, entry: str) -> None:
    client(tmp_path, "klienci/a")
    client(tmp_path, "klienci/b", BROKEN)
    (tmp_path / "cxkit.toml").write_text(f'lang = "pl"\npaths = ["{entry}"]\n', encoding="utf-8")
    lint = invoke("lint", cwd=tmp_path)
    assert lint.exit_code == 2
    init = invoke("init", "--no-examples", cwd=tmp_path)
    assert init.exit_code == 2
    assert init.stderr.splitlines()[0] == lint.stderr.splitlines()[0]
    assert "klienci/b/cxkit.toml:2:1" in init.stderr
    assert not (tmp_path / ".github").exists()


def test_a_paths_entry_beside_the_broken_client_stops_nothing(tmp_path: Path) -> None:
    """Guard: `paths` that take in only another client's folder leave the broken one unread."""
    client(tmp_path, "klienci/a")
    client(tmp_path, "klienci/b", BROKEN)
    client(tmp_path, "klienci/bb")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\npaths = ["klienci/a", "klienci/bb/personas"]\n', encoding="utf-8")
    assert invoke("lint", cwd=tmp_path).exit_code != 2
    result = invoke("init", "--no-examples", cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
