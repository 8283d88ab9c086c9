"""`# cxkit: disable=…` inside a value is text, not a suppression comment, for diff as for lint.

`quote: 'a # cxkit: disable=ALL'` (a quoted value) or the same words on a line of a block value
silence nothing in `cxkit lint`; `cxkit diff` listed them as a suppression comment added
(`suppression_comment: true` in JSON, "lint reports less" in text).  A real comment beside them
is still listed.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cxkit.cli import app

PERSONA = """\
kind: persona
id: anna-kowalska
name: Anna Kowalska
lang: pl
quote: Szybko i bez kolejki
summary: |
  Księgowa z Łodzi, dojeżdża do pracy tramwajem.
goals:
  - TODO Kupić bilet miesięczny w aplikacji w 2 minuty
"""
IN_VALUES = PERSONA.replace(
    "quote: Szybko i bez kolejki", "quote: 'Szybko # cxkit: disable=ALL'"
).replace(
    "  Księgowa z Łodzi, dojeżdża do pracy tramwajem.\n",
    "  Księgowa z Łodzi, dojeżdża do pracy tramwajem.\n  # cxkit: disable-file=ALL\n",
)


def diff(tmp_path, monkeypatch, new: str, *args: str):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "stara.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "nowa.yaml").write_text(new, encoding="utf-8")
    return CliRunner().invoke(app, ["diff", *args, "stara.yaml", "nowa.yaml"])


def test_lint_is_not_silenced_by_the_words_in_values(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "anna.yaml").write_text(IN_VALUES, encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "anna.yaml"])
    assert result.exit_code == 1 and "placeholder" in result.stdout


def test_diff_json_lists_no_suppression_comment_for_a_value(tmp_path, monkeypatch):
    result = diff(tmp_path, monkeypatch, IN_VALUES, "-f", "json")
    assert result.exit_code == 1, result.output
    changes = json.loads(result.stdout)
    assert [(c["op"], c["path"]) for c in changes] == [("changed", "quote"), ("changed", "summary")]
    assert not any(c.get("suppression_comment") for c in changes)


def test_diff_text_says_nothing_of_lint_reporting_less(tmp_path, monkeypatch):
    result = diff(tmp_path, monkeypatch, IN_VALUES)
    assert result.exit_code == 1, result.output
    assert "suppression comment" not in result.stdout
    assert "~ Cytat: Szybko i bez kolejki" in result.stdout  # the value change is still shown


def test_a_real_comment_beside_them_is_still_listed(tmp_path, monkeypatch):
    silenced = IN_VALUES.replace("w 2 minuty\n", "w 2 minuty  # cxkit: disable=placeholder\n")
    result = diff(tmp_path, monkeypatch, silenced, "-f", "json")
    flagged = [c["path"] for c in json.loads(result.stdout) if c.get("suppression_comment")]
    assert flagged == ["# cxkit: disable=placeholder"]
