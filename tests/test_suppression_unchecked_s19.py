"""A `# cxkit: disable=RULE` comment in a document that does not fit the format (a `schema` error)
is not called unused when RULE is a document rule: those rules did not run on the document, so
the comment's silence proves nothing, and mending the document brings the finding back."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo

OLA = """\
kind: persona
id: ola
name: Ola Nowak
lang: pl
goals:
  - Ceni jakość  # cxkit: disable=pseudo-profiling
behaviours:
  - Biega 4 razy w tygodniu po Parku Oliwskim z zegarkiem Garmin Forerunner 255
"""

KAMIL = """\
kind: negative-persona
id: kamil
name: Kamil
lang: pl
reasons:
  - Na buty do biegania wydaje najwyżej 150 zł, kupuje w Decathlonie raz na dwa lata
"""

CONFIG = 'select = ["schema", "pseudo-profiling", "unused-suppression", "duplicate-id"]\n'


def lint(*args: str) -> list[tuple[str, int, str]]:
    result = run_cli("lint", "-f", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return sorted((f["rule"], f["line"], f["message"]) for f in json.loads(result.stdout))


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas/kamil.yaml").write_text(KAMIL, encoding="utf-8")
    return tmp_path


def test_the_comment_silences_a_real_finding_in_a_document_that_fits(workspace):
    (workspace / "personas/ola.yaml").write_text(OLA, encoding="utf-8")
    assert lint("--no-cache") == []
    (workspace / "personas/ola.yaml").write_text(OLA.replace("Ceni jakość", "Przebiec półmaraton poniżej 1:55"), encoding="utf-8")
    # Guard: where the rule ran and found nothing, the comment is stale.
    assert [rule for rule, _line, _m in lint("--no-cache")] == ["unused-suppression"]


@pytest.mark.parametrize("cache", [("--no-cache",), ()])
def test_a_schema_error_does_not_make_a_document_rules_comment_unused(workspace, cache):
    (workspace / "personas/ola.yaml").write_text(OLA + "wiek: 34\n", encoding="utf-8")
    expected = [("schema", 9, "unknown field 'wiek'; did you mean 'demographics.age'? (field names are in English, "
                                "whatever the language of the text)")]
    assert lint(*cache) == expected
    assert lint(*cache) == expected  # with the cache: from the cache the second time


def test_a_disable_file_comment_and_disable_all_are_not_unused_there_either(workspace):
    text = "# cxkit: disable-file=pseudo-profiling\n" + OLA.replace("  # cxkit: disable=pseudo-profiling", "  # cxkit: disable=all")
    # `cele` beside `goals` touches the goals, which pseudo-profiling reads: it waits for the merge (s37: a key
    # near no field, such as `emocje: 7`, touches none, and the rule runs on the rest as on a valid document).
    extra = "cele:\n  - Przebiec półmaraton w Gdyni poniżej 1:55 w marcu 2027\n"
    (workspace / "personas/ola.yaml").write_text(text + extra, encoding="utf-8")
    assert [rule for rule, _line, _m in lint("--no-cache")] == ["schema"]


def test_a_comment_naming_a_rule_that_still_ran_is_judged_as_usual(workspace):
    # schema runs on a document that does not fit: a `disable=schema` that silences nothing is stale.
    text = OLA.replace("name: Ola Nowak", "name: Ola Nowak  # cxkit: disable=schema") + "wiek: 34\n"
    (workspace / "personas/ola.yaml").write_text(text, encoding="utf-8")
    found = lint("--no-cache")
    assert [(rule, line) for rule, line, _m in found] == [("schema", 9), ("unused-suppression", 3)]
    assert "'disable=schema' suppresses nothing on this line" in found[1][2]


def test_review_does_not_report_the_comment_as_introduced(tmp_path, monkeypatch):
    r = Repo(tmp_path / "persony")
    r.write("cxkit.toml", CONFIG)
    r.write("personas/ola.yaml", OLA)
    r.write("personas/kamil.yaml", KAMIL)
    r.commit("Ola")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    r.write("personas/ola.yaml", OLA + "wiek: 34\n")
    result = run_cli("review", "main", "-f", "json")
    assert result.exception is None and result.exit_code == 1, result.stderr
    report = json.loads(result.stdout)
    assert [(f["rule"], f["line"]) for f in report["introduced"]] == [("schema", 9)]
    assert report["fixed"] == [] and report["suppressed"] == []
    # Mended again: the schema error is fixed, and the comment silences its finding as before.
    r.commit("Wiek")
    r.write("personas/ola.yaml", OLA)
    report = json.loads(run_cli("review", "main", "-f", "json").stdout)
    assert [(f["rule"], f["line"]) for f in report["fixed"]] == [("schema", 9)]
    assert report["introduced"] == []
