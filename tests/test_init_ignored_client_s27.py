"""`cxkit init` at an agency's top does not stop at a broken config in a client's folder that git
ignores (session 27 review).

Lint's folder scan skips what git ignores (`respect-gitignore`, on by default), so it never enters
such a folder nor reads its config: lint there exits 0 or 1. init refused all the same, saying
"`cxkit lint` here reads that config too and stops at it (exit 2)", which was not so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

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


def agency(top: Path, gitignore: str) -> Path:
    for folder, config in (("klienci/poufny", BROKEN), ("klienci/piekarnia", 'lang = "pl"\n')):
        (top / folder / "personas").mkdir(parents=True)
        (top / folder / "cxkit.toml").write_text(config, encoding="utf-8")
        (top / folder / "personas" / "p.yaml").write_text(
            f"kind: persona\nid: {folder.rsplit('/', 1)[1]}\nname: Ola Nowak\nlang: pl\n"
            "summary: Prowadzi piekarnię w Lublinie.\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(top)], check=True)
    (top / ".gitignore").write_text(gitignore, encoding="utf-8")
    return top


@pytest.mark.parametrize("gitignore", ["klienci/poufny/\n", "poufny\n"])
def test_a_client_folder_git_ignores_stops_nothing(tmp_path: Path, gitignore: str) -> None:
    top = agency(tmp_path, gitignore)
    assert invoke("lint", cwd=top).exit_code != 2
    result = invoke("init", "--no-examples", cwd=top)
    assert result.exit_code == 0, result.stderr
    assert "poufny/cxkit.toml" not in result.stderr
    assert (top / "cxkit.toml").is_file()


def test_with_respect_gitignore_off_it_stops_init_as_it_stops_lint(tmp_path: Path) -> None:
    """Guard: the top's config asks lint to scan what git ignores, so lint reads that config."""
    top = agency(tmp_path, "klienci/poufny/\n")
    (top / "cxkit.toml").write_text('lang = "pl"\nrespect-gitignore = false\n', encoding="utf-8")
    assert invoke("lint", cwd=top).exit_code == 2
    result = invoke("init", "--no-examples", cwd=top)
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: klienci/poufny/cxkit.toml:2:1: zła wartość `paths`")  # the config is Polish, and so is its error (s38)


def test_a_client_folder_git_does_not_ignore_still_stops_init(tmp_path: Path) -> None:
    """Guard: another folder ignored changes nothing for the broken one."""
    top = agency(tmp_path, "klienci/piekarnia/\n")
    assert invoke("lint", cwd=top).exit_code == 2
    result = invoke("init", "--no-examples", cwd=top)
    assert result.exit_code == 2
    assert not (top / "cxkit.toml").exists()
