"""A journey's stages reordered are named as every other line of a diff names a stage (session 29).

Before: `↕ Etapy: order changed (awareness moved)` and `old: [awareness, consideration, ...]`, ids
only, while the next line said `~ 2. Świadomość (awareness) › Emocje: ...`. Now each stage of both
orders is named as every line names it, as it is now: its number and name on the new side and its
id (left out when it is the name), in the document's language (session 33: the old order is numbered
as it stood, `1., 2., 3.`, not where each stage is now);
text and markdown; JSON keeps the ids. Other lists keep
their labels; stages whose ids were swapped between them (the new order is then of the old ids)
keep their ids too, as names looked up by those ids would be other stages'.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

STAGES_PL = [("swiadomosc", "Świadomość", 0), ("rozwazanie", "Rozważanie", -1), ("decyzja", "Decyzja", -2),
             ("zakup", "Zakup", 1)]
STAGES_EN = [("awareness", "Awareness", 0), ("comparison", "Comparing offers", -1), ("purchase", "Purchase", 1)]


def journey(stages, *, ident="pawel-kupuje-sluchawki", name="Paweł kupuje słuchawki", lang="pl", persona="pawel") -> str:
    body = "".join(f"  - id: {i}\n    name: {n}\n    goal: Klient przechodzi przez etap {n}\n    emotion: {e}\n"
                   for i, n, e in stages)
    return f"kind: journey\nid: {ident}\nname: {name}\nlang: {lang}\npersona: {persona}\nstages:\n{body}"


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def diff(here, old: str, new: str, *args: str):
    (here / "a.yaml").write_text(old, encoding="utf-8")
    (here / "b.yaml").write_text(new, encoding="utf-8")
    result = run_cli("diff", "a.yaml", "b.yaml", *args)
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 1, result.output
    return result.stdout


def swapped(stages, a: int, b: int):
    out = list(stages)
    out[a], out[b] = out[b], out[a]
    return out


def test_polish_stages_reordered_are_named_in_text(here):
    out = diff(here, journey(STAGES_PL), journey(swapped(STAGES_PL, 1, 2))).splitlines()
    assert out[1:4] == [
        "  ↕ Etapy: zmieniono kolejność (przeniesiono: 3. Rozważanie (rozwazanie))",
        "      było: 1. Świadomość (swiadomosc), 2. Rozważanie (rozwazanie), 3. Decyzja, 4. Zakup",
        "      jest: 1. Świadomość (swiadomosc), 2. Decyzja, 3. Rozważanie (rozwazanie), 4. Zakup",
    ]


def test_an_edit_beside_the_reorder_names_the_stage_alike(here):
    new = journey(swapped(STAGES_PL, 1, 2)).replace("emotion: -2", "emotion: -1")
    out = diff(here, journey(STAGES_PL), new)
    assert "  ~ 2. Decyzja › Emocje: -2 (bardzo źle) → -1 (źle)" in out
    assert "(przeniesiono: 3. Rozważanie (rozwazanie))" in out


def test_english_stages_reordered_are_named_in_markdown(here):
    old = journey(STAGES_EN, ident="dan-switches", name="Dan switches invoicing", lang="en", persona="dan")
    new = journey(swapped(STAGES_EN, 0, 1), ident="dan-switches", name="Dan switches invoicing", lang="en",
                  persona="dan")
    md = diff(here, old, new, "-f", "markdown").splitlines()
    at = next(n for n, line in enumerate(md) if "order changed" in line)
    assert md[at:at + 3] == [
        "- **moved** Stages: order changed (2. Awareness moved)",
        "  - old: 1. Awareness, 2. Comparing offers (`comparison`), 3. Purchase",
        "  - new: 1. Comparing offers (`comparison`), 2. Awareness, 3. Purchase",
    ]


def test_a_narrow_terminal_lists_one_stage_a_line(here, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    out = diff(here, journey(STAGES_PL), journey(swapped(STAGES_PL, 0, 3))).splitlines()
    assert out[2:7] == ["      było:", "        1. Świadomość (swiadomosc)", "        2. Rozważanie (rozwazanie)",
                        "        3. Decyzja", "        4. Zakup"]


def test_a_stage_name_with_a_comma_is_never_joined_by_commas(here):
    stages = [("swiadomosc", "Świadomość, czyli pierwszy kontakt", 0), *STAGES_PL[1:]]
    out = diff(here, journey(stages), journey(swapped(stages, 0, 1))).splitlines()
    assert out[2:4] == ["      było:", "        1. Świadomość, czyli pierwszy kontakt (swiadomosc)"]


def test_guard_json_keeps_the_ids(here):
    entries = json.loads(diff(here, journey(STAGES_PL), journey(swapped(STAGES_PL, 1, 2)), "-f", "json"))
    order = next(e for e in entries if e.get("moved") == "order")
    assert order["old_order"] == ["swiadomosc", "rozwazanie", "decyzja", "zakup"]
    assert order["new_order"] == ["swiadomosc", "decyzja", "rozwazanie", "zakup"]


def test_guard_ids_swapped_between_stages_keep_their_ids():
    # An order told by the old ids (ids swapped: `etap-2` names on the new side the stage that was
    # `etap-3`) cannot be named from the new side: the ids are kept, as before.
    from cxkit.diff.formats import plain_namer
    from cxkit.diff.model import MOVED, Change, Doc, DocumentDiff

    stages = [{"id": f"etap-{n}", "name": name} for n, name in enumerate(["Świadomość", "Rozważanie", "Decyzja"], 1)]
    renamed = [stages[0], {**stages[2], "id": "etap-2"}, {**stages[1], "id": "etap-3"}]
    doc = DocumentDiff("j", Doc("a.yaml", {"kind": "journey", "lang": "pl", "stages": stages}),
                       Doc("b.yaml", {"kind": "journey", "lang": "pl", "stages": renamed}))
    crossed = Change(MOVED, "stages", parts=("stages",), kind="order", old_order=["etap-1", "etap-2", "etap-3"],
                     new_order=["etap-1", "etap-3", "etap-2"], moved_items=["etap-3"])
    assert plain_namer(doc).stage_order(crossed) is None
    reordered = DocumentDiff("j", doc.old, Doc("b.yaml", {"kind": "journey", "lang": "pl",
                                                          "stages": [stages[0], stages[2], stages[1]]}))
    plain = Change(MOVED, "stages", parts=("stages",), kind="order", old_order=["etap-1", "etap-2", "etap-3"],
                   new_order=["etap-1", "etap-3", "etap-2"], moved_items=["etap-3"])
    assert plain_namer(reordered).stage_order(plain) == (
        ["1. Świadomość (etap-1)", "2. Rozważanie (etap-2)", "3. Decyzja (etap-3)"],
        ["1. Świadomość (etap-1)", "2. Decyzja (etap-3)", "3. Rozważanie (etap-2)"],
        ["2. Decyzja (etap-3)"])


def test_guard_another_list_keeps_its_labels(here):
    old = ("kind: persona\nid: pawel\nname: Paweł\nlang: pl\ngoals:\n  - Kupić słuchawki do 2 500 zł\n"
           "  - Usłyszeć różnicę przed zakupem\n")
    new = old.replace("  - Kupić słuchawki do 2 500 zł\n  - Usłyszeć różnicę przed zakupem\n",
                      "  - Usłyszeć różnicę przed zakupem\n  - Kupić słuchawki do 2 500 zł\n")
    out = diff(here, old, new).splitlines()
    assert out[1] == "  ↕ Cele: zmieniono kolejność (przeniesiono: Kupić słuchawki do 2 500 zł)"
    assert out[2] == '      było: [Kupić słuchawki do 2 500 zł, Usłyszeć różnicę przed zakupem]'
