"""Review of session 30's editor set-up and family words (session 30).

- VS Code's YAML extension matches a `yaml.schemas` glob against a document's path, in which no "./"
  stands: a configured `persona-dir = "./personas"` gave `./personas/**/*.yaml`, which matches no
  document, and `persona-dir = "."` gave `./**/*.yaml`.
- lint's note on an old schema gave a command to copy; a workspace folder with a space in its name
  ("zespół sprzedaży") made it two words to the shell.
- "laws" was taken as a family word (for "in-laws"), so "follows consumer laws" rescued a generic trait.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.vague import matcher


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def _config(folder: Path, persona_dir: str, journey_dir: str = "journeys") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cxkit.toml").write_text(
        f'paths = ["."]\nlang = "pl"\npersona-dir = "{persona_dir}"\njourney-dir = "{journey_dir}"\n', encoding="utf-8")


def _globs(folder: Path) -> list[str]:
    settings = json.loads((folder / ".vscode/settings.json").read_text(encoding="utf-8"))
    return settings["yaml.schemas"]["schema/cxkit.json"]


@pytest.mark.parametrize("persona_dir", ["./persony", "persony/", "./persony/"])
def test_a_folder_written_with_dot_slash_is_mapped_as_vs_code_matches_it(here: Path, persona_dir: str):
    """Fails before: `./persony/**/*.yaml` and `./podroze/**/*.yaml` match no document."""
    _config(here, persona_dir, "./podroze")
    result = _run("init", "--no-examples", "--editor", "vscode")
    assert result.exit_code == 0, result.output
    assert _globs(here) == ["persony/**/*.yaml", "persony/**/*.yml", "podroze/**/*.yaml", "podroze/**/*.yml"]


def test_documents_at_the_workspace_top_are_mapped_without_the_files_init_writes_beside_them(here: Path):
    """Fails before: `./**/*.yaml` matched nothing.  The YAML files init writes for pre-commit and GitHub
    are left out after the rest (the last glob that matches a file decides)."""
    _config(here, ".")
    assert _run("init", "--no-examples", "--editor", "vscode").exit_code == 0
    assert _globs(here) == ["*.yaml", "*.yml", "journeys/**/*.yaml", "journeys/**/*.yml",
                            "!.github/**", "!.pre-commit-config.yaml"]


def test_the_stale_schema_note_gives_a_command_the_shell_reads_as_one_path(here: Path):
    """Fails before: `cxkit schema -o zespół sprzedaży/schema/cxkit.json`, two words to the shell."""
    team = here / "zespół sprzedaży"
    team.mkdir()
    assert _run("init", "--lang", "pl", "--no-examples", "--editor", "vscode", str(team)).exit_code == 0
    old = json.loads((team / "schema/cxkit.json").read_text(encoding="utf-8"))
    old["description"] = "written by an older cxkit"
    (team / "schema/cxkit.json").write_text(json.dumps(old, indent=2), encoding="utf-8")
    stderr = _run("lint", "--no-cache", "zespół sprzedaży").stderr  # no documents yet: a warning, then the note
    note = next(line for line in stderr.splitlines() if "cxkit.json" in line)
    assert note.startswith("cxkit: note: zespół sprzedaży/schema/cxkit.json is not the schema of this cxkit"), note
    assert "`cxkit schema -o 'zespół sprzedaży/schema/cxkit.json'` writes it again" in note
    written = _run("schema", "-o", "zespół sprzedaży/schema/cxkit.json")  # the command as the shell splits it
    assert written.exit_code == 0
    assert "schema" not in _run("lint", "--no-cache", "zespół sprzedaży").stderr


@pytest.mark.parametrize("trait", [
    "Cares about her skin, follows consumer laws",
    "Cares about her skin, follows the laws",
])
def test_laws_alone_say_not_whose_the_trait_is(trait: str):
    """Fails before: "laws" (kept for "in-laws") rescued the generic trait."""
    assert matcher().analyse(trait).vague


@pytest.mark.parametrize("trait", [
    "Cares about her skin, buys cosmetics for the in-laws",
    "Cares about her skin, buys cosmetics for her in-laws",
    "Cares about her skin, buys cosmetics for her spouse",
])
def test_in_laws_still_say_whose_the_trait_is(trait: str):
    """Guards."""
    assert not matcher().analyse(trait).vague


def test_lint_reports_the_trait_about_laws(here: Path):
    """Fails before: nothing was reported on the line about laws."""
    (here / "personas").mkdir()
    (here / "personas" / "ann.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: ann
        name: Ann Lee
        lang: en
        behaviours:
          - Cares about her skin, follows consumer laws
          - Cares about her skin, buys cosmetics for her in-laws
          - Orders coffee from a Leeds roastery twice a month
        """), encoding="utf-8")
    result = _run("lint", "--no-cache", "--format", "json", "--select", "pseudo-profiling", "personas")
    lines = [f["line"] for f in json.loads(result.stdout)]
    assert lines == [6], result.stdout
