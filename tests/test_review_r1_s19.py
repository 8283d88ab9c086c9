"""`cxkit review`: the cross-file findings about a document that does not fit the format on one
side are not compared (review1 F9).

lint reads no traits of a document with a `schema` error (a key typo), so it drops out of the
`similar-personas` and `trait-overlap` comparisons on that side.  A typo must not "fix" the pair
its persona was similar in, nor the negative persona's trait it shared, and mending the typo must
not "introduce" them (a trait-overlap is a warning: the mend failed the review).  The rules that
read a document's `id`, `kind` and `persona` as written (duplicate-id, unknown-persona) still see
such a document, and are compared as usual.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo


def persona(ident: str, name: str) -> str:
    return f"""\
kind: persona
id: {ident}
name: {name}
lang: pl
summary: Właścicielka kawiarni w Łodzi, zamawia kawę i mleko co tydzień
goals:
  - Zamawiać ziarno od palarni raz w tygodniu bez dzwonienia
  - Mieć fakturę VAT w systemie księgowym tego samego dnia
behaviours:
  - Zamawia w poniedziałki rano, przed otwarciem lokalu o 8:00
  - Porównuje ceny mleka owsianego w trzech hurtowniach
pain_points:
  - Palarnia potwierdza zamówienie dopiero po telefonie
  - Faktury przychodzą pocztą po dwóch tygodniach
"""


EWA = persona("ewa-kawiarnia", "Ewa Kowalska")
OLA = persona("ola-kawiarnia", "Ola Kowalska")

NEG = """\
kind: negative-persona
id: marek-siec
name: Marek z sieciówki
lang: pl
summary: Kierownik zakupów sieci 40 kawiarni, zamawia centralnie przez przetarg
reasons:
  - Zamawiać ziarno od palarni raz w tygodniu bez dzwonienia
  - Kupuje przez przetarg raz w roku, z ceną ustaloną na 12 miesięcy
"""

EN_PERSONA = """\
kind: persona
id: {ident}
name: {name}
lang: en
summary: Runs a bike repair shop in Leeds and orders parts every week
goals:
  - Order brake pads and chains from one wholesaler without phoning
  - Get the VAT invoice into Xero on the day of the order
behaviours:
  - Orders on Monday mornings before the shop opens at 9:00
  - Compares the price of Shimano chains at three wholesalers
pain_points:
  - The wholesaler confirms an order only after a phone call
  - Invoices arrive by post two weeks later
"""

EN_NEG = """\
kind: negative-persona
id: chain-buyer
name: Chain store buyer
lang: en
summary: Buys parts centrally for 60 bike shops through a yearly tender
reasons:
  - Order brake pads and chains from one wholesaler without phoning
  - Buys through one tender a year at a price fixed for 12 months
"""

#: A key typo: the persona no longer fits the format, so lint reads none of its traits.
TYPO = ("lang: pl\n", "lang: pl\nowenr: Zespół CX (Marta)\n")
EN_TYPO = ("lang: en\n", "lang: en\nownr: CX team (Marta)\n")


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "journeys"]\n')
    monkeypatch.chdir(r.root)
    return r


def review(*args: str) -> tuple[int, dict]:
    result = run_cli("review", "HEAD", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def rules(findings: list[dict], *only: str) -> list[tuple[str, str]]:
    return sorted((f["rule"], f["path"]) for f in findings if not only or f["rule"] in only)


def uncompared(report: dict, *only: str) -> list[tuple[str, str, str]]:
    return sorted((f["side"], f["rule"], f["path"]) for f in report["not_compared_findings"] if f["rule"] in only)


CROSS = ("similar-personas", "trait-overlap")


def linted(rule: str, path: str) -> bool:
    """Whether the branch's own lint still reports ``rule`` on ``path`` (the typo's document is half-valid)."""
    result = run_cli("lint", "--no-cache", "--format", "json")
    return any(f["rule"] == rule and f["path"] == path for f in json.loads(result.stdout))


# --- similar-personas -------------------------------------------------------------

def test_a_key_typo_does_not_fix_the_pair_its_persona_is_similar_in(repo):
    repo.write("personas/ewa-kawiarnia.yaml", EWA)
    repo.write("personas/ola-kawiarnia.yaml", OLA)
    repo.commit("base")
    repo.write("personas/ola-kawiarnia.yaml", OLA.replace(*TYPO))
    code, report = review("--fail-level", "info")
    assert rules(report["introduced"]) == [("schema", "personas/ola-kawiarnia.yaml")]
    assert rules(report["fixed"], *CROSS) == []
    # d217aeb0: a key typo leaves the traits whole, so the pair is compared on both sides and kept
    assert uncompared(report, *CROSS) == [] and linted("similar-personas", "personas/ola-kawiarnia.yaml")
    assert code == 1  # the schema error


def test_a_key_typo_mended_does_not_introduce_the_pair_it_hid(repo):
    repo.write("personas/ewa-kawiarnia.yaml", EWA)
    repo.write("personas/ola-kawiarnia.yaml", OLA.replace(*TYPO))
    repo.commit("base with a typo")
    repo.write("personas/ola-kawiarnia.yaml", OLA)
    code, report = review("--fail-level", "info")
    assert report["introduced"] == []
    assert rules(report["fixed"]) == [("schema", "personas/ola-kawiarnia.yaml")]
    # d217aeb0: a key typo leaves the traits whole, so the pair is compared on both sides and kept
    assert uncompared(report, *CROSS) == [] and linted("similar-personas", "personas/ola-kawiarnia.yaml")
    assert code == 0


def test_a_key_typo_in_the_earlier_persona_of_the_pair_is_not_compared_either(repo):
    # The finding is shown on the later persona (ola) and names the earlier one (ewa), which breaks.
    repo.write("personas/ewa-kawiarnia.yaml", EWA.replace(*TYPO))
    repo.write("personas/ola-kawiarnia.yaml", OLA)
    repo.commit("base with a typo")
    repo.write("personas/ewa-kawiarnia.yaml", EWA)
    code, report = review("--fail-level", "info")
    assert report["introduced"] == [] and code == 0
    # d217aeb0: a key typo leaves the traits whole, so the pair is compared on both sides and kept
    assert uncompared(report, *CROSS) == [] and linted("similar-personas", "personas/ola-kawiarnia.yaml")


def test_a_pair_made_similar_beside_an_unrelated_typo_is_still_introduced(repo):
    # Guard: a persona that fits on both sides is compared as usual, whatever another one breaks.
    repo.write("personas/ewa-kawiarnia.yaml", EWA)
    repo.write("personas/ola-kawiarnia.yaml", persona("ola-kawiarnia", "Ola Kowalska").replace(
        "Zamawia w poniedziałki rano, przed otwarciem lokalu o 8:00", "Piecze sernik baskijski w czwartki po zamknięciu"
    ).replace("Porównuje ceny mleka owsianego w trzech hurtowniach", "Prowadzi profil lokalu na Instagramie").replace(
        "Palarnia potwierdza zamówienie dopiero po telefonie", "Kelnerki rezygnują po dwóch miesiącach"
    ).replace("Faktury przychodzą pocztą po dwóch tygodniach", "Nie zna zasad dotacji z urzędu pracy"))
    repo.write("personas/zofia-bar.yaml", EN_PERSONA.format(ident="zofia-bar", name="Zofia Bar").replace(*EN_TYPO))
    repo.commit("base")
    repo.write("personas/ola-kawiarnia.yaml", OLA)
    code, report = review("--fail-level", "info")
    assert rules(report["introduced"], *CROSS) == [("similar-personas", "personas/ola-kawiarnia.yaml")]
    assert uncompared(report, *CROSS) == []
    assert code == 1


def test_english_personas_a_typo_and_its_mend(repo):
    repo.write("cxkit.toml", 'lang = "en"\npaths = ["personas"]\n')
    dana = EN_PERSONA.format(ident="dana-bikes", name="Dana Hughes")
    sam = EN_PERSONA.format(ident="sam-bikes", name="Sam Hughes")
    repo.write("personas/dana-bikes.yaml", dana)
    repo.write("personas/sam-bikes.yaml", sam)
    repo.commit("base")
    repo.write("personas/sam-bikes.yaml", sam.replace(*EN_TYPO))
    _code, report = review("--fail-level", "info")
    assert rules(report["fixed"], *CROSS) == []
    # d217aeb0: a key typo leaves the traits whole, so the pair is compared on both sides and kept
    assert uncompared(report, *CROSS) == [] and linted("similar-personas", "personas/sam-bikes.yaml")
    repo.commit("the typo")
    repo.write("personas/sam-bikes.yaml", sam)
    code, report = review("--fail-level", "info")
    assert report["introduced"] == [] and code == 0
    # d217aeb0: a key typo leaves the traits whole, so the pair is compared on both sides and kept
    assert uncompared(report, *CROSS) == [] and linted("similar-personas", "personas/sam-bikes.yaml")


# --- trait-overlap ------------------------------------------------------------------

def test_mending_a_typo_in_the_persona_does_not_fail_the_review_with_a_trait_overlap(repo):
    repo.write("personas/ewa-kawiarnia.yaml", EWA.replace(*TYPO))
    repo.write("personas/neg.yaml", NEG)
    repo.commit("base with a key typo")
    repo.write("personas/ewa-kawiarnia.yaml", EWA)
    code, report = review()
    assert report["introduced"] == []
    # d217aeb0: a key typo leaves the traits whole, so the pair is compared on both sides and kept
    assert uncompared(report, *CROSS) == [] and linted("trait-overlap", "personas/neg.yaml")
    assert code == 0
    md = run_cli("review", "HEAD")
    assert md.exit_code == 0 and "### Findings introduced" not in md.stdout


def test_a_typo_in_the_persona_does_not_fix_the_trait_overlap(repo):
    repo.write("personas/ewa-kawiarnia.yaml", EWA)
    repo.write("personas/neg.yaml", NEG)
    repo.commit("base")
    repo.write("personas/ewa-kawiarnia.yaml", EWA.replace(*TYPO))
    _code, report = review()
    assert rules(report["fixed"], *CROSS) == []
    # d217aeb0: a key typo leaves the traits whole, so the pair is compared on both sides and kept
    assert uncompared(report, *CROSS) == [] and linted("trait-overlap", "personas/neg.yaml")


def test_a_typo_in_the_negative_persona_does_not_fix_its_trait_overlap(repo):
    repo.write("personas/ewa-kawiarnia.yaml", EWA)
    repo.write("personas/neg.yaml", NEG)
    repo.commit("base")
    repo.write("personas/neg.yaml", NEG.replace(*TYPO))
    _code, report = review()
    assert rules(report["fixed"], *CROSS) == []
    # d217aeb0: a key typo leaves the traits whole, so the pair is compared on both sides and kept
    assert uncompared(report, *CROSS) == [] and linted("trait-overlap", "personas/neg.yaml")


def test_english_trait_overlap_mend_is_not_introduced(repo):
    repo.write("cxkit.toml", 'lang = "en"\npaths = ["personas"]\n')
    dana = EN_PERSONA.format(ident="dana-bikes", name="Dana Hughes")
    repo.write("personas/dana-bikes.yaml", dana.replace(*EN_TYPO))
    repo.write("personas/chain-buyer.yaml", EN_NEG)
    repo.commit("base with a typo")
    repo.write("personas/dana-bikes.yaml", dana)
    code, report = review()
    assert report["introduced"] == [] and code == 0
    # d217aeb0: a key typo leaves the traits whole, so the pair is compared on both sides and kept
    assert uncompared(report, *CROSS) == [] and linted("trait-overlap", "personas/chain-buyer.yaml")


def test_a_trait_overlap_made_beside_an_unrelated_typo_is_still_introduced(repo):
    # Guard: the overlap is between documents that fit on both sides; a third one breaks.
    repo.write("personas/ewa-kawiarnia.yaml", EWA)
    repo.write("personas/neg.yaml", NEG.replace("Zamawiać ziarno od palarni raz w tygodniu bez dzwonienia", "Pije tylko herbatę"))
    repo.write("personas/ola-kawiarnia.yaml", OLA.replace(*TYPO))
    repo.commit("base")
    repo.write("personas/neg.yaml", NEG)
    code, report = review()
    assert rules(report["introduced"], *CROSS) == [("trait-overlap", "personas/neg.yaml")]
    assert uncompared(report, *CROSS) == []
    assert code == 1


# --- rules that read a document as written: compared as usual --------------------------

JOURNEY = """\
kind: journey
id: ewa-zamawia-ziarno
name: Ewa zamawia ziarno
lang: pl
persona: {persona}
stages:
  - id: zamowienie
    name: Zamówienie
    doing: Wysyła zamówienie przez formularz palarni
    emotion: 0
"""


def test_duplicate_id_and_unknown_persona_beside_a_typo_are_compared_as_usual(repo):
    repo.write("personas/ewa-kawiarnia.yaml", EWA)
    repo.write("journeys/ewa-zamawia-ziarno.yaml", JOURNEY.format(persona="ewa-kawiarnia"))
    repo.commit("base")
    # The persona gets a key typo and a copy of its id; the journey names a persona that is not there.
    repo.write("personas/ewa-kawiarnia.yaml", EWA.replace(*TYPO))
    repo.write("personas/ewa-kopia.yaml", EWA.replace(*TYPO))
    repo.write("journeys/ewa-zamawia-ziarno.yaml", JOURNEY.format(persona="ewa-kawiarna"))
    _code, report = review()
    assert rules(report["introduced"], "duplicate-id", "unknown-persona") == [
        ("duplicate-id", "personas/ewa-kawiarnia.yaml"), ("duplicate-id", "personas/ewa-kopia.yaml"),
        ("unknown-persona", "journeys/ewa-zamawia-ziarno.yaml"),
    ]
    assert uncompared(report, "duplicate-id", "unknown-persona") == []
    # And mended back: fixed, as usual.
    repo.commit("the typo")
    repo.write("personas/ewa-kawiarnia.yaml", EWA)
    repo.git("rm", "-q", "personas/ewa-kopia.yaml")
    repo.write("journeys/ewa-zamawia-ziarno.yaml", JOURNEY.format(persona="ewa-kawiarnia"))
    _code, report = review()
    assert rules(report["fixed"], "duplicate-id", "unknown-persona") == [
        ("duplicate-id", "personas/ewa-kawiarnia.yaml"), ("duplicate-id", "personas/ewa-kopia.yaml"),
        ("unknown-persona", "journeys/ewa-zamawia-ziarno.yaml"),
    ]
    assert report["introduced"] == []
