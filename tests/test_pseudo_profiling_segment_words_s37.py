"""pseudo-profiling (CX101) and the words of a segment (session 37, tester39's M5 and L4).

"Young creative freelancer who values quality and wants an easy invoicing tool." passed while its shorter
forms were flagged: past its generic phrases ("creative", "values quality") it held four words of its own
("young", "freelancer", "invoicing", "tool"), which rescued it as detail. Being young, and a freelancer with
no trade named, are a segment's words as "older" and "entrepreneur" already were; the invoicing is the
product, not the person. Polish alike. An occupation that is only such a title gets the job-title advice
("Przedsiębiorca" as "Freelancer"), and a Polish location names the category as English does."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)


def persona(ws: Path, lang: str, body: str) -> list[dict]:
    (ws / "p.yaml").write_text(f"kind: persona\nid: tom-baker\nname: Tom Baker\nlang: {lang}\n{body}", encoding="utf-8")
    return lint("--select", "CX101", "p.yaml")[1]


@pytest.mark.parametrize(("lang", "trait", "said"), [
    ("en", "Young creative freelancer who values quality and wants an easy invoicing tool.",
     '"creative", "values quality" describe almost anyone'),
    ("pl", "Młody kreatywny freelancer, który ceni jakość i chce prostego programu do faktur.",
     '"kreatywny", "ceni jakość" describe almost anyone'),
    ("en", "Young freelancer", "built only from generic words"),
    ("pl", "Młoda freelancerka", "built only from generic words"),
])
def test_a_young_freelancer_who_values_quality_is_pseudo_profiling_s37(ws: Path, lang: str, trait: str,
                                                                       said: str) -> None:
    found = persona(ws, lang, f"behaviours:\n  - {trait}\n")
    assert [(f["line"], f["code"]) for f in found] == [(6, "CX101")]
    assert said in found[0]["message"]


@pytest.mark.parametrize(("lang", "trait"), [
    ("en", "Freelance copywriter for two Leeds breweries since 2022"),
    ("en", "Takes her young son to swimming lessons at the leisure centre on Saturday mornings"),
    ("en", "Freelancer who invoices 14 clients from Xero on the last Friday of the month"),
    ("pl", "Freelancerka, tłumaczy instrukcje maszyn dla Fakro"),
    ("pl", "Młodszemu bratu kupuje gry na Steamie w każdą wyprzedaż"),
    ("pl", "Młody ojciec, co rano wozi córkę do żłobka na Ursynowie i płaci za parking BLIK-iem"),
])
def test_a_trait_that_says_something_beside_them_stays_quiet_s37(ws: Path, lang: str, trait: str) -> None:
    assert persona(ws, lang, f"behaviours:\n  - {trait}\n") == []


@pytest.mark.parametrize(("lang", "occupation", "message"), [
    ("pl", "Przedsiębiorca", "`occupation` „Przedsiębiorca” to nazwa stanowiska, z której nie wynika branża: napisz, "
                             "czym ta osoba się zajmuje i gdzie (np. „Kierowniczka apteki w Lublinie”)"),
    ("pl", "Właścicielka firmy", "`occupation` „Właścicielka firmy” to nazwa stanowiska, z której nie wynika branża"),
    ("pl", "Freelancer", "`occupation` „Freelancer” to nazwa stanowiska, z której nie wynika branża"),
    ("en", "Freelancer", 'occupation "Freelancer" is a job title that names no trade: say of what and where '
                         '(e.g. "Marketing manager at a Leeds builders\' merchant")'),
    ("en", "Entrepreneur", 'occupation "Entrepreneur" is a job title that names no trade'),
])
def test_an_occupation_that_is_only_a_title_gets_the_job_title_advice_s37(ws: Path, lang: str, occupation: str,
                                                                          message: str) -> None:
    if lang == "pl":
        (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    found = persona(ws, lang, f"demographics:\n  occupation: {occupation}\n")
    assert [f["line"] for f in found] == [6]
    assert found[0]["message"].startswith(message)


@pytest.mark.parametrize(("lang", "occupation"), [
    ("pl", "Właścicielka kawiarni w Gdyni"), ("en", "Owner of a Leeds bakery"), ("pl", "Przedsiębiorca budowlany z Lublina"),
])
def test_an_occupation_that_names_the_trade_stays_quiet_s37(ws: Path, lang: str, occupation: str) -> None:
    assert persona(ws, lang, f"demographics:\n  occupation: {occupation}\n") == []


@pytest.mark.parametrize(("lang", "location", "message"), [
    ("pl", "Mieszka w dużym mieście", "`location` „Mieszka w dużym mieście” to kategoria („dużym mieście”), a nie miejsce"),
    ("pl", "Pochodzi z małego miasta", "`location` „Pochodzi z małego miasta” to kategoria („małego miasta”), a nie miejsce"),
    ("pl", "duże miasto", "`location` „duże miasto” to kategoria („duże miasto”), a nie miejsce"),
    ("en", "Lives in a big city", 'location "Lives in a big city" is a category ("big city"), not a place'),
])
def test_a_location_category_is_named_without_its_verb_s37(ws: Path, lang: str, location: str, message: str) -> None:
    if lang == "pl":
        (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    found = persona(ws, lang, f"demographics:\n  location: {location}\n")
    assert [f["line"] for f in found] == [6]
    assert found[0]["message"].startswith(message)
