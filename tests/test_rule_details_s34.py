"""`cxkit rule pseudo-profiling` had one 2,211-word Details paragraph: no reader could find the part
they needed.  Its details now come in short parts, each opening with what it is about, and
`cxkit rule` leaves a blank line between parts."""

from __future__ import annotations

from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.docs import parse_rule_doc
from cxkit.lint.rules.profiling import PseudoProfiling


def _details(name: str) -> str:
    result = CliRunner().invoke(app, ["rule", name], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    return result.stdout.split("\nDetails:\n", 1)[1].split("\nOptions (", 1)[0]


def test_pseudo_profiling_details_come_in_short_parts() -> None:
    parts = parse_rule_doc(PseudoProfiling).body.split("\n\n")
    assert len(parts) >= 10
    assert max(len(part.split()) for part in parts) <= 250
    leads = [part.split(":", 1)[0] for part in parts]
    for lead in ("What is reported", "What makes a trait specific", "A frequency", "Denials",
                 "The summary and the quote", "Demographics, one finding each"):
        assert lead in leads, lead


def test_cxkit_rule_leaves_a_blank_line_between_the_parts() -> None:
    details = _details("pseudo-profiling")
    chunks = [chunk for chunk in details.strip("\n").split("\n\n")]
    assert len(chunks) == len(parse_rule_doc(PseudoProfiling).body.split("\n\n"))
    assert chunks[0].startswith("  What is reported: every trait built on a phrase")
    assert any(chunk.startswith("  A frequency: \"raz w tygodniu\"") for chunk in chunks)
    assert all(len(line) <= 98 for line in details.splitlines())


def test_nothing_of_the_old_details_is_lost() -> None:
    """Every example the details quoted before the split is quoted still (Polish and English)."""
    body = parse_rule_doc(PseudoProfiling).body
    for example in ('"dba o zdrowie"', '"values quality"', '"Nie korzysta z internetu"',
                    '"Doesn\'t use the internet"', '"Magister farmacji, UM Lublin"', '"(Mintel 2025)"',
                    '"Kupuje tanie leki na nadciśnienie"', '"mentions Olena from the herbal shop"'):
        assert example in body, example
    assert "`extend`" in body and "`allow`" in body and "`max-age-span`" in body and "`vague-share`" in body
