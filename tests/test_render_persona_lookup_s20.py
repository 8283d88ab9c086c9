"""A journey's heading names its persona from the journey's own workspace (session 20).

`cxkit render journeys/x.yaml` looks the persona up to show its name. The lookup walked the config's
folder whole: a draft the config excludes, or another client's workspace below (a folder with a
config of its own), could name the persona in the heading, where lint would say it does not exist.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

JOURNEY = """\
kind: journey
id: zakup-karmy
name: Zakup karmy
persona: marta
lang: pl
stages:
  - id: szukanie
    name: Szukanie karmy
    touchpoints: [google]
    emotion: 1
"""


def persona(name: str) -> str:
    return f"kind: persona\nid: marta\nname: {name}\nlang: pl\n"


def workspace(root: Path, files: dict[str, str]) -> None:
    (root / "cxkit.toml").write_text('lang = "pl"\nexclude = ["szkice"]\n', encoding="utf-8")
    (root / "journeys").mkdir()
    (root / "journeys" / "karma.yaml").write_text(JOURNEY, encoding="utf-8")
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")


def heading(root: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(root)
    result = run_cli("render", "journeys/karma.yaml", "-f", "md")
    assert result.exit_code == 0 and result.exception is None, result.stderr
    return result.stdout.splitlines()[2]


@pytest.mark.parametrize(
    "files",
    [
        {"szkice/marta.yaml": persona("Marta ze szkicu")},
        {"personas/szkice/marta.yaml": persona("Marta ze szkicu")},
        {"zoo/cxkit.toml": 'lang = "pl"\n', "zoo/personas/marta.yaml": persona("Marta z zoo")},
        {"zoo/pyproject.toml": '[tool.cxkit]\nlang = "pl"\n', "zoo/personas/marta.yaml": persona("Marta z zoo")},
    ],
    ids=["excluded-folder", "excluded-subfolder", "client-workspace", "client-pyproject"],
)
def test_a_persona_outside_the_workspace_is_not_named(tmp_path, monkeypatch, files):
    workspace(tmp_path, files)
    assert heading(tmp_path, monkeypatch) == "_ścieżka_ · `zakup-karmy` · Persona: `marta` · Ostatni przegląd: brak"


def test_the_workspace_persona_is_named_beside_the_others(tmp_path, monkeypatch):
    workspace(tmp_path, {
        "szkice/marta.yaml": persona("Marta ze szkicu"),
        "zoo/cxkit.toml": 'lang = "pl"\n',
        "zoo/personas/marta.yaml": persona("Marta z zoo"),
        "personas/marta.yaml": persona("Marta Kowalska"),
    })
    assert heading(tmp_path, monkeypatch) == (
        "_ścieżka_ · `zakup-karmy` · Persona: Marta Kowalska (`marta`) · Ostatni przegląd: brak"
    )


def test_a_pyproject_without_cxkit_settings_splits_nothing(tmp_path, monkeypatch):
    workspace(tmp_path, {"app/pyproject.toml": '[project]\nname = "sklep"\n', "app/personas/marta.yaml": persona("Marta Kowalska")})
    assert "Persona: Marta Kowalska (`marta`)" in heading(tmp_path, monkeypatch)


def test_a_persona_outside_the_configured_paths_is_not_named(tmp_path, monkeypatch):
    # review4 R4-8: lint says 'marta' does not exist (CX004), so the header must not name her.
    workspace(tmp_path, {"notatki/marta.yaml": persona("Marta z notatek")})
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\npaths = ["personas", "journeys"]\n', encoding="utf-8")
    assert heading(tmp_path, monkeypatch) == "_ścieżka_ · `zakup-karmy` · Persona: `marta` · Ostatni przegląd: brak"
    monkeypatch.chdir(tmp_path)
    assert "CX004" in run_cli("lint", "--no-cache", "--select", "unknown-persona").stdout


def test_a_persona_under_a_configured_path_or_file_is_named(tmp_path, monkeypatch):
    workspace(tmp_path, {"notatki/marta.yaml": persona("Marta z notatek"), "zespol/persony/marta.yaml": persona("Marta Kowalska")})
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\npaths = ["zespol/persony", "journeys"]\n', encoding="utf-8")
    assert "Persona: Marta Kowalska (`marta`)" in heading(tmp_path, monkeypatch)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\npaths = ["zespol/persony/marta.yaml", "journeys"]\n', encoding="utf-8")
    assert "Persona: Marta Kowalska (`marta`)" in heading(tmp_path, monkeypatch)
