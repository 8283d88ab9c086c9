"""A file in the persona or journey folder that is no cxkit document is reported by a folder scan (session 39).

Before: notes pasted from a word processor and saved as `personas/notatki-kasia.yaml` (no `kind:`, not
valid YAML) made `cxkit lint` say "Wszystko w porządku (sprawdzono 2 dokumenty w 3 plikach)", exit 0: the
scan's "is this a cxkit document?" test (workspace.claims_cxkit_kind) found no `kind:` line and no
document keys, and passed the file over as another tool's YAML, while naming the file gave CX001.  Where the
workspace keeps its personas and journeys (`persona-dir`, `journey-dir`) every YAML file is meant as a
document: one that does not parse is CX001 where the error is, one that YAML reads as a single value (a line
or a paragraph of notes) is CX002 saying what to do.  A mapping or a list there (a translation file beside
the personas), another tool's broken file (a `kind:` of its own, a manifest) and any YAML elsewhere are
still passed over.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from doc_folder_helpers import KASIA, MAYA, NOTES_EN, NOTES_PL, lint, workspace, ws  # noqa: F401  (ws: the fixture)


def test_notes_saved_as_yaml_in_personas_are_a_located_syntax_error_s39(ws: Path) -> None:
    workspace(ws, "pl")
    (ws / "personas" / "notatki-kasia.yaml").write_text(NOTES_PL, encoding="utf-8")
    code, found = lint()
    assert code == 1
    assert found == [("personas/notatki-kasia.yaml", "CX001", 2, 20,
                      "nieprawidłowy YAML: parser nie znalazł oczekiwanego „:” (podczas czytania klucza)")]
    # as when the file is named
    assert lint("personas/notatki-kasia.yaml")[1] == found


def test_the_text_summary_no_longer_says_all_is_well_s39(ws: Path) -> None:
    workspace(ws, "pl")
    (ws / "personas" / "notatki-kasia.yaml").write_text(NOTES_PL, encoding="utf-8")
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 1
    assert "Wszystko w porządku" not in result.stdout
    assert "personas/notatki-kasia.yaml:2:20: error CX001" in result.stdout


def test_english_notes_in_a_journey_folder_below_are_reported_s39(ws: Path) -> None:
    workspace(ws, "en")
    (ws / "journeys" / "2026").mkdir()
    (ws / "journeys" / "2026" / "maya-notes.yml").write_text(NOTES_EN, encoding="utf-8")
    code, found = lint()
    assert code == 1
    assert [(p, c, line, col) for p, c, line, col, _m in found] == [("journeys/2026/maya-notes.yml", "CX001", 2, 16)]
    assert found[0][4].startswith("invalid YAML: could not find expected ':'")


NOTE_EN = ("personas/maya-notes.yaml", "CX002", 1, 1,
           "this file is in personas/ (`persona-dir`), where every YAML file is read as a cxkit document, yet it "
           "holds a single value (text, such as notes), not a mapping; write it as a document (a mapping whose first "
           "line is `kind: persona`, `kind: negative-persona` or `kind: journey`; `cxkit new` starts one), or, if it "
           "belongs there as it is, leave it out with `exclude` in cxkit.toml")


def test_a_line_of_notes_in_personas_is_told_what_to_do_s39(ws: Path) -> None:
    workspace(ws, "en")
    (ws / "personas" / "maya-notes.yaml").write_text("Maya, 34, cycles to work in Leeds and hates the booking form\n",
                                                      encoding="utf-8")
    assert lint() == (1, [NOTE_EN])


def test_a_polish_paragraph_of_notes_is_told_in_polish_s39(ws: Path) -> None:
    workspace(ws, "pl")
    (ws / "personas" / "notatki.yaml").write_text("Kasia, 30 lat, lubi kosmetyki naturalne\ni mieszka w Poznaniu.\n",
                                                  encoding="utf-8")
    assert lint() == (1, [("personas/notatki.yaml", "CX002", 1, 1,
                           "ten plik leży w personas/ (`persona-dir`), gdzie każdy plik YAML jest czytany jako dokument "
                           "cxkit, a zawiera pojedynczą wartość (tekst, np. notatki), nie mapowanie; zapisz go jako "
                           "dokument (mapowanie, którego pierwszy wiersz to `kind: persona`, `kind: negative-persona` "
                           "albo `kind: journey`; zaczyna go `cxkit new`) albo, jeśli ma tam zostać taki, jaki jest, "
                           "pomiń go przez `exclude` w cxkit.toml")])


@pytest.mark.parametrize("text", [
    # a translation file and a shopping list beside the personas: other tools' YAML, read well
    "persona: Persona\ngoals: Cele\npain_points: Bolączki\n",
    "- mleko\n- chleb\n",
])
def test_guard_a_mapping_or_a_list_in_personas_is_still_passed_over_s39(ws: Path, text: str) -> None:
    workspace(ws, "pl")
    (ws / "personas" / "tlumaczenia.yaml").write_text(text, encoding="utf-8")
    assert lint() == (0, [])


def test_exclude_silences_it_as_the_message_says_s39(ws: Path) -> None:
    workspace(ws, "pl")
    (ws / "cxkit.toml").write_text('paths = ["personas"]\nlang = "pl"\nexclude = ["personas/notatki*.yaml"]\n',
                                   encoding="utf-8")
    (ws / "personas" / "notatki-kasia.yaml").write_text(NOTES_PL, encoding="utf-8")
    assert lint() == (0, [])


def test_the_configured_persona_folder_decides_s39(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('paths = ["."]\nlang = "pl"\npersona-dir = "persony"\n', encoding="utf-8")
    (ws / "persony").mkdir()
    (ws / "persony" / "kasia-zielinska.yaml").write_text(KASIA, encoding="utf-8")
    (ws / "persony" / "notatki-kasia.yaml").write_text(NOTES_PL, encoding="utf-8")
    (ws / "personas" / "notatki-stare.yaml").write_text(NOTES_PL, encoding="utf-8")  # not the persona folder here
    code, found = lint()
    assert code == 1
    assert [(p, c) for p, c, *_ in found] == [("persony/notatki-kasia.yaml", "CX001")]


@pytest.mark.parametrize("text", [
    # a GitHub workflow beside the documents, outside the persona and journey folders
    "name: lint\non: [push]\njobs:\n  cxkit:\n    runs-on: ubuntu-latest\n",
    # mkdocs settings with a broken line
    "site_name: Persony\nnav:\n- Start: index.md\n  Bad: [\n",
])
def test_guard_yaml_outside_the_document_folders_is_passed_over_s39(ws: Path, text: str) -> None:
    workspace(ws, "pl")
    (ws / "cxkit.toml").write_text('paths = ["."]\nlang = "pl"\n', encoding="utf-8")
    (ws / "docs").mkdir()
    (ws / "docs" / "mkdocs.yml").write_text(text, encoding="utf-8")
    assert lint() == (0, [])


@pytest.mark.parametrize("text", [
    # an analytics funnel that names a kind of its own, read well or broken
    "kind: Journey\nid: checkout-funnel\ntitle: Checkout funnel\nsteps:\n  - id: cart\n    event: cart_viewed\n",
    "kind: Journey\nid: checkout-funnel\nsteps:\n\t- id: cart\n",
    # a Kubernetes manifest
    "apiVersion: v1\nmetadata:\n  name: journeys\ndata:\n  a: b\n",
])
def test_guard_another_tools_kind_in_the_journey_folder_is_passed_over_s39(ws: Path, text: str) -> None:
    workspace(ws, "en")
    (ws / "journeys" / "funnel.yaml").write_text(text, encoding="utf-8")
    assert lint() == (0, [])
