"""`cxkit fmt`'s lines for a file it cannot format are lint's lines, in Polish in a Polish workspace (session 37).

Its summary was Polish ("Nie do sformatowania: 2 pliki.") above English lines for the same files, which `cxkit lint`
in the same workspace says in Polish. They now take the reader's Polish twin (a message whose form has none stays
English whole), on stdout, on stderr with --diff, and of a document read from stdin; English is as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workspace_helpers import OLA, lang_workspace
from workspace_helpers import run_cxkit as _run

TWICE = OLA + "name: Aleksandra\n"
# A tab beside space-indented lines (a file indented with tabs alone is laid out since s39).
TAB = OLA.replace("  - Kupić", "\t- Kupić") + "x-notes:\n  - z rozmowy\n"

LINES = {
    "pl": ["personas/ola-tab.yaml:7:1: error CX001 nieprawidłowy YAML: tu jest znak tabulacji; YAML wcina tylko "
           "spacjami, nigdy tabulatorami; wcięcia w tym pliku mieszają tabulatory ze spacjami, więc `cxkit fmt` nie "
           "wie, który wiersz jest zagnieżdżony w którym: wetnij każdy wiersz spacjami, po 2 na poziom [yaml-syntax]",
           "personas/ola-twice.yaml:8:1: error CX001 powtórzony klucz `name` (pierwszy raz w wierszu 3); narzędzia YAML "
           "różnią się w tym, która wartość się liczy, więc zostaw jedną [yaml-syntax]"],
    "en": ["personas/ola-tab.yaml:7:1: error CX001 invalid YAML: a tab character here; YAML indents with spaces, never "
           "tabs; this file's indentation mixes tabs and spaces, so `cxkit fmt` cannot tell which lines are nested in "
           "which: indent every line with spaces, 2 a level [yaml-syntax]",
           "personas/ola-twice.yaml:8:1: error CX001 duplicate key 'name' (first defined on line 3); YAML tools "
           "disagree on which value counts, so keep one [yaml-syntax]"],
}


def _ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    lang_workspace(tmp_path, lang, {"ola.yaml": OLA, "ola-twice.yaml": TWICE, "ola-tab.yaml": TAB})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_fmt_check_says_what_it_cannot_format_in_the_workspace_language_s37(tmp_path, monkeypatch, lang) -> None:
    _ws(tmp_path, monkeypatch, lang)
    code, out, err = _run("fmt", "--check", "personas")
    assert code == 1
    assert out.splitlines() == LINES[lang]
    assert err.splitlines()[-1] == ("Bez zmian: 1 plik, nie do sformatowania: 2 pliki." if lang == "pl" else
                                    "1 file would be left unchanged, 2 files could not be formatted.")


def test_fmt_diff_says_them_on_stderr_in_polish_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    code, out, err = _run("fmt", "--diff", "personas")
    assert (code, out) == (1, "")
    assert err.splitlines()[:2] == LINES["pl"]


@pytest.mark.parametrize("lang, said", [
    ("pl", "-:8:1: error CX001 powtórzony klucz `name` (pierwszy raz w wierszu 3); narzędzia YAML różnią się w tym, "
           "która wartość się liczy, więc zostaw jedną [yaml-syntax]"),
    ("en", "-:8:1: error CX001 duplicate key 'name' (first defined on line 3); YAML tools disagree on which value "
           "counts, so keep one [yaml-syntax]"),
])
def test_fmt_of_stdin_says_it_in_the_workspace_language_s37(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    code, out, err = _run("fmt", "--check", "-", stdin=TWICE)
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == said


ALIAS = OLA.replace("  - Kupić buty do biegania po asfalcie do 600 zł", "  - *buty")


@pytest.mark.parametrize("lang, said", [
    ("pl", "-:7:5: error CX001 nieprawidłowy YAML: alias *buty nie wskazuje żadnej kotwicy: wejście nie definiuje przed "
           "nim żadnej"),
    ("en", "-:7:5: error CX001 invalid YAML: the alias *buty names no anchor: the input defines none before it"),
])
def test_fmt_of_stdin_says_it_of_the_input_in_both_languages_s37(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    code, out, err = _run("fmt", "-", stdin=ALIAS)
    assert (code, out) == (1, "")
    assert err.startswith(said), err
