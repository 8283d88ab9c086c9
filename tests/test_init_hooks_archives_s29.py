"""`cxkit init` reads what the hooks there check, offers to leave out an archive, and finds deep configs.

- In a folder of a repository whose top `.pre-commit-config.yaml` had hooks with the ids
  `cxkit-lint` and `cxkit-fmt`, init printed none, even when those hooks check only another
  client's folder (`cxkit lint zoo`, `files: ^(zoo)/`): the new folder had no hook at all.
- A folder named as an archive is (`archiwum/`, `archive/`) holding documents was checked by
  `cxkit lint` with no word from init: init now offers `exclude` for it, never rewriting a config.
- A client's config four folders deep, or one met after 300 YAML files, was not found: init wrote an
  ordinary workspace's config above it, whose `paths` left the client out.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PERSONA = """kind: persona
id: {id}
name: {name}
lang: pl
summary: Klientka biblioteki, która rezerwuje książki przez aplikację w drodze do pracy.
goals:
  - Zarezerwować nową powieść, zanim ktoś inny ją wypożyczy
"""

TOP_HOOKS = """repos:
  - repo: local
    hooks:
      - id: cxkit-lint
        name: cxkit lint
        entry: {lint}
        language: system
        pass_filenames: false
        always_run: true
      - id: cxkit-fmt
        name: cxkit fmt
        entry: cxkit fmt --only-documents
        language: system
        files: {files}
"""


def init(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src")), "NO_COLOR": "1",
           "COLUMNS": "300", "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "CXKIT_TODAY": "2026-11-23"}
    return subprocess.run([sys.executable, "-m", "cxkit", "init", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=180)


def persona(folder: Path, ident: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{ident}.yaml").write_text(PERSONA.format(id=ident, name="Ola Nowak"), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "zoo").mkdir()
    (tmp_path / "zoo" / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    persona(tmp_path / "zoo" / "personas", "ola-zoo")
    return tmp_path


def test_hooks_of_the_ids_that_check_another_folder_are_no_cover(repo: Path) -> None:
    (repo / ".pre-commit-config.yaml").write_text(TOP_HOOKS.format(lint="cxkit lint zoo", files='"^(zoo)/.*\\\\.ya?ml$"'),
                                                  encoding="utf-8")
    proc = init(repo, "biblioteka", "--no-examples")
    assert proc.returncode == 0, proc.stderr
    assert ("has the hooks cxkit-lint and cxkit-fmt, but they leave out biblioteka/ (cxkit-lint: it checks only zoo; "
            "cxkit-fmt: its `files: ^(zoo)/.*\\.ya?ml$` leaves out biblioteka/personas/x.yaml)") in proc.stdout, proc.stdout
    assert "id: cxkit-lint-biblioteka" in proc.stdout and "id: cxkit-fmt-biblioteka" in proc.stdout
    assert '"cxkit lint --config biblioteka/cxkit.toml"' in proc.stdout


def test_only_the_hook_that_leaves_the_folder_out_is_printed(repo: Path) -> None:
    (repo / ".pre-commit-config.yaml").write_text(TOP_HOOKS.format(lint="cxkit lint", files='"^(zoo)/.*\\\\.ya?ml$"'),
                                                  encoding="utf-8")
    proc = init(repo, "biblioteka", "--no-examples")
    assert "has the hook cxkit-fmt, but it leaves out biblioteka/ (cxkit-fmt:" in proc.stdout, proc.stdout
    assert "id: cxkit-fmt-biblioteka" in proc.stdout and "id: cxkit-lint" not in proc.stdout


def test_a_lint_hook_under_another_config_is_no_cover(repo: Path) -> None:
    (repo / ".pre-commit-config.yaml").write_text(TOP_HOOKS.format(lint="cxkit lint --config zoo/cxkit.toml",
                                                                   files='"\\\\.ya?ml$"'), encoding="utf-8")
    proc = init(repo, "biblioteka", "--no-examples")
    assert "(cxkit-lint: it runs under --config zoo/cxkit.toml)" in proc.stdout, proc.stdout


def test_guard_hooks_that_check_every_folder_still_cover_it(repo: Path) -> None:
    (repo / ".pre-commit-config.yaml").write_text(TOP_HOOKS.format(lint="cxkit lint", files='"\\\\.ya?ml$"'),
                                                  encoding="utf-8")
    proc = init(repo, "biblioteka", "--no-examples")
    assert "already has the hooks cxkit-lint and cxkit-fmt" in proc.stdout, proc.stdout
    assert "id: cxkit-" not in proc.stdout


def test_an_archive_in_a_new_workspace_gets_exclude_offered_commented_out(tmp_path: Path) -> None:
    persona(tmp_path / "personas", "ola-nowak")
    persona(tmp_path / "personas" / "archiwum", "ola-stara")
    proc = init(tmp_path, "--lang", "pl", "--no-examples")
    assert proc.returncode == 0, proc.stderr
    # s39: the workspace is Polish, and so is the offer (the account was English whole for want of its Polish form).
    assert ("zaproponowano  personas/archiwum/ (wygląda na archiwum starych dokumentów, a `cxkit lint` tu go sprawdza; "
            "w cxkit.toml jest zakomentowane `exclude = [\"personas/archiwum\"]`: odkomentuj je, by go nie "
            "sprawdzać)") in proc.stdout, proc.stdout
    config = (tmp_path / "cxkit.toml").read_text(encoding="utf-8")
    assert '\n# exclude = ["personas/archiwum"]\n' in config
    again = init(tmp_path, "--lang", "pl", "--no-examples")
    assert "zaproponowano" not in again.stdout, again.stdout  # offered once: the config holds the offer
    assert "pominięto" in again.stdout and "offered" not in again.stdout  # and the account is still Polish
    assert (tmp_path / "cxkit.toml").read_text(encoding="utf-8") == config


def test_an_archive_beside_an_existing_config_is_offered_without_a_rewrite(tmp_path: Path) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    persona(tmp_path / "personas", "ola-nowak")
    persona(tmp_path / "stare", "ola-stara")
    proc = init(tmp_path, "--no-examples")
    assert ("zaproponowano  stare/ (wygląda na archiwum starych dokumentów, a `cxkit lint` tu go sprawdza; by go nie "
            "sprawdzać, dodaj \"stare\" do `exclude` w cxkit.toml (init nigdy nie zmienia istniejącej konfiguracji))"
            ) in proc.stdout, proc.stdout
    assert (tmp_path / "cxkit.toml").read_text(encoding="utf-8") == 'lang = "pl"\n'


def test_guard_an_excluded_archive_or_one_paths_leave_out_is_not_offered(tmp_path: Path) -> None:
    persona(tmp_path / "personas", "ola-nowak")
    persona(tmp_path / "archiwum", "ola-stara")  # the new config's paths (personas, journeys) leave it out
    said = init(tmp_path, "--lang", "pl", "--no-examples").stdout
    assert "utworzono" in said and "zaproponowano" not in said and "offered" not in said, said  # the Polish account
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["archiwum"]\n', encoding="utf-8")
    said = init(tmp_path, "--no-examples").stdout
    assert "pominięto" in said and "zaproponowano" not in said and "offered" not in said, said


def test_a_client_four_folders_deep_is_found(tmp_path: Path) -> None:
    client = tmp_path / "klienci" / "2026" / "pl" / "kino"
    persona(client / "personas", "ola-kino")
    (client / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    proc = init(tmp_path, "--lang", "pl", "--no-examples")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("found    klienci/2026/pl/kino/ (a workspace of its own"), proc.stdout
    assert "paths" not in (tmp_path / "cxkit.toml").read_text(encoding="utf-8").split("# The language")[1]


def test_a_client_after_300_yaml_files_is_found(tmp_path: Path) -> None:
    mkdocs = tmp_path / "a-site" / "i18n"
    mkdocs.mkdir(parents=True)
    for n in range(320):
        (mkdocs / f"strona-{n:03}.yml").write_text(f"title: Strona {n}\n", encoding="utf-8")
    client = tmp_path / "zoo"
    persona(client / "personas", "ola-zoo")
    (client / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    proc = init(tmp_path, "--lang", "pl", "--no-examples")
    assert proc.stdout.startswith("found    zoo/ (a workspace of its own"), proc.stdout
