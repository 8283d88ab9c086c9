"""A persona or journey in the persona or journey folder whose `kind` key is misspelt or in the team's words
(`typ: persona`, `rodzaj: journey`, `knd: persona`) is reported by a folder scan, as it is when the file is
named (review108, session 40).

5e84e592 made notes in those folders CX002 and sent a persona that lost its `kind:` but keeps `goals:` (a list)
to the schema, but a persona whose only sign is its kind written under another key, beside fields that are
not only cxkit's (`name`, `summary`, `quote`), was still passed over as another tool's YAML: `cxkit lint`
said all was well, while `cxkit lint personas/kasia.yaml` said "unknown key 'typ'; did you mean 'kind'?".
A value that is cxkit's kind under a key that is not kind-like (`label: persona` of a Docusaurus
`_category_.yml`), the same file outside the folders, and a settings file keyed in capitals (`API_URL:`)
are still passed over.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from doc_folder_helpers import lint, workspace, ws  # noqa: F401  (ws: the fixture)


TYP_PL = "typ: persona\nname: Ola Wiśniewska\nsummary: Księgowa z Lublina, prowadzi biuro rachunkowe dla 40 firm\n"
RODZAJ_PL = "rodzaj: journey\nname: Ola zmienia biuro rachunkowe\npersona: ola-wisniewska\n"
KND_EN = "knd: persona\nname: Priya Shah\nquote: \"If the app logs me out again I'm ringing the branch\"\n"


def test_a_polish_persona_with_typ_in_personas_is_reported_s40(ws: Path) -> None:
    workspace(ws, "pl", docs=True)
    (ws / "personas" / "ola.yaml").write_text(TYP_PL, encoding="utf-8")
    code, found = lint()
    assert code == 1  # fails before: exit 0, nothing said
    assert [(p, c, line) for p, c, line, _, _ in found] == [("personas/ola.yaml", "CX002", 1)]
    assert "`kind: persona`" in found[0][4] and "typ" in found[0][4]
    assert found == lint("personas/ola.yaml")[1]  # what naming the file says


def test_a_journey_with_rodzaj_in_journeys_is_reported_s40(ws: Path) -> None:
    workspace(ws, "pl", docs=True)
    (ws / "journeys" / "ola-biuro.yaml").write_text(RODZAJ_PL, encoding="utf-8")
    code, found = lint()
    assert code == 1 and [(p, c, line) for p, c, line, _, _ in found] == [("journeys/ola-biuro.yaml", "CX002", 1)]
    assert "`kind: journey`" in found[0][4]


def test_an_english_persona_with_a_misspelt_kind_key_is_reported_s40(ws: Path) -> None:
    workspace(ws, "en", docs=True)
    (ws / "personas" / "priya.yaml").write_text(KND_EN, encoding="utf-8")
    code, found = lint()
    assert code == 1 and [(p, c, line) for p, c, line, _, _ in found] == [("personas/priya.yaml", "CX002", 1)]
    assert "`kind`" in found[0][4]


@pytest.mark.parametrize("text", [
    "label: persona\nposition: 2\ncollapsible: true\n",  # a Docusaurus _category_.yml
    "API_URL: https://crm.example.com/api\nAPI_TOKEN_NAME: CX_RESEARCH\n",  # a settings file keyed in capitals
])
def test_other_tools_files_in_personas_are_still_passed_over_s40(ws: Path, text: str) -> None:
    workspace(ws, "en", docs=True)
    (ws / "personas" / "_category_.yml").write_text(text, encoding="utf-8")
    assert lint() == (0, [])


def test_the_same_file_outside_the_folders_is_passed_over_s40(ws: Path) -> None:
    workspace(ws, "pl", docs=True)
    (ws / "docs" / "ola.yaml").write_text(TYP_PL, encoding="utf-8")
    assert lint() == (0, [])


# --- notes written as a list of labelled lines (`- Spotkanie: wtorek`) -------------------------------------------

LABELLED_LIST_PL = "- Spotkanie: wtorek 10:00, sala 2\n- Ankieta: 120 osób do piątku\n- zadzwonić do Ani\n"
LABELLED_LIST_EN = "- Meeting: Tuesday 10am with the research team\n- Survey: 120 answers so far\n"


@pytest.mark.parametrize(("lang", "text", "start"), [
    ("pl", LABELLED_LIST_PL, "ten plik leży w personas/ (`persona-dir`)"),
    ("en", LABELLED_LIST_EN, "this file is in personas/ (`persona-dir`)"),
])
def test_notes_as_a_list_of_labelled_lines_are_reported_s40(ws: Path, lang: str, text: str, start: str) -> None:
    workspace(ws, lang, docs=True)
    (ws / "personas" / "notatki.yaml").write_text(text, encoding="utf-8")
    code, found = lint()
    assert code == 1  # fails before: a list holding a mapping was passed over
    assert [(p, c, line, col) for p, c, line, col, _ in found] == [("personas/notatki.yaml", "CX002", 1, 3)]
    assert found[0][4].startswith(start)


@pytest.mark.parametrize("text", [
    "- Home: index.md\n- Persony klientów: personas/index.md\n- Ścieżki: https://wiki.example.com/journeys\n",  # a nav
    "- title: Persony\n  url: /personas/\n- title: Ścieżki klientów\n  url: /journeys/\n",  # a site's menu data
    "- id: goals\n  translation: Cele klienta\n",  # a Hugo i18n file
])
def test_lists_of_other_tools_mappings_are_still_passed_over_s40(ws: Path, text: str) -> None:
    workspace(ws, "pl", docs=True)
    (ws / "personas" / "nav.yaml").write_text(text, encoding="utf-8")
    assert lint() == (0, [])
