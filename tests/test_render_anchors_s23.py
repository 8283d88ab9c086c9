"""Stage anchors that another anchor on the page already is (review 10, R10-7).

A stage's anchor is its journey's anchor and the stage's id: journeys `zakup` (stage `platnosc`)
and `zakup-stage-platnosc` in one folder both had `id="journey-zakup-stage-platnosc"` (invalid
HTML; the overview's link to the second journey led to the first one's stage). A document's own
anchor now never changes; a stage whose anchor is taken gets `-2`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from snapshot_helpers import render_cli

ZAKUP = """\
kind: journey
id: zakup
name: Zakup abonamentu światłowodu
lang: pl
persona: ola-nowak
reviewed: 2026-11-16
stages:
  - id: wybor
    name: Wybór oferty
    doing: Porównuje trzy oferty na stronie operatora i w porównywarce
    emotion: 0
  - id: platnosc
    name: Płatność
    doing: Płaci BLIK-iem, a bramka płatności dwa razy odrzuca kod
    emotion: -2
"""

DRUGI = """\
kind: journey
id: zakup-stage-platnosc
name: Zakup — ścieżka po odrzuconej płatności
lang: pl
persona: ola-nowak
reviewed: 2026-11-20
stages:
  - id: ponowna-proba
    name: Ponowna próba
    doing: Wraca do koszyka następnego dnia i płaci kartą
    emotion: -1
"""

PERSONA = """\
kind: persona
id: ola-nowak
name: Ola Nowak
lang: pl
reviewed: 2026-11-16
summary: Kupuje usługi przez internet, po pracy, z telefonu.
goals:
  - Podpisać umowę bez wizyty w salonie
"""


@pytest.fixture()
def ws(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys" / "zakup.yaml").write_text(ZAKUP, encoding="utf-8")
    (tmp_path / "journeys" / "zakup-po-odrzuceniu.yaml").write_text(DRUGI, encoding="utf-8")
    (tmp_path / "personas" / "ola-nowak.yaml").write_text(PERSONA, encoding="utf-8")
    return tmp_path


def _page(ws: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    code, out, err = render_cli(ws, monkeypatch, *args, "-f", "html")
    assert code == 0, err
    return out


def _target(page: str, anchor: str) -> str:
    """The start tag that holds ``id="anchor"``."""
    found = re.findall(rf'<[^<>]*\bid="{re.escape(anchor)}"[^<>]*>', page)
    assert len(found) == 1, (anchor, found)
    return found[0]


def test_a_journey_id_that_is_another_journeys_stage_anchor_gives_unique_ids(
        ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(ws, monkeypatch, ".")
    ids = re.findall(r' id="([^"]*)"', page)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    # The overview links to the second journey, and its anchor is that journey's article.
    assert 'href="#journey-zakup-stage-platnosc"' in page
    assert _target(page, "journey-zakup-stage-platnosc").startswith('<article class="journey-doc"')
    # The stage that yields is numbered, and its number still links to its own head.
    head = _target(page, "journey-zakup-stage-platnosc-2")
    assert head.startswith('<th scope="col"')
    assert re.search(r'id="journey-zakup-stage-platnosc-2"><a class="stage-link" '
                     r'href="#journey-zakup-stage-platnosc-2"[^>]*>2\.</a> Płatność', page)
    # Every link on the page leads somewhere, and to one place only.
    for link in re.findall(r'href="#([^"]*)"', page):
        assert ids.count(link) == 1, link


def test_two_stages_of_two_journeys_with_one_anchor_are_told_apart(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`zakup` + `a-stage-b` and `zakup-stage-a` + `b` are both `journey-zakup-stage-a-stage-b`."""
    (ws / "journeys" / "zakup.yaml").write_text(ZAKUP.replace("id: wybor", "id: raty-stage-bank"), encoding="utf-8")
    (ws / "journeys" / "zakup-po-odrzuceniu.yaml").write_text(
        DRUGI.replace("id: zakup-stage-platnosc", "id: zakup-stage-raty").replace("id: ponowna-proba", "id: bank"),
        encoding="utf-8")
    page = _page(ws, monkeypatch, ".")
    ids = re.findall(r' id="([^"]*)"', page)
    assert len(ids) == len(set(ids))
    assert ids.count("journey-zakup-stage-raty-stage-bank") == 1
    assert "journey-zakup-stage-raty-stage-bank-2" in ids


def test_anchors_without_a_clash_stay_as_they_were(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the documented anchors, on a page of many and in a journey's own export."""
    (ws / "journeys" / "zakup-po-odrzuceniu.yaml").unlink()
    page = _page(ws, monkeypatch, ".")
    for anchor in ("persona-ola-nowak", "journey-zakup", "journey-zakup-stage-wybor", "journey-zakup-stage-platnosc"):
        assert f' id="{anchor}"' in page
    assert "-stage-platnosc-2" not in page
    alone = _page(ws, monkeypatch, "journeys/zakup.yaml")
    assert re.findall(r' id="([^"]*)"', alone) == ["journey-zakup", "zakup", "journey-zakup-stage-wybor",
                                                  "journey-zakup-stage-platnosc"]


def test_the_same_documents_give_the_same_anchors_from_any_folder(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the numbering follows the overview's order, not the order files are met in."""
    first = _page(ws, monkeypatch, ".")
    second = _page(ws / "journeys", monkeypatch, "..")
    assert re.findall(r' id="([^"]*)"', first) == re.findall(r' id="([^"]*)"', second)
