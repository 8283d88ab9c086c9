"""A source's `type` naming research of a kind the list does not have (`observation`, `diary study`, `usability
test`, `contextual inquiry`; `obserwacja`, `test użyteczności`) is told to be `type: other` with the method
named in `note:` (session 38, tester41's M3): the error listed the 8 types and nothing else, so a good
persona's author was left to guess. A typo still gets its "did you mean", an assumption its own advice."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)

PRIYA = """\
kind: persona
id: priya-nurse
name: Priya Sharma
lang: en
goals:
  - text: Cut data entry per asthma review from 6 minutes to 2 by importing peak-flow readings
    sources: [nurse-research-2025]
sources:
  - id: nurse-research-2025
    type: {type}
    date: 2025-10-14
    n: 6
"""

EWA = """\
kind: persona
id: ewa-pielegniarka
name: Ewa Nowak
goals:
  - text: Skrócić wpisywanie pomiarów PEF z 6 do 2 minut na wizytę
    sources: [badanie-2025]
sources:
  - id: badanie-2025
    type: {type}
    date: 2025-10-14
    n: 6
"""

TYPES = "'interview', 'survey', 'analytics', 'focus-group', 'sales-data', 'support', 'desk-research' or 'other'"


def schema(findings: list[dict]) -> list[tuple[int, str]]:
    return [(f["line"], f["message"]) for f in findings if f["code"] == "CX002"]


@pytest.mark.parametrize("method", ["observation", "diary study", "usability test", "contextual inquiry"])
def test_a_method_the_list_lacks_is_told_to_be_other_with_a_note_s38(ws: Path, method: str) -> None:
    (ws / "p.yaml").write_text(PRIYA.format(type=method), encoding="utf-8")
    assert schema(lint("p.yaml")[1]) == [(10, (
        f"'sources[nurse-research-2025].type' must be one of {TYPES}, not '{method}'; for research of another kind "
        f"write `type: other` and name the method in `note:` (`note: {method}`)"))]
    # and as told, the persona fits
    (ws / "p.yaml").write_text(PRIYA.format(type="other") + f"    note: {method}\n", encoding="utf-8")
    assert schema(lint("p.yaml")[1]) == []


def test_in_a_polish_workspace_the_hint_is_polish_with_the_authors_word_s38(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "p.yaml").write_text(EWA.format(type="test użyteczności"), encoding="utf-8")
    [(line, message)] = schema(lint("p.yaml")[1])
    assert line == 9
    assert message.endswith("a ma „test użyteczności”; badanie innego rodzaju zapisz jako `type: other`, a metodę "
                            "nazwij w `note:` (`note: test użyteczności`)"), message


def test_a_typo_and_an_assumption_keep_their_own_advice_s38(ws: Path) -> None:
    (ws / "p.yaml").write_text(PRIYA.format(type="intervew"), encoding="utf-8")
    [(_line, message)] = schema(lint("p.yaml")[1])
    assert message.endswith("not 'intervew'; did you mean 'interview'?")
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "p.yaml").write_text(EWA.format(type="hipoteza"), encoding="utf-8")
    [(_line, message)] = schema(lint("p.yaml")[1])
    assert "założenie nie jest źródłem" in message and "type: other" not in message


def test_an_odd_value_gets_the_hint_without_repeating_it_s38(ws: Path) -> None:
    # A value that is no short plain phrase is not echoed into an example.
    (ws / "p.yaml").write_text(PRIYA.format(type="'see `research/2025` folder, 14 sessions with nurses and GPs in Leicester'"),
                               encoding="utf-8")
    [(_line, message)] = schema(lint("p.yaml")[1])
    assert message.endswith("write `type: other` and name the method in `note:`")
