"""review matches a workspace rule's finding that sits on the document it is about as that document's
finding: `journey-for-retired-persona` (CX413) on a journey, `mirrored-negative-persona` (CX204) on a
negative persona, `init-example` (CX008) on an example.

Matched on what their messages name instead, one journey's CX413 was taken for another's of the same
persona (a journey retired and renamed beside a new one for that persona: nothing introduced, nothing
fixed), the example file deleted was not the one named fixed, and rewording a mirroring reason
called CX204 fixed and introduced at once.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.diff.review import _REPORTED_ON_ITS_SUBJECT
from cxkit.lint.rule import all_rules
from git_helpers import git
from mirrored_helpers import REVIEWED_PAWEL as PAWEL, STUDENT_MIRRORING as STUDENT

PERSONA = """\
kind: persona
id: {ident}
name: Kierowca floty
lang: pl
owner: Zespół CX (Anna Kowal)
reviewed: 2026-11-20
{status}goals:
  - Zgłosić szkodę z trasy w pięć minut
"""

JOURNEY = """\
kind: journey
id: {ident}
{status}name: {name}
lang: pl
owner: Zespół CX (Anna Kowal)
persona: {persona}
reviewed: 2026-11-20
stages:
  - id: zgloszenie
    name: Zgłoszenie
    doing: Dzwoni na infolinię i podaje numer polisy
    emotion: 1
    touchpoints: [infolinia]
"""

RETIRED = "status: retired\n"


def _repo(top: Path, files: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    git(top, "init", "-q", "-b", "main")
    git(top, "config", "user.email", "cx@example.com")
    git(top, "config", "user.name", "CX")
    (top / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    _write(top, files)
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "start")
    monkeypatch.chdir(top)
    for key, value in {"NO_COLOR": "1", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-06"}.items():
        monkeypatch.setenv(key, value)


def _write(top: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (top / name).parent.mkdir(parents=True, exist_ok=True)
        (top / name).write_text(text, encoding="utf-8")


def _review() -> dict:
    result = CliRunner().invoke(app, ["review", "main", "--no-cache", "-j", "1", "-f", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _mirrors() -> list[tuple[tuple[str, str], str]]:
    """The working tree's CX204 findings: (path, document) and message."""
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "."])
    assert result.exit_code in (0, 1), result.output
    return [((f["path"], f["document"]), f["message"]) for f in json.loads(result.stdout) if f["code"] == "CX204"]


def _of(found: list[dict], rule: str) -> list[tuple[str, str]]:
    return [(f["path"], f["document"]) for f in found if f["rule"] == rule]


def test_a_journey_retired_and_renamed_beside_a_new_one_for_the_same_retired_persona(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, {
        "persony/p11.yaml": PERSONA.format(ident="p11-klient", status=RETIRED),
        "podroze/j11.yaml": JOURNEY.format(ident="j11-zakup-oc", status="", name="Zakup OC", persona="p11-klient"),
    }, monkeypatch)
    git(tmp_path, "mv", "podroze/j11.yaml", "podroze/j11-archiwum.yaml")
    _write(tmp_path, {
        "podroze/j11-archiwum.yaml": JOURNEY.format(
            ident="j11-zakup-oc-2025", status=RETIRED, name="Zakup OC", persona="p11-klient"),
        "podroze/j14.yaml": JOURNEY.format(
            ident="j14-reklamacja", status="", name="Reklamacja szkody", persona="p11-klient"),
    })
    review = _review()
    assert _of(review["introduced"], "journey-for-retired-persona") == [("podroze/j14.yaml", "j14-reklamacja")]
    assert _of(review["fixed"], "journey-for-retired-persona") == [("podroze/j11.yaml", "j11-zakup-oc")]
    assert review["findings_before"] + len(review["introduced"]) - len(review["fixed"]) == review["findings_after"]


def test_a_journey_renamed_and_a_retired_persona_renamed_keep_their_finding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both renames at once: the journey's finding is the same one, neither introduced nor fixed."""
    _repo(tmp_path, {
        "persony/p11.yaml": PERSONA.format(ident="p11-klient", status=RETIRED),
        "podroze/j11.yaml": JOURNEY.format(ident="j11-zakup-oc", status="", name="Zakup OC", persona="p11-klient"),
    }, monkeypatch)
    git(tmp_path, "mv", "podroze/j11.yaml", "podroze/j11-oc.yaml")
    git(tmp_path, "mv", "persony/p11.yaml", "persony/p11-2024.yaml")
    _write(tmp_path, {
        "persony/p11-2024.yaml": PERSONA.format(ident="p11-klient-2024", status=RETIRED),
        "podroze/j11-oc.yaml": JOURNEY.format(
            ident="j11-zakup-oc-flota", status="", name="Zakup OC", persona="p11-klient-2024"),
    })
    review = _review()
    assert _of(review["introduced"], "journey-for-retired-persona") == []
    assert _of(review["fixed"], "journey-for-retired-persona") == []
    assert review["findings_before"] == review["findings_after"]


def test_a_persona_retired_on_the_branch_and_renamed_introduces_its_journeys_finding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The journey that was already on a retired persona stays; the one whose persona the branch
    retires (and renames) is introduced, on that journey."""
    _repo(tmp_path, {
        "persony/p11.yaml": PERSONA.format(ident="p11-klient", status=""),
        "persony/p12.yaml": PERSONA.format(ident="p12-klient", status=RETIRED),
        "podroze/j11.yaml": JOURNEY.format(ident="j11-zakup-oc", status="", name="Zakup OC", persona="p11-klient"),
        "podroze/j12.yaml": JOURNEY.format(ident="j12-szkoda", status="", name="Szkoda", persona="p12-klient"),
    }, monkeypatch)
    _write(tmp_path, {
        "persony/p11.yaml": PERSONA.format(ident="p11-klient-2024", status=RETIRED),
        "podroze/j11.yaml": JOURNEY.format(ident="j11-zakup-oc", status="", name="Zakup OC", persona="p11-klient-2024"),
    })
    review = _review()
    assert _of(review["introduced"], "journey-for-retired-persona") == [("podroze/j11.yaml", "j11-zakup-oc")]
    assert _of(review["fixed"], "journey-for-retired-persona") == []


INIT_OWN = {
    "personas/kasia.yaml": """\
kind: persona
id: kasia-urzadza-mieszkanie
name: Kasia urządza mieszkanie
lang: pl
owner: Zespół CX (Anna Kowal)
reviewed: 2026-11-20
goals:
  - Urządzić salon w trzy tygodnie za 15 000 zł
""",
    "personas/marek.yaml": """\
kind: negative-persona
id: marek-kupuje-na-olx
name: Marek kupuje na OLX
lang: pl
owner: Zespół CX (Anna Kowal)
reviewed: 2026-11-20
reasons:
  - Kupuje używane meble na OLX za 200-300 zł i sam je odnawia
""",
}


def test_the_example_deleted_is_the_one_fixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three examples beside the team's own documents; the branch deletes the example persona:
    its finding is fixed, not the example negative persona's (which stays)."""
    result = CliRunner().invoke(app, ["init", "--lang", "pl", str(tmp_path)])
    assert result.exit_code == 0, result.output
    examples = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.yaml")
                      if p.name != ".pre-commit-config.yaml" and "cxkit-init-example" in p.read_text(encoding="utf-8"))
    example_persona = next(e for e in examples if "kind: persona\n" in (tmp_path / e).read_text(encoding="utf-8"))
    _repo(tmp_path, INIT_OWN, monkeypatch)
    git(tmp_path, "rm", "-q", example_persona)
    review = _review()
    assert [path for path, _doc in _of(review["fixed"], "init-example")] == [example_persona]
    assert _of(review["introduced"], "init-example") == []


def test_a_mirroring_reason_reworded_is_the_same_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, {
        "persony/pawel.yaml": PAWEL,
        "persony/student.yaml": STUDENT.format(first="Nie czyta działu Słuchawki na forum Audiostereo"),
    }, monkeypatch)
    before = _mirrors()
    _write(tmp_path, {"persony/student.yaml": STUDENT.format(first="Nigdy nie czyta działu Słuchawki na forum Audiostereo")})
    after = _mirrors()
    # CX204 itself on both sides, the reworded reason quoted after (other rules' findings count in the totals).
    assert [place for place, _ in before] == [place for place, _ in after] == [
        ("persony/student.yaml", "student-na-budzecie")]
    assert "„Nie czyta działu" in before[0][1] and "„Nigdy nie czyta działu" in after[0][1]
    review = _review()
    assert review["findings_before"] == review["findings_after"]
    assert _of(review["introduced"], "mirrored-negative-persona") == []
    assert _of(review["fixed"], "mirrored-negative-persona") == []


def test_a_mirror_fixed_in_one_negative_persona_is_that_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two negative personas mirror Paweł; the branch fixes one and leaves the other."""
    fixed_reasons = STUDENT.replace("  - {first}\n  - Nie kupuje słuchawek otwartych do 2 500 zł\n", (
        "  - Słucha tylko z głośnika telefonu; słuchawki za 1 500 zł to dla niego absurd\n"
        "  - Kupuje to, co poleci sprzedawca w Media Markt, w dniu zakupu\n"))
    other = STUDENT.format(first="Nie czyta działu Słuchawki na forum Audiostereo").replace(
        "student-na-budzecie", "emeryt-z-radiem").replace("Student na budżecie", "Emeryt z radiem")
    _repo(tmp_path, {
        "persony/pawel.yaml": PAWEL,
        "persony/a-emeryt.yaml": other,
        "persony/student.yaml": STUDENT.format(first="Nie czyta działu Słuchawki na forum Audiostereo"),
    }, monkeypatch)
    _write(tmp_path, {"persony/student.yaml": fixed_reasons})
    review = _review()
    assert _of(review["fixed"], "mirrored-negative-persona") == [("persony/student.yaml", "student-na-budzecie")]
    assert _of(review["introduced"], "mirrored-negative-persona") == []


#: Workspace rules matched on what their message names, not as the document they sit on:
#: `duplicate-id` sits on every copy and names the others (matched by the copy's file, see
#: review._placed); `missing-negative-persona` sits on the first persona in file order and is about
#: the whole workspace; `similar-personas` sits on the later persona of a pair (matched on its pairs).
MATCHED_ON_WHAT_THEY_NAME = {"duplicate-id", "missing-negative-persona", "similar-personas"}


def test_every_workspace_rule_is_placed_one_way_or_the_other() -> None:
    """A new workspace rule is matched on its names until it is listed: this fails to make someone choose."""
    workspace = {name for name, cls in all_rules().items() if cls.scope == "workspace"}
    assert workspace == set(_REPORTED_ON_ITS_SUBJECT) | MATCHED_ON_WHAT_THEY_NAME
    assert not set(_REPORTED_ON_ITS_SUBJECT) & MATCHED_ON_WHAT_THEY_NAME
