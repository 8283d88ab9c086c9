"""`cxkit new` with Cyrillic names (romanised ids) and answers pasted from a list (tester3 F13)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.model.validate import validate
from cxkit.scaffold import prompts
from cxkit.scaffold.slug import is_slug, slugify
from cxkit.yamlio import load_text


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    return tmp_path


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)


def invoke(*args: str, input: str | None = None):
    from cxkit.cli import app

    result = CliRunner().invoke(app, list(args), input=input)
    assert not (result.exception and not isinstance(result.exception, SystemExit)), repr(result.exception)
    return result


def loaded(path: Path):
    doc = load_text(path.read_text(encoding="utf-8"))
    assert doc.problems == []
    return doc.data


# --- Cyrillic names get an id ------------------------------------------------------------------

def test_a_ukrainian_name_gets_a_romanised_id(ws: Path) -> None:
    result = invoke("new", "persona", "Олена Коваленко", "--lang", "pl", "--no-input")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "personas/olena-kovalenko.yaml\n", "cxkit: note: 16 TODO placeholders to fill in from your research; until then `cxkit lint` reports each (CX501 placeholder), so `cxkit lint --statistics` counts what is left\n")
    data = loaded(ws / "personas/olena-kovalenko.yaml")
    assert (data["id"], data["name"]) == ("olena-kovalenko", "Олена Коваленко")
    assert validate(data)[1] == []


@pytest.mark.parametrize(("name", "slug"), [
    # Ukrainian, national system: є ї й ю я open a word as ye yi y yu ya, inside one as ie i i iu ia.
    ("Олена Коваленко", "olena-kovalenko"),
    ("ОЛЕНА КОВАЛЕНКО", "olena-kovalenko"),
    ("Юрій Згурський", "yurii-zghurskyi"),  # "зг" is zgh, not to be read as "ж"
    ("Євген Їжакевич", "yevhen-yizhakevych"),
    ("Ксенія Андрійович", "kseniia-andriiovych"),
    ("Олексій Ярошенко-Щербина", "oleksii-yaroshenko-shcherbyna"),
    ("Мар'яна Ґалаґан", "mariana-galagan"),  # the apostrophe is part of the word, not written
    ("Мар’яна з Києва", "mariana-z-kyieva"),
    ("Ольга, Львів (2026)", "olha-lviv-2026"),
    ("Олексій", "oleksii"),
    # Russian, when the name shows it (ё ы э ъ, a word opening with и, "ия"): as names are usually spelt.
    ("Фёдор Достоевский", "fyodor-dostoevskiy"),
    ("Иван Петров", "ivan-petrov"),
    ("Юлия Соколова", "yuliya-sokolova"),
    # Mixed with Polish, and й typed as и with a combining breve.
    ("Żaneta i Олена", "zaneta-i-olena"),
    ("Андрі\u0438\u0306", "andrii"),
])
def test_slugify_romanises_cyrillic(name: str, slug: str) -> None:
    assert slugify(name) == slug
    assert is_slug(slug)


def test_a_taken_romanised_id_is_refused(ws: Path) -> None:
    assert invoke("new", "persona", "Olena Kovalenko", "--no-input").exit_code == 0
    result = invoke("new", "persona", "Олена Коваленко", "--no-input")
    assert result.exit_code == 1
    assert "personas/olena-kovalenko.yaml" in result.stderr
    assert loaded(ws / "personas/olena-kovalenko.yaml")["name"] == "Olena Kovalenko"


def test_an_id_in_cyrillic_is_refused_with_its_romanised_form(ws: Path) -> None:
    result = invoke("new", "persona", "Олена", "--id", "Олена", "--no-input")
    assert result.exit_code == 2
    assert "did you mean 'olena'?" in result.stderr
    assert not (ws / "personas").exists()


def test_a_name_in_another_script_still_needs_an_id(ws: Path) -> None:
    # Chinese is not romanised (Greek and Cyrillic are): the message says what to do, exit 2, nothing written.
    result = invoke("new", "persona", "李娜", "--no-input")
    assert result.exit_code == 2
    assert "cannot make an id from the name '李娜'; give one with --id" in result.stderr
    assert not (ws / "personas").exists()


# --- answers pasted from a list ----------------------------------------------------------------

@pytest.mark.parametrize(("typed", "kept"), [
    ("  - Dba o zdrowie", "Dba o zdrowie"),
    ("- Dba o zdrowie", "Dba o zdrowie"),
    ("* Dba o zdrowie  ", "Dba o zdrowie"),
    ("+ Dba o zdrowie", "Dba o zdrowie"),
    ("  •  Dba o zdrowie", "Dba o zdrowie"),
    ("•Dba o zdrowie", "Dba o zdrowie"),
    ("– Dba o zdrowie", "Dba o zdrowie"),
    ("\t- Dba o zdrowie", "Dba o zdrowie"),
    # Not a list marker: a minus, emphasis, a hyphen inside the text.
    ("-20% na leki w aplikacji", "-20% na leki w aplikacji"),
    ("*Zawsze* sprawdza skład", "*Zawsze* sprawdza skład"),
    ("E-recepta - zawsze w aplikacji", "E-recepta - zawsze w aplikacji"),
    ("- - lista w liście", "- lista w liście"),  # one marker, as pasted
])
def test_clean_answer(typed: str, kept: str) -> None:
    assert prompts.clean_answer(typed) == kept


def test_interactive_answers_pasted_from_a_list_are_stored_without_the_marker(ws: Path, terminal: None) -> None:
    answers = "  - Dba o zdrowie całej rodziny\n* Zamawia leki co 28 dni w aplikacji\n  •  Kolejki w aptece po 17:00\n"
    result = invoke("new", "persona", "Ola Nowak", "--lang", "pl", input=answers)
    assert result.exit_code == 0, result.output
    data = loaded(ws / "personas/ola-nowak.yaml")
    assert data["summary"] == "Dba o zdrowie całej rodziny"
    assert data["goals"][0]["text"] == "Zamawia leki co 28 dni w aplikacji"
    assert data["pain_points"][0]["text"] == "Kolejki w aptece po 17:00"


def test_interactive_negative_persona_and_journey_answers_lose_the_marker_too(ws: Path, terminal: None) -> None:
    result = invoke("new", "negative-persona", "Janusz", "--lang", "en",
                    input="- Retired electrician who fixes his own bike\n- A £65 service costs more than the parts\n")
    assert result.exit_code == 0, result.output
    data = loaded(ws / "personas/janusz.yaml")
    assert data["summary"] == "Retired electrician who fixes his own bike"
    assert data["reasons"][0]["text"] == "A £65 service costs more than the parts"

    invoke("new", "persona", "Ola Nowak", "--no-input")
    result = invoke("new", "journey", "Ola kupuje", "--lang", "en", input=" - ola-nowak\n• New running shoes before Berlin\n")
    assert result.exit_code == 0, result.output
    assert "There is no persona" not in result.output
    data = loaded(ws / "journeys/ola-kupuje.yaml")
    assert (data["persona"], data["goal"]) == ("ola-nowak", "New running shoes before Berlin")


def test_an_answer_that_is_only_a_marker_keeps_the_todo(ws: Path, terminal: None) -> None:
    result = invoke("new", "persona", "Ola", "--lang", "pl", input="- \n\n\n")
    assert result.exit_code == 0, result.output
    assert loaded(ws / "personas/ola.yaml")["summary"].startswith("TODO")


def test_real_terminal_session_with_a_pasted_list_item_and_a_cyrillic_name(ws: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1] / "src")
    child = pexpect.spawn(sys.executable, ["-m", "cxkit", "new", "persona", "Олена Коваленко", "--lang", "pl"],
                          cwd=str(ws), env=env, encoding="utf-8", timeout=30)
    child.expect("Podsumowanie")
    child.sendline("  - Dba o zdrowie")
    child.expect("Jeden cel")
    child.sendline("")
    child.expect("Jeden problem")
    child.sendline("• Dostawy z Włoch trwają 6 tygodni")
    child.expect("personas/olena-kovalenko.yaml")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    data = loaded(ws / "personas/olena-kovalenko.yaml")
    assert data["name"] == "Олена Коваленко"
    assert data["summary"] == "Dba o zdrowie"
    assert data["goals"][0]["text"].startswith("TODO")
    assert data["pain_points"][0]["text"] == "Dostawy z Włoch trwają 6 tygodni"
