"""feeling-contradicts-emotion (CX409) and vague-action (CX410) split text into words differently, and
must go on doing so (read-through RT23-7: the two word patterns of journeys.py were kept apart).

A feeling's word joins its hyphens ("Stress-free" says the stress is gone) and leaves numbers out;
an action's word keeps numbers (a number makes the action a change) and splits at a hyphen
("customer-experience" is two words of nothing in particular). Guards: they pass before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint


def journey(feeling: str, emotion: int, action: str) -> str:
    return (
        "kind: journey\nid: j\nname: J\nlang: en\npersona: ola\nstages:\n"
        "  - id: purchase\n    name: Purchase\n"
        f"    feeling: {feeling}\n    emotion: {emotion}\n"
        "    opportunities:\n"
        f"      - action: {action}\n        owner: E-commerce team\n        due: 2028-12-01\n"
    )


def codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "j.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    selection = Selection(select=("feeling-contradicts-emotion", "vague-action"))
    return [f.rule for f in lint(["."], Config(root=tmp_path), selection).findings]


@pytest.mark.parametrize(("action", "vague"), [
    ("Improve customer-experience", True),  # split at the hyphen: customer, experience
    ("Improve the customer's experience", True),  # an apostrophe inside a word
    ("Improve the app 2", False),  # a number is a word of its own, and makes it a change
    ("Poprawić UX w 2027", False),
    ("Popraw doświadczenie klienta", True),
])
def test_an_actions_words_keep_numbers_and_split_at_hyphens(tmp_path, monkeypatch, action, vague):
    found = codes(tmp_path, monkeypatch, journey("Calm", 1, action))
    assert ("vague-action" in found) == vague


@pytest.mark.parametrize(("feeling", "sore"), [
    ("Stress-free checkout", False),  # one word, which '-free' makes no sore feeling
    ("Frustrated, the courier is 2 hours late", True),
    ("Wściekły, że kurier spóźnia się 2 godziny", True),
])
def test_a_feelings_words_join_hyphens(tmp_path, monkeypatch, feeling, sore):
    found = codes(tmp_path, monkeypatch, journey(feeling, 0, "Show the delivery window (2 hours) on the order page"))
    assert ("feeling-contradicts-emotion" in found) == sore
