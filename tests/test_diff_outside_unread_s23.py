"""Session 23 (review13 L6): a document that joined the workspace, whose file the other side held
but could not read (broken YAML), was shown as if brought in unedited: "joined the workspace:
already in 'main'", no changes, nothing saying main's version was never compared.  The sentence
now says so, in text and Markdown, and the JSON entry has `"unread"`: the side whose version
could not be read ("before" for a document that joined, "after" for one that left)."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo
from test_diff_left_workspace_s21 import ANIA, KAMIL, OLA

BROKEN = ANIA.replace("  - Find a stroller", '  - "Find a stroller')  # the quote never closed

JOINED = ("+ ania-szkic  szkice/ania.yaml  persona „Ania Kowalczyk”: dołączono do obszaru roboczego; już w 'main', "
          "poza tym, co porównywała tam konfiguracja (`paths`, `exclude`); wersji w 'main' nie udało się odczytać\n")


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


def workspace(tmp_path, monkeypatch, paths: str, ania: str) -> Repo:
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", f'lang = "pl"\npaths = {paths}\n')
    r.write("personas/ola.yaml", OLA)
    r.write("personas/kamil.yaml", KAMIL)
    r.write("szkice/ania.yaml", ania)
    r.commit("init")
    monkeypatch.chdir(r.root)
    return r


def cli(*args: str):
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


def test_a_document_that_joined_whose_old_version_did_not_parse_says_so(tmp_path, monkeypatch):
    """Before: the sentence ended at `(`paths`, `exclude`)`, as for a document brought in unedited."""
    ws = workspace(tmp_path, monkeypatch, '["personas"]', BROKEN)
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "szkice"]\n')
    ws.write("szkice/ania.yaml", ANIA)
    result = cli("diff", "main")
    assert result.exit_code == 1, result.stderr
    assert result.stdout == JOINED + "\n1 dokument różni się (1 dołączył do obszaru roboczego).\n"
    changes = json.loads(cli("diff", "main", "-f", "json").stdout)
    assert [(c["op"], c["path"], c["old"], c.get("unread")) for c in changes] == [("joined", "", None, "before")]
    md = cli("diff", "main", "-f", "md").stdout
    assert ("Persona „Ania Kowalczyk”: dołączono do obszaru roboczego; już w `main`, poza tym, co porównywała tam "
            "konfiguracja (`paths`, `exclude`); wersji w `main` nie udało się odczytać.\n") in md
    report = json.loads(cli("review", "main", "-f", "json").stdout)
    assert [(c["op"], c.get("unread")) for c in report["changes"]] == [("joined", "before")]
    assert "; wersji w `main` nie udało się odczytać." in cli("review", "main").stdout


def test_a_document_that_left_whose_new_version_does_not_parse_says_so(tmp_path, monkeypatch):
    """Before: 'left the workspace: still in the working tree', as if it had left unedited."""
    ws = workspace(tmp_path, monkeypatch, '["personas", "szkice"]', ANIA)
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas"]\n')
    ws.write("szkice/ania.yaml", BROKEN)
    result = cli("diff", "main")
    assert result.exit_code == 1, result.stderr
    assert result.stdout.startswith(
        "- ania-szkic  szkice/ania.yaml  persona „Ania Kowalczyk”: poza obszarem roboczym; nadal w kopii roboczej, "
        "poza tym, co porównuje konfiguracja (`paths`, `exclude`); wersji w kopii roboczej nie udało się odczytać\n")
    changes = json.loads(cli("diff", "main", "-f", "json").stdout)
    assert [(c["op"], c.get("unread")) for c in changes] == [("left", "after")]


def test_a_document_that_joined_readable_on_both_sides_is_told_as_before(tmp_path, monkeypatch):
    """Guard: both versions read and alike: the plain sentence, no `unread` in JSON."""
    ws = workspace(tmp_path, monkeypatch, '["personas"]', ANIA)
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "szkice"]\n')
    result = cli("diff", "main")
    assert result.stdout.startswith(JOINED.replace("; wersji w 'main' nie udało się odczytać", ""))
    changes = json.loads(cli("diff", "main", "-f", "json").stdout)
    assert [(c["op"], "unread" in c) for c in changes] == [("joined", False)]
