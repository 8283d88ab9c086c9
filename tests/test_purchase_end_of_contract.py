"""journey-ends-at-purchase: the end of a contract is not its signing."""

from __future__ import annotations

import pytest

from cxkit.lint.rules.journeys import JourneyEndsAtPurchase, _means, _purchase_words
from cxkit.lint.textnorm import phrase_key

JOURNEY = """\
kind: journey
id: acme-leaves-the-platform
name: Acme Logistics leaves the fleet platform
lang: en
persona: ops-manager-dana
stages:
  - id: renewal-notice
    name: Renewal notice
    doing: Reads the 60-day renewal notice and compares it with a competitor's quote
    emotion: -1
  - id: {id}
    name: {name}
    doing: Sends the termination notice and exports 14 months of trip data
    emotion: -2
"""


@pytest.mark.parametrize("stage_id, name", [
    ("contract-termination", "Contract termination"),
    ("contract-terminated", "Contract terminated"),
    ("subscription-terminated", "Subscription terminated"),
    ("wypowiedzenie-umowy", "Wypowiedzenie umowy"),
    ("rezygnacja-z-subskrypcji", "Rezygnacja z subskrypcji"),
])
def test_a_journey_that_ends_with_the_relationship_is_not_told_it_stops_at_the_purchase(tmp_path, stage_id, name):
    from typer.testing import CliRunner

    from cxkit.cli import app

    (tmp_path / "offboarding.yaml").write_text(JOURNEY.format(id=stage_id, name=name), encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--select", "journey-ends-at-purchase", str(tmp_path / "offboarding.yaml")])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("name", ["Contract signed", "Pay at the till", "Zakup w sklepie", "Signs the order form", "Kupno karmy"])
def test_the_purchase_itself_is_still_found(name):
    words = JourneyEndsAtPurchase()._vocabulary()
    assert _means(phrase_key(name), words)


def test_words_of_several_words_are_found_by_their_first_one():
    words = _purchase_words(["order form", "purchase order", "order", "trial to paid"])
    key = phrase_key
    assert words.by_first == {key("order"): [key("order form")], key("purchase"): [key("purchase order")],
                              key("trial"): [key("trial to paid")]}
    assert _means(phrase_key("Purchase order issued"), words)
    assert _means(phrase_key("Order form signed"), words)
    assert not _means(phrase_key("Order history"), words)
