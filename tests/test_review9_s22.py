"""Review 9 (session 22): what the moves into and out of a stage added or removed whole must not
read as moved.

R9-1: a stage replaced by another (the old one removed, a new one added) whose opportunity is
shaped like the old stage's ("SMS z terminem oględzin" and "SMS z terminem wypłaty", the same due
date and status) is two opportunities, not one moved and reworded: `cxkit review` must introduce
the new one's findings.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

from cxkit.diff.compare import compare_values

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


def load(text: str):
    from cxkit.yamlio import load_bytes

    return load_bytes(text.encode("utf-8")).data


PERSONA = """\
kind: persona
id: anna
name: Anna Kowalska
reviewed: 2026-11-20
goals:
  - Naprawić auto po stłuczce w dwa tygodnie
"""

SZKODA = """\
kind: journey
id: szkoda
name: Szkoda komunikacyjna
persona: anna
owner: Zespół CX
reviewed: 2026-11-20
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    touchpoints:
      - channel: telefon
        description: Infolinia szkodowa 24/7
    emotion: -2
    opportunities:
      - action: Oddzwonienie zamiast kolejki po 5 minutach
        owner: Zespół contact center
        due: 2027-03-31
  - id: ogledziny
    name: Oględziny auta
    touchpoints:
      - channel: aplikacja
        description: Wideo-oględziny z rzeczoznawcą
    emotion: -1
    opportunities:
      - action: SMS z terminem oględzin
        due: 2027-06-30
        status: idea
"""
OGLEDZINY = SZKODA[SZKODA.index("  - id: ogledziny"):]


def wyplata(action: str) -> str:
    """`ogledziny` replaced by `wyplata`, a stage of its own whose opportunity is ``action``."""
    return SZKODA.replace(OGLEDZINY, f"""\
  - id: wyplata
    name: Wypłata odszkodowania
    touchpoints:
      - channel: aplikacja
        description: Status wypłaty w aplikacji
    emotion: 1
    opportunities:
      - action: {action}
        due: 2027-06-30
        status: idea
""")


def test_an_opportunity_of_a_stage_replaced_by_another_named_alike_is_no_move():
    """Fails before the fix: `↕ stages[wyplata].opportunities[0]: moved from
    stages[ogledziny].opportunities[0]` and `action: SMS z terminem [-oględzin-]{+wypłaty+}`."""
    changes = compare_values(load(SZKODA), load(wyplata("SMS z terminem wypłaty")))
    assert [(c.op, c.path) for c in changes] == [("removed", "stages[ogledziny]"), ("added", "stages[wyplata]")]


def test_the_mirror_out_of_a_stage_removed_into_one_that_stays_is_no_move_either():
    """The SMS about the inspection dropped with its stage, one about the claim added to
    `zgloszenie`: two opportunities.  Fails before the fix (a move out of the stage removed)."""
    new = SZKODA.replace(OGLEDZINY, "").replace(
        "        due: 2027-03-31\n",
        "        due: 2027-03-31\n      - action: SMS z terminem zgłoszenia\n        due: 2027-06-30\n        status: idea\n")
    changes = compare_values(load(SZKODA), load(new))
    assert [(c.op, c.path) for c in changes] == [
        ("added", "stages[zgloszenie].opportunities[1]"), ("removed", "stages[ogledziny]")]


def test_an_opportunity_moved_into_a_stage_added_with_words_added_is_still_a_move():
    """Guard: words only added to its action on the way keep the item (b789904's reading)."""
    new = wyplata("SMS z terminem wypłaty").replace(
        "      - action: SMS z terminem wypłaty\n",
        "      - action: SMS z terminem oględzin i rzeczoznawcą\n")
    changes = compare_values(load(SZKODA), load(new))
    assert [(c.op, c.path) for c in changes] == [
        ("removed", "stages[ogledziny]"),
        ("added", "stages[wyplata]"),
        ("moved", "stages[wyplata].opportunities[0]"),
        ("changed", "stages[wyplata].opportunities[0].action"),
    ]
    assert changes[2].old == "stages[ogledziny].opportunities[0]"


def test_review_introduces_the_finding_of_the_new_stages_own_opportunity(tmp_path, monkeypatch):
    """The SMS about the payout has no owner: introduced (the one about the inspection, removed
    with its stage, fixed) and the review fails.  Before the fix it was carried over from
    `stages[ogledziny]`: 0 introduced, 0 fixed, and a PR adding an unowned opportunity passed."""
    r = Repo(tmp_path / "szkody")
    r.write("cxkit.toml", "")
    r.write("personas/anna.yaml", PERSONA)
    r.write("journeys/szkoda.yaml", SZKODA)
    r.commit("base")
    r.git("checkout", "-q", "-b", "wyplata")
    r.write("journeys/szkoda.yaml", wyplata("SMS z terminem wypłaty"))
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    result = run_cli("review", "main", "--format", "json")
    assert result.exception is None, f"traceback: {result.exception!r}"
    report = json.loads(result.stdout)
    assert [(f["rule"], f["data_path"]) for f in report["introduced"]] == [
        ("unowned-opportunity", "stages[wyplata].opportunities[0].action")]
    assert [(f["rule"], f["data_path"]) for f in report["fixed"]] == [
        ("unowned-opportunity", "stages[ogledziny].opportunities[0].action")]
    assert result.exit_code == 1


# --- R9-2: the same between two stages that stay ----------------------------------------------

#: The inspection SMS taken out of `ogledziny` (the stage stays), one about the payout added to
#: `zgloszenie`: two opportunities, shaped alike.
BETWEEN_STAGES = SZKODA.replace(
    "      - action: SMS z terminem oględzin\n        due: 2027-06-30\n        status: idea\n", "        []\n"
).replace(
    "        due: 2027-03-31\n",
    "        due: 2027-03-31\n      - action: SMS z terminem wypłaty\n        due: 2027-06-30\n        status: idea\n")


def test_an_opportunity_named_otherwise_in_another_stage_that_stays_is_no_move():
    """Fails before the fix: `↕ stages[zgloszenie].opportunities[1]: moved from
    stages[ogledziny].opportunities[0]`, then `action: SMS z terminem [-oględzin-]{+wypłaty+}`."""
    assert "opportunities:\n        []\n" in BETWEEN_STAGES
    changes = compare_values(load(SZKODA), load(BETWEEN_STAGES))
    assert [(c.op, c.path) for c in changes] == [
        ("added", "stages[zgloszenie].opportunities[1]"), ("removed", "stages[ogledziny].opportunities[0]")]


def test_pair_moved_keeps_an_opportunity_whose_action_only_gained_words():
    """Guard: the likeness pairing still reads a reworded action (words added or taken out)."""
    from cxkit.diff.match import pair_moved

    sms = {"action": "SMS z terminem oględzin", "due": "2027-06-30", "status": "idea"}
    assert pair_moved([("opportunities", "a", sms)], [("opportunities", "b", {**sms, "action": "SMS z terminem wypłaty"})]) == []
    assert pair_moved([("opportunities", "a", sms)],
                      [("opportunities", "b", {**sms, "action": "SMS z dokładnym terminem oględzin"})]) == [(0, 0)]


def test_review_introduces_an_opportunity_named_otherwise_in_another_stage(tmp_path, monkeypatch):
    """Before the fix the payout SMS's unowned-opportunity was carried over from the inspection SMS
    taken out of `ogledziny`: 0 introduced, and the review passed."""
    r = Repo(tmp_path / "szkody")
    r.write("cxkit.toml", "")
    r.write("personas/anna.yaml", PERSONA)
    r.write("journeys/szkoda.yaml", SZKODA)
    r.commit("base")
    r.git("checkout", "-q", "-b", "sms")
    r.write("journeys/szkoda.yaml", BETWEEN_STAGES)
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    result = run_cli("review", "main", "--format", "json")
    assert result.exception is None, f"traceback: {result.exception!r}"
    report = json.loads(result.stdout)
    # (`ogledziny`, still painful, is left with no opportunity: that is introduced too.)
    assert sorted((f["rule"], f["data_path"]) for f in report["introduced"]) == [
        ("unaddressed-pain", "stages[ogledziny].id"),
        ("unowned-opportunity", "stages[zgloszenie].opportunities[1].action")]
    assert [(f["rule"], f["data_path"]) for f in report["fixed"]] == [
        ("unowned-opportunity", "stages[ogledziny].opportunities[0].action")]
    assert result.exit_code == 1


# --- R9-3: a template's touchpoint, the same in every stage, moved and edited ------------------

TEMPLATE_TP = ('      - channel: "TODO: where it happens (web, app, store, call centre, e-mail...)"\n'
               '        description: "TODO: what happens there"\n')
SCAFFOLD = "kind: journey\nid: szkoda\nname: Szkoda\npersona: anna\nowner: Zespół CX\nreviewed: 2026-11-20\nstages:\n" + "".join(
    f"  - id: {sid}\n    name: {name}\n    emotion: 0\n    touchpoints:\n{TEMPLATE_TP}"
    for sid, name in (("awareness", "Awareness"), ("consideration", "Consideration"), ("decision", "Decision")))
#: awareness's copy taken out, decision given a second one, with words added (a draft).
TEMPLATE_MOVED = SCAFFOLD.replace(
    "    touchpoints:\n" + TEMPLATE_TP + "  - id: consideration", "    touchpoints: []\n  - id: consideration"
) + '      - channel: "TODO: where it happens (web, app, store, call centre, e-mail...)"\n' + (
    '        description: "TODO: what happens there, in the branch"\n')


def test_one_of_the_template_touchpoints_moved_and_edited_is_no_move():
    """Fails before the fix: `↕ stages[decision].touchpoints[1]: moved from
    stages[awareness].touchpoints[0]` (every stage holds that touchpoint: which copy moved?)."""
    assert "touchpoints: []" in TEMPLATE_MOVED
    changes = compare_values(load(SCAFFOLD), load(TEMPLATE_MOVED))
    assert [(c.op, c.path) for c in changes] == [
        ("removed", "stages[awareness].touchpoints[0]"), ("added", "stages[decision].touchpoints[1]")]


def test_review_introduces_the_placeholders_of_a_template_touchpoint_added(tmp_path, monkeypatch):
    """Before the fix the new touchpoint's two placeholder findings were carried over from
    awareness's copy: 0 introduced, and the review passed."""
    r = Repo(tmp_path / "szkody")
    r.write("cxkit.toml", "")
    r.write("personas/anna.yaml", PERSONA)
    r.write("journeys/szkoda.yaml", SCAFFOLD)
    r.commit("base")
    r.git("checkout", "-q", "-b", "szkic")
    r.write("journeys/szkoda.yaml", TEMPLATE_MOVED)
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    result = run_cli("review", "main", "--format", "json")
    assert result.exception is None, f"traceback: {result.exception!r}"
    report = json.loads(result.stdout)
    assert sorted((f["rule"], f["data_path"]) for f in report["introduced"]) == [
        ("placeholder", "stages[decision].touchpoints[1].channel"),
        ("placeholder", "stages[decision].touchpoints[1].description"),
        ("stage-without-touchpoints", "stages[awareness].id"),
    ]
    assert result.exit_code == 1


# --- R9-4: a config moved into the one folder of its documents takes in the same files ----------

def test_a_config_moved_into_the_folder_of_all_its_documents_is_not_said_to_take_in_other_files(tmp_path, monkeypatch):
    """`browar/cxkit.toml` (no paths, no exclude) moved into `browar/personas`, where every
    document of that workspace is: listed, but the same files are linted.  Fails before: "so its
    workspace takes in other files than in `main`"."""
    r = Repo(tmp_path / "agencja")
    r.write("cxkit.toml", "")
    r.write("personas/anna.yaml", PERSONA)
    r.write("browar/cxkit.toml", 'lang = "pl"\n')
    r.write("browar/personas/ola.yaml",
            "kind: persona\nid: ola\nname: Ola Browarna\ngoals:\n  - Warzyć piwo rzemieślnicze na sprzedaż\n")
    r.commit("base")
    r.git("checkout", "-q", "-b", "config")
    r.git("mv", "browar/cxkit.toml", "browar/personas/cxkit.toml")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    result = run_cli("review", "main")
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code == 0, result.stdout
    line = next(x for x in result.stdout.splitlines() if x.startswith("**Configuration:**"))
    assert "(moved to another folder, its documents left where they were)" in line
    assert "so its workspace may take in other files than in `main`" in line
    assert "takes in other files" not in line


# --- R9-9: b789904's guard of swaps against placeholders could not fail -----------------------

def test_two_stages_renumbered_while_one_holds_a_placeholder_are_no_swap():
    """Guard for b789904's "no stage holds a placeholder": its own test (template stages alike but
    for their names) passes without that check, as the stages are too alike to swap anyway.  Here a
    draft note (TODO) in one of two real stages reordered and renumbered keeps the pairs by id;
    without the check this reads as a swap (`~ stages[etap-1].id: etap-2 → etap-1`)."""
    from test_diff_s22_moves import ETAPY, renumbered

    draft = ETAPY.replace("    feeling: Panika i bezradność\n",
                          '    feeling: Panika i bezradność\n    thinking: "TODO: dopytać w wywiadach"\n')
    assert draft != ETAPY
    changes = compare_values(load(draft), load(renumbered(draft)))
    assert not any(c.path.endswith(".id") for c in changes), [(c.op, c.path) for c in changes]
    assert ("changed", "stages[etap-1].name") in [(c.op, c.path) for c in changes]
    # The same edit without the note is the swap (the guard is what tells them apart).
    plain = [(c.op, c.path) for c in compare_values(load(ETAPY), load(renumbered(ETAPY)))]
    assert plain == [("moved", "stages"), ("changed", "stages[etap-1].id"), ("changed", "stages[etap-2].id")]


# --- R9-9: guards of b789904 and 57af47f that no test held ------------------------------------

TWO_PHONES = """\
kind: journey
id: zalanie
name: Zalanie mieszkania
persona: anna
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    emotion: -2
    touchpoints:
      - channel: telefon
        description: Infolinia szkodowa dla klientów
      - channel: e-mail
        description: Potwierdzenie zgłoszenia szkody
  - id: ogledziny
    name: Oględziny
    emotion: -1
    touchpoints:
      - channel: telefon
        description: Infolinia szkodowa czynna całą dobę dla klientów
      - channel: wizyta
        description: Rzeczoznawca ogląda kuchnię
  - id: wyplata
    name: Wypłata
    emotion: 1
    touchpoints:
      - channel: aplikacja
        description: Status wypłaty w aplikacji
"""


def test_a_touchpoint_either_of_two_could_have_become_is_no_move():
    """Guard for 57af47f's "each the other's only such partner": both phone lines dropped, one added
    to `wyplata` that each could have become by words added or taken out.  Without the check both
    pair with it and the diff loses a removal (only `moved` and its change are left)."""
    new = TWO_PHONES.replace("      - channel: telefon\n        description: Infolinia szkodowa dla klientów\n", "").replace(
        "      - channel: telefon\n        description: Infolinia szkodowa czynna całą dobę dla klientów\n", "") + (
        "      - channel: telefon\n        description: Infolinia szkodowa czynna dla klientów\n")
    changes = compare_values(load(TWO_PHONES), load(new))
    assert [(c.op, c.path) for c in changes] == [
        ("removed", "stages[zgloszenie].touchpoints[0]"),
        ("removed", "stages[ogledziny].touchpoints[0]"),
        ("added", "stages[wyplata].touchpoints[1]"),
    ]


def test_two_stages_still_much_alike_after_their_contents_crossed_are_an_edit_not_a_swap():
    """Guard for b789904's "what each id names now < 60 % like what it named": two branch visits
    79 % alike (the application, then the contract) whose contents trade ids keep their pairs by
    id.  Without the check they read as swapped."""
    from cxkit.diff.match import pair_items

    wniosek = {"id": "etap-1", "name": "Wizyta w oddziale banku",
               "doing": "Składa wniosek o kredyt hipoteczny z doradcą w oddziale", "feeling": "Niepewność"}
    umowa = {"id": "etap-2", "name": "Wizyta w oddziale banku",
             "doing": "Podpisuje umowę o kredyt hipoteczny z doradcą w oddziale", "feeling": "Ulga"}
    assert pair_items([wniosek, umowa], [{**umowa, "id": "etap-1"}, {**wniosek, "id": "etap-2"}], stages=True) == [
        (0, 0), (1, 1)]


def test_a_swap_another_stage_could_be_the_source_of_is_no_swap():
    """Guard for b789904's "each pair the other's nearest by the margin": a third stage nearly a copy
    of the first (a second claim) keeps the swap from being the one reading.  Without the check the
    first two read as swapped; with the third stage gone they do (the reading the guard withholds)."""
    from cxkit.diff.match import pair_items

    x = {"id": "etap-1", "name": "Zgłoszenie szkody na infolinii",
         "doing": "Zakręca zawór, robi zdjęcia, dzwoni na infolinię", "feeling": "Panika i bezradność"}
    y = {"id": "etap-2", "name": "Wypłata odszkodowania",
         "doing": "Sprawdza konto co kilka godzin i czeka na przelew", "feeling": "Ulga"}
    z = {**x, "id": "etap-3", "name": "Zgłoszenie szkody na infolinii (druga szkoda)"}
    swapped = [{**y, "id": "etap-1"}, {**x, "id": "etap-2"}]
    assert pair_items([x, y, z], swapped + [z], stages=True) == [(0, 0), (1, 1), (2, 2)]
    assert pair_items([x, y], swapped, stages=True) == [(0, 1), (1, 0)]


# --- R9-11: a recurring opportunity (the same action in several stages) -----------------------

def _kredyt(stage: str, name: str, doing: str, due: str) -> str:
    return (f"  - id: {stage}\n    name: {name}\n    emotion: 0\n    doing: {doing}\n    touchpoints:\n"
            f"      - channel: oddział\n        description: Rozmowa z doradcą kredytowym\n"
            f"    opportunities:\n      - action: Ankieta NPS po wizycie\n        due: {due}\n")


KREDYT_HEAD = "kind: journey\nid: kredyt\nname: Kredyt hipoteczny\npersona: anna\nowner: Zespół CX\nreviewed: 2026-11-20\nstages:\n"
DECYZJA = _kredyt("decyzja", "Decyzja kredytowa", "Czeka na decyzję trzy tygodnie", "2027-02-15")
KREDYT = KREDYT_HEAD + _kredyt(
    "wniosek", "Wniosek o kredyt hipoteczny", "Zbiera zaświadczenia o dochodach i wypełnia wniosek online", "2027-01-15") + DECYZJA
#: `wniosek` removed, `umowa` added: each stage has its own NPS survey, as `decyzja` does.
KREDYT_UMOWA = KREDYT_HEAD + _kredyt(
    "umowa", "Podpisanie umowy w oddziale", "Czyta umowę kredytową i pyta doradcę o prowizję", "2027-03-15") + DECYZJA


def test_a_recurring_opportunity_of_a_stage_replaced_is_no_move():
    """Fails before: `↕ stages[umowa].opportunities[0]: moved from stages[wniosek].opportunities[0]`
    and its due date changed: the new stage's own survey read as the old stage's."""
    changes = compare_values(load(KREDYT), load(KREDYT_UMOWA))
    assert [(c.op, c.path) for c in changes] == [("removed", "stages[wniosek]"), ("added", "stages[umowa]")]


def test_an_opportunity_whose_action_is_its_own_still_moves_with_its_date_changed():
    """Guard: b789904's case, an action no other stage holds, moved into a stage added and re-dated."""
    moved = KREDYT.replace("Ankieta NPS po wizycie\n        due: 2027-01-15", "Oddzwonienie doradcy w 24 godziny\n        due: 2027-01-15")
    into = KREDYT_UMOWA.replace("Ankieta NPS po wizycie\n        due: 2027-03-15", "Oddzwonienie doradcy w 24 godziny\n        due: 2027-03-15")
    assert [(c.op, c.path) for c in compare_values(load(moved), load(into))] == [
        ("removed", "stages[wniosek]"), ("added", "stages[umowa]"),
        ("moved", "stages[umowa].opportunities[0]"), ("changed", "stages[umowa].opportunities[0].due")]


def test_review_introduces_the_finding_of_the_new_stages_own_recurring_opportunity(tmp_path, monkeypatch):
    """Every survey is unowned: the new stage's is introduced (the removed stage's fixed) and the
    review fails.  Before: carried over, 0 introduced, passes."""
    r = Repo(tmp_path / "bank")
    r.write("cxkit.toml", "")
    r.write("personas/anna.yaml", PERSONA)
    r.write("journeys/kredyt.yaml", KREDYT)
    r.commit("base")
    r.git("checkout", "-q", "-b", "umowa")
    r.write("journeys/kredyt.yaml", KREDYT_UMOWA)
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    result = run_cli("review", "main", "--format", "json")
    assert result.exception is None, f"traceback: {result.exception!r}"
    report = json.loads(result.stdout)
    assert [(f["rule"], f["data_path"]) for f in report["introduced"]] == [
        ("unowned-opportunity", "stages[umowa].opportunities[0].action")]
    assert [(f["rule"], f["data_path"]) for f in report["fixed"]] == [
        ("unowned-opportunity", "stages[wniosek].opportunities[0].action")]
    assert result.exit_code == 1
