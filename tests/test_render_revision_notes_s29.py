"""Render of a revision's file or folder under the config the working tree has there, `REV:` as the top
folder, render's own hints (no commits yet; documents in a tool's folder), fmt's note in its mode, and
init's sentence about one pre-commit hook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from git_helpers import git

ROOT = Path(__file__).resolve().parent.parent

PERSONA_EN = """kind: persona
id: anna
name: Anna Nowak
summary: Sound engineer in Poznań who buys closed studio headphones for her guests every quarter.
goals:
  - Have four identical pairs of closed headphones, so that every guest hears the same mix
"""

PERSONA_PL = """kind: persona
id: agnieszka
name: Agnieszka Wolska
lang: pl
summary: Realizatorka dźwięku z Poznania, która co kwartał dokupuje słuchawki studyjne dla gości.
goals:
  - Mieć zawsze 4 identyczne pary zamkniętych słuchawek dla gości, żeby każdy słyszał ten sam miks
"""


PERSONA_NAMES = """kind: persona
id: dj
name: Kasia DJ
summary: DJ, Berlin — AKG K371, Beyerdynamic DT 770 Pro, Sennheiser HD 25.
goals:
  - 4 × AKG K371
"""


def run(ws: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src")), "NO_COLOR": "1",
           "COLUMNS": "120", "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=ws, env=env, capture_output=True, text=True,
                          timeout=120)


def agency(ws: Path) -> None:
    """A Polish repository holding an English-speaking client's workspace, committed three times."""
    git(ws, "init", "-q")
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    client = ws / "klient" / "personas"
    client.mkdir(parents=True)
    (ws / "klient" / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (client / "anna.yaml").write_text(PERSONA_EN, encoding="utf-8")
    # Nothing but names and models: the language is the config's.
    (client / "dj.yaml").write_text(PERSONA_NAMES, encoding="utf-8")
    git(ws, "add", "-A")
    git(ws, "commit", "-q", "-m", "one")
    git(ws, "commit", "-q", "--allow-empty", "-m", "two")
    git(ws, "commit", "-q", "--allow-empty", "-m", "three")


def test_revision_folder_of_a_client_has_the_clients_labels(tmp_path: Path) -> None:
    agency(tmp_path)
    here = run(tmp_path, "render", "klient/")
    assert here.stdout.startswith("Overview: klient"), here.stdout
    proc = run(tmp_path, "render", "HEAD:klient/")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Overview: HEAD:klient"), proc.stdout
    assert "Zestawienie" not in proc.stdout and "Dokument" not in proc.stdout


def test_revision_file_of_a_client_has_the_clients_language(tmp_path: Path) -> None:
    agency(tmp_path)
    here = run(tmp_path, "render", "klient/personas/dj.yaml", "-f", "md")
    proc = run(tmp_path, "render", "HEAD:klient/personas/dj.yaml", "-f", "md")
    assert proc.returncode == 0, proc.stderr
    assert "Reviewed:" in here.stdout
    assert "Przegląd" not in proc.stdout
    # The same document, the same page, but for the path its foot names.
    assert proc.stdout.replace("HEAD:klient/", "") == here.stdout


def test_revision_of_the_top_folder_only_from_its_own_config(tmp_path: Path) -> None:
    """Guard: the repository's own folder keeps the repository's config (Polish)."""
    agency(tmp_path)
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "agnieszka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "four")
    proc = run(tmp_path, "render", "HEAD:personas/")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Zestawienie: HEAD:personas"), proc.stdout


def test_an_empty_path_after_the_revision_is_its_top_folder(tmp_path: Path) -> None:
    agency(tmp_path)
    dot = run(tmp_path, "render", "HEAD~2:.")
    proc = run(tmp_path, "render", "HEAD~2:")
    assert proc.returncode == 0, proc.stderr
    assert "no such file" not in proc.stderr
    assert "klient/personas/anna.yaml" in proc.stdout
    assert proc.stdout.splitlines()[1:] == dot.stdout.splitlines()[1:]  # the same rows under its own title


def test_no_commits_yet_gives_a_render_hint(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "agnieszka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    proc = run(tmp_path, "render", "HEAD:personas/agnieszka.yaml")
    assert proc.returncode == 2
    assert "no commits yet" in proc.stderr
    assert "cxkit diff" not in proc.stderr, proc.stderr
    assert "cxkit render personas/agnieszka.yaml" in proc.stderr, proc.stderr
    gone = run(tmp_path, "render", "HEAD:personas/ola.yaml")  # no such file here either: commit first, no more
    assert "no commits yet" in gone.stderr and "cxkit diff" not in gone.stderr and "cxkit render" not in gone.stderr


def tool_folder(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('lang = "pl"\npaths = ["personas"]\n', encoding="utf-8")
    folder = ws / "personas" / "venv"
    folder.mkdir(parents=True)
    (folder / "agnieszka.yaml").write_text(PERSONA_PL, encoding="utf-8")


def test_render_of_a_folder_with_documents_only_in_a_tool_folder_says_so(tmp_path: Path) -> None:
    tool_folder(tmp_path)
    proc = run(tmp_path, "render", "personas")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Brak person"), proc.stdout
    assert "personas/venv/ zawiera dokumenty cxkit" in proc.stderr, proc.stderr  # the workspace is Polish, and so is the note (s38)
    assert "(cxkit render personas/venv)" in proc.stderr
    assert "Zestawienie: personas/venv" in run(tmp_path, "render", "personas/venv").stdout  # the advice works
    json = run(tmp_path, "render", "personas", "-f", "json")
    assert "venv" not in json.stdout and "personas/venv/" in json.stderr


def test_render_of_an_empty_folder_has_no_tool_note(tmp_path: Path) -> None:
    """Guard: a package's YAML in node_modules that is no cxkit document is not told of."""
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    pkg = tmp_path / "docs" / "node_modules" / "kit"
    pkg.mkdir(parents=True)
    (pkg / "config.yaml").write_text("kind: Deployment\nname: x\n", encoding="utf-8")
    proc = run(tmp_path, "render", "docs")
    assert proc.returncode == 0 and proc.stdout.startswith("Brak person")
    assert proc.stderr == ""


def test_fmt_note_suggests_the_mode_it_ran_in(tmp_path: Path) -> None:
    tool_folder(tmp_path)
    check = run(tmp_path, "fmt", "--check", "personas")
    assert "(cxkit fmt --check personas/venv)" in check.stderr, check.stderr
    diff = run(tmp_path, "fmt", "--diff", "personas")
    assert "(cxkit fmt --diff personas/venv)" in diff.stderr, diff.stderr
    write = run(tmp_path, "fmt", "personas")  # guard: formatting suggests formatting
    assert "(cxkit fmt personas/venv)" in write.stderr, write.stderr


HOOK_LEAVING_OUT = """repos:
  - repo: https://github.com/example/cxkit
    rev: v0.1.0
    hooks:
      - id: cxkit-lint
        exclude: ^personas/
      - id: cxkit-fmt
"""


def test_init_speaks_of_one_hook_in_the_singular(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    (tmp_path / ".pre-commit-config.yaml").write_text(HOOK_LEAVING_OUT, encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "agnieszka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    proc = run(tmp_path, "init", "--no-examples")
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if ".pre-commit-config.yaml" in x)
    assert "has the hook cxkit-lint, but it leaves out" in line, proc.stdout
    assert "add this one" in line and "the hooks" not in line


def test_revision_folder_passes_over_a_tool_folder_as_the_working_tree_does(tmp_path: Path) -> None:
    """`HEAD:personas/` listed personas/venv/'s documents, which `cxkit render personas/` passes over."""
    git(tmp_path, "init", "-q")
    tool_folder(tmp_path)
    (tmp_path / "personas" / "anna.yaml").write_text(PERSONA_EN, encoding="utf-8")
    env_folder = tmp_path / "personas" / "env"  # a virtual environment of another name
    env_folder.mkdir()
    (env_folder / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    (env_folder / "ola.yaml").write_text(PERSONA_PL.replace("agnieszka", "ola"), encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "one")
    here = run(tmp_path, "render", "personas/", "-f", "json")
    proc = run(tmp_path, "render", "HEAD:personas/", "-f", "json")
    assert proc.returncode == 0, proc.stderr
    assert "venv" not in proc.stdout and "env/ola" not in proc.stdout, proc.stdout
    assert "HEAD:personas/anna.yaml" in proc.stdout and "personas/anna.yaml" in here.stdout
    named = run(tmp_path, "render", "HEAD:personas/venv/")  # named, it is read
    assert "agnieszka" in named.stdout, named.stdout + named.stderr
