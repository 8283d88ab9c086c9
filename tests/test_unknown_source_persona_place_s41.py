"""unknown-source (CX302): a journey citing its persona's research names the persona's entry (session 41).

Session 39 told a journey that cites a source it does not define to copy "its entry from that persona's
`sources`", without saying where that entry is.  The document rule is cached by the journey's bytes alone, so
a line of the persona's file named there would go stale; that part of the rule now runs with the cross-file
rules, from the persona's summary: the message names `personas/ola.yaml:12`, the line the source's entry starts
on, and stays right when only the persona's file changes, warm cache or not.  The finding's code, place and
quoted parts (its SARIF/GitLab fingerprint and baseline key) are those of session 39's message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
reviewed: 2026-10-01
goals:
  - text: Przebiec półmaraton poniżej 2 godzin w kwietniu 2027
    sources: [wywiady-2026-09]
sources:
  - id: wywiady-2026-09
    type: interview
    date: 2026-09-10
  - id: ankieta-sklep-2026
    type: survey
    date: 2026-08-01
    n: 412
"""

OLA_JOURNEY = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
lang: pl
reviewed: 2026-10-02
stages:
  - id: rozwazanie
    name: Porównuje modele na forum biegowym
    emotion: -1
    touchpoints: [forum bieganie.pl]
    pain_points:
      - text: Nie wie, który model amortyzuje przy jej wadze
        sources: [ankieta-sklep-2026]
      - text: Boi się, że buty obetrą jej piętę jak poprzednie
        sources: [obserwacja-2026]
"""

DAN = """\
kind: persona
id: dan-heating-firm-owner
name: Dan Okafor
lang: en
reviewed: 2026-10-01
goals:
  - text: Invoice every job from the van on the day it is signed off
    sources: [interviews-2026-09]
sources:
  - id: interviews-2026-09
    type: interview
    date: 2026-09-18
    n: 11
"""

DAN_JOURNEY = """\
kind: journey
id: dan-switches-invoicing
name: Dan moves his firm's invoicing to Billrun
persona: dan-heating-firm-owner
lang: en
reviewed: 2026-10-02
stages:
  - id: import
    name: Imports 340 customers from a spreadsheet
    emotion: -2
    touchpoints: [CSV import]
    barriers:
      - text: The import stops at the first row with a postcode in lower case
        sources: [interviews-2026-09]
"""

#: Where each persona's cited source entry starts.
OLA_ENTRY = 13
DAN_ENTRY = 10


def _ws(tmp_path: Path, monkeypatch, lang: str, files: dict[str, str]) -> Path:
    return enter_workspace(tmp_path, monkeypatch, config=f'lang = "{lang}"\n', today="2026-12-01", files=files)


def _cx302(*args: str) -> list[tuple[str, int, int, str]]:
    result = run_cli("lint", "-f", "json", "--select", "unknown-source", *args)
    assert result.exception is None, repr(result.exception)
    return [(f["path"], f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)]


def test_an_english_journey_is_told_where_the_personas_entry_is_s41(tmp_path, monkeypatch):
    _ws(tmp_path, monkeypatch, "en", {"personas/dan.yaml": DAN, "journeys/dan.yaml": DAN_JOURNEY})
    assert _cx302() == [(
        "journeys/dan.yaml", 14, 19,
        "source 'interviews-2026-09' is not defined in this file's sources (none are defined); a journey cites the "
        f"sources it lists itself: persona 'dan-heating-firm-owner' defines it at personas/dan.yaml:{DAN_ENTRY}; copy "
        "that entry (id, type and date) from that persona's `sources` into this journey's `sources`")]


def test_a_polish_journey_is_told_it_in_polish_and_a_source_the_persona_lacks_as_before_s41(tmp_path, monkeypatch):
    _ws(tmp_path, monkeypatch, "pl", {"personas/ola.yaml": OLA, "journeys/ola.yaml": OLA_JOURNEY})
    assert _cx302("journeys/ola.yaml") == [
        ("journeys/ola.yaml", 14, 19,
         "źródło „ankieta-sklep-2026” nie jest zdefiniowane w `sources` tego pliku (nie zdefiniowano żadnego); ścieżka "
         f"powołuje się na źródła, które sama wymienia: persona „ola-biegaczka” definiuje je w personas/ola.yaml:{OLA_ENTRY}; "
         "skopiuj ten wpis (identyfikator, typ i datę) z `sources` tej persony do `sources` tej ścieżki"),
        # the persona does not define it: session 39's advice, word for word
        ("journeys/ola.yaml", 16, 19,
         "źródło „obserwacja-2026” nie jest zdefiniowane w `sources` tego pliku (nie zdefiniowano żadnego); ścieżka "
         "powołuje się na źródła, które sama wymienia: jeśli to badanie persony „ola-biegaczka”, skopiuj jego wpis "
         "(identyfikator, typ i datę) z `sources` tej persony do `sources` tej ścieżki"),
    ]


@pytest.mark.parametrize("cache", [(), ("--no-cache",)])
def test_the_line_follows_the_persona_when_only_the_persona_changes_s41(tmp_path, monkeypatch, cache):
    """Fails if the place is worked out by the document rule: the journey's cached result would keep line 13."""
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    _ws(tmp_path, monkeypatch, "pl", {"personas/ola.yaml": OLA, "journeys/ola.yaml": OLA_JOURNEY})
    assert f"personas/ola.yaml:{OLA_ENTRY};" in _cx302(*cache)[0][3]
    moved = OLA.replace("goals:\n", "goals:\n  - text: Biega trzy razy w tygodniu wokół Rusałki\n"
                                    "    sources: [wywiady-2026-09]\n")
    Path("personas/ola.yaml").write_text(moved, encoding="utf-8")
    assert f"personas/ola.yaml:{OLA_ENTRY + 2};" in _cx302(*cache)[0][3]
    # the persona's entry removed: the advice no longer names it, the finding stays
    Path("personas/ola.yaml").write_text(moved.split("  - id: ankieta-sklep-2026")[0], encoding="utf-8")
    found = _cx302(*cache)
    assert [(p, line) for p, line, _c, _m in found] == [("journeys/ola.yaml", 14), ("journeys/ola.yaml", 16)]
    assert "jeśli to badanie persony „ola-biegaczka”" in found[0][3] and "personas/ola.yaml" not in found[0][3]


def test_the_fingerprint_and_baseline_entry_are_session_39s_s41(tmp_path, monkeypatch):
    """The persona's place is no part of the finding's identity: a baseline written while the persona was not
    read (the journey linted alone, session 39's message) still accounts for the finding that names it."""
    enter_workspace(tmp_path, monkeypatch, config='lang = "en"\nbaseline = ".cxkit-baseline.json"\n',
                    today="2026-12-01", files={"journeys/dan.yaml": DAN_JOURNEY})
    alone = run_cli("lint", "-f", "gitlab", "--no-baseline", "--select", "unknown-source")
    assert run_cli("lint", "--write-baseline", "--select", "unknown-source").exit_code == 0
    Path("personas").mkdir()
    Path("personas/dan.yaml").write_text(DAN, encoding="utf-8")
    named = run_cli("lint", "-f", "gitlab", "--no-baseline", "--select", "unknown-source")
    before, after = json.loads(alone.stdout), json.loads(named.stdout)
    assert "defines it at personas/dan.yaml:10" in after[0]["description"]
    assert [f["fingerprint"] for f in after] == [f["fingerprint"] for f in before]
    result = run_cli("lint", "--select", "unknown-source")
    assert result.exit_code == 0, result.stdout


def test_a_journey_linted_from_stdin_still_gets_the_finding_s41(tmp_path, monkeypatch):
    """A buffer with no place in a workspace runs no cross-file rule; this one's journey part still runs."""
    _ws(tmp_path, monkeypatch, "en", {})
    monkeypatch.chdir(tmp_path)
    from typer.testing import CliRunner

    from cxkit.cli import app

    result = CliRunner().invoke(app, ["lint", "-f", "json", "--select", "unknown-source", "-"], input=DAN_JOURNEY)
    found = json.loads(result.stdout)
    assert [(f["line"], f["code"]) for f in found] == [(14, "CX302")]
    assert "if it is research of the persona 'dan-heating-firm-owner'" in found[0]["message"]


def test_guards_a_close_id_and_a_persona_keep_their_advice_s41(tmp_path, monkeypatch):
    journey = DAN_JOURNEY + "sources:\n  - id: interviews-2026-08\n    type: interview\n    date: 2026-08-14\n"
    bad = DAN.replace("    sources: [interviews-2026-09]\n", "    sources: [interview-2026-09]\n")
    _ws(tmp_path, monkeypatch, "en", {"personas/dan.yaml": bad, "journeys/dan.yaml": journey})
    assert [(p, m.split("; ", 1)[1]) for p, _l, _c, m in _cx302()] == [
        ("journeys/dan.yaml", "did you mean 'interviews-2026-08'?"),
        ("personas/dan.yaml", "did you mean 'interviews-2026-09'?"),
    ]
