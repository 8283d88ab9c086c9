"""stage-out-of-order (CX411): an early stage (awareness, discovery) after a late one (loyalty, advocacy).

tester8 L5: the first stages of a Polish journey appended after `advocacy` in an English one passed
with no finding. A new round (a stage that says the journey starts over, or "re-awareness") is no
mistake, nor a name that only begins with an early word.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.config import Config
from cxkit.lint.engine import Selection, lint

MESSAGE = ("stage '{early}' is an early stage (awareness, discovery) after '{late}', a late one (loyalty, advocacy); "
           "move it up among the early stages, or, if the customer starts over here, say so in its name "
           "('re-awareness', 'ponowna świadomość')")


def journey(lang: str, stages: list[tuple[str, str]]) -> str:
    head = f"kind: journey\nid: j\nname: J\nlang: {lang}\npersona: ola\nstages:\n"
    return head + "".join(f"  - id: {sid}\n    name: {name}\n    emotion: 0\n" for sid, name in stages)


def findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[tuple[int, int, str]]:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "j.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path), Selection(select=("stage-out-of-order",))).findings
    return [(f.line, f.column, f.message) for f in found]


def line_of(text: str, sid: str) -> int:
    return text.splitlines().index(f"  - id: {sid}") + 1


EN_SEVEN = [("awareness", "Awareness"), ("consideration", "Consideration"), ("decision", "Decision"),
            ("purchase", "Purchase"), ("post-purchase", "Post-purchase"), ("loyalty", "Loyalty"), ("advocacy", "Advocacy")]
PL_SEVEN = [("swiadomosc", "Świadomość"), ("rozwazanie", "Rozważanie"), ("decyzja", "Decyzja"), ("zakup", "Zakup"),
            ("po-zakupie", "Doświadczenie po zakupie"), ("lojalnosc", "Lojalność"), ("polecanie", "Polecanie")]


def test_polish_stages_appended_after_advocacy_in_an_english_journey(tmp_path, monkeypatch):
    # tester8 L5: the first two stages of a Polish journey pasted at the end
    text = journey("en", EN_SEVEN[1:] + [("swiadomosc", "Świadomość"), ("rozwazanie", "Rozważanie")])
    assert findings(tmp_path, monkeypatch, text) == [
        (line_of(text, "swiadomosc"), 9, MESSAGE.format(early="swiadomosc", late="advocacy")),
    ]


def test_polish_journey_with_awareness_after_loyalty(tmp_path, monkeypatch):
    text = journey("pl", PL_SEVEN[1:6] + [("odkrycie", "Odkrycie"), ("polecanie", "Polecanie")])
    assert findings(tmp_path, monkeypatch, text) == [
        (line_of(text, "odkrycie"), 9, MESSAGE.format(early="odkrycie", late="lojalnosc")),
    ]


def test_an_early_name_under_another_id_and_without_polish_letters(tmp_path, monkeypatch):
    text = journey("pl", [("etap-1", "Swiadomosc")] + PL_SEVEN[1:] + [("etap-8", "Swiadomosc")])
    assert [line for line, _, _ in findings(tmp_path, monkeypatch, text)] == [line_of(text, "etap-8")]


def test_each_misplaced_early_stage_is_reported(tmp_path, monkeypatch):
    text = journey("en", [("loyalty", "Loyalty"), ("advocacy", "Advocacy"), ("awareness", "Awareness"),
                          ("discovery", "Discovery")])
    assert [(line, msg.split(" is ")[0]) for line, _, msg in findings(tmp_path, monkeypatch, text)] == [
        (line_of(text, "awareness"), "stage 'awareness'"), (line_of(text, "discovery"), "stage 'discovery'"),
    ]


@pytest.mark.parametrize(("lang", "stages"), [
    ("en", EN_SEVEN),
    ("pl", PL_SEVEN),
    # a new round, said by a stage between
    ("en", EN_SEVEN + [("next-cycle", "Next cycle"), ("awareness-2", "Awareness")]),
    ("pl", PL_SEVEN + [("powrot", "Powrót po roku"), ("swiadomosc-2", "Świadomość")]),
    ("pl", PL_SEVEN + [("ponowny-zakup", "Ponowny zakup"), ("odkrycie", "Odkrycie")]),
    # or by the early stage itself
    ("en", EN_SEVEN + [("re-awareness", "Re-awareness")]),
    ("pl", PL_SEVEN + [("ponowna-swiadomosc", "Ponowna świadomość")]),
    # a name that only begins with an early word is no early stage
    ("en", EN_SEVEN + [("tariff", "Awareness of the new tariff")]),
    ("pl", PL_SEVEN + [("nowa-oferta", "Odkrycie nowej oferty")]),
    # consideration after loyalty (an upgrade weighed) is not an early stage of this rule
    ("pl", PL_SEVEN[:6] + [("rozwazanie-2", "Rozważanie wyższego pakietu"), ("polecanie", "Polecanie")]),
])
def test_the_usual_order_and_new_rounds_are_no_finding(tmp_path, monkeypatch, lang, stages):
    assert findings(tmp_path, monkeypatch, journey(lang, stages)) == []


def test_examples_have_no_such_stage(monkeypatch):
    root = Path(__file__).resolve().parents[1] / "examples"
    monkeypatch.chdir(root)
    assert lint(["."], Config(root=root), Selection(select=("stage-out-of-order",))).findings == []


def test_the_rule_is_listed_and_explained():
    result = CliRunner().invoke(app, ["rule", "CX411"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert result.stdout.startswith("stage-out-of-order (CX411), default severity: warning\n")
    assert "Ponowna świadomość" in result.stdout
