"""`cxkit diff OLD NEW` on two files: what is matched, what is reported, in JSON."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from conftest import JOURNEY_EN, JOURNEY_PL, PERSONA_EN, PERSONA_PL, run_cli


def diff_json(tmp_path: Path, old: str, new: str, *options: str, expect: int | None = None) -> list[dict[str, Any]]:
    """Write both versions, run `cxkit diff --format json`, return the changes."""
    (tmp_path / "old.yaml").write_text(textwrap.dedent(old), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(textwrap.dedent(new), encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--format", "json", *options)
    assert result.exception is None, f"traceback: {result.exception!r}"
    import json

    changes = json.loads(result.stdout)
    assert result.exit_code == (expect if expect is not None else (1 if changes else 0)), result.stdout + result.stderr
    return changes


def ops(changes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(c["op"], c["path"]) for c in changes]


# --- identical and formatting-only --------------------------------------------------------------


def test_identical_files_exit_0_with_an_empty_array(tmp_path):
    assert diff_json(tmp_path, PERSONA_PL, PERSONA_PL, expect=0) == []


def test_reformatting_and_comments_are_not_differences(tmp_path):
    old = """\
    kind: persona
    id: maya-runner
    name: Maya Patel
    goals: [Finish a half marathon under two hours, Run 30 km a week]
    """
    new = """\
    # Reviewed with the running team.
    name: "Maya Patel"
    kind: persona
    id: maya-runner
    goals:
      - Finish a half marathon under two hours   # the main one
      - 'Run 30 km a week'
    """
    assert diff_json(tmp_path, old, new, expect=0) == []


# --- lists of mappings: identity, reorder, nested changes ---------------------------------------


def test_a_number_written_another_way_is_no_difference(tmp_path):
    # `emotion: +1` is the score 1, `1.50` the number 1.5: the loader keeps their spelling for
    # text, but as data they are what they were.
    old = JOURNEY_EN.replace("    emotion: 2\n", "    emotion: 1\n", 1) + "x-score: 1.5\n"
    new = JOURNEY_EN.replace("    emotion: 2\n", "    emotion: +1\n", 1) + "x-score: 1.50\n"
    assert "    emotion: 2\n" in JOURNEY_EN
    assert diff_json(tmp_path, old, new, expect=0) == []
    assert ops(diff_json(tmp_path, old, new.replace("x-score: 1.50", "x-score: 2.50"), expect=1)) == [("changed", "x-score")]


def test_a_number_the_format_reads_as_text_written_another_way_is_a_change(tmp_path):
    # `income: 3.500` is 3 500 zł to a Polish reader; `3.5` is three and a half. YAML sees one
    # number, cxkit the text the author wrote (render shows it), so the diff reports it.
    old = """\
    kind: persona
    id: ola-ksiegowa
    name: Ola, księgowa na etacie
    lang: pl
    demographics:
      age: 34
      income: 3.500
    needs:
      - 1.10
    sources:
      - id: ankieta-2026
        type: survey
        n: 120
    """
    new = old.replace("income: 3.500", "income: 3.5").replace("- 1.10\n", "- 1.100\n")
    changes = diff_json(tmp_path, old, new)
    assert [(c["op"], c["path"], c["old"], c["new"]) for c in changes] == [
        ("changed", "demographics.income", "3.500", "3.5"),
        ("changed", "needs[0]", "1.10", "1.100"),
    ]
    # Numbers the format reads as numbers stay one value however written: age, a sample size.
    respelled = old.replace("age: 34", "age: +34").replace("n: 120", "n: 0x78")
    assert "age: +34" in respelled and "n: 0x78" in respelled
    assert diff_json(tmp_path, old, respelled, expect=0) == []


def test_a_moved_item_whose_text_number_is_written_another_way_reports_both(tmp_path):
    old = """\
    kind: persona
    id: ola-ksiegowa
    name: Ola
    goals:
      - text: 3.500
        sources: [ankieta-2026]
    needs:
      - Faktury bez drukowania
    """
    new = old.replace("goals:\n      - text: 3.500\n        sources: [ankieta-2026]\n", "goals: []\n").replace(
        "needs:\n", "needs:\n      - text: 3.5000\n        sources: [ankieta-2026]\n")
    changes = diff_json(tmp_path, old, new)
    assert [(c["op"], c["path"], c["old"], c["new"]) for c in changes] == [
        ("moved", "needs[0]", "goals[0]", "needs[0]"),
        ("changed", "needs[0].text", "3.500", "3.5000"),
    ]


def test_json_gives_text_numbers_as_written_in_orders_and_values(tmp_path):
    # A trait written `1.10` is the text "1.10" (a version, a price): a tool reading the JSON
    # must get what the author wrote, not the number 1.1, which `1.1` also is.
    old = """\
    kind: persona
    id: ola-ksiegowa
    name: Ola
    goals:
      - 1.10
      - Faktury bez drukowania
      - 3.500
      - 2
    """
    new = old.replace("      - 1.10\n      - Faktury bez drukowania\n", "      - Faktury bez drukowania\n      - 1.10\n")
    (moved,) = diff_json(tmp_path, old, new)
    assert moved["old_order"] == moved["old"] == ["1.10", "Faktury bez drukowania", "3.500", 2]
    assert moved["new_order"] == moved["new"] == ["Faktury bez drukowania", "1.10", "3.500", 2]
    assert moved["moved_items"] == ["1.10"]
    # Added values too; numbers the format reads as numbers stay numbers.
    added = textwrap.dedent(old) + "needs: [0.50, 7]\nx-score: 1.50\nstages:\n  - id: a\n    emotion: +1\n"
    changes = diff_json(tmp_path, old, added)
    assert [(c["path"], c["new"]) for c in changes] == [
        ("needs", ["0.50", 7]), ("x-score", 1.5), ("stages", [{"id": "a", "emotion": 1}]),
    ]


def test_text_numbers_swapped_in_a_trait_list_are_a_reorder_not_two_changes(tmp_path):
    # `1.1` and `1.10` are two traits (two versions); swapping them moves them, it does not
    # rewrite each into the other.  In your own x- data they are one number: nothing changed.
    old = """\
    kind: persona
    id: ola-ksiegowa
    name: Ola
    needs: [1.1, 1.10, Faktury bez drukowania]
    x-wersje: [1.1, 1.10]
    """
    new = old.replace("[1.1, 1.10, Faktury", "[1.10, 1.1, Faktury").replace("x-wersje: [1.1, 1.10]", "x-wersje: [1.10, 1.1]")
    changes = diff_json(tmp_path, old, new)
    assert [(c["op"], c["path"]) for c in changes] == [("moved", "needs")]
    assert changes[0]["old_order"] == [1.1, "1.10", "Faktury bez drukowania"]
    assert changes[0]["new_order"] == ["1.10", 1.1, "Faktury bez drukowania"]


def test_an_opportunity_moved_to_another_stage_and_edited_is_one_move_and_its_change(tmp_path):
    old = """\
    kind: journey
    id: tomek-kupuje-sluchawki
    name: Tomek kupuje słuchawki
    stages:
      - id: rozwazanie
        name: Rozważanie
        opportunities:
          - id: porownywarka
            text: Porównywarka modeli obok siebie
            owner: zespół contentu
      - id: decyzja
        name: Decyzja
        opportunities: []
    """
    new = """\
    kind: journey
    id: tomek-kupuje-sluchawki
    name: Tomek kupuje słuchawki
    stages:
      - id: rozwazanie
        name: Rozważanie
        opportunities: []
      - id: decyzja
        name: Decyzja
        opportunities:
          - id: porownywarka
            text: Porównywarka modeli obok siebie
            owner: zespół UX
    """
    changes = diff_json(tmp_path, old, new)
    assert [(c["op"], c["path"], c["old"], c["new"]) for c in changes] == [
        ("moved", "stages[decyzja].opportunities[porownywarka]", "stages[rozwazanie].opportunities[porownywarka]",
         "stages[decyzja].opportunities[porownywarka]"),
        ("changed", "stages[decyzja].opportunities[porownywarka].owner", "zespół contentu", "zespół UX"),
    ]


def test_a_glob_star_takes_any_id_or_key_however_the_path_writes_it(tmp_path):
    # `stages[*]` must take the stage `v1.2` (an id with a dot) and `"etap 2"` (a quoted id), and
    # `x-notes.*` the key `team.lead`, or `-x` silently leaves them in.
    old = """\
    kind: journey
    id: tomek-kupuje-sluchawki
    name: Tomek kupuje słuchawki
    stages:
      - id: v1.2
        emotion: 1
      - id: rozwazanie
        emotion: 1
      - id: etap 2
        emotion: 1
    x-notes:
      team.lead: Ola
      plain: a
    """
    new = old.replace("emotion: 1", "emotion: 2").replace("Ola", "Ala").replace("plain: a", "plain: b")
    assert diff_json(tmp_path, old, new, "-x", "stages[*].emotion", "-x", "x-notes.*", expect=0) == []
    changes = diff_json(tmp_path, old, new, "-x", "stages[v1*].emotion,*.team-lead")
    assert [c["path"] for c in changes] == [
        "stages[rozwazanie].emotion", 'stages["etap 2"].emotion', 'x-notes["team.lead"]', "x-notes.plain",
    ]


def test_a_path_after_an_excluded_item_keeps_its_index_in_the_file(tmp_path):
    # With goals[0] left out, the changed trait is still the third one in the file: goals[2].
    old = """\
    kind: persona
    id: ola-biegaczka
    name: Ola
    goals: [Biegać co rano, Schudnąć 5 kg, Kupić buty]
    """
    new = old.replace("Biegać co rano", "Biegać wieczorem").replace("Kupić buty", "Kupić nowe buty do biegania")
    changes = diff_json(tmp_path, old, new, "-x", "goals[0]")
    assert [(c["op"], c["path"]) for c in changes] == [("removed", "goals[2]"), ("added", "goals[2]")]


def test_a_line_written_as_a_block_scalar_is_no_difference(tmp_path):
    # `summary: >` or `|` ends the text with a line break that a one-line value has not: a
    # reported change whose word diff showed nothing at all.
    old = """\
    kind: persona
    id: ola-biegaczka
    name: Ola
    summary: Ola biega rano po parku
    goals: [Przebiec maraton]
    """
    old = textwrap.dedent(old)
    new = old.replace("summary: Ola biega rano po parku", "summary: >\n  Ola biega rano\n  po parku").replace(
        "goals: [Przebiec maraton]", "goals:\n  - |\n    Przebiec maraton")
    assert diff_json(tmp_path, old, new, expect=0) == []
    # A line break inside the text is still a change.
    inner = old.replace("summary: Ola biega rano po parku", "summary: |\n  Ola biega rano\n  po parku")
    assert ops(diff_json(tmp_path, old, inner)) == [("changed", "summary")]
    # Nor do the blank lines a |+ block keeps or a "\n" at the end of a quoted value (docs/diff.md).
    kept = old.replace("summary: Ola biega rano po parku", 'summary: "Ola biega rano po parku\\n\\n"')
    assert diff_json(tmp_path, old, kept, expect=0) == []


def test_quoting_a_number_the_format_reads_as_text_is_no_difference(tmp_path):
    # A trait "1.10" and 1.10 are the same text; JSON showed a change with old == new "1.10".
    # Where the format reads a number (age), "34" to 34 is a change of type.
    old = """\
    kind: persona
    id: ola-ksiegowa
    name: Ola
    demographics:
      age: "34"
      income: "3.500"
    needs: ["1.10", "34", Faktury bez drukowania]
    """
    new = old.replace('"1.10", "34"', "1.10, 34").replace('income: "3.500"', "income: 3.500").replace('age: "34"', "age: 34")
    changes = diff_json(tmp_path, old, new)
    assert [(c["op"], c["path"], c["old"], c["new"]) for c in changes] == [("changed", "demographics.age", "34", 34)]


def test_an_order_of_touchpoints_sharing_a_channel_shows_which_moved(tmp_path):
    # Touchpoints have no id or name: labelled by their first text, two on `web` gave
    # "old: web, web, app / new: web, web, app", an order change that shows nothing.
    old = """\
    kind: journey
    id: tomek-kupuje-sluchawki
    name: Tomek kupuje słuchawki
    stages:
      - id: zakup
        name: Zakup
        touchpoints:
          - channel: web
            description: Strona produktu
          - channel: web
            description: Koszyk
          - channel: app
            description: Powiadomienie o wysyłce
    """
    new = old.replace(
        "          - channel: web\n            description: Strona produktu\n          - channel: web\n            description: Koszyk\n",
        "          - channel: web\n            description: Koszyk\n          - channel: web\n            description: Strona produktu\n",
    )
    (moved,) = diff_json(tmp_path, old, new)
    assert moved["old_order"] == ["web Strona produktu", "web Koszyk", "app"]
    assert moved["new_order"] == ["web Koszyk", "web Strona produktu", "app"]
    assert len(moved["moved_items"]) == 1 and moved["moved_items"][0] in ("web Strona produktu", "web Koszyk")


def test_the_text_view_shows_numbers_as_written(tmp_path, monkeypatch):
    old = JOURNEY_EN.replace("    emotion: 2\n", "    emotion: 1\n", 1) + "x-nps: 7.50\n"
    new = JOURNEY_EN.replace("    emotion: 2\n", "    emotion: -02\n", 1) + "x-nps: 8.0e0\n"
    (tmp_path / "old.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = run_cli("diff", "old.yaml", "new.yaml").stdout
    assert "› Emotion: +1 (positive) → -02 (very negative)\n" in out and "x-nps: 7.50 → 8.0e0\n" in out, out


def test_reordered_stages_are_one_moved_entry_with_both_orders(tmp_path):
    new = JOURNEY_PL.replace(
        "  - id: zakup\n    name: Zakup\n    emotion: 2\n", ""
    ).replace("  - id: decyzja\n", "  - id: zakup\n    name: Zakup\n    emotion: 2\n  - id: decyzja\n")
    changes = diff_json(tmp_path, JOURNEY_PL, new)
    assert len(changes) == 1
    (moved,) = changes
    assert moved["op"] == "moved" and moved["path"] == "stages"
    order = ["swiadomosc", "rozwazanie", "decyzja", "zakup", "doswiadczenie", "lojalnosc", "rekomendacja"]
    assert moved["old"] == moved["old_order"] == order
    assert moved["new"] == moved["new_order"] == ["swiadomosc", "rozwazanie", "zakup", "decyzja", "doswiadczenie", "lojalnosc", "rekomendacja"]
    assert len(moved["moved_items"]) == 1 and moved["moved_items"][0] in ("zakup", "decyzja")


def test_a_stage_moved_and_edited_reports_the_move_and_only_its_own_field(tmp_path):
    old = JOURNEY_EN
    new = """\
    kind: journey
    id: maya-replaces-shoes
    name: Maya replaces her running shoes
    lang: en
    persona: maya-runner
    stages:
      - id: purchase
        name: Purchase
        touchpoints:
          - channel: app
            description: One-tap reorder of the last model
        emotion: 1
      - id: awareness
        name: Awareness
        emotion: 0
    """
    changes = diff_json(tmp_path, old, new)
    assert ops(changes) == [("moved", "stages"), ("changed", "stages[purchase].emotion")]
    assert changes[0]["old_order"] == ["awareness", "purchase"]
    assert changes[0]["new_order"] == ["purchase", "awareness"]
    assert (changes[1]["old"], changes[1]["new"]) == (2, 1)


def test_nested_change_inside_a_matched_item_reports_only_that_field(tmp_path):
    new = JOURNEY_PL.replace("        owner: zespół contentu\n", "        owner: zespół UX\n")
    changes = diff_json(tmp_path, JOURNEY_PL, new)
    assert changes == [
        {
            "op": "changed",
            "document": "tomek-kupuje-sluchawki",
            "file": changes[0]["file"],
            "path": "stages[rozwazanie].opportunities[0].owner",
            "old": "zespół contentu",
            "new": "zespół UX",
            # Which opportunity index 0 is (tester12 F3).
            "item_labels": {"stages[rozwazanie].opportunities[0]": "Dodać wykresy pomiarów do kart produktów"},
            "kind": "journey",
        }
    ]
    assert changes[0]["file"].endswith("new.yaml")


def test_a_new_stage_in_the_middle_is_one_addition_not_a_shift_of_every_stage(tmp_path):
    new = JOURNEY_PL.replace(
        "  - id: decyzja\n",
        "  - id: porownanie\n    name: Porównanie ofert\n    emotion: 0\n  - id: decyzja\n",
    )
    changes = diff_json(tmp_path, JOURNEY_PL, new)
    assert ops(changes) == [("added", "stages[porownanie]")]
    assert changes[0]["new"] == {"id": "porownanie", "name": "Porównanie ofert", "emotion": 0}
    assert changes[0]["old"] is None


def test_removed_stage_is_reported_by_its_id(tmp_path):
    new = JOURNEY_PL.replace("  - id: lojalnosc\n    name: Lojalność\n    emotion: 1\n", "")
    changes = diff_json(tmp_path, JOURNEY_PL, new)
    assert ops(changes) == [("removed", "stages[lojalnosc]")]
    assert changes[0]["old"] == {"id": "lojalnosc", "name": "Lojalność", "emotion": 1}


def test_items_without_id_pair_by_name_then_by_similarity(tmp_path):
    old = """\
    kind: journey
    id: maya-replaces-shoes
    name: Maya replaces her running shoes
    persona: maya-runner
    stages:
      - id: purchase
        name: Purchase
        opportunities:
          - action: Show the size the customer bought last time on the product page
            owner: web team
          - action: Send a reminder after 600 km
            owner: CRM team
    """
    new = """\
    kind: journey
    id: maya-replaces-shoes
    name: Maya replaces her running shoes
    persona: maya-runner
    stages:
      - id: purchase
        name: Purchase
        opportunities:
          - action: Send a reminder after 600 km
            owner: CRM team
            status: planned
          - action: Show the size the customer bought last time on every product page
            owner: web team
    """
    changes = diff_json(tmp_path, old, new, "--ignore-order")
    assert ops(changes) == [
        ("added", "stages[purchase].opportunities[0].status"),
        ("changed", "stages[purchase].opportunities[1].action"),
    ]


def test_a_stage_whose_id_changed_but_content_stayed_is_one_changed_id(tmp_path):
    new = JOURNEY_PL.replace("  - id: lojalnosc\n", "  - id: powrot\n")
    changes = diff_json(tmp_path, JOURNEY_PL, new)
    assert ops(changes) == [("changed", "stages[powrot].id")]
    assert (changes[0]["old"], changes[0]["new"]) == ("lojalnosc", "powrot")


# --- lists of plain strings (traits) ------------------------------------------------------------


def test_added_trait(tmp_path):
    new = PERSONA_EN.replace(
        "  - Finish a half marathon under two hours\n",
        "  - Finish a half marathon under two hours\n  - Keep her knees healthy past forty\n",
    )
    changes = diff_json(tmp_path, PERSONA_EN, new)
    assert ops(changes) == [("added", "goals[1]")]
    assert changes[0]["new"] == "Keep her knees healthy past forty"


def test_removed_trait(tmp_path):
    new = PERSONA_PL.replace("  - Wykres pasma przenoszenia na stronie produktu\n", "  - Zdjęcia padów z bliska\n")
    new = new.replace("needs:\n  - Zdjęcia padów z bliska\n", "needs: []\n")
    changes = diff_json(tmp_path, PERSONA_PL, new)
    assert ops(changes) == [("removed", "needs[0]")]
    assert changes[0]["old"] == "Wykres pasma przenoszenia na stronie produktu"


def test_reworded_trait_is_changed_not_removed_and_added(tmp_path):
    new = PERSONA_PL.replace(
        "  - Czyta wątki na forach audio przez 2–3 tygodnie przed zakupem\n",
        "  - Czyta wątki na forach audio przez 3–4 tygodnie przed zakupem\n",
    )
    changes = diff_json(tmp_path, PERSONA_PL, new)
    assert ops(changes) == [("changed", "behaviours[0]")]
    assert changes[0]["old"].endswith("2–3 tygodnie przed zakupem")
    assert changes[0]["new"].endswith("3–4 tygodnie przed zakupem")


def test_reordered_traits_are_one_moved_entry_with_the_values(tmp_path):
    old = "kind: persona\nid: maya-runner\nname: Maya Patel\nchannels:\n  - Strava clubs\n  - Running shop staff\n  - Brand newsletters\n"
    new = "kind: persona\nid: maya-runner\nname: Maya Patel\nchannels:\n  - Brand newsletters\n  - Strava clubs\n  - Running shop staff\n"
    changes = diff_json(tmp_path, old, new)
    assert ops(changes) == [("moved", "channels")]
    assert changes[0]["old_order"] == ["Strava clubs", "Running shop staff", "Brand newsletters"]
    assert changes[0]["new_order"] == ["Brand newsletters", "Strava clubs", "Running shop staff"]
    assert changes[0]["moved_items"] == ["Brand newsletters"]


def test_trait_moved_to_another_field_is_one_move(tmp_path):
    old = PERSONA_EN.replace(
        "  - Buys the same model again when it works\n",
        "  - Buys the same model again when it works\n  - Checks reviews on Strava before buying\n",
    )
    new = PERSONA_EN.replace(
        "  - Finish a half marathon under two hours\n",
        "  - Finish a half marathon under two hours\n  - Checks reviews on Strava before buying\n",
    )
    changes = diff_json(tmp_path, old, new)
    assert ops(changes) == [("moved", "goals[1]")]
    assert changes[0]["old"] == "behaviours[1]" and changes[0]["new"] == "goals[1]"
    assert changes[0]["value"] == "Checks reviews on Strava before buying"


def test_plain_trait_that_gains_sources_is_a_type_change(tmp_path):
    new = PERSONA_PL.replace(
        "  - Fora audio i recenzje na YouTube\n",
        "  - text: Fora audio i recenzje na YouTube\n    sources: [ankieta-2026-08]\n",
    )
    changes = diff_json(tmp_path, PERSONA_PL, new)
    assert ops(changes) == [("changed", "channels[0]")]
    assert changes[0]["old"] == "Fora audio i recenzje na YouTube"
    assert changes[0]["new"] == {"text": "Fora audio i recenzje na YouTube", "sources": ["ankieta-2026-08"]}


# --- type changes and scalars -------------------------------------------------------------------


def test_string_to_list_is_changed_with_both_values(tmp_path):
    old = "kind: persona\nid: maya-runner\nname: Maya Patel\nquote: I buy the same shoes again.\n"
    new = "kind: persona\nid: maya-runner\nname: Maya Patel\nquote:\n  - I buy the same shoes again.\n  - Sizes are a lottery.\n"
    changes = diff_json(tmp_path, old, new)
    assert changes == [
        {
            "op": "changed", "document": "maya-runner", "file": changes[0]["file"], "path": "quote",
            "old": "I buy the same shoes again.", "new": ["I buy the same shoes again.", "Sizes are a lottery."],
            "kind": "persona",
        }
    ]


def test_number_and_quoted_number_differ(tmp_path):
    old = PERSONA_PL
    new = PERSONA_PL.replace("  age: 34\n", '  age: "34"\n')
    changes = diff_json(tmp_path, old, new)
    assert ops(changes) == [("changed", "demographics.age")]
    assert (changes[0]["old"], changes[0]["new"]) == (34, "34")


def test_added_and_removed_keys(tmp_path):
    new = PERSONA_EN.replace("  occupation: nurse on rotating shifts\n", "  income: 2 800 GBP a month\n")
    changes = diff_json(tmp_path, PERSONA_EN, new)
    assert ops(changes) == [("removed", "demographics.occupation"), ("added", "demographics.income")]


# --- options --------------------------------------------------------------------------------------


def test_ignore_order_drops_the_moved_entry(tmp_path):
    new = JOURNEY_EN.replace(
        "  - id: awareness\n    name: Awareness\n    emotion: 0\n", ""
    ) + "  - id: awareness\n    name: Awareness\n    emotion: 0\n"
    assert ops(diff_json(tmp_path, JOURNEY_EN, new)) == [("moved", "stages")]
    assert diff_json(tmp_path, JOURNEY_EN, new, "--ignore-order", expect=0) == []


def test_exclude_reviewed_anywhere(tmp_path):
    new = PERSONA_PL.replace("reviewed: 2026-10-01", "reviewed: 2026-11-20")
    assert ops(diff_json(tmp_path, PERSONA_PL, new)) == [("changed", "reviewed")]
    assert diff_json(tmp_path, PERSONA_PL, new, "--exclude", "reviewed", expect=0) == []


def test_exclude_path_glob(tmp_path):
    new = JOURNEY_PL.replace("      - Konwersja karty produktu\n", "      - Konwersja karty produktu na mobile\n")
    new = new.replace("    emotion: -1\n", "    emotion: -2\n")
    changes = diff_json(tmp_path, JOURNEY_PL, new, "--exclude", "stages[*].metrics")
    assert ops(changes) == [("changed", "stages[rozwazanie].emotion")]
    changes = diff_json(tmp_path, JOURNEY_PL, new, "-x", "stages[rozwazanie].emotion")
    assert ops(changes) == [("changed", "stages[decyzja].metrics[0]")]


# --- paths ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old_line", "new_line", "path"),
    [
        ("  - id: rozwazanie\n    name: Rozważanie\n", "  - id: rozwazanie\n    name: Rozważanie ofert\n", "stages[rozwazanie].name"),
        ("  - Wykres pasma przenoszenia na stronie produktu\n", "  - Wykres pasma przenoszenia na karcie produktu\n", "needs[0]"),
        ("      - Wątek na forum audiofilów\n", "      - Wątek na forum audiofilów i w grupie na Facebooku\n", "stages[swiadomosc].touchpoints[1]"),
    ],
)
def test_path_syntax(tmp_path, old_line, new_line, path):
    source = JOURNEY_PL if old_line in JOURNEY_PL else PERSONA_PL
    changes = diff_json(tmp_path, source, source.replace(old_line, new_line))
    assert [c["path"] for c in changes] == [path]


def test_odd_keys_and_numeric_ids_are_quoted_in_paths(tmp_path):
    old = 'kind: persona\nid: maya-runner\nname: Maya\nx-notes:\n  "team.lead": Anna\nsources:\n  - id: "2024"\n    type: survey\n'
    new = 'kind: persona\nid: maya-runner\nname: Maya\nx-notes:\n  "team.lead": Bob\nsources:\n  - id: "2024"\n    type: interview\n'
    assert [c["path"] for c in diff_json(tmp_path, old, new)] == ['x-notes["team.lead"]', 'sources["2024"].type']


def test_long_lists_of_reworded_traits_still_pair_each_trait(tmp_path):
    cities = ["Kraków", "Gdańsk", "Poznań", "Wrocław", "Lublin", "Szczecin", "Białystok", "Rzeszów", "Opole", "Kielce"]
    old_traits = [f"Biega {k + 5} km w tygodniu po parku w mieście {cities[k % 10]} z grupą nr {k}" for k in range(60)]
    new_traits = [t.replace("po parku", "po lesie") for t in old_traits]
    head = "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\nbehaviours:\n"
    old = head + "".join(f"  - {t}\n" for t in old_traits)
    new = head + "".join(f"  - {t}\n" for t in new_traits)
    changes = diff_json(tmp_path, old, new)
    assert [c["op"] for c in changes] == ["changed"] * 60
    assert [c["path"] for c in changes] == [f"behaviours[{k}]" for k in range(60)]
    assert [(c["old"], c["new"]) for c in changes] == list(zip(old_traits, new_traits))
