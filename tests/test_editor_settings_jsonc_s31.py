"""`cxkit init --editor vscode` reads a settings.json with comments for a mapping it already has.

VS Code's settings.json takes `//` and `/* */` comments and trailing commas, and teams use them.
init never writes such a file back, and before, it did not read it either: a second run of init told
the team to add `"schema/cxkit.json"` to a file that already mapped `./schema/cxkit.json` (or cxkit's
per-kind schemas), every time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

COMMENTED = """\
{
    // Ustawienia zespołu CX (wspólne dla całego repozytorium)
    "editor.tabSize": 2,
    "files.associations": {"*.yml": "yaml"}, /* pliki z Figmy */
    "yaml.schemas": {
        "KEY": [
            "personas/**/*.yaml",
            "journeys/**/*.yaml",
        ],
    },
}
"""


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / ".vscode").mkdir()
    return tmp_path


def _init():
    return CliRunner().invoke(app, ["init", "--lang", "pl", "--no-examples", "--editor", "vscode"])


@pytest.mark.parametrize(("key", "said"), [("./schema/cxkit.json", "./schema/cxkit.json"),
                                           ("schema/persona.json", "cxkit's schema/persona.json")])
def test_a_commented_settings_file_that_maps_the_schema_asks_for_nothing(here: Path, key: str, said: str) -> None:
    """Fails before: `printed … holds comments …; add this to it`, with the mapping the file has."""
    settings = COMMENTED.replace("KEY", key)
    (here / ".vscode/settings.json").write_text(settings, encoding="utf-8")
    result = _init()
    assert result.exit_code == 0, result.output
    assert f"skipped  .vscode/settings.json (already maps documents to {said}" in result.stdout, result.stdout
    assert "holds comments" not in result.stdout
    assert (here / ".vscode/settings.json").read_text(encoding="utf-8") == settings


def test_a_commented_settings_file_without_the_mapping_is_shown_what_to_add(here: Path) -> None:
    """Guard: comments are still never written back; the snippet is printed, the file kept."""
    settings = COMMENTED.replace("KEY", "https://json.schemastore.org/github-workflow.json")
    (here / ".vscode/settings.json").write_text(settings, encoding="utf-8")
    result = _init()
    assert "printed  .vscode/settings.json (holds comments or other text plain JSON has not" in result.stdout, result.stdout
    assert '"schema/cxkit.json": [' in result.stdout
    assert (here / ".vscode/settings.json").read_text(encoding="utf-8") == settings
