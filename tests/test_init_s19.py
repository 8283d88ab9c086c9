"""`cxkit init` in a workspace that already exists (a cxkit config is in the folder) adds only the
config, folders, hooks and workflow it lacks: example documents the team deleted do not come back
(a bike shop's negative persona would silence missing-negative-persona in a B2B workspace).
`--examples` writes them anyway; `--no-examples` leaves them out of a new workspace."""

from __future__ import annotations

import os
import re
from pathlib import Path

from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]

EXAMPLES_EN = ("personas/maya-bike-commuter.yaml", "personas/gary-home-mechanic.yaml", "journeys/maya-books-a-service.yaml")
EXAMPLES_PL = ("personas/marta-dojezdza-rowerem.yaml", "personas/zbigniew-serwisuje-sam.yaml", "journeys/marta-umawia-serwis.yaml")

PRIYA = """\
kind: persona
id: priya-shah
name: Priya Shah
lang: en
reviewed: 2026-11-20
sources:
  - id: interviews-2026-10
    type: interview
    date: 2026-10-14
    n: 9
goals:
  - text: Send the board pack on the third working day, not the eighth
    sources: [interviews-2026-10]
pain_points:
  - text: Rebuilds the pipeline report in Excel every Monday from three HubSpot exports
    sources: [interviews-2026-10]
"""

SKIPPED_EN = ("skipped  the example documents (this folder already has a cxkit config (cxkit.toml), and examples you "
              "deleted should stay deleted; `cxkit init --examples` writes them)")


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


def test_init_again_does_not_bring_back_the_examples_the_team_deleted(tmp_path: Path) -> None:
    assert invoke("init", ".", "--lang", "en", cwd=tmp_path).exit_code == 0
    for rel in EXAMPLES_EN:
        (tmp_path / rel).unlink()
    (tmp_path / "personas/priya-shah.yaml").write_text(PRIYA, encoding="utf-8")
    (tmp_path / ".github/workflows/cxkit.yml").unlink()  # run again to get the workflow back
    again = invoke("init", cwd=tmp_path)
    assert again.exit_code == 0, again.stdout + again.stderr
    assert again.stdout.splitlines() == [
        "skipped  cxkit.toml (already exists)",
        "skipped  personas/ (already exists)",
        "skipped  journeys/ (already exists)",
        SKIPPED_EN,
        "skipped  .pre-commit-config.yaml (already runs cxkit lint and cxkit fmt)",
        "created  .github/workflows/cxkit.yml",
        "",
        "Next: `cxkit lint` checks the workspace; `cxkit new persona \"Name\"` starts a document.",
    ]
    assert not any((tmp_path / rel).exists() for rel in EXAMPLES_EN)
    # The B2B workspace has no negative persona of its own: lint still says so.
    lint = invoke("lint", "--no-cache", "--select", "missing-negative-persona", cwd=tmp_path)
    assert lint.exit_code == 1 and "CX201" in lint.stdout


def test_examples_brings_back_only_the_missing_ones_and_never_overwrites(tmp_path: Path) -> None:
    assert invoke("init", ".", "--lang", "pl", cwd=tmp_path).exit_code == 0
    kept = tmp_path / EXAMPLES_PL[0]
    kept.write_text(kept.read_text(encoding="utf-8") + "# nasze poprawki\n", encoding="utf-8")
    (tmp_path / EXAMPLES_PL[1]).unlink()
    again = invoke("init", "--examples", cwd=tmp_path)
    assert again.exit_code == 0
    # The workspace is Polish, and so are init's lines (s38).
    assert f"pominięto  {EXAMPLES_PL[0]} (już istnieje)" in again.stdout
    assert f"utworzono  {EXAMPLES_PL[1]}" in again.stdout
    assert kept.read_text(encoding="utf-8").endswith("# nasze poprawki\n")
    assert "dokumenty przykładowe" not in again.stdout
    assert "Dalej: `cxkit lint` sprawdza przykłady" in again.stdout


def test_a_hand_written_config_is_a_workspace_too(tmp_path: Path) -> None:
    # pyproject.toml with a [tool.cxkit] table: the folder is a workspace; init adds the CI pieces.
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "crm"\n\n[tool.cxkit]\nlang = "pl"\n', encoding="utf-8")
    result = invoke("init", cwd=tmp_path)
    assert result.exit_code == 0
    assert ("pominięto  dokumenty przykładowe (ten folder ma już konfigurację cxkit ([tool.cxkit] in pyproject.toml), a "
            "usunięte przykłady mają pozostać usunięte; zapisze je `cxkit init --examples`)") \
        in result.stdout.splitlines()  # the config says `lang = "pl"`, and so do init's lines (s38)
    assert "utworzono  .github/workflows/cxkit.yml" in result.stdout
    assert (tmp_path / "personas").is_dir() and not any((tmp_path / "personas").iterdir())


def test_the_first_run_is_unchanged_and_no_examples_leaves_them_out(tmp_path: Path) -> None:
    first = invoke("init", "nowy", "--lang", "pl", cwd=tmp_path)
    assert first.exit_code == 0
    assert all((tmp_path / "nowy" / rel).is_file() for rel in EXAMPLES_PL)
    assert "the example documents" not in first.stdout
    bare = invoke("init", "pusty", "--lang", "en", "--no-examples", cwd=tmp_path)
    assert bare.exit_code == 0
    assert "skipped  the example documents (--no-examples)" in bare.stdout.splitlines()
    assert (tmp_path / "pusty/cxkit.toml").is_file() and (tmp_path / "pusty/.github/workflows/cxkit.yml").is_file()
    assert not any((tmp_path / "pusty" / rel).exists() for rel in EXAMPLES_EN)


def test_a_failed_first_run_says_to_ask_for_the_examples_again(tmp_path: Path) -> None:
    # The config was made, so a plain second run would leave the examples out.
    (tmp_path / "personas").write_text("notatki", encoding="utf-8")
    result = invoke("init", ".", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 2
    assert "usuń przyczynę i uruchom ponownie `cxkit init --examples`: init zachowa to, co już jest" in result.stderr
    (tmp_path / "personas").unlink()
    again = invoke("init", ".", "--examples", cwd=tmp_path)
    assert again.exit_code == 0
    assert all((tmp_path / rel).is_file() for rel in EXAMPLES_PL)
    assert invoke("lint", "--no-cache", cwd=tmp_path).exit_code == 0


def test_the_help_names_the_options():
    from cxkit.cli import app

    out = " ".join(CliRunner().invoke(app, ["init", "--help"], env={"COLUMNS": "100"}).stdout.split())
    assert "--examples / --no-examples Write (or leave out) the example documents [default: only in a folder " \
           "without a cxkit config]." in out
    assert "In a folder that already has a cxkit config, only the missing config, folders, hooks and workflow " \
           "are added: examples you deleted do not come back (--examples writes them)." in out


# --- the workflows' triggers (GitHub's path filters) -------------------------------------------

def _github_glob(pattern: str) -> re.Pattern[str]:
    """A path filter as GitHub reads it: `*` within a folder, `**` across folders, `**/` none or more folders."""
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out + r"\Z")


def _triggered(paths: list[str], changed: str) -> bool:
    return any(_github_glob(p).match(changed) for p in paths)


def test_the_glob_reads_as_githubs_documented_examples() -> None:
    # From GitHub's filter pattern cheat sheet: the matcher the tests below rely on.
    assert _triggered(["**/README.md"], "README.md") and _triggered(["**/README.md"], "docs/README.md")
    assert _triggered(["**.js"], "index.js") and _triggered(["**.js"], "js/index.js")
    assert _triggered(["*.js"], "app.js") and not _triggered(["*.js"], "js/index.js")
    assert not _triggered(["README.md"], "docs/README.md")


def test_the_review_workflow_runs_for_a_config_change_in_a_subfolder_workspace() -> None:
    from ruamel.yaml import YAML

    doc = YAML(typ="safe").load((REPO / "docs" / "github-actions-review.yml").read_text(encoding="utf-8"))
    paths = doc["on"]["pull_request"]["paths"]
    for changed in ("cx/cxkit.toml", "zespół cx/pyproject.toml", "cxkit.toml", "pyproject.toml",
                    "cx/personas/priya-shah.yaml", "journeys/ola.yml"):
        assert _triggered(paths, changed), (changed, paths)
    assert not _triggered(paths, "src/app.py")


def test_the_lint_workflow_init_writes_runs_for_every_change() -> None:
    # No path filter at all: a change to cx/cxkit.toml alone is checked, at the top or in a folder.
    from ruamel.yaml import YAML

    from cxkit.scaffold.init import workflow

    for under in ("", "cx"):
        on = YAML(typ="safe").load(workflow(under))["on"]
        assert set(on) == {"push", "pull_request"} and on["push"] is None and on["pull_request"] is None
