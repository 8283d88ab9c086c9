"""`cxkit render DIR` with a broken document in the folder (exploratory test of day 1, item F1).

The overview shows the documents that load and lists each file that could not be read, with
``path:line:col`` of its first problem, in the terminal view and in every folder export; the
located lines still go to stderr, and the exit code is 1 (some input was bad, output was made),
as `cxkit lint` exits on a broken file. One broken file named by its path still exits 2.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_helpers import check_snapshot, render_cli as run

PERSONA_PL = """\
kind: persona
id: grazyna-zolkiewska
name: Grażyna Żółkiewska
lang: pl
summary: Emerytowana nauczycielka z Radomia, która co miesiąc realizuje e-receptę na leki na nadciśnienie.
goals:
  - Odebrać leki w 24 h w Paczkomacie przy swoim bloku
reviewed: 2026-11-20
"""

PERSONA_EN = """\
kind: persona
id: tom-baker-uk
name: Tom Baker
lang: en
summary: A retired postman in Leeds who reorders his asthma inhaler every month.
goals:
  - Get the repeat prescription delivered before the weekend
"""

JOURNEY_PL = """\
kind: journey
id: grazyna-zamawia-leki
name: Grażyna zamawia leki na receptę
lang: pl
persona: grazyna-zolkiewska
stages:
  - id: wyszukanie
    name: Wyszukanie
    doing: Wpisuje kod e-recepty i szuka leku
    emotion: -1
  - id: odbior
    name: Odbiór
    doing: Odbiera leki w Paczkomacie przy Żabce
    emotion: 1
"""

#: The ': ' inside an unquoted value: line 4, column 43.
BROKEN_PL = """\
kind: persona
id: zepsuta
name: Zepsuta Persona
summary: Mówi, że "nie ufa" aptekom online: woli dzwonić
"""

#: Valid YAML that breaks the format: an emotion of 7 on line 8, column 14.
BROKEN_SCHEMA = """\
kind: journey
id: tom-reorders
name: Tom reorders his inhaler
persona: tom-baker-uk
stages:
  - id: reminder
    name: Reminder
    emotion: 7
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "apteka"  # the overview's title names the folder: the same in every run
    (ws / "personas").mkdir(parents=True)
    (ws / "journeys").mkdir()
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (ws / "personas" / "grazyna-zolkiewska.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (ws / "personas" / "tom-baker-uk.yaml").write_text(PERSONA_EN, encoding="utf-8")
    (ws / "journeys" / "grazyna-zamawia-leki.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    (ws / "personas" / "zepsuta.yaml").write_text(BROKEN_PL, encoding="utf-8")
    (ws / "journeys" / "tom-reorders.yaml").write_text(BROKEN_SCHEMA, encoding="utf-8")
    return ws


YAML_LINE = "personas/zepsuta.yaml:4:43: error CX001 nieprawidłowy YAML"  # the workspace is Polish
SCHEMA_LINE = "journeys/tom-reorders.yaml:8:14: error CX002"


@pytest.mark.parametrize("columns", [60, 100])
def test_overview_shows_the_good_documents_and_lists_the_broken_ones(workspace: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      columns: int) -> None:
    code, out, err = run(workspace, monkeypatch, ".", columns=columns)
    assert code == 1, err
    assert "Grażyna Żółkiewska" in out and "Tom Baker" in out and "Grażyna zamawia leki" in out
    assert "Nie udało się odczytać (2)" in out
    assert "personas/zepsuta.yaml:4:43" in out and "journeys/tom-reorders.yaml:8:14" in out
    # stderr keeps the located lines, as before
    assert YAML_LINE in err and SCHEMA_LINE in err
    check_snapshot(f"session18c-overview-broken-{columns}", out)


def test_overview_of_an_english_workspace_lists_the_broken_file_in_english(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tom-baker-uk.yaml").write_text(PERSONA_EN, encoding="utf-8")
    (tmp_path / "tom-reorders.yaml").write_text(BROKEN_SCHEMA, encoding="utf-8")
    code, out, err = run(tmp_path, monkeypatch, ".", "--width", "80")
    assert code == 1
    assert "Tom Baker" in out
    assert "Could not be read (1)" in out and "tom-reorders.yaml:8:14 CX002" in out
    assert "tom-reorders.yaml:8:14: error CX002" in err


def test_overview_where_nothing_loads_still_lists_the_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "zepsuta.yaml").write_text(BROKEN_PL, encoding="utf-8")
    code, out, err = run(tmp_path, monkeypatch, ".", "--width", "80")
    assert code == 1
    assert "zepsuta.yaml:4:43 CX001" in out and "zepsuta.yaml:4:43: error CX001" in err


def test_markdown_export_lists_the_broken_files_under_the_table(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(workspace, monkeypatch, ".", "-f", "md")
    assert code == 1, err
    assert "| **Grażyna Żółkiewska**" in out
    assert "## Nie udało się odczytać (2), więc ich tu nie ma; popraw je albo uruchom cxkit lint" in out
    assert "- `personas/zepsuta.yaml:4:43` CX001 nieprawidłowy YAML" in out
    assert "- `journeys/tom-reorders.yaml:8:14` CX002" in out
    assert out.index("Nie udało się odczytać") < out.index("\n---\n")  # before the documents
    assert YAML_LINE in err


def test_html_export_lists_the_broken_files(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = run(workspace, monkeypatch, ".", "-f", "html")
    assert code == 1
    assert '<h2 class="warning">Nie udało się odczytać (2)' in out
    assert "<li><code>personas/zepsuta.yaml:4:43</code> CX001 nieprawidłowy YAML" in out
    assert "&quot;nie ufa&quot;" in out  # the message quotes the value, escaped


def test_json_export_has_a_structured_not_read_list(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = run(workspace, monkeypatch, ".", "-f", "json")
    assert code == 1
    data = json.loads(out)
    assert sorted(d["path"] for d in data["documents"]) == [
        "journeys/grazyna-zamawia-leki.yaml", "personas/grazyna-zolkiewska.yaml", "personas/tom-baker-uk.yaml"]
    by_path = {b["path"]: b for b in data["not_read"]}
    assert set(by_path) == {"personas/zepsuta.yaml", "journeys/tom-reorders.yaml"}
    assert by_path["personas/zepsuta.yaml"] | {"message": None} == {
        "path": "personas/zepsuta.yaml", "line": 4, "column": 43, "code": "CX001", "rule": "yaml-syntax",
        "severity": "error", "message": None}
    assert by_path["journeys/tom-reorders.yaml"]["code"] == "CX002"
    assert (by_path["journeys/tom-reorders.yaml"]["line"], by_path["journeys/tom-reorders.yaml"]["column"]) == (8, 14)


def test_json_of_a_clean_folder_has_an_empty_not_read_list(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workspace / "personas" / "zepsuta.yaml").unlink()
    (workspace / "journeys" / "tom-reorders.yaml").unlink()
    code, out, _err = run(workspace, monkeypatch, ".", "-f", "json")
    assert code == 0
    assert json.loads(out)["not_read"] == []


def test_export_to_a_file_is_written_and_exits_1(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = run(workspace, monkeypatch, ".", "-o", "zestawienie.md")
    assert code == 1 and out == ""
    written = (workspace / "zestawienie.md").read_text(encoding="utf-8")
    assert "`personas/zepsuta.yaml:4:43`" in written and "Grażyna Żółkiewska" in written


def test_a_clean_folder_still_exits_0_with_no_broken_section(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workspace / "personas" / "zepsuta.yaml").unlink()
    (workspace / "journeys" / "tom-reorders.yaml").unlink()
    code, out, err = run(workspace, monkeypatch, ".")
    assert (code, err) == (0, "")
    assert "Nie udało się" not in out


def test_one_broken_file_named_by_path_still_exits_2(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(workspace, monkeypatch, "personas/zepsuta.yaml")
    assert (code, out) == (2, "")
    assert YAML_LINE in err


def test_mermaid_of_a_folder_is_still_a_usage_error(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(workspace, monkeypatch, ".", "-f", "mermaid")
    assert (code, out) == (2, "")
    assert "mermaid rysuje jedną ścieżkę" in err  # the workspace is Polish (s38)


def test_the_listed_problem_is_the_earliest_in_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tom-baker-uk.yaml").write_text(PERSONA_EN, encoding="utf-8")
    # Two schema problems, found in this order: the persona that is no slug (line 9), then the
    # emotion of 7 (line 8). The list names the one a reader meets first in the file.
    (tmp_path / "tom-reorders.yaml").write_text(BROKEN_SCHEMA.replace("persona: tom-baker-uk\n", "")
                                                + "persona: Tom Baker\n", encoding="utf-8")
    code, out, err = run(tmp_path, monkeypatch, ".", "-f", "json")
    assert code == 1
    # stderr keeps lint's order, by line and column (session 22, tester 6 F14: it was the order found)
    assert err.index("tom-reorders.yaml:7:") < err.index("tom-reorders.yaml:8:")
    (broken,) = json.loads(out)["not_read"]
    assert (broken["line"], broken["column"], broken["code"]) == (7, 14, "CX002"), err
