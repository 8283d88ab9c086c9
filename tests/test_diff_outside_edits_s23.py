"""Session 23 (review9 R9-5): a document that joined the workspace (a new `paths` or `exclude` brings
its file in) or left it, and was edited in the same change, shows its edits: the file as the other
side holds it, outside what that side compared, is the other version."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo
from test_diff_left_workspace_s21 import ANIA, KAMIL, OLA

EDITED = ANIA.replace("on the Warsaw tram", "on the Kraków tram") + '  - TODO drugi cel po rozmowie\n'


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


def workspace(tmp_path, monkeypatch, paths: str) -> Repo:
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", f'lang = "pl"\npaths = {paths}\n')
    r.write("personas/ola.yaml", OLA)
    r.write("personas/kamil.yaml", KAMIL)
    r.write("szkice/ania.yaml", ANIA)
    r.commit("init")
    monkeypatch.chdir(r.root)
    return r


def cli(*args: str):
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


EDITS_TEXT = (
    "  ~ Cele #1: Find a stroller that folds with one hand on the [-Warsaw-]{+Kraków+} tram\n"
    "  + Cele #2: TODO drugi cel po rozmowie\n"
)
EDITS_MD = (
    "- **zmieniono** Cele `#1`: Find a stroller that folds with one hand on the (usunięto: „Warsaw”; dodano: „Kraków”) tram\n"
    "- **dodano** Cele `#2`: TODO drugi cel po rozmowie\n"
)
EDITS_JSON = [
    ("changed", "ania-szkic", "szkice/ania.yaml", "goals[0]",
     "Find a stroller that folds with one hand on the Warsaw tram",
     "Find a stroller that folds with one hand on the Kraków tram"),
    ("added", "ania-szkic", "szkice/ania.yaml", "goals[1]", None, "TODO drugi cel po rozmowie"),
]


def edits(changes: list[dict]) -> list[tuple]:
    return [(c["op"], c["document"], c["file"], c["path"], c["old"], c["new"]) for c in changes[1:]]


def test_a_document_that_joined_the_workspace_edited_shows_its_edits(tmp_path, monkeypatch):
    """Before: only `joined the workspace: already in 'main'`, nothing of the new goal or the TODO."""
    ws = workspace(tmp_path, monkeypatch, '["personas"]')
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "szkice"]\n')
    ws.write("szkice/ania.yaml", EDITED)
    result = cli("diff", "main")
    assert result.exit_code == 1, result.stderr
    assert result.stdout == (
        "+ ania-szkic  szkice/ania.yaml  persona „Ania Kowalczyk”: dołączono do obszaru roboczego; już w 'main', poza "
        "tym, co porównywała tam konfiguracja (`paths`, `exclude`), a od tamtej pory zmieniono treść\n"
        + EDITS_TEXT
        + "\n1 dokument różni się (1 dołączył do obszaru roboczego); 2 zmiany w dokumencie.\n"
    )
    changes = json.loads(cli("diff", "main", "-f", "json").stdout)
    assert (changes[0]["op"], changes[0]["old"], changes[0]["path"]) == ("joined", None, "")
    assert edits(changes) == EDITS_JSON
    md = cli("diff", "main", "-f", "md").stdout
    assert (
        "### `ania-szkic` · `szkice/ania.yaml` (dołączył do obszaru roboczego)\n\n"
        "Persona „Ania Kowalczyk”: dołączono do obszaru roboczego; już w `main`, poza tym, co porównywała tam "
        "konfiguracja (`paths`, `exclude`), a od tamtej pory zmieniono treść.\n\n" + EDITS_MD
    ) in md
    # Between two revisions too.
    ws.commit("szkice w paths")
    assert cli("diff", "main~1", "main").stdout.endswith(
        EDITS_TEXT + "\n1 dokument różni się (1 dołączył do obszaru roboczego); 2 zmiany w dokumencie.\n")


def test_a_document_that_left_the_workspace_edited_shows_its_edits(tmp_path, monkeypatch):
    """Before: only `left the workspace: still in the working tree`, nothing of what was edited in it."""
    ws = workspace(tmp_path, monkeypatch, '["personas", "szkice"]')
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "szkice"]\nexclude = ["szkice/ania.yaml"]\n')
    ws.write("szkice/ania.yaml", EDITED)
    result = cli("diff", "main")
    assert result.exit_code == 1, result.stderr
    assert result.stdout == (
        "- ania-szkic  szkice/ania.yaml  persona „Ania Kowalczyk”: poza obszarem roboczym; nadal w kopii roboczej, "
        "poza tym, co porównuje konfiguracja (`paths`, `exclude`), a treść tam zmieniono\n"
        + EDITS_TEXT
        + "\n1 dokument różni się (1 opuścił obszar roboczy); 2 zmiany w dokumencie.\n"
    )
    changes = json.loads(cli("diff", "main", "-f", "json").stdout)
    assert (changes[0]["op"], changes[0]["new"]) == ("left", None)
    assert edits(changes) == EDITS_JSON
    md = cli("diff", "main", "-f", "md").stdout
    assert "(`paths`, `exclude`), a treść tam zmieniono.\n\n" + EDITS_MD in md


def test_review_shows_the_edits_of_a_document_that_joined(tmp_path, monkeypatch):
    ws = workspace(tmp_path, monkeypatch, '["personas"]')
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "szkice"]\n')
    ws.write("szkice/ania.yaml", EDITED)
    report = json.loads(cli("review", "main", "-f", "json").stdout)
    assert report["changes"][0]["op"] == "joined"
    assert edits(report["changes"]) == EDITS_JSON
    md = cli("review", "main").stdout
    assert "(`paths`, `exclude`), a od tamtej pory zmieniono treść.\n\n" + EDITS_MD in md
    assert "1 dokument różni się (1 dołączył do obszaru roboczego); 2 zmiany w dokumencie." in md


def test_a_document_that_joined_unedited_shows_no_changes(tmp_path, monkeypatch):
    """Guard: a file brought in as it was has nothing below its line, and the sentence is as before
    (in Polish since session 35: the document's language)."""
    ws = workspace(tmp_path, monkeypatch, '["personas"]')
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "szkice"]\n')
    result = cli("diff", "main")
    assert result.stdout == (
        "+ ania-szkic  szkice/ania.yaml  persona „Ania Kowalczyk”: dołączono do obszaru roboczego; już w 'main', poza "
        "tym, co porównywała tam konfiguracja (`paths`, `exclude`)\n\n1 dokument różni się (1 dołączył do obszaru roboczego).\n"
    )
    assert len(json.loads(cli("diff", "main", "-f", "json").stdout)) == 1
