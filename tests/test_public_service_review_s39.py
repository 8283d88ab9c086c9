"""Review of a386cd4f (tester43, finding 1), two false alarms it brought, both quiet at the session's start.

With "zasiłek" a generic word, a Polish benefit named by its statutory name was reported when its adjective is a
generic word elsewhere ("rodzinny" of "rodzin*", "celowy" of "cel*", "chorobowy" of "chorob*"): "Pobiera zasiłek
rodzinny", "Na zasiłku chorobowym", "Zasiłek celowy" name which benefit as "gets child benefit" and "on sick
pay" do.  With "help" and "pomoc" generic words, the help a person needs with the shopping was reported, as
"shopping" and "zakupy" are generic words of shop personas, while "Needs help with washing" was not: it names
the task of daily living, as a care assessment does.  Both are quiet again; "Pobiera zasiłek", "Na zasiłku",
"Needs help", "Potrzebuje pomocy" (which name no benefit, no task) are still reported."""

from __future__ import annotations

import json

import pytest

from conftest import enter_workspace, run_cli
from public_service_helpers import RULE, persona_with
from rule_helpers import run, where


def _persona(lang: str, *traits: str) -> str:
    return persona_with(lang, *traits, demographics=True)


@pytest.mark.parametrize(("lang", "text"), [
    # Fail before: reported as "built only from generic words".
    ("pl", "Pobiera zasiłek rodzinny"),
    ("pl", "Zasiłek rodzinny"),
    ("pl", "Na zasiłku chorobowym"),
    ("pl", "Pobiera zasiłek chorobowy"),
    ("pl", "Zasiłek celowy"),
    # Guards, quiet before and after: the other benefits' adjectives are no generic words, and English names
    # a benefit with a word of its own.
    ("pl", "Pobiera zasiłek pielęgnacyjny"),
    ("pl", "Zasiłek stały z MOPS"),
    ("en", "Gets child benefit"),
    ("en", "On sick pay"),
])
def test_a_benefit_named_by_its_statutory_name_is_quiet(tmp_path, monkeypatch, lang, text):
    assert run(tmp_path, monkeypatch, {"personas/p.yaml": _persona(lang, text)}, RULE) == []


@pytest.mark.parametrize("text", ["Pobiera zasiłek", "Jest na zasiłku", "Pobiera zasiłki", "Ma długi"])
def test_a_benefit_that_names_none_is_still_reported(tmp_path, monkeypatch, text):
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": _persona("pl", text)}, RULE)
    assert [where(f) for f in found] == [("personas/p.yaml", 9, 5)]  # guard: the name alone does not quiet it
    assert "built only from generic words" in found[0].message


def test_a_polish_workspace_reports_the_generic_trait_beside_a_named_benefit(tmp_path, monkeypatch):
    doc = _persona("pl", "Pobiera zasiłek rodzinny na dwoje dzieci", "Na zasiłku chorobowym", "Ceni jakość")
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', files={"personas/p.yaml": doc})
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", "--select", RULE).stdout)
    assert [f["line"] for f in found] == [11]  # fails before: line 10 ("Na zasiłku chorobowym") too


@pytest.mark.parametrize(("lang", "text"), [
    # Fail before: reported as "built only from generic words".
    ("en", "Needs help with the shopping"),
    ("en", "Needs help with shopping"),
    ("pl", "Potrzebuje pomocy przy zakupach"),
    ("pl", "Potrzebuje pomocy z zakupami"),
    # Guards, quiet before and after: another task.
    ("en", "Needs help with washing"),
    ("pl", "Potrzebuje pomocy przy myciu"),
])
def test_the_help_with_a_task_of_daily_living_is_quiet(tmp_path, monkeypatch, lang, text):
    assert run(tmp_path, monkeypatch, {"personas/p.yaml": _persona(lang, text)}, RULE) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Needs help"), ("en", "Needs someone to help"), ("en", "Likes shopping"), ("en", "Enjoys shopping, needs help"),
    ("pl", "Potrzebuje pomocy"), ("pl", "Lubi zakupy"),
])
def test_help_with_no_task_and_shopping_alone_are_still_reported(tmp_path, monkeypatch, lang, text):
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": _persona(lang, text)}, RULE)
    assert [where(f) for f in found] == [("personas/p.yaml", 9, 5)]  # guards


# Review of 83d88834 (tester43, finding 12): "Prefers face to face", a trait quoted whole, named its one generic
# word "face" (it stands there twice: "face to face" is the run generic words make there).
HINT = "say what the person did, when, where, how often or with which product, shop or channel"


@pytest.mark.parametrize(("text", "word"), [
    ("Prefers face to face", "face to face"),  # fails before: ("face")
    ("Prefers to speak to a person", "speak"),  # guard: one word once
])
def test_a_trait_quoted_whole_names_the_run_its_one_generic_word_makes(tmp_path, monkeypatch, text, word):
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": _persona("en", text)}, RULE)
    assert [f.message for f in found] == [
        f'"{text}" is built only from generic words ("{word}") and words that carry no detail; make it specific: '
        f"{HINT}"]


def test_a_polish_workspace_names_the_run_too(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n',
                    files={"personas/p.yaml": _persona("en", "Prefers face to face")})
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", "--select", RULE).stdout)
    assert [f["message"] for f in found] == [  # fails before: („face”)
        "„Prefers face to face” składa się wyłącznie z ogólnych słów („face to face”) i słów, które nie wnoszą "
        "szczegółów; doprecyzuj: napisz, co ta osoba zrobiła, kiedy, gdzie, jak często albo z jakim produktem, "
        "sklepem czy kanałem"]
