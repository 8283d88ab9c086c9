"""`cxkit render -` renders an editor's unsaved buffer (live preview), as the file saved at
`--stdin-filename` would be rendered: its workspace's config (`[labels.*]`, `lang`) and its journey's
persona lookup; a broken buffer gets located errors and exit 2, as a broken file does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pl"
JOURNEY = "journeys/pawel-kupuje-sluchawki-otwarte.yaml"
NEGATIVE = "personas/kamil-kupuje-pod-promocje.yaml"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "zespol"
    shutil.copytree(EXAMPLES, root)
    (root / "cxkit.toml").write_text('lang = "pl"\n\n[labels.pl]\npurchase_triggers = "Skorzystałby, gdyby"\n',
                                     encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "100")
    return root


def render(args: list[str], data: bytes | str):
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return CliRunner().invoke(app, ["render", *args], input=raw)


def test_journey_buffer_finds_its_persona_in_the_workspace(ws: Path) -> None:
    text = (ws / JOURNEY).read_text(encoding="utf-8").replace("Paweł kupuje otwarte", "Paweł (szkic) kupuje otwarte")
    result = render(["-", "--stdin-filename", JOURNEY, "--width", "100"], text)
    assert result.exit_code == 0, result.output
    assert "Persona: Paweł Czerski" in result.stdout
    assert "Paweł (szkic) kupuje" in result.stdout  # the buffer, not the saved file


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "markdown-plain", "html", "mermaid", "json", "svg", "csv"])
def test_every_format_renders_the_buffer_as_the_saved_file(ws: Path, fmt: str) -> None:
    data = (ws / JOURNEY).read_bytes()
    saved = CliRunner().invoke(app, ["render", JOURNEY, "-f", fmt, "--width", "100"])
    buffered = render(["-", "--stdin-filename", JOURNEY, "-f", fmt, "--width", "100"], data)
    assert saved.exit_code == 0 and buffered.exit_code == 0, buffered.output
    assert buffered.stdout == saved.stdout
    assert buffered.stdout.strip()


def test_team_labels_come_from_the_config_found_from_the_path(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = (ws / NEGATIVE).read_bytes()
    monkeypatch.chdir(ws.parent)  # the editor runs cxkit outside the workspace
    result = render(["-", "--stdin-filename", f"zespol/{NEGATIVE}", "-f", "markdown"], data)
    assert result.exit_code == 0, result.output
    assert "Skorzystałby, gdyby" in result.stdout
    alone = render(["-", "-f", "markdown"], data)  # no name: the current folder's config (none), cxkit's heading
    assert alone.exit_code == 0, alone.output
    assert "Skorzystałby, gdyby" not in alone.stdout


def test_a_new_file_in_a_folder_not_made_yet_gets_the_workspace(ws: Path) -> None:
    data = (ws / JOURNEY).read_bytes()
    result = render(["-", "--stdin-filename", "nowe/mapy/pawel.yaml", "-f", "markdown"], data)
    assert result.exit_code == 0, result.output
    assert "Persona: Paweł Czerski" in result.stdout


def test_broken_buffer_is_located_under_its_name_and_exits_2(ws: Path) -> None:
    text = "kind: persona\nid: zosia\nname: [Zosia\n"
    result = render(["-", "--stdin-filename", "personas/zosia.yaml"], text)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("personas/zosia.yaml:3:")
    assert "CX001" in result.stderr and "Traceback" not in result.output


def test_empty_buffer_is_the_input_not_a_file(ws: Path) -> None:
    result = render(["-"], b"")
    assert result.exit_code == 2
    assert result.stderr.startswith("-:1:1: error CX001 wejście jest puste")  # a Polish workspace, as `lint -` says it


def test_not_a_cxkit_document(ws: Path) -> None:
    result = render(["-", "--stdin-filename", "docker-compose.yml"], "services:\n  web:\n    image: nginx\n")
    assert result.exit_code == 2
    assert "docker-compose.yml" in result.stderr


def test_export_never_replaces_the_saved_document(ws: Path) -> None:
    before = (ws / JOURNEY).read_bytes()
    result = render(["-", "--stdin-filename", JOURNEY, "-f", "html", "-o", JOURNEY], before)
    assert result.exit_code == 2
    assert "plik wejściowy tego renderowania" in result.stderr  # the workspace says `lang = "pl"` (s41)
    assert (ws / JOURNEY).read_bytes() == before


def test_stdin_filename_with_a_file_is_a_usage_error(ws: Path) -> None:
    result = render([JOURNEY, "--stdin-filename", JOURNEY], b"")
    assert result.exit_code == 2
    assert "not both" in result.stderr
