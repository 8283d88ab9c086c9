"""language-mismatch (CX601) for a journey that states no `lang`, in a workspace whose config does.

The rule takes the config's `lang` only when the journey's words read as that language too, which
guessing the language of the whole file tells (cxkit.workspace.guess_lang reads every word of it).
It now asks that last, after the quick looks that settle most journeys (no Polish letter in an English
workspace's journey, no word only English has in a Polish one's): a cold `lint` of a Polish workspace
spent about 4% of its CPU guessing the language of journeys the rule then left alone at once.

The findings must stay exactly what they were: the outputs below were written by cxkit before the
change (English and Polish workspaces, JSON and text), and the guess must still decide the journeys
that pass the quick looks (a mixed journey whose words read as the other language is left alone).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit.workspace
from cxkit.cli import app

TENT_RETURN = """kind: journey
id: tent-return
name: Returning a tent that leaked
persona: ava-ridge
reviewed: 2026-11-10
stages:
  - id: post-purchase
    name: Post-purchase
    touchpoints:
      - channel: email
        description: Return form sent after a wet night in Snowdonia
    doing: Fills in the return form and waits 6 days for a label
    feeling: Angry that the seams leaked on the first trip
    emotion: -2
  - id: loyalty
    name: Lojalność
    touchpoints:
      - channel: email
        description: Kupon rabatowy na kolejny namiot po reklamacji
    doing: Otwiera maila z kuponem i zapisuje kod na później, bo nie wie, kiedy znowu pojedzie pod namiot
    feeling: Udobruchana, ale nadal ostrożna i zła na sklep
    emotion: 0
"""

MLEKO = """kind: journey
id: zakup-mleka
name: Zakup mleka bez laktozy
persona: ola-mleko
reviewed: 2026-11-10
stages:
  - id: szukanie
    name: Szukanie
    touchpoints:
      - channel: sklep
        description: Półka z nabiałem w Żabce przy przystanku
    doing: Szuka mleka bez laktozy między jogurtami i nie może go znaleźć
    feeling: Zniecierpliwiona, bo autobus odjeżdża za pięć minut
    emotion: -1
  - id: review
    name: Review
    touchpoints:
      - channel: app
        description: The store app asks for a rating after the purchase
    doing: She opens the app when the bus stops and writes that the milk was hard to find
    feeling: Tired of the pop-ups that the app shows with every purchase
    emotion: -1
"""

#: Only Polish: no word that only English has.
KAWA = """kind: journey
id: zakup-kawy
name: Zakup kawy ziarnistej
persona: ola-mleko
reviewed: 2026-11-10
stages:
  - id: wybor
    name: Wybór
    touchpoints:
      - channel: sklep internetowy
        description: Strona palarni z opisem smaku i datą palenia
    doing: Porównuje trzy kawy z Etiopii i wybiera tę paloną najpóźniej
    feeling: Zaciekawiona, bo opis smaku brzmi jak deser
    emotion: 1
"""

#: Only English, in ASCII, no word only Polish spells so.
KETTLE = """kind: journey
id: kettle-return
name: Returning a kettle
persona: ava-ridge
reviewed: 2026-11-10
stages:
  - id: return
    name: Return
    touchpoints:
      - channel: store
        description: The service desk of the Leeds store
    doing: Brings the kettle back with the receipt and asks for a refund
    feeling: Annoyed that the lid broke after two weeks
    emotion: -1
"""

EN_JSON = [
    ("journeys/tent-return-en.yaml", 16, 9, "stage 'loyalty' is written in Polish ('Lojalność', 'później', 'ostrożna', …) "
     "while the journey is in English (`lang: en`); translate it, or move it to a journey in that language"),
    ("journeys/zakup-mleka.yaml", 7, 9, "stage 'szukanie' is written in Polish ('Półka', 'nabiałem', 'między', …) while "
     "the journey is in English (the config's `lang = \"en\"`); translate it, or move it to a journey in that language"),
]
PL_JSON = [
    ("journeys/tent-return-en.yaml", 16, 9, "etap „loyalty” jest napisany po polsku („Lojalność”, „później”, „ostrożna”, "
     "…), a ścieżka jest po angielsku (`lang: en`); przetłumacz go albo przenieś do ścieżki w tym języku"),
    ("journeys/tent-return.yaml", 7, 9, "etap „post-purchase” jest napisany po angielsku („after”, „in”, „the”, …), a "
     "ścieżka jest po polsku (`lang = \"pl\"` z konfiguracji); przetłumacz go albo przenieś do ścieżki w tym języku"),
]
EN_TEXT = (
    f"{EN_JSON[0][0]}:16:9: warning CX601 {EN_JSON[0][3]} [language-mismatch]\n\n"
    f"{EN_JSON[1][0]}:7:9: warning CX601 {EN_JSON[1][3]} [language-mismatch]\n\n"
    "Found 2 problems (2 warnings) in 2 files; 3 documents checked.\n"
)
PL_TEXT = (
    f"{PL_JSON[0][0]}:16:9: warning CX601 {PL_JSON[0][3]} [language-mismatch]\n\n"
    f"{PL_JSON[1][0]}:7:9: warning CX601 {PL_JSON[1][3]} [language-mismatch]\n\n"
    "Znaleziono 2 problemy (2 ostrzeżenia) w 2 plikach; sprawdzono 3 dokumenty.\n"
)


def _workspace(root: Path, lang: str, journeys: dict[str, str]) -> Path:
    (root / "journeys").mkdir(parents=True)
    (root / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    for name, text in journeys.items():
        (root / "journeys" / name).write_text(text, encoding="utf-8")
    return root


def _mixed(root: Path, lang: str) -> Path:
    """Two mixed journeys stating no `lang` (one reads as English, one as Polish) and one stating `lang: en`."""
    return _workspace(root, lang, {
        "tent-return.yaml": TENT_RETURN,
        "zakup-mleka.yaml": MLEKO,
        "tent-return-en.yaml": TENT_RETURN.replace("id: tent-return\n", "id: tent-return-en\nlang: en\n"),
    })


def _lint(ws: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> tuple[int, str]:
    monkeypatch.chdir(ws)
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", fmt, "--select", "CX601,CX602", "journeys"])
    return result.exit_code, result.stdout


@pytest.mark.parametrize(("lang", "expected"), [("en", EN_JSON), ("pl", PL_JSON)])
def test_findings_as_before_json_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                     expected: list[tuple[str, int, int, str]]) -> None:
    code, out = _lint(_mixed(tmp_path, lang), monkeypatch, "json")
    assert code == 1
    assert [(f["path"], f["line"], f["column"], f["message"]) for f in json.loads(out)] == expected


@pytest.mark.parametrize(("lang", "expected"), [("en", EN_TEXT), ("pl", PL_TEXT)])
def test_findings_as_before_text_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, expected: str) -> None:
    code, out = _lint(_mixed(tmp_path, lang), monkeypatch, "text")
    assert (code, out) == (1, expected)


@pytest.mark.parametrize(("lang", "name", "text"), [("pl", "zakup-kawy.yaml", KAWA), ("en", "kettle-return.yaml", KETTLE)])
def test_a_journey_the_quick_look_settles_is_not_guessed_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               lang: str, name: str, text: str) -> None:
    asked: list[str] = []
    guess = cxkit.workspace.guess_lang

    def counting(body: str, declared: str | None, default: str | None) -> str:
        asked.append(body)
        return guess(body, declared, default)

    monkeypatch.setattr(cxkit.workspace, "guess_lang", counting)
    code, out = _lint(_workspace(tmp_path, lang, {name: text}), monkeypatch, "json")
    assert (code, json.loads(out)) == (0, [])
    assert asked == []


def test_a_journey_past_the_quick_look_is_still_guessed_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """MLEKO has words only English has: the guess decides, and it reads as English, so a Polish workspace leaves
    it alone (its Polish stage is no mismatch of a Polish journey)."""
    asked: list[str] = []
    guess = cxkit.workspace.guess_lang

    def counting(body: str, declared: str | None, default: str | None) -> str:
        asked.append(guess(body, declared, default))
        return asked[-1]

    monkeypatch.setattr(cxkit.workspace, "guess_lang", counting)
    code, out = _lint(_workspace(tmp_path, "pl", {"zakup-mleka.yaml": MLEKO}), monkeypatch, "json")
    assert (code, json.loads(out)) == (0, [])
    assert asked == ["en"]
