"""The Polish `cxkit review -f html` page: the sentences about silenced findings and about files
that could not be compared read as Polish, whatever BASE is called and however many findings
there are ("tam, gdzie w `main` nie były wyciszone: 1 uwaga"; "(wiersz 11)"; "Nieliczone jako
naprawione"), and the English page keeps its words.
"""

from __future__ import annotations

import re
from pathlib import Path

from test_review_html_s32 import PERSONA, _review, repo  # noqa: F401 - the fixture, a Polish persona in git

from git_helpers import git
from test_diff_html_s32 import Tree, text

VAGUE = "  - text: Ceni jakość\n    sources: [wywiady]\n"


def _silenced_and_unreadable(repo: Path, lang: str) -> str:  # noqa: F811
    """BASE: two personas with a vague goal each; the working tree silences one finding with a
    comment and breaks the other file's YAML.  The review page."""
    ola = PERSONA.format(name="Ola Nowak", more=VAGUE).replace("lang: pl", f"lang: {lang}")
    ela = ola.replace("ola-nowak", "ela-nowak").replace("Ola Nowak", "Ela Nowak")
    (repo / "personas" / "ola.yaml").write_text(ola, encoding="utf-8")
    (repo / "personas" / "ela.yaml").write_text(ela, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "two personas")
    (repo / "personas" / "ola.yaml").write_text(
        ola.replace("text: Ceni jakość", "text: Ceni jakość  # cxkit: disable=CX101"), encoding="utf-8")
    (repo / "personas" / "ela.yaml").write_text("kind: persona\nid: ela-nowak\nname: [unclosed\n", encoding="utf-8")
    code, page = _review("-f", "html")
    assert code == 1  # the broken file's syntax error is introduced
    return page


def _section(tree: Tree, heading: str) -> list[str]:
    """The texts of the paragraphs, captions and cells after the h2 ``heading``, up to the next h2."""
    out: list[str] = []
    inside = False

    def walk(node: list) -> None:
        nonlocal inside
        for child in node[2]:
            if isinstance(child, str):
                continue
            if child[0] == "h2":
                inside = text(child) == heading
            elif inside and child[0] in ("p", "caption", "td"):
                out.append(text(child))
            else:
                walk(child)

    walk(tree.root)
    return out


def test_the_polish_page_says_the_silenced_and_not_compared_findings_in_polish(repo: Path) -> None:  # noqa: F811
    page = _silenced_and_unreadable(repo, "pl")
    tree = Tree(page)
    suppressed = _section(tree, "Wyciszone uwagi")
    assert suppressed[0] == (
        "Uwagi nadal obecne, ale wyciszone (komentarzem # cxkit: disable albo w konfiguracji) tam, gdzie w main "
        "nie były wyciszone: 1 uwaga. Wyciszone uwagi nie wpływają na wynik.")
    assert suppressed[1] == "Wyciszone uwagi"
    assert suppressed[5] == "# cxkit: disable=pseudo-profiling (wiersz 11)", suppressed
    assert suppressed[6] == "zgłaszana"
    not_compared = _section(tree, "Nie porównano")
    assert not_compared[0] == "Tych plików nie udało się odczytać, więc ich zmian nie pokazano:"
    assert not_compared[1] == ("Uwagi w main do plików, których w kopii roboczej nie można odczytać ani sprawdzić "
                               "(nieliczone jako naprawione):")
    assert not_compared[2] == "Nieliczone jako naprawione"


def test_the_english_page_keeps_its_words(repo: Path) -> None:  # noqa: F811
    page = _silenced_and_unreadable(repo, "en")
    tree = Tree(page)
    suppressed = _section(tree, "Findings suppressed")
    assert suppressed[0] == (
        "1 finding still there but silenced (by a # cxkit: disable comment or the configuration) where main did "
        "not silence it. Suppressed findings do not fail the review.")
    assert suppressed[5] == "# cxkit: disable=pseudo-profiling (line 11)", suppressed
    not_compared = _section(tree, "Not compared")
    assert not_compared[1:3] == [
        "Findings in main of files the working tree cannot read or check (not counted as fixed):",
        "Not counted as fixed"]


def test_the_severity_and_the_message_are_marked_english_on_the_polish_page_only(repo: Path) -> None:  # noqa: F811
    """`warning` and lint's message are English words: on a Polish page a screen reader reads them
    in English (`lang="en"`); the rule, the place and the Polish words between are the page's."""
    polish = _silenced_and_unreadable(repo, "pl")
    english = _english_again(repo)  # the same review, the changed persona now English
    for page, marked in ((polish, ' lang="en"'), (english, "")):
        rows = re.findall(r"<tr>(<td.*?)</tr>", page)
        assert len(rows) >= 3, page  # introduced, suppressed, not counted as fixed
        for row in rows:
            cells = re.findall(r"<td([^>]*)>", row)
            assert cells[0] == cells[-1] == marked, row
            assert all(cell == "" for cell in cells[1:-1]), row


def _english_again(repo: Path) -> str:
    """The working tree's persona made English (the page is then English); the review page."""
    ola = (repo / "personas" / "ola.yaml").read_text(encoding="utf-8")
    (repo / "personas" / "ola.yaml").write_text(ola.replace("lang: pl", "lang: en"), encoding="utf-8")
    code, page = _review("-f", "html")
    assert '<html lang="en">' in page
    return page
