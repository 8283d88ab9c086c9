"""Mermaid draws each section and task in a box and clips what does not fit: cxkit cuts a text at a word
boundary and says it whole in the accessible description. Since s40 a box holds three wrapped lines of
about 19 characters (test_render_mermaid_whole_names_s40.py), no longer one of 20."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

JOURNEY = """\
kind: journey
id: konto
name: Kasia zakłada konto w aplikacji
lang: pl
persona: kasia
stages:
  - id: polecenie
    name: Polecenie
    doing: Czyta regulamin promocji na telefonie i szuka warunku „3 płatności kartą w miesiącu”
    emotion: 0
  - id: kyc
    name: Weryfikacja tożsamości
    doing: "Robi selfie o 3:10 w nocy na dyżurce przy świetlówce; dwa razy dostaje „Błąd KYC-403”"
    emotion: -2
  - id: karta
    name: Karta
    doing: Płaci kartą
    emotion: 2
"""


def _mermaid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    # Its own workspace: without a config the persona is looked up from the folder above, pytest's
    # basetemp, whose thousands of sibling folders in a long run use up the lookup's entry budget.
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "konto.yaml").write_text(JOURNEY, encoding="utf-8")
    (tmp_path / "kasia.yaml").write_text("kind: persona\nid: kasia\nname: Katarzyna Wójcik\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["render", "konto.yaml", "-f", "mermaid"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_boxes_are_cut_at_a_word_and_the_description_has_them_whole(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out = _mermaid(tmp_path, monkeypatch)
    assert out.split("\n")[:8] == [
        "journey",
        "    title Kasia zakłada konto w aplikacji",
        "    section Polecenie",
        "      Czyta regulamin promocji na telefonie i szuka…: 3: Katarzyna Wójcik",
        "    section Weryfikacja tożsamości",
        "      Robi selfie o 3#58;10 w nocy na dyżurce przy świetlówce…: 1: Katarzyna Wójcik",
        "    section Karta",
        "      Płaci kartą: 5: Katarzyna Wójcik",  # short texts stay as written
    ]
    assert out.split("\n")[-2] == (
        "    accDescr: Krzywa emocji: 1. Polecenie: 0 neutralnie#59; 2. Weryfikacja tożsamości: -2 bardzo źle#59; "
        "3. Karta: +2 bardzo dobrze. W całości: 1. Polecenie – Czyta regulamin promocji na telefonie i szuka "
        "warunku „3 płatności kartą w miesiącu”#59; 2. Weryfikacja tożsamości – Robi selfie o 3:10 w nocy na "
        "dyżurce przy świetlówce#59; dwa razy dostaje „Błąd KYC-403”")


@pytest.mark.parametrize(("text", "shown"), [
    ("Czyta regulamin promocji", "Czyta regulamin…"),
    ("Szuka warunku „3 płatności", "Szuka warunku…"),  # no quote left open before the "…"
    ("Sprawdza, czy spełniła warunki", "Sprawdza, czy…"),
    ("Dane – potem weryfikacja", "Dane – potem…"),
    ("Formularz – wypełnia go", "Formularz…"),  # no dangling dash
    ("Rezydencjapodatkowazagranicą i PIT", "Rezydencjapodatkowa…"),  # one word too long: cut inside
    ("Exactly twenty chars", "Exactly twenty chars"),
    ("Płaci (kartą, BLIK, gotówką)", "Płaci…"),
])
def test_a_text_is_cut_at_the_last_word_that_fits(text: str, shown: str) -> None:
    from cxkit.render.mermaid import BOX, shorten

    assert shorten(text, BOX) == shown
    assert len(shorten(text, BOX)) <= BOX
