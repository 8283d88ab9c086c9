"""How `cxkit diff` lays out a reordered list and a changed value (tester12 F6, F11; session 25).

- the order of a reordered list is one flow line when the terminal (COLUMNS) has room for it,
  and the moved items named in the heading are cut to the width ("… and N more");
- in markdown the old and the new value of one change are formatted alike: both text, or both code.
"""

from __future__ import annotations

import json
import random
import re

import pytest

from conftest import run_cli

STAGES = ["swiadomosc", "rozwazanie", "porownanie-ofert", "decyzja-o-zakupie", "zakup", "dostawa", "polecenie"]


def journey(ids: list[str]) -> str:
    stages = "".join(f"  - id: {i}\n    name: Etap {i}\n    goal: Klient przechodzi przez etap {i}\n" for i in ids)
    return f"kind: journey\nid: zakup-sluchawek\nname: Zakup słuchawek\npersona: tomek\nstages:\n{stages}"


@pytest.fixture
def swapped(tmp_path, monkeypatch):
    """The seven stages, then the same with porownanie-ofert and decyzja-o-zakupie swapped."""
    new = list(STAGES)
    new[2], new[3] = new[3], new[2]
    (tmp_path / "a.yaml").write_text(journey(STAGES), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(journey(new), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    return tmp_path


def test_an_order_is_one_line_when_the_terminal_is_wide_enough(swapped, monkeypatch):
    # Stages are named as on every other line of a diff (number, name, id), since session 29.
    monkeypatch.setenv("COLUMNS", "300")
    result = run_cli("diff", "a.yaml", "b.yaml")
    assert result.exit_code == 1
    assert result.stdout == (
        "zakup-sluchawek  b.yaml\n"
        "  ↕ Etapy: zmieniono kolejność (przeniesiono: 4. Etap porownanie-ofert (porownanie-ofert))\n"
        "      było: 1. Etap swiadomosc (swiadomosc), 2. Etap rozwazanie (rozwazanie), 3. Etap porownanie-ofert "
        "(porownanie-ofert), 4. Etap decyzja-o-zakupie (decyzja-o-zakupie), 5. Etap zakup (zakup), "
        "6. Etap dostawa (dostawa), 7. Etap polecenie (polecenie)\n"
        "      jest: 1. Etap swiadomosc (swiadomosc), 2. Etap rozwazanie (rozwazanie), 3. Etap decyzja-o-zakupie "
        "(decyzja-o-zakupie), 4. Etap porownanie-ofert (porownanie-ofert), 5. Etap zakup (zakup), "
        "6. Etap dostawa (dostawa), 7. Etap polecenie (polecenie)\n"
        "\n1 dokument różni się (1 zmieniony); 1 zmiana w dokumencie.\n"
    )


def test_an_order_too_long_for_the_terminal_is_one_item_a_line(swapped, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    lines = run_cli("diff", "a.yaml", "b.yaml").stdout.splitlines()
    assert lines[2:4] == ["      było:", "        1. Etap swiadomosc (swiadomosc)"]
    assert len(lines) == 2 + 2 * 8 + 2


def test_a_big_reshuffle_names_what_fits_and_counts_the_rest(tmp_path, monkeypatch):
    ids = [f"etap-{n:03d}" for n in range(300)]
    shuffled = list(ids)
    random.Random(3).shuffle(shuffled)
    (tmp_path / "a.yaml").write_text(journey(ids), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(journey(shuffled), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    for columns in ("80", "200"):
        monkeypatch.setenv("COLUMNS", columns)
        head = run_cli("diff", "a.yaml", "b.yaml").stdout.splitlines()[1]
        assert head.startswith("  ↕ Etapy: zmieniono kolejność (przeniesiono: 52. Etap etap-000 (etap-000), ")
        assert re.search(r", … i jeszcze \d+\)$", head), head
        # At 80 columns the Polish words leave no room past the one stage always named: the line
        # is longer (a terminal wraps it under its change); in English it fits (test_diff_display_s25 before).
        assert len(head) <= int(columns) or (columns == "80" and head.count("Etap etap-") == 1)
    monkeypatch.setenv("COLUMNS", "40")  # however narrow, one stage is named (by number, name and id)
    head = run_cli("diff", "a.yaml", "b.yaml").stdout.splitlines()[1]
    assert head.startswith("  ↕ Etapy: zmieniono kolejność (przeniesiono: 52. Etap etap-000 (etap-000), … i jeszcze 270)")
    markdown = run_cli("diff", "a.yaml", "b.yaml", "-f", "md").stdout
    lines = markdown.splitlines()
    at, moved = next((n, line) for n, line in enumerate(lines) if "zmieniono kolejność" in line)
    # Both orders are listed below it, a stage a line (session 41): the line of the change names
    # what fits in a comment's line (one stage at least), as the text does in a terminal's.
    assert moved.count("`etap-") == 1 and moved.endswith(", … i jeszcze 270)"), moved
    assert lines[at + 1] == "  - było:" and lines[at + 2] == "    - 1\\. Etap etap-000 (`etap-000`)"
    assert lines[at + 302] == "  - jest:" and len(lines[at + 303:at + 603]) == 300


def md_change(tmp_path, monkeypatch, old: str, new: str) -> str:
    (tmp_path / "a.yaml").write_text(f"kind: persona\nid: tomek\nname: Tomek\nsummary: {old}\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text(f"kind: persona\nid: tomek\nname: Tomek\nsummary: {new}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return run_cli("diff", "a.yaml", "b.yaml", "-f", "md").stdout.rstrip("\n").splitlines()[-1]


@pytest.mark.parametrize(("old", "new", "shown"), [
    # One word to prose: both text (the old one was code, the new one text).
    ("Rozważanie", "Porównanie w salonie", "- **zmieniono** Opis: Rozważanie → Porównanie w salonie"),
    ("A", "'B | C'", "- **changed** Summary: A → B \\| C"),  # escaped as text, on both sides
    ("'Płaci *kartą*'", "Gotówka", "- **changed** Summary: Płaci \\*kartą\\* → Gotówka"),
    # Prose to a list: both code (the old one was text).
    ("2 900 zł netto miesięcznie", "[2 900 zł netto, 600 zł od rodziców]",
     "- **zmieniono** Opis: `2 900 zł netto miesięcznie` → `[2 900 zł netto, 600 zł od rodziców]`"),
    # Single words and numbers stay code on both sides, as before.
    ("web", "app", "- **changed** Summary: `web` → `app`"),
    ("3", "Trzy razy w tygodniu", "- **zmieniono** Opis: `3` → `Trzy razy w tygodniu`"),
])
def test_markdown_formats_both_values_of_a_change_alike(tmp_path, monkeypatch, old, new, shown):
    assert md_change(tmp_path, monkeypatch, old, new) == shown


# --- a stage removed or added while the others are renumbered ----------------------------------

NUMBERED = [
    ("Świadomość", "Ogląda recenzję HD 600 z pomiarami na kanale audio"),
    ("Rozważanie", "Przepisuje parametry trzech modeli do arkusza i liczy zapas mocy"),
    ("Decyzja", "Pyta na forum, czy K7 wystarczy, i czeka dwa dni na odpowiedź"),
    ("Zakup", "Płaci BLIK-iem w sklepie Pasmo i wybiera odbiór w paczkomacie"),
    ("Opinia", "Wystawia cztery gwiazdki i opisuje brak kabla 4,4 mm w zestawie"),
]


def numbered(names: list[tuple[str, str]]) -> str:
    stages = "".join(f"  - id: etap-{n}\n    name: {name}\n    doing: {doing}\n"
                     for n, (name, doing) in enumerate(names, 1))
    return f"kind: journey\nid: sluchawki\nname: Zakup słuchawek\npersona: pawel\nstages:\n{stages}"


@pytest.fixture
def renumbered_files(tmp_path, monkeypatch):
    (tmp_path / "a.yaml").write_text(numbered(NUMBERED), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(numbered(NUMBERED[:1] + NUMBERED[2:]), encoding="utf-8")  # Rozważanie gone
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")


def test_a_removed_stage_whose_id_another_took_says_so(renumbered_files):
    """Before: `- stages[etap-2]` then `~ stages[etap-2].id: etap-3 → etap-2`, the same name for two stages."""
    heads = [line for line in run_cli("diff", "a.yaml", "b.yaml").stdout.splitlines()
             if line.startswith("  ") and not line.startswith("    ")]
    assert heads == [
        "  - 2. Rozważanie (etap-2) (teraz etap-2 to dawny etap-3):",  # in Polish since s36
        "  ~ 2. Decyzja (etap-2) › id: etap-3 → etap-2",
        "  ~ 3. Zakup (etap-3) › id: etap-4 → etap-3",
        "  ~ 4. Opinia (etap-4) › id: etap-5 → etap-4",
    ]
    md = run_cli("diff", "a.yaml", "b.yaml", "-f", "md").stdout
    assert "- **usunięto** 2. Rozważanie (`etap-2`) (teraz `etap-2` to dawny `etap-3`):\n" in md
    # The other way round, the stage inserted: the added one says whose id it took.
    heads = run_cli("diff", "b.yaml", "a.yaml").stdout.splitlines()
    assert heads[1] == "  + 2. Rozważanie (etap-2) (dawny etap-2 to teraz etap-3):"
    # JSON is unchanged: the note is for reading.
    entries = json.loads(run_cli("diff", "a.yaml", "b.yaml", "-f", "json").stdout)
    assert [(e["op"], e["path"]) for e in entries][:2] == [("removed", "stages[etap-2]"), ("changed", "stages[etap-2].id")]
    assert all(set(e) <= {"op", "document", "file", "path", "old", "new", "kind"} for e in entries)


def test_a_stage_removed_without_renumbering_has_no_note(tmp_path, monkeypatch):
    """Guard: ids left as they were, a removal is only that."""
    (tmp_path / "a.yaml").write_text(numbered(NUMBERED), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(numbered(NUMBERED).replace(
        "  - id: etap-2\n    name: Rozważanie\n    doing: Przepisuje parametry trzech modeli do arkusza i liczy zapas mocy\n",
        ""), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    assert run_cli("diff", "a.yaml", "b.yaml").stdout.splitlines()[1] == "  - 2. Rozważanie (etap-2):"
