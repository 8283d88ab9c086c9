"""`cxkit review -f html` of Polish documents is a Polish page: its headings, table heads, sides and
"not compared" sentences, not only its verdict and changes.  lint's own messages and counts stay
English and are marked so (`lang="en"`), for a screen reader to read them in English.
"""

from __future__ import annotations

import re
from pathlib import Path

from test_review_html_s32 import _edit, _review, repo  # noqa: F401 - the fixture, a Polish persona in git

from test_diff_html_s32 import Tree, text


def test_a_polish_review_page_says_its_own_words_in_polish(repo: Path) -> None:  # noqa: F811
    _edit(repo, "Ola Nowak", "Ceni jakość")
    code, page = _review("-f", "html")
    assert code == 1
    tree = Tree(page)
    assert page.startswith('<!DOCTYPE html>\n<html lang="pl">\n')
    assert re.fullmatch(r"cxkit review: main \(([0-9a-f]{7})\) → kopia robocza \(\1 z niezatwierdzonymi zmianami\)",
                        text(next(tree.find("h1")))), text(next(tree.find("h1")))
    assert [text(h) for h in tree.find("h2")] == ["Nowe uwagi", "Zmiany"]
    assert [text(th) for th in tree.find("th") if th[1].get("scope") == "col"][:4] == [
        "Poziom", "Reguła", "Miejsce", "Komunikat"]
    # The counts are review's own words: Polish too (tests/test_review_polish_words_s34.py).
    assert '<p class="summary"><strong>Sprawdzenie:</strong> ' in page
    row = re.search(r"<tbody><tr>(.*?)</tr>", page)
    assert row and row.group(1).startswith('<td lang="en">warning</td><td><code>')
    assert '<td lang="en">' in row.group(1)


def test_an_english_review_page_is_unchanged_in_its_words(repo: Path) -> None:  # noqa: F811
    persona = (repo / "personas" / "ola.yaml").read_text(encoding="utf-8")
    _edit(repo, "Ola Nowak", "Values quality")
    english = (repo / "personas" / "ola.yaml").read_text(encoding="utf-8").replace("lang: pl", "lang: en")
    (repo / "personas" / "ola.yaml").write_text(english, encoding="utf-8")
    assert persona != english
    code, page = _review("-f", "html")
    tree = Tree(page)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">\n')
    assert [text(h) for h in tree.find("h2")][-1] == "Changes"
    assert ' lang="en"' not in page.split("<body>", 1)[1]
