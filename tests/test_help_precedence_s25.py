"""`cxkit lint --help` states the selection precedence, `cxkit init --help` the GitLab CI job, and
docs/scaffolding.md that `init` always writes `lang` (readthrough24 RT24-11, RT24-12).

The help is checked against what the selection does, not only for its words: each sentence is
run on a workspace whose config says the opposite.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent


def help_of(*command: str) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0
    return " ".join(result.stdout.split())


def test_lint_help_states_the_selection_precedence() -> None:
    text = help_of("lint")
    assert ("Starts the selection over: the config's select and extend-select do not add to it; a rule named by its "
            "whole name or code runs even if the config ignores it or sets enabled = false.") in text
    assert "Skip these rules; wins over the config's enabled = true and over a rule --select or --extend-select names." in text
    assert "Add rules to the selection; a rule named by its whole name or code runs even if the config turns it off." in text


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(
        "kind: persona\nid: ola-nowak\nname: Ola Nowak\nlang: pl\ngoals:\n  - Ceni jakość\n", encoding="utf-8"
    )
    return tmp_path


def codes(*args: str) -> set[str]:
    result = run_cli("lint", "--no-cache", "-f", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return {f["code"] for f in json.loads(result.stdout)}


def test_what_the_help_says_is_what_lint_does(ws: Path) -> None:
    config = ws / "cxkit.toml"
    config.write_text('extend-select = ["CX3"]\nignore = ["CX101"]\n', encoding="utf-8")
    assert codes("--select", "CX2") == {"CX201"}  # starts over: no CX3 from extend-select
    assert "CX101" in codes("--select", "CX101")  # named exactly: beats the config's ignore
    assert "CX101" not in codes("--select", "CX1")  # a prefix does not
    assert "CX101" in codes("--extend-select", "pseudo-profiling")
    config.write_text('[rules.pseudo-profiling]\nenabled = true\n', encoding="utf-8")
    assert "CX101" not in codes("--ignore", "CX101")
    assert "CX101" not in codes("--select", "CX101", "--ignore", "pseudo-profiling")


def test_init_help_mentions_the_gitlab_job_it_prints() -> None:
    text = help_of("init").replace(".gitlab- ci.yml", ".gitlab-ci.yml")  # wrapped after its hyphen
    assert ("in a repository that runs GitLab CI (a .gitlab-ci.yml and no .github/ folder) a GitLab CI job is printed "
            "for you to add to .gitlab-ci.yml, and nothing is written into it.") in text


def test_init_prints_that_job_in_a_gitlab_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitlab-ci.yml").write_text("stages: [test]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # `--lang en`: without it the account's language follows the configs beside tmp_path (other tests'), as
    # init's agency rule says (590ab4fc made the account speak it)
    result = run_cli("init", "--no-examples", "--lang", "en", ".")
    assert result.exit_code == 0
    assert re.search(r"^printed +\.gitlab-ci\.yml ", result.stdout, re.M)
    assert not (tmp_path / ".github").exists()
    assert (tmp_path / ".gitlab-ci.yml").read_text(encoding="utf-8") == "stages: [test]\n"


def test_scaffolding_says_init_always_writes_lang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = " ".join((ROOT / "docs" / "scaffolding.md").read_text(encoding="utf-8").split())
    assert ("else the config's `lang` (a config `cxkit init` wrote always has one, `lang = \"en\"` or `\"pl\"`, so in a "
            "workspace it made the name below is never read)") in docs
    for lang in ("en", "pl"):
        folder = tmp_path / lang
        monkeypatch.chdir(tmp_path)
        assert run_cli("init", "--no-examples", "--lang", lang, str(folder)).exit_code == 0
        assert re.search(rf'^lang = "{lang}"$', (folder / "cxkit.toml").read_text(encoding="utf-8"), re.M)
        # And `new` then takes the config's language, whatever the name says.
        monkeypatch.chdir(folder)
        name = "Kraków city break" if lang == "pl" else "Zgłoszenie szkody"
        assert run_cli("new", "journey", name, "--no-input").exit_code in (0, 1)
        written = next((folder / "journeys").glob("*.yaml")).read_text(encoding="utf-8")
        assert re.search(rf"^lang: {lang}$", written, re.M)
