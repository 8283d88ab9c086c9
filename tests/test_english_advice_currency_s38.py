"""English advice speaks of money as an English workspace does (tester41 L13): the pseudo-profiling
example for "values quality" named a price in euros, while every other English example uses pounds."""

from __future__ import annotations

import json
import re

from conftest import enter_workspace, run_cli

from cxkit.lint.vague import load_lexicon

PERSONA = """kind: persona
id: priya
name: Priya Shah
demographics:
  age: 41
  location: Leeds, Headingley
goals:
  - Values quality
"""


def test_english_quality_advice_prices_in_pounds_s38(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "en"\n', today="2026-12-01",
                    files={"personas/priya.yaml": PERSONA})
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", "--select", "pseudo-profiling").stdout)
    said = [f["message"] for f in found if f["line"] == 8]
    assert len(said) == 1, found
    assert "Moccamaster" in said[0] and "£" in said[0] and "€" not in said[0], said[0]


def test_no_english_hint_names_euros_s38():
    hints = [e.hint for e in load_lexicon().entries if e.lang == "en"]
    assert hints and not [h for h in hints if "€" in h]
    # The Polish hints keep their złoty; no English hint prices in zł either.
    assert not [h for h in hints if re.search(r"\bzł\b", h)]
