"""Notes saved as a YAML list or as labelled lines in the persona or journey folder are reported (session 40).

Session 39 made a file in `persona-dir`/`journey-dir` that does not parse CX001 and a paragraph of notes
CX002, but notes that YAML reads well still passed silently: a list (`- zadzwonić do Ani`) or labelled
lines (`Spotkanie: wtorek`, `Ankieta: 120 osób`) without `kind:` made `cxkit lint` say "Wszystko w
porządku", exit 0, as did a persona that lost its `kind:` and `id:` lines (`name:`, `goals:`).  Now such a
file is CX002 where its notes start, saying what it holds and the two ways out (write it as a document, or
`exclude` it); a persona without its `kind:` gets the schema's "missing `kind`".  Other tools' YAML there
(a translation file, mkdocs or Docusaurus settings, a list of ids) and any YAML elsewhere are still passed over.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from doc_folder_helpers import lint, workspace, ws  # noqa: F401  (ws: the fixture)

LIST_PL = "- zadzwonić do Ani w sprawie ankiety\n- sprawdzić ankiety z listopada (120 odpowiedzi)\n- dopisać cele Kasi\n"
LABELS_PL = "# notatki ze spotkania 3.12\nSpotkanie: wtorek 10:00\nAnkieta: 120 osób\nPersona: Kasia, 30 lat\n"
LIST_EN = "- call Priya about the survey\n- check the November survey answers (120)\n"
LABELS_EN = "Meeting: Tuesday 10am\nSurvey: 120 people\nNext step: interview three riders\n"

WAYS_OUT_EN = ("; write it as a document (a mapping whose first line is `kind: persona`, `kind: negative-persona` or "
               "`kind: journey`; `cxkit new` starts one), or, if it belongs there as it is, leave it out with `exclude` "
               "in cxkit.toml")
WAYS_OUT_PL = ("; zapisz go jako dokument (mapowanie, którego pierwszy wiersz to `kind: persona`, `kind: negative-persona` "
               "albo `kind: journey`; zaczyna go `cxkit new`) albo, jeśli ma tam zostać taki, jaki jest, pomiń go przez "
               "`exclude` w cxkit.toml")



def test_a_polish_list_of_notes_in_personas_is_reported_where_it_starts_s40(ws: Path) -> None:
    workspace(ws, "pl")
    (ws / "personas" / "notatki.yaml").write_text(LIST_PL, encoding="utf-8")
    assert lint() == (1, [("personas/notatki.yaml", "CX002", 1, 3,
                           "ten plik leży w personas/ (`persona-dir`), gdzie każdy plik YAML jest czytany jako dokument "
                           "cxkit, a zawiera listę wierszy tekstu (np. notatki), nie mapowanie" + WAYS_OUT_PL)])


def test_polish_labelled_notes_are_reported_at_their_first_label_s40(ws: Path) -> None:
    workspace(ws, "pl")
    (ws / "personas" / "spotkanie.yaml").write_text(LABELS_PL, encoding="utf-8")
    assert lint() == (1, [("personas/spotkanie.yaml", "CX002", 2, 1,
                           "ten plik leży w personas/ (`persona-dir`), gdzie każdy plik YAML jest czytany jako dokument "
                           "cxkit, a zawiera wiersze tekstu pod własnymi etykietami (np. notatki), bez `kind` i bez "
                           "żadnego z pól cxkit" + WAYS_OUT_PL)])


def test_an_english_list_of_notes_in_a_journey_folder_below_is_reported_s40(ws: Path) -> None:
    workspace(ws, "en")
    (ws / "journeys" / "2026").mkdir()
    (ws / "journeys" / "2026" / "todo.yml").write_text(LIST_EN, encoding="utf-8")
    assert lint() == (1, [("journeys/2026/todo.yml", "CX002", 1, 3,
                           "this file is in journeys/ (`journey-dir`), where every YAML file is read as a cxkit "
                           "document, yet it holds a list of text (such as notes), not a mapping" + WAYS_OUT_EN)])


def test_english_labelled_notes_are_reported_s40(ws: Path) -> None:
    workspace(ws, "en")
    (ws / "personas" / "meeting.yaml").write_text(LABELS_EN, encoding="utf-8")
    assert lint() == (1, [("personas/meeting.yaml", "CX002", 1, 1,
                           "this file is in personas/ (`persona-dir`), where every YAML file is read as a cxkit "
                           "document, yet it holds lines of text under labels of its own (such as notes), no `kind` "
                           "and none of cxkit's fields" + WAYS_OUT_EN)])


@pytest.mark.parametrize(("lang", "text", "message"), [
    ("en", "name: Maya Patel\ngoals:\n  - Get her bike serviced on a Saturday morning\n",
     "missing `kind`; expected one of: persona, negative-persona, journey"),
    ("pl", "# Kasia\nImię: Kasia\nWiek: 30\ncele:\n  - Kupić krem SPF 50 przed urlopem w lipcu\n",
     "brakuje `kind`; oczekiwano jednego z: persona, negative-persona, journey"),
])
def test_a_persona_that_lost_its_kind_and_id_gets_the_schemas_missing_kind_s40(
        ws: Path, lang: str, text: str, message: str) -> None:
    workspace(ws, lang)
    (ws / "personas" / "bez-kind.yaml").write_text(text, encoding="utf-8")
    code, found = lint()
    assert code == 1
    assert [(p, c, m) for p, c, _l, _c, m in found] == [("personas/bez-kind.yaml", "CX002", message)]


def test_the_text_summary_no_longer_says_all_is_well_s40(ws: Path) -> None:
    workspace(ws, "pl")
    (ws / "personas" / "notatki.yaml").write_text(LIST_PL, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--select", "yaml-syntax,schema")
    assert result.exit_code == 1
    assert "Wszystko w porządku" not in result.stdout
    assert "personas/notatki.yaml:1:3: error CX002 ten plik leży w personas/" in result.stdout


def test_exclude_silences_it_as_the_message_says_s40(ws: Path) -> None:
    workspace(ws, "pl")
    (ws / "cxkit.toml").write_text('paths = ["personas"]\nlang = "pl"\nexclude = ["personas/notatki.yaml"]\n',
                                   encoding="utf-8")
    (ws / "personas" / "notatki.yaml").write_text(LIST_PL, encoding="utf-8")
    assert lint() == (0, [])


@pytest.mark.parametrize("text", [
    # a list of ids or file names (an order for a docs site); a list of single words ("- mleko\n- chleb\n") and an
    # i18n file keyed by field ("persona: Persona\ngoals: Cele\n…") are test_scan_document_folder_s39's guard
    "- kasia-zielinska\n- lowczyni-promocji\n",
    # a program's settings: mkdocs, a Docusaurus _category_.yml
    "site_name: Persony\nnav_title: Persony klientów sklepu\n",
    "label: Persony\nposition: 2\ncollapsed: false\n",
    # a translation file that nests its labels, even under words a person writes
    "Etykiety:\n  cel: Cel\n  bolaczki: Bolączki\n",
    # another tool's typed file with labels a person writes
    "kind: Notatka\nTytuł: Spotkanie z Anią\n",
])
def test_guard_other_tools_yaml_in_personas_is_still_passed_over_s40(ws: Path, text: str) -> None:
    workspace(ws, "pl")
    (ws / "personas" / "inne.yaml").write_text(text, encoding="utf-8")
    assert lint() == (0, [])


@pytest.mark.parametrize("text", [LIST_PL, LABELS_PL])
def test_guard_notes_outside_the_document_folders_are_passed_over_s40(ws: Path, text: str) -> None:
    workspace(ws, "pl")
    (ws / "cxkit.toml").write_text('paths = ["."]\nlang = "pl"\n', encoding="utf-8")
    (ws / "docs").mkdir()
    (ws / "docs" / "notatki.yaml").write_text(text, encoding="utf-8")
    (ws / "personas" / ".cxkit").mkdir()
    (ws / "personas" / ".cxkit" / "notatki.yaml").write_text(text, encoding="utf-8")
    assert lint() == (0, [])


def test_a_folder_render_lists_the_notes_among_the_files_not_read_s40(ws: Path) -> None:
    workspace(ws, "en")
    (ws / "personas" / "meeting.yaml").write_text(LABELS_EN, encoding="utf-8")
    result = run_cli("render", "personas/", "-f", "json")
    assert result.exception is None, repr(result.exception)
    assert [(b["path"], b["line"], b["code"]) for b in json.loads(result.stdout)["not_read"]] == [
        ("personas/meeting.yaml", 1, "CX002")]
