"""A cxkit document saved as `.txt` among the YAML files is named in a note (session 39).

tester42 (#6): `personas/zla.txt` (a persona written in Notepad, saved as .txt) beside two .yaml personas was
passed over without a word ("Wszystko w porządku"); only a folder holding nothing else got a warning that
neither named the file nor said to rename it (`*.yaml.txt` already had a note).  A folder scan now names a
`.txt` file whose first key line and a top-level `kind:` say it is a cxkit document, with the `mv` to give it
its .yaml name; a README, notes in prose or a requirements file are never named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """\
kind: persona
id: {id}
name: {name}
goals:
  - {goal}
"""
OLA = PERSONA.format(id="ola-kaminska", name="Ola Kamińska", goal="Kupić krem z filtrem SPF 50 przed urlopem w lipcu")
ZLA = "kind: persona\nid: zla\nname: Zła\ngoals: [Ceni jakość]\n"
MAYA = PERSONA.format(id="maya-commuter", name="Maya Patel", goal="Book a bike service on a Saturday morning")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "personas").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "300")
    return tmp_path


def setup(ws: Path, lang: str) -> None:
    (ws / "cxkit.toml").write_text(f'paths = ["personas"]\nlang = "{lang}"\n', encoding="utf-8")
    (ws / "personas" / ("ola-kaminska.yaml" if lang == "pl" else "maya-commuter.yaml")).write_text(
        OLA if lang == "pl" else MAYA, encoding="utf-8")


def test_a_polish_persona_saved_as_txt_is_named_with_its_new_name_s39(ws: Path) -> None:
    setup(ws, "pl")
    (ws / "personas" / "zla.txt").write_text(ZLA, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--select", "schema")
    assert result.exit_code == 0  # a note: the exit code stays
    assert ("cxkit: uwaga: nie sprawdzono personas/zla.txt: cxkit czyta tylko pliki .yaml i .yml, a ten zawiera dokument "
            "cxkit (`kind: persona`); zmień jego nazwę na .yaml (mv personas/zla.txt personas/zla.yaml)\n") in result.stderr
    # a run answered by the lint cache says it too
    said = "uwaga: nie sprawdzono personas/zla.txt:"
    assert run_cli("lint").stderr.count(said) == run_cli("lint").stderr.count(said) == 1


def test_an_english_journey_saved_as_txt_and_fmt_says_it_s39(ws: Path) -> None:
    setup(ws, "en")
    (ws / "personas" / "notes").mkdir()
    (ws / "personas" / "notes" / "maya-books-a-service.txt").write_text(
        "# saved from TextEdit\nkind: journey\nid: maya-books\nname: Maya books a service\npersona: maya-commuter\n"
        "stages: []\n", encoding="utf-8")
    note = ("cxkit: note: personas/notes/maya-books-a-service.txt was not {done}: cxkit reads only .yaml and .yml files, "
            "and it holds a cxkit document (`kind: journey`); rename it to .yaml (mv personas/notes/maya-books-a-service.txt "
            "personas/notes/maya-books-a-service.yaml)\n")
    assert note.format(done="checked") in run_cli("lint", "--no-cache").stderr
    assert note.format(done="formatted") in run_cli("fmt", "--check", "--no-cache").stderr


def test_a_name_already_taken_is_compared_not_moved_s39(ws: Path) -> None:
    setup(ws, "pl")
    (ws / "personas" / "ola-kaminska.txt").write_text(OLA, encoding="utf-8")
    assert ("ola-kaminska.yaml już istnieje: porównaj oba (diff personas/ola-kaminska.txt personas/ola-kaminska.yaml) "
            "i zostaw jeden") in run_cli("lint", "--no-cache").stderr


def test_several_are_counted_s39(ws: Path) -> None:
    setup(ws, "en")
    for name in ("a.txt", "b.txt"):
        (ws / "personas" / name).write_text(MAYA.replace("maya-commuter", name[0]), encoding="utf-8")
    assert ("cxkit: note: 2 .txt files that hold cxkit documents were not checked (personas/a.txt, ...): cxkit reads "
            "only .yaml and .yml files; rename each to .yaml (mv personas/a.txt personas/a.yaml)\n"
            ) in run_cli("lint", "--no-cache").stderr


@pytest.mark.parametrize("name, text", [
    ("README.txt", "Persony sklepu\n\nKażda persona to plik .yaml, np.:\n\nkind: persona\nid: ola\n"),
    ("notatki.txt", "Kasia, 30 lat, lubi kosmetyki naturalne.\nkind: persona\n"),
    ("requirements.txt", "cxkit==0.9\nyamllint\n"),
    ("wywiady.txt", "Data: 2026-11-20\nRozmówczyni: Kasia\nkind: persona? raczej tak\n"),
])
def test_guard_other_text_files_are_not_named_s39(ws: Path, name: str, text: str) -> None:
    setup(ws, "pl")
    (ws / "personas" / name).write_text(text, encoding="utf-8")
    result = run_cli("lint", "--no-cache")
    assert result.exception is None
    assert name not in result.stderr


def test_guard_a_yaml_txt_keeps_its_own_note_once_and_exclude_silences_s39(ws: Path) -> None:
    setup(ws, "pl")
    (ws / "personas" / "ola2.yaml.txt").write_text(OLA.replace("ola-kaminska", "ola2"), encoding="utf-8")
    (ws / "personas" / "zla.txt").write_text(ZLA, encoding="utf-8")
    (ws / "cxkit.toml").write_text('paths = ["personas"]\nlang = "pl"\nexclude = ["personas/zla.txt"]\n',
                                   encoding="utf-8")
    stderr = run_cli("lint", "--no-cache").stderr
    assert stderr.count("nie sprawdzono personas/ola2.yaml.txt") == 1  # its note, not this one's too
    assert "a ten zawiera dokument cxkit" not in stderr
    assert "zla.txt" not in stderr
