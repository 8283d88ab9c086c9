"""`cxkit diff`: a number written in another notation (`1000` → `1e3`, `7` → `7.0`) is the same number.

Where the format reads a number (`age`, `emotion`, a source's `n`) and in your own `x-` keys,
an int and a float of equal value are one value: no change.  Where the format reads the text
written (a trait, `income`), another spelling is a change, given as the text in JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import run_cli

PERSONA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
summary: Biega trzy razy w tygodniu i kupuje buty do biegania raz na pół roku.
demographics:
  age: 34
  income: 6500
goals:
  - Przebiec maraton w Poznaniu poniżej 4 godzin
  - 1000
sources:
  - id: wywiady-2026-10
    type: interview
    date: 2026-10-02
    n: 12
x-crm:
  lifetime_value: 1000
  segment_code: 0x10
  ratio: 0.5
  score: 7
  basket: [1000, 250]
"""


def diff(tmp_path: Path, monkeypatch, new: str, *options: str) -> tuple[int, list[dict[str, Any]]]:
    (tmp_path / "old.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "old.yaml", "new.yaml", "-f", "json", *options)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, json.loads(result.stdout)


def test_an_x_number_in_exponent_or_float_notation_is_no_change(tmp_path, monkeypatch):
    new = (
        PERSONA.replace("lifetime_value: 1000", "lifetime_value: 1e3")
        .replace("score: 7\n", "score: 7.0\n")
        .replace("segment_code: 0x10", "segment_code: 16")
        .replace("ratio: 0.5", "ratio: 5e-1")
        .replace("basket: [1000, 250]", "basket: [1.0e+3, 250.0]")
    )
    code, changes = diff(tmp_path, monkeypatch, new)
    assert changes == []
    assert code == 0


def test_the_format_s_own_numbers_compare_by_value_too(tmp_path, monkeypatch):
    # `age: 34.0` breaks the schema (lint says so), but it is the same age: the diff is about meaning.
    new = PERSONA.replace("  age: 34\n", "  age: 3.4e1\n").replace("    n: 12\n", "    n: 12.0\n")
    code, changes = diff(tmp_path, monkeypatch, new)
    assert (code, changes) == (0, [])


def test_a_different_x_number_is_still_a_change_and_equality_is_exact(tmp_path, monkeypatch):
    new = PERSONA.replace("lifetime_value: 1000", "lifetime_value: 1.001e3").replace(
        "score: 7\n", "score: 10000000000000001\n"
    )
    (tmp_path / "old2.yaml").write_text(PERSONA.replace("score: 7\n", "score: 1e16\n"), encoding="utf-8")
    code, changes = diff(tmp_path, monkeypatch, new)
    assert code == 1
    assert [(c["path"], c["old"], c["new"]) for c in changes] == [
        ("x-crm.lifetime_value", 1000, 1001.0),
        ("x-crm.score", 7, 10000000000000001),
    ]
    result = run_cli("diff", "old2.yaml", "new.yaml", "-f", "json", "-x", "lifetime_value")
    # 1e16 and 10000000000000001 are different numbers, though a float cannot tell them apart.
    assert [(c["path"], c["old"], c["new"]) for c in json.loads(result.stdout)] == [
        ("x-crm.score", 1e16, 10000000000000001)
    ]


def test_a_number_the_format_reads_as_text_respelled_is_a_change_given_as_text(tmp_path, monkeypatch):
    new = PERSONA.replace("  income: 6500\n", "  income: 6.5e3\n").replace("  - 1000\n", "  - 1e3\n")
    code, changes = diff(tmp_path, monkeypatch, new)
    assert code == 1
    assert [(c["op"], c["path"], c["old"], c["new"]) for c in changes] == [
        ("changed", "demographics.income", "6500", "6.5e3"),
        ("changed", "goals[1]", "1000", "1e3"),
    ]
    text = run_cli("diff", "old.yaml", "new.yaml").stdout
    assert '  ~ Demografia › Dochód: "6500" → "6.5e3"' in text
    assert '  ~ Cele #2: "1000" → "1e3"' in text


def test_an_underscored_number_is_text_in_yaml_1_2_so_turning_it_into_a_number_is_a_change(tmp_path, monkeypatch):
    # cxkit reads YAML 1.2, where `1_000` is not a number: a type change, shown quoted on the old side.
    (tmp_path / "base.yaml").write_text(PERSONA.replace("score: 7\n", "score: 1_000\n"), encoding="utf-8")
    (tmp_path / "now.yaml").write_text(PERSONA.replace("score: 7\n", "score: 1000\n"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "base.yaml", "now.yaml")
    assert result.exit_code == 1
    assert '  ~ x-crm › score: "1_000" → 1000' in result.stdout.splitlines()


def test_a_reordered_x_list_of_respelled_numbers_is_one_order_change(tmp_path, monkeypatch):
    code, changes = diff(tmp_path, monkeypatch, PERSONA.replace("basket: [1000, 250]", "basket: [250.0, 1e3]"))
    assert code == 1
    assert [(c["op"], c["path"], c.get("moved")) for c in changes] == [("moved", "x-crm.basket", "order")]
