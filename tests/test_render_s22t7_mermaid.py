"""Mermaid export: text that looks like HTML is written so Mermaid shows it (tester 7, F9).

Mermaid (securityLevel strict, as GitHub renders it) takes a label for HTML and sanitises tag-like
text away, silently: "Onboarding <v2> for …" was drawn "Onboarding  for …", a `<script>` in a
barrier vanished. `<` and `>` are now Mermaid's entity codes `#lt;` and `#gt;`, which it draws as
the characters (checked with mermaid 11 in Chromium).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.render.mermaid import MAX_TASK, clean
from snapshot_helpers import render_cli

PERSONA = """\
kind: persona
id: marta
name: Marta <CX lead>
lang: en
goals:
  - Close the month by the 10th
"""

JOURNEY = """\
kind: journey
id: onboarding-v2
name: "Onboarding <v2> for <b>accounting firms</b>"
lang: en
persona: marta
stages:
  - id: signup
    name: "Sign-up <beta>"
    doing: "Pastes her <NIP> into the form; KSeF answers <script>alert(1)</script>"
    emotion: -1
  - id: wybor-planu
    name: Wybór planu
    doing: "Porównuje plan 49 zł/mies. z planem <Pro> i wybiera tańszy"
    emotion: 1
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "cxkit.toml").write_text('paths = ["personas", "journeys"]\n', encoding="utf-8")
    (tmp_path / "personas" / "marta.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "journeys" / "onboarding.yaml").write_text(JOURNEY, encoding="utf-8")
    return tmp_path


def test_html_looking_text_is_written_in_entity_codes(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/onboarding.yaml", "-f", "mmd")
    assert code == 0, err
    assert out == (
        "journey\n"
        "    title Onboarding #lt;v2#gt; for #lt;b#gt;accounting firms#lt;/b#gt;\n"
        "    section Sign-up #lt;beta#gt;\n"
        "      Pastes her #lt;NIP#gt; into the form#59; KSeF answers…: 2: Marta #lt;CX lead#gt;\n"
        "    section Wybór planu\n"
        "      Porównuje plan 49 zł/mies. z planem #lt;Pro#gt; i wybiera…: 4: Marta #lt;CX lead#gt;\n"
        "    accTitle: Onboarding #lt;v2#gt; for #lt;b#gt;accounting firms#lt;/b#gt;\n"
        "    accDescr: Emotion curve: 1. Sign-up #lt;beta#gt;: -1 negative#59; 2. Wybór planu: +1 positive. "
        "In full: 1. Sign-up #lt;beta#gt; – Pastes her #lt;NIP#gt; into the form#59; "
        "KSeF answers #lt;script#gt;alert(1)#lt;/script#gt;#59; "
        "2. Wybór planu – Porównuje plan 49 zł/mies. z planem #lt;Pro#gt; i wybiera tańszy\n"
    )
    assert "<" not in out and ">" not in out


def test_a_long_task_is_cut_before_its_codes_are_written() -> None:
    """The cut at MAX_TASK characters never halves a code ("#l…" would be drawn as it is)."""
    text = "x" * (MAX_TASK - 3) + "<Pro> plan"
    out = clean(text, limit=MAX_TASK)
    assert out == "x" * (MAX_TASK - 3) + "#lt;P…"
    assert clean("<" * 100, limit=MAX_TASK) == "#lt;" * (MAX_TASK - 1) + "…"


def test_the_other_syntax_characters_are_codes_too() -> None:
    """":", ";", "#" and a run of "%" as their codes (the title keeps a plain ":"); "&" is no syntax."""
    assert clean("NPS: 31; #1 in 100%% of cases") == "NPS#58; 31#59; #35;1 in 100#37;#37; of cases"
    assert clean("NPS: 31; #1 in 100%% of cases", part="title") == "NPS: 31#59; #35;1 in 100#37;#37; of cases"
    assert clean("R&D and sales") == "R&D and sales"


def test_a_lone_bracket_is_a_code_too() -> None:
    assert clean("R&D > sales, NPS < 30") == "R&D #gt; sales, NPS #lt; 30"
