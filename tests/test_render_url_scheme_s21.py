"""A web address folded in the terminal view keeps its scheme with its host: a line never ends in
``https://`` (a link to nowhere) while the host starts the next one as if it were a word; and where
the host cannot follow, the scheme stays whole (never ``https:/`` over ``/lookerstudio.``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from snapshot_helpers import check_snapshot, render_cli

OPERATOR = "https://www.operator.pl/sprawdz-dostepnosc?adres=Piotrkowska%20120&utm_source=sms&utm_campaign=swiatlowod-2026"
LOOKER = "https://lookerstudio.google.com/reporting/0a1b2c3d-4e5f-6789-abcd-ef0123456789/page/p_xyz123"
SHEET = "https://docs.google.com/spreadsheets/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit?usp=sharing#gid=0"

JOURNEY = f"""\
kind: journey
id: halina-swiatlowod
name: Halina zmienia operatora na światłowód
persona: halina-swiatlowod
lang: pl
stages:
  - id: rozmowa
    name: Rozmowa z konsultantem 📞
    emotion: 0
    doing: Pyta o termin instalacji i dostaje w SMS-ie link {OPERATOR}
  - id: reklamacja
    name: Reklamacja 😡
    emotion: -2
    metrics:
      - "Czas odpowiedzi na reklamację: {LOOKER}"
"""

PERSONA = f"""\
kind: persona
id: halina-swiatlowod
name: Halina Żądło-Kowalczyk
lang: pl
goals:
  - text: Mieć internet 300 Mb/s do seriali w HD bez przerw
    sources: [wywiady-2026-q3]
sources:
  - id: wywiady-2026-q3
    type: interview
    date: 2026-09-10
    n: 14
    note: Wywiady w domach klientów 65+ z Łodzi, notatki w arkuszu zespołu
    link: {SHEET}
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")  # its own workspace: no persona of another test
    (tmp_path / "halina.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "swiatlowod.yaml").write_text(JOURNEY, encoding="utf-8")
    return tmp_path


def _bare_schemes(out: str) -> list[str]:
    """Lines whose text ends in a scheme and nothing more (``link https://``, ``(https:/``)."""
    lines = [re.sub(r"[│┃╭╮╰╯─┬┴┼├┤]", " ", line).rstrip() for line in out.splitlines()]
    return [line for line in lines if re.search(r"https?:/+$", line)]


@pytest.mark.parametrize("columns", [40, 60, 80, 120])
@pytest.mark.parametrize(("args", "urls"), [
    (["halina.yaml"], [SHEET]),
    (["swiatlowod.yaml", "--layout", "panels"], [OPERATOR, LOOKER]),
    # In a table at 60 columns the metric's column is narrower than "https://lookerstudio.": the
    # scheme has to stand alone there, so the table shows the other stage.
    (["swiatlowod.yaml", "--layout", "table", "--stage", "rozmowa"], [OPERATOR]),
])
def test_no_line_ends_in_a_bare_scheme(workspace: Path, monkeypatch: pytest.MonkeyPatch, columns: int,
                                       args: list[str], urls: list[str]) -> None:
    code, out, err = render_cli(workspace, monkeypatch, *args, columns=columns)
    assert code == 0, err
    assert _bare_schemes(out) == []
    flat = "".join(re.sub(r"[│┃╭╮╰╯─┬┴┼├┤ ]", "", line) for line in out.splitlines())
    for url in urls:
        assert url in flat  # every character of the address is still there, in order


def test_the_stacked_journey_at_60_columns(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "swiatlowod.yaml", "--layout", "panels", columns=60)
    assert code == 0, err
    check_snapshot("s21-url-scheme-journey-stacked-60", out)


def test_the_scheme_goes_with_the_host_and_stays_whole_where_the_host_cannot_follow() -> None:
    from cxkit.render.terminal import break_token

    assert break_token("Pyta o termin i dostaje link https://www.operator.pl/sprawdz?adres=Piotrkowska", 40) == [
        "Pyta o termin i dostaje link", "https://www.operator.pl/", "sprawdz?adres=Piotrkowska"]
    # Narrower than "https://lookerstudio.": the scheme alone, whole, and the host not cut mid-word.
    assert break_token("Dashboard: https://lookerstudio.google.com/reporting/5f1c", 18) == [
        "Dashboard:", "https://", "lookerstudio.", "google.com/", "reporting/5f1c"]


def test_an_address_that_fits_and_one_without_a_scheme_break_as_before() -> None:
    """Guard: the folds of tests/test_render_urls_s20.py stay."""
    from cxkit.render.terminal import break_token

    assert break_token("https://a.example.com/x?b=1&c=2", 12) == ["https://a.", "example.com/", "x?b=1&c=2"]
    assert break_token("zobacz www.operator.pl/sprawdz-dostepnosc", 20) == ["zobacz", "www.operator.pl/", "sprawdz-dostepnosc"]
