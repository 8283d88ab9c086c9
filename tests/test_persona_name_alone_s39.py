"""demographics-only (CX102) also reports a persona that is a name alone (session 39).

Before: a persona with only kind/id/name, `x-photo: https://…`, sources and reviewed passed (exit 0), while
adding an age made CX102 fire: the emptier the persona, the cleaner the result.  The seed articles' persona
is goals, needs and buying behaviour; a picture with a name is what they warn against.  Now a persona with
nothing of the behavioural side (goals, needs, behaviours, pain points, motivations) is reported whether or
not it has demographics; a negative persona without demographics stays negative-without-reasons' to report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

OLA_PL = """\
kind: persona
id: ola-zakupy
name: Ola Kamińska
lang: pl
x-photo: https://drive.google.com/ola.jpg
sources:
  - id: wywiady
    type: interview
    date: 2026-11-20
    n: 5
    note: rozmowy telefoniczne z klientkami sklepu
reviewed: 2026-12-01
"""

DEREK_EN = """\
kind: persona
id: derek-carer
name: Derek Shaw
lang: en
x-photo: photos/derek.jpg
summary: Derek
sources:
  - id: calls
    type: interview
    date: 2026-11-10
    n: 8
reviewed: 2026-12-01
"""

NAME_ALONE_PL = ("persona ma imię, ale nie ma celów, potrzeb, zachowań ani bolączek: samo imię, nawet ze zdjęciem, "
                 "nikogo nie opisuje; dopisz z badań, co ta osoba chce osiągnąć, jak to robi i co jej w tym przeszkadza")
NAME_ALONE_EN = ("the persona has a name but no goals, needs, behaviours or pain points: a name, even with a photo, "
                 "describes no one; add what they try to do, how they go about it and what stops them, from the research")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "personas").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    return tmp_path


def cx102(ws: Path, lang: str, name: str, text: str) -> list[tuple[int, int, str]]:
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (ws / "personas" / name).write_text(text, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "demographics-only", "personas")
    assert result.exception is None, repr(result.exception)
    return [(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)]


def test_a_polish_persona_that_is_a_name_and_a_photo_is_reported_s39(ws: Path) -> None:
    assert cx102(ws, "pl", "ola-zakupy.yaml", OLA_PL) == [(3, 1, NAME_ALONE_PL)]


def test_an_english_persona_that_is_a_name_and_a_summary_is_reported_s39(ws: Path) -> None:
    assert cx102(ws, "en", "derek-carer.yaml", DEREK_EN) == [(3, 1, NAME_ALONE_EN)]


def test_what_it_has_instead_is_named_s39(ws: Path) -> None:
    text = OLA_PL.replace("reviewed:", "channels:\n  - text: Instagram, relacje @wizazanka\n    sources: [wywiady]\n"
                                       "reviewed:")
    assert [m for _l, _c, m in cx102(ws, "pl", "ola-zakupy.yaml", text)] == [
        "persona ma `channels`, ale nie ma celów, potrzeb, zachowań ani bolączek; dopisz z badań, co ta osoba chce "
        "osiągnąć, jak to robi i co jej w tym przeszkadza"]


@pytest.mark.parametrize("field", ["goals", "needs", "behaviours", "pain_points", "motivations"])
def test_one_trait_of_the_behavioural_side_is_enough_s39(ws: Path, field: str) -> None:
    text = OLA_PL.replace("reviewed:", f"{field}:\n  - text: Sprawdza skład na INCI przed każdym zakupem kremu\n"
                                       "    sources: [wywiady]\nreviewed:")
    assert cx102(ws, "pl", "ola-zakupy.yaml", text) == []


def test_the_demographics_message_is_unchanged_s39(ws: Path) -> None:
    text = DEREK_EN.replace("summary: Derek\n", "demographics:\n  age: 58\n  location: Leeds, Headingley\n")
    assert [m for _l, _c, m in cx102(ws, "en", "derek-carer.yaml", text)] == [
        "the persona has demographics but no goals, needs, behaviours or pain points; add what they try to do and "
        "what stops them"]


def test_guard_a_negative_persona_without_demographics_is_left_to_negative_without_reasons_s39(ws: Path) -> None:
    text = OLA_PL.replace("kind: persona", "kind: negative-persona")
    assert cx102(ws, "pl", "ola-zakupy.yaml", text) == []


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_guard_the_scaffolds_do_not_trip_it_s39(ws: Path, lang: str) -> None:
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    for kind in ("persona", "negative-persona"):
        result = run_cli("new", kind, "Ola Kamińska" if kind == "persona" else "Janusz", "--no-input")
        assert result.exit_code == 0, result.stdout + result.stderr
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "demographics-only", "personas")
    assert json.loads(result.stdout) == []
    assert len(list((ws / "personas").glob("*.yaml"))) == 2


# review104: a persona whose summary and quote say who it is (its behaviour written there, not in `goals`) is still
# reported, but told what it has: "a name, even with a photo, describes no one" misread it. A summary that is the
# name alone (DEREK_EN's "Derek") keeps the name-alone message.
@pytest.mark.parametrize(("lang", "summary", "quote", "said"), [
    ("pl", "Księgowa z Gdańska, co miesiąc zamawia 3–4 kremy i porównuje składy na INCI",
     "Nie kupię kremu, dopóki nie sprawdzę składu.",
     "persona ma `summary` i `quote`, ale nie ma celów, potrzeb, zachowań ani bolączek; dopisz z badań, co ta osoba "
     "chce osiągnąć, jak to robi i co jej w tym przeszkadza"),
    ("en", "Cares for his mother in Leeds and phones the council's respite line every Monday", "",
     "the persona has summary but no goals, needs, behaviours or pain points; add what they try to do, how they go "
     "about it and what stops them, from the research"),
])
def test_a_summary_or_quote_that_says_more_than_a_name_is_named_s39(
        ws: Path, lang: str, summary: str, quote: str, said: str) -> None:
    text = OLA_PL if lang == "pl" else DEREK_EN.replace("summary: Derek\n", "")
    extra = f"summary: {json.dumps(summary, ensure_ascii=False)}\n" + (
        f"quote: {json.dumps(quote, ensure_ascii=False)}\n" if quote else "")
    text = text.replace("sources:", extra + "sources:", 1)
    name = "ola-zakupy.yaml" if lang == "pl" else "derek-carer.yaml"
    assert [m for _l, _c, m in cx102(ws, lang, name, text)] == [said]
