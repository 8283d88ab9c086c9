"""language-mismatch (CX601) and the config's `lang`.

An agency sets the language per client (`lang = "en"` in the client's cxkit.toml) and its journeys
state none; Polish stages pasted into such an English journey passed, since CX601 read only a
journey's own `lang:`. The config's `lang` now counts for a journey that states none, when the
journey's words read as that language too (README: the config's `lang` settles what the words do not).
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

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
    pain_points:
      - The return label arrives 6 days after the request
    opportunities:
      - action: Send the prepaid return label within 1 hour of the request
        owner: Returns team (Gail Penn)
        due: 2027-01-31
  - id: replacement
    name: Replacement
    touchpoints:
      - channel: store
        description: The Cardiff store swaps the tent for the 2027 model
    doing: Brings the tent back and picks the sturdier model with taped seams
    feeling: Relieved that the store staff did not argue about the receipt
    emotion: 1
  - id: loyalty
    name: Lojalność
    touchpoints:
      - channel: email
        description: Kupon rabatowy na kolejny namiot po reklamacji
    doing: Otwiera maila z kuponem i zapisuje kod na później
    feeling: Udobruchana, ale nadal ostrożna
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
  - id: zakup
    name: Zakup
    touchpoints:
      - channel: kasa
        description: Kasa samoobsługowa z płatnością BLIK
    doing: Płaci telefonem i chowa karton do plecaka przed wyjściem ze sklepu
    feeling: Zadowolona, że zdążyła na autobus do pracy
    emotion: 1
  - id: review
    name: Review
    touchpoints:
      - channel: app
        description: The store app asks for a rating after the purchase
    doing: She opens the app when the bus stops and writes that the milk was hard to find
    feeling: Tired of the pop-ups that the app shows with every purchase
    emotion: -1
"""


def lint(ws: Path, lang: str | None, name: str, text: str) -> list[dict[str, object]]:
    (ws / "journeys").mkdir(exist_ok=True)
    for old in (ws / "journeys").glob("*.yaml"):
        old.unlink()  # one journey at a time
    (ws / "journeys" / name).write_text(text, encoding="utf-8")
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n' if lang else "", encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "--select", "CX601", str(ws / "journeys")])
    assert result.exit_code in (0, 1), result.output
    return [f for f in json.loads(result.stdout) if f["code"] == "CX601"]


def test_config_lang_en_checks_an_english_journey_that_states_none(tmp_path: Path) -> None:
    found = lint(tmp_path, "en", "tent-return.yaml", TENT_RETURN)
    assert [(f["line"], f["code"]) for f in found] == [(29, "CX601")]
    assert found[0]["message"].startswith("stage 'loyalty' is written in Polish (")
    assert "while the journey is in English (the config's `lang = \"en\"`)" in found[0]["message"]


def test_config_lang_pl_checks_a_polish_journey_that_states_none(tmp_path: Path) -> None:
    found = lint(tmp_path, "pl", "zakup-mleka.yaml", MLEKO)
    # A Polish workspace reads it in Polish (session 36), the config's `lang` named as the config writes it.
    assert [f["message"].split(" (")[0] for f in found] == ["etap „review” jest napisany po angielsku"]
    assert "a ścieżka jest po polsku (`lang = \"pl\"` z konfiguracji)" in found[0]["message"]


def test_a_journey_stating_its_lang_is_read_by_it(tmp_path: Path) -> None:
    found = lint(tmp_path, "pl", "tent-return.yaml", TENT_RETURN.replace("reviewed:", "lang: en\nreviewed:"))
    assert len(found) == 1 and "(`lang: en`)" in found[0]["message"]


def test_no_config_lang_or_words_of_the_other_language_leave_it_alone(tmp_path: Path) -> None:
    assert lint(tmp_path, None, "tent-return.yaml", TENT_RETURN) == []
    # An English journey in a Polish client: its words settle its language; no stage of it is "English".
    assert lint(tmp_path, "pl", "tent-return.yaml", TENT_RETURN) == []
    assert lint(tmp_path, "en", "zakup-mleka.yaml", MLEKO) == []
