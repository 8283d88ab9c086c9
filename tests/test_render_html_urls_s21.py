"""The HTML export folds a web address too long for its cell or card where a reader sees its joints
(after a ``/``, ``?``, ``&``, ``#``, ``=`` or a ``.`` of the host; Chromium breaks after a ``-``
itself), not mid-word as ``operator.p`` over ``l/sprawdz``: each joint gets a ``<wbr>``, which is no
character, so the address reads, copies and searches the same. Layout checks in headless Chromium
(skipped where it is not installed), at 1280 pixels and, in a frame, at a phone's 375."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from snapshot_helpers import render_cli
from test_render_html_layout import needs_chromium
from test_render_html_phone_s21 import laid_out

OPERATOR = "https://www.operator.pl/sprawdz-dostepnosc?adres=Piotrkowska&utm_source=sms&utm_campaign=swiatlowod#formularz"
LOOKER = "https://lookerstudio.google.com/reporting/0a1b2c3d-4e5f-6789-abcd-ef0123456789/page/p_xyz123"
SHEET = "https://docs.google.com/spreadsheets/d/1BxiMVs0XRA5nFMdKvBd/edit?usp=sharing&ouid=1234567890#gid=0"
MAPS = "https://www.google.com/maps/place/Łódź,+ul.+Piotrkowska+120/@51.7592,19.4560,17z/data=!3m1!4b1"

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
""" + "".join(f"  - id: etap-{i}\n    name: Etap {i}\n    emotion: 1\n    doing: Czeka na technika\n" for i in range(3, 9))

PERSONA = f"""\
kind: persona
id: halina-swiatlowod
name: Halina Żądło-Kowalczyk
lang: pl
demographics:
  location: "{MAPS}"
goals:
  - text: Mieć internet 300 Mb/s do seriali w HD bez przerw
    sources: [wywiady-2026-q3]
sources:
  - id: wywiady-2026-q3
    type: interview
    date: 2026-09-10
    n: 14
    note: Wywiady w domach klientów 65+ z Łodzi
    link: {SHEET}
"""

# The text of each line the browser laid every element holding an address on.
_LINES = """
  const found = [];
  for (const el of document.querySelectorAll('td, blockquote, p, li')) {
    if (el.querySelector('td, li, p') || !/https:/.test(el.textContent)) continue;
    const pieces = new Map();
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      for (let i = 0; i < node.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = [...range.getClientRects()].find(r => r.width > 0);
        if (box) pieces.set(Math.round(box.bottom), (pieces.get(Math.round(box.bottom)) || '') + node.data[i]);
      }
    }
    found.push([...pieces.keys()].sort((a, b) => a - b).map(k => pieces.get(k)));
  }
  return found;
"""


def _folds(page: str, width: int) -> list[list[str]]:
    return laid_out(page, width, _LINES)["extra"]


def _address_lines(lines: list[str], url: str) -> list[str]:
    """The lines that hold a part of ``url`` (six characters or more of it)."""
    return [line.strip() for line in lines if any(len(w) >= 6 and w in url for w in line.split())]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")  # its own workspace: no persona of another test
    (tmp_path / "halina.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "swiatlowod.yaml").write_text(JOURNEY, encoding="utf-8")
    return tmp_path


def _html(workspace: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    code, out, err = render_cli(workspace, monkeypatch, *args, "-f", "html")
    assert code == 0, err
    return out


def _at_joints(folds: list[list[str]], *urls: str) -> None:
    seen = 0
    for lines in folds:
        for url in urls:
            parts = _address_lines(lines, url)
            if len(parts) < 2:
                continue
            seen += 1
            for part in parts[:-1]:
                word = part.split()[-1]
                assert word[-1] in "/?&#=.-", f"{url} folds mid-word after {word!r}: {parts}"
    assert seen, folds


@needs_chromium
def test_an_address_in_a_journey_cell_folds_at_its_joints(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Eight stages: each column has its least width, 11rem, about 21 characters of an address.
    _at_joints(_folds(_html(workspace, monkeypatch, "swiatlowod.yaml"), 1280), OPERATOR, LOOKER)


@needs_chromium
def test_addresses_in_a_persona_card_fold_at_their_joints_on_a_phone(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _at_joints(_folds(_html(workspace, monkeypatch, "halina.yaml"), 375), SHEET, MAPS)


def test_the_joints_are_wbr_and_the_address_is_unchanged(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _html(workspace, monkeypatch, "swiatlowod.yaml")
    assert ("https://www.<wbr>operator.<wbr>pl/<wbr>sprawdz-dostepnosc?<wbr>adres=<wbr>Piotrkowska&amp;<wbr>"
            "utm_source=<wbr>sms&amp;<wbr>utm_campaign=<wbr>swiatlowod#<wbr>formularz") in page
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert OPERATOR in text and LOOKER in text
    # Nothing but the visible text gets one: no <wbr> in an attribute, a title or the page's <title>.
    assert not re.search(r'="[^"]*<wbr>', page) and "<wbr>" not in page[:page.index("<body>")]
    persona = _html(workspace, monkeypatch, "halina.yaml")
    assert html.unescape(re.sub(r"<[^>]+>", "", persona)).count(SHEET) == 1  # the source's link
