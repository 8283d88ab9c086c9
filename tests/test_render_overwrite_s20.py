"""`cxkit render -o FILE` replaces a previous export of the same format, and nothing else without
--force: not a YAML file of a kind cxkit does not know (`kind: cjm`, a team's own format), not any
.yaml/.yml file, not a README or notes, not an export of another format. A file this render reads
is never replaced, --force or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from snapshot_helpers import render_cli

JOURNEY_PL = """\
kind: journey
id: zakup-roweru
name: Zakup roweru cargo
persona: joanna-cargo
lang: pl
stages:
  - id: porownanie
    name: Porównanie modeli
    doing: Porównuje trzy rowery cargo na forum rodziców
    emotion: 0
  - id: jazda-probna
    name: Jazda próbna
    barriers:
      - Salon ma tylko jeden rower do jazd próbnych
    emotion: -1
"""

PERSONA_EN = """\
kind: persona
id: dan-plumber
name: Dan the plumber
lang: en
summary: Runs a two-van plumbing firm and invoices on Sunday evenings.
"""

#: A team's own journey format, kept in the same repository: cxkit does not know the kind.
CJM = """\
kind: cjm
id: warsztat-2026-03
title: Warsztat CJM z działem sprzedaży
etapy: [świadomość, zakup]
"""

README = "# Mapy klienta\n\nTu trzymamy mapy ścieżek klienta. Nie nadpisywać!\n"

FORMATS = {"markdown": "mapa.md", "html": "mapa.html", "mermaid": "mapa.mmd", "json": "mapa.json",
           "terminal": "mapa.txt"}


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys" / "zakup.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    (tmp_path / "personas" / "dan.yaml").write_text(PERSONA_EN, encoding="utf-8")
    return tmp_path


def _refused(workspace: Path, monkeypatch, target: str, *args: str, reason: str) -> None:
    before = (workspace / target).read_bytes()
    code, out, err = render_cli(workspace, monkeypatch, *args, "-o", target)
    assert code == 2, err
    assert out == ""
    # The workspace is Polish, and so is the refusal (session 38; test_polish_notes_s38 has the English one).
    assert err.splitlines(True)[-1] == (f"cxkit: {target}: {reason}; zapis eksportu zastąpiłby ten plik — podaj w -o inny "
                   "plik albo dodaj --force, by go zastąpić\n")
    assert (workspace / target).read_bytes() == before
    assert sorted(p.name for p in (workspace / target).parent.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("name", ["warsztat.yaml", "warsztat.YML", "warsztat.txt"])
def test_a_yaml_file_of_a_kind_cxkit_does_not_know_is_not_replaced(workspace, monkeypatch, fmt, name):
    (workspace / name).write_text(CJM, encoding="utf-8")
    reason = ("to dokument YAML (kind: cjm), a nie eksport" if name.endswith(".txt")
              else "to plik YAML (kind: cjm), a nie eksport")
    _refused(workspace, monkeypatch, name, "journeys/zakup.yaml", "-f", fmt, reason=reason)


@pytest.mark.parametrize("content", ["stages:\n  - świadomość\n  - zakup\n", "# tylko komentarz\n"])
def test_any_yaml_file_is_not_replaced(workspace, monkeypatch, content):
    (workspace / "notatki.yml").write_text(content, encoding="utf-8")
    _refused(workspace, monkeypatch, "notatki.yml", "journeys/zakup.yaml", "-f", "markdown",
             reason="to plik YAML, a nie eksport")


def test_a_readme_is_not_replaced_by_a_markdown_export(workspace, monkeypatch):
    (workspace / "README.md").write_text(README, encoding="utf-8")
    _refused(workspace, monkeypatch, "README.md", "journeys/zakup.yaml", reason="nie jest wcześniejszym eksportem cxkit")
    _refused(workspace, monkeypatch, "README.md", "personas/dan.yaml", reason="nie jest wcześniejszym eksportem cxkit")


def test_an_export_of_another_format_is_not_replaced(workspace, monkeypatch):
    assert render_cli(workspace, monkeypatch, "journeys/zakup.yaml", "-o", "mapa.html")[0] == 0
    _refused(workspace, monkeypatch, "mapa.html", "journeys/zakup.yaml", "-f", "json",
             reason="to eksport HTML z cxkit, a zapisywany jest eksport JSON")
    assert render_cli(workspace, monkeypatch, "journeys/zakup.yaml", "-o", "mapa.md")[0] == 0
    _refused(workspace, monkeypatch, "mapa.md", "journeys/zakup.yaml", "-f", "terminal",
             reason="to eksport Markdown z cxkit, a zapisywany jest widok terminala")


@pytest.mark.parametrize("name", ["warsztat.yaml", "README.md", "mapa.html"])
def test_force_replaces_a_file_that_is_not_an_input(workspace, monkeypatch, name):
    if name == "mapa.html":  # a previous HTML export, replaced by a Markdown one
        assert render_cli(workspace, monkeypatch, "journeys/zakup.yaml", "-o", name)[0] == 0
    else:
        (workspace / name).write_text(CJM if name.endswith(".yaml") else README, encoding="utf-8")
    code, _out, err = render_cli(workspace, monkeypatch, "journeys/zakup.yaml", "-f", "markdown", "-o", name, "--force")
    assert code == 0, err
    assert (workspace / name).read_text(encoding="utf-8").startswith("# Zakup roweru cargo\n")


def test_force_replaces_a_persona_that_is_not_read(workspace, monkeypatch):
    (workspace / "inna.yaml").write_text(PERSONA_EN.replace("dan-plumber", "other"), encoding="utf-8")
    _refused(workspace, monkeypatch, "inna.yaml", "journeys/zakup.yaml", "-f", "json", reason="to dokument cxkit")
    code, _out, err = render_cli(workspace, monkeypatch, "journeys/zakup.yaml", "-f", "json", "-o", "inna.yaml", "--force")
    assert code == 0, err


def test_force_never_replaces_the_file_being_rendered(workspace, monkeypatch):
    before = (workspace / "journeys" / "zakup.yaml").read_bytes()
    code, _out, err = render_cli(workspace, monkeypatch, "journeys/zakup.yaml", "-f", "markdown",
                                 "-o", "journeys/zakup.yaml", "--force")
    assert code == 2
    assert "journeys/zakup.yaml: to plik wejściowy tego renderowania" in err  # `lang = "pl"` (session 41)
    assert (workspace / "journeys" / "zakup.yaml").read_bytes() == before


# --- guards: what was replaced before still is ---------------------------------------------------

@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("source", ["journeys/zakup.yaml", "personas/dan.yaml", "."])
def test_a_previous_export_of_the_same_format_is_replaced(workspace, monkeypatch, fmt, source):
    if fmt == "mermaid" and source != "journeys/zakup.yaml":
        pytest.skip("mermaid draws journeys only")
    target = FORMATS[fmt]
    first = render_cli(workspace, monkeypatch, source, "-o", target)
    assert first[0] == 0, first[2]
    (workspace / "journeys" / "zakup.yaml").write_text(JOURNEY_PL.replace("Zakup roweru cargo", "Zakup e-roweru"),
                                                       encoding="utf-8")
    (workspace / "personas" / "dan.yaml").write_text(PERSONA_EN.replace("Dan the plumber", "Dan Hughes"),
                                                     encoding="utf-8")
    code, _out, err = render_cli(workspace, monkeypatch, source, "-o", target)
    assert code == 0, err
    text = (workspace / target).read_text(encoding="utf-8")
    assert ("Zakup e-roweru" in text) if source != "personas/dan.yaml" else ("Dan Hughes" in text)


def test_a_previous_export_of_a_persona_pair_is_replaced(workspace, monkeypatch):
    (workspace / "personas" / "lowca.yaml").write_text(
        "kind: negative-persona\nid: lowca-promocji\nname: Łowca promocji\nlang: pl\n"
        "reasons:\n  - Kupuje tylko na Black Friday\n", encoding="utf-8")
    for target in ("para.md", "para.html", "para.json", "para.txt"):
        for _ in range(2):
            code, _out, err = render_cli(workspace, monkeypatch, "personas/dan.yaml", "--against",
                                         "personas/lowca.yaml", "-o", target)
            assert code == 0, (target, err)


@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_an_empty_file_and_a_new_file_are_written(workspace, monkeypatch, fmt):
    (workspace / "pusty.md").write_bytes(b"")
    for target in ("pusty.md", "nowy.out"):
        code, _out, err = render_cli(workspace, monkeypatch, "journeys/zakup.yaml", "-f", fmt, "-o", target)
        assert code == 0, err
        assert (workspace / target).stat().st_size > 0
