"""`cxkit diff` of revisions and folders with a file one side cannot read (exploratory test of day 1, F8).

Every document that loads on both sides is compared; a file one side cannot read is "not
compared" (as in `cxkit review`): its document on the other side is neither removed nor added,
the located problem goes to stderr, and the output lists the file — a section in text and
markdown, a `not-compared` entry in the JSON array. Exit 1 (differences, or a file not
compared); 2 only when nothing could be compared at all, and for two named files, one broken.
"""

from __future__ import annotations

import json

import pytest
from conftest import JOURNEY_EN, JOURNEY_PL, PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import Repo

#: The ': ' inside an unquoted value: line 4, column 43.
BROKEN_PL = """\
kind: persona
id: zepsuta
name: Zepsuta Persona
summary: Mówi, że "nie ufa" aptekom online: woli dzwonić
"""

#: lint's line for the broken draft, in the diff's output and on stderr: English, as the workspace (it has no
#: `lang`), though the diff's headings are Polish, its documents' language (session 37).
LOCATED = ("personas/zepsuta.yaml:4:43: error CX001 invalid YAML: the ': ' here, inside an unquoted value, "
           "starts a key where none can stand")


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    """A committed Polish and English workspace; the working tree changes one emotion and adds a broken draft."""
    r = Repo(tmp_path / "apteka")
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("personas/maya.yaml", PERSONA_EN)
    r.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    r.write("journeys/maya-shoes.yaml", JOURNEY_EN)
    r.commit("Persony i ścieżki")
    r.write("journeys/tomek-kupuje.yaml", JOURNEY_PL.replace("    emotion: -1\n", "    emotion: -2\n"))
    r.write("personas/zepsuta.yaml", BROKEN_PL)
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def diff(*args: str):
    result = run_cli("diff", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


def test_diff_head_shows_the_change_and_lists_the_broken_file(repo):
    result = diff("HEAD")
    assert result.exit_code == 1, result.stderr
    assert "~ 2. Rozważanie (rozwazanie) › Emocje: -1 (źle) → -2 (bardzo źle)" in result.stdout
    assert "Nie porównano 1 pliku: nie udało się go odczytać po jednej stronie, więc jego zmian nie pokazano:" in result.stdout
    assert f"  {LOCATED}" in result.stdout
    assert result.stderr.startswith(LOCATED)


def test_a_file_broken_in_the_working_tree_is_not_shown_as_removed(repo):
    repo.write("personas/maya.yaml", PERSONA_EN.replace("  location: Leeds\n", "  location: [Leeds\n"))
    result = diff("HEAD", "-f", "json")
    assert result.exit_code == 1
    items = json.loads(result.stdout)
    assert not [i for i in items if i["op"] == "removed"]  # maya-runner is not compared, not removed
    not_compared = {i["file"]: i for i in items if i["op"] == "not-compared"}
    assert set(not_compared) == {"personas/maya.yaml", "personas/zepsuta.yaml"}
    assert not_compared["personas/maya.yaml"]["side"] == "after"
    assert [c["path"] for c in items if c["op"] == "changed"] == ["stages[rozwazanie].emotion"]


def test_a_file_broken_in_the_revision_is_not_shown_as_added(repo):
    repo.write("personas/zepsuta.yaml", BROKEN_PL)
    repo.commit("Zepsuta persona")
    repo.write("personas/zepsuta.yaml", BROKEN_PL.replace('"nie ufa" aptekom online: woli dzwonić',
                                                          "nie ufa aptekom online i woli dzwonić"))
    result = diff("HEAD")
    assert result.exit_code == 1
    # not "+ zepsuta ... new persona" (the headline names it as not compared: tester12 F7)
    assert "zepsuta" not in result.stdout.split("Not compared")[0].split("\n", 1)[1]
    assert f"  HEAD:{LOCATED}" in result.stdout


def test_json_lists_the_file_as_a_not_compared_entry_with_located_problems(repo):
    result = diff("HEAD", "-f", "json")
    assert result.exit_code == 1
    items = json.loads(result.stdout)
    assert items[0]["op"] == "changed"
    entry = items[-1]
    assert entry | {"problems": None} == {"op": "not-compared", "document": None, "file": "personas/zepsuta.yaml",
                                          "path": "", "old": None, "new": None, "side": "after", "problems": None,
                                          "kind": None}
    (problem,) = entry["problems"]
    assert list(problem) == ["path", "line", "column", "code", "rule", "severity", "message"]
    assert (problem["path"], problem["line"], problem["column"], problem["code"], problem["rule"]) == (
        "personas/zepsuta.yaml", 4, 43, "CX001", "yaml-syntax")


def test_markdown_has_a_not_compared_section(repo):
    result = diff("HEAD", "-f", "markdown")
    assert result.exit_code == 1
    out = result.stdout
    assert "- **zmieniono** 2. Rozważanie (`rozwazanie`) › Emocje: `-1` (źle) → `-2` (bardzo źle)" in out
    section = out[out.index("### Nie porównano"):]
    assert "- `personas/zepsuta.yaml:4:43` (po): CX001 invalid YAML" in section


def test_only_a_broken_file_and_no_change_still_exits_1(repo):
    repo.write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    result = diff("HEAD")
    assert result.exit_code == 1
    # Said first: the headline is not "No semantic differences." when a file was not compared (tester12 F7).
    assert result.stdout.startswith("1 file could not be compared (personas/zepsuta.yaml); no semantic differences in "
                                    "the files compared.\n")
    assert "No semantic differences." not in result.stdout and "Not compared" in result.stdout


def test_cached_lists_a_staged_broken_file_as_not_compared(repo):
    repo.git("add", "-A")
    result = diff("--cached")
    assert result.exit_code == 1
    assert "~ 2. Rozważanie (rozwazanie) › Emocje: -1 (źle) → -2 (bardzo źle)" in result.stdout
    assert f"  :{LOCATED}" in result.stdout


def test_two_folders_compare_what_loads(tmp_path, monkeypatch):
    for side in ("przed", "po"):
        (tmp_path / side / "personas").mkdir(parents=True)
        (tmp_path / side / "personas" / "maya.yaml").write_text(PERSONA_EN, encoding="utf-8")
    (tmp_path / "po" / "personas" / "maya.yaml").write_text(PERSONA_EN.replace("Leeds", "York"), encoding="utf-8")
    (tmp_path / "po" / "personas" / "zepsuta.yaml").write_text(BROKEN_PL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = diff("przed", "po")
    assert result.exit_code == 1
    assert "~ Demographics › Location: Leeds → York" in result.stdout
    assert "  po/personas/zepsuta.yaml:4:43: error CX001" in result.stdout


def test_nothing_comparable_is_still_trouble(repo):
    result = diff("HEAD", "--", "personas/zepsuta.yaml")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(LOCATED)


def test_two_named_files_one_broken_is_still_trouble(repo):
    result = diff("personas/tomek.yaml", "personas/zepsuta.yaml")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(LOCATED)


def test_a_clean_working_tree_change_exits_1_with_no_section(repo):
    (repo.root / "personas" / "zepsuta.yaml").unlink()
    result = diff("HEAD", "-f", "json")
    assert result.exit_code == 1 and result.stderr == ""
    assert [i["op"] for i in json.loads(result.stdout)] == ["changed"]
