"""Helpers shared by the rule tests: write a workspace, lint it with chosen rules, find positions."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from cxkit.lint.finding import Finding

#: The head of Ewa's mortgage journey (format its `{lang}`), the stages to follow: the journey of the feeling
#: and action rules' tests, each writing the stage it lints after it.
EWA_MORTGAGE_HEAD = """\
kind: journey
id: ewa-kredyt-hipoteczny
name: Ewa bierze kredyt hipoteczny
lang: {lang}
persona: ewa-kupuje-mieszkanie
stages:
"""

#: Ewa's journey at the bank's decision (format its `{lang}`, the stage's `{feeling}` and `{emotion}`): the
#: journey of the feeling rules' tests that need one stage with a barrier and an owned opportunity.
EWA_MORTGAGE_DECISION = EWA_MORTGAGE_HEAD + """\
  - id: decyzja
    name: Decyzja kredytowa
    touchpoints: [aplikacja banku, doradca kredytowy]
    feeling: "{feeling}"
    emotion: {emotion}
    barriers:
      - Decyzja przychodzi po 12 dniach, bez informacji o etapie wniosku
    opportunities:
      - action: Pokazać etap wniosku w aplikacji z terminem następnego kroku
        owner: Dyrektor ds. kredytów hipotecznych (Marek Nowicki)
"""


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def run(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], rule: str, **options: object) -> list[Finding]:
    """Lint a workspace written into ``root`` with one rule selected, from inside it."""
    write(root, files)
    monkeypatch.chdir(root)
    config = Config(root=root, rules={rule: dict(options)} if options else {})
    return lint(["."], config, Selection(select=(rule,))).findings


def pos(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) where the n-th ``needle`` starts in the dedented ``text``."""
    text = textwrap.dedent(text)
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return text[:start].count("\n") + 1, start - (text.rfind("\n", 0, start) + 1) + 1


def where(f: Finding) -> tuple[str, int, int]:
    return f.path, f.line, f.column


def assert_at_the_emotion(text: str, found: list[Finding], score: int, path: str = "journeys/j.yaml") -> None:
    """``found`` is one finding, at the value of the first `emotion: SCORE` in ``text``."""
    line, column = pos(text, f"emotion: {score}")
    assert [where(f) for f in found] == [(path, line, column + len("emotion: "))]
