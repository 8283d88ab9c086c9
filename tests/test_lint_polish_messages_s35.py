"""Lint findings in Polish for a Polish workspace (session 35).

A workspace whose config says `lang = "pl"` reads every finding whose rule has a Polish twin in Polish,
in every format; the code, the rule's name, the place and the exit code stay as they are.  An explicit
`lang = "en"` (or none) keeps the English.  A baseline and the lint cache work across a change of
language: a baseline keys a finding by its English message, and the cache keys a run by `lang`.
"""

from __future__ import annotations

import json

import pytest

from conftest import enter_workspace, run_cli

#: A persona with demographics only: demographics-only (CX102) on its `demographics` key.
ANNA = """\
kind: persona
id: anna-ksiegowa
name: Anna, księgowa z Radomia
lang: pl
summary: Księgowa w biurze rachunkowym, która co kwartał rozlicza VAT dwudziestu klientów.
demographics:
  age: 41
  location: Radom
sources:
  - id: wywiady-2026
    type: interview
    date: 2026-10-02
    note: Osiem wywiadów z księgowymi z biur rachunkowych
reviewed: 2026-11-20
"""

EN = ("the persona has demographics but no goals, needs, behaviours or pain points; add what they try to do "
      "and what stops them")
PL = ("persona ma `demographics`, ale nie ma celów, potrzeb, zachowań ani bolączek; dopisz, co chce osiągnąć "
      "i co jej w tym przeszkadza")


def workspace(tmp_path, monkeypatch, lang: str | None):
    config = "" if lang is None else f'lang = "{lang}"\n'
    return enter_workspace(tmp_path, monkeypatch, config=config + '[rules.missing-negative-persona]\nenabled = false\n',
                           today="2026-12-01", files={"personas/anna.yaml": ANNA})


def set_lang(lang: str | None) -> None:
    from pathlib import Path

    config = "" if lang is None else f'lang = "{lang}"\n'
    Path("cxkit.toml").write_text(config + '[rules.missing-negative-persona]\nenabled = false\n', encoding="utf-8")


def lint(*args: str):
    return run_cli("lint", "--select", "demographics-only", *args)


def test_a_polish_workspace_reads_the_finding_in_polish(tmp_path, monkeypatch):
    workspace(tmp_path, monkeypatch, "pl")
    result = lint("--no-cache")
    assert result.exit_code == 1
    assert f"personas/anna.yaml:6:1: warning CX102 {PL} [demographics-only]" in result.stdout
    assert EN not in result.stdout


@pytest.mark.parametrize("lang", [None, "en", "de"])
def test_an_english_or_other_workspace_reads_it_in_english(tmp_path, monkeypatch, lang):
    workspace(tmp_path, monkeypatch, lang)
    result = lint("--no-cache")
    assert result.exit_code == 1
    assert f"personas/anna.yaml:6:1: warning CX102 {EN} [demographics-only]" in result.stdout
    assert "dopisz" not in result.stdout


def test_the_machine_formats_carry_the_polish_message_and_the_same_place(tmp_path, monkeypatch):
    workspace(tmp_path, monkeypatch, "pl")
    found = json.loads(lint("--no-cache", "-f", "json").stdout)
    assert [(f["path"], f["line"], f["column"], f["code"], f["rule"], f["message"]) for f in found] == [
        ("personas/anna.yaml", 6, 1, "CX102", "demographics-only", PL)]
    sarif = json.loads(lint("--no-cache", "-f", "sarif").stdout)
    assert [r["message"]["text"] for r in sarif["runs"][0]["results"]] == [PL]
    github = lint("--no-cache", "-f", "github").stdout
    assert "dopisz, co chce osiągnąć" in github and "::warning file=personas/anna.yaml,line=6" in github


def test_a_fingerprint_does_not_change_with_the_language(tmp_path, monkeypatch):
    workspace(tmp_path, monkeypatch, "pl")
    polish = json.loads(lint("--no-cache", "-f", "gitlab").stdout)
    set_lang("en")
    english = json.loads(lint("--no-cache", "-f", "gitlab").stdout)
    assert polish[0]["description"] != english[0]["description"]
    assert polish[0]["fingerprint"] == english[0]["fingerprint"]


@pytest.mark.parametrize("first, then", [("en", "pl"), ("pl", "en"), (None, "pl")])
def test_a_baseline_written_in_one_language_holds_in_the_other(tmp_path, monkeypatch, first, then):
    workspace(tmp_path, monkeypatch, first)
    assert lint("--write-baseline").exit_code == 0
    recorded = json.loads((tmp_path / ".cxkit-baseline.json").read_text(encoding="utf-8"))
    set_lang(then)
    for cache in ((), ("--no-cache",)):
        result = lint("--baseline", ".cxkit-baseline.json", *cache)
        assert result.exit_code == 0, result.stdout
        assert "CX102" not in result.stdout
    # Written again in the other language, the baseline is the same file.
    assert lint("--write-baseline", "--no-baseline").exit_code == 0
    assert json.loads((tmp_path / ".cxkit-baseline.json").read_text(encoding="utf-8")) == recorded


def test_the_cache_answers_in_the_language_of_the_config(tmp_path, monkeypatch):
    workspace(tmp_path, monkeypatch, "en")
    for lang, said, other in (("en", EN, PL), ("pl", PL, EN), ("en", EN, PL), ("pl", PL, EN)):
        set_lang(lang)
        for fmt in ("text", "json"):
            for _ in range(2):  # the second run is answered by the cache
                out = lint("-f", fmt).stdout
                assert said in out and other not in out, (lang, fmt)


def test_a_cached_row_keeps_both_messages():
    from cxkit.lint.finding import Finding, Related, Severity

    f = Finding("personas/a.yaml", 3, 5, "CX103", "similar-personas", Severity.info,
                "persona 'a' jest podobna do 'b' (personas/b.yaml)", (Related("personas/b.yaml", 2, 5, 34, 49),),
                english=("persona 'a' is like 'b' (personas/b.yaml)", (Related("personas/b.yaml", 2, 5, 25, 40),)))
    row = json.loads(json.dumps(f.as_row()))
    back = Finding.from_row(row)
    assert back == f and back.english == f.english and back.at is None
    assert back.in_english().message == "persona 'a' is like 'b' (personas/b.yaml)"
    assert back.in_english().related == (Related("personas/b.yaml", 2, 5, 25, 40),)
    placed = Finding.from_row(json.loads(json.dumps(
        Finding(*row[:7], at=("a", "goals[0]", 3, 9), english=("x", ())).as_row())))
    assert placed.at == ("a", "goals[0]", 3, 9) and placed.english == ("x", ())
    # An English finding's row is what it was before Polish twins.
    assert Finding("p.yaml", 1, 1, "CX102", "demographics-only", Severity.warning, "m").as_row() == [
        "p.yaml", 1, 1, "CX102", "demographics-only", 2, "m"]
