"""schema (CX002): a field of `demographics` written at the top of a persona (session 37, fixII37).

`age:`, `location:`, `wiek:`, `miasto:` one level too high got the advice to put one's own data under an
`x-` key, which would hide the age or the city from every check. Such a key is now told the field it
stands for, `demographics.age`, in English and in a Polish workspace; a key that is only a slip of
another word (`page`) keeps the `x-` advice, and so does one in a journey, which has no demographics."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)

HEAD = "kind: persona\nid: ewa-nowak\nname: Ewa Nowak\nlang: {lang}\nsummary: Prowadzi kwiaciarnię na Rubinkowie\n"
ENGLISH_ONLY = " (field names are in English, whatever the language of the text)"


def schema(ws: Path, text: str, workspace_lang: str | None = None) -> list[str]:
    if workspace_lang:
        (ws / "cxkit.toml").write_text(f'lang = "{workspace_lang}"\n', encoding="utf-8")
    (ws / "p.yaml").write_text(text, encoding="utf-8")
    return [f"{f['line']}:{f['message']}" for f in lint("p.yaml")[1] if f["code"] == "CX002"]


@pytest.mark.parametrize(("key", "said"), [
    ("age: 45", "6:unknown field 'age'; did you mean 'demographics.age'?"),
    ("Location: Leeds, Headingley", "6:unknown field 'Location'; did you mean 'demographics.location'?"),
    ("income: £2,400 a month after tax", "6:unknown field 'income'; did you mean 'demographics.income'?"),
    ("wiek: 45", "6:unknown field 'wiek'; did you mean 'demographics.age'?" + ENGLISH_ONLY),
    ("miasto: Toruń, Rubinkowo", "6:unknown field 'miasto'; did you mean 'demographics.location'?" + ENGLISH_ONLY),
])
def test_a_demographics_field_at_the_top_is_told_where_it_goes_s37(ws: Path, key: str, said: str) -> None:
    assert schema(ws, HEAD.format(lang="en") + key + "\n") == [said]


def test_it_is_told_so_beside_a_demographics_that_lacks_it_or_has_it_s37(ws: Path) -> None:
    text = HEAD.format(lang="pl") + "demographics:\n  location: Toruń\nwiek: 45\nmiasto: Bydgoszcz\n"
    assert schema(ws, text) == [
        "8:unknown field 'wiek'; did you mean 'demographics.age'?" + ENGLISH_ONLY,
        "9:unknown field 'miasto'; did you mean 'demographics.location'?" + ENGLISH_ONLY,
    ]


@pytest.mark.parametrize(("key", "said"), [
    ("wiek: 45", "6:nieznane pole `wiek`; czy chodziło o `demographics.age`? (nazwy pól są po angielsku, "
                 "w jakimkolwiek języku jest tekst)"),
    ("location: Toruń", "6:nieznane pole `location`; czy chodziło o `demographics.location`?"),
    ("płeć: kobieta", "6:nieznane pole `płeć`; czy chodziło o `demographics.gender`? (nazwy pól są po angielsku, "
                      "w jakimkolwiek języku jest tekst)"),
])
def test_a_polish_workspace_is_told_it_in_polish_s37(ws: Path, key: str, said: str) -> None:
    assert schema(ws, HEAD.format(lang="pl") + key + "\n", workspace_lang="pl") == [said]


def test_a_slip_of_another_word_and_a_journey_keep_the_x_advice_s37(ws: Path) -> None:
    assert schema(ws, HEAD.format(lang="en") + "page: 4\n") == [
        "6:unknown field 'page' (put your own data under a key that starts with 'x-')"]
    journey = ("kind: journey\nid: zakup\nname: Zakup kwiatów\npersona: ewa-nowak\nlang: pl\nwiek: 45\nstages:\n"
               "  - id: wybor\n    name: Wybór\n")
    assert schema(ws, journey) == ["6:unknown field 'wiek' (put your own data under a key that starts with 'x-')"]
