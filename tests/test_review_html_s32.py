"""`cxkit review -f html`: the review as one self-contained page, as `cxkit diff -f html` makes one.

The page holds what the pull-request comment holds: the counts, the verdict in the documents'
language (the same lines `review.result_lines` gives the comment), the findings introduced and
fixed as tables with column headers, and the changes as diff's HTML tables. Nothing a pull request
brings runs on it: every text is escaped, no script, no external resource, a CSP. Exit codes are
review's: 1 when findings at the fail level are introduced, 0 otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import git
from test_diff_html_s32 import Tree, text

PERSONA = """\
kind: persona
id: ola-nowak
name: {name}
lang: pl
owner: Zespół CX (Anna Kowal)
summary: Kupuje OC przez aplikację, porównuje oferty wieczorem na telefonie
reviewed: 2026-11-20
goals:
  - text: Odnowić polisę OC w dziesięć minut, bez dzwonienia na infolinię
    sources: [wywiady]
{more}sources:
  - id: wywiady
    type: interview
    date: 2026-11-12
    note: 12 wywiadów (W01–W12), listopad 2026
"""


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "cx@example.com")
    git(tmp_path, "config", "user.name", "CX")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(PERSONA.format(name="Ola Nowak", more=""), encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "persona")
    monkeypatch.chdir(tmp_path)
    for key, value in {"NO_COLOR": "1", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-01"}.items():
        monkeypatch.setenv(key, value)
    return tmp_path


def _review(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["review", "main", "--no-cache", "-j", "1", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout


def _edit(repo: Path, name: str, goal: str) -> None:
    more = f"  - text: {goal}\n    sources: [wywiady]\n"
    (repo / "personas" / "ola.yaml").write_text(PERSONA.format(name=name, more=more), encoding="utf-8")


def test_the_page_says_what_the_comment_says_in_tables(repo: Path) -> None:
    _edit(repo, "Ola Nowak", "Ceni jakość")
    code, page = _review("-f", "html")
    md_code, comment = _review("-f", "md")
    assert code == md_code == 1
    tree = Tree(page)
    assert text(next(tree.find("h1"))).startswith("cxkit review: main (")
    # The verdict: the comment's own lines, in Polish for a Polish document.
    verdicts = [p for p in tree.find("p") if p[1].get("class") == "verdict"]
    wanted = [line.replace("**", "").replace("`", "") for line in comment.splitlines() if line.startswith("**Wynik:**")]
    assert [text(p) for p in verdicts] == wanted and wanted
    assert page.startswith('<!DOCTYPE html>\n<html lang="pl">\n')  # the whole page is Polish, the verdict with it
    headings = [text(h) for h in tree.find("h2")]
    assert headings[:2] == ["Nowe uwagi", "Zmiany"], headings
    table = next(tree.find("table"))
    assert [text(th) for th in tree.find("th", table)] == ["Poziom", "Reguła", "Miejsce", "Komunikat"]
    rows = [[text(td) for td in tree.find("td", tr)] for tr in tree.find("tr", table)][1:]
    assert [(r[0], r[1], r[2]) for r in rows] == [("warning", "pseudo-profiling CX101", "personas/ola.yaml:11:11 · Cele #2 › Treść")]
    # The change, as diff's HTML lays it out, one heading level down.
    assert [text(h) for h in tree.find("h3")] == ["ola-nowak · personas/ola.yaml"]
    assert any("Ceni jakość" in text(td) for td in tree.find("td", next(t for t in tree.find("table") if t[1].get("class") == "diff")))


def test_nothing_a_pull_request_brings_runs_on_the_page(repo: Path) -> None:
    _edit(repo, '"Ola <script>alert(1)</script> Nowak"', 'Odebrać zwrot składki "><img src=x onerror=alert(2)> w tydzień')
    code, page = _review("-f", "html")
    assert code == 1  # both are unfilled placeholders: introduced, as the comment says
    tree = Tree(page)
    assert not [tag for tag, _attrs in tree.tags if tag in ("script", "img", "iframe", "link")]
    assert not [a for _tag, attrs in tree.tags for a in attrs if a in ("src", "href") or a.startswith("on")]
    assert any(attrs.get("http-equiv") == "Content-Security-Policy" for tag, attrs in tree.tags if tag == "meta")
    messages = [text(tds[-1]) for tr in tree.find("tr", next(tree.find("table"))) if (tds := list(tree.find("td", tr)))]
    assert messages[0].startswith("unfilled placeholder '<script>' in 'name'"), messages
    assert "<script>alert(1)</script>" in text(tree.root)


def test_a_change_that_introduces_nothing_passes(repo: Path) -> None:
    _edit(repo, "Ola Nowak", "Odebrać zwrot składki w tydzień po zgłoszeniu szkody")
    code, page = _review("-f", "html")
    assert code == 0, page
    tree = Tree(page)
    assert [text(p) for p in tree.find("p") if p[1].get("class") == "verdict"] == [
        "Wynik: zaliczony: brak nowych uwag na poziomie warning lub wyższym."]
    assert "Findings introduced" not in [text(h) for h in tree.find("h2")]


def test_html_is_offered_in_the_help() -> None:
    result = CliRunner().invoke(app, ["review", "--help"], env={"COLUMNS": "200"})
    assert "-f, --format <text|markdown|md|json|html>" in result.stdout
    assert "html (one self-contained page to send)" in " ".join(result.stdout.split())
