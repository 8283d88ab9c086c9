"""`cxkit rule unowned-opportunity` and `cxkit rule mirrored-negative-persona`: Details in titled parts.

Each rule's Details were one paragraph of 30-odd lines; they are now parts with a title each, as
pseudo-profiling's are ("What is reported: …", "Clauses: …"), so a reader finds the case they look for.
"""

from __future__ import annotations

import re

import pytest

from conftest import run_cli

PARTS = {
    "unowned-opportunity": ["What is reported", "Owners that name nobody", "Owners that are everyone",
                            "Owners that pass", "Template leftovers", "Your own words"],
    "mirrored-negative-persona": ["What is reported", "Who the persona is", "What is no mirror",
                                  "Traits turned round", "Substitutes and triggers", "Polish negation", "Filler",
                                  "Times and places in other words"],
}


def _details(name: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("COLUMNS", "100")
    result = run_cli("rule", name)
    assert result.exit_code == 0, result.stderr
    details = result.stdout.split("\nDetails:\n", 1)[1].split("\n\nOptions (", 1)[0]
    return [" ".join(part.split()) for part in details.split("\n\n")]


@pytest.mark.parametrize("name", sorted(PARTS))
def test_the_details_come_in_titled_parts(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    parts = _details(name, monkeypatch)
    assert [re.match(r"([A-Z][a-z ]+): [a-z\"(`]", part).group(1) for part in parts] == PARTS[name]
    assert all(len(part) < 1100 for part in parts), [len(p) for p in parts]


def test_the_parts_keep_what_the_rules_said(monkeypatch: pytest.MonkeyPatch) -> None:
    unowned = " ".join(_details("unowned-opportunity", monkeypatch))
    for said in ("`require-due = true`", "(`Zespół e-commerce / Marta Kowalska`)", "\"Kto? Marketing\" passes",
                 "`2207-03-31`", "`Każdy kierownik apteki (we własnej aptece)`", "with `allow` (\"Zespół\""):
        assert said in unowned
    mirrored = " ".join(_details("mirrored-negative-persona", monkeypatch))
    for said in ("(\"Nie ma smartfona\", \"Has no bank account\"): that is a barrier",
                 "A missed mirror costs less than a wrong one here.",
                 "\"Nie mieszka w Gdańsku\" against the location \"Gdańsk, Wrzeszcz\"",
                 "A reason so counted is named in the message beside the denial."):
        assert said in mirrored


def test_pseudo_profilings_parts_are_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    parts = _details("pseudo-profiling", monkeypatch)
    assert parts[0].startswith("What is reported: ") and parts[1].startswith("Clauses: ")
