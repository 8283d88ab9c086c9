"""`cxkit new journey --persona ID` writes the journey in the persona's language.

In a mixed workspace (`lang = "en"` in the config, Polish personas under personas/pl), a journey of
Agnieszka (`lang: pl`) got the English template and `lang: en`, and once filled in Polish it was
reported as lang-contradicts-text (CX602).  Now the persona's `lang:` chooses the template when
`--lang` does not, and `new` says so when it differs from the config.  A persona's own language
still comes from `--lang`, then the config (as `cxkit new --help` says).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

AGNIESZKA = """\
kind: persona
id: agnieszka-ksiegowa
name: Agnieszka Wróbel
lang: pl
summary: Księgowa w biurze rachunkowym w Poznaniu, prowadzi 40 jednoosobowych firm
goals:
  - Wysłać wszystkie faktury klientów do KSeF przed 10. dniem miesiąca
"""
SARAH = """\
kind: persona
id: sarah-bookkeeper
name: Sarah Whitfield
lang: en
summary: Bookkeeper at a Leeds practice, keeps the books of 25 sole traders
goals:
  - File every client's VAT return a week before the deadline
"""


def _workspace(root: Path, monkeypatch: pytest.MonkeyPatch, lang: str, personas: dict[str, str]) -> Path:
    monkeypatch.chdir(root)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    (root / "cxkit.toml").write_text(f'paths = ["personas", "journeys"]\nlang = "{lang}"\n', encoding="utf-8")
    for rel, text in personas.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _new(*args: str):
    result = CliRunner().invoke(app, ["new", *args, "--no-input"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def mixed_en(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An English workspace with a Polish persona and an English one, as tester39's monorepo."""
    return _workspace(tmp_path, monkeypatch, "en", {"personas/pl/agnieszka.yaml": AGNIESZKA,
                                                   "personas/en/sarah.yaml": SARAH})


def test_a_journey_of_a_polish_persona_is_polish_in_an_english_workspace_s37(mixed_en: Path) -> None:
    result = _new("journey", "Agnieszka zgłasza reklamację", "--persona", "agnieszka-ksiegowa")
    assert result.stdout == "journeys/agnieszka-zglasza-reklamacje.yaml\n"
    text = (mixed_en / "journeys/agnieszka-zglasza-reklamacje.yaml").read_text(encoding="utf-8")
    assert "\nlang: pl\n" in text and "persona: agnieszka-ksiegowa" in text
    assert "# Mapa podróży klienta" in text  # the Polish template, not only its `lang:`
    assert ("cxkit: language: pl (from the persona 'agnieszka-ksiegowa', whose lang is pl; the config says en; "
            "use --lang en for English)") in result.stderr


def test_lang_on_the_command_line_still_wins_s37(mixed_en: Path) -> None:
    result = _new("journey", "Agnieszka files a complaint", "--persona", "agnieszka-ksiegowa", "--lang", "en")
    text = (mixed_en / "journeys/agnieszka-files-a-complaint.yaml").read_text(encoding="utf-8")
    assert "\nlang: en\n" in text and "# Customer journey map" in text
    assert "language:" not in result.stderr


def test_a_persona_in_the_config_s_language_is_said_nothing_of_s37(mixed_en: Path) -> None:
    result = _new("journey", "Sarah closes the month", "--persona", "sarah-bookkeeper")
    assert "\nlang: en\n" in (mixed_en / "journeys/sarah-closes-the-month.yaml").read_text(encoding="utf-8")
    assert "language:" not in result.stderr


def test_an_english_persona_in_a_polish_workspace_gets_an_english_journey_s37(tmp_path, monkeypatch) -> None:
    root = _workspace(tmp_path, monkeypatch, "pl", {"personas/sarah.yaml": SARAH, "personas/agnieszka.yaml": AGNIESZKA})
    result = _new("journey", "Sarah closes the month", "--persona", "sarah-bookkeeper")
    text = (root / "journeys/sarah-closes-the-month.yaml").read_text(encoding="utf-8")
    assert "\nlang: en\n" in text and "# Customer journey map" in text
    assert ("cxkit: język: en (z persony „sarah-bookkeeper”, której lang to en; konfiguracja mówi pl; "
            "--lang pl, by pisać po polsku)") in result.stderr
    # Agnieszka's journey there is Polish, as the config says, without a word.
    result = _new("journey", "Agnieszka zgłasza reklamację", "--persona", "agnieszka-ksiegowa")
    assert "\nlang: pl\n" in (root / "journeys/agnieszka-zglasza-reklamacje.yaml").read_text(encoding="utf-8")
    assert "język:" not in result.stderr and "language:" not in result.stderr


@pytest.mark.parametrize("lang_line", ["", "lang: polski\n"])
def test_a_persona_that_states_no_language_leaves_it_to_the_config_s37(tmp_path, monkeypatch, lang_line) -> None:
    persona = AGNIESZKA.replace("lang: pl\n", lang_line)
    root = _workspace(tmp_path, monkeypatch, "en", {"personas/agnieszka.yaml": persona})
    result = _new("journey", "Agnieszka zgłasza reklamację", "--persona", "agnieszka-ksiegowa")
    assert "\nlang: en\n" in (root / "journeys/agnieszka-zglasza-reklamacje.yaml").read_text(encoding="utf-8")
    assert "from the persona" not in result.stderr


def test_an_unknown_persona_leaves_it_to_the_config_s37(mixed_en: Path) -> None:
    result = _new("journey", "Agnieszka zgłasza reklamację", "--persona", "agnieszka-kowal")
    assert "\nlang: en\n" in (mixed_en / "journeys/agnieszka-zglasza-reklamacje.yaml").read_text(encoding="utf-8")
    assert "no persona with id 'agnieszka-kowal'" in result.stderr and "from the persona" not in result.stderr


def test_a_new_persona_takes_the_config_s_language_not_its_name_s_s37(mixed_en: Path) -> None:
    # As `cxkit new --help` and docs/scaffolding.md say: --lang, then the config; the name is read only without one.
    result = _new("persona", "Agnieszka Wróbel", "--dir", "personas/pl", "--id", "agnieszka-wrobel")
    text = (mixed_en / "personas/pl/agnieszka-wrobel.yaml").read_text(encoding="utf-8")
    assert "\nlang: en\n" in text
    assert "language:" not in result.stderr
    _new("persona", "Ewa Wróbel", "--dir", "personas/pl", "--lang", "pl")
    assert "\nlang: pl\n" in (mixed_en / "personas/pl/ewa-wrobel.yaml").read_text(encoding="utf-8")
