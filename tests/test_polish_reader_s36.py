"""The reader's, the schema's and the language rules' findings in Polish (session 36).

A Polish workspace (`lang = "pl"`) reads `read-error`, `yaml-syntax`, `schema`, `language-mismatch` and
`lang-contradicts-text` in Polish, each finding keeping its English twin (baselines, fingerprints).  The
documents are what a marketing author writes by hand: a tab, a key one space off, no space after a
colon, typographic quotes, a misspelt key, emotion 5, a 13th month.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from polish_reader_corpus_s36 import J as JOURNEY, P, cases

#: Ola as the broken corpus writes her, without her `pain_points` (a line added at her end is in `needs`).
PERSONA = P.replace("pain_points:\n  - Zwrot butów trwał 3 tygodnie\n", "")

#: (file, its text, the Polish message, the English one): one broken document each.
BROKEN = [
    ("personas/tab.yaml", PERSONA.replace("  age: 34", "\tage: 34"),
     "nieprawidłowy YAML: tu jest znak tabulacji; YAML wcina tylko spacjami, nigdy tabulatorami",
     "invalid YAML: a tab character here; YAML indents with spaces, never tabs"),
    ("personas/wciecie.yaml", PERSONA.replace("owner: Zespół CX", " owner: Zespół CX"),
     "nieprawidłowy YAML: ten wiersz jest wcięty bardziej niż `lang:` nad nim (wiersz 4), więc YAML czyta go jako "
     "dalszy ciąg wartości tego klucza, w którym `owner:` nie może zaczynać klucza; wyrównaj `owner:` do `lang:` "
     "(kolumna 1)",
     "invalid YAML: this line is indented more than `lang:` above it (line 4), so YAML reads it as more of that key's "
     "value, where `owner:` cannot start a key; align `owner:` with `lang:` (column 1)"),
    ("personas/dwukropek.yaml", PERSONA.replace("  age: 34", "  age:34"),
     "nieprawidłowy YAML: po `age` brakuje dwukropka i spacji, więc YAML nie może go odczytać jako klucza; "
     "napisz `age: 34`",
     "invalid YAML: `age` needs a colon and a space after it, so YAML cannot read it as a key; write `age: 34`"),
    ("personas/cudzyslow.yaml", PERSONA.replace("name: Ola Nowak", "name: „Ola: kocha bieganie”"),
     "nieprawidłowy YAML: „: ” zaczyna tu klucz, a klucz nie może tu stać: „ to cudzysłów drukarski, który YAML "
     "czyta jako tekst, a nie jako cudzysłów; użyj prostych cudzysłowów: \"Ola: kocha bieganie\" albo "
     "'„Ola: kocha bieganie”', żeby zachować drukarskie w tekście",
     "invalid YAML: the ': ' here starts a key where none can stand: „ is a typographic quote, which YAML reads as "
     "text, not as a quote; use straight quotes: \"Ola: kocha bieganie\", or '„Ola: kocha bieganie”' to keep the "
     "typographic ones in the text"),
    ("personas/niezamkniety.yaml", PERSONA.replace("name: Ola Nowak", 'name: "Ola Nowak'),
     'nieprawidłowy YAML: wartość w wierszu 3 otwiera cudzysłów ("), którego nic nie zamyka, więc YAML czyta wiersze '
     'pod nią jako część tej wartości; zamknij go na końcu wiersza: name: "Ola Nowak"',
     'invalid YAML: the value on line 3 opens a quote (") that is never closed, so YAML reads the lines below it as '
     'part of the value; close it at the end of the line: name: "Ola Nowak"'),
    ("personas/dwa_razy.yaml", PERSONA + "name: Aleksandra\n",
     "powtórzony klucz `name` (pierwszy raz w wierszu 3); narzędzia YAML różnią się w tym, która wartość się liczy, "
     "więc zostaw jedną",
     "duplicate key 'name' (first defined on line 3); YAML tools disagree on which value counts, so keep one"),
    ("personas/konflikt.yaml",
     PERSONA.replace("owner: Zespół CX\n", "<<<<<<< HEAD\nowner: Zespół CX\n=======\nowner: Marta\n>>>>>>> feature\n"),
     "nierozwiązany konflikt scalania (wiersze 5 `<<<<<<<`, 7 `=======`, 9 `>>>>>>>`): zostaw jedną stronę (albo "
     "elementy z obu) i usuń wiersze ze znacznikami",
     "unresolved merge conflict markers (line 5 `<<<<<<<`, 7 `=======`, 9 `>>>>>>>`): keep one side (or both items) "
     "and delete the marker lines"),
    ("personas/twarda.yaml", PERSONA.replace("owner: Zespół CX", "owner:\xa0Zespół CX"),
     "nieprawidłowy YAML: po `owner:` jest twarda spacja (U+00A0) (wklejone z edytora tekstu?); po dwukropku klucza "
     "YAML wymaga zwykłej spacji: zamień ten znak na spację",
     "invalid YAML: a no-break space (U+00A0) after `owner:` (pasted from a word processor?); YAML needs an ordinary "
     "space after a key's colon: replace it with a space"),
    ("personas/myslnik.yaml", PERSONA + "  -Zwrot w 30 dni\n",
     "nieprawidłowy YAML: po myślniku elementu listy musi być spacja: napisz `- Zwrot w 30 dni`",
     "invalid YAML: a list item needs a space after its dash: write `- Zwrot w 30 dni`"),
    ("personas/tag.yaml", PERSONA.replace("name: Ola Nowak", "name: !pl Ola Nowak"),
     "tag YAML !pl jest niedozwolony; cxkit nigdy nie tworzy obiektów z tagów",
     "the YAML tag !pl is not allowed; cxkit never constructs tagged objects"),
    ("personas/pusty.yaml", "",
     "plik jest pusty; oczekiwano mapowania YAML z kluczem `kind`",
     "the file is empty; expected a YAML mapping with a `kind` key"),
    ("personas/wlasciciel.yaml", PERSONA.replace("owner:", "włąściciel:"),
     "nieznane pole `włąściciel` (własne dane trzymaj pod kluczem zaczynającym się od `x-`)",
     "unknown field 'włąściciel' (put your own data under a key that starts with 'x-')"),
    ("personas/literowka.yaml", PERSONA.replace("owner:", "ownr:"),
     "nieznane pole `ownr`; czy chodziło o `owner`?",
     "unknown field 'ownr'; did you mean 'owner'?"),
    ("personas/slug.yaml", PERSONA.replace("id: ola-biegaczka", "id: Ola Biegaczka"),
     "`id` musi być identyfikatorem (małe litery i cyfry połączone łącznikami lub podkreślnikami, np. „ola-runner”), "
     "a jest tu „Ola Biegaczka”; czy chodziło o „ola-biegaczka”?",
     "'id' must be a slug (lowercase letters and digits joined by hyphens or underscores, e.g. 'ola-runner'), not "
     "'Ola Biegaczka'; did you mean 'ola-biegaczka'?"),
    ("personas/bez_nazwy.yaml", PERSONA.replace("name: Ola Nowak\n", ""),
     "brakuje wymaganego pola `name`", "missing required field 'name'"),
    ("journeys/emocja.yaml", JOURNEY.replace("emotion: 1", "emotion: 5"),
     "`stages[awareness].emotion` wynosi 5; emocja mieści się w zakresie od -2 (bardzo negatywna) do +2 (bardzo "
     "pozytywna)",
     "'stages[awareness].emotion' is 5; an emotion runs from -2 (very negative) to +2 (very positive)"),
    ("journeys/data.yaml", JOURNEY.replace("reviewed: 2026-11-02", "reviewed: 2026-13-01"),
     "`reviewed`: „2026-13-01” to nie jest prawdziwa data (daty zapisuje się jako RRRR-MM-DD, a miesiąca 13 nie ma); "
     "czy chodziło o 2026-01-13?",
     "'reviewed': '2026-13-01' is not a real date (dates are YYYY-MM-DD, and there is no month 13); did you mean "
     "2026-01-13?"),
    ("journeys/emocja_tekst.yaml", JOURNEY.replace("emotion: 1", 'emotion: "+1"'),
     "`stages[awareness].emotion` musi być liczbą całkowitą, a jest tu tekst „+1”; usuń cudzysłowy: emotion: 1",
     "'stages[awareness].emotion' must be a whole number, not the text '+1'; remove the quotes: emotion: 1"),
    ("journeys/emocja_klucz.yaml", JOURNEY.replace("emotion: 1", "emocja: 1"),
     "nieznane pole `emocja` w `stages[awareness]`; czy chodziło o `emotion`? (nazwy pól są po angielsku, w "
     "jakimkolwiek języku jest tekst)",
     "unknown field 'emocja' in 'stages[awareness]'; did you mean 'emotion'? (field names are in English, whatever "
     "the language of the text)"),
]


def _lint(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "CXKIT_TODAY": "2026-12-01"}
    return subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache", *args, "."], cwd=folder, env=env,
                          capture_output=True, text=True, encoding="utf-8")


def _workspace(tmp_path: Path, lang: str, files: list[tuple[str, str]]) -> Path:
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    for name, text in files:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def _messages(out: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in json.loads(out):
        if row["code"] in ("CX000", "CX001", "CX002", "CX601", "CX602"):
            found.setdefault(row["path"], []).append(row["message"])
    return found


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    files = [(name, text) for name, text, _pl, _en in BROKEN]
    pl = _lint(_workspace(tmp_path_factory.mktemp("pl"), "pl", files), "-f", "json")
    en = _lint(_workspace(tmp_path_factory.mktemp("en"), "en", files), "-f", "json")
    assert pl.returncode == en.returncode == 1, pl.stderr + en.stderr
    return _messages(pl.stdout), _messages(en.stdout)


@pytest.mark.parametrize("name,polish,english", [(n, p, e) for n, _t, p, e in BROKEN], ids=[n for n, *_ in BROKEN])
def test_a_broken_document_is_told_in_polish_with_its_english_twin(both, name, polish, english):
    pl, en = both
    assert pl[name] == [polish]
    assert en[name] == [english]


def test_a_baseline_written_in_english_hides_the_same_findings_in_polish(tmp_path):
    files = [(name, text) for name, text, _pl, _en in BROKEN]
    folder = _workspace(tmp_path, "en", files)
    written = _lint(folder, "--write-baseline")
    assert written.returncode == 0, written.stderr
    (folder / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    run = _lint(folder, "--baseline", ".cxkit-baseline.json", "-f", "json")
    assert run.returncode == 0, run.stdout + run.stderr
    assert not [row for row in json.loads(run.stdout) if row["code"] in ("CX001", "CX002")]
    # and without it, they are there, in Polish
    shown = _messages(_lint(folder, "--no-baseline", "-f", "json").stdout)
    assert shown["personas/tab.yaml"] == [BROKEN[0][2]]


def test_sarif_and_gitlab_fingerprints_do_not_change_with_the_language(tmp_path):
    files = [(name, text) for name, text, _pl, _en in BROKEN[:6]]
    folder = _workspace(tmp_path, "en", files)
    english = json.loads(_lint(folder, "-f", "gitlab").stdout)
    (folder / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    polish = json.loads(_lint(folder, "-f", "gitlab").stdout)
    assert [e["fingerprint"] for e in english] == [p["fingerprint"] for p in polish]
    assert [e["description"] for e in english] != [p["description"] for p in polish]


LANGUAGE = cases()["journeys/jezyk.yaml"]  # the journey's second stage pasted in English


def test_a_stage_pasted_in_english_is_told_in_polish(tmp_path):
    found = _messages(_lint(_workspace(tmp_path, "pl", [("journeys/ola.yaml", LANGUAGE)]), "-f", "json").stdout)
    assert found["journeys/ola.yaml"] == [
        "etap „purchase” jest napisany po angielsku („with”, „in”, „the”, …), a ścieżka jest po polsku (`lang: pl`); "
        "przetłumacz go albo przenieś do ścieżki w tym języku"]


def test_a_lang_the_text_contradicts_is_told_in_polish(tmp_path):
    english = """kind: persona
id: tom-builder
name: Tom Baker
lang: uk
summary: Runs a small building firm in Leeds and sends every invoice from the van on Friday evening.
goals:
  - Get paid within two weeks of finishing the job without chasing the customer by phone
needs:
  - A quote he can send from the phone while he is still standing in the customer's kitchen
pain_points:
  - Spends every Sunday evening typing the receipts of the week into a spreadsheet for the accountant
  - Loses track of which customers have paid the deposit and which have not
"""
    folder = _workspace(tmp_path, "pl", [("personas/tom.yaml", english)])
    found = _messages(_lint(folder, "-f", "json").stdout)
    (message,) = found["personas/tom.yaml"]
    assert message.startswith("`lang: uk` oznacza język ukraiński; ten tekst jest po angielsku (angielskie słowa "
                              "przeważają w ")
    assert message.endswith("wartości): wpisz `lang: en`")


def test_an_english_workspace_builds_no_polish(tmp_path, monkeypatch):
    from cxkit.config import Config
    from cxkit.lint import polish_reader
    from cxkit.lint.engine import lint
    from cxkit.lint.selection import Selection

    calls = []
    real = polish_reader.in_polish
    monkeypatch.setattr(polish_reader, "in_polish", lambda *a: calls.append(a) or real(*a))
    files = [(name, text) for name, text, _pl, _en in BROKEN[:5]]
    folder = _workspace(tmp_path, "en", files)
    monkeypatch.chdir(folder)
    result = lint(["."], Config(root=folder, lang="en"), Selection())
    assert [f for f in result.findings if f.code == "CX001"] and not calls
    assert all(f.english is None for f in result.findings)
    result = lint(["."], Config(root=folder, lang="pl"), Selection())
    assert calls and all(f.english is not None for f in result.findings if f.code == "CX001")



def test_every_message_of_the_broken_corpus_has_a_polish_twin(tmp_path):
    """Each reader, schema and language message a corpus of broken documents gets is told in Polish: a form of
    English message the Polish reader does not know fails here, by its text."""
    maker = Path(__file__).with_name("polish_reader_corpus_s36.py")
    subprocess.run([sys.executable, str(maker), str(tmp_path)], check=True, capture_output=True)
    from cxkit.config import Config
    from cxkit.lint.engine import lint
    from cxkit.lint.selection import Selection

    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        found = lint(["."], Config(root=tmp_path, lang="pl"), Selection()).findings
    finally:
        os.chdir(cwd)
    ours = [f for f in found if f.code in ("CX000", "CX001", "CX002", "CX601", "CX602")]
    assert len(ours) > 60
    english = [f"{f.path}: {f.message}" for f in ours if f.english is None or f.english[0] == f.message]
    assert not english, "told in English in a Polish workspace:\n" + "\n".join(english)


def test_a_dangling_link_is_told_in_polish(tmp_path):
    folder = _workspace(tmp_path, "pl", [("personas/ola.yaml", PERSONA)])
    (folder / "personas" / "stara.yaml").symlink_to(folder / "personas" / "usunieta.yaml")
    found = _messages(_lint(folder, "-f", "json").stdout)
    assert found["personas/stara.yaml"] == [
        "nie da się odczytać pliku: to dowiązanie do personas/usunieta.yaml, a takiego pliku nie ma"]
