"""Review of this session's scan of tools' folders: a team whose documents sit in a folder named like one.

`paths = ["personas/venv"]` is scanned from that folder, so `--show-settings` must not call its files
skipped; and a run that finds nothing because its only documents lie in a tool's folder (`personas/venv/`,
a virtual environment) says so on stderr, never in a machine format's stdout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PERSONA = """kind: persona
id: {id}
name: Agnieszka Wolska
lang: pl
summary: Realizatorka dźwięku z Poznania, która co kwartał dokupuje słuchawki studyjne dla gości.
goals:
  - Mieć zawsze 4 identyczne pary zamkniętych słuchawek dla gości, żeby każdy słyszał ten sam miks
"""


def run(ws: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src")), "NO_COLOR": "1",
           "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=ws, env=env, capture_output=True, text=True,
                          timeout=120)


def make(ws: Path, paths: str) -> Path:
    (ws / "cxkit.toml").write_text(f'lang = "pl"\npaths = [{paths}]\n', encoding="utf-8")
    doc = ws / "personas" / "venv" / "agnieszka.yaml"
    doc.parent.mkdir(parents=True)
    doc.write_text(PERSONA.format(id="agnieszka"), encoding="utf-8")
    return doc


def test_show_settings_of_a_file_in_a_tool_named_folder_that_paths_names(tmp_path: Path) -> None:
    make(tmp_path, '"personas/venv"')
    assert "sprawdzono 1 dokument." in run(tmp_path, "lint", "--no-cache").stdout  # it is scanned (a Polish workspace)
    proc = run(tmp_path, "lint", "--show-settings", "personas/venv/agnieszka.yaml")
    assert "excluded: no" in proc.stdout, proc.stdout
    proc = run(tmp_path, "lint", "--show-settings", "-f", "json", "personas/venv/agnieszka.yaml")
    assert json.loads(proc.stdout)[0]["skipped-here"] is None


def test_show_settings_still_says_skipped_below_the_folder_paths_names(tmp_path: Path) -> None:
    """Guard: `paths = ["personas"]` scans personas/ and passes over personas/venv/."""
    make(tmp_path, '"personas"')
    proc = run(tmp_path, "lint", "--show-settings", "-f", "json", "personas/venv/agnieszka.yaml")
    assert json.loads(proc.stdout)[0]["skipped-here"] == "personas/venv/"


@pytest.mark.parametrize("command", [["lint", "--no-cache", "-f", "json"], ["fmt", "--check"]])
def test_a_run_finding_nothing_names_the_tool_folder_holding_documents(tmp_path: Path, command: list[str]) -> None:
    make(tmp_path, '"personas"')
    proc = run(tmp_path, *command, "personas")
    assert proc.returncode == 0, proc.stderr
    assert "personas/venv/ zawiera dokumenty cxkit" in proc.stderr, proc.stderr  # the workspace is Polish, and so is the note (s38)
    suggested = "fmt --check" if command[0] == "fmt" else "lint"  # fmt's in the mode it ran in: it changes nothing
    assert f"cxkit {suggested} personas/venv" in proc.stderr
    assert "venv" not in proc.stdout  # JSON's stdout stays `[]`
    if command[0] == "lint":
        assert json.loads(proc.stdout) == []


def test_no_note_for_a_tool_folder_without_documents(tmp_path: Path) -> None:
    """Guard: a package's YAML in node_modules that is no cxkit document is not told of."""
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    pkg = tmp_path / "docs" / "node_modules" / "kit"
    pkg.mkdir(parents=True)
    (pkg / "config.yaml").write_text("kind: Deployment\nname: x\n", encoding="utf-8")
    proc = run(tmp_path, "lint", "--no-cache", "docs")
    assert "nie znaleziono dokumentów cxkit w docs" in proc.stderr  # the workspace is Polish (session 37)
    assert "tool's folder" not in proc.stderr and "folderów narzędzi" not in proc.stderr  # either language (s38)


def git(ws: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=ws, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "r", "GIT_AUTHOR_EMAIL": "r@example.com",
                        "GIT_COMMITTER_NAME": "r", "GIT_COMMITTER_EMAIL": "r@example.com"})


def test_render_of_a_revision_folder_that_is_a_client_reads_the_clients_config(tmp_path: Path) -> None:
    """`cxkit render main:klient/` lists what `cxkit render klient/` lists: the client's own exclude holds."""
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    client = tmp_path / "klient"
    (client / "personas").mkdir(parents=True)
    (client / "cxkit.toml").write_text('lang = "pl"\nexclude = ["personas/stare-*"]\n', encoding="utf-8")
    (client / "personas" / "agnieszka.yaml").write_text(PERSONA.format(id="agnieszka"), encoding="utf-8")
    (client / "personas" / "stare-ola.yaml").write_text(PERSONA.format(id="ola-stara"), encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "klient")
    now = run(tmp_path, "render", "-f", "md-plain", "klient")
    then = run(tmp_path, "render", "-f", "md-plain", "main:klient/")
    assert now.returncode == 0 and then.returncode == 0, then.stderr
    assert "`agnieszka`" in now.stdout and "`agnieszka`" in then.stdout
    assert "ola-stara" not in now.stdout
    assert "ola-stara" not in then.stdout, then.stdout


HOOKS_TWICE = """repos:
  - repo: https://github.com/example/cxkit
    rev: v1.0.0
    hooks:
      - id: cxkit-lint
      - id: cxkit-fmt
  - repo: local
    hooks:
      - id: cxkit-lint
        name: cxkit lint (the archive's config)
        entry: cxkit lint --config {config}
        language: system
        pass_filenames: false
"""


def init(cwd: Path) -> subprocess.CompletedProcess[str]:
    # English whatever the documents' language: the account of init speaks it (590ab4fc); this file is about hooks
    return run(cwd, "init", "--no-examples", "--lang", "en")


@pytest.mark.parametrize("config, covered", [("archiwum/cxkit.toml", True), ("", False)])
def test_init_takes_either_of_two_hooks_of_one_id_for_cover(tmp_path: Path, config: str, covered: bool) -> None:
    """pre-commit runs every hook of an id: a remote cxkit-lint that checks the workspace is cover, even when a
    local cxkit-lint below it runs under another config. Guard: when no hook of the id checks it, init says so."""
    git(tmp_path, "init", "-q")
    hooks = HOOKS_TWICE.format(config=config or "archiwum/cxkit.toml")
    if not covered:  # the remote hook leaves the documents out too
        hooks = hooks.replace("      - id: cxkit-lint\n      - id: cxkit-fmt\n",
                              "      - id: cxkit-lint\n        exclude: ^personas/\n      - id: cxkit-fmt\n")
    (tmp_path / ".pre-commit-config.yaml").write_text(hooks, encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "agnieszka.yaml").write_text(PERSONA.format(id="agnieszka"), encoding="utf-8")
    proc = init(tmp_path)
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if ".pre-commit-config.yaml" in x)
    if covered:
        assert line.startswith("skipped") and "already runs cxkit lint and cxkit fmt" in line, proc.stdout
    else:
        assert line.startswith("printed") and "cxkit-lint: it" in line, proc.stdout
