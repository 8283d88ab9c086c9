"""`cxkit init` in a folder of documents beside a sample's config (`docs/examples/cxkit.toml`) wrote
`paths` naming the folders its peek saw hold documents.  The peek reads a few hundred YAML files only,
so in a big corpus the folders past them were left out of `paths` and never checked (a corpus of 800
documents in 40 folders, `paths` named 15, lint checked 300).  When the peek stopped early, the config
gets no `paths`, and its comment says the folder list offered may be short."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = "kind: persona\nid: {id}\nname: {name}\nsummary: Odnawia polisę OC co roku w marcu.\ngoals:\n  - Odnowić OC w pięć minut\n"


@pytest.fixture()
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Four folders of documents and a sample with its own config; init's peek reads two YAML files."""
    top = tmp_path / "cx"
    files = {f"{folder}/{pid}.yaml": PERSONA.format(id=pid, name=pid.title())
             for folder, pid in (("personas", "ola"), ("klienci", "marek"), ("wnioski", "piotr"), ("zgloszenia", "ewa"))}
    files["docs/examples/cxkit.toml"] = 'lang = "en"\n'
    files["docs/examples/personas/dan.yaml"] = "kind: persona\nid: dan\nname: Dan\ngoals: [Fix the boiler]\n"
    for rel, text in files.items():
        (top / rel).parent.mkdir(parents=True, exist_ok=True)
        (top / rel).write_text(text, encoding="utf-8")
    monkeypatch.chdir(top)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setattr("cxkit.scaffold.init._PEEK_FILES", 2)
    return top


def test_a_peek_that_stopped_early_writes_no_paths_and_every_folder_is_checked(corpus: Path) -> None:
    result = run_cli("init", ".", "--lang", "pl")
    assert result.exit_code == 0, result.stdout + result.stderr
    text = (corpus / "cxkit.toml").read_text(encoding="utf-8")
    assert "paths" not in tomllib.loads(text)
    assert "# (init read the first 2 YAML files only: other folders may hold documents too)\n" in text
    checked = {f["path"] for f in run_cli("lint", "--no-cache", "--format", "json").findings}
    assert {"klienci/marek.yaml", "wnioski/piotr.yaml", "zgloszenia/ewa.yaml", "personas/ola.yaml"} <= checked
