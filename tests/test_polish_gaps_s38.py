"""What tester40 still met in English in a Polish workspace (`lang = "pl"`), now Polish (session 38).

Each case runs in a Polish workspace and in its English neighbour (`lang = "en"`), which says what it said
before: the place of a list item in a schema message (`stages[nr 2]`, not `stages[2nd]`), the encoding of a
file that is not UTF-8 (`Windows-1250, Europa Środkowa`), `cxkit rules`' summaries (`rules -f markdown`,
which docs/rules.md is made from, and `-f json` stay English), and the Polish quotation marks of `cxkit new`'s
and render's lines („todo-persona”, persony „ola”).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app


def _ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> Path:
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if ": error " in line or ": warning " in line]


# --- a list item's place in a message ------------------------------------------------------------------------------

KREDYT = """\
kind: journey
id: anna-kredyt-hipoteczny
name: Anna bierze kredyt hipoteczny
persona: anna-kowalska
stages:
  - name: Porównanie ofert banków
    emotion: 1
  - name: Wniosek w oddziale
    emotion: 4
  - name: Decyzja kredytowa
    emotion: -5
"""


@pytest.mark.parametrize("lang, said", [
    ("pl", ["j.yaml:6:5: error CX002 brakuje wymaganego pola `id` w `stages[nr 1]` [schema]",
            "j.yaml:8:5: error CX002 brakuje wymaganego pola `id` w `stages[nr 2]` [schema]",
            "j.yaml:9:14: error CX002 `stages[nr 2].emotion` wynosi 4; emocja mieści się w zakresie od -2 (bardzo "
            "negatywna) do +2 (bardzo pozytywna) [schema]",
            "j.yaml:10:5: error CX002 brakuje wymaganego pola `id` w `stages[nr 3]` [schema]",
            "j.yaml:11:14: error CX002 `stages[nr 3].emotion` wynosi -5; emocja mieści się w zakresie od -2 (bardzo "
            "negatywna) do +2 (bardzo pozytywna) [schema]"]),
    ("en", ["j.yaml:6:5: error CX002 missing required field 'id' in 'stages[1st]' [schema]",
            "j.yaml:8:5: error CX002 missing required field 'id' in 'stages[2nd]' [schema]",
            "j.yaml:9:14: error CX002 'stages[2nd].emotion' is 4; an emotion runs from -2 (very negative) to +2 (very "
            "positive) [schema]",
            "j.yaml:10:5: error CX002 missing required field 'id' in 'stages[3rd]' [schema]",
            "j.yaml:11:14: error CX002 'stages[3rd].emotion' is -5; an emotion runs from -2 (very negative) to +2 (very "
            "positive) [schema]"]),
])
def test_a_stage_by_its_place_is_said_as_polish_writes_an_ordinal_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "j.yaml").write_text(KREDYT, encoding="utf-8")
    code, out, _err = _run("lint", "--select", "CX002", "j.yaml")
    assert (code, _lines(out)) == (1, said)


@pytest.mark.parametrize("lang, said", [
    ("pl", "niewypełniony szablon „TODO” w `goals[nr 2]`; uzupełnij go na podstawie badań albo usuń"),
    ("en", "unfilled placeholder 'TODO' in 'goals[2nd]'; fill it in from your research or remove it"),
])
def test_a_placeholder_s_place_too_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "p.yaml").write_text(
        "kind: persona\nid: anna-kowalska\nname: Anna Kowalska\n"
        "summary: Księgowa z Poznania, pierwszy kredyt hipoteczny bierze z mężem na mieszkanie na Jeżycach.\n"
        "goals:\n  - Dostać decyzję kredytową przed końcem rezerwacji mieszkania\n  - TODO\n", encoding="utf-8")
    code, out, _err = _run("lint", "--select", "CX501", "p.yaml")
    assert _lines(out) == [f"p.yaml:7:5: warning CX501 {said} [placeholder]"]
    # An item named by its id keeps it: `stages[zakup]` (the messages of the test above name the ids' absence).


# --- a file that is not UTF-8 ----------------------------------------------------------------------------------------

# Saved by Notepad on a Polish Windows: "Paweł" and "Łódź" in Windows-1250.
CP1250 = ("kind: persona\nid: pawel-z-lodzi\nname: Paweł z Łodzi\nlang: pl\n"
          "summary: Prowadzi warsztat rowerowy w Łodzi od dwunastu lat.\n").encode("cp1250")


@pytest.mark.parametrize("lang, said", [
    ("pl", "p.yaml:3:11: error CX001 plik nie jest poprawnym UTF-8: bajtu 0xB3 nie da się odczytać (wygląda na ISO-8859-2 "
           "lub Windows-1250, Europa Środkowa, w którym 0xB3 to „ł”); zapisz go jako UTF-8 [yaml-syntax]"),
    ("en", "p.yaml:3:11: error CX001 the file is not valid UTF-8: byte 0xB3 cannot be decoded (it looks like ISO-8859-2 "
           "or Windows-1250, Central European, where 0xB3 is 'ł'); save it as UTF-8 [yaml-syntax]"),
])
def test_the_encoding_is_named_in_polish_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "p.yaml").write_bytes(CP1250)
    code, out, _err = _run("lint", "p.yaml")
    assert (code, _lines(out)) == (1, [said])


@pytest.mark.parametrize("lang, said", [
    ("pl", "(w ISO-8859-2 lub Windows-1250, Europa Środkowa, 0xB3 to „ł”; w Windows-1252, Europa Zachodnia, 0xB3 to "
           "„³”: przekonwertuj plik z tego, które daje właściwy tekst)"),
    ("en", "(in ISO-8859-2 or Windows-1250, Central European, 0xB3 is 'ł'; in Windows-1252, Western European, 0xB3 is "
           "'³': convert the file from the one that gives the right text)"),
])
def test_two_families_of_encodings_are_named_in_polish_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "p.yaml").write_bytes(b"kind: persona\nid: a\nname: Pawe\xb3 \xb3\n")
    assert said in _run("lint", "p.yaml")[1]


@pytest.mark.parametrize("lang, said", [
    ("pl", "(0x97 to „—” tak samo w Windows-1250 i Windows-1252, więc przekonwertuj plik z któregokolwiek z nich)"),
    ("en", "(0x97 is '—' in Windows-1250 and Windows-1252 alike: convert the file from any of them)"),
])
def test_encodings_that_read_a_byte_alike_in_polish_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "p.yaml").write_bytes(b"kind: persona\nid: a\nname: Ala \x97 ok\n")
    assert said in _run("lint", "p.yaml")[1]


# --- cxkit rules -------------------------------------------------------------------------------------------------------

def test_rules_says_the_summaries_in_the_workspace_s_language_s38(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    code, out, _err = _run("rules")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["CX000", "read-error", "error", "Plik,", "którego", "cxkit", "nie", "mógł",
                                              "otworzyć."]
    assert any(line.startswith("CX101  pseudo-profiling") and "Cecha persony tak ogólna, że nie odróżnia" in line
               for line in lines), out
    # The summary `cxkit rule NAME` says in this workspace, for every rule.
    rule = _run("rule", "CX410")[1].splitlines()[2]
    assert rule == "Usprawnienie, którego `action` wyraża życzenie poprawy zamiast nazwać zmianę."
    assert next(line for line in lines if line.startswith("CX410")).endswith(rule)
    # The Markdown (docs/rules.md is made from it) and the JSON stay English.
    assert "A file that cxkit could not open." in _run("rules", "--format", "markdown")[1]
    assert '"summary": "A file that cxkit could not open."' in _run("rules", "-f", "json")[1]


def test_rules_in_an_english_workspace_s38(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "en")
    out = _run("rules")[1]
    assert out.splitlines()[0].split(maxsplit=3)[3] == "A file that cxkit could not open."
    assert "Plik" not in out


# --- Polish quotation marks ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: persona ścieżki to „todo-persona”; wpisz tam id persony"),
    ("en", "cxkit: the journey's persona is 'todo-persona'; set it to the id of a persona"),
])
def test_new_journey_without_a_persona_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    code, _out, err = _run("new", "journey", "Anna bierze kredyt", "--no-input")
    assert code == 0 and err.splitlines()[0] == said


@pytest.mark.parametrize("lang, said", [
    ("pl", "j.yaml:4:10: ostrzeżenie: persony „anna-kowalska” nie ma w obszarze roboczym, więc nagłówek podaje sam jej "
           "identyfikator; popraw identyfikator albo dodaj plik persony (cxkit lint zgłasza to jako CX004 unknown-persona)\n"),
    ("en", "j.yaml:4:10: warning: persona 'anna-kowalska' does not exist in the workspace, so the heading shows its id "
           "alone; correct the id, or add the persona's file (cxkit lint reports it as CX004 unknown-persona)\n"),
])
def test_render_names_a_missing_persona_in_polish_quotes_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "j.yaml").write_text(KREDYT.replace("  - name: Porównanie", "  - id: porownanie\n    name: Porównanie")
                                     .replace("    emotion: 4\n", "").replace("    emotion: -5\n", "")
                                     .replace("  - name: Wniosek", "  - id: wniosek\n    name: Wniosek")
                                     .replace("  - name: Decyzja", "  - id: decyzja\n    name: Decyzja"), encoding="utf-8")
    code, _out, err = _run("render", "j.yaml", "-f", "md")
    assert (code, err) == (0, said)


# --- cxkit's own usage errors -----------------------------------------------------------------------------------------

HIPOTEKA = """\
kind: journey
id: anna-hipoteka
name: Anna bierze kredyt hipoteczny
persona: anna-kowalska
stages:
  - id: porownanie
    name: Porównanie ofert banków
  - id: dokumenty-dochodu
    name: Zaświadczenie o dochodach z pracy
  - id: decyzja
    name: Decyzja kredytowa
"""
STAGES = "porownanie, dokumenty-dochodu, decyzja"


@pytest.mark.parametrize("lang, wanted, said", [
    ("pl", "dokumenty", f"nie ma etapu „dokumenty”; czy chodziło o „dokumenty-dochodu”? etapy ścieżki: {STAGES}"),
    ("en", "dokumenty", f"no stage 'dokumenty'; did you mean 'dokumenty-dochodu'? its stages: {STAGES}"),
    ("pl", "Zaświadczenie", f"nie ma etapu „Zaświadczenie”; czy chodziło o „dokumenty-dochodu” (Zaświadczenie o dochodach z "
                             f"pracy)? etapy ścieżki: {STAGES}"),
    ("pl", "04", f"nie ma etapu „04”; ścieżka ma 3 etapy, więc --stage przyjmuje liczbę od 1 do 3; etapy ścieżki: {STAGES}"),
    ("en", "04", f"no stage '04'; it has 3 stages, so --stage takes a number from 1 to 3; its stages: {STAGES}"),
    ("pl", "002", f"nie ma etapu „002”; napisz --stage 2, bez zer na początku; etapy ścieżki: {STAGES}"),
    ("pl", "٢", f"nie ma etapu „٢”; napisz --stage 2 cyframi 0-9; etapy ścieżki: {STAGES}"),
    ("pl", "wypłata", f"nie ma etapu „wypłata”; etapy ścieżki: {STAGES}"),
])
def test_render_a_stage_the_journey_has_not_s38(tmp_path, monkeypatch, lang, wanted, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "j.yaml").write_text(HIPOTEKA, encoding="utf-8")
    assert _run("render", "j.yaml", "--stage", wanted) == (2, "", f"cxkit: j.yaml: {said}\n")


@pytest.mark.parametrize("lang, persona, folder", [
    ("pl", "cxkit: --stage wybiera etapy ścieżki; p.yaml to persona\n",
     "cxkit: --stage wybiera etapy jednej ścieżki; podaj plik ścieżki, a nie folder\n"),
    ("en", "cxkit: --stage picks stages of a journey; p.yaml is a persona\n",
     "cxkit: --stage picks stages of one journey; give a journey file, not a folder\n"),
])
def test_render_a_stage_of_what_is_no_journey_s38(tmp_path, monkeypatch, lang, persona, folder) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "p.yaml").write_text("kind: persona\nid: anna-kowalska\nname: Anna Kowalska\n", encoding="utf-8")
    assert _run("render", "p.yaml", "--stage", "1")[::2] == (2, persona)
    assert _run("render", ".", "--stage", "1")[::2] == (2, folder)


@pytest.mark.parametrize("lang, select, said", [
    ("pl", "unowned", "--select: nieznana reguła „unowned”; czy chodziło o „unowned-opportunity”?"),
    ("en", "unowned", "--select: unknown rule 'unowned'; did you mean 'unowned-opportunity'?"),
    ("pl", "pozorne-profilowanie", "--select: nieznana reguła „pozorne-profilowanie”; nazwy reguł są angielskie: czy chodziło "
                                   "o „pseudo-profiling” (CX101)?"),
    ("pl", "cx4o3", "--select: nieznana reguła „cx4o3”; czy chodziło o „CX403”?"),
    ("pl", "zzzz", "--select: nieznana reguła „zzzz”; listę reguł podaje `cxkit rules`"),
    ("pl", "fmt-layout", "--select: nieznana reguła „fmt-layout”; fmt-layout (CX009) nie jest regułą lint (lint nigdy jej nie "
                         "zgłasza, więc nie ma czego wybierać ani wyciszać): `cxkit rule fmt-layout` mówi, czym jest"),
])
def test_lint_an_unknown_rule_s38(tmp_path, monkeypatch, lang, select, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "j.yaml").write_text(HIPOTEKA, encoding="utf-8")
    assert _run("lint", "--select", select, "j.yaml") == (2, "", f"cxkit: {said}\n")
    ignored = said.replace("--select", "--ignore", 1)
    assert _run("lint", "--ignore", select, "-", "--stdin-filename", "j.yaml") == (2, "", f"cxkit: {ignored}\n")


def _committed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> Path:
    from git_helpers import Repo

    repo = Repo(tmp_path / "bank")
    repo.write("cxkit.toml", f'lang = "{lang}"\n')
    repo.write("journeys/anna-hipoteka.yaml", HIPOTEKA)
    repo.commit("q4")
    repo.git("tag", "q4-2026")
    _ws(repo.root, monkeypatch, lang)
    return repo.root


@pytest.mark.parametrize("lang, said", [
    ("pl", ["nie ma takiego pliku ani rewizji: q3-2025",
            "nie ma takiego pliku ani rewizji: journeys/anna-hipotek.yaml (czy chodziło o journeys/anna-hipoteka.yaml?)",
            "nie ma takiego pliku ani rewizji: q3-2025; nie ma takiego pliku: nowe.yaml",
            "„nowe.yaml” nie jest ani rewizją gita, ani ścieżką w kopii roboczej, ani w „q4-2026”"]),
    ("en", ["no such file or revision: q3-2025",
            "no such file or revision: journeys/anna-hipotek.yaml (did you mean journeys/anna-hipoteka.yaml?)",
            "no such file or revision: q3-2025; no such file: nowe.yaml",
            "'nowe.yaml' is neither a git revision nor a path in the working tree or in 'q4-2026'"]),
])
def test_diff_a_word_that_is_no_file_and_no_revision_s38(tmp_path, monkeypatch, lang, said) -> None:
    pytest.importorskip("git_helpers")
    _committed(tmp_path, monkeypatch, lang)
    for args, line in zip([("q3-2025", "q4-2026"), ("journeys/anna-hipotek.yaml",), ("q3-2025", "nowe.yaml"),
                           ("q4-2026", "nowe.yaml")], said):
        assert _run("diff", *args) == (2, "", f"cxkit: {line}\n")


# --- cxkit init ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, first, again, last", [
    ("pl", "utworzono  cxkit.toml", ["pominięto  cxkit.toml (już istnieje)", "pominięto  personas/ (już istnieje)"],
     "Dalej: `cxkit lint` sprawdza obszar roboczy; `cxkit new persona \"Imię Nazwisko\"` zaczyna dokument."),
    ("en", "created  cxkit.toml", ["skipped  cxkit.toml (already exists)", "skipped  personas/ (already exists)"],
     "Next: `cxkit lint` checks the workspace; `cxkit new persona \"Name\"` starts a document."),
])
def test_init_speaks_the_language_of_the_workspace_s38(tmp_path, monkeypatch, lang, first, again, last) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _err = _run("init", "--lang", lang)
    assert code == 0 and out.splitlines()[0] == first
    assert out.splitlines()[-2].startswith("Dalej: `cxkit lint` sprawdza przykłady" if lang == "pl"
                                           else "Next: `cxkit lint` checks the examples")
    # Run again without --lang: the workspace it finds says its language.
    code, out, _err = _run("init")
    assert code == 0 and out.splitlines()[:2] == again and out.splitlines()[-1] == last


def test_init_s_advice_on_documents_with_findings_in_polish_s38(tmp_path, monkeypatch) -> None:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "anna.yaml").write_text(
        "kind: persona\nid: anna-kowalska\nname: Anna Kowalska\nsummary: Ceni jakość i wygodę.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _err = _run("init", "--lang", "pl")
    assert code == 0
    assert out.splitlines()[0] == "utworzono  cxkit.toml (bez `paths`: dokumenty są tu sprawdzane, gdziekolwiek leżą)"
    assert "\nDokumenty w tym folderze mają " in out and " lub wyższym (1 z 1 pliku): `cxkit lint`" in out
    assert "  - `cxkit lint --statistics` pokazuje, które reguły poprawiać najpierw (docs/ci.md).\n" in out


def test_init_with_a_line_not_known_in_polish_is_english_whole_s38(tmp_path, monkeypatch) -> None:
    for client in ("biblioteka", "browar"):
        (tmp_path / client / "personas").mkdir(parents=True)
        (tmp_path / client / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
        (tmp_path / client / "personas" / "anna.yaml").write_text(
            "kind: persona\nid: anna-kowalska\nname: Anna Kowalska\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _err = _run("init", "--lang", "pl")
    assert code == 0 and out.startswith("found    ") and "\nNext: `cxkit lint` checks every workspace" in out
    assert "utworzono" not in out and "Dalej" not in out
