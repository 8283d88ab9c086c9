"""More of the lines that stayed English in a Polish workspace (`lang = "pl"`) speak Polish (session 38).

Each case is told in Polish where the workspace says `lang = "pl"`, and as before in English (`lang = "en"`):
the baseline's refusal of a nameless stdin document, `cxkit new`'s usage errors, the config's notes and
warnings, a folder scan's notes, the cache's warnings, fmt's notes on a layout it keeps, render's and
review's refusals. The words `error`/`warning` and fmt's `reformatted FILE` lines stay as they are.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
summary: Biega trzy razy w tygodniu po Parku Skaryszewskim i kupuje buty co pół roku.
goals:
  - Kupić buty do biegania po asfalcie do 600 zł
"""


def _ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, config: str = "") -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n{config}', encoding="utf-8")
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def _run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


# --- lint --baseline with a nameless stdin document ---------------------------------------------------------------

@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: --baseline: plik bazowy rozpoznaje zgłoszenia po ścieżce pliku, a dokument wczytany ze standardowego "
           "wejścia jej nie ma: podaj --stdin-filename ŚCIEŻKA albo pomiń --baseline\n"),
    ("en", "cxkit: --baseline: a document read from stdin is matched with a baseline by its file: give --stdin-filename "
           "PATH, or leave --baseline out\n"),
])
def test_baseline_refuses_a_nameless_stdin_document_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    assert _run("lint", "--baseline", "bazowy.json", "-", stdin=OLA)[::2] == (2, said)


# --- cxkit new's usage errors --------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, persona, stages", [
    ("pl", "cxkit: --persona dotyczy tylko ścieżek klienta (cxkit new journey)\n",
     "cxkit: --stages dotyczy tylko ścieżek klienta (cxkit new journey)\n"),
    ("en", "cxkit: --persona is only for journeys\n", "cxkit: --stages is only for journeys\n"),
])
def test_new_options_only_for_journeys_s38(tmp_path, monkeypatch, lang, persona, stages) -> None:
    _ws(tmp_path, monkeypatch, lang)
    assert _run("new", "persona", "Halina Nowak", "--persona", "ola-biegaczka", "--no-input")[::2] == (2, persona)
    assert _run("new", "negative-persona", "Kamil", "--stages", "service", "--no-input")[::2] == (2, stages)
    assert not (tmp_path / "personas" / "halina-nowak.yaml").exists()


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: --persona 'Ola Biegaczka' nie jest poprawnym id (małe litery i cyfry połączone łącznikami lub "
           "podkreślnikami); czy chodziło o 'ola-biegaczka'?\n"),
    ("en", "cxkit: --persona 'Ola Biegaczka' is not a valid id (lowercase letters and digits joined by hyphens or "
           "underscores); did you mean 'ola-biegaczka'?\n"),
])
def test_new_persona_option_not_an_id_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    assert _run("new", "journey", "Zakup butów", "--persona", "Ola Biegaczka", "--no-input")[::2] == (2, said)


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: --dir notatki.txt: to plik, nie folder\n"),
    ("en", "cxkit: --dir notatki.txt: not a folder\n"),
])
def test_new_dir_that_is_a_file_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "notatki.txt").write_text("z warsztatu\n", encoding="utf-8")
    assert _run("new", "persona", "Halina Nowak", "--dir", "notatki.txt", "--no-input")[::2] == (2, said)


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: mapy: tu jest plik, a ma być folder journey-dir; przenieś go albo zapisz dokument gdzie indziej z --dir\n"),
    ("en", "cxkit: mapy: a file where the journey-dir folder should be; move it, or write elsewhere with --dir\n"),
])
def test_new_file_where_the_configured_folder_should_be_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang, 'journey-dir = "mapy"\n')
    (tmp_path / "mapy").write_text("notatki z warsztatu\n", encoding="utf-8")
    assert _run("new", "journey", "Zakup butów", "--no-input")[::2] == (2, said)
    assert (tmp_path / "mapy").read_text(encoding="utf-8") == "notatki z warsztatu\n"


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: persona-dir w cxkit.toml prowadzi poza obszar roboczy, do {out}; `cxkit new` zapisuje tam tylko, gdy "
           "wskażesz to miejsce sam: --dir {out}\n"),
    ("en", "cxkit: persona-dir in cxkit.toml leads out of the workspace, to {out}; `cxkit new` writes there only when you "
           "name it: --dir {out}\n"),
])
def test_new_persona_dir_out_of_the_workspace_s38(tmp_path, monkeypatch, lang, said) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    _ws(ws, monkeypatch, lang, 'persona-dir = "../obce"\n')
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    out = str((tmp_path / "obce").resolve())
    assert _run("new", "persona", "Halina Nowak", "--no-input")[::2] == (2, said.format(out=out))
    assert not (tmp_path / "obce").exists()
