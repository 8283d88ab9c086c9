"""A reordered journey's old order is numbered as it stood; a file moved is "moved", not "renamed".

The old order read `było: 1. Świadomość, 3. Rozważanie, 2. Decyzja` (each stage numbered where it
is now), as if the old order had already been 1-3-2.  And an English document moved to another
folder under its own name was said to be `(renamed)`, while a Polish one was *przeniesiony* (moved).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

STAGES = {"swiadomosc": "Świadomość", "rozwazanie": "Rozważanie", "decyzja": "Decyzja"}


def _journey(order: list[str], lang: str = "pl") -> str:
    out = ["kind: journey", "id: zakup-oc", "name: Zakup OC", f"lang: {lang}", "persona: ola", "stages:"]
    for ident in order:
        out += [f"  - id: {ident}", f"    name: {STAGES[ident]}", "    emotion: 0"]
    return "\n".join(out) + "\n"


def _diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(app, ["diff", *args])
    assert result.exit_code == 1, result.output
    return result.output


def test_the_old_order_is_numbered_as_it_stood(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.yaml").write_text(_journey(["swiadomosc", "rozwazanie", "decyzja"]), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(_journey(["swiadomosc", "decyzja", "rozwazanie"]), encoding="utf-8")
    assert _diff(tmp_path, monkeypatch, "a.yaml", "b.yaml").splitlines()[1:4] == [
        "  ↕ Etapy: zmieniono kolejność (przeniesiono: 3. Rozważanie (rozwazanie))",
        "      było: 1. Świadomość (swiadomosc), 2. Rozważanie (rozwazanie), 3. Decyzja",
        "      jest: 1. Świadomość (swiadomosc), 2. Decyzja, 3. Rozważanie (rozwazanie)",
    ]


def _persona(ident: str, goal: str) -> str:
    return f"kind: persona\nid: {ident}\nname: Sam Owner\nlang: en\ngoals:\n  - {goal}\n"


def test_an_english_file_moved_to_another_folder_is_moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for side, folder, goal in (("old", "personas/en", "Pay invoices on time"), ("new", "persony/b2b", "Pay every invoice on time")):
        path = tmp_path / side / folder / "p36.yaml"
        path.parent.mkdir(parents=True)
        path.write_text(_persona("p36-sme-owner", goal), encoding="utf-8")
    first = _diff(tmp_path, monkeypatch, "old", "new").splitlines()[0]
    assert first == "p36-sme-owner  personas/en/p36.yaml → persony/b2b/p36.yaml (moved)"
    markdown = _diff(tmp_path, monkeypatch, "old", "new", "-f", "md")
    assert "### `p36-sme-owner` · `personas/en/p36.yaml` → `persony/b2b/p36.yaml` (moved)" in markdown


def test_a_file_renamed_in_its_folder_is_still_renamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for side, name, goal in (("old", "p36.yaml", "Pay invoices on time"), ("new", "sam.yaml", "Pay every invoice on time")):
        (tmp_path / side / "personas").mkdir(parents=True)
        (tmp_path / side / "personas" / name).write_text(_persona("p36-sme-owner", goal), encoding="utf-8")
    first = _diff(tmp_path, monkeypatch, "old", "new").splitlines()[0]
    assert first == "p36-sme-owner  personas/p36.yaml → personas/sam.yaml (renamed)"
