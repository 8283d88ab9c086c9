"""Session 23 (review13 M1, L1): only stages rewritten under their ids are followed when swaps and
rounds of ids are looked for.  A long journey edited in place (a new emotion on every stage) is no
longer "too long for swaps to be looked for", and a round among a few of its stages is found."""

from __future__ import annotations

from conftest import run_cli

from cxkit.diff.compare import Options, compare_values
from test_diff_s22_moves import load

PLACES = ["Gdańsk", "Kraków", "Łódź", "Wrocław", "Poznań", "Toruń", "Lublin", "Kielce", "Opole", "Rzeszów",
          "Olsztyn", "Białystok", "Szczecin", "Zakopane", "Sopot", "Płock", "Radom", "Tarnów", "Elbląg", "Gniezno",
          "Legnica", "Kalisz", "Zamość", "Przemyśl", "Sandomierz", "Malbork", "Chełm", "Suwałki", "Jelenia Góra",
          "Nowy Sącz"]
GOODS = ["buty trekkingowe", "ekspres do kawy", "rower miejski", "plecak szkolny", "czajnik elektryczny",
         "kurtkę puchową", "lampę biurkową", "namiot rodzinny", "słuchawki", "odkurzacz", "krzesło", "zegarek",
         "parasol", "patelnię", "kask", "deskorolkę", "wiertarkę", "poduszkę", "garnek", "kosiarkę", "szalik",
         "rolki", "toster", "blender", "hulajnogę", "drukarkę", "materac", "wagę", "czytnik", "grill"]


def journey(emotion: int, ring: bool = False) -> str:
    """Thirty stages, one a town; with ``ring`` the first three stages' ids go round in place
    (etap-1 -> etap-2 -> etap-3 -> etap-1)."""
    lines = ["kind: journey", "id: objazd", "name: Objazd sklepów", "persona: ola", "stages:"]
    for n, (place, goods) in enumerate(zip(PLACES, GOODS)):
        ident = n + 1
        if ring and n < 3:
            ident = n + 2 if n < 2 else 1
        lines += [f"  - id: etap-{ident}", f"    name: {place}",
                  f"    doing: Kupuje {goods}", f"    emotion: {emotion}"]
    return "\n".join(lines) + "\n"


def test_thirty_stages_edited_in_place_get_no_note(tmp_path, monkeypatch):
    """Before: the note 'more stages changed under their ids than cxkit weighs' on stderr, though
    every stage is still what its id named and no swap is possible."""
    monkeypatch.setenv("COLUMNS", "200")
    (tmp_path / "stary.yaml").write_text(journey(1), encoding="utf-8")
    (tmp_path / "nowy.yaml").write_text(journey(2), encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "stary.yaml"), str(tmp_path / "nowy.yaml"))
    assert result.exit_code == 1 and result.exception is None
    assert result.stderr == ""
    assert "1. Gdańsk (etap-1) › Emocje: +1 (dobrze) → +2 (bardzo dobrze)" in result.stdout
    assert "30. Nowy Sącz (etap-30) › Emocje: +1 (dobrze) → +2 (bardzo dobrze)" in result.stdout
    options = Options()
    changes = compare_values(load(journey(1)), load(journey(2)), options)
    assert options.unweighed == []
    assert [c.path for c in changes] == [f"stages[etap-{n}].emotion" for n in range(1, 31)]


def test_a_round_among_thirty_stages_edited_in_place_is_found():
    """Before: the note, and the three stages rewritten field by field under their ids."""
    options = Options()
    changes = compare_values(load(journey(1)), load(journey(2, ring=True)), options)
    assert options.unweighed == []
    assert [(c.op, c.path, c.old, c.new) for c in changes if c.path.endswith(".id")] == [
        ("changed", "stages[etap-2].id", "etap-1", "etap-2"),
        ("changed", "stages[etap-3].id", "etap-2", "etap-3"),
        ("changed", "stages[etap-1].id", "etap-3", "etap-1"),
    ]
    assert not [c for c in changes if c.path.endswith(".name") or "touchpoints" in c.path]
