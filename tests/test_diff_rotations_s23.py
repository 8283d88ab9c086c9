"""Session 23: stages whose ids went round three of them (reordered and renumbered, or renumbered in
place) are read as such, as two stages that swap their ids are; a journey too long for that to be
looked for says so on stderr instead of silently pairing the stages by id."""

from __future__ import annotations

import json

from conftest import run_cli
from diff_helpers import diff_run
from test_diff_s22_moves import ETAPY, ETAPY_WAS, _stages, load

from cxkit.diff.compare import Options, compare_values
from cxkit.diff.match import pair_items


def _renamed(stage: str, old: str, new: str) -> str:
    return stage.replace(f"id: {old}", f"id: {new}")


def rotated(text: str) -> str:
    """The three stages put in the order 2, 3, 1 and their ids renumbered to match it."""
    head, (one, two, three) = _stages(text)
    return (head + _renamed(two, "etap-2", "etap-1") + _renamed(three, "etap-3", "etap-2")
            + _renamed(one, "etap-1", "etap-3"))


def rotated_in_place(text: str) -> str:
    """The stages keep their places; their ids go round (etap-1 -> etap-2 -> etap-3 -> etap-1)."""
    head, (one, two, three) = _stages(text)
    return (head + _renamed(one, "etap-1", "etap-2") + _renamed(two, "etap-2", "etap-3")
            + _renamed(three, "etap-3", "etap-1"))


def test_three_stages_reordered_and_renumbered_are_an_order_change_and_three_ids():
    """Before: all three stages rewritten field by field under their ids (name, touchpoints, doing...)."""
    changes = compare_values(load(ETAPY), load(rotated(ETAPY)))
    assert [(c.op, c.path, c.old, c.new) for c in changes] == [
        ("moved", "stages", ["etap-1", "etap-2", "etap-3"], ["etap-2", "etap-3", "etap-1"]),
        ("changed", "stages[etap-1].id", "etap-2", "etap-1"),
        ("changed", "stages[etap-2].id", "etap-3", "etap-2"),
        ("changed", "stages[etap-3].id", "etap-1", "etap-3"),
    ]


def test_three_ids_passed_round_in_place_are_three_id_changes():
    changes = compare_values(load(ETAPY), load(rotated_in_place(ETAPY)))
    assert [(c.op, c.path, c.old, c.new) for c in changes] == [
        ("changed", "stages[etap-2].id", "etap-1", "etap-2"),
        ("changed", "stages[etap-3].id", "etap-2", "etap-3"),
        ("changed", "stages[etap-1].id", "etap-3", "etap-1"),
    ]


def test_a_rotation_in_text_and_json(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    result = diff_run(tmp_path, ETAPY, rotated(ETAPY), names=("stary.yaml", "nowy.yaml"))
    # Each order names its stages as that side has them (ids passed round no longer leave bare ids, s36).
    assert result.stdout.splitlines()[1:13] == [
        "  ↕ Etapy: zmieniono kolejność (przeniesiono: 3. Zgłoszenie szkody na infolinii (etap-3))",
        *ETAPY_WAS,
        "      jest:",
        "        1. Wizyta rzeczoznawcy (etap-1)",
        "        2. Wypłata odszkodowania (etap-2)",
        "        3. Zgłoszenie szkody na infolinii (etap-3)",
        "  ~ 1. Wizyta rzeczoznawcy (etap-1) › id: etap-2 → etap-1",
        "  ~ 2. Wypłata odszkodowania (etap-2) › id: etap-3 → etap-2",
        "  ~ 3. Zgłoszenie szkody na infolinii (etap-3) › id: etap-1 → etap-3",
    ]
    assert result.stderr == ""
    as_json = json.loads(run_cli("diff", "-f", "json", str(tmp_path / "stary.yaml"), str(tmp_path / "nowy.yaml")).stdout)
    assert [c["path"] for c in as_json] == ["stages", "stages[etap-1].id", "stages[etap-2].id", "stages[etap-3].id"]


def test_a_rotation_half_carried_is_no_rotation():
    """Guard: two contents carried round, the third stage rewritten: the pairs by id stay."""
    head, (one, two, three) = _stages(ETAPY)
    other = ("  - id: etap-2\n    name: Oględziny przez firmę osuszającą\n    touchpoints:\n"
             "      - channel: wizyta\n        description: Technik ustawia osuszacze na trzy tygodnie\n"
             "    emotion: 0\n")
    changes = compare_values(load(ETAPY), load(head + _renamed(two, "etap-2", "etap-1") + other
                                               + _renamed(one, "etap-1", "etap-3")))
    assert not any(c.path.endswith(".id") for c in changes), [(c.op, c.path) for c in changes]


def test_template_stages_passed_round_are_no_rotation():
    """Guard: template stages (TODO) alike but for their names: no clear reading."""
    todo = {"goal": "TODO: what the customer wants", "doing": "TODO: what they do", "emotion": 0}
    names = ["Awareness", "Consideration", "Decision"]
    ids = ["awareness", "consideration", "decision"]
    old = [{"id": i, "name": n, **todo} for i, n in zip(ids, names)]
    new = [{"id": i, "name": n, **todo} for i, n in zip(ids[1:] + ids[:1], names)]
    assert pair_items(old, new, stages=True) == [(0, 2), (1, 0), (2, 1)]  # by id


# --- past the bound -----------------------------------------------------------------------------

CITIES = ["Gdańsk", "Kraków", "Poznań", "Wrocław", "Łódź", "Lublin", "Szczecin", "Białystok", "Katowice", "Rzeszów",
          "Olsztyn", "Opole", "Kielce", "Toruń", "Bydgoszcz", "Gdynia", "Sopot", "Zakopane", "Elbląg", "Płock",
          "Radom", "Tarnów", "Legnica", "Kalisz", "Koszalin"]


DOING = ["zwiedza stocznię", "je obwarzanka", "patrzy na koziołki", "liczy krasnale", "spaceruje Piotrkowską",
         "ogląda zamek", "płynie promem", "kupuje pierniki", "słucha jazzu", "odwiedza rynek", "pływa kajakiem",
         "fotografuje wieżę", "wchodzi na Kadzielnię", "je toruńskie ciastka", "ogląda spichrze", "idzie bulwarem",
         "siedzi na molo", "wjeżdża na Kasprowy", "zwiedza katedrę", "patrzy na Wisłę", "szuka kawiarni",
         "ogląda ratusz", "zwiedza kościół", "idzie do teatru", "biega nad morzem"]


def long_journey(emotion: int, swap: bool = False, shift: bool = False) -> str:
    """A tour of 25 cities, a stage each; with ``swap`` the first two stages swap their ids; with
    ``shift`` every stage takes the next one's id (the last the first's): each stage rewritten
    under its id."""
    lines = ["kind: journey", "id: objazd", "name: Objazd z koncertami", "persona: anna", "stages:"]
    for n, (city, doing) in enumerate(zip(CITIES, DOING)):
        ident = f"koncert-{n + 1}"
        if swap and n < 2:
            ident = f"koncert-{2 - n}"
        if shift:
            ident = f"koncert-{(n + 1) % len(CITIES) + 1}"
        lines += [f"  - id: {ident}", f"    name: {city}", f"    doing: {doing.capitalize()}", f"    emotion: {emotion}"]
    return "\n".join(lines) + "\n"


def test_a_journey_too_long_for_swaps_to_be_looked_for_says_so(tmp_path, monkeypatch):
    """Before: the 25 stages paired by id, each read as rewritten, and not a word of why.  (Every
    stage rewritten under its id: too many to follow.)"""
    monkeypatch.setenv("COLUMNS", "200")
    result = diff_run(tmp_path, long_journey(0), long_journey(1, shift=True), names=("stary.yaml", "nowy.yaml"))
    assert result.stderr == (
        f"cxkit: note: {tmp_path / 'nowy.yaml'} (objazd): more stages changed under their ids than cxkit weighs, so "
        "stages that swapped their ids or passed them round are not looked for in `stages`: each stage is compared "
        "with what its id named before\n"
    )
    assert "25. Koszalin (koncert-1) › Nazwa: Gdańsk → Koszalin" in result.stdout
    options = Options()
    compare_values(load(long_journey(0)), load(long_journey(1, shift=True)), options)
    assert [u.path for u in options.unweighed] == ["stages"]


def test_a_swap_in_a_long_journey_edited_in_place_is_found():
    """Review13 L1: the other 23 stages only changed their emotion, so only the two swapped are
    followed, and the swap is read as such.  Before: the note above, and the two stages rewritten."""
    options = Options()
    changes = compare_values(load(long_journey(0)), load(long_journey(1, swap=True)), options)
    assert options.unweighed == []
    assert [(c.op, c.path) for c in changes][:4] == [
        ("changed", "stages[koncert-2].id"), ("changed", "stages[koncert-2].emotion"),
        ("changed", "stages[koncert-1].id"), ("changed", "stages[koncert-1].emotion")]
    assert not [c for c in changes if c.path.endswith((".name", ".doing"))]


def test_a_journey_within_the_bound_gets_no_note(tmp_path):
    """Guard: the same swap among few changed stages is found, and nothing is said."""
    old, new = load(long_journey(0)), load(long_journey(0, swap=True))
    options = Options()
    changes = compare_values(old, new, options)
    assert [(c.op, c.path) for c in changes] == [("changed", "stages[koncert-2].id"), ("changed", "stages[koncert-1].id")]
    assert options.unweighed == []
