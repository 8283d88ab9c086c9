"""`cxkit lint -`: what the document says is quoted as written, in a Polish workspace and an English one (session 36).

A Polish twin said of the input ("wejście" where a file would be "plik") rewrote the words in the author's own
text too: a need "Załączony plik ma limit: 5 MB" (a ': ' that YAML reads as a key) was quoted back as
„Załączony wejście ma limit”, and the line to copy in as `- "Załączony wejście ma limit: ..."`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from test_polish_reader_s36 import PERSONA

NEED = "  - Załączony plik ma limit: 5 MB, a skan umowy waży 8 MB"


def _lint_stdin(folder: Path, text: str) -> str:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "CXKIT_TODAY": "2026-12-01"}
    result = subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache", "--select", "schema,yaml-syntax",
                             "--stdin-filename", "personas/ola.yaml", "-"], cwd=folder, env=env, input=text,
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 1, result.stderr
    return result.stdout


def test_the_authors_words_are_quoted_as_written(tmp_path):
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    text = PERSONA.replace("  - Tabela rozmiarów w centymetrach", NEED)
    out = _lint_stdin(tmp_path, text)
    assert ("personas/ola.yaml:13:5: error CX002 `needs[nr 1]` zostało odczytane jako mapowanie „Załączony plik ma "
            "limit”: „5 MB, a skan umowy waży 8 MB”, a nie jako tekst: „: ” w wartości bez cudzysłowu zaczyna klucz; "
            "ujmij cały tekst w cudzysłów: - \"Załączony plik ma limit: 5 MB, a skan umowy waży 8 MB\" [schema]") in out


def test_cxkit_s_own_words_are_still_said_of_the_input(tmp_path):
    """Guard (passes before too): the words about the file outside the quotes still say "wejście"."""
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    out = _lint_stdin(tmp_path, "")
    assert out.startswith("personas/ola.yaml:1:1: error CX001 wejście jest puste; oczekiwano mapowania YAML z kluczem "
                          "`kind` [yaml-syntax]\n")


def test_an_english_workspace_quotes_the_authors_words_as_written_too(tmp_path):
    """Fails before: the English message said "the file" of the input in the author's own words as well
    ('Attaching the input is limited', and the line to copy in with it)."""
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    text = PERSONA.replace("lang: pl", "lang: en").replace(
        "  - Tabela rozmiarów w centymetrach", "  - Attaching the file is limited: 5 MB, the signed contract is 8 MB")
    out = _lint_stdin(tmp_path, text)
    assert ("personas/ola.yaml:13:5: error CX002 'needs[1st]' was read as the mapping 'Attaching the file is limited': "
            "'5 MB, the signed contract is 8 MB', not as text: ': ' in an unquoted value starts a key; put the whole "
            "text in quotes: - \"Attaching the file is limited: 5 MB, the signed contract is 8 MB\" [schema]") in out
    assert _lint_stdin(tmp_path, "").startswith(
        "personas/ola.yaml:1:1: error CX001 the input is empty; expected a YAML mapping with a `kind` key [yaml-syntax]\n")
