"""The advice for a folder `exclude` leaves out names the cxkit documents in it, not other tools' YAML.

With `exclude = ["**"]` and a `docker-compose.yml` beside `personas/` and `journeys/`, the advice was
`cxkit lint *.yml journeys/*.yaml personas/*.yaml`; run, it reported the compose file (CX002 missing
kind, exit 1).  And the walk looked into `node_modules/`, whose packages could take every one of its six
places, so `personas/` went unnamed.  The advice now gives a folder's glob only when every file it
takes is a document, else the documents by name, and does not look into tools' folders.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

COMPOSE = "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    for folder in ("personas", "journeys"):
        shutil.copytree(EXAMPLES / "pl" / folder, tmp_path / folder)
    (tmp_path / "docker-compose.yml").write_text(COMPOSE, encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text('exclude = ["**"]\n', encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def advice(err: str) -> str:
    return err.rsplit("name them (", 1)[1].rstrip(")\n")


@pytest.mark.parametrize("command", [("lint",), ("fmt", "--check")])
def test_the_advice_leaves_out_the_compose_file(ws: Path, command: tuple[str, ...]) -> None:
    code, _, err = run(*command)
    assert code == 2
    assert advice(err) == f"cxkit {' '.join(command)} journeys/*.yaml personas/*.yaml"


def test_the_advised_command_reports_no_missing_kind(ws: Path) -> None:
    words = advice(run("lint")[2]).split()
    files = [str(p.relative_to(ws)) for w in words[2:] for p in sorted(ws.glob(w))]
    result = subprocess.run([sys.executable, "-m", "cxkit", "lint", "--format", "json", *files],
                            capture_output=True, text=True, cwd=ws)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "missing-kind" not in result.stdout and "docker-compose" not in result.stdout


def test_a_folder_with_a_document_and_other_yaml_names_the_document(ws: Path) -> None:
    (ws / "docs").mkdir()
    shutil.copy(ws / "personas" / "kamil-kupuje-pod-promocje.yaml", ws / "docs" / "kamil.yaml")
    (ws / "docs" / "mkdocs.yaml").write_text("site_name: Persony zespołu\n", encoding="utf-8")
    assert advice(run("lint")[2]) == "cxkit lint docs/kamil.yaml journeys/*.yaml personas/*.yaml"


def test_tools_folders_take_no_place_in_the_advice(ws: Path) -> None:
    for i in range(8):
        package = ws / "node_modules" / f"pakiet-{i}"
        package.mkdir(parents=True)
        (package / "fixture.yaml").write_text("kind: persona\nid: fixture\n", encoding="utf-8")
    assert advice(run("lint")[2]) == "cxkit lint journeys/*.yaml personas/*.yaml"


def test_guard_nothing_found_still_gives_a_glob(ws: Path) -> None:
    shutil.rmtree(ws / "personas")
    shutil.rmtree(ws / "journeys")
    (ws / "cxkit.toml").write_text('exclude = ["szkice/"]\n', encoding="utf-8")
    (ws / "szkice").mkdir()
    code, _, err = run("lint", "szkice")
    assert code == 2 and advice(err) == "cxkit lint szkice/*.yaml"
