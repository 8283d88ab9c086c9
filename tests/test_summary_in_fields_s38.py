"""DocSummary.in_fields, session 38 (issue #7): the cross-file rules ask which of a document's traits
are in some fields from the fields' codes, without a tuple of field names made for every document of
the workspace (each was kept by Python for reuse, at the peak of a lint run).  The answers are those
of trait_fields, whether the summary keeps its fields as codes or, for a field outside the known
ones, as names."""

from __future__ import annotations

from cxkit.lint.rules.personas import _behaviour_stems
from cxkit.workspace import DocSummary


def _summary_s38(fields: list[str]) -> DocSummary:
    summary = DocSummary("personas/ola.yaml", "persona", "ola", (2, 5))
    summary.set_traits(((f, f"Cecha {k}", 5 + k, 5, f"cech {k}") for k, f in enumerate(fields)), spill=False)
    return summary


def test_in_fields_answers_as_trait_fields_does_s38():
    known = ["goals", "channels", "behaviours", "psychographics.values", "pain_points", "channels"]
    odd = [*known, "custom.notes"]  # a field not among the known ones: the summary keeps the names
    for fields in (known, odd):
        summary = _summary_s38(fields)
        assert isinstance(summary._fields, bytes if fields is known else tuple)
        for names in (frozenset({"channels"}), frozenset({"goals", "behaviours", "pain_points"}), frozenset()):
            assert summary.in_fields(names) == [f in names for f in summary.trait_fields]
    assert _summary_s38([]).in_fields(frozenset({"goals"})) == []


def test_similar_personas_reads_only_goals_behaviours_and_pain_points_s38():
    summary = _summary_s38(["goals", "channels", "behaviours", "psychographics.values", "pain_points"])
    assert _behaviour_stems(summary) == ["cech", "0", "cech", "2", "cech", "4"]
