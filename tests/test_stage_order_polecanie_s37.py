"""stage-out-of-order (CX411): "Polecanie", the advocacy stage of cxkit's Polish template, is late wherever it
stands, as "Advocacy" is (session 37, tester39's L7). Before, `polecanie` then `swiadomosc` gave no finding
while `advocacy` then `awareness` did: "polecanie" was read as a referral that opens a referred customer's
journey. A referral (someone sent the customer: "Polecenie", "Rekomendacja", "Referral") still may."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)


def journey(ws: Path, *stages: str) -> list[dict]:
    body = "".join(f"  - id: {s}\n    name: {s.capitalize()}\n" for s in stages)
    (ws / "j.yaml").write_text(f"kind: journey\nid: ola-kupuje\nname: Ola kupuje\npersona: ola\nstages:\n{body}",
                               encoding="utf-8")
    return lint("--select", "CX411", "j.yaml")[1]


@pytest.mark.parametrize("stages", [
    ("polecanie", "swiadomosc"), ("advocacy", "awareness"), ("zakup", "polecanie", "odkrywanie"),
    ("lojalnosc", "polecanie", "swiadomosc"),
])
def test_advocacy_then_an_early_stage_is_out_of_order_s37(ws: Path, stages: tuple[str, ...]) -> None:
    found = journey(ws, *stages)
    assert [(f["line"], f["code"]) for f in found] == [(6 + 2 * (len(stages) - 1), "CX411")]
    assert found[0]["message"].startswith(f"stage '{stages[-1]}' is an early stage (awareness, discovery) after "
                                          f"'{stages[-2]}', a late one")


@pytest.mark.parametrize("stages", [
    ("polecenie", "odkrywanie", "zakup"), ("rekomendacja", "swiadomosc", "zakup"), ("referral", "discovery"),
    ("recommendation", "awareness"), ("swiadomosc", "zakup", "polecanie"),
])
def test_a_referral_that_opens_the_journey_is_in_order_s37(ws: Path, stages: tuple[str, ...]) -> None:
    assert journey(ws, *stages) == []
