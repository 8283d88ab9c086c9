"""Document summaries: what the cross-file rules keep of every file, packed small, read back exactly."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cxkit.config import load_config
from cxkit.discovery import Target
from cxkit.lint.textnorm import normalise
from cxkit.lint.engine import _result_from_json, _result_to_json, check_target, build_ruleset, lint
from cxkit.workspace import DocSummary, TraitRow, load_document, summarize

PERSONA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
goals:
  - Przebiec półmaraton w Poznaniu poniżej 2 godzin w kwietniu 2027
  - text: Wrócić do biegania po kontuzji kolana
    sources: [wywiady-2026-09]
behaviours: ["Biega 3 razy w tygodniu, zawsze o 6:00", 'Czyta recenzje butów na forum "Bieganie.pl"']
psychographics:
  values:
    - Ceni sobie święty spokój
pain_points:
  - "\\u0001\\x1e dziwne znaki \\U0001F3C3 i \\u2028"
sources:
  - id: wywiady-2026-09
    type: interview
    date: 2026-09-14
reviewed: 2026-10-01
"""

NEGATIVE = """\
kind: negative-persona
id: not-a-bargain-hunter
name: Bargain hunter
lang: en
reasons:
  - Buys only on discount, churns after the first order
behaviours:
  - Czyta recenzje butów na forum Bieganie.pl
  - Compares prices on Ceneo every evening
"""


def _rows(summary: DocSummary) -> list[tuple]:
    return [tuple(r) for r in summary.trait_rows()]


def test_a_summary_keeps_every_trait_with_its_field_text_and_position(tmp_path):
    path = tmp_path / "ola.yaml"
    path.write_text(PERSONA, encoding="utf-8")
    doc, hits, _ = load_document(Target(path, "ola.yaml", True), load_config(None, tmp_path))
    assert doc is not None and not hits and not doc.issues
    summary = summarize(doc)
    rows = summary.trait_rows()
    assert [(r.field, r.text, r.line, r.column) for r in rows] == [
        ("psychographics.values", "Ceni sobie święty spokój", 12, 7),
        ("goals", "Przebiec półmaraton w Poznaniu poniżej 2 godzin w kwietniu 2027", 6, 5),
        ("goals", "Wrócić do biegania po kontuzji kolana", 7, 5),
        ("pain_points", "\x01\x1e dziwne znaki \U0001F3C3 i \u2028", 14, 5),
        ("behaviours", "Biega 3 razy w tygodniu, zawsze o 6:00", 9, 14),
        ("behaviours", 'Czyta recenzje butów na forum "Bieganie.pl"', 9, 56),
    ]
    assert summary.trait_norms() == [r.norm for r in rows]
    assert [r.norm for r in rows] == [normalise(r.text) for r in rows] and rows[5].norm.startswith("czyt ")
    assert summary.trait(4) == rows[4] and isinstance(rows[4], TraitRow)


def test_packed_traits_hold_fewer_objects_than_rows(tmp_path):
    path = tmp_path / "ola.yaml"
    path.write_text(PERSONA, encoding="utf-8")
    summary = summarize(load_document(Target(path, "ola.yaml", True), load_config(None, tmp_path))[0])
    packed = sum(sys.getsizeof(getattr(summary, name)) for name in ("_fields", "_traits"))
    unpacked = sum(sys.getsizeof(r) + sys.getsizeof(r.text) + sys.getsizeof(r.norm) for r in summary.trait_rows())
    assert packed < unpacked / 2


def test_a_summary_without_traits_reads_back_empty():
    summary = DocSummary("j.yaml", "journey", "ola-kupuje", (2, 5))
    assert summary.trait_norms() == [] and summary.trait_rows() == []
    summary.set_traits([])
    assert summary.trait_norms() == [] and summary.to_json()["traits"] == []


field_names = st.sampled_from(["goals", "behaviours", "pain_points", "psychographics.values", "reasons"])
stems = st.lists(st.text(st.characters(categories=["Ll", "Nd"]), min_size=1, max_size=8), max_size=6).map(" ".join)
rows = st.lists(
    st.tuples(field_names, st.text(max_size=40), st.integers(1, 2**31), st.integers(1, 2**31), stems),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(rows)
def test_packing_reads_back_exactly_through_pickle_and_the_cache_format(data):
    summary = DocSummary("p.yaml", "persona", "ola", (2, 5), name="Ola")
    summary.set_traits(data)
    assert _rows(summary) == data
    assert summary.trait_norms() == [r[4] for r in data]
    # Workers send summaries to the main process by pickle; the cache stores them as JSON.
    assert _rows(pickle.loads(pickle.dumps(summary))) == data
    again = DocSummary.from_json(json.loads(json.dumps(summary.to_json())))
    assert again == summary and _rows(again) == data


def test_a_result_served_from_the_cache_gives_the_same_cross_file_findings(tmp_path, monkeypatch):
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "personas" / "not.yaml").write_text(NEGATIVE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config = load_config()
    ruleset = build_ruleset(config)
    for rel in ("personas/ola.yaml", "personas/not.yaml"):
        res = check_target(Target(Path(rel), rel, True), config, ruleset)
        assert _result_from_json(json.loads(json.dumps(_result_to_json(res)))) == res
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    cold = lint(["."], config, jobs=1, cache=False)
    overlap = [f for f in cold.findings if f.rule == "trait-overlap"]
    assert len(overlap) == 1 and "personas/ola.yaml:9" in overlap[0].message
    assert "'Czyta recenzje butów na forum Bieganie.pl'" in overlap[0].message
    lint(["."], config, jobs=1, cache=True)
    # One file edited: the other is served from its per-file entry, and the cross-file finding stays.
    (tmp_path / "personas" / "not.yaml").write_text(NEGATIVE + "quote: Only on sale\n", encoding="utf-8")
    warm = lint(["."], config, jobs=1, cache=True)
    assert warm.cached_files == 1
    assert [f for f in warm.findings if f.rule == "trait-overlap"] == overlap


def test_numeric_ids_take_part_in_the_workspace_rules(tmp_path, monkeypatch):
    # `id: 123` is the id '123' to the model; the cross-file rules skipped it and lint passed.
    from cxkit.config import Config
    from cxkit.lint.engine import Selection

    files = {
        "a.yaml": "kind: persona\nid: 123\nname: Anna\n",
        "b.yaml": 'kind: persona\nid: "123"\nname: Beata\n',
        "n.yaml": "kind: negative-persona\nid: 5\nname: Nikt\n",
        "j2.yaml": "kind: journey\nid: j2\nname: Zakup\npersona: 999\nstages: [{id: a, name: A}]\n",
        "j3.yaml": "kind: journey\nid: j3\nname: Zwrot\npersona: 5\nstages: [{id: a, name: A}]\n",
        "j4.yaml": "kind: journey\nid: j4\nname: Polecenie\npersona: 0123\nstages: [{id: a, name: A}]\n",  # '0123', not 123
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path), Selection(select=("duplicate-id", "unknown-persona", "journey-for-negative-persona"))).findings
    assert [(f.path, f.line, f.column, f.rule) for f in found] == [
        ("a.yaml", 2, 5, "duplicate-id"),
        ("b.yaml", 2, 5, "duplicate-id"),
        ("j2.yaml", 4, 10, "unknown-persona"),
        ("j3.yaml", 4, 10, "journey-for-negative-persona"),
        ("j4.yaml", 4, 10, "unknown-persona"),
    ]
    assert "id '123' is also used by b.yaml:2" in found[0].message
    assert "id '123' is also used by a.yaml:2" in found[1].message
    assert "persona '0123' does not exist" in found[4].message
