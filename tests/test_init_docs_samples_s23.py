"""docs/scaffolding.md's `cxkit init` samples are what the tool prints, to the last line (the
`Next: ...` line was left out: tester9 D3)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run_cli

DOC = (Path(__file__).resolve().parent.parent / "docs" / "scaffolding.md").read_text(encoding="utf-8")


def _sample(command: str, first_line: str) -> list[str]:
    """The lines printed under ``$ COMMAND`` in the console block whose first output line is ``first_line``."""
    for block in re.findall(r"```console\n(.*?)```", DOC, flags=re.S):
        lines = [line[2:] if line.startswith("  ") else line for line in block.rstrip(" ").splitlines()]
        if lines and lines[0].split("  #")[0].strip() == f"$ {command}" and lines[1] == first_line:
            return lines[1:]
    raise AssertionError(f"no sample of {command} starting {first_line!r}")


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    return tmp_path


def _init(*args: str) -> list[str]:
    result = run_cli("init", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


def test_a_new_workspace(here: Path) -> None:
    assert _init("--lang", "pl") == _sample("cxkit init --lang pl", "utworzono  cxkit.toml")  # Polish, as the docs (s38)


def test_a_workspace_that_exists_gets_its_workflow_back(here: Path) -> None:
    _init("--lang", "pl")
    (here / ".github" / "workflows" / "cxkit.yml").unlink()
    assert _init() == _sample("cxkit init", "pominięto  cxkit.toml (już istnieje)")


def test_above_the_clients_workspaces(here: Path) -> None:
    for client in ("biblioteka", "browar", "zoo"):
        (here / client / "personas").mkdir(parents=True)
        (here / client / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
        (here / client / "personas" / "ola.yaml").write_text(
            f"kind: persona\nid: {client}-ola\nname: Ola Kowalska\n", encoding="utf-8")
    assert _init("--lang", "pl") == _sample(
        "cxkit init --lang pl", "found    biblioteka/, browar/, zoo/ (each is a workspace of its own, with its own "
        "config: `cxkit lint` here checks its documents under that config)")
