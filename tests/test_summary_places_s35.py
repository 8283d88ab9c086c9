"""The places the machine formats give the cross-file rules' findings (document, data path, end) come
from each document's summary, worked out while the run held its parse: the report reads and parses no
linted file again for trait-overlap's findings (hundreds of files in a big workspace) or for findings
at a document's id (similar-personas, mirrored-negative-persona, duplicate-id).  Where the summary does
not know a place the file is read as before, and every place is the one reading the file gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from cxkit.config import load_config
from cxkit.discovery import Target
from cxkit.lint.finding import Finding, Severity
from cxkit.lint.formats import located
from cxkit.workspace import DocSummary, load_document, summarize
from cxkit.yamlio import load_bytes
from places_helpers import reads as _reads

HALINA = """\
kind: persona
id: halina-farmaceutka
name: Halina Wrona
lang: pl
goals:
  - Zamawia leki co 28 dni w aplikacji Zdrowik
  - text: Porównuje ceny leków w trzech aptekach internetowych
    sources: [wywiad-03]
behaviours:
  - Czyta ulotki przed zakupem każdego leku w aplikacji
pain_points:
  - Kurier zostawia paczkę z lekami u sąsiada z parteru
"""

# A near copy of Halina: similar-personas reports it at its id.
HALINA_2 = HALINA.replace("halina-farmaceutka", "halina-bis").replace("Halina Wrona", "Halina Bis")

LOWCA = """\
kind: negative-persona
id: "lowca-rabatow"
name: Łowca rabatów
lang: pl
reasons:
  - "Zamawia leki co 28 dni w aplikacji Zdrowik"
  - text: Porównuje ceny leków w trzech aptekach internetowych
    sources: [wywiad-07]
behaviours: [Czyta ulotki przed zakupem każdego leku w aplikacji]
abandon_triggers:
  - |
    Kurier zostawia paczkę z lekami u sąsiada z parteru

"""

BARGAIN = """\
kind: negative-persona
id: bargain-hunter
name: Bargain hunter
lang: en
reasons:
  - Orders repeat prescriptions every 28 days in the app
  - >-
    Compares pharmacy prices
    on three websites every week
"""

ANNA = """\
kind: persona
id: anna-pharmacist
name: Anna
lang: en
goals:
  - Orders repeat prescriptions every 28 days in the app
behaviours:
  - Compares pharmacy prices on three websites every week
"""


def _workspace(root: Path, monkeypatch: pytest.MonkeyPatch, **extra: str) -> Path:
    (root / "personas").mkdir()
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    files = {"halina.yaml": HALINA, "halina-bis.yaml": HALINA_2, "lowca.yaml": LOWCA, "anna.yaml": ANNA,
             "bargain.yaml": BARGAIN, **extra}
    for name, text in files.items():
        (root / "personas" / name).write_bytes(text.encode("utf-8"))
    monkeypatch.chdir(root)
    return root


def _lint(fmt: str, *more: str) -> str:
    result = run_cli("lint", "--no-cache", "--jobs", "1", "-f", fmt,
                     "--select", "trait-overlap,similar-personas,duplicate-id", *more)
    assert result.exception is None and result.exit_code == 1, result.stdout + result.stderr
    return result.stdout


def test_a_cold_report_reads_no_file_for_findings_at_traits_and_ids(tmp_path, monkeypatch):
    _workspace(tmp_path, monkeypatch)
    read = _reads(monkeypatch)
    found = json.loads(_lint("json"))
    assert read == []
    places = {(f["path"], f["line"], f["column"]): (f["rule"], f["document"], f["data_path"], f["end_line"], f["end_column"])
              for f in found}
    assert places == {
        # A quoted trait ends after its quote; the {text, sources} form spans its sources; a flow list's item
        # ends at its own end; a `|` block ends at its last written character, its line break left out.
        ("personas/lowca.yaml", 6, 5): ("trait-overlap", "lowca-rabatow", "reasons[0]", 6, 49),
        ("personas/lowca.yaml", 7, 5): ("trait-overlap", "lowca-rabatow", "reasons[1]", 8, 25),
        ("personas/lowca.yaml", 9, 14): ("trait-overlap", "lowca-rabatow", "behaviours[0]", 9, 65),
        ("personas/lowca.yaml", 11, 5): ("trait-overlap", "lowca-rabatow", "abandon_triggers[0]", 12, 56),
        ("personas/bargain.yaml", 6, 5): ("trait-overlap", "bargain-hunter", "reasons[0]", 6, 57),
        ("personas/bargain.yaml", 7, 5): ("trait-overlap", "bargain-hunter", "reasons[1]", 9, 33),
        # similar-personas, at the later persona's id.
        ("personas/halina.yaml", 2, 5): ("similar-personas", "halina-farmaceutka", "id", 2, 23),
    }


@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab"])
def test_the_report_is_the_one_reading_the_files_gives(tmp_path, monkeypatch, fmt):
    _workspace(tmp_path, monkeypatch, **{"copy.yaml": LOWCA})  # duplicate-id on both copies, at their ids
    from_summaries = _lint(fmt)
    monkeypatch.setattr(DocSummary, "place", lambda self, line, column: None)
    read = _reads(monkeypatch)
    assert _lint(fmt) == from_summaries
    assert sorted(set(read)) == ["personas/bargain.yaml", "personas/copy.yaml", "personas/halina.yaml", "personas/lowca.yaml"]


def test_a_document_with_anchors_is_read_as_before(tmp_path, monkeypatch):
    anchored = LOWCA.replace('reasons:\n  - "Zamawia', 'reasons:\n  - &leki "Zamawia')
    _workspace(tmp_path, monkeypatch, **{"lowca.yaml": anchored})
    read = _reads(monkeypatch)
    found = json.loads(_lint("json"))
    assert read == ["personas/lowca.yaml"]  # an alias would repeat its nodes: read, placed as before
    first = next(f for f in found if (f["path"], f["line"]) == ("personas/lowca.yaml", 6))
    assert (first["data_path"], first["end_line"], first["end_column"]) == ("reasons[0]", 6, 55)


def test_a_text_run_and_the_cache_keep_no_places(tmp_path, monkeypatch):
    root = _workspace(tmp_path, monkeypatch)
    doc = load_document(Target(root / "personas" / "lowca.yaml", "personas/lowca.yaml", True), load_config(None, root))[0]
    plain, placed = summarize(doc), summarize(doc, places=True)
    assert plain._placed == 0 and plain.place(6, 5) is None
    assert placed.place(6, 5) == ("lowca-rabatow", "reasons[0]", 6, 49)
    # Everything else the cross-file rules read is the same, and the cache's form has no places.
    assert placed.trait_rows() == plain.trait_rows() and placed.trait_norms() == plain.trait_norms()
    assert placed.to_json() == plain.to_json()
    again = DocSummary.from_json(json.loads(json.dumps(placed.to_json())))
    assert again.place(6, 5) is None and again.trait_rows() == plain.trait_rows()
    # A small int, shared: the summary holds no new object per document.
    assert placed._placed is 2 + 3 * len(placed.trait_rows())  # noqa: F632


TRICKY = [
    # (name, text): shapes the walk that places a finding must get right.
    ("plain", LOWCA),
    ("crlf", LOWCA.replace("\n", "\r\n")),
    ("bom", "\ufeff" + BARGAIN),
    ("text second", "kind: negative-persona\nid: x-y\nname: X\nreasons:\n  - sources: [a]\n    text: Kupuje tylko na raty\n"),
    ("dash text", "kind: negative-persona\nid: x-y\nname: X\nreasons:\n  - -Kupuje tylko w promocji\n  - '-40% albo nic'\n"),
    ("dash comment", "kind: negative-persona\nid: x-y\nname: X\nreasons:\n  - -#hashtag\n  - Nie ufa aptekom online\n"),
    ("block keep", "kind: negative-persona\nid: x-y\nname: X\nreasons:\n  - |+\n    Płaci tylko gotówką\n\n  - ok\n"),
    ("folded", "kind: negative-persona\nid: x-y\nname: X\nreasons:\n  - Płaci tylko\n    gotówką przy odbiorze\n"),
    ("flow", "kind: negative-persona\nid: x-y\nname: X\nreasons: [Płaci gotówką, 'Nie ma konta', {text: Nie ufa}]\n"),
    ("psychographics", "kind: negative-persona\nid: x-y\nname: X\nreasons:\n- Nie czyta\npsychographics:\n  values:\n  - Święty spokój\n  - \"Cisza\"\n"),
    ("numbers", "kind: negative-persona\nid: 007\nname: X\nreasons:\n  - 2024\n  - 3.5\n"),
    ("dashed id", "kind: negative-persona\nid: -abc\nname: X\nreasons:\n  - Nie czyta\n"),
    ("block id", "kind: negative-persona\nid: |\n  blok\nname: X\nreasons:\n  - Nie czyta\n"),
    ("tagged", "kind: negative-persona\nid: !!str x-y\nname: X\nreasons:\n  - !!str -Kupuje\n  - !!str Kupuje\n"),
    ("comments", "kind: negative-persona  # k\nid: x-y  # id\nname: X\nreasons:  # r\n  # c\n  - Nie czyta   # tu\n\n  - Nie pyta\n"),
    ("tabs", "kind: negative-persona\nid: x-y\nname: X\nreasons:\n  - Nie czyta\t# tab\n"),
    ("duplicate key", "kind: negative-persona\nid: x-y\nname: X\nreasons:\n  - Nie czyta\nreasons:\n  - Nie pyta\n"),
    ("anchors", "kind: negative-persona\nid: x-y\nname: X\nreasons:\n  - &a Nie czyta\nsubstitutes:\n  - *a\n"),
]


@pytest.mark.parametrize(("name", "text"), TRICKY, ids=[t[0] for t in TRICKY])
def test_each_place_a_summary_knows_is_the_one_reading_the_file_gives(tmp_path, name, text):
    path = tmp_path / "doc.yaml"
    path.write_bytes(text.encode("utf-8"))
    doc = load_document(Target(path, "doc.yaml", True), load_config(None, tmp_path))[0]
    summary = summarize(doc, places=True)
    reread = located._index(load_bytes(text.encode("utf-8")))
    asked = [summary.id_pos, *((r.line, r.column) for r in summary.trait_rows()), (1, 1)]
    known = 0
    for line, column in asked:
        ours = summary.place(line, column)
        if ours is not None:
            known += 1
            finding = Finding("doc.yaml", line, column, "CX203", "trait-overlap", Severity.warning, "m")
            assert ours == located._at(located._place(reread, finding)), (line, column)
    # The usual shapes are known; with anchors nothing is (an alias repeats nodes elsewhere).
    assert known == (0 if name == "anchors" else len(asked) - 1 - LEFT.get(name, 0)), known


#: How many of the id and traits of each TRICKY document are left to reading the file: a `text:` key
#: written second or in braces (the item starts elsewhere), `-#hashtag` (read as an empty item's dash).
LEFT = {"text second": 1, "dash comment": 1, "flow": 1}
