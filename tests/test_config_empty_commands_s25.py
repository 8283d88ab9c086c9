"""`--config=` (an empty value) is a usage error that names the option, for every command that takes
--config (review17 R17-6): render, diff, review, new and fmt said `.: not a file` (as a path, "" is
"."), which lint and cache clear no longer do (066c974). One helper, cliutil.config_option, for all.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import run_cli

EMPTY = "cxkit: --config: the value is empty; give a cxkit.toml or pyproject.toml, or leave --config out to look for one\n"

OLA = "kind: persona\nid: ola-nowak\nname: Ola Nowak\nlang: pl\ngoals:\n  - Kupić rower gravel do 6000 zł przed majówką\n"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    (tmp_path / "personas" / "ola-v2.yaml").write_text(OLA.replace("Ola Nowak", "Ola Nowakowska"), encoding="utf-8")
    return tmp_path


COMMANDS = {
    "render": ("render", "personas/ola.yaml"),
    "diff": ("diff", "personas/ola.yaml", "personas/ola-v2.yaml"),
    "review": ("review", "HEAD", "personas"),
    "new": ("new", "persona", "Żaneta Łęcka", "--no-input"),
    "fmt": ("fmt", "--check", "personas"),
    "lint": ("lint", "--no-cache"),
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("empty", [("--config=",), ("--config", "  ")], ids=["equals", "blank"])
def test_an_empty_config_value_names_the_option(ws: Path, command: str, empty: tuple[str, ...]) -> None:
    result = run_cli(*COMMANDS[command], *empty)
    assert result.exception is None
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", EMPTY)
    assert not (ws / "personas" / "zaneta-lecka.yaml").exists()


def test_a_named_config_still_works_and_a_folder_is_still_not_a_file(ws: Path) -> None:
    subprocess.run(["git", "init", "-q"], check=True)
    assert run_cli("render", "personas/ola.yaml", "--config", "cxkit.toml").exit_code == 0
    assert run_cli("diff", "personas/ola.yaml", "personas/ola-v2.yaml", "--config", "cxkit.toml").exit_code == 1
    assert run_cli("fmt", "--check", "personas", "--config", "cxkit.toml").exit_code == 0
    made = run_cli("new", "persona", "Żaneta Łęcka", "--no-input", "--config", "cxkit.toml")
    assert made.exit_code == 0 and (ws / "personas" / "zaneta-lecka.yaml").is_file()
    for command in COMMANDS.values():
        folder = run_cli(*command, "--config", ".")
        assert (folder.exit_code, folder.stderr) == (2, "cxkit: .: not a file; --config takes a cxkit.toml or pyproject.toml\n")
