"""The notes, summaries and refusals that stayed English in a Polish workspace (`lang = "pl"`) speak Polish.

Each case is told in Polish where the run knows the workspace's language, and byte for byte as before in
English: the stdin not-run note, the skip notes of `--only-documents` and `--files-from`, the baseline's
usage errors, `cxkit fmt`'s summary and notes, render's CSV refusals and `[render] csv-separator` errors,
and the located lines of `cxkit diff` for a file it cannot read. The words `error`/`warning` and the
machine formats stay as they are.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from git_helpers import committed, needs_git
from workspace_helpers import OLA, lang_workspace
from workspace_helpers import run_cxkit as _run

KAMIL = """\
kind: negative-persona
id: kamil-okazja
name: Kamil
lang: pl
reasons:
  - Kupuje tylko na Black Friday w Media Markt
"""


def _ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, config: str = "") -> Path:
    lang_workspace(tmp_path, lang, {"ola.yaml": OLA}, config)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


# --- lint ----------------------------------------------------------------------------------------------------------

def test_stdin_without_a_path_says_the_cross_file_rules_did_not_run_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    _code, _out, err = _run("lint", "--no-cache", "-", stdin=OLA)
    assert err.startswith("cxkit: uwaga: dokument wczytany ze standardowego wejścia nie ma ścieżki, więc nie należy do "
                          "żadnego obszaru roboczego: reguł obejmujących wiele plików (duplicate-id, "), err
    assert err.rstrip().endswith("nie uruchomiono; podaj --stdin-filename ŚCIEŻKA, by sprawdzić go razem z jego "
                                 "obszarem roboczym"), err


def test_stdin_without_a_path_in_english_is_as_before_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "en")
    _code, _out, err = _run("lint", "--no-cache", "-", stdin=OLA)
    assert err.startswith("cxkit: note: the document read from stdin has no path, so it has no workspace: the "
                          "cross-file rules (duplicate-id, "), err


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: uwaga: 2 podane ścieżki zostały pominięte: nie ma takich plików (usunięte?): "
           "personas/stara.yaml, personas/druga.yaml\n"),
    ("en", "cxkit: note: 2 paths named were skipped: no such files (deleted?): personas/stara.yaml, personas/druga.yaml\n"),
])
def test_only_documents_says_the_deleted_files_it_skips_s37(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    _code, _out, err = _run("lint", "--no-cache", "--only-documents", "personas/ola.yaml", "personas/stara.yaml",
                            "personas/druga.yaml")
    assert err == said


def test_files_from_says_the_entries_it_skips_in_polish_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    (tmp_path / "lista.txt").write_text("personas/ola.yaml\npersonas/usunieta.yaml\n", encoding="utf-8")
    _code, _out, err = _run("lint", "--no-cache", "--files-from", "lista.txt")
    assert err == ("cxkit: uwaga: 1 ścieżka z listy została pominięta: nie wskazuje pliku (usunięty albo to folder): "
                   "personas/usunieta.yaml\n")
    (tmp_path / "lista.txt").write_text("".join(f"personas/brak-{n}.yaml\n" for n in range(5)), encoding="utf-8")
    _code, _out, err = _run("lint", "--no-cache", "--files-from", "lista.txt")
    assert err.startswith("cxkit: uwaga: 5 ścieżek z listy zostało pominiętych: nie wskazują plików (usunięte albo to "
                          "foldery): personas/brak-0.yaml, personas/brak-1.yaml, personas/brak-2.yaml i jeszcze 2"), err


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: --baseline: wartość jest pusta; podaj plik bazowy\n"),
    ("en", "cxkit: --baseline: the value is empty; give the baseline file\n"),
])
def test_an_empty_baseline_option_s37(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    code, _out, err = _run("lint", "--no-cache", "--baseline=")
    assert (code, err) == (2, said)


def test_baseline_and_no_baseline_together_in_polish_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    code, _out, err = _run("lint", "--no-cache", "--baseline", "bazowy.json", "--no-baseline")
    assert code == 2 and err.startswith("cxkit: --baseline i --no-baseline: podaj jedną z tych opcji"), err


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: --write-baseline: dokumentu wczytanego ze standardowego wejścia nie zapisuje się w pliku bazowym"),
    ("en", "cxkit: --write-baseline: a document read from stdin is not recorded (the baseline records saved files)"),
])
def test_write_baseline_refuses_stdin_s37(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    code, _out, err = _run("lint", "--write-baseline", "-", stdin=OLA)
    assert code == 2 and err.startswith(said), err


def test_baseline_with_stdin_and_no_path_in_polish_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    code, _out, err = _run("lint", "--baseline", "bazowy.json", "-", stdin=OLA)
    assert (code, err) == (2, "cxkit: --baseline: plik bazowy rozpoznaje zgłoszenia po ścieżce pliku, a dokument wczytany "
                              "ze standardowego wejścia jej nie ma: podaj --stdin-filename ŚCIEŻKA albo pomiń --baseline\n")


# --- fmt -----------------------------------------------------------------------------------------------------------

def test_fmt_summary_in_polish_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    (tmp_path / "personas" / "kamil.yaml").write_text(KAMIL.replace("name: Kamil", "name:    Kamil"), encoding="utf-8")
    code, _out, err = _run("fmt", "--check")
    assert (code, err) == (1, "do przeformatowania: personas/kamil.yaml\nDo przeformatowania: 1 plik, bez zmian: 1 plik.\n")
    code, _out, err = _run("fmt")
    assert (code, err) == (0, "przeformatowano personas/kamil.yaml\nPrzeformatowano 1 plik, bez zmian: 1 plik.\n")
    code, _out, err = _run("fmt", "personas", "cxkit.toml")
    assert (code, err) == (0, "Bez zmian: 2 pliki, pominięto 1 plik (to nie dokument cxkit).\n")


def test_fmt_summary_in_english_is_as_before_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "en")
    (tmp_path / "personas" / "kamil.yaml").write_text(KAMIL.replace("name: Kamil", "name:    Kamil"), encoding="utf-8")
    code, _out, err = _run("fmt", "--check")
    assert (code, err) == (1, "would reformat personas/kamil.yaml\n1 file would be reformatted, 1 file would be left "
                              "unchanged.\n")


def test_fmt_nothing_to_format_and_the_moved_key_note_in_polish_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    (tmp_path / "pusty").mkdir()
    code, _out, err = _run("fmt", "pusty")
    assert code == 0
    assert err.startswith("cxkit: ostrzeżenie: nie znaleziono dokumentów cxkit w pusty (szukano plików *.yaml / *.yml z "
                          "kind: persona, negative-persona lub journey)\n"), err
    assert err.endswith("Nie ma czego formatować: nie znaleziono dokumentów cxkit.\n"), err
    (tmp_path / "personas" / "ola.yaml").write_text(OLA.replace("name: Ola Nowak\n", "ulubiony_sklep: Decathlon\nname: Ola Nowak\n"),
                                                    encoding="utf-8")
    code, _out, err = _run("fmt", "personas/ola.yaml")
    assert code == 0
    assert ("cxkit: uwaga: personas/ola.yaml: przeniesiono `ulubiony_sklep` pod pola znane cxkit, tam, gdzie fmt stawia "
            "pole, którego nie zna; `cxkit lint` mówi, co z nim zrobić\n") in err, err


def test_fmt_fix_counts_in_polish_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    (tmp_path / "personas" / "kamil.yaml").write_text(KAMIL.replace("kind: negative-persona", "kind: Negative-Persona"),
                                                      encoding="utf-8")
    _code, _out, err = _run("fmt", "--fix", "--check", "personas/kamil.yaml")
    assert err.endswith("Do przeformatowania: 1 plik. Do wprowadzenia: 1 poprawka; nie zostało żadnego zgłoszenia "
                        "schematu.\n"), err
    _code, _out, err = _run("fmt", "--fix", "personas/kamil.yaml")
    assert err.endswith("Przeformatowano 1 plik. Wprowadzono 1 poprawkę; nie zostało żadnego zgłoszenia schematu.\n"), err


# --- render --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: eksport CSV to tabela jednego dokumentu (siatka ścieżki, pola persony); podaj plik, a nie folder, i "
           "wyeksportuj każdy plik do osobnego .csv (-f html albo json pokazuje cały folder)\n"),
    ("en", "cxkit: the CSV export is one document's table (a journey's grid, a persona's fields); give a file, not a "
           "folder, and export each file to its own .csv (-f html or json shows the whole folder)\n"),
])
def test_render_refuses_a_folder_as_csv_s37(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    code, _out, err = _run("render", "personas", "-f", "csv")
    assert (code, err) == (2, said)


def test_render_refuses_against_as_csv_in_polish_s37(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    (tmp_path / "personas" / "kamil.yaml").write_text(KAMIL, encoding="utf-8")
    code, _out, err = _run("render", "personas/ola.yaml", "--against", "personas/kamil.yaml", "-f", "csv")
    assert (code, err) == (2, "cxkit: eksport CSV to tabela jednego dokumentu; wyeksportuj personę i personę negatywną, "
                              "każdą do osobnego .csv, albo pokaż je obok siebie przez --format html lub markdown\n")


@pytest.mark.parametrize("config, said", [
    ('[render]\ncsv-separator = "tab"\n',
     'cxkit: cxkit.toml:3:1: zła wartość `render.csv-separator`: to ma być jeden znak: "," (domyślny), ";" (dla Excela '
     'po polsku, który go oczekuje, gdy CSV otwiera się dwuklikiem) albo "\\t" (tabulator), a nie "tab" (tabulator '
     'zapisuje się jako "\\t")\n'),
    ('csv-separator = ";"\n',
     "cxkit: cxkit.toml:2:1: nieznany klucz `csv-separator`; to ustawienie polecenia render: zapisz go w [render], np. "
     "[render] z csv-separator = ';'\n"),
    ('[render]\ncsv-separatr = ";"\n', "cxkit: cxkit.toml:3:1: nieznany klucz `render.csv-separatr`; czy chodziło o "
                                        "`csv-separator`?\n"),
    ("render = 3\n", 'cxkit: cxkit.toml:2:1: zła wartość `render`: to ma być tabela, np. [render] z csv-separator = ";"\n'),
])
def test_csv_separator_errors_in_polish_s37(tmp_path, monkeypatch, config, said) -> None:
    _ws(tmp_path, monkeypatch, "pl", config)
    code, _out, err = _run("render", "personas/ola.yaml", "-f", "csv")
    assert (code, err) == (2, said)


def test_csv_separator_error_in_english_and_of_an_unknown_language_s37(tmp_path, monkeypatch) -> None:
    # `lang` set by the config it extends is not known while this one is read: English, whole.
    _ws(tmp_path, monkeypatch, "en", '[render]\ncsv-separator = "tab"\n')
    code, _out, err = _run("render", "personas/ola.yaml", "-f", "csv")
    assert (code, err) == (2, 'cxkit: cxkit.toml:3:1: bad value for \'render.csv-separator\': it takes one character: '
                              '"," (the default), ";" (for Excel set to Polish, which expects it when a CSV is opened '
                              'by a double click) or "\\t" (a tab), not "tab" (write a tab as "\\t")\n')


# --- diff ----------------------------------------------------------------------------------------------------------

BROKEN = OLA.replace("goals:\n", "\tgoals:\n")


@needs_git
@pytest.mark.parametrize("lang, said", [
    ("pl", "personas/ola.yaml:6:1: error CX001 nieprawidłowy YAML: tu jest znak tabulacji; YAML wcina tylko spacjami, "
           "nigdy tabulatorami [yaml-syntax]"),
    ("en", "personas/ola.yaml:6:1: error CX001 invalid YAML: a tab character here; YAML indents with spaces, never "
           "tabs [yaml-syntax]"),
])
def test_diff_says_an_unreadable_file_in_the_workspace_language_s37(tmp_path, monkeypatch, lang, said) -> None:
    # (The diff's sentences follow its documents' language, as its headings do: here the workspace's.)
    kamil = KAMIL.replace("lang: pl", f"lang: {lang}")
    repo = committed(tmp_path / "repo", monkeypatch, {"cxkit.toml": f'lang = "{lang}"\n', "personas/ola.yaml": OLA,
                                                      "personas/kamil.yaml": kamil})
    monkeypatch.setenv("NO_COLOR", "1")
    repo.write("personas/ola.yaml", BROKEN)
    code, out, err = _run("diff", "personas/ola.yaml")  # the only file: no diff, exit 2
    assert (code, err) == (2, said + "\n")
    repo.write("personas/kamil.yaml", kamil.replace("name: Kamil", "name: Kamil Z."))
    code, out, err = _run("diff")
    assert code == 1 and err == said + "\n"
    assert f"  {said}\n" in out
    code, out, _err = _run("diff", "-f", "json")
    assert "invalid YAML: a tab character here" in out  # the machine format keeps the English message
