"""review15: wrong findings of session 24's new rule changes (F1-F8, F11-F13).

Each fix has a positive test (what the rule must still report) and a negative one (what it no
longer reports), in Polish and in English.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint


def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], rule: str) -> list[tuple[str, int, str]]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path), Selection(select=(rule,))).findings
    return [(Path(f.path).name, f.line, f.message) for f in found]


# --- F3: CX411, a journey that starts with a referral -------------------------------------------

def journey(lang: str, stages: list[tuple[str, str]]) -> str:
    head = f"kind: journey\nid: j\nname: J\nlang: {lang}\npersona: ola\nstages:\n"
    return head + "".join(f"  - id: {sid}\n    name: {name}\n    emotion: 0\n" for sid, name in stages)


@pytest.mark.parametrize(("lang", "stages"), [
    # an accountant's referral, then the discovery call (B2B)
    ("en", [("referral", "Referral"), ("discovery", "Discovery call"), ("proposal", "Proposal"), ("purchase", "Purchase")]),
    # a GP's referral, then the first contact with the clinic
    ("en", [("referral", "GP referral"), ("first-contact", "First contact"), ("diagnosis", "Diagnosis")]),
    ("en", [("awareness", "Awareness"), ("recommendation", "Recommendation"), ("discovery", "Discovery")]),
    # a friend's link from the referral programme, then the app explored
    ("pl", [("polecenie", "Polecenie"), ("odkrywanie", "Odkrywanie"), ("zakup", "Założenie konta")]),
    ("pl", [("polecenie", "Polecenie znajomej"), ("pierwszy-kontakt", "Pierwszy kontakt"), ("zakup", "Zakup")]),
])
def test_a_journey_that_starts_with_a_referral_is_in_order(tmp_path, monkeypatch, lang, stages):
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": journey(lang, stages)}, "stage-out-of-order") == []


@pytest.mark.parametrize(("lang", "stages", "early", "late"), [
    # tester8: awareness after advocacy and loyalty is still reported
    ("en", [("purchase", "Purchase"), ("loyalty", "Loyalty"), ("advocacy", "Advocacy"), ("awareness", "Awareness")],
     "awareness", "advocacy"),
    ("en", [("loyalty", "Loyalty"), ("awareness", "Awareness")], "awareness", "loyalty"),
    # a referral after a purchase is the late one
    ("en", [("awareness", "Awareness"), ("purchase", "Purchase"), ("referral", "Referral"), ("discovery", "Discovery")],
     "discovery", "referral"),
    ("pl", [("zakup", "Zakup"), ("polecenie", "Polecenie"), ("odkrywanie", "Odkrywanie")], "odkrywanie", "polecenie"),
    ("pl", [("lojalnosc", "Lojalność"), ("swiadomosc", "Świadomość")], "swiadomosc", "lojalnosc"),
])
def test_an_early_stage_after_a_late_one_is_still_reported(tmp_path, monkeypatch, lang, stages, early, late):
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": journey(lang, stages)}, "stage-out-of-order")
    assert [msg.split(", a late one")[0] for _, _, msg in found] == [
        f"stage '{early}' is an early stage (awareness, discovery) after '{late}'"]
