"""`cxkit diff` of revisions: a file renamed and broken in one change (or mended while renamed).

A file one side cannot read is not compared: its document on the other side is neither removed
nor added.  That holds when the file kept its name, and must hold when it was moved too: the
unreadable file's `id:` line, read as text, names the document the other side has in a file
this side no longer has.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import JOURNEY_PL, PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import Repo

#: Tomek's persona with an unclosed flow list on its `location` line (reported on line 13).
TOMEK_BROKEN = PERSONA_PL.replace("  location: Kraków\n", "  location: [Kraków\n")
assert TOMEK_BROKEN != PERSONA_PL


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    """A committed Polish and English workspace, run from its top."""
    r = Repo(tmp_path / "sklep")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    r.commit("Persony i ścieżka")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def diff_json(*args: str) -> tuple[int, list[dict], str]:
    result = run_cli("diff", *args, "-f", "json")
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, json.loads(result.stdout), result.stderr


def test_a_file_renamed_and_broken_is_not_shown_as_removed(repo):
    repo.git("mv", "personas/tomek.yaml", "personas/tomek-audiofil.yaml")
    repo.write("personas/tomek-audiofil.yaml", TOMEK_BROKEN)
    code, items, stderr = diff_json("HEAD")
    assert code == 1
    assert [i for i in items if i["op"] != "not-compared"] == []  # not "- tomek-audiofil ... removed"
    [entry] = [i for i in items if i["op"] == "not-compared"]
    assert (entry["file"], entry["side"]) == ("personas/tomek-audiofil.yaml", "after")
    assert stderr.startswith("personas/tomek-audiofil.yaml:13:12: error CX001 invalid YAML")
    text = run_cli("diff", "HEAD").stdout
    assert "usunięt" not in text and "tomek-audiofil  personas/tomek.yaml" not in text
    # The headline says what could not be compared, not "Brak różnic w treści." (tester12 F7).
    assert text.startswith("1 file could not be compared (personas/tomek-audiofil.yaml); no semantic differences in "
                           "the files compared.\n\nNot compared: 1 file could not be read on one side")


def test_a_file_broken_in_the_revision_and_mended_under_a_new_name_is_not_shown_as_added(repo):
    repo.write("personas/tomek.yaml", TOMEK_BROKEN)
    repo.commit("Zepsuta persona")
    repo.git("mv", "personas/tomek.yaml", "personas/tomek-audiofil.yaml")
    repo.write("personas/tomek-audiofil.yaml", PERSONA_PL)
    code, items, stderr = diff_json("HEAD")
    assert code == 1
    assert [i for i in items if i["op"] != "not-compared"] == []  # not "+ tomek-audiofil ... new persona"
    [entry] = [i for i in items if i["op"] == "not-compared"]
    assert (entry["file"], entry["side"]) == ("personas/tomek.yaml", "before")
    assert stderr.startswith("HEAD:personas/tomek.yaml:13:12: error CX001 invalid YAML")


def test_a_broken_copy_beside_a_document_that_stays_leaves_the_document_compared(repo):
    # The id the broken file names is still read on the working tree's side: nothing moved.
    repo.write("personas/tomek-kopia.yaml", TOMEK_BROKEN)
    repo.write("personas/tomek.yaml", PERSONA_PL.replace("  age: 34\n", "  age: 35\n"))
    code, items, _stderr = diff_json("HEAD")
    assert code == 1
    assert [(i["op"], i["document"], i["path"], i["old"], i["new"]) for i in items if i["op"] != "not-compared"] == [
        ("changed", "tomek-audiofil", "demographics.age", 34, 35),
    ]


def test_a_document_removed_beside_an_unrelated_broken_file_is_still_removed(repo):
    repo.git("rm", "-q", "personas/maya.yaml")
    repo.write("personas/zepsuta.yaml", TOMEK_BROKEN.replace("id: tomek-audiofil", "id: zosia-zepsuta"))
    code, items, _stderr = diff_json("HEAD")
    assert code == 1
    assert [(i["op"], i["document"]) for i in items if i["op"] != "not-compared"] == [("removed", "maya-runner")]


# --- a key renamed in one mapping, its value unchanged -----------------------------------

def test_a_misspelt_key_corrected_is_its_value_moved_not_removed_and_added(repo):
    repo.write("personas/tomek.yaml", PERSONA_PL.replace("pain_points:", "pain_ponts:"))
    repo.commit("Literówka")
    repo.write("personas/tomek.yaml", PERSONA_PL)
    code, items, _stderr = diff_json("HEAD")
    assert code == 1
    assert [(i["op"], i["path"], i.get("moved"), i["old"], i["new"]) for i in items] == [
        ("moved", "pain_points", "path", "pain_ponts", "pain_points"),
    ]
    text = run_cli("diff", "HEAD").stdout
    assert "  ↕ Problemy: poprzednio pain_ponts:\n      - text: Sklepy nie podają impedancji" in text
    assert "- pain_ponts" not in text and "+ pain_points" not in text


def test_a_key_renamed_and_its_list_edited_is_still_removed_and_added(repo):
    # Only an unchanged value is known to have moved; an edited one is not told from a new one.
    repo.write("personas/tomek.yaml", PERSONA_PL.replace(
        "pain_points:\n", "pain_ponts:\n").replace("  - text: Sklepy nie podają impedancji", "  - text: Sklepy nie podają czułości"))
    repo.commit("Literówka")
    repo.write("personas/tomek.yaml", PERSONA_PL)
    _code, items, _stderr = diff_json("HEAD")
    assert [(i["op"], i["path"]) for i in items] == [("removed", "pain_ponts"), ("added", "pain_points")]


# --- a document moved away with a new id, and another written in its old file -------------

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pl" / "personas"


def test_a_persona_moved_with_a_new_id_and_another_written_in_its_file_are_a_move_and_an_addition(repo):
    pawel = (EXAMPLES / "pawel-programista-audiofil.yaml").read_text(encoding="utf-8")
    repo.write("personas/pawel.yaml", pawel)
    repo.commit("Paweł")
    repo.git("mv", "personas/pawel.yaml", "personas/pawel-audiofil.yaml")
    repo.write("personas/pawel-audiofil.yaml", pawel.replace("id: pawel-programista-audiofil", "id: pawel-audiofil"))
    repo.write("personas/pawel.yaml", (EXAMPLES / "agnieszka-studio-podcastow.yaml").read_text(encoding="utf-8"))
    code, items, _stderr = diff_json("HEAD")
    assert code == 1
    assert [(i["op"], i["document"], i["file"], i["path"]) for i in items] == [
        ("moved", "pawel-audiofil", "personas/pawel-audiofil.yaml", ""),
        ("changed", "pawel-audiofil", "personas/pawel-audiofil.yaml", "id"),
        ("added", "agnieszka-studio-podcastow", "personas/pawel.yaml", ""),
    ]


def test_an_id_changed_in_place_with_every_value_rewritten_is_still_that_file(repo):
    # Nothing else to pair either document with: one document, its id and text changed.
    repo.write("personas/maya.yaml", (EXAMPLES / "agnieszka-studio-podcastow.yaml").read_text(encoding="utf-8"))
    code, items, _stderr = diff_json("HEAD")
    assert code == 1
    assert ("changed", "personas/maya.yaml", "id", "maya-runner", "agnieszka-studio-podcastow") in [
        (i["op"], i["file"], i["path"], i["old"], i["new"]) for i in items
    ]
    assert not [i for i in items if i["op"] in ("added", "removed") and i["path"] == ""]  # no whole document
