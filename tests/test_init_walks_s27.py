"""`cxkit init` looks through the folder's tree once for its own work (session 27 review).

Since init checks the configs below (a client's in an agency's folder), init_workspace walked the
tree twice itself, once for the configs below and once for the documents and workspaces, on top of
the command's own check: three walks of up to three folder levels where two do. On a tree of 13,000
folders that cost about 0.4 s of CPU more than before.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit.scaffold.init as scaffold_init


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)


def agency(top: Path) -> Path:
    for client, lang in (("piekarnia", "pl"), ("heating-leeds", "en")):
        (top / client / "personas").mkdir(parents=True)
        (top / client / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
        (top / client / "personas" / "p.yaml").write_text(
            f"kind: persona\nid: {client}\nname: Ola Nowak\nlang: {lang}\nsummary: Prowadzi piekarnię w Lublinie.\n",
            encoding="utf-8")
    return top


def _init_counting_walks(top: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, int]:
    from cxkit.cli import app

    walks = []
    real_peek = scaffold_init.peek
    monkeypatch.setattr(scaffold_init, "peek", lambda root: walks.append(root) or real_peek(root))
    old = os.getcwd()
    os.chdir(top)
    try:
        result = CliRunner().invoke(app, ["init", "--no-examples", *args])
    finally:
        os.chdir(old)
    return result.exit_code, len(walks)


def test_init_in_an_agencys_folder_walks_it_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, walks = _init_counting_walks(agency(tmp_path), monkeypatch)
    assert code == 0
    assert (tmp_path / "cxkit.toml").is_file()
    assert walks == 1  # init_workspace's one peek: the command no longer checks the configs below itself


def test_init_of_a_folder_not_made_yet_still_walks_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: a new folder is looked at once made (nothing below it yet), and init sets it up."""
    code, walks = _init_counting_walks(tmp_path, monkeypatch, "nowy")
    assert code == 0
    assert (tmp_path / "nowy" / "cxkit.toml").is_file()
    assert walks == 1
