"""`cxkit fmt --only-documents`: a hook's named files that `exclude` matches are left alone (tester14 F2).

pre-commit hands `cxkit-fmt` every changed file by name, and a named file was laid out whatever
`exclude` said, so an archive or a draft folder the team excluded to keep as written was rewritten
as soon as someone touched a file in it.  `cxkit lint` has `--only-documents` for this; fmt now
has it too, with the same meaning, and the published hook passes it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]

UNORDERED = "name: Ola Nowak\nkind: persona\nid: ola\nlang: pl\n"
ORDERED = "kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\n"
DRAFT = "name: Szkic Kowalski\nkind: persona\nid: szkic\n# do uzupełnienia po wywiadach #3\nlang: pl\n"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('paths = ["personas"]\nexclude = ["personas/archiwum"]\n', encoding="utf-8")
    (tmp_path / "personas" / "archiwum").mkdir(parents=True)
    (tmp_path / "personas" / "ola.yaml").write_text(UNORDERED, encoding="utf-8")
    (tmp_path / "personas" / "archiwum" / "szkic.yaml").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def test_a_named_file_exclude_matches_is_left_alone(repo: Path, cli) -> None:
    draft = repo / "personas" / "archiwum" / "szkic.yaml"
    result = cli("fmt", "--only-documents", "--no-cache", "personas/archiwum/szkic.yaml")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert draft.read_text(encoding="utf-8") == DRAFT
    assert "Nothing to format" in result.stderr
    assert cli("fmt", "--only-documents", "--check", "--no-cache", "personas/archiwum/szkic.yaml").exit_code == 0
    assert cli("fmt", "--only-documents", "--diff", "--no-cache", "personas/archiwum/szkic.yaml").stdout == ""


def test_the_other_files_named_are_still_formatted(repo: Path, cli) -> None:
    (repo / "notatki.txt").write_text(UNORDERED, encoding="utf-8")
    (repo / "deploy.yaml").write_text("apiVersion: v1\nkind: ConfigMap\n", encoding="utf-8")
    result = cli("fmt", "--only-documents", "--no-cache", "personas/archiwum/szkic.yaml", "personas/ola.yaml",
                 "notatki.txt", "deploy.yaml")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert (repo / "personas" / "ola.yaml").read_text(encoding="utf-8") == ORDERED
    assert (repo / "personas" / "archiwum" / "szkic.yaml").read_text(encoding="utf-8") == DRAFT
    assert (repo / "notatki.txt").read_text(encoding="utf-8") == UNORDERED  # not *.yaml: a scan never formats it
    assert "Nothing to format" not in result.stderr


def test_check_fails_on_a_named_document_exclude_does_not_match(repo: Path, cli) -> None:
    result = cli("fmt", "--only-documents", "--check", "--no-cache", "personas/archiwum/szkic.yaml", "personas/ola.yaml")
    assert result.exit_code == 1
    assert "personas/ola.yaml" in result.stdout + result.stderr
    assert "szkic" not in result.stdout + result.stderr


def test_without_the_option_a_named_file_is_formatted_whatever_exclude_says(repo: Path, cli) -> None:
    result = cli("fmt", "--no-cache", "personas/archiwum/szkic.yaml")
    assert result.exit_code == 0
    assert (repo / "personas" / "archiwum" / "szkic.yaml").read_text(encoding="utf-8").startswith("kind: persona\n")


def test_the_exclude_of_the_workspace_the_file_lies_in(repo: Path, cli) -> None:
    # An agency's repository: the client's own config excludes its archive; run from the top.
    client = repo / "klienci" / "browar"
    (client / "personas" / "archiwum").mkdir(parents=True)
    (client / "cxkit.toml").write_text('paths = ["personas"]\nexclude = ["personas/archiwum"]\n', encoding="utf-8")
    (client / "personas" / "archiwum" / "stary.yaml").write_text(DRAFT, encoding="utf-8")
    (client / "personas" / "ola.yaml").write_text(UNORDERED, encoding="utf-8")
    result = cli("fmt", "--only-documents", "--no-cache", "klienci/browar/personas/archiwum/stary.yaml",
                 "klienci/browar/personas/ola.yaml")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert (client / "personas" / "archiwum" / "stary.yaml").read_text(encoding="utf-8") == DRAFT
    assert (client / "personas" / "ola.yaml").read_text(encoding="utf-8") == ORDERED


def test_with_config_its_exclude_decides(repo: Path, cli) -> None:
    (repo / "inny.toml").write_text('paths = ["personas"]\nexclude = ["personas/ola.yaml"]\n', encoding="utf-8")
    result = cli("fmt", "--only-documents", "--no-cache", "--config", "inny.toml",
                 "personas/ola.yaml", "personas/archiwum/szkic.yaml")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert (repo / "personas" / "ola.yaml").read_text(encoding="utf-8") == UNORDERED
    assert (repo / "personas" / "archiwum" / "szkic.yaml").read_text(encoding="utf-8").startswith("kind: persona\n")


def test_a_named_folder_and_no_paths_are_searched_as_always(repo: Path, cli) -> None:
    result = cli("fmt", "--only-documents", "--no-cache", "personas")
    assert result.exit_code == 0
    assert (repo / "personas" / "ola.yaml").read_text(encoding="utf-8") == ORDERED
    assert (repo / "personas" / "archiwum" / "szkic.yaml").read_text(encoding="utf-8") == DRAFT


def test_the_published_hook_passes_it() -> None:
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert hooks["cxkit-fmt"]["entry"].split() == ["cxkit", "fmt", "--only-documents"]
