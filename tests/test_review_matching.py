"""`cxkit review`: a finding is the same finding when the diff pairs the place it is on.

An item edited in place, turned into `{text, sources}`, moved to another list or
given a new id is one item to `cxkit diff`; a finding on it must be neither
introduced nor fixed.  A workspace finding is about the workspace or about the ids
it names, not about the file it happens to be reported on.  A finding that an edit
really brings in (or takes away) is still introduced (or fixed).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import run_cli
from test_diff_git import Repo

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# The rules these cases are about, so rules added later cannot change their outcomes.
CONFIG = (
    'select = ["yaml-syntax", "schema", "duplicate-id", "pseudo-profiling", "similar-personas",\n'
    '          "missing-negative-persona", "stage-without-touchpoints"]\n'
)

OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
reviewed: 2026-11-01
sources:
  - id: wywiady-2026
    type: interview
goals:
  - Dba o swoje zdrowie, biegając regularnie
  - Przebiec półmaraton w Gdyni poniżej 1:55 w marcu 2027
  - Szuka okazji ponizej ceny katalogowej
behaviours:
  - Biega 4 razy w tygodniu po Parku Oliwskim z zegarkiem Garmin Forerunner 255
  - Zmienia buty co 600 km, zapisuje przebieg w aplikacji Strava
"""

KAMIL = """\
kind: negative-persona
id: kamil-okazjonalny
name: Kamil
lang: pl
reviewed: 2026-11-01
sources: [{id: ankieta-2026, type: survey}]
reasons:
  - Na buty do biegania wydaje najwyżej 150 zł, kupuje w Decathlonie raz na dwa lata
"""

MAYA = """\
kind: persona
id: maya-runner
name: Maya Patel
lang: en
reviewed: 2026-11-01
sources:
  - id: support-tickets-2026
    type: support
goals:
  - Values quality in running shoes
  - Finish the Leeds half marathon under two hours in May 2027
behaviours:
  - Buys the same model again when it works, from the brand's own app
  - Runs 30 km a week on the canal towpath before night shifts
"""

SAM = """\
kind: negative-persona
id: sam-casual
name: Sam
lang: en
reviewed: 2026-11-01
sources: [{id: survey-2026, type: survey}]
reasons:
  - Walks the dog twice a day in trainers bought at a supermarket for £25
"""

JOURNEY_PL = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
lang: pl
persona: ola-biegaczka
stages:
  - id: swiadomosc
    name: Świadomość
    emotion: 0
    touchpoints:
      - channel: strava
        description: Klub w Stravie poleca model Asics Novablast
  - id: purchase
    name: Zakup w sklepie internetowym
    emotion: 1
"""

JOURNEY_EN = """\
kind: journey
id: maya-replaces-shoes
name: Maya replaces her running shoes
lang: en
persona: maya-runner
stages:
  - id: awareness
    name: Awareness
    emotion: 0
    touchpoints:
      - channel: app
        description: The brand's app says her shoes have passed 600 km
  - id: purchase
    name: Reorder in the brand's app
    emotion: 2
"""


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    """A workspace in Polish and English with known findings, committed on `main`."""
    r = Repo(tmp_path / "persony")
    r.write("cxkit.toml", CONFIG)
    r.write("personas/ola.yaml", OLA)
    r.write("personas/kamil.yaml", KAMIL)
    r.write("personas/maya.yaml", MAYA)
    r.write("personas/sam.yaml", SAM)
    r.write("journeys/ola-kupuje-buty.yaml", JOURNEY_PL)
    r.write("journeys/maya-replaces-shoes.yaml", JOURNEY_EN)
    r.commit("Persony i ścieżki")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def review_json(*args: str) -> tuple[int, dict]:
    result = run_cli("review", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def moved_lines(report: dict) -> list[tuple[str, str, str]]:
    return sorted((f["rule"], f["path"], f["data_path"]) for f in report["introduced"] + report["fixed"])


def edit(r: Repo, rel: str, old: str, new: str) -> None:
    text = (r.root / rel).read_text(encoding="utf-8")
    assert old in text, old
    r.write(rel, text.replace(old, new))


def test_the_base_workspace_has_the_findings_these_cases_are_about(repo):
    result = run_cli("lint", "--no-cache", "-f", "json")
    found = sorted((f["rule"], f["path"], f["line"]) for f in result.findings)
    assert found == [
        ("pseudo-profiling", "personas/maya.yaml", 10),
        ("pseudo-profiling", "personas/ola.yaml", 10),
        ("pseudo-profiling", "personas/ola.yaml", 12),
        ("stage-without-touchpoints", "journeys/maya-replaces-shoes.yaml", 13),
        ("stage-without-touchpoints", "journeys/ola-kupuje-buty.yaml", 13),
    ], found


# --- an item the diff pairs keeps its findings -----------------------------------------

def test_a_trait_given_its_sources_keeps_its_finding(repo):
    # The tester's case: a vague goal turned into `{text, sources}`; only evidence was added.
    edit(repo, "personas/ola.yaml", "  - Dba o swoje zdrowie, biegając regularnie\n",
         "  - text: Dba o swoje zdrowie, biegając regularnie\n    sources: [wywiady-2026]\n")
    edit(repo, "personas/maya.yaml", "  - Values quality in running shoes\n",
         "  - text: Values quality in running shoes\n    sources: [support-tickets-2026]\n")
    code, report = review_json("HEAD")
    assert (code, moved_lines(report)) == (0, []), report
    assert report["findings_before"] == report["findings_after"] == 5
    # And back: sources taken off again is the same trait too.
    repo.commit("Źródła")
    edit(repo, "personas/ola.yaml", "  - text: Dba o swoje zdrowie, biegając regularnie\n    sources: [wywiady-2026]\n",
         "  - Dba o swoje zdrowie, biegając regularnie\n")
    code, report = review_json("HEAD")
    assert (code, moved_lines(report)) == (0, []), report


def test_a_typo_fixed_in_a_vague_trait_keeps_its_finding(repo):
    edit(repo, "personas/ola.yaml", "Szuka okazji ponizej ceny katalogowej", "Szuka okazji poniżej ceny katalogowej")
    edit(repo, "personas/maya.yaml", "Values quality in running shoes", "Values quality in runing shoes")
    code, report = review_json("HEAD")
    assert (code, moved_lines(report)) == (0, []), report


def test_a_trait_moved_to_another_list_keeps_its_finding(repo):
    edit(repo, "personas/ola.yaml", "  - Dba o swoje zdrowie, biegając regularnie\n", "")
    edit(repo, "personas/ola.yaml", "behaviours:\n", "behaviours:\n  - Dba o swoje zdrowie, biegając regularnie\n")
    edit(repo, "personas/maya.yaml", "  - Values quality in running shoes\n", "")
    edit(repo, "personas/maya.yaml", "\nbehaviours:\n", "\nbehaviours:\n  - Values quality in running shoes\n")
    diff = json.loads(run_cli("diff", "HEAD", "--format", "json").stdout)
    assert sorted((c["document"], c["op"], c["old"], c["new"]) for c in diff) == [
        ("maya-runner", "moved", "goals[0]", "behaviours[0]"),
        ("ola-biegaczka", "moved", "goals[0]", "behaviours[0]"),
    ]
    code, report = review_json("HEAD")
    assert (code, moved_lines(report)) == (0, []), report


def test_a_stage_whose_id_was_renamed_keeps_its_finding(repo):
    edit(repo, "journeys/ola-kupuje-buty.yaml", "  - id: purchase\n", "  - id: zakup\n")
    edit(repo, "journeys/maya-replaces-shoes.yaml", "  - id: purchase\n", "  - id: reorder\n")
    diff = json.loads(run_cli("diff", "HEAD", "--format", "json").stdout)
    assert sorted((c["path"], c["old"], c["new"]) for c in diff) == [
        ("stages[reorder].id", "purchase", "reorder"),
        ("stages[zakup].id", "purchase", "zakup"),
    ]
    code, report = review_json("HEAD")
    assert (code, moved_lines(report)) == (0, []), report


def test_items_added_above_an_edited_trait_do_not_move_its_finding(repo):
    # New goals in front, and the vague one reworded a little: still the one finding.
    edit(repo, "personas/ola.yaml", "goals:\n  - Dba o swoje zdrowie, biegając regularnie\n",
         "goals:\n  - Pobiec w Biegu Westerplatte 2027 na 10 km\n  - Dba o swoje zdrowie, biegając bardzo regularnie\n")
    code, report = review_json("HEAD")
    assert (code, moved_lines(report)) == (0, []), report


@pytest.mark.parametrize("new_id", ["123", "124"])
def test_a_document_with_a_numeric_id_moved_to_another_file_keeps_its_findings(repo, new_id):
    # `id: 123` is the id "123" to lint and to diff, so the document is one document when its
    # file moves (and, with a new id, when both change): its vague goal is neither new nor fixed.
    edit(repo, "personas/maya.yaml", "id: maya-runner\n", "id: 123\n")
    edit(repo, "journeys/maya-replaces-shoes.yaml", "persona: maya-runner\n", 'persona: "123"\n')
    repo.commit("A numeric id")
    repo.git("mv", "personas/maya.yaml", "personas/maya-patel.yaml")
    if new_id != "123":
        edit(repo, "personas/maya-patel.yaml", "id: 123\n", f"id: {new_id}\n")
        edit(repo, "journeys/maya-replaces-shoes.yaml", 'persona: "123"\n', f"persona: {new_id}\n")
    code, report = review_json("HEAD")
    assert (code, moved_lines(report)) == (0, []), report
    assert report["findings_before"] == report["findings_after"] == 5
    # A finding it does bring in is named by the id, as the diff names the document.
    edit(repo, "personas/maya-patel.yaml", "behaviours:\n", "behaviours:\n  - Loves new technology\n")
    code, report = review_json("HEAD")
    assert code == 1
    assert moved_lines(report) == [("pseudo-profiling", "personas/maya-patel.yaml", "behaviours[0]")], report
    diff = json.loads(run_cli("diff", "HEAD", "--format", "json").stdout)
    assert {c["document"] for c in diff if c["file"] == "personas/maya-patel.yaml"} == {new_id}, diff
    assert [f["document"] for f in report["introduced"]] == [new_id]


# --- what an edit really does is still reported -----------------------------------------

def test_a_new_vague_trait_is_introduced(repo):
    edit(repo, "personas/ola.yaml", "behaviours:\n", "behaviours:\n  - Lubi nowe technologie\n")
    code, report = review_json("HEAD")
    assert code == 1
    assert moved_lines(report) == [("pseudo-profiling", "personas/ola.yaml", "behaviours[0]")]
    assert [f["message"][:24] for f in report["introduced"]] == ['"Lubi nowe technologie" ']


def test_a_trait_made_vague_by_an_edit_is_introduced(repo):
    # The diff pairs the two versions of the trait; the old one was specific, the new one is not.
    edit(repo, "personas/maya.yaml", "  - Buys the same model again when it works, from the brand's own app\n",
         "  - Values quality, buys the same model again when it works, from the brand's own app\n")
    diff = json.loads(run_cli("diff", "HEAD", "--format", "json").stdout)
    assert [(c["op"], c["path"]) for c in diff] == [("changed", "behaviours[0]")]
    code, report = review_json("HEAD")
    assert code == 1
    assert [(f["rule"], f["data_path"]) for f in report["introduced"]] == [("pseudo-profiling", "behaviours[0]")]
    assert report["fixed"] == []


def test_a_trait_given_sources_and_made_vague_is_introduced(repo):
    # The same vague phrase as another goal's, which keeps its own finding: the edited goal's
    # finding is new all the same (the named park was its detail).
    edit(repo, "personas/ola.yaml", "  - Szuka okazji", "  - Dba o swoje zdrowie, biegając po Parku Oliwskim\n  - Szuka okazji")
    repo.commit("Cel")
    edit(repo, "personas/ola.yaml", "  - Dba o swoje zdrowie, biegając po Parku Oliwskim\n",
         "  - text: Dba o swoje zdrowie, biegając po parku\n    sources: [wywiady-2026]\n")
    diff = json.loads(run_cli("diff", "HEAD", "--format", "json").stdout)
    assert [(c["op"], c["path"]) for c in diff] == [("changed", "goals[2]")]
    code, report = review_json("HEAD")
    assert code == 1
    assert [(f["rule"], f["data_path"]) for f in report["introduced"]] == [("pseudo-profiling", "goals[2].text")]
    assert report["fixed"] == []


def test_a_finding_fixed_by_an_edit_is_fixed(repo):
    edit(repo, "personas/ola.yaml", "Szuka okazji ponizej ceny katalogowej",
         "Kupuje buty, gdy cena spadnie o 20% poniżej katalogowej")
    edit(repo, "personas/maya.yaml", "  - Values quality in running shoes\n",
         "  - Pays up to £140 for shoes that last 800 km\n")
    code, report = review_json("HEAD")
    assert code == 0
    assert report["introduced"] == []
    assert sorted((f["path"], f["data_path"]) for f in report["fixed"]) == [
        ("personas/maya.yaml", "goals[0]"),
        ("personas/ola.yaml", "goals[2]"),
    ]


def test_a_stage_renamed_and_given_touchpoints_fixes_its_finding(repo):
    edit(repo, "journeys/ola-kupuje-buty.yaml", "  - id: purchase\n    name: Zakup w sklepie internetowym\n    emotion: 1\n",
         "  - id: zakup\n    name: Zakup w sklepie internetowym\n    emotion: 1\n"
         "    touchpoints:\n      - channel: web\n        description: Koszyk w sklepie Biegam.pl\n")
    code, report = review_json("HEAD")
    assert code == 0 and report["introduced"] == []
    assert [(f["rule"], f["document"]) for f in report["fixed"]] == [("stage-without-touchpoints", "ola-kupuje-buty")]


# --- workspace findings are about the workspace, not about a file ------------------------

def _one_persona_workspace(tmp_path, monkeypatch, example: str) -> Repo:
    r = Repo(tmp_path / "persony")
    source = EXAMPLES / example
    r.write(f"personas/{source.name}", source.read_text(encoding="utf-8"))
    r.commit("Persona")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


@pytest.mark.parametrize(
    ("example", "first", "old_id", "new_id"),
    [
        ("pl/personas/pawel-programista-audiofil.yaml", "adam.yaml", "pawel-programista-audiofil", "adam-audiofil"),
        ("en/personas/dan-heating-firm-owner.yaml", "aaron.yaml", "dan-heating-firm-owner", "aaron-heating-firm-owner"),
    ],
)
def test_a_persona_added_in_front_does_not_move_the_missing_negative_persona(
    tmp_path, monkeypatch, example, first, old_id, new_id
):
    # The tester's case: the finding sits on the first persona in file order; a new persona
    # sorting first carries it now, yet the workspace lacks a negative persona as before.
    r = _one_persona_workspace(tmp_path, monkeypatch, example)
    text = (EXAMPLES / example).read_text(encoding="utf-8")
    r.write(f"personas/{first}", text.replace(f"id: {old_id}\n", f"id: {new_id}\n"))
    code, report = review_json("HEAD")
    assert not [f for f in report["introduced"] + report["fixed"] if f["rule"] == "missing-negative-persona"], report
    # The copy is really similar to its original: that (info) finding is new, and fails nothing.
    assert [f["rule"] for f in report["introduced"]] == ["similar-personas"]
    assert code == 0


def test_removing_the_only_negative_persona_introduces_missing_negative_persona(repo):
    repo.git("rm", "-q", "personas/kamil.yaml", "personas/sam.yaml")
    code, report = review_json("HEAD")
    assert code == 1
    assert [f["rule"] for f in report["introduced"]] == ["missing-negative-persona"]
    repo.commit("Bez negatywnych")
    repo.write("personas/kamil.yaml", KAMIL)
    code, report = review_json("HEAD")
    assert code == 0 and [f["rule"] for f in report["fixed"]] == ["missing-negative-persona"]


def test_a_file_renamed_to_sort_first_does_not_move_similar_personas(repo):
    # Reported on the later of the two personas: renaming the file of the later one to sort
    # first moves it onto the other persona; the two personas are as alike as before.
    repo.write("personas/ola-kopia.yaml", OLA.replace("id: ola-biegaczka", "id: ola-trailowa"))
    repo.commit("Kopia")
    before = run_cli("lint", "--no-cache", "-f", "json").findings
    assert [(f["path"]) for f in before if f["rule"] == "similar-personas"] == ["personas/ola.yaml"]
    repo.git("mv", "personas/ola.yaml", "personas/ola-a.yaml")
    after = run_cli("lint", "--no-cache", "-f", "json").findings
    assert [(f["path"]) for f in after if f["rule"] == "similar-personas"] == ["personas/ola-kopia.yaml"]
    code, report = review_json("HEAD")
    assert (code, moved_lines(report)) == (0, []), report


def test_a_copy_of_a_duplicate_id_added_in_front_is_one_more_finding(repo):
    repo.write("personas/maya-kopia.yaml", MAYA)
    repo.commit("Kopia Mayi")
    repo.write("personas/a-maya.yaml", MAYA)
    code, report = review_json("HEAD")
    assert code == 1
    # A third copy: one more duplicate-id (and more similar pairs), nothing fixed.
    assert [f["rule"] for f in report["introduced"] if f["rule"] == "duplicate-id"] == ["duplicate-id"]
    assert report["fixed"] == []


def test_a_renamed_persona_is_still_the_one_similar_personas_names(repo):
    repo.write("personas/ola-kopia.yaml", OLA.replace("id: ola-biegaczka", "id: ola-trailowa"))
    repo.commit("Kopia")
    edit(repo, "personas/ola-kopia.yaml", "id: ola-trailowa", "id: ola-gorska")
    code, report = review_json("HEAD")
    assert (code, moved_lines(report)) == (0, []), report


def test_findings_on_a_copy_of_a_persona_are_its_own(repo):
    # A new persona copied from another brings its vague traits in: they are new findings.
    shutil.copy(repo.root / "personas" / "maya.yaml", repo.root / "personas" / "maya-trail.yaml")
    edit(repo, "personas/maya-trail.yaml", "id: maya-runner", "id: maya-trail")
    code, report = review_json("HEAD")
    assert code == 1
    assert moved_lines(report) == [
        ("pseudo-profiling", "personas/maya-trail.yaml", "goals[0]"),
        # On the later file of the two, which here is the original.
        ("similar-personas", "personas/maya.yaml", "id"),
    ]
