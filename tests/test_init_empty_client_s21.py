"""`cxkit init` at the top beside a client's workspace that has no documents yet.

`cxkit init zoo --no-examples` leaves `zoo/cxkit.toml` with empty `zoo/personas/` and
`zoo/journeys/`.  `cxkit init` at the top then took zoo/ for a sample ("it holds no persona or
journey"): it wrote `paths = ["personas", "journeys"]` (leaving zoo/ out of `cxkit lint` from the
top) and another business's examples beside it.  A folder with a config of its own and its
persona or journey folder is a client's workspace waiting for its documents; a config alone is
still no client's (review3 R3-8, tests/test_review3_scaffold_s20.py), and a sample folder
(`docs/`, `tests/`, ...) is still a sample, folders or not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from cxkit.config import load_config
from test_init_agency_s20 import JAN


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "agencja"
    (root / ".git").mkdir(parents=True)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.setenv("COLUMNS", "200")
    for var in ("LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(root)
    return root


def init(*args: str) -> str:
    result = run_cli("init", *args)
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 0, result.stdout + result.stderr
    return result.stdout


def test_a_client_set_up_without_examples_is_a_workspace_of_its_own(repo: Path) -> None:
    init("zoo", "--no-examples", "--lang", "pl")
    assert sorted(p.name for p in (repo / "zoo").iterdir()) == ["cxkit.toml", "journeys", "personas"]
    out = init("--lang", "pl")
    assert out.splitlines()[0] == (
        "found    zoo/ (a workspace of its own, with its own config: `cxkit lint` here checks its documents under "
        "that config)"
    )
    assert "taken for a sample" not in out
    assert load_config(repo / "cxkit.toml").paths == []  # zoo/ is not left out of `cxkit lint` here
    assert not (repo / "personas").exists()  # no other business's examples beside the client
    # The client's first persona, written later, is checked from the top under the client's config.
    _write(repo, "zoo/personas/jan.yaml", JAN.replace("kind: persona\n", "kind: persona\nowner: TODO\n", 1))
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "placeholder")
    assert result.exception is None
    assert [(f["path"], f["rule"]) for f in json.loads(result.stdout)] == [("zoo/personas/jan.yaml", "placeholder")]


def test_a_client_with_a_journeys_folder_named_in_its_config(repo: Path) -> None:
    _write(repo, "browar/cxkit.toml", 'lang = "pl"\njourney-dir = "mapy"\n')
    (repo / "browar" / "mapy").mkdir()
    out = init("--lang", "pl")
    assert out.startswith("found    browar/ (a workspace of its own")


def test_a_config_alone_is_still_no_client(repo: Path) -> None:
    _write(repo, "acme/cxkit.toml", 'lang = "pl"\n')
    out = init("--lang", "pl")
    assert "skipped  acme/ (has a cxkit config of its own, but it holds no persona or journey: taken for a sample" in out
    assert 'paths = ["personas", "journeys"]' in (repo / "cxkit.toml").read_text(encoding="utf-8")


def test_a_sample_folder_with_empty_document_folders_is_still_a_sample(repo: Path) -> None:
    _write(repo, "docs/cx-sample/cxkit.toml", 'lang = "pl"\n')
    (repo / "docs" / "cx-sample" / "personas").mkdir()
    out = init("--lang", "pl")
    assert "skipped  docs/cx-sample/ (has a cxkit config of its own, but it lies in docs/: taken for a sample" in out
    assert "found" not in out
