"""`feel:` and `touch:` in a journey's stage are told `feeling` and `touchpoints` again.

The stricter spelling rule (a key is told a field by its spelling only when it is that field
misspelt) stopped suggesting them, so a stage written from memory got only the `x-` advice. The
table of other words names them now, with their Polish look-alikes (`uczucie`, `punkt styku`)."""

from __future__ import annotations

import pytest

from test_stage_field_spelling_s31 import _unknown


@pytest.mark.parametrize(("key", "field"), [
    ("feel", "feeling"),
    ("Feel", "feeling"),
    ("feels", "feeling"),
    ("touch", "touchpoints"),
    ("Touch", "touchpoints"),
    ("touches", "touchpoints"),
    ("uczucie", "feeling"),
    ("odczucia", "feeling"),
    ("punkt_styku", "touchpoints"),
    ("punkt kontaktu", "touchpoints"),
])
def test_feel_and_touch_are_told_their_field(key: str, field: str, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    assert f"unknown field '{key}' in 'stages[polecenie]'; did you mean '{field}'?" in _unknown(key, tmp_path)


@pytest.mark.parametrize("key", ["feedback", "touchdown"])
def test_words_that_only_start_alike_get_the_x_advice(key: str, tmp_path) -> None:
    """Guard: the table names whole words, not their beginnings."""
    assert _unknown(key, tmp_path) == (f"unknown field '{key}' in 'stages[polecenie]' "
                                       "(put your own data under a key that starts with 'x-')")
