"""`cxkit fmt --fix`: the schema findings whose fix the message states, fixed; `cxkit fmt` leaves a key
that stands for a field where the field goes; a note for keys kept out of order for an anchor."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples
from fmt_fix_helpers import enter_fmt_workspace, run


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return enter_fmt_workspace(tmp_path, monkeypatch)


# A legacy persona as a team's Notion export leaves it: Polish and English synonym keys, hand-written
# dates, a quoted sample size; a comment, an anchor and its alias, Polish letters.
PERSONA_PL = """\
# Persona z warsztatu 2023 (Notion)
kind: persona
id: agnieszka-wojcik
name: Agnieszka Wójcik
lang: pl
opis: Księgowa z Łodzi, zgłasza szkody przez aplikację  # z wywiadu
cele:
  - &oc Zapłacić za OC mniej niż 1 200 zł rocznie
bolączki:
  - Infolinia nie odbiera po 16:00
sources:
  - {id: wywiady-2023, type: interview, date: 14.03.2024, n: "12"}
reviewed: 5 października 2023
x-notatki:
  - *oc
"""

# A journey in the team's words: `kind: cjm`, Polish stage keys, a capitalised key, emotions in quotes and
# with a typographic minus, an ambiguous date (05/12/2026) that must stay as written.
JOURNEY_PL = """\
kind: cjm
id: sciezka-odnowienie-oc
name: Odnowienie OC w aplikacji
persona_id: agnieszka-wojcik
reviewed: 2024-3-7
Stages:
  - id: awareness
    name: Świadomość
    punkty_styku:
      - Przypomnienie SMS 30 dni przed końcem polisy
    emotion: "-2"
    bariery:
      - SMS nie ma linku do aplikacji
    opportunities:
      - action: Dodać link do aplikacji w SMS-ie
        owner: Zespół aplikacji mobilnej
        due: 05/12/2026
  - id: decision
    name: Decyzja
    emotion: \u22121
"""

NEGATIVE_EN = """\
kind: negatywna
id: fleet-buyer
name: Fleet Buyer Ltd
lang: en
why_not:
  - Buys OC for 40 vans through a broker, never online
reviewed: 03/14/2024
"""


def _lint_schema(*paths: str) -> list[dict]:
    code, out, _err = run("lint", "--no-cache", "-f", "json", "--select", "schema", *paths)
    assert code in (0, 1), out
    return json.loads(out)


def test_fix_makes_the_stated_fixes_and_keeps_the_rest(workspace: Path) -> None:
    """Fails before: there was no --fix (exit 2, no such option)."""
    persona = workspace / "personas" / "agnieszka-wojcik.yaml"
    persona.write_text(PERSONA_PL, encoding="utf-8")
    os.chmod(persona, 0o640)
    code, _out, err = run("fmt", "--fix", "personas/agnieszka-wojcik.yaml")
    assert code == 0, err
    text = persona.read_text(encoding="utf-8")
    assert text == """\
# Persona z warsztatu 2023 (Notion)
kind: persona
id: agnieszka-wojcik
name: Agnieszka Wójcik
lang: pl
summary: Księgowa z Łodzi, zgłasza szkody przez aplikację  # z wywiadu
goals:
  - &oc Zapłacić za OC mniej niż 1 200 zł rocznie
pain_points:
  - Infolinia nie odbiera po 16:00
sources:
  - {id: wywiady-2023, type: interview, date: 2024-03-14, n: 12}
reviewed: 2023-10-05
x-notatki:
  - *oc
"""
    assert stat.S_IMODE(persona.stat().st_mode) == 0o640
    assert "reformatted personas/agnieszka-wojcik.yaml (6 fixes)" in err
    assert err.rstrip().endswith("6 fixes made; no schema finding left.")
    assert _lint_schema("personas/agnieszka-wojcik.yaml") == []


def test_fix_round_trip_on_a_journey_in_the_teams_words(workspace: Path) -> None:
    """Fails before: no --fix.  Then: lint is clean of the fixed findings, only the ambiguous date is
    left, fmt --check is clean, and --fix again is a no-op."""
    journey = workspace / "journeys" / "odnowienie.yaml"
    journey.write_text(JOURNEY_PL, encoding="utf-8")
    code, _out, err = run("fmt", "--fix", "journeys/odnowienie.yaml")
    assert code == 0, err
    text = journey.read_text(encoding="utf-8")
    assert "kind: journey\n" in text and "persona: agnieszka-wojcik\n" in text and "reviewed: 2024-03-07\n" in text
    assert "stages:\n" in text and "touchpoints:\n" in text and "barriers:\n" in text
    assert "emotion: -2\n" in text and "emotion: -1\n" in text
    assert "due: 05/12/2026\n" in text  # reads two ways: left for a person
    assert "1 schema finding left to fix by hand" in err
    left = _lint_schema("journeys/odnowienie.yaml")
    assert [f["message"].split(";")[0] for f in left] == [
        "'stages[awareness].opportunities[1st].due': expected a date written as YYYY-MM-DD, got '05/12/2026'"]
    assert run("fmt", "--check", "journeys/odnowienie.yaml")[0] == 0
    code, _out, err = run("fmt", "--fix", "journeys/odnowienie.yaml")
    assert code == 0 and journey.read_text(encoding="utf-8") == text
    assert "0 fixes made; 1 schema finding left" in err


def test_fix_with_diff_and_check_writes_nothing(workspace: Path) -> None:
    negative = workspace / "personas" / "fleet.yaml"
    negative.write_text(NEGATIVE_EN, encoding="utf-8")
    code, out, err = run("fmt", "--fix", "--diff", "personas/fleet.yaml")
    assert code == 1
    assert "-kind: negatywna\n+kind: negative-persona\n" in out
    assert "-why_not:\n+reasons:\n" in out and "-reviewed: 03/14/2024\n+reviewed: 2024-03-14\n" in out
    assert "would reformat personas/fleet.yaml (3 fixes)" in err and "3 fixes to make" in err
    code, _out, err = run("fmt", "--fix", "--check", "personas/fleet.yaml")
    assert code == 1 and "3 fixes to make" in err
    assert negative.read_text(encoding="utf-8") == NEGATIVE_EN
    # Guard: without --fix, the layout alone (nothing to lay out here) and no word of fixes.
    code, _out, err = run("fmt", "--check", "personas/fleet.yaml")
    assert "fix" not in err


def test_fix_leaves_a_synonym_beside_its_field_and_a_crlf_file_crlf(workspace: Path) -> None:
    """A key whose field is there already is for a person to merge; line ends are kept."""
    persona = workspace / "personas" / "jan.yaml"
    persona.write_bytes(("kind: persona\r\nid: jan-kowalski\r\nname: Jan Kowalski\r\ngoals:\r\n  - Tanie OC\r\n"
                         "cele:\r\n  - Szybka wypłata\r\nemotion_score: 1\r\nreviewed: '2024/03/14'\r\n").encode())
    code, _out, err = run("fmt", "--fix", "personas/jan.yaml")
    assert code == 0, err
    assert persona.read_bytes() == ("kind: persona\r\nid: jan-kowalski\r\nname: Jan Kowalski\r\ngoals:\r\n"
                                    "  - Tanie OC\r\ncele:\r\n  - Szybka wypłata\r\nreviewed: 2024-03-14\r\n"
                                    "emotion_score: 1\r\n").encode()
    assert "1 fix made; 2 schema findings left" in err


def test_fmt_keeps_a_synonym_key_where_its_field_goes(workspace: Path) -> None:
    """Fails before: `bolączki` and `etapy` went to the bottom of their mappings, so renaming them later
    moved them back (two diffs for one change)."""
    persona = workspace / "personas" / "ola.yaml"
    persona.write_text("kind: persona\nid: ola\nname: Ola Nowak\nreviewed: 2026-11-05\nbolączki:\n  - Długa kolejka\n"
                       "summary: Kupuje kawę w Lidlu\nx-crm: 12\n", encoding="utf-8")
    code, _out, err = run("fmt", "personas/ola.yaml")
    assert code == 0, err
    laid_out = persona.read_text(encoding="utf-8")
    assert laid_out == ("kind: persona\nid: ola\nname: Ola Nowak\nsummary: Kupuje kawę w Lidlu\nbolączki:\n"
                        "  - Długa kolejka\nreviewed: 2026-11-05\nx-crm: 12\n")
    assert "moved 'bolączki' to where 'pain_points' goes; did you mean 'pain_points'?" in err
    # Renamed by hand (or by --fix), the key stays: the next fmt changes nothing.
    persona.write_text(laid_out.replace("bolączki:", "pain_points:"), encoding="utf-8")
    assert run("fmt", "--check", "personas/ola.yaml")[0] == 0
    journey = workspace / "journeys" / "j.yaml"
    journey.write_text("kind: journey\nid: j\nname: J\netapy:\n  - id: awareness\n    name: Świadomość\n"
                       "persona: ola\nreviewed: 2026-11-05\n", encoding="utf-8")
    assert run("fmt", "journeys/j.yaml")[0] == 0
    assert journey.read_text(encoding="utf-8").endswith("reviewed: 2026-11-05\netapy:\n  - id: awareness\n"
                                                        "    name: Świadomość\n")
    assert run("fmt", "--check", "journeys/j.yaml")[0] == 0  # idempotent


def test_fmt_says_why_it_keeps_an_anchor_above_its_alias(workspace: Path) -> None:
    """Fails before: "1 file left unchanged" and nothing else."""
    persona = workspace / "personas" / "a.yaml"
    persona.write_text("kind: persona\nid: anchor-test\nname: A\nchannels: &ch\n  - Forum Audiostereo 3 razy w tygodniu\n"
                       "behaviours: *ch\nreviewed: 2026-11-01\n", encoding="utf-8")
    for args in (("fmt", "personas/a.yaml"), ("fmt", "--check", "personas/a.yaml")):
        code, _out, err = run(*args)
        assert code == 0
        assert ("cxkit: note: personas/a.yaml: left 'channels' above 'behaviours', out of the documented order: it "
                "holds the anchor &ch, which a key below uses (*ch)") in err
    # Guard: an anchor that needs no such order gets no note.
    persona.write_text("kind: persona\nid: anchor-test\nname: A\nbehaviours: &ch\n  - Forum\nchannels: *ch\n",
                       encoding="utf-8")
    assert "note" not in run("fmt", "personas/a.yaml")[2]


# --- property: a key that stands for a field is laid out the same way by the prover and the round trip ---

_KEYS = ("kind", "id", "name", "summary", "goals", "cele", "Goals", "pain_points", "bolączki", "pain points",
         "opis", "reviewed", "x-crm", "miasto", "quote", "cytat")


@settings(max_examples=examples(12, 60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(_KEYS[3:]), st.integers(min_value=3, max_value=len(_KEYS) - 3))
def test_synonym_placement_is_idempotent_and_proven_alike(order: list[str], keep: int) -> None:
    from cxkit.fmt import format_text, laid_out_already
    from cxkit.yamlio import load_text

    body = "".join(f"{k}: {'2026-11-05' if k == 'reviewed' else '[Tekst]' if k == 'goals' else 'Tekst'}\n"
                   for k in order[:keep])
    text = "kind: persona\nid: ola\nname: Ola\n" + body
    once = format_text(text)
    assert format_text(once) == once
    # What the layout gives is proven laid out without the round trip, and what is proven was laid out.
    assert laid_out_already(once, load_text(once).root)
    assert not laid_out_already(text, load_text(text).root) or once == text


def test_fix_leaves_other_tools_yaml_alone(workspace: Path) -> None:
    """Guard: a Kubernetes resource `kind: Persona` named to fmt is no cxkit document, so nothing is fixed."""
    crd = workspace / "persona-crd.yaml"
    text = "apiVersion: cx.example.com/v1\nkind: Persona\nmetadata:\n  name: ola\nspec:\n  cele: [Kupić OC]\n"
    crd.write_text(text, encoding="utf-8")
    code, _out, _err = run("fmt", "--fix", "persona-crd.yaml")
    assert code == 0 and crd.read_text(encoding="utf-8") == text
