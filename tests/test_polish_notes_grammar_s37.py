"""The Polish of a Polish workspace's skip notes and fmt's notes, read as a Polish reader reads them (session 37).

Counts take their case (1 ścieżka, 4 ścieżki, 5 ścieżek, 22 ścieżki, 112 ścieżek, and the verb with them); the
paths past the first three are "i jeszcze N", as every other Polish list of cxkit ends (not "i 1 innych"); a
negated "zostało" takes the genitive; a moved key is placed "obok pola `summary`" and "tam, gdzie fmt stawia pole
`owner`" (which need not be in the file). English stays as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workspace_helpers import OLA, lang_workspace
from workspace_helpers import run_cxkit as _run



def _ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> Path:
    lang_workspace(tmp_path, lang, {"ola.yaml": OLA})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    return tmp_path


def _gone(n: int) -> list[str]:
    return [f"personas/usunieta-{i}.yaml" for i in range(n)]


FIRST3 = "personas/usunieta-0.yaml, personas/usunieta-1.yaml, personas/usunieta-2.yaml"


@pytest.mark.parametrize("n, said", [
    (4, f"4 ścieżki z listy zostały pominięte: nie wskazują plików (usunięte albo to foldery): {FIRST3} i jeszcze 1"),
    (5, f"5 ścieżek z listy zostało pominiętych: nie wskazują plików (usunięte albo to foldery): {FIRST3} i jeszcze 2"),
    (22, f"22 ścieżki z listy zostały pominięte: nie wskazują plików (usunięte albo to foldery): {FIRST3} i jeszcze 19"),
    (112, f"112 ścieżek z listy zostało pominiętych: nie wskazują plików (usunięte albo to foldery): {FIRST3} i jeszcze "
          "109"),
])
def test_files_from_counts_the_paths_it_skips_in_polish_s37(tmp_path, monkeypatch, n, said) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    (tmp_path / "lista.txt").write_text("".join(f"{p}\n" for p in ["personas/ola.yaml", *_gone(n)]), encoding="utf-8")
    for command in (("lint", "--no-cache"), ("fmt", "--check")):
        _code, _out, err = _run(*command, "--files-from", "lista.txt")
        assert err.startswith(f"cxkit: uwaga: {said}\n"), (command, err)


@pytest.mark.parametrize("n, said", [
    (2, "2 podane ścieżki zostały pominięte: nie ma takich plików (usunięte?): personas/usunieta-0.yaml, "
        "personas/usunieta-1.yaml"),
    (4, f"4 podane ścieżki zostały pominięte: nie ma takich plików (usunięte?): {FIRST3} i jeszcze 1"),
    (12, f"12 podanych ścieżek zostało pominiętych: nie ma takich plików (usunięte?): {FIRST3} i jeszcze 9"),
])
def test_only_documents_counts_the_paths_it_skips_in_polish_s37(tmp_path, monkeypatch, n, said) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    _code, _out, err = _run("lint", "--no-cache", "--only-documents", "personas/ola.yaml", *_gone(n))
    assert err.startswith(f"cxkit: uwaga: {said}\n"), err


def test_files_from_in_english_is_as_before_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "en")
    (tmp_path / "lista.txt").write_text("".join(f"{p}\n" for p in ["personas/ola.yaml", *_gone(4)]), encoding="utf-8")
    _code, _out, err = _run("lint", "--no-cache", "--files-from", "lista.txt")
    assert err.startswith(f"cxkit: note: 4 listed paths were skipped: not files (deleted, or folders): {FIRST3}, and "
                          "1 more\n"), err


MOVED = OLA.replace("summary:", "opis: Biega po Parku Skaryszewskim.\nsummary:") + (
    "reviewer: Marta Jezierska\nreviewed: 2026-11-02\nwlasciciel: Zespół CX\n")


def test_fmt_says_where_it_moved_a_key_in_polish_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    (tmp_path / "personas" / "ola.yaml").write_text(MOVED, encoding="utf-8")
    code, _out, err = _run("fmt", "personas/ola.yaml")
    assert code == 0
    note = "cxkit: uwaga: personas/ola.yaml: przeniesiono "
    assert err.splitlines()[-4:] == [
        f"{note}`opis` obok pola `summary`, które ten klucz oznacza; połącz je (`cxkit lint` mówi, jak)",
        f"{note}`reviewer` obok pola `reviewed`, które ten klucz może oznaczać; `cxkit lint` mówi, co z nim zrobić",
        # No `owner` in the file: the place is where fmt puts it, not where it "stands".
        f"{note}`wlasciciel` tam, gdzie fmt stawia pole `owner`; czy chodziło o `owner`? (nazwy pól są po angielsku; "
        "`cxkit fmt --fix` zmienia tę nazwę)",
        "Przeformatowano 1 plik.",
    ], err


def test_fmt_says_where_it_moved_a_key_in_english_as_before_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "en")
    (tmp_path / "personas" / "ola.yaml").write_text(MOVED, encoding="utf-8")
    _code, _out, err = _run("fmt", "personas/ola.yaml")
    assert err.splitlines()[-4:] == [
        "cxkit: note: personas/ola.yaml: moved 'opis' next to 'summary', the field it stands for; merge the two "
        "(`cxkit lint` says how)",
        "cxkit: note: personas/ola.yaml: moved 'reviewer' next to 'reviewed', which it may stand for; `cxkit lint` says "
        "what to do with it",
        "cxkit: note: personas/ola.yaml: moved 'wlasciciel' to where 'owner' goes; did you mean 'owner'? (field names "
        "are in English; `cxkit fmt --fix` renames it)",
        "1 file reformatted.",
    ], err
