"""Cheaper cold lint, same findings: the work each file costs, done once and looked for where it can be."""

from __future__ import annotations

import re

import pytest

from cxkit.config import Config
from cxkit.workspace import Target, load_document
from rule_helpers import pos, run

# What the placeholder rule's byte net took for a value opening with a bracket, as patterns: a
# quote, a line break or the file's start, then blanks, then the bracket.
_QUOTED = re.compile(rb"[\"']\s*[\[{]")
_LINE = re.compile(rb"\n\s*[\[{]")
_FIRST = re.compile(rb"\s*[\[{]")


def _by_patterns(raw: bytes) -> bool:
    return bool(_QUOTED.search(raw) or _LINE.search(raw) or _FIRST.match(raw))


@pytest.mark.parametrize(
    ("raw", "opens"),
    [
        (b"sources: [wywiady-2026-09, ankieta]\n", False),  # a flow list: no placeholder
        (b"goals: {a: b}\n", False),
        (b"[owner]\n", True),  # the file's start
        (b" \t\n [owner]", True),
        (b"notes: |\n  Zamowila\n  [imie]\n", True),  # a block value's line
        (b"notes: |\n  Zamowila \x0b\x0c\r\n   {zespol}\n", True),  # blanks that hold a line break
        (b'quote: "  [cytat z wywiadu]"\n', True),  # a quoted value
        (b"quote: '{{ imie }}'\n", True),
        (b"quote: Zamowilam [...] i czekalam\n", False),  # an editor's cut inside a text
        (b"a: x \x0b [b]\n", False),  # blanks without a line break after a word
        (b"- [a]\n", False),  # after a dash: the lone-dash net's, not this one's
        (b"", False),
    ],
)
def test_bracket_that_opens_a_value(raw: bytes, opens: bool) -> None:
    from cxkit.lint.rules.hygiene import _bracket_opens_value

    assert _bracket_opens_value(raw) is opens
    assert _by_patterns(raw) is opens


def test_bracket_net_agrees_with_the_patterns_on_every_short_text() -> None:
    from itertools import product

    from cxkit.lint.rules.hygiene import _bracket_opens_value

    alphabet = [b" ", b"\t", b"\n", b"\r", b"\x0b", b"\"", b"'", b"[", b"{", b"a", b":"]
    for size in range(6):
        for parts in product(alphabet, repeat=size):
            raw = b"".join(parts)
            assert _bracket_opens_value(raw) is _by_patterns(raw), raw


def test_placeholders_in_brackets_still_found_beside_flow_lists(tmp_path, monkeypatch) -> None:
    text = """\
        kind: persona
        id: ola-biegaczka
        name: Ola Biegaczka
        quote: "  [cytat z wywiadu]"
        goals:
          - text: Przebiec półmaraton poniżej 2 godzin
            sources: [wywiady-2026-09]
        summary: |
          {zespół}
        sources:
          - id: wywiady-2026-09
            type: interview
    """
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "placeholder")
    # A value on one line is shown at its start; a block value at the bracket's line.
    assert [(f.line, f.column) for f in found] == [pos(text, '"  [cytat'), pos(text, "{zespół}")]
    assert "'[cytat z wywiadu]'" in found[0].message and "'{zespół}'" in found[1].message


def test_a_documents_traits_are_read_once_per_model(tmp_path) -> None:
    path = tmp_path / "ola.yaml"
    path.write_text(
        "kind: persona\nid: ola\nname: Ola\ngoals:\n  - Biega 3 razy w tygodniu\n"
        "behaviours:\n  - text: Kupuje buty co pół roku\n    sources: [wywiady]\n"
        "sources:\n  - id: wywiady\n    type: interview\n",
        encoding="utf-8",
    )
    doc, hits, _ = load_document(Target(path, "ola.yaml", explicit=True), Config(root=tmp_path))
    assert doc is not None and not hits
    first = doc.traits()
    assert [(p, t, s) for p, t, s in first] == [
        (("goals", 0), "Biega 3 razy w tygodniu", []),
        (("behaviours", 0), "Kupuje buty co pół roku", ["wywiady"]),
    ]
    # Several rules and the workspace summary read them: the same list, not a new walk each time.
    assert doc.traits() is first
    # A document given another model (render shows escapes) is read anew.
    doc.model = doc.model.model_copy(update={"goals": []})
    assert [p for p, _t, _s in doc.traits()] == [("behaviours", 0)]


_JOURNEY = """\
    kind: journey
    id: ola-kupuje-buty
    name: Ola kupuje buty do biegania
    persona: ola-biegaczka
    reviewed: 2026-10-05
    stages:
      - id: rozwazanie
        name: Rozważanie
        opportunities:
          - action: Dodać kalkulator rozmiaru
            owner: Zespół e-commerce
      - id: zakup
        name: Zakup
        opportunities:
          - action: Skrócić formularz zamówienia
            owner: brak
"""
_AFTER_PURCHASE = """\
      - id: po-zakupie
        name: Po zakupie
        opportunities:
          - action: Wysłać poradnik pielęgnacji
            owner: Zespół e-commerce
"""


def _journeys() -> dict[str, str]:
    second = _JOURNEY.replace("ola-kupuje-buty", "ola-kupuje-kolce").replace("buty do biegania", "kolce")
    return {"journeys/a.yaml": _JOURNEY, "journeys/b.yaml": second + _AFTER_PURCHASE}


def test_stage_names_are_read_as_purchase_once_a_run(tmp_path, monkeypatch) -> None:
    from cxkit.lint.rules import journeys

    asked: list[str] = []
    real = journeys.phrase_key
    monkeypatch.setattr(journeys, "phrase_key", lambda text: asked.append(text) or real(text))
    found = run(tmp_path, monkeypatch, _journeys(), "journey-ends-at-purchase")
    # Only the journey that stops at the purchase, at its last stage's id.
    assert [(f.path, f.line, f.column) for f in found] == [("journeys/a.yaml", 12, 9)]
    assert "ends at 'zakup'" in found[0].message
    # The two journeys share their first two stages: each id and name is read once; a stage whose
    # id names the purchase needs no look at its name.
    stages = ["rozwazanie", "Rozważanie", "po-zakupie", "Po zakupie", "Zakup"]
    assert {text: asked.count(text) for text in stages} == {**dict.fromkeys(stages, 1), "Zakup": 0}


def test_an_owner_is_read_as_nobody_once_a_run(tmp_path, monkeypatch) -> None:
    from cxkit.lint.rules import journeys

    monkeypatch.setenv("CXKIT_TODAY", "2026-11-01")
    journeys._names_nobody.cache_clear()
    found = run(tmp_path, monkeypatch, _journeys(), "unowned-opportunity")
    assert [(f.path, f.line, f.column) for f in found] == [("journeys/a.yaml", 16, 16), ("journeys/b.yaml", 16, 16)]
    assert all("('brak' names nobody)" in f.message for f in found)
    # "Zespół e-commerce" three times and "brak" twice: two owners worked out, the rest remembered.
    info = journeys._names_nobody.cache_info()
    assert (info.misses, info.hits) == (2, 3)


def test_a_trait_met_by_several_numbered_queries_is_split_once() -> None:
    from collections import Counter

    from cxkit.lint.rules.personas import _beyond_numbers

    splits: Counter[str] = Counter()

    class Norm(str):
        def split(self, *args: object) -> list[str]:  # type: ignore[override]
            splits[str(self)] += 1
            return super().split(*args)

    # Two negative traits whose closest persona trait differs only in a number ("2 pary" / "5 par"):
    # the best other one is the trait that differs in a word, for both.
    pool = [Norm("kupuj 2 par but rok sklep"), Norm("kupuj par but rok sklep stacj"), Norm("biega maraton")]
    found = _beyond_numbers(pool, ["kupuj 5 par but rok sklep", "kupuj 7 par but rok sklep"], 0.8)
    # "stacj" for the number: one word changed of six, 2 x 5 / 12 >= 0.8.
    assert found == {"kupuj 5 par but rok sklep": 1, "kupuj 7 par but rok sklep": 1}
    # Each persona trait's tokens are read once for both queries (from 0.8 up the search is one pass over
    # the pool, 730cc9bb, so a trait no query comes near is read once too), and once a query to tell whether
    # only a number differs, for those that score high enough: here both, for both queries.
    assert splits == Counter({"kupuj 2 par but rok sklep": 1 + 2, "kupuj par but rok sklep stacj": 1 + 2, "biega maraton": 1})


def test_nesting_hints_of_a_hostile_file_are_counted_without_a_list_of_them() -> None:
    import tracemalloc

    from cxkit.yamlio import MAX_DEPTH, _nesting_hints

    text = "- - x\n" * 300_000  # 1.8 MB of compact nested sequences: far too deep to compose
    tracemalloc.start()
    try:
        hints = _nesting_hints(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert hints == 300_000 > MAX_DEPTH
    assert peak < 1_000_000  # a list of the matches would take about 18 MB


@pytest.mark.parametrize(
    ("text", "hints"),
    [
        ("goals:\n  - Biega\n  - Czy warto? Tak\n", 1),
        ("a: [b, {c: d}]\n? klucz\n", 3),
        ("- - - x\n-\t-  y\n", 2),  # "- -" then " - x": matches do not overlap
        ("thinking: Ile to kosztuje?\nfeeling: -2\n", 0),
    ],
)
def test_nesting_hints_count_brackets_questions_and_dashes(text: str, hints: int) -> None:
    from cxkit.yamlio import _nesting_hints

    assert _nesting_hints(text) == hints
