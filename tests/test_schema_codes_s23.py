"""A schema issue says what is wrong as data (code, field, meant) as well as in words, and the code
that acts on issues reads the data, never the message: "one typo, one finding" for a misspelt
required field, the `- Key: value` item, a pasted key left alone by fmt (session 23, RT22-19, RT-16)."""

from __future__ import annotations

from cxkit.model.validate import SchemaIssue, _misspelt_required, validate
from cxkit.yamlio import load_text

JOURNEY = """\
kind: journey
id: zwrot
name: Zwrot butów
persona: ola
stagess:
  - id: post-purchase
    name: Zwrot
    emotion: -1
"""


def _issues(text: str) -> list[SchemaIssue]:
    model, issues = validate(load_text(text).data)
    assert model is None
    return issues


def test_a_misspelt_required_field_is_an_unknown_field_that_means_it():
    [issue] = _issues(JOURNEY)
    assert (issue.path, issue.code, issue.field, issue.meant) == (("stagess",), "unknown_field", "stagess", "stages")
    assert issue.message == "unknown field 'stagess'; did you mean 'stages'?"


def test_a_missing_field_names_it_and_an_unknown_field_beside_its_field_means_nothing():
    issues = _issues(JOURNEY.replace("stagess:", "stages: []\nstagess:"))
    beside = next(i for i in issues if i.path == ("stagess",))
    assert (beside.code, beside.field, beside.meant) == ("unknown_field", "stagess", None)
    assert "which is already there" in beside.message
    [missing] = _issues("kind: persona\nid: ola\n")
    assert (missing.path, missing.code, missing.field) == ((), "missing_field", "name")
    assert missing.message == "missing required field 'name'"


def test_the_merge_reads_the_fields_not_the_words():
    # A reworded (or translated) message keeps "one typo, one finding": the merge matched the English words.
    typo = SchemaIssue(("etapy",), "nieznane pole 'etapy'; czy chodziło o 'stages'?", code="unknown_field",
                       field="etapy", meant="stages")
    missing = SchemaIssue((), "brak wymaganego pola 'stages'", code="missing_field", field="stages")
    other = SchemaIssue((), "brak wymaganego pola 'persona'", code="missing_field", field="persona")
    assert _misspelt_required([missing, other, typo]) == [other, typo]


def test_a_colon_item_and_a_list_written_as_text_carry_their_codes():
    issues = _issues("kind: persona\nid: ola\nname: Ola\ngoals:\n  - Cel: odebrać leki w 24 h\n"
                     "pain_points: Za drogo\n")
    assert sorted(i.code for i in issues) == ["colon_item", "list_type"]
