"""The schema (CX002) on a journey's `objectives:` written as a list of one item (session 39, review of
0b5eef99).

0b5eef99 told a list of two or more objectives at once that a journey's `goal` is one text, and left it to
a person; a list of one item was still told "did you mean 'goal'?" and renamed by `fmt --fix` into a
`goal:` list, which the schema then rejected ("'goal' must be text, not a list").  It is told at once too,
and left as it is.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

JOURNEY = """\
kind: journey
id: ola-kupuje-rower
name: Ola kupuje rower miejski
persona: ola-studentka
objectives:
  - Kupić rower miejski do 3000 zł przed październikiem
stages:
  - id: wybor
    name: Porównanie rowerów w Decathlonie i na OLX
    touchpoints: [decathlon.pl, OLX]
    emotion: -1
"""


@pytest.mark.parametrize(("config", "message"), [
    ("", "unknown field 'objectives'; did you mean 'goal'? (one text, not a list: write its one item as the "
         "value of 'goal')"),
    ('lang = "pl"\n', "nieznane pole `objectives`; czy chodziło o `goal`? (to jeden tekst, nie lista: wpisz ten "
                      "jeden element jako wartość `goal`)"),
])
def test_one_objective_in_a_list_is_told_one_text_s39(tmp_path, monkeypatch, config, message):
    (tmp_path / "cxkit.toml").write_text(config, encoding="utf-8")
    (tmp_path / "j.yaml").write_text(JOURNEY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "--select", "schema", "j.yaml")
    assert result.exception is None and result.exit_code == 1, result.stderr
    assert [(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)] == [(5, 1, message)]


def test_fmt_fix_leaves_one_objective_in_a_list_to_a_person_s39(tmp_path, monkeypatch):
    (tmp_path / "j.yaml").write_text(JOURNEY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("fmt", "--fix", "j.yaml")
    assert result.exception is None, result.stderr
    assert (tmp_path / "j.yaml").read_text(encoding="utf-8") == JOURNEY
