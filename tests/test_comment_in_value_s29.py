"""Text after ` #` in an unquoted value is a YAML comment, and lost: `comment-in-value` (CX007) says so at
the `#` when it reads as content (a hashtag, a ticket number, an interview code), with the value to write
in quotes (session 29).

Before, `quote: Zamówiłam sofę #2 bo pierwsza nie weszła` kept "Zamówiłam sofę", `thinking: #W07 …` was
empty and `- Sofa nie przechodzi … #W07 #W09` lost its codes, all without a word.  Ordinary comments
(`key: value  # note`), the comments `cxkit new` writes and the examples stay clean.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

PERSONA_PL = """\
# Persona z badania "Zakup mebli tapicerowanych online", listopad 2026.
kind: persona
id: kasia-urzadza-mieszkanie
name: "Kasia Wrona"
lang: pl
owner: "Zespół UX Research (Agnieszka Kowalczyk)"  # opiekunka persony
summary: "Kasia urządza pierwsze własne mieszkanie (48 m2) i kupuje meble stopniowo, pokój po pokoju."
goals:
  - text: "Mieć skończony salon przed świętami"
    sources: [wywiady]  # W01-W09
pain_points:
  - text: {pain}
    sources: [wywiady]
quote: {quote}
sources:
  - id: wywiady  # 14 IDI
    type: interview
    date: 2026-11-12
    n: 14
reviewed: 2026-12-06
"""

JOURNEY_EN = """\
kind: journey
id: tomasz-orders-for-an-office
name: "Tomasz orders for an office"
lang: en
owner: "B2B team (Piotr Mazur)"
persona: tomasz-b2b
goal: "Thirty chairs in the new office before the lease starts"
reviewed: 2026-12-04
stages:
  - id: consideration
    name: Consideration
    touchpoints:
      - channel: sales call
        description: "Call with the B2B account manager"
    doing: "Compares three offers in a spreadsheet"
    thinking: {thinking}
    feeling: "Unsure, a bit rushed"
    emotion: -1  # W11
    barriers:
      - {barrier}
"""


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, *args: str) -> list[dict]:
    (tmp_path / "cxkit.toml").write_text("")
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", *args, name])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def ours(findings: list[dict]) -> list[tuple[int, int, str]]:
    return [(f["line"], f["column"], f["message"]) for f in findings if f["code"] == "CX007"]


def persona(pain: str = '"Sofa nie zmieściła się na klatkę"', quote: str = '"Na zdjęciu była szara."') -> str:
    return PERSONA_PL.format(pain=pain, quote=quote)


def journey(thinking: str = '"Will it arrive on time?"', barrier: str = '"No delivery date on the quote"') -> str:
    return JOURNEY_EN.format(thinking=thinking, barrier=barrier)


def test_text_after_a_hash_in_a_polish_quote_is_reported_at_the_hash(tmp_path, monkeypatch):
    found = ours(lint(tmp_path, monkeypatch, "kasia.yaml", persona(quote="Zamówiłam sofę #2 bo pierwsza nie weszła")))
    assert found == [(14, 23, (
        "'#2 bo pierwsza nie weszła' is a YAML comment (' #' starts one in a value without quotes), so the value "
        "ends before it ('Zamówiłam sofę'); if it belongs to the value, put the whole value in quotes: "
        'quote: "Zamówiłam sofę #2 bo pierwsza nie weszła"'
    ))]


def test_interview_codes_after_a_trait_in_a_list_item_are_reported(tmp_path, monkeypatch):
    found = ours(lint(tmp_path, monkeypatch, "kasia.yaml", persona(pain="Sofa nie przechodzi przez zakręt klatki #W07 #W09")))
    assert len(found) == 1
    line, column, message = found[0]
    assert (line, column) == (12, 51)
    assert message.endswith('put the whole value in quotes: - text: "Sofa nie przechodzi przez zakręt klatki #W07 #W09"')
    assert "'#W07 #W09' is a YAML comment" in message


def test_a_value_empty_only_because_of_the_comment_is_told_so(tmp_path, monkeypatch):
    found = ours(lint(tmp_path, monkeypatch, "tomasz.yaml", journey(thinking="#4411 Is the invoice address right?")))
    assert found == [(16, 15, (
        "`thinking` is empty: '#4411 Is the invoice address right?' is a YAML comment (' #' starts one in a value "
        'without quotes), not the value; if it is the value, put it in quotes: thinking: "#4411 Is the invoice address right?"'
    ))]


def test_an_empty_list_item_names_the_hash_beside_the_schema_error(tmp_path, monkeypatch):
    findings = lint(tmp_path, monkeypatch, "tomasz.yaml", journey(barrier="#wniesienie no lift in the building"))
    assert [(f["line"], f["code"]) for f in findings if f["code"] != "CX004"] == [(20, "CX002"), (20, "CX007")]
    assert ours(findings)[0][:2] == (20, 9)
    assert ours(findings)[0][2].startswith("the list item is empty: '#wniesienie no lift in the building' is a YAML comment")
    assert ours(findings)[0][2].endswith(': - "#wniesienie no lift in the building"')


def test_a_value_with_a_double_quote_is_offered_in_single_quotes(tmp_path, monkeypatch):
    found = ours(lint(tmp_path, monkeypatch, "kasia.yaml", persona(quote='Mówi "szara" #W04 o kolorze')))
    assert found[0][2].endswith("""put the whole value in quotes: quote: 'Mówi "szara" #W04 o kolorze'""")


@pytest.mark.parametrize(
    ("pain", "quote"),
    [
        # Ordinary comments: a space after the `#`.
        ("Sofa nie zmieściła się na klatkę  # W07, W09", "Na zdjęciu była szara.  # cytat z W04"),
        # Quoted values keep their `#`.
        ('"Sofa nie przechodzi #W07 #W09"', "'Zamówiłam sofę #2'"),
        # Markers of work and comments that speak to a tool.
        ("Sofa nie zmieściła się  #TODO sprawdzić W07", "Na zdjęciu była szara. #cxkit: disable=placeholder"),
        # A block value holds its `#` as text.
        ('|\n      Sofa nie przechodzi #W07', "Na zdjęciu była szara #W04 # cxkit: disable=comment-in-value"),
    ],
)
def test_ordinary_comments_quoted_values_and_a_suppression_are_not_reported(tmp_path, monkeypatch, pain, quote):
    assert ours(lint(tmp_path, monkeypatch, "kasia.yaml", persona(pain=pain, quote=quote))) == []


def test_a_comment_after_a_number_a_date_an_id_or_a_mapping_key_is_a_note(tmp_path, monkeypatch):
    text = persona().replace("    n: 14\n", "    n: 14 #W01-W14\n").replace("date: 2026-11-12", "date: 2026-11-12 #Q4")
    text = text.replace("  - id: wywiady  # 14 IDI", "  - id: wywiady #IDI").replace("goals:\n", "goals: #cele\n")
    text = text.replace("sources: [wywiady]  # W01-W09", "sources: [wywiady] #W01")
    assert ours(lint(tmp_path, monkeypatch, "kasia.yaml", text)) == []


def test_the_rule_is_selectable_and_can_be_ignored(tmp_path, monkeypatch):
    text = persona(quote="Zamówiłam sofę #2 bo pierwsza nie weszła")
    assert [f["code"] for f in lint(tmp_path, monkeypatch, "kasia.yaml", text, "--select", "comment-in-value")] == ["CX007"]
    assert ours(lint(tmp_path, monkeypatch, "kasia.yaml", text, "--ignore", "CX007")) == []


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_the_documents_cxkit_new_writes_are_clean(tmp_path, monkeypatch, lang):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["init", "--lang", lang]).exit_code == 0
    for args in (["persona", "Ola Nowak"], ["negative-persona", "Jan Zły"], ["journey", "Zakup", "--persona", "ola-nowak"],
                 ["journey", "Serwis", "--stages", "service", "--persona", "ola-nowak"]):
        made = runner.invoke(app, ["new", *args])
        assert made.exit_code == 0, made.output
    result = runner.invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "comment-in-value", "."])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == []


def test_the_examples_are_clean():
    examples = Path(__file__).resolve().parent.parent / "examples"
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "comment-in-value", str(examples)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == []


def test_rules_lists_it_with_its_examples():
    result = CliRunner().invoke(app, ["rule", "comment-in-value"])
    assert result.exit_code == 0
    assert "CX007" in result.output
    assert 'quote: "Zamówiłam sofę #2 bo pierwsza nie weszła na klatkę"' in result.output
