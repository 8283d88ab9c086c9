"""CX501 placeholder: a `<Word>` quoted from what a customer saw is no template slot.

A KSeF import that answers `błąd 401 <Unauthorized>` is a real pain point, copied from the
screen; so is a button labelled `'Zapłać <kwota>'` or an e-mail that opens `"Dzień dobry <Imię>,"`.
A reason phrase right after an HTTP status, and angle brackets inside a code span or inside
quotation marks that hold more than the brackets, are the quoted text's own. A template's slot
(`<imię>`, `<customer quote>`, `„<cytat>”` alone in its marks, `300 <waluta>`) is still reported.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

EWA = """\
kind: persona
id: ewa-ksiegowa-biuro
name: Ewa Żółkiewska
lang: pl
summary: Właścicielka biura rachunkowego w Rzeszowie, obsługuje 62 klientów na KSeF.
pain_points:
  - "Token KSeF wygasa bez ostrzeżenia; dowiaduje się o tym, gdy import zwraca błąd 401 <Unauthorized> & nic więcej"
  - Wysyłka wsadowa kończy się komunikatem HTTP 429 <Too Many Requests> w ostatnim dniu miesiąca
  - Przycisk 'Wyślij <liczba> faktur' nie mówi, ile faktur odrzucono
  - "Klienci dostają maila „Dzień dobry <Imię>, Twoja faktura czeka” z nieuzupełnionym imieniem"
  - W logu widzi tylko `<Unauthorized>` bez numeru sesji
"""

SARAH = """\
kind: persona
id: sarah-expat-contractor
name: Sarah O'Connor
lang: en
pain_points:
  - The bank's API answers "error 403 <Forbidden>" when she exports a statement
  - The invoice template still says "Dear <Client Name>, please find attached" to every client
"""

# Template leftovers: still reported, each at its slot.
LEFTOVERS = """\
kind: persona
id: nowa-persona
name: <imię i nazwisko>
lang: pl
quote: "Mówi: „<cytat z wywiadu>”"
goals:
  - Płaci 300 <waluta> miesięcznie za program księgowy
  - <customer goal>
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "personas").mkdir()
    return tmp_path


def _lint(*paths: str) -> list[dict]:
    result = CliRunner().invoke(app, ["lint", "--select", "placeholder", "--format", "json", *paths],
                                env={"COLUMNS": "100"})
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_a_quoted_error_message_is_no_placeholder(ws: Path) -> None:
    (ws / "personas/ewa-ksiegowa-biuro.yaml").write_text(EWA, encoding="utf-8")
    (ws / "personas/sarah-expat-contractor.yaml").write_text(SARAH, encoding="utf-8")
    assert _lint("personas") == []


def test_template_slots_are_still_reported(ws: Path) -> None:
    (ws / "personas/nowa-persona.yaml").write_text(LEFTOVERS, encoding="utf-8")
    found = [(f["line"], f["column"], f["message"].split("'")[1]) for f in _lint("personas")]
    assert found == [
        (3, 7, "<imię i nazwisko>"),
        (5, 8, "<cytat z wywiadu>"),
        (7, 5, "<waluta>"),
        (8, 5, "<customer goal>"),
    ]


@pytest.mark.parametrize("text, expected", [
    ("gdy import zwraca błąd 401 <Unauthorized> & nic więcej", None),
    ("status 503: <Service Unavailable>", None),
    ("widzi `<Unauthorized>` w konsoli", None),
    ("komunikat „Sesja wygasła <Unauthorized>” po 15 minutach", None),
    ("„<cytat>”", "<cytat>"),  # nothing quoted but the slot
    ("numer 4010 <Unauthorized>", "<Unauthorized>"),  # no HTTP status
    ("kod 401 <imię>", "<imię>"),  # a reason phrase is English words in capitals
    ("don't <name> it's", "<name>"),  # apostrophes inside words are no quotation
])
def test_which_angle_brackets_are_quoted(text: str, expected: str | None) -> None:
    from cxkit.lint.rules.hygiene import placeholder_at

    found = placeholder_at(text)
    assert (found[0] if found else None) == expected
