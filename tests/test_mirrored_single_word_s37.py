"""mirrored-negative-persona (CX204): a one-word denial of who the person is ("Nie jest oszczędny") denies a
trait's clause that is that very word, not one that only shares its first seven letters (s37, review of
4b5504b7).

A stem keeps seven letters, so "oszczędny" and "oszczędności", "analityczny" and "analityka", "analytical"
and "analytics" stem alike: "Nie jest oszczędny" and "Nie jest analityczny" made a negative persona the mirror
of one whose traits are "Oszczędności: 40 tys. zł na lokacie w ING" and "Analityka: co poniedziałek sprawdza
raport GA4", which say what she has and does, not who she is. The word and its other forms still deny
("oszczędna", "melomanka" for "melomanem")."""

from __future__ import annotations

from pathlib import Path

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)

MARTA = """\
kind: persona
id: marta-ksiegowa
name: Marta Zielińska
lang: pl
demographics: {{age: 41, location: "Gdynia, Orłowo"}}
behaviours:
  - "{first}"
  - "{second}"
  - Zamyka miesiąc u 12 klientów przed 10. dniem miesiąca
"""

DANA = """\
kind: persona
id: dana-hughes
name: Dana Hughes
lang: en
demographics: {{age: 41, location: "Leeds, Headingley"}}
behaviours:
  - "{first}"
  - "{second}"
  - Closes the books of 12 clients by the 10th of each month
"""


def mirrors(ws: Path, persona: str, lang: str, *reasons: str) -> list[str]:
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (ws / "p.yaml").write_text(persona, encoding="utf-8")
    items = "".join(f"  - {r}\n" for r in reasons)
    (ws / "n.yaml").write_text(f"kind: negative-persona\nid: nie-klient\nname: Nie-klient\nlang: {lang}\n"
                               f"reasons:\n{items}", encoding="utf-8")
    return [f["message"] for f in lint("--select", "CX204", ".")[1]]


def test_a_word_that_only_begins_alike_is_no_mirror_s37(ws: Path) -> None:
    persona = MARTA.format(first="Oszczędności: 40 tys. zł na lokacie w ING, dopłaca 500 zł miesięcznie",
                           second="Analityka: co poniedziałek sprawdza raport GA4 sklepu męża")
    assert mirrors(ws, persona, "pl", "Nie jest oszczędny", "Nie jest analityczny", "Nie jest domatorem") == []


def test_an_english_word_that_only_begins_alike_is_no_mirror_s37(ws: Path) -> None:
    # "thrifty" is denied (one reason of three, no mirror); "analytical" is not "Analytics"
    persona = DANA.format(first="Analytics: checks the shop's GA4 report every Monday",
                          second="Calm temperament, thrifty")
    assert mirrors(ws, persona, "en", "Is not analytical", "Is not thrifty", "Is not a homebody") == []


def test_the_word_in_another_form_still_mirrors_s37(ws: Path) -> None:
    persona = MARTA.format(first="Melomanka, chodzi do Filharmonii Bałtyckiej co miesiąc",
                           second="Ma spokojne usposobienie, jest oszczędna")
    found = mirrors(ws, persona, "pl", "Nie jest melomanem", "Nie jest oszczędna", "Nie jest domatorem")
    assert len(found) == 1 and "2 z 3 powodów" in found[0], found


def test_an_english_word_still_mirrors_s37(ws: Path) -> None:
    persona = DANA.format(first="Analytical, checks the shop's GA4 report every Monday",
                          second="Calm temperament, thrifty")
    found = mirrors(ws, persona, "en", "Is not analytical", "Is not thrifty", "Is not a homebody")
    assert len(found) == 1 and "2 of its 3 reasons" in found[0], found
