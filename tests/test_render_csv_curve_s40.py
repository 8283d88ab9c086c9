"""A journey's CSV export ends with its emotions as numbers, its name and its persona (tester45 #7).

The *Emocje* row says "bardzo źle (-2)", which a spreadsheet cannot chart, and nothing named the
journey or its persona. Three rows now follow every row the export wrote before, whose places and
columns are unchanged: each stage's emotion as a bare number (no apostrophe, which would make it
text), the journey's name, and the persona's name with its id (the id alone when it is not found).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from workspace_helpers import run_cxkit

PERSONA = """\
kind: persona
id: marta-zielinska
name: Marta Zielińska
lang: {lang}
summary: Księgowa z Gdańska kupuje pierwsze mieszkanie
goals:
  - Rata poniżej 3 600 zł
"""

JOURNEY = """\
kind: journey
id: kredyt-hipoteczny-marty
name: {name}
lang: {lang}
persona: {persona}
stages:
  - id: symulacja
    name: Symulacja raty
    doing: Liczy ratę w kalkulatorze
    emotion: 1
  - id: wniosek
    name: Złożenie wniosku
    doing: Wgrywa zaświadczenie o dochodach
    emotion: -2
    barriers:
      - Formularz gubi załączniki
    opportunities:
      - action: Zapisywać wersję roboczą co minutę
        owner: Zespół kanałów cyfrowych
        status: planned
  - id: decyzja
    name: Decyzja kredytowa
    doing: Czeka na telefon doradcy
"""

LABELS = {"pl": ("Emocje", "Emocje (od -2 do +2)", "Ścieżka", "Persona", "Etap"),
          "en": ("Emotion", "Emotion (-2 to +2)", "Journey", "Persona", "Stage")}


def _rows(out: str, sep: str = ",") -> list[list[str]]:
    assert out.startswith("\ufeff")
    return list(csv.reader(io.StringIO(out[1:], newline=""), delimiter=sep))


def _workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, persona: str = "marta-zielinska",
               name: str = "Marta bierze kredyt hipoteczny") -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "marta.yaml").write_text(PERSONA.format(lang=lang), encoding="utf-8")
    (tmp_path / "journeys" / "kredyt.yaml").write_text(JOURNEY.format(lang=lang, persona=persona, name=name),
                                                        encoding="utf-8")


@pytest.mark.parametrize("lang", ["pl", "en"])
@pytest.mark.parametrize("sep", [",", ";"])
def test_csv_ends_with_numbers_journey_and_persona_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       lang: str, sep: str) -> None:
    _workspace(tmp_path, monkeypatch, lang)
    emotion, number, journey, persona, corner = LABELS[lang]
    code, out, err = run_cxkit("render", "journeys/kredyt.yaml", "-f", "csv", "--csv-separator", sep)
    assert code == 0, err
    assert err == ""
    rows = _rows(out, sep)
    labels = [r[0] for r in rows]
    # the rows written before keep their places: corner, the aspects, and the three new ones last
    assert labels[0] == corner and labels[-3:] == [number, journey, persona], labels
    assert labels.index(emotion) < len(labels) - 3
    assert all(len(r) == 4 for r in rows), rows  # one field per stage plus the label, every row
    numbers = rows[-3]
    assert numbers[1:] == ["1", "-2", ""]
    assert [int(n) for n in numbers[1:3]] == [1, -2]
    # written as numbers, no apostrophe (which inert() puts before a user's "-…")
    assert f'"-2"' in out and "'-2" not in out
    assert rows[-2][1:] == ["Marta bierze kredyt hipoteczny", "", ""]
    assert rows[-1][1:] == ["Marta Zielińska (marta-zielinska)", "", ""]
    # the words stay where they were
    assert rows[labels.index(emotion)][2].endswith("(-2)")


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_csv_unknown_persona_gives_its_id_and_no_hint_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          lang: str) -> None:
    _workspace(tmp_path, monkeypatch, lang, persona="ktos-inny", name="=HYPERLINK(\\\"x\\\")")
    code, out, err = run_cxkit("render", "journeys/kredyt.yaml", "-f", "csv")
    assert code == 0 and err == "", err
    rows = _rows(out)
    assert rows[-1][1] == "ktos-inny"
    assert rows[-2][1].startswith("'=HYPERLINK")  # a name is the author's text: still made inert


def test_csv_with_one_stage_and_no_emotion_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _workspace(tmp_path, monkeypatch, "pl")
    code, out, err = run_cxkit("render", "journeys/kredyt.yaml", "-f", "csv", "--stage", "decyzja")
    assert code == 0, err
    rows = _rows(out)
    assert [r[0] for r in rows][-2:] == ["Ścieżka", "Persona"]
    assert "Emocje (od -2 do +2)" not in out
    assert all(len(r) == 2 for r in rows), rows
