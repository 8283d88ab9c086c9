"""Session 22: what moved is told as moved where the diff read it as removed and added.

An opportunity moved into a stage the same change adds (or out of a stage it removes), two stages
that swap their ids, a touchpoint moved and edited; for `cxkit diff` and `cxkit review`.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from diff_helpers import diff_run
from git_helpers import HAS_GIT, Repo

from cxkit.diff.compare import compare_values

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


def load(text: str):
    from cxkit.yamlio import load_bytes

    return load_bytes(text.encode("utf-8")).data


def ops(changes) -> list[tuple[str, str]]:
    return [(c.op, c.path) for c in changes]


def review_json(*args: str) -> tuple[int, dict]:
    result = run_cli("review", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


PERSONA = """\
kind: persona
id: anna
name: Anna Kowalska
reviewed: 2026-11-20
goals:
  - Osuszyć kuchnię i wrócić do niej w trzy tygodnie od zalania
"""

# --- 1. an opportunity moved into a stage the change adds --------------------------------

ZALANIE = """\
kind: journey
id: zalanie
name: Zalanie mieszkania
persona: anna
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
      - action: SMS z godziną przyjazdu hydraulika i jego imieniem
        due: 2027-01-15
  - id: wyplata
    name: Wypłata odszkodowania
    touchpoints:
      - channel: aplikacja
        description: Status wypłaty w aplikacji
    emotion: 1
"""
SMS = "      - action: SMS z godziną przyjazdu hydraulika i jego imieniem\n        due: 2027-01-15\n"
HYDRAULIK = """\
  - id: hydraulik
    name: Wizyta hydraulika
    touchpoints:
      - channel: sms
        description: Potwierdzenie terminu wizyty
    emotion: -1
    opportunities:
      - action: SMS z godziną przyjazdu hydraulika i jego imieniem
        due: 2027-02-28
"""
#: The SMS opportunity moved out of `zgloszenie` into `hydraulik`, a stage added, and re-dated.
INTO_NEW = ZALANIE.replace(SMS, "").replace("  - id: wyplata\n", HYDRAULIK + "  - id: wyplata\n")


def test_an_opportunity_moved_into_a_stage_the_change_adds_is_a_move_after_that_stage():
    """Before: `- stages[zgloszenie].opportunities[1]` and the stage added, nothing said it moved."""
    changes = compare_values(load(ZALANIE), load(INTO_NEW))
    assert ops(changes) == [
        ("added", "stages[hydraulik]"),
        ("moved", "stages[hydraulik].opportunities[0]"),
        ("changed", "stages[hydraulik].opportunities[0].due"),
    ]
    assert (changes[1].old, changes[1].new) == ("stages[zgloszenie].opportunities[1]", "stages[hydraulik].opportunities[0]")
    assert (str(changes[2].old), str(changes[2].new)) == ("2027-01-15", "2027-02-28")
    # The stage added is told whole, the opportunity with it.
    assert changes[0].new["opportunities"][0]["action"].startswith("SMS z godziną")


def test_an_opportunity_moved_out_of_a_stage_the_change_removes_is_a_move():
    """The mirror: the stage `hydraulik` removed, its opportunity kept in `zgloszenie`."""
    changes = compare_values(load(INTO_NEW), load(ZALANIE))
    assert ops(changes) == [
        ("moved", "stages[zgloszenie].opportunities[1]"),
        ("changed", "stages[zgloszenie].opportunities[1].due"),
        ("removed", "stages[hydraulik]"),
    ]
    assert changes[0].old == "stages[hydraulik].opportunities[0]"


def test_moved_into_a_new_stage_in_text(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    result = diff_run(tmp_path, ZALANIE, INTO_NEW, names=("stary.yaml", "nowy.yaml"))
    lines = result.stdout.splitlines()
    assert lines[1] == "  + 2. Wizyta hydraulika (hydraulik):"
    moved = lines.index("  ↕ 2. Wizyta hydraulika (hydraulik) › Usprawnienia #1: poprzednio "
                        "1. Zgłoszenie szkody (zgloszenie) › Usprawnienia #2:")
    assert lines[moved + 3] == "  ~ 2. Wizyta hydraulika (hydraulik) › Usprawnienia #1 › Termin: 2027-01-15 → 2027-02-28"
    assert not any(line.startswith("  - ") for line in lines)


def test_an_opportunity_of_a_template_stage_is_no_move():
    """Guard: a TODO opportunity in a stage removed and one in a stage added are the template's."""
    todo = "    opportunities:\n      - action: \"TODO: what you will change\"\n        owner: \"TODO: the team\"\n"
    old = ZALANIE + "  - id: swiadomosc\n    name: Widzi reklamę ubezpieczenia w autobusie\n    emotion: 0\n" + todo
    new = ZALANIE + "  - id: decyzja\n    name: Porównuje trzy oferty w porównywarce\n    emotion: 1\n" + todo
    assert ops(compare_values(load(old), load(new))) == [("removed", "stages[swiadomosc]"), ("added", "stages[decyzja]")]


@pytest.fixture
def into_new_repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "szkody")
    r.write("cxkit.toml", "")
    r.write("personas/anna.yaml", PERSONA)
    r.write("journeys/zalanie.yaml", ZALANIE)
    r.commit("base")
    r.git("checkout", "-q", "-b", "hydraulik")
    r.write("journeys/zalanie.yaml", INTO_NEW)
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def test_review_carries_the_finding_of_an_opportunity_moved_into_a_new_stage_over(into_new_repo):
    """The SMS opportunity has no owner on main: before, its `unowned-opportunity` was fixed at
    `stages[zgloszenie]` and introduced at `stages[hydraulik]`, failing the review."""
    before = review_json("main")[1]["findings_before"]
    code, report = review_json("main")
    assert before >= 1
    assert [(f["rule"], f["data_path"]) for f in report["introduced"]] == []
    assert [(f["rule"], f["data_path"]) for f in report["fixed"]] == []
    assert code == 0 and report["failed"] is False
    assert [(c["op"], c["path"]) for c in report["changes"]] == [
        ("added", "stages[hydraulik]"),
        ("moved", "stages[hydraulik].opportunities[0]"),
        ("changed", "stages[hydraulik].opportunities[0].due"),
    ]


def test_review_still_introduces_what_the_new_stage_itself_brings(into_new_repo):
    """Guard: an unowned opportunity of the stage added, not moved from anywhere, is introduced."""
    extra = "      - action: Zdjęcia szkody przesłane w aplikacji\n"
    into_new_repo.write("journeys/zalanie.yaml", INTO_NEW.replace("        due: 2027-02-28\n", "        due: 2027-02-28\n" + extra))
    code, report = review_json("main")
    assert [(f["rule"], f["data_path"]) for f in report["introduced"]] == [
        ("unowned-opportunity", "stages[hydraulik].opportunities[1].action"),
    ]
    assert code == 1


# --- 2. two stages that swap their ids ---------------------------------------------------

ETAPY = """\
kind: journey
id: zalanie
name: Zalanie mieszkania
persona: anna
reviewed: 2026-11-20
stages:
  - id: etap-1
    name: Zgłoszenie szkody na infolinii
    touchpoints:
      - channel: telefon
        description: Infolinia szkodowa 24/7, czas oczekiwania 14 minut
    doing: Zakręca zawór, robi zdjęcia, dzwoni na infolinię
    feeling: Panika i bezradność
    emotion: -2
    opportunities:
      - action: Oddzwonienie zamiast kolejki po 5 minutach
        due: 2027-03-31
  - id: etap-2
    name: Wizyta rzeczoznawcy
    touchpoints:
      - channel: wizyta
        description: Rzeczoznawca ogląda kuchnię i mierzy wilgoć
    doing: Czeka w domu cały dzień na rzeczoznawcę
    feeling: Zniecierpliwienie
    emotion: -1
    opportunities:
      - action: Okno wizyty rzeczoznawcy zawężone do dwóch godzin
        owner: Zespół likwidacji szkód
        due: 2027-06-30
  - id: etap-3
    name: Wypłata odszkodowania
    touchpoints:
      - channel: aplikacja
        description: Status wypłaty w aplikacji
    emotion: 1
"""


#: ETAPY's stages as a diff's text view lists the old side of their order (`było:`, each "N. Name (id)").
ETAPY_WAS = [
    "      było:",
    "        1. Zgłoszenie szkody na infolinii (etap-1)",
    "        2. Wizyta rzeczoznawcy (etap-2)",
    "        3. Wypłata odszkodowania (etap-3)",
]


def _stages(text: str) -> tuple[str, list[str]]:
    head, *stages = text.split("  - id: ")
    return head, ["  - id: " + s for s in stages]


def renumbered(text: str) -> str:
    """The first two stages put in the other order and their ids renumbered to match it."""
    head, (one, two, three) = _stages(text)
    return head + two.replace("id: etap-2", "id: etap-1") + one.replace("id: etap-1", "id: etap-2") + three


def ids_swapped(text: str) -> str:
    """The first two stages keep their places and swap their ids."""
    head, (one, two, three) = _stages(text)
    return head + one.replace("id: etap-1", "id: etap-2") + two.replace("id: etap-2", "id: etap-1") + three


def test_stages_reordered_and_renumbered_are_an_order_change_and_two_ids_swapped():
    """Before: both stages rewritten field by field under their ids (name, touchpoints, doing...)."""
    changes = compare_values(load(ETAPY), load(renumbered(ETAPY)))
    assert [(c.op, c.path, c.old, c.new) for c in changes] == [
        ("moved", "stages", ["etap-1", "etap-2", "etap-3"], ["etap-2", "etap-1", "etap-3"]),
        ("changed", "stages[etap-1].id", "etap-2", "etap-1"),
        ("changed", "stages[etap-2].id", "etap-1", "etap-2"),
    ]


def test_two_stages_that_swap_their_ids_in_place_are_two_id_changes():
    changes = compare_values(load(ETAPY), load(ids_swapped(ETAPY)))
    assert [(c.op, c.path, c.old, c.new) for c in changes] == [
        ("changed", "stages[etap-2].id", "etap-1", "etap-2"),
        ("changed", "stages[etap-1].id", "etap-2", "etap-1"),
    ]


def test_a_swap_edited_on_the_way_still_reads_as_a_swap_then_the_edit():
    edited = renumbered(ETAPY).replace("emotion: -2", "emotion: -1").replace("Zniecierpliwienie", "Zniecierpliwienie i złość")
    changes = compare_values(load(ETAPY), load(edited))
    assert ops(changes) == [
        ("moved", "stages"),
        ("changed", "stages[etap-1].id"),
        ("changed", "stages[etap-1].feeling"),
        ("changed", "stages[etap-2].id"),
        ("changed", "stages[etap-2].emotion"),
    ]


def test_renumbered_stages_in_text(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    result = diff_run(tmp_path, ETAPY, renumbered(ETAPY), names=("stary.yaml", "nowy.yaml"))
    # Each order names its stages as that side has them (ids swapped no longer leave bare ids, s36).
    assert result.stdout.splitlines()[1:12] == [
        "  ↕ Etapy: zmieniono kolejność (przeniesiono: 2. Zgłoszenie szkody na infolinii (etap-2))",
        *ETAPY_WAS,
        "      jest:",
        "        1. Wizyta rzeczoznawcy (etap-1)",
        "        2. Zgłoszenie szkody na infolinii (etap-2)",
        "        3. Wypłata odszkodowania (etap-3)",
        "  ~ 1. Wizyta rzeczoznawcy (etap-1) › id: etap-2 → etap-1",
        "  ~ 2. Zgłoszenie szkody na infolinii (etap-2) › id: etap-1 → etap-2",
    ]


def test_a_swap_half_carried_is_no_swap():
    """Guard: one content carried across, the other rewritten (below 80 % like what left): the
    pairs by id stay, as before."""
    head, (one, two, three) = _stages(ETAPY)
    other = ("  - id: etap-1\n    name: Oględziny przez firmę osuszającą\n    touchpoints:\n"
             "      - channel: wizyta\n        description: Technik ustawia osuszacze na trzy tygodnie\n"
             "    emotion: 0\n")
    changes = compare_values(load(ETAPY), load(head + other + one.replace("id: etap-1", "id: etap-2") + three))
    assert not any(c.path.endswith(".id") for c in changes), ops(changes)
    assert ("changed", "stages[etap-1].name") in ops(changes)


def test_template_stages_that_swap_their_ids_are_no_swap():
    """Guard: the seven stages `cxkit new` writes are alike but for their names: no clear reading."""
    from cxkit.diff.match import pair_items

    todo = {"goal": "TODO: what the customer wants", "doing": "TODO: what they do", "emotion": 0}
    old = [{"id": "awareness", "name": "Awareness", **todo}, {"id": "decision", "name": "Decision", **todo}]
    new = [{"id": "decision", "name": "Awareness", **todo}, {"id": "awareness", "name": "Decision", **todo}]
    assert pair_items(old, new, stages=True) == [(0, 1), (1, 0)]


@pytest.fixture
def swap_repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "szkody")
    r.write("cxkit.toml", "")
    r.write("personas/anna.yaml", PERSONA)
    # The assessor's visit has no touchpoints on main: a finding on the stage itself.
    base = ETAPY.replace("    touchpoints:\n      - channel: wizyta\n        description: Rzeczoznawca ogląda kuchnię i mierzy wilgoć\n", "")
    assert base != ETAPY
    r.write("journeys/zalanie.yaml", base)
    r.commit("base")
    r.git("checkout", "-q", "-b", "kolejnosc")
    r.write("journeys/zalanie.yaml", renumbered(base))
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def test_review_of_stages_renumbered_introduces_nothing(swap_repo):
    """The visit's `stage-without-touchpoints` is on main: before, it was fixed at `etap-2` and
    introduced at `etap-1` (the stages paired by their ids), and the review failed."""
    code, report = review_json("main")
    assert report["findings_before"] == report["findings_after"] >= 2
    assert report["introduced"] == [] and report["fixed"] == []
    assert [c["path"] for c in report["changes"]] == ["stages", "stages[etap-1].id", "stages[etap-2].id"]
    assert code == 0 and report["failed"] is False


# --- 3. a touchpoint moved to another stage and edited -----------------------------------

PUNKTY = """\
kind: journey
id: zalanie
name: Zalanie mieszkania
persona: anna
reviewed: 2026-11-20
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    emotion: -2
    touchpoints:
      - channel: telefon
        description: Infolinia szkodowa, czas oczekiwania 14 minut
      - channel: email
        description: Potwierdzenie zgłoszenia szkody
  - id: ogledziny
    name: Oględziny
    emotion: -1
    touchpoints:
      - channel: wizyta
        description: Rzeczoznawca ogląda kuchnię
"""
PHONE = "      - channel: telefon\n        description: Infolinia szkodowa, czas oczekiwania 14 minut\n"


def moved_phone(description: str, channel: str = "telefon") -> str:
    """The phone touchpoint moved from `zgloszenie` to the end of `ogledziny`, as given."""
    return PUNKTY.replace(PHONE, "") + f"      - channel: {channel}\n        description: {description}\n"


def test_a_touchpoint_moved_with_words_added_is_one_move_then_its_change():
    """Before: `- stages[zgloszenie].touchpoints[0]` and `+ stages[ogledziny].touchpoints[1]`."""
    changes = compare_values(load(PUNKTY), load(moved_phone("Infolinia szkodowa 24/7, czas oczekiwania 14 minut")))
    assert [(c.op, c.path, c.old, c.new) for c in changes] == [
        ("moved", "stages[ogledziny].touchpoints[1]", "stages[zgloszenie].touchpoints[0]", "stages[ogledziny].touchpoints[1]"),
        ("changed", "stages[ogledziny].touchpoints[1].description",
         "Infolinia szkodowa, czas oczekiwania 14 minut", "Infolinia szkodowa 24/7, czas oczekiwania 14 minut"),
    ]


def test_a_touchpoint_moved_with_words_taken_out_is_one_move_too():
    changes = compare_values(load(PUNKTY), load(moved_phone("Infolinia szkodowa, czas oczekiwania")))
    assert ops(changes) == [("moved", "stages[ogledziny].touchpoints[1]"), ("changed", "stages[ogledziny].touchpoints[1].description")]


@pytest.mark.parametrize("description, channel", [
    ("Infolinia assistance, czas oczekiwania 14 minut", "telefon"),  # a word replaced: another line
    ("Infolinia szkodowa, czas oczekiwania 14 minut", "czat"),  # another channel
], ids=["word-replaced", "channel-changed"])
def test_a_touchpoint_otherwise_changed_on_the_way_is_no_move(description, channel):
    """Guard (review6 R6-5): a touchpoint is a channel and a few words; a word replaced or another
    channel makes another touchpoint."""
    assert ops(compare_values(load(PUNKTY), load(moved_phone(description, channel)))) == [
        ("removed", "stages[zgloszenie].touchpoints[0]"),
        ("added", "stages[ogledziny].touchpoints[1]"),
    ]


def test_a_touchpoint_that_two_could_have_become_is_no_move():
    """Guard: the phone line dropped from two stages and one added with words: which one moved?"""
    two = PUNKTY.replace("        description: Rzeczoznawca ogląda kuchnię\n",
                         "        description: Rzeczoznawca ogląda kuchnię\n" + PHONE)
    new = PUNKTY.replace(PHONE, "") + "  - id: wyplata\n    name: Wypłata\n    emotion: 1\n    touchpoints:\n" + (
        "      - channel: telefon\n        description: Infolinia szkodowa 24/7, czas oczekiwania 14 minut\n")
    assert ops(compare_values(load(two), load(new))) == [
        ("removed", "stages[zgloszenie].touchpoints[0]"),
        ("removed", "stages[ogledziny].touchpoints[1]"),
        ("added", "stages[wyplata]"),
    ]


def test_review_carries_the_finding_of_a_touchpoint_moved_and_edited_over(tmp_path, monkeypatch):
    """A draft note in the phone line's description (`placeholder`) on main: before, fixed in
    `zgloszenie` and introduced in `ogledziny`, and the review failed."""
    note = ("Infolinia szkodowa, czas oczekiwania 14 minut", '"Infolinia szkodowa, TODO: czas oczekiwania"')
    draft, phone = PUNKTY.replace(*note), PHONE.replace(*note)
    assert phone in draft
    r = Repo(tmp_path / "szkody")
    r.write("cxkit.toml", "")
    r.write("personas/anna.yaml", PERSONA)
    r.write("journeys/zalanie.yaml", draft)
    r.commit("base")
    r.git("checkout", "-q", "-b", "punkty")
    r.write("journeys/zalanie.yaml", draft.replace(phone, "")
            + '      - channel: telefon\n        description: "Infolinia szkodowa 24/7, TODO: czas oczekiwania"\n')
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    code, report = review_json("main")
    assert report["findings_before"] == report["findings_after"] >= 1
    assert report["introduced"] == [] and report["fixed"] == []
    assert code == 0
    assert [(c["op"], c["path"]) for c in report["changes"]] == [
        ("moved", "stages[ogledziny].touchpoints[1]"),
        ("changed", "stages[ogledziny].touchpoints[1].description"),
    ]
