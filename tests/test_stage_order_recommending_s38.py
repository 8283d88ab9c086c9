"""stage-out-of-order (CX411): "Recommending", the customer recommending you, is advocacy, late wherever it
stands, as "Advocacy" and "Polecanie" are (session 38).  "Recommending" and "Recommendation" stem alike
("recomme"), so "Recommending" first was read as a referral that opens a referred customer's journey and
`recommending` then `awareness` gave no finding.  A recommendation (someone recommended cxkit's user to the
customer) may still open a journey, as "Referral" and "Polecenie" may."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)


def journey(ws: Path, *stages: tuple[str, str]) -> list[dict]:
    body = "".join(f"  - id: {i}\n    name: {n}\n" for i, n in stages)
    (ws / "j.yaml").write_text(f"kind: journey\nid: dan-invoicing\nname: Dan moves his invoicing\npersona: dan\n"
                               f"stages:\n{body}", encoding="utf-8")
    return lint("--select", "CX411", "j.yaml")[1]


@pytest.mark.parametrize("stages", [
    (("recommending", "Recommending"), ("awareness", "Awareness")),
    (("tells-others", "Recommending"), ("forum-thread", "Awareness")),
    (("recommends", "Recommends"), ("discovery", "Discovery")),
    (("purchase", "Purchase"), ("recommending", "Recommending"), ("awareness", "Awareness")),
    (("polecanie", "Polecanie"), ("swiadomosc", "Świadomość")),
])
def test_recommending_then_an_early_stage_is_out_of_order_s38(ws: Path, stages) -> None:
    found = journey(ws, *stages)
    assert [(f["line"], f["code"]) for f in found] == [(6 + 2 * (len(stages) - 1), "CX411")]
    assert found[0]["message"].startswith(f"stage '{stages[-1][0]}' is an early stage (awareness, discovery) "
                                          f"after '{stages[-2][0]}', a late one")


@pytest.mark.parametrize("stages", [
    (("recommendation", "Recommendation"), ("awareness", "Awareness"), ("purchase", "Purchase")),
    (("referral", "Recommendations from other installers"), ("discovery", "Discovery")),
    (("recommendations", "Recommendations"), ("discovery", "Discovery")),
    (("polecenie", "Polecenie"), ("odkrywanie", "Odkrywanie")),
    (("awareness", "Awareness"), ("purchase", "Purchase"), ("recommending", "Recommending")),
])
def test_a_recommendation_that_opens_the_journey_is_in_order_s38(ws: Path, stages) -> None:
    assert journey(ws, *stages) == []
