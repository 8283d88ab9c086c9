"""stage-out-of-order (CX411): after 3fe8d9e6 (session 38) told "Recommending" (advocacy) from "Recommendation"
(a referral that may open a journey) by the English noun written out, two neighbours were left (review88):

- "Recommended" first (the customer was recommended to cxkit's user: a referral) became late and was reported
  before "Awareness"; it was quiet before 3fe8d9e6 and may open a referred customer's journey, as
  "Recommendation" may.
- Polish "Rekomendowanie" (the customer recommending you: advocacy, as "Polecanie") stems as "Rekomendacja"
  does ("rekomen"), so "Rekomendowanie" then "Świadomość" gave no finding; it is late wherever it stands.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)
from test_stage_order_recommending_s38 import journey


@pytest.mark.parametrize("stages", [
    (("rekomendowanie", "Rekomendowanie"), ("swiadomosc", "Świadomość")),
    (("rekomendowanie", "Rekomendowanie"), ("odkrywanie", "Odkrywanie"), ("zakup", "Zakup")),
    (("zakup", "Zakup"), ("rekomendowanie", "Rekomendowanie"), ("swiadomosc", "Świadomość")),
])
def test_rekomendowanie_then_an_early_stage_is_out_of_order_s38(ws: Path, stages) -> None:
    found = journey(ws, *stages)
    early = next(i for i, (_, name) in enumerate(stages) if name in ("Świadomość", "Odkrywanie"))
    assert [(f["line"], f["code"]) for f in found] == [(6 + 2 * early, "CX411")]
    assert found[0]["message"].startswith(f"stage '{stages[early][0]}' is an early stage")


@pytest.mark.parametrize("stages", [
    (("recommended", "Recommended"), ("awareness", "Awareness"), ("purchase", "Purchase")),
    (("rekomendacja", "Rekomendacja"), ("swiadomosc", "Świadomość"), ("zakup", "Zakup")),
    (("rekomendacje", "Rekomendacje"), ("odkrywanie", "Odkrywanie")),
    (("swiadomosc", "Świadomość"), ("zakup", "Zakup"), ("rekomendowanie", "Rekomendowanie")),
])
def test_a_referral_that_opens_the_journey_is_in_order_s38(ws: Path, stages) -> None:
    assert journey(ws, *stages) == []
