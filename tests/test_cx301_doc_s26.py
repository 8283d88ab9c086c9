"""missing-sources (CX301): its help lists the kinds of finding, each with what is and is not reported.

The rule's text had grown into one paragraph of some 700 words whose exceptions could not be read as a
contract: "counts nothing" was not said to mean a sample, nor that an opinion resting on research with
customers is not reported. `cxkit rule missing-sources` and docs/rules.md now give one item per kind of
finding, each with a "Reported:" and a "Not reported:" example, and say what counts as a sample.
"""

from __future__ import annotations

import re

import pytest

from conftest import run_cli

KINDS = ["No sources.", "An assumption.", "Our own team's opinion.", "Our own organisation.",
         "Written by a language model."]


@pytest.fixture(params=[("rule", "missing-sources"), ("rules", "--format", "markdown")])
def help_text(request, monkeypatch) -> str:
    monkeypatch.setenv("COLUMNS", "100")
    result = run_cli(*request.param)
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    if request.param[0] == "rules":
        text = text[text.index("## missing-sources"):text.index("## unknown-source")]
    return " ".join(text.split())


def test_one_item_per_kind_with_both_examples(help_text):
    items = re.split(r" - (?=[A-Z])", help_text)
    for kind in KINDS:
        item = next((i for i in items if i.startswith(kind)), None)
        assert item is not None, kind
        assert "Reported:" in item and "Not reported:" in item, kind


def test_it_says_what_a_sample_is(help_text):
    assert 'A sample is "n=…" or a number with what was counted' in help_text
    assert '"Handlowcy mówią, że klientki pytają o raty 0%" is reported' in help_text
    assert "an opinion that rests on research with customers" in help_text
