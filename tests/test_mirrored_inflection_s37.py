"""mirrored-negative-persona (CX204) reads a Polish denial in other forms of the trait's words (session 37,
tester39's M3): "Nie ceni sobie dobrej jakości dźwięku oraz doskonałych wrażeń słuchowych" denies "Ceni
sobie dobrą jakość dźwięku oraz doskonałe wrażenia słuchowe" ("słuchowych" and "słuchowe" stem apart), and a
one-word denial of who the person is ("Nie jest melomanem", "Nie jest oszczędny") denies a trait's clause
that is that word alone ("Meloman, …", "…, jest oszczędny"). A reason that denies something else is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)

# Jan from the seed articles' headphone shop persona.
JAN = """\
kind: persona
id: jan-kowalski
name: Jan Kowalski
demographics:
  age: 35
  location: Warszawa
  occupation: programista w branży IT
psychographics:
  values:
    - Jest analityczny, bardzo wnikliwy
    - Ceni sobie dobrą jakość dźwięku oraz doskonałe wrażenia słuchowe
    - Ma spokojne usposobienie, jest oszczędny
  lifestyle:
    - Meloman, lubi późnymi wieczorami słuchać muzyki klasycznej, elektronicznej i new jazzu
    - Słucha podcastów o tematyce technologicznej
goals:
  - Chce zakupić wysokiej klasy słuchawki do smartfona
"""

DAN = """\
kind: persona
id: dan-okafor
name: Dan Okafor
psychographics:
  values:
    - Calm temperament, thrifty
  lifestyle:
    - Music lover, listens to jazz records late in the evening
    - Listens to podcasts about small-business tax every Monday
goals:
  - Buy wireless headphones for his phone
"""

#: A reason that denies Jan's habit in its own words: one denial, no mirror alone.
PODCASTS_PL = "Nie słucha podcastów o tematyce technologicznej"
PODCASTS_EN = "Does not listen to podcasts about small-business tax"


def negative(ws: Path, *reasons: str) -> list[dict]:
    items = "".join(f"  - {r}\n" for r in reasons)
    (ws / "personas" / "nie-klient.yaml").write_text(
        f"kind: negative-persona\nid: nie-klient\nname: Nie-klient\nreasons:\n{items}", encoding="utf-8")
    return [f for f in lint("--select", "CX204", "personas")[1]]


@pytest.fixture
def pl(ws: Path) -> Path:
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "personas").mkdir()
    (ws / "personas" / "jan.yaml").write_text(JAN, encoding="utf-8")
    return ws


@pytest.fixture
def en(ws: Path) -> Path:
    (ws / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (ws / "personas").mkdir()
    (ws / "personas" / "dan.yaml").write_text(DAN, encoding="utf-8")
    return ws


@pytest.mark.parametrize(("reason", "trait"), [
    ("Nie ceni sobie dobrej jakości dźwięku oraz doskonałych wrażeń słuchowych",
     "Ceni sobie dobrą jakość dźwięku oraz doskonałe wrażenia słuchowe"),
    ("Nie jest melomanem", "Meloman, lubi późnymi wieczorami słuchać muzyki klasycznej, elektronicznej i new jazzu"),
    ("Nie jest oszczędny", "Ma spokojne usposobienie, jest oszczędny"),
    ("Nie jest analityczny", "Jest analityczny, bardzo wnikliwy"),
])
def test_a_polish_denial_in_other_forms_mirrors_the_trait_s37(pl: Path, reason: str, trait: str) -> None:
    found = negative(pl, reason, PODCASTS_PL)
    assert [(f["path"], f["line"], f["code"]) for f in found] == [("personas/nie-klient.yaml", 2, "CX204")]
    assert found[0]["message"].startswith("persona negatywna „nie-klient” jest lustrzanym odbiciem persony „jan-kowalski”")
    assert f"(„{reason}” wobec „{trait}”)" in found[0]["message"]


@pytest.mark.parametrize("reason", [
    "Nie jest audiofilem",  # a word no trait has
    "Nie jest oszczędny w podróżach",  # narrower than "jest oszczędny": says where
    "Nie ceni sobie ciszy w domu",
    "Nie słucha muzyki na słuchawkach",  # "słuchawki" is no form of "słuchać"
    "Nie jest spokojny",  # the clause is "Ma spokojne usposobienie", more than the one word
    "Nie lubi jazzu na winylu",
    "Nie jest programistą Javy",  # narrower than the occupation
])
def test_a_polish_reason_denying_something_else_is_no_mirror_s37(pl: Path, reason: str) -> None:
    assert negative(pl, reason, PODCASTS_PL) == []


@pytest.mark.parametrize(("reason", "trait"), [
    ("Is not a music lover", "Music lover, listens to jazz records late in the evening"),
    ("Is not thrifty", "Calm temperament, thrifty"),
])
def test_an_english_denial_mirrors_the_trait_s37(en: Path, reason: str, trait: str) -> None:
    found = negative(en, reason, PODCASTS_EN)
    assert [f["code"] for f in found] == ["CX204"]
    assert f"('{reason}' against '{trait}')" in found[0]["message"]


@pytest.mark.parametrize("reason", ["Is not calm", "Is not a jazz musician", "Is not thrifty with gadgets"])
def test_an_english_reason_denying_something_else_is_no_mirror_s37(en: Path, reason: str) -> None:
    assert negative(en, reason, PODCASTS_EN) == []
