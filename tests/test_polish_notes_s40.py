"""Notes and warnings on stderr that were still English in a `lang = "pl"` workspace (fixJJ40).

render's notes on an option that changes nothing for the view asked for (`--layout`, `--width`,
`--csv-separator`, `--title`) and lint's warning on a GitHub step summary it could not write now speak
the workspace's language; an English workspace reads byte for byte as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workspace_helpers import run_cxkit

JOURNEY_PL = """kind: journey
id: pawel-kupuje-sluchawki
name: Paweł kupuje słuchawki otwarte
lang: pl
persona: pawel
stages:
  - id: odkrycie
    name: Odkrycie
    doing: Czyta recenzje słuchawek otwartych na forum audiofilów
    emotion: 1
  - id: zakup
    name: Zakup
    doing: Zamawia HD 600 z dostawą do paczkomatu
    emotion: 2
"""

PERSONA_PL = """kind: persona
id: pawel
name: Paweł, programista i audiofil
lang: pl
goals:
  - Słuchać muzyki w domu bez zmęczenia po ośmiu godzinach pracy
pain_points:
  - Sklepy nie podają impedancji słuchawek na karcie produktu
"""


def _workspace(root: Path, lang: str) -> None:
    (root / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (root / "journeys").mkdir()
    (root / "personas").mkdir()
    (root / "journeys" / "pawel.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    (root / "personas" / "pawel.yaml").write_text(PERSONA_PL, encoding="utf-8")


RENDER_NOTES = [
    (["journeys/pawel.yaml", "--layout", "table", "-f", "markdown"],
     "cxkit: --layout table: dotyczy ścieżek w widoku terminala; w eksporcie Markdown nie ma znaczenia",
     "cxkit: --layout table: applies to journeys in the terminal view; ignored for the Markdown export"),
    (["journeys/pawel.yaml", "--layout", "stacked", "-f", "markdown-plain"],
     "cxkit: --layout stacked: dotyczy widoku terminala; w eksporcie zwykłego Markdownu nie ma znaczenia",
     "cxkit: --layout stacked: applies to the terminal view; ignored for the plain Markdown export"),
    (["personas/pawel.yaml", "--layout", "table"],
     "cxkit: --layout table: dotyczy ścieżek w widoku terminala; dla persony nie ma znaczenia",
     "cxkit: --layout table: applies to journeys in the terminal view; ignored for a persona"),
    ([".", "--layout", "table"],
     "cxkit: --layout table: dotyczy ścieżek w widoku terminala; w przeglądzie folderu nie ma znaczenia",
     "cxkit: --layout table: applies to journeys in the terminal view; ignored for a folder overview"),
    (["journeys/pawel.yaml", "--width", "120", "-f", "html"],
     "cxkit: --width 120: dotyczy widoku terminala; w eksporcie HTML nie ma znaczenia",
     "cxkit: --width 120: applies to the terminal view; ignored for the HTML export"),
    (["journeys/pawel.yaml", "--csv-separator", ";", "-f", "json"],
     "cxkit: --csv-separator: rozdziela pola eksportu CSV; w eksporcie JSON nie ma znaczenia",
     "cxkit: --csv-separator: separates the CSV export's fields; ignored for the JSON export"),
    (["journeys/pawel.yaml", "--title", "Paweł i słuchawki"],
     "cxkit: --title: nadaje tytuł eksportowi HTML albo Markdown; w widoku terminala nie ma znaczenia",
     "cxkit: --title: titles an HTML or Markdown export; ignored for the terminal view"),
]


@pytest.mark.parametrize("args, polish, english", RENDER_NOTES, ids=[" ".join(a) for a, _p, _e in RENDER_NOTES])
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_render_note_on_an_option_that_changes_nothing_in_the_workspaces_language_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], polish: str, english: str, lang: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    _workspace(tmp_path, lang)
    code, out, err = run_cxkit("render", *args)
    assert code == 0, err
    assert out  # the view or export is written all the same
    assert (polish if lang == "pl" else english) in err.splitlines(), err
    assert (english if lang == "pl" else polish) not in err
    if lang == "pl":
        assert "ignored for" not in err and "applies to" not in err


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: ostrzeżenie: nie zapisano podsumowania kroku (GITHUB_STEP_SUMMARY): {target}: "),
    ("en", "cxkit: warning: the step summary was not written: {target}: "),
])
def test_a_step_summary_not_written_is_warned_in_the_workspaces_language_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str) -> None:
    monkeypatch.chdir(tmp_path)
    _workspace(tmp_path, lang)
    target = tmp_path / "podsumowanie"
    target.mkdir()  # a folder where the step summary's file should be: the system's own words say why
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    code, _out, err = run_cxkit("lint", "-f", "github", "journeys", "personas")
    assert code in (0, 1), err  # the warning never changes the exit code
    warned = [line for line in err.splitlines() if line.startswith(said.format(target=target))]
    assert len(warned) == 1, err
    if lang == "pl":
        assert "warning:" not in err and "step summary" not in err
    else:
        assert "ostrzeżenie" not in err


@pytest.mark.parametrize("with_workflow", [True, False], ids=["a workflow of another workspace", "no workflow"])
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_init_in_a_second_workspace_gives_its_account_in_the_workspaces_language_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, with_workflow: bool) -> None:
    """`cxkit init --lang pl` in sales/pl of a monorepo: the notes on the hooks and the workflow to add at the top
    had no Polish form, so the whole account fell back to English."""
    import subprocess

    from cxkit.scaffold.init import workflow

    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    monkeypatch.setenv("COLUMNS", "200")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "marketing" / "cx").mkdir(parents=True)
    (tmp_path / "sales" / "pl").mkdir(parents=True)
    if with_workflow:
        (tmp_path / ".github" / "workflows").mkdir(parents=True)
        (tmp_path / ".github" / "workflows" / "cxkit.yml").write_text(workflow("marketing/cx"), encoding="utf-8")
    monkeypatch.chdir(tmp_path / "sales" / "pl")
    code, out, _err = run_cxkit("init", "--lang", lang)
    assert code == 0
    hooks = {"pl": "(pre-commit czyta go tylko w głównym folderze repozytorium git: utwórz go tam z tymi wierszami, "
                   "ustawionymi na sales/pl/)",
             "en": "(pre-commit reads it only at the top of the git repository: create it there with these lines, set "
                   "for sales/pl/)"}
    if with_workflow:
        ci = {"pl": "(już uruchamia cxkit lint w innym folderze (jego `working-directory:`): dopisz to zadanie, ustawione "
                    "na sales/pl/ (pod własną nazwą), do jego `jobs:` albo usuń z niego `working-directory:`, by jedno "
                    "uruchomienie w głównym folderze sprawdzało każdy obszar roboczy, każdy według jego własnej "
                    "konfiguracji i pliku bazowego)",
              "en": "(already runs cxkit lint in another folder (its `working-directory:`): add this job to its `jobs:`, "
                    "set for sales/pl/ (a name of its own), or drop its `working-directory:` so that one run at the top "
                    "checks every workspace, each under its own config and baseline)"}
    else:
        ci = {"pl": "(GitHub czyta workflowy tylko w głównym folderze repozytorium: zapisz ten plik tam, ustawiony na "
                    "sales/pl/)",
              "en": "(GitHub reads workflows only at the top of the repository: save this there, set for sales/pl/)"}
    printed = "wypisano   " if lang == "pl" else "printed  "
    lines = out.splitlines()
    assert f"{printed}{tmp_path / '.pre-commit-config.yaml'} {hooks[lang]}" in lines, out
    assert f"{printed}{tmp_path / '.github' / 'workflows' / 'cxkit.yml'} {ci[lang]}" in lines, out
    if lang == "pl":
        assert "utworzono  cxkit.toml" in lines and out.count("\nDalej: ") == 1
        assert "created" not in out and "set for" not in out
    else:
        assert "created  cxkit.toml" in lines and "wypisano" not in out


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: --layout table: potrzebuje 40 kolumn, a strona ma 30; pokazano zamiast tego widok w jednej kolumnie "
           "(zwykłe wiersze, bez ramek)"),
    ("en", "cxkit: --layout table: needs 40 columns, and the page has 30; showing the stacked view instead (plain "
           "lines, no frames)"),
])
def test_render_note_on_a_page_too_narrow_for_frames_in_the_workspaces_language_s40(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    _workspace(tmp_path, lang)
    code, out, err = run_cxkit("render", "journeys/pawel.yaml", "--layout", "table", "--width", "30")
    assert code == 0, err
    assert "Odkrycie" in out and "Zakup" in out  # the journey is shown, stacked
    assert err.splitlines() == [said], err
