"""`cxkit render - --stdin-filename PATH -o OUT`: the buffer's path is never where its export goes,
saved yet or not — an editor saves the buffer there next."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pl"
JOURNEY = "journeys/pawel-kupuje-sluchawki-otwarte.yaml"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "zespol"
    shutil.copytree(EXAMPLES, root)
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "100")
    return root


@pytest.mark.parametrize("out", ["journeys/nowa.yaml", "./journeys/nowa.yaml", "journeys/../journeys/nowa.yaml"])
def test_an_unsaved_buffer_s_path_is_refused_as_the_output(ws: Path, out: str) -> None:
    text = (ws / JOURNEY).read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["render", "-f", "md", "-", "--stdin-filename", "journeys/nowa.yaml",
                                      "-o", out, "--force"], input=text)
    assert result.exit_code == 2
    assert "plik wejściowy tego renderowania" in result.output  # the workspace says `lang = "pl"` (s41)
    assert not (ws / "journeys" / "nowa.yaml").exists()


def test_an_unsaved_buffer_renders_to_another_file(ws: Path) -> None:
    text = (ws / JOURNEY).read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["render", "-f", "md", "-", "--stdin-filename", "journeys/nowa.yaml",
                                      "-o", "journeys/nowa.md"], input=text)
    assert result.exit_code == 0, result.output
    assert "Paweł kupuje otwarte słuchawki w sklepie Pasmo" in (ws / "journeys" / "nowa.md").read_text(encoding="utf-8")
    assert not (ws / "journeys" / "nowa.yaml").exists()
