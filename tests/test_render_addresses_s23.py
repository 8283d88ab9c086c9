"""One address pattern for every view (read-through 22, RT22-23; closing notes of session 22).

- The terminal took a host without a scheme (`northgatevets.co.uk/claims`) for an address and
  folded it at its dots; HTML and Markdown did not know it for one, so the same text folded at its
  joints on screen and anywhere in the exports.
- A host with no `/` after it (`sklep.example.com`) was an address in no view: in a narrow column
  it broke where it fell (`sklep.exam` over `ple.com`).
- A touchpoint's channel (`www.orange.pl`) was escaped as plain text in HTML, never folded.
Now `content.URL` finds addresses for all three views.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from snapshot_helpers import render_cli

JOURNEY = """\
kind: journey
id: ola-zmienia-operatora
name: Ola zmienia operatora internetu
lang: pl
persona: ola-nowak
reviewed: 2026-11-16
stages:
  - id: porownanie
    name: Porównanie ofert
    doing: Porównuje abonamenty na sklep.example.com i northgatevets.co.uk/claims, np. wiek umowy
    touchpoints:
      - channel: www.orange.pl
        description: Strona ofert światłowodu z mapą zasięgu
      - channel: sklep.example.com
        description: Koszyk, w którym liczy się cena z ASP.NET, np.wiek i v2.0 cennika
    pain_points:
      - Formularz na sklep.example.com/szukaj?q=%C5%9Bwiat%C5%82ow%C3%B3d gubi filtr po powrocie
    emotion: -1
"""


@pytest.fixture()
def ws(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "ola.yaml").write_text(JOURNEY, encoding="utf-8")
    return tmp_path


def _export(ws: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> str:
    code, out, err = render_cli(ws, monkeypatch, "ola.yaml", "-f", fmt)
    assert code == 0, err
    return out


@pytest.mark.parametrize(("text", "found"), [
    ("sklep.example.com", "sklep.example.com"),
    ("(sklep.example.com, raz)", "sklep.example.com"),
    ("na orange.pl.", "orange.pl"),
    ("northgatevets.co.uk/claims", "northgatevets.co.uk/claims"),
    ("Allegro.PL/zwroty", "Allegro.PL/zwroty"),
    ("https://www.orange.pl/swiatlowod", "https://www.orange.pl/swiatlowod"),
    ("www.orange.pl", "www.orange.pl"),
])
def test_content_url_finds_an_address_with_or_without_a_scheme(text: str, found: str) -> None:
    from cxkit.render.content import URL

    assert [m.group(0) for m in URL.finditer(text)] == [found]


@pytest.mark.parametrize("text", ["np.wiek", "v2.0", "m.in.", "ASP.NET", "plik.info.txt", "cxkit.toml/x",
                                  "ania@firma.pl", "ania@firma.pl/x", "raport.pdf", "godz.10.30", "ul.Piotrkowska"])
def test_words_with_dots_are_not_addresses(text: str) -> None:
    """Guard: abbreviations, versions, file names and e-mail addresses."""
    from cxkit.render.content import URL

    assert URL.search(text) is None


def test_the_terminal_folds_a_host_without_a_slash_at_its_dots() -> None:
    from cxkit.render.terminal import break_token

    assert break_token("sklep.example.com:", 10) == ["sklep.", "example.", "com:"]
    assert break_token("sklep.rowerowy-przyklad.com.pl", 12) == ["sklep.", "rowerowy-", "przyklad.", "com.pl"]
    # Guards: as before.
    assert break_token("www.orange.pl", 8) == ["www.", "orange.", "pl"]
    assert break_token("northgatevets.co.uk/claims", 20) == ["northgatevets.co.uk/", "claims"]


def test_html_folds_every_kind_of_address_at_its_joints(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _export(ws, monkeypatch, "html")
    assert "na sklep.<wbr>example.<wbr>com i northgatevets.<wbr>co.<wbr>uk/<wbr>claims, np. wiek umowy" in page
    # A touchpoint's channel is an address like any other.
    assert '<span class="lead">www.<wbr>orange.<wbr>pl</span>: Strona ofert' in page
    assert '<span class="lead">sklep.<wbr>example.<wbr>com</span>: Koszyk' in page
    # ... and a word with dots that is not one is left whole.
    assert "cena z ASP.NET, np.wiek i v2.0 cennika" in page
    assert "sklep.<wbr>example.<wbr>com/<wbr>szukaj?<wbr>q=<wbr>%C5%9B<wbr>wiat<wbr>%C5%82<wbr>ow<wbr>%C3%B3<wbr>d" in page
    # The <wbr> are no characters: the text reads as written.
    assert "sklep.example.com/szukaj?q=%C5%9Bwiat%C5%82ow%C3%B3d gubi" in re.sub(r"<wbr>", "", page)


def test_markdown_finds_the_same_addresses(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A host without a scheme gets the <wbr> a percent-escaped address gets in Markdown; a plain
    one is left as written there, as a plain https:// address is (GitHub and GitLab show both)."""
    out = _export(ws, monkeypatch, "md")
    assert "sklep.example.com/<wbr>szukaj?<wbr>q=<wbr>%C5%9B<wbr>wiat<wbr>%C5%82<wbr>ow<wbr>%C3%B3<wbr>d gubi" in out
    assert "na sklep.example.com i northgatevets.co.uk/claims, np. wiek umowy" in out
    assert "**www\\.orange.pl**: Strona ofert" in out
