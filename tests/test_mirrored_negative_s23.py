"""A negative persona that only mirrors a persona (tester10 F-H5): mirrored-negative-persona
(CX204) reports it when two reasons or more deny that persona's traits and at least half of the
reasons deny or repeat them; denials that say what the person does instead are no mirror."""

from __future__ import annotations

from mirrored_helpers import ANTY_PAWEL as MIRROR_PL
from mirrored_helpers import NOT_PRIYA as MIRROR_EN
from mirrored_helpers import PAWEL_AUDIOFIL as PAWEL
from mirrored_helpers import PRIYA_OPS as PRIYA
from rule_helpers import pos, run, where

RESEARCHED_PL = """\
kind: negative-persona
id: okazjonalny-sluchacz
name: Okazjonalny słuchacz
lang: pl
reasons:
  - Nie czyta recenzji; kupuje to, co poleci sprzedawca w Media Markt w dniu zakupu
  - Słucha tylko z głośnika telefonu; słuchawki za 1 500 zł to dla niego absurd
  - Nie kupuje słuchawek otwartych, bo dzieli pokój z bratem i potrzebuje wygłuszenia
  - Płaci BLIK-iem
sources:
  - {id: wywiady, type: interview, date: 2026-10-01, n: 9}
"""

RESEARCHED_EN = """\
kind: negative-persona
id: spreadsheet-loyalist
name: Spreadsheet loyalist
lang: en
reasons:
  - Doesn't read reviews on G2; a shared Excel file does the job and costs nothing
  - Won't pay per seat for 40 warehouse staff who log in twice a month
  - Never books a demo with vendors
sources:
  - {id: interviews, type: interview, date: 2026-10-01, n: 11}
"""


def test_a_polish_negative_persona_that_mirrors_a_persona_is_reported_at_its_id(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/pawel.yaml": PAWEL, "personas/anty.yaml": MIRROR_PL},
                "mirrored-negative-persona")
    assert [where(f) for f in found] == [("personas/anty.yaml", *pos(MIRROR_PL, "anty-pawel"))]
    assert found[0].message == (
        "negative persona 'anty-pawel' mirrors persona 'pawel-audiofil' (personas/pawel.yaml): 3 of its 4 reasons "
        "deny or repeat its traits ('Nie kupuje słuchawek otwartych do 2 500 zł' against 'Kupić słuchawki otwarte do "
        "2 500 zł, które zagrają z FiiO K7'); say from research why this person does not buy or use it: price, a substitute, "
        "too complicated, impulse buying, what makes them quit"
    )


def test_an_english_negative_persona_that_mirrors_a_persona_is_reported(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/priya.yaml": PRIYA, "personas/not.yaml": MIRROR_EN},
                "mirrored-negative-persona")
    assert [where(f) for f in found] == [("personas/not.yaml", *pos(MIRROR_EN, "not-priya"))]
    assert "mirrors persona 'priya-ops'" in found[0].message and "3 of its 4 reasons" in found[0].message


def test_researched_denials_with_their_own_reasons_are_no_mirror(tmp_path, monkeypatch):
    files = {"personas/pawel.yaml": PAWEL, "personas/okaz.yaml": RESEARCHED_PL,
             "personas/priya.yaml": PRIYA, "personas/loyal.yaml": RESEARCHED_EN}
    assert run(tmp_path, monkeypatch, files, "mirrored-negative-persona") == []


def test_fewer_than_half_mirrored_reasons_is_no_mirror(tmp_path, monkeypatch):
    more = MIRROR_PL.replace("  - Płaci BLIK-iem\n", "  - Płaci BLIK-iem\n"
                             "  - Słuchawki za 1 500 zł to dla niego absurd; słucha z głośnika telefonu\n"
                             "  - Kupuje słuchawki w Biedronce przy kasie za 49 zł\n"
                             "  - Sprzęt grający wybiera za niego syn\n")
    found = run(tmp_path, monkeypatch, {"personas/pawel.yaml": PAWEL, "personas/anty.yaml": more},
                "mirrored-negative-persona")
    assert found == []


def test_one_denial_alone_is_no_mirror(tmp_path, monkeypatch):
    one = MIRROR_PL.replace("  - Nie czyta działu Słuchawki na forum Audiostereo\n", "")
    found = run(tmp_path, monkeypatch, {"personas/pawel.yaml": PAWEL, "personas/anty.yaml": one},
                "mirrored-negative-persona")
    assert found == []
