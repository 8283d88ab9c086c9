"""What the docs say of render's headings and of a negative persona's `reasons` is what cxkit does
(review18 R18-8, session 25).

docs/render.md said "the headings name no sector" while a negative persona's card still reads
*Kupi, jeśli* / *Would buy if* (the heading of `purchase_triggers`, kept so it names its field);
docs/format.md described `reasons` as "why this person is not a customer".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cxkit.render.labels import _EN, _PL

DOCS = Path(__file__).parent.parent / "docs"


def prose(name: str) -> str:
    return " ".join((DOCS / name).read_text(encoding="utf-8").split())


@pytest.mark.parametrize("labels", [_PL, _EN], ids=["pl", "en"])
def test_render_docs_name_every_heading_that_speaks_of_buying(labels):
    buying = sorted(v for v in labels.values() if re.search(r"kupi|\bbuy", v, re.IGNORECASE))
    assert buying, "the purchase_triggers heading"
    doc = prose("render.md")
    assert [v for v in buying if f"*{v}*" not in doc] == []
    assert "The headings name no sector" not in doc


def test_the_format_docs_describe_reasons_without_a_customer():
    row = next(line for line in (DOCS / "format.md").read_text(encoding="utf-8").splitlines()
               if line.startswith("| `reasons`"))
    assert "customer" not in row and "audience" in row
