"""A document's `status` in every export of `cxkit render` that shows its owner and review date (session 34).

Session 33 showed `Status: wycofana` on the terminal only: the Markdown page pasted in a wiki, the HTML
page sent to a client and the CSV opened in a spreadsheet said nothing, so a retired persona passed
there for one in use. Now each of them says it beside the owner, in the document's language (`szkic`,
`wycofana`; `draft`, `retired`), and says nothing of a document in use. JSON keeps the value as the
format writes it (`"status": "retired"`), in any language: it is data.
"""

from __future__ import annotations

import json

import pytest

from conftest import enter_workspace, run_cli
from snapshot_helpers import check_snapshot

PERSONA_PL = """\
kind: persona
id: kasia-kawiarnia
name: Kasia Wrona
lang: pl
owner: Zespół CX kawiarni
{status}summary: Prowadzi kawiarnię w Krakowie i zamawia kawę ziarnistą co dwa tygodnie przez hurtownię online.
goals:
  - Zamówić 20 kg kawy w pięć minut, między porannym a południowym ruchem
reviewed: 2026-09-14
"""

JOURNEY_PL = """\
kind: journey
id: kasia-zamawia-kawe
name: Kasia zamawia kawę
persona: kasia-kawiarnia
lang: pl
owner: Zespół e-commerce
{status}reviewed: 2026-10-01
stages:
  - id: koszyk
    name: Koszyk
    touchpoints: [sklep internetowy]
    doing: Powtarza zamówienie sprzed dwóch tygodni
    emotion: 1
"""

PERSONA_EN = """\
kind: persona
id: dan-plumber
name: Dan Whitaker
lang: en
owner: Field service CX
{status}summary: Runs a four-van plumbing firm in Leeds and sends invoices from his phone between jobs.
reviewed: 2026-10-01
"""

JOURNEY_EN = """\
kind: journey
id: dan-switches-invoicing
name: Dan switches his invoicing app
persona: dan-plumber
lang: en
owner: Growth product team
{status}reviewed: 2026-11-10
stages:
  - id: invite
    name: Invite the engineers
    touchpoints: [text message]
    doing: Invites four engineers by text with a one-tap sign-in link
    emotion: 1
"""


def _status(value: str | None) -> str:
    return "" if value is None else f"status: {value}\n"


@pytest.fixture
def ws(tmp_path, monkeypatch):
    root = tmp_path / "kawiarnie"
    root.mkdir()
    enter_workspace(root, monkeypatch, config='lang = "pl"\n')
    return root


def _write(root, persona: str, journey: str, persona_status: str | None, journey_status: str | None) -> None:
    for rel, text, value in (("persony/osoba.yaml", persona, persona_status),
                             ("podroze/sciezka.yaml", journey, journey_status)):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text.format(status=_status(value)), encoding="utf-8")


def _render(*args: str) -> str:
    result = run_cli("render", *args)
    assert result.exception is None and result.exit_code == 0, result.stderr
    return result.stdout


def test_the_markdown_exports_say_a_polish_status(ws):
    _write(ws, PERSONA_PL, JOURNEY_PL, "retired", "draft")
    persona = _render("persony/osoba.yaml", "-f", "markdown")
    assert "_persona_ · `kasia-kawiarnia` · Ostatni przegląd: 2026-09-14 · Opiekun: Zespół CX kawiarni · Status: wycofana\n" \
        in persona
    journey = _render("podroze/sciezka.yaml", "-f", "markdown")
    assert " · Opiekun: Zespół e-commerce · Status: szkic\n" in journey
    plain = _render("persony/osoba.yaml", "-f", "markdown-plain")
    assert " · Opiekun: Zespół CX kawiarni · Status: wycofana\n" in plain
    assert " · Opiekun: Zespół e-commerce · Status: szkic\n" in _render("podroze/sciezka.yaml", "-f", "md-plain")
    check_snapshot("s34-status-markdown-persona-pl", persona)
    check_snapshot("s34-status-markdown-journey-pl", journey)


def test_the_html_export_says_an_english_status_beside_the_owner(ws):
    _write(ws, PERSONA_EN, JOURNEY_EN, "draft", "retired")
    persona = _render("persony/osoba.yaml", "-f", "html")
    assert '<p class="meta">Reviewed: <span class="date">2026-10-01</span> · Owner: Field service CX · ' \
           'Status: draft · persony/osoba.yaml</p>' in persona
    journey = _render("podroze/sciezka.yaml", "-f", "html")
    assert "Owner: Growth product team · Status: retired<span class=\"print-path\"" in journey


def test_the_csv_of_a_persona_has_a_status_row_and_the_journeys_grid_stays_a_grid(ws):
    _write(ws, PERSONA_PL, JOURNEY_PL, "retired", "retired")
    # (the test runner's stdout reads the rows' CR LF as line feeds)
    persona = _render("persony/osoba.yaml", "-f", "csv")
    assert '"Opiekun","Zespół CX kawiarni"\n"Status","wycofana"\n"Opis",' in persona
    grid = _render("podroze/sciezka.yaml", "-f", "csv")
    # (session 40: the emotion as a number, the journey's name and its persona follow the rows it had)
    assert grid.startswith('\ufeff"Etap","1. Koszyk"\n"Punkty styku","• sklep internetowy"\n'
                           '"Działania","Powtarza zamówienie sprzed dwóch tygodni"\n"Emocje","dobrze (+1)"\n'
                           '"Emocje (od -2 do +2)","1"\n"Ścieżka",')
    assert "Status" not in grid and "wycofana" not in grid and "szkic" not in grid


def test_a_document_in_use_says_nothing_of_its_status_in_any_export(ws):
    for value in (None, "active"):
        _write(ws, PERSONA_EN, JOURNEY_EN, value, value)
        for fmt in ("markdown", "markdown-plain", "html", "csv", "terminal"):
            for path in ("persony/osoba.yaml", "podroze/sciezka.yaml"):
                assert "Status" not in _render(path, "-f", fmt), (value, fmt, path)
    # ...while a retired one says it in each of them.
    _write(ws, PERSONA_EN, JOURNEY_EN, "retired", "retired")
    for fmt in ("markdown", "markdown-plain", "html", "csv", "terminal"):
        assert "Status: retired" in _render("persony/osoba.yaml", "-f", fmt).replace('"Status","retired"',
                                                                                     "Status: retired"), fmt


def test_a_folder_and_a_pair_show_each_documents_status(ws):
    _write(ws, PERSONA_PL, JOURNEY_PL, "retired", "draft")
    (ws / "persony" / "lowca.yaml").write_text(
        "kind: negative-persona\nid: lowca-promocji\nname: Łowca promocji\nlang: pl\nstatus: draft\nreasons:\n"
        "  - Zamawia tylko z kodem rabatowym -30% i nie wraca\n", encoding="utf-8")
    for fmt in ("markdown", "html"):
        page = _render(".", "-f", fmt)
        assert page.count("Status: wycofana") == 1 and page.count("Status: szkic") == 2, fmt
        pair = _render("persony/osoba.yaml", "--against", "lowca-promocji", "-f", fmt)
        assert "Status: wycofana" in pair and "Status: szkic" in pair, fmt


def test_json_keeps_the_value_as_the_format_writes_it_in_any_language(ws):
    _write(ws, PERSONA_PL, JOURNEY_PL, "retired", "draft")
    assert json.loads(_render("persony/osoba.yaml", "-f", "json"))["status"] == "retired"
    folder = json.loads(_render(".", "-f", "json"))
    assert {d["document"]["id"]: d["document"].get("status") for d in folder["documents"]} == {
        "kasia-kawiarnia": "retired", "kasia-zamawia-kawe": "draft"}
    # A document in use has no `status` key, as it has none in its file (loaded back, it is the same document).
    _write(ws, PERSONA_PL, JOURNEY_PL, None, None)
    assert "status" not in json.loads(_render("persony/osoba.yaml", "-f", "json"))
    # The Markdown of the same workspace says it in Polish: JSON is the one that stays data.
    _write(ws, PERSONA_PL, JOURNEY_PL, "retired", "draft")
    assert "Status: wycofana" in _render("persony/osoba.yaml", "-f", "md")
