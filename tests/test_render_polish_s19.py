"""Render in Polish as a client deck reads it (tester_pl): the negative persona's "would buy if"
heading agrees with the persona's gender, or is neutral (F16)."""

from __future__ import annotations

import pytest

from conftest import run_cli

NEGATIVE_PL = """\
kind: negative-persona
id: bozena-klos
name: Bożena Kłos
lang: pl
{demographics}reasons:
  - Karmę kupuje w Lidlu za 49 zł za 10 kg, bo w sklepie obok bloku
substitutes:
  - Karma marki własnej z Lidla
purchase_triggers:
  - Dostawa w 24 godziny bez minimum zamówienia
abandon_triggers:
  - Koszt dostawy powyżej 9,99 zł
"""

NEGATIVE_EN = """\
kind: negative-persona
id: bob-bargain
name: Bob Bargain
lang: en
demographics:
  gender: man
reasons:
  - Buys own-brand dog food at Lidl for £18 a 10 kg bag
purchase_triggers:
  - Free next-day delivery with no minimum order
"""


def _negative(gender: str | None) -> str:
    demographics = f"demographics:\n  gender: {gender}\n" if gender is not None else ""
    return NEGATIVE_PL.replace("{demographics}", demographics)


@pytest.mark.parametrize(("gender", "heading"), [
    ("kobieta", "Kupiłaby, gdyby"),
    ("Kobieta", "Kupiłaby, gdyby"),
    ("female", "Kupiłaby, gdyby"),
    ("mężczyzna", "Kupiłby, gdyby"),
    ("male", "Kupiłby, gdyby"),
    (None, "Kupi, jeśli"),
    ("niebinarna", "Kupi, jeśli"),
])
@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_the_would_buy_heading_agrees_with_the_gender_or_is_neutral(tmp_path, monkeypatch, gender, heading, fmt):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "bozena.yaml").write_text(_negative(gender), encoding="utf-8")
    args = ["render", "bozena.yaml"] if fmt == "text" else ["render", "bozena.yaml", "-f", fmt]
    result = run_cli(*args)
    assert result.exit_code == 0 and result.exception is None, result.stderr
    assert heading in result.stdout
    others = {"Kupiłaby, gdyby", "Kupiłby, gdyby", "Kupi, jeśli"} - {heading}
    assert not any(o in result.stdout for o in others)
    if fmt == "markdown":
        assert f"## {heading}\n" in result.stdout
    # The other headings were neutral already.
    assert "Rezygnuje, gdy" in result.stdout


def test_an_english_negative_persona_keeps_would_buy_if(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bob.yaml").write_text(NEGATIVE_EN, encoding="utf-8")
    result = run_cli("render", "bob.yaml", "-f", "markdown")
    assert result.exit_code == 0
    assert "## Would buy if\n" in result.stdout


PERSONA = """\
kind: persona
id: {id}
name: {name}
lang: pl
behaviours:
  - Co 6 tygodni zamawia 12-kg worek karmy przez aplikację
"""


def test_the_folder_overview_is_in_polish_alphabetical_order_of_names(tmp_path, monkeypatch):
    """F8: the overview followed the file names (slugs), so 'Śmigły' came before 'Szymon' and
    'Żaneta' before 'Zenon'; in Polish S < Ś and Z < Ż, and names are what the overview shows."""
    monkeypatch.chdir(tmp_path)
    people = [("a-zenon", "Zenon Zając"), ("b-szymon", "Szymon Szary"), ("c-zaneta", "Żaneta Żak"),
              ("d-smigly", "Śmigły Stan"), ("e-tomasz", "Tomasz Tur"), ("f-lukasz", "Łukasz Lis"),
              ("g-lucyna", "Lucyna Lew"), ("h-emile", "Émile Roux"), ("i-ewa", "ewa Fik"), ("j-zoe", "Zoë Ziel")]
    (tmp_path / "personas").mkdir()
    for slug, name in people:
        (tmp_path / "personas" / f"{slug}.yaml").write_text(PERSONA.format(id=slug, name=name), encoding="utf-8")
    result = run_cli("render", ".", "-f", "json")
    assert result.exit_code == 0, result.stderr
    import json
    got = [entry["document"]["name"] for entry in json.loads(result.stdout)["documents"]]
    assert got == ["Émile Roux", "ewa Fik", "Lucyna Lew", "Łukasz Lis", "Szymon Szary", "Śmigły Stan", "Tomasz Tur",
                   "Zenon Zając", "Zoë Ziel", "Żaneta Żak"]
    markdown = run_cli("render", ".", "-f", "markdown").stdout
    assert markdown.index("Szymon Szary") < markdown.index("Śmigły Stan") < markdown.index("Tomasz Tur")
    assert markdown.index("Zenon Zając") < markdown.index("Żaneta Żak")


def test_the_collation_key_does_not_depend_on_the_locale(monkeypatch):
    import locale

    from cxkit.render.content import collation_key

    names = ["Żak", "Zając", "Ślusarz", "Sowa", "Ćwik", "Cichy", "Łoś", "Lis", "Óskar", "Owca", "Ąbel", "Adam"]
    expected = ["Adam", "Ąbel", "Cichy", "Ćwik", "Lis", "Łoś", "Owca", "Óskar", "Sowa", "Ślusarz", "Zając", "Żak"]
    assert sorted(names, key=collation_key) == expected
    for name in ("C", "C.UTF-8", "en_US.UTF-8", "pl_PL.UTF-8"):
        try:
            locale.setlocale(locale.LC_COLLATE, name)
        except locale.Error:
            continue
        try:
            assert sorted(names, key=collation_key) == expected
        finally:
            locale.setlocale(locale.LC_COLLATE, "C")
