"""`cxkit review -f json`: the files a side could not read are objects in `not_compared_files`.

`not_compared` held only lint lines (`main:personas/zosia.yaml:4:1: error CX001 ...`) that a
script had to parse back; it stays as docs/diff.md promised it, and `not_compared_files` gives
the same as objects: `side`, `path`, `line`, `column`, `code`, `rule`, `severity`, `message`.
"""

from __future__ import annotations

import json

import pytest
from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import REVIEW_KAMIL, REVIEW_OLA, Repo

CONFIG = 'select = ["read-error", "yaml-syntax", "schema", "duplicate-id"]\n'
BROKEN_ZOSIA = "kind: persona\nid: zosia\nname: [Zosia Wójcik\nlang: pl\n"
FIELDS = ["side", "path", "line", "column", "code", "rule", "severity", "message", "unchanged"]


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    """BASE holds a broken Zosia; the branch mends her and breaks Tomek's location."""
    r = Repo(tmp_path / "persony")
    r.write("cxkit.toml", CONFIG)
    r.write("personas/ola.yaml", REVIEW_OLA)
    r.write("personas/kamil.yaml", REVIEW_KAMIL)
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.write("personas/zosia.yaml", BROKEN_ZOSIA)
    r.commit("Persony")
    r.git("checkout", "-q", "-b", "poprawki")
    r.write("personas/tomek.yaml", PERSONA_PL.replace("  location: Kraków\n", "  location: [Kraków\n"))
    r.write("personas/zosia.yaml", BROKEN_ZOSIA.replace("[Zosia Wójcik", "Zosia Wójcik"))
    r.write("personas/maya.yaml", PERSONA_EN)
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def review(*args: str) -> dict:
    result = run_cli("review", "-f", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_each_file_not_compared_is_an_object_with_its_side(repo):
    report = review("main")
    files = report["not_compared_files"]
    assert all(list(f) == FIELDS for f in files)
    assert [(f["side"], f["path"], f["rule"], f["code"], f["severity"]) for f in files] == [
        ("before", "personas/zosia.yaml", "yaml-syntax", "CX001", "error"),
        ("after", "personas/tomek.yaml", "yaml-syntax", "CX001", "error"),
    ]
    zosia, tomek = files
    assert zosia["line"] == 4 and zosia["message"].startswith("invalid YAML: ")
    assert tomek["line"] > 1 and tomek["message"].startswith("invalid YAML: ")


def test_not_compared_keeps_the_lint_lines_it_always_had(repo):
    report = review("main")
    assert report["not_compared"] == [
        f"main:{f['path']}:{f['line']}:{f['column']}: error {f['code']} {f['message']} [{f['rule']}]"
        if f["side"] == "before" else
        f"{f['path']}:{f['line']}:{f['column']}: error {f['code']} {f['message']} [{f['rule']}]"
        for f in report["not_compared_files"]
    ]


def test_a_base_written_as_a_revision_expression_is_not_part_of_the_path(repo):
    repo.commit("Poprawki")
    repo.write("personas/ola.yaml", "kind: persona\nid: ola\nname: {Ola\n")
    report = review("HEAD~1")
    assert [(f["side"], f["path"]) for f in report["not_compared_files"]] == [
        ("before", "personas/zosia.yaml"), ("after", "personas/ola.yaml"), ("after", "personas/tomek.yaml"),
    ]
    assert report["not_compared"][0].startswith("HEAD~1:personas/zosia.yaml:4:")


def test_paths_are_relative_to_where_review_runs_as_in_the_findings(repo, monkeypatch):
    monkeypatch.chdir(repo.root / "personas")
    report = review("main", ".")
    assert [(f["side"], f["path"]) for f in report["not_compared_files"]] == [
        ("before", "zosia.yaml"), ("after", "tomek.yaml"),
    ]


def test_nothing_unreadable_is_an_empty_list(repo):
    repo.write("personas/tomek.yaml", PERSONA_PL)
    repo.write("personas/zosia.yaml", BROKEN_ZOSIA.replace("[Zosia Wójcik", "Zosia Wójcik"))
    repo.commit("Naprawione")
    report = review("HEAD")
    assert report["not_compared_files"] == [] and report["not_compared"] == []
