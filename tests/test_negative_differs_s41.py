"""A negative persona whose denials say something else than the persona's traits is no mirror, beside filler too
(review119, session 41: guards of bb65115e's genitive forms, "any"/"żadnych" and filler counted apart).

"Nie kupuje mebli na raty" beside the persona's "Kupuje meble za gotówkę w salonie" shares the verb and the
furniture (in the genitive) but denies the instalments, which the persona never had: a reason of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_cli_helpers import ws  # noqa: F401  (the fixture)
from test_tester48_negative_s41 import AMY, OLA, mirrors


@pytest.mark.parametrize(("lang", "persona", "reasons"), [
    ("pl", OLA.format(first="Kupuje meble za gotówkę w salonie", second="Ma ogródek przy domu w Wilanowie"),
     ("Nie kupuje mebli na raty", "Nie ma ogródka ani balkonu, mieszka w kawalerce", "Nie nasz target",
      "Brak zainteresowania")),
    ("pl", OLA.format(first="Kupuje meble za gotówkę w salonie", second="Zamawia próbki tkanin przed zakupem sofy"),
     ("Nie kupuje żadnych mebli na raty", "Nie zamawia próbek tapet", "Nie jest zainteresowana naszą ofertą")),
    ("en", AMY.format(first="Pays cash for furniture in the showroom", second="Orders fabric swatches before buying"),
     ("Doesn't buy any furniture on credit", "Never orders wallpaper samples", "Not our target group",
      "Lack of interest")),
])
def test_denials_of_something_else_beside_filler_are_no_mirror_s41(ws: Path, lang, persona, reasons) -> None:
    assert mirrors(ws, persona, lang, *reasons) == []


def test_one_mirror_beside_a_denial_of_something_else_and_filler_is_no_mirror_s41(ws: Path) -> None:
    # One of the two reasons that say why mirrors: not more than half; the filler is not counted either way.
    persona = OLA.format(first="Kupuje meble za gotówkę w salonie",
                         second="Czyta opinie na Ceneo przed każdym zakupem mebli")
    assert mirrors(ws, persona, "pl", "Nie kupuje mebli na raty", "Nie czyta opinii na Ceneo przed zakupem mebli",
                   "Nie nasz target") == []
