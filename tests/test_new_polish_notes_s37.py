"""`cxkit new` says its notes and refusals in the workspace's language: in Polish where the config says
`lang = "pl"` (as lint and fmt), in English elsewhere; paths and ids as typed in both."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cxkit.cli import app
from workspace_helpers import SARAH, lang_workspace

OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Biegaczka
lang: pl
summary: Biega trzy razy w tygodniu po Lasku Wolskim i kupuje buty co pół roku
behaviours:
  - Porównuje ceny butów w trzech sklepach, zanim kupi
reviewed: 2026-11-20
"""

LOWCA = """\
kind: negative-persona
id: lowca-okazji
name: Łowca okazji
lang: pl
reasons:
  - Kupuje wyłącznie na wyprzedażach i zwraca połowę zamówień
reviewed: 2026-11-20
"""


def _workspace(root: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> Path:
    lang_workspace(root, lang, {"ola.yaml": OLA, "sarah.yaml": SARAH, "lowca.yaml": LOWCA})
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "200")
    return root


@pytest.fixture
def pl_ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return _workspace(tmp_path / "pl", monkeypatch, "pl")


@pytest.fixture
def en_ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return _workspace(tmp_path / "en", monkeypatch, "en")


def new(*args: str):
    result = CliRunner().invoke(app, ["new", *args, "--no-input"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def test_an_existing_file_is_refused_in_polish_s37(pl_ws: Path) -> None:
    (pl_ws / "personas" / "marta-nowak.yaml").write_text("# szkic\n", encoding="utf-8")
    result = new("persona", "Marta Nowak")
    assert result.exit_code == 1
    assert result.stderr == ("cxkit: plik personas/marta-nowak.yaml już istnieje; nic nie zapisano "
                             "(--force go nadpisze, inne id daje --id)\n")
    assert (pl_ws / "personas" / "marta-nowak.yaml").read_text(encoding="utf-8") == "# szkic\n"


def test_an_existing_file_is_refused_in_english_s37(en_ws: Path) -> None:
    (en_ws / "personas" / "mark-jones.yaml").write_text("# draft\n", encoding="utf-8")
    result = new("persona", "Mark Jones")
    assert result.exit_code == 1
    assert result.stderr == ("cxkit: personas/mark-jones.yaml already exists; nothing written "
                             "(use --force to overwrite it, or --id for another id)\n")


def test_a_folder_where_the_file_goes_is_refused_in_polish_s37(pl_ws: Path) -> None:
    (pl_ws / "personas" / "marta-nowak.yaml").mkdir()
    result = new("persona", "Marta Nowak")
    assert result.exit_code == 1
    assert result.stderr == ("cxkit: personas/marta-nowak.yaml jest folderem; nic nie zapisano "
                             "(inne id daje --id, inny folder --dir)\n")


@pytest.mark.parametrize(("fixture", "expected"), [
    ("pl_ws", "cxkit: id „ola-biegaczka” ma już personas/ola.yaml; nic nie zapisano "
              "(wybierz inne id przez --id albo zapisz mimo to z --force)\n"),
    ("en_ws", "cxkit: the id 'ola-biegaczka' is already used by personas/ola.yaml; nothing written "
              "(choose another id with --id, or use --force to write it anyway)\n"),
])
def test_an_id_in_use_is_refused_in_the_workspace_s_language_s37(fixture: str, expected: str,
                                                                 request: pytest.FixtureRequest) -> None:
    request.getfixturevalue(fixture)
    result = new("persona", "Ola", "--id", "ola-biegaczka")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", expected)


def test_a_file_made_meanwhile_is_refused_in_polish_s37(tmp_path: Path) -> None:
    from cxkit.scaffold.new import Refusal, write_document

    path = tmp_path / "ola.yaml"
    path.write_text("# czyjś szkic\n", encoding="utf-8")
    with pytest.raises(Refusal, match=r"^plik .*ola\.yaml powstał w międzyczasie; nic nie zapisano \(--force go nadpisze\)$"):
        write_document(path, "kind: persona\n", pl=True)
    with pytest.raises(Refusal, match=r"ola\.yaml was created meanwhile; nothing written"):
        write_document(path, "kind: persona\n")
    assert path.read_text(encoding="utf-8") == "# czyjś szkic\n"


def test_force_and_a_name_already_taken_are_said_in_polish_s37(pl_ws: Path) -> None:
    (pl_ws / "personas" / "ola-2.yaml").write_text("# szkic\n", encoding="utf-8")
    result = new("persona", "Ola  Biegaczka", "--id", "ola-2", "--force")
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "cxkit: nadpisano istniejący plik (--force)"
    assert lines[1] == ("cxkit: uwaga: personas/ola.yaml ma już personę o nazwie „Ola Biegaczka” (id „ola-biegaczka”); "
                        "dwie o jednej nazwie trudno odróżnić w przeglądach i widokach: nadaj tej inną nazwę albo usuń "
                        "plik, którego nie potrzebujesz")
    assert lines[2].startswith("cxkit: uwaga: 16 miejsc TODO do wypełnienia na podstawie badań;")
    assert "note" not in result.stderr


def test_force_and_a_name_already_taken_stay_english_in_english_s37(en_ws: Path) -> None:
    (en_ws / "personas" / "sarah-2.yaml").write_text("# draft\n", encoding="utf-8")
    result = new("persona", "Sarah Bookkeeper", "--id", "sarah-2", "--force")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[:2] == [
        "cxkit: overwrote the existing file (--force)",
        "cxkit: note: personas/sarah.yaml already has a persona named 'Sarah Bookkeeper' (id 'sarah-bookkeeper'); two "
        "with one name are hard to tell apart in reviews and renders: give this one another name, or delete the file "
        "you do not need"]


def test_a_journey_s_persona_notes_in_polish_s37(pl_ws: Path) -> None:
    none = new("journey", "Zakup butów")
    assert none.stderr.splitlines()[0] == "cxkit: persona ścieżki to „todo-persona”; wpisz tam id persony"
    typo = new("journey", "Zakup kolców", "--persona", "ola-biegaczk")
    assert typo.stderr.splitlines()[0] == (
        "cxkit: uwaga: w tym obszarze roboczym nie ma jeszcze persony o id „ola-biegaczk” (czy chodziło o "
        "„ola-biegaczka”?); `cxkit lint` zgłasza to, dopóki jej nie będzie")
    negative = new("journey", "Wyprzedaż zimowa", "--persona", "lowca-okazji")
    assert negative.stderr.splitlines()[0] == (
        "cxkit: uwaga: „lowca-okazji” to persona negatywna (personas/lowca.yaml); ścieżka opisuje klienta, dla "
        "którego projektujesz, i `cxkit lint` to zgłasza (journey-for-negative-persona)")
    # A persona that is there: nothing of it; a journey's name taken is "ścieżkę" (feminine, as persona).
    assert new("journey", "Zakup kolców", "--persona", "ola-biegaczka", "--id", "kolce").stderr.splitlines() == [
        "cxkit: uwaga: journeys/zakup-kolcow.yaml ma już ścieżkę o nazwie „Zakup kolców” (id „zakup-kolcow”); dwie o "
        "jednej nazwie trudno odróżnić w przeglądach i widokach: nadaj tej inną nazwę albo usuń plik, którego nie "
        "potrzebujesz",
        "cxkit: uwaga: 67 miejsc TODO do wypełnienia na podstawie badań; do tego czasu `cxkit lint` zgłasza każde "
        "(CX501 placeholder), a `cxkit lint --statistics` liczy, ile zostało"]


def test_a_journey_s_persona_notes_stay_english_in_english_s37(en_ws: Path) -> None:
    assert new("journey", "Month end").stderr.splitlines()[0] == (
        "cxkit: the journey's persona is 'todo-persona'; set it to the id of a persona")
    assert new("journey", "Year end", "--persona", "sarah-bookkeepr").stderr.splitlines()[0] == (
        "cxkit: note: no persona with id 'sarah-bookkeepr' in this workspace yet (did you mean 'sarah-bookkeeper'?); "
        "`cxkit lint` reports it until there is one")


def test_the_language_notes_in_polish_s37(pl_ws: Path) -> None:
    sarah = new("journey", "Sarah closes the month", "--persona", "sarah-bookkeeper")
    assert sarah.stderr.splitlines()[0] == (
        "cxkit: język: en (z persony „sarah-bookkeeper”, której lang to en; konfiguracja mówi pl; "
        "--lang pl, by pisać po polsku)")
    german = new("persona", "Hans Müller", "--lang", "de")
    assert german.stderr.splitlines()[0] == (
        "cxkit: język: de: szablon jest po angielsku (cxkit ma szablony po polsku i po angielsku); dokument mówi "
        "lang: de, a reguły czytające słowa go pomijają (zob. docs/rules.md)")


def test_the_language_note_stays_english_in_english_s37(en_ws: Path) -> None:
    german = new("persona", "Hans Müller", "--lang", "de")
    assert german.stderr.splitlines()[0].startswith("cxkit: language: de: the template is in English")
    ola = new("journey", "Ola kupuje buty", "--persona", "ola-biegaczka")
    assert ola.stderr.splitlines()[0] == (
        "cxkit: language: pl (from the persona 'ola-biegaczka', whose lang is pl; the config says en; "
        "use --lang en for English)")


@pytest.mark.parametrize(("count", "said"), [
    (1, "1 miejsce TODO"), (2, "2 miejsca TODO"), (5, "5 miejsc TODO"), (12, "12 miejsc TODO"), (22, "22 miejsca TODO"),
])
def test_the_placeholders_note_counts_in_polish_forms_s37(count: int, said: str) -> None:
    from cxkit.scaffold.new import placeholders_note

    text = "kind: persona\n" + "".join(f"- TODO {i}\n" for i in range(count))
    assert placeholders_note(text, pl=True).startswith(f"cxkit: uwaga: {said} do wypełnienia")
    assert placeholders_note(text).startswith("cxkit: note: ")


def test_an_interrupted_new_says_so_in_polish_s37(pl_ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cxkit.scaffold import prompts

    def abort(*_args, **_kwargs):
        raise typer.Abort()

    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "ask_fields", abort)
    result = CliRunner().invoke(app, ["new", "persona", "Marta Nowak"])
    assert (result.exit_code, result.stderr) == (130, "\ncxkit: przerwano; nic nie zapisano\n")
    assert not (pl_ws / "personas" / "marta-nowak.yaml").exists()
